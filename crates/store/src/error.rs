use std::path::{Path, PathBuf};

/// What can go wrong with a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("full-text index: {0}")]
    Index(String),
    #[error("{} holds no rasad store (run `rasad ingest --data {}` first)", .0.display(), .0.display())]
    NoStore(PathBuf),
    #[error("the store was written by a newer rasad (schema {found}, this rasad knows {known})")]
    NewerSchema { found: i64, known: i64 },
    #[error("another rasad is writing to this store; wait for it to finish")]
    Busy,
    #[error("fusion rules: {0}")]
    Fusion(String),
    #[error("bad filter: {0}")]
    Filter(String),
    #[error("bad search query: {0}")]
    Query(String),
    #[error("{0}")]
    Export(#[from] rasad_export::ExportError),
    #[error("stored record {key} cannot be read: {reason}")]
    Record { key: i64, reason: String },
}

impl StoreError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
