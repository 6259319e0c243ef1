//! Routing/curriculum config and its gate: it names exactly the included families.

use super::GateResult;
use crate::policy::Policy;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// `routing.json`: per included family its route, curriculum stage, sampling weight
/// (renormalised over the included families) and export files per split.
pub fn build(policy: &Policy, files: &BTreeMap<String, BTreeMap<String, Vec<String>>>) -> Value {
    let total: f64 = files
        .keys()
        .filter_map(|f| policy.families.get(f))
        .map(|f| f.weight)
        .sum();
    let mut fams: Vec<(&String, &crate::policy::Family)> = files
        .keys()
        .filter_map(|f| policy.families.get(f).map(|p| (f, p)))
        .collect();
    fams.sort_by(|a, b| (a.1.stage, a.0).cmp(&(b.1.stage, b.0)));
    let families: Vec<Value> = fams
        .iter()
        .map(|(name, f)| {
            json!({
                "family": name,
                "route": f.route,
                "stage": f.stage,
                "weight": if total > 0.0 { (f.weight / total * 1e6).round() / 1e6 } else { 0.0 },
                "files": files[*name],
            })
        })
        .collect();
    json!({
        "schema": "mhd-release/routing/v1",
        "policy": policy.name,
        "curriculum": fams.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        "families": families,
    })
}

/// Routing as assembly will write it (over the export's layout) names every included family.
pub fn gate(cx: &super::Context) -> Result<GateResult, crate::corpus::CorpusError> {
    let layout = crate::release::export::layout(cx.policy, cx.release, cx.plan);
    let doc = build(cx.policy, &crate::release::export::keys_by_family(&layout));
    Ok(check(&doc, &cx.plan.families()))
}

pub fn check(routing: &Value, included: &[String]) -> GateResult {
    let mut named: Vec<String> = routing["families"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["family"].as_str().map(str::to_string))
        .collect();
    named.sort();
    let mut want = included.to_vec();
    want.sort();
    let mut failures = Vec::new();
    for w in named.windows(2).filter(|w| w[0] == w[1]) {
        failures.push(format!("routing names family {} twice", w[0]));
    }
    named.dedup();
    for f in want.iter().filter(|f| !named.contains(f)) {
        failures.push(format!("routing omits included family {f}"));
    }
    for f in named.iter().filter(|f| !want.contains(f)) {
        failures.push(format!("routing names family {f} that is not included"));
    }
    for f in routing["families"].as_array().into_iter().flatten() {
        let has_files = f["files"].as_object().is_some_and(|m| {
            m.values()
                .any(|v| v.as_array().is_some_and(|a| !a.is_empty()))
        });
        if !has_files {
            failures.push(format!(
                "routing family {} has no export files",
                f["family"].as_str().unwrap_or("?")
            ));
        }
    }
    let report = json!({"gate": "routing", "included": want, "named": named});
    GateResult::new(
        super::GateName::Routing,
        failures,
        format!("routing names the {} included families", want.len()),
        report,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(fams: &[&str]) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
        fams.iter()
            .map(|f| {
                (
                    f.to_string(),
                    BTreeMap::from([(
                        "train".to_string(),
                        vec![format!("releases/v/export/train/{f}-00000-of-00001.jsonl")],
                    )]),
                )
            })
            .collect()
    }

    #[test]
    fn routing_names_exactly_the_included_families() {
        let p = Policy::release_0();
        let doc = build(&p, &files(&["foundation", "edge_cases"]));
        assert_eq!(
            doc["curriculum"],
            serde_json::json!(["foundation", "edge_cases"])
        );
        let w: f64 = doc["families"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["weight"].as_f64().unwrap())
            .sum();
        assert!((w - 1.0).abs() < 1e-6);
        assert!(check(&doc, &["edge_cases".into(), "foundation".into()]).pass);
        let mut twice = doc.clone();
        let first = twice["families"][0].clone();
        twice["families"].as_array_mut().unwrap().push(first);
        let g = check(&twice, &["edge_cases".into(), "foundation".into()]);
        assert_eq!(g.failures, vec!["routing names family foundation twice"]);
        let g = check(&doc, &["foundation".into(), "voice_persona".into()]);
        assert_eq!(
            g.failures,
            vec![
                "routing omits included family voice_persona",
                "routing names family edge_cases that is not included"
            ]
        );
        let mut empty = files(&["foundation"]);
        empty
            .get_mut("foundation")
            .unwrap()
            .insert("train".into(), vec![]);
        assert!(!check(&build(&p, &empty), &["foundation".into()]).pass);
    }
}
