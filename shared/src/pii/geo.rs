//! Geography written with numbers: street addresses (with a house number or a flat/unit), P.O.
//! boxes, military addresses (APO/FPO/DPO), ZIP codes and postcodes (US, UK, Canada, Ireland,
//! Australia/NZ after a state or a town), and the town written after a street address.
//! Place names without numbers are `proper/`'s. States and countries stay.

use super::lexicon::{
    COMMON, FIRST_NAME, Lexicon, ORDINARY_WORD, RARE, REGION, SURNAME, TOWN, VOCAB, lines,
};
use super::text::{before, year};
use super::{Finding, Kind};
use regex::Regex;

const STREET_TYPES: &str = include_str!("../../../data/pii/street_types.txt");
const STATES: &str = "FM|PW|MH|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|GU|VI|AS|MP|AA|AE|AP|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU|NSW|VIC|QLD|SA|TAS|ACT";
const UNITS: &str = r"(?:Flat|Studio|Apt|Apartment|Unit|Suite|Ste|Level|Lot|Shop|Room|Rm|Floor|Fl|Building|Bldg|Block|Villa)";

pub struct Geo {
    street: Regex,
    po_box: Regex,
    military: Regex,
    state_zip: Regex,
    zip4: Regex,
    zip_cue: Regex,
    zip_after: Regex,
    postcode: Regex,
    canada: Regex,
    eircode: Regex,
    town_tail: Regex,
}

impl Geo {
    pub fn new() -> Geo {
        let re = |p: &str| Regex::new(p).expect("geo pattern compiles");
        // capitalised or upper case, never lower: "haven" in "haven't" is no street
        let types: Vec<String> = lines(STREET_TYPES)
            .flat_map(str::split_whitespace)
            .flat_map(|t| {
                let mut cap = t.to_string();
                cap[..1].make_ascii_uppercase();
                [regex::escape(&cap), regex::escape(&t.to_ascii_uppercase())]
            })
            .collect();
        let types = types.join("|");
        // (a full stop only after an abbreviation, "St. Kilda Rd", "Capt. Cook Dr": not a
        // sentence's end, "…0508 TAUTOKO. Hollow Knight is so hard")
        let name_word = r"(?:\d{1,3}(?:st|nd|rd|th)|[NSEW]\.?|[A-Z][A-Za-z'’-]*|[A-Z][a-z]{0,3}\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)";
        let number = r"\d{1,6}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?";
        // a flat or suite number: digits, or one letter with optional digits ("12B", "C")
        let unit_id = r"(?:[A-Za-z]?\d[A-Za-z0-9-]{0,5}|[A-Z](?-u:\b))";
        Geo {
            street: re(&format!(
                r"(?-u:\b)(?:{UNITS}(?-u:\b)\.? ?#?{unit_id},? (?:{number} )?|{number},? ){name_word}(?: {name_word}){{0,3}} (?:{types})(?-u:\b)\.?(?:,? (?:(?:Apt|Apartment|Unit|Suite|Ste|Flat|Fl|Floor|Room|Studio|Level|RD|No)(?-u:\b)|#)\.? ?#?{unit_id}){{0,2}}"
            )),
            po_box: re(
                r"(?i)(?-u:\b)(?:P\.? ?O\.?|Post Office|PMB|Private Bag) ?Box ?#?\d+(?:,? (?:Suite|Apt|Unit|Ste)\.? ?#?\d+)?",
            ),
            military: re(
                r"(?-u:\b)(?:(?:PSC|CMR|Unit|UNIT) \d{3,5},? Box \d{3,5}(?:,? (?:APO|FPO|DPO) (?:AA|AE|AP)(?: \d{5})?)?|(?:USS|USNS|USNV|USCGC|USNA|HMS) [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?,? (?:FPO|APO) (?:AA|AE|AP)(?: \d{5})?|(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5})",
            ),
            state_zip: re(&format!(
                r"(?-u:\b)(?:{STATES}),? (\d{{5}}(?:-\d{{4}})?|\d{{4}})(?-u:\b)"
            )),
            zip4: re(r"(?-u:\b)\d{5}-\d{4}(?-u:\b)"),
            zip_cue: re(
                r"(?i)(?-u:\b)(near|around|in the|zip|zipcode|zip code|postcode|post code|postal code|area|live in|lives in|i'm in|im in|in|from)[ :#]+(\d{4,5})(?-u:\b)( area)?",
            ),
            zip_after: re(
                r"(?i)(?-u:\b)(\d{4,5}) (?:is |was )?(?:the|my|our|her|his|their) (?:zip|zipcode|zip code|postcode|post code|postal code)(?-u:\b)",
            ),
            postcode: re(r"(?-u:\b)[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?-u:\b)"),
            canada: re(r"(?-u:\b)[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d(?-u:\b)"),
            eircode: re(r"(?-u:\b)[A-Z]\d{2}(?:W)? ?[0-9A-Z]{4}(?-u:\b)"),
            town_tail: re(&format!(
                r"^(?:, ?|\n| )([A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){{0,2}})(?:,? (?:{STATES})\.?)?(?:(?:,? |\n)(\d{{4,5}}(?:-\d{{4}})?)(?-u:\b))?"
            )),
        }
    }

