//! The word lists the detector consults, shipped as data in `data/pii/` (see its README).
//!
//! Every single word the name and place rules ask about is looked up once, in one table, and
//! comes back as a set of flags: is it everyday English (SCOWL), a listed first name or surname
//! (US Census; British and Irish given names from `nam_dict`), a word that is never a name on its own (pronoun contractions, chat, clinical
//! terms, brands, identities, calendar), a state or country, a town (GeoNames), a street type.

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

const VOCABULARY: &str = include_str!("../../../data/pii/vocabulary.txt");
const VOCABULARY_RARE: &str = include_str!("../../../data/pii/vocabulary_rare.txt");
const FIRST: &str = include_str!("../../../data/pii/first_names.txt");
/// British and Irish given names the census list lacks (GFDL 1.2; see data/pii/README.md).
const GIVEN: &str = include_str!("../../../data/pii/given_names.txt");
const WORLD: &str = include_str!("../../../data/pii/world_names.txt");
const SURNAMES: &str = include_str!("../../../data/pii/surnames.txt");
const SURNAMES_RARE: &str = include_str!("../../../data/pii/surnames_rare.txt");
const ORDINARY: &str = include_str!("../../../data/pii/ordinary.txt");
const FOREIGN: &str = include_str!("../../../data/pii/foreign_words.txt");
const OTHER_LANGUAGES: &str = include_str!("../../../data/pii/other_languages.txt");
const PROPER_TERMS: &str = include_str!("../../../data/pii/proper_terms.txt");
const BRANDS: &str = include_str!("../../../data/pii/brand_words.txt");
const PLACES: &str = include_str!("../../../data/pii/places.txt");
const GAZETTEER: &str = include_str!("../../../data/pii/gazetteer.txt");
const COUNTIES: &str = include_str!("../../../data/pii/counties.txt");
const STREET_TYPES: &str = include_str!("../../../data/pii/street_types.txt");
const NUMBERS: &str = include_str!("../../../data/pii/public_numbers.txt");
const DOMAINS: &str = include_str!("../../../data/pii/public_domains.txt");
const ORGS: &str = include_str!("../../../data/pii/public_orgs.txt");
const FIGURES: &str = include_str!("../../../data/pii/public_figures.txt");
const LOWERCASE_WORDS: &str = include_str!("../../../data/pii/lowercase_words.txt");

/// Everyday English word.
pub const VOCAB: u32 = 1;
/// Listed first name.
pub const FIRST_NAME: u32 = 2;
/// Listed surname.
pub const SURNAME: u32 = 4;
/// Never a name or a place on its own.
pub const ORDINARY_WORD: u32 = 8;
/// A month, weekday or holiday (a name only after a strong cue: "my sister April").
pub const CALENDAR: u32 = 16;
/// A state, province, country or continent (one word of one, or the whole of it).
pub const REGION: u32 = 32;
/// A town or city (one word of a gazetteer entry, or the whole of it).
pub const TOWN: u32 = 64;
/// A street type ("Street", "Crossing", "Mews").
pub const STREET: u32 = 128;
/// One of the few hundred most frequent English words: never extends a lowercase name.
pub const COMMON: u32 = 256;
/// A whole one-word gazetteer entry ("Tacoma"), not only a word of a longer one.
pub const TOWN_WHOLE: u32 = 512;
/// A rare English word (SCOWL size 70, not 50) that is no listed name ("bailie").
pub const RARE: u32 = 1024;
/// One word of a multi-word town or region ("salt", "lake"): a phrase lookup is worth trying.
pub const PHRASE_WORD: u32 = 2048;
/// A word of another language ("que", "kia", "merci"): never a name, and no English either.
pub const FOREIGN_WORD: u32 = 1 << 29;
/// A word frequent in another language and rare in English ("prefiero", "utang", "pagod"):
/// an everyday word there, so a name only where a cue makes it one, like an English word.
pub const OTHER_LANGUAGE: u32 = 1 << 30;
/// Byte offsets of a stretch of text.
pub type Span = (usize, usize);

