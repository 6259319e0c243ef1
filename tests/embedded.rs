//! The embedded driver end to end over local directories: determinism, signoff semantics,
//! concurrent finalizers, and no content in reports.

use mhd_shared::keys;
use mhd_shared::model::ReleaseId;
use mhd_shared::pipeline::{driver, embedded};
use mhd_shared::policy::Policy;
use mhd_shared::review::{self, Exception};
use mhd_shared::state::{self, LocalStateStore, State};
use mhd_shared::store::{BlobStore, LocalBlobStore};
use mhd_tests::*;
use std::path::Path;

fn rel() -> ReleaseId {
    ReleaseId::parse(EXAMPLE_RELEASE).unwrap()
}

async fn run(dir: &Path, st: &LocalStateStore) -> state::Meta {
    let blob = LocalBlobStore::new(dir);
    let (_, adv) = embedded::run(&blob, st, &Policy::release_0(), &rel(), 2, &mut |_, _| {})
        .await
        .unwrap();
    adv.meta.unwrap()
}

/// Sign every required packet; `edit` may change a signoff before it is written.
async fn sign(dir: &Path, meta: &state::Meta, edit: impl Fn(&mut review::Signoff)) {
    sign_all(
        &LocalBlobStore::new(dir),
        meta,
        "2026-11-25T12:00:00Z",
        edit,
    )
    .await;
}

async fn publish(dir: &Path) -> state::Meta {
    copy_example(dir, EXAMPLE_RELEASE);
    let st = LocalStateStore::in_memory();
    let m = run(dir, &st).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    sign(dir, &m, |_| {}).await;
    let m = run(dir, &st).await;
    assert_eq!(m.state, State::Published, "{:?}", m.reasons);
    m
}

