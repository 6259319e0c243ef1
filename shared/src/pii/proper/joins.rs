//! Passes after the word-by-word scan: initials signed under a message, a found name widened over
//! its neighbours, places joined into one span.

use super::*;

/// "Stephanie C, MA": a name signed with its surname's initial takes the initial (a capital
/// other than the pronoun or the article, then a comma, a full stop or the line's end).
/// A message signed with initials glued to a dash after its last sentence ("…throughout the
/// day. -IJP", "Take care!\n~JM"): two or three capitals no list knows (not "-CBT"), the
/// message's last word — not an acronym after a spaced dash ("Scan booked for Thursday - MRI").
pub(super) fn signed_initials(text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
    let end = text.trim_end_matches(|c: char| c.is_whitespace()).len();
    let head = &text[..end];
    // (ASCII capitals back from the end: a char boundary whatever comes before them)
    let b = head.as_bytes();
    let mut start = end;
    while start > 0 && b[start - 1].is_ascii_uppercase() {
        start -= 1;
    }
    if !(2..=3).contains(&(end - start)) {
        return;
    }
    let Some(rest) = head[..start].strip_suffix(['-', '~', '\u{2013}', '\u{2014}']) else {
        return;
    };
    // (after a sentence or on a line of its own: not "GAD-7" nor "X-Y")
    let rest = rest.trim_end_matches([' ', '\u{a0}', '\t']);
    let signs = rest.is_empty() || rest.ends_with(['.', '!', '?', '\n']);
    if signs && lex.flags(&head[start..end].to_ascii_lowercase()) == 0 {
        out.push(Finding {
            start,
            end,
            kind: Kind::Name,
        });
    }
}

/// The words on either side of a name found that are more of it: a first name just before a
/// surname ("May Smith called me", "thanks again, frank hester": found alone, "Smith" left
/// "May"; "May Day" has no name to join), and a surname that closes the phrase after a first
/// name ("thanks again, cassandra long"). A name already found makes its record changed, so
/// this widens what is redacted, never what is touched.
pub(super) fn adjacent_names(text: &str, lex: &Lexicon, found: &mut [Finding]) {
    let is_lower = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase());
    // (lowered on the stack: this runs for every name found)
    let flags = |w: &str| lex.flags(&lower(w));
    for f in found.iter_mut().filter(|f| f.kind == Kind::Name) {
        let name = &text[f.start..f.end];
        if let Some(head) = text[..f.start].strip_suffix(' ') {
            let word = head
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            let wf = if word.len() >= 3 { flags(word) } else { 0 };
            if wf & FIRST_NAME != 0 {
                let forename = if wf & CALENDAR != 0 {
                    // (the month of a time: "on May Day Tom hit me", "every May Tom gets drunk")
                    let before = head[..head.len() - word.len()].trim_end();
                    let when = before
                        .rsplit(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or("");
                    !is_lower(word)
                        && !matches!(
                            &*lower(when),
                            "in" | "on"
                                | "since"
                                | "until"
                                | "till"
                                | "by"
                                | "last"
                                | "next"
                                | "this"
                                | "every"
                                | "early"
                                | "late"
                                | "mid"
                                | "of"
                                | "from"
                                | "through"
                        )
                } else {
                    // (not a word for anyone, a relation or a title: "the lunch lady dawn said
                    // hi")
                    !name.contains(' ')
                        && flags(name) & SURNAME != 0
                        && is_lower(word) == is_lower(name)
                        && !matches!(&*lower(word), "will" | "can" | "so")
                        && !senses(&lower(word)).has(ANYONE)
                        && wf & (ROLE_RELATION | ROLE_TITLE | ROLE_GREETING) == 0
                };
                if forename {
                    f.start -= word.len() + 1;
                }
            }
        }
        let Some(tail) = text[f.end..].strip_prefix(' ') else {
            continue;
        };
        let n = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
        let word = &tail[..n];
        let closes = tail[n..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | '\n'));
        let name = &text[f.start..f.end];
        if closes
            && n >= 3
            && !name.contains(' ')
            && is_lower(word) == is_lower(name)
            && flags(word) & SURNAME != 0
            && flags(name) & FIRST_NAME != 0
            && !matches!(
                &*lower(word),
                "back"
                    | "first"
                    | "last"
                    | "again"
                    | "now"
                    | "too"
                    | "then"
                    | "here"
                    | "there"
                    | "today"
                    | "well"
                    | "more"
                    | "less"
                    | "all"
                    | "out"
                    | "off"
                    | "over"
                    | "home"
                    | "soon"
                    | "later"
                    | "early"
                    | "late"
                    | "still"
                    | "once"
                    | "down"
                    | "yet"
                    | "anyway"
                    | "though"
                    | "lol"
                    | "tonight"
                    | "tomorrow"
            )
        {
            f.end += 1 + n;
        }
    }
}

