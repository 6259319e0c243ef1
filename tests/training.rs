//! What is published, trains: a realistic drop built from real therapists' answers
//! (tests/training/realistic_drop.py: counsellor-first sessions, a family the policy does not
//! list, rule-breaking conversations, four licences and formats) publishes; `mhd smoke` passes
//! with the policy the manifest names; and the training engineer's own tools — Hugging Face
//! `datasets`, `mlcroissant`, `huggingface_hub`'s card parser and the docs/TRAINING.md snippets
//! run as written — read it back with the manifest's split sizes (tests/training/check_release.py).

use mhd_shared::model::ReleaseId;
use mhd_shared::policy::Policy;
use mhd_shared::state::{self, LocalStateStore};
use mhd_shared::store::LocalBlobStore;
use mhd_tests::*;
use std::collections::BTreeMap;
use std::path::Path;

/// The id the TRAINING.md snippets name.
const REL: &str = "v2026-11-25";

/// Writes the drop; returns what it planted.
fn drop_into(dir: &Path) -> serde_json::Value {
    let out = run_test_script(
        "tests/training/realistic_drop.py",
        &[dir.as_os_str(), REL.as_ref()],
    );
    serde_json::from_slice(&out).unwrap()
}

/// Quarantine reasons summed over the shards of one source.
async fn reasons(st: &LocalStateStore, family: &str, source: &str) -> BTreeMap<String, u64> {
    let rows = state::shards(st, &ReleaseId::parse(REL).unwrap())
        .await
        .unwrap();
    let mut out = BTreeMap::new();
    for row in rows
        .iter()
        .filter(|r| r.family == family && r.source == source)
    {
        for (k, n) in &row.quarantined {
            *out.entry(k.clone()).or_default() += n;
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_realistic_release_trains_in_the_engineers_own_tools() {
    let dir = tempfile::tempdir().unwrap();
    let planted = drop_into(dir.path());
    let policy = Policy::release_0();
    assert!(
        !policy.training.user_first,
        "Release 0 keeps counsellor-first sessions"
    );
    let st = publish_embedded(dir.path(), &policy, REL).await;

    // the training rules ran when records were built, each named, counted per source
    let q = reasons(&st, "edge_cases", "crisis_topics").await;
    let breakers = &planted["rule_breakers"];
    for rule in ["training_system_position", "training_length"] {
        assert_eq!(
            q.get(rule).copied().unwrap_or(0),
            breakers[rule].as_u64().unwrap(),
            "{rule}: {q:?}"
        );
    }
    assert!(
        reasons(&st, "foundation", "counsellor_led")
            .await
            .is_empty(),
        "counsellor-first sessions ship under Release 0"
    );

    // smoke passes with the policy the manifest names
    let blob = LocalBlobStore::new(dir.path());
    let smoke = mhd_shared::smoke::smoke(&blob, &ReleaseId::parse(REL).unwrap())
        .await
        .unwrap();
    assert!(smoke.policy.contains(&policy.sha256), "{}", smoke.policy);
    let shipped: u64 = smoke.records.values().flat_map(|s| s.values()).sum();
    assert!(shipped > 1500, "{:?}", smoke.records);

    // the consumers' tools, independently
    let excluded = planted["excluded"].to_string();
    run_test_script(
        "tests/training/check_release.py",
        &[
            dir.path().as_os_str(),
            REL.as_ref(),
            "--excluded".as_ref(),
            excluded.as_ref(),
        ],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_strict_role_order_quarantines_at_build_and_smoke_applies_the_published_policy() {
    let dir = tempfile::tempdir().unwrap();
    let planted = drop_into(dir.path());
    // Every record of the counsellor-led source breaks the strict rule; the policy owner who
    // turns it on accepts losing them (else provenance fails the source by its quarantined share).
    let text = mhd_shared::policy::RELEASE_0
        .replace("user_first = false", "user_first = true")
        .replace("max_quarantined_share = 0.5", "max_quarantined_share = 1.0");
    assert!(text.contains("max_quarantined_share = 1.0"));
    let strict = Policy::from_toml(&text).unwrap();
    let st = publish_embedded(dir.path(), &strict, REL).await;
    let q = reasons(&st, "foundation", "counsellor_led").await;
    assert_eq!(
        q.get("training_role_order").copied(),
        planted["counsellor_first"].as_u64(),
        "{q:?}"
    );
    // smoke reads the strict policy from the release, whatever this build bundles
    let blob = LocalBlobStore::new(dir.path());
    let report = mhd_shared::smoke::smoke(&blob, &ReleaseId::parse(REL).unwrap())
        .await
        .unwrap();
    assert!(report.policy.contains(&strict.sha256), "{}", report.policy);
    // and a policy file changed after publication is refused
    let key = format!("releases/{REL}/policy.toml");
    std::fs::write(dir.path().join(&key), mhd_shared::policy::RELEASE_0).unwrap();
    let e = mhd_shared::smoke::smoke(&blob, &ReleaseId::parse(REL).unwrap())
        .await
        .unwrap_err();
    assert!(e.to_string().contains("policy sha256"), "{e}");
}
