//! One pass over the normalised text finds every alias of every place,
//! actor and reporter, on word boundaries that allow the proclitics news
//! attaches (وبالرقه، للمرصد).
//!
//! A name can only start where a stem starts (a word start, or right after
//! a chain of proclitics) and its first word is a whole word. So the
//! written forms are indexed by their first word: at each stem start one
//! hash probe finds the forms beginning with that word, and the rest of
//! each form is compared in place. This finds exactly what an Aho-Corasick
//! automaton over all forms finds at those positions (the tests check it
//! against one) at several times the speed: the automaton spends most of
//! its time on names embedded inside other words.

use std::collections::HashMap;
use std::ops::Range;

use rasad_pack::Pack;
use rasad_text::normalize_str;
use rasad_text::tokens::{is_letter, stem_starts, Proclitics, StemLexicon};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::spelling::{spellings, Form};

/// What a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Place,
    Actor,
    Reporter,
    /// A phrase of a caller's list (event cues and the words around them).
    Cue,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Place => "place",
            Kind::Actor => "actor",
            Kind::Reporter => "reporter",
            Kind::Cue => "cue",
        }
    }
}

/// One thing a written form can refer to: the index of a place, actor or
/// reporter in the pack, and how the form was spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entry {
    pub kind: Kind,
    pub index: u32,
    pub form: Form,
}

/// A name found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The name, as a byte range of the normalised text (clitics excluded).
    pub range: Range<usize>,
    /// Where the word starts, clitics included.
    pub word_start: usize,
    pub proclitics: Proclitics,
    /// Everything the name may refer to, best form first.
    pub entries: Vec<Entry>,
    /// The name needs a place context to count (a common word, a name
    /// without its ال, or an ال the name does not have).
    pub weak: bool,
}

impl Mention {
    pub fn is(&self, kind: Kind) -> bool {
        self.entries.iter().any(|e| e.kind == kind)
    }

    /// Indexes of the entries of one kind, best form first.
    pub fn of(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.kind == kind)
    }
}

/// The forms that begin with one word. Words such as ابو, تل, خربه, ريف
/// begin hundreds of names, so longer forms are indexed again by their
/// separator and second word ("ريف" → " حلب" → " الشمالي").
#[derive(Default)]
struct FirstWord {
    whole: Vec<u32>,
    longer: FxHashMap<String, Vec<(u32, String)>>,
}

/// The written forms of a pack's names, indexed for matching.
pub struct Matcher {
    /// Every written form, sorted; a pattern id is an index here.
    forms: Vec<String>,
    /// What each form may refer to.
    entries: Vec<Vec<Entry>>,
    /// Forms by their first word, then by what follows it.
    by_first_word: FxHashMap<String, FirstWord>,
    place_stopwords: FxHashSet<String>,
    place_words: FxHashSet<String>,
    place_word_names: FxHashSet<String>,
}

impl Matcher {
    pub fn new(pack: &Pack) -> Matcher {
        let mut names: Vec<(&str, Kind, usize)> = Vec::new();
        for (i, p) in pack.places.iter().enumerate() {
            names.extend(p.names().map(|n| (n, Kind::Place, i)));
        }
        for (i, a) in pack.actors.iter().enumerate() {
            names.extend(a.aliases.iter().map(|n| (n.as_str(), Kind::Actor, i)));
        }
        for (i, r) in pack.reporters.iter().enumerate() {
            names.extend(r.aliases.iter().map(|n| (n.as_str(), Kind::Reporter, i)));
        }
        Matcher::build(
            names,
            &pack.place_stopwords,
            &pack.place_words,
            &pack.naming.place_word_names,
            &pack.naming.compound_heads,
        )
    }

