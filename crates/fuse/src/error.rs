/// What can go wrong with fusion.
#[derive(Debug, thiserror::Error)]
pub enum FuseError {
    #[error("{file}: {reason}")]
    Rules { file: String, reason: String },
}

pub type Result<T, E = FuseError> = std::result::Result<T, E>;
