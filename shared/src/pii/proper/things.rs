//! Capitalised words that name a thing, not a person: works, apps, citations, grades, instruments,
//! placeholders and words of another language.

use super::*;

impl Finder<'_, '_> {
    /// Capitalised everyday words from `k` up to an instrument's head: the one word before them
    /// is a scale's ("Weiss Functional Impairment Rating Scale").
    pub(super) fn titled_eponym(&self, k: usize) -> bool {
        let t = self.t;
        let mut j = k;
        while j < t.len() && j < k + 4 && t.words[j].cap && t.gap(j - 1, j) == " " {
            // (an instrument's head only: "… Family Therapy", "… Memorial Foundation", "… Family
            // Law" and a subject line's "… Maths Test" follow people too)
            if j > k
                && matches!(
                    &*t.lower(j),
                    "scale" | "inventory" | "questionnaire" | "criteria"
                )
            {
                return true;
            }
            if self.flag(j) & (VOCAB | ORDINARY_WORD) == 0
                || self.flag(j) & (FIRST_NAME | SURNAME) != 0
            {
                return false;
            }
            j += 1;
        }
        false
    }

    /// The run at `a` is an author cited for a work or a method: "The Happiness Trap by Russ
    /// Harris" (a title's capitalised last word before "by", inside its sentence), "ACT was
    /// developed by Steven C. Hayes". Not "Intake completed by …", "I go by …", nor "written
    /// by" (a care plan is written by someone too).
    pub(super) fn cited(&self, a: usize) -> bool {
        let t = self.t;
        // a co-author: "Attached by Amir Levine and Rachel Heller"
        if a >= 1 && self.cited_end == a - 1 && matches!(t.stem(a - 1), "and" | "&") {
            return !self.has(a, ROLE_TITLE);
        }
        if a < 2 || t.gap(a - 1, a) != " " || t.gap(a - 2, a - 1) != " " || t.stem(a - 1) != "by" {
            return false;
        }
        let before = t.lower(a - 2);
        let verb = matches!(
            &*before,
            "developed" | "pioneered" | "popularised" | "popularized"
        );
        // (a passive's agent is a person, "Getting Bullied by Liam Carter", "Assessment
        // Completed by …"; so is a document's author, "Care Plan by Emma Clarke")
        let agent = before.ends_with("ed")
            || before.ends_with("en")
            || matches!(
                &*before,
                "sent"
                    | "hit"
                    | "hurt"
                    | "left"
                    | "kept"
                    | "held"
                    | "shot"
                    | "caught"
                    | "brought"
                    | "taught"
                    | "told"
                    | "made"
                    | "done"
                    | "got"
                    | "stolen"
                    | "beaten"
                    | "led"
            )
            || matches!(
                &*before,
                "plan"
                    | "report"
                    | "assessment"
                    | "letter"
                    | "note"
                    | "notes"
                    | "form"
                    | "summary"
                    | "review"
                    | "referral"
                    | "statement"
                    | "record"
                    | "minutes"
                    | "message"
                    | "messages"
                    | "post"
                    | "email"
                    | "photo"
                    | "photos"
            );
        // (a title has two capitalised words or more, small words between: "Feeling Good", "The
        // Myth of Normal"; not "…just need to vent Seen by Mr. Nunne")
        let small = |k: usize| {
            matches!(
                &*t.lower(k),
                "of" | "the"
                    | "to"
                    | "and"
                    | "a"
                    | "an"
                    | "in"
                    | "for"
                    | "by"
                    | "on"
                    | "at"
                    | "with"
                    | "from"
                    | "is"
                    | "it"
            )
        };
        let title_end = t.words[a - 2].cap
            && a >= 3
            && !t.gap(a - 3, a - 2).contains(['.', '!', '?', '\n', ':'])
            && self.full(a - 2) & (VOCAB | COMMON) != 0
            && (1..=3)
                .map_while(|back| a.checked_sub(2 + back))
                .find(|&k| !small(k))
                .is_some_and(|k| t.words[k].cap);
        !self.has(a, ROLE_TITLE) && (verb || title_end && !agent)
    }

