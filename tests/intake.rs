//! Real datasets dropped as their owners publish them, each with a `format` mapping in its
//! provenance.json (tests/intake/owner_drop.py): the real counsel-chat CSV (`pair`), an ESConv-
//! shaped JSON array (`conversation`), an AnnoMI-shaped gzipped CSV (`turns`), Hub Parquet files
//! (detected ChatML, and `pair` over dotted paths). Every conversation and message arrives with
//! its text exact apart from redaction; a file its mapping does not fit fails its source by name.

use mhd_shared::model::{Message, ReleaseId, Role};
use mhd_shared::policy::Policy;
use mhd_shared::state::{self, LocalStateStore, State};
use mhd_shared::store::LocalBlobStore;
use mhd_tests::*;
use std::collections::{BTreeMap, BTreeSet};

const REL: &str = "v2026-12-05";

fn drop_into(dir: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    copy_example(dir, REL);
    let mut args: Vec<&std::ffi::OsStr> = vec![dir.as_os_str(), REL.as_ref()];
    args.extend(extra.iter().map(|a| std::ffi::OsStr::new(*a)));
    serde_json::from_slice(&run_test_script("tests/intake/owner_drop.py", &args)).unwrap()
}

/// Every exported record, by (source, origin index).
fn exported(release: &std::path::Path) -> BTreeMap<(String, u64), (String, serde_json::Value)> {
    let mut out = BTreeMap::new();
    for (key, bytes) in files(&release.join("export")) {
        let split = key.split('/').next().unwrap().to_string();
        for line in String::from_utf8(bytes).unwrap().lines() {
            let r: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = (
                r["source"].as_str().unwrap().to_string(),
                r["origin"]["index"].as_u64().unwrap(),
            );
            assert!(
                out.insert(id, (split.clone(), r)).is_none(),
                "a record shipped twice"
            );
        }
    }
    out
}

