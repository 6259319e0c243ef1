//! A seeded, labelled evaluation set for the detector, and its scoring.
//!
//! Sentences come from templates of the kind people write in support conversations; slots are
//! filled with synthetic identifiers (valid checksums where the real ones have them) and names,
//! a share of them held out of the detector's lists (`data/pii/heldout_*.txt`). Decoys — help-line
//! numbers, durations, doses, years, organisation names, everyday words that are also names —
//! are marked so the score can check they are left intact. Same seed, same set.

use super::lexicon::lines;
use super::{Detector, Kind};
use std::collections::BTreeMap;

const HELDOUT_FIRST: &str = include_str!("../../../data/pii/heldout_first_names.txt");
const HELDOUT_SURNAMES: &str = include_str!("../../../data/pii/heldout_surnames.txt");
const FIRST: &str = include_str!("../../../data/pii/first_names.txt");
const SURNAMES: &str = include_str!("../../../data/pii/surnames.txt");

/// A labelled span: byte range and kind (or a decoy, which must stay intact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Pii { kind: Kind, heldout: bool },
    Decoy,
}

#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub spans: Vec<Span>,
}

/// splitmix64: tiny, seedable, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
    fn upper(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'A' + self.below(26) as u8))
            .collect()
    }
    fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
}

/// Templates: `{KIND}` is a slot filled with an identifier of that kind, `[[…]]` marks a decoy.
const TEMPLATES: &[&str] = &[
    "Hi, my name is {NAME} and I've been feeling really low for [[six months]].",
    "My sister {NAME} keeps telling me I should talk to someone.",
    "I had a fight with my boyfriend {NAME} last night and I can't stop crying.",
    "{NAME} said I was overreacting, but it still hurts.",
    "I told {NAME} about the panic attacks and she just laughed.",
    "Dr. {SURNAME} wants me to try a new medication, [[20 mg]] a day.",
    "Thanks {NAME}, that really helps.",
    "You can email me at {EMAIL} if that's easier.",
    "My number is {PHONE}, please call after [[5pm]].",
    "Call me on {PHONE} if you can.",
    "If you need to reach my husband his cell is {PHONE}.",
    "My SSN is {SSN} if the insurance form needs it.",
    "They charged my card {CARD} twice for the same session.",
    "The clinic said my MRN is {MRN} and I should bring it.",
    "My member ID is {HEALTH_PLAN} but the claim was denied.",
    "I gave them my account number {ACCOUNT} and now I'm scared.",
    "My driver's license {LICENSE} was suspended after the accident.",
    "The car with license plate {VEHICLE} has been parked outside my house for days.",
    "My ex put a tracker on my phone, the serial number is {DEVICE}.",
    "His passport number is {ID} and he took it when he left.",
    "He keeps posting about me at {URL} and I don't know what to do.",
    "Someone from {IP} keeps logging into my account.",
    "I was born on {DATE} and my birthday is always hard.",
    "My DOB is {DATE}, the form needs it.",
    "My grandmother is {AGE} years old and she is my only family.",
    "I live at {ADDRESS} with my two kids.",
    "We moved to {ADDRESS}, {LOCATION}, {ZIP} in [[2019]].",
    "I live in {LOCATION} and there are no therapists nearby.",
    "My postcode is {ZIP} and the nearest clinic is miles away.",
    "I've been with my partner {NAME} {SURNAME} for [[three years]].",
    "I'm {NAME}, I work nights at the warehouse.",
    "My therapist {NAME} is on leave until {DATE}.",
    "I'm so tired. {NAME} and I haven't spoken in weeks.",
    "My son {NAME} is [[12]] and he's being bullied at school.",
    "Please, you can call me {NAME}.",
    "I saw Dr. {NAME} {SURNAME} on {DATE} and it went badly.",
    "Honestly {NAME} is the only one who gets it.",
    "Me and {NAME} used to be close before the move.",
    "{NAME}? I haven't heard from her since [[Easter]].",
    "It was {NAME}'s idea to come here, not mine.",
    "We named the baby {NAME} after my grandmother.",
    "I keep thinking about what {NAME} {SURNAME} did to me.",
    "Ms {SURNAME} from the school called again about my daughter.",
    "Text me at {PHONE} when you're free, I'm up late.",
    "Her new address is {ADDRESS}, {LOCATION}, {ZIP} but I'm not supposed to know it.",
    "They admitted me on {DATE} and discharged me a week later.",
    "Write to me at {EMAIL} or find me at {URL} if you want.",
    "I live with my sister {NAME}. [[Nights]] are the worst for both of us.",
    "My therapist [[Dr.]] {SURNAME} said I should write things down.",
    "My Instagram is {HANDLE} if you want to see what he wrote.",
    "She keeps tagging me from {HANDLE}, can I block her?",
];

