//! The events one sentence reports.

use std::ops::Range;

use rasad_pack::CueKind;
use rasad_text::dates::{DateMention, Precision};
use rasad_text::tokens::{analyze, StemLexicon};

use crate::doc::{
    is_word_or_clitic, words_before, ActorOcc, Candidate, Doc, Para, PlaceKey, PlaceOcc, HEDGES,
};
use crate::lexicon::{Hit, List};

/// Words after which an actor is the one acted upon.
const TARGET_MARKERS: &[&str] = &[
    "علي",
    "ضد",
    "مواقع",
    "موقع",
    "تمركزات",
    "تمركز",
    "مقرات",
    "مقر",
    "تجمعات",
    "تجمع",
    "تابعه",
    "تابع",
    "عناصر",
    "مع",
    "صفوف",
    "ارهابيي",
    "مسلحي",
    "مقاتلي",
    "نقاط",
    "نقطه",
    "حواجز",
    "حاجز",
    "تحصينات",
    "اليات",
    "قوافل",
    "رتل",
    "جيب",
    "مناطق",
    "معاقل",
    "معقل",
    "مستودعات",
    "اوكار",
    "وكر",
    "محاور",
    "تحرك",
    "تحركات",
    "خطوط",
    "امداد",
];

/// Vehicles and posts a bomb goes off in or at: the actor named after one
/// is whose it was.
const VEHICLES: &[&str] = &[
    "سياره",
    "عربه",
    "دوريه",
    "رتل",
    "حافله",
    "اليه",
    "مدرعه",
    "ناقله",
    "صهريج",
    "شاحنه",
    "حاجز",
    "مقر",
];

/// Words after which an actor only says whose side someone is on ("غالبية
/// موالية للنظام"): neither agent nor target.
const ALLEGIANCE: &[&str] = &[
    "مواليه",
    "موال",
    "موالي",
    "الموالي",
    "الموالين",
    "موالين",
    "المواليه",
    "مناصره",
    "مؤيده",
    // ("جيش خالد بن الوليد، المبايع لتنظيم الدولة الإسلامية".)
    "المبايع",
    "المبايعه",
    "مبايع",
    "مبايعه",
    "المبايعين",
    // Who backs or leads the side named before ("قوات سوريا الديمقراطية
    // التي يدعمها تحالف تقوده الولايات المتحدة … إنها انتزعت").
    "يدعمها",
    "يدعمه",
    "تدعمها",
    "تدعمه",
    "تقوده",
    "يقوده",
    "تقودها",
    "يقودها",
    "بقياده",
];

/// Words that open who backs a side ("قوات النظام، مدعومة بمسلحين من الدفاع
/// الوطني"): a side named after them is not the clause's subject.
const BACKED_BY: &[&str] = &[
    "مدعومه",
    "مدعوما",
    "مدعومين",
    "مدعوم",
    "بدعم",
    "بمسانده",
    "باسناد",
    "بموازره",
    "بمؤازره",
    "بمشاركه",
];

/// Nouns after which من is partitive ("وحدات من الجيش"): the actor after
/// it is who the noun is.
const UNITS: &[&str] = &[
    "وحدات",
    "وحده",
    "عناصر",
    "قوات",
    "مقاتلين",
    "مقاتلي",
    "مسلحون",
    "مسلحين",
    "فصائل",
    "مجموعات",
    "مجموعه",
    "كتائب",
    "الويه",
    "دوريه",
    "رتل",
    "عدد",
    // ("قتلت خلايا تابعة لتنظيم "الدولة" راعيين اثنين".)
    "خلايا",
    "خليه",
];

/// A word without the one و or ف that may lead it, when what is left is a
/// word still ("وفي" is "في", "في" stays "في").
fn without_conjunction(word: &str) -> &str {
    match word.strip_prefix(['و', 'ف']) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => word,
    }
}

/// A unit noun, with or without a و or ف before it ("وحدات" begins with
/// its own و; "ووحدات" has one more).
fn is_unit(word: &str) -> bool {
    listed(UNITS, word)
}

/// A word of a list, as written or without a و or ف before it: "فصائل"
/// and "وفصائل" both, though stripping alone would read "صائل".
fn listed(list: &[&str], word: &str) -> bool {
    list.contains(&word) || list.contains(&without_conjunction(word))
}

/// Nouns a group's name may follow ("ميليشيا لواء فاطميون", "حركة أحرار
/// الشام").
const GROUP_NOUNS: &[&str] = &[
    "ميليشيا",
    "مليشيا",
    "ميليشيات",
    "مليشيات",
    "حركه",
    "تنظيم",
    "فصيل",
    "جماعه",
    "كتيبه",
    "لواء",
];

/// Words that give the owner of the noun before them: "الطيران التابع
/// للنظام" (the agent's side), "المواقع التابعة لداعش" (the target).
const OWNER_WORDS: &[&str] = &[
    "التابع",
    "التابعه",
    "التابعين",
    "التابعتين",
    "تابع",
    "تابعه",
    "تابعين",
];

/// Neighbours, as a country ("لبنان") or its adjective ("التركية"),
/// without ال.
const FOREIGN_COUNTRIES: &[&str] = &[
    "لبنان",
    "عراق",
    "تركيا",
    "اردن",
    "اسرائيل",
    "لبنانيه",
    "لبناني",
    "عراقيه",
    "عراقي",
    "تركيه",
    "تركي",
    "اردنيه",
    "اردني",
    "اسرائيليه",
];

/// Words that name an armed group after a place: "كتيبة شهداء حوران".
const GROUP_EPITHETS: &[&str] = &[
    "شهداء",
    "ثوار",
    "احرار",
    "اسود",
    "صقور",
    "فرسان",
    "ابطال",
    "مغاوير",
];
const GROUP_HEADS: &[&str] = &[
    "كتيبه",
    "لواء",
    "الويه",
    "كتائب",
    "تجمع",
    "جبهه",
    "فرقه",
    "حركه",
    "جيش",
    "سرايا",
    "سريه",
    "فوج",
];

/// What names an explosion's device, as a part of a word ("عبوتين",
/// "ملغومة", "انتحاريا").
const DEVICES: &[&str] = &[
    "عبوه",
    "عبوات",
    "عبوت",
    "مفخخ",
    "ملغوم",
    "لغم",
    "الغام",
    "ناسف",
    "انتحاري",
];

/// The aircraft a cue phrase may end on ("قصفت طائرات", "شن الطيران").
const AIRCRAFT: &[&str] = &["طائرات", "طيران", "مروحيات", "مقاتلات", "طائره", "مروحيه"];

/// Words after which an actor sits in a prepositional phrase ("بدعم من
/// التحالف", "في مناطق النظام") and is not the subject of what follows.
const PREPOSITIONS: &[&str] = &[
    "من",
    "في",
    "علي",
    "عن",
    "مع",
    "ضد",
    "الي",
    "بدعم",
    "بمسانده",
    "باسناد",
    "بمشاركه",
    "بمؤازره",
    "لصالح",
];

/// Words after which an actor is the one acting: "على يد", "من قبل".
const AGENT_MARKERS: &[&str] = &["يد", "قبل", "بواسطه", "بمساعده"];

/// Adjectives that describe an attack without ending in the nisba ي/يه
/// ("هجوم مباغت لداعش").
const MANNER_ADJECTIVES: &[&str] = &[
    "عنيف",
    "عنيفه",
    "مكثف",
    "مكثفه",
    "كثيف",
    "كثيفه",
    "مباغت",
    "مباغته",
    "معاكس",
    "معاكسه",
    "متقطع",
    "متقطعه",
    "متواصل",
    "متواصله",
    "مماثل",
    "مماثله",
    "جديد",
    "جديده",
];

/// "مدفعي", "الجوية", "عنيف": a word that describes the noun before it.
fn is_adjective(word: &str) -> bool {
    let w = word.trim_start_matches('و');
    let w = w.strip_prefix("ال").unwrap_or(w);
    w.chars().count() > 3 && (w.ends_with('ي') || w.ends_with("يه")) || MANNER_ADJECTIVES.contains(&w)
}

pub(crate) fn events(doc: &Doc, s: usize) -> Vec<Candidate> {
    let sentence = &doc.sentences[s];
    let para = doc.paras.get(sentence.para).map_or(Para::Body, |p| p.1);
    let r = sentence.range.clone();
    if para == Para::Boilerplate
        || question(doc, &r)
        || toll_breakdown(doc, &r)
        || claim_of_told(doc, &r).is_some()
    {
        return Vec::new();
    }
    // What a protest told before was for or against is its message, not
    // an event: "خرج آلاف من أهالي الزبداني في مظاهرة احتفالاً بانسحاب
    // الجيش".
    let norm = doc.norm();
    // (Or what the condemned silence was about: "نددوا فيها بـ«صمت الدول
    // الضامنة» على استهداف الأسواق".)
    let message = |h: &Hit| {
        !protest_cue(doc, h)
            && words_before(norm, h.word_start)
                .take(8)
                .take_while(|w| !w.ends_with(['،', ',', '.']))
                .any(|w| condemning(without_conjunction(w)))
            && doc.hits_in(&(r.start..h.word_start)).any(|p| protest_cue(doc, p))
    };
    let cues: Vec<(&Hit, usize)> = doc
        .hits
        .iter()
        .filter(|h| h.word_start >= r.start && h.range.end <= r.end)
        .filter(|h| !quoted_name(doc, h) && !marks_of(doc, h) && !grenade(doc, h) && !slogan(doc, h, &r))
        .filter_map(|h| h.event().map(|e| (h, e)))
        .collect();
    // A cue inside a prepositional phrase ("بعد معارك", "جراء قصف", "بعد
    // ساعات من انسحاب", "بعد ثلاثة أيام من اختطافه") is background to the
    // sentence's main cue, if it has one.
    let own_subordinate_word = |hit: &Hit| {
        // (The من may be the cue's own: "بعد ساعات من السيطرة عليها".)
        let after_min = norm[..hit.word_start].split_whitespace().next_back() == Some("من")
            || norm[hit.word_start..hit.range.end].starts_with("من ");
        doc.hits_in(&(r.start..hit.word_start))
            .filter(|h| {
                let gap = doc.words_between(h.range.end, hit.word_start);
                h.is(List::Subordinate) && (gap == 0 || (after_min && gap <= 3))
            })
            .last()
    };
    // (A cue of the same sort joined by و to one so placed is under the
    // same word: "استشهاد أربعة مواطنين جراء قصف مدفعي على مدينة الرستن،
    // وقصف بقذائف الهاون على بلدة الغنطو"; not another sort of event:
    // "دخلوا الأحياء بعد انسحاب المقاتلين وأحرقوا …، ونهبوا محتويات".)
    let event_type = |h: &Hit| {
        h.event()
            .map(|e| doc.ex.lexicon.events[e].sub_event_type.as_str())
    };
    let subordinate_word = |hit: &Hit| {
        own_subordinate_word(hit).or_else(|| {
            let before: Vec<&Hit> = cues
                .iter()
                .map(|&(c, _)| c)
                .filter(|c| c.range.end <= hit.word_start)
                .collect();
            let head = before.iter().rposition(|c| own_subordinate_word(c).is_some())?;
            let chain = &before[head..];
            // (Its own item of a list, after a comma: not a weapon of the
            // same shelling, "مع قصف بقذائف الهاون وصواريخ أرض-أرض".)
            let joined = chain
                .windows(2)
                .map(|w| (w[0], w[1]))
                .chain([(chain[chain.len() - 1], hit)])
                .any(|(a, b)| {
                    b.proclitics.conjunction == Some('و') && norm[a.range.end..b.word_start].contains('،')
                });
            (joined
                && chain.iter().all(|c| event_type(c) == event_type(hit))
                && !doc
                    .hits_in(&(chain[0].range.end..hit.word_start))
                    .any(|h| doc.clause_break(h)))
            .then(|| own_subordinate_word(chain[0]))
            .flatten()
        })
    };
    let subordinate = |hit: &Hit| subordinate_word(hit).is_some();
    let listed_dead = |cause: &Hit| doc.dead_listed_before(&r, cause.word_start);
    // ("قصفت قوات النظام بلدة مسحرة، وسط اشتباكات … على أطراف بلدة خان
    // أرنبة": fighting elsewhere at the time.)
    let concurrent = |hit: &Hit| {
        subordinate_word(hit).is_some_and(|w| {
            w.is(List::Concurrent)
                || norm[w.range.clone()].trim() == "وسط"
                || (norm[w.range.clone()].trim() == "مع"
                    && doc
                        .hits_in(&(r.start..w.word_start))
                        .any(|v| v.is(List::Concurrent) && doc.words_between(v.range.end, w.word_start) <= 3))
        })
    };
    // The part of the sentence between clause words ("فيما", "في حين" …)
    // that holds a position: a cue after "جراء" is background only to a
    // main cue of its own part ("استشهاد رجل جراء غارات على سراقب، فيما
    // ألقى الطيران براميل على كفرسجنة" reports both).
    let breaks: Vec<usize> = doc
        .hits_in(&r)
        .filter(|h| doc.clause_break(h))
        .map(|h| h.word_start)
        .collect();
    let part = |at: usize| breaks.partition_point(|&b| b <= at);
    // (A secondary cue is no main one: "جراء قصف … على قرية قسطون، رغم
    // اتفاق وقف إطلاق النار" reports the shelling.)
    let mains: Vec<usize> = cues
        .iter()
        .filter(|&&(h, e)| !subordinate(h) && !blocked(doc, h, &r) && !doc.ex.lexicon.events[e].secondary)
        .map(|(h, _)| part(h.word_start))
        .collect();
    // (A subordinate word that is also a clause word, "وسط معارك", does
    // not part the cue from the main one before it.)
    let has_main_of = |hit: &Hit| {
        let at = subordinate_word(hit).map_or(hit.word_start, |w| w.word_start.saturating_sub(1));
        mains.contains(&part(at))
    };
    let mut out: Vec<Candidate> = Vec::new();
    // Places a side event governs as its object; and for each candidate,
    // whether it only took its place from the sentence around its cue
    // (borrowed), and whether it shows no sign of a report besides (weak).
    // (Compared as places, not occurrences: "… على اللطامنة وكفر زيتا، ما
    // أدى إلى مقتل مدنيين في اللطامنة" names the side event's town twice.)
    let mut side_places: Vec<(Option<u32>, String)> = Vec::new();
    let mut marks: Vec<(bool, bool)> = Vec::new();
    for (k, &(hit, ev)) in cues.iter().enumerate() {
        if message(hit) {
            continue;
        }
        // Something else going on at the time stays, if it is elsewhere
        // (its places are checked below).
        // (Not the cause of dead an item of a daily toll lists: "سبعة شهداء
        // جراء إلقاء الطيران المروحي برميلين على خان شيخون، وشهيدان جراء
        // غارة على بلدة الهبيط".)
        let side_event =
            has_main_of(hit) && subordinate(hit) && subordinate_word(hit).and_then(listed_dead).is_none();
        if side_event && !concurrent(hit) {
            continue;
        }
        // "استهدفت طائرات إسرائيلية مطار الشعيرات، بحسب سانا، التي قالت إن
        // الدفاعات الجوية تصدت للعدوان": the strike is the event; what the
        // defences say they did is its detail.
        let lexicon = &doc.ex.lexicon;
        // (And so is their "تصدت" right after them.)
        let disrupts = |e: usize| lexicon.events[e].sub_event_type == "Disrupted weapons use";
        let defences = disrupts(ev)
            || cues[..k]
                .last()
                .is_some_and(|&(c, e)| disrupts(e) && doc.words_between(c.range.end, hit.word_start) <= 1);
        let defended = defences
            && cues[..k].iter().any(|&(c, e)| {
                c.is_verb()
                    && (matches!(lexicon.events[e].kind, CueKind::Attack | CueKind::Bombardment)
                        || lexicon.events[e].event_type == "Explosions/Remote violence")
                    && doc.has(List::Report, &(c.range.end..hit.word_start))
            });
        if defended {
            continue;
        }
        let clause = doc.clause(&r, hit);
        // Background in the cue's clause, or before it back to the last
        // clause word ("ويواجه ريف حماة غارات مكثفة، دمرت …" is background;
        // "كثف … فيما أعلن التحالف انتزاع …" is not).
        let breaks_before: Vec<&Hit> = doc
            .hits_in(&(r.start..hit.word_start))
            .filter(|h| doc.clause_break(h))
            .collect();
        // (Past "قبل أن", which goes on with the time told before it: "وكان
        // قد تمكن الصيف الماضي من دخول أحياء النشوة قبل أن ينسحب منها".)
        let then = |h: &Hit| without_conjunction(norm[h.range.clone()].trim()).starts_with("قبل");
        let segment_start = match breaks_before[..] {
            [.., before, last] if then(last) => before.word_start,
            [last] if then(last) => r.start,
            [.., last] => last.word_start,
            [] => r.start,
        };
        let cue = &doc.ex.lexicon.events[ev];
        // "اقتحمت قوة من الفرقة الرابعة عدداً من المنازل … واعتقلت خمسة
        // شبان": homes stormed to arrest are a raid, which the arrest tells.
        // So is a town stormed by a campaign of arrests with no fight or
        // dead told ("اقتحمت قوات الجيش والأمن بلدة كرناز …، وشنت حملة دهم
        // واعتقالات طالت أكثر من 20 شاباً").
        let stormed = cue.event_type == "Battles" && norm[hit.range.clone()].contains("قتحم");
        let arrests = doc.hits_in(&r).any(|h| {
            h.event()
                .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Arrest)
        });
        let homes = norm[hit.range.end..r.end].split_whitespace().take(8).any(|w| {
            matches!(
                w,
                "المنازل"
                    | "منازل"
                    | "منزل"
                    | "منزلا"
                    | "بيوت"
                    | "البيوت"
                    | "مستودعات"
                    | "مستودع"
                    | "مخازن"
                    | "محلات"
            )
        });
        let fought = doc.has(List::Kill, &r)
            || doc.hits_in(&r).any(|h| {
                h.range != hit.range
                    && h.event()
                        .is_some_and(|e| doc.ex.lexicon.events[e].event_type == "Battles")
            });
        // (Or to loot them: "اقتحموا منازل عائلات نازحة … ونهبوا
        // محتوياتها".)
        let looted = doc.hits_in(&r).any(|h| {
            h.event()
                .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Looting/property destruction")
        });
        // (Shops entered to rob them, before any place: "حيث دخلت مجموعات
        // من «الدفاع الوطني» عدداً من المحال التجارية وسرقت محتوياتها".)
        let shops_entered = cue.kind == CueKind::Capture
            && without_conjunction(norm[hit.range.clone()].trim()).starts_with("دخل")
            && looted
            && norm[hit.range.end..r.end]
                .split_whitespace()
                .take(8)
                .position(|w| matches!(w, "المحال" | "محال" | "المحلات" | "منازل" | "المنازل"))
                .is_some_and(|at| {
                    !doc.places.iter().any(|p| {
                        p.word_start >= hit.range.end && doc.words_between(hit.range.end, p.word_start) <= at
                    })
                });
        let homes_stormed =
            (stormed && (arrests || (looted && homes)) && (homes || !fought)) || shops_entered;
        // "البلدات التي سيطر عليها التنظيم": a place described by its
        // taking, before now.
        let described_taking = cue.kind == CueKind::Capture
            && matches!(
                words_before(norm, hit.word_start).next(),
                Some("التي" | "الذي" | "اللتين" | "اللذين" | "اللواتي")
            );
        if homes_stormed || described_taking {
            continue;
        }
        let told_before = segment_start..hit.word_start;
        // (What a protest demands is not when it happened: "خرجت مظاهرة
        // طالب المشاركون فيها بعودة النازحين إلى قراهم التي سيطرت عليها
        // قوات النظام خلال الحملة العسكرية الأخيرة" is today's protest.)
        let own_clause = match cue.event_type.as_str() {
            "Protests" => {
                clause.start
                    ..doc
                        .hits_in(&(hit.range.end..clause.end))
                        .find(|h| h.is(List::Relative) || h.is(List::Irrealis))
                        .map_or(clause.end, |h| h.word_start)
            }
            // Nor is how long a place it struck has been held: "غارة على
            // قرى سلمى ودورين وكنسبا التي تسيطر عليها المعارضة منذ أشهر".
            _ => {
                clause.start
                    ..doc
                        .hits_in(&(hit.range.end..clause.end))
                        .find(|h| {
                            h.is(List::ControlledBy)
                                && doc.places.iter().any(|p| {
                                    p.range.start >= hit.range.end
                                        && p.range.end <= h.word_start
                                        && doc.words_between(p.range.end, h.word_start) == 0
                                })
                        })
                        .map_or(clause.end, |h| h.word_start)
            }
        };
        // "تضاربت الروايات حول حصيلة غارة شنتها طائرات التحالف فجر
        // الثلاثاء": the toll of one strike names it (a toll over a month
        // is background).
        let toll_of_this = |h: &Hit| {
            doc.norm()[h.range.clone()].trim() == "حصيله"
                && h.range.end <= hit.word_start
                && doc.words_between(h.range.end, hit.word_start) == 0
                && !hit.proclitics.article
        };
        // "وجاءت المظاهرات بعد ثلاثة أيام من غارات روسية استهدفت، يوم
        // الثلاثاء الماضي، بلدة محمبل": what the event told back came after
        // is news of its own when the text gives its day.
        let came_after = |h: &Hit| {
            let word = without_conjunction(norm[h.range.clone()].split_whitespace().next().unwrap_or(""));
            matches!(word, "جاءت" | "جاء" | "تاتي" | "ياتي")
                && h.range.end <= hit.word_start
                && norm[h.range.end..hit.word_start]
                    .split_whitespace()
                    .any(|w| w == "بعد")
                && doc.dates.iter().any(|d| {
                    d.range.start >= hit.range.end
                        && d.range.end <= r.end
                        && d.precision == Precision::Day
                        && d.date.is_some()
                })
        };
        let background = [List::Background, List::Charges]
            .into_iter()
            .filter(|&l| l == List::Background || !cue.kills)
            .any(|l| {
                // (What analysts say reads what was told before it, not
                // the event itself: "أطلقوا النار على الرئيس في محاولة
                // اغتيال يقول محللون انها قد تجدد العنف".)
                let reading_after = |h: &Hit| {
                    h.word_start >= hit.range.end && {
                        let t = &norm[h.range.clone()];
                        t.contains("محلل") || t.contains("مراقب")
                    }
                };
                // ("الأعنف منذ بدء الثورة" measures the day against the
                // past.)
                let compared = |h: &Hit| {
                    norm[h.range.clone()].trim_start().starts_with("منذ")
                        && doc
                            .hits_in(&(h.word_start.saturating_sub(40)..h.word_start))
                            .any(|s| {
                                s.is(List::Superlative) && doc.words_between(s.range.end, h.word_start) <= 3
                            })
                };
                // (What a protest condemned is its message: "شهدت مدن اعزاز
                // ومارع وقفات احتجاجية نددت بمجزرة عفرين".)
                let message = |h: &Hit| {
                    cue.event_type == "Protests"
                        && h.word_start >= hit.range.end
                        && condemning(without_conjunction(norm[h.range.clone()].trim()))
                };
                // (What a side named has been doing: "بين كتائب الجيش الحر
                // التي تحاصر المطار منذ أسابيع وقوات النظام".)
                let of_a_side = |h: &Hit| {
                    let words: Vec<&str> = words_before(norm, h.word_start).take(5).collect();
                    words.iter().position(|w| matches!(*w, "التي" | "الذي" | "الذين")).is_some_and(|i| {
                        let at = norm[..h.word_start]
                            .match_indices(words[i])
                            .last()
                            .map_or(0, |(at, _)| at);
                        hit.range.end <= at
                            && !norm[at..h.word_start].contains(['،', ','])
                            && doc
                                .actors
                                .iter()
                                .any(|a| a.range.end <= at && doc.words_between(a.range.end, at) == 0)
                    })
                };
                let found = |r: &Range<usize>| {
                    doc.hits_in(r).any(|h| {
                        h.is(l)
                            && !of_a_side(h)
                            && !toll_of_this(h)
                            && !came_after(h)
                            && !reading_after(h)
                            && !compared(h)
                            && !message(h)
                    })
                };
                // (A charge after the cue is the arrest's: "اعتقلت الهيئة 11
                // شخصاً بتهمة التعامل مع جيش خالد".)
                let after_cue = if l == List::Charges {
                    own_clause.start..hit.word_start
                } else {
                    own_clause.clone()
                };
                found(&after_cue) || found(&told_before)
            })
            || ((doc.has(List::TollUpdate, &clause) || doc.has(List::TollUpdate, &told_before))
                && !toll_of_a_day(doc, &r))
            // (Not what a source the sentence cites goes on to say: "قُتل
            // ثلاثة أشخاص … في حي باب السباع، بحسب لجان التنسيق، التي قالت
            // إن حصيلة … في عموم سوريا".)
            || doc.has(List::Nationwide, &(r.start..source_says_after(doc, hit, &r)))
            || counted_since(doc, &r, hit)
            // A sentence that sets what was told in its time ("وتأتي هذه
            // التطورات في وقت …، بعد سيطرتها على خان شيخون الأسبوع الماضي")
            // tells nothing new, whatever its clauses.
            || (norm[r.clone()]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "وتاتي" | "وياتي" | "تاتي" | "ياتي"))
                && doc.dates.iter().any(|d| {
                    d.range.start >= r.start
                        && d.range.end <= r.end
                        && d.date
                            .zip(doc.published)
                            .is_some_and(|(day, p)| day.add_days(2) < p)
                }));
        if blocked(doc, hit, &r) || background || dated_long_ago(doc, &r, hit) {
            continue;
        }
        // A cue and the one of its type right after it tell one thing
        // ("انفجرت عبوة ناسفة في بلدة سجو"): the places after both are the
        // first's too.
        // (An attack verb takes its type from what follows: "استهدفت طائرة
        // مسيرة".)
        let same_kind = |c: &(&Hit, usize)| {
            doc.ex.lexicon.events[c.1].event_type == cue.event_type
                || (cue.kind == CueKind::Attack && hit.is_verb())
        };
        // So is a verb and the noun that is its object a few words on, with
        // no place or clause word between ("شن الطيران الحربي 25 غارة على
        // دير العصافير").
        let cue_of = |h: &Hit| h.event().unwrap_or(ev);
        let joins = |a: &Hit, b: &Hit| {
            let gap = a.range.end..b.word_start;
            match doc.words_between(gap.start, gap.end) {
                0 => true,
                n => {
                    a.is_verb()
                        && doc.ex.lexicon.events[cue_of(a)].sub_event_type
                            == doc.ex.lexicon.events[cue_of(b)].sub_event_type
                        // (Further to the means it drops: "ألقى الطيران
                        // المروحي التابع للنظام منذ صباح اليوم 14 برميلاً".)
                        && (n <= 6 || (n <= 8 && doc.ex.lexicon.events[cue_of(b)].kind == CueKind::Fixed))
                        // (A comma starts another telling: "وقضت على أعداد
                        // كبيرة منهم»، وإنها دمرت بالمدفعية تجمعات لهم".)
                        && !norm[gap.clone()].contains(['،', ','])
                        && !doc
                            .places
                            .iter()
                            .any(|p| p.word_start >= gap.start && p.range.end <= gap.end)
                        && !doc.hits_in(&gap).any(|h| doc.clause_break(h))
                }
            }
        };
        let mut next = k + 1;
        while next < cues.len() && same_kind(&cues[next]) && joins(cues[next - 1].0, cues[next].0) {
            next += 1;
        }
        // A verb whose means the cue after it names ("ألقت طائرات … براميل
        // متفجرة على التمانعة"): that cue tells the event.
        let means = &doc.ex.lexicon.events[cues[next - 1].1];
        if next > k + 1 && means.kind == CueKind::Fixed && means.event_type == "Explosions/Remote violence" {
            continue;
        }
        // (A cue refused is no event of its own to stop at: "اشتباكات بين
        // عناصر الإدارة ومسلحين رفضوا تسليم أسلحتهم في بلدة القدموس".)
        let next_cue = cues[next.min(cues.len())..]
            .iter()
            .find(|c| !refused(doc, c.0))
            .map_or(r.end, |c| c.0.word_start);
        let prev_cue = if k > 0 { cues[k - 1].0.range.end } else { r.start };
        // (The last of such a run governs: its object is theirs.)
        let governor = cues[next - 1].0;
        let Some((places, places_after)) = governed_places(doc, governor, prev_cue..next_cue, &r, s) else {
            continue;
        };
        // (A side event's means may follow it as a cue of their own, in its
        // clause: "بالتزامن مع قصف لقوات النظام بالقذائف المدفعية على قرية
        // الغنطو".)
        let (places, places_after) = match governed_places(doc, hit, prev_cue..clause.end, &r, s) {
            Some((p, true)) if side_event && !places_after => (p, true),
            _ if side_event && !places_after => continue,
            _ => (places, places_after),
        };
        // A square or a roundabout told after a quarter is a spot of the
        // event there, not a place of its own: "في حي الخالدية وعلى أطراف
        // دوار الليرمون". (In a fight, so is a gazetteer name with the word,
        // "على أطراف ساحة العباسيين"; a shell's target it may be, "سقطت
        // قذائف على حي القصاع وساحة العباسيين".)
        let fight = cue.sub_event_type == "Armed clash" && cue.kind != CueKind::Attack;
        let landmark = |p: &PlaceOcc| {
            let square = |w: &str| matches!(without_conjunction(w), "دوار" | "ساحه");
            // (Or where a fight in the town spread: "شهدت مدينة عفرين
            // اشتباكات …، وامتدت من حي المحمودية إلى محيط دوار نوروز".)
            let spread = fight
                && words_before(norm, p.word_start)
                    .take(3)
                    .any(|w| matches!(without_conjunction(w), "امتدت" | "امتد"));
            spread
                || words_before(norm, p.word_start).next().is_some_and(square)
                || (fight
                    && norm[p.range.clone()]
                        .split_whitespace()
                        .next()
                        .is_some_and(square))
        };
        // (Named after the cue, the quarter before it is the place: "شهد
        // حي جوبر اليوم اشتباكات … على أطراف ساحة العباسيين".)
        let quarter_before = || {
            doc.places
                .iter()
                .rfind(|p| {
                    p.word_start >= r.start
                        && p.range.end <= hit.word_start
                        && !p.area
                        && !p.modifier
                        && !landmark(p)
                })
                .filter(|p| {
                    words_before(norm, p.word_start)
                        .next()
                        .is_some_and(|w| matches!(without_conjunction(w), "حي" | "مدينه" | "بلده" | "قريه"))
                })
        };
        let places = if places.iter().flatten().any(|p| !landmark(p)) {
            places
                .into_iter()
                .filter(|p| p.as_ref().is_none_or(|p| !landmark(p)))
                .collect()
        } else if fight && places.iter().flatten().next().is_some() && quarter_before().is_some() {
            vec![quarter_before().cloned()]
        } else {
            places
        };
        // "إن السيطرة على القصير تعزز قبضة الأسد", "أهمية السيطرة على
        // سلمى": taking talked about, its object not a place we know; the
        // places around are not what was taken.
        // (Past the verb's subject: "دخلت وحدات من الجيش العربي السوري
        // اليوم بلدات كفر شمس وزمرين".)
        let object_from = doc
            .actors
            .iter()
            .find(|a| a.word_start >= hit.range.end && doc.words_between(hit.range.end, a.word_start) <= 2)
            .map_or(hit.range.end, |a| a.range.end);
        let object_named = places
            .iter()
            .flatten()
            .any(|p| p.word_start >= object_from && doc.words_between(object_from, p.word_start) <= 4);
        // ("تمكنت الفصائل من السيطرة على كامل كليات …" reports it.)
        // (Not what it seized: "تمكن التنظيم من الاستيلاء على طائرات
        // حربية معطلة".)
        let managed = words_before(norm, hit.word_start).next() == Some("من")
            && words_before(norm, hit.word_start)
                .take(14)
                .any(|w| without_conjunction(w).starts_with("تمكن"))
            && places.iter().flatten().any(|p| {
                p.word_start >= hit.range.end && doc.words_between(hit.range.end, p.word_start) <= 10
            });
        let talked_capture = cue.kind == CueKind::Capture && !object_named && !managed && definite(doc, hit);
        // Taking nowhere the text names is no territory taken ("انتزعت"
        // in a story about rights).
        if talked_capture || (cue.kind == CueKind::Capture && places.iter().all(Option::is_none)) {
            continue;
        }
        // A headline's cue after another's object ("واغتيال في داعل وعبوة
        // تستهدف «الفرقة الرابعة»"): that place is the other cue's.
        let others_object = |p: &PlaceOcc| {
            k > 0
                && p.word_start >= cues[k - 1].0.range.end
                && p.range.end <= hit.word_start
                && doc.words_between(cues[k - 1].0.range.end, p.word_start) <= 2
        };
        // "في حين تقول روسيا إن عملياتها تستهدف «الإرهابيين» فقط": what
        // strikes are said to aim at, in the present, with no place of
        // their own, is a claim about them, not a strike.
        let aims = cue.kind == CueKind::Attack
            && hit.is_verb()
            && matches!(
                without_conjunction(norm[hit.range.clone()].trim()),
                "تستهدف" | "يستهدف" | "تستهدفان" | "يستهدفون"
            );
        if aims && !places_after {
            continue;
        }
        if para == Para::Headline && !places_after && places.iter().flatten().any(others_object) {
            continue;
        }
        if side_event {
            side_places.extend(places.iter().flatten().map(|p| (p.place, p.written.clone())));
        }
        // With no place the text knows, a report needs other signs that
        // something happened: casualties, or a day ("أمس", "يوم الخميس").
        // Otherwise it is talk about violence ("تبرير القتل والاغتيال").
        // Nowhere in Syria the text pins down: no place, or a name with no
        // governorate (abroad, as often as not).
        let placeless = places
            .iter()
            .all(|p| p.as_ref().is_none_or(|p| p.place.is_none() && p.admin1.is_none()));
        let with_article = definite(doc, hit);
        // Casualties counted, not killing talked about ("جرائم … وقتل").
        let casualties =
            doc.figure(List::Kill, &r, None).is_some() || doc.figure(List::Injure, &r, None).is_some();
        // A finite verb reports ("انفجرت سيارة مفخخة", "خطف مسلحون …");
        // a noun needs casualties or a day ("اغتيال الحريري" is mostly
        // talk about it), and a definite one a verb of its happening too
        // ("ووقع الهجوم فجر أمس").
        // What went off is the verb's subject too: "سيارة مفخخة انفجرت",
        // "انتحاريا يقود شاحنة مفخخة فجر نفسه".
        let device_subject = hit.is_verb()
            && k > 0
            && cues[k - 1].0.range.end >= clause.start
            && doc.words_between(cues[k - 1].0.range.end, hit.word_start) <= 6
            && {
                let device = &doc.ex.lexicon.events[cues[k - 1].1];
                device.kind == CueKind::Explosion || device.sub_event_type == "Suicide bomb"
            };
        let mut roles = roles(doc, hit, &r);
        // "رصد المرصد تقدماً جديداً لقوات النظام … على حساب هيئة تحرير
        // الشام والفصائل …، إذ تمكنت … من السيطرة على قريتي …": with no
        // subject of its own, a capture is the sentence's first side's, at
        // the expense of the side after "حساب".
        if cue.kind == CueKind::Capture && roles.agent.is_none() {
            let before: Vec<&ActorOcc> = doc
                .actors
                .iter()
                .filter(|a| a.word_start >= r.start && a.range.end <= hit.word_start && is_party(&a.id))
                .collect();
            let expense = before
                .iter()
                .position(|a| words_before(norm, a.word_start).next() == Some("حساب"));
            if let Some(at) = expense {
                roles.agent = before[..at].first().map(|a| a.id.clone());
                roles.target = roles.target.take().or_else(|| Some(before[at].id.clone()));
            }
        }
        let agent_named = device_subject || roles.agent.is_some();
        // A noun told with a verb of its happening reads as one: "سقطت
        // قذائف" (right before), "صاروخ إسرائيلي أصاب" (after, past one
        // adjective).
        // (Before it, past a date and a count: "أطلقت صباح أمس خمسة صواريخ".)
        let occurred = doc.hits_in(&clause).any(|h| {
            h.is(List::Occurred)
                && ((h.range.end <= hit.word_start
                    && doc.words_between_undated(h.range.end, hit.word_start)
                        <= usize::from(doc.numbers_between(h.range.end, hit.word_start) > 0))
                    || (h.word_start >= hit.range.end && doc.words_between(hit.range.end, h.word_start) <= 1))
        });
        // "تعرضت المنطقة لهجوم بقذائف الهاون" tells it happened.
        let verb_like = hit.is_verb() || occurred || exposed_to(doc, hit, &r);
        let happened = happened(doc, &r);
        // (Or counted without a number: "سقط عشرات بين قتيل وجريح".)
        // "تعرضت المنطقة الخضراء لهجوم بقذائف المورتر": undergone, in the
        // past, is reported.
        let undergone = subjected_by(doc, hit, &r).is_some_and(|v| {
            matches!(
                without_conjunction(norm[v.range.clone()].trim()),
                "تعرض" | "تعرضت" | "تعرضوا"
            )
        });
        let reported = casualties
            || undergone
            || doc.has(List::Unnumbered, &r)
            || (verb_like && (agent_named || happened));
        // A place taken from around a cue that shows no sign of a report,
        // and not named in a locating phrase ("وفي درعا، خرجت مظاهرة"
        // locates; "كيف تناست دمشق ما جرى من اغتيالات" names the
        // government): it stands only where another cue of the sentence
        // has that place as its object ("بتفجير انتحاري … عربة مفخخة عند
        // حاجز …").
        let weak = !places_after
            && !casualties
            && !verb_like
            && !happened
            && places.iter().flatten().all(|p| !located(doc, p));
        // With nowhere in Syria to pin it to, a cue in a relative clause
        // describes someone or something ("جبران تويني الذي قتل في تفجير
        // استهدف موكبه"): background to what the sentence reports.
        let described = doc
            .hits_in(&(r.start..hit.word_start))
            .any(|h| h.is(List::Relative) && doc.words_between(h.range.end, hit.word_start) <= 3);
        if placeless && (!reported || (with_article && !casualties && !occurred) || described) {
            continue;
        }
        let Some((event_type, sub_event_type)) = settle_type(doc, hit, ev, &clause, &r, &roles) else {
            continue;
        };
        // Rockets or bombs whose sentence tells of poison gas or choking
        // carried it: "سقطت الصواريخ … على بلدات زملكا وعين ترما …، وبدأت
        // حالات الاختناق تتوافد".
        let sub_event_type = match sub_event_type {
            "Shelling/artillery/missile attack" | "Air/drone strike" if chemical_told(doc, &r) => {
                "Chemical weapon"
            }
            other => other,
        };
        // "فككت وحدات الهندسة عبوة زرعها إرهابيو داعش": who planted the
        // device is the side disrupted, not the one who disrupted it.
        if sub_event_type == "Disrupted weapons use" {
            if let Some(planter) = planted_by(doc, &r).filter(|p| roles.agent.as_ref().is_none_or(|a| a == p))
            {
                roles.agent = None;
                roles.target = Some(planter);
            }
        }
        if cue.needs_agent && !roles.agent_adjacent {
            continue;
        }
        if cue.needs_settled && !hit.is_verb() && !doc.has(List::Settled, &r) {
            continue;
        }
        // (Or what a fight ended in: "وانتهت المعارك صباح أمس الأحد بسيطرة
        // «داعش» على قرية تل أخضر".)
        let ended_in = || {
            words_before(norm, hit.word_start)
                .take(7)
                .map(without_conjunction)
                .any(|w| matches!(w, "انتهت" | "انتهي" | "تكللت" | "اسفرت" | "اسفر"))
        };
        if cue.reported
            && !doc
                .hits_in(&(clause.start..hit.word_start))
                .any(|h| h.is(List::Report) && doc.words_between(h.range.end, hit.word_start) <= 6)
            && !ended_in()
        {
            continue;
        }
        // "ثم انتزعت من الفصائل قرى دير جمال وكفرنايا": whom a place is
        // taken from, named right after the verb.
        if cue.kind == CueKind::Capture && hit.is_verb() {
            let from = doc.actors.iter().find(|a| {
                a.word_start >= hit.range.end
                    && doc.words_between(hit.range.end, a.word_start) == 1
                    && words_before(doc.norm(), a.word_start).next() == Some("من")
            });
            if let Some(a) = from {
                if roles.agent.as_deref() == Some(a.id.as_str()) {
                    roles.agent = None;
                }
                roles.target = Some(a.id.clone());
            }
        }
        if cue.kind == CueKind::Capture && roles.target.is_none() {
            roles.target =
                lost_by(doc, hit, &r).filter(|l| roles.agent.as_deref().is_none_or(|a| !allied(doc, a, l)));
        }
        let (actor1, actor2) = match cue.kind {
            // Who left is acted upon; who takes over (if said) acts.
            // ("تمكنت قوات النظام من السيطرة على X عقب انسحاب الفصائل منها
            // دون قتال": who took it is the capture's agent.)
            CueKind::Withdrawal => (
                roles.target.clone().or_else(|| {
                    doc.hits_in(&r)
                        .filter(|h| {
                            h.event()
                                .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Capture)
                        })
                        .find_map(|h| own_roles(doc, h, &r).agent)
                        .filter(|a| roles.agent.as_deref().is_none_or(|b| !allied(doc, a, b)))
                        // ("وأضاف أن وحدات من الجيش … دخلت صباح الثلاثاء
                        // بلدة تلبيسة بعد خروج المسلحين منها": the taker
                        // named last before, against who left.)
                        .or_else(|| {
                            let left = roles.agent.as_deref()?;
                            last_armed(doc, &r, |a| !allied(doc, a, left))
                        })
                }),
                roles.agent.clone(),
            ),
            // Protesters protest (the residents who march are they); the
            // force that breaks a protest up is the other side.
            _ if event_type == "Protests" => {
                let force = [&roles.agent, &roles.target]
                    .into_iter()
                    .flatten()
                    .find(|a| !matches!(a.as_str(), "protesters" | "civilians"))
                    .cloned()
                    // ("عناصر قسد أطلقوا الرصاص الحي لتفريق مظاهرة": the
                    // armed men of the sentence, when the cue has none.)
                    .or_else(|| {
                        doc.actors
                            .iter()
                            .filter(|a| a.word_start >= r.start && a.range.end <= r.end)
                            .find(|a| is_party(&a.id))
                            .map(|a| a.id.clone())
                    })
                    .filter(|_| sub_event_type != "Peaceful protest");
                // (ACLED codes excessive force as the force's act; its
                // victims are civilians as the target, events.md §3.)
                match force {
                    Some(f) if sub_event_type == "Excessive force against protesters" => {
                        (Some(f), Some("civilians".to_string()))
                    }
                    force => (Some("protesters".to_string()), force),
                }
            }
            _ => (roles.agent.clone(), roles.target.clone()),
        };
        // Allies joined by و are one subject, not agent and target:
        // "اقتحمت قوات الأمن وعناصر الشبيحة بلدة الحراك".
        // (Not two factions set "بين" each other: "اشتباكات بين حركة أحرار
        // الشام والفيلق الثالث".)
        let actor2 = actor2.filter(|t| {
            let Some(a) = actor1
                .as_deref()
                .filter(|a| (!roles.pair || is_state(doc, a)) && allied(doc, a, t))
            else {
                return true;
            };
            !doc.actors.iter().any(|x| {
                x.id == a
                    && x.word_start >= r.start
                    && doc.actors.iter().any(|y| {
                        y.id == *t
                            && y.word_start >= x.range.end
                            && y.range.end <= r.end
                            && doc.words_between(x.range.end, y.word_start) <= 1
                            && doc.norm()[x.range.end..y.range.start]
                                .split_whitespace()
                                .next()
                                .is_some_and(|w| w.trim_start_matches('"').starts_with('و'))
                    })
            })
        });
        let actor1 = actor1.or_else(|| claimed_by(doc, s, sub_event_type));
        // Protesters who storm and burn riot.
        let actor1 = match actor1.as_deref() {
            Some("protesters") if event_type == "Riots" => Some("rioters".to_string()),
            _ => actor1,
        };
        let assumed_agent = actor1.is_none();
        let actor1 = actor1.or_else(|| default_agent(doc, sub_event_type, &r));
        let casualties = casualty_range(doc, s);
        // (Not the dead of another event the sentence turns to: "قُتل مدرّس
        // برصاص مجهولين …، في حين قُتل عناصر من قوات النظام بانفجار
        // عبوة".)
        let turn = contrast_after(doc, hit, &r);
        let casualties = if turn < casualties.end
            && contrasted(doc, turn..r.end)
            && doc.hits_in(&(turn..r.end)).any(|h| h.event().is_some())
        {
            casualties.start..turn
        } else {
            casualties
        };
        // (Nor, for a cue the sentence turned to, the dead told before the
        // turn: "ما أدى إلى مقتل امرأة وطفلها …، فيما استهدف الطيران الحربي
        // بلدتي مسرابا ومديرا بعدة غارات أوقعت جرحى".)
        let turned_at = doc
            .hits_in(&(casualties.start..hit.word_start))
            .filter(|h| {
                let w = norm[h.range.clone()].trim();
                doc.clause_break(h) && matches!(w.strip_prefix('و').unwrap_or(w), "بينما" | "فيما" | "في حين")
            })
            .last()
            .map(|h| h.word_start)
            .filter(|&at| {
                contrasted(doc, at..r.end) && doc.hits_in(&(r.start..at)).any(|h| h.event().is_some())
            });
        let casualties = match turned_at {
            Some(at) => at..casualties.end,
            None => casualties,
        };
        // Not named as the target, the side whose dead the toll counts is
        // the one hit ("استشهد ثلاثة من مقاتلي قسد إثر انفجار لغم").
        let victims = victims(doc, &casualties);
        // "قتل عنصر يتبع لفرع الأمن العسكري بانفجار عبوة": the side whose
        // man a bomb killed is not who planted it.
        let device = matches!(
            sub_event_type,
            "Remote explosive/landmine/IED" | "Suicide bomb" | "Grenade"
        );
        let (actor1, actor2) = match actor1 {
            Some(a) if device && actor2.is_none() && !assumed_agent && victims.contains(&a) => {
                (default_agent(doc, sub_event_type, &r), Some(a))
            }
            a1 => (a1, actor2),
        };
        let actor2 = match event_type {
            "Protests" => actor2,
            _ => actor2.or_else(|| {
                victims
                    .iter()
                    .find(|v| actor1.as_deref().is_none_or(|a| !allied(doc, a, v)))
                    .cloned()
            }),
        };
        // A clash told without its sides ("اشتباكات عنيفة دارت ليل السبت على
        // محور قبتان الجبل") is between the two the paragraph sets
        // against each other.
        // One side named: the other is the armed side named last against it
        // ("قُتل في الاشتباكات التي دارت في محيط البلدة 27 مرتزقاً").
        let sides = match (&actor1, &actor2) {
            (None, None) if sub_event_type == "Armed clash" => paragraph_sides(doc, s),
            (None, Some(b)) if sub_event_type == "Armed clash" => {
                last_armed(doc, &r, |a| !allied(doc, a, b)).map(|a| (a, b.clone()))
            }
            // (And a deal: "توصلت كتائب الجيش الحر في حي برزة وقوات النظام
            // إلى اتفاق هدنة" is between the two.)
            (Some(a), None) if matches!(sub_event_type, "Armed clash" | "Agreement") => {
                last_armed(doc, &r, |b| !allied(doc, a, b)).map(|b| (a.clone(), b))
            }
            _ => None,
        };
        let from_paragraph = sides.is_some();
        let (actor1, actor2) = match sides {
            Some((a, b)) => (Some(a), Some(b)),
            None => (actor1, actor2),
        };
        let assumed_agent = assumed_agent || from_paragraph;
        let assumed_target = actor2.is_none() || from_paragraph;
        let actor2 = match event_type {
            "Protests" => actor2,
            _ => actor2.or_else(|| {
                // The civilians a toll sentence right after counts were hit
                // too ("وأفاد الدفاع المدني بأن ستة مدنيين قتلوا في مسرابا").
                let told = toll_after(doc, s).map_or(r.clone(), |t| r.start..t.end);
                default_target(doc, sub_event_type, actor1.as_deref(), &told, hit)
            }),
        };
        // Who fought beside each side, named in the cue's part of the
        // sentence ("سيطرت قوات النظام، مدعومة بميليشيات إيرانية وعناصر من
        // حزب الله، على …"), and the civilians killed beside a named target.
        let span = segment_start..own_clause_end(doc, hit, &r);
        let assoc1 = associates(doc, &span, actor1.as_deref(), actor2.as_deref());
        let mut assoc2 = associates(doc, &span, actor2.as_deref(), actor1.as_deref());
        for v in &victims {
            let theirs = actor2.as_deref().is_some_and(|t| t != v && allied(doc, t, v));
            if theirs && !assoc2.contains(v) {
                assoc2.push(v.clone());
            }
        }
        if actor2.as_deref().is_some_and(is_party) && doc.has(List::Civilian, &casualties) {
            assoc2.push("civilians".to_string());
        }
        // A specific faction beats a generic one (events.md §3): "فصائل
        // الجبهة الوطنية للتحرير" is the NLF, with the opposition beside it.
        let (actor1, assoc1) = specific(doc, actor1, assoc1);
        let (actor2, assoc2) = specific(doc, actor2, assoc2);
        // Choking from tear gas ("القنابل المسيلة للدموع … حالات اختناق") is
        // no chemical attack.
        if sub_event_type == "Chemical weapon" && norm[r.clone()].contains("للدموع") {
            continue;
        }
        // A body handed back ("سلّمت الأجهزة الأمنية مساء اليوم جثة الشاب")
        // is no place handed over.
        let body_handed = cue.kind == CueKind::Withdrawal
            && norm[hit.range.end..r.end].split_whitespace().take(6).any(|w| {
                // (With its owner: "وسُلّمت جثته لذويه".)
                ["جثه", "جثت", "جثمان", "جثث", "جثامين"]
                    .iter()
                    .any(|b| w.starts_with(b))
            });
        let taking = matches!(cue.kind, CueKind::Capture | CueKind::Withdrawal);
        if body_handed || after_long_spell(norm, hit) || (taking && over_a_span(norm, hit)) {
            continue;
        }
        let date = doc.date_for(&r, &hit.range);
        let reporters = doc.reporters_for(s);
        // An agreement is made once, where it was made ("توصلت الفصائل إلى
        // اتفاق … في بلدة الدار الكبيرة، على أن تدخل الشرطة إلى الرستن
        // وتلبيسة"): not once per town it concerns.
        let mut places = places;
        if sub_event_type == "Agreement" {
            places.truncate(1);
        }
        let several = places.len() > 1;
        // A figure goes to one place: the one told nearest to it ("قتل
        // سبعة … في كفرزيتا واللطامنة" counts seven once).
        let starts: Vec<Option<usize>> = places.iter().map(|p| p.as_ref().map(|p| p.word_start)).collect();
        let ids: Vec<Option<PlaceKey>> = places.iter().map(|p| p.as_ref().map(PlaceOcc::key)).collect();
        let towns: Vec<bool> = places
            .iter()
            .map(|p| p.as_ref().is_some_and(|p| !p.area))
            .collect();
        let some_town = towns.contains(&true);
        let owned = |list: List, i: usize| -> Option<u32> {
            // (The toll nearest the cue: "أسفرت المعارك في تقاد عن مقتل 13
            // عنصراً، فيما قتل مدنيان جراء قصف مدفعي على دارة عزة".)
            // (Not a toll another cue owns across "بينما": "قتل ستة عناصر
            // بهجوم للتنظيم …، بينما شنت طائرات روسية غارات على بادية
            // تدمر" killed no one in the strikes.)
            // (Another source on the same event is no other event: "في حين
            // قالت مصادر موالية إن الهجوم صُدّ".)
            let contrast = |a: usize, b: usize| contrasted(doc, a.min(b)..a.max(b));
            // (A definite cue tells back the event the toll is of; not after
            // "كما", which adds another: "ما أسفر عن مقتل مدنيين اثنين، كما
            // طالت الغارات الأحياء السكنية في مدينة اللطامنة".)
            let also = |a: usize, b: usize| {
                a < b
                    && doc
                        .hits_in(&(a..b))
                        .any(|h| doc.clause_break(h) && norm[h.range.clone()].trim() == "كما")
            };
            // (Of its own type: "قُتل خمسة مدنيين جراء إلقاء مروحيات براميل
            // على مارع، بينما تواصلت المعارك في أحياء حلب" tells back no
            // battle.)
            let told_back = |at: usize| {
                with_article
                    && cues.iter().any(|(c, e)| {
                        c.range != hit.range
                            && r.contains(&c.word_start)
                            && !contrast(at, c.word_start)
                            && doc.ex.lexicon.events[*e].event_type == cue.event_type
                    })
            };
            let apart = |at: usize| {
                r.contains(&at)
                    && ((!told_back(at) && contrast(at, hit.word_start)) || also(at, hit.word_start))
                    && cues.iter().any(|(c, _)| {
                        c.range != hit.range
                            && r.contains(&c.word_start)
                            && !contrast(at, c.word_start)
                            && !also(at, c.word_start)
                    })
            };
            // "وسيدة وطفلها جراء قصف … على بلدة لحايا، وشهيد جراء القصف
            // … على كفر زيتا": in a daily toll, the dead told right before
            // the cause are that cause's.
            // (The cause may be told before the means that is the cue: "جراء
            // قصف قوات النظام براجمات الصواريخ".)
            let cause = doc
                .hits_in(&(r.start..hit.word_start))
                .filter(|w| {
                    w.is(List::Subordinate)
                        && matches!(
                            without_conjunction(norm[w.range.clone()].trim()),
                            "جراء" | "بسبب" | "اثر" | "نتيجه" | "بفعل"
                        )
                        && doc.words_between(w.range.end, hit.word_start) <= 6
                        && !norm[w.range.end..hit.word_start].contains(['،', ','])
                })
                .last();
            if let Some(v) = cause.filter(|_| list == List::Kill).and_then(listed_dead) {
                return Some(v);
            }
            if !several {
                let all = doc.figures(list, &casualties);
                if !all.is_empty() && all.iter().all(|&(at, _)| apart(at)) {
                    return None;
                }
                // (Of the tolls not another cue's across "فيما": "قُتل أربعة
                // مدنيين جراء غارات استهدفت البلدة، فيما قُتلت امرأة بقصف
                // صاروخي على مدينة عربين".)
                let nearest = all
                    .iter()
                    .filter(|&&(at, _)| !apart(at))
                    .min_by_key(|&&(at, _)| at.abs_diff(hit.range.start))
                    .map(|&(_, v)| v);
                // "ما أدى إلى مقتل تسعة مدنيين، في حين وثق المرصد مقتل ستة":
                // two sources' tolls of one event; the lowest stands.
                let rival = all.windows(2).find(|w| {
                    let between = w[0].0..w[1].0;
                    doc.has(List::Report, &between)
                        && doc.hits_in(&between).any(|h| doc.clause_break(h))
                        && !contrasted(doc, between.clone())
                });
                return match rival {
                    Some(w) if list == List::Kill => Some(w[0].1.min(w[1].1)),
                    _ => nearest,
                };
            }
            // "مقتل 37 مدنيا: 8 في حمورية و17 في سقبا": each place its own.
            if list == List::Kill {
                if let Some(v) = ids[i].as_ref().and_then(|k| figure_at(doc, &casualties, k)) {
                    return Some(v);
                }
            }
            doc.figures(list, &casualties).into_iter().find_map(|(at, v)| {
                // "مما أدى إلى مقتل امرأة وطفلها في تلمنس": the place the
                // toll itself names owns it.
                // ("مقتل مواطنين اثنين في حي القصاع".)
                let told = doc.places.iter().find(|p| {
                    let mut back = norm[..p.word_start].split_whitespace().rev().peekable();
                    back.next_if(|w| matches!(*w, "حي" | "بلده" | "مدينه" | "قريه" | "مخيم"));
                    // (Who was among them may stand between: "مقتل خمسة
                    // مدنيين بينهم امرأة وطفلان في كفرزيتا".)
                    let among = p.word_start > at && norm[at..p.word_start].contains("بينهم");
                    p.word_start > at
                        && doc.words_between(at, p.word_start) <= if among { 10 } else { 6 }
                        && matches!(back.next(), Some("في" | "ب"))
                });
                let named = told.and_then(|t| (0..ids.len()).find(|&j| ids[j] == Some(t.key())));
                // (A town before an area: "على مختار بلدة اليادودة، وهو عضو
                // في ريف درعا الغربي، ما أدى إلى مقتله" is the town's dead.)
                let nearest = named.or_else(|| {
                    (0..starts.len())
                        .filter(|&j| !some_town || towns[j])
                        .min_by_key(|&j| starts[j].map_or(usize::MAX, |s| s.abs_diff(at)))
                })?;
                (nearest == i).then_some(v)
            })
        };
        // "وتوزع الشهداء: 27 في بلدة حمورية، و17 في سقبا" right after the
        // strikes: a toll sentence of no event of its own gives each place
        // its figure.
        let next_toll = toll_after(doc, s);
        // An explosion told with its device ("انفجرت عبوة ناسفة بسيارة
        // قيادي") is an event of its own, not a detail of a strike there.
        let device_named = DEVICES.iter().any(|w| norm[clause.clone()].contains(w));
        // A verb whose object is the next cue ("انتزعت قوات سوريا الديمقراطية
        // السيطرة على الطبقة") owns the places that cue governs, up to the
        // cue after it.
        // (A capture verb's object may wait past its subject and a day:
        // "استعادت قوات النظام والميليشيات المساندة لها، اليوم الإثنين،
        // السيطرة على مدينة سراقب".)
        let taking = |e: usize| doc.ex.lexicon.events[e].kind == CueKind::Capture;
        let object_window = match cues.get(k + 1) {
            Some(c)
                if doc.words_between(hit.range.end, c.0.word_start) <= 4
                    || (hit.is_verb()
                        && taking(ev)
                        && taking(c.1)
                        && doc.words_between_undated(hit.range.end, c.0.word_start) <= 8) =>
            {
                c.0.range.end..cues.get(k + 2).map_or(r.end, |c| c.0.word_start)
            }
            _ => 0..0,
        };
        // "دون وقوع إصابات", or the wounded counted and no one killed:
        // the toll is 0 (ACLED's convention), not unknown.
        let no_deaths = doc.has(List::Unharmed, &r)
            || (doc.figure(List::Injure, &r, None).is_some() && !doc.has(List::Kill, &r));
        let unharmed_in = unharmed_places(doc, &r);
        let single_place = places.len() == 1;
        for (i, place) in places.into_iter().enumerate() {
            let figure = |list| {
                owned(list, i).or_else(|| {
                    let toll = next_toll.as_ref().filter(|_| list == List::Kill)?;
                    figure_at(doc, toll, ids[i].as_ref()?)
                })
            };
            let unharmed_here = unharmed_in.as_ref().is_none_or(|here| {
                place
                    .as_ref()
                    .is_some_and(|p| here.iter().any(|q| q.place == p.place && q.written == p.written))
            });
            marks.push((!places_after, weak));
            out.push(Candidate {
                sentence: s,
                headline: para == Para::Headline,
                cue: hit.range.clone(),
                event_type,
                sub_event_type,
                // (A car bomb its driver blew up ranks as the suicide
                // attack it is: "هجوماً معاكساً … مستخدماً سيارتين
                // مفخختين يقودهما انتحاريان".)
                priority: if sub_event_type == "Suicide bomb" {
                    cue.priority.max(doc.ex.lexicon.suicide_priority)
                } else {
                    cue.priority
                },
                secondary: cue.secondary,
                generic: matches!(cue.kind, CueKind::Attack | CueKind::Bombardment)
                    || (cue.kind == CueKind::Explosion && !device_named),
                definite: with_article && !places_after,
                toll_only: false,
                owned: places_after
                    || place
                        .as_ref()
                        .is_some_and(|p| object_window.contains(&p.word_start)),
                place,
                actor1: actor1.clone(),
                assumed_agent,
                actor2: actor2.clone(),
                assumed_target,
                assoc1: assoc1.clone(),
                assoc2: assoc2.clone(),
                symmetric: roles.pair,
                // (Those taken count only the dead told after them: "ما أدى
                // إلى مقتل 4 من عناصرها، في حين اختطف التنظيم 6 رعاة" are
                // the attack's.)
                fatalities: if matches!(sub_event_type, "Abduction/forced disappearance" | "Arrests") {
                    doc.figure(
                        List::Kill,
                        &(hit.range.start..casualties.end.max(hit.range.start)),
                        None,
                    )
                } else if sub_event_type == "Armed clash" && single_place {
                    figure(List::Kill).map(|f| f.max(both_sides_dead(doc, &casualties).unwrap_or(0)))
                } else {
                    figure(List::Kill)
                }
                .or_else(|| cue.kills.then(|| doc.victims_counted(hit, &r)).flatten())
                // "قتل مسلحون مجهولون، مساء الاثنين، مختار حي … بإطلاق
                // النار عليه": the killing verb's object is its dead.
                .or_else(|| {
                    let kill = doc.hits_in(&r).find(|h| h.is(List::Kill))?;
                    killer_first(doc, kill, &r).and_then(|_| doc.victims_counted(kill, &r))
                }),
                injuries: figure(List::Injure),
                no_deaths: no_deaths && unharmed_here,
                date,
                reporters: reporters.clone(),
            });
        }
    }
    // A borrowed place a side event owns is the side event's ("ألقى
    // الطيران براميل على الهبيط، بالتزامن مع قصف صاروخي على خان شيخون"
    // drops no barrels on خان شيخون).
    let at = |c: &Candidate| c.place.as_ref().map(|p| p.word_start);
    // The places of the candidates whose marks (borrowed, weak) pass.
    let places_where = |keep: fn(bool, bool) -> bool| -> Vec<Option<usize>> {
        out.iter()
            .zip(&marks)
            .filter(|(_, &(borrowed, weak))| keep(borrowed, weak))
            .map(|(c, _)| at(c))
            .collect()
    };
    let owned = places_where(|_, weak| !weak);
    let named_at = places_where(|borrowed, _| !borrowed);
    let mut out: Vec<Candidate> = out
        .into_iter()
        .zip(marks)
        .filter(|(c, (borrowed, weak))| {
            let side = *borrowed
                && c.place.as_ref().is_some_and(|p| {
                    side_places
                        .iter()
                        .any(|(id, written)| (p.place.is_some() && p.place == *id) || p.written == *written)
                });
            let unsupported = *weak && !owned.contains(&at(c));
            // The fighting during which what came before happened, told
            // after "بعد أن" ("أعدم التنظيم ثلاثة أسرى في قرية محيميدة، بعد أن
            // أسرهم خلال معارك الأسبوع الماضي"), is how it came about.
            let before_it = *borrowed
                && named_at.contains(&at(c))
                && words_before(norm, c.cue.start)
                    .next()
                    .is_some_and(|w| matches!(w, "خلال" | "اثناء"))
                && doc
                    .hits_in(&(r.start..c.cue.start))
                    .filter(|h| doc.clause_break(h))
                    .last()
                    .is_some_and(|h| norm[h.range.clone()].trim() == "بعد ان");
            !side && !unsupported && !before_it
        })
        .map(|(c, _)| c)
        .collect();
    // (A definite cue in a later clause tells back the killing, not
    // another event: "ما أدى إلى مقتل سبعة مدنيين، في حين قالت لجان
    // التنسيق إن حصيلة الغارة ارتفعت إلى تسعة".)
    let first_kill = doc.hits_in(&r).find(|h| h.is(List::Kill)).map(|h| h.range.end);
    let another_telling = |h: &Hit| {
        definite(doc, h)
            && first_kill.is_some_and(|k| k < h.word_start && doc.has(List::Report, &(k..h.word_start)))
    };
    if out.is_empty() && cues.iter().all(|(h, _)| another_telling(h)) {
        out.extend(killing(doc, s, para));
    }
    one_event_per_place(doc, out)
}

/// The places a "no one was hurt" names ("فيما لم تسجل إصابات في الأربعين
/// والزكاة"), when every such phrase in the sentence names some: the other
/// places of the sentence may have had their dead.
fn unharmed_places<'d>(doc: &'d Doc, r: &Range<usize>) -> Option<Vec<&'d PlaceOcc>> {
    let mut named = Vec::new();
    for h in doc.hits_in(r).filter(|h| h.is(List::Unharmed)) {
        let end = doc
            .hits_in(&(h.range.end..r.end))
            .find(|b| doc.clause_break(b))
            .map_or(r.end, |b| b.word_start);
        let first = doc.norm()[h.range.end..end].split_whitespace().next();
        let listed: Vec<&PlaceOcc> = doc
            .places
            .iter()
            .filter(|p| p.word_start >= h.range.end && p.range.end <= end)
            .collect();
        if first != Some("في") || listed.is_empty() {
            return None;
        }
        named.extend(listed);
    }
    (!named.is_empty()).then_some(named)
}

/// The dead a sentence counts in fighting it refers back to ("وأسفرت
/// المعارك عن مقتل 12 مقاتلا", "بمقتل 38 عنصراً خلال الهجوم على مهين"):
/// the lowest figure, when the sentence names a battle with ال.
pub(crate) fn battle_toll(doc: &Doc, s: usize) -> Option<u32> {
    let r = doc.sentences[s].range.clone();
    let battle = doc.hits_in(&r).find(|h| {
        h.event()
            .is_some_and(|e| doc.ex.lexicon.events[e].event_type == "Battles")
            && definite(doc, h)
    })?;
    // (Its clause: "…، في حين لم تعلن الفصائل حصيلة خسائرها" is no
    // statistic.)
    // (Nor is a lead-in that tolls conflict: "وتضاربت الأنباء حول حصيلة
    // القتلى، إذ قال المرصد إن أربعة مقاتلين قتلوا في الاشتباكات".)
    let clause = doc.clause(&r, battle);
    let told = r.start..clause.end;
    let conflicting = doc.norm()[r.clone()]
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("تضاربت"));
    let lead_in = if conflicting {
        clause.start..clause.end
    } else {
        told.clone()
    };
    if doc.has(List::Background, &lead_in) || dated_long_ago(doc, &r, battle) {
        return None;
    }
    // (And another source's toll right after: "…، في حين قال مصدر في
    // «الفيلق الثالث» إن حصيلة القتلى تسعة"; the lowest stands.)
    // (Not where the clause counts each side: "مقتل 14 عنصراً من قوات
    // النظام و9 من عناصر التنظيم، في حين نشرت وكالة «أعماق» صوراً …".)
    let numbers = doc
        .numbers
        .iter()
        .filter(|n| n.range.start >= told.start && n.range.end <= told.end)
        .filter(|n| !crate::doc::among(&doc.norm()[..n.range.start]))
        .count();
    let rival = numbers == 1
        && doc
            .hits_in(&(clause.end..r.end))
            .any(|h| h.is(List::Report) && doc.words_between(clause.end, h.word_start) <= 3);
    let told = if rival { r.start..r.end } else { told };
    doc.figures(List::Kill, &told)
        .into_iter()
        .map(|(_, n)| n)
        .filter(|&n| n > 0)
        .min()
}

/// A cue right after a verb of refusing ("رفضوا تسليم أسلحتهم").
fn refused(doc: &Doc, hit: &Hit) -> bool {
    words_before(doc.norm(), hit.word_start).next().is_some_and(|w| {
        matches!(
            without_conjunction(w),
            "رفض" | "رفضت" | "رفضوا" | "يرفض" | "ترفض" | "يرفضون"
        )
    })
}

/// A verb of breaking up a protest shortly before its cue, past its
/// subject and a date set off by commas ("فرّقت الأجهزة الأمنية، أمس،
/// وقفة احتجاجية").
fn dispersed(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    // ("رغم القمع، خرجت مظاهرات": repression in general broke up nothing.)
    // (Nor one across a clause word: "وفرّقت قوات الأمن مظاهرة في عربين،
    // فيما خرجت مظاهرات في سقبا" left Saqba's alone.)
    let before = doc.hits_in(&(r.start..hit.word_start)).any(|h| {
        h.is(List::Dispersal)
            && !h.proclitics.article
            && !doc.norm()[h.range.clone()].trim_start().starts_with("ال")
            && doc.words_between_undated(h.range.end, hit.word_start) <= 14
            && !doc
                .hits_in(&(h.range.end..hit.word_start))
                .any(|x| doc.clause_break(x))
    });
    // "خرجت مظاهرة …، وقامت قوات الأمن بتفريقها": broken up after, the
    // protest named by a pronoun.
    // ("من دون أن تتدخل الأجهزة الأمنية لتفريقهم": no one broke it up.)
    before
        || doc.hits_in(&(hit.range.end..r.end)).any(|h| {
            h.is(List::Dispersal)
                && (["ها", "هم"]
                    .iter()
                    .any(|p| doc.norm()[h.range.clone()].ends_with(p))
                    || marchers_after(doc, h, r.end))
                // ("خرجت مظاهرة حاشدة من جامع الحسن …، هتف فيها المتظاهرون
                // …، قبل أن تهاجمها قوات الأمن وتطلق الرصاص الحي لتفريقها".)
                && doc.words_between_undated(hit.range.end, h.word_start) <= 25
                // ("ولم ترد أنباء عن تدخل قوات الأمن لتفريقها" neither.)
                && !doc.hits_in(&(hit.range.end..h.word_start)).any(|x| {
                    x.is(List::Negation)
                        && without_conjunction(doc.norm()[x.range.clone()].trim()) != "ما"
                        && doc.words_between(x.range.end, h.word_start) <= 7
                })
        })
}

/// The protest's marchers named as the object of a verb that goes on
/// its story ("وتفرق المتظاهرين", "ثم فرقت قوات الأمن المحتجين"); not a
/// relative clause about one place of a list ("حي الميدان الذي فرّقت فيه
/// قوات الأمن المتظاهرين").
fn marchers_after(doc: &Doc, h: &Hit, end: usize) -> bool {
    let norm = doc.norm();
    let object = |w: &str| {
        matches!(
            w.trim_end_matches(['،', ',', '.']),
            "المتظاهرين" | "المحتجين" | "المعتصمين"
        )
    };
    norm[h.range.clone()].split_whitespace().any(object)
        || ((h.proclitics.conjunction.is_some()
            || matches!(words_before(norm, h.word_start).next(), Some("ثم" | "ان")))
            && norm[h.range.end..end].split_whitespace().take(4).any(object))
}

/// Fire opened on the protesters later in the protest's sentence, before a
/// clause word ("خرج الآلاف في مظاهرات في ريف دمشق ودرعا، في حين فتحت قوات
/// الأمن النار على المتظاهرين في حرستا" fired on Harasta's only).
fn fired_on(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    let end = own_clause_end(doc, hit, r);
    let cue_after = doc.hits_in(&(hit.range.end..end)).any(|h| {
        h.event()
            .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Excessive force against protesters")
    });
    // "قبل أن يطلق عناصر من «جيش الإسلام» النار في الهواء ثم باتجاه
    // المحتجين، ما أدى إلى مقتل شاب": fire turned on them, and a death.
    let words: Vec<&str> = doc.norm()[hit.range.end..r.end].split_whitespace().collect();
    let fire_at = words.windows(2).any(|w| {
        matches!(w[0].trim_start_matches('و'), "باتجاه" | "نحو" | "علي")
            && matches!(
                w[1].trim_end_matches(['،', ',', '.']),
                "المحتجين"
                    | "المتظاهرين"
                    | "المشاركين"
                    | "المشيعين"
                    | "مظاهره"
                    | "المظاهره"
                    | "مظاهرات"
                    | "المظاهرات"
            )
    }) && words
        .iter()
        .any(|w| w.ends_with("النار") || w.ends_with("الرصاص"));
    // "أطلقت قوات الأمن النار بشكل مباشر على مظاهرة خرجت بعد صلاة العصر،
    // ما أدى إلى استشهاد الشاب": the fire told before the protest.
    // (Past their count: "فتحت النار على آلاف المتظاهرين".)
    let mut before = words_before(doc.norm(), hit.word_start)
        .skip_while(|w| matches!(*w, "الاف" | "مئات" | "عشرات" | "الالاف" | "المئات" | "العشرات"));
    let fired_before = before.next() == Some("علي")
        && before
            .take(5)
            .any(|w| w.ends_with("النار") || w.ends_with("الرصاص"));
    cue_after || ((fire_at || fired_before) && doc.figure(List::Kill, r, None).is_some())
}

/// A cue with the article ("الهجوم", "القصف"): often a reference to an
/// event told before. (A verb's alif is not the article: "ألقى" is "القي".)
fn definite(doc: &Doc, hit: &Hit) -> bool {
    hit.proclitics.article || (!hit.is_verb() && doc.norm()[hit.range.clone()].starts_with("ال"))
}

/// A day's toll shared out over the country ("سقوط 41 شهيداً اليوم …، 17
/// منهم في حمص وريفها، و9 في اللاذقية، و6 في ريف دمشق …"): a statistic,
/// its events told one by one elsewhere. Four governorates or more, and at
/// least two figures each put "في" a place.
fn toll_breakdown(doc: &Doc, r: &Range<usize>) -> bool {
    let norm = doc.norm();
    let shares = doc
        .numbers
        .iter()
        .filter(|n| n.range.start >= r.start && n.range.end <= r.end)
        .filter(|n| {
            let after = norm[n.range.end..r.end].trim_start();
            after.starts_with("في ") || after.starts_with("منهم في ") || after.starts_with("منها في ")
        })
        .count();
    // (Or a daily toll's dead told by governorate, with no event of their
    // own: "سقط معظمهم في حلب وإدلب وحماة", "وفي درعا أربعة شهداء، وفي دير
    // الزور شهيدان".)
    // (Those who died under torture among them are counted, not told.)
    let cue_told = || {
        doc.hits_in(r)
            .any(|h| h.event().is_some() && !norm[h.range.clone()].contains("تعذيب"))
    };
    let capitals = || {
        let here: Vec<&PlaceOcc> = doc
            .places
            .iter()
            .filter(|p| p.word_start >= r.start && p.range.end <= r.end)
            .collect();
        let mut ids: Vec<u32> = here.iter().filter_map(|p| p.place).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len() >= 2 && here.iter().all(|p| doc.place_of(p).is_some_and(|q| q.rank >= 4))
    };
    if doc.has(List::Kill, r) && !cue_told() && capitals() {
        return true;
    }
    if shares < 2 {
        return false;
    }
    let mut governorates: Vec<&str> = doc
        .places
        .iter()
        .filter(|p| p.word_start >= r.start && p.range.end <= r.end)
        .filter_map(|p| p.admin1.as_deref())
        .collect();
    governorates.sort_unstable();
    governorates.dedup();
    governorates.len() >= 4
}

/// A question asks, it does not report: "قد تكون اسرائيل من اغتالت
/// الحريري؟", "وسألت «من المسؤول عن التفجير الدامي؟»".
/// (A quoted question after the report is what was said or written, not
/// the sentence asking: `ورفعوا لافتات كتب عليها "أين أبناؤنا؟"`.)
fn question(doc: &Doc, r: &Range<usize>) -> bool {
    let text = doc.norm()[r.clone()].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ')'));
    let asks = text.trim_end_matches('"').ends_with(['؟', '?']);
    let quoted_from = text
        .strip_suffix('"')
        .and_then(|t| t.rfind('"'))
        .map(|q| r.start + q);
    asks && quoted_from.is_none_or(|q| !doc.hits_in(&(r.start..q)).any(|h| h.event().is_some()))
}

/// A cue word alone in quotation marks is a name or a word talked about
/// («الصاروخ», «التفجير»), not something that happened.
/// (A verb quoted is speech reported: وحدات الجيش "أعادت الأمن والاستقرار"
/// إلى المبعوجة.)
/// (But not "عمليات «التعفيش»": the acts the scare quotes mark.)
fn quoted_name(doc: &Doc, h: &Hit) -> bool {
    let norm = doc.norm();
    let acts = words_before(norm, h.word_start)
        .next()
        .map(|w| w.trim_end_matches('"'))
        .is_some_and(|w| matches!(without_conjunction(w), "عمليات" | "عمليه" | "حمله" | "حملات"));
    !h.is_verb() && !acts && norm[..h.word_start].ends_with('"') && norm[h.range.end..].starts_with('"')
}

/// A cue inside what a banner or a chant says: "ورفعوا لافتات كتب عليها
/// "أوقفوا خطف الأطباء"" tells of no abduction.
fn slogan(doc: &Doc, h: &Hit, r: &Range<usize>) -> bool {
    let norm = doc.norm();
    let before = &norm[r.start..h.word_start];
    let Some(open) = before.rfind('"').filter(|_| before.matches('"').count() % 2 == 1) else {
        return false;
    };
    words_before(norm, r.start + open).take(3).any(|w| {
        matches!(
            without_conjunction(w),
            "عليها"
                | "عليه"
                | "لافتات"
                | "لافته"
                | "شعار"
                | "شعارات"
                | "هتافات"
                | "هتفوا"
                | "يهتفون"
                | "مرددين"
        )
    })
}

/// A protest's cue (of any sub-type).
fn protest_cue(doc: &Doc, h: &Hit) -> bool {
    h.event()
        .is_some_and(|e| doc.ex.lexicon.events[e].event_type == "Protests")
}

/// A cue of shells or of bombardment ("قصف", "قذائف").
fn shelling_cue(doc: &Doc, hit: &Hit) -> bool {
    hit.event().is_some_and(|e| {
        let cue = &doc.ex.lexicon.events[e];
        cue.kind == CueKind::Bombardment || cue.sub_event_type == "Shelling/artillery/missile attack"
    })
}

/// Whether a sentence tells of poison gas or choking ("حالات الاختناق",
/// "قضوا اختناقاً").
fn chemical_told(doc: &Doc, r: &Range<usize>) -> bool {
    doc.hits_in(r).any(|h| {
        h.event()
            .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Chemical weapon")
    }) || doc.norm()[r.clone()]
        .split_whitespace()
        .any(|w| w.starts_with("اختناق"))
}

/// The marks a body bears ("جثة … وعليها آثار إطلاق نار"): how one was
/// killed, not another attack.
fn marks_of(doc: &Doc, h: &Hit) -> bool {
    words_before(doc.norm(), h.word_start)
        .next()
        .is_some_and(|w| matches!(w, "اثار" | "واثار" | "باثار"))
}

/// A sentence whose only report is a killing ("قتلت القوات الأميركية 11
/// مسلحاً", "قُتل مدني برصاص"): an armed clash when the dead fought, an
/// attack on civilians otherwise. Only with a figure and someone or
/// somewhere to tie it to.
fn killing(doc: &Doc, s: usize, para: Para) -> Vec<Candidate> {
    let r = doc.sentences[s].range.clone();
    let Some(kill) = doc.hits_in(&r).find(|h| h.is(List::Kill)) else {
        return Vec::new();
    };
    // Who the dead told before were: "فإن الشهيدين هما محمد شيخو … وهما من
    // أهالي مدينة عامودا".
    let norm = doc.norm();
    if kill.proclitics.article
        && matches!(
            norm[kill.range.end..].split_whitespace().next(),
            Some("هم" | "هما" | "هو" | "هي")
        )
    {
        return Vec::new();
    }
    // "قتل مسلحون مجهولون امرأة": the verb's subject first, then whom it
    // killed.
    let Some(fatalities) = doc
        .figure(List::Kill, &r, None)
        .or_else(|| killer_first(doc, kill, &r).and_then(|_| doc.victims_counted(kill, &r)))
    else {
        return Vec::new();
    };
    // (Background after the killing's clause is another matter when the
    // killing has its place: "…، في جريمة جديدة تضاف إلى سلسلة جرائم
    // القتل التي يشهدها المخيم منذ أشهر".)
    let told = r.start..doc.clause(&r, kill).end;
    let background_after = doc.has(List::Background, &r);
    // (Nor is a claim's figure: "وتبنى تنظيم الدولة العملية، زاعماً مقتل
    // أربعة عناصر" counts the dead of what was told.)
    if blocked(doc, kill, &r)
        || doc.has(List::Background, &told)
        || doc.has(List::TollUpdate, &told)
        || doc.has(List::Claim, &r)
        || dated_long_ago(doc, &r, kill)
        || counted_since(doc, &r, kill)
        // (A nationwide toll and its shares: "مقتل 143 شخصاً في مختلف
        // أنحاء سوريا، بينهم 45 في ريف دمشق".)
        || doc.has(List::Nationwide, &r)
    {
        return Vec::new();
    }
    let roles = roles(doc, kill, &r);
    // "وأوضح المرصد أن حمورية سجلت العدد الأكبر من الضحايا بـ24 قتيلا،
    // تلتها بيت سوا بـ14 قتيلا": each place its own figure.
    let each: Vec<Candidate> = doc
        .places
        .iter()
        .filter(|p| p.word_start >= r.start && p.range.end <= r.end && !p.modifier)
        .filter_map(|p| {
            let figure = figure_at(doc, &r, &p.key())?;
            Some(killed_at(doc, s, para, kill, &roles, Some(p.clone()), figure))
        })
        .collect();
    if each.len() > 1 {
        return each;
    }
    let places = governed_places(doc, kill, r.clone(), &r, s)
        .map(|(p, _)| p)
        .unwrap_or_default();
    let place = places.into_iter().next().flatten();
    if place.is_none() && (background_after || (roles.agent.is_none() && !happened(doc, &r))) {
        return Vec::new();
    }
    vec![killed_at(doc, s, para, kill, &roles, place, fatalities)]
}

/// The gunmen who killed, when the sentence names them before whom they
/// killed: "قتل مسلحون مجهولون امرأة" (the verb, its subject, its object),
/// "أقدم مسلحون على قتل امرأة". Without a person after them, "قتل
/// مسلحون" is the passive: gunmen were killed.
fn killer_first<'d>(doc: &'d Doc, kill: &Hit, r: &Range<usize>) -> Option<&'d Hit> {
    let norm = doc.norm();
    let verb = matches!(
        without_conjunction(norm[kill.range.clone()].trim()),
        "قتل" | "قتلت" | "قتلوا" | "يقتل"
    );
    // ("قتل" is also the noun after على.)
    let after_verb = doc
        .hits_in(&(kill.range.end..r.end))
        .next()
        .filter(|h| verb && h.is(List::Fighters) && doc.words_between(kill.range.end, h.word_start) == 0);
    let subject = after_verb.or_else(|| {
        doc.hits_in(&(r.start..kill.word_start))
            .filter(|h| {
                h.is(List::Fighters)
                    && doc.words_between(h.range.end, kill.word_start) <= 3
                    && !norm[h.range.end..kill.word_start].contains('،')
            })
            .last()
    })?;
    // The first one counted after them is a person who is no fighter.
    let from = kill.range.end.max(subject.range.end);
    let object = doc.hits_in(&(from..r.end)).find(|h| {
        h.is(List::PersonOne) || h.is(List::PersonTwo) || h.is(List::Civilian) || h.is(List::Fighters)
    })?;
    // (A fighter counted one by one is a victim too, "قتل مسلحون مجهولون
    // عنصراً سابقاً"; one joined by و is more of the passive's dead, "قتل
    // مسلحون وعناصر من الجيش".)
    let victim = !object.is(List::Fighters)
        || ((object.is(List::PersonOne) || object.is(List::PersonTwo))
            && object.proclitics.conjunction.is_none());
    // (Past how they came: "قتل مسلحون مجهولون يستقلون دراجة نارية شاباً".)
    let riding = norm[from..object.word_start].contains("يستقل");
    // (Past where and how many, the subject told first: "إن المقاتلين
    // قتلوا في قرية حطلة ما لا يقل عن 20 مدنياً"; not past "بينهم", which
    // counts the verb's own dead.)
    let gap = &norm[from..object.word_start];
    let told_first = subject.range.end <= kill.word_start
        && !gap.contains(['،', ','])
        && !gap
            .split_whitespace()
            .any(|w| matches!(w, "بينهم" | "منهم" | "وبينهم"));
    let reach = if riding {
        6
    } else if told_first {
        8
    } else {
        3
    };
    (victim && doc.words_between(from, object.word_start) <= reach).then_some(subject)
}

/// The killing a toll sentence with no cue reports, at one place.
fn killed_at(
    doc: &Doc,
    s: usize,
    para: Para,
    kill: &Hit,
    roles: &Roles,
    place: Option<PlaceOcc>,
    fatalities: u32,
) -> Candidate {
    let r = doc.sentences[s].range.clone();
    // Fighters among the dead, not the gunmen who killed ("عثر على جثة شاب
    // مقتولاً … بعد اختطافه على يد مسلحين مجهولين").
    let norm = doc.norm();
    let killer = killer_first(doc, kill, &r);
    let fighters = doc.hits_in(&r).any(|h| {
        h.is(List::Fighters)
            && !words_before(norm, h.word_start)
                .next()
                .is_some_and(|w| listed(AGENT_MARKERS, w) || w == "برصاص")
            && killer.is_none_or(|k| k.word_start != h.word_start)
    });
    // The side the toll counts ("11 قتيلاً من قوات النظام قرب الكوم") was
    // hit, and its dead were fighters.
    let counted = roles.agent.as_ref().filter(|a| victims(doc, &r).contains(a));
    // Dead an armed side took ("أوقعت الفصائل 15 قتيلاً في صفوف قوات
    // النظام", "قتلت وحدات من الجيش عشرات الإرهابيين") fell fighting.
    let armed_dead = doc
        .actors
        .iter()
        .filter(|a| {
            is_party(&a.id)
                && roles.agent.as_deref().is_some_and(|agent| agent != a.id)
                && a.word_start >= kill.range.end
                && a.range.end <= r.end
                && doc.words_between(kill.range.end, a.word_start) <= 3
                && !norm[kill.range.end..a.word_start].contains(['،', ','])
                && !doc
                    .hits_in(&(kill.range.end..a.word_start))
                    .any(|h| h.is(List::Civilian) || h.is(List::PersonOne) || h.is(List::PersonTwo))
                && !words_before(norm, a.word_start)
                    .next()
                    .is_some_and(|w| listed(AGENT_MARKERS, w) || w.starts_with('ب'))
        })
        .map(|a| a.id.clone())
        .next()
        .filter(|_| killer.is_none());
    let fighters = fighters || counted.is_some() || armed_dead.is_some();
    let (agent, target) = match counted {
        Some(a) => (None, Some(a.clone())),
        None => (roles.agent.clone(), roles.target.clone().or(armed_dead)),
    };
    // "إن طائرة حربية من طراز «ميغ» ألقت صباح السبت قنبلتين على حي سكني
    // …، ما أدى إلى مقتل سبعة مدنيين": civilians killed from the air.
    let aircraft = doc.hits_in(&r).any(|h| {
        h.is(List::Air) && {
            let w = without_conjunction(norm[h.range.clone()].trim());
            let w = w.strip_prefix("ال").unwrap_or(w);
            ["طائر", "طيران", "مروحي", "ميغ", "سوخوي"]
                .iter()
                .any(|a| w.starts_with(a))
        }
    });
    // "قتلت قوات الأمن ثلاثة متظاهرين في حي الخالدية": force against a
    // protest, by whoever is named before the dead.
    let on_protest = protesters_killed(doc, &r);
    let (agent, target) = match on_protest {
        true => (
            doc.actors
                .iter()
                .filter(|a| a.word_start >= r.start && a.range.end <= kill.word_start)
                .rfind(|a| !matches!(a.id.as_str(), "protesters" | "civilians"))
                .map(|a| a.id.clone())
                .or(agent.filter(|a| a != "protesters")),
            Some("civilians".to_string()),
        ),
        false => (agent, target),
    };
    let (event_type, sub_event_type) = if on_protest {
        ("Protests", "Excessive force against protesters")
    } else if fighters {
        ("Battles", "Armed clash")
    } else if aircraft {
        ("Explosions/Remote violence", "Air/drone strike")
    } else {
        ("Violence against civilians", "Attack")
    };
    Candidate {
        sentence: s,
        headline: para == Para::Headline,
        cue: kill.range.clone(),
        event_type,
        sub_event_type,
        priority: 1,
        secondary: false,
        generic: true,
        definite: false,
        toll_only: true,
        owned: false,
        place,
        assumed_target: target.is_none(),
        actor1: agent,
        assumed_agent: false,
        actor2: target.or_else(|| (!fighters).then(|| "civilians".to_string())),
        assoc1: Vec::new(),
        assoc2: Vec::new(),
        symmetric: false,
        // (The dead told each with its verb add up: "وفي محيط قرية تل طويل
        // وحدها قُتل 14 مرتزقاً واستشهد 4 من مقاتلي الوحدات".)
        fatalities: Some(fatalities.max(both_sides_dead(doc, &r).unwrap_or(0))),
        injuries: doc.figure(List::Injure, &r, None),
        no_deaths: false,
        date: doc.date_for(&r, &kill.range),
        reporters: doc.reporters_for(s),
    }
}

/// Negated, planned, threatened or possible; a purpose ("لاستعادة
/// الرقة"); a reference back to an event told before ("هذا الهجوم"): not
/// an event. Nor is the relative clause that describes such a cue ("منذ
/// التفجير الذي استهدف السوق").
fn blocked(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    blocked_here(doc, hit, r) || described_cue(doc, hit, r).is_some_and(|c| blocked_here(doc, c, r))
}

/// The cue a relative clause right before `hit` describes: "التفجير الذي
/// استهدف".
fn described_cue<'d>(doc: &'d Doc, hit: &Hit, r: &Range<usize>) -> Option<&'d Hit> {
    let rel = doc
        .hits_in(&(r.start..hit.word_start))
        .filter(|h| h.is(List::Relative) && doc.words_between(h.range.end, hit.word_start) == 0)
        .last()?;
    doc.hits_in(&(r.start..rel.word_start))
        .filter(|h| h.event().is_some() && doc.words_between(h.range.end, rel.word_start) == 0)
        .last()
}

fn blocked_here(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    let norm = doc.norm();
    // A place's past: "وهي المنطقة التي شهدت معارك عنيفة … قبل أن يسيطر
    // عليها النظام".
    let mut back = words_before(norm, hit.word_start);
    if matches!(back.next(), Some("شهدت" | "شهد")) && matches!(back.next(), Some("التي" | "الذي"))
    {
        return true;
    }
    // What someone is held responsible for or involved in: "اعتقلت شخصين
    // قالت إنهما مسؤولان عن عمليات اغتيال", "الخلية متورطة في عمليات
    // اغتيال".
    let mut back =
        words_before(norm, hit.word_start).skip_while(|w| matches!(*w, "عمليات" | "عمليه" | "هجمات"));
    let held = match back.next() {
        Some("عن") => back
            .next()
            .is_some_and(|w| w.contains("مسؤول") || w.contains("مسوول")),
        Some("في") => back.next().is_some_and(|w| w.contains("متورط")),
        _ => false,
    };
    if held {
        return true;
    }
    // Attackers pulling back after their attack gave up no ground: "هاجم
    // مسلحون نقطة لقسد …، ثم انسحبوا باتجاه الريف الغربي".
    let withdrawal = hit
        .event()
        .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Withdrawal);
    if withdrawal && hit.is_verb() {
        let then = matches!(words_before(norm, hit.word_start).next(), Some("ثم" | "وثم"));
        let away = norm[hit.range.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "باتجاه" | "نحو" | "الي"));
        let attacked = doc.hits_in(&(r.start..hit.word_start)).any(|h| {
            h.event().is_some_and(|e| {
                let cue = &doc.ex.lexicon.events[e];
                cue.kind == CueKind::Attack || (cue.event_type == "Battles" && cue.kind != CueKind::Capture)
            })
        });
        // (Not a side named as the verb's subject: "وأن عناصر النظام
        // انسحبوا باتجاه محردة".)
        let subject_before = doc
            .actors
            .iter()
            .any(|a| a.range.end <= hit.word_start && doc.words_between(a.range.end, hit.word_start) == 0);
        if attacked && (then || (away && !subject_before)) {
            return true;
        }
    }
    // A taking that only dates a place's past: "وكان يقطنها قبل دخول قوات
    // الأسد نحو 12 ألف نسمة".
    let taking = hit
        .event()
        .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Capture);
    if taking && !hit.is_verb() && words_before(norm, hit.word_start).next() == Some("قبل") {
        let back: Vec<&str> = words_before(norm, hit.word_start).skip(1).take(4).collect();
        if back
            .iter()
            .any(|w| matches!(*w, "كان" | "وكان" | "كانت" | "وكانت"))
        {
            return true;
        }
    }
    // Fighting that only describes: where conscripts are sent, "حيث تخوض
    // قوات النظام معارك ضد التنظيم"; where the missing were lost, "أبنائهم
    // الذين فقد أثرهم في معارك مطار الطبقة".
    if !hit.is_verb() && without_conjunction(norm[hit.range.clone()].trim()) == "معارك" {
        let back: Vec<&str> = words_before(norm, hit.word_start).take(6).collect();
        let waged_where = back
            .iter()
            .position(|w| w.starts_with("تخوض") || w.starts_with("يخوض"))
            .is_some_and(|i| {
                back[i + 1..]
                    .iter()
                    .take(4)
                    .any(|w| without_conjunction(w) == "حيث")
            });
        // (Or lost with no relative word: "ذوي عناصر فُقد أثرهم في معارك".)
        let lost_in = back.first() == Some(&"في")
            && back[1..].iter().any(|w| {
                matches!(*w, "الذين" | "اللذين" | "اللواتي")
                    || w.starts_with("اثره")
                    || w.starts_with("مصيره")
            });
        if waged_where || lost_in {
            return true;
        }
    }
    // لاستعادة: "in order to retake"; but تعرضت لهجوم: "was attacked".
    let exposed = exposed_to(doc, hit, r);
    // "أطلقوا الرصاص لتفريق المتظاهرين": breaking up a protest is told as
    // the shooting's purpose, and it is the event.
    let breaking_up = hit.event().is_some_and(|e| {
        matches!(
            doc.ex.lexicon.events[e].sub_event_type.as_str(),
            "Protest with intervention" | "Excessive force against protesters"
        )
    });
    if hit.proclitics.particle == Some('ل') && !hit.proclitics.article && !exposed && !breaking_up {
        return true;
    }
    // A future verb shortly before: "ستواصل القوات قصف …".
    let lex = StemLexicon::builtin();
    let future = norm[r.start..hit.word_start]
        .split_whitespace()
        .rev()
        .take(5)
        .any(|w| {
            // (Without a comma that follows: "بينهم سيدة،" is no future verb.)
            let a = analyze(w.trim_end_matches(|c: char| !c.is_alphabetic()), lex);
            // (Nor women counted: "بينهم ثلاث سيدات", "سيدتان"; nor control:
            // "وبسطت سيطرتها، كما حررت".)
            a.proclitics.particle == Some('س')
                && a.stem.chars().count() >= 4
                && a.stem.starts_with(['ي', 'ت', 'ن'])
                && !without_conjunction(w).starts_with("سيد")
                && !without_conjunction(w).starts_with("سيطر")
        });
    // Nor a subjunctive one: "من المقرر أن ينشئ الجيش التركي 12 نقطة
    // مراقبة" is a plan.
    // (Not a name or a number that begins like one: "قالت مصادر إن تنظيم
    // داعش أعدم 23 شخصاً", "أن تسعة عناصر قتلوا".)
    let named_here = |at: usize| {
        doc.actors.iter().any(|a| a.word_start == at) || doc.numbers.iter().any(|n| n.range.start == at)
    };
    let subjunctive = {
        let words: Vec<(usize, &str)> = norm[r.start..hit.word_start]
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - norm.as_ptr() as usize, w))
            .rev()
            .take(6)
            .collect();
        // ("قبل أن يفجّر انتحاري نفسه", "قبل أن تلقي مروحياتها برميلين" go
        // on the story: what followed; but "قبل أن تهاجمها قوات الأمن وتطلق
        // الرصاص" tells how the protest before it ended.)
        let story_goes_on = !doc
            .hits_in(&(r.start..hit.word_start))
            .any(|h| protest_cue(doc, h));
        words.iter().enumerate().skip(1).any(|(i, &(_, that))| {
            let (at, verb) = words[i - 1];
            matches!(that, "ان" | "وان")
                && !(story_goes_on
                    && words
                        .get(i + 1)
                        .is_some_and(|&(_, w)| matches!(w, "قبل" | "وقبل")))
                && verb.chars().count() >= 4
                && verb.starts_with(['ي', 'ت', 'ن'])
                && !matches!(verb, "تنظيم" | "تركيا" | "نظام")
                && !named_here(at)
        })
    };
    // Nor what a side used to do: "النقاط التي كانت قوات الأسد تقصف منها
    // القرى المحيطة".
    let cue_word = without_conjunction(norm[hit.range.clone()].split_whitespace().next().unwrap_or(""));
    // (A past verb of the form تفاعل is no present: "وكان مئات المدنيين
    // تظاهروا أمس".)
    // (Nor what they do, told as who they are: "ضد الحواجز التي تقصف
    // المدنيين".)
    let habitual = hit.is_verb()
        && cue_word.starts_with(['ي', 'ت'])
        && !cue_word.ends_with("وا")
        && (words_before(norm, hit.word_start)
            .take(4)
            .any(|w| matches!(without_conjunction(w), "كان" | "كانت" | "كانوا"))
            || matches!(
                words_before(norm, hit.word_start).next(),
                Some("التي" | "الذي" | "الذين")
            ));
    if future || subjunctive || habitual {
        return true;
    }
    // A device seized or carried ("ضبطت بحوزتهم … وأحزمة ناسفة") did not go
    // off.
    let device = hit
        .event()
        .is_some_and(|e| doc.ex.lexicon.events[e].event_type == "Explosions/Remote violence");
    // Nor did one that "did not explode", told after it in its clause.
    if device && doc.has(List::Unexploded, &(hit.range.end..doc.clause(r, hit).end)) {
        return true;
    }
    let definite_cue = definite(doc, hit);
    // "وجاء الهجوم الحالي بعد أقل من شهر على …": the attack told before.
    if definite_cue
        && norm[hit.range.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "الحالي" | "الحاليه" | "المذكور" | "المذكوره"))
    {
        return true;
    }
    let chemical = hit
        .event()
        .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Chemical weapon");
    // An attempt survived happened: "نجا قيادي في حركة رجال الكرامة من
    // محاولة اغتيال بعبوة ناسفة".
    let survived = |h: &Hit| {
        norm[h.range.clone()].trim().starts_with("محاول")
            && words_before(norm, h.word_start)
                .take(16)
                .any(|w| matches!(without_conjunction(w), "نجا" | "نجت" | "نجوا" | "ينجو" | "تنجو"))
    };
    // (A list of what was found runs on: "عثرت … على مستودع يحتوي أسلحة
    // …، بينها صواريخ مضادة للدروع … وقذائف هاون".)
    let inventory = |h: &Hit| {
        !hit.is_verb()
            && !doc
                .hits_in(&(h.range.end..hit.word_start))
                .any(|v| v.is_verb() || v.is(List::Occurred))
    };
    // What an earlier event of the sentence was for ends at its comma:
    // "خرجت مظاهرة في حي الخالدية للمطالبة بإسقاط النظام، وخرجت مظاهرات
    // في حيي باب السباع".
    let purpose_of_another = |h: &Hit| {
        norm[h.range.end..hit.word_start].contains('،')
            && doc.hits_in(&(r.start..h.word_start)).any(|c| c.event().is_some())
    };
    // (Or what is threatened, a noun with ب: "وتوعد ضابط في الحاجز عبر
    // مكبرات الصوت باقتحام القرى".)
    let launch_before = words_before(norm, hit.word_start)
        .next()
        .is_some_and(|w| matches!(w, "بشن" | "بتنفيذ" | "بشنه" | "بشنها"))
        || (!hit.is_verb() && hit.proclitics.particle == Some('ب') && !hit.proclitics.article)
        // (The ب may stand apart, the threat quoted: "توعد قائد ميداني في
        // لواء التوحيد بـ«اقتحام البلدتين».)
        || (!hit.is_verb() && words_before(norm, hit.word_start).next() == Some("ب"));
    // What those arrested are accused of: "اعتقال 11 شخصاً متهمين بنهب
    // ممتلكات عامة" (not whom the dead's kin accuse, "متهمين عناصر من
    // «الشبيحة» بإعدامهم").
    let accused_of = hit.proclitics.particle == Some('ب')
        && words_before(norm, hit.word_start).next().is_some_and(|w| {
            matches!(
                w,
                "متهمين" | "متهمون" | "متهم" | "متهما" | "المتهمين" | "المتهم" | "المتهمون"
            )
        });
    // A noun told to be near is not done: "إن «تحرير الرقة بات مسألة
    // وقت»".
    let near_now = !hit.is_verb() && {
        let after: Vec<&str> = norm[hit.range.end..r.end]
            .split_whitespace()
            .take(5)
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .collect();
        after.iter().enumerate().any(|(i, w)| {
            matches!(*w, "وشيكا" | "وشيكه" | "وشيك") || (*w == "مساله" && after.get(i + 1) == Some(&"وقت"))
        })
    };
    near_now || accused_of || doc.hits_in(&(r.start..hit.word_start)).any(|h| {
        let gap = doc.words_between(h.range.end, hit.word_start);
        // (A barrel "loaded with chlorine" is the chemical weapon itself.)
        (device && !chemical && h.is(List::Seized) && (gap <= 8 || inventory(h)))
            || (device && h.is(List::Heard) && gap <= 1)
            || ((h.is(List::Denial) || h.is(List::Provides)) && gap <= 12)
            // (And what the other side gets in return, however far on:
            // "اتفاق يقضي بخروج المقاتلين … باتجاه جرابلس، مقابل دخول
            // مؤسسات النظام إليها".)
            || (h.is(List::Provides) && words_before(norm, hit.word_start).next() == Some("مقابل"))
            // ("دون" only right before it: "مسلحون يستقلون سيارة دون لوحات
            // اختطفوا" is done.)
            || (h.is(List::Negation)
                && (gap == 0 || (gap == 1 && !matches!(without_conjunction(norm[h.range.clone()].trim()), "دون" | "بدون"))))
            // (Past who threatens, to the launching: "توعد قادة في جيش
            // الفتح بشن هجوم معاكس".)
            || (h.is(List::Irrealis)
                && (gap <= 4 || (gap <= 8 && launch_before))
                && !survived(h)
                && !purpose_of_another(h))
            // ("هذا الهجوم" refers back; "على إثر ذلك اشتباكات" does not.)
            || (h.is(List::Demonstrative) && gap == 0 && definite_cue)
            || (h.is(List::Since) && gap == 0)
            // قد يشن: "may"; قد شنت: "has"; and "كان قد تعرض" is pluperfect.
            || (h.is(List::Modal)
                && gap <= 2
                && norm[h.range.end..].trim_start().starts_with(['ي', 'ت', 'ن'])
                && !words_before(norm, h.word_start)
                    .take(6)
                    .any(|w| matches!(without_conjunction(w), "كان" | "كانت" | "كانوا")))
    })
}

/// The dead of both sides of a fight, told each with its verb: "استشهد
/// خلالها مقاتلان من الوحدات فيما قتل 11 من المرتزقة" is thirteen.
fn both_sides_dead(doc: &Doc, r: &Range<usize>) -> Option<u32> {
    let norm = doc.norm();
    let [(a, x), (b, y)] = doc.figures(List::Kill, r)[..] else {
        return None;
    };
    let between = &norm[a..b];
    // (Or joined by و to a verb of its own: "قُتل 14 مرتزقاً واستشهد 4 من
    // مقاتلي الوحدات".)
    let contrast_at = ["فيما", "بينما", "مقابل"]
        .iter()
        .filter_map(|w| find_word(norm, w, a, b))
        .min();
    let contrast = contrast_at.is_some()
        || norm[..b].ends_with('و') && doc.hits.iter().any(|h| h.range.start == b && h.is(List::Kill));
    let elsewhere = doc.places.iter().any(|p| p.word_start > a && p.word_start < b);
    // (Not another source's figure: "فيما قال مسؤول كردي إن المقاتلين
    // الأكراد قتلوا أكثر من أربعين"; the first figure's source before the
    // contrast is no rival: "قتل سبعة من قوات الأسد، بحسب حسابات
    // المعارضة، فيما نعت الفصائل ثلاثة من مقاتليها".)
    let rival = doc.has(List::Report, &(contrast_at.unwrap_or(a)..b));
    (a != b && contrast && !elsewhere && !rival && !between.contains("بينهم")).then_some(x + y)
}

/// The dead are protesters: "ثلاثة متظاهرين على الأقل قتلوا برصاص قوات
/// الأمن".
fn protesters_killed(doc: &Doc, r: &Range<usize>) -> bool {
    let norm = doc.norm();
    let protesters = |w: &str| {
        let w = without_conjunction(w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        w.starts_with("متظاهر") || w.starts_with("محتج")
    };
    // (Or after it, counted: "استشهد ثلاثة متظاهرين برصاص الأمن".)
    // (Or killed during one: "قُتل ثلاثة أشخاص برصاص الأمن في حي باب
    // السباع خلال مظاهرة مسائية".)
    let during_protest = || {
        doc.hits_in(r).any(|h| {
            // ("برصاص قوات الأمن التي أطلقت النار على مظاهرة": the cue of
            // fire on a protest.)
            h.event().is_some_and(|e| {
                doc.ex.lexicon.events[e].sub_event_type == "Excessive force against protesters"
            }) || protest_cue(doc, h)
                && (words_before(norm, h.word_start)
                    .next()
                    .is_some_and(|w| matches!(w, "خلال" | "اثناء" | "لتفريق"))
                    // (Or fired on: "برصاص قوات الأمن التي أطلقت النار
                    // بشكل مباشر على المظاهرة".)
                    || {
                        let mut back = words_before(norm, h.word_start);
                        back.next() == Some("علي") && back.take(3).any(|w| w == "النار")
                    })
        })
    };
    // (Not a death protested: "خرجت وقفات احتجاجية في بلدتي القريا وملح
    // تنديداً بمقتل المتظاهر".)
    let protested = |h: &Hit| {
        words_before(norm, h.word_start)
            .take(2)
            .any(|w| condemning(without_conjunction(w)))
    };
    let mut kills = doc
        .hits_in(r)
        .filter(|h| h.is(List::Kill) && !protested(h))
        .peekable();
    let killed = kills.peek().is_some();
    kills.any(|kill| {
        words_before(norm, kill.word_start).take(4).any(protesters)
            || norm[kill.range.end..r.end]
                .split_whitespace()
                .take(2)
                .any(protesters)
    }) || (killed && during_protest())
}

/// An end of a road named by its two ends ("طريق تدمر – دير الزور",
/// "الطريق الدولي حلب - اللاذقية"): the road, not either town.
fn road_end(doc: &Doc, p: &PlaceOcc) -> bool {
    let norm = doc.norm();
    let dash = |gap: &str| matches!(gap.trim(), "-" | "–" | "—");
    let road_before = |q: &PlaceOcc| words_before(norm, q.word_start).take(2).any(road_word);
    let first = doc
        .places
        .iter()
        .find(|q| q.range.end <= p.word_start && dash(&norm[q.range.end..p.word_start]));
    let second = doc
        .places
        .iter()
        .find(|q| q.word_start >= p.range.end && dash(&norm[p.range.end..q.word_start]));
    // (The first end need not be a place we hold: "طريق حلب – باب الهوى",
    // where طريق حلب is read as a Hama quarter.)
    let mut back = words_before(norm, p.word_start);
    let after_dash = back.next().is_some_and(dash) && back.take(3).any(road_word);
    // (The near end told back: "على الطريق الواصل بين البلدة ومدينة
    // الحسكة".)
    let after_told_back = {
        let mut back = words_before(norm, p.word_start);
        let anaphor = if norm[p.word_start..p.range.start].starts_with('و') {
            back.next()
        } else {
            // ("ومدينة الحسكة", "و الحسكة".)
            back.next()
                .filter(|w| *w == "و" || w.strip_prefix('و').is_some_and(town_word))
                .and_then(|_| back.next())
        };
        anaphor.is_some_and(|a| matches!(a, "البلده" | "المدينه" | "القريه"))
            && back.next() == Some("بين")
            && back.take(3).any(|w| {
                let w = w.trim_start_matches(['و', 'ب']);
                road_word(w) || matches!(w.strip_prefix("ال").unwrap_or(w), "واصل" | "رابط")
            })
    };
    // (Nor the second one: "الطريق الدولي دمشق – عمّان" runs abroad.)
    let dash_after = norm[p.range.end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "-" | "–" | "—"));
    first.is_some_and(road_before)
        || ((second.is_some() || dash_after) && road_before(p))
        || after_dash
        || after_told_back
        || far_end(doc, p)
        || near_end_of_located_road(doc, p)
}

/// The first of the two ends a road is named by: "طريق داعل – أبطع".
fn road_first_end(doc: &Doc, p: &PlaceOcc) -> bool {
    let norm = doc.norm();
    words_before(norm, p.word_start).take(2).any(road_word)
        && doc.places.iter().any(|q| {
            q.word_start >= p.range.end && matches!(norm[p.range.end..q.word_start].trim(), "-" | "–" | "—")
        })
}

/// The far end of a road told "بين A وB" ("على الطريق الواصل بين بلدتي
/// هجين والشعفة", "الطريق بين مدينة السويداء وبلدة قنوات"): what happened
/// on it is placed at its near end; or near the far end, when the text
/// says so ("… وبلدة الكرامة، بالقرب من مدخل البلدة").
fn far_end(doc: &Doc, p: &PlaceOcc) -> bool {
    let norm = doc.norm();
    let Some(near) = doc.places.iter().rev().find(|q| q.range.end <= p.word_start) else {
        return false;
    };
    let mut gap = norm[near.range.end..p.range.start].split_whitespace();
    let joined = gap.next().is_some_and(|w| w.starts_with('و'))
        && gap.all(town_word)
        && !norm[near.range.end..p.word_start].contains(['،', ',']);
    joined && road_between(doc, near) && located_road(doc, near) != Some(Nearby::BackReference)
}

/// What a road told "بين A وB" is said to be near after it.
#[derive(PartialEq)]
enum Nearby {
    /// A place: "، بالقرب من قرية تل حبش".
    Place,
    /// One of its ends told again: "، بالقرب من مدخل البلدة".
    BackReference,
}

/// Where the text places a road told "بين A وB" (`near` is A), if it does.
fn located_road(doc: &Doc, near: &PlaceOcc) -> Option<Nearby> {
    let norm = doc.norm();
    let far = doc.places.iter().find(|q| q.word_start >= near.range.end)?;
    if doc.words_between(near.range.end, far.word_start) > 2 {
        return None;
    }
    // (Past where the far end lies: "وبلدة الكرامة شرقي المدينة، بالقرب
    // من مدخل البلدة".)
    let comma = far.range.end + norm[far.range.end..].find(['،', ','])?;
    let mut after = norm[comma..].trim_start_matches(['،', ',']).split_whitespace();
    let near_word = match after.next() {
        Some("بالقرب" | "قرب") => true,
        Some("علي") => after.next() == Some("مقربه"),
        _ => false,
    };
    let within = |at: usize| at > comma && doc.words_between(comma, at) <= 4;
    if !near_word || doc.words_between(far.range.end, comma) > 2 {
        None
    } else if doc.places.iter().any(|q| within(q.word_start)) {
        Some(Nearby::Place)
    } else if doc
        .hits_in(&(comma..norm.len()))
        .any(|h| h.is(List::PlaceAnaphora) && within(h.word_start))
    {
        Some(Nearby::BackReference)
    } else {
        None
    }
}

/// The near end of a road told "بين A وB" when the text then says where
/// on it ("على الطريق الواصل بين مدينتي قامشلو وعامودا، بالقرب من قرية
/// تل حبش").
fn near_end_of_located_road(doc: &Doc, p: &PlaceOcc) -> bool {
    road_between(doc, p) && located_road(doc, p).is_some()
}

/// A place right after "بين" (past a word for the towns) on a road: "على
/// الطريق الواصل بين بلدتي هجين …".
fn road_between(doc: &Doc, p: &PlaceOcc) -> bool {
    let mut back = words_before(doc.norm(), p.word_start).skip_while(|w| town_word(w));
    back.next() == Some("بين")
        && back.take(3).any(|w| {
            let w = w.trim_start_matches(['و', 'ب']);
            road_word(w) || matches!(w.strip_prefix("ال").unwrap_or(w), "واصل" | "رابط")
        })
}

/// A word for a road, with its clitics: "الطريق", "بطريق", "اوتوستراد".
fn road_word(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ب']);
    matches!(
        w.strip_prefix("ال").unwrap_or(w),
        // (Or a bus line: "سائقاً على خط درعا – دمشق".)
        "طريق" | "اوتوستراد" | "اتوستراد" | "اوتستراد" | "اتستراد" | "خط"
    )
}

/// A word for the towns a road runs between: "بين مدينة السويداء وبلدة
/// قنوات", "بين بلدتي هجين والشعفة".
fn town_word(w: &str) -> bool {
    matches!(
        w,
        "مدينه"
            | "بلده"
            | "قريه"
            | "مدينتي"
            | "بلدتي"
            | "قريتي"
            | "ناحيه"
            | "بلدات"
            | "قري"
            | "مدن"
    )
}

/// A place across the border that shares a Syrian village's name: "بلدة
/// الريحانية التركية", or any place of a sentence set abroad ("وفي لبنان،
/// سقط صاروخان على أطراف مدينة الهرمل").
fn abroad(doc: &Doc, p: &PlaceOcc) -> bool {
    let norm = doc.norm();
    let foreign = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        FOREIGN_COUNTRIES.contains(&w.strip_prefix("ال").unwrap_or(w))
    };
    let mut after = norm[p.range.end..].split_whitespace();
    match after.next() {
        Some(w) if foreign(w) => return true,
        // "معبر ربيعة في الجانب العراقي".
        Some("في" | "علي" | "من") if after.next() == Some("الجانب") && after.next().is_some_and(foreign) => {
            return true
        }
        _ => {}
    }
    doc.sentence_at(p.word_start).is_some_and(|s| {
        let r = &doc.sentences[s].range;
        let mut words = norm[r.start..p.word_start].split_whitespace();
        let first = words.next();
        let second = words.next();
        // ("وعلى الجانب اللبناني من الحدود، سقطت …" too.)
        let side = matches!(first, Some("علي" | "وعلي")) && matches!(second, Some("الجانب"));
        (matches!(first, Some("في" | "وفي")) || side)
            && (second.is_some_and(|w| w.ends_with(['،', ',']) && foreign(w))
                // ("وفي الجانب التركي من الحدود، سقطت قذيفة هاون على
                // جيلان بينار".)
                || (matches!(second, Some("الجانب" | "الاراضي"))
                    && words.next().is_some_and(foreign)
                    && !doc.hits_in(&(r.start..p.word_start)).any(|h| doc.clause_break(h))))
    })
}

/// A place in a locating phrase: after "في", "قرب", "مدينة" …, or with
/// ب or ل on it ("بدمشق").
fn located(doc: &Doc, p: &PlaceOcc) -> bool {
    let clitics = &doc.norm()[p.word_start..p.range.start];
    // (A section head locates its paragraph: "موحسن: خرجت مظاهرة حاشدة";
    // a headline's only names its topic.)
    let in_headline = doc
        .sentence_at(p.word_start)
        .and_then(|s| doc.paras.get(doc.sentences[s].para))
        .is_some_and(|p| p.1 == Para::Headline);
    (section_head(doc, p) && !in_headline)
        || clitics.contains(['ب', 'ل'])
        || doc
            .hits_in(&(p.word_start.saturating_sub(40)..p.word_start))
            .any(|h| {
                (h.is(List::Locating) || h.is(List::Near))
                    && doc.words_between(h.range.end, p.word_start) == 0
            })
}

/// Where someone comes from or works, not where anything happened:
/// "شاباً من مدينة الحراك", "مراسل سانا في حماة", "قيادة شرطة حماة",
/// "مديرية صحة إدلب"; and names that only look like places ("بتوقيت
/// دمشق", "حزب البعث").
fn origin(doc: &Doc, p: &PlaceOcc) -> bool {
    // Asked of every place for every cue near it: read once per place.
    let key = (p.word_start, p.range.end, p.place, p.area);
    if let Some(&known) = doc.origin_memo.borrow().get(&key) {
        return known;
    }
    let found = origin_uncached(doc, p);
    doc.origin_memo.borrow_mut().insert(key, found);
    found
}

fn origin_uncached(doc: &Doc, p: &PlaceOcc) -> bool {
    if road_end(doc, p) || abroad(doc, p) {
        return true;
    }
    // "ظهر اليوم" is noon, not the village of الظهر.
    let norm = doc.norm();
    // Where the fire set out from: "انطلاقاً من مواقعها في السبينة".
    let launched_from = words_before(norm, p.word_start)
        .skip_while(|w| matches!(*w, "منطقه" | "بلده" | "مدينه" | "قريه" | "محيط" | "في"))
        .find(|w| !(w.starts_with("مواقع") || w.starts_with("مقرات") || *w == "من"))
        .is_some_and(|w| matches!(w, "انطلاقا" | "منطلقه" | "منطلقا"));
    if launched_from {
        return true;
    }
    // Where a press conference was held: "في مؤتمر صحفي بدمشق".
    let mut back = words_before(norm, p.word_start);
    let before = back.next();
    if before == Some("صحفي") && back.next() == Some("مؤتمر") {
        return true;
    }
    // A mosque named like a village: "خرجت من أمام جامع التوبة" (not the
    // Hama village); one named after its quarter is there ("في محيط جامع
    // الحميدية").
    // (So is a roundabout or square in the town named after it: "قرب دوار
    // الهلالية في مدينة القامشلي"; "قرب ساحة قدسيا" is in قدسيا.)
    let landmark = match before {
        Some("جامع" | "مسجد") => true,
        Some("دوار" | "ساحه") => doc.places.iter().any(|q| {
            q.word_start >= p.range.end
                && q.place != p.place
                && doc.words_between(p.range.end, q.word_start) <= 2
        }),
        _ => false,
    };
    if landmark
        && doc
            .place_of(p)
            .is_some_and(|q| q.kind == rasad_pack::PlaceKind::Community)
    {
        return true;
    }
    // Whose office it names ("ألقت الجهات المختصة في قيادة شرطة محافظة
    // اللاذقية القبض"), and where aircraft took off ("الطائرات الروسية
    // أقلعت من قاعدة حميميم ونفذت أربع غارات").
    let mut back = words_before(norm, p.word_start)
        .map(without_conjunction)
        .peekable();
    back.next_if(|w| matches!(*w, "محافظه" | "مدينه" | "بلده"));
    match back.next() {
        // (Nor where a group is based: "«اللواء الثامن»، الذي يقوده أحمد
        // العودة ومقره في مدينة بصرى الشام".)
        Some("في") if back.next().is_some_and(|w| matches!(w, "مقره" | "مقرها")) => return true,
        Some("في") if branch_seat(norm, p) => return true,
        // (Not a landmark: "انفجار سيارة مفخخة بالقرب من محكمة مدينة
        // الصدر".)
        Some("شرطه" | "مديريه" | "محكمه" | "قياده") if matches!(back.next(), Some("في" | "شرطه")) => {
            return true
        }
        // (Nor an operations room: `غرفة عمليات "حوار كلس"`, nor a
        // campaign, network or page of activists: "ناشطون من حملة «تدمر
        // الحدث»", "بحسب شبكة «تدمر الحدث»".)
        Some("عمليات") if back.next() == Some("غرفه") => return true,
        Some("حمله" | "شبكه" | "صفحه") => return true,
        Some("من")
            if back.next().is_some_and(|w| {
                w.starts_with("اقلع") || w.starts_with("انطلق") || w.starts_with("المنطلق")
            }) =>
        {
            return true;
        }
        _ => {}
    }
    if section_head(doc, p) {
        return true;
    }
    // The occupied Golan is where Israel fires from ("إطلاق صاروخين أرض-أرض
    // من الجولان المحتل"), not a place of the war's events.
    if norm[p.range.end..].trim_start().starts_with("المحتل") {
        return true;
    }
    // Where they were coming back from: "خلال عودتهما من عملهما في مدينة
    // السويداء".
    if work_in(norm, p.word_start).is_some_and(|mut back| back.next() == Some("من")) {
        return true;
    }
    // Where travellers set out from ("أثناء توجههم من رأس العين إلى مدينة
    // الحسكة") or the displaced came from ("تسعة شبان من النازحين القادمين
    // من قرى العشارنة وقلعة المضيق").
    let mut back = words_before(norm, p.word_start)
        .skip_while(|w| matches!(*w, "مدينه" | "بلده" | "قريه" | "قري" | "بلدات" | "مدن" | "مخيم"));
    // (Or reinforcements were sent from: "بعد وصول تعزيزات عسكرية من
    // مدينة البعث".)
    if back.next() == Some("من")
        && back
            .find(|w| !matches!(*w, "عسكريه" | "اضافيه" | "جديده"))
            .is_some_and(|w| {
                [
                    "تعزيز",
                    "توجه",
                    "قدوم",
                    "انتقال",
                    "سفر",
                    "القادم",
                    "النازح",
                    "الوافد",
                    "المهجر",
                    // (Whose property it was: "استولوا على محال تعود لعائلة
                    // من مدينة بانياس".)
                    "لعائله",
                    "لعائلات",
                ]
                .iter()
                .any(|stem| w.starts_with(stem))
            })
    {
        return true;
    }
    // Whom a crowd salutes or stands by: "مظاهرة … كانت تطالب بإسقاط النظام
    // وتحيي مقاتلي الجيش الحر في دمشق وحلب".
    let saluted = words_before(norm, p.word_start)
        .take(5)
        .take_while(|w| !w.ends_with(['،', ',', '.']))
        .any(|w| {
            matches!(
                without_conjunction(w),
                "تحيي"
                    | "يحيي"
                    | "يحيون"
                    | "حيوا"
                    | "حيت"
                    | "تحيه"
                    | "تضامنا"
                    | "تضامنهم"
                    | "نصره"
            )
        });
    // Nor the town whose siege it asks lifted: "مظاهرات … طالبت بتوحيد
    // الفصائل وفك الحصار عن المعضمية" (but "تمكنت الفصائل من فك الحصار
    // عن" a town fought there).
    let lifted_siege = || {
        let back: Vec<&str> = words_before(norm, p.word_start)
            .take(8)
            .take_while(|w| !w.ends_with(['،', ',', '.']))
            .map(without_conjunction)
            .collect();
        // (Or from the villages around it: "فك الحصار عن القرى المحيطة
        // بجباتا الخشب".)
        let around = back
            .iter()
            .take(2)
            .all(|w| matches!(*w, "المحيطه" | "القري" | "البلدات"));
        (back.iter().take(2).any(|w| *w == "عن") || (around && back.get(2) == Some(&"عن")))
            && back.iter().any(|w| w.ends_with("الحصار"))
            && back.iter().any(|w| {
                ["طالب", "تطالب", "يطالب", "مطالب", "للمطالبه", "بالمطالبه"]
                    .iter()
                    .any(|d| w.starts_with(d))
            })
    };
    if saluted || lifted_siege() {
        return true;
    }
    // A place in a Friday's name: `في "جمعة رمضان النصر سيكتب في دمشق"`.
    // (Looked for in the few words before it only: a page may have no
    // quote at all.)
    let from = (p.word_start.saturating_sub(120)..p.word_start)
        .find(|&i| norm.is_char_boundary(i))
        .unwrap_or(p.word_start);
    let open = norm[from..p.word_start].rfind('"').map(|q| from + q);
    if let Some(q) = open {
        let inside = !norm[q + 1..p.word_start].contains('"');
        let line = norm[..q].rfind('\n').map_or(0, |i| i + 1);
        let opened = norm[line..q].matches('"').count().is_multiple_of(2);
        let friday = norm[q + 1..].starts_with("جمعه") || words_before(norm, q).next() == Some("جمعه");
        if inside && opened && friday {
            return true;
        }
    }
    // Where others like it happened: "وهي الحادثة الثالثة من نوعها في ريف
    // حماة خلال الشهر الجاري".
    let mut back = words_before(norm, p.word_start).take(3);
    if back.any(|w| matches!(w, "نوعها" | "نوعه")) {
        return true;
    }
    // How near an advance has come: "باتوا على بعد نحو كيلومترين من مدينة
    // تل رفعت" is no fight in the town.
    let mut back = words_before(norm, p.word_start).skip_while(|w| matches!(*w, "مدينه" | "بلده" | "قريه"));
    if back.next() == Some("من") {
        // (Past a count of kilometres: "لتصبح على بعد نحو ستة كيلومترات من
        // مدينة حماة".)
        let rest: Vec<&str> = back.take(7).collect();
        if let Some(i) = rest.iter().position(|w| *w == "بعد") {
            let verb = rest.get(i + 2).map(|w| without_conjunction(w));
            if rest.get(i + 1) == Some(&"علي")
                && verb.is_some_and(|w| {
                    matches!(
                        w,
                        "بات"
                            | "باتت"
                            | "باتوا"
                            | "اصبح"
                            | "اصبحت"
                            | "اصبحوا"
                            | "صار"
                            | "صارت"
                            | "صاروا"
                            | "تصبح"
                            | "يصبح"
                            | "لتصبح"
                            | "ليصبح"
                    )
                })
            {
                return true;
            }
        }
    }
    // Where the people an event took come from, when their sentence names
    // where it happened after it: "اعتقلت دورية … شابين من أبناء مدينة
    // بصرى الشام على حاجز بلدة غصم".
    let settlement = |w: &str| matches!(w, "مدينه" | "بلده" | "قريه" | "حي" | "مخيم");
    let back = words_before(norm, p.word_start)
        .map(without_conjunction)
        .skip_while(|w| settlement(w));
    // (Not a crowd's: "خرج المئات من أهالي بلدة الطيانة في تظاهرة" is
    // where they marched.)
    let back: Vec<&str> = back.take(3).collect();
    let people_of = matches!(back.first(), Some(&("ابناء" | "اهالي" | "سكان")))
        && back.get(1) == Some(&"من")
        && !back.get(2).is_some_and(|w| {
            matches!(
                *w,
                "المئات"
                    | "مئات"
                    | "العشرات"
                    | "عشرات"
                    | "الالاف"
                    | "الاف"
                    | "الالوف"
                    | "عدد"
            )
        });
    // (Or the men themselves: "اعتقلت دورية … أربعة شبان من مدينة جاسم …
    // على حاجز منكت الحطب".)
    let persons_from = back.first() == Some(&"من")
        && back
            .get(1)
            .is_some_and(|w| MEN.contains(w) || counted_person(doc, p.word_start, w));
    // (Carried from there, they are travellers: "رفض عناصر الحاجز السماح
    // بمرور سيارة تقل شباناً من بلدة عتيل".)
    let carried = persons_from
        && words_before(norm, p.word_start)
            .map(without_conjunction)
            .skip_while(|w| settlement(w))
            .nth(2)
            .is_some_and(|w| matches!(w, "تقل" | "يقل" | "تنقل" | "ينقل"));
    if carried {
        return true;
    }
    if people_of || persons_from {
        let sentence = doc.sentence_at(p.word_start);
        // Their town named back as where it happened: "اعتقلت دورية …
        // ثلاثة شبان من بلدة جبا، أثناء مرورهم على حاجز عند مدخل البلدة".
        // (The same noun, and no other place of the sentence so called: in
        // "وفي مدينة اعزاز، … خطف ثلاثة من أهالي منطقة عفرين على حاجز في
        // مدخل المدينة" the city is Azaz.)
        let (start, end) = sentence.map_or((p.word_start, p.range.end), |s| {
            (doc.sentences[s].range.start, doc.sentences[s].range.end)
        });
        let noun_of = |q: &PlaceOcc| words_before(norm, q.word_start).next().map(without_conjunction);
        let noun = noun_of(p).filter(|w| matches!(*w, "بلده" | "مدينه" | "قريه"));
        let told_back = noun.is_some_and(|noun| {
            doc.hits_in(&(p.range.end..end)).any(|h| {
                h.is(List::PlaceAnaphora) && norm[h.range.clone()].trim().strip_prefix("ال") == Some(noun)
            }) && !doc.places.iter().any(|q| {
                q.word_start >= start
                    && q.range.end <= end
                    && q.word_start != p.word_start
                    && noun_of(q) == Some(noun)
            })
        });
        if told_back {
            return false;
        }
        // (Where it happened, told as such: "على حاجز بلدة غصم", "في
        // قرية …"; not where they were going or a road's end.)
        let there = |q: &PlaceOcc| {
            let mut back = words_before(norm, q.word_start).filter(|w| !settlement(w));
            let before = back.next().unwrap_or("");
            // ("أثناء عودته من عمله في دمشق": where he works.)
            let workplace = before == "في"
                && back
                    .next()
                    .is_some_and(|w| w.starts_with("عمله") || w.starts_with("منزله"));
            // ("على الطريق المؤدي إلى قرية سميع" is by the village.)
            let road_to = before == "الي" && back.next().is_some_and(|w| ROAD_LEADING.contains(&w));
            let away = workplace
                || (!road_to
                    && matches!(
                        without_conjunction(before),
                        "الي"
                            | "من"
                            | "بين"
                            | "نحو"
                            | "باتجاه"
                            | "صوب"
                            | "غربي"
                            | "شرقي"
                            | "شمالي"
                            | "جنوبي"
                            | "غرب"
                            | "شرق"
                            | "شمال"
                            | "جنوب"
                    ));
            // (The second end of "بين قباسين وبزاعة".)
            let road_end = (before.starts_with('و') && back.take(3).any(|w| w == "بين"))
                || doc.places.iter().any(|o| {
                    o.range.end <= q.word_start
                        && matches!(norm[o.range.end..q.word_start].trim(), "" | "و")
                        && words_before(norm, o.word_start).next() == Some("بين")
                });
            // (Nor where they were taken after: "واقتادتهم إلى فرع الأمن
            // العسكري في مدينة درعا".)
            !away && !road_end && !branch_seat(norm, q) && !led_to(doc, q)
        };
        // (Not the countryside that locates the home: "خطف مسلحون شاباً من
        // بلدة صيدا في ريف درعا الشرقي".)
        // (Or before it: "اعتقل حاجز … عند مدخل مدينة إزرع يوم أمس شابين
        // من أبناء بلدة الشيخ مسكين".)
        // (Nor a district's: "خطف شاب من قرية بسيسين في ريف جبلة"; nor
        // the report's head: "السويداء: قوات الأمن تعتقل ثلاثة شبان من
        // أبناء مدينة شهبا".)
        if doc.places.iter().any(|q| {
            (q.word_start > p.range.end || q.range.end < p.word_start)
                && !matches!(words_before(norm, q.word_start).next(), Some("ريف" | "بريف"))
                && !section_head(doc, q)
                && doc.sentence_at(q.word_start) == sentence
                && !q.modifier
                && !q.area
                && there(q)
                && (q.place.is_none() || q.place != p.place)
        }) {
            return true;
        }
    }
    if matches!(norm[p.range.clone()].trim(), "ظهر" | "الظهر")
        && matches!(
            norm[p.range.end..]
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(['،', ','])),
            Some("اليوم" | "امس" | "يوم")
        )
    {
        return true;
    }
    // (Within its sentence: "مطالبين المجلس الثوري بالتدخل. وفي منبج،
    // خرجت مظاهرة" names no revolution's body in منبج.)
    let sentence_start = doc
        .sentence_at(p.word_start)
        .map_or(0, |i| doc.sentences[i].range.start);
    let near: Vec<&str> = words_before(&doc.norm()[sentence_start..], p.word_start - sentence_start)
        .take(3)
        .map(without_conjunction)
        .collect();
    if near.first().is_some_and(|w| {
        matches!(
            *w,
            "شرطه"
                | "صحه"
                | "محافظ"
                | "مديريه"
                | "مجلس"
                // (Or "of" one: "عضواً في لجنة الاقتصاد التابعة لمجلس دير
                // الزور المدني".)
                | "لمجلس"
                | "لمديريه"
                | "لمكتب"
                | "جامعه"
                | "بتوقيت"
                | "توقيت"
                | "مؤسسه"
                | "مكتب"
                // (A public service named after its town: "عمال من مؤسسة
                // مياه القنيطرة", "مديرية تربية إدلب".)
                | "مياه"
                | "كهرباء"
                | "تربيه"
                | "اوقاف"
                | "جباه"
                // Where the displaced came from: "العشرات من نازحي جبل
                // الزاوية أمام مبنى المحافظة".
                | "نازحي"
                | "مهجري"
                // Whom a protest stands by: "مظاهرة في كفرسوسة نصرة
                // لحمص".
                | "نصره"
                | "تاييدا"
        )
    }) && !(near.first() == Some(&"مجلس") && matches!(near.get(1), Some(&"مبني")))
    {
        // (But a crowd "أمام مبنى مجلس الطبقة المدني" stands in that town.)
        return true;
    }
    // "مزرعة القبير التابعة لقرية معرزاف": the village a hamlet belongs to
    // locates it.
    let belongs = near
        .iter()
        .find(|w| {
            let w = w.trim_start_matches('ل');
            !matches!(w, "قريه" | "بلده" | "مدينه" | "ناحيه" | "منطقه")
        })
        .is_some_and(|w| matches!(*w, "التابعه" | "التابع"));
    // (Its ل on the name or on the word before: "التابعة لمعرزاف".)
    let of_it =
        norm[p.word_start..p.range.start].contains('ل') || near.first().is_some_and(|w| w.starts_with('ل'));
    if belongs && of_it {
        return true;
    }
    // "عند الحدود الإدارية بين الرقة ودير الزور": the border's two sides
    // locate, they are not hit.
    // ("على الحدود الإدارية بين محافظتي حلب والرقة": past the word for
    // the two.)
    // (And two countrysides or governorates: "في جبال البشري بين ريفي
    // الرقة ودير الزور".)
    let border = |words: &[&str]| {
        let two = words.first().copied().unwrap_or("");
        let skip = usize::from(matches!(
            two,
            "محافظتي" | "مدينتي" | "بلدتي" | "قريتي" | "منطقتي" | "ريفي"
        ));
        words.get(skip) == Some(&"بين")
            && (matches!(two, "ريفي" | "محافظتي")
                || words
                    .get(skip + 1)
                    .is_some_and(|w| matches!(*w, "الحدود" | "الاداريه" | "الحدوديه" | "حدود")))
    };
    let joined = norm[p.word_start..p.range.start].starts_with('و');
    let first_side = joined
        .then(|| doc.places.iter().rev().find(|q| q.range.end <= p.word_start))
        .flatten()
        .filter(|q| norm[q.range.end..p.range.start].trim() == "و");
    let before_first: Vec<&str> = first_side.map_or(Vec::new(), |q| {
        words_before(norm, q.word_start)
            .take(3)
            .map(without_conjunction)
            .collect()
    });
    if border(&near) || border(&before_first) {
        return true;
    }
    // A Friday's name: جمعة "أطفال الحولة مشاعل النصر".
    let words: Vec<&str> = norm[..p.word_start].split_whitespace().rev().take(4).collect();
    if let Some(i) = words
        .iter()
        .position(|w| matches!(w.trim_matches('"'), "جمعه" | "لجمعه" | "بجمعه" | "وجمعه"))
    {
        let opened =
            i == 0 && norm[p.word_start..].starts_with('"') || i > 0 && words[i - 1].starts_with('"');
        if opened && !words[..i.saturating_sub(1)].iter().any(|w| w.ends_with('"')) {
            return true;
        }
    }
    // A banner's or a chant's words: "رفعت لافتات تحيي "صمود الزبداني"".
    // (An opening quote: an even number of them before it on its line.)
    let line_start = norm[..p.word_start].rfind('\n').map_or(0, |i| i + 1);
    let quote_open = norm[line_start..p.word_start].rfind('"').map(|i| line_start + i);
    if let Some(q) = quote_open.filter(|&q| {
        !norm[q + 1..p.word_start].contains(['"', '.'])
            && norm[line_start..q].matches('"').count().is_multiple_of(2)
    }) {
        let said = words_before(norm, q).take(3).map(without_conjunction).any(|w| {
            matches!(
                w,
                "لافتات"
                    | "لافته"
                    | "شعار"
                    | "شعارات"
                    | "هتافات"
                    | "تحيي"
                    | "يحيي"
                    | "هتفوا"
                    | "هتف"
                    | "رددوا"
                    | "عنوان"
                    // (A man's name: "القيادي يُدعى "جودي كوباني"".)
                    | "يدعي"
                    | "تدعي"
                    | "المدعو"
                    | "الملقب"
                    | "يلقب"
                    | "اسمه"
            )
        });
        if said {
            return true;
        }
    }
    // "كتيبة شهداء حوران", "لواء ثوار الرقة": a place in a group's name.
    if near
        .first()
        .is_some_and(|w| GROUP_EPITHETS.contains(&w.trim_matches('"')))
        && near.get(1).is_some_and(|w| {
            let w = w.trim_matches('"');
            GROUP_HEADS.contains(&w.strip_prefix("ال").unwrap_or(w))
        })
    {
        return true;
    }
    // "حزب البعث", "نظام البعث": a party, not the town of البعث ("طيران
    // النظام" may stand right before a real place).
    let baath = doc.norm()[p.range.clone()].ends_with("البعث");
    if near
        .first()
        .is_some_and(|w| w.ends_with("حزب") || (baath && w.ends_with("نظام")))
    {
        return true;
    }
    // ("مراسل سانا في حماة", "ناشط من مجلس قيادة الثورة في حماة", "مصدر
    // في المجلس العسكري الثوري في حلب",
    // "تنسيقية الثورة في …": who reports from there.)
    // (The outlet's name may take two words: "مراسل عنب بلدي في درعا".)
    // (And where a body a report verb names works: "وفق ما أعلن الدفاع
    // المدني السوري في ريف دمشق", "بحسب ما أفاد به الدفاع المدني في
    // حماة"; an activist's town may be where it happened: "وقال ناشط في
    // القابون إن الغارات دمرت …".)
    let reporter_of = || {
        words_before(doc.norm(), p.word_start)
            .take(4)
            .any(|w| w.contains("مراسل"))
            || {
                // (Mentions are in text order: the few ending before it.)
                let before = doc.a.mentions.partition_point(|m| m.range.start < p.word_start);
                doc.a.mentions[..before].iter().rev().take(3).any(|m| {
                    let body = doc.norm()[m.range.clone()]
                        .trim_start_matches(|c: char| "\"«".contains(c))
                        .starts_with("ال");
                    (p.area || body)
                        && m.range.end <= p.word_start
                        && m.is(rasad_mentions::Kind::Reporter)
                        && doc.norm()[m.range.end..p.word_start]
                            .trim_matches(|c: char| c.is_whitespace() || "\"«»".contains(c))
                            == "في"
                        && doc
                            .hits_in(&(m.word_start.saturating_sub(60)..m.word_start))
                            .any(|h| h.is(List::Report) && doc.words_between(h.range.end, m.word_start) <= 2)
                })
            }
    };
    // (Or the council's: "أكد المجلس العسكري في القنيطرة في بيان".)
    // (Or the hospital's, where the dead were counted: "نقلت شبكات محلية عن
    // مصادر طبية في مدينة الباب أن عدد القتلى بلغ سبعة".)
    let council = near.get(1..3) == Some(&["العسكري", "المجلس"]);
    let medical = {
        let mut back = words_before(doc.norm(), p.word_start).skip_while(|w| matches!(*w, "مدينه" | "بلده"));
        back.next() == Some("في")
            && matches!(back.next(), Some("طبيه" | "طبي"))
            && matches!(back.next(), Some("مصادر" | "مصدر"))
    };
    if medical {
        return true;
    }
    if near.first() == Some(&"في")
        && (reporter_of()
            || council
            || near[1..].iter().any(|w| {
                matches!(
                    *w,
                    "الثوره" | "الثوري" | "تنسيقيه" | "تنسيقيات" | "التنسيق" | "الاعلامي"
                )
            }))
    {
        return true;
    }
    // "قوات النظام المتمركزة في محيط جرجناز": where the guns stand, not
    // what they hit.
    let stationed = |w: &&str| {
        matches!(
            *w,
            "المتمركزه"
                | "المتمركز"
                | "المتمركزين"
                | "المتمركزون"
                | "المنتشره"
                | "المرابطه"
                // ("قذائف أطلقها إرهابيون متحصنون في حي الوعر على …")
                | "متحصنون"
                | "متحصنين"
                | "المتحصنين"
                | "المتحصنون"
                | "المتحصنه"
        )
    };
    // (Or on its posts: "قوات النظام المتمركزة على حواجز أريحا".)
    if let Some(at) = near.iter().take(2).position(|w| {
        *w == "في"
            || (*w == "علي"
                && near
                    .first()
                    .is_some_and(|p| matches!(*p, "حواجز" | "حاجز" | "مواقع" | "نقاط" | "اطراف")))
    }) {
        if near.get(at + 1).is_some_and(stationed) {
            return true;
        }
    }
    // "التلال المطلة على سهل الغاب": what a site overlooks is not where
    // it is.
    if near.first() == Some(&"علي")
        && near.get(1).is_some_and(|w| {
            matches!(
                *w,
                "المطله" | "المطل" | "المشرفه" | "المشرف" | "المطلين" | "المشرفين"
            )
        })
    {
        return true;
    }
    // "مدرسة البادية في المنصورة": a building named after an area.
    let institution = near
        .first()
        .is_some_and(|w| matches!(*w, "مدرسه" | "مستشفي" | "مشفي" | "جامع" | "مسجد" | "مخبز" | "فرن"));
    if institution && p.area {
        return true;
    }
    // (A place joined to one: "من ريفي حلب وحمص".)
    let joined = doc.places.iter().rev().find(|q| {
        q.range.end <= p.word_start && matches!(norm[q.range.end..p.word_start].trim(), "و" | "،" | "")
    });
    if joined.is_some_and(|q| q.word_start < p.word_start && origin(doc, q)) {
        return true;
    }
    home_of(doc, p)
}

/// A report's section head ("حماة: اقتحمت قوات الجيش بلدة كرناز"): it
/// says where the paragraph's events are, not one of them; where the
/// paragraph names no other place, it is theirs ("الغنطو: عثر الأهالي على
/// جثامين خمسة شبان").
fn section_head(doc: &Doc, p: &PlaceOcc) -> bool {
    rasad_mentions::is_section_head(doc.norm(), p.word_start, p.range.end)
}

/// Where the taken were led: "واقتادتهم إلى مقر الفرع في مدينة دير
/// الزور".
fn led_to(doc: &Doc, p: &PlaceOcc) -> bool {
    let back: Vec<&str> = words_before(doc.norm(), p.word_start)
        .take(8)
        .map(without_conjunction)
        .collect();
    back.iter().position(|w| *w == "الي").is_some_and(|at| {
        back[at + 1..].iter().take(2).any(|w| {
            w.starts_with("اقتاد")
                || w.starts_with("اقتياد")
                || w.starts_with("ساق")
                || w.starts_with("سيق")
                || w.starts_with("نقل")
                // ("وأحالتهم إلى «دار العدل في حوران»": the court.)
                || w.starts_with("احال")
        })
    })
}

/// A security branch's seat, not where it acted: "اعتقل فرع الأمن
/// العسكري في القنيطرة ثلاثة شبان من بلدة خان أرنبة".
fn branch_seat(norm: &str, p: &PlaceOcc) -> bool {
    let mut back = words_before(norm, p.word_start);
    if back.next() != Some("في") {
        return false;
    }
    let words: Vec<&str> = back.take(4).take_while(|w| !w.ends_with(['،', ','])).collect();
    // (Not its building, itself the target: "نُهبت محتويات مبنى شعبة الأمن
    // العسكري في الدريكيش".)
    match words.iter().position(|w| matches!(*w, "فرع" | "شعبه" | "مفرزه")) {
        Some(at) => !words.get(at + 1).is_some_and(|w| matches!(*w, "مبني" | "مقر")),
        None => false,
    }
}

/// Where the people the sentence tells of come from: "شاباً من بلدة
/// الغارية الغربية", "عائلات نازحة من مدينة الميادين".
fn home_of(doc: &Doc, p: &PlaceOcc) -> bool {
    let mut words = words_before(doc.norm(), p.word_start);
    let mut w = words.next();
    if w.is_some_and(|w| matches!(w, "مدينه" | "بلده" | "قريه" | "مخيم" | "حي" | "ريف" | "ريفي"))
    {
        w = words.next();
    }
    if w != Some("من") {
        return false;
    }
    // (Past the car they rode: "أثناء عودتهما بسيارتهما من دمشق".)
    let before = words.find(|w| !w.starts_with("بسيارت")).unwrap_or("");
    // Those displaced from a place are from there too ("عائلات نازحة من
    // مدينة الميادين"); fighters who fled a town (فروا من) lost it, so it
    // stays the place.
    // (And those who came from it: "النازحين القادمين من ريفي حلب وحمص".)
    matches!(
        before,
        "ابناء"
            | "اهالي"
            | "سكان"
            | "اهل"
            | "القادمين"
            | "القادمون"
            | "القادمه"
            | "الوافدين"
            | "المهجرين"
            // ("المرأة، المنحدرة من مدينة القائم العراقية".)
            | "المنحدره"
            | "المنحدر"
            | "المنحدرين"
            | "ينحدر"
            | "تنحدر"
            | "ينحدرون"
            | "ينحدران"
            | "تنحدران"
            // ("خطفوا شاباً أثناء عودته من دمشق": the way home.)
            | "عودته"
            | "عودتها"
            | "عودتهم"
            | "عودتهما"
            | "عائدا"
            | "عائدين"
            | "قادما"
            | "قادمين"
    ) || before.starts_with("نازح")
        || before.starts_with("النازح")
        || counted_person(doc, p.word_start, before)
}

/// `word`, a few words before `at`, names people: one, two, or civilians
/// ("شاباً", "شابين", "مدنيين").
fn counted_person(doc: &Doc, at: usize, word: &str) -> bool {
    doc.hits_in(&(at.saturating_sub(80)..at)).any(|h| {
        (h.is(List::PersonOne) || h.is(List::PersonTwo) || h.is(List::Civilian))
            && doc.norm()[h.range.clone()].trim() == word
    })
}

/// Young men and others counted in the plural, whom no cue list holds.
/// (With the accusative's alif too: "سيارة تقل شباناً من بلدة عتيل".)
const MEN: [&str; 7] = ["شبان", "الشبان", "رجال", "طلاب", "شبانا", "رجالا", "طلابا"];

/// Casualties or a named day in the sentence.
fn happened(doc: &Doc, r: &Range<usize>) -> bool {
    doc.has(List::Kill, r)
        || doc.has(List::Injure, r)
        || doc.has(List::Clock, r)
        || doc.dates.iter().any(|d| {
            d.range.start >= r.start
                && d.range.end <= r.end
                && matches!(d.precision, Precision::Day | Precision::Week)
        })
}

/// The cue's nearest date is a month or vaguer ("مطلع العام الحالي", "في
/// يونيو"), or more than a month before publication: a past campaign told
/// as background.
/// A toll update that pins its event to a day and counts nothing "since".
fn toll_of_a_day(doc: &Doc, r: &Range<usize>) -> bool {
    let day = doc
        .dates
        .iter()
        .any(|d| d.range.start >= r.start && d.range.end <= r.end && d.precision == Precision::Day);
    day && !doc.norm()[r.clone()].split_whitespace().any(|w| w == "منذ")
}

/// The dead counted since a day some time back: "إن 55 شخصاً على الأقل
/// قُتلوا في محافظة درعا منذ 18 آذار" is a tally, not an event.
fn counted_since(doc: &Doc, r: &Range<usize>, hit: &Hit) -> bool {
    let Some(published) = doc.published else {
        return false;
    };
    // (In the cue's own clause: "12 شخصاً قتلوا جراء القصف على …، مشيرة
    // إلى أن أكثر من أربعة آلاف شخص قتلوا … منذ بداية العام" told the 12.)
    let long_since =
        |d: &DateMention| doc.since_day(d) && d.date.is_some_and(|day| day.add_days(3) < published);
    doc.dates.iter().any(|d| {
        d.range.start > hit.range.end
            && d.range.end <= r.end
            && long_since(d)
            && d.range.end <= doc.clause(r, hit).end
            && doc
                .figures(List::Kill, &(r.start..d.range.start))
                .iter()
                .any(|&(at, _)| doc.words_between(at, d.range.start) <= 8)
    }) || doc.dates.iter().any(|d| {
        // (Or before the count: "ووثق المرصد منذ 24 آذار/مارس 2019 وحتى
        // اليوم مقتل 1392 عنصراً … في هجمات وكمائن وانفجار ألغام".)
        d.range.start >= r.start
            && d.range.end <= hit.word_start
            && long_since(d)
            && doc
                .figures(List::Kill, &(d.range.end..hit.word_start))
                .iter()
                .any(|&(at, _)| doc.words_between(d.range.end, at) <= 5)
    })
}

fn dated_long_ago(doc: &Doc, r: &Range<usize>, hit: &Hit) -> bool {
    // (Not the start of a count after the cue: "… إن المشفى هو الثالث عشر
    // الذي يخرج عن الخدمة منذ مطلع الشهر الفائت".)
    let since = |d: &DateMention| d.range.start > hit.range.end && doc.since_day(d);
    // Fighting that has gone on for months is a state, not an event: "تشهد
    // مدينة حلب معارك متواصلة منذ تموز/يوليو الماضي".
    let ongoing_for_long = doc.dates.iter().any(|d| {
        since(d)
            && d.range.end <= r.end
            && doc.words_between(hit.range.end, d.range.start) <= 2
            && match (d.date, doc.published) {
                (Some(day), Some(p)) => day.add_days(14) < p,
                _ => false,
            }
    });
    if ongoing_for_long {
        return true;
    }
    // (Nor a day of a relative clause after it: "اشتباكات عنيفة … بعد محاولة
    // مقاتلين التسلل إلى الحي الذي اقتحمته قوات النظام مطلع آذار الماضي".)
    // (A clause that describes a place, not the event: "اعتداء طائرة «بان
    // ام» فوق «لوكربي» الذي خلف 270 قتيلا عام 1988" is old.)
    let describes_place = |h: &Hit| {
        doc.places
            .iter()
            .any(|p| p.range.end <= h.word_start && doc.words_between(p.range.end, h.word_start) == 0)
            || doc.hits_in(&(r.start..h.word_start)).last().is_some_and(|a| {
                a.is(List::PlaceAnaphora) && doc.words_between(a.range.end, h.word_start) == 0
            })
    };
    let described_from = doc
        .hits_in(&(hit.range.end..r.end))
        .find(|h| {
            h.is(List::Relative) && doc.words_between(hit.range.end, h.word_start) > 0 && describes_place(h)
        })
        .map_or(r.end, |h| h.word_start);
    // (Nor one of another clause: "قصفت … بلدتي احسم والبارة، في حين تعيش
    // البارة حالة نزوح منذ اقتحامها في نيسان الماضي".)
    let clause_end = contrast_after(doc, hit, r).min(described_from);
    let told = || {
        doc.dates.iter().filter(|d| {
            d.range.start >= r.start && d.range.end <= r.end && !since(d) && d.range.start < clause_end
        })
    };
    // (Told in the pluperfect, a week back is old: "وكانت المليحة الغربية
    // قد شهدت في الثامن والعشرين من الشهر الماضي مقتل شابين".)
    // (Read only for a sentence with a day in it.)
    let pluperfect = || {
        let mut seen_was = false;
        doc.norm()[r.start..hit.word_start]
            .split_whitespace()
            .take(8)
            .any(|w| {
                seen_was |= matches!(without_conjunction(w), "كان" | "كانت" | "كانوا");
                seen_was && w == "قد"
            })
    };
    let old = |d: &&DateMention| match (d.date, doc.published) {
        (Some(day), Some(p)) => day.add_days(if pluperfect() { 7 } else { 31 }) < p,
        _ => false,
    };
    // A year named beside the day it happened ("قتل أمس سبعة … في هجوم
    // انتحاري، هو الأول في أفغانستان في عام 2008") does not date it.
    let day_told = told().any(|d| d.precision == Precision::Day && !old(&d));
    told()
        .min_by_key(|d| d.range.start.abs_diff(hit.range.start))
        .is_some_and(|d| match d.precision {
            Precision::Month => !day_told,
            _ => old(&d),
        })
}

/// What a protest is for or against: a clause word of PURPOSE ("تنديداً
/// بـ", "حداداً على") or a verb of condemning ("نددت بـ", "أدان").
fn condemning(word: &str) -> bool {
    PURPOSE.iter().any(|p| word.starts_with(p))
        || ["ندد", "ادان", "دان", "استنكر"]
            .iter()
            .any(|v| word.starts_with(v))
        // What it demanded: "مظاهرة طالبوا فيها بخروج «قسد» من المنطقة
        // و«تسليم إدارتها لأبنائها»".
        || matches!(
            word,
            "طالب" | "طالبت" | "طالبوا" | "يطالبون" | "تطالب" | "مطالبين" | "مطالبا" | "مطالبه" | "للمطالبه"
        )
}

/// A clause word of PURPOSE: "تضامناً مع", "وتنديداً بـ".
fn purpose_clause(doc: &Doc, h: &Hit) -> bool {
    let word = doc.norm()[h.range.clone()].trim().trim_start_matches('و');
    h.is(List::Clause) && PURPOSE.iter().any(|p| word.starts_with(p))
}

/// Clause words that say what a protest is for or against.
const PURPOSE: [&str; 10] = [
    "تضامن",
    "حداد",
    "تاييد",
    "تنديد",
    "احتجاج",
    "استنكار",
    "دعما",
    "رفضا",
    "نصره",
    "احتفال",
];

/// "The road leading" (to a place), normalised: what it leads to is by
/// the road, not where anyone went.
const ROAD_LEADING: [&str; 4] = ["المؤدي", "المؤديه", "المودي", "الموديه"];

/// A place told as someone's work ("عمله في مدينة جاسم", "عملهما في
/// السويداء"): the words before "عمله", nearest first.
fn work_in(norm: &str, at: usize) -> Option<impl Iterator<Item = &str>> {
    let mut back = words_before(norm, at).skip_while(|w| matches!(*w, "مدينه" | "بلده" | "قريه" | "حي"));
    (back.next() == Some("في") && back.next().is_some_and(|w| w.starts_with("عمل"))).then_some(back)
}

/// A place headed for ("فرّ المسلحون باتجاه ريف إدلب"), not where the
/// event is. (Not a road's: "على الطريق المؤدي إلى قرية الجلبية" is by
/// the village. Nor where they fell back to: "انسحب البقية نحو مواقعهم في
/// منطقة جرابلس".)
fn headed(doc: &Doc, p: &PlaceOcc) -> bool {
    doc.hits_in(&(p.word_start.saturating_sub(120)..p.word_start))
        .filter(|h| h.is(List::Direction))
        .any(|h| {
            let gap = &doc.norm()[h.range.end..p.word_start];
            // ("انسحب من تبقى منهم إلى مواقعهم في محيط مدينة سري كانيه":
            // their own, not a target's.)
            let own = gap
                .split_whitespace()
                .any(|w| w.starts_with("مواقعه") || w.starts_with("مقراته"));
            (doc.words_between(h.range.end, p.word_start) <= 1
                    || gap.split_whitespace().all(|w| {
                        (w == "محيط" && own)
                            // ("فرّوا باتجاه مواقع النظام في الفوج 46 ومحيط
                            // مدينة حلب".)
                            || (gap.contains("مواقع")
                                && (matches!(w, "ومحيط" | "النظام" | "قوات" | "الفوج" | "اللواء")
                                    || w.chars().all(|c| c.is_ascii_digit())))
                            || w.starts_with("مواقع")
                            || w.starts_with("مقرات")
                            // ("باتجاه الأراضي الزراعية الواقعة بين سملين
                            // وأنخل", "أثناء توجهه إلى عمله في مدينة درعا".)
                            || matches!(
                                w,
                                "في" | "منطقه"
                                    | "مدينه"
                                    | "بلده"
                                    | "قريه"
                                    // ("باتجاه بلدتي جملة وعابدين".)
                                    | "بلدتي"
                                    | "قريتي"
                                    | "مدينتي"
                                    | "بلدات"
                                    | "قري"
                                    | "ريف"
                                    | "الاراضي"
                                    | "الزراعيه"
                                    | "الواقعه"
                                    | "بين"
                                    | "عمله"
                                    // ("نُقل على إثرها إلى أحد مشافي قامشلو".)
                                    | "احد"
                                    | "مشافي"
                                    | "مشفي"
                                    | "مستشفي"
                                    | "مستشفيات"
                                    | "عملهم"
                                    // ("متجهاً إلى نقطة مراقبة تركية في مورك".)
                                    | "نقطه"
                                    | "مراقبه"
                                    | "تركيه"
                                    | "عسكريه"
                                    // ("باتجاه مناطق سيطرة التنظيم في البادية".)
                                    | "مناطق"
                                    | "سيطره"
                                    | "نفوذ"
                                    | "التنظيم"
                            )
                    }))
                && !words_before(doc.norm(), h.word_start).next().is_some_and(|w| {
                    ROAD_LEADING.contains(&w)
                        // ("إضافة إلى بلدتي كنسبا وسلمى": in addition to.)
                        || matches!(without_conjunction(w), "اضافه" | "بالاضافه")
                })
                // (What spread to a town happened there: "وامتدت
                // الاحتجاجات مساء الأحد إلى مدينة شهبا".)
                // (Past a night told by its two days: "وامتد القصف
                // التركي ليل الثلاثاء - الأربعاء إلى قرى …".)
                && !words_before(doc.norm(), h.word_start)
                    .take(8)
                    .map(without_conjunction)
                    .any(|w| w.starts_with("امتد") || w.starts_with("توسع"))
        })
}

/// Where the beaten fled, never the event's place: "انسحب المهاجمون
/// بعدها نحو عمق البادية", "فرّت أعداد من العناصر باتجاه بلدة مورك".
/// (Toward it, not from it: "انسحب مقاتلو الزنكي من قرية حور".)
pub(crate) fn fled_to(doc: &Doc, p: &PlaceOcc) -> bool {
    // (Who left may be told at length: "بعد انسحاب من تبقى من عناصر
    // النظام والمليشيات باتجاه محافظة السويداء".)
    headed(doc, p)
        && words_before(doc.norm(), p.word_start).take(10).any(|word| {
            // (The ف of "فروا" is the verb's own.)
            let fled = |w: &str| {
                matches!(
                    w,
                    "فر" | "فرت" | "فروا" | "فرار" | "الفرار" | "يفر" | "يفرون" | "تفر"
                )
            };
            let w = without_conjunction(word);
            fled(word)
                || fled(w)
                || w.starts_with("انسحب")
                || w.starts_with("انسحاب")
                // ("قبل أن ينسحبوا باتجاه البادية".)
                || w.starts_with("ينسحب")
                || w.starts_with("تنسحب")
                || w.starts_with("هرب")
                || w.starts_with("يهرب")
        })
}

/// The places a cue speaks of: the places after it up to the next cue,
/// the end of its clause or a relative clause, else the nearest before it,
/// else the other places of its sentence, else the last place of its
/// paragraph (or the places an anaphor like "المدينة" points back to).
/// `None` when it has none and the article names places elsewhere (a cue
/// about nowhere in particular); `[None]` when the article names no place
/// at all (a wire sentence about abroad). The flag says whether the places
/// came after the cue (its own object) rather than from its surroundings.
fn governed_places(
    doc: &Doc,
    hit: &Hit,
    window: Range<usize>,
    r: &Range<usize>,
    s: usize,
) -> Option<(Vec<Option<PlaceOcc>>, bool)> {
    // "فرّ المسلحون باتجاه ريف إدلب": where someone went is not where the
    // event is — unless going there is the event ("دخلت القوات إلى معبر
    // نصيب").
    let entering = hit
        .event()
        .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Capture);
    // (And a place joined to one headed for: "باتجاه ريف حلب الشمالي
    // الشرقي أو محافظة إدلب".)
    let moving_to = |p: &PlaceOcc| {
        !entering
            && (headed(doc, p)
                || doc.places.iter().any(|q| {
                    let gap = doc.norm()[q.range.end..p.word_start.max(q.range.end)].trim();
                    // (Or "و" on the name: "باتجاه بلدتي جملة وعابدين".)
                    let clitic = gap.is_empty() && doc.norm()[p.word_start..p.range.start].starts_with('و');
                    // (Or one that only locates it: "نحو البادية شرقي
                    // السويداء".)
                    let locating = || p.modifier && doc.words_between(q.range.end, p.word_start) <= 2;
                    q.range.end <= p.word_start
                        && (matches!(gap, "او" | "و" | "،") || clitic || locating())
                        && headed(doc, q)
                }))
    };
    // Shells fired "من مواقعهم في منطقة تل رفعت على قرية كلجبرين" fell on
    // the village, not where they came from.
    let shelling = shelling_cue(doc, hit);
    // So did rockets "أطلقهما إرهابيو «ي ب ك» من عفرين على قضاء ريحانلي".
    let fired_from = |p: &PlaceOcc| {
        // (Or a hill by a village: "من مواقعها في تل مسحرة".)
        // (Or a checkpoint: "قذائف الهاون التي أطلقتها الفرقة الرابعة من
        // حاجز السرايا وحي المنشية على درعا البلد".)
        // (Or guns of a base: "لقصف بالصواريخ من مدفعية معسكر المسلمية".)
        let base = |w: &str| matches!(w, "معسكر" | "ثكنه" | "مدفعيه" | "كتيبه");
        let from_base = words_before(doc.norm(), p.word_start).next().is_some_and(base)
            && words_before(doc.norm(), p.word_start).find(|w| !base(w)) == Some("من");
        let mut back = words_before(doc.norm(), p.word_start).skip_while(|w| {
            matches!(
                without_conjunction(w),
                "منطقه" | "بلده" | "مدينه" | "قريه" | "تل" | "محيط" | "حاجز" | "حواجز" | "حي"
            )
        });
        // (Or "قذائف مدفعية مصدرها مواقع قوات النظام في محيط حلب".)
        // (Not what they fell on after it: "مصدرها قوات النظام على درعا
        // البلد", "مصدره اللواء 90 طال قرية الصمدانية".)
        let source = || {
            let back: Vec<&str> = words_before(doc.norm(), p.word_start).take(7).collect();
            back.iter()
                .position(|w| matches!(*w, "مصدرها" | "مصدره" | "مصدرهما"))
                .is_some_and(|at| {
                    !back[..at].iter().any(|w| {
                        matches!(
                            without_conjunction(w),
                            "علي" | "طال" | "طالت" | "استهدف" | "استهدفت" | "باتجاه" | "نحو"
                        )
                    })
                    // ("مصدرها حاجز لقوات النظام على طريق سلقين": the road
                    // the guns stand on.)
                    || back.first().is_some_and(|w| matches!(*w, "طريق" | "اوتوستراد"))
                })
        };
        // (Or where the guns stand: "من كتيبة المدفعية المتمركزة قرب
        // كفرنايا".)
        // (Or on its edge: "مصدره الكتيبة المتمركزة على أطراف مدينة درعا".)
        let stationed = || {
            let mut back = words_before(doc.norm(), p.word_start)
                .skip_while(|w| matches!(*w, "منطقه" | "بلده" | "مدينه" | "قريه" | "محيط" | "اطراف"));
            matches!(back.next(), Some("قرب" | "في" | "عند" | "بالقرب" | "علي"))
                && back.next().is_some_and(|w| {
                    matches!(
                        w,
                        "المتمركزه" | "المتمركز" | "المتمركزين" | "المتمركزون" | "المرابطه"
                    )
                })
        };
        shelling
            && (source()
                || stationed()
                || from_base
                || match back.next() {
                    // (Whose positions may be named first: "أُطلق من مواقع
                    // قوات النظام والميليشيات الإيرانية في ريف حلب", "من
                    // مواقع قوات النظام في مدينة الميادين، استهدف بلدتي
                    // ذيبان والحوايج" — an area, or a town with the target
                    // named after it; alone, a town is where the fire fell
                    // as far as the text tells.)
                    Some("في") => {
                        let owners: Vec<&str> = back.take(6).collect();
                        // (Or before it, after the cue: "القصف على بلدة خربة
                        // غزالة من مواقع الفوج 175 في إزرع".)
                        let target_after = || {
                            let sentence = doc.sentence_at(p.word_start);
                            doc.places.iter().any(|q| {
                                (q.word_start > p.range.end
                                    || (q.word_start > hit.range.end && q.range.end < p.word_start))
                                    && !q.modifier
                                    && doc.sentence_at(q.word_start) == sentence
                            })
                        };
                        if owners.first().is_some_and(|w| w.starts_with("مواقع")) {
                            owners.get(1) == Some(&"من")
                        } else {
                            owners
                                .windows(2)
                                .any(|w| w[0].starts_with("مواقع") && w[1] == "من")
                                && !owners
                                    .iter()
                                    .any(|w| matches!(without_conjunction(w), "علي" | "استهدف" | "استهدفت"))
                                && (p.area || target_after())
                        }
                    }
                    // ("قصف … من معسكر وادي الضيف على مدينة معرة النعمان":
                    // from the one onto the other.)
                    // (A base fired from: "جراء القصف براجمات الصواريخ من
                    // مطار المزة العسكري".)
                    Some("من") => {
                        p.place.is_some_and(|i| {
                            doc.pack().places[i as usize].kind == rasad_pack::PlaceKind::Site
                        }) || back.take(6).any(|w| w.starts_with("اطلق"))
                            || doc.norm()[p.range.end..]
                                .split_whitespace()
                                .next()
                                .is_some_and(|w| matches!(w, "علي" | "باتجاه" | "نحو"))
                    }
                    _ => false,
                })
    };
    // What a protest stood by, told before the cue ("مظاهرة … تضامناً مع تل
    // أبيض، … واعتقال آخرين"), is nowhere the cue happened.
    let message = |p: &PlaceOcc| {
        p.range.end <= hit.word_start
            && doc
                .hits_in(&(p.word_start.saturating_sub(40)..p.word_start))
                .any(|h| purpose_clause(doc, h) && doc.words_between(h.range.end, p.word_start) <= 2)
    };
    // Where a blast was heard is not where it went off: "دوي الانفجار
    // سُمع في مدينتي الرستن وتلبيسة".
    let heard_at = |p: &PlaceOcc| {
        let mut back = words_before(doc.norm(), p.word_start).skip_while(|w| {
            matches!(
                *w,
                "مدينه" | "مدينتي" | "بلده" | "بلدتي" | "قريه" | "قريتي" | "انحاء" | "ارجاء"
            )
        });
        back.next() == Some("في")
            && back.next().is_some_and(|w| {
                matches!(
                    without_conjunction(w),
                    "سمع" | "سمعت" | "سماعه" | "سماعها" | "يسمع" | "تسمع"
                )
            })
    };
    // (And the places listed after it: "… الرستن وتلبيسة".)
    let heard_in = |p: &PlaceOcc| {
        // (Read only where a verb of hearing stands shortly before.)
        let from = (p.word_start.saturating_sub(400)..p.word_start)
            .find(|&i| doc.norm().is_char_boundary(i))
            .unwrap_or(p.word_start);
        if !doc.norm()[from..p.word_start].contains("سمع") {
            return false;
        }
        let mut at = p;
        loop {
            if heard_at(at) {
                return true;
            }
            let Some(q) = doc.places.iter().rfind(|q| {
                q.range.end <= at.word_start
                    && matches!(
                        doc.norm()[q.range.end..at.range.start].trim(),
                        "" | "و" | "،" | "، و"
                    )
            }) else {
                return false;
            };
            at = q;
        }
    };
    // What someone was charged with is not where it happened, when the
    // sentence put the event somewhere first: "وفي مدينة البوكمال، شن
    // التنظيم حملة اعتقالات … بتهمة التخلف عن «النفير» … في ريف حلب".
    let charge = doc
        .places
        .iter()
        .any(|p| p.word_start >= r.start && p.range.end <= hit.word_start)
        .then(|| {
            let mut at = hit.range.end;
            doc.norm()[hit.range.end..r.end].split(' ').find_map(|w| {
                let found =
                    matches!(without_conjunction(w), "بتهمه" | "بتهم" | "بحجه" | "بذريعه").then_some(at);
                at += w.len() + 1;
                found
            })
        })
        .flatten()
        .unwrap_or(r.end);
    let pick = |from: usize, to: usize| -> Vec<Option<PlaceOcc>> {
        doc.places
            .iter()
            .filter(|p| {
                p.word_start >= from
                    && p.range.end <= to.min(charge)
                    && !p.modifier
                    && !moving_to(p)
                    && !origin(doc, p)
                    && !fired_from(p)
                    && !fled_to(doc, p)
                    && !led_to(doc, p)
                    && !message(p)
                    && !heard_in(p)
            })
            .map(|p| Some(p.clone()))
            .collect()
    };
    let norm = doc.norm();
    // "حي الميدان الذي فرّقت فيه قوات الأمن المتظاهرين": a cue in a
    // relative clause about a place happened there.
    let described = doc
        .hits_in(&(window.start..hit.word_start))
        .filter(|h| h.is(List::Relative) && doc.words_between(h.range.end, hit.word_start) == 0)
        .last()
        .filter(|_| {
            norm[hit.range.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "فيه" | "فيها" | "بها" | "به" | "عليه" | "عليها"))
        })
        .and_then(|rel| {
            doc.places.iter().find(|p| {
                p.range.end <= rel.word_start && doc.words_between(p.range.end, rel.word_start) == 0
            })
        });
    if let Some(p) = described {
        return Some((vec![Some(p.clone())], true));
    }
    // "أعدم التنظيم أمس خمسة مقاتلين كان قد أسرهم خلال معارك …، رمياً
    // بالرصاص في ساحة بلدة مركدة": where the shots were fired is where
    // the execution was, past the cues between.
    let executing = without_conjunction(norm[hit.range.clone()].trim()).starts_with("اعدم");
    if executing {
        let shot_at = norm[hit.range.end..r.end]
            .find("رميا بالرصاص في ")
            .map(|at| hit.range.end + at + "رميا بالرصاص في ".len());
        if let Some(p) = shot_at.and_then(|at| {
            doc.places.iter().find(|p| {
                p.word_start >= at && p.range.end <= r.end && doc.words_between(at, p.word_start) <= 2
            })
        }) {
            return Some((vec![Some(p.clone())], true));
        }
    }
    // "سيطروا على معبر القنيطرة، قبل أن … تستعيد السيطرة عليه": taken back,
    // the place the sentence just named.
    let taken_back = entering
        && norm[hit.range.end..]
            .split_whitespace()
            .find(|w| *w != "السيطره")
            .is_some_and(|w| matches!(w, "عليه" | "عليها" | "عليهما"));
    if taken_back {
        if let Some(p) = doc
            .places
            .iter()
            .rfind(|p| p.word_start >= r.start && p.range.end <= hit.word_start && !p.modifier && !p.area)
        {
            return Some((vec![Some(p.clone())], true));
        }
    }
    // A clause word ends the cue's clause, and so does a relative clause
    // set off by a comma ("نحو القرى شمالها، والتي تعرضت لقصف …").
    // (Not one about a side, whose name ends before the comma: "على المقر
    // الرئيسي لمجموعة «قوات الفجر»، التي يقودها راجي فلحوط، في بلدة
    // عتيل".)
    let of_a_side = |h: &Hit| {
        let before = norm[..h.word_start]
            .trim_end()
            .trim_end_matches(['،', ','])
            .trim_end();
        before.ends_with(['"', '»', '”'])
            || doc
                .actors
                .iter()
                .any(|a| a.range.end <= h.word_start && before.len() <= a.range.end)
    };
    // ("وذلك على الطريق قرب بلدة الكفر" goes on with the cue; "وذلك بعد
    // التقاء المقاتلين القادمين من …" tells what came before.)
    let goes_on = |h: &Hit| {
        norm[h.range.clone()].trim() == "وذلك"
            && norm[h.range.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "علي" | "في" | "قرب" | "عند" | "بالقرب" | "داخل"))
    };
    let clause_end = doc
        .hits_in(&(hit.range.end..window.end))
        .find(|h| {
            h.word_start > hit.range.end
                && ((doc.clause_break(h) && !goes_on(h)) || (comma_relative(doc, h) && !of_a_side(h)))
        })
        .map_or(window.end, |h| h.word_start);
    let first_place = doc
        .places
        .iter()
        .find(|p| p.word_start >= hit.range.end && p.range.end <= clause_end);
    let end = match first_place {
        Some(fp) => doc
            .hits_in(&(fp.range.end..clause_end))
            .find(|h| h.is(List::Relative) && !of_a_side(h))
            .map_or(clause_end, |h| h.word_start),
        None => clause_end,
    };
    // "دخلت الفصائل القريتين": the cue's object stands for places named
    // before, whatever places come later in the clause.
    // ("المنطقة" is too often a new area of its own: "المنطقة الآمنة".)
    let object = doc.hits_in(&(hit.range.end..end)).find(|h| {
        h.is(List::PlaceAnaphora)
            && doc.words_between_undated(hit.range.end, h.word_start) <= 2
            && norm[h.range.clone()].trim() != "المنطقه"
            // القريتين read as the town is a place, not an anaphor;
            // "بالعاصمة دمشق" names its place.
            && !doc.places.iter().any(|p| {
                p.word_start == h.word_start
                    || (p.word_start >= h.range.end && doc.words_between(h.range.end, p.word_start) == 0)
            })
    });
    if let Some(a) = object.map(|h| whole_named_back(doc, h, end)) {
        let earlier: Vec<&PlaceOcc> = doc
            .places
            .iter()
            .filter(|p| p.range.end <= hit.word_start && !p.modifier)
            .collect();
        if !earlier.is_empty() {
            // "سيطرتها على البلدة وعلى قرى عطمان وبيت عدين": and the
            // places named after it.
            // ("القرية" is a village, not the area named after it: "قرية
            // غمام في جبل التركمان بريف اللاذقية الشمالي … سيطرت على
            // القرية".)
            // (And the one the article called so: "بلدة الهول الواقعة شرق
            // مدينة الحسكة … دخلوا البلدة".)
            let word = norm[a.range.clone()].trim();
            let village = matches!(word, "القريه" | "البلده" | "التله");
            let noun = word.strip_prefix("ال").unwrap_or(word);
            let called = |p: &&&PlaceOcc| {
                words_before(norm, p.word_start)
                    .next()
                    .map(without_conjunction)
                    .is_some_and(|w| w == noun || w.strip_prefix('ب') == Some(noun))
            };
            // (But first the cue's own sentence: "اشتباكات على محور الحويز
            // … حاولت التقدم نحو البلدة" is الحويز, not the town called
            // so a paragraph before.)
            let sentence = doc.sentence_at(hit.word_start);
            let called_else = |p: &&&PlaceOcc| {
                words_before(norm, p.word_start)
                    .next()
                    .map(without_conjunction)
                    .is_some_and(|w| matches!(w, "مدينه" | "بلده" | "قريه" | "حي" | "مخيم" | "تل"))
                    && !called(p)
            };
            let recent = || earlier.iter().rev().take(3);
            let here = || {
                recent().filter(|p| doc.sentence_at(p.word_start) == sentence && !p.area && !origin(doc, p))
            };
            let town = here()
                .find(called)
                .or_else(|| here().find(|p| !called_else(p)))
                .or_else(|| recent().find(called))
                .or_else(|| recent().find(|p| !p.area))
                .filter(|_| village);
            let mut places = match town {
                Some(t) => vec![Some((*t).clone())],
                None => named_before(doc, Some(a), &earlier),
            };
            if norm[a.range.end..].trim_start().starts_with('و') {
                places.extend(pick(a.range.end, end));
            }
            return Some((places, true));
        }
    }
    // "وتعرضت بلدات كنسبا وشلف وكباني … اليوم لغارات روسية": the places
    // subjected to the cue stand between the verb and it.
    let subjected_verb = (hit.proclitics.particle == Some('ل'))
        .then(|| subjected_by(doc, hit, r))
        .flatten();
    let subjected = subjected_verb.is_some();
    if let Some(v) = subjected_verb {
        let places = pick(v.range.end, hit.word_start);
        if !places.is_empty() {
            return Some((places, true));
        }
    }
    let after = pick(hit.range.end, end);
    if !after.is_empty() {
        return Some((after, true));
    }
    // "اقتحموا قرى X وY وZ، وقتلوا مدنيين": a verb joined by و to the cue
    // before it shares that cue's places.
    if let Some(p) = joined_to(doc, hit, r) {
        let shared = pick(p.range.end, hit.word_start);
        if !shared.is_empty() {
            return Some((shared, false));
        }
    }
    // "تصدت الفصائل لمحاولة تقدم قوات النظام باتجاه قرية حماميات": a fight
    // over an advance is near where the advance was headed, when the
    // sentence names nowhere else.
    let fight = hit
        .event()
        .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Armed clash");

    let headed_to: Vec<Option<PlaceOcc>> = doc
        .places
        .iter()
        .filter(|p| {
            fight
                && p.word_start >= hit.range.end
                && p.range.end <= r.end
                && !p.modifier
                && !origin(doc, p)
                && !fled_to(doc, p)
        })
        .map(|p| {
            Some(PlaceOcc {
                near: true,
                ..p.clone()
            })
        })
        .collect();
    // (A fight over an advance told after another clause's places goes
    // where the advance was headed: "دمر الطيران … في محيط مدينة تدمر،
    // فيما أحبطت وحدات من الجيش محاولة تسلل باتجاه مطار التيفور".)
    let across_clause = || {
        doc.hits_in(&(window.start..hit.word_start))
            .any(|h| doc.clause_break(h) && pick(h.range.end, hit.word_start).is_empty())
    };
    let toward: Vec<Option<PlaceOcc>> = headed_to
        .iter()
        .filter(|p| p.as_ref().is_some_and(&moving_to))
        .cloned()
        .collect();
    // (Or when all before it is the area that frames the sentence: "وفي
    // ريف درعا، أحبطت وحدة من الجيش محاولة تسلل … باتجاه بلدة تل شهاب".)
    let framed_only = || {
        let before = pick(window.start, hit.word_start);
        !before.is_empty() && before.iter().flatten().all(|p| p.area)
    };
    if !toward.is_empty() && (across_clause() || framed_only()) {
        return Some((toward, true));
    }
    // Before the cue, the place nearest it (and for a protest, the list it
    // ends: "خرج المئات من أبناء بلدات الشحيل وذيبان والحوايج، أمس، في
    // مظاهرات"; other cues share such a list with an earlier one — but
    // the subject of "subjected to" is all of it: "وكانت قريتا شيوخ فوقاني
    // وشيوخ تحتاني قد تعرضتا لقصف").
    let protest = protest_cue(doc, hit);
    let before = pick(window.start, hit.word_start);
    if let Some(last) = before.iter().rposition(Option::is_some) {
        // ("شهدت مدينة السلمية وبلدة كفرنبودة … مظاهرات": past the second's
        // place word.)
        let listed = |a: &Option<PlaceOcc>, b: &Option<PlaceOcc>| match (a, b) {
            (Some(a), Some(b)) => {
                let gap = norm[a.range.end..b.range.start].trim();
                matches!(gap, "و" | "،و" | "، و" | "،" | "," | "او")
                    || matches!(gap, "وبلده" | "ومدينه" | "وقريه" | "وحي" | "ومخيم")
            }
            _ => false,
        };
        let mut first = last;
        while (protest || subjected) && first > 0 && listed(&before[first - 1], &before[first]) {
            first -= 1;
        }
        return Some((home_within(doc, r, before[first..=last].to_vec()), false));
    }
    // Else anywhere in the sentence, past a clause word before the cue when
    // a place follows it ("خرجت مظاهرات في درعا البلد وأنخل، بينما شهدت
    // مدينة الزبداني حملة دهم واعتقالات" arrests no one in درعا البلد).
    let segment_start = doc
        .hits_in(&(r.start..hit.word_start))
        .filter(|h| doc.clause_break(h))
        .map(|h| h.range.end)
        .max()
        .unwrap_or(r.start);
    // (Its own part of the sentence first: the places before the next cue
    // are not that cue's.)
    // (Nor past the next clause word: "وفرّقت قوات الأمن مظاهرة مماثلة في
    // بلدة عربين …، فيما خرجت مظاهرات في سقبا" broke up Arbin's only.)
    // (Only where another cue opens the clause before its places: "ما أدى
    // إلى مقتل 9 عناصر، وموقعاً في بادية الميادين" goes on with the
    // strike's targets, and "وذلك رمياً بالرصاص في ساحة القرية" with the
    // execution.)
    let segment_end = doc
        .hits_in(&(hit.range.end..r.end))
        .filter(|h| doc.clause_break(h) && norm[h.range.clone()].trim() != "وذلك")
        .find(|h| {
            let first_place = doc
                .places
                .iter()
                .find(|p| p.word_start >= h.range.end && p.range.end <= r.end)
                .map_or(r.end, |p| p.word_start);
            doc.hits_in(&(h.range.end..first_place))
                .any(|c| c.event().is_some())
        })
        .map_or(r.end, |h| h.word_start);
    // (Nor what it is for: "وقفة صامتة … في المدينة حداداً على «شهداء درعا
    // وبانياس»" mourns elsewhere.)
    let purpose = doc
        .hits_in(&(hit.range.end..r.end))
        .find(|h| purpose_clause(doc, h))
        .map_or(r.end, |h| h.word_start);
    let segment_end = segment_end.min(purpose);
    let own_part = pick(segment_start, window.end.min(purpose));
    let in_segment = if own_part.is_empty() {
        pick(segment_start, segment_end)
    } else {
        own_part
    };
    let mut anywhere = if in_segment.is_empty() {
        pick(r.start, purpose)
    } else {
        in_segment
    };
    // (An area that frames the sentence, "وفي ريف اللاذقية الشمالي، …",
    // gives way to the precise places it holds.)
    if anywhere.iter().flatten().any(|p| !p.area) {
        anywhere.retain(|p| p.as_ref().is_some_and(|p| !p.area));
    }
    if !anywhere.is_empty() {
        return Some((home_within(doc, r, anywhere), false));
    }
    // Areas that only located another place are places too when nothing
    // more precise is named ("في ريف حماة").
    let areas: Vec<Option<PlaceOcc>> = doc
        .places
        .iter()
        .filter(|p| {
            p.word_start >= r.start
                && p.range.end <= r.end
                && !moving_to(p)
                && !origin(doc, p)
                && !fired_from(p)
                && !heard_in(p)
        })
        .map(|p| Some(p.clone()))
        .collect();
    // "على طريق داعل – أبطع (في ريف درعا)" and no other town: near the
    // road's first end.
    let road = doc
        .places
        .iter()
        .find(|p| p.word_start >= window.start && p.range.end <= r.end && road_first_end(doc, p));
    if let Some(p) = road.filter(|_| areas.iter().flatten().all(|a| a.area)) {
        return Some((
            vec![Some(PlaceOcc {
                near: true,
                ..p.clone()
            })],
            false,
        ));
    }
    // (Not the area that only locates the victim's home: "اغتال مجهولون
    // شاباً من بلدة صيدا في ريف درعا الشرقي" was in صيدا; nor the town
    // or city that locates it: "خطف شاب من قرية بسيسين في ريف جبلة جنوبي
    // اللاذقية".)
    if !areas.is_empty() {
        // (But "مدنيين من عائلات نازحة من مدينة الميادين قرب بلدة
        // العشارة" were hit by the town.)
        let by_town = |p: &PlaceOcc| {
            words_before(norm, p.word_start)
                .find(|w| !matches!(*w, "مدينه" | "بلده" | "قريه"))
                .is_some_and(|w| matches!(w, "قرب" | "بالقرب" | "مقربه"))
        };
        if areas.iter().flatten().all(|p| p.modifier && !by_town(p)) {
            return Some((home_within(doc, r, areas), false));
        }
        return Some((areas, false));
    }
    if !headed_to.is_empty() {
        return Some((headed_to, true));
    }
    if doc.places.is_empty() {
        return Some((vec![None], false));
    }
    // "المدينة" / "البلدتين": the places just named; otherwise the last
    // place of the paragraph.
    let anaphor = doc
        .hits_in(r)
        .find(|h| h.is(List::PlaceAnaphora))
        .map(|h| whole_named_back(doc, h, r.end));
    let para = doc.sentences[s].para;
    // (A headline's parts are stories of their own, "مسيّرة تركية تقتل
    // مقاتلَين قرب تل رفعت.. وعبوة ناسفة تقتل مدنياً في الباب", unless one
    // refers back: "… في تدمر.. وغارات النظام تقتل مدنيين بالمدينة".)
    let headline = doc.paras.get(para).is_some_and(|p| p.1 == Para::Headline);
    let town_named_back = anaphor.is_some_and(|a| {
        matches!(
            without_conjunction(norm[a.range.clone()].trim()),
            "المدينه" | "البلده" | "القريه"
        )
    });
    // "وقال ناشط من جاسم إن قوات الأمن أطلقت الرصاص لتفريق المتظاهرين في
    // المدينة": the town the speaker is from, named just before.
    if let Some(a) = anaphor {
        let speakers = doc.places.iter().rfind(|p| {
            let mut back =
                words_before(norm, p.word_start).skip_while(|w| matches!(*w, "مدينه" | "بلده" | "قريه"));
            p.word_start >= r.start
                && p.range.end <= a.word_start
                && !p.area
                && back.next() == Some("من")
                && back.next().is_some_and(|w| {
                    matches!(
                        w,
                        "ناشط"
                            | "ناشطون"
                            | "ناشطين"
                            | "مصدر"
                            | "مصادر"
                            | "شاهد"
                            | "شهود"
                            | "احد"
                            | "سكان"
                    )
                })
        });
        if let (true, Some(p)) = (town_named_back, speakers) {
            return Some((vec![Some(p.clone())], false));
        }
        // "اختطف مسلحون مدرساً من بلدة تفتناز أثناء عودته إلى منزله في
        // البلدة": the home the man was going back to is in his town.
        let mut back = words_before(norm, a.word_start);
        let at_home = back.next() == Some("في")
            && back
                .next()
                .is_some_and(|w| w.starts_with("منزل") || w.starts_with("بيت"));
        let his_town = doc
            .places
            .iter()
            .rfind(|p| p.word_start >= r.start && p.range.end <= a.word_start && !p.area && home_of(doc, p));
        if let (true, true, Some(p)) = (town_named_back, at_home, his_town) {
            return Some((vec![Some(p.clone())], false));
        }
    }
    // (Not the side an advance came from, told before: "حاولت التقدم نحو
    // البلدة من جهة تل عثمان. وأعلن «جيش النصر» مقتل خمسة عناصر".)
    let from_side = |p: &PlaceOcc| {
        let mut back = words_before(norm, p.word_start);
        matches!(back.next(), Some("جهه" | "ناحيه")) && back.next() == Some("من")
    };
    // (As the cue's subject; "من الطرفين" only counts the dead.)
    let sides_named_back = doc
        .hits_in(&(r.start..hit.word_start))
        .any(|h| h.is(List::BothSides) && doc.words_between_undated(h.range.end, hit.word_start) <= 1)
        && !doc.places.iter().any(|p| r.contains(&p.word_start));
    // (So do the storming forces: "أضرمت القوات المقتحمة النار في سبعة
    // منازل" was in the town stormed.)
    let words: Vec<&str> = norm[r.clone()]
        .split_whitespace()
        .map(without_conjunction)
        .collect();
    let stormers_named_back = words.windows(2).any(|w| {
        matches!(w[0], "القوات" | "العناصر" | "الدوريات" | "الدوريه" | "الوحدات")
            && matches!(w[1], "المقتحمه" | "المداهمه")
    }) && !doc.places.iter().any(|p| r.contains(&p.word_start));
    // (A city that located a quarter is one "المدينة" names back: "على حي
    // السوق المقبي وسط مدينة الميادين … المشفى الميداني في المدينة".)
    let earlier: Vec<&PlaceOcc> = doc
        .places
        .iter()
        .filter(|p| {
            (p.range.end <= r.start
                && (!p.modifier || (town_named_back && !p.area && after_town_word(doc, p)))
                && !origin(doc, p)
                && !from_side(p)
                && (!headline || anaphor.is_some()))
                || (p.word_start < r.end && section_head(doc, p))
        })
        // ("وتوصل الطرفان إلى اتفاق" names back the sides of a fight told
        // paragraphs before, and so where they fought.)
        .filter(|p| {
            anaphor.is_some()
                || sides_named_back
                || stormers_named_back
                || doc
                    .sentence_at(p.word_start)
                    .is_some_and(|ps| doc.sentences[ps].para == para)
        })
        .collect();
    if earlier.is_empty() {
        // "خطف مجهولون شاباً من بلدة الغارية الغربية أثناء توجهه إلى
        // عمله": with nowhere else named, the victim's home (not a
        // source's: "ناشطين من مدينة تدمر تحدثوا عن").
        // (home_of has read the "من"; the one from it is a person counted.)
        let person_before = |p: &PlaceOcc| {
            doc.hits_in(&(p.word_start.saturating_sub(80)..p.word_start))
                .any(|h| {
                    (h.is(List::PersonOne) || h.is(List::PersonTwo))
                        && doc.words_between(h.range.end, p.word_start) <= 2
                })
        };
        let home = doc.places.iter().find(|p| {
            p.word_start >= r.start
                && p.range.end <= r.end
                && !p.area
                && home_of(doc, p)
                && person_before(p)
                && !doc
                    .hits_in(&(p.range.end..r.end))
                    .any(|h| h.is(List::Report) && doc.words_between(p.range.end, h.word_start) <= 2)
        });
        // (Else the seat of the branch that acted, if that is all there is.)
        let seat = || {
            doc.places
                .iter()
                .find(|p| p.word_start >= r.start && p.range.end <= r.end && branch_seat(norm, p))
        };
        // (Else where he was going to work: "قُتل الشاب … برصاص مسلحين
        // مجهولين أثناء توجهه إلى عمله في مدينة جاسم".)
        let work = || {
            doc.places.iter().find(|p| {
                p.word_start >= r.start
                    && p.range.end <= r.end
                    && !p.modifier
                    && work_in(norm, p.word_start).is_some()
            })
        };
        return Some((vec![Some(home.or_else(seat).or_else(work)?.clone())], false));
    }
    Some((named_before(doc, anaphor, &earlier), false))
}

/// "وفي بادية السويداء الشرقية، قتل شابان من قرية الشبكي": when the
/// sentence locates its event only by a region, the victims' village in
/// that region is nearer the truth than the region.
fn home_within(doc: &Doc, r: &Range<usize>, places: Vec<Option<PlaceOcc>>) -> Vec<Option<PlaceOcc>> {
    let regions: Vec<&PlaceOcc> = places.iter().flatten().collect();
    if regions.is_empty()
        || regions
            .iter()
            .any(|p| !(p.area || p.near || p.modifier) || p.admin1.is_none())
    {
        return places;
    }
    let home = doc.places.iter().find(|p| {
        p.word_start >= r.start
            && p.range.end <= r.end
            && !p.area
            && p.place.is_some()
            && regions.iter().any(|a| a.admin1 == p.admin1)
            && home_of(doc, p)
    });
    match home {
        Some(h) => vec![Some(h.clone())],
        None => places,
    }
}

/// The side named right after a verb of planting ("زرعها إرهابيو داعش").
fn planted_by(doc: &Doc, r: &Range<usize>) -> Option<String> {
    doc.actors
        .iter()
        .filter(|a| a.word_start >= r.start && a.range.end <= r.end)
        .find(|a| {
            // (Past what its men are called: "إرهابيو", "عناصر".)
            words_before(doc.norm(), a.word_start)
                .take(2)
                .any(|w| without_conjunction(w).starts_with("زرع"))
        })
        .map(|a| a.id.clone())
}

/// Named after "مدينة", "بلدة" or "قرية".
fn after_town_word(doc: &Doc, p: &PlaceOcc) -> bool {
    words_before(doc.norm(), p.word_start)
        .next()
        .is_some_and(|w| matches!(without_conjunction(w), "مدينه" | "بلده" | "قريه"))
}

/// The town a part named back belongs to, itself named back: "على الحي
/// الغربي من البلدة" is the town's.
fn whole_named_back<'d>(doc: &'d Doc, part: &'d Hit, end: usize) -> &'d Hit {
    doc.hits_in(&(part.range.end..end))
        .find(|t| {
            t.is(List::PlaceAnaphora)
                && doc.words_between(part.range.end, t.word_start) <= 2
                && words_before(doc.norm(), t.word_start).next() == Some("من")
        })
        .unwrap_or(part)
}

/// The places an anaphor stands for among those named before: two for
/// "البلدتين" / "القريتين", else the last.
fn named_before(doc: &Doc, anaphor: Option<&Hit>, earlier: &[&PlaceOcc]) -> Vec<Option<PlaceOcc>> {
    let dual = anaphor.is_some_and(|h| {
        let w = doc.norm()[h.range.clone()].trim();
        w.ends_with("تين") || w.ends_with("يين")
    });
    let n = if dual { 2 } else { 1 };
    // "التلة": the last place named so ("تلة كباني"), else the last place.
    // So "المدينة", "البلدة", "القرية": "داخل أحياء مدينة منبج … قرية
    // المنكوبة شمال المدينة … وداخل المدينة" is Manbij.
    let norm = doc.norm();
    let noun = anaphor
        .map(|h| without_conjunction(norm[h.range.clone()].trim()))
        .filter(|w| matches!(*w, "التله" | "المدينه" | "البلده" | "القريه"))
        .and_then(|w| w.strip_prefix("ال"));
    if let Some(noun) = noun {
        let called_by = |p: &PlaceOcc| {
            words_before(norm, p.word_start)
                .next()
                .map(without_conjunction)
                // ("بمدينة", "لبلدة": a preposition on the noun, not the
                // ب of "بلدة" itself.)
                .map(|w| {
                    w.strip_prefix(['ب', 'ل'])
                        .filter(|rest| matches!(*rest, "مدينه" | "بلده" | "قريه" | "تله" | "حي" | "مخيم"))
                        .unwrap_or(w)
                })
        };
        // (For a town, the last place not called something else: "في
        // مقاطعة كري سبي/تل أبيض … في محيط المدينة" is تل أبيض.)
        // (One called by the anaphor's own noun first: "مدينة قارة … على
        // الطريق الدولي بين دمشق وحمص … بلدة دير عطية … انسحبوا من
        // المدينة" is قارة.)
        let fits = |p: &&&PlaceOcc, strict: bool| {
            let by = called_by(p);
            if noun == "تله" {
                norm[p.range.clone()].starts_with(noun) || by == Some(noun)
            } else {
                // (A village is no region: "باتجاه مناطق سيطرة التنظيم في
                // البادية … في محيط القرية"; nor a city a plain: "مواقع
                // النظام في سهل الغاب … في المزارع المحيطة بالمدينة".)
                // (Nor where the beaten fled: "انسحبوا باتجاه قرية دورين …
                // خسائر قوات النظام في القرية" is the village taken.)
                let region = p.area;
                let fled = fled_to(doc, p) && earlier.len() > 1;
                // (Nor the town told as the first's neighbour: "اقتحمت …
                // بلدة الطيبة …، في حين سقط قتيل … في بلدة صيدا المجاورة.
                // وكانت البلدة قد تعرضت لقصف" is الطيبة.)
                let neighbour = earlier.len() > 1
                    && by == Some(noun)
                    && norm[p.range.end..].split_whitespace().next().is_some_and(|w| {
                        matches!(w.trim_end_matches(['،', ',', '.']), "المجاوره" | "المجاور")
                    });
                !region
                    && !fled
                    && !neighbour
                    && if strict {
                        by == Some(noun)
                    } else {
                        by.is_none_or(|w| {
                            w == noun || !matches!(w, "مدينه" | "بلده" | "قريه" | "حي" | "مخيم")
                        })
                    }
            }
        };
        // (But one its own sentence names stands: "وفي دوما، خرج العشرات
        // في مظاهرة جابت شوارع المدينة".)
        let at = anaphor.map_or(0, |h| h.word_start);
        let same_sentence = |p: &&&PlaceOcc| {
            doc.sentences
                .iter()
                .any(|s| s.range.contains(&p.word_start) && s.range.contains(&at))
        };
        let called = earlier
            .iter()
            .rev()
            .take_while(same_sentence)
            .find(|p| fits(p, false))
            .or_else(|| earlier.iter().rev().take(8).find(|p| fits(p, true)))
            .or_else(|| earlier.iter().rev().take(5).find(|p| fits(p, false)));
        if let Some(p) = called {
            return vec![Some((*p).clone())];
        }
    }
    // "القريتين": the last two called villages ("دخلت قرية المصاصنة بعد
    // انسحاب المقاتلين باتجاه أطراف بلدة لحايا، فيما سيطرت على قرية
    // البويضة").
    let single = anaphor
        .filter(|_| dual)
        .and_then(|h| without_conjunction(norm[h.range.clone()].trim()).strip_prefix("ال"))
        .and_then(|w| w.strip_suffix("تين"))
        .filter(|stem| {
            // (Not after the two named as such: "بلدتي بصر الحرير والمليحة
            // الشرقية … القصف على البلدتين".)
            let at = anaphor.map_or(0, |h| h.word_start);
            let construct = format!("{stem}تي");
            !norm[norm.floor_char_boundary(at.saturating_sub(2000))..at]
                .split(|c: char| !c.is_alphabetic())
                .any(|w| is_word_or_clitic(w, &construct))
        })
        .map(|stem| format!("{stem}ه"));
    if let Some(single) = single {
        let called: Vec<&&PlaceOcc> = earlier
            .iter()
            .rev()
            .filter(|p| {
                words_before(norm, p.word_start)
                    .next()
                    .map(without_conjunction)
                    .is_some_and(|w| w == single || w.strip_prefix(['ب', 'ل']) == Some(single.as_str()))
            })
            .take(2)
            .collect();
        if called.len() == 2 {
            return called.iter().rev().map(|p| Some((**p).clone())).collect();
        }
    }
    earlier[earlier.len().saturating_sub(n)..]
        .iter()
        .map(|p| Some((*p).clone()))
        .collect()
}

/// "تعرضت البلدة لقصف": the cue is what someone was subjected to.
fn exposed_to(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    subjected_by(doc, hit, r).is_some()
}

/// The "تعرض" a cue is what was undergone of: three words before it at
/// most, not counting dates, or six besides the places subjected
/// ("وتعرضت بلدات وقرى كنسبا وشلف في جبل الأكراد، اليوم لغارات روسية").
fn subjected_by<'d>(doc: &'d Doc, hit: &Hit, r: &Range<usize>) -> Option<&'d Hit> {
    doc.hits_in(&(r.start..hit.word_start))
        .filter(|h| h.is(List::Exposed))
        .filter(|h| {
            let places: usize = doc
                .places
                .iter()
                .filter(|p| p.word_start >= h.range.end && p.range.end <= hit.word_start)
                .map(|p| doc.words_between(p.word_start, p.range.end + 1))
                .sum();
            // (With places between, their list words too: "بلدات وقرى … في".)
            let reach = if places > 0 { 6 } else { 3 };
            doc.words_between_undated(h.range.end, hit.word_start)
                .saturating_sub(places)
                <= reach
        })
        .last()
}

/// A relative pronoun set off by a comma ("…، والتي تعرضت لقصف") starts a
/// clause of its own.
fn comma_relative(doc: &Doc, h: &Hit) -> bool {
    h.is(List::Relative) && doc.norm()[..h.word_start].trim_end().ends_with(['،', ','])
}

/// The event cue before `hit` in the sentence, when `hit` is a verb joined
/// to it by و ("اقتحموا القرى، وقتلوا مدنيين").
fn joined_to<'d>(doc: &'d Doc, hit: &Hit, r: &Range<usize>) -> Option<&'d Hit> {
    if !(hit.is_verb() && hit.proclitics.conjunction.is_some()) {
        return None;
    }
    doc.hits_in(&(r.start..hit.word_start))
        .filter(|h| h.event().is_some())
        .last()
}

/// Who acts and who is acted upon, as the sentence says it.
#[derive(Debug, Default)]
struct Roles {
    agent: Option<String>,
    target: Option<String>,
    /// "بين X وY": the sides may come in either order.
    pair: bool,
    /// The agent stands right next to the cue ("دخلت القوات", "القوات
    /// دخلت"), not merely somewhere in the sentence.
    agent_adjacent: bool,
}

fn roles(doc: &Doc, hit: &Hit, r: &Range<usize>) -> Roles {
    let mut roles = own_roles(doc, hit, r);
    // "اقتحم عناصر التنظيم القرية، وقتلوا مدنيين": a verb joined by و to
    // the cue before it has that cue's subject.
    if roles.agent.is_none() {
        if let Some(p) = joined_to(doc, hit, r) {
            roles.agent = own_roles(doc, p, r)
                .agent
                .filter(|a| Some(a) != roles.target.as_ref());
        }
    }
    // "واصلت وحدات من الجيش … عملياتها ضد إرهابيي داعش …، وأحكمت
    // سيطرتها على …": a verb joined by و shares the subject the sentence
    // opened with.
    if !roles.agent_adjacent && hit.is_verb() && hit.proclitics.conjunction == Some('و') {
        let norm = doc.norm();
        let opening = doc
            .actors
            .iter()
            .find(|a| a.word_start >= r.start && a.range.end <= hit.word_start)
            .filter(|a| {
                let mut back = words_before(norm, a.word_start);
                let w = back.next().unwrap_or("");
                doc.words_between(r.start, a.word_start) <= 4
                    && is_party(&a.id)
                    && (!PREPOSITIONS.contains(&w) || (w == "من" && back.next().is_some_and(is_unit)))
                    && !TARGET_MARKERS.contains(&w)
            })
            .map(|a| a.id.clone())
            .filter(|a| Some(a) != roles.target.as_ref());
        // (An armed side is the subject a verb like "دخلت" needs when a
        // place is its object: "واصلت القوات الإسرائيلية توغلها …، ودخلت
        // أمس بلدة جباتا الخشب" — not "ودخلوا منازل عدة عائلات".)
        let place_object = doc.places.iter().any(|p| {
            p.word_start >= hit.range.end && doc.words_between_undated(hit.range.end, p.word_start) <= 1
        });
        if let Some(a) = opening.filter(|a| roles.agent.as_ref().is_none_or(|b| b == a)) {
            roles.agent_adjacent = place_object;
            roles.agent = Some(a);
        }
    }
    // "قُتل قيادي أمني في هيئة تحرير الشام … إثر انفجار عبوة ناسفة": the
    // side of the man killed is the one hit.
    if roles.target.is_none() {
        roles.target = killed_member_of(doc, r).filter(|t| Some(t) != roles.agent.as_ref());
    }
    roles
}

/// The group whose man the sentence tells was killed: a kill word, then a
/// member noun and "في" before the group ("مقتل القيادي في حركة أحرار
/// الشام", "قُتل قيادي أمني في الهيئة").
fn killed_member_of(doc: &Doc, r: &Range<usize>) -> Option<String> {
    doc.actors
        .iter()
        .filter(|a| a.word_start >= r.start && a.range.end <= r.end)
        .find(|a| {
            member_noun_before(doc.norm(), a.word_start)
                && doc
                    .hits_in(&(r.start..a.word_start))
                    .any(|k| k.is(List::Kill) && doc.words_between(k.range.end, a.word_start) <= 4)
        })
        .map(|a| a.id.clone())
}

/// A member noun and "في" right before `at`, where a group is named: "قيادي
/// في", "القيادي الميداني في", "عنصراً في صفوف".
fn member_noun_before(norm: &str, at: usize) -> bool {
    let mut words = words_before(norm, at).peekable();
    words.next_if(|w| GROUP_NOUNS.contains(w));
    words.next() == Some("في") && {
        words.next_if(|w| matches!(*w, "محلي" | "بارز" | "سابق" | "ميداني" | "عسكري" | "امني"));
        // ("القيادي في حركة أحرار الشام".)
        words
            .next()
            .is_some_and(|w| listed(MEMBERS, w) || w.strip_prefix("ال").is_some_and(|w| listed(MEMBERS, w)))
    }
}

/// The two sides of the last fight before `before` whose sentence names
/// both ("بين X وY"), within a few sentences.
fn last_pair(doc: &Doc, before: usize) -> Option<Roles> {
    doc.sentences
        .iter()
        .rev()
        .filter(|x| x.range.end <= before)
        .take(8)
        .find_map(|x| {
            let r = &x.range;
            if doc.has(List::BothSides, r) {
                return None;
            }
            doc.hits_in(r)
                .filter(|h| {
                    h.event()
                        .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Armed clash")
                })
                .map(|h| own_roles(doc, h, r))
                .find(|roles| roles.pair && roles.agent.is_some() && roles.target.is_some())
        })
}

/// The roles the words around `hit` give it.
fn own_roles(doc: &Doc, hit: &Hit, r: &Range<usize>) -> Roles {
    let norm = doc.norm();
    // (Not a side told as among another: "سيطر مقاتلو المعارضة، وبينهم
    // عناصر من جبهة النصرة وتنظيم جند الأقصى، على …".)
    let among_them = |a: &ActorOcc| {
        let from = (a.word_start.saturating_sub(60)..a.word_start)
            .find(|&i| norm.is_char_boundary(i))
            .unwrap_or(a.word_start);
        let Some(at) = norm[from..a.word_start].rfind("بينهم").map(|i| from + i) else {
            return false;
        };
        doc.words_between(at, a.word_start) <= 3
            && doc
                .actors
                .iter()
                .any(|b| b.range.end <= at && doc.words_between(b.range.end, at) <= 1 && b.id != "civilians")
    };
    let actors: Vec<&ActorOcc> = doc
        .actors
        .iter()
        .filter(|a| a.word_start >= r.start && a.range.end <= r.end && !among_them(a) && !charged(doc, a))
        .collect();
    // Civilians are acted upon, never the ones who shell or take towns.
    let can_act = |a: &&&ActorOcc| a.id != "civilians";
    let word_before =
        |at: usize| -> &str { without_conjunction(words_before(norm, at).next().unwrap_or("")) };
    let mut roles = Roles::default();
    // "على يد X", "من قبل X", "بواسطة X"; "في يد التنظيم" is who holds it.
    // (Shells fired "من مواقع قسد" are the SDF's.)
    let shelling = shelling_cue(doc, hit);
    let agent_marked = |a: &ActorOcc| {
        let mut words = words_before(norm, a.word_start)
            .map(|w| w.trim_matches(['"', '«', '»']))
            .map(without_conjunction)
            .peekable();
        // (Past the group's men: "على يد عناصر داعش".)
        if words.next_if(|w| FIGHTERS_OF.contains(w)).is_some() {
            return words.next() == Some("يد") && words.next() == Some("علي");
        }
        match words.next() {
            Some("يد") => words.next() == Some("علي"),
            Some("مواقع" | "نقاط" | "مناطق") if shelling => words.next() == Some("من"),
            Some(w) => AGENT_MARKERS.contains(&w),
            None => false,
        }
    };
    // Who holds a place: the side right after "الخاضعة لسيطرة", "التي يسيطر
    // عليها", "في يد".
    let holder = |a: &ActorOcc| {
        doc.hits_in(&(a.word_start.saturating_sub(60)..a.word_start))
            .any(|h| h.is(List::ControlledBy) && doc.words_between(h.range.end, a.word_start) <= 1)
    };
    // "وحدات من الجيش": من after a unit noun is partitive.
    // (also past a noun for the group: "عناصر من ميليشيا لواء فاطميون").
    let partitive = |a: &ActorOcc| {
        let mut words = words_before(norm, a.word_start);
        let mut w = words.next().unwrap_or("");
        if GROUP_NOUNS.contains(&w) {
            w = words.next().unwrap_or("");
        }
        w == "من" && words.next().is_some_and(is_unit)
    };
    // The aircraft inside the cue phrase: "ألقى الطيران المروحي" (not the
    // protesters fired on in "فتحت النار على المتظاهرين").
    let mut agent_end: Option<usize> = None;
    if let Some(a) = actors
        .iter()
        .filter(can_act)
        .filter(|a| a.id != "protesters")
        .find(|a| a.word_start < hit.range.end && hit.word_start < a.range.end)
    {
        roles.agent = Some(a.id.clone());
        roles.agent_adjacent = true;
        agent_end = Some(a.range.end);
    }
    // (Whose aircraft they were may follow: "الطائرات الحربية لجيش
    // الاحتلال التركي", "الطيران المروحي التابع للنظام".)
    let mut aircraft_owned = agent_end.is_some();
    // "بين الطرفين": the two sides named last before the cue.
    // (Or as the subject just before it, "وتوصل الطرفان إلى اتفاق": the
    // two of the fight told last.)
    let subject = doc
        .hits_in(&(r.start..hit.word_start))
        .any(|h| h.is(List::BothSides) && doc.words_between_undated(h.range.end, hit.word_start) <= 1);
    if let Some(pair) = subject.then(|| last_pair(doc, r.start)).flatten() {
        return pair;
    }
    let both = subject
        || doc
            .hits_in(&(hit.range.end..r.end))
            .any(|h| h.is(List::BothSides) && doc.words_between(hit.range.end, h.word_start) <= 4);
    if both {
        let mut last: Vec<&str> = Vec::new();
        // (Gunmen named in the sentence are a side: "هاجم مسلحون مجهولون
        // حاجزاً لقوات «الأمن العسكري»، ودارت اشتباكات بين الطرفين".)
        for a in doc.actors.iter().rev().filter(|a| a.range.end <= hit.word_start) {
            let side = match a.id.as_str() {
                "civilians" | "protesters" | "rioters" => false,
                "unidentified" => a.word_start >= r.start,
                _ => true,
            };
            // (Allies are one side, told by the first named: "موقعاً لقوات
            // النظام والمسلحين الموالين لها …، ودارت اشتباكات بين
            // الطرفين".)
            if !side || last.contains(&a.id.as_str()) {
                continue;
            }
            match last.iter_mut().find(|b| allied(doc, b, &a.id)) {
                Some(b) => *b = &a.id,
                None => last.push(&a.id),
            }
            if last.len() == 2 {
                return Roles {
                    agent: Some(last[1].to_string()),
                    target: Some(last[0].to_string()),
                    pair: true,
                    agent_adjacent: true,
                };
            }
        }
        // (Sides that are both the opposition's are the two of the fight
        // told last "بين X وY": "اشتباكات بين مقاتلين من جبهة النصرة
        // وعناصر من لواء … التابع للجيش الحر …، ودارت اشتباكات بين
        // الطرفين"; the subject was asked above.)
        if let Some(pair) = (!subject).then(|| last_pair(doc, r.start)).flatten() {
            return pair;
        }
    }
    // "اشتباكات بين X وY" / "بين X من جهة وY من جهة أخرى".
    // (Not the sides of another cue: "غارات على حي جوبر، بالتزامن مع
    // اشتباكات بين مقاتلي المعارضة وقوات النظام".)
    let another_cue = doc
        .hits_in(&(hit.range.end..r.end))
        .find(|h| h.word_start > hit.range.end && (h.event().is_some() || h.is(List::Concurrent)))
        .map_or(r.end, |h| h.word_start);
    let bain_end = (hit.range.end + 120).min(r.end).min(another_cue);
    if let Some(bain) = find_word(norm, "بين", hit.range.end, bain_end) {
        let after: Vec<_> = actors.iter().filter(|a| a.word_start > bain).collect();
        if let Some(x) = after.first() {
            // (Past a quote mark: `بين مقاتلين من "لواء التوحيد"`.)
            let quoted_of = words_before(norm, x.word_start)
                .find(|w| !w.trim_matches(['"', '«', '»']).is_empty())
                == Some("من");
            let gap = doc.words_between(bain, x.word_start);
            if gap <= 2 || (gap == 3 && quoted_of) {
                // Y is joined by و (a word of its own or its clitic, not the
                // letter inside "المدعومة") and is not on X's side ("بين
                // قوات النظام والمسلحين الموالين لها من جهة، والهيئة …").
                // (Not across a clause word: "أوقعت جرحى بين المدنيين، في
                // حين أعلنت وكالة الأنباء الرسمية أن الجهات المختصة …".)
                let joined = |y: &&&ActorOcc| {
                    (norm[y.word_start..y.range.start].starts_with('و')
                        || norm[x.range.end..y.word_start]
                            .split_whitespace()
                            .any(|w| w.starts_with('و')))
                        && !doc
                            .hits_in(&(x.range.end..y.word_start))
                            .any(|h| h.is(List::Clause))
                };
                // "بين X وZ من جهة، وY من جهة أخرى": the other side is the one
                // after "من جهة", allied or not.
                // ("من جهة حي البساتين" is a direction, not a side.)
                let side_mark = find_word(norm, "من جهه", x.range.end, r.end).filter(|&m| {
                    let rest = norm[m + "من جهه".len()..].trim_start();
                    rest.starts_with(['،', ',', 'و']) || rest.starts_with("اخري") || rest.starts_with("ثانيه")
                });
                let y = match side_mark {
                    Some(m) => after[1..]
                        .iter()
                        .find(|y| y.word_start > m && y.id != x.id && joined(y) && is_party(&y.id)),
                    // (Allies fight too: "بين «فيلق الرحمن» و«جيش الإسلام»".)
                    None => after[1..]
                        .iter()
                        .find(|y| y.id != x.id && joined(y) && !allied(doc, &x.id, &y.id))
                        .or_else(|| {
                            after[1..].iter().find(|y| {
                                y.id != x.id && joined(y) && is_party(&y.id) && y.id != "opposition"
                            })
                        }),
                };
                if let Some(y) = y {
                    return Roles {
                        agent: Some(x.id.clone()),
                        target: Some(y.id.clone()),
                        pair: true,
                        agent_adjacent: true,
                    };
                }
            }
        }
    }
    // After the cue: an agent marker ("على يد X"), a target marker ("على
    // مواقع X", "لداعش" after a noun), or the agent ("قصفت قوات النظام",
    // "غارات التحالف", "هجوم لداعش").
    // Within the cue's clause: "… على معركبة، فيما ألقى … لقوات النظام"
    // names the target of another cue, and so does "… بالتزامن مع قصف
    // لقوات النظام".
    // So does a cue of another type joined by و: "اغتال مسلحون قيادياً
    // سابقاً في طفس، وانفجرت عبوة ناسفة بدورية لقوات الأسد" (the patrol is
    // what the bomb hit).
    let event_type = |h: &Hit| h.event().map(|e| doc.ex.lexicon.events[e].event_type.as_str());
    let next_of_another_type = doc
        .hits_in(&(hit.range.end..r.end))
        .find(|h| {
            h.word_start > hit.range.end
                && h.proclitics.conjunction == Some('و')
                && event_type(h).is_some_and(|t| Some(t) != event_type(hit))
        })
        .map_or(r.end, |h| h.word_start);
    let clause_end = doc
        .hits_in(&(hit.range.end..r.end))
        .find(|h| h.is(List::Concurrent) && h.word_start > hit.range.end)
        .map_or(r.end, |h| h.word_start)
        .min(own_clause_end(doc, hit, r))
        .min(next_of_another_type);
    let subject_before = actors
        .iter()
        .any(|b| b.range.end <= hit.word_start && doc.words_between(b.range.end, hit.word_start) <= 2);
    // "توجيه ضربة لنظام الأسد" is aimed at whom ل names.
    let aimed = norm[..hit.word_start].split_whitespace().next_back() == Some("توجيه");
    let attack_noun = !hit.is_verb()
        && !aimed
        && hit.event().is_some_and(|e| {
            let cue = &doc.ex.lexicon.events[e];
            matches!(
                cue.kind,
                CueKind::Bombardment | CueKind::Attack | CueKind::Explosion
            ) || matches!(cue.event_type.as_str(), "Battles" | "Explosions/Remote violence")
        });
    // "اعتداء إرهابيي داعش بالقذائف": the fighters of an attack noun.
    let attackers = |a: &ActorOcc| {
        let mut words = words_before(norm, a.word_start);
        words.next().is_some_and(|w| listed(FIGHTERS_OF, w))
            && words.next().is_some_and(|w| listed(ATTACK_NOUNS, w))
    };
    // "عناصر «النصرة» اعتقلوا": the men of a group right before a verb are
    // its subject.
    // ("إن مقاتلي جبهة النصرة تمكنوا صباح اليوم من السيطرة على كسب": the
    // men who managed it.)
    let managed = |a: &ActorOcc| {
        norm[a.range.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with("تمكن"))
            && doc.words_between_undated(a.range.end, hit.word_start) <= 2
    };
    // (Or with only a relative clause that describes them between:
    // "مقاتلي قوات سوريا الديمقراطية التي تقودها وحدات حماية الشعب
    // سيطروا".)
    let described_then_verb = |a: &ActorOcc| {
        let gap = &norm[a.range.end..hit.word_start];
        hit.is_verb()
            && matches!(gap.split_whitespace().next(), Some("التي" | "الذي" | "الذين"))
            && !gap.contains(['،', ',', '.'])
            && doc.words_between(a.range.end, hit.word_start) <= 8
    };
    let men_before_verb = |a: &ActorOcc| {
        ((hit.is_verb() && doc.words_between(a.range.end, hit.word_start) == 0)
            || managed(a)
            || described_then_verb(a))
            && words_before(norm, a.word_start)
                .next()
                .is_some_and(|w| listed(FIGHTERS_OF, w) || is_unit(w))
    };
    // ل on the name, or on the unit noun before it ("حاجزاً لقوات الفرقة
    // الرابعة" is the Fourth Division's).
    let lam = |a: &ActorOcc| {
        a.lam
            || words_before(norm, a.word_start)
                .next()
                .and_then(|w| w.strip_prefix('ل'))
                .is_some_and(|w| UNITS.contains(&w))
    };
    // A vehicle or a post the name stands right after ("بعربة روسية",
    // "بدورية لقوات النظام").
    let aboard = |w: &str| VEHICLES.contains(&w.strip_prefix('ب').unwrap_or(w));
    // "قيادي في ميليشيا …", "عنصر في الجيش الوطني".
    // ("قيادي محلي في تنظيم «الدولة الإسلامية»": an adjective may follow
    // the member.)
    let member_of = |a: &ActorOcc| member_noun_before(norm, a.word_start);
    // ("بعربة روسية" is one name.)
    let named_vehicle = |a: &ActorOcc| {
        norm[a.range.clone()]
            .split_whitespace()
            .next()
            .is_some_and(|w| VEHICLES.contains(&w))
    };
    // "بسيارة تابعة لفرع الأمن العسكري", "بسيارة ضابط برتبة رائد في قوات
    // النظام": a vehicle a few words before, in one phrase.
    let vehicle_of = |a: &ActorOcc| {
        words_before(norm, a.word_start)
            .take(5)
            .take_while(|w| !w.contains(['،', ',', '.']))
            .any(|w| w.strip_prefix('ب').is_some_and(|v| VEHICLES.contains(&v)))
    };
    let on_object = norm[hit.range.clone()].ends_with(" علي");
    let killing_cue = hit.event().is_some_and(|e| doc.ex.lexicon.events[e].kills);
    // (Or the aircraft itself: "طائرة مسيرة انتحارية تابعة لقوات النظام".)
    let aircraft = |w: &str| AIRCRAFT.contains(&w.strip_prefix("ال").unwrap_or(w));
    let mut cue_words = norm[hit.range.clone()].split_whitespace();
    let aircraft_cue = if hit.is_verb() {
        cue_words.next_back().is_some_and(aircraft)
    } else {
        cue_words.next().is_some_and(aircraft)
    };
    // "أسفرت عن مقتل عدد من الإرهابيين": the dead, not who acted.
    let counted_dead = |a: &ActorOcc| {
        doc.hits_in(&(hit.range.end..a.word_start)).any(|h| {
            (h.is(List::Kill) || h.is(List::Injure)) && doc.words_between(h.range.end, a.word_start) <= 3
        })
    };
    let mut agent_by_owner = false;
    let arrest = hit
        .event()
        .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Arrest);
    let sub_type_of_hit = hit
        .event()
        .map(|e| doc.ex.lexicon.events[e].sub_event_type.as_str());
    let explosion = hit.event().is_some_and(|e| {
        let cue = &doc.ex.lexicon.events[e];
        cue.kind == CueKind::Explosion
            || matches!(
                cue.sub_event_type.as_str(),
                "Remote explosive/landmine/IED" | "Suicide bomb"
            )
    });
    // "إطلاق النار على عنصر من تنظيم داعش", "اغتيال عنصر من الحسبة": the
    // men a cue's على, or a noun cue's object, names were hit.
    let fired_on_men = |a: &ActorOcc| {
        let mut words = words_before(norm, a.word_start);
        words.next() == Some("من")
            && words.next().is_some_and(|w| listed(MEMBERS, w))
            && words.next().is_some_and(|w| {
                TARGET_MARKERS.contains(&w)
                    || (!hit.is_verb() && doc.words_between(hit.range.end, a.word_start) == 2)
            })
    };
    // The cue opens its sentence ("كما خطف عناصر من التنظيم": past a
    // connective too).
    let sentence_first = norm[r.start..hit.word_start]
        .split_whitespace()
        .all(|w| matches!(without_conjunction(w), "كما" | "فيما" | "بينما" | "ثم" | "قد"));
    // A side right before a verb, bare, is its subject.
    let svo_subject = hit.is_verb()
        && actors.iter().any(|b| {
            b.range.end <= hit.word_start
                && norm[b.range.end..hit.word_start]
                    .trim_matches([' ', '"'])
                    .is_empty()
                && !lam(b)
                && !holder(b)
                && !PREPOSITIONS.contains(&word_before(b.word_start))
                && !matches!(b.id.as_str(), "civilians" | "protesters")
                && can_act(&b)
        });
    let forces_before = actors.iter().any(|b| {
        b.range.end <= hit.word_start
            && !matches!(b.id.as_str(), "civilians" | "protesters")
            && doc.words_between(b.range.end, hit.word_start) <= 2
    });
    let mut prev: Option<&ActorOcc> = None;
    for a in actors
        .iter()
        .filter(|a| a.word_start >= hit.range.end && a.range.end <= clause_end)
    {
        let w = word_before(a.word_start);
        let gap = doc.words_between(hit.range.end, a.word_start);
        // "مواقع لقوات النظام والمسلحين الموالين لها": joined to the target,
        // a side of it, not the agent.
        let joined_to_target = prev.is_some_and(|p| {
            roles.target.as_ref() == Some(&p.id) && norm[p.range.end..a.range.start].trim() == "و"
        });
        prev = Some(a);
        // "دخلت دوريات من الشرطة العسكرية الروسية برفقة عناصر من قوات
        // النظام": who escorts the subject is on its side, not the target.
        let escorting = words_before(norm, a.word_start)
            .take(3)
            .take_while(|w| !w.ends_with(['،', ',']))
            .any(|w| {
                matches!(
                    without_conjunction(w),
                    "برفقه" | "بمرافقه" | "ترافقها" | "يرافقها" | "ترافقهم" | "يرافقهم"
                )
            });
        // "شاباً كان يعمل سابقاً في صفوف "قسد"": a side the victim once
        // served is not the one hit.
        let former = words_before(norm, a.word_start)
            .take(4)
            .take_while(|w| !w.ends_with(['،', ',']))
            .any(|w| matches!(w, "سابقا" | "سابق"));
        // (They are counted civilians: "عنصر سابق في فصيل معارض".)
        if former && roles.target.is_none() {
            roles.target = Some("civilians".into());
        }
        if joined_to_target || escorting || former {
            continue;
        }
        // "بعد طرد قوات النظام وحزب الله": whom an expulsion noun names
        // was expelled.
        // (The bare word is a noun after "بعد".)
        let as_noun = !hit.is_verb()
            || words_before(norm, hit.word_start)
                .next()
                .is_some_and(|w| matches!(without_conjunction(w), "بعد" | "عقب" | "اثر"));
        let expelled = as_noun
            && matches!(
                without_conjunction(norm[hit.range.clone()].trim()).trim_start_matches('ب'),
                "طرد" | "دحر" | "اخراج"
            )
            && (gap == 0 || (gap == 1 && FIGHTERS_OF.contains(&w)));
        if expelled && roles.target.is_none() {
            roles.target = Some(a.id.clone());
            continue;
        }
        // "الطيران المروحي التابع للنظام": the owner of the agent is the
        // agent's side, not its target.
        let owner_of_agent = agent_end.is_some_and(|e| {
            let between = doc.words_between(e, a.word_start);
            (OWNER_WORDS.contains(&w) && between <= 1) || (lam(a) && between == 0)
        });
        if owner_of_agent && aircraft_owned && can_act(&a) {
            roles.agent = Some(a.id.clone());
            agent_end = Some(a.range.end);
            aircraft_owned = false;
            continue;
        }
        // (The agent named again just before: `فصائل "الجبهة الجنوبية"
        // التابعة للجيش الحر`.)
        let after_agent = agent_end.is_some_and(|e| doc.words_between(e, a.word_start) <= 1)
            || actors
                .iter()
                .rev()
                .find(|b| b.range.end <= a.word_start)
                .is_some_and(|b| {
                    roles.agent.as_ref() == Some(&b.id) && doc.words_between(b.range.end, a.word_start) <= 1
                });
        if (OWNER_WORDS.contains(&w) && after_agent) || ALLEGIANCE.contains(&w) {
            continue;
        }
        // "برصاص قناص من مواقع قوات النظام", "قصف مصدره مواقع قوات
        // النظام": where the fire came from is who fired.
        let fired_from = matches!(w, "مواقع" | "موقع" | "نقاط")
            && words_before(norm, a.word_start)
                .nth(1)
                .is_some_and(|x| matches!(x, "من" | "مصدره" | "مصدرها"));
        // (So is a sniper's side: "برصاص قناص تابع لـ«حزب الله»".)
        let sniper_of = {
            let mut back = words_before(norm, a.word_start)
                .skip_while(|x| x.trim_matches(['"', '«', '»', '“', '”', 'ـ']) == "ل");
            back.next().is_some_and(|x| OWNER_WORDS.contains(&x))
                && back
                    .next()
                    .is_some_and(|x| matches!(x, "قناص" | "قناصه" | "القناص" | "القناصه"))
        };
        if (fired_from || sniper_of) && roles.agent.is_none() && can_act(&a) && gap <= 6 {
            roles.agent = Some(a.id.clone());
            continue;
        }
        // "12 عنصراً من التنظيم": the group the dead belonged to.
        // (The word before that من.)
        let of_what = || words_before(norm, a.word_start).nth(1).unwrap_or("");
        let of_fighters = w == "من" && {
            let prev = of_what();
            doc.hits_in(&(a.word_start.saturating_sub(40)..a.word_start))
                .any(|h| h.is(List::Fighters) && doc.norm()[h.range.clone()] == *prev)
        };
        // Those arrested as a group's cell or men: "القبض على ثلاثة عناصر
        // من خلايا تنظيم داعش".
        // (And a cell "belonging to" it: "القبض على خلية تابعة لمرتزقة
        // داعش".)
        let cell_of = arrest
            && (CELLS.contains(&w)
                || (OWNER_WORDS.contains(&w) && CELLS.contains(&of_what()))
                || (w == "من" && {
                    let prev = of_what();
                    CELLS.contains(&prev) || FIGHTERS_OF.contains(&prev) || prev.starts_with("عنصر")
                }));
        // Verb first, then its subject: "اقتحم عناصر التنظيم القرية" (after
        // a noun, "استهداف عناصر التنظيم" names the target, and after a
        // subject, "قواته طردت مقاتلي التنظيم", the object).
        // (So are units right after it that belong to a side: "سيطرت كتائب
        // تابعة للجيش الحر على بلدة الشحيل".)
        // (And formations "of" it: "دخلت وحدات من الجيش العربي السوري
        // بلدات …"; men "of" it may be the dead, "قتل عناصر من التنظيم".)
        // (Or the unit read with the cue: "قتلت خلايا تابعة لتنظيم
        // "الدولة" راعيين".)
        let cue_ends_in_unit = || {
            gap == 1
                && OWNER_WORDS.contains(&w)
                && norm[hit.range.clone()]
                    .split_whitespace()
                    .last()
                    .is_some_and(is_unit)
        };
        let units_of = || {
            gap == 2
                && words_before(norm, a.word_start).nth(1).is_some_and(|u| {
                    (OWNER_WORDS.contains(&w) && is_unit(u))
                        || (w == "من"
                            && listed(
                                &[
                                    "وحدات",
                                    "وحده",
                                    "قوات",
                                    "فصائل",
                                    "كتائب",
                                    "الويه",
                                    "مجموعات",
                                    "دوريات",
                                    "دوريه",
                                    "رتل",
                                    "ارتال",
                                ],
                                u,
                            ))
                })
        };
        let subject_after_verb = hit.is_verb()
            && (gap <= 1 && is_unit(w) || units_of() || cue_ends_in_unit())
            && roles.agent.is_none()
            && !subject_before;
        // "اعتداء إرهابيي داعش", "هجوم مقاتلي التنظيم": an attack noun's
        // fighters are whose attack it is (where "استهداف عناصر التنظيم"
        // names whom it hit).
        // (And "تفجير مقاتلين من الكتائب عبوة ناسفة": fighters "of" a
        // side set off the bomb.)
        let cue_noun = without_conjunction(norm[hit.range.clone()].trim());
        let attack_of = !hit.is_verb()
            && roles.agent.is_none()
            && ((gap == 1 && FIGHTERS_OF.contains(&w) && ATTACK_NOUNS.contains(&cue_noun))
                || (gap == 2
                    && w == "من"
                    && matches!(cue_noun, "تفجير" | "هجوم")
                    && matches!(of_what(), "مقاتلين" | "مقاتلون" | "عناصر" | "مسلحين" | "مسلحون")));
        // "قصف مدفعي لقوات النظام", "غارات جوية عنيفة للطيران الروسي": ل
        // after a noun and its adjectives names whose attack it is.
        // So after the aircraft of a cue: "قصفت طائرات حربية تابعة لسلاح
        // الجو الروسي", "استهدفت الطائرات الحربية لجيش الاحتلال التركي".
        let owner_of_noun = lam(a)
            && gap > 0
            && (attack_noun || aircraft_cue)
            && roles.agent.is_none()
            && can_act(&a)
            && norm[hit.range.end..a.word_start]
                .split_whitespace()
                // (The ل may stand apart before a quoted name: `قصف مدفعي
                // لـ"قسد"`.)
                .all(|x| {
                    is_adjective(x)
                        || (aircraft_cue && OWNER_WORDS.contains(&x))
                        || x.trim_matches(['"', '«', '»', '“', '”', 'ـ']) == "ل"
                });
        // "اعتقل حاجز للأمن العسكري", "اعتقلت حواجز ميليشيا أسد": the
        // checkpoint or patrol that arrests is its side's.
        // (So is the checkpoint where people were taken: "خطفوا 7 شبان
        // …، على حاجز للتنظيم".)
        let seizing = arrest || sub_type_of_hit == Some("Abduction/forced disappearance");
        let post = |w: &str| matches!(w, "حاجز" | "حواجز" | "دوريه" | "دوريات" | "قوه");
        let arresting_post = seizing
            && roles.agent.is_none()
            && can_act(&a)
            && ((gap <= 2 && (post(w) || w == "عناصر"))
                || (gap <= 14 && matches!(w, "حاجز" | "حواجز"))
                // ("اعتقلت دورية تابعة لشعبة المخابرات العسكرية", `تابعة
                // لـ"الأمن العسكري"`.)
                || (gap <= 3 && {
                    let mut words = words_before(norm, a.word_start).filter(|x| *x != "ل");
                    words.next().is_some_and(|x| OWNER_WORDS.contains(&x)) && words.next().is_some_and(post)
                }));
        // "اختطف عناصر من تنظيم الدولة، أمس، نحو ثلاثين شخصاً": men of a
        // group right after the verb, with a count of others after them,
        // are its subject (where "قتل عناصر من التنظيم" counts its dead).
        // (A sentence's first word is its verb: "وخطف عناصر من التنظيم
        // ثلاثة رعاة".)
        let members_subject = (hit.is_verb() || sentence_first)
            && gap == 2
            && w == "من"
            && roles.agent.is_none()
            && !subject_before
            && matches!(of_what(), "عناصر" | "مسلحون" | "مسلحين" | "مقاتلون" | "مقاتلين")
            && (doc.numbers.iter().any(|n| {
                n.range.start >= a.range.end
                    && n.range.end <= clause_end
                    && doc.words_between_undated(a.range.end, n.range.start) <= 3
                    && !doc
                        .dates
                        .iter()
                        .any(|d| d.range.start <= n.range.start && n.range.end <= d.range.end)
            })
                // (Or one person: "خطف عناصر من التنظيم أمس الناشط
                // الإعلامي محمد الفرج".)
                || doc.hits_in(&(a.range.end..clause_end)).next().is_some_and(|x| {
                    (x.is(List::PersonOne) || x.is(List::PersonTwo) || x.is(List::Civilian))
                        && doc.words_between_undated(a.range.end, x.word_start) <= 1
                })
                // (Or what they seized: "استولى عناصر من «الدفاع الوطني»
                // على محال تجارية".)
                || (hit
                    .event()
                    .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Capture)
                    && norm[a.range.end..]
                        .split_whitespace()
                        .map(|w| w.trim_matches(['"', '«', '»']))
                        .find(|w| !w.is_empty())
                        == Some("علي")
                    // (Or the place they entered: "دخل مقاتلون من كتائب
                    // الجيش الحر فجر الجمعة حيي الأشرفية والشيخ مقصود".)
                    || doc.places.iter().any(|p| {
                        p.word_start >= a.range.end && doc.words_between_undated(a.range.end, p.word_start) <= 1
                    })));
        // (Or men of a body that belongs to it: "اختطف عناصر من «جهاز
        // الأمن العام» التابع لتنظيم «الدولة الإسلامية» … ثلاثة شبان".)
        let members_of_its_body = seizing
            && (hit.is_verb() || sentence_first)
            && OWNER_WORDS.contains(&w)
            && roles.agent.is_none()
            && !subject_before
            && gap <= 7
            && !actors
                .iter()
                .any(|b| b.word_start >= hit.range.end && b.range.end <= a.word_start)
            && {
                let mut words = norm[hit.range.end..a.word_start].split_whitespace();
                matches!(
                    words.next(),
                    Some("عناصر" | "مسلحون" | "مسلحين" | "مقاتلون" | "مقاتلين")
                ) && words.next() == Some("من")
            };
        // (A branch's building is what was hit or looted: "نُهبت محتويات
        // مبنى شعبة الأمن العسكري".)
        let building_of = matches!(w, "شعبه" | "فرع" | "مفرزه")
            && words_before(norm, a.word_start)
                .nth(1)
                .is_some_and(|b| matches!(b, "مبني" | "مقر"));
        if building_of {
            if roles.target.is_none() && gap <= 10 {
                roles.target = Some(a.id.clone());
            }
            continue;
        }
        if owner_of_noun {
            roles.agent = Some(a.id.clone());
            roles.agent_adjacent = true;
            agent_end = Some(a.range.end);
            agent_by_owner = true;
        } else if agent_marked(a)
            || subject_after_verb
            || attack_of
            || arresting_post
            || members_subject
            || members_of_its_body
        {
            roles.agent.get_or_insert(a.id.clone());
            if subject_after_verb || attack_of || members_subject || members_of_its_body {
                roles.agent_adjacent = true;
                agent_end = Some(a.range.end);
            }
        } else if TARGET_MARKERS.contains(&w.strip_prefix('ل').unwrap_or(w))
            || OWNER_WORDS.contains(&w)
            || (lam(a) && gap > 0)
            || of_fighters
            || cell_of
            || fired_on_men(a)
        {
            if roles.target.is_none() && gap <= 10 {
                roles.target = Some(a.id.clone());
            }
        } else if on_object && gap <= 3 && roles.target.is_none() && can_act(&a) {
            // "قضت على عدد من الإرهابيين": the cue's own على.
            roles.target = Some(a.id.clone());
        } else if killing_cue && member_of(a) && gap <= 12 {
            // "اغتال مسلحون مجهولون … القيادي في حركة أحرار الشام": the side
            // of the man killed.
            if roles.target.is_none() {
                roles.target = Some(a.id.clone());
            }
        } else if explosion && (aboard(w) || member_of(a) || named_vehicle(a) || vehicle_of(a)) && gap <= 8 {
            // "انفجرت عبوة ناسفة بعربة روسية", "بسيارة قيادي في ميليشيا
            // الدفاع الوطني": whose vehicle or man it was is who was hit.
            if roles.target.is_none() {
                roles.target = Some(a.id.clone());
            }
        } else if explosion && partitive(a) {
            // "انفجرت عبوة بسيارة تقل عناصر من ميليشيا …": the men aboard
            // were hit.
            if roles.target.is_none() {
                roles.target = Some(a.id.clone());
            }
        } else if (a.id == "civilians" && gap <= 3)
            || (a.id == "protesters" && hit.is_verb() && gap <= 6 && forces_before)
        {
            // ("قوات الأمن وعناصر من «الشبيحة» هاجموا بالعصي والهراوات نحو
            // ثلاثة آلاف متظاهر": the marchers the forces' verb falls on.)
            // "أعدم التنظيم ثلاثة مدنيين": the object, whoever the sentence
            // names after it ("بتهمة التعامل مع قسد").
            if roles.target.is_none() {
                roles.target = Some(a.id.clone());
            }
        } else if (gap <= 3 || partitive(a))
            && roles.agent.is_none()
            && can_act(&a)
            && !counted_dead(a)
            // "اعتقلوا ثلاثة من المحتجين": a number of them is the object.
            && !(w == "من" && doc.numbers_between(hit.range.end, a.word_start) > 0)
        {
            // (Subject first, then the verb: "الفصائل تقصف قوات النظام في
            // حلفايا" — the side after it is the object.)
            if svo_subject {
                roles.target.get_or_insert(a.id.clone());
                continue;
            }
            roles.agent = Some(a.id.clone());
            roles.agent_adjacent = gap <= 1;
            agent_end = Some(a.range.end);
        }
    }
    // Before the cue: the nearest actor that is not inside a prepositional
    // phrase or marked as a target, up to the last clause word
    // ("تمكنت قوات سوريا الديمقراطية، بدعم من التحالف الدولي، من السيطرة").
    // "تعرضت قوات النظام لهجوم": who is subjected to the cue is its target.
    let exposed = exposed_to(doc, hit, r);
    // "صدت القوات هجوماً عنيفاً لداعش": whose attack it is named after the
    // noun, the subject before it is the one attacked.
    if roles.agent.is_none() || ((agent_by_owner || exposed) && roles.target.is_none()) {
        // The clause starts after a clause word, or at a relative clause set
        // off by a comma ("…، والتي تعرضت لقصف").
        // (And at a word of concurrence right before a noun cue: "غارات
        // روسية على تلبيسة، بالتزامن مع قصف مدفعي على الغنطو" is not the
        // aircraft's shelling.)
        let concurrence = |h: &Hit| {
            !hit.is_verb() && h.is(List::Concurrent) && doc.words_between(h.range.end, hit.word_start) <= 1
        };
        // (Not an إذ that explains with a verb of the same subject: "ولم
        // يتوقف جيش الاحتلال التركي ومرتزقته …، إذ قصفوا بالمدفعية".)
        let explains = |h: &Hit| {
            hit.is_verb()
                && matches!(norm[h.range.clone()].trim(), "اذ" | "حيث")
                && doc.words_between(h.range.end, hit.word_start) == 0
                && norm[hit.range.clone()]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with("وا"))
        };
        let clause_start = doc
            .hits_in(&(r.start..hit.word_start))
            .filter(|h| (doc.clause_break(h) && !explains(h)) || comma_relative(doc, h) || concurrence(h))
            .map(|h| h.range.end)
            .max()
            .unwrap_or(r.start);
        // "قصف مدفعي للقوات التركية استهدف …": whose shelling it was is
        // the verb's subject.
        let owns_attack_noun = |a: &ActorOcc| {
            doc.hits_in(&(clause_start..a.word_start)).any(|h| {
                !h.is_verb()
                    && h.event().is_some_and(|e| {
                        let cue = &doc.ex.lexicon.events[e];
                        matches!(cue.kind, CueKind::Bombardment | CueKind::Attack)
                            || cue.event_type == "Explosions/Remote violence"
                    })
                    && norm[h.range.end..a.word_start]
                        .split_whitespace()
                        .all(is_adjective)
            })
        };
        // "في مدينة الطبقة، التي يسيطر عليها داعش، قال ناشطون إن غارات
        // …": who holds a place is not who strikes it.
        // "وكانت قوات النظام، مدعومة بمسلحين من الدفاع الوطني وعناصر من
        // حزب الله، قد سيطرت": who backs the subject is not it.
        let backing = |a: &ActorOcc| {
            words_before(norm, a.word_start)
                .take(8)
                .take_while(|w| !w.contains(['،', ',']) && !matches!(*w, "حيث" | "فيما" | "بينما"))
                .map(without_conjunction)
                .any(|w| BACKED_BY.contains(&w))
        };
        // "أقدم عناصر التنظيم على إعدام شابين", "قام عناصر التنظيم
        // بإعدام …": the men who undertook the cue are its subject.
        let undertaken = undertaking(doc, hit);
        let subject = actors.iter().rev().filter(can_act).find(|a| {
            let w = word_before(a.word_start);
            a.range.end <= hit.word_start
                && a.word_start >= clause_start
                && doc.words_between(a.range.end, hit.word_start) <= 20
                && (!lam(a) || OWNER_WORDS.contains(&w) || owns_attack_noun(a))
                && !norm[a.word_start..a.range.start].ends_with('ب')
                && (!TARGET_MARKERS.contains(&w)
                    || attackers(a)
                    || men_before_verb(a)
                    || (undertaken && listed(FIGHTERS_OF, w)))
                && (!PREPOSITIONS.contains(&w) || partitive(a))
                // ("قضت على أعداد كبيرة من إرهابيي جبهة النصرة، ودمرت
                // بالمدفعية تجمعات لهم": the men counted are no subject.)
                && !(listed(FIGHTERS_OF, w) && words_before(norm, a.word_start).nth(1) == Some("من"))
                && !ALLEGIANCE.contains(&w)
                && !backing(a)
                && !holder(a)
                && Some(a.id.as_str()) != roles.target.as_deref()
        });
        // "تمكنت قوات النظام والمسلحون الموالون لها من السيطرة": of a
        // subject joined by و, the first named leads.
        // (Quoted too: `عناصر من الأمن العسكري و"اللجان الشعبية"`.)
        let subject = subject.map(|a| {
            let joined = norm[a.word_start..a.range.start].starts_with('و');
            let quoted_and = |b: &ActorOcc| {
                norm[b.range.end..a.range.start]
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '"')
                    .eq(['و'])
            };
            // (And their men: `مسلحون من "كتائب البعث" وعناصر من فرع
            // الأمن السياسي`.)
            let and_men_of = |b: &ActorOcc| {
                let gap: Vec<&str> = norm[b.range.end..a.word_start]
                    .split_whitespace()
                    .map(|w| w.trim_matches('"'))
                    .filter(|w| !w.is_empty())
                    .collect();
                match gap.as_slice() {
                    [men, "من"] | [men, "من", "فرع"] => {
                        men.strip_prefix('و').is_some_and(|m| listed(FIGHTERS_OF, m))
                    }
                    _ => false,
                }
            };
            actors
                .iter()
                .rev()
                .find(|b| {
                    b.range.end <= a.word_start
                        && ((joined && doc.words_between(b.range.end, a.word_start) == 0)
                            || quoted_and(b)
                            || and_men_of(b))
                        && can_act(b)
                })
                .unwrap_or(a)
        });
        if exposed || agent_by_owner {
            // Exposed to an attack by a named agent: the one attacked is the
            // cue's own subject, not any side named earlier in the clause.
            let close = |a: &&&ActorOcc| {
                !exposed
                    || roles.agent.is_none()
                    || doc.words_between_undated(a.range.end, hit.word_start) <= 2
            };
            if roles.target.is_none() {
                roles.target = subject.filter(close).map(|a| a.id.clone());
            }
        } else {
            // ("وتمكن مرتزقة داعش خلال ساعات الهجوم الأولى من دخول قريتي
            // …": the subject of "تمكن … من".)
            let managed = words_before(norm, hit.word_start).next() == Some("من")
                && words_before(norm, hit.word_start)
                    .take(12)
                    .any(|w| without_conjunction(w).starts_with("تمكن"));
            roles.agent_adjacent = subject.is_some_and(|a| {
                managed || undertaken || doc.words_between(a.range.end, hit.word_start) == 0
            });
            roles.agent = subject.map(|a| a.id.clone());
        }
    }
    // "في كمين نصبه عناصر من التنظيم": the subject of a verb right after
    // the noun carried it out; a side named first as its subject was hit
    // ("قُتل تسعة عناصر من قوات النظام … في كمين نصبه …").
    if !hit.is_verb() {
        // (Whose guns may be told past where the shells fell: "سقطت قذائف
        // هاون على الأحياء السكنية في بلدة كفر تخاريم مصدرها حاجز لقوات
        // النظام".)
        let source_word = |h: &Hit| doc.norm()[h.range.clone()].trim().starts_with("مصدر");
        let done_by = doc.hits_in(&(hit.range.end..clause_end)).find(|h| {
            h.is(List::DoneBy)
                && doc.words_between(hit.range.end, h.word_start) <= if source_word(h) { 12 } else { 3 }
        });
        let doer = done_by.and_then(|h| {
            actors.iter().find(|a| {
                a.word_start >= h.range.end && doc.words_between(h.range.end, a.word_start) <= 3 && can_act(a)
            })
        });
        if let Some(d) = doer {
            if roles.agent.as_deref().is_some_and(|a| a != d.id) && roles.target.is_none() {
                roles.target = roles.agent.take();
            }
            roles.agent = Some(d.id.clone());
            roles.agent_adjacent = true;
        }
    }
    // "قتل ستة من مقاتلي الحزب في ضربة جوية إسرائيلية": a state's
    // adjective among the noun's says whose attack it is (the side named
    // before is the one whose dead are counted).
    if attack_noun && !roles.agent_adjacent {
        if let Some(state) = attack_adjective(doc, hit) {
            roles.agent = Some(state);
            roles.agent_adjacent = true;
        }
    }
    // "بضربة من طائرة مسيّرة تركية استهدفت سيارتهم": a verb right after
    // an aircraft and its state's adjective is that state's (not the side
    // whose dead open the sentence).
    if hit.is_verb() && !roles.agent_adjacent {
        let before: Vec<&str> = words_before(norm, hit.word_start).take(3).collect();
        let aircraft = before.iter().any(|w| {
            let w = without_conjunction(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            ["طائر", "مسير", "طيران", "مروحي", "مقاتل"]
                .iter()
                .any(|a| w.starts_with(a))
        });
        let state = before
            .iter()
            .take_while(|w| is_adjective(w))
            .find_map(|w| state_adjective(doc, w));
        if let Some(state) = state.filter(|_| aircraft) {
            if roles.agent.as_ref().is_some_and(|a| *a != state) && roles.target.is_none() {
                roles.target = roles.agent.take();
            }
            roles.agent = Some(state);
            roles.agent_adjacent = true;
        }
    }
    // "إن مقاتلي تنظيم الدولة الإسلامية قتلوا 37 مدنيا … في هجوم على
    // قرية المبعوجة": the killers are the attack's.
    if roles.agent.is_none() {
        // (The killing verb may be the hit itself: "إن مقاتلي تنظيم داعش
        // قتلوا 23 شخصاً".)
        roles.agent = doc
            .hits_in(&(r.start..hit.range.end))
            .filter(|t| t.is(List::TollVerb) && kills_whom(doc, t, r))
            .find_map(|t| {
                actors.iter().find(|a| {
                    a.range.end <= t.word_start
                        && doc.words_between(a.range.end, t.word_start) <= 1
                        && is_party(&a.id)
                        && !a.lam
                })
            })
            .map(|a| a.id.clone());
    }
    // "وتمكن التنظيم عقب التفجيرات من السيطرة على …": who managed it,
    // named right after the verb, past the words between.
    if roles.agent.is_none() && words_before(norm, hit.word_start).next() == Some("من") {
        let managed_by = actors.iter().find(|a| {
            a.range.end <= hit.word_start
                && can_act(a)
                && doc.words_between(a.range.end, hit.word_start) <= 6
                && words_before(norm, a.word_start)
                    .next()
                    .is_some_and(|w| without_conjunction(w).starts_with("تمكن"))
                && !norm[a.range.end..hit.word_start].contains(['،', ',', '.'])
        });
        roles.agent = managed_by.map(|a| a.id.clone());
    }
    if roles.agent.is_none() {
        roles.agent = hedged_state(doc, r);
    }
    // "واصل تنظيم "الدولة الإسلامية" تمدده، إذ دخل عناصره بلدتي مراط
    // والحسينية": the men "of his" after the verb are the side named
    // before it in the sentence.
    if roles.agent.is_none() && hit.is_verb() {
        let his_men = norm[hit.range.end..].split_whitespace().next().is_some_and(|w| {
            ["عناصر", "مقاتلو", "مقاتلي", "قوات", "مسلحو", "وحدات"]
                .iter()
                .any(|men| {
                    w.strip_prefix(men)
                        .is_some_and(|rest| matches!(rest, "ه" | "ها" | "هم"))
                })
        });
        if his_men {
            roles.agent = actors
                .iter()
                .rfind(|a| a.range.end <= hit.word_start && a.word_start >= r.start && can_act(a) && !a.lam)
                .map(|a| a.id.clone());
            roles.agent_adjacent = roles.agent.is_some();
        }
    }
    // "على يد X" before the cue too.
    if roles.agent.is_none() {
        roles.agent = actors.iter().find(|a| agent_marked(a)).map(|a| a.id.clone());
    }
    // The holder of the place: "بلدة X الخاضعة لسيطرة الفصائل" (not when
    // the sentence counts the civilians hit: they were the target; nor of
    // an arrest: "في مناطق سيطرة النظام، شنت دوريات حملة دهم" takes no
    // one of the holder's).
    if roles.target.is_none() && !doc.has(List::Civilian, r) && !arrest {
        roles.target = actors.iter().find(|a| holder(a)).map(|a| a.id.clone());
    }
    // "… بدأه بتفجير ثلاث عربات مفخخة … استهدفت نقاطاً لقوات النظام":
    // the side whose posts the sentence says were struck.
    if roles.target.is_none() {
        roles.target = actors
            .iter()
            .find(|a| {
                let mut back = words_before(norm, a.word_start);
                // (The marker with its accusative: "نقاطاً", "موقعاً".)
                a.lam
                    && back
                        .next()
                        .is_some_and(|w| TARGET_MARKERS.contains(&w.strip_suffix('ا').unwrap_or(w)))
                    && back
                        .next()
                        .is_some_and(|w| without_conjunction(w).starts_with("استهدف"))
            })
            .map(|a| a.id.clone());
    }
    if roles.agent == roles.target {
        roles.target = None;
    }
    roles
}

/// A verbal noun "أقدم … على" or "قام … ب" introduces: the subject of
/// that verb is the cue's.
fn undertaking(doc: &Doc, hit: &Hit) -> bool {
    let norm = doc.norm();
    let cue = norm[hit.range.clone()].trim_start();
    let verbs: &[&str] = if words_before(norm, hit.word_start).next() == Some("علي") {
        &["اقدم", "اقدمت", "اقدموا"]
    } else if cue.starts_with('ب') {
        &["قام", "قامت", "قاموا"]
    } else {
        return false;
    };
    words_before(norm, hit.word_start)
        .take(12)
        .take_while(|w| !w.contains(['،', ',', '.']))
        .any(|w| verbs.contains(&without_conjunction(w)))
}

/// The state a nisba among the adjectives right after an attack noun
/// names: "قصف مدفعي تركي" → turkey.
fn attack_adjective(doc: &Doc, hit: &Hit) -> Option<String> {
    doc.norm()[hit.range.end..]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .take(3)
        .take_while(|w| is_adjective(w))
        .find_map(|w| state_adjective(doc, w))
}

/// The state a nisba adjective names ("تركي", "الروسية": with the
/// article too).
fn state_adjective(doc: &Doc, word: &str) -> Option<String> {
    let w = without_conjunction(word);
    doc.ex
        .adjectives
        .get(w)
        .or_else(|| doc.ex.adjectives.get(w.strip_prefix("ال")?))
        .cloned()
}

/// The state an attack is hedged on, anywhere in the sentence: "غارات جوية
/// يُرجّح أنها أردنية".
fn hedged_state(doc: &Doc, r: &Range<usize>) -> Option<String> {
    let words: Vec<&str> = doc.norm()[r.clone()]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .collect();
    words.windows(3).find_map(|w| match w {
        [hedge, "انها" | "انه", state] if HEDGES.contains(hedge) => {
            doc.ex.adjectives.get(*state).cloned()
        }
        _ => None,
    })
}

/// Where the cue's clause ends: at the next clause word (فيما، بينما …),
/// commas aside.
fn own_clause_end(doc: &Doc, hit: &Hit, r: &Range<usize>) -> usize {
    // A protest's story runs on to how it ended: "خرج العشرات في مظاهرة …،
    // قبل أن يطلق عناصر من «جيش الإسلام» النار … باتجاه المحتجين".
    let protest = protest_cue(doc, hit);
    doc.hits_in(&(hit.range.end..r.end))
        .find(|h| doc.clause_break(h) && !(protest && doc.norm()[h.range.clone()].trim() == "قبل ان"))
        .map_or(r.end, |h| h.word_start)
}

fn find_word(norm: &str, word: &str, from: usize, to: usize) -> Option<usize> {
    // The window may end inside a two-byte letter: round it down.
    let mut to = to.min(norm.len());
    while !norm.is_char_boundary(to) {
        to -= 1;
    }
    let hay = norm.get(from..to)?;
    hay.match_indices(word)
        .find(|&(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + word.len()..].chars().next();
            before.is_none_or(|c| !rasad_text::tokens::is_letter(c))
                && after.is_none_or(|c| !rasad_text::tokens::is_letter(c))
        })
        .map(|(i, _)| from + i)
}

/// The top of an actor's parent chain (jaysh_usud_sharqiya → fsa →
/// opposition).
fn root<'a>(doc: &'a Doc, id: &'a str) -> &'a str {
    let mut cur = id;
    for _ in 0..5 {
        match doc.pack().actor(cur).and_then(|a| a.parent.as_deref()) {
            Some(p) => cur = p,
            None => break,
        }
    }
    cur
}

/// Two actors on one side: both with the state, or under one parent —
/// unless the article tells of fighting among the factions ("تجدد
/// الاقتتال بين الطرفين"), where two named factions are two sides and
/// only a group and its own parents are one.
fn same_side(doc: &Doc, a: &str, b: &str) -> bool {
    if is_state(doc, a) && is_state(doc, b) {
        return true;
    }
    if root(doc, a) != root(doc, b) {
        return false;
    }
    !doc.infighting || descends(doc, a, b) || descends(doc, b, a)
}

/// `a` is `b` or one of its sub-groups.
pub(crate) fn descends(doc: &Doc, a: &str, b: &str) -> bool {
    let mut cur = a;
    for _ in 0..6 {
        if cur == b {
            return true;
        }
        match doc.pack().actor(cur).and_then(|x| x.parent.as_deref()) {
            Some(p) => cur = p,
            None => return false,
        }
    }
    false
}

/// On one side, or declared allies in the pack (Turkey and the factions it
/// backs, the coalition and the SDF).
pub(crate) fn allied(doc: &Doc, a: &str, b: &str) -> bool {
    let allies_of = |x: &str, y: &str| {
        doc.pack()
            .actor(root(doc, x))
            .is_some_and(|r| r.allies.iter().any(|al| al == root(doc, y) || al == y))
    };
    same_side(doc, a, b) || allies_of(a, b) || allies_of(b, a)
}

/// Groups that are not sides of their own.
pub(crate) fn is_party(id: &str) -> bool {
    !matches!(id, "civilians" | "unidentified" | "protesters" | "rioters")
}

/// Who the toll counts, by the group its dead belonged to: "مقتل أربعة
/// عناصر من قوات النظام", "استشهد ثلاثة من مقاتلي قسد", "قتلى لقوات
/// النظام", "قتل سبعة عناصر من قوات النظام وخمسة من عناصر التنظيم".
fn victims(doc: &Doc, r: &Range<usize>) -> Vec<String> {
    let norm = doc.norm();
    let mut out: Vec<String> = Vec::new();
    let tolls: Vec<&Hit> = doc
        .hits_in(r)
        .filter(|h| h.is(List::Kill) || h.is(List::Injure))
        .collect();
    for a in doc
        .actors
        .iter()
        .filter(|a| a.word_start >= r.start && a.range.end <= r.end)
    {
        if !is_party(&a.id) || out.contains(&a.id) {
            continue;
        }
        // ("عنصران من فرع الأمن العسكري", "من ميليشيا الأمن العسكري": the
        // branch or group noun stands between the name and its من.)
        let mut words = words_before(norm, a.word_start).peekable();
        if words
            .peek()
            .is_some_and(|w| listed(GROUP_NOUNS, w) || matches!(*w, "فرع" | "فرقه"))
        {
            words.next();
        }
        let mut words = words.map(without_conjunction);
        let before = words.next().unwrap_or("");
        let member = before == "في" && words.next().is_some_and(|w| MEMBERS.contains(&w));
        // ("عنصر يتبع لفرع الأمن العسكري": ل on the unit before the name.)
        let unit_of = before
            .strip_prefix('ل')
            .is_some_and(|w| is_unit(w) || matches!(w, "فرع" | "فرقه"));
        // (Not the killers: "قتل 5 مدنيين برصاص عناصر داعش".)
        let killers = (is_unit(before) || FIGHTERS_OF.contains(&before))
            && words
                .next()
                .is_some_and(|w| matches!(w, "برصاص" | "بنيران" | "يد" | "قبل"));
        // ("قتلى في صفوف قوات النظام": in its ranks.)
        let ranks = before == "صفوف" && words.next() == Some("في");
        let counted_of = !killers
            && (before == "من"
                || member
                || ranks
                || is_unit(before)
                || FIGHTERS_OF.contains(&before)
                || a.lam
                || unit_of);
        // The toll word before it, six words at most, nothing else counted
        // in between: the group is whose dead they were.
        let after_toll = tolls.iter().any(|t| {
            t.range.end <= a.word_start
                && doc.words_between(t.range.end, a.word_start) <= 6
                && !doc
                    .hits_in(&(t.range.end..a.word_start))
                    .any(|x| x.event().is_some() || x.is(List::Clause))
        });
        // Or a plural toll verb after it: "أربعة من مقاتلي قسد قد قتلوا" —
        // not one with an object, which they killed: "إن مقاتلي تنظيم
        // الدولة الإسلامية قتلوا ما لا يقل عن 37 مدنيا".
        let before_verb = tolls.iter().any(|t| {
            t.is(List::TollVerb)
                && t.word_start >= a.range.end
                && doc.words_between(a.range.end, t.word_start) <= 3
                && !kills_whom(doc, t, r)
        });
        if counted_of && (after_toll || before_verb) {
            out.push(a.id.clone());
        }
    }
    out
}

/// A young man, a woman, a child … counted right after a kill word ("قُتل
/// شاب", "مقتل طفلة"): a civilian killed.
fn civilian_killed(doc: &Doc, r: &Range<usize>) -> bool {
    let norm = doc.norm();
    // Martyrs counted where no fighter is named are townspeople: "قصف
    // بقذائف الهاون على أحياء المدينة، ما أدى إلى سقوط شهيدين".
    let martyrs = doc.hits_in(r).any(|h| {
        h.is(List::Kill) && {
            let w = &norm[h.range.clone()];
            w.contains("شهيد") || w.contains("شهداء")
        }
    }) && !doc
        .hits_in(r)
        .any(|h| h.is(List::Combatant) || h.is(List::Fighters));
    martyrs
        || doc.hits_in(r).filter(|h| h.is(List::Kill)).any(|k| {
            norm[k.range.end..r.end].split_whitespace().take(3).any(|w| {
                let w = without_conjunction(w.trim_end_matches(|c: char| !c.is_alphabetic()));
                matches!(
                    w.strip_prefix("ال").unwrap_or(w),
                    "شاب"
                    | "شابا"
                    | "شابان"
                    | "شابين"
                    | "رجل"
                    | "رجلا"
                    | "رجلين"
                    | "رجلان"
                    | "امراه"
                    | "سيده"
                    | "طفل"
                    | "طفلا"
                    | "طفله"
                    | "طفلان"
                    | "طفلين"
                    | "فتاه"
                    | "مواطن"
                    | "مواطنا"
                    | "مواطنان"
                    | "مواطنين"
                    | "تاجر"
                    | "تاجرا"
                    | "مزارع"
                    | "مزارعا"
                    | "مسن"
                    | "عجوز"
                    // ("قتل خمسة مدنيين … برصاص عناصر من خلايا التنظيم".)
                    | "مدني"
                    | "مدنيا"
                    | "مدنيان"
                    | "مدنيين"
                    | "مدنيون"
                    | "اطفال"
                    | "نساء"
                    // (Persons a strike or shell kills are townspeople:
                    // "سقطت قذائف هاون … ما أدى إلى مقتل شخصين".)
                    | "شخص"
                    | "شخصا"
                    | "شخصان"
                    | "شخصين"
                    | "اشخاص"
                )
            })
        })
}

/// Fighters right after an attack verb are whom it hit: "قضت وحدات من
/// الجيش على 12 إرهابيا", "قتلت وحدات من الجيش عددا من الإرهابيين".
/// (Or a side's men named by a word for them, not the agent: "قتلت
/// وحدات من الجيش عشرات الإرهابيين".)
fn fighters_hit(doc: &Doc, hit: &Hit, r: &Range<usize>, agent: Option<&str>) -> bool {
    let side_named = |h: &Hit| {
        h.anaphor().is_some()
            && doc
                .actors
                .iter()
                .any(|a| a.word_start == h.word_start && is_party(&a.id) && agent != Some(a.id.as_str()))
    };
    hit.is_verb()
        && doc
            .hits_in(&(hit.range.end..r.end))
            .take_while(|h| doc.words_between(hit.range.end, h.word_start) <= 4)
            .take_while(|h| !h.is(List::Civilian) && h.event().is_none())
            .any(|h| h.is(List::Fighters) || side_named(h))
}

/// A kill verb with its object after it ("قتلوا ما لا يقل عن 37 مدنيا"):
/// its subject killed, it was not killed.
fn kills_whom(doc: &Doc, t: &Hit, r: &Range<usize>) -> bool {
    let object = t.range.end..r.end.min(t.range.end + 60);
    doc.numbers.iter().any(|n| {
        n.range.start >= t.range.end
            && n.range.end <= r.end
            && doc.words_between(t.range.end, n.range.start) <= 4
    }) || doc.hits_in(&object).any(|h| {
        (h.is(List::Civilian) || h.is(List::PersonOne) || h.is(List::PersonTwo))
            && doc.words_between(t.range.end, h.word_start) <= 2
    })
}

/// Who lost the place a capture took, told after it: "بعد انسحاب تنظيم
/// داعش", "طرد مسلحي التنظيم منها".
fn lost_by(doc: &Doc, hit: &Hit, r: &Range<usize>) -> Option<String> {
    let told = doc
        .hits_in(&(hit.range.end..r.end))
        .filter(|h| h.is(List::LostBy))
        .find_map(|h| {
            doc.actors
                .iter()
                .find(|a| {
                    a.word_start >= h.range.end
                        && a.range.end <= r.end
                        && doc.words_between(h.range.end, a.word_start) <= 2
                        && is_party(&a.id)
                })
                .map(|a| a.id.clone())
        });
    // "سيطرت الهيئة على تديل إثر هجوم شنته على مواقع حركة الزنكي": the
    // side whose positions the attack that won it hit.
    let attacked = || {
        let norm = doc.norm();
        let attack = doc.hits_in(&(hit.range.end..r.end)).find(|h| {
            h.event()
                .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Attack)
        })?;
        doc.actors
            .iter()
            .filter(|a| a.word_start > attack.range.end && a.range.end <= r.end && is_party(&a.id))
            .find(|a| {
                let mut back = words_before(norm, a.word_start).peekable();
                back.next_if(|w| GROUP_NOUNS.contains(w));
                matches!(back.next(), Some("مواقع" | "مقرات" | "نقاط")) && back.next() == Some("علي")
            })
            .map(|a| a.id.clone())
    };
    told.or_else(attacked)
}

/// The generic armed opposition gives way to a faction of it named beside
/// it, and becomes its associate.
fn specific(doc: &Doc, actor: Option<String>, assoc: Vec<String>) -> (Option<String>, Vec<String>) {
    const GENERIC: &str = "opposition";
    if actor.as_deref() != Some(GENERIC) {
        return (actor, assoc);
    }
    match assoc.iter().position(|a| a != GENERIC && root(doc, a) == GENERIC) {
        Some(i) => {
            let mut assoc = assoc;
            let faction = assoc.remove(i);
            assoc.insert(0, GENERIC.to_string());
            (Some(faction), assoc)
        }
        None => (actor, assoc),
    }
}

/// Attack nouns whose construct partner is the attacker.
const ATTACK_NOUNS: &[&str] = &[
    "اعتداء",
    "اعتداءات",
    "هجوم",
    "هجمات",
    "الاعتداء",
    "الهجوم",
    "هجوما",
    // (Whose fire: "برصاص عناصر التنظيم".)
    "برصاص",
    "بنيران",
];

/// Who someone killed was in a group: "قيادي في هيئة تحرير الشام".
const MEMBERS: &[&str] = &[
    "قيادي",
    "قياديا",
    "قياديين",
    "عنصر",
    "عنصرا",
    "عنصرين",
    "مسؤول",
    "مسؤولا",
    "قائد",
    "قائدا",
    "امير",
    "اميرا",
    "شرعي",
    "شرعيا",
    "مقاتل",
    "مقاتلا",
    "مقاتلين",
    "ضابط",
    "ضابطا",
];

/// Construct nouns for the fighters of a group ("مقاتلي قسد").
/// A group's cells: those arrested as such are the group's.
const CELLS: &[&str] = &["خلايا", "خليه", "عناصر", "اعضاء", "افراد", "قيادي", "قياديين"];

const FIGHTERS_OF: &[&str] = &[
    "مقاتلي",
    "عناصر",
    "جنود",
    "ارهابيي",
    "مسلحي",
    "مرتزقه",
    "افراد",
    "ضباط",
];

/// Other sides the clause names with `lead` (its allies), for ACLED's
/// associated actors: "قوات النظام والمسلحين الموالين لها", "القوات
/// التركية وفصائل الجيش الحر".
fn associates(doc: &Doc, r: &Range<usize>, lead: Option<&str>, other: Option<&str>) -> Vec<String> {
    let Some(lead) = lead.filter(|l| is_party(l)) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for a in doc
        .actors
        .iter()
        .filter(|a| a.word_start >= r.start && a.range.end <= r.end)
    {
        let id = a.id.as_str();
        if id == lead || !is_party(id) || out.iter().any(|o| o == id) || Some(id) == other {
            continue;
        }
        if allied(doc, lead, id) && other.is_none_or(|o| !allied(doc, o, id)) {
            out.push(id.to_string());
        }
    }
    out
}

/// The state or one of its allies, or a group whose parents lead to one
/// (an Iran-backed militia).
pub(crate) fn is_state(doc: &Doc, id: &str) -> bool {
    let state_side = &doc.pack().cues.state_side;
    let mut cur = Some(id);
    for _ in 0..5 {
        match cur {
            Some(a) if state_side.iter().any(|s| s == a) => return true,
            Some(a) => cur = doc.pack().actor(a).and_then(|x| x.parent.as_deref()),
            None => return false,
        }
    }
    false
}

/// The ACLED type and sub-type of a cue, read in its clause, or in its
/// sentence when the clause says nothing of weapons or targets.
fn settle_type(
    doc: &Doc,
    hit: &Hit,
    ev: usize,
    clause: &Range<usize>,
    r: &Range<usize>,
    roles: &Roles,
) -> Option<(&'static str, &'static str)> {
    let cue = &doc.ex.lexicon.events[ev];
    let kind = cue.kind;
    let own = (
        rasad_pack::event_type_of(&cue.sub_event_type)?,
        sub_type_static(&cue.sub_event_type)?,
    );
    const MEANS_EVIDENCE: [List; 4] = [List::Air, List::Suicide, List::Explosives, List::Artillery];
    const EVIDENCE: [List; 6] = [
        List::Air,
        List::Suicide,
        List::Explosives,
        List::Artillery,
        List::Civilian,
        List::Combatant,
    ];
    // (Something going on at the same time, "بالتزامن مع قصف لقوات النظام
    // على الغنطو", takes no means from the strikes told before it.)
    let concurrent = doc
        .hits_in(&(clause.start..hit.word_start))
        .any(|h| h.is(List::Concurrent));
    // (Nor a verb that adds another event after one told: "ألقى الطيران
    // المروحي براميل على تلدو …، كما قصفت القوات النظامية مناطق في
    // كفرلاها" is shelling.)
    let added = hit.is_verb()
        && words_before(doc.norm(), hit.word_start)
            .take(2)
            .any(|w| matches!(without_conjunction(w), "كما" | "فيما" | "بينما"))
        && doc.hits_in(&(r.start..clause.start)).any(|h| h.event().is_some());
    let rest = clause.start..r.end;
    // (A verb after a comma that tells what the means named before it hit
    // takes them: "جراء قصف مدفعي لقوات النظام، استهدف منازل المدنيين".)
    let describes_means = hit.is_verb()
        && hit.proclitics.conjunction.is_none()
        && doc.norm()[..hit.word_start].trim_end().ends_with(['،', ','])
        && !MEANS_EVIDENCE.iter().any(|&l| evidence(doc, l, clause))
        && MEANS_EVIDENCE
            .iter()
            .any(|&l| evidence(doc, l, &(r.start..clause.start)));
    let within = if describes_means {
        r
    } else if concurrent || EVIDENCE.iter().any(|&l| evidence(doc, l, clause)) {
        clause
    } else if added {
        &rest
    } else {
        r
    };
    let has = |l: List| evidence(doc, l, within);
    // An attack's means may close its sentence past its places: "استهداف
    // مواقع قوات النظام في بلدات …، وفي قرية جورين …، بعشرات القذائف".
    let means_told = MEANS_EVIDENCE.iter().any(|&l| has(l));
    // (Not what a vehicle carries: "سيارات مزودة برشاشات ثقيلة".)
    let instrument = |h: &Hit| {
        let before = words_before(doc.norm(), h.word_start).next().unwrap_or("");
        h.word_start >= hit.range.end
            && !before.trim_start_matches("ال").starts_with("مزود")
            && (h.proclitics.particle == Some('ب') || matches!(before, "بعشرات" | "بعدد" | "بعده" | "بمئات"))
    };
    let means = |l: List| has(l) || (!means_told && doc.hits_in(r).any(|h| h.is(l) && instrument(h)));
    const AIR: (&str, &str) = ("Explosions/Remote violence", "Air/drone strike");
    const SHELLING: (&str, &str) = ("Explosions/Remote violence", "Shelling/artillery/missile attack");
    const IED: (&str, &str) = ("Explosions/Remote violence", "Remote explosive/landmine/IED");
    const SUICIDE: (&str, &str) = ("Explosions/Remote violence", "Suicide bomb");
    const CLASH: (&str, &str) = ("Battles", "Armed clash");
    const ATTACK: (&str, &str) = ("Violence against civilians", "Attack");
    const PROTEST: (&str, &str) = ("Protests", "Peaceful protest");
    let armed = |id: &Option<String>| id.as_deref().is_some_and(|a| a != "civilians");
    let massacre = {
        let word = &doc.norm()[hit.range.clone()];
        word.contains("مجزر") || word.contains("مجازر")
    };
    // "ارتكب جيش الاحتلال … مجزرة جديدة بحق المدنيين في مقاطعة عفرين، حيث
    // استهدفت طائراته الحربية قرية قسطل جندو": the strike after حيث tells
    // the massacre.
    let told_after = massacre
        && find_word(doc.norm(), "حيث", hit.range.end, r.end).is_some_and(|at| {
            // (Right after it: "حيث أفادت مصادر أهلية باستشهاد 12 مدنياً جراء
            // غارات" leaves the massacre its author.)
            doc.hits_in(&(at..r.end)).any(|h| {
                doc.words_between(at, h.word_start) <= 1
                    && h.event().is_some_and(|e| {
                        let t = doc.ex.lexicon.events[e].event_type.as_str();
                        t == "Explosions/Remote violence"
                            || (t == "Violence against civilians" && h.range != hit.range)
                    })
            })
        });
    if told_after {
        return None;
    }
    // A massacre's cause may follow its toll past a comma: "مجزرة راح
    // ضحيتها 9 مدنيين بينهم 3 أطفال، جراء غارات نفذتها طائرات روسية".
    let cause = clause.end..r.end;
    let caused_by = |l: List| {
        massacre
            && !has(l)
            && doc.norm()[cause.clone()]
                .trim_start_matches([' ', '،', ','])
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "جراء" | "بسبب" | "نتيجة"))
            && evidence(doc, l, &cause)
    };
    Some(match kind {
        // "استشهد ستة مدنيين … خلال اقتحام الجيش لمدينة كفرنبل": a storming
        // that killed civilians, with no armed side met, is an attack on
        // them.
        CueKind::Fixed
            if own == CLASH
                && doc.norm()[hit.range.clone()].contains("اقتحام")
                && !armed(&roles.target)
                && doc.hits_in(r).any(|h| h.is(List::Civilian))
                && doc.figure(List::Kill, r, None).is_some()
                && !doc
                    .hits_in(r)
                    .any(|h| h.is(List::Combatant) || h.is(List::Fighters)) =>
        {
            ATTACK
        }
        // "ضربات" alone is an air word, but "ضربات مدفعية وصاروخية" are
        // shells.
        CueKind::Fixed
            if own == AIR
                && strikes_only(doc, hit)
                && has(List::Artillery)
                && !doc.has(List::Air, within) =>
        {
            SHELLING
        }
        // "طائرات النظام الحربية والمروحية ألقت عشرات البراميل المتفجرة
        // والصواريخ على بلدات …": missiles that aircraft fire or drop are
        // an air strike.
        CueKind::Fixed
            if own == SHELLING
                && ["صوار", "صاروخ"]
                    .iter()
                    .any(|w| doc.norm()[hit.range.clone()].contains(w))
                && doc
                    .hits_in(&(clause.start..hit.word_start))
                    .any(|h| h.is(List::Air) && doc.words_between(h.range.end, hit.word_start) <= 8) =>
        {
            AIR
        }
        // "هاجموا بالعصي والهراوات نحو ثلاثة آلاف متظاهر": an attack on
        // marchers that neither shoots nor kills breaks the protest up.
        CueKind::Attack
            if roles.target.as_deref() == Some("protesters")
                && roles.agent.as_deref() != Some("protesters")
                && doc.figure(List::Kill, r, None).is_none()
                && !doc.norm()[r.clone()].contains("رصاص")
                && !doc.norm()[r.clone()].contains("النار") =>
        {
            ("Protests", "Protest with intervention")
        }
        // "أطلقت الرصاص الحي والقنابل المسيلة للدموع على المتظاهرين":
        // shooting at protesters is excessive force.
        // (Not a raid the sentence contrasts a killed protester with:
        // "اقتحمت قوات الأسد بلدة الطيبة …، في حين سقط قتيل برصاص الأمن
        // خلال مظاهرة في بلدة صيدا".)
        CueKind::Fixed | CueKind::Attack
            if (own == CLASH || own == ATTACK || kind == CueKind::Attack)
                && (roles.target.as_deref() == Some("protesters")
                    || protesters_killed(doc, &(r.start..contrast_after(doc, hit, r))))
                && roles.agent.as_deref() != Some("protesters") =>
        {
            ("Protests", "Excessive force against protesters")
        }
        // "قُتل أربعة طلاب … عندما اقتحمت قوات الأمن المدينة الجامعية
        // لتفريق اعتصام طلابي": a protest broken up with deaths met
        // excessive force.
        CueKind::Fixed
            if own == ("Protests", "Protest with intervention")
                && doc.figure(List::Kill, r, None).is_some() =>
        {
            ("Protests", "Excessive force against protesters")
        }
        // "اقتحم محتجون غاضبون مقراً للنصرة": a crowd storming is a riot.
        CueKind::Fixed if own == CLASH && roles.agent.as_deref() == Some("protesters") => {
            ("Riots", "Violent demonstration")
        }
        // "أضرم محتجون غاضبون النار في مقر عسكري لقسد": a crowd that burns
        // or smashes riots.
        CueKind::Fixed if own == PROTEST && crowd_violence(doc, hit) => ("Riots", "Violent demonstration"),
        // "فرّقت الأجهزة الأمنية، أمس، وقفة احتجاجية": a protest broken up.
        CueKind::Fixed if own == PROTEST && dispersed(doc, hit, r) => {
            if doc.figure(List::Kill, r, None).is_some() {
                ("Protests", "Excessive force against protesters")
            } else {
                ("Protests", "Protest with intervention")
            }
        }
        // "خرج العشرات في مظاهرة …، فأطلق عناصر من الهيئة النار على
        // المتظاهرين": the protest met with fire.
        // ("استشهد ثلاثة متظاهرين حين فتحت عناصر الأمن العسكري النار …
        // على مظاهرة حاشدة": protesters killed at it.)
        CueKind::Fixed if own == PROTEST && (fired_on(doc, hit, r) || protesters_killed(doc, r)) => {
            ("Protests", "Excessive force against protesters")
        }
        // "المجزرة التي نفذتها طائرات حربية روسية": a massacre is told by
        // its means.
        // "فكك عناصر من اللواء الثامن عبوة ناسفة كانت مزروعة": defused.
        // (The defusers named between, with a comma: "فككت قوى الأمن
        // الداخلي (الأسايش)، يوم أمس، سيارة مفخخة".)
        _ if own.0 == "Explosions/Remote violence"
            && doc.hits_in(&(r.start..hit.word_start)).any(|h| {
                h.is(List::Defused)
                    && doc.words_between_undated(h.range.end, hit.word_start) <= 8
                    && (h.word_start >= clause.start
                        || !doc
                            .hits_in(&(h.range.end..hit.word_start))
                            .any(|v| v.event().is_some() || doc.clause_break(v)))
            }) =>
        {
            ("Strategic developments", "Disrupted weapons use")
        }
        // "قتل عنصران من قوات النظام بعملية قنص نفذتها الهيئة": a sniper
        // on the front line fights.
        CueKind::Fixed
            if own == ATTACK
                && doc.norm()[hit.range.clone()].contains("قن")
                && armed(&roles.agent)
                && roles.agent.as_deref() != Some("unidentified")
                && (roles.target.as_deref().is_some_and(is_party)
                    || victims(doc, r).iter().any(|v| is_party(v))) =>
        {
            CLASH
        }
        CueKind::Fixed if own == ATTACK && massacre && (has(List::Air) || caused_by(List::Air)) => AIR,
        CueKind::Fixed
            if own == ATTACK && massacre && (has(List::Artillery) || caused_by(List::Artillery)) =>
        {
            SHELLING
        }
        CueKind::Fixed
            if own == ATTACK && massacre && (has(List::Explosives) || caused_by(List::Explosives)) =>
        {
            IED
        }
        CueKind::Fixed | CueKind::Withdrawal => own,
        CueKind::Bombardment if has(List::Air) => AIR,
        CueKind::Bombardment => SHELLING,
        // "المسيّرة انطلقت من مواقع قوات النظام … وانفجرت بالجرار": a
        // drone that blew up struck from the air.
        CueKind::Explosion
            if doc.hits_in(&(r.start..hit.word_start)).any(|h| {
                h.is(List::Air)
                    && doc.norm()[h.range.clone()].contains("مسير")
                    && doc.words_between(h.range.end, hit.word_start) <= 12
            }) =>
        {
            AIR
        }
        CueKind::Explosion if has(List::Suicide) => SUICIDE,
        CueKind::Explosion => IED,
        CueKind::Attack if means(List::Air) => AIR,
        CueKind::Attack if means(List::Suicide) => SUICIDE,
        CueKind::Attack if means(List::Explosives) => IED,
        // (Rockets fired beside rifles are a fight's: "هاجم مسلحون حاجزاً
        // … بالأسلحة الخفيفة والقذائف الصاروخية".)
        CueKind::Attack if means(List::Artillery) && !small_arms(doc, within) => SHELLING,
        CueKind::Attack if has(List::Civilian) && !armed(&roles.target) => ATTACK,
        // "قُتل شاب في العشرينيات من عمره برصاص عنصر من ميليشيا «الدفاع
        // الوطني» … إثر مشادة كلامية على حاجز": one of the people killed,
        // not a fighter, whatever checkpoint it happened at.
        CueKind::Attack if civilian_killed(doc, r) && !armed(&roles.target) => ATTACK,
        // Gunmen nobody names shooting one man ("أطلق مسلحون مجهولون النار
        // على القيادي السابق في الجيش الحر"): an assassination, not a fight.
        // (A checkpoint or a patrol they hit is a fight.)
        // (A serving member of an armed side they kill is a fight: "قتل
        // قيادي في «قسد» بهجوم شنه مسلحون على سيارته".)
        CueKind::Attack
            if roles.agent.as_deref() == Some("unidentified")
                && (!roles.target.as_deref().is_some_and(is_party) || doc.norm()[r.clone()].contains("سابق"))
                // ("الأحد" is a day, not "أحد".)
                // (The man may be named before the clause: "أصيب مختار بلدة
                // الشيخ مسكين بجروح، إثر استهدافه بالرصاص من قبل مسلحين
                // مجهولين".)
                && doc
                    .hits_in(r)
                    .any(|h| {
                        (h.is(List::PersonOne) || h.is(List::PersonTwo))
                            && !doc.norm()[h.range.clone()].ends_with("الاحد")
                    })
                && !doc.hits_in(within).any(|h| {
                    h.is(List::Combatant) && !matches!(doc.norm()[h.range.clone()].trim(), "مسلحين" | "مسلحي")
                }) =>
        {
            ATTACK
        }
        // (An armed side's posts attacked by men the text does not name:
        // "هاجم مقاتلون من العشائر نقاطاً لقسد" is a fight.)
        CueKind::Attack
            if has(List::Combatant)
                || fighters_hit(doc, hit, r, roles.agent.as_deref())
                || victims(doc, r).iter().any(|v| roles.agent.as_ref() != Some(v))
                || (armed(&roles.agent) && armed(&roles.target))
                || (roles.agent.is_none() && armed(&roles.target)) =>
        {
            CLASH
        }
        CueKind::Attack => ATTACK,
        // Taken after the other side left under a deal ("دخلت قوات الأسد
        // إلى معبر نصيب عقب انسحاب الفصائل بموجب اتفاق"): no fight.
        // (Not past a contrast: "سيطروا على … بعد اشتباكات، بينما انسحب
        // عناصر قسد من حاجز … دون قتال" fought.)
        // "واستولى عناصر من ميليشيا الدفاع الوطني أمس على منازل لمهجّرين":
        // property seized past the subject, not a town taken.
        CueKind::Capture if property_seized(doc, hit, r) => {
            ("Strategic developments", "Looting/property destruction")
        }
        CueKind::Capture if handed_over(doc, hit, &(r.start..contrast_after(doc, hit, r))) => {
            ("Strategic developments", "Non-violent transfer of territory")
        }
        CueKind::Capture => {
            let takes = roles.agent.as_deref().map(|a| is_state(doc, a));
            let loses = roles.target.as_deref().is_some_and(|a| is_state(doc, a));
            if takes == Some(true) && !loses {
                ("Battles", "Government regains territory")
            } else {
                ("Battles", "Non-state actor overtakes territory")
            }
        }
        // ACLED's arrests are by "state forces or other actors exercising
        // de facto control of a territory" (the Asayish, a faction's
        // security office, IS's الحسبة arresting in the towns it holds);
        // men nobody names abduct, and so does IS leading people away or
        // holding them ("اقتاد التنظيم 230 شخصاً من سكان المدينة").
        // (So does an armed group told as no one's: "احتجزت مجموعة مسلحة
        // من بلدة الكفر أربعة أشخاص".)
        CueKind::Arrest => match roles.agent.as_deref() {
            Some(a)
                if a == "unidentified"
                    || (root(doc, a) == "isis" && {
                        let cue = &doc.norm()[hit.range.clone()];
                        cue.contains("قتاد") || cue.contains("احتجز")
                    }) =>
            {
                ("Violence against civilians", "Abduction/forced disappearance")
            }
            None if doc.norm()[hit.range.end..]
                .split_whitespace()
                .take(2)
                .map(|w| w.trim_end_matches(['،', ',']))
                .eq(["مجموعه", "مسلحه"]) =>
            {
                ("Violence against civilians", "Abduction/forced disappearance")
            }
            _ => own,
        },
    })
}

/// The cue says only "ضربة/ضربات", not what struck.
/// Where a relative clause after the cue starts telling what its source
/// said ("…، بحسب لجان التنسيق، التي قالت إن …"); else the sentence's end.
fn source_says_after(doc: &Doc, hit: &Hit, r: &Range<usize>) -> usize {
    doc.hits_in(&(hit.range.end..r.end))
        .find(|h| {
            h.is(List::Relative)
                && doc
                    .hits_in(&(h.range.end..r.end))
                    .next()
                    .is_some_and(|v| v.is(List::Report) && doc.words_between(h.range.end, v.word_start) == 0)
        })
        .map_or(r.end, |h| h.word_start)
}

/// A seizing verb whose object, past its subject, is property: "استولى
/// عناصر من الميليشيا أمس على منازل لمهجّرين".
fn property_seized(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    let norm = doc.norm();
    if !without_conjunction(norm[hit.range.clone()].trim()).starts_with("استول") {
        return false;
    }
    // (Not an army's arms depots: "استولوا على مستودعات مهين للأسلحة".)
    let arms = norm[hit.range.end..r.end]
        .split_whitespace()
        .take(14)
        .any(|w| w.contains("اسلحه") || w.contains("ذخيره"));
    let property = |w: &str| {
        matches!(
            w.trim_end_matches(['،', ',']),
            "منازل"
                | "المنازل"
                | "منزل"
                | "منزلا"
                | "منازلهم"
                | "ممتلكات"
                | "محتويات"
                | "اموال"
                | "محال"
                | "املاك"
                | "اراضي"
                | "محاصيل"
                | "منزلين"
                | "مستودع"
                | "مستودعات"
                | "المستودعات"
                | "مخازن"
                | "معدات"
                | "سيارات"
                | "مواشي"
                | "اغنام"
                | "المواشي"
                | "الاغنام"
                | "الماشيه"
                | "راس"
                | "قطيع"
                | "محصول"
                | "سياره"
                | "سيارته"
                | "سيارتهم"
                // (Olive groves: "على أكثر من 400 شجرة زيتون".)
                | "شجره"
                | "اشجار"
                | "كروم"
                | "بساتين"
        )
    };
    // (Its subject may come first, and a count before the noun: "استولى
    // «ديوان العقارات» التابع للتنظيم خلال الأيام الماضية على أكثر من
    // عشرين منزلاً".)
    let mut words = norm[hit.range.end..r.end].split_whitespace().take(14);
    !arms && words.by_ref().any(|w| w == "علي") && words.take(5).any(property)
}

fn strikes_only(doc: &Doc, hit: &Hit) -> bool {
    let phrase = doc.norm()[hit.range.clone()].trim();
    matches!(phrase.strip_prefix("ال").unwrap_or(phrase), "ضربه" | "ضربات")
}

/// Protesters named with a verb of burning or smashing right before them
/// ("أضرم محتجون النار") or after them and an adjective ("محتجون غاضبون
/// أحرقوا").
fn crowd_violence(doc: &Doc, hit: &Hit) -> bool {
    let norm = doc.norm();
    let violent = |w: &str| {
        let w = without_conjunction(w);
        ["اضرم", "احرق", "حطم", "رشق", "يضرم", "يحرق"]
            .iter()
            .any(|v| w.starts_with(v))
    };
    words_before(norm, hit.word_start).next().is_some_and(violent)
        || norm[hit.range.end..].split_whitespace().take(2).any(violent)
}

/// Rifles and machine guns named among an attack's means.
fn small_arms(doc: &Doc, r: &Range<usize>) -> bool {
    let told = &doc.norm()[r.clone()];
    ["سلحه الخفيفه", "سلحه خفيفه"].iter().any(|w| told.contains(w))
}

/// Where a contrasting clause ("بينما", "في حين", "في المقابل") after the
/// cue begins; else the sentence's end.
fn contrast_after(doc: &Doc, hit: &Hit, r: &Range<usize>) -> usize {
    doc.hits_in(&(hit.range.end..r.end))
        .find(|h| {
            let w = doc.norm()[h.range.clone()].trim();
            // (Not without_conjunction: "في حين" would lose its ف.)
            doc.clause_break(h)
                && [w, w.strip_prefix('و').unwrap_or(w)]
                    .iter()
                    .any(|w| matches!(*w, "بينما" | "فيما" | "في حين" | "في المقابل" | "بالمقابل"))
        })
        .map_or(r.end, |h| h.word_start)
}

/// Whether `r` turns to another event ("بينما", "فيما", "في حين" as clause
/// words), not to another source's telling of the same one ("في حين قالت
/// مصادر موالية إن …").
fn contrasted(doc: &Doc, r: Range<usize>) -> bool {
    // (The source is told after the contrast word; one before it, "وفق ما
    // أعلن الدفاع المدني، فيما قُتلت امرأة بقصف على عربين", is the first
    // event's. Mourning pages are a source too: "بينما نعت صفحات موالية
    // ثلاثة عناصر فقط"; not a report verb elsewhere, where نعت counts the
    // dead.)
    let norm = doc.norm();
    doc.hits_in(&r).any(|h| {
        doc.clause_break(h)
            && matches!(norm[h.range.clone()].trim(), "بينما" | "فيما" | "في حين")
            && !doc.has(List::Report, &(h.range.end..r.end))
            && !norm[h.range.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "نعت" | "نعي" | "نعوا"))
    })
}

/// "وذلك بعد أشهر من الحصار والمعارك": the fighting that led to what the
/// sentence tells, over months, is no event of its day.
fn after_long_spell(norm: &str, hit: &Hit) -> bool {
    let back: Vec<&str> = words_before(norm, hit.word_start).take(4).collect();
    let listed = norm[hit.word_start..].starts_with('و');
    (0..=usize::from(listed)).any(|i| {
        back.get(i) == Some(&"من")
            && back
                .get(i + 1)
                .is_some_and(|w| matches!(*w, "اشهر" | "شهور" | "اسابيع" | "سنوات" | "اعوام" | "سنين"))
            && back.get(i + 2) == Some(&"بعد")
    })
}

/// "وتمكنت خلال أقل من عشرة أيام من السيطرة على مدينة حلب ومعظم
/// محافظتي إدلب وحماة": what a campaign took over days or months, summed
/// up, is no event of a day. (Read for takings only: a toll "خلال
/// الأسابيع الماضية في هجمات انتحارية" is left to the toll rules.)
fn over_a_span(norm: &str, hit: &Hit) -> bool {
    let back: Vec<&str> = words_before(norm, hit.word_start)
        .take(8)
        .take_while(|w| !w.ends_with(['،', ',', '.']))
        .collect();
    back.iter()
        .position(|w| without_conjunction(w) == "خلال")
        .is_some_and(|at| {
            back[..at]
                .iter()
                .any(|w| matches!(*w, "ايام" | "اسابيع" | "اشهر" | "شهور" | "سنوات" | "اعوام"))
        })
}

/// A withdrawal under a deal, or without a fight, in the sentence:
/// "انسحاب … بموجب اتفاق", "عقب انسحاب الفصائل منه دون قتال"; or a
/// taking that followed a deal ("سيطر التنظيم على بلدة الشحيل … إثر
/// اتفاق مع وجهاء البلدة").
fn handed_over(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    let kinds: Vec<CueKind> = doc
        .hits_in(r)
        .filter_map(|h| h.event())
        .map(|e| doc.ex.lexicon.events[e].kind)
        .collect();
    let deal = doc.hits_in(r).any(|h| {
        h.event()
            .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Agreement")
    }) || doc.norm()[r.clone()].contains("بموجب")
        || doc.has(List::Unopposed, r);
    // "دخلت الفصائل مدينتي محردة والسقيلبية بعد انسحاب قوات النظام
    // منهما": entered once the other side had left, with no fight told.
    // ("سيطرت … بعد انسحاب" is a taking all the same.)
    let entered =
        doc.norm()[hit.range.clone()].contains("دخل") || doc.norm()[hit.range.clone()].contains("دخول");
    let after_leaving = entered
        && doc.hits_in(r).any(|h| {
            h.event()
                .is_some_and(|e| doc.ex.lexicon.events[e].kind == CueKind::Withdrawal)
                // ("بعد قيام المسلحين فيها بتسليم أسلحتهم"; not "بعد ساعات
                // من انسحاب", the fight's aftermath.)
                && {
                    let back: Vec<&str> = words_before(doc.norm(), h.word_start).take(5).collect();
                    back.iter()
                        .position(|w| matches!(*w, "بعد" | "عقب" | "اثر" | "إثر"))
                        .is_some_and(|at| at == 0 || back[at - 1] == "قيام")
                }
        })
        && !doc.has(List::Kill, r)
        && !doc.hits_in(r).any(|h| {
            h.event().is_some_and(|e| {
                let cue = &doc.ex.lexicon.events[e];
                // (An attack is a fight too: "تمكن المرتزقة خلال ساعات
                // الهجوم الأولى من دخول القريتين بعد انسحاب حراسهما".)
                (cue.event_type == "Battles" && cue.kind != CueKind::Capture) || cue.kind == CueKind::Attack
            })
        });
    let by_deal = doc.hits_in(&(hit.range.end..r.end)).any(|h| {
        h.event()
            .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Agreement")
            && matches!(
                words_before(doc.norm(), h.word_start).next(),
                Some("اثر" | "بعد" | "عقب" | "بموجب" | "وفق")
            )
    });
    (kinds.contains(&CueKind::Withdrawal) && (deal || after_leaving)) || by_deal
}

/// Whether `r` speaks of a weapon or target of list `l`: its words, or an
/// event cue of that weapon ("غارات جوية" is air evidence, though the
/// longer phrase hides the list's "غارات").
fn evidence(doc: &Doc, l: List, r: &Range<usize>) -> bool {
    let sub_type = match l {
        List::Air => "Air/drone strike",
        List::Artillery => "Shelling/artillery/missile attack",
        List::Suicide => "Suicide bomb",
        List::Explosives => "Remote explosive/landmine/IED",
        _ => return doc.has(l, r),
    };
    // A weapon destroyed or shot down was not used ("دمرت آليات لهم بعضها
    // مزود برشاشات ثقيلة").
    // (Right after a finite verb the weapon is its subject: "دمرت
    // المقاتلات التركية مستودعات"; "أسقطت طائرة" shoots one down.)
    let destroyed = |h: &Hit| {
        // (Six words back at most: a window, not the whole sentence.)
        let from = r.start.max(h.word_start.saturating_sub(160));
        doc.hits_in(&(from..h.word_start)).any(|d| {
            let gap = doc.words_between(d.range.end, h.word_start);
            // (A bomb is destroyed, never the destroyer: "ودمرت عربة
            // مفخخة قبل وصولها".)
            let subject = gap == 0
                && !matches!(l, List::Suicide | List::Explosives)
                && matches!(
                    doc.norm()[d.range.clone()].trim(),
                    "دمر" | "دمرت" | "دمروا" | "اعطب" | "اعطبت"
                );
            d.is(List::Destroyed) && gap <= 6 && !subject
        })
    };
    let grenade = |h: &Hit| grenade(doc, h);
    // ("ضربات" alone says nothing of aircraft: "ضربات مدفعية".)
    doc.hits_in(r).any(|h| h.is(l) && !destroyed(h) && !grenade(h))
        || doc.hits_in(r).any(|h| {
            !grenade(h)
                && h.event().is_some_and(|e| {
                    let cue = &doc.ex.lexicon.events[e];
                    cue.sub_event_type == sub_type
                        && matches!(cue.kind, CueKind::Fixed | CueKind::Explosion)
                        && !(l == List::Air && strikes_only(doc, h))
                })
        })
}

/// A rocket-propelled grenade is a fighter's weapon, not artillery, nor a
/// shelling of its own ("اشتباكات بالأسلحة المتوسطة وقذائف \"آر بي جي\"").
fn grenade(doc: &Doc, h: &Hit) -> bool {
    let after = doc.norm()[h.range.end..].trim_start_matches([' ', '"']);
    let after = after
        .get(..after.char_indices().nth(12).map_or(after.len(), |(i, _)| i))
        .unwrap_or(after);
    after.starts_with("ار بي جي") || after.starts_with("الار بي جي") || after.to_lowercase().starts_with("rpg")
}

/// The taxonomy's own &'static str for a sub-type read from the pack.
fn sub_type_static(s: &str) -> Option<&'static str> {
    rasad_pack::TAXONOMY
        .iter()
        .flat_map(|(_, subs)| subs.iter())
        .find(|x| **x == s)
        .copied()
}

/// Who the sentence (or the next, in the same paragraph) says carried it
/// out: "وتبناه تنظيم داعش", "حمّلت … المجموعات الإرهابية المسؤولية".
fn claimed_by(doc: &Doc, s: usize, sub_event_type: &str) -> Option<String> {
    // (Or, for a bombing, a later sentence that opens by claiming what was
    // told: "وتبنى تنظيم الدولة الإسلامية التفجيرات في بيانين منفصلين".)
    let bombing = matches!(sub_event_type, "Remote explosive/landmine/IED" | "Suicide bomb");
    let later = || {
        doc.sentences[s + 1..]
            .iter()
            .filter(|_| bombing)
            .find_map(|t| claim_of_told(doc, &t.range))
    };
    own_claim(doc, s).or_else(later)
}

/// The side a sentence that opens by claiming the events already told
/// ("وتبنى تنظيم الدولة الإسلامية التفجيرات"), before any cue of its own,
/// says did them: a claim verb, its subject, then a definite attack noun.
/// Such a sentence tells no event of its own.
fn claim_of_told(doc: &Doc, r: &Range<usize>) -> Option<String> {
    claim_of_told_at(doc, r)
        .filter(|&(_, at)| !doc.hits_in(&(r.start..at)).any(|h| h.event().is_some()))
        .map(|(id, _)| id)
}

fn claim_of_told_at(doc: &Doc, r: &Range<usize>) -> Option<(String, usize)> {
    let norm = doc.norm();
    doc.hits_in(r).filter(|h| h.is(List::Claim)).find_map(|h| {
        let after = doc.actors.iter().find(|a| {
            a.word_start >= h.range.end
                && a.range.end <= r.end
                && doc.words_between(h.range.end, a.word_start) <= 1
        });
        // (Or its subject before "مسؤوليتها عن": "وأعلنت «هيئة تحرير
        // الشام» اليوم (الأحد) مسؤوليتها عن التفجيرين".)
        let responsible = norm[h.range.clone()].starts_with("مسؤوليت");
        let before = || {
            doc.actors.iter().rev().find(|a| {
                responsible
                    && a.word_start >= r.start
                    && a.range.end <= h.word_start
                    && doc.words_between(a.range.end, h.word_start) <= 3
            })
        };
        let a = after.or_else(before)?;
        let object = norm[a.range.end.max(h.range.end)..r.end]
            .split_whitespace()
            .find(|w| w.chars().any(char::is_alphabetic))?;
        matches!(
            object.trim_matches(|c: char| !c.is_alphabetic()),
            "التفجير"
                | "التفجيرات"
                | "التفجيرين"
                | "الهجوم"
                | "الهجمات"
                | "الهجومين"
                | "العمليه"
                | "العمليات"
                | "العمليتين"
                | "الانفجار"
                | "الانفجارات"
        )
        .then(|| (a.id.clone(), h.word_start.min(a.word_start)))
    })
}

fn own_claim(doc: &Doc, s: usize) -> Option<String> {
    let para = doc.sentences[s].para;
    let mut within = doc.sentences[s].range.clone();
    if let Some(next) = doc.sentences.get(s + 1).filter(|n| n.para == para) {
        within.end = next.range.end;
    }
    doc.hits_in(&within).filter(|h| h.is(List::Claim)).find_map(|h| {
        doc.actors
            .iter()
            .find(|a| {
                a.word_start >= h.range.end
                    && a.range.end <= within.end
                    && doc.words_between(h.range.end, a.word_start) <= 3
            })
            .map(|a| a.id.clone())
    })
}

/// An unnamed air force over Syria is the Syrian one unless the text says
/// Russian (events.md §3); the aircraft named earlier in the paragraph
/// come first.
fn default_agent(doc: &Doc, sub_event_type: &str, r: &Range<usize>) -> Option<String> {
    // A chemical attack from the air: the air force's.
    if sub_event_type == "Chemical weapon" && doc.has(List::Air, r) {
        return default_agent(doc, "Air/drone strike", r);
    }
    match sub_event_type {
        "Air/drone strike" => {
            let sentence = &doc.norm()[r.clone()];
            if sentence.contains("روسي") {
                return Some("russia".into());
            }
            // ("طائرة هليكوبتر إسرائيلية أطلقت صواريخ على سيارتين".)
            if sentence.contains("اسرائيلي") {
                return Some("israel".into());
            }
            if sentence.contains("التحالف") {
                return Some("us_coalition".into());
            }
            // The aircraft named last ("غارات نفذتها طائرات النظام …، فيما
            // نفذت الطائرات ذاتها غارات على …"), else a foreign air force
            // named before in the article ("الضربات الإسرائيلية … وقال
            // المرصد إن الضربات أصابت …").
            let norm = doc.norm();
            let aircraft = |a: &&ActorOcc| {
                let name = &norm[a.range.clone()];
                ["طائر", "طيران", "مقاتلات", "سلاح الجو", "مروحي"]
                    .iter()
                    .any(|w| name.contains(w))
            };
            let foreign = ["russia", "us_coalition", "turkey", "israel"];
            let before = || doc.actors.iter().rev().filter(|a| a.range.end <= r.end);
            // (Aircraft named in this paragraph: another's may be another
            // air force's.)
            let para_of = |at: usize| doc.sentence_at(at).map(|s| doc.sentences[s].para);
            let here = para_of(r.start);
            before()
                .filter(|a| para_of(a.word_start) == here)
                .find(aircraft)
                .or_else(|| before().find(|a| foreign.contains(&a.id.as_str())))
                .map(|a| a.id.clone())
                .or_else(|| Some("syria_gov".into()))
        }
        // Air defences over Syria are the government's unless named; a
        // chemical attack told without its author is assumed the
        // government's, like an unnamed air force (a named author wins).
        "Disrupted weapons use" | "Chemical weapon" => Some("syria_gov".into()),
        // A suicide attack in a paragraph (or the one before) that names a
        // jihadist group as the attacker's side is that group's ("بدأ هجوم
        // التنظيم بتفجير ثلاثة انتحاريين أنفسهم").
        "Suicide bomb" => last_armed(doc, r, |a| root(doc, a) == "isis" || matches!(a, "nusra" | "hts"))
            .or_else(|| Some("unidentified".into())),
        "Remote explosive/landmine/IED" => Some("unidentified".into()),
        // A sniper no side is named for, over a town or quarter, is the
        // army's ("قُتل شاب برصاص قناص متمركز على سطح مبنى البريد").
        "Attack" if doc.norm()[r.clone()].contains("قناص") => Some("syria_gov".into()),
        // Arrests told without who made them ("داهمت القوة منزلين واعتقلت
        // 3 أشخاص"): by the armed side the paragraph, or the one before,
        // named last.
        "Arrests" => last_armed(doc, r, |_| true),
        _ => None,
    }
}

/// Whom a charge names is no side of the event: "اعتقلت … أربعة أشخاص
/// بتهمة التعامل مع قسد", "أعدموا رجلين … بتهمة التعامل مع النظام".
fn charged(doc: &Doc, a: &ActorOcc) -> bool {
    let Some(s) = doc.sentence_at(a.word_start) else {
        return false;
    };
    doc.hits_in(&(doc.sentences[s].range.start..a.word_start))
        .any(|h| h.is(List::Charges) && doc.words_between(h.range.end, a.word_start) <= 12)
}

/// The armed side named last up to the end of `r`, in its paragraph or
/// the one before, that `fits`.
fn last_armed(doc: &Doc, r: &Range<usize>, fits: impl Fn(&str) -> bool) -> Option<String> {
    let para = doc.sentence_at(r.start).map(|s| doc.sentences[s].para);
    let near = |a: &&ActorOcc| {
        let p = doc.sentence_at(a.word_start).map(|s| doc.sentences[s].para);
        matches!((p, para), (Some(p), Some(q)) if p + 1 >= q && p <= q)
    };
    doc.actors
        .iter()
        .filter(|a| a.range.end <= r.end && !charged(doc, a))
        .filter(near)
        .rev()
        .find(|a| {
            !matches!(
                a.id.as_str(),
                "civilians" | "unidentified" | "protesters" | "rioters"
            ) && fits(&a.id)
        })
        .map(|a| a.id.clone())
}

/// A military base among the ten words after the cue: "مطار النيرب
/// العسكري", "مقر اللواء 93", "الفوج 46".
fn army_base_after(doc: &Doc, hit: &Hit, r: &Range<usize>) -> bool {
    let words: Vec<&str> = doc.norm()[hit.range.end..r.end]
        .split_whitespace()
        .take(10)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let base = |w: &str| {
            let w = w.trim_start_matches(['و', 'ب', 'ل']);
            matches!(
                w,
                "مطار"
                    | "مقر"
                    | "قاعده"
                    | "ثكنه"
                    | "كتيبه"
                    | "مستودعات"
                    | "اللواء"
                    | "الفوج"
                    | "الفرقه"
            )
        };
        let numbered = matches!(*w, "اللواء" | "الفوج" | "الفرقه")
            && words
                .get(i + 1)
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c)));
        numbered
            || (matches!(*w, "العسكري" | "العسكريه") && words[i.saturating_sub(3)..i].iter().any(|w| base(w)))
    })
}

/// Who was hit when the sentence does not name them: civilians when it
/// speaks of them (or when the event is one against civilians), else the
/// side the article sets against the agent.
fn default_target(
    doc: &Doc,
    sub_event_type: &str,
    agent: Option<&str>,
    r: &Range<usize>,
    hit: &Hit,
) -> Option<String> {
    // (Territory is not taken from civilians: "كسر الحصار … على نحو 300 ألف
    // مدني".)
    let territory = matches!(
        sub_event_type,
        "Government regains territory"
            | "Non-state actor overtakes territory"
            | "Non-violent transfer of territory"
    );
    // "استهدفت الكتائب بالصواريخ مطار النيرب العسكري", "مقر اللواء 93":
    // the army's base is the army's (whatever civilians the sentence names
    // besides: "الملاصق للمطار المدني").
    if !territory
        && sub_event_type != "Armed clash"
        && agent.is_some_and(|a| is_party(a) && !allied(doc, a, "syria_gov"))
        && army_base_after(doc, hit, r)
    {
        return Some("syria_gov".into());
    }
    // (Or the dead told as people: "استشهد رجل وزوجته جراء إلقاء الطيران
    // المروحي برميلين".)
    if (doc.has(List::Civilian, r) || civilian_killed(doc, r))
        && sub_event_type != "Armed clash"
        && !territory
    {
        return Some("civilians".into());
    }
    if matches!(
        sub_event_type,
        "Attack"
            | "Abduction/forced disappearance"
            | "Sexual violence"
            | "Chemical weapon"
            | "Arrests"
            | "Looting/property destruction"
    ) {
        return Some("civilians".into());
    }
    let explosive = matches!(sub_event_type, "Remote explosive/landmine/IED" | "Suicide bomb");
    // "قتل ضابط وجنديان بانفجار عبوة ناسفة بسيارتهم العسكرية": soldiers
    // of no other army are Syria's.
    if explosive && syrian_soldiers(doc, r) {
        return Some("syria_gov".into());
    }
    if explosive || matches!(sub_event_type, "Peaceful protest" | "Agreement") {
        return None;
    }
    // With no agent there is no side to set the target against.
    let agent = agent?;
    let agent_state = is_state(doc, agent);
    // The most named armed actor of the other side, nearest first on ties:
    // in the cue's paragraph when it names one (an article about Ghouta and
    // Deir ez-Zor sets the regime against different sides in each), else
    // in the article.
    let para_of = |at: usize| doc.sentence_at(at).map(|s| doc.sentences[s].para);
    let here = para_of(hit.word_start);
    // (Not a foreign army: the towns the regime takes are not Turkey's, nor
    // is a Turkish post near the towns it shells what it shells: "قصفت
    // قوات النظام خان شيخون، بينما سقطت قذائف قرب نقطة المراقبة
    // التركية"; the missiles its air defences down are foreign, though.)
    let foreign = |id: &str| doc.pack().actor(id).is_some_and(|a| a.inter == 8);
    let foreign_to_state = |id: &str| agent_state && foreign(id) && sub_event_type != "Disrupted weapons use";
    let other_side = |a: &&ActorOcc| {
        !matches!(
            a.id.as_str(),
            "civilians" | "unidentified" | "protesters" | "rioters"
        ) && !allied(doc, agent, &a.id)
            && !foreign_to_state(&a.id)
    };
    let local = doc
        .actors
        .iter()
        .filter(other_side)
        .any(|a| para_of(a.word_start) == here);
    // The state's strikes in a paragraph that names no other side are on
    // the armed opposition, not on whoever the rest of the article is about.
    // (Towns taken are taken from the side the article fights: "بسطت
    // سيطرتها خلال الأيام الثلاثة الماضية على قرى …" after "معارك عنيفة مع
    // إرهابيي داعش".)
    let taken = matches!(
        sub_event_type,
        "Government regains territory" | "Non-state actor overtakes territory"
    );
    let before = here.and_then(|p| p.checked_sub(1));
    let named_before = taken
        && doc
            .actors
            .iter()
            .filter(other_side)
            .any(|a| para_of(a.word_start) == before && !foreign(&a.id));
    // (Not Turkey's: the factions it backs are its allies.)
    let against_opposition = agent_state && !allied(doc, agent, "opposition");
    if !local && against_opposition && !named_before {
        return Some("opposition".to_string());
    }
    // Counted in the cue's paragraph, the one before for a town taken,
    // else the article.
    let scope = if local {
        Some(here)
    } else if named_before {
        Some(before)
    } else {
        None
    };
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for a in doc
        .actors
        .iter()
        .filter(|a| scope.is_none_or(|p| para_of(a.word_start) == p))
        .filter(|a| local || !named_before || !foreign(&a.id))
        .filter(other_side)
    {
        let dist = a.word_start.abs_diff(hit.word_start);
        match counts.iter_mut().find(|c| c.0 == a.id) {
            Some(c) => {
                c.1 += 1;
                c.2 = c.2.min(dist);
            }
            None => counts.push((a.id.clone(), 1, dist)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    // Against the state and no one named: the armed opposition.
    counts
        .first()
        .map(|c| c.0.clone())
        .or_else(|| against_opposition.then(|| "opposition".to_string()))
}

/// Soldiers, officers or a military vehicle the sentence names, of no
/// foreign army ("جنديين تركيين") and with no side named in it.
fn syrian_soldiers(doc: &Doc, r: &Range<usize>) -> bool {
    let norm = doc.norm();
    // A nisba the pack or the border rules know, in any number ("جنديين
    // تركيين", "جنود روس").
    let foreign = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        let w = w.strip_prefix("ال").unwrap_or(w);
        let stem = w
            .strip_suffix("يين")
            .or_else(|| w.strip_suffix("يان"))
            .map_or(w.to_string(), |s| format!("{s}ي"));
        matches!(w, "اتراك" | "روس")
            || FOREIGN_COUNTRIES.contains(&stem.as_str())
            || doc.ex.adjectives.contains_key(&stem)
    };
    let words: Vec<&str> = norm[r.clone()].split_whitespace().collect();
    let soldier = |w: &str| {
        let w = w.trim_start_matches(['و', 'ب', 'ل']);
        matches!(
            w,
            "جندي"
                | "جنديا"
                | "جنديين"
                | "جنديان"
                | "جنود"
                | "ضابط"
                | "ضابطا"
                | "ضابطين"
                | "ضابطان"
                | "ضباط"
                | "مجند"
                | "مجندا"
                | "مجندين"
        )
    };
    let vehicle = |w: &str, next: &str| {
        let w = w.trim_start_matches(['و', 'ب']);
        (w.starts_with("سيار") || w.starts_with("عرب") || w.starts_with("دوري")) && next == "عسكريه"
    };
    let named = words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        (soldier(w) || vehicle(w, next))
            && !foreign(next)
            && !foreign(words.get(i + 2).copied().unwrap_or(""))
    });
    named
        && !doc
            .actors
            .iter()
            .any(|a| a.word_start >= r.start && a.range.end <= r.end && is_party(&a.id))
}

/// The two sides a paragraph (or, failing it, the one before) names most,
/// one against the other: the most named armed side and the most named
/// one not allied with it.
fn paragraph_sides(doc: &Doc, s: usize) -> Option<(String, String)> {
    let para = doc.sentences[s].para;
    for back in 0..=1 {
        let Some(p) = para.checked_sub(back) else { break };
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for a in doc.actors.iter().filter(|a| {
            is_party(&a.id)
                && doc
                    .sentence_at(a.word_start)
                    .is_some_and(|x| doc.sentences[x].para == p)
        }) {
            match counts.iter_mut().find(|c| c.0 == a.id) {
                Some(c) => c.1 += 1,
                None => counts.push((&a.id, 1)),
            }
        }
        // Most named first; on ties, the first named.
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        let Some(&(first, _)) = counts.first() else {
            continue;
        };
        if let Some(second) = counts.iter().find(|c| !allied(doc, first, c.0)) {
            return Some((first.to_string(), second.0.to_string()));
        }
    }
    None
}

/// The next sentence of the paragraph when it only tells a toll, with no
/// event of its own ("وتوزع الشهداء: 27 في بلدة حمورية، و17 في سقبا").
fn toll_after(doc: &Doc, s: usize) -> Option<Range<usize>> {
    doc.sentences
        .get(s + 1)
        .filter(|n| n.para == doc.sentences[s].para)
        .map(|n| n.range.clone())
        .filter(|n| doc.has(List::Kill, n) && !doc.hits_in(n).any(|h| h.event().is_some()))
}

/// The figure a toll gives one place of a list: "و17 في سقبا" (a number,
/// then في and the place, named again).
fn figure_at(doc: &Doc, r: &Range<usize>, key: &PlaceKey) -> Option<u32> {
    // ("تظاهر عشرات في مدينة الحسكة": no one died, whatever the count.)
    if !doc.has(List::Kill, r) {
        return None;
    }
    let norm = doc.norm();
    doc.places
        .iter()
        .filter(|p| p.word_start >= r.start && p.range.end <= r.end)
        .filter(|p| p.key() == *key)
        .find_map(|p| {
            // "حمورية سجلت العدد الأكبر من الضحايا بـ24 قتيلا، تلتها بيت سوا
            // بـ14 قتيلا": the figure after the place, on ب, before a toll
            // noun, with no other place between.
            let after = doc.numbers.iter().find(|n| {
                n.range.start >= p.range.end
                    && n.range.end <= r.end
                    && doc.words_between(p.range.end, n.range.start) <= 8
                    && norm[..n.range.start].ends_with('ب')
                    && doc.hits_in(&(n.range.end..r.end)).next().is_some_and(|h| {
                        h.is(List::TollNoun) && doc.words_between(n.range.end, h.word_start) == 0
                    })
                    && !doc
                        .places
                        .iter()
                        .any(|q| q.word_start >= p.range.end && q.range.end <= n.range.start)
            });
            if let Some(n) = after {
                return (!n.percent)
                    .then(|| n.value.floor() as u32)
                    .filter(|&v| v > 0 && v < 100_000);
            }
            let before = norm[r.start..p.word_start].trim_end();
            // "27 في بلدة حمورية", "ستة مدنيين قتلوا في مسرابا".
            let before = ["بلده", "مدينه", "قريه", "حي"]
                .iter()
                .find_map(|w| before.strip_suffix(w))
                .unwrap_or(before)
                .trim_end();
            let before = before.strip_suffix("في")?.trim_end();
            let end = r.start + before.len();
            // "قُتل على إثرها مدنيان في خان الشيح": a counted person right
            // before في, after a toll word.
            let counted = doc
                .hits_in(&(r.start..end))
                .last()
                .filter(|h| h.range.end == end && (h.is(List::PersonOne) || h.is(List::PersonTwo)))
                .filter(|h| {
                    doc.hits_in(&(r.start..h.word_start))
                        .filter(|k| k.is(List::Kill) || k.is(List::Injure))
                        .last()
                        .is_some_and(|k| {
                            // (Alone: "مقتل طفلين وامرأة في اللطامنة" is three.)
                            k.is(List::Kill)
                                && doc.words_between(k.range.end, h.word_start) <= 3
                                && !doc.hits_in(&(k.range.end..h.word_start)).any(|x| {
                                    x.is(List::PersonOne) || x.is(List::PersonTwo) || x.is(List::Civilian)
                                })
                        })
                })
                .map(|h| if h.is(List::PersonTwo) { 2 } else { 1 });
            let among = |from: usize| norm[from..end].contains("بينهم");
            let n = doc.numbers.iter().find(|n| {
                n.range.end <= end
                    && n.range.start >= r.start
                    // ("خمسة مدنيين بينهم امرأة وطفلان في كفرزيتا".)
                    && doc.words_between(n.range.end, end) <= if among(n.range.end) { 6 } else { 2 }
                    && doc.hits_in(&(n.range.end..end)).all(|h| {
                        h.is(List::PersonOne)
                            || h.is(List::PersonTwo)
                            || h.is(List::Civilian)
                            || h.is(List::TollVerb)
                            || h.is(List::Kill)
                            || h.is(List::TollNoun)
                    })
                    && !doc.places.iter().any(|q| {
                        q.word_start >= n.range.end
                            && q.range.end <= p.word_start
                            && q.word_start != p.word_start
                    })
                    // "وإصابة 9 آخرين في جرمانا" counts the wounded.
                    && doc
                        .hits_in(&(r.start..n.range.start))
                        .filter(|h| h.is(List::Kill) || h.is(List::Injure))
                        .last()
                        .is_none_or(|h| h.is(List::Kill))
            });
            let Some(n) = n else {
                return counted;
            };
            // "مقتل سبعة مدنيين بينهم ثلاثة أطفال في أورم الكبرى": the
            // part is not the toll; the number before بينهم is.
            let n = if crate::doc::among(&norm[..n.range.start]) {
                doc.numbers
                    .iter()
                    .rev()
                    .find(|t| {
                        t.range.start >= r.start
                            && t.range.end <= n.range.start
                            && doc.words_between(t.range.end, n.range.start) <= 4
                    })
                    .unwrap_or(n)
            } else {
                n
            };
            (!n.percent)
                .then(|| n.value.floor() as u32)
                .filter(|&v| v > 0 && v < 100_000)
        })
}

/// Where a sentence's casualties are told: the sentence, and the next one
/// when it only adds the toll ("وأسفر القصف عن مقتل …").
fn casualty_range(doc: &Doc, s: usize) -> Range<usize> {
    let r = doc.sentences[s].range.clone();
    if doc.has(List::Kill, &r) || doc.has(List::Injure, &r) {
        return r;
    }
    match doc.sentences.get(s + 1) {
        Some(next) if next.para == doc.sentences[s].para => {
            let inside = |start: usize, end: usize| start >= next.range.start && end <= next.range.end;
            let has_cue = doc.hits_in(&next.range).any(|h| h.event().is_some());
            let has_place = doc.places.iter().any(|p| inside(p.word_start, p.range.end));
            // (Nor a count over months: "ويقول المرصد إن أكثر من 41 ألف
            // شخص قتلوا منذ بدء الثورة".)
            if has_cue || has_place || doc.has(List::Background, &next.range) {
                r
            } else {
                r.start..next.range.end
            }
        }
        _ => r,
    }
}

/// One event per place in a sentence: the cue of highest priority, and a
/// secondary cue only where nothing else speaks of that place.
fn one_event_per_place(doc: &Doc, mut found: Vec<Candidate>) -> Vec<Candidate> {
    let key = |c: &Candidate| c.place.as_ref().map(|p| p.word_start);
    let has_primary = found.iter().any(|c| !c.secondary);
    found.retain(|c| !(c.secondary && has_primary));
    // A definite cue that took its place from the sentence ("وتترافق
    // الاشتباكات مع ضربات … طالت مناطق في هجين") names an event told
    // before: the cue whose own object the place is wins there.
    // (Air defences, "الدفاعات الجوية", are no reference back.)
    // A protest broken up tells the force used on it: "فرّقت الشرطة
    // العسكرية مظاهرة …، مستخدمة الرصاص الحي" is no attack of its own.
    let broken_up = |c: &Candidate| c.event_type == "Protests" && c.sub_event_type != "Peaceful protest";
    let rank = |c: &Candidate| {
        (
            !(c.definite && c.event_type != "Strategic developments"),
            if broken_up(c) {
                c.priority.max(9)
            } else if c.event_type == "Riots" {
                // (Protesters who storm riot: "محتجون غاضبون اقتحموا مقراً".)
                c.priority.max(4)
            } else {
                c.priority
            },
            // On a tie, the cue whose own object the place is ("بينما شن
            // الطيران الروسي غارات على كفرزيتا" after barrels told
            // elsewhere in the sentence).
            c.owned,
        )
    };
    // A protest and the arrests of its marchers after it are two events
    // at one place ("فرّقت الأجهزة الأمنية وقفة احتجاجية … واعتقلت
    // ثمانية"); a protest told after the arrest is its reason ("اعتقلوه
    // على خلفية تصويره مظاهرات").
    // So are a town entered and the raid its takers then made there ("دخلت
    // هيئة تحرير الشام بلدة كفرتخاريم …، وشنّت عقب دخولها حملة دهم اعتقلت
    // خلالها أكثر من 15 شاباً").
    let before_its_arrests = |a: &Candidate, b: &Candidate| {
        let taken = matches!(
            a.sub_event_type,
            "Non-state actor overtakes territory"
                | "Government regains territory"
                | "Non-violent transfer of territory"
        );
        // (And homes burnt and the arrests after: "أحرقوا أكثر من ثلاثين
        // منزلاً في كفرزيتا …، كما اعتقلوا أكثر من أربعين شاباً".)
        // (A protest broken up takes its arrests in: "أطلقوا الرصاص في
        // الهواء لتفريق مظاهرة …، واعتقلوا ثلاثة من المحتجين".)
        // (Told in either order: "اعتقلوا نحو خمسين شخصاً …، مضيفاً أن
        // المسلحين أحرقوا المقر".)
        let looted = a.sub_event_type == "Looting/property destruction";
        (a.sub_event_type == "Peaceful protest"
            || looted
            || (taken && a.actor1.is_some() && a.actor1 == b.actor1))
            && b.sub_event_type == "Arrests"
            && (a.cue.start < b.cue.start || looted)
    };
    // And a town taken and what its takers then did there: shells fired
    // into it that killed ("سيطروا لساعات على مزارع في محيط القريا،
    // وأطلقوا قذائف هاون على منازل في البلدة، ما أدى إلى مقتل سيدة"), or
    // homes looted or burnt ("دخلوا الكشكية …، وإنهم "نهبوا المحال
    // التجارية وأحرقوا عدداً من المنازل"").
    let before_its_aftermath = |a: &Candidate, b: &Candidate| {
        let shelled = b.event_type == "Explosions/Remote violence" && b.fatalities.is_some_and(|f| f > 0);
        let looted = b.sub_event_type == "Looting/property destruction"
            && (b.actor1.is_none() || b.actor1 == a.actor1);
        matches!(
            a.sub_event_type,
            "Non-state actor overtakes territory" | "Government regains territory"
        ) && a.cue.start < b.cue.start
            && (shelled || looted)
    };
    // And a riot and the security forces pulling back before it ("أضرموا
    // النار في مخفر الشرطة ومبنى المحكمة في المدينة، فيما انسحبت عناصر
    // الأمن باتجاه معسكر وادي الضيف").
    let riot_and_retreat = |a: &Candidate, b: &Candidate| {
        a.event_type == "Riots"
            && b.sub_event_type == "Non-violent transfer of territory"
            && a.cue.start < b.cue.start
    };
    // Nor are strikes on a town and fighting at its edge told in clauses
    // of their own ("شن الطيران الحربي ست غارات على بلدة المليحة، في حين
    // تدور اشتباكات عنيفة على أطراف البلدة").
    let own_clauses = |a: &Candidate, b: &Candidate| {
        let (first, second) = if a.cue.start < b.cue.start { (a, b) } else { (b, a) };
        a.event_type != b.event_type
            && a.owned
            && b.owned
            && !a.definite
            && !b.definite
            // (Not another source's telling: "في حين قالت سانا إن 6 مدنيين
            // قتلوا جراء «اعتداء إرهابي» على الحي".)
            && contrasted(doc, first.cue.end..second.cue.start)
    };
    // Shelling told going on with a clash, aimed at the clash's own
    // place ("اشتباكات … في حي جوبر، وسط قصف مدفعي عنيف على الحي"), is a
    // second event there; fire the sides traded ("ترافقت مع قصف متبادل")
    // is the clash's own.
    let alongside = |a: &Candidate, b: &Candidate| {
        let told_with = |x: &Candidate| {
            let norm = doc.norm();
            // (What goes on with it comes after مع: "وتزامن الاقتتال مع
            // خروج مظاهرات" tells the protests so, not the fighting.)
            let with = match words_before(norm, x.cue.start).next() {
                Some("وسط") => true,
                Some(w) if w.ends_with("مع") => doc
                    .hits_in(&(x.cue.start.saturating_sub(60)..x.cue.start))
                    .any(|h| h.is(List::Concurrent) && doc.words_between(h.range.end, x.cue.start) <= 4),
                _ => false,
            };
            x.owned
                && with
                && !norm[x.cue.end..]
                    .split_whitespace()
                    .take(3)
                    .any(|w| w.starts_with("متبادل"))
        };
        a.event_type != b.event_type && (told_with(a) || told_with(b))
    };
    // A place taken and taken back: "سيطروا على معبر القنيطرة، قبل أن …
    // تستعيد السيطرة عليه".
    let retaken = |a: &Candidate, b: &Candidate| {
        let taking = |x: &Candidate| {
            matches!(
                x.sub_event_type,
                "Non-state actor overtakes territory" | "Government regains territory"
            )
        };
        // (Not one told as taken before, "بعد أن كانت الفصائل قد سيطرت
        // عليها", "بعد أربعة أيام من طردها منها": background to the taking
        // back.)
        let before = |x: &Candidate| {
            let back: Vec<&str> = words_before(doc.norm(), x.cue.start)
                .take(6)
                .map(without_conjunction)
                .collect();
            back.iter().any(|w| matches!(*w, "كان" | "كانت" | "كانوا"))
                || back.iter().take(4).any(|w| matches!(*w, "بعد" | "عقب" | "اثر"))
        };
        // (Each its own verb: "استعادت القوات … السيطرة على" is one taking,
        // its noun the verb's object.)
        let verb = |x: &Candidate| doc.hits.iter().any(|h| h.range == x.cue && h.is_verb());
        taking(a)
            && taking(b)
            && verb(a)
            && verb(b)
            && a.actor1.is_some()
            && b.actor1.is_some()
            && a.actor1 != b.actor1
            && !before(a)
            && !before(b)
    };
    // And a protest and what it was held after ("خرج العشرات … في مظاهرة
    // …، بعد اختطاف طبيب من أبناء المدينة"): the cause is news of its own.
    let after_its_cause = |a: &Candidate, b: &Candidate| {
        a.event_type == "Protests"
            && b.event_type != "Protests"
            && a.cue.start < b.cue.start
            && words_before(doc.norm(), b.cue.start)
                .take(2)
                .any(|w| matches!(without_conjunction(w), "بعد" | "عقب" | "اثر"))
    };
    let mut out: Vec<Candidate> = Vec::new();
    for c in found {
        let apart = |o: &Candidate| {
            retaken(o, &c)
                || after_its_cause(o, &c)
                || before_its_arrests(o, &c)
                || before_its_arrests(&c, o)
                || before_its_aftermath(o, &c)
                || before_its_aftermath(&c, o)
                || riot_and_retreat(o, &c)
                || riot_and_retreat(&c, o)
                || own_clauses(o, &c)
                || alongside(o, &c)
        };
        match out.iter_mut().find(|o| key(o) == key(&c) && !apart(o)) {
            Some(o) => {
                if rank(&c) > rank(o) {
                    // (The sides the loser named stand: "هجوماً على مواقع
                    // «قسد» …، مستخدماً سيارتين مفخختين".)
                    let lost = std::mem::replace(o, c);
                    if o.actor2.is_none() && lost.actor1 == o.actor1 {
                        o.actor2 = lost.actor2;
                    }
                    // (And the agent of the verb whose instrument the
                    // winner is: "استهدف مقاتلون من الجيش الحر بعبوة ناسفة
                    // سيارة عسكرية، ما أدى لمقتل ثلاثة عناصر".)
                    let instrument = doc
                        // (From before the cue: its proclitics open the word.)
                        .hits_in(&(o.cue.start.saturating_sub(12)..o.cue.end))
                        .any(|h| h.range == o.cue && h.proclitics.particle == Some('ب'));
                    if instrument && o.assumed_agent && !lost.assumed_agent && lost.cue.end <= o.cue.start {
                        o.actor1 = lost.actor1;
                        o.assumed_agent = false;
                    }
                }
            }
            None => out.push(c),
        }
    }
    out
}