/// What the shard stage makes of `texts` as one conversation's messages: redaction only.
fn redacted(texts: &[String]) -> Vec<String> {
    let mut m: Vec<Message> = texts
        .iter()
        .map(|t| Message {
            role: Role::User,
            content: t.clone(),
        })
        .collect();
    mhd_shared::pii::redact(mhd_shared::pii::Detector::get(), &mut m);
    m.into_iter().map(|m| m.content).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owner_datasets_dropped_unconverted_publish_every_conversation() {
    let dir = tempfile::tempdir().unwrap();
    let expect = drop_into(dir.path(), &[]);
    let st = publish_embedded(dir.path(), &Policy::release_0(), REL).await;
    let r = ReleaseId::parse(REL).unwrap();
    // every conversation normalized, nothing quarantined
    let sources = state::sources(&st, &r).await.unwrap();
    for (name, n) in expect["records"].as_object().unwrap() {
        let row = sources
            .iter()
            .find(|s| format!("{}/{}", s.family, s.source) == *name)
            .unwrap_or_else(|| panic!("{name} has no source row"));
        assert_eq!(
            (row.records_in, row.records_out, row.quarantined),
            (n.as_u64().unwrap(), n.as_u64().unwrap(), 0),
            "{name}"
        );
    }
    let release = dir.path().join(format!("releases/{REL}"));
    let shipped = exported(&release);
    // counsel-chat: what did not ship is a duplicate of what did, and said so
    let all_removed: Vec<serde_json::Value> =
        std::fs::read_to_string(release.join("reports/dedup_removed.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    let at = |o: &serde_json::Value| {
        let source = o["key"].as_str().unwrap().rsplit('/').nth(1).unwrap();
        (source.to_string(), o["index"].as_u64().unwrap())
    };
    let kept_for: BTreeMap<(String, u64), (String, u64)> = all_removed
        .iter()
        .map(|x| (at(&x["origin"]), at(&x["kept_origin"])))
        .collect();
    let removed: Vec<&serde_json::Value> = all_removed
        .iter()
        .filter(|x| {
            x["origin"]["key"]
                .as_str()
                .unwrap()
                .contains("/counsel_chat/")
        })
        .collect();
    let cc: Vec<_> = shipped
        .iter()
        .filter(|((s, _), _)| s == "counsel_chat")
        .collect();
    assert_eq!(cc.len() + removed.len(), 2129);
    // counsel-chat repeats some answers; the other fixtures reuse its texts (near copies)
    for x in &removed {
        // the copy kept in its place ships (following an exact copy that a near one replaced)
        let mut kept = at(&x["kept_origin"]);
        while let Some(next) = kept_for.get(&kept) {
            kept = next.clone();
        }
        assert!(shipped.contains_key(&kept), "{x}");
    }
    assert!(removed.iter().any(|x| x["kind"] == "exact"));
    // the answers to one question share a split; the topic rides along in meta
    let mut split_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (_, (split, rec)) in &cc {
        split_of
            .entry(rec["group"].as_str().unwrap())
            .or_default()
            .insert(split);
        assert!(rec["meta"]["topic"].is_string(), "{rec}");
    }
    assert!(split_of.len() > 700);
    assert!(split_of.values().all(|s| s.len() == 1));
    // texts exact apart from redaction
    for (id, texts) in expect["texts"].as_object().unwrap() {
        let (source, index) = id.split_once('/').unwrap();
        let (_, rec) = &shipped[&(source.to_string(), index.parse().unwrap())];
        let want: Vec<String> = texts
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap().to_string())
            .collect();
        let got: Vec<&str> = rec["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["content"].as_str().unwrap())
            .collect();
        assert_eq!(got, redacted(&want), "{id}");
    }
    let esconv = &shipped[&("esconv_like".to_string(), 3)].1;
    assert_eq!(
        esconv["messages"][1]["role"], "assistant",
        "role_map applied"
    );
    assert_eq!(esconv["meta"]["score"], "3", "meta values are text");
    // nothing of counsel-chat's unmapped columns anywhere in the release or the packets
    let mut rdr =
        csv::Reader::from_path(repo_root().join("tests/data/counsel-chat/counsel_chat.csv"))
            .unwrap();
    let headers = rdr.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (info, url) = (col("therapistInfo"), col("therapistURL"));
    let mut leaked: BTreeSet<String> = BTreeSet::new();
    for row in rdr.records() {
        let row = row.unwrap();
        for v in [&row[info], &row[url]] {
            if v.len() > 12 {
                leaked.insert(v.to_string());
            }
        }
    }
    let mut written = String::new();
    for d in ["releases", "review"] {
        for (_, b) in files(&dir.path().join(d)) {
            written.push_str(&String::from_utf8_lossy(&b));
        }
    }
    let found: Vec<&String> = leaked
        .iter()
        .filter(|v| written.contains(v.as_str()))
        .collect();
    assert!(found.is_empty(), "unmapped columns shipped: {found:?}");
    // the engineer's tools read it, meta included
    run_test_script(
        "tests/intake/check_release.py",
        &[
            release.as_os_str(),
            "topic".as_ref(),
            "emotion_type".as_ref(),
            "score".as_ref(),
            "mi_quality".as_ref(),
        ],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_its_mapping_does_not_fit_fails_its_source_by_name() {
    let dir = tempfile::tempdir().unwrap();
    drop_into(dir.path(), &["--broken"]);
    let blob = LocalBlobStore::new(dir.path());
    let st = LocalStateStore::in_memory();
    let r = ReleaseId::parse(REL).unwrap();
    let (_, adv) = mhd_shared::pipeline::embedded::run(
        &blob,
        &st,
        &Policy::release_0(),
        &r,
        2,
        &mut |_, _| {},
    )
    .await
    .unwrap();
    let meta = adv.meta.unwrap();
    assert_eq!(meta.state, State::Failed);
    let needle = format!(
        "source foundation/broken_map: shard staging/{REL}/foundation/broken_map/qa.csv failed: mapping_mismatch: line 1: field `answer_text` is not a column of the header"
    );
    assert!(
        meta.reasons.iter().any(|x| x.contains(&needle)),
        "{:?}",
        meta.reasons
    );
    let doc = mhd_shared::status::document(&st, Some(&blob), &meta)
        .await
        .unwrap();
    let text = mhd_shared::status::text(&doc);
    assert!(
        text.contains("foundation/broken_map provenance fail") && text.contains("answer_text"),
        "{text}"
    );
    assert!(!dir.path().join("releases").exists());
}
