//! Person names and places without a model, in the spirit of Philter's safe-word approach.
//!
//! A capitalised word is ordinary when it is everyday English (SCOWL), a word that is never a
//! name on its own (pronoun contractions, chat, clinical terms, brands, identities, calendar), or
//! a state or country. Every other capitalised word — unknown, a name from the lists, a town —
//! is a proper noun and is redacted wherever it stands. A name that is also an everyday word
//! ("Hope", "Will", "Grace", "Young") is a name only where people put names: after a title, an
//! introduction, a relation ("my sister Hope"), a greeting; in vocative position ("Thanks,
//! Hope."); before a reporting verb; alone on a sign-off line; beside another name; or alone
//! and capitalised inside a sentence. Lowercase names are found when they are listed first
//! names and not English words ("hey im jordan"), and after an introduction.
//!
//! A proper noun is a place (`[LOCATION]`) when it is in the gazetteer, follows a place cue
//! ("moved to", "near", "in"), carries a place prefix or suffix ("West Houston", "Freya Ville",
//! "Baldwin County"); a street (`[ADDRESS]`) when a street type closes it ("Walker Run").

use super::lexicon::{
    CALENDAR, COMMON, FIRST_NAME, FIRST_ROLE_BIT, FOREIGN_WORD, Lexicon, ORDINARY_WORD,
    OTHER_LANGUAGE, PHRASE_WORD, RARE, REGION, STREET, SURNAME, TOWN, TOWN_WHOLE, VOCAB,
};
use super::tokens::{Tokens, Word, letter_in, letter_masks, lower};
use super::{Finding, Kind};

const TITLES: &[&str] = &[
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "prof",
    "professor",
    "doctor",
    "nurse",
    "pastor",
    "rev",
    "reverend",
    // clergy ("Imam Yusuf", "Vicar Jones"; not "bishop", "deacon": surnames that lead streets,
    // "Bishop Underpass")
    "archbishop",
    "vicar",
    "rabbi",
    "imam",
    "sir",
    "dame",
    "officer",
    // another language's ("La terapista Amy tiene razón")
    "terapista",
    "terapeuta",
    "doctora",
    "señora",
    "señor",
    "sra",
    "licenciada",
    "licenciado",
    "detective",
    "coach",
    "judge",
    "sgt",
    "sergeant",
    "capt",
    "captain",
    "lt",
    "lieutenant",
    // service and police ranks ("SSgt Archer was my section commander")
    "ssgt",
    "msgt",
    "tsgt",
    "sfc",
    "cpl",
    "lcpl",
    "corporal",
    "colonel",
    "brig",
    "cdr",
    "cmdr",
    "sarge",
    "cllr",
    "padre",
    "fr",
    "rabbi",
    "imam",
    "sr",
    "br",
    "mister",
    "madam",
    "aunty",
    "auntie",
    "uncle",
    "grandma",
    "grandpa",
    "nana",
    "nan",
    "granny",
    "gran",
    "grandad",
    "papa",
];
/// Titles written short, the only ones a full stop may follow inside a name ("Dr. Smith").
fn abbreviated_title(w: &str) -> bool {
    matches!(
        w,
        "dr" | "mr"
            | "mrs"
            | "ms"
            | "mx"
            | "prof"
            | "rev"
            | "sgt"
            | "capt"
            | "lt"
            | "fr"
            | "sr"
            | "br"
            | "ssgt"
            | "msgt"
            | "tsgt"
            | "cpl"
            | "lcpl"
            | "brig"
            | "cdr"
            | "cmdr"
            | "cllr"
    )
}

const RELATIONS: &[&str] = &[
    "lawyer",
    "solicitor",
    "attorney",
    "barrister",
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "mom",
    "mum",
    "mother",
    "dad",
    "father",
    "friend",
    "partner",
    "boyfriend",
    "girlfriend",
    "bf",
    "gf",
    "bff",
    "hubby",
    "fiance",
    "fiancé",
    "fiancee",
    "therapist",
    "counselor",
    "counsellor",
    "psychiatrist",
    "psychologist",
    "doctor",
    "gp",
    "boss",
    "manager",
    "coworker",
    "co-worker",
    "colleague",
    "roommate",
    "flatmate",
    "housemate",
    "ex",
    "cousin",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "nan",
    "nana",
    "granny",
    "uncle",
    "aunt",
    "auntie",
    "niece",
    "nephew",
    "stepdad",
    "stepmom",
    "stepmum",
    "stepson",
    "stepdaughter",
    "stepbrother",
    "stepsister",
    "neighbor",
    "neighbour",
    "teacher",
    "landlord",
    "landlady",
    "kid",
    "baby",
    "child",
    "nurse",
    "caseworker",
    "sponsor",
    "mentor",
    "supervisor",
    "lawyer",
    "attorney",
    "social",
    "worker",
    "coach",
    "pastor",
    "priest",
    "carer",
    "caregiver",
    "twin",
    "sibling",
    "classmate",
    "bestie",
    "mate",
    "buddy",
    "lover",
    "spouse",
    "crush",
    "date",
    "guy",
    "girl",
    "dog",
    "cat",
    "puppy",
    "kitten",
    // Spanish, which families speak at home ("mi hermana María", "mi esposo José")
    "hermana",
    "hermano",
    "madre",
    "padre",
    "hija",
    "hijo",
    "esposa",
    "esposo",
    "novia",
    "novio",
    "amiga",
    "amigo",
    "prima",
    "primo",
    "tía",
    "tío",
    "mamá",
    "papá",
];
/// Grandparents in the languages families speak at home ("my oma is 90", "Nonna Rosa"): a
/// relation and, before a name, a title, like "nan".
const GRANDPARENTS: &[&str] = &[
    "oma", "opa", "nonna", "nonno", "abuela", "abuelo", "yiayia", "bubbe", "babcia", "kuia", "koro",
];
/// Greetings that are nothing else ("hi", "thanks", "dear"): they address the name after them.
const PURE_GREETINGS: &[&str] = &[
    "hi",
    "hey",
    "hello",
    "hiya",
    "dear",
    "thanks",
    "thank",
    "thx",
    "ty",
    "cheers",
    "welcome",
    "congrats",
    "congratulations",
    "bye",
    "goodbye",
    "goodnight",
    "yo",
    "and",
];
/// Greetings that are everyday words too ("night", "lol", "ok"): they greet only where they open
/// what is said ("night Sarah x", not "every single night River was high").
const EVERYDAY_GREETINGS: &[&str] = &[
    "night", "morning", "evening", "well", "right", "sure", "look", "listen", "lol", "omg", "yes",
    "no", "yeah", "sorry", "ok", "okay",
];
/// Endearments that address no one by name ("Honey, you're doing better…"; not "Angel", "Star":
/// given names too).
const VOCATIVE_ENDEARMENTS: &[&str] = &[
    "honey",
    "babe",
    "baby",
    "sweetie",
    "darling",
    "sweetheart",
    "hun",
    "hon",
    "love",
    "mate",
    "buddy",
    "pal",
    "dude",
    "bro",
    "sis",
    "kiddo",
];
const POSSESSIVES: &[&str] = &[
    "my", "our", "his", "her", "their", "your", "the", "a", "an", "me", "mi",
];
const GREETINGS: &[&str] = &[
    "salam",
    "salaam",
    "alaikum",
    "alaykum",
    "alaikom",
    "alaykom",
    "as-salam",
    "assalam",
    "hi",
    "hey",
    "hello",
    "dear",
    "thanks",
    "thank",
    "thx",
    "ty",
    "bye",
    "goodbye",
    "morning",
    "evening",
    "night",
    "goodnight",
    "welcome",
    "congrats",
    "congratulations",
    "sorry",
    "ok",
    "okay",
    "yes",
    "no",
    "yo",
    "hiya",
    "cheers",
    "oh",
    "ah",
    "well",
    "lol",
    "omg",
    "sure",
    "right",
    "listen",
    "look",
    "hmm",
    "so",
    "and",
    "yeah",
    "love",
    "aww",
    "wow",
    "xoxo",
    "xx",
    "ora",
    "morena",
    "oi",
    "sry",
    "heya",
    "hii",
    "howdy",
    "afternoon",
];
/// Verbs whose object is a person ("I told Grace").
const OBJECT_VERBS: &[&str] = &[
    "told", "tell", "telling", "asked", "ask", "texted", "text", "texting", "called", "call",
    "calling", "met", "meet", "meeting", "saw", "see", "seeing", "messaged", "message", "miss",
    "missed", "hugged", "hug", "blame", "blamed", "trust", "trusted", "dated", "dating", "married",
    "marry", "lost", "love", "loved", "hate", "hated", "like", "liked", "visit", "visited",
    "visiting", "thank", "thanked", "ignore", "ignored", "emailed", "email", "dm", "dmed",
    "phoned", "rang", "ring", "dumped", "cheated", "named",
];
/// After a proper noun: it did what people do ("Grace said", "Mark keeps …").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "texted",
    "texts",
    "called",
    "calls",
    "asked",
    "asks",
    "thinks",
    "thought",
    "wants",
    "wanted",
    "yelled",
    "screamed",
    "shouted",
    "cried",
    "hit",
    "died",
    "knows",
    "knew",
    "messaged",
    "promised",
    "hugged",
    "laughed",
    "replied",
    "suggested",
    "recommended",
    "mentioned",
    "explained",
    "noticed",
    "refused",
    "agreed",
    "cheated",
    "alluded",
    "noted",
    "pointed",
    "wrote",
    "shared",
    "stated",
    "described",
    "advised",
    "offered",
    "added",
    "answered",
    "responded",
    "commented",
    "posted",
    "warned",
    "admitted",
    "emailed",
    "phoned",
    "rang",
];
/// Words before a proper noun that make it a place ("we moved to Tacoma", "services near …").
const PLACE_CUES: &[&str] = &[
    "in",
    "near",
    "from",
    "around",
    "outside",
    "across",
    "toward",
    "towards",
    "throughout",
    "within",
    "visiting",
    "visit",
    "visited",
    "leaving",
    "left",
    "nearby",
    "downtown",
    "uptown",
    "suburbs",
    "outskirts",
    "at",
];
/// Verbs after which "to X" is a place.
const MOTION: &[&str] = &[
    "moved",
    "move",
    "moving",
    "went",
    "go",
    "going",
    "drive",
    "drove",
    "driving",
    "fly",
    "flew",
    "flying",
    "back",
    "relocated",
    "relocating",
    "relocate",
    "travel",
    "travelled",
    "traveled",
    "come",
    "came",
    "return",
    "returned",
    "returning",
    "commute",
    "commuting",
    "trip",
    "headed",
    "heading",
    "transferred",
    "posted",
    "deployed",
    "sent",
    "way",
    "road",
    "bus",
    "train",
    "out",
];
/// Words before a proper noun that make it a street ("I live on Walker Run").
const STREET_CUES: &[&str] = &[
    "on", "off", "along", "onto", "down", "up", "at", "by", "near",
];
/// Before a capitalised word these are not a cue for a name: "the Grace of God".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "some", "any", "every", "each", "no",
    "another", "such", "its", "of", "very", "so", "more", "most", "less", "pure", "true", "real",
    "great", "good", "new", "little", "big", "amazing", "divine",
];
/// Words that open a place name ("West Houston", "Port Jamesside", "Lake Joannatown").
const PLACE_PREFIXES: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "new",
    "port",
    "lake",
    "mount",
    "mt",
    "fort",
    "ft",
    "saint",
    "st",
    "upper",
    "lower",
    "high",
    "great",
    "little",
    "old",
    "glen",
    "san",
    "santa",
    "los",
    "las",
    "el",
    "la",
    "le",
    "point",
    "cape",
    "isle",
    "county",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "central",
    "greater",
    "royal",
    "market",
    "east-end",
    "mid",
];
/// Words that close a place name ("Freya Ville", "Baldwin County", "Palm Springs").
const PLACE_SUFFIXES: &[&str] = &[
    "city", "town", "ville", "springs", "falls", "beach", "heights", "hills", "valley", "bay",
    "harbor", "harbour", "island", "county", "village", "borough", "creek", "ridge", "junction",
    "park", "township", "parish", "district", "shire", "hamlet", "mills", "crossing", "station",
    "lakes", "grove", "estates", "bluffs", "forest", "glen", "gardens", "head", "on-sea", "upon",
    "regis", "spa", "wells", "end", "common", "green", "cross", "bridge", "ford", "dale", "vale",
];
/// The place suffixes that make any unlisted or rare word before them a place ("Bailie Ville").
const STRONG_SUFFIXES: &[&str] = &[
    "city", "town", "ville", "county", "village", "borough", "township", "parish", "shire",
    "springs", "falls", "heights", "beach", "bay", "harbor", "harbour", "island", "valley",
    "hills", "creek",
];

/// Words after a name that make it an eponym, not a person ("Gottman Method", "Parkinson's
/// disease", "Yerkes-Dodson Law").
const EPONYM_HEADS: &[&str] = &[
    "method",
    "methods",
    "disease",
    "syndrome",
    "disorder",
    "law",
    "technique",
    "scale",
    "inventory",
    "test",
    "therapy",
    "model",
    "theory",
    "effect",
    "principle",
    "approach",
    "institute",
    "foundation",
    "hierarchy",
    "stages",
    "questionnaire",
    "criteria",
    "protocol",
];

/// Job titles' last words: capitalised everyday words before one are a title, not a name.
const ROLE_NOUNS: &[&str] = &[
    "manager",
    "lawyer",
    "solicitor",
    "officer",
    "worker",
    "coordinator",
    "co-ordinator",
    "director",
    "assistant",
    "consultant",
    "practitioner",
    "specialist",
    "advisor",
    "adviser",
    "supervisor",
    "administrator",
    "receptionist",
    "caseworker",
    "clerk",
    "executive",
    "secretary",
    "trustee",
    "volunteer",
    "mentor",
    "tutor",
    "registrar",
    "lead",
];

/// A role named for what it heads ("Dear Head of Year,", "Chair of Governors").
const ROLE_OF: &[&str] = &["head", "chair", "director", "dean", "principal", "leader"];

/// Conditions called by a person's name in the possessive alone ("Parkinson's", "Crohn's").
const EPONYM_CONDITIONS: &[&str] = &[
    "parkinson",
    "alzheimer",
    "huntington",
    "hashimoto",
    "asperger",
    "crohn",
    "tourette",
    "cushing",
    "raynaud",
    "meniere",
    "hodgkin",
    "munchausen",
    "korsakoff",
    "kawasaki",
    "dupuytren",
];

/// First names that are also adjectives people say about themselves ("I'm frank with you").
const ADJECTIVE_NAMES: &[&str] = &[
    "rich", "frank", "earnest", "sunny", "grant", "merry", "young", "royal", "noble", "major",
    "honest", "happy", "sure", "fine", "free", "sterling", "precious", "brave", "bold", "able",
];

/// Verbs that are also listed first names ("my ex will never change", "oh hope you feel
/// better"): in lower case, not a name after a relation or a greeting.
const VERB_NAMES: &[&str] = &[
    "will", "may", "can", "hope", "pray", "sue", "rob", "pat", "grant", "trust", "bill", "mark",
    "jack", "chase", "drew", "guy", "wade", "rush",
];

