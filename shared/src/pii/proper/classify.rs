//! How one capitalised word reads (safe, plain, ambiguous, proper), from its lexicon flags and,
//! for a word no list holds, its shape.

use super::*;

/// How a capitalised word reads on its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Class {
    /// Never a name: contractions, chat, clinical, brands, identities, states and countries.
    Safe,
    /// Everyday English, not a listed name.
    Plain,
    /// Everyday English and a listed name ("Hope", "Young"): a name with a cue.
    Ambiguous,
    /// Not everyday English: a name, a town or a word nobody listed.
    Proper,
}

#[derive(Clone, Copy)]
pub(super) struct Info {
    pub(super) class: Class,
    pub(super) flags: u32,
}

/// The flags of a lowercase word that is in no small-table list ([`Finder::full`] knows more).
pub(super) const PARTIAL: u32 = 1 << 31;
/// Not looked up yet.
pub(super) const UNSET: u32 = u32::MAX;

/// Runs are at most this many words ([`Finder::run_end`]).
pub(super) const RUN: usize = 6;

/// How a capitalised word reads, from its lexicon flags and, for unlisted words, its shape.
/// `opens` says the word starts a sentence: only there is an unlisted word that decomposes into
/// English ("Resparking", "Caretaking") taken for one — inside a sentence such a word is far
/// more often a surname ("Holdaway", "Blackwood").
pub(super) fn classify_with(
    lex: &Lexicon,
    word: &str,
    flags: u32,
    opens: bool,
    leads: bool,
) -> Info {
    let l = lower(word);
    // (not "-ss": "Schwass" is no plural of "schwas")
    if flags == 0 && l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") {
        // "Americans", "LCSWs", "Mondays": the plural of a word that is never a name; "Meds",
        // "Vapes": an unlisted plural of an everyday word (a surname shaped so is listed)
        let f = lex.flags(&l[..l.len() - 1]);
        let everyday = f & VOCAB != 0 && f & (TOWN | REGION) == 0;
        if (everyday || f & (ORDINARY_WORD | FOREIGN_WORD) != 0) && f & (FIRST_NAME | SURNAME) == 0
        {
            return Info {
                class: Class::Safe,
                flags: ORDINARY_WORD,
            };
        }
    }
    if flags == 0 && glued_words(lex, word) {
        // "StatementsYou", "SunlightGet": two sentences run together, not a name
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    // "LFTs", "DMing", "QTc", "HbA1c"-like shorthand: an acronym with a lowercase ending; and
    // clinical shorthand "Dx", "Tx", "FHx"
    let b = word.as_bytes();
    // (not "OBrien", "ONeill": an Irish surname without its apostrophe)
    let acronym_led = b.len() >= 3
        && b[0] != b'O'
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && b.iter().any(u8::is_ascii_lowercase);
    let shorthand = b.len() >= 2
        && b.len() <= 5
        && b[b.len() - 1] == b'x'
        && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase);
    if flags == 0 && (acronym_led || shorthand) {
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    // (a capital inside marks a name: "McCadam" is no "macadam")
    let inner_capital = word.chars().skip(1).any(char::is_uppercase);
    // (a mistyped word is read as one only where it leads a run of capitals: after a first name
    // an unlisted word one letter off a word is as often a surname, "Aoife Heraty")
    if flags == 0 && (leads && !inner_capital && misspelt(lex, &l) || drawn_out(lex, &l)) {
        // "Pedophelia", "Animsls", "Agaiiiiiiin": an everyday word mistyped or drawn out
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    let plain_shape = l.len() >= 6 && !l.contains(['-', '\'']);
    // anywhere in a sentence: "Rewatching", "Overthinking" (a prefix before an inflected
    // word) and a service named for what it is ("Safeline", "Quitline", "Youthspace")
    let anywhere = || prefixed(lex, &l) || service(lex, &l) || clinical(lex, &l);
    if flags == 0 && plain_shape && (opens && derived(lex, &l) || anywhere()) {
        // "Resparking", "Caretaking", "Maloriented": an English word with an affix
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    if flags != 0 || !l.contains(['-', '\'']) {
        let class = match class_of(flags) {
            Class::Ambiguous if senses(&l).has(NAME_FIRST) => Class::Proper,
            // a word written with letters English has not and frequent only in another
            // language's text is as often a name there ("Jürgen", "João", "Søren", "Björn"):
            // a name with a cue ("my friend Jürgen"), a word without one
            Class::Plain if flags & (VOCAB | RARE | COMMON) == 0 && !l.is_ascii() => {
                Class::Ambiguous
            }
            c => c,
        };
        return Info { class, flags };
    }
    // "Sue-ing", "Will-ed": a word with its ending hyphenated on is a verb
    if l.rsplit_once('-')
        .is_some_and(|(_, e)| matches!(e, "ing" | "ed" | "ish"))
    {
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    // a joined word ("Post-Traumatic", "Self-Doubt", "Campbell-Hughes", "O'Brien"): proper
    // when any part is, a name when every part is a listed name, else ordinary
    let mut all = 0u32;
    let mut proper = false;
    let mut every_listed = true;
    // each part as lowered and as written
    let parts = || {
        l.split(['-', '\''])
            .zip(word.split(['-', '\'', '\u{2019}']))
            .filter(|(p, _)| p.len() > 1)
    };
    let caps = |w: &str| w.bytes().all(|c| c.is_ascii_uppercase());
    // (an acronym beside a written word that is no name is no name's part: "Originating-IP",
    // not "Ip"; "Smith-JONES" is still a surname)
    let acronyms = word.bytes().any(|c| c.is_ascii_lowercase())
        && !parts().any(|(p, w)| !caps(w) && lex.flags(p) & (FIRST_NAME | SURNAME) != 0);
    for (p, w) in parts() {
        let f = if acronyms && caps(w) {
            ORDINARY_WORD
        } else {
            lex.flags(p)
        };
        all |= f;
        proper |= class_of(f) == Class::Proper;
        every_listed &= f & (FIRST_NAME | SURNAME) != 0;
    }
    let parts = parts().count();
    let class = if parts >= 3 && !every_listed {
        Class::Plain // a slug or a long compound ("four-ways-add-self-esteem")
    } else if proper {
        Class::Proper
    } else if every_listed && all & (FIRST_NAME | SURNAME) != 0 {
        Class::Ambiguous
    } else if all & ORDINARY_WORD != 0 {
        Class::Safe
    } else {
        Class::Plain
    };
    Info {
        class,
        flags: all & !(FIRST_NAME | SURNAME) | if class == Class::Plain { 0 } else { all },
    }
}

/// An unlisted word one slip of the finger from an everyday word that is no name: a letter
/// mistyped or two swapped ("Pedophelia", "Animsls", "Freindship"). Only long
/// words: a short surname is one letter from some word far too often ("Mather", "Danner").
pub(super) fn misspelt(lex: &Lexicon, l: &str) -> bool {
    // (a swap of two letters is a typo even in a short word, "Thnaks"; a changed letter only
    // in a long one)
    const MIN: usize = 7;
    const MIN_SWAP: usize = 6;
    if l.len() < MIN_SWAP || l.len() > 24 || !l.bytes().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let everyday = |w: &[u8]| {
        let w = std::str::from_utf8(w).unwrap_or("");
        let f = lex.flags(w);
        f & (VOCAB | RARE) != 0 && f & (FIRST_NAME | SURNAME | TOWN) == 0
    };
    let b = l.as_bytes();
    let mut buf = Vec::with_capacity(b.len() + 1);
    // a letter mistyped or two swapped (the first letter is kept: it is rarely the slip). A
    // letter dropped or added is no evidence: that is how surnames differ from words
    // ("Smullen", "Ashling", "McCadam").
    // (not the last letter: "Brassil" is no "brassie")
    for i in 1..b.len() - 1 {
        if i + 2 < b.len() {
            buf.clear();
            buf.extend_from_slice(b);
            buf.swap(i, i + 1);
            if everyday(&buf) {
                return true;
            }
        }
        // (a vowel mistyped, or a consonant typed for a vowel: the slips spelling makes; a
        // consonant for a consonant is as often another name)
        let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        for c in b'a'..=b'z' {
            if c != b[i] && b.len() >= MIN && (vowel(b[i]) || vowel(c)) {
                buf.clear();
                buf.extend_from_slice(b);
                buf[i] = c;
                if everyday(&buf) {
                    return true;
                }
            }
        }
    }
    false
}

/// A word with a vowel (or a letter outside ASCII): chat's abbreviations have none ("rly",
/// "smthn", "ppl"), a name nearly always has one.
pub(super) fn voweled(l: &str) -> bool {
    l.bytes()
        .any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u') || c >= 0x80)
}

/// A word that is an everyday one with two letters next to each other swapped, at any length
/// ("knwo", "waht", "agianst").
pub(super) fn swapped(lex: &Lexicon, l: &str) -> bool {
    let b = l.as_bytes();
    if b.len() < 3 || b.len() > 24 || !l.is_ascii() {
        return false;
    }
    let mut buf = b.to_vec();
    (0..b.len() - 1).any(|i| {
        buf.copy_from_slice(b);
        buf.swap(i, i + 1);
        let f = lex.flags(std::str::from_utf8(&buf).unwrap_or(""));
        b[i] != b[i + 1] && f & (VOCAB | COMMON | ORDINARY_WORD) != 0
    })
}

/// A word with a letter three or more times over that is an everyday word with the run cut to
/// one or two ("Agaiiiiin", "Sooooo", "Whyyyy").
pub(super) fn drawn_out(lex: &Lexicon, l: &str) -> bool {
    let b = l.as_bytes();
    if !b.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) || !l.is_ascii() {
        return false;
    }
    let cut = |keep: usize| {
        let mut out = Vec::with_capacity(b.len());
        for &c in b {
            let n = out.iter().rev().take_while(|&&p| p == c).count();
            if n < keep {
                out.push(c);
            }
        }
        String::from_utf8(out).unwrap_or_default()
    };
    [1, 2].iter().any(|&keep| {
        let f = lex.flags(&cut(keep));
        f & (VOCAB | ORDINARY_WORD | COMMON) != 0 && f & (FIRST_NAME | SURNAME) == 0
    })
}

/// A word with a capital inside it whose parts are all everyday words ("StatementsYou").
pub(super) fn glued_words(lex: &Lexicon, word: &str) -> bool {
    // ("StatementsYou’re": a curly apostrophe reads as the straight one)
    let straight;
    let word = if word.contains('\u{2019}') {
        straight = word.replace('\u{2019}', "'");
        straight.as_str()
    } else {
        word
    };
    if !word.is_ascii() {
        return false;
    }
    let b = word.as_bytes();
    // "StatementsYou", and a list letter glued on: "CGratitude", "JournalingB"
    let cuts: Vec<usize> = (1..b.len())
        .filter(|&i| {
            b[i].is_ascii_uppercase()
                && (b[i - 1].is_ascii_lowercase()
                    || i == 1 && b.get(i + 1).is_some_and(u8::is_ascii_lowercase))
        })
        .collect();
    if cuts.is_empty() {
        return false;
    }
    let mut parts = Vec::new();
    let mut at = 0;
    for c in cuts.iter().copied().chain([b.len()]) {
        parts.push(&word[at..c]);
        at = c;
    }
    // every part a word, and not every part a name ("JohnSmith" stays a name)
    let flags: Vec<u32> = parts
        .iter()
        .filter(|p| p.len() > 1)
        .map(|p| lex.flags(&lower(p)))
        .collect();
    flags
        .iter()
        .all(|f| f & (VOCAB | RARE | ORDINARY_WORD | COMMON) != 0 && f & TOWN == 0)
        && flags.iter().any(|f| f & (FIRST_NAME | SURNAME) == 0)
}

pub(super) const SUFFIXES: &[(&str, &[&str])] = &[
    ("ings", &["", "e"]),
    ("ing", &["", "e"]),
    ("ed", &["", "e"]),
    ("ers", &["", "e"]),
    ("er", &["", "e"]),
    ("ies", &["y"]),
    ("ly", &["", "le"]),
    ("ness", &["", "y"]),
    ("ments", &[""]),
    ("ment", &[""]),
    ("ations", &["ate", "e", ""]),
    ("ation", &["ate", "e", ""]),
    ("ity", &["", "e"]),
    ("izing", &["ize", "", "e"]),
    ("ising", &["ise", "", "e"]),
    ("ized", &["ize", "", "e"]),
    ("ised", &["ise", "", "e"]),
    ("ful", &[""]),
    ("less", &[""]),
    ("able", &["", "e"]),
    ("ist", &["", "e", "y"]),
    ("ists", &["", "e", "y"]),
    ("ism", &["", "e"]),
    ("ally", &["", "al"]),
];
pub(super) const PREFIXES: &[&str] = &[
    "re", "un", "non", "over", "under", "mis", "pre", "self", "anti", "dis", "co", "de", "sub",
    "super", "inter", "hyper", "hypo", "micro", "multi", "post", "out", "semi", "counter",
    "pseudo", "psycho", "neuro", "bio", "tele", "cyber", "mega", "mini", "ultra", "extra", "mal",
    "dys", "peri",
];
/// Second halves that make a compound a place name ("Woodhaven", "Hillport"), not a word.
pub(super) const PLACE_ENDS: &[&str] = &[
    "town", "ton", "ville", "port", "mouth", "haven", "burgh", "burg", "berg", "borough", "bury",
    "field", "ford", "land", "view", "side", "shire", "stad", "chester", "fort", "furt", "ham",
    "stone", "dale", "worth", "wick", "by", "ley", "hurst", "well", "wood", "brook", "bridge",
    "gate", "caster", "ington", "minster", "mere", "more", "combe", "den", "field", "ridge",
];

/// Whether an unlisted word is an English word with an affix or a compound of two ("Maloriented",
/// "Resparking", "Caretaking"), so no proper noun.
pub(super) fn derived(lex: &Lexicon, l: &str) -> bool {
    let word = |w: &str| {
        let f = lex.flags(w);
        f & (VOCAB | RARE) != 0 && f & (FIRST_NAME | SURNAME | TOWN) == 0 || f & ORDINARY_WORD != 0
    };
    let stemmed = |w: &str| {
        word(w)
            || SUFFIXES.iter().any(|(suf, repl)| {
                w.len() > suf.len() + 2
                    && w.ends_with(suf)
                    && repl.iter().any(|r| {
                        let stem = &w[..w.len() - suf.len()];
                        let b = stem.as_bytes();
                        // "stopping" → "stop"
                        let undoubled = b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2];
                        word(&format!("{stem}{r}"))
                            || undoubled && r.is_empty() && word(&stem[..stem.len() - 1])
                    })
            })
    };
    if !l.is_ascii() {
        return false;
    }
    if stemmed(l) {
        return true;
    }
    if PREFIXES
        .iter()
        .any(|p| l.len() > p.len() + 3 && l.starts_with(p) && stemmed(&l[p.len()..]))
    {
        return true;
    }
    l.len() >= 7
        && (4..=l.len().saturating_sub(4)).any(|i| {
            let (a, b) = l.split_at(i);
            !PLACE_ENDS.contains(&b) && lex.flags(a) & VOCAB != 0 && stemmed(b)
        })
}

/// Heads of a help service's one-word name ("Safeline", "Infoline", "Youthspace").
pub(super) const SERVICE_HEADS: &[&str] = &[
    "line", "lines", "link", "space", "mind", "minds", "talk", "chat", "help", "care", "hub",
    "worker", "workers",
];

/// "Safeline", "Griefline": an everyday word and a service's head.
pub(super) fn service(lex: &Lexicon, l: &str) -> bool {
    SERVICE_HEADS.iter().any(|h| {
        l.len() >= h.len() + 3
            && l.ends_with(h)
            && lex.flags(&l[..l.len() - h.len()]) & (VOCAB | ORDINARY_WORD) != 0
    })
}

/// "Perimenopause", "Postconcussion", "Neurodivergence": a clinical prefix before an everyday
/// word of six letters or more (no name, no town) — a term, wherever it stands.
pub(super) fn clinical(lex: &Lexicon, l: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "peri", "post", "pre", "neuro", "psycho", "hyper", "hypo", "anti", "poly", "endo", "dys",
        "non", "self",
    ];
    l.is_ascii()
        && PREFIXES.iter().any(|p| {
            l.strip_prefix(p).is_some_and(|rest| {
                let f = lex.flags(rest.trim_start_matches('-'));
                rest.len() >= 6 && f & VOCAB != 0 && f & (FIRST_NAME | SURNAME | TOWN) == 0
            })
        })
}

