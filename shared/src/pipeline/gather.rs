//! Reads what the release-wide stages need: shard rows, normalized records, provenance sidecars.

use super::StageError;
use crate::gates::provenance::SourceInput;
use crate::keys::{self, BucketKey};
use crate::model::Record;
use crate::plan::Plan;
use crate::policy::Policy;
use crate::provenance::Provenance;
use crate::state::{self, Meta, ShardRow, StateStore};
use crate::store::BlobStore;
use std::collections::{BTreeMap, BTreeSet};

pub struct Gathered {
    pub plan: Plan,
    /// Rows of the shards the seal fixed.
    pub rows: Vec<ShardRow>,
    /// Shards that reported but were staged after the seal.
    pub late: Vec<String>,
    pub sources: BTreeMap<(String, String), SourceInput>,
}

pub async fn gather<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    meta: &Meta,
) -> Result<Gathered, StageError> {
    let expected: BTreeSet<&String> = meta.expected_shards.iter().collect();
    // A row outside the sealed set is late if its object is still staged; a row whose object is
    // gone (withdrawn before a re-open and re-seal) no longer counts.
    let staged: BTreeSet<String> = blob
        .list(&keys::staging_prefix(&meta.release))
        .await?
        .into_iter()
        .collect();
    let mut rows = Vec::new();
    let mut late = Vec::new();
    for row in state::shards(st, &meta.release).await? {
        if row.generation != meta.generation {
            continue; // from before a re-open; superseded by this generation's row
        } else if expected.contains(&row.key) {
            rows.push(row);
        } else if staged.contains(&row.key) {
            late.push(row.key);
        }
    }
    let mut records: Vec<Record> = Vec::new();
    let mut signatures = std::collections::HashMap::new();
    let mut sources: BTreeMap<(String, String), SourceInput> = BTreeMap::new();
    for row in &rows {
        let Ok(BucketKey::Shard(shard)) = keys::classify(&row.key) else {
            return Err(StageError::Corrupt {
                key: row.key.clone(),
                problem: "shard row key is not a shard key".into(),
            });
        };
        let id = (shard.family.clone(), shard.source.clone());
        if !sources.contains_key(&id) {
            let pkey = keys::provenance_key(&meta.release, &shard.family, &shard.source);
            let sidecar = blob
                .get(&pkey)
                .await?
                .map(|b| Provenance::parse(&b).map_err(|e| e.to_string()));
            sources.insert(
                id.clone(),
                SourceInput {
                    provenance_key: pkey,
                    sidecar,
                    shards: Vec::new(),
                    listed_but_missing: Vec::new(),
                },
            );
        }
        sources
            .get_mut(&id)
            .expect("inserted")
            .shards
            .push(row.clone());
        if row.status != "done" {
            continue;
        }
        let fkey = keys::fingerprints_key(&shard);
        if let Some(bytes) = blob.get(&fkey).await? {
            let entries = crate::fingerprint::minhash::decode(&bytes).map_err(|problem| {
                StageError::Corrupt {
                    key: fkey.clone(),
                    problem,
                }
            })?;
            signatures.extend(entries);
        }
        let nkey = keys::normalized_key(&shard);
        let bytes = blob
            .get(&nkey)
            .await?
            .ok_or_else(|| StageError::Missing(nkey.clone()))?;
        for (i, line) in bytes
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            let r: Record = serde_json::from_slice(line).map_err(|e| StageError::Corrupt {
                key: nkey.clone(),
                problem: format!("line {}: {e}", i + 1),
            })?;
            records.push(r);
        }
    }
    for input in sources.values_mut() {
        if let Some(Ok(p)) = &input.sidecar {
            let staged: BTreeSet<String> = input
                .shards
                .iter()
                .filter_map(|s| s.key.rsplit('/').next().map(str::to_string))
                .collect();
            for listed in p.shards.iter().flatten() {
                if !staged.contains(&listed.file) {
                    input.listed_but_missing.push(listed.file.clone());
                }
            }
        }
    }
    late.sort();
    Ok(Gathered {
        plan: Plan::build_with(records, &signatures, policy),
        rows,
        late,
        sources,
    })
}
