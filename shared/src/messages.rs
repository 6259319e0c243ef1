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

/// Where a message whose failure may pass is handed back to be delivered again sooner than its
/// queue's visibility timeout (sized for the longest step: 5,400 s on the results queue).
pub trait Redeliver: Send + Sync {
    fn redeliver_in(
        &self,
        receipt: &str,
        secs: u32,
    ) -> impl Future<Output = Result<(), String>> + Send;
}

/// SQS's longest visibility timeout.
const MAX_VISIBILITY_SECS: u32 = 43_200;

/// How long a message waits after its `receive_count`-th delivery failed with an error that may
/// pass: `base` seconds, four times longer after each further failure (60 s, 4 min, 16 min,
/// 64 min with a base of 60: an outage of about 85 minutes is ridden out before the redrive
/// policy's fifth receive dead-letters the message), never more than SQS allows.
pub fn backoff(receive_count: u32, base: u32) -> u32 {
    let exp = receive_count.saturating_sub(1).min(15);
    base.saturating_mul(4u32.saturating_pow(exp))
        .min(MAX_VISIBILITY_SECS)
}

/// A queue's retries: each failed message comes back after [`backoff`].
pub struct Retry<R> {
    pub queue: R,
    pub base_secs: u32,
}

impl<R: Redeliver> Retry<R> {
    /// Best effort: if the call fails, the message comes back after the queue's own visibility
    /// timeout, as before. `attributes` are the SQS message's system attributes (its
    /// `ApproximateReceiveCount`).
    pub async fn later(
        &self,
        receipt: Option<&str>,
        attributes: &std::collections::HashMap<String, String>,
    ) {
        let Some(receipt) = receipt else { return };
        let n = attributes
            .get("ApproximateReceiveCount")
            .and_then(|c| c.parse().ok())
            .unwrap_or(1);
        let secs = backoff(n, self.base_secs);
        match self.queue.redeliver_in(receipt, secs).await {
            Ok(()) => tracing::info!(receive_count = n, secs, "redelivery set"),
            Err(e) => {
                tracing::warn!(error = %e, "redelivery not set: the queue's visibility timeout applies")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_fourfold_within_sqs_limits() {
        let waits: Vec<u32> = (1..=5).map(|n| backoff(n, 60)).collect();
        assert_eq!(waits, [60, 240, 960, 3_840, 15_360]);
        // a count SQS did not send reads as the first; a huge one stays within 12 hours
        assert_eq!(backoff(0, 60), 60);
        assert_eq!(backoff(40, 60), 43_200);
        assert_eq!(backoff(3, u32::MAX), 43_200);
    }

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
