//! The cue before a capitalised word (title, relation, greeting, place, street, determiner) and
//! the short look-arounds the other rules share.

use super::*;

impl Finder<'_, '_> {
    /// The cue in the words just before word `i`.
    pub(super) fn cue_before(&self, i: usize) -> Cue {
        let t = self.t;
        if i == 0 {
            return Cue::None;
        }
        // a spoken filler between a cue and the word is no word ("my name is um Rose", "I live
        // in um Bath"); only a cue that names what follows carries over it (not "so um Jordan
        // said", "I'm uh Reading this")
        if i >= 2
            && matches!(
                &*t.lower(i - 1),
                "uh" | "um" | "er" | "erm" | "uhm" | "umm" | "uhh"
            )
            && matches!(t.gap(i - 1, i), " " | ", ")
            && matches!(t.gap(i - 2, i - 1), " " | ", ")
        {
            let over = self.cue_before(i - 1);
            let person = || self.flag(i) & FIRST_NAME != 0 && self.reported(i);
            if matches!(over, Cue::Intro | Cue::Relation | Cue::Title)
                || over == Cue::Place && !person()
            {
                return over;
            }
            // a place's preposition before it, as speech is transcribed: "I'm in, uh, Alberta",
            // for a word the lists hold as a place (not "a text from, uh, Mark")
            if t.gap(i - 2, i - 1) == ", " && !t.words[i].possessive() {
                let f = self.flag(i);
                // (a town no first name nor word; after "in"/"near" a state or country even if
                // one is, "in, uh, Alberta" — not "a text from, uh, Virginia, my birth mum",
                // "at, uh, Jordan's", "at, uh, Home")
                let town = f & TOWN != 0 && f & (FIRST_NAME | VOCAB) == 0;
                let region = f & REGION != 0;
                // (a first name that then says or does something is the person: "Then in, uh,
                // Virginia told me to leave")
                let person = f & FIRST_NAME != 0 && self.reported(i);
                let place = !person
                    && match &*t.lower(i - 2) {
                        "in" | "near" => town || region,
                        "from" => town || region && f & FIRST_NAME == 0,
                        _ => false,
                    };
                if place {
                    return Cue::Place;
                }
            }
        }
        let pf = self.flag(i - 1);
        let gap = t.gap(i - 1, i);
        // a form's label that asks for a person ("Given names: Carol", "Next of kin: David
        // Lowe", "Name of person at risk: Gavin Lucid")
        if gap == ": " && !t.stem(i - 1).bytes().all(|c| c.is_ascii_uppercase()) {
            let p = t.lower(i - 1);
            let person = matches!(
                &*p,
                "patient"
                    | "resident"
                    | "student"
                    | "member"
                    | "attn"
                    | "attention"
                    | "subscriber"
                    | "claimant"
                    | "veteran"
                    | "client"
                    | "caller"
                    | "guardian"
                    | "carer"
                    | "referrer"
                    | "signed"
                    | "kin"
                    | "holder"
                    | "insured"
                    | "beneficiary"
                    | "applicant"
                    | "tenant"
                    | "spouse"
                    | "child"
                    | "parent"
                    | "mother"
                    | "father"
                    | "contact"
                    | "witness"
                    | "owner"
                    | "cardholder"
                    | "policyholder"
                    | "texter"
                    | "keyworker"
            );
            // (after a role, a transcript's speaker or a saying is no form: "Caller: Hope you
            // can help", "Advice from my mother: Patience is everything" — a form's value ends
            // its field or goes on in capitals; a label that says "name" is enough)
            let after = t.text[t.words[i].end..].trim_start_matches([' ', '.']);
            let field = after.is_empty()
                || after.starts_with(['\n', ',', ';', '|', '(', '\r'])
                || after.starts_with(|c: char| c.is_uppercase())
                    && !(i + 1 < t.len() && self.verb_first(i));
            if person && field || self.label_names(i - 1) {
                return Cue::Intro;
            }
        }
        // an introduction in a language people mix in ("Hola, me llamo Sofia", "ich heiße Anna",
        // "je m'appelle Léa", "mi chiamo Marco", "mi nombre es Ana", "meu nome é João"): the
        // sentence is not English, so only a cue this strong finds the name
        if gap == " " && i >= 2 && t.gap(i - 2, i - 1) == " " {
            // (the word before first: it is none of these for nearly every capitalised word)
            let p1 = t.lower(i - 1);
            let intro = match &*p1 {
                "m'appelle" => true,
                "llamo" | "heiße" | "heisse" | "chiamo" | "es" | "é" | "e" => matches!(
                    (&*t.lower(i - 2), &*p1),
                    ("me", "llamo")
                        | ("ich", "heiße" | "heisse")
                        | ("mi", "chiamo")
                        | ("nombre", "es")
                        | ("nome", "é" | "e")
                ),
                _ => false,
            };
            // ("ich heiße Sie willkommen": I welcome you)
            let intro = intro && !matches!(&*t.lower(i), "sie" | "ihnen" | "euch");
            if intro {
                return Cue::Intro;
            }
        }
        // a Māori introduction: "ko Samuel tōku ingoa" (Samuel is my name), "Ko Tamati Ngata
        // tōku ingoa" (the name's words, then the phrase)
        if gap == " " && t.stem(i - 1).eq_ignore_ascii_case("ko") {
            let ends = (i..t.len().min(i + 3)).take_while(|&k| k == i || t.words[k].cap);
            let intro = ends.into_iter().any(|k| {
                let after = &t.text[t.words[k].end..];
                ["tōku ingoa", "toku ingoa", "taku ingoa", "tōku nei ingoa"]
                    .iter()
                    .any(|s| after.strip_prefix(' ').is_some_and(|a| a.starts_with(s)))
            });
            if intro {
                return Cue::Intro;
            }
        }
        // a case note's role before a name ("client Brad, telehealth link sent", "driver Mark,
        // vehicle …", "Social worker Eden H. Durning visited")
        let prev = &t.words[i - 1];
        if gap == " "
            && (5..=10).contains(&prev.len())
            && matches!(
                t.text.as_bytes()[prev.start] | 0x20,
                b'c' | b'd' | b's' | b'w' | b'o' | b'p' | b't'
            )
            && !prev.possessive()
            && matches!(
                &*t.lower(i - 1),
                "client"
                    | "caller"
                    | "texter"
                    | "driver"
                    | "subscriber"
                    | "claimant"
                    | "worker"
                    | "owner"
                    | "patient"
            )
        {
            return Cue::Relation;
        }
        let its = prev.possessive() && t.stem(i - 1).eq_ignore_ascii_case("it");
        if pf & CUE_ROLES == 0 && !its {
            return Cue::None;
        }
        let tight = matches!(gap, " " | ". " | ", " | ": " | " - " | ",\n" | "\n");
        if !tight {
            return Cue::None;
        }
        let p = t.lower(i - 1);
        let p: &str = &p;
        let pp = if i >= 2 && t.gap(i - 2, i - 1) == " " {
            Some(t.lower(i - 2))
        } else {
            None
        };
        let pp: Option<&str> = pp.as_deref();
        // "Dr. Smith", but "…we might otherwise miss. Hope this helps": only an abbreviation
        // takes a full stop inside a name
        if pf & ROLE_TITLE != 0 && (gap == " " || gap == ". " && abbreviated_title(p)) {
            return Cue::Title;
        }
        if gap == ": "
            && matches!(
                p,
                "city"
                    | "town"
                    | "suburb"
                    | "locality"
                    | "village"
                    | "county"
                    | "district"
                    | "borough"
                    | "parish"
            )
        {
            return Cue::Place; // "Town/City: Millsport", a form's field
        }
        if gap == ": " && matches!(p, "street" | "address" | "road" | "addr") {
            return Cue::Street; // "Street: Cox Streets"
        }
        if gap == " " || gap == ": " {
            let pronoun = pp.is_some_and(|w| {
                matches!(
                    w,
                    "i" | "we" | "he" | "she" | "they" | "you" | "it" | "who" | "and"
                )
            });
            // a form's label ("Patient: Owens, April"), not a transcript's speaker ("CLIENT: Ruby- um")
            // (a transcript's speaker, "CLIENT: Ruby- um", is no label: caught above only when
            // not in capitals)
            // "Name on the card is Leo Tait": "name" a few words before "is"
            // (not a redaction's placeholder: "[NAME]\nThe day was hard")
            let name_is = matches!(p, "is" | "was")
                && (3..=5).any(|back| {
                    i > back
                        && matches!(&*t.lower(i - back), "name" | "names")
                        && !t.text[..t.words[i - back].start].ends_with('[')
                        // (one clause: "I forgot her name. It was May when…" is two)
                        && (i - back..i).all(|j| t.gap(j, j + 1) == " ")
                });
            let intro = matches!((pp, p), (Some("name" | "contact"), "is" | "was"))
                || name_is
                // "Name: Declan", "first name Wayne", "Surname's Warren", "Patient: Owens"
                || matches!(p, "name" | "surname" | "forename" | "firstname" | "lastname")
                    && (gap == ": " || matches!(pp, Some("first" | "last" | "middle" | "given")))
                || matches!(p, "surname" | "forename")
                || p == "name" && t.words[i - 1].possessive()
                // "names colm btw" opening a message
                || p == "names" && (pp.is_none() || t.sentence_start(i - 1))
                || matches!((pp, p), (Some("my" | "his" | "her"), "names"))
                // "a guy called Sam", not "I called people"
                || matches!(p, "named" | "called") && !pronoun
                || matches!((pp, p), (Some("call"), "me") | (Some("go"), "by"))
                // "everyone calls me Peter", not "my dad calls me Princess"
                || matches!((pp, p), (Some("calls" | "called"), "me"))
                    && !senses(&t.lower(i)).has(ENDEARMENT);
            if intro {
                return Cue::Intro;
            }
            // ("it's" reads as the stem "it" with a possessive ending; in running English it
            // opens "It's Summer and…", "It's Hope that kills you": it introduces only a name
            // that closes the introduction — "it's Amber from 8C", "It's Dawn, can I…")
            let apostrophe = its || matches!(p, "it's" | "it’s");
            let closes = || {
                let after = &t.text[t.words[i].end..];
                after.is_empty()
                    || after.starts_with([',', '!', '\n'])
                    || i + 1 < t.len()
                        && t.gap(i, i + 1) == " "
                        && (t.words[i + 1].cap
                            || matches!(
                                t.stem(i + 1),
                                "from"
                                    | "again"
                                    | "here"
                                    | "btw"
                                    | "speaking"
                                    | "calling"
                                    | "x"
                                    | "xx"
                            ))
            };
            let weak = matches!(p, "i'm" | "im" | "its" | "i’m")
                || apostrophe && closes()
                || matches!((pp, p), (Some("i"), "am") | (Some("this"), "is"));
            if weak {
                return Cue::WeakIntro;
            }
        }
        // "my therapist is marcus aitken", "my old therapist was alex long"
        if gap == " " && matches!(p, "is" | "was") && i >= 3 && self.has(i - 2, ROLE_RELATION) {
            let owner = (3..=5).any(|back| i >= back && self.has(i - back, ROLE_POSSESSIVE));
            if owner && !t.words[i].cap {
                return Cue::Relation;
            }
        }
        // (not across a line: "…think of Mum\nCurrent suburb: …"; after a colon only when the
        // name ends the field: "my sister: Hope\n", not "my mother: Patience is everything")
        let field_ends = || {
            let after = t.text[t.words[i].end..].trim_start_matches([' ', '.']);
            after.is_empty() || after.starts_with(['\n', ',', ';', '(', '\r'])
        };
        if !matches!(gap, ". " | "\n" | ",\n")
            && (gap != ": " || field_ends())
            && pf & ROLE_RELATION != 0
            && !t.words[i - 1].possessive()
        {
            // "my sister Hope", "her therapist Sam": the owner in the same clause — a name's or
            // a case note's too ("Pt's partner Dawn", "Hope's dad Frank"; not a contraction,
            // "it's mother Nature")
            let owned_by = |j: usize| {
                self.has(j, ROLE_POSSESSIVE)
                    || t.words[j].possessive()
                        && !matches!(
                            &*t.lower(j),
                            "it" | "that"
                                | "what"
                                | "there"
                                | "here"
                                | "he"
                                | "she"
                                | "who"
                                | "where"
                                | "how"
                                | "let"
                                | "everyone"
                                | "nobody"
                                | "today"
                        )
            };
            let owner = (2..=4).any(|back| {
                i >= back && owned_by(i - back) && (i - back..i - 1).all(|j| t.gap(j, j + 1) == " ")
            });
            // (a case note's bare relation after what brings a person in: "Collateral obtained
            // from sister Hope.", "pt says partner Summer is supportive" — not "Mother Nature")
            let noted = i >= 2
                && !t.words[i - 1].cap
                && t.gap(i - 2, i - 1) == " "
                && matches!(
                    &*t.lower(i - 2),
                    "from"
                        | "with"
                        | "by"
                        | "per"
                        | "says"
                        | "said"
                        | "reports"
                        | "reported"
                        | "including"
                        | "via"
                        | "contacted"
                        | "called"
                );
            if owner || noted || matches!(p, "bf" | "gf" | "bff" | "hubby" | "ex") {
                return Cue::Relation;
            }
        }
        if matches!(gap, " " | ", ") && pf & ROLE_GREETING != 0 {
            // a word that is a greeting only where it opens what is said ("night Sarah x", "ok
            // dawn i get it", "oh well Grace…"), not the end of a clause run on without its
            // full stop ("every single night River was high", "a hug rn lol Ray of sunshine")
            let everyday = EVERYDAY_GREETINGS.contains(&p);
            // (or the name is addressed, closing its phrase: "You're right Chad, I need…", "…
            // ok jordan i'm back")
            let addressed = t.text[t.words[i].end..].starts_with([',', '!', '?'])
                || i + 1 < t.len()
                    && t.gap(i, i + 1) == " "
                    && matches!(&*t.lower(i + 1), "i" | "i'm" | "im" | "you" | "u" | "ur");
            let opens = i < 2
                || addressed
                || t.gap(i - 2, i - 1)
                    .contains(['.', '!', '?', '\n', ',', ':', '('])
                || self.has(i - 2, ROLE_GREETING)
                || matches!(&*t.lower(i - 2), "good" | "gd");
            if p == "thank" || p == "and" || p == "so" || p == "love" {
                // "thank you X" is handled below; "and X" / "so X" are objects
            } else if !everyday || opens {
                return Cue::Greeting;
            }
        }
        // "thanks again Grace", "cheers again, tadhg quirke" (the chat forms only before a comma:
        // "thx again Guy at the pharmacy…" runs sentences together)
        // (across a sentence's end only a name spoken to or no word: "thank you. Priya you
        // really helped", "thanks again. Kwame this means a lot"; not "thank you. Check in
        // thread: …")
        let spoken_to = || {
            t.text[t.words[i].end..].starts_with([',', '!'])
                || i + 1 < t.len()
                    && t.gap(i, i + 1) == " "
                    && matches!(&*t.lower(i + 1), "i" | "you" | "u" | "ur")
        };
        if (p == "you" && pp == Some("thank") || p == "again" && pp == Some("thanks"))
            && (!gap.contains(['.', '!', '?'])
                || spoken_to()
                || self.full(i) & (VOCAB | RARE | ORDINARY_WORD | COMMON) == 0)
            || p == "again" && matches!(pp, Some("thx" | "ty" | "cheers")) && gap == ", "
        {
            return Cue::Greeting;
        }
        if gap == " " {
            if p == "to" && i >= 2 && pp.is_some() && self.has(i - 2, ROLE_MOTION) {
                return Cue::Place;
            }
            if pf & ROLE_PLACE_CUE != 0 {
                return Cue::Place;
            }
            if pf & ROLE_STREET_CUE != 0 {
                return Cue::Street;
            }
            if pf & ROLE_OBJECT != 0 {
                return Cue::Object;
            }
            if pf & ROLE_DETERMINER != 0 {
                return Cue::Determiner;
            }
        }
        Cue::None
    }

