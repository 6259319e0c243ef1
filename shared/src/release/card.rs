//! The dataset card, README.md: Hugging Face YAML (configs, features, licence, language, task,
//! size) so `datasets.load_dataset(<release dir>)` works with no config name, and a body a
//! training engineer or a reviewer can act on: sources, how it was made, privacy, use, review.

use super::facts::{self, Facts};
use super::manifest::Manifest;
use std::fmt::Write;

const SPLITS: [&str; 3] = ["train", "validation", "test"];

/// YAML scalar: a JSON string is valid YAML and escapes everything that needs it.
fn q(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

/// The Hugging Face size bucket for `n` records.
pub fn size_category(n: u64) -> &'static str {
    const BUCKETS: [(u64, &str); 8] = [
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
        (100_000_000, "10M<n<100M"),
        (1_000_000_000, "100M<n<1B"),
        (10_000_000_000, "1B<n<10B"),
    ];
    BUCKETS
        .iter()
        .find(|(hi, _)| n < *hi)
        .map_or("n>1T", |(_, c)| c)
}

/// Export files of the release, relative to its prefix, for one split (and one family).
fn export_paths<'a>(m: &'a Manifest, split: &str, family: Option<&str>) -> Vec<&'a str> {
    let prefix = format!("releases/{}/", m.release);
    m.files
        .iter()
        .filter(|x| {
            x.role == "export"
                && x.split.as_deref() == Some(split)
                && family.is_none_or(|f| x.family.as_deref() == Some(f))
        })
        .map(|x| x.key.strip_prefix(&prefix).unwrap_or(&x.key))
        .collect()
}

/// The record schema as `datasets` features: every record carries every key, so a columnar
/// reader sees one schema (null where a source had no upstream id or group).
const FEATURES: &str = "  features:
  - name: id
    dtype: string
  - name: family
    dtype: string
  - name: source
    dtype: string
  - name: origin
    struct:
    - name: key
      dtype: string
    - name: index
      dtype: int64
  - name: messages
    list:
    - name: role
      dtype: string
    - name: content
      dtype: string
  - name: upstream_id
    dtype: string
  - name: group
    dtype: string
";

/// `meta` as one struct over every key the release's records carry (null where a record lacks
/// one), so every file is read with one schema; `null` when no source lists meta fields.
fn meta_feature(schema: &crate::release::export::MetaSchema) -> String {
    if schema.0.is_empty() {
        return "  - name: meta\n    dtype: 'null'\n".into();
    }
    let mut out = String::from("  - name: meta\n    struct:\n");
    for k in &schema.0 {
        let _ = writeln!(out, "    - name: {}\n      dtype: string", q(k));
    }
    out
}

