//! `rasad extract`: the interface of issue 3, and the dev-gold figures.

use std::process::Command;

use serde_json::Value;

use crate::util::{fixture, jsonl, rasad, rasad_stdin, root, stderr, stdout};

/// events.md §1: the record's fields, exactly.
const FIELDS: [&str; 15] = [
    "doc_id",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor1",
    "assoc_actor2",
    "location",
    "event_date",
    "time_precision",
    "fatalities",
    "injuries",
    "reported_by",
    "evidence",
    "confidence",
];

#[test]
fn jsonl_records_have_exactly_the_contract_fields() {
    let o = rasad(&["extract", "--format", "jsonl", "examples/"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let events = jsonl(&o);
    assert!(
        events.len() >= 8,
        "only {} events from the examples",
        events.len()
    );
    let want: Vec<&str> = FIELDS.to_vec();
    for e in &events {
        let mut keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut w = want.clone();
        w.sort_unstable();
        assert_eq!(keys, w);
        let loc: Vec<&str> = e["location"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        for k in [
            "name",
            "name_en",
            "admin1",
            "admin2",
            "lat",
            "lon",
            "geo_precision",
            "place_id",
        ] {
            assert!(loc.contains(&k), "location lacks {k}");
        }
    }
    // The HTML example: the car bomb in A'zaz, from the article, not its menus.
    let azaz: Vec<&Value> = events.iter().filter(|e| e["doc_id"] == "azaz-car-bomb").collect();
    assert_eq!(azaz.len(), 1, "{azaz:#?}");
    assert_eq!(azaz[0]["sub_event_type"], "Remote explosive/landmine/IED");
    assert_eq!(azaz[0]["location"]["place_id"], "C1564");
    assert_eq!(azaz[0]["fatalities"], 5);
}

#[test]
fn a_bad_line_is_reported_skipped_and_the_exit_code_says_so() {
    let mixed = fixture("mixed.jsonl");
    let o = rasad(&["extract", "--format", "jsonl", mixed.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "some input was skipped");
    let err = stderr(&o);
    assert!(
        err.contains("mixed.jsonl:2: article no-text: no \"text\" (skipped)"),
        "{err}"
    );
    assert!(err.contains("mixed.jsonl:3: not JSON"), "{err}");
    let docs: Vec<String> = jsonl(&o)
        .iter()
        .map(|e| e["doc_id"].as_str().unwrap().to_string())
        .collect();
    assert!(docs.contains(&"good-1".to_string()), "{docs:?}");
    // All input read: exit 0.
    let o = rasad(&["extract", "--format", "jsonl", "examples/articles.jsonl"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn pub_date_resolves_relative_dates_of_undated_files() {
    let dir = std::env::temp_dir().join(format!("rasad-extract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("wire.txt");
    std::fs::write(
        &file,
        "قتل خمسة مدنيين أمس الخميس في غارات جوية على بلدة كفرنبل بريف إدلب الجنوبي.",
    )
    .unwrap();
    let o = rasad(&[
        "extract",
        "--format",
        "jsonl",
        "--pub-date",
        "2019-05-10",
        file.to_str().unwrap(),
    ]);
    let e = &jsonl(&o)[0];
    assert_eq!(e["doc_id"], "wire");
    assert_eq!(e["event_date"], "2019-05-09");
    assert_eq!(e["fatalities"], 5);
    let o = rasad(&["extract", "--format", "jsonl", file.to_str().unwrap()]);
    assert_eq!(
        jsonl(&o)[0]["event_date"],
        Value::Null,
        "no publication date: no relative date"
    );
    let o = rasad(&["extract", "--pub-date", "10/05/2019", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--pub-date \"10/05/2019\" is not YYYY-MM-DD"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn unresolved_lists_place_names_with_counts() {
    let text = "قصفت الطائرات قرية تل الزعتر الشرقي بريف حماة، ثم عادت لقصف قرية تل الزعتر الشرقي مساءً.";
    let o = rasad_stdin(&["extract", "--unresolved", "--format", "jsonl", "-"], text);
    let lines = jsonl(&o);
    assert_eq!(lines[0]["name"], "تل الزعتر الشرقي");
    assert_eq!(lines[0]["count"], 2);
}

#[test]
fn the_table_is_for_people() {
    let o = rasad(&["extract", "--format", "table", "examples/articles.jsonl"]);
    let out = stdout(&o);
    let header = out.lines().next().unwrap();
    assert!(
        header.starts_with("doc") && header.contains("event") && header.contains("place"),
        "{header}"
    );
    assert!(
        out.contains("Air/drone strike") && out.contains("كفر نبل") || out.contains("كفر زيتا"),
        "{out}"
    );
}

/// Runs the official scorer on `rasad extract` output; None when python3
/// or ../shared is missing.
fn score(articles: &std::path::Path, gold: &std::path::Path) -> Option<Value> {
    let o = rasad(&["extract", "--format", "jsonl", articles.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Tests run in parallel in one process: each scoring has its own file.
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let pred = std::env::temp_dir().join(format!("rasad-pred-{}-{run}.jsonl", std::process::id()));
    std::fs::write(&pred, &o.stdout).unwrap();
    let scorer = root().join("../shared/tools/score_events.py");
    let out = Command::new("python3")
        .arg(&scorer)
        .args(["--gold", gold.to_str()?, "--pred", pred.to_str()?, "--json"])
        .output()
        .ok()?;
    std::fs::remove_file(&pred).ok();
    serde_json::from_slice(&out.stdout).ok()
}

#[test]
fn dev_gold_meets_the_issue_targets() {
    let shared = crate::require_shared!();
    let dev = shared.join("data/dev");
    let Some(s) = score(&dev.join("seed_articles.jsonl"), &dev.join("seed_gold.jsonl")) else {
        eprintln!("skipped: python3 is not available to run the scorer");
        return;
    };
    eprintln!("dev gold: {s}");
    let f1 = s["detection"]["f1"].as_f64().unwrap();
    let full = s["full"]["f1"].as_f64().unwrap();
    assert!(f1 >= 0.90 && full >= 0.75, "detection F1 {f1}, full F1 {full}");
    // Measured 0.974 / 0.974 (one false alarm): a floor that catches a
    // rule adding one more, which the issue's targets alone let pass.
    assert!(
        f1 >= 0.95 && full >= 0.95,
        "detection F1 {f1}, full F1 {full}: the dev gold regressed"
    );
}

/// A fixture set (`articles.jsonl` and `gold.jsonl` in `fixtures/DIR`)
/// scores at least `floor`.
fn set_holds_floor(label: &str, dir: &str, floor: (f64, f64)) {
    let set = fixture(dir);
    holds_floor(label, &set.join("articles.jsonl"), &set.join("gold.jsonl"), floor);
}

/// Scores `articles` against `gold` and holds the figures above a floor:
/// the figures measured when the floor was last raised, less a margin, to
/// catch regressions in rules the dev set does not exercise.
fn holds_floor(name: &str, articles: &std::path::Path, gold: &std::path::Path, floor: (f64, f64)) {
    let Some(s) = score(articles, gold) else {
        eprintln!("skipped: python3 is not available to run the scorer");
        return;
    };
    eprintln!("{name}: {s}");
    let f1 = s["detection"]["f1"].as_f64().unwrap();
    let full = s["full"]["f1"].as_f64().unwrap();
    assert!(
        f1 >= floor.0 && full >= floor.1,
        "{name}: detection F1 {f1}, full F1 {full}, floor {floor:?}"
    );
}

/// 24 articles written for the project with gold by events.md (measured
/// detection 0.885, full 0.737; many rules were found on them, so they
/// flatter).
#[test]
fn project_test_articles_do_not_regress() {
    // The scorer lives in ../shared.
    crate::require_shared!();
    set_holds_floor("project test articles", "events", (0.87, 0.76));
}

/// 12 articles written and annotated by helpers who never saw the rules
/// (measured detection 0.904, full 0.726; errors on them have since been
/// read, so they are no longer blind).
#[test]
fn blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("blind articles", "blind", (0.89, 0.79));
}

/// 18 more articles written and annotated by helpers who never saw the
/// rules (at first sight detection 0.735, full 0.332; measured 0.795 /
/// 0.416 since rules were found on them).
#[test]
fn second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("second blind articles", "blind2", (0.84, 0.62));
}

/// A third such set, 12 articles, scored at first sight with the rules of
/// dbe9f40: detection 0.841, full 0.502 (the rules of the session before:
/// 0.810 / 0.430).
#[test]
fn third_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("third blind articles", "blind3", (0.85, 0.70));
}

/// A fourth set, 16 articles by two helpers, scored at first sight with
/// the rules of 9eed443: detection 0.726, full 0.402 (the rules of the
/// session start: 0.732 / 0.409); 0.843 / 0.504 after rules found on it.
#[test]
fn fourth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fourth blind articles", "blind4", (0.83, 0.61));
}

/// A fifth set, 14 articles by two helpers, scored at first sight with the
/// rules of ee1f8b3: detection 0.843, full 0.530 (the rules of the
/// session's start, d81126b: 0.848 / 0.509).
#[test]
fn fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifth blind articles", "blind5", (0.88, 0.73));
}

/// A sixth set, 16 articles by two helpers, scored at first sight with the
/// rules of 8f3392c: detection 0.802, full 0.481 (the rules of the
/// session's start, c8762b5: 0.797 / 0.475); 0.835 / 0.591 after rules
/// found on it.
#[test]
fn sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixth blind articles", "blind6", (0.81, 0.61));
}

/// A seventh set, 16 articles by two helpers written this session, scored
/// at first sight with the rules of 36032a1: detection 0.804, full 0.555.
#[test]
fn seventh_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("seventh blind articles", "blind7", (0.82, 0.64));
}

/// An eighth set, 16 articles by two helpers, written while the rules of
/// the seventh were made and scored at first sight with them (7267593 and
/// the two rules of the commit after it): detection 0.787, full 0.442; the
/// rules of the session's start (36032a1): 0.790 / 0.444.
#[test]
fn eighth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("eighth blind articles", "blind8", (0.78, 0.54));
}

/// A ninth set, 12 articles by two helpers, written at the end of the
/// session that made the rules of blind7 and blind8 and scored at first
/// sight with them (e136435): detection 0.871, full 0.516; the rules of
/// the session's start (36032a1): 0.871 / 0.500.
#[test]
fn ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("ninth blind articles", "blind9", (0.85, 0.49));
}

/// A tenth set, 12 articles by two helpers, written at the start of the
/// fifth session of 4 Dec and scored at first sight with the rules of the
/// session's start (d61074d): detection 0.773, full 0.509.
#[test]
fn tenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("tenth blind articles", "blind10", (0.80, 0.58));
}

/// An eleventh set, 12 articles by two helpers, written while the rules
/// of blind10 were made and scored at first sight with them (ed7c48f):
/// detection 0.814, full 0.584; the rules of the session's start
/// (d61074d): 0.814 / 0.593.
#[test]
fn eleventh_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("eleventh blind articles", "blind11", (0.80, 0.57));
}

/// A twelfth set, 12 articles by two helpers, written at the start of the
/// sixth session of 4 Dec and scored at first sight with the rules of the
/// session's start (2c74ceb): detection 0.830, full 0.491.
#[test]
fn twelfth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twelfth blind articles", "blind12", (0.86, 0.63));
}

/// A thirteenth set, 12 articles by two helpers, written while the rules
/// of blind12 were made and scored at first sight with them (26aca17):
/// detection 0.832, full 0.547; the rules of the session's start
/// (2c74ceb): 0.815 / 0.529.
#[test]
fn thirteenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirteenth blind articles", "blind13", (0.84, 0.65));
}

#[test]
fn fourteenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fourteenth blind articles", "blind14", (0.86, 0.68));
}

