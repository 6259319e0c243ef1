//! RELEASE_NOTES.md: what shipped, what was left out and why, the gates, the signoffs and the
//! changes since the previous release. Counts and ids only.

use super::facts::Facts;
use super::manifest::Manifest;
use std::fmt::Write;

pub fn release_notes(m: &Manifest, x: &Facts<'_>) -> String {
    let mut s = format!(
        "# Release {}\n\nPolicy `{}` (sha256 `{}`), published with the release as `policy.toml`.\n\n",
        m.release, m.policy.name, m.policy.sha256
    );
    s.push_str("## Records by family and split\n\n| family | train | validation | test | coverage |\n|---|---|---|---|---|\n");
    for f in &m.families {
        let n = |k: &str| f.records.get(k).copied().unwrap_or(0);
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            f.name,
            n("train"),
            n("validation"),
            n("test"),
            f.coverage
        );
    }
    s.push_str("\n## Gates\n\n");
    for g in &m.gates {
        let summary = x
            .gate_summaries
            .get(&g.name)
            .map(|t| format!(" — {t}"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "- **{}**: {}{summary} (`{}`)",
            g.name, g.status, g.report_key
        );
    }
    s.push_str("\n## Left out\n\n");
    s.push_str(&left_out(m, x));
    s.push_str("\n## Removed\n\n");
    let _ = writeln!(
        s,
        "- exact duplicates (same content id): {}\n- near duplicates (word 5-gram Jaccard >= {}): {}\n- removed by reviewers' exceptions: {}\n\nCommercial use allowed: {}.",
        x.exact_dups, x.near_threshold, x.near_dups, x.removed_by_review, m.commercial_use_allowed
    );
    s.push_str("\n## Human review\n\n");
    s.push_str(&signoffs(x));
    s.push_str("\n## Changes since the previous release\n\n");
    s.push_str(&changes(m, x.previous));
    s
}

/// Every family or source left out and every record kept out, with counts (shared with the card).
pub fn left_out(m: &Manifest, x: &Facts<'_>) -> String {
    let mut s = String::new();
    for f in &m.families {
        for src in f.sources.iter().filter(|src| src.records_out == 0) {
            let _ = writeln!(
                s,
                "- source `{}/{}`: nothing out of {} records read ({} quarantined)",
                f.name, src.name, src.records_in, src.quarantined
            );
        }
    }
    if x.excluded_families.is_empty() {
        s.push_str("- families in the drop but not in the policy: none\n");
    }
    for (fam, n) in &x.excluded_families {
        let _ = writeln!(
            s,
            "- family `{fam}`: {n} records in the drop, not in the policy — not shipped"
        );
    }
    s.push_str(
        "- whole files that failed to read: none (a failed file fails the provenance gate, so a \
         published release has none)\n",
    );
    let total: u64 = x.quarantined.values().flat_map(|r| r.values()).sum();
    let _ = writeln!(
        s,
        "- records quarantined at normalization: {total} (kept under `work/`, never shipped)"
    );
    for ((fam, src), reasons) in &x.quarantined {
        let list: Vec<String> = reasons.iter().map(|(r, n)| format!("{r} {n}")).collect();
        let _ = writeln!(s, "  - {fam}/{src}: {}", list.join(", "));
    }
    s
}

/// The signoffs: who (name and role), what, and the rubric results; ids only for exceptions,
/// since reviewers' free text may quote records.
pub fn signoffs(x: &Facts<'_>) -> String {
    let mut s = String::new();
    if x.signoffs.is_empty() {
        s.push_str("None required by the policy.\n");
    }
    for so in x.signoffs {
        let reviewers: Vec<String> = so
            .reviewers
            .iter()
            .map(|r| format!("{} ({})", r.name, r.role))
            .collect();
        let rubric: Vec<String> = so
            .rubric
            .iter()
            .map(|r| format!("{} {}", r.criterion, r.result))
            .collect();
        let _ = writeln!(
            s,
            "### {} on {}: {}\n\n- packet: `{}` ({} records sampled, sha256 `{}`)\n- reviewers: {}\n- signed: {}\n- rubric: {}",
            so.kind,
            so.family,
            so.decision,
            so.packet.key,
            so.packet.size,
            so.packet.sha256,
            reviewers.join(", "),
            so.signed_at,
            rubric.join(", ")
        );
        if so.exceptions.is_empty() {
            s.push_str("- exceptions: none\n\n");
        } else {
            let ex: Vec<String> = so
                .exceptions
                .iter()
                .map(|e| format!("`{}` {}", e.record_id, e.action))
                .collect();
            let _ = writeln!(s, "- exceptions: {}\n", ex.join(", "));
        }
    }
    s
}

fn changes(m: &Manifest, previous: Option<&Manifest>) -> String {
    let Some(p) = previous else {
        return "No previous published release.\n".into();
    };
    let mut s = format!(
        "Compared with {}:\n\n| family | split | before | now | change |\n|---|---|---|---|---|\n",
        p.release
    );
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
        let _ = writeln!(
            s,
            "| {fam} | {split} | {a} | {b} | {:+} |",
            b as i64 - a as i64
        );
    }
    if p.policy.sha256 != m.policy.sha256 {
        let _ = writeln!(
            s,
            "\nThe policy changed (was sha256 `{}`).",
            p.policy.sha256
        );
    }
    s
}