/// "Rewatching", "Unfollowed", "Maloriented": a prefix, then an everyday word with an
/// inflection — a shape surnames do not take.
pub(super) fn prefixed(lex: &Lexicon, l: &str) -> bool {
    let everyday = |w: &str| {
        let f = lex.flags(w);
        f & VOCAB != 0 && f & TOWN == 0
    };
    let inflected = |w: &str| {
        ["ing", "ed", "s"].iter().any(|suf| {
            w.len() > suf.len() + 2
                && w.ends_with(suf)
                && (everyday(w)
                    || ["", "e"]
                        .iter()
                        .any(|r| everyday(&format!("{}{r}", &w[..w.len() - suf.len()]))))
        })
    };
    const PREFIXES: &[&str] = &[
        "re", "un", "over", "under", "mis", "out", "pre", "dis", "mal", "non", "self", "anti",
        "semi", "super", "hyper", "inter", "post", "sub",
    ];
    l.is_ascii()
        && PREFIXES
            .iter()
            .any(|p| l.len() > p.len() + 4 && l.starts_with(p) && inflected(&l[p.len()..]))
}

/// A capitalised word after a name is more of it when it is a proper noun, an everyday word
/// that is a listed name, or a listed surname that is also a common word ("Andrew Small").
pub(super) fn continues_name(i: &Info) -> bool {
    let listed = i.flags & SURNAME != 0 && i.flags & ORDINARY_WORD == 0
        || i.flags & FIRST_NAME != 0 && i.flags & REGION != 0;
    matches!(i.class, Class::Proper | Class::Ambiguous) || listed
}

