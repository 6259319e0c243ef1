//! Ingest Lambda: S3 notifications (through the ingest queue) for `staging/` and `signoffs/`.
//! A shard runs the shard stage, the seal closes intake, a signoff is recorded; each then posts
//! a results message so the finalizer advances the release. A provenance sidecar queues a
//! reread of its source's shards read without it (or under an older one).

use aws_lambda_events::event::s3::S3Event;
use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use mhd_shared::keys::{self, BucketKey};
use mhd_shared::messages::{
    DeadLetters, Redeliver, Reread, Rereads, ResultMessage, ResultsSink, Retry,
};
use mhd_shared::pipeline::{self, StageError, seal::SealOutcome, shard};
use mhd_shared::policy::Policy;
use mhd_shared::state::{ShardWrite, StateStore};
use mhd_shared::store::BlobStore;

pub struct Ingest<B, S, Q, D, R, T> {
    pub blob: B,
    pub state: S,
    pub results: Q,
    /// The ingest queue itself: shards to read again after their sidecar changed.
    pub rereads: R,
    /// The ingest queue again: a message that may pass comes back after a backoff.
    pub retry: Retry<T>,
    /// The ingest queue's DLQ: a message no retry can fix goes there at once.
    pub dead_letters: D,
    pub policy: Policy,
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("message body is not an S3 event notification: {0}")]
    NotAnEvent(String),
    #[error("reread of {0}: not a staged shard")]
    NotAShard(String),
    #[error(transparent)]
    Stage(#[from] StageError),
    #[error("{0}")]
    Results(String),
}

impl IngestError {
    /// Whether another delivery may succeed; if not, the message is dead-lettered at once.
    pub fn retryable(&self) -> bool {
        match self {
            IngestError::NotAnEvent(_) | IngestError::NotAShard(_) => false,
            IngestError::Stage(e) => e.retryable(),
            IngestError::Results(_) => true,
        }
    }
}

/// What one S3 record led to (for logs and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    TestEvent,
    Ignored {
        key: String,
        reason: String,
    },
    Shard {
        key: String,
        recorded: bool,
    },
    Sealed {
        release: String,
        changed: bool,
    },
    Signoff {
        key: String,
    },
    /// A sidecar: how many of its source's shards were queued to be read again.
    Sidecar {
        key: String,
        rereads: usize,
    },
}

