//! Runs of capitalised words: where a name, a place or a street starts and ends, and what kind of
//! finding each part is.

use super::*;

impl Finder<'_, '_> {
    pub(super) fn capitalised(&mut self, a: usize, b: usize) {
        let t = self.t;
        // the pronoun and the sentence openers of prose on their own — most capitalised words of
        // any text — name no one and start nothing the rules below look for
        if b - a == 1 && lone_opener(t.stem(a)) {
            return;
        }
        // letter grades counted: "3 Bs in my A-levels", "straight As", "two Cs"
        if b - a == 1 && self.grades(a) {
            return;
        }
        if self.cited(a) || self.cited_with_year(a, b) {
            self.cited_end = b;
            return;
        }
        // a condition named for whoever described it, in its possessive ("Parkinson's has taken
        // so much from my dad", "his Alzheimer's"), unless a title makes it a person
        if b - a == 1
            && t.words[a].possessive()
            && EPONYM_CONDITIONS.contains(&&*t.lower(a))
            && !matches!(
                self.cue_before(a),
                Cue::Title | Cue::Relation | Cue::Intro | Cue::Greeting | Cue::Object
            )
        {
            return;
        }
        // a cancer charity's and New Zealand's child-health service's nurses and teams, named
        // for their founders ("the Macmillan nurse was lovely", "The Plunket nurse came"),
        // unless a person's cue stands before the name ("my neighbour Macmillan nurses…";
        // "Fiona Macmillan", "Mrs Macmillan" are runs of two)
        if b - a == 1
            && b < t.len()
            && !t.words[a].possessive()
            && t.gap(a, b) == " "
            && matches!(&*t.lower(a), "macmillan" | "plunket")
            && matches!(
                &*t.lower(b),
                "nurse" | "nurses" | "team" | "centre" | "center"
            )
            && !matches!(
                self.cue_before(a),
                Cue::Title | Cue::Relation | Cue::Intro | Cue::Greeting | Cue::Object
            )
        {
            return;
        }
        // a title in single quotes ("every word of 'Moon River'", "'Daisy Bell'", "'Breathin' by
        // Ariana Grande"): a song, a book, a nickname for a thing — a person only with a cue
        let opened = t.text[..t.words[a].start]
            .strip_suffix(['\'', '\u{2018}'])
            .is_some_and(|h| h.is_empty() || h.ends_with([' ', '\n', '(']));
        let closed = || {
            let end = t.words[b - 1].end;
            let rest = t.text[end..]
                .strip_prefix(['\'', '\u{2019}'])
                // ("'Breathin'": the closing quote read as the word's elided g)
                .or_else(|| t.text[..end].ends_with('\'').then_some(&t.text[end..]));
            rest.is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        };
        // (not a given name that is no word, "I told 'Sarah' everything", "'Big Mike'"; not after
        // a word that takes a person, "my friend 'Jazz'", "a guy called 'Dutch'")
        let person_before = a > 0
            && (self.has(
                a - 1,
                ROLE_RELATION | ROLE_OBJECT | ROLE_TITLE | ROLE_GREETING | ROLE_INTRO,
            ) || matches!(&*t.lower(a - 1), "called" | "named" | "him" | "her"));
        let plain_first = || {
            (a..b).any(|k| {
                let f = self.flag(k);
                f & FIRST_NAME != 0 && f & VOCAB == 0 || self.has(k, ROLE_TITLE)
            })
        };
        // (and only where a title is spoken of: "every word of", "the song", "'…' by …" — a
        // word no list knows only before "by")
        let by_after = || {
            let end = t.words[b - 1].end;
            let rest = t.text[end..].trim_start_matches(['\'', '\u{2019}']);
            rest.starts_with(" by ")
        };
        let title_cue = || {
            a > 0
                && match &*t.lower(a - 1) {
                    // ("every word of 'Moon River'", "danced to 'Daisy Bell'"; not "scared of
                    // 'Terry Brown'", "I sent it to 'Mark Evans'")
                    "of" => {
                        a > 1
                            && matches!(
                                &*t.lower(a - 2),
                                "word"
                                    | "words"
                                    | "lyrics"
                                    | "version"
                                    | "cover"
                                    | "chorus"
                                    | "verse"
                                    | "episode"
                                    | "chapter"
                                    | "copy"
                                    | "title"
                            )
                    }
                    "to" => {
                        a > 1
                            && matches!(
                                &*t.lower(a - 2),
                                "listening"
                                    | "listen"
                                    | "listened"
                                    | "danced"
                                    | "dancing"
                                    | "sang"
                                    | "singing"
                                    | "along"
                            )
                    }
                    w => matches!(
                        w,
                        "song"
                            | "songs"
                            | "track"
                            | "album"
                            | "book"
                            | "film"
                            | "movie"
                            | "show"
                            | "sang"
                            | "sing"
                            | "singing"
                            | "played"
                            | "playing"
                            | "hymn"
                            | "poem"
                            | "read"
                            | "reading"
                            | "watched"
                            | "watching"
                    ),
                }
        };
        let known = || {
            (a..b).all(|k| {
                self.full(k) & crate::pii::lexicon::KNOWN_WORD != 0
                    || self.flag(k) & FIRST_NAME != 0
            })
        };
        if opened
            && closed()
            && !person_before
            && !plain_first()
            && (by_after() || title_cue() && known())
            && !matches!(
                self.cue_before(a),
                Cue::Title | Cue::Intro | Cue::Relation | Cue::Greeting | Cue::Object
            )
        {
            self.done = b;
            return;
        }
        let mut buf = [Info {
            class: Class::Plain,
            flags: 0,
        }; RUN];
        for k in a..b {
            buf[k - a] = classify_with(
                self.lex,
                t.stem(k),
                self.flag(k),
                k == a && t.sentence_start(k),
                k == a,
            );
        }
        let infos = &buf[..b - a];
        // a job title in capitals ("Dear Ward Manager,", "Junior Lawyer, billing 60 hours"):
        // everyday words before a role noun, none of them a word only names are
        let role_of = b - a == 1
            && b + 1 < t.len()
            && t.stem(b) == "of"
            && t.words[b + 1].cap
            && ROLE_OF.contains(&&*t.lower(a));
        // a saint's day or herb: "St Stephen's Day", "St John's Wort"
        let saints_day = b - a == 2
            && matches!(&*t.lower(a), "st" | "saint")
            && t.words[a + 1].possessive()
            && b < t.len()
            && matches!(&*t.lower(b), "day" | "eve" | "wort" | "night")
            // (not "St Mary's Day Centre", "St Anne's Day Nursery")
            && !(b + 1 < t.len() && t.gap(b, b + 1) == " " && t.words[b + 1].cap);
        // a storm named like a person: "Hurricane Katrina", "Storm Arwen" (not "Storm Davies",
        // a surname after it)
        // (nor "my sister Storm Amelia", "I'm Storm Isabella", "my son Hurricane Hudson", "Storm
        // Aaliyah is my daughter", "me and Storm Jessica went…", "a message from Storm Amelia",
        // "Storm Ella said she hates me")
        let storm = b - a == 2
            && matches!(&*t.lower(a), "hurricane" | "cyclone" | "typhoon" | "storm")
            && infos[1].flags & SURNAME == 0
            && !self.beside_me(b - 1)
            && !self.relation_after(b - 1)
            // (storms hit: "after Storm Arwen hit", "Hurricane Katrina hit my town")
            && (b < t.len() && matches!(t.stem(b), "hit" | "hits" | "hitting")
                || !self.reported(b - 1) && !self.acted_on_writer(b - 1, Done::Any))
            && !(a > 0 && matches!(&*t.lower(a - 1), "and" | "n" | "&"))
            && matches!(self.cue_before(a), Cue::None | Cue::Determiner);
        if role_of
            || saints_day
            || storm
            || b - a >= 2
                && ROLE_NOUNS.contains(&&*t.lower(b - 1))
                && infos
                    .iter()
                    .all(|i| i.class != Class::Proper && i.flags & FIRST_NAME == 0)
        {
            return;
        }
        // "As Sherry noted", "When Mark called": a sentence's ordinary first word is not part of
        // the name after it — unless a cue makes it one ("Name: April D. Taylor")
        let named = || {
            infos[0].flags & FIRST_NAME != 0
                && (b - a >= 3 && self.initial(a + 1)
                    || matches!(self.cue_before(a), Cue::Title | Cue::Intro | Cue::Relation)
                    || month_forename(infos, a, b))
        };
        // "Respectfully,\nEmmet Cronly\nUnit 6073…", "With gratitude,\nDonna Freely": a line of
        // two to four capitalised words under a sign-off is the writer's name, whatever else its
        // words are
        let signed = (2..=4).contains(&(b - a))
            && infos
                .iter()
                .any(|i| i.flags & FIRST_NAME != 0 || i.class == Class::Proper)
            // (a common word only as the surname after a first name: "Roger Long")
            && infos.iter().enumerate().all(|(j, i)| {
                i.flags & CALENDAR == 0
                    && (i.flags & COMMON == 0
                        || j > 0 && infos[0].flags & FIRST_NAME != 0 && i.flags & SURNAME != 0)
            })
            && self.signature(a, b)
            && crate::pii::text::in_signature(t.text, t.words[a].start);
        if signed {
            self.push(t.words[a].start, t.words[b - 1].stem_end, Kind::Name);
            self.done = b;
            return;
        }
        // ("Morning Victor", "Welcome Sienna": a greeting is no part of the name after it, even
        // when it is a surname somewhere)
        let greeting = self.has(a, ROLE_GREETING) && infos[0].flags & FIRST_NAME == 0;
        // ("Reading Carl Rogers…": a verb in -ing opening the sentence, even one that is a town)
        let gerund = || {
            infos[0].flags & VOCAB != 0
                && infos[0].flags & FIRST_NAME == 0
                && t.stem(a).ends_with("ing")
                && infos.get(1).is_some_and(|i| i.flags & FIRST_NAME != 0)
        };
        if b - a >= 2
            && t.sentence_start(a)
            && (matches!(infos[0].class, Class::Plain | Class::Safe) || greeting || gerund())
            && !self.has(a, ROLE_TITLE)
            && !self.has(a, ROLE_PLACE_PREFIX)
            && self.phrase_at(a, b).is_none()
            && !named()
        {
            self.done = a + 1;
            return self.capitalised(a + 1, b);
        }
        // "The Secret to Desire in a Long-Term Relationship", “Henry and June: From…”: a title
        // in quotes names a work, not the people in it
        // (a first name and a surname inside the quotes are still a name: "Happy birthday to
        // Sarah Thompson")
        let name_pair = infos.windows(2).any(|w| {
            w[0].flags & FIRST_NAME != 0
                && w[0].flags & VOCAB == 0
                && (w[1].class == Class::Proper || w[1].flags & SURNAME != 0)
        });
        if !self.quotes.is_empty() && !name_pair && self.quoted_title(a) {
            self.done = b;
            return;
        }
        // (the word after the run, by its first letter before anything is lowered)
        let next_byte = (b < t.len()).then(|| t.text.as_bytes()[t.words[b].start]);
        // "Limerick council said…", "Whakateretoa council": a local council names its place
        let council = matches!(next_byte, Some(b'c' | b's'))
            && t.gap(b - 1, b) == " "
            && matches!(&*t.lower(b), "council" | "councils" | "shire")
            && infos.iter().enumerate().all(|(j, i)| {
                // (a town that is also a surname and a word, "Green", may be a party's; "Lake
                // Christian council" opens with a place's word)
                j == 0 && self.has(a, ROLE_PLACE_PREFIX)
                    || i.class == Class::Proper
                    || i.flags & TOWN != 0 && i.flags & (FIRST_NAME | SURNAME) == 0
            });
        // "Jensenings is where it all happened", "John Sound is where the accident was"
        let is_where = next_byte == Some(b'i')
            && b + 1 < t.len()
            && t.gap(b - 1, b) == " "
            && &*t.lower(b) == "is"
            && &*t.lower(b + 1) == "where"
            && infos
                .iter()
                .any(|i| i.class == Class::Proper || i.flags & TOWN != 0 && i.flags & VOCAB == 0)
            && infos
                .iter()
                .all(|i| i.class != Class::Safe && i.flags & COMMON == 0);
        if council || is_where {
            self.push(t.words[a].start, t.words[b - 1].stem_end, Kind::Location);
            self.done = b;
            return;
        }
        let cue = self.cue_before(a);
        let mut k = a;
        // A title inside the run ("Dr Barbara Smith", "Licensed Counselor Dr. Kim").
        while k < b {
            if self.has(k, ROLE_TITLE) && t.words[k].cap && k + 1 < b {
                let end = self.name_end(k + 1, b, &infos[k + 1 - a..]);
                self.push(t.words[k + 1].start, t.words[end - 1].stem_end, Kind::Name);
                self.done = end;
                return self.capitalised_rest(end, b);
            }
            k += 1;
        }
        self.segment(a, b, infos, cue);
    }