/// Every release file byte for byte, except the manifest's creation time.
fn assert_same_release(a: &Path, b: &Path) {
    let fa = files(&a.join("releases"));
    let fb = files(&b.join("releases"));
    assert_eq!(
        fa.iter().map(|f| &f.0).collect::<Vec<_>>(),
        fb.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((key, x), (_, y)) in fa.iter().zip(&fb) {
        if key.ends_with("manifest.json") {
            // The manifest's creation time is the only byte that may differ between runs.
            let strip = |b: &[u8]| {
                String::from_utf8_lossy(b)
                    .lines()
                    .filter(|l| !l.contains("\"created_at\""))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert_eq!(strip(x), strip(y), "{key} differs beyond created_at");
        } else {
            assert_eq!(x, y, "{key} differs");
        }
    }
    assert!(fa.iter().any(|f| f.0.ends_with("manifest.json")));
}

/// Every file of a published bucket's releases, as `sha256  key` lines; the manifest without
/// its creation time (the one byte a run's clock decides).
fn release_digest(dir: &Path) -> String {
    files(&dir.join("releases"))
        .into_iter()
        .map(|(key, bytes)| {
            let bytes = if key.ends_with("manifest.json") {
                String::from_utf8_lossy(&bytes)
                    .lines()
                    .filter(|l| !l.contains("\"created_at\""))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes()
            } else {
                bytes
            };
            format!("{}  {key}\n", mhd_shared::fingerprint::sha256_hex(&bytes))
        })
        .collect()
}

/// The example's release, byte for byte, as the code published it before the restructuring of
/// issue 20 (the golden file was written by commit 1ffa62d; rewritten when the detector became
/// `mhd-pii/5` and again `mhd-pii/6`, which changed the version the manifest, the README,
/// croissant.json and the privacy report name, and no record of the export). A deliberate change to what a
/// release holds regenerates it: `MHD_WRITE_GOLDEN=1 cargo test -p mhd-tests --test embedded
/// the_example_publishes` — and the diff of the golden file shows what changed.
#[tokio::test]
async fn the_example_publishes_the_bytes_it_published_before_the_restructuring() {
    let d = tempfile::tempdir().unwrap();
    publish(d.path()).await;
    let got = release_digest(d.path());
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden/example-release.sha256");
    if std::env::var_os("MHD_WRITE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).expect("tests/golden/example-release.sha256");
    assert_eq!(
        got, want,
        "the example's release changed (see the doc comment)"
    );
}

#[tokio::test]
async fn two_runs_publish_byte_identical_releases() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    publish(a.path()).await;
    publish(b.path()).await;
    assert_same_release(a.path(), b.path());
}

/// Gated and signed, then `prepare` changes the bucket before the publishing run.
async fn publish_after(dir: &Path, prepare: impl Fn(&Path)) {
    copy_example(dir, EXAMPLE_RELEASE);
    let st = LocalStateStore::in_memory();
    let m = run(dir, &st).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    sign(dir, &m, |_| {}).await;
    prepare(dir);
    let m = run(dir, &st).await;
    assert_eq!(m.state, State::Published, "{:?}", m.reasons);
}

#[tokio::test]
async fn assembly_ships_what_gating_judged_and_a_recomputation_gives_the_same_bytes() {
    let work = |d: &Path| d.join("work").join(EXAMPLE_RELEASE);
    // Handed off: assembly must not plan again — with the fingerprints gone, planning could not.
    let handed = tempfile::tempdir().unwrap();
    publish_after(handed.path(), |d| {
        let mut gone = 0;
        for (key, _) in files(&work(d)) {
            if key.ends_with(".minhash.bin") {
                std::fs::write(work(d).join(&key), b"").unwrap();
                gone += 1;
            }
        }
        assert!(gone > 2, "every shard has fingerprints");
    })
    .await;
    // No hand-off: everything recomputed from the work files.
    let recomputed = tempfile::tempdir().unwrap();
    publish_after(recomputed.path(), |d| {
        std::fs::remove_file(work(d).join("gated.json")).unwrap();
    })
    .await;
    assert_same_release(handed.path(), recomputed.path());
    // A report edited after gating: its bytes no longer match the hand-off, so assembly
    // recomputes rather than copy it.
    let edited = tempfile::tempdir().unwrap();
    publish_after(edited.path(), |d| {
        let report = work(d).join("reports/dedup.json");
        let mut b = std::fs::read(&report).unwrap();
        b.extend_from_slice(b" ");
        std::fs::write(report, b).unwrap();
    })
    .await;
    assert_same_release(handed.path(), edited.path());
}

#[tokio::test]
async fn shards_processed_in_another_order_publish_the_same_bytes() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    publish(a.path()).await;
    // As Lambdas may: every shard of the drop processed in reverse order before the run.
    copy_example(b.path(), EXAMPLE_RELEASE);
    let blob = LocalBlobStore::new(b.path());
    let st = LocalStateStore::in_memory();
    let policy = Policy::release_0();
    let mut shards: Vec<_> = blob
        .list(&keys::staging_prefix(&rel()))
        .await
        .unwrap()
        .iter()
        .filter_map(|k| match keys::classify(k) {
            Ok(keys::BucketKey::Shard(s)) => Some(s),
            _ => None,
        })
        .collect();
    assert!(shards.len() > 2);
    shards.reverse();
    for s in &shards {
        mhd_shared::pipeline::shard::process(&blob, &st, &policy, s, 0)
            .await
            .unwrap();
    }
    let m = run(b.path(), &st).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    sign(b.path(), &m, |_| {}).await;
    let m = run(b.path(), &st).await;
    assert_eq!(m.state, State::Published, "{:?}", m.reasons);
    assert_same_release(a.path(), b.path());
}

#[tokio::test]
async fn remove_exceptions_take_records_out_and_reject_blocks() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    let blob = LocalBlobStore::new(dir.path());
    let fq = m
        .required_signoffs
        .iter()
        .find(|r| r.kind == "clinician_qa" && r.family == "foundation")
        .unwrap();
    let packet = blob.get(&fq.packet.key).await.unwrap().unwrap();
    let victim = review::packet_ids(&packet).into_iter().next().unwrap();
    let v = victim.clone();
    sign(dir.path(), &m, move |s| {
        if s.kind == "clinician_qa" && s.family == "foundation" {
            s.exceptions.push(Exception {
                record_id: v.clone(),
                issue: "unsafe".into(),
                action: "remove".into(),
            });
        }
    })
    .await;
    assert_eq!(run(dir.path(), &st).await.state, State::Published);
    let exported: String = files(&dir.path().join("releases"))
        .into_iter()
        .filter(|(k, _)| k.contains("/export/"))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect();
    assert!(
        !exported.contains(&victim),
        "removed record is not exported"
    );
    let notes = std::fs::read_to_string(
        dir.path()
            .join(format!("releases/{EXAMPLE_RELEASE}/RELEASE_NOTES.md")),
    )
    .unwrap();
    assert!(
        notes.contains("removed by reviewers' exceptions: 1"),
        "{notes}"
    );

    // A reject fails the release and publishes nothing.
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    sign(dir.path(), &m, |s| s.decision = "reject".into()).await;
    let m = run(dir.path(), &st).await;
    assert_eq!(m.state, State::Failed);
    assert!(
        m.reasons.iter().any(|r| r.contains("rejected the release")),
        "{:?}",
        m.reasons
    );
    assert!(!dir.path().join("releases").exists());
}

