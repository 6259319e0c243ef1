//! Cue roles in the lexicon's flags, and the quick letter and bit tests that keep the per-word
//! look-ups cheap.

use super::*;

pub(super) const ROLE_TITLE: u32 = FIRST_ROLE_BIT;
pub(super) const ROLE_RELATION: u32 = FIRST_ROLE_BIT << 1;
pub(super) const ROLE_POSSESSIVE: u32 = FIRST_ROLE_BIT << 2;
pub(super) const ROLE_GREETING: u32 = FIRST_ROLE_BIT << 3;
pub(super) const ROLE_OBJECT: u32 = FIRST_ROLE_BIT << 4;
pub(super) const ROLE_REPORTING: u32 = FIRST_ROLE_BIT << 5;
pub(super) const ROLE_PLACE_CUE: u32 = FIRST_ROLE_BIT << 6;
pub(super) const ROLE_MOTION: u32 = FIRST_ROLE_BIT << 7;
pub(super) const ROLE_STREET_CUE: u32 = FIRST_ROLE_BIT << 8;
pub(super) const ROLE_DETERMINER: u32 = FIRST_ROLE_BIT << 9;
pub(super) const ROLE_PLACE_PREFIX: u32 = FIRST_ROLE_BIT << 10;
pub(super) const ROLE_PLACE_SUFFIX: u32 = FIRST_ROLE_BIT << 11;
pub(super) const ROLE_STRONG_SUFFIX: u32 = FIRST_ROLE_BIT << 12;
pub(super) const ROLE_SIGNOFF: u32 = FIRST_ROLE_BIT << 13;
/// "St.", "Mt.", "Ft.": abbreviations a place name runs on after.
pub(super) const ROLE_PLACE_ABBREV: u32 = FIRST_ROLE_BIT << 14;
pub(super) const ROLE_EPONYM_HEAD: u32 = FIRST_ROLE_BIT << 15;
/// The words [`Finder::cue_before`] compares as text (introductions, labels): a word with none
/// of the cue roles is no cue, whatever it is.
pub(super) const ROLE_INTRO: u32 = FIRST_ROLE_BIT << 16;
pub(super) const CUE_ROLES: u32 = ROLE_TITLE
    | ROLE_RELATION
    | ROLE_GREETING
    | ROLE_OBJECT
    | ROLE_PLACE_CUE
    | ROLE_STREET_CUE
    | ROLE_DETERMINER
    | ROLE_INTRO;
pub(super) fn is_intro_word(w: &str) -> bool {
    INTRO_CUES.contains(&w)
}

pub(super) const INTRO_CUES: &[&str] = &[
    "is", "was", "name", "names", "surname", "forename", "named", "called", "me", "by", "i'm",
    "im", "it's", "its", "am", "patient", "resident",
];

/// The words after which two unlisted lowercase words are read as a name (`unknown_pair`):
/// what leads to a person in chat — a relation, a greeting, an introduction, a chat opener, a
/// verb that takes a person, "is"/"was"/"so" ("my husband sadan idris", "i told damu januar",
/// "hey this is orlaigh spillane", "okay so tonicha lucitt from work"). Not the prepositions
/// and conjunctions a person also follows ("with", "and", "to"): they stand before most words,
/// and the pair's tables would be read for each.
pub(super) const PAIR_CUES: &[&str] = &[
    "is",
    "was",
    "so",
    "basically",
    "told",
    "tell",
    "its",
    "it's",
    "im",
    "i'm",
    "am",
    "um",
    "uh",
    "ugh",
    "re",
    "hi",
    "hey",
    "hello",
    "hiya",
    "thanks",
    "thx",
    "omg",
    "tbh",
    "ngl",
    "lol",
    "yeah",
    "ok",
    "okay",
    "friend",
    "husband",
    "wife",
    "partner",
    "boyfriend",
    "girlfriend",
    "bf",
    "gf",
    "ex",
    "mum",
    "mom",
    "dad",
    "sister",
    "brother",
    "cousin",
    "teacher",
    "therapist",
    "counsellor",
    "counselor",
    "officer",
    "boss",
    "neighbour",
    "neighbor",
    "mate",
    "client",
    "patient",
    "pt",
    "called",
    "named",
    "name",
    "met",
    "texted",
    "saw",
    "love",
    "dear",
    "sorry",
    "asked",
];

