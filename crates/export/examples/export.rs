//! Extracts events from articles and exports them, without a store: the
//! row id is the event's position in the output.
//!
//! ```sh
//! cargo run --release -p rasad-export --example export -- acled-csv examples/ > events.csv
//! python3 tools/check_exports.py --acled events.csv
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use rasad_article::{read_paths, Item};
use rasad_export::{Exporter, Format, Row};
use rasad_extract::{ArticleIn, Extractor};
use rasad_pack::Pack;
use rasad_text::dates::Date;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(format) = args.next().and_then(|f| f.parse::<Format>().ok()) else {
        eprintln!("usage: export acled-csv|geojson|jsonl PATH...");
        return ExitCode::from(2);
    };
    let paths: Vec<PathBuf> = args.map(PathBuf::from).collect();
    let pack = Pack::builtin().expect("the built-in pack loads");
    let extractor = Extractor::new(pack.clone()).expect("the pack compiles");
    let exporter = Exporter::new(&pack);
    let stdout = std::io::stdout();
    let mut sink = exporter.sink(format, stdout.lock()).expect("stdout");
    let mut failed = None;
    let mut next_id = 0;
    read_paths(&paths, &mut |item| match item {
        Item::Article(a) if failed.is_none() => {
            let found = extractor.extract(ArticleIn {
                id: &a.id,
                text: &a.text,
                published: a.published.as_deref().and_then(Date::parse),
            });
            for event in &found.events {
                next_id += 1;
                let row = Row {
                    outlet: a.outlet.as_deref(),
                    url: a.url.as_deref(),
                    published: a.published.as_deref(),
                    title: a.title.as_deref(),
                    ..Row::new(next_id, event)
                };
                if let Err(e) = sink.write(row) {
                    failed = Some(e);
                    break;
                }
            }
        }
        Item::Problem(p) => eprintln!("{p}"),
        _ => {}
    });
    if let Some(e) = failed {
        eprintln!("export: {e}");
        return ExitCode::FAILURE;
    }
    match sink.finish() {
        Ok(n) => {
            let _ = writeln!(std::io::stderr(), "{n} events");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("export: {e}");
            ExitCode::FAILURE
        }
    }
}
