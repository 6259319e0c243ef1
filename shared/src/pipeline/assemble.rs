//! ASSEMBLING: write every release file, then the manifest last, then `releases/LATEST`.
//! Every file is a pure function of the inputs (timestamps come from META), so a resumed
//! assembly rewrites identical bytes and the manifest is created exactly once.

use super::entries;
use super::gated::{self, GateOut, Handoff};
use super::gates::{evaluate, pretty};
use super::gather::{self, Inputs};
use super::signoffs::removals;
use super::{StageError, rfc3339};
use crate::fingerprint::sha256_hex;
use crate::gates::GateName;
use crate::keys;
use crate::plan::Split;
use crate::policy::Policy;
use crate::release::facts::Facts;
use crate::release::manifest::*;
use crate::release::{card, croissant, export, notes};
use crate::state::machine::Outcome;
use crate::state::{self, Meta, StateStore};
use crate::store::BlobStore;
use std::collections::BTreeMap;

pub async fn run<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    meta: &Meta,
) -> Result<Outcome, StageError> {
    let r = &meta.release;
    let created_at = rfc3339(meta.assembling_at.unwrap_or(meta.updated_at));
    let mut j = judged(blob, st, policy, meta).await?;
    if !j.failed.is_empty() {
        // The inputs changed since gating (edited, added or withdrawn): fail closed, saying why.
        j.failed.truncate(super::gates::MAX_REASONS);
        return Ok(Outcome::GatesFailed(j.failed));
    }
    let removed = removals(blob, policy, meta).await?;
    let excluded_families = j.plan.excluded_families.clone();
    // Taken, not cloned: the plan is the stage's largest structure.
    let plan = std::mem::take(&mut j.plan).without(&removed);
    let g = &j.inputs;

    let mut out = Writer {
        blob,
        files: Vec::new(),
    };

    let layout = export::layout(policy, r, &plan);
    let mut meta_schema = export::MetaSchema::default();
    for f in &layout {
        out.put(
            f.key.clone(),
            export::render(&plan, f, &mut meta_schema)?,
            "export",
            Some((f.range.len() as u64, f.split, f.family.clone())),
        )
        .await?;
    }
    // The policy travels with the release: smoke and a training engineer read the rules the
    // records were built under, not whatever policy is bundled with their build.
    let policy_key = keys::release_key(r, "policy.toml");
    out.put(
        policy_key.clone(),
        policy.text.clone().into_bytes(),
        "policy",
        None,
    )
    .await?;
    let routing = crate::gates::routing::build(policy, &export::keys_by_family(&layout));
    out.put(
        keys::release_key(r, "routing.json"),
        pretty(&routing),
        "routing",
        None,
    )
    .await?;

    // Gate reports as gating wrote them (or recomputed on the same inputs), plus the signoffs.
    let mut gates = Vec::new();
    for res in &j.gates {
        for (i, (name, bytes)) in res.files.iter().enumerate() {
            let key = keys::release_key(r, &format!("reports/{name}"));
            out.put(key.clone(), bytes.clone(), "report", None).await?;
            if i == 0 {
                gates.push(GateEntry {
                    name: res.name.as_str().into(),
                    status: "pass".into(),
                    report_key: key,
                });
            }
        }
    }
    let (signoffs, signoff_docs) = approved(blob, meta).await?;
    let rows = state::signoffs(st, r).await?;
    let signed = GateOut::of(&crate::gates::signoffs::gate(
        &meta.required_signoffs,
        &signoffs,
        &removed,
        &rows,
    ));
    let skey = keys::release_key(r, &format!("reports/{}", signed.files[0].0));
    out.put(skey.clone(), signed.files[0].1.clone(), "report", None)
        .await?;
    gates.push(GateEntry {
        name: signed.name.as_str().into(),
        status: "pass".into(),
        report_key: skey,
    });

    let coverage = j
        .gates
        .iter()
        .find(|x| x.name == GateName::Coverage)
        .map(GateOut::report)
        .unwrap_or_default();
    let (families, commercial) = entries::families(policy, &plan, g, &coverage);
    let mut splits: BTreeMap<String, u64> = Split::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), 0))
        .collect();
    for p in &plan.records {
        *splits.get_mut(p.split.as_str()).expect("all splits") += 1;
    }
    let mut manifest = Manifest {
        schema: SCHEMA.into(),
        release: r.to_string(),
        created_at,
        policy: PolicyRef {
            name: policy.name.clone(),
            sha256: policy.sha256.clone(),
            key: Some(policy_key),
        },
        families,
        splits,
        files: Vec::new(),
        gates,
        signoffs,
        commercial_use_allowed: commercial,
        families_not_in_policy: excluded_families.clone(),
    };
    // Documents derived from the manifest so far (they describe the export files).
    manifest.files = out.files.clone();
    let previous = &j.previous;
    let mut gate_summaries: BTreeMap<String, String> = j
        .gates
        .iter()
        .map(|x| (x.name.as_str().to_string(), x.summary.clone()))
        .collect();
    gate_summaries.insert(signed.name.as_str().into(), signed.summary.clone());
    let facts = Facts {
        meta: meta_schema,
        gate_summaries,
        exact_dups: j.exact_dups,
        near_dups: j.near_dups,
        near_threshold: policy.dedup.near_threshold,
        removed_by_review: removed.len(),
        excluded_families,
        quarantined: entries::quarantined(g),
        provenance: entries::public_provenance(g),
        signoffs: &signoff_docs,
        previous: previous.as_ref(),
        detector: crate::pii::DETECTOR,
        training: &policy.training,
    };
    let notes = notes::release_notes(&manifest, &facts).into_bytes();
    let readme = card::dataset_card(&manifest, &facts).into_bytes();
    let croissant = pretty(&croissant::croissant(&manifest, &facts));
    out.put(
        keys::release_key(r, "RELEASE_NOTES.md"),
        notes,
        "notes",
        None,
    )
    .await?;
    out.put(keys::release_key(r, "README.md"), readme, "card", None)
        .await?;
    out.put(
        keys::release_key(r, "croissant.json"),
        croissant,
        "croissant",
        None,
    )
    .await?;
    manifest.files = out.files;
    manifest.files.sort_by(|a, b| a.key.cmp(&b.key));

    let bytes = serde_json::to_vec_pretty(&manifest).expect("manifest serializes");
    // Created once: a resumed or racing assembly finds it and leaves it alone.
    blob.put_if_absent(&keys::manifest_key(r), bytes).await?;
    advance_latest(blob, r).await?;
    Ok(Outcome::Published)
}

