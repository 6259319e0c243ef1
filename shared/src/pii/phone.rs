//! Phone and fax numbers as people write them: grouped or bare, with a country or trunk prefix
//! (`+1-`, `001-`, `+44 (0)`), with an extension (`x123`, `ext. 12`).
//!
//! Shape, not allocation: a number is accepted when its digits and grouping are those of a
//! phone number in the countries the data comes from (North American 10 digits, a trunk 0 and
//! 9–11 digits, an international prefix and 8–15). A registry check (libphonenumber's "valid")
//! would keep typos, invented and unallocated numbers — which still identify whoever wrote
//! them — so it is the wrong test for a redactor. Seven- and eight-digit local numbers count
//! only after a phone word ("ring me on 867 8374"). Help lines stay (`public_numbers.txt`).

use super::lexicon::Lexicon;
use super::text::before;
use super::{Finding, Kind};

/// Words that make a short local number a phone number when they come shortly before it.
const CUES: &[&str] = &[
    "call",
    "text",
    "phone",
    "number",
    "cell",
    "mobile",
    "mob",
    "ring",
    "reach",
    "contact",
    "tel",
    "fax",
    "whatsapp",
    "landline",
    "dial",
    "hmu",
    "line",
    "ph",
    "contacted",
    "texting",
    "texted",
    "kin",
    "voicemail",
];

struct Candidate {
    start: usize,
    end: usize,
    digits: String,
    /// Lengths of the digit groups, in order.
    groups: Vec<usize>,
    /// Where each group ends.
    ends: Vec<usize>,
    /// Written with an international prefix (`+`, `00`).
    international: bool,
}

/// Phone numbers into `out`; help lines (written any way) into `protected`, so no other rule
/// takes them for a date or a code ("13-11-14" is Lifeline, not the 13th of November).
pub fn find(
    text: &str,
    lex: &Lexicon,
    out: &mut Vec<Finding>,
    protected: &mut Vec<(usize, usize)>,
) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let opens = c.is_ascii_digit()
            || (c == b'+' || c == b'(') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        let free = i == 0 || !b[i - 1].is_ascii_alphanumeric() && !glued(b, i);
        if !(opens && free) {
            i += 1;
            continue;
        }
        match scan(text, i) {
            // short codes (111, 988) are never taken for phones anyway, and would otherwise
            // shield the tail of a longer number ("4111 1111 1111 1111")
            Some(cand) if cand.digits.len() >= 5 && lex.is_public_number(&cand.digits) => {
                protected.push((cand.start, cand.end));
                i = cand.end;
            }
            Some(cand) => {
                let next = cand.end;
                let found = accept(text, &cand, lex).or_else(|| {
                    // two numbers side by side ("(415) 555-2671 (415) 555-2672"): the longest
                    // first part that is a phone number, cut where the next one opens
                    (1..cand.groups.len()).rev().find_map(|n| {
                        let cut = cand.ends[n - 1];
                        // (or a list's next item: "call Hoani on 244 7779 2) go to…")
                        let item = text[cut..].starts_with(' ')
                            && cand.groups[n] <= 2
                            && text[cand.ends[n]..].starts_with([')', '.']);
                        let opens_next = text[cut..].starts_with(" (")
                            || text[cut..].starts_with(" +")
                            || item
                            || text[cut..].starts_with(' ')
                                && text[cand.start..cut].contains(['-', '.', ')']);
                        opens_next
                            .then(|| cand.prefix(n))
                            .and_then(|p| accept(text, &p, lex))
                    })
                });
                if let Some(end) = found {
                    out.push(Finding {
                        start: cand.start,
                        end,
                        kind: Kind::Phone,
                    });
                    i = end;
                } else {
                    i = next.max(i + 1);
                }
            }
            None => {
                // skip the rest of this number
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                i += 1;
            }
        }
    }
}

impl Candidate {
    /// The candidate made of its first `n` groups.
    fn prefix(&self, n: usize) -> Candidate {
        let digits: usize = self.groups[..n].iter().sum();
        Candidate {
            start: self.start,
            end: self.ends[n - 1],
            digits: self.digits[..digits].to_string(),
            groups: self.groups[..n].to_vec(),
            ends: self.ends[..n].to_vec(),
            international: self.international,
        }
    }
}

