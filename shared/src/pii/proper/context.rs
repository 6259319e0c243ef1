//! Whether a found name stands near the writer (a relation, a report, a transcript's speaker), and
//! the public references (Bible books, media) that are no one.

use super::*;

/// What stands before a proper noun.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Cue {
    None,
    Title,
    /// "my name is", "call me", "named": any capitalised word, and listed lowercase names.
    Intro,
    /// "I'm", "this is", "it's": listed names and unknown words.
    WeakIntro,
    Relation,
    Greeting,
    Object,
    Place,
    Street,
    Determiner,
}

/// Nothing but punctuation, kisses and emoji: what may follow a name that signs a message
/// ("Bryony x", "Heather 💜", "Roger Long x").
pub(super) fn only_marks(s: &str) -> bool {
    s.split_whitespace().all(|tok| {
        tok.chars()
            .all(|c| c.is_ascii_punctuation() || !c.is_ascii() && !c.is_alphanumeric())
            || tok.len() <= 3 && tok.bytes().all(|c| c == b'x' || c == b'X')
    })
}

/// Whether the words around a public figure's name (`text[start..end]`) make it someone the
/// writer knows, so the name rules decide: a relation, title, introduction or greeting just
/// before ("my friends Kate Moss and…", "Mr. Jack Black", "my name is …", "Dear …"), a form's
/// label or a line under a sign-off, or after it "is my (best) friend", "is 105".
pub fn personal_context(lex: &Lexicon, lines: &Lines<'_>, start: usize, end: usize) -> bool {
    let text = lines.text;
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\t']);
    if let Some(label) = trimmed.strip_suffix(':') {
        // a label of a word or three opening its line ("Service user:", "- Veteran:", "next of
        // kin:"), not a sentence's colon ("…on the subject: Eckhart Tolle")
        // (read back at most LABEL_REACH bytes: a long line of "…: Name" is not read back to
        // its start for each name, and a label is never that long)
        // (one byte more than the reach: the line break before a line of LABEL_REACH bytes)
        let from =
            crate::pii::text::ceil_boundary(label, label.len().saturating_sub(LABEL_REACH + 1));
        let (line, whole) = match label[from..].rfind('\n') {
            Some(p) => (&label[from + p + 1..], true),
            None => (&label[from..], label.len() <= LABEL_REACH),
        };
        let line = line.trim_start_matches(['-', '*', ' ', '\u{2022}']);
        let last = line.rsplit(' ').next().unwrap_or("").to_lowercase();
        let role = lex.flags(&last) & (ROLE_RELATION | ROLE_INTRO) != 0
            || matches!(last.as_str(), "kin" | "contact");
        // (a label that asks for a person counts however long its line: "…cried at the
        // anxiety bit. Emergency contact: Mary Oliver")
        if role
            || whole
                && line.split_whitespace().count() <= 3
                && line.starts_with(|c: char| c.is_uppercase())
        {
            return true;
        }
    }
    // (a sign-off's line ends with a comma, or its last sentence is a sign-off alone with the
    // name on a line of its own: "…is unreal. Regards\nDaniel Andrews", not "Love\nTaylor Swift
    // forever")
    let rest = text[end..].trim_start_matches([' ', ',', '.']);
    let signature_line = rest.is_empty() || rest.starts_with(['\n', '\r']);
    let under_signoff = trimmed.strip_suffix('\n').is_some_and(|line| {
        let line = line.rsplit('\n').next().unwrap_or("").trim_end();
        let last = line.trim_end_matches(['.', '!']);
        let last = last.rsplit(['.', '!', '?']).next().unwrap_or("");
        line.ends_with(',')
            || signature_line
                && last.split_whitespace().count() <= 3
                && last
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| SIGNOFFS.contains(&w.to_ascii_lowercase().as_str()))
    });
    if under_signoff {
        return true;
    }
    let after = text[end..].trim_start_matches(' ');
    // a greeting addresses the figure only when the name ends the clause ("thanks, Adele!"),
    // not in "lol David Attenborough documentaries are…" ("and" joins a list of people, "my
    // friends Kate Moss and Jack Black", as before)
    let addressed = after.is_empty() || after.starts_with([',', '.', '!', '?', '\n']);
    let colon = trimmed.ends_with(':');
    // ("According to John Gottman" opens a sentence too)
    let back_to = trimmed.strip_suffix(" to").is_some_and(|h| {
        let w = h.rsplit([' ', '\n']).next().unwrap_or("");
        // (music is listened, danced and sung to, a few words back in the clause: "dancing
        // with one of the carers to Frank Sinatra")
        let music = clause_last_words(h).any(|v| {
            let v = v.to_ascii_lowercase();
            v.starts_with("listen")
                || v.starts_with("danc")
                || matches!(v.as_str(), "sing" | "sings" | "singing" | "sang" | "sung")
        });
        music
            || ["back", "according", "due", "along"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
    });
    let cue = |w: &str| {
        let w = w.to_lowercase();
        let plural = w.strip_suffix('s').unwrap_or("");
        let flags = lex.flags(&w);
        // (an author is cited "by Dr. John Gottman": those two are no personal cue; "me" is
        // one on a form's line, "Me: …", not in "NOBODY LISTENS TO ME Stephen King…"; "to" is
        // one, "I sent nudes to Jack Black", but not in "goes back to Aaron T. Beck")
        let citation = matches!(w.as_str(), "by" | "dr" | "doctor" | "prof" | "professor")
            || w == "to" && back_to;
        // (a greeting that is only a greeting — "hi", "thanks", "dear" — always addresses; an
        // everyday word that greets, "lol", "ok", "so", only an addressed name)
        let pure_greeting = PURE_GREETINGS.contains(&w.as_str());
        let role = flags & (ROLE_RELATION | ROLE_TITLE | ROLE_INTRO) != 0 && (w != "me" || colon)
            || flags & ROLE_GREETING != 0 && (addressed || pure_greeting);
        !citation && role
            || plural.len() > 2 && lex.flags(plural) & ROLE_RELATION != 0
            || matches!(w.as_str(), "named" | "called" | "i'm" | "im" | "i\u{2019}m")
    };
    // the word before counts within the sentence: "…judge me. Virginia Woolf, stones in her
    // pockets" has none, "Mr. Rogers" has its title
    let head = before.trim_end_matches([' ', ',', ':', '-']);
    let sentence_ended = head.ends_with(['!', '?'])
        || head.strip_suffix('.').is_some_and(|h| {
            let w = h
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            lex.flags(&w.to_lowercase()) & ROLE_TITLE == 0
        });
    let mut words = head
        .trim_end_matches(['.', '!', '?'])
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}');
    let word = words.next().unwrap_or("");
    // (across a sentence's end only a relation still speaks of the person: "I have a
    // boyfriend. Tom Hardy is his name"; not of a figure's work: "…to reach a counselor.
    // Selena Gomez's documentary made me cry")
    let works = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
        .is_some_and(|rest| {
            let noun: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
            MEDIA_WITH.contains(&noun.to_ascii_lowercase().as_str())
        });
    let word = if sentence_ended && (lex.flags(&word.to_lowercase()) & ROLE_RELATION == 0 || works)
    {
        ""
    } else {
        word
    };
    let mut back = words.clone();
    let word_before = back.next().unwrap_or("");
    let (word_lower, before_lower) = (word.to_lowercase(), word_before.to_lowercase());
    let media = |w: &str| MEDIA_WITH.contains(&w.to_lowercase().as_str());
    // "with" is company ("I live with …", "went with …", "an interview with …"), not after a
    // film's or a fan's word ("the film with Judi Dench", "obsessed with Andrew Tate", "a
    // podcast interview with Gabor Maté")
    let joined = match word_lower.as_str() {
        "with" => !media(word_before) && !back.next().is_some_and(media),
        // a street or a place named like a figure: "he lives on Sally Field"
        "on" | "at" => matches!(
            before_lower.as_str(),
            "live" | "lives" | "lived" | "living" | "moved" | "move" | "moving" | "stay" | "stays"
        ),
        _ => false,
    };
    if joined {
        return true;
    }
    // "is"/"was" introduce only after "name", "this", "it" ("my name is …", "this is …"), not
    // in "my comfort show is Gilmore Girls"
    let copula = matches!(word_lower.as_str(), "is" | "was");
    let introduced = !copula
        || words.next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "name" | "this" | "it" | "that" | "who"
            )
        });
    // (a voicemail's "message for …"; what the writer did to them: "i told emma watson about
    // the song i wrote", "we met Taylor Swift at the gym")
    let message_for = word.eq_ignore_ascii_case("for")
        && matches!(before_lower.as_str(), "message" | "voicemail");
    let writer_did =
        matches!(before_lower.as_str(), "i" | "we") && CONTACT_VERBS.contains(&word_lower.as_str());
    if cue(word) && introduced || message_for || writer_did {
        return true;
    }
    // an age: "… is 105", not "… is 100% my idol"
    if let Some(n) = after.strip_prefix("is ") {
        let digits: String = n.chars().take_while(char::is_ascii_digit).collect();
        let next = n[digits.len()..].chars().next();
        if digits.parse::<u32>().is_ok_and(|v| (90..=120).contains(&v)) && next != Some('%') {
            return true;
        }
    }
    // (and, typed in lower case, what it keeps doing to the writer: "julia roberts keeps
    // liking all my photos"; in capitals a brand does that too, "Wells Fargo keeps charging
    // me fees")
    let lowercase = text[start..].starts_with(|c: char| c.is_lowercase());
    if done_to_writer(after) || lowercase && keeps_at_writer(after) {
        return true;
    }
    // a transcript's speaker ("Facilitator: …\nRobin Williams: Hi. I'm…"; not a quotation's
    // author, "Maya Angelou: 'You may not…'", nor a fan's line, "Harry Styles: my favourite
    // singer."), and a relation in brackets after ("Mary Oliver (sister)")
    let speaker = after.strip_prefix(':').is_some_and(|said| {
        !said
            .trim_start()
            .starts_with(['"', '\'', '\u{201c}', '\u{2018}'])
    }) && (before.is_empty() || before.ends_with('\n'))
        && lines.speaker_elsewhere(start);
    let bracketed = after.strip_prefix('(').is_some_and(|r| {
        bracket_first_words(r).any(|w| {
            let w = w.to_lowercase();
            lex.flags(&w) & ROLE_RELATION != 0 || matches!(w.as_str(), "nok" | "emergency")
        })
    });
    if speaker || bracketed {
        return true;
    }
    // "… is my emergency contact", "… is my best friend", "…, my ex-boyfriend," (not "Bob Ross
    // is my 3am comfort watch")
    [
        "is my ",
        "was my ",
        ", my ",
        ", our ",
        "who is my ",
        "who was my ",
        "who's my ",
    ]
    .iter()
    .any(|p| {
        after.strip_prefix(p).is_some_and(|rest| {
            rest.split([' ', ',', '.']).take(2).any(|w| {
                let w = w.trim_start_matches("ex-");
                matches!(w, "emergency" | "next" | "key" | "case")
                    || lex.flags(&w.to_lowercase()) & ROLE_RELATION != 0
            })
        })
    })
}

