//! Reliability scenarios on the AWS emulator, through the real Lambdas (docs/RELIABILITY.md).
//! Each scenario deploys its own copy of infra/template.yaml (tests/scenarios/stack.py), tuned
//! so that retries, timeouts and dead-lettering happen in seconds; nothing is mocked.
//! `MHD_LONG_SCENARIOS=1` makes the load run large.

use mhd_shared::keys::{self, BucketKey};
use mhd_shared::model::ReleaseId;
use mhd_shared::policy::Policy;
use mhd_shared::state::{self, State};
use mhd_shared::store::{BlobReader, BlobStore, StoreError};
use mhd_tests::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const DONE: &[State] = &[State::AwaitingSignoff, State::Failed, State::Published];

fn release(day: &str) -> (String, ReleaseId) {
    let rel = unique_release(day);
    let r = ReleaseId::parse(&rel).unwrap();
    (rel, r)
}

fn shard_key(key: &str) -> mhd_shared::keys::ShardKey {
    match keys::classify(key) {
        Ok(BucketKey::Shard(s)) => s,
        other => panic!("{key} is not a shard key: {other:?}"),
    }
}

/// A provenance sidecar for a source the tests add.
fn provenance(source: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "source_name": source, "license": "CC-BY-4.0", "data_owner": "mhd tests",
        "collection_method": "synthetic", "consent_basis": "synthetic",
        "acquired_date": "2026-12-01", "upstream_url": "https://example.org/scenarios",
    }))
    .unwrap()
}