/// A word of some list that is no name: everyday English, a term, another language's word, a
/// town or a region (a rare surname or an "O'" surname host is none of these).
pub const KNOWN_WORD: u32 =
    VOCAB | RARE | ORDINARY_WORD | FOREIGN_WORD | OTHER_LANGUAGE | REGION | TOWN;

/// The first bit free for the name and place rules' own word roles (`proper/`).
pub const FIRST_ROLE_BIT: u32 = 1 << 12;

/// Lines of a list file, without comments and blanks.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The whitespace-separated words of a list file (comments and blank lines skipped).
fn words(text: &str) -> impl Iterator<Item = &str> {
    lines(text).flat_map(str::split_whitespace)
}

/// The most frequent English function words and verbs (after a lowercase name they continue the
/// sentence, not the name: "jordan said", "jordan and me").
const COMMON_WORDS: &str = "a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i if in into
is it its itself just let like me more most my myself no nor not now of off on once only or other
our ours out over own same she should so some such than that the their them then there these they
this those through to too under until up very was we were what when where which while who whom why
with would you your yours yourself said says say told tells tell asked asks keeps kept went
goes going gone got get gets came comes come left leaves thinks think thought wants wanted knows
knew texted texts called calls messaged loves loved hates hated never always still really again
too also yeah ok okay lol tho though btw tbh rn n r u ur im is isnt wasnt doesnt dont didnt cant
wont from class work school again today tonight yesterday tomorrow here there back home many much
several every each another else either neither both none nothing something anything everything
one two three four five six seven eight nine ten first second next last new old good bad great big
small long little right wrong sure maybe please thanks thank sorry hi hey hello bye well ago made
make makes take takes took give gave see saw look looked feel felt need needs try tried seem seemed
started stopped broke help helped call met meet told ask let lets put keep tried people even
everyone someone anyone nobody everybody somebody";

pub struct Lexicon {
    table: FxHashMap<&'static str, u32>,
    /// The few thousand words a lowercase word can matter as (first names, cue and role words,
    /// the commonest words, ordinary terms), with their complete flags: most words of a text are
    /// lowercase, and this small table stays in cache where the whole one would not.
    small: FxHashMap<&'static str, u32>,
    /// Multi-word towns, regions and their roles, lowercase ("los angeles", "new york").
    phrases: FxHashMap<String, u32>,
    public_numbers: FxHashSet<&'static str>,
    public_domains: FxHashSet<&'static str>,
    /// The longest public host's length: no longer tail of a host is looked up (a host of
    /// thousands of labels would hash each of its tails, quadratic in its length).
    public_domain_longest: usize,
    /// The longest word that [`Lexicon::compound`] may split a word into.
    compound_part_longest: usize,
    /// The public hosts by their first two letters: where a mistyped one is looked for.
    public_by_start: FxHashMap<[u8; 2], Vec<&'static str>>,
    orgs: AhoCorasick,
    /// The first two bytes of the organisations' and figures' names shorter than four bytes,
    /// one bit each, and a hash of the first four bytes of the others: most capitalised words
    /// start neither list and are passed without an automaton search (the pronoun "I" before a
    /// verb is a third of real text's capitals, and two bytes, "I ", start listed titles).
    public_starts: Vec<u64>,
    public_heads: Vec<u64>,
    /// Public figures, characters and titles with a name in them: kept unless a personal cue
    /// stands before.
    figures: AhoCorasick,
    /// The organisations again, any case: one typed in lower case ("mario kart").
    orgs_any_case: AhoCorasick,
    figures_any_case: AhoCorasick,
    /// A Bloom filter of the first names: rules out most lowercase words without a table probe.
    first_bloom: Vec<u64>,
    /// Social handles of help services: a public domain's first label ("988lifeline") or an
    /// organisation's name without spaces ("crisistextline"), lowercase.
    public_handles: FxHashSet<String>,
    /// First names that in lower case are an everyday word ("mac", "bev", "teddy").
    lowercase_words: FxHashSet<&'static str>,
    world_names: FxHashSet<&'static str>,
    /// Census surnames past the 20,000 commonest that are no word of any list: a web host that
    /// is one of them is someone's ("sheil.net"); nowhere else are they read as names.
    rare_surnames: FxHashSet<&'static str>,
}