fn yaml(m: &Manifest, x: &Facts<'_>) -> String {
    let mut y = String::from("---\n");
    let _ = writeln!(
        y,
        "pretty_name: {}",
        q(&format!("mhd-release {}", m.release))
    );
    let licenses = facts::licenses(m);
    match licenses.as_slice() {
        [one] => {
            let _ = writeln!(y, "license: {}", one.to_ascii_lowercase());
        }
        _ => {
            // Several licences: `other`, with each source's licence named.
            let per_source: Vec<String> = m
                .families
                .iter()
                .flat_map(|f| {
                    f.sources.iter().map(move |s| {
                        format!(
                            "{}/{}: {}",
                            f.name,
                            s.name,
                            s.license.as_deref().unwrap_or("unknown")
                        )
                    })
                })
                .collect();
            let _ = writeln!(
                y,
                "license: other\nlicense_name: per-source-licences\nlicense_details: {}",
                q(&per_source.join("; "))
            );
        }
    }
    y.push_str("language:\n");
    for l in x.languages().0 {
        let _ = writeln!(y, "- {l}");
    }
    y.push_str("task_categories:\n- text-generation\ntask_ids:\n- dialogue-modeling\n");
    let _ = writeln!(
        y,
        "size_categories:\n- {}",
        size_category(facts::total_records(m))
    );
    y.push_str("tags:\n- mental-health\n- counseling\n- conversational\n- chatml\n- sft\n");
    y.push_str("configs:\n");
    let configs: Vec<(String, Option<&str>)> = std::iter::once(("default".to_string(), None))
        .chain(
            m.families
                .iter()
                .map(|f| (f.name.clone(), Some(f.name.as_str()))),
        )
        .collect();
    for (name, family) in &configs {
        let _ = writeln!(y, "- config_name: {name}");
        if family.is_none() {
            y.push_str("  default: true\n");
        }
        y.push_str("  data_files:\n");
        for split in SPLITS {
            let files = export_paths(m, split, *family);
            if files.is_empty() {
                continue;
            }
            let _ = writeln!(y, "  - split: {split}\n    path:");
            for p in files {
                let _ = writeln!(y, "    - {p}");
            }
        }
    }
    y.push_str("dataset_info:\n");
    let meta = meta_feature(&x.meta);
    for (name, _) in &configs {
        let _ = writeln!(y, "- config_name: {name}");
        y.push_str(FEATURES);
        y.push_str(&meta);
    }
    y.push_str("---\n\n");
    y
}

