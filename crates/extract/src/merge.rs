//! One event per sub-type, place, day and pair of sides (events.md §5):
//! the same event told twice in an article becomes one record.

use rasad_text::dates::{Date, Precision};
use rasad_text::CharOffsets;

use crate::doc::{after_quarter_word, words_before, Candidate, Doc, PlaceOcc};
use crate::lexicon::List;
use crate::record::{Event, Evidence, Location};
use crate::sentence::{descends, fled_to, is_party, is_state};
use rasad_pack::PlaceKind;

/// Where an event is, for comparing: the gazetteer id, else the name as
/// written, else nowhere.
fn place_key(doc: &Doc, c: &Candidate) -> Option<String> {
    let p = c.place.as_ref()?;
    Some(match doc.place_of(p) {
        Some(place) => place.id.clone(),
        // A quarter the gazetteer lacks, located by its town ("على أطراف
        // القصير استهدفت حي الجسر"), is that town for annotators.
        None => match p.located_by.map(|l| &doc.pack().places[l as usize]) {
            Some(town)
                if town.kind == PlaceKind::Community && after_quarter_word(doc.norm(), p.word_start) =>
            {
                town.id.clone()
            }
            _ => rasad_text::normalize_str(&p.written),
        },
    })
}

/// Unknown, the same, or one a faction of the other ("الفصائل" and "فصائل
/// من الجيش الحر" told of one capture).
fn compatible(doc: &Doc, a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => descends(doc, a, b) || descends(doc, b, a),
        _ => true,
    }
}

const FORCE_ON_PROTESTERS: &str = "Excessive force against protesters";

/// Fighting named back with no sides ("في وقت تتواصل فيه المعارك على محور
/// تل ملح"): it goes on from the day its own telling gives ("اندلعت أمس
/// الأربعاء اشتباكات عنيفة بين …"), a day either side of its sentence's.
fn going_on(doc: &Doc, x: &Candidate) -> bool {
    doc.norm()[x.cue.clone()].trim_start().starts_with("ال") && x.actor1.is_none() && x.actor2.is_none()
}

fn same_event(doc: &Doc, m: &Candidate, c: &Candidate, listed_protests: &[usize]) -> bool {
    // (A toll told on its own, "إن سبعة أشخاص على الأقل قتلوا في الحي",
    // has only the day it inherited: it joins the event at its place.)
    // (Nor a taking told again in a sentence that names no day: `زعمت
    // وكالة سانا أن وحدات من الجيش "أعادت الأمن والاستقرار إلى بلدة
    // الحاضر"` after "سيطرت … مساء أمس على بلدة الحاضر".)
    let undated = |x: &Candidate| {
        let r = &doc.sentences[x.sentence].range;
        // (Dates are in text order.)
        let from = doc.dates.partition_point(|d| d.range.start < r.start);
        // (Nor another outlet's telling: "في المقابل، قالت وكالة الأنباء
        // السورية إن «الجهات المختصة» اشتبكت مع «مجموعة إرهابية» قرب قلعة
        // المضيق" after the day's clash there.)
        (TAKINGS.contains(&x.sub_event_type)
            || (x.sub_event_type == "Armed clash"
                && !doc.reporters_in(&(r.start..x.cue.start)).is_empty()
                // (Fighting still going on is today's: "إن المعارك لا تزال
                // مستمرة … في محيط حردتنين".)
                && !doc.hits_in(r).any(|h| h.is(List::Still))))
            && doc.dates.get(from).is_none_or(|d| d.range.end > r.end)
    };
    // (A toll with a day of its own is its own killing: "وكانت امرأة سورية
    // قد قُتلت … داخل المخيم يوم السبت" after Sunday's.)
    let dated_here = |x: &Candidate| {
        let r = &doc.sentences[x.sentence].range;
        doc.dates
            .iter()
            .any(|d| d.range.start >= r.start && d.range.end <= r.end && d.precision == Precision::Day)
    };
    let dates_agree = match (m.date, c.date) {
        (Some((d1, p1)), Some((d2, p2))) => {
            d1 == d2
                || ((going_on(doc, m) || going_on(doc, c)) && (d1.add_days(1) == d2 || d2.add_days(1) == d1))
                || p1 != Precision::Day
                || p2 != Precision::Day
                || (m.toll_only && !dated_here(m))
                || (c.toll_only && !dated_here(c))
                || undated(m)
                || undated(c)
        }
        _ => true,
    };
    // A generic event (a toll told alone, "the explosion") joins whoever the
    // specific one says did it.
    // An assumed agent (the default air force) agrees with any named one:
    // "غارات روسية على كفرنبل … وأسفرت الغارات على كفرنبل عن مقتل".
    let agents = compatible(doc, &m.actor1, &c.actor1) || m.assumed_agent || c.assumed_agent;
    let targets = compatible(doc, &m.actor2, &c.actor2) || m.assumed_target || c.assumed_target;
    let sides = m.generic
        || c.generic
        || (agents && targets)
        || ((m.symmetric || c.symmetric)
            && compatible(doc, &m.actor1, &c.actor2)
            && compatible(doc, &m.actor2, &c.actor1));
    // A generic cue's event (هجوم، انفجار) is a detail of a specific one
    // at the same place: the suicide bombing told later as "the explosion".
    // (Not a killing into an arrest: no one dies of "strategic
    // developments".)
    let violent = m.event_type != "Strategic developments" && c.event_type != "Strategic developments";
    let types_agree = m.sub_event_type == c.sub_event_type
        || ((m.generic || c.generic)
            && (m.event_type == c.event_type
                || (violent && (m.sub_event_type == "Attack" || c.sub_event_type == "Attack"))));
    // "سيطر المقاتلون على أرزة بعد معارك عنيفة … واوضح ان المعارك في ارزة
    // وحدها اسفرت عن مقتل 17": the fighting told back is the taking's.
    // ("قُتل 11 مقاتلاً … في معارك رنكوس": the battles of the town.)
    let fight_told_back = m.sentence < c.sentence
        && TAKINGS.contains(&m.sub_event_type)
        && c.sub_event_type == "Armed clash"
        // (Not dead a side claims it took: "أوقعت عشرات القتلى في صفوف
        // الإرهابيين في محيط فريكة".)
        && !c.toll_only
        && (doc.norm()[c.cue.clone()].trim_start().starts_with("ال")
            || c.place.as_ref().is_some_and(|p| {
                p.word_start >= c.cue.end && doc.words_between(c.cue.end, p.word_start) == 0
            }));
    // "خرجت مظاهرات في مدن الباب وجرابلس … وفي الباب، أطلق عناصر من
    // الشرطة الرصاص في الهواء لتفريق متظاهرين": a protest of a list, told
    // again broken up, is one protest (another in the town, "نظم موالون
    // مسيرة في السويداء", is another).
    let listed_peaceful =
        |x: &Candidate| x.sub_event_type == "Peaceful protest" && listed_protests.contains(&x.sentence);
    let protest_broken_up = m.event_type == "Protests"
        && c.event_type == "Protests"
        && (listed_peaceful(m) || listed_peaceful(c));
    // (A taking told back with no taker, "وبسيطرتها على كفرنبل، تكون
    // قوات النظام قد …", is the taking its taker decided the sub-type of.)
    let taking_told_back = TAKINGS.contains(&m.sub_event_type)
        && TAKINGS.contains(&c.sub_event_type)
        && (m.actor1.is_none() || c.actor1.is_none());
    let types_agree = types_agree || fight_told_back || protest_broken_up || taking_told_back;
    // (Fired on, "مظاهرات حاشدة في مدينتي جاسم وطفس … أطلقت قوات الأمن
    // الرصاص الحي على المتظاهرين في طفس", its sides are the force's.)
    let sides = sides
        || taking_told_back
        || (protest_broken_up
            && (m.sub_event_type == FORCE_ON_PROTESTERS || c.sub_event_type == FORCE_ON_PROTESTERS));
    // (A killing does not join a grenade "that took no life".)
    let deaths_agree = |a: &Candidate, b: &Candidate| {
        a.sub_event_type == b.sub_event_type || !(a.fatalities.is_some_and(|f| f > 0) && b.no_deaths)
    };
    // (An outlet's toll of "التفجير" placed by the area that located the
    // bombing: "قرب قرية أم شرشوح في ريف حمص الشمالي … قال المرصد إن
    // التفجير أسفر عن مقتل ثمانية".)
    let by_its_area = |x: &Candidate, y: &Candidate| {
        x.definite
            && x.event_type == y.event_type
            && x.place.as_ref().is_some_and(|p| p.area && p.place.is_some())
            && y.place.as_ref().and_then(|q| q.located_by) == x.place.as_ref().and_then(|p| p.place)
    };
    // (Two quarters it lacks, each named, are two places for events of two
    // sorts, though both stand for their town: "تفجير عند أطراف حي
    // الرومانية" and "غارات استهدفت حي البدو". One fight told by each side
    // may name different quarters.)
    let quarter = |x: &Candidate| {
        x.place
            .as_ref()
            .filter(|p| p.place.is_none() && after_quarter_word(doc.norm(), p.word_start))
            .map(|p| rasad_text::normalize_str(&p.written))
    };
    // (Nor strikes on two quarters: "غارات … على مواقع المرتزقة في حي
    // الأندلس … إن غارات للتحالف استهدفت أيضاً حي الرشيد".)
    let quarters_apart = (m.sub_event_type != c.sub_event_type || m.event_type != "Battles")
        && matches!((quarter(m), quarter(c)), (Some(a), Some(b)) if a != b);
    types_agree
        && !quarters_apart
        && (place_key(doc, m) == place_key(doc, c) || by_its_area(m, c) || by_its_area(c, m))
        && dates_agree
        && sides
        && deaths_agree(m, c)
        && deaths_agree(c, m)
}

