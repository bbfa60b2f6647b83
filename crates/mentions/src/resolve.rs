//! Which place a name means, decided by its context.
//!
//! A name with several candidates (صوران ×3) is settled, in order, by the
//! governorate or district named next to it ("بريف حماة"، "في حلب"), by
//! the other places of the article, and by administrative rank (a town
//! before the district named after it, a district centre before a
//! village). What is still tied is reported as ambiguous, with its
//! candidates.

use std::collections::HashMap;
use std::ops::Range;

use rasad_pack::{Pack, Place, PlaceKind};
use rasad_text::tokens::{analyze, is_letter, StemLexicon};

use crate::matcher::{Kind, Mention};
use crate::spelling::Form;

/// What decided a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// The name has one candidate.
    Unique,
    /// A governorate or district named in the same sentence.
    Nearby,
    /// The other places of the article.
    Article,
    /// Administrative rank.
    Rank,
}

impl How {
    pub fn as_str(self) -> &'static str {
        match self {
            How::Unique => "unique",
            How::Nearby => "nearby",
            How::Article => "article",
            How::Rank => "rank",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    Resolved {
        place: u32,
        how: How,
        candidates: Vec<u32>,
    },
    Ambiguous {
        candidates: Vec<u32>,
    },
    /// A weak name (a common word) with no place context.
    NotAPlace,
}

impl Resolution {
    pub fn place(&self) -> Option<u32> {
        match self {
            Resolution::Resolved { place, .. } => Some(*place),
            _ => None,
        }
    }
}

/// The candidates of the best spelling tier: exact forms beat variants,
/// variants beat names without their ال.
fn candidates(pack: &Pack, m: &Mention) -> Vec<u32> {
    let tier = |f: Form| match f {
        Form::Exact | Form::Lil => 0,
        Form::Variant => 1,
        Form::Bare => 2,
        Form::Articled => 3,
    };
    let best = m.of(Kind::Place).map(|e| tier(e.form)).min();
    // (An exact subdistrict's name does not hide the towns spelled with a
    // space: "كفرلاها" is the village كفر لاها as much as the subdistrict.)
    let only_areas = m
        .of(Kind::Place)
        .filter(|e| Some(tier(e.form)) == best)
        .all(|e| pack.places[e.index as usize].kind.is_area());
    let mut v: Vec<u32> = m
        .of(Kind::Place)
        .filter(|e| Some(tier(e.form)) == best || (only_areas && best == Some(0) && tier(e.form) == 1))
        .map(|e| e.index)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The governorate (and district) every candidate shares, if any.
fn shared_admin<'p>(pack: &'p Pack, cands: &[u32]) -> Option<(&'p str, Option<&'p str>)> {
    let first = &pack.places[*cands.first()? as usize];
    if !cands
        .iter()
        .all(|&c| pack.places[c as usize].admin1 == first.admin1)
    {
        return None;
    }
    let admin2 = (!first.admin2.is_empty()
        && cands
            .iter()
            .all(|&c| pack.places[c as usize].admin2 == first.admin2))
    .then_some(first.admin2.as_str());
    Some((first.admin1.as_str(), admin2))
}

/// The word before `at` in the normalised text, skipping spaces only.
/// A place's surroundings, right after its name (normalised).
const SURROUNDINGS: [&str; 8] = [
    "ومحيطها",
    "ومحيطه",
    "واطرافها",
    "واطرافه",
    "وريفها",
    "وريفه",
    "وضواحيها",
    "وضواحيه",
];

fn previous_word(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches(' ');
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_letter(c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// Only list glue between two names: spaces, commas, و.
fn is_list_gap(gap: &str) -> bool {
    gap.chars().all(|c| matches!(c, ' ' | '،' | ',' | 'و'))
}

/// A report's section head: a name alone at a line's start, before a colon
/// ("- جاسم: أطلقت قوات الأمن …") or, as a hashtag, before a bar
/// ("#بصر_الحرير | دورية تابعة …").
pub fn is_section_head(text: &str, word_start: usize, end: usize) -> bool {
    let line_start = text[..word_start].rfind('\n').map_or(0, |i| i + 1);
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    let before = text[line_start..word_start].trim();
    // (Or under its governorate, as the LCC write: "دير الزور – القورية:".)
    let under_governorate = before.ends_with(dash)
        && before.split_whitespace().count() <= 4
        && !before.contains([':', '.', '،', ',', '(']);
    (text[end..].starts_with(':') || text[end..].starts_with(" |"))
        && (before
            .trim_matches(|c: char| c.is_whitespace() || dash(c) || matches!(c, '•' | '*' | '#'))
            .is_empty()
            || under_governorate)
}

/// Resolves every place mention; `None` for mentions that are not places.
pub fn resolve_places(
    pack: &Pack,
    text: &str,
    sentences: &[Range<usize>],
    mentions: &[Mention],
) -> Vec<Option<Resolution>> {
    let cands: Vec<Vec<u32>> = mentions.iter().map(|m| candidates(pack, m)).collect();
    let is_place = |i: usize| !cands[i].is_empty();
    let sentence_of = |at: usize| {
        sentences
            .iter()
            .position(|s| s.start <= at && at < s.end.max(s.start + 1))
    };

    // Which names the text introduces as places: after a place word
    // ("بلدة X"), right before their governorate ("X بريف حلب"), or in a
    // list headed by such a name ("قرى لحايا ومعركبة ولطمين").
    let lex = StemLexicon::builtin();
    let mut introduced = vec![false; mentions.len()];
    let mut located = vec![false; mentions.len()];
    for (i, m) in mentions.iter().enumerate() {
        if !is_place(i) {
            continue;
        }
        let word = previous_word(text, m.word_start);
        // "مدينة X" introduces a name; "المدينة" (the city) does not.
        let intro = analyze(word, lex);
        let after_place_word = !intro.proclitics.article && pack.place_words.contains(intro.stem);
        // "في عدد من بلدات ريف درعا، بينها جاسم والحارة": the towns of a
        // plural place word, named after "بينها".
        let among_towns = || {
            matches!(word, "بينها" | "منها" | "ومنها" | "ابرزها" | "اهمها")
                && text[..m.word_start]
                    .split_whitespace()
                    .rev()
                    .skip(1)
                    .take(6)
                    .any(|w| matches!(w, "بلدات" | "قري" | "مدن" | "مناطق" | "احياء"))
        };
        let before_its_area = mentions.get(i + 1).is_some_and(|n| {
            let gap = &text[m.range.end..n.word_start];
            let attached = gap.trim() == "،" || gap.trim() == "," || n.proclitics.particle == Some('ب');
            is_place(i + 1)
                && cands[i + 1]
                    .iter()
                    .all(|&c| pack.places[c as usize].kind.is_area())
                && attached
                && gap.chars().all(|c| matches!(c, ' ' | '،' | ','))
        });
        // (A common word after a comma is not listed: "في مدينة الحسكة،
        // بدأ بتفجير".)
        let in_list = i > 0 && introduced[i - 1] && {
            let gap = &text[mentions[i - 1].range.end..m.word_start];
            let common = pack.place_stopwords.contains(&text[m.range.clone()]);
            // (A common word after a comma starts another item, even with
            // its و: "على بلدة لحايا، وشهيد جراء القصف".)
            is_list_gap(gap)
                && !(common && gap.contains(['،', ',']))
                && (gap.contains(['،', ',']) || m.proclitics.conjunction == Some('و'))
        };
        // "قرب منطقة آراك شرقي مدينة تدمر": a name placed by a bearing
        // from a town is a place. (Not "باب شرقي بدمشق", a gate.)
        // (Nor an adjective: "ذي الغالبية الكردية شمالي مدينة حلب".)
        let before_bearing = !m.proclitics.article
            && mentions.get(i + 1).is_some_and(|n| {
                text[m.range.end..n.word_start.max(m.range.end)]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "مدينه" | "بلده" | "قريه"))
            })
            && bearing(pack, text, mentions, &cands, i).is_some();
        // "مهين ومحيطها": a name whose surroundings follow is a place.
        let surroundings = text[m.range.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| SURROUNDINGS.contains(&w.trim_end_matches(|c: char| !is_letter(c))));
        // "وفي الحراك، دارت اشتباكات": a sentence that opens on where it
        // is told.
        let topic = || {
            text[m.range.end..].starts_with(['،', ','])
                && sentence_of(m.word_start)
                    .is_some_and(|s| matches!(text[sentences[s].start..m.word_start].trim(), "في" | "وفي"))
        };
        // "على الطريق الواصل بين الحراك والصورة": the two ends of a road.
        let road_end = || {
            let mut back = text[..m.word_start].split_whitespace().rev();
            let road = |w: &str| matches!(w, "الواصل" | "الرابط" | "الطريق" | "طريق" | "اوتوستراد");
            // (The whole of the first end: not "حقل" of "بين حقل الجبسة
            // والمدينة".)
            let next_joined = text[m.range.end..].trim_start().starts_with('و');
            match back.next() {
                Some("بين") => next_joined && back.take(2).any(road),
                Some("و") => false,
                _ => {
                    m.proclitics.conjunction == Some('و')
                        && i > 0
                        && introduced[i - 1]
                        && previous_word(text, mentions[i - 1].word_start) == "بين"
                        && is_list_gap(&text[mentions[i - 1].range.end..m.word_start])
                }
            }
        };
        located[i] = before_its_area;
        introduced[i] = after_place_word
            || road_end()
            || among_towns()
            || before_its_area
            || before_bearing
            || in_list
            || surroundings
            || is_section_head(text, m.word_start, m.range.end)
            || topic();
    }
    // A name without its ال that the article once introduced as a place is
    // a place throughout; a common word (a stopword) is not rescued so.
    let named: Vec<&str> = mentions
        .iter()
        .enumerate()
        .filter(|&(i, _)| introduced[i])
        .map(|(_, m)| &text[m.range.clone()])
        .collect();
    let mut accepted: Vec<bool> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let name = &text[m.range.clone()];
            // A common word the article introduced as a village before is
            // that village again after "في" ("بلدات الحراك … مقتل خمسة مدنيين
            // في الحراك"), not before an adjective ("في الحراك الثوري").
            // (Asked only of weak names, cheapest test first.)
            // (Or at its edge, around it: "على أطراف القصير"; or what fell
            // on it: "ألقى الطيران براميل متفجرة على سلمى".)
            let again = || {
                matches!(
                    previous_word(text, m.word_start),
                    "في" | "علي" | "اطراف" | "محيط" | "قرب" | "مشارف" | "ريف" | "بريف" | "داخل"
                ) && !text[m.range.end..].trim_start().starts_with("ال")
                    && (0..i).any(|j| introduced[j] && text[mentions[j].range.clone()] == *name)
            };
            // "قرية أبو حجيرة" is not حجيرة: a name's head word before a
            // shorter name the gazetteer has makes another name.
            let head = previous_word(text, m.word_start);
            let head = head
                .strip_prefix('و')
                .filter(|h| h.chars().count() >= 2)
                .unwrap_or(head);
            is_place(i)
                && !pack.naming.village_heads.contains(head)
                && (!m.weak
                    || introduced[i]
                    || again()
                    || (!pack.place_stopwords.contains(name) && named.contains(&name)))
        })
        .collect();
    // A weak name listed between places is one too: "عندان وحيان وحريتان".
    let listed = |a: usize, b: usize| {
        let gap = &text[mentions[a].range.end..mentions[b].word_start];
        is_list_gap(gap) && (gap.contains(['،', ',']) || mentions[b].proclitics.conjunction == Some('و'))
    };
    for i in 0..mentions.len() {
        if is_place(i) && !accepted[i] {
            let after_place = i > 0 && accepted[i - 1] && !mentions[i - 1].weak && listed(i - 1, i);
            let before_place =
                i + 1 < mentions.len() && accepted[i + 1] && !mentions[i + 1].weak && listed(i, i + 1);
            accepted[i] = after_place && before_place;
        }
    }
    // So is every name of a list of three or more that holds a sure place:
    // "مظاهرات حاشدة في جاسم ونوى وبصرى الشام".
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while end < mentions.len() && is_place(end - 1) && is_place(end) && listed(end - 1, end) {
            end += 1;
        }
        let sure = (start..end).any(|i| accepted[i] && !mentions[i].weak);
        if end - start >= 3 && sure {
            for a in &mut accepted[start..end] {
                *a = true;
            }
        }
        start = end;
    }

    // Administrative hints: accepted mentions whose candidates agree on a
    // governorate.
    let hints: Vec<Option<(&str, Option<&str>)>> = (0..mentions.len())
        .map(|i| accepted[i].then(|| shared_admin(pack, &cands[i])).flatten())
        .collect();
    let mut article_admin1: HashMap<&str, usize> = HashMap::new();
    let mut article_admin2: HashMap<&str, usize> = HashMap::new();
    for (a1, a2) in hints.iter().flatten() {
        *article_admin1.entry(a1).or_default() += 1;
        if let Some(a2) = a2 {
            *article_admin2.entry(a2).or_default() += 1;
        }
    }

    // "قرية الهيشة" in an article of Raqqa's places is هيشة of Raqqa, not
    // الهيشة of Tartous: a name whose candidates' governorates the
    // article's other places never name takes the ones it does name, read
    // with an ال it lacks.
    let support = |i: usize, admin1: &str| {
        article_admin1.get(admin1).copied().unwrap_or(0)
            - hints[i].is_some_and(|(a1, _)| a1 == admin1) as usize
    };
    // So is one, named beside a village it lies by, read with an ال it
    // lacks when the names that have it lie far off: "قريتي المصاصنة
    // والبويضة" is بويضة by Masasneh, not البويضة of Salamiyeh.
    let beside = |i: usize| -> Option<Vec<u32>> {
        let neighbours = [i.checked_sub(1), Some(i + 1)];
        let by = |c: u32, km: f64| {
            let p = &pack.places[c as usize];
            neighbours.iter().flatten().any(|&j| {
                j < mentions.len()
                    && j != i
                    && cands[j].len() == 1
                    && pack.places[cands[j][0] as usize].kind == PlaceKind::Community
                    && mentions[j].range.end.max(mentions[i].range.end)
                        - mentions[j].word_start.min(mentions[i].word_start)
                        < 40
                    && pack.places[cands[j][0] as usize].distance_km(p.lat, p.lon) <= km
            })
        };
        if cands[i].iter().any(|&c| by(c, 25.0)) {
            return None;
        }
        let near: Vec<u32> = mentions[i]
            .of(Kind::Place)
            .filter(|e| e.form == Form::Articled && by(e.index, 10.0))
            .map(|e| e.index)
            .collect();
        (!near.is_empty()).then_some(near)
    };
    let cands: Vec<Vec<u32>> = (0..mentions.len())
        .map(|i| {
            if !accepted[i] {
                return cands[i].clone();
            }
            if let Some(near) = beside(i) {
                return near;
            }
            if cands[i]
                .iter()
                .any(|&c| support(i, &pack.places[c as usize].admin1) > 0)
            {
                return cands[i].clone();
            }
            let mut articled: Vec<u32> = mentions[i]
                .of(Kind::Place)
                .filter(|e| {
                    e.form == Form::Articled && support(i, &pack.places[e.index as usize].admin1) >= 2
                })
                .map(|e| e.index)
                .collect();
            articled.sort_unstable();
            articled.dedup();
            if articled.is_empty() {
                cands[i].clone()
            } else {
                articled
            }
        })
        .collect();
    // A daily report's governorate heads its items on a line of its own
    // ("حمص:" and below it "القصير: استشهاد أربعة مواطنين …"): the
    // governorate of the places under it.
    let header_admin1: Vec<Option<&str>> = {
        let mut current: Option<&str> = None;
        mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                // (Cheapest test first: a colon right after the name.)
                let alone = text[m.range.end..].starts_with(':')
                    && text[m.range.end + 1..]
                        .chars()
                        .take_while(|&c| c != '\n')
                        .all(char::is_whitespace)
                    && is_section_head(text, m.word_start, m.range.end);
                let governorate = cands[i].iter().find_map(|&c| {
                    let p = &pack.places[c as usize];
                    (p.kind == PlaceKind::Governorate || p.rank >= 4).then_some(p.admin1.as_str())
                });
                if alone && governorate.is_some() {
                    current = governorate;
                    None
                } else {
                    current
                }
            })
            .collect()
    };
    let mut resolved: Vec<Option<Resolution>> = (0..mentions.len())
        .map(|i| {
            if !is_place(i) {
                return None;
            }
            if !accepted[i] {
                return Some(Resolution::NotAPlace);
            }
            // "بلدة المزرعة" is a town, not Damascus's quarter of the name.
            let settlement_word = |w: &str| {
                matches!(
                    w,
                    "بلده" | "بلدتي" | "بلدات" | "قريه" | "قريتي" | "قري" | "مدينه" | "مدينتي"
                )
            };
            let word = previous_word(text, mentions[i].word_start);
            let settlement = settlement_word(word)
                || word.strip_prefix(['و', 'ب', 'ل']).is_some_and(|w| {
                    settlement_word(w) || w.strip_prefix(['ب', 'ل']).is_some_and(settlement_word)
                });
            let mut all = cands[i].clone();
            if settlement
                && all
                    .iter()
                    .any(|&c| pack.places[c as usize].kind != PlaceKind::Neighbourhood)
            {
                all.retain(|&c| pack.places[c as usize].kind != PlaceKind::Neighbourhood);
            }
            if all.len() == 1 {
                return Some(Resolution::Resolved {
                    place: all[0],
                    how: How::Unique,
                    candidates: all,
                });
            }
            let place = |c: &u32| &pack.places[*c as usize];
            let mut how = How::Rank;
            let mut left = all.clone();
            // 1. The nearest governorate/district hint in the sentence,
            //    looking after the name first ("صوران بريف حماة").
            let sentence = sentence_of(mentions[i].range.start);
            let same_sentence = |j: usize| sentence_of(mentions[j].range.start) == sentence;
            let after = (i + 1..mentions.len()).take_while(|&j| same_sentence(j));
            let before = (0..i).rev().take_while(|&j| same_sentence(j));
            let nearest: Vec<usize> = after.chain(before).collect();
            // Governorates, regions and districts speak first; other towns
            // of the sentence after them.
            let is_area = |j: &usize| cands[*j].iter().all(|&c| pack.places[c as usize].kind.is_area());
            let areas = nearest.iter().copied().filter(is_area);
            // (A town listed with it before others: "في مدينتي جاسم ونوى
            // نصرة لمدينة حمص" is Daraa's Nawa.)
            let listed_with = |j: &usize| {
                let (a, b) = if *j < i { (*j, i) } else { (i, *j) };
                b == a + 1
                    && text
                        .get(mentions[a].range.end..mentions[b].word_start)
                        .is_some_and(|gap| matches!(gap.trim(), "و" | "،" | "، و" | ""))
            };
            let towns = nearest
                .iter()
                .copied()
                .filter(|j| !is_area(j) && listed_with(j))
                .chain(nearest.iter().copied().filter(|j| !is_area(j) && !listed_with(j)));
            for j in areas.chain(towns) {
                let Some((a1, a2)) = hints[j] else { continue };
                let in_admin1: Vec<u32> = left.iter().copied().filter(|c| place(c).admin1 == a1).collect();
                let in_admin2: Vec<u32> = in_admin1
                    .iter()
                    .copied()
                    .filter(|c| a2.is_some_and(|a2| place(c).admin2 == a2))
                    .collect();
                let narrowed = if in_admin2.is_empty() {
                    in_admin1
                } else {
                    in_admin2
                };
                // (A governorate may leave namesakes a town beside tells
                // apart: "قريتي تل شعير ودوديان" in Aleppo's north.)
                if !narrowed.is_empty() && narrowed.len() < left.len() {
                    left = narrowed;
                    how = How::Nearby;
                    if left.len() == 1 {
                        break;
                    }
                }
            }
            // (Or a bearing from the place named right after: "في بلدة
            // الدانا شمالي إدلب" is the Dana north of Idlib, not the one
            // south of it.)
            if left.len() > 1 {
                if let Some((north, east, anchor)) = bearing(pack, text, mentions, &cands, i) {
                    let a = place(&anchor);
                    let lies = |c: &u32| {
                        let p = place(c);
                        north.is_none_or(|n| (p.lat > a.lat) == n)
                            && east.is_none_or(|e| (p.lon > a.lon) == e)
                    };
                    let that_way: Vec<u32> = left.iter().copied().filter(lies).collect();
                    if !that_way.is_empty() && that_way.len() < left.len() {
                        left = that_way;
                        how = How::Nearby;
                    }
                    // (Both that way, the one near it: "تل عودة جنوب
                    // القامشلي" is OCHA's تل عودة قامشلي, 12 km off, not
                    // تل عودة قحطانية, 35.)
                    let mut by_distance: Vec<(f64, u32)> = left
                        .iter()
                        .map(|&c| (place(&c).distance_km(a.lat, a.lon), c))
                        .collect();
                    by_distance.sort_by(|x, y| x.0.total_cmp(&y.0));
                    if let [(near, c), (next, _), ..] = by_distance[..] {
                        if near <= 25.0 && 2.0 * near < next {
                            left = vec![c];
                            how = How::Nearby;
                        }
                    }
                }
            }
            // (Or its report's governorate head.)
            if let Some(a1) = header_admin1[i].filter(|_| left.len() > 1) {
                let under: Vec<u32> = left.iter().copied().filter(|c| place(c).admin1 == a1).collect();
                if !under.is_empty() && under.len() < left.len() {
                    left = under;
                    how = How::Nearby;
                }
            }
            // 2. The places of the whole article, not counting this name.
            if left.len() > 1 {
                let own = hints[i];
                // Districts count only when every candidate has one: a
                // region must not lose to a sub-district for lacking one.
                let use_admin2 = left.iter().all(|c| !place(c).admin2.is_empty());
                let score = |c: &u32| {
                    let p = place(c);
                    let n1 = article_admin1.get(p.admin1.as_str()).copied().unwrap_or(0)
                        - own.is_some_and(|(a1, _)| a1 == p.admin1) as usize;
                    let n2 = article_admin2.get(p.admin2.as_str()).copied().unwrap_or(0)
                        - own.is_some_and(|(_, a2)| a2 == Some(p.admin2.as_str())) as usize;
                    if use_admin2 {
                        2 * n2 + n1
                    } else {
                        n1
                    }
                };
                let top = left.iter().map(score).max().unwrap_or(0);
                let best: Vec<u32> = left.iter().copied().filter(|c| score(c) == top).collect();
                // (A district's town is not lost to a hamlet of its name in
                // its own governorate for the article's other places there:
                // "وفي عفرين، … خطفوا تاجراً" in a story that also names
                // villages by Daret Azza. Another governorate's is: "بلدة
                // رأس العين" in a story of the Qalamoun.)
                let town = left.iter().max_by_key(|c| place(c).rank).map(place);
                let town_lost = town.is_some_and(|t| {
                    t.rank >= 3
                        && best
                            .iter()
                            .all(|c| place(c).rank <= 1 && place(c).admin1 == t.admin1)
                });
                if top > 0 && best.len() < left.len() && !town_lost {
                    left = best;
                    how = How::Article;
                }
            }
            // 3. Rank among what is left; a tie of neighbouring villages
            //    (OCHA's "أبو كبرة-الرشيد" beside "الرشيد") is the one
            //    of that very name, they being the same spot on a map.
            Some(
                match by_rank(pack, &left)
                    .or_else(|tied| one_spot(pack, &tied, &text[mentions[i].range.clone()]))
                {
                    Ok(p) => Resolution::Resolved {
                        place: p,
                        how: if left.len() == 1 { how } else { How::Rank },
                        candidates: all,
                    },
                    Err(tied) => Resolution::Ambiguous { candidates: tied },
                },
            )
        })
        .collect();
    // A name the article once located by its area ("المنصورة بريف الرقة
    // الغربي") is that place when named again without it ("في المنصورة،
    // غالبيتهم من النازحين القادمين من ريفي حلب وحمص").
    // So is a common word the article introduced as a place ("مدينة
    // القصير … على أطراف القصير").
    let mut settled: HashMap<&str, u32> = HashMap::new();
    for (i, r) in resolved.iter_mut().enumerate() {
        let name = &text[mentions[i].range.clone()];
        match r {
            Some(Resolution::Resolved { place, .. }) if located[i] || (introduced[i] && mentions[i].weak) => {
                settled.insert(name, *place);
            }
            Some(Resolution::Resolved { candidates, .. } | Resolution::Ambiguous { candidates })
                if !located[i] && candidates.len() > 1 =>
            {
                if let Some(&p) = settled.get(name).filter(|p| candidates.contains(p)) {
                    *r = Some(Resolution::Resolved {
                        place: p,
                        how: How::Article,
                        candidates: std::mem::take(candidates),
                    });
                }
            }
            _ => {}
        }
    }
    resolved
}

