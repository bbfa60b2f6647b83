//! Tests on sentences written for them in news Arabic.

use std::collections::HashSet;
use std::sync::OnceLock;

use proptest::prelude::*;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

use super::*;
use crate::analyzer::{ArabicTokenizer, Mode};
use crate::query::{parse, phrase_readings, Piece};

fn heads() -> &'static HashSet<String> {
    static HEADS: OnceLock<HashSet<String>> = OnceLock::new();
    HEADS.get_or_init(|| {
        rasad_pack::Pack::builtin()
            .expect("the built-in pack loads")
            .naming
            .compound_heads
    })
}

fn analyzer() -> Analyzer {
    Analyzer::new(heads())
}

fn terms(text: &str) -> Vec<String> {
    analyzer().words(text).into_iter().map(|w| w.term).collect()
}

struct Art {
    key: i64,
    title: &'static str,
    text: &'static str,
    outlet: &'static str,
    published: Option<&'static str>,
}

const ARTICLES: &[Art] = &[
    Art {
        key: 1,
        title: "قصف جوي على ريف حماة",
        text: "قصفت الطائراتُ الحربيّة الروسيّة بلدة كفر زيتا بريف حماة الشمالي، ما أدى إلى مقتل ثلاثة مدنيين.",
        outlet: "enab",
        published: Some("2024-03-01"),
    },
    Art {
        key: 2,
        title: "قصف مدفعي على اللطامنة",
        text: "استهدفت قوات النظام مدينة اللطامنة وكفرزيتا بقذائف المدفعية الثقيلة صباح اليوم.",
        outlet: "smart",
        published: Some("2024-03-05"),
    },
    Art {
        key: 3,
        title: "مقتل مدنيين في أريحا",
        text: "قُتل مدنيان بالطائرات المسيّرة في محيط مدينة أريحا جنوب إدلب.",
        outlet: "enab",
        published: Some("2024-03-10"),
    },
    Art {
        key: 4,
        title: "ضربات للتحالف شرق سوريا",
        text: "شنّت طائرات التحالف خمس غارات على مواقع للتنظيم قرب مدينة الميادين شرق دير الزور.",
        outlet: "smart",
        published: Some("2024-04-02"),
    },
    Art {
        key: 5,
        title: "افتتاح مستشفى",
        text: "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة حماة.",
        outlet: "sana",
        published: None,
    },
    Art {
        key: 6,
        title: "ردّ الفصائل",
        text: "ردّ فوج مدفعي تابع للفصائل على مصادر القصف في ريف إدلب.",
        outlet: "enab",
        published: Some("2024-04-20"),
    },
    Art {
        key: 7,
        title: "غارة على جبل الزاوية",
        text: "نفّذ الطيران الحربي غارة واحدة على قرية في جبل الزاوية.",
        outlet: "smart",
        published: Some("2024-05-01"),
    },
];

const EVIDENCE_TEXT: &str = "قصفت الطائرات الحربية بلدة كفر زيتا";

fn add_all(w: &mut Writer) {
    for a in ARTICLES {
        w.add_article(&ArticleDoc {
            key: a.key,
            title: a.title,
            text: a.text,
            outlet: a.outlet,
            published: a.published,
        })
        .unwrap();
    }
    w.add_evidence(&EvidenceDoc {
        event_key: 100,
        article_key: 1,
        text: EVIDENCE_TEXT,
        date: Some("2024-03-01"),
    })
    .unwrap();
}

fn corpus() -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open_or_create(dir.path(), heads()).unwrap();
    let mut w = index.writer(MIN_WRITER_HEAP).unwrap();
    add_all(&mut w);
    w.commit(7).unwrap();
    (dir, index)
}

fn shared() -> &'static Index {
    static CORPUS: OnceLock<(tempfile::TempDir, Index)> = OnceLock::new();
    &CORPUS.get_or_init(corpus).1
}

fn search_with(index: &Index, q: &str, opts: &SearchOptions) -> Vec<Hit> {
    index.search(q, opts).unwrap_or_else(|e| panic!("{q}: {e}"))
}