    /// The run ending before word `b` is an author cited with a year, maybe among co-authors:
    /// "Linehan (1993)", "Hayes, Strosahl and Wilson (1999)", "Beck et al. (1979)".
    pub(super) fn cited_with_year(&self, a: usize, b: usize) -> bool {
        let t = self.t;
        // (not a person's own year: "my son Jack (2015)"; the cue is read last, and rarely)
        let personal = || {
            matches!(
                self.cue_before(a),
                Cue::Relation
                    | Cue::Intro
                    | Cue::WeakIntro
                    | Cue::Title
                    | Cue::Greeting
                    | Cue::Object
            )
        };
        // (a surname alone, as citations are written; not "Amelia (2012) and Noah (2015)")
        if b - a != 1 || self.full(a) & FIRST_NAME != 0 {
            return false;
        }
        let mut rest = &t.text[t.words[b - 1].stem_end..];
        rest = rest.strip_prefix("'s").unwrap_or(rest);
        for _ in 0..6 {
            let year = |r: &str| {
                let (y, comma) = match r.strip_prefix(" (") {
                    Some(y) => (Some(y), false),
                    None => (r.strip_prefix(", "), true),
                };
                y.is_some_and(|y| {
                    // (closed at once: "(1993)", "(1993a)", ", 1993)", "(1993, p. 4")
                    y.len() >= 5
                        && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                        && matches!(&y[..2], "18" | "19" | "20")
                        && match y[4..].trim_start_matches(['a', 'b']).as_bytes().first() {
                            Some(b')') => true,
                            // ("(1993, p. 4)"; not "Jake Thompson, 2018, then…")
                            Some(b',' | b';') => !comma,
                            _ => false,
                        }
                })
            };
            if year(rest) {
                return !personal();
            }
            if let Some(r) = rest.strip_prefix(" et al.") {
                rest = r;
                continue;
            }
            // a co-author: ", Strosahl", " and Wilson", " & Wilson"
            let Some(r) = [", ", " and ", " & ", ", and "]
                .iter()
                .find_map(|j| rest.strip_prefix(j))
            else {
                return false;
            };
            let word = r.split([' ', ',', '(']).next().unwrap_or("");
            if !word.starts_with(|c: char| c.is_uppercase()) {
                return false;
            }
            rest = &r[word.len()..];
        }
        false
    }

