//! Cross-outlet fusion: reports of the same real-world event, from
//! different articles, grouped into one fused event, with the number of
//! independent sources, every figure and who gave it, and the
//! contradictions in plain view.
//!
//! Reports are taken one at a time, in the order they were stored. Each
//! joins the fused event it fits best ([`joins`]: same family of sub-event
//! types, places and dates close enough for the less precise of the two,
//! compatible sides, another article) or starts a new one. The same order
//! gives the same grouping whether the store fuses incrementally, batch by
//! batch, or all at once ([`Fuser`]).

mod control;
mod error;
mod rules;
mod summary;

use rustc_hash::FxHashMap as HashMap;

use rasad_extract::Event;
use rasad_text::dates::Date;

pub use control::{control_entry, ControlEntry};
pub use error::{FuseError, Result};
pub use rules::Rules;
pub use summary::{summarize, Contradiction, Figure, Fused, Side, Tally};

/// Where a report places its event.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: Option<String>,
    pub name_en: Option<String>,
    pub place_id: Option<String>,
    /// The name normalised without spaces (كفرزيتا = كفر زيتا).
    pub key: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: u8,
}

/// One event as one article reports it: what fusion compares.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The store's event key.
    pub event: i64,
    pub article: i64,
    /// The outlet, or None when the article named none.
    pub outlet: Option<String>,
    pub event_type: String,
    pub sub_event_type: String,
    pub family: u8,
    pub place: Place,
    /// Days since 1970-01-01.
    pub day: Option<i64>,
    pub time_precision: Option<u8>,
    /// The article's publication day, for undated reports.
    pub published_day: Option<i64>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub fatalities: Option<u32>,
    pub reported_by: Vec<String>,
}

impl Report {
    /// The report of an extracted event; None when its sub-type has no
    /// family (not one of events.md §2).
    pub fn new(
        rules: &Rules,
        event: &Event,
        key: i64,
        article: i64,
        outlet: Option<&str>,
        published: Option<&str>,
        place_key: impl Fn(&str) -> String,
    ) -> Option<Report> {
        let l = &event.location;
        let day = |s: Option<&str>| s.and_then(Date::parse).map(Date::days_since_epoch);
        Some(Report {
            event: key,
            article,
            outlet: outlet.map(str::to_string),
            event_type: event.event_type.clone(),
            sub_event_type: event.sub_event_type.clone(),
            family: rules.family(&event.sub_event_type)?,
            place: Place {
                name: l.name.clone(),
                name_en: l.name_en.clone(),
                place_id: l.place_id.clone(),
                key: l.name.as_deref().map(place_key),
                admin1: l.admin1.clone(),
                lat: l.lat,
                lon: l.lon,
                precision: l.geo_precision.clamp(1, 3),
            },
            day: day(event.event_date.as_deref()),
            time_precision: event.time_precision,
            published_day: day(published),
            actor1: event.actor1.clone(),
            actor2: event.actor2.clone(),
            fatalities: event.fatalities,
            reported_by: event.reported_by.clone(),
        })
    }

    /// The day it is compared on: its own, else its article's.
    pub fn effective_day(&self) -> Option<i64> {
        self.day.or(self.published_day)
    }

    fn window(&self, rules: &Rules) -> i64 {
        match self.day {
            Some(_) => rules.window(self.time_precision),
            None => rules.window(None),
        }
    }
}

/// Actors that name the same side: equal, or one under the other
/// (`fsa` under `opposition`). Given by the pack.
pub trait Kinship {
    fn related(&self, a: &str, b: &str) -> bool;
}

impl Kinship for rasad_pack::Pack {
    fn related(&self, a: &str, b: &str) -> bool {
        let under = |x: &str, y: &str| {
            let mut id = x.to_string();
            for _ in 0..16 {
                if id == y {
                    return true;
                }
                match self.actor(&id).and_then(|a| a.parent.clone()) {
                    Some(p) => id = p,
                    None => return false,
                }
            }
            false
        };
        a == b || under(a, b) || under(b, a)
    }
}

/// Why a report joined a fused event (or, for the first, that it began
/// one).
#[derive(Debug, Clone, PartialEq)]
pub struct Join {
    pub why: String,
    /// Lower is closer: km apart plus 10 km per day apart. Of equally close
    /// fused events, the oldest is joined.
    pub score: f64,
}

/// A fused event being built: its reports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cluster {
    pub reports: Vec<Report>,
}

impl Cluster {
    /// The report with the most precise place (first of the most precise).
    pub fn place(&self) -> &Report {
        self.reports
            .iter()
            .min_by_key(|r| (r.place.precision, r.place.lat.is_none()))
            .expect("a cluster has a report")
    }