/// Keys of the articles found, sorted.
fn articles(index: &Index, q: &str) -> Vec<i64> {
    let opts = SearchOptions {
        kind: Some(HitKind::Article),
        ..Default::default()
    };
    let mut v: Vec<i64> = search_with(index, q, &opts)
        .iter()
        .map(|h| h.article_key)
        .collect();
    v.sort_unstable();
    v
}

fn text_of(key: i64) -> &'static str {
    ARTICLES.iter().find(|a| a.key == key).unwrap().text
}

// ---------------------------------------------------------------- analyzer

#[test]
fn proclitics_are_stripped_and_stem_letters_kept() {
    assert_eq!(terms("بالطائرات الطائرات طائرات"), ["طائرات"; 3]);
    assert_eq!(terms("وللمدنيين"), ["مدنيين"]);
    assert_eq!(terms("بلدة لواء كتائب"), ["بلده", "لواء", "كتائب"]);
    assert_eq!(terms("وبلدة"), ["بلده"]);
}

#[test]
fn letters_marks_digits_and_latin_are_normalised() {
    assert_eq!(
        terms("أريحا إدلب آمنة مستشفى حماة"),
        ["اريحا", "ادلب", "امنه", "مستشفي", "حماه"]
    );
    assert_eq!(terms("قَصْفٌ قـــصف"), ["قصف", "قصف"]);
    assert_eq!(terms("٣٧ 1,200"), ["37", "1200"]);
    assert_eq!(terms("SANA État"), ["sana", "état"]);
}

#[test]
fn word_offsets_are_the_original_words_with_clitics_and_marks() {
    let text = "قصفت الطائراتُ بالطائرات «المسيّرة» كفرزيتاً";
    let words = analyzer().words(text);
    let written: Vec<&str> = words.iter().map(|w| &text[w.original.clone()]).collect();
    assert_eq!(written, ["قصفت", "الطائراتُ", "بالطائرات", "المسيّرة", "كفرزيتاً"]);
    let positions: Vec<usize> = words.iter().map(|w| w.position).collect();
    assert_eq!(positions, [0, 1, 2, 3, 4]);
}

#[test]
fn compound_names_are_read_joined_and_apart() {
    let a = analyzer();
    let w = a.words("قصفت الطائرات بلدة كفر زيتا");
    let (joined, r) = w[3].joined.clone().expect("كفر is a head");
    assert_eq!(joined, "كفرزيتا");
    assert_eq!(&"قصفت الطائرات بلدة كفر زيتا"[r], "كفر زيتا");
    for word in ["كفرزيتا", "وكفرزيتا", "بكفرزيتا"] {
        let w = &a.words(word)[0];
        assert_eq!(w.key(), "كفرزيتا", "{word}");
    }
    let w = a.words("بكفر زيتا");
    assert_eq!(w[0].joined.as_ref().unwrap().0, "كفرزيتا");
    // Not across punctuation or a line break.
    assert!(a.words("كفر، زيتا")[0].joined.is_none());
    assert!(a.words("كفر\nزيتا")[0].joined.is_none());
    // Without heads, nothing is joined.
    let none = Analyzer::new(&HashSet::new());
    assert!(none.words("كفر زيتا")[0].joined.is_none());
    assert!(none.words("كفرزيتا")[0].compound.is_none());
}

#[test]
fn light_stems_meet_across_number_and_gender() {
    let stem = |w: &str| light_stem(&terms(w)[0]).to_string();
    assert_eq!(stem("غارة"), stem("غارات"));
    assert_eq!(stem("الغارات"), "غار");
    assert_eq!(stem("مدنيين"), stem("مدنيون"));
    assert_eq!(stem("مدنيين"), "مدني");
    assert_eq!(stem("طائرتها"), "طائرت");
    // At least three letters stay.
    assert_eq!(stem("قوات"), "قوات");
    assert_eq!(stem("حسين"), "حسين");
    assert_eq!(light_stem("t4"), "t4");
}

