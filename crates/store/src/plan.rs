//! How a filter is run: which index to walk.
//!
//! Every filter column lives in covering indexes (see schema.rs), so the
//! cost of a query is the number of index entries it walks. The plan walks
//! the one filter that matches fewest events (counted, up to a cap, on its
//! own index), newest first; when every filter matches many, it walks all
//! events newest first, where a page of matches comes soon. SQLite's own
//! planner, left alone, would sometimes start from the articles or sort a
//! whole governorate.

use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use crate::schema::{gov_code, SUB_TYPES};
use crate::{Filter, Result, Store};

/// A filter matching fewer events than this is walked from its own index.
const DRIVE_CAP: i64 = 20_000;
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

        // Count each candidate's events, up to the cap, on its own index.
        let mut best = (Driver::Date, DRIVE_CAP);
        let mut consider = |d: Driver, sql: String, params: Vec<Value>| -> Result<()> {
            if best.1 == 0 {
                return Ok(());
            }
            let counted = format!("SELECT count(*) FROM ({sql} LIMIT {DRIVE_CAP})");
            let n: i64 = self
                .conn()
                .query_row(&counted, rusqlite::params_from_iter(params), |r| r.get(0))
                .optional()?
                .unwrap_or(DRIVE_CAP);
            if n < best.1 {
                best = (d, n);
            }
            Ok(())
        };
        if let Some(p) = &f.place {
            let mut ps = Params::default();
            let sql = place_keys(&mut ps, &p.norm, &place_ids);
            consider(Driver::Place, sql, ps.0)?;
        }
        if !actors.is_empty() {
            let mut ps = Params::default();
            let sql = format!("SELECT 1 FROM event_actors WHERE actor IN ({})", ps.list(&actors));
            consider(Driver::Actor, sql, ps.0)?;
        }
        if let Some(n) = f.near.filter(|n| n.km <= RTREE_KM) {
            let mut ps = Params::default();
            let sql = format!("SELECT 1 FROM event_geo WHERE {}", rtree_box(&mut ps, n));
            consider(Driver::Near, sql, ps.0)?;
        }
        if !outlets.is_empty() {
            let mut ps = Params::default();
            let sql = format!("SELECT 1 FROM events WHERE outlet IN ({})", ps.list(&outlets));
            consider(Driver::Outlet, sql, ps.0)?;
        }
        if let Some(g) = gov {
            consider(
                Driver::Gov,
                "SELECT 1 FROM events WHERE gov = ?1".into(),
                vec![Value::Integer(g)],
            )?;
        }
        if typed {
            let mut ps = Params::default();
            let sql = format!("SELECT 1 FROM events WHERE sub IN ({})", ps.list(&subs));
            consider(Driver::Sub, sql, ps.0)?;
        }
        if f.from.is_some() || f.to.is_some() {
            let mut ps = Params::default();
            let sql = format!(
                "SELECT 1 FROM events INDEXED BY events_date WHERE event_date BETWEEN {} AND {}",
                ps.text(f.from.as_deref().unwrap_or("0000")),
                ps.text(f.to.as_deref().unwrap_or("9999"))
            );
            consider(Driver::Date, sql, ps.0)?;
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
            Driver::Date => "events x INDEXED BY events_date".into(),
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
                Driver::Date => "date",
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
