//! One article: its paragraphs, sentences, actors, places, numbers and
//! dates, all over the normalised text; then the events of each sentence.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use rasad_mentions::{Analysis, Kind, Resolution};
use rasad_pack::{Pack, Place, PlaceKind};
use rasad_text::dates::{Date, DateKind, DateMention, DateWords, Precision};
use rasad_text::numbers::{find_numbers, NumberMention, Qualifier};
use rasad_text::tokens::{analyze, tokenize, StemLexicon, Token, TokenKind};
use rustc_hash::FxHashMap;

use crate::lexicon::{CueRef, Hit, List};
use crate::Extractor;

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Para {
    Body,
    /// A short line without a full stop among longer text: a headline. Its
    /// events count only where the body reports them too.
    Headline,
    /// Web furniture: "اقرأ أيضا", subscription prompts, a repeated line.
    Boilerplate,
}

#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub range: Range<usize>,
    pub para: usize,
}

#[derive(Debug, Clone)]
pub(crate) struct ActorOcc {
    pub range: Range<usize>,
    pub word_start: usize,
    pub id: String,
    /// The word carries ل (لداعش): after a noun cue it marks the agent,
    /// after مواقع / تابعة the owner.
    pub lam: bool,
}

/// A place the text names (or refers back to).
#[derive(Debug, Clone)]
pub(crate) struct PlaceOcc {
    pub range: Range<usize>,
    pub word_start: usize,
    /// Index into the pack's places when resolved.
    pub place: Option<u32>,
    /// As written (original text) when not resolved.
    pub written: String,
    pub admin1: Option<String>,
    /// A region or governorate (a whole area), not a point.
    pub area: bool,
    /// Preceded by "شمال / محيط / قرب …": near the place, precision 2.
    pub near: bool,
    /// "صوران بريف حماة": the area only says where the place before it is.
    pub modifier: bool,
    /// The gazetteer has one place of this name (nothing was chosen).
    pub unique: bool,
    /// The place (or area) that locates this one ("بريف البوكمال"): where
    /// an unknown name is shown, near it.
    pub located_by: Option<u32>,
    /// The gazetteer's places of this name when it could not choose.
    pub candidates: Vec<u32>,
    /// For a name nothing located: the governorate of the places around
    /// it, shown in its record but not taken as the text's word.
    pub admin1_guess: Option<String>,
}

/// One place occurrence as a memo key: where it starts and ends, its
/// gazetteer entry, whether it is an area.
pub(crate) type PlaceAt = (usize, usize, Option<u32>, bool);

/// The same place named again: its gazetteer entry, or its spelling.
pub(crate) type PlaceKey = (Option<u32>, Option<String>);

impl PlaceOcc {
    pub fn key(&self) -> PlaceKey {
        (self.place, self.place.is_none().then(|| self.written.clone()))
    }
}

/// An event found in one sentence, before merging.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub sentence: usize,
    pub headline: bool,
    pub cue: Range<usize>,
    pub event_type: &'static str,
    pub sub_event_type: &'static str,
    pub priority: u8,
    pub secondary: bool,
    /// From a cue whose type the context settled (هجوم، قصف، انفجار): it
    /// may be a detail of a more specific event at the same place.
    pub generic: bool,
    /// From a definite cue ("القتال", "القصف"): often a reference to an
    /// event the paragraph already tells.
    pub definite: bool,
    /// The place is the cue's own object, named after it, not one taken
    /// from the sentence around it.
    pub owned: bool,
    /// Made from a toll alone ("قتل سبعة أشخاص في الحي"), no cue.
    pub toll_only: bool,
    pub place: Option<PlaceOcc>,
    pub actor1: Option<String>,
    /// actor1 is the sub-type's default (an unnamed air force is Syria's),
    /// not one the text names: it yields to a named one.
    pub assumed_agent: bool,
    pub actor2: Option<String>,
    /// Likewise actor2 (the side the article sets against the agent).
    pub assumed_target: bool,
    /// Sides named fighting beside actor1, and beside (or hit with) actor2.
    pub assoc1: Vec<String>,
    pub assoc2: Vec<String>,
    pub symmetric: bool,
    pub fatalities: Option<u32>,
    pub injuries: Option<u32>,
    /// The sentence says no one died: hurt only, or no one at all. The
    /// figure is then 0, not unknown, unless merging brings a toll.
    pub no_deaths: bool,
    pub date: Option<(Date, Precision)>,
    pub reporters: Vec<String>,
}

pub(crate) struct Doc<'a> {
    pub ex: &'a Extractor,
    pub a: Analysis<'a>,
    pub hits: Vec<Hit>,
    /// Starts of word and number tokens, to count words between positions.
    pub word_starts: Vec<usize>,
    /// Word and number tokens.
    pub tokens: Vec<Token>,
    /// Names that count (actors, reporters, places not rejected), sorted
    /// and never overlapping.
    pub names: Vec<Range<usize>>,
    pub paras: Vec<(Range<usize>, Para)>,
    pub sentences: Vec<Sentence>,
    pub actors: Vec<ActorOcc>,
    pub places: Vec<PlaceOcc>,
    pub numbers: Vec<NumberMention>,
    pub dates: Vec<DateMention>,
    pub published: Option<Date>,
    /// Place-like names the gazetteer does not have, as written.
    pub unresolved: Vec<String>,
    /// The article tells of fighting among factions ("الاقتتال").
    pub infighting: bool,
    /// Whether a place (by position, entry and area) is only where someone
    /// comes from: see `sentence::origin`.
    pub origin_memo: RefCell<FxHashMap<PlaceAt, bool>>,
}

impl<'a> Doc<'a> {
    pub fn new(ex: &'a Extractor, text: &'a str, published: Option<Date>) -> Doc<'a> {
        let a = ex.engine.analyze(text);
        let norm = a.norm.as_str();
        // A cue word inside a name is part of the name: تحرير in "هيئة
        // تحرير الشام", فتح in "جبهة فتح الشام".
        let mut hits = ex.lexicon.find(norm);
        let names: Vec<Range<usize>> = a
            .mentions
            .iter()
            .zip(&a.places)
            .filter(|(m, r)| {
                m.is(Kind::Actor)
                    || m.is(Kind::Reporter)
                    || r.as_ref().is_some_and(|r| *r != Resolution::NotAPlace)
            })
            .map(|(m, _)| m.word_start..m.range.end)
            .collect();
        let mut numbers = find_numbers(norm);
        // A unit's or a text's number is its name, not a count: "من مواقع
        // الفوج 175 في إزرع", "القرار 2254".
        numbers.retain(|n| {
            !words_before(norm, n.range.start).next().is_some_and(|w| {
                matches!(
                    w.strip_prefix("ال").unwrap_or(w),
                    "فوج" | "لواء" | "فرقه" | "فيلق" | "كتيبه" | "قرار" | "مرسوم" | "رقم"
                )
            })
        });
        // A cue that is the whole name and counted stays: "خرج مئات
        // المتظاهرين" reports a protest, "المتظاهرون" alone refers back.
        let whole_name = |h: &Hit| {
            names
                .binary_search_by_key(&(h.word_start, h.range.end), |n| (n.start, n.end))
                .is_ok()
        };
        let counted = |h: &Hit| {
            whole_name(h)
                && numbers
                    .iter()
                    .any(|n| n.range.end <= h.word_start && norm[n.range.end..h.word_start].trim().is_empty())
        };
        // So does one without the article: "أغلق محتجون مقرات حزب البعث"
        // brings new protesters in.
        let indefinite = |h: &Hit| {
            let w = norm[h.range.clone()].trim();
            h.event()
                .is_some_and(|e| ex.lexicon.events[e].event_type == "Protests")
                && whole_name(h)
                && !h.proclitics.article
                && !["ال", "وال", "فال", "بال", "لل"].iter().any(|a| w.starts_with(a))
        };
        // A cue inside a name still says what weapon the name is: "طائرة
        // مسيرة مجهولة" (the unidentified) is a drone, air evidence.
        let lexicon = &ex.lexicon;
        hits.retain_mut(|h| {
            if h.event().is_none()
                || !contains(&names, h.word_start..h.range.end)
                || counted(h)
                || indefinite(h)
            {
                return true;
            }
            let weapon = h
                .event()
                .and_then(|e| match lexicon.events[e].sub_event_type.as_str() {
                    "Air/drone strike" => Some(List::Air),
                    "Shelling/artillery/missile attack" => Some(List::Artillery),
                    _ => None,
                });
            h.refs = weapon.map(CueRef::List).into_iter().collect();
            !h.refs.is_empty()
        });

        // Nor is a word of talk inside a place's name: "عادة" (usually) in
        // "بلدة تل عادة".
        let place_names: Vec<Range<usize>> = a
            .mentions
            .iter()
            .zip(&a.places)
            .filter(|(m, r)| !m.is(Kind::Actor) && r.as_ref().is_some_and(|r| *r != Resolution::NotAPlace))
            .map(|(m, _)| m.word_start..m.range.end)
            .collect();
        hits.retain_mut(|h| {
            if !contains(&place_names, h.word_start..h.range.end) {
                return true;
            }
            h.refs
                .retain(|r| !matches!(r, CueRef::List(l) if TALK.contains(l)));
            !h.refs.is_empty()
        });

        // "بالرصاص الحي" is live fire, not "the quarter" told before.
        hits.retain_mut(|h| {
            let live = h.is(List::PlaceAnaphora)
                && norm[h.range.clone()].trim() == "الحي"
                && words_before(norm, h.word_start)
                    .next()
                    .is_some_and(|w| w.ends_with("رصاص") || w.ends_with("ذخيره"));
            // "على الحي الشرقي في مدينة الصنمين": the quarter of the town
            // named right after, not one told before.
            let settlement = |w: &str| matches!(w, "مدينه" | "بلده" | "قريه" | "مخيم");
            let mut after = norm[h.range.end..].split_whitespace().take(3).peekable();
            after.next_if(|w| w.starts_with("ال") && !settlement(w));
            // (Or "الحي الشمالي من بلدة كفرزيتا".)
            let of_named = match after.next() {
                Some("في" | "من") => after.next().is_some_and(settlement),
                Some(w) => w.strip_prefix('ب').is_some_and(settlement),
                None => false,
            };
            if live || (of_named && h.is(List::PlaceAnaphora)) {
                h.refs.retain(|r| !matches!(r, CueRef::List(List::PlaceAnaphora)));
            }
            !h.refs.is_empty()
        });

        // "بحسب ناشطين" names a source, not civilians struck (residents who
        // tell it, "أفاد سكان محليون", may well be the ones it befell).
        let sources: Vec<usize> = hits
            .iter()
            .filter(|h| h.is(List::Report))
            .map(|h| h.range.end)
            .collect();
        let activists = |h: &Hit| {
            let w = norm[h.range.clone()].trim().trim_start_matches('و');
            w.starts_with("ناشط") || w.starts_with("نشطاء")
        };
        hits.retain_mut(|h| {
            let told = sources
                .iter()
                .any(|&end| end <= h.word_start && norm[end..h.word_start].trim().is_empty());
            if h.is(List::Civilian) && activists(h) && told {
                h.refs.retain(|r| !matches!(r, CueRef::List(List::Civilian)));
            }
            !h.refs.is_empty()
        });

