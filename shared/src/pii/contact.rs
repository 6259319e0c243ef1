//! E-mail addresses, URLs, IP addresses and social-media handles.

use super::lexicon::Lexicon;
use super::text::{standalone, validated};
use super::{Finding, Kind};
use regex::Regex;
use std::net::Ipv6Addr;

pub struct Contact {
    email: Regex,
    /// An address written out to dodge harvesters: "jane [at] gmail [dot] com".
    spelled_email: Regex,
    /// " dot " in either case, built once (a searcher made per message costs more than the
    /// search).
    dot: [memchr::memmem::Finder<'static>; 2],
    url: Regex,
    /// "." + a top-level domain, ASCII case-insensitive.
    tlds: aho_corasick::AhoCorasick,
    ipv4: Regex,
}

/// Top-level domains a bare domain name ("keithcounseling.com") is recognised by.
const TLDS: &str = "com|org|net|io|co|uk|me|ee|info|biz|name|pro|edu|gov|mil|int|us|ca|au|nz|ie|de|fr|ly|gg|tv|fm|app|dev|blog|online|site|store|tech|xyz|health|care|clinic|life|live|today|world|coach|therapy|page|link|ai|kiwi|nyc|london|scot|wales|irish|news|art|design|studio|space|club|shop|media|agency|center|centre|network|services|social|family|love|fitness|yoga|church|mobi";

impl Contact {
    pub fn new() -> Contact {
        let re = |p: &str| Regex::new(p).expect("contact pattern compiles");
        Contact {
            email: re(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"),
            dot: [
                memchr::memmem::Finder::new(b" dot "),
                memchr::memmem::Finder::new(b" DOT "),
            ],
            spelled_email: re(
                r"(?i)(?-u:\b)[a-z0-9._%+-]+(?: dot [a-z0-9_%+-]+)* ?(?:\[at\]|\(at\)|\{at\}| at ) ?[a-z0-9-]+(?: ?(?:\[dot\]|\(dot\)|\{dot\}| dot |\.) ?[a-z0-9-]+)* ?(?:\[dot\]|\(dot\)|\{dot\}| dot |\.) ?(?:com|org|net|edu|gov|co|uk|ca|au|nz|ie|us|info|me|io)(?-u:\b)",
            ),

            url: re(r#"(?i)(?:https?://|www\.)[^\s<>"'\[\]]+"#),
            tlds: aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(TLDS.split('|').map(|t| format!(".{t}")))
                .expect("top-level domains compile"),
            ipv4: re(r"(?-u:\b)(?:\d{1,3}\.){3}\d{1,3}(?-u:\b)"),
        }
    }

    /// Finds contact identifiers; public sites go to `protected` (nothing inside them is redacted).
    pub fn find(
        &self,
        text: &str,
        has_digit: bool,
        lex: &Lexicon,
        out: &mut Vec<Finding>,
        protected: &mut Vec<(usize, usize)>,
    ) {
        let b = text.as_bytes();
        if memchr::memchr(b'@', b).is_some() {
            for m in self.email.find_iter(text) {
                if public_mailbox(m.as_str(), lex) {
                    protected.push((m.start(), m.end()));
                } else {
                    push(out, m.start(), m.end(), Kind::Email);
                }
            }
            handles(text, lex, out, protected);
        }
        if spelled_mark(b, &self.dot) {
            for m in self.spelled_email.find_iter(text) {
                // (a plain " at " only with a spelled " dot " and after what could be someone's
                // mailbox: not "look at example.com", "we met at a dot com company")
                let lower = m.as_str().to_ascii_lowercase();
                let bracketed = ["[at]", "(at)", "{at}"].iter().any(|a| lower.contains(a));
                let mailbox = || {
                    // ("john dot smith at gmail dot com": a dotted mailbox is someone's)
                    let local = lower.split(" at ").next().unwrap_or("");
                    let local = if local.contains(" dot ") {
                        "a.b"
                    } else {
                        local
                    };
                    let f = lex.flags(local);
                    // (the domain is a word, not "a": "mark at a dot com company")
                    let domain = lower.split(" at ").nth(1).unwrap_or("");
                    let domain_word = domain.split([' ', '.']).next().is_some_and(|d| d.len() > 1);
                    domain_word
                        && (local.contains(['.', '_'])
                            || local.bytes().any(|c| c.is_ascii_digit())
                            || f & super::lexicon::FIRST_NAME != 0
                            || f & (super::lexicon::VOCAB | super::lexicon::COMMON) == 0)
                };
                // (a help service's mailbox spelled out stays: "info[at]mind.org.uk")
                let plain = lower
                    .replace(['[', '(', '{', ']', ')', '}'], " ")
                    .replace(" at ", "@")
                    .replace(" dot ", ".")
                    .replace(' ', "");
                if public_mailbox(&plain, lex) {
                    protected.push((m.start(), m.end()));
                } else if bracketed || lower.contains(" dot ") && mailbox() {
                    push(out, m.start(), m.end(), Kind::Email);
                }
            }
        }
        let tail = text.trim_end().len();
        if url_mark(b) {
            // one at a time: a URL cut short (glued to the next one) resumes the search there;
            // the next starts inside the same match and ends where it does, so it is found
            // there, not by searching the pattern to the match's end again for each URL
            let mut at = 0;
            while let Some(m) = self.url.find_at(text, at) {
                let mut start = m.start();
                loop {
                    let end = self.url_finding(text, tail, start, m.end(), lex, out, protected);
                    at = end.max(start + 1);
                    match url_start(&text[at..m.end()]) {
                        Some(p) => start = at + p,
                        None => break,
                    }
                }
                at = at.max(m.end());
            }
        }
        // bare domains and URLs without a scheme ("keithcounseling.com", "x.org/page"), found
        // from their top-level domain: a scan for ".com"/".org"/… is far cheaper than a regex
        // that could start at every word
        if memchr::memchr(b'.', b).is_some() {
            // (a host with two suffixes is found from each, "x.co" + ".uk": read it once)
            let mut covered = 0;
            for m in self.tlds.find_iter(text) {
                if m.start() < covered {
                    continue;
                }
                let e = m.end();
                if b.get(e)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
                {
                    continue; // ".community", ".org-chart"
                }
                // "weed.Therapy that…", "BOTH OF YOU.In the…": two sentences run together, the
                // second starting with a word that is also a top-level domain
                let tld = &b[m.start() + 1..e];
                let run_on = tld.len() > 1
                    && tld[0].is_ascii_uppercase()
                    && tld[1..].iter().all(u8::is_ascii_lowercase)
                    && m.start() > 0
                    && b[m.start() - 1].is_ascii_alphabetic();
                if run_on {
                    continue;
                }
                // (no host is longer than DNS allows: a long run of "x.co.x.co…" is not read
                // back to its start for each suffix in it)
                let floor = m.start().saturating_sub(MAX_HOST);
                let mut s = m.start();
                while s > floor
                    && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'-' | b'.'))
                {
                    s -= 1;
                }
                // (a run longer than any host is no one host: read back to its start, or to
                // what the last one read covers, and redacted whole below)
                let in_host = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.');
                let over_long = s == floor && s > 0 && in_host(b[s - 1]);
                if over_long {
                    while s > covered && in_host(b[s - 1]) {
                        s -= 1;
                    }
                }
                while s < m.start() && matches!(b[s], b'.' | b'-') {
                    s += 1;
                }
                let first_label = text[s..m.start()].split('.').next().unwrap_or("");
                let prev = s.checked_sub(1).map(|i| b[i]);
                let scheme = text[..s].ends_with("://") || first_label.eq_ignore_ascii_case("www");
                if !over_long
                    && (first_label.len() < 2 || scheme || matches!(prev, Some(b'@' | b'/' | b'-')))
                {
                    continue; // "e.g.", a URL the scheme pattern took, part of an e-mail address
                }
                if b.get(e) == Some(&b'@') {
                    continue;
                }
                // the rest of the host ("roberts.edu" + ".au"): the first top-level domain
                // found need not be the last label
                let mut end = e;
                // (a label in lower case: "x.com.The next…" is a sentence glued on)
                while b.get(end) == Some(&b'.')
                    && b.get(end + 1)
                        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                {
                    end += 1;
                    while end < b.len() && b[end].is_ascii_alphanumeric() | (b[end] == b'-') {
                        end += 1;
                    }
                }
                if b.get(end) == Some(&b'/') {
                    while end < b.len()
                        && !b[end].is_ascii_whitespace()
                        && !matches!(b[end], b'<' | b'>' | b'"' | b'\'' | b'[' | b']')
                    {
                        end += 1;
                    }
                }
                covered = if over_long {
                    // (past DNS's limit: what it holds is not read — redacted, fail closed, and
                    // not read again for each suffix in it)
                    push(out, s, end, Kind::Url);
                    end
                } else {
                    self.url_finding(text, tail, s, end, lex, out, protected)
                };
            }
        }
        if memchr::memchr(b':', b).is_some() {
            ipv6(text, out);
        }
        if !has_digit {
            return;
        }
        validated(&self.ipv4, text, |s, e| {
            let ok = text[s..e]
                .split('.')
                .all(|o| o.parse::<u16>().is_ok_and(|v| v <= 255));
            let versionish =
                b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit);
            ok && !versionish
        })
        .for_each(|(s, e)| push(out, s, e, Kind::Ip));
    }