/// `n` distinct ChatML conversations, one per line.
fn chatml(n: usize, tag: &str) -> Vec<u8> {
    json_lines((0..n).map(|i| serde_json::json!({"messages": [
        {"role": "user", "content": format!("{tag} question {i}: how do I keep a sleep routine when work shifts change every week and the evenings run late?")},
        {"role": "assistant", "content": format!("{tag} answer {i}: keep the wake time fixed, move the light exposure with it, and protect a wind-down hour.")},
    ]})))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_drop_fails_and_shards_after_its_seal_change_nothing() {
    let s = AwsStack::scenario("empty", &[]).await;
    let (rel, r) = release("2026-12-01");
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::Failed, "{:?}", m.reasons);
    assert!(
        m.reasons.iter().any(|x| x.contains("missing")),
        "{:?}",
        m.reasons
    );
    // the drop arrives after the seal: refused, the failed release is left as it was
    s.upload_example(&rel, |_| false).await;
    s.wait_drained("MHD_INGEST_QUEUE_URL").await;
    let after = state::get_meta(&s.state, &r).await.unwrap().unwrap();
    assert_eq!((after.state, after.version), (State::Failed, m.version));
    assert!(state::shards(&s.state, &r).await.unwrap().is_empty());
    assert!(
        s.blob
            .list(&keys::release_prefix(&r))
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_shard_staged_while_awaiting_signoff_fails_the_release() {
    let s = AwsStack::scenario("late", &[]).await;
    let (rel, r) = release("2026-12-02");
    s.upload_example(&rel, |_| false).await;
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    let late = format!("staging/{rel}/foundation/peer_alpaca/late.jsonl");
    s.blob.put(&late, chatml(3, "late")).await.unwrap();
    s.wait_drained("MHD_INGEST_QUEUE_URL").await;
    sign_all(&s.blob, &m, "2026-12-02T12:00:00Z", |_| {}).await;
    let m = s.wait_state(&r, &[State::Failed, State::Published]).await;
    assert_eq!(m.state, State::Failed);
    assert!(
        m.reasons
            .iter()
            .any(|x| x.contains(&format!("shard staged after the seal: {late}"))),
        "{:?}",
        m.reasons
    );
    assert!(
        s.blob
            .list(&keys::release_prefix(&r))
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_re_upload_before_the_seal_wins_and_one_after_it_fails_the_release() {
    let s = AwsStack::scenario("reupload", &[]).await;
    let (rel, r) = release("2026-12-03");
    let key = format!("staging/{rel}/foundation/peer_alpaca/train.jsonl");
    s.upload_example(&rel, |k| k == key).await;
    let row_version = |want: Option<String>| {
        let (s, r, key) = (&s, &r, &key);
        async move {
            wait_for(
                &format!("the row of {key} at {want:?}"),
                Duration::from_secs(120),
                || async {
                    let rows = state::shards(&s.state, r).await.unwrap();
                    let row = rows.into_iter().find(|x| &x.key == key)?;
                    (row.version == want).then_some(row)
                },
            )
            .await
        }
    };
    s.blob.put(&key, chatml(4, "first-upload")).await.unwrap();
    let v1 = s.blob.version(&key).await.unwrap();
    let first = row_version(v1.clone()).await;
    s.blob.put(&key, chatml(6, "second-upload")).await.unwrap();
    let v2 = s.blob.version(&key).await.unwrap();
    assert_ne!(v1, v2);
    assert!(
        v2.as_deref().is_some_and(|v| v.starts_with("v:")),
        "the versioned bucket's version id is recorded: {v2:?}"
    );
    let row = row_version(v2.clone()).await;
    assert_eq!((row.records_in, row.records_out), (6, 6));
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    // a read's normalized records, by its tag
    let normalized = async |read: &str| {
        let nkey = keys::normalized_key(&shard_key(&key), read);
        String::from_utf8(s.blob.get(&nkey).await.unwrap().unwrap()).unwrap()
    };
    let text = normalized(&row.read).await;
    assert!(text.contains("second-upload") && !text.contains("first-upload"));
    // each read wrote under its own key: the first read's outputs sit beside, not under, the
    // row that gating reads
    assert_ne!(first.read, row.read);
    assert!(normalized(&first.read).await.contains("first-upload"));

    // after the seal: recorded as a change, and the release fails closed
    s.blob.put(&key, chatml(5, "third-upload")).await.unwrap();
    s.wait_drained("MHD_INGEST_QUEUE_URL").await;
    sign_all(&s.blob, &m, "2026-12-03T12:00:00Z", |_| {}).await;
    let m = s.wait_state(&r, &[State::Failed, State::Published]).await;
    assert_eq!(m.state, State::Failed);
    assert!(
        m.reasons
            .iter()
            .any(|x| x.contains(&key) && x.contains("changed after it was read")),
        "{:?}",
        m.reasons
    );
}

/// A shard too big for the ingest function's timeout: every attempt is killed mid-shard, the
/// message is retried and dead-lettered, the alarm on the DLQ fires and the release waits
/// (never published) after the seal. Ops raise the timeout and redrive: the shard is processed
/// once, with exact counts, and the release goes on.
#[tokio::test(flavor = "multi_thread")]
async fn a_lambda_killed_mid_shard_is_retried_dead_lettered_and_redriven_with_exact_counts() {
    let s = AwsStack::scenario("kill", &["--visibility", "3", "--max-receive", "2"]).await;
    let (rel, r) = release("2026-12-04");
    s.upload_example(&rel, |_| false).await;
    let dir = format!("staging/{rel}/foundation/bulk");
    s.blob
        .put(&format!("{dir}/provenance.json"), provenance("bulk"))
        .await
        .unwrap();
    // The 1 s timeout applies only once the small shards are in, and the big shard is alone on
    // its queue until it is dead-lettered: a message that shares its batch (a small shard, the
    // seal) dies with it, and a second dead letter is another scenario.
    s.wait_drained("MHD_INGEST_QUEUE_URL").await;
    set_ingest_timeout(&s, 1);
    // 500,000 records took 10.6 s on this machine: ten times the timeout.
    let n = 500_000;
    let big = format!("{dir}/big.jsonl");
    s.blob.put(&big, chatml(n, "bulk")).await.unwrap();
    let dlq = wait_for(
        "the killed shard's message in the ingest DLQ",
        Duration::from_secs(180),
        || async { Some(dead_letters(&s, "MHD_INGEST_DLQ_URL").await).filter(|b| !b.is_empty()) },
    )
    .await;
    assert_eq!(dlq.len(), 1, "only the big shard is dead-lettered: {dlq:?}");
    assert!(dlq[0].contains("big.jsonl"), "{dlq:?}");
    let log = std::fs::read_to_string(repo_root().join(".local-stack/ministack.log")).unwrap();
    assert!(
        log.contains("Task timed out after 1.00 seconds"),
        "the emulator killed the invocation"
    );

    // ops raise the timeout and the queue's visibility with it; intake closes meanwhile: the
    // release waits for the shard
    set_ingest_timeout(&s, 300);
    AwsStack::stack_py(
        &s.env,
        &[
            "visibility",
            "--queue-url",
            &s.env["MHD_INGEST_QUEUE_URL"],
            "--seconds",
            "300",
        ],
    );
    s.seal(&rel).await;
    s.wait_drained("MHD_INGEST_QUEUE_URL").await;
    s.wait_drained("MHD_RESULTS_QUEUE_URL").await;
    let m = state::get_meta(&s.state, &r).await.unwrap().unwrap();
    assert_eq!(
        m.state,
        State::Sealed,
        "waits for the shard: {:?}",
        m.reasons
    );
    let rows = state::shards(&s.state, &r).await.unwrap();
    assert!(
        !rows.iter().any(|x| x.key == big),
        "a killed attempt records nothing"
    );
    assert!(s.blob.get(&keys::manifest_key(&r)).await.unwrap().is_none());
    let alarm: serde_json::Value = serde_json::from_str(&AwsStack::stack_py(
        &s.env,
        &[
            "dlq-alarm",
            "--env-file",
            s.env_file.as_ref().unwrap().to_str().unwrap(),
            "--queue",
            "MHD_INGEST_DLQ_URL",
        ],
    ))
    .unwrap();
    assert_eq!(alarm["depth"], 1);
    assert!(
        alarm["alarms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["state"] == "ALARM"),
        "{alarm}"
    );

    // ops redrive: the DLQ's message back onto the queue
    redrive(&s, "MHD_INGEST_DLQ_URL", "MHD_INGEST_QUEUE_URL").await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    let rows = state::shards(&s.state, &r).await.unwrap();
    let row = rows.iter().find(|x| x.key == big).expect("recorded");
    let quarantined: u64 = row.quarantined.values().sum();
    assert_eq!(row.records_in, n as u64);
    assert_eq!(row.records_out + quarantined, n as u64, "{row:?}");
    let normalized = s
        .blob
        .get(&keys::normalized_key(&shard_key(&big), &row.read))
        .await
        .unwrap()
        .unwrap();
    let lines = normalized.iter().filter(|&&b| b == b'\n').count() as u64;
    assert_eq!(lines, row.records_out, "no partial or double output");
}

/// The bodies of a DLQ's messages, left visible (received with a visibility timeout of 0).
async fn dead_letters(s: &AwsStack, dlq: &str) -> Vec<String> {
    let got = aws_sdk_sqs::Client::new(&s.cfg)
        .receive_message()
        .queue_url(&s.env[dlq])
        .max_number_of_messages(10)
        .visibility_timeout(0)
        .send()
        .await
        .unwrap();
    got.messages()
        .iter()
        .filter_map(|m| m.body().map(str::to_owned))
        .collect()
}

fn set_ingest_timeout(s: &AwsStack, seconds: u32) {
    AwsStack::stack_py(
        &s.env,
        &[
            "timeout",
            "--function",
            &s.env["MHD_INGEST_FUNCTION"],
            "--seconds",
            &seconds.to_string(),
        ],
    );
}

/// Moves every message of a DLQ back to its queue (what `aws sqs start-message-move-task` does).
async fn redrive(s: &AwsStack, dlq: &str, queue: &str) {
    let sqs = aws_sdk_sqs::Client::new(&s.cfg);
    loop {
        let got = sqs
            .receive_message()
            .queue_url(&s.env[dlq])
            .max_number_of_messages(10)
            .wait_time_seconds(1)
            .send()
            .await
            .unwrap();
        let msgs = got.messages();
        if msgs.is_empty() {
            return;
        }
        for m in msgs {
            sqs.send_message()
                .queue_url(&s.env[queue])
                .message_body(m.body().unwrap())
                .send()
                .await
                .unwrap();
            sqs.delete_message()
                .queue_url(&s.env[dlq])
                .receipt_handle(m.receipt_handle().unwrap())
                .send()
                .await
                .unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn poison_messages_reach_their_dlqs_and_the_release_goes_on() {
    // A message no retry can fix is dead-lettered on its first delivery: with these settings
    // the redrive policy alone would take 5 deliveries x 30 s, past the wait below.
    let s = AwsStack::scenario("poison", &["--visibility", "30", "--max-receive", "5"]).await;
    let sqs = aws_sdk_sqs::Client::new(&s.cfg);
    for q in ["MHD_INGEST_QUEUE_URL", "MHD_RESULTS_QUEUE_URL"] {
        sqs.send_message()
            .queue_url(&s.env[q])
            .message_body("{\"not\": \"an event\"")
            .send()
            .await
            .unwrap();
    }
    for dlq in ["MHD_INGEST_DLQ_URL", "MHD_RESULTS_DLQ_URL"] {
        wait_for(
            &format!("the poison message in {dlq}"),
            Duration::from_secs(60),
            || async { (s.queue_depth(&s.env[dlq]).await == 1).then_some(()) },
        )
        .await;
    }
    // a release dropped beside them is unaffected
    let (rel, r) = release("2026-12-05");
    s.upload_example(&rel, |_| false).await;
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    for dlq in ["MHD_INGEST_DLQ_URL", "MHD_RESULTS_DLQ_URL"] {
        assert_eq!(s.queue_depth(&s.env[dlq]).await, 1, "{dlq}");
    }
}

/// A blob store whose writes stop after `puts` more: a killed worker hangs there for good (its
/// step is dropped, as a timeout kills a Lambda); otherwise the write fails, as a lost
/// connection does.
struct Dying<'a, B> {
    inner: &'a B,
    puts: AtomicUsize,
    killed: bool,
    stuck: tokio::sync::Notify,
}

impl<B: BlobStore> Dying<'_, B> {
    async fn write(&self, key: &str) -> Result<(), StoreError> {
        let left = self.puts.load(Ordering::SeqCst);
        if left == 0 {
            if self.killed {
                self.stuck.notify_one();
                std::future::pending::<()>().await;
            }
            return Err(StoreError::Io {
                op: "put",
                key: key.into(),
                source: std::io::Error::other("the connection dropped here"),
            });
        }
        self.puts.store(left - 1, Ordering::SeqCst);
        Ok(())
    }
}

impl<B: BlobStore> BlobStore for Dying<'_, B> {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.inner.get(key).await
    }
    async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), StoreError> {
        self.write(key).await?;
        self.inner.put(key, bytes).await
    }
    async fn open(&self, key: &str) -> Result<Option<BlobReader>, StoreError> {
        self.inner.open(key).await
    }
    async fn put_file(&self, key: &str, path: &std::path::Path) -> Result<(), StoreError> {
        self.write(key).await?;
        self.inner.put_file(key, path).await
    }
    async fn put_if_absent(&self, key: &str, bytes: Vec<u8>) -> Result<bool, StoreError> {
        self.write(key).await?;
        self.inner.put_if_absent(key, bytes).await
    }
    async fn version(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.version(key).await
    }
    async fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.list(prefix).await
    }
    fn location(&self) -> String {
        self.inner.location()
    }
}

/// The finalizer is killed mid-gating (its lease still held): the next delivery after the lease
/// runs out resumes. It fails mid-assembly with an error: it hands its lease back and the next
/// delivery resumes at once. The release publishes once.
#[tokio::test(flavor = "multi_thread")]
async fn a_finalizer_dying_mid_gating_and_mid_assembly_resumes_and_publishes_once() {
    use mhd_shared::pipeline::driver::advance;
    use mhd_shared::state::machine::LEASE_SECS;
    let s = AwsStack::scenario("finalizer", &[]).await;
    // this scenario is the finalizer: the deployed one stays off its queue
    AwsStack::stack_py(
        &s.env,
        &[
            "esm",
            "--function",
            &s.env["MHD_FINALIZE_FUNCTION"],
            "--enabled",
            "false",
        ],
    );
    let (rel, r) = release("2026-12-06");
    s.upload_example(&rel, |_| false).await;
    s.seal(&rel).await;
    wait_for(
        "four shards and the seal",
        Duration::from_secs(120),
        || async {
            let m = state::get_meta(&s.state, &r).await.unwrap()?;
            let rows = state::shards(&s.state, &r).await.unwrap();
            (m.state == State::Sealed && rows.len() == 4).then_some(())
        },
    )
    .await;
    // and every reread a sidecar queued behind its shard has landed
    s.wait_drained("MHD_INGEST_QUEUE_URL").await;
    let policy = Policy::release_0();
    let now = mhd_shared::pipeline::now();
    let dying = |puts, killed| Dying {
        inner: &s.blob,
        puts: AtomicUsize::new(puts),
        killed,
        stuck: tokio::sync::Notify::new(),
    };
    // killed after two reports are written
    let d = dying(2, true);
    tokio::select! {
        _ = advance(&d, &s.state, &policy, &r, "worker-a", || now) => panic!("not killed"),
        _ = d.stuck.notified() => {}
    }
    let m = state::get_meta(&s.state, &r).await.unwrap().unwrap();
    assert_eq!(m.state, State::Gating);
    assert_eq!(m.lease.map(|l| l.owner).as_deref(), Some("worker-a"));
    // another delivery while the lease holds changes nothing
    let idle = advance(&s.blob, &s.state, &policy, &r, "worker-b", || now + 60)
        .await
        .unwrap();
    assert_eq!(idle.meta.unwrap().state, State::Gating);
    let later = now + LEASE_SECS + 1;
    let adv = advance(&s.blob, &s.state, &policy, &r, "worker-b", || later)
        .await
        .unwrap();
    let m = adv.meta.unwrap();
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);

    sign_all(&s.blob, &m, "2026-12-06T12:00:00Z", |_| {}).await;
    wait_for(
        "the signoffs recorded",
        Duration::from_secs(120),
        || async {
            let rows = state::signoffs(&s.state, &r).await.unwrap();
            (rows.len() == m.required_signoffs.len()).then_some(())
        },
    )
    .await;
    // fails in assembly, after some of the release's files are written
    let t = later + 10;
    let e = advance(&dying(5, false), &s.state, &policy, &r, "worker-c", || t).await;
    assert!(e.is_err(), "the write failed");
    let m = state::get_meta(&s.state, &r).await.unwrap().unwrap();
    assert_eq!(m.state, State::Assembling);
    assert_eq!(m.lease, None, "handed back");
    assert!(
        !s.blob
            .list(&keys::release_prefix(&r))
            .await
            .unwrap()
            .is_empty()
    );
    assert!(s.blob.get(&keys::manifest_key(&r)).await.unwrap().is_none());
    let t2 = t + 5;
    let adv = advance(&s.blob, &s.state, &policy, &r, "worker-d", || t2)
        .await
        .unwrap();
    assert_eq!(adv.meta.unwrap().state, State::Published);
    let first = s.blob.get(&keys::manifest_key(&r)).await.unwrap().unwrap();
    // a late duplicate delivery publishes nothing twice
    advance(&s.blob, &s.state, &policy, &r, "worker-e", || t2 + 5)
        .await
        .unwrap();
    assert_eq!(
        s.blob.get(&keys::manifest_key(&r)).await.unwrap().unwrap(),
        first
    );
    mhd_shared::smoke::smoke(&s.blob, &r)
        .await
        .expect("every file the manifest lists is the one written");
}

#[tokio::test(flavor = "multi_thread")]
async fn unicode_keys_are_processed_and_an_overlong_one_is_rejected_by_name() {
    let s = AwsStack::scenario("keys", &[]).await;
    let (rel, r) = release("2026-12-07");
    s.upload_example(&rel, |_| false).await;
    let unicode = format!("staging/{rel}/foundation/peer_alpaca/séance notes 日本+1.jsonl");
    s.blob.put(&unicode, chatml(3, "unicode")).await.unwrap();
    let long = format!(
        "staging/{rel}/foundation/peer_alpaca/{}.jsonl",
        "n".repeat(230)
    );
    s.blob.put(&long, chatml(2, "long")).await.unwrap();
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::Failed);
    assert!(
        m.reasons
            .iter()
            .any(|x| x.contains("name_too_long") || x.contains("rename it")),
        "{:?}",
        m.reasons
    );
    let rows = state::shards(&s.state, &r).await.unwrap();
    let row = rows.iter().find(|x| x.key == unicode).expect("unicode key");
    assert_eq!((row.records_in, row.records_out), (3, 3));
    assert!(!rows.iter().any(|x| x.key == long));
}

