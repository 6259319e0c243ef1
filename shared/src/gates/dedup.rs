//! The dedup gate's report. Dedup itself happens while planning (`plan.rs`, `dedup.rs`) so every
//! stage sees the same survivors; this gate reports what was removed and passes unless the plan
//! is inconsistent (a removed record still shipping).
//!
//! `dedup.json` holds the method and the counts; every removed record (with the copy it was
//! removed in favour of: group the lines by `kept_origin` for clusters) is a line of
//! `dedup_removed.jsonl`, serialized straight from the plan — a release that is mostly
//! duplicates must not build its removals as a JSON tree in memory.

use super::GateResult;
use crate::fingerprint::minhash;
use crate::plan::Plan;
use crate::policy::{DedupScope, Policy};
use serde_json::json;
use std::collections::{BTreeMap, HashSet};

/// The companion file listing every removed record, beside `dedup.json`.
pub const REMOVED_FILE: &str = "dedup_removed.jsonl";

pub fn gate(cx: &super::Context) -> Result<GateResult, crate::corpus::CorpusError> {
    Ok(check(cx.policy, cx.plan))
}

pub fn check(policy: &Policy, plan: &Plan) -> GateResult {
    let shipping: HashSet<(&str, u64)> = plan
        .records
        .iter()
        .map(|p| (&*p.entry.key, p.entry.index))
        .collect();
    let failures: Vec<String> = plan
        .removed
        .iter()
        .filter(|r| shipping.contains(&(r.origin.key.as_str(), r.origin.index)))
        .map(|r| {
            format!(
                "{}#{} is both removed and shipped",
                r.origin.key, r.origin.index
            )
        })
        .collect();
    let clusters: HashSet<(&str, u64)> = plan
        .removed
        .iter()
        .map(|r| (r.kept_origin.key.as_str(), r.kept_origin.index))
        .collect();
    let mut by_source: BTreeMap<String, BTreeMap<&str, u64>> = BTreeMap::new();
    for r in &plan.removed {
        let source = r.origin.key.rsplit('/').nth(1).unwrap_or("");
        *by_source
            .entry(format!("{}/{source}", r.family))
            .or_default()
            .entry(r.kind.as_str())
            .or_default() += 1;
    }
    let exact = plan
        .removed
        .iter()
        .filter(|r| r.kind == crate::plan::DupKind::Exact)
        .count();
    let near = plan.removed.len() - exact;
    let (bands, rows) = minhash::banding(policy.dedup.near_threshold);
    let report = json!({
        "gate": "dedup",
        "method": {
            "exact": "record id (sha256 of roles and content)",
            "near": format!(
                "MinHash ({} bins, one-permutation with optimal densification) over word {}-gram shingles of non-system messages (lowercased, punctuation folded); LSH {} bands x {} rows; candidates confirmed by exact Jaccard >= {}",
                minhash::K, minhash::SHINGLE, bands, rows, policy.dedup.near_threshold
            ),
            "scope": match policy.dedup.scope { DedupScope::Release => "release", DedupScope::Family => "family" },
            "survivor": "required families first, then family, source, key, index",
        },
        "removed_exact": exact,
        "removed_near": near,
        "by_family_source": by_source,
        "clusters": clusters.len(),
        "removed_records": {
            "file": REMOVED_FILE,
            "lines": plan.removed.len(),
            "order": "by origin (staging key, index)",
            "fields": "id, family, origin, kept_origin (the surviving copy), kind (exact|near), similarity",
        },
        "excluded_families": plan.excluded_families,
        "kept_in_one_split": {
            "rule": format!(
                "a validation/test record of a holdout-sensitive family whose most similar train record contains more than {} of its {}-grams joins that record's split",
                policy.leakage.same_split_share, policy.leakage.ngram
            ),
            "moved": plan.joined.iter().map(|(moved, nearest, share)| json!({
                "id": moved, "nearest_train": nearest, "containment": (share * 1e4).round() / 1e4,
            })).collect::<Vec<_>>(),
        },
    });
    let mut g = GateResult::new(
        super::GateName::Dedup,
        failures,
        format!("{exact} exact and {near} near duplicates removed"),
        report,
    );
    let mut lines = Vec::with_capacity(plan.removed.len() * 256);
    for r in &plan.removed {
        serde_json::to_writer(&mut lines, r).expect("serializable");
        lines.push(b'\n');
    }
    g.extra.push((REMOVED_FILE.to_string(), lines));
    g.counts = [
        ("removed_exact".to_string(), exact as u64),
        ("removed_near".to_string(), near as u64),
        ("kept_in_one_split".to_string(), plan.joined.len() as u64),
    ]
    .into();
    g
}