/// Sentences with no identifier at all; everything marked in them must stay.
const DECOYS: &[&str] = &[
    "If you are in danger right now, please call [[988]] or text HOME to [[741741]].",
    "In the UK you can call [[Samaritans]] on [[116 123]] at any time.",
    "The old lifeline number [[1-800-273-8255]] still works.",
    "You can chat online at [[https://988lifeline.org]] too.",
    "I [[hope]] things get better soon, I really do.",
    "[[Will]] you stay with me for a bit?",
    "It got worse in [[May]] and again around [[Christmas]].",
    "[[Grace]] period on the loan ends soon and I'm terrified.",
    "I was [[19]] when it started, now I'm [[34]].",
    "I take [[50 mg]] of sertraline and it's been [[six weeks]].",
    "I owe [[$1,200]] and I can't sleep.",
    "The [[Trevor Project]] helped me a lot last year.",
    "I called [[NHS]] [[111]] and they told me to see my GP.",
    "I'm from [[Texas]] originally but I don't go back.",
    "We had a session at [[10:30]] and another at [[3pm]].",
    "I've had [[3 kids]] in [[5 years]] and I'm exhausted.",
    "My score on the questionnaire was [[21]] out of [[27]].",
    "[[Mind]] has a good page about anxiety.",
    "[[Crisis Text Line]] is free, [[24/7]] and confidential.",
    "It happened in [[2016]] and I still think about it.",
    "I [[mark]] the days on a calendar until it's over.",
    "[[Sunday]] nights are the worst for me.",
    "Honestly, [[Monday]] was awful and [[Tuesday]] wasn't much better.",
    "I went to [[Target]] after work and just sat in the car park.",
    "My GP referred me to [[CAMHS]] in [[January]] and I'm still waiting.",
    "[[Netflix]] and [[YouTube]] are all I do now.",
    "I scored [[14]] on the [[PHQ-9]] and [[11]] on the [[GAD-7]].",
    "It costs [[£45]] a session which I can't really afford.",
    "I sleep about [[4 hours]] a night, sometimes less.",
    "The app crashed again after version [[2.3.1]] came out.",
    "My appointment is at [[9:15]] on [[Thursday]].",
    "[[New Year's Eve]] is always the hardest night.",
    "I deleted [[Instagram]] and [[Twitter]] for a while.",
    "We do our sessions on [[Zoom]] because the bus takes [[an hour]].",
    "I read the [[Bible]] most nights and it calms me down.",
    "My [[Mum]] says I should go back to [[Church]].",
    "I've been clean for [[90 days]] now.",
    "I lost [[10 kg]] in [[two months]] without trying.",
    "[[Black Friday]] shifts at work nearly broke me.",
    "I'm [[Jewish]], and my family doesn't talk about this.",
    "I lived in [[New York]] for [[3 years]] before coming back.",
    "I get paid on the [[15th]] and it's gone by the [[20th]].",
    "Room [[12]] at the clinic is where they do the group.",
    "I follow [[@988Lifeline]] and [[@CrisisTextLine]], they post good stuff.",
    "Meet me [[@ 5]], or [[@6pm]] if the bus is late.",
];

struct Names {
    first: Vec<&'static str>,
    surnames: Vec<&'static str>,
    heldout_first: Vec<&'static str>,
    heldout_surnames: Vec<&'static str>,
}

