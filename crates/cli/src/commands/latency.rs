//! `rasad latency`: a fixed, seeded mix of `events` filters and full-text
//! searches against a store, with the latency percentiles of each kind.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Result;
use rasad_pack::{Pack, PlaceKind, GOVERNORATES, TAXONOMY};
use rasad_store::FilterSpec;

use super::store::open_existing;

/// Deterministic choices for a seed (splitmix64).
struct Pick(u64);

impl Pick {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n.max(1) as u64) as usize
    }

    fn one<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Words and phrases for the full-text half of the mix.
const SEARCHES: &[&str] = &[
    "غارات",
    "الطائرات",
    "براميل متفجرة",
    "اشتباكات عنيفة",
    "\"سيارة مفخخة\"",
    "قوات النظام",
    "تنظيم الدولة",
    "المرصد السوري",
    "مقتل مدنيين",
    "قصف مدفعي",
    "الغوطة الشرقية",
    "حلب",
    "ريف إدلب",
    "كفرزيتا",
    "دير الزور",
    "عبوة ناسفة",
    "اعتقالات",
    "مظاهرة",
    "انسحاب",
    "الطيران الروسي",
];

fn filter_spec(p: &mut Pick, pack: &Pack, towns: &[&rasad_pack::Place]) -> FilterSpec {
    let mut spec = FilterSpec {
        limit: Some(100),
        ..FilterSpec::default()
    };
    let filters = 1 + p.below(3);
    for _ in 0..filters {
        match p.below(9) {
            0 if spec.sub_type.is_none() => spec.event_type = Some(p.one(TAXONOMY).0.to_string()),
            // A sub-type of the type asked for, as a user would pick it.
            1 => {
                let (_, subs) = match &spec.event_type {
                    Some(t) => TAXONOMY
                        .iter()
                        .find(|(name, _)| name == t)
                        .expect("a type of the taxonomy"),
                    None => p.one(TAXONOMY),
                };
                spec.sub_type = Some(p.one(subs).to_string());
            }
            2 => spec.actor = Some(p.one(&pack.actors).id.clone()),
            3 => spec.admin1 = Some(p.one(&GOVERNORATES).to_string()),
            4 => spec.place = Some(p.one(towns).name_ar.clone()),
            5 => {
                let t = p.one(towns);
                spec.near = Some(format!("{},{},{}", t.lat, t.lon, 5 + p.below(45)));
            }
            6 => {
                let year = 2011 + p.below(10);
                spec.from = Some(format!("{year}-01-01"));
                spec.to = Some(format!("{year}-{:02}-28", 1 + p.below(12)));
            }
            7 => spec.min_fatalities = Some(*p.one(&[1, 5, 10, 50])),
            _ => {
                spec.outlet = Some(
                    p.one(&["SANA", "Enab Baladi", "Al Jazeera", "Reuters"])
                        .to_string(),
                )
            }
        }
    }
    spec
}

pub fn run(pack: &Pack, data: &Path, queries: usize, seed: u64, verbose: bool) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let towns: Vec<_> = pack
        .places
        .iter()
        .filter(|p| matches!(p.kind, PlaceKind::Town) || p.rank >= 3)
        .collect();
    let mut pick = Pick(seed);
    let mut filters = Vec::new();
    let mut searches = Vec::new();
    let mut rows = 0usize;
    // One untimed query to open files and warm the caches the OS will keep.
    store.events(&FilterSpec::default().resolve(pack)?)?;
    for i in 0..queries {
        if i % 5 < 3 {
            let spec = filter_spec(&mut pick, pack, &towns);
            let filter = spec.resolve(pack)?;
            let t = Instant::now();
            rows += store.events(&filter)?.len();
            let took = t.elapsed();
            if verbose {
                eprintln!("{:>8.2} ms  {:<11} {spec:?}", ms(took), store.plan_of(&filter)?);
            }
            filters.push(took);
        } else {
            let q = *pick.one(SEARCHES);
            let t = Instant::now();
            let found = store.search(q, 20)?.len();
            let took = t.elapsed();
            if verbose {
                eprintln!("{:>8.2} ms  search {q} ({found} hits)", ms(took));
            }
            rows += found;
            searches.push(took);
        }
    }
    let counts = store.counts()?;
    println!(
        "store {}: {} articles, {} events; {} queries (seed {seed}), {rows} rows returned",
        data.display(),
        counts.articles,
        counts.events,
        queries
    );
    for (what, mut times) in [("events filters", filters), ("full-text search", searches)] {
        if times.is_empty() {
            continue;
        }
        times.sort();
        let at = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
        println!(
            "{what:<17} n={:<4} p50 {:>7.2} ms  p95 {:>7.2} ms  max {:>7.2} ms",
            times.len(),
            at(0.5),
            at(0.95),
            at(1.0)
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
