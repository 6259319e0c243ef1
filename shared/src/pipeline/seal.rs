//! The seal (`staging/<release>/release.json`): intake closes, the staged shard set is fixed.

use super::StageError;
use crate::keys::{self, BucketKey};
use crate::model::ReleaseId;
use crate::state::{self, StateStore, machine};
use crate::store::BlobStore;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SealOutcome {
    Sealed {
        shards: usize,
        rejected: usize,
    },
    /// A duplicate or late seal: nothing changed.
    AlreadySealed(&'static str),
}

pub async fn seal<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    release: &ReleaseId,
    now: i64,
) -> Result<SealOutcome, StageError> {
    let staged = blob.list(&keys::staging_prefix(release)).await?;
    let mut expected = Vec::new();
    let mut rejected = Vec::new();
    for key in staged {
        match keys::classify(&key) {
            Ok(BucketKey::Shard(s)) => expected.push(s.key),
            Ok(_) => {}
            Err(mut r) => {
                // Name the key in the reason: ops need to know which file to fix (unless the
                // name itself is an identifier: then its folder and a hash of it).
                r.detail = format!("{}: {}", keys::safe_key(&key), r.detail);
                rejected.push(r);
            }
        }
    }
    loop {
        let meta = state::ensure_meta(st, release, now).await?;
        let next = match machine::seal(&meta, expected.clone(), rejected.clone(), now) {
            Ok(m) => m,
            Err(_) => return Ok(SealOutcome::AlreadySealed(meta.state.as_str())),
        };
        if state::replace_meta(st, meta.version, &next).await? {
            return Ok(SealOutcome::Sealed {
                shards: next.expected_shards.len(),
                rejected: next.rejected.len(),
            });
        }
        // Lost a race with another writer: re-read and decide again.
    }
}

/// Re-open a FAILED release (conditional on the row not having moved meanwhile).
pub async fn reopen<S: StateStore>(
    st: &S,
    release: &ReleaseId,
    now: i64,
) -> Result<machine::Meta, StageError> {
    loop {
        let meta = state::get_meta(st, release)
            .await?
            .ok_or_else(|| StageError::Missing(format!("state of release {release}")))?;
        let next = machine::reopen(&meta, now)?;
        if state::replace_meta(st, meta.version, &next).await? {
            return Ok(next);
        }
    }
}
