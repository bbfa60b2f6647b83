//! JSON lines and GeoJSON: the record as [`Event`] serialises it, plus what
//! the store knows.

use std::io::Write;

use rasad_extract::Event;
use serde::Serialize;

use crate::{Result, Row};

/// events.md §1 field for field (flattened, so nothing is renamed or
/// dropped), then the store's fields. None of these names is an `Event`
/// field; a new `Event` field must not take one of them.
#[derive(Serialize)]
struct Record<'a> {
    #[serde(flatten)]
    event: &'a Event,
    id: i64,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<&'a str>,
    title: Option<&'a str>,
    ingested: Option<i64>,
}

impl<'a> From<Row<'a>> for Record<'a> {
    fn from(r: Row<'a>) -> Record<'a> {
        Record {
            event: r.event,
            id: r.id,
            outlet: r.outlet,
            url: r.url,
            published: r.published,
            title: r.title,
            ingested: r.ingested,
        }
    }
}

pub(crate) fn write_jsonl<W: Write>(w: &mut W, row: Row<'_>) -> Result<()> {
    serde_json::to_writer(&mut *w, &Record::from(row))?;
    w.write_all(b"\n")?;
    Ok(())
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: i64,
    geometry: Option<Point>,
    properties: Record<'a>,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    /// RFC 7946 §3.1.1: longitude first.
    coordinates: [f64; 2],
}

/// A Point when the place has usable WGS84 coordinates. Anything else
/// (none, one of the two, NaN, out of range) is `null` geometry: the
/// feature stays, unmapped, rather than drawn in the wrong place.
fn point(e: &Event) -> Option<Point> {
    let (lat, lon) = (e.location.lat?, e.location.lon?);
    let ok = lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0;
    ok.then_some(Point {
        kind: "Point",
        coordinates: [lon, lat],
    })
}

/// The FeatureCollection is written as its opening, one feature per row,
/// and its closing: valid JSON only once complete, but never more than one
/// feature in memory.
pub(crate) fn geojson_start<W: Write>(w: &mut W) -> Result<()> {
    w.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[")?;
    Ok(())
}

/// One feature; `first` says whether a comma goes before it.
pub(crate) fn geojson_feature<W: Write>(w: &mut W, row: Row<'_>, first: bool) -> Result<()> {
    w.write_all(if first { b"\n" } else { b",\n" })?;
    let feature = Feature {
        kind: "Feature",
        id: row.id,
        geometry: point(row.event),
        properties: Record::from(row),
    };
    serde_json::to_writer(&mut *w, &feature)?;
    Ok(())
}

pub(crate) fn geojson_end<W: Write>(w: &mut W) -> Result<()> {
    w.write_all(b"\n]}\n")?;
    Ok(())
}