#[tokio::test]
async fn an_invalid_signoff_waits_and_a_fixed_one_publishes() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    sign(dir.path(), &m, |s| s.reviewers[0].role = "intern".into()).await;
    let waiting = run(dir.path(), &st).await;
    assert_eq!(waiting.state, State::AwaitingSignoff);
    assert!(
        waiting
            .reasons
            .iter()
            .any(|r| r.contains("invalid") && r.contains("intern")),
        "{:?}",
        waiting.reasons
    );
    let rows = state::signoffs(&st, &rel()).await.unwrap();
    assert!(
        rows.iter()
            .all(|r| r.status == mhd_shared::state::SignoffStatus::Invalid),
        "{rows:?}"
    );
    sign(dir.path(), &m, |_| {}).await;
    assert_eq!(run(dir.path(), &st).await.state, State::Published);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn racing_finalizers_publish_once() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    sign(dir.path(), &m, |_| {}).await;
    let blob = LocalBlobStore::new(dir.path());
    let policy = Policy::release_0();
    let r = rel();
    let (a, b) = tokio::join!(
        driver::advance(
            &blob,
            &st,
            &policy,
            &r,
            "worker-a",
            mhd_shared::pipeline::now
        ),
        driver::advance(
            &blob,
            &st,
            &policy,
            &r,
            "worker-b",
            mhd_shared::pipeline::now
        ),
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let fin = state::get_meta(&st, &r).await.unwrap().unwrap();
    assert_eq!(fin.state, State::Published);
    // AWAITING_SIGNOFF -> ASSEMBLING -> PUBLISHED: exactly two more writes, whoever won.
    assert_eq!(fin.version, m.version + 2, "a: {a:?} b: {b:?}");
}

