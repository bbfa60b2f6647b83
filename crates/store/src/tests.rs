use std::path::{Path, PathBuf};

use rasad_article::Problem;
use rasad_extract::Extractor;
use rasad_pack::Pack;

use crate::*;

/// Articles written for these tests, in news Arabic.
const ARTICLES: &str = r#"{"id": "s1", "published": "2017-04-02", "outlet": "Enab Baladi", "url": "https://www.enabbaladi.net/a/1", "title": "غارات على كفرزيتا", "text": "قتل ثلاثة مدنيين وأصيب خمسة آخرون اليوم الأحد جراء غارات جوية شنها الطيران الحربي التابع للنظام على مدينة كفرزيتا في ريف حماة الشمالي، بحسب ما أفاد المرصد السوري لحقوق الإنسان."}
{"id": "s2", "published": "2017-04-05", "url": "https://www.alaraby.co.uk/b/2", "text": "سيطر تنظيم الدولة الإسلامية أمس الثلاثاء على قرية الهيشة في ريف الرقة الشمالي بعد اشتباكات عنيفة مع قوات سوريا الديمقراطية أسفرت عن مقتل ثمانية عناصر من الطرفين."}
{"id": "s3", "published": "2017-05-10", "outlet": "SANA", "text": "استشهد مدنيان اليوم الأربعاء جراء قذائف صاروخية أطلقها إرهابيو جبهة النصرة على حي جوبر في دمشق، وفق ما أفاد مصدر في قيادة شرطة دمشق لمراسل سانا."}
{"id": "s4", "published": "2016-11-20", "outlet": "Enab Baladi", "text": "اندلعت اشتباكات عنيفة اليوم الأحد بين الجيش السوري الحر وقوات النظام على أطراف بلدة صوران في ريف حماة الشمالي، وقتل خلالها أربعة من مقاتلي المعارضة."}
"#;

fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(name)
        .tempdir()
        .expect("a temporary directory")
}

fn extractor() -> &'static Extractor {
    static X: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    X.get_or_init(|| Extractor::new(Pack::builtin().expect("the built-in pack")).expect("an extractor"))
}

fn pack() -> &'static Pack {
    &extractor().engine().pack
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Ingests `paths` into `store`, returning the summary and the problems.
fn run(store: &mut Store, paths: &[PathBuf]) -> (Summary, Vec<Problem>) {
    let mut problems = Vec::new();
    let opts = IngestOptions {
        batch_size: 2,
        ..IngestOptions::default()
    };
    let summary = ingest(store, extractor(), paths, &opts, &mut |r| {
        if let Report::Problem(p) = r {
            problems.push(p.clone());
        }
    })
    .expect("ingest");
    (summary, problems)
}

fn filtered(store: &Store, spec: FilterSpec) -> Vec<StoredEvent> {
    let f = spec.resolve(&extractor().engine().pack).expect("a valid filter");
    store.events(&f).expect("events")
}

fn places(events: &[StoredEvent]) -> Vec<String> {
    let mut v: Vec<String> = events
        .iter()
        .map(|e| e.event.location.name.clone().unwrap_or_default())
        .collect();
    v.sort();
    v.dedup();
    v
}