    /// Only called when the text has a digit.
    pub fn find(&self, text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
        let mut push = |s: usize, e: usize, kind| {
            out.push(Finding {
                start: s,
                end: e,
                kind,
            })
        };
        let mut ends = Vec::new();
        for m in self.street.find_iter(text) {
            push(m.start(), m.end(), Kind::Address);
            ends.push(m.end());
        }
        for m in self.po_box.find_iter(text) {
            push(m.start(), m.end(), Kind::Address);
            ends.push(m.end());
        }
        for m in self.military.find_iter(text) {
            push(m.start(), m.end(), Kind::Address);
        }
        // the town (and postcode) written after a street address
        for end in ends {
            // a postcode straight after it: "7478 Fisher Valleys Apt. 745, 93530."
            let rest = &text.as_bytes()[end..];
            if rest.starts_with(b", ") {
                let n = rest[2..].iter().take_while(|c| c.is_ascii_digit()).count();
                let ends_word = rest.get(2 + n).is_none_or(|c| !c.is_ascii_alphanumeric());
                // (a year opening the next clause: "…Road, 2019 was hard"; not an AU/NZ postcode
                // running on: "…Calvin Strip, 2187 i'm dreading it")
                // (nor a sum or a count: "…Baker Street, 1200 a month", "3000 miles")
                let year_clause = n == 4
                    && rest.get(2 + n) == Some(&b' ')
                    && (year(&text[end + 2..end + 6]) || {
                        let next = rest[7..]
                            .split(|c| !c.is_ascii_alphabetic())
                            .next()
                            .unwrap_or(b"");
                        matches!(
                            next,
                            b"a" | b"an"
                                | b"per"
                                | b"pw"
                                | b"pcm"
                                | b"pm"
                                | b"each"
                                | b"miles"
                                | b"km"
                                | b"pounds"
                                | b"dollars"
                                | b"quid"
                                | b"euros"
                                | b"people"
                                | b"times"
                                | b"words"
                                | b"steps"
                                | b"calories"
                        )
                    });
                if (4..=5).contains(&n) && ends_word && !year_clause {
                    push(end + 2, end + 2 + n, Kind::Zip);
                    continue;
                }
            }
            if let Some(c) = self.town_tail.captures(&text[end..]) {
                let town = c.get(1).expect("town group");
                // "po box 52190\nArt therapy sounded…": the next line goes on as a sentence, so
                // its first words are no town line
                let rest = &text.as_bytes()[end + town.end()..];
                let first_word = town.as_str().split(' ').next().unwrap_or("");
                let sentence = text[end..].starts_with('\n')
                    && c.get(2).is_none()
                    // (a gazetteer town stays one: "PO Box 12\nSpringfield il 62704")
                    && lex.flags(&first_word.to_ascii_lowercase()) & super::lexicon::TOWN_WHOLE == 0
                    && rest.first() == Some(&b' ')
                    && rest.get(1).is_some_and(u8::is_ascii_lowercase);
                // (nor is a code: "…Level 7\nGAD-7 was 19")
                if sentence || town.as_str().ends_with('-') {
                    continue;
                }
                let lower = town.as_str().to_ascii_lowercase();
                let first = lower.split(' ').next().unwrap_or("");
                let f = lex.flags(first);
                // "… Street The …" is no town: an everyday first word must be a town or a name
                // ("New Annville", "North Jessica": a place's opening word before another)
                let prefix = lower.contains(' ')
                    && matches!(
                        first,
                        "new"
                            | "north"
                            | "south"
                            | "east"
                            | "west"
                            | "upper"
                            | "lower"
                            | "port"
                            | "mount"
                            | "lake"
                            | "st"
                            | "saint"
                            | "fort"
                            | "glen"
                            | "old"
                    );
                let plain = !prefix
                    && (f & (VOCAB | ORDINARY_WORD | RARE | COMMON) != 0
                        && f & (TOWN | FIRST_NAME | SURNAME) == 0
                        || f & (COMMON | ORDINARY_WORD) != 0);
                // after a bare space only when a postcode follows ("… Road Springfield 62704")
                let loose =
                    c.get(0).is_some_and(|m| m.as_str().starts_with(' ')) && c.get(2).is_none();
                let region = lex.flags(&lower) & REGION != 0 || lex.phrase(&lower) & REGION != 0;
                if !plain && !region && !loose {
                    push(end + town.start(), end + town.end(), Kind::Location);
                }
                // (four digits on the next line may be a year opening a sentence: "…Dublin\n2019
                // was awful")
                let next_line_year = c.get(2).is_some_and(|z| {
                    text[end..end + z.start()].ends_with('\n') && year(z.as_str())
                });
                if let Some(z) = c.get(2).filter(|_| !plain && !next_line_year) {
                    push(end + z.start(), end + z.end(), Kind::Zip);
                }
            }
        }
        for c in self.state_zip.captures_iter(text) {
            let g = c.get(1).expect("zip group");
            push(g.start(), g.end(), Kind::Zip);
        }
        for m in self.zip4.find_iter(text) {
            if !before(text, m.start(), 1).ends_with('-') {
                push(m.start(), m.end(), Kind::Zip);
            }
        }
        for c in self.zip_cue.captures_iter(text) {
            let g = c.get(2).expect("zip group");
            // four digits are an AU/NZ postcode only where they cannot be a year or a time: a
            // leading 0 reads as a time ("in 0800", "around 0930") except after "near" or a
            // postcode word ("any groups near 0328?")
            let four = g.as_str().len() == 4;
            let yearish = year(g.as_str());
            let cue = c.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
            let placed = matches!(
                cue.as_str(),
                "near" | "postcode" | "post code" | "postal code"
            );
            let zero = g.as_str().starts_with('0');
            if !four || c.get(3).is_some() || !yearish && (!zero || placed) {
                push(g.start(), g.end(), Kind::Zip);
            }
        }
        // the cue after it: "it's um 81312 the postcode", "02139 is my zip"
        for c in self.zip_after.captures_iter(text) {
            let g = c.get(1).expect("zip group");
            // (not a year: "In 2019 my postcode changed")
            if !(g.as_str().len() == 4 && year(g.as_str())) {
                push(g.start(), g.end(), Kind::Zip);
            }
        }
        for m in self.postcode.find_iter(text) {
            push(m.start(), m.end(), Kind::Zip);
        }
        for m in self.canada.find_iter(text) {
            push(m.start(), m.end(), Kind::Zip);
        }
        for m in self.eircode.find_iter(text) {
            let s = m.as_str();
            let tail = &s[s.len() - 4..];
            let mixed = tail.bytes().any(|c| c.is_ascii_digit())
                && (tail.bytes().any(|c| c.is_ascii_uppercase()) || s.contains(' '));
            // the routing key's letter is one Eircode uses
            let routing = matches!(s.as_bytes()[0], b'A' | b'C'..=b'F' | b'H' | b'K' | b'N' | b'P' | b'R' | b'T' | b'V'..=b'Y');
            if mixed || routing {
                push(m.start(), m.end(), Kind::Zip);
            }
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