/// Folds `c` into `m`: missing sides and dates filled, the lowest figure
/// kept (events.md: the lowest the text supports), reporters joined, the
/// body's sentence preferred to a headline's.
fn absorb(doc: &Doc, m: &mut Candidate, mut c: Candidate) {
    // The loser's telling of a taking, its sides turned round ("أوقعت
    // وحدات من الجيش عشرات القتلى في صفوف الإرهابيين في محيط فريكة"
    // beside the rebels' taking of فريكة), is the same event; its sides
    // are its own.
    if c.generic && TAKINGS.contains(&m.sub_event_type) && c.actor1.is_some() && c.actor1 == m.actor2 {
        c.actor1 = None;
        c.actor2 = None;
    }
    // (Fighting named back takes the day of the telling with its sides.)
    let told_on = going_on(doc, m) && !going_on(doc, &c);
    // The faction named in one telling beats the generic side of another.
    let finer = |mine: &Option<String>, theirs: &Option<String>| match (mine, theirs) {
        (Some(a), Some(b)) => a != b && descends(doc, b, a),
        _ => false,
    };
    // (A headline's assumed sides give way to the body's: "براميل متفجرة
    // على تلبيسة.. والمعارضة تقصف" has no target the body's "مقتل سبعة
    // مدنيين" does not better.)
    let body_after_headline = m.headline && !c.headline;
    let headline_figure = body_after_headline && c.fatalities.is_some();
    // (A protest told peaceful, then broken up, was broken up; fired on,
    // it is the force's event.)
    if m.sub_event_type == "Peaceful protest" && c.sub_event_type == FORCE_ON_PROTESTERS {
        m.sub_event_type = c.sub_event_type;
        m.actor1 = c.actor1.clone();
        m.actor2 = c.actor2.clone();
        m.sentence = c.sentence;
        m.cue = c.cue.clone();
    } else if m.sub_event_type == "Peaceful protest" && c.event_type == "Protests" {
        m.sub_event_type = c.sub_event_type;
    }
    if m.sub_event_type == FORCE_ON_PROTESTERS && c.sub_event_type == "Peaceful protest" {
        c.actor1 = None;
        c.actor2 = None;
    }
    if m.generic && !c.generic {
        m.event_type = c.event_type;
        m.sub_event_type = c.sub_event_type;
        m.generic = false;
    }
    // A headline squeezes several events into one line ("اغتيال صيدلاني
    // في سرمدا وعبوة ناسفة تستهدف قياديًا في إدلب"): where the body tells
    // the event as another kind, the body is right.
    if m.headline && !c.headline && (!c.generic || c.event_type != m.event_type) {
        m.event_type = c.event_type;
        m.sub_event_type = c.sub_event_type;
        m.generic = c.generic;
    }
    // (The body's telling of the place too: "غارات روسية على ريف جسر
    // الشغور" is, in the body, "على محيط مدينة جسر الشغور", a town.)
    if m.headline && !c.headline {
        m.sentence = c.sentence;
        m.cue = c.cue.clone();
        m.headline = false;
        if c.place.is_some() {
            m.place.clone_from(&c.place);
        }
    }
    if m.actor1.is_none()
        || (m.assumed_agent && !c.assumed_agent && c.actor1.is_some())
        || (body_after_headline && c.actor1.is_some())
        || finer(&m.actor1, &c.actor1)
    {
        m.actor1 = c.actor1;
        m.assumed_agent = c.assumed_agent;
    }
    // (Not the side that acts: a protest's force, "protesters → hts",
    // folded into "hts → civilians", is not its own target.)
    let acting = c.actor2.is_some() && c.actor2 == m.actor1;
    if m.actor2.is_none()
        || (m.assumed_target && !c.assumed_target && c.actor2.is_some() && !acting)
        || (body_after_headline && c.actor2.is_some() && !acting)
        || finer(&m.actor2, &c.actor2)
    {
        m.actor2 = c.actor2;
        m.assumed_target = c.assumed_target;
    }
    let lowest = |a: Option<u32>, b: Option<u32>| match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    // A toll told without a place after the event ("بين القتلى أربعة
    // أطفال") is a part of its figure, not a rival one: it only fills a
    // figure the event lacks.
    if c.generic && c.place.is_none() {
        m.fatalities = m.fatalities.or(c.fatalities);
        m.injuries = m.injuries.or(c.injuries);
    } else if headline_figure {
        // (A headline counts a part: "مقتل خمسة عناصر لقوات النظام" over
        // the body's five soldiers and two fighters.)
        m.fatalities = c.fatalities.or(m.fatalities);
        m.injuries = c.injuries.or(m.injuries);
    } else {
        m.fatalities = lowest(m.fatalities, c.fatalities);
        m.injuries = lowest(m.injuries, c.injuries);
    }
    m.no_deaths |= c.no_deaths;
    let finer = |d: Option<(Date, Precision)>| d.map_or(9, |(_, p)| p.code());
    if finer(c.date) < finer(m.date) || (told_on && c.date.is_some()) {
        m.date = c.date;
    }
    for (ours, theirs) in [
        (&mut m.reporters, c.reporters),
        (&mut m.assoc1, c.assoc1),
        (&mut m.assoc2, c.assoc2),
    ] {
        for r in theirs {
            if !ours.contains(&r) {
                ours.push(r);
            }
        }
    }
    m.priority = m.priority.max(c.priority);
}

