//! The store commands: `ingest`, `reextract`, `events`, `stats`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rasad_extract::Extractor;
use rasad_store::{FilterSpec, IngestOptions, Progress, Report, StatRow, Store, StoredEvent};
use rasad_text::dates::Date;

use crate::output::{Format, Table};

/// Shows ingest progress: a live line on a terminal, a plain line every
/// few seconds otherwise.
struct Meter {
    bar: Option<ProgressBar>,
    last_line: Instant,
}

impl Meter {
    fn new() -> Meter {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}").expect("a valid template"),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Meter {
            bar,
            last_line: Instant::now(),
        }
    }

    fn report(&mut self, r: Report<'_>) {
        match r {
            Report::Problem(p) => self.println(&format!("{p}{}", if p.skipped { " (skipped)" } else { "" })),
            Report::Decoded { path, encoding } => self.println(&format!("{path}: decoded as {encoding}")),
            Report::Progress(p) => match &self.bar {
                Some(bar) => bar.set_message(line(p)),
                None if self.last_line.elapsed() >= Duration::from_secs(5) => {
                    eprintln!("{}", line(p));
                    self.last_line = Instant::now();
                }
                None => {}
            },
        }
    }

    fn println(&self, s: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{s}")),
            None => eprintln!("{s}"),
        }
    }

    fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}

fn line(p: &Progress) -> String {
    let secs = p.elapsed.as_secs_f64().max(1e-3);
    format!(
        "{} articles read ({:.0}/s): {} stored, {} already stored, {} skipped; {} events ({:.0}/s)",
        p.read,
        p.read as f64 / secs,
        p.stored,
        p.duplicates,
        p.skipped,
        p.events,
        p.events as f64 / secs
    )
}

pub struct IngestArgs {
    pub data: PathBuf,
    pub paths: Vec<PathBuf>,
    pub pub_date: Option<String>,
    pub workers: Option<usize>,
    pub batch: usize,
}