#[test]
fn fifteenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifteenth blind articles", "blind15", (0.77, 0.54));
}

/// A sixteenth set, 12 articles by two helpers, scored at first sight in
/// the session of 5 Dec (4564c79): detection 0.751, full 0.534.
#[test]
fn sixteenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixteenth blind articles", "blind16", (0.88, 0.62));
}

/// A seventeenth set, 12 articles by two helpers, scored at first sight in
/// the session of 5 Dec (c6c08f5): detection 0.798, full 0.550; the rules
/// of the session's start (e995dc3): 0.780 / 0.541.
#[test]
fn seventeenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("seventeenth blind articles", "blind17", (0.80, 0.54));
}

/// An eighteenth set, 12 articles by two helpers, scored at first sight in
/// the session of 5 Dec, second part (a9bf38f): detection 0.740, full
/// 0.612; the rules of the session's start (d1e16d5): 0.740 / 0.575.
#[test]
fn eighteenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("eighteenth blind articles", "blind18", (0.85, 0.78));
}

/// A nineteenth set, 12 articles by two helpers, scored at first sight in
/// the session of 5 Dec, third part (b4f295a): detection 0.663, full 0.423;
/// after that session's rules (8a9cd4a): 0.813 / 0.607.
#[test]
fn nineteenth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("nineteenth blind articles", "blind19", (0.80, 0.59));
}

