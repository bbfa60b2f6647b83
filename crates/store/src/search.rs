//! The full-text index beside the database, and how the two agree.
//!
//! Each batch commits to SQLite first, then to the index with the batch's
//! number as the commit payload. On open, the batches after the index's
//! number are replayed into it; an index built by another analyzer (a new
//! pack, a new rasad) is rebuilt from the database.

use std::path::Path;
use std::time::{Duration, Instant};

use rasad_extract::Event;
use rasad_index::{ArticleDoc, EvidenceDoc, HitKind, Index, SearchOptions, Snippet, Writer};
use rusqlite::params;
use serde::Serialize;

use crate::query::ArticleMeta;
use crate::{Result, Store, StoreError};

/// Memory for the index writer's buffer before it writes a segment.
const WRITER_HEAP: usize = 64 << 20;
const INDEX_COMMIT_EVERY: Duration = Duration::from_secs(10);

impl From<rasad_index::IndexError> for StoreError {
    fn from(e: rasad_index::IndexError) -> StoreError {
        match e {
            rasad_index::IndexError::EmptyQuery => {
                StoreError::Query("nothing to search for (only stopwords or exclusions)".into())
            }
            other => StoreError::Index(other.to_string()),
        }
    }
}

pub(crate) struct TextIndex {
    index: Index,
    writer: Option<Writer>,
    /// The last batch applied but not committed.
    pending: Option<i64>,
    last_commit: Instant,
}

impl TextIndex {
    pub(crate) fn open(dir: &Path, heads: &std::collections::HashSet<String>) -> Result<TextIndex> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        Ok(TextIndex {
            index: Index::open_or_create(dir, heads)?,
            writer: None,
            pending: None,
            last_commit: Instant::now(),
        })
    }

    pub(crate) fn reload(&self) -> Result<()> {
        Ok(self.index.reload()?)
    }

    /// Lets go of the index's write lock.
    pub(crate) fn close_writer(&mut self) -> Result<()> {
        if let Some(w) = self.writer.take() {
            w.close()?;
        }
        Ok(())
    }

    pub(crate) fn writer(&mut self) -> Result<&mut Writer> {
        if self.writer.is_none() {
            let w = self.index.writer(WRITER_HEAP).map_err(|e| {
                if e.is_locked() {
                    StoreError::Busy
                } else {
                    e.into()
                }
            })?;
            self.writer = Some(w);
        }
        Ok(self.writer.as_mut().expect("just set"))
    }
}

/// A search result, with its article.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// "article" or "evidence".
    pub kind: &'static str,
    pub score: f32,
    /// The event whose evidence matched.
    pub event: Option<i64>,
    pub article: ArticleMeta,
    /// Original text around the match.
    pub snippet: String,
    /// Byte ranges of `snippet` that matched.
    pub highlights: Vec<std::ops::Range<usize>>,
}

impl SearchHit {
    /// The snippet with the matches between `open` and `close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        Snippet {
            text: self.snippet.clone(),
            highlights: self.highlights.clone(),
        }
        .to_marked(open, close)
    }
}

