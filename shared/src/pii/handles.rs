//! Accounts named without an "@": the handle after the platform's name ("add me on discord:
//! moonchild_22", "my snapchat is jessie.x2005", "psn: darkwolf99"), a Reddit user
//! ("u/throwaway_sadgirl") and a Cash App tag ("$jessm22"). An account is a unique identifier.

use super::lexicon::{COMMON, FIRST_NAME, Lexicon, ORDINARY_WORD, RARE, SURNAME, VOCAB};
use super::tokens::{Tokens, letter_in, letter_masks};
use super::{Finding, Kind};

/// Platforms and the words that name an account on them ("cash app", "user name" and "gamer
/// tag" by their first word and the next).
const PLATFORMS: &[&str] = &[
    "discord",
    "snapchat",
    "snap",
    "insta",
    "instagram",
    "ig",
    "tiktok",
    "twitter",
    "reddit",
    "kik",
    "telegram",
    "twitch",
    "xbox",
    "psn",
    "gamertag",
    "username",
    "venmo",
    "cashapp",
    "paypal",
    "skype",
    "tumblr",
    "bluesky",
    "roblox",
    "fortnite",
];

/// The two-word names: first words, and the second word of each.
const PAIR_FIRSTS: &[&str] = &["cash", "user", "gamer"];
const PAIR_SECONDS: &[&str] = &["app", "name", "tag"];

/// What may stand between the platform's name and the handle.
const LINKS: &[&str] = &[
    ": ",
    ":",
    " is ",
    " its ",
    " it's ",
    " - ",
    " = ",
    " as ",
    " name is ",
    " username is ",
    " handle is ",
    " @ ",
    " @",
    " is @",
    ": @",
    " ",
];

/// The first and the last letters of the platforms' names, by length.
const PLATFORM_FIRSTS: [u32; 16] = letter_masks(&[PLATFORMS, PAIR_FIRSTS], false);
const PLATFORM_LASTS: [u32; 16] = letter_masks(&[PLATFORMS, PAIR_FIRSTS], true);

/// Accounts after a platform's name among the words `t`, and Reddit users and Cash App tags
/// anywhere in `text`.
/// (`has_digit`: whether `text` holds an ASCII digit.)
pub fn find(text: &str, has_digit: bool, t: &Tokens, lex: &Lexicon, out: &mut Vec<Finding>) {
    // a handle holds a digit or an underscore, or stands after a colon ("ig: jess.m"); a tag
    // or a Reddit user has its "$" or "/": a message with none of these has no handle worth
    // the words' reading (a bare name after "my snapchat is" is a name's to catch)
    let b = text.as_bytes();
    if !has_digit
        && memchr::memchr3(b'_', b'$', b':', b).is_none()
        && memchr::memchr(b'/', b).is_none()
    {
        return;
    }
    for i in 0..t.len() {
        let w = &t.words[i];
        let len = w.len();
        if !letter_in(&PLATFORM_FIRSTS, len, b[w.start])
            || !letter_in(&PLATFORM_LASTS, len, b[w.stem_end - 1])
        {
            continue;
        }
        let word = &text[w.start..w.stem_end];
        let is = |p: &&str| p.len() == len && p.eq_ignore_ascii_case(word);
        let end = if PLATFORMS.iter().any(is) {
            w.end
        } else if let Some(second) = PAIR_FIRSTS.iter().position(is).map(|p| PAIR_SECONDS[p]) {
            match t.words.get(i + 1) {
                Some(n)
                    if t.gap(i, i + 1) == " " && t.lower(i + 1).eq_ignore_ascii_case(second) =>
                {
                    n.end
                }
                _ => continue,
            }
        } else {
            continue;
        };
        after_platform(text, end, lex, out);
    }
    // "u/throwaway_sadgirl" (not "r/anxiety": a community), "$jessm22" (not "$20", "$AAPL")
    for i in memchr::memmem::find_iter(b, b"u/") {
        let at = i + 2;
        let len = handle_len(&text[at..]);
        let standalone = i == 0 || matches!(b[i - 1], b' ' | b'\n' | b'(' | b'/');
        if standalone && len >= 3 {
            push(out, i, at + len);
        }
    }
    for i in memchr::memchr_iter(b'$', b) {
        let tag = &text[i + 1..];
        let len = handle_len(tag);
        let letters = tag.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
        let ticker = tag[..len].bytes().all(|c| c.is_ascii_uppercase()) && len <= 5;
        if letters && len >= 3 && !ticker && shaped(&tag[..len]) {
            push(out, i, i + 1 + len);
        }
    }
}

/// The handle after a platform's name ending at `from`, by the longest link a handle follows.
fn after_platform(text: &str, from: usize, lex: &Lexicon, out: &mut Vec<Finding>) {
    let rest = &text[from..];
    let found = LINKS.iter().filter_map(|l| {
        let at = from + l.len();
        let linked = rest.get(..l.len())?.eq_ignore_ascii_case(l);
        let len = if linked { handle_len(&text[at..]) } else { 0 };
        (len > 0).then_some((at, len, *l))
    });
    let Some((at, len, link)) = found.max_by_key(|(a, _, _)| *a) else {
        return;
    };
    let handle = &text[at..at + len];
    // a bare space links only a handle that ends in a digit ("discord moonchild_22", not "snap
    // back", "snapchat filters_lol"); a sentence glued on after a full stop is no handle
    // ("situations.Anxiety")
    let glued = handle
        .rsplit_once('.')
        .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_ascii_uppercase()));
    let marked = if link.trim().is_empty() {
        handle.ends_with(|c: char| c.is_ascii_digit())
    } else {
        shaped(handle) || !everyday(handle, lex)
    };
    if marked && !glued {
        push(out, at, at + len);
    }
}

fn push(out: &mut Vec<Finding>, start: usize, end: usize) {
    out.push(Finding {
        start,
        end,
        kind: Kind::Id,
    });
}

/// The length of a handle at the start of `s`: letters, digits, "_" and "." (not a final
/// full stop), three to thirty of them.
fn handle_len(s: &str) -> usize {
    let n = s
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.'))
        .count();
    let n = s[..n].trim_end_matches('.').len();
    // (led by a letter: "2day", "5hrs" are words)
    let letter = s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    if (3..=30).contains(&n) && letter {
        n
    } else {
        0
    }
}

/// A handle's shape: letters with digits, an underscore or an inner dot ("jess_m", "x2005").
fn shaped(h: &str) -> bool {
    h.bytes().any(|c| c.is_ascii_alphabetic())
        && h.bytes()
            .any(|c| c.is_ascii_digit() || c == b'_' || c == b'.')
}

/// A word any sentence may have after a platform's name ("my snapchat is broken", "discord is
/// down", "steam room").
fn everyday(h: &str, lex: &Lexicon) -> bool {
    let f = lex.flags(&h.to_ascii_lowercase());
    f & (VOCAB | RARE | COMMON | ORDINARY_WORD) != 0 && f & (FIRST_NAME | SURNAME) == 0
        || f & (VOCAB | COMMON) != 0
}
