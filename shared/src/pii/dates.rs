//! Dates more precise than a year (Safe Harbor removes every element of a date but the year when
//! it is tied to a person, and in a personal conversation nearly all are): day + month in every
//! written order and separator, month + year, a weekday written as part of a date; and ages
//! over 89.
//!
//! Years alone, months alone, weekdays alone and durations ("six months", "3 weeks") stay.

use super::lexicon::{COMMON, FIRST_NAME, Lexicon, ORDINARY_WORD, RARE, SURNAME, VOCAB};
use super::text::before;
use super::{Finding, Kind};
use regex::Regex;

const MONTHS: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAY: &str = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,? )?";

/// Before a bare "7/14", a word that makes it a date rather than a ratio or a fraction.
const SHORT_DATE_CUES: &[&str] = &[
    "on",
    "since",
    "born",
    "dob",
    "date",
    "until",
    "till",
    "by",
    "from",
    "is",
    "was",
    "married",
    "discharged",
    "admitted",
    "around",
    "before",
    "after",
    "birthday",
    "anniversary",
    "session",
    "appointment",
    "due",
    "died",
    "passed",
    "started",
    "ended",
    "due:",
    "dated",
    "birth",
    // (a case note's: "Next appt 17/3 at 2pm", "discharged 3/11, readmitted 19/11")
    "appt",
    "readmitted",
    "booked",
    "scheduled",
];
/// What falls on a day, before "is"/"was" and a bare "4/10": a date, not a rating out of ten.
const DAYS_OF: &[&str] = &[
    "funeral",
    "wedding",
    "surgery",
    "operation",
    "interview",
    "exam",
    "hearing",
    "court",
    "party",
    "review",
    "visit",
    "scan",
    "deadline",
    "tribunal",
    "mri",
    "ct",
    "results",
    "discharge",
    "admission",
    "bday",
    "overdose",
    "relapse",
    "accident",
    "attempt",
    "diagnosis",
];
/// The few words after a bare "4/10" name what happens on that day ("…ok for our next
/// session?", "…at the tribunal"): not a time alone, which a rating has too ("anxiety was 8/10 at
/// 3am").
fn day_business_after(after: &str) -> bool {
    let end = after.char_indices().nth(48).map_or(after.len(), |(i, _)| i);
    let window = after[..end].to_ascii_lowercase();
    window
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        // (not past another clause's: "my mood is 8/10 since my appointment on 2/10")
        .take_while(|w| {
            !matches!(
                *w,
                "since" | "because" | "cause" | "cos" | "when" | "after" | "before" | "until"
            )
        })
        .any(|w| {
            DAYS_OF.contains(&w)
                || matches!(
                    w,
                    "session" | "sessions" | "appointment" | "appt" | "birthday" | "anniversary"
                )
        })
}

/// Before an age, words that say it is a measurement, not an age ("heart rate is 95").
const NOT_AGE: &[&str] = &[
    "rate",
    "pressure",
    "score",
    "weight",
    "temperature",
    "temp",
    "bpm",
    "iq",
    "percent",
    "level",
    "sugar",
    "glucose",
    "oxygen",
    "heart",
    "pulse",
    "mg",
    "grade",
    "mark",
    "points",
    "cholesterol",
    "kg",
    "lbs",
    "pounds",
    "minutes",
    "speed",
    "mph",
    "test",
    "exam",
    "room",
    "page",
    "number",
    "bus",
    "route",
    "channel",
    "dollars",
    "$",
    "£",
    "€",
];

pub struct Dates {
    numeric: Regex,
    short: Regex,
    iso: Regex,
    month_day: Regex,
    day_month: Regex,
    month_year: Regex,
    /// "6-Mar-2024", "06/mar/24"
    day_mon_year: Regex,
    /// "I'm 92M", "(91F)": an age with a sex, as forums write them
    age_sex: Regex,
    age_years: Regex,
    age_cue: Regex,
    age_kin: Regex,
    age_appositive: Regex,
    age_about: Regex,
    age_birthday: Regex,
}

