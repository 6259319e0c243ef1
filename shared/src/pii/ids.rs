//! Numbers and codes that identify a person or their things: SSNs, payment cards, medical
//! record, health-plan, account, licence, vehicle and device numbers, and other unique ids.
//!
//! Two ways in. Self-validating formats (SSN shape with its allocation rules, Luhn-checked cards,
//! IBAN mod 97, VIN check digit, MAC, UUID, UK National Insurance) are found anywhere. Everything
//! else only counts after a context word ("MRN: 00123", "member id is AB12345"): a bare
//! "00123" is just a number.

use super::lexicon::{Lexicon, ORDINARY_WORD, VOCAB};
use super::text::{digits, luhn, standalone, validated, year};
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
    uk_plate: Regex,
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
    ("hospital no", Kind::Mrn),
    ("chart no", Kind::Mrn),
    ("chart", Kind::Mrn),
    ("nhs number", Kind::Mrn),
    ("nhs no", Kind::Mrn),
    ("member id", Kind::HealthPlan),
    ("member number", Kind::HealthPlan),
    ("policy number", Kind::HealthPlan),
    ("policy no", Kind::HealthPlan),
    ("insurance id", Kind::HealthPlan),
    ("insurance number", Kind::HealthPlan),
    ("health plan", Kind::HealthPlan),
    ("health plan id", Kind::HealthPlan),
    ("health plan number", Kind::HealthPlan),
    ("subscriber id", Kind::HealthPlan),
    ("group number", Kind::HealthPlan),
    ("medicaid id", Kind::HealthPlan),
    ("medicaid number", Kind::HealthPlan),
    ("medicare id", Kind::HealthPlan),
    ("medicare number", Kind::HealthPlan),
    ("beneficiary id", Kind::HealthPlan),
    ("beneficiary no", Kind::HealthPlan),
    ("beneficiary number", Kind::HealthPlan),
    // the six countries' own cards and numbers (weak words: the value needs six digits)
    ("health card number", Kind::HealthPlan),
    ("health card", Kind::HealthPlan),
    ("medicare card", Kind::HealthPlan),
    ("medicare", Kind::HealthPlan),
    ("ohip number", Kind::HealthPlan),
    ("ohip", Kind::HealthPlan),
    ("member no", Kind::HealthPlan),
    ("membership number", Kind::HealthPlan),
    ("member", Kind::HealthPlan),
    ("plan number", Kind::HealthPlan),
    ("plan", Kind::HealthPlan),
    ("plan no", Kind::HealthPlan),
    ("medical card number", Kind::HealthPlan),
    ("medical card", Kind::HealthPlan),
    ("insurance", Kind::HealthPlan),
    ("nhi number", Kind::Mrn),
    ("nhi", Kind::Mrn),
    ("patient identifier", Kind::Mrn),
    ("chi number", Kind::Mrn),
    ("ur number", Kind::Mrn),
    ("pps number", Kind::Ssn),
    ("pps no", Kind::Ssn),
    ("ppsn", Kind::Ssn),
    ("tfn", Kind::Ssn),
    ("tax file number", Kind::Ssn),
    ("ird number", Kind::Ssn),
    ("reference number", Kind::Id),
    ("reference no", Kind::Id),
    ("reference", Kind::Id),
    ("ref no", Kind::Id),
    ("ref", Kind::Id),
    ("claim no", Kind::Id),
    ("case no", Kind::Id),
    ("case ref", Kind::Id),
    ("case number", Kind::Id),
    ("docket number", Kind::Id),
    ("claim number", Kind::Id),
    // a card named with a number that fails its check digit is still someone's (a typo)
    ("card number", Kind::Card),
    ("card no", Kind::Card),
    ("bsb", Kind::Account),
    ("eircode", Kind::Zip),
    ("nct", Kind::Vehicle),
    ("wof", Kind::Vehicle),
    ("account number", Kind::Account),
    ("account no", Kind::Account),
    ("acct", Kind::Account),
    ("routing number", Kind::Account),
    ("sort code", Kind::Account),
    ("bank account", Kind::Account),
    ("account", Kind::Account),
    ("iban", Kind::Account),
    ("provisional licence", Kind::License),
    ("provisional license", Kind::License),
    ("provisional", Kind::License),
    ("goes into", Kind::Account),
    ("paid into", Kind::Account),
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
    ("licence", Kind::License),
    ("license", Kind::License),
    ("license plate", Kind::Vehicle),
    ("licence plate", Kind::Vehicle),
    ("number plate", Kind::Vehicle),
    ("plate number", Kind::Vehicle),
    ("registration number", Kind::Vehicle),
    ("reg number", Kind::Vehicle),
    ("plate", Kind::Vehicle),
    ("reg", Kind::Vehicle),
    ("vin", Kind::Vehicle),
    ("car", Kind::Vehicle),
    ("van", Kind::Vehicle),
    ("truck", Kind::Vehicle),
    ("hatchback", Kind::Vehicle),
    ("sedan", Kind::Vehicle),
    ("suv", Kind::Vehicle),
    ("ute", Kind::Vehicle),
    ("minibus", Kind::Vehicle),
    ("motorbike", Kind::Vehicle),
    ("vehicle", Kind::Vehicle),
    ("rego", Kind::Vehicle),
    ("serial number", Kind::Device),
    ("serial no", Kind::Device),
    ("s/n", Kind::Device),
    ("imei", Kind::Device),
    ("device id", Kind::Device),
    ("mac address", Kind::Device),
    ("udid", Kind::Device),
    ("serial", Kind::Device),
    ("passport number", Kind::Id),
    ("passport no", Kind::Id),
    ("passport", Kind::Id),
    ("id", Kind::Id),
    ("employee id", Kind::Id),
    ("employee number", Kind::Id),
    ("student id", Kind::Id),
    ("student number", Kind::Id),
    ("case number", Kind::Id),
    ("claim number", Kind::Id),
    ("id number", Kind::Id),
    ("tax id", Kind::Id),
    ("social insurance number", Kind::Ssn),
    ("national insurance number", Kind::Ssn),
    ("national insurance no", Kind::Ssn),
    ("ni number", Kind::Ssn),
    ("sin", Kind::Ssn),
    ("itin", Kind::Ssn),
    ("social security number", Kind::Ssn),
    ("social security no", Kind::Ssn),
    ("social security", Kind::Ssn),
    ("social", Kind::Ssn),
    ("ssn", Kind::Ssn),
    ("phone number", Kind::Phone),
    ("pharmacy", Kind::Phone),
    ("ring me on", Kind::Phone),
    ("ph", Kind::Phone),
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

