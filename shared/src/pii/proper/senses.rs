//! Everyday words that are also given names or what people call each other, each with the
//! senses that decide when it is a person. One table, so a word's senses are read together
//! ("will" is a verb and what carries the writer through; "honey" a season's kind of
//! companion, an endearment and a way to address someone) and a rule asks for the sense it
//! needs, not for a list.

/// The senses of a word in [`TABLE`], as bits.
#[derive(Clone, Copy)]
pub(super) struct Senses(u16);

impl Senses {
    pub(super) fn has(self, sense: u16) -> bool {
        self.0 & sense != 0
    }
}

/// A verb ("my ex will never change", "oh hope you feel better"): in lower case, no name after
/// a relation or a greeting.
pub(super) const VERB: u16 = 1;
/// An adjective people say about themselves ("I'm frank with you").
pub(super) const ADJECTIVE: u16 = 1 << 1;
/// A season, a time of day or a fortune that people speak of as a companion ("Winter and I
/// don't get along", "It's Dawn and I still haven't slept", "Karma is my best friend"): no
/// person beside the writer. (Virtues that are common given names — Grace, Hope, Joy, Faith —
/// are not: "Grace and I are getting a divorce" is a person; they are [`CARRIER`]s.)
pub(super) const SEASON: u16 = 1 << 2;
/// What carried the writer through, not who did something to them ("Hope kept me going",
/// "Faith saved me", "Art made me feel alive").
pub(super) const CARRIER: u16 = 1 << 3;
/// A word for anyone ("Guy groped me on the subway", "Sunny ghosted me lol the weather app").
pub(super) const ANYONE: u16 = 1 << 4;
/// What people call each other ("oh honey i know").
pub(super) const ENDEARMENT: u16 = 1 << 5;
/// An endearment that addresses no one by name ("Honey, you're doing better…"; not "Angel",
/// "Star": given names too).
pub(super) const ADDRESS: u16 = 1 << 6;
/// A fortune that people speak of as acting on them, and that few are named ("Karma dumped me on
/// my arse", "Karma ghosted me"): not a person even by what only a person does.
pub(super) const FORTUNE: u16 = 1 << 8;
/// A listed first name that the general vocabulary also holds as a word, but whose word sense
/// is rare in what people write ("john", "josh", "peter out", "terry towel"): capitalised, read
/// as a name, like "Sarah" ("John attended session 3 today"). From general knowledge, over the
/// 349 words both lists hold; names whose word is everyday ("Mark", "Grace", "Ruby", "Carol",
/// "Gene", "Max", "Ed") stay ambiguous.
pub(super) const NAME_FIRST: u16 = 1 << 7;

