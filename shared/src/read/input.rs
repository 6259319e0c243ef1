//! Byte-level input plumbing: hashing while streaming, bounded decompression, capped lines.

use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

/// Where a byte of JSON text stands: inside a string (escapes followed) or not, and how deep in
/// arrays and objects. For scans that must not parse: the fast path's depth guard and the
/// JSON-array streamer's element boundaries.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Nesting {
    pub depth: usize,
    in_str: bool,
    esc: bool,
}

impl Nesting {
    /// Takes one byte; `true` when it stood outside any string (the opening quote included).
    pub fn feed(&mut self, b: u8) -> bool {
        if self.in_str {
            match (self.esc, b) {
                (true, _) => self.esc = false,
                (false, b'\\') => self.esc = true,
                (false, b'"') => self.in_str = false,
                _ => {}
            }
            return false;
        }
        match b {
            b'"' => self.in_str = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        true
    }

    pub fn in_string(&self) -> bool {
        self.in_str
    }
}

/// Hashes and counts every byte read through it (the raw object, before decompression).
pub(crate) struct Hashing<R> {
    inner: R,
    hasher: Sha256,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Hashing<R> {
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            hasher: Sha256::new(),
            count: Rc::new(Cell::new(0)),
        }
    }
    pub fn counter(&self) -> Rc<Cell<u64>> {
        self.count.clone()
    }
    /// Read whatever is left (so the hash covers the whole object) and finish.
    pub fn finish(mut self) -> io::Result<(String, u64)> {
        io::copy(&mut self, &mut io::sink())?;
        Ok((hex::encode(self.hasher.finalize()), self.count.get()))
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// Why a bounded decompression stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    Size,
    Ratio,
}

#[derive(Debug)]
pub(crate) struct BoundError(pub Bound);
impl std::fmt::Display for BoundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "decompression bound {:?}", self.0)
    }
}
impl std::error::Error for BoundError {}

/// Fails the read once the decompressed size passes `max_total`, or `ratio` times the
/// compressed bytes consumed so far (plus a small allowance for the first blocks).
pub(crate) struct Bounded<R> {
    inner: R,
    out: u64,
    compressed: Rc<Cell<u64>>,
    max_total: u64,
    ratio: u64,
}

/// Decompression of a tiny prefix can legitimately run far ahead of its input.
const RATIO_ALLOWANCE: u64 = 1 << 20;

impl<R: Read> Bounded<R> {
    pub fn new(inner: R, compressed: Rc<Cell<u64>>, max_total: u64, ratio: u64) -> Self {
        Self {
            inner,
            out: 0,
            compressed,
            max_total,
            ratio,
        }
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.out += n as u64;
        if self.out > self.max_total {
            return Err(io::Error::other(BoundError(Bound::Size)));
        }
        if self.out
            > self
                .compressed
                .get()
                .saturating_mul(self.ratio)
                .saturating_add(RATIO_ALLOWANCE)
        {
            return Err(io::Error::other(BoundError(Bound::Ratio)));
        }
        Ok(n)
    }
}

/// One line read with a cap: at most `cap` bytes are kept, the rest is counted and skipped.
pub(crate) struct Line {
    pub len: u64,
    pub truncated: bool,
}

/// Read up to and including the next `\n` into `buf` (without the `\n`), keeping at most `cap`
/// bytes. `None` at end of input. Memory stays bounded by `cap` whatever the line length.
pub(crate) fn read_line_capped<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<Option<Line>> {
    buf.clear();
    let mut len: u64 = 0;
    let mut any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(if any {
                Some(Line {
                    len,
                    truncated: len as usize > buf.len(),
                })
            } else {
                None
            });
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        let room = cap.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        len += take as u64;
        r.consume(if done { take + 1 } else { take });
        if done {
            return Ok(Some(Line {
                len,
                truncated: len as usize > buf.len(),
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_lines() {
        let data = b"ab\r\n\nabcdefgh\nlast";
        let mut r = io::BufReader::with_capacity(3, &data[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        while let Some(l) = read_line_capped(&mut r, &mut buf, 4).unwrap() {
            got.push((buf.clone(), l.len, l.truncated));
        }
        assert_eq!(
            got,
            vec![
                (b"ab\r".to_vec(), 3, false),
                (vec![], 0, false),
                (b"abcd".to_vec(), 8, true),
                (b"last".to_vec(), 4, false),
            ]
        );
    }

    #[test]
    fn hashing_covers_unread_tail() {
        let data = b"hello world";
        let mut h = Hashing::new(&data[..]);
        let mut five = [0u8; 5];
        h.read_exact(&mut five).unwrap();
        let (sha, n) = h.finish().unwrap();
        assert_eq!(n, 11);
        assert_eq!(sha, crate::fingerprint::sha256_hex(data));
    }
}