fn stored(name: &str) -> (tempfile::TempDir, Store) {
    let tmp = temp_dir(name);
    let input = write(tmp.path(), "a.jsonl", ARTICLES);
    let mut store = Store::open(&tmp.path().join("data"), pack()).unwrap();
    let (summary, problems) = run(&mut store, &[input]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(summary.stored, 4);
    (tmp, store)
}

#[test]
fn ingest_stores_articles_events_and_mentions_and_a_second_run_adds_nothing() {
    let (tmp, mut store) = stored("ingest");
    let counts = store.counts().unwrap();
    assert_eq!(counts.articles, 4);
    assert!(counts.events >= 4, "{counts:?}");
    assert!(counts.mentions >= 10, "{counts:?}");

    let input = tmp.path().join("a.jsonl");
    let (again, _) = run(&mut store, &[input]);
    assert_eq!((again.stored, again.duplicates), (0, 4));
    assert_eq!(store.counts().unwrap(), counts);
}

#[test]
fn same_url_or_same_words_is_the_same_article() {
    let (tmp, mut store) = stored("dedupe");
    // s1's URL with other text; s3's text re-spaced under another id.
    let copies = r#"{"id": "x1", "url": "https://www.enabbaladi.net/a/1", "text": "نص آخر عن قصف على بلدة اللطامنة."}
{"id": "x2", "text": "استشهد مدنيان اليوم الأربعاء   جراء قذائف صاروخية أطلقها إرهابيو جبهة النصرة على حي جوبر في دمشق،\nوفق ما أفاد مصدر في قيادة شرطة دمشق لمراسل سانا."}
{"id": "x3", "text": "قصفت قوات النظام بلدة اللطامنة في ريف حماة الشمالي."}
"#;
    let input = write(tmp.path(), "copies.jsonl", copies);
    let (s, _) = run(&mut store, &[input]);
    assert_eq!((s.stored, s.duplicates), (1, 2));
}

#[test]
fn bad_input_is_reported_skipped_and_counted_and_the_rest_is_stored() {
    let tmp = temp_dir("bad");
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    write(&dir, "good.jsonl", ARTICLES);
    write(
        &dir,
        "broken.jsonl",
        "{\"id\": \"b1\", \"text\": \"قصفت قوات النظام بلدة اللطامنة.\"}\n{not json\n",
    );
    write(&dir, "empty.txt", "");
    // A PNG renamed .txt.
    let png: Vec<u8> = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66"
        .iter()
        .copied()
        .cycle()
        .take(600)
        .collect();
    std::fs::write(dir.join("image.txt"), png).unwrap();
    let mut store = Store::open(&tmp.path().join("data"), pack()).unwrap();
    let (s, problems) = run(&mut store, &[dir]);
    assert_eq!(s.stored, 5, "{problems:?}");
    let reasons: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        reasons.iter().any(|r| r.contains("broken.jsonl:2")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r.contains("empty.txt")), "{reasons:?}");
    assert!(
        reasons.iter().any(|r| r.contains("image.txt: binary data")),
        "{reasons:?}"
    );
    assert_eq!(s.skipped, problems.iter().filter(|p| p.skipped).count());
    assert!(s.skipped >= 3);
}

#[test]
fn filters_resolve_names_spellings_and_hierarchies() {
    let (_tmp, store) = stored("filters");
    let spec = |f: fn(&mut FilterSpec)| {
        let mut s = FilterSpec::default();
        f(&mut s);
        s
    };
    // A unique prefix of a type; a sub-type written loosely.
    let air = filtered(&store, spec(|s| s.event_type = Some("explosions".into())));
    assert!(
        places(&air).contains(&"كفر زيتا".to_string()),
        "{:?}",
        places(&air)
    );
    let strikes = filtered(&store, spec(|s| s.sub_type = Some("air drone strike".into())));
    assert_eq!(places(&strikes), vec!["كفر زيتا"]);
    // The place as news spells it, or its English name.
    for p in ["كفرزيتا", "كفر زيتا", "Kafr Zeita"] {
        let hits = filtered(
            &store,
            FilterSpec {
                place: Some(p.into()),
                ..FilterSpec::default()
            },
        );
        assert_eq!(places(&hits), vec!["كفر زيتا"]);
    }
    // A governorate in Arabic.
    let hama = filtered(&store, spec(|s| s.admin1 = Some("حماة".into())));
    assert!(hama
        .iter()
        .all(|e| e.event.location.admin1.as_deref() == Some("Hama")));
    assert!(
        places(&hama).contains(&"صوران".to_string()),
        "{:?}",
        places(&hama)
    );
    // `opposition` includes the FSA, which is under it.
    let opp = filtered(&store, spec(|s| s.actor = Some("opposition".into())));
    assert!(opp
        .iter()
        .any(|e| e.event.actor1.as_deref() == Some("fsa") || e.event.actor2.as_deref() == Some("fsa")));
    // An alias of IS.
    let isis = filtered(&store, spec(|s| s.actor = Some("داعش".into())));
    assert_eq!(places(&isis), vec!["هيشة"]);
    // Dates, fatalities, outlet.
    let april = filtered(
        &store,
        spec(|s| {
            s.from = Some("2017-04-01".into());
            s.to = Some("2017-04-30".into())
        }),
    );
    assert!(april
        .iter()
        .all(|e| e.event.event_date.as_deref().unwrap() >= "2017-04-01"));
    assert!(!april.is_empty());
    let deadly = filtered(&store, spec(|s| s.min_fatalities = Some(3)));
    assert!(deadly.iter().all(|e| e.event.fatalities.unwrap() >= 3));
    let enab = filtered(&store, spec(|s| s.outlet = Some("enab baladi".into())));
    assert!(!enab.is_empty());
    assert!(enab
        .iter()
        .all(|e| e.article.outlet.as_deref() == Some("Enab Baladi")));
    // The outlet comes from the URL's host when the article names none.
    let host = filtered(&store, spec(|s| s.outlet = Some("alaraby.co.uk".into())));
    assert_eq!(places(&host), vec!["هيشة"]);
}

