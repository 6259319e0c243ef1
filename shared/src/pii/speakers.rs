//! Who speaks in a transcript or a quoted thread: the name before a line's colon ("Mark: yeah
//! I'm ok", "cliona: sorry im late", "Rachael Victoria Begum: Hi") and before "wrote:" in a
//! quoted reply ("> robin cox wrote:").
//!
//! A line's label is also how forms, notes and worksheets are written ("Plan: …", "Bill: paid by
//! card", "Hope: I hope things get better", "SI: no"), so a label is a speaker only when what
//! follows it is speech and its first word is a listed first name that is no everyday word,
//! place or acronym — or, for a name that is also a word or one no list holds, when the message
//! is a transcript: a line spoken by a role ("Facilitator:") or by such a name, and another
//! spoken line.

use super::lexicon::{COMMON, FIRST_NAME, Lexicon, ORDINARY_WORD, REGION, SURNAME, VOCAB};
use super::{Finding, Kind};

/// Roles that speak in transcripts, chats and group notes.
const ROLES: &[&str] = &[
    "facilitator",
    "counsellor",
    "counselor",
    "therapist",
    "clinician",
    "client",
    "patient",
    "interpreter",
    "texter",
    "volunteer",
    "moderator",
    "caller",
    "advisor",
    "adviser",
    "supporter",
    "host",
    "mentor",
];

/// Words that open what a person says rather than a form's value.
const SPEECH: &[&str] = &[
    "i", "i'm", "im", "i've", "i'd", "yeah", "yes", "no", "sorry", "hi", "hey", "hello", "ok",
    "okay", "um", "uh", "well", "thanks", "thank", "honestly", "so", "just", "lol", "haha", "me",
    "we", "you", "it's", "that's", "not",
];

pub fn find(text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
    if memchr::memchr(b':', text.as_bytes()).is_none() {
        return;
    }
    // each labelled line once: where it starts, its label, whether speech follows the colon
    let mut labelled = Vec::new();
    let (mut at, mut timed) = (0, 0);
    for line in text.split_inclusive('\n') {
        let clock = timestamp(line);
        if let Some((s, e, words)) = label(&line[clock..]) {
            timed += usize::from(clock > 0);
            // (in a timed log a label is a speaker when words follow it, not a score: "[08:00]
            // Joy: 3/10")
            let worded = line[clock + e..]
                .trim_start_matches(':')
                .trim_start()
                .starts_with(|c: char| c.is_alphabetic());
            let speech = speaks(&line[clock + e..]) || clock > 0 && worded;
            labelled.push((at, clock + s, words, speech));
        }
        at += line.len();
    }
    // (a line spoken by a role or by a name that is no word, and another spoken line: "Sarah:
    // yeah same\nMark: yeah I'm ok" is a chat log; "Hope: I hope…\nWill: I'm scared…" is a
    // worksheet)
    let (mut anchors, mut spoken) = (0, 0);
    for &(_, _, words, speech) in &labelled {
        let first = words.split([' ', '-']).next().unwrap_or("");
        let f = lex.flags(&first.to_lowercase());
        let role = ROLES.contains(&first.to_ascii_lowercase().as_str());
        let name = f & FIRST_NAME != 0 && f & (VOCAB | REGION | COMMON | ORDINARY_WORD) == 0;
        anchors += usize::from(role || name && speech);
        spoken += usize::from(role || speech);
    }
    let transcript = anchors >= 1 && spoken >= 2 || timed >= 2;
    for (start, s, words, speech) in labelled {
        let wrote = words.ends_with(" wrote");
        let name = words.strip_suffix(" wrote").unwrap_or(words);
        let parts: Vec<&str> = name.split(' ').collect();
        if !(1..=3).contains(&parts.len()) {
            continue;
        }
        let flags: Vec<u32> = parts.iter().map(|p| lex.flags(&p.to_lowercase())).collect();
        let first = flags[0];
        // every word a name's: none common, a form's, or a role
        let namelike = flags.iter().all(|f| f & (COMMON | ORDINARY_WORD) == 0)
            && !parts
                .iter()
                .any(|p| ROLES.contains(&p.to_ascii_lowercase().as_str()));
        // (an acronym is a form's label: "SI: no", "AVH: none")
        let acronym = parts[0].len() > 1 && parts[0].chars().all(|c| c.is_uppercase());
        let listed = first & FIRST_NAME != 0 && !acronym;
        let plain_name = listed && first & (VOCAB | REGION) == 0;
        // an unlisted word speaks only in a transcript, and only if it is no word at all
        let unknown = first & (VOCAB | FIRST_NAME | SURNAME) == 0 && lex.flags(name) == 0;
        // (a mail header's field: "X-Originating-IP", "Reply-To", "Content-Type": joined
        // everyday words, acronyms and single letters)
        let header = name.contains('-')
            && name.split('-').all(|p| {
                let f = lex.flags(&p.to_lowercase());
                p.chars().count() == 1
                    || p.chars().all(char::is_uppercase)
                    || f & (VOCAB | COMMON | ORDINARY_WORD) != 0 && f & FIRST_NAME == 0
            });
        let ok = namelike
            && !header
            && (wrote && (listed || unknown)
                || plain_name && speech
                || (listed || unknown && !acronym) && transcript && speech);
        if ok {
            let name_end = s + name.len();
            out.push(Finding {
                start: start + s,
                end: start + name_end,
                kind: Kind::Name,
            });
        }
    }
}

