//! The commands, on the bundled examples and on fixtures.

use crate::util::{fixture, jsonl, rasad, rasad_stdin, stderr, stdout};

#[test]
fn places_finds_news_names_and_official_ones() {
    let o = rasad(&["places", "الطبقة", "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = &jsonl(&o)[0];
    assert_eq!(first["id"], "C5929");
    assert_eq!(first["pcode"], "C5929");
    assert_eq!(first["admin1"], "Ar-Raqqa");

    let o = rasad(&["places", "كفر زيتا"]);
    let table = stdout(&o);
    assert!(table.lines().next().unwrap().starts_with("id"), "{table}");
    assert!(table.contains("C3463") && table.contains("Kafr Zeita"), "{table}");

    let o = rasad(&["places", "لا يوجد مكان بهذا الاسم"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no place matches"));
}

#[test]
fn actors_by_alias() {
    let o = rasad(&["actors", "قسد", "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let a = &jsonl(&o)[0];
    assert_eq!(a["id"], "sdf");
    assert_eq!(a["inter"], 2);
}

#[test]
fn mentions_on_the_bundled_examples() {
    let o = rasad(&["mentions", "--format", "jsonl", "examples/"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The windows-1256 file is read and says so.
    assert!(
        stderr(&o).contains("raqqa-mashlab-cp1256.txt: decoded as windows-1256"),
        "{}",
        stderr(&o)
    );
    let lines = jsonl(&o);
    let place_ids = |doc: &str| -> Vec<String> {
        lines
            .iter()
            .filter(|m| m["doc_id"] == doc && m["place"]["status"] == "resolved")
            .map(|m| m["place"]["place"]["id"].as_str().unwrap().to_string())
            .collect()
    };
    let ex1 = place_ids("ex-001");
    for id in ["C3463", "C3458", "C3030", "C3029", "rasad:rif-hama-north"] {
        assert!(ex1.contains(&id.to_string()), "{id} missing from {ex1:?}");
    }
    assert!(place_ids("raqqa-mashlab-cp1256").contains(&"C5710".to_string()));
    // HTML: the article is read, the menu, cookie banner, related links and
    // footer are not (جسر الشغور is only in the "اقرأ أيضا" list).
    let azaz = place_ids("azaz-car-bomb");
    assert!(azaz.contains(&"C1564".to_string()), "{azaz:?}");
    assert!(
        !azaz.contains(&"C4199".to_string()),
        "related links leaked: {azaz:?}"
    );
}

#[test]
fn mention_offsets_are_characters_of_the_original_text() {
    let o = rasad(&["mentions", "--format", "jsonl", "examples/articles.jsonl"]);
    let text: String = {
        let line = std::fs::read_to_string(crate::util::root().join("examples/articles.jsonl")).unwrap();
        let first: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
        first["text"].as_str().unwrap().to_string()
    };
    let chars: Vec<char> = text.chars().collect();
    for m in jsonl(&o).iter().filter(|m| m["doc_id"] == "ex-001") {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice, m["text"].as_str().unwrap());
    }
}

#[test]
fn bad_input_is_reported_and_skipped_never_silently() {
    let mixed = fixture("mixed.jsonl");
    let empty = fixture("empty.txt");
    let o = rasad(&[
        "mentions",
        "--format",
        "jsonl",
        mixed.to_str().unwrap(),
        empty.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("mixed.jsonl:2: article no-text: no \"text\" (skipped)"),
        "{err}"
    );
    assert!(err.contains("mixed.jsonl:3: not JSON"), "{err}");
    assert!(
        err.contains("mixed.jsonl:4: article bad-date: published \"yesterday\" is not YYYY-MM-DD"),
        "{err}"
    );
    assert!(err.contains("empty.txt: empty file (skipped)"), "{err}");
    let docs: Vec<String> = jsonl(&o)
        .iter()
        .map(|m| m["doc_id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        docs.contains(&"good-1".to_string()) && docs.contains(&"bad-date".to_string()),
        "{docs:?}"
    );
}

#[test]
fn standard_input_is_an_article() {
    let o = rasad_stdin(&["mentions", "--format", "jsonl", "-"], "غارات على بلدة كفرنبل");
    let lines = jsonl(&o);
    let town = lines
        .iter()
        .find(|m| m["text"] == "كفرنبل")
        .expect("كفرنبل found");
    assert_eq!(town["doc_id"], "stdin");
    assert_eq!(town["place"]["place"]["id"], "C4068");
    // على also spells a village name (العلي); a preposition is never one.
    assert!(lines.iter().all(|m| m["text"] != "على"), "{lines:?}");
}

#[test]
fn a_user_pack_extends_the_gazetteer() {
    let dir = std::env::temp_dir().join(format!("rasad-user-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("places_extra.tsv"),
        "id\tkind\tname_ar\tname_en\tadmin1\tadmin2\tlat\tlon\tprecision\taliases\tsource\n\
         rasad:test-hill\tsite\tتلة الاختبار\tTest Hill\tHama\tHama\t35.2\t36.7\t1\t\tuser\n",
    )
    .unwrap();
    let o = rasad(&[
        "--pack",
        dir.to_str().unwrap(),
        "places",
        "تلة الاختبار",
        "--format",
        "jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(jsonl(&o)[0]["id"], "rasad:test-hill");
    let o = rasad(&["--pack", "/nonexistent/rasad-pack", "places", "حلب"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("does not exist or is not a directory"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(dir).unwrap();
}