/// `tolls`: the dead that sentences without an event of their own count
/// in fighting told before (`sentence::battle_toll`).
pub(crate) fn merge(
    doc: &Doc,
    mut candidates: Vec<Candidate>,
    mut tolls: Vec<(usize, u32)>,
) -> Vec<Candidate> {
    // A toll in the thousands with nowhere to pin it counts a war, not an
    // event: "الصراع الذي تقول الأمم المتحدة إنه أودى بحياة نحو 70 ألف
    // شخص".
    candidates.retain(|c| c.place.is_some() || c.fatalities.is_none_or(|f| f < 1000));
    fold_manners(doc, &mut candidates);
    // A definite cue ("في محاور القتال", "تعيق القصف") in a paragraph that
    // reports an event of its type otherwise refers to that event.
    let para = |c: &Candidate| doc.sentences[c.sentence].para;
    let told: Vec<(usize, &'static str)> = candidates
        .iter()
        .filter(|c| !c.definite)
        .map(|c| (para(c), c.event_type))
        .collect();
    // So is a definite battle with a toll and no place of its own sentence
    // after a battle told in its paragraph or the two before: "سيطر الثوار
    // على قرية بيت الشكوحي … وقال المرصد إن خمسة عناصر قتلوا خلال الهجوم".
    let battles: Vec<(usize, usize)> = candidates
        .iter()
        .filter(|c| !c.definite && c.event_type == "Battles")
        .map(|c| (c.sentence, para(c)))
        .collect();
    let toll_of_told_battle = |c: &Candidate| {
        let r = &doc.sentences[c.sentence].range;
        c.definite
            && c.event_type == "Battles"
            && c.fatalities.is_some_and(|f| f > 0)
            && c.place
                .as_ref()
                .is_none_or(|p| !r.contains(&p.word_start) || fled_to(doc, p))
            && battles.iter().any(|&(s, p)| s < c.sentence && p + 2 >= para(c))
    };
    // (Not one its own sentence places where no event of the paragraph is:
    // "وفي مدينة نوى خرج آلاف المتظاهرين …. كما خرجت مظاهرة حاشدة في بلدة
    // طفس".)
    let keys: Vec<(usize, &'static str, Option<String>)> = candidates
        .iter()
        .filter(|c| !c.definite)
        .map(|c| (para(c), c.event_type, place_key(doc, c)))
        .collect();
    let placed_apart = |c: &Candidate| {
        let r = &doc.sentences[c.sentence].range;
        let key = place_key(doc, c);
        c.place.as_ref().is_some_and(|p| {
            !p.area
                && r.contains(&p.word_start)
                && p.word_start < c.cue.start
                && !doc.norm()[p.range.end..c.cue.start].contains(['،', ','])
                && {
                    // (Or the town that saw it: "وشهدت مدينة كفرنبل … واحدة
                    // من أكبر المظاهرات، كما خرجت مظاهرات في مدينتي سراقب
                    // ومعرة النعمان".)
                    let head = doc.norm()[r.start..p.word_start].trim();
                    let head = head.strip_prefix('و').unwrap_or(head);
                    // (Past the كما that adds it: "كما تعرض حي طريق الباب
                    // لقصف بالبراميل المتفجرة".)
                    let head = head.strip_prefix("كما").map_or(head, str::trim_start);
                    // (Or the one that came under it: "وتعرضت مدينة جاسم لقصف
                    // بالبراميل المتفجرة".)
                    let head = head
                        .strip_prefix("في")
                        .or_else(|| head.strip_prefix("شهدت"))
                        .or_else(|| head.strip_prefix("تعرضت"))
                        .or_else(|| head.strip_prefix("تعرض"));
                    head.is_some_and(|h| matches!(h.trim(), "" | "مدينه" | "بلده" | "حي"))
                }
        }) && key.is_some()
            && !keys
                .iter()
                .any(|(p, t, k)| *p == para(c) && *t == c.event_type && *k == key)
    };
    let (kept, named_again): (Vec<Candidate>, Vec<Candidate>) = candidates.into_iter().partition(|c| {
        (!c.definite || !told.contains(&(para(c), c.event_type)) || placed_apart(c))
            && !toll_of_told_battle(c)
    });
    candidates = kept;
    tolls.extend(
        named_again
            .iter()
            .filter(|c| c.event_type == "Battles")
            .filter_map(|c| Some((c.sentence, c.fatalities.filter(|&f| f > 0)?))),
    );
    // The toll of the fighting goes to the last battle told before it, in
    // its paragraph or the two before, that has none: "سيطر جيش الفتح على
    // مدينة أريحا … وأضاف المراسل أن المعارك أسفرت عن مقتل 30".
    for (s, n) in tolls {
        let here = doc.sentences[s].para;
        if let Some(c) = candidates
            .iter_mut()
            .rev()
            .find(|c| c.sentence <= s && !c.headline && c.event_type == "Battles" && para(c) + 2 >= here)
        {
            if c.fatalities.is_none() {
                c.fatalities = Some(n);
            }
        }
    }
    // "وذكرت وكالة أعماق أن استشهادياً نفذ الهجوم": a definite generic cue
    // (الهجوم، التفجير) with no place of its own, after the article told an
    // event, is that event named again, whatever its type was settled to
    // (one that brings a figure is left to merge into its event).
    let first_told = candidates
        .iter()
        .filter(|c| !c.definite)
        .map(|c| c.sentence)
        .min();
    candidates.retain(|c| {
        let named_again = c.definite && c.generic && first_told.is_some_and(|s| s < c.sentence);
        !named_again || c.fatalities.is_some() || c.injuries.is_some()
    });
    // "قصفت قوات النظام الرستن … كما تعرض حي الوعر لقصف": more of the same
    // strikes, told without their agent in the next paragraphs, are by the
    // agent named for the last of them.
    // Likewise towns taken: "تمكنت قوات الأسد من السيطرة على الخفسة بعد
    // أن أكملت السيطرة على قرى …" — who took them decides the sub-type.
    let territorial = |c: &Candidate| TAKINGS.contains(&c.sub_event_type);
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let strike = c.event_type == "Explosions/Remote violence";
        if c.actor1.is_some() || !(strike || territorial(c)) {
            continue;
        }
        // Strikes reach two paragraphs back, captures their own or the one
        // before.
        let reach = if strike { 2 } else { 1 };
        let named = candidates[..i]
            .iter()
            .rev()
            .take_while(|m| para(m) + reach >= para(c))
            .find(|m| {
                let alike = if strike {
                    m.sub_event_type == c.sub_event_type
                } else {
                    territorial(m)
                };
                alike && m.actor1.is_some() && !m.assumed_agent
            })
            .map(|m| (m.actor1.clone(), m.actor2.clone(), m.sub_event_type));
        if let Some((a, target, sub_event_type)) = named {
            let c = &mut candidates[i];
            c.actor1 = a;
            c.assumed_agent = true;
            c.sub_event_type = sub_event_type;
            // ("كما طال القصف بلدتي سفوهن والفطيرة": the same guns on the
            // same side.)
            if c.actor2.is_none() {
                c.actor2 = target;
                c.assumed_target = true;
            }
        }
    }
    // "ولا تزال الاشتباكات مستمرة في محيط المطار": fighting told without
    // sides, after a battle whose sides were named, is between them.
    // ("وحررت قرية الأسدية بعد اشتباكات قصيرة": so is a town taken right
    // after it, and who took it decides the sub-type.)
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let taken = territorial(c);
        if !(taken || c.sub_event_type == "Armed clash") || c.actor1.is_some() || c.actor2.is_some() {
            continue;
        }
        let reach = if taken { 1 } else { usize::MAX };
        let sides = candidates[..i]
            .iter()
            .rev()
            .take_while(|m| para(m).saturating_add(reach) >= para(c))
            .find(|m| m.event_type == "Battles" && m.actor1.is_some() && m.actor2.is_some())
            .map(|m| (m.actor1.clone(), m.actor2.clone(), m.symmetric));
        if let Some((a1, a2, symmetric)) = sides {
            let c = &mut candidates[i];
            if taken {
                let state = |a: &Option<String>| a.as_deref().is_some_and(|a| is_state(doc, a));
                c.sub_event_type = if state(&a1) && !state(&a2) {
                    "Government regains territory"
                } else {
                    "Non-state actor overtakes territory"
                };
            } else {
                c.symmetric = symmetric;
            }
            (c.actor1, c.actor2) = (a1, a2);
            c.assumed_agent = true;
            c.assumed_target = true;
        }
    }
    // "بتفجير سيارة مفخخة يقودها انتحاري عند البوابة الرئيسية للسجن": a
    // suicide attack whose target the sentence leaves out hits the side
    // its attacker fights elsewhere in the article.
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Some(a1) = c.actor1.as_deref() else { continue };
        if c.sub_event_type != "Suicide bomb" || c.actor2.is_some() || !is_party(a1) {
            continue;
        }
        let (before, after) = (candidates[..i].iter().rev(), candidates[i + 1..].iter());
        let foe = before.chain(after).find_map(|m| {
            let (m1, m2) = (m.actor1.as_deref()?, m.actor2.as_deref()?);
            let foe = if m1 == a1 {
                m2
            } else if m2 == a1 {
                m1
            } else {
                return None;
            };
            is_party(foe).then(|| foe.to_string())
        });
        if foe.is_some() {
            let c = &mut candidates[i];
            c.actor2 = foe;
            c.assumed_target = true;
        }
    }
    // "وتوصلت قوات النظام وفصائل المعارضة إلى اتفاق تسوية": the side
    // joined to the first is the other party to the deal.
    for c in candidates
        .iter_mut()
        .filter(|c| c.sub_event_type == "Agreement" && c.actor2.is_none())
    {
        let r = &doc.sentences[c.sentence].range;
        let here: Vec<_> = doc
            .actors
            .iter()
            .filter(|a| a.word_start >= r.start && a.range.end <= r.end)
            .collect();
        let Some(first) = here.iter().position(|a| Some(&a.id) == c.actor1.as_ref()) else {
            continue;
        };
        let joined = here.get(first + 1).filter(|b| {
            b.id != here[first].id && doc.norm()[here[first].range.end..b.range.start].trim() == "و"
        });
        if let Some(b) = joined {
            c.actor2 = Some(b.id.clone());
            c.symmetric = true;
        }
    }
    // "كما طالت غارات مماثلة بلدات مارع وأعزاز": strikes like the last
    // ones told hit the same side.
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let alike = doc.norm()[c.cue.end..]
            .split_whitespace()
            .take(2)
            .any(|w| w.starts_with("مماثل"));
        if !alike || !c.assumed_target || c.event_type != "Explosions/Remote violence" {
            continue;
        }
        let told = candidates[..i]
            .iter()
            .rev()
            .take_while(|m| para(m) + 2 >= para(c))
            .find(|m| m.sub_event_type == c.sub_event_type && m.actor2.is_some())
            .map(|m| (m.actor1.clone(), m.actor2.clone()));
        if let Some((a1, a2)) = told {
            let c = &mut candidates[i];
            if c.assumed_agent || c.actor1.is_none() {
                c.actor1 = a1;
            }
            c.actor2 = a2;
        }
    }
    let peaceful: Vec<usize> = candidates
        .iter()
        .filter(|c| c.sub_event_type == "Peaceful protest")
        .map(|c| c.sentence)
        .collect();
    let listed_protests: Vec<usize> = peaceful
        .iter()
        .copied()
        .filter(|s| peaceful.iter().filter(|t| *t == s).count() >= 2)
        .collect();
    let mut merged: Vec<Candidate> = Vec::new();
    for c in candidates {
        // A toll told without a place ("وبين القتلى أربعة أطفال", "وقال
        // الدفاع المدني إن 12 شخصا قتلوا") right after an event, in its
        // paragraph or the next, is a detail of it.
        let detail_of_last = c.generic
            && c.place.is_none()
            && merged.last().is_some_and(|m| {
                (!m.generic || m.place.is_some()) && para(m) <= para(&c) && para(&c) <= para(m) + 1
            });
        if detail_of_last {
            absorb(doc, merged.last_mut().expect("checked"), c);
            continue;
        }
        match merged
            .iter_mut()
            .find(|m| same_event(doc, m, &c, &listed_protests))
        {
            Some(m) => absorb(doc, m, c),
            None => merged.push(c),
        }
    }
    // A headline's event the body never reports is not kept.
    merged.retain(|m| !m.headline);
    // Nor, beside events placed, one no place was found for (dead told
    // "من موقع الانفجار" with nothing to fold into): a fragment of one of
    // them. (Alone, it is what a text abroad reports: "انفجرت سيارة مفخخة
    // بالقرب من مقر حاكم كابل".)
    if merged.iter().any(|m| m.place.is_some()) {
        merged.retain(|m| m.place.is_some());
    }
    // A withdrawal from a place the article tells taken in battle the same
    // day is that battle's end ("أقر الجيش الحر بانسحاب مقاتليه من
    // المدينة"), not a transfer without a fight.
    let taken: Vec<(Option<String>, Option<Date>)> = merged
        .iter()
        .filter(|m| m.event_type == "Battles" && m.sub_event_type != "Armed clash")
        .map(|m| (place_key(doc, m), m.date.map(|(d, _)| d)))
        .collect();
    // (Not a town entered under a deal: "دخلت قوات الأسد … بلدتي الكرك
    // الشرقي والغارية الشرقية، بموجب اتفاق تسوية … من دون معارك".)
    // (A withdrawal or a handover under a deal, "انسحبوا من المدينة بموجب
    // اتفاق، وسلموا السد", still ends the battle told.)
    let withdrawal = |m: &Candidate| {
        let told = &doc.norm()[doc.sentences[m.sentence].range.clone()];
        !(doc.norm()[m.cue.clone()].contains("دخل")
            && ["دون معارك", "دون قتال", "بموجب اتفاق"]
                .iter()
                .any(|w| told.contains(w)))
    };
    merged.retain(|m| {
        m.sub_event_type != "Non-violent transfer of territory"
            || !withdrawal(m)
            || !taken.iter().any(|(place, day)| {
                // (A day apart too: the withdrawal told "أمس" beside a
                // capture dated by the article's day.)
                let near = |d: Date| {
                    m.date
                        .is_some_and(|(e, _)| d.add_days(-1) <= e && e <= d.add_days(1))
                };
                place.is_some() && *place == place_key(doc, m) && day.is_none_or(near)
            })
    });
    // Nor is a pull-back from a spot no place names, told with the
    // fighting: "بأن الاشتباكات استمرت حتى ساعات الليل، وأن المقاتلين
    // انسحبوا من محيط الحاجز".
    let fought_here = |m: &Candidate| {
        doc.hits_in(&doc.sentences[m.sentence].range).any(|h| {
            h.event()
                .is_some_and(|e| doc.ex.lexicon.events[e].sub_event_type == "Armed clash")
        })
    };
    // (Nor raiders going back, from wherever: "أن المهاجمين انسحبوا بعد
    // تفجير نقطة تحصين".)
    let raiders = |m: &Candidate| {
        words_before(doc.norm(), m.cue.start)
            .next()
            .is_some_and(|w| matches!(w, "المهاجمين" | "المهاجمون" | "المهاجمه"))
    };
    merged.retain(|m| {
        m.sub_event_type != "Non-violent transfer of territory"
            || !(raiders(m) || (!m.owned && doc.norm()[m.cue.clone()].contains("انسحب") && fought_here(m)))
    });
    // A protest met with force is one event: "شهدت الأربعين مظاهرات …
    // أطلقت قوات الأمن الرصاص لتفريق المتظاهرين في حي الأربعين" is the
    // force at that protest, not a peaceful one beside it.
    let force = |m: &Candidate| match m.sub_event_type {
        "Peaceful protest" => Some(0),
        "Protest with intervention" => Some(1),
        "Excessive force against protesters" => Some(2),
        _ => None,
    };
    // (In one sentence: a rally of the other camp told apart is its own.)
    let protests: Vec<(usize, Option<String>, u8)> = merged
        .iter()
        .filter_map(|m| Some((m.sentence, place_key(doc, m), force(m)?)))
        .collect();
    merged.retain(|m| {
        let Some(own) = force(m) else { return true };
        let place = place_key(doc, m);
        !protests
            .iter()
            .any(|(s, p, f)| *f > own && *s == m.sentence && p.is_some() && *p == place)
    });
    // A summary over a whole area ("غارات على ريف حماة", "قصف قرى ريف
    // منبج") is told in detail elsewhere when an event of the same sub-type
    // sits at a precise place of that governorate.
    // (The villages of a town, too: "قصف مدفعي يطال قرى منبج".)
    let countryside = |p: &PlaceOcc| match words_before(doc.norm(), p.word_start).next() {
        // (Its mountains too: "أعلى قمة في جبال اللاذقية".)
        Some("ريف" | "بريف" | "وريف" | "وبريف" | "جبال" | "بجبال" | "وجبال") => {
            true
        }
        Some("قري" | "وقري") => doc.place_of(p).is_some_and(|place| place.rank >= 3),
        _ => false,
    };
    let precise: Vec<(String, &'static str, &'static str, Option<Date>)> = merged
        .iter()
        .filter_map(|m| {
            let p = m.place.as_ref()?;
            let place = doc.place_of(p)?;
            (!place.kind.is_area() && !countryside(p))
                .then(|| (place.admin1.clone(), m.sub_event_type, m.event_type, day(m)))
        })
        .collect();
    // (A generic one, "العدو الإسرائيلي استهدف سيارة مدنية في ريف
    // القنيطرة", by any violent event of that day there.)
    let told_in_detail = |m: &Candidate, st: &str, et: &str, d: Option<Date>| {
        st == m.sub_event_type
            || (m.generic
                && m.sub_event_type == "Attack"
                && et != "Strategic developments"
                && et != "Protests"
                && d == day(m))
    };
    merged.retain(|m| {
        let Some(p) = &m.place else { return true };
        // (A sub-district taken is no summary: "سيطرت الهيئة يوم الثلاثاء على
        // ناحية جنديرس" beside Afrin entered the next day.)
        // (But "قصفهم لقرى ناحية تل تمر" is.)
        let of_villages = || {
            words_before(doc.norm(), p.word_start).take(2).any(|w| {
                matches!(
                    w,
                    "قري" | "لقري" | "وقري" | "بقري" | "بلدات" | "لبلدات" | "وبلدات"
                )
            })
        };
        let vague = doc.place_of(p).is_none_or(|place| {
            place.kind.is_area() && (place.kind != PlaceKind::Subdistrict || of_villages())
        }) || countryside(p);
        let admin1 = doc
            .place_of(p)
            .map(|pl| pl.admin1.clone())
            .or_else(|| p.admin1.clone());
        !(vague
            && doc.place_of(p).is_some()
            && admin1.is_some_and(|a| {
                precise
                    .iter()
                    .any(|(pa, st, et, d)| *pa == a && told_in_detail(m, st, et, *d))
            }))
    });
    drop_recounts(doc, &mut merged);
    give_takings_their_fights_dead(doc, &mut merged);
    yield_cities_to_their_quarters(doc, &mut merged);
    merged
}

