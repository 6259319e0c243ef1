//! CSV: `conversation_id,turn,speaker,text`, one row per message, streamed.
//!
//! A conversation's rows are contiguous (the file is grouped by conversation); rows are ordered
//! by the integer `turn`, not by row order. A conversation's `index` is the 0-based order of its
//! first row. A bad row quarantines its whole conversation; a conversation id that reappears
//! after another conversation started is quarantined as `csv_group_split` (holding every
//! conversation open to merge them would make memory grow with the file).

use super::csv_quotes::Quotes;
use super::{Context, Item, Quarantined, Reason, Upstream, finish};
use crate::model::Message;
use std::collections::HashSet;
use std::io::BufRead;

struct Group {
    id: String,
    index: u64,
    first_line: u64,
    rows: Vec<(i64, Message)>,
    failure: Option<(Reason, String)>,
    raw_bytes: u64,
    /// The group's rows re-encoded as CSV, kept for the quarantine file (bounded by
    /// max_record_bytes: a larger group keeps none, the staged file is the evidence).
    raw: Vec<u8>,
}

/// Rows that cannot be tied to a conversation have no group index; their line identifies them.
const NO_GROUP: u64 = u64::MAX;

pub(crate) fn read(
    ctx: &Context<'_>,
    r: impl BufRead,
    sink: &mut dyn FnMut(Item),
) -> std::io::Result<()> {
    let cap = ctx.limits.max_line_bytes.max(ctx.limits.max_record_bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(Quotes::new(r, cap));
    let key = &ctx.shard.key;
    let quarantine = |index: u64, line: u64, reason: Reason, detail: String| {
        Item::Quarantined(
            Quarantined {
                key: key.clone(),
                index,
                line,
                reason,
                detail,
            },
            Vec::new(),
        )
    };
    let mut encode = csv::WriterBuilder::new();
    encode.buffer_capacity(1024);
    let cols = match rdr.byte_headers() {
        Ok(h) => {
            let find = |name: &str| {
                h.iter()
                    .position(|c| std::str::from_utf8(c).is_ok_and(|c| c.trim() == name))
            };
            match (
                find("conversation_id"),
                find("turn"),
                find("speaker"),
                find("text"),
            ) {
                (Some(a), Some(b), Some(c), Some(d)) => [a, b, c, d],
                _ => {
                    sink(quarantine(
                        NO_GROUP,
                        1,
                        Reason::BadCsvHeader,
                        "header must name conversation_id, turn, speaker, text".into(),
                    ));
                    return Ok(());
                }
            }
        }
        Err(e) => return header_error(e, sink, quarantine),
    };
    let mut seen: HashSet<String> = HashSet::new();
    let mut current: Option<Group> = None;
    let mut next_index: u64 = 0;
    let mut rec = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map(|p| p.line()).unwrap_or(0);
                if let csv::ErrorKind::Io(io) = e.into_kind() {
                    return Err(io); // keeps a structure error for the caller to name
                }
                // Unreadable row: nothing after it can be trusted; the open group is lost with it.
                let index = current.take().map(|g| g.index).unwrap_or(NO_GROUP);
                sink(quarantine(
                    index,
                    at,
                    Reason::BadCsvRow,
                    "row is not valid CSV".into(),
                ));
                return Ok(());
            }
        }
        let row_line = rec.position().map(|p| p.line()).unwrap_or(0);
        let Some(cid) = rec.get(cols[0]).and_then(|c| std::str::from_utf8(c).ok()) else {
            sink(quarantine(
                NO_GROUP,
                row_line,
                Reason::BadCsvRow,
                "row lacks a UTF-8 conversation_id".into(),
            ));
            continue;
        };
        if current.as_ref().is_none_or(|g| g.id != cid) {
            if let Some(done) = current.take() {
                emit(ctx, done, sink);
            }
            let split = !seen.insert(cid.to_string());
            current = Some(Group {
                id: cid.to_string(),
                index: next_index,
                first_line: row_line,
                rows: Vec::new(),
                failure: split.then(|| {
                    (
                        Reason::CsvGroupSplit,
                        format!("conversation reappears at line {row_line} after other rows"),
                    )
                }),
                raw_bytes: 0,
                raw: Vec::new(),
            });
            next_index += 1;
        }
        let g = current.as_mut().expect("set above");
        g.raw_bytes += rec.as_slice().len() as u64;
        if g.raw_bytes > ctx.limits.max_record_bytes {
            if g.failure.is_none() {
                g.failure = Some((
                    Reason::RecordTooLarge,
                    format!("> max_record_bytes {}", ctx.limits.max_record_bytes),
                ));
            }
            g.rows = Vec::new();
            g.raw = Vec::new();
        } else {
            let mut w = encode.from_writer(&mut g.raw);
            w.write_byte_record(&rec)?;
            w.flush()?;
        }
        if g.failure.is_some() {
            continue;
        }
        match row(ctx, &rec, &cols, row_line) {
            Ok(r) => g.rows.push(r),
            Err(f) => {
                g.failure = Some(f);
                g.rows = Vec::new();
            }
        }
    }
    if let Some(done) = current.take() {
        emit(ctx, done, sink);
    }
    rdr.get_ref()
        .finish()
        .map_err(|s| std::io::Error::new(std::io::ErrorKind::InvalidData, s))
}