impl Dates {
    pub fn new() -> Dates {
        let re = |p: &str| Regex::new(p).expect("date pattern compiles");
        Dates {
            numeric: re(r"(?-u:\b)(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})(?-u:\b)"),
            short: re(r"(?-u:\b)(\d{1,2})/(\d{1,2})(?-u:\b)"),
            iso: re(r"(?-u:\b)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?-u:\b)"),
            month_day: re(&format!(
                r"(?i)(?-u:\b){WEEKDAY}({MONTHS})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?:\d{{4}}|'\d{{2}}))?(?-u:\b)"
            )),
            day_month: re(&format!(
                r"(?i)(?-u:\b){WEEKDAY}(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTHS})\.?(?:,? \d{{4}})?(?-u:\b)"
            )),
            month_year: re(&format!(
                r"(?i)(?-u:\b)({MONTHS})\.?,? (?:of )?(\d{{4}})(?-u:\b)"
            )),
            day_mon_year: re(&format!(
                r"(?i)(?-u:\b)(\d{{1,2}})([-/])({MONTHS})([-/])(\d{{4}}|\d{{2}})(?-u:\b)"
            )),
            // (a capital M or F, after "I'm" or in brackets after a person: not "(95F)" of the
            // weather, "100m from the station")
            age_sex: re(
                r"(?:(?-u:\b)(?i:i'm|im|i am|i\x{2019}m) |(?-u:\b)(?i:me|i|my|grandma|gran|nan|nana|granny|grandpa|grandad|mum|mom|dad|mother|father|husband|wife|partner|friend|bf|gf|boyfriend|girlfriend|son|daughter|brother|sister) \()(\d{2,3}) ?[MF](?:\)|(?-u:\b))",
            ),
            age_years: re(
                r"(?i)(?-u:\b)(\d{2,3})(?: ?-?(?:years?|yrs?)(?:[- ](?:old|of age))?(?-u:\b)| ?-?(?:y/o|yo)(?-u:\b)| ?-?y\.o\.?)",
            ),
            age_cue: re(
                r"(?i)(?-u:\b)(?:aged?:?|i'm|im|i\x{2019}m|i am|he's|she's|hes|shes|they're|he is|she is|who's|is|was|turned|turning|turns|at|reached|reach|hit|almost|nearly|over|be|being|now|(?:the )?age of|lived to|made it to|(?:is|'s|\x{2019}s) (?:like|about|around|nearly|almost)|when you get to) (\d{2,3})(?-u:\b)",
            ),
            // "Pastor Lewis, around 103, hasn't…", "Elderly male, approx. 92, found…", "Pt: F,
            // 100, lives with…", "Is 95 too old to start?"
            age_about: re(
                r"(?:, (?i:around|about|approx\.?|approximately|roughly) |(?-u:\b)[MF], )(\d{2,3})(?:, [a-z]|[.)])|(?i:(?-u:\b)(\d{2,3}) (?:is |was )?too old(?-u:\b))",
            ),
            // "gran's 94", "grandad, 97, lives alone", "mum (92)", "Margaret, 96, and…"
            age_kin: re(
                r"(?i)(?-u:\b)(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandpa|grandfather|grandad|granddad|grandparent|mum|mom|mother|dad|father|aunt|auntie|aunty|uncle|koro|kuia|pop|poppa|husband|wife|partner|neighbour|neighbor|patient|client|resident)(?:'s|\x{2019}s|,? who's|,? who is)? ?[,(\x{2013}-]? ?(\d{2,3})(?-u:\b)",
            ),
            // (then the clause goes on in lower case: "Margaret, 96, lives alone", not
            // "Honestly, 100, I agree" nor "Maths, 95, English, 91"); or the age in brackets
            // after a name: "My dad Jamie Fox (93) is…", "Zoë (93) lives", "my gran Rose (94)."
            age_appositive: re(
                r"(?:^|[^\p{L}])\p{Lu}[\p{L}'\x{2019}-]*\p{Ll}(?:, \(?(\d{2,3})(?:, [a-z]|\)|\. [A-Z])| \((\d{2,3})\)(?: [a-z]|[.,;]))",
            ),
            age_birthday: re(r"(?i)(?-u:\b)(\d{2,3})(?:st|nd|rd|th) birthday"),
        }
    }

