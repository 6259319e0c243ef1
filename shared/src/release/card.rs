//! Human-facing documents: RELEASE_NOTES.md, the dataset card README.md, croissant.json.

use super::manifest::Manifest;
use crate::review::Signoff;
use serde_json::{Value, json};

/// What the notes say beyond the manifest.
pub struct NotesExtra<'a> {
    pub removed_by_review: usize,
    pub exact_dups: usize,
    pub signoffs: &'a [Signoff],
    /// The previous published release's manifest, for "changes since".
    pub previous: Option<&'a Manifest>,
}

pub fn release_notes(m: &Manifest, x: &NotesExtra<'_>) -> String {
    let mut s = format!(
        "# Release {}\n\nPolicy `{}` (sha256 `{}`).\n\n",
        m.release, m.policy.name, m.policy.sha256
    );
    s.push_str("## Records by family and split\n\n| family | train | validation | test | coverage |\n|---|---|---|---|---|\n");
    for f in &m.families {
        let n = |k: &str| f.records.get(k).copied().unwrap_or(0);
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            f.name,
            n("train"),
            n("validation"),
            n("test"),
            f.coverage
        ));
    }
    s.push_str("\n## Gates\n\n");
    for g in &m.gates {
        s.push_str(&format!(
            "- **{}**: {} (`{}`)\n",
            g.name, g.status, g.report_key
        ));
    }
    s.push_str("\n## Human review\n\n");
    if x.signoffs.is_empty() {
        s.push_str("None required by the policy.\n");
    }
    for so in x.signoffs {
        let reviewers: Vec<String> = so
            .reviewers
            .iter()
            .map(|r| format!("{} ({})", r.name, r.role))
            .collect();
        s.push_str(&format!(
            "### {} on {}: {}\n\n- packet: `{}` ({} records sampled, sha256 `{}`)\n- reviewers: {}\n- signed: {}\n- rubric: {}\n",
            so.kind,
            so.family,
            so.decision,
            so.packet.key,
            so.packet.size,
            so.packet.sha256,
            reviewers.join(", "),
            so.signed_at,
            so.rubric.iter().map(|r| format!("{} {}", r.criterion, r.result)).collect::<Vec<_>>().join(", ")
        ));
        if so.exceptions.is_empty() {
            s.push_str("- exceptions: none\n\n");
        } else {
            // Ids and actions only: reviewers' free text may quote records.
            let ex: Vec<String> = so
                .exceptions
                .iter()
                .map(|e| format!("`{}` {}", e.record_id, e.action))
                .collect();
            s.push_str(&format!("- exceptions: {}\n\n", ex.join(", ")));
        }
    }
    s.push_str(&format!(
        "## Removed\n\n- exact duplicates: {}\n- removed by reviewers' exceptions: {}\n\nCommercial use allowed: {}.\n",
        x.exact_dups, x.removed_by_review, m.commercial_use_allowed
    ));
    s.push_str("\n## Changes since the previous release\n\n");
    match x.previous {
        None => s.push_str("No previous published release.\n"),
        Some(p) => {
            s.push_str(&format!("Compared with {}:\n\n| family | split | before | now | change |\n|---|---|---|---|---|\n", p.release));
            let mut keys: std::collections::BTreeSet<(String, String)> = Default::default();
            for f in m.families.iter().chain(&p.families) {
                keys.extend(f.records.keys().map(|k| (f.name.clone(), k.clone())));
            }
            let count = |man: &Manifest, fam: &str, split: &str| -> u64 {
                man.families
                    .iter()
                    .find(|f| f.name == fam)
                    .and_then(|f| f.records.get(split))
                    .copied()
                    .unwrap_or(0)
            };
            for (fam, split) in keys {
                let (a, b) = (count(p, &fam, &split), count(m, &fam, &split));
                s.push_str(&format!(
                    "| {fam} | {split} | {a} | {b} | {:+} |\n",
                    b as i64 - a as i64
                ));
            }
            if p.policy.sha256 != m.policy.sha256 {
                s.push_str(&format!(
                    "\nThe policy changed (was sha256 `{}`).\n",
                    p.policy.sha256
                ));
            }
        }
    }
    s
}

/// Dataset card with the Hugging Face `configs` YAML so `datasets.load_dataset` reads the splits.
pub fn dataset_card(m: &Manifest) -> String {
    let prefix = format!("releases/{}/", m.release);
    let mut y = String::from("---\nconfigs:\n");
    for f in &m.families {
        y.push_str(&format!("- config_name: {}\n  data_files:\n", f.name));
        for split in ["train", "validation", "test"] {
            let files: Vec<&str> = m
                .files
                .iter()
                .filter(|x| {
                    x.role == "export"
                        && x.family.as_deref() == Some(&f.name)
                        && x.split.as_deref() == Some(split)
                })
                .map(|x| x.key.strip_prefix(&prefix).unwrap_or(&x.key))
                .collect();
            if !files.is_empty() {
                y.push_str(&format!("  - split: {split}\n    path:\n"));
                for p in files {
                    y.push_str(&format!("    - {p}\n"));
                }
            }
        }
    }
    y.push_str("---\n\n");
    format!(
        "{y}# mhd-release {}\n\nMental-health conversation data in ChatML, gated by policy `{}`. See \
         `manifest.json` for every file and its sha256, `RELEASE_NOTES.md` for counts and gates.\n",
        m.release, m.policy.name
    )
}

/// MLCommons Croissant 1.1 metadata: one FileObject per export file (with sha256) and a
/// RecordSet per split.
pub fn croissant(m: &Manifest) -> Value {
    let prefix = format!("releases/{}/", m.release);
    let files: Vec<Value> = m
        .files
        .iter()
        .filter(|f| f.role == "export")
        .map(|f| {
            json!({
                "@type": "cr:FileObject",
                "@id": f.key,
                "name": f.key,
                "contentUrl": f.key.strip_prefix(&prefix).unwrap_or(&f.key),
                "encodingFormat": "application/jsonlines",
                "sha256": f.sha256,
                "contentSize": format!("{} B", f.bytes),
            })
        })
        .collect();
    let record_sets: Vec<Value> = m
        .splits
        .keys()
        .map(|split| {
            json!({
                "@type": "cr:RecordSet",
                "@id": split,
                "name": split,
                "field": [
                    {"@type": "cr:Field", "@id": format!("{split}/id"), "dataType": "sc:Text"},
                    {"@type": "cr:Field", "@id": format!("{split}/messages"), "dataType": "sc:Text", "repeated": true}
                ]
            })
        })
        .collect();
    json!({
        "@context": {"@vocab": "https://schema.org/", "sc": "https://schema.org/", "cr": "http://mlcommons.org/croissant/", "rai": "http://mlcommons.org/croissant/RAI/"},
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "name": format!("mhd-release-{}", m.release),
        "version": m.release,
        // The release date, not the wall clock: the document is a pure function of the release.
        "datePublished": m.release.trim_start_matches('v').split('.').next().unwrap_or_default(),
        "distribution": files,
        "recordSet": record_sets,
        "rai:dataCollection": "Conversations contributed by data owners; provenance per source in manifest.json.",
        "rai:personalSensitiveInformation": "Mental-health conversations; see the privacy gate report.",
    })
}
