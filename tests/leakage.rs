//! Leakage on a realistic templated drop (tests/leakage/templated_drop.py): crisis-line scripts
//! and persona coaching written from stock phrases, and light paraphrases planted across
//! families, sources and formats. The drop must publish; the published release is then checked
//! by an implementation independent of the gate's code (tests/leakage/check_release.py): no
//! validation/test record of a holdout-sensitive family has more than `max_share` of its
//! 13-grams in one train record.

use mhd_shared::model::ReleaseId;
use mhd_shared::pipeline::embedded;
use mhd_shared::policy::Policy;
use mhd_shared::state::{LocalStateStore, State};
use mhd_shared::store::LocalBlobStore;
use mhd_tests::*;
use std::process::Command;

const REL: &str = "v2026-12-01";

fn python() -> std::path::PathBuf {
    // the test-only virtualenv (scripts/test-venv creates it; the test command runs it first)
    let out = Command::new(repo_root().join("scripts/test-venv"))
        .output()
        .expect("scripts/test-venv runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().into()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_templated_drop_publishes_and_no_copy_straddles_splits() {
    let dir = tempfile::tempdir().unwrap();
    let py = python();
    let drop = Command::new(&py)
        .arg(repo_root().join("tests/leakage/templated_drop.py"))
        .arg(dir.path())
        .arg(REL)
        .output()
        .unwrap();
    assert!(
        drop.status.success(),
        "{}",
        String::from_utf8_lossy(&drop.stderr)
    );
    let blob = LocalBlobStore::new(dir.path());
    let st = LocalStateStore::in_memory();
    let policy = Policy::release_0();
    let r = ReleaseId::parse(REL).unwrap();
    let (_, adv) = embedded::run(&blob, &st, &policy, &r, 2, &mut |_, _| {})
        .await
        .unwrap();
    let meta = adv.meta.unwrap();
    assert_eq!(meta.state, State::AwaitingSignoff, "{:?}", meta.reasons);
    sign_all(&blob, &meta, "2026-12-01T12:00:00Z", |_| {}).await;
    let (_, adv) = embedded::run(&blob, &st, &policy, &r, 2, &mut |_, _| {})
        .await
        .unwrap();
    let meta = adv.meta.unwrap();
    assert_eq!(meta.state, State::Published, "{:?}", meta.reasons);
    // the planner had copies to keep together, and said so
    let dedup: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            dir.path()
                .join(format!("releases/{REL}/reports/dedup.json")),
        )
        .unwrap(),
    )
    .unwrap();
    let moved = dedup["kept_in_one_split"]["moved"]
        .as_array()
        .unwrap()
        .len();
    assert!(
        moved >= 1,
        "no planted paraphrase needed a move: {}",
        dedup["kept_in_one_split"]
    );
    let leakage: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            dir.path()
                .join(format!("releases/{REL}/reports/leakage.json")),
        )
        .unwrap(),
    )
    .unwrap();
    let union = leakage["families"]["edge_cases"]["max_union_share"]
        .as_f64()
        .unwrap();
    assert!(
        union > 0.5,
        "the drop must be templated enough to matter: {}",
        leakage["families"]
    );
    // the independent check over the published export
    let check = Command::new(&py)
        .arg(repo_root().join("tests/leakage/check_release.py"))
        .arg(dir.path().join(format!("releases/{REL}")))
        .args(["--sensitive", "edge_cases,voice_persona", "--max-share"])
        .arg(policy.leakage.max_share.to_string())
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
}
