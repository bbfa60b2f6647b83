//! `rasad coverage PATH...`: how many place-like names resolve.
//!
//! A place-like name is the word (or compound) right after بلدة، قرية،
//! مدينة، ريف، حي or بلدتي, with or without clitics on the trigger. It
//! resolves when a place mention covering it resolves; the names that do
//! not are counted, most frequent first: the next aliases to add.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use rasad_mentions::{Engine, Resolution};
use rasad_text::normalize_str;
use rasad_text::tokens::{analyze, tokenize, StemLexicon, TokenKind};
use serde_json::json;

use crate::output::{for_each_article, Format, Table};

const TRIGGERS: [&str; 6] = ["بلدة", "قرية", "مدينة", "ريف", "حي", "بلدتي"];
#[derive(Default)]
struct Counts {
    slots: usize,
    resolved: usize,
    ambiguous: usize,
    unresolved: HashMap<String, usize>,
}

pub fn run(engine: &Engine, paths: &[PathBuf], top: usize, format: Format) -> Result<ExitCode> {
    let lex = StemLexicon::builtin();
    let triggers: Vec<String> = TRIGGERS.iter().map(|t| normalize_str(t)).collect();
    // The words that are not names and the compound heads: the pack's
    // (naming.toml).
    let naming = &engine.pack.naming;
    let mut c = Counts::default();
    let mut articles = 0usize;
    let skipped = for_each_article(paths, |article| {
        articles += 1;
        let a = engine.analyze(&article.text);
        let text = a.norm.as_str();
        let tokens = tokenize(text);
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let word = analyze(&text[t.range.clone()], lex);
            if word.proclitics.article || !triggers.iter().any(|tr| tr == word.stem) {
                continue;
            }
            let Some(next) = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Word) else {
                continue;
            };
            let first = &text[next.range.clone()];
            if naming.not_names.contains(first) {
                continue;
            }
            c.slots += 1;
            // The mention covering the name (or starting at ريف itself).
            // The place mention over the name (for ريف, "ريف حلب" itself).
            let covering = a.mentions.iter().zip(&a.places).find(|(m, r)| {
                r.is_some() && m.range.start < next.range.end && m.range.end > next.range.start
            });
            match covering.and_then(|(_, r)| r.as_ref()) {
                Some(Resolution::Resolved { .. }) => c.resolved += 1,
                Some(Resolution::Ambiguous { .. }) => c.ambiguous += 1,
                _ => {
                    let mut end = next.range.end;
                    if let Some(second) = tokens.get(i + 2).filter(|s| s.kind == TokenKind::Word) {
                        let second_text = &text[second.range.clone()];
                        if naming.compound_heads.contains(first) || second_text.starts_with("ال") {
                            end = second.range.end;
                        }
                    }
                    let name = a.norm.original_slice(next.range.start..end).to_string();
                    *c.unresolved.entry(name).or_default() += 1;
                }
            }
        }
        Ok(())
    })?;
    let mut top_names: Vec<(&String, &usize)> = c.unresolved.iter().collect();
    top_names.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let unresolved: usize = c.unresolved.values().sum();
    let pct = |n: usize| {
        if c.slots == 0 {
            0.0
        } else {
            100.0 * n as f64 / c.slots as f64
        }
    };
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => {
            writeln!(
                out,
                "{}",
                json!({"articles": articles, "skipped_inputs": skipped, "place_like": c.slots, "resolved": c.resolved,
                       "ambiguous": c.ambiguous, "unresolved": unresolved})
            )?;
            for (name, n) in top_names.iter().take(top) {
                writeln!(out, "{}", json!({"unresolved": name, "count": n}))?;
            }
        }
        Format::Table => {
            writeln!(out, "articles: {articles} (inputs skipped: {skipped})")?;
            writeln!(out, "place-like names after {}: {}", TRIGGERS.join("، "), c.slots)?;
            writeln!(out, "  resolved:   {:>6} ({:.1}%)", c.resolved, pct(c.resolved))?;
            writeln!(out, "  ambiguous:  {:>6} ({:.1}%)", c.ambiguous, pct(c.ambiguous))?;
            writeln!(out, "  unresolved: {:>6} ({:.1}%)", unresolved, pct(unresolved))?;
            writeln!(out, "most frequent unresolved:")?;
            let mut t = Table::new(&["count", "name"]);
            for (name, n) in top_names.iter().take(top) {
                t.row(vec![n.to_string(), name.to_string()]);
            }
            t.print(&mut out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