pub(super) fn trailing_initials(text: &str, found: &mut [Finding]) {
    let b = text.as_bytes();
    for f in found.iter_mut().filter(|f| f.kind == Kind::Name) {
        let e = f.end;
        let letter = b.get(e + 1).copied().unwrap_or(0);
        let closes = b
            .get(e + 2)
            .is_none_or(|c| matches!(c, b',' | b'.' | b'\n' | b'\r'));
        // (not a degree after the name: "keith hughes M.A.", "Jane Doe B.Sc.")
        let degree =
            b.get(e + 2) == Some(&b'.') && b.get(e + 3).is_some_and(u8::is_ascii_alphabetic);
        if b.get(e) == Some(&b' ')
            && letter.is_ascii_uppercase()
            && !matches!(letter, b'I' | b'A')
            && closes
            && !degree
        {
            f.end = e + 2;
        }
    }
}

/// "Perth and Kinross", "Argyll and Bute": a place found alone is more when the gazetteer or
/// the county list holds it joined by "and" to the capitalised words after it; and a country
/// so joined ("Trinidad and Tobago", "Bosnia and Herzegovina") is no finding at all. Works on
/// this pass's findings (`out[from..]`, in text order) only.
pub(super) fn join_places(text: &str, lex: &Lexicon, out: &mut Vec<Finding>, from: usize) {
    // most passes find no name or place beside an "and": nothing to copy or look up
    let beside_and = |f: &Finding| {
        matches!(f.kind, Kind::Location | Kind::Name)
            && (text[f.end..].starts_with(" and ") || text[..f.start].ends_with(" and "))
    };
    if !out[from..].iter().any(beside_and) {
        return;
    }
    let mine: Vec<Finding> = out.drain(from..).collect();
    let mut i = 0;
    while i < mine.len() {
        let a = mine[i];
        i += 1;
        if !matches!(a.kind, Kind::Location | Kind::Name) {
            out.push(a);
            continue;
        }
        // "… Bosnia and [Herzegovina]": the second half found, the first not
        if let Some(head) = text[..a.start].strip_suffix(" and ") {
            let region = last_two_word_starts(head)
                .into_iter()
                .flatten()
                .any(|w| lex.phrase(&text[w..a.end].to_lowercase()) & REGION != 0);
            if region {
                continue;
            }
        }
        // "[Perth] and Kinross", "[Trinidad] and Tobago": one or two capitalised words after
        let mut joined = None;
        if let Some(rest) = text[a.end..].strip_prefix(" and ") {
            let mut end = a.end + 5;
            for _ in 0..2 {
                if !rest.starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
                let word = text[end..]
                    .find(|c: char| !c.is_alphabetic())
                    .map_or(text.len(), |n| end + n);
                let flags = lex.phrase(&text[a.start..word].to_lowercase());
                if flags & REGION != 0 {
                    joined = Some((word, false));
                    break;
                }
                if flags & TOWN != 0 && a.kind == Kind::Location {
                    joined = Some((word, true));
                    break;
                }
                if !text[word..].starts_with(' ') {
                    break;
                }
                end = word + 1;
            }
        }
        match joined {
            // a council: the joined place; a country: nothing — and nothing found inside either
            Some((end, keep)) => {
                if keep {
                    out.push(Finding { end, ..a });
                }
                while i < mine.len() && mine[i].start < end {
                    i += 1;
                }
            }
            None => out.push(a),
        }
    }
}

/// Where the last two words of the run of letters and spaces that ends `head` start (the last
/// first): read back only as far as those two words, not to the run's start — a long line of
/// "Sarah and Sarah and …" was read back whole for each name.
fn last_two_word_starts(head: &str) -> [Option<usize>; 2] {
    let mut found = [None, None];
    let mut k = 0;
    // (the leftmost letter seen of the word being read back)
    let mut word = None;
    for (n, c) in head.char_indices().rev() {
        if c == ' ' {
            if let Some(p) = word.take() {
                found[k] = Some(p);
                k += 1;
                if k == 2 {
                    return found;
                }
            }
        } else if c.is_alphabetic() {
            word = Some(n);
        } else {
            break;
        }
    }
    if let Some(p) = word {
        found[k] = Some(p);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // the same two words as the whole run read forward, as first written
        #[test]
        fn the_last_two_words_are_those_of_the_whole_run(
            head in proptest::collection::vec(
                prop::sample::select(vec![" ", "  ", "Sarah", "and", "é", ",", "\n", "x"]),
                0..30,
            ).prop_map(|v| v.concat())
        ) {
            let start = head
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic() || *c == ' ')
                .last()
                .map_or(head.len(), |(n, _)| n);
            let words: Vec<usize> = head[start..]
                .char_indices()
                .filter(|&(n, c)| c != ' ' && (n == 0 || head.as_bytes()[start + n - 1] == b' '))
                .map(|(n, _)| start + n)
                .collect();
            let scanned: Vec<usize> = words.iter().rev().take(2).copied().collect();
            let read: Vec<usize> = last_two_word_starts(&head).into_iter().flatten().collect();
            prop_assert_eq!(read, scanned);
        }
    }
}
