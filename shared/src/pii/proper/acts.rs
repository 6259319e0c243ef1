//! What someone does: reporting, acting on the writer, opening a clause as its subject.

use super::*;

/// What kind of act [`Finder::acted_on_writer`] looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Done {
    /// Anything done to the writer (`ACTS_ON_WRITER`, `HARMS`, a reporting verb, control).
    Any,
    /// Harm no season, virtue or month is said to do even in a figure of speech (`SEVERE`).
    Severe,
    /// That, or what only a person does to the writer (`HUMAN_ACTS`): "Summer ghosted me".
    ByPerson,
}

/// Which kinds of act follow a word, read in one pass ([`Finder::acts_on_writer`]).
#[derive(Clone, Copy, Default)]
pub(super) struct Acts {
    any: bool,
    severe: bool,
    by_person: bool,
}

impl Acts {
    pub(super) fn are(self, done: Done) -> bool {
        match done {
            Done::Any => self.any,
            Done::Severe => self.severe,
            Done::ByPerson => self.by_person,
        }
    }
}

impl Finder<'_, '_> {
    /// "Mark punched me", "Rose literally ghosted me", "Bill yelled at my son", "Mark has been
    /// hitting me", "Rose broke up with me": something done to the writer or theirs, of the
    /// kind `done` asks for.
    pub(super) fn acted_on_writer(&self, k: usize, done: Done) -> bool {
        self.acts_on_writer(k).are(done)
    }

    /// Every kind of act done to the writer after word `k`, from one reading of the words after
    /// it (most words are ruled out at the first: a capital or no verb of any list).
    pub(super) fn acts_on_writer(&self, k: usize) -> Acts {
        let t = self.t;
        let word = |j: usize| j < t.len() && t.gap(j - 1, j) == " " && !t.words[j].cap;
        let is = |j: usize, w: &[&str]| word(j) && w.contains(&t.stem(j));
        let mut j = k + 1;
        if is(
            j,
            &[
                "just",
                "literally",
                "actually",
                "finally",
                "always",
                "also",
                "even",
                "once",
                "sexually",
                "physically",
                "verbally",
                "emotionally",
            ],
        ) {
            j += 1;
        }
        // "has been hitting", "is stalking", "used to beat", "won't let"
        let aux = if is(j, &["has", "had"]) && is(j + 1, &["been"]) {
            2
        } else if is(j, &["is", "was", "keeps", "kept", "has", "had"]) {
            1
        } else if is(j, &["used", "tried"]) && is(j + 1, &["to"]) {
            2
        } else if is(j, &["won't", "wont", "wouldn't", "would", "will"]) {
            1
        } else {
            0
        };
        j += aux;
        // (not a copula: "Guinness used to be my Friday")
        if !word(j) || matches!(t.stem(j), "be" | "been" | "being") {
            return Acts::default();
        }
        let v = t.stem(j);
        // "Summer left me on read": only a person reads messages
        let on_read = matches!(v, "left" | "leaves" | "leave" | "leaving")
            && is(j + 1, &["me"])
            && is(j + 2, &["on"])
            && is(j + 3, &["read", "delivered", "seen"]);
        let severe = HARMS.contains(&v) && SEVERE.contains(&v);
        let any = HARMS.contains(&v)
            || ACTS_ON_WRITER.contains(&v)
            || self.has(j, ROLE_REPORTING)
            // (after "won't", "keeps", "is": what controls or follows someone, not "Candy used
            // to calm me down")
            || aux > 0
                && matches!(
                    v,
                    "let" | "leave" | "stop" | "texting" | "calling" | "messaging" | "following"
                        | "ignoring" | "controlling" | "control" | "blaming" | "hurting" | "hurt"
                        | "touching" | "touch"
                );
        let broke_up = v == "broke" && is(j + 1, &["up"]);
        // (what only a person does is done to the writer alone: not "Chase blocked my card",
        // "Spring ghosted us this year")
        // (a bare "text" only after "won't", "keeps"…: "Will text me later" is the modal; and
        // "stood" only as "stood me up": not "Hope stood with me through it all")
        let mut human = HUMAN_ACTS.contains(&v)
            && (v != "text" || aux > 0)
            && (v != "stood" || is(j + 1, &["me"]) && is(j + 2, &["up"]));
        if !any && !severe && !human && !broke_up && !on_read {
            return Acts::default();
        }
        let hit = matches!(v, "hit" | "hits" | "hitting" | "beat" | "beating");
        j += 1;
        // (only "broke up with" is a person's act: "Hope broke me" is a figure)
        let mut broke_alone = false;
        if is(j, &["up"]) && is(j + 1, &["with"]) {
            // "Faith broke up with me"
            human |= v == "broke";
            j += 2;
        } else {
            broke_alone = v == "broke";
            if is(j, &["at", "to", "on", "with", "up", "off", "from"]) {
                j += 1;
            }
        }
        // (what hits the writer hard or like something is a time or a feeling: "June hit me
        // hard because of exams", "Sunday hit me like a ton of bricks", "… beating me down")
        let figure = hit
            && is(
                j + 1,
                &[
                    "hard",
                    "harder",
                    "hardest",
                    "like",
                    "down",
                    "differently",
                    "different",
                    "out",
                ],
            );
        let object = is(j, &["me", "my", "us", "our"]) && !figure;
        // (or to the writer's own: "Summer ghosted my sister too")
        let own = || {
            is(j, &["me"]) || is(j, &["my"]) && j + 1 < t.len() && self.has(j + 1, ROLE_RELATION)
        };
        Acts {
            any: any && object,
            severe: severe && !broke_alone && object,
            by_person: on_read || !broke_alone && if human { own() } else { severe && object },
        }
    }

