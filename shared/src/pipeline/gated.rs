//! What the gating step hands to assembly: the plan it judged (each survivor's place, lineage
//! and split), every gate report it wrote (name, file, sha256, summary), and a digest of the
//! inputs ([`Inputs::digest`]). Assembly recomputes the digest from the cheap inputs; when it
//! matches and every report still has its sha256, assembly ships this plan and copies these
//! reports instead of planning and judging everything again. Anything else — no hand-off, another
//! digest, a report changed — and assembly recomputes, as it always could.

use super::gather::Inputs;
use crate::corpus::{Corpus, Loc, ShardFile};
use crate::fingerprint::sha256_hex;
use crate::gates::{GateName, GateResult};
use crate::plan::{Entry, Plan, Planned, ShardNames, Split};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Handoff {
    pub digest: String,
    pub exact_dups: usize,
    pub near_dups: usize,
    pub excluded_families: BTreeMap<String, u64>,
    pub gates: Vec<GateFiles>,
    /// Every survivor, in plan order.
    pub records: Vec<Survivor>,
}

/// A gate's report and companion files as gating wrote them under `work/<r>/reports/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GateFiles {
    pub name: GateName,
    pub summary: String,
    /// (file name, sha256): the report first, then its companions.
    pub files: Vec<(String, String)>,
}

/// (id, shard file, line, staging index, group, split).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Survivor(String, u32, u32, u64, Option<String>, Split);

/// A gate's files as bytes, whichever way they were obtained.
pub struct GateOut {
    pub name: GateName,
    pub summary: String,
    /// (file name, bytes): the report first.
    pub files: Vec<(String, Vec<u8>)>,
}

impl GateOut {
    pub fn of(r: &GateResult) -> GateOut {
        let mut files = vec![(r.report_file(), super::gates::pretty(&r.report))];
        files.extend(r.extra.iter().cloned());
        GateOut {
            name: r.name,
            summary: r.summary.clone(),
            files,
        }
    }

    pub fn report(&self) -> serde_json::Value {
        serde_json::from_slice(&self.files[0].1).unwrap_or_default()
    }
}

/// The hand-off as gating writes it: the same document as [`Handoff`], streamed from the plan
/// rather than copied into one (a million survivors are ~120 MB of JSON).
#[derive(Serialize)]
struct HandoffView<'a> {
    digest: &'a str,
    exact_dups: usize,
    near_dups: usize,
    excluded_families: &'a BTreeMap<String, u64>,
    gates: Vec<GateFiles>,
    records: Survivors<'a>,
}

struct Survivors<'a>(&'a [Planned]);

impl Serialize for Survivors<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|p| {
            let e = &p.entry;
            (
                e.id.as_str(),
                e.loc.shard,
                e.loc.line,
                e.index,
                e.group.as_deref(),
                p.split,
            )
        }))
    }
}

/// Writes the hand-off of `plan` and the gates' files as JSON to `w`.
pub fn write(
    digest: &str,
    plan: &Plan,
    gates: &[GateOut],
    w: impl std::io::Write,
) -> serde_json::Result<()> {
    let exact_dups = plan
        .removed
        .iter()
        .filter(|d| d.kind == crate::plan::DupKind::Exact)
        .count();
    let view = HandoffView {
        digest,
        exact_dups,
        near_dups: plan.removed.len() - exact_dups,
        excluded_families: &plan.excluded_families,
        gates: gates
            .iter()
            .map(|g| GateFiles {
                name: g.name,
                summary: g.summary.clone(),
                files: g
                    .files
                    .iter()
                    .map(|(n, b)| (n.clone(), sha256_hex(b)))
                    .collect(),
            })
            .collect(),
        records: Survivors(&plan.records),
    };
    serde_json::to_writer(w, &view)
}

impl Handoff {
    /// The plan gating judged, over the shard files of [`super::gather::shard_files`].
    pub fn plan(
        self,
        files: Vec<(ShardFile, ShardNames)>,
        spool: Option<tempfile::TempDir>,
    ) -> Result<Plan, String> {
        let mut records = Vec::with_capacity(self.records.len());
        for (n, Survivor(id, shard, line, index, group, split)) in
            self.records.into_iter().enumerate()
        {
            let (_, names) = files.get(shard as usize).ok_or_else(|| {
                format!("survivor {n} names shard file {shard} of {}", files.len())
            })?;
            records.push(Planned {
                entry: Entry {
                    id,
                    family: names.0.clone(),
                    source: names.1.clone(),
                    key: names.2.clone(),
                    index,
                    group: group.map(String::into_boxed_str),
                    loc: Loc { shard, line },
                },
                split,
                component: n as u32,
            });
        }
        Ok(Plan {
            records,
            excluded_families: self.excluded_families,
            corpus: Corpus::files(files.into_iter().map(|(f, _)| f).collect(), spool),
            ..Plan::default()
        })
    }
}

/// The digest gating and assembly both compute, with the release before this one.
pub fn digest(
    policy: &crate::policy::Policy,
    meta: &crate::state::Meta,
    i: &Inputs,
    previous: Option<&crate::release::manifest::Manifest>,
) -> String {
    let prev = previous.map(|m| format!("{} {}", m.release, m.created_at));
    i.digest(policy, meta, prev.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Record, Role};

    #[test]
    fn the_streamed_hand_off_reads_back_as_the_plan_it_was_written_from() {
        let records: Vec<(Record, Split)> = (0..5u64)
            .map(|i| {
                let m = vec![Message {
                    role: Role::User,
                    content: format!("message {i}"),
                }];
                let mut r = Record::for_test("foundation", i, m);
                r.group = (i % 2 == 0).then(|| format!("g{i}"));
                (
                    r,
                    [Split::Train, Split::Validation, Split::Test][i as usize % 3],
                )
            })
            .collect();
        let plan = Plan::assigned(records);
        let gates = vec![GateOut {
            name: GateName::Dedup,
            summary: "ok".into(),
            files: vec![("dedup.json".into(), b"{}".to_vec())],
        }];
        let mut bytes = Vec::new();
        write("d1", &plan, &gates, &mut bytes).unwrap();
        let h: Handoff = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(h.digest, "d1");
        assert_eq!(h.gates[0].files[0].1, sha256_hex(b"{}"));
        let shard = ShardFile {
            key: "k".into(),
            path: "/nonexistent".into(),
        };
        let names: ShardNames = ("foundation".into(), "src".into(), "key".into());
        let back = h.plan(vec![(shard, names)], None).unwrap();
        let view = |p: &Plan| -> Vec<_> {
            p.records
                .iter()
                .map(|r| {
                    (
                        r.entry.id.clone(),
                        r.entry.loc,
                        r.entry.index,
                        r.entry.group.clone(),
                        r.split,
                    )
                })
                .collect()
        };
        assert_eq!(view(&back), view(&plan));
    }
}