/// A twentieth set, 12 articles by two helpers, scored at first sight in
/// the session of 5 Dec, fourth part (24e5888): detection 0.782, full 0.554.
#[test]
fn twentieth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twentieth blind articles", "blind20", (0.80, 0.58));
}

/// 80 real Baly articles annotated blind (measured detection 0.606, full
/// 0.229): web pages with their menus, the hardest set. The articles are
/// rebuilt from ../shared as `tools/baly_articles.py` does.
#[test]
fn real_baly_articles_do_not_regress() {
    let shared = crate::require_shared!();
    let gold = fixture("baly").join("gold.jsonl");
    let mut articles = String::new();
    for line in std::fs::read_to_string(&gold).unwrap().lines() {
        let g: Value = serde_json::from_str(line).unwrap();
        let id = g["doc_id"].as_str().unwrap();
        let (claim, i) = id.rsplit_once('-').unwrap();
        let i: usize = i.parse().unwrap();
        let path = shared.join("data/baly2018/claims").join(format!("{claim}.json"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} is absent", path.display());
            return;
        };
        let c: Value = serde_json::from_str(&text).unwrap();
        let article = serde_json::json!({
            "id": id,
            "text": c["article"][i],
            "url": c["url"][i],
            "published": g["published"],
        });
        articles.push_str(&article.to_string());
        articles.push('\n');
    }
    let path = std::env::temp_dir().join(format!("rasad-baly-{}.jsonl", std::process::id()));
    std::fs::write(&path, articles).unwrap();
    holds_floor("Baly articles", &path, &gold, (0.59, 0.26));
    std::fs::remove_file(&path).ok();
}