    /// A month that is a common given name, saying something to the writer or harming them:
    /// "April told me to kill myself", "May said she'd call", "June raped me" — not "June hit me
    /// hard because of exams".
    pub(super) fn month_acts(&self, k: usize) -> bool {
        let t = self.t;
        let spoken = || {
            k + 1 < t.len()
                && t.gap(k, k + 1) == " "
                && matches!(
                    t.stem(k + 1),
                    "said"
                        | "says"
                        | "told"
                        | "tells"
                        | "texted"
                        | "texts"
                        | "called"
                        | "asked"
                        | "messaged"
                        | "emailed"
                        | "phoned"
                        | "rang"
                        | "replied"
                        | "wrote"
                        | "yelled"
                        | "screamed"
                        | "shouted"
                )
        };
        matches!(&*t.lower(k), "april" | "may" | "june" | "august")
            && (spoken() || self.acted_on_writer(k, Done::ByPerson))
    }

    /// Word `k` opens a clause as its subject, the verb straight after: "tbh john is the only
    /// one…", "me n dean r not talking", "omg jack just told me".
    pub(super) fn subject_of(&self, k: usize) -> bool {
        let t = self.t;
        let j = k + 1;
        j < t.len()
            && t.gap(k, j) == " "
            && !t.words[j].cap
            && matches!(
                t.stem(j),
                "is" | "was"
                    | "r"
                    | "are"
                    | "were"
                    | "just"
                    | "keeps"
                    | "has"
                    | "had"
                    | "always"
                    | "never"
                    | "still"
                    | "isn't"
                    | "wasn't"
                    | "won't"
                    | "wont"
                    | "doesn't"
                    | "didn't"
                    | "didnt"
                    | "aren't"
                    | "arent"
                    | "used"
                    | "broke"
                    | "split"
                    | "fell"
            )
            || self.reported(k)
            || self.acted_on_writer(k, Done::Any)
    }

    /// Word `k` is the subject of a clause a verb of knowing or a conjunction opens, its verb
    /// straight after: "I think Tom gets drunk", "I know Mark is lying", "since Jack left", "I
    /// think that Frank is manipulating me" — only a person is written so with a capital inside
    /// a sentence (not a season or a virtue: "I think Summer is nearly over", "I know Hope is
    /// hard"). The caller has checked that `k` is a listed first name and no state or country
    /// ("I think Victoria is going back into lockdown").
    pub(super) fn opened_subject(&self, k: usize) -> bool {
        let t = self.t;
        let opener = |p: usize| {
            matches!(
                &*t.lower(p),
                "think"
                    | "thought"
                    | "know"
                    | "knew"
                    | "guess"
                    | "swear"
                    | "bet"
                    | "noticed"
                    | "heard"
                    | "realised"
                    | "realized"
                    | "since"
                    | "until"
                    | "unless"
                    | "while"
                    | "cause"
                    | "cuz"
                    | "coz"
                    | "cos"
                    | "whilst"
                    | "till"
                    | "til"
                    | "whether"
                    | "reckon"
                    | "reckons"
                    | "thinks"
                    | "knows"
                    | "suspect"
                    | "suspects"
                    | "suppose"
                    | "believe"
                    | "doubt"
                    | "hope"
                    | "wish"
                    | "worry"
                    | "worried"
                    | "before"
                    | "after"
                    | "although"
                    | "though"
            )
        };
        k > 0
            && t.gap(k - 1, k) == " "
            && (opener(k - 1)
                || k > 1
                    && &*t.lower(k - 1) == "that"
                    && t.gap(k - 2, k - 1) == " "
                    && opener(k - 2))
            && !self.names_a_thing(k)
            && !senses(&t.lower(k)).has(ANYONE)
            && (self.subject_of(k) || self.finite_after(k))
            // (what a thing is called: "I know Violet is the colour I picked")
            && !(k + 2 < t.len()
                && matches!(t.stem(k + 1), "is" | "was")
                && matches!(&*t.lower(k + 2), "the" | "a" | "an" | "my" | "our" | "your"))
    }

