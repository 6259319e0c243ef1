//! The embedded driver behind `mhd run`: every staged file through the shard stage, every
//! signoff through intake, the seal, then the same state machine the finalizer drives.

use super::driver::{Advanced, advance};
use super::seal::{SealOutcome, seal};
use super::{StageError, now, shard, signoffs};
use crate::keys::{self, BucketKey};
use crate::model::ReleaseId;
use crate::policy::Policy;
use crate::state::StateStore;
use crate::store::BlobStore;

#[derive(Debug, Clone, Default)]
pub struct RunSummary {
    pub shards: usize,
    pub records_in: u64,
    pub records_out: u64,
    pub quarantined: u64,
    pub signoffs_received: usize,
    pub seal: Option<SealOutcome>,
}

/// Progress callback: (done, total) over the staged shards.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// `jobs`: shards processed at once (each on its own blocking thread). The outcome does not
/// depend on it: shards are independent and the release stage reads them in key order.
pub async fn run<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    release: &ReleaseId,
    jobs: usize,
    progress: Progress<'_>,
) -> Result<(RunSummary, Advanced), StageError> {
    use futures_util::stream::{self, StreamExt};
    let mut summary = RunSummary::default();
    let staged = blob.list(&keys::staging_prefix(release)).await?;
    let shards: Vec<_> = staged
        .iter()
        .filter_map(|k| match keys::classify(k) {
            Ok(BucketKey::Shard(s)) => Some(s),
            _ => None,
        })
        .collect();
    let mut running = stream::iter(
        shards
            .iter()
            .map(|s| shard::process(blob, st, policy, s, now())),
    )
    .buffer_unordered(jobs.max(1));
    let mut done = 0;
    while let Some(outcome) = running.next().await {
        outcome?;
        done += 1;
        progress(done, shards.len());
    }
    drop(running);
    // From the table, not this pass: a re-run (e.g. after signoffs) skips recorded shards.
    for row in crate::state::shards(st, release).await? {
        summary.shards += 1;
        summary.records_in += row.records_in;
        summary.records_out += row.records_out;
        summary.quarantined += row.quarantined.values().sum::<u64>();
    }
    for k in blob.list(&format!("signoffs/{release}/")).await? {
        if let Ok(BucketKey::Signoff { kind, family, .. }) = keys::classify(&k) {
            let upload = signoffs::Upload::default();
            signoffs::receive(blob, st, release, &kind, &family, upload, now()).await?;
            summary.signoffs_received += 1;
        }
    }
    summary.seal = Some(seal(blob, st, release, now()).await?);
    let adv = advance(blob, st, policy, release, "mhd-run", now).await?;
    Ok((summary, adv))
}