/// A twenty-first set, 12 articles by two helpers, scored at first sight in
/// the session of 5 Dec, fifth part (2d69a3d): detection 0.816, full 0.612.
#[test]
fn twenty_first_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-first blind articles", "blind21", (0.82, 0.62));
}

/// A twenty-second set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, fifth part (578a1cd): detection 0.788, full 0.615.
#[test]
fn twenty_second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-second blind articles", "blind22", (0.77, 0.60));
}

/// A twenty-third set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, sixth part (7504ce1): detection 0.807, full 0.541.
#[test]
fn twenty_third_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-third blind articles", "blind23", (0.86, 0.70));
}

/// A twenty-fourth set, 12 articles by two helpers, scored at first sight
/// at the end of the session of 5 Dec, sixth part (6efb2b7): detection
/// 0.792, full 0.585 (the session's start, 7504ce1: 0.789 / 0.582).
#[test]
fn twenty_fourth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-fourth blind articles", "blind24", (0.77, 0.56));
}

/// A twenty-fifth set, 12 articles by two helpers, scored at first sight
/// early in the session of 5 Dec, seventh part (04e918a): detection 0.841,
/// full 0.673.
#[test]
fn twenty_fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-fifth blind articles", "blind25", (0.86, 0.79));
}

/// A twenty-sixth set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, seventh part (c0c1351): detection 0.843, full
/// 0.657 (the session's start, e558d1f: 0.837 / 0.660).
#[test]
fn twenty_sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-sixth blind articles", "blind26", (0.86, 0.69));
}

/// A twenty-seventh set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, eighth part (c8fbf5d): detection 0.804, full
/// 0.565.
#[test]
fn twenty_seventh_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-seventh blind articles", "blind27", (0.89, 0.77));
}

/// A twenty-eighth set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, eighth part (7e741fd): detection 0.862, full
/// 0.707 (the session's start, c8fbf5d: 0.859 / 0.707).
#[test]
fn twenty_eighth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-eighth blind articles", "blind28", (0.90, 0.75));
}

/// A twenty-ninth set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, eighth part (eb30c26): detection 0.810, full
/// 0.564 (the session's start, c8fbf5d: 0.800 / 0.545).
#[test]
fn twenty_ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("twenty-ninth blind articles", "blind29", (0.89, 0.68));
}

/// A thirtieth set, 12 articles by two helpers, scored at first sight in
/// the session of 5 Dec, ninth part (its start, c5eec70): detection 0.791,
/// full 0.663.
#[test]
fn thirtieth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirtieth blind articles", "blind30", (0.84, 0.72));
}

/// A thirty-first set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, ninth part (b7ea2a7): detection 0.862, full
/// 0.718 (the session's start, c5eec70: 0.874 / 0.732).
#[test]
fn thirty_first_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-first blind articles", "blind31", (0.86, 0.73));
}