/// What the self-validating formats need, counted in one pass over a window: a format whose
/// need is unmet cannot match there (every count is what its pattern requires at least).
#[derive(Default)]
struct Counts {
    digits: usize,
    upper: usize,
    /// ':' and '-' (a MAC address has five).
    separators: usize,
    /// '-' (a UUID has four).
    hyphens: usize,
    /// The longest run of capital letters and digits (a VIN is seventeen).
    longest_upper_or_digit_run: usize,
}

impl Counts {
    fn of(text: &str) -> Counts {
        let b = text.as_bytes();
        let mut n = Counts::default();
        let mut run = 0;
        for &c in b {
            let digit = c.is_ascii_digit();
            let upper = c.is_ascii_uppercase();
            n.digits += usize::from(digit);
            n.upper += usize::from(upper);
            n.separators += usize::from(c == b':' || c == b'-');
            n.hyphens += usize::from(c == b'-');
            run = if digit || upper { run + 1 } else { 0 };
            n.longest_upper_or_digit_run = n.longest_upper_or_digit_run.max(run);
        }
        // (`\d` in the patterns is any script's digit, "AB１２３４５６C": those are counted too)
        if !b.is_ascii() {
            n.digits += text
                .chars()
                .filter(|c| !c.is_ascii() && c.is_numeric())
                .count();
        }
        n
    }
}

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
                r"(?-u:\b)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-Z](?-u:\b)",
            ),
            // current UK registrations: two letters, two digits, three letters
            uk_plate: re(r"(?-u:\b)[A-Z]{2}\d{2} ?[A-Z]{3}(?-u:\b)"),
            keyed: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(KEYWORDS.iter().map(|(k, _)| k))
                .expect("keywords compile"),
        }
    }

    /// The self-validating formats (only called when the text has a digit).
    pub fn find(&self, text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
        let b = text.as_bytes();
        // (each pattern runs only where the window holds what it needs: most windows hold a
        // number or two, and no pattern below matches there)
        let n = Counts::of(text);
        if n.digits >= 9 {
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
        }
        if n.digits >= 13 {
            validated(&self.card, text, |s, e| valid_card(&digits(&text[s..e]))).for_each(
                |(s, e)| {
                    out.push(Finding {
                        start: s,
                        end: e,
                        kind: Kind::Card,
                    })
                },
            );
        }
        let mut push = |m: regex::Match, kind| {
            out.push(Finding {
                start: m.start(),
                end: m.end(),
                kind,
            })
        };
        if n.separators >= 5 {
            for m in self.mac.find_iter(text) {
                push(m, Kind::Device);
            }
        }
        if n.longest_upper_or_digit_run >= 17 {
            for m in self.vin.find_iter(text) {
                if valid_vin(m.as_str()) {
                    push(m, Kind::Vehicle);
                }
            }
        }
        if n.hyphens >= 4 {
            for m in self.uuid.find_iter(text) {
                push(m, Kind::Id);
            }
        }
        if n.upper >= 2 && n.digits >= 2 && n.upper + n.digits >= 12 {
            for m in self.iban.find_iter(text) {
                if valid_iban(m.as_str()) {
                    push(m, Kind::Account);
                }
            }
        }
        if n.upper >= 3 && n.digits >= 6 {
            for m in self.nino.find_iter(text) {
                push(m, Kind::Id);
            }
        }
        if n.upper >= 5 && n.digits >= 2 {
            for m in self.uk_plate.find_iter(text) {
                push(m, Kind::Vehicle);
            }
        }
        generic(text, lex, out);
        super::vehicle::plates(text, lex, out);
    }

    /// Values after a context word.
    pub fn find_keyed(&self, text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
        for m in self.keyed.find_iter(text) {
            if !standalone(text, m.start(), m.end()) {
                continue;
            }
            let key = &text[m.start()..m.end()];
            // "plan no longer works", "the hospital no more": a negation, not "no." for number
            let negation = key.to_ascii_lowercase().ends_with(" no")
                && text[m.end()..]
                    .trim_start_matches(' ')
                    .starts_with(|c: char| c.is_ascii_lowercase());
            if negation {
                continue;
            }
            let kind = KEYWORDS[m.pattern().as_usize()].1;
            if let Some((s, e)) = value_after(text, m.end(), kind) {
                let value = &text[s..e];
                if accept(&text[m.start()..m.end()], kind, value, lex) {
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

/// Words for a vehicle, not for its number: what follows them is a plate only when it mixes
/// letters and digits ("my car is a blue hatchback, SMO 766", not "my car cost 5000").
const VEHICLE_WORDS: &[&str] = &[
    "car",
    "van",
    "truck",
    "hatchback",
    "sedan",
    "suv",
    "ute",
    "minibus",
    "motorbike",
    "vehicle",
    "nct",
    "wof",
];

/// Context words that are everyday words too ("insurance", "reference"): their value needs six
/// digits or more ("reference 2019" is a year, "Reference: 3940-1468-03" a number).
const WEAK_KEYS: &[&str] = &[
    "insurance",
    "health plan",
    "plan",
    "ref",
    "reference",
    "medicare",
    "ohip",
    "health card",
    "medicare card",
    "nhi",
    "member no",
    "member",
    "chart",
    "medical card",
    "provisional",
    "goes into",
    "paid into",
];

/// Whether the value after a context word is an identifier of that kind.
fn accept(key: &str, kind: Kind, value: &str, lex: &Lexicon) -> bool {
    let d = digits(value);
    // a year is no number of anyone's ("My passport (the old one) expired in 2019")
    if value.len() == 4 && year(value) && kind != Kind::Zip {
        return false;
    }
    // ("plan", "ref" are everyday words: "my payment plan is 250000 over 25 years", "the ref
    // was bribed with 1000000 dollars"; a plan or reference number is eight digits or more, or
    // a code led by a letter)
    let everyday_key = key.eq_ignore_ascii_case("plan") || key.eq_ignore_ascii_case("ref");
    if everyday_key && d.len() < 8 && !value.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    if WEAK_KEYS.iter().any(|w| w.eq_ignore_ascii_case(key)) {
        // a weak word's value is six digits or more, and no count or span of years ("a member
        // of a group with 150,000 members", "a member from 2018-2021")
        let b = value.as_bytes();
        let thousands =
            value.contains(',') && value.bytes().all(|c| c.is_ascii_digit() || c == b',');
        let years = b.len() >= 9
            && value
                .split(['-', '\u{2013}', '/'])
                .all(|y| y.len() == 4 && year(y));
        if d.len() < 6 || thousands || years {
            return false;
        }
    }
    if VEHICLE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(key)) {
        let first = value.split(' ').next().unwrap_or("");
        let short_letters = first.len() <= 4 || first.bytes().any(|c| c.is_ascii_digit());
        return value.len() >= 4
            && !d.is_empty()
            && short_letters
            && value.bytes().any(|c| c.is_ascii_uppercase())
            && !value.bytes().any(|c| c.is_ascii_lowercase());
    }
    match kind {
        Kind::Vehicle if d.len() >= 4 => true,
        // after "SSN" / "SIN" / "NI number" any nine digits, or a UK NI number
        Kind::Ssn => d.len() == 9 || value.len() >= 9 && d.len() == 6 || ppsn(value),
        Kind::Card => (13..=19).contains(&d.len()),
        Kind::Phone => (7..=15).contains(&d.len()) && !lex.is_public_number(&d),
        Kind::Zip => {
            ((4..=5).contains(&d.len()) || d.len() == 9)
                && d.len() == value.bytes().filter(u8::is_ascii_digit).count()
                && value.bytes().all(|c| c.is_ascii_digit() || c == b'-')
                || super::geo::is_uk_postcode(value)
        }
        Kind::Vehicle => {
            value.len() >= 4 && !d.is_empty() && value.bytes().any(|c| c.is_ascii_alphabetic())
                || d.len() >= 5
        }
        // (the value starts with its number, a code or a name, not a lowercase word: "signed in
        // to my account from 795:949d:…" and "account. IP 255:190c:…" are addresses)
        _ => {
            d.len() >= 3
                && value.len() >= 4
                && value.split(' ').next().is_some_and(|w| {
                    // (a code, "MHSPA 882341", or a provider, "Aviva 55123478", may lead)
                    w.bytes().any(|c| c.is_ascii_digit())
                        || w != "IP" && !w.bytes().all(|c| c.is_ascii_lowercase())
                })
        }
    }
}

/// An Irish PPS number in any case: seven digits and one or two letters ("1234567t").
fn ppsn(value: &str) -> bool {
    let b = value.as_bytes();
    (8..=9).contains(&b.len())
        && b[..7].iter().all(u8::is_ascii_digit)
        && b[7..].iter().all(u8::is_ascii_alphabetic)
}

/// The most space-separated groups one value is read in: more than any number has, even typed a
/// digit at a time ("1 2 3 4 5 6 7 8 9 0 1 2 3 4"), and few enough that a run of keys and codes
/// is not read to its end from every key.
const MAX_GROUPS: usize = 64;

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
    // fillers, then up to a few words of no digits ("licence number on the form is 123…")
    let mut words = 0;
    for _ in 0..8 {
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        if i < b.len() && matches!(b[i], b':' | b'#' | b'=' | b'-' | b'.' | b',' | b'\'') {
            i += 1;
            continue;
        }
        // an aside between the key and its value: "licence number (for the medical form): …"
        if i < b.len() && b[i] == b'(' {
            let aside = b[i..b.len().min(i + 48)].iter().position(|&c| c == b')');
            if let Some(close) = aside.filter(|&c| !b[i..i + c].iter().any(u8::is_ascii_digit)) {
                i += close + 1;
                continue;
            }
        }
        let e = token_end(i);
        if e == i {
            return None;
        }
        let word = text[i..e].to_ascii_lowercase();
        let digitless = !word.bytes().any(|c| c.is_ascii_digit());
        if digitless && FILLERS.contains(&word.as_str()) {
            i = e;
            continue;
        }
        let lowercase_word = text[i..e]
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c == b'\'');
        // (a person's word between: "Medicare number for Dad is W994…")
        let titled_word = (2..=12).contains(&(e - i))
            && b[i].is_ascii_uppercase()
            && text[i + 1..e].bytes().all(|c| c.is_ascii_lowercase());
        if digitless && words < 4 && (lowercase_word || titled_word) {
            words += 1;
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
    let mut has_digit = b[start..end].iter().any(u8::is_ascii_digit);
    // (no number is written in more groups than this: past it, a run of codes is many values,
    // each found from its own key, not one that every key would read to its end)
    let mut groups = 1;
    while grouping && groups < MAX_GROUPS && end + 1 < b.len() && b[end] == b' ' {
        let next = token_end(end + 1);
        let tok = &text[end + 1..next];
        let more = !tok.is_empty()
            && tok.len() <= 8
            && tok
                .bytes()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            && (tok.bytes().any(|c| c.is_ascii_digit()) || tok.len() <= 4 && has_digit);
        if !more {
            break;
        }
        has_digit |= tok.bytes().any(|c| c.is_ascii_digit());
        end = next;
        groups += 1;
    }
    if !has_digit && kind != Kind::Vehicle {
        return None;
    }
    standalone(text, start, end).then_some((start, end))
}

/// Codes that are no identifier although they mix letters and digits.
/// (and the forms people name by their number: a US service discharge, "My DD-214 has…")
const NOT_IDS: &[&str] = &[
    "covid-19",
    "covid19",
    "sars-cov-2",
    "mp3",
    "mp4",
    "1080p",
    "dd-214",
    "dd214",
    "dd-2648",
    "sf-86",
    "va-21-526ez",
    "w-2",
    "w-4",
    "i-9",
    "i-130",
    "ds-160",
    "1099-misc",
    "1099-nec",
];

/// Unique-looking codes anywhere, whatever the words around them: an upper-case code of seven
/// or more characters mixing letters and at least three digits ("HZDB83592451959264",
/// "D77879224", "MR-1234567"), and long digit runs (nine digits, or twelve and more) that no
/// other rule claimed. Ten- and eleven-digit runs are left to the phone rule.
fn generic(text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() || i > 0 && b[i - 1].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        while j < b.len()
            && (b[j].is_ascii_alphanumeric()
                || b[j] == b'-' && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric))
        {
            j += 1;
        }
        let tok = &text[start..j];
        i = j.max(i + 1);
        let digits = tok.bytes().filter(u8::is_ascii_digit).count();
        let letters = tok.bytes().filter(u8::is_ascii_alphabetic).count();
        let lower_case = tok.bytes().any(|c| c.is_ascii_lowercase());
        let segments: Vec<&str> = tok.split('-').collect();
        let vanity = segments.len() > 1
            && segments[segments.len() - 1]
                .bytes()
                .all(|c| c.is_ascii_alphabetic())
            && segments[..segments.len() - 1]
                .iter()
                .all(|g| g.bytes().all(|c| c.is_ascii_digit()));
        // "HOPELINE247": a service's name and its hours ("247", "365"), not a code — any other
        // digits after a word keep it an identifier ("SMITH48213", "NEWMAN20931")
        let named = || {
            tok.find(|c: char| c.is_ascii_digit()).is_some_and(|d| {
                let word = tok[..d].to_ascii_lowercase();
                d >= 5
                    && matches!(&tok[d..], "247" | "365")
                    && word.bytes().all(|c| c.is_ascii_lowercase())
                    && (lex.flags(&word) & (VOCAB | ORDINARY_WORD) != 0 || lex.compound(&word))
            })
        };
        let code = letters >= 2
            && digits >= 3
            && tok.len() >= 6
            && !lower_case
            && !vanity
            && !NOT_IDS.contains(&tok.to_ascii_lowercase().as_str())
            && !public_vanity(tok, lex)
            && !named();
        let run = letters == 0 && !tok.contains('-') && (digits == 9 || digits >= 12)
            // "350-892-360": nine digits in hyphenated threes that check as a SIN or a TFN
            || letters == 0 && nine_hyphenated(tok);
        // an Irish PPS number, "1234567T" / "1234567TA", by its check letter
        let pps = letters >= 1 && valid_pps(tok);
        if letters == 0
            && !run
            && let Some(e) = nine_grouped(text, start, j)
            && !lex.is_public_number(&super::text::digits(&text[start..e]))
        {
            out.push(Finding {
                start,
                end: e,
                kind: Kind::Id,
            });
            i = e;
            continue;
        }
        if code || run || pps {
            out.push(Finding {
                start,
                end: j,
                kind: Kind::Id,
            });
        }
    }
}

/// "350-892-360": three groups of three digits joined by hyphens, passing the SIN (Luhn) or TFN
/// check.
fn nine_hyphenated(tok: &str) -> bool {
    let b = tok.as_bytes();
    b.len() == 11
        && b[3] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 3 || i == 7 || c.is_ascii_digit())
        && {
            let d = digits(tok);
            luhn(&d) || tfn(&d)
        }
}

