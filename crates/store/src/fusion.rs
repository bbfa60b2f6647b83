//! Fused events in the store: every batch fuses its new events inside its
//! own transaction (so a crash never leaves events unfused), and a rebuild
//! re-fuses everything in memory in the same order, with the same result.

use std::collections::HashMap;

use rasad_extract::Event;
use rasad_fuse::{control_entry, joins, summarize, Cluster, Fuser, Kinship, Report, Rules};
use rasad_pack::Pack;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use crate::filter::place_key;
use crate::schema::{gov_code, sub_code};
use crate::{Result, Store, StoreError};

/// The widest date window of the rules: how far to look for candidates.
fn widest(rules: &Rules) -> i64 {
    rules
        .window_days
        .iter()
        .copied()
        .chain([rules.undated_window_days])
        .max()
        .unwrap_or(0)
}

/// The rules and who is kin to whom.
pub(crate) struct Fusion<'a> {
    pub rules: &'a Rules,
    pub kin: &'a dyn Kinship,
}

impl Fusion<'_> {
    fn kin(&self) -> &dyn Kinship {
        self.kin
    }
}

/// Each actor's parent, from the pack: who is kin to whom.
pub(crate) struct Parents(HashMap<String, String>);

impl Parents {
    pub(crate) fn new(pack: &Pack) -> Parents {
        Parents(
            pack.actors
                .iter()
                .filter_map(|a| a.parent.clone().map(|p| (a.id.clone(), p)))
                .collect(),
        )
    }
}

impl Kinship for Parents {
    fn related(&self, a: &str, b: &str) -> bool {
        let under = |x: &str, y: &str| {
            let mut id = x;
            for _ in 0..16 {
                if id == y {
                    return true;
                }
                match self.0.get(id) {
                    Some(p) => id = p,
                    None => return false,
                }
            }
            false
        };
        under(a, b) || under(b, a)
    }
}

/// The columns a report is read from, after `SELECT`.
const REPORT_COLUMNS: &str = "e.key, e.article, r.record, a.outlet, a.published FROM events e
     JOIN event_records r ON r.key = e.key JOIN articles a ON a.key = e.article";

/// The report of a row of [`REPORT_COLUMNS`]; None for an event whose
/// sub-type has no family.
fn report_of_row(rules: &Rules, row: &rusqlite::Row<'_>) -> Result<Option<Report>> {
    let key: i64 = row.get(0)?;
    let record: String = row.get(2)?;
    let event: Event = serde_json::from_str(&record).map_err(|e| StoreError::Record {
        key,
        reason: e.to_string(),
    })?;
    let outlet: Option<String> = row.get(3)?;
    let published: Option<String> = row.get(4)?;
    Ok(Report::new(
        rules,
        &event,
        key,
        row.get(1)?,
        outlet.as_deref(),
        published.as_deref(),
        place_key,
    ))
}

/// Reports of stored events, by event key.
fn load_reports(tx: &rusqlite::Connection, rules: &Rules, keys: &[i64]) -> Result<Vec<Report>> {
    let mut stmt = tx.prepare_cached(&format!("SELECT {REPORT_COLUMNS} WHERE e.key = ?1"))?;
    let mut out = Vec::with_capacity(keys.len());
    for &k in keys {
        let mut rows = stmt.query([k])?;
        if let Some(row) = rows.next()? {
            out.extend(report_of_row(rules, row)?);
        }
    }
    Ok(out)
}

