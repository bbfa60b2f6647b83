//! Reading events, articles and statistics back.

use rasad_extract::Event;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};
use serde::Serialize;

use rasad_pack::GOVERNORATES;

use crate::schema::SUB_TYPES;
use crate::{Filter, Result, Store, StoreError};

/// An event as stored, with what the store knows of its article.
#[derive(Debug, Clone, Serialize)]
pub struct StoredEvent {
    /// The store's event key (stable; `SYR<key>` in ACLED exports).
    pub id: i64,
    #[serde(flatten)]
    pub event: Event,
    pub article: ArticleMeta,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleMeta {
    pub key: i64,
    pub doc_id: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    /// Unix seconds.
    pub ingested: i64,
}

/// A stored article.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StoredArticle {
    #[serde(flatten)]
    pub meta: ArticleMeta,
    pub text: String,
}

/// How much the store holds.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Counts {
    pub articles: i64,
    pub events: i64,
    pub mentions: i64,
    /// Documents in the full-text index (articles + event evidence).
    pub index_docs: i64,
    /// Fused events; those told by more than one outlet; contradicted.
    pub fused: i64,
    pub fused_multi_source: i64,
    pub fused_contradicted: i64,
}

/// One line of a breakdown.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StatRow {
    pub key: String,
    pub events: i64,
    pub fatalities: i64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Stats {
    pub counts: Counts,
    /// Events matching the filter.
    pub events: i64,
    pub by_month: Vec<StatRow>,
    pub by_admin1: Vec<StatRow>,
    pub by_type: Vec<StatRow>,
    pub by_sub_type: Vec<StatRow>,
    pub by_actor: Vec<StatRow>,
}

/// An event as a point on a map or a timeline: its filter columns only,
/// read without the record, so thousands come back at once.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Marker {
    pub id: i64,
    pub event_date: Option<String>,
    pub event_type: &'static str,
    pub sub_event_type: &'static str,
    pub admin1: Option<&'static str>,
    pub place_id: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub fatalities: Option<u32>,
}

/// The width of a timeline's bins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    Day,
    /// Monday to Sunday.
    Week,
    Month,
    Year,
}

impl Bucket {
    pub const ALL: [Bucket; 4] = [Bucket::Day, Bucket::Week, Bucket::Month, Bucket::Year];

    pub fn name(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
            Bucket::Year => "year",
        }
    }

    pub fn parse(s: &str) -> Option<Bucket> {
        Bucket::ALL.into_iter().find(|b| b.name() == s.trim())
    }

    /// SQL for the first day of the bin of date column `d`.
    fn start_sql(self, d: &str) -> String {
        match self {
            Bucket::Day => format!("substr({d}, 1, 10)"),
            // The Monday on or before the day.
            Bucket::Week => format!("date({d}, '-6 days', 'weekday 1')"),
            Bucket::Month => format!("substr({d}, 1, 7) || '-01'"),
            Bucket::Year => format!("substr({d}, 1, 4) || '-01-01'"),
        }
    }
}

/// Events and fatalities per bin of time, for a timeline.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Timeline {
    /// Bins that hold events, oldest first; `key` is the bin's first day
    /// (YYYY-MM-DD). Empty bins are left out.
    pub bins: Vec<StatRow>,
    /// Events without a date (in no bin).
    pub undated: i64,
}

const EVENT_COLUMNS: &str =
    "e.key, r.record, a.key, a.doc_id, a.outlet, a.url, a.title, a.published, a.ingested";

/// The record and article of an event `e`, joined in that order (SQLite
/// must not start from the articles).
const EVENT_JOINS: &str =
    "CROSS JOIN event_records r ON r.key = e.key CROSS JOIN articles a ON a.key = e.article";

