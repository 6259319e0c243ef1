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

/// An ingest-queue message besides S3's own notifications: read a staged shard again, because
/// its source's `provenance.json` changed after (or while) it was read — sidecars and data are
/// uploaded in any order (`aws s3 sync` runs in parallel). `{"reread":"staging/..."}`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reread {
    pub reread: String,
}

/// Where rereads go (the ingest queue on AWS, so each is its own retried, dead-lettered delivery
/// and a source of many shards does not run in one invocation).
pub trait Rereads: Send + Sync {
    fn reread(&self, msgs: &[Reread]) -> impl Future<Output = Result<(), String>> + Send;
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
        let r = Reread {
            reread: "staging/v2026-11-25/foundation/a/x.jsonl".into(),
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"reread":"staging/v2026-11-25/foundation/a/x.jsonl"}"#
        );
        // an S3 notification is never taken for one
        assert!(serde_json::from_str::<Reread>(r#"{"Records":[]}"#).is_err());
    }
}
