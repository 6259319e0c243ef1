//! CloudWatch Embedded Metric Format: one JSON line on stdout per event, which CloudWatch turns
//! into metrics without an API call. Counts, kinds, reasons and release ids only — never content.

use crate::state::{GateRow, ShardRow};
use serde_json::{Map, Value, json};

pub const NAMESPACE: &str = "mhd-release";

/// One EMF document: `metrics` are (name, value, unit); each is published with no dimensions
/// (for alarms across releases) and with every dimension in `dims`.
pub fn emf(timestamp_ms: i64, dims: &[(&str, &str)], metrics: &[(String, f64, &str)]) -> String {
    let mut root = Map::new();
    for (k, v) in dims {
        root.insert((*k).into(), Value::String((*v).into()));
    }
    for (name, value, _) in metrics {
        root.insert(name.clone(), json!(value));
    }
    let names: Vec<&str> = dims.iter().map(|(k, _)| *k).collect();
    root.insert(
        "_aws".into(),
        json!({
            "Timestamp": timestamp_ms,
            "CloudWatchMetrics": [{
                "Namespace": NAMESPACE,
                "Dimensions": [[], names],
                "Metrics": metrics.iter().map(|(n, _, u)| json!({"Name": n, "Unit": u})).collect::<Vec<_>>(),
            }],
        }),
    );
    Value::Object(root).to_string()
}

/// A processed shard: records in/out, quarantined (total and by reason), privacy findings by
/// kind, failure, and how long it took.
pub fn shard(row: &ShardRow, release: &str, timestamp_ms: i64, duration_ms: u64) -> String {
    let mut m: Vec<(String, f64, &str)> = vec![
        ("RecordsIn".into(), row.records_in as f64, "Count"),
        ("RecordsOut".into(), row.records_out as f64, "Count"),
        (
            "Quarantined".into(),
            row.quarantined.values().sum::<u64>() as f64,
            "Count",
        ),
        (
            "ShardFailed".into(),
            f64::from(u8::from(row.status != crate::state::ShardStatus::Done)),
            "Count",
        ),
        ("ShardDuration".into(), duration_ms as f64, "Milliseconds"),
    ];
    for (reason, n) in &row.quarantined {
        m.push((format!("Quarantined_{reason}"), *n as f64, "Count"));
    }
    if let Some(p) = &row.pii {
        m.push(("PiiRedacted".into(), p.totals.redacted as f64, "Count"));
        m.push(("PiiResidual".into(), p.totals.residual as f64, "Count"));
        for (kind, n) in &p.totals.found {
            m.push((format!("PiiFound_{kind}"), *n as f64, "Count"));
        }
    }
    emf(
        timestamp_ms,
        &[("Release", release), ("Family", &row.family)],
        &m,
    )
}

/// A release's state after the finalizer advanced it: one count for the state it is in, so
/// `ReleaseFailed` can raise an alarm; gate results and their headline counts (duplicates
/// removed, records redacted) when gating ran.
pub fn release(release: &str, state: &str, timestamp_ms: i64, gates: &[GateRow]) -> String {
    let mut m: Vec<(String, f64, &str)> = vec![(format!("Release{}", camel(state)), 1.0, "Count")];
    for g in gates {
        let failed = f64::from(u8::from(g.status != crate::state::GateStatus::Pass));
        m.push((format!("GateFailed_{}", g.name), failed, "Count"));
        for (k, n) in &g.counts {
            m.push((format!("{}_{k}", camel(&g.name)), *n as f64, "Count"));
        }
    }
    emf(timestamp_ms, &[("Release", release)], &m)
}

/// `AWAITING_SIGNOFF` -> `AwaitingSignoff`.
fn camel(state: &str) -> String {
    state
        .split('_')
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            let mut c = lower.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declared_metric_has_a_numeric_value_and_dimensions_exist() {
        let gate = GateRow {
            name: "dedup".into(),
            status: crate::state::GateStatus::Fail,
            summary: String::new(),
            report_key: String::new(),
            counts: [("removed_near".to_string(), 3)].into(),
        };
        let line = release("v2026-11-25", "FAILED", 1, &[gate]);
        let v: Value = serde_json::from_str(&line).unwrap();
        let decl = &v["_aws"]["CloudWatchMetrics"][0];
        assert_eq!(decl["Namespace"], NAMESPACE);
        for m in decl["Metrics"].as_array().unwrap() {
            assert!(v[m["Name"].as_str().unwrap()].is_number(), "{m}");
        }
        for d in decl["Dimensions"][1].as_array().unwrap() {
            assert!(v[d.as_str().unwrap()].is_string());
        }
        assert_eq!(v["ReleaseFailed"], 1.0);
        assert_eq!(v["GateFailed_dedup"], 1.0);
        assert_eq!(v["Dedup_removed_near"], 3.0);
    }

    #[test]
    fn shard_metrics_carry_counts_only() {
        let row: ShardRow = serde_json::from_value(json!({
            "key": "staging/v2026-11-25/foundation/s/a.jsonl", "status": "done",
            "family": "foundation", "source": "s", "sha256": "", "bytes": 10,
            "records_in": 5, "records_out": 4, "quarantined": {"invalid_json": 1},
            "blank_lines": 0, "report_key": "r", "generation": 0
        }))
        .unwrap();
        let v: Value = serde_json::from_str(&shard(&row, "v2026-11-25", 1, 12)).unwrap();
        assert_eq!(v["Quarantined_invalid_json"], 1.0);
        assert_eq!(v["RecordsOut"], 4.0);
        assert_eq!(v["ShardFailed"], 0.0);
        assert_eq!(v["Family"], "foundation");
    }
}
