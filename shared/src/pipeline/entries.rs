//! What the manifest and the release documents say about each family and source: counts,
//! licences, coverage, privacy status, quarantine reasons and the public provenance fields.

use super::gather::Inputs;
use crate::plan::Plan;
use crate::policy::Policy;
use crate::release::facts;
use crate::release::manifest::{FamilyEntry, PiiEntry, SourceEntry};
use std::collections::BTreeMap;

/// Every shipping family's manifest entry, and whether every source's licence allows
/// commercial use.
pub fn families(
    policy: &Policy,
    plan: &Plan,
    g: &Inputs,
    coverage: &serde_json::Value,
) -> (Vec<FamilyEntry>, bool) {
    let counts = plan.counts();
    let coverage_of = |f: &str| -> String {
        coverage["families"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|x| x["family"] == f)
            .and_then(|x| x["coverage"].as_str())
            .unwrap_or("missing")
            .to_string()
    };
    let pii = crate::gates::privacy::family_totals(&g.rows);
    let mut commercial = true;
    let mut families = Vec::new();
    for name in plan.families() {
        let mut sources = Vec::new();
        for ((fam, src), input) in &g.sources {
            if fam != &name {
                continue;
            }
            let license = match &input.sidecar {
                Some(Ok(p)) => p.license().map(str::to_string),
                _ => None,
            };
            if license
                .as_deref()
                .is_none_or(|l| policy.is_noncommercial(l))
            {
                commercial = false;
            }
            let records_out = plan
                .records
                .iter()
                .filter(|p| &*p.entry.source == src && *p.entry.family == name)
                .count() as u64;
            sources.push(SourceEntry {
                name: src.clone(),
                license,
                provenance_key: input.provenance_key.clone(),
                records_in: input.shards.iter().map(|s| s.records_in).sum(),
                records_out,
                quarantined: input
                    .shards
                    .iter()
                    .map(|s| s.quarantined.values().sum::<u64>())
                    .sum(),
            });
        }
        families.push(FamilyEntry {
            required: policy.families.get(&name).is_some_and(|f| f.required),
            coverage: coverage_of(&name),
            records: counts[&name]
                .iter()
                .map(|(s, n)| (s.as_str().to_string(), *n))
                .collect(),
            sources,
            pii: {
                let t = pii.get(&name).cloned().unwrap_or_default();
                let status = if t.records_with_findings == 0 {
                    "clean"
                } else if policy.pii_action(&name) == crate::policy::PiiAction::Quarantine {
                    "quarantined"
                } else {
                    "redacted"
                };
                PiiEntry {
                    status: status.into(),
                    found: t.found,
                    redacted: t.redacted,
                    quarantined: t.quarantined,
                    residual: t.residual,
                }
            },
            name,
        });
    }
    (families, commercial)
}

/// Quarantine reasons and counts per source, for sources that quarantined anything.
pub fn quarantined(g: &Inputs) -> BTreeMap<(String, String), BTreeMap<String, u64>> {
    g.sources
        .iter()
        .filter_map(|(id, input)| {
            let mut reasons: BTreeMap<String, u64> = BTreeMap::new();
            for s in &input.shards {
                for (r, n) in &s.quarantined {
                    *reasons.entry(r.clone()).or_default() += n;
                }
            }
            (!reasons.is_empty()).then(|| (id.clone(), reasons))
        })
        .collect()
}

/// The provenance fields a release may publish, per source with a readable sidecar.
pub fn public_provenance(g: &Inputs) -> BTreeMap<(String, String), BTreeMap<String, String>> {
    g.sources
        .iter()
        .filter_map(|(id, input)| match &input.sidecar {
            Some(Ok(p)) => Some((
                id.clone(),
                p.fields
                    .iter()
                    .filter(|(k, _)| facts::PUBLIC_PROVENANCE.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}
