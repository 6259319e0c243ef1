//! Numbers and codes that identify a person or their things: SSNs, payment cards, medical
//! record, health-plan, account, licence, vehicle and device numbers, and other unique ids.
//!
//! Two ways in. Self-validating formats (SSN shape with its allocation rules, Luhn-checked cards,
//! IBAN mod 97, VIN check digit, MAC, UUID, UK National Insurance) are found anywhere. Everything
//! else only counts after a context word ("MRN: 00123", "member id is AB12345"): a bare
//! "00123" is just a number.

use super::contact::is_phone;
use super::lexicon::Lexicon;
use super::text::{digits, luhn, standalone, validated};
use super::{Finding, Kind};
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

pub struct Ids {
    ssn: Regex,
    card: Regex,
    mac: Regex,
    vin: Regex,
    uuid: Regex,
    iban: Regex,
    nino: Regex,
    keyed: AhoCorasick,
}

/// Context words and the kind of value they introduce. Longer phrases first where one is a
/// prefix of another, so the regex takes the longest.
const KEYWORDS: &[(&str, Kind)] = &[
    ("medical record number", Kind::Mrn),
    ("medical record no", Kind::Mrn),
    ("medical record", Kind::Mrn),
    ("mrn", Kind::Mrn),
    ("patient id", Kind::Mrn),
    ("patient number", Kind::Mrn),
    ("chart number", Kind::Mrn),
    ("hospital number", Kind::Mrn),
    ("nhs number", Kind::Mrn),
    ("nhs no", Kind::Mrn),
    ("member id", Kind::HealthPlan),
    ("member number", Kind::HealthPlan),
    ("policy number", Kind::HealthPlan),
    ("policy no", Kind::HealthPlan),
    ("insurance id", Kind::HealthPlan),
    ("insurance number", Kind::HealthPlan),
    ("health plan id", Kind::HealthPlan),
    ("health plan number", Kind::HealthPlan),
    ("subscriber id", Kind::HealthPlan),
    ("group number", Kind::HealthPlan),
    ("medicaid id", Kind::HealthPlan),
    ("medicaid number", Kind::HealthPlan),
    ("medicare id", Kind::HealthPlan),
    ("medicare number", Kind::HealthPlan),
    ("beneficiary id", Kind::HealthPlan),
    ("account number", Kind::Account),
    ("account no", Kind::Account),
    ("acct", Kind::Account),
    ("routing number", Kind::Account),
    ("sort code", Kind::Account),
    ("bank account", Kind::Account),
    ("driver's license number", Kind::License),
    ("driver's license", Kind::License),
    ("drivers license", Kind::License),
    ("driver license", Kind::License),
    ("driving licence", Kind::License),
    ("license number", Kind::License),
    ("licence number", Kind::License),
    ("license no", Kind::License),
    ("licence no", Kind::License),
    ("certificate number", Kind::License),
    ("dea number", Kind::License),
    ("npi", Kind::License),
    ("badge number", Kind::License),
    ("license plate", Kind::Vehicle),
    ("licence plate", Kind::Vehicle),
    ("number plate", Kind::Vehicle),
    ("plate number", Kind::Vehicle),
    ("registration number", Kind::Vehicle),
    ("reg number", Kind::Vehicle),
    ("vin", Kind::Vehicle),
    ("serial number", Kind::Device),
    ("serial no", Kind::Device),
    ("s/n", Kind::Device),
    ("imei", Kind::Device),
    ("device id", Kind::Device),
    ("mac address", Kind::Device),
    ("udid", Kind::Device),
    ("passport number", Kind::Id),
    ("passport no", Kind::Id),
    ("employee id", Kind::Id),
    ("employee number", Kind::Id),
    ("student id", Kind::Id),
    ("student number", Kind::Id),
    ("case number", Kind::Id),
    ("reference number", Kind::Id),
    ("claim number", Kind::Id),
    ("id number", Kind::Id),
    ("national insurance number", Kind::Id),
    ("tax id", Kind::Id),
    ("social security number", Kind::Ssn),
    ("social security no", Kind::Ssn),
    ("social security", Kind::Ssn),
    ("ssn", Kind::Ssn),
    ("phone number", Kind::Phone),
    ("phone", Kind::Phone),
    ("cell", Kind::Phone),
    ("mobile", Kind::Phone),
    ("fax", Kind::Phone),
    ("tel", Kind::Phone),
    ("call me at", Kind::Phone),
    ("text me at", Kind::Phone),
    ("reach me at", Kind::Phone),
    ("zip code", Kind::Zip),
    ("zipcode", Kind::Zip),
    ("zip", Kind::Zip),
    ("postal code", Kind::Zip),
    ("postcode", Kind::Zip),
];

