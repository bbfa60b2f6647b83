//! How a filter is run: which index to walk.
//!
//! Every filter column lives in covering indexes (see schema.rs), so the
//! cost of a query is the number of index entries it walks. The plan walks
//! the filter whose events are fewest (from the facet counts kept after
//! every write, or counted up to a cap for places and circles), newest
//! first, testing the other filters on the way; with no such filter it
//! walks all events newest first. SQLite's own planner, left alone, would
//! sometimes start from the articles or sort a whole governorate.

use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use crate::schema::{gov_code, SUB_TYPES};
use crate::{Filter, Result, Store};

/// Counting the events of a place or a circle stops here: more than this
/// is too many to sort for a page anyway.
const COUNT_CAP: i64 = 20_000;
/// Circles up to this radius may be walked from the R-tree.
const RTREE_KM: f64 = 50.0;

/// A runnable filter: `sql` selects `k` (event key), `d` (date), `sub`,
/// `gov`, `fatalities` of every matching event, once each.
pub(crate) struct Plan {
    pub sql: String,
    pub params: Vec<Value>,
    /// Which index it walks, for `rasad latency --explain`-style debugging.
    pub driver: &'static str,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Driver {
    Date,
    /// Never walked; only its share of events counts.
    Fatalities,
    Sub,
    Gov,
    Outlet,
    Place,
    Actor,
    Near,
}

/// Parameters numbered as they are added.
#[derive(Default)]
struct Params(Vec<Value>);

impl Params {
    fn add(&mut self, v: Value) -> String {
        self.0.push(v);
        format!("?{}", self.0.len())
    }

    fn text(&mut self, s: &str) -> String {
        self.add(Value::Text(s.to_string()))
    }

    fn list(&mut self, items: &[Value]) -> String {
        let slots: Vec<String> = items.iter().map(|v| self.add(v.clone())).collect();
        slots.join(", ")
    }
}

