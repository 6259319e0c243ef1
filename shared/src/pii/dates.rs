//! Dates with day precision (every element of a date but the year is an identifier when it is
//! tied to a person, and in a personal conversation nearly all are), month + year after a life
//! event word ("born in March 1990"), and ages over 89.
//!
//! Years alone, months alone, weekdays and durations ("six months", "3 weeks") stay.

use super::text::before;
use super::{Finding, Kind};
use regex::Regex;

const MONTHS: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

pub struct Dates {
    numeric: Regex,
    iso: Regex,
    month_day: Regex,
    day_month: Regex,
    month_year: Regex,
    age_years: Regex,
    age_cue: Regex,
}

impl Dates {
    pub fn new() -> Dates {
        let re = |p: &str| Regex::new(p).expect("date pattern compiles");
        Dates {
            numeric: re(r"(?-u:\b)(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})(?-u:\b)"),
            iso: re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)"),
            month_day: re(&format!(
                r"(?i)(?-u:\b)({MONTHS})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?:\d{{4}}|'\d{{2}}))?(?-u:\b)"
            )),
            day_month: re(&format!(
                r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTHS})\.?(?:,? \d{{4}})?(?-u:\b)"
            )),
            month_year: re(&format!(r"(?i)(?-u:\b)({MONTHS})\.?,? (\d{{4}})(?-u:\b)")),
            age_years: re(
                r"(?i)(?-u:\b)(\d{2,3})(?: ?-?years?| ?-?yrs?)(?:-| )?(?:old|of age)?(?-u:\b)",
            ),
            age_cue: re(
                r"(?i)(?-u:\b)(?:aged?|i'm|i am|he's|she's|turned|turning) (\d{2,3})(?-u:\b)",
            ),
        }
    }

    /// Only called when the text has a digit.
    pub fn find(&self, text: &str, out: &mut Vec<Finding>) {
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
            let day_month = (1..=12).contains(&a) && (1..=31).contains(&b)
                || (1..=31).contains(&a) && (1..=12).contains(&b);
            if c[2] == c[4] && day_month {
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
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for c in self.month_year.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let cue = before(text, m.start(), 40);
            let event = [
                "born",
                "birth",
                "died",
                "passed away",
                "admitted",
                "discharged",
                "dob",
                "diagnosed",
                "death",
                "surgery",
            ]
            .iter()
            .any(|w| cue.contains(w));
            if event && month_word_ok(&c[1]) {
                push(m.start(), m.end(), Kind::Date);
            }
        }
        for c in self.age_years.captures_iter(text) {
            let g = c.get(1).expect("age group");
            if over_89(g.as_str()) {
                let m = c.get(0).expect("whole match");
                push(m.start(), m.end(), Kind::Age);
            }
        }
        for c in self.age_cue.captures_iter(text) {
            let g = c.get(1).expect("age group");
            if over_89(g.as_str()) {
                push(g.start(), g.end(), Kind::Age);
            }
        }
    }
}

/// "May", "Mar" and friends are everyday words in lower case ("I may 2"): only a capitalised
/// month name (or a long unambiguous one) counts.
fn month_word_ok(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) || w.len() > 4
}

fn over_89(n: &str) -> bool {
    n.parse::<u32>().is_ok_and(|v| (90..=125).contains(&v))
}
