//! The per-source `provenance.json` sidecar (DESIGN §4).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardHash {
    pub file: String,
    pub sha256: String,
}

/// A parsed sidecar. Unknown fields are kept (`extra`) so nothing the owner wrote is lost.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provenance {
    /// Every top-level string field, by name (the policy decides which are required).
    pub fields: BTreeMap<String, String>,
    pub role_map: BTreeMap<String, String>,
    pub shards: Option<Vec<ShardHash>>,
    /// The declared mapping of the owner's fields (`format`, DESIGN §4); `None`: the built-in
    /// formats are detected.
    pub format: Option<crate::read::Mapping>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProvenanceError {
    #[error("provenance.json is not a JSON object")]
    NotAnObject,
    #[error("provenance.json is not valid JSON (line {line}, column {column})")]
    Json { line: usize, column: usize },
    #[error("provenance.json field `{0}` has the wrong type")]
    WrongType(String),
    #[error(transparent)]
    Format(#[from] crate::read::BadMapping),
}

impl Provenance {
    pub fn parse(bytes: &[u8]) -> Result<Self, ProvenanceError> {
        let v: Value = serde_json::from_slice(bytes).map_err(|e| ProvenanceError::Json {
            line: e.line(),
            column: e.column(),
        })?;
        let Value::Object(obj) = v else {
            return Err(ProvenanceError::NotAnObject);
        };
        let mut p = Provenance::default();
        for (k, v) in &obj {
            match (k.as_str(), v) {
                ("role_map", Value::Object(m)) => {
                    for (label, target) in m {
                        let t = target.as_str().ok_or_else(|| {
                            ProvenanceError::WrongType(format!("role_map.{label}"))
                        })?;
                        p.role_map.insert(label.clone(), t.to_string());
                    }
                }
                ("role_map", _) => return Err(ProvenanceError::WrongType("role_map".into())),
                ("format", f) => p.format = Some(crate::read::Mapping::parse(f)?),
                ("shards", s) => {
                    p.shards = Some(
                        serde_json::from_value(s.clone())
                            .map_err(|_| ProvenanceError::WrongType("shards".into()))?,
                    );
                }
                (_, Value::String(s)) => {
                    p.fields.insert(k.clone(), s.clone());
                }
                _ => {}
            }
        }
        Ok(p)
    }

    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .get(name)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }

    pub fn license(&self) -> Option<&str> {
        self.field("license")
    }

    /// The expected sha256 for a shard file, when the sidecar lists shards.
    pub fn expected_sha256(&self, file: &str) -> Option<&str> {
        self.shards
            .as_ref()?
            .iter()
            .find(|s| s.file == file)
            .map(|s| s.sha256.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_role_map_and_shards() {
        let p = Provenance::parse(
            br#"{"source_name":"A","license":" CC-BY-4.0 ","role_map":{"Volunteer":"assistant"},
                 "shards":[{"file":"a.jsonl","sha256":"ab"}],"n":3}"#,
        )
        .unwrap();
        assert_eq!(p.license(), Some("CC-BY-4.0"));
        assert_eq!(p.role_map["Volunteer"], "assistant");
        assert_eq!(p.expected_sha256("a.jsonl"), Some("ab"));
        assert_eq!(p.expected_sha256("b.jsonl"), None);
        assert!(matches!(
            Provenance::parse(b"[1]"),
            Err(ProvenanceError::NotAnObject)
        ));
        assert!(matches!(
            Provenance::parse(b"{"),
            Err(ProvenanceError::Json { .. })
        ));
        assert!(Provenance::parse(br#"{"shards":"x"}"#).is_err());
    }
}