/// The tail of a dotted or dashed number ("10.0.0.1 (415)…", "3-2-4"), not a start.
fn glued(b: &[u8], i: usize) -> bool {
    i >= 2 && matches!(b[i - 1], b'.' | b'-' | b'/' | b',') && b[i - 2].is_ascii_digit()
}

/// Reads digit groups joined by single separators (space, `.`, `-`, brackets; a spaced hyphen:
/// "916 - 555 - 1234").
fn scan(text: &str, start: usize) -> Option<Candidate> {
    let b = text.as_bytes();
    let mut i = start;
    let international = b[i] == b'+' || text[i..].starts_with("00") || text[i..].starts_with("011");
    if b[i] == b'+' {
        i += 1;
    }
    let mut digits = String::new();
    let mut groups = Vec::new();
    let mut ends = Vec::new();
    let mut end = i;
    loop {
        // optional separators (at most two characters, e.g. ") " or " (")
        let mut j = i;
        let mut seps = 0;
        while j < b.len() && seps < 3 {
            // (a word processor's dashes and no-break spaces too: "512–867–5309")
            let width = match b[j] {
                b' ' | b'.' | b'-' | b'(' | b')' => 1,
                // an area code before a slash: "512/867-5309" (checked below)
                b'/' if groups.len() == 1 && groups[0] == 3 => 1,
                0xC2 if b.get(j + 1) == Some(&0xA0) => 2,
                0xE2 if text[j..].starts_with(['\u{2013}', '\u{2014}', '\u{2011}']) => 3,
                _ => break,
            };
            j += width;
            seps += 1;
        }
        let gstart = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == gstart {
            break;
        }
        let sep_text = match &text[i..gstart] {
            "\u{2013}" | "\u{2014}" | "\u{2011}" => "-",
            " \u{2013} " | " \u{2014} " => " - ",
            "\u{a0}" => " ",
            ")\u{a0}" => ") ",
            "\u{a0}(" => " (",
            s => s,
        };
        let sep_ok = sep_text.is_empty() && groups.is_empty()
            || matches!(
                sep_text,
                " " | "." | "-" | " - " | "(" | ")" | ") " | " (" | ")-" | ")." | "-(" | "" | "/"
            );
        if !sep_ok {
            break;
        }
        if digits.len() + (j - gstart) > 15 {
            break; // the next group belongs to another number
        }
        digits.push_str(&text[gstart..j]);
        groups.push(j - gstart);
        ends.push(j);
        end = j;
        i = j;
        if b.get(j) == Some(&b')') && !text[start..j].contains('(') {
            break;
        }
    }
    if groups.is_empty() {
        return None;
    }
    if text[start..end].contains('(') && !text[start..end].contains(')') {
        return None;
    }
    // a slash only after an area code, then a local number joined by a dash or a dot:
    // "512/867-5309", not "555/12" nor "score 200/300 2024"
    if text[start..end].contains('/') && (groups != [3, 3, 4] || !matches!(b[ends[1]], b'-' | b'.'))
    {
        return None;
    }
    // a number that runs on into letters or further digits is something else ("12ab", "3,000")
    if let Some(&n) = b.get(end) {
        if n.is_ascii_alphanumeric() && extension_at(text, end).is_none() {
            return None;
        }
        if n == b',' && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        if n == b'/' || n == b':' && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
    }
    Some(Candidate {
        start,
        end,
        digits,
        groups,
        ends,
        international,
    })
}

/// The end of an extension written after a number ("x123", " ext. 45", " extension 9").
fn extension_at(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let lower = rest
        .get(..rest.len().min(24))
        .unwrap_or(rest)
        .to_ascii_lowercase();
    let trimmed = lower.trim_start_matches([' ', ',']);
    let skipped = lower.len() - trimmed.len();
    let after = ["extension", "ext.", "ext", "x", "#"]
        .iter()
        .find_map(|p| trimmed.strip_prefix(p).map(|r| (p.len(), r)))?;
    let (plen, r) = after;
    let r2 = r.trim_start_matches([' ', ':', '.']);
    let pad = r.len() - r2.len();
    let n = r2.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 6 {
        return None;
    }
    let end = at + skipped + plen + pad + n;
    // not when the digits run on into a word ("x5pm")
    let next = text.as_bytes().get(end);
    (next.is_none_or(|c| !c.is_ascii_alphanumeric())).then_some(end)
}