/// The Australian tax file number's check: weights 1,4,3,7,5,8,6,9,10, a multiple of 11.
fn tfn(d: &str) -> bool {
    d.len() == 9
        && [1, 4, 3, 7, 5, 8, 6, 9, 10]
            .iter()
            .zip(d.bytes())
            .map(|(w, c)| w * u32::from(c - b'0'))
            .sum::<u32>()
            % 11
            == 0
}

/// An Irish PPS number: seven digits, a check letter, and an optional second letter (A, B, H or
/// W). The check letter is the weighted sum (8 down to 2 over the digits, 9 over the second
/// letter's place in the alphabet) modulo 23, read from "WABCDEFGHIJKLMNOPQRSTUV".
pub fn valid_pps(tok: &str) -> bool {
    const CHECK: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";
    let b = tok.as_bytes();
    if !(8..=9).contains(&b.len())
        || !b[..7].iter().all(u8::is_ascii_digit)
        || !b[7..].iter().all(u8::is_ascii_uppercase)
    {
        return false;
    }
    let mut sum: u32 = b[..7]
        .iter()
        .zip((2..=8).rev())
        .map(|(c, w)| u32::from(c - b'0') * w)
        .sum();
    if let Some(&second) = b.get(8) {
        if !matches!(second, b'A' | b'B' | b'H' | b'W') {
            return false;
        }
        sum += 9 * (u32::from(second - b'A' + 1) % 23);
    }
    CHECK[(sum % 23) as usize] == b[7]
}

