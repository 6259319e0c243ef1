//! The leakage gate: an independent check that validation/test records of holdout-sensitive
//! families do not reappear in train. Splits are built so this cannot happen (group keys,
//! near-duplicate clusters and close copies stay in one split); this gate verifies it on the
//! text itself, whatever built the plan: a record leaks when its single most similar train
//! record contains more than `max_share` of its 13-grams. n-grams many train records share are
//! common phrases ("if you are in crisis please call …") and never count, and overlap spread
//! thinly over many train records — stock phrases — is no copy.

use super::GateResult;
use crate::containment::{Index, common_at};
use crate::corpus::CorpusError;
use crate::fingerprint::minhash::ngrams;
use crate::model::Record;
use crate::plan::{Plan, Split};
use crate::policy::Policy;
use serde_json::json;
use std::collections::BTreeMap;

/// How many leaks the gate's one failure line names; the report lists them all.
const NAMED: usize = 3;

pub fn gate(cx: &super::Context) -> Result<GateResult, CorpusError> {
    check(cx.policy, cx.plan)
}

pub fn check(policy: &Policy, plan: &Plan) -> Result<GateResult, CorpusError> {
    let l = &policy.leakage;
    let sensitive: Vec<&String> = policy
        .families
        .iter()
        .filter(|(_, f)| f.holdout_sensitive)
        .map(|(n, _)| n)
        .collect();
    let measured = match plan.measured.as_ref() {
        // the planner's own measurement of exactly these splits: no second pass over train
        Some(m) if m.splits == plan.split_key() => from_planner(m),
        _ => measure(policy, plan, &sensitive)?,
    };
    let Measurement {
        mut checked,
        grams,
        common,
        cap,
        train,
    } = measured;
    // Report order: plan order, whatever order the text was read in.
    checked.sort_by(|a, b| {
        let (x, y) = (&plan.records[a.0], &plan.records[b.0]);
        (&x.entry.family, x.split, x.entry.loc).cmp(&(&y.entry.family, y.split, y.entry.loc))
    });
    let round = |x: f64| (x * 1e4).round() / 1e4;
    let mut leaks = Vec::new();
    let mut families: BTreeMap<&str, (u64, u64, f64, f64)> = BTreeMap::new(); // checked, short, max, max union
    for (i, near) in &checked {
        let p = &plan.records[*i];
        let e = families.entry(&*p.entry.family).or_default();
        let Some(near) = near else {
            e.1 += 1; // shorter than one n-gram: nothing to compare
            continue;
        };
        e.0 += 1;
        let share = near.share();
        e.2 = e.2.max(share);
        e.3 = e.3.max(near.union_share());
        if share > l.max_share {
            let (t, hits) = near.best.expect("a share above zero has a nearest record");
            let other = &plan.records[t as usize];
            leaks.push(json!({
                "record": {"id": p.entry.id, "family": &*p.entry.family, "split": p.split.as_str(), "origin": p.entry.origin()},
                "nearest_train": {"id": other.entry.id, "family": &*other.entry.family, "split": other.split.as_str(), "origin": other.entry.origin()},
                "containment": round(share),
                "shared_ngrams": hits,
                "ngrams": near.total,
                "union_share": round(near.union_share()),
            }));
        }
    }
    let failures: Vec<String> = if leaks.is_empty() {
        Vec::new()
    } else {
        let named: Vec<String> = leaks
            .iter()
            .take(NAMED)
            .map(|x| {
                format!(
                    "{} {} in {} {}",
                    x["record"]["split"].as_str().unwrap_or(""),
                    x["record"]["id"].as_str().unwrap_or(""),
                    x["nearest_train"]["id"].as_str().unwrap_or(""),
                    x["containment"]
                )
            })
            .collect();
        let more = leaks.len().saturating_sub(NAMED);
        vec![format!(
            "{} validation/test record(s) have more than {} of their {}-grams in one train record: {}{} (all in leakage.json)",
            leaks.len(),
            l.max_share,
            l.ngram,
            named.join(", "),
            if more > 0 {
                format!(", and {more} more")
            } else {
                String::new()
            },
        )]
    };
    let report = json!({
        "gate": "leakage",
        "method": {
            "ngram": l.ngram,
            "measure": "share of the record's distinct n-grams contained in its single most similar train record (inverted index); n-grams common in train count for nobody",
            "max_share": l.max_share,
            "common_in_train": l.common_in_train,
            "common_share": l.common_share,
            "common_threshold_records": cap,
            "text": "non-system messages, lowercased, punctuation folded",
            "union_share": "information only: the share found in train records taken together",
        },
        "holdout_sensitive": sensitive,
        "train_records": train,
        "checked_ngrams": grams,
        "common_ngrams_ignored": common,
        "families": families.iter().map(|(f, (checked, short, max, union))| (f.to_string(), json!({
            "checked": checked, "too_short": short, "max_containment": round(*max), "max_union_share": round(*union),
        }))).collect::<BTreeMap<_, _>>(),
        "leaks": leaks,
    });
    let checked: u64 = families.values().map(|v| v.0).sum();
    Ok(GateResult::new(
        super::GateName::Leakage,
        failures,
        format!(
            "{checked} validation/test record(s) checked, none with more than {} of its {}-grams in one train record",
            l.max_share, l.ngram
        ),
        report,
    ))
}

/// Each checked record (index into the plan) with its nearest train record (`None`: shorter
/// than one n-gram), and what the report says about the pass.
struct Measurement {
    checked: Vec<(usize, Option<crate::containment::Nearest>)>,
    grams: usize,
    common: usize,
    cap: u32,
    train: usize,
}

