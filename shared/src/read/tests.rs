//! Reader tests: every format, every quarantine reason, limits, and the properties
//! (determinism, ChatML round trip, nothing lost).

use super::*;
use crate::keys::{ShardFormat, ShardKey};
use crate::model::{ReleaseId, Role};
use crate::policy::Policy;
use proptest::prelude::*;
use std::io::Write;

fn shard(format: ShardFormat) -> ShardKey {
    let file = match format {
        ShardFormat::Jsonl => "a.jsonl",
        ShardFormat::JsonlGz => "a.jsonl.gz",
        ShardFormat::Csv => "a.csv",
    };
    ShardKey {
        key: format!("staging/v2026-11-25/foundation/src/{file}"),
        release: ReleaseId::parse("v2026-11-25").unwrap(),
        family: "foundation".into(),
        source: "src".into(),
        file: file.into(),
        format,
    }
}

struct Out {
    records: Vec<Record>,
    quarantined: Vec<Quarantined>,
    blanks: u64,
    result: Result<FileStats, FileError>,
}

fn read_with(format: ShardFormat, data: &[u8], limits: &Limits, roles: &RoleMap) -> Out {
    let s = shard(format);
    let ctx = Context {
        shard: &s,
        roles,
        limits,
    };
    let (mut records, mut quarantined, mut blanks) = (vec![], vec![], 0);
    let result = read_stream(&ctx, data, &mut |item| match item {
        Item::Record(r) => records.push(r),
        Item::Quarantined(q, _) => quarantined.push(q),
        Item::Blank { .. } => blanks += 1,
    });
    Out {
        records,
        quarantined,
        blanks,
        result,
    }
}

fn read(format: ShardFormat, data: &[u8]) -> Out {
    read_with(
        format,
        data,
        &Policy::release_0().limits,
        &RoleMap::default(),
    )
}

