use std::net::SocketAddr;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rasad_store::StoreError;

/// What can keep the server from starting or running.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("opening the store: {0}")]
    Store(#[from] StoreError),
    #[error("listening on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("{0:?} is not an origin a header can carry (e.g. http://localhost:5173)")]
    Origin(String),
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = ServeError> = std::result::Result<T, E>;

/// An answer that is an error: a status and a reason a person can act on,
/// sent as `{"error": reason}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub reason: String,
}

impl ApiError {
    pub fn new(status: StatusCode, reason: impl Into<String>) -> ApiError {
        ApiError {
            status,
            reason: reason.into(),
        }
    }

    pub fn bad_request(reason: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, reason)
    }

    pub fn not_found(reason: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, reason)
    }

    /// A fault of the server, not of the request.
    pub fn internal(reason: impl std::fmt::Display) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error: {reason}"),
        )
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            // What the user wrote: the store's message says what is accepted.
            StoreError::Filter(m) | StoreError::Query(m) => ApiError::bad_request(m),
            StoreError::Busy => ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
            other => ApiError::internal(other),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error_response(self.status, &self.reason)
    }
}

/// `{"error": reason}` with `status`.
pub(crate) fn error_response(status: StatusCode, reason: &str) -> Response {
    (status, axum::Json(serde_json::json!({ "error": reason }))).into_response()
}