/// Every required signoff as the manifest lists it (key, sha256), and the documents themselves
/// (for the notes and the card). The signoff check passed before assembly: a file that no longer
/// parses is corrupt.
async fn approved<B: BlobStore>(
    blob: &B,
    meta: &Meta,
) -> Result<(Vec<SignoffEntry>, Vec<crate::review::Signoff>), StageError> {
    let r = &meta.release;
    let mut signoffs = Vec::new();
    let mut signoff_docs = Vec::new();
    for req in &meta.required_signoffs {
        let key = keys::signoff_key(r, &req.kind, &req.family);
        let bytes = blob
            .get(&key)
            .await?
            .ok_or_else(|| StageError::Missing(key.clone()))?;
        signoff_docs.push(
            serde_json::from_slice::<crate::review::Signoff>(&bytes).map_err(|e| {
                StageError::Corrupt {
                    key: key.clone(),
                    problem: format!("approved signoff no longer parses: {e}"),
                }
            })?,
        );
        signoffs.push(SignoffEntry {
            kind: req.kind.clone(),
            family: req.family.clone(),
            key,
            sha256: sha256_hex(&bytes),
            decision: "approve".into(),
        });
    }
    Ok((signoffs, signoff_docs))
}

/// `releases/LATEST` names `r` unless it already names a newer release: re-cutting an older
/// release does not make it the newest.
async fn advance_latest<B: BlobStore>(
    blob: &B,
    r: &crate::model::ReleaseId,
) -> Result<(), StageError> {
    let latest = blob.get(keys::LATEST_KEY).await?;
    let current = latest
        .as_deref()
        .and_then(|b| crate::model::ReleaseId::parse(String::from_utf8_lossy(b).trim()).ok());
    if current.is_none_or(|l| super::history::release_order(r) >= super::history::release_order(&l))
    {
        blob.put(keys::LATEST_KEY, format!("{r}\n").into_bytes())
            .await?;
    }
    Ok(())
}

/// What assembly ships: the plan and gate reports gating handed off when nothing changed since,
/// else both recomputed on the inputs as they are now.
struct Judged {
    plan: crate::plan::Plan,
    gates: Vec<GateOut>,
    exact_dups: usize,
    near_dups: usize,
    inputs: Inputs,
    previous: Option<Manifest>,
    /// Gate failures of a recomputation (the inputs changed since gating).
    failed: Vec<String>,
}

