//! Readers: one staged file -> canonical records, or quarantined items with a reason.
//!
//! Every input position yields exactly one item (a record or a quarantine entry), so nothing is
//! lost and nothing is dropped silently. Quarantine entries carry file, index, line and a reason
//! code; the raw bytes travel separately to `work/` and never into logs or reports.

mod csv;
mod csv_quotes;
mod input;
mod json_array;
pub(crate) mod jsonl;
mod mapped;
pub mod mapping;
mod parquet;
mod records;
mod roles;
#[cfg(test)]
mod tests;

pub use mapped::Mismatch;
pub use mapping::{BadMapping, Mapping};
pub use roles::RoleMap;

use crate::fingerprint::record_id;
use crate::keys::{ShardFormat, ShardKey};
use crate::model::{Message, Origin, Record, Role};
use crate::policy::Limits;
use serde::{Deserialize, Serialize};
use std::io::Read;

pub use crate::reason::Reason;

/// A position that could not become a record. `detail` never contains record content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quarantined {
    pub key: String,
    pub index: u64,
    /// 1-based line in the (decompressed) file where the item starts.
    pub line: u64,
    pub reason: Reason,
    pub detail: String,
}

#[derive(Debug)]
pub enum Item {
    Record(Record),
    /// The entry, and the raw bytes to keep under `work/` (never logged).
    Quarantined(Quarantined, Vec<u8>),
    /// A whitespace-only line: holds no data, counted in the shard report.
    Blank {
        line: u64,
    },
}

/// File-level failures: the file as a whole cannot be read.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum FileError {
    #[error("{key}: gzip stream is corrupt ({detail})")]
    Gzip { key: String, detail: String },
    #[error("{key}: read failed: {detail}")]
    Io { key: String, detail: String },
    #[error("{key}: decompressed size exceeds the policy limit of {limit} bytes")]
    DecompressedTooLarge { key: String, limit: u64 },
    #[error("{key}: decompression ratio exceeds the policy limit of {limit}:1")]
    RatioTooHigh { key: String, limit: u64 },
    /// The CSV's structure is broken from a point on (nothing after it can be trusted).
    #[error("{key}: {problem}")]
    CsvStructure {
        key: String,
        problem: String,
        code: &'static str,
    },
    /// The file does not fit the source's declared mapping (or the built-in CSV columns).
    #[error("{key}: {mismatch}")]
    Mapping { key: String, mismatch: Mismatch },
    /// The source's `format` declaration cannot be understood.
    #[error("{key}: {problem}")]
    BadMapping { key: String, problem: BadMapping },
    #[error("{key}: {problem}")]
    JsonArray { key: String, problem: String },
    #[error("{key}: Parquet file unreadable: {problem}")]
    Parquet { key: String, problem: String },
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Gzip { .. } => "gzip_corrupt",
            FileError::Io { .. } => "read_failed",
            FileError::DecompressedTooLarge { .. } => "decompressed_too_large",
            FileError::RatioTooHigh { .. } => "decompression_ratio",
            FileError::CsvStructure { code, .. } => code,
            FileError::Mapping { .. } => "mapping_mismatch",
            FileError::BadMapping { .. } => "bad_mapping",
            FileError::JsonArray { .. } => "json_array_malformed",
            FileError::Parquet { .. } => "parquet_unreadable",
        }
    }

    /// The code, and for problems a data owner fixes in the file (its structure, its fit to
    /// the mapping) where and what: line and field names, never record content.
    pub fn describe(&self) -> String {
        let code = self.code();
        match self {
            FileError::CsvStructure { problem, .. } => format!("{code}: {problem}"),
            FileError::Mapping { mismatch, .. } => format!("{code}: {mismatch}"),
            FileError::BadMapping { problem, .. } => format!("{code}: {problem}"),
            FileError::JsonArray { problem, .. } | FileError::Parquet { problem, .. } => {
                format!("{code}: {problem}")
            }
            _ => code.to_string(),
        }
    }
}

/// What a reader needs besides the bytes.
pub struct Context<'a> {
    pub shard: &'a ShardKey,
    pub roles: &'a RoleMap,
    pub limits: &'a Limits,
    /// The source's declared mapping (`provenance.json` `format`); `None`: the built-in shapes.
    pub mapping: Option<&'a Mapping>,
}

/// A record position kept out, with the reason and the bytes as read (never logged).
pub(crate) fn quarantined(
    ctx: &Context<'_>,
    index: u64,
    line: u64,
    (reason, detail): (Reason, String),
    raw: Vec<u8>,
) -> Item {
    Item::Quarantined(
        Quarantined {
            key: ctx.shard.key.clone(),
            index,
            line,
            reason,
            detail,
        },
        raw,
    )
}

/// A mapping mismatch travels up the readers as an I/O error, like the CSV structure errors,
/// and `read_stream` names it.
pub(crate) fn mismatch_io(m: Mismatch) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, m)
}