impl<B: BlobStore, S: StateStore, Q: ResultsSink, D: DeadLetters, R: Rereads, T: Redeliver>
    Ingest<B, S, Q, D, R, T>
{
    /// One SQS message: an S3 notification (possibly the `s3:TestEvent`), or a [`Reread`].
    pub async fn message(&self, body: &str) -> Result<Vec<Handled>, IngestError> {
        let value: serde_json::Value = serde_json::from_str(body)
            .map_err(|e| IngestError::NotAnEvent(mhd_shared::model::json_error(&e)))?;
        if value.get("Event").and_then(|e| e.as_str()) == Some("s3:TestEvent") {
            return Ok(vec![Handled::TestEvent]);
        }
        if let Ok(Reread { reread }) = serde_json::from_value::<Reread>(value.clone()) {
            return Ok(vec![self.reread(&reread).await?]);
        }
        let event: S3Event = serde_json::from_value(value)
            .map_err(|e| IngestError::NotAnEvent(mhd_shared::model::json_error(&e)))?;
        let mut out = Vec::new();
        for rec in event.records {
            let Some(raw_key) = rec.s3.object.key.as_deref() else {
                continue;
            };
            let key = match keys::decode_event_key(raw_key) {
                Ok(k) => k,
                Err(e) => {
                    out.push(Handled::Ignored {
                        key: raw_key.into(),
                        reason: e.to_string(),
                    });
                    continue;
                }
            };
            // who uploaded, and which upload the event is about (the version the bucket gave
            // it, else its ETag): a signoff is credited to the uploader of those bytes only
            let object = &rec.s3.object;
            let version = object
                .version_id
                .as_deref()
                .filter(|v| !v.is_empty() && *v != "null")
                .map(|v| format!("v:{v}"))
                .or_else(|| {
                    object
                        .e_tag
                        .as_deref()
                        .map(|e| format!("etag:{}", e.trim_matches('"')))
                });
            let upload = pipeline::signoffs::Upload {
                principal: rec.principal_id.principal_id.clone(),
                version,
            };
            out.push(self.object(&key, upload).await?);
        }
        Ok(out)
    }

    /// A shard to read again because its sidecar changed.
    async fn reread(&self, key: &str) -> Result<Handled, IngestError> {
        let Ok(BucketKey::Shard(s)) = keys::classify(key) else {
            return Err(IngestError::NotAShard(keys::safe_key(key)));
        };
        let ignored = |reason: &str| Handled::Ignored {
            key: keys::safe_key(key),
            reason: reason.into(),
        };
        // its own event (or another reread) may have read it under this sidecar already
        if shard::is_current(&self.blob, &self.state, &s).await? {
            return Ok(ignored("already read as staged now"));
        }
        match self
            .object(key, pipeline::signoffs::Upload::default())
            .await
        {
            // removed since: the seal and the gates see to it
            Err(IngestError::Stage(StageError::Missing(_))) => Ok(ignored("no longer staged")),
            r => r,
        }
    }

    async fn object(
        &self,
        key: &str,
        upload: pipeline::signoffs::Upload,
    ) -> Result<Handled, IngestError> {
        let now = pipeline::now();
        let classified = match keys::classify(key) {
            Ok(k) => k,
            // Recorded at the seal (the seal lists staging and rejects what does not fit).
            Err(e) => {
                return Ok(Handled::Ignored {
                    key: keys::safe_key(key),
                    reason: e.to_string(),
                });
            }
        };
        match classified {
            BucketKey::Shard(s) => {
                let started = std::time::Instant::now();
                let out = shard::process(&self.blob, &self.state, &self.policy, &s, now).await?;
                let recorded = out.write == ShardWrite::Recorded;
                if recorded {
                    let ms = started.elapsed().as_millis() as u64;
                    println!(
                        "{}",
                        mhd_shared::metrics::shard(&out.row, s.release.as_str(), now * 1000, ms)
                    );
                }
                tracing::info!(release = %s.release, key = %keys::safe_key(&s.key), status = %out.row.status,
                    records_in = out.row.records_in, records_out = out.row.records_out, recorded, "shard");
                if recorded {
                    self.results
                        .send(&ResultMessage::ShardReported {
                            release: s.release.clone(),
                            key: s.key.clone(),
                            status: out.row.status,
                        })
                        .await
                        .map_err(IngestError::Results)?;
                }
                Ok(Handled::Shard {
                    key: s.key,
                    recorded,
                })
            }
            BucketKey::Seal { release } => {
                let outcome = pipeline::seal::seal(&self.blob, &self.state, &release, now).await?;
                tracing::info!(release = %release, outcome = ?outcome, "seal");
                let changed = matches!(outcome, SealOutcome::Sealed { .. });
                // Sent even for a duplicate seal: harmless, and it re-drives a stuck release.
                self.results
                    .send(&ResultMessage::Sealed {
                        release: release.clone(),
                    })
                    .await
                    .map_err(IngestError::Results)?;
                Ok(Handled::Sealed {
                    release: release.to_string(),
                    changed,
                })
            }
            BucketKey::Signoff {
                release,
                kind,
                family,
            } => {
                let Some(row) = pipeline::signoffs::receive(
                    &self.blob,
                    &self.state,
                    &release,
                    &kind,
                    &family,
                    upload,
                    now,
                )
                .await?
                else {
                    return Ok(Handled::Ignored {
                        key: key.into(),
                        reason: "an upload a newer one replaced (its own event follows)".into(),
                    });
                };
                tracing::info!(release = %release, key = %row.key, "signoff received");
                self.results
                    .send(&ResultMessage::SignoffReceived {
                        release,
                        key: row.key.clone(),
                    })
                    .await
                    .map_err(IngestError::Results)?;
                Ok(Handled::Signoff { key: row.key })
            }
            BucketKey::Provenance {
                release,
                family,
                source,
            } => {
                let stale =
                    shard::stale_after_sidecar(&self.blob, &self.state, &release, &family, &source)
                        .await?;
                let msgs: Vec<Reread> =
                    stale.iter().map(|k| Reread { reread: k.clone() }).collect();
                self.rereads
                    .reread(&msgs)
                    .await
                    .map_err(IngestError::Results)?;
                tracing::info!(release = %release, key = %keys::safe_key(key), rereads = stale.len(), "sidecar");
                Ok(Handled::Sidecar {
                    key: key.into(),
                    rereads: stale.len(),
                })
            }
        }
    }

    /// A batch: a message that failed and may pass on another delivery is reported back, to come
    /// back after its backoff (and, after the queue's maxReceiveCount, reaches the DLQ); one that
    /// cannot is dead-lettered at once; the rest are done.
    pub async fn batch(&self, event: SqsEvent) -> SqsBatchResponse {
        let mut resp = SqsBatchResponse::default();
        for m in event.records {
            let Err(e) = self.one(&m).await else { continue };
            let id = m.message_id.clone().unwrap_or_default();
            let retryable = e.retryable();
            tracing::error!(message_id = %id, error = %e, retryable, "message failed");
            if retryable {
                self.retry
                    .later(m.receipt_handle.as_deref(), &m.attributes)
                    .await;
                resp.add_failure(id);
                continue;
            }
            let body = m.body.as_deref().unwrap_or_default();
            if let Err(dl) = self.dead_letters.dead_letter(body, &e.to_string()).await {
                // Not lost: redelivered until the redrive policy moves it to the DLQ.
                tracing::error!(message_id = %id, error = %dl, "dead-lettering failed");
                resp.add_failure(id);
            }
        }
        resp
    }

    async fn one(&self, m: &SqsMessage) -> Result<(), IngestError> {
        let body = m.body.as_deref().unwrap_or_default();
        for h in self.message(body).await? {
            tracing::debug!(handled = ?h, "handled");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mhd_shared::store::StoreError;

    #[test]
    fn only_failures_that_may_pass_are_retried() {
        assert!(!IngestError::NotAnEvent("x".into()).retryable());
        assert!(IngestError::Results("throttled".into()).retryable());
        let corrupt = StageError::Corrupt {
            key: "work/k".into(),
            problem: "p".into(),
        };
        assert!(!IngestError::Stage(corrupt).retryable());
        let io = StoreError::Io {
            op: "get",
            key: "k".into(),
            source: std::io::Error::other("reset"),
        };
        assert!(IngestError::Stage(StageError::Store(io)).retryable());
    }
}
