//! Every place named in the dev gold (../shared/data/dev/seed_gold.jsonl)
//! that the gazetteer has, under the name the article uses, resolves in its
//! article to a point within the gold radius.

use std::collections::HashMap;

use rasad_mentions::{Engine, Resolution};
use rasad_pack::Pack;
use rasad_text::normalize_str;
use serde_json::Value;

fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let a = ((p2 - p1) / 2.0).sin().powi(2)
        + p1.cos() * p2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

/// The names a gold location is written under: "خناصر / أم ميال",
/// "أبو جبيلات (أبو حبيلات)", "جنوب غرب السخنة" (a place near السخنة).
fn gold_names(name: &str) -> Vec<String> {
    name.split(['/', '(', ')'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(normalize_str)
        .collect()
}

#[test]
fn dev_gold_places_resolve_within_their_radius() {
    let shared = crate::require_shared!();
    let dev = shared.join("data/dev");
    let mut texts = HashMap::new();
    for line in std::fs::read_to_string(dev.join("seed_articles.jsonl"))
        .unwrap()
        .lines()
    {
        let v: Value = serde_json::from_str(line).unwrap();
        texts.insert(
            v["id"].as_str().unwrap().to_string(),
            v["text"].as_str().unwrap().to_string(),
        );
    }
    let engine = Engine::new(Pack::builtin().unwrap());
    let (mut named, mut within) = (0, 0);
    let mut misses = Vec::new();
    for line in std::fs::read_to_string(dev.join("seed_gold.jsonl"))
        .unwrap()
        .lines()
    {
        let gold: Value = serde_json::from_str(line).unwrap();
        let doc = gold["doc_id"].as_str().unwrap();
        let a = engine.analyze(&texts[doc]);
        for e in gold["events"].as_array().unwrap() {
            let loc = &e["location"];
            let (Some(lat), Some(lon)) = (loc["lat"].as_f64(), loc["lon"].as_f64()) else {
                continue;
            };
            let radius = loc["radius_km"].as_f64().unwrap();
            let names = gold_names(loc["name"].as_str().unwrap());
            // The article's mentions of the gold place, as the text writes it.
            let mentioned: Vec<_> = a
                .mentions
                .iter()
                .zip(&a.places)
                .filter(|(m, r)| {
                    let surface = &a.norm.as_str()[m.range.clone()];
                    r.is_some()
                        && names
                            .iter()
                            .any(|n| n.contains(surface) || surface.contains(n.as_str()))
                })
                .collect();
            let in_gazetteer = names.iter().any(|n| {
                let pack = &engine.pack;
                pack.search_places(n)
                    .iter()
                    .any(|p| p.names().any(|pn| normalize_str(pn) == *n))
            });
            if mentioned.is_empty() && !in_gazetteer {
                continue;
            }
            named += 1;
            let ok = mentioned.iter().any(|(_, r)| match r {
                Some(Resolution::Resolved { place, .. }) => {
                    let p = &engine.pack.places[*place as usize];
                    km(lat, lon, p.lat, p.lon) <= radius
                }
                _ => false,
            });
            if ok {
                within += 1;
            } else {
                misses.push(format!("{doc} {}: {}", e["id"], loc["name"]));
            }
        }
    }
    eprintln!("dev gold places resolved within radius: {within}/{named}; misses: {misses:?}");
    // أبو جبيلات: the article spells with ج what OCHA spells أبو حبيلات; the
    // gazetteer has the place, not that spelling. Everything else resolves.
    assert_eq!(misses, ["seed-002 \"e6\": \"أبو جبيلات (أبو حبيلات)\""]);
    assert_eq!(within, named - 1);
    assert!(named >= 24, "only {named} gold places counted");
}
