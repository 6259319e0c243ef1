//! Distribution statistics: a real BPE tokenizer (o200k_base, vocabulary compiled into the
//! binary by `bpe-openai`) and order statistics by family × split.

use crate::model::{Record, Role};
use crate::plan::Plan;
use serde::Serialize;
use std::collections::BTreeMap;

/// Tokens of `text` under o200k_base (GPT-4o family), identical to tiktoken's ids.
pub fn tokens(text: &str) -> usize {
    bpe_openai::o200k_base().count(text)
}

/// count, mean and nearest-rank percentiles of a sample.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub count: u64,
    pub mean: f64,
    pub p50: u64,
    pub p90: u64,
    pub p99: u64,
    pub min: u64,
    pub max: u64,
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

pub fn summarize(values: &mut [u64]) -> Summary {
    values.sort_unstable();
    let n = values.len();
    let rank = |p: f64| -> u64 {
        if n == 0 {
            return 0;
        }
        let r = ((p * n as f64).ceil() as usize).clamp(1, n);
        values[r - 1]
    };
    Summary {
        count: n as u64,
        mean: if n == 0 {
            0.0
        } else {
            round4(values.iter().sum::<u64>() as f64 / n as f64)
        },
        p50: rank(0.50),
        p90: rank(0.90),
        p99: rank(0.99),
        min: values.first().copied().unwrap_or(0),
        max: values.last().copied().unwrap_or(0),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupStats {
    pub conversations: u64,
    pub turns: Summary,
    pub tokens_per_conversation: Summary,
    pub chars_per_message: Summary,
    /// Share of messages by role.
    pub role_balance: BTreeMap<String, f64>,
    /// Raw token counts, kept for histograms (not serialized).
    #[serde(skip)]
    pub token_values: Vec<u64>,
}

#[derive(Default)]
struct Acc {
    turns: Vec<u64>,
    tokens: Vec<u64>,
    chars: Vec<u64>,
    roles: BTreeMap<Role, u64>,
}

impl Acc {
    fn add(&mut self, r: &Record, toks: u64) {
        self.turns.push(r.messages.len() as u64);
        self.tokens.push(toks);
        for m in &r.messages {
            self.chars.push(m.content.chars().count() as u64);
            *self.roles.entry(m.role).or_default() += 1;
        }
    }
    fn finish(mut self) -> GroupStats {
        let total: u64 = self.roles.values().sum();
        let role_balance = [Role::System, Role::User, Role::Assistant]
            .iter()
            .map(|r| {
                let n = self.roles.get(r).copied().unwrap_or(0);
                (
                    r.as_str().to_string(),
                    if total == 0 {
                        0.0
                    } else {
                        round4(n as f64 / total as f64)
                    },
                )
            })
            .collect();
        let tokens = summarize(&mut self.tokens);
        GroupStats {
            conversations: self.turns.len() as u64,
            turns: summarize(&mut self.turns),
            tokens_per_conversation: tokens,
            chars_per_message: summarize(&mut self.chars),
            role_balance,
            token_values: self.tokens,
        }
    }
}

/// Stats per family, per split and `all`: one pass over the survivors' text.
pub fn compute(
    plan: &Plan,
) -> Result<BTreeMap<String, BTreeMap<String, GroupStats>>, crate::corpus::CorpusError> {
    let mut acc: BTreeMap<String, BTreeMap<String, Acc>> = BTreeMap::new();
    plan.visit(
        |_| true,
        |p, record| {
            let toks: u64 = record
                .messages
                .iter()
                .map(|m| tokens(&m.content) as u64)
                .sum();
            let fam = acc.entry(p.entry.family.to_string()).or_default();
            fam.entry(p.split.as_str().to_string())
                .or_default()
                .add(&record, toks);
            fam.entry("all".to_string()).or_default().add(&record, toks);
        },
    )?;
    Ok(acc
        .into_iter()
        .map(|(f, splits)| {
            (
                f,
                splits.into_iter().map(|(s, a)| (s, a.finish())).collect(),
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_is_o200k() {
        // Known o200k_base counts (tiktoken): "Hello, world!" -> 4 tokens.
        assert_eq!(tokens("Hello, world!"), 4);
        assert_eq!(tokens(""), 0);
        assert!(tokens("I've been feeling anxious 😔 我很累") > 6);
    }

    #[test]
    fn summaries_use_nearest_rank() {
        let mut v: Vec<u64> = (1..=100).collect();
        let s = summarize(&mut v);
        assert_eq!(
            (s.count, s.p50, s.p90, s.p99, s.min, s.max),
            (100, 50, 90, 99, 1, 100)
        );
        assert_eq!(s.mean, 50.5);
        let e = summarize(&mut []);
        assert_eq!((e.count, e.p99), (0, 0));
    }
}
