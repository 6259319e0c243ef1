//! distribution.html: every checked metric with its expected range and verdict, and the token
//! histograms of every family × split on one shared x scale, with labelled axes. Counts only.

use crate::stats::GroupStats;
use std::collections::BTreeMap;
use std::fmt::Write;

/// One metric checked against the policy's range.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Check {
    pub family: String,
    pub metric: String,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub pass: bool,
}

const W: f64 = 360.0;
const PAD: f64 = 36.0;

/// A value's position on an axis from `lo` to `hi`, linear or log10.
fn scale(v: f64, lo: f64, hi: f64, log: bool) -> f64 {
    let (v, lo, hi) = if log {
        (
            v.max(1e-9).log10(),
            lo.max(1e-9).log10(),
            hi.max(1e-9).log10(),
        )
    } else {
        (v, lo, hi)
    };
    if hi <= lo {
        return PAD;
    }
    PAD + (v - lo) / (hi - lo) * (W - 2.0 * PAD)
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The expected band shaded and the value marked, on the metric's own axis (shared by every
/// family checked on that metric); log scale when the axis spans more than two decades.
fn range_bar(c: &Check, lo: f64, hi: f64, log: bool) -> String {
    let (a, b, v) = (
        scale(c.low, lo, hi, log),
        scale(c.high, lo, hi, log),
        scale(c.value, lo, hi, log),
    );
    let colour = if c.pass { "#2a7" } else { "#c33" };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="34" role="img" aria-label="{m}: {val} against expected {l} to {h}"><line x1="{PAD}" y1="14" x2="{x2}" y2="14" stroke="#999"/><rect x="{a:.1}" y="8" width="{bw:.1}" height="12" fill="#cde"/><circle cx="{v:.1}" cy="14" r="4" fill="{colour}"/><text x="{PAD}" y="32" font-size="9" text-anchor="middle">{lo_s}</text><text x="{x2}" y="32" font-size="9" text-anchor="middle">{hi_s}</text><text x="{mid}" y="32" font-size="9" text-anchor="middle">{axis}</text></svg>"##,
        m = c.metric,
        val = num(c.value),
        l = num(c.low),
        h = num(c.high),
        x2 = W - PAD,
        bw = (b - a).max(1.0),
        lo_s = num(lo),
        hi_s = num(hi),
        mid = W / 2.0,
        axis = if log { "log scale" } else { "" },
    )
}

/// A histogram of tokens per conversation on the shared axis `[lo, hi]`.
fn histogram(values: &[u64], lo: u64, hi: u64) -> String {
    const H: f64 = 96.0;
    const BINS: usize = 20;
    let width = ((hi - lo) as f64 / BINS as f64).max(1.0);
    let mut counts = [0u64; BINS];
    for v in values {
        counts[(((v.saturating_sub(lo)) as f64 / width) as usize).min(BINS - 1)] += 1;
    }
    let top = counts.iter().copied().max().unwrap_or(0).max(1);
    let plot = W - 2.0 * PAD;
    let bw = plot / BINS as f64;
    let mut bars = String::new();
    for (i, c) in counts.iter().enumerate() {
        let h = *c as f64 / top as f64 * (H - 40.0);
        let _ = write!(
            bars,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{h:.1}" fill="steelblue"><title>{c} conversations, {}–{} tokens</title></rect>"##,
            PAD + i as f64 * bw + 0.5,
            H - 28.0 - h,
            bw - 1.0,
            lo + (i as f64 * width) as u64,
            lo + ((i + 1) as f64 * width) as u64,
        );
    }
    let base = H - 28.0;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" role="img" aria-label="tokens per conversation, shared axis {lo} to {hi}">{bars}<line x1="{PAD}" y1="{base}" x2="{x2}" y2="{base}" stroke="#333"/><line x1="{PAD}" y1="12" x2="{PAD}" y2="{base}" stroke="#333"/><text x="{yl}" y="16" font-size="9" text-anchor="end">{top}</text><text x="{yl}" y="{base}" font-size="9" text-anchor="end">0</text><text x="{PAD}" y="{t}" font-size="9" text-anchor="middle">{lo}</text><text x="{mid}" y="{t}" font-size="9" text-anchor="middle">{midv}</text><text x="{x2}" y="{t}" font-size="9" text-anchor="middle">{hi}</text><text x="{mid}" y="{lab}" font-size="9" text-anchor="middle">tokens per conversation (o200k) · y: conversations</text></svg>"##,
        x2 = W - PAD,
        yl = PAD - 3.0,
        t = base + 11.0,
        lab = H - 2.0,
        mid = W / 2.0,
        midv = lo + (hi - lo) / 2,
    )
}