/// A compass bearing right after mention `i` and the place it is taken
/// from ("شمالي إدلب", "جنوب شرقي حماة"): (north?, east?, that place).
fn bearing(
    pack: &Pack,
    text: &str,
    mentions: &[Mention],
    cands: &[Vec<u32>],
    i: usize,
) -> Option<(Option<bool>, Option<bool>, u32)> {
    let next = mentions.get(i + 1)?;
    let gap = text.get(mentions[i].range.end..next.word_start)?;
    let (mut north, mut east) = (None, None);
    for w in gap.split_whitespace() {
        match w.trim_start_matches('و').trim_start_matches("ال") {
            "شمال" | "شمالي" => north = Some(true),
            "جنوب" | "جنوبي" => north = Some(false),
            "شرق" | "شرقي" => east = Some(true),
            "غرب" | "غربي" => east = Some(false),
            "مدينه" | "بلده" | "قريه" | "محافظه" => {}
            _ => return None,
        }
    }
    if north.is_none() && east.is_none() {
        return None;
    }
    // (An anchor of one spot: a governorate's seat and its centre are near
    // enough for a bearing; two towns of one name are not.)
    let anchor_cands = cands.get(i + 1)?;
    let anchor = *anchor_cands.first()?;
    let a = &pack.places[anchor as usize];
    let one_spot = anchor_cands.iter().all(|&c| {
        let p = &pack.places[c as usize];
        (p.lat - a.lat).abs() < 0.3 && (p.lon - a.lon).abs() < 0.3
    });
    one_spot.then_some((north, east, anchor))
}