impl Store {
    /// Events matching `filter`, newest first (undated last).
    pub fn events(&self, filter: &Filter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(filter, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Streams the events matching `filter` (for exports of any size).
    pub fn for_each_event(
        &self,
        filter: &Filter,
        mut f: impl FnMut(StoredEvent) -> Result<()>,
    ) -> Result<()> {
        let plan = self.plan(filter)?;
        let mut params = plan.params;
        let n = params.len();
        params.push(Value::Integer(filter.limit.min(i64::MAX as usize) as i64));
        params.push(Value::Integer(filter.offset as i64));
        // The page's keys first, from the indexes alone; records and
        // articles only for the rows shown. Statements are cached: a
        // filter's SQL depends on which filters are given, not on their
        // values, and a server runs the same few shapes over and over.
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM ({} ORDER BY d DESC, k DESC LIMIT ?{} OFFSET ?{}) page
             CROSS JOIN events e ON e.key = page.k {EVENT_JOINS}
             ORDER BY page.d DESC, page.k DESC",
            plan.sql,
            n + 1,
            n + 2,
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(params))?;
        while let Some(row) = rows.next()? {
            f(stored_event(row)?)?;
        }
        Ok(())
    }

    /// Writes the events matching `filter`, with their articles' outlet,
    /// URL, date and title, through an export sink, in the order of
    /// [`Store::for_each_event`].
    pub fn export<W: std::io::Write>(
        &self,
        filter: &Filter,
        sink: &mut rasad_export::Sink<'_, W>,
    ) -> Result<()> {
        self.for_each_event(filter, |e| {
            Ok(sink.write(rasad_export::Row {
                outlet: e.article.outlet.as_deref(),
                url: e.article.url.as_deref(),
                published: e.article.published.as_deref(),
                title: e.article.title.as_deref(),
                ingested: Some(e.article.ingested),
                ..rasad_export::Row::new(e.id, &e.event)
            })?)
        })
    }

    /// The markers of the events matching `filter`, in the order and page
    /// of [`Store::for_each_event`].
    pub fn for_each_marker(&self, filter: &Filter, mut f: impl FnMut(Marker) -> Result<()>) -> Result<()> {
        let plan = self.plan(filter)?;
        let mut params = plan.params;
        let n = params.len();
        params.push(Value::Integer(filter.limit.min(i64::MAX as usize) as i64));
        params.push(Value::Integer(filter.offset as i64));
        let sql = format!(
            "SELECT page.k, e.event_date, e.sub, e.gov, e.place_id, e.lat, e.lon, e.fatalities
             FROM ({} ORDER BY d DESC, k DESC LIMIT ?{} OFFSET ?{}) page
             CROSS JOIN events e ON e.key = page.k
             ORDER BY page.d DESC, page.k DESC",
            plan.sql,
            n + 1,
            n + 2,
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(params))?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let sub: i64 = row.get(2)?;
            let (event_type, sub_event_type) = *SUB_TYPES.get(sub as usize).ok_or(StoreError::Record {
                key: id,
                reason: format!("sub-event code {sub} is not in the taxonomy"),
            })?;
            let gov: Option<i64> = row.get(3)?;
            f(Marker {
                id,
                event_date: row.get::<_, Option<String>>(1)?.filter(|d| !d.is_empty()),
                event_type,
                sub_event_type,
                admin1: gov.and_then(|g| GOVERNORATES.get(g as usize).copied()),
                place_id: row.get(4)?,
                lat: row.get(5)?,
                lon: row.get(6)?,
                fatalities: row.get(7)?,
            })?;
        }
        Ok(())
    }

    /// Events and fatalities of `filter` per day, week, month or year.
    pub fn timeline(&self, filter: &Filter, bucket: Bucket) -> Result<Timeline> {
        let plan = self.plan(filter)?;
        let sql = format!(
            "SELECT CASE WHEN d IS NULL OR d = '' THEN NULL ELSE {} END AS g, count(*), coalesce(sum(fatalities), 0)
             FROM ({}) GROUP BY g ORDER BY g",
            bucket.start_sql("d"),
            plan.sql
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(plan.params), |r| {
            Ok((r.get::<_, Option<String>>(0)?, r.get(1)?, r.get(2)?))
        })?;
        let mut timeline = Timeline {
            bins: Vec::new(),
            undated: 0,
        };
        for row in rows {
            match row? {
                (Some(key), events, fatalities) => timeline.bins.push(StatRow {
                    key,
                    events,
                    fatalities,
                }),
                (None, events, _) => timeline.undated += events,
            }
        }
        Ok(timeline)
    }

