//! Indexing and searching the Baly articles (../shared/data/baly2018), one
//! indexing thread. Skips with a message when the corpus is absent. Checks
//! its own output before timing: both spellings of compound names find the
//! same articles, clitics do not change what a word finds, and every
//! snippet is a piece of the article with highlights on char boundaries.

use std::collections::HashSet;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasad_index::{ArticleDoc, Index, SearchOptions};

struct Article {
    title: String,
    text: String,
}

/// The articles of the Baly claim files, read as `rasad` reads them.
fn baly_articles(claims: &Path) -> Option<Vec<Article>> {
    if !claims.is_dir() {
        return None;
    }
    let mut out = Vec::new();
    rasad_article::read_paths(&[claims.to_path_buf()], &mut |item| {
        if let rasad_article::Item::Article(a) = item {
            out.push(Article {
                title: a.title.unwrap_or_default(),
                text: a.text,
            });
        }
    });
    Some(out)
}

fn build(dir: &Path, heads: &HashSet<String>, articles: &[Article]) -> Index {
    let index = Index::open_or_create(dir, heads).expect("index opens");
    let mut w = index.writer(64 << 20).expect("writer");
    for (i, a) in articles.iter().enumerate() {
        w.add_article(&ArticleDoc {
            key: i as i64,
            title: &a.title,
            text: &a.text,
            outlet: "",
            published: None,
        })
        .expect("article indexed");
    }
    w.commit(articles.len() as i64 - 1).expect("commit");
    index
}

fn keys(index: &Index, q: &str) -> Vec<i64> {
    let opts = SearchOptions {
        limit: 100_000,
        snippet_bytes: 0,
        ..Default::default()
    };
    let mut v: Vec<i64> = index
        .search(q, &opts)
        .expect("query runs")
        .iter()
        .map(|h| h.article_key)
        .collect();
    v.sort_unstable();
    v
}

const QUERIES: &[&str] = &[
    "كفر زيتا",
    "دير الزور",
    "الطائرات الروسية",
    "غارة",
    "\"قصف مدفعي\"",
    "البراميل المتفجرة -حلب",
    "تل رفعت",
    "خان شيخون",
];

fn bench(c: &mut Criterion) {
    let claims = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/baly2018/claims");
    let Some(articles) = baly_articles(&claims) else {
        eprintln!("skipping the index bench: ../shared/data/baly2018 is absent");
        return;
    };
    assert!(
        articles.len() > 2000,
        "expected the full corpus, got {} articles",
        articles.len()
    );
    let heads = rasad_pack::Pack::builtin()
        .expect("built-in pack")
        .naming
        .compound_heads;
    let dir = tempfile::tempdir().expect("temp dir");
    let index = build(dir.path(), &heads, &articles);
    assert_eq!(index.num_docs(), articles.len() as u64);

    // The bench checks what it measures.
    for (a, b) in [
        ("كفرزيتا", "كفر زيتا"),
        ("ديرالزور", "دير الزور"),
        ("الطائرات", "بالطائرات"),
        ("مدنيين", "وللمدنيين"),
    ] {
        let (ka, kb) = (keys(&index, a), keys(&index, b));
        assert!(
            !ka.is_empty() && ka == kb,
            "{a}: {} hits, {b}: {}",
            ka.len(),
            kb.len()
        );
    }
    assert!(keys(&index, "دير الزور").len() > 100);
    let exact = keys(&index, "غارات");
    let stemmed = keys(&index, "غارة");
    assert!(exact.iter().all(|k| stemmed.binary_search(k).is_ok()));
    for q in QUERIES {
        let hits = index.search(q, &SearchOptions::default()).expect("query runs");
        assert!(!hits.is_empty(), "{q} finds nothing");
        for h in hits {
            let a = &articles[h.article_key as usize];
            let s = &h.snippet;
            assert!(
                a.text.contains(&s.text) || a.title.contains(&s.text),
                "{q}: {:?}",
                s.text
            );
            assert!(!s.highlights.is_empty(), "{q}: nothing highlighted");
            assert!(s.highlights.iter().all(|r| s.text.get(r.clone()).is_some()));
        }
    }

    let mut g = c.benchmark_group("baly");
    g.sample_size(10);
    let part = &articles[..300];
    let bytes: usize = part.iter().map(|a| a.title.len() + a.text.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("index 300 articles and commit", |b| {
        b.iter(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            build(dir.path(), &heads, part).num_docs()
        })
    });
    g.throughput(Throughput::Elements(QUERIES.len() as u64));
    g.bench_function("search (top 20, snippets)", |b| {
        b.iter(|| {
            QUERIES
                .iter()
                .map(|q| index.search(q, &SearchOptions::default()).map_or(0, |h| h.len()))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
