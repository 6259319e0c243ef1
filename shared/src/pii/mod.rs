//! Privacy: detection of the HIPAA Safe Harbor identifiers that occur in conversation text,
//! redaction with typed placeholders, and the residual re-scan.
//!
//! No model: structured identifiers are found by patterns and then validated (checksums,
//! ranges, the shapes phone numbers take); the weak ones (5-digit ZIPs, short ids) only count
//! next to a context word ("SSN", "zip", "MRN", …). Names and places follow a safe-word
//! approach (`proper/`): a capitalised word that is not everyday English or a known ordinary
//! term is a proper noun and is redacted; everyday words that are also names need a cue.
//! Help-line numbers, help-service sites and organisation names are public resources and stay.
//!
//! Findings carry kinds and byte offsets only: they are safe to log and report.

mod contact;
mod dates;
pub mod field;
mod geo;
mod handles;
mod ids;
mod lexicon;
mod phone;
mod proper;
mod redact;
mod scan;
pub mod shard;
mod speakers;
mod text;
mod tokens;
mod vehicle;
mod works;

pub use redact::{Redacted, redact, redaction};

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The identifier kinds, each with its placeholder. Order is the priority when findings
/// overlap: the earlier kind wins (an e-mail address beats the name inside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Kind {
    Email,
    Url,
    Ip,
    Card,
    Ssn,
    Mrn,
    HealthPlan,
    Account,
    License,
    Vehicle,
    Device,
    Id,
    Phone,
    Date,
    Age,
    Address,
    Zip,
    Location,
    Name,
}

impl Kind {
    pub const ALL: [Kind; 19] = [
        Kind::Email,
        Kind::Url,
        Kind::Ip,
        Kind::Card,
        Kind::Ssn,
        Kind::Mrn,
        Kind::HealthPlan,
        Kind::Account,
        Kind::License,
        Kind::Vehicle,
        Kind::Device,
        Kind::Id,
        Kind::Phone,
        Kind::Date,
        Kind::Age,
        Kind::Address,
        Kind::Zip,
        Kind::Location,
        Kind::Name,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Email => "EMAIL",
            Kind::Url => "URL",
            Kind::Ip => "IP",
            Kind::Card => "CARD",
            Kind::Ssn => "SSN",
            Kind::Mrn => "MRN",
            Kind::HealthPlan => "HEALTH_PLAN",
            Kind::Account => "ACCOUNT",
            Kind::License => "LICENSE",
            Kind::Vehicle => "VEHICLE",
            Kind::Device => "DEVICE",
            Kind::Id => "ID",
            Kind::Phone => "PHONE",
            Kind::Date => "DATE",
            Kind::Age => "AGE",
            Kind::Address => "ADDRESS",
            Kind::Zip => "ZIP",
            Kind::Location => "LOCATION",
            Kind::Name => "NAME",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The text that replaces an identifier of this kind.
    pub fn placeholder(self) -> &'static str {
        match self {
            Kind::Email => "[EMAIL]",
            Kind::Url => "[URL]",
            Kind::Ip => "[IP]",
            Kind::Card => "[CARD]",
            Kind::Ssn => "[SSN]",
            Kind::Mrn => "[MRN]",
            Kind::HealthPlan => "[HEALTH_PLAN]",
            Kind::Account => "[ACCOUNT]",
            Kind::License => "[LICENSE]",
            Kind::Vehicle => "[VEHICLE]",
            Kind::Device => "[DEVICE]",
            Kind::Id => "[ID]",
            Kind::Phone => "[PHONE]",
            Kind::Date => "[DATE]",
            Kind::Age => "[AGE]",
            Kind::Address => "[ADDRESS]",
            Kind::Zip => "[ZIP]",
            Kind::Location => "[LOCATION]",
            Kind::Name => "[NAME]",
        }
    }

    /// Structured identifiers (everything but names and free-text geography), for the recall
    /// targets that differ between the two.
    pub fn structured(self) -> bool {
        !matches!(self, Kind::Name | Kind::Location)
    }
}

/// One identifier found: its kind and byte range in the text. Never the text itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Identifies the detector in reports: the lists and this version change together.
pub const DETECTOR: &str = "mhd-pii/19";