#[test]
fn near_finds_events_within_the_radius_only() {
    let (_tmp, store) = stored("near");
    // Kafr Zeita is about 30 km north-west of Hama city, Souran 20 km north.
    let near_hama = filtered(
        &store,
        FilterSpec {
            near: Some("35.13,36.75,40".into()),
            ..FilterSpec::default()
        },
    );
    let p = places(&near_hama);
    assert!(
        p.contains(&"كفر زيتا".to_string()) && !p.contains(&"هيشة".to_string()),
        "{p:?}"
    );
    let tight = filtered(
        &store,
        FilterSpec {
            near: Some("35.3722,36.6001,1".into()),
            ..FilterSpec::default()
        },
    );
    assert_eq!(places(&tight), vec!["كفر زيتا"]);
}

#[test]
fn bad_filters_say_what_is_accepted() {
    let pack = &extractor().engine().pack;
    let err = |s: FilterSpec| s.resolve(pack).unwrap_err().to_string();
    let e = err(FilterSpec {
        event_type: Some("bombing".into()),
        ..FilterSpec::default()
    });
    assert!(e.contains("Battles") && e.contains("bombing"), "{e}");
    let e = err(FilterSpec {
        admin1: Some("Atlantis".into()),
        ..FilterSpec::default()
    });
    assert!(e.contains("Idleb"), "{e}");
    let e = err(FilterSpec {
        near: Some("35.1,36.7".into()),
        ..FilterSpec::default()
    });
    assert!(e.contains("LAT,LON,KM"), "{e}");
    let e = err(FilterSpec {
        from: Some("2017-13-01".into()),
        ..FilterSpec::default()
    });
    assert!(e.contains("YYYY-MM-DD"), "{e}");
    let e = err(FilterSpec {
        actor: Some("no such group at all".into()),
        ..FilterSpec::default()
    });
    assert!(e.contains("unknown actor"), "{e}");
}

#[test]
fn stats_count_by_type_governorate_actor_and_month() {
    let (_tmp, store) = stored("stats");
    let f = FilterSpec::default().resolve(&extractor().engine().pack).unwrap();
    let s = store.stats(&f, 10).unwrap();
    assert_eq!(s.events, s.counts.events);
    let total: i64 = s.by_type.iter().map(|r| r.events).sum();
    assert_eq!(total, s.events);
    assert!(s.by_month.iter().any(|r| r.key == "2017-04"), "{:?}", s.by_month);
    assert!(s.by_admin1.iter().any(|r| r.key == "Hama"));
    assert!(s.by_actor.iter().any(|r| r.key == "isis"));
}

