//! Person names without a model: public-domain name lists plus the cues people use around names.
//!
//! A capitalised word is a name when
//! - it follows a title ("Dr.", "Mrs", "Nurse"), an introduction ("my name is", "call me",
//!   "named"), a relation ("my sister", "her therapist"), or precedes a reporting verb
//!   ("… said", "… and I") — whether or not it is in the lists; or
//! - it is a listed first name that is not also an everyday word; or
//! - it is an everyday-word first name ("Hope", "Will") followed by a listed surname.
//!
//! A name extends over following capitalised surnames, first names (middle names) and initials.
//! After an introduction a lowercase listed name counts too ("my name is sarah").

use super::lexicon::Lexicon;
use super::{Finding, Kind};

const TITLES: &[&str] = &[
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "prof",
    "professor",
    "doctor",
    "nurse",
    "pastor",
    "rev",
    "reverend",
    "sir",
    "madam",
    "dame",
    "officer",
    "detective",
    "coach",
    "judge",
    "counselor",
    "counsellor",
    "therapist",
];
const RELATIONS: &[&str] = &[
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "mom",
    "mum",
    "mother",
    "dad",
    "father",
    "friend",
    "partner",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancé",
    "fiancee",
    "therapist",
    "counselor",
    "counsellor",
    "psychiatrist",
    "doctor",
    "gp",
    "boss",
    "manager",
    "coworker",
    "colleague",
    "roommate",
    "flatmate",
    "ex",
    "cousin",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "niece",
    "nephew",
    "stepdad",
    "stepmom",
    "stepson",
    "stepdaughter",
    "neighbor",
    "neighbour",
    "teacher",
    "landlord",
    "kid",
    "baby",
    "child",
    "nurse",
    "caseworker",
    "sponsor",
];
const POSSESSIVES: &[&str] = &["my", "our", "his", "her", "their", "your", "the"];
/// Introductions strong enough to make any capitalised word a name.
const INTROS: &[&[&str]] = &[
    &["name", "is"],
    &["name", "was"],
    &["name's"],
    &["call", "me"],
    &["called"],
    &["named"],
    &["signed"],
];
/// The last words of [`INTROS`], to skip the cue check cheaply for most lowercase words.
const INTRO_ENDS: &[&str] = &["is", "was", "name's", "me", "called", "named", "signed"];
/// Introductions that only confirm a listed name ("I'm Jewish" is not a name).
const WEAK_INTROS: &[&[&str]] = &[&["i", "am"], &["i'm"], &["im"], &["this", "is"], &["it's"]];
const GREETINGS: &[&str] = &[
    "hi", "hello", "hey", "dear", "thanks", "bye", "goodbye", "morning",
];
/// Verbs that report what a person did; after a capitalised word they mark it as a name, even
/// at the start of a sentence ("Refugio said …").
const REPORTING: &[&str] = &[
    "said", "says", "told", "texted", "called", "asked", "thinks", "wants", "yelled", "hit",
    "died", "cried", "knows", "messaged", "promised", "shouted", "screamed", "hugged",
];
/// Weaker followers, trusted only inside a sentence ("… and Malia was there").
const FOLLOWERS: &[&str] = &[
    "was", "is", "has", "had", "came", "left", "used", "never", "always",
];
/// Verbs whose object is a person when it is a capitalised word inside a sentence.
const OBJECT_VERBS: &[&str] = &[
    "told", "tell", "asked", "ask", "texted", "text", "called", "call", "met", "meet", "saw",
    "messaged", "miss", "missed", "hugged", "blame", "blamed", "trust", "trusted", "dated",
    "dating", "married", "marry", "lost", "with",
];
/// Capitalised words that are never names, even after a cue.
const NEVER: &[&str] = &[
    // apps and platforms people talk about ("my Instagram is …")
    "instagram",
    "facebook",
    "twitter",
    "tiktok",
    "snapchat",
    "whatsapp",
    "discord",
    "reddit",
    "youtube",
    "netflix",
    "spotify",
    "tumblr",
    "telegram",
    "signal",
    "zoom",
    "google",
    "iphone",
    "android",
    "god",
    "jesus",
    "christ",
    "allah",
    "lord",
    "buddha",
    "mom",
    "mum",
    "dad",
    "mommy",
    "daddy",
    "grandma",
    "grandpa",
    "nana",
    "papa",
    "mama",
    "sis",
    "bro",
    "babe",
    "honey",
    "sweetie",
    "sorry",
    "not",
    "so",
    "very",
    "really",
    "just",
    "feeling",
    "going",
    "trying",
    "here",
    "there",
    "fine",
    "okay",
    "ok",
    "good",
    "bad",
    "sad",
    "tired",
    "scared",
    "afraid",
    "alone",
    "done",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
    "anyone",
    "all",
    "guys",
    "folks",
    "doc",
    "sir",
    "maam",
    "ma'am",
    "team",
    "friend",
    "friends",
    "man",
    "dude",
    "mate",
    // identities people state about themselves ("I'm Jewish, and …")
    "jewish",
    "muslim",
    "christian",
    "catholic",
    "hindu",
    "sikh",
    "buddhist",
    "atheist",
    "mormon",
    "protestant",
    "orthodox",
    "black",
    "white",
    "asian",
    "latina",
    "latino",
    "latinx",
    "hispanic",
    "indigenous",
    "native",
    "american",
    "british",
    "english",
    "scottish",
    "welsh",
    "irish",
    "african",
    "canadian",
    "australian",
    "mexican",
    "indian",
    "pakistani",
    "chinese",
    "korean",
    "japanese",
    "filipino",
    "nigerian",
    "polish",
    "german",
    "french",
    "italian",
    "spanish",
    "arab",
    "gay",
    "lesbian",
    "bi",
    "bisexual",
    "trans",
    "queer",
    "nonbinary",
    "autistic",
    "deaf",
    "blind",
    "adhd",
    "bipolar",
    "ocd",
    "ptsd",
];