#[tokio::test(flavor = "multi_thread")]
async fn binary_junk_is_quarantined_and_fails_its_source() {
    let s = AwsStack::scenario("junk", &[]).await;
    let (rel, r) = release("2026-12-08");
    s.upload_example(&rel, |_| false).await;
    let dir = format!("staging/{rel}/foundation/junk");
    s.blob
        .put(&format!("{dir}/provenance.json"), provenance("junk"))
        .await
        .unwrap();
    // deterministic bytes that are neither UTF-8 nor JSON, with line breaks among them
    let junk: Vec<u8> = (0u32..20_000)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    s.blob
        .put(&format!("{dir}/noise.jsonl"), junk.clone())
        .await
        .unwrap();
    s.blob
        .put(&format!("{dir}/noise.jsonl.gz"), junk)
        .await
        .unwrap();
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::Failed);
    let reasons = m.reasons.join("\n");
    assert!(
        reasons.contains("foundation/junk") && reasons.contains("max_quarantined_share"),
        "{reasons}"
    );
    assert!(reasons.contains("noise.jsonl.gz failed"), "{reasons}");
    let rows = state::shards(&s.state, &r).await.unwrap();
    let plain = rows
        .iter()
        .find(|x| x.key.ends_with("noise.jsonl"))
        .unwrap();
    assert!(plain.records_in > 0 && plain.records_out == 0, "{plain:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_signoff_uploaded_by_a_principal_outside_the_allowlist_does_not_count() {
    let policy = mhd_shared::policy::RELEASE_0.replace(
        "rubric = [\"clinical_safety\"",
        "principals = [\"arn:aws:iam::000000000000:user/clinical-lead\"]\nrubric = [\"clinical_safety\"",
    );
    assert!(policy.contains("clinical-lead"));
    Policy::from_toml(&policy).unwrap();
    let dir = repo_root().join("target/scenario-stacks");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("allowlist.toml");
    std::fs::write(&file, &policy).unwrap();
    let s = AwsStack::scenario("principal", &["--policy", file.to_str().unwrap()]).await;
    let (rel, r) = release("2026-12-09");
    s.upload_example(&rel, |_| false).await;
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    // uploaded through S3: the event names the uploader (the emulator's is "EXAMPLE")
    sign_all(&s.blob, &m, "2026-12-09T12:00:00Z", |_| {}).await;
    // judged with the uploader the event named (the finalizer re-checks when intake reports)
    let rows = wait_for("the signoffs judged", Duration::from_secs(120), || async {
        let rows = state::signoffs(&s.state, &r).await.unwrap();
        (rows.len() == m.required_signoffs.len()
            && rows.iter().all(|x| {
                x.status != mhd_shared::state::SignoffStatus::Received && x.principal.is_some()
            }))
        .then_some(rows)
    })
    .await;
    assert!(
        rows.iter()
            .filter(|x| x.kind != "clinician_qa")
            .all(|x| x.status == mhd_shared::state::SignoffStatus::Approved),
        "{rows:?}"
    );
    let qa: Vec<_> = rows.iter().filter(|x| x.kind == "clinician_qa").collect();
    assert!(!qa.is_empty());
    for x in qa {
        assert_eq!(x.principal.as_deref(), Some("EXAMPLE"));
        assert_eq!(x.status, mhd_shared::state::SignoffStatus::Invalid, "{x:?}");
        assert!(
            x.reasons
                .iter()
                .any(|y| y.contains("not in the policy's allowlist")),
            "{x:?}"
        );
    }
    let m = state::get_meta(&s.state, &r).await.unwrap().unwrap();
    assert_eq!(m.state, State::AwaitingSignoff);
    assert!(s.blob.get(&keys::manifest_key(&r)).await.unwrap().is_none());
}

