//! Small text helpers shared by the identifier families: checksums and neighbourhood checks.

/// The ASCII digits of `s`, in order.
pub fn digits(s: &str) -> String {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(char::from)
        .collect()
}

/// Whether `s` reads as a year of a life, 1900 to 2100 ("2019"): a number that is no
/// identifier's (callers say how many digits they expect).
pub fn year(s: &str) -> bool {
    s.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// The Luhn checksum (payment cards, IMEI, NPI).
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(b - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !digits.is_empty() && sum.is_multiple_of(10)
}

/// `i` moved back to the nearest char boundary (`str::floor_char_boundary` is newer than the
/// workspace's Rust).
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i` moved on to the nearest char boundary.
pub fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The lowercased text of the `n` bytes before `at` (clamped to a char boundary).
pub fn before(text: &str, at: usize, n: usize) -> String {
    text[ceil_boundary(text, at.saturating_sub(n))..at].to_ascii_lowercase()
}

/// Whether `at` sits in a signature block: a line in the two before it ends a letter ("Kind
/// regards,", "With gratitude,"), or its own line is a contact line ("Name | mail | number").
pub fn in_signature(text: &str, at: usize) -> bool {
    const ENDS: &[&str] = &[
        "regards",
        "gratitude",
        "wishes",
        "thanks",
        "best",
        "sincerely",
        "cheers",
        "warmly",
        "love",
        "yours",
        "respectfully",
        "blessings",
        "care",
    ];
    // (a signature's lines are short: the search stops this far from `at`, so a long line with
    // many numbers is not read whole for each)
    const REACH: usize = 400;
    let from = ceil_boundary(text, at.saturating_sub(REACH));
    let Some(line_start) = text[from..at]
        .rfind('\n')
        .map(|p| from + p + 1)
        .or((from == 0).then_some(0))
    else {
        return false;
    };
    let to = floor_boundary(text, (at + REACH).min(text.len()));
    let Some(line_end) = text[at..to]
        .find('\n')
        .map(|p| at + p)
        .or((to == text.len()).then_some(to))
    else {
        return false;
    };
    if text[line_start..line_end].contains(" | ") {
        return true;
    }
    // (whole lines only: a long line cut by the reach is no sign-off)
    let mut back = ceil_boundary(text, line_start.saturating_sub(REACH));
    if back > 0 && !text[..back].ends_with('\n') {
        back = text[back..line_start]
            .find('\n')
            .map_or(line_start, |p| back + p + 1);
    }
    text[back..line_start]
        .trim_end_matches('\n')
        .rsplit('\n')
        .take(2)
        .any(|line| {
            let l = line.trim().trim_end_matches([',', '.', '!']);
            // ("Thank you so much,", "Thank you,": a thanks of any length)
            l.len() < 40 && {
                let l = l.to_ascii_lowercase();
                l.rsplit(' ').next().is_some_and(|w| ENDS.contains(&w))
                    || l.starts_with("thank") && line.trim_end().ends_with(',')
            }
        })
}

/// Matches of `re` that pass `ok`. A candidate that fails is retried from its next character, so
/// a greedy match that swallowed a neighbouring number does not hide the identifier inside it
/// ("10.0.0.1 4111 1111 1111 1111": the first candidate card starts at the IP's last digit), and
/// is first cut back at each separator, so it does not hide one that ends before a neighbouring
/// number ("(415) 555-2671 12 Oak Street").
pub fn validated<'a>(
    re: &'a regex::Regex,
    text: &'a str,
    mut ok: impl FnMut(usize, usize) -> bool + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(m) = re.find_at(text, at) {
            let s = m.start();
            let cuts = text[s..m.end()]
                .char_indices()
                .filter(|&(i, c)| i > 0 && matches!(c, ' ' | '.' | '-'))
                .map(|(i, _)| s + i);
            let end = std::iter::once(m.end())
                .chain(cuts.rev())
                .find(|&e| ok(s, e));
            if let Some(e) = end {
                at = e;
                return Some((s, e));
            }
            at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
        None
    })
}

/// True when the byte before `start` and the byte at `end` are not alphanumeric: `start..end`
/// is not part of a longer word or number.
pub fn standalone(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let ok = |c: u8| !c.is_ascii_alphanumeric();
    (start == 0 || ok(b[start - 1])) && (end >= b.len() || ok(b[end]))
}

/// The text with every shouted line lowered — a line of three words or more and twelve letters
/// or more, none of them lower case ("MY NAME IS SARAH JONES AND I LIVE IN LEEDS", "PATIENT NAME:
/// O'NEILL, PATRICK") — or `None` when no line is shouted. Only ASCII letters change, so every
/// offset holds.
pub fn unshout(text: &str) -> Option<String> {
    // (most lines show a lower-case letter within their first few bytes: read no further)
    let shouted = |line: &str| {
        let mut upper = 0;
        for c in line.bytes() {
            if c.is_ascii_lowercase() {
                return false;
            }
            upper += usize::from(c.is_ascii_uppercase());
        }
        // (a shouted line longer than a message's usual is read as written: the lowercase
        // rules' cost grows faster than the line)
        upper >= 12 && line.len() <= 400 && line.split_whitespace().count() >= 3
    };
    let mut out: Option<String> = None;
    let mut at = 0;
    // (the lines as `split_inclusive('\n')` gives them, found by a vector search: the standard
    // library's character search costs more than the rest of this on chat-length text)
    while at < text.len() {
        let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |p| at + p + 1);
        if shouted(&text[at..end]) {
            out.get_or_insert_with(|| text.to_string())[at..end].make_ascii_lowercase();
        }
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_test_cards_and_rejects_one_digit_off() {
        assert!(luhn("4111111111111111"));
        assert!(luhn("378282246310005"));
        assert!(!luhn("4111111111111112"));
        assert!(!luhn(""));
    }

    #[test]
    fn a_signature_is_read_near_the_number_only() {
        let at = |t: &str| t.find("0400").unwrap();
        for signed in [
            "Kind regards,\nJo Bloggs\n0400 123 456",
            "Thank you so much,\n0400 123 456",
            "Jo Bloggs | Counsellor | 0400 123 456",
            // a long message above the sign-off changes nothing
            &format!("{}\nBest,\nJo\n0400 123 456", "é words ".repeat(200)),
        ] {
            assert!(in_signature(signed, at(signed)), "{signed}");
        }
        for unsigned in [
            "call me on 0400 123 456",
            // a line longer than a signature's, with a bar far from the number
            &format!("a | b {} 0400 123 456", "ü ".repeat(300)),
            // a sign-off word ending a long line cut by the reach is no sign-off
            &format!("{} best\n0400 123 456", "é ".repeat(300)),
        ] {
            assert!(!in_signature(unsigned, at(unsigned)), "{unsigned}");
        }
    }

    #[test]
    fn neighbourhoods_respect_char_boundaries() {
        let t = "né 123";
        assert_eq!(before(t, 4, 3), "é ");
        assert!(standalone(t, 4, 7));
        assert!(!standalone("a123", 1, 4));
    }

    #[test]
    fn only_shouted_lines_are_lowered_and_offsets_hold() {
        assert_eq!(unshout("no shouting here\nnone"), None);
        assert_eq!(unshout(""), None);
        let t = "Hi there\nMY NAME IS SARAH JONES\nbye";
        assert_eq!(
            unshout(t).as_deref(),
            Some("Hi there\nmy name is sarah jones\nbye")
        );
        // the last line without a line break, and a line break at the very end
        assert_eq!(
            unshout("ok\nPATIENT NAME: O'NEILL, PATRICK").as_deref(),
            Some("ok\npatient name: o'neill, patrick")
        );
        assert_eq!(
            unshout("PATIENT NAME: O'NEILL, PATRICK\n").as_deref(),
            Some("patient name: o'neill, patrick\n")
        );
        // (two words: not a shouted sentence)
        assert_eq!(unshout("HELLOOOOOOOO THEREEEEEEE\n"), None);
    }
}