#[test]
fn highlight_tokens_come_in_order_of_their_start() {
    let text = "قصفت الطائرات بلدة كفر زيتا وكفرنبل";
    let mut analyzer = TextAnalyzer::from(ArabicTokenizer {
        analyzer: analyzer(),
        mode: Mode::Highlight,
    });
    let mut stream = analyzer.token_stream(text);
    let mut last = 0;
    let mut seen = Vec::new();
    while let Some(t) = stream.next() {
        assert!(t.offset_from >= last);
        last = t.offset_from;
        seen.push(t.text.clone());
    }
    assert!(seen.contains(&"كفرزيتا".to_string()));
    assert!(seen.contains(&"كفرنبل".to_string()));
    assert!(seen.contains(&format!("{STEM_MARK}طائر")));
}

// ------------------------------------------------------------------ query

#[test]
fn queries_split_into_words_phrases_and_exclusions() {
    assert_eq!(
        parse(r#"قصف "كفر زيتا" -هاون «ريف حماة» -"دير الزور" غارة"#),
        [
            Piece::Words(" قصف".into()),
            Piece::Phrase("كفر زيتا".into()),
            Piece::Exclude("هاون".into()),
            Piece::Phrase("ريف حماة".into()),
            Piece::Exclude("دير الزور".into()),
            Piece::Words(" غارة".into()),
        ]
    );
    assert!(parse(" - «»  ").is_empty());
    assert_eq!(parse("--"), [Piece::Exclude("-".into())]);
    assert_eq!(parse(r#""مفتوح"#), [Piece::Phrase("مفتوح".into())]);
}

#[test]
fn phrases_with_heads_are_read_split_and_joined() {
    let words = analyzer().words("بلدة كفر زيتا الشرقية");
    let readings = phrase_readings(&words);
    let flat: Vec<Vec<(usize, &str)>> = readings
        .iter()
        .map(|r| r.iter().map(|(at, t)| (*at, t.as_str())).collect())
        .collect();
    assert_eq!(
        flat,
        [
            vec![(0, "بلده"), (1, "كفر"), (2, "زيتا"), (3, "شرقيه")],
            vec![(0, "بلده"), (1, "كفرزيتا"), (2, "شرقيه")],
        ]
    );
}

// ------------------------------------------------------------------ search

#[test]
fn compound_names_find_each_other_with_and_without_the_space() {
    let index = shared();
    for q in [
        "كفرزيتا",
        "كفر زيتا",
        "وكفرزيتا",
        "بكفر زيتا",
        "\"كفر زيتا\"",
        "\"كفرزيتا\"",
    ] {
        assert_eq!(articles(index, q), [1, 2], "{q}");
    }
    assert_eq!(articles(index, "\"بلدة كفرزيتا\""), [1]);
    assert_eq!(articles(index, "\"مدينة اللطامنة وكفر زيتا\""), [2]);
}

#[test]
fn proclitics_do_not_matter() {
    let index = shared();
    for q in ["الطائرات", "بالطائرات", "طائرات", "وللطائرات"] {
        assert_eq!(articles(index, q), [1, 3, 4], "{q}");
    }
}

#[test]
fn stems_find_other_forms_below_exact_matches() {
    let index = shared();
    assert_eq!(articles(index, "غارة"), [4, 7]);
    let opts = SearchOptions {
        kind: Some(HitKind::Article),
        ..Default::default()
    };
    let hits = search_with(index, "غارة", &opts);
    assert_eq!(hits[0].article_key, 7, "the exact form ranks first");
    // The snippet marks the stemmed match too.
    let h4 = hits.iter().find(|h| h.article_key == 4).unwrap();
    assert_eq!(h4.snippet.to_marked("«", "»").matches("«غارات»").count(), 1);
}

#[test]
fn phrases_match_only_the_exact_sequence() {
    let index = shared();
    assert_eq!(articles(index, "قصف مدفعي"), [2, 6]);
    assert_eq!(articles(index, "\"قصف مدفعي\""), [2]);
    assert_eq!(articles(index, "\"مدفعي قصف\""), Vec::<i64>::new());
    assert_eq!(articles(index, "«ريف حماة الشمالي»"), [1]);
    assert_eq!(articles(index, "\"ريف الشمالي\""), Vec::<i64>::new());
}

#[test]
fn spelling_variants_do_not_matter() {
    let index = shared();
    assert_eq!(articles(index, "اريحا"), [3]);
    assert_eq!(articles(index, "أريحا"), [3]);
    assert_eq!(articles(index, "حماه"), [1, 5]);
    assert_eq!(articles(index, "مستشفي"), [5]);
    assert_eq!(articles(index, "المسيرة"), [3]);
    assert_eq!(articles(index, "مَدَنِيّين"), [1, 3]);
    assert_eq!(articles(index, "مـــدنيين"), [1, 3]);
    assert_eq!(articles(index, "ادلب"), [3, 6]);
}

#[test]
fn snippets_show_the_original_with_highlights_on_the_matched_words() {
    let index = shared();
    let hits = search_with(index, "الطائرات كفرزيتا", &SearchOptions::default());
    let article = hits.iter().find(|h| h.kind == HitKind::Article).unwrap();
    assert_eq!(article.article_key, 1);
    let s = &article.snippet;
    assert!(
        text_of(1).contains(&s.text),
        "{:?} is a piece of the original",
        s.text
    );
    let marked: Vec<&str> = s.highlights.iter().map(|r| &s.text[r.clone()]).collect();
    assert_eq!(marked, ["الطائراتُ", "كفر زيتا"]);
    assert!(s
        .to_marked("«", "»")
        .contains("«الطائراتُ» الحربيّة الروسيّة بلدة «كفر زيتا»"));

    let hits = search_with(index, "اريحا مسيرة", &SearchOptions::default());
    let s = &hits[0].snippet;
    let marked: Vec<&str> = s.highlights.iter().map(|r| &s.text[r.clone()]).collect();
    assert_eq!(marked, ["المسيّرة", "أريحا"]);
}

#[test]
fn snippet_highlights_are_sorted_disjoint_char_ranges() {
    let index = shared();
    for q in [
        "الطائرات",
        "كفر زيتا",
        "غارة",
        "\"قصف مدفعي\"",
        "مدينة",
        "حماة مستشفى",
    ] {
        for h in search_with(index, q, &SearchOptions::default()) {
            let s = &h.snippet;
            let mut end = 0;
            for r in &s.highlights {
                assert!(r.start >= end && r.start < r.end, "{q}: {:?}", s.highlights);
                assert!(s.text.is_char_boundary(r.start) && s.text.is_char_boundary(r.end));
                end = r.end;
            }
        }
    }
}

#[test]
fn a_title_only_match_gets_a_snippet_from_the_title() {
    let index = shared();
    let hits = search_with(index, "ضربات", &SearchOptions::default());
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].snippet.to_marked("[", "]"), "[ضربات] للتحالف شرق سوريا");
}

#[test]
fn long_texts_give_bounded_snippets() {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open_or_create(dir.path(), heads()).unwrap();
    let mut w = index.writer(MIN_WRITER_HEAP).unwrap();
    let filler = "وأفاد مراسلون بأن الأوضاع الإنسانية تزداد سوءاً في المخيمات. ".repeat(20);
    let text = format!("{filler}وقصفت الطائرات الحربية بلدة كفر زيتا صباح اليوم. {filler}");
    w.add_article(&ArticleDoc {
        key: 1,
        title: "تقرير",
        text: &text,
        outlet: "",
        published: None,
    })
    .unwrap();
    w.commit(1).unwrap();
    let opts = SearchOptions {
        snippet_bytes: 200,
        ..Default::default()
    };
    let hit = &search_with(&index, "كفرزيتا", &opts)[0];
    assert!(hit.snippet.text.len() <= 200, "{}", hit.snippet.text.len());
    assert!(hit.snippet.to_marked("«", "»").contains("«كفر زيتا»"));
    // With nothing to highlight, the start of the text, cut at a space.
    let lead = Snippets::new(&analyzer(), Default::default(), index.fields.text, 200).lead(&text);
    assert!(lead.highlights.is_empty());
    assert!(lead.text.len() <= 200 && text.starts_with(&lead.text));
    assert!(text[lead.text.len()..].starts_with(' '));
}

#[test]
fn exclusions_remove_documents() {
    let index = shared();
    assert_eq!(articles(index, "مدينة"), [2, 3, 4, 5]);
    assert_eq!(articles(index, "مدينة -حماة"), [2, 3, 4]);
    assert_eq!(articles(index, "مدينة -\"دير الزور\" -أريحا"), [2, 5]);
    assert_eq!(articles(index, "كفرزيتا -\"كفر زيتا\""), Vec::<i64>::new());
}

#[test]
fn queries_with_nothing_to_find_are_an_error_never_a_panic() {
    let index = shared();
    for q in [
        "",
        "   ",
        "في",
        "في من على",
        "\"\"",
        "-حماة",
        "،",
        "- -- «»",
        "\"،\"",
    ] {
        match index.search(q, &SearchOptions::default()) {
            Err(IndexError::EmptyQuery) => {}
            other => panic!("{q:?}: {other:?}"),
        }
    }
    // A stopword inside a phrase is searched for.
    assert_eq!(articles(index, "\"في محيط\""), [3]);
    // Stopwords next to real words are dropped, not required.
    assert_eq!(articles(index, "وفي أريحا"), [3]);
}

#[test]
fn filters_by_kind_date_and_outlet() {
    let index = shared();
    let all = search_with(index, "كفرزيتا", &SearchOptions::default());
    assert_eq!(all.len(), 3);
    let evidence: Vec<&Hit> = all.iter().filter(|h| h.kind == HitKind::Evidence).collect();
    assert_eq!(evidence.len(), 1);
    assert_eq!((evidence[0].article_key, evidence[0].event_key), (1, Some(100)));
    assert_eq!(evidence[0].snippet.text, EVIDENCE_TEXT);

    let only = |kind, since: Option<&str>, until: Option<&str>, outlet: Option<&str>| {
        let opts = SearchOptions {
            kind,
            since: since.map(str::to_string),
            until: until.map(str::to_string),
            outlet: outlet.map(str::to_string),
            ..Default::default()
        };
        let mut v: Vec<(HitKind, i64)> = search_with(index, "مدينة كفرزيتا قصف", &opts)
            .iter()
            .chain(&search_with(index, "مدينة", &opts))
            .chain(&search_with(index, "كفرزيتا", &opts))
            .map(|h| (h.kind, h.article_key))
            .collect();
        v.sort_by_key(|(k, a)| (*a, *k == HitKind::Evidence));
        v.dedup();
        v
    };
    use HitKind::{Article as A, Evidence as E};
    assert_eq!(only(Some(E), None, None, None), [(E, 1)]);
    assert_eq!(
        only(None, Some("2024-03-02"), None, None),
        [(A, 2), (A, 3), (A, 4)]
    );
    assert_eq!(only(None, None, Some("2024-03-01"), None), [(A, 1), (E, 1)]);
    assert_eq!(
        only(None, Some("2024-03-05"), Some("2024-03-10"), None),
        [(A, 2), (A, 3)]
    );
    assert_eq!(only(None, None, None, Some("smart")), [(A, 2), (A, 4)]);
    let bad = SearchOptions {
        since: Some("1 March".into()),
        ..Default::default()
    };
    assert!(matches!(index.search("حماة", &bad), Err(IndexError::BadDate(_))));
}

#[test]
fn limit_and_offset_page_through_hits() {
    let index = shared();
    let all = search_with(index, "مدينة", &SearchOptions::default());
    assert_eq!(all.len(), 4);
    let page = |offset, limit| -> Vec<i64> {
        let opts = SearchOptions {
            offset,
            limit,
            ..Default::default()
        };
        search_with(index, "مدينة", &opts)
            .iter()
            .map(|h| h.article_key)
            .collect()
    };
    let order: Vec<i64> = all.iter().map(|h| h.article_key).collect();
    assert_eq!(page(0, 2), order[..2]);
    assert_eq!(page(2, 2), order[2..]);
    assert!(page(0, 0).is_empty());
    assert!(all.windows(2).all(|p| p[0].score >= p[1].score));
}

// ------------------------------------------------------------ durability

#[test]
fn the_commit_payload_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open_or_create(dir.path(), heads()).unwrap();
    assert_eq!(index.committed_upto().unwrap(), None);
    assert!(!index.needs_rebuild().unwrap());
    let mut w = index.writer(0).unwrap();
    add_all(&mut w);
    w.commit(7).unwrap();
    assert_eq!(index.committed_upto().unwrap(), Some(7));
    assert_eq!(index.num_docs(), 8);
    w.commit(-3).unwrap();
    assert_eq!(index.committed_upto().unwrap(), Some(-3));
    drop(w);
    drop(index);
    let index = Index::open_or_create(dir.path(), heads()).unwrap();
    assert_eq!(index.committed_upto().unwrap(), Some(-3));
    assert_eq!(index.num_docs(), 8);
    assert!(!index.needs_rebuild().unwrap());
    // Other heads make other terms: the index must be rebuilt.
    drop(index);
    let fewer: HashSet<String> = ["دير".to_string()].into();
    let index = Index::open_or_create(dir.path(), &fewer).unwrap();
    assert!(index.needs_rebuild().unwrap());
}

