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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

impl Handoff {
    pub fn of(digest: String, plan: &Plan, gates: &[GateOut]) -> Handoff {
        let exact_dups = plan
            .removed
            .iter()
            .filter(|d| d.kind == crate::plan::DupKind::Exact)
            .count();
        Handoff {
            digest,
            exact_dups,
            near_dups: plan.removed.len() - exact_dups,
            excluded_families: plan.excluded_families.clone(),
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
            records: plan
                .records
                .iter()
                .map(|p| {
                    let e = &p.entry;
                    Survivor(
                        e.id.clone(),
                        e.loc.shard,
                        e.loc.line,
                        e.index,
                        e.group.as_deref().map(str::to_string),
                        p.split,
                    )
                })
                .collect(),
        }
    }

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
