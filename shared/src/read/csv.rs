//! CSV (plain or gzipped), streamed. Each data row becomes a JSON object of the columns the
//! source's mapping names and goes through that mapping: the declared one (`provenance.json`
//! `format`: `turns` or `pair`), or the built-in CSV format — `conversation_id,turn,speaker,text`,
//! one row per message, i.e. the `turns` layout over those columns.
//!
//! A header without a column the mapping names fails the file, naming the column. Quoting is
//! followed byte by byte (`csv_quotes`): an unterminated quote or an overlong row fails the file
//! while it streams instead of swallowing the rest into one field.

use super::csv_quotes::Quotes;
use super::mapped::{Mapper, Mismatch, Row};
use super::mapping::{Layout, Mapping};
use super::{Context, Item, Reason, mismatch_io};
use serde_json::{Map, Value};
use std::io::BufRead;

pub(crate) fn read(
    ctx: &Context<'_>,
    r: impl BufRead,
    sink: &mut dyn FnMut(Item),
) -> std::io::Result<()> {
    let builtin;
    let mapping = match ctx.mapping {
        Some(m) => m,
        None => {
            builtin = Mapping::builtin_csv();
            &builtin
        }
    };
    if let Layout::Conversation { messages, .. } = &mapping.layout {
        return Err(mismatch_io(Mismatch {
            line: 1,
            field: messages.to_string(),
            problem: "cannot be read from CSV: a cell holds text, not a list of messages (use the `turns` or `pair` layout)".into(),
        }));
    }
    let cap = ctx.limits.max_line_bytes.max(ctx.limits.max_record_bytes);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(Quotes::new(r, cap));
    let header: Vec<String> = match rdr.byte_headers() {
        Ok(h) => h
            .iter()
            .map(|c| String::from_utf8_lossy(c).trim().to_string())
            .collect(),
        Err(e) => return Err(csv_error(e, 1)),
    };
    let mut cols: Vec<(String, usize)> = Vec::new();
    for f in mapping.fields() {
        let name = f.as_str();
        match header.iter().position(|c| c == name) {
            Some(i) => cols.push((name.to_string(), i)),
            None => {
                // The header's own cells are not named: a file without a header has a record
                // in its first row.
                return Err(mismatch_io(Mismatch {
                    line: 1,
                    field: name.to_string(),
                    problem: format!(
                        "is not a column of the header ({} columns; is the first row a header?)",
                        header.len()
                    ),
                }));
            }
        }
    }
    cols.sort();
    cols.dedup();
    let mut mapper = Mapper::new(ctx, mapping);
    let mut encode = csv::WriterBuilder::new();
    encode.buffer_capacity(1024);
    let mut rec = csv::ByteRecord::new();
    let mut index = 0u64;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(csv_error(e, at));
            }
        }
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut raw = Vec::new();
        {
            let mut w = encode.from_writer(&mut raw);
            w.write_byte_record(&rec)?;
            w.flush()?;
        }
        let mut obj = Map::new();
        let mut failure = None;
        for (name, i) in &cols {
            let value = match rec.get(*i) {
                None => {
                    failure.get_or_insert((
                        Reason::BadCsvRow,
                        format!("line {line}: `{name}` is missing ({} fields)", rec.len()),
                    ));
                    Value::Null
                }
                Some(cell) => match std::str::from_utf8(cell) {
                    Ok(s) => Value::String(s.to_string()),
                    Err(_) => {
                        failure.get_or_insert((
                            Reason::InvalidUtf8,
                            format!("line {line}: `{name}` is not UTF-8"),
                        ));
                        // only to keep the row with its conversation; it is quarantined
                        Value::String(String::from_utf8_lossy(cell).into_owned())
                    }
                },
            };
            obj.insert(name.clone(), value);
        }
        mapper
            .row(
                Row {
                    value: Value::Object(obj),
                    index,
                    line,
                    raw,
                    failure,
                },
                sink,
            )
            .map_err(mismatch_io)?;
        index += 1;
    }
    mapper.finish(sink);
    rdr.get_ref()
        .finish()
        .map_err(|s| std::io::Error::new(std::io::ErrorKind::InvalidData, s))
}

/// A row the CSV parser cannot read: nothing after it can be trusted, the file fails there.
fn csv_error(e: csv::Error, line: u64) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io, // keeps a structure error for the caller to name
        _ => std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            super::csv_quotes::Structure::Unreadable { line },
        ),
    }
}
