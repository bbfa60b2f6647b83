//! The database schema. Columns copied out of the record exist only to be
//! filtered and sorted on; the record itself (events.md §1) is stored whole
//! as JSON, so a field the filters do not use is never lost.
//!
//! Queries walk events newest first through `events_date` unless a filter
//! has an index that finds fewer rows (place, sub-type, actor …); there is
//! deliberately no index on fatalities: "at least N killed" matches many
//! events, and walking dates finds the newest of them sooner.

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

use crate::{Result, StoreError};

/// Bumped when the schema changes incompatibly.
pub const VERSION: i64 = 1;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS articles (
    key       INTEGER PRIMARY KEY,
    doc_id    TEXT NOT NULL,
    outlet    TEXT,
    url       TEXT,
    title     TEXT,
    published TEXT,
    text      TEXT NOT NULL,
    hash      BLOB NOT NULL UNIQUE,
    origin    TEXT NOT NULL,
    ingested  INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_doc ON articles(doc_id);

CREATE TABLE IF NOT EXISTS events (
    key            INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL REFERENCES articles(key),
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    actor1         TEXT,
    actor2         TEXT,
    admin1         TEXT,
    admin2         TEXT,
    place          TEXT,
    place_norm     TEXT,
    place_en       TEXT,
    place_id       TEXT,
    lat            REAL,
    lon            REAL,
    geo_precision  INTEGER NOT NULL,
    event_date     TEXT,
    time_precision INTEGER,
    fatalities     INTEGER,
    injuries       INTEGER,
    outlet         TEXT
);
-- The record apart from the columns filters read, so that walking events
-- touches small rows.
CREATE TABLE IF NOT EXISTS event_records (
    key    INTEGER PRIMARY KEY,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date, key);
CREATE INDEX IF NOT EXISTS events_type ON events(event_type, event_date);
CREATE INDEX IF NOT EXISTS events_sub ON events(sub_event_type, event_date);
CREATE INDEX IF NOT EXISTS events_admin1 ON events(admin1, event_date);
CREATE INDEX IF NOT EXISTS events_place_id ON events(place_id);
CREATE INDEX IF NOT EXISTS events_place_norm ON events(place_norm);
CREATE INDEX IF NOT EXISTS events_outlet ON events(lower(outlet), event_date);
CREATE INDEX IF NOT EXISTS events_article ON events(article);

-- Every side of every event (actor1, actor2, associated actors) with the
-- event's date, so that an actor filter walks events in date order.
CREATE TABLE IF NOT EXISTS event_actors (
    actor      TEXT NOT NULL,
    event_date TEXT NOT NULL,
    event      INTEGER NOT NULL,
    role       INTEGER NOT NULL,
    PRIMARY KEY (actor, event_date, event)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event);

CREATE VIRTUAL TABLE IF NOT EXISTS event_geo USING rtree(key, min_lat, max_lat, min_lon, max_lon);

CREATE TABLE IF NOT EXISTS mentions (
    article INTEGER NOT NULL REFERENCES articles(key),
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    id      TEXT,
    status  TEXT,
    text    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);
CREATE INDEX IF NOT EXISTS mentions_id ON mentions(kind, id);

-- One row per write. The index commits with the number of the last batch
-- it holds; batches after it are replayed into the index on open.
CREATE TABLE IF NOT EXISTS batches (
    number      INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    first_article INTEGER NOT NULL,
    last_article  INTEGER NOT NULL,
    at          INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS meta (
    k TEXT PRIMARY KEY,
    v TEXT NOT NULL
);
"#;

/// Sets the connection up for a writer and creates what is missing.
pub fn prepare(conn: &Connection) -> Result<()> {
    // WAL with synchronous=NORMAL: a committed transaction survives the
    // process being killed (only a power cut can lose the last ones).
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    // 64 MB of page cache: index inserts land all over large B-trees.
    conn.pragma_update(None, "cache_size", -64_000)?;
    check_version(conn)?;
    conn.execute_batch(SCHEMA)?;
    conn.pragma_update(None, "user_version", VERSION)?;
    register_functions(conn)?;
    Ok(())
}

pub fn check_version(conn: &Connection) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::NewerSchema {
            found,
            known: VERSION,
        });
    }
    Ok(())
}

/// `km(lat1, lon1, lat2, lon2)`: great-circle distance, for `--near`.
pub fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "km",
        4,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let v: Vec<Option<f64>> = (0..4).map(|i| ctx.get(i)).collect::<rusqlite::Result<_>>()?;
            Ok(match v[..] {
                [Some(a), Some(b), Some(c), Some(d)] => Some(km(a, b, c, d)),
                _ => None,
            })
        },
    )?;
    Ok(())
}

/// Haversine distance in kilometres.
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}
