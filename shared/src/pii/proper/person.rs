//! Where an everyday word that is also a given name is a person: vocatives, sign-offs, relations,
//! ages, lists of names and labels.

use super::*;

impl Finder<'_, '_> {
    /// Words `k..end` are a letter's signature: alone on the message's last line, after a line
    /// that ends with a comma ("Ngā mihi,\nJoshua Robbins") or a sign-off word.
    pub(super) fn signature(&self, k: usize, end: usize) -> bool {
        let t = self.t;
        let (s, e) = (t.words[k].start, t.words[end - 1].end);
        // the run opens its line (spaces aside): a look at the bytes just before it, not a
        // search back through a long line
        let lead = t.text[..s].trim_end_matches([' ', '\t', '\u{a0}']);
        if !lead.ends_with('\n') {
            return false;
        }
        let line_start = lead.len();
        // nothing but punctuation, kisses or emoji after it on its line (an address may follow
        // on the next)
        let line_end = t.text[e..].find('\n').map_or(t.text.len(), |p| e + p);
        if !only_marks(&t.text[e..line_end]) {
            return false;
        }
        let prev = t.text[..line_start - 1]
            .rsplit('\n')
            .next()
            .unwrap_or("")
            .trim();
        prev.ends_with(',')
            || prev
                .rsplit(' ')
                .next()
                .is_some_and(|w| SIGNOFFS.contains(&w.to_ascii_lowercase().as_str()))
    }