    pub(super) fn capitalised_rest(&mut self, from: usize, b: usize) {
        if from < b {
            let mut buf = [Info {
                class: Class::Plain,
                flags: 0,
            }; RUN];
            for k in from..b {
                buf[k - from] = classify_with(self.lex, self.t.stem(k), self.flag(k), false, false);
            }
            self.segment(from, b, &buf[..b - from], Cue::None);
        }
    }

    /// How far a name that starts at `from` (after a title) runs: names, unknown words and
    /// initials, up to four.
    pub(super) fn name_end(&self, from: usize, b: usize, infos: &[Info]) -> usize {
        let t = self.t;
        let mut end = from + 1;
        while end < b && end - from < 4 {
            let i = &infos[end - from];
            let initial = self.initial(end);
            // "Ms Joshua Gay", "Nurse Dearbhail Moan": a first name's next capitalised word is
            // its surname, whatever that word is elsewhere, where the name ends its phrase (not
            // "Dr Phil Show made me…", "Sarah Zoom call", "Lucy Year 9")
            // (a first name no list holds, too: "Ms. Bilaal Wadi", "Mrs. Rizki Hakim")
            let surname = end == from + 1
                && (infos[0].flags & FIRST_NAME != 0 || infos[0].class == Class::Proper)
                && !t.words[from].possessive()
                && i.flags & (COMMON | CALENDAR | STREET) == 0
                && t.words[end].len() > 1
                && (self.ends_phrase(end)
                    || end + 1 < t.len()
                        && t.gap(end, end + 1) == " "
                        && matches!(
                            t.stem(end + 1),
                            "in" | "at"
                                | "from"
                                | "on"
                                | "is"
                                | "was"
                                | "has"
                                | "will"
                                | "said"
                                | "who"
                                | "returning"
                                | "calling"
                        ));
            if continues_name(i) || initial || surname {
                end += 1;
            } else {
                break;
            }
        }
        end
    }

