//! Geography below state level: street addresses, P.O. boxes, ZIP and UK postcodes, and towns
//! named after a cue ("I live in …"). States and countries are allowed by Safe Harbor and stay.

use super::lexicon::Lexicon;
use super::text::before;
use super::{Finding, Kind};
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

const STATES: &str = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC";

pub struct Geo {
    street: Regex,
    po_box: Regex,
    state_zip: Regex,
    zip4: Regex,
    postcode: Regex,
    place_cue: AhoCorasick,
}

/// Words after which a capitalised phrase is where someone lives or comes from.
const PLACE_CUES: &[&str] = &[
    "i live in ",
    "i'm living in ",
    "i am living in ",
    "living in ",
    "lives in ",
    "live near ",
    "moved to ",
    "grew up in ",
    "i'm from ",
    "i am from ",
    "town of ",
    "city of ",
    "born in ",
    "a town called ",
    "a village called ",
];

impl Geo {
    pub fn new() -> Geo {
        let re = |p: &str| Regex::new(p).expect("geo pattern compiles");
        Geo {
            street: re(
                r"(?-u:\b)\d{1,6}[A-Za-z]? (?:(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'-]*\.?) ){1,4}(?:Street|street|St|Avenue|avenue|Ave|Road|road|Rd|Boulevard|Blvd|Lane|lane|Ln|Drive|drive|Dr|Court|Ct|Way|way|Place|Pl|Terrace|Circle|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Row|Gardens|Grove|Mews|Walk)(?-u:\b)\.?(?:,? (?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\.? ?[A-Za-z0-9-]+)?",
            ),
            po_box: re(r"(?i)(?-u:\b)P\.? ?O\.? Box \d+"),
            state_zip: re(&format!(
                r"(?-u:\b)(?:{STATES}),? (\d{{5}}(?:-\d{{4}})?)(?-u:\b)"
            )),
            zip4: re(r"(?-u:\b)\d{5}-\d{4}(?-u:\b)"),
            postcode: re(r"(?-u:\b)[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?-u:\b)"),
            place_cue: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(PLACE_CUES)
                .expect("place cues compile"),
        }
    }

    /// Only called when the text has a digit.
    pub fn find_numeric(&self, text: &str, out: &mut Vec<Finding>) {
        let mut push = |s: usize, e: usize, kind| {
            out.push(Finding {
                start: s,
                end: e,
                kind,
            })
        };
        for m in self.street.find_iter(text) {
            push(m.start(), m.end(), Kind::Address);
            // "12 Oak Street, Ashford, IL 62704": the town after the street
            if let Some(town) = text[m.end()..].strip_prefix(", ") {
                let len = town
                    .split(", ")
                    .next()
                    .filter(|w| w.len() <= 40 && w.starts_with(|c: char| c.is_ascii_uppercase()))
                    .filter(|w| {
                        w.bytes()
                            .all(|c| c.is_ascii_alphabetic() || c == b' ' || c == b'-')
                    })
                    .map_or(0, str::len);
                let state = STATES.split('|').any(|s| &town[..len] == s);
                if len > 0 && !state {
                    let s = m.end() + 2;
                    push(s, s + len, Kind::Location);
                }
            }
        }
        for m in self.po_box.find_iter(text) {
            push(m.start(), m.end(), Kind::Address);
        }
        for c in self.state_zip.captures_iter(text) {
            let g = c.get(1).expect("zip group");
            push(g.start(), g.end(), Kind::Zip);
        }
        for m in self.zip4.find_iter(text) {
            // ZIP+4 shape, unless it reads as a phone fragment ("555-1234" is too short anyway)
            if !before(text, m.start(), 1).ends_with('-') {
                push(m.start(), m.end(), Kind::Zip);
            }
        }
        for m in self.postcode.find_iter(text) {
            push(m.start(), m.end(), Kind::Zip);
        }
    }

    /// Towns and cities after a cue; the capitalised words that follow, unless they name a
    /// state or country.
    pub fn find_places(&self, text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
        if !text.bytes().any(|b| b.is_ascii_uppercase()) {
            return;
        }
        for m in self.place_cue.find_iter(text) {
            if m.start() > 0 && text.as_bytes()[m.start() - 1].is_ascii_alphanumeric() {
                continue;
            }
            let (mut i, b) = (m.end(), text.as_bytes());
            let start = i;
            let mut end = i;
            let mut words = 0;
            while words < 3 && i < b.len() && b[i].is_ascii_uppercase() {
                let mut j = i;
                while j < b.len() && (b[j].is_ascii_alphabetic() || b[j] == b'-' || b[j] == b'\'') {
                    j += 1;
                }
                end = j;
                words += 1;
                if j + 1 < b.len() && b[j] == b' ' && b[j + 1].is_ascii_uppercase() {
                    i = j + 1;
                } else {
                    break;
                }
            }
            if words == 0 {
                continue;
            }
            let place = text[start..end].to_ascii_lowercase();
            if lex.places.contains(place.as_str()) {
                continue;
            }
            out.push(Finding {
                start,
                end,
                kind: Kind::Location,
            });
        }
    }
}

/// A UK postcode, as the value after "postcode".
pub fn is_uk_postcode(s: &str) -> bool {
    static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$").expect("postcode compiles")
    })
    .is_match(s)
}