        let tokens: Vec<Token> = tokenize(norm)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .collect();
        let word_starts = tokens.iter().map(|t| t.range.start).collect();
        let dates = anchored_dates(norm, published);
        // "أمس الأحد" is Sunday, not "one" of the dead.
        hits.retain_mut(|h| {
            if dates
                .iter()
                .any(|d| d.range.start <= h.word_start && h.range.end <= d.range.end)
            {
                h.refs
                    .retain(|r| !matches!(r, CueRef::List(List::PersonOne | List::PersonTwo)));
            }
            !h.refs.is_empty()
        });
        // (Two sides set against each other by "من جهة … من جهة أخرى" are
        // read where the clash names them.)
        let infighting = norm.contains("اقتتال");
        let mut doc = Doc {
            ex,
            a,
            hits,
            word_starts,
            tokens,
            names,
            paras: Vec::new(),
            sentences: Vec::new(),
            actors: Vec::new(),
            places: Vec::new(),
            numbers,
            dates,
            published,
            unresolved: Vec::new(),
            infighting,
            origin_memo: RefCell::default(),
        };
        doc.paragraphs();
        doc.actor_occurrences();
        doc.place_occurrences();
        doc
    }

    pub fn norm(&self) -> &str {
        self.a.norm.as_str()
    }

    pub fn pack(&self) -> &Pack {
        &self.ex.engine.pack
    }

    /// How many words lie between two positions (the words starting in
    /// `from..to`).
    pub fn words_between(&self, from: usize, to: usize) -> usize {
        if to <= from {
            return 0;
        }
        let a = self.word_starts.partition_point(|&s| s < from);
        let b = self.word_starts.partition_point(|&s| s < to);
        b - a
    }

    /// Words between two positions, not counting dates ("تعرضت القوات فجر
    /// اليوم لهجوم" has the verb one word from its noun).
    pub fn words_between_undated(&self, from: usize, to: usize) -> usize {
        let dated: usize = self
            .dates
            .iter()
            .filter(|d| d.range.start >= from && d.range.end <= to)
            .map(|d| self.words_between(d.range.start, d.range.end + 1))
            .sum();
        self.words_between(from, to).saturating_sub(dated)
    }

    /// How many numbers stand between two offsets.
    pub fn numbers_between(&self, from: usize, to: usize) -> usize {
        self.numbers
            .iter()
            .filter(|n| n.range.start >= from && n.range.end <= to)
            .count()
    }

    /// The phrases found wholly within `r`.
    pub fn hits_in(&self, r: &Range<usize>) -> impl Iterator<Item = &Hit> + '_ {
        let (start, end) = (r.start, r.end);
        let first = self.hits.partition_point(|h| h.word_start < start);
        self.hits[first..].iter().take_while(move |h| h.range.end <= end)
    }

    /// The clause of a cue in its sentence: between commas and clause
    /// words (فيما، بينما، مما …).
    pub fn clause(&self, r: &Range<usize>, hit: &Hit) -> Range<usize> {
        let norm = self.norm();
        let is_break = |h: &&Hit| self.clause_break(h);
        let start = self
            .hits_in(&(r.start..hit.word_start))
            .filter(is_break)
            .map(|h| h.word_start)
            .chain(
                // (Past the mark, which may be two bytes: "،".)
                norm[r.start..hit.word_start]
                    .rfind(['،', ',', ';', ':'])
                    .map(|i| r.start + i + norm[r.start + i..].chars().next().map_or(1, char::len_utf8)),
            )
            .max()
            .unwrap_or(r.start);
        let end = self
            .hits_in(&(hit.range.end..r.end))
            .find(is_break)
            .map(|h| h.word_start)
            .into_iter()
            .chain(
                norm[hit.range.end..r.end]
                    .find(['،', ',', ';', ':'])
                    .map(|i| hit.range.end + i),
            )
            .min()
            .unwrap_or(r.end);
        start.max(r.start)..end.max(hit.range.end)
    }

    /// A clause word that ends a clause here: not "وسط" right before a
    /// place ("وسط مدينة إدلب" says where; "وسط قصف" ends the clause).
    pub fn clause_break(&self, h: &Hit) -> bool {
        h.is(List::Clause)
            && !(h.is(List::Locative)
                && self.places.iter().any(|p| {
                    p.word_start >= h.range.end && self.words_between(h.range.end, p.word_start) <= 1
                }))
    }

    /// Whether a phrase of `list` occurs in `r`.
    pub fn has(&self, list: List, r: &Range<usize>) -> bool {
        self.hits_in(r).any(|h| h.is(list))
    }

    fn paragraphs(&mut self) {
        let norm = self.a.norm.as_str();
        let mut paras: Vec<(Range<usize>, Para)> = Vec::new();
        let mut start = 0;
        for (i, c) in norm.char_indices().chain(std::iter::once((norm.len(), '\n'))) {
            if c == '\n' {
                if i > start {
                    paras.push((start..i, Para::Body));
                }
                start = i + 1;
            }
        }
        let words = |r: &Range<usize>| norm[r.clone()].split_whitespace().count();
        let long_paras = paras.iter().filter(|(r, _)| words(r) > 15).count();
        let mut seen: Vec<&str> = Vec::new();
        let count = paras.len();
        // (Past the menu and cookie lines a page opens with.)
        let mut content_before = 0;
        let mut body_begun = false;
        let mut related = false;
        // (A title may end on a quoted name: "… وعبوة تستهدف «الفرقة
        // الرابعة»", not on a quoted sentence.)
        let unended =
            |t: &str| !t.ends_with(['.', '؟', '!', '?', ':', '"']) || t.ends_with("..") || t.ends_with('…');
        for (index, (r, kind)) in paras.iter_mut().enumerate() {
            // Titles and standfirsts open an article, after any outlet and
            // date lines; repeated titles and teasers close it.
            let edge = content_before < 2 || !body_begun || index + 3 >= count;
            let text = norm[r.clone()].trim();
            let n = words(r);
            let furniture = self.hits_in(r).any(|h| {
                h.is(List::Boilerplate)
                    && (h.word_start <= r.start + 1
                        || n <= 15
                        || text[..(h.word_start - r.start).min(text.len())].trim().is_empty())
            });
            // "الرئيسية | سياسة | اقتصاد": a menu line.
            let menu = text.matches('|').count() >= 2;
            // (A title repeated as a link: "- اغتيال شاب في نوى …".)
            let item = text.trim_start_matches(['-', '•', '*', '–', '—', '·', ' ']);
            let repeated = n <= 25 && (seen.contains(&text) || seen.contains(&item));
            // The links under "اقرأ أيضاً:", one per line.
            let linked = related && n <= 25 && (item.len() < text.len() || unended(text));
            let heading = ["ايضا", "ذات صله", "قد يهمك", "الاكثر قراءه"]
                .iter()
                .any(|h| text.contains(h));
            related = (furniture && n <= 4 && heading) || (related && linked);
            if furniture || menu || repeated || linked {
                *kind = Para::Boilerplate;
                seen.push(text);
                continue;
            }
            content_before += 1;
            if long_paras > usize::from(n > 15)
                && (unended(text) || (edge && text.ends_with('"') && unended(text.trim_end_matches('"'))))
                && (n <= 14 || (n <= 30 && edge))
            {
                *kind = Para::Headline;
            }
            body_begun |= n > 15 && !unended(text);
            seen.push(text);
        }
        self.sentences = self
            .a
            .sentences
            .iter()
            .map(|s| Sentence {
                range: s.clone(),
                para: paras
                    .iter()
                    .position(|(p, _)| p.start <= s.start && s.start < p.end.max(p.start + 1))
                    .unwrap_or(0),
            })
            .collect();
        self.paras = paras;
    }

    /// Actor mentions, and anaphors ("التنظيم") resolved to the actor they
    /// stand for.
    fn actor_occurrences(&mut self) {
        let pack = &self.ex.engine.pack;
        let norm = self.a.norm.as_str();
        // ل written apart before a quoted name: 'تجمعات لـ"قسد"'.
        let lam_before_quote = |at: usize| {
            let before = &norm[..at];
            let unquoted = before.trim_end_matches(['"', '«', '»', '“', '”', 'ـ']);
            unquoted.len() < before.len()
                && unquoted
                    .strip_suffix('ل')
                    .is_some_and(|b| b.is_empty() || b.ends_with([' ', 'و']))
        };
        let mut out: Vec<ActorOcc> = Vec::new();
        for m in &self.a.mentions {
            if let Some(e) = m.of(Kind::Actor).next() {
                out.push(ActorOcc {
                    range: m.range.clone(),
                    word_start: m.word_start,
                    id: pack.actors[e.index as usize].id.clone(),
                    lam: m.proclitics.particle == Some('ل') || lam_before_quote(m.range.start),
                });
            }
        }
        // A country as where one goes or borders ("باتجاه الشريط الحدودي
        // مع تركيا", "فروا إلى تركيا") is a place, not a side.
        let countries: Vec<Range<usize>> = self
            .hits
            .iter()
            .filter(|c| c.is(List::Countries))
            .map(|c| c.range.clone())
            .collect();
        let is_country = |o: &ActorOcc| countries.contains(&o.range);
        out.retain(|o| {
            let country = is_country(o);
            let mut back = norm[..o.word_start].split_whitespace().rev();
            let place_like = match back.next() {
                Some("باتجاه" | "نحو" | "الي" | "داخل" | "اراضي" | "الاراضي") => {
                    true
                }
                Some("مع") => back
                    .next()
                    .is_some_and(|w| matches!(w, "الحدود" | "الحدودي" | "حدود" | "الحدوديه")),
                _ => false,
            };
            !(country && place_like && norm[o.word_start..o.range.start].is_empty())
        });
        let cues = &pack.cues;
        let mut anaphoric = Vec::new();
        for h in &self.hits {
            let Some(i) = h.anaphor() else { continue };
            if out
                .iter()
                .any(|o| o.range.start < h.range.end && h.range.start < o.range.end)
            {
                continue; // part of a real name ("الجيش السوري الحر")
            }
            // "مسلحون من كتائب البعث": the group named right after is who
            // they are.
            let of_named = out.iter().any(|o| {
                o.range.start > h.range.end
                    && norm[h.range.end..o.word_start]
                        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '«' | '»'))
                        == "من"
            });
            // (Nor is "تنظيم" right before the name it heads, past its
            // quotation marks: "مقاتلو تنظيم «الدولة الإسلامية»".)
            let heads_name = matches!(norm[h.range.clone()].trim(), "تنظيم" | "التنظيم")
                && out.iter().any(|o| {
                    o.range.start >= h.range.end
                        && !norm[o.word_start..o.range.start].starts_with('و')
                        && norm[h.range.end..o.word_start]
                            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '«' | '»'))
                            .is_empty()
                });
            // (Security, not the security forces: "مجلس الأمن", "الأمن
            // والاستقرار", "الأمن العام".)
            let security_word = norm[h.range.clone()].trim() == "الامن"
                && (words_before(norm, h.word_start)
                    .next()
                    .is_some_and(|w| w.ends_with("مجلس"))
                    || norm[h.range.end..].split_whitespace().next().is_some_and(|w| {
                        matches!(
                            w.trim_end_matches(|c: char| !c.is_alphabetic()),
                            "والاستقرار"
                                | "والامان"
                                | "والسلام"
                                | "والسلم"
                                | "العام"
                                | "الداخلي"
                                | "الوطني"
                                | "القومي"
                                | "الغذائي"
                                | "العسكري"
                                | "السياسي"
                                | "الجنائي"
                        )
                    }));
            if of_named || heads_name || security_word {
                continue;
            }
            let an = &cues.anaphora[i];
            // The preferred actor among those named before, most recent
            // first; the default when none is.
            // (A country named as a place is no army: "باتجاه الحدود مع
            // تركيا … وقال المصدر إن الجيش".)
            let named_before = out
                .iter()
                .rev()
                .filter(|o| o.range.end <= h.word_start && !is_country(o));
            // ("تنظيم ب ي د": the anaphor's noun, its last word, right before.)
            let noun = an
                .forms
                .first()
                .and_then(|f| f.split_whitespace().last())
                .unwrap_or("");
            let noun = noun.strip_prefix("ال").unwrap_or(noun);
            // (Not one joined to it: "بين مقاتلي التنظيم ووحدات حماية الشعب".)
            let named_as = |o: &ActorOcc| {
                an.named_as.contains(&o.id)
                    && !norm[o.word_start..o.range.start].contains('و')
                    && words_before(norm, o.word_start)
                        .next()
                        .is_some_and(|w| w.strip_prefix("ال").unwrap_or(w) == noun)
            };
            // (One the article called by the anaphor's noun comes first:
            // "التنظيم" after "تنظيم الدولة الإسلامية … هيئة تحرير الشام" is
            // the former.)
            let called = |o: &ActorOcc| {
                !noun.is_empty()
                    && ({
                        let name = norm[o.word_start..o.range.end].trim_start_matches('و');
                        name.starts_with(noun) || name.strip_prefix("ال").is_some_and(|n| n.starts_with(noun))
                    } || words_before(norm, o.word_start)
                        .next()
                        .is_some_and(|w| w.strip_prefix("ال").unwrap_or(w) == noun))
            };
            let candidates = || {
                named_before
                    .clone()
                    .filter(|o| an.actors.contains(&o.id) || named_as(o))
            };
            let id = candidates()
                .find(|o| called(o))
                .or_else(|| candidates().find(|o| an.usual.as_ref() == Some(&o.id)))
                .or_else(|| candidates().next())
                .map(|o| o.id.as_str())
                .or(an.default.as_deref());
            if let Some(id) = id {
                let lam = self.a.norm.as_str()[h.word_start..h.range.start].ends_with('ل');
                anaphoric.push(ActorOcc {
                    range: h.range.clone(),
                    word_start: h.word_start,
                    id: id.to_string(),
                    lam,
                });
            }
        }
        out.extend(anaphoric);
        out.sort_by_key(|o| o.range.start);
        // "مسلحون يُعتقد أنهم من خلايا تنظيم «داعش»": gunmen believed to
        // be of a group are that group's.
        for i in 0..out.len() {
            if !matches!(out[i].id.as_str(), "unidentified" | "opposition") {
                continue;
            }
            let mut after = norm[out[i].range.end..].split_whitespace();
            let hedged = after.next().is_some_and(|w| HEDGES.contains(&w))
                && matches!(after.next(), Some("انهم" | "انه" | "بانهم" | "بانه"));
            let Some(next) = out.get(i + 1) else { continue };
            // (And factions then their name: `فصائل "الجبهة الجنوبية"`.)
            let named_next = out[i].id == "opposition"
                && next.id != "opposition"
                && self.words_between(out[i].range.end, next.word_start) == 0
                && crate::sentence::descends(self, &next.id, "opposition");
            // (And gunmen of a group: "اختطف مسلحون من التنظيم خمسة شبان";
            // not of a fallen one's remnants, "مجموعة مسلحة من فلول نظام
            // الأسد", whom coders tell apart from the regime.)
            let mut then = norm[out[i].range.end..].split_whitespace();
            let of_group = out[i].id == "unidentified"
                && then.next() == Some("من")
                && then.next() != Some("فلول")
                && self.words_between(out[i].range.end, next.word_start) <= 2
                && !norm[out[i].range.end..next.word_start].contains(['،', ',']);
            if (hedged && self.words_between(out[i].range.end, next.word_start) <= 6)
                || named_next
                || of_group
            {
                out[i].id = next.id.clone();
            }
        }
        self.actors = out;
    }

    fn place_occurrences(&mut self) {
        let pack = &self.ex.engine.pack;
        let norm = self.a.norm.as_str();
        let mut out: Vec<PlaceOcc> = Vec::new();
        for (m, r) in self.a.mentions.iter().zip(&self.a.places) {
            let unique = matches!(
                r,
                Some(Resolution::Resolved {
                    how: rasad_mentions::How::Unique,
                    ..
                })
            );
            let (place, admin1, candidates) = match r {
                Some(Resolution::Resolved { place, .. }) => (
                    Some(*place),
                    Some(pack.places[*place as usize].admin1.clone()),
                    Vec::new(),
                ),
                Some(Resolution::Ambiguous { candidates }) => {
                    // Unsettled: keep the governorate when they share one.
                    let first = &pack.places[candidates[0] as usize];
                    let shared = candidates
                        .iter()
                        .all(|&c| pack.places[c as usize].admin1 == first.admin1);
                    // Twin villages a few kilometres apart ("عرب حسن كبير"
                    // and "عرب حسن صغير") are one place to a report.
                    let twins = candidates.iter().all(|&c| {
                        first.distance_km(pack.places[c as usize].lat, pack.places[c as usize].lon) <= 5.0
                    });
                    let place = twins.then_some(candidates[0]);
                    (place, shared.then(|| first.admin1.clone()), candidates.clone())
                }
                _ => continue,
            };
            // "مركز ناحية شيخ الحديد": the town that is the seat of the
            // sub-district (or district), not the area.
            // (The admin unit's name may hold the word: "ناحية شيخ الحديد".)
            let before: Vec<&str> = words_back(norm, m.word_start).take(2).collect();
            let seat = match before.as_slice() {
                ["ناحيه" | "منطقه", "مركز" | "ومركز", ..] => true,
                ["مركز" | "ومركز", ..] => {
                    let name = &norm[m.range.clone()];
                    name.starts_with("ناحيه") || name.starts_with("منطقه")
                }
                _ => false,
            };
            let place = match place {
                Some(p)
                    if seat
                        && matches!(
                            pack.places[p as usize].kind,
                            PlaceKind::Subdistrict | PlaceKind::District
                        ) =>
                {
                    let area = &pack.places[p as usize];
                    pack.places
                        .iter()
                        .position(|t| {
                            matches!(t.kind, PlaceKind::Community | PlaceKind::Town)
                                && t.admin1 == area.admin1
                                && t.name_ar == area.name_ar
                        })
                        .map_or(Some(p), |t| Some(t as u32))
                }
                other => other,
            };
            // An actor or reporter name holding a place name is not a place
            // ("جيش أسود الشرقية"): the matcher already kept the longest.
            let area = place.is_some_and(|p| pack.places[p as usize].kind.is_area());
            out.push(PlaceOcc {
                range: m.range.clone(),
                word_start: m.word_start,
                place,
                written: self.a.norm.original_slice(m.range.clone()).to_string(),
                admin1,
                area,
                near: false,
                modifier: false,
                unique,
                located_by: None,
                candidates,
                admin1_guess: None,
            });
        }
        // "قرية حطين وبلدة عامودا": a bare name with the town OCHA adds to
        // tell it apart is that village.
        let mut told: Vec<(&str, u32)> = Vec::new();
        for i in 0..out.len() {
            let Some(towns) = self.ex.suffixed.get(&norm[out[i].range.clone()]) else {
                continue;
            };
            let sentence = self.sentence_at(out[i].word_start);
            let village = out.iter().find_map(|q| {
                let named = q.word_start != out[i].word_start && self.sentence_at(q.word_start) == sentence;
                towns
                    .iter()
                    .find(|(town, _)| named && *town == norm[q.range.clone()])
                    .map(|&(_, v)| v)
            });
            if let Some(v) = village {
                told.push((&norm[out[i].range.clone()], v));
            }
        }
        // (And so is the bare name again in the article: "… أثناء مرورها
        // قرب قرية حطين".)
        for p in out.iter_mut() {
            if let Some(&(_, v)) = told.iter().find(|(bare, _)| *bare == &norm[p.range.clone()]) {
                p.place = Some(v);
                p.admin1 = Some(pack.places[v as usize].admin1.clone());
                p.candidates.clear();
                p.unique = false;
            }
        }
        // Datelines ("دمشق (رويترز) -", "حماة-سانا") say where the report was
        // filed, not where anything happened.
        out.retain(|p| {
            let line_start = norm[..p.word_start].rfind('\n').map_or(0, |i| i + 1);
            let at_line_start = norm[line_start..p.word_start].trim().is_empty();
            let after = norm[p.range.end..].trim_start();
            // (Or one of several before the outlet and a colon: "عمان – دمشق
            // – «القدس العربي» ووكالات:".)
            let signed = norm[p.range.end..].find(':').is_some_and(|colon| {
                let head = &norm[line_start..p.range.end + colon];
                head.len() < 120
                    && head.split_whitespace().count() <= 8
                    && (head.contains('"') || head.contains("وكالات"))
                    && after.starts_with(['-', '–', '—', '"'])
            });
            let filed = at_line_start && after.starts_with(['(', '-', '–', '—', '/']);
            !(filed || signed)
        });
        // "أمين فرع حزب البعث": a party, not the village of البعث.
        // "في شارع تل أبيض وسط المدينة": a street named after a town.
        // "أمام مبنى السرايا": a building (not "أمام مبنى محافظة طرطوس",
        // in that city).
        out.retain(|p| match words_back(norm, p.word_start).next() {
            // ("دورية تابعة لفرع سعسع": a security branch named after a town.)
            Some(
                "حزب"
                | "لحزب"
                | "شارع"
                | "بشارع"
                | "وشارع"
                | "اوتوستراد"
                | "باوتوستراد"
                | "فرع"
                | "لفرع"
                | "بفرع",
            ) => false,
            Some("مبني" | "لمبني" | "بمبني") => {
                p.area || norm[p.range.clone()].starts_with("محافظ")
            }
            _ => true,
        });
        // "سيطرت الفصائل على قريتي صوران واحتيملات … دخلت القريتين": the
        // two villages just named, not the town of القريتين.
        out.retain(|p| {
            let word = norm[p.range.clone()].trim();
            let Some(dual) = word.strip_prefix("ال").and_then(|w| w.strip_suffix("ين")) else {
                return true;
            };
            // "مدينة القريتين", "القريتين التي": the town, in the singular.
            let before = norm[..p.word_start].split_whitespace().next_back().unwrap_or("");
            let after = norm[p.range.end..].split_whitespace().next().unwrap_or("");
            if ["مدينه", "بلده"].contains(&before.trim_start_matches('و'))
                || ["التي", "الواقعه", "الاستراتيجيه"].contains(&after)
            {
                return true;
            }
            // Named shortly before (a few sentences), not anywhere earlier.
            let construct = format!("{dual}ي");
            let mut from = p.word_start.saturating_sub(2000);
            while !norm.is_char_boundary(from) {
                from += 1;
            }
            // (Or two of them named one by one just before: "دخلت قرية
            // المصاصنة …، فيما تمكنت من السيطرة على قرية البويضة …، وسط
            // استمرار الاشتباكات في محيط القريتين".)
            let single = dual.strip_suffix('ت').map(|stem| format!("{stem}ه"));
            let near = norm.floor_char_boundary(p.word_start.saturating_sub(500));
            let singles = norm[near..p.word_start]
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| single.as_deref().is_some_and(|x| is_word_or_clitic(w, x)))
                .count();
            singles < 2
                && !norm[from..p.word_start]
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| is_word_or_clitic(w, &construct))
        });
        // "السيطرة على تل الحارة … اقتحموا التل": the hill just named, not
        // the town of التل.
        // (Named or not in the gazetteer: "على تل الجموع … حرروا التل".)
        let hill_before = |at: usize| {
            let from = norm.floor_char_boundary(at.saturating_sub(1200));
            norm[from..at]
                .split_whitespace()
                .any(|w| matches!(w, "تل" | "وتل" | "بتل"))
        };
        out.retain(|p| {
            let word = norm[p.range.clone()].trim();
            let before = norm[..p.word_start].split_whitespace().next_back().unwrap_or("");
            word != "التل"
                || ["مدينه", "بلده"].contains(&before.trim_start_matches('و'))
                || !hill_before(p.word_start)
        });
        out.extend(self.unlisted_places(&out));
        out.sort_by_key(|p| p.word_start);
        // "في بادية عقيربات بريف حماة": the desert of the place named next,
        // not the Syrian Desert as a whole (in Homs).
        let starts: Vec<usize> = out.iter().map(|p| p.word_start).collect();
        out.retain(|p| {
            norm[p.range.clone()].trim() != "باديه"
                || !starts
                    .iter()
                    .any(|&s| s > p.range.end && norm[p.range.end..s].trim().is_empty())
        });
        // "في ريف حماة وحمص": the countryside of both, so حمص is the
        // governorate, not the city.
        // "على ريفي إدلب وحماة": the countryside of both, too.
        let rifi = |p: &PlaceOcc| norm[..p.word_start].split_whitespace().next_back() == Some("ريفي");
        for i in 0..out.len() {
            let conjoined = i > 0
                && norm[out[i - 1].range.end..out[i].word_start].trim().is_empty()
                && norm[out[i].word_start..].starts_with('و');
            let after_rif = i > 0
                && ((out[i - 1].area && out[i - 1].written.starts_with("ريف") && conjoined)
                    || (rifi(&out[i - 1]) && conjoined));
            let capital = out[i].place.is_some_and(|p| pack.places[p as usize].rank >= 4);
            if (after_rif || rifi(&out[i])) && capital {
                let mut admin1 = pack.places[out[i].place.unwrap_or_default() as usize]
                    .admin1
                    .clone();
                // The countryside of the capital is a governorate of its own.
                if admin1 == "Damascus" {
                    admin1 = "Rural Damascus".to_string();
                }
                if let Some(g) = pack
                    .places
                    .iter()
                    .position(|p| p.kind == PlaceKind::Governorate && p.admin1 == admin1)
                {
                    out[i].place = Some(g as u32);
                    out[i].area = true;
                }
            }
        }
        // "أمام مبنى محافظة طرطوس": the governorate's building, in its
        // capital.
        for p in &mut out {
            let Some(g) = p
                .place
                .filter(|&g| pack.places[g as usize].kind == PlaceKind::Governorate)
            else {
                continue;
            };
            let mut back = words_back(norm, p.word_start);
            let mut w = back.next();
            if w == Some("محافظه") {
                w = back.next();
            }
            if !matches!(
                w.map(|w| w.trim_start_matches(['و', 'ب'])),
                Some("مبني" | "مقر" | "سراي")
            ) {
                continue;
            }
            let gov = &pack.places[g as usize];
            let capital = pack.places.iter().position(|c| {
                matches!(c.kind, PlaceKind::Community | PlaceKind::Town)
                    && c.admin1 == gov.admin1
                    && c.rank >= 4
            });
            if let Some(c) = capital {
                p.place = Some(c as u32);
                p.area = false;
            }
        }
        // "صوران بريف حماة", "خطملو بريف حمص الشرقي": an area right after a
        // place, joined by ب, في or a comma, only locates it.
        for i in 1..out.len() {
            let gap = norm[out[i - 1].range.end..out[i].word_start].trim();
            // ("قرب دمشق وفي محافظة إدلب", "في دمشق والغوطة الشرقية": و
            // starts a place of its own.)
            let conjoined = norm[out[i].word_start..out[i].range.start].starts_with('و');
            // (Not across sentences: "… على أطراف بلدة الهبيط.\n\nوفي ريف
            // اللاذقية الشمالي، …".)
            // (Or past the town's adjective: "بلدة مضايا المحاصرة بريف دمشق
            // الغربي".)
            let adjective = !gap.contains(' ')
                && gap.starts_with("ال")
                && norm[out[i].word_start..out[i].range.start] == *"ب";
            let joined = (gap.is_empty() && !conjoined)
                || adjective
                || matches!(gap, "في" | "،" | "," | "ب")
                || (gap.ends_with("في")
                    && !gap.starts_with('و')
                    && !gap.contains(['.', '\n', '؟', '?', '!']));
            // "قرية الزارة بريف تلكلخ": the countryside of a town locates too,
            // and so does the subdistrict or town a place belongs to ("قرى
            // صيدا والهوشان في ريف ناحية عين عيسى", "الدردارة التابعة
            // لناحيتي زركان وتل تمر": both of them).
            let belongs = belongs_to(gap);
            let rif_of_town = matches!(gap, "بريف" | "في ريف" | "ريف") || belongs.is_some();
            if belongs == Some(true)
                && i + 1 < out.len()
                && norm[out[i].range.end..out[i + 1].word_start].trim().is_empty()
                && norm[out[i + 1].word_start..].starts_with('و')
            {
                out[i + 1].modifier = true;
            }
            // (Or after an area that itself locates a place: "قرية دورين
            // بجبل الأكراد في ريف اللاذقية الشمالي".)
            let locating_area = out[i - 1].area && out[i - 1].modifier;
            // (A subdistrict or district is located the same way: "في
            // السوق الرئيسي لناحية راجو بريف عفرين" happened in راجو.)
            let district_in_rif = rif_of_town
                && out[i - 1].place.is_some_and(|p| {
                    matches!(
                        pack.places[p as usize].kind,
                        PlaceKind::Subdistrict | PlaceKind::District
                    )
                });
            // (And a district in its governorate: "في منطقة القطيفة بريف
            // دمشق".)
            let district_in_governorate = out[i - 1].place.zip(out[i].place).is_some_and(|(a, b)| {
                let (inner, outer) = (&pack.places[a as usize], &pack.places[b as usize]);
                matches!(inner.kind, PlaceKind::Subdistrict | PlaceKind::District)
                    && outer.kind == PlaceKind::Governorate
                    && inner.admin1 == outer.admin1
            });
            // (And a plain or mountain in its countryside: "في سهل الغاب بريف
            // حماة الشمالي الغربي".)
            let region_in_area = out[i - 1].place.zip(out[i].place).is_some_and(|(a, b)| {
                pack.places[a as usize].kind == PlaceKind::Region
                    && match pack.places[b as usize].kind {
                        PlaceKind::Governorate | PlaceKind::District | PlaceKind::Subdistrict => true,
                        PlaceKind::Region => norm[out[i].range.clone()].starts_with("ريف"),
                        _ => false,
                    }
            });
            if ((out[i].area && joined && self.words_between(out[i - 1].range.end, out[i].word_start) <= 1)
                || rif_of_town)
                && (!out[i - 1].area
                    || locating_area
                    || district_in_rif
                    || district_in_governorate
                    || region_in_area)
            {
                out[i].modifier = true;
                if locating_area {
                    continue;
                }
                out[i - 1].located_by = out[i].place;
                if out[i - 1].admin1.is_none() {
                    out[i - 1].admin1 = out[i].admin1.clone();
                    settle(pack, &mut out[i - 1]);
                }
            }
        }
        // A list of places that ends in its area gives the area's
        // governorate to those the gazetteer does not have: "وجنى العلباوي
        // وأبو جنايا وأبو جبيلات في ريف حماة الشرقي".
        for i in 1..out.len() {
            if !out[i].modifier {
                continue;
            }
            let admin1 = out[i].admin1.clone();
            let locator = out[i].place;
            let mut j = i - 1;
            loop {
                out[j].located_by = locator;
                // The text puts the list in this governorate: a place of the
                // same name elsewhere is not the one meant ("قلعة المضيق
                // والحويز في ريف حماة" when the gazetteer's الحويز is in
                // Lattakia).
                if out[j].place.is_some() && out[j].admin1 != admin1 && !out[j].area {
                    out[j].place = None;
                }
                if out[j].admin1.is_none() || out[j].place.is_none() {
                    out[j].admin1 = admin1.clone();
                    settle(pack, &mut out[j]);
                }
                if j == 0 || out[j - 1].area || !is_list_gap(&norm[out[j - 1].range.end..out[j].word_start]) {
                    break;
                }
                j -= 1;
            }
        }
        // An unknown village listed with a known one of the governorate the
        // text puts it in is placed near that one, not at its area's point:
        // "على بلدتي خلصة وزيتان في ريف حلب الجنوبي".
        for i in 0..out.len() {
            let by_town = out[i]
                .located_by
                .is_some_and(|l| pack.places[l as usize].kind == PlaceKind::Community);
            if out[i].place.is_some() || out[i].area || by_town {
                continue;
            }
            let listed = |a: usize, b: usize| is_list_gap(&norm[out[a].range.end..out[b].word_start]);
            let before = (i > 0 && listed(i - 1, i)).then(|| i - 1);
            let after = (i + 1 < out.len() && listed(i, i + 1)).then_some(i + 1);
            let town = [before, after].into_iter().flatten().find_map(|j| {
                let b = out[j].place?;
                let q = &pack.places[b as usize];
                (q.kind == PlaceKind::Community && !out[j].area && out[i].admin1.as_ref() == Some(&q.admin1))
                    .then_some(b)
            });
            if town.is_some() {
                out[i].located_by = town;
            }
        }
        // Fuzzy rescue: a name the gazetteer lacks, in a known governorate,
        // may be a one-dot misspelling of a place there (أبو جبيلات for
        // أبو حبيلات).
        for p in &mut out {
            if p.place.is_none() {
                if let Some(admin1) = &p.admin1 {
                    p.place = self.ex.fuzzy.find(&rasad_text::normalize_str(&p.written), admin1);
                }
            }
        }
        // One name, one place: a name its own sentence located stands for
        // the same place where the article names it again bare ("قرية
        // الهيشة في ريف الرقة الشمالي" … "إلى جانب الهيشة", not Tartous's).
        let names: Vec<String> = out
            .iter()
            .map(|p| rasad_text::normalize_str(&p.written))
            .collect();
        for i in 0..out.len() {
            let (Some(place), Some(_)) = (out[i].place, out[i].located_by) else {
                continue;
            };
            let admin1 = pack.places[place as usize].admin1.clone();
            for (q, name) in out.iter_mut().zip(&names) {
                if q.unique
                    && q.located_by.is_none()
                    && q.place.is_some_and(|o| pack.places[o as usize].admin1 != admin1)
                    && *name == names[i]
                {
                    q.place = Some(place);
                    q.admin1 = Some(admin1.clone());
                }
            }
        }
        // Near a place: "جنوب غرب السخنة", "في محيط دير الزور", "جنوب شرقي
        // مقاطعة كوباني" (the Kurdish administration's canton).
        for p in &mut out {
            let before = &norm[..p.word_start];
            let window_start = before.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let window = window_start..p.word_start;
            p.near = self.hits_in(&window).any(|h| {
                h.is(List::Near) && {
                    let gap = &norm[h.range.end..p.word_start];
                    gap.split_whitespace().all(|w| {
                        matches!(
                            w,
                            "مدينه"
                                | "بلده"
                                | "قريه"
                                | "منطقه"
                                | "من"
                                | "حي"
                                | "العاصمه"
                                | "مدينتي"
                                | "بلدتي"
                                | "ناحيه"
                                | "مقاطعه"
                                // ("قرب طريق مطار دمشق الدولي".)
                                | "طريق"
                                // ("في الطرف الغربي لمدينة الرقة".)
                                | "لمدينه"
                                | "لبلده"
                                | "لقريه"
                        )
                    })
                }
            });
        }
        // "حي باب توما في دمشق", "مطار المزة بدمشق", "حي المزة بالعاصمة
        // دمشق": the city after one of its neighbourhoods or sites only
        // locates it.
        // So does a city after neighbourhoods the gazetteer lacks, named as
        // such ("حيي الجورة والقصور في مدينة دير الزور").
        // (The word may open the name itself: "حي المهاجرين".)
        let neighbourhood_word = |p: &PlaceOcc| {
            words_back(norm, p.word_start).any(|w| matches!(w, "حي" | "حيي" | "احياء" | "بحي" | "وحي"))
                || norm[p.range.clone()].trim_start_matches('و').starts_with("حي ")
        };
        for i in 1..out.len() {
            let Some(b) = out[i].place else { continue };
            let outer = &pack.places[b as usize];
            let gap = norm[out[i - 1].range.end..out[i].word_start].trim();
            // ("حيي باب توما والقصاع بوسط العاصمة دمشق".)
            let centre = gap
                .strip_prefix("بوسط")
                .or_else(|| gap.strip_prefix("في وسط"))
                .or_else(|| gap.strip_prefix("وسط"))
                .map(str::trim);
            // (Past an adjective of the quarters: "أحياء الخالدية وجورة
            // الشياح المحاصرة في مدينة حمص".)
            let gap = match gap.split_once(' ') {
                Some((adjective, rest)) if adjective.starts_with("ال") && rest.starts_with("في") => rest,
                _ => gap,
            };
            let joined = matches!(
                gap,
                "في" | "،"
                    | ","
                    | "في مدينه"
                    | "بمدينه"
                    | "داخل"
                    | "داخل مدينه"
                    | "بالعاصمه"
                    | "في العاصمه"
                    | "، العاصمه"
            ) || matches!(centre, Some("" | "مدينه" | "العاصمه"))
                || (gap.is_empty() && norm[out[i].word_start..].starts_with('ب'));
            // A quarter named like a village elsewhere is the city's quarter
            // ("حي الثورة وسط مدينة إدلب" is not al-Thawrah in Raqqa).
            // (And a quarter of that name in another city: "حي الزهراء في
            // مدينة حمص" is not Damascus's.)
            // (A subdistrict's town named a city has quarters too: "حي
            // الروضة في مدينة جرمانا".)
            let city = outer.rank >= 3 || (outer.rank == 2 && gap.contains("مدينه"));
            if joined && city && neighbourhood_word(&out[i - 1]) {
                if let Some(a) = out[i - 1].place.filter(|&a| a != b) {
                    let inner = &pack.places[a as usize];
                    // (Or of another city of its governorate: "حي الأشرفية
                    // في مدينة عفرين" is not Aleppo's.)
                    if !matches!(inner.kind, PlaceKind::Neighbourhood | PlaceKind::Site)
                        || inner.admin1 != outer.admin1
                        || inner.distance_km(outer.lat, outer.lon) > 15.0
                    {
                        out[i - 1].place = None;
                        out[i - 1].admin1 = None;
                    }
                }
            }
            let contains = match out[i - 1].place {
                Some(a) => {
                    let inner = &pack.places[a as usize];
                    matches!(inner.kind, PlaceKind::Neighbourhood | PlaceKind::Site)
                        && outer.rank >= 3
                        && inner.admin1 == outer.admin1
                }
                None => city && neighbourhood_word(&out[i - 1]),
            };
            // "قرب مقبرة باب الصغير في حي الشاغور بدمشق القديمة": a
            // quarter after a quarter or site of its city, joined by في or
            // ب, only says where that one is.
            let quarter_in_quarter = (matches!(gap, "في" | "في حي" | "بحي")
                || (gap.is_empty() && norm[out[i].word_start..].starts_with('ب')))
                && outer.kind == PlaceKind::Neighbourhood
                && out[i - 1].place.is_some_and(|a| {
                    let inner = &pack.places[a as usize];
                    a != b
                        && matches!(inner.kind, PlaceKind::Neighbourhood | PlaceKind::Site)
                        && inner.admin1 == outer.admin1
                });
            if quarter_in_quarter {
                out[i].modifier = true;
            }
            if joined && contains {
                out[i].modifier = true;
                if out[i - 1].place.is_none() {
                    // The whole list of neighbourhoods is in that city.
                    let mut j = i - 1;
                    loop {
                        out[j].located_by = Some(b);
                        out[j].admin1 = Some(outer.admin1.clone());
                        if j == 0
                            || out[j - 1].place.is_some()
                            || !is_list_gap(&norm[out[j - 1].range.end..out[j].word_start])
                        {
                            break;
                        }
                        j -= 1;
                    }
                }
            }
        }
        // "أثناء رعيهما الأغنام في البادية المحاذية للقرية": a region by
        // the village told before only says where around it.
        for p in out.iter_mut() {
            let region = p
                .place
                .is_some_and(|a| pack.places[a as usize].kind == PlaceKind::Region);
            let mut after = norm[p.range.end..].split_whitespace();
            let by = after.next().is_some_and(|w| {
                ["المحاذ", "المجاور", "القريب", "المحيط"]
                    .iter()
                    .any(|s| w.starts_with(s))
            });
            let village = after.next().is_some_and(|w| {
                matches!(
                    w.trim_end_matches(['،', ',', '.']),
                    "للقريه" | "للبلده" | "للمدينه" | "بالقريه" | "بالبلده" | "بالمدينه"
                )
            });
            if region && by && village {
                p.modifier = true;
            }
        }
        // "بريف المالكية (ديريك)": a name in brackets right after a place's
        // is that place again, not another.
        for i in 1..out.len() {
            let gap = norm[out[i - 1].range.end..out[i].word_start].trim();
            if gap == "(" && out[i].place.is_some() && out[i].place == out[i - 1].place {
                out[i].modifier = true;
            }
        }
        // "في حي جوبر شرقي دمشق": a place after a compass word that follows
        // another place only locates it.
        for i in 1..out.len() {
            let (prev_end, start) = (out[i - 1].range.end, out[i].word_start);
            // "قرية حطلة الواقعة على الضفة الشمالية لنهر الفرات قرب مدينة
            // دير الزور": what a place's "الواقعة" phrase names locates it.
            let lying = norm[prev_end..start]
                .split_whitespace()
                .next()
                .is_some_and(lies_word)
                && !norm[prev_end..start].contains(['،', ',', '.', '\n'])
                && self.words_between(prev_end, start) <= 10
                && !self.hits_in(&(prev_end..start)).any(|h| h.event().is_some());
            // (Not a region's: "في البادية القريبة من قرية الطيبة" is at
            // the village.)
            let beside = norm[prev_end..start]
                .split_whitespace()
                .next()
                .is_some_and(beside_word)
                && !out[i - 1].area
                && self.words_between(prev_end, start) <= 3
                && !norm[prev_end..start].contains(['،', ',', '.', '\n']);
            if lying || beside {
                out[i].modifier = true;
                continue;
            }
            let compass = self.hits_in(&(prev_end..start)).any(|h| h.is(List::Near));
            let same_sentence = !norm[prev_end.min(start)..start].contains(['.', '\n']);
            // (A compass phrase counts as one word: "قرب بلدة موحسن إلى
            // الجنوب الشرقي من مدينة دير الزور".)
            let phrase_words: usize = self
                .hits_in(&(prev_end..start))
                .filter(|h| h.is(List::Near))
                .map(|h| {
                    self.words_between(h.word_start, h.range.end + 1)
                        .saturating_sub(1)
                })
                .sum();
            // (Nor does a crossing's "الحدودي مع تركيا": "معبر باب السلامة
            // الحدودي مع تركيا شمال مدينة اعزاز".)
            let border_words = norm[prev_end..start]
                .split_whitespace()
                .filter(|w| matches!(*w, "الحدودي" | "الحدوديه" | "مع"))
                .count()
                + self
                    .hits_in(&(prev_end..start))
                    .filter(|h| h.is(List::Countries))
                    .count();
            // (Nor an unknown countryside between: "قرب قرية تل عدس في ريف
            // رميلان، شمال شرقي الحسكة".)
            let gap_words: Vec<&str> = norm[prev_end..start].split_whitespace().collect();
            let rif_words = gap_words
                .iter()
                .position(|w| matches!(*w, "ريف" | "بريف"))
                .filter(|&i| gap_words.len() > i + 1)
                .map_or(0, |i| 2 + usize::from(i > 0 && gap_words[i - 1] == "في"));
            let gap = self
                .words_between(prev_end, start)
                .saturating_sub(phrase_words + border_words + rif_words);
            // (Joined by و, it is another place: "على بلدة التمانعة وعلى
            // أطراف مدينة خان شيخون".)
            let conjoined = self
                .hits_in(&(prev_end..start))
                .filter(|h| h.is(List::Near))
                .any(|h| {
                    matches!(
                        norm[prev_end..h.range.start].split_whitespace().next_back(),
                        Some("و" | "وعلي" | "وفي" | "وعند")
                    )
                });
            // (Nor the far end of a road "بين السخنة والرصافة، قرب بلدة
            // الكوم": the road is near the town.)
            let between_end = i >= 2
                && norm[out[i - 2].range.end..out[i - 1].range.start].trim() == "و"
                && words_before(norm, out[i - 2].word_start).next() == Some("بين");
            // (Nor the end of a road named by its two cities: "على الطريق
            // الدولي حلب – اللاذقية (M4)، قرب قرية مصيبين".)
            let road_end = i >= 2
                && matches!(
                    norm[out[i - 2].range.end..out[i - 1].range.start].trim(),
                    "-" | "–" | "—"
                )
                && words_before(norm, out[i - 2].word_start).take(2).any(|w| {
                    matches!(
                        w,
                        "طريق" | "الطريق" | "الدولي" | "السريع" | "اوتوستراد" | "الاوتوستراد"
                    )
                });
            // (Nor a road's first end: "على حاجز بلدة الصورة الكبيرة على
            // طريق دمشق – السويداء" is no village of Damascus.)
            let road_start = out.get(i + 1).is_some_and(|n| {
                matches!(
                    norm[out[i].range.end..n.range.start.max(out[i].range.end)].trim(),
                    "-" | "–" | "—"
                )
            });
            // "في البادية قرب بلدة عقيربات": the desert is where the town
            // is, the town where it happened.
            // (Near it, not a compass's bearing from a city: "بسهل الغاب شمال
            // غربي حماة" is in the plain.)
            let near_word = norm[prev_end..start]
                .split_whitespace()
                .any(|w| matches!(w, "قرب" | "بالقرب" | "مقربه"));
            // (Or a bearing from a village, named so: "في البادية جنوب
            // بلدة محكان" is by the village.)
            let bearing_from_village = compass
                && words_before(norm, start)
                    .next()
                    .is_some_and(|w| matches!(w, "بلده" | "قريه"));
            let region_by_town = (near_word || bearing_from_village)
                && !out[i - 1].modifier
                && out[i - 1]
                    .place
                    .is_some_and(|a| pack.places[a as usize].kind == rasad_pack::PlaceKind::Region)
                && out[i].place.is_some_and(|b| {
                    matches!(
                        pack.places[b as usize].kind,
                        rasad_pack::PlaceKind::Community | rasad_pack::PlaceKind::Town
                    )
                });
            let locates = out[i].near
                && compass
                && same_sentence
                && gap <= 3
                && !conjoined
                && !between_end
                && !road_end
                && !road_start;
            if locates && region_by_town {
                out[i - 1].modifier = true;
            } else if locates {
                out[i].modifier = true;
                // The gazetteer's only place of a name, far off in another
                // governorate, is not the one a town here locates ("مخيم
                // البحرة شرقي بلدة هجين" is no Bahra of Hama).
                if let (Some(a), Some(b)) = (out[i - 1].place, out[i].place) {
                    let (inner, outer) = (&pack.places[a as usize], &pack.places[b as usize]);
                    // (A town well known, "rank" 2 and up: a village named
                    // like another may be the one misread.)
                    if out[i - 1].unique
                        && outer.rank >= 2
                        && inner.admin1 != outer.admin1
                        && inner.distance_km(outer.lat, outer.lon) > 25.0
                    {
                        out[i - 1].place = None;
                        out[i - 1].admin1 = None;
                    }
                }
                // An unknown quarter so located is in that city ("حي المفتي
                // جنوبي مدينة الحسكة").
                if let (None, None, Some(b)) = (out[i - 1].place, &out[i - 1].admin1, out[i].place) {
                    let outer = &pack.places[b as usize];
                    if outer.rank >= 3 && neighbourhood_word(&out[i - 1]) {
                        out[i - 1].admin1 = Some(outer.admin1.clone());
                        out[i - 1].located_by = Some(b);
                    } else {
                        // A name of several places is the one in the
                        // governorate of what locates it ("بادية الرصافة
                        // جنوب غربي الرقة"); a name of none there is shown
                        // near it ("قريتي صيدا والمعلق شمالي عين عيسى").
                        out[i - 1].admin1 = Some(outer.admin1.clone());
                        settle(pack, &mut out[i - 1]);
                        if out[i - 1].place.is_none() {
                            out[i - 1].located_by = Some(b);
                        }
                    }
                }
            }
        }
        // "وفي ريف الرقة الشمالي، … قرية الهيشة": the sentence sets its
        // governorate; the gazetteer's only place of that name, elsewhere,
        // is not the one meant.
        for r in &self.a.sentences {
            // (Or the countryside of a town: "وفي ريف ناحية تل تمر، …".)
            let topic = out.iter().find(|p| {
                p.word_start >= r.start && p.range.end <= r.end && {
                    let before = norm[r.start..p.word_start].trim();
                    let countryside =
                        matches!(before, "في ريف" | "وفي ريف" | "في ريف ناحيه" | "وفي ريف ناحيه");
                    ((p.area && matches!(before, "في" | "وفي" | "")) || countryside)
                        && norm[p.range.end..].trim_start().starts_with(['،', ','])
                }
            });
            let Some(topic_admin1) = topic.and_then(|t| t.admin1.clone()) else {
                continue;
            };
            for p in out
                .iter_mut()
                .filter(|p| p.word_start >= r.start && p.range.end <= r.end)
            {
                if p.unique && !p.area && p.admin1.as_deref() != Some(topic_admin1.as_str()) {
                    p.place = None;
                    p.admin1 = Some(topic_admin1.clone());
                }
            }
        }
        // "في مدينة الحسكة … في حي غويران": a quarter the gazetteer lacks
        // is in the city its sentence named before it; so is one named
        // like a village of another governorate ("وفي مدينة إدلب، … في حي
        // الثورة" is not al-Thawrah in Raqqa).
        // (With no town in its sentence, the city the article keeps naming:
        // "تتواصل الاشتباكات … في حي الصناعة" in a story about Raqqa.)
        let mut named: HashMap<u32, usize> = HashMap::new();
        for id in out.iter().filter(|p| !p.area).filter_map(|p| p.place) {
            if pack.places[id as usize].rank >= 3 && pack.places[id as usize].kind == PlaceKind::Community {
                *named.entry(id).or_default() += 1;
            }
        }
        let main_city = named
            .iter()
            .filter(|&(_, &n)| n >= 2)
            .max_by_key(|&(&id, &n)| (n, std::cmp::Reverse(id)))
            .map(|(&id, _)| id);
        // (The city right after a quarter that locates it comes first:
        // "السيدة زينب جنوب دمشق وحي الزهراء في مدينة حمص".)
        let located_after: Vec<Option<u32>> = (0..out.len())
            .map(|i| {
                out.get(i + 1)
                    .filter(|n| n.modifier && self.words_between(out[i].range.end, n.word_start) <= 3)
                    .and_then(|n| n.place)
            })
            .collect();
        // (Each name of a list of quarters: "في أحياء سليمان الحلبي والعرقوب
        // والميدان".)
        // The city that locates a list is after its last name: "أحياء
        // الخالدية وجورة الشياح المحاصرة في مدينة حمص".
        let mut quarter = vec![false; out.len()];
        let mut list_end: Vec<usize> = (0..out.len()).collect();
        for i in 0..out.len() {
            let p = &out[i];
            let listed = i > 0 && quarter[i - 1] && is_list_gap(&norm[out[i - 1].range.end..p.word_start]);
            quarter[i] = listed
                || after_quarter_word(norm, p.word_start)
                || words_back(norm, p.word_start).next() == Some("احياء")
                || norm[p.range.clone()].starts_with("حي ");
            if listed {
                let head = list_end[i - 1];
                for e in list_end.iter_mut().filter(|e| **e == head) {
                    *e = i;
                }
            }
        }
        for r in &self.a.sentences {
            let city = out
                .iter()
                .filter(|p| p.word_start >= r.start && p.range.end <= r.end && !p.area)
                .filter_map(|p| p.place.map(|id| (p.word_start, id)))
                // (A town has quarters too: "على أطراف القصير استهدفت حي
                // الجسر".)
                .filter(|(_, id)| pack.places[*id as usize].rank >= 2)
                .collect::<Vec<_>>();
            // (The article's city does not take a quarter the gazetteer
            // knows in a governorate its sentence names: "في أحياء الرشدية
            // والجبيلة … بالتزامن مع اشتباكات في محيط مطار دير الزور".)
            let governorates: Vec<(usize, String)> = out
                .iter()
                .filter(|p| p.word_start >= r.start && p.range.end <= r.end && p.place.is_some())
                .filter_map(|p| Some((p.word_start, p.admin1.clone()?)))
                .collect();
            // (Or the town heading its line: "دير الزور – البوكمال: أطلقت
            // قوات الأمن النار … في حي الجمعيات".)
            let line_start = norm[..r.start].rfind('\n').map_or(0, |i| i + 1);
            let head = out
                .iter()
                .filter(|p| p.word_start >= line_start && p.word_start <= r.start)
                .find(|p| rasad_mentions::is_section_head(norm, p.word_start, p.range.end))
                .and_then(|p| p.place)
                .filter(|&id| pack.places[id as usize].rank >= 2);
            // (Or the city heading its section on a line of its own, before
            // the city the article names most: "حماة:" and under it "-
            // استشهاد شاب برصاص قناص في حي الحاضر", though حمص heads the
            // next section.)
            let quarter_here = (0..out.len())
                .any(|i| quarter[i] && out[i].word_start >= r.start && out[i].range.end <= r.end);
            let section = (quarter_here && city.is_empty() && head.is_none())
                .then(|| {
                    out.iter()
                        .rfind(|p| {
                            p.range.end <= line_start
                                && norm[p.range.end..].strip_prefix(':').is_some_and(|rest| {
                                    rest.split('\n').next().is_some_and(|l| l.trim().is_empty())
                                })
                                && rasad_mentions::is_section_head(norm, p.word_start, p.range.end)
                        })
                        .filter(|p| !p.area)
                        .and_then(|p| p.place)
                        .filter(|&id| pack.places[id as usize].rank >= 2)
                })
                .flatten();
            // (The gazetteer may hold the word: "حي الصناعة" of Deir ez-Zor.)
            for (i, p) in out
                .iter_mut()
                .enumerate()
                .filter(|(i, p)| p.word_start >= r.start && p.range.end <= r.end && quarter[*i])
            {
                let told = located_after[list_end[i]].or(located_after[i]).or_else(|| {
                    city.iter()
                        .rev()
                        .find(|(at, _)| *at < p.word_start)
                        .map(|&(_, id)| id)
                });
                let Some(id) = told.or(if city.is_empty() {
                    head.or(section).or(main_city)
                } else {
                    None
                }) else {
                    continue;
                };
                let own_governorate = p.place.is_some_and(|a| {
                    let inner = &pack.places[a as usize];
                    inner.kind == PlaceKind::Neighbourhood
                        && governorates
                            .iter()
                            .any(|(at, a)| *at != p.word_start && *a == inner.admin1)
                });
                if told.is_none() && own_governorate {
                    continue;
                }
                let outer = &pack.places[id as usize];
                // (Or a quarter of another city: "وفي مدينة حماة، … حي
                // الحميدية" is not Damascus's.)
                // (A village named like the quarter far from the city is
                // not it either: "وفي قامشلو، … في حي الهلالية" is no
                // Hilaliyeh near al-Hasakah.)
                let elsewhere = p.place.is_some_and(|a| {
                    let inner = &pack.places[a as usize];
                    let far = |km: f64| inner.distance_km(outer.lat, outer.lon) > km;
                    a != id
                        && match inner.kind {
                            // (Of the same governorate too, for a town its
                            // sentence names: "وفي عفرين، … في حي الأشرفية"
                            // is not Aleppo's.)
                            PlaceKind::Neighbourhood => {
                                (inner.admin1 != outer.admin1 || told.is_some())
                                    && outer.rank >= 3
                                    && far(30.0)
                            }
                            PlaceKind::Site => inner.admin1 != outer.admin1 && outer.rank >= 3 && far(30.0),
                            _ => inner.admin1 != outer.admin1 || (outer.rank >= 3 && far(15.0)),
                        }
                });
                if elsewhere {
                    p.place = None;
                    p.admin1 = None;
                }
                // (A name of the list settled by its neighbour's governorate
                // is settled again by the city.)
                if p.place.is_none() && (p.admin1.is_none() || p.located_by.is_none()) {
                    p.admin1 = Some(outer.admin1.clone());
                    p.located_by = Some(id);
                }
            }
        }
        // A name the gazetteer lacks and nothing above located is in the
        // governorate its sentence names ("وفي محافظة القنيطرة المجاورة،
        // قُتل مختار بلدة جباثا الخشب"), else where the places nearest it
        // in its sentence, then before it in its paragraph, are; else where
        // most of the article's are.
        let sentence_of = |at: usize| self.sentence_at(at);
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for p in &out {
            if let (Some(_), Some(a)) = (p.place, p.admin1.as_deref()) {
                *counts.entry(a).or_default() += 1;
            }
        }
        let most = counts
            .into_iter()
            .max_by_key(|&(a, n)| (n, std::cmp::Reverse(a)))
            .map(|(a, _)| a.to_string());
        let guesses: Vec<Option<String>> = out
            .iter()
            .map(|p| {
                if p.place.is_some() || p.admin1.is_some() {
                    return None;
                }
                let s = sentence_of(p.word_start)?;
                let para = self.sentences[s].para;
                let known = |q: &&PlaceOcc| q.place.is_some() && q.admin1.is_some();
                let in_sentence = out
                    .iter()
                    .filter(known)
                    .filter(|q| sentence_of(q.word_start) == Some(s));
                let area = in_sentence
                    .clone()
                    .filter(|q| q.area)
                    .min_by_key(|q| q.word_start.abs_diff(p.word_start));
                let nearest = in_sentence.min_by_key(|q| q.word_start.abs_diff(p.word_start));
                let before = out.iter().filter(known).rfind(|q| {
                    q.word_start < p.word_start
                        && sentence_of(q.word_start).is_some_and(|qs| self.sentences[qs].para == para)
                });
                area.or(nearest)
                    .or(before)
                    .and_then(|q| q.admin1.clone())
                    .or_else(|| most.clone())
            })
            .collect();
        for (p, guess) in out.iter_mut().zip(guesses) {
            p.admin1_guess = guess;
        }
        self.unresolved = out
            .iter()
            .filter(|p| p.place.is_none())
            .map(|p| p.written.clone())
            .collect();
        self.places = out;
    }

    /// Places the gazetteer lacks but the text marks as places: the word(s)
    /// after بلدة / قرية / … (without ال: "المدينة خطوة" is not one), and
    /// the unknown items of a list of places ("الخميسية والجابر وسالم
    /// الحماد ومعدان") — an item counts when the list runs, through items,
    /// to a known place on each side (or to its area: "… وأبو جبيلات في ريف
    /// حماة الشرقي").
    fn unlisted_places(&self, known: &[PlaceOcc]) -> Vec<PlaceOcc> {
        let norm = self.a.norm.as_str();
        let pack = &self.ex.engine.pack;
        let naming = &pack.naming;
        let lex = StemLexicon::builtin();
        let tokens: Vec<&Token> = self.tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
        let event_hits: Vec<Range<usize>> = self
            .hits
            .iter()
            .filter(|h| h.event().is_some())
            .map(|h| h.word_start..h.range.end)
            .collect();
        // Only names that count cover a word: "الزعتر" rejected as a place
        // does not stop "تل الزعتر" being read as one.
        let covered = |r: &Range<usize>| overlaps(&self.names, r) || overlaps(&event_hits, r);
        // (name range, word start, introduced by a place word)
        let mut items: Vec<(Range<usize>, usize, bool)> = Vec::new();
        // Items introduced by a plural place word ("قرى", "بلدات"), with how
        // many names the list holds (two for "قريتي").
        let mut plural: Vec<Option<usize>> = Vec::new();
        // Quotes may wrap a list: `قرى " عباجة , طنوزة "`.
        let quoted_gap = |g: &str| !g.is_empty() && g.chars().all(|c| c == ' ' || c == '"');
        for (i, t) in tokens.iter().enumerate() {
            let word = &norm[t.range.clone()];
            let analysis = analyze(word, lex);
            let introducer = !analysis.proclitics.article && pack.place_words.contains(analysis.stem);
            let after_comma = norm[..t.range.start]
                .trim_end_matches([' ', '"'])
                .ends_with([',', '،']);
            let (name_from, at) = if introducer {
                match tokens.get(i + 1) {
                    Some(n) if quoted_gap(&norm[t.range.end..n.range.start]) => (n.range.start, i + 1),
                    _ => continue,
                }
            } else if word.starts_with('و')
                && (word.chars().count() > 3 || naming.compound_heads.contains(&word['و'.len_utf8()..]))
            {
                (t.range.start + 'و'.len_utf8(), i)
            } else if after_comma && !word.starts_with('و') {
                (t.range.start, i)
            } else {
                continue;
            };
            let first_end = tokens[at].range.end;
            let first = &norm[name_from..first_end];
            let mut end = first_end;
            if let Some(second) = tokens.get(at + 1).filter(|s| s.range.start == first_end + 1) {
                let sw = &norm[second.range.clone()];
                if naming.compound_heads.contains(first)
                    || (naming.name_suffixes.contains(sw) && !sw.starts_with("ال"))
                    || (sw.starts_with("ال")
                        && sw.chars().count() > 4
                        && !covered(&second.range)
                        && !naming.not_names.contains(sw))
                {
                    end = second.range.end;
                }
            }
            // A last word that only qualifies the name: "الشرقي", "الكبير".
            if end > first_end {
                if let Some(third) = tokens.iter().find(|t| t.range.start == end + 1) {
                    if naming.name_suffixes.contains(&norm[third.range.clone()]) {
                        end = third.range.end;
                    }
                }
            }
            let r = name_from..end;
            let stem = analyze(first, lex).stem;
            // An item after a comma is one only inside a run of commas or
            // quotes (`" عباجة , طنوزة , عريضية "`), not the first word of
            // the clause after a list ("وبستان القصر، وإن تسعة …").
            let comma_item = after_comma && !introducer && !word.starts_with('و');
            let in_run = norm[r.end..].trim_start_matches(' ').starts_with([',', '،', '"'])
                && !self
                    .dates
                    .iter()
                    .any(|d| d.range.start < r.end && r.start < d.range.end)
                && self.hits_in(&r).next().is_none();
            // "أحياء دمشقية عدة": an adjective of a city, not a name.
            let nisba = || {
                first.strip_suffix("يه").is_some_and(|base| {
                    pack.places
                        .iter()
                        .any(|p| p.rank >= 3 && rasad_text::normalize_str(&p.name_ar) == base)
                })
            };
            if (comma_item && !in_run)
                || norm[r.clone()].chars().filter(|c| !c.is_whitespace()).count() < 3
                || nisba()
                || naming.not_names.contains(first)
                || naming.not_names.contains(stem)
                || pack.place_words.contains(stem)
                || covered(&r)
                // ("أحياء البلدتين": the two towns named before.)
                || self.hits_in(&r).any(|h| h.is(List::PlaceAnaphora))
            {
                continue;
            }
            items.push((r, if introducer { name_from } else { t.range.start }, introducer));
            plural.push(list_size(introducer.then_some(analysis.stem)));
        }
        // Links: a known place or an item right before / after an item,
        // joined by list glue (or في / ب before an area after it).
        let adjacent = |end: usize, start: usize| end <= start && is_list_gap(&norm[end..start]);
        let closes = |end: usize, p: &PlaceOcc| {
            end <= p.word_start
                && (is_list_gap(&norm[end..p.word_start])
                    || (p.area && norm[end..p.word_start].trim() == "في"))
        };
        let n = items.len();
        let mut left = vec![false; n];
        for i in 0..n {
            let (_, ws, intro) = items[i];
            left[i] = intro
                || known.iter().any(|k| adjacent(k.range.end, ws))
                || (i > 0 && left[i - 1] && adjacent(items[i - 1].0.end, ws));
        }
        let mut right = vec![false; n];
        for i in (0..n).rev() {
            let (ref r, _, intro) = items[i];
            right[i] = intro
                || known.iter().any(|k| closes(r.end, k))
                || (i + 1 < n && right[i + 1] && adjacent(r.end, items[i + 1].1));
        }
        // A list a plural place word heads runs on through commas, quotes
        // and و, over known places and unknown items alike: `قرى " عباجة ,
        // طنوزة , رسم البوخر , عريضية " شرق حلب`.
        let glued = |end: usize, start: usize| {
            end <= start
                && norm[end..start]
                    .chars()
                    .all(|c| matches!(c, ' ' | '،' | ',' | 'و' | '"'))
        };
        // (word start, end, item index or the known place's governorate)
        type Named<'n> = (usize, usize, Result<usize, Option<&'n str>>);
        let mut names: Vec<Named> = known
            .iter()
            .map(|k| (k.word_start, k.range.end, Err(k.admin1.as_deref())))
            .chain(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, (r, ws, _))| (*ws, r.end, Ok(i))),
            )
            .collect();
        names.sort_unstable();
        let mut headed = vec![false; n];
        // Each item's list, numbered; and the governorates of each list's
        // known places.
        let mut list_of = vec![0usize; n];
        let mut list_admin1: Vec<Vec<&str>> = vec![Vec::new()];
        let mut chain = false;
        let mut last_end = 0;
        // A known place right after a plural place word heads a list too
        // ("قرى كفر صفرة وكوردان ومسكة فوقاني").
        // (Past the quote that opens it: `قرى "عباجة، طنوزة"`.)
        let after_plural = |ws: usize| {
            norm[..ws]
                .split_whitespace()
                .rfind(|w| !w.trim_matches('"').is_empty())
                .and_then(|w| list_size(Some(analyze(w.trim_matches('"'), lex).stem)))
        };
        // Names the current list may still hold.
        let mut room = 0usize;
        // The second name of a dual ("قريتي تل هرمز وتل شميرام") ends its
        // list whatever follows.
        let mut completes = vec![false; n];
        for &(ws, end, what) in &names {
            let starts = match what {
                Ok(i) => plural[i],
                Err(_) => after_plural(ws),
            };
            if !glued(last_end, ws) || last_end == 0 {
                list_admin1.push(Vec::new());
            }
            let list = list_admin1.len() - 1;
            room = match starts {
                Some(size) => size,
                None if chain && glued(last_end, ws) => room,
                None => 0,
            };
            chain = room > 0;
            room = room.saturating_sub(1);
            match what {
                Ok(i) => {
                    headed[i] = chain;
                    list_of[i] = list;
                    completes[i] = chain && room == 0 && starts.is_none();
                }
                Err(a1) => list_admin1[list].extend(a1),
            }
            last_end = end;
        }
        // An item a list heads is followed by more of the list or by where
        // the list is ("… وتل سلور في ريف عفرين"), not by the rest of a
        // clause ("قرى عفرين وتهدد بعمليات").
        // (After في, where the list is: "… ودارة عزة في الريف", not what
        // followed it: "ورنكوس، وأوقعت في صفوفهم قتلى".)
        let placed_after = |at: usize| {
            let rest = norm[at..].trim_start_matches(' ');
            let Some(w) = rest.split_whitespace().next() else {
                return false;
            };
            let w_start = norm.len() - rest.len();
            w.ends_with("ريف")
                || pack.place_words.contains(analyze(w, lex).stem)
                || known.iter().any(|k| k.word_start == w_start)
        };
        let ends_well = |r: &Range<usize>| {
            let rest = norm[r.end..].trim_start_matches(' ');
            let rest_start = norm.len() - rest.len();
            rest.starts_with([',', '\u{60c}', '"', '.', '\n'])
                || rest.is_empty()
                || rest.split_whitespace().next().is_some_and(|w| {
                    w.starts_with('و')
                        || (w == "في" && placed_after(rest_start + w.len()))
                        || (w != "في" && LIST_ENDS.contains(&w))
                        || self
                            .hits_in(&(r.end..r.end + w.len() + 1))
                            .any(|h| h.is(List::Near))
                })
        };
        // (A list with no known place to say where it is adds nothing.)
        let keep: Vec<bool> = (0..n)
            .map(|i| {
                (left[i] && right[i])
                    || (headed[i]
                        && majority(&list_admin1[list_of[i]]).is_some()
                        && (completes[i] || ends_well(&items[i].0)))
            })
            .collect();
        items
            .into_iter()
            .enumerate()
            .filter(|&(i, _)| keep[i])
            .map(|(i, (r, ws, _))| PlaceOcc {
                range: r.clone(),
                word_start: ws,
                place: None,
                written: self.a.norm.original_slice(r).to_string(),
                // The governorate most of the list's known places are in.
                admin1: majority(&list_admin1[list_of[i]]).map(String::from),
                area: false,
                near: false,
                modifier: false,
                unique: false,
                located_by: None,
                candidates: Vec::new(),
                admin1_guess: None,
            })
            .collect()
    }

    /// The sentence index holding position `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        // Sentences are in text order and do not overlap.
        let i = self.sentences.partition_point(|s| s.range.start <= at);
        i.checked_sub(1).filter(|&i| at < self.sentences[i].range.end)
    }

    /// The figure of the first phrase of `list` (a kill or injure word) in
    /// `r` that comes with a number: "مقتل 7", "7 قتلى", "لقي 3 أشخاص
    /// مصرعهم", "مقتل طبيب" (1), "مقتل طفلين" (2). `near` picks, among
    /// several, the one closest to that position.
    pub fn figure(&self, list: List, r: &Range<usize>, near: Option<usize>) -> Option<u32> {
        self.figure_impl(list, r, near, None)
    }

    /// Every figure of `list` in `r`, with the position of its phrase.
    pub fn figures(&self, list: List, r: &Range<usize>) -> Vec<(usize, u32)> {
        let mut all = Vec::new();
        self.figure_impl(list, r, None, Some(&mut all));
        all
    }

    fn figure_impl(
        &self,
        list: List,
        r: &Range<usize>,
        near: Option<usize>,
        all: Option<&mut Vec<(usize, u32)>>,
    ) -> Option<u32> {
        let norm = self.norm();
        let mut found: Vec<(usize, u32)> = Vec::new();
        // "14 حزيران/يونيو 2018 على جثة": a date's day and year count nothing.
        // Numeric dates the date reader leaves ("17 / 10 / 2013", "2017 - 12
        // - 03") are told by their slashes, and a year's dashes.
        let in_date = |n: &Range<usize>| {
            let before = norm[..n.start].trim_end().chars().next_back();
            let after = norm[n.end..].trim_start().chars().next();
            let year = norm[n.clone()]
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y));
            self.dates
                .iter()
                .any(|d| d.range.start <= n.start && n.end <= d.range.end)
                || before == Some('/')
                || after == Some('/')
                || (year && (before == Some('-') || after == Some('-')))
        };
        // The dead a funeral is for are no count: "على موكب تشييع أحد
        // الشهداء، ما أدى إلى مقتل ثلاثة أشخاص".
        let mourned = |h: &Hit| {
            words_back(norm, h.word_start)
                .take(3)
                .any(|w| matches!(w, "تشييع" | "جنازه" | "جثمان" | "جثامين" | "ذوي"))
        };
        for h in self.hits_in(r).filter(|h| h.is(list) && !mourned(h)) {
            // A number after the word, within three words and not past
            // another toll word ("قتل طفلان وأصيب ثلاثة": the three are
            // the wounded), or right before.
            // Numbers are in text order: look only near the word.
            let split = self.numbers.partition_point(|n| n.range.start < h.range.end);
            let after = self.numbers[split..]
                .iter()
                .take_while(|n| n.range.start < r.end)
                .find(|n| {
                    !in_date(&n.range)
                        && self.words_between(h.range.end, n.range.start) <= 3
                        && !n.percent
                        && !is_unit_after(norm, n)
                        && !self
                            .hits_in(&(h.range.end..n.range.start))
                            .any(|x| x.is(List::Kill) || x.is(List::Injure))
                        && !among(&norm[..n.range.start])
                });
            // "7 قتلى", "عشرات الجرحى" — not "قتل خمسة … وجرح آخرون",
            // where the number before و belongs to the first verb.
            let coordinated = h.proclitics.conjunction.is_some();
            // Not across "و": in "إصابة أكثر من 100 و قتيل واحد" the
            // hundred are the wounded.
            // A plural verb's subject may stand further back: "11 مدنيا
            // وأربعة من رجال الشرطة قتلوا".
            let reach = if h.is(List::TollVerb) { 4 } else { 1 };
            let before_at = |anchor: usize, reach: usize| {
                self.numbers[..split]
                    .iter()
                    .rev()
                    .take_while(|n| n.range.start >= r.start)
                    .filter(|_| !coordinated)
                    .find(|n| {
                        !in_date(&n.range)
                            && n.range.end <= anchor
                            && self.words_between(n.range.end, anchor) <= reach
                            && norm[n.range.end..anchor].trim() != "و"
                            && !n.percent
                            && !self
                                .hits_in(&(n.range.end..anchor))
                                .any(|x| x.is(List::Kill) || x.is(List::Injure))
                    })
            };
            let mut before = before_at(h.word_start, reach);
            // (Or a longer partitive subject, unbroken: "12 عنصراً من قوات
            // النظام والمسلحين الموالين لها قُتلوا".)
            if before.is_none() && h.is(List::TollVerb) {
                before = before_at(h.word_start, 8).filter(|n| {
                    let gap = &norm[n.range.end..h.word_start];
                    gap.split_whitespace().nth(1) == Some("من") && !gap.contains(['،', ',', '.', '"'])
                });
            }
            // (Or "من" and their men before the counted noun: "أوقعت ستة من
            // أفرادها قتلى".)
            if before.is_none() && !h.is(List::TollVerb) {
                before = before_at(h.word_start, 2).filter(|n| {
                    let mut gap = norm[n.range.end..h.word_start].split_whitespace();
                    gap.next() == Some("من")
                        && gap.next().is_some_and(|w| {
                            ["افراد", "عناصر", "مقاتلي"].iter().any(|m| w.starts_with(m))
                                && ["ها", "هم", "ه"].iter().any(|p| w.ends_with(p))
                        })
                });
            }
            // "19 عنصراً من التنظيم و7 من «قسد» قتلوا": a plural verb's
            // subject joined by و starts at the first number.
            if let Some(second) =
                before.filter(|n| h.is(List::TollVerb) && norm[..n.range.start].ends_with('و'))
            {
                let at = norm[..second.range.start].trim_end_matches('و').len();
                if let Some(first) = before_at(at, 4) {
                    before = Some(first);
                }
            }
            // "17 مدنيا على الأقل، بينهم ستة أطفال، قتلوا": the part after
            // بينهم is not the toll; the number before it is.
            if let Some(part) = before.filter(|n| among(&norm[..n.range.start])) {
                let among_at = norm[..part.range.start]
                    .trim_end()
                    .rfind(char::is_whitespace)
                    .map_or(r.start, |i| i + 1);
                if let Some(total) = before_at(among_at, 4) {
                    before = Some(total);
                }
            }
            // A counted noun takes its number before it ("7 قتلى و10
            // جرحى", "7 قتلى بينهم 3 أطفال"); a dual one counts itself
            // ("سقوط قتيلين وعشرة جرحى").
            // (Not with the article: "ارتفع عدد الضحايا إلى 54", "وبين
            // القتلى أربعة أطفال" count after it.)
            let counted = h.is(List::TollNoun) && !h.proclitics.article;
            // "قتيل واحد"
            // ("جثث خمسة أشخاص": bodies are counted after.)
            let counted_after = after.is_some_and(|n| {
                (n.value == 1.0 || norm[h.range.clone()].trim_start_matches(['و', 'ب']) == "جثث")
                    && self.words_between(h.range.end, n.range.start) == 0
            });
            let used = match (before, after) {
                _ if h.is(List::PersonTwo) => None,
                (Some(n), _) if counted || h.is(List::TollVerb) => Some(n),
                (None, Some(n)) if counted && counted_after => Some(n),
                (None, Some(_)) if counted => None,
                (_, Some(n)) | (Some(n), None) => Some(n),
                (None, None) => None,
            };
            let value = match (before, after) {
                _ if h.is(List::PersonTwo) => Some(2),
                // "12 شخصا قتلوا في السوق": a plural verb's subject.
                (Some(_), _) if counted || h.is(List::TollVerb) => used.and_then(|n| self.toll_of(n, r)),
                (None, Some(_)) if counted && counted_after => used.and_then(|n| self.toll_of(n, r)),
                (None, Some(_)) if counted => None,
                (_, Some(_)) | (Some(_), None) => used.and_then(|n| self.toll_of(n, r)),
                (None, None) => {
                    // "مقتل طبيب", "مقتل طفلين": a counted person right
                    // after; "مقاتلا قتل", "جنديين اسبانيين قتلا": right
                    // before a verb (one word between at most).
                    let count = |x: &Hit| {
                        if x.is(List::PersonTwo) || self.dual_marked(x) {
                            Some(2)
                        } else if x.is(List::PersonOne) {
                            Some(1)
                        } else {
                            None
                        }
                    };
                    // ("استشهاد رجل وطفلين": a second person joined by و.)
                    let joined = |n: &Hit| {
                        self.hits_in(&(n.range.end..r.end))
                            .next()
                            .filter(|m| {
                                m.proclitics.conjunction == Some('و')
                                    && self.words_between(n.range.end, m.word_start) == 0
                            })
                            .and_then(count)
                            .unwrap_or(0)
                    };
                    // (Past a pronoun of the event, "قتل خلالها عنصران", or a
                    // date, "استشهد مساء أمس المواطن".)
                    let adjoins_at =
                        |k: &Hit, n: &Hit| match self.words_between_undated(k.range.end, n.word_start) {
                            0 => true,
                            1 => matches!(
                                norm[k.range.end..n.word_start].trim(),
                                "خلالها"
                                    | "خلاله"
                                    | "فيها"
                                    | "فيه"
                                    | "بها"
                                    | "به"
                                    | "اثرها"
                                    | "اثره"
                                    | "جراءها"
                                    | "جراءه"
                            ),
                            _ => false,
                        };
                    let next = self
                        .hits_in(&(h.range.end..r.end))
                        .find(|n| !n.is(List::Clock))
                        .filter(|n| adjoins_at(h, n))
                        .and_then(|n| {
                            let more = kin_after(norm, n.range.end).max(joined(n));
                            let more = if more == 0 {
                                self.joined_person(n.range.end, r.end)
                            } else {
                                more
                            };
                            // ("لمقتله ومرافقه": he and the one joined to him.)
                            let himself = n.proclitics.conjunction == Some('و')
                                && KILLED_HIMSELF.contains(&&norm[h.range.clone()]);
                            Some(count(n)? + more + u32::from(himself))
                        });
                    let subject = || {
                        // (Past the قد of the pluperfect: "وكانت امرأة سورية قد
                        // قُتلت".)
                        let p = self
                            .hits_in(&(r.start..h.word_start))
                            .filter(|p| !p.is(List::Modal))
                            .last()
                            .filter(|p| {
                                let had = norm[p.range.end..h.word_start]
                                    .split_whitespace()
                                    .any(|w| w == "قد");
                                !counted
                                    && !coordinated
                                    && self.words_between(p.range.end, h.word_start) <= 1 + usize::from(had)
                            })?;
                        // ("ضابطاً وجنديين قتلوا": and one joined before.)
                        let before = self
                            .hits_in(&(r.start..p.word_start))
                            .last()
                            .filter(|q| {
                                p.proclitics.conjunction == Some('و')
                                    && self.words_between(q.range.end, p.word_start) == 0
                            })
                            .and_then(count)
                            .unwrap_or(0);
                        Some(count(p)? + before)
                    };
                    // "ما أدى إلى مقتله": the pronoun counts one (two
                    // with -هما).
                    // ("ما أدى إلى سقوط شهيد": one martyr; "مقتله ومقتل
                    // مرافقه": and one more joined.)
                    let pronoun = || {
                        let word = &norm[h.range.clone()];
                        let own = if word.ends_with("هما") {
                            2
                        } else if KILLED_HIMSELF.contains(&word)
                            || word.ends_with(" شهيد")
                            || word.ends_with(" قتيل")
                        {
                            1
                        } else {
                            return None;
                        };
                        let more = self
                            .hits_in(&(h.range.end..r.end))
                            .find(|k| k.is(List::Kill))
                            .filter(|k| {
                                k.proclitics.conjunction == Some('و')
                                    && self.words_between(h.range.end, k.word_start) == 0
                            })
                            .and_then(|k| {
                                self.hits_in(&(k.range.end..r.end))
                                    .next()
                                    .filter(|n| adjoins_at(k, n))
                            })
                            .and_then(count)
                            .unwrap_or(0);
                        Some(own + more)
                    };
                    next.or_else(subject).or_else(pronoun)
                }
            };
            if let Some(v) = value {
                found.push((h.range.start, v));
            }
        }
        if let Some(out) = all {
            *out = found.clone();
        }
        match near {
            Some(at) => found
                .into_iter()
                .min_by_key(|(p, _)| p.abs_diff(at))
                .map(|(_, v)| v),
            None => found.first().map(|(_, v)| *v),
        }
    }

    /// A toll's figure, with the second group counted beside it added:
    /// "قتل خلالها 14 عنصرا من قوات النظام وستة من مقاتلي جيش العزة" is
    /// twenty dead, "مقتل خمسة مدنيين وثلاثة من عناصر الدفاع المدني" eight.
    /// Not the wounded ("7 قتلى و10 جرحى"), a part ("بينهم"), another
    /// place's dead ("… في كفرزيتا و3 في اللطامنة") or a unit.
    fn toll_of(&self, n: &NumberMention, r: &Range<usize>) -> Option<u32> {
        let first = figure_of(n)?;
        let norm = self.norm();
        let i = self.numbers.partition_point(|m| m.range.start < n.range.end);
        let Some(second) = self.numbers.get(i).filter(|m| m.range.end <= r.end) else {
            return Some(first + self.besides(n.range.end, r) + self.joined_person(n.range.end, r.end));
        };
        // The second number and the three words after it: who it counts.
        let third_word = self.word_starts.partition_point(|&w| w < second.range.end) + 3;
        let tail_end = self
            .word_starts
            .get(third_word)
            .copied()
            .unwrap_or(r.end)
            .min(r.end);
        let gap = &norm[n.range.end..second.range.start];
        let tail = &norm[second.range.end..tail_end];
        let has_min = |t: &str| t.split_whitespace().any(|w| w == "من");
        // (و on the number, not the و of "واحدة": "من عائلة واحدة".)
        let second_text = &norm[second.range.clone()];
        // ("و" may be on the death noun between: "واستشهاد ثلاثة".)
        // (A verb there, "واستشهد 4", is counted as a part beside it.)
        let death_between = gap
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "واستشهاد" | "ومقتل" | "ومصرع"));
        let adds = (gap.trim_end().ends_with('و')
            || death_between
            || (second_text.starts_with('و') && !second_text.starts_with("واحد")))
            && self.words_between(n.range.end, second.range.start) <= 8
            // (Or fighters named right after it: "مقتل ثلاثة مقاتلين
            // معارضين وخمسة جنود نظاميين".)
            && (has_min(gap)
                || has_min(tail)
                || self.hits_in(&(second.range.end..tail_end)).next().is_some_and(|x| {
                    x.is(List::Combatant) && self.words_between(second.range.end, x.word_start) == 0
                }))
            && !second.percent
            && !is_unit_after(norm, second)
            && !tail
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with("اخر"))
            // (The plural verb both share may follow: "و7 من «قسد» قتلوا".)
            // (Or a death noun of its own joined by و right before it: "مقتل
            // 11 عنصراً لميليشيا أسد واستشهاد ثلاثة من الثوار".)
            && !self.hits_in(&(n.range.end..tail_end)).any(|x| {
                let own_death = x.is(List::Kill)
                    && x.proclitics.conjunction == Some('و')
                    && x.event().is_none()
                    && x.range.end <= second.range.start
                    && self.words_between(x.range.end, second.range.start) == 0;
                (x.is(List::Injure) || x.is(List::Kill) || x.event().is_some())
                    && !(x.is(List::TollVerb) && x.word_start > second.range.end)
                    && !own_death
            })
            && !self
                .places
                .iter()
                .any(|p| p.word_start >= n.range.end && p.word_start < tail_end);
        // The other side's dead set against them, the verb told once:
        // "12 عنصراً من قوات النظام قُتلوا في المعارك، مقابل ما لا يقل عن 9
        // من مقاتلي التنظيم".
        let against = {
            let words: Vec<&str> = gap.split_whitespace().collect();
            words
                .iter()
                .rposition(|w| matches!(*w, "مقابل" | "ومقابل" | "بمقابل"))
                .is_some_and(|at| {
                    words[at + 1..]
                        .iter()
                        .all(|w| matches!(*w, "ما" | "لا" | "يقل" | "عن" | "نحو" | "حوالي"))
                        && !self
                            .hits_in(&(n.range.end..second.range.start))
                            .any(|x| x.is(List::Injure))
                })
        } && self.words_between(n.range.end, second.range.start) <= 14
            && has_min(tail)
            && !second.percent
            && !is_unit_after(norm, second)
            && !self
                .places
                .iter()
                .any(|p| p.word_start >= n.range.end && p.word_start < tail_end);
        match figure_of(second) {
            Some(v) if adds || against => Some(first + v + self.besides(second.range.end, r)),
            _ => Some(
                first + self.besides(n.range.end, r) + self.joined_person(n.range.end, second.range.start),
            ),
        }
    }

    /// A person or two joined by و past whose side the figure before
    /// counted: "مقتل 4 عناصر من قوات النظام وعنصرين من الفيلق" adds two,
    /// "استشهاد عنصرين من الأسايش ومدني كان يمر" one.
    fn joined_person(&self, from: usize, to: usize) -> u32 {
        let norm = self.norm();
        // ("مقتل قيادي في «قسد» واثنين من مرافقيه": a number of his men;
        // the word of "واثنين" starts at its و, so seven words reach six.)
        let number = self.numbers[self.numbers.partition_point(|n| n.range.start < from)..]
            .iter()
            .take_while(|n| n.range.end <= to)
            .next()
            .filter(|n| {
                let gap = &norm[from..n.range.start];
                norm[..n.range.start].ends_with('و')
                    && norm[n.range.end..].split_whitespace().next() == Some("من")
                    && self.words_between(from, n.range.start) <= 7
                    && !gap.contains(['،', ',', '.'])
                    && !self
                        .hits_in(&(from..n.range.start))
                        .any(|h| h.is(List::Kill) || h.is(List::Injure) || h.event().is_some())
            })
            .and_then(figure_of);
        if let Some(v) = number {
            return v;
        }
        let Some(x) = self
            .hits_in(&(from..to))
            .find(|x| x.is(List::PersonOne) || x.is(List::PersonTwo))
        else {
            return 0;
        };
        let gap = &norm[from..x.word_start];
        // ("ضابط برتبة نقيب وعنصرين كانا برفقته": past his rank.)
        let rank = gap
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with("برتب"));
        let ok = x.proclitics.conjunction == Some('و')
            && (gap.split_whitespace().take(2).any(|w| w == "من") || rank)
            && self.words_between(from, x.word_start) <= 5
            && !gap.contains(['،', ',', '.'])
            && !self
                .hits_in(&(from..x.word_start))
                .any(|h| h.is(List::Kill) || h.is(List::Injure) || h.event().is_some())
            && !self
                .places
                .iter()
                .any(|p| p.word_start >= from && p.word_start < x.word_start)
            && !norm[x.range.end..].trim_start().starts_with("اخر");
        match ok {
            true if x.is(List::PersonTwo) => 2,
            true => 1,
            false => 0,
        }
    }

    /// The dead a toll adds "besides" its figure, within eight words of it:
    /// "مصرع 4 مقاتلين إضافة إلى منفذ التفجير" one more, "ستة مقاتلين من
    /// الجانبين، إضافة إلى طفل" one, "فضلا عن 3 مدنيين" three.
    fn besides(&self, from: usize, r: &Range<usize>) -> u32 {
        let norm = self.norm();
        let mut words = norm[from..r.end].split_whitespace().take(8).peekable();
        while let Some(w) = words.next() {
            let joined = match w.trim_start_matches('و') {
                "اضافه" | "بالاضافه" => {
                    words.next_if(|n| *n == "الي").is_some()
                        || words.peek().is_some_and(|n| n.starts_with('ل'))
                }
                "فضلا" => words.next_if(|n| *n == "عن").is_some(),
                _ => false,
            };
            if !joined {
                if w.contains('.') {
                    break;
                }
                continue;
            }
            let Some(mut next) = words.next() else { break };
            // ("إضافة إلى مقتل 8 مقاتلين", "إضافة لمصرع 8".)
            if matches!(
                next.strip_prefix('ل').unwrap_or(next),
                "مقتل" | "مصرع" | "استشهاد"
            ) {
                let Some(after) = words.next() else { break };
                next = after;
            } else if next.starts_with('ل') && !next.starts_with("ال") {
                continue;
            }
            let at = from + next.as_ptr() as usize - norm[from..].as_ptr() as usize;
            // ("إضافة إلى عشرات الجرحى": the wounded, not the dead.)
            let wounded = self
                .hits_in(&(at..r.end))
                .take_while(|h| self.words_between(at, h.word_start) <= 2)
                .any(|h| h.is(List::Injure));
            if wounded {
                return 0;
            }
            if let Some(n) = self.numbers.iter().find(|n| n.range.start == at) {
                return figure_of(n).unwrap_or(0);
            }
            if matches!(next, "منفذ" | "منفذه" | "الانتحاري" | "انتحاري") {
                return 1;
            }
            return match self.hits_in(&(at..r.end)).next().filter(|h| h.word_start == at) {
                Some(h) if h.is(List::PersonTwo) => 2,
                Some(h) if h.is(List::PersonOne) => 1,
                _ => 0,
            };
        }
        0
    }

    /// A plural-looking person word written with the dual's fatha:
    /// "استشهاد مقاتلَين" is two fighters, "مقاتلين" alone is a plural.
    fn dual_marked(&self, x: &Hit) -> bool {
        (x.is(List::Fighters) || x.is(List::Civilian) || x.is(List::PersonOne))
            && self.norm()[x.range.clone()].ends_with("ين")
            && self
                .a
                .norm
                .original_slice(x.range.clone())
                .replace('\u{652}', "")
                .ends_with("\u{64e}ين")
    }

    /// The dead an item of a daily toll lists right before their cause
    /// (`at`), the item begun by a comma or colon and و: "…، وسيدة وطفلها
    /// جراء قصف …" two, "، وشهيد جراء القصف" one, "، وشهيدان جراء غارة" two.
    pub fn dead_listed_before(&self, r: &Range<usize>, at: usize) -> Option<u32> {
        let norm = self.norm();
        let (i, c) = norm[r.start..at]
            .char_indices()
            .rfind(|&(_, c)| matches!(c, '،' | ',' | ':'))?;
        let start = r.start + i + c.len_utf8();
        let item = start..at;
        if !norm[item.clone()].trim_start().starts_with('و') || self.words_between(start, at) > 6 {
            return None;
        }
        if let Some(&(_, v)) = self.figures(List::Kill, &item).first() {
            return Some(v);
        }
        let mut count = 0;
        for w in norm[item.clone()].split_whitespace() {
            let bare = w.strip_prefix('و').unwrap_or(w);
            let hit = self
                .hits_in(&item)
                .find(|h| norm[h.range.clone()].trim().trim_start_matches('و') == bare);
            count += match hit {
                Some(h) if h.is(List::PersonTwo) || self.dual_marked(h) => 2,
                Some(h) if h.is(List::PersonOne) => 1,
                _ if matches!(bare, "شهيد" | "شهيدا" | "قتيل" | "قتيلا") => 1,
                _ if KIN_ONE.contains(&bare) => 1,
                _ if KIN_TWO.contains(&bare) => 2,
                _ => return None,
            };
        }
        (count > 0).then_some(count)
    }

    /// The people a killing cue's object counts ("أعدم التنظيم أمس
    /// الجمعة 17 رجلاً" 17, "اغتال مجهولون، ليل السبت، قيادياً" 1): the
    /// first number or counted person within eight words after the cue,
    /// before any place, other cue or toll word.
    pub fn victims_counted(&self, cue: &Hit, r: &Range<usize>) -> Option<u32> {
        let mut end = r.end;
        if let Some(h) = self
            .hits_in(&(cue.range.end..r.end))
            .find(|h| h.event().is_some() || h.is(List::Kill) || h.is(List::Injure))
        {
            end = end.min(h.word_start);
        }
        if let Some(p) = self
            .places
            .iter()
            .find(|p| p.word_start >= cue.range.end && p.word_start < end)
        {
            end = p.word_start;
        }
        let within =
            |at: usize| at >= cue.range.end && at < end && self.words_between(cue.range.end, at) <= 8;
        let from = self.numbers.partition_point(|n| n.range.start < cue.range.end);
        let number = self.numbers[from..]
            .iter()
            .find(|n| within(n.range.start) && !n.percent && !is_unit_after(self.norm(), n))
            // A count is followed by who was counted, not by "-", ")" or
            // the sentence's end (a list's numbering).
            .filter(|n| {
                self.norm()[n.range.end..]
                    .trim_start()
                    .starts_with(char::is_alphabetic)
            })
            .filter(|n| {
                !self
                    .dates
                    .iter()
                    .any(|d| d.range.start <= n.range.start && n.range.end <= d.range.end)
            });
        let person = self
            .hits_in(&(cue.range.end..end))
            .find(|h| within(h.word_start) && (h.is(List::PersonOne) || h.is(List::PersonTwo)));
        match (number, person) {
            (Some(n), Some(p)) if p.word_start < n.range.start => {
                Some(if p.is(List::PersonTwo) { 2 } else { 1 })
            }
            (Some(n), _) => figure_of(n),
            (None, Some(p)) => Some(if p.is(List::PersonTwo) { 2 } else { 1 }),
            (None, None) => None,
        }
    }

    /// The event's day: the date named in the sentence closest to the cue,
    /// else a day named before (in the sentence's paragraph, else the later
    /// of the last one and the lead's), else the publication date
    /// (precision 2: "on or shortly before").
    pub fn date_for(&self, sentence: &Range<usize>, cue: &Range<usize>) -> Option<(Date, Precision)> {
        if let Some(d) = self.date_in(sentence, cue) {
            return Some(d);
        }
        // A day over a week before publication, in a sentence before, was
        // background ("سبق أن استهدفت دوما في الثالث عشر من الشهر"), not
        // the day of what the article goes on to report.
        let recent = |d: &DateMention| match (d.date, self.published) {
            (Some(day), Some(p)) => day.add_days(7) >= p,
            _ => true,
        };
        // Nor is the day the wounded died ("بينهم اثنان فارقا الحياة
        // متأثرين بجراحهما صباح اليوم الثلاثاء").
        let of_wounds = |d: &DateMention| {
            words_before(self.norm(), d.range.start)
                .take(6)
                .any(|w| w.trim_start_matches('و').starts_with("متاثر"))
        };
        let usable = |d: &&DateMention| {
            d.range.end <= sentence.start
                && !of_wounds(d)
                && d.precision == Precision::Day
                && d.date.is_some()
                && recent(d)
                && !self.began_ago(d)
                && !self.stamp_line(&d.range)
        };
        // The last day named in the sentence's paragraph; in a paragraph
        // that names none, the later of the last day named before and the
        // lead's (the first paragraph that names one): an aside's day at
        // the end of the paragraph before is not the next one's ("كما
        // استهدفت الطائرات الروسية مساء أمس السبت مدينة سراقب. \n أما في
        // ريف حلب الغربي، فقد قصفت قوات النظام …" is today's).
        let para_of = |at: usize| self.sentence_at(at).map(|i| self.sentences[i].para);
        let here = para_of(sentence.start);
        // (Nor a day an item of a bulleted list names for itself: "-
        // اليادودة: اقتحمت قوات الجيش البلدة فجر السبت" leaves the report's
        // Friday to what follows.)
        let norm = self.norm();
        let bulleted = |at: usize| {
            let line = norm[..at].rfind('\n').map_or(0, |i| i + 1);
            norm[line..].trim_start().starts_with(['-', '–', '•', '*'])
        };
        let usable =
            |d: &&DateMention| usable(d) && (para_of(d.range.start) == here || !bulleted(d.range.start));
        let last = self.dates.iter().rev().find(usable);
        let earlier = match last {
            Some(d) if para_of(d.range.start) == here => Some(d),
            _ => {
                let lead = self.dates.iter().find(usable).map(|d| para_of(d.range.start));
                // (The lead's latest day: "أعلنت الفصائل صباح اليوم الأحد
                // السيطرة على …، بعد معارك بدأت فجر أمس السبت" reports
                // Sunday.)
                let lead_day = self
                    .dates
                    .iter()
                    .filter(usable)
                    .filter(|d| Some(para_of(d.range.start)) == lead)
                    .max_by_key(|d| d.date);
                [last, lead_day].into_iter().flatten().max_by_key(|d| d.date)
            }
        };
        if let Some(d) = earlier {
            // Of the days that sentence names, the one of its cue of the
            // same kind: "صعد جيش الاحتلال منذ صباح اليوم قصفه لقرى تل تمر،
            // في حين قتل مواطنان بقصف طائرة مسيرة مساء أمس" dates the
            // shelling the next paragraph details today, not yesterday.
            let kind = |h: &Hit| h.event().map(|e| &self.ex.lexicon.events[e].sub_event_type);
            let this = self.hits.iter().find(|h| h.range == *cue).and_then(kind);
            let told = self.sentence_at(d.range.start).and_then(|t| {
                let t = &self.sentences[t].range;
                let h = self.hits_in(t).find(|h| this.is_some() && kind(h) == this)?;
                self.date_in(t, &h.range).filter(|(_, p)| *p == Precision::Day)
            });
            // (Within a week of the last day named: not a page's stamp told
            // in the same run of text.)
            let near = |(t, _): &(Date, Precision)| {
                d.date.is_some_and(|e| t.add_days(7) >= e && e.add_days(7) >= *t)
            };
            let told = told.filter(near);
            return told.or(d.date.map(|x| (x, d.precision)));
        }
        // A page's stamp is as good as a publication date, no better: the
        // event is near it, not on it (and it may be the day of the crawl).
        let stamp = || {
            self.dates
                .iter()
                .rev()
                .find(|d| d.range.end <= sentence.end && d.date.is_some() && self.stamp_line(&d.range))
                .and_then(|d| d.date)
        };
        self.published.or_else(stamp).map(|p| (p, Precision::Week))
    }

    /// The day the cue's own sentence names for it.
    fn date_in(&self, sentence: &Range<usize>, cue: &Range<usize>) -> Option<(Date, Precision)> {
        // (Not a day in a relative clause after the cue: "واصل مئات المدنيين
        // اعتصامهم … رفضاً لتسيير دوريات بموجب الاتفاق الذي توصل إليه
        // الرئيسان في الخامس من آذار" dates the deal, not the sit-in.)
        // (One right after the cue describes it: "المجزرة التي ارتكبتها
        // الطائرات الروسية … أمس الأربعاء".)
        // (A place's "الواقعة" phrase only says where it lies: "قصفت بلدة
        // موحسن الواقعة إلى الجنوب الشرقي من المدينة يوم الأربعاء".)
        let described_from = self
            .hits_in(&(cue.end..sentence.end))
            .find(|h| h.is(List::Relative) && !lies_word(self.norm()[h.range.clone()].trim()))
            .filter(|h| self.words_between(cue.end, h.word_start) > 0)
            .map_or(sentence.end, |h| h.word_start);
        // (Nor one past a contrast or a place described: "قصفت … بلدتي
        // احسم والبارة، في حين تعيش البارة حالة نزوح منذ اقتحامها في نيسان
        // الماضي", "قرب المسجد العمري، حيث انطلقت أولى المظاهرات في مارس
        // 2011".)
        let described_from = self
            .hits_in(&(cue.end..described_from))
            .find(|h| {
                h.is(List::Clause)
                    && matches!(
                        self.norm()[h.range.clone()].trim().trim_start_matches('و'),
                        "في حين" | "بينما"
                    )
            })
            .map_or(described_from, |h| h.word_start);
        let place_described = self
            .hits_in(&(cue.end..described_from))
            .find(|h| h.is(List::Clause) && self.norm()[h.range.clone()].trim() == "حيث")
            .map_or(described_from, |h| h.word_start);
        let long_before = |d: &DateMention| match (d.date, self.published) {
            (Some(day), Some(p)) => day.add_days(31) < p,
            _ => false,
        };
        let dated: Vec<&DateMention> = self
            .dates
            .iter()
            .filter(|d| {
                d.range.start >= sentence.start
                    && d.range.end <= described_from
                    && (d.range.start < place_described || !long_before(d))
                    && d.date.is_some()
                    && !self.stamp_line(&d.range)
            })
            .collect();
        // "وقال مراسل عنب بلدي، اليوم الأربعاء، إن مسلحين … مساء أمس
        // الثلاثاء": the day a report was made is not the event's when the
        // sentence gives another.
        let norm = self.norm();
        let report_day = |d: &DateMention| {
            let after = norm[d.range.end..].trim_start_matches([' ', '،', ',']);
            let that = after.split_whitespace().next().unwrap_or("");
            matches!(
                that,
                "ان" | "بان" | "انه" | "انها" | "انهم" | "بانه" | "بانها" | "بانهم"
            ) && self
                .hits_in(&(sentence.start..d.range.start))
                .any(|h| h.is(List::Report) && self.words_between(h.range.end, d.range.start) <= 8)
        };
        // (A day things went on "since" is no rival: "أعلن الجيش أمس أن
        // قواته سيطرت …، في عملية تشنها منذ 20 يناير".)
        let since = |d: &DateMention| self.since_day(d);
        let rival = dated.iter().any(|d| !report_day(d) && !since(d));
        // (Nor is a month or a year things went on since the event's own
        // day: "قصفت المدفعية التركية بلدة تل رفعت، التي تسيطر عليها
        // الوحدات الكردية منذ مطلع عام 2016"; "منذ صباح اليوم" is.)
        // (And the day something began is the event's only when the
        // sentence names no other: "عقب اشتباكات بدأت فجر يوم الثلاثاء
        // الفائت، وتصاعدت حدتها يوم أمس الأحد".)
        let began = |d: &&&DateMention| {
            words_before(norm, d.range.start)
                .take(3)
                .any(|w| matches!(w, "بدات" | "بدا" | "بدء" | "بدايه"))
        };
        // (Nor the day it went on until: "اندلعت اشتباكات … واستمرت حتى
        // صباح يوم الجمعة" began the day before.)
        // (A taking after such fighting is the day it ended: "تمكنت من
        // استعادة السيطرة …، إثر اشتباكات بدأت منذ مساء أمس الاثنين
        // واستمرت حتى فجر اليوم الثلاثاء".)
        let taking = self
            .hits
            .iter()
            .find(|h| h.range == *cue)
            .and_then(|h| h.event())
            .is_some_and(|e| self.ex.lexicon.events[e].kind == rasad_pack::CueKind::Capture);
        let until = |d: &DateMention| {
            !taking
                && d.range.start >= cue.end
                && words_before(norm, d.range.start)
                    .take(2)
                    .any(|w| matches!(w, "حتي" | "لغايه"))
        };
        // (Nor the day of another event added after it: "قصفت قوات النظام
        // قريتي كفر عويد وسفوهن، …، كما استهدفت بقذائف المدفعية، أمس
        // الأحد، أطراف قرية فليفل".)
        let of_added = |d: &DateMention| {
            d.range.start >= cue.end
                && self.hits_in(&(cue.end..d.range.start)).any(|h| {
                    self.clause_break(h)
                        && norm[h.range.clone()].trim().trim_start_matches('و') == "كما"
                        && self
                            .hits_in(&(h.range.end..d.range.start))
                            .any(|c| c.event().is_some())
                })
        };
        let candidates: Vec<&&DateMention> = dated
            .iter()
            .filter(|d| !until(d) && !of_added(d))
            .filter(|d| !since(d) || d.precision != Precision::Month)
            .filter(|d| !rival || !report_day(d))
            .collect();
        // (The cue's own clause first: "قتل شاب … ليل الثلاثاء، في حين
        // داهمت دورية صباح اليوم منازل في حي الوعر".)
        let across = |d: &DateMention| {
            let between = d.range.end.min(cue.start)..d.range.start.max(cue.end);
            self.hits_in(&between).any(|h| self.clause_break(h))
        };
        // (Nor, before them, the day fighting went on since, when the
        // sentence names a later one: "سيطرت مساء أمس الأربعاء … إثر معارك
        // استمرت منذ فجر يوم الإثنين".)
        let latest = candidates.iter().filter_map(|d| d.date).max();
        // (Nor a month or a year well before a day the sentence names: "في
        // استمرار للحراك الذي انطلق منتصف آب الماضي", "انضم … بعد اتفاق
        // التسوية عام 2018".)
        let latest_day = candidates
            .iter()
            .filter(|d| d.precision == Precision::Day)
            .filter_map(|d| d.date)
            .max();
        let stale_since = |d: &DateMention| {
            (since(d) && d.date < latest)
                || (d.precision == Precision::Month
                    && d.date
                        .zip(latest_day)
                        .is_some_and(|(m, day)| m < day.add_days(-45)))
        };
        // (Nor the day of another event told after it as what came before:
        // "بإعدامهم ميدانياً بعد اعتقالهم قبل يومين".)
        let of_earlier = |d: &DateMention| {
            d.range.start >= cue.end
                && words_before(norm, d.range.start)
                    .nth(1)
                    .is_some_and(|w| matches!(w, "بعد" | "عقب" | "اثر"))
        };
        let in_sentence = candidates
            .iter()
            .filter(|d| !began(d))
            .min_by_key(|d| {
                (
                    stale_since(d),
                    across(d),
                    of_earlier(d),
                    d.range.start.abs_diff(cue.start),
                )
            })
            .or_else(|| {
                candidates
                    .iter()
                    .min_by_key(|d| d.range.start.abs_diff(cue.start))
            });
        in_sentence.and_then(|d| d.date.map(|x| (x, d.precision)))
    }

    /// A day things went on since ("منذ 20 يناير", "منذ مطلع الشهر").
    pub fn since_day(&self, d: &DateMention) -> bool {
        self.norm()[..d.range.start].split_whitespace().next_back() == Some("منذ")
    }

    /// When something began, a few days back: "منذ بدء الهجوم على القاعدة
    /// قبل ستة أيام".
    fn began_ago(&self, d: &DateMention) -> bool {
        let norm = self.norm();
        norm[d.range.clone()].starts_with("قبل")
            && norm[..d.range.start]
                .split_whitespace()
                .rev()
                .take(5)
                .any(|w| w == "منذ")
    }

    /// A web page's stamp (often the day it was crawled), not the day of
    /// the events told around it: a date alone on its line, or with a word
    /// or two ("آخر تحديث: الأحد 21 يناير 2018"), or followed by a clock time
    /// ("الأحد , 21 يناير 2018 09 : 49 ص"), which news prose does not write.
    fn stamp_line(&self, date: &Range<usize>) -> bool {
        let norm = self.norm();
        let start = norm[..date.start].rfind('\n').map_or(0, |i| i + 1);
        let end = norm[date.end..].find('\n').map_or(norm.len(), |i| date.end + i);
        // Words with a letter, counted no further than 9: a line can be a
        // whole paragraph, and no test here needs more.
        let words = |t: &str| {
            t.split_whitespace()
                .filter(|w| {
                    w.chars()
                        .any(|c| ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphabetic())
                })
                .take(9)
                .count()
        };
        let before = &norm[start..date.start];
        let after = &norm[date.end..end];
        let (words_before, words_after) = (words(before), words(after));
        // (Or after the outlet's name and a bar: "زمان الوصل - خاص |
        // 2013-02-12".)
        let signed = words_before <= 4
            && before.trim_end().ends_with('|')
            && words_after == 0
            && self.hits_in(&(start..date.start)).all(|h| h.event().is_none());
        // (Or on a line with the Hijri date, its weekday too: "الأحد - 13
        // جمادى الآخرة 1438 هـ - 12 مارس 2017".)
        let hijri = words_before <= 8 && {
            let line = &norm[start..end];
            words(line) <= 8 && has_hijri_mark(line)
        };
        // (Or before a bar and the outlet's name: "27 أيار 2021 | تجمع
        // أحرار حوران – خاص".)
        let signed_after = words_before == 0
            && after.trim_start().starts_with('|')
            && words_after <= 6
            && self.hits_in(&(date.end..end)).all(|h| h.event().is_none());
        // (Or after the page's label for it: "أورينت نت – خاص | تاريخ
        // النشر: 2014-08-11".)
        let labelled = words_before <= 6 && words_after == 0 && {
            let b = before.trim_end().trim_end_matches(':').trim_end();
            ["تاريخ النشر", "نشر في", "تاريخ", "اخر تحديث", "تم النشر"]
                .iter()
                .any(|l| b.ends_with(l))
        };
        let alone = words_before + words_after <= 2 || signed || signed_after || hijri || labelled;
        let rest: String = norm[date.end..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(6)
            .collect();
        let clock = {
            let b = rest.trim_start_matches(['-', '|', '،', ',']).as_bytes();
            let digits = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
            let h = digits(b);
            (1..=2).contains(&h) && b.get(h) == Some(&b':') && digits(&b[h + 1..]) == 2
        };
        alone || clock
    }

    /// Reporters named in a sentence; else those of the sentence before in
    /// the same paragraph (a report goes on: "وأضاف المصدر …").
    pub fn reporters_for(&self, s: usize) -> Vec<String> {
        let mut i = s;
        loop {
            let r = self.reporters_in(&self.sentences[i].range);
            if !r.is_empty() || i == 0 || self.sentences[i - 1].para != self.sentences[s].para {
                return r;
            }
            i -= 1;
        }
    }

    pub(crate) fn reporters_in(&self, r: &Range<usize>) -> Vec<String> {
        let pack = self.pack();
        let norm = self.norm();
        let mut out: Vec<String> = Vec::new();
        for m in self
            .a
            .mentions
            .iter()
            .filter(|m| m.word_start >= r.start && m.range.end <= r.end)
        {
            let Some(e) = m.of(Kind::Reporter).next() else {
                continue;
            };
            // A source reports next to a report verb ("قال المرصد", "بحسب
            // الدفاع المدني", "المرصد أفاد"); elsewhere it is only named
            // ("استهدفت مركزاً للدفاع المدني").
            let before = self
                .hits_in(&(r.start..m.word_start))
                .any(|h| h.is(List::Report) && self.words_between(h.range.end, m.word_start) <= 3);
            let after = self
                .hits_in(&(m.range.end..r.end))
                .next()
                .is_some_and(|h| h.is(List::Report) && self.words_between(m.range.end, h.word_start) == 0);
            if !before && !after {
                continue;
            }
            let _ = norm;
            let id = pack.reporters[e.index as usize].id.clone();
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }

    /// The events of one sentence.
    pub fn sentence_events(&self, s: usize) -> Vec<Candidate> {
        crate::sentence::events(self, s)
    }

    /// The place record for an occurrence: (name, name_en, admin1, admin2,
    /// lat, lon, precision, place_id).
    pub fn place_of(&self, p: &PlaceOcc) -> Option<&Place> {
        p.place.map(|i| &self.pack().places[i as usize])
    }
}

/// Right after the word for a city quarter: "حي الجسر", "وحي الوعر".
pub(crate) fn after_quarter_word(norm: &str, at: usize) -> bool {
    words_back(norm, at)
        .next()
        .is_some_and(|w| matches!(w, "حي" | "بحي" | "وحي" | "حيي"))
}

/// A name of several places, placed in a governorate: the one place of
/// that name there, if it has exactly one.
fn settle(pack: &Pack, p: &mut PlaceOcc) {
    let Some(admin1) = &p.admin1 else { return };
    let mut there = p
        .candidates
        .iter()
        .filter(|&&c| &pack.places[c as usize].admin1 == admin1);
    if let (Some(&only), None) = (there.next(), there.next()) {
        p.place = Some(only);
    }
}

/// The value more than half of `all` share.
fn majority<'s>(all: &[&'s str]) -> Option<&'s str> {
    all.iter()
        .copied()
        .find(|a| 2 * all.iter().filter(|b| *b == a).count() > all.len())
}