/// Words that may stand between a context word and its value ("MRN is: #123…").
const FILLERS: &[&str] = &[
    "is", "was", "are", "no", "no.", "number", "num", "#", ":", "-", "of", "my", "it's", "its",
    "=", "id",
];

impl Ids {
    pub fn new() -> Ids {
        let re = |p: &str| Regex::new(p).expect("id pattern compiles");
        Ids {
            ssn: re(r"(?-u:\b)\d{3}[- ]\d{2}[- ]\d{4}(?-u:\b)"),
            card: re(r"(?-u:\b)\d(?:[ -]?\d){12,18}(?-u:\b)"),
            mac: re(r"(?-u:\b)[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}(?-u:\b)"),
            vin: re(r"(?-u:\b)[A-HJ-NPR-Z0-9]{17}(?-u:\b)"),
            uuid: re(
                r"(?i)(?-u:\b)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?-u:\b)",
            ),
            iban: re(r"(?-u:\b)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?-u:\b)"),
            nino: re(
                r"(?-u:\b)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?-u:\b)",
            ),
            keyed: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(KEYWORDS.iter().map(|(k, _)| k))
                .expect("keywords compile"),
        }
    }

    /// The self-validating formats (only called when the text has a digit).
    pub fn find(&self, text: &str, out: &mut Vec<Finding>) {
        let b = text.as_bytes();
        validated(&self.ssn, text, |s, e| {
            b[s + 3] == b[s + 6] && valid_ssn(&digits(&text[s..e]))
        })
        .for_each(|(s, e)| {
            out.push(Finding {
                start: s,
                end: e,
                kind: Kind::Ssn,
            })
        });
        validated(&self.card, text, |s, e| valid_card(&digits(&text[s..e]))).for_each(|(s, e)| {
            out.push(Finding {
                start: s,
                end: e,
                kind: Kind::Card,
            })
        });
        let mut push = |m: regex::Match, kind| {
            out.push(Finding {
                start: m.start(),
                end: m.end(),
                kind,
            })
        };
        for m in self.mac.find_iter(text) {
            push(m, Kind::Device);
        }
        for m in self.vin.find_iter(text) {
            if valid_vin(m.as_str()) {
                push(m, Kind::Vehicle);
            }
        }
        for m in self.uuid.find_iter(text) {
            push(m, Kind::Id);
        }
        for m in self.iban.find_iter(text) {
            if valid_iban(m.as_str()) {
                push(m, Kind::Account);
            }
        }
        for m in self.nino.find_iter(text) {
            push(m, Kind::Id);
        }
    }

    /// Values after a context word.
    pub fn find_keyed(&self, text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
        for m in self.keyed.find_iter(text) {
            if !standalone(text, m.start(), m.end()) {
                continue;
            }
            let kind = KEYWORDS[m.pattern().as_usize()].1;
            if let Some((s, e)) = value_after(text, m.end(), kind) {
                let value = &text[s..e];
                if accept(kind, value, lex) {
                    out.push(Finding {
                        start: s,
                        end: e,
                        kind,
                    });
                }
            }
        }
    }
}

/// Whether the value after a context word is an identifier of that kind.
fn accept(kind: Kind, value: &str, lex: &Lexicon) -> bool {
    let d = digits(value);
    match kind {
        Kind::Ssn => d.len() == 9 && valid_ssn(&d),
        Kind::Phone => {
            (7..=15).contains(&d.len())
                && !lex.is_public_number(&d)
                && (d.len() < 10 || is_phone(value, lex) || !value.starts_with('+'))
        }
        Kind::Zip => {
            (d.len() == 5 || d.len() == 9)
                && d.len() == value.bytes().filter(u8::is_ascii_digit).count()
                && value.bytes().all(|c| c.is_ascii_digit() || c == b'-')
                || super::geo::is_uk_postcode(value)
        }
        Kind::Vehicle => value.len() >= 4 && !d.is_empty(),
        _ => d.len() >= 3 && value.len() >= 4,
    }
}

