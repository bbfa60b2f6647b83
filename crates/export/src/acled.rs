//! ACLED-style CSV: ACLED's 31 columns, one event per row.
//!
//! How a rasad record fills each column, and why (sources in brackets):
//!
//! - Columns and order: ACLED's column set since the 2023 change that
//!   added `disorder_type`, `civilian_targeting` and `tags` and dropped
//!   `event_id_no_cnty`, `data_id`, `iso3` [ACLED, "Guide to 2023 ACLED
//!   Column Changes"; acledR's `acled_old_dummy` column list].
//! - `event_id_cnty`: the country's ISO alpha-3 code + the store's event id
//!   (`SYR42`), as ACLED writes its own ids.
//! - `event_date`: YYYY-MM-DD, the form ACLED's API returns. Older ACLED
//!   downloads wrote "02 April 2017" or dd-mm-yyyy; ISO sorts and parses
//!   everywhere. `year` is its first four digits. Both are empty when the
//!   record has no date (ACLED itself never lacks one).
//! - `time_precision`, `geo_precision`: events.md §1 uses ACLED's 1–3
//!   codes for both, so they are copied.
//! - `disorder_type`: from the sub-event type, as ACLED's codebook assigns
//!   it: Battles, Explosions/Remote violence, Violence against civilians and
//!   Mob violence are "Political violence"; Peaceful protest, Protest with
//!   intervention and Violent demonstration are "Demonstrations"; Excessive
//!   force against protesters is "Political violence; Demonstrations";
//!   Strategic developments are "Strategic developments" [ACLED Codebook
//!   2023, event types table; the four values as they appear in ACLED data].
//! - `actor1`, `actor2`: the pack's ACLED-style `name` of the actor id
//!   (events.md §3); `assoc_actor_1/2` those names joined with "; ", ACLED's
//!   separator for several actors in one cell. An id the pack does not know
//!   is written as the id, with an empty inter code, rather than dropped.
//! - `inter1`, `inter2`: the pack's inter codes (1 state forces … 8
//!   external/other forces).
//! - `interaction`: ACLED's numeric code: both inter codes, lower first, as
//!   one number ("13": state forces and a political militia, whichever is
//!   actor1), or an actor's code × 10 when it acts alone ("20": sole rebel
//!   group action) [ACLED data columns reference: "recorded as lowest joint
//!   number"; acledR `acled_transform_interaction`, which reads "10"…"80" as
//!   "Sole …"]. ACLED's newer text form ("State forces-Civilians") is not
//!   used: the pack's inter codes are numbers. Empty when an actor's code is
//!   unknown or there is no actor.
//! - `civilian_targeting`: "Civilian targeting" when civilians are the main
//!   target: every Violence against civilians event, and any event whose
//!   actor2 has inter code 7 (civilians); empty otherwise [Guide to 2023
//!   ACLED Column Changes].
//! - `iso`, `region`, `country`: the exporter's [`Country`] (Syria: 760,
//!   "Middle East", "Syria").
//! - `admin1`, `admin2`: the record's (events.md §4 spellings); `admin3`
//!   empty: the gazetteer stops at districts.
//! - `location`: the English name when the gazetteer has one (ACLED writes
//!   locations in English), else the name as the record stores it (Arabic).
//! - `latitude`, `longitude`: the record's WGS84 degrees, unrounded.
//! - `source`: the article's outlet, then the record's `reported_by` ids
//!   (`enabbaladi.net; SOHR`), duplicates dropped, joined with "; " as ACLED
//!   joins sources. The ids are rasad's reporter ids (reporters.toml), not
//!   outlet names.
//! - `source_scale`: empty: ACLED's scale (National, Subnational, …) needs
//!   knowledge of each outlet that the pack does not have yet.
//! - `notes`: the evidence text, verbatim (Arabic; newlines and quotes
//!   kept, the CSV quotes them), so every row leads back to its sentence.
//! - `fatalities`: the record's number, or 0 when it has none: ACLED's
//!   column is never blank and records 0 when no figure is reported. The CSV
//!   cannot tell "none" from "not said"; the JSON formats keep `null`.
//! - `tags`: empty (ACLED's tags are crowd sizes and the like).
//! - `timestamp`: when the store took the article in, Unix seconds, as
//!   ACLED's timestamp is when the event entered the data.

use std::borrow::Cow;
use std::io::Write;

use rasad_extract::Event;
use rasad_pack::Pack;

use crate::{Result, Row};

/// The header, exactly.
pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// The country columns of every row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 numeric code (`iso`).
    pub iso: u16,
    /// ISO 3166 alpha-3 code, the prefix of `event_id_cnty`.
    pub alpha3: String,
    /// ACLED's region name.
    pub region: String,
    pub name: String,
}

impl Country {
    pub fn syria() -> Country {
        Country {
            iso: 760,
            alpha3: "SYR".into(),
            region: "Middle East".into(),
            name: "Syria".into(),
        }
    }
}