    /// Word `k` is a letter grade after a count ("3 Bs", "straight As"), not a name.
    pub(super) fn grades(&self, k: usize) -> bool {
        let t = self.t;
        let w = t.stem(k).as_bytes();
        let counted = || {
            t.text[..t.words[k].start]
                .strip_suffix(' ')
                .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()))
                || k > 0
                    && t.gap(k - 1, k) == " "
                    && matches!(
                        &*t.lower(k - 1),
                        "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                            | "straight"
                            | "all"
                            | "mostly"
                    )
        };
        w.len() == 2 && (b'A'..=b'F').contains(&w[0]) && w[1] == b's' && counted()
    }

    /// "the Woebot app", "the Calm app": a word between "the" and "app" names the app (no person
    /// is an app; "the Jake game" may be the game Jake plays; a town's or a surname's app is
    /// left to the other rules).
    pub(super) fn names_an_app(&self, k: usize) -> bool {
        let t = self.t;
        k > 0
            && k + 1 < t.len()
            && t.gap(k - 1, k) == " "
            && t.gap(k, k + 1) == " "
            && !t.words[k].possessive()
            && &*t.lower(k - 1) == "the"
            && matches!(t.stem(k + 1), "app" | "apps")
            // (a place's app is the place; "my Kaur app" an appointment)
            && self.full(k) & (TOWN | REGION | SURNAME) == 0
    }

    /// Word `k` is followed by "is a" or "was an" and, within four words, a kind of work or
    /// product ("game", "film", "app") that ends its phrase.
    pub(super) fn is_a_work(&self, k: usize) -> bool {
        let t = self.t;
        if k + 3 >= t.len()
            || !matches!(&*t.lower(k + 1), "is" | "was" | "'s")
            || !matches!(&*t.lower(k + 2), "a" | "an")
        {
            return false;
        }
        (k + 3..t.len().min(k + 7)).any(|j| {
            let noun = matches!(
                &*t.lower(j),
                // (not "book", "show": "Leah is a closed book", "Ellie is a one-woman show")
                "game"
                    | "film"
                    | "movie"
                    | "novel"
                    | "podcast"
                    | "app"
                    | "song"
                    | "album"
                    | "series"
                    | "band"
                    | "sitcom"
                    | "documentary"
                    | "musical"
                    | "manga"
                    | "anime"
                    | "programme"
                    | "program"
                    | "website"
                    | "brand"
            );
            // (the kind ends the phrase: not "a game designer")
            let ends = j + 1 == t.len()
                || t.gap(j, j + 1) != " "
                || matches!(
                    &*t.lower(j + 1),
                    "about"
                        | "where"
                        | "that"
                        | "which"
                        | "with"
                        | "by"
                        | "on"
                        | "for"
                        | "and"
                        | "but"
                        | "from"
                        | "i"
                        | "in"
                        | "set"
                        | "made"
                );
            // (only words that describe it between: not "a drummer in a band", "a fan of the
            // show", "a streamer on an app")
            let describes = |m: usize| {
                !t.words[m].cap
                    && t.gap(m, m + 1) == " "
                    && !matches!(
                        &*t.lower(m),
                        "in" | "on"
                            | "of"
                            | "for"
                            | "with"
                            | "at"
                            | "from"
                            | "a"
                            | "an"
                            | "the"
                            | "my"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "your"
                            | "to"
                            | "by"
                    )
            };
            noun && ends && (k + 3..j).all(describes)
        })
    }

    /// Word `k` is what a form holds in place of a value ("City: Unknown", "Name: Withheld").
    pub(super) fn placeholder(&self, k: usize) -> bool {
        matches!(
            &*self.t.lower(k),
            "unknown"
                | "none"
                | "withheld"
                | "redacted"
                | "tbc"
                | "tba"
                | "same"
                | "various"
                | "private"
                | "confidential"
                | "anonymous"
                | "prefer"
                | "not"
                | "n"
                | "na"
                | "nil"
                | "other"
        )
    }

    /// Word `k` is followed straight by a lowercase word of another language that is no
    /// English one ("Hablo inglés", "Gracias por todo").
    pub(super) fn opens_other_language(&self, k: usize) -> bool {
        let t = self.t;
        let j = k + 1;
        j < t.len() && t.gap(k, j) == " " && !t.words[j].cap && {
            let f = self.full(j);
            f & (OTHER_LANGUAGE | FOREIGN_WORD) != 0 && f & (VOCAB | COMMON | ORDINARY_WORD) == 0
        }
    }

    /// Whether word `k` stands in a sentence that is not English ("Pero al parecer hay algo…"):
    /// fewer than half of its lowercase words are English, so capitalised words there say
    /// nothing about names. Only the strong cues count in such a sentence.
    pub(super) fn foreign(&self, k: usize) -> bool {
        let t = self.t;
        // an English greeting right before the name, or an English verb reporting what it did,
        // is English however many foreign words are around ("Thanks Sofia, merci beaucoup",
        // "Terima kasih, Budi told me" — both left the name in /13)
        let greeted = k > 0
            && self.has(k - 1, ROLE_GREETING)
            && self.full(k - 1) & (FOREIGN_WORD | OTHER_LANGUAGE) == 0
            && matches!(t.gap(k - 1, k), " " | ", ");
        if greeted || self.reported(k) {
            return false;
        }
        // (once per sentence, and the whole message's count once: asked of every name, a long
        // line with no full stop was read whole for each, quadratic in its length)
        let sentences = self.sentences.get_or_init(|| {
            let breaks = |g: &str| g.contains(['.', '!', '?', '\n', '\u{bf}', '\u{a1}']);
            let mut spans = vec![(0u32, 0u32); t.len()];
            let mut s = 0;
            for j in 1..=t.len() {
                if j == t.len() || breaks(t.gap(j - 1, j)) {
                    spans[s..j].fill((s as u32, j as u32));
                    s = j;
                }
            }
            spans
        });
        let (s, e) = (sentences[k].0 as usize, sentences[k].1 as usize);
        let memo = self
            .foreign_memo
            .get_or_init(|| vec![std::cell::Cell::new(0u8); t.len()]);
        match memo[s].get() {
            1 => return false,
            2 => return true,
            _ => {}
        }
        // (words, English words, words of another language's function-word list)
        let count = |s: usize, e: usize| {
            let (mut n, mut english, mut other) = (0, 0, 0);
            for j in s..e {
                let w = &t.words[j];
                // ("Kia ora Andrea, I've booked you in": an English message greets in Māori)
                if self.has(j, ROLE_GREETING | ROLE_SIGNOFF) {
                    continue;
                }
                if w.cap && w.len() > 1 {
                    // a capitalised function word of another language still tells ("Pero", "Tengo")
                    other += usize::from(self.full(j) & FOREIGN_WORD != 0);
                    continue;
                }
                let f = self.full(j);
                if f & FOREIGN_WORD != 0 {
                    other += 1;
                    n += 1;
                    continue;
                }
                if w.len() < 3 {
                    continue;
                }
                n += 1;
                if f & (VOCAB | RARE | ORDINARY_WORD | COMMON) != 0 {
                    english += 1;
                } else if f & OTHER_LANGUAGE != 0 {
                    other += 1;
                }
            }
            (n, english, other)
        };
        let (mut n, mut english, mut other) = count(s, e);
        if n < 4 && other < 2 {
            // a short sentence says too little: judge by the whole message
            (n, english, other) = *self.message_count.get_or_init(|| count(0, t.len()));
        }
        let verdict = other >= 2 && other * 2 >= english || n >= 4 && english * 2 < n;
        memo[s].set(1 + u8::from(verdict));
        verdict
    }

    /// Word `k` stands inside double quotes that hold a title: three or more words of four
    /// letters or more, nearly all capitalised, and a small word in lower case ("The Secret to
    /// Desire in a Long-Term Relationship"); not quoted speech ("Hi Sarah, how are you") nor a
    /// quoted name (“Mark Smith Junior”).
    pub(super) fn quoted_title(&self, k: usize) -> bool {
        // (a title is short: look no further than this either side, so a long line of prose
        // is not searched again for every capitalised word in it)
        const REACH: usize = 120;
        let t = self.t;
        let at = t.words[k].start;
        // a quote mark on either side, near enough, before anything is searched
        let next = self.quotes.partition_point(|&q| q < at);
        let near_before = next > 0 && at - self.quotes[next - 1] <= REACH;
        let near_after = self.quotes.get(next).is_some_and(|&q| q - at <= REACH);
        if !near_before || !near_after {
            return false;
        }
        let mut from = at.saturating_sub(REACH);
        while !t.text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (at + REACH).min(t.text.len());
        while !t.text.is_char_boundary(to) {
            to -= 1;
        }
        let line_start = t.text[from..at].rfind('\n').map_or(from, |p| from + p + 1);
        let line_end = t.text[at..to].find('\n').map_or(to, |p| at + p);
        let before = &t.text[line_start..at];
        // an opening quote with no closing one after it
        let open = match (before.rfind('\u{201c}'), before.rfind('\u{201d}')) {
            (Some(o), c) if c.is_none_or(|c| c < o) => Some(line_start + o + '\u{201c}'.len_utf8()),
            _ if before.matches('"').count() % 2 == 1 => {
                before.rfind('"').map(|o| line_start + o + 1)
            }
            _ => None,
        };
        let Some(open) = open else {
            return false;
        };
        let Some(close) = t.text[at..line_end].find(['\u{201d}', '"']).map(|c| at + c) else {
            return false;
        };
        let long: Vec<&str> = t.text[open..close]
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .filter(|w| w.chars().count() >= 4)
            .collect();
        let capitalised = long
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        // (a title's small words stay lower case; a name has none: “Mark Smith Junior”)
        let small = t.text[open..close].split(' ').any(|w| {
            matches!(
                w,
                "a" | "an"
                    | "the"
                    | "to"
                    | "in"
                    | "of"
                    | "and"
                    | "for"
                    | "with"
                    | "on"
                    | "at"
                    | "from"
                    | "your"
                    | "you"
                    | "my"
                    | "is"
            )
        });
        small && long.len() >= 3 && capitalised * 4 >= long.len() * 3
    }
}
