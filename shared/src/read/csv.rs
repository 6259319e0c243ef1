//! CSV: `conversation_id,turn,speaker,text`, one row per message, rows grouped by conversation.
//!
//! A conversation's `index` is the 0-based order of its first row. A bad row quarantines its
//! whole conversation (a conversation missing a turn is not a valid record).

use super::{Context, Item, Quarantined, Reason, Upstream, finish};
use crate::model::Message;

struct Group {
    id: String,
    first_line: u64,
    rows: Vec<(i64, Message)>,
    failure: Option<(Reason, String)>,
    raw_bytes: u64,
}

pub(crate) fn read(ctx: &Context<'_>, data: &[u8], sink: &mut dyn FnMut(Item)) {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(data);
    let quarantine = |index: u64, line: u64, reason: Reason, detail: String| {
        Item::Quarantined(
            Quarantined {
                key: ctx.shard.key.clone(),
                index,
                line,
                reason,
                detail,
            },
            Vec::new(),
        )
    };
    let cols = match rdr.headers() {
        Ok(h) => {
            let find = |name: &str| h.iter().position(|c| c.trim() == name);
            match (
                find("conversation_id"),
                find("turn"),
                find("speaker"),
                find("text"),
            ) {
                (Some(a), Some(b), Some(c), Some(d)) => [a, b, c, d],
                _ => {
                    sink(quarantine(
                        0,
                        1,
                        Reason::BadCsvHeader,
                        "header must name conversation_id, turn, speaker, text".into(),
                    ));
                    return;
                }
            }
        }
        Err(_) => {
            sink(quarantine(
                0,
                1,
                Reason::BadCsvHeader,
                "header row unreadable".into(),
            ));
            return;
        }
    };
    // Groups in order of first appearance; a conversation's rows need not be contiguous.
    let mut groups: Vec<Group> = Vec::new();
    let mut by_id: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut rec = csv::ByteRecord::new();
    // Rows that cannot be tied to a conversation have no group index; their line identifies them.
    const NO_GROUP: u64 = u64::MAX;
    loop {
        let line = rdr.position().line();
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                // Unreadable row (e.g. unterminated quote): nothing after it can be trusted.
                let at = e.position().map(|p| p.line()).unwrap_or(line);
                sink(quarantine(
                    groups.len() as u64,
                    at,
                    Reason::BadCsvRow,
                    "row is not valid CSV".into(),
                ));
                break;
            }
        }
        let row_line = rec.position().map(|p| p.line()).unwrap_or(line);
        let field = |i: usize| rec.get(cols[i]);
        let Some(cid) = field(0) else {
            sink(quarantine(
                NO_GROUP,
                row_line,
                Reason::BadCsvRow,
                "row has too few fields".into(),
            ));
            continue;
        };
        let Ok(cid) = std::str::from_utf8(cid) else {
            sink(quarantine(
                NO_GROUP,
                row_line,
                Reason::InvalidUtf8,
                "conversation_id is not UTF-8".into(),
            ));
            continue;
        };
        let gi = *by_id.entry(cid.to_string()).or_insert_with(|| {
            groups.push(Group {
                id: cid.to_string(),
                first_line: row_line,
                rows: Vec::new(),
                failure: None,
                raw_bytes: 0,
            });
            groups.len() - 1
        });
        let g = &mut groups[gi];
        g.raw_bytes += rec.as_slice().len() as u64;
        if g.failure.is_some() {
            continue;
        }
        let parsed = (|| -> Result<(i64, Message), (Reason, String)> {
            if rec.len() < 4 {
                return Err((
                    Reason::BadCsvRow,
                    format!("line {row_line}: row has {} fields, 4 expected", rec.len()),
                ));
            }
            let text_of = |i: usize, what: &str| -> Result<&str, (Reason, String)> {
                std::str::from_utf8(field(i).unwrap_or_default()).map_err(|_| {
                    (
                        Reason::InvalidUtf8,
                        format!("line {row_line}: `{what}` is not UTF-8"),
                    )
                })
            };
            let turn: i64 = text_of(1, "turn")?.trim().parse().map_err(|_| {
                (
                    Reason::BadCsvRow,
                    format!("line {row_line}: `turn` is not an integer"),
                )
            })?;
            let speaker = text_of(2, "speaker")?;
            let role = ctx.roles.get(speaker).ok_or_else(|| {
                (
                    Reason::UnmappableRole,
                    format!("line {row_line}: speaker label not mapped"),
                )
            })?;
            let content = text_of(3, "text")?.to_string();
            Ok((turn, Message { role, content }))
        })();
        match parsed {
            Ok(row) => g.rows.push(row),
            Err(f) => g.failure = Some(f),
        }
    }
    for (index, g) in groups.into_iter().enumerate() {
        let index = index as u64;
        let failure = if g.raw_bytes > ctx.limits.max_record_bytes {
            Some((
                Reason::RecordTooLarge,
                format!(
                    "{} bytes > max_record_bytes {}",
                    g.raw_bytes, ctx.limits.max_record_bytes
                ),
            ))
        } else {
            g.failure
        };
        if let Some((reason, detail)) = failure {
            sink(quarantine(index, g.first_line, reason, detail));
            continue;
        }
        let mut rows = g.rows;
        rows.sort_by_key(|(t, _)| *t);
        if rows.windows(2).any(|w| w[0].0 == w[1].0) {
            sink(quarantine(
                index,
                g.first_line,
                Reason::BadCsvRow,
                "duplicate turn number".into(),
            ));
            continue;
        }
        let messages = rows.into_iter().map(|(_, m)| m).collect();
        let upstream = Upstream {
            id: Some(g.id),
            group: None,
        };
        match finish(ctx, index, messages, upstream) {
            Ok(r) => sink(Item::Record(r)),
            Err((reason, detail)) => sink(quarantine(index, g.first_line, reason, detail)),
        }
    }
}
