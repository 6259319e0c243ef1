use super::*;
use crate::model::{Message, Role};
use proptest::prelude::*;

fn kinds(text: &str) -> Vec<(&str, Kind)> {
    Detector::get()
        .detect(text)
        .into_iter()
        .map(|f| (&text[f.start..f.end], f.kind))
        .collect()
}

#[test]
fn structured_identifiers_are_validated_not_just_matched() {
    assert_eq!(
        kinds("card 4111 1111 1111 1111 ok"),
        vec![("4111 1111 1111 1111", Kind::Card)]
    );
    assert!(
        kinds("card 4111 1111 1111 1112 ok")
            .iter()
            .all(|(_, k)| *k != Kind::Card)
    );
    assert_eq!(
        kinds("it is 123-45-6789."),
        vec![("123-45-6789", Kind::Ssn)]
    );
    assert!(
        kinds("it is 666-45-6789.").is_empty(),
        "area 666 is never issued"
    );
    assert_eq!(
        kinds("from 192.168.1.20 today"),
        vec![("192.168.1.20", Kind::Ip)]
    );
    assert!(kinds("version 300.1.2.4 today").is_empty());
    assert_eq!(
        kinds("GB82 WEST 1234 5698 7654 32"),
        vec![("GB82 WEST 1234 5698 7654 32", Kind::Account)]
    );
    assert_eq!(
        kinds("VIN 1M8GDM9AXKP042788"),
        vec![("1M8GDM9AXKP042788", Kind::Vehicle)]
    );
}

#[test]
fn context_words_turn_numbers_into_identifiers() {
    assert_eq!(kinds("my MRN is 00123456"), vec![("00123456", Kind::Mrn)]);
    assert!(kinds("I walked 00123456 steps").is_empty());
    assert_eq!(kinds("zip code 90210"), vec![("90210", Kind::Zip)]);
    assert!(kinds("I paid 90210 for it").is_empty());
    assert_eq!(
        kinds("serial number: SN-48213-XK."),
        vec![("SN-48213-XK", Kind::Device)]
    );
}

#[test]
fn help_lines_and_organisations_stay() {
    for text in [
        "call 988 or text HOME to 741741",
        "Samaritans are on 116 123",
        "the lifeline 1-800-273-8255 helped",
        "see https://988lifeline.org/chat",
        "the Trevor Project and Mind",
        "it has been six months",
        "Griefline is on 1300 845 745",
        "call ALONE on 0818 222 024 or Talk to Frank",
    ] {
        assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
    }
    assert_eq!(
        kinds("call me on 0207 946 0958"),
        vec![("0207 946 0958", Kind::Phone)]
    );
}

#[test]
fn names_from_lists_and_from_cues() {
    assert_eq!(kinds("I spoke to Emily today"), vec![("Emily", Kind::Name)]);
    assert_eq!(
        kinds("my name is Zorblax Quenn."),
        vec![("Zorblax Quenn", Kind::Name)]
    );
    assert_eq!(kinds("Dr. Okonkwo said so"), vec![("Okonkwo", Kind::Name)]);
    assert_eq!(kinds("my sister Hope is here"), vec![("Hope", Kind::Name)]);
    assert!(kinds("I hope you are well. Will you call?").is_empty());
    assert_eq!(kinds("my name is emily"), vec![("emily", Kind::Name)]);
    assert_eq!(kinds("Emily's mum"), vec![("Emily", Kind::Name)]);
    // a sentence break ends a name; an initial's full stop does not; titles are not names
    assert_eq!(
        kinds("with my sister Maya. Nights are hard"),
        vec![("Maya", Kind::Name)]
    );
    assert_eq!(
        kinds("I met John F. Kemper"),
        vec![("John F. Kemper", Kind::Name)]
    );
    assert_eq!(
        kinds("my therapist Dr. Okafor said"),
        vec![("Okafor", Kind::Name)]
    );
}

fn of_kind(text: &str, kind: Kind) -> Vec<&str> {
    kinds(text)
        .into_iter()
        .filter(|(_, k)| *k == kind)
        .map(|(s, _)| s)
        .collect()
}

#[test]
fn names_in_chat_forms_and_signatures() {
    fn names(t: &str) -> Vec<&str> {
        of_kind(t, Kind::Name)
    }
    // lowercase chat: a name and the surname after it, with a cue before or a verb after
    assert_eq!(names("yeah nadia okonjo said that"), ["nadia okonjo"]);
    assert_eq!(
        names("its tadhg brennock from the group"),
        ["tadhg brennock"]
    );
    assert_eq!(names("cheers again, siobhan quirke"), ["siobhan quirke"]);
    assert_eq!(names("my gf ruby says im fine"), ["ruby"]);
    assert_eq!(names("ok ruth i hear you"), ["ruth"]);
    assert_eq!(names("lol oisin said no"), ["oisin"]);
    assert_eq!(names("my dad tadhg said no"), ["tadhg"]);
    // …and not the words around them
    for clean in [
        "i havent told anyone",
        "oh honey i know",
        "the bill said no",
        "a good therapist will help you",
        "some days im fine and then not",
        "lol ppl said that",
        "my ex will never change",
        "oh hope you feel better",
        "thanks alot!",
        "lol whyyy?",
        "my bf definately said that",
        "City: Unknown",
        "Name: Withheld",
    ] {
        assert!(names(clean).is_empty(), "{clean}: {:?}", names(clean));
    }
    // a form's name field is all name; "name" before an everyday word makes it one
    assert_eq!(
        names("Name: Maria Luisa French\nDOB: 2 May"),
        ["Maria Luisa French"]
    );
    assert_eq!(names("Name: April K. Holt"), ["April K. Holt"]);
    assert_eq!(names("first name Heather, surname Ng"), ["Heather", "Ng"]);
    assert!(names("an event called Dissociation").is_empty());
    // a form's label asking for a person, a case note's role, greetings in other words
    assert_eq!(names("Given names: Carol\nPPS number: 1"), ["Carol"]);
    assert_eq!(
        names("Name of person at risk: Gavin Lucid\n"),
        ["Gavin Lucid"]
    );
    assert_eq!(names("Next of kin: David Lowe"), ["David Lowe"]);
    assert_eq!(names("Signed: Dean"), ["Dean"]);
    assert_eq!(names("— client Brad, telehealth link sent"), ["Brad"]);
    assert_eq!(names("Morning Victor! How's the head today"), ["Victor"]);
    assert_eq!(names("Kia ora Andrea, I've booked you in"), ["Andrea"]);
    assert_eq!(names("im declan hmu on insta"), ["declan"]);
    assert_eq!(
        names("heather wilson is such a creep tbh"),
        ["heather wilson"]
    );
    assert_eq!(
        names("Hello Poppy Aldridge, your counsellor has sent a link"),
        ["Poppy Aldridge"]
    );
    assert_eq!(names("Can you text Jordan on the weekend?"), ["Jordan"]);
    assert_eq!(
        names("Hi Mark, it's Mrs. Richards here"),
        ["Mark", "Richards"]
    );
    assert_eq!(names("Hey, maria here (he/him), 19"), ["maria"]);
    assert_eq!(
        names("rebecca and bobby are the only reasons"),
        ["rebecca", "bobby"]
    );
    assert_eq!(
        names("Respectfully,\nEmmet Cronly\nUnit 6073 Box 8590"),
        ["Emmet Cronly"]
    );
    // British and Irish given names the census list lacks
    assert_eq!(
        names("tbh aoife is the only one who checks on me"),
        ["aoife"]
    );
    for clean in [
        "I love Georgia so much",
        "Red Bull and two hours' sleep",
        "vin number 1M8GDM9AXKP042788",
        "Hindi ko na kaya, I can't do this anymore",
        "Kind regards,\nThe Wellbeing Team",
        "Thnaks for helping",
        "Mac and cheese from the box is all I can make",
        "lol Hope you all have a gentle night",
        "makes me think of Mum\nCurrent suburb: none",
        "Bas, I can't take it anymore yaar.",
        "CLIENT: yeah um",
        "jack green from school",
        "will power is overrated",
        "Te Whatu Ora sent me a letter",
    ] {
        assert!(names(clean).is_empty(), "{clean}: {:?}", names(clean));
    }
    // a signature under a sign-off in another language
    assert_eq!(names("Ngā mihi nui,\nRawiri Jansen"), ["Rawiri Jansen"]);
}

#[test]
fn real_writing_slips_are_no_names() {
    fn names(t: &str) -> Vec<&str> {
        of_kind(t, Kind::Name)
    }
    // typos, drawn-out words, phrases and sentences run together, from therapists' answers
    for clean in [
        "things we might otherwise miss. Hope this helps!",
        "Has she ben ostracized or bullied by her peers",
        "It isa way of showing that you care.",
        "what are called open-ended questions",
        "a problem if she was 10. Pedophelia, is a whole other problem",
        "they are protected. Animsls can help, even so",
        "Oh, really! Agaiiiiiiin, you say?",
        "watching a ted talk on the secret",
        "a break up with the father. People told him he was using me",
        "We hung out and Skyped to sleep every night",
        "I'm a man, and I'm soon to be married.",
        "Even said she hopes I can do it.",
        "Dx: GAD with comorbid MDD. Tx: CBT, 12 sessions.",
        "Bloods for FBC, U&E, LFTs, lipids.",
        "This account keeps DMing my little sister",
        "Moved interstate to Victoria after the breakup",
        "Sat in the ute at the servo for an hour",
        "Aigoo, my parents would never understand",
    ] {
        assert!(names(clean).is_empty(), "{clean}: {:?}", names(clean));
    }
    assert!(of_kind("alcohol, weed.Therapy that is humanistic", Kind::Url).is_empty());
    // …while a surname a letter off a word, a sign-off glued on and a name that reports stay
    assert_eq!(names("Welcome, Jamie McCadam. I'm here"), ["Jamie McCadam"]);
    assert_eq!(names("Be wellRobin Landwehr, LPC"), ["Robin Landwehr"]);
    assert_eq!(names("Or like Robin alluded to, it helps"), ["Robin"]);
    assert_eq!(names("Dr. Hope said hi"), ["Hope"]);
    assert_eq!(names("hi i'm john dean, my therapist said"), ["john dean"]);
    assert_eq!(
        names("take advantage of.Stephanie C, MA, LPCC"),
        ["Stephanie C"]
    );
}

#[test]
fn plates_where_a_vehicle_is_talked_about_and_ages_after_kin() {
    let plates = |t| of_kind(t, Kind::Vehicle);
    assert_eq!(
        plates("I wrote down 1-N3186 before it drove off"),
        ["1-N3186"]
    );
    assert_eq!(
        plates("a grey ute, KTB 109, keeps parking there"),
        ["KTB 109"]
    );
    assert_eq!(plates("his car was SD9 09H"), ["SD9 09H"]);
    assert_eq!(plates("it was 43L\u{2022}231 I think"), ["43L\u{2022}231"]);
    for clean in [
        "I drove down US 101 at 3AM",
        "since 2020 I'd say, before I could drive",
        "the 1800 ED HOPE line, I called it from the car",
        "Got my DD214 and then I just drove",
        "took 500MG before driving",
        "WJU 974",
    ] {
        assert!(plates(clean).is_empty(), "{clean}: {:?}", plates(clean));
    }
    let ages = |t| of_kind(t, Kind::Age);
    assert_eq!(ages("gran's 94 now"), ["94"]);
    assert_eq!(ages("grandad, 97, lives alone"), ["97"]);
    assert_eq!(ages("mum (92) has dementia"), ["92"]);
    assert_eq!(ages("at the age of 94"), ["94"]);
    assert_eq!(ages("she's 95 y.o."), ["95 y.o."]);
    assert_eq!(ages("my 91yo nan"), ["91yo"]);
    assert_eq!(ages("Margaret, 96, lives alone"), ["96"]);
    for clean in [
        "my mum, 95 times a day",
        "In Step 3, 95, then",
        "heart rate is now 95",
    ] {
        assert!(ages(clean).is_empty(), "{clean}: {:?}", ages(clean));
    }
}

