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
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct SmokeReport {
    pub release: String,
    pub files_verified: usize,
    pub bytes_verified: u64,
    pub records: BTreeMap<String, BTreeMap<String, u64>>,
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

pub async fn smoke<B: BlobStore>(blob: &B, release: &ReleaseId) -> Result<SmokeReport, SmokeError> {
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
    let mut report = SmokeReport {
        release: release.to_string(),
        ..Default::default()
    };
    let mut routing_doc = None;
    for f in &m.files {
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
    let mut named: Vec<String> = routing["families"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["family"].as_str().map(str::to_string))
        .collect();
    named.sort();
    let mut exported: Vec<String> = report.records.keys().cloned().collect();
    exported.sort();
    if named != exported {
        return Err(SmokeError::Routing(format!(
            "names {named:?}, export has {exported:?}"
        )));
    }
    Ok(report)
}
