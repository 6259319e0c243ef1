//! Public people named by what they made or did in public, not private people: each case was
//! redacted before (`mhd-pii/18`), from development text that named them.

use super::{expect_clean, expect_names};

#[test]
fn what_the_writer_did_to_a_figure_makes_them_known() {
    expect_names(&[
        ("julia roberts keeps liking all my photos", "julia roberts"),
        (
            "message for william blake this is the school office",
            "william blake",
        ),
        (
            "i was groomed by john howard who was my coach",
            "john howard",
        ),
        ("I told Emma Watson about the song I wrote", "Emma Watson"),
    ]);
}

#[test]
fn a_relation_in_the_sentence_before_does_not_make_a_figure_known() {
    expect_clean(
        &[
            "Fentanyl took my son.  Mariah Carey talking about Bipolar II made me feel less alone",
            "I love my son. Taylor Swift songs are his favourite",
        ],
        None,
    );
    // unless the name is said to be theirs
    expect_names(&[("I have a boyfriend. Tom Hardy is his name", "Tom Hardy")]);
}

#[test]
fn a_name_before_its_work_is_its_makers() {
    expect_clean(
        &[
            "Adele's album about her divorce got me through",
            "Mary Oliver's poems are the only prayer I have left",
            "Feeling Good podcast? It's based on the David Burns book.",
            "Taylor Swift's folklore album got me through my breakup",
        ],
        None,
    );
    expect_names(&[
        ("my sister Jane's book came out", "Jane"),
        ("Sarah's book club meets on Tuesday", "Sarah"),
        ("Mike's car broke down again", "Mike"),
        // (a title makes them someone met in a role)
        ("Dr Sam Smith's poems helped.", "Sam Smith"),
    ]);
}
