//! Mentions and place resolution on sentences written like the news.

use std::sync::OnceLock;

use super::*;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::new(Pack::builtin().expect("built-in pack")))
}

/// (original surface, what it resolved to) for each mention.
fn found(text: &str) -> Vec<(String, String)> {
    let e = engine();
    let a = e.analyze(text);
    a.mentions
        .iter()
        .zip(&a.places)
        .map(|(m, r)| {
            let surface = a.norm.original_slice(m.range.clone()).to_string();
            let what = match r {
                Some(Resolution::Resolved { place, .. }) => e.pack.places[*place as usize].id.clone(),
                Some(Resolution::Ambiguous { candidates }) => format!(
                    "ambiguous:{}",
                    candidates
                        .iter()
                        .map(|&c| e.pack.places[c as usize].id.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                Some(Resolution::NotAPlace) => "not-a-place".to_string(),
                None => {
                    let mut ids: Vec<String> = m
                        .entries
                        .iter()
                        .map(|en| match en.kind {
                            Kind::Actor => format!("actor:{}", e.pack.actors[en.index as usize].id),
                            Kind::Reporter => format!("reporter:{}", e.pack.reporters[en.index as usize].id),
                            Kind::Place | Kind::Cue => unreachable!(),
                        })
                        .collect();
                    ids.dedup();
                    ids.join("+")
                }
            };
            (surface, what)
        })
        .collect()
}

fn place_of(text: &str, surface: &str) -> String {
    found(text)
        .into_iter()
        .find(|(s, _)| s == surface)
        .unwrap_or_else(|| panic!("{surface:?} not found in {:?}", found(text)))
        .1
}

#[test]
fn names_carry_clitics() {
    let text = "وصلت التعزيزات وبالرقة اشتباكات، وللرقة أهمية، وفي حلب قصف، ومعركبة محاصرة";
    let f = found(text);
    assert!(f.contains(&("الرقة".into(), "C5710".into())), "{f:?}");
    // لل + رقة: the name's span starts at the ل that stands for ال.
    assert!(f.contains(&("لرقة".into(), "C5710".into())), "للرقة: {f:?}");
    assert!(f.contains(&("حلب".into(), "C1007".into())), "{f:?}");
    assert!(f.contains(&("معركبة".into(), "C3030".into())), "{f:?}");
}

#[test]
fn compounds_with_or_without_a_space_are_one_place() {
    assert_eq!(place_of("استهدفت الغارات بلدة كفرزيتا", "كفرزيتا"), "C3463");
    assert_eq!(place_of("استهدفت الغارات بلدة كفر زيتا", "كفر زيتا"), "C3463");
    assert_eq!(place_of("قصفت قوات النظام كفرزيتة", "كفرزيتة"), "C3463");
}

#[test]
fn a_word_whose_first_letter_is_its_own_is_not_split() {
    // لبنان is not ل + بنان (a village near Aleppo).
    let f = found("عاد مقاتلو حزب الله إلى لبنان");
    assert!(f.iter().all(|(s, _)| s != "بنان" && s != "لبنان"), "{f:?}");
    // Nor with a conjunction in front: ولبنان is و + لبنان.
    let f = found("انسحبت القوات من سوريا ولبنان");
    assert!(f.iter().all(|(s, _)| s != "بنان"), "{f:?}");
    // بصدد ("regarding") is not ب + صدد (a town near Homs).
    let f = found("وأوضح أن الجيش بصدد إرسال تعزيزات");
    assert!(f.iter().all(|(s, _)| s != "صدد"), "{f:?}");
}

#[test]
fn a_respelt_name_given_an_article_it_lacks_is_another_word() {
    // البصرة (Basra) is not بصرى respelt with ال; بصرى itself still is.
    let f = found("انفجرت عبوة ناسفة بحافلة قادمة من مدينة البصرة باتجاه الناصرية");
    assert!(f.iter().all(|(s, _)| s != "البصرة"), "{f:?}");
    assert_eq!(
        place_of("قصفت قوات النظام مدينة بصرى الشام", "بصرى الشام"),
        "C6002"
    );
}

#[test]
fn the_longest_name_wins() {
    let f = found("تعرضت قرى في ريف حماة الشمالي لقصف عنيف");
    assert_eq!(
        f,
        [("ريف حماة الشمالي".to_string(), "rasad:rif-hama-north".to_string())]
    );
    assert_eq!(place_of("معارك في مدينة دير الزور", "دير الزور"), "C5086");
}

#[test]
fn the_governorate_named_next_to_a_name_decides() {
    // صوران: two in Aleppo, one in Hama.
    assert_eq!(
        place_of("قصف الطيران بلدة صوران بريف حماة الشمالي", "صوران"),
        "C3026"
    );
    assert_eq!(
        place_of("اشتباكات في صوران بريف حلب الشمالي قرب اعزاز", "صوران"),
        "C1664"
    );
}

#[test]
fn the_other_places_of_the_article_decide() {
    let text = "سيطرت الفصائل على مورك وطيبة الإمام. وفي وقت لاحق قصفت الطائرات صوران.";
    assert_eq!(place_of(text, "صوران"), "C3026");
}

#[test]
fn without_context_rank_decides_and_a_tie_is_ambiguous() {
    // Hama's صوران is a sub-district centre; the two in Aleppo are villages.
    assert_eq!(place_of("قصفت الطائرات صوران", "صوران"), "C3026");
    // In Aleppo, with nothing else to go on, two villages tie.
    let p = place_of("قصفت الطائرات صوران في ريف حلب", "صوران");
    assert_eq!(p, "ambiguous:C1197,C1664");
}

#[test]
fn common_words_are_places_only_in_a_place_context() {
    // الثورة: "the revolution", and officially the town of Tabqa.
    assert_eq!(
        place_of("انطلقت الثورة السورية عام 2011", "الثورة"),
        "not-a-place"
    );
    assert_eq!(
        place_of("دخلت القوات مدينة الثورة غرب الرقة", "مدينة الثورة"),
        "C5929"
    );
    assert_eq!(place_of("دخلت القوات بلدة الثورة غرب الرقة", "الثورة"), "C5929");
    assert_eq!(place_of("سيطرت قسد على الطبقة بعد معارك", "الطبقة"), "C5929");
    // A list keeps its head's context.
    let text = "قصفت الطائرات قرى لحايا ومعركبة والباب";
    assert_eq!(place_of(text, "الباب"), "C1202");
}

#[test]
fn actors_and_reporters() {
    let f = found("وقال المرصد السوري لحقوق الإنسان إن «قسد» وقوات سوريا الديمقراطية طردت تنظيم داعش");
    assert!(
        f.contains(&("المرصد السوري لحقوق الإنسان".into(), "reporter:SOHR".into())),
        "{f:?}"
    );
    // SDF is an actor, and its media centre a reporter, under one name.
    assert!(
        f.iter().any(|(s, w)| s == "قسد" && w.contains("actor:sdf")),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|(s, w)| s == "قوات سوريا الديمقراطية" && w.contains("actor:sdf")),
        "{f:?}"
    );
    assert!(
        f.iter().any(|(s, w)| s.contains("داعش") && w == "actor:isis"),
        "{f:?}"
    );
}

#[test]
fn offsets_reach_the_original_text_with_its_marks() {
    let text = "قُصِفَتْ بلدةُ كَفْرزيتا بِـ«البراميل»";
    let a = engine().analyze(text);
    let m = &a.mentions[0];
    assert_eq!(a.norm.original_slice(m.range.clone()), "كَفْرزيتا");
}

/// The first-word index must find exactly what an Aho-Corasick automaton
/// over every written form finds at the same positions (anchored at stem
/// starts, every match reported): the automaton is the reference.
mod against_aho_corasick {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};
    use rasad_text::tokens::{is_letter, stem_starts};

    /// Every form an unanchored Aho-Corasick pass finds, kept when it
    /// starts at a stem start: (word start, end, pattern id).
    fn reference(m: &Matcher, text: &str) -> Vec<(usize, usize, usize)> {
        static AC: OnceLock<AhoCorasick> = OnceLock::new();
        let ac = AC.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(m.forms())
                .unwrap()
        });
        let word = |c: char| is_letter(c) || c.is_ascii_digit();
        let mut word_of_stem = std::collections::HashMap::new();
        let mut prev = false;
        for (ws, c) in text.char_indices() {
            let starts = word(c) && !prev;
            prev = word(c);
            if starts {
                let we = text[ws..].find(|c: char| !word(c)).map_or(text.len(), |e| ws + e);
                for (offset, _) in stem_starts(&text[ws..we]) {
                    word_of_stem.insert(ws + offset, ws);
                }
            }
        }
        let mut out: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(text)
            .filter_map(|hit| {
                word_of_stem
                    .get(&hit.start())
                    .map(|&ws| (ws, hit.end(), hit.pattern().as_usize()))
            })
            .filter(|&(_, end, _)| ends_word(text, end))
            .collect();
        out.sort();
        out
    }

    /// A name ends where a word ends: the boundary every match must meet.
    fn ends_word(text: &str, end: usize) -> bool {
        !text[end..].starts_with(|c: char| is_letter(c) || c.is_ascii_digit())
    }

    /// (Names read across quotes, `عناصر "الدولة"`, have no exact form
    /// to compare with.)
    fn indexed(m: &Matcher, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        m.each_candidate(text, |ws, _, end, id| {
            if ends_word(text, end) && !text[ws..end].contains('"') {
                out.push((ws, end, id))
            }
        });
        out.sort();
        out
    }

    #[test]
    fn same_candidates_on_news_sentences() {
        let m = &engine().matcher;
        for text in [
            "قصفت الطائرات وبالرقه وللرقه ريف حماه الشمالي الشرقي وتل ابيض وابو الظهور",
            "اشتباكات بين قسد وداعش في العريضه-خطملو، ومطار دير الزور العسكري و6 تشرين",
            "\"الجيش السوري الحر\" و«جيش الاسلام» في دوما: t4 وكفر زيتا ريف",
        ] {
            let text = rasad_text::normalize_str(text);
            let (a, b) = (reference(m, &text), indexed(m, &text));
            assert!(!a.is_empty());
            assert_eq!(a, b, "{text}");
        }
    }

    #[test]
    fn same_candidates_on_baly_articles() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/baly2018/claims");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipped: {} is absent", dir.display());
            return;
        };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        let m = &engine().matcher;
        let mut compared = 0;
        for f in files.iter().take(40) {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(f).unwrap()).unwrap();
            for a in v["article"].as_array().unwrap() {
                let text = rasad_text::normalize_str(a.as_str().unwrap());
                assert_eq!(reference(m, &text), indexed(m, &text), "{}", f.display());
                compared += 1;
            }
        }
        assert!(compared > 200, "{compared} articles");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn same_candidates_on_name_soup(words in proptest::collection::vec(proptest::prelude::prop_oneof![
            proptest::prelude::Just("ريف"), proptest::prelude::Just("حلب"), proptest::prelude::Just("الشمالي"),
            proptest::prelude::Just("تل"), proptest::prelude::Just("ابيض"), proptest::prelude::Just("ابو"),
            proptest::prelude::Just("وال"), proptest::prelude::Just("لل"), proptest::prelude::Just("رقه"),
            proptest::prelude::Just("دير"), proptest::prelude::Just("الزور"), proptest::prelude::Just(" "),
            proptest::prelude::Just("،"), proptest::prelude::Just("-"), proptest::prelude::Just("قوات"),
            proptest::prelude::Just("النظام"), proptest::prelude::Just("1"),
        ], 0..30)) {
            let text = words.concat();
            let m = &engine().matcher;
            proptest::prop_assert_eq!(reference(m, &text), indexed(m, &text));
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn mention_offsets_slice_the_original(s in "[ \\PC]{0,200}") {
            let a = engine().analyze(&s);
            for m in &a.mentions {
                let r = a.norm.original_range(m.range.clone());
                prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..1500)) {
            let text = rasad_text::decode(&bytes).text;
            let a = engine().analyze(&text);
            for m in &a.mentions {
                let r = a.norm.original_range(m.range.clone());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }

        #[test]
        fn arabic_soup_never_panics(words in proptest::collection::vec(
            prop_oneof![
                Just("بلدة"), Just("كفر"), Just("زيتا"), Just("وبال"), Just("رقة"), Just("«"), Just("»"),
                Just("ريف"), Just("حماة"), Just("الشمالي"), Just("صوران"), Just("ً"), Just("ـ"), Just("\u{200f}"),
                Just("."), Just("\n"), Just("لل"), Just("داعش"), Just("3.5"), Just("،"),
            ], 0..40)) {
            let s: String = words.concat();
            let a = engine().analyze(&s);
            prop_assert_eq!(a.mentions.len(), a.places.len());
        }
    }
}