#[test]
fn places_that_are_where_things_happen_and_relations_that_are_named() {
    assert_eq!(
        of_kind("Jensenings is where it all happened", Kind::Location),
        ["Jensenings"]
    );
    assert!(kinds("Home is where the heart is").is_empty());
    assert_eq!(
        of_kind("my old therapist was marcus aitken from there", Kind::Name),
        ["marcus aitken"]
    );
    assert!(kinds("my therapist is lovely").is_empty());
    assert_eq!(
        of_kind("Name on the card is Mia Tait, number", Kind::Name),
        ["Mia Tait"]
    );
    assert_eq!(
        of_kind("Everyone calls me Peter but", Kind::Name),
        ["Peter"]
    );
    assert_eq!(
        of_kind("Patient Derrick Brown (MRN 1) detained", Kind::Name),
        ["Derrick Brown"]
    );
    assert_eq!(
        of_kind("Child: Guy, DOB 05 April 2017", Kind::Name),
        ["Guy"]
    );
    assert_eq!(
        of_kind("omg lee told caitlin what i said", Kind::Name),
        ["lee", "caitlin"]
    );
    assert_eq!(
        of_kind(
            "Hindi ko na kaya, I can't do this anymore Timothy Gonzalez lives there",
            Kind::Name
        ),
        ["Timothy Gonzalez"]
    );
    // a redaction's placeholder is no cue ("[NAME]" is no "name is")
    assert!(kinds("[NAME]\nThe day was hard but good.").is_empty());
    // a title in quotes names a work; a quoted name is still a name
    assert!(kinds("watch \"The Secret to Desire in a Long-Term Relationship\" today").is_empty());
    assert_eq!(
        of_kind(
            "He called me \u{201c}Mark Smith Junior\u{201d} again",
            Kind::Name
        ),
        ["Mark Smith Junior"]
    );
    for clean in [
        "a famous Hollywood idol",
        "the filet mignon to her hamburger",
        "Dang right!",
    ] {
        assert!(kinds(clean).is_empty(), "{clean}: {:?}", kinds(clean));
    }
}

#[test]
fn review_findings_stay_fixed() {
    // no panic when a greeting's name has an unknown word after it and nothing more
    let _ = kinds("Thanks grace kilbane.");
    let _ = kinds("hey grace omggg.");
    // a therapist's page on a directory is theirs; the directory's front page is public
    assert_eq!(
        of_kind(
            "My profile: https://www.psychologytoday.com/us/therapists/jane-doe-lcsw/123456",
            Kind::Url
        )
        .len(),
        1
    );
    assert!(of_kind("see psychologytoday.com for a therapist", Kind::Url).is_empty());
    // a name inside a quoted title-like phrase is still a name
    assert_eq!(
        of_kind(
            "the cake said \"Happy birthday to Sarah Thompson\"",
            Kind::Name
        ),
        ["Sarah Thompson"]
    );
    for clean in [
        "i've lived in georgia and virginia",
        "Caller: Hope you can help me",
        "Advice from my mother: Patience is everything",
        "my dad calls me Princess",
        "I forgot her name. It was May when we met",
        "My resting heart rate these days is around 95",
        "Honestly, 100, I agree",
        "Maths, 95, English, 91",
        "my sugar readings were 110 140 182 today",
        "took 500 MG before driving",
        "drove home around 1130 PM",
        "Songs that get me through,\nAmazing Grace\nand more",
        "12 Oak Street, Dublin\n2019 was awful",
        "we moved to vic last year",
        "exam hai kal, i'm panicking",
        "safeline.org.uk",
    ] {
        assert!(
            kinds(clean).iter().all(|(_, k)| !matches!(
                k,
                Kind::Name | Kind::Age | Kind::Id | Kind::Vehicle | Kind::Url
            )) || clean.contains("Oak Street"),
            "{clean}: {:?}",
            kinds(clean)
        );
    }
    assert!(of_kind("12 Oak Street, Dublin\n2019 was awful", Kind::Zip).is_empty());
    // a surname one letter off a word, after a first name, is still a surname
    assert_eq!(
        of_kind("I met Aoife Heraty today", Kind::Name),
        ["Aoife Heraty"]
    );
    // a plate before a dash or a curly quote
    assert_eq!(
        of_kind("his car was \u{201c}SD9 09H\u{201d}", Kind::Vehicle),
        ["SD9 09H"]
    );
}

#[test]
fn councils_grouped_nine_digits_and_pharmacy_numbers() {
    assert_eq!(
        of_kind("Limerick council said we're not a priority", Kind::Location),
        ["Limerick"]
    );
    assert!(of_kind("the Green council met", Kind::Location).is_empty());
    assert_eq!(of_kind("583 088 885 is my SSN", Kind::Id), ["583 088 885"]);
    assert_eq!(
        of_kind("it's 583-088-885, keep it", Kind::Id),
        ["583-088-885"]
    );
    assert!(of_kind("readings 110-140-182 today", Kind::Id).is_empty());
    // an Irish PPS number by its check letter, with or without the second letter (named by
    // its key, a national number like an SSN)
    assert_eq!(of_kind("my PPSN is 1234567T ok", Kind::Ssn), ["1234567T"]);
    assert_eq!(of_kind("it is 1234567FA", Kind::Id), ["1234567FA"]);
    assert!(of_kind("order 1234567X arrived", Kind::Id).is_empty());
    assert!(kinds("call 0800 543 354 now").is_empty());
    assert!(kinds("scores were 100 200 300 400").is_empty());
    assert_eq!(of_kind("Pharmacy: 8701 7318", Kind::Phone), ["8701 7318"]);
}

#[test]
fn place_fields_joined_councils_and_postcodes_after_near() {
    assert_eq!(
        of_kind("Town/City: Brackenport\nPostcode: 4410", Kind::Location),
        ["Brackenport"]
    );
    assert_eq!(
        of_kind("we moved to Argyll and Bute in May", Kind::Location),
        ["Argyll and Bute"]
    );
    assert!(kinds("I grew up in Bosnia and Herzegovina").is_empty());
    assert!(kinds("family in Trinidad and Tobago").is_empty());
    // (curly quotes and no-break spaces before "and": no slicing inside a character)
    let quoted = "She said \u{201c}Tom and Anna are fine\u{201d}, and\u{a0}Tom and Anna came";
    assert!(of_kind(quoted, Kind::Name).contains(&"Anna"));
    assert_eq!(
        of_kind("cheers again, tadhg quirke", Kind::Name),
        ["tadhg quirke"]
    );
    assert_eq!(of_kind("any groups near 0632?", Kind::Zip), ["0632"]);
    // a leading zero after "in" or "around" is a time
    assert!(of_kind("the bus comes around 0930", Kind::Zip).is_empty());
}

#[test]
fn a_word_and_digits_are_a_code_unless_the_digits_are_a_services_hours() {
    assert_eq!(of_kind("ref SMITH48213 on file", Kind::Id), ["SMITH48213"]);
    assert!(of_kind("PAPYRUS HOPELINE247: call them", Kind::Id).is_empty());
}

#[test]
fn words_of_other_languages_and_derived_words_stay() {
    for clean in [
        "Theek hai, I'll call tomorrow.",
        "Ka pai, that works for me.",
        "Mā te wā, take care.",
        "Salamat po for listening.",
        "¿Prefieres hablar en español?",
        "Rewatching old films helps.",
        "I felt Unfollowed and ignored.",
        "Call the Quitline or Griefline tonight.",
        "PAPYRUS HELPLINE247 is open.",
    ] {
        assert!(kinds(clean).is_empty(), "{clean}: {:?}", kinds(clean));
    }
}

#[test]
fn personal_sites_behind_second_level_suffixes() {
    fn urls(t: &str) -> Vec<&str> {
        of_kind(t, Kind::Url)
    }
    assert_eq!(
        urls("see www.hartigan-quill.com"),
        ["www.hartigan-quill.com"]
    );
    assert_eq!(
        urls("see https://morrison.school.nz/"),
        ["https://morrison.school.nz/"]
    );
    // two names under a university's suffix, a Gaelic surname, a name and a word-surname
    for own in [
        "keith-ortiz.edu.au/category",
        "https://www.mcgreal.com/blog",
        "https://www.shaw-hall.com/",
        "freeth-cragg.kiwi/tags",
        "http://smullen.com/",
        "meenaghan.ie/blog",
        // a census surname past the commonest 20,000, and an "O'" surname without its mark
        "sheil.net/wp-content/list",
        "http://www.lavell.biz/",
        "www.osheil.info",
        "toolan.com/blog",
        // an academic host that is a bare surname and no listed university fails closed, with
        // its whole host read ("roberts.edu" is a university; "roberts.edu.au" is not)
        "roberts.edu.au",
        "https://porter.ac.nz/",
        // a person's page on a university's host
        "https://people.cs.yale.edu/~jsmith/",
    ] {
        assert_eq!(urls(own), [own]);
    }
    for public in [
        "see hubofhope.co.uk for help",
        "try kidshelpphone.ca",
        "https://www.mentalhealth.org.nz/",
        "www.pflag-nyc.org",
        "https://www.unimelb.edu.au/",
        "www.black-dog.org",
        "see https://www.iitap.com/ for more",
        "http://www.natboard.com/index_files/Page548.htm",
        "spotify.com",
        "https://www.online.com/",
        "see https://www.yale.edu/ and brown.edu",
        "www.monash.edu and otago.ac.nz and health.harvard.edu",
        "www.oasis.org.uk",
        "for BOTH OF YOU.In the meantime",
        "I was done.in the end",
    ] {
        assert!(urls(public).is_empty(), "{public}: {:?}", urls(public));
    }
}

#[test]
fn placeholders_are_never_findings() {
    let all: Vec<&str> = Kind::ALL.iter().map(|k| k.placeholder()).collect();
    let text = format!(
        "Dr. {} my name is {} call {}",
        all.join(" "),
        all[0],
        all.join(", ")
    );
    assert!(kinds(&text).is_empty(), "{:?}", kinds(&text));
}

#[test]
fn redaction_replaces_each_finding_with_its_placeholder() {
    let mut m = vec![Message {
        role: Role::User,
        content: "I'm Emily, email emily.j@example.com".into(),
    }];
    let r = redact(Detector::get(), &mut m);
    assert_eq!(m[0].content, "I'm [NAME], email [EMAIL]");
    assert_eq!(r.found[Kind::Name as usize], 1);
    assert_eq!(r.found[Kind::Email as usize], 1);
    assert_eq!(r.residual, 0);
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Sarah".to_string()),
        Just("my name is".to_string()),
        Just("Dr.".to_string()),
        Just("john.doe@example.com".to_string()),
        Just("(415) 555-2671".to_string()),
        Just("123-45-6789".to_string()),
        Just("4111 1111 1111 1111".to_string()),
        Just("MRN".to_string()),
        Just("born on March 3, 1990".to_string()),
        Just("12 Oak Street".to_string()),
        Just("zip".to_string()),
        Just("I live in".to_string()),
        Just("Springfield".to_string()),
        Just("https://x.com/sarah".to_string()),
        Just("10.0.0.1".to_string()),
        Just("98 years old".to_string()),
        // the words the name rules look past a name for, so a text may end on any of them
        Just("Summer ghosted".to_string()),
        Just("my".to_string()),
        Just("I think that".to_string()),
        Just("hope".to_string()),
        Just("was 4/10".to_string()),
        Just("i'm peter.".to_string()),
        "[A-Za-z0-9 .,:#@/-]{0,12}",
    ]
}