#[tokio::test]
async fn reports_and_logs_hold_no_record_content() {
    let dir = tempfile::tempdir().unwrap();
    publish(dir.path()).await;
    // Phrases that appear only inside conversations in the example drop.
    let canaries = [
        "I've been feeling",
        "grounding exercise",
        "truncated record",
        "no reply was recorded",
        "Je me sens",
    ];
    let mut checked = 0;
    for (key, bytes) in files(dir.path()) {
        let is_content = key.starts_with("staging/")
            || key.contains("/export/")
            || key.starts_with("review/")
            || key.ends_with(".records.jsonl")
            || key.contains("/quarantine/");
        if is_content {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        for c in canaries {
            assert!(!text.contains(c), "{key} contains record content ({c:?})");
        }
        checked += 1;
    }
    assert!(checked > 10, "checked {checked} files");
}

#[tokio::test]
async fn provenance_shard_hashes_are_verified_while_streaming() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let src = dir
        .path()
        .join(format!("staging/{EXAMPLE_RELEASE}/foundation/peer_alpaca"));
    let good =
        mhd_shared::fingerprint::sha256_hex(&std::fs::read(src.join("train.jsonl")).unwrap());
    let mut prov: serde_json::Value =
        serde_json::from_slice(&std::fs::read(src.join("provenance.json")).unwrap()).unwrap();
    prov["shards"] = serde_json::json!([{"file": "train.jsonl", "sha256": good}, {"file": "more.jsonl", "sha256": "00"}]);
    std::fs::write(
        src.join("provenance.json"),
        serde_json::to_vec(&prov).unwrap(),
    )
    .unwrap();
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_eq!(m.state, State::Failed);
    assert!(
        m.reasons.iter().any(|r| r.contains(
            "peer_alpaca: shard `more.jsonl` is listed in provenance.json but was not staged"
        )),
        "{:?}",
        m.reasons
    );
    assert!(
        m.reasons
            .iter()
            .any(|r| r == "coverage: required family foundation is partial"),
        "{:?}",
        m.reasons
    );

    // Now the listed hash is wrong for a staged file: the shard fails its integrity check.
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    prov["shards"] = serde_json::json!([{"file": "train.jsonl", "sha256": "ab".repeat(32)}]);
    let src = dir
        .path()
        .join(format!("staging/{EXAMPLE_RELEASE}/foundation/peer_alpaca"));
    std::fs::write(
        src.join("provenance.json"),
        serde_json::to_vec(&prov).unwrap(),
    )
    .unwrap();
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_eq!(m.state, State::Failed);
    assert!(
        m.reasons
            .iter()
            .any(|r| r.contains("failed: sha256_mismatch")),
        "{:?}",
        m.reasons
    );
    let rows = state::shards(&st, &rel()).await.unwrap();
    let bad = rows
        .iter()
        .find(|r| r.key.ends_with("peer_alpaca/train.jsonl"))
        .unwrap();
    assert_eq!(
        (bad.status.as_str(), bad.error.as_deref()),
        ("failed", Some("sha256_mismatch"))
    );
}

