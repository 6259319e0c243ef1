//! The ChatML export: `export/<split>/<family>-NNNNN-of-MMMMM.jsonl`.

use crate::keys;
use crate::model::ReleaseId;
use crate::plan::{Plan, Split};
use crate::policy::Policy;
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub key: String,
    pub family: String,
    pub split: Split,
    /// Indices into `plan.records`.
    pub range: Range<usize>,
}

/// Which records go to which file. Pure: a function of the plan and the policy's file size.
pub fn layout(policy: &Policy, release: &ReleaseId, plan: &Plan) -> Vec<ExportFile> {
    let per_file = policy.export.records_per_file as usize;
    let mut out = Vec::new();
    let mut start = 0;
    // plan.records is sorted by (family, split, location): each (family, split) is one run.
    while start < plan.records.len() {
        let (family, split) = (&plan.records[start].entry.family, plan.records[start].split);
        let mut end = start;
        while end < plan.records.len()
            && &plan.records[end].entry.family == family
            && plan.records[end].split == split
        {
            end += 1;
        }
        let n = end - start;
        let files = n.div_ceil(per_file);
        for i in 0..files {
            let lo = start + i * per_file;
            let hi = (lo + per_file).min(end);
            out.push(ExportFile {
                key: keys::release_key(
                    release,
                    &format!(
                        "export/{}/{family}-{i:05}-of-{files:05}.jsonl",
                        split.as_str()
                    ),
                ),
                family: family.to_string(),
                split,
                range: lo..hi,
            });
        }
        start = end;
    }
    out
}

pub fn keys_by_family(layout: &[ExportFile]) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut out: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for f in layout {
        out.entry(f.family.clone())
            .or_default()
            .entry(f.split.as_str().into())
            .or_default()
            .push(f.key.clone());
    }
    out
}

/// The `meta` keys the export's records carry (their values are text, `read::mapped`), for the
/// dataset card's and Croissant's schema: a columnar reader needs one schema for the release.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetaSchema(pub std::collections::BTreeSet<String>);

impl MetaSchema {
    pub fn observe(&mut self, meta: &serde_json::Map<String, serde_json::Value>) {
        for k in meta.keys() {
            if !self.0.contains(k) {
                self.0.insert(k.clone());
            }
        }
    }
}

/// One export file's bytes; its records are read back in one pass (a file's range is in
/// shard order). The records' `meta` keys are added to `schema`.
pub fn render(
    plan: &Plan,
    file: &ExportFile,
    schema: &mut MetaSchema,
) -> Result<Vec<u8>, crate::corpus::CorpusError> {
    let mut out = Vec::new();
    plan.visit_indices(file.range.clone(), |_, r| {
        if let Some(m) = &r.meta {
            schema.observe(m);
        }
        out.extend_from_slice(&render_line(&r))
    })?;
    Ok(out)
}

/// One export line: the canonical record as JSON and a newline.
pub fn render_line(r: &crate::model::Record) -> Vec<u8> {
    let mut out = serde_json::to_vec(r).expect("records serialize");
    out.push(b'\n');
    out
}