proptest! {
    /// Redaction leaves no residual: whatever the detector found, the re-scan finds nothing.
    #[test]
    fn redaction_leaves_no_residual(parts in proptest::collection::vec(fragment(), 1..12)) {
        let text = parts.join(" ");
        let mut m = vec![Message { role: Role::User, content: text }];
        let r = redact(Detector::get(), &mut m);
        prop_assert_eq!(r.residual, 0, "{}", m[0].content);
    }

    /// Detection is a pure function of the text, and findings are disjoint and ordered.
    #[test]
    fn findings_are_deterministic_and_disjoint(text in "\\PC{0,200}") {
        let a = Detector::get().detect(&text);
        prop_assert_eq!(&a, &Detector::get().detect(&text));
        for w in a.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
        for f in &a {
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
    }
}

#[test]
fn handles_are_ids_but_help_services_and_times_are_not() {
    let d = Detector::get();
    let found = |t: &str| {
        d.detect(t)
            .iter()
            .map(|f| (f.kind, t[f.start..f.end].to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        found("My Instagram is @mary_12 if you want to see."),
        vec![(Kind::Id, "@mary_12".to_string())]
    );
    assert_eq!(
        found("She tags me from @john.5."),
        vec![(Kind::Id, "@john.5".to_string())]
    );
    assert!(found("I follow @988Lifeline and @CrisisTextLine.").is_empty());
    assert!(found("Meet me @ 5, or @6pm if late.").is_empty());
    assert_eq!(
        found("write to mary.j@proton.me"),
        vec![(Kind::Email, "mary.j@proton.me".to_string())]
    );
}

/// Each text's findings of its kind are exactly the listed ones.
fn expect_found(cases: &[(&str, Kind, &[&str])]) {
    for (text, kind, want) in cases {
        assert_eq!(of_kind(text, *kind), *want, "{text}: {:?}", kinds(text));
    }
}

/// Each text's one name finding is the listed one.
fn expect_names(cases: &[(&str, &str)]) {
    for (text, name) in cases {
        assert_eq!(
            of_kind(text, Kind::Name),
            [*name],
            "{text}: {:?}",
            kinds(text)
        );
    }
}

/// No text has a finding (of `kind`, when given).
fn expect_clean(texts: &[&str], kind: Option<Kind>) {
    for text in texts {
        let found: Vec<_> = kinds(text)
            .into_iter()
            .filter(|(_, k)| kind.is_none_or(|w| w == *k))
            .collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// What a fifth author's development text (tests/pii/faker_contexts_fifth.py) showed: the words
/// around an identifier are not identifiers themselves.
#[test]
fn words_around_identifiers_stay() {
    // a number's label is no number plate, even beside a vehicle word
    let plate = "Applicant DOB 10.03.2004, SSN 935-88-0633.\nI'm in the car outside work";
    assert!(
        of_kind(plate, Kind::Vehicle).is_empty(),
        "{:?}",
        kinds(plate)
    );
    assert_eq!(of_kind(plate, Kind::Ssn), ["935-88-0633"]);
    // the line after a PO box that goes on as a sentence is no town line; a town line still is
    let po = "Forwarding address: po box 52190\nArt therapy sounded silly";
    assert!(of_kind(po, Kind::Location).is_empty(), "{:?}", kinds(po));
    let town = "Forwarding address: po box 52190\nSpringfield, IL";
    assert_eq!(of_kind(town, Kind::Location), ["Springfield"]);
    let label = "I live at 12 High Street\nTown: Dublin";
    assert_eq!(of_kind(label, Kind::Location), ["Dublin"]);
    // form labels: an unlisted plural of an everyday word, a compound job title
    for label in [
        "- Meds: sertraline 100mg",
        "- Vapes: none",
        "* Keyworker: Joseph P. Martinez",
    ] {
        let names = of_kind(label, Kind::Name);
        assert!(names.iter().all(|n| !label.starts_with(&format!("- {n}")) && !label.contains(&format!("{n}:"))), "{label}: {names:?}");
    }
    assert_eq!(
        of_kind("* Keyworker: Joseph P. Martinez", Kind::Name),
        ["Joseph P. Martinez"]
    );
}

/// Cues a fifth author's development text wrote that the detector had no rule for.
#[test]
fn fifth_author_cues() {
    let cases: &[(&str, Kind, &[&str])] = &[
        (
            "yes, member 3730400089, right?",
            Kind::HealthPlan,
            &["3730400089"],
        ),
        (
            "My medical card number is W607073958, does",
            Kind::HealthPlan,
            &["W607073958"],
        ),
        (
            "my plan number is W013291418.",
            Kind::HealthPlan,
            &["W013291418"],
        ),
        ("Hospital no.: 27422621", Kind::Mrn, &["27422621"]),
        ("Chart #63083726, please attach", Kind::Mrn, &["63083726"]),
        ("My dad Jamie Fox (93) is at home", Kind::Age, &["93"]),
        (
            "my nan shes 100 and shes been confused",
            Kind::Age,
            &["100"],
        ),
        (
            "He's Kristin King, drives RAR 272, lives",
            Kind::Vehicle,
            &["RAR 272"],
        ),
        (
            "Kia ora, ko Samuel tōku ingoa. I'm new here",
            Kind::Name,
            &["Samuel"],
        ),
        ("Howya, John here. Never rang before", Kind::Name, &["John"]),
        (
            "Cardholder: Rachael Jesus Campos",
            Kind::Name,
            &["Rachael Jesus Campos"],
        ),
        (
            "email me at j.smith@nhs.net",
            Kind::Email,
            &["j.smith@nhs.net"],
        ),
    ];
    expect_found(cases);
    // and what stays: a chapter is no person, a service's shared mailbox is no one's, a member
    // for years has no number
    expect_clean(
        &[
            "Chapter (100) is long",
            "see Psalm (91) for comfort",
            "You can email jo@samaritans.org or info@mind.org.uk any time",
            "I have been a member for 10 years",
            "she drives 45 minutes to work",
            "The weather here. Is bad",
        ],
        None,
    );
}

/// Sign-offs as people write them: kisses and emoji after the name, a thanks of any length above
/// it, a surname that is also a common word.
#[test]
fn sign_offs_with_kisses_emoji_and_thanks() {
    let cases: &[(&str, &[&str])] = &[
        ("Cheers,\nBryony x", &["Bryony"]),
        ("Love you all. Heather 💜", &["Heather"]),
        (
            "Yours sincerely,\nRoger Long\n3 Nelson Crest",
            &["Roger Long"],
        ),
        (
            "Thank you so much,\nHelen Paige Begum",
            &["Helen Paige Begum"],
        ),
    ];
    for (text, want) in cases {
        expect_found(&[(text, Kind::Name, want)]);
    }
    expect_clean(
        &[
            "My AUDIT score was 'harmful drinking'. Fair.",
            "Thank you so much,\nBest Wishes",
        ],
        Some(Kind::Name),
    );
}

/// Public figures, characters and titles stay; the same name is a private person's after a
/// personal cue.
#[test]
fn public_figures_stay_unless_someone_knows_them() {
    expect_clean(
        &[
            "Naomi Osaka did the same thing and people were awful",
            "Marsha Linehan invented DBT after her own hospitalisation",
            "Derry Girls is the only thing making me laugh",
            "Bob Ross is my 3am comfort watch",
            "I read Brené Brown on shame",
        ],
        Some(Kind::Name),
    );
    let cases: &[(&str, &str)] = &[
        ("my friend Taylor Swift came over", "Taylor Swift"),
        (
            "Veteran: Richard Hammond\nService number: 970691856",
            "Richard Hammond",
        ),
        ("Respectfully,\nAlexander Hamilton", "Alexander Hamilton"),
        ("Jennifer Lopez is my emergency contact.", "Jennifer Lopez"),
        (
            "Hello, this is Miss Jimmy Page, the duty psychiatrist",
            "Jimmy Page",
        ),
    ];
    expect_names(cases);
}

/// "It's" is "it is", not an owner; a reporting verb may follow an adverb.
#[test]
fn contractions_and_adverbs_before_names() {
    let cases: &[(&str, &str)] = &[
        (
            "It's andrew white btw, you probably have my notes",
            "andrew white",
        ),
        ("hey it’s andrew white btw", "andrew white"),
        ("omg carol just texted me after 3 months", "carol"),
    ];
    expect_names(cases);
    expect_clean(
        &[
            "It's kind of hard",
            "it's april fools",
            "that's just how it is",
        ],
        Some(Kind::Name),
    );
}

/// What an independent review of the session's change found (2026-12-06, second review).
#[test]
fn second_review_findings_stay_fixed() {
    let cases: &[(&str, Kind, &[&str])] = &[
        // a public figure's name inside an address or a longer name hides nothing
        (
            "I live at 1420 Martin Luther King Jr Blvd",
            Kind::Address,
            &["1420 Martin Luther King Jr Blvd"],
        ),
        ("Sophie Kate Moss called", Kind::Name, &["Sophie Kate Moss"]),
        // personal cues: a title with its full stop, plural relations, a lowercase label, two
        // words after "is my"
        ("Mr. Jack Black shouted at me", Kind::Name, &["Jack Black"]),
        (
            "my friends Kate Moss and Jack Black came round",
            Kind::Name,
            &["Kate Moss", "Jack Black"],
        ),
        ("next of kin: Tom Hardy", Kind::Name, &["Tom Hardy"]),
        ("Tom Hardy is my best friend", Kind::Name, &["Tom Hardy"]),
        // company, and a list of people
        (
            "I went with Andrew Tate to the shop",
            Kind::Name,
            &["Andrew Tate"],
        ),
        (
            "Priya Shah and Taylor Swift came round",
            Kind::Name,
            &["Priya Shah", "Taylor Swift"],
        ),
        // "jo" is the Samaritans' mailbox only
        ("email jo@mind.org.uk", Kind::Email, &["jo@mind.org.uk"]),
        // the institution's label of an academic host
        ("see staff.porter.ac.nz", Kind::Url, &["staff.porter.ac.nz"]),
    ];
    expect_found(cases);
    expect_clean(
        &[
            "My plan no longer works since 2020",
            "a member of a group with 150,000 members",
            "I was a member from 2018-2021",
            "Thanks for listening. love x",
            "Stay strong everyone. Peace ✌️",
            "Storm here, power's out.",
            "Reading Psalm (91) helps me",
            "In Chapter (100) the hero dies",
            "see https://www.omaha.com/news and osaka.com",
            "Jack Black is 100% my idol",
            "a book by Dr. John Gottman",
            // a figure in a film or a fan's talk, joined to things
            "Iris, the film with Judi Dench, is hard but beautiful",
            "Anyone else's teen obsessed with Andrew Tate? I found the videos",
            // an eponym's head after capitalised everyday words
            "Please complete the Weiss Functional Impairment Rating Scale before",
            // peoples, faiths and feasts, which the vocabulary holds in lower case only
            "Most decorated Olympian ever. Specifically the Flying Scotsman.",
            "Incense, stillness. The Tudors were brutal",
            "Love\nTaylor Swift forever",
            "I've got a podcast interview with Gabor Maté saved for the bus",
            // a mail header's field with an acronym; a day's count
            "X-Originating-IP: header follows",
            "Facilitator: hi there\nReply-To: yeah ok\nContent-Type: yeah fine",
            "90 meetings in 90 days. Today was 90. Don't know what I'll do tomorrow.",
        ],
        None,
    );
}

/// What a sixth author's development text (tests/pii/faker_contexts_sixth.py) showed.
#[test]
fn sixth_author_findings() {
    let cases: &[(&str, Kind, &[&str])] = &[
        (
            "Her mum can be contacted on 69411953.",
            Kind::Phone,
            &["69411953"],
        ),
        (
            "He's texting me from 2254-1233 now",
            Kind::Phone,
            &["2254-1233"],
        ),
        (
            "Please contact Mr. Hoffman on 0719-1924.",
            Kind::Phone,
            &["0719-1924"],
        ),
        (
            "If I feel unsafe: 1) call Hoani on 244 7779 2) go to my neighbour",
            Kind::Phone,
            &["244 7779"],
        ),
        (
            "uses name Mark, lives with grandmother (91), is main carer",
            Kind::Age,
            &["91"],
        ),
        (
            "alone at 7478 Fisher Valleys Apt. 745, 93530. Daughter visits",
            Kind::Zip,
            &["93530"],
        ),
        (
            "My personal website www.hallinan-heskin.org has my CV",
            Kind::Url,
            &["www.hallinan-heskin.org"],
        ),
        (
            "my provisional is A5474326, mum says",
            Kind::License,
            &["A5474326"],
        ),
        (
            "Contact log: texter Jimmy, 15, school stress",
            Kind::Name,
            &["Jimmy"],
        ),
        (
            "My mum's pension goes into 1575-3925-95 but",
            Kind::Account,
            &["1575-3925-95"],
        ),
    ];
    expect_found(cases);
    // (the addresses around these are theirs; what is checked is that nothing else is found)
    for text in [
        "my comfort show is Gilmore Girls, don't judge",
        "support in Cree, Ojibway and Inuktitut as well as English",
        "a private therapist is like 90 quid a session",
        "I lived at 12 High Street, 2019 was hard",
        "I rang Cruse after dad died",
        "If you're being harassed online, Netsafe can help.",
        "Sundowning is real and it's brutal",
        "Appt reminder: tomorrow at 10",
    ] {
        let found: Vec<_> = kinds(text)
            .into_iter()
            .filter(|(_, k)| *k != Kind::Address)
            .collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn contact_lines_voicemails_and_platform_pages() {
    let cases: &[(&str, Kind, &[&str])] = &[
        (
            "I got a voicemail from 6196.4154 saying I owe money",
            Kind::Phone,
            &["6196.4154"],
        ),
        (
            "School Counsellor\n9587 8197 | office@school.example",
            Kind::Phone,
            &["9587 8197"],
        ),
        (
            "my tumblr was http://largey.com/ back in the day",
            Kind::Url,
            &["http://largey.com/"],
        ),
    ];
    expect_found(cases);
}

/// A practice signs off with its home page; a reference that ends a message does not.
#[test]
fn a_commercial_home_page_that_ends_a_message_is_the_writers() {
    let own = "Happy to offer a complimentary 15 minute video consult here: abalancedapproach.com";
    assert_eq!(of_kind(own, Kind::Url), ["abalancedapproach.com"]);
    expect_clean(
        &[
            "Resource for your consideration: http://www.emdr.com/",
            "Here is one such site: http://relationship.supportgroups.com/",
            "More here: https://fatherhoodfactor.com/us-fatherless-statistics/",
            "abalancedapproach.com is where I read about it, and it helped.",
            "See www.pflag.org",
        ],
        Some(Kind::Url),
    );
}

#[test]
fn two_word_maori_introductions_and_non_ascii_names_before_an_age() {
    expect_found(&[
        (
            "Ko Tamati Ngata tōku ingoa. Kia ora",
            Kind::Name,
            &["Tamati Ngata"],
        ),
        ("Zoë (93) lives alone", Kind::Age, &["93"]),
        ("my gran Rose (94).", Kind::Age, &["94"]),
    ]);
    expect_clean(&["see Psalm (91). It helps"], None);
}

/// Cases from a further 150 real answers (counsel-chat, labelled 2026-12-06, scored before tuning).
#[test]
fn further_real_answers_stay_fixed() {
    expect_found(&[
        (
            "veo clientes en el este de Houston y proveo servicios de tele terapia.",
            Kind::Location,
            &["Houston"],
        ),
        (
            "La terapista Amy tiene razón, no es necesario pedir permiso.",
            Kind::Name,
            &["Amy"],
        ),
        ("I would love to help!- Amber", Kind::Name, &["Amber"]),
        (
            "feel free to contact me, Catherine at clevelandemotionalhealth.com",
            Kind::Url,
            &["clevelandemotionalhealth.com"],
        ),
    ]);
    expect_clean(
        &[
            "El Desorden de Estrés Post Traumático puede ser un problema",
            "Ayer, me enteré que se olvido de una muchacha.",
            "Emotionally Abusive StatementsYou\u{2019}re so cute when you try",
            "I'd recommend looking on psychologtoday.com, reading the bios",
            "See https://ajp.psychiatryonline.org/doi/full/10.1176/appi.ajp.162.1.151",
            "I tried it! - Grace was amazing at the end, truly the best thing all week",
            "Sue-ing my employer is not on the cards",
            "CBT goes back to Aaron T. Beck.",
        ],
        None,
    );
    expect_names(&[("To: Aaron Beck", "Aaron Beck")]);
    // a public figure after another sentence keeps no cue from it
    expect_clean(
        &[
            "It hurts me. Stephen King books are my escape",
            "Please do reach out again. Harry Potter was my escape",
            "lol David Attenborough documentaries are the only thing",
            "WHY DOES NOBODY LISTEN TO ME Stephen King books are my escape",
        ],
        Some(Kind::Name),
    );
    expect_names(&[
        ("thanks Harry Styles, see you", "Harry Styles"),
        ("Me: Stephen King", "Stephen King"),
    ]);
}

/// "night", "lol", "ok"… greet only where they open what is said, or the name is addressed.
#[test]
fn an_everyday_greeting_word_greets_where_it_opens_the_sentence() {
    expect_clean(
        &[
            "every single night River was high after the rain",
            "a hug rn lol Ray of sunshine my arse",
            "leave my phone in the kitchen.\n- Bath, pyjamas, the comfort show.",
        ],
        Some(Kind::Name),
    );
    expect_names(&[
        ("night Sarah x", "Sarah"),
        ("Good night Grace", "Grace"),
        ("You're right Chad, I need to tell someone", "Chad"),
        ("is something wrong with me ok jordan i'm back", "jordan"),
    ]);
}

/// Hard negatives of a seventh and an eighth author: authors cited for their books, job titles,
/// conditions in the possessive, brands, endearments, labels before an address.
#[test]
fn cited_authors_titles_conditions_and_brands_are_no_one() {
    expect_clean(
        &[
            "The Happiness Trap by Russ Harris is what my psychologist recommended.",
            "Feeling Good by David Burns has a chapter on cognitive distortions.",
            "ACT was developed by Steven C. Hayes.",
            "Dear Hiring Manager,",
            "Parkinson's has taken so much from my dad",
            "Honey, you're doing better than you think",
            "Pikachu plushie on my bed since I was 7",
            "Nan: Hello darling it is Nan I am learning to text",
            "ADHD brain said no to the dishes today",
            "The NHS page says to call them",
        ],
        Some(Kind::Name),
    );
    expect_clean(
        &[
            "My Google account says someone signed in from 795:949d:6fc5:4530:6058:84fd:3633:601b",
            "Phone them, not me. Scores went 10 - 15 - 20 over the term",
        ],
        Some(Kind::Account),
    );
    expect_names(&[
        (
            "just need to vent Seen by Mr. Nunne on the ward round",
            "Nunne",
        ),
        ("I was Hurt by John Smith", "John Smith"),
        ("Intake completed by Jane Smith.", "Jane Smith"),
        ("Dr Parkinson's clinic is shut", "Parkinson"),
        ("Dear Sarah Brown Manager", "Sarah Brown"),
    ]);
    expect_found(&[(
        "oi ashley, john said you're down the beach",
        Kind::Name,
        &["ashley", "john"],
    )]);
    assert_eq!(
        of_kind("account number AB 12345678", Kind::Account),
        ["AB 12345678"]
    );
}

/// Authors cited with a year or beside a cited co-author, saints' days, roles "of" something,
/// brands after a title, "no" before an everyday word.
#[test]
fn citations_saints_days_and_roles_are_no_one() {
    expect_clean(
        &[
            "this model comes from Hayes, Strosahl and Wilson (1999), if you want",
            "Beck et al. (1979) wrote it",
            "The Myth of Normal by Gabor Mat\u{e9} and Daniel Mat\u{e9} is dense",
            "this month: Why People Die by Suicide by Thomas Joiner",
            "St Stephen's Day and I'm hiding from the relations",
            "Does St John's Wort interact with the pill?",
            "Dear Head of Year,",
            "Dr Google is not helping",
            "Reading Carl Rogers helped me",
        ],
        None,
    );
    expect_names(&[
        ("my sister Anna (2019) hmm", "Anna"),
        ("I met John Smith, 2019 was hard", "John Smith"),
        ("I met John Smith (2019), lovely", "John Smith"),
        ("Reading Jane Smith's letter made me cry", "Jane Smith"),
        ("no jordan i said", "jordan"),
    ]);
    expect_found(&[(
        "I was Hurt by John Smith and Jane Doe",
        Kind::Name,
        &["John Smith", "Jane Doe"],
    )]);
    assert_eq!(
        of_kind("I moved to St Ives last year", Kind::Location),
        ["St Ives"]
    );
}

/// A number listed straight after a person's name is theirs ("Name, 92475869, date").
#[test]
fn a_number_listed_after_a_name_is_theirs() {
    expect_found(&[
        (
            "Patient ID band checked: Aimee O'Brien, 92475869, February 25, 2023",
            Kind::Id,
            &["92475869"],
        ),
        ("Jo Smith, 123456 owed", Kind::Id, &["123456"]),
    ]);
    expect_clean(
        &["Thanks Sarah, 2019 was hard", "Jo Smith, 123456.78 owed"],
        Some(Kind::Id),
    );
}

/// An independent review's inputs: names the rules for citations, brands, figures, greetings
/// and titles must not let through.
#[test]
fn a_reviews_leaks_stay_closed() {
    expect_names(&[
        ("My boyfriend Linus hit me.", "Linus"),
        ("Hi Hermione, thanks for last session.", "Hermione"),
        ("My daughter Moana is 4.", "Moana"),
        ("Mrs Tito shouted at me in maths.", "Tito"),
        ("Moriarty keeps putting me in detention", "Moriarty"),
        (
            "Getting Bullied by Liam Carter at School, what do I do?",
            "Liam Carter",
        ),
        ("Care Plan by Emma Clarke, reviewed weekly.", "Emma Clarke"),
        ("Report Written by Tom Hughes", "Tom Hughes"),
        (
            "The nickname was coined by Liam Carter in year 9",
            "Liam Carter",
        ),
        (
            "Grace Hughes (2020) died by suicide and I found her.",
            "Grace Hughes",
        ),
        ("Liam Carter et al. (2019) bullied me.", "Liam Carter"),
        (
            "James Davies keeps texting me even though I blocked him.",
            "James Davies",
        ),
        (
            "I sent nudes to Jack Black and he shared them with the whole school.",
            "Jack Black",
        ),
        (
            "Thanks Emma Stone for your help in session today",
            "Emma Stone",
        ),
        (
            "I have a boyfriend. Tom Hardy is his name and he controls me.",
            "Tom Hardy",
        ),
        ("in Maths jade said i was fat and everyone laughed", "jade"),
        ("Thanks, Grace Hill Support Worker", "Grace Hill"),
        ("Addison's mum won't let her see me anymore.", "Addison"),
        ("no jade i'm not going back to that house", "jade"),
        ("Angel, please stop texting me, I'm done.", "Angel"),
        ("Dr Jai upped my sertraline.", "Jai"),
        ("Sterling Anderson hit me at school.", "Sterling Anderson"),
        ("My friend Ha-In is self harming.", "Ha-In"),
    ]);
    expect_found(&[
        (
            "My children are Amelia (2012) and Noah (2015).",
            Kind::Name,
            &["Amelia", "Noah"],
        ),
        (
            "I was with Jake Thompson, 2018, then Liam Carter, 2020, both cheated.",
            Kind::Name,
            &["Jake Thompson", "Liam Carter"],
        ),
        ("Patient ID: MHSPA 882341", Kind::Mrn, &["MHSPA 882341"]),
        (
            "I work at St Mary's Day Centre in the kitchen.",
            Kind::Location,
            &["St Mary"],
        ),
    ]);
    expect_clean(
        &[
            "El",
            "We went to El.",
            "Please don't contact me again. If you want to know why, read this article I found, it explains everything: https://www.anxietyblog.com/why-people-ghost",
            "Sounds good!- Will do.",
            "Thanks so much!- Grace period ends Friday though.",
        ],
        None,
    );
}

/// Real answers (counsel-chat, outside the test half) and a ninth author's development set: a
/// person beside the writer, another answer's writer agreed with, a relation after the name,
/// names whose word sense is rare, ranks, a title's first name and surname, keyed values with
/// an aside, postcodes named after them or running on after an address, blogs.
#[test]
fn ninth_authors_and_real_answers_mechanisms() {
    expect_names(&[
        ("Peter and I are going through a rough patch.", "Peter"),
        ("Yesterday Mark and I argued.", "Mark"),
        ("Robin's also right about communication being key.", "Robin"),
        (
            "I would second Robin's suggestion of reading Gottman.",
            "Robin",
        ),
        ("Peter is my husband.", "Peter"),
        (
            "Rosemary is my best mate, she knows everything.",
            "Rosemary",
        ),
        ("Peter, my husband, said no.", "Peter"),
        ("Daughter (Mark) visits weekly", "Mark"),
        ("John attended session 3 today.", "John"),
        ("Josh has been given the crisis team number.", "Josh"),
        ("SSgt Archer was my section commander.", "Archer"),
        ("Ms Joshua Gay", "Joshua Gay"),
        (
            "Follow-up with Nurse Dearbhail Moan in two weeks.",
            "Dearbhail Moan",
        ),
        ("Contact Ms. David Schwass at home.", "David Schwass"),
    ]);
    expect_clean(
        &[
            "Winter and I are not on speaking terms lately",
            "According to John Gottman, this is normal.",
            "lockdown, Tom Nook's loans are less scary than my real one",
            "We're doing An Inspector Calls in English.",
            "Dementia UK's Admiral Nurses helpline has been amazing.",
            "Mark my words, it gets better.",
        ],
        Some(Kind::Name),
    );
    expect_clean(&["lockdown, Tom Nook's loans are less scary"], None);
    expect_found(&[
        (
            "licence number (for the medical form): B6956421",
            Kind::License,
            &["B6956421"],
        ),
        (
            "passport number (for interpreter booking): S22073279",
            Kind::Id,
            &["S22073279"],
        ),
        (
            "Health plan W402730142; benefits verified.",
            Kind::HealthPlan,
            &["W402730142"],
        ),
        ("it's um 81312 the postcode i mean", Kind::Zip, &["81312"]),
        (
            "Suite 880 55 Calvin Strip, 2187 i'm dreading it",
            Kind::Zip,
            &["2187"],
        ),
        (
            "I refer many people to the www.letsqueerthingsup.com blog.",
            Kind::Url,
            &["www.letsqueerthingsup.com"],
        ),
    ]);
    expect_clean(
        &["She lived at 12 Oak Road, 2019 was the year it all changed"],
        Some(Kind::Zip),
    );
    expect_clean(
        &[
            "My health plan covers 80 percent of it",
            "I read about it on www.psychologytoday.com, a great blog.",
        ],
        None,
    );
}

/// Another language's "with" before a first name, festival greetings, forms named by number,
/// works named for their makers, "it's" introducing.
#[test]
fn greetings_forms_works_and_its_introductions() {
    expect_names(&[
        (
            "Estoy de acuerdo con Sherry, está bien dar la respuesta.",
            "Sherry",
        ),
        ("Hi Miss, it's Dawn from 8C, I didn't want to say", "Dawn"),
        ("my friend Kareem said hi", "Kareem"),
        (
            "a client hasn't cried during therapy throughout the day.\u{a0}-IJP",
            "IJP",
        ),
    ]);
    expect_clean(
        &[
            "Happy Eid everyone! Eid Mubarak",
            "Ramadan Mubarak to everyone observing.",
            "My DD-214 has my discharge on it",
            "Lee sobre el tema de identidad de género.",
            "Al entender que no tenemos control, ella se siente mejor.",
            "Paramore concert was the best night of my year.",
            "Costa coffee and a walk is my ritual",
            "I did a course of CBT -CBT",
            "Take care. - LPC",
            "scored 14 on the GAD-7",
            "sending this before i lose my nerve 😬",
        ],
        None,
    );
}

/// An independent review's inputs for this change: a crash at a text's end, leaks the new rules
/// opened and false positives they made, each as the reviewer ran it.
#[test]
fn a_second_reviews_findings_stay_fixed() {
    // (each once crashed: "is"/"was" last after a name that is also a word)
    for text in [
        "I miss how happy Grace was.",
        "I don't know where Will is",
        "Mark is",
    ] {
        let _ = kinds(text);
    }
    expect_names(&[
        (
            "Dave Wilson's song at the funeral made everyone cry.",
            "Dave Wilson",
        ),
        (
            "We played Tom Barker's songs at his memorial last week.",
            "Tom Barker",
        ),
        (
            "Hargreaves car was parked outside my flat again last night.",
            "Hargreaves",
        ),
        (
            "Nakamura delivery guy has been following me home.",
            "Nakamura",
        ),
        ("Rodriguez staff kept calling me a liar.", "Rodriguez"),
        (
            "Eid Mubarak Aisha Rahman, thank you for checking in on me.",
            "Aisha Rahman",
        ),
        ("Eid Mubarak Aisha!", "Aisha"),
        ("Grace and I are getting a divorce.", "Grace"),
        ("Det Sgt Harris called me.", "Harris"),
    ]);
    expect_clean(
        &[
            "Summer is right around the corner, hang in there.",
            "Will is right at the heart of recovery.",
            "Winter and I don't get along, seasonal depression is real.",
            "It's Dawn and I still haven't slept.",
            "Coffee is my best friend.",
            "Running is my therapist.",
            "Daughter (Autumn term) starts Year 7.",
            "Dx: Maj Depressive Disorder, recurrent.",
            "Insp Wheeze noted",
            "My employer is Sunrise Pte Ltd.",
            "Chaplain Services at the hospital were kind.",
            "Councillor Support Line number is on the leaflet.",
            "Dr Phil Show made me feel worse.",
            "It's Summer and everyone is happy except me.",
            "It's Hope that kills you.",
            "It's Grace period for my rent.",
            "I went to the Tony Awards watch party alone.",
            "Stop taking the Mickey out of me.",
            "Tom yum soup is my comfort food.",
            "Scan booked for Thursday - MRI",
            "Looking for a therapist who gets it - NYC",
            "In 2019 my postcode changed and the GP deregistered me.",
            "We won £1000 Postcode Lottery prize.",
            "Bought 1000 zip ties.",
            "My passport (the old one) expired in 2019.",
            "My licence (provisional) was suspended in 2021.",
            "I don't blog anymore but I still read www.theguardian.com every day.",
            "Try the blog on www.additudemag.com about ADHD and sleep.",
        ],
        None,
    );
    expect_clean(
        &["I rent a room at 22 Baker Street, 1200 a month."],
        Some(Kind::Zip),
    );
}

/// A word processor's dashes and no-break spaces inside a phone number; ranges stay.
#[test]
fn phone_numbers_with_typographic_separators() {
    expect_found(&[
        (
            "512\u{2013}867\u{2013}5309",
            Kind::Phone,
            &["512\u{2013}867\u{2013}5309"],
        ),
        (
            "call me at 512\u{2014}867\u{2014}5309 please",
            Kind::Phone,
            &["512\u{2014}867\u{2014}5309"],
        ),
        ("(512)\u{a0}867-5309", Kind::Phone, &["(512)\u{a0}867-5309"]),
        (
            "call 512 \u{2013} 867 \u{2013} 5309",
            Kind::Phone,
            &["512 \u{2013} 867 \u{2013} 5309"],
        ),
    ]);
    expect_clean(
        &[
            "from 2019\u{2013}2020 I was ill",
            "read pages 12\u{2013}15 tonight",
            "Call 800\u{2013}273\u{2013}8255 any time",
        ],
        None,
    );
}

/// An address spelled out to dodge harvesters is still an address; "at" and "dot" in prose are
/// not one.
#[test]
fn spelled_out_email_addresses() {
    expect_found(&[
        (
            "email me at jane [at] gmail [dot] com",
            Kind::Email,
            &["jane [at] gmail [dot] com"],
        ),
        (
            "email me at jane at gmail dot com",
            Kind::Email,
            &["jane at gmail dot com"],
        ),
        (
            "reach me: jane(at)counseling.com",
            Kind::Email,
            &["jane(at)counseling.com"],
        ),
        (
            "Send it to j.doe at mail dot co dot uk thanks",
            Kind::Email,
            &["j.doe at mail dot co dot uk"],
        ),
    ]);
    expect_clean(
        &[
            "look at example.com for more",
            "we met at a dot com company",
            "she works at google dot com",
        ],
        None,
    );
}

/// A tenth author's development set: transcript speakers and quoted writers, a person's age
/// after their name, a chat message opening on whom it speaks to, plan and reference keys, a
/// minibus's plate; and what stays: a thing called by an everyday word, a greeted role,
/// another script's sentence, a language.
#[test]
fn speakers_ages_and_what_a_tenth_author_wrote() {
    expect_names(&[
        (
            "Facilitator: how was your week?\nCounsellor: welcome\nMark: yeah I'm ok, just tired.",
            "Mark",
        ),
        (
            "cliona: sorry im late\nClinician: no problem\nFacilitator: ok",
            "cliona",
        ),
        (
            "> robin cox wrote:\n> I'm scared to tell my parents",
            "robin cox",
        ),
        ("Sarah: I'm fine thanks", "Sarah"),
        ("Pension for Baker, aged 106, redirected", "Baker"),
        ("Chase (aged 7) presented as well cared for.", "Chase"),
        ("max ur so valid, never forget it", "max"),
        ("a girl called ruby said hi", "ruby"),
        (
            "I spoke to \u{410}\u{43d}\u{43d}\u{430} yesterday",
            "\u{410}\u{43d}\u{43d}\u{430}",
        ),
    ]);
    expect_found(&[
        (
            "Dad's Medicare Advantage plan is W612386423; the memory clinic",
            Kind::HealthPlan,
            &["W612386423"],
        ),
        // a person's word between the key and its value; an age after a chat's "im"
        (
            "Medicare number for Dad is W994115124, in case",
            Kind::HealthPlan,
            &["W994115124"],
        ),
        (
            "Texter: im 92 and my wife died in march.",
            Kind::Age,
            &["92"],
        ),
        ("Today my gran was 95 and happy", Kind::Age, &["95"]),
        ("my lawyer Sarah Jones called", Kind::Name, &["Sarah Jones"]),
        // an independent review of the lists and the figure rules: names and towns they hid
        ("Name: Anu", Kind::Name, &["Anu"]),
        (
            "my cousin Babar Khan took my passport",
            Kind::Name,
            &["Babar Khan"],
        ),
        (
            "Kehlani Baker is my daughter",
            Kind::Name,
            &["Kehlani Baker"],
        ),
        ("hi its anu here", Kind::Name, &["anu"]),
        (
            "Sarah Ferguson rang me about the overdue rent",
            Kind::Name,
            &["Sarah Ferguson"],
        ),
        (
            "my friend Rémy Martin called me",
            Kind::Name,
            &["Rémy Martin"],
        ),
        (
            "I had an interview with Kate Moss yesterday",
            Kind::Name,
            &["Kate Moss"],
        ),
        (
            "We went to the pub. And Kate Moss was there, she's my ex",
            Kind::Name,
            &["Kate Moss"],
        ),
        (
            "Subject: Call With Emma Walsh About Therapy",
            Kind::Name,
            &["Emma Walsh"],
        ),
        (
            "Sarah Smith-JONES is my GP",
            Kind::Name,
            &["Sarah Smith-JONES"],
        ),
        (
            "I live in Port Adelaide with my two kids",
            Kind::Location,
            &["Port Adelaide"],
        ),
        (
            "I live in Chevy Chase with my husband",
            Kind::Location,
            &["Chevy Chase"],
        ),
        (
            "I live in Drax near Selby",
            Kind::Location,
            &["Drax", "Selby"],
        ),
        // a second review: a name before a street type is a street's; a figure's name, a
        // given name
        (
            "I live at 45 Great Northern Road",
            Kind::Address,
            &["45 Great Northern Road"],
        ),
        ("Name: Epiphany", Kind::Name, &["Epiphany"]),
        (
            "Michael O'Leary called me yesterday",
            Kind::Name,
            &["Michael O'Leary"],
        ),
        (
            "Same car every night, I 127046.",
            Kind::Vehicle,
            &["I 127046"],
        ),
        // a figure's name signed under a bare sign-off, or a street named like one
        (
            "I'm in 6th form and the pressure is unreal. Regards\nDaniel Andrews\nHospital number 10602041",
            Kind::Name,
            &["Daniel Andrews"],
        ),
        (
            "he lives on Sally Field near the dairy",
            Kind::Address,
            &["Sally Field"],
        ),
        (
            "Ref 08304378. Please arrive 10 minutes early.",
            Kind::Id,
            &["08304378"],
        ),
        (
            "Minibus 941 4GV leaves from the club",
            Kind::Vehicle,
            &["941 4GV"],
        ),
    ]);
    expect_clean(
        &[
            "Plan: I will call the GP\nMood: low",
            "Hope: to get back to work",
            "Note: call back tomorrow",
            "That's sometimes called black and white thinking.",
            "Dear Parent or Carer,",
            "the plan is 10 sessions",
            "\u{421}\u{43f}\u{430}\u{441}\u{438}\u{431}\u{43e}. \u{41c}\u{43d}\u{435} \u{441}\u{442}\u{430}\u{43b}\u{43e} \u{43b}\u{435}\u{433}\u{447}\u{435}.",
            "interpreters in Kurdish and Tigrinya",
            "Winter, 2019, was hard",
            "call the helpline on 1-800-272-3900 any time",
        ],
        None,
    );
}

/// A title in single quotes is a song, a book or a thing — unless a given name that is no word
/// is in it, or a word that takes a person stands before it.
#[test]
fn single_quoted_titles() {
    expect_clean(
        &[
            "he sang every word of 'Moon River'.",
            "she knows every word of 'Daisy Bell'.",
            "'Breathin' by Ariana Grande. literally the chorus",
        ],
        None,
    );
    expect_names(&[
        ("I told 'Sarah' everything", "Sarah"),
        ("we call him 'Big Mike' at work", "Mike"),
    ]);
}

/// A second independent review's inputs (speakers, quoted titles, other scripts, "called",
/// plan and ref keys, ages in brackets, spelled addresses), each as the reviewer ran it.
#[test]
fn a_second_reviews_later_findings_stay_fixed() {
    expect_names(&[
        ("'Tom Baker' abused me when I was 12", "Tom Baker"),
        ("I'm scared of 'Terry Brown' he hurt me", "Terry Brown"),
        ("'Chidi Okonkwo' threatened me", "Chidi Okonkwo"),
        ("'Dr Patel' said it was normal", "Patel"),
        (
            "I can't cope. \u{414}\u{43c}\u{438}\u{442}\u{440}\u{438}\u{439} hit me again.",
            "\u{414}\u{43c}\u{438}\u{442}\u{440}\u{438}\u{439}",
        ),
        ("a man named grant touched me", "grant"),
        ("im called autumn lol", "autumn"),
    ]);
    expect_found(&[(
        "we live on 'Rose Hill' estate",
        Kind::Location,
        &["Rose Hill"],
    )]);
    expect_clean(
        &[
            "Patient: 34M, self-referred\nSI: no\nHI: no\nAVH: no",
            "Client ref: JH\nSession: 4\nBill: paid by card\nMiles: 12 each way\nMark: 8/10 on the mood scale",
            "Hope: I hope things get better",
            "Will: I'm scared of what's in it",
            "Q: what are the side effects?\nA: nausea\nSummer: worse because of heat",
            "my payment plan is 250000 over 25 years",
            "I plan on writing 100000 words",
            "the ref was bribed with 1000000 dollars",
            "Room (12) was cold",
            "Mark (45) on the exam",
            "my brother mark at a dot com company got laid off",
        ],
        None,
    );
}

/// A sign-off glued by a hyphen to the writer's name, and a chat log of named speakers.
#[test]
fn glued_signoffs_and_named_chat_logs() {
    expect_found(&[
        (
            "we are all alone until we speak and listen more closely.Kindly-keith hughes M.A.",
            Kind::Name,
            &["keith hughes"],
        ),
        ("Thanks for asking.Best-Dana", Kind::Name, &["Dana"]),
    ]);
    let log = kinds("Sarah: yeah same\nMark: yeah I'm ok, just tired.");
    assert!(
        log.iter().any(|(s, _)| *s == "Mark") && log.iter().any(|(s, _)| *s == "Sarah"),
        "{log:?}"
    );
    expect_clean(&["Best-selling authors write about grief too."], None);
}

/// A chat log whose lines carry a time, as chat apps export and transcribers write: every
/// label is a speaker, a name that is also a word too; a schedule's labels are no one.
#[test]
fn timed_chat_logs_name_their_speakers() {
    expect_found(&[
        (
            "[00:01:12] Mark: yeah I am ok\n[00:01:15] Counsellor: good to hear",
            Kind::Name,
            &["Mark"],
        ),
        (
            "12/01/2024, 10:42 - Grace: hi\n12/01/2024, 10:43 - Hope: hey you",
            Kind::Name,
            &["Grace", "Hope"],
        ),
        (
            "[05/01/2024, 10:42:13] Will: u there\n[05/01/2024, 10:42:40] Bill: yep",
            Kind::Name,
            &["Will", "Bill"],
        ),
        (
            "12:01 PM - Joy: hi\n12:02 PM - Me: hey",
            Kind::Name,
            &["Joy"],
        ),
        ("[10:42]Will: hi\n[10:43]Me: hi", Kind::Name, &["Will"]),
    ]);
    expect_clean(
        &[
            "09:00 Breakfast: toast\n12:00 Lunch: soup",
            // one timed line is no log, and a time inside a sentence no line's
            "At 10:42 Mark: the time I woke up.",
            "10:42Will: hi\n10:43Joy: hi",
        ],
        Some(Kind::Name),
    );
}

/// A practitioner's pages on directories, link and booking sites, a doctor's name as a host,
/// and an area code before a slash.
#[test]
fn profiles_link_pages_and_slashed_area_codes() {
    expect_found(&[
        (
            "psychologytoday.com/us/therapists/jane-doe-lcsw/123456",
            Kind::Url,
            &["psychologytoday.com/us/therapists/jane-doe-lcsw/123456"],
        ),
        (
            "see www.psychologytoday.com/profile/123456 for my hours",
            Kind::Url,
            &["www.psychologytoday.com/profile/123456"],
        ),
        (
            "https://www.goodtherapy.org/therapists/profile/jane-doe-20160101",
            Kind::Url,
            &["https://www.goodtherapy.org/therapists/profile/jane-doe-20160101"],
        ),
        ("linktr.ee/janesmith", Kind::Url, &["linktr.ee/janesmith"]),
        (
            "book at https://calendly.com/jane-smith",
            Kind::Url,
            &["https://calendly.com/jane-smith"],
        ),
        (
            "visit drjanesmith.com for more",
            Kind::Url,
            &["drjanesmith.com"],
        ),
        ("Office: 512/867-5309", Kind::Phone, &["512/867-5309"]),
    ]);
    expect_clean(
        &[
            "https://www.psychologytoday.com/us/therapists is a directory.",
            "see drinkaware.co.uk and www.drugabuse.gov",
            "dose 150/300-450, scores 555/12, bp 120/80",
        ],
        None,
    );
}

/// An organisation's name typed in lower case is no one's, and music is listened and danced
/// to; a public figure's name typed in lower case is as often someone the writer knows (an
/// independent review: "i texted emma watson from my class"), and "to" a person still counts.
#[test]
fn lowercase_public_names_and_music_stay() {
    expect_clean(
        &[
            "he just said cool wanna play mario kart. best reaction ever",
            "Mum was dancing with one of the carers to Frank Sinatra. First time she smiled",
            "singing along to Adele Adkins in the car",
        ],
        Some(Kind::Name),
    );
    expect_names(&[
        ("my friend taylor swift came over", "taylor swift"),
        // (a private person who shares a famous name, with nothing of the work around)
        ("julia roberts keeps liking all my photos", "julia roberts"),
        (
            "message for william blake this is the school office",
            "william blake",
        ),
        ("ted lasso helped me more than my first therapist", "ted"),
        ("i texted emma watson from my class", "emma watson"),
        ("alan carr from accounts keeps bullying me", "alan carr"),
        ("I sent nudes to Jack Black", "Jack Black"),
        ("I sang. Then I wrote to Taylor Swift", "Taylor Swift"),
        ("I was listening to my friend Taylor Swift", "Taylor Swift"),
    ]);
}

/// A first name that in lower case is an everyday word is a name only in a name's position.
#[test]
fn lowercase_everyday_first_names() {
    expect_clean(
        &[
            "my mac keeps crashing",
            "grabbing a few bevs after work",
            "cuddling my teddy tonight",
            "i had the rona last winter",
        ],
        Some(Kind::Name),
    );
    expect_names(&[
        ("hey im mac", "mac"),
        ("my friend bev said hi", "bev"),
        ("ok teddy i get it", "teddy"),
        ("Mac said he would call", "Mac"),
    ]);
}

/// Names written with their accents are the listed names ("María", "José"), and Spanish
/// relations before a name are relations.
#[test]
fn accented_names_and_spanish_relations() {
    expect_names(&[
        ("I talked to María about it last night.", "María"),
        ("I talked to José about it", "José"),
        ("Mi hermana Sofía vive en Texas.", "Sofía"),
        ("mi novio jose me dejo", "jose"),
    ]);
    expect_clean(
        &[
            "Después de la sesión me sentí mejor.",
            "I saw my therapist.\nTá brón orm, I didn't mean to go on so long.",
        ],
        Some(Kind::Name),
    );
}

/// A town typed in lower case after a place word is a place; everyday words after "in" are not.
#[test]
fn lowercase_towns_after_place_words() {
    expect_found(&[
        (
            "im from manchester but at uni in leeds",
            Kind::Location,
            &["manchester", "leeds"],
        ),
        (
            "any good therapists in toronto?",
            Kind::Location,
            &["toronto"],
        ),
        ("we moved to tacoma last year", Kind::Location, &["tacoma"]),
    ]);
    expect_clean(
        &[
            "i was in bed all day, in denial, in limbo",
            "i believe in grace",
            "in reading the book i cried",
            "i work in sales near work",
        ],
        None,
    );
}

/// A black-box red team's leaks (2026-12-06): video-call rooms, lowercase short months, a
/// holiday of a given year, a month between hyphens, forum ages with a sex; and its false
/// alarms on a community or a video.
#[test]
fn a_red_teams_leaks_and_false_alarms() {
    expect_found(&[
        (
            "my room is https://doxy.me/drsmith",
            Kind::Url,
            &["https://doxy.me/drsmith"],
        ),
        (
            "join here https://zoom.us/j/5551234567",
            Kind::Url,
            &["https://zoom.us/j/5551234567"],
        ),
        (
            "https://meet.google.com/abc-defg-hij",
            Kind::Url,
            &["https://meet.google.com/abc-defg-hij"],
        ),
        ("my dad died jan 5 2020", Kind::Date, &["jan 5 2020"]),
        ("it happened on feb 14", Kind::Date, &["feb 14"]),
        (
            "my daughter was born on christmas day 2018",
            Kind::Date,
            &["christmas day 2018"],
        ),
        ("admitted 6-Mar-2024", Kind::Date, &["6-Mar-2024"]),
        ("I'm 92M and lonely.", Kind::Age, &["92M"]),
        (
            "I (23F) and my grandma (91F) live together.",
            Kind::Age,
            &["91F"],
        ),
    ]);
    expect_clean(
        &[
            "Posted in reddit.com/r/anxiety",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ this song helps",
            "you may 5 times ask",
            "we had christmas dinner",
            "sales of 92m dollars",
        ],
        None,
    );
    expect_found(&[(
        "reddit.com/r/anxiety/comments/abc123/my_story",
        Kind::Url,
        &["reddit.com/r/anxiety/comments/abc123/my_story"],
    )]);
}

/// Accounts named without an "@": after a platform's name, a Reddit user, a Cash App tag; a
/// platform's name before an everyday word, a price, a ticker or a sentence glued on is none.
#[test]
fn accounts_after_a_platforms_name() {
    expect_found(&[
        (
            "add me on discord: moonchild_22",
            Kind::Id,
            &["moonchild_22"],
        ),
        (
            "find me on reddit as u/throwaway_sadgirl",
            Kind::Id,
            &["u/throwaway_sadgirl"],
        ),
        ("my snapchat is jessie.x2005", Kind::Id, &["jessie.x2005"]),
        ("my cashapp is $jessm22", Kind::Id, &["$jessm22"]),
        ("my cash app is jessm22", Kind::Id, &["jessm22"]),
        ("ig: jess.m", Kind::Id, &["jess.m"]),
        ("psn: darkwolf99", Kind::Id, &["darkwolf99"]),
        ("Discord: moon_22", Kind::Id, &["moon_22"]),
    ]);
    expect_clean(
        &[
            "my insta is private: 2 followers",
            "that's big news, ig: it happens",
            "it costs $20, or $AAPL 150",
            "you have to handle situations.Anxiety is a fear",
            "snap back to reality at 3pm",
        ],
        None,
    );
}

/// The red team's false alarms on clinical scales and syndromes named after people and places,
/// Bible verses, regions that are a state's equals, and public lines.
#[test]
fn eponyms_verses_regions_and_lines_stay() {
    expect_clean(
        &[
            "They used the Hamilton Rating Scale for Depression.",
            "The midwife did the Edinburgh Postnatal Depression Scale.",
            "The Columbia Suicide Severity Rating Scale was done at intake.",
            "I think I have Stockholm syndrome with my ex.",
            "John 3:16 reminds me I'm loved.",
            "Jeremiah 29:11 is on my bedroom wall.",
            "my family is back in Otago, and his in Leinster",
            "ED Hope helpline, or NEDA at 1-800-931-2237; Tusla 01 771 8500",
        ],
        None,
    );
    expect_names(&[("John 3 came round at 5:30", "John")]);
}

/// A shouted line is read as if typed in lower case: its capitals tell nothing.
#[test]
fn shouted_lines_are_read_in_lower_case() {
    expect_found(&[
        (
            "MY NAME IS SARAH JONES AND I LIVE IN LEEDS",
            Kind::Name,
            &["SARAH JONES"],
        ),
        (
            "MY NAME IS SARAH JONES AND I LIVE IN LEEDS",
            Kind::Location,
            &["LEEDS"],
        ),
        ("PATIENT NAME: O'NEILL, PATRICK", Kind::Name, &["PATRICK"]),
    ]);
    expect_clean(
        &[
            "I AM SO ANGRY RIGHT NOW I CANT EVEN",
            "CBT AND DBT ARE GREAT FOR ME",
            "CALL THE SAMARITANS ON 116 123",
            "SESSION NOTES - CONFIDENTIAL\nClient attended.",
        ],
        None,
    );
}

/// A surname typed in lower case after a title is a name; a title before an everyday word or a
/// public name typed in lower case is not.
#[test]
fn lowercase_titled_surnames() {
    expect_names(&[
        ("i saw dr khan today", "khan"),
        ("mrs patel called me", "patel"),
        ("my gp dr o'brien said", "o'brien"),
        ("mr smith was rude", "smith"),
    ]);
    expect_clean(
        &[
            "i had a dr appointment",
            "dr pepper is my fave",
            "mr right doesnt exist",
            "the dr said rest",
            "ms word crashed",
            // (a second red team's: a game after a title)
            "ms pac-man all night",
        ],
        Some(Kind::Name),
    );
    // (a figure's name after a title typed in lower case is a name: "my therapist dr phil")
    expect_names(&[("my landlord mr darcy is evicting me", "darcy")]);
}

/// The red team's later leaks: an unlisted name opening a sentence with a relation after it,
/// and addresses spelled with a dotted mailbox or a bracketed "at" around a public host (a help
/// service's own mailbox, spelled so, stays).
#[test]
fn unlisted_openers_with_relations_and_spelled_addresses() {
    expect_names(&[
        ("Xiaoling is my wife.", "Xiaoling"),
        ("Oluwaseun is my brother.", "Oluwaseun"),
    ]);
    expect_clean(&["Spiritfarer is my favourite game."], Some(Kind::Name));
    expect_found(&[
        (
            "my email is john dot smith at gmail dot com",
            Kind::Email,
            &["john dot smith at gmail dot com"],
        ),
        (
            "email mike[at]yahoo.co.uk",
            Kind::Email,
            &["mike[at]yahoo.co.uk"],
        ),
    ]);
    expect_clean(
        &[
            "we met at a dot com company",
            "email info@mind.org.uk or info[at]mind.org.uk",
            // (an independent review's: no spaced "@" is an address)
            "I was @ home.It was fine",
        ],
        None,
    );
}

/// Numbers named by their key that the shapes alone miss: a card number failing its check
/// digit, a PPS number in lower case, a bank's branch code, a claim or case number.
#[test]
fn keyed_cards_pps_numbers_and_branch_codes() {
    expect_found(&[
        (
            "card no 4111 1111 1111 1112",
            Kind::Card,
            &["4111 1111 1111 1112"],
        ),
        ("my ppsn is 1234567t", Kind::Ssn, &["1234567t"]),
        ("BSB 062-000 please", Kind::Account, &["062-000"]),
        ("claim number 12345678", Kind::Id, &["12345678"]),
        ("case number CF-2023-001234", Kind::Id, &["CF-2023-001234"]),
    ]);
    expect_clean(
        &[
            "the case number is on the letter",
            "gift card number 2 was lost",
        ],
        None,
    );
}

/// An independent review's findings on this session's rules stay fixed: lowercase everyday
/// names in a name's position, a user's own subreddit and a channel-named video, ages and
/// slashes that are weather and scores, words after a platform's name, a directory's search
/// page, a score in a timed log, a cited verse in any case, an accented French word.
#[test]
fn a_review_of_the_red_team_rules_stays_fixed() {
    expect_names(&[
        ("me and teddy broke up last night", "teddy"),
        ("told bev about the pills", "bev"),
    ]);
    expect_found(&[
        (
            "https://www.reddit.com/r/u_jessm22",
            Kind::Url,
            &["https://www.reddit.com/r/u_jessm22"],
        ),
        (
            "https://www.youtube.com/watch?v=abc123&ab_channel=JessicaMillerVlogs",
            Kind::Url,
            &["https://www.youtube.com/watch?v=abc123&ab_channel=JessicaMillerVlogs"],
        ),
    ]);
    expect_clean(
        &[
            "it was hot today (95F), I'm 100m from the station",
            "score 200/300 2024, pages 100/200 3000 words",
            "instagram 2day, tiktok: 3hrs a day, we used snapchat filters_lol",
            "psychologytoday.com/us/therapists/ is where I looked",
            "[08:00] Joy: 3/10\n[20:00] Hope: 5/10",
            "jeremiah 29:11 is on my wall",
            "Déjà vu again today.",
            "my family is back in munster",
        ],
        None,
    );
}

#[test]
fn a_twelfth_authors_carrier_text_stays_intact() {
    // (found by the style-matched twelfth set, scored blind)
    expect_clean(
        &[
            "im ok-ish",
            "the Macmillan nurse was lovely with my mum",
            "Macmillan nurses saved us",
            "our Macmillan nurse rang today",
        ],
        None,
    );
    // a name still reads as one after the intro, hyphenated or not, and a surname beside a nurse
    // (a review's: a service's name on the public list swallowed "Fiona Macmillan")
    expect_names(&[
        ("im mary-jane", "mary-jane"),
        ("my nurse is Sarah Macmillan", "Sarah Macmillan"),
        (
            "Fiona Macmillan nurse practitioner rang me",
            "Fiona Macmillan",
        ),
        (
            "our neighbour Jean Macmillan nurses at the hospice",
            "Jean Macmillan",
        ),
        ("my neighbour Macmillan nurses at the hospice", "Macmillan"),
        ("Mrs Macmillan nurses her husband at home", "Macmillan"),
    ]);
}

#[test]
fn introductions_in_other_languages_find_the_name() {
    // (a sentence of another language trusts only strong cues: these are the introductions)
    expect_names(&[
        ("Hola, me llamo Sofia y tengo miedo", "Sofia"),
        ("ich heiße Anna und ich brauche Hilfe", "Anna"),
        ("je m'appelle Léa", "Léa"),
        ("mi chiamo Marco Rossi", "Marco Rossi"),
        ("Hola, mi nombre es Ana", "Ana"),
        ("Olá, meu nome é Joao Silva", "Joao Silva"),
    ]);
}

#[test]
fn a_thirteenth_authors_capitalised_words_stay_intact() {
    // (found by the style-matched thirteenth set, scored blind)
    expect_clean(
        &[
            "I use Auslan and English.",
            "namaste, is it ok if I write in Hinglish sometimes",
            "I got 3 Bs in my A-levels and lost my uni place.",
            "straight As last year, two Cs this year",
            "did Wordle, did the Sudoku, still cant face my emails",
        ],
        None,
    );
    // a person before the same words is still a person; a determiner ending the sentence
    // before is no title's
    // (a review's: a determiner and a word before "game", "podcast", "film" was first read as a
    // title, which hid people and towns — "that Sarah games", "the Okafor film from the wedding")
    expect_names(&[
        ("my mum says that Sarah games too much", "Sarah"),
        (
            "I keep rewatching the Okafor film from the wedding",
            "Okafor",
        ),
        ("that Jones guy keeps texting me", "Jones"),
        ("my friend Celeste came over", "Celeste"),
        (
            "I told her about this. Celeste game night is off",
            "Celeste",
        ),
    ]);
}

#[test]
fn a_reviews_probes_of_the_twelfth_version_stay_closed() {
    // a town that is also an opening word is still a town after a place cue
    expect_found(&[("I live in Many", Kind::Location, &["Many"])]);
    // a name written with letters English has not, frequent as a word only in another
    // language's text, is a name after a person's cue
    expect_names(&[
        ("my friend Jürgen called", "Jürgen"),
        ("my friend João called", "João"),
        ("my brother Søren is angry", "Søren"),
        ("Hi Björn, thanks for this", "Björn"),
    ]);
    // honorifics and kin words of other languages, said to someone, are no names
    expect_clean(
        &[
            "Thanks Señora, you were really kind to me today",
            "Hi Bà, I miss you",
            "Dear Ông, I'm sorry",
            "Thanks Babička, she always knows",
            "Hi Mẹ, I'm okay",
            "there's a place called Café del Mar near me",
        ],
        Some(Kind::Name),
    );
    // "I welcome you" in German is no introduction
    expect_clean(&["Ich heiße Sie herzlich willkommen"], Some(Kind::Name));
}

/// Detector /13 (2026-12-07), from two more authors' carrier text scored blind (docs/PRIVACY.md):
/// names written with letters English lacks, public figures and titles typed in lower case,
/// seas and regions, spoken fillers, works said to be works, thanks in other languages, "lady"
/// after its qualifier, clinical prefixes; and an independent review's probes of the first cut,
/// each a leak it opened, now closed.
#[test]
fn the_thirteenth_versions_cases() {
    // a given name with letters English lacks is a name without a cue; one that is also a word
    // of its language is not ("barış": peace, "día": day)
    expect_names(&[
        ("I told Jürgen everything", "Jürgen"),
        ("Then Björn called me", "Björn"),
        ("Best wishes, Jürgen", "Jürgen"),
        ("me and Ayşe went out", "Ayşe"),
        ("Søren said no", "Søren"),
    ]);
    expect_clean(
        &[
            "Barış içinde yaşamak istiyorum",
            "Día de los Muertos is coming and I miss her",
            "Дякую, thank you for listening to me",
        ],
        Some(Kind::Name),
    );
    expect_found(&[
        // a filler between the cue and the word is no word
        ("my name is um Rose", Kind::Name, &["Rose"]),
        ("I live in um Bath", Kind::Location, &["Bath"]),
        // and a filler before a vocative's comma keeps it one (review)
        ("my name is, um, Jack", Kind::Name, &["Jack"]),
        ("uh, Mark, I need help", Kind::Name, &["Mark"]),
        // a town named like a state or a sea stays a town (review)
        ("I live in Victoria, BC", Kind::Location, &["Victoria"]),
        ("I'm in Atlantic, Iowa", Kind::Location, &["Atlantic"]),
        // a sea or a region names streets too (a second review)
        (
            "I live on Adriatic Street",
            Kind::Address,
            &["Adriatic Street"],
        ),
    ]);
    // public figures and titles in lower case, named right before the work or after "<work>
    // by", with no one who knows them around
    expect_clean(
        &[
            "gracie abrams songs hit different when ur sad",
            "joni mitchell blue album got me through the breakup",
            "i'm reading a book by matt haig",
            "Celeste is a game about anxiety",
            "Finch is a silly little self-care app but I love it",
            "The job centre lady told me my qualifications don't count",
            "the dinner lady told me off",
            "running helps until it doesnt Perimenopause and my anxiety went through the roof",
            "the Plunket nurse came round",
        ],
        Some(Kind::Name),
    );
    expect_names(&[
        ("my friend taylor swift came over", "taylor swift"),
        // a private person who shares a famous name, doing or done to (review)
        ("julia roberts keeps liking all my photos", "julia roberts"),
        (
            "i was groomed by john howard who was my coach",
            "john howard",
        ),
        ("kate bush keeps reading my messages", "kate bush"),
        ("i told emma watson about the song i wrote", "emma watson"),
        ("i watched a movie with kevin hart last night", "kevin hart"),
        // listened to, watched, read, recorded by, or a verb after (a second review)
        (
            "i should have listened to emma stone when she warned me",
            "emma stone",
        ),
        ("i can't stop reading kate bush texts", "kate bush"),
        ("i was secretly recorded by james bay", "james bay"),
        ("kevin hart might show up at my house tonight", "kevin hart"),
        (
            "listening to phoebe bridgers voice notes she sent me",
            "phoebe bridgers",
        ),
        ("Sarah is a game designer", "Sarah"),
        // the noun is not what the person is (review)
        ("Liam is a drummer in a band", "Liam"),
        ("Maddie is a fan of the show", "Maddie"),
        ("Callum is a comic", "Callum"),
        ("Leah is a closed book, she never talks about it", "Leah"),
        // a name after a job is still a name (review)
        ("the lunch lady dawn said hi", "dawn"),
        ("my mate jake told me", "jake"),
        ("my friend Prescott called", "Prescott"),
        ("Imam Yusuf was kind to me", "Yusuf"),
        // words of the new lists that are names too (review)
        ("my friend Asante helped me move", "Asante"),
        ("Ste said he'd call me back", "Ste"),
        ("my name is Sahara", "Sahara"),
        ("Sarah Plunket called me", "Sarah Plunket"),
        // a sentence of German is read for its names as before (review), and two words of
        // thanks do not make an English message another language's (a second review)
        ("Hallo, ich bin Lena", "Lena"),
        ("Cảm ơn Linh, you're so kind", "Linh"),
        // a filler after a word that names nothing carries no cue (a second review)
        ("so um Jordan said he'd kill himself", "Jordan"),
        // and "so" opening a clause is no determiner before a name that reports (a leak of
        // `/12` too, found by the second review)
        ("so Jordan said he'd kill himself", "Jordan"),
        // a surname that is a frequent word of its own language, after a given name (a leak of
        // `/12` too, found by the second review)
        ("Björn Andersson called me", "Björn Andersson"),
        ("I met Lars Svensson today", "Lars Svensson"),
        // across a sentence's end a relation still speaks of the person (review)
        ("My boyfriend. Tom Hardy. He hits me", "Tom Hardy"),
    ]);
    // seas and regions larger than a state, short names of countries: allowed geography
    expect_clean(
        &[
            "I did peacekeeping in Bosnia and nobody asked",
            "we crossed the Mediterranean, I still dream about it",
            "I'm from the Midwest",
        ],
        None,
    );
}

#[test]
fn the_fourteenth_versions_cases() {
    expect_clean(
        &[
            // a job or an office where it is held, opening a note's sentence
            "Lawyer says 60% chance on appeal",
            "Bishop at my church said he'd pray for me.",
            // words of the lists
            "Incense, Latin, stillness.",
            "> Megathread",
            "The Sunday Scaries are hitting different this week.",
            "Team Rubicon gave me a mission again.",
            "Stardew, Spiritfarer and Unpacking are my cozy game prescription.",
            // no transcript, no one done to the writer (the review)
            "Harry Styles: my favourite singer.",
            "Stephen Fry told us about his bipolar in that documentary.",
        ],
        Some(Kind::Name),
    );
    // a province after a spoken filler behind its preposition; not a word that is no place
    expect_clean(
        &[
            "CALLER: I'm in, uh, Alberta, is that, can you still help?",
            "I'm at, uh, Home now.",
            "I came from, uh, Foster care.",
            // months before everyday words and terms stay
            "May Day was hard.",
            "August Bank Holiday is rough.",
            "May Zoloft help",
        ],
        None,
    );
    expect_found(&[
        ("I got a text from, uh, Mark.", Kind::Name, &["Mark"]),
        (
            "I got a letter from, uh, Virginia, my birth mum.",
            Kind::Name,
            &["Virginia"],
        ),
        // every mention of a name the text shows is someone's (the review)
        (
            "My son's name is Sam Smith. Sam Smith's episodes are getting worse.",
            Kind::Name,
            &["Sam Smith", "Sam Smith"],
        ),
    ]);
    expect_names(&[
        // what a figure's namesake did to the writer or theirs
        ("Taylor Swift called me yesterday.", "Taylor Swift"),
        ("Taylor Swift told my mum everything.", "Taylor Swift"),
        // across a sentence's end a relation still speaks of the person
        (
            "I have a boyfriend. Taylor Swift is his name.",
            "Taylor Swift",
        ),
        (
            "It's about my husband. Tom Hardy's drinking is out of control.",
            "Tom Hardy",
        ),
        // a form's label however long its line, a speaker, a relation in brackets (the
        // generated development sets' "Mary Oliver (sister)", "Robin Williams: Hi.")
        (
            "Watched Inside Out 2 and cried. Emergency contact: Mary Oliver",
            "Mary Oliver",
        ),
        (
            "Facilitator: Welcome.\nRobin Williams: Hi. I'm new.",
            "Robin Williams",
        ),
        ("Robin Williams (my dad) died", "Robin Williams"),
        // a figure's name said of someone known is a name whole, though the rules find part
        ("my friend Michelle Obama called", "Michelle Obama"),
        ("Ed Sheeran texted me... in my dreams lol.", "Ed Sheeran"),
        // a name run on past an organisation's (the second review)
        (
            "Team Rubicon Mark Davies came out to the house.",
            "Mark Davies",
        ),
        // figures with common names are left off the lists, read as anyone (the reviews
        // found every exemption tried for them to leak: "…'s death still hasn't sunk in. The
        // house is so quiet without him.")
        ("I met Robin Williams at the gym.", "Robin Williams"),
        ("Dr Sam Smith's poems helped.", "Sam Smith"),
        (
            "Gary Speed's death last year broke me, he was my best mate.",
            "Gary Speed",
        ),
        (
            "Sam Smith's death still gets me. We grew up together.",
            "Sam Smith",
        ),
        // a name before a game is someone's (the review)
        (
            "I hate that Jake game he plays where he ignores me.",
            "Jake",
        ),
        // a surname at work, clergy away from worship, a charity's name as someone's, a word
        // of the lists as someone's
        ("Bishop from accounts said no.", "Bishop"),
        ("Bishop in the office said no.", "Bishop"),
        (
            "Deacon from my school said he'd meet me after class.",
            "Deacon",
        ),
        ("my friend Tommy's dog died", "Tommy"),
        ("My friend Chai texted me.", "Chai"),
        ("My son Everest has autism.", "Everest"),
        // a month that is a given name before a word that can only be a name (a leak of /13:
        // "April" was left beside a redacted "Jones")
        ("April Jones called me.", "April Jones"),
        ("Jan Kowalski texted.", "Jan Kowalski"),
        ("I am April Kirby.", "April Kirby"),
        // an English greeting before a name keeps the sentence English (a leak of /13)
        ("Thanks Sofia, merci beaucoup", "Sofia"),
        // the code review's: a first name after a filler that then says something, a given
        // name that is also clergy, a tea named like a person
        ("Then in, uh, Virginia told me to leave", "Virginia"),
        ("Deacon at my church said I should pray", "Deacon"),
        ("Earl Grey shouted at me in the kitchen again", "Earl Grey"),
        (
            "Macmillan's support for me after my divorce was great, she's my neighbour.",
            "Macmillan",
        ),
    ]);
    let pair = of_kind(
        "Stephen Fry. Sam Smith. Both my teachers this year.",
        Kind::Name,
    );
    assert!(pair.contains(&"Sam Smith"), "{pair:?}");
}

/// What `/15` changed: people named by everyday words are found by what they do to the writer
/// and by the chat forms around them; and words that name no one stay (the seventeenth and
/// eighteenth authors' development text, two black-box reviews).
#[test]
fn the_fifteenth_versions_cases() {
    expect_clean(
        &[
            // after "I'm", a word with an affix or a chat spelling is no name
            "I'm homeschooled and I don't really have friends my age.",
            "im unmedicated rn",
            "I'm couchsurfing and broke",
            "im chillin",
            "I'm Black and Muslim and I feel like I don't fit anywhere.",
            // no one is an app, a storm, a greeting, or "from anyone"
            "Audiobooks on the Calm app are free.",
            "Hurricane season has made me anxious ever since Hurricane Katrina.",
            "Storm Arwen took our fence.",
            "As-salamu alaykum, I'm not sure where to begin.",
            "it's serious Wa alaykum as-salam. Take your time.",
            "Miles from anyone who knows me, and honestly that's the point.",
            // a sentence's end is no greeting's reach, nor a counsellor's
            "That's hard, thank you. Check in thread: how is everyone?",
            "reach a counselor. Selena Gomez's documentary made me cry.",
            // what a show, a day or a pint does is no one's doing
            "Bluey made me cry again, that episode with the dad",
            "Remembrance Sunday always hits my grandad hard",
            "Guinness used to be my Friday.",
            "Hope kept me going",
            "Guy groped me on the subway and nobody did anything",
            "Nursing on a short-staffed ward is breaking me.",
            "My teenage son won't talk to me.",
            "The Christian said we should pray.",
            "Netflix asked if I'm still watching.",
            // a helpline's letters and a game after it are no street
            "The Suicide Crisis Helpline is 0508 TAUTOKO. Hollow Knight is so hard.",
        ],
        None,
    );
    // counts, not ages; years by another name are ages
    expect_clean(
        &[
            "Our interpreter service covers over 100 languages.",
            "our group has nearly 100 members now",
        ],
        Some(Kind::Age),
    );
    expect_found(&[
        (
            "my nan is over 90 winters and still fierce",
            Kind::Age,
            &["90"],
        ),
        (
            "my gran is over 100 years old",
            Kind::Age,
            &["100 years old"],
        ),
        (
            "I live at 12 St. Kilda Road",
            Kind::Address,
            &["12 St. Kilda Road"],
        ),
        (
            "Safety plan:\n1. Jay: +61.482.823.620\n2. the crisis line",
            Kind::Name,
            &["Jay"],
        ),
    ]);
    expect_names(&[
        // what was done to the writer, with the words between that say how or how long
        ("Mark punched me", "Mark"),
        ("then Mark punched me", "Mark"),
        ("Bill literally yelled at me", "Bill"),
        ("Mark has been hitting me", "Mark"),
        ("Rose used to beat me", "Rose"),
        ("Mark won't let me see my kids", "Mark"),
        ("Rose broke up with me", "Rose"),
        ("Grace raped me", "Grace"),
        ("mark punched me", "mark"),
        ("April told me to kill myself", "April"),
        ("May said she'd call", "May"),
        // the chat forms around a lowercase name
        ("tbh john is the only one who checks on me", "john"),
        ("me n eleanor r not talking", "eleanor"),
        ("omg maria is being so annoying", "maria"),
        ("omg jack just told me", "jack"),
        ("my bf christian says im overreacting", "christian"),
        ("my ex frank keeps texting me", "frank"),
        ("my ex conchur keeps texting me", "conchur"),
        ("yeah roger smith told me that", "roger smith"),
        ("yeah tony cook told me that", "tony cook"),
        (
            "i met eleanor at the meeting and we talked for hours",
            "eleanor",
        ),
        // a name found is widened over the first name before it and a surname closing it
        ("thanks again, frank hester", "frank hester"),
        ("thanks again, cassandra long", "cassandra long"),
        ("May Smith called me", "May Smith"),
        // after a greeting across a full stop, a name that is no word; after a storm's
        // word, a person with a cue; after an Arabic greeting, a name
        ("thank you. Priyanka honestly", "Priyanka"),
        ("my sister Storm Amelia is in hospital", "Storm Amelia"),
        ("salam alaikum Zainab, I need advice", "Zainab"),
        (
            "as-salamu alaykum everyone, I'm Michael and I'm new",
            "Michael",
        ),
        // a first name opening a text after a mark that ends no sentence (a panic, found
        // before landing: the word before was read at index 0)
        ("🙃mark punched me", "mark"),
        // the code review's: a storm's word before a person who acts, a name after a spaced
        // dash, a name that was a word of another language, a name that derives from a word
        ("Storm Ella said she hates me", "Storm Ella"),
        ("thank you - Amber", "Amber"),
        ("Meri told me to leave", "Meri"),
        ("im fareed and im new", "fareed"),
    ]);
    // an age before a verb with its "s" is still an age (the code review: only a word of
    // quantity makes a count); a four-letter abbreviation joins a street
    expect_found(&[
        ("my grandad is 94 thinks he's still 20", Kind::Age, &["94"]),
        (
            "I live at 12 Capt. Cook Drive",
            Kind::Address,
            &["12 Capt. Cook Drive"],
        ),
    ]);
    expect_clean(
        &["after Storm Arwen hit", "Hurricane Katrina hit my town"],
        None,
    );
}

#[test]
fn the_code_reviews_findings_on_the_sixteenth_version_stay_fixed() {
    // "my" as the last word after an act read past the end of the words (a panic)
    expect_clean(
        &["Summer ghosted my", "hope blocked my", "and will text my"],
        None,
    );
    expect_names(&[("Tom ghosted my.", "Tom")]);
    expect_clean(
        &[
            // the modal, not a name; standing by, not standing up; "its" states a thing
            "she's at work and will text me after",
            "Will text me later",
            "Hope stood with me through it all",
            "its winter. everything feels worse",
            "its karma. i deserved it",
        ],
        None,
    );
    // a town before a service is still the place; a day's events keep their dates
    expect_found(&[
        (
            "Referred to Croydon therapy team",
            Kind::Location,
            &["Croydon"],
        ),
        ("my discharge was 9/10", Kind::Date, &["9/10"]),
        ("his bday is 4/10", Kind::Date, &["4/10"]),
    ]);
    expect_names(&[("June stood me up again", "June")]);
}

#[test]
fn a_day_that_is_rated_is_still_a_date() {
    expect_found(&[
        ("my appointment is 4/10", Kind::Date, &["4/10"]),
        ("the funeral was 4/10", Kind::Date, &["4/10"]),
        // (the second review's: a day's business before or after it)
        ("is 4/10 ok for our next session?", Kind::Date, &["4/10"]),
        (
            "my mri was 7/10 and still no results",
            Kind::Date,
            &["7/10"],
        ),
        ("the tribunal is 9/10 at 10am", Kind::Date, &["9/10"]),
        ("Next appt 17/3 at 2pm", Kind::Date, &["17/3"]),
        (
            "discharged 3/11, readmitted 19/11",
            Kind::Date,
            &["3/11", "19/11"],
        ),
    ]);
    expect_clean(
        &[
            "anxiety was 8/10 at 3am",
            "is 9/10 normal for anxiety before exams?",
            "my mood is 8/10 since my",
        ],
        Some(Kind::Date),
    );
}

#[test]
fn the_sixteenth_versions_cases() {
    expect_names(&[
        // what only a person does to the writer makes even a season or a virtue a person
        ("Summer ghosted me after three dates", "Summer"),
        ("Hope texted me at 2am again", "Hope"),
        ("Dawn cheated on me", "Dawn"),
        ("June dumped me", "June"),
        ("Mark cheated on me", "Mark"),
        // an everyday word that is a given name, the subject of a clause a verb of knowing or
        // a conjunction opens
        ("I think Tom gets drunk every night.", "Tom"),
        ("I know Mark is lying to me.", "Mark"),
        ("ever since Jack left I can't sleep", "Jack"),
        ("I swear Rose wants me gone", "Rose"),
        // a lowercase introduction closed by a full stop, as by the end of the text
        ("i'm peter. idk if this is the right place", "peter"),
        ("i'm grace. idk if this is the right place", "grace"),
        // after a greeting, a name whose everyday word is rare, wherever the message goes on
        ("thx maria hormones have made me feel more like me", "maria"),
        ("sry john my phone died", "john"),
        // the review's: an auxiliary before the act, breaking up, the writer's own, more
        // conjunctions and knowers, a verb's past in "-ed"
        ("Summer has ghosted me for two weeks now", "Summer"),
        ("June keeps ghosting me", "June"),
        ("Faith broke up with me", "Faith"),
        ("Summer ghosted my sister too", "Summer"),
        ("whilst Frank was asleep I went through his phone", "Frank"),
        ("till Rose gets home I'm on my own with the kids", "Rose"),
        ("I think that Frank is manipulating me", "Frank"),
        ("The GP thinks Amber has ADHD", "Amber"),
        ("until Tom apologised I refused to talk", "Tom"),
        ("Summer left me on read", "Summer"),
        ("Faith won't text me back", "Faith"),
        ("hope blocked me on insta", "hope"),
        ("I worry Pat is drinking too much", "Pat"),
        ("I think Ray might be suicidal", "Ray"),
        ("Dawn is cheating on me I just know it", "Dawn"),
        // a name's or a case note's possessive owns the relation too
        ("Pt's partner Dawn attended the review", "Dawn"),
        // and a case note's bare relation after what brings a person in
        ("Collateral obtained from sister Hope.", "Hope"),
        ("pt says partner Summer is supportive", "Summer"),
        (
            "Client reports partner April restricts access to phone",
            "April",
        ),
    ]);
    expect_clean(
        &["in tune with Mother Nature", "exams (May) are stressful"],
        None,
    );
    expect_clean(
        &[
            // a season, a virtue or a fortune in the same place is a thing
            "I think Summer is nearly over.",
            "I know Hope is hard to hold onto.",
            "I guess Chance will decide.",
            "I think Karma will get them.",
            "I know Faith is what keeps me going.",
            "Hope slapped me in the face this year.",
            "Love left me broken.",
            "Motivation ghosted me this week.",
            // what a thing is called
            "I know Violet is the colour I picked for the good days.",
            // the review's: a season's or a fortune's figures, a bank, a state
            "Winter kissed me with frost",
            "Spring ghosted us this year, straight from winter to summer",
            "Karma dumped me on my arse",
            "Chase blocked my card while I was abroad",
            "I think Victoria is going back into lockdown",
            // the nineteenth author's: a rating out of ten, a town's score, a census entry
            // that is an everyday plural
            "Wellbeing check-in: 6/10 today, was 4/10 last week.",
            "My Edinburgh score was high so they referred me on.",
            "CW: eating disorder talk, numbers mentioned.",
            // an adjective that is a name, closing the sentence after "i'm"
            "i'm fine. thanks for asking",
            "i'm sure. ok let's go",
        ],
        None,
    );
}

mod brand_words;
mod long_text;
mod public_people;
mod world_names;
