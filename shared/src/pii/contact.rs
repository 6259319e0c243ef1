//! E-mail addresses, URLs, IP addresses and phone/fax numbers.

use super::lexicon::Lexicon;
use super::text::{digits, number_bounds, standalone, validated};
use super::{Finding, Kind};
use memchr::memmem;
use regex::Regex;
use std::net::Ipv6Addr;

pub struct Contact {
    email: Regex,
    url: Regex,
    bare_url: Regex,
    ipv4: Regex,
    phone: Regex,
}

impl Contact {
    pub fn new() -> Contact {
        let re = |p: &str| Regex::new(p).expect("contact pattern compiles");
        Contact {
            email: re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"),
            url: re(r#"(?i)(?:https?://|www\.)[^\s<>"'\[\]]+"#),
            bare_url: re(
                r#"(?i)(?-u:\b)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|me|info|edu|gov|us|ca|au|de|ly|gg|tv|app)/[^\s<>"'\[\]]+"#,
            ),
            ipv4: re(r"(?-u:\b)(?:\d{1,3}\.){3}\d{1,3}(?-u:\b)"),
            phone: re(r"\+?(?:\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,6}(?:[ .-]\d{2,6}){0,4}"),
        }
    }

    pub fn find(&self, text: &str, has_digit: bool, lex: &Lexicon, out: &mut Vec<Finding>) {
        let b = text.as_bytes();
        if memchr::memchr(b'@', b).is_some() {
            for m in self.email.find_iter(text) {
                push(out, m.start(), m.end(), Kind::Email);
            }
            handles(text, lex, out);
        }
        if memmem::find(b, b"://").is_some()
            || memmem::find(b, b"www.").is_some()
            || memmem::find(b, b"WWW.").is_some()
        {
            for m in self.url.find_iter(text) {
                self.url_finding(text, m.start(), m.end(), lex, out);
            }
        }
        if memchr::memchr(b'/', b).is_some() {
            for m in self.bare_url.find_iter(text) {
                if m.start() >= 3 && text[..m.start()].ends_with("://") {
                    continue; // already seen as a full URL
                }
                self.url_finding(text, m.start(), m.end(), lex, out);
            }
        }
        if memchr::memchr(b':', b).is_some() {
            ipv6(text, out);
        }
        if !has_digit {
            return;
        }
        validated(&self.ipv4, text, |s, e| {
            let ok = text[s..e]
                .split('.')
                .all(|o| o.parse::<u16>().is_ok_and(|v| v <= 255));
            let versionish =
                b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit);
            ok && !versionish
        })
        .for_each(|(s, e)| push(out, s, e, Kind::Ip));
        validated(&self.phone, text, |s, e| {
            number_bounds(text, s, e) && is_phone(&text[s..e], lex)
        })
        .for_each(|(s, e)| push(out, s, e, Kind::Phone));
    }

    fn url_finding(
        &self,
        text: &str,
        start: usize,
        end: usize,
        lex: &Lexicon,
        out: &mut Vec<Finding>,
    ) {
        let raw = &text[start..end];
        let trimmed = raw.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', '"']);
        let end = start + trimmed.len();
        let rest = trimmed.split_once("://").map(|(_, r)| r).unwrap_or(trimmed);
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let has_user = authority.contains('@');
        let host = authority
            .rsplit('@')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if !has_user && !trimmed.contains('?') && lex.is_public_host(&host) {
            return; // a help service's site
        }
        push(out, start, end, Kind::Url);
    }
}

fn push(out: &mut Vec<Finding>, start: usize, end: usize, kind: Kind) {
    out.push(Finding { start, end, kind });
}

/// Social-media handles (`@name`): an account is a unique identifier. Not the `@` inside an
/// e-mail address, not a help service's own handle; at least one letter (so "@ 5" or "@2pm"
/// stay).
fn handles(text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    for at in memchr::memchr_iter(b'@', b) {
        if at > 0 && (word(b[at - 1]) || matches!(b[at - 1], b'.' | b'%' | b'+' | b'-')) {
            continue; // inside an e-mail address or a word
        }
        let mut end = at + 1;
        while end < b.len() && end - at <= 30 && (word(b[end]) || b[end] == b'.') {
            end += 1;
        }
        while end > at + 1 && b[end - 1] == b'.' {
            end -= 1;
        }
        let handle = &text[at + 1..end];
        if handle.len() < 2
            || !handle.bytes().any(|c| c.is_ascii_alphabetic())
            || b.get(end) == Some(&b'@')
            || lex.is_public_handle(handle)
        {
            continue;
        }
        if handle.len() <= 4 && handle.bytes().any(|c| c.is_ascii_digit()) {
            let lower = handle.to_ascii_lowercase();
            if lower.ends_with("am") || lower.ends_with("pm") {
                continue; // "@5pm"
            }
        }
        push(out, at, end, Kind::Id);
    }
}

/// A run of hex digits and colons that parses as an IPv6 address.
fn ipv6(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !(b[i].is_ascii_hexdigit() || b[i] == b':') {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_hexdigit() || b[i] == b':') {
            i += 1;
        }
        let mut cand = &text[start..i];
        if cand.len() < 6 || cand.bytes().filter(|&c| c == b':').count() < 2 {
            continue;
        }
        if !standalone(text, start, i) {
            continue;
        }
        while cand.ends_with(':') && !cand.ends_with("::") {
            cand = &cand[..cand.len() - 1];
        }
        if cand.parse::<Ipv6Addr>().is_ok() {
            push(out, start, start + cand.len(), Kind::Ip);
        }
    }
}

/// Phone and fax numbers: North American (NANP rules), UK (leading 0), or international (+CC).
/// Help-line numbers are public resources and are not identifiers.
pub fn is_phone(candidate: &str, lex: &Lexicon) -> bool {
    let d = digits(candidate);
    if lex.is_public_number(&d) {
        return false;
    }
    let nanp = |d: &[u8]| d.len() == 10 && d[0] >= b'2' && d[3] >= b'2';
    let b = d.as_bytes();
    if candidate.starts_with('+') {
        return if let Some(rest) = d.strip_prefix('1') {
            nanp(rest.as_bytes())
        } else {
            (9..=15).contains(&d.len())
        };
    }
    let grouped = candidate.contains([' ', '-', '.', '(']);
    match d.len() {
        10 if b[0] == b'0' => true,
        10 => nanp(b) && (grouped || b[0] != b'1'),
        11 if b[0] == b'0' => true,
        11 if b[0] == b'1' => nanp(&b[1..]),
        _ => false,
    }
}