    /// A matcher for phrases of the caller's lists: phrase `p` with index
    /// `i` is found as a [`Kind::Cue`] entry with index `i`. Phrases get the
    /// article forms (ال, لل), not the spelling variants of place names.
    pub fn for_phrases<'a>(phrases: impl IntoIterator<Item = (&'a str, usize)>) -> Matcher {
        let names = phrases.into_iter().map(|(p, i)| (p, Kind::Cue, i)).collect();
        Matcher::build(
            names,
            &Default::default(),
            &Default::default(),
            &Default::default(),
            &Default::default(),
        )
    }

    fn build(
        names: Vec<(&str, Kind, usize)>,
        place_stopwords: &std::collections::HashSet<String>,
        place_words: &std::collections::HashSet<String>,
        place_word_names: &std::collections::HashSet<String>,
        compound_heads: &std::collections::HashSet<String>,
    ) -> Matcher {
        let mut by_form: HashMap<String, Vec<Entry>> = HashMap::new();
        for (name, kind, index) in names {
            let heads = (kind == Kind::Place).then_some(compound_heads);
            for (s, form) in spellings(&normalize_str(name), heads) {
                let e = Entry {
                    kind,
                    index: index as u32,
                    form,
                };
                let v = by_form.entry(s).or_default();
                if !v.contains(&e) {
                    v.push(e);
                }
            }
        }
        let mut patterns: Vec<(String, Vec<Entry>)> = by_form.into_iter().collect();
        // Deterministic pattern ids, whatever the hash order.
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, v) in &mut patterns {
            v.sort_by_key(|e| (e.form, e.kind, e.index));
        }
        let mut by_first_word: FxHashMap<String, FirstWord> = FxHashMap::default();
        for (id, (form, _)) in patterns.iter().enumerate() {
            let first = word_end(form, 0);
            if first == 0 {
                continue; // a form must begin with a letter or digit
            }
            let slot = by_first_word.entry(form[..first].to_string()).or_default();
            let rest = &form[first..];
            if rest.is_empty() {
                slot.whole.push(id as u32);
            } else {
                let second = second_word_end(rest, 0);
                slot.longer
                    .entry(rest[..second].to_string())
                    .or_default()
                    .push((id as u32, rest[second..].to_string()));
            }
        }
        let (forms, entries) = patterns.into_iter().unzip();
        Matcher {
            forms,
            entries,
            by_first_word,
            place_stopwords: place_stopwords.iter().cloned().collect(),
            place_words: place_words.iter().cloned().collect(),
            place_word_names: place_word_names.iter().cloned().collect(),
        }
    }

    /// The distinct written forms, normalised; a pattern id indexes them.
    pub fn forms(&self) -> &[String] {
        &self.forms
    }

    /// What the written form `pattern_id` may refer to.
    pub fn entries_of(&self, pattern_id: usize) -> &[Entry] {
        &self.entries[pattern_id]
    }

    /// Every name in a normalised text, left to right, never overlapping:
    /// where names overlap the longest wins ("ريف حماه الشمالي" over "حماه").
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut found = Vec::new();
        self.each_candidate(text, |ws, proclitics, end, id| {
            if let Some(m) = self.check(text, ws, proclitics, end, id) {
                found.push(m);
            }
        });
        // "مدينة الباب شرقي حلب": a compass word right before another name
        // says where the name before it lies, and ends no name of its own
        // ("باب شرقي" is a quarter of Damascus), when the name without it
        // is one too.
        let compass_ended = |m: &Mention| {
            m.entries.iter().all(|e| e.kind == Kind::Place)
                && matches!(
                    text[m.range.clone()].rsplit(' ').next(),
                    Some("شرقي" | "غربي" | "شمالي" | "جنوبي")
                )
        };
        let drop: Vec<bool> = found
            .iter()
            .map(|m| {
                compass_ended(m)
                    && text[m.range.end..].find(is_word_char).is_some_and(|skip| {
                        let next = m.range.end + skip;
                        text[m.range.end..next].trim().is_empty()
                            && found.iter().any(|n| n.word_start == next)
                    })
                    && found
                        .iter()
                        .any(|n| n.word_start == m.word_start && n.range.end < m.range.end)
            })
            .collect();
        let mut drop = drop.into_iter();
        found.retain(|_| !drop.next().unwrap_or(false));
        select_longest(found)
    }

    /// Calls `f(word_start, proclitics, end, pattern_id)` for every written
    /// form that starts at a stem start, before any boundary check.
    pub fn each_candidate(&self, text: &str, mut f: impl FnMut(usize, Proclitics, usize, usize)) {
        let mut at = 0;
        while let Some(skip) = text[at..].find(is_word_char) {
            let ws = at + skip;
            let we = word_end(text, ws);
            at = we;
            for (offset, proclitics) in stem_starts(&text[ws..we]) {
                let s = ws + offset;
                let Some(first) = self.by_first_word.get(&text[s..we]) else {
                    continue;
                };
                for &id in &first.whole {
                    f(ws, proclitics, we, id as usize);
                }
                if first.longer.is_empty() {
                    continue;
                }
                let se = second_word_end(text, we);
                // Quotes around a later word do not break a name: `عناصر
                // "الدولة"` is عناصر الدولة.
                let longer = first.longer.get(&text[we..se]).or_else(|| {
                    let gap = &text[we..se];
                    let word = gap.trim_start_matches([' ', '"']);
                    let quoted = gap.len() - word.len();
                    (gap.contains('"') && quoted <= 3 && !word.is_empty())
                        .then(|| first.longer.get(&format!(" {word}")))
                        .flatten()
                });
                let Some(longer) = longer else {
                    continue;
                };
                for (id, rest) in longer {
                    if text[se..].starts_with(rest.as_str()) {
                        f(ws, proclitics, se + rest.len(), *id as usize);
                    }
                }
            }
        }
    }

    /// Keeps a match that ends on a word boundary and whose clitics suit the
    /// written form, flagging it weak where it needs a place context.
    fn check(
        &self,
        text: &str,
        word_start: usize,
        proclitics: Proclitics,
        e: usize,
        pattern_id: usize,
    ) -> Option<Mention> {
        let s = word_start + proclitics.len;
        if !text.is_char_boundary(e) {
            return None;
        }
        if text[e..].chars().next().is_some_and(is_word_char) {
            return None;
        }
        if proclitics.particle == Some('س') {
            return None;
        }
        let prefix = &text[word_start..s];
        let pattern = &text[s..e];
        // A surname is no "فل" + a short village: "راجي فلحوط" is not حوط.
        if prefix == "فل" && pattern.chars().count() <= 3 {
            return None;
        }
        // بلده is not ب + لده, ولبنان not و + ل + بنان: a word the lexicon
        // knows, with or without its conjunction, is not split further.
        if !prefix.is_empty() {
            let lex = StemLexicon::builtin();
            let word = &text[word_start..e];
            // (But وفي is و + في: the known word is the name itself.)
            if lex.contains(word)
                || word
                    .strip_prefix(['و', 'ف'])
                    .is_some_and(|w| w != pattern && lex.contains(w))
            {
                return None;
            }
        }
        let starts_with_article = pattern.starts_with("ال");
        let entries: Vec<Entry> = self.entries[pattern_id]
            .iter()
            .copied()
            .filter(|en| match en.form {
                Form::Lil => matches!(prefix, "ل" | "ول" | "فل"),
                // Respelt and given an ال it lacks is another word: "البصره"
                // is not بصرى.
                Form::Variant if proclitics.article && !starts_with_article => false,
                _ => !(proclitics.article && starts_with_article),
            })
            .collect();
        if entries.is_empty() {
            return None;
        }
        let mut weak = proclitics.article && !starts_with_article;
        let places_only = entries.iter().all(|en| en.kind == Kind::Place);
        let best_place_form = entries
            .iter()
            .filter(|en| en.kind == Kind::Place)
            .map(|en| en.form)
            .min();
        if best_place_form == Some(Form::Bare) && places_only {
            weak = true;
        }
        // A respelled short word is more often another word (الي for إلى
        // is not the village الالا): it needs a place context.
        let core = pattern.strip_prefix("ال").unwrap_or(pattern);
        if best_place_form == Some(Form::Variant) && !pattern.contains(' ') && core.chars().count() <= 5 {
            weak = true;
        }
        // مدينه، قريه: the word that introduces a place is not one; nor is a
        // preposition, in a list or not ("في حي جوبر وعلى أطراف ساحة
        // العباسيين" is not the village العلي).
        // (Unless the pack names it, "بلدة المزرعة": then it is a name in
        // a place context only.)
        if places_only && (self.place_words.contains(core) || PREPOSITIONS.contains(&pattern)) {
            if !self.place_word_names.contains(pattern) {
                return None;
            }
            weak = true;
        }
        // A common word stays one with clitics: check the name's own form
        // (لثوره is الثوره after لل).
        if places_only {
            let common = match entries[0].form {
                Form::Lil => self.place_stopwords.contains(&format!("ا{pattern}")),
                _ => self.place_stopwords.contains(pattern),
            };
            weak |= common;
        }
        Some(Mention {
            range: s..e,
            word_start,
            proclitics,
            entries,
            weak,
        })
    }
}

