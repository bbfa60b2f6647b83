use std::fmt;
use std::str::FromStr;

use crate::{PackError, Result};

/// The governorates in the spelling of events.md §4.
pub const GOVERNORATES: [&str; 14] = [
    "Aleppo",
    "Al-Hasakeh",
    "Ar-Raqqa",
    "As-Sweida",
    "Damascus",
    "Dar'a",
    "Deir-ez-Zor",
    "Hama",
    "Homs",
    "Idleb",
    "Lattakia",
    "Quneitra",
    "Rural Damascus",
    "Tartous",
];

/// What sort of place a row is. The order is the preference among places
/// of the same name when nothing else decides: a town before the
/// governorate, district or sub-district named after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    Community,
    Town,
    Neighbourhood,
    Site,
    Region,
    Governorate,
    District,
    Subdistrict,
}

impl PlaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Community => "community",
            PlaceKind::Town => "town",
            PlaceKind::Neighbourhood => "neighbourhood",
            PlaceKind::Site => "site",
            PlaceKind::Region => "region",
            PlaceKind::Governorate => "governorate",
            PlaceKind::District => "district",
            PlaceKind::Subdistrict => "subdistrict",
        }
    }

    /// An administrative unit or region: names an area, not a point.
    pub fn is_area(self) -> bool {
        matches!(
            self,
            PlaceKind::Region | PlaceKind::Governorate | PlaceKind::District | PlaceKind::Subdistrict
        )
    }
}

impl fmt::Display for PlaceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PlaceKind {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        Ok(match s {
            "community" => PlaceKind::Community,
            "town" => PlaceKind::Town,
            "neighbourhood" => PlaceKind::Neighbourhood,
            "site" => PlaceKind::Site,
            "region" => PlaceKind::Region,
            "governorate" => PlaceKind::Governorate,
            "district" => PlaceKind::District,
            "subdistrict" => PlaceKind::Subdistrict,
            other => return Err(format!("unknown place kind {other:?}")),
        })
    }
}

/// A place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// `C1234` (OCHA community), `ocha:SY0703` (admin unit),
    /// `geonames:123`, `rasad:<slug>` (the project's own).
    pub id: String,
    pub kind: PlaceKind,
    pub name_ar: String,
    pub name_en: String,
    /// OCHA P-code, empty when the place has none.
    pub pcode: String,
    pub admin1: String,
    pub admin2: String,
    pub admin3: String,
    pub lat: f64,
    pub lon: f64,
    /// events.md geo_precision of an event placed here: 1 the place itself,
    /// 2 an area within a governorate, 3 the governorate.
    pub precision: u8,
    /// Administrative weight: 6 governorate, 5 capital, 4 governorate
    /// capital, 3 district centre, 2 sub-district centre, 1 other.
    pub rank: u8,
    pub population: u32,
    pub aliases: Vec<String>,
    pub source: String,
}

/// A place as rasad shows it (`rasad places --format jsonl`, the API):
/// empty codes are null, the precision is called `geo_precision` as in
/// events.md.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct PlaceView<'a> {
    pub id: &'a str,
    pub kind: &'static str,
    pub name_ar: &'a str,
    pub name_en: &'a str,
    pub pcode: Option<&'a str>,
    pub admin1: &'a str,
    pub admin2: Option<&'a str>,
    pub lat: f64,
    pub lon: f64,
    pub geo_precision: u8,
    pub aliases: &'a [String],
}

impl Place {
    pub fn view(&self) -> PlaceView<'_> {
        fn some(s: &str) -> Option<&str> {
            (!s.is_empty()).then_some(s)
        }
        PlaceView {
            id: &self.id,
            kind: self.kind.as_str(),
            name_ar: &self.name_ar,
            name_en: &self.name_en,
            pcode: some(&self.pcode),
            admin1: &self.admin1,
            admin2: some(&self.admin2),
            lat: self.lat,
            lon: self.lon,
            geo_precision: self.precision,
            aliases: &self.aliases,
        }
    }

    /// The Arabic name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name_ar.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .filter(|n| !n.is_empty())
    }

    /// Great-circle distance in km.
    pub fn distance_km(&self, lat: f64, lon: f64) -> f64 {
        haversine_km(self.lat, self.lon, lat, lon)
    }
}

pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

pub(crate) enum Row {
    Place(Place),
    /// Extra names for a place defined elsewhere.
    Alias {
        file: String,
        line: usize,
        id: String,
        names: Vec<String>,
    },
}

/// Reads a gazetteer or places_extra TSV: columns found by header name.
pub(crate) fn parse_tsv(file: &str, text: &str) -> Result<Vec<Row>> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let err = |line: usize, reason: String| PackError::Parse {
        file: file.to_string(),
        line,
        reason,
    };
    let Some((_, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let columns: Vec<&str> = header.split('\t').collect();
    let col = |name: &str| columns.iter().position(|c| *c == name);
    let required = ["id", "kind", "name_ar"];
    for r in required {
        if col(r).is_none() {
            return Err(err(1, format!("header lacks column {r:?}")));
        }
    }
    let mut rows = Vec::new();
    for (n, line) in lines {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != columns.len() {
            return Err(err(
                n,
                format!("{} fields, header has {}", fields.len(), columns.len()),
            ));
        }
        let get = |name: &str| col(name).map_or("", |i| fields[i].trim());
        let aliases: Vec<String> = get("aliases")
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        if get("kind") == "alias" {
            let mut names = aliases;
            names.insert(0, get("name_ar").to_string());
            rows.push(Row::Alias {
                file: file.to_string(),
                line: n,
                id: get("id").to_string(),
                names,
            });
            continue;
        }
        let kind: PlaceKind = get("kind").parse().map_err(|e| err(n, e))?;
        let number = |name: &str| -> Result<f64> {
            get(name)
                .parse::<f64>()
                .map_err(|_| err(n, format!("{name} {:?} is not a number", get(name))))
        };
        let small = |name: &str, default: u8| -> Result<u8> {
            match get(name) {
                "" => Ok(default),
                v => v
                    .parse()
                    .map_err(|_| err(n, format!("{name} {v:?} is not a small integer"))),
            }
        };
        let admin1 = get("admin1");
        if !GOVERNORATES.contains(&admin1) {
            return Err(err(
                n,
                format!("admin1 {admin1:?} is not a governorate of events.md §4"),
            ));
        }
        let (lat, lon) = (number("lat")?, number("lon")?);
        if !(29.0..=40.0).contains(&lat) || !(33.0..=45.0).contains(&lon) {
            return Err(err(n, format!("coordinates {lat},{lon} are far outside Syria")));
        }
        let precision = small("precision", 1)?;
        if !(1..=3).contains(&precision) {
            return Err(err(n, format!("precision {precision} is not 1, 2 or 3")));
        }
        rows.push(Row::Place(Place {
            id: get("id").to_string(),
            kind,
            name_ar: get("name_ar").to_string(),
            name_en: get("name_en").to_string(),
            pcode: get("pcode").to_string(),
            admin1: admin1.to_string(),
            admin2: get("admin2").to_string(),
            admin3: get("admin3").to_string(),
            lat,
            lon,
            precision,
            rank: small("rank", 1)?,
            population: get("population").parse().unwrap_or(0),
            aliases,
            source: get("source").to_string(),
        }));
    }
    Ok(rows)
}
