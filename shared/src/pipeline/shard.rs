//! The shard stage: one staged file -> normalized records, quarantine, report, `SHARD#` row.
//! Runs in the ingest Lambda (one S3 event) and in `mhd run` (every staged file). Streams: the
//! object is read once, records and quarantine go to temporary files that are then uploaded, so
//! memory does not grow with the shard.

use super::StageError;
use crate::keys::{self, ShardKey};
use crate::pii::shard::{Scanner, Verdict, sample_seed};
use crate::policy::{Limits, Policy};
use crate::provenance::Provenance;
use crate::read::{self, Context, Item, RoleMap};
use crate::state::{self, ShardRow, ShardStatus, ShardWrite, SidecarRead, StateStore};
use crate::store::{BlobReader, BlobStore};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use tempfile::NamedTempFile;

/// The report lists quarantined positions up to this many; the quarantine file has them all.
const REPORT_POSITIONS: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardOutcome {
    pub row: ShardRow,
    pub write: ShardWrite,
}

/// Quarantine entry as stored under `work/` (this file may hold content: it is never published
/// and never logged). The raw bytes are kept as text when they are UTF-8, else as hex.
#[derive(Serialize)]
struct QuarantineLine<'a> {
    #[serde(flatten)]
    entry: &'a read::Quarantined,
    #[serde(skip_serializing_if = "Option::is_none")]
    raw: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raw_hex: Option<String>,
}

/// The shard report: counts and positions only, never content.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    row: &'a ShardRow,
    quarantine: &'a [Position],
    quarantine_positions_omitted: u64,
    /// Where identifiers were found: record index, message, kind and byte offsets (capped).
    pii_findings: &'a [PiiOffset],
}

#[derive(Serialize)]
struct PiiOffset {
    index: u64,
    message: usize,
    kind: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Position {
    index: u64,
    line: u64,
    reason: &'static str,
    detail: String,
}

struct Normalized {
    row: ShardRow,
    records: NamedTempFile,
    quarantine: NamedTempFile,
    positions: Vec<Position>,
    pii_offsets: Vec<PiiOffset>,
    /// Fingerprints of the kept records (`fingerprint::stored`, ~540 bytes each): what the
    /// release-wide stage plans over.
    fingerprints: NamedTempFile,
}

/// Reads one staged file into its normalized shard and records its row. A read overtaken
/// after it wrote (the file or its sidecar replaced, the newer read already recorded, then this
/// older write landing over it) reads again at once, so the last write is the newest read.
pub async fn process<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    shard: &ShardKey,
    now: i64,
) -> Result<ShardOutcome, StageError> {
    let mut last = None;
    for _ in 0..3 {
        let out = match (
            process_once(blob, st, policy, shard, now).await,
            last.take(),
        ) {
            // removed since the last attempt: the seal and the gates see to a missing file
            (Err(StageError::Missing(_)), Some(prev)) => return Ok(prev),
            (r, _) => r?,
        };
        let again = match out.write {
            ShardWrite::Recorded => !row_is_current(blob, &out.row).await?,
            // only the sidecar moved: no event of the file's own will read it again
            ShardWrite::Superseded => {
                out.row.version.is_none() || blob.version(&shard.key).await? == out.row.version
            }
            ShardWrite::Closed => false,
        };
        if !again {
            return Ok(out);
        }
        tracing::info!(key = %keys::safe_key(&shard.key), "overtaken: reading again");
        last = Some(out);
    }
    Err(StageError::Overtaken(keys::safe_key(&shard.key)))
}

/// Whether a row still is what staging holds: the file and its sidecar at the versions read.
async fn row_is_current<B: BlobStore>(blob: &B, row: &ShardRow) -> Result<bool, StageError> {
    let shard = match keys::classify(&row.key) {
        Ok(keys::BucketKey::Shard(s)) => s,
        _ => return Ok(false),
    };
    let sidecar = keys::provenance_key(&shard.release, &shard.family, &shard.source);
    if row
        .sidecar
        .is_stale(&sidecar_version(blob, &sidecar).await?)
    {
        return Ok(false);
    }
    Ok(match &row.version {
        Some(v) => blob.version(&row.key).await?.as_ref() == Some(v),
        None => true,
    })
}