/// The last eight words (split at spaces) of the clause that `h` ends, the clause opening after
/// the last ". ! ? ; or line break": read back word by word, so a long clause of "…to Name to
/// Name" is not read back to its start for each name.
pub(super) fn clause_last_words(h: &str) -> impl Iterator<Item = &str> {
    let mut opened = false;
    h.rsplit(' ').take(8).map_while(move |piece| {
        if opened {
            return None;
        }
        Some(match piece.rfind(['.', '!', '?', '\n', ';']) {
            Some(p) => {
                opened = true;
                &piece[p + 1..]
            }
            None => piece,
        })
    })
}

/// The first two words (split at spaces and commas) inside the brackets that `r` follows the
/// "(" of, up to the ")": read only as far as those two words, not to a ")" far away.
pub(super) fn bracket_first_words(r: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(r);
    std::iter::from_fn(move || {
        let r = rest?;
        let cut = r.find([' ', ',', ')']).unwrap_or(r.len());
        rest = match r.as_bytes().get(cut) {
            Some(b' ' | b',') => Some(&r[cut + 1..]),
            _ => None,
        };
        Some(&r[..cut])
    })
    .take(2)
}

/// How far back a form's label is looked for before a figure's name.
const LABEL_REACH: usize = 128;

/// A text and, worked out once when first asked, the first two of its lines that open with a
/// speaker's label (asked for each figure's name that opens a line: a scan of the whole text
/// for each made a long transcript quadratic).
pub struct Lines<'a> {
    text: &'a str,
    labelled: std::cell::OnceCell<[Option<usize>; 2]>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Lines {
            text,
            labelled: std::cell::OnceCell::new(),
        }
    }

    /// Another line than the one at `start` opens with a speaker's label of a word or two
    /// ("Facilitator:", "Member 4:"): a transcript.
    pub(super) fn speaker_elsewhere(&self, start: usize) -> bool {
        let [first, second] = *self.labelled.get_or_init(|| {
            let mut at = 0;
            let mut found = self.text.split('\n').filter_map(|line| {
                let here = at;
                at += line.len() + 1;
                line.split_once(':')
                    .is_some_and(|(label, _)| {
                        let words = label.split_whitespace().count();
                        (1..=2).contains(&words) && label.starts_with(|c: char| c.is_uppercase())
                    })
                    .then_some(here)
            });
            [found.next(), found.next()]
        });
        first.is_some_and(|f| f != start) || second.is_some()
    }
}

