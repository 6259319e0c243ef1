//! Spilling for the release stage's near-duplicate search, so its memory does not grow with how
//! many near duplicates a release holds: candidate pairs are sorted in bounded runs written to
//! temporary files and merged back, and shingle sets are written to a temporary file and read
//! back one at a time by offset. Temporary files come from `tempfile` (the embedded driver
//! points it at the release's scratch directory; a Lambda uses /tmp).

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// A candidate pair (later, earlier), by survivor-priority index.
pub type Pair = (u32, u32);

/// Pairs held in memory before a sorted run is written out: 4 Mi pairs, 32 MiB.
pub const RUN_PAIRS: usize = 4 << 20;

fn write_pair(w: &mut impl Write, (a, b): Pair) -> io::Result<()> {
    w.write_all(&a.to_le_bytes())?;
    w.write_all(&b.to_le_bytes())
}

fn read_pair(r: &mut impl Read) -> io::Result<Option<Pair>> {
    let mut b = [0u8; 8];
    match r.read_exact(&mut b) {
        Ok(()) => Ok(Some((
            u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
        ))),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(e),
    }
}

/// Collects pairs in any order and gives them back sorted and distinct, holding at most
/// `run` of them in memory.
pub struct PairRuns {
    buf: Vec<Pair>,
    run: usize,
    runs: Vec<File>,
}

impl Default for PairRuns {
    fn default() -> Self {
        Self::with_run(RUN_PAIRS)
    }
}

impl PairRuns {
    pub fn with_run(run: usize) -> Self {
        Self {
            buf: Vec::new(),
            run: run.max(1),
            runs: Vec::new(),
        }
    }

