//! Event extraction over the Baly articles (../shared/data/baly2018), one
//! core. Skips with a message when the corpus is absent. Checks its own
//! output before timing: the dev articles must still give their events,
//! and the corpus the events a working extractor finds.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasad_extract::{ArticleIn, Extractor};
use rasad_pack::Pack;

/// The articles of the Baly claim files, read as `rasad` reads them.
fn baly_articles(claims: &Path) -> Option<Vec<String>> {
    if !claims.is_dir() {
        return None;
    }
    let mut texts = Vec::new();
    rasad_article::read_paths(&[claims.to_path_buf()], &mut |item| {
        if let rasad_article::Item::Article(a) = item {
            texts.push(a.text);
        }
    });
    Some(texts)
}

fn bench(c: &mut Criterion) {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let Some(texts) = baly_articles(&shared.join("data/baly2018/claims")) else {
        eprintln!("skipping the extract bench: ../shared/data/baly2018 is absent");
        return;
    };
    let ex = Extractor::new(Pack::builtin().expect("built-in pack")).expect("extractor");
    let bytes: usize = texts.iter().map(String::len).sum();

    // What is measured must still work: the strikes of the first dev
    // article, and events in a good share of 2,400 war articles.
    let dev = std::fs::read_to_string(shared.join("data/dev/seed_articles.jsonl")).expect("dev articles");
    let first: serde_json::Value = serde_json::from_str(dev.lines().next().unwrap()).unwrap();
    let found = ex.extract(ArticleIn {
        id: "seed",
        text: first["text"].as_str().unwrap(),
        published: None,
    });
    let strikes = found
        .events
        .iter()
        .filter(|e| e.sub_event_type == "Air/drone strike")
        .count();
    assert!(
        strikes >= 9,
        "only {strikes} air strikes in the first dev article"
    );
    let with_events = texts
        .iter()
        .filter(|t| {
            !ex.extract(ArticleIn {
                id: "a",
                text: t,
                published: None,
            })
            .events
            .is_empty()
        })
        .count();
    assert!(
        with_events * 4 > texts.len(),
        "only {with_events} of {} articles have events",
        texts.len()
    );

    let mut g = c.benchmark_group("baly");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("extract", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    ex.extract(ArticleIn {
                        id: "a",
                        text: t,
                        published: None,
                    })
                    .events
                    .len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