    /// The report with the most precise date.
    pub fn dated(&self) -> &Report {
        self.reports
            .iter()
            .min_by_key(|r| (r.day.is_none(), r.time_precision.unwrap_or(3), r.day))
            .expect("a cluster has a report")
    }

    fn sides(&self, kin: &dyn Kinship) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.reports {
            for a in known_sides(r) {
                if !out.iter().any(|o| kin.related(o, a)) {
                    out.push(a.to_string());
                }
            }
        }
        out
    }
}

fn known_sides(r: &Report) -> impl Iterator<Item = &str> {
    [r.actor1.as_deref(), r.actor2.as_deref()]
        .into_iter()
        .flatten()
        .filter(|a| *a != "unidentified")
}

/// Whether report `r` is the fused event `c` told by another article, and
/// why.
pub fn joins(rules: &Rules, kin: &dyn Kinship, c: &Cluster, r: &Report) -> Option<Join> {
    let first = c.reports.first()?;
    if first.family != r.family || c.reports.iter().any(|m| m.article == r.article) {
        return None;
    }
    let family = rules.family_name(r.family);
    // Dates: within the window of the less precise.
    let dated = c.dated();
    let (da, dr) = (dated.effective_day()?, r.effective_day()?);
    let window = dated.window(rules).max(r.window(rules));
    let days = (da - dr).abs();
    if days > window {
        return None;
    }
    // Places: within the radius of the less precise, or the same name.
    let at = c.place();
    let (pa, pr) = (&at.place, &r.place);
    let radius = rules.radius(pa.precision.max(pr.precision));
    let (km, place_why) = match (pa.lat, pa.lon, pr.lat, pr.lon) {
        (Some(a1), Some(o1), Some(a2), Some(o2)) => {
            let km = haversine(a1, o1, a2, o2);
            if km > radius {
                return None;
            }
            (km, format!("{km:.1} km apart (radius {radius} km)"))
        }
        _ => {
            // A name the gazetteer lacks may still name one place, unless
            // the two reports put it in different governorates.
            let same_name = pa.key.is_some()
                && pa.key == pr.key
                && (pa.admin1.is_none() || pr.admin1.is_none() || pa.admin1 == pr.admin1);
            let same_area =
                pa.precision == 3 && pr.precision == 3 && pa.admin1.is_some() && pa.admin1 == pr.admin1;
            if !(same_name || same_area) {
                return None;
            }
            (radius / 2.0, "the same place name".to_string())
        }
    };
    // Sides: two clashes between different pairs are two events.
    if rules.is_paired(r.family) {
        let theirs = c.sides(kin);
        let ours: Vec<&str> = known_sides(r).collect();
        if theirs.len() >= 2
            && ours.len() >= 2
            && !ours.iter().any(|o| theirs.iter().any(|t| kin.related(o, t)))
        {
            return None;
        }
    }
    Some(Join {
        why: format!("same family ({family}), {place_why}, {days} days apart (window {window})"),
        score: km + 10.0 * days as f64,
    })
}

fn haversine(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon2 - lon1).to_radians();
    let a = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// Fuses reports in memory, in the order given: for rebuilding every
/// fused event at once and for tests. The store fuses incrementally with
/// the same [`joins`], so both group alike.
///
/// Candidates are found through two indexes. A fused event dated to the
/// day at a town (the common case) is filed under its day and its cell of
/// a fine grid and of a coarse one; a report looks in the cells its own
/// radius reaches, over the days its own window reaches. Any other fused
/// event is filed under every day its window covers, and found there.
pub struct Fuser<'a> {
    rules: &'a Rules,
    kin: &'a dyn Kinship,
    pub clusters: Vec<Cluster>,
    /// For each report added, in order: its cluster and why it joined
    /// (None for the first report of a cluster).
    pub joined: Vec<(usize, Option<String>)>,
    fine: HashMap<(u8, i64, i32, i32), Vec<u32>>,
    coarse: HashMap<(u8, i64, i32, i32), Vec<u32>>,
    by_name: HashMap<(u8, i64, String), Vec<u32>>,
    broad: HashMap<(u8, i64), Vec<u32>>,
    /// The last report each cluster was a candidate for (dedupe).
    seen: Vec<usize>,
}

const FINE_DEG: f64 = 0.1;
const COARSE_DEG: f64 = 1.0;

fn cell(lat: f64, lon: f64, deg: f64) -> (i32, i32) {
    ((lat / deg).floor() as i32, (lon / deg).floor() as i32)
}

