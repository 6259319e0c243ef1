//! Speaker/role label mapping (DESIGN §4): built-in labels plus a source's `role_map`.

use crate::model::Role;
use std::collections::BTreeMap;

const BUILT_IN: &[(&str, Role)] = &[
    ("system", Role::System),
    ("user", Role::User),
    ("human", Role::User),
    ("client", Role::User),
    ("patient", Role::User),
    ("caller", Role::User),
    ("seeker", Role::User),
    ("assistant", Role::Assistant),
    ("gpt", Role::Assistant),
    ("counsellor", Role::Assistant),
    ("counselor", Role::Assistant),
    ("therapist", Role::Assistant),
    ("agent", Role::Assistant),
    ("coach", Role::Assistant),
    ("helper", Role::Assistant),
    ("listener", Role::Assistant),
];

/// Case-insensitive label -> role. A source's `role_map` adds to (and may override) the built-ins.
#[derive(Debug, Clone)]
pub struct RoleMap(BTreeMap<String, Role>);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("role_map entry `{label}` maps to `{target}`; targets are system, user or assistant")]
pub struct BadRoleMap {
    pub label: String,
    pub target: String,
}

impl Default for RoleMap {
    fn default() -> Self {
        Self(BUILT_IN.iter().map(|(k, r)| (k.to_string(), *r)).collect())
    }
}

impl RoleMap {
    pub fn with_extensions<'a>(
        extra: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, BadRoleMap> {
        let mut map = Self::default();
        for (label, target) in extra {
            let role = match target.to_ascii_lowercase().as_str() {
                "system" => Role::System,
                "user" => Role::User,
                "assistant" => Role::Assistant,
                _ => {
                    return Err(BadRoleMap {
                        label: label.into(),
                        target: target.into(),
                    });
                }
            };
            map.0.insert(label.trim().to_lowercase(), role);
        }
        Ok(map)
    }

    pub fn get(&self, label: &str) -> Option<Role> {
        let l = label.trim();
        // Fast path: most inputs already use a lower-case built-in label.
        self.0
            .get(l)
            .copied()
            .or_else(|| self.0.get(&l.to_lowercase()).copied())
    }

    /// ChatML roles are taken as written: only the three canonical names are accepted.
    pub fn chatml(label: &str) -> Option<Role> {
        match label {
            "system" => Some(Role::System),
            "user" => Some(Role::User),
            "assistant" => Some(Role::Assistant),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_and_extensions() {
        let m = RoleMap::default();
        assert_eq!(m.get("Counselor"), Some(Role::Assistant));
        assert_eq!(m.get(" patient "), Some(Role::User));
        assert_eq!(m.get("volunteer"), None);
        let m =
            RoleMap::with_extensions([("Volunteer", "assistant"), ("client", "system")]).unwrap();
        assert_eq!(m.get("volunteer"), Some(Role::Assistant));
        assert_eq!(m.get("client"), Some(Role::System));
        assert!(RoleMap::with_extensions([("x", "bot")]).is_err());
        assert_eq!(RoleMap::chatml("User"), None);
    }
}
