//! Reliability and security scenarios on the embedded driver: hostile or careless drops fail
//! closed with the reason named, nothing outside the bucket directory is read, and content that
//! moves after it was read is never shipped stale.

use mhd_shared::model::ReleaseId;
use mhd_shared::pipeline::embedded;
use mhd_shared::policy::Policy;
use mhd_shared::state::{LocalStateStore, Meta, State};
use mhd_shared::store::LocalBlobStore;
use mhd_tests::*;
use std::path::Path;

const REL: &str = EXAMPLE_RELEASE;
const PEER: &str = "staging/v2026-11-25/foundation/peer_alpaca";

async fn run(dir: &Path, st: &LocalStateStore) -> Meta {
    let blob = LocalBlobStore::new(dir);
    let r = ReleaseId::parse(REL).unwrap();
    let (_, adv) = embedded::run(&blob, st, &Policy::release_0(), &r, 2, &mut |_, _| {})
        .await
        .expect("the run completes (a hostile drop fails the release, not the run)");
    adv.meta.unwrap()
}

fn assert_failed_with(m: &Meta, needle: &str) {
    assert_eq!(m.state, State::Failed, "{:?}", m.reasons);
    assert!(
        m.reasons.iter().any(|r| r.contains(needle)),
        "no reason mentions {needle:?}: {:?}",
        m.reasons
    );
}

/// Every file the pipeline wrote (work/, review/, releases/), as text.
fn written(dir: &Path) -> String {
    ["work", "review", "releases"]
        .iter()
        .map(|d| dir.join(d))
        .filter(|d| d.exists())
        .flat_map(|d| files(&d))
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect()
}

#[cfg(unix)]
#[tokio::test]
async fn a_symlink_in_staging_is_refused_and_its_target_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    // a file outside the bucket holding records, linked in as a shard
    let secret = outside.path().join("elsewhere.jsonl");
    std::fs::write(
        &secret,
        "{\"messages\":[{\"role\":\"user\",\"content\":\"OUTSIDE-MARKER question\"},{\"role\":\"assistant\",\"content\":\"OUTSIDE-MARKER answer\"}]}\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join(PEER).join("linked.jsonl")).unwrap();
    // and a directory outside the bucket linked in as a source
    std::fs::copy(&secret, outside.path().join("part.jsonl")).unwrap();
    std::os::unix::fs::symlink(
        outside.path(),
        dir.path().join("staging/v2026-11-25/foundation/linked_dir"),
    )
    .unwrap();
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_failed_with(&m, "linked.jsonl failed: refused_symlink");
    assert!(
        !written(dir.path()).contains("OUTSIDE-MARKER"),
        "the link's target was read"
    );
    assert!(!dir.path().join("releases").exists());
}

#[tokio::test]
async fn content_edited_or_added_while_awaiting_signoff_fails_the_release() {
    for change in ["edit", "add", "sidecar"] {
        let dir = tempfile::tempdir().unwrap();
        copy_example(dir.path(), REL);
        let st = LocalStateStore::in_memory();
        let m = run(dir.path(), &st).await;
        assert_eq!(m.state, State::AwaitingSignoff, "{:?}", m.reasons);
        let shard = dir.path().join(PEER).join("train.jsonl");
        let line = "{\"instruction\":\"A late question about sleep\",\"input\":\"\",\"output\":\"A late answer.\"}\n";
        match change {
            "edit" => {
                let mut text = std::fs::read_to_string(&shard).unwrap();
                text.push_str(line);
                std::fs::write(&shard, text).unwrap();
            }
            "sidecar" => {
                // how the source is read may have changed: what was read no longer holds
                let sidecar = dir.path().join(PEER).join("provenance.json");
                let mut text = std::fs::read_to_string(&sidecar).unwrap();
                text.push('\n');
                std::fs::write(&sidecar, text).unwrap();
            }
            _ => std::fs::write(dir.path().join(PEER).join("late.jsonl"), line).unwrap(),
        }
        sign_all(
            &LocalBlobStore::new(dir.path()),
            &m,
            "2026-11-25T12:00:00Z",
            |_| {},
        )
        .await;
        let m = run(dir.path(), &st).await;
        let needle = match change {
            "edit" => "train.jsonl changed after it was read",
            "sidecar" => "peer_alpaca/provenance.json changed after it was read",
            _ => {
                "shard staged after the seal: staging/v2026-11-25/foundation/peer_alpaca/late.jsonl"
            }
        };
        assert_failed_with(&m, needle);
        assert!(
            !dir.path().join("releases").exists(),
            "{change}: nothing shipped"
        );
    }
}

