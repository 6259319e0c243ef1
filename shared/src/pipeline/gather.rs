//! Reads what the release-wide stages need: shard rows, provenance sidecars, and one compact
//! entry + signature per normalized record; the records themselves stay in their shard files
//! (read in place from a local bucket, spooled to local disk from S3) for the corpus.

use super::StageError;
use crate::corpus::{Corpus, Loc, ShardFile};
use crate::fingerprint::minhash::{self, Signature};
use crate::fingerprint::stored;
use crate::gates::provenance::SourceInput;
use crate::keys::{self, BucketKey};
use crate::plan::{Entry, Plan};
use crate::policy::Policy;
use crate::provenance::Provenance;
use crate::state::{self, Meta, ShardRow, ShardStatus, StateStore};
use crate::store::BlobStore;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

pub struct Gathered {
    pub plan: Plan,
    pub inputs: Inputs,
}

/// What moved in staging since the shard set was fixed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Drift {
    /// Shard files staged after the seal (none of this generation's sealed set).
    pub late: Vec<String>,
    /// Sealed shards whose object no longer is the version that was read, and sidecars that
    /// changed after a shard of their source was read (the sidecar says how it is read).
    pub changed: Vec<String>,
}

impl Drift {
    pub fn is_empty(&self) -> bool {
        self.late.is_empty() && self.changed.is_empty()
    }

    pub fn reasons(&self) -> Vec<String> {
        self.late
            .iter()
            .map(|k| format!("shard staged after the seal: {k}"))
            .chain(self.changed.iter().map(|k| {
                format!("{k} changed after it was read (re-open the release to read it again)")
            }))
            .collect()
    }
}

/// Compares staging with what was read: a file added after the seal, or one edited (or
/// replaced) after its shard was read, is reported — never silently left out or shipped stale.
pub async fn drift<B: BlobStore>(
    blob: &B,
    meta: &Meta,
    rows: &[ShardRow],
    staged: &BTreeSet<String>,
) -> Result<Drift, StageError> {
    let expected: BTreeSet<&String> = meta.expected_shards.iter().collect();
    let mut d = Drift::default();
    for key in staged {
        if matches!(keys::classify(key), Ok(BucketKey::Shard(_))) && !expected.contains(key) {
            d.late.push(key.clone());
        }
    }
    for row in rows {
        let Some(read) = &row.version else { continue };
        let now = match blob.version(&row.key).await {
            Ok(v) => v,
            Err(crate::store::StoreError::Refused { .. }) => None,
            Err(e) => return Err(e.into()),
        };
        if now.as_ref() != Some(read) {
            d.changed.push(row.key.clone());
        }
    }
    let sidecars = super::shard::sidecars_now(blob, &meta.release, rows).await?;
    let stale: BTreeSet<String> = rows
        .iter()
        .map(|r| (r, keys::provenance_key(&meta.release, &r.family, &r.source)))
        .filter(|(r, key)| r.sidecar.is_stale(&sidecars[key]))
        .map(|(_, key)| key)
        .collect();
    d.changed.extend(stale);
    Ok(d)
}

/// What the release-wide stages read besides the records: cheap to gather (rows, sidecars, a
/// listing, one version probe per shard), and what [`Inputs::digest`] covers.
pub struct Inputs {
    /// Rows of the shards the seal fixed, in key order.
    pub rows: Vec<ShardRow>,
    pub late: Vec<String>,
    pub changed: Vec<String>,
    pub sources: BTreeMap<(String, String), SourceInput>,
    /// sha256 over every provenance sidecar's bytes, in source order.
    sidecars: Sha256,
}

impl Inputs {
    /// A digest of everything the gates judge besides the records' own bytes (which the rows'
    /// versions and generations stand for): the build of the gates and the privacy detector, the
    /// policy, the sealed set and its rejections, the rows, the drift, the sidecars, and the
    /// release before this one (its reports feed the history the gate reports carry). Equal
    /// digests: the gating's results still hold.
    pub fn digest(&self, policy: &Policy, meta: &Meta, previous: Option<&str>) -> String {
        let mut h = self.sidecars.clone();
        let doc = serde_json::json!({
            "build": env!("MHD_BUILD_ID"),
            "detector": crate::pii::DETECTOR,
            "policy": policy.sha256,
            "release": meta.release,
            "generation": meta.generation,
            "expected": meta.expected_shards,
            "rejected": meta.rejected,
            "rows": self.rows,
            "late": self.late,
            "changed": self.changed,
            "previous": previous,
        });
        h.update(serde_json::to_vec(&doc).expect("json"));
        hex::encode(h.finalize())
    }
}