async fn judged<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    meta: &Meta,
) -> Result<Judged, StageError> {
    let r = &meta.release;
    let inputs = gather::inputs(blob, st, meta).await?;
    let previous = super::history::previous_manifest(blob, r).await?;
    let digest = gated::digest(policy, meta, &inputs, previous.as_ref());
    match handed_off(blob, r, &digest).await? {
        Some((handoff, gates)) => {
            let (files, spool) = gather::shard_files(blob, &inputs.rows).await?;
            let (exact_dups, near_dups) = (handoff.exact_dups, handoff.near_dups);
            match handoff.plan(files, spool) {
                Ok(plan) => {
                    return Ok(Judged {
                        plan,
                        gates,
                        exact_dups,
                        near_dups,
                        inputs,
                        previous,
                        failed: Vec::new(),
                    });
                }
                Err(problem) => {
                    tracing::warn!(release = %r, problem, "hand-off unusable; recomputing")
                }
            }
        }
        None => {
            tracing::info!(release = %r, "inputs changed since gating, or no hand-off; recomputing")
        }
    }
    // The inputs just read, not read again: the recomputation judges what the digest covered.
    let g = gather::plan(blob, policy, inputs).await?;
    let mut results = evaluate(policy, meta, &g)?;
    super::history::attach(blob, previous.as_ref(), &mut results).await?;
    let failed = results
        .iter()
        .filter(|x| !x.pass)
        .flat_map(|x| x.failures.iter().map(move |f| format!("{}: {f}", x.name)))
        .collect();
    let exact_dups = g
        .plan
        .removed
        .iter()
        .filter(|d| d.kind == crate::plan::DupKind::Exact)
        .count();
    Ok(Judged {
        near_dups: g.plan.removed.len() - exact_dups,
        exact_dups,
        gates: results.iter().map(GateOut::of).collect(),
        plan: g.plan,
        inputs: g.inputs,
        previous,
        failed,
    })
}

/// Gating's hand-off, when it was made from inputs with this digest and every report it names
/// still has the bytes it wrote.
async fn handed_off<B: BlobStore>(
    blob: &B,
    r: &crate::model::ReleaseId,
    digest: &str,
) -> Result<Option<(Handoff, Vec<GateOut>)>, StageError> {
    let Some(reader) = blob.open(&keys::gated_key(r)).await? else {
        return Ok(None);
    };
    // Parsed as it streams in (blocking reads, off the async threads): never held as bytes.
    let parsed = tokio::task::spawn_blocking(move || {
        serde_json::from_reader::<_, Handoff>(std::io::BufReader::new(reader))
    })
    .await;
    let Ok(Ok(handoff)) = parsed else {
        return Ok(None);
    };
    if handoff.digest != digest {
        return Ok(None);
    }
    // Every gate this build judges, in its order, each with its report: anything else (a
    // damaged or foreign hand-off) is recomputed rather than trusted.
    let names: Vec<GateName> = handoff.gates.iter().map(|g| g.name).collect();
    let expected: Vec<GateName> = GateName::RELEASE_WIDE
        .into_iter()
        .chain([GateName::RequiredGates])
        .collect();
    if names != expected || handoff.gates.iter().any(|g| g.files.is_empty()) {
        return Ok(None);
    }
    let mut gates = Vec::new();
    for g in &handoff.gates {
        let mut files = Vec::new();
        for (name, sha) in &g.files {
            match blob.get(&keys::work_report_key(r, name)).await? {
                Some(b) if &sha256_hex(&b) == sha => files.push((name.clone(), b)),
                _ => return Ok(None),
            }
        }
        gates.push(GateOut {
            name: g.name,
            summary: g.summary.clone(),
            files,
        });
    }
    Ok(Some((handoff, gates)))
}

/// Writes release files and remembers each one's manifest entry.
struct Writer<'a, B> {
    blob: &'a B,
    files: Vec<FileEntry>,
}

impl<B: BlobStore> Writer<'_, B> {
    async fn put(
        &mut self,
        key: String,
        bytes: Vec<u8>,
        role: &str,
        export: Option<(u64, Split, String)>,
    ) -> Result<(), StageError> {
        let (records, split, family) = match export {
            Some((n, s, f)) => (Some(n), Some(s.as_str().to_string()), Some(f)),
            None => (None, None, None),
        };
        let entry = FileEntry {
            key: key.clone(),
            sha256: sha256_hex(&bytes),
            bytes: bytes.len() as u64,
            records,
            role: role.into(),
            split,
            family,
        };
        self.blob.put(&key, bytes).await?;
        self.files.push(entry);
        Ok(())
    }
}