#[tokio::test]
async fn content_edited_between_signoffs_and_assembly_fails_at_assembly() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    let st = LocalStateStore::in_memory();
    let blob = LocalBlobStore::new(dir.path());
    let r = ReleaseId::parse(REL).unwrap();
    let m = run(dir.path(), &st).await;
    sign_all(&blob, &m, "2026-11-25T12:00:00Z", |_| {}).await;
    // the signoff check passes, then the file changes before assembly runs
    let policy = Policy::release_0();
    let out = mhd_shared::pipeline::signoffs::check(&blob, &st, &policy, &m)
        .await
        .unwrap();
    assert_eq!(out, mhd_shared::state::machine::Outcome::SignoffsApproved);
    let shard = dir.path().join(PEER).join("train.jsonl");
    let text = std::fs::read_to_string(&shard)
        .unwrap()
        .replace("sleep", "rest");
    std::fs::write(&shard, text).unwrap();
    let mut assembling = m.clone();
    assembling.state = State::Assembling;
    let out = mhd_shared::pipeline::assemble::run(&blob, &st, &policy, &assembling)
        .await
        .unwrap();
    match out {
        mhd_shared::state::machine::Outcome::GatesFailed(reasons) => assert!(
            reasons
                .iter()
                .any(|x| x.contains("changed after it was read")),
            "{reasons:?}"
        ),
        other => panic!("assembly went on: {other:?}"),
    }
    assert!(
        !dir.path()
            .join(format!("releases/{r}/manifest.json"))
            .exists()
    );
}

#[tokio::test]
async fn an_overlong_shard_name_is_rejected_with_a_reason_not_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    let name = format!("{}.jsonl", "n".repeat(246));
    std::fs::copy(
        dir.path().join(PEER).join("train.jsonl"),
        dir.path().join(PEER).join(&name),
    )
    .unwrap();
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_failed_with(&m, "over 200; rename it");
}

const COACH: &str = "staging/v2026-11-25/voice_persona/coach_csv/sessions.csv";

#[tokio::test]
async fn an_unterminated_csv_quote_fails_the_file_instead_of_swallowing_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    let path = dir.path().join(COACH);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    // row 3 opens a quote that never closes: every later row would become one field
    lines[3] = "vp-000,2,Volunteer,\"Thank you for telling me. When did you first notice";
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_failed_with(&m, "sessions.csv failed: csv_unterminated_quote");
}

#[tokio::test]
async fn an_oversized_csv_field_fails_the_file_without_buffering_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    let path = dir.path().join(COACH);
    let mut text = std::fs::read_to_string(&path).unwrap();
    // 3 MiB in one quoted field, over max_line_bytes (1 MiB)
    text.push_str(&format!(
        "vp-999,1,Client,\"{}\"\n",
        "word ".repeat(600_000)
    ));
    std::fs::write(&path, text).unwrap();
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_failed_with(&m, "sessions.csv failed: csv_row_too_long");
}

