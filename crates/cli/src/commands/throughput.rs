//! `rasad throughput PATH...`: speed on one core, and peak memory, of
//! normalisation + mention finding, of the full analysis (sentences, place
//! resolution), and of event extraction.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Result};
use rasad_extract::{ArticleIn, Extractor};
use rasad_mentions::Kind;

use crate::output::for_each_article;

pub fn run(extractor: &Extractor, paths: &[PathBuf], passes: usize) -> Result<ExitCode> {
    let engine = extractor.engine();
    let mut texts = Vec::new();
    for_each_article(paths, |a| {
        texts.push(a.text);
        Ok(())
    })?;
    let bytes: usize = texts.iter().map(String::len).sum();
    if bytes == 0 {
        bail!("no article text to measure");
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {mb:.1} MB of text, {} passes",
        texts.len(),
        passes.max(1)
    );
    for pass in 1..=passes.max(1) {
        let t = Instant::now();
        let (mut mentions, mut places) = (0usize, 0usize);
        for text in &texts {
            let found = engine.matcher.find(engine.normalizer.normalize(text).as_str());
            mentions += found.len();
            places += found.iter().filter(|m| m.is(Kind::Place)).count();
        }
        let find = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let resolved: usize = texts
            .iter()
            .map(|text| {
                engine
                    .analyze(text)
                    .places
                    .iter()
                    .flatten()
                    .filter(|r| r.place().is_some())
                    .count()
            })
            .sum();
        let analyze = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let events: usize = texts
            .iter()
            .map(|text| {
                extractor
                    .extract(ArticleIn {
                        id: "a",
                        text,
                        published: None,
                    })
                    .events
                    .len()
            })
            .sum();
        let extract = t.elapsed().as_secs_f64();
        println!(
            "pass {pass}: normalise+find {:.1} MB/s ({mentions} mentions, {places} place names); \
             analyse {:.1} MB/s ({resolved} places resolved); extract {:.1} MB/s ({events} events)",
            mb / find,
            mb / analyze,
            mb / extract,
        );
    }
    if let Some(peak) = peak_rss_kib() {
        println!("peak memory (VmHWM): {:.1} MiB", peak as f64 / 1024.0);
    }
    Ok(ExitCode::SUCCESS)
}

/// Peak resident set size of this process, from /proc (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
