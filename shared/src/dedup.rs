//! Near-duplicate detection across a release: MinHash signatures, LSH banding tuned for the
//! policy threshold, candidates confirmed by exact Jaccard of the shingle sets. Greedy in
//! survivor-priority order, so which copy survives is decided by the policy's order (family
//! priority, source, key, index) and never by the order records arrived in.

use crate::fingerprint::minhash::{self, Signature};
use crate::model::Record;
use crate::spill::{PairList, PairRuns};
use std::io;

/// A near-duplicate found: `removed` (or, across a dedup scope, `linked`) matches `kept`.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub other: usize,
    pub kept: usize,
    pub similarity: f64,
    /// true: `other` is removed; false: both stay (different scopes) but must share a split.
    pub removed: bool,
}

/// Earlier bucket members each record is compared with, so one huge bucket (boilerplate)
/// cannot make this quadratic.
const MAX_PER_BUCKET: usize = 64;

/// Candidate pairs `(later, earlier)` among records in survivor-priority order (index 0
/// wins): sharing an LSH band, and with an estimated similarity near enough the threshold to
/// be worth an exact check. Sorted, distinct.
///
/// Banding is done offline, one band at a time (sort (key, index), pair runs); pairs go
/// through sorted runs spilled to disk, so memory stays at one band's keys and one run
/// however many near duplicates the release holds.
pub fn candidates(signatures: &[&Signature], threshold: f64) -> io::Result<PairList> {
    let (bands, rows) = minhash::banding(threshold);
    let mut runs = PairRuns::default();
    let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(signatures.len());
    for b in 0..bands {
        keyed.clear();
        keyed.extend(
            signatures
                .iter()
                .enumerate()
                .map(|(i, sig)| (minhash::band_key(sig, b, rows), i as u32)),
        );
        keyed.sort_unstable();
        let mut start = 0;
        while start < keyed.len() {
            let mut end = start + 1;
            while end < keyed.len() && keyed[end].0 == keyed[start].0 {
                end += 1;
            }
            for k in start + 1..end {
                for e in keyed[start.max(k.saturating_sub(MAX_PER_BUCKET))..k].iter() {
                    runs.push((keyed[k].1, e.1))?;
                }
            }
            start = end;
        }
    }
    drop(keyed);
    let mut out = PairList::default();
    runs.merge(|(i, j)| {
        // the estimate is within ~4 standard errors of the truth
        if minhash::estimate(signatures[i as usize], signatures[j as usize]) >= threshold - 0.15 {
            out.push((i, j))?;
        }
        Ok(())
    })?;
    Ok(out)
}

/// Greedy in priority order: each record is compared with its earlier candidates that are
/// still kept, by exact `similarity`; the first at or above `threshold` removes it (or, outside
/// `same_scope(kept, other)`, only links the two). `pairs` must be sorted (as `candidates`
/// gives them), so an earlier record's fate is settled before a later one asks.
pub fn resolve(
    pairs: &mut PairList,
    n: usize,
    threshold: f64,
    mut similarity: impl FnMut(usize, usize) -> io::Result<f64>,
    same_scope: impl Fn(usize, usize) -> bool,
) -> io::Result<Vec<Match>> {
    let mut removed = vec![false; n];
    let mut out = Vec::new();
    pairs.for_each(|(i, j)| {
        let (i, j) = (i as usize, j as usize);
        if removed[i] || removed[j] {
            return Ok(());
        }
        let sim = similarity(j, i)?;
        if sim < threshold {
            return Ok(());
        }
        let scoped = same_scope(j, i);
        out.push(Match {
            other: i,
            kept: j,
            similarity: sim,
            removed: scoped,
        });
        removed[i] = scoped;
        Ok(())
    })?;
    Ok(out)
}