const F_TITLE: u16 = 1;
const F_RELATION: u16 = 2;
const F_GREETING: u16 = 4;
const F_OBJECT: u16 = 8;
const F_POSSESSIVE: u16 = 16;
const F_NEVER: u16 = 32;
const F_REPORTING: u16 = 64;
const F_FOLLOWER: u16 = 128;
/// The last word of an introduction phrase, or "you" / "and" (thank you X, me and X).
const F_PHRASE_END: u16 = 256;

/// Every cue word with its roles, looked up once per capitalised word instead of scanning each
/// list in turn.
fn class(word: &str) -> u16 {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<&'static str, u16>> =
        std::sync::OnceLock::new();
    let t = TABLE.get_or_init(|| {
        let mut m: std::collections::HashMap<&'static str, u16> = Default::default();
        let lists: [(&[&'static str], u16); 8] = [
            (TITLES, F_TITLE),
            (RELATIONS, F_RELATION),
            (GREETINGS, F_GREETING),
            (OBJECT_VERBS, F_OBJECT),
            (POSSESSIVES, F_POSSESSIVE),
            (NEVER, F_NEVER),
            (REPORTING, F_REPORTING),
            (FOLLOWERS, F_FOLLOWER),
        ];
        for (list, flag) in lists {
            for w in list {
                *m.entry(w).or_default() |= flag;
            }
        }
        for phrase in INTROS.iter().chain(WEAK_INTROS) {
            *m.entry(phrase[phrase.len() - 1]).or_default() |= F_PHRASE_END;
        }
        *m.entry("you").or_default() |= F_PHRASE_END;
        *m.entry("and").or_default() |= F_PHRASE_END;
        m
    });
    t.get(word).copied().unwrap_or(0)
}

struct Word {
    start: usize,
    end: usize,
    /// End without a possessive "'s".
    stem_end: usize,
    cap: bool,
}

/// The words of a text. Lowercase forms are made on demand: most words are compared only
/// when a capitalised word is near, and this runs over every message of every release.
struct Tokens<'t> {
    text: &'t str,
    words: Vec<Word>,
}

impl Tokens<'_> {
    /// Whether word `i` is one of `list` (lowercase ASCII words), without lowercasing it.
    fn is(&self, i: usize, list: &[&str]) -> bool {
        let w = &self.words[i];
        let stem = &self.text.as_bytes()[w.start..w.stem_end];
        list.iter().any(|l| l.as_bytes().eq_ignore_ascii_case(stem))
    }

    fn lower(&self, i: usize) -> Lower<'_> {
        let w = &self.words[i];
        let stem = &self.text[w.start..w.stem_end];
        if stem.is_ascii() && !stem.bytes().any(|b| b.is_ascii_uppercase()) {
            Lower::Borrowed(stem)
        } else if stem.is_ascii() && stem.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..stem.len()].copy_from_slice(stem.as_bytes());
            buf[..stem.len()].make_ascii_lowercase();
            Lower::Inline(buf, stem.len() as u8)
        } else if stem.is_ascii() {
            Lower::Owned(stem.to_ascii_lowercase())
        } else {
            Lower::Owned(stem.to_lowercase().replace('\u{2019}', "'"))
        }
    }
}