/// Rows, drift and provenance sidecars: everything but the records.
pub async fn inputs<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    meta: &Meta,
) -> Result<Inputs, StageError> {
    let expected: BTreeSet<&String> = meta.expected_shards.iter().collect();
    // A row outside the sealed set is late if its object is still staged; a row whose object is
    // gone (withdrawn before a re-open and re-seal) no longer counts.
    let staged: BTreeSet<String> = blob
        .list(&keys::staging_prefix(&meta.release))
        .await?
        .into_iter()
        .collect();
    let mut rows: Vec<ShardRow> = Vec::new();
    let mut late = Vec::new();
    for row in state::shards(st, &meta.release).await? {
        if row.generation != meta.generation {
            continue; // from before a re-open; superseded by this generation's row
        } else if expected.contains(&row.key) {
            rows.push(row);
        } else if staged.contains(&row.key) {
            late.push(row.key);
        }
    }
    rows.sort_by(|a, b| a.key.cmp(&b.key));
    let d = drift(blob, meta, &rows, &staged).await?;
    for k in d.late {
        if !late.contains(&k) {
            late.push(k);
        }
    }
    late.sort();
    let mut sidecars = Sha256::new();
    let mut sources: BTreeMap<(String, String), SourceInput> = BTreeMap::new();
    for row in &rows {
        let shard = shard_of(row)?;
        let id = (shard.family.clone(), shard.source.clone());
        if !sources.contains_key(&id) {
            let pkey = keys::provenance_key(&meta.release, &shard.family, &shard.source);
            let bytes = blob.get(&pkey).await?;
            sidecars.update(pkey.as_bytes());
            match &bytes {
                Some(b) => sidecars.update(Sha256::digest(b)),
                None => sidecars.update(b"none"),
            }
            let sidecar = bytes.map(|b| Provenance::parse(&b).map_err(|e| e.to_string()));
            sources.insert(
                id.clone(),
                SourceInput {
                    provenance_key: pkey,
                    sidecar,
                    shards: Vec::new(),
                    listed_but_missing: Vec::new(),
                },
            );
        }
        sources
            .get_mut(&id)
            .expect("inserted")
            .shards
            .push(row.clone());
    }
    for input in sources.values_mut() {
        if let Some(Ok(p)) = &input.sidecar {
            let staged: BTreeSet<String> = input
                .shards
                .iter()
                .filter_map(|s| s.key.rsplit('/').next().map(str::to_string))
                .collect();
            for listed in p.shards.iter().flatten() {
                if !staged.contains(&listed.file) {
                    input.listed_but_missing.push(listed.file.clone());
                }
            }
        }
    }
    Ok(Inputs {
        rows,
        late,
        changed: d.changed,
        sources,
        sidecars,
    })
}

fn shard_of(row: &ShardRow) -> Result<keys::ShardKey, StageError> {
    match keys::classify(&row.key) {
        Ok(BucketKey::Shard(shard)) => Ok(shard),
        _ => Err(StageError::Corrupt {
            key: row.key.clone(),
            problem: "shard row key is not a shard key".into(),
        }),
    }
}

/// The normalized file of every shard that is done, in row order (a local bucket's files in
/// place; an S3 bucket's spooled to local disk), with the names its entries share. A record's
/// [`Loc::shard`] indexes this list.
pub async fn shard_files<B: BlobStore>(
    blob: &B,
    rows: &[ShardRow],
) -> Result<
    (
        Vec<(ShardFile, crate::plan::ShardNames)>,
        Option<tempfile::TempDir>,
    ),
    StageError,
> {
    let mut files = Vec::new();
    let mut spool: Option<tempfile::TempDir> = None;
    for row in rows.iter().filter(|r| r.status == ShardStatus::Done) {
        let shard = shard_of(row)?;
        let nkey = keys::normalized_key(&shard, &row.read);
        let path = match blob.local_path(&nkey) {
            Some(p) => p,
            None => spool_copy(blob, &nkey, files.len(), &mut spool).await?,
        };
        let names: crate::plan::ShardNames = (
            Arc::from(shard.family.as_str()),
            Arc::from(shard.source.as_str()),
            Arc::from(row.key.as_str()),
        );
        files.push((ShardFile { key: nkey, path }, names));
    }
    Ok((files, spool))
}

pub async fn gather<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    meta: &Meta,
) -> Result<Gathered, StageError> {
    let inputs = inputs(blob, st, meta).await?;
    plan(blob, policy, inputs).await
}