#[tokio::test]
async fn a_quarantined_csv_conversation_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    let path = dir.path().join(COACH);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("vp-998,1,Client,A question with a turn number that is not one\nvp-998,two,Volunteer,An answer\n");
    std::fs::write(&path, text).unwrap();
    let st = LocalStateStore::in_memory();
    run(dir.path(), &st).await;
    // the quarantine of the read the shard's row names
    let r = ReleaseId::parse(REL).unwrap();
    let rows = mhd_shared::state::shards(&st, &r).await.unwrap();
    let row = rows.iter().find(|x| x.key == COACH).expect("the row");
    let Ok(mhd_shared::keys::BucketKey::Shard(shard)) = mhd_shared::keys::classify(COACH) else {
        panic!("{COACH} is a shard key")
    };
    let qkey = mhd_shared::keys::quarantine_key(&shard, &row.read);
    assert!(qkey.ends_with(&format!("sessions.csv.{}.jsonl", row.read)) && !row.read.is_empty());
    let q = std::fs::read_to_string(dir.path().join(qkey)).unwrap();
    let line: serde_json::Value = serde_json::from_str(q.lines().last().unwrap()).unwrap();
    assert_eq!(line["reason"], "bad_order");
    let raw = line["raw"].as_str().unwrap();
    assert!(
        raw.contains("A question with a turn number") && raw.contains("vp-998,two,Volunteer"),
        "{raw}"
    );
}

#[tokio::test]
async fn a_source_that_is_mostly_junk_fails_provenance() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    let path = dir.path().join(PEER).join("train.jsonl");
    let n = std::fs::read_to_string(&path).unwrap().lines().count();
    let junk: String = (0..n * 2).map(|i| format!("{{not json {i}\n")).collect();
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(&junk);
    std::fs::write(&path, text).unwrap();
    let st = LocalStateStore::in_memory();
    let m = run(dir.path(), &st).await;
    assert_failed_with(
        &m,
        "records quarantined, over [provenance] max_quarantined_share",
    );
}

/// Signoffs given before a re-open stay in `signoffs/`: after it, each counts only if the packet
/// drawn again is byte-identical to the one it signed; a changed packet needs a new signoff.
#[tokio::test]
async fn a_signoff_from_before_a_reopen_counts_only_for_an_identical_packet() {
    let dir = tempfile::tempdir().unwrap();
    copy_example(dir.path(), REL);
    let st = LocalStateStore::in_memory();
    let blob = LocalBlobStore::new(dir.path());
    let r = ReleaseId::parse(REL).unwrap();
    let m = run(dir.path(), &st).await;
    assert_eq!(m.state, State::AwaitingSignoff);
    let before = m.required_signoffs.clone();
    sign_all(&blob, &m, "2026-11-25T12:00:00Z", |_| {}).await;
    // the owner adds a shard before the signoffs are checked: late, the release fails
    let extra: String = (0..60)
        .map(|i| format!("{{\"instruction\":\"How do I rest better, week {i}?\",\"input\":\"\",\"output\":\"Keep a steady wake time, week {i}.\"}}\n"))
        .collect();
    std::fs::write(dir.path().join(PEER).join("more.jsonl"), extra).unwrap();
    let m = run(dir.path(), &st).await;
    assert_failed_with(&m, "shard staged after the seal");
    // re-opened, the new shard is part of the drop and the packets are drawn again
    mhd_shared::pipeline::seal::reopen(&st, &r, mhd_shared::pipeline::now())
        .await
        .unwrap();
    let m = run(dir.path(), &st).await;
    assert_eq!(
        (m.state, m.generation),
        (State::AwaitingSignoff, 1),
        "{:?}",
        m.reasons
    );
    let changed: Vec<_> = m
        .required_signoffs
        .iter()
        .filter(|req| !before.iter().any(|b| b.packet.sha256 == req.packet.sha256))
        .collect();
    assert!(!changed.is_empty(), "the new records changed a packet");
    for req in &changed {
        assert!(
            m.reasons
                .iter()
                .any(|x| x.contains(&format!("{}.{}", req.kind, req.family))
                    && x.contains("packet sha256 does not match")),
            "{:?}",
            m.reasons
        );
    }
    assert_eq!(
        m.reasons.len(),
        changed.len(),
        "a signoff of an unchanged packet still counts: {:?}",
        m.reasons
    );
    sign_all(&blob, &m, "2026-11-26T12:00:00Z", |_| {}).await;
    let m = run(dir.path(), &st).await;
    assert_eq!(m.state, State::Published, "{:?}", m.reasons);
}

