//! JSONL in three shapes (ChatML, ShareGPT, Alpaca), detected once per file.

use super::input::read_line_capped;
use super::records::JsonRecords;
use super::{Context, Item, Reason, RoleMap, Upstream, finish};
use crate::model::{Message, Role};
use serde_json::{Map, Value};
use std::io::BufRead;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    ChatMl,
    ShareGpt,
    Alpaca,
}

fn detect(obj: &Map<String, Value>) -> Option<Shape> {
    if obj.contains_key("messages") {
        Some(Shape::ChatMl)
    } else if obj.contains_key("conversations") {
        Some(Shape::ShareGpt)
    } else if obj.contains_key("instruction") && obj.contains_key("output") {
        Some(Shape::Alpaca)
    } else {
        None
    }
}

pub(crate) type Fail = (Reason, String);

pub(crate) fn read(
    ctx: &Context<'_>,
    mut r: impl BufRead,
    sink: &mut dyn FnMut(Item),
) -> std::io::Result<()> {
    let mut records = JsonRecords::new(ctx);
    let mut buf = Vec::new();
    // One byte past the smaller limit: enough to know a line is too long, bounded whatever its size.
    let cap = ctx.limits.max_line_bytes.min(ctx.limits.max_record_bytes) as usize + 1;
    let mut index: u64 = 0;
    while let Some(line) = read_line_capped(&mut r, &mut buf, cap)? {
        let this = index;
        index += 1;
        let bytes = buf.strip_suffix(b"\r").unwrap_or(&buf);
        // a byte order mark (Excel, pandas' `utf-8-sig`) is no part of the first record
        let bytes = match this {
            0 => bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes),
            _ => bytes,
        };
        if !line.truncated && bytes.iter().all(|b| b.is_ascii_whitespace()) {
            sink(Item::Blank { line: this + 1 });
            continue;
        }
        let len = if line.truncated {
            line.len
        } else {
            bytes.len() as u64
        };
        records
            .text(bytes, len, this, this + 1, sink)
            .map_err(super::mismatch_io)?;
    }
    records.finish(sink);
    Ok(())
}

/// One JSON text within the policy's size limits, as UTF-8 (`len` is its full length: `line`
/// may stop at the cap).
pub(crate) fn checked_text<'a>(
    ctx: &Context<'_>,
    line: &'a [u8],
    len: u64,
) -> Result<&'a str, Fail> {
    let limits = ctx.limits;
    if len > limits.max_line_bytes {
        return Err((
            Reason::LineTooLong,
            format!("{len} bytes > max_line_bytes {}", limits.max_line_bytes),
        ));
    }
    if len > limits.max_record_bytes {
        return Err((
            Reason::RecordTooLarge,
            format!("{len} bytes > max_record_bytes {}", limits.max_record_bytes),
        ));
    }
    std::str::from_utf8(line).map_err(|e| {
        (
            Reason::InvalidUtf8,
            format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        )
    })
}

pub(crate) fn one(
    ctx: &Context<'_>,
    line: &[u8],
    len: u64,
    index: u64,
    shape: &mut Option<Shape>,
) -> Result<crate::model::Record, Fail> {
    let text = checked_text(ctx, line, len)?;
    if let Some(found) = fast::parse(text) {
        let (detected, messages, upstream) = found;
        let s = match *shape {
            None => {
                *shape = Some(detected);
                detected
            }
            Some(s) => s,
        };
        if s == detected {
            let messages = messages(ctx.roles)?;
            return finish(ctx, index, messages, upstream);
        }
        // A shape mismatch takes the slow path, which words the reason.
    }
    slow(ctx, text, index, shape)
}

/// The `Value` path: handles every line, and names the reason when a line is not a record.
pub(crate) fn slow(
    ctx: &Context<'_>,
    text: &str,
    index: u64,
    shape: &mut Option<Shape>,
) -> Result<crate::model::Record, Fail> {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let value = match stream.next() {
        Some(Ok(v)) => v,
        Some(Err(e)) => {
            return Err((
                Reason::InvalidJson,
                format!("invalid JSON at column {}", e.column()),
            ));
        }
        None => return Err((Reason::InvalidJson, "no JSON value".into())),
    };
    match stream.next() {
        None => {}
        Some(Ok(_)) => {
            return Err((
                Reason::MultipleObjects,
                "more than one JSON value on the line".into(),
            ));
        }
        Some(Err(e)) => {
            return Err((
                Reason::InvalidJson,
                format!("trailing characters at column {}", e.column()),
            ));
        }
    }
    from_value(ctx, value, index, shape)
}