#[test]
fn markers_timelines_outlets_and_dates_agree_with_the_events() {
    let (_tmp, store) = stored("markers");
    let actor = FilterSpec {
        actor: Some("isis".into()),
        ..FilterSpec::default()
    };
    for spec in [FilterSpec::default(), actor] {
        let f = spec.resolve(pack()).unwrap();
        let events = store.events(&f).unwrap();
        assert!(!events.is_empty());
        let mut markers = Vec::new();
        store
            .for_each_marker(&f, |m| {
                markers.push(m);
                Ok(())
            })
            .unwrap();
        assert_eq!(markers.len(), events.len());
        for (m, e) in markers.iter().zip(&events) {
            let ev = &e.event;
            assert_eq!(m.id, e.id);
            assert_eq!(m.event_date, ev.event_date);
            assert_eq!(
                (m.event_type, m.sub_event_type),
                (&*ev.event_type, &*ev.sub_event_type)
            );
            assert_eq!(m.admin1, ev.location.admin1.as_deref());
            assert_eq!((m.lat, m.lon), (ev.location.lat, ev.location.lon));
            assert_eq!(m.place_id, ev.location.place_id);
            assert_eq!(m.fatalities, ev.fatalities);
        }
        for bucket in Bucket::ALL {
            let t = store.timeline(&f, bucket).unwrap();
            let binned: i64 = t.bins.iter().map(|b| b.events).sum();
            assert_eq!(binned + t.undated, events.len() as i64, "{bucket:?}");
            assert!(t.bins.windows(2).all(|w| w[0].key < w[1].key), "{:?}", t.bins);
            assert!(t
                .bins
                .iter()
                .all(|b| rasad_text::dates::Date::parse(&b.key).is_some()));
            let dated = events.iter().filter(|e| e.event.event_date.is_some()).count();
            assert_eq!(binned, dated as i64);
        }
    }
    let all = FilterSpec::default().resolve(pack()).unwrap();
    let days = store.timeline(&all, Bucket::Day).unwrap();
    assert!(days.bins.iter().any(|b| b.key == "2017-04-02"), "{:?}", days.bins);
    // 2017-04-02 was a Sunday: its week began on Monday 2017-03-27.
    let weeks = store.timeline(&all, Bucket::Week).unwrap();
    assert!(
        weeks.bins.iter().any(|b| b.key == "2017-03-27"),
        "{:?}",
        weeks.bins
    );
    let months = store.timeline(&all, Bucket::Month).unwrap();
    assert!(
        months.bins.iter().any(|b| b.key == "2017-04-01"),
        "{:?}",
        months.bins
    );

    let events = store.events(&all).unwrap();
    let dates: Vec<&str> = events
        .iter()
        .filter_map(|e| e.event.event_date.as_deref())
        .collect();
    let (first, last) = store.date_range().unwrap().expect("dated events");
    assert_eq!(first.as_str(), *dates.iter().min().unwrap());
    assert_eq!(last.as_str(), *dates.iter().max().unwrap());

    let outlets = store.outlets().unwrap();
    let enab = events
        .iter()
        .filter(|e| e.article.outlet.as_deref() == Some("Enab Baladi"))
        .count();
    assert!(
        outlets.contains(&("Enab Baladi".to_string(), enab as i64)),
        "{outlets:?}"
    );
    assert!(outlets.windows(2).all(|w| w[0].1 >= w[1].1));
    store.refresh().unwrap();
}

#[test]
fn the_version_moves_with_every_write() {
    let (tmp, mut store) = stored("version");
    let v = store.version().unwrap();
    assert!(v > 0);
    reextract(&mut store, extractor(), &IngestOptions::default(), &mut |_| {}).unwrap();
    let after = store.version().unwrap();
    assert!(after > v);
    let more = write(
        tmp.path(),
        "b.jsonl",
        r#"{"id": "s9", "published": "2017-06-01", "text": "قتل مدنيان جراء قصف مدفعي على بلدة اللطامنة في ريف حماة الشمالي."}"#,
    );
    let reader = Store::open_read_only(&tmp.path().join("data"), pack()).unwrap();
    assert_eq!(reader.version().unwrap(), after);
    run(&mut store, &[more]);
    // Another handle sees the write at once.
    assert!(reader.version().unwrap() > after);
}