/// Whether `shard` is recorded, in its release's current generation, as read from staging as
/// it is now: a reread of it can be skipped.
pub async fn is_current<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    shard: &ShardKey,
) -> Result<bool, StageError> {
    let Some(meta) = state::get_meta(st, &shard.release).await? else {
        return Ok(false);
    };
    match state::shard(st, &shard.release, &shard.key).await? {
        Some(row) if row.generation == meta.generation => row_is_current(blob, &row).await,
        _ => Ok(false),
    }
}

async fn process_once<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    policy: &Policy,
    shard: &ShardKey,
    now: i64,
) -> Result<ShardOutcome, StageError> {
    let meta = state::ensure_meta(st, &shard.release, now).await?;
    let row = ShardRow {
        key: shard.key.clone(),
        status: ShardStatus::Done,
        family: shard.family.clone(),
        source: shard.source.clone(),
        sha256: String::new(),
        bytes: 0,
        records_in: 0,
        records_out: 0,
        quarantined: BTreeMap::new(),
        blank_lines: 0,
        error: None,
        report_key: keys::shard_report_key(shard, ""),
        generation: meta.generation,
        pii: None,
        version: None,
        sidecar: SidecarRead::Unrecorded,
        read: String::new(),
    };
    if !meta.state.accepts_shards() {
        // A late upload (after gating began) is refused without touching anything.
        return Ok(ShardOutcome {
            row,
            write: ShardWrite::Closed,
        });
    }
    let prov_key = keys::provenance_key(&shard.release, &shard.family, &shard.source);
    // A missing or broken sidecar fails the provenance gate later; here it only means no
    // role_map extension and no shard hashes to check. A `format` declaration that cannot be
    // understood fails every file of the source, naming the field.
    // Its version first, as for the file itself: a sidecar replaced while the file is read
    // leaves what was read stale, and its own event reads the source again.
    let sidecar_read = sidecar_version(blob, &prov_key).await?;
    let sidecar = blob.get(&prov_key).await?.map(|b| Provenance::parse(&b));
    if let Some(Err(crate::provenance::ProvenanceError::Format(e))) = &sidecar {
        let mut row = row;
        row.status = ShardStatus::Failed;
        row.error = Some(format!("bad_mapping: {e}"));
        row.sidecar = SidecarRead::of(sidecar_read);
        let write = state::put_shard(st, &shard.release, &row).await?;
        return Ok(ShardOutcome { row, write });
    }
    let prov = sidecar.and_then(Result::ok);
    let mapping = prov.as_ref().and_then(|p| p.format.clone());
    let roles = prov
        .as_ref()
        .and_then(|p| {
            RoleMap::with_extensions(p.role_map.iter().map(|(k, v)| (k.as_str(), v.as_str()))).ok()
        })
        .unwrap_or_default();
    let expected_sha = prov
        .as_ref()
        .and_then(|p| p.expected_sha256(&shard.file))
        .map(str::to_string);
    // The version first: if the object changes while it is read, assembly sees a newer one
    // than recorded and fails closed, rather than shipping what was read as current.
    let (version, reader) = match blob.version(&shard.key).await {
        Ok(v) => (v, blob.open(&shard.key).await),
        Err(e) => (None, Err(e)),
    };
    let reader = match reader {
        Ok(Some(r)) => r,
        Ok(None) => return Err(StageError::Missing(shard.key.clone())),
        Err(crate::store::StoreError::Refused { why, .. }) => {
            // Recorded as a failed file (the provenance gate names it), never read.
            tracing::warn!(key = %keys::safe_key(&shard.key), why, "staged object refused");
            let mut row = row;
            row.status = ShardStatus::Failed;
            row.error = Some("refused_symlink".into());
            row.sidecar = SidecarRead::of(sidecar_read);
            let write = state::put_shard(st, &shard.release, &row).await?;
            return Ok(ShardOutcome { row, write });
        }
        Err(e) => return Err(e.into()),
    };

    let rules = ReadRules {
        shard: shard.clone(),
        roles,
        mapping,
        limits: policy.limits.clone(),
        training: policy.training.clone(),
        expected_sha,
    };
    let scanner = Scanner::new(
        policy.pii_action(&shard.family),
        sample_seed(&policy.privacy.seed, shard.release.as_str(), &shard.family),
        policy.privacy.sample_size,
        policy.privacy.field_key.clone(),
    );
    let read = keys::read_tag(version.as_deref(), sidecar_read.as_deref(), meta.generation);
    let row = ShardRow {
        version,
        sidecar: SidecarRead::of(sidecar_read.clone()),
        report_key: keys::shard_report_key(shard, &read),
        read,
        ..row
    };
    let n = tokio::task::spawn_blocking(move || normalize(reader, &rules, row, scanner))
        .await
        // The panic's message is not kept: it may quote the text being read.
        .map_err(|_| StageError::Corrupt {
            key: shard.key.clone(),
            problem: "the normalizer panicked".into(),
        })?
        .map_err(|source| {
            StageError::Store(crate::store::StoreError::Io {
                op: "normalize",
                key: shard.key.clone(),
                source,
            })
        })?;

    // Re-uploaded while it was read: what was read is already stale, and the newer upload's
    // own event processes the newer content. Writing nothing here keeps an older read from
    // overwriting a newer one (events arrive out of order); a write that still interleaves
    // leaves a version that no longer matches staging, which the gates fail closed on.
    if (n.row.version.is_some() && blob.version(&shard.key).await? != n.row.version)
        || sidecar_version(blob, &prov_key).await? != sidecar_read
    {
        tracing::info!(key = %keys::safe_key(&shard.key), "superseded while read: nothing written");
        return Ok(ShardOutcome {
            row: n.row,
            write: ShardWrite::Superseded,
        });
    }
    // Under this read's own keys: a slower read of an older version or sidecar that still
    // writes after this point lands beside these files, never over them.
    let read = &n.row.read;
    blob.put_file(&keys::normalized_key(shard, read), n.records.path())
        .await?;
    blob.put_file(&keys::fingerprints_key(shard, read), n.fingerprints.path())
        .await?;
    if n.row.quarantined.values().sum::<u64>() > 0 {
        blob.put_file(&keys::quarantine_key(shard, read), n.quarantine.path())
            .await?;
    }
    let total_q: u64 = n.row.quarantined.values().sum();
    let report = Report {
        row: &n.row,
        quarantine: &n.positions,
        quarantine_positions_omitted: total_q.saturating_sub(n.positions.len() as u64),
        pii_findings: &n.pii_offsets,
    };
    blob.put(
        &n.row.report_key,
        serde_json::to_vec_pretty(&report).expect("report serializes"),
    )
    .await?;
    let write = state::put_shard(st, &shard.release, &n.row).await?;
    Ok(ShardOutcome { row: n.row, write })
}

