//! Words of a text for the name and place rules: alphabetic runs (joined over an apostrophe or a
//! hyphen between letters), with their case shape and the end without a possessive "'s".

pub struct Word {
    pub start: usize,
    pub end: usize,
    /// End without a possessive "'s".
    pub stem_end: usize,
    /// Capitalised: an upper-case first letter followed by a lower-case one ("Sarah",
    /// "McDonald"), or a single capital ("I", an initial).
    pub cap: bool,
    /// All ASCII lower case: the word is its own lowercase form.
    pub plain: bool,
    /// [`quick_folded`] of the stem: the word lists' cheap filters read it instead of the word.
    pub q: u16,
    /// The stem is ASCII only.
    pub ascii: bool,
    /// The word (possessive included) holds a character of U+2000–U+2FFF: a curly apostrophe.
    pub curly: bool,
}

impl Word {
    pub fn len(&self) -> usize {
        self.stem_end - self.start
    }

    pub fn possessive(&self) -> bool {
        self.stem_end != self.end
    }
}

/// The words of a text. Lowercase forms are made on demand: most words are compared only when
/// a capitalised word is near, and this runs over every message of every release.
pub struct Tokens<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
    /// The text with its ASCII letters lowered (same offsets): an ASCII word's lowercase form
    /// is a slice of it. Made when first asked (most short messages never ask), in the buffer
    /// `spare` holds.
    lowered: std::cell::OnceCell<String>,
    spare: std::cell::Cell<String>,
}

impl<'t> Tokens<'t> {
    /// Reuses `words`' allocation. (Inlined: its loop is the detector's hottest, and its caller
    /// is one function.)
    #[inline(always)]
    pub fn new(text: &'t str, words: Vec<Word>, lowered: String) -> Tokens<'t> {
        tokenize(text, words, lowered)
    }

    /// The buffers, for the next text.
    pub fn into_buffers(self) -> (Vec<Word>, String) {
        let lowered = self.lowered.into_inner();
        (
            self.words,
            lowered.unwrap_or_else(|| self.spare.into_inner()),
        )
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    #[inline]
    pub fn stem(&self, i: usize) -> &'t str {
        let w = &self.words[i];
        &self.text[w.start..w.stem_end]
    }

    #[inline]
    pub fn lower(&self, i: usize) -> Lower<'_> {
        let w = &self.words[i];
        if w.plain {
            Lower::Borrowed(self.stem(i))
        } else {
            let stem = self.stem(i);
            if stem.is_ascii() {
                Lower::Borrowed(&self.lowered()[w.start..w.stem_end])
            } else {
                lower(stem)
            }
        }
    }

    fn lowered(&self) -> &str {
        self.lowered.get_or_init(|| {
            let mut s = self.spare.take();
            s.clear();
            s.push_str(self.text);
            s.make_ascii_lowercase();
            s
        })
    }

    /// The text between word `a` and word `b` (a < b), with a no-break space read as a space
    /// (real text is full of them: "it is.\u{a0} As Sherry noted").
    pub fn gap(&self, a: usize, b: usize) -> &'t str {
        let g = &self.text[self.words[a].end..self.words[b].start];
        match g {
            "\u{a0}" | " \u{a0}" | "\u{a0} " => " ",
            ".\u{a0}" | ".\u{a0} " | ". \u{a0}" | ". \u{a0} " => ". ",
            ",\u{a0}" | ", \u{a0}" => ", ",
            _ => g,
        }
    }

    /// Whether word `i` starts a sentence (or a line, or the text).
    pub fn sentence_start(&self, i: usize) -> bool {
        let before = self.text[..self.words[i].start].trim_end_matches([
            ' ', '"', '\'', '(', '*', '-', '\u{201c}', '\u{2018}', '\t', '\u{a0}',
        ]);
        before.is_empty()
            || before.ends_with(['.', '!', '?', '\n', ':', ';', '\u{2014}', '\u{2013}'])
            || before.ends_with("...")
    }
}