#[test]
fn reextract_replaces_events_without_changing_articles() {
    let (_tmp, mut store) = stored("reextract");
    let before = store.counts().unwrap();
    let s = reextract(&mut store, extractor(), &IngestOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(s.stored, 4);
    assert_eq!(store.counts().unwrap(), before);
    let f = FilterSpec::default().resolve(&extractor().engine().pack).unwrap();
    let keys: Vec<i64> = store.events(&f).unwrap().iter().map(|e| e.id).collect();
    assert!(keys.iter().all(|&k| k > before.events), "new keys: {keys:?}");
}

#[test]
fn an_event_reads_back_exactly_as_extracted() {
    let (tmp, store) = stored("roundtrip");
    let f = FilterSpec::default().resolve(&extractor().engine().pack).unwrap();
    let stored: Vec<_> = store.events(&f).unwrap();
    let text = std::fs::read_to_string(tmp.path().join("a.jsonl")).unwrap();
    let s1 = text.lines().next().unwrap();
    let a: serde_json::Value = serde_json::from_str(s1).unwrap();
    let fresh = extractor().extract(rasad_extract::ArticleIn {
        id: "s1",
        text: a["text"].as_str().unwrap(),
        published: rasad_text::dates::Date::parse("2017-04-02"),
    });
    for e in fresh.events {
        assert!(
            stored.iter().any(|s| s.event == e),
            "{e:?} not stored as extracted"
        );
    }
}

#[test]
fn a_directory_that_is_not_a_store_is_refused_for_reading() {
    let tmp = temp_dir("nostore");
    let err = Store::open_read_only(tmp.path(), pack())
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("rasad ingest"), "{err}");
}

#[test]
fn sqlite_has_what_the_store_needs() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let opts: Vec<String> = conn
        .prepare("PRAGMA compile_options")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    // The R-tree serves --near; STAT4 lets the planner see that one
    // sub-type is rare and another common.
    for needed in ["ENABLE_RTREE", "ENABLE_STAT4"] {
        assert!(opts.iter().any(|o| o == needed), "{needed} missing: {opts:?}");
    }
}

#[test]
fn search_finds_spellings_clitics_and_evidence_with_original_snippets() {
    let (_tmp, store) = stored("search");
    // كفرزيتا is written joined in s1; the query splits it.
    let hits = store.search("كفر زيتا", 10).unwrap();
    assert!(hits.iter().any(|h| h.article.doc_id == "s1"), "{hits:?}");
    // الطائرات → "الطيران" no; "غارات" in s1 found by "غارة" through stems.
    let stems = store.search("غارة", 10).unwrap();
    assert!(stems.iter().any(|h| h.article.doc_id == "s1"));
    // An evidence hit names its event; snippets are original text.
    let jobar = store.search("جوبر", 10).unwrap();
    let ev = jobar.iter().find(|h| h.kind == "evidence").expect("evidence hit");
    let event = store.event(ev.event.unwrap()).unwrap().unwrap();
    assert_eq!(event.article.doc_id, "s3");
    assert!(
        ev.snippet.contains("جوبر") && ev.marked("[", "]").contains("[جوبر]"),
        "{}",
        ev.snippet
    );
    // A phrase must be exact.
    assert!(store
        .search("\"قوات سوريا الديمقراطية\"", 10)
        .unwrap()
        .iter()
        .any(|h| h.article.doc_id == "s2"));
    assert!(store.search("\"سوريا قوات\"", 10).unwrap().is_empty());
    // Nothing to look for is a clear error.
    assert!(store
        .search("في", 10)
        .unwrap_err()
        .to_string()
        .contains("nothing to search"));
}

