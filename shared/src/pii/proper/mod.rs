//! Person names and places without a model, in the spirit of Philter's safe-word approach.
//!
//! A capitalised word is ordinary when it is everyday English (SCOWL), a word that is never a
//! name on its own (pronoun contractions, chat, clinical terms, brands, identities, calendar), or
//! a state or country. Every other capitalised word — unknown, a name from the lists, a town —
//! is a proper noun and is redacted wherever it stands. A name that is also an everyday word
//! ("Hope", "Will", "Grace", "Young") is a name only where people put names: after a title, an
//! introduction, a relation ("my sister Hope"), a greeting; in vocative position ("Thanks,
//! Hope."); before a reporting verb; alone on a sign-off line; beside another name; or alone
//! and capitalised inside a sentence. Lowercase names are found when they are listed first
//! names and not English words ("hey im jordan"), and after an introduction.
//!
//! A proper noun is a place (`[LOCATION]`) when it is in the gazetteer, follows a place cue
//! ("moved to", "near", "in"), carries a place prefix or suffix ("West Houston", "Freya Ville",
//! "Baldwin County"); a street (`[ADDRESS]`) when a street type closes it ("Walker Run").
//!
//! One scan ([`Finder`], here) asks each rule in its own file: how a word reads (`classify`),
//! where a run of capitals starts and ends (`runs`), the cue before it (`cues`), when an
//! everyday word that is a given name is a person (`person`, `acts`, over `senses`' table of
//! such words), what names a thing (`things`), names typed in lower case (`lowercase`); then
//! the passes over what was found (`joins`) and the near-writer test the redactor asks
//! (`context`). The lists are `words`; their roles in the lexicon, `roles`.

use crate::pii::lexicon::{
    CALENDAR, COMMON, FIRST_NAME, FIRST_ROLE_BIT, FOREIGN_WORD, KNOWN_WORD, Lexicon, ORDINARY_WORD,
    OTHER_LANGUAGE, PHRASE_WORD, RARE, REGION, STREET, SURNAME, TOWN, TOWN_WHOLE, VOCAB,
};
use crate::pii::tokens::{Tokens, Word, lower, quick_folded};
use crate::pii::{Finding, Kind};

mod acts;
mod classify;
mod context;
mod cues;
mod joins;
mod lowercase;
mod person;
mod roles;
mod runs;
mod senses;
mod things;
mod words;

use acts::Done;
use classify::*;
use context::*;
pub use context::{Lines, bible_reference, known_from, personal_context};
use joins::*;
use roles::*;
use senses::*;
use words::*;

/// Gives the rules' cue words their role bits in the lexicon, so each word of a text is looked
/// up once and every cue test is a bit test.
pub fn register(lex: &mut Lexicon) {
    lex.mark(TITLES, ROLE_TITLE);
    lex.mark(RELATIONS, ROLE_RELATION);
    lex.mark(GRANDPARENTS, ROLE_RELATION | ROLE_TITLE);
    lex.mark(POSSESSIVES, ROLE_POSSESSIVE);
    lex.mark(GREETINGS, ROLE_GREETING);
    lex.mark(OBJECT_VERBS, ROLE_OBJECT);
    lex.mark(REPORTING, ROLE_REPORTING);
    lex.mark(PLACE_CUES, ROLE_PLACE_CUE);
    lex.mark(MOTION, ROLE_MOTION);
    lex.mark(STREET_CUES, ROLE_STREET_CUE);
    lex.mark(DETERMINERS, ROLE_DETERMINER);
    lex.mark(PLACE_PREFIXES, ROLE_PLACE_PREFIX);
    lex.mark(PLACE_SUFFIXES, ROLE_PLACE_SUFFIX);
    lex.mark(STRONG_SUFFIXES, ROLE_STRONG_SUFFIX);
    lex.mark(SIGNOFFS, ROLE_SIGNOFF);
    lex.mark(&["st", "mt", "ft"], ROLE_PLACE_ABBREV);
    lex.mark(EPONYM_HEADS, ROLE_EPONYM_HEAD);
    lex.mark(INTRO_WORDS, ROLE_INTRO);
    // what a lowercase word can matter as; the role bits are every bit from FIRST_ROLE_BIT up
    let roles = !(FIRST_ROLE_BIT - 1) & !OTHER_LANGUAGE;
    lex.index_small(FIRST_NAME | COMMON | ORDINARY_WORD | FOREIGN_WORD | CALENDAR | roles);
}

