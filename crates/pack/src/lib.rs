//! The Syria knowledge pack: who and where.
//!
//! Places, actors and reporters are data files (`data/`) compiled into the
//! binary. [`Pack::load`] reads them and, when given a user pack directory,
//! the files of the same names there: a row with a new id is added, a row
//! with an existing id replaces the built-in one.

mod cues;
mod error;
mod naming;
mod people;
mod places;

use std::collections::{HashMap, HashSet};
use std::path::Path;

pub use cues::{event_type_of, expand, Anaphor, CueKind, Cues, EventCue, TAXONOMY};
pub use error::{PackError, Result};
pub use naming::Naming;
pub use people::{Actor, Reporter};
pub use places::{Place, PlaceKind, PlaceView, GOVERNORATES};

use rasad_text::normalize_str;

/// The built-in data files, by the name a user pack uses to extend them.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("gazetteer.tsv", include_str!("../data/gazetteer.tsv")),
    ("places_extra.tsv", include_str!("../data/places_extra.tsv")),
    ("actors.toml", include_str!("../data/actors.toml")),
    ("reporters.toml", include_str!("../data/reporters.toml")),
    ("place_stopwords.txt", include_str!("../data/place_stopwords.txt")),
    ("place_words.txt", include_str!("../data/place_words.txt")),
    ("cues.toml", include_str!("../data/cues.toml")),
    ("naming.toml", include_str!("../data/naming.toml")),
];

/// Everything rasad knows about places and parties.
#[derive(Debug, Clone, Default)]
pub struct Pack {
    pub places: Vec<Place>,
    pub actors: Vec<Actor>,
    pub reporters: Vec<Reporter>,
    /// Normalised place names that are also ordinary words (الثورة،
    /// السلام): they count as places only in a place context.
    pub place_stopwords: HashSet<String>,
    /// Normalised words that introduce a place name (بلدة، قرية، حي).
    pub place_words: HashSet<String>,
    /// Event cues and the word lists read around them.
    pub cues: Cues,
    /// How news writes place names (compound heads, suffixes, non-names).
    pub naming: Naming,
    place_by_id: HashMap<String, usize>,
    actor_by_id: HashMap<String, usize>,
    reporter_by_id: HashMap<String, usize>,
}

impl Pack {
    /// The compiled-in pack.
    pub fn builtin() -> Result<Pack> {
        Pack::load(None)
    }

    /// The compiled-in pack, extended by the files of `user_dir` if given.
    pub fn load(user_dir: Option<&Path>) -> Result<Pack> {
        let mut pack = Pack::default();
        for (name, text) in BUILTIN_FILES {
            pack.add_file(name, text)?;
        }
        if let Some(dir) = user_dir {
            if !dir.is_dir() {
                return Err(PackError::NotADirectory(dir.to_path_buf()));
            }
            let mut any = false;
            for (name, _) in BUILTIN_FILES {
                let path = dir.join(name);
                if path.exists() {
                    let text = std::fs::read_to_string(&path).map_err(|source| PackError::Io {
                        path: path.clone(),
                        source,
                    })?;
                    pack.add_file(name, &text)?;
                    any = true;
                }
            }
            if !any {
                return Err(PackError::EmptyUserPack(dir.to_path_buf()));
            }
        }
        pack.finish()?;
        Ok(pack)
    }

    fn add_file(&mut self, name: &str, text: &str) -> Result<()> {
        match name {
            "gazetteer.tsv" | "places_extra.tsv" => {
                for row in places::parse_tsv(name, text)? {
                    match row {
                        places::Row::Place(p) => self.upsert_place(p),
                        places::Row::Alias {
                            file,
                            line,
                            id,
                            names,
                        } => {
                            let &i = self.place_by_id.get(&id).ok_or_else(|| PackError::Parse {
                                file: file.clone(),
                                line,
                                reason: format!("alias row for unknown place id {id:?}"),
                            })?;
                            // (A place the gazetteer lists with no Arabic
                            // name is called by the news name.)
                            let place = &mut self.places[i];
                            if place.name_ar.is_empty() {
                                place.name_ar.clone_from(&names[0]);
                            }
                            place.aliases.extend(names);
                        }
                    }
                }
            }
            "actors.toml" => {
                for a in people::parse_actors(name, text)? {
                    upsert(&mut self.actors, &mut self.actor_by_id, a.id.clone(), a);
                }
            }
            "reporters.toml" => {
                for r in people::parse_reporters(name, text)? {
                    upsert(&mut self.reporters, &mut self.reporter_by_id, r.id.clone(), r);
                }
            }
            "place_stopwords.txt" => self.place_stopwords.extend(word_list(text)),
            "place_words.txt" => self.place_words.extend(word_list(text)),
            "cues.toml" => self.cues.add(name, text)?,
            "naming.toml" => self.naming.add(name, text)?,
            _ => unreachable!("not a pack file: {name}"),
        }
        Ok(())
    }

    fn upsert_place(&mut self, p: Place) {
        upsert(&mut self.places, &mut self.place_by_id, p.id.clone(), p);
    }