    /// Word `k` opens a sentence of running prose: after a full stop, a question or exclamation
    /// mark, a line break or nothing — not a form's label ("Town/City: X") nor a list's bullet
    /// ("- Isla") — and a lowercase word follows it ("Kratom was …").
    pub(super) fn opens_prose(&self, k: usize) -> bool {
        let t = self.t;
        let before = t.text[..t.words[k].start].trim_end_matches([' ', '\u{a0}', '"', '\'']);
        let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
        let continues = k + 1 < t.len()
            && t.gap(k, k + 1) == " "
            && t.text.as_bytes()[t.words[k + 1].start].is_ascii_lowercase();
        opens && continues
    }

    /// A single capital followed by a full stop ("J. Smith"), not the pronoun "I".
    pub(super) fn initial(&self, k: usize) -> bool {
        let w = &self.t.words[k];
        w.len() == 1 && self.t.text[w.end..].starts_with('.')
    }

    /// Splits a run of capitalised words into names, places, streets and ordinary words.
    pub(super) fn segment(&mut self, a: usize, b: usize, infos: &[Info], cue: Cue) {
        let t = self.t;
        // Multi-word places and regions first ("Salt Lake City", "New South Wales").
        let mut k = a;
        let mut plain_from = a;
        while k < b {
            if let Some((end, flags)) = self.phrase_at(k, b) {
                if k > plain_from {
                    self.words_of(plain_from, k, &infos[plain_from - a..k - a], cue, a);
                }
                if flags & REGION == 0 {
                    let end = self.place_suffix(end, b);
                    self.push(t.words[k].start, t.words[end - 1].stem_end, Kind::Location);
                }
                k = end;
                plain_from = end;
                continue;
            }
            k += 1;
        }
        if plain_from < b {
            self.words_of(plain_from, b, &infos[plain_from - a..], cue, a);
        }
        self.done = self.done.max(b);
    }