pub fn render(stats: &BTreeMap<String, BTreeMap<String, GroupStats>>, checks: &[Check]) -> String {
    let mut s = String::from(
        "<!doctype html><meta charset=\"utf-8\"><title>Distribution</title>\
         <style>body{font:14px system-ui;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}.pass{color:#2a7;font-weight:600}.fail{color:#c33;font-weight:600}</style>\
         <h1>Distribution by family × split</h1><p>Tokens: o200k_base. Ranges are the policy's \
         <code>expected</code>, checked on each family's <code>all</code> row; the shaded band \
         is the range, the dot the value, on one axis per metric.</p><h2>Checks</h2>",
    );
    let passed = checks.iter().filter(|c| c.pass).count();
    let _ = write!(
        s,
        "<p>{passed} of {} checks pass.</p><table><tr><th>family</th><th>metric</th><th>value</th><th>expected</th><th>verdict</th><th>range</th></tr>",
        checks.len()
    );
    // One axis per metric, shared by every family checked on it.
    let mut axes: BTreeMap<&str, (f64, f64)> = BTreeMap::new();
    for c in checks {
        let e = axes
            .entry(&c.metric)
            .or_insert((f64::INFINITY, f64::NEG_INFINITY));
        e.0 = e.0.min(c.low).min(c.value);
        e.1 = e.1.max(c.high).max(c.value);
    }
    for c in checks {
        let (lo, hi) = axes[c.metric.as_str()];
        let log = lo > 0.0 && hi / lo > 100.0;
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>[{}, {}]</td><td class=\"{cls}\">{verdict}</td><td>{}</td></tr>",
            c.family,
            c.metric,
            num(c.value),
            num(c.low),
            num(c.high),
            range_bar(c, lo, hi, log),
            cls = if c.pass { "pass" } else { "fail" },
            verdict = if c.pass { "pass" } else { "FAIL" },
        );
    }
    s.push_str(
        "</table><h2>Tokens per conversation</h2><p>Every histogram uses the same x axis.</p>",
    );
    let all: Vec<u64> = stats
        .values()
        .flat_map(|sp| sp.values())
        .flat_map(|g| g.token_values.iter().copied())
        .collect();
    let (lo, hi) = (
        all.iter().copied().min().unwrap_or(0),
        all.iter().copied().max().unwrap_or(0),
    );
    for (family, splits) in stats {
        let _ = write!(
            s,
            "<h3>{family}</h3><table><tr><th>split</th><th>conversations</th><th>mean turns</th><th>tokens p50/p90/p99/max</th><th>chars/message mean</th><th>assistant share</th><th>histogram</th></tr>"
        );
        for (split, g) in splits {
            let t = &g.tokens_per_conversation;
            let _ = write!(
                s,
                "<tr><td>{split}</td><td>{}</td><td>{}</td><td>{}/{}/{}/{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                g.conversations,
                g.turns.mean,
                t.p50,
                t.p90,
                t.p99,
                t.max,
                g.chars_per_message.mean,
                g.role_balance.get("assistant").copied().unwrap_or(0.0),
                histogram(&g.token_values, lo, hi)
            );
        }
        s.push_str("</table>");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_the_shared_axis() {
        assert_eq!(scale(0.0, 0.0, 10.0, false), PAD);
        assert_eq!(scale(10.0, 0.0, 10.0, false), W - PAD);
        assert!((scale(100.0, 1.0, 10_000.0, true) - W / 2.0).abs() < 1e-9);
        // a row's axis is the shared one, not its own min and max
        let a = histogram(&[10, 20], 0, 100);
        assert!(a.contains(">0</text>") && a.contains(">100</text>"), "{a}");
        assert!(a.contains("tokens per conversation (o200k)"), "{a}");
    }
}