#[test]
fn delete_article_from_removes_articles_and_evidence_from_the_key_on() {
    let (_dir, index) = corpus();
    let mut w = index.writer(MIN_WRITER_HEAP).unwrap();
    w.delete_article_from(4).unwrap();
    // Not visible before the commit.
    assert_eq!(index.num_docs(), 8);
    w.commit(3).unwrap();
    assert_eq!(index.num_docs(), 4);
    assert_eq!(articles(&index, "مدينة"), [2, 3]);
    assert_eq!(search_with(&index, "كفرزيتا", &SearchOptions::default()).len(), 3);
    w.delete_article_from(1).unwrap();
    w.commit(0).unwrap();
    assert_eq!(index.num_docs(), 0);
    // Documents added before the delete in the same batch go too; those
    // added after it stay.
    add_all(&mut w);
    w.delete_article_from(2).unwrap();
    w.add_article(&ArticleDoc {
        key: 9,
        title: "حماة",
        text: "",
        outlet: "",
        published: None,
    })
    .unwrap();
    w.commit(9).unwrap();
    assert_eq!(articles(&index, "حماة"), [1, 9]);
    assert_eq!(index.num_docs(), 3);
}

#[test]
fn delete_evidence_of_keeps_the_article() {
    let (_dir, index) = corpus();
    let mut w = index.writer(MIN_WRITER_HEAP).unwrap();
    w.delete_evidence_of(1).unwrap();
    w.commit(7).unwrap();
    let hits = search_with(&index, "كفرزيتا", &SearchOptions::default());
    let mut found: Vec<(HitKind, i64)> = hits.iter().map(|h| (h.kind, h.article_key)).collect();
    found.sort_by_key(|(_, a)| *a);
    assert_eq!(found, [(HitKind::Article, 1), (HitKind::Article, 2)]);
    w.delete_article(2).unwrap();
    w.commit(7).unwrap();
    assert_eq!(articles(&index, "كفرزيتا"), [1]);
}