    pub fn push(&mut self, p: Pair) -> io::Result<()> {
        self.buf.push(p);
        if self.buf.len() >= self.run {
            self.buf.sort_unstable();
            self.buf.dedup();
            // a run that shrank a lot by dedup keeps filling the same buffer
            if self.buf.len() * 2 > self.run {
                self.spill()?;
            }
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        self.buf.sort_unstable();
        self.buf.dedup();
        let mut f = tempfile::tempfile()?;
        {
            let mut w = BufWriter::with_capacity(1 << 16, &mut f);
            for &p in &self.buf {
                write_pair(&mut w, p)?;
            }
            w.flush()?;
        }
        f.rewind()?;
        self.runs.push(f);
        self.buf.clear();
        Ok(())
    }

    /// How many runs went to disk (0: everything stayed in memory).
    pub fn spilled_runs(&self) -> usize {
        self.runs.len()
    }

    /// Every pair pushed, once, in ascending order.
    pub fn merge(mut self, mut f: impl FnMut(Pair) -> io::Result<()>) -> io::Result<()> {
        if self.runs.is_empty() {
            self.buf.sort_unstable();
            self.buf.dedup();
            return self.buf.into_iter().try_for_each(f);
        }
        if !self.buf.is_empty() {
            self.spill()?;
        }
        self.buf = Vec::new();
        let mut readers: Vec<BufReader<File>> = self
            .runs
            .drain(..)
            .map(|f| BufReader::with_capacity(1 << 16, f))
            .collect();
        let mut heap = BinaryHeap::with_capacity(readers.len());
        for (r, rd) in readers.iter_mut().enumerate() {
            if let Some(p) = read_pair(rd)? {
                heap.push(Reverse((p, r)));
            }
        }
        let mut last = None;
        while let Some(Reverse((p, r))) = heap.pop() {
            if last != Some(p) {
                f(p)?;
                last = Some(p);
            }
            if let Some(q) = read_pair(&mut readers[r])? {
                heap.push(Reverse((q, r)));
            }
        }
        Ok(())
    }
}

/// Pairs appended in order and read back in that order, any number of times; in memory up to
/// `RUN_PAIRS`, then in a temporary file.
#[derive(Default)]
pub struct PairList {
    mem: Vec<Pair>,
    file: Option<BufWriter<File>>,
    len: usize,
}

impl PairList {
    pub fn push(&mut self, p: Pair) -> io::Result<()> {
        self.len += 1;
        if let Some(w) = &mut self.file {
            return write_pair(w, p);
        }
        self.mem.push(p);
        if self.mem.len() >= RUN_PAIRS {
            let mut w = BufWriter::with_capacity(1 << 16, tempfile::tempfile()?);
            for p in self.mem.drain(..) {
                write_pair(&mut w, p)?;
            }
            self.mem = Vec::new();
            self.file = Some(w);
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Calls `f` with every pair, in the order pushed.
    pub fn for_each(&mut self, mut f: impl FnMut(Pair) -> io::Result<()>) -> io::Result<()> {
        let Some(w) = &mut self.file else {
            return self.mem.iter().copied().try_for_each(f);
        };
        w.flush()?;
        let mut file = w.get_ref().try_clone()?;
        file.seek(SeekFrom::Start(0))?;
        let mut r = BufReader::with_capacity(1 << 16, file);
        for _ in 0..self.len {
            let p = read_pair(&mut r)?.ok_or_else(|| {
                io::Error::new(io::ErrorKind::UnexpectedEof, "pair file is short")
            })?;
            f(p)?;
        }
        // the writer's position is the end of the file again for later pushes
        w.get_mut().seek(SeekFrom::End(0))?;
        Ok(())
    }

    pub fn collect(mut self) -> io::Result<Vec<Pair>> {
        let mut v = Vec::with_capacity(self.len.min(RUN_PAIRS));
        self.for_each(|p| {
            v.push(p);
            Ok(())
        })?;
        Ok(v)
    }
}

/// Sorted sets of u64 (shingle hashes), written once and read back by their number.
pub struct SetFile {
    out: BufWriter<File>,
    /// Offset (in u64 words) and length of set `k`; `u64::MAX`: not stored.
    at: Vec<(u64, u32)>,
    end: u64,
    bytes: Vec<u8>,
    /// Sets read recently: the kept copy of a cluster is asked for by every later member.
    /// Bounded by `CACHE_WORDS`; emptied when full.
    cache: std::collections::HashMap<usize, Vec<u64>>,
    cached_words: usize,
}

/// 4 Mi words: 32 MiB of cached sets.
const CACHE_WORDS: usize = 4 << 20;

impl SetFile {
    /// Room for sets numbered `0..n`.
    pub fn new(n: usize) -> io::Result<Self> {
        Ok(Self {
            out: BufWriter::with_capacity(1 << 16, tempfile::tempfile()?),
            at: vec![(u64::MAX, 0); n],
            end: 0,
            bytes: Vec::new(),
            cache: std::collections::HashMap::new(),
            cached_words: 0,
        })
    }

    pub fn put(&mut self, k: usize, set: &[u64]) -> io::Result<()> {
        if let Some(old) = self.cache.remove(&k) {
            self.cached_words -= old.len();
        }
        for v in set {
            self.out.write_all(&v.to_le_bytes())?;
        }
        self.at[k] = (self.end, set.len() as u32);
        self.end += set.len() as u64;
        Ok(())
    }

    /// Set `k` into `into` (cleared first). A set never stored is an error: the caller asked
    /// for a record that was not read.
    pub fn get(&mut self, k: usize, into: &mut Vec<u64>) -> io::Result<()> {
        let (off, len) = self.at[k];
        if off == u64::MAX {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("no shingle set stored for record {k}"),
            ));
        }
        if let Some(v) = self.cache.get(&k) {
            into.clear();
            into.extend_from_slice(v);
            return Ok(());
        }
        self.out.flush()?;
        let f = self.out.get_mut();
        f.seek(SeekFrom::Start(off * 8))?;
        self.bytes.resize(len as usize * 8, 0);
        f.read_exact(&mut self.bytes)?;
        f.seek(SeekFrom::End(0))?;
        into.clear();
        into.extend(
            self.bytes
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))),
        );
        if self.cached_words + into.len() > CACHE_WORDS {
            self.cache.clear();
            self.cached_words = 0;
        }
        self.cached_words += into.len();
        self.cache.insert(k, into.clone());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the run size, the merge gives the sorted distinct pairs.
        #[test]
        fn runs_merge_to_sorted_distinct(pairs in proptest::collection::vec((0u32..50, 0u32..50), 0..400), run in 1usize..64) {
            let mut r = PairRuns::with_run(run);
            for &p in &pairs { r.push(p).unwrap(); }
            let mut got = Vec::new();
            r.merge(|p| { got.push(p); Ok(()) }).unwrap();
            let mut want = pairs.clone();
            want.sort_unstable();
            want.dedup();
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn a_set_file_reads_back_what_was_put() {
        let mut s = SetFile::new(4).unwrap();
        s.put(2, &[1, 5, 9]).unwrap();
        s.put(0, &[]).unwrap();
        s.put(3, &[u64::MAX, 7]).unwrap();
        let mut v = vec![42];
        s.get(3, &mut v).unwrap();
        assert_eq!(v, vec![u64::MAX, 7]);
        s.get(0, &mut v).unwrap();
        assert!(v.is_empty());
        s.get(2, &mut v).unwrap();
        assert_eq!(v, vec![1, 5, 9]);
        assert!(s.get(1, &mut v).is_err());
        s.put(1, &[3]).unwrap();
        s.get(1, &mut v).unwrap();
        assert_eq!(v, vec![3]);
    }

    #[test]
    fn a_pair_list_reads_back_in_order_from_memory_and_file() {
        let mut l = PairList::default();
        let n = RUN_PAIRS + 10;
        for i in 0..n as u32 {
            l.push((i, i / 2)).unwrap();
        }
        assert!(l.file.is_some(), "spilled past RUN_PAIRS");
        for _ in 0..2 {
            let mut k = 0u32;
            l.for_each(|p| {
                assert_eq!(p, (k, k / 2));
                k += 1;
                Ok(())
            })
            .unwrap();
            assert_eq!(k as usize, n);
        }
        l.push((7, 7)).unwrap();
        assert_eq!(l.collect().unwrap().last(), Some(&(7, 7)));
    }
}
