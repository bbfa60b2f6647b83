use std::path::PathBuf;

/// What can go wrong reading a pack.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("{file}:{line}: {reason}")]
    Parse {
        file: String,
        line: usize,
        reason: String,
    },
    #[error("reading {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("pack directory {0} does not exist or is not a directory")]
    NotADirectory(PathBuf),
    #[error("pack directory {0} holds none of the pack files (gazetteer.tsv, places_extra.tsv, actors.toml, reporters.toml, place_stopwords.txt, place_words.txt, cues.toml, naming.toml)")]
    EmptyUserPack(PathBuf),
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = PackError> = std::result::Result<T, E>;