/// A word's lowercase form: borrowed when it already is, on the stack when short.
pub enum Lower<'a> {
    Borrowed(&'a str),
    Inline([u8; INLINE], u8),
    Owned(String),
}

const INLINE: usize = 24;

pub fn lower(stem: &str) -> Lower<'_> {
    if !stem.is_ascii() {
        // lowercase, with a curly apostrophe read as a straight one: on the stack when it fits
        // ("I’m", "don’t", "María" are common), else in one allocation
        if let Some(inline) = lower_inline(stem) {
            return inline;
        }
        let mut s = String::with_capacity(stem.len());
        for c in stem.chars() {
            if c == '\u{2019}' {
                s.push('\'');
            } else {
                s.extend(c.to_lowercase());
            }
        }
        Lower::Owned(s)
    } else if !stem.bytes().any(|b| b.is_ascii_uppercase()) {
        Lower::Borrowed(stem)
    } else if stem.len() <= INLINE {
        let mut buf = [0u8; INLINE];
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[..stem.len()].make_ascii_lowercase();
        Lower::Inline(buf, stem.len() as u8)
    } else {
        Lower::Owned(stem.to_ascii_lowercase())
    }
}

fn lower_inline(stem: &str) -> Option<Lower<'_>> {
    // byte by byte: ASCII, accented Latin letters (the common case) and the curly apostrophe
    // without decoding or a case table search
    let b = stem.as_bytes();
    let mut buf = [0u8; INLINE];
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            *buf.get_mut(n)? = c.to_ascii_lowercase();
            n += 1;
            i += 1;
        } else if c == 0xC3 {
            // U+00C0–U+00FF: "À"–"Þ" lower to 0x20 on, "×" and "ß"–"ÿ" are their own
            let d = b[i + 1];
            let upper = d <= 0x9E && d != 0x97;
            buf.get_mut(n..n + 2)?
                .copy_from_slice(&[0xC3, if upper { d + 0x20 } else { d }]);
            n += 2;
            i += 2;
        } else if b[i..].starts_with("\u{2019}".as_bytes()) {
            *buf.get_mut(n)? = b'\'';
            n += 1;
            i += 3;
        } else {
            let ch = stem[i..].chars().next()?;
            for l in ch.to_lowercase() {
                let len = l.len_utf8();
                l.encode_utf8(buf.get_mut(n..n + len)?);
                n += len;
            }
            i += ch.len_utf8();
        }
    }
    Some(Lower::Inline(buf, n as u8))
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // whole characters are copied in, so this is valid UTF-8
            Lower::Inline(b, n) => std::str::from_utf8(&b[..*n as usize]).unwrap_or(""),
            Lower::Owned(s) => s,
        }
    }
}

/// For each word length under 16, the letters that the words of that length in `lists` start
/// with (or, with `last`, end with): a word whose letter is unset is in none of the lists, told
/// by two comparisons (asked of most words).
pub const fn letter_masks(lists: &[&[&str]], last: bool) -> [u32; 16] {
    let mut masks = [0u32; 16];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            masks[w.len()] |= 1 << (w[if last { w.len() - 1 } else { 0 }] - b'a');
            i += 1;
        }
        l += 1;
    }
    masks
}

/// A cheap hash of a word's first, second and last bytes (ASCII letters read in lower case) and
/// its length, in 0..4096: a word whose bit is unset in a list's table is no word of that list,
/// decided before any string comparison. Made once per word by the tokenizer ([`Word::q`]).
#[inline]
pub const fn quick_folded(w: &[u8]) -> usize {
    if w.is_empty() {
        return 0;
    }
    let second = if w.len() > 1 {
        w[1].to_ascii_lowercase()
    } else {
        0
    };
    quick_of(
        w[0].to_ascii_lowercase(),
        second,
        w[w.len() - 1].to_ascii_lowercase(),
        w.len(),
    )
}