#[tokio::test]
async fn signoffs_that_arrive_before_their_packets_are_validated_once_drawn() {
    // Learn the packets a run draws (they are deterministic), then drop signoffs first.
    let probe = tempfile::tempdir().unwrap();
    copy_example(probe.path(), EXAMPLE_RELEASE);
    let m = run(probe.path(), &LocalStateStore::in_memory()).await;
    sign(probe.path(), &m, |_| {}).await;

    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    for (key, bytes) in files(probe.path())
        .into_iter()
        .filter(|(k, _)| k.starts_with("signoffs/"))
    {
        let p = dir.path().join(&key);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_eq!(m.state, State::Published, "{:?}", m.reasons);
}

#[tokio::test]
async fn notes_name_reviewers_and_compare_with_the_previous_release() {
    let dir = tempfile::tempdir().unwrap();
    publish(dir.path()).await;
    let notes = std::fs::read_to_string(
        dir.path()
            .join(format!("releases/{EXAMPLE_RELEASE}/RELEASE_NOTES.md")),
    )
    .unwrap();
    assert!(
        notes.contains("### clinician_qa on foundation: approve"),
        "{notes}"
    );
    assert!(
        notes.contains("reviewers: Test Reviewer (clinician)"),
        "{notes}"
    );
    assert!(notes.contains("clinical_safety pass"), "{notes}");
    assert!(notes.contains("No previous published release."), "{notes}");

    // A same-day re-cut with one source dropped: notes compare with the first cut; LATEST moves.
    let recut = "v2026-11-25.2";
    copy_example(dir.path(), recut);
    std::fs::remove_dir_all(
        dir.path()
            .join(format!("staging/{recut}/foundation/peer_alpaca")),
    )
    .unwrap();
    let r2 = ReleaseId::parse(recut).unwrap();
    let blob = LocalBlobStore::new(dir.path());
    let st = LocalStateStore::in_memory();
    let policy = Policy::release_0();
    let (_, adv) = embedded::run(&blob, &st, &policy, &r2, 2, &mut |_, _| {})
        .await
        .unwrap();
    let m = adv.meta.unwrap();
    sign_all(&blob, &m, "2026-11-25T13:00:00Z", |_| {}).await;
    let (_, adv) = embedded::run(&blob, &st, &policy, &r2, 2, &mut |_, _| {})
        .await
        .unwrap();
    assert_eq!(adv.meta.unwrap().state, State::Published);
    let notes = std::fs::read_to_string(
        dir.path()
            .join(format!("releases/{recut}/RELEASE_NOTES.md")),
    )
    .unwrap();
    assert!(notes.contains("Compared with v2026-11-25:"), "{notes}");
    assert!(
        notes
            .lines()
            .any(|l| l.starts_with("| foundation | train |") && l.contains("| -")),
        "{notes}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("releases/LATEST"))
            .unwrap()
            .trim(),
        recut
    );
}

#[tokio::test]
async fn a_failed_release_reopens_after_the_drop_is_fixed() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let prov = dir.path().join(format!(
        "staging/{EXAMPLE_RELEASE}/voice_persona/coach_csv/provenance.json"
    ));
    let saved = std::fs::read(&prov).unwrap();
    std::fs::remove_file(&prov).unwrap();
    let st = LocalStateStore::in_memory();
    let failed = run(dir.path(), &st).await;
    assert_eq!(failed.state, State::Failed);
    // Without a re-open, another run changes nothing.
    assert_eq!(run(dir.path(), &st).await.version, failed.version);

    std::fs::write(&prov, saved).unwrap();
    let reopened = mhd_shared::pipeline::seal::reopen(&st, &rel(), 1)
        .await
        .unwrap();
    assert_eq!((reopened.state, reopened.generation), (State::Open, 1));
    let m = run(dir.path(), &st).await;
    assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
    let rows = state::shards(&st, &rel()).await.unwrap();
    assert!(
        rows.iter().all(|r| r.generation == 1),
        "every shard was read again"
    );
    // Only a FAILED release can be re-opened.
    assert!(
        mhd_shared::pipeline::seal::reopen(&st, &rel(), 2)
            .await
            .is_err()
    );
}

#[tokio::test]
async fn a_crashed_assembly_is_resumed_and_published_once() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    sign(dir.path(), &m, |_| {}).await;
    // A worker claimed assembly, wrote half a file and died; its lease has expired.
    let mut claimed = mhd_shared::state::machine::claim(
        &m,
        mhd_shared::state::machine::Work::Assemble,
        "dead-worker",
        0,
    )
    .unwrap();
    claimed.lease.as_mut().unwrap().until = 0;
    assert!(state::replace_meta(&st, m.version, &claimed).await.unwrap());
    let blob = LocalBlobStore::new(dir.path());
    let half = keys::release_key(&rel(), "export/train/foundation-00000-of-00001.jsonl");
    blob.put(&half, b"{\"id\":\"truncat".to_vec())
        .await
        .unwrap();
    assert!(
        blob.get(&keys::manifest_key(&rel()))
            .await
            .unwrap()
            .is_none()
    );

    let adv = driver::advance(
        &blob,
        &st,
        &Policy::release_0(),
        &rel(),
        "next-worker",
        mhd_shared::pipeline::now,
    )
    .await
    .unwrap();
    let fin = adv.meta.unwrap();
    assert_eq!(fin.state, State::Published);
    // One write takes over the expired lease, one publishes: nothing twice.
    assert_eq!(fin.version, claimed.version + 2);
    mhd_shared::smoke::smoke(&blob, &rel())
        .await
        .expect("every file matches the manifest after the resume");
}

