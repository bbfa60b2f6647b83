//! The event record of events.md §1, field for field.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc_id: String,
    pub event_type: String,
    pub sub_event_type: String,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub assoc_actor1: Vec<String>,
    pub assoc_actor2: Vec<String>,
    pub location: Location,
    /// YYYY-MM-DD.
    pub event_date: Option<String>,
    /// 1 day, 2 week or a few days, 3 month or vaguer.
    pub time_precision: Option<u8>,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    pub reported_by: Vec<String>,
    pub evidence: Evidence,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// As the gazetteer names it, or as the text writes it when the
    /// gazetteer does not have it.
    pub name: Option<String>,
    pub name_en: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// 1 the place itself, 2 near a place or part of a governorate, 3 only
    /// the governorate or larger is known.
    pub geo_precision: u8,
    pub place_id: Option<String>,
}

/// Character offsets (Unicode scalar values, end exclusive) into the
/// article text as given, and that slice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}
