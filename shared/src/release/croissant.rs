//! MLCommons Croissant 1.1 metadata (croissant.json) with the RAI fields filled from pipeline
//! facts: the standard context, one FileObject per export file (sha256), a FileSet and a
//! RecordSet per split whose fields are extracted from the JSON lines by column and jsonPath.

use super::facts::{self, Facts};
use super::manifest::Manifest;
use serde_json::{Value, json};

/// The standard Croissant 1.1 `@context` (as mlcroissant expects it, with the RAI namespace).
fn context() -> Value {
    json!({
        "@language": "en",
        "@vocab": "https://schema.org/",
        "arrayShape": "cr:arrayShape",
        "citeAs": "cr:citeAs",
        "column": "cr:column",
        "conformsTo": "dct:conformsTo",
        "containedIn": "cr:containedIn",
        "cr": "http://mlcommons.org/croissant/",
        "rai": "http://mlcommons.org/croissant/RAI/",
        "data": {"@id": "cr:data", "@type": "@json"},
        "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
        "dct": "http://purl.org/dc/terms/",
        "equivalentProperty": "cr:equivalentProperty",
        "examples": {"@id": "cr:examples", "@type": "@json"},
        "extract": "cr:extract",
        "field": "cr:field",
        "fileProperty": "cr:fileProperty",
        "fileObject": "cr:fileObject",
        "fileSet": "cr:fileSet",
        "format": "cr:format",
        "includes": "cr:includes",
        "isArray": "cr:isArray",
        "isLiveDataset": "cr:isLiveDataset",
        "jsonPath": "cr:jsonPath",
        "key": "cr:key",
        "md5": "cr:md5",
        "parentField": "cr:parentField",
        "path": "cr:path",
        "recordSet": "cr:recordSet",
        "references": "cr:references",
        "regex": "cr:regex",
        "repeated": "cr:repeated",
        "replace": "cr:replace",
        "samplingRate": "cr:samplingRate",
        "sc": "https://schema.org/",
        "separator": "cr:separator",
        "source": "cr:source",
        "subField": "cr:subField",
        "transform": "cr:transform"
    })
}

/// A field read from the split's files: a top-level column, optionally one step into it.
fn field(
    split: &str,
    path: &str,
    column: &str,
    inner: Option<&str>,
    data_type: &str,
    what: &str,
) -> Value {
    let mut source = json!({
        "fileSet": {"@id": format!("{split}-files")},
        "extract": {"column": column},
    });
    if let Some(p) = inner {
        source["transform"] = json!({"jsonPath": p});
    }
    json!({
        "@type": "cr:Field",
        "@id": format!("{split}/{path}"),
        "name": path.rsplit('/').next().unwrap_or(path),
        "description": what,
        "dataType": data_type,
        "source": source,
    })
}

fn record_set(split: &str, records: u64, meta: &crate::release::export::MetaSchema) -> Value {
    let text = "sc:Text";
    let mut origin = json!({
        "@type": "cr:Field",
        "@id": format!("{split}/origin"),
        "name": "origin",
        "description": "Lineage: the staging key and position of the copy that survived.",
    });
    origin["subField"] = json!([
        field(
            split,
            "origin/key",
            "origin",
            Some("key"),
            text,
            "Staging key of the source file."
        ),
        field(
            split,
            "origin/index",
            "origin",
            Some("index"),
            "sc:Integer",
            "Position of the record in that file."
        ),
    ]);
    let mut messages = json!({
        "@type": "cr:Field",
        "@id": format!("{split}/messages"),
        "name": "messages",
        "description": "The conversation in ChatML order.",
        "repeated": true,
    });
    messages["subField"] = json!([
        field(
            split,
            "messages/role",
            "messages",
            Some("role"),
            text,
            "system, user or assistant."
        ),
        field(
            split,
            "messages/content",
            "messages",
            Some("content"),
            text,
            "The turn's text, identifiers replaced by typed placeholders."
        ),
    ]);
    let mut set = json!({
        "@type": "cr:RecordSet",
        "@id": split,
        "name": split,
        "description": format!("The {split} split: {records} records, every family."),
        "field": [
            field(split, "id", "id", None, text, "Content-derived record id (sha256 of the messages)."),
            field(split, "family", "family", None, text, "Dataset family (see routing.json)."),
            field(split, "source", "source", None, text, "Source within the family (see manifest.json)."),
            origin,
            messages,
            field(split, "upstream_id", "upstream_id", None, text, "The data owner's id, keyed-hashed if it held an identifier; null when absent."),
            field(split, "group", "group", None, text, "The data owner's grouping key (kept in one split), keyed-hashed if it held an identifier; null when absent."),
        ],
    });
    if !meta.0.is_empty() {
        let mut m = json!({
            "@type": "cr:Field",
            "@id": format!("{split}/meta"),
            "name": "meta",
            "description": "Fields of the owner's record the source's mapping lists (provenance.json format.meta), privacy-scanned; null where a record has none.",
        });
        m["subField"] = Value::Array(
            meta.0
                .iter()
                .map(|k| {
                    field(
                        split,
                        &format!("meta/{k}"),
                        "meta",
                        Some(k),
                        text,
                        "A listed field of the owner's record, as text.",
                    )
                })
                .collect(),
        );
        set["field"].as_array_mut().expect("fields").push(m);
    }
    set
}

