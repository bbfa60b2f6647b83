//! The `rasad` command line.

mod commands;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use rasad_extract::Extractor;
use rasad_mentions::Engine;
use rasad_pack::Pack;

use output::Format;

#[derive(Parser)]
#[command(
    name = "rasad",
    version,
    about = "Arabic conflict news to structured, mapped events"
)]
struct Cli {
    /// A user pack directory whose files extend or override the built-in
    /// knowledge (gazetteer.tsv, places_extra.tsv, actors.toml, …).
    #[arg(long, global = true, env = "RASAD_PACK", value_name = "DIR")]
    pack: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract ACLED-style events from articles (one JSON record per line
    /// with --format jsonl, the default when not on a terminal).
    Extract {
        /// .jsonl, .json, .csv, .txt, .html files, directories, or - for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Publication date for articles that give none (resolves أمس,
        /// يوم الخميس …).
        #[arg(long, value_name = "YYYY-MM-DD")]
        pub_date: Option<String>,
        /// List the place names the gazetteer could not resolve, with
        /// counts, instead of the events.
        #[arg(long)]
        unresolved: bool,
        /// With the table: show the cue behind each event and its evidence.
        #[arg(long, hide = true)]
        explain: bool,
    },
    /// Look up places of the gazetteer by name, alias, P-code or id.
    Places {
        query: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// At most this many places.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Look up actors by id, name or alias.
    Actors {
        query: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Show every place, actor and reporter found in articles, and how each
    /// place resolved (for debugging the pack).
    Mentions {
        /// .jsonl, .json, .csv, .txt, .html files, directories, or - for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// How many place-like names (after بلدة، قرية، مدينة، ريف، حي، بلدتي)
    /// resolve, and the most frequent that do not.
    Coverage {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// How many unresolved names to list.
        #[arg(long, default_value_t = 30)]
        top: usize,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Measure speed (normalisation + mention finding, analysis,
    /// extraction) and peak memory on one core.
    Throughput {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Passes over the articles (the first one warms caches).
        #[arg(long, default_value_t = 3)]
        passes: usize,
    },
    /// Read articles into the store: extract their events and mentions,
    /// index their text. Articles already stored (same URL or same text)
    /// are skipped.
    Ingest {
        #[command(flatten)]
        data: DataDir,
        /// .jsonl, .json (Baly claims), .csv, .txt, .html files,
        /// directories (walked), or - for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date for articles that give none.
        #[arg(long, value_name = "YYYY-MM-DD")]
        pub_date: Option<String>,
        /// Extraction threads (default: one per core).
        #[arg(long)]
        workers: Option<usize>,
        /// Articles per transaction (what a crash can lose at most).
        #[arg(long, default_value_t = 256)]
        batch: usize,
    },
    /// Re-run extraction over every stored article (after the rules or the
    /// pack changed).
    Reextract {
        #[command(flatten)]
        data: DataDir,
        #[arg(long, value_name = "YYYY-MM-DD")]
        pub_date: Option<String>,
    },
    /// Arabic-aware full-text search of stored articles and event evidence
    /// (كفرزيتا finds كفر زيتا, الطائرات finds بالطائرات): plain words must
    /// all match, "quoted phrases" match exactly, -word excludes.
    Search {
        #[command(flatten)]
        data: DataDir,
        query: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Stored events matching filters, newest first.
    Events {
        #[command(flatten)]
        data: DataDir,
        #[command(flatten)]
        filter: FilterArgs,
        /// table on a terminal, jsonl otherwise; csv is ACLED's 31 columns.
        #[arg(long, value_enum)]
        format: Option<commands::store::EventsFormat>,
    },
    /// Counts by event type, governorate, actor and month.
    Stats {
        #[command(flatten)]
        data: DataDir,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Rows per breakdown (governorates, actors).
        #[arg(long, default_value_t = 20)]
        top: usize,
    },
    /// Export stored events (all that match the filters) as ACLED's 31-column
    /// CSV, GeoJSON or JSON lines.
    Export {
        #[command(flatten)]
        data: DataDir,
        #[arg(long, value_parser = parse_export_format)]
        format: rasad_export::Format,
        #[command(flatten)]
        filter: FilterArgs,
        /// Write here instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Fused events: one real-world event from the reports of several
    /// articles, with its sources, figures and contradictions.
    Fused {
        #[command(flatten)]
        data: DataDir,
        #[command(flatten)]
        filter: FilterArgs,
        /// Only events told by at least this many outlets.
        #[arg(long, default_value_t = 1)]
        min_sources: usize,
        /// Only events whose reports contradict each other.
        #[arg(long)]
        contradicted: bool,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Contradictions between reports of one event (figures, perpetrators,
    /// who took a place), with the evidence on each side.
    Contradictions {
        #[command(flatten)]
        data: DataDir,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Who holds what: a place's control timeline (PLACE), or every known
    /// place's controller on a day (--on DATE [--admin1 X]).
    Control {
        #[command(flatten)]
        data: DataDir,
        place: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        admin1: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Fuse every stored event again (ingest fuses as it goes; this
    /// rebuilds after the rules changed).
    Fuse {
        #[command(flatten)]
        data: DataDir,
    },
    /// Measure query latency on a store: a seeded mix of `events` filters
    /// and full-text searches, with percentiles.
    Latency {
        #[command(flatten)]
        data: DataDir,
        #[arg(long, default_value_t = 100)]
        queries: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print every query with its time and the index it walked.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Serve the store over HTTP: events, articles, search, statistics,
    /// exports, places, and extraction of posted text (JSON; described at
    /// /api/openapi.json). Read-only but for POST /api/extract.
    Serve {
        #[command(flatten)]
        data: DataDir,
        /// Address to listen on (port 0 picks a free one).
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Read-only stores kept open, one per request at a time (default:
        /// twice the cores, at least 4).
        #[arg(long)]
        readers: Option<usize>,
        /// Let web pages of this origin call the API from a browser (CORS),
        /// e.g. http://localhost:5173 for a UI's development server, or *.
        #[arg(long, value_name = "ORIGIN")]
        allow_origin: Option<String>,
    },
    /// Fill a store with synthetic events (template sentences over real
    /// places and actors), for measuring queries at scale.
    Synth {
        #[command(flatten)]
        data: DataDir,
        #[arg(long, default_value_t = 1_000_000)]
        events: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// Where the store lives.
#[derive(clap::Args)]
struct DataDir {
    /// The store's directory.
    #[arg(
        long = "data",
        env = "RASAD_DATA",
        default_value = "rasad-data",
        value_name = "DIR"
    )]
    dir: PathBuf,
}

/// Filters over stored events.
#[derive(clap::Args)]
struct FilterArgs {
    /// Event type (Battles, "Explosions/Remote violence", …; a unique
    /// prefix will do).
    #[arg(long = "type")]
    event_type: Option<String>,
    /// Sub-event type ("Air/drone strike", "Armed clash", …).
    #[arg(long)]
    sub_type: Option<String>,
    /// Actor id, name or alias; includes the groups under it.
    #[arg(long)]
    actor: Option<String>,
    /// Governorate, in English or Arabic.
    #[arg(long)]
    admin1: Option<String>,
    /// Place name (any spelling the gazetteer knows), id or P-code.
    #[arg(long)]
    place: Option<String>,
    /// Within KM of a point.
    #[arg(long, value_name = "LAT,LON,KM", allow_hyphen_values = true)]
    near: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
    #[arg(long, value_name = "N")]
    min_fatalities: Option<u32>,
    /// Outlet (the site's host when the article gave none).
    #[arg(long)]
    outlet: Option<String>,
    /// At most this many events (default 100 for `events`, all for `export`).
    #[arg(long)]
    limit: Option<usize>,
}

fn parse_export_format(s: &str) -> Result<rasad_export::Format, String> {
    s.parse::<rasad_export::Format>().map_err(|e| e.to_string())
}

impl FilterArgs {
    fn spec(self) -> rasad_store::FilterSpec {
        rasad_store::FilterSpec {
            event_type: self.event_type,
            sub_type: self.sub_type,
            actor: self.actor,
            admin1: self.admin1,
            place: self.place,
            near: self.near,
            from: self.from,
            to: self.to,
            min_fatalities: self.min_fatalities,
            outlet: self.outlet,
            limit: self.limit,
            offset: None,
        }
    }
}

fn engine(pack_dir: Option<&std::path::Path>) -> Result<Engine> {
    let pack = Pack::load(pack_dir).with_context(|| match pack_dir {
        Some(d) => format!("loading the knowledge pack with user pack {}", d.display()),
        None => "loading the built-in knowledge pack".to_string(),
    })?;
    Ok(Engine::new(pack))
}

fn run(cli: Cli) -> Result<ExitCode> {
    let pack_dir = cli.pack.as_deref();
    match cli.command {
        Command::Places { query, format, limit } => {
            let pack = Pack::load(pack_dir)?;
            commands::lookup::places(&pack, &query, format, limit)
        }
        Command::Actors { query, format, limit } => {
            let pack = Pack::load(pack_dir)?;
            commands::lookup::actors(&pack, &query, format, limit)
        }
        Command::Extract {
            paths,
            format,
            pub_date,
            unresolved,
            explain,
        } => {
            let extractor = Extractor::new(Pack::load(pack_dir)?)?;
            let opts = commands::extract::Options {
                format,
                pub_date,
                unresolved,
                explain,
            };
            commands::extract::run(&extractor, &paths, opts)
        }
        Command::Mentions { paths, format } => commands::mentions::run(&engine(pack_dir)?, &paths, format),
        Command::Coverage { paths, top, format } => {
            commands::coverage::run(&engine(pack_dir)?, &paths, top, format)
        }
        Command::Ingest {
            data,
            paths,
            pub_date,
            workers,
            batch,
        } => commands::store::ingest(
            &Extractor::new(Pack::load(pack_dir)?)?,
            commands::store::IngestArgs {
                data: data.dir,
                paths,
                pub_date,
                workers,
                batch,
            },
        ),
        Command::Reextract { data, pub_date } => commands::store::reextract(
            &Extractor::new(Pack::load(pack_dir)?)?,
            &data.dir,
            pub_date.as_deref(),
        ),
        Command::Search {
            data,
            query,
            limit,
            format,
        } => commands::store::search(&Pack::load(pack_dir)?, &data.dir, &query, limit, format),
        Command::Events { data, filter, format } => {
            commands::store::events(&Pack::load(pack_dir)?, &data.dir, &filter.spec(), format)
        }
        Command::Stats {
            data,
            filter,
            format,
            top,
        } => commands::store::stats(&Pack::load(pack_dir)?, &data.dir, &filter.spec(), format, top),
        Command::Export {
            data,
            format,
            filter,
            output,
        } => commands::store::export(
            &Pack::load(pack_dir)?,
            &data.dir,
            &filter.spec(),
            format,
            output.as_deref(),
        ),
        Command::Fused {
            data,
            filter,
            min_sources,
            contradicted,
            format,
        } => commands::fused::fused(
            &Pack::load(pack_dir)?,
            &data.dir,
            &filter.spec(),
            min_sources,
            contradicted,
            format,
        ),
        Command::Contradictions { data, filter, format } => {
            commands::fused::contradictions(&Pack::load(pack_dir)?, &data.dir, &filter.spec(), format)
        }
        Command::Control {
            data,
            place,
            on,
            admin1,
            format,
        } => commands::fused::control(
            &Pack::load(pack_dir)?,
            &data.dir,
            place.as_deref(),
            on.as_deref(),
            admin1.as_deref(),
            format,
        ),
        Command::Fuse { data } => commands::fused::fuse(&Pack::load(pack_dir)?, &data.dir),
        Command::Latency {
            data,
            queries,
            seed,
            verbose,
        } => commands::latency::run(&Pack::load(pack_dir)?, &data.dir, queries, seed, verbose),
        Command::Serve {
            data,
            addr,
            readers,
            allow_origin,
        } => commands::serve::run(
            Extractor::new(Pack::load(pack_dir)?)?,
            &data.dir,
            addr,
            readers,
            allow_origin,
        ),
        Command::Synth { data, events, seed } => {
            commands::store::synth(&Pack::load(pack_dir)?, &data.dir, events, seed)
        }
        Command::Throughput { paths, passes } => {
            commands::throughput::run(&Extractor::new(Pack::load(pack_dir)?)?, &paths, passes)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if output::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("rasad: {e:#}");
            ExitCode::from(2)
        }
    }
}