/// Whether what follows a label (from its colon) opens as speech: "yeah", "I'm", "sorry".
fn speaks(after: &str) -> bool {
    after
        .trim_start_matches(':')
        .trim_start()
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
        .next()
        .is_some_and(|w| SPEECH.contains(&w.to_lowercase().as_str()))
}

/// The length of the time a chat log's line opens with, with its date and the marks around it
/// ("[00:01:12] ", "12:01 PM - ", "[05/01/2024, 10:42:13] ", "12/01/2024, 10:42 - "); 0 when
/// the line opens with none.
fn timestamp(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = usize::from(b.first().is_some_and(|c| matches!(c, b'[' | b'(')));
    let digits = |i: &mut usize| {
        let from = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - from
    };
    // a date first: "05/01/2024, " or "2024-01-05 "
    let date_at = i;
    if (1..=4).contains(&digits(&mut i)) && matches!(b.get(i), Some(b'/' | b'-' | b'.')) {
        let sep = b[i];
        i += 1;
        let ok = (1..=2).contains(&digits(&mut i)) && b.get(i) == Some(&sep) && {
            i += 1;
            (2..=4).contains(&digits(&mut i))
        };
        if !ok {
            return 0;
        }
        if b.get(i) == Some(&b',') {
            i += 1;
        }
        if b.get(i) != Some(&b' ') {
            return 0;
        }
        i += 1;
    } else {
        i = date_at;
    }
    // the time: "10:42", "00:01:12"
    if !(1..=2).contains(&digits(&mut i)) {
        return 0;
    }
    let mut parts = 1;
    while b.get(i) == Some(&b':') && parts < 3 {
        i += 1;
        if digits(&mut i) != 2 {
            return 0;
        }
        parts += 1;
    }
    if parts < 2 {
        return 0;
    }
    // "PM", "am", "p.m."
    let rest = &line[i..];
    let meridiem = rest.trim_start_matches(' ');
    let lower = meridiem.get(..4).unwrap_or(meridiem).to_ascii_lowercase();
    for m in ["a.m.", "p.m.", "am", "pm"] {
        if lower.starts_with(m) {
            i += rest.len() - meridiem.len() + m.len();
            break;
        }
    }
    let bracketed = b[0] == b'[' || b[0] == b'(';
    if bracketed {
        if !matches!(b.get(i), Some(b']' | b')')) {
            return 0;
        }
        i += 1;
    }
    // then " - " or " ", and the label must follow
    let tail = line[i..].trim_start_matches(' ');
    let tail = tail
        .strip_prefix(['-', '\u{2013}', '\u{2014}'])
        .map_or(tail, |t| t.trim_start_matches(' '));
    let end = line.len() - tail.len();
    if end == i && !bracketed {
        return 0; // "10:42Will:" runs on: no log line
    }
    end
}

/// A line's label: the byte range and text of the words before its first colon, after a
/// quote's ">" or a bullet, when they are one to four words of letters.
fn label(line: &str) -> Option<(usize, usize, &str)> {
    let colon = line.find(':')?;
    if colon > 48 || !line[colon + 1..].starts_with([' ', '\n', '\r']) && colon + 1 < line.len() {
        return None;
    }
    let head = &line[..colon];
    let trimmed = head.trim_start_matches(['>', '-', '*', ' ', '\t', '\u{2022}']);
    let s = head.len() - trimmed.len();
    let words = trimmed.trim_end();
    if words.is_empty()
        || words.split(' ').count() > 4
        || !words
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '\u{2019}'))
    {
        return None;
    }
    Some((s, s + words.len(), words))
}