pub fn croissant(m: &Manifest, x: &Facts<'_>) -> Value {
    let prefix = format!("releases/{}/", m.release);
    let rel = |k: &str| k.strip_prefix(&prefix).unwrap_or(k).to_string();
    let mut distribution: Vec<Value> = m
        .files
        .iter()
        .filter(|f| f.role == "export")
        .map(|f| {
            json!({
                "@type": "cr:FileObject",
                "@id": rel(&f.key),
                "name": rel(&f.key),
                "contentUrl": rel(&f.key),
                "encodingFormat": "application/jsonlines",
                "sha256": f.sha256,
                "contentSize": format!("{} B", f.bytes),
            })
        })
        .collect();
    let mut record_sets = Vec::new();
    for (split, n) in &m.splits {
        let has_files = m
            .files
            .iter()
            .any(|f| f.role == "export" && f.split.as_deref() == Some(split));
        if !has_files {
            continue;
        }
        distribution.push(json!({
            "@type": "cr:FileSet",
            "@id": format!("{split}-files"),
            "name": format!("{split}-files"),
            "description": format!("Every family's {split} export files."),
            "encodingFormat": "application/jsonlines",
            "includes": format!("export/{split}/*.jsonl"),
        }));
        record_sets.push(record_set(split, *n, &x.meta));
    }
    let licenses: Vec<String> = facts::licenses(m)
        .iter()
        .map(|l| facts::spdx_url(l))
        .collect();
    let (languages, _) = x.languages();
    json!({
        "@context": context(),
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "name": format!("mhd-release-{}", m.release),
        "description": format!(
            "Mental-health support conversations in ChatML, {} records, built and gated by policy {} (sha256 {}).",
            facts::total_records(m), m.policy.name, m.policy.sha256
        ),
        "version": version(&m.release),
        // The release date, not the wall clock: the document is a pure function of the release.
        "datePublished": m.release.trim_start_matches('v').split('.').next().unwrap_or_default(),
        "license": licenses,
        "citeAs": facts::citation(m),
        "inLanguage": languages,
        "keywords": ["mental health", "counseling", "conversational", "ChatML", "supervised fine-tuning"],
        "isAccessibleForFree": false,
        "distribution": distribution,
        "recordSet": record_sets,
        "rai:dataCollection": data_collection(m, x),
        "rai:dataCollectionType": "Conversations contributed by data owners under a provenance sidecar per source (licence, owner, collection method, consent basis, acquisition date, upstream URL).",
        "rai:personalSensitiveInformation": personal(m, x),
        "rai:dataPreprocessingProtocol": preprocessing(m, x),
        "rai:dataAnnotationProtocol": annotation(x),
        "rai:dataBiases": biases(m, x),
        "rai:dataLimitations": format!(
            "Automated PII detection has measured, imperfect recall (see the project's docs/PRIVACY.md); records longer than {} ChatML tokens were kept out; only what the sources hold is covered.{}",
            x.training.max_seq_len,
            if x.excluded_families.is_empty() { String::new() } else {
                format!(" Families in the drop but not in the policy were left out: {}.",
                    x.excluded_families.iter().map(|(f, n)| format!("{f} ({n} records)")).collect::<Vec<_>>().join(", "))
            }
        ),
        "rai:dataUseCases": "Supervised fine-tuning and evaluation of supportive-conversation models (loss on assistant turns). Not a clinical resource; not for diagnosis or re-identification.",
        "rai:dataReleaseMaintenancePlan": "Releases are immutable and dated (vYYYY-MM-DD, .N for a same-day re-cut); each is rebuilt from staged data under a versioned policy and names the previous release in its notes. A data subject's withdrawal is traced through each record's origin and applied in the next release.",
    })
}

