//! Actors (who fights) and reporters (who tells).

use serde::Deserialize;

use crate::{PackError, Result};

/// A party to the conflict, by its canonical id (events.md §3).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    /// ACLED-style name.
    pub name: String,
    /// ACLED inter code.
    pub inter: u8,
    /// The broader side it belongs to (jaysh_usud_sharqiya → fsa).
    #[serde(default)]
    pub parent: Option<String>,
    /// YYYY-MM-DD the group appeared under this id.
    #[serde(default)]
    pub since: Option<String>,
    /// YYYY-MM-DD the name ended; the group continued as `successor`.
    #[serde(default)]
    pub until: Option<String>,
    #[serde(default)]
    pub successor: Option<String>,
    /// Sides it fights alongside without belonging to them (Turkey and the
    /// opposition factions it backs): what an event names with it are its
    /// associates, not its targets.
    #[serde(default)]
    pub allies: Vec<String>,
    /// One of the ids events.md §3 defines. Annotators know those; an event
    /// naming another (a faction of the FSA) also names its listed side.
    #[serde(default)]
    pub contract: bool,
    pub aliases: Vec<String>,
    /// Adjectives that, after an attack noun, say whose attack it is
    /// ("قصف تركي", "غارة إسرائيلية"). Not aliases: "الرئيس التركي" is no
    /// party to the fighting.
    #[serde(default)]
    pub adjectives: Vec<String>,
}

/// Someone a report is attributed to (SOHR, SANA, activists …).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reporter {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorFile {
    #[serde(default)]
    actor: Vec<Actor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReporterFile {
    #[serde(default)]
    reporter: Vec<Reporter>,
}

pub(crate) fn toml_error(file: &str, text: &str, e: toml::de::Error) -> PackError {
    let line = e
        .span()
        .map_or(0, |s| text[..s.start.min(text.len())].lines().count().max(1));
    PackError::Parse {
        file: file.to_string(),
        line,
        reason: e.message().to_string(),
    }
}

fn check_date(file: &str, id: &str, what: &str, d: &Option<String>) -> Result<()> {
    if let Some(d) = d {
        if rasad_text::dates::Date::parse(d).is_none() {
            return Err(PackError::Invalid(format!(
                "{file}: actor {id}: {what} {d:?} is not YYYY-MM-DD"
            )));
        }
    }
    Ok(())
}

pub(crate) fn parse_actors(file: &str, text: &str) -> Result<Vec<Actor>> {
    let parsed: ActorFile = toml::from_str(text).map_err(|e| toml_error(file, text, e))?;
    for a in &parsed.actor {
        check_date(file, &a.id, "since", &a.since)?;
        check_date(file, &a.id, "until", &a.until)?;
        if a.until.is_some() != a.successor.is_some() && a.successor.is_some() {
            return Err(PackError::Invalid(format!(
                "{file}: actor {}: successor without until",
                a.id
            )));
        }
    }
    Ok(parsed.actor)
}

pub(crate) fn parse_reporters(file: &str, text: &str) -> Result<Vec<Reporter>> {
    let parsed: ReporterFile = toml::from_str(text).map_err(|e| toml_error(file, text, e))?;
    Ok(parsed.reporter)
}
