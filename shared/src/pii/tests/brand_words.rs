//! Brand words typed in lower case (`mhd-pii/19`). `brand_words.txt` gives its words the
//! first-name flag beside the everyday-word one: a name only where a name stands. Until `/18`
//! the lowercase rules' first-name filter was built from the name lists alone, so whether a
//! lowercase brand was read at all rested on the filter's false positives ("talisker said no"
//! gave nothing, "pharrell said no" a name).

use super::kinds;
use crate::pii::Detector;
use crate::pii::lexicon::{COMMON, FIRST_NAME, FOREIGN_WORD, ORDINARY_WORD, TOWN};

const BRANDS: &str = include_str!("../../../../data/pii/brand_words.txt");

/// What the detector finds in `template` with `word` in it, the word replaced by a marker.
fn reading(template: &str, word: &str) -> Vec<(String, crate::pii::Kind)> {
    let text = template.replace("{}", word);
    kinds(&text)
        .into_iter()
        .map(|(s, k)| (s.replace(word, "<w>"), k))
        .collect()
}

#[test]
fn a_lowercase_brand_word_reads_as_an_everyday_first_name() {
    let lex = &Detector::get().lexicon;
    let templates = [
        "{} said no",
        "ok {} texted me again",
        "my bf {} says hi",
        "cheers. {}",
        "i love {}",
        "went to {} after work",
    ];
    let mut checked = 0;
    for brand in BRANDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let f = lex.flags(brand);
        assert_ne!(f & FIRST_NAME, 0, "{brand}");
        // (a brand also listed as never a name, a foreign word or a town is read by that list)
        if f & (ORDINARY_WORD | COMMON | FOREIGN_WORD | TOWN) != 0 {
            continue;
        }
        for t in templates {
            assert_eq!(reading(t, brand), reading(t, "grace"), "{t} / {brand}");
        }
        checked += 1;
    }
    assert!(checked > 300, "{checked}");
}
