//! The GATING step: release-wide gates, their reports and rows, then the review packets.

use super::StageError;
use super::gated::{self, GateOut};
use super::gather::{Gathered, gather};
use crate::gates::{self, GateResult};
use crate::keys;
use crate::policy::Policy;
use crate::review;
use crate::state::machine::{Outcome, RequiredSignoff};
use crate::state::{self, GateRow, GateStatus, Meta, ProvenanceStatus, SourceRow, StateStore};
use crate::store::BlobStore;

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
    let cx = gates::Context {
        policy,
        release: &meta.release,
        plan: &g.plan,
        rows: &i.rows,
        sources: &i.sources,
        rejected: &meta.rejected,
        late: &i.late,
        changed: &i.changed,
    };
    let results = gates::judge(&cx)?;
    let source_rows = gates::provenance::verdicts(policy, &i.sources)
        .into_iter()
        .map(|((family, source), v)| SourceRow {
            family,
            source,
            provenance: if v.ok {
                ProvenanceStatus::Ok
            } else {
                ProvenanceStatus::Fail
            },
            license: v.license,
            problems: v.problems,
            records_in: v.records_in,
            records_out: v.records_out,
            quarantined: v.quarantined,
        })
        .collect();
    Ok((results, source_rows))
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
    // Read once: the distribution report's comparison and the hand-off's digest name the same.
    let previous = super::history::previous_manifest(blob, &meta.release).await?;
    super::history::attach(blob, previous.as_ref(), &mut results).await?;
    let mut failures = Vec::new();
    let mut outs = Vec::with_capacity(results.len());
    for r in &results {
        let out = GateOut::of(r);
        for (name, bytes) in &out.files {
            blob.put(&keys::work_report_key(&meta.release, name), bytes.clone())
                .await?;
        }
        let row = GateRow {
            name: r.name.as_str().into(),
            status: if r.pass {
                GateStatus::Pass
            } else {
                GateStatus::Fail
            },
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
    // What assembly needs to ship this very plan without judging it again. Only a speed-up:
    // without it (or with a stale one, whose digest differs) assembly recomputes.
    let digest = gated::digest(policy, meta, &g.inputs, previous.as_ref());
    if let Err(e) = hand_off(blob, &meta.release, &digest, &g.plan, &outs).await {
        tracing::warn!(release = %meta.release, error = %e, "no hand-off; assembly will recompute");
    }
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

/// Streams the hand-off to a local file and uploads it.
async fn hand_off<B: BlobStore>(
    blob: &B,
    release: &crate::model::ReleaseId,
    digest: &str,
    plan: &crate::plan::Plan,
    outs: &[GateOut],
) -> Result<(), StageError> {
    let key = keys::gated_key(release);
    let io = |source| {
        StageError::Store(crate::store::StoreError::Io {
            op: "write hand-off",
            key: key.clone(),
            source,
        })
    };
    let mut file = tempfile::NamedTempFile::new().map_err(io)?;
    {
        let mut w = std::io::BufWriter::new(file.as_file_mut());
        gated::write(digest, plan, outs, &mut w).map_err(|e| io(e.into()))?;
        std::io::Write::flush(&mut w).map_err(io)?;
    }
    blob.put_file(&key, file.path()).await?;
    Ok(())
}

pub fn pretty(v: &serde_json::Value) -> Vec<u8> {
    let mut b = serde_json::to_vec_pretty(v).expect("json");
    b.push(b'\n');
    b
}