/// The compiled detector: patterns and lists, built once per process.
pub struct Detector {
    contact: contact::Contact,
    ids: ids::Ids,
    dates: dates::Dates,
    geo: geo::Geo,
    lexicon: lexicon::Lexicon,
}

impl Detector {
    /// The process-wide detector (compiling the patterns and loading the lists takes a few ms).
    pub fn get() -> &'static Detector {
        static D: OnceLock<Detector> = OnceLock::new();
        D.get_or_init(Detector::build)
    }

    fn build() -> Detector {
        Detector {
            contact: contact::Contact::new(),
            ids: ids::Ids::new(),
            dates: dates::Dates::new(),
            geo: geo::Geo::new(),
            lexicon: {
                let mut l = lexicon::Lexicon::load();
                proper::register(&mut l);
                l
            },
        }
    }

    /// Whether every word of `text` is a listed personal name or town (first names, surnames,
    /// the gazetteer): what a name or place in a *file name* must be to count — a dataset's own
    /// name ("ESConv", "AnnoMI-simple") is an unknown capitalised word, not a person.
    pub fn listed_names_only(&self, text: &str) -> bool {
        let mut any = false;
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            any = true;
            let flags = self.lexicon.flags(&w.to_lowercase());
            if flags & (lexicon::FIRST_NAME | lexicon::SURNAME | lexicon::TOWN) == 0 {
                return false;
            }
        }
        any
    }

    /// Every identifier in `text`, non-overlapping, in text order.
    pub fn detect(&self, text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        self.detect_into(text, &mut out);
        out
    }

    pub fn detect_into(&self, text: &str, out: &mut Vec<Finding>) {
        out.clear();
        let lines = proper::Lines::new(text);
        let (mut protected, figures, known) = self.lexicon.protected_spans(text, |s, e| {
            proper::personal_context(&self.lexicon, &lines, s, e)
        });
        let has_digit = scan::next_digit(text.as_bytes(), 0).is_some();
        self.contact
            .find(text, has_digit, &self.lexicon, out, &mut protected);
        if has_digit {
            // Everything found from here on holds a digit ("MRN 00123", "12 Oak Street",
            // "March 3"), and its cue words stand close to it: the patterns run only over the
            // stretches of text around digits, not over every word of prose.
            for (ws, we) in digit_windows(text) {
                let w = &text[ws..we];
                let from = out.len();
                let guarded = protected.len();
                phone::find(w, &self.lexicon, out, &mut protected);
                for p in &mut protected[guarded..] {
                    p.0 += ws;
                    p.1 += ws;
                }
                self.ids.find(w, &self.lexicon, out);
                self.dates.find(w, &self.lexicon, out);
                self.geo.find(w, &self.lexicon, out);
                self.ids.find_keyed(w, &self.lexicon, out);
                for f in &mut out[from..] {
                    f.start += ws;
                    f.end += ws;
                }
            }
        }
        let names_from = out.len();
        // names are read in shouted lines as in lower case ("MY NAME IS SARAH JONES"): the
        // capitals tell nothing there (same offsets: only ASCII letters are lowered)
        let unshouted = text::unshout(text);
        let text = unshouted.as_deref().unwrap_or(text);
        let lines = proper::Lines::new(text);
        proper::find(text, has_digit, &self.lexicon, out);
        speakers::find(text, &self.lexicon, out);
        // an organisation's name typed in lower case is no one's ("wanna play mario kart"), nor
        // a public figure's or a title's without a personal cue ("listening to phoebe
        // bridgers", not "my friend emma watson"), nor a book of the Bible cited by chapter and
        // verse ("John 3:16")
        let public_lowercase = |f: &Finding| {
            let lex = &self.lexicon;
            text.as_bytes()[f.start].is_ascii_lowercase()
                && (lex
                    .public_in_lowercase(text, f.start)
                    .is_some_and(|end| f.end <= end)
                    || lex.figure_in_lowercase(text, f.start).is_some_and(|end| {
                        f.end <= end
                            && works::media_near(text, f.start, end)
                            && !proper::personal_context(lex, &lines, f.start, end)
                            && !proper::known_from(&text[end..])
                    }))
        };
        out.retain(|f| {
            f.kind != Kind::Name
                || !(proper::bible_reference(text, f.start, f.end) || public_lowercase(f))
        });
        if has_digit {
            numbers_after_names(text, out, names_from);
        }
        // a figure's name said of someone the writer knows is a name whole, though the rules
        // found only part of it ("my friend Michelle Obama", "Ed Sheeran texted me")
        if !known.is_empty() {
            let names = Overlaps::new(
                out.iter()
                    .filter(|f| f.kind == Kind::Name)
                    .map(|f| (f.start, f.end))
                    .collect(),
            );
            // (in order: one that overlaps a figure's name taken before it is taken too)
            let mut taken_to = 0;
            for &(s, e) in &known {
                if names.of(s, e).next().is_some() || s < taken_to {
                    taken_to = taken_to.max(e);
                    out.push(Finding {
                        start: s,
                        end: e,
                        kind: Kind::Name,
                    });
                }
            }
        }
        if !figures.is_empty() {
            let figures = Overlaps::new(figures);
            out.retain(|f| {
                // (a street type ends some: "Tom Nook" is no street)
                !matches!(f.kind, Kind::Name | Kind::Location | Kind::Address)
                    || !figures
                        .of(f.start, f.end)
                        .any(|&(s, e)| s <= f.start && f.end <= e)
            });
        }
        resolve(text, out, &protected);
    }
}