impl Store {
    pub(crate) fn plan(&self, f: &Filter) -> Result<Plan> {
        let subs: Vec<Value> = SUB_TYPES
            .iter()
            .enumerate()
            .filter(|(_, (t, s))| {
                f.event_type.is_none_or(|ft| ft == *t) && f.sub_event_type.is_none_or(|fs| fs == *s)
            })
            .map(|(i, _)| Value::Integer(i as i64))
            .collect();
        let typed = f.event_type.is_some() || f.sub_event_type.is_some();
        let gov = f.admin1.and_then(gov_code);
        let outlets: Vec<Value> = match &f.outlet {
            Some(name) => self
                .conn()
                .prepare_cached("SELECT id FROM outlets WHERE name = ?1")?
                .query_map([name], |r| r.get::<_, i64>(0))?
                .map(|id| id.map(Value::Integer))
                .collect::<rusqlite::Result<_>>()?,
            None => Vec::new(),
        };
        let actors: Vec<Value> = f.actors.iter().map(|a| Value::Text(a.clone())).collect();
        let place_ids: Vec<Value> = f
            .place
            .iter()
            .flat_map(|p| p.ids.iter().map(|i| Value::Text(i.clone())))
            .collect();
        // A filter nothing can match: an empty plan rather than a scan.
        if (typed && subs.is_empty()) || (f.outlet.is_some() && outlets.is_empty()) {
            return Ok(Plan {
                sql: "SELECT 0 AS k, '' AS d, 0 AS sub, 0 AS gov, 0 AS fatalities WHERE 0".into(),
                params: Vec::new(),
                driver: "nothing",
            });
        }

        // How many events each filter matches: facet counts kept after
        // every write, or counted up to a cap (a lower bound).
        let total = self.facet("total", "")?.unwrap_or(0).max(1);
        // (driver, events it matches, whether its index walks dates in order)
        let mut matches: Vec<(Driver, i64, bool)> = Vec::new();
        if f.from.is_some() || f.to.is_some() {
            let counted = self.capped_count(
                "SELECT 1 FROM events INDEXED BY events_date WHERE event_date BETWEEN ?1 AND ?2",
                vec![
                    Value::Text(f.from.clone().unwrap_or_else(|| "0000".into())),
                    Value::Text(f.to.clone().unwrap_or_else(|| "9999".into())),
                ],
            )?;
            matches.push((Driver::Date, counted, true));
        }
        if typed {
            let mut n = 0;
            for code in &subs {
                if let Value::Integer(c) = code {
                    n += self.facet("sub", &c.to_string())?.unwrap_or(0);
                }
            }
            matches.push((Driver::Sub, n, subs.len() == 1));
        }
        if let Some(g) = gov {
            matches.push((Driver::Gov, self.facet("gov", &g.to_string())?.unwrap_or(0), true));
        }
        if !outlets.is_empty() {
            let mut n = 0;
            for id in &outlets {
                if let Value::Integer(i) = id {
                    n += self.facet("outlet", &i.to_string())?.unwrap_or(0);
                }
            }
            matches.push((Driver::Outlet, n, outlets.len() == 1));
        }
        if !actors.is_empty() {
            let mut n = 0;
            for a in &f.actors {
                n += self.facet("actor", a)?.unwrap_or(0);
            }
            matches.push((Driver::Actor, n, actors.len() == 1));
        }
        if let Some(p) = &f.place {
            let mut ps = Params::default();
            let sql = place_keys(&mut ps, &p.norm, &place_ids);
            matches.push((Driver::Place, self.capped_count(&sql, ps.0)?, false));
        }
        if let Some(n) = f.near {
            let mut ps = Params::default();
            let sql = format!("SELECT 1 FROM event_geo WHERE {}", rtree_box(&mut ps, n));
            matches.push((Driver::Near, self.capped_count(&sql, ps.0)?, false));
        }
        if let Some(m) = f.min_fatalities {
            // No index of its own; only its share counts: guessed from
            // how tolls fall off.
            let share = match m {
                0 => 1.0,
                1..=4 => 0.3,
                5..=19 => 0.1,
                _ => 0.03,
            };
            matches.push((Driver::Fatalities, (total as f64 * share) as i64, false));
        }

        // The cost of a walk, in index entries read. A walk in date order
        // (all events, or one value of a filter column) stops after a page
        // of matches: about page / (share of events the other filters
        // keep), at most all its entries. A walk over a set of keys (a
        // place, a circle, several values) reads every one and fetches its
        // row, some thirty times the cost of an index entry.
        let page = (f.limit.saturating_add(f.offset)).min(i64::MAX as usize) as f64;
        let share_but = |skip: Option<Driver>| -> f64 {
            matches
                .iter()
                .filter(|(d, _, _)| Some(*d) != skip)
                .map(|(_, n, _)| (*n as f64 / total as f64).clamp(1e-9, 1.0))
                .product()
        };
        let walk = |entries: f64, skip: Option<Driver>| (page / share_but(skip)).min(entries);
        let mut best = (Driver::Date, walk(total as f64, None));
        for &(d, n, ordered) in &matches {
            let cost = match d {
                Driver::Fatalities => continue,
                Driver::Near if f.near.is_some_and(|n| n.km > RTREE_KM) => continue,
                _ if ordered => walk(n as f64, Some(d)),
                _ => 30.0 * n as f64,
            };
            if cost < best.1 {
                best = (d, cost);
            }
        }
        let driver = best.0;

        // The walk, and every other filter tested on the way.
        let mut ps = Params::default();
        let actor_walk = driver == Driver::Actor;
        let (k, d) = if actor_walk {
            ("x.event", "x.event_date")
        } else {
            ("x.key", "x.event_date")
        };
        let mut wh: Vec<String> = Vec::new();
        let from = match driver {
            Driver::Actor => {
                wh.push(format!("x.actor IN ({})", ps.list(&actors)));
                "event_actors x".to_string()
            }
            Driver::Date | Driver::Fatalities => "events x INDEXED BY events_date".into(),
            Driver::Sub => "events x INDEXED BY events_sub".into(),
            Driver::Gov => "events x INDEXED BY events_gov".into(),
            Driver::Outlet => "events x INDEXED BY events_outlet".into(),
            Driver::Place | Driver::Near => "events x".into(),
        };
        if typed {
            wh.push(format!("x.sub IN ({})", ps.list(&subs)));
        }
        if let Some(g) = gov {
            wh.push(format!("x.gov = {}", ps.add(Value::Integer(g))));
        }
        if !outlets.is_empty() {
            wh.push(format!("x.outlet IN ({})", ps.list(&outlets)));
        }
        if let Some(n) = f.min_fatalities {
            wh.push(format!("x.fatalities >= {}", ps.add(Value::Integer(n.into()))));
        }
        if let Some(from) = &f.from {
            wh.push(format!("{d} >= {}", ps.text(from)));
        }
        if let Some(to) = &f.to {
            // '' is an undated event in event_actors: not before any date.
            wh.push(format!("{d} <= {} AND {d} > ''", ps.text(to)));
        }
        if let Some(n) = f.near {
            let (dlat, dlon) = box_half_sides(n);
            wh.push(format!(
                "x.lat BETWEEN {} AND {} AND x.lon BETWEEN {} AND {}",
                ps.add(Value::Real(n.lat - dlat)),
                ps.add(Value::Real(n.lat + dlat)),
                ps.add(Value::Real(n.lon - dlon)),
                ps.add(Value::Real(n.lon + dlon))
            ));
            wh.push(format!(
                "km(x.lat, x.lon, {}, {}) <= {}",
                ps.add(Value::Real(n.lat)),
                ps.add(Value::Real(n.lon)),
                ps.add(Value::Real(n.km))
            ));
            if driver == Driver::Near {
                wh.push(format!(
                    "x.key IN (SELECT key FROM event_geo WHERE {})",
                    rtree_box(&mut ps, n)
                ));
            }
        }
        if let Some(p) = &f.place {
            wh.push(format!("{k} IN ({})", place_keys(&mut ps, &p.norm, &place_ids)));
        }
        if !actors.is_empty() && !actor_walk {
            wh.push(format!(
                "EXISTS (SELECT 1 FROM event_actors a INDEXED BY event_actors_event WHERE a.event = x.key AND a.actor IN ({}))",
                ps.list(&actors)
            ));
        }
        let mut sql = format!(
            "SELECT {k} AS k, {d} AS d, x.sub AS sub, x.gov AS gov, x.fatalities AS fatalities FROM {from}"
        );
        if !wh.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&wh.join(" AND "));
        }
        // One event has several sides: once each.
        if actor_walk && actors.len() > 1 {
            sql.push_str(" GROUP BY x.event");
        }
        Ok(Plan {
            sql,
            params: ps.0,
            driver: match driver {
                Driver::Date | Driver::Fatalities => "date",
                Driver::Sub => "type",
                Driver::Gov => "governorate",
                Driver::Outlet => "outlet",
                Driver::Place => "place",
                Driver::Actor => "actor",
                Driver::Near => "near",
            },
        })
    }
}