    /// Checks references between rows once everything is read, and gives
    /// every neighbourhood named "حي X" its bare name X as well — a weak
    /// name, counted only in a place context ("أحياء الشعار والصالحين"),
    /// since such names are usually ordinary words.
    fn finish(&mut self) -> Result<()> {
        // The one-word parts of a merged OCHA name ("العريضة-خطملو",
        // "النقيب_قيب") are names only in a place context: alone they are
        // as often ordinary words ("النقيب", a captain). Not the town or
        // district that tells a village apart ("الحجلية - جرابلس"): جرابلس
        // is a place on its own, and so is a city quarter ("الأشرفية" of
        // Aleppo, beside the village "الأشرفية_خنازير").
        let towns: HashSet<String> = self
            .places
            .iter()
            .filter(|p| p.rank >= 3 || p.kind.is_area() || p.kind == PlaceKind::Neighbourhood)
            .flat_map(|p| p.names().map(normalize_str))
            .collect();
        for p in &self.places {
            if p.name_ar.contains(['-', '_']) {
                for part in p
                    .name_ar
                    .split(['-', '_'])
                    .map(|x| normalize_str(x.trim()))
                    .filter(|x| !x.contains(' ') && !towns.contains(x.as_str()))
                {
                    self.place_stopwords.insert(part);
                }
            }
        }
        for p in self
            .places
            .iter_mut()
            .filter(|p| p.kind == PlaceKind::Neighbourhood)
        {
            let bare: Vec<String> = p
                .names()
                .filter_map(|n| n.strip_prefix("حي "))
                .map(str::to_string)
                .collect();
            for b in bare {
                self.place_stopwords.insert(normalize_str(&b));
                if !p.aliases.contains(&b) {
                    p.aliases.push(b);
                }
            }
        }
        for id in &self.cues.state_side {
            if !self.actor_by_id.contains_key(id) {
                return Err(PackError::Invalid(format!(
                    "cues.toml: state_side: {id:?} is not an actor"
                )));
            }
        }
        for an in &self.cues.anaphora {
            for id in an.actors.iter().chain(&an.default) {
                if !self.actor_by_id.contains_key(id) {
                    return Err(PackError::Invalid(format!(
                        "cues.toml: anaphor {:?}: {id:?} is not an actor",
                        an.forms
                    )));
                }
            }
        }
        for a in &self.actors {
            let refs = [("parent", &a.parent), ("successor", &a.successor)]
                .into_iter()
                .filter_map(|(what, r)| Some((what, r.as_ref()?)))
                .chain(a.allies.iter().map(|r| ("ally", r)));
            for (what, r) in refs {
                if !self.actor_by_id.contains_key(r) {
                    return Err(PackError::Invalid(format!(
                        "actor {}: {what} {r:?} is not an actor",
                        a.id
                    )));
                }
            }
        }
        Ok(())
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.place_by_id.get(id).map(|&i| &self.places[i])
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_by_id.get(id).map(|&i| &self.actors[i])
    }

    pub fn reporter(&self, id: &str) -> Option<&Reporter> {
        self.reporter_by_id.get(id).map(|&i| &self.reporters[i])
    }

    /// Places whose id, P-code, English or Arabic name or alias matches
    /// `query`: exact matches first, then names starting with it, then
    /// names containing it.
    /// Equally good matches come in order of importance: a town before
    /// the district named after it, a district centre before a village.
    pub fn search_places(&self, query: &str) -> Vec<&Place> {
        let mut hits = search(&self.places, query, |p| {
            let mut keys = vec![
                p.id.as_str(),
                p.pcode.as_str(),
                p.name_en.as_str(),
                p.name_ar.as_str(),
            ];
            keys.extend(p.aliases.iter().map(String::as_str));
            keys
        });
        hits.sort_by_key(|&(quality, p)| {
            (
                quality,
                p.kind,
                std::cmp::Reverse(p.rank),
                std::cmp::Reverse(p.population),
            )
        });
        hits.into_iter().map(|(_, p)| p).collect()
    }

    /// Actors whose id, name or alias matches `query`, best first.
    pub fn search_actors(&self, query: &str) -> Vec<&Actor> {
        search(&self.actors, query, |a| {
            let mut keys = vec![a.id.as_str(), a.name.as_str()];
            keys.extend(a.aliases.iter().map(String::as_str));
            keys
        })
        .into_iter()
        .map(|(_, a)| a)
        .collect()
    }

    /// The actor id in force on `date` (YYYY-MM-DD): follows renames, so
    /// `nusra` after 2017-01-28 is `hts`.
    pub fn actor_on<'a>(&'a self, id: &'a str, date: &str) -> &'a str {
        let mut id = id;
        for _ in 0..8 {
            match self.actor(id) {
                Some(Actor {
                    until: Some(until),
                    successor: Some(next),
                    ..
                }) if date >= until.as_str() => id = next,
                _ => break,
            }
        }
        id
    }
}

/// A one-word-per-line list, `#` comments, normalised.
fn word_list(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalize_str)
}

fn upsert<T>(items: &mut Vec<T>, index: &mut HashMap<String, usize>, id: String, item: T) {
    match index.get(&id) {
        Some(&i) => items[i] = item,
        None => {
            index.insert(id, items.len());
            items.push(item);
        }
    }
}

/// Items whose keys match the query, with how well: 0 exact, 1 prefix,
/// 2 contained, compared on the normalised form (case-insensitive for
/// Latin). Best first, then in pack order.
fn search<'a, T>(items: &'a [T], query: &str, keys: impl Fn(&'a T) -> Vec<&'a str>) -> Vec<(u8, &'a T)> {
    let q = normalize_str(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, usize, &T)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let best = keys(item)
            .into_iter()
            .filter(|k| !k.is_empty())
            .filter_map(|k| {
                let k = normalize_str(k);
                if k == q {
                    Some(0)
                } else if k.starts_with(&q) {
                    Some(1)
                } else if k.contains(&q) {
                    Some(2)
                } else {
                    None
                }
            })
            .min();
        if let Some(b) = best {
            hits.push((b, i, item));
        }
    }
    hits.sort_by_key(|&(b, i, _)| (b, i));
    hits.into_iter().map(|(b, _, t)| (b, t)).collect()
}

#[cfg(test)]
mod tests;
