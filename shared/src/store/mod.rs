//! Blob storage: S3, or a local directory laid out exactly like the bucket.

mod local;

pub use local::LocalBlobStore;

use std::future::Future;
use std::path::Path;

/// A blocking reader over an object's bytes, for stages that stream inside `spawn_blocking`.
pub type BlobReader = Box<dyn std::io::Read + Send>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{op} {key}: {source}")]
    Io {
        op: &'static str,
        key: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{op} {key}: {message}")]
    Remote {
        op: &'static str,
        key: String,
        message: String,
        /// Throttling, timeouts, 5xx: worth another delivery.
        retryable: bool,
    },
    #[error("invalid key {0:?}")]
    BadKey(String),
    /// The object exists but may not be read: e.g. a symbolic link in a local bucket directory,
    /// which would let a staged "object" be any file on the machine.
    #[error("{key}: refused: {why}")]
    Refused { key: String, why: &'static str },
}

impl StoreError {
    pub fn retryable(&self) -> bool {
        match self {
            StoreError::Io { .. } => true,
            StoreError::Remote { retryable, .. } => *retryable,
            StoreError::BadKey(_) | StoreError::Refused { .. } => false,
        }
    }
}

/// The few object operations the stages need. Keys are bucket keys (`staging/…`).
pub trait BlobStore: Send + Sync {
    /// The object's bytes, or `None` when there is no such key.
    fn get(&self, key: &str) -> impl Future<Output = Result<Option<Vec<u8>>, StoreError>> + Send;
    fn put(&self, key: &str, bytes: Vec<u8>)
    -> impl Future<Output = Result<(), StoreError>> + Send;
    /// The object as a streaming blocking reader (read it from a blocking thread), or `None`.
    fn open(
        &self,
        key: &str,
    ) -> impl Future<Output = Result<Option<BlobReader>, StoreError>> + Send;
    /// Upload a local file without holding it in memory.
    fn put_file(
        &self,
        key: &str,
        path: &Path,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
    /// Write only if no object exists at `key`; `false` when one already did.
    fn put_if_absent(
        &self,
        key: &str,
        bytes: Vec<u8>,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
    /// A token that changes whenever the object's content does (S3: the version id, else the
    /// ETag; a local file: its size and modification time), or `None` when there is no object.
    /// Recorded when a shard is read, compared when the release is assembled: content edited
    /// after it was read is caught, never shipped stale.
    fn version(&self, key: &str)
    -> impl Future<Output = Result<Option<String>, StoreError>> + Send;
    /// Every key under `prefix`, sorted.
    fn list(&self, prefix: &str) -> impl Future<Output = Result<Vec<String>, StoreError>> + Send;
    /// Where this store points, for messages (`s3://bucket` or a directory).
    fn location(&self) -> String;
    /// The object as a file on this machine, when the store is a local directory (lets the
    /// release-wide stage read normalized shards in place instead of copying them).
    fn local_path(&self, _key: &str) -> Option<std::path::PathBuf> {
        None
    }
}