    /// Only called when the text has a digit.
    pub fn find(&self, text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
        let mut push = |s: usize, e: usize, kind| {
            out.push(Finding {
                start: s,
                end: e,
                kind,
            })
        };
        for c in self.numeric.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
            if c[2] == c[4] && day_and_month(a, b) {
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for c in self.short.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            let bytes = text.as_bytes();
            let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
            let runs_on = matches!(bytes.get(m.end()), Some(b'/' | b'.' | b'-'))
                && digit_at(m.end() + 1)
                || m.start() > 1
                    && matches!(bytes[m.start() - 1], b'/' | b'.' | b'-')
                    && digit_at(m.start() - 2);
            let cue = before(text, m.start(), 16);
            let cued = cue
                .split(|c: char| !c.is_alphanumeric() && c != ':')
                .rev()
                .find(|w| !w.is_empty())
                .is_some_and(|w| SHORT_DATE_CUES.contains(&w.trim_end_matches(':')));
            // a list of appointments: "- 11/24 psychiatry review"
            let listed = listed_at(&text[..m.start()]);
            let cued = cued || listed;
            // a rating out of ten after "is"/"was" is no date ("mood 6/10 today, was 4/10 last
            // week"), unless what is or was on it is a day's ("my appointment is 4/10")
            // (nor when a day's business follows: "is 4/10 ok for our next session?")
            let rating = b == 10 && a <= 10 && {
                let mut words = cue
                    .split(|c: char| !c.is_alphanumeric())
                    .rev()
                    .filter(|w| !w.is_empty());
                // (`cue` is lowered)
                matches!(words.next(), Some("is" | "was"))
                    && !words
                        .next()
                        .is_some_and(|w| SHORT_DATE_CUES.contains(&w) || DAYS_OF.contains(&w))
                    && !day_business_after(&text[m.end()..])
            };
            if !runs_on && cued && !rating && day_and_month(a, b) {
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for c in self.iso.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let (mo, d): (u32, u32) = (c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
            if (1..=12).contains(&mo) && (1..=31).contains(&d) {
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for c in self.month_day.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let day: u32 = c[2].parse().unwrap_or(0);
            if month_word_ok(&c[1]) && (1..=31).contains(&day) {
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for c in self.day_month.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let day: u32 = c[1].parse().unwrap_or(0);
            if month_word_ok(&c[2]) && (1..=31).contains(&day) {
                // "the" belongs to the sentence, not the date
                // (its first four bytes only: lowering the rest of the text for each date made
                // a long list of dates quadratic)
                let start = if text.as_bytes()[m.start()..]
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"the "))
                {
                    m.start() + 4
                } else {
                    m.start()
                };
                push(start, m.end(), Kind::Date);
            }
        }
        for c in self.month_year.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            if month_word_ok(&c[1]) {
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for c in self.day_mon_year.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let day: u32 = c[1].parse().unwrap_or(0);
            if c[2] == c[4] && (1..=31).contains(&day) {
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for (s, e) in holiday_years(text) {
            push(s, e, Kind::Date);
        }
        // every age rule needs a number from 90 to 120: most text has none, and the patterns
        // are not run over it
        if !has_old_age(text) {
            return;
        }
        for c in self.age_sex.captures_iter(text) {
            let g = c.get(1).expect("age group");
            let m = c.get(0).expect("whole match");
            let end = m.end() - usize::from(m.as_str().ends_with(')'));
            if over_89(g.as_str()) {
                push(g.start(), end, Kind::Age);
            }
        }
        for c in self.age_years.captures_iter(text) {
            let g = c.get(1).expect("age group");
            if over_89(g.as_str()) {
                let m = c.get(0).expect("whole match");
                push(m.start(), m.end(), Kind::Age);
            }
        }
        for r in [
            &self.age_cue,
            &self.age_kin,
            &self.age_appositive,
            &self.age_about,
        ] {
            for c in r.captures_iter(text) {
                let Some(g) = c.get(1).or_else(|| c.get(2)) else {
                    continue;
                };
                // "Jamie Fox (93) is…", not "Chapter (100) is long": in brackets, after a name
                if std::ptr::eq(r, &self.age_appositive) && c.get(1).is_none() {
                    // (the word before the bracket, and the one before that: "Dawn Begum (96)")
                    let head = text[..g.start()].trim_end_matches(" (");
                    let mut words = head.rsplit(' ');
                    let word = words.next().unwrap_or("");
                    // (a capitalised word before that is a name, not "Reading Psalm (91)")
                    let run = words.next().is_some_and(|w| {
                        let g = lex.flags(&w.to_lowercase());
                        w.starts_with(|c: char| c.is_ascii_uppercase())
                            && g & COMMON == 0
                            && (g & FIRST_NAME != 0 || g & (VOCAB | RARE | ORDINARY_WORD) == 0)
                    });
                    let f = lex.flags(&word.to_lowercase());
                    let everyday = f & (VOCAB | RARE | ORDINARY_WORD) != 0;
                    if everyday && f & (FIRST_NAME | SURNAME) == 0 && !run {
                        continue;
                    }
                }
                if over_89(g.as_str()) && is_age(text, g.start(), g.end(), lex) {
                    push(g.start(), g.end(), Kind::Age);
                }
            }
        }
        for c in self.age_birthday.captures_iter(text) {
            let g = c.get(1).expect("age group");
            if over_89(g.as_str()) {
                let m = c.get(0).expect("whole match");
                push(g.start(), m.end() - " birthday".len(), Kind::Age);
            }
        }
    }
}

fn day_and_month(a: u32, b: u32) -> bool {
    (1..=12).contains(&a) && (1..=31).contains(&b) || (1..=31).contains(&a) && (1..=12).contains(&b)
}

/// A number after an age cue is an age unless a unit or a counted thing follows or a
/// measurement word precedes.
fn is_age(text: &str, start: usize, end: usize, lex: &Lexicon) -> bool {
    let after = &text[end..];
    // (only after a word of quantity: "is 94 thinks he's still 20" is an age)
    let before = text[..start].trim_end();
    let quantity = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "over"
                    | "nearly"
                    | "about"
                    | "almost"
                    | "around"
                    | "hit"
                    | "reached"
                    | "than"
                    | "has"
                    | "have"
                    | "had"
                    | "got"
                    | "with"
            )
        });
    if quantity && counts_things(after, lex) {
        return false;
    }
    let unit = after.starts_with(['%', '.', ':', '/', ',', '-'])
        && after[1..].starts_with(|c: char| c.is_ascii_digit())
        || after.starts_with('%')
        || {
            let word: String = after
                .trim_start()
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_ascii_lowercase();
            matches!(
                word.as_str(),
                "mg" | "ml"
                    | "kg"
                    | "lbs"
                    | "lb"
                    | "pounds"
                    | "percent"
                    | "bpm"
                    | "minutes"
                    | "mins"
                    | "min"
                    | "seconds"
                    | "hours"
                    | "days"
                    | "times"
                    | "mph"
                    | "km"
                    | "miles"
                    | "dollars"
                    | "quid"
                    | "bucks"
                    | "euro"
                    | "euros"
                    | "grand"
                    | "pence"
                    | "cents"
                    | "people"
                    | "cm"
                    | "over"
                    | "degrees"
                    | "points"
                    | "am"
                    | "pm"
                    | "out"
                    | "x"
            )
        };
    // the measurement word in the same sentence, among the few words before the number
    // ("heart rate is 95"; not "the test again.\nPop turned 97")
    let mut from = start.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let clause = text[from..start]
        .rsplit(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or("");
    // (a capitalised "Mark" is a person: "uses name Mark, lives with grandmother (91)")
    let measured = clause
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '$' | '£' | '€'))
        .filter(|w| !w.is_empty())
        .rev()
        .take(7)
        .any(|w| w != "Mark" && NOT_AGE.contains(&w.to_ascii_lowercase().as_str()));
    // a day's count, not a person's age: "90 meetings in 90 days. Today was 90."
    let mut last = clause.split_whitespace().rev();
    let counted_day = matches!(last.next(), Some("is" | "was"))
        && last.next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "today" | "yesterday" | "tomorrow" | "tonight"
            )
        });
    !unit && !measured && !counted_day
}

