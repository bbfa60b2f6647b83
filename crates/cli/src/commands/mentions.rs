//! `rasad mentions PATH...`: what was found where.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use rasad_mentions::{Engine, Kind, Resolution};
use rasad_text::CharOffsets;
use serde_json::{json, Value};

use super::place_json;
use crate::output::{for_each_article, Format, Table};

pub fn run(engine: &Engine, paths: &[PathBuf], format: Format) -> Result<ExitCode> {
    let pack = &engine.pack;
    let mut out = std::io::stdout().lock();
    let mut table = Table::new(&["doc", "chars", "kind", "text", "resolves to"]);
    for_each_article(paths, |article| {
        let a = engine.analyze(&article.text);
        let chars = CharOffsets::new(&article.text);
        for (m, res) in a.mentions.iter().zip(&a.places) {
            let orig = a.norm.original_range(m.range.clone());
            let span = chars.char_range(orig.clone());
            let surface = &article.text[orig];
            let ids = |k: Kind| -> Vec<&str> {
                m.of(k)
                    .map(|e| match k {
                        Kind::Place => pack.places[e.index as usize].id.as_str(),
                        Kind::Actor => pack.actors[e.index as usize].id.as_str(),
                        Kind::Reporter => pack.reporters[e.index as usize].id.as_str(),
                    })
                    .collect()
            };
            let mut actors = ids(Kind::Actor);
            actors.dedup();
            let mut reporters = ids(Kind::Reporter);
            reporters.dedup();
            let place: Value = match res {
                None => Value::Null,
                Some(Resolution::Resolved {
                    place,
                    how,
                    candidates,
                }) => json!({
                    "status": "resolved", "how": how.as_str(), "candidates": candidates.len(),
                    "place": place_json(&pack.places[*place as usize]),
                }),
                Some(Resolution::Ambiguous { candidates }) => json!({
                    "status": "ambiguous",
                    "candidates": candidates.iter().map(|&c| place_json(&pack.places[c as usize])).collect::<Vec<_>>(),
                }),
                Some(Resolution::NotAPlace) => json!({"status": "not_a_place"}),
            };
            match format {
                Format::Jsonl => {
                    let line = json!({
                        "doc_id": article.id, "start": span.start, "end": span.end, "text": surface,
                        "normalized": &a.norm.as_str()[m.range.clone()],
                        "actors": actors, "reporters": reporters, "place": place,
                    });
                    writeln!(out, "{line}")?;
                }
                Format::Table => {
                    let mut kinds = Vec::new();
                    let mut what = Vec::new();
                    if !actors.is_empty() {
                        kinds.push("actor");
                        what.push(actors.join("|"));
                    }
                    if !reporters.is_empty() {
                        kinds.push("reporter");
                        what.push(reporters.join("|"));
                    }
                    if let Some(r) = res {
                        kinds.push("place");
                        what.push(match r {
                            Resolution::Resolved { place, how, .. } => {
                                let p = &pack.places[*place as usize];
                                format!(
                                    "{} {} ({}, {}) [{}]",
                                    p.id,
                                    p.name_en,
                                    p.admin1,
                                    p.kind,
                                    how.as_str()
                                )
                            }
                            Resolution::Ambiguous { candidates } => format!(
                                "ambiguous: {}",
                                candidates
                                    .iter()
                                    .map(|&c| pack.places[c as usize].id.as_str())
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            ),
                            Resolution::NotAPlace => "not a place here".to_string(),
                        });
                    }
                    table.row(vec![
                        article.id.clone(),
                        format!("{}-{}", span.start, span.end),
                        kinds.join("+"),
                        surface.to_string(),
                        what.join("; "),
                    ]);
                }
            }
        }
        Ok(())
    })?;
    if format == Format::Table {
        table.print(&mut out)?;
    }
    Ok(ExitCode::SUCCESS)
}
