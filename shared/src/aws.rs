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