/// "over 100 languages", "nearly 100 members", "hit 100 followers": after a word of quantity, the
/// number counts the plural after it — an everyday word with its "s" — not a person's years
/// ("over 100 years", "is 95 sometimes").
fn counts_things(after: &str, lex: &Lexicon) -> bool {
    let Some(word) = after.strip_prefix(' ') else {
        return false;
    };
    let word: String = word.chars().take_while(char::is_ascii_lowercase).collect();
    let Some(one) = word.strip_suffix('s') else {
        return false;
    };
    // ("98 summers old", "100 birthdays young": years by another name)
    let rest = after[1 + word.len()..].trim_start();
    word.len() >= 4
        && !one.ends_with('s')
        && !rest.starts_with("old")
        && !rest.starts_with("young")
        && !matches!(
            word.as_str(),
            "years"
                | "yrs"
                | "thanks"
                | "sometimes"
                | "afterwards"
                | "towards"
                | "nowadays"
                // (years by another name: "over 90 winters and still fierce")
                | "summers"
                | "winters"
                | "springs"
                | "autumns"
                | "candles"
                | "birthdays"
                | "moons"
        )
        && lex.flags(one) & VOCAB != 0
}

/// Holidays that with a year name a day ("christmas day 2018", "New Year's Eve 2019").
const HOLIDAYS: &[&str] = &[
    "christmas",
    "christmas day",
    "christmas eve",
    "xmas",
    "xmas day",
    "xmas eve",
    "new year's day",
    "new years day",
    "new year's eve",
    "new years eve",
    "new year's",
    "new years",
    "nye",
    "boxing day",
    "thanksgiving",
    "thanksgiving day",
    "halloween",
    "valentine's day",
    "valentines day",
    "valentine's",
    "valentines",
    "easter",
    "easter sunday",
    "easter monday",
    "mother's day",
    "mothers day",
    "father's day",
    "fathers day",
    "independence day",
    "st patrick's day",
    "st. patrick's day",
    "anzac day",
    "canada day",
    "australia day",
    "waitangi day",
    "bonfire night",
    "guy fawkes",
    "guy fawkes night",
];