fn day(m: &Candidate) -> Option<Date> {
    m.date.map(|(d, _)| d)
}

/// "اغتال مسلحون عنصراً …، بإطلاق النار عليه … في بلدة اليادودة": the
/// manner (ب and a cue of the same sub-type) that names a place is the
/// act told before it in the sentence with none of its own, and where
/// it was is where the act was.
fn fold_manners(doc: &Doc, candidates: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < candidates.len() {
        let c = &candidates[i];
        let manner = c.owned
            && doc
                // (From before the cue: its proclitics open the word.)
                .hits_in(&(c.cue.start.saturating_sub(12)..c.cue.end))
                .any(|h| h.range == c.cue && h.proclitics.particle == Some('ب'));
        let act = manner
            .then(|| {
                candidates.iter().position(|m| {
                    m.sentence == c.sentence
                        && m.sub_event_type == c.sub_event_type
                        && m.cue.end <= c.cue.start
                        && !m.owned
                })
            })
            .flatten();
        match act {
            Some(a) => {
                let c = candidates.remove(i);
                let m = &mut candidates[if a < i { a } else { a - 1 }];
                m.place = c.place;
                m.owned = true;
                m.fatalities = m.fatalities.or(c.fatalities);
            }
            None => i += 1,
        }
    }
}