/// The plan over inputs already read: each done shard's fingerprints (the records stay in
/// their files), deduplicated and split.
pub async fn plan<B: BlobStore>(
    blob: &B,
    policy: &Policy,
    inputs: Inputs,
) -> Result<Gathered, StageError> {
    let (files, spool) = shard_files(blob, &inputs.rows).await?;
    let mut entries: Vec<Entry> = Vec::new();
    let mut signatures: Vec<Signature> = Vec::new();
    let done = inputs.rows.iter().filter(|r| r.status == ShardStatus::Done);
    for (n, ((file, names), row)) in files.iter().zip(done).enumerate() {
        let fkey = keys::fingerprints_key(&shard_of(row)?, &row.read);
        let loc = |line: usize| Loc {
            shard: n as u32,
            line: line as u32,
        };
        match blob.get(&fkey).await? {
            // The plan needs only the fingerprints; the records stay where they are.
            Some(bytes) => {
                let stored = stored::decode(&bytes).map_err(|problem| StageError::Corrupt {
                    key: fkey.clone(),
                    problem,
                })?;
                let lines = file.count_lines()?;
                if lines != stored.len() {
                    return Err(StageError::Corrupt {
                        key: fkey,
                        problem: format!(
                            "{} fingerprints for {lines} normalized records in {}",
                            stored.len(),
                            file.key
                        ),
                    });
                }
                for (line, fp) in stored.into_iter().enumerate() {
                    entries.push(Entry {
                        id: fp.id,
                        family: names.0.clone(),
                        source: names.1.clone(),
                        key: names.2.clone(),
                        index: fp.index,
                        group: fp.group.map(String::into_boxed_str),
                        loc: loc(line),
                    });
                    signatures.push(fp.signature);
                }
            }
            // A shard from before fingerprints were stored: read its records once.
            None => file.for_each(|line, r| {
                signatures.push(minhash::signature(&r.messages));
                entries.push(Entry::of(&r, loc(line as usize), names));
            })?,
        }
    }
    let files = files.into_iter().map(|(f, _)| f).collect();
    Ok(Gathered {
        plan: Plan::build_with(entries, signatures, Corpus::files(files, spool), policy)?,
        inputs,
    })
}

