//! Provenance gate: every source has a complete sidecar with an allowed licence, every listed
//! shard hash matches, every shard was readable, and nothing in staging was rejected or late.

use super::GateResult;
use crate::keys::{self, KeyRejection};
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
    pub records_in: u64,
    pub records_out: u64,
    pub quarantined: u64,
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
    let records_in: u64 = src.shards.iter().map(|s| s.records_in).sum();
    let quarantined: u64 = src
        .shards
        .iter()
        .map(|s| s.quarantined.values().sum::<u64>())
        .sum();
    let records_out: u64 = src.shards.iter().map(|s| s.records_out).sum();
    let max = policy.provenance.max_quarantined_share;
    if records_in > 0 && quarantined as f64 > max * records_in as f64 {
        problems.push(format!(
            "{quarantined} of {records_in} records quarantined, over [provenance] \
             max_quarantined_share {max} (see the shard reports under work/)"
        ));
    }
    SourceVerdict {
        ok: problems.is_empty(),
        records_in,
        records_out,
        quarantined,
        license,
        noncommercial,
        problems,
    }
}

/// Each source's verdict (for the `SOURCE#` rows ops read, and the coverage gate).
pub fn verdicts(
    policy: &Policy,
    sources: &BTreeMap<(String, String), SourceInput>,
) -> BTreeMap<(String, String), SourceVerdict> {
    sources
        .iter()
        .map(|(id, input)| (id.clone(), evaluate(policy, input)))
        .collect()
}

pub fn gate(cx: &super::Context) -> Result<GateResult, crate::corpus::CorpusError> {
    Ok(check(
        cx.policy,
        cx.sources,
        cx.rejected,
        cx.late,
        cx.changed,
    ))
}

