//! rasad's embedded store: one directory holding a SQLite database
//! (articles, their event records, their mentions) and the full-text index.
//!
//! SQLite is the source of truth. Every write is a batch: one SQLite
//! transaction that also appends to the `batches` log, then an index commit
//! whose payload is that batch's number. A process killed between the two
//! leaves the index behind the database; [`Store::open`] replays the logged
//! batches the index has not seen, so the two always agree after opening.

mod error;
mod filter;
mod ingest;
mod query;
mod schema;
mod search;
mod synth;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use error::{Result, StoreError};
pub use filter::{Filter, FilterSpec};
pub use ingest::{ingest, reextract, IngestOptions, Progress, Report, Summary};
pub use query::{ArticleMeta, Counts, StatRow, Stats, StoredArticle, StoredEvent};
pub use search::SearchHit;
pub use synth::synthesize;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "rasad.db";
/// Directory of the full-text index inside the data directory.
pub const INDEX_DIR: &str = "index";

/// An open store.
pub struct Store {
    dir: PathBuf,
    conn: Connection,
    index: search::TextIndex,
}

impl Store {
    /// Opens the store in `dir`, creating it when absent, and brings the
    /// index level with the database.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        let conn = Connection::open(dir.join(DB_FILE))?;
        schema::prepare(&conn)?;
        let index = search::TextIndex::open(&dir.join(INDEX_DIR))?;
        let mut store = Store {
            dir: dir.to_path_buf(),
            conn,
            index,
        };
        store.catch_up_index()?;
        Ok(store)
    }

    /// Opens an existing store for reading only; it is an error when `dir`
    /// holds no store. The index is not repaired (a writer does that).
    pub fn open_read_only(dir: &Path) -> Result<Store> {
        let db = dir.join(DB_FILE);
        if !db.exists() {
            return Err(StoreError::NoStore(dir.to_path_buf()));
        }
        let conn = Connection::open_with_flags(
            &db,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        schema::check_version(&conn)?;
        schema::register_functions(&conn)?;
        let index = search::TextIndex::open(&dir.join(INDEX_DIR))?;
        Ok(Store {
            dir: dir.to_path_buf(),
            conn,
            index,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

#[cfg(test)]
mod tests;