/// Listed first names that the general vocabulary also holds as words, but whose word sense is
/// rare in what people write ("john", "josh", "peter out", "terry towel"): capitalised, they are
/// read as names, like "Sarah" ("John attended session 3 today"). From general knowledge, over
/// the 349 words both lists hold; names whose word is everyday ("Mark", "Grace", "Ruby",
/// "Carol", "Gene", "Max", "Ed") stay ambiguous.
const NAMES_NOT_WORDS: &[&str] = &[
    "john", "josh", "maria", "peter", "martin", "jimmy", "bobby", "harry", "tony", "mike", "matt",
    "rick", "sonny", "troy", "warren", "derrick", "dirk", "hector", "jasper", "clement", "colleen",
    "beryl", "barney", "garret", "tanner", "waldo", "victor", "phoebe", "rhea", "sibyl", "patsy",
];

/// What a café, a chain or a band sells or plays, read after its name ("Costa coffee",
/// "Paramore concert") — not what a person has or does without their apostrophe ("Hargreaves
/// car", "Nakamura delivery guy", "Rodriguez staff").
const PRODUCT_NOUNS: &[&str] = &[
    "coffee",
    "coffees",
    "latte",
    "lattes",
    "concert",
    "concerts",
    "gig",
    "gigs",
    "album",
    "albums",
    "sausage",
    "pasty",
    "pasties",
    "doughnut",
    "donut",
    "burger",
    "fries",
    "nuggets",
    "pizza",
    "milkshake",
    "frappe",
    "frappuccino",
];

/// The commonest words that open a sentence in Russian, Ukrainian and Greek (lowercase): read as
/// words there, where English would take an unknown capital for a name ("Спасибо. Мне стало
/// немного легче"); any other capitalised word of those scripts is read as a name is.
const OTHER_SCRIPT_WORDS: &[&str] = &[
    "спасибо",
    "мне",
    "я",
    "это",
    "сегодня",
    "сьогодні",
    "привет",
    "привіт",
    "но",
    "и",
    "как",
    "что",
    "мы",
    "вы",
    "он",
    "она",
    "они",
    "да",
    "нет",
    "ні",
    "так",
    "вот",
    "когда",
    "если",
    "меня",
    "мой",
    "моя",
    "мені",
    "дякую",
    "це",
    "але",
    "і",
    "що",
    "ми",
    "ви",
    "вона",
    "він",
    "ευχαριστώ",
    "γεια",
    "και",
    "είμαι",
    "δεν",
    "αλλά",
    "σήμερα",
    "εγώ",
    "ναι",
    "όχι",
];

/// Seasons, times of day and fortunes that are also given names, which people speak of as
/// companions ("Winter and I don't get along", "It's Dawn and I still haven't slept", "Karma is
/// my best friend"): no person beside the writer. (Virtues that are common given names — Grace,
/// Hope, Joy, Faith — are not listed: "Grace and I are getting a divorce" is a person.)
const PERSONIFIED: &[&str] = &[
    "winter", "summer", "autumn", "spring", "fall", "dawn", "dusk", "karma", "chance", "honey",
    "fortune", "love", "peace", "trust", "sorrow", "bliss", "serenity", "harmony", "liberty",
];

/// What someone did to the writer, past or habitual ("Mark punched me", "Rose ghosted me",
/// "Bill picks on my son"): after an everyday word that is a given name, a person. (Not what a
/// show or a song does too: "Bluey made me cry", "that episode broke me"; nor a dog: "bit".)
const ACTS_ON_WRITER: &[&str] = &[
    "punches",
    "kicks",
    "slaps",
    "hurt",
    "hurts",
    "touched",
    "bullies",
    "threatens",
    "stalks",
    "followed",
    "harasses",
    "spat",
    "insulted",
    "humiliated",
    "mocked",
    "mocks",
    "left",
    "blocked",
    "unfriended",
    "unfollowed",
    "ignored",
    "ignores",
    "betrayed",
    "lied",
    "manipulated",
    "gaslit",
    "gaslighted",
    "kissed",
    "invited",
    "drove",
    "picked",
    "sent",
    "sends",
    "showed",
    "taught",
    "forced",
    "locked",
    "woke",
    "scared",
    "frightened",
    "pinned",
    "robbed",
    "scammed",
    "fired",
    "loves",
    "loved",
    "hates",
    "hated",
    "misses",
    "missed",
    "blames",
    "blamed",
    "married",
    "divorced",
    "raised",
    "adopted",
    "visited",
    "visits",
    "hugs",
    "kisses",
    "bought",
    "brought",
    "lent",
    "paid",
    "owes",
    "stole",
    "picks",
    "broke",
];

/// Harm done to the writer ("Mark punched me", "Mark has been hitting me"); the `SEVERE` of them
/// make even a virtue or a month a person ("Grace raped me", "June raped me").
const HARMS: &[&str] = &[
    "punched",
    "punching",
    "punch",
    "kicked",
    "kicking",
    "kick",
    "slapped",
    "slapping",
    "slap",
    "hit",
    "hits",
    "hitting",
    "raped",
    "raping",
    "rape",
    "assaulted",
    "assaulting",
    "abused",
    "abusing",
    "abuse",
    "molested",
    "molesting",
    "groped",
    "choked",
    "choking",
    "choke",
    "strangled",
    "stalked",
    "stalking",
    "stalk",
    "harassed",
    "harassing",
    "harass",
    "beat",
    "beating",
    "bullied",
    "bullying",
    "bully",
    "threatened",
    "threatening",
    "threaten",
    "ghosted",
    "ghosting",
    "dumped",
    "shoved",
    "pushed",
    "attacked",
    "blackmailed",
    "blackmailing",
];

/// The harms no season, virtue or month is said to do even in a figure of speech (not "hit",
/// "slapped", "ghosted": "Hope slapped me in the face this year").
const SEVERE: &[&str] = &[
    "raped",
    "raping",
    "assaulted",
    "assaulting",
    "molested",
    "molesting",
    "groped",
    "strangled",
    "choked",
    "choking",
    "punched",
    "kicked",
    "stalked",
    "stalking",
    "harassed",
    "harassing",
    "bullied",
    "bullying",
    "abused",
    "abusing",
    "blackmailed",
    "blackmailing",
    "threatened",
];

/// What only a person does to the writer, even in a figure of speech: no season, virtue or
/// fortune texts, dumps or marries anyone ("Summer ghosted me", "Hope texted me", "Dawn cheated
/// on me"). Read with `SEVERE` where a word is as often a thing as a person. ("Hope slapped me in
/// the face", "Destiny called me", "Love left me broken" are figures: not here.) "ghosted" is
/// here though "motivation ghosted me" is said: of a word that is a given name it is far more
/// often a person, and a leaked name costs more than a redacted season.
const HUMAN_ACTS: &[&str] = &[
    "ghosted",
    "texted",
    "texts",
    "messaged",
    "dmed",
    "emailed",
    "phoned",
    "facetimed",
    "dumped",
    "blocked",
    "unfriended",
    "unfollowed",
    "cheated",
    "married",
    "divorced",
    "proposed",
    "kissed",
    "hugged",
];

/// Everyday words that are given names but say what carried the writer through, not who did
/// something to them ("Hope kept me going", "Faith saved me", "Art made me feel alive").
const CARRIERS: &[&str] = &[
    "hope", "faith", "grace", "joy", "mercy", "patience", "charity", "destiny", "justice", "honor",
    "honour", "glory", "art", "music", "cash", "sky", "storm", "rain", "river", "nature", "fate",
    "wisdom", "truth", "heaven", "chase", "will", "may",
];
/// Words for anyone that are given names too ("Guy groped me on the subway", "Sunny ghosted me
/// lol the weather app").
const ANYONE: &[&str] = &[
    "guy", "buddy", "buck", "sunny", "man", "lady", "boy", "girl",
];

/// What people call each other that is also a listed first name ("oh honey i know").
const ENDEARMENTS: &[&str] = &[
    "princess",
    "sunshine",
    "kiddo",
    "champ",
    "honey",
    "sugar",
    "dear",
    "darling",
    "angel",
    "sweetie",
    "baby",
    "babe",
    "buddy",
    "bud",
    "pal",
    "mate",
    "champ",
    "chief",
    "sunshine",
    "star",
    "kid",
    "love",
    "doll",
    "sweetheart",
    "cookie",
    "boo",
    "bunny",
    "cutie",
    "sport",
    "captain",
    "boss",
    "man",
    "dude",
    "sis",
    "bro",
];

/// Words that end a letter, before the sign-off name on the next line.
const SIGNOFFS: &[&str] = &[
    "love",
    "best",
    "cheers",
    "thanks",
    "regards",
    "sincerely",
    "warmly",
    "yours",
    "xx",
    "xo",
    "xoxo",
    "wishes",
    "care",
    "soon",
    "respectfully",
    "blessings",
    "peace",
    "hugs",
    "cordially",
];

const ROLE_TITLE: u32 = FIRST_ROLE_BIT;
const ROLE_RELATION: u32 = FIRST_ROLE_BIT << 1;
const ROLE_POSSESSIVE: u32 = FIRST_ROLE_BIT << 2;
const ROLE_GREETING: u32 = FIRST_ROLE_BIT << 3;
const ROLE_OBJECT: u32 = FIRST_ROLE_BIT << 4;
const ROLE_REPORTING: u32 = FIRST_ROLE_BIT << 5;
const ROLE_PLACE_CUE: u32 = FIRST_ROLE_BIT << 6;
const ROLE_MOTION: u32 = FIRST_ROLE_BIT << 7;
const ROLE_STREET_CUE: u32 = FIRST_ROLE_BIT << 8;
const ROLE_DETERMINER: u32 = FIRST_ROLE_BIT << 9;
const ROLE_PLACE_PREFIX: u32 = FIRST_ROLE_BIT << 10;
const ROLE_PLACE_SUFFIX: u32 = FIRST_ROLE_BIT << 11;
const ROLE_STRONG_SUFFIX: u32 = FIRST_ROLE_BIT << 12;
const ROLE_SIGNOFF: u32 = FIRST_ROLE_BIT << 13;
/// "St.", "Mt.", "Ft.": abbreviations a place name runs on after.
const ROLE_PLACE_ABBREV: u32 = FIRST_ROLE_BIT << 14;
const ROLE_EPONYM_HEAD: u32 = FIRST_ROLE_BIT << 15;
/// The words [`Finder::cue_before`] compares as text (introductions, labels): a word with none
/// of the cue roles is no cue, whatever it is.
const ROLE_INTRO: u32 = FIRST_ROLE_BIT << 16;
const CUE_ROLES: u32 = ROLE_TITLE
    | ROLE_RELATION
    | ROLE_GREETING
    | ROLE_OBJECT
    | ROLE_PLACE_CUE
    | ROLE_STREET_CUE
    | ROLE_DETERMINER
    | ROLE_INTRO;
fn is_intro_word(w: &str) -> bool {
    INTRO_CUES.contains(&w)
}

const INTRO_CUES: &[&str] = &[
    "is", "was", "name", "names", "surname", "forename", "named", "called", "me", "by", "i'm",
    "im", "it's", "its", "am", "patient", "resident",
];

/// The first letters of [`INTRO_CUES`] and [`ADDRESSES`] by length: most words before a
/// lowercase word ("the", "and", "to") are told to be neither without a comparison.
const PREV_CUE_LETTERS: [u32; 16] = letter_masks(&[INTRO_CUES, ADDRESSES], false);

/// Relations and greetings that address a person: an unlisted lowercase word after one may be
/// a name ("my bf iain says", "thanks again, shania kildea", "ok keeva i get it"). The frequent
/// words that greet only sometimes ("and", "so", "well") are left out: they gate every word.
const ADDRESSES: &[&str] = &[
    "mom",
    "mum",
    "mam",
    "mother",
    "dad",
    "father",
    "bf",
    "gf",
    "ex",
    "bff",
    "hubby",
    "wife",
    "husband",
    "partner",
    "boyfriend",
    "girlfriend",
    "sister",
    "brother",
    "friend",
    "mate",
    "cousin",
    "aunt",
    "auntie",
    "uncle",
    "son",
    "daughter",
    "niece",
    "nephew",
    "fiance",
    "fiancé",
    "fiancee",
    "therapist",
    "counsellor",
    "counselor",
    "teacher",
    "boss",
    "coworker",
    "colleague",
    "flatmate",
    "roommate",
    "neighbour",
    "neighbor",
    "thanks",
    "thank",
    "thx",
    "ty",
    "again",
    "hi",
    "hey",
    "hello",
    "hiya",
    "ok",
    "okay",
    "lol",
    "yeah",
    "yo",
    "xoxo",
    "xx",
    "dear",
    "cheers",
    "bye",
];

/// A cheap hash of a short word's first, second and last letters and length: a word whose bit
/// is unset is no word of a list ([`ADDRESSES`]), decided before any string comparison (asked
/// of most words; one bit in 4,096, so few other words share a listed word's bit).
const fn quick(w: &[u8]) -> usize {
    let second = if w.len() > 1 { w[1] } else { 0 } as usize;
    (w[0] as usize)
        .wrapping_mul(0x9E37)
        .wrapping_add(second.wrapping_mul(0x85EB))
        .wrapping_add((w[w.len() - 1] as usize).wrapping_mul(0xC2B3))
        .wrapping_add(w.len().wrapping_mul(0x27D5))
        >> 3
        & 4095
}

/// The [`quick`] bits of a word list's words.
const fn quick_bits(words: &[&str]) -> [u64; 64] {
    let mut bits = [0u64; 64];
    let mut i = 0;
    while i < words.len() {
        let h = quick(words[i].as_bytes());
        bits[h >> 6] |= 1 << (h & 63);
        i += 1;
    }
    bits
}

/// Whether `w` may be a word of the list whose [`quick_bits`] are `bits` (false: it is not).
fn quick_hit(w: &str, bits: &[u64; 64]) -> bool {
    !w.is_empty() && {
        let h = quick(w.as_bytes());
        bits[h >> 6] & (1 << (h & 63)) != 0
    }
}

/// A capitalised word that, standing alone between lowercase words, is the pronoun or a
/// sentence's opening function word ("I'm", "If", "The", "However"): never a name, and not a
/// cue the capitalised-run rules act on.
fn lone_opener(w: &str) -> bool {
    matches!(
        w,
        "I" | "I'm"
            | "I've"
            | "I'll"
            | "I'd"
            | "I\u{2019}m"
            | "I\u{2019}ve"
            | "I\u{2019}ll"
            | "I\u{2019}d"
            | "If"
            | "It"
            | "It's"
            | "It\u{2019}s"
            | "You"
            | "You're"
            | "The"
            | "This"
            | "He"
            | "She"
            | "We"
            | "They"
            | "What"
            | "There"
            | "In"
            | "When"
            | "Your"
            | "How"
            | "Is"
            | "As"
            | "But"
            | "For"
            | "Do"
            | "And"
            | "That"
            | "So"
            | "Then"
            | "Are"
            | "These"
            | "Have"
            | "Some"
            | "Since"
            | "While"
            | "Often"
            | "Sometimes"
            | "Maybe"
            | "However"
            | "Also"
            | "Even"
    )
}

/// Titles typed in lower case before a surname ("dr khan").
const LOWERCASE_TITLES: &[&str] = &["dr", "mr", "mrs", "ms", "prof"];

/// The first letters of the words that may stand before a lowercase town or surname (place
/// words, "to", titles), by length.
const LOWERCASE_CUE_LETTERS: [u32; 16] =
    letter_masks(&[PLACE_CUES, LOWERCASE_TITLES, &["to"]], false);

