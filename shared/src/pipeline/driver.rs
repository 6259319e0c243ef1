//! Advance a release as far as it can go now. The finalizer calls this once per results
//! message; `mhd run` calls it after the shard stage and the seal. Safe to call any number of
//! times, concurrently: every transition is a conditional write.

use super::StageError;
use crate::model::ReleaseId;
use crate::policy::Policy;
use crate::state::machine::{self, Next, Outcome, Work};
use crate::state::{self, Meta, StateStore};
use crate::store::BlobStore;
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advanced {
    pub meta: Option<Meta>,
    /// Why it stopped here (for logs and the CLI).
    pub why: String,
}

pub async fn advance<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    release: &ReleaseId,
    worker: &str,
    now: impl Fn() -> i64,
) -> Result<Advanced, StageError> {
    loop {
        let Some(meta) = state::get_meta(st, release).await? else {
            return Ok(Advanced {
                meta: None,
                why: "no such release".into(),
            });
        };
        let reported = if meta.state == state::State::Sealed {
            reported(blob, st, &meta).await?
        } else {
            BTreeSet::new()
        };
        let work = match machine::next(&meta, &reported, worker, now()) {
            Next::Idle(why) => {
                return Ok(Advanced {
                    meta: Some(meta),
                    why,
                });
            }
            Next::Run(w) => w,
        };
        let claimed = match machine::claim(&meta, work, worker, now()) {
            Some(c) if c.state != meta.state || c.lease != meta.lease => {
                if !state::replace_meta(st, meta.version, &c).await? {
                    continue; // another worker moved it first
                }
                c
            }
            _ => meta,
        };
        tracing::info!(release = %release, state = claimed.state.as_str(), work = ?work, "running");
        let finished = async {
            let outcome: Outcome = match work {
                Work::Gates => super::gates::run(blob, st, policy, &claimed).await?,
                Work::Signoffs => super::signoffs::check(blob, st, policy, &claimed).await?,
                Work::Assemble => super::assemble::run(blob, st, policy, &claimed).await?,
            };
            let Some(done) = machine::complete(&claimed, outcome, worker, now())? else {
                return Ok(None);
            };
            Ok::<_, StageError>(Some((
                state::replace_meta(st, claimed.version, &done).await?,
                done,
            )))
        };
        match finished.await {
            Err(e) => {
                hand_back(st, &claimed, worker, now()).await;
                return Err(e);
            }
            Ok(None) => {
                return Ok(Advanced {
                    meta: Some(claimed.clone()),
                    why: claimed.reasons.join("; "),
                });
            }
            Ok(Some((false, _))) => continue,
            Ok(Some((true, done))) => {
                tracing::info!(release = %release, state = done.state.as_str(), "transition");
            }
        }
    }
}

/// Best effort: if the row moved on or the write fails, the lease simply expires.
async fn hand_back<S: StateStore>(st: &S, claimed: &Meta, worker: &str, now: i64) {
    let Some(back) = machine::hand_back(claimed, worker, now) else {
        return;
    };
    match state::replace_meta(st, claimed.version, &back).await {
        Ok(true) => tracing::info!(release = %claimed.release, "lease handed back"),
        Ok(false) => {}
        Err(e) => tracing::warn!(release = %claimed.release, error = %e, "lease not handed back"),
    }
}

/// The shards that have reported: rows of this generation read under their source's sidecar
/// as it is now ([`super::shard::current_keys`]).
async fn reported<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    meta: &Meta,
) -> Result<BTreeSet<String>, StageError> {
    let rows: Vec<_> = state::shards(st, &meta.release)
        .await?
        .into_iter()
        .filter(|r| r.generation == meta.generation)
        .collect();
    super::shard::current_keys(blob, &meta.release, &rows).await
}
