//! `rasad places QUERY` and `rasad actors QUERY`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use rasad_pack::Pack;
use serde_json::json;

use super::place_json;
use crate::output::{Format, Table};

pub fn places(pack: &Pack, query: &str, format: Format, limit: usize) -> Result<ExitCode> {
    let found = pack.search_places(query);
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => {
            for p in found.iter().take(limit) {
                writeln!(out, "{}", place_json(p))?;
            }
        }
        Format::Table => {
            let mut t = Table::new(&[
                "id",
                "name_ar",
                "name_en",
                "pcode",
                "admin1",
                "admin2",
                "lat",
                "lon",
                "precision",
            ]);
            for p in found.iter().take(limit) {
                t.row(vec![
                    p.id.clone(),
                    p.name_ar.clone(),
                    p.name_en.clone(),
                    p.pcode.clone(),
                    p.admin1.clone(),
                    p.admin2.clone(),
                    format!("{:.4}", p.lat),
                    format!("{:.4}", p.lon),
                    p.precision.to_string(),
                ]);
            }
            t.print(&mut out)?;
            if found.len() > limit {
                writeln!(out, "… {} more (use --limit)", found.len() - limit)?;
            }
        }
    }
    if found.is_empty() {
        eprintln!("no place matches {query:?}");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn actors(pack: &Pack, query: &str, format: Format, limit: usize) -> Result<ExitCode> {
    let found = pack.search_actors(query);
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => {
            for a in found.iter().take(limit) {
                let line = json!({
                    "id": a.id, "name": a.name, "inter": a.inter, "parent": a.parent,
                    "since": a.since, "until": a.until, "successor": a.successor, "aliases": a.aliases,
                });
                writeln!(out, "{line}")?;
            }
        }
        Format::Table => {
            let mut t = Table::new(&["id", "name", "inter", "parent", "aliases"]);
            for a in found.iter().take(limit) {
                let mut aliases = a.aliases.iter().take(4).cloned().collect::<Vec<_>>().join("، ");
                if a.aliases.len() > 4 {
                    aliases.push_str(&format!(" (+{})", a.aliases.len() - 4));
                }
                t.row(vec![
                    a.id.clone(),
                    a.name.clone(),
                    a.inter.to_string(),
                    a.parent.clone().unwrap_or_default(),
                    aliases,
                ]);
            }
            t.print(&mut out)?;
        }
    }
    if found.is_empty() {
        eprintln!("no actor matches {query:?}");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