#[test]
fn work_not_committed_is_gone_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = Index::open_or_create(dir.path(), heads()).unwrap();
        let mut w = index.writer(MIN_WRITER_HEAP).unwrap();
        add_all(&mut w);
        w.commit(7).unwrap();
        w.add_article(&ArticleDoc {
            key: 8,
            title: "خبر لم يُحفظ",
            text: "قصفت الطائرات بلدة كفر زيتا مجدداً.",
            outlet: "",
            published: None,
        })
        .unwrap();
        w.delete_article_from(5).unwrap();
        // Dropped without commit, as in a crash.
    }
    let index = Index::open_or_create(dir.path(), heads()).unwrap();
    assert_eq!(index.committed_upto().unwrap(), Some(7));
    assert_eq!(index.num_docs(), 8);
    assert_eq!(articles(&index, "كفرزيتا"), [1, 2]);
    // A second handle sees the first one's commits once it reloads.
    let other = Index::open_or_create(dir.path(), heads()).unwrap();
    // The store's recovery: roll back past the payload and go on.
    let mut w = index.writer(MIN_WRITER_HEAP).unwrap();
    w.delete_article_from(8).unwrap();
    w.delete_article_from(7).unwrap();
    w.commit(6).unwrap();
    w.close().unwrap();
    assert_eq!(index.num_docs(), 7);
    assert_eq!(other.num_docs(), 8);
    other.reload().unwrap();
    assert_eq!(other.num_docs(), 7);
    assert_eq!(other.committed_upto().unwrap(), Some(6));
}

