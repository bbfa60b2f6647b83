//! `rasad mentions PATH...`: what was found where: places, actors,
//! reporters, numbers and dates, in text order, with character offsets into
//! the original.

use std::io::Write;
use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use rasad_mentions::{Engine, Kind, Mention, Resolution};
use rasad_pack::Pack;
use rasad_text::dates::{find_dates, Date, DateKind};
use rasad_text::numbers::find_numbers;
use rasad_text::CharOffsets;
use serde_json::{json, Value};

use super::place_json;
use crate::output::{for_each_article, Format, Table};

/// One thing found: where, as written, and what it is (as JSON fields and
/// as the two last table cells).
struct Found {
    span: Range<usize>,
    surface: String,
    fields: Value,
    kind: String,
    what: String,
}

pub fn run(engine: &Engine, paths: &[PathBuf], format: Format) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let mut table = Table::new(&["doc", "chars", "kind", "text", "what"]);
    for_each_article(paths, |article| {
        let a = engine.analyze(&article.text);
        let chars = CharOffsets::new(&article.text);
        let at = |r: Range<usize>| {
            let orig = a.norm.original_range(r);
            (chars.char_range(orig.clone()), article.text[orig].to_string())
        };
        let mut found = Vec::new();
        for (m, res) in a.mentions.iter().zip(&a.places) {
            let (span, surface) = at(m.range.clone());
            let (fields, kind, what) = describe_mention(&engine.pack, m, res.as_ref());
            let mut fields = fields;
            fields["normalized"] = json!(&a.norm.as_str()[m.range.clone()]);
            found.push(Found {
                span,
                surface,
                fields,
                kind,
                what,
            });
        }
        let norm = a.norm.as_str();
        for n in find_numbers(norm) {
            let (span, surface) = at(n.range.clone());
            let qualifier = format!("{:?}", n.qualifier).to_lowercase();
            let what = format!(
                "{} ({qualifier}{}{})",
                n.value,
                if n.vague { ", vague" } else { "" },
                if n.percent { ", %" } else { "" }
            );
            let fields = json!({"number": {"value": n.value, "qualifier": qualifier, "vague": n.vague, "percent": n.percent}});
            found.push(Found {
                span,
                surface,
                fields,
                kind: "number".into(),
                what,
            });
        }
        let published = article.published.as_deref().and_then(Date::parse);
        for d in find_dates(norm, published) {
            let (span, surface) = at(d.range.clone());
            let date = d.date.map(|d| d.to_string());
            let relative = matches!(d.kind, DateKind::Relative);
            let what = format!(
                "{} (precision {}{})",
                date.as_deref().unwrap_or("no publication date"),
                d.precision.code(),
                if relative { ", relative" } else { "" }
            );
            let fields =
                json!({"date": {"date": date, "time_precision": d.precision.code(), "relative": relative}});
            found.push(Found {
                span,
                surface,
                fields,
                kind: "date".into(),
                what,
            });
        }
        found.sort_by_key(|f| (f.span.start, f.span.end));
        for f in found {
            match format {
                Format::Jsonl => {
                    let mut line = json!({"doc_id": article.id, "start": f.span.start, "end": f.span.end, "text": f.surface});
                    if let (Value::Object(line), Value::Object(fields)) = (&mut line, f.fields) {
                        line.extend(fields);
                    }
                    writeln!(out, "{line}")?;
                }
                Format::Table => table.row(vec![
                    article.id.clone(),
                    format!("{}-{}", f.span.start, f.span.end),
                    f.kind,
                    f.surface,
                    f.what,
                ]),
            }
        }
        Ok(())
    })?;
    if format == Format::Table {
        table.print(&mut out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A name's actors, reporters and place resolution: JSON fields, the kind
/// column and the description column.
fn describe_mention(pack: &Pack, m: &Mention, res: Option<&Resolution>) -> (Value, String, String) {
    let ids = |k: Kind| -> Vec<&str> {
        let mut v: Vec<&str> = m
            .of(k)
            .map(|e| match k {
                Kind::Place => pack.places[e.index as usize].id.as_str(),
                Kind::Actor => pack.actors[e.index as usize].id.as_str(),
                Kind::Reporter => pack.reporters[e.index as usize].id.as_str(),
                Kind::Cue => "cue",
            })
            .collect();
        v.dedup();
        v
    };
    let (actors, reporters) = (ids(Kind::Actor), ids(Kind::Reporter));
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
    let place = match res {
        None => Value::Null,
        Some(r) => {
            kinds.push("place");
            match r {
                Resolution::Resolved {
                    place,
                    how,
                    candidates,
                } => {
                    let p = &pack.places[*place as usize];
                    what.push(format!(
                        "{} {} ({}, {}) [{}]",
                        p.id,
                        p.name_en,
                        p.admin1,
                        p.kind,
                        how.as_str()
                    ));
                    json!({"status": "resolved", "how": how.as_str(), "candidates": candidates.len(), "place": place_json(p)})
                }
                Resolution::Ambiguous { candidates } => {
                    let ids: Vec<&str> = candidates
                        .iter()
                        .map(|&c| pack.places[c as usize].id.as_str())
                        .collect();
                    what.push(format!("ambiguous: {}", ids.join(" ")));
                    let all: Vec<Value> = candidates
                        .iter()
                        .map(|&c| place_json(&pack.places[c as usize]))
                        .collect();
                    json!({"status": "ambiguous", "candidates": all})
                }
                Resolution::NotAPlace => {
                    what.push("not a place here".to_string());
                    json!({"status": "not_a_place"})
                }
            }
        }
    };
    (
        json!({"actors": actors, "reporters": reporters, "place": place}),
        kinds.join("+"),
        what.join("; "),
    )
}