/// A thirty-second set, 12 articles by two helpers, scored at first sight
/// in the session of 5 Dec, ninth part (d9fb8f1): detection 0.878, full
/// 0.646 (the session's start, c5eec70: 0.859 / 0.638).
#[test]
fn thirty_second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-second blind articles", "blind32", (0.88, 0.70));
}

/// A thirty-third set, 12 articles by two helpers, scored at first sight
/// in the session of 6 Dec with the binary of its start (e7a2f41):
/// detection 0.883, full 0.702.
#[test]
fn thirty_third_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-third blind articles", "blind33", (0.89, 0.74));
}

/// A thirty-fourth set, scored at first sight like the thirty-third:
/// detection 0.829, full 0.608.
#[test]
fn thirty_fourth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-fourth blind articles", "blind34", (0.87, 0.70));
}

/// A thirty-fifth set, written while the thirty-third and -fourth were
/// worked on and scored at first sight at b14d297:
/// detection 0.844, full 0.678 (e7a2f41: the same).
#[test]
fn thirty_fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-fifth blind articles", "blind35", (0.85, 0.69));
}

/// A thirty-sixth set, scored at first sight like the thirty-fifth:
/// detection 0.852, full 0.734 (e7a2f41: 0.852 / 0.722).
#[test]
fn thirty_sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-sixth blind articles", "blind36", (0.85, 0.74));
}

/// A thirty-seventh set, written while the session of 6 Dec wrote its
/// rules and scored at first sight with them all (87ab562): detection
/// 0.907, full 0.732 (e7a2f41, the session's start: 0.902 / 0.728).
#[test]
fn thirty_seventh_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-seventh blind articles", "blind37", (0.89, 0.71));
}

/// A thirty-eighth set, scored at first sight like the thirty-seventh:
/// detection 0.821, full 0.682 (e7a2f41: 0.805 / 0.678).
#[test]
fn thirty_eighth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-eighth blind articles", "blind38", (0.82, 0.68));
}

/// A thirty-ninth set, 12 articles by two helpers, scored at first sight
/// in the session of 6 Dec (second) with the binary of its start
/// (c91a10b): detection 0.845, full 0.753.
#[test]
fn thirty_ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("thirty-ninth blind articles", "blind39", (0.89, 0.83));
}

/// A fortieth set, scored at first sight like the thirty-ninth: detection
/// 0.811, full 0.589.
#[test]
fn fortieth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fortieth blind articles", "blind40", (0.84, 0.64));
}

/// A forty-first set, written while the thirty-ninth and fortieth were
/// worked on and scored at first sight at 2620876: detection 0.848, full
/// 0.691 (c91a10b: the same).
#[test]
fn forty_first_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-first blind articles", "blind41", (0.86, 0.75));
}

/// A forty-second set, scored at first sight like the forty-first:
/// detection 0.871, full 0.667 (c91a10b: 0.876 / 0.681).
#[test]
fn forty_second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-second blind articles", "blind42", (0.86, 0.68));
}

/// A forty-third set, scored at first sight at 74ce7bf: detection 0.855,
/// full 0.717 (c91a10b: 0.832 / 0.694).
#[test]
fn forty_third_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-third blind articles", "blind43", (0.88, 0.75));
}

/// A forty-fourth set, scored at first sight like the forty-third:
/// detection 0.856, full 0.674 (c91a10b: 0.851 / 0.670).
#[test]
fn forty_fourth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-fourth blind articles", "blind44", (0.86, 0.69));
}

/// A forty-fifth set, written while the session of 6 Dec (second) wrote
/// its last rules and scored at first sight with all but the last commit's
/// (05626f8): detection 0.857, full 0.686 (c91a10b: 0.841 / 0.693).
#[test]
fn forty_fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-fifth blind articles", "blind45", (0.89, 0.71));
}

/// A forty-sixth set, scored at first sight like the forty-fifth:
/// detection 0.930, full 0.826 (c91a10b: 0.918 / 0.824).
#[test]
fn forty_sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-sixth blind articles", "blind46", (0.91, 0.80));
}

/// A forty-seventh set, written at the start of the session of 6 Dec
/// (third) and scored at first sight with its starting binary (edb4392):
/// detection 0.765, full 0.612.
#[test]
fn forty_seventh_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-seventh blind articles", "blind47", (0.82, 0.71));
}

/// A forty-eighth set, scored at first sight like the forty-seventh:
/// detection 0.901, full 0.679.
#[test]
fn forty_eighth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-eighth blind articles", "blind48", (0.88, 0.74));
}

