//! Against the AWS emulator (started by `scripts/local-stack up`): the deployed template, the
//! real Lambda binaries, and the handlers over the wire. No mocks of S3, SQS or DynamoDB.

use mhd_ingest::{Handled, Ingest};
use mhd_shared::keys;
use mhd_shared::model::ReleaseId;
use mhd_shared::policy::Policy;

use mhd_shared::state::{self, State};
use mhd_shared::store::BlobStore;
use mhd_tests::*;

#[tokio::test(flavor = "multi_thread")]
async fn example_drop_publishes_through_the_real_lambdas() {
    let s = AwsStack::local().await;
    let rel = unique_release("2026-11-25");
    let r = ReleaseId::parse(&rel).unwrap();
    s.upload_example(&rel, |_| false).await;
    // Before the seal the release is OPEN and waits for it.
    let open = s.wait_state(&r, &[State::Open]).await;
    let doc = mhd_shared::status::document(&s.state, Some(&s.blob), &open)
        .await
        .unwrap();
    assert_eq!(doc["state"], "OPEN");
    assert!(
        mhd_shared::status::text(&doc).contains("blocked on: the seal"),
        "{doc}"
    );
    s.seal(&rel).await;

    let meta = s
        .wait_state(
            &r,
            &[State::AwaitingSignoff, State::Failed, State::Published],
        )
        .await;
    assert_eq!(
        meta.state,
        State::AwaitingSignoff,
        "reasons: {:?}",
        meta.reasons
    );
    assert_eq!(meta.expected_shards.len(), 4);
    assert_eq!(meta.required_signoffs.len(), 3);
    assert!(
        s.blob.get(&keys::manifest_key(&r)).await.unwrap().is_none(),
        "no manifest before signoffs"
    );
    // What ops see in DynamoDB while the release waits for reviewers.
    let doc = mhd_shared::status::document(&s.state, Some(&s.blob), &meta)
        .await
        .unwrap();
    assert_eq!(doc["state"], "AWAITING_SIGNOFF");
    assert_eq!(doc["shards"]["reported"], 4);
    assert_eq!(doc["sources"].as_array().unwrap().len(), 4, "{doc}");
    assert!(
        doc["sources"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["provenance"] == "ok")
    );
    assert!(
        doc["signoffs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["status"] == "missing")
            .count()
            >= 1,
        "{doc}"
    );
    let text = mhd_shared::status::text(&doc);
    assert!(
        text.contains("state AWAITING_SIGNOFF") && text.contains("blocked on: signoff"),
        "{text}"
    );
    assert!(
        state::releases(&s.state)
            .await
            .unwrap()
            .iter()
            .any(|m| m.release == r),
        "the release is listed through the releases index"
    );

    // Reviewers sign the packets the system drew.
    sign_all(&s.blob, &meta, "2026-11-25T12:00:00Z", |_| {}).await;
    // Two more finalizers race the deployed one on the same release (over DynamoDB + S3).
    let fin = |w: &'static str| {
        let f = mhd_finalize::Finalizer {
            blob: s.blob.clone(),
            state: s.state.clone(),
            dead_letters: mhd_aws::queue(&s.cfg, s.env["MHD_RESULTS_DLQ_URL"].clone()),
            retry: mhd_aws::retry(&s.cfg, s.env["MHD_RESULTS_QUEUE_URL"].clone()).unwrap(),
            policy: Policy::release_0(),
        };
        let r = r.clone();
        async move { f.release(&r, w).await.map(|a| a.meta.map(|m| m.state)) }
    };
    let (a, b) = tokio::join!(fin("racer-a"), fin("racer-b"));
    a.expect("racer a");
    b.expect("racer b");
    let meta = s.wait_state(&r, &[State::Published, State::Failed]).await;
    assert_eq!(meta.state, State::Published, "reasons: {:?}", meta.reasons);
    let manifest: serde_json::Value =
        serde_json::from_slice(&s.blob.get(&keys::manifest_key(&r)).await.unwrap().unwrap())
            .unwrap();
    let assembling_at = mhd_shared::pipeline::rfc3339(meta.assembling_at.unwrap());
    assert_eq!(
        manifest["created_at"],
        assembling_at.as_str(),
        "the manifest is the one the winning claim wrote"
    );

    let doc = mhd_shared::status::document(&s.state, Some(&s.blob), &meta)
        .await
        .unwrap();
    assert_eq!(
        (doc["state"].as_str(), doc["blocked_on"].as_str()),
        (Some("PUBLISHED"), Some("nothing (published)"))
    );
    assert!(mhd_shared::status::text(&doc).contains("state PUBLISHED"));
    let report = mhd_shared::smoke::smoke(&s.blob, &r)
        .await
        .expect("the published release passes the smoke test");
    assert_eq!(report.records.len(), 3);
    // docs/TRAINING.md's S3 snippet, run as written, reads the same release by its prefix
    // (boto3 only, from the emulator's venv).
    let out = std::process::Command::new(repo_root().join(".venv/bin/python"))
        .arg(repo_root().join("tests/training/run_snippets.py"))
        .arg("s3")
        .envs(s.env.iter().filter(|(k, _)| k.starts_with("AWS_")))
        .env("MHD_BUCKET", &s.env["MHD_BUCKET"])
        .env("MHD_RELEASE", r.as_str())
        .output()
        .expect("the emulator venv has python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let counts: std::collections::BTreeMap<String, u64> =
        serde_json::from_slice(&out.stdout).unwrap();
    let total: u64 = counts.values().sum();
    let expected: u64 = report.records.values().flat_map(|s| s.values()).sum();
    assert_eq!(total, expected, "{counts:?}");
    let signoffs = state::signoffs(&s.state, &r).await.unwrap();
    assert!(
        signoffs
            .iter()
            .all(|x| x.status == mhd_shared::state::SignoffStatus::Approved),
        "{signoffs:?}"
    );
    let gates = state::gates(&s.state, &r).await.unwrap();
    assert!(
        gates
            .iter()
            .all(|g| g.status == mhd_shared::state::GateStatus::Pass)
            && gates.len() == 8,
        "{gates:?}"
    );
    assert_eq!(
        s.queue_depth(&s.env["MHD_INGEST_DLQ_URL"]).await,
        0,
        "nothing in the ingest DLQ"
    );
    assert_eq!(
        s.queue_depth(&s.env["MHD_RESULTS_DLQ_URL"]).await,
        0,
        "nothing in the results DLQ"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_source_without_provenance_fails_closed() {
    let s = AwsStack::local().await;
    let rel = unique_release("2026-11-26");
    let r = ReleaseId::parse(&rel).unwrap();
    s.upload_example(&rel, |k| {
        k.ends_with("voice_persona/coach_csv/provenance.json")
    })
    .await;
    s.seal(&rel).await;
    let meta = s
        .wait_state(
            &r,
            &[State::Failed, State::AwaitingSignoff, State::Published],
        )
        .await;
    assert_eq!(meta.state, State::Failed);
    let doc = mhd_shared::status::document(&s.state, Some(&s.blob), &meta)
        .await
        .unwrap();
    let text = mhd_shared::status::text(&doc);
    assert!(text.contains("state FAILED"), "{text}");
    assert!(
        text.contains("voice_persona/coach_csv provenance fail")
            && text.contains("blocked on: provenance"),
        "{text}"
    );
    assert_eq!(
        doc["blocked_on"]
            .as_str()
            .map(|b| b.contains("provenance.json is missing")),
        Some(true),
        "{doc}"
    );
    assert!(
        meta.reasons
            .iter()
            .any(|x| x.contains("voice_persona/coach_csv")
                && x.contains("provenance.json is missing")),
        "{:?}",
        meta.reasons
    );
    assert!(
        s.blob
            .list(&keys::release_prefix(&r))
            .await
            .unwrap()
            .is_empty(),
        "nothing under releases/"
    );
    let prov = s
        .blob
        .get(&keys::work_report_key(&r, "provenance.json"))
        .await
        .unwrap();
    assert!(prov.is_some(), "the failing report is kept under work/");

    // The data owner adds the sidecar; ops re-open, which re-drives every staged file.
    let sidecar = std::fs::read(example_bucket().join(format!(
        "staging/{EXAMPLE_RELEASE}/voice_persona/coach_csv/provenance.json"
    )))
    .unwrap();
    s.blob
        .put(
            &format!("staging/{rel}/voice_persona/coach_csv/provenance.json"),
            sidecar,
        )
        .await
        .unwrap();
    let (m, n) = mhd_aws::reopen_and_redrive(&s.blob, &s.state, &r, mhd_shared::pipeline::now())
        .await
        .unwrap();
    // four shards and the seal (sidecars are read by the shards, not re-driven)
    assert_eq!((m.state, m.generation, n), (State::Open, 1, 5));
    let meta = s
        .wait_state(&r, &[State::AwaitingSignoff, State::Failed])
        .await;
    assert_eq!(
        (meta.state, meta.generation),
        (State::AwaitingSignoff, 1),
        "{:?}",
        meta.reasons
    );
}

/// A queue of this test's own (`kind` and the release name it), with a visibility timeout if
/// given: its URL.
async fn private_queue(
    sqs: &aws_sdk_sqs::Client,
    kind: &str,
    rel: &str,
    visibility: Option<&str>,
) -> String {
    let mut req = sqs
        .create_queue()
        .queue_name(format!("mhd-test-{kind}-{}", rel.replace('.', "-")));
    if let Some(v) = visibility {
        req = req.attributes(aws_sdk_sqs::types::QueueAttributeName::VisibilityTimeout, v);
    }
    req.send().await.unwrap().queue_url().unwrap().to_string()
}

fn fixture(name: &str, release: &str, bucket: &str) -> aws_lambda_events::event::sqs::SqsEvent {
    let text = std::fs::read_to_string(repo_root().join("events").join(name)).unwrap();
    let text = text
        .replace(EXAMPLE_RELEASE, release)
        .replace("mhd-local-releases", bucket);
    serde_json::from_str(&text).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn ingest_handler_over_the_wire_with_fixture_events() {
    let s = AwsStack::local().await;
    let rel = unique_release("2026-11-27");
    let r = ReleaseId::parse(&rel).unwrap();
    let bucket = s.env["MHD_BUCKET"].clone();
    let sqs = aws_sdk_sqs::Client::new(&s.cfg);
    // A private results queue, so this test reads exactly what the handler sent.
    let queue_url = private_queue(&sqs, "results", &rel, None).await;
    let dlq_url = private_queue(&sqs, "dlq", &rel, None).await;
    let ingest = Ingest {
        blob: mhd_aws::blob_store(&s.cfg, &bucket),
        state: mhd_aws::state_store(&s.cfg, &s.env["MHD_TABLE"]),
        results: mhd_aws::queue(&s.cfg, queue_url.clone()),
        rereads: mhd_aws::queue(&s.cfg, queue_url.clone()),
        retry: mhd_shared::messages::Retry {
            queue: mhd_aws::queue(&s.cfg, queue_url.clone()),
            base_secs: 60,
        },
        dead_letters: mhd_aws::queue(&s.cfg, dlq_url.clone()),
        policy: Policy::release_0(),
    };

    // The object behind the encoded key: a space and a literal '+' in the file name.
    let key = format!("staging/{rel}/foundation/encoded_src/part one+v2.jsonl");
    let body = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"hello\"}]}\n{bad json\n";
    s.blob.put(&key, body.as_bytes().to_vec()).await.unwrap();

    let resp = ingest
        .batch(fixture("sqs-s3-test-event.json", &rel, &bucket))
        .await;
    assert!(resp.batch_item_failures.is_empty());
    let handled = ingest
        .message(
            &fixture("sqs-s3-test-event.json", &rel, &bucket).records[0]
                .body
                .clone()
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(handled, vec![Handled::TestEvent]);

    for _ in 0..2 {
        // Twice: a duplicate delivery changes nothing.
        let resp = ingest
            .batch(fixture("sqs-s3-put-shard-encoded-key.json", &rel, &bucket))
            .await;
        assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    }
    let rows = state::shards(&ingest.state, &r).await.unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].key, key);
    assert_eq!((rows[0].records_in, rows[0].records_out), (2, 1));
    assert_eq!(rows[0].quarantined.get("invalid_json"), Some(&1));
    let meta = state::get_meta(&ingest.state, &r).await.unwrap().unwrap();
    assert_eq!((meta.state, meta.version), (State::Open, 0));

    let msgs = sqs
        .receive_message()
        .queue_url(&queue_url)
        .max_number_of_messages(10)
        .wait_time_seconds(1)
        .send()
        .await
        .unwrap();
    let bodies: Vec<String> = msgs
        .messages()
        .iter()
        .filter_map(|m| m.body().map(str::to_string))
        .collect();
    assert!(
        !bodies.is_empty()
            && bodies
                .iter()
                .all(|b| b.contains("shard_reported") && b.contains(&rel)),
        "{bodies:?}"
    );

    // A reread of a shard read as staged now is skipped; once a sidecar lands it reads it
    // again; a reread of a key that is no shard can never pass
    let reread = format!("{{\"reread\":{}}}", serde_json::json!(key));
    let handled = ingest.message(&reread).await.unwrap();
    assert!(
        matches!(&handled[..], [Handled::Ignored { .. }]),
        "{handled:?}"
    );
    let sidecar = format!("staging/{rel}/foundation/encoded_src/provenance.json");
    s.blob.put(&sidecar, b"{}".to_vec()).await.unwrap();
    let handled = ingest.message(&reread).await.unwrap();
    assert_eq!(
        handled,
        vec![Handled::Shard {
            key: key.clone(),
            recorded: true
        }]
    );
    let rows = state::shards(&ingest.state, &r).await.unwrap();
    assert!(
        matches!(rows[0].sidecar, state::SidecarRead::Version(_)),
        "{rows:?}"
    );
    let e = ingest
        .message(&format!("{{\"reread\":\"staging/{rel}/release.json\"}}"))
        .await
        .unwrap_err();
    assert!(!e.retryable(), "{e}");

    // A key outside the layout is ignored (the seal records it); a non-JSON body can never
    // succeed: it is dead-lettered at once, with the reason, and not retried.
    let bad = fixture("sqs-s3-bad-batch.json", &rel, &bucket);
    let second_body = bad.records[1].body.clone().unwrap();
    let resp = ingest.batch(bad).await;
    assert!(resp.batch_item_failures.is_empty(), "{resp:?}");
    let dead = sqs
        .receive_message()
        .queue_url(&dlq_url)
        .message_attribute_names("All")
        .max_number_of_messages(10)
        .send()
        .await
        .unwrap();
    let dead = dead.messages();
    assert_eq!(dead.len(), 1, "{dead:?}");
    assert_eq!(dead[0].body(), Some(second_body.as_str()));
    let reason = dead[0]
        .message_attributes()
        .and_then(|a| a.get("mhd-reason"))
        .and_then(|v| v.string_value())
        .unwrap_or_default();
    assert!(reason.contains("not an S3 event notification"), "{reason}");
    // the body's own text is not quoted back
    assert!(
        !reason.contains("this is not json") && !reason.contains("\"this"),
        "{reason}"
    );
    sqs.delete_queue().queue_url(&dlq_url).send().await.unwrap();

    sqs.delete_queue()
        .queue_url(&queue_url)
        .send()
        .await
        .unwrap();
}

/// Identifiers in record text, record fields and a file name, through the real Lambdas: none of
/// them may reach the emulator's logs (the Lambdas' stdout and EMF metrics included), the table
/// items or any object the pipeline writes.
#[tokio::test(flavor = "multi_thread")]
async fn canaries_never_reach_logs_table_items_or_written_objects() {
    const CANARIES: &[&str] = &[
        "Quorbin Veltmaster",
        "qv.canary4417@example.net",
        "(628) 555-0143",
        "field.canary6630@example.org",
        "(415) 555-0177",
        "emul.canary2291@example.org",
    ];
    let s = AwsStack::local().await;
    let rel = unique_release("2026-11-28");
    let r = ReleaseId::parse(&rel).unwrap();
    let dir = format!("staging/{rel}/foundation/canary_src");
    s.blob
        .put(
            &format!("{dir}/provenance.json"),
            br#"{"source_name":"canary_src","license":"CC-BY-4.0","data_owner":"mhd tests",
                "collection_method":"synthetic canaries","consent_basis":"synthetic",
                "acquired_date":"2026-11-28","upstream_url":"https://example.org/canary"}"#
                .to_vec(),
        )
        .await
        .unwrap();
    let record = serde_json::json!({
        "id": "field.canary6630@example.org",
        "group": "(415) 555-0177",
        "messages": [
            {"role": "user", "content": "Hi, I'm Quorbin Veltmaster, write to qv.canary4417@example.net or call (628) 555-0143."},
            {"role": "assistant", "content": "Thank you for reaching out."}
        ]
    });
    s.blob
        .put(
            &format!("{dir}/part-0.jsonl"),
            format!("{record}\n").into_bytes(),
        )
        .await
        .unwrap();
    // a file whose name is an identifier: rejected at the seal, never named
    s.blob
        .put(
            &format!("{dir}/emul.canary2291@example.org.jsonl"),
            format!("{record}\n").into_bytes(),
        )
        .await
        .unwrap();
    s.seal(&rel).await;
    let meta = s
        .wait_state(
            &r,
            &[State::Failed, State::AwaitingSignoff, State::Published],
        )
        .await;
    assert_eq!(
        meta.state,
        State::Failed,
        "the rejected file fails provenance"
    );
    // what was written: every object of the release outside staging/
    let mut written = String::new();
    for prefix in [
        format!("work/{rel}/"),
        format!("review/{rel}/"),
        format!("releases/{rel}/"),
    ] {
        for key in s.blob.list(&prefix).await.unwrap() {
            written.push_str(&key);
            written.push_str(&String::from_utf8_lossy(
                &s.blob.get(&key).await.unwrap().unwrap(),
            ));
        }
    }
    assert!(
        written.contains("h:"),
        "the fields shipped hashed into work/"
    );
    // every table item of the release, as DynamoDB holds it
    let ddb = aws_sdk_dynamodb::Client::new(&s.cfg);
    let items = ddb
        .query()
        .table_name(&s.env["MHD_TABLE"])
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(
            ":pk",
            aws_sdk_dynamodb::types::AttributeValue::S(format!("RELEASE#{rel}")),
        )
        .send()
        .await
        .unwrap();
    let table = format!("{:?}", items.items());
    assert!(
        table.contains("name withheld"),
        "the rejection is recorded without the name: {table}"
    );
    let logs =
        std::fs::read_to_string(repo_root().join(".local-stack/ministack.log")).unwrap_or_default();
    assert!(
        logs.contains(&rel),
        "the emulator log holds this run's Lambda output"
    );
    for c in CANARIES {
        assert!(!written.contains(c), "canary {c:?} in a written object");
        assert!(!table.contains(c), "canary {c:?} in a table item");
        assert!(!logs.contains(c), "canary {c:?} in the logs");
    }
}

/// A results message whose failure may pass (the table unreachable) comes back after its
/// backoff, not after the queue's 5,400 s visibility timeout; the next failure waits four times
/// longer.
#[tokio::test(flavor = "multi_thread")]
async fn a_failed_results_message_comes_back_after_its_backoff() {
    use aws_sdk_sqs::types::MessageSystemAttributeName as Attr;
    let s = AwsStack::local().await;
    let rel = unique_release("2026-12-07");
    let sqs = aws_sdk_sqs::Client::new(&s.cfg);
    let url = private_queue(&sqs, "retry", &rel, Some("5400")).await;
    let body = format!(r#"{{"type":"sealed","release":"{rel}"}}"#);
    sqs.send_message()
        .queue_url(&url)
        .message_body(&body)
        .send()
        .await
        .unwrap();
    // a table no one answers for: every read fails with an error that may pass
    let nowhere = aws_sdk_dynamodb::config::Builder::from(&s.cfg)
        .endpoint_url("http://127.0.0.1:9")
        .build();
    let fin = mhd_finalize::Finalizer {
        blob: s.blob.clone(),
        state: mhd_aws::DynamoStateStore::new(
            aws_sdk_dynamodb::Client::from_conf(nowhere),
            &s.env["MHD_TABLE"],
        ),
        dead_letters: mhd_aws::queue(&s.cfg, s.env["MHD_RESULTS_DLQ_URL"].clone()),
        retry: mhd_shared::messages::Retry {
            queue: mhd_aws::queue(&s.cfg, url.clone()),
            base_secs: 2,
        },
        policy: Policy::release_0(),
    };
    let receive = |wait: i32| {
        let (sqs, url) = (sqs.clone(), url.clone());
        async move {
            let out = sqs
                .receive_message()
                .queue_url(&url)
                .message_system_attribute_names(Attr::ApproximateReceiveCount)
                .wait_time_seconds(wait)
                .send()
                .await
                .unwrap();
            out.messages().first().map(|m| {
                let mut e = aws_lambda_events::event::sqs::SqsMessage::default();
                e.message_id = m.message_id().map(Into::into);
                e.receipt_handle = m.receipt_handle().map(Into::into);
                e.body = m.body().map(Into::into);
                for (k, v) in m.attributes().into_iter().flatten() {
                    e.attributes.insert(k.as_str().into(), v.clone());
                }
                e
            })
        }
    };
    let mut waits = Vec::new();
    let mut m = receive(5).await.expect("the message is delivered");
    for round in 1..=2 {
        assert_eq!(m.attributes["ApproximateReceiveCount"], round.to_string());
        let id = m.message_id.clone().unwrap();
        let mut ev = aws_lambda_events::event::sqs::SqsEvent::default();
        ev.records.push(m);
        let resp = fin.batch(ev, "worker-retry").await;
        let failed: Vec<_> = resp
            .batch_item_failures
            .iter()
            .map(|f| f.item_identifier.clone())
            .collect();
        assert_eq!(failed, [id], "reported back, not dead-lettered");
        let t = std::time::Instant::now();
        // (the receive that sees it again is its next delivery)
        m = wait_for(
            "the message back",
            std::time::Duration::from_secs(60),
            || receive(1),
        )
        .await;
        waits.push(t.elapsed().as_secs_f64());
    }
    // 2 s, then 8 s (within the emulator's timing; the queue's own timeout is 5,400 s)
    assert!(waits[0] < 30.0 && waits[1] < 60.0, "{waits:?}");
    assert!(
        waits[1] > waits[0] + 2.0,
        "the second wait is longer: {waits:?}"
    );
}