/// Prepositions, normalised, that some village name also spells.
const PREPOSITIONS: &[&str] = &["علي", "الي", "في", "من", "عن", "مع", "حتي", "عند", "منذ", "لدي"];

fn is_word_char(c: char) -> bool {
    is_letter(c) || c.is_ascii_digit()
}

/// End of the run of letters and digits starting at `from`.
fn word_end(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| !is_word_char(c))
        .map_or(text.len(), |e| from + e)
}

/// End of the separator and word that follow `from` (the separator alone
/// when no word follows).
fn second_word_end(text: &str, from: usize) -> usize {
    match text[from..].find(is_word_char) {
        Some(ns) => word_end(text, from + ns),
        None => text.len(),
    }
}

/// Keeps the longest of overlapping names (clitics aside), then the
/// leftmost. Overlaps are local, so mentions are swept into clusters of
/// overlapping spans and each cluster is settled on its own.
fn select_longest(mut found: Vec<Mention>) -> Vec<Mention> {
    found.sort_by_key(|m| (m.word_start, std::cmp::Reverse(m.range.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    let mut cluster: Vec<Mention> = Vec::new();
    let mut cluster_end = 0;
    for m in found {
        if !cluster.is_empty() && m.word_start >= cluster_end {
            settle(&mut cluster, &mut kept);
        }
        cluster_end = if cluster.is_empty() {
            m.range.end
        } else {
            cluster_end.max(m.range.end)
        };
        cluster.push(m);
    }
    settle(&mut cluster, &mut kept);
    kept
}

fn settle(cluster: &mut Vec<Mention>, kept: &mut Vec<Mention>) {
    if cluster.len() == 1 {
        kept.append(cluster);
        return;
    }
    cluster.sort_by(|a, b| {
        b.range
            .len()
            .cmp(&a.range.len())
            .then(a.word_start.cmp(&b.word_start))
    });
    let first = kept.len();
    for m in cluster.drain(..) {
        if kept[first..]
            .iter()
            .all(|k| m.range.end <= k.word_start || m.word_start >= k.range.end)
        {
            kept.push(m);
            continue;
        }
        // "الهيشه" is الهيشه (Tartous) and, read as ال + هيشه, the هيشه
        // of Raqqa: the shorter place is kept as a fallback of the longer.
        let places = |x: &Mention| x.entries.iter().all(|e| e.kind == Kind::Place);
        if m.proclitics.article && places(&m) {
            if let Some(k) = kept[first..].iter_mut().find(|k| {
                k.word_start == m.word_start
                    && k.range.end == m.range.end
                    && !k.proclitics.article
                    && places(k)
            }) {
                k.entries.extend(m.entries.iter().map(|e| Entry {
                    form: Form::Articled,
                    ..*e
                }));
            }
        }
    }
    kept[first..].sort_by_key(|m| m.word_start);
}