pub fn ingest(extractor: &Extractor, args: IngestArgs) -> Result<ExitCode> {
    let mut opts = IngestOptions {
        batch_size: args.batch.max(1),
        fallback_date: parse_pub_date(args.pub_date.as_deref())?,
        ..IngestOptions::default()
    };
    if let Some(w) = args.workers {
        opts.workers = w.max(1);
    }
    for p in &args.paths {
        if p.as_os_str() != "-" && !p.exists() {
            bail!("{}: no such file or directory", p.display());
        }
    }
    let mut store = open(&args.data, &extractor.engine().pack)?;
    let mut meter = Meter::new();
    let summary = rasad_store::ingest(&mut store, extractor, &args.paths, &opts, &mut |r| {
        meter.report(r)
    })?;
    meter.finish();
    eprintln!(
        "{} in {:.1} s, {} mentions; store {}",
        line(&summary),
        summary.elapsed.as_secs_f64(),
        summary.mentions,
        args.data.display()
    );
    Ok(if summary.skipped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

pub fn reextract(extractor: &Extractor, data: &Path, pub_date: Option<&str>) -> Result<ExitCode> {
    let opts = IngestOptions {
        fallback_date: parse_pub_date(pub_date)?,
        ..IngestOptions::default()
    };
    let mut store = open_existing(data, &extractor.engine().pack, true)?;
    let mut meter = Meter::new();
    let summary = rasad_store::reextract(&mut store, extractor, &opts, &mut |r| meter.report(r))?;
    meter.finish();
    eprintln!(
        "re-extracted {} articles in {:.1} s: {} events, {} mentions",
        summary.stored,
        summary.elapsed.as_secs_f64(),
        summary.events,
        summary.mentions
    );
    Ok(ExitCode::SUCCESS)
}

pub fn synth(pack: &rasad_pack::Pack, data: &Path, events: usize, seed: u64) -> Result<ExitCode> {
    if data.join(rasad_store::DB_FILE).exists() {
        bail!(
            "{} already holds a store; synthesise into a new directory",
            data.display()
        );
    }
    let mut store = open(data, pack)?;
    let mut meter = Meter::new();
    let summary = rasad_store::synthesize(&mut store, pack, events, seed, &mut |r| meter.report(r))?;
    meter.finish();
    eprintln!(
        "synthesised {} events in {} articles in {:.1} s into {}",
        summary.events,
        summary.stored,
        summary.elapsed.as_secs_f64(),
        data.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `rasad export`: every event matching the filter (no limit unless one
/// is given), streamed.
pub fn export(
    pack: &rasad_pack::Pack,
    data: &Path,
    spec: &FilterSpec,
    format: rasad_export::Format,
    output: Option<&Path>,
) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let mut filter = spec.resolve(pack)?;
    if spec.limit.is_none() {
        filter.limit = i64::MAX as usize;
    }
    let n = match output {
        Some(path) => {
            let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut w = std::io::BufWriter::new(file);
            let n = export_rows(pack, &store, &filter, format, &mut w)?;
            w.flush().with_context(|| format!("writing {}", path.display()))?;
            n
        }
        None => export_rows(pack, &store, &filter, format, &mut std::io::stdout().lock())?,
    };
    eprintln!(
        "{n} events exported as {}{}",
        format.name(),
        output.map_or(String::new(), |p| format!(" to {}", p.display()))
    );
    Ok(ExitCode::SUCCESS)
}

fn export_rows(
    pack: &rasad_pack::Pack,
    store: &Store,
    filter: &rasad_store::Filter,
    format: rasad_export::Format,
    out: &mut dyn Write,
) -> Result<usize> {
    let exporter = rasad_export::Exporter::new(pack);
    let mut sink = exporter.sink(format, out)?;
    store.export(filter, &mut sink)?;
    Ok(sink.finish()?)
}

pub fn search(
    pack: &rasad_pack::Pack,
    data: &Path,
    query: &str,
    limit: usize,
    format: Format,
) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let hits = store.search(query, limit)?;
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => {
            for h in &hits {
                writeln!(out, "{}", serde_json::to_string(h)?)?;
            }
        }
        Format::Table => {
            let (open, close) = if std::io::stdout().is_terminal() {
                ("\x1b[1;31m", "\x1b[0m")
            } else {
                ("«", "»")
            };
            for h in &hits {
                let a = &h.article;
                writeln!(
                    out,
                    "{:.2}  {}  {}  {}{}",
                    h.score,
                    a.published.as_deref().unwrap_or("----------"),
                    a.outlet.as_deref().unwrap_or("?"),
                    a.doc_id,
                    h.event.map_or(String::new(), |e| format!("  event {e}"))
                )?;
                writeln!(out, "    {}", h.marked(open, close).replace('\n', " "))?;
            }
            if hits.is_empty() {
                writeln!(out, "no matches for {query:?}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Output of `rasad events`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EventsFormat {
    Table,
    Jsonl,
    /// ACLED's 31 columns.
    Csv,
}

pub fn events(
    pack: &rasad_pack::Pack,
    data: &Path,
    spec: &FilterSpec,
    format: Option<EventsFormat>,
) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let filter = spec.resolve(pack)?;
    let stdout = std::io::stdout();
    let format = format.unwrap_or(if stdout.is_terminal() {
        EventsFormat::Table
    } else {
        EventsFormat::Jsonl
    });
    let mut out = stdout.lock();
    match format {
        EventsFormat::Jsonl => store.for_each_event(&filter, |e| {
            writeln!(
                out,
                "{}",
                serde_json::to_string(&e).expect("a stored event serialises")
            )
            .map_err(|e| rasad_store::StoreError::Io {
                path: "<stdout>".into(),
                source: e,
            })
        })?,
        EventsFormat::Csv => {
            export_rows(pack, &store, &filter, rasad_export::Format::AcledCsv, &mut out)?;
        }
        EventsFormat::Table => {
            let mut table = Table::new(&[
                "id",
                "date",
                "event",
                "place",
                "admin1",
                "actors",
                "killed",
                "outlet",
                "reported by",
            ]);
            let events = store.events(&filter)?;
            let shown = events.len();
            for e in events {
                table.row(event_row(e));
            }
            table.print(&mut out)?;
            if shown == filter.limit {
                let total = store.count_events(&filter)?;
                writeln!(out, "({shown} of {total} events; --limit for more)")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn event_row(s: StoredEvent) -> Vec<String> {
    let e = s.event;
    vec![
        s.id.to_string(),
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
        s.article.outlet.unwrap_or_default(),
        e.reported_by.join(", "),
    ]
}

pub fn stats(
    pack: &rasad_pack::Pack,
    data: &Path,
    spec: &FilterSpec,
    format: Format,
    top: usize,
) -> Result<ExitCode> {
    let store = open_existing(data, pack, false)?;
    let mut filter = spec.resolve(pack)?;
    filter.limit = usize::MAX >> 1;
    let stats = store.stats(&filter, top)?;
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&stats)?)?,
        Format::Table => {
            let c = &stats.counts;
            writeln!(
                out,
                "store {}: {} articles, {} events, {} mentions, {} index documents",
                data.display(),
                c.articles,
                c.events,
                c.mentions,
                c.index_docs
            )?;
            writeln!(
                out,
                "fused events: {} ({} told by more than one outlet, {} contradicted)",
                c.fused, c.fused_multi_source, c.fused_contradicted
            )?;
            writeln!(out, "events matching the filter: {}", stats.events)?;
            for (title, rows) in [
                ("event type", &stats.by_type),
                ("sub-event type", &stats.by_sub_type),
                ("governorate", &stats.by_admin1),
                ("actor", &stats.by_actor),
                ("month", &stats.by_month),
            ] {
                writeln!(out)?;
                print_rows(&mut out, title, rows)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_rows(out: &mut impl Write, title: &str, rows: &[StatRow]) -> Result<()> {
    let mut t = Table::new(&[title, "events", "fatalities"]);
    for r in rows {
        t.row(vec![
            r.key.clone(),
            r.events.to_string(),
            r.fatalities.to_string(),
        ]);
    }
    t.print(out)?;
    Ok(())
}

fn parse_pub_date(d: Option<&str>) -> Result<Option<Date>> {
    match d {
        None => Ok(None),
        Some(d) => match Date::parse(d) {
            Some(d) => Ok(Some(d)),
            None => bail!("--pub-date {d:?} is not YYYY-MM-DD"),
        },
    }
}

/// Opens (or creates) the store for writing.
fn open(data: &Path, pack: &rasad_pack::Pack) -> Result<Store> {
    Store::open(data, pack).with_context(|| format!("opening the store in {}", data.display()))
}

/// Opens a store that must exist.
pub fn open_existing(data: &Path, pack: &rasad_pack::Pack, write: bool) -> Result<Store> {
    if !data.join(rasad_store::DB_FILE).exists() {
        bail!(
            "{} holds no rasad store; create one with `rasad ingest --data {} PATH...`",
            data.display(),
            data.display()
        );
    }
    if write {
        open(data, pack)
    } else {
        Store::open_read_only(data, pack).with_context(|| format!("opening the store in {}", data.display()))
    }
}
