//! How news writes place names (naming.toml).

use std::collections::HashSet;

use rasad_text::normalize_str;
use serde::Deserialize;

use crate::Result;

/// Word lists about place names, normalised.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Naming {
    /// First words taken with the next one: "دير الزور", "أبو جنايا".
    pub compound_heads: HashSet<String>,
    /// Heads that always begin another village's name ("أبو حجيرة", "بئر
    /// القصب"): a known name right after one is only that name's tail.
    pub village_heads: HashSet<String>,
    /// Last words that only qualify a name: "الشرقي", "الكبير".
    pub name_suffixes: HashSet<String>,
    /// Words after a place word that are not names: "صغيرة", "في".
    pub not_names: HashSet<String>,
    /// Place words that, with the article, are also a name, in a place
    /// context only: "بلدة المزرعة".
    pub place_word_names: HashSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NamingFile {
    compound_heads: Option<Vec<String>>,
    village_heads: Option<Vec<String>>,
    name_suffixes: Option<Vec<String>>,
    not_names: Option<Vec<String>>,
    place_word_names: Option<Vec<String>>,
}

impl Naming {
    /// Adds a naming file: a list it gives replaces the one before.
    pub(crate) fn add(&mut self, file: &str, text: &str) -> Result<()> {
        let parsed: NamingFile =
            toml::from_str(text).map_err(|e| crate::people::toml_error(file, text, e))?;
        let set = |v: Vec<String>| {
            v.iter()
                .map(|w| normalize_str(w))
                .filter(|w| !w.is_empty())
                .collect()
        };
        if let Some(v) = parsed.compound_heads {
            self.compound_heads = set(v);
        }
        if let Some(v) = parsed.village_heads {
            self.village_heads = set(v);
        }
        if let Some(v) = parsed.name_suffixes {
            self.name_suffixes = set(v);
        }
        if let Some(v) = parsed.not_names {
            self.not_names = set(v);
        }
        if let Some(v) = parsed.place_word_names {
            self.place_word_names = set(v);
        }
        Ok(())
    }
}
