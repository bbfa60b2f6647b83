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
