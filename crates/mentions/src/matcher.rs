//! One pass of Aho-Corasick over the normalised text finds every alias of
//! every place, actor and reporter; matches are kept when they sit on word
//! boundaries, allowing the proclitics news attaches (وبالرقه، للمرصد).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rasad_pack::Pack;
use rasad_text::normalize_str;
use rasad_text::tokens::{is_letter, parse_proclitics, Proclitics, StemLexicon};

use crate::spelling::{spellings, Form};

/// What a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Place,
    Actor,
    Reporter,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Place => "place",
            Kind::Actor => "actor",
            Kind::Reporter => "reporter",
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

/// The compiled alias automaton of a pack.
pub struct Matcher {
    automaton: AhoCorasick,
    entries: Vec<Vec<Entry>>,
    place_stopwords: HashSet<String>,
    place_words: HashSet<String>,
}

impl Matcher {
    pub fn new(pack: &Pack) -> Matcher {
        let mut by_form: HashMap<String, Vec<Entry>> = HashMap::new();
        let mut add = |name: &str, kind: Kind, index: usize| {
            for (s, form) in spellings(&normalize_str(name), kind == Kind::Place) {
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
        };
        for (i, p) in pack.places.iter().enumerate() {
            for n in p.names() {
                add(n, Kind::Place, i);
            }
        }
        for (i, a) in pack.actors.iter().enumerate() {
            for n in &a.aliases {
                add(n, Kind::Actor, i);
            }
        }
        for (i, r) in pack.reporters.iter().enumerate() {
            for n in &r.aliases {
                add(n, Kind::Reporter, i);
            }
        }
        let mut patterns: Vec<(String, Vec<Entry>)> = by_form.into_iter().collect();
        // Deterministic pattern ids, whatever the hash order.
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, v) in &mut patterns {
            v.sort_by_key(|e| (e.form, e.kind, e.index));
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns.iter().map(|(s, _)| s.as_str()))
            .expect("alias automaton fits in memory");
        Matcher {
            automaton,
            entries: patterns.into_iter().map(|(_, v)| v).collect(),
            place_stopwords: pack.place_stopwords.clone(),
            place_words: pack.place_words.clone(),
        }
    }

    /// Number of distinct written forms compiled.
    pub fn pattern_count(&self) -> usize {
        self.entries.len()
    }

    /// Every name in a normalised text, left to right, never overlapping:
    /// where names overlap the longest wins ("ريف حماه الشمالي" over "حماه").
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut found: Vec<Mention> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if text[e..]
                .chars()
                .next()
                .is_some_and(|c| is_letter(c) || c.is_ascii_digit())
            {
                continue;
            }
            let word_start = text[..s]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_letter(c))
                .last()
                .map_or(s, |(i, _)| i);
            let prefix = &text[word_start..s];
            let Some(proclitics) = parse_proclitics(prefix) else {
                continue;
            };
            if proclitics.particle == Some('س') {
                continue;
            }
            let pattern = &text[s..e];
            // بلده is not ب + لده: a whole word the lexicon knows is not split.
            if !prefix.is_empty() && StemLexicon::builtin().contains(&text[word_start..e]) {
                continue;
            }
            let starts_with_article = pattern.starts_with("ال");
            let mut weak = false;
            let entries: Vec<Entry> = self.entries[m.pattern().as_usize()]
                .iter()
                .copied()
                .filter(|en| match en.form {
                    Form::Lil => matches!(prefix, "ل" | "ول" | "فل"),
                    _ => !(proclitics.article && starts_with_article),
                })
                .collect();
            if entries.is_empty() {
                continue;
            }
            if proclitics.article && !starts_with_article {
                weak = true;
            }
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
            // مدينه، قريه: the word that introduces a place is not one.
            if places_only && self.place_words.contains(core) {
                continue;
            }
            // A common word stays one with clitics: check the name's own form.
            let name_form = match entries[0].form {
                Form::Lil => format!("ا{pattern}"),
                _ => pattern.to_string(),
            };
            if places_only && self.place_stopwords.contains(&name_form) {
                weak = true;
            }
            found.push(Mention {
                range: s..e,
                word_start,
                proclitics,
                entries,
                weak,
            });
        }
        select_longest(found)
    }
}

/// Keeps the longest of overlapping names (clitics aside), then the
/// leftmost.
fn select_longest(mut found: Vec<Mention>) -> Vec<Mention> {
    found.sort_by(|a, b| {
        b.range
            .len()
            .cmp(&a.range.len())
            .then(a.word_start.cmp(&b.word_start))
    });
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        if kept
            .iter()
            .all(|k| m.range.end <= k.word_start || m.word_start >= k.range.end)
        {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.word_start);
    kept
}