#[test]
fn an_index_that_missed_a_batch_catches_up_on_open() {
    // The state a kill between the SQLite commit and the index commit
    // leaves: the database holds a batch the index does not.
    let (tmp, store) = stored("catchup");
    let data = tmp.path().join("data");
    let before = store.counts().unwrap();
    drop(store);
    let saved = tmp.path().join("index-before");
    copy_dir(&data.join(INDEX_DIR), &saved);
    let mut store = Store::open(&data, pack()).unwrap();
    let more = write(
        tmp.path(),
        "more.jsonl",
        r#"{"id": "m1", "published": "2017-06-01", "text": "قصفت طائرات حربية بلدة اللطامنة في ريف حماة الشمالي، ما أدى إلى مقتل طفلين."}"#,
    );
    run(&mut store, &[more]);
    drop(store);
    std::fs::remove_dir_all(data.join(INDEX_DIR)).unwrap();
    copy_dir(&saved, &data.join(INDEX_DIR));
    assert_eq!(
        rasad_index::Index::open_or_create(&data.join(INDEX_DIR), &pack().naming.compound_heads)
            .unwrap()
            .num_docs() as i64,
        before.index_docs,
        "the index lags"
    );

    // Reopening (even to read) replays the batch the index missed.
    let store = Store::open_read_only(&data, pack()).unwrap();
    let now = store.counts().unwrap();
    assert_eq!(now.articles, before.articles + 1);
    assert_eq!(now.index_docs, now.articles + now.events, "{now:?}");
    assert!(store
        .search("اللطامنة", 10)
        .unwrap()
        .iter()
        .any(|h| h.article.doc_id == "m1"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The filter applied by hand to one event, as the store documents it.
fn matches(f: &Filter, e: &StoredEvent) -> bool {
    let ev = &e.event;
    let l = &ev.location;
    let sides: Vec<&String> = ev
        .actor1
        .iter()
        .chain(ev.actor2.iter())
        .chain(&ev.assoc_actor1)
        .chain(&ev.assoc_actor2)
        .collect();
    f.event_type.is_none_or(|t| ev.event_type == t)
        && f.sub_event_type.is_none_or(|s| ev.sub_event_type == s)
        && (f.actors.is_empty() || sides.iter().any(|a| f.actors.contains(a)))
        && f.admin1.is_none_or(|g| l.admin1.as_deref() == Some(g))
        && f.place.as_ref().is_none_or(|p| {
            l.name.as_deref().map(crate::filter::place_key).as_deref() == Some(p.norm.as_str())
                || l.place_id.as_ref().is_some_and(|id| p.ids.contains(id))
        })
        && f.near.is_none_or(|n| match (l.lat, l.lon) {
            (Some(la), Some(lo)) => crate::schema::km(la, lo, n.lat, n.lon) <= n.km,
            _ => false,
        })
        && f.from
            .as_ref()
            .is_none_or(|d| ev.event_date.as_ref().is_some_and(|e| e >= d))
        && f.to
            .as_ref()
            .is_none_or(|d| ev.event_date.as_ref().is_some_and(|e| e <= d))
        && f.min_fatalities
            .is_none_or(|m| ev.fatalities.is_some_and(|x| x >= m))
        && f.outlet.as_ref().is_none_or(|o| {
            e.article
                .outlet
                .as_ref()
                .is_some_and(|x| x.eq_ignore_ascii_case(o))
        })
}

#[test]
fn every_plan_returns_what_the_filter_means() {
    let tmp = temp_dir("plans");
    let mut store = Store::open(&tmp.path().join("data"), pack()).unwrap();
    synthesize(&mut store, pack(), 6_000, 7, &mut |_| {}).unwrap();
    let everything = FilterSpec {
        limit: Some(100_000),
        ..FilterSpec::default()
    };
    let all = store.events(&everything.resolve(pack()).unwrap()).unwrap();
    assert_eq!(all.len(), 6_000);
    let specs = [
        "type=Battles",
        "sub=Air/drone strike;admin1=Idleb",
        "actor=isis;from=2015-01-01;to=2016-12-31",
        "actor=opposition;min=5",
        "actor=jaysh_islam;type=Explosions/Remote violence",
        "admin1=Aleppo;outlet=SANA",
        "outlet=Reuters;type=Violence against civilians",
        "near=36.2,37.15,40",
        "near=35.93,36.63,8;min=1",
        "near=33.5,36.3,30;admin1=Rural Damascus;type=Explosions/Remote violence",
        "place=حلب",
        "place=Aleppo;actor=syria_gov",
        "min=50",
        "from=2020-06-01",
        "to=2011-12-31;admin1=Homs",
        "type=Protests;admin1=Hama;actor=syria_gov",
        "sub=Arrests;near=35.1,36.7,60;outlet=Enab Baladi",
    ];
    let mut drivers = std::collections::BTreeSet::new();
    for spec in specs {
        let mut s = FilterSpec::default();
        for part in spec.split(';') {
            let (k, v) = part.split_once('=').unwrap();
            let v = Some(v.to_string());
            match k {
                "type" => s.event_type = v,
                "sub" => s.sub_type = v,
                "actor" => s.actor = v,
                "admin1" => s.admin1 = v,
                "place" => s.place = v,
                "near" => s.near = v,
                "from" => s.from = v,
                "to" => s.to = v,
                "min" => s.min_fatalities = v.map(|n| n.parse().unwrap()),
                "outlet" => s.outlet = v,
                _ => unreachable!(),
            }
        }
        for limit in [10, 100_000] {
            s.limit = Some(limit);
            let f = s.resolve(pack()).unwrap();
            drivers.insert(store.plan_of(&f).unwrap());
            let got: Vec<i64> = store.events(&f).unwrap().iter().map(|e| e.id).collect();
            let mut want: Vec<&StoredEvent> = all.iter().filter(|e| matches(&f, e)).collect();
            want.sort_by(|a, b| b.event.event_date.cmp(&a.event.event_date).then(b.id.cmp(&a.id)));
            let want: Vec<i64> = want.iter().take(limit).map(|e| e.id).collect();
            assert_eq!(
                got,
                want,
                "{spec} (limit {limit}, walked {})",
                store.plan_of(&f).unwrap()
            );
            if limit > 10 {
                assert_eq!(store.count_events(&f).unwrap(), want.len() as i64, "{spec}");
            }
        }
    }
    // The cases above make the planner walk several different indexes.
    assert!(drivers.len() >= 4, "{drivers:?}");
}

/// One strike told by three outlets; a town taken, then retaken; and an
/// unrelated clash.
const OUTLETS: &str = r#"{"id": "f1", "published": "2017-04-02", "outlet": "Enab Baladi", "text": "قتل ثلاثة مدنيين اليوم الأحد جراء غارات جوية شنها الطيران الحربي على مدينة كفرزيتا في ريف حماة الشمالي."}
{"id": "f2", "published": "2017-04-02", "outlet": "SOHR", "text": "وثق المرصد السوري لحقوق الإنسان مقتل خمسة مدنيين في غارات نفذتها طائرات حربية على بلدة كفر زيتا بريف حماة اليوم."}
{"id": "f3", "published": "2017-04-03", "outlet": "Orient News", "text": "قتل عشرات المدنيين أمس الأحد بقصف جوي استهدف مدينة كفرزيتا شمال حماة، بحسب ناشطين."}
{"id": "f4", "published": "2017-04-05", "outlet": "SOHR", "text": "سيطر تنظيم داعش اليوم الأربعاء على قرية الهيشة في ريف الرقة الشمالي بعد اشتباكات مع قوات سوريا الديمقراطية."}
{"id": "f5", "published": "2017-06-20", "outlet": "Enab Baladi", "text": "تمكنت قوات سوريا الديمقراطية اليوم الثلاثاء من استعادة السيطرة على قرية الهيشة في ريف الرقة الشمالي بعد طرد تنظيم داعش منها."}
{"id": "f6", "published": "2017-04-02", "outlet": "SANA", "text": "اندلعت اشتباكات عنيفة اليوم الأحد بين قوات الجيش العربي السوري والمجموعات الإرهابية في محيط مدينة اللطامنة بريف حماة الشمالي."}
"#;

#[test]
fn ingest_fuses_as_it_goes_exactly_as_a_rebuild_does() {
    let tmp = temp_dir("fusion");
    let input = write(tmp.path(), "outlets.jsonl", OUTLETS);
    let mut store = Store::open(&tmp.path().join("data"), pack()).unwrap();
    // batch_size 2 in `run`: the strike's reports arrive in two batches.
    run(&mut store, &[input]);
    let all = FilterSpec {
        limit: Some(1000),
        ..FilterSpec::default()
    }
    .resolve(pack())
    .unwrap();
    let dump = |s: &Store| {
        s.fused_events(&all, 1, false)
            .unwrap()
            .iter()
            .map(|f| serde_json::to_string(f).unwrap())
            .collect::<Vec<_>>()
    };
    let incremental = dump(&store);
    let strike = store
        .fused_events(&all, 3, false)
        .unwrap()
        .into_iter()
        .next()
        .expect("the strike, from three outlets");
    assert_eq!(strike.fused["sources"], 3);
    assert_eq!(strike.fused["fatalities"]["min"], 3);
    assert_eq!(strike.fused["fatalities"]["max"], 12);
    assert!(strike.joined.iter().filter(|j| j.why.is_some()).count() == 2);
    assert_eq!(
        store.fused_events(&all, 1, true).unwrap().len(),
        1,
        "only the strike is contradicted"
    );

    store.refuse(&mut |_| {}).unwrap();
    assert_eq!(dump(&store), incremental);

    // Who held الهيشة (OCHA's هيشة): IS from 5 April, the SDF from 20 June.
    let place = PlaceFilter::new(pack(), "الهيشة");
    let steps: Vec<(String, String)> = store
        .control_of(&place)
        .unwrap()
        .into_iter()
        .map(|c| (c.date, c.controller))
        .collect();
    assert_eq!(
        steps,
        [
            ("2017-04-05".to_string(), "isis".to_string()),
            ("2017-06-20".to_string(), "sdf".to_string())
        ]
    );
    let may = store.control_on("2017-05-01", Some("Ar-Raqqa")).unwrap();
    assert_eq!(
        may.iter().map(|c| c.controller.as_str()).collect::<Vec<_>>(),
        ["isis"]
    );
    let july = store.control_on("2017-07-01", None).unwrap();
    assert!(july
        .iter()
        .any(|c| c.controller == "sdf" && c.place_name.as_deref() == Some("هيشة")));
}

/// Regression: the writer took the index's lock only at its first batch,
/// so a reader opening the store in between could take it to catch the
/// index up, and the ingest then failed on that batch (and hung: see
/// `a_reader_during_an_ingest_neither_blocks_nor_breaks_it` in the CLI
/// tests). The writer holds the lock from the moment it opens.
#[test]
fn a_store_open_for_writing_holds_the_index_lock_from_the_start() {
    let (tmp, store) = stored("lock");
    drop(store);
    let dir = tmp.path().join("data");
    let writer = Store::open(&dir, pack()).unwrap();
    assert!(
        matches!(Store::open(&dir, pack()), Err(StoreError::Busy)),
        "a second writer must be refused"
    );
    // Readers go on reading meanwhile.
    let reader = Store::open_read_only(&dir, pack()).unwrap();
    assert_eq!(reader.counts().unwrap().articles, 4);
    drop(writer);
    assert!(Store::open(&dir, pack()).is_ok());
}