/// "Patient ID band checked: Aimee O'Brien, 92475869, 25 Feb": a number of six to twelve digits
/// listed straight after a person's name is that person's number, whatever it is called.
fn numbers_after_names(text: &str, out: &mut Vec<Finding>, from: usize) {
    let b = text.as_bytes();
    let ends: Vec<usize> = out[from..]
        .iter()
        .filter(|f| f.kind == Kind::Name)
        .map(|f| f.end)
        .collect();
    for e in ends {
        let Some(rest) = text[e..].strip_prefix(", ") else {
            continue;
        };
        let start = e + 2;
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        let closes = b
            .get(start + n)
            .is_none_or(|c| matches!(c, b',' | b'.' | b';' | b' ' | b'\n'));
        // (not a number that goes on: "Jo, 123456.78", "Jo, 2019-05-01")
        let more = b
            .get(start + n)
            .is_some_and(|&c| matches!(c, b'.' | b',' | b'-' | b'/'))
            && b.get(start + n + 1).is_some_and(u8::is_ascii_digit);
        if (6..=12).contains(&n) && closes && !more {
            out.push(Finding {
                start,
                end: start + n,
                kind: Kind::Id,
            });
        }
    }
}

/// How far before and after a digit the numeric patterns and their cue words reach.
const WINDOW: usize = 112;

/// The stretches of `text` within [`WINDOW`] bytes of a digit, widened to whole lines or word
/// breaks and merged: where every identifier that holds a digit must lie.
fn digit_windows(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(d) = scan::next_digit(b, i) {
        // (neither walk goes back over the last window: in one long token every digit would
        // walk to both of its ends, quadratic in the token's length; stopping there merges the
        // same)
        let last_end = out.last().map_or(0, |l| l.1);
        let mut s = d.saturating_sub(WINDOW);
        while s > last_end && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let mut e = (d + WINDOW).min(b.len());
        if e <= last_end {
            e = last_end;
        }
        while e < b.len() && !b[e].is_ascii_whitespace() {
            e += 1;
        }
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
        i = d + 1;
        // skip the rest of this number and anything already inside the window
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
    }
    out
}