/// A forty-ninth set, scored at first sight with d4ea5f0: detection 0.819,
/// full 0.698 (edb4392: 0.813 / 0.693).
#[test]
fn forty_ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("forty-ninth blind articles", "blind49", (0.85, 0.74));
}

/// A fiftieth set, scored at first sight like the forty-ninth: detection
/// 0.830, full 0.705 (edb4392: 0.820 / 0.697).
#[test]
fn fiftieth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fiftieth blind articles", "blind50", (0.88, 0.73));
}

/// A fifty-first set, written late in the session of 6 Dec (third) and
/// scored at first sight with d6e2d7d: detection 0.834, full 0.724
/// (edb4392: 0.824 / 0.703).
#[test]
fn fifty_first_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-first blind articles", "blind51", (0.82, 0.72));
}

/// A fifty-second set, scored at first sight like the fifty-first:
/// detection 0.909, full 0.788 (edb4392: the same).
#[test]
fn fifty_second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-second blind articles", "blind52", (0.91, 0.77));
}

/// A fifty-third set, written at the end of the session of 6 Dec (third)
/// and scored at first sight with its last rules (ed25c96): detection
/// 0.790, full 0.593 (edb4392: 0.785 / 0.601). No rule was written on it.
#[test]
fn fifty_third_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-third blind articles", "blind53", (0.77, 0.57));
}

/// A fifty-fourth set, scored at first sight like the fifty-third:
/// detection 0.857, full 0.646 (edb4392: 0.857 / 0.634).
#[test]
fn fifty_fourth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-fourth blind articles", "blind54", (0.83, 0.62));
}

/// A fifty-fifth set, written at the start of the session of 6 Dec
/// (fourth) and scored at first sight with the session's first binary
/// (2e9dc43): detection 0.854, full 0.714. Rules were then written on it
/// and the fifty-sixth (f181c6d … 23cc4ed).
#[test]
fn fifty_fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-fifth blind articles", "blind55", (0.91, 0.74));
}

/// A fifty-sixth set, from the same hour: detection 0.820, full 0.584
/// (2e9dc43); 0.827 / 0.592 with the two rules of 3a87a70 written before
/// it arrived.
#[test]
fn fifty_sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-sixth blind articles", "blind56", (0.85, 0.66));
}

/// A fifty-seventh set, written while rules were made on the 55th and
/// 56th and scored at first sight with them (cd8153f): detection 0.818,
/// full 0.685 (2e9dc43: 0.804 / 0.659).
#[test]
fn fifty_seventh_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-seventh blind articles", "blind57", (0.81, 0.68));
}

/// A fifty-eighth set, scored at first sight like the fifty-seventh:
/// detection 0.857, full 0.640 (2e9dc43: 0.844 / 0.624).
#[test]
fn fifty_eighth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-eighth blind articles", "blind58", (0.86, 0.64));
}

/// A fifty-ninth set, written in the last hour of the session of 6 Dec
/// (fourth) and scored at first sight with aa06135: detection 0.848, full
/// 0.702 (2e9dc43: the same).
#[test]
fn fifty_ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("fifty-ninth blind articles", "blind59", (0.83, 0.69));
}

/// A sixtieth set, scored at first sight like the fifty-ninth: detection
/// 0.849, full 0.682 (2e9dc43: the same).
#[test]
fn sixtieth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixtieth blind articles", "blind60", (0.84, 0.67));
}

/// A sixty-first set, written at the start of the session of 6 Dec
/// (fifth) and scored at first sight with 1262206: detection 0.809, full
/// 0.659.
#[test]
fn sixty_first_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-first blind articles", "blind61", (0.84, 0.73));
}

/// A sixty-second set, scored at first sight like the sixty-first:
/// detection 0.836, full 0.689.
#[test]
fn sixty_second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-second blind articles", "blind62", (0.85, 0.72));
}

/// A sixty-third set, scored at first sight with 1262206 (detection
/// 0.827, full 0.679) and kept unread while the session's rules were
/// written: the same figures after them.
#[test]
fn sixty_third_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-third blind articles", "blind63", (0.81, 0.66));
}

/// A sixty-fourth set, written in the last hour of the session of 6 Dec
/// (fifth) and scored at first sight with 5ec1e03: detection 0.932, full
/// 0.797 (1262206, the session's start: the same).
#[test]
fn sixty_fourth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-fourth blind articles", "blind64", (0.91, 0.78));
}

/// A sixty-fifth set, written in the last hour of the session of 6 Dec
/// (fifth) and scored at first sight with 9a98974: detection 0.864, full
/// 0.765 (1262206, the session's start: 0.864 / 0.753).
#[test]
fn sixty_fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-fifth blind articles", "blind65", (0.84, 0.74));
}