impl Lexicon {
    pub fn load() -> Lexicon {
        let mut table: FxHashMap<&'static str, u32> = FxHashMap::default();
        table.reserve(100_000);
        let mut mark = |w: &'static str, flag: u32| *table.entry(w).or_default() |= flag;
        for w in lines(VOCABULARY) {
            mark(w, VOCAB);
        }
        for w in lines(VOCABULARY_RARE) {
            mark(w, RARE);
        }
        // a brand, a band or a character reads like an everyday word that is also a first name
        // ("Greggs", "Paramore", "Hope"): a name only where a name stands — after a relation, a
        // title, a greeting, an introduction, before a reporting verb, beside another name
        for w in lines(BRANDS) {
            mark(w, VOCAB | FIRST_NAME);
        }
        for w in lines(FIRST).chain(lines(GIVEN)).chain(lines(WORLD)) {
            mark(w, FIRST_NAME);
        }
        for w in lines(SURNAMES) {
            mark(w, SURNAME);
        }
        for w in words(ORDINARY).chain(words(PROPER_TERMS)) {
            mark(w, ORDINARY_WORD);
        }
        for w in lines(OTHER_LANGUAGES) {
            mark(w, OTHER_LANGUAGE);
        }
        for w in words(STREET_TYPES) {
            mark(w, STREET);
        }
        for w in COMMON_WORDS.split_whitespace() {
            mark(w, COMMON);
        }
        let calendar = ORDINARY
            .split("# calendar")
            .nth(1)
            .and_then(|s| s.split_once('\n'))
            .and_then(|(_, s)| s.split("\n#").next())
            .unwrap_or("");
        for w in words(calendar) {
            mark(w, CALENDAR);
        }
        let mut phrases: FxHashMap<String, u32> = FxHashMap::default();
        for (list, flag) in [(PLACES, REGION), (GAZETTEER, TOWN), (COUNTIES, TOWN)] {
            for entry in lines(list) {
                let lower = entry.to_ascii_lowercase();
                if lower.contains(' ') {
                    for w in lower.split(' ') {
                        let w: &'static str = Box::leak(w.to_string().into_boxed_str());
                        mark(w, PHRASE_WORD);
                    }
                    *phrases.entry(lower).or_default() |= flag;
                } else {
                    let w: &'static str = Box::leak(lower.into_boxed_str());
                    let whole = if flag == TOWN { TOWN_WHOLE } else { 0 };
                    mark(w, flag | whole);
                }
            }
        }
        for w in words(FOREIGN) {
            *table.entry(w).or_default() |= FOREIGN_WORD;
        }
        let rare_surnames = lines(SURNAMES_RARE)
            .filter(|w| table.get(w).is_none_or(|f| f & KNOWN_WORD == 0))
            .collect();
        // the public hosts, and the long ones by their first two letters (one pass over the list)
        let public_domains: FxHashSet<&'static str> = lines(DOMAINS).collect();
        let mut public_by_start: FxHashMap<[u8; 2], Vec<&'static str>> = FxHashMap::default();
        for h in public_domains.iter().filter(|h| h.len() >= 13) {
            let b = h.as_bytes();
            public_by_start.entry([b[0], b[1]]).or_default().push(h);
        }
        let public_numbers = lines(NUMBERS)
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        let public_domain_longest = public_domains.iter().map(|h| h.len()).max().unwrap_or(0);
        let compound_part_longest = table
            .iter()
            .filter(|(_, f)| *f & (VOCAB | RARE | ORDINARY_WORD) != 0)
            .map(|(w, _)| w.len())
            .max()
            .unwrap_or(0);
        // (built from the flag, not the lists: a brand word carries FIRST_NAME too, and must
        // pass the filter as any first name does, or its reading would rest on collisions)
        let first_bloom = bloom(
            table
                .iter()
                .filter(|(_, f)| *f & FIRST_NAME != 0)
                .map(|(w, _)| *w),
        );
        Lexicon {
            table,
            small: FxHashMap::default(),
            first_bloom,
            rare_surnames,
            phrases,
            public_numbers,
            public_domains,
            public_domain_longest,
            compound_part_longest,
            public_by_start,
            orgs: anchored(ORGS, false),
            public_starts: two_byte_starts(
                lines(ORGS).chain(lines(FIGURES)).filter(|n| n.len() < HEAD),
            ),
            public_heads: heads(
                lines(ORGS)
                    .chain(lines(FIGURES))
                    .filter(|n| n.len() >= HEAD),
            ),
            figures: anchored(FIGURES, false),
            orgs_any_case: anchored(ORGS, true),
            figures_any_case: anchored(FIGURES, true),
            world_names: lines(WORLD).collect(),
            lowercase_words: lines(LOWERCASE_WORDS)
                .filter_map(|l| l.split('\t').next())
                .collect(),
            public_handles: lines(DOMAINS)
                .filter_map(|d| d.split('.').next())
                .map(str::to_string)
                .chain(lines(ORGS).map(|o| {
                    o.chars()
                        .filter(char::is_ascii_alphanumeric)
                        .collect::<String>()
                }))
                .map(|h| h.to_ascii_lowercase())
                .collect(),
        }
    }