/// [`quick_folded`] from a word's first, second and last bytes and its length.
#[inline]
pub const fn quick_of(first: u8, second: u8, last: u8, len: usize) -> usize {
    (first as usize)
        .wrapping_mul(0x9E37)
        .wrapping_add((second as usize).wrapping_mul(0x85EB))
        .wrapping_add((last as usize).wrapping_mul(0xC2B3))
        .wrapping_add(len.wrapping_mul(0x27D5))
        >> 3
        & 4095
}

/// Whether letter `c` (either case) is set in `masks` for words of `len` bytes.
#[inline]
pub fn letter_in(masks: &[u32; 16], len: usize, c: u8) -> bool {
    let c = c.to_ascii_lowercase();
    len < 16 && c.is_ascii_lowercase() && masks[len] & (1 << (c - b'a')) != 0
}

/// Sign-off words a writer glues to their name with a hyphen ("Kindly-keith", "Best-Dana").
const SIGNOFF_GLUE: &[&str] = &[
    "kindly",
    "best",
    "regards",
    "warmly",
    "cheers",
    "sincerely",
    "thanks",
    "blessings",
    "respectfully",
    "love",
];

/// Whether the character starting at byte `i` (not ASCII) is alphabetic, and its length. The
/// common ones are told from their bytes without a Unicode table search: the no-break space and
/// Latin-1 signs, accented Latin letters, punctuation and spaces U+2000–U+203F (curly quotes,
/// dashes, "…"), CJK ideographs U+5000–U+9FFF, pictographs and emoji from U+1F300.
#[inline]
fn alpha_non_ascii(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes();
    match (b[i], b.get(i + 1).copied().unwrap_or(0)) {
        // ("ª", "µ", "º" are letters; "×", "÷" are not)
        (0xC2, c) => (matches!(c, 0xAA | 0xB5 | 0xBA), 2),
        (0xC3, c) => (!matches!(c, 0x97 | 0xB7), 2),
        (0xE2, 0x80) => (false, 3),
        (0xE5..=0xE9, _) => (true, 3),
        (0xF0, 0x9F) if b.get(i + 2).is_some_and(|&c| c >= 0x8C) => (false, 4),
        _ => {
            let ch = text[i..].chars().next().unwrap_or(' ');
            (ch.is_alphabetic(), ch.len_utf8())
        }
    }
}

