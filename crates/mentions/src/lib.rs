//! Who and where, found fast and exactly.
//!
//! [`Engine`] holds the pack, its alias automaton and the normaliser;
//! [`Engine::analyze`] takes an article's text to its normalised view,
//! sentences, mentions and resolved places — every span still reachable in
//! the original through `Normalized::original_range`.

mod matcher;
mod resolve;
mod spelling;

use std::ops::Range;

use rasad_pack::Pack;
use rasad_text::{sentences, Normalized, Normalizer};

pub use matcher::{Entry, Kind, Matcher, Mention};
pub use resolve::{is_section_head, resolve_places, How, Resolution};
pub use spelling::{spellings, Form};

/// A pack compiled for matching.
pub struct Engine {
    pub pack: Pack,
    pub matcher: Matcher,
    pub normalizer: Normalizer,
}

/// What the engine found in one text.
pub struct Analysis<'a> {
    pub norm: Normalized<'a>,
    /// Sentence ranges over the normalised text.
    pub sentences: Vec<Range<usize>>,
    pub mentions: Vec<Mention>,
    /// For each mention, how its place resolved (`None`: not a place name).
    pub places: Vec<Option<Resolution>>,
}

impl Engine {
    pub fn new(pack: Pack) -> Engine {
        let matcher = Matcher::new(&pack);
        Engine {
            pack,
            matcher,
            normalizer: Normalizer::default(),
        }
    }

    /// Normalises `text`, finds its mentions and resolves its places.
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        let norm = self.normalizer.normalize(text);
        let sentences = sentences(norm.as_str());
        let mentions = self.matcher.find(norm.as_str());
        let places = resolve_places(&self.pack, norm.as_str(), &sentences, &mentions);
        Analysis {
            norm,
            sentences,
            mentions,
            places,
        }
    }
}

#[cfg(test)]
mod tests;
