//! Public figures' names said of someone the writer knows (`mhd-pii/18`), and private people
//! whose names stand where a figure's might: each is a name to redact. The last cases are a
//! review's probes of rules tried for `/18` and taken back (a maker's work after a name, a
//! relation only counted within its sentence): they leaked private names.

use super::{expect_names, kinds};
use crate::pii::Kind;

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
        ("I texted Emma Watson last night.", "Emma Watson"),
    ]);
}

#[test]
fn private_names_before_works_and_after_a_relation_stay_names() {
    expect_names(&[
        (
            "Looking through Emily's wedding album made me cry.",
            "Emily",
        ),
        (
            "After Jenny's talk with me last night I cried for hours.",
            "Jenny",
        ),
        (
            "My daughter writes. Chloe's poems about self harm scare me.",
            "Chloe",
        ),
        (
            "I'm scared of my boyfriend. Tom Hardy drinks every night.",
            "Tom Hardy",
        ),
        ("It's my boyfriend. Tom Hardy. He hits me.", "Tom Hardy"),
    ]);
}

#[test]
fn a_number_typed_a_digit_at_a_time_is_redacted_whole() {
    let text = "my account number is 1 2 3 4 5 6 7 8 9 0 1 2 3 4";
    assert_eq!(
        kinds(text),
        vec![("1 2 3 4 5 6 7 8 9 0 1 2 3 4", Kind::Account)]
    );
}