const LATE: &str = "staging/v2026-11-25/foundation/late_sidecar";

/// ShareGPT lines whose helper turns carry the owner's own label: only a sidecar's role map
/// reads them.
fn supporter_lines(n: usize) -> Vec<u8> {
    json_lines((0..n).map(|i| serde_json::json!({"conversations": [
        {"from": "human", "value": format!("question {i}: how do I keep a routine when my shifts change every week?")},
        {"from": "supporter", "value": format!("answer {i}: keep the wake time fixed and move the light with it.")},
    ]})))
}

fn role_map_sidecar(extra: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "source_name": "late", "license": "CC-BY-4.0", "data_owner": "mhd tests",
        "collection_method": "synthetic", "consent_basis": "synthetic",
        "acquired_date": "2026-12-01", "upstream_url": "https://example.org/late",
        "role_map": {"supporter": "assistant"}, "notes": extra,
    }))
    .unwrap()
}

/// An empty bucket directory, its state, the release, the policy and the late source's shard.
fn late_release() -> (
    tempfile::TempDir,
    LocalBlobStore,
    LocalStateStore,
    ReleaseId,
    Policy,
    mhd_shared::keys::ShardKey,
) {
    let dir = tempfile::tempdir().unwrap();
    let blob = LocalBlobStore::new(dir.path());
    (
        dir,
        blob,
        LocalStateStore::in_memory(),
        ReleaseId::parse(REL).unwrap(),
        Policy::release_0(),
        late_shard(),
    )
}

fn late_shard() -> mhd_shared::keys::ShardKey {
    match mhd_shared::keys::classify(&format!("{LATE}/part.jsonl")) {
        Ok(mhd_shared::keys::BucketKey::Shard(s)) => s,
        other => panic!("{other:?}"),
    }
}

/// A sidecar that lands after its shard was read: only that source's stale rows are queued for
/// a reread, the sealed release does not count them as reported until the reread lands, and a
/// reread of a row read as staged now is skipped.
#[tokio::test]
async fn a_sidecar_after_its_shard_holds_the_release_until_the_shard_is_read_again() {
    use mhd_shared::pipeline::{driver, seal, shard};
    use mhd_shared::state::SidecarRead;
    use mhd_shared::store::BlobStore;
    let (_dir, blob, st, r, policy, s) = late_release();
    blob.put(&s.key, supporter_lines(12)).await.unwrap();
    let first = shard::process(&blob, &st, &policy, &s, 1).await.unwrap();
    assert_eq!(
        (first.row.records_out, &first.row.sidecar),
        (0, &SidecarRead::Absent)
    );
    let stale = || shard::stale_after_sidecar(&blob, &st, &r, "foundation", "late_sidecar");
    assert!(stale().await.unwrap().is_empty(), "nothing changed yet");
    assert!(shard::is_current(&blob, &st, &s).await.unwrap());

    blob.put(&format!("{LATE}/provenance.json"), role_map_sidecar(""))
        .await
        .unwrap();
    assert_eq!(stale().await.unwrap(), vec![s.key.clone()]);
    assert!(!shard::is_current(&blob, &st, &s).await.unwrap());
    assert!(
        shard::stale_after_sidecar(&blob, &st, &r, "foundation", "other")
            .await
            .unwrap()
            .is_empty()
    );
    seal::seal(&blob, &st, &r, 2).await.unwrap();
    let adv = driver::advance(&blob, &st, &policy, &r, "w", || 3)
        .await
        .unwrap();
    let sealed = adv.meta.unwrap();
    assert_eq!(sealed.state, State::Sealed, "{}", adv.why);
    assert!(adv.why.contains("0 of 1 shards reported"), "{}", adv.why);
    // what ops read says the same: with the bucket, the row waits for its re-read; without
    // it, the document says the sidecars were not checked
    let doc = mhd_shared::status::document(&st, Some(&blob), &sealed)
        .await
        .unwrap();
    assert_eq!(
        (&doc["shards"]["reported"], &doc["shards"]["rereading"]),
        (&serde_json::json!(0), &serde_json::json!(1))
    );
    let text = mhd_shared::status::text(&doc);
    assert!(
        text.contains("0/1 reported, 0 failed, 1 to read again under a newer provenance.json"),
        "{text}"
    );
    assert!(text.contains("blocked on: 1 of 1 shards"), "{text}");
    let unchecked = mhd_shared::status::document(&st, None::<&LocalBlobStore>, &sealed)
        .await
        .unwrap();
    assert_eq!(unchecked["shards"]["reported"], 1);
    assert!(
        mhd_shared::status::text(&unchecked).contains("versions not checked"),
        "{unchecked}"
    );

    let again = shard::process(&blob, &st, &policy, &s, 4).await.unwrap();
    assert_eq!(again.row.records_out, 12);
    assert!(matches!(again.row.sidecar, SidecarRead::Version(_)));
    assert!(stale().await.unwrap().is_empty());
    let adv = driver::advance(&blob, &st, &policy, &r, "w", || 5)
        .await
        .unwrap();
    assert_ne!(adv.meta.unwrap().state, State::Sealed, "{}", adv.why);
}

