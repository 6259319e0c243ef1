//! `mhd pii eval`: scores the privacy detector on labelled sets it was not written against —
//! the Faker-generated halves (`tests/pii/faker_set.py`) and the hand-labelled counsel-chat
//! answers (`tests/pii/counsel_chat_set.py`). Each line of a set:
//! `{"id", "messages": [{"role", "content"}], "spans": [{"message", "start", "end", "type"}],
//!   "decoys": [{"message", "start", "end", "kind"}], "dont_care": [{"message", "start", "end"}]}`
//! with UTF-8 byte offsets.
//!
//! An identifier is caught when redaction covers every letter and digit of it (a partly
//! redacted identifier still leaks). A redaction is a false positive when it touches no labelled
//! identifier and no "either way" span (public figures' names). A decoy (public resource,
//! clinical term…) is intact when no redaction touches it; an identifier-free record must come
//! out byte-identical.

use anyhow::{Context, Result, bail};
use mhd_shared::pii::{Detector, Finding, redaction};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

#[derive(Deserialize)]
struct Record {
    id: String,
    messages: Vec<Msg>,
    #[serde(default)]
    spans: Vec<Span>,
    #[serde(default)]
    decoys: Vec<Span>,
    #[serde(default)]
    dont_care: Vec<Span>,
}

#[derive(Deserialize)]
struct Msg {
    content: String,
}