/// The end of the phone number (with its extension) when the candidate is one.
fn accept(text: &str, c: &Candidate, lex: &Lexicon) -> Option<usize> {
    let d = c.digits.as_str();
    let g = &c.groups;
    if lex.is_public_number(d) || vanity_tail(text, c.end) {
        return None;
    }
    let grouped = g.len() > 1;
    let nanp = |d: &str| {
        let b = d.as_bytes();
        d.len() == 10 && b[0] >= b'2' && b[3] >= b'2'
    };
    let shape = if c.international {
        let rest = d
            .strip_prefix("011")
            .or_else(|| d.strip_prefix("00"))
            .unwrap_or(d);
        (8..=15).contains(&rest.len())
    } else if d.len() == 11 && d.starts_with('1') {
        nanp(&d[1..]) || grouped && g[0] == 1
    } else if d.len() == 10 && !d.starts_with('0') {
        nanp(d) || grouped && g.len() >= 3 && g[g.len() - 1] == 4
    } else if d.starts_with('0') && d.len() >= 9 {
        d.len() <= 11 && (grouped || d.len() >= 10)
    } else if (7..=8).contains(&d.len()) {
        let local = g == &[3, 4] || g == &[4, 4] || g == &[3, 3] || g.len() == 1;
        local
            && (cue_before(text, c.start)
                || extension_at(text, c.end).is_some()
                || super::text::in_signature(text, c.start))
    } else {
        false
    };
    if !shape {
        return None;
    }
    // an extension, or two ("x517 ext 9175")
    let mut end = c.end;
    for _ in 0..2 {
        match extension_at(text, end) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

/// "1-800-273-TALK": a vanity number's letters follow; the whole is a (public) resource or a
/// business line, and its digits alone are too few to be a person's number.
fn vanity_tail(text: &str, end: usize) -> bool {
    let rest = &text.as_bytes()[end..];
    rest.first() == Some(&b'-') && rest.get(1).is_some_and(u8::is_ascii_uppercase)
}

fn cue_before(text: &str, start: usize) -> bool {
    let window = before(text, start, 40);
    CUES.iter().any(|c| {
        window.match_indices(c).any(|(i, _)| {
            let ok_before = i == 0 || !window.as_bytes()[i - 1].is_ascii_alphabetic();
            let after = window.as_bytes().get(i + c.len());
            ok_before && after.is_none_or(|b| !b.is_ascii_alphabetic() || *b == b's')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(text: &str) -> Vec<&str> {
        let lex = Lexicon::load();
        let mut out = Vec::new();
        find(text, &lex, &mut out, &mut Vec::new());
        out.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn numbers_with_prefixes_and_extensions() {
        assert_eq!(phones("call 206.269.0743x9150 now"), ["206.269.0743x9150"]);
        assert_eq!(
            phones("+1-780-563-6083 ext. 77"),
            ["+1-780-563-6083 ext. 77"]
        );
        assert_eq!(phones("001-415-555-2671"), ["001-415-555-2671"]);
        assert_eq!(phones("it's 6393762851"), ["6393762851"]);
        assert_eq!(phones("+44(0)115 4960914"), ["+44(0)115 4960914"]);
        assert_eq!(phones("(01632) 960391"), ["(01632) 960391"]);
        assert_eq!(phones("ring me on 867 8374"), ["867 8374"]);
        assert!(phones("I walked 867 8374 steps").is_empty());
        assert_eq!(phones("Phone: 916 - 555 - 1234"), ["916 - 555 - 1234"]);
        assert!(phones("scores went 10 - 15 - 20 over the term").is_empty());
        assert!(phones("on 2018-05-30 and 12/05/2020 at 10.30").is_empty());
    }

    #[test]
    fn help_lines_stay() {
        for t in [
            "1-800-273-8255",
            "1-800-273-TALK",
            "call 13 11 14",
            "0800 543 354",
            "116 123",
        ] {
            assert!(phones(t).is_empty(), "{t}");
        }
    }
}
