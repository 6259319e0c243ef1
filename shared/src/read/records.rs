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

    /// A record that cannot be read: quarantined, or — in a mapping that groups rows — the
    /// mapping decides (see [`Mapper::unreadable`]).
    fn reject(
        &mut self,
        index: u64,
        line: u64,
        fail: Fail,
        raw: Vec<u8>,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), Mismatch> {
        match &mut self.mode {
            Mode::Mapped(m) => m.unreadable(index, line, fail, raw, sink),
            Mode::Detected(_) => {
                sink(super::quarantined(self.ctx, index, line, fail, raw));
                Ok(())
            }
        }
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
        let read = match &mut self.mode {
            Mode::Detected(shape) => jsonl::one(ctx, bytes, len, index, shape).map(|r| {
                sink(Item::Record(r));
            }),
            Mode::Mapped(_) => match parse(ctx, bytes, len) {
                Ok(value) => return self.row(value, index, line, bytes.to_vec(), sink),
                Err(f) => Err(f),
            },
        };
        match read {
            Ok(()) => Ok(()),
            Err(f) => self.reject(index, line, f, bytes.to_vec(), sink),
        }
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
            return self.reject(index, line, f, Vec::new(), sink);
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
        let fail = match &mut self.mode {
            Mode::Detected(shape) => match jsonl::from_value(ctx, value, index, shape) {
                Ok(r) => {
                    sink(Item::Record(r));
                    return Ok(());
                }
                Err(f) => f,
            },
            Mode::Mapped(m) if value.is_object() => {
                let row = Row {
                    value,
                    index,
                    line,
                    raw,
                    failure: None,
                };
                return m.row(row, sink);
            }
            Mode::Mapped(_) => (
                Reason::NotAnObject,
                "the record is not a JSON object".into(),
            ),
        };
        self.reject(index, line, fail, raw, sink)
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