    /// `tail`: where the text's closing white space begins (worked out once per text, not
    /// once per URL before a long blank tail).
    #[allow(clippy::too_many_arguments)]
    fn url_finding(
        &self,
        text: &str,
        tail: usize,
        start: usize,
        end: usize,
        lex: &Lexicon,
        out: &mut Vec<Finding>,
        protected: &mut Vec<(usize, usize)>,
    ) -> usize {
        // a URL longer than a browser takes is judged by nothing in it: redacted whole, fail
        // closed (a long token of glued URLs is then read once, not to its end for each)
        if end - start > MAX_URL {
            let url =
                text[start..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', '"']);
            push(out, start, start + url.len(), Kind::Url);
            return start + url.len();
        }
        let end = start + url_len(&text[start..end]);
        let url = &text[start..end];
        // a help service's or public body's site stays, whoever calls it theirs ("I write on
        // the forums at beyondblue.org.au")
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
        // (but a person's page on a directory is the person's: "psychologytoday.com/us/
        // therapists/jane-doe-lcsw/123456")
        let lower_rest = rest.to_ascii_lowercase();
        // (with something after the word: "…/therapists/" alone is the directory's search)
        let profile = [
            "/therapists/",
            "/counsellors/",
            "/counselors/",
            "/profile/",
            "/providers/",
            "/people/",
        ]
        .iter()
        .any(|p| {
            lower_rest.find(p).is_some_and(|at| {
                lower_rest[at + p.len()..]
                    .trim_end_matches(['/', '.', ',', ')'])
                    .chars()
                    .any(char::is_alphanumeric)
            })
        });
        let lower_host = host.to_ascii_lowercase();
        // (an article cited by its DOI is a publication: "…/doi/full/10.1176/appi.ajp.162.1.151")
        let publication = lower_rest.contains("/doi/") && lower_rest.contains("/10.")
            || lower_host == "doi.org"
            || lower_host.ends_with(".doi.org");
        let public_host =
            publication || lex.is_public_host(&lower_host) || lex.is_public_host_typo(&lower_host);
        // a university hosts its people's own pages: "~name" in the path, or the writer says
        // it is their site ("my portfolio www.thomas.edu")
        let academic = lower_host.split('.').any(|l| matches!(l, "edu" | "ac"));
        // (the writer's words before it are read once, and only where they can decide)
        let own = (academic || profile || !public_host) && own_site(text, start);
        let own_page = academic && (rest.contains("/~") || own);
        let public = !profile && !own_page && public_host;
        // a commercial site's home page that ends the message: how a practice signs off
        // ("…a complimentary 15 minute video consult here: abalancedapproach.com"); an article
        // (a path) or an organisation's site (.org) that ends a message is a reference
        let home = rest
            .split_once('/')
            .is_none_or(|(_, path)| path.trim_matches('/').is_empty());
        let commercial = lower_host.rsplit('.').next().is_some_and(|tld| {
            matches!(
                tld,
                "com" | "net" | "biz" | "info" | "ca" | "us" | "uk" | "au" | "nz" | "ie"
            )
        }) && !lower_host.contains(".org.")
            && !lower_host.contains(".gov");
        // (no subdomain but www: "relationship.supportgroups.com" is a service's section)
        let bare = lower_host.trim_start_matches("www.").matches('.').count() == 1
            || lower_host.ends_with(".co.uk")
            || lower_host.ends_with(".com.au");
        // (a name made of everyday words, as practices are named — not a brand: "spotify.com")
        let name = lower_host
            .trim_start_matches("www.")
            .split('.')
            .next()
            .unwrap_or("");
        let signs_off = home && commercial && bare && end >= tail && lex.compound(name);
        // a site its sentence calls a blog is one writer's ("the www.letsqueerthingsup.com blog")
        let blog = !public_host && called_blog(text, end);
        // (a directory's page of one person: "psychologytoday.com/us/therapists/jane-doe/123")
        let profile_page = profile && public_host;
        if profile_page
            || !public
                && (own_page || signs_off || own || blog || identifies(url, lex, public_host))
        {
            push(out, start, end, Kind::Url);
        } else {
            protected.push((start, end));
        }
        end
    }
}

/// A help service's shared mailbox ("jo@samaritans.org", "info@mind.org.uk"): a role, not a
/// person, before the @ of a public service's domain. A person's address there
/// ("j.smith@nhs.net") is theirs.
fn public_mailbox(email: &str, lex: &Lexicon) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let local = local.to_ascii_lowercase();
    let role = matches!(
        local.as_str(),
        "info"
            | "help"
            | "helpline"
            | "support"
            | "contact"
            | "enquiries"
            | "enquiry"
            | "hello"
            | "admin"
            | "office"
            | "referrals"
            | "crisis"
            | "chat"
            | "text"
            | "feedback"
            | "complaints"
            | "media"
            | "press"
            | "services"
            | "reception"
            | "appointments"
            | "intake"
    );
    let domain = domain.to_ascii_lowercase();
    // the Samaritans' own mailbox is "jo" (a person called Jo elsewhere is a person)
    let samaritans = local == "jo" && matches!(domain.as_str(), "samaritans.org" | "samaritans.ie");
    samaritans || role && lex.is_public_host(&domain)
}