#[test]
fn a_common_word_listed_between_places_is_a_place() {
    let text = "واستهدفت الغارات الروسية بشكل مكثف كلا من عندان وحيان وحريتان بريف حلب الشمالي.";
    assert_eq!(place_of(text, "حيان"), "C1127");
    // Alone, the name is a man's: not a place.
    assert_eq!(
        place_of("وقال حيان إن الوضع هادئ في عندان.", "حيان"),
        "not-a-place"
    );
}

#[test]
fn neighbouring_villages_of_one_name_are_that_spot() {
    // OCHA lists الرشيد (C5730) and "أبو كبرة-الرشيد" (C5716), 3 km apart.
    assert_eq!(
        place_of("وسيطرت هذه القوات على قرى الرشيد وأبو قبرة شمال الرقة.", "الرشيد"),
        "C5730"
    );
}

#[test]
fn a_name_whose_surroundings_follow_is_a_place_though_a_common_word() {
    // "مهين" is also "humiliating"; "ومحيطها" after it makes it the town.
    assert_eq!(
        place_of("شنت طائرات حربية سلسلة غارات على مهين ومحيطها", "مهين"),
        "C2667"
    );
}

#[test]
fn a_compass_word_before_a_name_ends_no_name() {
    let f = found("قصفت القوات التركية مدينة الباب شرقي حلب");
    assert!(f.iter().any(|(s, _)| s == "الباب"), "{f:?}");
    assert!(f.iter().all(|(s, _)| s != "الباب شرقي"), "{f:?}");
    // Not before another name, the compass word is the name's own.
    let f = found("تعرض حي باب شرقي في دمشق القديمة لقذائف");
    assert!(f.iter().any(|(s, _)| s == "باب شرقي"), "{f:?}");
}