/// A holiday of a given year: every four-digit year with a holiday's name just before it
/// ("christmas day 2018", "Halloween, 2014", "Easter of 2020").
fn holiday_years(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(d) = super::scan::next_digit(b, i) {
            let mut e = d;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            i = e;
            if e - d != 4 || d == 0 || e < b.len() && b[e].is_ascii_alphanumeric() {
                continue;
            }
            let head = text[..d].trim_end_matches(' ');
            let head = head
                .strip_suffix(" of")
                .unwrap_or(head)
                .trim_end_matches([',', ' ']);
            let mut from = head.len().saturating_sub(20);
            while !head.is_char_boundary(from) {
                from += 1;
            }
            let lower = head[from..].to_ascii_lowercase();
            let name = HOLIDAYS
                .iter()
                .filter(|h| lower.ends_with(*h))
                .max_by_key(|h| h.len());
            if let Some(h) = name {
                let s = head.len() - h.len();
                let whole = s == 0 || !b[s - 1].is_ascii_alphanumeric();
                if whole {
                    return Some((s, e));
                }
            }
        }
        None
    })
}

/// A month in lower case is one ("jan 5 2020") unless it is also an everyday verb ("you may 5
/// times", "mar").
fn month_word_ok(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        || w.len() > 4
        || !matches!(w.to_ascii_lowercase().as_str(), "may" | "mar")
}

/// Whether `text` holds a run of two or three digits standing alone whose value is 90 to 120.
fn has_old_age(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if (2..=3).contains(&(i - s)) && over_89(&text[s..i]) {
            return true;
        }
    }
    false
}

fn over_89(n: &str) -> bool {
    n.parse::<u32>().is_ok_and(|v| (90..=120).contains(&v))
}

/// The line before here holds only a list's bullet: "- 11/24 psychiatry review". (Read back from
/// here, not from the line's start: a long line of dates would read it once for each.)
fn listed_at(head: &str) -> bool {
    let blank = |c: char| c.is_whitespace() && c != '\n';
    let head = head.trim_end_matches(blank);
    ["-", "*", "•"].iter().any(|bullet| {
        head.strip_suffix(bullet).is_some_and(|rest| {
            let rest = rest.trim_end_matches(blank);
            rest.is_empty() || rest.ends_with('\n')
        })
    })
}
