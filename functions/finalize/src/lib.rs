//! Finalizer Lambda: results-queue messages -> advance the release's state machine (gates,
//! review packets, signoff checks, assembly, publish). Duplicates and races are harmless: every
//! transition is a conditional write, and long steps hold a lease.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use mhd_shared::messages::{DeadLetters, Redeliver, ResultMessage, Retry};
use mhd_shared::pipeline::{self, StageError, driver};
use mhd_shared::policy::Policy;
use mhd_shared::state::StateStore;
use mhd_shared::store::BlobStore;
use std::collections::BTreeSet;

pub struct Finalizer<B, S, D, R> {
    pub blob: B,
    pub state: S,
    /// The results queue's DLQ: a message no retry can fix goes there at once.
    pub dead_letters: D,
    /// The results queue: a message that may pass comes back after a backoff, not after the
    /// queue's visibility timeout (sized for the longest step).
    pub retry: Retry<R>,
    pub policy: Policy,
}

#[derive(Debug, thiserror::Error)]
pub enum FinalizeError {
    #[error("message is not a results message: {0}")]
    BadMessage(String),
    #[error(transparent)]
    Stage(#[from] StageError),
}

impl<B: BlobStore, S: StateStore, D: DeadLetters, R: Redeliver> Finalizer<B, S, D, R> {
    pub async fn release(
        &self,
        release: &mhd_shared::model::ReleaseId,
        worker: &str,
    ) -> Result<driver::Advanced, StageError> {
        let adv = driver::advance(
            &self.blob,
            &self.state,
            &self.policy,
            release,
            worker,
            pipeline::now,
        )
        .await?;
        tracing::info!(release = %release, state = adv.meta.as_ref().map(|m| m.state.as_str()), why = %adv.why, "advanced");
        if let Some(meta) = &adv.meta {
            let gates = mhd_shared::state::gates(&self.state, release).await?;
            println!(
                "{}",
                mhd_shared::metrics::release(
                    release.as_str(),
                    meta.state.as_str(),
                    meta.updated_at * 1000,
                    &gates,
                )
            );
        }
        Ok(adv)
    }

    /// A batch: several messages for one release advance it once. A failure that may pass is
    /// retried (the messages are reported back, each to come back after its backoff); one that
    /// cannot — a message that is no results message, a stage error no retry fixes — is
    /// dead-lettered at once.
    pub async fn batch(&self, event: SqsEvent, worker: &str) -> SqsBatchResponse {
        let mut by_release: Vec<(mhd_shared::model::ReleaseId, Vec<SqsMessage>)> = Vec::new();
        let mut failures = BTreeSet::new();
        for m in event.records {
            let id = m.message_id.clone().unwrap_or_default();
            let body = m.body.as_deref().unwrap_or_default();
            match serde_json::from_str::<ResultMessage>(body) {
                Ok(msg) => match by_release.iter_mut().find(|(r, _)| r == msg.release()) {
                    Some((_, ms)) => ms.push(m),
                    None => by_release.push((msg.release().clone(), vec![m])),
                },
                Err(e) => {
                    let e = FinalizeError::BadMessage(mhd_shared::model::json_error(&e));
                    tracing::error!(message_id = %id, error = %e, retryable = false, "bad message");
                    self.give_up(&mut failures, id, body, &e).await;
                }
            }
        }
        for (release, ms) in by_release {
            let Err(e) = self.release(&release, worker).await else {
                continue;
            };
            let retryable = e.retryable();
            tracing::error!(release = %release, error = %e, retryable, "advance failed");
            for m in ms {
                let id = m.message_id.clone().unwrap_or_default();
                if retryable {
                    self.retry
                        .later(m.receipt_handle.as_deref(), &m.attributes)
                        .await;
                    failures.insert(id);
                } else {
                    let body = m.body.as_deref().unwrap_or_default();
                    self.give_up(&mut failures, id, body, &e).await;
                }
            }
        }
        let mut resp = SqsBatchResponse::default();
        resp.set_failures(failures);
        resp
    }

    /// Dead-letters a message; if even that fails, it is reported back (the redrive policy
    /// moves it to the DLQ after the queue's maxReceiveCount): never lost.
    async fn give_up(
        &self,
        failures: &mut BTreeSet<String>,
        id: String,
        body: &str,
        e: &dyn std::fmt::Display,
    ) {
        if let Err(dl) = self.dead_letters.dead_letter(body, &e.to_string()).await {
            tracing::error!(message_id = %id, error = %dl, "dead-lettering failed");
            failures.insert(id);
        }
    }
}