/// A record in one of the built-in shapes from a parsed value (a JSONL line, a JSON array
/// element, a Parquet row).
pub(crate) fn from_value(
    ctx: &Context<'_>,
    value: Value,
    index: u64,
    shape: &mut Option<Shape>,
) -> Result<crate::model::Record, Fail> {
    let Value::Object(obj) = value else {
        return Err((
            Reason::NotAnObject,
            "the record is not a JSON object".into(),
        ));
    };
    let detected = detect(&obj);
    let s = match (*shape, detected) {
        (None, Some(d)) => {
            *shape = Some(d);
            d
        }
        (None, None) => {
            return Err((
                Reason::UnknownFormat,
                "neither ChatML, ShareGPT nor Alpaca".into(),
            ));
        }
        (Some(s), Some(d)) if s == d => s,
        (Some(_), _) => {
            return Err((
                Reason::FormatMismatch,
                "record shape differs from the file's first record".into(),
            ));
        }
    };
    let upstream = upstream(&obj)?;
    let messages = match s {
        Shape::ChatMl => chatml(&obj)?,
        Shape::ShareGpt => sharegpt(&obj, ctx.roles)?,
        Shape::Alpaca => alpaca(&obj)?,
    };
    finish(ctx, index, messages, upstream)
}

fn upstream(obj: &Map<String, Value>) -> Result<Upstream, Fail> {
    let field = |name: &str| -> Result<Option<String>, Fail> {
        match obj.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
            Some(Value::String(_)) => Ok(None),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(_) => Err((
                Reason::WrongFieldType,
                format!("`{name}` must be a string or number"),
            )),
        }
    };
    Ok(Upstream {
        id: match field("id")? {
            Some(id) => Some(id),
            None => field("conversation_id")?,
        },
        group: field("group")?,
    })
}

fn array<'a>(obj: &'a Map<String, Value>, name: &str) -> Result<&'a Vec<Value>, Fail> {
    match obj.get(name) {
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err((Reason::WrongFieldType, format!("`{name}` must be an array"))),
        None => Err((Reason::MissingField, format!("`{name}` is missing"))),
    }
}

fn string_field<'a>(m: &'a Map<String, Value>, name: &str, at: usize) -> Result<&'a str, Fail> {
    match m.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err((
            Reason::WrongFieldType,
            format!("message {at}: `{name}` must be a string"),
        )),
        None => Err((
            Reason::MissingField,
            format!("message {at}: `{name}` is missing"),
        )),
    }
}

fn turns(
    obj: &Map<String, Value>,
    list: &str,
    role_field: &str,
    content_field: &str,
    map_role: impl Fn(&str) -> Option<Role>,
) -> Result<Vec<Message>, Fail> {
    let items = array(obj, list)?;
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        let Value::Object(m) = v else {
            return Err((
                Reason::WrongFieldType,
                format!("message {i} is not an object"),
            ));
        };
        let label = string_field(m, role_field, i)?;
        let role = map_role(label).ok_or_else(|| {
            (
                Reason::UnmappableRole,
                format!("message {i}: role label not mapped"),
            )
        })?;
        let content = string_field(m, content_field, i)?;
        out.push(Message {
            role,
            content: content.to_string(),
        });
    }
    Ok(out)
}

fn chatml(obj: &Map<String, Value>) -> Result<Vec<Message>, Fail> {
    turns(obj, "messages", "role", "content", RoleMap::chatml)
}

fn sharegpt(obj: &Map<String, Value>, roles: &RoleMap) -> Result<Vec<Message>, Fail> {
    turns(obj, "conversations", "from", "value", |l| roles.get(l))
}

fn alpaca(obj: &Map<String, Value>) -> Result<Vec<Message>, Fail> {
    let get = |name: &str, required: bool| -> Result<Option<&str>, Fail> {
        match obj.get(name) {
            Some(Value::String(s)) => Ok(Some(s)),
            None | Some(Value::Null) if !required => Ok(None),
            None => Err((Reason::MissingField, format!("`{name}` is missing"))),
            Some(_) => Err((Reason::WrongFieldType, format!("`{name}` must be a string"))),
        }
    };
    let instruction = get("instruction", true)?.unwrap_or_default();
    let input = get("input", false)?.unwrap_or_default();
    let output = get("output", true)?.unwrap_or_default();
    let user = if input.is_empty() {
        instruction.to_string()
    } else {
        format!("{instruction}\n\n{input}")
    };
    Ok(vec![
        Message {
            role: Role::User,
            content: user,
        },
        Message {
            role: Role::Assistant,
            content: output.to_string(),
        },
    ])
}

/// The common case without a DOM: a typed, borrowing parse of a well-formed line. Anything
/// unusual (a type error, a null, two shapes, duplicate keys) returns `None` and the `Value`
/// path above decides, with its precise reasons — both paths produce identical records.
pub(crate) mod fast {
    use super::{Fail, Shape};
    use crate::model::{Message, Role};
    use crate::read::{Reason, RoleMap, Upstream};
    use serde::Deserialize;
    use std::borrow::Cow;

