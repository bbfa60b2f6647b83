//! The fusion rules: data (`data/fusion.toml`), overridable by a pack
//! directory's `fusion.toml`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::Deserialize;

use crate::{FuseError, Result};

const BUILTIN: &str = include_str!("../data/fusion.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    radius_km: [f64; 3],
    window_days: [i64; 3],
    undated_window_days: i64,
    fatalities_factor: f64,
    fatalities_slack: u32,
    paired_families: Vec<String>,
    territory_families: Vec<String>,
    families: BTreeMap<String, Vec<String>>,
}

/// How reports are recognised as one event.
#[derive(Debug, Clone)]
pub struct Rules {
    pub radius_km: [f64; 3],
    pub window_days: [i64; 3],
    pub undated_window_days: i64,
    pub fatalities_factor: f64,
    pub fatalities_slack: u32,
    families: Vec<String>,
    family_of: HashMap<String, u8>,
    paired: Vec<bool>,
    territory: Vec<bool>,
}

impl Rules {
    pub fn builtin() -> Result<Rules> {
        Rules::parse("fusion.toml (built in)", BUILTIN)
    }

    /// The built-in rules, or the pack directory's `fusion.toml` when it
    /// has one.
    pub fn load(pack_dir: Option<&Path>) -> Result<Rules> {
        if let Some(dir) = pack_dir {
            let path = dir.join("fusion.toml");
            if path.exists() {
                let text = std::fs::read_to_string(&path).map_err(|e| FuseError::Rules {
                    file: path.display().to_string(),
                    reason: e.to_string(),
                })?;
                return Rules::parse(&path.display().to_string(), &text);
            }
        }
        Rules::builtin()
    }

    fn parse(file: &str, text: &str) -> Result<Rules> {
        let bad = |reason: String| FuseError::Rules {
            file: file.to_string(),
            reason,
        };
        let f: File = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        let mut family_of = HashMap::new();
        let families: Vec<String> = f.families.keys().cloned().collect();
        for (i, (name, subs)) in f.families.iter().enumerate() {
            for sub in subs {
                if rasad_pack::event_type_of(sub).is_none() {
                    return Err(bad(format!(
                        "family {name}: {sub:?} is not a sub-event type of events.md §2"
                    )));
                }
                if family_of.insert(sub.clone(), i as u8).is_some() {
                    return Err(bad(format!("{sub:?} is in two families")));
                }
            }
        }
        for (_, subs) in rasad_pack::TAXONOMY {
            for sub in subs.iter() {
                if !family_of.contains_key(*sub) {
                    return Err(bad(format!("{sub:?} is in no family")));
                }
            }
        }
        let flags = |names: &[String]| -> Result<Vec<bool>> {
            for n in names {
                if !f.families.contains_key(n) {
                    return Err(bad(format!("no family {n:?}")));
                }
            }
            Ok(families.iter().map(|fam| names.contains(fam)).collect())
        };
        Ok(Rules {
            radius_km: f.radius_km,
            window_days: f.window_days,
            undated_window_days: f.undated_window_days,
            fatalities_factor: f.fatalities_factor,
            fatalities_slack: f.fatalities_slack,
            paired: flags(&f.paired_families)?,
            territory: flags(&f.territory_families)?,
            families,
            family_of,
        })
    }

    /// The family of a sub-event type (every ACLED sub-type has one).
    pub fn family(&self, sub_event_type: &str) -> Option<u8> {
        self.family_of.get(sub_event_type).copied()
    }

    pub fn family_name(&self, family: u8) -> &str {
        &self.families[usize::from(family)]
    }

    pub fn is_paired(&self, family: u8) -> bool {
        self.paired[usize::from(family)]
    }

    pub fn is_territory(&self, family: u8) -> bool {
        self.territory[usize::from(family)]
    }

    pub fn radius(&self, geo_precision: u8) -> f64 {
        self.radius_km[usize::from(geo_precision.clamp(1, 3) - 1)]
    }

    pub fn window(&self, time_precision: Option<u8>) -> i64 {
        match time_precision {
            Some(p) => self.window_days[usize::from(p.clamp(1, 3) - 1)],
            None => self.undated_window_days,
        }
    }
}