fn reasons(o: &Out) -> Vec<(u64, Reason)> {
    o.quarantined.iter().map(|q| (q.index, q.reason)).collect()
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

const CHATML: &str = r#"{"id":"u1","group":"g1","messages":[{"role":"system","content":"be kind"},{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}"#;

#[test]
fn chatml_sharegpt_alpaca() {
    let o = read(ShardFormat::Jsonl, format!("{CHATML}\n").as_bytes());
    assert_eq!(o.records.len(), 1);
    let r = &o.records[0];
    assert_eq!(
        (r.upstream_id.as_deref(), r.group.as_deref()),
        (Some("u1"), Some("g1"))
    );
    assert_eq!(r.messages.len(), 3);
    assert_eq!(r.origin.index, 0);

    let sg = r#"{"conversation_id":7,"conversations":[{"from":"human","value":"hi"},{"from":"gpt","value":"hello"}]}"#;
    let o = read(ShardFormat::Jsonl, sg.as_bytes());
    assert_eq!(o.records[0].upstream_id.as_deref(), Some("7"));
    assert_eq!(o.records[0].messages[1].role, Role::Assistant);

    let al = "{\"instruction\":\"Say hi\",\"input\":\"to Sam\",\"output\":\"hi\"}\n{\"instruction\":\"Say hi\",\"input\":\"\",\"output\":\"hi\"}\n";
    let o = read(ShardFormat::Jsonl, al.as_bytes());
    assert_eq!(o.records[0].messages[0].content, "Say hi\n\nto Sam");
    assert_eq!(o.records[1].messages[0].content, "Say hi");
    // Same conversation in ChatML and ShareGPT: same id.
    let a = read(
        ShardFormat::Jsonl,
        br#"{"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y"}]}"#,
    );
    let b = read(
        ShardFormat::Jsonl,
        br#"{"conversations":[{"from":"human","value":"x"},{"from":"gpt","value":"y"}]}"#,
    );
    assert_eq!(a.records[0].id, b.records[0].id);
}

#[test]
fn unicode_and_escapes_survive_byte_exact() {
    let text = "emoji 😔 CJK 我很累 RTL אני עייף zero\u{200b}width e\u{301} combining";
    let line = serde_json::json!({"messages":[{"role":"user","content":text},{"role":"assistant","content":"ok"}]}).to_string();
    let o = read(ShardFormat::Jsonl, line.as_bytes());
    assert_eq!(o.records[0].messages[0].content, text);
    let escaped = r#"{"messages":[{"role":"user","content":"caf\u00e9 \ud83d\ude14"},{"role":"assistant","content":"ok"}]}"#;
    let o = read(ShardFormat::Jsonl, escaped.as_bytes());
    assert_eq!(o.records[0].messages[0].content, "café 😔");
}

#[test]
fn every_jsonl_quarantine_reason() {
    let lines = [
        CHATML,                                                                              // 0 ok
        "{not json",                                                                         // 1
        r#"{"messages":[]} {"messages":[]}"#,                                                // 2
        "[1,2]",                                                                             // 3
        r#"{"conversations":[{"from":"human","value":"x"}]}"#, // 4 mismatch
        r#"{"messages":[{"role":"user"}]}"#,                   // 5 missing content
        r#"{"messages":[{"role":"user","content":5}]}"#,       // 6 wrong type
        r#"{"messages":[]}"#,                                  // 7
        r#"{"messages":[{"role":"user","content":""},{"role":"assistant","content":"a"}]}"#, // 8
        r#"{"messages":[{"role":"bot","content":"x"},{"role":"assistant","content":"a"}]}"#, // 9
        r#"{"messages":[{"role":"user","content":"only a question"}]}"#, // 10
        "   ",                                                 // 11 blank
        r#"{"messages":"nope"}"#,                              // 12
    ];
    let mut data = lines.join("\n").into_bytes();
    data.extend_from_slice(b"\n\xff\xfe\n");
    let o = read(ShardFormat::Jsonl, &data);
    assert_eq!(
        reasons(&o),
        vec![
            (1, Reason::InvalidJson),
            (2, Reason::MultipleObjects),
            (3, Reason::NotAnObject),
            (4, Reason::FormatMismatch),
            (5, Reason::MissingField),
            (6, Reason::WrongFieldType),
            (7, Reason::EmptyMessages),
            (8, Reason::EmptyContent),
            (9, Reason::UnmappableRole),
            (10, Reason::NoAssistantMessage),
            (12, Reason::WrongFieldType),
            (13, Reason::InvalidUtf8),
        ]
    );
    assert_eq!(o.records.len(), 1);
    assert_eq!(o.blanks, 1);
    assert!(
        o.quarantined
            .iter()
            .all(|q| q.line == q.index + 1 && q.key.ends_with("a.jsonl"))
    );
    // Details never echo content.
    assert!(
        o.quarantined
            .iter()
            .all(|q| !q.detail.contains("only a question"))
    );
    let unknown = read(ShardFormat::Jsonl, br#"{"text":"hello"}"#);
    assert_eq!(reasons(&unknown), vec![(0, Reason::UnknownFormat)]);
}

#[test]
fn size_limits_quarantine_and_bound_memory() {
    let mut limits = Policy::release_0().limits;
    limits.max_record_bytes = 200;
    limits.max_line_bytes = 400;
    let big = format!(
        r#"{{"messages":[{{"role":"user","content":"{}"}},{{"role":"assistant","content":"a"}}]}}"#,
        "x".repeat(300)
    );
    let huge = format!(
        r#"{{"messages":[{{"role":"user","content":"{}"}},{{"role":"assistant","content":"a"}}]}}"#,
        "x".repeat(5000)
    );
    let data = format!("{big}\n{huge}\n{CHATML}\r\n");
    let o = read_with(
        ShardFormat::Jsonl,
        data.as_bytes(),
        &limits,
        &RoleMap::default(),
    );
    assert_eq!(
        reasons(&o),
        vec![(0, Reason::RecordTooLarge), (1, Reason::LineTooLong)]
    );
    assert_eq!(o.records.len(), 1, "CRLF line still parses");
}

#[test]
fn gzip_and_its_limits() {
    let data = format!("{CHATML}\n{CHATML}\n");
    let o = read(ShardFormat::JsonlGz, &gz(data.as_bytes()));
    assert_eq!(o.records.len(), 2);
    let stats = o.result.unwrap();
    assert_eq!(
        stats.sha256,
        crate::fingerprint::sha256_hex(&gz(data.as_bytes()))
    );

    let mut limits = Policy::release_0().limits;
    limits.max_decompression_ratio = 10;
    let bomb = gz(&vec![b' '; 8 << 20]);
    let o = read_with(ShardFormat::JsonlGz, &bomb, &limits, &RoleMap::default());
    assert!(
        matches!(o.result, Err(FileError::RatioTooHigh { .. })),
        "{:?}",
        o.result
    );
    limits.max_decompression_ratio = 100_000;
    limits.max_decompressed_bytes = 1 << 20;
    let o = read_with(ShardFormat::JsonlGz, &bomb, &limits, &RoleMap::default());
    assert!(
        matches!(o.result, Err(FileError::DecompressedTooLarge { .. })),
        "{:?}",
        o.result
    );
    let o = read(ShardFormat::JsonlGz, b"\x1f\x8b\x08\x00garbage");
    assert!(
        matches!(o.result, Err(FileError::Gzip { .. })),
        "{:?}",
        o.result
    );
}

#[test]
fn csv_groups_turn_order_quoting_and_role_map() {
    let data = "conversation_id,turn,speaker,text\r\n\
                c1,2,Counsellor,\"I hear you,\nreally.\"\r\n\
                c1,1,Client,hi\r\n\
                c2,1,caller,\"say \"\"hi\"\"\"\r\n\
                c2,2,Volunteer,hello\r\n";
    let o = read(ShardFormat::Csv, data.as_bytes());
    assert_eq!(reasons(&o), vec![(1, Reason::UnmappableRole)]);
    let r = &o.records[0];
    assert_eq!(r.upstream_id.as_deref(), Some("c1"));
    assert_eq!(r.messages[0].content, "hi");
    assert_eq!(r.messages[1].content, "I hear you,\nreally.");
    let roles = RoleMap::with_extensions([("volunteer", "assistant")]).unwrap();
    let o = read_with(
        ShardFormat::Csv,
        data.as_bytes(),
        &Policy::release_0().limits,
        &roles,
    );
    assert_eq!(o.records.len(), 2);
    assert_eq!(o.records[1].messages[0].content, "say \"hi\"");
    assert_eq!(o.records[1].origin.index, 1);
}

#[test]
fn every_csv_quarantine_reason() {
    let data = "conversation_id,turn,speaker,text\n\
                a,1,client,x\na,one,assistant,y\n\
                b,1,client,x\nb,1,assistant,y\n\
                c,1,client,x\n\
                a,3,client,again\n\
                d,1,client,x\nd,2\n";
    let o = read(ShardFormat::Csv, data.as_bytes());
    assert_eq!(
        reasons(&o),
        vec![
            (0, Reason::BadCsvRow),
            (1, Reason::BadCsvRow),
            (2, Reason::NoAssistantMessage),
            (3, Reason::CsvGroupSplit),
            (4, Reason::BadCsvRow),
        ]
    );
    let o = read(ShardFormat::Csv, b"id,who,what\n1,client,x\n");
    assert_eq!(reasons(&o), vec![(u64::MAX, Reason::BadCsvHeader)]);
    let o = read(
        ShardFormat::Csv,
        b"conversation_id,turn,speaker,text\nz,1,client,\xff\n",
    );
    assert_eq!(reasons(&o), vec![(0, Reason::InvalidUtf8)]);
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![".{1,40}", "[\\u{0}-\\u{7f}]{1,20}", "\\PC{1,20}"]
        .prop_filter("non-empty", |s: &String| !s.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// ChatML -> canonical -> ChatML keeps every role and content byte.
    #[test]
    fn chatml_round_trips(turns in proptest::collection::vec((0u8..3, arb_text()), 1..6)) {
        let mut msgs: Vec<Message> = turns.iter().map(|(r, c)| Message {
            role: [Role::System, Role::User, Role::Assistant][*r as usize],
            content: c.clone(),
        }).collect();
        msgs.push(Message { role: Role::Assistant, content: "end".into() });
        let line = serde_json::json!({"messages": msgs}).to_string();
        let o = read(ShardFormat::Jsonl, line.as_bytes());
        prop_assert_eq!(&o.records[0].messages, &msgs);
        let back = serde_json::to_string(&o.records[0].messages).unwrap();
        prop_assert_eq!(serde_json::from_str::<Vec<Message>>(&back).unwrap(), msgs);
    }

    /// Same bytes -> same records and quarantine; every line yields exactly one item.
    #[test]
    fn deterministic_and_nothing_lost(lines in proptest::collection::vec(prop_oneof![
        Just(CHATML.to_string()), ".{0,30}", arb_text().prop_map(|t| serde_json::json!({"messages":[{"role":"user","content":t},{"role":"assistant","content":"a"}]}).to_string())
    ], 0..20)) {
        let data = lines.join("\n");
        let a = read(ShardFormat::Jsonl, data.as_bytes());
        let b = read(ShardFormat::Jsonl, data.as_bytes());
        prop_assert_eq!(&a.records, &b.records);
        prop_assert_eq!(&a.quarantined, &b.quarantined);
        let parts = data.split('\n').count() as u64;
        let expect = if data.is_empty() { 0 } else if data.ends_with('\n') { parts - 1 } else { parts };
        prop_assert_eq!(a.records.len() as u64 + a.quarantined.len() as u64 + a.blanks, expect);
    }
}

fn arb_json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::json;
    let leaf = prop_oneof![
        Just(json!(null)),
        Just(json!(7)),
        Just(json!(true)),
        Just(json!("")),
        "[a-z ]{1,8}".prop_map(|s| json!(s)),
        Just(json!("user")),
        Just(json!("assistant")),
        Just(json!("gpt")),
        Just(json!("human")),
    ];
    let turn_key = prop_oneof![
        Just("role"),
        Just("content"),
        Just("from"),
        Just("value"),
        Just("x")
    ];
    let turn = proptest::collection::btree_map(turn_key, leaf.clone(), 0..4).prop_map(|m| {
        serde_json::Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    });
    prop_oneof![
        leaf,
        proptest::collection::vec(turn, 0..4).prop_map(serde_json::Value::Array)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The typed fast path and the `Value` path agree on every line: same record or same reason.
    #[test]
    fn fast_and_slow_paths_agree(fields in proptest::collection::btree_map(
        prop_oneof![Just("messages"), Just("conversations"), Just("instruction"), Just("input"), Just("output"), Just("id"), Just("conversation_id"), Just("group")],
        arb_json_value(),
        0..5,
    ), first in prop_oneof![Just(None), Just(Some(jsonl::Shape::ChatMl)), Just(Some(jsonl::Shape::ShareGpt)), Just(Some(jsonl::Shape::Alpaca))]) {
        let obj: serde_json::Map<String, serde_json::Value> = fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let text = serde_json::Value::Object(obj).to_string();
        let s = shard(ShardFormat::Jsonl);
        let limits = Policy::release_0().limits;
        let roles = RoleMap::default();
        let ctx = Context { shard: &s, roles: &roles, limits: &limits };
        let (mut a_shape, mut b_shape) = (first, first);
        let a = jsonl::one(&ctx, text.as_bytes(), text.len() as u64, 0, &mut a_shape);
        let b = jsonl::slow(&ctx, &text, 0, &mut b_shape);
        prop_assert_eq!(a, b, "{}", text);
        prop_assert_eq!(a_shape, b_shape);
    }
}

#[test]
fn the_fast_path_takes_well_formed_lines() {
    assert!(jsonl::fast::parse(CHATML).is_some());
    assert!(
        jsonl::fast::parse(r#"{"conversations":[{"from":"human","value":"a"}],"id":3}"#).is_some()
    );
    assert!(jsonl::fast::parse(r#"{"instruction":"a","output":"b"}"#).is_some());
    // Null shapes and mixed shapes are left to the Value path.
    assert!(jsonl::fast::parse(r#"{"messages":null}"#).is_none());
    assert!(jsonl::fast::parse(r#"{"messages":[],"conversations":[]}"#).is_none());
}

/// Nesting deeper than the JSON parser's recursion limit, in a field the typed fast path skips
/// and in the messages themselves: the fast path never takes a line the slow path rejects.
#[test]
fn deep_nesting_is_judged_the_same_by_both_paths() {
    let s = shard(ShardFormat::Jsonl);
    let limits = Policy::release_0().limits;
    let roles = RoleMap::default();
    let ctx = Context {
        shard: &s,
        roles: &roles,
        limits: &limits,
    };
    let deep = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
    let turn = r#"{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}"#;
    let lines = [
        format!(r#"{{"messages":[{turn}],"extra":{}}}"#, deep(100)),
        format!(r#"{{"messages":[{turn}],"extra":{}}}"#, deep(5_000)),
        format!(r#"{{"extra":{},"messages":[{turn}]}}"#, deep(60_000)),
        format!(
            r#"{{"messages":[{turn},{{"role":"user","content":{}}}]}}"#,
            deep(5_000)
        ),
        format!(
            r#"{{"instruction":"a","output":"b","input":{}}}"#,
            deep(5_000)
        ),
        format!(r#"{{"messages":[{turn}],"id":{}}}"#, deep(300)),
    ];
    for text in &lines {
        let (mut a_shape, mut b_shape) = (None, None);
        let a = jsonl::one(&ctx, text.as_bytes(), text.len() as u64, 0, &mut a_shape);
        let b = jsonl::slow(&ctx, text, 0, &mut b_shape);
        assert_eq!(a, b, "{} bytes: {}…", text.len(), &text[..60]);
        if text.len() > 1_000 {
            assert!(a.is_err(), "nesting past the recursion limit is rejected");
        }
    }
}