/// Whether word `k` could be a place word, "to" or a title by its length and first letter.
fn lowercase_cue_shaped(t: &Tokens, k: usize) -> bool {
    let w = &t.words[k];
    letter_in(&LOWERCASE_CUE_LETTERS, w.len(), t.text.as_bytes()[w.start])
}

const ADDRESS_BITS: [u64; 64] = quick_bits(ADDRESSES);

fn addresses(w: &str) -> bool {
    // (the words before a lowercase word are often a relation: "my mum", "my partner")
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ADDRESSES.iter().copied().collect());
    quick_hit(w, &ADDRESS_BITS) && SET.contains(w)
}

const INTRO_WORDS: &[&str] = &[
    "city",
    "town",
    "suburb",
    "locality",
    "village",
    "street",
    "address",
    "road",
    "addr",
    "patient",
    "resident",
    "student",
    "member",
    "attn",
    "attention",
    "is",
    "was",
    "name",
    "names",
    "surname",
    "forename",
    "firstname",
    "lastname",
    "named",
    "called",
    "me",
    "by",
    "i'm",
    "im",
    "it's",
    "its",
    "i’m",
    "it’s",
    "am",
    "you",
    "again",
    "to",
];

/// Gives the rules' cue words their role bits in the lexicon, so each word of a text is looked
/// up once and every cue test is a bit test.
pub fn register(lex: &mut Lexicon) {
    lex.mark(TITLES, ROLE_TITLE);
    lex.mark(RELATIONS, ROLE_RELATION);
    lex.mark(GRANDPARENTS, ROLE_RELATION | ROLE_TITLE);
    lex.mark(POSSESSIVES, ROLE_POSSESSIVE);
    lex.mark(GREETINGS, ROLE_GREETING);
    lex.mark(OBJECT_VERBS, ROLE_OBJECT);
    lex.mark(REPORTING, ROLE_REPORTING);
    lex.mark(PLACE_CUES, ROLE_PLACE_CUE);
    lex.mark(MOTION, ROLE_MOTION);
    lex.mark(STREET_CUES, ROLE_STREET_CUE);
    lex.mark(DETERMINERS, ROLE_DETERMINER);
    lex.mark(PLACE_PREFIXES, ROLE_PLACE_PREFIX);
    lex.mark(PLACE_SUFFIXES, ROLE_PLACE_SUFFIX);
    lex.mark(STRONG_SUFFIXES, ROLE_STRONG_SUFFIX);
    lex.mark(SIGNOFFS, ROLE_SIGNOFF);
    lex.mark(&["st", "mt", "ft"], ROLE_PLACE_ABBREV);
    lex.mark(EPONYM_HEADS, ROLE_EPONYM_HEAD);
    lex.mark(INTRO_WORDS, ROLE_INTRO);
    // what a lowercase word can matter as; the role bits are every bit from FIRST_ROLE_BIT up
    let roles = !(FIRST_ROLE_BIT - 1) & !OTHER_LANGUAGE;
    lex.index_small(FIRST_NAME | COMMON | ORDINARY_WORD | FOREIGN_WORD | CALENDAR | roles);
}

/// How a capitalised word reads on its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Never a name: contractions, chat, clinical, brands, identities, states and countries.
    Safe,
    /// Everyday English, not a listed name.
    Plain,
    /// Everyday English and a listed name ("Hope", "Young"): a name with a cue.
    Ambiguous,
    /// Not everyday English: a name, a town or a word nobody listed.
    Proper,
}

#[derive(Clone, Copy)]
struct Info {
    class: Class,
    flags: u32,
}

/// The flags of a lowercase word that is in no small-table list ([`Finder::full`] knows more).
const PARTIAL: u32 = 1 << 31;
/// Not looked up yet.
const UNSET: u32 = u32::MAX;

/// Runs are at most this many words ([`Finder::run_end`]).
const RUN: usize = 6;

/// How a capitalised word reads, from its lexicon flags and, for unlisted words, its shape.
/// `opens` says the word starts a sentence: only there is an unlisted word that decomposes into
/// English ("Resparking", "Caretaking") taken for one — inside a sentence such a word is far
/// more often a surname ("Holdaway", "Blackwood").
fn classify_with(lex: &Lexicon, word: &str, flags: u32, opens: bool, leads: bool) -> Info {
    let l = lower(word);
    // (not "-ss": "Schwass" is no plural of "schwas")
    if flags == 0 && l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") {
        // "Americans", "LCSWs", "Mondays": the plural of a word that is never a name; "Meds",
        // "Vapes": an unlisted plural of an everyday word (a surname shaped so is listed)
        let f = lex.flags(&l[..l.len() - 1]);
        let everyday = f & VOCAB != 0 && f & (TOWN | REGION) == 0;
        if (everyday || f & (ORDINARY_WORD | FOREIGN_WORD) != 0) && f & (FIRST_NAME | SURNAME) == 0
        {
            return Info {
                class: Class::Safe,
                flags: ORDINARY_WORD,
            };
        }
    }
    if flags == 0 && glued_words(lex, word) {
        // "StatementsYou", "SunlightGet": two sentences run together, not a name
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    // "LFTs", "DMing", "QTc", "HbA1c"-like shorthand: an acronym with a lowercase ending; and
    // clinical shorthand "Dx", "Tx", "FHx"
    let b = word.as_bytes();
    // (not "OBrien", "ONeill": an Irish surname without its apostrophe)
    let acronym_led = b.len() >= 3
        && b[0] != b'O'
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && b.iter().any(u8::is_ascii_lowercase);
    let shorthand = b.len() >= 2
        && b.len() <= 5
        && b[b.len() - 1] == b'x'
        && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase);
    if flags == 0 && (acronym_led || shorthand) {
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    // (a capital inside marks a name: "McCadam" is no "macadam")
    let inner_capital = word.chars().skip(1).any(char::is_uppercase);
    // (a mistyped word is read as one only where it leads a run of capitals: after a first name
    // an unlisted word one letter off a word is as often a surname, "Aoife Heraty")
    if flags == 0 && (leads && !inner_capital && misspelt(lex, &l) || drawn_out(lex, &l)) {
        // "Pedophelia", "Animsls", "Agaiiiiiiin": an everyday word mistyped or drawn out
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    let plain_shape = l.len() >= 6 && !l.contains(['-', '\'']);
    // anywhere in a sentence: "Rewatching", "Overthinking" (a prefix before an inflected
    // word) and a service named for what it is ("Safeline", "Quitline", "Youthspace")
    let anywhere = || prefixed(lex, &l) || service(lex, &l) || clinical(lex, &l);
    if flags == 0 && plain_shape && (opens && derived(lex, &l) || anywhere()) {
        // "Resparking", "Caretaking", "Maloriented": an English word with an affix
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    if flags != 0 || !l.contains(['-', '\'']) {
        let class = match class_of(flags) {
            Class::Ambiguous if NAMES_NOT_WORDS.contains(&&*l) => Class::Proper,
            // a word written with letters English has not and frequent only in another
            // language's text is as often a name there ("Jürgen", "João", "Søren", "Björn"):
            // a name with a cue ("my friend Jürgen"), a word without one
            Class::Plain if flags & (VOCAB | RARE | COMMON) == 0 && !l.is_ascii() => {
                Class::Ambiguous
            }
            c => c,
        };
        return Info { class, flags };
    }
    // "Sue-ing", "Will-ed": a word with its ending hyphenated on is a verb
    if l.rsplit_once('-')
        .is_some_and(|(_, e)| matches!(e, "ing" | "ed" | "ish"))
    {
        return Info {
            class: Class::Plain,
            flags: VOCAB,
        };
    }
    // a joined word ("Post-Traumatic", "Self-Doubt", "Campbell-Hughes", "O'Brien"): proper
    // when any part is, a name when every part is a listed name, else ordinary
    let mut all = 0u32;
    let mut proper = false;
    let mut every_listed = true;
    // each part as lowered and as written
    let parts = || {
        l.split(['-', '\''])
            .zip(word.split(['-', '\'', '\u{2019}']))
            .filter(|(p, _)| p.len() > 1)
    };
    let caps = |w: &str| w.bytes().all(|c| c.is_ascii_uppercase());
    // (an acronym beside a written word that is no name is no name's part: "Originating-IP",
    // not "Ip"; "Smith-JONES" is still a surname)
    let acronyms = word.bytes().any(|c| c.is_ascii_lowercase())
        && !parts().any(|(p, w)| !caps(w) && lex.flags(p) & (FIRST_NAME | SURNAME) != 0);
    for (p, w) in parts() {
        let f = if acronyms && caps(w) {
            ORDINARY_WORD
        } else {
            lex.flags(p)
        };
        all |= f;
        proper |= class_of(f) == Class::Proper;
        every_listed &= f & (FIRST_NAME | SURNAME) != 0;
    }
    let parts = parts().count();
    let class = if parts >= 3 && !every_listed {
        Class::Plain // a slug or a long compound ("four-ways-add-self-esteem")
    } else if proper {
        Class::Proper
    } else if every_listed && all & (FIRST_NAME | SURNAME) != 0 {
        Class::Ambiguous
    } else if all & ORDINARY_WORD != 0 {
        Class::Safe
    } else {
        Class::Plain
    };
    Info {
        class,
        flags: all & !(FIRST_NAME | SURNAME) | if class == Class::Plain { 0 } else { all },
    }
}

/// An unlisted word one slip of the finger from an everyday word that is no name: a letter
/// mistyped or two swapped ("Pedophelia", "Animsls", "Freindship"). Only long
/// words: a short surname is one letter from some word far too often ("Mather", "Danner").
fn misspelt(lex: &Lexicon, l: &str) -> bool {
    // (a swap of two letters is a typo even in a short word, "Thnaks"; a changed letter only
    // in a long one)
    const MIN: usize = 7;
    const MIN_SWAP: usize = 6;
    if l.len() < MIN_SWAP || l.len() > 24 || !l.bytes().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let everyday = |w: &[u8]| {
        let w = std::str::from_utf8(w).unwrap_or("");
        let f = lex.flags(w);
        f & (VOCAB | RARE) != 0 && f & (FIRST_NAME | SURNAME | TOWN) == 0
    };
    let b = l.as_bytes();
    let mut buf = Vec::with_capacity(b.len() + 1);
    // a letter mistyped or two swapped (the first letter is kept: it is rarely the slip). A
    // letter dropped or added is no evidence: that is how surnames differ from words
    // ("Smullen", "Ashling", "McCadam").
    // (not the last letter: "Brassil" is no "brassie")
    for i in 1..b.len() - 1 {
        if i + 2 < b.len() {
            buf.clear();
            buf.extend_from_slice(b);
            buf.swap(i, i + 1);
            if everyday(&buf) {
                return true;
            }
        }
        // (a vowel mistyped, or a consonant typed for a vowel: the slips spelling makes; a
        // consonant for a consonant is as often another name)
        let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        for c in b'a'..=b'z' {
            if c != b[i] && b.len() >= MIN && (vowel(b[i]) || vowel(c)) {
                buf.clear();
                buf.extend_from_slice(b);
                buf[i] = c;
                if everyday(&buf) {
                    return true;
                }
            }
        }
    }
    false
}

/// A word with a letter three or more times over that is an everyday word with the run cut to
/// one or two ("Agaiiiiin", "Sooooo", "Whyyyy").
fn drawn_out(lex: &Lexicon, l: &str) -> bool {
    let b = l.as_bytes();
    if !b.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) || !l.is_ascii() {
        return false;
    }
    let cut = |keep: usize| {
        let mut out = Vec::with_capacity(b.len());
        for &c in b {
            let n = out.iter().rev().take_while(|&&p| p == c).count();
            if n < keep {
                out.push(c);
            }
        }
        String::from_utf8(out).unwrap_or_default()
    };
    [1, 2].iter().any(|&keep| {
        let f = lex.flags(&cut(keep));
        f & (VOCAB | ORDINARY_WORD | COMMON) != 0 && f & (FIRST_NAME | SURNAME) == 0
    })
}

/// A word with a capital inside it whose parts are all everyday words ("StatementsYou").
fn glued_words(lex: &Lexicon, word: &str) -> bool {
    // ("StatementsYou’re": a curly apostrophe reads as the straight one)
    let straight;
    let word = if word.contains('\u{2019}') {
        straight = word.replace('\u{2019}', "'");
        straight.as_str()
    } else {
        word
    };
    if !word.is_ascii() {
        return false;
    }
    let b = word.as_bytes();
    // "StatementsYou", and a list letter glued on: "CGratitude", "JournalingB"
    let cuts: Vec<usize> = (1..b.len())
        .filter(|&i| {
            b[i].is_ascii_uppercase()
                && (b[i - 1].is_ascii_lowercase()
                    || i == 1 && b.get(i + 1).is_some_and(u8::is_ascii_lowercase))
        })
        .collect();
    if cuts.is_empty() {
        return false;
    }
    let mut parts = Vec::new();
    let mut at = 0;
    for c in cuts.iter().copied().chain([b.len()]) {
        parts.push(&word[at..c]);
        at = c;
    }
    // every part a word, and not every part a name ("JohnSmith" stays a name)
    let flags: Vec<u32> = parts
        .iter()
        .filter(|p| p.len() > 1)
        .map(|p| lex.flags(&lower(p)))
        .collect();
    flags
        .iter()
        .all(|f| f & (VOCAB | RARE | ORDINARY_WORD | COMMON) != 0 && f & TOWN == 0)
        && flags.iter().any(|f| f & (FIRST_NAME | SURNAME) == 0)
}

const SUFFIXES: &[(&str, &[&str])] = &[
    ("ings", &["", "e"]),
    ("ing", &["", "e"]),
    ("ed", &["", "e"]),
    ("ers", &["", "e"]),
    ("er", &["", "e"]),
    ("ies", &["y"]),
    ("ly", &["", "le"]),
    ("ness", &["", "y"]),
    ("ments", &[""]),
    ("ment", &[""]),
    ("ations", &["ate", "e", ""]),
    ("ation", &["ate", "e", ""]),
    ("ity", &["", "e"]),
    ("izing", &["ize", "", "e"]),
    ("ising", &["ise", "", "e"]),
    ("ized", &["ize", "", "e"]),
    ("ised", &["ise", "", "e"]),
    ("ful", &[""]),
    ("less", &[""]),
    ("able", &["", "e"]),
    ("ist", &["", "e", "y"]),
    ("ists", &["", "e", "y"]),
    ("ism", &["", "e"]),
    ("ally", &["", "al"]),
];
const PREFIXES: &[&str] = &[
    "re", "un", "non", "over", "under", "mis", "pre", "self", "anti", "dis", "co", "de", "sub",
    "super", "inter", "hyper", "hypo", "micro", "multi", "post", "out", "semi", "counter",
    "pseudo", "psycho", "neuro", "bio", "tele", "cyber", "mega", "mini", "ultra", "extra", "mal",
    "dys", "peri",
];
/// Second halves that make a compound a place name ("Woodhaven", "Hillport"), not a word.
const PLACE_ENDS: &[&str] = &[
    "town", "ton", "ville", "port", "mouth", "haven", "burgh", "burg", "berg", "borough", "bury",
    "field", "ford", "land", "view", "side", "shire", "stad", "chester", "fort", "furt", "ham",
    "stone", "dale", "worth", "wick", "by", "ley", "hurst", "well", "wood", "brook", "bridge",
    "gate", "caster", "ington", "minster", "mere", "more", "combe", "den", "field", "ridge",
];

/// Whether an unlisted word is an English word with an affix or a compound of two ("Maloriented",
/// "Resparking", "Caretaking"), so no proper noun.
fn derived(lex: &Lexicon, l: &str) -> bool {
    let word = |w: &str| {
        let f = lex.flags(w);
        f & (VOCAB | RARE) != 0 && f & (FIRST_NAME | SURNAME | TOWN) == 0 || f & ORDINARY_WORD != 0
    };
    let stemmed = |w: &str| {
        word(w)
            || SUFFIXES.iter().any(|(suf, repl)| {
                w.len() > suf.len() + 2
                    && w.ends_with(suf)
                    && repl.iter().any(|r| {
                        let stem = &w[..w.len() - suf.len()];
                        let b = stem.as_bytes();
                        // "stopping" → "stop"
                        let undoubled = b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2];
                        word(&format!("{stem}{r}"))
                            || undoubled && r.is_empty() && word(&stem[..stem.len() - 1])
                    })
            })
    };
    if !l.is_ascii() {
        return false;
    }
    if stemmed(l) {
        return true;
    }
    if PREFIXES
        .iter()
        .any(|p| l.len() > p.len() + 3 && l.starts_with(p) && stemmed(&l[p.len()..]))
    {
        return true;
    }
    l.len() >= 7
        && (4..=l.len().saturating_sub(4)).any(|i| {
            let (a, b) = l.split_at(i);
            !PLACE_ENDS.contains(&b) && lex.flags(a) & VOCAB != 0 && stemmed(b)
        })
}

