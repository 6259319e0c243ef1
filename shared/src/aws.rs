//! Building AWS clients once, at the edge, from the environment.

use crate::state::DynamoStateStore;
use crate::store::S3BlobStore;

/// SDK config from the standard chain (env, profile, IMDS); `AWS_ENDPOINT_URL` is honoured, which
/// is how the local emulator is reached.
pub async fn sdk_config() -> aws_config::SdkConfig {
    aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await
}

pub fn blob_store(cfg: &aws_config::SdkConfig, bucket: &str) -> S3BlobStore {
    S3BlobStore::new(S3BlobStore::client(cfg), bucket)
}

pub fn state_store(cfg: &aws_config::SdkConfig, table: &str) -> DynamoStateStore {
    DynamoStateStore::new(aws_sdk_dynamodb::Client::new(cfg), table)
}

/// A required environment variable, with a message that names it.
pub fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("environment variable {name} is not set"))
}

/// Re-open a FAILED release on AWS and re-drive every staged file (shards first, the seal last)
/// so each is read again in the new generation. Returns how many objects were re-driven.
pub async fn reopen_and_redrive(
    blob: &S3BlobStore,
    st: &DynamoStateStore,
    release: &crate::model::ReleaseId,
    now: i64,
) -> Result<(crate::state::Meta, usize), crate::pipeline::StageError> {
    use crate::store::BlobStore;
    let meta = crate::pipeline::seal::reopen(st, release, now).await?;
    let mut staged = blob.list(&crate::keys::staging_prefix(release)).await?;
    staged.sort_by_key(|k| k.ends_with("/release.json"));
    for key in &staged {
        blob.retrigger(key, &crate::pipeline::rfc3339(now)).await?;
    }
    Ok((meta, staged.len()))
}