/// The five words before `at`, nearest first.
/// The words before `at`, nearest first, without the quotes and brackets
/// around names ("قيادي في \"هيئة تحرير الشام\"" has "في" right before the
/// name).
/// Verbs that hedge who did it: "مسلحون يُعتقد أنهم من …", "غارات
/// يُرجّح أنها أردنية".
pub(crate) const HEDGES: &[&str] = &["يعتقد", "يرجح", "رجح", "يشتبه"];

/// A word that is `x`, or `x` behind one of the clitics و ب ف ل ("وقرية",
/// "بلدتي" kept whole: its own ب is no clitic).
pub(crate) fn is_word_or_clitic(w: &str, x: &str) -> bool {
    w == x || w.strip_prefix(['و', 'ب', 'ف', 'ل']) == Some(x)
}

pub(crate) fn words_before(norm: &str, at: usize) -> impl Iterator<Item = &str> {
    norm[..at]
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')' | '[' | ']')))
        .filter(|w| !w.is_empty())
}

fn words_back(norm: &str, at: usize) -> impl Iterator<Item = &str> {
    norm[..at].split_whitespace().rev().take(5)
}

/// Words that may follow the last place of a list: where the list is.
const LIST_ENDS: [&str; 8] = [
    "في",
    "بريف",
    "قرب",
    "المحيطه",
    "المجاوره",
    "الواقعه",
    "التابعه",
    "علي",
];

