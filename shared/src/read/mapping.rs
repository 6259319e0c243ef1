//! A source's declared mapping (`provenance.json` `format`, DESIGN §4): which of the owner's
//! fields hold the conversation, in one of three layouts. Checked once, when the sidecar is
//! read; a declaration that cannot be understood names the field at fault.

use serde_json::{Map, Value};

/// A field of the owner's record: a name, or a dotted path into nested objects (`a.b.c`). A
/// name that exists as written wins over the dotted reading (CSV headers may hold dots).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldPath(String);

impl FieldPath {
    pub fn new(s: &str) -> Self {
        Self(s.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `None` when the field is absent (a JSON `null` is present).
    pub fn get<'a>(&self, v: &'a Value) -> Option<&'a Value> {
        if let Some(found) = v.as_object().and_then(|o| o.get(&self.0)) {
            return Some(found);
        }
        let mut at = v;
        for seg in self.0.split('.') {
            at = at.as_object()?.get(seg)?;
        }
        Some(at)
    }
}

impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    /// One record holds a list of messages (`messages`), each with a role and a content field.
    Conversation {
        messages: FieldPath,
        role: FieldPath,
        content: FieldPath,
    },
    /// One row per message; a conversation's rows are contiguous and `order` sorts them.
    Turns {
        conversation: FieldPath,
        order: Option<FieldPath>,
        role: FieldPath,
        content: FieldPath,
    },
    /// One row per exchange: the prompt fields (joined with a blank line, empty ones skipped)
    /// are the user turn, `response` the assistant's, `system` an optional system turn.
    Pair {
        prompt: Vec<FieldPath>,
        response: FieldPath,
        system: Option<FieldPath>,
    },
}

impl Layout {
    pub fn name(&self) -> &'static str {
        match self {
            Layout::Conversation { .. } => "conversation",
            Layout::Turns { .. } => "turns",
            Layout::Pair { .. } => "pair",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub layout: Layout,
    /// The owner's conversation id (kept as `upstream_id`, after the privacy scan).
    pub id: Option<FieldPath>,
    /// The owner's group key (kept as `group`: one group, one split).
    pub group: Option<FieldPath>,
    /// Fields copied into the record's `meta` object (strings and numbers), by their last
    /// path segment. Nothing else of the owner's record ships.
    pub meta: Vec<FieldPath>,
}

/// A `format` declaration that cannot be understood: the field and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("provenance.json format.{field}: {problem}")]
pub struct BadMapping {
    pub field: String,
    pub problem: String,
}

fn bad(field: &str, problem: impl Into<String>) -> BadMapping {
    BadMapping {
        field: field.into(),
        problem: problem.into(),
    }
}

const KEYS: &[(&str, &[&str])] = &[
    ("conversation", &["messages", "role", "content"]),
    ("turns", &["conversation", "order", "role", "content"]),
    ("pair", &["prompt", "response", "system"]),
];
const COMMON: &[&str] = &["layout", "id", "group", "meta"];

impl Mapping {
    /// The built-in CSV format (`conversation_id,turn,speaker,text`) as a mapping.
    pub fn builtin_csv() -> Self {
        Mapping {
            layout: Layout::Turns {
                conversation: FieldPath::new("conversation_id"),
                order: Some(FieldPath::new("turn")),
                role: FieldPath::new("speaker"),
                content: FieldPath::new("text"),
            },
            id: Some(FieldPath::new("conversation_id")),
            group: None,
            meta: Vec::new(),
        }
    }

