//! Readers: one staged file -> canonical records, or quarantined items with a reason.
//!
//! Every input position yields exactly one item (a record or a quarantine entry), so nothing is
//! lost and nothing is dropped silently. Quarantine entries carry file, index, line and a reason
//! code; the raw bytes travel separately to `work/` and never into logs or reports.

mod csv;
mod jsonl;
mod roles;

pub use roles::RoleMap;

use crate::fingerprint::record_id;
use crate::keys::{ShardFormat, ShardKey};
use crate::model::{Message, Origin, Record, Role};
use crate::policy::Limits;
use serde::{Deserialize, Serialize};
use std::io::Read;

/// Stable reason codes, counted per shard and written to quarantine entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    InvalidUtf8,
    InvalidJson,
    MultipleObjects,
    NotAnObject,
    UnknownFormat,
    FormatMismatch,
    MissingField,
    WrongFieldType,
    EmptyMessages,
    EmptyContent,
    UnmappableRole,
    NoAssistantMessage,
    LineTooLong,
    RecordTooLarge,
    BadCsvRow,
    BadCsvHeader,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::InvalidUtf8 => "invalid_utf8",
            Reason::InvalidJson => "invalid_json",
            Reason::MultipleObjects => "multiple_objects",
            Reason::NotAnObject => "not_an_object",
            Reason::UnknownFormat => "unknown_format",
            Reason::FormatMismatch => "format_mismatch",
            Reason::MissingField => "missing_field",
            Reason::WrongFieldType => "wrong_field_type",
            Reason::EmptyMessages => "empty_messages",
            Reason::EmptyContent => "empty_content",
            Reason::UnmappableRole => "unmappable_role",
            Reason::NoAssistantMessage => "no_assistant_message",
            Reason::LineTooLong => "line_too_long",
            Reason::RecordTooLarge => "record_too_large",
            Reason::BadCsvRow => "bad_csv_row",
            Reason::BadCsvHeader => "bad_csv_header",
        }
    }
}

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
    #[error("{key}: gzip stream is corrupt at decompressed byte {at}")]
    Gzip { key: String, at: u64 },
    #[error("{key}: decompressed size exceeds the policy limit of {limit} bytes")]
    DecompressedTooLarge { key: String, limit: u64 },
    #[error("{key}: decompression ratio exceeds the policy limit of {limit}:1")]
    RatioTooHigh { key: String, limit: u64 },
}

impl FileError {
    pub fn code(&self) -> &'static str {
        match self {
            FileError::Gzip { .. } => "gzip_corrupt",
            FileError::DecompressedTooLarge { .. } => "decompressed_too_large",
            FileError::RatioTooHigh { .. } => "decompression_ratio",
        }
    }
}

/// What a reader needs besides the bytes.
pub struct Context<'a> {
    pub shard: &'a ShardKey,
    pub roles: &'a RoleMap,
    pub limits: &'a Limits,
}

/// Read one staged file (raw bytes as stored) and hand every item to `sink`.
pub fn read_file(
    ctx: &Context<'_>,
    raw: &[u8],
    sink: &mut dyn FnMut(Item),
) -> Result<(), FileError> {
    match ctx.shard.format {
        ShardFormat::Jsonl => jsonl::read(ctx, raw, sink),
        ShardFormat::JsonlGz => {
            let data = gunzip(ctx, raw)?;
            jsonl::read(ctx, &data, sink)
        }
        ShardFormat::Csv => csv::read(ctx, raw, sink),
    }
    Ok(())
}

fn gunzip(ctx: &Context<'_>, raw: &[u8]) -> Result<Vec<u8>, FileError> {
    let key = ctx.shard.key.clone();
    let limit = ctx.limits.max_decompressed_bytes;
    let ratio_cap = (raw.len() as u64).saturating_mul(ctx.limits.max_decompression_ratio);
    let cap = limit.min(ratio_cap.max(1));
    let mut out = Vec::new();
    let mut dec = flate2::read::MultiGzDecoder::new(raw).take(cap + 1);
    dec.read_to_end(&mut out).map_err(|_| FileError::Gzip {
        key: key.clone(),
        at: out.len() as u64,
    })?;
    if out.len() as u64 > cap {
        return Err(if cap == limit {
            FileError::DecompressedTooLarge { key, limit }
        } else {
            FileError::RatioTooHigh {
                key,
                limit: ctx.limits.max_decompression_ratio,
            }
        });
    }
    Ok(out)
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
    })
}