/// Candidates all within a few kilometres of each other: the one named
/// exactly so, else the first.
fn one_spot(pack: &Pack, tied: &[u32], name: &str) -> Result<u32, Vec<u32>> {
    const SAME_SPOT_KM: f64 = 8.0;
    let first = &pack.places[tied[0] as usize];
    let together = tied
        .iter()
        .all(|&c| pack.places[c as usize].distance_km(first.lat, first.lon) <= SAME_SPOT_KM);
    if !together {
        return Err(tied.to_vec());
    }
    let exact = tied
        .iter()
        .copied()
        .find(|&c| rasad_text::normalize_str(&pack.places[c as usize].name_ar) == name);
    Ok(exact.unwrap_or(tied[0]))
}

/// The one candidate that outranks the others (a point before an area, a
/// higher administrative rank, a larger population), or the candidates
/// tied at the top.
fn by_rank(pack: &Pack, cands: &[u32]) -> Result<u32, Vec<u32>> {
    let key = |c: u32| {
        let p: &Place = &pack.places[c as usize];
        (p.kind, std::cmp::Reverse(p.rank), std::cmp::Reverse(p.population))
    };
    let best = cands.iter().map(|&c| key(c)).min();
    let top: Vec<u32> = cands.iter().copied().filter(|&c| Some(key(c)) == best).collect();
    match top.as_slice() {
        [only] => Ok(*only),
        _ => Err(top),
    }
}