pub fn dataset_card(m: &Manifest, x: &Facts<'_>) -> String {
    let mut s = yaml(m, x);
    let total = facts::total_records(m);
    let _ = writeln!(
        s,
        "# mhd-release {}\n\nMental-health support conversations in ChatML (`messages` of \
         `system` / `user` / `assistant` turns), {total} records in three splits, built by \
         policy `{}` (sha256 `{}`, published here as `policy.toml`). Every file is listed with \
         its sha256 in `manifest.json`; `RELEASE_NOTES.md` has the counts and the gates.\n",
        m.release, m.policy.name, m.policy.sha256
    );

    s.push_str("## Splits\n\n| family | train | validation | test |\n|---|---|---|---|\n");
    for f in &m.families {
        let n = |k: &str| f.records.get(k).copied().unwrap_or(0);
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            f.name,
            n("train"),
            n("validation"),
            n("test")
        );
    }
    let n = |k: &str| m.splits.get(k).copied().unwrap_or(0);
    let _ = writeln!(
        s,
        "| **all** (config `default`) | {} | {} | {} |\n\nEach family is also its own config.\n",
        n("train"),
        n("validation"),
        n("test")
    );

    s.push_str("## Sources and licences\n\n| family | source | licence | collected | consent basis | records in | shipped | quarantined |\n|---|---|---|---|---|---|---|---|\n");
    for f in &m.families {
        for src in &f.sources {
            let p = x.provenance.get(&(f.name.clone(), src.name.clone()));
            let field = |k: &str| {
                p.and_then(|p| p.get(k))
                    .map_or("—".to_string(), |v| v.replace('|', "/"))
            };
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                f.name,
                src.name,
                src.license.as_deref().unwrap_or("unknown"),
                field("collection_method"),
                field("consent_basis"),
                src.records_in,
                src.records_out,
                src.quarantined
            );
        }
    }
    let _ = writeln!(
        s,
        "\nCommercial use allowed: **{}** (false when any source's licence is non-commercial).\n",
        m.commercial_use_allowed
    );
    let (_, declared) = x.languages();
    if !declared {
        s.push_str("No source declares a language; `en` is assumed.\n\n");
    }

    s.push_str("## How it was made\n\nData owners' files were normalized to ChatML record by record (a record that cannot be read is quarantined with the file, line and reason; nothing is dropped silently), then every release-wide gate had to pass — each fails closed:\n\n");
    for g in &m.gates {
        let summary = x.gate_summaries.get(&g.name).map_or("", String::as_str);
        let _ = writeln!(s, "- **{}** — {}: {summary}", g.name, g.status);
    }
    let _ = writeln!(
        s,
        "\nDuplicates removed: {} exact, {} near (word 5-gram Jaccard >= {}); {} by reviewers' \
         exceptions. Splits are a stable hash of each record's group, and a validation or test \
         record that overlaps a train record is moved into that record's split (leakage gate).\n",
        x.exact_dups, x.near_dups, x.near_threshold, x.removed_by_review
    );
    s.push_str("### Left out\n\n");
    s.push_str(&super::notes::left_out(m, x));

    s.push_str("\n## Personal information\n\n");
    let _ = writeln!(
        s,
        "These are mental-health conversations: sensitive by nature. Every message and the \
         record fields were scanned by the privacy detector `{}` for the HIPAA Safe Harbor \
         identifiers that can appear in text (names, sub-state places, dates tied to a person, \
         phone, email, SSN and other ids, URLs, IPs, vehicle and device ids). Found identifiers \
         are replaced by typed placeholders (`[NAME]`, `[PHONE]`, …) and the text is re-scanned; \
         any residual finding fails the release. An identifier in a record's `upstream_id` or \
         `group` is replaced by a keyed hash (`h:…`). Public resources (crisis lines, public \
         health sites) are kept. Automated detection is not perfect: the measured recall is in \
         the project's docs/PRIVACY.md, so treat the data as sensitive.\n",
        x.detector
    );
    s.push_str("| family | status | identifiers found | records redacted | residual |\n|---|---|---|---|---|\n");
    for f in &m.families {
        let found: u64 = f.pii.found.values().sum();
        let _ = writeln!(
            s,
            "| {} | {} | {found} | {} | {} |",
            f.name, f.pii.status, f.pii.redacted, f.pii.residual
        );
    }

    s.push_str("\n## Intended use and limits\n\n");
    let t = x.training;
    let _ = writeln!(
        s,
        "Intended for supervised fine-tuning and evaluation of supportive-conversation models, \
         with the loss on `assistant` turns; `routing.json` gives each family's curriculum stage \
         and sampling weight. Not a clinical resource, not for diagnosing anyone, and not for \
         re-identifying anyone. Every record passes the training rules of `policy.toml` \
         ([training]: at most {} tokens with the ChatML template, a system message only first, \
         user-first {}). The assistant turns are the sources' responders, not verified clinical \
         advice; coverage of cultures, languages and presenting problems is only what the \
         sources hold.\n",
        t.max_seq_len,
        if t.user_first {
            "required"
        } else {
            "not required (counsellors may speak first)"
        }
    );

    s.push_str("## Human review\n\n");
    s.push_str(&super::notes::signoffs(x));

    let _ = writeln!(
        s,
        "## How to load\n\n```python\nimport datasets\n\n# every family, train/validation/test \
         (the `default` config); name a family for one of them\nds = \
         datasets.load_dataset(\"path/to/releases/{r}\")\none_family = \
         datasets.load_dataset(\"path/to/releases/{r}\", \"{first}\")\n```\n\nFrom S3, run \
         `mhd smoke s3://<bucket>/releases/{r}/` first: it verifies every sha256 and every \
         record under the training rules.\n\n## Citation\n\n```bibtex\n{cite}\n```",
        r = m.release,
        first = m.families.first().map_or("foundation", |f| f.name.as_str()),
        cite = facts::citation(m)
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_categories_follow_the_hub_buckets() {
        assert_eq!(size_category(0), "n<1K");
        assert_eq!(size_category(999), "n<1K");
        assert_eq!(size_category(1_000), "1K<n<10K");
        assert_eq!(size_category(13_199), "10K<n<100K");
        assert_eq!(size_category(2_000_000), "1M<n<10M");
    }

    #[test]
    fn yaml_scalars_are_quoted_safely() {
        assert_eq!(q("a: b\n\"c\""), r#""a: b\n\"c\"""#);
    }
}