#[test]
fn an_index_of_other_fields_is_refused_not_mixed() {
    let dir = tempfile::tempdir().unwrap();
    let mut b = tantivy::schema::Schema::builder();
    b.add_text_field("body", tantivy::schema::TEXT);
    tantivy::Index::create_in_dir(dir.path(), b.build()).unwrap();
    match Index::open_or_create(dir.path(), heads()) {
        Err(IndexError::SchemaMismatch(p)) => assert_eq!(p, dir.path()),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("opened an index of other fields"),
    }
}

#[test]
fn the_index_can_be_shared_between_threads() {
    fn shareable<T: Send + Sync>() {}
    fn sendable<T: Send>() {}
    shareable::<Index>();
    sendable::<Writer>();
}

#[test]
fn a_bad_date_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open_or_create(dir.path(), heads()).unwrap();
    let mut w = index.writer(MIN_WRITER_HEAP).unwrap();
    for bad in ["2024/03/01", "2024-13-01", "2024-03-1", "١٢", ""] {
        let doc = ArticleDoc {
            key: 1,
            title: "",
            text: "",
            outlet: "",
            published: Some(bad),
        };
        assert!(
            matches!(w.add_article(&doc), Err(IndexError::BadDate(_))),
            "{bad}"
        );
    }
    assert_eq!(parse_date("2024-03-01T10:00:00Z").unwrap(), 20240301);
}

