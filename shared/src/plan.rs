//! The release plan: which records ship, in which split, and which were removed as duplicates.
//! A pure function of the normalized records and the policy, so gates, review packets and
//! assembly all see the same plan, independent of the order shards were processed in.

use crate::fingerprint::unit_hash;
use crate::model::{Origin, Record};
use crate::policy::{DedupScope, Policy};
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
        Self::build_with(records, &HashMap::new(), policy)
    }

    /// As [`Plan::build`], with MinHash signatures computed in the shard stage (by record id);
    /// a record without one gets it computed here.
    pub fn build_with(
        records: Vec<Record>,
        signatures: &HashMap<String, crate::fingerprint::minhash::Signature>,
        policy: &Policy,
    ) -> Plan {
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
        let mut unique: Vec<Record> = Vec::with_capacity(kept.len());
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
                    unique.push(r);
                }
            }
        }
        // Near duplicates, in the same priority order, so the survivor is the policy's choice.
        let signatures: Vec<_> = unique
            .iter()
            .map(|r| {
                signatures
                    .get(&r.id)
                    .copied()
                    .unwrap_or_else(|| crate::fingerprint::minhash::signature(&r.messages))
            })
            .collect();
        let scope = policy.dedup.scope;
        let matches = crate::dedup::near_duplicates(
            &unique,
            &signatures,
            policy.dedup.near_threshold,
            |a, b| scope == DedupScope::Release || a.family == b.family,
        );
        // Split components: records sharing a group key, and near duplicates that both ship
        // (across a dedup scope), get one split — leakage prevented by construction.
        let mut comp = crate::dedup::Components::new(unique.len());
        let mut by_group: HashMap<&str, usize> = HashMap::new();
        for (i, r) in unique.iter().enumerate() {
            if let Some(&j) = by_group.get(r.group_key()) {
                comp.union(i, j);
            } else {
                by_group.insert(r.group_key(), i);
            }
        }
        let mut gone = vec![false; unique.len()];
        for m in &matches {
            if m.removed {
                gone[m.other] = true;
                removed.push(Removed {
                    id: unique[m.other].id.clone(),
                    family: unique[m.other].family.clone(),
                    origin: unique[m.other].origin.clone(),
                    kept_origin: unique[m.kept].origin.clone(),
                    kind: "near",
                    similarity: (m.similarity * 1e4).round() / 1e4,
                });
            } else {
                comp.union(m.other, m.kept);
            }
        }
        // A component's split key: its smallest group key (independent of input order).
        let mut key_of: HashMap<usize, String> = HashMap::new();
        for (i, r) in unique.iter().enumerate() {
            let root = comp.find(i);
            let e = key_of
                .entry(root)
                .or_insert_with(|| r.group_key().to_string());
            if r.group_key() < e.as_str() {
                *e = r.group_key().to_string();
            }
        }
        let mut survivors = Vec::new();
        for (i, r) in unique.into_iter().enumerate() {
            if gone[i] {
                continue;
            }
            let split = assign_split(policy, &key_of[&comp.find(i)]);
            survivors.push(Planned { record: r, split });
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

    fn long(i: u64, variant: u64) -> String {
        let mut w: Vec<String> = (0..60)
            .map(|k| format!("w{}", (i * 131 + k * 17) % 4000))
            .collect();
        if variant > 0 {
            w[(variant * 7 % 60) as usize] = format!("edit{variant}");
        }
        w.join(" ")
    }

    fn corpus() -> Vec<Record> {
        let mut out = Vec::new();
        for i in 0..120u64 {
            let fam = ["foundation", "edge_cases", "voice_persona"][(i % 3) as usize];
            out.push(rec(fam, "a", i, &long(i, 0), Some(&format!("g{}", i / 2))));
            if i % 5 == 0 {
                // a near duplicate in another source and family, and an exact copy
                out.push(rec("foundation", "b", 1000 + i, &long(i, 1), None));
                out.push(rec("voice_persona", "c", 2000 + i, &long(i, 0), None));
            }
        }
        out
    }

    fn fingerprint(p: &Plan) -> Vec<String> {
        let mut v: Vec<String> = p
            .records
            .iter()
            .map(|r| {
                format!(
                    "{} {} {}#{} {:?}",
                    r.record.id,
                    r.record.family,
                    r.record.origin.key,
                    r.record.origin.index,
                    r.split
                )
            })
            .collect();
        v.extend(p.removed.iter().map(|r| {
            format!(
                "- {} {}#{} {}#{} {}",
                r.kind,
                r.origin.key,
                r.origin.index,
                r.kept_origin.key,
                r.kept_origin.index,
                r.similarity
            )
        }));
        v
    }

    #[test]
    fn near_duplicates_are_removed_the_same_way_in_any_input_order() {
        let p = Policy::release_0();
        let input = corpus();
        let base = Plan::build(input.clone(), &p);
        assert!(
            base.removed.iter().any(|r| r.kind == "near"),
            "{:?}",
            base.removed
        );
        assert!(base.removed.iter().any(|r| r.kind == "exact"));
        let mut state = 7u64;
        for _ in 0..5 {
            let mut shuffled = input.clone();
            for i in (1..shuffled.len()).rev() {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                shuffled.swap(i, (state >> 33) as usize % (i + 1));
            }
            assert_eq!(fingerprint(&Plan::build(shuffled, &p)), fingerprint(&base));
        }
    }

    #[test]
    fn family_scoped_near_duplicates_both_ship_in_one_split() {
        let mut p = Policy::release_0();
        p.dedup.scope = DedupScope::Family;
        let mut records = Vec::new();
        for i in 0..200u64 {
            records.push(rec(
                "edge_cases",
                "a",
                i,
                &long(i, 0),
                Some(&format!("x{i}")),
            ));
            records.push(rec(
                "foundation",
                "b",
                i,
                &long(i, 1),
                Some(&format!("y{i}")),
            ));
        }
        let plan = Plan::build(records, &p);
        assert_eq!(
            plan.records.len(),
            400,
            "cross-family near duplicates are kept"
        );
        for i in 0..200u64 {
            let split = |fam: &str| {
                plan.records
                    .iter()
                    .find(|r| r.record.family == fam && r.record.origin.index == i)
                    .unwrap()
                    .split
            };
            assert_eq!(
                split("edge_cases"),
                split("foundation"),
                "pair {i} straddles splits"
            );
        }
    }
}