#[tokio::test]
async fn a_principal_allowlist_admits_only_listed_uploaders() {
    let text = mhd_shared::policy::RELEASE_0.replace(
        "[review.kinds.clinician_qa]\nsample_size = 50",
        "[review.kinds.clinician_qa]\nsample_size = 50\nprincipals = [\"AWS:AIDAREVIEWER\"]",
    );
    let policy = Policy::from_toml(&text).unwrap();
    assert_eq!(
        policy.review.kinds["clinician_qa"].principals,
        vec!["AWS:AIDAREVIEWER"]
    );
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let (blob, st, r) = (
        LocalBlobStore::new(dir.path()),
        LocalStateStore::in_memory(),
        rel(),
    );
    let (_, adv) = embedded::run(&blob, &st, &policy, &r, 2, &mut |_, _| {})
        .await
        .unwrap();
    sign(dir.path(), &adv.meta.unwrap(), |_| {}).await;
    let (_, adv) = embedded::run(&blob, &st, &policy, &r, 2, &mut |_, _| {})
        .await
        .unwrap();
    let m = adv.meta.unwrap();
    assert_eq!(m.state, State::AwaitingSignoff);
    assert!(
        m.reasons
            .iter()
            .any(|x| x.contains("(none recorded) is not in the policy's allowlist")),
        "{:?}",
        m.reasons
    );

    // Uploads recorded with principals (as the ingest Lambda does from the S3 event).
    let up = |kind: &str, fam: &str, who: &str| {
        let (kind, fam, who) = (kind.to_string(), fam.to_string(), who.to_string());
        let (blob, st, r) = (&blob, &st, &r);
        async move {
            let key = mhd_shared::keys::signoff_key(r, &kind, &fam);
            let upload = mhd_shared::pipeline::signoffs::Upload {
                principal: Some(who),
                version: blob.version(&key).await.unwrap(),
            };
            mhd_shared::pipeline::signoffs::receive(blob, st, r, &kind, &fam, upload, 0)
                .await
                .unwrap()
        }
    };
    up("clinician_qa", "foundation", "AWS:AIDAINTRUDER").await;
    up("clinician_qa", "edge_cases", "AWS:AIDAREVIEWER").await;
    // an event about an upload a newer one replaced credits nobody with the bytes now staged
    let stale = mhd_shared::pipeline::signoffs::Upload {
        principal: Some("AWS:AIDAREVIEWER".into()),
        version: Some("v:an-older-upload".into()),
    };
    assert!(
        mhd_shared::pipeline::signoffs::receive(
            &blob,
            &st,
            &r,
            "clinician_qa",
            "foundation",
            stale,
            0
        )
        .await
        .unwrap()
        .is_none()
    );
    let adv = driver::advance(&blob, &st, &policy, &r, "w", mhd_shared::pipeline::now)
        .await
        .unwrap();
    let m = adv.meta.unwrap();
    assert_eq!(m.state, State::AwaitingSignoff);
    assert!(
        m.reasons
            .iter()
            .any(|x| x.contains("clinician_qa.foundation") && x.contains("AWS:AIDAINTRUDER")),
        "{:?}",
        m.reasons
    );
    assert!(
        !m.reasons
            .iter()
            .any(|x| x.contains("clinician_qa.edge_cases")),
        "{:?}",
        m.reasons
    );
    up("clinician_qa", "foundation", "AWS:AIDAREVIEWER").await;
    let adv = driver::advance(&blob, &st, &policy, &r, "w", mhd_shared::pipeline::now)
        .await
        .unwrap();
    assert_eq!(adv.meta.unwrap().state, State::Published);
}