/// Two reads of one shard under different sidecars write their outputs under different keys,
/// and gating takes the ones the row names: the older read's files, landing after the newer
/// read recorded its row (its own row write then refused), cannot stand in for the newer's.
#[tokio::test]
async fn an_older_reads_late_files_never_stand_in_for_the_newer_reads() {
    use mhd_shared::keys::{fingerprints_key, normalized_key};
    use mhd_shared::pipeline::{gather, shard};
    use mhd_shared::store::BlobStore;
    let (_dir, blob, st, r, policy, s) = late_release();
    blob.put(&s.key, supporter_lines(12)).await.unwrap();
    let older = shard::process(&blob, &st, &policy, &s, 1)
        .await
        .unwrap()
        .row;
    assert_eq!(older.records_out, 0, "no role map: every line quarantined");
    let (older_records, older_sigs) = (
        blob.get(&normalized_key(&s, &older.read))
            .await
            .unwrap()
            .unwrap(),
        blob.get(&fingerprints_key(&s, &older.read))
            .await
            .unwrap()
            .unwrap(),
    );
    blob.put(&format!("{LATE}/provenance.json"), role_map_sidecar(""))
        .await
        .unwrap();
    let newer = shard::process(&blob, &st, &policy, &s, 2)
        .await
        .unwrap()
        .row;
    assert_eq!(newer.records_out, 12);
    assert_ne!(older.read, newer.read);
    // the older read's writes land now, under the keys that read computed
    blob.put(&normalized_key(&s, &older.read), older_records)
        .await
        .unwrap();
    blob.put(&fingerprints_key(&s, &older.read), older_sigs)
        .await
        .unwrap();
    let rows = mhd_shared::state::shards(&st, &r).await.unwrap();
    assert_eq!(rows.len(), 1);
    let (files, _spool) = gather::shard_files(&blob, &rows).await.unwrap();
    assert_eq!(files[0].0.key, normalized_key(&s, &newer.read));
    assert_eq!(files[0].0.count_lines().unwrap(), 12);
    assert!(newer.report_key.contains(&newer.read));
}

/// A blob store that replaces the late source's sidecar once, while the shard is read
/// (`in_read`) or when the first normalized shard is written (the read finished its checks
/// under the old sidecar, and its write lands after).
struct SwapsSidecar<'a> {
    inner: &'a LocalBlobStore,
    swapped: std::sync::atomic::AtomicBool,
    in_read: bool,
}

impl SwapsSidecar<'_> {
    async fn swap(&self) -> Result<(), mhd_shared::store::StoreError> {
        use mhd_shared::store::BlobStore;
        use std::sync::atomic::Ordering;
        if !self.swapped.swap(true, Ordering::SeqCst) {
            self.inner
                .put(
                    &format!("{LATE}/provenance.json"),
                    role_map_sidecar("a longer note"),
                )
                .await?;
        }
        Ok(())
    }
}