impl Store {
    /// Events of one value of a filter column, as of the last write.
    fn facet(&self, kind: &str, value: &str) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT n FROM facets WHERE kind = ?1 AND value = ?2")?
            .query_row([kind, value], |r| r.get(0))
            .optional()?)
    }

    fn capped_count(&self, sql: &str, params: Vec<Value>) -> Result<i64> {
        let counted = format!("SELECT count(*) FROM ({sql} LIMIT {COUNT_CAP})");
        Ok(self
            .conn()
            .prepare_cached(&counted)?
            .query_row(rusqlite::params_from_iter(params), |r| r.get(0))?)
    }

    /// Recounts the facets the planner reads (after a write).
    pub(crate) fn count_facets(&self) -> Result<()> {
        self.conn().execute_batch(
            "DELETE FROM facets;
             INSERT INTO facets SELECT 'total', '', count(*) FROM events;
             INSERT INTO facets SELECT 'sub', sub, count(*) FROM events INDEXED BY events_sub GROUP BY sub;
             INSERT INTO facets SELECT 'gov', gov, count(*) FROM events INDEXED BY events_gov WHERE gov IS NOT NULL GROUP BY gov;
             INSERT INTO facets SELECT 'outlet', outlet, count(*) FROM events INDEXED BY events_outlet WHERE outlet IS NOT NULL GROUP BY outlet;
             INSERT INTO facets SELECT 'actor', actor, count(*) FROM event_actors GROUP BY actor;",
        )?;
        Ok(())
    }
}

/// Keys of the events at a place: by gazetteer id or by the name as
/// written.
fn place_keys(ps: &mut Params, norm: &str, ids: &[Value]) -> String {
    let by_name = format!("SELECT key FROM events WHERE place_norm = {}", ps.text(norm));
    if ids.is_empty() {
        by_name
    } else {
        format!(
            "{by_name} UNION SELECT key FROM events WHERE place_id IN ({})",
            ps.list(ids)
        )
    }
}

fn box_half_sides(n: crate::filter::Near) -> (f64, f64) {
    let dlat = n.km / 111.0;
    let dlon = n.km / (111.0 * n.lat.to_radians().cos().max(0.01));
    (dlat, dlon)
}

fn rtree_box(ps: &mut Params, n: crate::filter::Near) -> String {
    let (dlat, dlon) = box_half_sides(n);
    format!(
        "min_lat >= {} AND max_lat <= {} AND min_lon >= {} AND max_lon <= {}",
        ps.add(Value::Real(n.lat - dlat)),
        ps.add(Value::Real(n.lat + dlat)),
        ps.add(Value::Real(n.lon - dlon)),
        ps.add(Value::Real(n.lon + dlon))
    )
}