/// "583 088 885": nine digits in threes that check as a Canadian SIN (Luhn) or an Australian
/// TFN (weighted sum), not part of a longer number: the end of the third group.
fn nine_grouped(text: &str, start: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let sep = |i: usize| b.get(i).is_some_and(|c| matches!(c, b' ' | b'-'));
    // the token is the first group; the next two follow it
    let grouped = end == start + 3
        && sep(end)
        && (1..=3).all(|k| digit(end + k))
        && sep(end + 4)
        && (5..=7).all(|k| digit(end + k))
        && !digit(end + 8)
        && !(sep(end + 8) && digit(end + 9))
        && !(start >= 2 && sep(start - 1) && digit(start - 2));
    if !grouped {
        return None;
    }
    // a SIN passes the Luhn check, a TFN its weighted sum; three readings ("110 140 180") seldom
    // pass either
    let d = digits(&text[start..end + 8]);
    (luhn(&d) || tfn(&d)).then_some(end + 8)
}

/// "1-800-944-4PPD", "1-800-4-A-CHILD": a help line's vanity number, letters read off the keypad.
fn public_vanity(tok: &str, lex: &Lexicon) -> bool {
    let keypad = |c: u8| match c.to_ascii_uppercase() {
        b'0'..=b'9' => Some(c),
        b'A'..=b'C' => Some(b'2'),
        b'D'..=b'F' => Some(b'3'),
        b'G'..=b'I' => Some(b'4'),
        b'J'..=b'L' => Some(b'5'),
        b'M'..=b'O' => Some(b'6'),
        b'P'..=b'S' => Some(b'7'),
        b'T'..=b'V' => Some(b'8'),
        b'W'..=b'Z' => Some(b'9'),
        _ => None,
    };
    let digits: String = tok.bytes().filter_map(keypad).map(char::from).collect();
    tok.contains('-') && (10..=11).contains(&digits.len()) && lex.is_public_number(&digits)
}

/// The SSN and ITIN shape: area not 000 or 666, group not 00, serial not 0000. (9xx areas are
/// never SSNs but are ITINs, and a mistyped number identifies as well as a valid one.)
pub fn valid_ssn(d: &str) -> bool {
    if d.len() != 9 {
        return false;
    }
    let (area, group, serial) = (&d[..3], &d[3..5], &d[5..]);
    area != "000" && area != "666" && group != "00" && serial != "0000"
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
        || matches!(p2, 36 | 38 | 30) && (14..=19).contains(&n)
        // Maestro
        || (p2 == 50 || (56..=69).contains(&p2)) && (12..=19).contains(&n);
    // a known issuer, or any Luhn-valid 13–19 digits: a card number is a card number even when
    // its issuer range is new or mistyped
    (issuer || (13..=19).contains(&n)) && luhn(d)
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
