//! Answers of the costlier breakdowns (stats, timeline, meta, fused
//! events, contradictions) kept for
//! identical requests while the store does not change: a dashboard asks
//! for the same breakdowns again and again, and each costs a scan of the
//! matching events. An answer holds for the store version (the last write's
//! number) it was computed at, so an ingest beside the server is seen at
//! the next request.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use bytes::Bytes;

/// Answers kept; the least recently used goes first.
const ENTRIES: usize = 256;
/// Answers larger than this are not kept.
const LARGEST: usize = 1 << 20;

#[derive(Default)]
pub(crate) struct AnswerCache {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    answers: HashMap<String, Entry>,
    clock: u64,
}

struct Entry {
    version: i64,
    body: Bytes,
    used: u64,
}

impl AnswerCache {
    /// The answer to `key` computed at `version`, if kept.
    pub(crate) fn get(&self, key: &str, version: i64) -> Option<Bytes> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.clock += 1;
        let now = inner.clock;
        let entry = inner.answers.get_mut(key).filter(|e| e.version == version)?;
        entry.used = now;
        Some(entry.body.clone())
    }

    pub(crate) fn put(&self, key: String, version: i64, body: Bytes) {
        if body.len() > LARGEST {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.clock += 1;
        let used = inner.clock;
        if inner.answers.len() >= ENTRIES && !inner.answers.contains_key(&key) {
            // A scan of a few hundred entries, once per miss: cheaper than
            // the scan of events that made the miss.
            let oldest = inner
                .answers
                .iter()
                .min_by_key(|(_, e)| e.used)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                inner.answers.remove(&k);
            }
        }
        inner.answers.insert(key, Entry { version, body, used });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_holds_for_its_version_and_the_least_used_goes_first() {
        let c = AnswerCache::default();
        c.put("a".into(), 1, Bytes::from_static(b"A"));
        assert_eq!(c.get("a", 1).as_deref(), Some(&b"A"[..]));
        assert_eq!(c.get("a", 2), None, "a newer store");
        assert_eq!(c.get("b", 1), None);
        for i in 0..ENTRIES {
            c.put(format!("k{i}"), 1, Bytes::from_static(b"x"));
            // "a" stays in use.
            assert!(c.get("a", 1).is_some(), "{i}");
        }
        assert!(c.get("k0", 1).is_none(), "the least recently used went");
        assert!(c.get(&format!("k{}", ENTRIES - 1), 1).is_some());
        c.put("big".into(), 1, Bytes::from(vec![0u8; LARGEST + 1]));
        assert!(c.get("big", 1).is_none());
    }
}
