//! `mhd-bench pii-long`: how detection and redaction time grows with one record's length, over
//! shapes that made parts of the detector quadratic (one long token, a long host, thousands of
//! names or addresses in one record). Each shape is timed at n and at 4n bytes; the report is
//! the growth per byte, t(4n) / (4 t(n)): about 1 is linear, about 4 quadratic. A ratio within
//! the run, never a pass/fail timing.

use anyhow::{Context, Result};
use mhd_shared::pii::{Detector, redaction};
use std::path::Path;
use std::time::Instant;

/// Repeated to make each record: no record content, only these made-up shapes.
const SHAPES: [(&str, &str); 25] = [
    ("alphanumeric token", "AB12CD"),
    ("host of many labels", "www.a"),
    ("glued URLs", "https://a.b/"),
    ("names", "ann lee "),
    ("titled names", "Mr. A "),
    ("street addresses", "1 Oak St "),
    ("keyed numbers", "MRN 1234 "),
    ("numbers and dashes", "1-"),
    ("capitalised words", "Ann "),
    ("dates", "1/2/"),
    ("listed dates", "- 1/2\n"),
    ("transcript of figures", "Taylor Swift: hi\n"),
    // (a label of three words is no speaker's: each line asked the whole text for one)
    (
        "transcript of three-word figures",
        "Martin Luther King: hi\n",
    ),
    ("figures after colons on one line", "a: Taylor Swift "),
    (
        "figures after \"to\" in one clause",
        "listening to Taylor Swift ",
    ),
    ("figures before open brackets", "Taylor Swift ("),
    // (a helper's reading of the detector for scans per candidate, 2026-12-07)
    ("one host of many short labels", "x.co."),
    ("one host of suffixes and capitals", "ab.co.Ab."),
    ("bare domains with paths glued", "ab.co/x)"),
    ("www hosts glued by brackets", "www.a)"),
    ("names joined by and", "Sarah and "),
    ("hyphened sign-offs on one line", "x!- Grace "),
    ("greeted lowercase names on one line", "hi amber "),
    ("names before works", "Adele's album "),
    ("words", "the sky is blue "),
];

fn seconds(d: &Detector, text: &str) -> f64 {
    // the best of three: the machine is noisy, and a slow outlier is not the algorithm
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(redaction(d, text));
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// `units`: a file of more shapes to try, one JSON string per line (so a unit may hold a line
/// break); their rows name them by line number, not by their text.
pub fn pii_long(kib: usize, units: Option<&Path>) -> Result<()> {
    let d = Detector::get();
    let shapes: Vec<(String, String)> = match units {
        None => SHAPES
            .iter()
            .map(|(n, u)| (n.to_string(), u.to_string()))
            .collect(),
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("{}", path.display()))?
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                let unit: String = serde_json::from_str(l)
                    .with_context(|| format!("{}:{}: not a JSON string", path.display(), i + 1))?;
                anyhow::ensure!(!unit.is_empty(), "{}:{}: empty unit", path.display(), i + 1);
                Ok((format!("line {}", i + 1), unit))
            })
            .collect::<Result<_>>()?,
    };
    let mut rows = Vec::new();
    for (name, unit) in shapes {
        let short = unit.repeat(((kib << 10) / unit.len()).max(1));
        let long = short.repeat(4);
        let (ts, tl) = (seconds(d, &short), seconds(d, &long));
        rows.push(serde_json::json!({
            "shape": name,
            "bytes": [short.len(), long.len()],
            "seconds": [ts, tl],
            "growth_per_byte": (tl / (4.0 * ts) * 100.0).round() / 100.0,
        }));
    }
    println!("{}", serde_json::to_string_pretty(&rows)?);
    Ok(())
}
