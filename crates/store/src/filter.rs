//! Filters over stored events, as a user writes them ([`FilterSpec`]) and
//! as the store runs them ([`Filter`], names resolved through the pack).

use rasad_pack::{Pack, PlaceKind, GOVERNORATES, TAXONOMY};
use rasad_text::normalize_str;
use serde::Deserialize;

use crate::{Result, StoreError};

/// Default and largest page of events.
pub const DEFAULT_LIMIT: usize = 100;
pub const MAX_LIMIT: usize = 100_000;

/// Filters as given on the command line or in a query string.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct FilterSpec {
    /// An event type of events.md §2 (case and punctuation ignored; a
    /// unique prefix is enough: "explosions").
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    pub sub_type: Option<String>,
    /// An actor id, name or alias; includes the actors under it
    /// (`opposition` includes `fsa` and its factions).
    pub actor: Option<String>,
    /// A governorate, in English (events.md §4) or Arabic.
    pub admin1: Option<String>,
    /// A place name as written (any spelling the gazetteer knows), an id or
    /// a P-code.
    pub place: Option<String>,
    /// `LAT,LON,KM`.
    pub near: Option<String>,
    /// YYYY-MM-DD, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    pub min_fatalities: Option<u32>,
    /// The outlet, e.g. its web host.
    pub outlet: Option<String>,
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// A filter ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub event_type: Option<&'static str>,
    pub sub_event_type: Option<&'static str>,
    pub actors: Vec<String>,
    pub admin1: Option<&'static str>,
    pub place: Option<PlaceFilter>,
    pub near: Option<Near>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub min_fatalities: Option<u32>,
    pub outlet: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlaceFilter {
    /// The name as the user wrote it, normalised.
    pub norm: String,
    /// Gazetteer places the name means.
    pub ids: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub km: f64,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            event_type: None,
            sub_event_type: None,
            actors: Vec::new(),
            admin1: None,
            place: None,
            near: None,
            from: None,
            to: None,
            min_fatalities: None,
            outlet: None,
            limit: DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

impl FilterSpec {
    /// Resolves names through the pack; every unknown value is a clear
    /// error naming what is accepted.
    pub fn resolve(&self, pack: &Pack) -> Result<Filter> {
        let mut f = Filter::default();
        if let Some(t) = nonempty(&self.event_type) {
            let types: Vec<&'static str> = TAXONOMY.iter().map(|(t, _)| *t).collect();
            f.event_type = Some(pick("type", t, &types)?);
        }
        if let Some(s) = nonempty(&self.sub_type) {
            let subs: Vec<&'static str> = TAXONOMY.iter().flat_map(|(_, s)| s.iter().copied()).collect();
            f.sub_event_type = Some(pick("sub-type", s, &subs)?);
        }
        if let Some(a) = nonempty(&self.actor) {
            f.actors = actors_under(pack, a)?;
        }
        if let Some(a) = nonempty(&self.admin1) {
            f.admin1 = Some(governorate(pack, a)?);
        }
        if let Some(p) = nonempty(&self.place) {
            f.place = Some(PlaceFilter::new(pack, p));
        }
        if let Some(n) = nonempty(&self.near) {
            f.near = Some(parse_near(n)?);
        }
        f.from = nonempty(&self.from).map(|d| date("from", d)).transpose()?;
        f.to = nonempty(&self.to).map(|d| date("to", d)).transpose()?;
        if let (Some(a), Some(b)) = (&f.from, &f.to) {
            if a > b {
                return Err(StoreError::Filter(format!("from {a} is after to {b}")));
            }
        }
        f.min_fatalities = self.min_fatalities;
        f.outlet = nonempty(&self.outlet).map(str::to_string);
        f.limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if f.limit > MAX_LIMIT {
            return Err(StoreError::Filter(format!(
                "limit {} is over {MAX_LIMIT}; use `rasad export` for everything",
                f.limit
            )));
        }
        f.offset = self.offset.unwrap_or(0);
        Ok(f)
    }
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Letters and digits, lower case: "Air/drone strike" ~ "air drone strike".
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The one name of `names` that `given` equals or begins.
fn pick(what: &str, given: &str, names: &[&'static str]) -> Result<&'static str> {
    let g = fold(given);
    if let Some(n) = names.iter().find(|n| fold(n) == g) {
        return Ok(n);
    }
    let starts: Vec<_> = names
        .iter()
        .filter(|n| !g.is_empty() && fold(n).starts_with(&g))
        .collect();
    match starts[..] {
        [one] => Ok(one),
        _ => Err(StoreError::Filter(format!(
            "unknown {what} {given:?}; one of: {}",
            names.join(", ")
        ))),
    }
}

/// The actor `given` names and every actor whose parents lead to it.
fn actors_under(pack: &Pack, given: &str) -> Result<Vec<String>> {
    let root = match pack.actor(given) {
        Some(a) => a,
        None => match pack.search_actors(given).first() {
            Some(a) => a,
            None => {
                return Err(StoreError::Filter(format!(
                    "unknown actor {given:?} (see `rasad actors QUERY`)"
                )))
            }
        },
    };
    let under = |start: &str| {
        let mut id = start.to_string();
        for _ in 0..16 {
            if id == root.id {
                return true;
            }
            match pack.actor(&id).and_then(|a| a.parent.clone()) {
                Some(p) => id = p,
                None => return false,
            }
        }
        false
    };
    Ok(pack
        .actors
        .iter()
        .filter(|a| under(&a.id))
        .map(|a| a.id.clone())
        .collect())
}

fn governorate(pack: &Pack, given: &str) -> Result<&'static str> {
    if let Ok(g) = pick("governorate", given, &GOVERNORATES) {
        return Ok(g);
    }
    let by_name = pack.search_places(given).into_iter().find(|p| {
        p.kind == PlaceKind::Governorate && p.names().any(|n| normalize_str(n) == normalize_str(given))
    });
    by_name
        .and_then(|p| GOVERNORATES.iter().find(|g| **g == p.admin1).copied())
        .ok_or_else(|| {
            StoreError::Filter(format!(
                "unknown governorate {given:?}; one of: {}",
                GOVERNORATES.join(", ")
            ))
        })
}

impl PlaceFilter {
    /// Every gazetteer place whose id, P-code, English name or a name is
    /// `given`, spaces aside (كفرزيتا is كفر زيتا) and with or without the
    /// article (الهيشة is OCHA's هيشة of Raqqa too).
    pub fn new(pack: &Pack, given: &str) -> PlaceFilter {
        let given = given.trim();
        let key = place_key(given);
        let bare = |k: &str| {
            k.strip_prefix("ال")
                .filter(|rest| rest.chars().count() >= 3)
                .map(str::to_string)
                .unwrap_or_else(|| k.to_string())
        };
        let bare_key = bare(&key);
        let ids = pack
            .places
            .iter()
            .filter(|p| {
                p.id == given
                    || p.pcode == given
                    || p.name_en.eq_ignore_ascii_case(given)
                    || p.names().any(|n| bare(&place_key(n)) == bare_key)
            })
            .map(|p| p.id.clone())
            .collect();
        PlaceFilter { norm: key, ids }
    }
}

/// How a place name is compared: normalised, without spaces. The store
/// keeps each event's place name in this form too.
pub(crate) fn place_key(name: &str) -> String {
    normalize_str(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn parse_near(s: &str) -> Result<Near> {
    let parts: Vec<f64> = s
        .split(',')
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| StoreError::Filter(format!("near {s:?} is not LAT,LON,KM (e.g. 35.37,36.60,10)")))?;
    let [lat, lon, km] = parts[..] else {
        return Err(StoreError::Filter(format!(
            "near {s:?} is not LAT,LON,KM (e.g. 35.37,36.60,10)"
        )));
    };
    let valid = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km > 0.0 && km <= 2000.0;
    if !valid {
        return Err(StoreError::Filter(format!(
            "near {s:?}: latitude within ±90, longitude within ±180, 0 < km ≤ 2000"
        )));
    }
    Ok(Near { lat, lon, km })
}

fn date(what: &str, s: &str) -> Result<String> {
    match rasad_text::dates::Date::parse(s) {
        Some(d) => Ok(d.to_string()),
        None => Err(StoreError::Filter(format!(
            "{what} {s:?} is not a date YYYY-MM-DD"
        ))),
    }
}