pub(super) const PAIR_CUE_BITS: [u64; 64] = quick_bits(PAIR_CUES);

/// Whether `w` (lowercase) is one of [`PAIR_CUES`].
#[inline]
pub(super) fn pair_cue(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| PAIR_CUES.iter().copied().collect());
    quick_hit(w, &PAIR_CUE_BITS) && SET.contains(w)
}

/// Relations and greetings that address a person: an unlisted lowercase word after one may be
/// a name ("my bf iain says", "thanks again, shania kildea", "ok keeva i get it"). The frequent
/// words that greet only sometimes ("and", "so", "well") are left out: they gate every word.
pub(super) const ADDRESSES: &[&str] = &[
    "mom",
    "mum",
    "mam",
    "mother",
    "dad",
    "father",
    "bf",
    "gf",
    "ex",
    "bff",
    "hubby",
    "wife",
    "husband",
    "partner",
    "boyfriend",
    "girlfriend",
    "sister",
    "brother",
    "friend",
    "mate",
    "cousin",
    "aunt",
    "auntie",
    "uncle",
    "son",
    "daughter",
    "niece",
    "nephew",
    "fiance",
    "fiancé",
    "fiancee",
    "therapist",
    "counsellor",
    "counselor",
    "teacher",
    "boss",
    "coworker",
    "colleague",
    "flatmate",
    "roommate",
    "neighbour",
    "neighbor",
    "thanks",
    "thank",
    "thx",
    "ty",
    "again",
    "hi",
    "hey",
    "hello",
    "hiya",
    "ok",
    "okay",
    "lol",
    "yeah",
    "yo",
    "xoxo",
    "xx",
    "dear",
    "cheers",
    "bye",
    // and the chat openers, "me n …" and the verbs after which the rules read a person as the
    // subject or the one met ("tbh kairav is the only one…", "me n zaahid r not talking", "i
    // met nomcebo at the meeting")
    "omg",
    "tbh",
    "ngl",
    "smh",
    "istg",
    "ugh",
    "imo",
    "btw",
    "n",
    "honestly",
    "met",
    "told",
    "texted",
    "messaged",
];

/// The [`quick_folded`] bits of a word list's words.
pub(super) const fn quick_bits(words: &[&str]) -> [u64; 64] {
    let mut bits = [0u64; 64];
    let mut i = 0;
    while i < words.len() {
        let h = quick_folded(words[i].as_bytes());
        bits[h >> 6] |= 1 << (h & 63);
        i += 1;
    }
    bits
}

/// Whether `w` may be a word of the list whose [`quick_bits`] are `bits` (false: it is not).
pub(super) fn quick_hit(w: &str, bits: &[u64; 64]) -> bool {
    // (its three letters read in lower case, nothing copied: "Hi", "Thanks" as "hi", "thanks")
    let h = quick_folded(w.as_bytes());
    !w.is_empty() && bits[h >> 6] & (1 << (h & 63)) != 0
}

/// What a word before a lowercase word may be, by its [`Word::q`]: one of [`PAIR_CUES`]
/// (`CUE_PAIR`), of [`INTRO_CUES`] or [`ADDRESSES`] (`CUE_PREV`), of the place words, titles
/// and "to" that `lowercase_town` and `lowercase_titled` read (`CUE_LOWER`). One table read
/// answers the three filters each lowercase word asks of the word before it; a set bit is only
/// a maybe, and the lists decide.
pub(super) const CUE_PAIR: u8 = 1;
pub(super) const CUE_PREV: u8 = 2;
pub(super) const CUE_LOWER: u8 = 4;
pub(super) static CUE_CLASS: [u8; 4096] = {
    const fn mark(table: &mut [u8; 4096], words: &[&str], bit: u8) {
        let mut i = 0;
        while i < words.len() {
            table[quick_folded(words[i].as_bytes())] |= bit;
            i += 1;
        }
    }
    let mut t = [0u8; 4096];
    mark(&mut t, PAIR_CUES, CUE_PAIR);
    mark(&mut t, INTRO_CUES, CUE_PREV);
    mark(&mut t, ADDRESSES, CUE_PREV);
    mark(&mut t, PLACE_CUES, CUE_LOWER);
    mark(&mut t, LOWERCASE_TITLES, CUE_LOWER);
    mark(&mut t, &["to"], CUE_LOWER);
    t
};

