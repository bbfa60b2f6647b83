//! Fusion on articles written for these tests: several outlets telling the
//! same events, and events that only look alike.

use rasad_extract::{ArticleIn, Extractor};
use rasad_pack::Pack;
use rasad_text::dates::Date;

use crate::*;

fn extractor() -> &'static Extractor {
    static X: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    X.get_or_init(|| Extractor::new(Pack::builtin().unwrap()).unwrap())
}

fn pack() -> &'static Pack {
    &extractor().engine().pack
}

fn key(name: &str) -> String {
    rasad_text::normalize_str(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// (outlet, published, text) → every event of every article as a report,
/// articles numbered from 1 and events in order.
fn reports(rules: &Rules, articles: &[(&str, &str, &str)]) -> Vec<Report> {
    let mut out = Vec::new();
    for (i, (outlet, published, text)) in articles.iter().enumerate() {
        let found = extractor().extract(ArticleIn {
            id: outlet,
            text,
            published: Date::parse(published),
        });
        assert!(!found.events.is_empty(), "no event in {outlet}: {text}");
        for e in found.events {
            let k = out.len() as i64 + 1;
            out.push(Report::new(rules, &e, k, i as i64 + 1, Some(outlet), Some(published), key).unwrap());
        }
    }
    out
}

fn fuse(articles: &[(&str, &str, &str)]) -> (Vec<Fused>, Vec<(usize, Option<String>)>) {
    let rules = Rules::builtin().unwrap();
    let mut f = Fuser::new(&rules, pack());
    for r in reports(&rules, articles) {
        f.add(r);
    }
    let fused = f.clusters.iter().map(|c| summarize(&rules, pack(), c)).collect();
    (fused, f.joined)
}

#[test]
fn one_strike_from_three_outlets_is_one_event_with_its_figures_and_a_flag() {
    let (fused, joined) = fuse(&[
        (
            "Enab Baladi",
            "2017-04-02",
            "قتل ثلاثة مدنيين اليوم الأحد جراء غارات جوية شنها الطيران الحربي على مدينة كفرزيتا في ريف حماة الشمالي.",
        ),
        (
            "SOHR",
            "2017-04-02",
            "وثق المرصد السوري لحقوق الإنسان مقتل خمسة مدنيين في غارات نفذتها طائرات حربية على بلدة كفر زيتا بريف حماة اليوم.",
        ),
        (
            "Orient News",
            "2017-04-03",
            "قتل عشرات المدنيين أمس الأحد بقصف جوي استهدف مدينة كفرزيتا شمال حماة، بحسب ناشطين.",
        ),
    ]);
    assert_eq!(fused.len(), 1, "{fused:#?}");
    let f = &fused[0];
    assert_eq!(f.sub_event_type, "Air/drone strike");
    assert_eq!(f.sources, 3);
    assert_eq!(f.event_date.as_deref(), Some("2017-04-02"));
    let t = f.fatalities.as_ref().unwrap();
    assert_eq!((t.min, t.best, t.max), (3, 5, 12));
    assert_eq!(t.figures.len(), 3);
    assert!(
        f.contradictions
            .iter()
            .any(|c| c.kind == "fatalities" && c.sides.len() == 3),
        "{f:#?}"
    );
    // Each join says which rule joined it.
    let why: Vec<&str> = joined.iter().filter_map(|(_, w)| w.as_deref()).collect();
    assert_eq!(why.len(), 2);
    assert!(
        why.iter()
            .all(|w| w.contains("same family (remote)") && w.contains("km apart")),
        "{why:?}"
    );
}

#[test]
fn the_same_village_and_day_with_different_kinds_of_event_stays_apart() {
    let (fused, _) = fuse(&[
        (
            "Enab Baladi",
            "2017-04-02",
            "شن الطيران الحربي غارات جوية على مدينة كفرزيتا في ريف حماة الشمالي اليوم الأحد.",
        ),
        (
            "SOHR",
            "2017-04-02",
            "اندلعت اشتباكات عنيفة اليوم الأحد بين قوات النظام وفصائل المعارضة على أطراف مدينة كفرزيتا في ريف حماة الشمالي.",
        ),
    ]);
    let subs: Vec<&str> = fused.iter().map(|f| f.sub_event_type.as_str()).collect();
    assert_eq!(subs, ["Air/drone strike", "Armed clash"], "{fused:#?}");
}

#[test]
fn two_villages_of_one_name_in_different_governorates_stay_apart() {
    let (fused, _) = fuse(&[
        (
            "Enab Baladi",
            "2016-11-20",
            "قصفت قوات النظام بالمدفعية الثقيلة بلدة صوران في ريف حماة الشمالي اليوم الأحد.",
        ),
        (
            "Halab Today",
            "2016-11-20",
            "قصفت قوات النظام بالمدفعية الثقيلة بلدة صوران في ريف حلب الشمالي اليوم الأحد.",
        ),
        // One the gazetteer lacks: the name alone does not join it.
        (
            "Horan Free League",
            "2016-11-20",
            "قصفت قوات النظام بالمدفعية الثقيلة بلدة صوران في ريف درعا اليوم الأحد.",
        ),
    ]);
    let govs: Vec<Option<&str>> = fused.iter().map(|f| f.place.admin1.as_deref()).collect();
    assert_eq!(govs, [Some("Hama"), Some("Aleppo"), Some("Dar'a")], "{fused:#?}");
}

#[test]
fn clashes_between_different_pairs_of_sides_stay_apart_and_kin_do_not_contradict() {
    let (fused, _) = fuse(&[
        (
            "SOHR",
            "2018-03-10",
            "اندلعت اشتباكات عنيفة اليوم السبت بين قوات سوريا الديمقراطية وتنظيم داعش في محيط بلدة هجين بريف دير الزور الشرقي.",
        ),
        (
            "Deir Ezzor 24",
            "2018-03-10",
            "دارت اشتباكات اليوم بين قوات النظام وفصائل المعارضة قرب بلدة هجين في ريف دير الزور.",
        ),
    ]);
    assert_eq!(fused.len(), 2, "{fused:#?}");
}

#[test]
fn different_perpetrators_of_one_strike_are_flagged_with_both_sides() {
    let (fused, _) = fuse(&[
        (
            "SOHR",
            "2019-05-14",
            "قتل أربعة مدنيين اليوم الثلاثاء في غارات شنتها طائرات حربية روسية على بلدة كفرنبل في ريف إدلب الجنوبي.",
        ),
        (
            "SANA",
            "2019-05-14",
            "نفذ سلاح الجو في الجيش العربي السوري اليوم غارات على مواقع الإرهابيين في بلدة كفرنبل بريف إدلب الجنوبي.",
        ),
    ]);
    assert_eq!(fused.len(), 1, "{fused:#?}");
    let c = fused[0]
        .contradictions
        .iter()
        .find(|c| c.kind == "perpetrator")
        .expect("flagged");
    let claims: Vec<&str> = c.sides.iter().map(|s| s.claim.as_str()).collect();
    assert_eq!(claims, ["russia", "syria_gov"]);
    assert!(c.sides.iter().all(|s| s.events.len() == 1));
}

#[test]
fn a_taken_town_gives_its_controller_from_that_day() {
    let rules = Rules::builtin().unwrap();
    let rs = reports(
        &rules,
        &[(
            "SOHR",
            "2018-12-15",
            "تمكنت قوات سوريا الديمقراطية اليوم السبت من السيطرة على بلدة هجين في ريف دير الزور الشرقي بعد معارك عنيفة مع تنظيم داعش.",
        )],
    );
    let mut f = Fuser::new(&rules, pack());
    let mut family = 0;
    for r in rs {
        family = r.family;
        f.add(r);
    }
    let fused = summarize(&rules, pack(), &f.clusters[0]);
    let c = control_entry(&rules, family, &fused).expect("a control step");
    assert_eq!((c.controller.as_str(), c.date.as_str()), ("sdf", "2018-12-15"));
}

#[test]
fn the_rules_file_names_every_sub_type_once() {
    let rules = Rules::builtin().unwrap();
    for (_, subs) in rasad_pack::TAXONOMY {
        for s in subs.iter() {
            assert!(rules.family(s).is_some(), "{s}");
        }
    }
    let broken = "radius_km = [1.0, 2.0, 3.0]\nwindow_days = [1, 2, 3]\nundated_window_days = 1\nfatalities_factor = 1.5\nfatalities_slack = 2\npaired_families = []\nterritory_families = []\n[families]\nall = [\"Armed clash\"]\n";
    let dir = std::env::temp_dir().join(format!("rasad-fusion-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("fusion.toml"), broken).unwrap();
    let err = Rules::load(Some(&dir)).unwrap_err().to_string();
    assert!(err.contains("is in no family"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
