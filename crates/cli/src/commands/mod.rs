pub mod coverage;
pub mod extract;
pub mod fused;
pub mod latency;
pub mod lookup;
pub mod mentions;
pub mod store;
pub mod throughput;

use rasad_pack::Place;
use serde_json::{json, Value};

/// A place as JSON: what `rasad places` prints and `mentions` embeds.
pub fn place_json(p: &Place) -> Value {
    json!({
        "id": p.id,
        "kind": p.kind.as_str(),
        "name_ar": p.name_ar,
        "name_en": p.name_en,
        "pcode": if p.pcode.is_empty() { Value::Null } else { json!(p.pcode) },
        "admin1": p.admin1,
        "admin2": if p.admin2.is_empty() { Value::Null } else { json!(p.admin2) },
        "lat": p.lat,
        "lon": p.lon,
        "geo_precision": p.precision,
        "aliases": p.aliases,
    })
}