fn header_error(
    e: csv::Error,
    sink: &mut dyn FnMut(Item),
    quarantine: impl Fn(u64, u64, Reason, String) -> Item,
) -> std::io::Result<()> {
    if let csv::ErrorKind::Io(io) = e.into_kind() {
        return Err(io);
    }
    sink(quarantine(
        NO_GROUP,
        1,
        Reason::BadCsvHeader,
        "header row unreadable".into(),
    ));
    Ok(())
}

fn row(
    ctx: &Context<'_>,
    rec: &csv::ByteRecord,
    cols: &[usize; 4],
    line: u64,
) -> Result<(i64, Message), (Reason, String)> {
    let field = |i: usize, what: &str| -> Result<&str, (Reason, String)> {
        let raw = rec.get(cols[i]).ok_or_else(|| {
            (
                Reason::BadCsvRow,
                format!("line {line}: `{what}` is missing ({} fields)", rec.len()),
            )
        })?;
        std::str::from_utf8(raw).map_err(|_| {
            (
                Reason::InvalidUtf8,
                format!("line {line}: `{what}` is not UTF-8"),
            )
        })
    };
    let turn: i64 = field(1, "turn")?.trim().parse().map_err(|_| {
        (
            Reason::BadCsvRow,
            format!("line {line}: `turn` is not an integer"),
        )
    })?;
    let role = ctx.roles.get(field(2, "speaker")?).ok_or_else(|| {
        (
            Reason::UnmappableRole,
            format!("line {line}: speaker label not mapped"),
        )
    })?;
    Ok((
        turn,
        Message {
            role,
            content: field(3, "text")?.to_string(),
        },
    ))
}

fn emit(ctx: &Context<'_>, g: Group, sink: &mut dyn FnMut(Item)) {
    let q = |reason, detail| {
        Item::Quarantined(
            Quarantined {
                key: ctx.shard.key.clone(),
                index: g.index,
                line: g.first_line,
                reason,
                detail,
            },
            g.raw.clone(),
        )
    };
    if let Some((reason, detail)) = g.failure {
        sink(q(reason, detail));
        return;
    }
    let mut rows = g.rows;
    rows.sort_by_key(|(t, _)| *t);
    if rows.windows(2).any(|w| w[0].0 == w[1].0) {
        sink(q(Reason::BadCsvRow, "duplicate turn number".into()));
        return;
    }
    let messages = rows.into_iter().map(|(_, m)| m).collect();
    match finish(
        ctx,
        g.index,
        messages,
        Upstream {
            id: Some(g.id),
            group: None,
        },
    ) {
        Ok(r) => sink(Item::Record(r)),
        Err((reason, detail)) => sink(q(reason, detail)),
    }
}
