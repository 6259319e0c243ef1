//! Leakage on a realistic templated drop (tests/leakage/templated_drop.py): crisis-line scripts
//! and persona coaching written from stock phrases, and light paraphrases planted across
//! families, sources and formats. The drop must publish; the published release is then checked
//! by an implementation independent of the gate's code (tests/leakage/check_release.py): no
//! validation/test record of a holdout-sensitive family has more than `max_share` of its
//! 13-grams in one train record.

use mhd_shared::policy::Policy;
use mhd_tests::*;

const REL: &str = "v2026-12-01";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_templated_drop_publishes_and_no_copy_straddles_splits() {
    let dir = tempfile::tempdir().unwrap();
    run_test_script(
        "tests/leakage/templated_drop.py",
        &[dir.path().as_os_str(), REL.as_ref()],
    );
    let policy = Policy::release_0();
    publish_embedded(dir.path(), &policy, REL).await;
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
    let release_dir = dir.path().join(format!("releases/{REL}"));
    let max_share = policy.leakage.max_share.to_string();
    run_test_script(
        "tests/leakage/check_release.py",
        &[
            release_dir.as_os_str(),
            "--sensitive".as_ref(),
            "edge_cases,voice_persona".as_ref(),
            "--max-share".as_ref(),
            max_share.as_ref(),
        ],
    );
}