/// How one shard is read: what its source's sidecar and the policy say.
struct ReadRules {
    shard: ShardKey,
    roles: RoleMap,
    mapping: Option<crate::read::Mapping>,
    limits: Limits,
    training: crate::policy::Training,
    /// The sha256 the sidecar lists for this file, if it lists shards.
    expected_sha: Option<String>,
}

/// The blocking part: stream the object through the reader into two temporary files.
fn normalize(
    reader: BlobReader,
    rules: &ReadRules,
    mut row: ShardRow,
    mut scanner: Scanner,
) -> std::io::Result<Normalized> {
    let (shard, roles, limits, training) =
        (&rules.shard, &rules.roles, &rules.limits, &rules.training);
    let (mapping, expected_sha) = (rules.mapping.as_ref(), rules.expected_sha.as_deref());
    let records_file = NamedTempFile::new()?;
    let quarantine_file = NamedTempFile::new()?;
    let mut records = BufWriter::with_capacity(1 << 16, records_file.as_file());
    let mut quarantine = BufWriter::with_capacity(1 << 16, quarantine_file.as_file());
    let mut positions = Vec::new();
    let mut write_err: Option<std::io::Error> = None;
    let ctx = Context {
        shard,
        roles,
        limits,
        mapping,
    };
    // A record's line is its index + 1 only in JSON lines read one record per line; elsewhere
    // (CSV, JSON arrays, Parquet, `turns` groups) the later steps name the record by index.
    let csv = !matches!(
        shard.format,
        crate::keys::ShardFormat::Jsonl | crate::keys::ShardFormat::JsonlGz
    ) || mapping
        .is_some_and(|m| matches!(m.layout, crate::read::mapping::Layout::Turns { .. }));
    let fingerprints_file = NamedTempFile::new()?;
    let mut fingerprints = crate::fingerprint::stored::Writer::new(BufWriter::with_capacity(
        1 << 16,
        fingerprints_file.as_file(),
    ));
    let mut sink = |item: Item| {
        let item = match item {
            Item::Record(r) => {
                let index = r.origin.index;
                match scanner.scan(r, index) {
                    // The training rules judge what would ship, so they run after redaction.
                    Verdict::Keep(r) => match crate::training::admit(&r, training) {
                        Ok(()) => Item::Record(r),
                        Err(broken) => {
                            let q = read::Quarantined {
                                key: shard.key.clone(),
                                index,
                                line: if csv { 0 } else { index + 1 },
                                reason: broken.reason(),
                                detail: broken.describe(training),
                            };
                            Item::Quarantined(q, serde_json::to_vec(&r).unwrap_or_default())
                        }
                    },
                    Verdict::Quarantine(reason, original) => {
                        let q = read::Quarantined {
                            key: shard.key.clone(),
                            index,
                            line: if csv { 0 } else { index + 1 },
                            reason,
                            detail: "identifiers found by the privacy step".into(),
                        };
                        Item::Quarantined(q, serde_json::to_vec(&original).unwrap_or_default())
                    }
                }
            }
            other => other,
        };
        let res = match item {
            Item::Record(r) => {
                row.records_in += 1;
                row.records_out += 1;
                let sig = crate::fingerprint::minhash::signature(&r.messages);
                fingerprints
                    .push(&r, &sig)
                    .and_then(|_| serde_json::to_writer(&mut records, &r).map_err(Into::into))
                    .and_then(|_| records.write_all(b"\n"))
            }
            Item::Quarantined(q, raw) => {
                row.records_in += 1;
                *row.quarantined
                    .entry(q.reason.as_str().to_string())
                    .or_default() += 1;
                let text = std::str::from_utf8(&raw).ok();
                let line = QuarantineLine {
                    entry: &q,
                    raw: text,
                    raw_hex: text.is_none().then(|| hex::encode(&raw)),
                };
                if positions.len() < REPORT_POSITIONS {
                    positions.push(Position {
                        index: q.index,
                        line: q.line,
                        reason: q.reason.as_str(),
                        detail: q.detail.clone(),
                    });
                }
                serde_json::to_writer(&mut quarantine, &line)
                    .map_err(std::io::Error::other)
                    .and_then(|_| quarantine.write_all(b"\n"))
            }
            Item::Blank { .. } => {
                row.blank_lines += 1;
                Ok(())
            }
        };
        if let (Err(e), None) = (res, &write_err) {
            write_err = Some(e);
        }
    };
    match read::read_stream(&ctx, reader, &mut sink) {
        Ok(stats) => {
            row.sha256 = stats.sha256;
            row.bytes = stats.bytes;
        }
        Err(e) => {
            row.status = ShardStatus::Failed;
            row.error = Some(e.describe());
        }
    }
    if let Some(e) = write_err {
        return Err(e);
    }
    let (pii, offsets) = scanner.finish();
    row.pii = Some(pii);
    let pii_offsets = offsets
        .into_iter()
        .map(|(index, message, kind, start, end)| PiiOffset {
            index,
            message,
            kind: kind.as_str(),
            start,
            end,
        })
        .collect();
    records.flush()?;
    quarantine.flush()?;
    drop((records, quarantine, fingerprints.finish()?));
    if row.error.is_none() && expected_sha.is_some_and(|e| !e.eq_ignore_ascii_case(&row.sha256)) {
        // Integrity failure: the file is not the one the data owner declared. Nothing from it
        // may be used; the staged object itself is the evidence.
        row.status = ShardStatus::Failed;
        row.error = Some("sha256_mismatch".into());
        records_file.as_file().set_len(0)?;
        fingerprints_file.as_file().set_len(0)?;
    }
    Ok(Normalized {
        row,
        records: records_file,
        quarantine: quarantine_file,
        positions,
        pii_offsets,
        fingerprints: fingerprints_file,
    })
}