/// A month that is a given name before a word that can only be a name, the two a run: "April
/// Jones", "Jan Kowalski" (not "May Day", "August Bank Holiday": everyday words after).
pub(super) fn month_forename(infos: &[Info], a: usize, b: usize) -> bool {
    b - a == 2
        && infos[0].flags & CALENDAR != 0
        && infos[0].flags & FIRST_NAME != 0
        && infos[1].class == Class::Proper
}

pub(super) fn class_of(flags: u32) -> Class {
    let listed = flags & (FIRST_NAME | SURNAME) != 0;
    if flags & (ORDINARY_WORD | FOREIGN_WORD) != 0 {
        Class::Safe
    } else if flags & COMMON != 0 {
        // "He", "My", "Will": listed somewhere as names, but far more often the word
        Class::Plain
    } else if flags & REGION != 0 {
        // "Jordan", "Georgia": a country or state, and a name with a cue
        if flags & FIRST_NAME != 0 {
            Class::Ambiguous
        } else {
            Class::Safe
        }
    } else if flags & (VOCAB | RARE | OTHER_LANGUAGE) != 0 {
        // (a word only of another language is many people's name there, "Teguh", "Dewan",
        // "Capa": a name where a cue makes it one, as a listed name that is a word is)
        if listed || flags & (VOCAB | RARE) == 0 {
            Class::Ambiguous
        } else {
            Class::Plain
        }
    } else {
        Class::Proper
    }
}