    /// The word after `k` is a verb someone does, in the third person or the past ("Tom gets
    /// drunk", "Mark wanted out"): with `subject_of`'s, what says `k` is a subject.
    pub(super) fn finite_after(&self, k: usize) -> bool {
        let t = self.t;
        k + 1 < t.len()
            && t.gap(k, k + 1) == " "
            && !t.words[k + 1].cap
            && (matches!(
                t.stem(k + 1),
                "gets"
                    | "got"
                    | "goes"
                    | "went"
                    | "comes"
                    | "came"
                    | "drinks"
                    | "drank"
                    | "wants"
                    | "wanted"
                    | "needs"
                    | "needed"
                    | "thinks"
                    | "does"
                    | "did"
                    | "can't"
                    | "cant"
                    | "couldn't"
                    | "would"
                    | "will"
                    | "should"
                    | "knows"
                    | "knew"
                    | "makes"
                    | "made"
                    | "takes"
                    | "took"
                    | "works"
                    | "lives"
                    | "moved"
                    | "left"
                    | "started"
                    | "stopped"
                    | "seems"
                    | "seemed"
                    | "likes"
                    | "liked"
                    | "might"
                    | "could"
                    | "may"
                    | "must"
            )
            // or any verb's past in "-ed": "until Tom apologised", "I think Ruby overdosed"
            || t.stem(k + 1).len() >= 5
                && t.stem(k + 1).ends_with("ed")
                && self.full(k + 1) & VOCAB != 0)
    }

    /// A lowercase word that names a season, a virtue or a month as often as a person ("tbh
    /// hope is the only thing left", "omg june is nearly over").
    pub(super) fn names_a_thing(&self, k: usize) -> bool {
        let l = self.t.lower(k);
        senses(&l).has(CARRIER | SEASON) || self.full(k) & CALENDAR != 0
    }

    /// Followed by a verb that reports what a person did ("Grace said").
    pub(super) fn reported(&self, k: usize) -> bool {
        let t = self.t;
        // a job opening a note's sentence is the job's holder, unnamed: "Lawyer says 60%
        // chance", "Solicitor said to wait"; and an office where it is held, "Bishop at my
        // church said" (not "Bishop from accounts said", "Bishop in the office said")
        if t.sentence_start(k) && ROLE_NOUNS.contains(&&*t.lower(k)) {
            return false;
        }
        // (clergy only at a place of worship: "Bishop from my work" is a person; not "deacon",
        // a given name too: "Deacon at my church said")
        let clergy = matches!(
            &*t.lower(k),
            "bishop" | "pastor" | "priest" | "vicar" | "chaplain" | "minister"
        ) && k + 3 < t.len()
            && matches!(
                &*t.lower(k + 3),
                "church" | "parish" | "chapel" | "mosque" | "temple" | "synagogue" | "cathedral"
            );
        let held = k + 3 < t.len()
            && (ROLE_NOUNS.contains(&&*t.lower(k)) || clergy)
            && matches!(&*t.lower(k + 1), "at" | "from" | "in")
            && matches!(&*t.lower(k + 2), "my" | "our");
        if held && t.sentence_start(k) {
            return false;
        }
        let verb = |j: usize| {
            j < t.len() && !t.words[j].cap && t.gap(j - 1, j) == " " && self.has(j, ROLE_REPORTING)
        };
        // "Grace said", and "Heather from group said", "Ford from HR called me in"; "Howya,
        // John here." (a caller naming themself)
        // ("carol just texted me", "mark finally called")
        let adverb = |j: usize| {
            j < t.len()
                && t.gap(j - 1, j) == " "
                && matches!(
                    t.stem(j),
                    "just" | "finally" | "literally" | "actually" | "already" | "also" | "still"
                )
        };
        verb(k + 1)
            || adverb(k + 1) && verb(k + 2)
            || k + 1 < t.len()
                && t.gap(k, k + 1) == " "
                && t.stem(k + 1) == "here"
                && self.ends_phrase(k + 1)
                // (an everyday word only after a greeting: "Howya, Mark here", not "Storm here,
                // power's out")
                && (t.sentence_start(k) && self.full(k) & VOCAB == 0
                    || k > 0 && t.gap(k - 1, k) == ", ")
            // (where they are from names a group or a place, not "Miles from anyone who knows
            // me")
            || k + 2 < t.len()
                && matches!(&*t.lower(k + 1), "from" | "at" | "in")
                && t.gap(k, k + 1) == " "
                && !matches!(
                    &*t.lower(k + 2),
                    "anyone" | "anywhere" | "everyone" | "everywhere" | "anybody" | "nowhere"
                )
                && (verb(k + 3) || verb(k + 4))
    }

    pub(super) fn ends_phrase(&self, k: usize) -> bool {
        let t = self.t;
        t.text[t.words[k].stem_end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '!' | '.' | '?' | '\n' | ':' | ')' | ';'))
    }
}
