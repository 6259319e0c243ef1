//! The word lists the detector consults, shipped as data in `data/pii/` (see its README).

use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashSet;

const FIRST: &str = include_str!("../../../data/pii/first_names.txt");
const SURNAMES: &str = include_str!("../../../data/pii/surnames.txt");
const AMBIGUOUS: &str = include_str!("../../../data/pii/ambiguous.txt");
const NUMBERS: &str = include_str!("../../../data/pii/public_numbers.txt");
const DOMAINS: &str = include_str!("../../../data/pii/public_domains.txt");
const ORGS: &str = include_str!("../../../data/pii/public_orgs.txt");
const PLACES: &str = include_str!("../../../data/pii/places.txt");

/// Lines of a list file, without comments and blanks.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub struct Lexicon {
    pub first: HashSet<&'static str>,
    pub surnames: HashSet<&'static str>,
    pub ambiguous: HashSet<&'static str>,
    pub public_numbers: HashSet<&'static str>,
    pub public_domains: Vec<&'static str>,
    pub places: HashSet<&'static str>,
    orgs: AhoCorasick,
    /// Social handles of help services: a public domain's first label ("988lifeline") or an
    /// organisation's name without spaces ("crisistextline"), lowercase.
    public_handles: HashSet<String>,
}

impl Lexicon {
    pub fn load() -> Lexicon {
        let set = |t: &'static str| lines(t).collect::<HashSet<_>>();
        Lexicon {
            first: set(FIRST),
            surnames: set(SURNAMES),
            ambiguous: set(AMBIGUOUS),
            public_numbers: set(NUMBERS),
            public_domains: lines(DOMAINS).collect(),
            places: set(PLACES),
            orgs: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(lines(ORGS))
                .expect("organisation list compiles"),
            public_handles: lines(DOMAINS)
                .filter_map(|d| d.split('.').next())
                .map(str::to_string)
                .chain(lines(ORGS).map(|o| {
                    o.chars()
                        .filter(char::is_ascii_alphanumeric)
                        .collect::<String>()
                }))
                .map(|h| h.to_ascii_lowercase())
                .collect(),
        }
    }

    /// Spans of organisation names, whole words only.
    pub fn protected_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        self.orgs
            .find_iter(text)
            .filter(|m| {
                let before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
                let after = m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric();
                before && after
            })
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    /// A help-line number (digits only, with or without a leading country code).
    pub fn is_public_number(&self, digits: &str) -> bool {
        let trimmed = [
            digits,
            digits.strip_prefix('1').unwrap_or(digits),
            digits
                .strip_prefix("44")
                .map(|d| d.trim_start_matches('0'))
                .unwrap_or(digits),
        ];
        trimmed.iter().any(|d| {
            self.public_numbers.contains(d)
                || self.public_numbers.contains(format!("0{d}").as_str())
                || self.public_numbers.contains(format!("1{d}").as_str())
        })
    }

    /// A help service's social handle (without the `@`).
    pub fn is_public_handle(&self, handle: &str) -> bool {
        self.public_handles.contains(&handle.to_ascii_lowercase())
    }

    /// A host on a help service's domain (or a subdomain of one).
    pub fn is_public_host(&self, host: &str) -> bool {
        let host = host.trim_start_matches("www.");
        self.public_domains
            .iter()
            .any(|d| host == *d || host.ends_with(&format!(".{d}")))
    }
}
