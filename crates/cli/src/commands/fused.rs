//! `rasad fused`, `rasad contradictions`, `rasad control`, `rasad fuse`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Result};
use rasad_pack::Pack;
use rasad_store::{FilterSpec, PlaceFilter, StoredFused};
use serde_json::Value;

use super::store::open_existing;
use crate::output::{Format, Table};

pub fn fuse(pack: &Pack, data: &Path) -> Result<ExitCode> {
    let mut store = open_existing(data, pack, true)?;
    let started = std::time::Instant::now();
    let s = store.refuse(&mut |n| eprint!("\r{n} events grouped"))?;
    eprintln!(
        "\r{} events fused into {} events in {:.1} s ({:.1} s grouping, {:.1} s writing): {} told by more than one source, {} contradicted",
        s.events,
        s.fused,
        started.elapsed().as_secs_f64(),
        s.grouping.as_secs_f64(),
        s.writing.as_secs_f64(),
        s.multi_source,
        s.contradicted
    );
    Ok(ExitCode::SUCCESS)
}

pub fn fused(
    pack: &Pack,
    data: &Path,
    spec: &FilterSpec,
    min_sources: usize,
    contradicted: bool,
    format: Format,
) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let filter = spec.resolve(pack)?;
    let found = store.fused_events(&filter, min_sources, contradicted)?;
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => {
            for f in &found {
                writeln!(out, "{}", serde_json::to_string(f)?)?;
            }
        }
        Format::Table => {
            let mut t = Table::new(&[
                "id", "date", "event", "place", "admin1", "actors", "sources", "killed", "flags",
            ]);
            for f in &found {
                t.row(fused_row(f));
            }
            t.print(&mut out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn text(v: &Value) -> String {
    v.as_str().map_or_else(String::new, str::to_string)
}

fn fused_row(f: &StoredFused) -> Vec<String> {
    let s = &f.fused;
    let killed = match &s["fatalities"] {
        Value::Null => String::new(),
        t if t["min"] == t["max"] => t["min"].to_string(),
        t => format!("{}-{} (best {})", t["min"], t["max"], t["best"]),
    };
    let flags: Vec<String> = s["contradictions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| text(&c["kind"]))
        .collect();
    vec![
        f.id.to_string(),
        text(&s["event_date"]),
        text(&s["sub_event_type"]),
        text(&s["place"]["name"]),
        text(&s["place"]["admin1"]),
        format!(
            "{} → {}",
            s["actor1"].as_str().unwrap_or("?"),
            s["actor2"].as_str().unwrap_or("?")
        ),
        s["sources"].to_string(),
        killed,
        flags.join(", "),
    ]
}

/// Every contradiction, with the evidence each side rests on.
pub fn contradictions(pack: &Pack, data: &Path, spec: &FilterSpec, format: Format) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let filter = spec.resolve(pack)?;
    let mut out = std::io::stdout().lock();
    for d in store.disagreements(&filter)? {
        match format {
            Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&d)?)?,
            Format::Table => {
                writeln!(
                    out,
                    "fused {} · {} · {} · {} — {}: {}",
                    d.fused,
                    d.event_date.as_deref().unwrap_or(""),
                    d.sub_event_type.as_deref().unwrap_or(""),
                    d.place.as_deref().unwrap_or(""),
                    d.kind,
                    d.detail
                )?;
                for side in &d.sides {
                    writeln!(out, "  {}:", side.claim)?;
                    for r in &side.reports {
                        let ev: String = r.evidence.chars().take(160).collect();
                        writeln!(
                            out,
                            "    [{} {}] {}",
                            r.outlet.as_deref().unwrap_or(""),
                            r.doc_id,
                            ev.replace('\n', " ")
                        )?;
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn control(
    pack: &Pack,
    data: &Path,
    place: Option<&str>,
    on: Option<&str>,
    admin1: Option<&str>,
    format: Format,
) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let rows = match (place, on) {
        (Some(p), None) => store.control_of(&PlaceFilter::new(pack, p))?,
        (None, Some(d)) => {
            let Some(date) = rasad_text::dates::Date::parse(d) else {
                bail!("--on {d:?} is not a date YYYY-MM-DD")
            };
            let admin1 = match admin1 {
                Some(a) => {
                    FilterSpec {
                        admin1: Some(a.to_string()),
                        ..FilterSpec::default()
                    }
                    .resolve(pack)?
                    .admin1
                }
                None => None,
            };
            store.control_on(&date.to_string(), admin1)?
        }
        _ => bail!("give a PLACE for its timeline, or --on DATE [--admin1 X] for every place that day"),
    };
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => {
            for r in &rows {
                writeln!(out, "{}", serde_json::to_string(r)?)?;
            }
        }
        Format::Table => {
            let mut t = Table::new(&["date", "place", "admin1", "controller", "confidence", "fused"]);
            for r in &rows {
                t.row(vec![
                    r.date.clone(),
                    r.place_name.clone().unwrap_or_else(|| r.place.clone()),
                    r.admin1.clone().unwrap_or_default(),
                    r.controller.clone(),
                    format!("{:.2}", r.confidence),
                    r.fused.to_string(),
                ]);
            }
            t.print(&mut out)?;
            if rows.is_empty() {
                writeln!(out, "no control events known")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
