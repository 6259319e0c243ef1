//! Records from the owner's own shape through a declared [`Mapping`] (DESIGN §4). Rows come
//! from any container (JSONL lines, JSON array elements, CSV rows, Parquet rows) as JSON
//! values; the mapping turns them into messages.
//!
//! Two kinds of problem: a file that does not fit its mapping (a declared field absent, a value
//! of the wrong type) fails as a whole, naming the field and the line ([`Mismatch`]); a record
//! whose values are unusable (empty content, a role label not mapped, a bad order value) is
//! quarantined like any other.

use super::mapping::{FieldPath, Layout, Mapping};
use super::{Context, Item, Reason, Upstream, finish};
use crate::model::Message;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// One row of the input as the mapping sees it.
pub(crate) struct Row {
    pub value: Value,
    /// Position among the file's rows (lines, elements, CSV data rows, Parquet rows).
    pub index: u64,
    /// 1-based line (or row number) where the row starts, for messages.
    pub line: u64,
    /// The row as read, kept with a quarantined record (never logged).
    pub raw: Vec<u8>,
    /// A problem the container found in this row (e.g. a CSV field that is not UTF-8).
    pub failure: Option<(Reason, String)>,
}

/// The file does not fit its declared mapping.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: field `{field}` {problem}")]
pub struct Mismatch {
    pub line: u64,
    pub field: String,
    pub problem: String,
}

type Fail = (Reason, String);

/// A field's value as text: a string, or a number's JSON text; `None` for null.
fn text(v: &Value, path: &FieldPath, line: u64) -> Result<Option<String>, Mismatch> {
    match path.get(v) {
        None => Err(Mismatch {
            line,
            field: path.to_string(),
            problem: "is missing".into(),
        }),
        Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::Bool(b)) => Ok(Some(b.to_string())),
        Some(other) => Err(Mismatch {
            line,
            field: path.to_string(),
            problem: format!("is {}, not text", kind(other)),
        }),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// An open `turns` conversation.
struct Group {
    id: String,
    index: u64,
    line: u64,
    upstream: Upstream,
    meta: Option<Map<String, Value>>,
    rows: Vec<(i64, Message)>,
    failure: Option<Fail>,
    bytes: u64,
    raw: Vec<u8>,
}

pub(crate) struct Mapper<'c> {
    ctx: &'c Context<'c>,
    m: &'c Mapping,
    open: Option<Group>,
    /// Conversations already closed, by a hash of their id (ids may be long).
    seen: HashSet<u64>,
    groups: u64,
}

impl<'c> Mapper<'c> {
    pub fn new(ctx: &'c Context<'c>, m: &'c Mapping) -> Self {
        Self {
            ctx,
            m,
            open: None,
            seen: HashSet::new(),
            groups: 0,
        }
    }

    fn quarantine(&self, index: u64, line: u64, fail: Fail, raw: Vec<u8>) -> Item {
        super::quarantined(self.ctx, index, line, fail, raw)
    }

    /// id, group and meta of a row.
    fn identity(
        &self,
        v: &Value,
        line: u64,
    ) -> Result<(Upstream, Option<Map<String, Value>>), Mismatch> {
        let opt = |p: &Option<FieldPath>| -> Result<Option<String>, Mismatch> {
            match p {
                Some(p) => Ok(text(v, p, line)?.filter(|s| !s.is_empty())),
                None => Ok(None),
            }
        };
        let upstream = Upstream {
            id: opt(&self.m.id)?,
            group: opt(&self.m.group)?,
        };
        if self.m.meta.is_empty() {
            return Ok((upstream, None));
        }
        let mut meta = Map::new();
        for p in &self.m.meta {
            let name = p.as_str().rsplit('.').next().unwrap_or(p.as_str());
            let value = match p.get(v) {
                None | Some(Value::Null) => Value::Null,
                // As text: one type per key across every source and file, which is what a
                // columnar reader needs (a number as written: `4`, `0.5`, `true`).
                Some(Value::String(s)) => Value::String(s.clone()),
                Some(x @ (Value::Number(_) | Value::Bool(_))) => Value::String(x.to_string()),
                Some(other) => {
                    return Err(Mismatch {
                        line,
                        field: p.to_string(),
                        problem: format!("is {}; meta fields are strings or numbers", kind(other)),
                    });
                }
            };
            meta.insert(name.to_string(), value);
        }
        Ok((upstream, Some(meta)))
    }