/// Downloads normalized shard `n` into the spool directory (created on first use): the release
/// stage reads shards several times, by line, and S3 streams are read once.
async fn spool_copy<B: BlobStore>(
    blob: &B,
    key: &str,
    n: usize,
    spool: &mut Option<tempfile::TempDir>,
) -> Result<PathBuf, StageError> {
    let io = |source| {
        StageError::Store(crate::store::StoreError::Io {
            op: "spool",
            key: key.to_string(),
            source,
        })
    };
    if spool.is_none() {
        *spool = Some(tempfile::tempdir().map_err(io)?);
    }
    let dir = spool.as_ref().expect("created").path();
    let path = dir.join(format!("{n:06}.jsonl"));
    let mut reader = blob
        .open(key)
        .await?
        .ok_or_else(|| StageError::Missing(key.to_string()))?;
    let target = path.clone();
    tokio::task::spawn_blocking(move || {
        let mut f = std::fs::File::create(&target)?;
        std::io::copy(&mut reader, &mut f).map(|_| ())
    })
    .await
    .map_err(|e| io(std::io::Error::other(e)))?
    .map_err(io)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Message, Record, ReleaseId, Role};
    use crate::state::LocalStateStore;
    use crate::store::LocalBlobStore;

    /// A store that hides local paths, so gather spools shards as it does from S3.
    struct Remote(LocalBlobStore);

    impl BlobStore for Remote {
        async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, crate::store::StoreError> {
            self.0.get(key).await
        }
        async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), crate::store::StoreError> {
            self.0.put(key, bytes).await
        }
        async fn open(
            &self,
            key: &str,
        ) -> Result<Option<crate::store::BlobReader>, crate::store::StoreError> {
            self.0.open(key).await
        }
        async fn put_file(
            &self,
            key: &str,
            path: &std::path::Path,
        ) -> Result<(), crate::store::StoreError> {
            self.0.put_file(key, path).await
        }
        async fn put_if_absent(
            &self,
            key: &str,
            bytes: Vec<u8>,
        ) -> Result<bool, crate::store::StoreError> {
            self.0.put_if_absent(key, bytes).await
        }
        async fn list(&self, prefix: &str) -> Result<Vec<String>, crate::store::StoreError> {
            self.0.list(prefix).await
        }
        async fn version(&self, key: &str) -> Result<Option<String>, crate::store::StoreError> {
            self.0.version(key).await
        }
        fn location(&self) -> String {
            self.0.location()
        }
    }

    fn text(i: u64) -> String {
        (0..40)
            .map(|w| format!("w{}", (i * 7919 + w * 31) % 3000))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Two shards; the second repeats (edited) some conversations of the first.
    async fn staged(dir: &std::path::Path) -> (LocalBlobStore, LocalStateStore, Meta, Vec<Record>) {
        let blob = LocalBlobStore::new(dir);
        let st = LocalStateStore::in_memory();
        let r = ReleaseId::parse("v2026-11-26").unwrap();
        let mut meta = state::ensure_meta(&st, &r, 0).await.unwrap();
        let mut all = Vec::new();
        for (s, family) in ["foundation", "edge_cases"].iter().enumerate() {
            let key = format!("staging/v2026-11-26/{family}/src/part.jsonl");
            let Ok(BucketKey::Shard(shard)) = keys::classify(&key) else {
                panic!("{key}")
            };
            let (mut lines, mut sigs) = (Vec::new(), Vec::new());
            for i in 0..30u64 {
                let t = if s == 1 && i % 3 == 0 {
                    format!("{} again", text(i))
                } else {
                    text(i + 100 * s as u64)
                };
                let messages = vec![
                    Message {
                        role: Role::User,
                        content: t,
                    },
                    Message {
                        role: Role::Assistant,
                        content: "I hear you.".into(),
                    },
                ];
                let mut rec = Record::for_test(family, i, messages);
                rec.source = "src".into();
                rec.origin.key = key.clone();
                crate::fingerprint::stored::encode(
                    &rec,
                    &minhash::signature(&rec.messages),
                    &mut sigs,
                );
                lines.extend(serde_json::to_vec(&rec).unwrap());
                lines.push(b'\n');
                all.push(rec);
            }
            blob.put(&keys::normalized_key(&shard, ""), lines)
                .await
                .unwrap();
            blob.put(&keys::fingerprints_key(&shard, ""), sigs)
                .await
                .unwrap();
            let row = ShardRow {
                key: key.clone(),
                status: ShardStatus::Done,
                family: family.to_string(),
                source: "src".into(),
                sha256: String::new(),
                bytes: 0,
                records_in: 30,
                records_out: 30,
                quarantined: Default::default(),
                blank_lines: 0,
                error: None,
                report_key: String::new(),
                generation: 0,
                pii: None,
                version: None,
                sidecar: Default::default(),
                read: String::new(),
            };
            state::put_shard(&st, &r, &row).await.unwrap();
            meta.expected_shards.push(key);
        }
        (blob, st, meta, all)
    }

    fn summary(p: &Plan) -> Vec<String> {
        let mut v: Vec<String> = p
            .records
            .iter()
            .map(|x| {
                format!(
                    "{} {}#{} {:?}",
                    x.entry.id, x.entry.key, x.entry.index, x.split
                )
            })
            .collect();
        v.extend(
            p.removed
                .iter()
                .map(|x| format!("- {:?} {:?} {}", x.origin, x.kept_origin, x.kind)),
        );
        v
    }

    #[tokio::test]
    async fn in_place_spooled_and_in_memory_plans_agree() {
        let dir = tempfile::tempdir().unwrap();
        let (blob, st, meta, all) = staged(dir.path()).await;
        let policy = Policy::release_0();
        let local = gather(&blob, &st, &policy, &meta).await.unwrap().plan;
        let spooled = gather(&Remote(blob.clone()), &st, &policy, &meta)
            .await
            .unwrap()
            .plan;
        let memory = Plan::build(all, &policy);
        assert!(
            local
                .removed
                .iter()
                .any(|r| r.kind == crate::plan::DupKind::Near),
            "{:?}",
            local.removed
        );
        assert_eq!(summary(&local), summary(&memory));
        assert_eq!(summary(&spooled), summary(&memory));
        // The text read back is the text staged.
        let n = local.records.len();
        assert_eq!(
            local.fetch(&[0, n - 1]).unwrap(),
            memory.fetch(&[0, n - 1]).unwrap()
        );
        assert_eq!(
            spooled.fetch(&[0, n - 1]).unwrap(),
            memory.fetch(&[0, n - 1]).unwrap()
        );
    }

    #[tokio::test]
    async fn signatures_are_checked_against_the_records_and_recomputed_when_absent() {
        let dir = tempfile::tempdir().unwrap();
        let (blob, st, meta, _) = staged(dir.path()).await;
        let policy = Policy::release_0();
        let want = summary(&gather(&blob, &st, &policy, &meta).await.unwrap().plan);
        let Ok(BucketKey::Shard(first)) = keys::classify(&meta.expected_shards[0]) else {
            panic!()
        };
        let fkey = keys::fingerprints_key(&first, "");
        let path = dir.path().join(&fkey);
        let bytes = std::fs::read(&path).unwrap();
        // One entry short: the signatures no longer line up with the records.
        let entry = 16 + 8 + 4 + 4 * minhash::K; // no group
        std::fs::write(&path, &bytes[..bytes.len() - entry]).unwrap();
        let e = gather(&blob, &st, &policy, &meta)
            .await
            .err()
            .unwrap()
            .to_string();
        assert!(
            e.contains(&fkey) && e.contains("29 fingerprints for 30"),
            "{e}"
        );
        std::fs::remove_file(&path).unwrap();
        let got = summary(&gather(&blob, &st, &policy, &meta).await.unwrap().plan);
        assert_eq!(got, want);
    }
}