impl Store {
    /// Arabic-aware full-text search over article text and event
    /// evidence: plain words (all required), "phrases", -exclusions.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let opts = SearchOptions {
            limit,
            ..SearchOptions::default()
        };
        let hits = self.index.index.search(query, &opts)?;
        let mut out = Vec::with_capacity(hits.len());
        for h in hits {
            let Some(article) = self.article_meta(h.article_key)? else {
                // Indexed but not in the database: cannot happen after
                // open's catch-up, but a hit without its article is useless.
                continue;
            };
            out.push(SearchHit {
                kind: match h.kind {
                    HitKind::Article => "article",
                    HitKind::Evidence => "evidence",
                },
                score: h.score,
                event: h.event_key,
                article,
                snippet: h.snippet.text,
                highlights: h.snippet.highlights,
            });
        }
        Ok(out)
    }

    pub(crate) fn index_docs(&self) -> i64 {
        self.index.index.num_docs() as i64
    }

    /// Puts logged batch `number` into the index, committing every few
    /// seconds: a commit waits for indexing to finish, and a batch the index
    /// lost is replayed on open anyway.
    pub(crate) fn index_batch(&mut self, number: i64) -> Result<()> {
        self.apply_batch(number)?;
        self.index.pending = Some(number);
        if self.index.last_commit.elapsed() >= INDEX_COMMIT_EVERY {
            self.flush()?;
        }
        Ok(())
    }

    /// Commits what the index holds uncommitted.
    pub fn flush(&mut self) -> Result<()> {
        if let Some(number) = self.index.pending.take() {
            self.index.writer()?.commit(number)?;
            self.index.last_commit = Instant::now();
        }
        Ok(())
    }

    fn apply_batch(&mut self, number: i64) -> Result<()> {
        let (kind, first, last): (String, i64, i64) = self.conn.query_row(
            "SELECT kind, first_article, last_article FROM batches WHERE number = ?1",
            [number],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let replace = kind == "reextract";
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, title, text, outlet, published FROM articles WHERE key BETWEEN ?1 AND ?2 ORDER BY key",
        )?;
        let mut events = self.conn.prepare_cached(
            "SELECT e.key, r.record FROM events e JOIN event_records r ON r.key = e.key WHERE e.article = ?1",
        )?;
        let writer = self.index.writer.as_mut();
        let writer = match writer {
            Some(w) => w,
            None => {
                self.index.writer()?;
                self.index.writer.as_mut().expect("just opened")
            }
        };
        let mut rows = stmt.query(params![first, last])?;
        while let Some(row) = rows.next()? {
            let key: i64 = row.get(0)?;
            if replace {
                writer.delete_evidence_of(key)?;
            } else {
                let title: Option<String> = row.get(1)?;
                let text: String = row.get(2)?;
                let outlet: Option<String> = row.get(3)?;
                let published: Option<String> = row.get(4)?;
                writer.add_article(&ArticleDoc {
                    key,
                    title: title.as_deref().unwrap_or(""),
                    text: &text,
                    outlet: outlet.as_deref().unwrap_or(""),
                    published: published.as_deref(),
                })?;
            }
            let evs = events.query_map([key], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
            for ev in evs {
                let (event_key, record) = ev?;
                let e: Event = serde_json::from_str(&record).map_err(|err| StoreError::Record {
                    key: event_key,
                    reason: err.to_string(),
                })?;
                writer.add_evidence(&EvidenceDoc {
                    event_key,
                    article_key: key,
                    text: &e.evidence.text,
                    date: e.event_date.as_deref(),
                })?;
            }
        }
        Ok(())
    }

    /// Brings the index level with the database: replays the batches it
    /// has not committed, or rebuilds it when its analyzer changed.
    pub(crate) fn catch_up_index(&mut self) -> Result<()> {
        let last: Option<i64> = self
            .conn
            .query_row("SELECT max(number) FROM batches", [], |r| r.get(0))?;
        let Some(last) = last else { return Ok(()) };
        let rebuild = self.index.index.needs_rebuild()?;
        let upto = if rebuild {
            0
        } else {
            self.index.index.committed_upto()?.unwrap_or(0)
        };
        if upto >= last {
            return Ok(());
        }
        let pending: Vec<(i64, String, i64)> = {
            // A rebuild replays ingest batches only: they add every article
            // with the events it has now.
            let mut stmt = self.conn.prepare(
                "SELECT number, kind, first_article FROM batches WHERE number > ?1 AND (?2 = 0 OR kind = 'ingest') ORDER BY number",
            )?;
            let rows = stmt.query_map(params![upto, rebuild as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let writer = self.index.writer()?;
        if rebuild {
            writer.delete_article_from(i64::MIN)?;
        } else if let Some((_, _, first)) = pending.iter().find(|(_, kind, _)| kind == "ingest") {
            // Anything of these articles that reached the index uncommitted
            // is gone, but deleting first makes replaying safe regardless.
            writer.delete_article_from(*first)?;
        }
        for (number, _, _) in &pending {
            self.apply_batch(*number)?;
        }
        self.index.writer()?.commit(last)?;
        Ok(())
    }

    fn article_meta(&self, key: i64) -> Result<Option<ArticleMeta>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, doc_id, outlet, url, title, published, ingested FROM articles WHERE key = ?1",
        )?;
        let mut rows = stmt.query([key])?;
        Ok(match rows.next()? {
            Some(r) => Some(ArticleMeta {
                key: r.get(0)?,
                doc_id: r.get(1)?,
                outlet: r.get(2)?,
                url: r.get(3)?,
                title: r.get(4)?,
                published: r.get(5)?,
                ingested: r.get(6)?,
            }),
            None => None,
        })
    }
}
