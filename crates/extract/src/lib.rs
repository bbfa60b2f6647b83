//! Arabic articles to ACLED-style event records (`../shared/design/events.md`).
//!
//! Per article: the text core's normalised view, the pack's mentions
//! (places resolved in context, actors, reporters), and one more pass for
//! the cues of `cues.toml`. Each sentence's cues become candidate events
//! with the places they govern, who acts on whom, casualties, date and
//! source; candidates of one article that tell the same event are merged;
//! summaries over an area that the article details are dropped.

mod doc;
mod fuzzy;
mod lexicon;
mod merge;
mod record;
mod sentence;

use rustc_hash::{FxHashMap, FxHashSet};

use rasad_mentions::Engine;
use rasad_pack::Pack;
use rasad_text::dates::Date;
use rasad_text::normalize_str;

pub use record::{Event, Evidence, Location};

/// What can go wrong building an extractor.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("cues.toml has no word list {0:?}, which extraction reads")]
    MissingWordList(&'static str),
}

pub type Result<T, E = ExtractError> = std::result::Result<T, E>;

/// A pack compiled for extraction.
pub struct Extractor {
    engine: Engine,
    lexicon: lexicon::Lexicon,
    fuzzy: fuzzy::Fuzzy,
    /// Normalised nisba adjective → the actor whose attack it names.
    adjectives: FxHashMap<String, String>,
    /// A name → (a place named with it, the community the gazetteer calls
    /// by both): "حطين" with "عامودا" is "حطين عامودا", not Raqqa's حطين.
    suffixed: FxHashMap<String, Vec<(String, u32)>>,
}

/// One article to read.
#[derive(Debug, Clone, Copy)]
pub struct ArticleIn<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub published: Option<Date>,
}

/// What extraction found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub events: Vec<Event>,
    /// For each event, the cue phrase (normalised) that signalled it: for
    /// debugging rules, not part of the record.
    pub cues: Vec<String>,
    /// Place-like names the gazetteer could not resolve, as written.
    pub unresolved: Vec<String>,
}

impl Extractor {
    pub fn new(pack: Pack) -> Result<Extractor> {
        let lexicon = lexicon::Lexicon::new(&pack.cues)?;
        let fuzzy = fuzzy::Fuzzy::new(&pack);
        let adjectives = pack
            .actors
            .iter()
            .flat_map(|a| a.adjectives.iter().map(|w| (normalize_str(w), a.id.clone())))
            .collect();
        let suffixed = suffixed_communities(&pack);
        Ok(Extractor {
            engine: Engine::new(pack),
            lexicon,
            fuzzy,
            adjectives,
            suffixed,
        })
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn extract(&self, article: ArticleIn<'_>) -> Extraction {
        let doc = doc::Doc::new(self, article.text, article.published);
        let mut candidates = Vec::new();
        let mut tolls = Vec::new();
        for s in 0..doc.sentences.len() {
            let found = doc.sentence_events(s);
            if found.is_empty() {
                tolls.extend(sentence::battle_toll(&doc, s).map(|n| (s, n)));
            }
            candidates.extend(found);
        }
        let merged = merge::merge(&doc, candidates, tolls);
        let cues = merged
            .iter()
            .map(|m| doc.norm()[m.cue.clone()].to_string())
            .collect();
        Extraction {
            events: merge::records(&doc, article.id, merged),
            cues,
            unresolved: doc.unresolved.clone(),
        }
    }
}

#[cfg(test)]
mod tests;

/// OCHA tells apart villages of one name by their sub-district ("ميسلون عين
/// عيسى", "حطين عامودا"); news writes the bare name with the town nearby.
/// Keyed by the bare name, itself another community's, and the town.
fn suffixed_communities(pack: &Pack) -> FxHashMap<String, Vec<(String, u32)>> {
    let communities: FxHashSet<String> = pack
        .places
        .iter()
        .filter(|p| p.kind == rasad_pack::PlaceKind::Community)
        .map(|p| normalize_str(&p.name_ar))
        .collect();
    let names: FxHashSet<String> = pack.places.iter().map(|p| normalize_str(&p.name_ar)).collect();
    let mut out: FxHashMap<String, Vec<(String, u32)>> = FxHashMap::default();
    for (i, p) in pack.places.iter().enumerate() {
        if p.kind != rasad_pack::PlaceKind::Community {
            continue;
        }
        let name = normalize_str(&p.name_ar);
        let words: Vec<&str> = name.split(' ').collect();
        for k in 1..words.len() {
            let (bare, town) = (words[..k].join(" "), words[k..].join(" "));
            if communities.contains(&bare) && names.contains(&town) {
                out.entry(bare).or_default().push((town, i as u32));
            }
        }
    }
    out
}