/// Croissant versions are MAJOR.MINOR.PATCH: v2026-11-25 -> 2026.11.25, a re-cut .2 -> 2026.11.25-2.
fn version(release: &str) -> String {
    let r = release.trim_start_matches('v');
    let (date, recut) = r.split_once('.').map_or((r, None), |(d, n)| (d, Some(n)));
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    let base = parts
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(".");
    match recut {
        Some(n) => format!("{base}-{n}"),
        None => base,
    }
}

fn data_collection(m: &Manifest, x: &Facts<'_>) -> String {
    let mut parts = Vec::new();
    for f in &m.families {
        for s in &f.sources {
            let p = x.provenance.get(&(f.name.clone(), s.name.clone()));
            let get = |k: &str| {
                p.and_then(|p| p.get(k))
                    .map_or("not stated", String::as_str)
            };
            parts.push(format!(
                "{}/{}: {} (consent basis: {}; acquired {}; licence {})",
                f.name,
                s.name,
                get("collection_method"),
                get("consent_basis"),
                get("acquired_date"),
                s.license.as_deref().unwrap_or("unknown")
            ));
        }
    }
    parts.join(". ")
}

fn personal(m: &Manifest, x: &Facts<'_>) -> String {
    let mut found = std::collections::BTreeMap::<&str, u64>::new();
    let (mut redacted, mut residual) = (0, 0);
    for f in &m.families {
        for (k, n) in &f.pii.found {
            *found.entry(k.as_str()).or_default() += n;
        }
        redacted += f.pii.redacted;
        residual += f.pii.residual;
    }
    let kinds: Vec<String> = found.iter().map(|(k, n)| format!("{k} {n}")).collect();
    format!(
        "Mental-health conversations (special-category health data). Detector {} found {} identifiers ({}); {redacted} records were redacted with typed placeholders and re-scanned with {residual} residual findings (any residual fails the release). Identifiers in upstream_id/group are replaced by a keyed hash.",
        x.detector,
        found.values().sum::<u64>(),
        if kinds.is_empty() {
            "none".into()
        } else {
            kinds.join(", ")
        }
    )
}

fn preprocessing(m: &Manifest, x: &Facts<'_>) -> String {
    let gates: Vec<String> = m
        .gates
        .iter()
        .map(|g| {
            format!(
                "{} {} ({})",
                g.name,
                g.status,
                x.gate_summaries.get(&g.name).map_or("", String::as_str)
            )
        })
        .collect();
    let q: Vec<String> = x
        .quarantined_by_reason()
        .iter()
        .map(|(r, n)| format!("{r} {n}"))
        .collect();
    format!(
        "Normalized to ChatML; records that could not be read or broke the training rules were quarantined ({}). Duplicates removed: {} exact, {} near (Jaccard >= {}). Gates, each failing closed: {}.",
        if q.is_empty() {
            "none".into()
        } else {
            q.join(", ")
        },
        x.exact_dups,
        x.near_dups,
        x.near_threshold,
        gates.join("; ")
    )
}

fn annotation(x: &Facts<'_>) -> String {
    if x.signoffs.is_empty() {
        return "No human review was required by the policy.".into();
    }
    let s: Vec<String> = x
        .signoffs
        .iter()
        .map(|so| {
            let roles: Vec<&str> = so.reviewers.iter().map(|r| r.role.as_str()).collect();
            format!(
                "{} of {} by {} on a {}-record seeded sample: {} ({} exceptions)",
                so.kind,
                so.family,
                roles.join(", "),
                so.packet.size,
                so.decision,
                so.exceptions.len()
            )
        })
        .collect();
    format!("Human review with signed rubrics: {}.", s.join("; "))
}

fn biases(m: &Manifest, x: &Facts<'_>) -> String {
    let reviews: Vec<String> = x
        .signoffs
        .iter()
        .filter(|s| s.kind == "bias_cultural_review")
        .map(|so| {
            let r: Vec<String> = so
                .rubric
                .iter()
                .map(|a| format!("{} {}", a.criterion, a.result))
                .collect();
            format!("{}: {}", so.family, r.join(", "))
        })
        .collect();
    let families: Vec<String> = m
        .families
        .iter()
        .map(|f| format!("{} {}", f.name, f.records.values().sum::<u64>()))
        .collect();
    format!(
        "Bias and cultural review (sampled): {}. Records per family: {}. Coverage reflects the contributing sources only; languages: {}.",
        if reviews.is_empty() {
            "none required".into()
        } else {
            reviews.join("; ")
        },
        families.join(", "),
        x.languages().0.join(", ")
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn versions_are_semver() {
        assert_eq!(super::version("v2026-11-25"), "2026.11.25");
        assert_eq!(super::version("v2026-01-05.2"), "2026.1.5-2");
    }
}