fn title(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `n` examples from `seed`. A third of the names are drawn from the held-out lists.
pub fn generate(seed: u64, n: usize) -> Vec<Example> {
    let lex = super::lexicon::Lexicon::load();
    let names = Names {
        first: lines(FIRST)
            .filter(|n| !lex.ambiguous.contains(n))
            .collect(),
        surnames: lines(SURNAMES)
            .filter(|n| !lex.ambiguous.contains(n))
            .collect(),
        heldout_first: lines(HELDOUT_FIRST)
            .filter(|n| !lex.ambiguous.contains(n))
            .collect(),
        heldout_surnames: lines(HELDOUT_SURNAMES)
            .filter(|n| !lex.ambiguous.contains(n))
            .collect(),
    };
    let mut rng = Rng(seed);
    (0..n)
        .map(|_| {
            let t = if rng.chance(25) {
                rng.pick(DECOYS)
            } else {
                rng.pick(TEMPLATES)
            };
            fill(t, &mut rng, &names)
        })
        .collect()
}

fn fill(template: &str, rng: &mut Rng, names: &Names) -> Example {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut rest = template;
    let heldout = rng.chance(33);
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("[[") {
            let (decoy, after) = r.split_once("]]").expect("decoy closes");
            let start = text.len();
            text.push_str(decoy);
            spans.push(Span {
                start,
                end: text.len(),
                label: Label::Decoy,
            });
            rest = after;
        } else if let Some(r) = rest.strip_prefix('{') {
            let (slot, after) = r.split_once('}').expect("slot closes");
            let (value, kind) = value(slot, rng, names, heldout);
            let start = text.len();
            text.push_str(&value);
            let held = heldout && kind == Kind::Name;
            spans.push(Span {
                start,
                end: text.len(),
                label: Label::Pii {
                    kind,
                    heldout: held,
                },
            });
            rest = after;
        } else {
            let next = rest
                .find(['{', '['])
                .filter(|&i| i > 0)
                .unwrap_or_else(|| if rest.starts_with('[') { 1 } else { rest.len() });
            text.push_str(&rest[..next]);
            rest = &rest[next..];
        }
    }
    Example { text, spans }
}

