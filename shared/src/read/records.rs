//! Where each JSON record of a file goes — a JSONL line, a JSON array element, a Parquet row:
//! the built-in shapes (ChatML, ShareGPT, Alpaca, detected once per file), or the source's
//! declared mapping when its `provenance.json` has one.

use super::jsonl::{self, Fail, Shape};
use super::mapped::{Mapper, Mismatch, Row};
use super::{Context, Item, Reason};
use serde_json::Value;

enum Mode<'c> {
    Detected(Option<Shape>),
    Mapped(Box<Mapper<'c>>),
}

pub(crate) struct JsonRecords<'c> {
    ctx: &'c Context<'c>,
    mode: Mode<'c>,
}

impl<'c> JsonRecords<'c> {
    pub fn new(ctx: &'c Context<'c>) -> Self {
        let mode = match ctx.mapping {
            Some(m) => Mode::Mapped(Box::new(Mapper::new(ctx, m))),
            None => Mode::Detected(None),
        };
        Self { ctx, mode }
    }

    fn quarantine(&self, index: u64, line: u64, fail: Fail, raw: Vec<u8>) -> Item {
        super::quarantined(self.ctx, index, line, fail, raw)
    }

    /// One JSON text (`len` is its full length: `bytes` may stop at the cap).
    pub fn text(
        &mut self,
        bytes: &[u8],
        len: u64,
        index: u64,
        line: u64,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), Mismatch> {
        let ctx = self.ctx;
        let item = match &mut self.mode {
            Mode::Detected(shape) => match jsonl::one(ctx, bytes, len, index, shape) {
                Ok(r) => Item::Record(r),
                Err(f) => self.quarantine(index, line, f, bytes.to_vec()),
            },
            Mode::Mapped(m) => match parse(ctx, bytes, len) {
                Ok(value) => {
                    let raw = bytes.to_vec();
                    return self.row(value, index, line, raw, sink);
                }
                Err(f) => return m.unreadable(index, line, f, bytes.to_vec(), sink),
            },
        };
        sink(item);
        Ok(())
    }

    /// One record already parsed (a Parquet row); `raw` is its JSON text.
    pub fn value(
        &mut self,
        value: Value,
        index: u64,
        line: u64,
        raw: Vec<u8>,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), Mismatch> {
        let limit = self.ctx.limits.max_record_bytes;
        if raw.len() as u64 > limit {
            let f = (
                Reason::RecordTooLarge,
                format!("{} bytes > max_record_bytes {limit}", raw.len()),
            );
            if let Mode::Mapped(m) = &mut self.mode {
                return m.unreadable(index, line, f, Vec::new(), sink);
            }
            sink(self.quarantine(index, line, f, Vec::new()));
            return Ok(());
        }
        self.row(value, index, line, raw, sink)
    }

    fn row(
        &mut self,
        value: Value,
        index: u64,
        line: u64,
        raw: Vec<u8>,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), Mismatch> {
        let ctx = self.ctx;
        match &mut self.mode {
            Mode::Detected(shape) => {
                let item = match jsonl::from_value(ctx, value, index, shape) {
                    Ok(r) => Item::Record(r),
                    Err(f) => self.quarantine(index, line, f, raw),
                };
                sink(item);
                Ok(())
            }
            Mode::Mapped(m) => {
                if !value.is_object() {
                    let f = (
                        Reason::NotAnObject,
                        "the record is not a JSON object".into(),
                    );
                    return m.unreadable(index, line, f, raw, sink);
                }
                m.row(
                    Row {
                        value,
                        index,
                        line,
                        raw,
                        failure: None,
                    },
                    sink,
                )
            }
        }
    }

    pub fn finish(self, sink: &mut dyn FnMut(Item)) {
        if let Mode::Mapped(m) = self.mode {
            m.finish(sink);
        }
    }
}

/// A JSON text as a value, with the same limits and reasons as the built-in path.
fn parse(ctx: &Context<'_>, bytes: &[u8], len: u64) -> Result<Value, Fail> {
    let text = jsonl::checked_text(ctx, bytes, len)?;
    serde_json::from_str(text).map_err(|e| {
        (
            Reason::InvalidJson,
            format!("invalid JSON at column {}", e.column()),
        )
    })
}