    #[derive(Deserialize)]
    struct ChatTurn<'a> {
        #[serde(borrow)]
        role: Cow<'a, str>,
        #[serde(borrow)]
        content: Cow<'a, str>,
    }

    #[derive(Deserialize)]
    struct ShareGptTurn<'a> {
        #[serde(borrow)]
        from: Cow<'a, str>,
        #[serde(borrow)]
        value: Cow<'a, str>,
    }

    /// `Some(None)` for a key that is present but null: `detect` decides by presence, so the
    /// fast path must not read `"messages": null` as an absent key.
    fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
    where
        D: serde::Deserializer<'de>,
        T: Deserialize<'de>,
    {
        Option::<T>::deserialize(d).map(Some)
    }

    #[derive(Deserialize)]
    struct Line<'a> {
        #[serde(borrow, default, deserialize_with = "present")]
        messages: Option<Option<Vec<ChatTurn<'a>>>>,
        #[serde(borrow, default, deserialize_with = "present")]
        conversations: Option<Option<Vec<ShareGptTurn<'a>>>>,
        #[serde(borrow, default)]
        instruction: Option<Cow<'a, str>>,
        #[serde(borrow, default)]
        input: Option<Cow<'a, str>>,
        #[serde(borrow, default)]
        output: Option<Cow<'a, str>>,
        #[serde(borrow, default)]
        id: Option<Id<'a>>,
        #[serde(borrow, default)]
        conversation_id: Option<Id<'a>>,
        #[serde(borrow, default)]
        group: Option<Id<'a>>,
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id<'a> {
        #[serde(borrow)]
        Str(Cow<'a, str>),
        Num(serde_json::Number),
    }

    impl Id<'_> {
        fn get(&self) -> Option<String> {
            match self {
                Id::Str(s) if s.is_empty() => None,
                Id::Str(s) => Some(s.to_string()),
                Id::Num(n) => Some(n.to_string()),
            }
        }
    }

    type Messages<'a> = Box<dyn FnOnce(&RoleMap) -> Result<Vec<Message>, Fail> + 'a>;

    /// Deeper lines go to the slow path: the typed parse skips unknown fields without the
    /// JSON parser's recursion limit, and must not take a line the `Value` path rejects.
    const MAX_FAST_DEPTH: usize = 64;

    /// Whether `text` nests arrays/objects deeper than `max` (brackets in strings not counted).
    fn deeper_than(text: &str, max: usize) -> bool {
        let mut n = crate::read::input::Nesting::default();
        text.bytes().any(|b| {
            n.feed(b);
            n.depth > max
        })
    }

    pub(crate) fn parse(text: &str) -> Option<(Shape, Messages<'_>, Upstream)> {
        if deeper_than(text, MAX_FAST_DEPTH) {
            return None;
        }
        let line: Line<'_> = serde_json::from_str(text).ok()?;
        // Keys that are present but null, or shapes that overlap, go to the slow path. The
        // `ChatML` key wins over the others exactly as `detect` decides.
        let shape = match (
            &line.messages,
            &line.conversations,
            &line.instruction,
            &line.output,
        ) {
            (Some(Some(_)), None, None, None) => Shape::ChatMl,
            (None, Some(Some(_)), None, None) => Shape::ShareGpt,
            (None, None, Some(_), Some(_)) => Shape::Alpaca,
            _ => return None,
        };
        let upstream = Upstream {
            id: line
                .id
                .as_ref()
                .and_then(Id::get)
                .or_else(|| line.conversation_id.as_ref().and_then(Id::get)),
            group: line.group.as_ref().and_then(Id::get),
        };
        let messages: Messages<'_> = match shape {
            Shape::ChatMl => Box::new(move |_| {
                map(
                    line.messages
                        .flatten()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|t| (t.role, t.content)),
                    RoleMap::chatml,
                )
            }),
            Shape::ShareGpt => Box::new(move |roles: &RoleMap| {
                map(
                    line.conversations
                        .flatten()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|t| (t.from, t.value)),
                    |l| roles.get(l),
                )
            }),
            Shape::Alpaca => Box::new(move |_| {
                let (instruction, output) = (
                    line.instruction.unwrap_or_default(),
                    line.output.unwrap_or_default(),
                );
                let input = line.input.unwrap_or_default();
                let user = if input.is_empty() {
                    instruction.into_owned()
                } else {
                    format!("{instruction}\n\n{input}")
                };
                Ok(vec![
                    Message {
                        role: Role::User,
                        content: user,
                    },
                    Message {
                        role: Role::Assistant,
                        content: output.into_owned(),
                    },
                ])
            }),
        };
        Some((shape, messages, upstream))
    }

    fn map<'a>(
        turns: impl Iterator<Item = (Cow<'a, str>, Cow<'a, str>)>,
        role_of: impl Fn(&str) -> Option<Role>,
    ) -> Result<Vec<Message>, Fail> {
        turns
            .enumerate()
            .map(|(i, (label, content))| {
                let role = role_of(&label).ok_or_else(|| {
                    (
                        Reason::UnmappableRole,
                        format!("message {i}: role label not mapped"),
                    )
                })?;
                Ok(Message {
                    role,
                    content: content.into_owned(),
                })
            })
            .collect()
    }
}
