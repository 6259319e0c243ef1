//! Redaction with typed placeholders, and the residual re-scan that checks it.

use super::{Detector, Finding, Kind};
use crate::model::Message;

/// The result of redacting one record's messages. Counts and kinds only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redacted {
    /// Findings per kind, before redaction.
    pub found: [u32; Kind::ALL.len()],
    /// Findings the re-scan of the redacted text still reports (must be 0).
    pub residual: u32,
    /// Where each finding was: (message index, finding) — offsets into the original text.
    pub spans: Vec<(usize, Finding)>,
    /// The content of each changed message before redaction, so a caller that quarantines the
    /// record can keep it as read without copying every record up front.
    pub originals: Vec<(usize, String)>,
}

impl Redacted {
    /// Puts the original content back into `messages` (the record as read).
    pub fn restore(self, messages: &mut [Message]) {
        for (i, text) in self.originals {
            messages[i].content = text;
        }
    }
}

impl Redacted {
    pub fn total(&self) -> u32 {
        self.found.iter().sum()
    }
}

/// Replaces every finding in `text` with its placeholder.
pub fn apply(text: &str, found: &[Finding]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in found {
        out.push_str(&text[at..f.start]);
        out.push_str(f.kind.placeholder());
        at = f.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Redaction passes before the re-scan. A finding that lost an overlap to a higher-priority one
/// can leave a remainder that only shows once its neighbour is a placeholder
/// ("12 Oak Street Springfield Sarah"); a further pass takes it.
const PASSES: usize = 3;

/// Everything redaction replaces in `text`, as disjoint findings in `text`'s own offsets: the
/// detector's findings, and those of each further pass over the partly redacted text mapped
/// back (a later finding that covers part of a placeholder takes that placeholder's span).
pub fn redaction(d: &Detector, text: &str) -> Vec<Finding> {
    redaction_checked(d, text).0
}

/// [`redaction`], and the residual: how many findings the re-scan of the fully redacted text
/// still reports (0 unless redaction failed). The pass that finds nothing more is the re-scan,
/// so a text with identifiers is scanned twice, not three times.
pub fn redaction_checked(d: &Detector, text: &str) -> (Vec<Finding>, u32) {
    let mut acc = Vec::new();
    let mut found = Vec::new();
    d.detect_into(text, &mut found);
    if found.is_empty() {
        return (acc, 0);
    }
    acc.extend_from_slice(&found);
    for pass in 1..=PASSES {
        let current = apply(text, &acc);
        d.detect_into(&current, &mut found);
        if found.is_empty() || pass == PASSES {
            return (acc, found.len() as u32);
        }
        let mapped = all_to_original(&found, &acc);
        acc.extend(mapped);
        merge(&mut acc);
    }
    (acc, 0)
}

/// Maps a finding in the redacted text (placeholders in place of `acc`) back to the original.
fn to_original(f: &Finding, acc: &[Finding]) -> Finding {
    // (start in redacted text, end in redacted text, original start, original end)
    let mut shift: isize = 0;
    let mut start = None;
    let mut end = None;
    for a in acc {
        let p_start = (a.start as isize + shift) as usize;
        let p_end = p_start + a.kind.placeholder().len();
        if start.is_none() && f.start < p_end {
            start = Some(if f.start >= p_start {
                a.start
            } else {
                (f.start as isize - shift) as usize
            });
        }
        if end.is_none() && f.end <= p_end {
            end = Some(if f.end > p_start {
                a.end
            } else {
                (f.end as isize - shift) as usize
            });
        }
        shift += a.kind.placeholder().len() as isize - (a.end - a.start) as isize;
    }
    Finding {
        start: start.unwrap_or((f.start as isize - shift) as usize),
        end: end.unwrap_or((f.end as isize - shift) as usize),
        kind: f.kind,
    }
}

/// [`to_original`] for every finding of one pass. The findings are in order, so the
/// placeholders before each are counted once in all, not again for each finding (a long record
/// of thousands of them was quadratic).
fn all_to_original(found: &[Finding], acc: &[Finding]) -> Vec<Finding> {
    let ordered = found
        .windows(2)
        .all(|w| w[0].start <= w[1].start && w[0].end <= w[1].end);
    if !ordered {
        return found.iter().map(|f| to_original(f, acc)).collect();
    }
    let (mut starts, mut ends) = (Cursor::default(), Cursor::default());
    found
        .iter()
        .map(|f| Finding {
            start: starts.map(f.start, acc, false),
            end: ends.map(f.end, acc, true),
            kind: f.kind,
        })
        .collect()
}

/// A walk over the placeholders in order, with the shift in length they made before it.
#[derive(Default)]
struct Cursor {
    at: usize,
    shift: isize,
}

impl Cursor {
    /// The original offset of `x`, a start (or with `end`, an end) in the redacted text no
    /// smaller than the last one asked; as in [`to_original`], one that falls in a placeholder
    /// takes the placeholder's own.
    fn map(&mut self, x: usize, acc: &[Finding], end: bool) -> usize {
        while let Some(a) = acc.get(self.at) {
            let p_start = (a.start as isize + self.shift) as usize;
            let p_end = p_start + a.kind.placeholder().len();
            match end {
                false if x < p_end => return if x >= p_start { a.start } else { self.back(x) },
                true if x <= p_end => return if x > p_start { a.end } else { self.back(x) },
                _ => {}
            }
            self.shift += a.kind.placeholder().len() as isize - (a.end - a.start) as isize;
            self.at += 1;
        }
        self.back(x)
    }

    fn back(&self, x: usize) -> usize {
        (x as isize - self.shift) as usize
    }
}

/// Sorts and joins overlapping findings (the higher-priority kind names the union).
fn merge(acc: &mut Vec<Finding>) {
    acc.sort_by_key(|f| (f.start, f.end));
    let mut out: Vec<Finding> = Vec::with_capacity(acc.len());
    for f in acc.drain(..) {
        match out.last_mut() {
            Some(last) if f.start < last.end => {
                last.end = last.end.max(f.end);
                last.kind = last.kind.min(f.kind);
            }
            _ => out.push(f),
        }
    }
    *acc = out;
}

/// Detects and redacts every message in place, then re-scans each changed message. Spans are
/// offsets into the message as read.
pub fn redact(d: &Detector, messages: &mut [Message]) -> Redacted {
    let mut r = Redacted::default();
    for (i, m) in messages.iter_mut().enumerate() {
        let (spans, residual) = redaction_checked(d, &m.content);
        if spans.is_empty() {
            continue;
        }
        for f in &spans {
            r.found[f.kind as usize] += 1;
            r.spans.push((i, *f));
        }
        let redacted = apply(&m.content, &spans);
        r.originals
            .push((i, std::mem::replace(&mut m.content, redacted)));
        r.residual += residual;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_passes_map_back_to_the_original_text() {
        let f = |start, end, kind| Finding { start, end, kind };
        let acc = [f(3, 8, Kind::Name)]; // "ab [NAME] cd" from "ab Sarah cd"
        // "cd" at 10..12 in the redacted text is 8+1.. in the original
        assert_eq!(
            to_original(&f(10, 12, Kind::Name), &acc),
            f(9, 11, Kind::Name)
        );
        // a span over the placeholder takes the placeholder's original range
        assert_eq!(
            to_original(&f(0, 9, Kind::Address), &acc),
            f(0, 8, Kind::Address)
        );
    }

    /// Disjoint findings in order, from (gap, length) pairs.
    fn spans(v: Vec<(usize, usize, bool)>) -> Vec<Finding> {
        let mut at = 0;
        v.into_iter()
            .map(|(gap, len, name)| {
                let start = at + gap;
                at = start + len;
                Finding {
                    start,
                    end: at,
                    kind: if name { Kind::Name } else { Kind::Zip },
                }
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn one_walk_maps_as_each_finding_alone(
            acc in proptest::collection::vec((0..6usize, 1..9usize, proptest::bool::ANY), 0..12),
            found in proptest::collection::vec((0..6usize, 1..9usize, proptest::bool::ANY), 0..12),
        ) {
            let (acc, found) = (spans(acc), spans(found));
            let each: Vec<Finding> = found.iter().map(|f| to_original(f, &acc)).collect();
            proptest::prop_assert_eq!(all_to_original(&found, &acc), each);
        }
    }
}