/// "… called me", "… told my mum", "… said to me": what the name did, it did to the writer or
/// theirs, so the name is someone they know ("Imran Khan called me yesterday", "Robin
/// Williams texted my sister"), not a figure they read or hear of ("Stephen Fry said
/// depression…", "… told us about his bipolar in that documentary"; nor "… and I": "by Kristin
/// Neff and I need to talk about it").
pub(super) fn done_to_writer(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let (Some(verb), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let to_writer = |w: &str| matches!(w, "me" | "my");
    (REPORTING.contains(&verb.as_str()) || OBJECT_VERBS.contains(&verb.as_str()))
        && (to_writer(&next) || next == "to" && words.next().is_some_and(|w| to_writer(&w)))
}

/// "… keeps liking all my photos", "… kept calling me": what the name keeps doing, it does to
/// the writer.
fn keeps_at_writer(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let (Some(verb), Some(doing)) = (words.next(), words.next()) else {
        return false;
    };
    matches!(verb.as_str(), "keeps" | "kept")
        && doing.ends_with("ing")
        && words.take(2).any(|w| matches!(w.as_str(), "me" | "my"))
}

/// "… from my class", "… from accounts", "… at my work": a name typed in lower case that matches
/// a public figure's is someone the writer knows ("… from the eras tour" is the figure's). Not
/// for one typed with capitals: "Harry Styles from One Direction", "Billie Eilish in my ears".
pub fn known_from(after: &str) -> bool {
    let after: String = after.trim_start_matches(' ').chars().take(16).collect();
    let after = after.to_ascii_lowercase();
    after.starts_with("from ") && !after.starts_with("from the ")
        || ["at my ", "in my "].iter().any(|p| after.starts_with(p))
}

/// Words before "with" that make it no company: a figure is in the film, not with the writer.
pub(super) const MEDIA_WITH: &[&str] = &[
    "obsessed",
    "film",
    "films",
    "movie",
    "movies",
    "series",
    "podcast",
    "podcasts",
    "documentary",
    "documentaries",
    "episode",
    "episodes",
    "concert",
    "concerts",
    "album",
    "albums",
    "song",
    "songs",
    "duet",
    "sitcom",
    "musical",
    "memoir",
    "doco",
    "docuseries",
];

/// Books of the Bible that are also names: cited by chapter and verse they are no one
/// ("John 3:16 reminds me I'm loved", "Jeremiah 29:11 is on my wall").
pub(super) const BIBLE_BOOKS: &[&str] = &[
    "Genesis",
    "Exodus",
    "Numbers",
    "Joshua",
    "Judges",
    "Ruth",
    "Samuel",
    "Kings",
    "Ezra",
    "Nehemiah",
    "Esther",
    "Job",
    "Psalm",
    "Psalms",
    "Proverbs",
    "Isaiah",
    "Jeremiah",
    "Ezekiel",
    "Daniel",
    "Hosea",
    "Joel",
    "Amos",
    "Obadiah",
    "Jonah",
    "Micah",
    "Nahum",
    "Habakkuk",
    "Zephaniah",
    "Haggai",
    "Zechariah",
    "Malachi",
    "Matthew",
    "Mark",
    "Luke",
    "John",
    "Acts",
    "Romans",
    "Corinthians",
    "Galatians",
    "Ephesians",
    "Philippians",
    "Colossians",
    "Thessalonians",
    "Timothy",
    "Titus",
    "Philemon",
    "Hebrews",
    "James",
    "Peter",
    "Jude",
    "Revelation",
];

/// Whether `text[start..end]` is a book of the Bible cited by chapter and verse.
pub fn bible_reference(text: &str, start: usize, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let chapter = rest.bytes().take_while(u8::is_ascii_digit).count();
    let verse = rest[chapter..]
        .strip_prefix(':')
        .map_or(0, |v| v.bytes().take_while(u8::is_ascii_digit).count());
    let book = &text[start..end];
    (1..=3).contains(&chapter)
        && (1..=3).contains(&verse)
        && BIBLE_BOOKS.iter().any(|b| b.eq_ignore_ascii_case(book))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text of the characters the three readings split at, words, and a capitalised label.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec![
                " ",
                ",",
                ")",
                "(",
                ".",
                "!",
                "?",
                ";",
                ":",
                "\n",
                "to",
                "Nurse",
                "a b",
                "Jo",
                "é",
                "listening",
                "x",
            ]),
            0..40,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        // each reading gives what the whole-text scan it replaced gave
        #[test]
        fn bounded_readings_agree_with_the_scans_they_replace(t in text(), cut in 0usize..200) {
            let clause = t.rsplit(['.', '!', '?', '\n', ';']).next().unwrap_or("");
            let scanned: Vec<&str> = clause.rsplit(' ').take(8).collect();
            prop_assert_eq!(clause_last_words(&t).collect::<Vec<_>>(), scanned);
            let inside = t.split(')').next().unwrap_or("");
            let scanned: Vec<&str> = inside.split([' ', ',']).take(2).collect();
            prop_assert_eq!(bracket_first_words(&t).collect::<Vec<_>>(), scanned);
            // (a speaker's label on another line than the one at a line's start)
            let starts: Vec<usize> = std::iter::once(0)
                .chain(t.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            let start = starts[cut % starts.len()];
            let mut at = 0;
            let scanned = t.split('\n').any(|line| {
                let here = at;
                at += line.len() + 1;
                here != start
                    && line.split_once(':').is_some_and(|(label, _)| {
                        let words = label.split_whitespace().count();
                        (1..=2).contains(&words) && label.starts_with(|c: char| c.is_uppercase())
                    })
            });
            prop_assert_eq!(Lines::new(&t).speaker_elsewhere(start), scanned);
            // (a sign-off's line after a name, and a line of punctuation only)
            let line = t.split('\n').next().unwrap_or("").trim_end();
            let scanned = (line.len() < 12).then_some(line);
            prop_assert_eq!(super::super::person::short_line(&t, 12), scanned);
            let line = t.split('\n').next().unwrap_or("");
            let scanned = line.trim().chars().all(|c| c.is_ascii_punctuation());
            prop_assert_eq!(super::super::cues::only_punctuation_to_line_end(&t), scanned);
        }
    }
}
