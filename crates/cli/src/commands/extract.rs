//! `rasad extract [--format jsonl|table] [--pub-date YYYY-MM-DD] [--unresolved] PATH...`

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use rasad_extract::{ArticleIn, Extractor};
use rasad_text::dates::Date;

use crate::output::{for_each_article, Format, Table};

pub struct Options {
    pub format: Option<Format>,
    pub pub_date: Option<String>,
    pub unresolved: bool,
    /// Table only: add the cue behind each event and its evidence.
    pub explain: bool,
}

pub fn run(extractor: &Extractor, paths: &[PathBuf], opts: Options) -> Result<ExitCode> {
    let fallback_date = match &opts.pub_date {
        Some(d) => match Date::parse(d) {
            Some(d) => Some(d),
            None => bail!("--pub-date {d:?} is not YYYY-MM-DD"),
        },
        None => None,
    };
    let stdout = std::io::stdout();
    let format = opts.format.unwrap_or(if stdout.is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let progress = std::io::stderr().is_terminal();
    let mut out = stdout.lock();
    let mut header = vec![
        "doc",
        "date",
        "event",
        "place",
        "admin1",
        "actors",
        "killed",
        "reported by",
    ];
    if opts.explain {
        header.extend(["cue", "evidence"]);
    }
    let mut table = Table::new(&header);
    let mut unresolved: HashMap<String, usize> = HashMap::new();
    let (mut articles, mut events) = (0usize, 0usize);
    let skipped = for_each_article(paths, |article| {
        let published = article
            .published
            .as_deref()
            .and_then(Date::parse)
            .or(fallback_date);
        let found = extractor.extract(ArticleIn {
            id: &article.id,
            text: &article.text,
            published,
        });
        articles += 1;
        events += found.events.len();
        if progress && articles % 100 == 0 {
            eprint!("\r{articles} articles, {events} events");
        }
        if opts.unresolved {
            for name in found.unresolved {
                *unresolved.entry(name).or_default() += 1;
            }
            return Ok(());
        }
        for (e, cue) in found.events.into_iter().zip(found.cues) {
            match format {
                Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&e)?)?,
                Format::Table => table.row({
                    let mut row = vec![
                        e.doc_id,
                        e.event_date.unwrap_or_default(),
                        e.sub_event_type,
                        e.location.name.unwrap_or_else(|| "?".into()),
                        e.location.admin1.unwrap_or_default(),
                        format!(
                            "{} → {}",
                            e.actor1.as_deref().unwrap_or("?"),
                            e.actor2.as_deref().unwrap_or("?")
                        ),
                        e.fatalities.map(|f| f.to_string()).unwrap_or_default(),
                        e.reported_by.join(", "),
                    ];
                    if opts.explain {
                        row.push(cue);
                        row.push(e.evidence.text.chars().take(90).collect());
                    }
                    row
                }),
            }
        }
        Ok(())
    })?;
    if progress && articles >= 100 {
        eprintln!("\r{articles} articles, {events} events");
    }
    if opts.unresolved {
        let mut names: Vec<(String, usize)> = unresolved.into_iter().collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        match format {
            Format::Jsonl => {
                for (name, count) in names {
                    writeln!(out, "{}", serde_json::json!({"name": name, "count": count}))?;
                }
            }
            Format::Table => {
                let mut t = Table::new(&["count", "unresolved place name"]);
                for (name, count) in names {
                    t.row(vec![count.to_string(), name]);
                }
                t.print(&mut out)?;
            }
        }
    } else if format == Format::Table {
        table.print(&mut out)?;
    }
    // Every input read: 0. Something skipped (reported above): 1.
    Ok(if skipped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
