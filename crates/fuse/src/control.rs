//! Who holds what: a fused territory event says who holds its place from
//! its date on.

use serde::Serialize;

use crate::{Fused, Rules};

/// One step of a place's control timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ControlEntry {
    pub date: String,
    pub controller: String,
    /// 0-1: more independent sources raise it, a disputed taker or a
    /// hand-over without fighting lowers it.
    pub confidence: f64,
}

/// The control step a fused event makes, if it is a dated territory event
/// with a known taker.
pub fn control_entry(rules: &Rules, family: u8, fused: &Fused) -> Option<ControlEntry> {
    if !rules.is_territory(family) {
        return None;
    }
    let controller = fused.actor1.clone()?;
    let date = fused.event_date.clone()?;
    let mut confidence = 0.6 + 0.1 * (fused.sources.saturating_sub(1) as f64);
    if fused.sub_event_type == "Non-violent transfer of territory" {
        confidence -= 0.1;
    }
    if fused.contradictions.iter().any(|c| c.kind == "territory") {
        confidence -= 0.3;
    }
    Some(ControlEntry {
        date,
        controller,
        confidence: (confidence.clamp(0.1, 0.95) * 100.0).round() / 100.0,
    })
}
