//! The GATING step: release-wide gates, their reports and rows, then the review packets.

use super::StageError;
use super::gated::{self, GateOut, Handoff};
use super::gather::{Gathered, gather};
use crate::gates::{self, GateResult, coverage::FamilyEvidence};
use crate::keys;
use crate::policy::Policy;
use crate::release::export;
use crate::review;
use crate::state::machine::{Outcome, RequiredSignoff};
use crate::state::{self, GateRow, Meta, SourceRow, StateStore};
use crate::store::BlobStore;
use serde_json::json;
use std::collections::BTreeMap;

/// Gate outcomes are capped in the META row; the reports hold every reason.
pub(super) const MAX_REASONS: usize = 20;

pub fn evaluate(policy: &Policy, meta: &Meta, g: &Gathered) -> Result<Vec<GateResult>, StageError> {
    Ok(evaluate_with_sources(policy, meta, g)?.0)
}

/// The gates, and each source's provenance verdict (for the `SOURCE#` rows ops read).
pub fn evaluate_with_sources(
    policy: &Policy,
    meta: &Meta,
    g: &Gathered,
) -> Result<(Vec<GateResult>, Vec<SourceRow>), StageError> {
    let i = &g.inputs;
    let (prov, verdicts) =
        gates::provenance::check(policy, &i.sources, &meta.rejected, &i.late, &i.changed);
    let source_rows = verdicts
        .iter()
        .map(|((family, source), v)| SourceRow {
            family: family.clone(),
            source: source.clone(),
            provenance: if v.ok { "ok" } else { "fail" }.into(),
            license: v.license.clone(),
            problems: v.problems.clone(),
            records_in: v.records_in,
            records_out: v.records_out,
            quarantined: v.quarantined,
        })
        .collect();
    let mut evidence: BTreeMap<String, FamilyEvidence> = BTreeMap::new();
    for ((family, _), input) in &i.sources {
        let e = evidence.entry(family.clone()).or_default();
        e.staging_keys.push(input.provenance_key.clone());
        e.staging_keys
            .extend(input.shards.iter().map(|s| s.key.clone()));
    }
    for (id, v) in &verdicts {
        let e = evidence.entry(id.0.clone()).or_default();
        if v.ok {
            e.sources_ok += 1
        } else {
            e.sources_failed += 1
        }
    }
    for (family, counts) in g.plan.counts() {
        evidence.entry(family).or_default().records = counts.values().sum();
    }
    let coverage = gates::coverage::check(policy, &evidence);
    let dedup = gates::dedup::check(policy, &g.plan);
    let layout = export::layout(policy, &meta.release, &g.plan);
    let by_family = export::keys_by_family(&layout);
    let mut coverage = coverage;
    for f in coverage.report["families"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        // Evidence on the release side: the export keys the family ships under.
        let keys: Vec<&String> = f["family"]
            .as_str()
            .and_then(|n| by_family.get(n))
            .into_iter()
            .flat_map(|s| s.values().flatten())
            .collect();
        f["release_keys"] = json!(keys);
    }
    if !g.plan.excluded_families.is_empty() {
        // Present in the drop, absent from the policy: left out, and said so wherever ops look.
        let listed: Vec<String> = g
            .plan
            .excluded_families
            .iter()
            .map(|(f, n)| format!("{f} ({n} records)"))
            .collect();
        coverage.report["not_in_policy"] = json!(g.plan.excluded_families);
        coverage.summary = format!(
            "{}; left out, not in the policy: {}",
            coverage.summary,
            listed.join(", ")
        );
        coverage.counts.insert(
            "records_not_in_policy".into(),
            g.plan.excluded_families.values().sum(),
        );
    }
    coverage.extra = vec![(
        "coverage.md".into(),
        gates::coverage::markdown(&coverage.report).into_bytes(),
    )];
    let routing_doc = gates::routing::build(policy, &by_family);
    let routing = gates::routing::check(&routing_doc, &g.plan.families());
    let distribution = gates::distribution::check(policy, &g.plan)?;
    let privacy = gates::privacy::check(policy, meta.release.as_str(), &i.rows, &g.plan)?;
    let leakage = gates::leakage::check(policy, &g.plan)?;
    let mut results = vec![
        prov,
        privacy,
        coverage,
        dedup,
        leakage,
        routing,
        distribution,
    ];
    results.push(required_gates(policy, &results));
    Ok((results, source_rows))
}