/// The sidecar of every source the rows come from, as it is now (one probe per source), keyed
/// by the sidecar's key.
pub async fn sidecars_now<B: BlobStore>(
    blob: &B,
    release: &crate::model::ReleaseId,
    rows: &[ShardRow],
) -> Result<BTreeMap<String, Option<String>>, StageError> {
    let mut now = BTreeMap::new();
    for r in rows {
        let key = keys::provenance_key(release, &r.family, &r.source);
        if let std::collections::btree_map::Entry::Vacant(e) = now.entry(key) {
            let v = sidecar_version(blob, e.key()).await?;
            e.insert(v);
        }
    }
    Ok(now)
}

/// The keys of `rows` (one generation's) read under their source's sidecar as it is now: a row
/// read under an older one waits for its re-read. A sidecar deleted after the read is no wait
/// (gating fails the release naming it). The finalizer and `mhd status` count these.
pub async fn current_keys<B: BlobStore>(
    blob: &B,
    release: &crate::model::ReleaseId,
    rows: &[ShardRow],
) -> Result<std::collections::BTreeSet<String>, StageError> {
    let sidecars = sidecars_now(blob, release, rows).await?;
    Ok(rows
        .iter()
        .filter(|r| {
            let now = &sidecars[&keys::provenance_key(release, &r.family, &r.source)];
            now.is_none() || !r.sidecar.is_stale(now)
        })
        .map(|r| r.key.clone())
        .collect())
}