#[inline(always)]
fn tokenize(text: &str, mut words: Vec<Word>, lowered: String) -> Tokens<'_> {
    words.clear();
    let b = text.as_bytes();
    let char_at = |i: usize| text[i..].chars().next().unwrap_or(' ');
    // ASCII bytes are classified directly (the common case, in a tight loop); other characters
    // are decoded.
    let alpha_at = |i: usize| -> (bool, usize) {
        match b.get(i) {
            None => (false, 0),
            Some(&c) if c < 0x80 => (c.is_ascii_alphabetic(), 1),
            Some(_) => alpha_non_ascii(text, i),
        }
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let len = if c < 0x80 {
            if !c.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            1
        } else {
            let (alpha, len) = alpha_at(i);
            if !alpha {
                i += len;
                continue;
            }
            len
        };
        let start = i;
        i += len;
        let mut joined = false;
        let mut plain = c.is_ascii_lowercase();
        let mut ascii = c < 0x80;
        loop {
            loop {
                // (lowercase letters first: most of every word)
                i = crate::pii::scan::lowercase_run_end(b, i);
                if i >= b.len() || !b[i].is_ascii_uppercase() {
                    break;
                }
                // "Be wellRobin Landwehr", "advantage ofStephanie": a sentence glued on where a
                // line break was lost. A word starts again at the capital after two or more
                // lowercase letters ("iPhone", "McDonald" and "LaToya" stay whole).
                if plain && i - start >= 2 && b.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
                    break;
                }
                plain = false;
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            if b[i] >= 0x80 {
                let (alpha, len) = alpha_at(i);
                // (and a combining accent, U+0300–U+036F, as text in decomposed form writes
                // "ü": "ergu\u{308}l" is one word, not "ergu" and "l")
                let combining =
                    b[i] == 0xCC || b[i] == 0xCD && b.get(i + 1).is_some_and(|&c| c <= 0xAF);
                if alpha || combining {
                    plain = false;
                    ascii = false;
                    i += if alpha { len } else { 2 };
                    continue;
                }
            }
            let joiner = match b[i] {
                b'\'' | b'-' => 1,
                0xE2 if text[i..].starts_with('\u{2019}') => 3,
                _ => 0,
            };
            if joiner > 0 && alpha_at(i + joiner).0 {
                // "…listen more closely.Kindly-keith hughes M.A.": a sign-off glued by a hyphen
                // to the name after it is two words
                let signoff = b[i] == b'-'
                    && c.is_ascii_uppercase()
                    && SIGNOFF_GLUE
                        .iter()
                        .any(|w| text[start..i].eq_ignore_ascii_case(w));
                if signoff {
                    break;
                }
                plain &= joiner == 1;
                ascii &= joiner == 1;
                i += joiner;
                joined = true;
                continue;
            }
            break;
        }
        let raw = &text[start..i];
        let stem = if joined {
            raw.strip_suffix("'s")
                .or_else(|| raw.strip_suffix("\u{2019}s"))
                .unwrap_or(raw)
        } else {
            raw
        };
        let cap = if c.is_ascii_lowercase() {
            false
        } else if c.is_ascii_uppercase() {
            stem.len() == 1
                || stem.as_bytes()[1..].iter().any(u8::is_ascii_lowercase)
                || !stem.is_ascii() && stem[1..].chars().any(char::is_lowercase)
        } else {
            let first = char_at(start);
            first.is_uppercase()
                && (stem.len() == first.len_utf8()
                    || stem[first.len_utf8()..].chars().any(char::is_lowercase))
        };
        words.push(Word {
            start,
            end: i,
            stem_end: start + stem.len(),
            cap,
            plain,
            q: quick_folded(stem.as_bytes()) as u16,
            ascii: ascii || stem.is_ascii(),
            curly: !ascii && raw.as_bytes().contains(&0xE2),
        });
    }
    Tokens {
        text,
        words,
        lowered: std::cell::OnceCell::new(),
        spare: std::cell::Cell::new(lowered),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_shortcuts_agree_with_the_unicode_tables() {
        // every character outside ASCII: the shortcuts may only skip the table search
        for c in (0x80u32..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(
                alpha_non_ascii(&s, 0),
                (c.is_alphabetic(), c.len_utf8()),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn lowering_on_the_stack_matches_the_allocating_form() {
        for w in [
            "I’m",
            "DON’T",
            "María",
            "ÉLODIE",
            "İstanbul",
            "Ærø",
            "naïve’s",
            "ŞŞŞŞŞŞŞŞŞŞŞŞŞ",
        ] {
            let expected: String = w
                .chars()
                .flat_map(|c| {
                    if c == '\u{2019}' {
                        vec!['\'']
                    } else {
                        c.to_lowercase().collect()
                    }
                })
                .collect();
            assert_eq!(&*lower(w), expected, "{w}");
        }
        // every character of the scripts names are written in, between ASCII letters
        for c in ('\u{80}'..='\u{2fff}').chain('\u{ff00}'..='\u{ffef}') {
            let s = format!("a{c}B");
            let expected = if c == '\u{2019}' {
                "a'b".to_string()
            } else {
                format!("a{}b", c.to_lowercase())
            };
            assert_eq!(&*lower(&s), expected, "U+{:04X}", c as u32);
        }
        // too long for the stack: still lowered
        assert!(matches!(lower("ŞŞŞŞŞŞŞŞŞŞŞŞŞ"), Lower::Owned(_)));
        assert!(matches!(lower("I’m"), Lower::Inline(..)));
    }
}
