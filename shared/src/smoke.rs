//! The training-consumption smoke test: load a release by its prefix only, verify every file
//! against the manifest, and validate every exported record as a fine-tuning loader would.

use crate::fingerprint::sha256_hex;
use crate::keys;
use crate::model::{Record, ReleaseId, Role};
use crate::release::manifest::{Manifest, SCHEMA};
use crate::store::{BlobStore, StoreError};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum SmokeError {
    #[error("{0}: no manifest — the release is not published")]
    NotPublished(String),
    #[error("manifest: {0}")]
    Manifest(String),
    #[error("{key}: listed in the manifest but missing")]
    MissingFile { key: String },
    #[error("{key}: {what} mismatch (manifest {expected}, found {found})")]
    Mismatch {
        key: String,
        what: &'static str,
        expected: String,
        found: String,
    },
    #[error("{key} line {line}: {problem}")]
    BadRecord {
        key: String,
        line: usize,
        problem: String,
    },
    #[error("counts: {0}")]
    Counts(String),
    #[error("routing.json: {0}")]
    Routing(String),
    #[error("policy: {0}")]
    Policy(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct SmokeReport {
    pub release: String,
    pub files_verified: usize,
    pub bytes_verified: u64,
    pub records: BTreeMap<String, BTreeMap<String, u64>>,
    /// The dry-run epoch, per split: records packed (in curriculum order for train) into
    /// sequences of `max_seq_len` tokens, grouped into batches.
    pub epoch: BTreeMap<String, EpochSplit>,
    pub max_seq_len: usize,
    pub batch_sequences: usize,
    pub curriculum: Vec<String>,
    /// The policy the manifest names, whose training rules were applied.
    pub policy: String,
}

#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct EpochSplit {
    pub records: u64,
    pub tokens: u64,
    pub sequences: u64,
    pub batches: u64,
    /// Share of the packed sequences' capacity that is padding.
    pub padding_waste: f64,
    /// Capacity used by the open sequence (packing state; not serialized).
    #[serde(skip)]
    open: usize,
}

impl EpochSplit {
    /// Greedy sequential packing: a record goes into the open sequence if it fits, else opens a
    /// new one (records are never split across sequences).
    fn pack(&mut self, tokens: usize, max: usize) {
        self.records += 1;
        self.tokens += tokens as u64;
        if self.sequences == 0 || self.open + tokens > max {
            self.sequences += 1;
            self.open = 0;
        }
        self.open += tokens;
    }

    fn finish(&mut self, max: usize, batch: usize) {
        let capacity = self.sequences * max as u64;
        self.batches = self.sequences.div_ceil(batch as u64);
        self.padding_waste = if capacity == 0 {
            0.0
        } else {
            ((capacity - self.tokens) as f64 / capacity as f64 * 1e4).round() / 1e4
        };
    }
}

fn check_record(r: &Record, family: &str) -> Result<(), String> {
    if r.family != family {
        return Err(format!("record family {} in a {family} file", r.family));
    }
    if r.messages.is_empty() {
        return Err("no messages".into());
    }
    if r.messages.iter().any(|m| m.content.is_empty()) {
        return Err("empty message content".into());
    }
    if !r.messages.iter().any(|m| m.role == Role::Assistant) {
        return Err("no assistant message".into());
    }
    if r.id != crate::fingerprint::record_id(&r.messages) {
        return Err("id does not match content".into());
    }
    Ok(())
}

/// [`smoke_with`] without progress reporting.
pub async fn smoke<B: BlobStore>(blob: &B, release: &ReleaseId) -> Result<SmokeReport, SmokeError> {
    smoke_with(blob, release, &|_| {}).await
}

/// The policy the manifest names, published with the release: its bytes must hash to both the
/// manifest's `policy.sha256` and its file entry, and it must still validate.
async fn published_policy<B: BlobStore>(
    blob: &B,
    m: &Manifest,
) -> Result<crate::policy::Policy, SmokeError> {
    let entry = m
        .files
        .iter()
        .find(|f| f.role == "policy")
        .ok_or_else(|| SmokeError::Policy("the manifest lists no policy file".into()))?;
    let bytes = blob
        .get(&entry.key)
        .await?
        .ok_or_else(|| SmokeError::MissingFile {
            key: entry.key.clone(),
        })?;
    let sha = sha256_hex(&bytes);
    if sha != m.policy.sha256 || sha != entry.sha256 {
        return Err(SmokeError::Mismatch {
            key: entry.key.clone(),
            what: "policy sha256",
            expected: m.policy.sha256.clone(),
            found: sha,
        });
    }
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| SmokeError::Policy(format!("{} is not UTF-8", entry.key)))?;
    crate::policy::Policy::from_toml(text)
        .map_err(|e| SmokeError::Policy(format!("{}: {e}", entry.key)))
}