/// Fails closed when a gate the policy requires did not run in this build.
fn required_gates(policy: &Policy, ran: &[GateResult]) -> GateResult {
    let missing: Vec<String> = policy
        .gates
        .required
        .iter()
        .filter(|g| !ran.iter().any(|r| r.name == g.as_str()))
        .map(|g| format!("required gate `{g}` did not run"))
        .collect();
    GateResult::new(
        "required_gates",
        missing,
        format!("all {} required gates ran", policy.gates.required.len()),
        json!({"gate": "required_gates", "required": policy.gates.required, "ran": ran.iter().map(|r| r.name).collect::<Vec<_>>()}),
    )
}

pub async fn run<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    meta: &Meta,
) -> Result<Outcome, StageError> {
    let g = gather(blob, st, policy, meta).await?;
    let (mut results, sources) = evaluate_with_sources(policy, meta, &g)?;
    for row in &sources {
        state::put_source(st, &meta.release, row).await?;
    }
    super::history::attach(blob, &meta.release, &mut results).await?;
    let mut failures = Vec::new();
    let mut outs = Vec::with_capacity(results.len());
    for r in &results {
        let out = GateOut::of(r);
        for (name, bytes) in &out.files {
            blob.put(&keys::work_report_key(&meta.release, name), bytes.clone())
                .await?;
        }
        let row = GateRow {
            name: r.name.into(),
            status: if r.pass { "pass" } else { "fail" }.into(),
            summary: r.summary.clone(),
            report_key: keys::work_report_key(&meta.release, &out.files[0].0),
            counts: r.counts.clone(),
        };
        state::put_gate(st, &meta.release, &row).await?;
        failures.extend(r.failures.iter().map(|f| format!("{}: {f}", r.name)));
        outs.push(out);
    }
    if !failures.is_empty() {
        let extra = failures.len().saturating_sub(MAX_REASONS);
        failures.truncate(MAX_REASONS);
        if extra > 0 {
            failures.push(format!(
                "… and {extra} more in work/{}/reports/",
                meta.release
            ));
        }
        return Ok(Outcome::GatesFailed(failures));
    }
    // What assembly needs to ship this very plan without judging it again.
    let previous = super::history::previous_manifest(blob, &meta.release).await?;
    let digest = gated::digest(policy, meta, &g.inputs, previous.as_ref());
    let handoff = Handoff::of(digest, &g.plan, &outs);
    blob.put(
        &keys::gated_key(&meta.release),
        serde_json::to_vec(&handoff).expect("json"),
    )
    .await?;
    let mut signoffs = Vec::new();
    let families = g.plan.families();
    for (kind, family) in policy.required_signoffs(families.iter().map(String::as_str)) {
        let key = keys::review_packet_key(&meta.release, &kind, &family);
        let bytes = review::draw_packet(&g.plan, policy, &meta.release, &kind, &family)?;
        let packet = review::packet_ref(key.clone(), &bytes);
        blob.put(&key, bytes).await?;
        let guide = review::guide(
            &meta.release,
            &kind,
            &family,
            &policy.review.kinds[&kind],
            &key,
            &packet.sha256,
            packet.size,
        );
        blob.put(
            &keys::review_guide_key(&meta.release, &kind, &family),
            guide.into_bytes(),
        )
        .await?;
        signoffs.push(RequiredSignoff {
            kind,
            family,
            packet,
        });
    }
    Ok(Outcome::GatesPassed { signoffs })
}

pub fn pretty(v: &serde_json::Value) -> Vec<u8> {
    let mut b = serde_json::to_vec_pretty(v).expect("json");
    b.push(b'\n');
    b
}
