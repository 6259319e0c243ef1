//! Test support: the example drop, the local stack's environment, polling helpers, signing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Records as JSON lines, one per line.
pub fn json_lines(records: impl IntoIterator<Item = serde_json::Value>) -> Vec<u8> {
    let mut out = Vec::new();
    for rec in records {
        serde_json::to_writer(&mut out, &rec).unwrap();
        out.push(b'\n');
    }
    out
}

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
        let mut s = review::draft(&policy, &meta.release, req, reviewer, "approve", signed_at);
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

/// A stack of infra/template.yaml deployed on the emulator: its environment and clients.
pub struct AwsStack {
    pub env: std::collections::HashMap<String, String>,
    pub cfg: aws_config::SdkConfig,
    pub blob: mhd_aws::S3BlobStore,
    pub state: mhd_aws::DynamoStateStore,
    /// The environment file of a scenario stack (`None`: the local stack).
    pub env_file: Option<PathBuf>,
}

impl AwsStack {
    pub async fn new(env: std::collections::HashMap<String, String>) -> Self {
        let cfg = sdk_config(&env).await;
        let blob = mhd_aws::blob_store(&cfg, &env["MHD_BUCKET"]);
        let state = mhd_aws::state_store(&cfg, &env["MHD_TABLE"]);
        AwsStack {
            env,
            cfg,
            blob,
            state,
            env_file: None,
        }
    }

    /// The stack `scripts/local-stack up` deployed.
    pub async fn local() -> Self {
        Self::new(stack_env()).await
    }

    /// A private copy of the template for one scenario, under its own name, tuned by
    /// `tests/scenarios/stack.py deploy` options (`--visibility 3`, `--ingest-timeout 1`, ...).
    pub async fn scenario(tag: &str, tune: &[&str]) -> Self {
        let base = stack_env();
        let name = format!(
            "mhd-scn-{tag}-{}",
            unique_release("2026-01-01").rsplit('.').next().unwrap()
        );
        let dir = repo_root().join("target/scenario-stacks");
        std::fs::create_dir_all(&dir).unwrap();
        let env_out = dir.join(format!("{name}.env"));
        let mut args = vec![
            "deploy",
            "--stack",
            &name,
            "--env-out",
            env_out.to_str().unwrap(),
        ];
        args.extend_from_slice(tune);
        Self::stack_py(&base, &args);
        let mut env = base;
        for line in std::fs::read_to_string(&env_out).unwrap().lines() {
            if let Some((k, v)) = line
                .trim()
                .strip_prefix("export ")
                .and_then(|l| l.split_once('='))
            {
                env.insert(k.into(), v.into());
            }
        }
        let mut s = Self::new(env).await;
        s.env_file = Some(env_out);
        s
    }

    /// `tests/scenarios/stack.py` with the emulator's python and this stack's credentials; its
    /// standard output.
    pub fn stack_py(env: &std::collections::HashMap<String, String>, args: &[&str]) -> String {
        let out = std::process::Command::new(repo_root().join(".venv/bin/python"))
            .arg(repo_root().join("tests/scenarios/stack.py"))
            .args(args)
            .envs(env.iter().filter(|(k, _)| k.starts_with("AWS_")))
            .output()
            .expect("the emulator's venv has python");
        assert!(
            out.status.success(),
            "stack.py {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Upload the example drop under `release`, without its seal, skipping keys for which
    /// `skip` is true.
    pub async fn upload_example(&self, release: &str, skip: impl Fn(&str) -> bool) {
        use mhd_shared::store::BlobStore;
        for (key, bytes) in files(&example_bucket()) {
            let key = key.replace(EXAMPLE_RELEASE, release);
            if key.ends_with("/release.json") || skip(&key) {
                continue;
            }
            self.blob.put(&key, bytes).await.unwrap();
        }
    }

    pub async fn seal(&self, release: &str) {
        use mhd_shared::store::BlobStore;
        self.blob
            .put(
                &format!("staging/{release}/release.json"),
                b"{\"note\":\"intake closed\"}\n".to_vec(),
            )
            .await
            .unwrap();
    }

    pub async fn wait_state(
        &self,
        r: &mhd_shared::model::ReleaseId,
        want: &[mhd_shared::state::State],
    ) -> mhd_shared::state::Meta {
        wait_for(
            &format!("{r} to reach {want:?}"),
            Duration::from_secs(240),
            || async {
                let m = mhd_shared::state::get_meta(&self.state, r).await.unwrap()?;
                want.contains(&m.state).then_some(m)
            },
        )
        .await
    }

    /// Waits until the queue named by `queue` (an env key) has nothing visible or in flight,
    /// twice in a row.
    pub async fn wait_drained(&self, queue: &str) {
        use aws_sdk_sqs::types::QueueAttributeName as A;
        let sqs = aws_sdk_sqs::Client::new(&self.cfg);
        let (mut quiet, start) = (0, Instant::now());
        while quiet < 2 {
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "timed out waiting for {queue} to drain"
            );
            let attrs = sqs
                .get_queue_attributes()
                .queue_url(&self.env[queue])
                .attribute_names(A::ApproximateNumberOfMessages)
                .attribute_names(A::ApproximateNumberOfMessagesNotVisible)
                .send()
                .await
                .unwrap();
            let n = |a: A| -> i64 {
                attrs
                    .attributes()
                    .and_then(|m| m.get(&a))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(-1)
            };
            let empty = n(A::ApproximateNumberOfMessages) == 0
                && n(A::ApproximateNumberOfMessagesNotVisible) == 0;
            quiet = if empty { quiet + 1 } else { 0 };
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }

    pub async fn queue_depth(&self, url: &str) -> i64 {
        use aws_sdk_sqs::types::QueueAttributeName as A;
        let attrs = aws_sdk_sqs::Client::new(&self.cfg)
            .get_queue_attributes()
            .queue_url(url)
            .attribute_names(A::ApproximateNumberOfMessages)
            .send()
            .await
            .unwrap();
        attrs
            .attributes()
            .and_then(|a| a.get(&A::ApproximateNumberOfMessages))
            .and_then(|v| v.parse().ok())
            .unwrap_or(-1)
    }
}