/// A word's lowercase form: borrowed when it already is, on the stack when short (capitalised
/// words are the ones looked up, and there is one per sentence at least).
enum Lower<'a> {
    Borrowed(&'a str),
    Inline([u8; INLINE], u8),
    Owned(String),
}

const INLINE: usize = 24;

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // only ASCII bytes are copied in, so this is valid UTF-8
            Lower::Inline(b, n) => std::str::from_utf8(&b[..*n as usize]).unwrap_or(""),
            Lower::Owned(s) => s,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

pub struct Names;

impl Names {
    pub fn new() -> Names {
        Names
    }

    pub fn find(&self, text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
        // the word buffer is reused across calls on this thread
        thread_local!(static BUF: std::cell::Cell<Vec<Word>> = const { std::cell::Cell::new(Vec::new()) });
        let t = tokenize(text, BUF.take());
        let words = &t.words;
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            let name = if w.cap && w.stem_end - w.start == 1 {
                false // "I", or an initial (initials only extend a name)
            } else if w.cap {
                let cue = cue_before(text, &t, i);
                capitalised_is_name(text, lex, &t, i, cue)
            } else {
                // lowercase: only straight after a strong introduction ("my name is sarah")
                let after_intro = i > 0 && t.is(i - 1, INTRO_ENDS);
                after_intro
                    && cue_before(text, &t, i) == Cue::Intro
                    && lex.first.contains(t.lower(i).as_ref())
                    && !lex.ambiguous.contains(t.lower(i).as_ref())
            };
            if !name {
                i += 1;
                continue;
            }
            let cue = cue_before(text, &t, i);
            let mut last = i;
            while last + 1 < words.len() && last - i < 3 && continues_name(text, lex, &t, last, cue)
            {
                last += 1;
            }
            out.push(Finding {
                start: w.start,
                end: words[last].stem_end,
                kind: Kind::Name,
            });
            i = last + 1;
        }
        BUF.set(t.words);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    None,
    Title,
    Intro,
    WeakIntro,
    Relation,
    Greeting,
    Object,
}

fn capitalised_is_name(text: &str, lex: &Lexicon, t: &Tokens, i: usize, cue: Cue) -> bool {
    let words = &t.words;
    let lower_cow = t.lower(i);
    let lower = lower_cow.as_ref();
    if class(lower) & F_TITLE != 0 && cue != Cue::Title {
        return false; // "Dr", "Nurse": the cue for the name that follows, not a name
    }
    if cue == Cue::Title {
        return true;
    }
    if class(lower) & F_NEVER != 0 || lex.places.contains(lower) {
        return false;
    }
    let ambiguous = lex.ambiguous.contains(lower);
    let listed = lex.first.contains(lower);
    match cue {
        Cue::Title => return true,
        Cue::Intro | Cue::Relation => return !ambiguous || listed,
        Cue::WeakIntro if listed || ends_phrase(text, words[i].stem_end) => return true,
        Cue::Object if !ambiguous => return true,
        Cue::Greeting if listed || !ambiguous && ends_phrase(text, words[i].stem_end) => {
            return true;
        }
        _ => {}
    }
    if lower.len() < 2 {
        return false;
    }
    if listed && !ambiguous {
        return true;
    }
    let next_surname = words.get(i + 1).is_some_and(|n| {
        let nl = t.lower(i + 1);
        n.cap
            && adjacent(text, &words[i], n)
            && lex.surnames.contains(nl.as_ref())
            && !lex.ambiguous.contains(nl.as_ref())
    });
    if listed && next_surname {
        return true;
    }
    // An unlisted capitalised word before a verb that reports what a person did.
    let follower_cow = words
        .get(i + 1)
        .filter(|n| !n.cap && adjacent(text, &words[i], n))
        .map(|_| t.lower(i + 1));
    let follower = follower_cow.as_deref();
    let inside = !sentence_start(text, words[i].start);
    let and_i = follower == Some("and")
        && words
            .get(i + 2)
            .is_some_and(|_| matches!(t.lower(i + 2).as_ref(), "i" | "me"));
    // Inside a sentence: a possessive ("it was Tereasa's idea"), or two capitalised words in a
    // row that are not a place ("what Jacinta Eggert did").
    let possessive = words[i].stem_end != words[i].end && !(i > 0 && words[i - 1].cap);
    let pair = words.get(i + 1).is_some_and(|n| {
        let nl = t.lower(i + 1);
        let nl = nl.as_ref();
        n.cap
            && adjacent(text, &words[i], n)
            && !lex.ambiguous.contains(nl)
            && class(nl) & F_NEVER == 0
            && !lex.places.contains(format!("{lower} {nl}").as_str())
    });
    !ambiguous
        && (follower.is_some_and(|f| {
            let c = class(f);
            c & F_REPORTING != 0 || inside && c & F_FOLLOWER != 0
        }) || and_i
            || inside && (possessive || pair))
}

