//! Works of public people named in text: a name typed before its work ("gracie abrams songs")
//! is the work's or its maker's, not a private person's.

/// Works a name may stand before. Nouns only: not "show", "talk", "play", "track", "record",
/// "single", which are verbs or adjectives after a person too.
const WORKS: &[&str] = &[
    "song",
    "songs",
    "album",
    "albums",
    "film",
    "films",
    "movie",
    "movies",
    "book",
    "books",
    "novel",
    "novels",
    "podcast",
    "podcasts",
    "concert",
    "concerts",
    "tickets",
    "lyrics",
    "episode",
    "episodes",
    "documentary",
    "memoir",
    "vinyl",
    "gig",
    "playlist",
    "sitcom",
    "fandom",
    "discography",
];

/// The work around a public name typed in lower case (`start..end`): the name stands right
/// before the work ("gracie abrams songs", "joni mitchell blue album", "taylor swift tickets")
/// or after "<work> by" ("a book by matt haig"). Not a private person listened to, watched or
/// read ("i should have listened to emma stone", "i can't stop reading kate bush texts"), nor
/// one something was done by ("recorded by james bay"): an independent review found each of
/// those kept by a looser rule.
pub fn media_near(text: &str, start: usize, end: usize) -> bool {
    // (what may stand between the name and the work: "joni mitchell blue album")
    const STOPS: &[&str] = &[
        "about", "with", "to", "for", "and", "at", "from", "in", "on", "the", "a", "an", "my",
        "his", "her", "i", "he", "she", "is", "was", "s",
    ];
    // (two words each way lie within this reach: a long line of names is not read back to its
    // start for each)
    const REACH: usize = 128;
    let from = super::text::ceil_boundary(text, start.saturating_sub(REACH));
    let to = super::text::floor_boundary(text, (end + REACH).min(text.len()));
    let line_start = text[from..start].rfind('\n').map_or(from, |p| from + p + 1);
    let line_end = text[end..to].find('\n').map_or(to, |p| end + p);
    // (the two words before and after, lowered: a long line is not copied for each name)
    fn two<'a>(ws: impl Iterator<Item = &'a str>) -> Vec<String> {
        ws.filter(|w| !w.is_empty())
            .take(2)
            .map(str::to_ascii_lowercase)
            .collect()
    }
    let cut = |c: char| !c.is_alphanumeric();
    let before = two(text[line_start..start].rsplit(cut));
    let after = two(text[end..line_end].split(cut));
    let maker = before.len() == 2 && before[0] == "by" && WORKS.contains(&before[1].as_str());
    // (an owner's "'s" is the person's: "kate bush's messages")
    let owned = text[end..].starts_with(['\'', '\u{2019}']);
    let names_work = !owned
        && after
            .iter()
            .take_while(|w| !STOPS.contains(&w.as_str()))
            .any(|w| WORKS.contains(&w.as_str()));
    maker || names_work
}
