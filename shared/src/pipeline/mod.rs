//! The stages, written once over [`BlobStore`](crate::store::BlobStore) and
//! [`StateStore`](crate::state::StateStore). The Lambdas and `mhd run` are two drivers of these.

pub mod assemble;
pub mod driver;
pub mod embedded;
pub mod entries;
pub mod gated;
pub mod gates;
pub mod gather;
pub mod history;
pub mod seal;
pub mod shard;
pub mod signoffs;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum StageError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("object {0} does not exist (deleted after its event?)")]
    Missing(String),
    #[error("{key}: {problem}")]
    Corrupt { key: String, problem: String },
    #[error(transparent)]
    Transition(#[from] crate::state::machine::TransitionError),
    #[error("{0}: overtaken by newer reads three times over; another delivery reads it again")]
    Overtaken(String),
}

impl StageError {
    /// Worth another delivery (throttling, timeouts, I/O), as opposed to a permanent problem.
    pub fn retryable(&self) -> bool {
        match self {
            StageError::Store(e) => e.retryable(),
            StageError::Overtaken(_) => true,
            StageError::Missing(_) | StageError::Corrupt { .. } | StageError::Transition(_) => {
                false
            }
        }
    }
}

/// Wall-clock seconds since the epoch; stages take `now` as an argument so tests can fix it.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub fn rfc3339(secs: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        .format(&time::format_description::well_known::Rfc3339)
        .expect("formattable")
}

/// A corpus read that failed is a stage error, named by its shard (and line).
impl From<crate::corpus::CorpusError> for StageError {
    fn from(e: crate::corpus::CorpusError) -> Self {
        match e {
            crate::corpus::CorpusError::Io { key, source } => crate::store::StoreError::Io {
                op: "read",
                key,
                source,
            }
            .into(),
            crate::corpus::CorpusError::Corrupt { key, line, problem } => StageError::Corrupt {
                key,
                problem: format!("line {line}: {problem}"),
            },
        }
    }
}