/// Whether the word after `last` continues the name that ends at `last`.
fn continues_name(text: &str, lex: &Lexicon, t: &Tokens, last: usize, cue: Cue) -> bool {
    let (cur, next) = (&t.words[last], &t.words[last + 1]);
    let initial_stop = cur.end - cur.start == 1 && &text[cur.end..next.start] == ". ";
    if cur.stem_end != cur.end || !next.cap || !(adjacent(text, cur, next) || initial_stop) {
        return false;
    }
    let lower_cow = t.lower(last + 1);
    let lower = lower_cow.as_ref();
    if class(lower) & F_NEVER != 0 || lex.places.contains(lower) {
        return false;
    }
    let initial = next.end - next.start == 1 && text.as_bytes().get(next.end) == Some(&b'.');
    // A capitalised word straight after a name is its surname or middle name, unless it is an
    // everyday word ("Sarah Will…" is not a surname).
    initial
        || !lex.ambiguous.contains(lower)
        || matches!(cue, Cue::Title | Cue::Intro) && lex.surnames.contains(lower)
}

/// Words are separated by a single space (or an initial's full stop and a space).
/// Words separated by exactly one space (a full stop between them ends a sentence, unless the
/// first is an initial: see [`continues_name`]).
fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    &text[a.end..b.start] == " "
}

fn ends_phrase(text: &str, end: usize) -> bool {
    text[end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | '!' | '.' | '?' | '\n' | ':' | ')'))
}

fn sentence_start(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '"', '\'', '(', '*', '\u{201c}', '\u{2018}']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', ';'])
}

fn cue_before(text: &str, t: &Tokens, i: usize) -> Cue {
    let words = &t.words;
    if i == 0 {
        return Cue::None;
    }
    let prev = &words[i - 1];
    let gap = &text[prev.end..words[i].start];
    let tight = gap == " " || gap == ". " || gap == ", " || gap == ": ";
    if !tight {
        return Cue::None;
    }
    let p_cow = t.lower(i - 1);
    let p = p_cow.as_ref();
    let c = class(p);
    if c == 0 {
        return Cue::None;
    }
    if c & F_TITLE != 0 && prev.cap && gap != ", " {
        return Cue::Title;
    }
    let ends_with = |phrase: &[&str]| {
        let n = phrase.len();
        i >= n && (0..n).all(|k| t.lower(i - n + k) == phrase[k])
    };
    if c & F_PHRASE_END != 0 && gap != ", " {
        if INTROS.iter().any(|p| ends_with(p)) {
            return Cue::Intro;
        }
        if WEAK_INTROS.iter().any(|p| ends_with(p)) {
            return Cue::WeakIntro;
        }
    }
    if c & F_RELATION != 0
        && (1..=3).any(|back| i > back && class(&t.lower(i - 1 - back)) & F_POSSESSIVE != 0)
        && gap != ". "
    {
        return Cue::Relation;
    }
    if c & F_GREETING != 0 || p == "you" && i >= 2 && t.lower(i - 2) == "thank" {
        return Cue::Greeting;
    }
    if c & F_OBJECT != 0 && gap == " " && !prev.cap
        || p == "and" && i >= 2 && matches!(t.lower(i - 2).as_ref(), "me" | "i")
    {
        return Cue::Object;
    }
    Cue::None
}

fn tokenize(text: &str, mut words: Vec<Word>) -> Tokens<'_> {
    words.clear();
    let b = text.as_bytes();
    let char_at = |i: usize| text[i..].chars().next().unwrap_or(' ');
    // ASCII bytes are classified directly (the common case, in a tight loop); other characters
    // are decoded.
    let alpha_at = |i: usize| -> (bool, usize) {
        match b.get(i) {
            None => (false, 0),
            Some(&c) if c < 0x80 => (c.is_ascii_alphabetic(), 1),
            Some(_) => {
                let ch = char_at(i);
                (ch.is_alphabetic(), ch.len_utf8())
            }
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
        loop {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            if b[i] >= 0x80 {
                let (alpha, len) = alpha_at(i);
                if alpha {
                    i += len;
                    continue;
                }
            }
            let joiner = match b[i] {
                b'\'' | b'-' => 1,
                0xE2 if text[i..].starts_with('\u{2019}') => 3,
                _ => 0,
            };
            if joiner > 0 && alpha_at(i + joiner).0 {
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
        });
    }
    Tokens { text, words }
}
