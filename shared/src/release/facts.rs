//! What the human-facing documents (notes, card, Croissant) say beyond the manifest: pipeline
//! facts gathered once at assembly, so the three documents cannot disagree. Counts, names and
//! provenance metadata only — never record content.

use super::manifest::Manifest;
use crate::review::Signoff;
use std::collections::BTreeMap;

/// Provenance fields that describe a source publicly (the sidecar may hold more).
pub const PUBLIC_PROVENANCE: &[&str] = &[
    "source_name",
    "license",
    "data_owner",
    "collection_method",
    "consent_basis",
    "acquired_date",
    "upstream_url",
    "language",
    "citation",
];

pub struct Facts<'a> {
    /// The export records' `meta` keys and types.
    pub meta: super::export::MetaSchema,
    /// Each gate's one-line summary (counts), by gate name.
    pub gate_summaries: BTreeMap<String, String>,
    pub exact_dups: usize,
    pub near_dups: usize,
    pub near_threshold: f64,
    pub removed_by_review: usize,
    /// Families present in the drop that the policy does not list: records, never shipped.
    pub excluded_families: BTreeMap<String, u64>,
    /// Records kept out at normalization, by (family, source) and reason code.
    pub quarantined: BTreeMap<(String, String), BTreeMap<String, u64>>,
    /// The public provenance fields of each shipped (family, source).
    pub provenance: BTreeMap<(String, String), BTreeMap<String, String>>,
    pub signoffs: &'a [Signoff],
    /// The previous published release's manifest, for "changes since".
    pub previous: Option<&'a Manifest>,
    pub detector: &'static str,
    pub training: &'a crate::policy::Training,
}

impl Facts<'_> {
    /// Languages the sources declare (`language` in provenance.json, comma-separated ISO 639-1),
    /// or `en` when none does, with whether it was declared.
    pub fn languages(&self) -> (Vec<String>, bool) {
        let mut out: Vec<String> = self
            .provenance
            .values()
            .filter_map(|p| p.get("language"))
            .flat_map(|l| l.split(',').map(|x| x.trim().to_ascii_lowercase()))
            .filter(|l| !l.is_empty())
            .collect();
        out.sort();
        out.dedup();
        if out.is_empty() {
            (vec!["en".into()], false)
        } else {
            (out, true)
        }
    }

    /// Total records kept out at normalization, by reason, over every source.
    pub fn quarantined_by_reason(&self) -> BTreeMap<String, u64> {
        let mut out = BTreeMap::new();
        for reasons in self.quarantined.values() {
            for (r, n) in reasons {
                *out.entry(r.clone()).or_default() += n;
            }
        }
        out
    }
}

/// Every shipped source's licence (SPDX), deduplicated.
pub fn licenses(m: &Manifest) -> Vec<String> {
    let mut out: Vec<String> = m
        .families
        .iter()
        .flat_map(|f| f.sources.iter())
        .filter_map(|s| s.license.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The SPDX licence's URL (what Croissant's `license` holds).
pub fn spdx_url(id: &str) -> String {
    format!("https://spdx.org/licenses/{id}.html")
}

pub fn total_records(m: &Manifest) -> u64 {
    m.splits.values().sum()
}

/// The BibTeX entry for the release (Croissant `citeAs`, the card's citation).
pub fn citation(m: &Manifest) -> String {
    let key: String = m
        .release
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let year = m.release.get(1..5).unwrap_or("");
    format!(
        "@misc{{mhd_release_{key},\n  title = {{mhd-release {} (policy {})}},\n  year = {{{year}}},\n  note = {{Mental-health conversation training data in ChatML; sources and licences in manifest.json}}\n}}",
        m.release, m.policy.name
    )
}