/// `has_digit`: whether `text` holds an ASCII digit (the caller has looked).
pub fn find(text: &str, has_digit: bool, lex: &Lexicon, out: &mut Vec<Finding>) {
    thread_local! {
        static BUF: std::cell::Cell<Vec<Word>> = const { std::cell::Cell::new(Vec::new()) };
        static LOWERED: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
        static FLAGS: std::cell::Cell<Vec<std::cell::Cell<u32>>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let t = Tokens::new(text, BUF.take(), LOWERED.take());
    let mut fl = FLAGS.take();
    fl.clear();
    // looked up when a rule asks (most words of prose are never asked about)
    fl.resize(t.len(), std::cell::Cell::new(UNSET));
    let mut f = Finder {
        t: &t,
        fl: &fl,
        lex,
        out,
        done: 0,
        quotes: quote_marks(text),
        cited_end: usize::MAX,
        sentences: std::cell::OnceCell::new(),
        foreign_memo: std::cell::OnceCell::new(),
        message_count: std::cell::OnceCell::new(),
    };
    let from = f.out.len();
    f.run();
    trailing_initials(text, &mut out[from..]);
    adjacent_names(text, lex, &mut out[from..]);
    signed_initials(text, lex, out);
    join_places(text, lex, out, from);
    crate::pii::handles::find(text, has_digit, &t, lex, out);
    let (words, lowered) = t.into_buffers();
    BUF.set(words);
    LOWERED.set(lowered);
    FLAGS.set(fl);
}

/// The byte offsets of the double quote marks of `text` (straight, and curly opening/closing).
fn quote_marks(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for i in memchr::memchr2_iter(b'"', 0xE2, b) {
        if b[i] == b'"' || text[i..].starts_with(['\u{201c}', '\u{201d}']) {
            out.push(i);
        }
    }
    out
}

struct Finder<'a, 't> {
    t: &'a Tokens<'t>,
    /// Each word's lexicon flags (role bits included), looked up once, when first asked.
    fl: &'a [std::cell::Cell<u32>],
    lex: &'a Lexicon,
    out: &'a mut Vec<Finding>,
    /// Words before this index are settled.
    done: usize,
    /// Where the text's double quotes (straight or curly) are: a run can be in a quoted title
    /// only between two of them, and most runs are not.
    quotes: Vec<usize>,
    /// The word after the last run read as a cited author: a co-author follows "and" there.
    cited_end: usize,
    /// Each word's sentence as [`Finder::foreign`] splits them (first and one-past-last word),
    /// and its verdict per sentence (0 not asked, 1 English, 2 another language), and the whole
    /// message's word counts: found when first asked.
    sentences: std::cell::OnceCell<Vec<(u32, u32)>>,
    foreign_memo: std::cell::OnceCell<Vec<std::cell::Cell<u8>>>,
    message_count: std::cell::OnceCell<(usize, usize, usize)>,
}

impl Finder<'_, '_> {
    fn has(&self, k: usize, bit: u32) -> bool {
        self.flag(k) & bit != 0
    }

    /// Word `k`'s flags: complete for a capitalised word; for a lowercase one the small table's,
    /// or [`PARTIAL`] when it is in none of its lists.
    fn flag(&self, k: usize) -> u32 {
        let c = &self.fl[k];
        if c.get() == UNSET {
            let (t, w) = (self.t, &self.t.words[k]);
            let f = if !w.cap && t.text.as_bytes()[w.start].is_ascii_lowercase() {
                self.lex.small_flags(&t.lower(k)).unwrap_or(PARTIAL)
            } else {
                self.lex.flags(&t.lower(k))
            };
            c.set(f);
        }
        c.get()
    }

    /// Word `k`'s complete flags (a lowercase word outside the small table is looked up now).
    fn full(&self, k: usize) -> u32 {
        match self.flag(k) {
            PARTIAL => self.lex.flags(&self.t.lower(k)),
            f => f,
        }
    }

    fn run(&mut self) {
        let n = self.t.len();
        let mut i = 0;
        while i < n {
            if self.t.words[i].cap {
                let end = self.run_end(i);
                self.capitalised(i, end);
                i = end.max(self.done);
            } else {
                self.lowercase(i);
                i = (i + 1).max(self.done);
            }
        }
    }

    /// The end (exclusive) of the run of capitalised words that starts at `i`: words joined by
    /// one space, or by ". " after an initial or a title ("J. Smith", "Dr. Okafor").
    fn run_end(&self, i: usize) -> usize {
        let (t, n) = (self.t, self.t.len());
        let mut j = i + 1;
        while j < n && t.words[j].cap && j - i < RUN {
            let gap = t.gap(j - 1, j);
            let prev = &t.words[j - 1];
            let abbrev = prev.len() <= 4
                && (prev.len() == 1
                    || self.has(j - 1, ROLE_TITLE)
                    || self.has(j - 1, ROLE_PLACE_ABBREV));
            if gap == " " && !prev.possessive() || gap == ". " && abbrev {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        // the pronoun is no one's name, whatever stands before it ("it is Nan I am learning…")
        if kind == Kind::Name && &self.t.text[start..end] == "I" {
            return;
        }
        self.out.push(Finding { start, end, kind });
    }
}
