//! The names of the release's gates: one vocabulary for the policy (`[gates] required`), the
//! gates themselves, their report files, the `GATE#` rows and the manifest. Depends on
//! nothing, so the policy can name gates without depending on the gates.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GateName {
    Provenance,
    Privacy,
    Coverage,
    Dedup,
    Leakage,
    Routing,
    Distribution,
    /// Every gate the policy requires ran (a build without one fails closed).
    RequiredGates,
    /// Every required review approved (checked before assembly, reported in the release).
    Signoffs,
}

impl GateName {
    /// The release-wide gates this build runs, in the order they are judged and reported: the
    /// names `[gates] required` may list.
    pub const RELEASE_WIDE: [GateName; 7] = [
        GateName::Provenance,
        GateName::Privacy,
        GateName::Coverage,
        GateName::Dedup,
        GateName::Leakage,
        GateName::Routing,
        GateName::Distribution,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GateName::Provenance => "provenance",
            GateName::Privacy => "privacy",
            GateName::Coverage => "coverage",
            GateName::Dedup => "dedup",
            GateName::Leakage => "leakage",
            GateName::Routing => "routing",
            GateName::Distribution => "distribution",
            GateName::RequiredGates => "required_gates",
            GateName::Signoffs => "signoffs",
        }
    }

    /// The report's file name under `reports/` (DESIGN §3 names the privacy report `pii.json`).
    pub fn report_file(self) -> &'static str {
        match self {
            GateName::Provenance => "provenance.json",
            GateName::Privacy => "pii.json",
            GateName::Coverage => "coverage.json",
            GateName::Dedup => "dedup.json",
            GateName::Leakage => "leakage.json",
            GateName::Routing => "routing.json",
            GateName::Distribution => "distribution.json",
            GateName::RequiredGates => "required_gates.json",
            GateName::Signoffs => "signoffs.json",
        }
    }

    /// A release-wide gate by its name.
    pub fn release_wide(name: &str) -> Option<GateName> {
        GateName::RELEASE_WIDE
            .into_iter()
            .find(|g| g.as_str() == name)
    }
}

impl std::fmt::Display for GateName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_serialize_as_written_and_parse_back() {
        for g in GateName::RELEASE_WIDE {
            assert_eq!(serde_json::to_value(g).unwrap(), g.as_str());
            assert_eq!(GateName::release_wide(g.as_str()), Some(g));
        }
        assert_eq!(
            serde_json::to_value(GateName::RequiredGates).unwrap(),
            "required_gates"
        );
        assert_eq!(GateName::release_wide("signoffs"), None);
    }
}
