/// What can go wrong writing an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("writing the CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("unknown export format {0:?} (acled-csv, geojson or jsonl)")]
    UnknownFormat(String),
}

pub type Result<T, E = ExportError> = std::result::Result<T, E>;
