//! Provenance gate: every source has a complete sidecar with an allowed licence, every listed
//! shard hash matches, every shard was readable, and nothing in staging was rejected or late.

use super::GateResult;
use crate::keys::KeyRejection;
use crate::policy::Policy;
use crate::provenance::Provenance;
use crate::state::ShardRow;
use serde_json::json;
use std::collections::BTreeMap;

/// What the gate knows about one `<family>/<source>`.
#[derive(Debug, Clone)]
pub struct SourceInput {
    pub provenance_key: String,
    /// `None`: no sidecar; `Some(Err)`: unreadable sidecar (the parse error, no content).
    pub sidecar: Option<Result<Provenance, String>>,
    pub shards: Vec<ShardRow>,
    /// Files the sidecar lists that were never staged.
    pub listed_but_missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceVerdict {
    pub ok: bool,
    pub license: Option<String>,
    pub noncommercial: bool,
    pub problems: Vec<String>,
}

pub fn evaluate(policy: &Policy, src: &SourceInput) -> SourceVerdict {
    let mut problems = Vec::new();
    let mut license = None;
    let mut noncommercial = false;
    match &src.sidecar {
        None => problems.push("provenance.json is missing".to_string()),
        Some(Err(e)) => problems.push(format!("provenance.json is unreadable: {e}")),
        Some(Ok(p)) => {
            for f in &policy.provenance.required_fields {
                if p.field(f).is_none() {
                    problems.push(format!("provenance.json lacks `{f}`"));
                }
            }
            if let Some(l) = p.license() {
                license = Some(l.to_string());
                if !policy.license_ok(l) {
                    problems.push(format!("licence `{l}` is not allowed by the policy"));
                }
                noncommercial = policy.is_noncommercial(l);
            }
            if let Err(e) = crate::read::RoleMap::with_extensions(
                p.role_map.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            ) {
                problems.push(e.to_string());
            }
        }
    }
    for f in &src.listed_but_missing {
        problems.push(format!(
            "shard `{f}` is listed in provenance.json but was not staged"
        ));
    }
    for s in &src.shards {
        if let Some(err) = &s.error {
            problems.push(format!("shard {} failed: {err}", s.key));
        }
    }
    SourceVerdict {
        ok: problems.is_empty(),
        license,
        noncommercial,
        problems,
    }
}

pub fn check(
    policy: &Policy,
    sources: &BTreeMap<(String, String), SourceInput>,
    rejected: &[KeyRejection],
    late: &[String],
) -> (GateResult, BTreeMap<(String, String), SourceVerdict>) {
    let mut failures = Vec::new();
    let mut verdicts = BTreeMap::new();
    let mut report_sources = Vec::new();
    for ((family, source), input) in sources {
        let v = evaluate(policy, input);
        for p in &v.problems {
            failures.push(format!("source {family}/{source}: {p}"));
        }
        report_sources.push(json!({
            "family": family,
            "source": source,
            "provenance_key": input.provenance_key,
            "status": if v.ok { "pass" } else { "fail" },
            "license": v.license,
            "noncommercial": v.noncommercial,
            "problems": v.problems,
            "shards": input.shards.iter().map(|s| json!({"key": s.key, "sha256": s.sha256, "status": s.status})).collect::<Vec<_>>(),
        }));
        verdicts.insert((family.clone(), source.clone()), v);
    }
    for r in rejected {
        failures.push(format!("staged key rejected: {} ({})", r.detail, r.code));
    }
    for k in late {
        failures.push(format!("shard staged after the seal: {k}"));
    }
    let report = json!({
        "gate": "provenance",
        "sources": report_sources,
        "rejected_keys": rejected,
        "late_shards": late,
    });
    let n = sources.len();
    (
        GateResult::new(
            "provenance",
            failures,
            format!("{n} sources with complete provenance"),
            report,
        ),
        verdicts,
    )
}