    /// Every outlet with its number of events, most first.
    pub fn outlets(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT o.name, coalesce(f.n, 0) FROM outlets o
             LEFT JOIN facets f ON f.kind = 'outlet' AND f.value = CAST(o.id AS TEXT)
             ORDER BY 2 DESC, 1",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The first and last event dates, when any event has one.
    pub fn date_range(&self) -> Result<Option<(String, String)>> {
        let end = |order: &str| -> Result<Option<String>> {
            Ok(self
                .conn()
                .query_row(
                    &format!(
                        "SELECT event_date FROM events INDEXED BY events_date
                         WHERE event_date > '' ORDER BY event_date {order} LIMIT 1"
                    ),
                    [],
                    |r| r.get(0),
                )
                .optional()?)
        };
        Ok(end("ASC")?.zip(end("DESC")?))
    }

    /// How many events match `filter` (ignoring its limit).
    pub fn count_events(&self, filter: &Filter) -> Result<i64> {
        let plan = self.plan(filter)?;
        let sql = format!("SELECT count(*) FROM ({})", plan.sql);
        Ok(self
            .conn()
            .prepare_cached(&sql)?
            .query_row(params_from_iter(plan.params), |r| r.get(0))?)
    }

    /// Which index a filter walks (for measuring and debugging).
    pub fn plan_of(&self, filter: &Filter) -> Result<&'static str> {
        Ok(self.plan(filter)?.driver)
    }