/// A capitalised word that, standing alone between lowercase words, is the pronoun or a
/// sentence's opening function word ("I'm", "If", "The", "However"): never a name, and not a
/// cue the capitalised-run rules act on.
pub(super) fn lone_opener(w: &str) -> bool {
    matches!(
        w,
        "I" | "I'm"
            | "I've"
            | "I'll"
            | "I'd"
            | "I\u{2019}m"
            | "I\u{2019}ve"
            | "I\u{2019}ll"
            | "I\u{2019}d"
            | "If"
            | "It"
            | "It's"
            | "It\u{2019}s"
            | "You"
            | "You're"
            | "The"
            | "This"
            | "He"
            | "She"
            | "We"
            | "They"
            | "What"
            | "There"
            | "In"
            | "When"
            | "Your"
            | "How"
            | "Is"
            | "As"
            | "But"
            | "For"
            | "Do"
            | "And"
            | "That"
            | "So"
            | "Then"
            | "Are"
            | "These"
            | "Have"
            | "Some"
            | "Since"
            | "While"
            | "Often"
            | "Sometimes"
            | "Maybe"
            | "However"
            | "Also"
            | "Even"
    )
}

/// Titles typed in lower case before a surname ("dr khan").
pub(super) const LOWERCASE_TITLES: &[&str] = &["dr", "mr", "mrs", "ms", "prof"];

/// Whether word `k` could be a place word, "to" or a title (by its [`Word::q`]).
pub(super) fn lowercase_cue_shaped(t: &Tokens, k: usize) -> bool {
    CUE_CLASS[usize::from(t.words[k].q)] & CUE_LOWER != 0
}

pub(super) const ADDRESS_BITS: [u64; 64] = quick_bits(ADDRESSES);

pub(super) fn addresses(w: &str) -> bool {
    // (the words before a lowercase word are often a relation: "my mum", "my partner")
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ADDRESSES.iter().copied().collect());
    quick_hit(w, &ADDRESS_BITS) && SET.contains(w)
}

pub(super) const INTRO_WORDS: &[&str] = &[
    "city",
    "town",
    "suburb",
    "locality",
    "village",
    "street",
    "address",
    "road",
    "addr",
    "patient",
    "resident",
    "student",
    "member",
    "attn",
    "attention",
    "is",
    "was",
    "name",
    "names",
    "surname",
    "forename",
    "firstname",
    "lastname",
    "named",
    "called",
    "me",
    "by",
    "i'm",
    "im",
    "it's",
    "its",
    "i’m",
    "it’s",
    "am",
    "you",
    "again",
    "to",
];

const _: () = assert!(ROLE_INTRO.leading_zeros() > 0 && ROLE_INTRO > ROLE_EPONYM_HEAD);

#[cfg(test)]
mod tests {
    use super::*;

    // The table is a filter: a word of a list must never be ruled out by it, however it is
    // written (as a tokenizer reads it: the stem, ASCII letters folded).
    #[test]
    fn the_cue_table_rules_out_no_listed_word() {
        let lists: [(&[&str], u8); 6] = [
            (PAIR_CUES, CUE_PAIR),
            (INTRO_CUES, CUE_PREV),
            (ADDRESSES, CUE_PREV),
            (PLACE_CUES, CUE_LOWER),
            (LOWERCASE_TITLES, CUE_LOWER),
            (&["to"], CUE_LOWER),
        ];
        for (list, bit) in lists {
            for w in list {
                let title = w[..1].to_ascii_uppercase() + &w[1..];
                for form in [w.to_string(), title, w.to_ascii_uppercase()] {
                    let text = format!("x {form} y");
                    let t = Tokens::new(&text, Vec::new(), String::new());
                    for k in 0..t.len() {
                        if t.stem(k).eq_ignore_ascii_case(w) {
                            assert_ne!(CUE_CLASS[usize::from(t.words[k].q)] & bit, 0, "{form}");
                        }
                    }
                }
            }
        }
        // and it rules most other words out: the filter is worth its read
        let text = "the and of a in that it for you with on this but be have not are at";
        let t = Tokens::new(text, Vec::new(), String::new());
        let through = (0..t.len())
            .filter(|&k| CUE_CLASS[usize::from(t.words[k].q)] != 0)
            .count();
        assert!(through <= 2, "{through}");
    }
}
