//! The release-wide privacy gate: adds up the shard stage's privacy summaries, fails closed on a
//! shard that was not scanned (or scanned by another detector) and on any residual finding, and
//! draws the privacy review sample. Counts, kinds, ids and keys only — never content.

use super::GateResult;
use crate::fingerprint::unit_hash;
use crate::pii::DETECTOR;
use crate::pii::shard::sample_seed;
use crate::plan::Plan;
use crate::policy::{PiiAction, Policy};
use crate::release::export::render_line;
use crate::state::ShardRow;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::pii::shard::PiiTotals as Totals;

/// Per-family totals from the shard rows (the manifest's `pii` blocks use the same numbers).
pub fn family_totals(rows: &[ShardRow]) -> BTreeMap<String, Totals> {
    let mut out: BTreeMap<String, Totals> = BTreeMap::new();
    for r in rows {
        if let Some(p) = &r.pii {
            out.entry(r.family.clone()).or_default().merge(&p.totals);
        }
    }
    out
}

pub fn gate(cx: &super::Context) -> Result<GateResult, crate::corpus::CorpusError> {
    check(cx.policy, cx.release.as_str(), cx.rows, cx.plan)
}

pub fn check(
    policy: &Policy,
    release: &str,
    rows: &[ShardRow],
    plan: &Plan,
) -> Result<GateResult, crate::corpus::CorpusError> {
    let mut failures = Vec::new();
    let mut sources: BTreeMap<(String, String), Totals> = BTreeMap::new();
    let mut candidates: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r.status == crate::state::ShardStatus::Done)
    {
        match &r.pii {
            None => failures.push(format!("{}: shard was not scanned for identifiers", r.key)),
            Some(p) if p.detector != DETECTOR => failures.push(format!(
                "{}: scanned by detector {} (this build runs {DETECTOR})",
                r.key, p.detector
            )),
            Some(p) => {
                sources
                    .entry((r.family.clone(), r.source.clone()))
                    .or_default()
                    .merge(&p.totals);
                candidates
                    .entry(r.family.clone())
                    .or_default()
                    .extend(p.sample.iter().cloned());
                if p.totals.residual > 0 {
                    failures.push(format!(
                        "{}: {} identifier(s) survived redaction (records quarantined as pii_residual)",
                        r.key, p.totals.residual
                    ));
                }
            }
        }
    }
    let families = family_totals(rows);
    let mut extra = Vec::new();
    let mut samples = Vec::new();
    for (family, ids) in &candidates {
        let seed = sample_seed(&policy.privacy.seed, release, family);
        let mut drawn: Vec<(f64, usize)> = plan
            .records
            .iter()
            .enumerate()
            .filter(|(_, p)| &*p.entry.family == family && ids.contains(&p.entry.id))
            .map(|(i, p)| (unit_hash(&seed, &p.entry.id), i))
            .collect();
        let id = |i: usize| plan.records[i].entry.id.as_str();
        drawn.sort_by(|a, b| a.0.total_cmp(&b.0).then(id(a.1).cmp(id(b.1))));
        drawn.truncate(policy.privacy.sample_size);
        let indices: Vec<usize> = drawn.iter().map(|d| d.1).collect();
        let file = format!("pii_sample.{family}.jsonl");
        let mut bytes = Vec::new();
        for r in plan.fetch(&indices)? {
            bytes.extend_from_slice(&render_line(&r));
        }
        samples.push(json!({
            "family": family,
            "file": file,
            "size": drawn.len(),
            "seed": seed,
            "sha256": crate::fingerprint::sha256_hex(&bytes),
            "record_ids": indices.iter().map(|&i| id(i)).collect::<Vec<_>>(),
        }));
        extra.push((file, bytes));
    }
    let total = families.values().fold(Totals::default(), |mut t, f| {
        t.merge(f);
        t
    });
    let report = json!({
        "gate": "privacy",
        "detector": DETECTOR,
        "actions": policy.families.keys().map(|f| (f.clone(), match policy.pii_action(f) {
            PiiAction::Redact => "redact", PiiAction::Quarantine => "quarantine" })).collect::<BTreeMap<_, _>>(),
        "totals": total,
        "families": families,
        "sources": sources.iter().map(|((f, s), t)| json!({"family": f, "source": s, "totals": t})).collect::<Vec<_>>(),
        "sampling": {
            "method": "bottom-k: the redacted records with the smallest sha256(seed, record id) per family, k = sample_size; drawn from the records that survive dedup",
            "sample_size": policy.privacy.sample_size,
            "policy_seed": policy.privacy.seed,
            "samples": samples,
        },
        "failures": failures,
    });
    let summary = format!(
        "{} record(s) with identifiers: {} redacted, {} quarantined, residual {}",
        total.records_with_findings, total.redacted, total.quarantined, total.residual
    );
    let mut g = GateResult::new(super::GateName::Privacy, failures, summary, report);
    g.extra = extra;
    g.counts = [
        ("redacted".to_string(), total.redacted),
        ("quarantined".to_string(), total.quarantined),
        ("residual".to_string(), total.residual),
    ]
    .into();
    Ok(g)
}
