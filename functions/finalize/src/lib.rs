//! Finalizer Lambda: results-queue messages -> advance the release's state machine (gates,
//! review packets, signoff checks, assembly, publish). Duplicates and races are harmless: every
//! transition is a conditional write, and long steps hold a lease.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use mhd_shared::messages::ResultMessage;
use mhd_shared::pipeline::{self, StageError, driver};
use mhd_shared::policy::Policy;
use mhd_shared::state::StateStore;
use mhd_shared::store::BlobStore;
use std::collections::BTreeSet;

pub struct Finalizer<B, S> {
    pub blob: B,
    pub state: S,
    pub policy: Policy,
}

#[derive(Debug, thiserror::Error)]
pub enum FinalizeError {
    #[error("message is not a results message: {0}")]
    BadMessage(String),
    #[error(transparent)]
    Stage(#[from] StageError),
}

impl<B: BlobStore, S: StateStore> Finalizer<B, S> {
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

    /// A batch: several messages for one release advance it once.
    pub async fn batch(&self, event: SqsEvent, worker: &str) -> SqsBatchResponse {
        let mut by_release: Vec<(mhd_shared::model::ReleaseId, Vec<String>)> = Vec::new();
        let mut failures = Vec::new();
        for m in event.records {
            let id = m.message_id.clone().unwrap_or_default();
            match serde_json::from_str::<ResultMessage>(m.body.as_deref().unwrap_or_default()) {
                Ok(msg) => match by_release.iter_mut().find(|(r, _)| r == msg.release()) {
                    Some((_, ids)) => ids.push(id),
                    None => by_release.push((msg.release().clone(), vec![id])),
                },
                Err(e) => {
                    // Not retryable, but never silently dropped: it goes to the DLQ.
                    tracing::error!(message_id = %id, error = %FinalizeError::BadMessage(e.to_string()), "bad message");
                    failures.push(id);
                }
            }
        }
        for (release, ids) in by_release {
            if let Err(e) = self.release(&release, worker).await {
                tracing::error!(release = %release, error = %e, retryable = e.retryable(), "advance failed");
                failures.extend(ids);
            }
        }
        let mut resp = SqsBatchResponse::default();
        resp.set_failures(failures.into_iter().collect::<BTreeSet<String>>());
        resp
    }
}
