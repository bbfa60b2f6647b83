//! A few read-only stores, opened once, lent to one request at a time.
//!
//! A [`Store`] holds a SQLite connection: it may move between threads but
//! not be shared by them. Each request borrows a whole store for the
//! blocking work it does (inside `spawn_blocking`), so no connection is
//! ever used by two threads at once and no lock is held while a query
//! runs. Requests beyond the pool's size wait (asynchronously, holding no
//! thread) for a store to come back. Exports hold a store for as long as
//! the client reads, so at most half the stores may be exporting at once:
//! the other half stays free for quick queries.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rasad_pack::Pack;
use rasad_store::Store;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::Result;

/// How stale a store's view of the full-text index may get before a
/// search reloads it (an ingest running beside the server commits to it).
const INDEX_FRESHNESS: Duration = Duration::from_secs(2);

pub(crate) struct Pool {
    free: Mutex<Vec<Slot>>,
    /// One permit per store in `free`.
    permits: Arc<Semaphore>,
    exports: Arc<Semaphore>,
}

struct Slot {
    store: Store,
    refreshed: Instant,
}

/// A store borrowed from the pool; it goes back when the lease drops, even
/// when the work that held it panicked.
pub(crate) struct Lease {
    slot: Option<Slot>,
    pool: Arc<Pool>,
    // Released after the store is back in `free` (fields drop after `drop`).
    _permit: OwnedSemaphorePermit,
}

impl Pool {
    /// Opens `size` read-only stores of `dir` (at least one).
    pub(crate) fn open(dir: &std::path::Path, pack: &Pack, size: usize) -> Result<Arc<Pool>> {
        let size = size.max(1);
        let mut free = Vec::with_capacity(size);
        for _ in 0..size {
            free.push(Slot {
                store: Store::open_read_only(dir, pack)?,
                refreshed: Instant::now(),
            });
        }
        Ok(Arc::new(Pool {
            free: Mutex::new(free),
            permits: Arc::new(Semaphore::new(size)),
            exports: Arc::new(Semaphore::new((size / 2).max(1))),
        }))
    }

    /// Waits for a free store.
    pub(crate) async fn lease(self: &Arc<Pool>) -> Lease {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .expect("the pool's semaphore is never closed");
        let slot = self
            .free
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .expect("a permit stands for a free store");
        Lease {
            slot: Some(slot),
            pool: Arc::clone(self),
            _permit: permit,
        }
    }

    /// Waits for the right to run an export (taken before its lease).
    pub(crate) async fn export_permit(&self) -> OwnedSemaphorePermit {
        Arc::clone(&self.exports)
            .acquire_owned()
            .await
            .expect("the pool's semaphore is never closed")
    }
}

impl Lease {
    pub(crate) fn store(&self) -> &Store {
        &self
            .slot
            .as_ref()
            .expect("a lease holds its store until dropped")
            .store
    }

    /// Makes the index show what was committed since the last reload, when
    /// that was a while ago.
    pub(crate) fn fresh_index(&mut self) -> rasad_store::Result<&Store> {
        let slot = self.slot.as_mut().expect("a lease holds its store until dropped");
        if slot.refreshed.elapsed() >= INDEX_FRESHNESS {
            slot.store.refresh()?;
            slot.refreshed = Instant::now();
        }
        Ok(&slot.store)
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            self.pool
                .free
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(slot);
        }
    }
}
