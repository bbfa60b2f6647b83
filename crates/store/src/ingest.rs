//! Ingest: articles read on one thread, extracted on the others, written in
//! batches by the caller's thread, in input order.
//!
//! ```text
//! reader ──(new articles)──▶ workers (extract + mentions) ──▶ writer (batches)
//!    └──── problems, duplicates ──────────────────────────────────▲
//! ```

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rasad_article::{read_paths, Article, Item, Problem};
use rasad_extract::{ArticleIn, Event, Extractor};
use rasad_mentions::{Engine, Kind, Resolution};
use rasad_text::dates::Date;
use rasad_text::decode::Encoding;
use rasad_text::CharOffsets;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::schema::{gov_code, sub_code};
use crate::{Result, Store, DB_FILE};

/// How to ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Articles per transaction: what a crash can lose at most.
    pub batch_size: usize,
    /// A batch is also written when this much time has passed since the
    /// last one, so slow input is saved as it comes.
    pub batch_interval: Duration,
    /// Extraction threads.
    pub workers: usize,
    /// Articles longer than this (bytes of text) are skipped: no news
    /// article is that long, a dump of a whole site is.
    pub max_article_bytes: usize,
    /// Publication date for articles that give none.
    pub fallback_date: Option<Date>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            batch_size: 256,
            batch_interval: Duration::from_secs(2),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_article_bytes: 4 << 20,
            fallback_date: None,
        }
    }
}

/// Counts so far; the last one is the summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    /// Articles read (stored, duplicate or too long).
    pub read: usize,
    pub stored: usize,
    /// Articles already in the store (same URL or same text).
    pub duplicates: usize,
    /// Lines, rows, files and articles skipped, each reported.
    pub skipped: usize,
    pub events: usize,
    pub mentions: usize,
    pub elapsed: Duration,
}

pub type Summary = Progress;

