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
mod fusion;
mod ingest;
mod plan;
mod query;
mod schema;
mod search;
mod synth;

use std::path::{Path, PathBuf};

use rasad_pack::Pack;
use rusqlite::{Connection, OpenFlags};

pub use error::{Result, StoreError};
pub use filter::PlaceFilter;
pub use filter::{Filter, FilterSpec};
pub use fusion::{ControlRow, Disagreement, DisagreementSide, FuseSummary, Joined, SideReport, StoredFused};
pub use ingest::{ingest, reextract, IngestOptions, Progress, Report, Summary};
pub use query::{ArticleMeta, Bucket, Counts, Marker, StatRow, Stats, StoredArticle, StoredEvent, Timeline};
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
    /// How reports are fused, and who is kin to whom.
    rules: rasad_fuse::Rules,
    kin: fusion::Parents,
    /// Whether each batch fuses its events (off while re-extracting and
    /// synthesising, which fuse everything at the end).
    fuse_on_write: bool,
}

impl Store {
    /// Opens the store in `dir`, creating it when absent, and brings the
    /// index level with the database. The pack's compound-name heads shape
    /// the index's terms (كفر زيتا = كفرزيتا).
    pub fn open(dir: &Path, pack: &Pack) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        let conn = Connection::open(dir.join(DB_FILE))?;
        schema::prepare(&conn)?;
        let index = search::TextIndex::open(&dir.join(INDEX_DIR), &pack.naming.compound_heads)?;
        let mut store = Store {
            dir: dir.to_path_buf(),
            conn,
            index,
            rules: rasad_fuse::Rules::builtin().map_err(|e| StoreError::Fusion(e.to_string()))?,
            kin: fusion::Parents::new(pack),
            fuse_on_write: true,
        };
        store.catch_up_index()?;
        // The writer's lock, held from the start: a reader opening the store
        // meanwhile must not take it to catch the index up between this
        // writer's database commit and its index commit.
        store.index.writer()?;
        let counted: i64 = store
            .conn
            .query_row("SELECT count(*) FROM facets", [], |r| r.get(0))?;
        if counted == 0 {
            store.count_facets()?;
        }
        Ok(store)
    }

    /// Opens an existing store for reading only; it is an error when `dir`
    /// holds no store.
    pub fn open_read_only(dir: &Path, pack: &Pack) -> Result<Store> {
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
        // Room for the statements of many filter shapes (a long-lived
        // reader, such as the HTTP server's, sees them all).
        conn.set_prepared_statement_cache_capacity(64);
        let index = search::TextIndex::open(&dir.join(INDEX_DIR), &pack.naming.compound_heads)?;
        let mut store = Store {
            dir: dir.to_path_buf(),
            conn,
            index,
            rules: rasad_fuse::Rules::builtin().map_err(|e| StoreError::Fusion(e.to_string()))?,
            kin: fusion::Parents::new(pack),
            fuse_on_write: true,
        };
        // A reader may bring a lagging index level (after a crash) when no
        // writer is at work; while one is, the index lags only by what it
        // has not committed yet, and reading goes on.
        match store.catch_up_index() {
            Ok(()) | Err(StoreError::Busy) => {}
            Err(e) => return Err(e),
        }
        store.index.close_writer()?;
        Ok(store)
    }

    /// Fuses with these rules from now on (a pack's `fusion.toml`).
    pub fn set_fusion_rules(&mut self, rules: rasad_fuse::Rules) {
        self.rules = rules;
    }

    /// Lets searches see what another process (an ingest) has committed to
    /// the index since this store was opened; the database needs nothing.
    pub fn refresh(&self) -> Result<()> {
        self.index.reload()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // What is not committed here is replayed on the next open.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests;
