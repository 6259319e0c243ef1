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
        ShardFormat::Json => "a.json",
        ShardFormat::Csv => "a.csv",
        ShardFormat::CsvGz => "a.csv.gz",
        ShardFormat::Parquet => "a.parquet",
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

fn collect(ctx: &Context<'_>, data: &[u8]) -> Out {
    let (mut records, mut quarantined, mut blanks) = (vec![], vec![], 0);
    let result = read_stream(ctx, data, &mut |item| match item {
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

fn read_with(format: ShardFormat, data: &[u8], limits: &Limits, roles: &RoleMap) -> Out {
    let s = shard(format);
    let ctx = Context {
        shard: &s,
        roles,
        limits,
        mapping: None,
    };
    collect(&ctx, data)
}

fn read_mapped(
    format: ShardFormat,
    data: &[u8],
    mapping: serde_json::Value,
    roles: &RoleMap,
) -> Out {
    let m = crate::read::Mapping::parse(&mapping).unwrap();
    let s = shard(format);
    let limits = Policy::release_0().limits;
    let ctx = Context {
        shard: &s,
        roles,
        limits: &limits,
        mapping: Some(&m),
    };
    collect(&ctx, data)
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
            (0, Reason::BadOrder),
            (1, Reason::BadOrder),
            (2, Reason::NoAssistantMessage),
            (3, Reason::CsvGroupSplit),
            (4, Reason::BadCsvRow),
        ]
    );
    // a header without the columns fails the file, naming the first column it lacks
    let o = read(ShardFormat::Csv, b"id,who,what\n1,client,x\n");
    assert!(o.quarantined.is_empty() && o.records.is_empty());
    match o.result {
        Err(FileError::Mapping { mismatch, .. }) => {
            assert_eq!(
                (mismatch.line, mismatch.field.as_str()),
                (1, "conversation_id")
            );
            assert!(mismatch.problem.contains("3 columns"), "{mismatch}");
            assert!(
                !mismatch.problem.contains("who"),
                "no cell of the file is named"
            );
        }
        other => panic!("{other:?}"),
    }
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
        let ctx = Context { shard: &s, roles: &roles, limits: &limits, mapping: None };
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
        mapping: None,
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

#[test]
fn a_json_array_streams_element_by_element() {
    let data = "\u{feff}[\n  {\"messages\": [\n    {\"role\": \"user\", \"content\": \"hi [there]\"},\n    {\"role\": \"assistant\", \"content\": \"hello, \\\"you\\\"\"}]},\n  {\"messages\": 3},\n  \"a string\",\n  {\"instruction\": \"q\", \"output\": \"a\"}\n]\n";
    let o = read(ShardFormat::Json, data.as_bytes());
    assert!(o.result.is_ok(), "{:?}", o.result);
    assert_eq!(o.records.len(), 1);
    assert_eq!(o.records[0].messages[1].content, "hello, \"you\"");
    let q: Vec<_> = o
        .quarantined
        .iter()
        .map(|q| (q.index, q.line, q.reason))
        .collect();
    assert_eq!(
        q,
        vec![
            (1, 5, Reason::WrongFieldType),
            (2, 6, Reason::NotAnObject),
            (3, 7, Reason::FormatMismatch),
        ]
    );
    assert!(read(ShardFormat::Json, b"[]").result.is_ok());
    for (bad, needle) in [
        (&b"{\"messages\":[]}"[..], "not a JSON array"),
        (b"[{\"a\":1}", "not closed"),
        (b"[{\"a\":1}] x", "after the array"),
        (b"[{\"a\":1} {\"b\":2}]", "expected `,`"),
    ] {
        match read(ShardFormat::Json, bad).result {
            Err(e @ FileError::JsonArray { .. }) => {
                assert!(e.to_string().contains(needle), "{e}")
            }
            other => panic!("{}: {other:?}", String::from_utf8_lossy(bad)),
        }
    }
    // an element over the record limit is quarantined without being held
    let big = format!(
        "[{{\"messages\":[{{\"role\":\"user\",\"content\":\"{}\"}}]}},{CHATML}]",
        "x".repeat(300_000)
    );
    let o = read(ShardFormat::Json, big.as_bytes());
    assert_eq!(reasons(&o), vec![(0, Reason::RecordTooLarge)]);
    assert_eq!(o.records.len(), 1);
}

/// ESConv's shape: one JSON array of dialogs, `dialog: [{speaker, annotation, content}]`.
#[test]
fn the_conversation_layout_maps_nested_dialogs() {
    let data = r#"[
 {"emotion_type":"anxiety","problem_type":"job crisis","situation":"I was let go","survey":{"score":4},
  "dialog":[{"speaker":"seeker","annotation":{},"content":"Hi, I lost my job."},
            {"speaker":"supporter","annotation":{"strategy":"Question"},"content":"I'm sorry. How are you coping?"}]},
 {"emotion_type":"sadness","problem_type":"breakup","situation":"","survey":{"score":"n/a"},
  "dialog":[{"speaker":"seeker","content":"We split up."},{"speaker":"bot","content":"?"}]}
]"#;
    let roles = RoleMap::with_extensions([("supporter", "assistant")]).unwrap();
    let mapping = serde_json::json!({"layout":"conversation","messages":"dialog","role":"speaker",
        "content":"content","meta":["emotion_type","problem_type","survey.score"]});
    let o = read_mapped(ShardFormat::Json, data.as_bytes(), mapping.clone(), &roles);
    assert!(o.result.is_ok(), "{:?}", o.result);
    assert_eq!(o.records.len(), 1);
    let r = &o.records[0];
    assert_eq!(r.messages[1].role, crate::model::Role::Assistant);
    assert_eq!(r.messages[1].content, "I'm sorry. How are you coping?");
    let meta = r.meta.as_ref().unwrap();
    assert_eq!(meta["emotion_type"], "anxiety");
    assert_eq!(meta["score"], "4");
    assert!(!meta.contains_key("situation"), "only listed fields ship");
    assert_eq!(reasons(&o), vec![(1, Reason::UnmappableRole)]);
    // the same mapping over JSON lines
    let lines: String = serde_json::from_str::<Vec<serde_json::Value>>(data)
        .unwrap()
        .iter()
        .map(|v| v.to_string() + "\n")
        .collect();
    let o = read_mapped(ShardFormat::Jsonl, lines.as_bytes(), mapping, &roles);
    assert_eq!((o.records.len(), o.quarantined.len()), (1, 1));
}

/// AnnoMI's shape: one utterance per CSV row, its own column names, rows out of order.
#[test]
fn the_turns_layout_groups_rows_and_orders_them() {
    let data = "transcript_id,mi_quality,utterance_id,interlocutor,timestamp,utterance_text\n\
                0,high,1,client,00:00:05,\"Hi, I'm not sure why I'm here.\"\n\
                0,high,0,therapist,00:00:01,Thanks for coming in.\n\
                0,high,2,therapist,00:00:09,\"Tell me more,\nif you like.\"\n\
                1,low,0,therapist,00:00:01,Hello.\n\
                1,low,1,client,00:00:03,Hi.\n";
    let mapping = serde_json::json!({"layout":"turns","conversation":"transcript_id",
        "order":"utterance_id","role":"interlocutor","content":"utterance_text","meta":["mi_quality"]});
    let o = read_mapped(
        ShardFormat::Csv,
        data.as_bytes(),
        mapping,
        &RoleMap::default(),
    );
    assert!(o.result.is_ok(), "{:?}", o.result);
    assert_eq!(o.records.len(), 2);
    let r = &o.records[0];
    let texts: Vec<&str> = r.messages.iter().map(|m| m.content.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "Thanks for coming in.",
            "Hi, I'm not sure why I'm here.",
            "Tell me more,\nif you like."
        ]
    );
    assert_eq!(r.upstream_id.as_deref(), Some("0"));
    assert_eq!(r.meta.as_ref().unwrap()["mi_quality"], "high");
    assert_eq!(
        (o.records[1].origin.index, o.records[1].messages.len()),
        (1, 2)
    );
}