    /// One event by its key.
    pub fn event(&self, key: i64) -> Result<Option<StoredEvent>> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e {EVENT_JOINS} WHERE e.key = ?1");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut rows = stmt.query([key])?;
        match rows.next()? {
            Some(row) => Ok(Some(stored_event(row)?)),
            None => Ok(None),
        }
    }

    /// One article by its key.
    pub fn article(&self, key: i64) -> Result<Option<StoredArticle>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT key, doc_id, outlet, url, title, published, ingested, text FROM articles WHERE key = ?1",
        )?;
        Ok(stmt
            .query_row([key], |r| {
                Ok(StoredArticle {
                    meta: ArticleMeta {
                        key: r.get(0)?,
                        doc_id: r.get(1)?,
                        outlet: r.get(2)?,
                        url: r.get(3)?,
                        title: r.get(4)?,
                        published: r.get(5)?,
                        ingested: r.get(6)?,
                    },
                    text: r.get(7)?,
                })
            })
            .optional()?)
    }

    /// Keys of the events an article holds, in order.
    pub fn events_of_article(&self, article: i64) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT key FROM events WHERE article = ?1 ORDER BY key")?;
        let keys = stmt.query_map(params![article], |r| r.get(0))?;
        Ok(keys.collect::<rusqlite::Result<_>>()?)
    }

    /// The number of the last write (batch) the store holds: every ingest,
    /// re-extraction or synthesis writes through batches, so an answer
    /// computed at one version holds until this changes.
    pub fn version(&self) -> Result<i64> {
        Ok(self
            .conn()
            .prepare_cached("SELECT coalesce(max(number), 0) FROM batches")?
            .query_row([], |r| r.get(0))?)
    }

    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<i64> {
            Ok(self
                .conn()
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        };
        let (fused, fused_multi_source, fused_contradicted) = self.fused_counts()?;
        Ok(Counts {
            articles: count("articles")?,
            events: count("events")?,
            mentions: count("mentions")?,
            index_docs: self.index_docs(),
            fused,
            fused_multi_source,
            fused_contradicted,
        })
    }

    /// Breakdowns of the events matching `filter` (its limit ignored).
    pub fn stats(&self, filter: &Filter, top: usize) -> Result<Stats> {
        let plan = self.plan(filter)?;
        let group = |key: &str,
                     order: &str,
                     limit: Option<usize>|
         -> Result<Vec<(Option<String>, i64, i64)>> {
            let limit = limit.map_or(String::new(), |n| format!(" LIMIT {n}"));
            let sql = format!(
                "SELECT {key} AS g, count(*), coalesce(sum(fatalities), 0) FROM ({}) GROUP BY g ORDER BY {order}{limit}",
                plan.sql
            );
            let mut stmt = self.conn().prepare(&sql)?;
            let rows = stmt.query_map(params_from_iter(plan.params.iter()), |r| {
                let g: Option<rusqlite::types::Value> = r.get(0)?;
                let g = match g {
                    Some(rusqlite::types::Value::Text(t)) => Some(t),
                    Some(rusqlite::types::Value::Integer(i)) => Some(i.to_string()),
                    _ => None,
                };
                Ok((g, r.get(1)?, r.get(2)?))
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let row = |(key, events, fatalities): (Option<String>, i64, i64)| StatRow {
            key: key.filter(|k| !k.is_empty()).unwrap_or_else(|| "(none)".into()),
            events,
            fatalities,
        };
        let by_sub: Vec<_> = group("sub", "count(*) DESC, g", None)?
            .into_iter()
            .map(|(code, n, f)| {
                (
                    code.and_then(|c| c.parse::<usize>().ok())
                        .and_then(|c| SUB_TYPES.get(c)),
                    n,
                    f,
                )
            })
            .collect();
        let mut by_type: Vec<StatRow> = Vec::new();
        for (t, n, f) in by_sub.iter().map(|(ts, n, f)| (ts.map(|(t, _)| *t), *n, *f)) {
            let key = t.unwrap_or("(none)").to_string();
            match by_type.iter_mut().find(|r| r.key == key) {
                Some(r) => {
                    r.events += n;
                    r.fatalities += f;
                }
                None => by_type.push(StatRow {
                    key,
                    events: n,
                    fatalities: f,
                }),
            }
        }
        by_type.sort_by(|a, b| b.events.cmp(&a.events).then(a.key.cmp(&b.key)));
        let by_sub_type = by_sub
            .into_iter()
            .map(|(ts, n, f)| row((ts.map(|(_, s)| s.to_string()), n, f)))
            .collect();
        let by_admin1 = group("gov", "count(*) DESC, g", Some(top))?
            .into_iter()
            .map(|(code, n, f)| {
                let name = code
                    .and_then(|c| c.parse::<usize>().ok())
                    .and_then(|c| GOVERNORATES.get(c))
                    .map(|g| g.to_string());
                row((name, n, f))
            })
            .collect();
        let by_month = group("substr(d, 1, 7)", "g", None)?
            .into_iter()
            .map(row)
            .collect();
        let by_actor = {
            let sql = format!(
                "SELECT s.actor, count(*), coalesce(sum(s.fatalities), 0) FROM ({}) m
                 CROSS JOIN event_actors s INDEXED BY event_actors_event ON s.event = m.k
                 GROUP BY s.actor ORDER BY count(*) DESC, s.actor LIMIT {top}",
                plan.sql
            );
            let mut stmt = self.conn().prepare(&sql)?;
            let rows = stmt.query_map(params_from_iter(plan.params.iter()), |r| {
                Ok(StatRow {
                    key: r.get(0)?,
                    events: r.get(1)?,
                    fatalities: r.get(2)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        Ok(Stats {
            counts: self.counts()?,
            events: by_type.iter().map(|r| r.events).sum(),
            by_month,
            by_admin1,
            by_type,
            by_sub_type,
            by_actor,
        })
    }
}

fn stored_event(row: &Row<'_>) -> Result<StoredEvent> {
    let key: i64 = row.get(0)?;
    let record: String = row.get(1)?;
    let event: Event = serde_json::from_str(&record).map_err(|e| StoreError::Record {
        key,
        reason: e.to_string(),
    })?;
    Ok(StoredEvent {
        id: key,
        event,
        article: ArticleMeta {
            key: row.get(2)?,
            doc_id: row.get(3)?,
            outlet: row.get(4)?,
            url: row.get(5)?,
            title: row.get(6)?,
            published: row.get(7)?,
            ingested: row.get(8)?,
        },
    })
}