    fn role(&self, label: Option<String>, at: &str) -> Result<crate::model::Role, Fail> {
        label
            .as_deref()
            .and_then(|l| self.ctx.roles.get(l))
            .ok_or_else(|| {
                (
                    Reason::UnmappableRole,
                    format!("{at}: role label not mapped"),
                )
            })
    }

    fn record(
        &self,
        index: u64,
        messages: Vec<Message>,
        (upstream, meta): (Upstream, Option<Map<String, Value>>),
    ) -> Result<crate::model::Record, Fail> {
        let mut r = finish(self.ctx, index, messages, upstream)?;
        r.meta = meta;
        Ok(r)
    }

    /// A row the container could not read. One conversation per row: the row is quarantined.
    /// In `turns`, whose conversation it belonged to cannot be told, and the conversation
    /// would ship without it: the file fails instead.
    pub fn unreadable(
        &mut self,
        index: u64,
        line: u64,
        fail: Fail,
        raw: Vec<u8>,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), Mismatch> {
        if let Layout::Turns { conversation, .. } = &self.m.layout {
            return Err(Mismatch {
                line,
                field: conversation.to_string(),
                problem: format!(
                    "cannot be told: the row cannot be read ({}), and its conversation would ship without it",
                    fail.0.as_str()
                ),
            });
        }
        sink(self.quarantine(index, line, fail, raw));
        Ok(())
    }

    pub fn row(&mut self, row: Row, sink: &mut dyn FnMut(Item)) -> Result<(), Mismatch> {
        match &self.m.layout {
            Layout::Turns { .. } => return self.turn(row, sink),
            Layout::Conversation { .. } | Layout::Pair { .. } => {}
        }
        let (index, line) = (row.index, row.line);
        let item = match self.whole(&row)? {
            Ok(r) => Item::Record(r),
            Err(f) => self.quarantine(index, line, f, row.raw),
        };
        sink(item);
        Ok(())
    }

    /// A row that is one conversation (`conversation` and `pair` layouts).
    fn whole(&self, row: &Row) -> Result<Result<crate::model::Record, Fail>, Mismatch> {
        let (v, line) = (&row.value, row.line);
        let identity = self.identity(v, line)?;
        let mut messages = Vec::new();
        let mut failure = row.failure.clone();
        match &self.m.layout {
            Layout::Conversation {
                messages: list,
                role,
                content,
            } => {
                let items = match list.get(v) {
                    Some(Value::Array(a)) => a,
                    Some(other) => {
                        return Err(Mismatch {
                            line,
                            field: list.to_string(),
                            problem: format!("is {}, not a list of messages", kind(other)),
                        });
                    }
                    None => {
                        return Err(Mismatch {
                            line,
                            field: list.to_string(),
                            problem: "is missing".into(),
                        });
                    }
                };
                for (i, m) in items.iter().enumerate() {
                    if !m.is_object() {
                        return Err(Mismatch {
                            line,
                            field: format!("{list}[{i}]"),
                            problem: format!("is {}, not a message object", kind(m)),
                        });
                    }
                    let label = text(m, role, line).map_err(|e| within(e, list, i))?;
                    let body = text(m, content, line).map_err(|e| within(e, list, i))?;
                    match self.role(label, &format!("message {i}")) {
                        Ok(role) => messages.push(Message {
                            role,
                            content: body.unwrap_or_default(),
                        }),
                        Err(f) => {
                            failure.get_or_insert(f);
                        }
                    }
                }
            }
            Layout::Pair {
                prompt,
                response,
                system,
            } => {
                let mut parts = Vec::new();
                for p in prompt {
                    if let Some(s) = text(v, p, line)?.filter(|s| !s.is_empty()) {
                        parts.push(s);
                    }
                }
                if let Some(sys) = system
                    && let Some(s) = text(v, sys, line)?.filter(|s| !s.is_empty())
                {
                    messages.push(Message {
                        role: crate::model::Role::System,
                        content: s,
                    });
                }
                messages.push(Message {
                    role: crate::model::Role::User,
                    content: parts.join("\n\n"),
                });
                messages.push(Message {
                    role: crate::model::Role::Assistant,
                    content: text(v, response, line)?.unwrap_or_default(),
                });
            }
            Layout::Turns { .. } => unreachable!("turns are grouped"),
        }
        Ok(match failure {
            Some(f) => Err(f),
            None => self.record(row.index, messages, identity),
        })
    }