fn value(slot: &str, rng: &mut Rng, n: &Names, heldout: bool) -> (String, Kind) {
    let (first, last) = if heldout {
        (&n.heldout_first, &n.heldout_surnames)
    } else {
        (&n.first, &n.surnames)
    };
    let nanp = |rng: &mut Rng| format!("{}{}{}", 2 + rng.below(8), rng.digits(2), 2 + rng.below(8));
    match slot {
        "NAME" => (title(rng.pick::<&str>(first)), Kind::Name),
        "HANDLE" => {
            let n = 1 + rng.below(3);
            let sep = *rng.pick(&["", "_", "."]);
            (
                format!("@{}{sep}{}", rng.pick(first), rng.digits(n)),
                Kind::Id,
            )
        }
        "SURNAME" => (title(rng.pick::<&str>(last)), Kind::Name),
        "EMAIL" => (
            format!(
                "{}.{}{}@{}",
                rng.pick(first),
                rng.pick(last),
                rng.digits(2),
                rng.pick(&["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me"])
            ),
            Kind::Email,
        ),
        "PHONE" => {
            let area = nanp(rng);
            let exch = nanp(rng);
            let line = rng.digits(4);
            let v = match rng.below(6) {
                0 => format!("({}) {}-{line}", &area[..3], &exch[..3]),
                1 => format!("{}-{}-{line}", &area[..3], &exch[..3]),
                2 => format!("+1 {} {} {line}", &area[..3], &exch[..3]),
                3 => format!("07{} {}", rng.digits(3), rng.digits(6)),
                4 => format!("+44 20 {} {}", rng.digits(4), rng.digits(4)),
                _ => format!("{}.{}.{line}", &area[..3], &exch[..3]),
            };
            (v, Kind::Phone)
        }
        "SSN" => {
            let area = 1 + rng.below(665);
            (
                format!(
                    "{area:03}-{:02}-{:04}",
                    1 + rng.below(99),
                    1 + rng.below(9999)
                ),
                Kind::Ssn,
            )
        }
        "CARD" => {
            let mut d = format!("4{}", rng.digits(14));
            d.push(luhn_digit(&d));
            let v = match rng.below(3) {
                0 => d.clone(),
                1 => d
                    .as_bytes()
                    .chunks(4)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => d
                    .as_bytes()
                    .chunks(4)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect::<Vec<_>>()
                    .join("-"),
            };
            (v, Kind::Card)
        }
        "MRN" => (
            if rng.chance(50) {
                rng.digits(8)
            } else {
                format!("{}{}", rng.upper(2), rng.digits(6))
            },
            Kind::Mrn,
        ),
        "HEALTH_PLAN" => (
            format!("{}{}", rng.upper(3), rng.digits(9)),
            Kind::HealthPlan,
        ),
        "ACCOUNT" => {
            let n = 8 + rng.below(5);
            (rng.digits(n), Kind::Account)
        }
        "LICENSE" => (format!("{}{}", rng.upper(1), rng.digits(7)), Kind::License),
        "VEHICLE" => {
            if rng.chance(50) {
                (format!("{} {}", rng.upper(3), rng.digits(4)), Kind::Vehicle)
            } else {
                (
                    format!("{}{} {}", rng.upper(2), rng.digits(2), rng.upper(3)),
                    Kind::Vehicle,
                )
            }
        }
        "DEVICE" => (
            if rng.chance(50) {
                format!("SN-{}-{}", rng.digits(5), rng.upper(2))
            } else {
                format!("{}{}", rng.upper(4), rng.digits(8))
            },
            Kind::Device,
        ),
        "ID" => (format!("{}{}", rng.upper(1), rng.digits(8)), Kind::Id),
        "URL" => (
            format!(
                "{}{}/{}{}",
                rng.pick(&["https://", "http://", "www.", "https://www."]),
                rng.pick(&["facebook.com", "instagram.com", "tiktok.com", "x.com"]),
                rng.pick(first),
                rng.digits(3)
            ),
            Kind::Url,
        ),
        "IP" => (
            if rng.chance(70) {
                format!(
                    "{}.{}.{}.{}",
                    1 + rng.below(223),
                    rng.below(256),
                    rng.below(256),
                    1 + rng.below(254)
                )
            } else {
                format!(
                    "2001:db8:{:x}:{:x}::{:x}",
                    rng.below(65536),
                    rng.below(65536),
                    1 + rng.below(65535)
                )
            },
            Kind::Ip,
        ),
        "DATE" => {
            let months = [
                "January",
                "February",
                "March",
                "April",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let (d, m, y) = (1 + rng.below(28), 1 + rng.below(12), 1940 + rng.below(70));
            let v = match rng.below(5) {
                0 => format!("{} {d}, {y}", rng.pick(&months)),
                1 => format!("{m:02}/{d:02}/{y}"),
                2 => format!("{d} {} {y}", rng.pick(&months)),
                3 => format!("{y}-{m:02}-{d:02}"),
                _ => format!("{} {d}th", rng.pick(&months)),
            };
            (v, Kind::Date)
        }
        "AGE" => ((90 + rng.below(20)).to_string(), Kind::Age),
        "ADDRESS" => (
            format!(
                "{} {} {}",
                1 + rng.below(9999),
                rng.pick(&[
                    "Oak", "Maple", "Elm", "Cedar", "Highland", "Church", "Station", "Mill",
                    "Victoria", "Lincoln"
                ]),
                rng.pick(&[
                    "Street", "Avenue", "Road", "Lane", "Drive", "Court", "St", "Ave"
                ])
            ),
            Kind::Address,
        ),
        "ZIP" => (
            if rng.chance(50) {
                format!(
                    "{}{} {}{}",
                    rng.pick(&["SW", "M", "B", "LS", "EH", "CF"]),
                    1 + rng.below(9),
                    1 + rng.below(9),
                    rng.pick(&["AA", "BD", "XT", "QJ", "NP"])
                )
            } else {
                format!("IL {}", rng.digits(5))
            },
            Kind::Zip,
        ),
        "LOCATION" => (
            rng.pick(&[
                "Springfield",
                "Millbrook",
                "Ashford",
                "Riverton",
                "Fairview",
                "Kettering",
                "Brookhaven",
                "Oakdale",
            ])
            .to_string(),
            Kind::Location,
        ),
        other => panic!("unknown slot {other}"),
    }
}

fn luhn_digit(partial: &str) -> char {
    (0..10u8)
        .map(|c| char::from(b'0' + c))
        .find(|&c| super::text::luhn(&format!("{partial}{c}")))
        .expect("one digit completes a Luhn number")
}

/// Scores per kind and overall.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Score {
    pub examples: usize,
    pub bytes: usize,
    /// kind -> (gold spans, found with the right kind, found with any kind)
    pub recall: BTreeMap<String, (usize, usize, usize)>,
    /// kind -> (detections, detections on a gold span of that kind)
    pub precision: BTreeMap<String, (usize, usize)>,
    pub heldout_names: (usize, usize),
    pub listed_names: (usize, usize),
    pub decoys: (usize, usize),
    /// detections that touch no gold span at all
    pub spurious: usize,
    pub detections: usize,
}

