//! A long record costs time in proportion to its length: the search structures that keep it so
//! give the same answers as the plain scans they replace.

use super::super::*;
use proptest::prelude::*;

/// The windows as first written: each digit walks out to its token's ends.
fn windows_walking(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for d in (0..b.len()).filter(|&i| b[i].is_ascii_digit()) {
        let mut s = d.saturating_sub(WINDOW);
        while s > 0 && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let mut e = (d + WINDOW).min(b.len());
        while e < b.len() && !b[e].is_ascii_whitespace() {
            e += 1;
        }
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Overlaps kept as first written: every finding against every kept one.
fn resolve_pairwise(text: &str, found: &[Finding]) -> Vec<Finding> {
    let mut found = found.to_vec();
    found.sort_by_key(|f| (f.kind, std::cmp::Reverse(f.end - f.start), f.start));
    let mut kept: Vec<Finding> = Vec::new();
    for f in found {
        let over: Vec<_> = kept
            .iter()
            .filter(|k| f.start < k.end && k.start < f.end)
            .collect();
        if over.is_empty() {
            kept.push(f);
            continue;
        }
        let first = over.iter().map(|k| k.start).min().unwrap();
        let last = over.iter().map(|k| k.end).max().unwrap();
        for (s, e) in [(f.start, first.max(f.start)), (last.min(f.end), f.end)] {
            if let Some((s, e)) = word_part(text, s, e) {
                kept.push(Finding {
                    start: s,
                    end: e,
                    kind: f.kind,
                });
            }
        }
    }
    kept.sort();
    kept
}

const KINDS: [Kind; 4] = [Kind::Email, Kind::Phone, Kind::Location, Kind::Name];

fn findings(len: usize) -> impl Strategy<Value = Vec<Finding>> {
    proptest::collection::vec((0..len, 1..12usize, 0..KINDS.len()), 0..24).prop_map(move |v| {
        v.into_iter()
            .map(|(s, n, k)| Finding {
                start: s,
                end: (s + n).min(len),
                kind: KINDS[k],
            })
            .filter(|f| f.start < f.end)
            .collect()
    })
}

proptest! {
    #[test]
    fn windows_are_those_of_the_walk_to_each_tokens_ends(text in "[a1 \\n]{0,600}") {
        prop_assert_eq!(digit_windows(&text), windows_walking(&text));
    }

    #[test]
    fn overlaps_resolve_as_pairwise(found in findings(80)) {
        // ASCII words and spaces: every offset is a char boundary
        let text = "ab cd ef gh ij kl mn op qr st uv wx yz ".repeat(3);
        let mut fast = found.clone();
        resolve(&text, &mut fast, &[]);
        prop_assert_eq!(fast, resolve_pairwise(&text, &found));
    }

    #[test]
    fn overlapping_spans_are_those_a_plain_scan_finds(
        spans in proptest::collection::vec((0..700usize, prop_oneof![0..40usize, 200..400usize]), 0..30),
        start in 0..720usize,
        len in 0..50usize,
    ) {
        let spans: Vec<(usize, usize)> = spans.into_iter().map(|(s, n)| (s, s + n)).collect();
        let mut plain: Vec<(usize, usize)> = spans
            .iter()
            .copied()
            .filter(|&(s, e)| start < e && s < start + len)
            .collect();
        plain.sort_unstable();
        let mut fast: Vec<(usize, usize)> = Overlaps::new(spans).of(start, start + len).copied().collect();
        fast.sort_unstable();
        prop_assert_eq!(fast, plain);
    }
}

#[test]
fn a_public_host_is_known_at_the_end_of_a_long_one() {
    let d = Detector::get();
    let long = format!("{}mayoclinic.org", "a.".repeat(5000));
    assert!(d.lexicon.is_public_host(&long));
    assert!(!d.lexicon.is_public_host(&"a.".repeat(5000)));
    assert!(d.lexicon.is_public_host("www.mayoclinic.org"));
}

/// A URL longer than a browser takes, or a host longer than DNS allows, is not read through to
/// judge it (that made a long token quadratic): it is redacted whole, fail closed, so what
/// stands past the reach still goes.
#[test]
fn a_url_or_host_past_its_reach_is_redacted_whole() {
    let d = Detector::get();
    let pad = "p".repeat(2100);
    for (text, from) in [
        (
            format!("my site www.facebook.com/{pad}/jane.doe.5 thanks"),
            8,
        ),
        (
            format!("https://www.psychologytoday.com/us/therapists/{pad}/jane-doe-lcsw/123456"),
            0,
        ),
        (
            format!("see janedoe-counselling.com/{pad}/jane-doe-intake-form"),
            4,
        ),
        (format!("see {}.janedoe.co.uk bye", "a-".repeat(130)), 4),
    ] {
        let found = d.detect(&text);
        let slug = text.rfind("jane").unwrap();
        assert!(
            found
                .iter()
                .any(|f| f.kind == Kind::Url && f.start == from && f.end >= slug + 7),
            "{:?}",
            found
                .iter()
                .map(|f| (f.start, f.end, f.kind))
                .collect::<Vec<_>>()
        );
    }
}
