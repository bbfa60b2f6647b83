use super::*;

fn pack() -> Pack {
    Pack::builtin().expect("the built-in pack loads")
}

/// events.md §3: the canonical ids, their ACLED-style names and inter codes.
const CONTRACT: [(&str, u8); 22] = [
    ("syria_gov", 1),
    ("syria_progov_militia", 3),
    ("russia", 8),
    ("iran", 8),
    ("hezbollah", 8),
    ("us_coalition", 8),
    ("turkey", 8),
    ("isis", 2),
    ("hts", 2),
    ("nusra", 2),
    ("ahrar_sham", 2),
    ("jaysh_islam", 2),
    ("faylaq_rahman", 2),
    ("fsa", 2),
    ("jaysh_usud_sharqiya", 2),
    ("liwa_tawhid", 2),
    ("southern_front", 2),
    ("opposition", 2),
    ("sdf", 2),
    ("ypg", 2),
    ("civilians", 7),
    ("unidentified", 3),
];

#[test]
fn every_contract_actor_exists_with_its_inter_code() {
    let p = pack();
    for (id, inter) in CONTRACT {
        let a = p.actor(id).unwrap_or_else(|| panic!("actor {id} missing"));
        assert_eq!(a.inter, inter, "{id}");
        assert!(!a.aliases.is_empty(), "{id} has no alias");
    }
    // Marked as such, and no other.
    let mut marked: Vec<&str> = p
        .actors
        .iter()
        .filter(|a| a.contract)
        .map(|a| a.id.as_str())
        .collect();
    let mut listed: Vec<&str> = CONTRACT.iter().map(|c| c.0).collect();
    marked.sort_unstable();
    listed.sort_unstable();
    assert_eq!(marked, listed);
    assert_eq!(p.actor("isis").unwrap().name, "Islamic State (Syria)");
    assert_eq!(
        p.actor("jaysh_usud_sharqiya").unwrap().parent.as_deref(),
        Some("fsa")
    );
    assert_eq!(p.actor("fsa").unwrap().parent.as_deref(), Some("opposition"));
}

#[test]
fn nusra_became_hts_in_2017() {
    let p = pack();
    assert_eq!(p.actor_on("nusra", "2016-10-01"), "nusra");
    assert_eq!(p.actor_on("nusra", "2017-03-01"), "hts");
    assert_eq!(p.actor_on("isis", "2017-03-01"), "isis");
}

#[test]
fn reporters_of_the_contract_exist() {
    let p = pack();
    for id in [
        "SOHR",
        "SANA",
        "activists",
        "coalition",
        "opposition",
        "government",
    ] {
        assert!(p.reporter(id).is_some(), "reporter {id} missing");
    }
}

#[test]
fn every_governorate_is_a_place_in_the_contract_spelling() {
    let p = pack();
    for g in GOVERNORATES {
        assert!(
            p.places
                .iter()
                .any(|pl| pl.kind == PlaceKind::Governorate && pl.admin1 == g),
            "no governorate row for {g}"
        );
    }
    assert!(p
        .places
        .iter()
        .all(|pl| GOVERNORATES.contains(&pl.admin1.as_str())));
}

#[test]
fn news_names_reach_official_places() {
    let p = pack();
    // الطبقة is officially الثورة (C5929).
    let hits = p.search_places("الطبقة");
    assert_eq!(hits.first().map(|pl| pl.id.as_str()), Some("C5929"));
    // Places news needs that OCHA lacks.
    let jobar = p.search_places("جوبر");
    assert!(jobar
        .iter()
        .any(|pl| pl.kind == PlaceKind::Neighbourhood && pl.admin1 == "Damascus"));
    let ghouta = p.search_places("الغوطة الشرقية");
    assert_eq!(
        ghouta.first().map(|pl| (pl.kind, pl.precision)),
        Some((PlaceKind::Region, 2))
    );
    let rif = p.search_places("ريف حماة الشمالي");
    let rif = rif.first().expect("ريف حماة الشمالي");
    assert_eq!((rif.admin1.as_str(), rif.precision), ("Hama", 2));
    assert!(
        rif.distance_km(35.33, 36.65) < 30.0,
        "representative point too far: {rif:?}"
    );
}

