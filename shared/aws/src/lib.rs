//! The AWS adapters of mhd-release: the blob store on S3, the state store on DynamoDB, the
//! results and dead-letter queues on SQS, and
//! building their clients once, at the edge, from the environment. The core (`mhd-shared`)
//! holds the stages over the `BlobStore`/`StateStore` traits and never sees the SDK: this
//! crate is what the Lambdas and the CLI add to reach AWS.

mod dynamo;
mod s3;
mod sqs;

pub use dynamo::DynamoStateStore;
pub use s3::S3BlobStore;
pub use sqs::SqsQueue;

/// SDK config from the standard chain (env, profile, IMDS); `AWS_ENDPOINT_URL` is honoured, which
/// is how the local emulator is reached.
pub async fn sdk_config() -> aws_config::SdkConfig {
    aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await
}

pub fn blob_store(cfg: &aws_config::SdkConfig, bucket: &str) -> S3BlobStore {
    S3BlobStore::new(S3BlobStore::client(cfg), bucket)
}

/// The queue at `url` (results, or a dead-letter queue).
pub fn queue(cfg: &aws_config::SdkConfig, url: String) -> SqsQueue {
    SqsQueue {
        client: aws_sdk_sqs::Client::new(cfg),
        url,
    }
}

/// The queue at `url`'s retries: a message whose failure may pass comes back after
/// `MHD_RETRY_BASE_SECS` (default 60), four times longer after each further failure.
pub fn retry(
    cfg: &aws_config::SdkConfig,
    url: String,
) -> Result<mhd_shared::messages::Retry<SqsQueue>, String> {
    let base_secs = match std::env::var("MHD_RETRY_BASE_SECS") {
        Err(_) => 60,
        Ok(v) => v.parse().ok().filter(|s| *s > 0).ok_or_else(|| {
            format!("MHD_RETRY_BASE_SECS {v:?}: not a whole number of seconds above 0")
        })?,
    };
    Ok(mhd_shared::messages::Retry {
        queue: queue(cfg, url),
        base_secs,
    })
}

pub fn state_store(cfg: &aws_config::SdkConfig, table: &str) -> DynamoStateStore {
    DynamoStateStore::new(aws_sdk_dynamodb::Client::new(cfg), table)
}

/// The policy the functions run under: the bundled Release 0 policy, or the TOML object named by
/// `MHD_POLICY_KEY` (a `config/` key in the release bucket). A policy that is missing or does not
/// validate stops the function at start-up (fail closed): every event then lands in a DLQ.
pub async fn policy(blob: &S3BlobStore) -> Result<mhd_shared::policy::Policy, String> {
    let deployment_key = std::env::var("MHD_FIELD_KEY").ok();
    policy_file(blob)
        .await
        .map(|p| p.with_field_key(deployment_key))
}

async fn policy_file(blob: &S3BlobStore) -> Result<mhd_shared::policy::Policy, String> {
    use mhd_shared::store::BlobStore;
    let key = std::env::var("MHD_POLICY_KEY").unwrap_or_default();
    if key.is_empty() {
        return Ok(mhd_shared::policy::Policy::release_0());
    }
    if !key.starts_with("config/") {
        return Err(format!("MHD_POLICY_KEY {key}: must be a config/ key"));
    }
    let bytes = blob
        .get(&key)
        .await
        .map_err(|e| format!("policy {key}: {e}"))?
        .ok_or_else(|| format!("policy {key}: no such object"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("policy {key}: not UTF-8"))?;
    mhd_shared::policy::Policy::from_toml(&text).map_err(|e| format!("policy {key}: {e}"))
}

/// A required environment variable, with a message that names it.
pub fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("environment variable {name} is not set"))
}

/// Re-open a FAILED release on AWS and re-drive every staged file but the sidecars (shards first,
/// the seal last) so each is read again in the new generation. Returns how many objects were re-driven.
pub async fn reopen_and_redrive(
    blob: &S3BlobStore,
    st: &DynamoStateStore,
    release: &mhd_shared::model::ReleaseId,
    now: i64,
) -> Result<(mhd_shared::state::Meta, usize), mhd_shared::pipeline::StageError> {
    use mhd_shared::store::BlobStore;
    let meta = mhd_shared::pipeline::seal::reopen(st, release, now).await?;
    // Not the sidecars: shards read them as they are, and copying one would make a new version
    // that turns every row already read under it stale (read twice for nothing).
    let mut staged: Vec<String> = blob
        .list(&mhd_shared::keys::staging_prefix(release))
        .await?
        .into_iter()
        .filter(|k| !k.ends_with("/provenance.json"))
        .collect();
    staged.sort_by_key(|k| k.ends_with("/release.json"));
    for key in &staged {
        blob.retrigger(key, &mhd_shared::pipeline::rfc3339(now))
            .await?;
    }
    Ok((meta, staged.len()))
}

/// An SDK error as one readable line: each cause in the chain once, by its message (the SDK's
/// Debug form is a multi-screen dump an operator cannot act on).
pub(crate) fn one_line(err: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = Some(err);
    while let Some(e) = cur {
        // Some SDK messages span lines (the credential chain lists each provider): one line.
        let msg = e
            .to_string()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        // Wrappers often repeat their cause's message; keep each once.
        if !msg.is_empty() && !parts.iter().any(|p| p.contains(&msg)) {
            parts.push(msg);
        }
        cur = e.source();
    }
    let line = parts.join(": ");
    let hint = if line.contains("credentials") {
        " (set AWS credentials, e.g. AWS_PROFILE or AWS_ACCESS_KEY_ID)"
    } else if line.contains("dispatch failure") || line.contains("connect") {
        " (is the endpoint reachable? AWS_ENDPOINT_URL / AWS_REGION)"
    } else {
        ""
    };
    format!("{line}{hint}")
}

#[cfg(test)]
mod tests {
    #[derive(Debug, thiserror::Error)]
    #[error("dispatch failure")]
    struct Outer(#[source] Inner);
    #[derive(Debug, thiserror::Error)]
    #[error("tcp connect error: Connection refused")]
    struct Inner;

    #[test]
    fn an_error_chain_reads_as_one_line_with_a_hint() {
        let line = super::one_line(&Outer(Inner));
        assert_eq!(
            line,
            "dispatch failure: tcp connect error: Connection refused \
             (is the endpoint reachable? AWS_ENDPOINT_URL / AWS_REGION)"
        );
    }
}