/// N releases x M shards dropped at once: every shard is recorded exactly once with exact
/// counts and every release reaches its signoffs. Prints the figures RELIABILITY.md records.
#[tokio::test(flavor = "multi_thread")]
async fn a_load_run_processes_every_shard_exactly_once() {
    let long = std::env::var("MHD_LONG_SCENARIOS").is_ok_and(|v| v == "1");
    let (n, m, per) = if long { (8, 25, 400) } else { (3, 6, 50) };
    let s = AwsStack::scenario("load", &["--visibility", "30"]).await;
    let log_before = std::fs::metadata(repo_root().join(".local-stack/ministack.log"))
        .map(|x| x.len())
        .unwrap_or(0);
    let start = Instant::now();
    let releases: Vec<(String, ReleaseId)> = (0..n).map(|_| release("2026-12-10")).collect();
    let uploads = releases.iter().map(|(rel, _)| {
        let s = &s;
        async move {
            s.upload_example(rel, |_| false).await;
            let dir = format!("staging/{rel}/foundation/load");
            s.blob
                .put(&format!("{dir}/provenance.json"), provenance("load"))
                .await
                .unwrap();
            for k in 0..m {
                s.blob
                    .put(
                        &format!("{dir}/part-{k:05}.jsonl"),
                        chatml(per, &format!("{rel} shard {k}")),
                    )
                    .await
                    .unwrap();
            }
            s.seal(rel).await;
        }
    });
    futures_util::future::join_all(uploads).await;
    for (_, r) in &releases {
        let meta = s.wait_state(r, DONE).await;
        assert_eq!(
            meta.state,
            State::AwaitingSignoff,
            "{r}: {:?}",
            meta.reasons
        );
        let rows = state::shards(&s.state, r).await.unwrap();
        assert_eq!(rows.len(), m + 4, "{r}");
        for row in rows.iter().filter(|x| x.key.contains("/load/")) {
            assert_eq!(
                (row.records_in, row.records_out, row.generation),
                (per as u64, per as u64, 0),
                "{row:?}"
            );
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let log = std::fs::read(repo_root().join(".local-stack/ministack.log")).unwrap_or_default();
    let tail = String::from_utf8_lossy(&log[(log_before as usize).min(log.len())..]);
    let retries = tail
        .lines()
        .filter(|l| l.contains("ESM") && l.contains(&s.env["MHD_STACK"]) && l.contains("WARNING"))
        .count();
    println!(
        "LOAD releases={n} shards_per_release={} records_per_load_shard={per} seconds={secs:.1} failed_invocations={retries}",
        m + 4
    );
    for dlq in ["MHD_INGEST_DLQ_URL", "MHD_RESULTS_DLQ_URL"] {
        assert_eq!(s.queue_depth(&s.env[dlq]).await, 0, "{dlq}");
    }
}

/// Real datasets as their owners publish them, each with a `format` mapping, through the real
/// Lambdas: every conversation of every mapped source is normalized, and a file its mapping does
/// not fit fails its source by name (tests/intake.rs does the same on the embedded driver).
#[tokio::test(flavor = "multi_thread")]
async fn owner_datasets_are_normalized_and_a_misfit_fails_by_name() {
    let s = AwsStack::scenario("intake", &[]).await;
    let (rel, r) = release("2026-12-11");
    let dir = tempfile::tempdir().unwrap();
    let expect: serde_json::Value = serde_json::from_slice(&run_test_script(
        "tests/intake/owner_drop.py",
        &[dir.path().as_os_str(), rel.as_ref(), "--broken".as_ref()],
    ))
    .unwrap();
    s.upload_example(&rel, |_| false).await;
    for (key, bytes) in files(dir.path()) {
        s.blob.put(&key, bytes).await.unwrap();
    }
    s.seal(&rel).await;
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::Failed);
    assert!(
        m.reasons.iter().any(|x| x.contains("foundation/broken_map")
            && x.contains("qa.csv failed: mapping_mismatch: line 1: field `answer_text`")),
        "{:?}",
        m.reasons
    );
    // a failed source fails the release at once; the other shards are still recorded after it
    s.wait_drained("MHD_INGEST_QUEUE_URL").await;
    s.wait_drained("MHD_RESULTS_QUEUE_URL").await;
    let rows = state::shards(&s.state, &r).await.unwrap();
    for (name, n) in expect["records"].as_object().unwrap() {
        let n = n.as_u64().unwrap();
        let (ins, outs): (u64, u64) = rows
            .iter()
            .filter(|x| format!("{}/{}", x.family, x.source) == *name)
            .map(|x| (x.records_in, x.records_out))
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        assert_eq!((ins, outs), (n, n), "{name}");
    }
}

/// A source's sidecar uploaded after its data (as `aws s3 sync` may): the shard first read
/// without the sidecar's role map is read again under it, and a seal queued right behind the
/// sidecar waits for that re-read instead of gating (or failing) on the stale read.
#[tokio::test(flavor = "multi_thread")]
async fn a_sidecar_uploaded_after_its_data_has_the_source_read_again() {
    let s = AwsStack::scenario("sidecar", &[]).await;
    let (rel, r) = release("2026-12-12");
    s.upload_example(&rel, |_| false).await;
    let dir = format!("staging/{rel}/foundation/late_sidecar");
    let n = 20;
    // ShareGPT with the owner's own label for the helper: only the sidecar's role map reads it
    let data = String::from_utf8(chatml(n, "late"))
        .unwrap()
        .replace("{\"messages\":", "{\"conversations\":")
        .replace("\"role\":\"user\"", "\"from\":\"human\"")
        .replace("\"role\":\"assistant\"", "\"from\":\"supporter\"")
        .replace("\"content\":", "\"value\":");
    let key = format!("{dir}/part.jsonl");
    s.blob.put(&key, data.into_bytes()).await.unwrap();
    let row = wait_for(
        "the shard read without its sidecar",
        Duration::from_secs(120),
        || async {
            let rows = state::shards(&s.state, &r).await.unwrap();
            rows.into_iter().find(|x| x.key == key)
        },
    )
    .await;
    assert_eq!((row.records_in, row.records_out), (n as u64, 0), "{row:?}");
    assert_eq!(row.sidecar, state::SidecarRead::Absent);

    // the sidecar and the seal land together, while ingest is paused
    let esm = |on: &str| {
        AwsStack::stack_py(
            &s.env,
            &[
                "esm",
                "--function",
                &s.env["MHD_INGEST_FUNCTION"],
                "--enabled",
                on,
            ],
        );
    };
    esm("false");
    let mut sidecar: serde_json::Value = serde_json::from_slice(&provenance("late")).unwrap();
    sidecar["role_map"] = serde_json::json!({"supporter": "assistant"});
    s.blob
        .put(
            &format!("{dir}/provenance.json"),
            serde_json::to_vec(&sidecar).unwrap(),
        )
        .await
        .unwrap();
    s.seal(&rel).await;
    esm("true");
    let m = s.wait_state(&r, DONE).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    let rows = state::shards(&s.state, &r).await.unwrap();
    let row = rows.iter().find(|x| x.key == key).expect("recorded");
    assert_eq!(
        (row.records_in, row.records_out),
        (n as u64, n as u64),
        "{row:?}"
    );
    assert!(
        matches!(row.sidecar, state::SidecarRead::Version(_)),
        "read under the sidecar"
    );
}
