//! Number plates by their shape where people talk about a vehicle. A plate has no fixed form
//! across the six countries ("6R579", "1-N3186", "MCG 721", "SD9 09H", "GVLJ-323", "43L•231"),
//! so a short code that mixes capitals and digits is taken for one only when a word about a
//! vehicle or driving stands near it ("the ute that parked there, KTB 109"). A code joined by a
//! middle dot or bullet is a plate anywhere: prose has no other use for one.

use super::lexicon::{Lexicon, ORDINARY_WORD, VOCAB};
use super::text::floor_boundary;
use super::{Finding, Kind};

/// How far before and after a code a vehicle word may stand.
const BEFORE: usize = 100;
const AFTER: usize = 60;

/// Words about a vehicle or driving (lower case).
fn vehicle_word(w: &str) -> bool {
    matches!(
        w,
        "car"
            | "cars"
            | "van"
            | "truck"
            | "ute"
            | "suv"
            | "sedan"
            | "hatchback"
            | "hatch"
            | "motorbike"
            | "motorcycle"
            | "vehicle"
            | "rego"
            | "reg"
            | "plate"
            | "plates"
            | "tags"
            | "drove"
            | "drives"
            | "keys"
            | "driving"
            | "driver"
            | "parked"
            | "parking"
            | "tailgating"
            | "tailgated"
            | "speeding"
            | "honked"
            | "towed"
            | "uber"
            | "taxi"
            | "cab"
            | "jeep"
            | "toyota"
            | "honda"
            | "ford"
            | "holden"
            | "mazda"
            | "nissan"
            | "hyundai"
            | "kia"
            | "subaru"
            | "volkswagen"
            | "vw"
            | "bmw"
            | "audi"
            | "mercedes"
            | "tesla"
            | "chevy"
            | "chevrolet"
            | "suzuki"
            | "mitsubishi"
            | "skoda"
            | "vauxhall"
            | "peugeot"
            | "renault"
            | "volvo"
            | "lexus"
            | "corolla"
            | "civic"
            | "camry"
            | "hilux"
            | "prius"
            | "commodore"
            | "pickup"
            | "minivan"
            | "campervan"
            | "lorry"
    )
}

/// Road names and units that make a code of capitals and digits something else ("US 101",
/// "SH 1", "3AM", "500MG").
fn not_plate_part(p: &str) -> bool {
    let letters: String = p
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|c| char::from(c.to_ascii_lowercase()))
        .collect();
    let digits_first = p.bytes().next().is_some_and(|c| c.is_ascii_digit());
    matches!(
        letters.as_str(),
        "am" | "pm"
            | "mg"
            | "ml"
            | "km"
            | "kg"
            | "mph"
            | "kph"
            | "cc"
            | "hp"
            | "min"
            | "hr"
            | "hrs"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "x"
            | "k"
            | "m"
            | "s"
    ) && digits_first
}

fn road_prefix(p: &str) -> bool {
    matches!(
        p,
        "US" | "SR" | "SH" | "I" | "M" | "A" | "B" | "N" | "HWY" | "RT" | "RTE" | "CR" | "FM"
    )
}

/// Plate-shaped codes in `text` near a vehicle word, and codes joined by a bullet anywhere.
pub fn plates(text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_alphanumeric() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        // (a plate starts with a capital or a digit)
        if starts && (b[i].is_ascii_uppercase() || b[i].is_ascii_digit()) {
            let (parts, seps) = candidate(text, i);
            // the most parts that make a plate ("KTB 109 THEN" → "KTB 109")
            let fit = (1..=parts.len()).rev().find(|&n| {
                let mut ps = [""; 3];
                for (p, &(s, e)) in ps.iter_mut().zip(&parts[..n]) {
                    *p = &text[s..e];
                }
                shape_ok(&ps[..n], lex)
            });
            if let Some(n) = fit {
                let end = parts[n - 1].1;
                let bullet = seps[..n - 1].iter().any(|&s| s);
                if bullet || near_vehicle(text, i, end) {
                    out.push(Finding {
                        start: i,
                        end,
                        kind: Kind::Vehicle,
                    });
                    i = end;
                    continue;
                }
            }
        }
        // the next word
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        i += 1;
    }
}

/// At most three of something, on the stack (a candidate is built at every word's start).
#[derive(Default)]
struct Parts<T: Copy + Default = (usize, usize)> {
    items: [T; 3],
    len: usize,
}

