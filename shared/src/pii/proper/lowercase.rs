//! Names typed in lower case: chat introductions, relations and subjects, towns and titles.

use super::*;

impl Finder<'_, '_> {
    /// A town typed in lower case after a place word ("at uni in leeds", "any good therapists
    /// in toronto?", "moved to tacoma"): one that is no everyday word or region (a surname too:
    /// "from manchester").
    pub(super) fn lowercase_town(&mut self, i: usize) -> bool {
        let t = self.t;
        // (the word before is read first, by its letters: most words have no place word before)
        let prev = t.stem(i - 1);
        let placed = if prev == "to" {
            i > 1 && self.has(i - 2, ROLE_MOTION)
        } else {
            PLACE_CUES.contains(&prev)
        };
        if !placed || !t.words[i - 1].plain || t.gap(i - 1, i) != " " {
            return false;
        }
        let f = self.full(i);
        let word = VOCAB
            | RARE
            | COMMON
            | ORDINARY_WORD
            | FOREIGN_WORD
            | OTHER_LANGUAGE
            | REGION
            | CALENDAR;
        if f & TOWN_WHOLE == 0 || f & word != 0 {
            return false;
        }
        let w = &t.words[i];
        self.push(w.start, w.stem_end, Kind::Location);
        true
    }

    /// A surname typed in lower case after a title ("i saw dr khan today", "mrs patel called"):
    /// a listed name, or a word in no list, that is no everyday word of the commonest kind
    /// ("dr appointment", "mr right").
    pub(super) fn lowercase_titled(&mut self, i: usize) -> bool {
        let t = self.t;
        let prev = t.stem(i - 1);
        if !LOWERCASE_TITLES.contains(&prev) || !matches!(t.gap(i - 1, i), " " | ". ") {
            return false;
        }
        let f = self.full(i);
        // (an everyday word after a title is a character's or a game's: "ms marvel", "mr
        // freeze", "ms pac-man" — unless it is a surname too: "mr smith")
        let everyday = f & (VOCAB | RARE) != 0;
        let named =
            f & SURNAME != 0 || !everyday && (f & FIRST_NAME != 0 || !t.lower(i).contains('-'));
        if !named
            || f & (COMMON | ORDINARY_WORD | CALENDAR) != 0
            || self.lex.lowercase_word(&t.lower(i))
        {
            return false;
        }
        let w = &t.words[i];
        // ("dr pepper", "mr bean": a public name typed in lower case)
        let title = t.words[i - 1].start;
        if self
            .lex
            .public_in_lowercase(t.text, title)
            .is_some_and(|end| end >= w.stem_end)
        {
            return true; // decided: no one's
        }
        self.push(w.start, w.stem_end, Kind::Name);
        true
    }

    /// Lowercase names: a listed first name that is no English word ("hey im jordan"); after an
    /// introduction, a relation or a greeting, an English word that is a first name or a word
    /// in no list ("my name is grace", "my bf john says", "ok keeva i get it"), with the
    /// surname after it.
    #[inline]
    pub(super) fn lowercase(&mut self, i: usize) {
        let t = self.t;
        if self.unknown_pair(i) {
            self.push(t.words[i].start, t.words[i + 1].stem_end, Kind::Name);
            self.done = i + 2;
            return;
        }
        let w = &t.words[i];
        // lower case only: an all-capitals word is an acronym ("ADA"), not a lowercase name
        if w.len() < 3 || w.len() > 14 || !t.text.as_bytes()[w.start].is_ascii_lowercase() {
            return;
        }
        // the Bloom filter first; then the word before, when it is short enough to be a cue:
        // an introduction, or a relation or greeting that addresses someone (after which an
        // unlisted word may be a name). Most words are decided here, without a table lookup.
        if i > 0
            && lowercase_cue_shaped(t, i - 1)
            && (self.lowercase_town(i) || self.lowercase_titled(i))
        {
            return;
        }
        // (the filter rules most words out; a word it lets through is looked up. It holds every
        // word flagged FIRST_NAME, brand words too: "talisker said no" reads as "grace said no")
        let maybe_first = if w.plain {
            self.lex.maybe_first_name(t.stem(i))
        } else {
            self.lex.maybe_first_name(&t.lower(i))
        } && self.flag(i) & FIRST_NAME != 0;
        // (a plain lowercase word is its own lowercase form; any other is lowered only when
        // short enough to be an introduction: "I'm", "Its", "i’m")
        let (after_intro, cued) = match i.checked_sub(1).map(|k| &t.words[k]) {
            Some(p) if !maybe_first => {
                // (a plain word, or one of ASCII only, is its own lowercase form read by letters:
                // its hash rules most words out)
                let listed = CUE_CLASS[usize::from(p.q)] & CUE_PREV != 0;
                if !listed && p.ascii {
                    (false, false)
                } else if p.plain && p.len() <= 10 {
                    let prev = t.stem(i - 1);
                    (is_intro_word(prev), w.len() >= 4 && addresses(prev))
                } else if p.len() <= 7 {
                    let prev = t.lower(i - 1);
                    (is_intro_word(&prev), w.len() >= 4 && addresses(&prev))
                } else {
                    (false, false)
                }
            }
            _ => (false, false),
        };
        if !maybe_first && !after_intro && !cued {
            return;
        }
        self.lowercase_candidate(i, cued);
    }