/// Loads the release by its prefix only and checks it end to end under the training rules of
/// the policy it was built with; `progress` is called with the bytes of each verified file.
/// Memory is bounded by the largest file (export files hold at most `records_per_file` records).
pub async fn smoke_with<B: BlobStore>(
    blob: &B,
    release: &ReleaseId,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<SmokeReport, SmokeError> {
    let mkey = keys::manifest_key(release);
    let bytes = blob
        .get(&mkey)
        .await?
        .ok_or_else(|| SmokeError::NotPublished(format!("{}/{mkey}", blob.location())))?;
    let m: Manifest =
        serde_json::from_slice(&bytes).map_err(|e| SmokeError::Manifest(e.to_string()))?;
    if m.schema != SCHEMA || m.release != release.as_str() {
        return Err(SmokeError::Manifest(format!(
            "schema {} / release {} do not match",
            m.schema, m.release
        )));
    }
    let policy = published_policy(blob, &m).await?;
    let mut report = SmokeReport {
        release: release.to_string(),
        max_seq_len: policy.training.max_seq_len,
        batch_sequences: policy.training.batch_sequences,
        policy: format!("{} ({})", policy.name, policy.sha256),
        ..Default::default()
    };
    // routing.json first: its curriculum orders the dry-run epoch.
    let routing_entry = m
        .files
        .iter()
        .find(|f| f.role == "routing")
        .ok_or_else(|| SmokeError::Routing("not in the manifest".into()))?;
    let routing_bytes =
        blob.get(&routing_entry.key)
            .await?
            .ok_or_else(|| SmokeError::MissingFile {
                key: routing_entry.key.clone(),
            })?;
    let routing_json: serde_json::Value =
        serde_json::from_slice(&routing_bytes).map_err(|e| SmokeError::Routing(e.to_string()))?;
    report.curriculum = routing_json["curriculum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f.as_str().map(str::to_string))
        .collect();
    let stage = |family: &str| {
        report
            .curriculum
            .iter()
            .position(|f| f == family)
            .unwrap_or(usize::MAX)
    };
    let mut files: Vec<&crate::release::manifest::FileEntry> = m.files.iter().collect();
    files.sort_by_key(|f| (stage(f.family.as_deref().unwrap_or("")), f.key.clone()));
    let t = &policy.training;
    let mut routing_doc = None;
    for f in files {
        let data = blob
            .get(&f.key)
            .await?
            .ok_or_else(|| SmokeError::MissingFile { key: f.key.clone() })?;
        if data.len() as u64 != f.bytes {
            return Err(SmokeError::Mismatch {
                key: f.key.clone(),
                what: "size",
                expected: f.bytes.to_string(),
                found: data.len().to_string(),
            });
        }
        let sha = sha256_hex(&data);
        if sha != f.sha256 {
            return Err(SmokeError::Mismatch {
                key: f.key.clone(),
                what: "sha256",
                expected: f.sha256.clone(),
                found: sha,
            });
        }
        report.files_verified += 1;
        report.bytes_verified += f.bytes;
        progress(f.bytes);
        if f.role == "routing" {
            routing_doc = Some(data.clone());
        }
        if f.role != "export" {
            continue;
        }
        let family = f.family.clone().unwrap_or_default();
        let split = f.split.clone().unwrap_or_default();
        let mut n = 0u64;
        for (i, line) in data
            .split(|&b| b == b'\n')
            .enumerate()
            .filter(|(_, l)| !l.is_empty())
        {
            let bad = |problem: String| SmokeError::BadRecord {
                key: f.key.clone(),
                line: i + 1,
                problem,
            };
            let r: Record = serde_json::from_slice(line).map_err(|e| bad(e.to_string()))?;
            check_record(&r, &family).map_err(bad)?;
            let tokens = crate::training::check(&r, t).map_err(|b| bad(b.describe(t)))?;
            report
                .epoch
                .entry(split.clone())
                .or_default()
                .pack(tokens, t.max_seq_len);
            n += 1;
        }
        if Some(n) != f.records {
            return Err(SmokeError::Mismatch {
                key: f.key.clone(),
                what: "record count",
                expected: format!("{:?}", f.records),
                found: n.to_string(),
            });
        }
        *report
            .records
            .entry(family)
            .or_default()
            .entry(split)
            .or_default() += n;
    }
    for fam in &m.families {
        for (split, want) in &fam.records {
            let got = report
                .records
                .get(&fam.name)
                .and_then(|s| s.get(split))
                .copied()
                .unwrap_or(0);
            if got != *want {
                return Err(SmokeError::Counts(format!(
                    "{} {split}: manifest says {want}, export has {got}",
                    fam.name
                )));
            }
        }
    }
    let routing: serde_json::Value = serde_json::from_slice(
        &routing_doc.ok_or_else(|| SmokeError::Routing("not in the manifest".into()))?,
    )
    .map_err(|e| SmokeError::Routing(e.to_string()))?;
    // The routing gate's own check, against the families the export actually holds.
    let exported: Vec<String> = report.records.keys().cloned().collect();
    let routed = crate::gates::routing::check(&routing, &exported);
    if !routed.pass {
        return Err(SmokeError::Routing(routed.failures.join("; ")));
    }
    for e in report.epoch.values_mut() {
        e.finish(t.max_seq_len, t.batch_sequences);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_never_splits_a_record_and_counts_padding() {
        let mut e = EpochSplit::default();
        for tokens in [600, 500, 300, 900] {
            e.pack(tokens, 1000);
        }
        e.finish(1000, 2);
        // [600] [500 300] [900]
        assert_eq!(
            (e.records, e.tokens, e.sequences, e.batches),
            (4, 2300, 3, 2)
        );
        assert!(
            (e.padding_waste - 0.2333).abs() < 1e-3,
            "{}",
            e.padding_waste
        );
    }
}
