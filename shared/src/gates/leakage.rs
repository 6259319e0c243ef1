//! The leakage gate: an independent check that validation/test records of holdout-sensitive
//! families do not reappear in train. Splits are built so this cannot happen (group keys and
//! near-duplicate clusters stay in one split); this gate verifies it on the text itself with
//! word n-grams (13 by default, after GPT-3's decontamination). n-grams that many train records
//! share are common phrases ("if you are in crisis please call …") and never count.

use super::GateResult;
use crate::corpus::CorpusError;
use crate::fingerprint::minhash::ngrams;
use crate::model::Record;
use crate::plan::{Plan, Planned, Split};
use crate::policy::Policy;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

pub fn check(policy: &Policy, plan: &Plan) -> Result<GateResult, CorpusError> {
    let l = &policy.leakage;
    let sensitive: Vec<&String> = policy
        .families
        .iter()
        .filter(|(_, f)| f.holdout_sensitive)
        .map(|(n, _)| n)
        .collect();
    let is_checked =
        |p: &Planned| p.split != Split::Train && sensitive.iter().any(|f| **f == *p.entry.family);
    let distinct = |r: &Record, v: &mut Vec<u64>| {
        v.clear();
        ngrams(&r.messages, l.ngram, |h| v.push(h));
        v.sort_unstable();
        v.dedup();
    };
    // Only the n-grams of the records under check are counted in train (a small set: the
    // validation/test records of sensitive families), not every train n-gram.
    let mut checked: Vec<(&Planned, Vec<u64>)> = Vec::new();
    let mut df: HashMap<u64, u16> = HashMap::new();
    plan.visit(is_checked, |p, r| {
        let mut v = Vec::new();
        distinct(&r, &mut v);
        for h in &v {
            df.insert(*h, 0);
        }
        checked.push((p, v));
    })?;
    let n_train = plan
        .records
        .iter()
        .filter(|p| p.split == Split::Train)
        .count();
    let relative = ((l.common_share * n_train as f64).ceil() as usize).max(3);
    let cap = l.common_in_train.min(relative).clamp(1, u16::MAX as usize) as u16;
    let mut buf = Vec::new();
    if !df.is_empty() {
        plan.visit(
            |p| p.split == Split::Train,
            |_, r| {
                distinct(&r, &mut buf);
                for h in &buf {
                    if let Some(c) = df.get_mut(h) {
                        *c = c.saturating_add(1).min(cap);
                    }
                }
            },
        )?;
    }
    let common = df.values().filter(|&&c| c >= cap).count();
    let mut leaks = Vec::new();
    let mut families: BTreeMap<&str, (u64, u64, f64)> = BTreeMap::new(); // checked, short, max share
    // Report order: plan order, whatever order the text was read in.
    checked.sort_by(|a, b| {
        (&a.0.entry.family, a.0.split, a.0.entry.loc).cmp(&(
            &b.0.entry.family,
            b.0.split,
            b.0.entry.loc,
        ))
    });
    for (p, v) in &checked {
        let e = families.entry(&*p.entry.family).or_default();
        if v.is_empty() {
            e.1 += 1; // shorter than one n-gram: nothing to compare
            continue;
        }
        e.0 += 1;
        let hits = v
            .iter()
            .filter(|h| df.get(h).is_some_and(|&c| c > 0 && c < cap))
            .count();
        let share = hits as f64 / v.len() as f64;
        e.2 = e.2.max(share);
        if share > l.max_share {
            leaks.push(json!({
                "id": p.entry.id,
                "family": &*p.entry.family,
                "split": p.split.as_str(),
                "origin": p.entry.origin(),
                "share": (share * 1e4).round() / 1e4,
            }));
        }
    }
    let failures: Vec<String> = leaks
        .iter()
        .map(|x| {
            format!(
                "{} record {} ({} {}#{}) shares {} of its {}-grams with train",
                x["split"].as_str().unwrap_or(""),
                x["id"].as_str().unwrap_or(""),
                x["family"].as_str().unwrap_or(""),
                x["origin"]["key"].as_str().unwrap_or(""),
                x["origin"]["index"],
                x["share"],
                l.ngram
            )
        })
        .collect();
    let report = json!({
        "gate": "leakage",
        "method": {
            "ngram": l.ngram,
            "max_share": l.max_share,
            "common_in_train": l.common_in_train,
            "common_share": l.common_share,
            "common_threshold_records": cap,
            "text": "non-system messages, lowercased, punctuation folded",
        },
        "holdout_sensitive": sensitive,
        "train_records": n_train,
        "checked_ngrams": df.len(),
        "common_ngrams_ignored": common,
        "families": families.iter().map(|(f, (checked, short, max))| (f.to_string(), json!({
            "checked": checked, "too_short": short, "max_share": (max * 1e4).round() / 1e4,
        }))).collect::<BTreeMap<_, _>>(),
        "leaks": leaks,
    });
    let checked: u64 = families.values().map(|v| v.0).sum();
    Ok(GateResult::new(
        "leakage",
        failures,
        format!(
            "{checked} validation/test record(s) checked, none above {} of {}-grams in train",
            l.max_share, l.ngram
        ),
        report,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Origin, Role};

    fn planned(family: &str, i: u64, text: &str, split: Split) -> (Record, Split) {
        let messages = vec![
            Message {
                role: Role::User,
                content: text.into(),
            },
            Message {
                role: Role::Assistant,
                content: "Thank you for telling me.".into(),
            },
        ];
        (
            Record {
                id: crate::fingerprint::record_id(&messages),
                family: family.into(),
                source: "s".into(),
                origin: Origin {
                    key: format!("staging/v2026-11-25/{family}/s/a.jsonl"),
                    index: i,
                },
                messages,
                upstream_id: None,
                group: None,
            },
            split,
        )
    }

    fn story(i: u64) -> String {
        (0..40)
            .map(|w| format!("w{}", (i * 7919 + w * 31) % 5000))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_test_record_copied_into_train_is_a_leak() {
        let p = Policy::release_0();
        let mut records: Vec<(Record, Split)> = (0..50)
            .map(|i| planned("edge_cases", i, &story(i), Split::Train))
            .collect();
        records.push(planned("edge_cases", 99, &story(3), Split::Test)); // broken split: same text
        records.push(planned("edge_cases", 100, &story(777), Split::Test));
        let g = check(&p, &Plan::assigned(records)).unwrap();
        assert!(!g.pass);
        assert_eq!(
            g.report["leaks"].as_array().unwrap().len(),
            1,
            "{}",
            g.report
        );
    }

    #[test]
    fn common_phrases_alone_do_not_trip_it() {
        let p = Policy::release_0();
        let phrase = "if you are in crisis right now please call or text nine eight eight any time day or night";
        let mut records: Vec<(Record, Split)> = (0..40)
            .map(|i| {
                planned(
                    "edge_cases",
                    i,
                    &format!("{} {phrase}", story(i)),
                    Split::Train,
                )
            })
            .collect();
        records.push(planned(
            "edge_cases",
            99,
            &format!("{phrase} {}", &story(555)[..40]),
            Split::Test,
        ));
        let g = check(&p, &Plan::assigned(records)).unwrap();
        assert!(g.pass, "{}", g.report);
        assert!(g.report["common_ngrams_ignored"].as_u64().unwrap() > 0);
    }

    #[test]
    fn only_holdout_sensitive_families_are_checked() {
        let p = Policy::release_0();
        let records = vec![
            planned("foundation", 0, &story(1), Split::Train),
            planned("foundation", 1, &story(1), Split::Test),
        ];
        let g = check(&p, &Plan::assigned(records)).unwrap();
        assert!(g.pass);
    }
}
