//! Byte-class searches over whole messages, eight bytes at a time: every message passes through
//! them (is there a digit? where does a capitalised word start?) and most bytes are lowercase
//! letters and spaces, so testing a word of eight bytes at once beats a test per byte.

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// High bit of each byte of `x` set where that byte is in `lo..=hi` (both below 0x80). No carry
/// crosses bytes: the sums are made on the low seven bits only.
#[inline]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & !HIGH;
    // byte >= lo: low7 + (0x80 - lo) reaches the high bit
    let ge = low7.wrapping_add(LOW * u64::from(0x80 - lo));
    // byte <= hi: low7 + (0x7f - hi) stays under it
    let le = !low7.wrapping_add(LOW * u64::from(0x7f - hi));
    ge & le & !x & HIGH
}

/// The first index at or after `from` whose byte satisfies `test` (word mask) / `one` (a byte).
#[inline]
fn find(
    b: &[u8],
    from: usize,
    test: impl Fn(u64) -> u64,
    one: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut i = from;
    while i + 8 <= b.len() {
        let x = u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
        let m = test(x);
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..b.len()).find(|&k| one(b[k]))
}

/// The first ASCII digit at or after `from`.
pub fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    find(b, from, |x| in_range(x, b'0', b'9'), |c| c.is_ascii_digit())
}

/// The first ASCII capital letter or digit at or after `from`.
pub fn next_upper_or_digit(b: &[u8], from: usize) -> Option<usize> {
    find(
        b,
        from,
        |x| in_range(x, b'A', b'Z') | in_range(x, b'0', b'9'),
        |c| c.is_ascii_uppercase() || c.is_ascii_digit(),
    )
}

/// The first index at or after `from` whose byte is no ASCII lowercase letter, or the end: where
/// a word's run of lowercase letters stops (most of every word; a byte loop there spilled its
/// registers inside the name pass's one large function).
#[inline(never)]
pub fn lowercase_run_end(b: &[u8], from: usize) -> usize {
    find(
        b,
        from,
        |x| !in_range(x, b'a', b'z') & HIGH,
        |c| !c.is_ascii_lowercase(),
    )
    .unwrap_or(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive(b: &[u8], from: usize, f: impl Fn(u8) -> bool) -> Option<usize> {
        (from..b.len()).find(|&i| f(b[i]))
    }

    proptest! {
        // every byte value, every offset: the word-at-a-time search finds what a byte loop finds
        #[test]
        fn agrees_with_a_byte_loop(b in proptest::collection::vec(any::<u8>(), 0..64), from in 0usize..64) {
            let from = from.min(b.len());
            prop_assert_eq!(next_digit(&b, from), naive(&b, from, |c| c.is_ascii_digit()));
            prop_assert_eq!(
                next_upper_or_digit(&b, from),
                naive(&b, from, |c| c.is_ascii_uppercase() || c.is_ascii_digit())
            );
            prop_assert_eq!(
                lowercase_run_end(&b, from),
                naive(&b, from, |c| !c.is_ascii_lowercase()).unwrap_or(b.len())
            );
        }
    }

    #[test]
    fn edges_of_the_ranges() {
        for c in 0u8..=255 {
            let mut b = [b'a'; 17];
            b[9] = c;
            let digit = c.is_ascii_digit();
            assert_eq!(next_digit(&b, 0), digit.then_some(9), "{c:#x}");
            let up = c.is_ascii_uppercase() || digit;
            assert_eq!(next_upper_or_digit(&b, 0), up.then_some(9), "{c:#x}");
            let stop = if c.is_ascii_lowercase() { 17 } else { 9 };
            assert_eq!(lowercase_run_end(&b, 0), stop, "{c:#x}");
        }
    }
}