#[test]
fn a_known_name_after_the_head_of_another_is_not_that_place() {
    // حجيرة is a village of Rural Damascus; "أبو حجيرة" is in Hasakeh.
    let text = "اغتال مسلحون مجهولون مختار قرية أبو حجيرة التابعة لناحية الهول أمام منزله.";
    assert_eq!(place_of(text, "حجيرة"), "not-a-place");
}

#[test]
fn quotes_around_a_later_word_do_not_break_a_name() {
    let plain = place_of("قصفت الطائرات بلدة تل رفعت في ريف حلب", "تل رفعت");
    assert!(plain.starts_with('C'), "{plain}");
    let f = found("قصفت الطائرات بلدة تل \"رفعت\" في ريف حلب");
    assert!(f.iter().any(|(_, what)| *what == plain), "{f:?}");
}

/// Regression (blind105): "قريتي المصاصنة والبويضة" is بويضة by Masasneh,
/// read with an ال it lacks, not البويضة of Salamiyeh 45 km off.
#[test]
fn a_village_beside_its_neighbour_may_lack_the_article_written() {
    assert_eq!(
        place_of(
            "تمكنت قوات النظام من استعادة السيطرة على قريتي المصاصنة والبويضة بريف حماة الشمالي.",
            "البويضة"
        ),
        "C3020"
    );
}

/// Regression (blind104): "قرب قرية صخرة" is OCHA's صخرة عبد الشيخ by
/// Ain Issa, as news names it.
#[test]
fn sakhrah_is_the_village_by_ain_issa() {
    assert_eq!(
        place_of(
            "استهدفت طائرة مسيّرة تركية سيارة مدنية على الطريق الدولي قرب قرية صخرة شرق عين عيسى.",
            "صخرة"
        ),
        "C5908"
    );
}

/// Regression (blind109): "مظاهرات في مدينتي جاسم ونوى نصرة لمدينة حمص
/// المحاصرة": the town listed with it tells Daraa's Nawa, not the Homs
/// one the city named after suggests.
#[test]
fn a_town_listed_with_it_speaks_before_other_towns_of_the_sentence() {
    assert_eq!(
        place_of(
            "وخرجت مساء أمس مظاهرات في مدينتي جاسم ونوى نصرة لمدينة حمص المحاصرة، هتف فيها المشاركون للجيش الحر.",
            "نوى"
        ),
        "C6124"
    );
}