/// The span of the value after a context word: skips fillers, then takes one id-like token, and
/// further space-separated tokens while they look like more of the same number ("123 456 7890",
/// "AB12 CDE").
fn value_after(text: &str, mut i: usize, kind: Kind) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let token_end = |from: usize| {
        let mut j = from;
        while j < b.len()
            && (b[j].is_ascii_alphanumeric()
                || matches!(b[j], b'-' | b'/' | b'.' | b'+' | b'(' | b')'))
        {
            j += 1;
        }
        // a sentence's full stop is not part of the value
        while j > from && matches!(b[j - 1], b'.' | b'-' | b'/' | b'(') {
            j -= 1;
        }
        j
    };
    for _ in 0..4 {
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        if i < b.len() && matches!(b[i], b':' | b'#' | b'=' | b'-') {
            i += 1;
            continue;
        }
        let e = token_end(i);
        if e == i {
            return None;
        }
        let word = text[i..e].to_ascii_lowercase();
        if FILLERS.contains(&word.as_str()) && !word.bytes().any(|c| c.is_ascii_digit()) {
            i = e;
            continue;
        }
        break;
    }
    let start = i;
    let mut end = token_end(start);
    if end == start || !b[start..end].iter().any(u8::is_ascii_alphanumeric) {
        return None;
    }
    let grouping = !matches!(kind, Kind::Zip);
    while grouping && end + 1 < b.len() && b[end] == b' ' {
        let next = token_end(end + 1);
        let tok = &text[end + 1..next];
        let more = !tok.is_empty()
            && tok.len() <= 8
            && tok
                .bytes()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            && (tok.bytes().any(|c| c.is_ascii_digit())
                || tok.len() <= 4 && text[start..end].bytes().any(|c| c.is_ascii_digit()));
        if !more {
            break;
        }
        end = next;
    }
    if !b[start..end].iter().any(u8::is_ascii_digit) && kind != Kind::Vehicle {
        return None;
    }
    standalone(text, start, end).then_some((start, end))
}

/// SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000.
pub fn valid_ssn(d: &str) -> bool {
    if d.len() != 9 {
        return false;
    }
    let (area, group, serial) = (&d[..3], &d[3..5], &d[5..]);
    area != "000" && area != "666" && !area.starts_with('9') && group != "00" && serial != "0000"
}

/// Luhn plus a known issuer prefix and its length.
pub fn valid_card(d: &str) -> bool {
    let n = d.len();
    let p2: u32 = d.get(..2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let p4: u32 = d.get(..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    let issuer = (d.starts_with('4') && matches!(n, 13 | 16 | 19))
        || ((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && n == 16
        || matches!(p2, 34 | 37) && n == 15
        || (p4 == 6011 || p2 == 65) && (16..=19).contains(&n)
        || (3528..=3589).contains(&p4) && (16..=19).contains(&n)
        || matches!(p2, 36 | 38 | 30) && (14..=19).contains(&n);
    issuer && luhn(d)
}

/// North American VIN check digit (position 9), over a string that has letters and digits.
pub fn valid_vin(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() != 17 || !b.iter().any(u8::is_ascii_digit) || !b.iter().any(u8::is_ascii_alphabetic)
    {
        return false;
    }
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let value = |c: u8| -> u32 {
        match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'H' => u32::from(c - b'A') + 1,
            b'J'..=b'N' => u32::from(c - b'J') + 1,
            b'P' => 7,
            b'R'..=b'Z' => u32::from(c - b'R') + 9,
            _ => 0,
        }
    };
    let sum: u32 = b.iter().zip(WEIGHTS).map(|(&c, w)| value(c) * w).sum();
    let check = match sum % 11 {
        10 => b'X',
        r => b'0' + r as u8,
    };
    b[8] == check
}

/// ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1.
pub fn valid_iban(s: &str) -> bool {
    let compact: Vec<u8> = s.bytes().filter(|c| *c != b' ').collect();
    if !(15..=34).contains(&compact.len()) {
        return false;
    }
    let mut rem = 0u32;
    for &c in compact[4..].iter().chain(&compact[..4]) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}
