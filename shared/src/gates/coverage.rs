//! Coverage gate: each required family is present (records shipped, every source passing),
//! partial (some records, some failing source) or missing — with the keys used as evidence.

use super::GateResult;
use crate::policy::Policy;
use serde_json::json;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct FamilyEvidence {
    pub staging_keys: Vec<String>,
    pub sources_ok: usize,
    pub sources_failed: usize,
    pub records: u64,
}

pub fn status(e: Option<&FamilyEvidence>) -> &'static str {
    match e {
        Some(e) if e.records > 0 && e.sources_failed == 0 => "present",
        Some(e) if e.records > 0 || e.sources_ok > 0 || e.sources_failed > 0 => "partial",
        _ => "missing",
    }
}

/// Coverage over the release: each family's evidence on the staging side (its provenance and
/// shard keys, its sources' verdicts, its records) and on the release side (the export keys it
/// ships under), and the families present in the drop but absent from the policy — left out,
/// and said so wherever ops look.
pub fn gate(cx: &super::Context) -> Result<GateResult, crate::corpus::CorpusError> {
    let mut evidence: BTreeMap<String, FamilyEvidence> = BTreeMap::new();
    for ((family, _), input) in cx.sources {
        let e = evidence.entry(family.clone()).or_default();
        e.staging_keys.push(input.provenance_key.clone());
        e.staging_keys
            .extend(input.shards.iter().map(|s| s.key.clone()));
    }
    for (id, v) in super::provenance::verdicts(cx.policy, cx.sources) {
        let e = evidence.entry(id.0).or_default();
        if v.ok {
            e.sources_ok += 1
        } else {
            e.sources_failed += 1
        }
    }
    for (family, counts) in cx.plan.counts() {
        evidence.entry(family).or_default().records = counts.values().sum();
    }
    let mut coverage = check(cx.policy, &evidence);
    let layout = crate::release::export::layout(cx.policy, cx.release, cx.plan);
    let by_family = crate::release::export::keys_by_family(&layout);
    for f in coverage.report["families"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        let keys: Vec<&String> = f["family"]
            .as_str()
            .and_then(|n| by_family.get(n))
            .into_iter()
            .flat_map(|s| s.values().flatten())
            .collect();
        f["release_keys"] = json!(keys);
    }
    let excluded = &cx.plan.excluded_families;
    if !excluded.is_empty() {
        let listed: Vec<String> = excluded
            .iter()
            .map(|(f, n)| format!("{f} ({n} records)"))
            .collect();
        coverage.report["not_in_policy"] = json!(excluded);
        coverage.summary = format!(
            "{}; left out, not in the policy: {}",
            coverage.summary,
            listed.join(", ")
        );
        coverage
            .counts
            .insert("records_not_in_policy".into(), excluded.values().sum());
    }
    coverage.extra = vec![(
        "coverage.md".into(),
        markdown(&coverage.report).into_bytes(),
    )];
    Ok(coverage)
}

pub fn check(policy: &Policy, evidence: &BTreeMap<String, FamilyEvidence>) -> GateResult {
    let mut failures = Vec::new();
    let mut families = Vec::new();
    for (name, fam) in &policy.families {
        let e = evidence.get(name);
        let st = status(e);
        if fam.required && st != "present" {
            failures.push(format!("required family {name} is {st}"));
        }
        families.push(json!({
            "family": name,
            "required": fam.required,
            "coverage": st,
            "records": e.map(|e| e.records).unwrap_or(0),
            "staging_keys": e.map(|e| e.staging_keys.clone()).unwrap_or_default(),
        }));
    }
    let unlisted: Vec<&String> = evidence
        .keys()
        .filter(|f| !policy.families.contains_key(*f))
        .collect();
    let report = json!({"gate": "coverage", "families": families, "unlisted_families": unlisted});
    let required = policy.families.values().filter(|f| f.required).count();
    let md = markdown(&report);
    let mut g = GateResult::new(
        super::GateName::Coverage,
        failures,
        format!("{required} required families present"),
        report,
    );
    g.extra.push(("coverage.md".into(), md.into_bytes()));
    g
}

/// The human-readable table next to `coverage.json`.
pub fn markdown(report: &serde_json::Value) -> String {
    let mut s = String::from(
        "# Coverage\n\n| family | required | coverage | records | evidence |\n|---|---|---|---|---|\n",
    );
    for f in report["families"].as_array().into_iter().flatten() {
        let keys: Vec<String> = ["staging_keys", "release_keys"]
            .iter()
            .flat_map(|k| f[*k].as_array().cloned().unwrap_or_default())
            .filter_map(|k| k.as_str().map(|k| format!("`{k}`")))
            .collect();
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            f["family"].as_str().unwrap_or(""),
            f["required"],
            f["coverage"].as_str().unwrap_or(""),
            f["records"],
            keys.join("<br>")
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(status(None), "missing");
        let present = FamilyEvidence {
            records: 3,
            sources_ok: 1,
            ..Default::default()
        };
        assert_eq!(status(Some(&present)), "present");
        let partial = FamilyEvidence {
            records: 3,
            sources_ok: 1,
            sources_failed: 1,
            ..Default::default()
        };
        assert_eq!(status(Some(&partial)), "partial");
        let p = Policy::release_0();
        let mut ev = BTreeMap::new();
        ev.insert("foundation".to_string(), present.clone());
        ev.insert("edge_cases".to_string(), present.clone());
        let g = check(&p, &ev);
        assert!(!g.pass);
        assert_eq!(g.summary, "required family voice_persona is missing");
        ev.insert("voice_persona".to_string(), present);
        assert!(check(&p, &ev).pass);
    }
}
