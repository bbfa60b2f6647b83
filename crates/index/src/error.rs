use std::path::PathBuf;

/// What can go wrong with the search index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index at {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: tantivy::TantivyError,
    },
    #[error("creating the search index directory {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the search index at {0} was built by another version of rasad (its fields differ); delete the directory and index again")]
    SchemaMismatch(PathBuf),
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("the query has no words to search for (only stopwords, exclusions or punctuation)")]
    EmptyQuery,
    #[error("{0:?} is not a date (YYYY-MM-DD)")]
    BadDate(String),
    #[error("the search index's last commit carries {0:?}, not an article key")]
    BadPayload(String),
}

pub type Result<T, E = IndexError> = std::result::Result<T, E>;

impl IndexError {
    /// Another writer (another rasad process) holds the index.
    pub fn is_locked(&self) -> bool {
        matches!(self, IndexError::Tantivy(tantivy::TantivyError::LockFailure(..)))
    }
}
