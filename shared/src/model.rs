//! The canonical record and the identifiers every stage shares.

use serde::{Deserialize, Serialize};
use std::fmt;

/// `vYYYY-MM-DD`, optionally `.N` for a same-day re-cut. Validated once, at the edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReleaseId(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("release id {0:?} is not vYYYY-MM-DD[.N] with a real calendar date")]
pub struct BadReleaseId(pub String);

impl ReleaseId {
    pub fn parse(s: &str) -> Result<Self, BadReleaseId> {
        let bad = || BadReleaseId(s.to_string());
        let rest = s.strip_prefix('v').ok_or_else(bad)?;
        let (date, recut) = match rest.split_once('.') {
            Some((d, n)) => (d, Some(n)),
            None => (rest, None),
        };
        let b = date.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(bad());
        }
        // A real calendar date: v2026-02-31 is refused, v2028-02-29 accepted.
        let year: i32 = date[0..4].parse().map_err(|_| bad())?;
        let month: u8 = date[5..7].parse().map_err(|_| bad())?;
        let day: u8 = date[8..10].parse().map_err(|_| bad())?;
        let month = time::Month::try_from(month).map_err(|_| bad())?;
        time::Date::from_calendar_date(year, month, day).map_err(|_| bad())?;
        if let Some(n) = recut
            && (n.is_empty() || !n.bytes().all(|c| c.is_ascii_digit()) || n.starts_with('0'))
        {
            return Err(bad());
        }
        Ok(Self(s.to_string()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ReleaseId {
    type Error = BadReleaseId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}
impl From<ReleaseId> for String {
    fn from(r: ReleaseId) -> String {
        r.0
    }
}
impl fmt::Display for ReleaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Family and source names: `[a-z0-9_-]+`.
/// Longest family or source name: names become directory and export file names (with up to
/// 20 bytes added), which must stay within a file system's 255-byte name limit.
pub const MAX_NAME_BYTES: usize = 64;

/// How a JSON parse failed — its kind and position — without the text serde quotes (a value from
/// the input, which may be record content): what errors, logs and dead letters may carry.
pub fn json_error(e: &serde_json::Error) -> String {
    let kind = match e.classify() {
        serde_json::error::Category::Io => "I/O error",
        serde_json::error::Category::Syntax => "invalid JSON",
        serde_json::error::Category::Data => "JSON of the wrong shape",
        serde_json::error::Category::Eof => "truncated JSON",
    };
    format!("{kind} at line {} column {}", e.line(), e.column())
}

pub fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_NAME_BYTES
        && s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'-')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

/// Lineage: the staging key and position of the copy that survived.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    pub key: String,
    pub index: u64,
}

/// One line of the export (DESIGN §5). Field order is the serialization order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub id: String,
    pub family: String,
    pub source: String,
    pub origin: Origin,
    pub messages: Vec<Message>,
    /// The data owner's own id for the conversation, when the input had one. Always written
    /// (null when absent), so every record of a release has the same keys and a columnar reader
    /// sees one schema.
    #[serde(default)]
    pub upstream_id: Option<String>,
    /// The data owner's grouping key (e.g. one client's sessions), used to keep a group in one split.
    #[serde(default)]
    pub group: Option<String>,
    /// Fields of the owner's record a source's mapping lists (`format.meta`), strings and
    /// numbers, privacy-scanned; null when the source lists none.
    #[serde(default)]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}

impl Record {
    /// The key that decides the split: the upstream group, else the upstream id, else the record id.
    pub fn group_key(&self) -> &str {
        self.group
            .as_deref()
            .or(self.upstream_id.as_deref())
            .unwrap_or(&self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_name_kind_and_place_but_never_quote_the_input() {
        let e = serde_json::from_str::<u32>("\"call Jo on 415 555 2671\"").unwrap_err();
        assert!(
            e.to_string().contains("415 555 2671"),
            "serde quotes it: {e}"
        );
        let told = json_error(&e);
        assert_eq!(told, "JSON of the wrong shape at line 1 column 25");
    }

    #[test]
    fn release_ids() {
        for ok in [
            "v2026-11-25",
            "v2026-01-01.2",
            "v2026-12-31.10",
            "v2028-02-29",
        ] {
            assert!(ReleaseId::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "2026-11-25",
            "v2026-13-01",
            "v2026-02-31",
            "v2027-02-29",
            "v2026-04-31",
            "v2026-11-00",
            "v2026-11-25.",
            "v2026-11-25.01",
            "v2026-1-25",
            "v2026-11-25x",
            "v../2026",
            "",
        ] {
            assert!(ReleaseId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names() {
        assert!(valid_name("edge_cases"));
        assert!(valid_name("src-1"));
        assert!(!valid_name("Edge"));
        assert!(!valid_name(""));
        assert!(!valid_name("a/b"));
        assert!(!valid_name(".."));
    }

    #[test]
    fn record_round_trips_with_every_key_and_rejects_unknown_keys() {
        let line = r#"{"id":"x","family":"f","source":"s","origin":{"key":"k","index":3},"messages":[{"role":"user","content":"hi"}],"upstream_id":null,"group":null,"meta":null}"#;
        let r: Record = serde_json::from_str(line).unwrap();
        assert_eq!(serde_json::to_string(&r).unwrap(), line);
        // Absent keys read as null and are written back, so every record has the same keys.
        let short = line.replace(r#","upstream_id":null,"group":null,"meta":null"#, "");
        let r: Record = serde_json::from_str(&short).unwrap();
        assert_eq!(serde_json::to_string(&r).unwrap(), line);
        let extra = line.replace(r#""id":"x""#, r#""id":"x","extra":1"#);
        assert!(serde_json::from_str::<Record>(&extra).is_err());
    }
}