/// counsel-chat's shape: one question and answer per row; several prompt fields.
#[test]
fn the_pair_layout_joins_prompts_and_skips_empty_ones() {
    let data = ",questionID,questionTitle,questionText,topic,therapistInfo,answerText\n\
                0,7,Can't sleep,\"I lie awake.\nEvery night.\",sleep,Dr X,Try a wind-down hour.\n\
                1,7,Can't sleep,,sleep,Dr Y,\"Keep a fixed wake time, \"\"always\"\".\"\n\
                2,8,,,,Dr Z,An answer to nothing.\n";
    let mapping = serde_json::json!({"layout":"pair","prompt":["questionTitle","questionText"],
        "response":"answerText","group":"questionID","id":"","meta":["topic"]});
    let o = read_mapped(
        ShardFormat::Csv,
        data.as_bytes(),
        mapping,
        &RoleMap::default(),
    );
    assert!(o.result.is_ok(), "{:?}", o.result);
    assert_eq!(o.records.len(), 2);
    assert_eq!(
        o.records[0].messages[0].content,
        "Can't sleep\n\nI lie awake.\nEvery night."
    );
    assert_eq!(o.records[1].messages[0].content, "Can't sleep");
    assert_eq!(
        o.records[1].messages[1].content,
        "Keep a fixed wake time, \"always\"."
    );
    assert_eq!(o.records[1].group.as_deref(), Some("7"));
    assert_eq!(o.records[1].upstream_id.as_deref(), Some("1"));
    assert_eq!(reasons(&o), vec![(2, Reason::EmptyContent)]);
    let text = serde_json::to_string(&o.records).unwrap();
    assert!(
        !text.contains("Dr X") && !text.contains("Dr Y"),
        "only mapped fields ship"
    );
}