/// Heads of a help service's one-word name ("Safeline", "Infoline", "Youthspace").
const SERVICE_HEADS: &[&str] = &[
    "line", "lines", "link", "space", "mind", "minds", "talk", "chat", "help", "care", "hub",
    "worker", "workers",
];

/// "Safeline", "Griefline": an everyday word and a service's head.
fn service(lex: &Lexicon, l: &str) -> bool {
    SERVICE_HEADS.iter().any(|h| {
        l.len() >= h.len() + 3
            && l.ends_with(h)
            && lex.flags(&l[..l.len() - h.len()]) & (VOCAB | ORDINARY_WORD) != 0
    })
}

/// "Perimenopause", "Postconcussion", "Neurodivergence": a clinical prefix before an everyday
/// word of six letters or more (no name, no town) — a term, wherever it stands.
fn clinical(lex: &Lexicon, l: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "peri", "post", "pre", "neuro", "psycho", "hyper", "hypo", "anti", "poly", "endo", "dys",
        "non", "self",
    ];
    l.is_ascii()
        && PREFIXES.iter().any(|p| {
            l.strip_prefix(p).is_some_and(|rest| {
                let f = lex.flags(rest.trim_start_matches('-'));
                rest.len() >= 6 && f & VOCAB != 0 && f & (FIRST_NAME | SURNAME | TOWN) == 0
            })
        })
}

/// "Rewatching", "Unfollowed", "Maloriented": a prefix, then an everyday word with an
/// inflection — a shape surnames do not take.
fn prefixed(lex: &Lexicon, l: &str) -> bool {
    let everyday = |w: &str| {
        let f = lex.flags(w);
        f & VOCAB != 0 && f & TOWN == 0
    };
    let inflected = |w: &str| {
        ["ing", "ed", "s"].iter().any(|suf| {
            w.len() > suf.len() + 2
                && w.ends_with(suf)
                && (everyday(w)
                    || ["", "e"]
                        .iter()
                        .any(|r| everyday(&format!("{}{r}", &w[..w.len() - suf.len()]))))
        })
    };
    const PREFIXES: &[&str] = &[
        "re", "un", "over", "under", "mis", "out", "pre", "dis", "mal", "non", "self", "anti",
        "semi", "super", "hyper", "inter", "post", "sub",
    ];
    l.is_ascii()
        && PREFIXES
            .iter()
            .any(|p| l.len() > p.len() + 4 && l.starts_with(p) && inflected(&l[p.len()..]))
}

/// A capitalised word after a name is more of it when it is a proper noun, an everyday word
/// that is a listed name, or a listed surname that is also a common word ("Andrew Small").
fn continues_name(i: &Info) -> bool {
    let listed = i.flags & SURNAME != 0 && i.flags & ORDINARY_WORD == 0
        || i.flags & FIRST_NAME != 0 && i.flags & REGION != 0;
    matches!(i.class, Class::Proper | Class::Ambiguous) || listed
}

/// A month that is a given name before a word that can only be a name, the two a run: "April
/// Jones", "Jan Kowalski" (not "May Day", "August Bank Holiday": everyday words after).
fn month_forename(infos: &[Info], a: usize, b: usize) -> bool {
    b - a == 2
        && infos[0].flags & CALENDAR != 0
        && infos[0].flags & FIRST_NAME != 0
        && infos[1].class == Class::Proper
}

fn class_of(flags: u32) -> Class {
    let listed = flags & (FIRST_NAME | SURNAME) != 0;
    if flags & (ORDINARY_WORD | FOREIGN_WORD) != 0 {
        Class::Safe
    } else if flags & COMMON != 0 {
        // "He", "My", "Will": listed somewhere as names, but far more often the word
        Class::Plain
    } else if flags & REGION != 0 {
        // "Jordan", "Georgia": a country or state, and a name with a cue
        if flags & FIRST_NAME != 0 {
            Class::Ambiguous
        } else {
            Class::Safe
        }
    } else if flags & (VOCAB | RARE | OTHER_LANGUAGE) != 0 {
        if listed {
            Class::Ambiguous
        } else {
            Class::Plain
        }
    } else {
        Class::Proper
    }
}

