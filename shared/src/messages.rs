//! Results-queue messages (DESIGN §7): the ingest side tells the finalizer a release may move.
//! The finalizer only needs the release: it re-reads state, so messages can be duplicated,
//! reordered or lost-and-redriven without harm.

use crate::model::ReleaseId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ResultMessage {
    ShardReported {
        release: ReleaseId,
        key: String,
        status: crate::state::ShardStatus,
    },
    Sealed {
        release: ReleaseId,
    },
    SignoffReceived {
        release: ReleaseId,
        key: String,
    },
}

impl ResultMessage {
    pub fn release(&self) -> &ReleaseId {
        match self {
            ResultMessage::ShardReported { release, .. }
            | ResultMessage::Sealed { release }
            | ResultMessage::SignoffReceived { release, .. } => release,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format() {
        let m = ResultMessage::Sealed {
            release: ReleaseId::parse("v2026-11-25").unwrap(),
        };
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"type":"sealed","release":"v2026-11-25"}"#
        );
        let bad = r#"{"type":"sealed","release":"2026"}"#;
        assert!(serde_json::from_str::<ResultMessage>(bad).is_err());
    }
}