    /// Word `k` is a verb that is also a name, before its subject ("Hope you…", "Will I…").
    pub(super) fn verb_first(&self, k: usize) -> bool {
        let t = self.t;
        k + 1 < t.len()
            && t.gap(k, k + 1) == " "
            && senses(&t.lower(k)).has(VERB)
            && matches!(
                &*t.lower(k + 1),
                "you" | "i" | "we" | "they" | "he" | "she" | "it" | "u" | "ya" | "this"
            )
    }

    /// Word `k` ends a form's label that asks for a name: the label, from the line's start, is
    /// short and holds the word "name" ("Name of person at risk", "Given names", "pt name").
    pub(super) fn label_names(&self, k: usize) -> bool {
        let t = self.t;
        let end = t.words[k].end;
        // (from the line's start, or the sentence's: "it gets better. Name of person at risk:")
        let mut from = end.saturating_sub(64);
        while !t.text.is_char_boundary(from) {
            from += 1;
        }
        let start = t.text[from..end]
            .rfind(['\n', '.', '!', '?'])
            .map_or(from, |p| from + p + 1);
        let label = t.text[start..end].trim_start();
        label.len() <= 32
            && label
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.eq_ignore_ascii_case("name") || w.eq_ignore_ascii_case("names"))
    }

    /// Word `i`, perhaps with a surname after it, ends its line or the text.
    pub(super) fn last_words(&self, i: usize) -> bool {
        let t = self.t;
        let surname = i + 1 < t.len()
            && t.gap(i, i + 1) == " "
            && self.full(i + 1) & SURNAME != 0
            && self.full(i + 1) & (COMMON | ORDINARY_WORD) == 0;
        let end = if surname { i + 1 } else { i };
        only_punctuation_to_line_end(&t.text[t.words[end].end..])
    }

    /// A lowercase surname, or a word in no list, follows word `i` ("destiny ramos").
    pub(super) fn surname_after(&self, i: usize) -> bool {
        let t = self.t;
        let j = i + 1;
        if j >= t.len() || t.gap(i, j) != " " || t.words[j].cap || t.words[j].len() < 3 {
            return false;
        }
        let f = self.full(j);
        // (a surname that is also a word or a brand only where it closes the phrase: "thanks
        // again, james buick", not "destiny long story short")
        let closes = || {
            let rest = &t.text[t.words[j].end..];
            rest.is_empty() || rest.starts_with([',', '.', '!', '?', '\n'])
        };
        // (a word only of another language, or a town's name, closing the phrase is as often a
        // surname from there: "hi i'm adya saha, my therapist…", "thanks again, chaitanya
        // gola", "i'm kashvi khanna, my…" — Khanna is a town)
        let elsewhere = f != 0 && f & !(OTHER_LANGUAGE | TOWN | TOWN_WHOLE | PHRASE_WORD) == 0;
        f & (COMMON | ORDINARY_WORD | FOREIGN_WORD | REGION) == 0
            && (f == 0
                || f & SURNAME != 0 && (f & (VOCAB | RARE | TOWN) == 0 || closes())
                || elsewhere && closes())
            // (or before what the person said, even a town's name: "yeah roger smith told me
            // that", "yeah tony cook told me that")
            || f & SURNAME != 0
                && f & (COMMON | ORDINARY_WORD | FOREIGN_WORD | REGION) == 0
                && self.reported(j)
    }

    /// Word `k` is spoken to: the clause ends after it, or the speaker goes on with "i" or
    /// "you" ("ok keeva i get it", "okay amber, let's …").
    pub(super) fn addressed(&self, k: usize) -> bool {
        let t = self.t;
        let after = t.text[t.words[k].end..].chars().next();
        after.is_none_or(|c| matches!(c, ',' | '!' | '?' | '\n'))
            || k + 1 < t.len()
                && t.gap(k, k + 1) == " "
                && matches!(&*t.lower(k + 1), "i" | "im" | "i'm" | "you" | "u" | "we")
    }

    /// A greeting's words end with a name and its surname, `i` and `last`: "thanks again,
    /// shania kildea" at the message's end or before a comma — not one word ("thanks alot!").
    pub(super) fn speaks_to(&self, i: usize, last: usize) -> bool {
        let t = self.t;
        let rest = t.text[t.words[last].end..].trim_start_matches(' ');
        last > i && !rest.starts_with(char::is_alphanumeric)
    }

    /// A determiner, a possessive or a subject stands before word `i` ("the bill said", "my
    /// doc said", "i havent told"): the word is no name.
    pub(super) fn determined(&self, i: usize) -> bool {
        i > 0
            && (self.has(i - 1, ROLE_DETERMINER | ROLE_POSSESSIVE)
                || matches!(
                    &*self.t.lower(i - 1),
                    "i" | "you" | "we" | "they" | "he" | "she" | "it" | "u"
                ))
    }

    /// After "i'm X": X ends the clause ("hi i'm meibh, …", "its callan again", "im colm btw").
    pub(super) fn closes_intro(&self, i: usize) -> bool {
        let t = self.t;
        let after = t.text[t.words[i].end..].trim_start_matches(' ');
        // (a full stop too, as the end of the text is, after "I'm" or "I am": "i'm peter. idk if
        // this is the right place"; the adjectives that are names, "i'm fine.", are never read
        // so; not after "its": "its winter. everything feels worse")
        let im = |j: usize| matches!(&*t.lower(j), "i'm" | "im" | "am");
        let stop = after.starts_with('.') && (i >= 1 && im(i - 1) || i >= 2 && im(i - 2));
        after.is_empty()
            || stop
            || after.starts_with([',', '!', '?', '\n'])
            || i + 1 < t.len()
                && matches!(
                    &*t.lower(i + 1),
                    "btw"
                        | "from"
                        | "again"
                        | "here"
                        | "lol"
                        | "haha"
                        | "and"
                        | "by"
                        | "speaking"
                        | "hmu"
                        | "aka"
                )
                && t.gap(i, i + 1) == " "
    }
}

/// The line that `rest` opens is, trimmed, only ASCII punctuation: read up to the first
/// character that says otherwise, not to the end of a long line for each name in it.
pub(super) fn only_punctuation_to_line_end(rest: &str) -> bool {
    // (white space may lead and close it, never stand inside it)
    let mut state = 0;
    for c in rest.chars().take_while(|&c| c != '\n') {
        state = match (state, c.is_whitespace(), c.is_ascii_punctuation()) {
            (0, true, _) => 0,
            (0 | 1, _, true) => 1,
            (1 | 2, true, _) => 2,
            _ => return false,
        };
    }
    true
}