#[test]
fn lookups_are_accent_and_case_insensitive() {
    let p = pack();
    let by_en = p.search_places("kafr zeita");
    assert_eq!(by_en.first().map(|pl| pl.id.as_str()), Some("C3463"));
    let by_pcode = p.search_places("C3463");
    assert_eq!(by_pcode.first().map(|pl| pl.name_en.as_str()), Some("Kafr Zeita"));
    let by_hamza = p.search_actors("الجيش السوري الحر");
    assert_eq!(by_hamza.first().map(|a| a.id.as_str()), Some("fsa"));
}

fn user_pack(files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "rasad-pack-test-{}-{}",
        std::process::id(),
        files.iter().map(|f| f.0.len() + f.1.len()).sum::<usize>()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

#[test]
fn a_user_pack_adds_and_overrides() {
    let dir = user_pack(&[
        (
            "places_extra.tsv",
            "id\tkind\tname_ar\tname_en\tadmin1\tadmin2\tlat\tlon\tprecision\taliases\tsource\n\
             rasad:test-farm\tsite\tمزرعة الاختبار\tTest farm\tHama\tHama\t35.2\t36.7\t1\t\tuser\n\
             C3463\talias\tكفر زيتة\t\t\t\t\t\t\tكفرزيته الجديدة\tuser\n",
        ),
        (
            "actors.toml",
            "[[actor]]\nid = \"isis\"\nname = \"Islamic State\"\ninter = 2\naliases = [\"داعش\"]\n\n\
             [[actor]]\nid = \"jaysh_test\"\nname = \"Test Army\"\ninter = 2\nparent = \"opposition\"\naliases = [\"جيش الاختبار\"]\n",
        ),
    ]);
    let p = Pack::load(Some(&dir)).unwrap();
    let base = pack();
    assert_eq!(p.places.len(), base.places.len() + 1);
    assert_eq!(p.place("rasad:test-farm").unwrap().kind, PlaceKind::Site);
    assert!(p
        .place("C3463")
        .unwrap()
        .aliases
        .iter()
        .any(|a| a == "كفرزيته الجديدة"));
    assert_eq!(p.actor("isis").unwrap().name, "Islamic State");
    assert_eq!(p.actor("isis").unwrap().aliases, ["داعش"]);
    assert_eq!(
        p.actor("jaysh_test").unwrap().parent.as_deref(),
        Some("opposition")
    );
    assert_eq!(p.actors.len(), base.actors.len() + 1);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn user_pack_errors_say_where() {
    let dir = user_pack(&[(
        "places_extra.tsv",
        "id\tkind\tname_ar\tname_en\tadmin1\tadmin2\tlat\tlon\tprecision\taliases\tsource\n\
         rasad:x\ttown\tقرية\tX\tHama\t\t35.2\tnot-a-number\t1\t\tuser\n",
    )]);
    let err = Pack::load(Some(&dir)).unwrap_err().to_string();
    assert_eq!(err, "places_extra.tsv:2: lon \"not-a-number\" is not a number");
    std::fs::remove_dir_all(&dir).unwrap();

    let dir = user_pack(&[(
        "actors.toml",
        "[[actor]]\nid = \"x\"\nname = \"X\"\ninter = 2\nparent = \"nobody\"\naliases = []\n",
    )]);
    let err = Pack::load(Some(&dir)).unwrap_err().to_string();
    assert_eq!(err, "actor x: parent \"nobody\" is not an actor");
    std::fs::remove_dir_all(&dir).unwrap();

    let missing = std::env::temp_dir().join("rasad-no-such-pack-dir");
    assert!(matches!(
        Pack::load(Some(&missing)),
        Err(PackError::NotADirectory(_))
    ));
}

/// Regression (blind96): OCHA lists Maaret Elnaasan with no Arabic name;
/// the news name the alias row gives becomes its name.
#[test]
fn an_alias_names_a_place_listed_without_an_arabic_name() {
    assert_eq!(pack().place("C3935").unwrap().name_ar, "معارة النعسان");
}
