//! `rasad serve`: the HTTP API over a store.

use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use rasad_extract::Extractor;

pub fn run(
    extractor: Extractor,
    data: &Path,
    addr: SocketAddr,
    readers: Option<usize>,
    allow_origin: Option<String>,
) -> Result<ExitCode> {
    if !data.join(rasad_store::DB_FILE).exists() {
        bail!(
            "{} holds no rasad store; create one with `rasad ingest --data {} PATH...`",
            data.display(),
            data.display()
        );
    }
    let mut options = rasad_serve::Options::default();
    if let Some(n) = readers {
        options.readers = n.max(1);
    }
    options.allow_origin = allow_origin;
    rasad_serve::serve(extractor, data, addr, &options, |bound, options| {
        eprintln!(
            "rasad: serving {} on http://{bound}/ (the map; the API at /api/, described at /api/openapi.json; {} readers); ctrl-c stops",
            data.display(),
            options.readers
        );
    })
    .with_context(|| format!("serving {} on {addr}", data.display()))?;
    Ok(ExitCode::SUCCESS)
}
