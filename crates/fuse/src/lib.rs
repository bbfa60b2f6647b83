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

use std::collections::{HashMap, HashSet};

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
/// the same [`joins`].
pub struct Fuser<'a> {
    rules: &'a Rules,
    kin: &'a dyn Kinship,
    pub clusters: Vec<Cluster>,
    /// For each report added, in order: its cluster and why it joined
    /// (None for the first report of a cluster).
    pub joined: Vec<(usize, Option<String>)>,
    by_day: HashMap<(u8, i64), Vec<u32>>,
}

impl<'a> Fuser<'a> {
    pub fn new(rules: &'a Rules, kin: &'a dyn Kinship) -> Fuser<'a> {
        Fuser {
            rules,
            kin,
            clusters: Vec::new(),
            joined: Vec::new(),
            by_day: HashMap::new(),
        }
    }

    pub fn add(&mut self, r: Report) -> usize {
        let mut best: Option<(usize, Join)> = None;
        if let Some(day) = r.effective_day() {
            let w = r.window(self.rules);
            let mut seen = HashSet::new();
            for d in day - w..=day + w {
                for &c in self.by_day.get(&(r.family, d)).into_iter().flatten() {
                    if !seen.insert(c) {
                        continue;
                    }
                    if let Some(j) = joins(self.rules, self.kin, &self.clusters[c as usize], &r) {
                        let better = best.as_ref().is_none_or(|(bc, b)| {
                            j.score < b.score || (j.score == b.score && (c as usize) < *bc)
                        });
                        if better {
                            best = Some((c as usize, j));
                        }
                    }
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
                (self.clusters.len() - 1, None)
            }
        };
        self.index(c);
        self.joined.push((c, why));
        c
    }

    /// Files cluster `c` under every day its date window covers, so that a
    /// report looking only within its own window still finds it.
    fn index(&mut self, c: usize) {
        let dated = self.clusters[c].dated();
        let family = dated.family;
        let Some(day) = dated.effective_day() else { return };
        let w = dated.window(self.rules);
        for d in day - w..=day + w {
            let list = self.by_day.entry((family, d)).or_default();
            if !list.contains(&(c as u32)) {
                list.push(c as u32);
            }
        }
    }
}

#[cfg(test)]
mod tests;
