//! Near-duplicate fingerprints: word 5-gram shingles of a record's non-system messages
//! (lowercased, punctuation folded), summarised by one-permutation MinHash with optimal
//! densification — one hash per shingle instead of one per permutation, which is what makes
//! signatures cheap enough to compute for every record in the shard step.

use crate::model::{Message, Role};

/// Signature length (bins). Estimated Jaccard has a standard error of about
/// sqrt(J(1-J)/K): 0.035 at J = 0.8.
pub const K: usize = 128;
pub const SHINGLE: usize = 5;

pub type Signature = [u32; K];

use crate::rng::mix;

/// FNV-1a over a word's bytes, then mixed.
#[inline]
fn word_hash(w: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in w {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h)
}

/// Calls `f` with the hash of each normalized word of the non-system messages: lowercase,
/// anything but letters and digits is a separator. Messages are separated (no shingle spans a
/// role change) by a boundary marker word.
pub fn words(messages: &[Message], mut f: impl FnMut(u64)) {
    let mut buf: Vec<u8> = Vec::with_capacity(32);
    for m in messages.iter().filter(|m| m.role != Role::System) {
        let text = m.content.as_bytes();
        let mut i = 0;
        while i < text.len() {
            let b = text[i];
            // ASCII (most text) byte by byte; anything else as a char.
            let (alnum, len) = if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    buf.push(b.to_ascii_lowercase());
                }
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let ch = m.content[i..].chars().next().expect("char boundary");
                let alnum = ch.is_alphanumeric();
                if alnum {
                    let mut tmp = [0u8; 4];
                    for lc in ch.to_lowercase() {
                        buf.extend_from_slice(lc.encode_utf8(&mut tmp).as_bytes());
                    }
                }
                (alnum, ch.len_utf8())
            };
            if !alnum && !buf.is_empty() {
                f(word_hash(&buf));
                buf.clear();
            }
            i += len;
        }
        if !buf.is_empty() {
            f(word_hash(&buf));
            buf.clear();
        }
        f(0x6d68_645f_6d73_6721); // message boundary
    }
}

/// Hashes of the `n`-word shingles; a text shorter than `n` words is one shingle of all of it.
pub fn shingles(messages: &[Message], n: usize, f: impl FnMut(u64)) {
    windows(messages, n, true, f)
}

/// Hashes of the full `n`-word windows only (the leakage check's n-grams).
pub fn ngrams(messages: &[Message], n: usize, f: impl FnMut(u64)) {
    windows(messages, n, false, f)
}

fn windows(messages: &[Message], n: usize, short_as_one: bool, mut f: impl FnMut(u64)) {
    let mut window: Vec<u64> = Vec::with_capacity(n);
    let mut count = 0usize;
    let mut emitted = false;
    words(messages, |w| {
        if window.len() == n {
            window.remove(0);
        }
        window.push(w);
        count += 1;
        if window.len() == n {
            f(combine(&window));
            emitted = true;
        }
    });
    if short_as_one && !emitted && count > 0 {
        f(combine(&window));
    }
}

#[inline]
fn combine(ws: &[u64]) -> u64 {
    let mut h = 0x243F_6A88_85A3_08D3u64;
    for (i, w) in ws.iter().enumerate() {
        h = mix(h ^ w.rotate_left((i as u32 * 17) % 64));
    }
    h
}

/// The signature of a record's messages.
pub fn signature(messages: &[Message]) -> Signature {
    let mut sig = [u32::MAX; K];
    let mut filled = [false; K];
    shingles(messages, SHINGLE, |h| {
        let bin = (h >> 57) as usize; // top 7 bits: K = 128 bins
        let v = h as u32;
        if !filled[bin] || v < sig[bin] {
            sig[bin] = v;
            filled[bin] = true;
        }
    });
    densify(&mut sig, &filled);
    sig
}

/// Probes tried per empty bin from the table; past them (a set filling very few bins) the
/// sequence is computed.
const PROBES: usize = 256;

/// Bin `i`'s probe sequence for densification, `attempt` by attempt: fixed, so precomputed.
const fn probe(i: usize, attempt: u64) -> usize {
    (mix((i as u64) << 32 | attempt) % K as u64) as usize
}

static PROBE_TABLE: [[u8; PROBES]; K] = {
    let mut t = [[0u8; PROBES]; K];
    let mut i = 0;
    while i < K {
        let mut a = 0;
        while a < PROBES {
            t[i][a] = probe(i, a as u64) as u8;
            a += 1;
        }
        i += 1;
    }
    t
};

/// Optimal densification (Shrivastava 2017): an empty bin borrows the value of the first
/// non-empty bin on its own hash sequence, so two sets agree on an empty bin with the right
/// probability.
fn densify(sig: &mut Signature, filled: &[bool; K]) {
    if filled.iter().all(|f| *f) || !filled.iter().any(|f| *f) {
        return;
    }
    let src = *sig;
    for i in 0..K {
        if filled[i] {
            continue;
        }
        let j = match PROBE_TABLE[i].iter().find(|&&j| filled[j as usize]) {
            Some(&j) => j as usize,
            None => (PROBES as u64..)
                .map(|attempt| probe(i, attempt))
                .find(|&j| filled[j])
                .expect("some bin is filled"),
        };
        sig[i] = src[j];
    }
}

/// Estimated Jaccard similarity: the share of equal bins.
pub fn estimate(a: &Signature, b: &Signature) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / K as f64
}