    /// A row that is one message of a contiguous conversation (`turns` layout).
    fn turn(&mut self, row: Row, sink: &mut dyn FnMut(Item)) -> Result<(), Mismatch> {
        let Layout::Turns {
            conversation,
            order,
            role,
            content,
        } = &self.m.layout
        else {
            unreachable!("called for turns only")
        };
        let (v, line) = (&row.value, row.line);
        let id = text(v, conversation, line)?.unwrap_or_default();
        if id.is_empty() {
            // no conversation to join: the row is kept out alone, under its own index
            if let Some(done) = self.open.take() {
                self.emit(done, sink);
            }
            let f = (
                Reason::MissingField,
                format!("line {line}: `{conversation}` is empty"),
            );
            sink(self.quarantine(self.groups, line, f, row.raw));
            self.groups += 1;
            return Ok(());
        }
        if self.open.as_ref().is_none_or(|g| g.id != id) {
            if let Some(done) = self.open.take() {
                self.emit(done, sink);
            }
            let (mut upstream, meta) = self.identity(v, line)?;
            if upstream.id.is_none() && !id.is_empty() {
                upstream.id = Some(id.clone());
            }
            let split = !self.seen.insert(id_hash(&id));
            self.open = Some(Group {
                id,
                index: self.groups,
                line,
                upstream,
                meta,
                rows: Vec::new(),
                failure: split.then(|| {
                    (
                        Reason::CsvGroupSplit,
                        format!("conversation reappears at line {line} after other rows"),
                    )
                }),
                bytes: 0,
                raw: Vec::new(),
            });
            self.groups += 1;
        }
        let label = text(v, role, line)?;
        let body = text(v, content, line)?;
        let position = match order {
            Some(p) => text(v, p, line)?,
            None => None,
        };
        let limit = self.ctx.limits.max_record_bytes;
        let g = self.open.as_mut().expect("opened above");
        g.bytes += row.raw.len() as u64;
        if g.bytes > limit {
            g.failure.get_or_insert((
                Reason::RecordTooLarge,
                format!("> max_record_bytes {limit}"),
            ));
            g.rows = Vec::new();
            g.raw = Vec::new();
        } else {
            g.raw.extend_from_slice(&row.raw);
            if !row.raw.ends_with(b"\n") {
                g.raw.push(b'\n');
            }
        }
        if g.failure.is_some() {
            return Ok(());
        }
        if let Some(f) = row.failure {
            g.failure = Some(f);
            return Ok(());
        }
        let n = match (order, position) {
            (None, _) => g.rows.len() as i64,
            (Some(_), Some(s)) if s.trim().parse::<i64>().is_ok() => {
                s.trim().parse().expect("checked")
            }
            (Some(p), _) => {
                g.failure = Some((
                    Reason::BadOrder,
                    format!("line {line}: `{p}` is not an integer"),
                ));
                return Ok(());
            }
        };
        let role = label
            .as_deref()
            .and_then(|l| self.ctx.roles.get(l))
            .ok_or_else(|| {
                (
                    Reason::UnmappableRole,
                    format!("line {line}: role label not mapped"),
                )
            });
        match role {
            Ok(role) => g.rows.push((
                n,
                Message {
                    role,
                    content: body.unwrap_or_default(),
                },
            )),
            Err(f) => g.failure = Some(f),
        }
        Ok(())
    }

    fn emit(&self, g: Group, sink: &mut dyn FnMut(Item)) {
        if let Some(f) = g.failure {
            sink(self.quarantine(g.index, g.line, f, g.raw));
            return;
        }
        let mut rows = g.rows;
        rows.sort_by_key(|(n, _)| *n);
        if rows.windows(2).any(|w| w[0].0 == w[1].0) {
            let f = (
                Reason::BadOrder,
                "two messages with the same order value".into(),
            );
            sink(self.quarantine(g.index, g.line, f, g.raw));
            return;
        }
        let messages = rows.into_iter().map(|(_, m)| m).collect();
        match self.record(g.index, messages, (g.upstream, g.meta)) {
            Ok(r) => sink(Item::Record(r)),
            Err(f) => sink(self.quarantine(g.index, g.line, f, g.raw)),
        }
    }

    /// Emits the conversation still open at the end of the file.
    pub fn finish(mut self, sink: &mut dyn FnMut(Item)) {
        if let Some(done) = self.open.take() {
            self.emit(done, sink);
        }
    }
}

fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

/// Names a field inside a message of the list: `dialog[3].speaker`.
fn within(mut e: Mismatch, list: &FieldPath, i: usize) -> Mismatch {
    e.field = format!("{list}[{i}].{}", e.field);
    e
}