// -------------------------------------------------------------- properties

fn arabic_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("كفر ".to_string()),
        Just("كفر".to_string()),
        Just("زيتا".to_string()),
        Just("وبالطائرات".to_string()),
        Just("لل".to_string()),
        Just("\u{064E}".to_string()),
        Just("\u{0651}".to_string()),
        Just("ـ".to_string()),
        Just("ﻻ".to_string()),
        Just("ﺃ".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("،".to_string()),
        Just("«".to_string()),
        Just("3.5".to_string()),
        Just("١٢".to_string()),
        Just("\u{200F}".to_string()),
        Just("ÉTAT".to_string()),
        Just("İ".to_string()),
        "\\PC",
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn tokens_slice_the_original_on_char_boundaries(
        text in prop_oneof![arabic_text(), any::<String>()]
    ) {
        for mode in [Mode::Exact, Mode::Stem, Mode::Highlight] {
            let mut analyzer = TextAnalyzer::from(ArabicTokenizer { analyzer: analyzer(), mode });
            let mut stream = analyzer.token_stream(&text);
            let mut last = 0;
            while let Some(t) = stream.next() {
                prop_assert!(t.offset_from <= t.offset_to && t.offset_to <= text.len());
                prop_assert!(text.is_char_boundary(t.offset_from));
                prop_assert!(text.is_char_boundary(t.offset_to));
                prop_assert!(t.offset_from >= last, "tokens in order of their start");
                prop_assert!(!t.text.is_empty());
                last = t.offset_from;
            }
        }
    }

    #[test]
    fn any_query_is_answered_or_refused_without_panic(
        q in prop_oneof![arabic_text(), any::<String>(), "[-\"« »كفر زيتا]{0,12}"]
    ) {
        match shared().search(&q, &SearchOptions::default()) {
            Ok(hits) => {
                for h in hits {
                    for r in &h.snippet.highlights {
                        prop_assert!(h.snippet.text.get(r.clone()).is_some());
                    }
                }
            }
            Err(IndexError::EmptyQuery) => {}
            Err(e) => prop_assert!(false, "{q:?}: {e}"),
        }
    }
}