/// A bare figure with no place of its own, in a paragraph whose event
/// already has its dead, is another count of them ("أما المرصد فتحدث
/// عن مقتل «ما لا يقل عن 30» من عناصر داعش"), not a new event.
fn drop_recounts(doc: &Doc, merged: &mut Vec<Candidate>) {
    let para = |c: &Candidate| doc.sentences[c.sentence].para;
    let counted: Vec<usize> = merged
        .iter()
        .filter(|c| !c.toll_only && c.fatalities.is_some_and(|f| f > 0))
        .map(&para)
        .collect();
    merged.retain(|c| {
        let sentence = &doc.sentences[c.sentence].range;
        let placed_here = c.place.as_ref().is_some_and(|p| sentence.contains(&p.word_start));
        !(c.toll_only && !placed_here && counted.contains(&para(c)))
    });
}

/// A place taken after a fight there that day counts the fight's dead:
/// "حررت قسد قرية الشعفة … بعد معارك ضارية قُتل خلالها 17 مرتزقاً".
fn give_takings_their_fights_dead(doc: &Doc, merged: &mut [Candidate]) {
    let fights: Vec<(Option<String>, Option<Date>, u32)> = merged
        .iter()
        .filter(|m| m.sub_event_type == "Armed clash")
        .filter_map(|m| Some((place_key(doc, m), day(m), m.fatalities.filter(|&f| f > 0)?)))
        .collect();
    for m in merged
        .iter_mut()
        .filter(|m| m.fatalities.is_none() && TAKINGS.contains(&m.sub_event_type))
    {
        let key = place_key(doc, m);
        if let Some((_, _, n)) = fights
            .iter()
            .find(|(p, d, _)| key.is_some() && *p == key && *d == day(m))
        {
            m.fatalities = Some(*n);
        }
    }
}

