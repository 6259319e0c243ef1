//! Test support: the example drop, the local stack's environment, polling helpers, signing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// The bundled example bucket directory.
pub fn example_bucket() -> PathBuf {
    repo_root().join("examples").join("bucket")
}

pub const EXAMPLE_RELEASE: &str = "v2026-11-25";

/// Every file under `dir`, as (bucket key, bytes), sorted by key.
pub fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("readable dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let key = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((key, std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Copy a tree, renaming the release segment in every path (so a test can use its own release).
pub fn copy_example(to: &Path, release: &str) {
    for (key, bytes) in files(&example_bucket()) {
        let key = key.replace(EXAMPLE_RELEASE, release);
        let p = to.join(&key);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
}

/// The local stack's environment: from the process env, else `.local-stack/env` written by
/// `scripts/local-stack up`. Panics with the command to run when neither has it.
pub fn stack_env() -> std::collections::HashMap<String, String> {
    let mut env: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let file = repo_root().join(".local-stack").join("env");
    if let Ok(text) = std::fs::read_to_string(&file) {
        for line in text.lines() {
            if let Some((k, v)) = line
                .trim()
                .strip_prefix("export ")
                .and_then(|l| l.split_once('='))
            {
                env.insert(k.into(), v.into());
            }
        }
    }
    for (k, v) in std::env::vars() {
        if k.starts_with("MHD_") || k.starts_with("AWS_") {
            env.insert(k, v);
        }
    }
    assert!(
        env.contains_key("MHD_BUCKET") && env.contains_key("AWS_ENDPOINT_URL"),
        "the emulator is not up: run `scripts/local-stack up` (or `scripts/test`, which does it)"
    );
    env
}

/// SDK config pointing at the emulator in `env`.
pub async fn sdk_config(env: &std::collections::HashMap<String, String>) -> aws_config::SdkConfig {
    let creds = aws_sdk_s3::config::Credentials::new(
        &env["AWS_ACCESS_KEY_ID"],
        &env["AWS_SECRET_ACCESS_KEY"],
        None,
        None,
        "local-stack",
    );
    aws_config::defaults(aws_config::BehaviorVersion::latest())
        .endpoint_url(&env["AWS_ENDPOINT_URL"])
        .region(aws_config::Region::new(
            env.get("AWS_REGION")
                .cloned()
                .unwrap_or_else(|| "us-east-1".into()),
        ))
        .credentials_provider(creds)
        .load()
        .await
}

/// A release id no earlier test run used against a long-lived emulator: `vYYYY-MM-DD.N`.
pub fn unique_release(day: &str) -> String {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_micros()
        % 1_000_000_000;
    format!("v{day}.{}", n + 1)
}

/// Poll `f` until it returns `Some`, or panic after `timeout` naming `what`.
pub async fn wait_for<T, F, Fut>(what: &str, timeout: Duration, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(
            start.elapsed() < timeout,
            "timed out after {timeout:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Approves every signoff `meta` requires, as the policy's first role for each kind, and uploads
/// it to its signoff key; `edit` may change a signoff before it is written.
pub async fn sign_all<B: mhd_shared::store::BlobStore>(
    blob: &B,
    meta: &mhd_shared::state::Meta,
    signed_at: &str,
    edit: impl Fn(&mut mhd_shared::review::Signoff),
) {
    use mhd_shared::review::{self, Reviewer};
    let policy = mhd_shared::policy::Policy::release_0();
    for req in &meta.required_signoffs {
        let reviewer = Reviewer {
            name: "Test Reviewer".into(),
            role: policy.review.kinds[&req.kind].roles[0].clone(),
            credential: "TEST".into(),
        };
        let mut s = review::draft(
            &policy,
            &meta.release,
            &req.kind,
            &req.family,
            req.packet.clone(),
            reviewer,
            "approve",
            signed_at,
        );
        edit(&mut s);
        blob.put(
            &mhd_shared::keys::signoff_key(&meta.release, &req.kind, &req.family),
            serde_json::to_vec(&s).expect("signoff serializes"),
        )
        .await
        .expect("signoff uploaded");
    }
}

/// The test-only virtualenv's python (scripts/test-venv creates it from
/// scripts/requirements-test.txt), created once per test binary even when tests run in parallel.
pub fn test_python() -> PathBuf {
    static PY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PY.get_or_init(|| {
        let out = std::process::Command::new(repo_root().join("scripts/test-venv"))
            .output()
            .expect("scripts/test-venv runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().into()
    })
    .clone()
}

/// Runs a test script with the test virtualenv's python; its stdout (the script must succeed).
pub fn run_test_script(script: &str, args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let out = std::process::Command::new(test_python())
        .arg(repo_root().join(script))
        .args(args)
        .output()
        .expect("the test python runs");
    assert!(
        out.status.success(),
        "{script}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The embedded pipeline over a local bucket directory until it publishes: run (gates pass,
/// packets drawn), sign every packet as a test reviewer, run again. Returns the state store.
pub async fn publish_embedded(
    dir: &Path,
    policy: &mhd_shared::policy::Policy,
    release: &str,
) -> mhd_shared::state::LocalStateStore {
    use mhd_shared::state::State;
    let blob = mhd_shared::store::LocalBlobStore::new(dir);
    let st = mhd_shared::state::LocalStateStore::in_memory();
    let r = mhd_shared::model::ReleaseId::parse(release).unwrap();
    for want in [State::AwaitingSignoff, State::Published] {
        let (_, adv) =
            mhd_shared::pipeline::embedded::run(&blob, &st, policy, &r, 2, &mut |_, _| {})
                .await
                .unwrap();
        let meta = adv.meta.unwrap();
        assert_eq!(meta.state, want, "{:?}", meta.reasons);
        if want == State::AwaitingSignoff {
            sign_all(&blob, &meta, "2026-11-26T09:00:00Z", |_| {}).await;
        }
    }
    st
}