#[derive(Deserialize, Clone)]
struct Span {
    message: usize,
    start: usize,
    end: usize,
    #[serde(default, rename = "type")]
    kind: Option<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Score {
    pub records: u64,
    pub identifiers: u64,
    pub caught: u64,
    /// (identifiers, caught) per labelled type.
    pub by_type: BTreeMap<String, (u64, u64)>,
    pub redactions: u64,
    pub false_positives: u64,
    pub identifier_free: u64,
    pub identical: u64,
    pub decoys: u64,
    pub decoys_intact: u64,
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

impl Score {
    pub fn recall(&self) -> f64 {
        ratio(self.caught, self.identifiers)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.redactions - self.false_positives, self.redactions)
    }
    pub fn identical_share(&self) -> f64 {
        ratio(self.identical, self.identifier_free)
    }
    pub fn decoys_share(&self) -> f64 {
        ratio(self.decoys_intact, self.decoys)
    }
    /// The lowest recall of any type, with the type.
    pub fn worst_type(&self) -> Option<(&str, f64)> {
        self.by_type
            .iter()
            .map(|(k, &(n, c))| (k.as_str(), ratio(c, n)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{:<14} {:>7} {:>7} {:>7}",
            "type", "labelled", "caught", "recall"
        )?;
        for (k, &(n, c)) in &self.by_type {
            writeln!(f, "{k:<14} {n:>7} {c:>7} {:>7.3}", ratio(c, n))?;
        }
        writeln!(
            f,
            "{:<14} {:>7} {:>7} {:>7.3}",
            "all",
            self.identifiers,
            self.caught,
            self.recall()
        )?;
        writeln!(
            f,
            "precision {:.3} ({} redactions, {} false positives)",
            self.precision(),
            self.redactions,
            self.false_positives
        )?;
        writeln!(
            f,
            "identifier-free records byte-identical {:.4} ({} of {})",
            self.identical_share(),
            self.identical,
            self.identifier_free
        )?;
        write!(
            f,
            "decoys intact {:.4} ({} of {}); {} records",
            self.decoys_share(),
            self.decoys_intact,
            self.decoys,
            self.records
        )
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Whether the findings cover every letter and digit of `text[s..e]`.
fn covered(text: &str, s: usize, e: usize, found: &[Finding]) -> bool {
    text.as_bytes()[s..e].iter().enumerate().all(|(i, c)| {
        let at = s + i;
        !c.is_ascii_alphanumeric() && *c < 0x80 || found.iter().any(|f| f.start <= at && at < f.end)
    })
}

/// Scores one set. `show` prints up to that many misses and false positives, with their text:
/// the sets are synthetic or public data, never a release's records.
/// `shown_to` receives the misses and false positives `show` asks for.
pub fn score_file(
    d: &Detector,
    path: &Path,
    show: usize,
    shown_to: &mut dyn std::io::Write,
) -> Result<Score> {
    let file = std::fs::File::open(path).with_context(|| format!("{}", path.display()))?;
    let mut s = Score::default();
    let mut shown = 0;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let r: Record = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not a labelled record", path.display(), n + 1))?;
        s.records += 1;
        let mut changed = false;
        for (mi, m) in r.messages.iter().enumerate() {
            let text = &m.content;
            let found = redaction(d, text);
            changed |= !found.is_empty();
            let of = |v: &[Span]| -> Vec<Span> {
                v.iter().filter(|x| x.message == mi).cloned().collect()
            };
            let (gold, decoys, either) = (of(&r.spans), of(&r.decoys), of(&r.dont_care));
            for g in &gold {
                if g.end > text.len()
                    || !text.is_char_boundary(g.start)
                    || !text.is_char_boundary(g.end)
                {
                    bail!(
                        "{}:{}: span {}..{} is not in message {mi}",
                        path.display(),
                        n + 1,
                        g.start,
                        g.end
                    );
                }
                let kind = g.kind.clone().unwrap_or_default();
                let ok = covered(text, g.start, g.end, &found);
                let e = s.by_type.entry(kind.clone()).or_default();
                e.0 += 1;
                s.identifiers += 1;
                if ok {
                    e.1 += 1;
                    s.caught += 1;
                } else if shown < show {
                    shown += 1;
                    writeln!(
                        shown_to,
                        "MISS {kind} [{}] {:?} in {:?}",
                        r.id,
                        &text[g.start..g.end],
                        context(text, g.start, g.end)
                    )?;
                }
            }
            for f in &found {
                s.redactions += 1;
                let span = (f.start, f.end);
                let labelled = gold
                    .iter()
                    .chain(&either)
                    .any(|g| overlaps(span, (g.start, g.end)));
                if !labelled {
                    s.false_positives += 1;
                    if shown < show {
                        shown += 1;
                        writeln!(
                            shown_to,
                            "FP {} [{}] {:?} in {:?}",
                            f.kind.as_str(),
                            r.id,
                            &text[f.start..f.end],
                            context(text, f.start, f.end)
                        )?;
                    }
                }
            }
            for dc in &decoys {
                s.decoys += 1;
                if found
                    .iter()
                    .all(|f| !overlaps((f.start, f.end), (dc.start, dc.end)))
                {
                    s.decoys_intact += 1;
                } else if shown < show {
                    shown += 1;
                    writeln!(shown_to, "DECOY [{}] {:?}", r.id, &text[dc.start..dc.end])?;
                }
            }
        }
        if r.spans.is_empty() && r.dont_care.is_empty() {
            s.identifier_free += 1;
            if !changed {
                s.identical += 1;
            }
        }
    }
    Ok(s)
}

fn context(text: &str, s: usize, e: usize) -> &str {
    let mut a = s.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    &text[a..b]
}

/// Floors a set must meet; `None` is not checked.
#[derive(Debug, Default, Clone, Copy)]
pub struct Floors {
    pub recall: Option<f64>,
    pub type_recall: Option<f64>,
    pub precision: Option<f64>,
    pub identical: Option<f64>,
    pub decoys: Option<f64>,
}

/// The floors the score misses, as readable lines.
pub fn below(s: &Score, f: &Floors) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |name: &str, have: f64, want: Option<f64>| {
        if let Some(w) = want
            && have < w
        {
            out.push(format!("{name} {have:.4} < {w}"));
        }
    };
    check("recall", s.recall(), f.recall);
    if let Some((k, r)) = s.worst_type() {
        check(&format!("recall of {k}"), r, f.type_recall);
    }
    check("precision", s.precision(), f.precision);
    check("byte-identical share", s.identical_share(), f.identical);
    check("decoys intact", s.decoys_share(), f.decoys);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(lines: &[&str]) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().expect("temp file");
        for l in lines {
            use std::io::Write;
            writeln!(f, "{l}").expect("write");
        }
        f
    }

    #[test]
    fn scores_coverage_false_positives_and_identical_records() {
        let f = write(&[
            r#"{"id":"a","messages":[{"content":"mail me at jo@example.com"}],"spans":[{"message":0,"start":11,"end":25,"type":"EMAIL"}]}"#,
            r#"{"id":"b","messages":[{"content":"I feel tired today."}]}"#,
            r#"{"id":"c","messages":[{"content":"call 1-800-273-8255 now"}],"decoys":[{"message":0,"start":5,"end":19}]}"#,
        ]);
        let s = score_file(Detector::get(), f.path(), 0, &mut std::io::sink()).expect("scores");
        assert_eq!((s.identifiers, s.caught), (1, 1));
        assert_eq!(s.false_positives, 0);
        assert_eq!((s.identifier_free, s.identical), (2, 2));
        assert_eq!((s.decoys, s.decoys_intact), (1, 1));
        let floors = Floors {
            recall: Some(1.0),
            precision: Some(1.0),
            ..Floors::default()
        };
        assert!(below(&s, &floors).is_empty());
    }

    #[test]
    fn a_partly_redacted_identifier_is_a_miss_and_floors_say_so() {
        // "Zed" is labelled but a plain word beside it is not redacted: coverage must be whole
        let f = write(&[
            r#"{"id":"a","messages":[{"content":"my name is Zed Window and hi"}],"spans":[{"message":0,"start":11,"end":21,"type":"NAME"}]}"#,
        ]);
        let s = score_file(Detector::get(), f.path(), 0, &mut std::io::sink()).expect("scores");
        assert_eq!((s.identifiers, s.caught), (1, 0));
        let floors = Floors {
            recall: Some(0.5),
            ..Floors::default()
        };
        assert_eq!(below(&s, &floors).len(), 1);
    }
}