/// ACLED's disorder type of a sub-event type (module docs); empty for a
/// type outside ACLED's taxonomy.
pub fn disorder_type(event_type: &str, sub_event_type: &str) -> &'static str {
    match (event_type, sub_event_type) {
        ("Protests", "Excessive force against protesters") => "Political violence; Demonstrations",
        ("Protests", _) | ("Riots", "Violent demonstration") => "Demonstrations",
        ("Riots", "Mob violence")
        | ("Battles" | "Explosions/Remote violence" | "Violence against civilians", _) => {
            "Political violence"
        }
        ("Strategic developments", _) => "Strategic developments",
        _ => "",
    }
}

/// ACLED's numeric interaction code (module docs): lower inter code first,
/// or one code × 10 for an actor alone.
pub fn interaction(inter1: Option<u8>, inter2: Option<u8>) -> Option<u16> {
    match (inter1, inter2) {
        (Some(a), Some(b)) => Some(u16::from(a.min(b)) * 10 + u16::from(a.max(b))),
        (Some(a), None) | (None, Some(a)) => Some(u16::from(a) * 10),
        (None, None) => None,
    }
}

/// An actor id as ACLED names it, and its inter code.
fn actor<'p>(pack: &'p Pack, id: &'p str) -> (&'p str, Option<u8>) {
    match pack.actor(id) {
        Some(a) => (a.name.as_str(), Some(a.inter)),
        None => (id, None),
    }
}

fn names<'p>(pack: &'p Pack, ids: &'p [String]) -> String {
    let names: Vec<&str> = ids.iter().map(|id| actor(pack, id).0).collect();
    names.join("; ")
}

fn source(outlet: Option<&str>, reported_by: &[String]) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in outlet.into_iter().chain(reported_by.iter().map(String::as_str)) {
        let p = p.trim();
        if !p.is_empty() && !parts.iter().any(|q| q.eq_ignore_ascii_case(p)) {
            parts.push(p);
        }
    }
    parts.join("; ")
}

fn opt<T: ToString>(v: Option<T>) -> Cow<'static, str> {
    v.map_or(Cow::Borrowed(""), |v| Cow::Owned(v.to_string()))
}

fn degrees(v: Option<f64>) -> Cow<'static, str> {
    opt(v.filter(|d| d.is_finite()))
}

/// The 31 cells of one row, in [`ACLED_COLUMNS`] order.
fn cells<'a>(pack: &'a Pack, country: &'a Country, row: &Row<'a>) -> [Cow<'a, str>; 31] {
    let e: &'a Event = row.event;
    let (actor1, inter1) = e.actor1.as_deref().map_or(("", None), |id| actor(pack, id));
    let (actor2, inter2) = e.actor2.as_deref().map_or(("", None), |id| actor(pack, id));
    let codes_known = (e.actor1.is_none() || inter1.is_some()) && (e.actor2.is_none() || inter2.is_some());
    let interaction = if codes_known {
        interaction(inter1, inter2)
    } else {
        None
    };
    let civilian_targeting = e.event_type == "Violence against civilians" || inter2 == Some(7);
    let date = e.event_date.as_deref().unwrap_or("");
    let loc = &e.location;
    let location = [&loc.name_en, &loc.name]
        .into_iter()
        .flatten()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
        .unwrap_or("");
    [
        Cow::Owned(format!("{}{}", country.alpha3, row.id)),
        Cow::Borrowed(date),
        Cow::Borrowed(date.get(..4).unwrap_or("")),
        opt(e.time_precision),
        Cow::Borrowed(disorder_type(&e.event_type, &e.sub_event_type)),
        Cow::Borrowed(&e.event_type),
        Cow::Borrowed(&e.sub_event_type),
        Cow::Borrowed(actor1),
        Cow::Owned(names(pack, &e.assoc_actor1)),
        opt(inter1),
        Cow::Borrowed(actor2),
        Cow::Owned(names(pack, &e.assoc_actor2)),
        opt(inter2),
        opt(interaction),
        Cow::Borrowed(if civilian_targeting {
            "Civilian targeting"
        } else {
            ""
        }),
        Cow::Owned(country.iso.to_string()),
        Cow::Borrowed(&country.region),
        Cow::Borrowed(&country.name),
        Cow::Borrowed(loc.admin1.as_deref().unwrap_or("")),
        Cow::Borrowed(loc.admin2.as_deref().unwrap_or("")),
        Cow::Borrowed(""),
        Cow::Borrowed(location),
        degrees(loc.lat),
        degrees(loc.lon),
        Cow::Owned(loc.geo_precision.to_string()),
        Cow::Owned(source(row.outlet, &e.reported_by)),
        Cow::Borrowed(""),
        Cow::Borrowed(&e.evidence.text),
        Cow::Owned(e.fatalities.unwrap_or(0).to_string()),
        Cow::Borrowed(""),
        opt(row.ingested),
    ]
}

/// The csv writer for an export, header written. It buffers, and quotes
/// commas, quotes and newlines itself.
pub(crate) fn start<W: Write>(out: W) -> Result<csv::Writer<W>> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(ACLED_COLUMNS)?;
    Ok(w)
}

pub(crate) fn write_row<W: Write>(
    w: &mut csv::Writer<W>,
    pack: &Pack,
    country: &Country,
    row: &Row<'_>,
) -> Result<()> {
    w.write_record(cells(pack, country, row).iter().map(|c| c.as_bytes()))?;
    Ok(())
}