/// Whether the text holds "[at]", "(at)", "{at}" (any case) or " dot "/" DOT ", where a
/// spelled-out address may be: found from the closing brackets and a substring search, cheaper
/// per message than a case-insensitive automaton over every byte.
fn spelled_mark(b: &[u8], dot: &[memchr::memmem::Finder<'static>; 2]) -> bool {
    memchr::memchr3_iter(b']', b')', b'}', b).any(|i| {
        i >= 3 && b[i - 2..i].eq_ignore_ascii_case(b"at") && matches!(b[i - 3], b'[' | b'(' | b'{')
    }) || dot.iter().any(|f| f.find(b).is_some())
}

/// Whether the text holds "://", "www." or "WWW." (where the URL pattern can start): found from
/// the colons and dots, which a vector search skips to; a substring searcher per message costs
/// more than that on chat-length text.
fn url_mark(b: &[u8]) -> bool {
    memchr::memchr_iter(b':', b).any(|i| b[i + 1..].starts_with(b"//"))
        || memchr::memchr_iter(b'.', b).any(|i| i >= 3 && matches!(&b[i - 3..i], b"www" | b"WWW"))
}

/// The longest host name DNS allows.
const MAX_HOST: usize = 253;
/// The longest URL read as one (browsers' practical limit): a longer one is redacted whole.
const MAX_URL: usize = 2048;

/// Where the URL pattern's next match starts in `rest`, a run of text the pattern matched to
/// its end: a scheme or "www." (either case, as the pattern) with something after it.
fn url_start(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    (0..b.len()).find(|&i| {
        let tail = &b[i..];
        ["https://", "http://", "www."]
            .iter()
            .any(|p| tail.len() > p.len() && tail[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// The length of a URL as written, without what runs on after it: trailing punctuation, a
/// closing bracket it did not open, a word glued to a file name ("…/guide.pdfBased on").
fn url_len(raw: &str) -> usize {
    let mut s = raw;
    // "…?program_id=11035http://next.org": a second URL glued on (the first scheme is found in
    // one pass: a run of glued URLs is read once, not once for each)
    if let Some((i, _)) = s[1..]
        .match_indices("http")
        .find(|&(i, _)| s[1 + i + 4..].starts_with("://") || s[1 + i + 4..].starts_with("s://"))
    {
        s = &s[..i + 1];
    }
    if let Some(i) = s.find(')')
        && !s[..i].contains('(')
    {
        s = &s[..i];
    }
    for ext in [".html", ".htm", ".pdf", ".aspx", ".asp", ".php", ".jsp"] {
        if let Some(i) = s.find(ext) {
            let after = &s[i + ext.len()..];
            if after.starts_with(|c: char| c.is_ascii_uppercase()) {
                s = &s[..i + ext.len()];
            }
        }
    }
    s.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', '"'])
        .len()
}

/// Words shortly before a URL that make it the writer's own ("my blog: …", "an article I wrote").
const OWN_SITE_CUES: &[&str] = &[
    "my blog",
    "my website",
    "my personal website",
    "my personal site",
    "my personal blog",
    "my own website",
    "my own site",
    "my tumblr",
    "my insta",
    "my instagram",
    "my twitter",
    "my tiktok",
    "my youtube",
    "my etsy",
    "my linktree",
    "my substack",
    "my web site",
    "my site",
    "my page",
    "my story",
    "my channel",
    "my profile",
    "my podcast",
    "my article",
    "my articles",
    "my book",
    "my practice",
    "my shop",
    "my fundraiser",
    "my portfolio",
    "my account",
    "my newsletter",
    "our website",
    "our site",
    "our practice",
    "our blog",
    "i wrote",
    "i write",
    "i blog",
    "i made",
    "i post",
    "i started",
    "find me",
    "follow me",
    "visit me",
    "my latest",
    "page about me",
    "post about me",
    "site about me",
    "photos of me",
    "pictures of me",
    "video of me",
];

/// Whether the writer introduces the URL as their own, or signs with it.
fn own_site(text: &str, start: usize) -> bool {
    // (a clause back: "I wrote a post about this a while back, you can find it here: …")
    let window = super::text::before(text, start, 100);
    // "feel free to contact me, Catherine at clevelandemotionalhealth.com": the writer's way to
    // be reached, "at" the site (not "don't contact me again … read this: …")
    let reach_me = window.trim_end().ends_with(" at")
        && ["contact me", "reach me", "email me", "e-mail me"]
            .iter()
            .any(|c| window.contains(c));
    reach_me
        || OWN_SITE_CUES.iter().any(|c| window.contains(c))
        || super::text::in_signature(text, start)
}

/// Whether the text calls the URL ending at `end` a blog straight after it: "the
/// www.letsqueerthingsup.com blog", "www.x.com is a blog from a writer I know" (not "I don't
/// blog anymore but I read www.theguardian.com", "the blog on www.additudemag.com").
fn called_blog(text: &str, end: usize) -> bool {
    let after = text[end..].trim_start_matches([')', ' ']);
    let words: Vec<&str> = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    match words.as_slice() {
        [w, ..] if w.eq_ignore_ascii_case("blog") => true,
        ["is", "a" | "my" | "her" | "his", rest @ ..] => {
            rest.iter().take(2).any(|w| w.eq_ignore_ascii_case("blog"))
        }
        _ => false,
    }
}

/// Blog and site-builder hosts where a subdomain is one person's site.
const PERSONAL_HOSTS: &[&str] = &[
    "wordpress.com",
    "blogspot.com",
    "tumblr.com",
    "substack.com",
    "wixsite.com",
    "squarespace.com",
    "weebly.com",
    "github.io",
    "medium.com",
    "livejournal.com",
    "typepad.com",
];
/// Social networks and payment apps: a path there is a person's profile or handle.
const SOCIAL_HOSTS: &[&str] = &[
    "instagram.com",
    "facebook.com",
    "fb.com",
    "twitter.com",
    "x.com",
    "tiktok.com",
    "linkedin.com",
    "youtube.com",
    "youtu.be",
    "reddit.com",
    "snapchat.com",
    "pinterest.com",
    "tumblr.com",
    "twitch.tv",
    "github.com",
    "soundcloud.com",
    "venmo.com",
    "cash.app",
    "paypal.me",
    "t.me",
    "wa.me",
    "threads.net",
    "bsky.app",
    "mastodon.social",
    "onlyfans.com",
    "patreon.com",
    "gofundme.com",
    "flickr.com",
    "vimeo.com",
    "discord.gg",
    "discord.com",
    // a person's link page, booking page or tip jar
    "linktr.ee",
    "calendly.com",
    "about.me",
    "ko-fi.com",
    "buymeacoffee.com",
    "beacons.ai",
];

/// Words in a host that make it a practitioner's own site ("keithcounseling.com").
const PRACTICE_WORDS: &[&str] = &[
    "lcsw",
    "lpc",
    "lpcc",
    "lmft",
    "lmhc",
    "lcpc",
    "mft",
    "phd",
    "psyd",
    "counseling",
    "counselling",
    "therapy",
    "therapist",
    "psychotherapy",
    "psychology",
    "psych",
    "coaching",
    "wellness",
    "healing",
    "heals",
];

/// Whether a URL identifies a person or a private practice (it is redacted) rather than
/// pointing at a public resource (it stays): help services, public bodies and universities,
/// organisations, published articles. A person's own site is told by a name, a credential or a
/// practice word in its host ("keithcounseling.com", "sarahmcintyrelpc.com"), a personal blog
/// platform, a CamelCase host ("www.MarkMorrisLCSW.com"), a user part or an e-mail address in
/// the query. A site with none of these stays — the known limit: a practice named without a
/// person's name or a practice word ("abalancedapproach.com") is taken for a public site.
///
/// `public_host`: the caller's answer to whether the host is a public body's (looked up once
/// per URL).
fn identifies(url: &str, lex: &Lexicon, public_host: bool) -> bool {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let (authority, path_and_query) = match rest.find(['/', '?', '#']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    if authority.contains('@') {
        return true;
    }
    let query = path_and_query.split_once('?').map_or("", |(_, q)| q);
    if query.contains('@') {
        return true;
    }
    let host_raw = authority.split(':').next().unwrap_or("");
    let host = host_raw.to_ascii_lowercase();
    if public_host {
        return false;
    }
    let bare_host = host.trim_start_matches("www.").trim_start_matches("m.");
    let has_path = path_and_query.trim_matches(['/', '?', '#']).len() > 1;
    // a community or a video is anyone's to read ("reddit.com/r/anxiety", "youtube.com/watch?v=…")
    // — a post in it, a channel or a user is someone's
    let path = path_and_query.trim_end_matches('/');
    // (not a user's own community, "r/u_jessm22", nor a video link naming its channel)
    let community = bare_host.ends_with("reddit.com")
        && path
            .strip_prefix("/r/")
            .is_some_and(|r| !r.is_empty() && !r.contains('/') && !r.starts_with("u_"));
    let video = (bare_host.ends_with("youtube.com") && path.starts_with("/watch?v=")
        || bare_host == "youtu.be")
        && !path.contains("channel=");
    if has_path
        && !community
        && !video
        && SOCIAL_HOSTS
            .iter()
            .any(|s| bare_host == *s || bare_host.ends_with(&format!(".{s}")))
    {
        return true; // a profile, a post, a fundraiser: someone's own page
    }
    // a video call's room is the clinician's or the client's ("doxy.me/drsmith",
    // "zoom.us/j/5551234567", "meet.google.com/abc-defg-hij")
    let room = matches!(
        bare_host,
        "doxy.me" | "meet.google.com" | "whereby.com" | "meet.jit.si" | "vsee.me"
    ) || bare_host.ends_with("zoom.us")
        && ["/j/", "/my/", "/w/"].iter().any(|p| path.starts_with(p))
        || bare_host == "teams.microsoft.com" && path.starts_with("/l/meetup-join")
        || bare_host == "open.spotify.com" && path.starts_with("/user/");
    if has_path && room {
        return true;
    }
    let labels: Vec<&str> = bare_host.split('.').collect();
    if PERSONAL_HOSTS
        .iter()
        .any(|p| host.ends_with(&format!(".{p}")) || host == *p && path_and_query.contains("/@"))
    {
        return true;
    }
    let public_suffix = |l: &str| {
        matches!(
            l,
            "gov" | "edu" | "mil" | "int" | "ac" | "govt" | "nhs" | "gc"
        )
    };
    if labels.iter().any(|l| public_suffix(l)) {
        // a university or a public body — but no institution is named for two people
        // ("keith-ortiz.edu.au"); and an academic host that is nothing but a surname and no
        // university on the public list ("roberts.edu.au", "porter.ac.nz") is not known to be
        // public: it fails closed
        let first = labels.first().copied().unwrap_or("");
        // (the institution's label, just before "edu"/"ac": "staff.porter.ac.nz"; not one of
        // the commonest words: "my.")
        let institution = labels
            .iter()
            .position(|l| matches!(*l, "edu" | "ac"))
            .and_then(|i| i.checked_sub(1))
            .map(|i| labels[i]);
        let surname_host = institution
            .is_some_and(|n| surname_like(n, lex) && lex.flags(n) & super::lexicon::COMMON == 0);
        return first.contains('-') && unknown_words(first, lex) || surname_host;
    }
    // the registrable name: the label before the public suffix (".com", ".co.uk", ".school.nz")
    let name_at = psl::domain_str(bare_host)
        .map(|d| labels.len() - d.split('.').count())
        .unwrap_or(labels.len().saturating_sub(2));
    // "www.LivingYes.org.Be…": a sentence glued on after the URL makes "org" the name
    let name_at = if name_at > 0 && matches!(labels[name_at], "co" | "org" | "com" | "net") {
        name_at - 1
    } else {
        name_at
    };
    let name = labels.get(name_at).copied().unwrap_or("");
    let raw_name = host_raw
        .trim_start_matches("www.")
        .trim_start_matches("WWW.")
        .split('.')
        .nth(name_at)
        .unwrap_or("");
    let camel = raw_name
        .char_indices()
        .skip(1)
        .filter(|(_, c)| c.is_ascii_uppercase())
        .count()
        >= 1
        && raw_name.starts_with(|c: char| c.is_ascii_uppercase())
        && raw_name.bytes().any(|c| c.is_ascii_lowercase());
    // "williams.org", "lopez-rhodes.com", "sheil.net", "osheil.info": a host that is
    // nothing but names
    let all_names = !name.is_empty()
        && name
            .split('-')
            .all(|p| p.len() >= 3 && surname_like(p, lex));
    if camel
        || all_names
        || unknown_words(name, lex)
        || PRACTICE_WORDS.iter().any(|w| name.contains(w))
        || starts_with_person(name, lex)
    {
        return true;
    }
    // no sign of a person: a site or an article anyone may read
    false
}

/// A listed name, a rare surname that is no word, or an Irish "O'" surname written without its
/// apostrophe ("osheil", "oconnor").
fn surname_like(p: &str, lex: &Lexicon) -> bool {
    use super::lexicon::{FIRST_NAME, SURNAME};
    if lex.flags(p) & (FIRST_NAME | SURNAME) != 0 || lex.rare_surname(p) {
        return true;
    }
    let rest = p.strip_prefix('o').unwrap_or("");
    rest.len() >= 4
        && (lex.flags(rest) & SURNAME != 0 || rest.len() >= 5 && lex.rare_surname(rest))
        && lex.flags(p) & super::lexicon::KNOWN_WORD == 0
        && !lex.compound(p)
}

/// "gilsenan-deehan", "bright-jones": a hyphenated name whose every part is a name or a word of
/// five letters or more in no vocabulary and no list of terms — surnames the name lists lack, as a practice or a
/// family firm is named. Words glued together ("talk-tofrank") are a public site's.
fn unknown_words(name: &str, lex: &Lexicon) -> bool {
    use super::lexicon::{FOREIGN_WORD, ORDINARY_WORD, PHRASE_WORD, RARE, REGION, TOWN, VOCAB};
    let known = VOCAB | RARE | ORDINARY_WORD | FOREIGN_WORD | REGION | TOWN | PHRASE_WORD;
    let parts: Vec<&str> = name.split('-').collect();
    let plain = |p: &str| p.len() >= 3 && p.bytes().all(|c| c.is_ascii_lowercase());
    if !parts.iter().all(|p| plain(p)) || lex.is_public_handle(name) {
        return false;
    }
    // (an unknown part of four letters or fewer is as often an acronym: "pflag-nyc.org")
    let unknown = |p: &str| p.len() >= 5 && lex.flags(p) & known == 0 && !lex.compound(p);
    if parts.len() == 1 {
        // one unknown word is as often an acronym or a coined name ("iceeft", "mywcss") — but
        // not with a Gaelic surname's prefix ("mcgreal", "machenry")
        let gaelic = ["mc", "mac"]
            .iter()
            .any(|p| name.len() >= p.len() + 3 && name.starts_with(p) && !lex.compound(name));
        return (gaelic || surname_shaped(name) && !lex.compound(name))
            && lex.flags(name) & known == 0;
    }
    // every part a name or an unknown word, and one of them no everyday word ("shaw-hall",
    // "akhtar-miller"; not "black-dog", "young-minds")
    let listed = |p: &str| surname_like(p, lex);
    parts.iter().all(|p| unknown(p) || listed(p))
        && parts
            .iter()
            .any(|p| unknown(p) || listed(p) && lex.flags(p) & VOCAB == 0)
}

/// An unknown word read as a surname by its shape: six to ten letters, said as written (every
/// consonant run of two letters or fewer, at least two vowel groups) and ending the way British
/// and Irish surnames end ("heraty", "smullen", "meenaghan", "hepenstall") — not an acronym
/// ("iitap", "mywcss") nor a brand built of sounds ("spotify", "zillow").
fn surname_shaped(name: &str) -> bool {
    const ENDS: &[&str] = &[
        "an", "en", "in", "on", "ey", "ty", "ly", "ll", "gh", "ck", "rn", "ld", "ie", "ke", "ne",
        "ry", "ney", "ton", "son", "ham", "ley", "hall", "stall", "well", "more",
    ];
    let b = name.as_bytes();
    if !(6..=10).contains(&b.len()) || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let (mut run, mut groups, mut prev_vowel) = (0, 0, false);
    for &c in b {
        if vowel(c) {
            groups += usize::from(!prev_vowel);
            run = 0;
            prev_vowel = true;
        } else {
            run += 1;
            prev_vowel = false;
            if run > 2 {
                return false;
            }
        }
    }
    groups >= 2 && ENDS.iter().any(|e| name.ends_with(e))
}

/// "markmorrislcsw", "staceybshapiro", "keithcounseling": a listed first name, then a surname,
/// an initial and a surname, or a credential.
fn starts_with_person(name: &str, lex: &Lexicon) -> bool {
    // "drjanesmith": a doctor's title before the name
    if let Some(rest) = name.strip_prefix("dr")
        && person_at_start(rest, lex)
    {
        return true;
    }
    person_at_start(name, lex)
}

fn person_at_start(name: &str, lex: &Lexicon) -> bool {
    use super::lexicon::{FIRST_NAME, SURNAME};
    let b = name.as_bytes();
    (4..=name.len().min(10)).any(|n| {
        if !name.is_char_boundary(n) || lex.flags(&name[..n]) & FIRST_NAME == 0 {
            return false;
        }
        let rest = &name[n..];
        // "staceybshapiro": a middle initial before the surname
        let surname_part =
            if rest.len() > 4 && b[n].is_ascii_alphabetic() && lex.flags(&rest[1..]) & SURNAME != 0
            {
                &rest[1..]
            } else {
                rest
            };
        let practice = |s: &str| PRACTICE_WORDS.iter().any(|w| s.starts_with(w));
        practice(rest)
            || (3..=surname_part.len()).any(|m| {
                surname_part.is_char_boundary(m)
                    && lex.flags(&surname_part[..m]) & SURNAME != 0
                    && (m == surname_part.len() || practice(&surname_part[m..]))
            })
    })
}

fn push(out: &mut Vec<Finding>, start: usize, end: usize, kind: Kind) {
    out.push(Finding { start, end, kind });
}

/// Social-media handles (`@name`): an account is a unique identifier. Not the `@` inside an
/// e-mail address, not a help service's own handle; at least one letter (so "@ 5" or "@2pm"
/// stay).
fn handles(text: &str, lex: &Lexicon, out: &mut Vec<Finding>, protected: &mut Vec<(usize, usize)>) {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    for at in memchr::memchr_iter(b'@', b) {
        if at > 0 && (word(b[at - 1]) || matches!(b[at - 1], b'.' | b'%' | b'+' | b'-')) {
            continue; // inside an e-mail address or a word
        }
        let mut end = at + 1;
        while end < b.len() && end - at <= 30 && (word(b[end]) || b[end] == b'.') {
            end += 1;
        }
        while end > at + 1 && b[end - 1] == b'.' {
            end -= 1;
        }
        let handle = &text[at + 1..end];
        if handle.len() < 2
            || !handle.bytes().any(|c| c.is_ascii_alphabetic())
            || b.get(end) == Some(&b'@')
        {
            continue;
        }
        if lex.is_public_handle(handle) {
            protected.push((at, end));
            continue;
        }
        if handle.len() <= 4 && handle.bytes().any(|c| c.is_ascii_digit()) {
            let lower = handle.to_ascii_lowercase();
            if lower.ends_with("am") || lower.ends_with("pm") {
                continue; // "@5pm"
            }
        }
        push(out, at, end, Kind::Id);
    }
}

/// A run of hex digits and colons that parses as an IPv6 address.
fn ipv6(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let run = |c: u8| c.is_ascii_hexdigit() || c == b':';
    // (every address holds a colon: only the runs around colons are read)
    let mut read_to = 0;
    for colon in memchr::memchr_iter(b':', b) {
        if colon < read_to {
            continue;
        }
        let mut start = colon;
        while start > 0 && run(b[start - 1]) {
            start -= 1;
        }
        let mut i = colon;
        while i < b.len() && run(b[i]) {
            i += 1;
        }
        read_to = i;
        let mut cand = &text[start..i];
        if cand.len() < 6 || cand.bytes().filter(|&c| c == b':').count() < 2 {
            continue;
        }
        if !standalone(text, start, i) {
            continue;
        }
        while cand.ends_with(':') && !cand.ends_with("::") {
            cand = &cand[..cand.len() - 1];
        }
        if cand.parse::<Ipv6Addr>().is_ok() {
            push(out, start, start + cand.len(), Kind::Ip);
        }
    }
}