impl Score {
    fn ratio((a, b): (usize, usize)) -> f64 {
        if a == 0 { 1.0 } else { b as f64 / a as f64 }
    }
    /// Typed recall over structured identifiers (all kinds but names and free-text places).
    pub fn structured_recall(&self) -> f64 {
        let (g, t) = self
            .recall
            .iter()
            .filter(|(k, _)| Kind::parse(k).is_some_and(Kind::structured))
            .fold((0, 0), |(g, t), (_, v)| (g + v.0, t + v.1));
        Self::ratio((g, t))
    }
    pub fn name_recall(&self) -> f64 {
        let v = self.recall.get("NAME").copied().unwrap_or_default();
        Self::ratio((v.0, v.1))
    }
    pub fn heldout_name_recall(&self) -> f64 {
        Self::ratio(self.heldout_names)
    }
    /// Detections that land on a gold identifier (any kind) over all detections.
    pub fn precision(&self) -> f64 {
        Self::ratio((self.detections, self.detections - self.spurious))
    }
    pub fn decoys_intact(&self) -> f64 {
        Self::ratio(self.decoys)
    }
}

pub fn score(d: &Detector, examples: &[Example]) -> Score {
    let mut s = Score {
        examples: examples.len(),
        ..Score::default()
    };
    for ex in examples {
        s.bytes += ex.text.len();
        let found = d.detect(&ex.text);
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        for sp in &ex.spans {
            let hits: Vec<_> = found
                .iter()
                .filter(|f| overlaps((f.start, f.end), (sp.start, sp.end)))
                .collect();
            match sp.label {
                Label::Decoy => {
                    s.decoys.0 += 1;
                    s.decoys.1 += usize::from(hits.is_empty());
                }
                Label::Pii { kind, heldout } => {
                    let typed = hits.iter().any(|f| f.kind == kind);
                    let e = s.recall.entry(kind.as_str().into()).or_default();
                    e.0 += 1;
                    e.1 += usize::from(typed);
                    e.2 += usize::from(!hits.is_empty());
                    if kind == Kind::Name {
                        let t = if heldout {
                            &mut s.heldout_names
                        } else {
                            &mut s.listed_names
                        };
                        t.0 += 1;
                        t.1 += usize::from(typed);
                    }
                }
            }
        }
        for f in &found {
            s.detections += 1;
            let gold: Vec<_> = ex
                .spans
                .iter()
                .filter(|sp| {
                    matches!(sp.label, Label::Pii { .. })
                        && overlaps((f.start, f.end), (sp.start, sp.end))
                })
                .collect();
            let right = gold
                .iter()
                .any(|sp| matches!(sp.label, Label::Pii { kind, .. } if kind == f.kind));
            let e = s.precision.entry(f.kind.as_str().into()).or_default();
            e.0 += 1;
            e.1 += usize::from(right);
            s.spurious += usize::from(gold.is_empty());
        }
    }
    s
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{:<12} {:>6} {:>8} {:>8} {:>8}",
            "kind", "gold", "recall", "any", "precision"
        )?;
        for k in Kind::ALL {
            let r = self.recall.get(k.as_str()).copied().unwrap_or_default();
            let p = self.precision.get(k.as_str()).copied().unwrap_or_default();
            if r.0 == 0 && p.0 == 0 {
                continue;
            }
            writeln!(
                f,
                "{:<12} {:>6} {:>8.3} {:>8.3} {:>8.3}",
                k.as_str(),
                r.0,
                Self::ratio((r.0, r.1)),
                Self::ratio((r.0, r.2)),
                Self::ratio(p)
            )?;
        }
        writeln!(f, "structured typed recall {:.3}", self.structured_recall())?;
        writeln!(
            f,
            "name recall {:.3} (listed {:.3}, held out of the lists {:.3})",
            self.name_recall(),
            Self::ratio(self.listed_names),
            self.heldout_name_recall()
        )?;
        writeln!(f, "precision (any kind) {:.3}", self.precision())?;
        write!(
            f,
            "decoys left intact {:.3} ({} of {})",
            self.decoys_intact(),
            self.decoys.1,
            self.decoys.0
        )
    }
}