/// A city is where one of its quarters is, told in the same paragraph on
/// the same day: "سقطت صواريخ على مدينة اللاذقية، … مقتل ثلاثة مدنيين في
/// حي الرمل الشمالي" is one event, in the quarter.
fn yield_cities_to_their_quarters(doc: &Doc, merged: &mut Vec<Candidate>) {
    let para = |c: &Candidate| doc.sentences[c.sentence].para;
    let quarters: Vec<(usize, &'static str, &rasad_pack::Place, Option<Date>)> = merged
        .iter()
        .filter_map(|m| {
            let place = doc.place_of(m.place.as_ref()?)?;
            (place.kind == PlaceKind::Neighbourhood).then_some((para(m), m.sub_event_type, place, day(m)))
        })
        .collect();
    merged.retain(|m| {
        let Some(city) = m.place.as_ref().and_then(|p| doc.place_of(p)) else {
            return true;
        };
        // (A city with quarters: a district centre or above.)
        !(city.kind != PlaceKind::Neighbourhood
            && !city.kind.is_area()
            && city.rank >= 3
            && quarters.iter().any(|(pa, st, q, d)| {
                (*pa == para(m) || its_quarters(doc, m))
                    && *d == day(m)
                    && *st == m.sub_event_type
                    && q.admin1 == city.admin1
                    && city.distance_km(q.lat, q.lon) < 6.0
            }))
    });
}

/// A city named by its quarters ("في عدد من أحياء مدينة حلب"): a lead
/// that the quarters told anywhere after it detail.
/// (Any time its sentence names it so: "قال مراسل … في حلب إن 14 مدنياً
/// قتلوا بغارات استهدفت أحياء حلب الشرقية".)
fn its_quarters(doc: &Doc, m: &Candidate) -> bool {
    let Some(place) = m.place.as_ref().and_then(|p| p.place) else {
        return false;
    };
    let r = &doc.sentences[m.sentence].range;
    doc.places
        .iter()
        .filter(|p| p.place == Some(place) && r.contains(&p.word_start))
        .any(|p| {
            words_before(doc.norm(), p.word_start)
                .take(2)
                .any(|w| matches!(w, "احياء" | "باحياء"))
        })
}

/// The territorial sub-types: who took a place decides which.
const TAKINGS: [&str; 2] = [
    "Non-state actor overtakes territory",
    "Government regains territory",
];

/// The records, in text order.
pub(crate) fn records(doc: &Doc, doc_id: &str, merged: Vec<Candidate>) -> Vec<Event> {
    let original = doc.a.norm.original();
    let chars = CharOffsets::new(original);
    // Who acted in each event, by paragraph: an unnamed gun is not the
    // side it hit.
    let told: Vec<(usize, Option<String>)> = merged
        .iter()
        .map(|m| (doc.sentences[m.sentence].para, m.actor1.clone()))
        .collect();
    merged
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let sentence = doc.sentences[m.sentence].range.clone();
            let orig = doc.a.norm.original_range(sentence.clone());
            let span = chars.char_range(orig.clone());
            let location = location(doc, &m);
            let fell = || {
                doc.norm()[sentence.clone()]
                    .split_whitespace()
                    .any(|w| w.trim_start_matches('و').starts_with("سقط") || w.ends_with("سقوط"))
            };
            let mut confidence: f64 = 0.45;
            confidence += match location.geo_precision {
                1 if location.lat.is_some() => 0.2,
                2 => 0.1,
                _ => 0.0,
            };
            confidence += if m.actor1.is_some() { 0.1 } else { 0.0 };
            confidence += if m.actor2.is_some() { 0.05 } else { 0.0 };
            confidence += if m.reporters.is_empty() { 0.0 } else { 0.1 };
            confidence += if m.date.is_some_and(|(_, p)| p == Precision::Day) {
                0.05
            } else {
                0.0
            };
            let assoc_actor1 = associated(doc, &m.actor1, m.assoc1, [&m.actor1, &m.actor2]);
            let assoc_actor2 = associated(doc, &m.actor2, m.assoc2, [&m.actor1, &m.actor2]);
            let (actor1, actor2) = match (m.actor1, m.event_type, m.sub_event_type) {
                // Violence against civilians by no one the text names is by
                // an unidentified armed group (events.md §3): "عثر الأهالي
                // على جثة شاب مقتولاً بطلق ناري".
                (None, "Violence against civilians", _) => (Some("unidentified".to_string()), m.actor2),
                // Shells falling on the capital's districts are the
                // opposition's, from the Ghouta and Jobar ("قذائف مورتر سقطت
                // على أحياء العباسيين والقصاع وباب توما"); fired on them
                // ("الدبابات قصفت حي التضامن"), the army's.
                (None, _, "Shelling/artillery/missile attack")
                    if location.admin1.as_deref() == Some("Damascus") && fell() =>
                {
                    (
                        Some("opposition".to_string()),
                        m.actor2.or_else(|| Some("civilians".to_string())),
                    )
                }
                // Shells on the army's posts ("طال القصف المدفعي نقاطا
                // للنظام على محور سراقب") are not the army's: the side that
                // struck last in this paragraph or the one before, not its
                // ally, else the armed opposition.
                (None, _, "Shelling/artillery/missile attack")
                    if m.actor2
                        .as_deref()
                        .is_some_and(|t| crate::sentence::allied(doc, t, "syria_gov")) =>
                {
                    let para = doc.sentences[m.sentence].para;
                    let target = m.actor2.clone().unwrap_or_default();
                    let struck = told[..i]
                        .iter()
                        .rev()
                        .take_while(|(p, _)| p + 1 >= para)
                        .filter_map(|(_, a)| a.clone())
                        .find(|a| {
                            !matches!(
                                a.as_str(),
                                "civilians" | "unidentified" | "protesters" | "rioters"
                            ) && !crate::sentence::allied(doc, a, &target)
                        });
                    (struck.or_else(|| Some("opposition".to_string())), m.actor2)
                }
                // Shells no one is named firing, and no earlier telling
                // names: the army's guns on the armed opposition, as the
                // unnamed air force is its planes.
                (None, _, "Shelling/artillery/missile attack") => (
                    Some("syria_gov".to_string()),
                    m.actor2.or_else(|| Some("opposition".to_string())),
                ),
                (a1, ..) => (a1, m.actor2),
            };
            // Whom a side arrests is never its own men as told here: "اعتقل
            // عناصر حاجز تابع لـ«الأمن العسكري» … شابين".
            let actor2 = match actor2 {
                Some(t) if m.sub_event_type == "Arrests" && Some(&t) == actor1.as_ref() => {
                    Some("civilians".to_string())
                }
                t => t,
            };
            // Nor does a side strike its own positions: the agent read from
            // the surroundings yields to the target the cue names ("أعلنت
            // غرفة عمليات … أنها قصفت مواقع قوات النظام").
            // (But an aircraft's owner read as its target is the agent:
            // "طائرة مسيرة تابعة لجيش الاحتلال التركي".)
            let same = !m.symmetric && actor1.is_some() && actor1 == actor2;
            let positions_of = |id: &str| {
                let r = &doc.sentences[m.sentence].range;
                doc.actors.iter().any(|a| {
                    a.id == id
                        && r.contains(&a.word_start)
                        && words_before(doc.norm(), a.word_start).next().is_some_and(|w| {
                            matches!(
                                w,
                                "مواقع"
                                    | "موقع"
                                    | "مقرات"
                                    | "مقر"
                                    | "نقاط"
                                    | "حواجز"
                                    | "حاجز"
                                    | "ضد"
                            )
                        })
                })
            };
            let (actor1, actor2) = match (same, actor2) {
                (true, Some(t)) if positions_of(&t) => (None, Some(t)),
                (true, Some(_)) => (actor1, None),
                (_, t) => (actor1, t),
            };
            // An agreement's one named party is its first side: "توصلت
            // «اللجنة المركزية» … إلى اتفاق مع اللجنة الأمنية التابعة للنظام".
            let (actor1, actor2) = match (actor1, actor2) {
                (None, Some(t)) if m.sub_event_type == "Agreement" && t != "civilians" => (Some(t), None),
                // (Its parties, when the cue found none: "أعلنت وزارة الدفاع
                // الروسية توقيعه في القاهرة مع فصائل من المعارضة"; no one
                // signs for civilians.)
                (None, t) if m.sub_event_type == "Agreement" => {
                    let r = &doc.sentences[m.sentence].range;
                    let mut parties = doc
                        .actors
                        .iter()
                        .filter(|a| r.contains(&a.word_start) && is_party(&a.id))
                        .map(|a| a.id.clone());
                    let first = parties.next();
                    let second = parties.find(|b| Some(b) != first.as_ref());
                    match first {
                        Some(a) => (Some(a), second),
                        None => (None, t.filter(|t| t != "civilians")),
                    }
                }
                sides => sides,
            };
            Event {
                doc_id: doc_id.to_string(),
                event_type: m.event_type.to_string(),
                sub_event_type: m.sub_event_type.to_string(),
                actor1,
                actor2,
                assoc_actor1,
                assoc_actor2,
                location,
                event_date: m.date.map(|(d, _)| d.to_string()),
                time_precision: m.date.map(|(_, p)| p.code()),
                fatalities: m.fatalities.or(m.no_deaths.then_some(0)),
                injuries: m.injuries,
                reported_by: m.reporters,
                evidence: Evidence {
                    start: span.start,
                    end: span.end,
                    text: original[orig].to_string(),
                },
                confidence: (confidence.min(0.95) * 100.0).round() / 100.0,
            }
        })
        .collect()
}