/// What stands before a proper noun.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
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
fn only_marks(s: &str) -> bool {
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
pub fn personal_context(lex: &Lexicon, text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\t']);
    if let Some(label) = trimmed.strip_suffix(':') {
        // a label of a word or three opening its line ("Service user:", "- Veteran:", "next of
        // kin:"), not a sentence's colon ("…on the subject: Eckhart Tolle")
        let line = label.rsplit('\n').next().unwrap_or("");
        let line = line.trim_start_matches(['-', '*', ' ', '\u{2022}']);
        let last = line.rsplit(' ').next().unwrap_or("").to_lowercase();
        let role = lex.flags(&last) & (ROLE_RELATION | ROLE_INTRO) != 0
            || matches!(last.as_str(), "kin" | "contact");
        // (a label that asks for a person counts however long its line: "…cried at the
        // anxiety bit. Emergency contact: Mary Oliver")
        if role
            || line.split_whitespace().count() <= 3 && line.starts_with(|c: char| c.is_uppercase())
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
        let clause = h.rsplit(['.', '!', '?', '\n', ';']).next().unwrap_or("");
        let music = clause.rsplit(' ').take(8).any(|v| {
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
    let media = |w: &str| MEDIA_WITH.contains(&w.to_lowercase().as_str());
    // "with" is company ("I live with …", "went with …", "an interview with …"), not after a
    // film's or a fan's word ("the film with Judi Dench", "obsessed with Andrew Tate", "a
    // podcast interview with Gabor Maté")
    let joined = match word.to_lowercase().as_str() {
        "with" => !media(word_before) && !back.next().is_some_and(media),
        // a street or a place named like a figure: "he lives on Sally Field"
        "on" | "at" => matches!(
            word_before.to_lowercase().as_str(),
            "live" | "lives" | "lived" | "living" | "moved" | "move" | "moving" | "stay" | "stays"
        ),
        _ => false,
    };
    if joined {
        return true;
    }
    // "is"/"was" introduce only after "name", "this", "it" ("my name is …", "this is …"), not
    // in "my comfort show is Gilmore Girls"
    let copula = matches!(word.to_lowercase().as_str(), "is" | "was");
    let introduced = !copula
        || words.next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "name" | "this" | "it" | "that" | "who"
            )
        });
    if cue(word) && introduced {
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
    if done_to_writer(after) {
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
        && transcript(text, start);
    let bracketed = after.strip_prefix('(').is_some_and(|r| {
        let inside = r.split(')').next().unwrap_or("");
        inside.split([' ', ',']).take(2).any(|w| {
            let w = w.to_lowercase();
            lex.flags(&w) & ROLE_RELATION != 0 || matches!(w.as_str(), "nok" | "emergency")
        })
    });
    if speaker || bracketed {
        return true;
    }
    // "… is my emergency contact", "… is my best friend", "…, my ex-boyfriend," (not "Bob Ross
    // is my 3am comfort watch")
    ["is my ", "was my ", ", my ", ", our "].iter().any(|p| {
        after.strip_prefix(p).is_some_and(|rest| {
            rest.split([' ', ',', '.']).take(2).any(|w| {
                let w = w.trim_start_matches("ex-");
                matches!(w, "emergency" | "next" | "key" | "case")
                    || lex.flags(&w.to_lowercase()) & ROLE_RELATION != 0
            })
        })
    })
}

/// Another line of `text` than the one at `start` opens with a speaker's label of a word or
/// two ("Facilitator:", "Member 4:"): a transcript.
fn transcript(text: &str, start: usize) -> bool {
    let mut at = 0;
    text.split('\n').any(|line| {
        let here = at;
        at += line.len() + 1;
        here != start
            && line.split_once(':').is_some_and(|(label, _)| {
                let words = label.split_whitespace().count();
                (1..=2).contains(&words) && label.starts_with(|c: char| c.is_uppercase())
            })
    })
}

/// "… called me", "… told my mum", "… said to me": what the name did, it did to the writer or
/// theirs, so the name is someone they know ("Imran Khan called me yesterday", "Robin
/// Williams texted my sister"), not a figure they read or hear of ("Stephen Fry said
/// depression…", "… told us about his bipolar in that documentary"; nor "… and I": "by Kristin
/// Neff and I need to talk about it").
fn done_to_writer(after: &str) -> bool {
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
const MEDIA_WITH: &[&str] = &[
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
const BIBLE_BOOKS: &[&str] = &[
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

/// `has_digit`: whether `text` holds an ASCII digit (the caller has looked).
pub fn find(text: &str, has_digit: bool, lex: &Lexicon, out: &mut Vec<Finding>) {
    thread_local! {
        static BUF: std::cell::Cell<Vec<Word>> = const { std::cell::Cell::new(Vec::new()) };
        static LOWERED: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
        static FLAGS: std::cell::Cell<Vec<std::cell::Cell<u32>>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let t = Tokens::new(text, BUF.take(), LOWERED.take());
    let mut fl = FLAGS.take();
    fl.clear();
    // looked up when a rule asks (most words of prose are never asked about)
    fl.resize(t.len(), std::cell::Cell::new(UNSET));
    let mut f = Finder {
        t: &t,
        fl: &fl,
        lex,
        out,
        done: 0,
        quotes: quote_marks(text),
        cited_end: usize::MAX,
        sentences: std::cell::OnceCell::new(),
        foreign_memo: std::cell::OnceCell::new(),
        message_count: std::cell::OnceCell::new(),
    };
    let from = f.out.len();
    f.run();
    trailing_initials(text, &mut out[from..]);
    adjacent_names(text, lex, &mut out[from..]);
    signed_initials(text, lex, out);
    join_places(text, lex, out, from);
    super::handles::find(text, has_digit, &t, lex, out);
    let (words, lowered) = t.into_buffers();
    BUF.set(words);
    LOWERED.set(lowered);
    FLAGS.set(fl);
}

/// The byte offsets of the double quote marks of `text` (straight, and curly opening/closing).
fn quote_marks(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for i in memchr::memchr2_iter(b'"', 0xE2, b) {
        if b[i] == b'"' || text[i..].starts_with(['\u{201c}', '\u{201d}']) {
            out.push(i);
        }
    }
    out
}

/// "Stephanie C, MA": a name signed with its surname's initial takes the initial (a capital
/// other than the pronoun or the article, then a comma, a full stop or the line's end).
/// A message signed with initials glued to a dash after its last sentence ("…throughout the
/// day. -IJP", "Take care!\n~JM"): two or three capitals no list knows (not "-CBT"), the
/// message's last word — not an acronym after a spaced dash ("Scan booked for Thursday - MRI").
fn signed_initials(text: &str, lex: &Lexicon, out: &mut Vec<Finding>) {
    let end = text.trim_end_matches(|c: char| c.is_whitespace()).len();
    let head = &text[..end];
    // (ASCII capitals back from the end: a char boundary whatever comes before them)
    let b = head.as_bytes();
    let mut start = end;
    while start > 0 && b[start - 1].is_ascii_uppercase() {
        start -= 1;
    }
    if !(2..=3).contains(&(end - start)) {
        return;
    }
    let Some(rest) = head[..start].strip_suffix(['-', '~', '\u{2013}', '\u{2014}']) else {
        return;
    };
    // (after a sentence or on a line of its own: not "GAD-7" nor "X-Y")
    let rest = rest.trim_end_matches([' ', '\u{a0}', '\t']);
    let signs = rest.is_empty() || rest.ends_with(['.', '!', '?', '\n']);
    if signs && lex.flags(&head[start..end].to_ascii_lowercase()) == 0 {
        out.push(Finding {
            start,
            end,
            kind: Kind::Name,
        });
    }
}

/// The words on either side of a name found that are more of it: a first name just before a
/// surname ("May Smith called me", "thanks again, frank hester": found alone, "Smith" left
/// "May"; "May Day" has no name to join), and a surname that closes the phrase after a first
/// name ("thanks again, cassandra long"). A name already found makes its record changed, so
/// this widens what is redacted, never what is touched.
fn adjacent_names(text: &str, lex: &Lexicon, found: &mut [Finding]) {
    let is_lower = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase());
    // (lowered on the stack: this runs for every name found)
    let flags = |w: &str| lex.flags(&lower(w));
    for f in found.iter_mut().filter(|f| f.kind == Kind::Name) {
        let name = &text[f.start..f.end];
        if let Some(head) = text[..f.start].strip_suffix(' ') {
            let word = head
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            let wf = if word.len() >= 3 { flags(word) } else { 0 };
            if wf & FIRST_NAME != 0 {
                let forename = if wf & CALENDAR != 0 {
                    // (the month of a time: "on May Day Tom hit me", "every May Tom gets drunk")
                    let before = head[..head.len() - word.len()].trim_end();
                    let when = before
                        .rsplit(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or("");
                    !is_lower(word)
                        && !matches!(
                            &*lower(when),
                            "in" | "on"
                                | "since"
                                | "until"
                                | "till"
                                | "by"
                                | "last"
                                | "next"
                                | "this"
                                | "every"
                                | "early"
                                | "late"
                                | "mid"
                                | "of"
                                | "from"
                                | "through"
                        )
                } else {
                    // (not a word for anyone, a relation or a title: "the lunch lady dawn said
                    // hi")
                    !name.contains(' ')
                        && flags(name) & SURNAME != 0
                        && is_lower(word) == is_lower(name)
                        && !matches!(&*lower(word), "will" | "can" | "so")
                        && !ANYONE.contains(&&*lower(word))
                        && wf & (ROLE_RELATION | ROLE_TITLE | ROLE_GREETING) == 0
                };
                if forename {
                    f.start -= word.len() + 1;
                }
            }
        }
        let Some(tail) = text[f.end..].strip_prefix(' ') else {
            continue;
        };
        let n = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
        let word = &tail[..n];
        let closes = tail[n..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | '!' | '?' | '\n'));
        let name = &text[f.start..f.end];
        if closes
            && n >= 3
            && !name.contains(' ')
            && is_lower(word) == is_lower(name)
            && flags(word) & SURNAME != 0
            && flags(name) & FIRST_NAME != 0
            && !matches!(
                &*lower(word),
                "back"
                    | "first"
                    | "last"
                    | "again"
                    | "now"
                    | "too"
                    | "then"
                    | "here"
                    | "there"
                    | "today"
                    | "well"
                    | "more"
                    | "less"
                    | "all"
                    | "out"
                    | "off"
                    | "over"
                    | "home"
                    | "soon"
                    | "later"
                    | "early"
                    | "late"
                    | "still"
                    | "once"
                    | "down"
                    | "yet"
                    | "anyway"
                    | "though"
                    | "lol"
                    | "tonight"
                    | "tomorrow"
            )
        {
            f.end += 1 + n;
        }
    }
}

fn trailing_initials(text: &str, found: &mut [Finding]) {
    let b = text.as_bytes();
    for f in found.iter_mut().filter(|f| f.kind == Kind::Name) {
        let e = f.end;
        let letter = b.get(e + 1).copied().unwrap_or(0);
        let closes = b
            .get(e + 2)
            .is_none_or(|c| matches!(c, b',' | b'.' | b'\n' | b'\r'));
        // (not a degree after the name: "keith hughes M.A.", "Jane Doe B.Sc.")
        let degree =
            b.get(e + 2) == Some(&b'.') && b.get(e + 3).is_some_and(u8::is_ascii_alphabetic);
        if b.get(e) == Some(&b' ')
            && letter.is_ascii_uppercase()
            && !matches!(letter, b'I' | b'A')
            && closes
            && !degree
        {
            f.end = e + 2;
        }
    }
}

/// "Perth and Kinross", "Argyll and Bute": a place found alone is more when the gazetteer or
/// the county list holds it joined by "and" to the capitalised words after it; and a country
/// so joined ("Trinidad and Tobago", "Bosnia and Herzegovina") is no finding at all. Works on
/// this pass's findings (`out[from..]`, in text order) only.
fn join_places(text: &str, lex: &Lexicon, out: &mut Vec<Finding>, from: usize) {
    // most passes find no name or place beside an "and": nothing to copy or look up
    let beside_and = |f: &Finding| {
        matches!(f.kind, Kind::Location | Kind::Name)
            && (text[f.end..].starts_with(" and ") || text[..f.start].ends_with(" and "))
    };
    if !out[from..].iter().any(beside_and) {
        return;
    }
    let mine: Vec<Finding> = out.drain(from..).collect();
    let mut i = 0;
    while i < mine.len() {
        let a = mine[i];
        i += 1;
        if !matches!(a.kind, Kind::Location | Kind::Name) {
            out.push(a);
            continue;
        }
        // "… Bosnia and [Herzegovina]": the second half found, the first not
        if let Some(head) = text[..a.start].strip_suffix(" and ") {
            let start = head
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic() || *c == ' ')
                .last()
                .map_or(head.len(), |(n, _)| n);
            let words: Vec<usize> = head[start..]
                .char_indices()
                .filter(|&(n, c)| c != ' ' && (n == 0 || head.as_bytes()[start + n - 1] == b' '))
                .map(|(n, _)| start + n)
                .collect();
            let region = words
                .iter()
                .rev()
                .take(2)
                .any(|&w| lex.phrase(&text[w..a.end].to_lowercase()) & REGION != 0);
            if region {
                continue;
            }
        }
        // "[Perth] and Kinross", "[Trinidad] and Tobago": one or two capitalised words after
        let mut joined = None;
        if let Some(rest) = text[a.end..].strip_prefix(" and ") {
            let mut end = a.end + 5;
            for _ in 0..2 {
                if !rest.starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
                let word = text[end..]
                    .find(|c: char| !c.is_alphabetic())
                    .map_or(text.len(), |n| end + n);
                let flags = lex.phrase(&text[a.start..word].to_lowercase());
                if flags & REGION != 0 {
                    joined = Some((word, false));
                    break;
                }
                if flags & TOWN != 0 && a.kind == Kind::Location {
                    joined = Some((word, true));
                    break;
                }
                if !text[word..].starts_with(' ') {
                    break;
                }
                end = word + 1;
            }
        }
        match joined {
            // a council: the joined place; a country: nothing — and nothing found inside either
            Some((end, keep)) => {
                if keep {
                    out.push(Finding { end, ..a });
                }
                while i < mine.len() && mine[i].start < end {
                    i += 1;
                }
            }
            None => out.push(a),
        }
    }
}

struct Finder<'a, 't> {
    t: &'a Tokens<'t>,
    /// Each word's lexicon flags (role bits included), looked up once, when first asked.
    fl: &'a [std::cell::Cell<u32>],
    lex: &'a Lexicon,
    out: &'a mut Vec<Finding>,
    /// Words before this index are settled.
    done: usize,
    /// Where the text's double quotes (straight or curly) are: a run can be in a quoted title
    /// only between two of them, and most runs are not.
    quotes: Vec<usize>,
    /// The word after the last run read as a cited author: a co-author follows "and" there.
    cited_end: usize,
    /// Each word's sentence as [`Finder::foreign`] splits them (first and one-past-last word),
    /// and its verdict per sentence (0 not asked, 1 English, 2 another language), and the whole
    /// message's word counts: found when first asked.
    sentences: std::cell::OnceCell<Vec<(u32, u32)>>,
    foreign_memo: std::cell::OnceCell<Vec<std::cell::Cell<u8>>>,
    message_count: std::cell::OnceCell<(usize, usize, usize)>,
}

impl Finder<'_, '_> {
    /// Capitalised everyday words from `k` up to an instrument's head: the one word before them
    /// is a scale's ("Weiss Functional Impairment Rating Scale").
    fn titled_eponym(&self, k: usize) -> bool {
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

    fn has(&self, k: usize, bit: u32) -> bool {
        self.flag(k) & bit != 0
    }

    /// Word `k`'s flags: complete for a capitalised word; for a lowercase one the small table's,
    /// or [`PARTIAL`] when it is in none of its lists.
    fn flag(&self, k: usize) -> u32 {
        let c = &self.fl[k];
        if c.get() == UNSET {
            let (t, w) = (self.t, &self.t.words[k]);
            let f = if !w.cap && t.text.as_bytes()[w.start].is_ascii_lowercase() {
                self.lex.small_flags(&t.lower(k)).unwrap_or(PARTIAL)
            } else {
                self.lex.flags(&t.lower(k))
            };
            c.set(f);
        }
        c.get()
    }

    /// Word `k`'s complete flags (a lowercase word outside the small table is looked up now).
    fn full(&self, k: usize) -> u32 {
        match self.flag(k) {
            PARTIAL => self.lex.flags(&self.t.lower(k)),
            f => f,
        }
    }

    fn run(&mut self) {
        let n = self.t.len();
        let mut i = 0;
        while i < n {
            if self.t.words[i].cap {
                let end = self.run_end(i);
                self.capitalised(i, end);
                i = end.max(self.done);
            } else {
                self.lowercase(i);
                i = (i + 1).max(self.done);
            }
        }
    }

    /// The run at `a` is an author cited for a work or a method: "The Happiness Trap by Russ
    /// Harris" (a title's capitalised last word before "by", inside its sentence), "ACT was
    /// developed by Steven C. Hayes". Not "Intake completed by …", "I go by …", nor "written
    /// by" (a care plan is written by someone too).
    fn cited(&self, a: usize) -> bool {
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
    fn cited_with_year(&self, a: usize, b: usize) -> bool {
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

    /// The end (exclusive) of the run of capitalised words that starts at `i`: words joined by
    /// one space, or by ". " after an initial or a title ("J. Smith", "Dr. Okafor").
    fn run_end(&self, i: usize) -> usize {
        let (t, n) = (self.t, self.t.len());
        let mut j = i + 1;
        while j < n && t.words[j].cap && j - i < RUN {
            let gap = t.gap(j - 1, j);
            let prev = &t.words[j - 1];
            let abbrev = prev.len() <= 4
                && (prev.len() == 1
                    || self.has(j - 1, ROLE_TITLE)
                    || self.has(j - 1, ROLE_PLACE_ABBREV));
            if gap == " " && !prev.possessive() || gap == ". " && abbrev {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        // the pronoun is no one's name, whatever stands before it ("it is Nan I am learning…")
        if kind == Kind::Name && &self.t.text[start..end] == "I" {
            return;
        }
        self.out.push(Finding { start, end, kind });
    }

    /// Word `k` is a letter grade after a count ("3 Bs", "straight As"), not a name.
    fn grades(&self, k: usize) -> bool {
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

    fn capitalised(&mut self, a: usize, b: usize) {
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
                self.full(k) & super::lexicon::KNOWN_WORD != 0 || self.flag(k) & FIRST_NAME != 0
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
                || !self.reported(b - 1) && !self.acted_on_writer(b - 1, false))
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
            && super::text::in_signature(t.text, t.words[a].start);
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

    fn capitalised_rest(&mut self, from: usize, b: usize) {
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
    fn name_end(&self, from: usize, b: usize, infos: &[Info]) -> usize {
        let t = self.t;
        let mut end = from + 1;
        while end < b && end - from < 4 {
            let i = &infos[end - from];
            let initial = self.initial(end);
            // "Ms Joshua Gay", "Nurse Dearbhail Moan": a first name's next capitalised word is
            // its surname, whatever that word is elsewhere, where the name ends its phrase (not
            // "Dr Phil Show made me…", "Sarah Zoom call", "Lucy Year 9")
            let surname = end == from + 1
                && infos[0].flags & FIRST_NAME != 0
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
    fn opens_prose(&self, k: usize) -> bool {
        let t = self.t;
        let before = t.text[..t.words[k].start].trim_end_matches([' ', '\u{a0}', '"', '\'']);
        let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
        let continues = k + 1 < t.len()
            && t.gap(k, k + 1) == " "
            && t.text.as_bytes()[t.words[k + 1].start].is_ascii_lowercase();
        opens && continues
    }

    /// A single capital followed by a full stop ("J. Smith"), not the pronoun "I".
    fn initial(&self, k: usize) -> bool {
        let w = &self.t.words[k];
        w.len() == 1 && self.t.text[w.end..].starts_with('.')
    }

    /// Splits a run of capitalised words into names, places, streets and ordinary words.
    fn segment(&mut self, a: usize, b: usize, infos: &[Info], cue: Cue) {
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
    fn phrase_at(&self, k: usize, b: usize) -> Option<(usize, u32)> {
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
    fn place_suffix(&self, end: usize, b: usize) -> usize {
        if end < b && self.has(end, ROLE_PLACE_SUFFIX) {
            end + 1
        } else {
            end
        }
    }

    /// The words of a run with no phrase in it: finds the names and places among them.
    fn words_of(&mut self, a: usize, b: usize, infos: &[Info], cue: Cue, run_start: usize) {
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
                // ("Xiaoling is my wife.": a relation after it says who)
                && !self.relation_after(k);
            let core = match i.class {
                Class::Proper => !unlisted_opener,
                Class::Ambiguous => self.ambiguous_is_name(k, a, b, infos, cue),
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
            let eponym = kind == Kind::Name
                && close < t.len()
                && matches!(t.gap(close - 1, close), " " | "-")
                && (self.has(close, ROLE_EPONYM_HEAD)
                    || close == k + 1 && self.titled_eponym(close));
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

    /// "the Woebot app", "the Calm app": a word between "the" and "app" names the app (no person
    /// is an app; "the Jake game" may be the game Jake plays; a town's or a surname's app is
    /// left to the other rules).
    fn names_an_app(&self, k: usize) -> bool {
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
    fn is_a_work(&self, k: usize) -> bool {
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

    /// Words `k..end` are a letter's signature: alone on the message's last line, after a line
    /// that ends with a comma ("Ngā mihi,\nJoshua Robbins") or a sign-off word.
    fn signature(&self, k: usize, end: usize) -> bool {
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

    /// Word `k` is what a form holds in place of a value ("City: Unknown", "Name: Withheld").
    fn placeholder(&self, k: usize) -> bool {
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

    /// Word `k` labels a phone number on a line of its own, after a list's mark or none ("1.
    /// Jay: +61 482 823 620", "- Mark: 954-5249", "Summer: (965) 094-7145"): a person to call.
    fn labels_a_number(&self, k: usize) -> bool {
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
            && !ANYONE.contains(&&*t.lower(k))
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
    fn name_label(&self, k: usize) -> bool {
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
    fn ends_field(&self, b: usize) -> bool {
        let t = self.t;
        let rest = &t.text[t.words[b - 1].stem_end..];
        let rest = rest.trim_start_matches(['.', ' ']);
        rest.is_empty() || rest.starts_with(['\n', ',', ';', '|', '\r'])
    }

    /// Whether word `k` stands in a sentence that is not English ("Pero al parecer hay algo…"):
    /// fewer than half of its lowercase words are English, so capitalised words there say
    /// nothing about names. Only the strong cues count in such a sentence.
    fn foreign(&self, k: usize) -> bool {
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

    fn kind_of(&self, start: usize, end: usize, a: usize, cue: Cue, infos: &[Info]) -> Kind {
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

    /// A capitalised everyday word that is also a listed name ("Hope", "Will", "Young"): a name
    /// only in a name's position.
    fn ambiguous_is_name(&self, k: usize, a: usize, b: usize, infos: &[Info], cue: Cue) -> bool {
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
        let endearment = || VOCATIVE_ENDEARMENTS.contains(&&*t.lower(k));
        // (a feeling, a season or a virtue keeps company with the writer: "Winter and I don't
        // get along", "Faith is my best friend right now")
        let person = || first && !PERSONIFIED.contains(&&*t.lower(k));
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
        // (the act first: it rules out nearly every word at its first look)
        // (a season, a virtue or a fortune only by what no such thing does: "Summer ghosted me")
        if first
            && self.acted_on_writer(k, false)
            && !ANYONE.contains(&&*t.lower(k))
            && (!CARRIERS.contains(&&*t.lower(k)) && person() || self.acted_on_writer(k, true))
        {
            return true;
        }
        // The subject of a clause a verb of knowing or a conjunction opens, its verb straight
        // after: "I think Tom gets drunk", "I know Mark is lying", "since Jack left" — only
        // a person is written so with a capital inside a sentence (not a season or a virtue:
        // "I think Summer is nearly over", "I know Hope is hard")
        if first
            && k > 0
            && t.gap(k - 1, k) == " "
            && matches!(
                &*t.lower(k - 1),
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
                    | "whether"
            )
            && !self.names_a_thing(k)
            && !ANYONE.contains(&&*t.lower(k))
            && (self.subject_of(k) || self.finite_after(k))
            // (what a thing is called: "I know Violet is the colour I picked")
            && !(k + 2 < t.len()
                && matches!(t.stem(k + 1), "is" | "was")
                && matches!(&*t.lower(k + 2), "the" | "a" | "an" | "my" | "our" | "your"))
        {
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
    fn relation_bracketed(&self, k: usize) -> bool {
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
    fn relation_after(&self, k: usize) -> bool {
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
    fn aged(&self, k: usize) -> bool {
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
    fn beside_me(&self, k: usize) -> bool {
        let t = self.t;
        k + 2 < t.len()
            && !t.words[k].possessive()
            && t.gap(k, k + 1) == " "
            && t.gap(k + 1, k + 2) == " "
            && t.stem(k + 1) == "and"
            && matches!(t.stem(k + 2), "I" | "me" | "myself")
    }

    /// "Mark punched me", "Rose literally ghosted me", "Bill yelled at my son", "Mark has been
    /// hitting me", "Rose broke up with me": something done to the writer or theirs. `harm`:
    /// only what no season, virtue or month does (`SEVERE`, `HUMAN_ACTS`).
    fn acted_on_writer(&self, k: usize, harm: bool) -> bool {
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
        } else if is(j, &["is", "was", "keeps", "kept"]) {
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
        let verb = word(j) && !matches!(t.stem(j), "be" | "been" | "being") && {
            let v = t.stem(j);
            HARMS.contains(&v) && (!harm || SEVERE.contains(&v))
                || harm && HUMAN_ACTS.contains(&v)
                || !harm
                    && (ACTS_ON_WRITER.contains(&v)
                        || self.has(j, ROLE_REPORTING)
                        // (after "won't", "keeps", "is": what controls or follows someone, not
                        // "Candy used to calm me down")
                        || aux > 0
                            && matches!(
                                v,
                                "let" | "leave" | "stop" | "texting" | "calling" | "messaging"
                                    | "following" | "ignoring" | "controlling" | "control"
                                    | "blaming" | "hurting" | "hurt" | "touching" | "touch"
                            ))
        };
        if !verb {
            return false;
        }
        let hit = matches!(t.stem(j), "hit" | "hits" | "hitting" | "beat" | "beating");
        j += 1;
        if is(j, &["up"]) && is(j + 1, &["with"]) {
            j += 2;
        } else if is(j, &["at", "to", "on", "with", "up", "off", "from"]) {
            j += 1;
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
        is(j, &["me", "my", "us", "our"]) && !figure
    }

    /// A month that is a common given name, saying something to the writer or harming them:
    /// "April told me to kill myself", "May said she'd call", "June raped me" — not "June hit me
    /// hard because of exams".
    fn month_acts(&self, k: usize) -> bool {
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
            && (spoken() || self.acted_on_writer(k, true))
    }

    /// Word `k` opens a clause as its subject, the verb straight after: "tbh john is the only
    /// one…", "me n dean r not talking", "omg jack just told me".
    fn subject_of(&self, k: usize) -> bool {
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
            || self.acted_on_writer(k, false)
    }

    /// The word after `k` is a verb someone does, in the third person or the past ("Tom gets
    /// drunk", "Mark wanted out"): with `subject_of`'s, what says `k` is a subject.
    fn finite_after(&self, k: usize) -> bool {
        let t = self.t;
        k + 1 < t.len()
            && t.gap(k, k + 1) == " "
            && !t.words[k + 1].cap
            && matches!(
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
            )
    }

    /// A lowercase word that names a season, a virtue or a month as often as a person ("tbh
    /// hope is the only thing left", "omg june is nearly over").
    fn names_a_thing(&self, k: usize) -> bool {
        let l = self.t.lower(k);
        CARRIERS.contains(&&*l) || PERSONIFIED.contains(&&*l) || self.full(k) & CALENDAR != 0
    }

    /// Another answer's writer, agreed with: "Robin's also right", "second Robin's suggestion".
    fn answered(&self, k: usize) -> bool {
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
    fn vocative(&self, k: usize) -> bool {
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
    fn sign_off(&self, k: usize) -> bool {
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
                    let rest = &t.text[w.end..];
                    let line = rest.split('\n').next().unwrap_or("").trim_end();
                    // ("…help!- Amber", "!- Amber, LPC"; not "!- Will do.", "!- Grace period ends")
                    line.len() < 32 && (only_marks(line) || line.starts_with(','))
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
        let at_end = t.text[line_end..].trim().is_empty();
        let prev_line = t.text[..line_start - 1].rsplit('\n').next().unwrap_or("");
        let after_signoff = prev_line
            .trim()
            .trim_end_matches([',', '.', '!'])
            .rsplit(' ')
            .next()
            .is_some_and(|w| SIGNOFFS.contains(&w.to_ascii_lowercase().as_str())); // (a line's text, not a word of this text)
        at_end || after_signoff
    }

    /// Followed by a verb that reports what a person did ("Grace said").
    fn reported(&self, k: usize) -> bool {
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

    fn ends_phrase(&self, k: usize) -> bool {
        let t = self.t;
        t.text[t.words[k].stem_end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '!' | '.' | '?' | '\n' | ':' | ')' | ';'))
    }

    /// The cue in the words just before word `i`.
    fn cue_before(&self, i: usize) -> Cue {
        let t = self.t;
        if i == 0 {
            return Cue::None;
        }
        // a spoken filler between a cue and the word is no word ("my name is um Rose", "I live
        // in um Bath"); only a cue that names what follows carries over it (not "so um Jordan
        // said", "I'm uh Reading this")
        if i >= 2
            && matches!(
                &*t.lower(i - 1),
                "uh" | "um" | "er" | "erm" | "uhm" | "umm" | "uhh"
            )
            && matches!(t.gap(i - 1, i), " " | ", ")
            && matches!(t.gap(i - 2, i - 1), " " | ", ")
        {
            let over = self.cue_before(i - 1);
            let person = || self.flag(i) & FIRST_NAME != 0 && self.reported(i);
            if matches!(over, Cue::Intro | Cue::Relation | Cue::Title)
                || over == Cue::Place && !person()
            {
                return over;
            }
            // a place's preposition before it, as speech is transcribed: "I'm in, uh, Alberta",
            // for a word the lists hold as a place (not "a text from, uh, Mark")
            if t.gap(i - 2, i - 1) == ", " && !t.words[i].possessive() {
                let f = self.flag(i);
                // (a town no first name nor word; after "in"/"near" a state or country even if
                // one is, "in, uh, Alberta" — not "a text from, uh, Virginia, my birth mum",
                // "at, uh, Jordan's", "at, uh, Home")
                let town = f & TOWN != 0 && f & (FIRST_NAME | VOCAB) == 0;
                let region = f & REGION != 0;
                // (a first name that then says or does something is the person: "Then in, uh,
                // Virginia told me to leave")
                let person = f & FIRST_NAME != 0 && self.reported(i);
                let place = !person
                    && match &*t.lower(i - 2) {
                        "in" | "near" => town || region,
                        "from" => town || region && f & FIRST_NAME == 0,
                        _ => false,
                    };
                if place {
                    return Cue::Place;
                }
            }
        }
        let pf = self.flag(i - 1);
        let gap = t.gap(i - 1, i);
        // a form's label that asks for a person ("Given names: Carol", "Next of kin: David
        // Lowe", "Name of person at risk: Gavin Lucid")
        if gap == ": " && !t.stem(i - 1).bytes().all(|c| c.is_ascii_uppercase()) {
            let p = t.lower(i - 1);
            let person = matches!(
                &*p,
                "patient"
                    | "resident"
                    | "student"
                    | "member"
                    | "attn"
                    | "attention"
                    | "subscriber"
                    | "claimant"
                    | "veteran"
                    | "client"
                    | "caller"
                    | "guardian"
                    | "carer"
                    | "referrer"
                    | "signed"
                    | "kin"
                    | "holder"
                    | "insured"
                    | "beneficiary"
                    | "applicant"
                    | "tenant"
                    | "spouse"
                    | "child"
                    | "parent"
                    | "mother"
                    | "father"
                    | "contact"
                    | "witness"
                    | "owner"
                    | "cardholder"
                    | "policyholder"
                    | "texter"
                    | "keyworker"
            );
            // (after a role, a transcript's speaker or a saying is no form: "Caller: Hope you
            // can help", "Advice from my mother: Patience is everything" — a form's value ends
            // its field or goes on in capitals; a label that says "name" is enough)
            let after = t.text[t.words[i].end..].trim_start_matches([' ', '.']);
            let field = after.is_empty()
                || after.starts_with(['\n', ',', ';', '|', '(', '\r'])
                || after.starts_with(|c: char| c.is_uppercase())
                    && !(i + 1 < t.len() && self.verb_first(i));
            if person && field || self.label_names(i - 1) {
                return Cue::Intro;
            }
        }
        // an introduction in a language people mix in ("Hola, me llamo Sofia", "ich heiße Anna",
        // "je m'appelle Léa", "mi chiamo Marco", "mi nombre es Ana", "meu nome é João"): the
        // sentence is not English, so only a cue this strong finds the name
        if gap == " " && i >= 2 && t.gap(i - 2, i - 1) == " " {
            // (the word before first: it is none of these for nearly every capitalised word)
            let p1 = t.lower(i - 1);
            let intro = match &*p1 {
                "m'appelle" => true,
                "llamo" | "heiße" | "heisse" | "chiamo" | "es" | "é" | "e" => matches!(
                    (&*t.lower(i - 2), &*p1),
                    ("me", "llamo")
                        | ("ich", "heiße" | "heisse")
                        | ("mi", "chiamo")
                        | ("nombre", "es")
                        | ("nome", "é" | "e")
                ),
                _ => false,
            };
            // ("ich heiße Sie willkommen": I welcome you)
            let intro = intro && !matches!(&*t.lower(i), "sie" | "ihnen" | "euch");
            if intro {
                return Cue::Intro;
            }
        }
        // a Māori introduction: "ko Samuel tōku ingoa" (Samuel is my name), "Ko Tamati Ngata
        // tōku ingoa" (the name's words, then the phrase)
        if gap == " " && t.stem(i - 1).eq_ignore_ascii_case("ko") {
            let ends = (i..t.len().min(i + 3)).take_while(|&k| k == i || t.words[k].cap);
            let intro = ends.into_iter().any(|k| {
                let after = &t.text[t.words[k].end..];
                ["tōku ingoa", "toku ingoa", "taku ingoa", "tōku nei ingoa"]
                    .iter()
                    .any(|s| after.strip_prefix(' ').is_some_and(|a| a.starts_with(s)))
            });
            if intro {
                return Cue::Intro;
            }
        }
        // a case note's role before a name ("client Brad, telehealth link sent", "driver Mark,
        // vehicle …", "Social worker Eden H. Durning visited")
        let prev = &t.words[i - 1];
        if gap == " "
            && (5..=10).contains(&prev.len())
            && matches!(
                t.text.as_bytes()[prev.start] | 0x20,
                b'c' | b'd' | b's' | b'w' | b'o' | b'p' | b't'
            )
            && !prev.possessive()
            && matches!(
                &*t.lower(i - 1),
                "client"
                    | "caller"
                    | "texter"
                    | "driver"
                    | "subscriber"
                    | "claimant"
                    | "worker"
                    | "owner"
                    | "patient"
            )
        {
            return Cue::Relation;
        }
        let its = prev.possessive() && t.stem(i - 1).eq_ignore_ascii_case("it");
        if pf & CUE_ROLES == 0 && !its {
            return Cue::None;
        }
        let tight = matches!(gap, " " | ". " | ", " | ": " | " - " | ",\n" | "\n");
        if !tight {
            return Cue::None;
        }
        let p = t.lower(i - 1);
        let p: &str = &p;
        let pp = if i >= 2 && t.gap(i - 2, i - 1) == " " {
            Some(t.lower(i - 2))
        } else {
            None
        };
        let pp: Option<&str> = pp.as_deref();
        // "Dr. Smith", but "…we might otherwise miss. Hope this helps": only an abbreviation
        // takes a full stop inside a name
        if pf & ROLE_TITLE != 0 && (gap == " " || gap == ". " && abbreviated_title(p)) {
            return Cue::Title;
        }
        if gap == ": "
            && matches!(
                p,
                "city"
                    | "town"
                    | "suburb"
                    | "locality"
                    | "village"
                    | "county"
                    | "district"
                    | "borough"
                    | "parish"
            )
        {
            return Cue::Place; // "Town/City: Millsport", a form's field
        }
        if gap == ": " && matches!(p, "street" | "address" | "road" | "addr") {
            return Cue::Street; // "Street: Cox Streets"
        }
        if gap == " " || gap == ": " {
            let pronoun = pp.is_some_and(|w| {
                matches!(
                    w,
                    "i" | "we" | "he" | "she" | "they" | "you" | "it" | "who" | "and"
                )
            });
            // a form's label ("Patient: Owens, April"), not a transcript's speaker ("CLIENT: Ruby- um")
            // (a transcript's speaker, "CLIENT: Ruby- um", is no label: caught above only when
            // not in capitals)
            // "Name on the card is Leo Tait": "name" a few words before "is"
            // (not a redaction's placeholder: "[NAME]\nThe day was hard")
            let name_is = matches!(p, "is" | "was")
                && (3..=5).any(|back| {
                    i > back
                        && matches!(&*t.lower(i - back), "name" | "names")
                        && !t.text[..t.words[i - back].start].ends_with('[')
                        // (one clause: "I forgot her name. It was May when…" is two)
                        && (i - back..i).all(|j| t.gap(j, j + 1) == " ")
                });
            let intro = matches!((pp, p), (Some("name" | "contact"), "is" | "was"))
                || name_is
                // "Name: Declan", "first name Wayne", "Surname's Warren", "Patient: Owens"
                || matches!(p, "name" | "surname" | "forename" | "firstname" | "lastname")
                    && (gap == ": " || matches!(pp, Some("first" | "last" | "middle" | "given")))
                || matches!(p, "surname" | "forename")
                || p == "name" && t.words[i - 1].possessive()
                // "names colm btw" opening a message
                || p == "names" && (pp.is_none() || t.sentence_start(i - 1))
                || matches!((pp, p), (Some("my" | "his" | "her"), "names"))
                // "a guy called Sam", not "I called people"
                || matches!(p, "named" | "called") && !pronoun
                || matches!((pp, p), (Some("call"), "me") | (Some("go"), "by"))
                // "everyone calls me Peter", not "my dad calls me Princess"
                || matches!((pp, p), (Some("calls" | "called"), "me"))
                    && !ENDEARMENTS.contains(&&*t.lower(i));
            if intro {
                return Cue::Intro;
            }
            // ("it's" reads as the stem "it" with a possessive ending; in running English it
            // opens "It's Summer and…", "It's Hope that kills you": it introduces only a name
            // that closes the introduction — "it's Amber from 8C", "It's Dawn, can I…")
            let apostrophe = its || matches!(p, "it's" | "it’s");
            let closes = || {
                let after = &t.text[t.words[i].end..];
                after.is_empty()
                    || after.starts_with([',', '!', '\n'])
                    || i + 1 < t.len()
                        && t.gap(i, i + 1) == " "
                        && (t.words[i + 1].cap
                            || matches!(
                                t.stem(i + 1),
                                "from"
                                    | "again"
                                    | "here"
                                    | "btw"
                                    | "speaking"
                                    | "calling"
                                    | "x"
                                    | "xx"
                            ))
            };
            let weak = matches!(p, "i'm" | "im" | "its" | "i’m")
                || apostrophe && closes()
                || matches!((pp, p), (Some("i"), "am") | (Some("this"), "is"));
            if weak {
                return Cue::WeakIntro;
            }
        }
        // "my therapist is marcus aitken", "my old therapist was alex long"
        if gap == " " && matches!(p, "is" | "was") && i >= 3 && self.has(i - 2, ROLE_RELATION) {
            let owner = (3..=5).any(|back| i >= back && self.has(i - back, ROLE_POSSESSIVE));
            if owner && !t.words[i].cap {
                return Cue::Relation;
            }
        }
        // (not across a line: "…think of Mum\nCurrent suburb: …"; after a colon only when the
        // name ends the field: "my sister: Hope\n", not "my mother: Patience is everything")
        let field_ends = || {
            let after = t.text[t.words[i].end..].trim_start_matches([' ', '.']);
            after.is_empty() || after.starts_with(['\n', ',', ';', '(', '\r'])
        };
        if !matches!(gap, ". " | "\n" | ",\n")
            && (gap != ": " || field_ends())
            && pf & ROLE_RELATION != 0
            && !t.words[i - 1].possessive()
        {
            // "my sister Hope", "her therapist Sam": the owner in the same clause
            let owner = (2..=4).any(|back| {
                i >= back
                    && self.has(i - back, ROLE_POSSESSIVE)
                    && (i - back..i - 1).all(|j| t.gap(j, j + 1) == " ")
            });
            if owner || matches!(p, "bf" | "gf" | "bff" | "hubby" | "ex") {
                return Cue::Relation;
            }
        }
        if matches!(gap, " " | ", ") && pf & ROLE_GREETING != 0 {
            // a word that is a greeting only where it opens what is said ("night Sarah x", "ok
            // dawn i get it", "oh well Grace…"), not the end of a clause run on without its
            // full stop ("every single night River was high", "a hug rn lol Ray of sunshine")
            let everyday = EVERYDAY_GREETINGS.contains(&p);
            // (or the name is addressed, closing its phrase: "You're right Chad, I need…", "…
            // ok jordan i'm back")
            let addressed = t.text[t.words[i].end..].starts_with([',', '!', '?'])
                || i + 1 < t.len()
                    && t.gap(i, i + 1) == " "
                    && matches!(&*t.lower(i + 1), "i" | "i'm" | "im" | "you" | "u" | "ur");
            let opens = i < 2
                || addressed
                || t.gap(i - 2, i - 1)
                    .contains(['.', '!', '?', '\n', ',', ':', '('])
                || self.has(i - 2, ROLE_GREETING)
                || matches!(&*t.lower(i - 2), "good" | "gd");
            if p == "thank" || p == "and" || p == "so" || p == "love" {
                // "thank you X" is handled below; "and X" / "so X" are objects
            } else if !everyday || opens {
                return Cue::Greeting;
            }
        }
        // "thanks again Grace", "cheers again, tadhg quirke" (the chat forms only before a comma:
        // "thx again Guy at the pharmacy…" runs sentences together)
        // (across a sentence's end only a name spoken to or no word: "thank you. Priya you
        // really helped", "thanks again. Kwame this means a lot"; not "thank you. Check in
        // thread: …")
        let spoken_to = || {
            t.text[t.words[i].end..].starts_with([',', '!'])
                || i + 1 < t.len()
                    && t.gap(i, i + 1) == " "
                    && matches!(&*t.lower(i + 1), "i" | "you" | "u" | "ur")
        };
        if (p == "you" && pp == Some("thank") || p == "again" && pp == Some("thanks"))
            && (!gap.contains(['.', '!', '?'])
                || spoken_to()
                || self.full(i) & (VOCAB | RARE | ORDINARY_WORD | COMMON) == 0)
            || p == "again" && matches!(pp, Some("thx" | "ty" | "cheers")) && gap == ", "
        {
            return Cue::Greeting;
        }
        if gap == " " {
            if p == "to" && i >= 2 && pp.is_some() && self.has(i - 2, ROLE_MOTION) {
                return Cue::Place;
            }
            if pf & ROLE_PLACE_CUE != 0 {
                return Cue::Place;
            }
            if pf & ROLE_STREET_CUE != 0 {
                return Cue::Street;
            }
            if pf & ROLE_OBJECT != 0 {
                return Cue::Object;
            }
            if pf & ROLE_DETERMINER != 0 {
                return Cue::Determiner;
            }
        }
        Cue::None
    }

    /// Word `k` stands inside double quotes that hold a title: three or more words of four
    /// letters or more, nearly all capitalised, and a small word in lower case ("The Secret to
    /// Desire in a Long-Term Relationship"); not quoted speech ("Hi Sarah, how are you") nor a
    /// quoted name (“Mark Smith Junior”).
    fn quoted_title(&self, k: usize) -> bool {
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

    /// Word `k` is a verb that is also a name, before its subject ("Hope you…", "Will I…").
    fn verb_first(&self, k: usize) -> bool {
        let t = self.t;
        k + 1 < t.len()
            && t.gap(k, k + 1) == " "
            && VERB_NAMES.contains(&&*t.lower(k))
            && matches!(
                &*t.lower(k + 1),
                "you" | "i" | "we" | "they" | "he" | "she" | "it" | "u" | "ya" | "this"
            )
    }

    /// Word `k` ends a form's label that asks for a name: the label, from the line's start, is
    /// short and holds the word "name" ("Name of person at risk", "Given names", "pt name").
    fn label_names(&self, k: usize) -> bool {
        let t = self.t;
        let end = t.words[k].end;
        // (from the line's start, or the sentence's: "it gets better. Name of person at risk:")
        let mut from = end.saturating_sub(64);
        while !t.text.is_char_boundary(from) {
            from += 1;
        }
        let start = t.text[from..end]
            .rfind(['\n', '.', '!', '?'])
            .map_or(from, |p| from + p + 1);
        let label = t.text[start..end].trim_start();
        label.len() <= 32
            && label
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.eq_ignore_ascii_case("name") || w.eq_ignore_ascii_case("names"))
    }

    /// Word `i`, perhaps with a surname after it, ends its line or the text.
    fn last_words(&self, i: usize) -> bool {
        let t = self.t;
        let surname = i + 1 < t.len()
            && t.gap(i, i + 1) == " "
            && self.full(i + 1) & SURNAME != 0
            && self.full(i + 1) & (COMMON | ORDINARY_WORD) == 0;
        let end = if surname { i + 1 } else { i };
        let rest = &t.text[t.words[end].end..];
        let line = rest.split('\n').next().unwrap_or("");
        line.trim().chars().all(|c| c.is_ascii_punctuation())
    }

    /// A lowercase surname, or a word in no list, follows word `i` ("destiny ramos").
    fn surname_after(&self, i: usize) -> bool {
        let t = self.t;
        let j = i + 1;
        if j >= t.len() || t.gap(i, j) != " " || t.words[j].cap || t.words[j].len() < 3 {
            return false;
        }
        let f = self.full(j);
        // (a surname that is also a word or a brand only where it closes the phrase: "thanks
        // again, james buick", not "destiny long story short")
        let closes = || {
            let rest = &t.text[t.words[j].end..];
            rest.is_empty() || rest.starts_with([',', '.', '!', '?', '\n'])
        };
        // (or before what the person said, even a town's name: "yeah roger smith told me
        // that", "yeah tony cook told me that")
        f & (COMMON | ORDINARY_WORD | FOREIGN_WORD | REGION | TOWN) == 0
            && (f & (VOCAB | RARE) == 0 || f & SURNAME != 0 && closes())
            && (f & SURNAME != 0 || f == 0)
            || f & SURNAME != 0
                && f & (COMMON | ORDINARY_WORD | FOREIGN_WORD | REGION) == 0
                && self.reported(j)
    }

    /// Word `k` is spoken to: the clause ends after it, or the speaker goes on with "i" or
    /// "you" ("ok keeva i get it", "okay amber, let's …").
    fn addressed(&self, k: usize) -> bool {
        let t = self.t;
        let after = t.text[t.words[k].end..].chars().next();
        after.is_none_or(|c| matches!(c, ',' | '!' | '?' | '\n'))
            || k + 1 < t.len()
                && t.gap(k, k + 1) == " "
                && matches!(&*t.lower(k + 1), "i" | "im" | "i'm" | "you" | "u" | "we")
    }

    /// A greeting's words end with a name and its surname, `i` and `last`: "thanks again,
    /// shania kildea" at the message's end or before a comma — not one word ("thanks alot!").
    fn speaks_to(&self, i: usize, last: usize) -> bool {
        let t = self.t;
        let rest = t.text[t.words[last].end..].trim_start_matches(' ');
        last > i && !rest.starts_with(char::is_alphanumeric)
    }

    /// A determiner, a possessive or a subject stands before word `i` ("the bill said", "my
    /// doc said", "i havent told"): the word is no name.
    fn determined(&self, i: usize) -> bool {
        i > 0
            && (self.has(i - 1, ROLE_DETERMINER | ROLE_POSSESSIVE)
                || matches!(
                    &*self.t.lower(i - 1),
                    "i" | "you" | "we" | "they" | "he" | "she" | "it" | "u"
                ))
    }

    /// After "i'm X": X ends the clause ("hi i'm meibh, …", "its callan again", "im colm btw").
    fn closes_intro(&self, i: usize) -> bool {
        let t = self.t;
        let after = t.text[t.words[i].end..].trim_start_matches(' ');
        after.is_empty()
            || after.starts_with([',', '!', '?', '\n'])
            || i + 1 < t.len()
                && matches!(
                    &*t.lower(i + 1),
                    "btw"
                        | "from"
                        | "again"
                        | "here"
                        | "lol"
                        | "haha"
                        | "and"
                        | "by"
                        | "speaking"
                        | "hmu"
                        | "aka"
                )
                && t.gap(i, i + 1) == " "
    }

    /// A town typed in lower case after a place word ("at uni in leeds", "any good therapists
    /// in toronto?", "moved to tacoma"): one that is no everyday word or region (a surname too:
    /// "from manchester").
    fn lowercase_town(&mut self, i: usize) -> bool {
        let t = self.t;
        // (the word before is read first, by its letters: most words have no place word before)
        let prev = t.stem(i - 1);
        let placed = if prev == "to" {
            i > 1 && self.has(i - 2, ROLE_MOTION)
        } else {
            PLACE_CUES.contains(&prev)
        };
        if !placed || !t.words[i - 1].plain || t.gap(i - 1, i) != " " {
            return false;
        }
        let f = self.full(i);
        let word = VOCAB
            | RARE
            | COMMON
            | ORDINARY_WORD
            | FOREIGN_WORD
            | OTHER_LANGUAGE
            | REGION
            | CALENDAR;
        if f & TOWN_WHOLE == 0 || f & word != 0 {
            return false;
        }
        let w = &t.words[i];
        self.push(w.start, w.stem_end, Kind::Location);
        true
    }

    /// A surname typed in lower case after a title ("i saw dr khan today", "mrs patel called"):
    /// a listed name, or a word in no list, that is no everyday word of the commonest kind
    /// ("dr appointment", "mr right").
    fn lowercase_titled(&mut self, i: usize) -> bool {
        let t = self.t;
        let prev = t.stem(i - 1);
        if !LOWERCASE_TITLES.contains(&prev) || !matches!(t.gap(i - 1, i), " " | ". ") {
            return false;
        }
        let f = self.full(i);
        // (an everyday word after a title is a character's or a game's: "ms marvel", "mr
        // freeze", "ms pac-man" — unless it is a surname too: "mr smith")
        let everyday = f & (VOCAB | RARE) != 0;
        let named =
            f & SURNAME != 0 || !everyday && (f & FIRST_NAME != 0 || !t.lower(i).contains('-'));
        if !named
            || f & (COMMON | ORDINARY_WORD | CALENDAR) != 0
            || self.lex.lowercase_word(&t.lower(i))
        {
            return false;
        }
        let w = &t.words[i];
        // ("dr pepper", "mr bean": a public name typed in lower case)
        let title = t.words[i - 1].start;
        if self
            .lex
            .public_in_lowercase(t.text, title)
            .is_some_and(|end| end >= w.stem_end)
        {
            return true; // decided: no one's
        }
        self.push(w.start, w.stem_end, Kind::Name);
        true
    }

    /// Lowercase names: a listed first name that is no English word ("hey im jordan"); after an
    /// introduction, a relation or a greeting, an English word that is a first name or a word
    /// in no list ("my name is grace", "my bf john says", "ok keeva i get it"), with the
    /// surname after it.
    #[inline]
    fn lowercase(&mut self, i: usize) {
        let t = self.t;
        let w = &t.words[i];
        // lower case only: an all-capitals word is an acronym ("ADA"), not a lowercase name
        if w.len() < 3 || w.len() > 14 || !t.text.as_bytes()[w.start].is_ascii_lowercase() {
            return;
        }
        // the Bloom filter first; then the word before, when it is short enough to be a cue:
        // an introduction, or a relation or greeting that addresses someone (after which an
        // unlisted word may be a name). Most words are decided here, without a table lookup.
        if i > 0
            && lowercase_cue_shaped(t, i - 1)
            && (self.lowercase_town(i) || self.lowercase_titled(i))
        {
            return;
        }
        // (the filter rules most words out; a word it lets through is looked up, so what
        // follows never depends on the filter's false positives)
        let maybe_first = if w.plain {
            self.lex.maybe_first_name(t.stem(i))
        } else {
            self.lex.maybe_first_name(&t.lower(i))
        } && self.flag(i) & FIRST_NAME != 0;
        // (a plain lowercase word is its own lowercase form; any other is lowered only when
        // short enough to be an introduction: "I'm", "Its", "i’m")
        let (after_intro, cued) = match i.checked_sub(1).map(|k| &t.words[k]) {
            Some(p) if !maybe_first => {
                if p.plain && p.len() <= 10 {
                    if !letter_in(&PREV_CUE_LETTERS, p.len(), t.text.as_bytes()[p.start]) {
                        (false, false)
                    } else {
                        let prev = t.stem(i - 1);
                        (is_intro_word(prev), w.len() >= 4 && addresses(prev))
                    }
                } else if p.len() <= 7 {
                    let prev = t.lower(i - 1);
                    (is_intro_word(&prev), w.len() >= 4 && addresses(&prev))
                } else {
                    (false, false)
                }
            }
            _ => (false, false),
        };
        if !maybe_first && !after_intro && !cued {
            return;
        }
        self.lowercase_candidate(i, cued);
    }

    /// The rest of `lowercase` for the few words its gate lets through: kept out of line so
    /// the gate, run for every lowercase word, stays small enough to inline.
    #[inline(never)]
    fn lowercase_candidate(&mut self, i: usize, cued: bool) {
        let t = self.t;
        let w = &t.words[i];
        // ("my bf christian says…": after a chat word for a partner, a name that is also an
        // everyday word, saying or doing something)
        // (asked up to three times below: worked out once)
        let chat = i > 0 && matches!(&*t.lower(i - 1), "bf" | "gf" | "ex" | "bff");
        let partner_memo = std::cell::OnceCell::new();
        let partner = || {
            *partner_memo.get_or_init(|| {
                chat && self.cue_before(i) == Cue::Relation
                    && self.full(i) & FIRST_NAME != 0
                    && !self.has(i, ROLE_RELATION)
                    && !self.names_a_thing(i)
                    && self.subject_of(i)
            })
        };
        let f = self.flag(i);
        if f & (ORDINARY_WORD | COMMON | FOREIGN_WORD) != 0 && !partner() {
            return;
        }
        // no first name: an unknown word is a name only after an introduction, or by the cues
        // that let one through the gate above
        if f == PARTIAL && !cued && !matches!(self.cue_before(i), Cue::Intro | Cue::WeakIntro) {
            return;
        }
        let f = self.full(i);
        if f & (ORDINARY_WORD | COMMON | FOREIGN_WORD) != 0 && !partner() {
            return;
        }
        if f & (FIRST_NAME | SURNAME) == 0
            && f & (VOCAB | RARE | REGION | OTHER_LANGUAGE | TOWN) != 0
        {
            // a word of some vocabulary and no listed name: no rule below takes it
            return;
        }
        let l = t.lower(i);
        // "I'm homeschooled", "im unmedicated", "I'm couchsurfing": after "I'm", an English word
        // with an affix or two words run together is no name — unless a list holds it (not after
        // a strong cue: "my name is goldwater")
        // (an adjective's or a participle's ending: not "im goldwater")
        let shaped = [
            "ed", "ing", "al", "ic", "ive", "less", "ful", "able", "ish", "ous",
        ]
        .iter()
        .any(|e| l.ends_with(e));
        // (eight letters or more: "im fareed", "i'm hameed" are fare + ed, hame + ed)
        if f & (FIRST_NAME | SURNAME) == 0
            && l.len() >= 8
            && shaped
            && derived(self.lex, &l)
            && self.cue_before(i) == Cue::WeakIntro
        {
            return;
        }
        // ("what are called open-ended questions"; "im ok-ish": a word and the "-ish" of chat)
        if l.contains('-')
            && l.split('-')
                .all(|p| p == "ish" || self.lex.flags(p) & (VOCAB | ORDINARY_WORD | COMMON) != 0)
        {
            return;
        }
        // "Has she ben ostracized", "It isa way", "Esther Perel's ted talk": straight after a
        // subject or an owner a name is not where a lowercase word stands (typos, phrases)
        // ("it's", "that's", "here's" are "it is", not an owner: "It's andrew white btw")
        let contraction = |k: usize| {
            matches!(
                &*t.lower(k),
                "it" | "that" | "here" | "there" | "who" | "what" | "he" | "she" | "this"
            )
        };
        if i > 0
            && t.gap(i - 1, i) == " "
            && if t.words[i - 1].possessive() {
                !contraction(i - 1)
            } else {
                matches!(&*t.lower(i - 1), "he" | "she" | "it" | "they" | "we")
            }
            && !matches!(self.cue_before(i), Cue::Relation | Cue::Intro)
        {
            return;
        }
        let listed = f & (FIRST_NAME | SURNAME) != 0;
        // ("my mac keeps crashing", "a few bevs": after a determiner or an owner a name that is
        // an everyday word in lower case is the word — "me and teddy broke up" is a person)
        let everyday_after = || {
            i > 0
                && matches!(
                    &*t.lower(i - 1),
                    "a" | "an"
                        | "the"
                        | "my"
                        | "your"
                        | "his"
                        | "her"
                        | "our"
                        | "their"
                        | "this"
                        | "that"
                        | "some"
                        | "few"
                        | "new"
                        | "old"
                        | "of"
                )
                && self.lex.lowercase_word(&l)
        };
        let word = f & (VOCAB | RARE | REGION | OTHER_LANGUAGE) != 0 || everyday_after();
        // (a letter three times over is chat, "whyyy", "sooo": no name)
        let drawn_out = t
            .stem(i)
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == w[1] && w[1] == w[2]);
        let unknown = !word && f & TOWN == 0 && !listed && !drawn_out;
        let first =
            f & FIRST_NAME != 0 && !ADJECTIVE_NAMES.contains(&&*l) && !ENDEARMENTS.contains(&&*l);
        // after a relation or a greeting a verb is far more often the verb ("my ex will…")
        let first_addressed = first && !VERB_NAMES.contains(&&*l);
        // "destiny ramos", "eoin borland": the last word of the name, a surname after it
        let last = || if self.surname_after(i) { i + 1 } else { i };
        let english = || !self.foreign(i);
        // a listed first name that is no English word is a name anywhere ("jordan", "ashley"),
        // in an English sentence
        // ("a ted talk" is the talk's name)
        let ted_talk = &*l == "ted" && i + 1 < t.len() && t.lower(i + 1).starts_with("talk");
        // "heather wilson is such a creep", "ugh conchur reilly from my old school": a first
        // name and a listed surname, not both everyday words ("jack green", "will power")
        let pair = || {
            let n = i + 1;
            f & REGION == 0
                && n < t.len()
                && t.gap(i, n) == " "
                && !w.possessive()
                && !t.words[n].cap
                && {
                    let nf = self.full(n);
                    nf & SURNAME != 0
                        && nf & (COMMON | ORDINARY_WORD | REGION | FOREIGN_WORD | CALENDAR) == 0
                        && (f & VOCAB == 0 || nf & VOCAB == 0)
                        && t.words[n].len() > 2
                }
        };
        // "rebecca and bobby are…": a first name joined by "and" to a name that is no word
        // (no state: "i've lived in georgia and virginia")
        let joined = || {
            let other = |j: usize| {
                !t.words[j].cap && {
                    let g = self.full(j);
                    g & FIRST_NAME != 0 && g & (VOCAB | RARE | COMMON | ORDINARY_WORD | REGION) == 0
                }
            };
            f & REGION == 0
                && i >= 2
                && &*t.lower(i - 1) == "and"
                && t.gap(i - 2, i - 1) == " "
                && other(i - 2)
                || i + 2 < t.len()
                    && &*t.lower(i + 1) == "and"
                    && t.gap(i + 1, i + 2) == " "
                    && other(i + 2)
        };
        let plain_name = f & FIRST_NAME != 0
            && (!word || first && (pair() || joined()))
            && english()
            && !ted_talk;
        if !plain_name {
            let ok = match self.cue_before(i) {
                // "my name is grace"
                // (but "it's called black and white thinking": after "called"/"named" a lowercase
                // everyday word names a thing)
                Cue::Intro => {
                    // ("a man named grant", "im called autumn": a person before the verb keeps
                    // it a name)
                    let person = || {
                        i >= 2
                            && (matches!(
                                &*t.lower(i - 2),
                                "man"
                                    | "boy"
                                    | "guy"
                                    | "girl"
                                    | "woman"
                                    | "lad"
                                    | "lass"
                                    | "friend"
                                    | "mate"
                                    | "kid"
                                    | "child"
                                    | "teacher"
                                    | "person"
                                    | "someone"
                                    | "somebody"
                                    | "bloke"
                                    | "lady"
                                    | "chap"
                                    | "i'm"
                                    | "im"
                                    | "i"
                                    | "am"
                                    | "he's"
                                    | "she's"
                                    | "hes"
                                    | "shes"
                                    | "was"
                                    | "is"
                                    | "cousin"
                                    | "neighbour"
                                    | "neighbor"
                            ) || self.has(i - 2, ROLE_RELATION))
                    };
                    let a_thing = f & VOCAB != 0
                        && i > 0
                        && matches!(&*t.lower(i - 1), "called" | "named")
                        && !person()
                        && !self.reported(last())
                        && !self.addressed(last());
                    (listed || unknown) && !a_thing
                }
                // "hey im jordan", "i'm heather", "its mairead again", "its eoin borland from
                // the group" — but not "this is true", "I'm rich", nor a typo after "I am"
                Cue::WeakIntro => {
                    // ("it's" is read as its stem "it" and a possessive ending)
                    let after_im = i > 0
                        && match &*t.lower(i - 1) {
                            "i'm" | "im" | "its" | "it's" => true,
                            "it" => t.words[i - 1].possessive(),
                            _ => false,
                        };
                    // ("I'm soon to be married": a first name that is a word must close the
                    // introduction)
                    let surname_next = i + 1 < t.len()
                        && t.gap(i, i + 1) == " "
                        && self.full(i + 1) & (SURNAME | COMMON) == SURNAME;
                    listed && !word
                        || first && (f & VOCAB == 0 || surname_next || self.closes_intro(last()))
                        || unknown && after_im && self.closes_intro(last())
                }
                // "my bf john says", "my bf iain says": a relation names the person after it
                Cue::Relation => {
                    let said = self.reported(last()) || self.addressed(last());
                    listed && f & VOCAB == 0
                        || first_addressed && (said || chat || pair())
                        || partner()
                        // (an unknown word reported; after "bf/ex", doing anything — unless a
                        // relation mistyped or run together: "my ex boyfrend", "my ex stepmum")
                        || unknown
                            && (said
                                || chat
                                    && self.subject_of(last())
                                    && !misspelt(self.lex, &l)
                                    && ![
                                        "friend", "frend", "freind", "fianc", "husb", "hub",
                                        "wife", "mum", "mom", "dad", "parent", "nan", "gran",
                                        "sis", "bro", "mate", "flame", "partner", "boss",
                                    ]
                                    .iter()
                                    .any(|r| l.contains(r)))
                            && english()
                }
                // "thanks finn", "okay john, …", "ok keeva i get it", "thanks again, hazel
                // stewart" (a vocative, the message's last words, or speaking to someone)
                Cue::Greeting => {
                    listed && f & VOCAB == 0
                        || first_addressed
                            && (self.vocative(i)
                                || self.last_words(i)
                                || self.addressed(last())
                                || self.reported(last())
                                // "hey, maria here (he/him)"
                                || last() + 1 < t.len() && &*t.lower(last() + 1) == "here"
                                // "omg maria is being so annoying" (not "omg moon is so pretty")
                                || self.subject_of(last())
                                    && (f & VOCAB == 0 || NAMES_NOT_WORDS.contains(&&*l))
                                    && !self.names_a_thing(i))
                        // (a verb that is a name, saying something: "omg jack just told me",
                        // "yeah mark green told me that")
                        || first && self.reported(last())
                        || unknown
                            && t.words[i].len() >= 4
                            && (self.addressed(last())
                                || self.reported(last())
                                || self.speaks_to(i, last()))
                            && english()
                }
                // "ramos said", "ok so lee told caitlin": a listed name, reported ("the bill
                // said" is no person)
                // (an everyday word reported, but not after an acronym that owns it: "ADHD brain
                // said no", "the NHS page says")
                _ => {
                    let opens_clause = i == 0 || {
                        let p = t.stem(i - 1);
                        p.len() < 2 || !p.bytes().all(|c| c.is_ascii_uppercase())
                    };
                    // ("max ur so valid", "roger u good?": a chat message opening on whom it
                    // speaks to)
                    let spoken_to = t.sentence_start(i)
                        && i + 1 < t.len()
                        && t.gap(i, i + 1) == " "
                        && matches!(t.stem(i + 1), "ur" | "u");
                    // ("the dinner lady told me", "the job centre lady said": "lady" or "guy"
                    // after a determiner and one or two words that qualify it is the noun; not
                    // a name that follows a job, "the lunch lady dawn said")
                    let qualifier = |j: usize| {
                        t.gap(j, j + 1) == " "
                            && !t.words[j].cap
                            && self.full(j) & VOCAB != 0
                            && !self.has(j, ROLE_RELATION)
                    };
                    let compound = || {
                        matches!(&*l, "lady" | "guy")
                            && (1..=2).any(|n| {
                                i > n && (i - n..i).all(qualifier) && self.determined(i - n)
                            })
                    };
                    // ("tbh john is the only one who checks on me", "me n carol r not
                    // talking": a chat opener or the writer beside, then a first name as the
                    // subject of what follows)
                    let beside = i >= 2
                        && t.gap(i - 2, i - 1) == " "
                        && t.gap(i - 1, i) == " "
                        && matches!(&*t.lower(i - 1), "n" | "and" | "&")
                        && matches!(&*t.lower(i - 2), "me" | "i");
                    let chat_opener = i >= 1
                        && t.gap(i - 1, i) == " "
                        && matches!(
                            &*t.lower(i - 1),
                            "tbh" | "ngl" | "honestly" | "btw" | "smh" | "istg" | "ugh" | "imo"
                        )
                        && (i == 1 || t.gap(i - 2, i - 1) != " ");
                    listed && self.sign_off(i)
                        // ("mark punched me", "then rose ghosted me": opening a clause, not
                        // "a short-staffed ward is breaking me", "my teenage son won't talk to me")
                        || first
                            && self.acted_on_writer(last(), false)
                            && !ANYONE.contains(&&*l)
                            // (not a modal before its verb: "and will hit me when he's drunk")
                            // ("will", "may", "hope" are things named just below)
                            && !matches!(&*l, "can" | "pray" | "rush")
                            && !self.names_a_thing(i)
                            && !self.has(i, ROLE_RELATION)
                            && (i == 0
                                || t.sentence_start(i)
                                || matches!(
                                    &*t.lower(i - 1),
                                    "and" | "but" | "then" | "so" | "when" | "because" | "cause"
                                        | "cuz" | "coz" | "cos" | "lol" | "omg" | "tbh" | "ngl"
                                        | "honestly" | "yeah" | "yesterday" | "today" | "tonight"
                                        | "after" | "before" | "since" | "while" | "n"
                                ))
                            && english()
                        // ("i met carol at the meeting", "i texted amber today")
                        || first
                            && i > 0
                            && matches!(
                                &*t.lower(i - 1),
                                "met" | "texted" | "messaged" | "called" | "told" | "asked"
                                    | "hugged" | "kissed" | "dated" | "phoned" | "rang"
                            )
                            && !self.names_a_thing(i)
                            // (not "i met sage at the meeting", "i texted ruby today about the
                            // python thing")
                            && (f & VOCAB == 0 || NAMES_NOT_WORDS.contains(&&*l))
                            && (self.ends_phrase(last())
                                || last() + 1 < t.len()
                                    && t.gap(last(), last() + 1) == " "
                                    && matches!(
                                        &*t.lower(last() + 1),
                                        "at" | "and" | "today" | "yesterday" | "last" | "on"
                                            | "after" | "before" | "about" | "again" | "tonight"
                                    ))
                            && english()
                        // ("tbh max is 2 a day", "omg candy is so good": an everyday word is the
                        // word)
                        || (first && beside || first_addressed && chat_opener)
                            && (f & VOCAB == 0
                                || NAMES_NOT_WORDS.contains(&&*l)
                                || self.reported(last()))
                            && !self.names_a_thing(i)
                            && self.subject_of(last())
                            && english()
                        || first_addressed && spoken_to && english()
                        || (listed && f & VOCAB == 0
                            || (first_addressed || first && last() > i)
                                && (f & VOCAB == 0 || opens_clause))
                            && self.reported(last())
                            && !self.determined(i)
                            && !compound()
                            && english()
                }
            };
            if !ok {
                return;
            }
        }
        // extend over a surname, in either case ("jordan smith", "jordan Smith")
        let mut end = i + 1;
        if end < t.len() && t.gap(i, end) == " " && !w.possessive() {
            let nf = self.full(end);
            let surname = nf & SURNAME != 0 && nf & (COMMON | ORDINARY_WORD | REGION) == 0
                || nf == 0 && t.words[end].len() > 2;
            let cap_proper = t.words[end].cap
                && matches!(
                    classify_with(self.lex, t.stem(end), self.flag(end), false, false).class,
                    Class::Proper | Class::Ambiguous
                );
            if surname || cap_proper {
                end += 1;
            }
        }
        self.push(w.start, t.words[end - 1].stem_end, Kind::Name);
        self.done = end;
    }
}

const _: () = assert!(ROLE_INTRO.leading_zeros() > 0 && ROLE_INTRO > ROLE_EPONYM_HEAD);