/// How many names a place word heads: two after a dual ("قريتي"), any
/// number after a plural ("قرى", "بلدات"), none after others.
fn list_size(stem: Option<&str>) -> Option<usize> {
    match stem? {
        "قريتي" | "بلدتي" | "مدينتي" | "حيي" | "قريتا" | "بلدتا" | "مدينتا" => {
            Some(2)
        }
        "قري" | "بلدات" | "مدن" | "احياء" | "مزارع" => Some(usize::MAX),
        _ => None,
    }
}

/// The dates of a text. With no publication date, a day named by its
/// weekday or without its year after the first full date the text gives is
/// read from that date ("فجر الثلاثاء، الأول من كانون الثاني 2019 … سيطرت
/// يوم الأربعاء، 2 من كانون الثاني" is January 2nd); what counts from the
/// publication ("أمس", "اليوم") stays unknown.
fn anchored_dates(norm: &str, published: Option<Date>) -> Vec<DateMention> {
    anchored_dates_in(norm, &DateWords::new(norm), published)
}

fn anchored_dates_in(norm: &str, scanned: &DateWords, published: Option<Date>) -> Vec<DateMention> {
    let mut dates = scanned.find(published);
    if let Some(p) = published {
        // Nothing reported happened after its report: a later date is the
        // page's ("الأحد , يناير 21 , 2018" in a site's header, on an
        // article of March 2017).
        let latest = p.add_days(1).days_since_epoch();
        dates.retain(|d| d.date.is_none_or(|d| d.days_since_epoch() <= latest));
        return dates;
    }
    let Some((anchor_at, anchor)) = dates
        .iter()
        .find(|d| d.precision == Precision::Day && d.kind == DateKind::Absolute)
        .and_then(|d| Some((d.range.end, d.date?)))
    else {
        // (Or today named with its weekday, day and month but no year,
        // "فجر اليوم الثلاثاء 4 أيار": the one year of the war that fits.)
        return match today_without_year(norm, scanned, &dates) {
            Some(today) => anchored_dates_in(norm, scanned, Some(today)),
            None => dates,
        };
    };
    // A full date told as yesterday or today ("هاجموا أمس الاثنين 14
    // حزيران/يونيو 2021"): the page was published the day after it, or
    // on it.
    if let Some(d) = dates.iter().find(|d| d.range.end == anchor_at) {
        let mut back = norm[..d.range.start].split_whitespace().rev().peekable();
        back.next_if(|w| WEEKDAYS.contains(w));
        let offset = match back.next().map(|w| w.strip_prefix('و').unwrap_or(w)) {
            Some("امس") => Some(1),
            Some("اليوم") => Some(0),
            _ => None,
        };
        if let Some(offset) = offset {
            return anchored_dates_in(norm, scanned, Some(anchor.add_days(offset)));
        }
    }
    // A dateline at the top, a full date on a line of its own ("الثلاثاء
    // 14 آب 2018" under the title): the page's publication date, which
    // "أمس الاثنين" is reckoned from.
    if let Some(d) = dates.iter().find(|d| d.range.end == anchor_at) {
        let line_start = norm[..d.range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = norm[d.range.end..]
            .find('\n')
            .map_or(norm.len(), |i| d.range.end + i);
        // (Or after the place and outlet: "دمشق – عنب بلدي | الاثنين 6
        // كانون الثاني 2014".)
        let line = &norm[line_start..line_end];
        let words = line.split_whitespace().count();
        // (Or beside the Hijri date and the issue's number: "السبت - 5
        // شعبان 1436 هـ - 23 مايو 2015 مـ رقم العدد [13325]".)
        let hijri = words <= 16 && has_hijri_mark(line);
        let signed = (words <= 12 || hijri) && norm[line_start..d.range.start].contains(['|', '–', '-']);
        let alone = (words <= 6 || signed) && !norm[line_start..line_end].contains(['.', '،']);
        let lines_before = norm[..line_start].matches('\n').count();
        if alone && lines_before <= 8 {
            return anchored_dates_in(norm, scanned, Some(anchor));
        }
    }
    let from_publication = |text: &str| {
        text.split_whitespace().any(|w| {
            matches!(
                w,
                "امس"
                    | "اليوم"
                    | "غدا"
                    | "الماضي"
                    | "الماضيه"
                    | "المقبل"
                    | "المقبله"
                    | "القادم"
                    | "الفائت"
                    | "الجاري"
            )
        })
    };
    // (Read as if published the week after the anchor, or on it: a weekday
    // is the nearer of the one on or after it and the one on or before.)
    let after = scanned.find(Some(anchor.add_days(6)));
    let before = scanned.find(Some(anchor));
    let same =
        |v: &[DateMention], d: &DateMention| v.iter().find(|g| g.range == d.range).and_then(|g| g.date);
    let distance = |x: Date| (x.days_since_epoch() - anchor.days_since_epoch()).abs();
    for d in dates
        .iter_mut()
        .filter(|d| d.date.is_none() && d.range.start >= anchor_at)
    {
        if d.kind == DateKind::Absolute {
            d.date = same(&after, d);
        } else if d.precision == Precision::Day && !from_publication(&norm[d.range.clone()]) {
            d.date = match (same(&after, d), same(&before, d)) {
                (Some(a), Some(b)) => Some(if distance(b) < distance(a) { b } else { a }),
                (a, b) => a.or(b),
            };
        }
    }
    dates
}

/// The days of the week, normalised, from Monday.
const WEEKDAYS: [&str; 7] = [
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
];

/// Word lists that say how a sentence tells things (background, plans,
/// negation), never part of a place's name.
const TALK: [List; 8] = [
    List::Background,
    List::Irrealis,
    List::Negation,
    List::Modal,
    List::Since,
    List::Denial,
    List::Demonstrative,
    List::Charges,
];

fn contains(sorted: &[Range<usize>], r: Range<usize>) -> bool {
    let i = sorted.partition_point(|n| n.start <= r.start);
    i > 0 && sorted[i - 1].end >= r.end
}

/// Whether text ending here introduces a part of a toll ("… بينهم ثلاثة
/// أطفال"), not the toll.
pub(crate) fn among(before: &str) -> bool {
    matches!(
        before.split_whitespace().next_back(),
        Some("بينهم" | "بينهن" | "بينها" | "منهم")
    )
}

/// Whether one of `sorted` (sorted, not overlapping) overlaps `r`.
fn overlaps(sorted: &[Range<usize>], r: &Range<usize>) -> bool {
    let i = sorted.partition_point(|n| n.end <= r.start);
    sorted.get(i).is_some_and(|n| n.start < r.end)
}

/// Glue between items of a list: spaces, commas, و.
/// Whether the words between two places say the first belongs to the
/// second: "في ريف ناحية", "بناحية", "التابعة لمنطقة", "التابعة ل".
/// Some(true) when the word is a dual ("لناحيتي"): the place after the
/// next و belongs to it too.
fn belongs_to(gap: &str) -> Option<bool> {
    let mut words: Vec<&str> = gap.split_whitespace().collect();
    let unit = words.last().map(|w| w.trim_start_matches(['ل', 'ب']));
    // (ANHA's canton, "مقاطعة عفرين", is a district.)
    let dual = matches!(unit, Some("ناحيتي" | "منطقتي" | "مدينتي" | "مقاطعتي"));
    let admin = dual || matches!(unit, Some("ناحيه" | "منطقه" | "مدينه" | "مقاطعه"));
    if admin {
        words.pop();
    }
    // ("معدان بالريف الشرقي لمدينة الرقة".)
    let compass = |w: &&str| matches!(*w, "الشرقي" | "الغربي" | "الشمالي" | "الجنوبي");
    let fits = match words.as_slice() {
        ["التابعه" | "التابع"] => true,
        [] | ["في"] | ["في", "ريف"] | ["بريف"] | ["ريف"] => admin,
        ["بالريف" | "الريف", rest @ ..] | ["في", "الريف", rest @ ..] => {
            admin && rest.len() <= 2 && rest.iter().all(compass)
        }
        _ => false,
    };
    fits.then_some(dual)
}

/// "اليوم الثلاثاء 4 أيار" on a page with no date: the day, when exactly
/// one year of the war (2011–2025) gives that day that weekday.
fn today_without_year(norm: &str, scanned: &DateWords, dates: &[DateMention]) -> Option<Date> {
    let d = dates
        .iter()
        .find(|d| d.precision == Precision::Day && d.date.is_none() && d.kind == DateKind::Absolute)?;
    // The weekday is the mention's first word or the word before it, and
    // "اليوم" the word before that.
    let mut back = words_before(norm, d.range.start);
    let first = norm[d.range.clone()].split_whitespace().next()?;
    let named = if WEEKDAYS.contains(&first) {
        first
    } else {
        back.next()?
    };
    let weekday = WEEKDAYS.iter().position(|w| *w == named)?;
    if back.next() != Some("اليوم") {
        return None;
    }
    let mut fits = (2011..=2025).filter_map(|year| {
        let end_of_year = Date::new(year, 12, 31)?;
        let day = scanned
            .find(Some(end_of_year))
            .into_iter()
            .find(|m| m.range.end == d.range.end)?
            .date?;
        (day.year == year && day.weekday().days_from_monday() as usize == weekday).then_some(day)
    });
    match (fits.next(), fits.next()) {
        (Some(day), None) => Some(day),
        _ => None,
    }
}

/// A line with the Hijri era's mark ("13 جمادى الآخرة 1438 هـ"): a
/// newspaper's dateline.
fn has_hijri_mark(line: &str) -> bool {
    line.split_whitespace().any(|w| matches!(w, "ه" | "هـ"))
}

fn lies_word(w: &str) -> bool {
    w.starts_with("الواقع") || w.starts_with("الممتد")
}

/// A town's neighbour or parent right after it ("بلدة شنان القريبة من
/// أريحا", "قرية الشيخ علي التابعة لناحية عقيربات") only locates it.
fn beside_word(w: &str) -> bool {
    ["القريب", "المجاور", "التابع"]
        .iter()
        .any(|stem| w.starts_with(stem))
}

pub(crate) fn is_list_gap(gap: &str) -> bool {
    gap.chars().all(|c| matches!(c, ' ' | '،' | ',' | 'و'))
}

/// A kill noun with the pronoun of the one killed: "ما أدى إلى مقتله".
const KILLED_HIMSELF: [&str; 6] = ["مقتله", "مقتلها", "استشهاده", "استشهادها", "مصرعه", "مصرعها"];

/// A unit after a number that makes it not a count of people.
fn is_unit_after(norm: &str, n: &NumberMention) -> bool {
    // A qualifier after the counted word ends the mention ("خمسة أشخاص على
    // الأقل يوم الجمعة"): the counted word is the one before it.
    let told = &norm[n.range.clone()];
    let trailing = n.note.as_deref().and_then(|note| told.strip_suffix(note));
    let next = match trailing {
        Some(head) => head.split_whitespace().skip(1).last().unwrap_or(""),
        None => norm[n.range.end..].split_whitespace().next().unwrap_or(""),
    }
    .trim_end_matches(|c: char| !c.is_alphabetic() && c != '%');
    // (An age too: "خالد الأسعد (82 عاماً)".)
    const UNITS: &[&str] = &[
        "عاما",
        "يوما",
        "شهرا",
        "غاره",
        "غارات",
        "صاروخ",
        "صواريخ",
        "قذيفه",
        "قذائف",
        "برميل",
        "براميل",
        "كيلومتر",
        "كم",
        "متر",
        "ساعه",
        "ساعات",
        "يوم",
        "ايام",
        "عام",
        "اعوام",
        "سنه",
        "سنوات",
        "شهر",
        "اشهر",
        "دولار",
        "طن",
        "%",
    ];
    // (An age told "في الأربعين من عمره".)
    let mut after = norm[n.range.end..].split_whitespace().skip(1);
    let of_age = next == "من"
        && after
            .next()
            .is_some_and(|w| matches!(w, "عمره" | "عمرها" | "العمر" | "عمرهم"));
    UNITS.contains(&next) || of_age
}

/// Kin named with the dead person ("رجل وزوجته", "سيدة وطفليها"): how
/// many more.
fn kin_after(norm: &str, at: usize) -> u32 {
    // (Past what the person was, before any comma: "قيادي سابق في فصائل
    // المعارضة ومرافقه"; every one of a family: "رجل وزوجته وطفلهما".)
    let mut kin_count = 0;
    for w in norm[at..].split_whitespace().take(6) {
        if let Some(kin) = w.trim_end_matches(|c: char| !c.is_alphabetic()).strip_prefix('و') {
            if KIN_ONE.contains(&kin) {
                kin_count += 1;
            } else if KIN_TWO.contains(&kin) {
                kin_count += 2;
            } else if kin_count > 0 {
                break;
            }
        } else if kin_count > 0 {
            break;
        }
        if w.contains(['،', ',', '.']) {
            break;
        }
    }
    kin_count
}

/// Kin words that add one, or two, to the dead person before them.
const KIN_ONE: [&str; 26] = [
    "طفلهما",
    "ابنهما",
    "ابنتهما",
    "طفلتهما",
    "والدتهما",
    "والدهما",
    "مرافقه",
    "مرافقها",
    "سائقه",
    "سائقها",
    "زوجته",
    "زوجها",
    "ابنه",
    "ابنها",
    "ابنته",
    "ابنتها",
    "طفله",
    "طفلها",
    "طفلته",
    "طفلتها",
    "شقيقه",
    "شقيقها",
    "والده",
    "والدته",
    "والدها",
    "والدتها",
];
const KIN_TWO: [&str; 10] = [
    "طفليهما",
    "ابنيهما",
    "طفليه",
    "طفليها",
    "ابنيه",
    "ابنيها",
    "طفلتيه",
    "طفلتيها",
    "ابنتيه",
    "ابنتيها",
];

/// The conservative figure of a number mention: its lower bound, none for
/// "أقل من".
fn figure_of(n: &NumberMention) -> Option<u32> {
    if n.qualifier == Qualifier::AtMost || n.value < 0.0 || n.value > 1e7 {
        return None;
    }
    Some(n.value.floor() as u32)
}
