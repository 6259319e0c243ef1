//! How much of a record's text is contained in its single most similar other record, found
//! through an inverted index of word n-grams (13 by default, after GPT-3's decontamination).
//!
//! The queries (validation/test records) are indexed by their distinct n-grams; every candidate
//! record (train) is then streamed once, and each n-gram it shares with a query is noted. An
//! n-gram many candidates share is a common phrase ("if you are in crisis please call …") and
//! counts for nobody. A query's containment is the share of its n-grams found in the one
//! candidate holding most of them: overlap spread thinly over many records is not a copy.

use std::collections::HashMap;

/// A query's nearest candidate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nearest {
    /// The candidate holding most of the query's (non-common) n-grams, with how many.
    pub best: Option<(u32, u32)>,
    /// The query's distinct n-grams.
    pub total: u32,
    /// Its non-common n-grams found in any candidate (the old "union" measure, for reports).
    pub in_any: u32,
}

impl Nearest {
    /// The share of the query's n-grams its nearest candidate contains.
    pub fn share(&self) -> f64 {
        match self.best {
            Some((_, hits)) if self.total > 0 => f64::from(hits) / f64::from(self.total),
            _ => 0.0,
        }
    }

    /// The share found in candidates taken together.
    pub fn union_share(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(self.in_any) / f64::from(self.total)
        }
    }
}

/// The index: built from the queries, fed every candidate, then asked per query.
pub struct Index {
    slot_of: HashMap<u64, u32>,
    queries: Vec<Vec<u32>>,
    /// (slot, candidate) for every query n-gram a candidate holds.
    held: Vec<(u32, u32)>,
    /// Per slot: how many candidates hold it (capped), once [`Index::finish`] ran.
    df: Vec<u32>,
    /// Where each slot's holders start in the sorted `held`.
    start: Vec<u32>,
    common_at: u32,
}

impl Index {
    /// One query per call, its distinct n-grams in any order (duplicates are ignored).
    pub fn new() -> Index {
        Index {
            slot_of: HashMap::new(),
            queries: Vec::new(),
            held: Vec::new(),
            df: Vec::new(),
            start: Vec::new(),
            common_at: u32::MAX,
        }
    }

    /// Adds a query; returns its number.
    pub fn add_query(&mut self, grams: &[u64]) -> usize {
        let mut slots: Vec<u32> = grams
            .iter()
            .map(|g| {
                let next = self.slot_of.len() as u32;
                *self.slot_of.entry(*g).or_insert(next)
            })
            .collect();
        slots.sort_unstable();
        slots.dedup();
        self.queries.push(slots);
        self.queries.len() - 1
    }

    /// Notes which query n-grams candidate `c` holds (its distinct n-grams).
    pub fn add_candidate(&mut self, c: u32, grams: &[u64]) {
        for g in grams {
            if let Some(&s) = self.slot_of.get(g) {
                self.held.push((s, c));
            }
        }
    }

    /// Seals the index: an n-gram held by `common_at` candidates or more is common.
    pub fn finish(&mut self, common_at: u32) {
        self.common_at = common_at.max(1);
        self.held.sort_unstable();
        self.held.dedup();
        let n = self.slot_of.len();
        self.df = vec![0; n];
        self.start = vec![0; n + 1];
        for &(s, _) in &self.held {
            self.df[s as usize] += 1;
        }
        let mut at = 0u32;
        for s in 0..n {
            self.start[s] = at;
            at += self.df[s];
        }
        self.start[n] = at;
        self.slot_of = HashMap::new();
    }

    /// How many distinct query n-grams were common (for reports).
    pub fn common(&self) -> usize {
        self.df.iter().filter(|&&d| d >= self.common_at).count()
    }

    /// How many distinct query n-grams there are.
    pub fn grams(&self) -> usize {
        self.df.len()
    }

    /// Query `q`'s nearest candidate (ties: the lowest candidate number).
    pub fn nearest(&self, q: usize) -> Nearest {
        let slots = &self.queries[q];
        let mut counts: HashMap<u32, u32> = HashMap::new();
        let mut in_any = 0;
        for &s in slots {
            let d = self.df[s as usize];
            if d == 0 || d >= self.common_at {
                continue;
            }
            in_any += 1;
            let (a, b) = (
                self.start[s as usize] as usize,
                self.start[s as usize + 1] as usize,
            );
            for &(_, c) in &self.held[a..b] {
                *counts.entry(c).or_default() += 1;
            }
        }
        let best = counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
        Nearest {
            best,
            total: slots.len() as u32,
            in_any,
        }
    }
}

impl Default for Index {
    fn default() -> Self {
        Index::new()
    }
}

/// The n-gram count at which a phrase is common among `candidates` records: `common_in` of
/// them, or `common_share` of them, whichever is fewer (and at least 3).
pub fn common_at(candidates: usize, common_in: usize, common_share: f64) -> u32 {
    let relative = ((common_share * candidates as f64).ceil() as usize).max(3);
    common_in.min(relative).clamp(1, u32::MAX as usize) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_candidate_not_the_union() {
        let mut ix = Index::new();
        let q = ix.add_query(&(0..10).collect::<Vec<u64>>());
        // candidate 1 holds 6 of the 10; candidates 2..9 hold one each of the others
        ix.add_candidate(1, &[0, 1, 2, 3, 4, 5]);
        for c in 2..6 {
            ix.add_candidate(c, &[6 + u64::from(c) - 2, 100]);
        }
        ix.finish(20);
        let n = ix.nearest(q);
        assert_eq!(n.best, Some((1, 6)));
        assert!((n.share() - 0.6).abs() < 1e-9);
        assert!((n.union_share() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn common_grams_count_for_nobody() {
        let mut ix = Index::new();
        let q = ix.add_query(&[1, 2, 3, 4]);
        for c in 0..5 {
            ix.add_candidate(c, &[1, 2]); // five holders: common at 5
        }
        ix.add_candidate(9, &[3]);
        ix.finish(5);
        let n = ix.nearest(q);
        assert_eq!(n.best, Some((9, 1)));
        assert_eq!(n.in_any, 1);
        assert_eq!(ix.common(), 2);
    }
}