/// Fuses the events just inserted (keys in order) into the fused events
/// already stored, inside the batch's transaction.
pub(crate) fn fuse_new(tx: &Transaction<'_>, fusion: &Fusion<'_>, keys: &[i64]) -> Result<()> {
    let rules = fusion.rules;
    let far = widest(rules);
    for r in load_reports(tx, rules, keys)? {
        let mut best: Option<(i64, Cluster, rasad_fuse::Join)> = None;
        if let Some(day) = r.effective_day() {
            let candidates: Vec<Anchor> = tx
                .prepare_cached(
                    "SELECT id, day, win, lat, lon, geo_precision, place_key, gov FROM fused
                     WHERE family = ?1 AND day BETWEEN ?2 AND ?3 ORDER BY id",
                )?
                .query_map(params![r.family, day - far, day + far], |row| {
                    Ok(Anchor {
                        id: row.get(0)?,
                        day: row.get(1)?,
                        win: row.get(2)?,
                        lat: row.get(3)?,
                        lon: row.get(4)?,
                        precision: row.get(5)?,
                        place_key: row.get(6)?,
                        gov: row.get(7)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            for a in candidates.iter().filter(|a| a.may_join(rules, &r, day)) {
                let id = a.id;
                // Two events of one article are two events: settled without
                // reading the candidate's reports.
                let same_article: bool = tx
                    .prepare_cached(
                        "SELECT EXISTS (SELECT 1 FROM fused_members m JOIN events e ON e.key = m.event
                         WHERE m.fused = ?1 AND e.article = ?2)",
                    )?
                    .query_row(params![id, r.article], |row| row.get(0))?;
                if same_article {
                    continue;
                }
                let cluster = Cluster {
                    reports: load_reports(tx, rules, &members(tx, id)?)?,
                };
                if cluster.reports.is_empty() {
                    continue;
                }
                if let Some(j) = joins(rules, fusion.kin(), &cluster, &r) {
                    if best.as_ref().is_none_or(|(_, _, b)| j.score < b.score) {
                        best = Some((id, cluster, j));
                    }
                }
            }
        }
        match best {
            Some((id, mut cluster, j)) => {
                tx.execute(
                    "INSERT INTO fused_members (event, fused, why) VALUES (?1, ?2, ?3)",
                    params![r.event, id, j.why],
                )?;
                cluster.reports.push(r);
                write_fused(tx, fusion, Some(id), &cluster)?;
            }
            None => {
                let event = r.event;
                let id = write_fused(tx, fusion, None, &Cluster { reports: vec![r] })?;
                tx.execute(
                    "INSERT INTO fused_members (event, fused, why) VALUES (?1, ?2, NULL)",
                    params![event, id],
                )?;
            }
        }
    }
    Ok(())
}

/// What the fused table says of a fused event's most precise date and
/// place: enough to rule most candidates out before reading their reports.
struct Anchor {
    id: i64,
    day: i64,
    win: i64,
    lat: Option<f64>,
    lon: Option<f64>,
    precision: u8,
    place_key: Option<String>,
    gov: Option<i64>,
}

impl Anchor {
    /// A necessary condition of [`joins`]: dates within the wider window,
    /// places within the wider radius or of one name or governorate.
    fn may_join(&self, rules: &Rules, r: &Report, day: i64) -> bool {
        let window = self.win.max(match r.day {
            Some(_) => rules.window(r.time_precision),
            None => rules.window(None),
        });
        if (self.day - day).abs() > window {
            return false;
        }
        let radius = rules.radius(self.precision.max(r.place.precision));
        match (self.lat, self.lon, r.place.lat, r.place.lon) {
            (Some(a1), Some(o1), Some(a2), Some(o2)) => crate::schema::km(a1, o1, a2, o2) <= radius,
            _ => {
                self.place_key.is_some() && self.place_key == r.place.key
                    || (self.gov.is_some() && self.gov == r.place.admin1.as_deref().and_then(gov_code))
            }
        }
    }
}

fn members(tx: &rusqlite::Connection, fused: i64) -> Result<Vec<i64>> {
    let keys = tx
        .prepare_cached("SELECT event FROM fused_members WHERE fused = ?1 ORDER BY event")?
        .query_map([fused], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(keys)
}

/// Inserts (id None) or rewrites a fused event and its control step.
fn write_fused(
    tx: &rusqlite::Connection,
    fusion: &Fusion<'_>,
    id: Option<i64>,
    cluster: &Cluster,
) -> Result<i64> {
    let rules = fusion.rules;
    let f = summarize(rules, fusion.kin(), cluster);
    let dated = cluster.dated();
    let family = dated.family;
    let window = match dated.day {
        Some(_) => rules.window(dated.time_precision),
        None => rules.window(None),
    };
    let sub = sub_code(&f.sub_event_type).unwrap_or(0);
    let gov = f.place.admin1.as_deref().and_then(gov_code);
    let t = f.fatalities.as_ref();
    let summary = serde_json::to_string(&f).expect("a fused event serialises");
    let place_key = f.place.name.as_deref().map(place_key);
    let values = params![
        family,
        dated.effective_day(),
        window,
        f.place.lat,
        f.place.lon,
        f.place.geo_precision,
        f.place.place_id,
        place_key,
        sub,
        gov,
        f.event_date,
        f.sources as i64,
        f.events.len() as i64,
        t.map(|t| t.min),
        t.map(|t| t.best),
        t.map(|t| t.max),
        !f.contradictions.is_empty(),
        f.actor1,
        f.actor2,
        summary,
    ];
    let created = id.is_none();
    let id = match id {
        Some(id) => {
            tx.prepare_cached(
                "UPDATE fused SET family = ?1, day = ?2, win = ?3, lat = ?4, lon = ?5, geo_precision = ?6,
                 place_id = ?7, place_key = ?8, sub = ?9, gov = ?10, event_date = ?11, sources = ?12, reports = ?13,
                 fat_min = ?14, fat_best = ?15, fat_max = ?16, contradicted = ?17, actor1 = ?18, actor2 = ?19,
                 summary = ?20 WHERE id = ?21",
            )?
            .execute(rusqlite::params_from_iter(values.iter().copied().chain([&id as &dyn rusqlite::ToSql])))?;
            id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO fused (family, day, win, lat, lon, geo_precision, place_id, place_key, sub, gov, event_date,
                 sources, reports, fat_min, fat_best, fat_max, contradicted, actor1, actor2, summary)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
            )?
            .execute(values)?;
            tx.last_insert_rowid()
        }
    };
    if !created {
        tx.execute("DELETE FROM control WHERE fused = ?1", [id])?;
    }
    if let Some(c) = control_entry(rules, family, &f) {
        let place = f.place.place_id.clone().or(place_key);
        if let Some(place) = place {
            tx.execute(
                "INSERT INTO control (place, place_name, gov, date, controller, confidence, fused)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![place, f.place.name, gov, c.date, c.controller, c.confidence, id],
            )?;
        }
    }
    Ok(id)
}

/// What a rebuild did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FuseSummary {
    pub events: usize,
    pub fused: usize,
    pub multi_source: usize,
    pub contradicted: usize,
    /// Reading and grouping the reports, then writing the fused events.
    pub grouping: std::time::Duration,
    pub writing: std::time::Duration,
}

impl Store {
    /// Re-fuses every stored event, in the order they were stored.
    pub fn refuse(&mut self, progress: &mut dyn FnMut(usize)) -> Result<FuseSummary> {
        let fusion = Fusion {
            rules: &self.rules,
            kin: &self.kin,
        };
        let started = std::time::Instant::now();
        let rules = fusion.rules;
        let mut fuser = Fuser::new(rules, fusion.kin());
        let mut events = 0;
        {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT {REPORT_COLUMNS} ORDER BY e.key"))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                if let Some(r) = report_of_row(rules, row)? {
                    fuser.add(r);
                    events += 1;
                    if events % 50_000 == 0 {
                        progress(events);
                    }
                }
            }
        }
        let grouped = started.elapsed();
        let tx = self.conn.transaction()?;
        tx.execute_batch("DELETE FROM fused; DELETE FROM fused_members; DELETE FROM control;")?;
        tx.execute_batch(crate::schema::DROP_FUSED_INDEXES)?;
        let mut summary = FuseSummary {
            events,
            ..FuseSummary::default()
        };
        let mut ids = Vec::with_capacity(fuser.clusters.len());
        for c in &fuser.clusters {
            ids.push(write_fused(&tx, &fusion, None, c)?);
        }
        {
            let mut ins = tx.prepare("INSERT INTO fused_members (event, fused, why) VALUES (?1, ?2, ?3)")?;
            let mut at: HashMap<usize, usize> = HashMap::new();
            for (c, why) in &fuser.joined {
                let n = at.entry(*c).or_default();
                let event = fuser.clusters[*c].reports[*n].event;
                *n += 1;
                ins.execute(params![event, ids[*c], why])?;
            }
        }
        tx.execute_batch(crate::schema::FUSED_INDEXES)?;
        tx.commit()?;
        let (fused, multi, contradicted) = self.fused_counts()?;
        summary.fused = fused as usize;
        summary.multi_source = multi as usize;
        summary.contradicted = contradicted as usize;
        summary.grouping = grouped;
        summary.writing = started.elapsed() - grouped;
        Ok(summary)
    }

    /// A fused event by id, with why each report joined.
    pub fn fused(&self, id: i64) -> Result<Option<StoredFused>> {
        let row: Option<(String, i64)> = self
            .conn
            .query_row("SELECT summary, id FROM fused WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let Some((summary, id)) = row else { return Ok(None) };
        self.stored_fused(id, &summary).map(Some)
    }

    pub(crate) fn stored_fused(&self, id: i64, summary: &str) -> Result<StoredFused> {
        let fused: serde_json::Value = serde_json::from_str(summary).map_err(|e| StoreError::Record {
            key: id,
            reason: e.to_string(),
        })?;
        let mut why = self
            .conn
            .prepare_cached("SELECT event, why FROM fused_members WHERE fused = ?1 ORDER BY event")?;
        let joined = why
            .query_map([id], |r| {
                Ok(Joined {
                    event: r.get(0)?,
                    why: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(StoredFused { id, fused, joined })
    }
}

/// A fused event as stored.
#[derive(Debug, Clone, Serialize)]
pub struct StoredFused {
    pub id: i64,
    /// The [`Fused`] summary.
    #[serde(flatten)]
    pub fused: serde_json::Value,
    /// Why each report joined (None for the one that began it).
    pub joined: Vec<Joined>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Joined {
    pub event: i64,
    pub why: Option<String>,
}

/// One step of a place's control timeline, as stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ControlRow {
    /// The gazetteer id, or the name normalised when the gazetteer lacks it.
    pub place: String,
    pub place_name: Option<String>,
    pub admin1: Option<String>,
    pub date: String,
    pub controller: String,
    pub confidence: f64,
    /// The fused territory event that says so.
    pub fused: i64,
    /// Where that event is placed; null for a place the gazetteer lacks.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// What a control step's query selects, `c` the control row and `f` its
/// fused event.
const CONTROL_COLUMNS: &str =
    "c.place, c.place_name, c.gov, c.date, c.controller, c.confidence, c.fused, f.lat, f.lon";

fn control_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ControlRow> {
    let gov: Option<i64> = r.get(2)?;
    Ok(ControlRow {
        place: r.get(0)?,
        place_name: r.get(1)?,
        admin1: gov
            .and_then(|g| rasad_pack::GOVERNORATES.get(g as usize))
            .map(|g| g.to_string()),
        date: r.get(3)?,
        controller: r.get(4)?,
        confidence: r.get(5)?,
        fused: r.get(6)?,
        lat: r.get(7)?,
        lon: r.get(8)?,
    })
}

/// Reports that disagree, each side with the evidence it rests on.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Disagreement {
    pub fused: i64,
    pub event_date: Option<String>,
    pub sub_event_type: Option<String>,
    pub place: Option<String>,
    /// `fatalities`, `perpetrator` or `territory`.
    pub kind: String,
    pub detail: String,
    pub sides: Vec<DisagreementSide>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DisagreementSide {
    pub claim: String,
    pub reports: Vec<SideReport>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SideReport {
    pub event: i64,
    pub outlet: Option<String>,
    pub doc_id: String,
    pub evidence: String,
}

impl Store {
    /// Fused events matching `filter` (its type, sub-type, actor (either
    /// side), governorate, place, circle, dates, fatalities (the best
    /// figure), outlet (any report), page), with at least `min_sources`
    /// outlets, only contradicted ones when asked; newest first.
    pub fn fused_events(
        &self,
        filter: &crate::Filter,
        min_sources: usize,
        contradicted: bool,
    ) -> Result<Vec<StoredFused>> {
        let mut wh: Vec<String> = Vec::new();
        let mut ps: Vec<rusqlite::types::Value> = Vec::new();
        let p = |v: rusqlite::types::Value, ps: &mut Vec<rusqlite::types::Value>| {
            ps.push(v);
            format!("?{}", ps.len())
        };
        use rusqlite::types::Value::{Integer, Real, Text};
        let subs: Vec<String> = crate::schema::SUB_TYPES
            .iter()
            .enumerate()
            .filter(|(_, (t, s))| {
                filter.event_type.is_none_or(|ft| ft == *t) && filter.sub_event_type.is_none_or(|fs| fs == *s)
            })
            .map(|(i, _)| p(Integer(i as i64), &mut ps))
            .collect();
        if filter.event_type.is_some() || filter.sub_event_type.is_some() {
            wh.push(format!("f.sub IN ({})", subs.join(", ")));
        }
        if let Some(g) = filter.admin1.and_then(gov_code) {
            wh.push(format!("f.gov = {}", p(Integer(g), &mut ps)));
        }
        if !filter.actors.is_empty() {
            let list: Vec<String> = filter
                .actors
                .iter()
                .map(|a| p(Text(a.clone()), &mut ps))
                .collect();
            let list = list.join(", ");
            wh.push(format!("(f.actor1 IN ({list}) OR f.actor2 IN ({list}))"));
        }
        if let Some(pl) = &filter.place {
            let mut any = vec![format!("f.place_key = {}", p(Text(pl.norm.clone()), &mut ps))];
            for id in &pl.ids {
                any.push(format!("f.place_id = {}", p(Text(id.clone()), &mut ps)));
            }
            wh.push(format!("({})", any.join(" OR ")));
        }
        if let Some(n) = filter.near {
            let dlat = n.km / 111.0;
            let dlon = n.km / (111.0 * n.lat.to_radians().cos().max(0.01));
            wh.push(format!(
                "f.lat BETWEEN {} AND {} AND f.lon BETWEEN {} AND {} AND km(f.lat, f.lon, {}, {}) <= {}",
                p(Real(n.lat - dlat), &mut ps),
                p(Real(n.lat + dlat), &mut ps),
                p(Real(n.lon - dlon), &mut ps),
                p(Real(n.lon + dlon), &mut ps),
                p(Real(n.lat), &mut ps),
                p(Real(n.lon), &mut ps),
                p(Real(n.km), &mut ps)
            ));
        }
        if let Some(d) = &filter.from {
            wh.push(format!("f.event_date >= {}", p(Text(d.clone()), &mut ps)));
        }
        if let Some(d) = &filter.to {
            wh.push(format!("f.event_date <= {}", p(Text(d.clone()), &mut ps)));
        }
        if let Some(m) = filter.min_fatalities {
            wh.push(format!("f.fat_best >= {}", p(Integer(m.into()), &mut ps)));
        }
        if let Some(o) = &filter.outlet {
            wh.push(format!(
                "EXISTS (SELECT 1 FROM fused_members m JOIN events e ON e.key = m.event JOIN outlets o ON o.id = e.outlet
                 WHERE m.fused = f.id AND o.name = {})",
                p(Text(o.clone()), &mut ps)
            ));
        }
        if min_sources > 1 {
            wh.push(format!(
                "f.sources >= {}",
                p(Integer(min_sources as i64), &mut ps)
            ));
        }
        if contradicted {
            wh.push("f.contradicted".into());
        }
        let limit = p(Integer(filter.limit.min(i64::MAX as usize) as i64), &mut ps);
        let offset = p(Integer(filter.offset as i64), &mut ps);
        let sql = format!(
            "SELECT f.id, f.summary FROM fused f{} ORDER BY f.event_date DESC, f.id DESC LIMIT {limit} OFFSET {offset}",
            if wh.is_empty() { String::new() } else { format!(" WHERE {}", wh.join(" AND ")) }
        );
        let rows: Vec<(i64, String)> = self
            .conn
            .prepare(&sql)?
            .query_map(rusqlite::params_from_iter(ps), |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.iter().map(|(id, s)| self.stored_fused(*id, s)).collect()
    }

    /// Fused events in all, with more than one source, contradicted.
    pub fn fused_counts(&self) -> Result<(i64, i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT count(*), coalesce(sum(sources > 1), 0), coalesce(sum(contradicted), 0) FROM fused",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// The control timeline of the places `place` names (an id, a P-code,
    /// a name in any spelling), oldest first.
    pub fn control_of(&self, place: &crate::filter::PlaceFilter) -> Result<Vec<ControlRow>> {
        let mut keys: Vec<rusqlite::types::Value> = vec![rusqlite::types::Value::Text(place.norm.clone())];
        keys.extend(place.ids.iter().map(|i| rusqlite::types::Value::Text(i.clone())));
        let slots: Vec<String> = (1..=keys.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "SELECT {CONTROL_COLUMNS} FROM control c LEFT JOIN fused f ON f.id = c.fused
             WHERE c.place IN ({}) ORDER BY c.date, c.fused",
            slots.join(", ")
        );
        let rows = self
            .conn
            .prepare(&sql)?
            .query_map(rusqlite::params_from_iter(keys), control_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Every known place's controller on `date` (its latest step on or
    /// before that day; the more confident on the same day), in a
    /// governorate or everywhere.
    pub fn control_on(&self, date: &str, admin1: Option<&str>) -> Result<Vec<ControlRow>> {
        let gov = admin1.and_then(gov_code);
        let rows = self
            .conn
            .prepare(&format!(
                "SELECT {CONTROL_COLUMNS} FROM control c LEFT JOIN fused f ON f.id = c.fused
                 WHERE c.date <= ?1 AND (?2 IS NULL OR c.gov = ?2)
                   AND NOT EXISTS (SELECT 1 FROM control d WHERE d.place = c.place AND d.date <= ?1
                        AND (d.date > c.date OR (d.date = c.date AND (d.confidence > c.confidence
                             OR (d.confidence = c.confidence AND d.fused > c.fused)))))
                 ORDER BY c.gov, c.place_name"
            ))?
            .query_map(params![date, gov], control_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The fused event that `event` is a report of.
    pub fn fused_of(&self, event: i64) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT fused FROM fused_members WHERE event = ?1")?
            .query_row([event], |r| r.get(0))
            .optional()?)
    }

    /// Every disagreement among the fused events matching `filter` (as
    /// [`Store::fused_events`] reads it), with the evidence of each side.
    pub fn disagreements(&self, filter: &crate::Filter) -> Result<Vec<Disagreement>> {
        let mut out = Vec::new();
        for f in self.fused_events(filter, 1, true)? {
            let s = &f.fused;
            let text = |v: &serde_json::Value| v.as_str().map(str::to_string);
            for c in s["contradictions"].as_array().into_iter().flatten() {
                let mut sides = Vec::new();
                for side in c["sides"].as_array().into_iter().flatten() {
                    let mut reports = Vec::new();
                    for key in side["events"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|e| e.as_i64())
                    {
                        if let Some(ev) = self.event(key)? {
                            reports.push(SideReport {
                                event: ev.id,
                                outlet: ev.article.outlet,
                                doc_id: ev.article.doc_id,
                                evidence: ev.event.evidence.text,
                            });
                        }
                    }
                    sides.push(DisagreementSide {
                        claim: text(&side["claim"]).unwrap_or_default(),
                        reports,
                    });
                }
                out.push(Disagreement {
                    fused: f.id,
                    event_date: text(&s["event_date"]),
                    sub_event_type: text(&s["sub_event_type"]),
                    place: text(&s["place"]["name"]),
                    kind: text(&c["kind"]).unwrap_or_default(),
                    detail: text(&c["detail"]).unwrap_or_default(),
                    sides,
                });
            }
        }
        Ok(out)
    }
}