impl<T: Copy + Default> Parts<T> {
    fn push(&mut self, v: T) {
        if self.len < 3 {
            self.items[self.len] = v;
            self.len += 1;
        }
    }
    fn len(&self) -> usize {
        self.len
    }
}

impl<T: Copy + Default> std::ops::Deref for Parts<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.items[..self.len]
    }
}

/// Up to three parts of capitals and digits from `start`, joined by one space, hyphen, middle
/// dot or bullet, ending where a part runs into lower case or other letters; and for each join,
/// whether it is a bullet.
fn candidate(text: &str, start: usize) -> (Parts, Parts<bool>) {
    let b = text.as_bytes();
    let mut parts = Parts::default();
    let mut seps = Parts::default();
    let mut at = start;
    while parts.len() < 3 {
        let s = at;
        while at < b.len() && (b[at].is_ascii_digit() || b[at].is_ascii_uppercase()) {
            at += 1;
        }
        // a part glued to lower case or other letters is a word ("MCGrath", "3am")
        // (a letter of another script glues; a curly quote, a dash or an ellipsis does not)
        let glued = at < b.len()
            && b[at] >= 0x80
            && text[at..].chars().next().is_some_and(char::is_alphabetic)
            || b.get(at)
                .is_some_and(|c| c.is_ascii_lowercase() || *c == b'\'');
        if at == s || glued {
            break;
        }
        parts.push((s, at));
        let sep = match b.get(at) {
            Some(b' ' | b'-') => 1,
            _ if text[at..].starts_with(['\u{2022}', '\u{b7}']) => {
                text[at..].chars().next().map_or(1, char::len_utf8)
            }
            _ => 0,
        };
        let next_ok = b
            .get(at + sep)
            .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
        if sep == 0 || !next_ok {
            break;
        }
        seps.push(sep > 1);
        at += sep;
    }
    (parts, seps)
}

fn shape_ok(ps: &[&str], lex: &Lexicon) -> bool {
    let alnum: usize = ps.iter().map(|p| p.len()).sum();
    let digits: usize = ps
        .iter()
        .map(|p| p.bytes().filter(u8::is_ascii_digit).count())
        .sum();
    if !(5..=8).contains(&alnum) || digits == 0 || digits == alnum {
        return false;
    }
    if ps.len() > 1 && road_prefix(ps[0]) && ps[1].bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    // a help line's prefix ("1800 ED HOPE"), a form's name ("DD214"), another number's label
    // before its digits ("SSN 935-88-0633", "DOB 10.03")
    if matches!(
        ps[0],
        "1800"
            | "1300"
            | "0800"
            | "0808"
            | "0500"
            | "0508"
            | "13"
            | "DD214"
            | "SSN"
            | "DOB"
            | "MRN"
            | "NHS"
            | "PPS"
            | "PPSN"
            | "SIN"
            | "TFN"
            | "IRD"
            | "NHI"
            | "ID"
            | "NI"
            | "VIN"
            | "REG"
            | "TEL"
            | "PH"
            | "APT"
            | "UNIT"
    ) {
        return false;
    }
    // "since 2020 I'd say", "in 2019 A new…": the pronoun or the article, not a letter
    if ps[1..].iter().any(|p| matches!(*p, "I" | "A")) {
        return false;
    }
    // a unit written apart from its number ("500 MG", "1130 PM", "120 KM")
    let unit = |p: &str| {
        matches!(
            p,
            "AM" | "PM"
                | "MG"
                | "ML"
                | "KM"
                | "KG"
                | "MPH"
                | "KPH"
                | "CC"
                | "HP"
                | "MIN"
                | "HR"
                | "HRS"
                | "LBS"
                | "LB"
                | "CM"
                | "MM"
        )
    };
    if ps.iter().any(|p| unit(p)) {
        return false;
    }
    ps.iter().all(|p| {
        let word = p.len() >= 3
            && p.bytes().all(|c| c.is_ascii_alphabetic())
            && lex.flags(&p.to_ascii_lowercase()) & (VOCAB | ORDINARY_WORD) != 0;
        !word && !not_plate_part(p) && p.len() <= 7
    })
}

/// Whether a vehicle word stands within [`BEFORE`] bytes before or [`AFTER`] bytes after.
fn near_vehicle(text: &str, start: usize, end: usize) -> bool {
    let from = floor_boundary(text, start.saturating_sub(BEFORE));
    let to = floor_boundary(text, (end + AFTER).min(text.len()));
    text[from..to]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w.len() >= 2 && w.len() <= 12 && vehicle_word(&w.to_ascii_lowercase()))
}