/// What ingest tells its caller as it goes.
pub enum Report<'a> {
    Problem(&'a Problem),
    Decoded {
        path: &'a str,
        encoding: Encoding,
    },
    /// Counts so far, a few times a second and after every batch.
    Progress(&'a Progress),
}

const TICK: Duration = Duration::from_millis(250);

/// One article ready to be written.
pub(crate) struct Extracted {
    pub(crate) article: Article,
    pub(crate) hash: [u8; 32],
    pub(crate) events: Vec<Event>,
    pub(crate) mentions: Vec<MentionRow>,
}

/// A name found in an article (character offsets into its text).
pub(crate) struct MentionRow {
    start: usize,
    end: usize,
    kind: &'static str,
    id: Option<String>,
    status: Option<&'static str>,
    text: String,
}

enum Msg {
    Problem(Problem),
    Decoded(String, Encoding),
    Duplicate,
    Done(usize, Box<Extracted>),
}

/// Reads `paths` into the store. Bad input is reported and skipped; the
/// articles already stored are counted as duplicates and not extracted.
pub fn ingest(
    store: &mut Store,
    extractor: &Extractor,
    paths: &[PathBuf],
    opts: &IngestOptions,
    report: &mut dyn FnMut(Report<'_>),
) -> Result<Summary> {
    let started = Instant::now();
    let reader_conn = Connection::open_with_flags(
        store.dir().join(DB_FILE),
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Article, [u8; 32])>(opts.workers * 8);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (msg_tx, msg_rx) = mpsc::sync_channel::<Msg>(opts.workers * 16);
    let mut progress = Progress::default();

    std::thread::scope(|scope| -> Result<()> {
        // Owned here, the receivers go when this returns, on an error too:
        // the workers' and the reader's sends then fail and they stop,
        // where they would otherwise wait on full channels for ever.
        let (work_rx, msg_rx) = (work_rx, msg_rx);
        let reader_msgs = msg_tx.clone();
        let max = opts.max_article_bytes;
        scope.spawn(move || {
            let mut seen = Seen::new(reader_conn);
            let mut seq = 0;
            read_paths(paths, &mut |item| {
                let msg = match item {
                    Item::Problem(p) => Msg::Problem(p),
                    Item::Decoded { path, encoding } => Msg::Decoded(path, encoding),
                    Item::Article(a) if a.text.len() > max => Msg::Problem(Problem {
                        path: a.origin.clone(),
                        line: None,
                        reason: format!(
                            "article {:?} is {:.1} MB of text, over the {:.0} MB cap",
                            a.id,
                            a.text.len() as f64 / 1e6,
                            max as f64 / 1e6
                        ),
                        skipped: true,
                    }),
                    Item::Article(a) => {
                        let hash = content_hash(&a.text);
                        if seen.is_duplicate(&a, &hash) {
                            Msg::Duplicate
                        } else {
                            let _ = work_tx.send((seq, a, hash));
                            seq += 1;
                            return;
                        }
                    }
                };
                let _ = reader_msgs.send(msg);
            });
            // Dropping work_tx here tells the workers the input is over.
        });
        for _ in 0..opts.workers.max(1) {
            let rx = Arc::clone(&work_rx);
            let tx = msg_tx.clone();
            scope.spawn(move || loop {
                let next = rx.lock().map(|r| r.recv());
                let Ok(Ok((seq, article, hash))) = next else { break };
                let done = extract(extractor, article, hash, opts.fallback_date);
                if tx.send(Msg::Done(seq, Box::new(done))).is_err() {
                    break;
                }
            });
        }
        drop(msg_tx);

        let mut pending: BTreeMap<usize, Box<Extracted>> = BTreeMap::new();
        let mut next_seq = 0;
        let mut batch: Vec<Extracted> = Vec::new();
        let mut last_write = Instant::now();
        let mut last_tick = Instant::now();
        loop {
            let msg = msg_rx.recv_timeout(Duration::from_millis(200));
            match msg {
                Ok(Msg::Problem(p)) => {
                    if p.skipped {
                        progress.skipped += 1;
                    }
                    report(Report::Problem(&p));
                }
                Ok(Msg::Decoded(path, encoding)) => report(Report::Decoded {
                    path: &path,
                    encoding,
                }),
                Ok(Msg::Duplicate) => {
                    progress.read += 1;
                    progress.duplicates += 1;
                }
                Ok(Msg::Done(seq, done)) => {
                    progress.read += 1;
                    pending.insert(seq, done);
                    while let Some(done) = pending.remove(&next_seq) {
                        next_seq += 1;
                        batch.push(*done);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            let due = batch.len() >= opts.batch_size
                || (!batch.is_empty() && last_write.elapsed() >= opts.batch_interval);
            if due {
                write_batch(store, &mut batch, &mut progress)?;
                last_write = Instant::now();
            }
            if due || last_tick.elapsed() >= TICK {
                progress.elapsed = started.elapsed();
                report(Report::Progress(&progress));
                last_tick = Instant::now();
            }
        }
        if !batch.is_empty() {
            write_batch(store, &mut batch, &mut progress)?;
        }
        Ok(())
    })?;
    store.flush()?;
    store.analyze()?;
    progress.elapsed = started.elapsed();
    Ok(progress)
}

/// Re-runs extraction over every stored article (after the rules or the
/// pack changed), replacing their events and mentions.
pub fn reextract(
    store: &mut Store,
    extractor: &Extractor,
    opts: &IngestOptions,
    report: &mut dyn FnMut(Report<'_>),
) -> Result<Summary> {
    let started = Instant::now();
    let mut progress = Progress::default();
    let mut after = 0i64;
    // Event keys change: fuse everything again at the end.
    store.fuse_on_write = false;
    loop {
        let articles = store.articles_after(after, opts.batch_size)?;
        let Some(last) = articles.last() else { break };
        after = last.0;
        let done = parallel_extract(extractor, articles, opts);
        let (events, mentions) = store.replace_extractions(&done)?;
        progress.read += done.len();
        progress.stored += done.len();
        progress.events += events;
        progress.mentions += mentions;
        progress.elapsed = started.elapsed();
        report(Report::Progress(&progress));
    }
    store.fuse_on_write = true;
    store.refuse(&mut |_| {})?;
    store.flush()?;
    store.analyze()?;
    progress.elapsed = started.elapsed();
    Ok(progress)
}

/// Extraction of stored articles on `opts.workers` threads, in order.
fn parallel_extract(
    extractor: &Extractor,
    articles: Vec<(i64, Article)>,
    opts: &IngestOptions,
) -> Vec<(i64, Extracted)> {
    let n = articles.len();
    let chunk = n.div_ceil(opts.workers.max(1)).max(1);
    let mut out = Vec::with_capacity(n);
    std::thread::scope(|scope| {
        let handles: Vec<_> = articles
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(key, a)| {
                            let hash = content_hash(&a.text);
                            (*key, extract(extractor, a.clone(), hash, opts.fallback_date))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            out.extend(h.join().expect("extraction does not panic"));
        }
    });
    out
}

fn extract(extractor: &Extractor, article: Article, hash: [u8; 32], fallback: Option<Date>) -> Extracted {
    let published = article.published.as_deref().and_then(Date::parse).or(fallback);
    let found = extractor.extract(ArticleIn {
        id: &article.id,
        text: &article.text,
        published,
    });
    let mentions = mention_rows(extractor.engine(), &article.text);
    Extracted {
        article,
        hash,
        events: found.events,
        mentions,
    }
}

fn mention_rows(engine: &Engine, text: &str) -> Vec<MentionRow> {
    let a = engine.analyze(text);
    let chars = CharOffsets::new(text);
    let pack = &engine.pack;
    let mut rows = Vec::new();
    for (m, res) in a.mentions.iter().zip(&a.places) {
        let orig = a.norm.original_range(m.range.clone());
        let span = chars.char_range(orig.clone());
        let mut row = |kind, id: Option<String>, status| {
            rows.push(MentionRow {
                start: span.start,
                end: span.end,
                kind,
                id,
                status,
                text: text[orig.clone()].to_string(),
            })
        };
        if let Some(e) = m.of(Kind::Actor).next() {
            row("actor", Some(pack.actors[e.index as usize].id.clone()), None);
        }
        if let Some(e) = m.of(Kind::Reporter).next() {
            row(
                "reporter",
                Some(pack.reporters[e.index as usize].id.clone()),
                None,
            );
        }
        match res {
            Some(Resolution::Resolved { place, .. }) => row(
                "place",
                Some(pack.places[*place as usize].id.clone()),
                Some("resolved"),
            ),
            Some(Resolution::Ambiguous { .. }) => row("place", None, Some("ambiguous")),
            Some(Resolution::NotAPlace) | None => {}
        }
    }
    rows
}

/// The text's fingerprint: SHA-256 of its words, so that the same article
/// re-wrapped or re-spaced is still the same article.
pub(crate) fn content_hash(text: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    for w in text.split_whitespace() {
        h.update(w.as_bytes());
        h.update(b" ");
    }
    h.finalize().into()
}

/// Articles already stored or already read in this run.
struct Seen {
    conn: Connection,
    hashes: HashSet<[u8; 32]>,
    urls: HashSet<String>,
}

impl Seen {
    fn new(conn: Connection) -> Seen {
        Seen {
            conn,
            hashes: HashSet::new(),
            urls: HashSet::new(),
        }
    }

    fn is_duplicate(&mut self, a: &Article, hash: &[u8; 32]) -> bool {
        if !self.hashes.insert(*hash) {
            return true;
        }
        if let Some(url) = &a.url {
            if !self.urls.insert(url.clone()) {
                return true;
            }
        }
        let stored = self
            .conn
            .query_row(
                "SELECT 1 FROM articles WHERE hash = ?1 OR (?2 IS NOT NULL AND url = ?2)",
                params![&hash[..], a.url],
                |_| Ok(()),
            )
            .optional();
        // A read error here is not fatal: the writer's unique constraints
        // catch the duplicate anyway.
        matches!(stored, Ok(Some(())))
    }
}

pub(crate) fn write_batch(
    store: &mut Store,
    batch: &mut Vec<Extracted>,
    progress: &mut Progress,
) -> Result<()> {
    let now = unix_now();
    let tx = store.conn.transaction()?;
    let mut keys = Vec::with_capacity(batch.len());
    let mut events = Vec::new();
    for done in batch.iter() {
        let Some(key) = insert_article(&tx, &done.article, &done.hash, now)? else {
            progress.duplicates += 1;
            continue;
        };
        progress.stored += 1;
        let before = events.len();
        insert_events(
            &tx,
            key,
            done.article.outlet.as_deref(),
            &done.events,
            &mut events,
        )?;
        progress.events += events.len() - before;
        progress.mentions += insert_mentions(&tx, key, &done.mentions)?;
        keys.push(key);
    }
    if store.fuse_on_write {
        let fusion = crate::fusion::Fusion {
            rules: &store.rules,
            kin: &store.kin,
        };
        crate::fusion::fuse_new(&tx, &fusion, &events)?;
    }
    let number = match (keys.first(), keys.last()) {
        (Some(&first), Some(&last)) => Some(log_batch(&tx, "ingest", first, last, now)?),
        _ => None,
    };
    tx.commit()?;
    batch.clear();
    if let Some(number) = number {
        store.index_batch(number)?;
    }
    Ok(())
}

pub(crate) fn log_batch(tx: &Transaction<'_>, kind: &str, first: i64, last: i64, now: i64) -> Result<i64> {
    tx.execute(
        "INSERT INTO batches (kind, first_article, last_article, at) VALUES (?1, ?2, ?3, ?4)",
        params![kind, first, last, now],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The new article's key, or `None` when it is already stored.
fn insert_article(tx: &Transaction<'_>, a: &Article, hash: &[u8; 32], now: i64) -> Result<Option<i64>> {
    let n = tx.execute(
        "INSERT INTO articles (doc_id, outlet, url, title, published, text, hash, origin, ingested)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
        params![
            a.id,
            a.outlet,
            a.url,
            a.title,
            a.published,
            a.text,
            &hash[..],
            a.origin,
            now
        ],
    )?;
    Ok((n == 1).then(|| tx.last_insert_rowid()))
}

/// Inserts an article's events, appending their keys to `keys`.
pub(crate) fn insert_events(
    tx: &Transaction<'_>,
    article: i64,
    outlet: Option<&str>,
    events: &[Event],
    keys: &mut Vec<i64>,
) -> Result<()> {
    let outlet = match outlet {
        Some(name) => {
            tx.prepare_cached("INSERT INTO outlets (name) VALUES (?1) ON CONFLICT DO NOTHING")?
                .execute([name])?;
            tx.prepare_cached("SELECT id FROM outlets WHERE name = ?1")?
                .query_row([name], |r| r.get::<_, i64>(0))
                .optional()?
        }
        None => None,
    };
    let mut ins = tx.prepare_cached(
        "INSERT INTO events (article, sub, gov, outlet, place_id, place_norm, lat, lon, event_date, fatalities)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut rec = tx.prepare_cached("INSERT INTO event_records (key, record) VALUES (?1, ?2)")?;
    let mut side = tx.prepare_cached(
        "INSERT OR IGNORE INTO event_actors (actor, event_date, event, role, sub, gov, outlet, fatalities, lat, lon)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut geo = tx.prepare_cached(
        "INSERT INTO event_geo (key, min_lat, max_lat, min_lon, max_lon) VALUES (?1, ?2, ?2, ?3, ?3)",
    )?;
    for e in events {
        let l = &e.location;
        let Some(sub) = sub_code(&e.sub_event_type) else {
            return Err(crate::StoreError::Record {
                key: article,
                reason: format!("sub-event type {:?} is not one of events.md §2", e.sub_event_type),
            });
        };
        let gov = l.admin1.as_deref().and_then(gov_code);
        ins.execute(params![
            article,
            sub,
            gov,
            outlet,
            l.place_id,
            l.name.as_deref().map(crate::filter::place_key),
            l.lat,
            l.lon,
            e.event_date,
            e.fatalities,
        ])?;
        let key = tx.last_insert_rowid();
        keys.push(key);
        rec.execute(params![
            key,
            serde_json::to_string(e).expect("an event serialises")
        ])?;
        let date = e.event_date.as_deref().unwrap_or("");
        let sides = e
            .actor1
            .iter()
            .map(|a| (a, 1))
            .chain(e.actor2.iter().map(|a| (a, 2)))
            .chain(e.assoc_actor1.iter().map(|a| (a, 3)))
            .chain(e.assoc_actor2.iter().map(|a| (a, 4)));
        for (actor, role) in sides {
            side.execute(params![
                actor,
                date,
                key,
                role,
                sub,
                gov,
                outlet,
                e.fatalities,
                l.lat,
                l.lon
            ])?;
        }
        if let (Some(lat), Some(lon)) = (l.lat, l.lon) {
            geo.execute(params![key, lat, lon])?;
        }
    }
    Ok(())
}

fn insert_mentions(tx: &Transaction<'_>, article: i64, rows: &[MentionRow]) -> Result<usize> {
    let mut ins = tx.prepare_cached(
        "INSERT INTO mentions (article, start, end, kind, id, status, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for m in rows {
        ins.execute(params![
            article,
            m.start as i64,
            m.end as i64,
            m.kind,
            m.id,
            m.status,
            m.text
        ])?;
    }
    Ok(rows.len())
}

impl Store {
    /// Stored articles with keys after `after`, in key order.
    pub(crate) fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, Article)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT key, doc_id, text, published, outlet, url, title, origin FROM articles
             WHERE key > ?1 ORDER BY key LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![after, limit as i64], |r| {
            Ok((
                r.get(0)?,
                Article {
                    id: r.get(1)?,
                    text: r.get(2)?,
                    published: r.get(3)?,
                    outlet: r.get(4)?,
                    url: r.get(5)?,
                    title: r.get(6)?,
                    origin: r.get(7)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces the events and mentions of re-extracted articles (one
    /// transaction), then updates the index.
    fn replace_extractions(&mut self, done: &[(i64, Extracted)]) -> Result<(usize, usize)> {
        let (Some(first), Some(last)) = (done.first(), done.last()) else {
            return Ok((0, 0));
        };
        let tx = self.conn.transaction()?;
        let (mut events, mut mentions) = (0, 0);
        let mut keys = Vec::new();
        for (key, x) in done {
            delete_extraction(&tx, *key)?;
            insert_events(&tx, *key, x.article.outlet.as_deref(), &x.events, &mut keys)?;
            mentions += insert_mentions(&tx, *key, &x.mentions)?;
        }
        events += keys.len();
        let number = log_batch(&tx, "reextract", first.0, last.0, unix_now())?;
        tx.commit()?;
        self.index_batch(number)?;
        Ok((events, mentions))
    }

    /// Refreshes the statistics plans read after a write: SQLite's
    /// (sampled, milliseconds even on a million events) and the facet
    /// counts.
    pub(crate) fn analyze(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA analysis_limit = 1000; ANALYZE;")?;
        self.count_facets()
    }
}

fn delete_extraction(tx: &Transaction<'_>, article: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM fused_members WHERE event IN (SELECT key FROM events WHERE article = ?1)",
        [article],
    )?;
    tx.execute(
        "DELETE FROM event_actors WHERE event IN (SELECT key FROM events WHERE article = ?1)",
        [article],
    )?;
    tx.execute(
        "DELETE FROM event_geo WHERE key IN (SELECT key FROM events WHERE article = ?1)",
        [article],
    )?;
    tx.execute(
        "DELETE FROM event_records WHERE key IN (SELECT key FROM events WHERE article = ?1)",
        [article],
    )?;
    tx.execute("DELETE FROM events WHERE article = ?1", [article])?;
    tx.execute("DELETE FROM mentions WHERE article = ?1", [article])?;
    Ok(())
}

pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