/// How many cells of `deg` degrees a radius of `km` reaches at `lat`.
fn reach(km: f64, lat: f64, deg: f64) -> (i32, i32) {
    let dy = km / (111.2 * deg);
    let dx = km / (111.2 * deg * lat.to_radians().cos().max(0.1));
    (dy.ceil() as i32, dx.ceil() as i32)
}

impl<'a> Fuser<'a> {
    pub fn new(rules: &'a Rules, kin: &'a dyn Kinship) -> Fuser<'a> {
        Fuser {
            rules,
            kin,
            clusters: Vec::new(),
            joined: Vec::new(),
            fine: HashMap::default(),
            coarse: HashMap::default(),
            by_name: HashMap::default(),
            broad: HashMap::default(),
            seen: Vec::new(),
        }
    }

    /// Whether a cluster (or report) is dated to the day at a town: the
    /// narrowest window and radius.
    fn is_exact(&self, r: &Report) -> bool {
        r.day.is_some()
            && r.time_precision == Some(1)
            && r.place.precision == 1
            && r.place.lat.is_some()
            && r.place.lon.is_some()
    }

    pub fn add(&mut self, r: Report) -> usize {
        let stamp = self.joined.len() + 1;
        let mut candidates: Vec<u32> = Vec::new();
        if let Some(day) = r.effective_day() {
            let f = r.family;
            let w = r.window(self.rules);
            let mut take = |list: Option<&Vec<u32>>, seen: &mut Vec<usize>| {
                for &c in list.into_iter().flatten() {
                    if seen[c as usize] != stamp {
                        seen[c as usize] = stamp;
                        candidates.push(c);
                    }
                }
            };
            for d in day - w..=day + w {
                take(self.broad.get(&(f, d)), &mut self.seen);
                match (r.place.lat, r.place.lon) {
                    (Some(lat), Some(lon)) => {
                        let radius = self.rules.radius(r.place.precision);
                        let deg = if radius <= FINE_DEG * 80.0 {
                            FINE_DEG
                        } else {
                            COARSE_DEG
                        };
                        let grid = if deg == FINE_DEG { &self.fine } else { &self.coarse };
                        let (cy, cx) = cell(lat, lon, deg);
                        let (ny, nx) = reach(radius.max(self.rules.radius(1)), lat, deg);
                        for y in cy - ny..=cy + ny {
                            for x in cx - nx..=cx + nx {
                                take(grid.get(&(f, d, y, x)), &mut self.seen);
                            }
                        }
                    }
                    _ => {
                        if let Some(k) = &r.place.key {
                            take(self.by_name.get(&(f, d, k.clone())), &mut self.seen);
                        }
                    }
                }
            }
        }
        // Oldest first, so that of equally close candidates the oldest wins.
        candidates.sort_unstable();
        let mut best: Option<(usize, Join)> = None;
        for c in candidates {
            if let Some(j) = joins(self.rules, self.kin, &self.clusters[c as usize], &r) {
                if best.as_ref().is_none_or(|(_, b)| j.score < b.score) {
                    best = Some((c as usize, j));
                }
            }
        }
        let (c, why) = match best {
            Some((c, j)) => {
                self.clusters[c].reports.push(r);
                (c, Some(j.why))
            }
            None => {
                self.clusters.push(Cluster { reports: vec![r] });
                self.seen.push(0);
                (self.clusters.len() - 1, None)
            }
        };
        self.index(c);
        self.joined.push((c, why));
        c
    }

    /// Files cluster `c` where reports will look for it (again, when a
    /// report made its date or place more precise; stale entries only cost
    /// a look).
    fn index(&mut self, c: usize) {
        let cl = &self.clusters[c];
        let (dated, at) = (cl.dated(), cl.place());
        let family = dated.family;
        let Some(day) = dated.effective_day() else { return };
        let id = c as u32;
        let push = |list: &mut Vec<u32>| {
            if list.last() != Some(&id) && !list.contains(&id) {
                list.push(id);
            }
        };
        let exact = self.is_exact(dated) && self.is_exact(at);
        if let (true, Some(lat), Some(lon)) = (exact, at.place.lat, at.place.lon) {
            let (fy, fx) = cell(lat, lon, FINE_DEG);
            push(self.fine.entry((family, day, fy, fx)).or_default());
            let (gy, gx) = cell(lat, lon, COARSE_DEG);
            push(self.coarse.entry((family, day, gy, gx)).or_default());
            if let Some(k) = &at.place.key {
                push(self.by_name.entry((family, day, k.clone())).or_default());
            }
        } else {
            let w = dated.window(self.rules);
            for d in day - w..=day + w {
                push(self.broad.entry((family, d)).or_default());
            }
        }
    }
}

#[cfg(test)]
mod tests;
