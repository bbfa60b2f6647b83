//! What a fused event says: the most precise place and date, every
//! report, the sources, the figures, and where the reports disagree.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{Cluster, Kinship, Place, Report, Rules};

/// A fused event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fused {
    pub family: String,
    pub event_type: String,
    /// The sub-type most reports give (the first told on a tie).
    pub sub_event_type: String,
    pub place: FusedPlace,
    /// YYYY-MM-DD of the most precisely dated report.
    pub event_date: Option<String>,
    pub time_precision: Option<u8>,
    /// The side most reports name as acting, and as acted upon.
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    /// Distinct outlets (an article without one counts as its own source).
    pub sources: usize,
    pub outlets: Vec<String>,
    /// The store's keys of the events fused, in the order they came.
    pub events: Vec<i64>,
    pub fatalities: Option<Tally>,
    pub contradictions: Vec<Contradiction>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FusedPlace {
    pub name: Option<String>,
    pub name_en: Option<String>,
    pub place_id: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geo_precision: u8,
}

/// Every figure given, and the lowest, the middle and the highest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tally {
    pub min: u32,
    /// The median figure (the lower of the two middle ones).
    pub best: u32,
    pub max: u32,
    pub figures: Vec<Figure>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub value: u32,
    pub event: i64,
    pub outlet: Option<String>,
    pub reported_by: Vec<String>,
}

/// Reports that cannot all be right.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contradiction {
    /// `fatalities`, `perpetrator` or `territory`.
    pub kind: &'static str,
    pub detail: String,
    /// Each claim with the events that make it.
    pub sides: Vec<Side>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub claim: String,
    pub events: Vec<i64>,
}

/// The fused event a cluster of reports makes.
pub fn summarize(rules: &Rules, kin: &dyn Kinship, cluster: &Cluster) -> Fused {
    let reports = &cluster.reports;
    let first = &reports[0];
    let at = &cluster.place().place;
    let dated = cluster.dated();
    let sub_event_type =
        most_common(reports.iter().map(|r| r.sub_event_type.as_str())).unwrap_or(&first.sub_event_type);
    let event_type = reports
        .iter()
        .find(|r| r.sub_event_type == sub_event_type)
        .map_or(first.event_type.clone(), |r| r.event_type.clone());
    let mut outlets: Vec<String> = Vec::new();
    let mut sources = 0;
    let mut unnamed = Vec::new();
    for r in reports {
        match &r.outlet {
            Some(o) if !outlets.iter().any(|x| x.eq_ignore_ascii_case(o)) => {
                outlets.push(o.clone());
                sources += 1;
            }
            Some(_) => {}
            None if !unnamed.contains(&r.article) => {
                unnamed.push(r.article);
                sources += 1;
            }
            None => {}
        }
    }
    let fatalities = tally(reports);
    let mut contradictions = Vec::new();
    if let Some(t) = &fatalities {
        if f64::from(t.max) > rules.fatalities_factor * f64::from(t.min) + f64::from(rules.fatalities_slack) {
            contradictions.push(Contradiction {
                kind: "fatalities",
                detail: format!("figures from {} to {} killed", t.min, t.max),
                sides: group_claims(t.figures.iter().map(|f| (format!("{} killed", f.value), f.event))),
            });
        }
    }
    // Who acted, where the order of sides means something: in a clash
    // either side may be named first.
    let acting = distinct_sides(kin, reports.iter().map(|r| (r.actor1.as_deref(), r.event)));
    if acting.len() > 1 && !rules.is_paired(first.family) {
        let kind = if rules.is_territory(first.family) {
            "territory"
        } else {
            "perpetrator"
        };
        let detail = if kind == "territory" {
            format!("taken by {}", names(&acting))
        } else {
            format!("carried out by {}", names(&acting))
        };
        contradictions.push(Contradiction {
            kind,
            detail,
            sides: acting,
        });
    }
    Fused {
        family: rules.family_name(first.family).to_string(),
        event_type,
        sub_event_type: sub_event_type.to_string(),
        place: fused_place(at),
        event_date: dated
            .day
            .map(|d| rasad_text::dates::Date::from_days_since_epoch(d).to_string()),
        time_precision: dated.day.and(dated.time_precision),
        actor1: most_common(reports.iter().filter_map(|r| r.actor1.as_deref())).map(str::to_string),
        actor2: most_common(reports.iter().filter_map(|r| r.actor2.as_deref())).map(str::to_string),
        sources,
        outlets,
        events: reports.iter().map(|r| r.event).collect(),
        fatalities,
        contradictions,
    }
}

fn fused_place(p: &Place) -> FusedPlace {
    FusedPlace {
        name: p.name.clone(),
        name_en: p.name_en.clone(),
        place_id: p.place_id.clone(),
        admin1: p.admin1.clone(),
        lat: p.lat,
        lon: p.lon,
        geo_precision: p.precision,
    }
}

fn tally(reports: &[Report]) -> Option<Tally> {
    let mut figures: Vec<Figure> = reports
        .iter()
        .filter_map(|r| {
            r.fatalities.map(|value| Figure {
                value,
                event: r.event,
                outlet: r.outlet.clone(),
                reported_by: r.reported_by.clone(),
            })
        })
        .collect();
    if figures.is_empty() {
        return None;
    }
    let mut values: Vec<u32> = figures.iter().map(|f| f.value).collect();
    values.sort_unstable();
    figures.sort_by_key(|f| f.value);
    Some(Tally {
        min: values[0],
        best: values[(values.len() - 1) / 2],
        max: values[values.len() - 1],
        figures,
    })
}

/// The actors named in `claims`, grouped by kinship (fsa with opposition),
/// unknown and unidentified actors left out.
fn distinct_sides<'a>(kin: &dyn Kinship, claims: impl Iterator<Item = (Option<&'a str>, i64)>) -> Vec<Side> {
    let mut sides: Vec<Side> = Vec::new();
    for (actor, event) in claims {
        let Some(actor) = actor.filter(|a| *a != "unidentified") else {
            continue;
        };
        match sides.iter_mut().find(|s| kin.related(&s.claim, actor)) {
            Some(s) => s.events.push(event),
            None => sides.push(Side {
                claim: actor.to_string(),
                events: vec![event],
            }),
        }
    }
    sides
}

fn group_claims(claims: impl Iterator<Item = (String, i64)>) -> Vec<Side> {
    let mut by: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    let mut order = Vec::new();
    for (claim, event) in claims {
        if !by.contains_key(&claim) {
            order.push(claim.clone());
        }
        by.entry(claim).or_default().push(event);
    }
    order
        .into_iter()
        .map(|claim| Side {
            events: by.remove(&claim).unwrap_or_default(),
            claim,
        })
        .collect()
}

fn names(sides: &[Side]) -> String {
    sides
        .iter()
        .map(|s| s.claim.as_str())
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The most frequent item, the first seen on a tie.
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for i in items {
        match counts.iter_mut().find(|(x, _)| *x == i) {
            Some((_, n)) => *n += 1,
            None => counts.push((i, 1)),
        }
    }
    let top = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == top).map(|(x, _)| x)
}