    /// Word `k` labels a phone number on a line of its own, after a list's mark or none ("1.
    /// Jay: +61 482 823 620", "- Mark: 954-5249", "Summer: (965) 094-7145"): a person to call.
    pub(super) fn labels_a_number(&self, k: usize) -> bool {
        let t = self.t;
        let after = &t.text[t.words[k].end..];
        let Some(value) = after.strip_prefix(':') else {
            return false;
        };
        let value = value.trim_start_matches([' ', '\t']);
        if !value.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(')
            || value.chars().take(20).filter(char::is_ascii_digit).count() < 7
        {
            return false;
        }
        // (the line's start a few bytes back at most: a list's mark, not a search back through a
        // long line — "Jay: ok " repeated on one line was quadratic)
        let start = t.words[k].start;
        let mut from = start.saturating_sub(12);
        while !t.text.is_char_boundary(from) {
            from += 1;
        }
        let window = &t.text[from..start];
        let line = match window.rfind('\n') {
            Some(n) => &window[n + 1..],
            None if from == 0 => window,
            None => return false,
        };
        let marks_only = line
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(['.', ')', '-', '*', '\u{2022}', ' ']);
        let number: String = value
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+'))
            .filter(char::is_ascii_digit)
            .collect();
        // (a service's line is no person's: "- Frank: 0300 123 6600"; nor a state's or a
        // season's, "- Virginia: 1-800-273-8255")
        marks_only.is_empty()
            && !self.lex.is_public_number(&number)
            && self.full(k) & (REGION | CALENDAR) == 0
            && !self.names_a_thing(k)
            && !senses(&t.lower(k)).has(ANYONE)
            && !matches!(
                &*t.lower(k),
                "phone"
                    | "mobile"
                    | "mob"
                    | "tel"
                    | "telephone"
                    | "cell"
                    | "home"
                    | "work"
                    | "office"
                    | "fax"
                    | "landline"
                    | "text"
                    | "whatsapp"
                    | "emergency"
                    | "crisis"
                    | "helpline"
                    | "hotline"
                    | "number"
                    | "contact"
                    | "pager"
                    | "direct"
                    | "main"
                    | "reception"
                    | "mum"
                    | "mom"
                    | "dad"
                    | "gp"
            )
    }

    /// Word `k` follows "name" itself ("first name Bryony", "Name: Hope", "my name is Hope"),
    /// not a verb of naming ("an event called Dissociation").
    pub(super) fn name_label(&self, k: usize) -> bool {
        let t = self.t;
        let label = |j: usize| {
            matches!(
                &*t.lower(j),
                "name" | "names" | "surname" | "forename" | "firstname" | "lastname"
            )
        };
        k >= 1 && label(k - 1) || k >= 2 && matches!(&*t.lower(k - 1), "is" | "was") && label(k - 2)
    }

    /// Nothing but punctuation before the line's end or a comma follows word `b - 1`.
    pub(super) fn ends_field(&self, b: usize) -> bool {
        let t = self.t;
        let rest = &t.text[t.words[b - 1].stem_end..];
        let rest = rest.trim_start_matches(['.', ' ']);
        rest.is_empty() || rest.starts_with(['\n', ',', ';', '|', '\r'])
    }

    /// A capitalised everyday word that is also a listed name ("Hope", "Will", "Young"): a name
    /// only in a name's position.
    pub(super) fn ambiguous_is_name(
        &self,
        k: usize,
        a: usize,
        b: usize,
        infos: &[Info],
        cue: Cue,
    ) -> bool {
        let t = self.t;
        let i = &infos[k - a];
        // beside a name: "Mary Brown", "Grace Young"
        let neighbour = |j: usize| {
            j >= a && j < b && j != k && {
                let n = &infos[j - a];
                let listed = n.flags & (FIRST_NAME | SURNAME) != 0;
                n.class == Class::Proper && (listed || n.flags & TOWN_WHOLE == 0)
                    || n.class == Class::Ambiguous && listed
            }
        };
        let after = if k + 2 < b && self.initial(k + 1) {
            k + 2
        } else {
            k + 1
        };
        if b - a >= 2 && (k > a && neighbour(k - 1) || neighbour(after)) {
            let pair_ok =
                infos[0].flags & FIRST_NAME != 0 || infos.iter().any(|n| n.class == Class::Proper);
            if pair_ok
                && infos
                    .iter()
                    .all(|n| n.flags & STREET == 0 || n.class != Class::Plain)
            {
                return true;
            }
        }
        // "Hello Poppy Aldridge, your counsellor…": after a greeting, a first name and one more
        // word closing the phrase are the name, whatever the second is elsewhere (a town)
        if k == a
            && cue == Cue::Greeting
            && b - a == 2
            && i.flags & FIRST_NAME != 0
            && infos[1].flags & (COMMON | CALENDAR | ORDINARY_WORD) == 0
            && self.ends_phrase(b - 1)
        {
            return true;
        }
        if i.flags & CALENDAR != 0 {
            // ("April told me to kill myself", "May said she'd call", "April hit me": a month
            // says and does nothing)
            let acts = b - a == 1 && self.month_acts(k);
            return k == a && matches!(cue, Cue::Title | Cue::Intro | Cue::Relation) || acts;
        }
        if self.has(k, ROLE_SIGNOFF) {
            return false; // "Love,\nAshley"
        }
        if b - a == 1 && i.flags & FIRST_NAME != 0 && self.labels_a_number(k) {
            return true;
        }
        if k == a {
            match cue {
                Cue::Title | Cue::Intro | Cue::Relation => return true,
                // (a colour said of who the writer is: "I'm Black and Muslim", "I'm Brown,
                // queer and tired" — not "I'm Black, from accounts")
                Cue::WeakIntro
                    if b - a == 1
                        && matches!(&*t.lower(k), "black" | "white" | "brown")
                        && k + 1 < t.len()
                        && matches!(t.gap(k, k + 1), " " | ", ")
                        && !t.words[k + 1].cap
                        && matches!(
                            &*t.lower(k + 1),
                            "and"
                                | "queer"
                                | "woman"
                                | "man"
                                | "girl"
                                | "boy"
                                | "person"
                                | "too"
                                | "so"
                                | "myself"
                        ) =>
                {
                    return false;
                }
                Cue::WeakIntro if b - a == 1 => {
                    return self.ends_phrase(k) || i.flags & (FIRST_NAME | SURNAME) != 0;
                }
                // "Okay Grace, …", "I told Mark everything" — but not "ok Virginia or …", nor
                // "…over text Sunny days" (a sentence run on without its full stop)
                // ("Dear Parent or Carer,": a role greeted is no one's name)
                Cue::Greeting
                    if b - a == 1
                        && i.flags & FIRST_NAME == 0
                        && (self.has(k, ROLE_RELATION)
                            || matches!(
                                &*t.lower(k),
                                "parent"
                                    | "parents"
                                    | "guardian"
                                    | "colleague"
                                    | "colleagues"
                                    | "member"
                                    | "members"
                                    | "patient"
                                    | "client"
                                    | "resident"
                                    | "student"
                                    | "applicant"
                                    | "customer"
                                    | "team"
                            )) =>
                {
                    return false;
                }
                Cue::Greeting | Cue::Object if b - a == 1 => {
                    let next_common = k + 1 < t.len()
                        && !t.words[k + 1].cap
                        && t.gap(k, k + 1) == " "
                        && self.has(k + 1, COMMON);
                    // (a state or country after "visit" or "love" is the place; after "text"
                    // or "told" a person: "Can you text Jordan on…")
                    // ("ask for Chad": a country that is a name, asked for)
                    let asked_for = k > 1
                        && &*t.lower(k - 1) == "for"
                        && matches!(&*t.lower(k - 2), "ask" | "asked" | "asking");
                    let person_verb = asked_for
                        || k > 0
                            && matches!(
                                &*t.lower(k - 1),
                                "text"
                                    | "texted"
                                    | "told"
                                    | "tell"
                                    | "asked"
                                    | "ask"
                                    | "messaged"
                                    | "call"
                                    | "called"
                                    | "ring"
                                    | "rang"
                                    | "phoned"
                                    | "emailed"
                            );
                    let listed = i.flags & (FIRST_NAME | SURNAME) != 0
                        && (i.flags & REGION == 0 || person_verb);
                    // "lol Hope you all have…", "Will I lose…": a verb that is a name, then
                    // its subject
                    if self.verb_first(k) {
                        return false;
                    }
                    // "Last night Ruby screamed": "night" is no greeting there
                    // (a form's label after a run-on greeting is no vocative: "lol Street:")
                    let label = t.text[t.words[k].stem_end..].starts_with(':');
                    return self.ends_phrase(k) && !label
                        || listed && (next_common || self.reported(k));
                }
                // ("so" opens a clause as often as it qualifies: "so Jordan said he'd kill
                // himself" — a first name that reports is a person, not "so Extra")
                Cue::Determiner
                    if b - a == 1
                        && k > 0
                        && &*t.lower(k - 1) == "so"
                        && i.flags & FIRST_NAME != 0
                        && self.reported(k) =>
                {
                    return true;
                }
                // ("I think that Frank is manipulating me": "that" opens the clause)
                Cue::Determiner
                    if b - a == 1
                        && i.flags & (FIRST_NAME | REGION) == FIRST_NAME
                        && &*t.lower(k - 1) == "that"
                        && self.opened_subject(k) =>
                {
                    return true;
                }
                Cue::Determiner | Cue::Place | Cue::Street => return false,
                _ => {}
            }
        }
        if b - a != 1 {
            return false;
        }
        let first = i.flags & FIRST_NAME != 0;
        // ("Honey, you're doing better…": an endearment addresses no one by name; "Angel",
        // "Star" are given names too)
        let endearment = || senses(&t.lower(k)).has(ADDRESS);
        // (a feeling, a season or a virtue keeps company with the writer: "Winter and I don't
        // get along", "Faith is my best friend right now")
        let person = || first && !senses(&t.lower(k)).has(SEASON);
        if first && self.vocative(k) && !endearment()
            || self.sign_off(k)
            || self.relation_bracketed(k)
            || self.aged(k)
            || person() && (self.relation_after(k) || self.beside_me(k) || self.answered(k))
        {
            return true;
        }
        // one of a list of names: "Robin, Katherine, and my manager"
        let proper_at = |j: usize| {
            j < t.len()
                && t.words[j].cap
                && classify_with(self.lex, t.stem(j), self.flag(j), false, false).class
                    == Class::Proper
                && self.flag(j) & FIRST_NAME != 0
        };
        if first
            && b - a == 1
            && (k + 1 < t.len() && t.gap(k, k + 1) == ", " && proper_at(k + 1)
                || k >= 1 && t.gap(k - 1, k) == ", " && proper_at(k - 1))
        {
            return true;
        }
        if self.reported(k) && (first || i.flags & SURNAME != 0) {
            return true;
        }
        // (the act first, read once for every kind: it rules out nearly every word at its first
        // look; a season, a virtue or a fortune only by what no such thing does: "Summer
        // ghosted me")
        if first && {
            let acts = self.acts_on_writer(k);
            (acts.are(Done::Any) || acts.are(Done::ByPerson)) && {
                let senses = senses(&t.lower(k));
                !senses.has(ANYONE)
                    && (!senses.has(CARRIER) && person() && acts.are(Done::Any)
                        || acts.are(if senses.has(FORTUNE) {
                            Done::Severe
                        } else {
                            Done::ByPerson
                        }))
            }
        } {
            return true;
        }
        if first && i.flags & REGION == 0 && self.opened_subject(k) {
            return true;
        }
        // Alone inside a sentence, after a word that takes a person ("As Sherry noted", "I agree
        // with Sherry", "what Ray would say"). Any other capital inside a line is no evidence:
        // chat runs sentences together without full stops ("…nobody notices lol Amber alert").
        // (a state or country that is also a first name needs more: "moved interstate to
        // Victoria", "flights to Georgia")
        first
            && i.flags & REGION == 0
            && t.words[k].len() > 2
            && k > 0
            && t.gap(k - 1, k) == " "
            && !t.words[k - 1].possessive()
            && matches!(
                &*t.lower(k - 1),
                "as" | "like"
                    | "with"
                    | "and"
                    | "or"
                    | "but"
                    | "to"
                    | "for"
                    | "from"
                    | "by"
                    | "than"
                    | "about"
                    | "what"
                    | "when"
                    | "if"
                    | "that"
                    | "because"
                    | "unlike"
                    | "thank"
                    | "thanks"
                    | "saw"
                    | "told"
                    | "asked"
                    | "met"
                    // (another language's "with": "Estoy de acuerdo con Sherry")
                    | "con"
                    | "avec"
            )
    }

    /// "Sherry (neighbour)", "John (my brother)", and "Daughter (Mark)" (the name alone in the
    /// brackets; not "Daughter (Autumn term)").
    pub(super) fn relation_bracketed(&self, k: usize) -> bool {
        let t = self.t;
        k > 0
            && t.gap(k - 1, k).trim() == "("
            && self.has(k - 1, ROLE_RELATION)
            && t.text[t.words[k].end..].starts_with(')')
            || k + 1 < t.len()
                && t.gap(k, k + 1).trim() == "("
                && (k + 1..(k + 4).min(t.len())).any(|j| self.has(j, ROLE_RELATION))
    }

    /// "Peter, my husband", "Peter is my best mate", "Grace's my sister", "Terry's carer".
    pub(super) fn relation_after(&self, k: usize) -> bool {
        let t = self.t;
        if k + 1 >= t.len() {
            return false;
        }
        let gap = t.gap(k, k + 1);
        // the possessive, then the relation straight after it or after one word that tells
        // which ("my best mate", "our eldest son")
        let mine = |j: usize| {
            let relation =
                |r: usize| r < t.len() && t.gap(r - 1, r) == " " && self.has(r, ROLE_RELATION);
            j + 1 < t.len()
                && matches!(&*t.lower(j), "my" | "our")
                && (relation(j + 1)
                    || matches!(
                        &*t.lower(j + 1),
                        "best"
                            | "little"
                            | "big"
                            | "older"
                            | "younger"
                            | "eldest"
                            | "oldest"
                            | "youngest"
                            | "twin"
                            | "baby"
                            | "late"
                            | "new"
                            | "closest"
                            | "dear"
                            | "step"
                    ) && relation(j + 2))
        };
        if gap == ", " || t.words[k].possessive() && gap == " " {
            // ("Terry's carer", "Brandy's mum": the person whose carer it is)
            return mine(k + 1) || t.words[k].possessive() && self.has(k + 1, ROLE_RELATION);
        }
        gap == " "
            && k + 2 < t.len()
            && matches!(&*t.lower(k + 1), "is" | "was")
            && t.gap(k + 1, k + 2) == " "
            && mine(k + 2)
    }

    /// Followed by the person's age: "Pension for Baker, aged 106", "Chase (aged 7)", "Hunter,
    /// 15, from…".
    pub(super) fn aged(&self, k: usize) -> bool {
        let t = self.t;
        if t.words[k].possessive() {
            return false;
        }
        let after = &t.text[t.words[k].end..];
        // ("(aged 7)", ", aged 106", ", 15," — not a bare "(12)": "Room (12)", "Mark (45)")
        if let Some(rest) = after.strip_prefix(" (") {
            return rest
                .strip_prefix("aged ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        }
        let Some(rest) = after.strip_prefix(", ") else {
            return false;
        };
        if let Some(r) = rest
            .strip_prefix("aged ")
            .or_else(|| rest.strip_prefix("age "))
        {
            return r.starts_with(|c: char| c.is_ascii_digit());
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && rest[digits..].starts_with(',')
    }

    /// "Peter and I are…", "Mark and me": a person beside the writer.
    pub(super) fn beside_me(&self, k: usize) -> bool {
        let t = self.t;
        k + 2 < t.len()
            && !t.words[k].possessive()
            && t.gap(k, k + 1) == " "
            && t.gap(k + 1, k + 2) == " "
            && t.stem(k + 1) == "and"
            && matches!(t.stem(k + 2), "I" | "me" | "myself")
    }

    /// Another answer's writer, agreed with: "Robin's also right", "second Robin's suggestion".
    pub(super) fn answered(&self, k: usize) -> bool {
        let t = self.t;
        if k + 1 >= t.len() || t.gap(k, k + 1) != " " {
            return false;
        }
        let next = t.lower(k + 1);
        if t.words[k].possessive() {
            if matches!(
                &*next,
                "suggestion"
                    | "suggestions"
                    | "answer"
                    | "advice"
                    | "comment"
                    | "comments"
                    | "response"
                    | "reply"
                    | "recommendation"
                    | "recommendations"
                    | "point"
            ) {
                return true;
            }
        } else if &*next != "is" {
            return false;
        }
        // "… is right", "…'s also right", "… is absolutely correct"
        let mut j = k + 1 + usize::from(!t.words[k].possessive());
        if j < t.len() && matches!(t.stem(j), "also" | "absolutely" | "quite" | "so") {
            j += 1;
        }
        // (and closes there: not "Summer is right around the corner")
        j < t.len()
            && t.gap(j - 1, j) == " "
            && matches!(t.stem(j), "right" | "correct")
            && (self.ends_phrase(j)
                || j + 1 < t.len() && matches!(t.stem(j + 1), "about" | "that" | "when"))
    }

    /// ", Grace." / "Grace, can I …" at the start of a sentence.
    pub(super) fn vocative(&self, k: usize) -> bool {
        let t = self.t;
        let after = t.text[t.words[k].end..].chars().next();
        let closes = after.is_none_or(|c| matches!(c, '.' | '!' | '?' | ',' | '\n' | ')' | ';'));
        let comma_before = k > 0 && t.gap(k - 1, k).trim_end() == ",";
        // "Grace, can I ask…", not "Trinity, sin, confession…"
        let addressed = || {
            k + 1 < t.len()
                && matches!(
                    &*t.lower(k + 1),
                    "i" | "i'm"
                        | "you"
                        | "you're"
                        | "it"
                        | "it's"
                        | "can"
                        | "could"
                        | "would"
                        | "will"
                        | "how"
                        | "what"
                        | "when"
                        | "thank"
                        | "thanks"
                        | "please"
                        | "that"
                        | "this"
                        | "we"
                        | "let's"
                        | "are"
                        | "do"
                        | "did"
                        | "have"
                        | "is"
                        | "sorry"
                        | "listen"
                        | "look"
                        | "so"
                        | "my"
                        | "your"
                        | "yes"
                        | "no"
                        | "ok"
                        | "okay"
                        | "hey"
                        | "hi"
                        | "im"
                        | "youre"
                        | "i've"
                        | "i'd"
                )
        };
        comma_before && closes || t.sentence_start(k) && after == Some(',') && addressed()
    }

    /// Alone on a line at the end of a message, or on the line after a sign-off ("Cheers,"), or
    /// straight after a signature mark ("~Mark", "— Dana").
    pub(super) fn sign_off(&self, k: usize) -> bool {
        let t = self.t;
        let w = &t.words[k];
        // the sign-off itself is no name ("Thanks for listening. love x", "Peace ✌️")
        if self.has(k, ROLE_SIGNOFF) {
            return false;
        }
        let marked = t.text[..w.start]
            .trim_end_matches(' ')
            .ends_with(['~', '\u{2014}', '\u{2013}']);
        // "…I would love to help!- Amber": a hyphen glued to a sentence's end, the name ending
        // the line (not "long-term", not "…it helps - Grace was great", not a list's "- Bath")
        let hyphened = || {
            t.text[..w.start]
                .trim_end_matches(' ')
                .strip_suffix('-')
                .is_some_and(|h| h.ends_with(['.', '!', '?']))
                && {
                    // ("…help!- Amber", "!- Amber, LPC"; not "!- Will do.", "!- Grace period ends")
                    short_line(&t.text[w.end..], 32)
                        .is_some_and(|line| only_marks(line) || line.starts_with(','))
                }
        };
        if marked || hyphened() {
            return true;
        }
        // alone on its line: the bytes just around it first (a long line of prose is not
        // searched for its ends for every name in it)
        let lead = t.text[..w.start].trim_end_matches([' ', '\t', '\u{a0}']);
        if !lead.ends_with('\n') {
            // the last word of the message, after a sentence, with no full stop of its own:
            // "Love you all. Heather 💜" (not the one-word sentence "…drinking'. Fair.")
            let rest = &t.text[w.end..];
            return lead.ends_with(['.', '!'])
                && !t.stem(k).eq_ignore_ascii_case("hope")
                && rest.len() < 24
                && !rest.contains(['.', '!', '?'])
                && only_marks(rest);
        }
        let line_start = lead.len();
        let line_end = t.text[w.end..]
            .find('\n')
            .map_or(t.text.len(), |p| w.end + p);
        if !only_marks(&t.text[w.end..line_end]) {
            return false;
        }
        // (read on to the next visible character only: not over a long blank tail for each line)
        let at_end = t.text[line_end..].trim_start().is_empty();
        let prev_line = t.text[..line_start - 1].rsplit('\n').next().unwrap_or("");
        let after_signoff = prev_line
            .trim()
            .trim_end_matches([',', '.', '!'])
            .rsplit(' ')
            .next()
            .is_some_and(|w| SIGNOFFS.contains(&w.to_ascii_lowercase().as_str())); // (a line's text, not a word of this text)
        at_end || after_signoff
    }
}

/// The line that `rest` opens, without its closing white space, when that is shorter than `max`
/// bytes: read no further than `max` bytes and the white space after them, not to the end of a
/// long line for each name in it.
pub(super) fn short_line(rest: &str, max: usize) -> Option<&str> {
    let cut = crate::pii::text::floor_boundary(rest, max.min(rest.len()));
    let head = &rest[..cut];
    let line = match head.find('\n') {
        Some(p) => &head[..p],
        None => {
            let after = rest[cut..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
            if !after.is_empty() && !after.starts_with('\n') {
                return None;
            }
            head
        }
    };
    let line = line.trim_end();
    (line.len() < max).then_some(line)
}
