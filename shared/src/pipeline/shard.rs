//! The shard stage: one staged file -> normalized records, quarantine, report, `SHARD#` row.
//! Runs in the ingest Lambda (one S3 event) and in `mhd run` (every staged file).

use super::StageError;
use crate::fingerprint::sha256_hex;
use crate::keys::{self, ShardKey};
use crate::policy::Policy;
use crate::provenance::Provenance;
use crate::read::{self, Context, Item, RoleMap};
use crate::state::{self, ShardRow, ShardWrite, StateStore};
use crate::store::BlobStore;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardOutcome {
    pub row: ShardRow,
    pub write: ShardWrite,
}

/// Quarantine entry as stored under `work/` (this file may hold content: it is never published
/// and never logged). The raw bytes are kept as text when they are UTF-8, else as hex.
#[derive(Serialize)]
struct QuarantineLine<'a> {
    #[serde(flatten)]
    entry: &'a read::Quarantined,
    #[serde(skip_serializing_if = "Option::is_none")]
    raw: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raw_hex: Option<String>,
}

/// The shard report: counts and positions only, never content.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    row: &'a ShardRow,
    quarantine: Vec<QuarantinePosition<'a>>,
}

#[derive(Serialize)]
struct QuarantinePosition<'a> {
    index: u64,
    line: u64,
    reason: &'a str,
    detail: &'a str,
}

pub async fn process<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    shard: &ShardKey,
    now: i64,
) -> Result<ShardOutcome, StageError> {
    let meta = state::ensure_meta(st, &shard.release, now).await?;
    let report_key = keys::shard_report_key(shard);
    let mut row = ShardRow {
        key: shard.key.clone(),
        status: "done".into(),
        family: shard.family.clone(),
        source: shard.source.clone(),
        sha256: String::new(),
        bytes: 0,
        records_in: 0,
        records_out: 0,
        quarantined: BTreeMap::new(),
        blank_lines: 0,
        error: None,
        report_key: report_key.clone(),
    };
    if !meta.state.accepts_shards() {
        // A late upload (after gating began) is refused without touching anything.
        return Ok(ShardOutcome {
            row,
            write: ShardWrite::Closed,
        });
    }
    let raw = blob
        .get(&shard.key)
        .await?
        .ok_or_else(|| StageError::Missing(shard.key.clone()))?;
    row.sha256 = sha256_hex(&raw);
    row.bytes = raw.len() as u64;

    let prov_key = keys::provenance_key(&shard.release, &shard.family, &shard.source);
    // A missing or broken sidecar fails the provenance gate later; here it only means no
    // role_map extension and no shard hashes to check.
    let prov = match blob.get(&prov_key).await? {
        Some(b) => Provenance::parse(&b).ok(),
        None => None,
    };
    let roles = match &prov {
        Some(p) => {
            RoleMap::with_extensions(p.role_map.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .unwrap_or_default()
        }
        None => RoleMap::default(),
    };

    let mut records = Vec::new();
    let mut quarantine = Vec::new();
    let mut positions: Vec<read::Quarantined> = Vec::new();
    let expected_sha = prov.as_ref().and_then(|p| p.expected_sha256(&shard.file));
    if expected_sha.is_some_and(|e| !e.eq_ignore_ascii_case(&row.sha256)) {
        row.status = "failed".into();
        row.error = Some("sha256_mismatch".into());
    } else {
        let ctx = Context {
            shard,
            roles: &roles,
            limits: &policy.limits,
        };
        let mut sink = |item: Item| match item {
            Item::Record(r) => {
                row.records_in += 1;
                row.records_out += 1;
                serde_json::to_writer(&mut records, &r).expect("records serialize");
                records.push(b'\n');
            }
            Item::Quarantined(q, raw) => {
                row.records_in += 1;
                *row.quarantined
                    .entry(q.reason.as_str().to_string())
                    .or_default() += 1;
                let text = std::str::from_utf8(&raw).ok();
                let line = QuarantineLine {
                    entry: &q,
                    raw: text,
                    raw_hex: if text.is_none() {
                        Some(hex::encode(&raw))
                    } else {
                        None
                    },
                };
                serde_json::to_writer(&mut quarantine, &line).expect("quarantine serializes");
                quarantine.push(b'\n');
                positions.push(q);
            }
            Item::Blank { .. } => row.blank_lines += 1,
        };
        if let Err(e) = read::read_file(&ctx, &raw, &mut sink) {
            row.status = "failed".into();
            row.error = Some(e.code().into());
        }
    }
    drop(raw);

    blob.put(&keys::normalized_key(shard), records).await?;
    if !quarantine.is_empty() {
        blob.put(&keys::quarantine_key(shard), quarantine).await?;
    }
    let report = Report {
        row: &row,
        quarantine: positions
            .iter()
            .map(|q| QuarantinePosition {
                index: q.index,
                line: q.line,
                reason: q.reason.as_str(),
                detail: &q.detail,
            })
            .collect(),
    };
    blob.put(
        &report_key,
        serde_json::to_vec_pretty(&report).expect("report serializes"),
    )
    .await?;
    let write = state::put_shard(st, &shard.release, &row).await?;
    Ok(ShardOutcome { row, write })
}