#[tokio::test]
async fn smoke_fails_on_a_tampered_byte_a_missing_file_and_a_count_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    publish(dir.path()).await;
    let blob = LocalBlobStore::new(dir.path());
    mhd_shared::smoke::smoke(&blob, &rel())
        .await
        .expect("a fresh release passes");
    let export = dir.path().join(format!(
        "releases/{EXAMPLE_RELEASE}/export/train/foundation-00000-of-00001.jsonl"
    ));
    let original = std::fs::read(&export).unwrap();

    // One byte changed (same size): the sha256 check catches it.
    let mut tampered = original.clone();
    let i = tampered.iter().position(|&b| b == b'a').unwrap();
    tampered[i] = b'b';
    std::fs::write(&export, &tampered).unwrap();
    let e = mhd_shared::smoke::smoke(&blob, &rel())
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("sha256 mismatch"), "{e}");

    std::fs::remove_file(&export).unwrap();
    let e = mhd_shared::smoke::smoke(&blob, &rel())
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("listed in the manifest but missing"), "{e}");
    std::fs::write(&export, &original).unwrap();

    // The manifest claims one more training record than the export holds.
    let mpath = dir
        .path()
        .join(format!("releases/{EXAMPLE_RELEASE}/manifest.json"));
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&mpath).unwrap()).unwrap();
    let fam = m["families"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["name"] == "foundation")
        .unwrap();
    fam["records"]["train"] = serde_json::json!(fam["records"]["train"].as_u64().unwrap() + 1);
    std::fs::write(&mpath, serde_json::to_vec_pretty(&m).unwrap()).unwrap();
    let e = mhd_shared::smoke::smoke(&blob, &rel())
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("counts: foundation train: manifest says"), "{e}");
}

/// The same conversation dropped as ChatML in one source and as ShareGPT in another is one
/// record: the exact dedup removes one copy, and a lightly edited copy is removed as near.
#[tokio::test]
async fn duplicates_are_found_across_formats_and_sources() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), EXAMPLE_RELEASE);
    let chatml = dir
        .path()
        .join("staging/v2026-11-25/foundation/support_chatml");
    let first = std::fs::read_dir(&chatml)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .unwrap();
    let line = std::fs::read_to_string(&first)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    let turns: Vec<serde_json::Value> = v["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let from = match m["role"].as_str().unwrap() {
                "user" => "human",
                "assistant" => "gpt",
                r => r,
            };
            serde_json::json!({"from": from, "value": m["content"]})
        })
        .collect();
    let mut edited = turns.clone();
    let long: String = (0..60).map(|i| format!("word{i} ")).collect();
    edited[1]["value"] = format!("{long}{}", edited[1]["value"].as_str().unwrap()).into();
    let mut near = edited.clone();
    near[1]["value"] = format!("{long}and {}", turns[1]["value"].as_str().unwrap()).into();
    let src = dir
        .path()
        .join("staging/v2026-11-25/foundation/dup_sharegpt");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(
        src.join("provenance.json"),
        r#"{"source_name":"dup_sharegpt","license":"CC-BY-4.0","data_owner":"tests",
            "collection_method":"copies","consent_basis":"synthetic","acquired_date":"2026-11-26",
            "upstream_url":"https://example.org/dup"}"#,
    )
    .unwrap();
    let body = [turns, edited, near]
        .iter()
        .map(|c| serde_json::json!({"conversations": c}).to_string() + "\n")
        .collect::<String>();
    std::fs::write(src.join("part.jsonl"), body).unwrap();
    let st = LocalStateStore::in_memory();
    run(dir.path(), &st).await;
    let report: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("work/v2026-11-25/reports/dedup.json")).unwrap(),
    )
    .unwrap();
    let lines = std::fs::read_to_string(
        dir.path()
            .join("work/v2026-11-25/reports/dedup_removed.jsonl"),
    )
    .unwrap();
    let removed: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        report["removed_records"]["lines"].as_u64(),
        Some(removed.len() as u64)
    );
    let exact = removed
        .iter()
        .find(|r| r["kind"] == "exact")
        .expect("the ShareGPT copy of a ChatML record is an exact duplicate");
    let keys = [
        exact["origin"]["key"].as_str().unwrap(),
        exact["kept_origin"]["key"].as_str().unwrap(),
    ];
    assert!(keys.iter().any(|k| k.contains("/dup_sharegpt/")), "{exact}");
    assert!(
        keys.iter().any(|k| k.contains("/support_chatml/")),
        "{exact}"
    );
    let near = removed
        .iter()
        .find(|r| {
            r["kind"] == "near"
                && r["origin"]["key"]
                    .as_str()
                    .unwrap()
                    .contains("/dup_sharegpt/")
        })
        .expect("the edited copy is a near duplicate");
    assert!(near["similarity"].as_f64().unwrap() >= 0.8, "{near}");
}