    /// Every field the mapping names (a CSV header must hold each of them).
    pub fn fields(&self) -> Vec<&FieldPath> {
        let mut out: Vec<&FieldPath> = match &self.layout {
            Layout::Conversation {
                messages,
                role,
                content,
            } => vec![messages, role, content],
            Layout::Turns {
                conversation,
                order,
                role,
                content,
            } => [
                Some(conversation),
                order.as_ref(),
                Some(role),
                Some(content),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Layout::Pair {
                prompt,
                response,
                system,
            } => prompt
                .iter()
                .chain(std::iter::once(response))
                .chain(system.as_ref())
                .collect(),
        };
        out.extend(
            self.id
                .iter()
                .chain(self.group.iter())
                .chain(self.meta.iter()),
        );
        out
    }

    pub fn parse(v: &Value) -> Result<Self, BadMapping> {
        let Value::Object(o) = v else {
            return Err(bad("", "must be an object"));
        };
        let layout = match o.get("layout") {
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err(bad("layout", "must be a string")),
            None => return Err(bad("layout", "is missing (conversation, turns or pair)")),
        };
        let Some((_, allowed)) = KEYS.iter().find(|(name, _)| *name == layout) else {
            return Err(bad(
                "layout",
                format!("unknown layout `{layout}` (conversation, turns or pair)"),
            ));
        };
        for k in o.keys() {
            if !COMMON.contains(&k.as_str()) && !allowed.contains(&k.as_str()) {
                return Err(bad(
                    k,
                    format!(
                        "is not a field of the `{layout}` layout (it takes {}, and id, group, meta)",
                        allowed.join(", ")
                    ),
                ));
            }
        }
        let layout = match layout {
            "conversation" => Layout::Conversation {
                messages: path(o, "messages")?,
                role: path(o, "role")?,
                content: path(o, "content")?,
            },
            "turns" => Layout::Turns {
                conversation: path(o, "conversation")?,
                order: optional(o, "order")?,
                role: path(o, "role")?,
                content: path(o, "content")?,
            },
            _ => Layout::Pair {
                prompt: match o.get("prompt") {
                    Some(Value::String(s)) => vec![checked("prompt", s)?],
                    Some(Value::Array(a)) if !a.is_empty() => a
                        .iter()
                        .enumerate()
                        .map(|(i, x)| match x {
                            Value::String(s) => checked(&format!("prompt[{i}]"), s),
                            _ => Err(bad(&format!("prompt[{i}]"), "must be a field name")),
                        })
                        .collect::<Result<_, _>>()?,
                    Some(_) => {
                        return Err(bad("prompt", "must be a field name or a list of them"));
                    }
                    None => return Err(bad("prompt", "is missing")),
                },
                response: path(o, "response")?,
                system: optional(o, "system")?,
            },
        };
        let meta = match o.get("meta") {
            None => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(i, x)| match x {
                    Value::String(s) => checked(&format!("meta[{i}]"), s),
                    _ => Err(bad(&format!("meta[{i}]"), "must be a field name")),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(bad("meta", "must be a list of field names")),
        };
        let mut names = std::collections::BTreeSet::new();
        for (i, p) in meta.iter().enumerate() {
            let name = p.as_str().rsplit('.').next().unwrap_or(p.as_str());
            if !names.insert(name) {
                return Err(bad(
                    &format!("meta[{i}]"),
                    format!("`{p}` would be stored as `{name}`, like an earlier field"),
                ));
            }
        }
        Ok(Mapping {
            layout,
            id: optional(o, "id")?,
            group: optional(o, "group")?,
            meta,
        })
    }
}

/// Any name is allowed, the empty one included: pandas writes its index as an unnamed column.
fn checked(_field: &str, s: &str) -> Result<FieldPath, BadMapping> {
    Ok(FieldPath::new(s))
}

fn path(o: &Map<String, Value>, field: &str) -> Result<FieldPath, BadMapping> {
    optional(o, field)?.ok_or_else(|| bad(field, "is missing"))
}

fn optional(o: &Map<String, Value>, field: &str) -> Result<Option<FieldPath>, BadMapping> {
    match o.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => checked(field, s).map(Some),
        Some(_) => Err(bad(field, "must be a field name")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_three_layouts_parse() {
        let c = Mapping::parse(&json!({"layout":"conversation","messages":"dialog","role":"speaker","content":"content","meta":["situation"]})).unwrap();
        assert_eq!(c.layout.name(), "conversation");
        assert_eq!(c.meta, vec![FieldPath::new("situation")]);
        let t = Mapping::parse(&json!({"layout":"turns","conversation":"transcript_id","order":"utterance_id","role":"interlocutor","content":"utterance_text"})).unwrap();
        assert!(matches!(t.layout, Layout::Turns { order: Some(_), .. }));
        let p = Mapping::parse(&json!({"layout":"pair","prompt":["questionTitle","questionText"],"response":"answerText","group":"questionID"})).unwrap();
        assert!(matches!(&p.layout, Layout::Pair { prompt, .. } if prompt.len() == 2));
        assert_eq!(p.group, Some(FieldPath::new("questionID")));
    }

    #[test]
    fn a_bad_declaration_names_the_field() {
        for (v, field, needle) in [
            (json!({"layout":"dialogue"}), "layout", "unknown layout"),
            (json!({"messages":"m"}), "layout", "missing"),
            (json!({"layout":"pair","prompt":"q"}), "response", "missing"),
            (
                json!({"layout":"pair","prompt":[],"response":"a"}),
                "prompt",
                "list",
            ),
            (
                json!({"layout":"turns","conversation":"c","role":"r","content":"x","messages":"m"}),
                "messages",
                "not a field of the `turns` layout",
            ),
            (
                json!({"layout":"conversation","messages":"m","role":"r","content":3}),
                "content",
                "field name",
            ),
            (
                json!({"layout":"pair","prompt":"q","response":"a","meta":"topic"}),
                "meta",
                "list",
            ),
            (json!([1]), "", "object"),
            (
                json!({"layout":"pair","prompt":"q","response":"a","meta":["a.score","b.score"]}),
                "meta[1]",
                "like an earlier field",
            ),
        ] {
            let e = Mapping::parse(&v).unwrap_err();
            assert_eq!(e.field, field, "{v}");
            assert!(e.problem.contains(needle), "{v}: {e}");
        }
    }

    #[test]
    fn dotted_paths_reach_into_objects_and_names_win() {
        let v = json!({"a":{"b":{"c":1}},"x.y":2,"x":{"y":3}});
        assert_eq!(FieldPath::new("a.b.c").get(&v), Some(&json!(1)));
        assert_eq!(FieldPath::new("x.y").get(&v), Some(&json!(2)));
        assert_eq!(FieldPath::new("a.z").get(&v), None);
        assert_eq!(FieldPath::new("a.b.c.d").get(&v), None);
    }
}
