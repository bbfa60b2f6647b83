//! Normalisation + mention finding over the Baly articles
//! (../shared/data/baly2018), one core. Skips with a message when the
//! corpus is absent. Checks its own output before timing: the articles must
//! yield the mentions a working matcher finds.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasad_mentions::{Engine, Kind};
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
    let claims = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/baly2018/claims");
    let Some(texts) = baly_articles(&claims) else {
        eprintln!("skipping the mentions bench: ../shared/data/baly2018 is absent");
        return;
    };
    let engine = Engine::new(Pack::builtin().expect("built-in pack"));
    let bytes: usize = texts.iter().map(String::len).sum();

    // The bench checks what it measures: on 2,400+ war articles a working
    // matcher finds places and actors in nearly every one.
    let (mut places, mut actors, mut with_place) = (0usize, 0usize, 0usize);
    for t in &texts {
        let found = engine.matcher.find(engine.normalizer.normalize(t).as_str());
        let p = found.iter().filter(|m| m.is(Kind::Place)).count();
        places += p;
        actors += found.iter().filter(|m| m.is(Kind::Actor)).count();
        with_place += (p > 0) as usize;
    }
    assert!(
        texts.len() > 2000,
        "expected the full corpus, got {} articles",
        texts.len()
    );
    assert!(
        with_place * 10 > texts.len() * 8,
        "only {with_place} of {} articles have a place",
        texts.len()
    );
    assert!(
        places > 50_000 && actors > 50_000,
        "places {places}, actors {actors}"
    );

    let mut g = c.benchmark_group("baly");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("normalize", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| engine.normalizer.normalize(t).as_str().len())
                .sum::<usize>()
        })
    });
    g.bench_function("normalize+find", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| engine.matcher.find(engine.normalizer.normalize(t).as_str()).len())
                .sum::<usize>()
        })
    });
    g.bench_function("analyze (with sentences and resolution)", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| engine.analyze(t).mentions.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