/// A source sidecar's version (`None`: absent, or refused as a link).
pub async fn sidecar_version<B: BlobStore>(
    blob: &B,
    key: &str,
) -> Result<Option<String>, StageError> {
    match blob.version(key).await {
        Ok(v) => Ok(v),
        Err(crate::store::StoreError::Refused { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The shards of a source to read again after its sidecar changed: those recorded, in this
/// generation, under another sidecar and still staged. A read still running when the sidecar
/// changed finds out itself and reads again (see [`process`]); a file whose event has not run
/// yet reads the new sidecar.
pub async fn stale_after_sidecar<B: BlobStore, S: StateStore>(
    blob: &B,
    st: &S,
    release: &crate::model::ReleaseId,
    family: &str,
    source: &str,
) -> Result<Vec<String>, StageError> {
    let Some(meta) = state::get_meta(st, release).await? else {
        return Ok(Vec::new());
    };
    if !meta.state.accepts_shards() {
        return Ok(Vec::new());
    }
    let now = sidecar_version(blob, &keys::provenance_key(release, family, source)).await?;
    let staged: std::collections::BTreeSet<String> = blob
        .list(&format!(
            "{}{family}/{source}/",
            keys::staging_prefix(release)
        ))
        .await?
        .into_iter()
        .collect();
    Ok(state::shards(st, release)
        .await?
        .into_iter()
        .filter(|r| {
            r.generation == meta.generation
                && r.family == family
                && r.source == source
                && r.sidecar.is_stale(&now)
                && staged.contains(&r.key)
        })
        .map(|r| r.key)
        .collect())
}
