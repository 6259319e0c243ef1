//! Results-queue messages (DESIGN §7): the ingest side tells the finalizer a release may move.
//! The finalizer only needs the release: it re-reads state, so messages can be duplicated,
//! reordered or lost-and-redriven without harm.

use crate::model::ReleaseId;
use serde::{Deserialize, Serialize};
use std::future::Future;

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

/// Where the ingest side's results go (the results queue on AWS).
pub trait ResultsSink: Send + Sync {
    fn send(&self, msg: &ResultMessage) -> impl Future<Output = Result<(), String>> + Send;
}

/// Where a message goes that no retry can fix (not an event, a corrupt work file, a transition
/// the state machine refuses): its queue's dead-letter queue, at once and with the reason,
/// instead of being retried until the redrive policy moves it there. A message whose failure
/// may pass (throttling, a timeout, an I/O error) is retried instead.
pub trait DeadLetters: Send + Sync {
    fn dead_letter(
        &self,
        body: &str,
        reason: &str,
    ) -> impl Future<Output = Result<(), String>> + Send;
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