    /// Gives every word of `words` the role bit `bit` (for the rules' own cue lists).
    pub fn mark(&mut self, words: &[&'static str], bit: u32) {
        for w in words {
            *self.table.entry(w).or_default() |= bit;
        }
        self.small.clear();
    }

    /// Builds the small table from the words whose flags carry any of `bits` (call after the
    /// last [`Lexicon::mark`]).
    pub fn index_small(&mut self, bits: u32) {
        self.small = self
            .table
            .iter()
            .filter(|(_, f)| *f & bits != 0)
            .map(|(w, f)| (*w, *f))
            .collect();
    }

    /// A lowercase word's complete flags when it is in the small table, else `None` (then it
    /// is no first name, no cue, no common or ordinary word — only the full table knows more).
    pub fn small_flags(&self, lower: &str) -> Option<u32> {
        self.small.get(lower).copied()
    }

    /// False when `lower` is certainly no listed first name.
    #[inline(always)]
    pub fn maybe_first_name(&self, lower: &str) -> bool {
        let (a, b) = bloom_bits(lower);
        self.first_bloom[a >> 6] & (1 << (a & 63)) != 0
            && self.first_bloom[b >> 6] & (1 << (b & 63)) != 0
    }

    /// The flags of a lowercase word (0 when it is in no list).
    /// A word with accents is also looked up without them, for names: "maría", "josé" are the
    /// listed "maria", "jose", though other languages' word lists hold them accented (those
    /// lists leave out listed names, but only as the name lists spell them).
    pub fn flags(&self, lower: &str) -> u32 {
        let f = self.table.get(lower).copied().unwrap_or(0);
        if lower.is_ascii() || f & !OTHER_LANGUAGE != 0 {
            return f;
        }
        let plain =
            fold_accents(lower).map_or(0, |p| self.table.get(p.as_str()).copied().unwrap_or(0));
        // (a short word is as often another language's: Irish "tá" is no "Ta")
        if plain & (FIRST_NAME | SURNAME) != 0 && lower.chars().count() >= 4 {
            plain & !OTHER_LANGUAGE
        } else {
            f
        }
    }

    /// "kidshelpphone", "hubofhope": two or more everyday words written together (lowercase).
    pub fn compound(&self, w: &str) -> bool {
        const SHORT: &[&str] = &[
            "of", "to", "my", "in", "on", "at", "up", "us", "me", "we", "be", "go", "do", "no",
            "so", "is", "it", "an", "or", "by", "a",
        ];
        let word = |p: &str| {
            p.len() >= 3 && self.flags(p) & (VOCAB | RARE | ORDINARY_WORD) != 0
                || SHORT.contains(&p)
        };
        if !w.is_ascii() || word(w) {
            return false;
        }
        // ends[i]: w[..i] splits into words
        let n = w.len();
        let mut ends = vec![false; n + 1];
        ends[0] = true;
        // (no part is longer than the longest listed word: a long run of letters, "aaaa…", is
        // not hashed at every length from every start — that was cubic in the word's length)
        for i in 1..=n {
            let from = i.saturating_sub(self.compound_part_longest.max(2));
            ends[i] = (from..i).any(|j| ends[j] && word(&w[j..i]));
        }
        ends[n]
    }

    /// The flags of a lowercase multi-word phrase ("salt lake city": TOWN).
    pub fn phrase(&self, lower: &str) -> u32 {
        self.phrases.get(lower).copied().unwrap_or(0)
    }

    /// Spans of organisation names (protected: nothing inside them is redacted), and of public
    /// figures' names with no personal cue around them (a name or place finding inside one is
    /// dropped; an address or a longer name that only overlaps one is not: "1420 Martin Luther
    /// King Jr Blvd", "Sophie Kate Moss"), whole words only. Every name on the lists starts with
    /// a capital or a digit, so the search is anchored at the words that do.
    /// `personal(start, end)`: whether a personal cue stands around the figure's name there; the
    /// third list holds the figures' names that have one (someone the writer knows, named in
    /// full: "my friend Michelle Obama").
    pub fn protected_spans(
        &self,
        text: &str,
        personal: impl Fn(usize, usize) -> bool,
    ) -> (Vec<Span>, Vec<Span>, Vec<Span>) {
        let b = text.as_bytes();
        let (mut orgs, mut figures, mut known) = (Vec::new(), Vec::new(), Vec::new());
        let mut i = 0;
        while let Some(at) = super::scan::next_upper_or_digit(b, i) {
            i = at;
            let starts = i == 0 || !b[i - 1].is_ascii_alphanumeric();
            if starts && self.public_may_start(b, i) {
                let input = aho_corasick::Input::new(text)
                    .span(i..b.len())
                    .anchored(aho_corasick::Anchored::Yes);
                let whole = |m: &aho_corasick::Match| {
                    m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric()
                };
                // (a name before a street type is a street's: "45 Great Northern Road")
                let street_after = |m: &aho_corasick::Match| {
                    let rest = text[m.end()..].strip_prefix(' ').unwrap_or("");
                    let next = rest
                        .split(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    next.starts_with(|c: char| c.is_uppercase())
                        && self.flags(&next.to_lowercase()) & STREET != 0
                };
                if let Some(m) = self
                    .orgs
                    .find(input.clone())
                    .filter(|m| whole(m) && !street_after(m))
                {
                    orgs.push((m.start(), m.end()));
                    i = m.end();
                    continue;
                }
                let figure = self
                    .figures
                    .find(input)
                    .filter(|m| whole(m) && b.get(m.end()) != Some(&b'-') && !street_after(m));
                if let Some(m) = figure {
                    if !personal(m.start(), m.end()) {
                        figures.push((m.start(), m.end()));
                        i = m.end();
                        continue;
                    }
                    known.push((m.start(), m.end()));
                }
            }
            i += 1;
        }
        (orgs, figures, known)
    }

    /// Whether a listed organisation's or figure's name may start at `i` (false: none does).
    fn public_may_start(&self, b: &[u8], i: usize) -> bool {
        let pair = two_bytes(b[i], b.get(i + 1).copied().unwrap_or(0));
        self.public_starts[pair >> 6] & (1 << (pair & 63)) != 0
            || b.len() - i >= HEAD && {
                let h = head_bit(&b[i..i + HEAD]);
                self.public_heads[h >> 6] & (1 << (h & 63)) != 0
            }
    }

    /// An organisation's, a brand's or a title's name typed in lower case from `start` ("wanna
    /// play mario kart", "dr pepper"), whole words: where it ends.
    pub fn public_in_lowercase(&self, text: &str, start: usize) -> Option<usize> {
        lowercase_match(&self.orgs_any_case, text, start)
    }

    /// A public figure's or a title's name typed in lower case from `start` ("gracie abrams
    /// songs"), whole words: where it ends. Typed in lower case, "emma watson from my
    /// class" is as often someone the writer knows: the caller keeps it only around a work.
    pub fn figure_in_lowercase(&self, text: &str, start: usize) -> Option<usize> {
        lowercase_match(&self.figures_any_case, text, start)
    }

    /// A help-line number: digits (keypad letters already converted), with or without a
    /// country code or trunk 0.
    pub fn is_public_number(&self, digits: &str) -> bool {
        // (asked of every phone-shaped number: the prefixed forms are built on the stack)
        let listed = |d: &str| {
            let trunk = d.strip_prefix('0').unwrap_or(d);
            let with = |lead: u8, rest: &str| {
                let mut buf = [0u8; 64];
                rest.len() < buf.len() && {
                    buf[0] = lead;
                    buf[1..=rest.len()].copy_from_slice(rest.as_bytes());
                    std::str::from_utf8(&buf[..=rest.len()])
                        .is_ok_and(|s| self.public_numbers.contains(s))
                }
            };
            self.public_numbers.contains(d)
                || self.public_numbers.contains(trunk)
                || with(b'0', trunk)
                || with(b'1', d)
        };
        listed(digits)
            || [
                "001", "1", "0044", "44", "0061", "61", "0064", "64", "00353", "353",
            ]
            .iter()
            .any(|cc| digits.strip_prefix(cc).is_some_and(listed))
    }

    /// A lowercase word that is a surname past the commonest and no word of any list.
    pub fn rare_surname(&self, lower: &str) -> bool {
        self.rare_surnames.contains(lower)
    }

    /// Whether a first name typed in lower case is more often an everyday word ("my mac").
    pub fn lowercase_word(&self, lower: &str) -> bool {
        self.lowercase_words.contains(lower)
    }

    /// Whether a first name is one of another country's (`world_names.txt`): in lower case,
    /// opening a sentence, a name only where a name stands or as the subject, as many are words
    /// in their own language ("hala i forgot my meds").
    pub fn world_name(&self, lower: &str) -> bool {
        self.world_names.contains(lower)
    }

    /// A help service's social handle (without the `@`).
    pub fn is_public_handle(&self, handle: &str) -> bool {
        self.public_handles.contains(&handle.to_ascii_lowercase())
    }

    /// A host on a help service's domain (or a subdomain of one): the host and each of its
    /// parent domains looked up once.
    pub fn is_public_host(&self, host: &str) -> bool {
        let host = host.trim_start_matches("www.");
        let tail_from = host.len().saturating_sub(self.public_domain_longest);
        (host.len() <= self.public_domain_longest && self.public_domains.contains(host))
            || host
                .match_indices('.')
                .any(|(i, _)| i + 1 >= tail_from && self.public_domains.contains(&host[i + 1..]))
    }

    /// A public host mistyped by one letter after its first two ("psychologtoday.com"): a
    /// reference to it, not a site of its own. Only long hosts, where one letter cannot make
    /// another real name.
    pub fn is_public_host_typo(&self, host: &str) -> bool {
        let host = host.trim_start_matches("www.");
        let b = host.as_bytes();
        host.len() >= 14
            && self
                .public_by_start
                .get(&[b[0], b[1]])
                .is_some_and(|hosts| {
                    hosts
                        .iter()
                        .any(|p| p.len().abs_diff(host.len()) <= 1 && within_one_edit(p, host))
                })
    }
}

/// One letter added, dropped, changed or two swapped turn `a` into `b` (not zero: equal is no typo).
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let s = a[p..]
        .iter()
        .rev()
        .zip(b[p..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    // (the common tail is counted within both rests, so neither goes below zero)
    let (ra, rb) = (a.len() - p - s, b.len() - p - s);
    match (ra, rb) {
        (0, 0) => false,
        (1, 0) | (0, 1) | (1, 1) => true,
        (2, 2) => a[p] == b[p + 1] && a[p + 1] == b[p],
        _ => false,
    }
}

const BLOOM_BITS: usize = 1 << 19;

/// The zero-padded little-endian value of up to eight bytes, read as two overlapping loads (a
/// variable-length copy into a buffer is a `memcpy` call, and this is asked of most words).
#[inline(always)]
fn load_le(s: &[u8]) -> u64 {
    let n = s.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        let hi = u32::from_le_bytes([s[n - 4], s[n - 3], s[n - 2], s[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(s[0])
            | u64::from(s[n / 2]) << (8 * (n / 2))
            | u64::from(s[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

#[inline]
fn bloom_bits(w: &str) -> (usize, usize) {
    // asked of most lowercase words: the first and last eight bytes (overlapping, or one
    // zero-padded load when shorter) and the length, mixed by two multiplications
    let b = w.as_bytes();
    let (head, tail) = if b.len() <= 8 {
        (load_le(b), 0)
    } else {
        (load_le(&b[..8]), load_le(&b[b.len() - 8..]))
    };
    let h = (head ^ tail.rotate_left(23) ^ (b.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .wrapping_mul(0xA076_1D64_78BD_642F);
    let h = h ^ (h >> 29);
    let h2 = h.rotate_left(31).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (
        (h >> 20) as usize & (BLOOM_BITS - 1),
        (h2 >> 20) as usize & (BLOOM_BITS - 1),
    )
}

fn two_bytes(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

/// The bits of [`two_bytes`] that `names` start with (a one-byte name: with any byte after).
fn two_byte_starts<'a>(names: impl Iterator<Item = &'a str>) -> Vec<u64> {
    let mut bits = vec![0u64; (1 << 16) / 64];
    for n in names {
        let b = n.as_bytes();
        let seconds = match b {
            [] => continue,
            [_] => 0..=255,
            [_, s, ..] => *s..=*s,
        };
        for s in seconds {
            let k = two_bytes(b[0], s);
            bits[k >> 6] |= 1 << (k & 63);
        }
    }
    bits
}

/// How many leading bytes of a public name [`Lexicon::public_heads`] holds.
const HEAD: usize = 4;
const HEAD_BITS: usize = 1 << 17;

fn head_bit(head: &[u8]) -> usize {
    let x = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    (x.wrapping_mul(0x9E37_79B1) >> 15) as usize & (HEAD_BITS - 1)
}

/// The bits of [`head_bit`] of `names`' first four bytes.
fn heads<'a>(names: impl Iterator<Item = &'a str>) -> Vec<u64> {
    let mut bits = vec![0u64; HEAD_BITS / 64];
    for n in names {
        let h = head_bit(&n.as_bytes()[..HEAD]);
        bits[h >> 6] |= 1 << (h & 63);
    }
    bits
}

fn bloom<'a>(words: impl Iterator<Item = &'a str>) -> Vec<u64> {
    let mut bits = vec![0u64; BLOOM_BITS / 64];
    for w in words {
        let (a, b) = bloom_bits(w);
        bits[a >> 6] |= 1 << (a & 63);
        bits[b >> 6] |= 1 << (b & 63);
    }
    bits
}

/// A list's entries, searched from a given position only, longest first (in any ASCII case, or
/// as written).
fn anchored(list: &str, any_case: bool) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Anchored)
        .ascii_case_insensitive(any_case)
        .build(lines(list))
        .expect("a bundled name list compiles")
}

/// A list's entry matched in any case from `start`, whole words, typed all in lower case (the
/// capitalised lists' own search matches the capitalised form): where it ends.
fn lowercase_match(list: &AhoCorasick, text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let input = aho_corasick::Input::new(text)
        .span(start..b.len())
        .anchored(aho_corasick::Anchored::Yes);
    let m = list.find(input)?;
    let whole = m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric();
    let lower = !text[m.start()..m.end()]
        .bytes()
        .any(|c| c.is_ascii_uppercase());
    (whole && lower).then_some(m.end())
}

/// A lowercase Latin word with its accents taken off ("maría" → "maria", "françois" →
/// "francois"); `None` when a letter has no plain form here (another script, a symbol).
fn fold_accents(lower: &str) -> Option<String> {
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        let plain = match c {
            'a'..='z' | '\'' | '-' => c,
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ł' | 'ľ' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            _ => return None,
        };
        out.push(plain);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_loads_read_as_a_zero_padded_copy() {
        let bytes = "abcdéfgh".as_bytes();
        for n in 0..=8 {
            let mut x = [0u8; 8];
            x[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load_le(&bytes[..n]), u64::from_le_bytes(x), "{n} bytes");
        }
    }

    #[test]
    fn every_public_name_passes_its_start_filter() {
        let l = Lexicon::load();
        for n in lines(ORGS).chain(lines(FIGURES)) {
            // alone, and with text after it
            assert!(l.public_may_start(n.as_bytes(), 0), "{n}");
            let text = format!("{n} and more");
            assert!(l.public_may_start(text.as_bytes(), 0), "{n}");
        }
        // and it rules most starts out, the pronoun before a verb among them
        let set: u32 = l.public_starts.iter().map(|w| w.count_ones()).sum();
        assert!(set < (1 << 16) / 64, "{set}");
        let heads: u32 = l.public_heads.iter().map(|w| w.count_ones()).sum();
        assert!(heads < (HEAD_BITS as u32) / 16, "{heads}");
        for text in ["I feel", "I think", "I was", "I don't", "My mum"] {
            assert!(!l.public_may_start(text.as_bytes(), 0), "{text}");
        }
    }

    #[test]
    fn the_first_name_filter_passes_every_name_and_few_words() {
        let l = Lexicon::load();
        let names: FxHashSet<&str> = lines(FIRST)
            .chain(lines(GIVEN))
            .chain(lines(WORLD))
            .chain(lines(BRANDS))
            .collect();
        for n in &names {
            assert_ne!(l.flags(n) & FIRST_NAME, 0, "{n}");
        }
        for n in &names {
            assert!(l.maybe_first_name(n), "{n}");
        }
        // everyday words that are no name: the share let through to a table probe
        let words: Vec<&str> = lines(VOCABULARY).filter(|w| !names.contains(w)).collect();
        let through = words.iter().filter(|w| l.maybe_first_name(w)).count();
        assert!(through * 100 < words.len(), "{through} of {}", words.len());
    }

    #[test]
    fn lists_load_with_their_roles() {
        let l = Lexicon::load();
        assert_ne!(l.flags("sleeping") & VOCAB, 0);
        assert_eq!(l.flags("marisol") & VOCAB, 0);
        assert_ne!(l.flags("i've") & ORDINARY_WORD, 0);
        assert_ne!(l.flags("tacoma") & TOWN_WHOLE, 0);
        assert_ne!(l.flags("texas") & REGION, 0);
        assert_ne!(l.flags("crossing") & STREET, 0);
        assert_ne!(l.flags("april") & CALENDAR, 0);
        assert_ne!(l.phrase("los angeles") & TOWN, 0);
        assert!(l.is_public_number("18002738255"));
        assert!(l.is_public_number("8002738255"));
        assert!(l.is_public_number("0800543354"));
        assert!(!l.is_public_number("4155552671"));
    }
}