/// Both steps over records in memory: candidates, then exact Jaccard of their shingle sets.
pub fn near_duplicates(
    records: &[Record],
    signatures: &[Signature],
    threshold: f64,
    same_scope: impl Fn(&Record, &Record) -> bool,
) -> Vec<Match> {
    let sigs: Vec<&Signature> = signatures.iter().collect();
    let mut pairs = candidates(&sigs, threshold).expect("temporary files");
    let sets: Vec<Vec<u64>> = records
        .iter()
        .map(|r| minhash::shingle_set(&r.messages))
        .collect();
    resolve(
        &mut pairs,
        records.len(),
        threshold,
        |a, b| Ok(minhash::jaccard_sets(&sets[a], &sets[b])),
        |a, b| same_scope(&records[a], &records[b]),
    )
    .expect("in memory")
}

/// Union-find over indices, for split components.
pub struct Components {
    parent: Vec<usize>,
}

impl Components {
    pub fn new(n: usize) -> Self {
        Components {
            parent: (0..n).collect(),
        }
    }
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // the smaller index is the root: deterministic
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::minhash::{jaccard, signature};
    use crate::model::{Message, Role};

    fn record(i: usize, text: String) -> Record {
        let messages = vec![
            Message {
                role: Role::User,
                content: text,
            },
            Message {
                role: Role::Assistant,
                content: "I hear you.".into(),
            },
        ];
        Record::for_test("foundation", i as u64, messages)
    }

    /// A labelled set: base conversations and edited copies (0–6 % of words replaced: each edit touches five shingles), so pair
    /// similarities spread around the threshold; truth is the exact Jaccard.
    #[test]
    fn near_duplicate_recall_and_precision_on_a_labelled_set() {
        let mut s = crate::rng::SplitMix64::new(42);
        let mut records = Vec::new();
        let mut family_of = Vec::new();
        for base in 0..300 {
            let len = 60 + (s.next_u64() % 120) as usize;
            let words: Vec<String> = (0..len)
                .map(|_| format!("w{}", s.next_u64() % 3000))
                .collect();
            records.push(record(records.len(), words.join(" ")));
            family_of.push(base);
            for _ in 0..3 {
                let mut w = words.clone();
                let edits = (s.next_u64() % 7) as usize * len / 100;
                for _ in 0..edits {
                    let at = (s.next_u64() as usize) % len;
                    w[at] = format!("e{}", s.next_u64() % 100_000);
                }
                records.push(record(records.len(), w.join(" ")));
                family_of.push(base);
            }
        }
        let sigs: Vec<_> = records.iter().map(|r| signature(&r.messages)).collect();
        let t = 0.8;
        let matches = near_duplicates(&records, &sigs, t, |_, _| true);
        // cluster of each record: the record it was removed in favour of, else itself
        let mut cluster: Vec<usize> = (0..records.len()).collect();
        for m in &matches {
            assert!(m.similarity >= t, "a confirmed pair is below the threshold");
            cluster[m.other] = m.kept;
        }
        let (mut truth, mut found) = (0, 0);
        for i in 0..records.len() {
            for j in i + 1..records.len() {
                if family_of[i] != family_of[j] {
                    continue;
                }
                if jaccard(&records[i].messages, &records[j].messages) >= t {
                    truth += 1;
                    found +=
                        usize::from(cluster[i] == cluster[j] || cluster[j] == i || cluster[i] == j);
                }
            }
        }
        let recall = found as f64 / truth as f64;
        println!("near-dup pairs >= {t}: {truth}, found {found}, recall {recall:.3}");
        assert!(truth > 200, "the set must exercise the threshold: {truth}");
        assert!(recall >= 0.97, "recall {recall}");
    }

    #[test]
    fn survivors_follow_priority_not_arrival() {
        let text = (0..80)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let mut edited = text.clone();
        edited.push_str(" extra");
        let records = vec![record(0, text), record(1, edited)];
        let sigs: Vec<_> = records.iter().map(|r| signature(&r.messages)).collect();
        let m = near_duplicates(&records, &sigs, 0.8, |_, _| true);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].kept, m[0].other), (0, 1));
    }
}
