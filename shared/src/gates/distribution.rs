//! Distribution gate: token/turn/length/role statistics by family × split, checked against the
//! policy's expected ranges (on each family's `all` row, where samples are large enough to mean
//! something), with JSON for machines and CSV + an HTML page of SVG histograms for people.

use super::GateResult;
use super::distribution_html::Check;
use crate::plan::Plan;
use crate::policy::{Metric, Policy};
use crate::stats::{self, GroupStats};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The value a policy range is checked against (none for a role share of a family without
/// that role).
fn metric(g: &GroupStats, m: Metric) -> Option<f64> {
    Some(match m {
        Metric::Conversations => g.conversations as f64,
        Metric::MeanTurns => g.turns.mean,
        Metric::MeanTokensPerConversation => g.tokens_per_conversation.mean,
        Metric::P99TokensPerConversation => g.tokens_per_conversation.p99 as f64,
        Metric::MaxTokensPerConversation => g.tokens_per_conversation.max as f64,
        Metric::MeanCharsPerMessage => g.chars_per_message.mean,
        Metric::AssistantShare => *g.role_balance.get("assistant")?,
        Metric::UserShare => *g.role_balance.get("user")?,
    })
}

pub fn gate(cx: &super::Context) -> Result<GateResult, crate::corpus::CorpusError> {
    check(cx.policy, cx.plan)
}

pub fn check(policy: &Policy, plan: &Plan) -> Result<GateResult, crate::corpus::CorpusError> {
    let stats = stats::compute(plan)?;
    let mut failures = Vec::new();
    let mut checks = Vec::new();
    for (family, fam) in &policy.families {
        let Some(all) = stats.get(family).and_then(|s| s.get("all")) else {
            continue;
        };
        for (name, range) in &fam.expected {
            let Some(v) = metric(all, *name) else {
                continue;
            };
            let pass = v >= range[0] && v <= range[1];
            if !pass {
                failures.push(format!(
                    "{family}: {name} = {v} is outside the expected range [{}, {}]",
                    range[0], range[1]
                ));
            }
            checks.push(Check {
                family: family.clone(),
                metric: name.to_string(),
                value: v,
                low: range[0],
                high: range[1],
                pass,
            });
        }
    }
    let checked = checks.len();
    let expected: BTreeMap<&String, &BTreeMap<Metric, [f64; 2]>> = policy
        .families
        .iter()
        .map(|(n, f)| (n, &f.expected))
        .collect();
    let report = json!({
        "gate": "distribution",
        "tokenizer": "o200k_base",
        "checked_on": "all",
        "expected": expected,
        "checks": checks,
        "stats": stats,
    });
    let mut g = GateResult::new(
        super::GateName::Distribution,
        failures,
        format!("{checked} expected ranges hold"),
        report,
    );
    g.extra
        .push(("distribution.csv".into(), csv(&stats).into_bytes()));
    g.extra.push((
        "distribution.html".into(),
        super::distribution_html::render(&stats, &checks).into_bytes(),
    ));
    Ok(g)
}

fn csv(stats: &BTreeMap<String, BTreeMap<String, GroupStats>>) -> String {
    let mut s = String::from("family,split,metric,count,mean,p50,p90,p99,min,max\n");
    for (family, splits) in stats {
        for (split, g) in splits {
            for (name, m) in [
                ("turns", &g.turns),
                ("tokens_per_conversation", &g.tokens_per_conversation),
                ("chars_per_message", &g.chars_per_message),
            ] {
                s.push_str(&format!(
                    "{family},{split},{name},{},{},{},{},{},{},{}\n",
                    m.count, m.mean, m.p50, m.p90, m.p99, m.min, m.max
                ));
            }
            for (role, share) in &g.role_balance {
                s.push_str(&format!(
                    "{family},{split},share_{role},{},{share},,,,,\n",
                    g.conversations
                ));
            }
        }
    }
    s
}

/// Per-metric change of each family's `all` row against a previous release's report.
pub fn diff(current: &Value, previous: &Value) -> Value {
    let mut out = serde_json::Map::new();
    let Some(fams) = current["stats"].as_object() else {
        return Value::Object(out);
    };
    for (family, splits) in fams {
        let (now, before) = (&splits["all"], &previous["stats"][family]["all"]);
        let pick = |v: &Value| -> BTreeMap<&str, f64> {
            [
                ("conversations", v["conversations"].as_f64()),
                ("mean_turns", v["turns"]["mean"].as_f64()),
                (
                    "mean_tokens_per_conversation",
                    v["tokens_per_conversation"]["mean"].as_f64(),
                ),
                (
                    "p99_tokens_per_conversation",
                    v["tokens_per_conversation"]["p99"].as_f64(),
                ),
                (
                    "mean_chars_per_message",
                    v["chars_per_message"]["mean"].as_f64(),
                ),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect()
        };
        let (a, b) = (pick(now), pick(before));
        let d: serde_json::Map<String, Value> = a
            .iter()
            .map(|(k, v)| (k.to_string(), json!({"now": v, "before": b.get(k), "delta": b.get(k).map(|p| ((v - p) * 10_000.0).round() / 10_000.0)})))
            .collect();
        out.insert(family.clone(), Value::Object(d));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Record, Role};

    fn plan(n: usize, assistant_turns: usize) -> Plan {
        let records = (0..n)
            .map(|i| {
                let mut messages = vec![Message {
                    role: Role::User,
                    content: format!("question number {i} about sleep"),
                }];
                messages.extend((0..assistant_turns).map(|_| Message {
                    role: Role::Assistant,
                    content: "Let's take it slowly.".into(),
                }));
                Record::for_test("foundation", i as u64, messages)
            })
            .collect();
        Plan::build(records, &Policy::release_0())
    }

    #[test]
    fn passes_within_ranges_and_names_the_metric_outside() {
        let p = Policy::release_0();
        let ok = check(&p, &plan(50, 1)).unwrap();
        assert!(ok.pass, "{:?}", ok.failures);
        assert_eq!(ok.extra.len(), 2);
        let csv = String::from_utf8(ok.extra[0].1.clone()).unwrap();
        assert!(
            csv.starts_with(
                "family,split,metric,count,mean,p50,p90,p99,min,max\nfoundation,all,turns,50,2,"
            ),
            "{csv}"
        );
        let html = String::from_utf8(ok.extra[1].1.clone()).unwrap();
        assert!(html.contains("<svg") && html.contains("<h3>foundation</h3>"));
        assert!(
            html.contains("[0.25, 0.75]") && html.contains(">pass<"),
            "{html}"
        );

        // Four assistant turns per user turn: assistant share 0.8 is out of [0.25, 0.75].
        let bad = check(&p, &plan(50, 4)).unwrap();
        assert!(!bad.pass);
        let html = String::from_utf8(bad.extra[1].1.clone()).unwrap();
        assert!(html.contains(">FAIL<"), "{html}");
        assert_eq!(
            bad.failures,
            vec!["foundation: assistant_share = 0.8 is outside the expected range [0.25, 0.75]"]
        );
    }

    #[test]
    fn report_is_stable_and_diffable() {
        let p = Policy::release_0();
        let a = check(&p, &plan(30, 1)).unwrap();
        let b = check(&p, &plan(30, 1)).unwrap();
        assert_eq!(
            serde_json::to_string(&a.report).unwrap(),
            serde_json::to_string(&b.report).unwrap()
        );
        let d = diff(&check(&p, &plan(40, 1)).unwrap().report, &a.report);
        assert_eq!(d["foundation"]["conversations"]["delta"], 10.0);
    }

    #[test]
    fn unknown_metrics_are_rejected_by_the_policy() {
        let bad = crate::policy::RELEASE_0.replacen(
            "mean_turns = [2, 60], mean_tokens",
            "mean_turnz = [2, 60], mean_tokens",
            1,
        );
        let e = Policy::from_toml(&bad).unwrap_err().to_string();
        // named with its line and the metrics there are
        assert!(
            e.contains("unknown variant `mean_turnz`")
                && e.contains("TOML parse error at line ")
                && e.contains("`mean_turns`"),
            "{e}"
        );
    }
}