/// The associates of a side, not the sides themselves; and the broader
/// sides it belongs to ("jaysh_izza" → fsa, opposition; "ypg" → sdf): the
/// umbrella a coder who names only the coalition would write.
fn associated(
    doc: &Doc,
    side: &Option<String>,
    assoc: Vec<String>,
    sides: [&Option<String>; 2],
) -> Vec<String> {
    let mut out: Vec<String> = assoc
        .into_iter()
        .filter(|a| sides.iter().all(|s| s.as_deref() != Some(a.as_str())))
        .collect();
    let mut cur = side.as_deref().and_then(|id| doc.pack().actor(id));
    for _ in 0..5 {
        let Some(parent) = cur.and_then(|a| a.parent.as_deref()) else {
            break;
        };
        if !out.iter().any(|a| a == parent) && sides.iter().all(|s| s.as_deref() != Some(parent)) {
            out.push(parent.to_string());
        }
        cur = doc.pack().actor(parent);
    }
    out
}

fn location(doc: &Doc, m: &Candidate) -> Location {
    let Some(p) = &m.place else {
        return Location {
            name: None,
            name_en: None,
            admin1: None,
            admin2: None,
            lat: None,
            lon: None,
            geo_precision: 3,
            place_id: None,
        };
    };
    match doc.place_of(p) {
        Some(place) => Location {
            name: Some(place.name_ar.clone()),
            name_en: Some(place.name_en.clone()).filter(|n| !n.is_empty()),
            admin1: Some(place.admin1.clone()),
            admin2: Some(place.admin2.clone()).filter(|n| !n.is_empty()),
            lat: Some(place.lat),
            lon: Some(place.lon),
            geo_precision: if p.near {
                place.precision.max(2)
            } else {
                place.precision
            },
            place_id: Some(place.id.clone()),
        },
        // A name the gazetteer lacks: as written, with the governorate the
        // text gives; located by a town it has ("قرية السكرية بريف
        // البوكمال") or a part of a governorate ("بريف حماة الشرقي"), near
        // that (events.md: precision 2, "near a named place or a part of a
        // district", at its representative point); located only by a
        // governorate, no point (precision 3).
        None => {
            let near = p
                .located_by
                .map(|l| &doc.pack().places[l as usize])
                .filter(|n| n.kind != PlaceKind::Governorate);
            Location {
                name: Some(p.written.clone()),
                name_en: None,
                admin1: p
                    .admin1
                    .clone()
                    .or_else(|| near.map(|n| n.admin1.clone()))
                    .or_else(|| p.admin1_guess.clone()),
                admin2: near.map(|n| n.admin2.clone()).filter(|a| !a.is_empty()),
                lat: near.map(|n| n.lat),
                lon: near.map(|n| n.lon),
                geo_precision: if near.is_some() { 2 } else { 3 },
                place_id: None,
            }
        }
    }
}
