//! `rasad throughput PATH...`: normalisation + mention finding speed on
//! one core, and peak memory.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Result};
use rasad_mentions::Engine;

use crate::output::for_each_article;

pub fn run(engine: &Engine, paths: &[PathBuf], passes: usize) -> Result<ExitCode> {
    let mut texts = Vec::new();
    for_each_article(paths, |a| {
        texts.push(a.text);
        Ok(())
    })?;
    let bytes: usize = texts.iter().map(String::len).sum();
    if bytes == 0 {
        bail!("no article text to measure");
    }
    println!(
        "{} articles, {:.1} MB of text, {} passes",
        texts.len(),
        bytes as f64 / 1e6,
        passes.max(1)
    );
    for pass in 1..=passes.max(1) {
        let (mut mentions, mut places) = (0usize, 0usize);
        let t = Instant::now();
        for text in &texts {
            let n = engine.normalizer.normalize(text);
            let found = engine.matcher.find(n.as_str());
            mentions += found.len();
            places += found.iter().filter(|m| m.is(rasad_mentions::Kind::Place)).count();
        }
        let norm_find = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut resolved = 0usize;
        for text in &texts {
            let a = engine.analyze(text);
            resolved += a.places.iter().flatten().filter(|r| r.place().is_some()).count();
        }
        let full = t.elapsed().as_secs_f64();
        println!(
            "pass {pass}: normalise+find {:.1} MB/s ({mentions} mentions, {places} place names); \
             with sentences+resolution {:.1} MB/s ({resolved} places resolved)",
            bytes as f64 / 1e6 / norm_find,
            bytes as f64 / 1e6 / full,
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