pub fn check(
    policy: &Policy,
    sources: &BTreeMap<(String, String), SourceInput>,
    rejected: &[KeyRejection],
    late: &[String],
    changed: &[String],
) -> GateResult {
    let mut failures = Vec::new();
    let verdicts = verdicts(policy, sources);
    let mut report_sources = Vec::new();
    for ((family, source), input) in sources {
        let v = &verdicts[&(family.clone(), source.clone())];
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
    }
    for r in rejected {
        failures.push(format!("staged key rejected: {} ({})", r.detail, r.code));
    }
    for k in late {
        failures.push(format!("shard staged after the seal: {k}"));
    }
    for k in changed {
        failures.push(format!(
            "{k} changed after it was read (re-open the release to read it again)"
        ));
    }
    // (a source's sidecar says how its shards are read: one replaced after they were read is
    // listed apart from the shards that changed)
    let (sidecars, shards): (Vec<&String>, Vec<&String>) = changed
        .iter()
        .partition(|k| k.ends_with(&format!("/{}", keys::PROVENANCE_FILE)));
    let report = json!({
        "gate": "provenance",
        "sources": report_sources,
        "rejected_keys": rejected,
        "late_shards": late,
        "changed_shards": shards,
        "changed_sidecars": sidecars,
    });
    let n = sources.len();
    GateResult::new(
        super::GateName::Provenance,
        failures,
        format!("{n} sources with complete provenance"),
        report,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::ShardStatus;

    const GOOD: &str = r#"{"source_name":"a","license":"CC-BY-4.0","data_owner":"o","collection_method":"m",
        "consent_basis":"c","acquired_date":"2026-11-20","upstream_url":"https://example.org"}"#;

    fn row(key: &str, error: Option<&str>) -> ShardRow {
        ShardRow {
            key: key.into(),
            status: if error.is_some() {
                ShardStatus::Failed
            } else {
                ShardStatus::Done
            },
            family: "foundation".into(),
            source: "a".into(),
            sha256: String::new(),
            bytes: 0,
            records_in: 1,
            records_out: 1,
            quarantined: Default::default(),
            blank_lines: 0,
            error: error.map(str::to_string),
            report_key: String::new(),
            generation: 0,
            pii: None,
            version: None,
            sidecar: Default::default(),
            read: String::new(),
        }
    }

    fn input(sidecar: Option<Result<Provenance, String>>, shards: Vec<ShardRow>) -> SourceInput {
        SourceInput {
            provenance_key: "staging/v/f/a/provenance.json".into(),
            sidecar,
            shards,
            listed_but_missing: vec![],
        }
    }

    fn run(i: SourceInput, rejected: &[KeyRejection], late: &[String]) -> GateResult {
        let mut m = BTreeMap::new();
        m.insert(("foundation".to_string(), "a".to_string()), i);
        check(&Policy::release_0(), &m, rejected, late, &[])
    }

    #[test]
    fn passes_with_a_complete_sidecar() {
        let g = run(
            input(
                Some(Ok(Provenance::parse(GOOD.as_bytes()).unwrap())),
                vec![row("k", None)],
            ),
            &[],
            &[],
        );
        assert!(g.pass, "{:?}", g.failures);
    }

    #[test]
    fn each_failure_mode_is_named() {
        let p = Policy::release_0();
        let with = |json: &str| Some(Ok(Provenance::parse(json.as_bytes()).unwrap()));
        let cases: Vec<(SourceInput, &str)> = vec![
            (input(None, vec![]), "provenance.json is missing"),
            (
                input(Some(Err("not JSON".into())), vec![]),
                "provenance.json is unreadable",
            ),
            (
                input(with(&GOOD.replace(r#""data_owner":"o","#, "")), vec![]),
                "lacks `data_owner`",
            ),
            (
                input(with(&GOOD.replace("CC-BY-4.0", "Proprietary")), vec![]),
                "licence `Proprietary` is not allowed",
            ),
            (
                input(with(GOOD), vec![row("k", Some("sha256_mismatch"))]),
                "shard k failed: sha256_mismatch",
            ),
            (
                SourceInput {
                    listed_but_missing: vec!["b.jsonl".into()],
                    ..input(with(GOOD), vec![])
                },
                "`b.jsonl` is listed in provenance.json but was not staged",
            ),
            (
                // a shard of junk: every record quarantined
                input(
                    with(GOOD),
                    vec![ShardRow {
                        records_in: 40,
                        records_out: 0,
                        quarantined: [("invalid_json".to_string(), 40)].into(),
                        ..row("k", None)
                    }],
                ),
                "40 of 40 records quarantined, over [provenance] max_quarantined_share 0.5",
            ),
        ];
        for (i, needle) in cases {
            let v = evaluate(&p, &i);
            assert!(
                !v.ok && v.problems.iter().any(|x| x.contains(needle)),
                "{needle}: {:?}",
                v.problems
            );
        }
        let nc = evaluate(
            &p,
            &input(with(&GOOD.replace("CC-BY-4.0", "CC-BY-NC-4.0")), vec![]),
        );
        assert!(nc.ok && nc.noncommercial);
        let rej = KeyRejection {
            code: "unsupported_format".into(),
            detail: "staging/v/f/a/x.parquet: …".into(),
            release: None,
        };
        let g = run(
            input(with(GOOD), vec![]),
            &[rej],
            &["staging/v/f/a/late.jsonl".into()],
        );
        assert_eq!(g.failures.len(), 2, "{:?}", g.failures);
        // what changed after it was read: a shard and a sidecar, each named in its own list
        let mut m = BTreeMap::new();
        m.insert(
            ("foundation".to_string(), "a".to_string()),
            input(with(GOOD), vec![]),
        );
        let changed = [
            "staging/v/foundation/a/part.jsonl".to_string(),
            "staging/v/foundation/a/provenance.json".to_string(),
        ];
        let g = check(&Policy::release_0(), &m, &[], &[], &changed);
        assert_eq!(g.failures.len(), 2, "{:?}", g.failures);
        assert_eq!(
            (&g.report["changed_shards"], &g.report["changed_sidecars"]),
            (
                &serde_json::json!(["staging/v/foundation/a/part.jsonl"]),
                &serde_json::json!(["staging/v/foundation/a/provenance.json"])
            )
        );
        // half quarantined is still a source (the share must be exceeded)
        let half = ShardRow {
            records_in: 40,
            quarantined: [("invalid_json".to_string(), 20)].into(),
            ..row("k", None)
        };
        assert!(evaluate(&p, &input(with(GOOD), vec![half])).ok);
    }
}