/// What streaming a file learned about it as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStats {
    /// sha256 of the raw object bytes (as stored, before decompression).
    pub sha256: String,
    pub bytes: u64,
}

/// Stream one staged file (raw bytes as stored) and hand every item to `sink`. Memory is
/// bounded by the policy's line/record limits, not by the file size.
pub fn read_stream(
    ctx: &Context<'_>,
    raw: impl Read,
    sink: &mut dyn FnMut(Item),
) -> Result<FileStats, FileError> {
    let key = || ctx.shard.key.clone();
    let mut hashing = input::Hashing::new(raw);
    let result = match ctx.shard.format {
        ShardFormat::Jsonl => jsonl::read(ctx, plain(&mut hashing), sink),
        ShardFormat::JsonlGz => jsonl::read(ctx, gunzip(ctx, &mut hashing), sink),
        ShardFormat::Json => json_array::read(ctx, plain(&mut hashing), sink),
        ShardFormat::Csv => csv::read(ctx, plain(&mut hashing), sink),
        ShardFormat::CsvGz => csv::read(ctx, gunzip(ctx, &mut hashing), sink),
        ShardFormat::Parquet => parquet::read(ctx, &mut hashing, sink),
    };
    if let Err(e) = result {
        let inner = e.get_ref();
        if let Some(s) = inner.and_then(|x| x.downcast_ref::<csv_quotes::Structure>()) {
            return Err(FileError::CsvStructure {
                key: key(),
                problem: s.to_string(),
                code: s.code(),
            });
        }
        if let Some(m) = inner.and_then(|x| x.downcast_ref::<Mismatch>()) {
            return Err(FileError::Mapping {
                key: key(),
                mismatch: m.clone(),
            });
        }
        if let Some(s) = inner.and_then(|x| x.downcast_ref::<json_array::Shape>()) {
            return Err(FileError::JsonArray {
                key: key(),
                problem: s.to_string(),
            });
        }
        if let Some(p) = inner.and_then(|x| x.downcast_ref::<parquet::Unreadable>()) {
            return Err(FileError::Parquet {
                key: key(),
                problem: p.0.clone(),
            });
        }
        let bound = e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<input::BoundError>())
            .map(|b| b.0);
        return Err(match bound {
            Some(input::Bound::Size) => FileError::DecompressedTooLarge {
                key: key(),
                limit: ctx.limits.max_decompressed_bytes,
            },
            Some(input::Bound::Ratio) => FileError::RatioTooHigh {
                key: key(),
                limit: ctx.limits.max_decompression_ratio,
            },
            None if matches!(ctx.shard.format, ShardFormat::JsonlGz | ShardFormat::CsvGz) => {
                FileError::Gzip {
                    key: key(),
                    detail: e.kind().to_string(),
                }
            }
            None => FileError::Io {
                key: key(),
                detail: e.to_string(),
            },
        });
    }
    let (sha256, bytes) = hashing.finish().map_err(|e| FileError::Io {
        key: key(),
        detail: e.to_string(),
    })?;
    Ok(FileStats { sha256, bytes })
}

fn plain<R: Read>(r: R) -> std::io::BufReader<R> {
    std::io::BufReader::with_capacity(1 << 16, r)
}

/// Decompressed bytes of a gzip object, bounded by the policy's size and ratio limits.
fn gunzip<'a, R: Read>(
    ctx: &Context<'_>,
    hashing: &'a mut input::Hashing<R>,
) -> std::io::BufReader<
    input::Bounded<flate2::read::MultiGzDecoder<std::io::BufReader<&'a mut input::Hashing<R>>>>,
> {
    let compressed = hashing.counter();
    let gz = flate2::read::MultiGzDecoder::new(plain(hashing));
    plain(input::Bounded::new(
        gz,
        compressed,
        ctx.limits.max_decompressed_bytes,
        ctx.limits.max_decompression_ratio,
    ))
}

/// Per-record identity fields a reader found besides the messages.
#[derive(Default)]
pub(crate) struct Upstream {
    pub id: Option<String>,
    pub group: Option<String>,
}

/// Shared final step of every reader: validate messages and build the canonical record.
pub(crate) fn finish(
    ctx: &Context<'_>,
    index: u64,
    messages: Vec<Message>,
    upstream: Upstream,
) -> Result<Record, (Reason, String)> {
    if messages.is_empty() {
        return Err((Reason::EmptyMessages, "no messages".into()));
    }
    if let Some(i) = messages.iter().position(|m| m.content.is_empty()) {
        return Err((
            Reason::EmptyContent,
            format!("message {i} has empty content"),
        ));
    }
    if !messages.iter().any(|m| m.role == Role::Assistant) {
        return Err((Reason::NoAssistantMessage, "no assistant message".into()));
    }
    Ok(Record {
        id: record_id(&messages),
        family: ctx.shard.family.clone(),
        source: ctx.shard.source.clone(),
        origin: Origin {
            key: ctx.shard.key.clone(),
            index,
        },
        messages,
        upstream_id: upstream.id,
        group: upstream.group,
        meta: None,
    })
}