    /// The rest of `lowercase` for the few words its gate lets through: kept out of line so
    /// the gate, run for every lowercase word, stays small enough to inline.
    #[inline(never)]
    pub(super) fn lowercase_candidate(&mut self, i: usize, cued: bool) {
        let t = self.t;
        let w = &t.words[i];
        // ("my bf christian says…": after a chat word for a partner, a name that is also an
        // everyday word, saying or doing something)
        // (asked up to three times below: worked out once)
        let chat = i > 0 && matches!(&*t.lower(i - 1), "bf" | "gf" | "ex" | "bff");
        let partner_memo = std::cell::OnceCell::new();
        let partner = || {
            *partner_memo.get_or_init(|| {
                chat && self.cue_before(i) == Cue::Relation
                    && self.full(i) & FIRST_NAME != 0
                    && !self.has(i, ROLE_RELATION)
                    && !self.names_a_thing(i)
                    && self.subject_of(i)
            })
        };
        let f = self.flag(i);
        if f & (ORDINARY_WORD | COMMON | FOREIGN_WORD) != 0 && !partner() {
            return;
        }
        // no first name: an unknown word is a name only after an introduction, or by the cues
        // that let one through the gate above
        if f == PARTIAL && !cued && !matches!(self.cue_before(i), Cue::Intro | Cue::WeakIntro) {
            return;
        }
        let f = self.full(i);
        if f & (ORDINARY_WORD | COMMON | FOREIGN_WORD) != 0 && !partner() {
            return;
        }
        // (a word only of another language, in an English sentence, is read as a word in no
        // list: many people's name there — "lol sudi said", "my bf dewan says")
        let elsewhere = f & KNOWN_WORD == OTHER_LANGUAGE && !self.foreign(i);
        if f & (FIRST_NAME | SURNAME) == 0
            && f & (VOCAB | RARE | REGION | OTHER_LANGUAGE | TOWN) != 0
            && !elsewhere
        {
            // a word of some vocabulary and no listed name: no rule below takes it
            return;
        }
        let l = t.lower(i);
        // "I'm homeschooled", "im unmedicated", "I'm couchsurfing": after "I'm", an English word
        // with an affix or two words run together is no name — unless a list holds it (not after
        // a strong cue: "my name is goldwater")
        // (an adjective's or a participle's ending: not "im goldwater")
        let shaped = [
            "ed", "ing", "al", "ic", "ive", "less", "ful", "able", "ish", "ous",
        ]
        .iter()
        .any(|e| l.ends_with(e));
        // (eight letters or more: "im fareed", "i'm hameed" are fare + ed, hame + ed)
        if f & (FIRST_NAME | SURNAME) == 0
            && l.len() >= 8
            && shaped
            && derived(self.lex, &l)
            && self.cue_before(i) == Cue::WeakIntro
        {
            return;
        }
        // ("what are called open-ended questions"; "im ok-ish": a word and the "-ish" of chat)
        if l.contains('-')
            && l.split('-')
                .all(|p| p == "ish" || self.lex.flags(p) & (VOCAB | ORDINARY_WORD | COMMON) != 0)
        {
            return;
        }
        // "Has she ben ostracized", "It isa way", "Esther Perel's ted talk": straight after a
        // subject or an owner a name is not where a lowercase word stands (typos, phrases)
        // ("it's", "that's", "here's" are "it is", not an owner: "It's andrew white btw")
        let contraction = |k: usize| {
            matches!(
                &*t.lower(k),
                "it" | "that" | "here" | "there" | "who" | "what" | "he" | "she" | "this"
            )
        };
        if i > 0
            && t.gap(i - 1, i) == " "
            && if t.words[i - 1].possessive() {
                !contraction(i - 1)
            } else {
                matches!(&*t.lower(i - 1), "he" | "she" | "it" | "they" | "we")
            }
            && !matches!(self.cue_before(i), Cue::Relation | Cue::Intro)
        {
            return;
        }
        let listed = f & (FIRST_NAME | SURNAME) != 0;
        // ("my mac keeps crashing", "a few bevs": after a determiner or an owner a name that is
        // an everyday word in lower case is the word — "me and teddy broke up" is a person)
        let everyday_after = || {
            i > 0
                && matches!(
                    &*t.lower(i - 1),
                    "a" | "an"
                        | "the"
                        | "my"
                        | "your"
                        | "his"
                        | "her"
                        | "our"
                        | "their"
                        | "this"
                        | "that"
                        | "some"
                        | "few"
                        | "new"
                        | "old"
                        | "of"
                )
                && self.lex.lowercase_word(&l)
        };
        // (a first name that typed in lower case is far more often a word, "making chicken
        // alfredo", "a lack of iman", is one wherever it stands but in a name's position; and
        // another country's name opening a sentence is as often a word of its language there,
        // "hala i forgot my meds", "amar mon kharap" — unless it is the subject of what follows.
        // Inside a sentence it stays a name: read as a word there, the world test half lost 51
        // names for the review's three dishes and practices, "had injera with shiro")
        let word = f & (VOCAB | RARE | REGION) != 0
            || f & OTHER_LANGUAGE != 0 && !elsewhere
            || everyday_after()
            || self.lex.lowercase_word(&l)
            || self.lex.world_name(&l) && t.sentence_start(i) && !self.subject_of(i);
        // (a letter three times over is chat, "whyyy", "sooo": no name)
        let drawn_out = t
            .stem(i)
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == w[1] && w[1] == w[2]);
        let unknown = !word && f & TOWN == 0 && !listed && !drawn_out;
        let first = f & FIRST_NAME != 0 && !senses(&l).has(ADJECTIVE | ENDEARMENT);
        // after a relation or a greeting a verb is far more often the verb ("my ex will…")
        let first_addressed = first && !senses(&l).has(VERB);
        // "destiny ramos", "eoin borland": the last word of the name, a surname after it
        let last = || if self.surname_after(i) { i + 1 } else { i };
        let english = || !self.foreign(i);
        // a listed first name that is no English word is a name anywhere ("jordan", "ashley"),
        // in an English sentence
        // ("a ted talk" is the talk's name)
        let ted_talk = &*l == "ted" && i + 1 < t.len() && t.lower(i + 1).starts_with("talk");
        // "heather wilson is such a creep", "ugh conchur reilly from my old school": a first
        // name and a listed surname, not both everyday words ("jack green", "will power")
        let pair = || {
            let n = i + 1;
            f & REGION == 0
                && n < t.len()
                && t.gap(i, n) == " "
                && !w.possessive()
                && !t.words[n].cap
                && {
                    let nf = self.full(n);
                    nf & SURNAME != 0
                        && nf & (COMMON | ORDINARY_WORD | REGION | FOREIGN_WORD | CALENDAR) == 0
                        && (f & VOCAB == 0 || nf & VOCAB == 0)
                        && t.words[n].len() > 2
                }
        };
        // "rebecca and bobby are…": a first name joined by "and" to a name that is no word
        // (no state: "i've lived in georgia and virginia")
        let joined = || {
            let other = |j: usize| {
                !t.words[j].cap && {
                    let g = self.full(j);
                    g & FIRST_NAME != 0 && g & (VOCAB | RARE | COMMON | ORDINARY_WORD | REGION) == 0
                }
            };
            f & REGION == 0
                && i >= 2
                && &*t.lower(i - 1) == "and"
                && t.gap(i - 2, i - 1) == " "
                && other(i - 2)
                || i + 2 < t.len()
                    && &*t.lower(i + 1) == "and"
                    && t.gap(i + 1, i + 2) == " "
                    && other(i + 2)
        };
        let plain_name = f & FIRST_NAME != 0
            && (!word || first && (pair() || joined()))
            && english()
            && !ted_talk;
        if !plain_name {
            let ok = match self.cue_before(i) {
                // "my name is grace"
                // (but "it's called black and white thinking": after "called"/"named" a lowercase
                // everyday word names a thing)
                Cue::Intro => {
                    // ("a man named grant", "im called autumn": a person before the verb keeps
                    // it a name)
                    let person = || {
                        i >= 2
                            && (matches!(
                                &*t.lower(i - 2),
                                "man"
                                    | "boy"
                                    | "guy"
                                    | "girl"
                                    | "woman"
                                    | "lad"
                                    | "lass"
                                    | "friend"
                                    | "mate"
                                    | "kid"
                                    | "child"
                                    | "teacher"
                                    | "person"
                                    | "someone"
                                    | "somebody"
                                    | "bloke"
                                    | "lady"
                                    | "chap"
                                    | "i'm"
                                    | "im"
                                    | "i"
                                    | "am"
                                    | "he's"
                                    | "she's"
                                    | "hes"
                                    | "shes"
                                    | "was"
                                    | "is"
                                    | "cousin"
                                    | "neighbour"
                                    | "neighbor"
                            ) || self.has(i - 2, ROLE_RELATION))
                    };
                    let a_thing = f & VOCAB != 0
                        && i > 0
                        && matches!(&*t.lower(i - 1), "called" | "named")
                        && !person()
                        && !self.reported(last())
                        && !self.addressed(last());
                    (listed || unknown) && !a_thing
                }
                // "hey im jordan", "i'm heather", "its mairead again", "its eoin borland from
                // the group" — but not "this is true", "I'm rich", nor a typo after "I am"
                Cue::WeakIntro => {
                    // ("it's" is read as its stem "it" and a possessive ending)
                    let after_im = i > 0
                        && match &*t.lower(i - 1) {
                            "i'm" | "im" | "its" | "it's" => true,
                            "it" => t.words[i - 1].possessive(),
                            _ => false,
                        };
                    // ("I'm soon to be married": a first name that is a word must close the
                    // introduction)
                    let surname_next = i + 1 < t.len()
                        && t.gap(i, i + 1) == " "
                        && self.full(i + 1) & (SURNAME | COMMON) == SURNAME;
                    listed && !word
                        || first && (f & VOCAB == 0 || surname_next || self.closes_intro(last()))
                        || unknown && after_im && self.closes_intro(last())
                }
                // "my bf john says", "my bf iain says": a relation names the person after it
                Cue::Relation => {
                    let said = self.reported(last()) || self.addressed(last());
                    // (a relation mistyped or run together is no name: "my ex boyfrend", "my ex
                    // stepmum")
                    // (a short one only after a prefix that makes a relation: "stepmum",
                    // "grandad" — "eunan", "jonathan" are names)
                    let relation_typo = || {
                        [
                            "friend", "frend", "freind", "fianc", "husb", "wife", "parent", "gran",
                            "mate", "flame", "partner", "boss",
                        ]
                        .iter()
                        .any(|r| l.contains(r))
                            || ["hub", "mum", "mom", "dad", "nan", "sis", "bro"]
                                .iter()
                                .any(|r| {
                                    l.strip_suffix(r).is_some_and(|p| {
                                        matches!(
                                            p,
                                            "step" | "grand" | "god" | "half" | "big" | "lil"
                                        )
                                    })
                                })
                    };
                    listed && f & VOCAB == 0
                        || first_addressed && (said || chat || pair())
                        || partner()
                        // (an unknown word reported; after "bf/ex", doing anything — unless a
                        // relation mistyped or run together: "my ex boyfrend", "my ex stepmum")
                        || unknown
                            && (said
                                // (any relation, the word the subject of what follows: "my
                                // cousin oluwaseun keeps texting me")
                                || t.words[i].len() >= 4
                                    && !misspelt(self.lex, &l)
                                    && !swapped(self.lex, &l)
                                    && voweled(&l)
                                    && !relation_typo()
                                    && self.subject_of(last())
                                || chat
                                    && self.subject_of(last())
                                    && !misspelt(self.lex, &l)
                                    && !relation_typo())
                            && english()
                }
                // "thanks finn", "okay john, …", "ok keeva i get it", "thanks again, hazel
                // stewart" (a vocative, the message's last words, or speaking to someone)
                Cue::Greeting => {
                    // ("thanks again, maria", "thx john": a name whose word is rare is the name
                    // after a greeting, wherever the message goes on)
                    listed && (f & VOCAB == 0 || senses(&l).has(NAME_FIRST))
                        || first_addressed
                            && (self.vocative(i)
                                || self.last_words(i)
                                || self.addressed(last())
                                || self.reported(last())
                                // "hey, maria here (he/him)"
                                || last() + 1 < t.len() && &*t.lower(last() + 1) == "here"
                                // "omg maria is being so annoying" (not "omg moon is so pretty")
                                || self.subject_of(last())
                                    && (f & VOCAB == 0 || senses(&l).has(NAME_FIRST))
                                    && !self.names_a_thing(i))
                        // (a verb that is a name, saying something: "omg jack just told me",
                        // "yeah mark green told me that")
                        || first && self.reported(last())
                        // (and, as the subject of what follows, a word in no list: "omg
                        // nomathalente is being so annoying", "lol dabir just told me")
                        || unknown
                            && t.words[i].len() >= 4
                            && (self.addressed(last())
                                || self.reported(last())
                                || self.speaks_to(i, last())
                                || self.subject_of(last())
                                    && !misspelt(self.lex, &l)
                                    && voweled(&l))
                            && english()
                }
                // "ramos said", "ok so lee told caitlin": a listed name, reported ("the bill
                // said" is no person)
                // (an everyday word reported, but not after an acronym that owns it: "ADHD brain
                // said no", "the NHS page says")
                _ => {
                    let opens_clause = i == 0 || {
                        let p = t.stem(i - 1);
                        p.len() < 2 || !p.bytes().all(|c| c.is_ascii_uppercase())
                    };
                    // ("max ur so valid", "roger u good?": a chat message opening on whom it
                    // speaks to)
                    let spoken_to = t.sentence_start(i)
                        && i + 1 < t.len()
                        && t.gap(i, i + 1) == " "
                        && matches!(t.stem(i + 1), "ur" | "u");
                    // ("the dinner lady told me", "the job centre lady said": "lady" or "guy"
                    // after a determiner and one or two words that qualify it is the noun; not
                    // a name that follows a job, "the lunch lady dawn said")
                    let qualifier = |j: usize| {
                        t.gap(j, j + 1) == " "
                            && !t.words[j].cap
                            && self.full(j) & VOCAB != 0
                            && !self.has(j, ROLE_RELATION)
                    };
                    let compound = || {
                        matches!(&*l, "lady" | "guy")
                            && (1..=2).any(|n| {
                                i > n && (i - n..i).all(qualifier) && self.determined(i - n)
                            })
                    };
                    // ("tbh john is the only one who checks on me", "me n carol r not
                    // talking": a chat opener or the writer beside, then a first name as the
                    // subject of what follows)
                    let beside = i >= 2
                        && t.gap(i - 2, i - 1) == " "
                        && t.gap(i - 1, i) == " "
                        && matches!(&*t.lower(i - 1), "n" | "and" | "&")
                        && matches!(&*t.lower(i - 2), "me" | "i");
                    let chat_opener = i >= 1
                        && t.gap(i - 1, i) == " "
                        && matches!(
                            &*t.lower(i - 1),
                            "tbh" | "ngl" | "honestly" | "btw" | "smh" | "istg" | "ugh" | "imo"
                        )
                        && (i == 1 || t.gap(i - 2, i - 1) != " ");
                    listed && self.sign_off(i)
                        // ("mark punched me", "then rose ghosted me": opening a clause, not
                        // "a short-staffed ward is breaking me", "my teenage son won't talk to me")
                        || first
                            // (the act first, read once: it rules out most words)
                            // ("will", "may", "hope" are things named just below, unless
                            // they do what only a person does: "hope blocked me on insta")
                            && {
                                let acts = self.acts_on_writer(last());
                                acts.are(Done::Any) && !self.names_a_thing(i)
                                    || acts.are(Done::ByPerson) && !senses(&l).has(FORTUNE)
                            }
                            && !senses(&l).has(ANYONE)
                            // (not a modal before its verb: "and will hit me when he's drunk")
                            && !matches!(&*l, "can" | "pray" | "rush")
                            && !self.has(i, ROLE_RELATION)
                            && (i == 0
                                || t.sentence_start(i)
                                || matches!(
                                    &*t.lower(i - 1),
                                    "and" | "but" | "then" | "so" | "when" | "because" | "cause"
                                        | "cuz" | "coz" | "cos" | "lol" | "omg" | "tbh" | "ngl"
                                        | "honestly" | "yeah" | "yesterday" | "today" | "tonight"
                                        | "after" | "before" | "since" | "while" | "n"
                                ))
                            && english()
                        // ("i met carol at the meeting", "i texted amber today")
                        || (first
                            || unknown
                                && t.words[i].len() >= 4
                                && !misspelt(self.lex, &l)
                                && voweled(&l))
                            && i > 0
                            && matches!(
                                &*t.lower(i - 1),
                                "met" | "texted" | "messaged" | "called" | "told" | "asked"
                                    | "hugged" | "kissed" | "dated" | "phoned" | "rang"
                            )
                            && !self.names_a_thing(i)
                            // (not "i met sage at the meeting", "i texted ruby today about the
                            // python thing")
                            && (f & VOCAB == 0 || senses(&l).has(NAME_FIRST))
                            && (self.ends_phrase(last())
                                || last() + 1 < t.len()
                                    && t.gap(last(), last() + 1) == " "
                                    && matches!(
                                        &*t.lower(last() + 1),
                                        "at" | "and" | "today" | "yesterday" | "last" | "on"
                                            | "after" | "before" | "about" | "again" | "tonight"
                                    ))
                            && english()
                        // ("tbh max is 2 a day", "omg candy is so good": an everyday word is the
                        // word)
                        || (first && beside || first_addressed && chat_opener)
                            && (f & VOCAB == 0
                                || senses(&l).has(NAME_FIRST)
                                || self.reported(last()))
                            && !self.names_a_thing(i)
                            && self.subject_of(last())
                            && english()
                        // (a word in no list there too: "tbh kairav is the only one who checks
                        // on me", "me n zaahid r not talking")
                        || unknown
                            && (beside || chat_opener)
                            && t.words[i].len() >= 4
                            && !misspelt(self.lex, &l)
                            && voweled(&l)
                            && self.subject_of(last())
                            && english()
                        || first_addressed && spoken_to && english()
                        || (listed && f & VOCAB == 0
                            || (first_addressed || first && last() > i)
                                && (f & VOCAB == 0 || opens_clause))
                            && self.reported(last())
                            && !self.determined(i)
                            && !compound()
                            && english()
                }
            };
            if !ok {
                return;
            }
        }
        // extend over a surname, in either case ("jordan smith", "jordan Smith")
        let mut end = i + 1;
        if end < t.len() && t.gap(i, end) == " " && !w.possessive() {
            let nf = self.full(end);
            let surname = nf & SURNAME != 0 && nf & (COMMON | ORDINARY_WORD | REGION) == 0
                || nf == 0 && t.words[end].len() > 2
                || self.surname_after(i);
            let cap_proper = t.words[end].cap
                && matches!(
                    classify_with(self.lex, t.stem(end), self.flag(end), false, false).class,
                    Class::Proper | Class::Ambiguous
                );
            if surname || cap_proper {
                end += 1;
            }
        }
        self.push(w.start, t.words[end - 1].stem_end, Kind::Name);
        self.done = end;
    }

    /// Two words side by side in lower case that no list holds — or names that are no English
    /// word, or one word of another language — where a sentence opens or after a word that
    /// leads to a person ("hasret ergül is such a creep", "hi its gustaw śliz im running late",
    /// "i told damu januar i'm trans"): a first name and a surname from outside the lists, in
    /// an English sentence. English text almost never has two such words together; a typo
    /// ("knwo waht") or a phrase of another language ("saol faoi láthair") is told apart.
    pub(super) fn unknown_pair(&self, i: usize) -> bool {
        // (asked of every lowercase word: first what is nearly always false and reads no table
        // — the word before, by a hash of three of its letters, or a sentence's end — so the
        // branch is predictable; the rest out of line)
        let t = self.t;
        let bytes = t.text.as_bytes();
        let opens = i == 0 || {
            let p = &t.words[i - 1];
            let gap = &bytes[p.end..t.words[i].start];
            gap != b" "
                && gap
                    .iter()
                    .any(|c| matches!(c, b'.' | b'!' | b'?' | b'\n' | b':' | b',' | b';'))
                || {
                    // (the whole word: "it's" is no "it"; one with a curly apostrophe, "it’s",
                    // is read exactly)
                    // (the hash of the stem is the word's own unless it is possessive; the rare
                    // test first, as words' lengths are anyone's guess)
                    let pair = if p.possessive() {
                        quick_hit(&t.text[p.start..p.end], &PAIR_CUE_BITS)
                    } else {
                        CUE_CLASS[usize::from(p.q)] & CUE_PAIR != 0
                    };
                    (pair || !p.plain && p.curly) && (2..=10).contains(&(p.end - p.start))
                }
        };
        opens && self.unknown_pair_at(i)
    }

    #[inline(never)]
    fn unknown_pair_at(&self, i: usize) -> bool {
        let t = self.t;
        let j = i + 1;
        if j >= t.len() {
            return false;
        }
        let (a, b) = (&t.words[i], &t.words[j]);
        let bytes = t.text.as_bytes();
        let sized = |w: &Word| !w.cap && !w.possessive() && (3..=20).contains(&w.len());
        if !sized(a) || !sized(b) || b.start != a.end + 1 || bytes[a.end] != b' ' {
            return false;
        }
        let lowercase = |w: &Word| {
            bytes[w.start].is_ascii_lowercase()
                || bytes[w.start] >= 0x80
                    && t.text[w.start..]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
        };
        if !lowercase(a) || !lowercase(b) {
            return false;
        }
        // (the cue exactly, now: the hash let a few other words through, and a capitalised
        // cue is lowered; where a sentence opens, the pair must be the subject of what follows
        // — a phrase of another language opens lines too: "hakuna matata they said", "khoda
        // hafez for now")
        let gap = |any: &[u8]| {
            i > 0
                && bytes[t.words[i - 1].end..a.start]
                    .iter()
                    .any(|c| any.contains(c))
        };
        let led = i > 0 && {
            let p = &t.words[i - 1];
            pair_cue(&lower(&t.text[p.start..p.end]))
        } || gap(b":,;");
        let opens = i == 0 || gap(b".!?\n");
        if !led && !opens {
            return false;
        }
        // (a word said twice is no name and surname: "xie xie, I feel calmer now")
        if t.stem(i) == t.stem(j) {
            return false;
        }
        // (the small table first: most words here are frequent ones it holds)
        let known = |k: usize| {
            let small = self.flag(k);
            small != PARTIAL && small & !(FIRST_NAME | SURNAME | PHRASE_WORD) != 0
        };
        if known(i) || known(j) {
            return false;
        }
        let (fi, fj) = (self.full(i), self.full(j));
        // (a word only of another language may be one of the two, "i told damu januar", not
        // both: "saol faoi")
        let elsewhere = |f: u32| f & KNOWN_WORD == OTHER_LANGUAGE;
        let name_like = |k: usize, f: u32, elsewhere_too: bool| {
            let f = if elsewhere_too {
                f & !OTHER_LANGUAGE
            } else {
                f
            };
            let l = t.lower(k);
            // (an apostrophe only after an Irish or French prefix: "o'goldrick", not
            // "ta'ban")
            let apostrophe = l.find('\'').is_some_and(|p| !matches!(&l[..p], "o" | "d"));
            f & !(FIRST_NAME | SURNAME | PHRASE_WORD) == 0
                && (f != 0 || voweled(&l))
                && !apostrophe
                && !self.lex.lowercase_word(&l)
                && !l.contains('-')
                && !l.bytes().any(|c| c.is_ascii_digit())
                && !l
                    .as_bytes()
                    .windows(3)
                    .any(|w| w[0] == w[1] && w[1] == w[2])
                && !swapped(self.lex, &l)
                && !misspelt(self.lex, &l)
        };
        name_like(i, fi, !elsewhere(fj))
            && name_like(j, fj, !elsewhere(fi))
            && (led || self.subject_of(j) || self.reported(j))
            && !self.foreign(i)
    }
}
