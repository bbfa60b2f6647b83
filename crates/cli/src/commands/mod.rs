pub mod coverage;
pub mod extract;
pub mod fused;
pub mod latency;
pub mod lookup;
pub mod mentions;
pub mod serve;
pub mod store;
pub mod throughput;

use rasad_pack::Place;
use serde_json::Value;

/// A place as JSON: what `rasad places` prints, `mentions` embeds and the
/// API serves (`Place::view`).
pub fn place_json(p: &Place) -> Value {
    serde_json::to_value(p.view()).expect("a place serialises")
}