#[test]
fn a_file_that_does_not_fit_its_mapping_fails_naming_field_and_line() {
    let roles = RoleMap::default();
    let conv = serde_json::json!({"layout":"conversation","messages":"dialog","role":"speaker","content":"content"});
    let cases: Vec<(ShardFormat, &str, serde_json::Value, u64, &str, &str)> = vec![
        (
            ShardFormat::Jsonl,
            "{\"dialog\":[{\"speaker\":\"user\",\"content\":\"a\"},{\"speaker\":\"assistant\",\"content\":\"b\"}]}\n{\"turns\":[]}\n",
            conv.clone(),
            2,
            "dialog",
            "is missing",
        ),
        (
            ShardFormat::Jsonl,
            "{\"dialog\":\"hello\"}\n",
            conv.clone(),
            1,
            "dialog",
            "not a list of messages",
        ),
        (
            ShardFormat::Json,
            "[\n{\"dialog\":[{\"speaker\":\"user\",\"content\":{\"text\":\"a\"}}]}]",
            conv.clone(),
            2,
            "dialog[0].content",
            "an object, not text",
        ),
        (
            ShardFormat::Csv,
            "q,a\nx,y\n",
            serde_json::json!({"layout":"pair","prompt":"question","response":"a"}),
            1,
            "question",
            "not a column of the header",
        ),
        (
            ShardFormat::Csv,
            "dialog\n[]\n",
            conv,
            1,
            "dialog",
            "cannot be read from CSV",
        ),
    ];
    for (format, data, mapping, line, field, needle) in cases {
        let o = read_mapped(format, data.as_bytes(), mapping, &roles);
        match o.result {
            Err(FileError::Mapping { mismatch, .. }) => {
                assert_eq!(
                    (mismatch.line, mismatch.field.as_str()),
                    (line, field),
                    "{data}"
                );
                assert!(mismatch.problem.contains(needle), "{mismatch}");
                assert_eq!(
                    FileError::Mapping {
                        key: "k".into(),
                        mismatch: mismatch.clone()
                    }
                    .code(),
                    "mapping_mismatch"
                );
            }
            other => panic!("{data}: {other:?}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A conversation written in each layout (as its owner would) reads back through its
    /// mapping with every message exact.
    #[test]
    fn mapped_records_round_trip(turns in proptest::collection::vec((any::<bool>(), arb_text()), 1..6)) {
        let mut turns = turns;
        turns.push((false, "the last word".into()));
        let role = |user: bool| if user { "client" } else { "therapist" };
        let want: Vec<(crate::model::Role, String)> = turns.iter()
            .map(|(u, t)| (if *u { crate::model::Role::User } else { crate::model::Role::Assistant }, t.clone()))
            .collect();
        let got = |o: Out| -> Vec<(crate::model::Role, String)> {
            assert!(o.result.is_ok(), "{:?}", o.result);
            o.records[0].messages.iter().map(|m| (m.role, m.content.clone())).collect()
        };
        let roles = RoleMap::default();
        // conversation: a JSON array holding one dialog
        let dialog: Vec<_> = turns.iter().map(|(u, t)| serde_json::json!({"who": {"name": role(*u)}, "says": t})).collect();
        let data = serde_json::json!([{"d": dialog}]).to_string();
        let m = serde_json::json!({"layout":"conversation","messages":"d","role":"who.name","content":"says"});
        prop_assert_eq!(got(read_mapped(ShardFormat::Json, data.as_bytes(), m, &roles)), want.clone());
        // turns: a CSV, rows in reverse order
        let mut w = ::csv::Writer::from_writer(Vec::new());
        w.write_record(["conv", "n", "who", "says"]).unwrap();
        for (i, (u, t)) in turns.iter().enumerate().rev() {
            w.write_record(["c1", &i.to_string(), role(*u), t]).unwrap();
        }
        let data = w.into_inner().unwrap();
        let m = serde_json::json!({"layout":"turns","conversation":"conv","order":"n","role":"who","content":"says"});
        prop_assert_eq!(got(read_mapped(ShardFormat::Csv, &data, m, &roles)), want);
        // pair: the first text as the question, the last as the answer
        let (q, a) = (&turns[0].1, &turns[turns.len() - 1].1);
        let data = serde_json::json!({"q": q, "a": a}).to_string();
        let m = serde_json::json!({"layout":"pair","prompt":"q","response":"a"});
        let o = read_mapped(ShardFormat::Jsonl, data.as_bytes(), m, &roles);
        let pair = got(o);
        prop_assert_eq!(&pair[0].1, q);
        prop_assert_eq!(&pair[1].1, a);
    }
}

/// Files saved by Excel or pandas (`utf-8-sig`) start with a byte order mark.
#[test]
fn a_byte_order_mark_does_not_change_the_first_field_or_line() {
    let csv = "\u{feff}conversation_id,turn,speaker,text\nc1,1,client,hi\nc1,2,therapist,hello\n";
    let o = read(ShardFormat::Csv, csv.as_bytes());
    assert!(o.result.is_ok(), "{:?}", o.result);
    assert_eq!(o.records.len(), 1);
    let jsonl = format!("\u{feff}{CHATML}\n{CHATML}\n");
    let o = read(ShardFormat::Jsonl, jsonl.as_bytes());
    assert_eq!((o.records.len(), o.quarantined.len()), (2, 0));
}

/// In `turns`, a row that cannot be read cannot be put in its conversation: the file fails
/// rather than shipping that conversation without it; an empty conversation id joins nothing.
#[test]
fn turns_never_ship_a_conversation_without_an_unreadable_row() {
    let m = serde_json::json!({"layout":"turns","conversation":"c","order":"n","role":"r","content":"t"});
    let rows = "{\"c\":\"a\",\"n\":0,\"r\":\"client\",\"t\":\"hi\"}\n{not json\n{\"c\":\"a\",\"n\":2,\"r\":\"therapist\",\"t\":\"hello\"}\n";
    let o = read_mapped(
        ShardFormat::Jsonl,
        rows.as_bytes(),
        m.clone(),
        &RoleMap::default(),
    );
    assert!(o.records.is_empty());
    match o.result {
        Err(FileError::Mapping { mismatch, .. }) => {
            assert_eq!((mismatch.line, mismatch.field.as_str()), (2, "c"));
            assert!(mismatch.problem.contains("invalid_json"), "{mismatch}");
        }
        other => panic!("{other:?}"),
    }
    let rows = "{\"c\":\"\",\"n\":0,\"r\":\"client\",\"t\":\"x\"}\n{\"c\":null,\"n\":1,\"r\":\"client\",\"t\":\"y\"}\n{\"c\":\"b\",\"n\":0,\"r\":\"client\",\"t\":\"hi\"}\n{\"c\":\"b\",\"n\":1,\"r\":\"therapist\",\"t\":\"hello\"}\n";
    let o = read_mapped(ShardFormat::Jsonl, rows.as_bytes(), m, &RoleMap::default());
    assert!(o.result.is_ok(), "{:?}", o.result);
    assert_eq!(
        reasons(&o),
        vec![(0, Reason::MissingField), (1, Reason::MissingField)]
    );
    assert_eq!((o.records.len(), o.records[0].origin.index), (1, 2));
}