    /// The longest gazetteer or region phrase (2–4 words) starting at `k`.
    pub(super) fn phrase_at(&self, k: usize, b: usize) -> Option<(usize, u32)> {
        let t = self.t;
        if k + 1 >= b || !self.has(k, PHRASE_WORD) || !self.has(k + 1, PHRASE_WORD) {
            return None;
        }
        let mut best = None;
        let mut s = lower(t.stem(k)).to_string();
        for end in k + 2..=(k + 4).min(b) {
            s.push(' ');
            s.push_str(&lower(t.stem(end - 1)));
            let f = self.lex.phrase(&s);
            if f != 0 {
                best = Some((end, f));
            }
        }
        best
    }

    /// Extends a place over a closing word ("… County", "… Springs").
    pub(super) fn place_suffix(&self, end: usize, b: usize) -> usize {
        if end < b && self.has(end, ROLE_PLACE_SUFFIX) {
            end + 1
        } else {
            end
        }
    }

    /// The words of a run with no phrase in it: finds the names and places among them.
    pub(super) fn words_of(
        &mut self,
        a: usize,
        b: usize,
        infos: &[Info],
        cue: Cue,
        run_start: usize,
    ) {
        let t = self.t;
        let cue = if a == run_start { cue } else { Cue::None };
        let nameish = |i: &Info| {
            matches!(i.class, Class::Proper | Class::Ambiguous)
                || i.flags & RARE != 0
                || i.class == Class::Safe
                    && i.flags & (FIRST_NAME | SURNAME) != 0
                    && i.flags & CALENDAR == 0
        };
        let mut k = a;
        while k < b {
            let i = &infos[k - a];
            // a form's place field holds nothing but the place ("Town/City: Millsport")
            if k == a
                && cue == Cue::Place
                && t.gap(a - 1, a) == ": "
                && self.ends_field(b)
                && !self.placeholder(a)
            {
                self.push(t.words[a].start, t.words[b - 1].stem_end, Kind::Location);
                return;
            }
            // a street with no number: "Walker Run", "Whangakiwi Approach", "I live on White Fort"
            // (a sea or a region names streets too: "I live on Adriatic Street")
            let region = |j: usize| infos[j - a].flags & REGION != 0;
            if b - k >= 2
                && infos[b - 1 - a].flags & STREET != 0
                && (k..b - 1).all(|j| nameish(&infos[j - a]) || region(j))
                && (matches!(cue, Cue::Street | Cue::Place) && k == a
                    || (k..b - 1).any(|j| infos[j - a].class == Class::Proper || region(j)))
            {
                self.push(t.words[k].start, t.words[b - 1].stem_end, Kind::Address);
                return;
            }
            // a place with a closing word: "Bailie Ville", "Baldwin County"
            if k + 1 < b && nameish(i) && self.has(k + 1, ROLE_STRONG_SUFFIX) {
                let start = if k > a && self.has(k - 1, ROLE_PLACE_PREFIX) {
                    k - 1
                } else {
                    k
                };
                self.push(
                    t.words[start].start,
                    t.words[k + 1].stem_end,
                    Kind::Location,
                );
                k += 2;
                continue;
            }
            // a place with an opening word: "South Frank", "New Jeremy", "Lake Brent"
            // (another language's article opens a place only before a town or a word of no
            // language in a sentence of that language: "El Paso", not "El Desorden de Estrés")
            let article = matches!(&*t.lower(k), "el" | "la" | "los" | "las" | "le");
            let next = infos.get(k + 1 - a).map_or(0, |i| i.flags);
            let not_place = article
                && k + 1 < b
                && next & TOWN == 0
                && (next & (OTHER_LANGUAGE | FOREIGN_WORD) != 0 || self.foreign(k + 1));
            if k + 1 < b
                && self.has(k, ROLE_PLACE_PREFIX)
                && !not_place
                && (matches!(infos[k + 1 - a].class, Class::Proper | Class::Ambiguous)
                    || next & TOWN_WHOLE != 0)
                && next & REGION == 0
            {
                let mut end = k + 2;
                while end < b && nameish(&infos[end - a]) && end - k < 4 {
                    end += 1;
                }
                if end < b && self.has(end, ROLE_PLACE_SUFFIX) {
                    end += 1;
                }
                self.push(t.words[k].start, t.words[end - 1].stem_end, Kind::Location);
                k = end;
                continue;
            }
            // a rare word or a town that is also an everyday word, after a place cue:
            // "moved out to Somerset", "anything in Cork"
            if k == a
                && b - a == 1
                && cue == Cue::Place
                && (i.flags & RARE != 0 || i.flags & TOWN_WHOLE != 0)
                && i.class != Class::Safe
            {
                self.push(t.words[k].start, t.words[k].stem_end, Kind::Location);
                k += 1;
                continue;
            }
            // An unlisted word opening a sentence, alone and with nothing after it that a name
            // takes ("Primark changing rooms…", "Kratom was supposed to…"): a product, a term or
            // a word of another language far more often than a person, whose name is either
            // listed or comes with a cue ("Priya said", "Dana Whitfield, it sounds…").
            // A shop, a band or a service named before what it sells or does ("Coles delivery
            // saved me", "Paramore concert", "Costa coffee and a walk"): a surname or an
            // unlisted word, no first name and no cue, straight before such a noun. A person
            // owns these in the possessive ("Sarah's concert").
            let adjunct = k == a
                && b - a == 1
                && matches!(i.class, Class::Proper | Class::Ambiguous)
                && cue == Cue::None
                && i.flags & FIRST_NAME == 0
                && !t.words[k].possessive()
                && k + 1 < t.len()
                && t.gap(k, k + 1) == " "
                && !t.words[k + 1].cap
                && PRODUCT_NOUNS.contains(&&*t.lower(k + 1));
            if adjunct {
                k += 1;
                continue;
            }
            // ("Спасибо. Мне стало немного легче": a sentence of another script opens with a
            // capital as English does; there a word is a name only with a cue)
            let other_script = k == a
                && cue == Cue::None
                && t.sentence_start(k)
                && t.text[t.words[k].start..]
                    .chars()
                    .next()
                    .is_some_and(|c| ('\u{370}'..='\u{52f}').contains(&c))
                && OTHER_SCRIPT_WORDS.contains(&&*t.lower(k));
            if other_script {
                k += 1;
                continue;
            }
            let unlisted_opener = i.class == Class::Proper
                && k == a
                && b - a == 1
                && cue == Cue::None
                && i.flags & (FIRST_NAME | SURNAME | TOWN) == 0
                && self.opens_prose(k)
                && !self.reported(k)
                // ("Xiaoling is my wife.": a relation after it says who; "Halidun and I have been
                // fighting": the writer's company — not what it does to the writer, which a
                // brand does too, "Amex blocked me")
                && !self.relation_after(k)
                && !self.beside_me(k);
            let core = match i.class {
                Class::Proper => !unlisted_opener,
                // (a word only of another language, no listed name, opening a phrase of that
                // language is no name: "Hablo inglés un poquito")
                Class::Ambiguous => {
                    !(i.flags & (FIRST_NAME | SURNAME) == 0 && self.opens_other_language(k))
                        && self.ambiguous_is_name(k, a, b, infos, cue)
                }
                // (and a month that is a given name before a word that can only be a name:
                // "April Jones called me" left "April" in /13; "in April Jones moved out" loses
                // the month to the name beside it)
                Class::Safe => {
                    // ("April told me to kill myself", "May said she'd call": a month says
                    // nothing; nor does "Easter hit me hard" or "Sunday" anything)
                    b - a == 1 && self.month_acts(k)
                        || i.flags & FIRST_NAME != 0
                            && !self.has(k, ROLE_TITLE)
                            && k == a
                            && (matches!(cue, Cue::Title | Cue::Intro | Cue::Relation)
                                || month_forename(infos, a, b) && t.gap(a, b - 1) == " "
                                || cue == Cue::Greeting && b - a == 1 && self.ends_phrase(k)
                                || cue == Cue::Greeting
                                    && b - a == 2
                                    && infos[1].flags & (COMMON | CALENDAR | ORDINARY_WORD) == 0
                                    && self.ends_phrase(b - 1))
                }
                // "first name Bryony", "My name is Hope": after an introduction, a word that is
                // also an everyday one
                Class::Plain => {
                    k == a
                        && cue == Cue::Intro
                        && i.flags & (COMMON | CALENDAR) == 0
                        && self.name_label(k)
                        && !self.placeholder(k)
                }
            };
            // a code glued to its digits ("IPv6", "Covid19") is no name
            let glued = t
                .text
                .as_bytes()
                .get(t.words[k].end)
                .is_some_and(u8::is_ascii_digit);
            if !core || glued || t.words[k].len() == 1 {
                k += 1;
                continue;
            }
            // extend over following names and initials
            let mut end = k + 1;
            while end < b && end - k < 4 && !t.words[end - 1].possessive() {
                let n = &infos[end - a];
                let initial = self.initial(end);
                let street = n.flags & STREET != 0 && end + 1 == b;
                if street {
                    break;
                }
                // ("Björn Andersson": a surname that is a frequent word of its own language's
                // text, straight after a given name in an English sentence)
                let foreign_surname = end == k + 1
                    && infos[k - a].flags & FIRST_NAME != 0
                    && n.flags & OTHER_LANGUAGE != 0
                    && n.flags
                        & (VOCAB | RARE | COMMON | ORDINARY_WORD | FOREIGN_WORD | REGION | TOWN)
                        == 0
                    && !self.foreign(k);
                if continues_name(n) || initial || foreign_surname {
                    end += 1;
                } else {
                    break;
                }
            }
            // "Name: Christopher Travis French": after an introduction, a run that ends the
            // field or the clause is the whole name, whatever its last words are elsewhere
            if k == a && cue == Cue::Intro && end < b && b - k <= 4 && self.ends_field(b) {
                end = b;
            }
            // "partner Zach Lucid scares me": an everyday word capitalised inside running prose,
            // straight after a first name, is its surname
            if end + 1 == b
                && end == k + 1
                && (i.flags & FIRST_NAME != 0 || k == a && cue == Cue::Relation)
                && !t.sentence_start(k)
                && infos[end - a].class == Class::Plain
                && infos[end - a].flags & (COMMON | CALENDAR | STREET) == 0
                && t.words[end].len() > 2
                && b < t.len()
                && t.gap(b - 1, b) == " "
                && t.text.as_bytes()[t.words[b].start].is_ascii_lowercase()
            {
                end = b;
            }
            // "Jesus C. Rubio": a first name and an initial before the surname
            let initialled = end > k
                && k >= a + 2
                && self.initial(k - 1)
                && infos[k - 2 - a].flags & FIRST_NAME != 0
                && t.words[k - 2].len() > 1;
            if initialled {
                k -= 2;
            }
            let mut start = k;
            // a place prefix before ("West Houston", "New Jeremy")
            if start > a && self.has(start - 1, ROLE_PLACE_PREFIX) {
                start -= 1;
            }
            let mut kind = self.kind_of(start, end, a, cue, infos);
            let mut close = end;
            if close < b && infos[close - a].flags & STREET != 0 {
                close += 1;
                kind = Kind::Address;
            } else if close < b && self.has(close, ROLE_PLACE_SUFFIX) {
                close += 1;
                kind = Kind::Location;
            }
            if start < k {
                kind = if kind == Kind::Address {
                    Kind::Address
                } else {
                    Kind::Location
                };
            }
            // "Patient: Owens, April": a surname, a comma, the first name
            if kind == Kind::Name
                && cue == Cue::Intro
                && k == a
                && close == b
                && close < t.len()
                && t.gap(close - 1, close) == ", "
                && t.words[close].cap
                && self.flag(close) & FIRST_NAME != 0
            {
                close += 1;
            }
            // (a listed first name and a listed surname, neither a word, read as a name even in
            // a sentence that mixes in another language: "…kaya, I can't do this anymore
            // Timothy Gonzalez lives at…")
            let listed_pair = end == k + 2 && {
                let (f1, f2) = (infos[k - a].flags, infos[k + 1 - a].flags);
                f1 & FIRST_NAME != 0
                    && f2 & SURNAME != 0
                    && (f1 | f2) & (VOCAB | OTHER_LANGUAGE | FOREIGN_WORD | ORDINARY_WORD) == 0
            };
            // (a listed first name after that language's "with": "Estoy de acuerdo con Sherry";
            // alone, many are its words: "Al", "Ella", "Sal")
            let listed_alone = end == k + 1
                && infos[k - a].flags & FIRST_NAME != 0
                && k > 0
                && t.gap(k - 1, k) == " "
                && matches!(&*t.lower(k - 1), "con" | "avec" | "com" | "mit");
            let strong = k == a && matches!(cue, Cue::Title | Cue::Intro | Cue::Relation)
                || listed_pair
                || listed_alone;
            // "a Trevor counselor", "an Xbox": an article before a single proper word used as
            // a modifier or a product
            let modifier = k == a
                && end == k + 1
                && k > 0
                && matches!(&*t.lower(k - 1), "a" | "an")
                && end < t.len()
                && !t.words[end].cap
                && t.gap(k, end) == " ";
            if modifier {
                k = close;
                continue;
            }
            // (a town's instrument too, "the Edinburgh scale"; and a score after an owner, "my
            // Edinburgh score", "her Hamilton score": not "did Jack score")
            // (a town before a service is the place: "Referred to Croydon therapy team")
            let instrument = || {
                matches!(
                    &*t.lower(close),
                    "scale" | "scales" | "inventory" | "questionnaire" | "criteria"
                )
            };
            let eponym = matches!(kind, Kind::Name | Kind::Location)
                && close < t.len()
                && matches!(t.gap(close - 1, close), " " | "-")
                && (self.has(close, ROLE_EPONYM_HEAD) && (kind == Kind::Name || instrument())
                    || close == k + 1 && kind == Kind::Name && self.titled_eponym(close)
                    || matches!(&*t.lower(close), "score" | "scores")
                        && k > 0
                        && k == start
                        && matches!(
                            &*t.lower(k - 1),
                            "my" | "the" | "your" | "his" | "her" | "their" | "our" | "a" | "an"
                        ));
            // a one-word town of the gazetteer that is no word of any language is a place (or a
            // name: either way an identifier) in a sentence of another language too ("veo
            // clientes en el este de Houston")
            let town = matches!(kind, Kind::Location | Kind::Name)
                && start == k
                && end == k + 1
                && close == end
                && infos[k - a].flags & TOWN_WHOLE != 0
                && infos[k - a].flags & (VOCAB | RARE | OTHER_LANGUAGE | FOREIGN_WORD) == 0
                // (after that language's "in", "of", "from": not "Ayer, me enteré…")
                && k > 0
                && t.gap(k - 1, k) == " "
                && matches!(
                    &*t.lower(k - 1),
                    "de" | "en" | "del" | "desde" | "cerca" | "em" | "do" | "da" | "à" | "au"
                );
            if town && !strong && self.foreign(k) {
                kind = Kind::Location;
            }
            // "Celeste is a game about anxiety", "Finch is a silly little self-care app": a
            // single proper word said to be a work or a product
            let work = !strong
                && start == k
                && end == k + 1
                && close == end
                && (self.is_a_work(k) || self.names_an_app(k));
            if work {
                k = close;
                continue;
            }
            if !eponym
                && (strong || initialled || town || !self.foreign(k) || self.signature(k, close))
            {
                self.push(t.words[start].start, t.words[close - 1].stem_end, kind);
            }
            k = close;
        }
    }

    pub(super) fn kind_of(
        &self,
        start: usize,
        end: usize,
        a: usize,
        cue: Cue,
        infos: &[Info],
    ) -> Kind {
        let t = self.t;
        if t.words[end - 1].possessive() {
            return Kind::Name;
        }
        let town = (start..end).any(|k| {
            let f = infos[k - a].flags;
            f & TOWN_WHOLE != 0 && f & (FIRST_NAME | SURNAME) == 0
        });
        let listed = (start..end).any(|k| infos[k - a].flags & (FIRST_NAME | SURNAME) != 0);
        let cue = if start == a { cue } else { Cue::None };
        match cue {
            Cue::Place => Kind::Location,
            Cue::Title | Cue::Intro | Cue::WeakIntro | Cue::Relation | Cue::Greeting => Kind::Name,
            _ if town => Kind::Location,
            _ if !listed && (start..end).any(|k| infos[k - a].flags & TOWN != 0) => Kind::Location,
            _ => Kind::Name,
        }
    }
}