fn from_planner(m: &crate::plan::Measured) -> Measurement {
    let mut checked: Vec<(usize, Option<crate::containment::Nearest>)> = m
        .nearest
        .iter()
        .map(|(i, n)| (*i as usize, Some(*n)))
        .collect();
    checked.extend(m.too_short.iter().map(|&i| (i as usize, None)));
    Measurement {
        checked,
        grams: m.grams,
        common: m.common,
        cap: m.common_at,
        train: m.splits.iter().filter(|s| s.2 == Split::Train).count(),
    }
}

/// The measurement made here: the records under check are indexed by their n-grams, train
/// streams past once.
fn measure(
    policy: &Policy,
    plan: &Plan,
    sensitive: &[&String],
) -> Result<Measurement, CorpusError> {
    let l = &policy.leakage;
    let is_checked = |i: usize| {
        let p = &plan.records[i];
        p.split != Split::Train && sensitive.iter().any(|f| **f == *p.entry.family)
    };
    let distinct = |r: &Record, v: &mut Vec<u64>| {
        v.clear();
        ngrams(&r.messages, l.ngram, |h| v.push(h));
        v.sort_unstable();
        v.dedup();
    };
    let mut index = Index::new();
    let mut asked: Vec<(usize, Option<usize>)> = Vec::new();
    let mut buf = Vec::new();
    plan.visit_indexed(
        (0..plan.records.len()).filter(|&i| is_checked(i)),
        |i, _, r| {
            distinct(&r, &mut buf);
            asked.push((i, (!buf.is_empty()).then(|| index.add_query(&buf))));
        },
    )?;
    let train: Vec<usize> = (0..plan.records.len())
        .filter(|&i| plan.records[i].split == Split::Train)
        .collect();
    if !asked.is_empty() {
        plan.visit_indexed(train.iter().copied(), |i, _, r| {
            distinct(&r, &mut buf);
            index.add_candidate(i as u32, &buf);
        })?;
    }
    let cap = common_at(train.len(), l.common_in_train, l.common_share);
    index.finish(cap);
    Ok(Measurement {
        checked: asked
            .into_iter()
            .map(|(i, q)| (i, q.map(|q| index.nearest(q))))
            .collect(),
        grams: index.grams(),
        common: index.common(),
        cap,
        train: train.len(),
    })
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
                meta: None,
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

    fn words(seed: u64, n: usize) -> String {
        (0..n as u64)
            .map(|w| format!("v{}", (seed * 104_729 + w * 7_919) % 99_991))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A light paraphrase (three words changed in 120) of a test record, sitting in train in
    /// another family, source and format: the gate fails and names both records.
    #[test]
    fn a_paraphrase_placed_across_splits_fails_naming_both() {
        let p = Policy::release_0();
        let original = words(1, 120);
        let mut changed: Vec<String> = original.split(' ').map(str::to_string).collect();
        for at in [10, 50, 90] {
            changed[at] = "changed".into();
        }
        let mut records: Vec<(Record, Split)> = (10..60)
            .map(|i| planned("foundation", i, &words(i, 80), Split::Train))
            .collect();
        let (mut para, _) = planned("foundation", 99, &changed.join(" "), Split::Train);
        para.source = "peer_sharegpt".into();
        para.origin.key = "staging/v2026-11-25/foundation/peer_sharegpt/b.jsonl".into();
        let para_id = para.id.clone();
        records.push((para, Split::Train));
        let (orig, _) = planned("edge_cases", 5, &original, Split::Test);
        let orig_id = orig.id.clone();
        records.push((orig, Split::Test));
        let g = check(&p, &Plan::assigned(records)).unwrap();
        assert!(!g.pass, "{}", g.report);
        let leak = &g.report["leaks"][0];
        assert_eq!(leak["record"]["id"], orig_id.as_str());
        assert_eq!(leak["nearest_train"]["id"], para_id.as_str());
        assert_eq!(leak["nearest_train"]["family"], "foundation");
        assert!(leak["containment"].as_f64().unwrap() > 0.5);
        assert!(g.failures[0].contains(&orig_id) && g.failures[0].contains(&para_id));
    }

    /// A test record made of stock sentences that each appear in a few train records: most of
    /// its n-grams are in train, but no single train record holds more than a sentence or two.
    #[test]
    fn stock_phrases_spread_over_many_train_records_pass() {
        let p = Policy::release_0();
        let stock: Vec<String> = (0..6).map(|s| words(1000 + s, 30)).collect();
        let mut records: Vec<(Record, Split)> = Vec::new();
        for i in 0..600u64 {
            // 60 train records carry one stock sentence each (each sentence in 10 of them:
            // under the common-phrase cut-off of 20), the rest only their own text
            let own = words(i, 40);
            let text = if i < 60 {
                format!("{} {own}", stock[(i % 6) as usize])
            } else {
                own
            };
            records.push(planned("edge_cases", i, &text, Split::Train));
        }
        records.push(planned("edge_cases", 99, &stock.join(" "), Split::Test));
        let g = check(&p, &Plan::assigned(records)).unwrap();
        assert!(g.pass, "{}", g.report);
        let fam = &g.report["families"]["edge_cases"];
        assert!(fam["max_union_share"].as_f64().unwrap() > 0.5, "{fam}");
        assert!(fam["max_containment"].as_f64().unwrap() < 0.25, "{fam}");
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
