//! The database schema. Columns copied out of the record exist only to be
//! filtered and sorted on; the record itself (events.md §1) is stored whole
//! as JSON, so a field the filters do not use is never lost.
//! How a filter picks the index it walks is in `plan.rs`.

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

CREATE TABLE IF NOT EXISTS outlets (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- What filters read, in small columns: `sub` is the sub-event type's
-- position in events.md §2 (which also gives the type), `gov` the
-- governorate's position in §4, `outlet` an outlets id.
CREATE TABLE IF NOT EXISTS events (
    key        INTEGER PRIMARY KEY,
    article    INTEGER NOT NULL REFERENCES articles(key),
    sub        INTEGER NOT NULL,
    gov        INTEGER,
    outlet     INTEGER,
    place_id   TEXT,
    place_norm TEXT,
    lat        REAL,
    lon        REAL,
    event_date TEXT,
    fatalities INTEGER
);
-- Each index a filter can drive from carries every column the other
-- filters test, so no query reads a table row before it knows it wants it.
CREATE INDEX IF NOT EXISTS events_date ON events(event_date, key, sub, gov, outlet, fatalities, lat, lon);
CREATE INDEX IF NOT EXISTS events_sub ON events(sub, event_date, key, gov, outlet, fatalities, lat, lon);
CREATE INDEX IF NOT EXISTS events_gov ON events(gov, event_date, key, sub, outlet, fatalities, lat, lon);
CREATE INDEX IF NOT EXISTS events_outlet ON events(outlet, event_date, key, sub, gov, fatalities, lat, lon);
CREATE INDEX IF NOT EXISTS events_place_id ON events(place_id, event_date, key);
CREATE INDEX IF NOT EXISTS events_place_norm ON events(place_norm, event_date, key);
CREATE INDEX IF NOT EXISTS events_article ON events(article);

-- The record apart, so that walking events touches small rows.
CREATE TABLE IF NOT EXISTS event_records (
    key    INTEGER PRIMARY KEY,
    record TEXT NOT NULL
);

-- Every side of every event (actor1, actor2, associated actors) with the
-- filter columns, so that an actor filter walks its events newest first.
CREATE TABLE IF NOT EXISTS event_actors (
    actor      TEXT NOT NULL,
    event_date TEXT NOT NULL,
    event      INTEGER NOT NULL,
    role       INTEGER NOT NULL,
    sub        INTEGER NOT NULL,
    gov        INTEGER,
    outlet     INTEGER,
    fatalities INTEGER,
    lat        REAL,
    lon        REAL,
    PRIMARY KEY (actor, event_date, event)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event, actor);

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

-- Events per value of each filter column, recounted after every write:
-- what the planner reads to pick the index to walk.
CREATE TABLE IF NOT EXISTS facets (
    kind  TEXT NOT NULL,
    value TEXT NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;

-- Fused events: one real-world event from the reports of several
-- articles. `day` and `win` (its date window) find candidates for a new
-- report; the rest is for filters; `summary` is the whole fused event.
CREATE TABLE IF NOT EXISTS fused (
    id            INTEGER PRIMARY KEY,
    family        INTEGER NOT NULL,
    day           INTEGER,
    win           INTEGER NOT NULL,
    lat           REAL,
    lon           REAL,
    geo_precision INTEGER NOT NULL,
    place_id      TEXT,
    place_key     TEXT,
    sub           INTEGER NOT NULL,
    gov           INTEGER,
    event_date    TEXT,
    sources       INTEGER NOT NULL,
    reports       INTEGER NOT NULL,
    fat_min       INTEGER,
    fat_best      INTEGER,
    fat_max       INTEGER,
    contradicted  INTEGER NOT NULL,
    actor1        TEXT,
    actor2        TEXT,
    summary       TEXT NOT NULL
);

-- Which fused event each event belongs to, and the rule that joined it.
CREATE TABLE IF NOT EXISTS fused_members (
    event INTEGER PRIMARY KEY,
    fused INTEGER NOT NULL,
    why   TEXT
);

-- Who holds a place from a date on, by fused territory event. `place` is
-- the gazetteer id, or the name normalised when the gazetteer lacks it.
CREATE TABLE IF NOT EXISTS control (
    place      TEXT NOT NULL,
    place_name TEXT,
    gov        INTEGER,
    date       TEXT NOT NULL,
    controller TEXT NOT NULL,
    confidence REAL NOT NULL,
    fused      INTEGER NOT NULL,
    PRIMARY KEY (place, date, fused)
) WITHOUT ROWID;

-- One row per write. The index commits with the number of the last batch
-- it holds; batches after it are replayed into the index on open.
CREATE TABLE IF NOT EXISTS batches (
    number        INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    first_article INTEGER NOT NULL,
    last_article  INTEGER NOT NULL,
    at            INTEGER NOT NULL
);
"#;

/// The indexes of the fused tables: dropped while a rebuild writes a
/// million rows, made again after (faster than keeping them up to date).
pub const FUSED_INDEXES: &str = "
CREATE INDEX IF NOT EXISTS fused_lookup ON fused(family, day);
CREATE INDEX IF NOT EXISTS fused_date ON fused(event_date, id);
CREATE INDEX IF NOT EXISTS fused_members_fused ON fused_members(fused, event);
CREATE INDEX IF NOT EXISTS control_fused ON control(fused);
CREATE INDEX IF NOT EXISTS control_gov ON control(gov, date);
";
pub const DROP_FUSED_INDEXES: &str = "
DROP INDEX IF EXISTS fused_lookup; DROP INDEX IF EXISTS fused_date; DROP INDEX IF EXISTS fused_members_fused;
DROP INDEX IF EXISTS control_fused; DROP INDEX IF EXISTS control_gov;
";

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
    conn.execute_batch(FUSED_INDEXES)?;
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

/// The code of a sub-event type: its position in events.md §2.
pub fn sub_code(sub_event_type: &str) -> Option<i64> {
    SUB_TYPES
        .iter()
        .position(|(_, s)| *s == sub_event_type)
        .map(|i| i as i64)
}

/// Every (event type, sub-event type) of events.md §2, in order: a code
/// is a position here.
pub static SUB_TYPES: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        rasad_pack::TAXONOMY
            .iter()
            .flat_map(|(t, subs)| subs.iter().map(move |s| (*t, *s)))
            .collect()
    });

/// The code of a governorate: its position in events.md §4.
pub fn gov_code(admin1: &str) -> Option<i64> {
    rasad_pack::GOVERNORATES
        .iter()
        .position(|g| *g == admin1)
        .map(|i| i as i64)
}

/// Haversine distance in kilometres.
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}
