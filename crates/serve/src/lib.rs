//! rasad's HTTP API: the store's events, articles, full-text search,
//! statistics and exports, the gazetteer, and extraction of posted text,
//! as JSON over HTTP. Everything but `POST /api/extract` only reads.
//!
//! [`router`] builds the API over a store directory (for tests and
//! embedding); [`serve`] runs it on a socket until ctrl-c. The endpoints,
//! their parameters and shapes are in [`openapi`], served at
//! `/api/openapi.json`.

mod api;
mod cache;
mod context;
mod error;
mod fused;
mod openapi;
mod params;
mod pool;
mod stream;
mod ui;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use rasad_extract::Extractor;

pub use api::{endpoints, Limits};
pub use context::{evidence_context, Context, Span};
pub use error::{ApiError, Result, ServeError};
pub use openapi::openapi;
pub use params::FILTERS;

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct Options {
    /// Read-only stores opened at start, each lent to one request at a
    /// time.
    pub readers: usize,
    /// Extractions (`POST /api/extract`) that run at once; more wait.
    pub extractions: usize,
    pub limits: Limits,
    /// An origin whose web pages may call the API from a browser (CORS),
    /// e.g. `http://localhost:5173` for a UI's development server, or `*`.
    /// None: only pages served from the API's own origin.
    pub allow_origin: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Options {
            // Queries are short and mostly CPU: a couple per core keeps the
            // cores busy while one waits on the disk.
            readers: (2 * cores).max(4),
            extractions: cores,
            limits: Limits::default(),
            allow_origin: None,
        }
    }
}

/// The API over the store in `data`, which must exist. Opens the stores
/// now, so a missing or unreadable store is an error before any request.
pub fn router(extractor: Arc<Extractor>, data: &Path, options: &Options) -> Result<Router> {
    api::router(extractor, data, options)
}

/// Serves the API on `addr` until ctrl-c; `ready` is told the address
/// bound (port 0 picks one).
pub fn serve(
    extractor: Extractor,
    data: &Path,
    addr: SocketAddr,
    options: &Options,
    ready: impl FnOnce(SocketAddr, &Options),
) -> Result<()> {
    let app = router(Arc::new(extractor), data, options)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| ServeError::Bind { addr, source })?;
        ready(listener.local_addr()?, options);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