/// A sixty-sixth set, written in the first minutes of the session of 6 Dec
/// (sixth) and scored at first sight with 120a918: detection 0.830, full
/// 0.742; its errors were then read and mended (e022658: 0.962 / 0.861).
#[test]
fn sixty_sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-sixth blind articles", "blind66", (0.94, 0.84));
}

/// A sixty-seventh set, written beside the sixty-sixth and kept unread as
/// the session's fresh check: 0.926 / 0.832 with 120a918 and with e022658.
#[test]
fn sixty_seventh_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-seventh blind articles", "blind67", (0.90, 0.81));
}

/// A sixty-eighth and a sixty-ninth set, written mid-session (sixth of 6
/// Dec) and scored at first sight with 120a918: 0.889 / 0.737 and 0.912 /
/// 0.772; e022658, after rules found on them: 0.922 / 0.778 and 0.940 /
/// 0.786.
#[test]
fn sixty_eighth_and_sixty_ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("sixty-eighth blind articles", "blind68", (0.90, 0.76));
    set_holds_floor("sixty-ninth blind articles", "blind69", (0.92, 0.76));
}

/// A seventieth to seventy-second set, written at the start of the seventh
/// session of 6 Dec and scored at first sight with f786844: 0.879 / 0.717,
/// 0.862 / 0.751 and 0.873 / 0.609; 79f7d6c, after rules found on them:
/// 0.884 / 0.756, 0.874 / 0.765 and 0.901 / 0.653.
#[test]
fn seventieth_to_seventy_second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("seventieth blind articles", "blind70", (0.86, 0.73));
    set_holds_floor("seventy-first blind articles", "blind71", (0.85, 0.74));
    set_holds_floor("seventy-second blind articles", "blind72", (0.88, 0.63));
}

/// A seventy-third to seventy-fifth set, written mid-session (seventh of 6
/// Dec) and scored at first sight with f786844: 0.915 / 0.734, 0.848 /
/// 0.703 and 0.886 / 0.761. blind73 and blind75 were kept unread (the
/// session's fresh check; 533cb10: 0.910 / 0.730 and 0.904 / 0.780);
/// blind74's errors were read (533cb10: 0.896 / 0.798).
#[test]
fn seventy_third_to_seventy_fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("seventy-third blind articles", "blind73", (0.89, 0.71));
    set_holds_floor("seventy-fourth blind articles", "blind74", (0.87, 0.77));
    set_holds_floor("seventy-fifth blind articles", "blind75", (0.88, 0.76));
}

/// A seventy-sixth to seventy-eighth set, written at the eighth session of
/// 6 Dec and scored at first sight with 3483ad8: 0.864 / 0.710, 0.905 /
/// 0.747 and 0.872 / 0.744. blind78 was kept unread (the session's fresh
/// check: 0.872 / 0.744 at its end too); blind76's and blind77's errors
/// were read (at the session's end 0.917 / 0.762 and 0.924 / 0.826).
#[test]
fn seventy_sixth_to_seventy_eighth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("seventy-sixth blind articles", "blind76", (0.89, 0.74));
    set_holds_floor("seventy-seventh blind articles", "blind77", (0.90, 0.80));
    set_holds_floor("seventy-eighth blind articles", "blind78", (0.85, 0.72));
}

#[test]
fn seventy_ninth_to_eighty_first_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("seventy-ninth blind articles", "blind79", (0.85, 0.74));
    set_holds_floor("eightieth blind articles", "blind80", (0.92, 0.80));
    set_holds_floor("eighty-first blind articles", "blind81", (0.84, 0.73));
}

#[test]
fn eighty_second_to_eighty_sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("eighty-second blind articles", "blind82", (0.94, 0.87));
    set_holds_floor("eighty-third blind articles", "blind83", (0.87, 0.81));
    set_holds_floor("eighty-fourth blind articles", "blind84", (0.92, 0.75));
    set_holds_floor("eighty-fifth blind articles", "blind85", (0.91, 0.80));
    set_holds_floor("eighty-sixth blind articles", "blind86", (0.92, 0.81));
}

#[test]
fn eighty_seventh_to_eighty_ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("eighty-seventh blind articles", "blind87", (0.96, 0.89));
    set_holds_floor("eighty-eighth blind articles", "blind88", (0.93, 0.79));
    set_holds_floor("eighty-ninth blind articles", "blind89", (0.89, 0.68));
}

