//! The release plan: which records ship, in which split, and which were removed as duplicates.
//! A pure function of the normalized records and the policy, so gates, review packets and
//! assembly all see the same plan, independent of the order shards were processed in.

use crate::fingerprint::unit_hash;
use crate::model::{Origin, Record};
use crate::policy::Policy;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    Train,
    Validation,
    Test,
}

impl Split {
    pub const ALL: [Split; 3] = [Split::Train, Split::Validation, Split::Test];
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Validation => "validation",
            Split::Test => "test",
        }
    }
}

/// Split by a stable hash of the group key: a group never straddles splits.
pub fn assign_split(policy: &Policy, group_key: &str) -> Split {
    let u = unit_hash(&policy.splits.seed, group_key);
    if u < policy.splits.train {
        Split::Train
    } else if u < policy.splits.train + policy.splits.validation {
        Split::Validation
    } else {
        Split::Test
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Removed {
    pub id: String,
    pub family: String,
    pub origin: Origin,
    pub kept_origin: Origin,
    pub kind: &'static str,
    pub similarity: f64,
}

#[derive(Debug, Clone)]
pub struct Planned {
    pub record: Record,
    pub split: Split,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Survivors, sorted by (family, split, id).
    pub records: Vec<Planned>,
    pub removed: Vec<Removed>,
    /// Records of families the policy does not list: reported, never shipped.
    pub excluded_families: BTreeMap<String, u64>,
}

impl Plan {
    pub fn build(records: Vec<Record>, policy: &Policy) -> Plan {
        let mut excluded_families: BTreeMap<String, u64> = BTreeMap::new();
        let mut kept: Vec<Record> = Vec::with_capacity(records.len());
        for r in records {
            if policy.families.contains_key(&r.family) {
                kept.push(r);
            } else {
                *excluded_families.entry(r.family.clone()).or_default() += 1;
            }
        }
        // Survivor order: required families first, then family, source, key, index.
        let priority = |r: &Record| {
            let required = policy.families.get(&r.family).is_some_and(|f| f.required);
            (
                !required,
                r.family.clone(),
                r.source.clone(),
                r.origin.clone(),
            )
        };
        kept.sort_by_cached_key(priority);
        let mut first: HashMap<String, Origin> = HashMap::new();
        let mut removed = Vec::new();
        let mut survivors = Vec::new();
        for r in kept {
            match first.get(&r.id) {
                Some(kept_origin) => removed.push(Removed {
                    id: r.id.clone(),
                    family: r.family.clone(),
                    origin: r.origin.clone(),
                    kept_origin: kept_origin.clone(),
                    kind: "exact",
                    similarity: 1.0,
                }),
                None => {
                    first.insert(r.id.clone(), r.origin.clone());
                    let split = assign_split(policy, r.group_key());
                    survivors.push(Planned { record: r, split });
                }
            }
        }
        survivors.sort_by(|a, b| {
            (&a.record.family, a.split, &a.record.id).cmp(&(
                &b.record.family,
                b.split,
                &b.record.id,
            ))
        });
        removed.sort_by(|a, b| (&a.origin).cmp(&b.origin));
        Plan {
            records: survivors,
            removed,
            excluded_families,
        }
    }

    /// Families with at least one surviving record.
    pub fn families(&self) -> Vec<String> {
        let mut f: Vec<String> = self
            .records
            .iter()
            .map(|p| p.record.family.clone())
            .collect();
        f.dedup();
        f
    }

    /// Counts by family and split (every split present, zero when empty).
    pub fn counts(&self) -> BTreeMap<String, BTreeMap<Split, u64>> {
        let mut out: BTreeMap<String, BTreeMap<Split, u64>> = BTreeMap::new();
        for p in &self.records {
            let e = out
                .entry(p.record.family.clone())
                .or_insert_with(|| Split::ALL.iter().map(|s| (*s, 0)).collect());
            *e.get_mut(&p.split).expect("all splits") += 1;
        }
        out
    }

    pub fn without(mut self, ids: &std::collections::BTreeSet<String>) -> Plan {
        self.records.retain(|p| !ids.contains(&p.record.id));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Role};

    fn rec(family: &str, source: &str, index: u64, text: &str, group: Option<&str>) -> Record {
        let messages = vec![
            Message {
                role: Role::User,
                content: text.into(),
            },
            Message {
                role: Role::Assistant,
                content: "ok".into(),
            },
        ];
        Record {
            id: crate::fingerprint::record_id(&messages),
            family: family.into(),
            source: source.into(),
            origin: Origin {
                key: format!("staging/v2026-11-25/{family}/{source}/a.jsonl"),
                index,
            },
            messages,
            upstream_id: None,
            group: group.map(str::to_string),
        }
    }

    #[test]
    fn survivors_are_independent_of_input_order() {
        let p = Policy::release_0();
        let mut input = vec![
            rec("foundation", "b", 0, "same", None),
            rec("edge_cases", "a", 1, "same", None),
            rec("foundation", "a", 5, "same", None),
            rec("foundation", "a", 2, "other", None),
            rec("unlisted", "a", 0, "x", None),
        ];
        let one = Plan::build(input.clone(), &p);
        input.reverse();
        let two = Plan::build(input, &p);
        let ids = |pl: &Plan| {
            pl.records
                .iter()
                .map(|r| (r.record.id.clone(), r.record.origin.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&one), ids(&two));
        assert_eq!(one.records.len(), 2);
        assert_eq!(one.removed.len(), 2);
        // edge_cases and foundation are both required; "edge_cases" sorts first.
        let same = one
            .records
            .iter()
            .find(|r| r.record.messages[0].content == "same")
            .unwrap();
        assert_eq!(same.record.family, "edge_cases");
        assert_eq!(one.excluded_families["unlisted"], 1);
    }

    #[test]
    fn groups_stay_in_one_split_and_ratios_hold() {
        let p = Policy::release_0();
        let records: Vec<Record> = (0..4000)
            .map(|i| {
                rec(
                    "foundation",
                    "a",
                    i,
                    &format!("t{i}"),
                    Some(&format!("g{}", i / 4)),
                )
            })
            .collect();
        let plan = Plan::build(records, &p);
        let mut by_group: BTreeMap<String, Split> = BTreeMap::new();
        for r in &plan.records {
            let g = r.record.group.clone().unwrap();
            assert_eq!(*by_group.entry(g).or_insert(r.split), r.split);
        }
        let c = &plan.counts()["foundation"];
        let train = c[&Split::Train] as f64 / 4000.0;
        assert!((0.85..0.95).contains(&train), "{train}");
        assert!(c[&Split::Test] > 0 && c[&Split::Validation] > 0);
    }
}