impl mhd_shared::store::BlobStore for SwapsSidecar<'_> {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, mhd_shared::store::StoreError> {
        self.inner.get(key).await
    }
    async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), mhd_shared::store::StoreError> {
        self.inner.put(key, bytes).await
    }
    async fn open(
        &self,
        key: &str,
    ) -> Result<Option<mhd_shared::store::BlobReader>, mhd_shared::store::StoreError> {
        if self.in_read && key.ends_with("part.jsonl") {
            self.swap().await?;
        }
        self.inner.open(key).await
    }
    async fn put_file(&self, key: &str, path: &Path) -> Result<(), mhd_shared::store::StoreError> {
        if !self.in_read && key.ends_with(".jsonl") {
            self.swap().await?;
        }
        self.inner.put_file(key, path).await
    }
    async fn put_if_absent(
        &self,
        key: &str,
        bytes: Vec<u8>,
    ) -> Result<bool, mhd_shared::store::StoreError> {
        self.inner.put_if_absent(key, bytes).await
    }
    async fn version(&self, key: &str) -> Result<Option<String>, mhd_shared::store::StoreError> {
        self.inner.version(key).await
    }
    async fn list(&self, prefix: &str) -> Result<Vec<String>, mhd_shared::store::StoreError> {
        self.inner.list(prefix).await
    }
    fn location(&self) -> String {
        self.inner.location()
    }
}

/// A read overtaken by a new sidecar, while it reads (no row yet: no reread is queued for it)
/// or after its checks (its write lands over the newer one), reads again at once: the row it
/// leaves is the one under the newest sidecar.
#[tokio::test]
async fn a_read_overtaken_by_a_new_sidecar_reads_again() {
    use mhd_shared::pipeline::shard;
    use mhd_shared::store::BlobStore;
    for in_read in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let local = LocalBlobStore::new(dir.path());
        let st = LocalStateStore::in_memory();
        let s = late_shard();
        local.put(&s.key, supporter_lines(7)).await.unwrap();
        local
            .put(&format!("{LATE}/provenance.json"), role_map_sidecar(""))
            .await
            .unwrap();
        let blob = SwapsSidecar {
            inner: &local,
            swapped: Default::default(),
            in_read,
        };
        let out = shard::process(&blob, &st, &Policy::release_0(), &s, 1)
            .await
            .unwrap();
        assert!(blob.swapped.load(std::sync::atomic::Ordering::SeqCst));
        assert_eq!(
            out.write,
            mhd_shared::state::ShardWrite::Recorded,
            "{in_read}"
        );
        let now = local
            .version(&format!("{LATE}/provenance.json"))
            .await
            .unwrap();
        assert_eq!(out.row.sidecar, mhd_shared::state::SidecarRead::of(now));
        assert_eq!(out.row.records_out, 7);
        assert!(shard::is_current(&local, &st, &s).await.unwrap());
    }
}

/// A sidecar deleted after its shard was read does not hold the release: gating fails it,
/// naming the sidecar.
#[tokio::test]
async fn a_sidecar_deleted_after_its_shard_was_read_fails_the_release_by_name() {
    use mhd_shared::pipeline::{driver, seal, shard};
    use mhd_shared::store::BlobStore;
    let (dir, blob, st, r, policy, s) = late_release();
    blob.put(&s.key, supporter_lines(5)).await.unwrap();
    let sidecar = format!("{LATE}/provenance.json");
    blob.put(&sidecar, role_map_sidecar("")).await.unwrap();
    shard::process(&blob, &st, &policy, &s, 1).await.unwrap();
    std::fs::remove_file(dir.path().join(&sidecar)).unwrap();
    seal::seal(&blob, &st, &r, 2).await.unwrap();
    let adv = driver::advance(&blob, &st, &policy, &r, "w", || 3)
        .await
        .unwrap();
    assert_failed_with(&adv.meta.unwrap(), "late_sidecar/provenance.json");
}