#[test]
fn ninetieth_to_ninety_second_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("ninetieth blind articles", "blind90", (0.91, 0.83));
    set_holds_floor("ninety-first blind articles", "blind91", (0.89, 0.77));
    set_holds_floor("ninety-second blind articles", "blind92", (0.80, 0.63));
}

#[test]
fn ninety_third_to_ninety_fifth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("ninety-third blind articles", "blind93", (0.95, 0.81));
    set_holds_floor("ninety-fourth blind articles", "blind94", (0.95, 0.83));
    set_holds_floor("ninety-fifth blind articles", "blind95", (0.89, 0.81));
}

/// A ninety-sixth to ninety-eighth set (session of 7 Dec (IV)), at first
/// sight with 3182e47: 0.886 / 0.731, 0.887 / 0.768 and 0.861 / 0.702;
/// 7237656: 0.969 / 0.894, 0.940 / 0.846 and 0.889 / 0.732.
#[test]
fn ninety_sixth_to_ninety_eighth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("ninety-sixth blind articles", "blind96", (0.94, 0.83));
    set_holds_floor("ninety-seventh blind articles", "blind97", (0.92, 0.82));
    set_holds_floor("ninety-eighth blind articles", "blind98", (0.84, 0.68));
}

/// A ninety-ninth and hundredth set (session of 7 Dec (V)), at first sight
/// with 23ee972: 0.868 / 0.792 and 0.928 / 0.783; 2c3c0a8: 0.940 / 0.874
/// and 0.975 / 0.875.
#[test]
fn ninety_ninth_and_hundredth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("ninety-ninth blind articles", "blind99", (0.91, 0.84));
    set_holds_floor("hundredth blind articles", "blind100", (0.95, 0.84));
}

/// A hundred-and-first to hundred-and-third set (session of 7 Dec (VI)), at
/// first sight with c9a24d6: 0.845 / 0.762, 0.852 / 0.781 and 0.908 /
/// 0.748; 499e9be: 0.901 / 0.830, 0.918 / 0.824 and 0.951 / 0.778.
#[test]
fn hundred_and_first_to_third_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("hundred-and-first blind articles", "blind101", (0.87, 0.79));
    set_holds_floor("hundred-and-second blind articles", "blind102", (0.88, 0.78));
    set_holds_floor("hundred-and-third blind articles", "blind103", (0.92, 0.74));
}

/// A hundred-and-fourth to sixth set (sessions of 7 Dec (VI) and (VII)), at
/// first sight with 837b061: 0.906 / 0.780, 0.888 / 0.775 and 0.877 /
/// 0.699; dd9a728: 0.918 / 0.792, 0.950 / 0.863 and 0.952 / 0.786.
#[test]
fn hundred_and_fourth_to_sixth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("hundred-and-fourth blind articles", "blind104", (0.89, 0.76));
    set_holds_floor("hundred-and-fifth blind articles", "blind105", (0.92, 0.83));
    set_holds_floor("hundred-and-sixth blind articles", "blind106", (0.92, 0.75));
}

/// A hundred-and-seventh to ninth set (sessions of 7 Dec (VII) and (VIII)),
/// at first sight with 928b75c: 0.894 / 0.733, 0.877 / 0.787 and 0.843 /
/// 0.735; 3846695: 0.918 / 0.780, 0.929 / 0.852 and 0.897 / 0.788.
#[test]
fn hundred_and_seventh_to_ninth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("hundred-and-seventh blind articles", "blind107", (0.89, 0.75));
    set_holds_floor("hundred-and-eighth blind articles", "blind108", (0.90, 0.82));
    set_holds_floor("hundred-and-ninth blind articles", "blind109", (0.87, 0.76));
}

/// A hundred-and-tenth to twelfth set (sessions of 7 Dec (VIII) and (IX)),
/// at first sight with 17aa57a: 0.796 / 0.656, 0.901 / 0.753 and 0.970 /
/// 0.814; c564223: 0.834 / 0.717, 0.938 / 0.790 and 0.982 / 0.861.
#[test]
fn hundred_and_tenth_to_twelfth_blind_articles_do_not_regress() {
    crate::require_shared!();
    set_holds_floor("hundred-and-tenth blind articles", "blind110", (0.81, 0.69));
    set_holds_floor("hundred-and-eleventh blind articles", "blind111", (0.91, 0.76));
    set_holds_floor("hundred-and-twelfth blind articles", "blind112", (0.95, 0.83));
}