/// Sorted by bytes, one row a word (checked below, at compile time).
const TABLE: &[(&str, u16)] = &[
    ("able", ADJECTIVE),
    ("angel", ENDEARMENT),
    ("art", CARRIER),
    ("autumn", SEASON),
    ("babe", ENDEARMENT | ADDRESS),
    ("baby", ENDEARMENT | ADDRESS),
    ("barney", NAME_FIRST),
    ("beryl", NAME_FIRST),
    ("bill", VERB),
    ("bliss", SEASON),
    ("bobby", NAME_FIRST),
    ("bold", ADJECTIVE),
    ("boo", ENDEARMENT),
    ("boss", ENDEARMENT),
    ("boy", ANYONE),
    ("brave", ADJECTIVE),
    ("bro", ENDEARMENT | ADDRESS),
    ("buck", ANYONE),
    ("bud", ENDEARMENT),
    ("buddy", ANYONE | ENDEARMENT | ADDRESS),
    ("bunny", ENDEARMENT),
    ("can", VERB),
    ("captain", ENDEARMENT),
    ("cash", CARRIER),
    ("champ", ENDEARMENT),
    ("chance", SEASON),
    ("charity", CARRIER),
    ("chase", VERB | CARRIER),
    ("chief", ENDEARMENT),
    ("clement", NAME_FIRST),
    ("colleen", NAME_FIRST),
    ("cookie", ENDEARMENT),
    ("cutie", ENDEARMENT),
    ("darling", ENDEARMENT | ADDRESS),
    ("dawn", SEASON),
    ("dear", ENDEARMENT),
    ("derrick", NAME_FIRST),
    ("destiny", CARRIER),
    ("dirk", NAME_FIRST),
    ("doll", ENDEARMENT),
    ("drew", VERB),
    ("dude", ENDEARMENT | ADDRESS),
    ("dusk", SEASON),
    ("earnest", ADJECTIVE),
    ("faith", CARRIER),
    ("fall", SEASON),
    ("fate", CARRIER),
    ("fine", ADJECTIVE),
    ("fortune", SEASON | FORTUNE),
    ("frank", ADJECTIVE),
    ("free", ADJECTIVE),
    ("garret", NAME_FIRST),
    ("girl", ANYONE),
    ("glory", CARRIER),
    ("grace", CARRIER),
    ("grant", VERB | ADJECTIVE),
    ("guy", VERB | ANYONE),
    ("happy", ADJECTIVE),
    ("harmony", SEASON),
    ("harry", NAME_FIRST),
    ("heaven", CARRIER),
    ("hector", NAME_FIRST),
    ("hon", ADDRESS),
    ("honest", ADJECTIVE),
    ("honey", SEASON | ENDEARMENT | ADDRESS),
    ("honor", CARRIER),
    ("honour", CARRIER),
    ("hope", VERB | CARRIER),
    ("hun", ADDRESS),
    ("jack", VERB),
    ("jasper", NAME_FIRST),
    ("jimmy", NAME_FIRST),
    ("john", NAME_FIRST),
    ("josh", NAME_FIRST),
    ("joy", CARRIER),
    ("justice", CARRIER),
    ("karma", SEASON | FORTUNE),
    ("kid", ENDEARMENT),
    ("kiddo", ENDEARMENT | ADDRESS),
    ("lady", ANYONE),
    ("liberty", SEASON),
    ("love", SEASON | ENDEARMENT | ADDRESS),
    ("major", ADJECTIVE),
    ("man", ANYONE | ENDEARMENT),
    ("maria", NAME_FIRST),
    ("mark", VERB),
    ("martin", NAME_FIRST),
    ("mate", ENDEARMENT | ADDRESS),
    ("matt", NAME_FIRST),
    ("may", VERB | CARRIER),
    ("mercy", CARRIER),
    ("merry", ADJECTIVE),
    ("mike", NAME_FIRST),
    ("music", CARRIER),
    ("nature", CARRIER),
    ("noble", ADJECTIVE),
    ("pal", ENDEARMENT | ADDRESS),
    ("pat", VERB),
    ("patience", CARRIER),
    ("patsy", NAME_FIRST),
    ("peace", SEASON),
    ("peter", NAME_FIRST),
    ("phoebe", NAME_FIRST),
    ("pray", VERB),
    ("precious", ADJECTIVE),
    ("princess", ENDEARMENT),
    ("rain", CARRIER),
    ("rhea", NAME_FIRST),
    ("rich", ADJECTIVE),
    ("rick", NAME_FIRST),
    ("river", CARRIER),
    ("rob", VERB),
    ("royal", ADJECTIVE),
    ("rush", VERB),
    ("serenity", SEASON),
    ("sibyl", NAME_FIRST),
    ("sis", ENDEARMENT | ADDRESS),
    ("sky", CARRIER),
    ("sonny", NAME_FIRST),
    ("sorrow", SEASON),
    ("sport", ENDEARMENT),
    ("spring", SEASON),
    ("star", ENDEARMENT),
    ("sterling", ADJECTIVE),
    ("storm", CARRIER),
    ("sue", VERB),
    ("sugar", ENDEARMENT),
    ("summer", SEASON),
    ("sunny", ADJECTIVE | ANYONE),
    ("sunshine", ENDEARMENT),
    ("sure", ADJECTIVE),
    ("sweetheart", ENDEARMENT | ADDRESS),
    ("sweetie", ENDEARMENT | ADDRESS),
    ("tanner", NAME_FIRST),
    ("tony", NAME_FIRST),
    ("troy", NAME_FIRST),
    ("trust", VERB | SEASON),
    ("truth", CARRIER),
    ("victor", NAME_FIRST),
    ("wade", VERB),
    ("waldo", NAME_FIRST),
    ("warren", NAME_FIRST),
    ("will", VERB | CARRIER),
    ("winter", SEASON),
    ("wisdom", CARRIER),
    ("young", ADJECTIVE),
];

/// The senses of `word` (lowercase); none for a word the table does not hold.
pub(super) fn senses(word: &str) -> Senses {
    match TABLE.binary_search_by(|(w, _)| w.as_bytes().cmp(word.as_bytes())) {
        Ok(i) => Senses(TABLE[i].1),
        Err(_) => Senses(0),
    }
}

const fn before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

const _: () = {
    let mut i = 1;
    while i < TABLE.len() {
        assert!(before(TABLE[i - 1].0.as_bytes(), TABLE[i].0.as_bytes()));
        i += 1;
    }
};