/// A record's shingle hashes, sorted and distinct: the set exact Jaccard is taken over.
pub fn shingle_set(messages: &[Message]) -> Vec<u64> {
    let mut v = Vec::new();
    shingles(messages, SHINGLE, |h| v.push(h));
    v.sort_unstable();
    v.dedup();
    v
}

/// Exact Jaccard similarity of two records' shingle sets.
pub fn jaccard(a: &[Message], b: &[Message]) -> f64 {
    jaccard_sets(&shingle_set(a), &shingle_set(b))
}

/// Exact Jaccard similarity of two sets from [`shingle_set`].
pub fn jaccard_sets(x: &[u64], y: &[u64]) -> f64 {
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f64 / (x.len() + y.len() - inter) as f64
}

/// LSH banding for a threshold: the most rows per band (fewest false candidates) such that a
/// pair exactly at the threshold becomes a candidate with probability >= 0.995.
pub fn banding(threshold: f64) -> (usize, usize) {
    for rows in (1..=16).rev() {
        let bands = K / rows;
        let p = 1.0 - (1.0 - threshold.powi(rows as i32)).powi(bands as i32);
        if p >= 0.995 {
            return (bands, rows);
        }
    }
    (K, 1)
}

/// The key of band `b` of a signature.
pub fn band_key(sig: &Signature, band: usize, rows: usize) -> u64 {
    let mut h = mix(band as u64 + 1);
    for v in &sig[band * rows..(band + 1) * rows] {
        h = mix(h ^ u64::from(*v));
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The straightforward definitions the fast paths must agree with.
    fn words_reference(messages: &[Message], mut f: impl FnMut(u64)) {
        let mut buf: Vec<u8> = Vec::new();
        for m in messages.iter().filter(|m| m.role != Role::System) {
            for ch in m.content.chars() {
                if ch.is_alphanumeric() {
                    let mut tmp = [0u8; 4];
                    for lc in ch.to_lowercase() {
                        buf.extend_from_slice(lc.encode_utf8(&mut tmp).as_bytes());
                    }
                } else if !buf.is_empty() {
                    f(word_hash(&buf));
                    buf.clear();
                }
            }
            if !buf.is_empty() {
                f(word_hash(&buf));
                buf.clear();
            }
            f(0x6d68_645f_6d73_6721);
        }
    }

    fn densify_reference(sig: &mut Signature, filled: &[bool; K]) {
        if filled.iter().all(|f| *f) || !filled.iter().any(|f| *f) {
            return;
        }
        let src = *sig;
        for i in 0..K {
            if !filled[i] {
                let j = (0u64..).map(|a| probe(i, a)).find(|&j| filled[j]).unwrap();
                sig[i] = src[j];
            }
        }
    }

    proptest! {
        #[test]
        fn fast_word_split_matches_the_definition(a in "\\PC{0,80}", b in "[a-zA-Z0-9 ,.'É ß İ 😔 我]{0,80}") {
            let m = vec![Message { role: Role::User, content: a }, Message { role: Role::Assistant, content: b }];
            let (mut x, mut y) = (Vec::new(), Vec::new());
            words(&m, |h| x.push(h));
            words_reference(&m, |h| y.push(h));
            prop_assert_eq!(x, y);
        }

        #[test]
        fn table_densification_matches_the_definition(bits in any::<u128>(), sparse in 0u32..4, seed in any::<u64>()) {
            // sparse > 0 keeps only a few bins filled, past the probe table.
            let mut filled = [false; K];
            for (i, f) in filled.iter_mut().enumerate() {
                *f = bits >> i & 1 == 1 && (sparse == 0 || mix(seed ^ i as u64).is_multiple_of(16 << sparse));
            }
            let mut sig = [0u32; K];
            for (i, v) in sig.iter_mut().enumerate() {
                *v = mix(seed.wrapping_add(i as u64)) as u32;
            }
            let (mut a, mut b) = (sig, sig);
            densify(&mut a, &filled);
            densify_reference(&mut b, &filled);
            prop_assert_eq!(a, b);
        }
    }

    fn msgs(t: &str) -> Vec<Message> {
        vec![
            Message {
                role: Role::User,
                content: t.into(),
            },
            Message {
                role: Role::Assistant,
                content: "I hear you, that sounds hard.".into(),
            },
        ]
    }

    #[test]
    fn punctuation_and_case_do_not_change_the_signature() {
        let a = signature(&msgs("I can't sleep, and work is awful."));
        let b = signature(&msgs("i CAN'T sleep and work is awful"));
        assert_eq!(a, b);
    }

    #[test]
    fn estimate_tracks_exact_jaccard() {
        let base: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        let mut edited = base.clone();
        for i in (0..300).step_by(25) {
            edited[i] = format!("x{i}");
        }
        let (a, b) = (msgs(&base.join(" ")), msgs(&edited.join(" ")));
        let exact = jaccard(&a, &b);
        let est = estimate(&signature(&a), &signature(&b));
        assert!((0.5..0.9).contains(&exact), "{exact}");
        assert!((est - exact).abs() < 0.12, "est {est} exact {exact}");
    }

    #[test]
    fn banding_catches_pairs_at_the_threshold() {
        let (b, r) = banding(0.8);
        assert!(b * r <= K);
        assert!(1.0 - (1.0 - 0.8f64.powi(r as i32)).powi(b as i32) >= 0.995);
    }
}