/// Keeps the non-overlapping findings, preferring the higher-priority kind and then the longer
/// span; a finding that loses an overlap keeps the words outside it ("Earl Lewiswww.x.com": the
/// URL wins the overlap, "Earl" is still a name); drops any that touch a protected span (an
/// organisation's name, a public site).
fn resolve(text: &str, found: &mut Vec<Finding>, protected: &[(usize, usize)]) {
    if found.len() <= 1 && protected.is_empty() {
        return;
    }
    // (an e-mail address around a public host is someone's: "mike[at]yahoo.co.uk"; a name run
    // on past an organisation's is the rest's, "Team Rubicon Mark Davies came out")
    let protected = Overlaps::new(protected.to_vec());
    let mut rest = Vec::new();
    found.retain(|f| {
        let over: Vec<_> = protected.of(f.start, f.end).collect();
        if over.is_empty()
            || f.kind == Kind::Email && over.iter().all(|&&(s, e)| f.start < s || e < f.end)
        {
            return true;
        }
        let last = over.iter().map(|&&(_, e)| e).max().unwrap_or(f.end);
        // (after an organisation's name, capitalised; not a public host's, "breathingspace.scot
        // Grace under pressure")
        let named = over
            .iter()
            .all(|&&(s, _)| text[s..].starts_with(|c: char| c.is_uppercase()));
        if f.kind == Kind::Name
            && named
            && last < f.end
            && let Some((s, e)) = word_part(text, last, f.end)
            && text[s..].starts_with(|c: char| c.is_uppercase())
        {
            rest.push(Finding {
                start: s,
                end: e,
                kind: f.kind,
            });
        }
        false
    });
    found.extend(rest);
    found.sort_by_key(|f| (f.kind, std::cmp::Reverse(f.end - f.start), f.start));
    // the kept spans never overlap, so in order they end in order too: the ones a finding
    // overlaps are found from where it ends, backwards (a long record of names would otherwise
    // compare every finding with every kept one)
    let mut kept: BTreeSet<Finding> = BTreeSet::new();
    for f in found.drain(..) {
        let (mut first, mut last, mut hit) = (f.end, f.start, false);
        let ending = Finding {
            start: f.end,
            end: f.end,
            kind: Kind::Email,
        };
        for k in kept.range(..ending).rev().take_while(|k| f.start < k.end) {
            (first, last, hit) = (first.min(k.start), last.max(k.end), true);
        }
        if !hit {
            kept.insert(f);
            continue;
        }
        for (s, e) in [(f.start, first.max(f.start)), (last.min(f.end), f.end)] {
            if let Some((s, e)) = word_part(text, s, e) {
                kept.insert(Finding {
                    start: s,
                    end: e,
                    kind: f.kind,
                });
            }
        }
    }
    found.extend(kept);
}

/// Spans that may overlap one another, sorted to find those that overlap a given span without
/// looking at every one. The long ones are kept apart: one long span (a public site's URL)
/// would otherwise make every query look back as far as it reaches.
struct Overlaps {
    short: Vec<(usize, usize)>,
    long: Vec<(usize, usize)>,
}

impl Overlaps {
    /// Longer than this is long.
    const LONG: usize = 256;

    fn new(spans: Vec<(usize, usize)>) -> Overlaps {
        let (mut short, mut long): (Vec<_>, Vec<_>) =
            spans.into_iter().partition(|&(s, e)| e - s <= Self::LONG);
        short.sort_unstable();
        long.sort_unstable();
        Overlaps { short, long }
    }

    /// The spans overlapping `start..end` (the short ones, then the long).
    fn of(&self, start: usize, end: usize) -> impl Iterator<Item = &(usize, usize)> {
        // (no short span starting before start - LONG reaches past start)
        let from = self
            .short
            .partition_point(|&(s, _)| s + Self::LONG <= start);
        let overlaps = move |&&(_, e): &&(usize, usize)| start < e;
        self.short[from..]
            .iter()
            .take_while(move |&&(s, _)| s < end)
            .filter(overlaps)
            .chain(
                self.long
                    .iter()
                    .take_while(move |&&(s, _)| s < end)
                    .filter(overlaps),
            )
    }
}

/// `text[s..e]` without the spaces and punctuation at its edges, when a letter or digit is left.
fn word_part(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if s >= e {
        return None;
    }
    let part = &text[s..e];
    let trimmed = part.trim_start_matches(|c: char| !c.is_alphanumeric());
    let s = s + (part.len() - trimmed.len());
    let trimmed = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric());
    (!trimmed.is_empty()).then_some((s, s + trimmed.len()))
}

#[cfg(test)]
mod tests;
