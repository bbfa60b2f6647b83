//! Event cues and the word lists extraction reads around them (cues.toml).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::{PackError, Result};

/// ACLED's taxonomy (events.md §2): event types and their sub-types.
pub const TAXONOMY: &[(&str, &[&str])] = &[
    (
        "Battles",
        &[
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ],
    ),
    (
        "Explosions/Remote violence",
        &[
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ],
    ),
    (
        "Violence against civilians",
        &["Sexual violence", "Attack", "Abduction/forced disappearance"],
    ),
    (
        "Protests",
        &[
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ],
    ),
    ("Riots", &["Violent demonstration", "Mob violence"]),
    (
        "Strategic developments",
        &[
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ],
    ),
];

/// The event type a sub-type belongs to, if it is one of ACLED's.
pub fn event_type_of(sub_event_type: &str) -> Option<&'static str> {
    TAXONOMY
        .iter()
        .find(|(_, subs)| subs.contains(&sub_event_type))
        .map(|(t, _)| *t)
}

/// How extraction settles the type of an event a cue signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// The cue's own type and sub-type.
    Fixed,
    /// قصف: air strike with aircraft in view, shelling otherwise.
    Bombardment,
    /// A remote explosive; a suicide bomb with a suicide word near.
    Explosion,
    /// هجوم / استهداف: settled by what the sentence says.
    Attack,
    /// Territory taken; the sub-type depends on who takes it.
    Capture,
    /// Territory left or handed over without fighting.
    Withdrawal,
    /// Arrests by the state, abduction by anyone else.
    Arrest,
}

/// Words that signal an event.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventCue {
    pub id: String,
    pub kind: CueKind,
    pub event_type: String,
    pub sub_event_type: String,
    pub priority: u8,
    /// Never an event on its own when another cue covers the same places.
    #[serde(default)]
    pub secondary: bool,
    /// An event only when the sentence names who acts ("دخلت القوات").
    #[serde(default)]
    pub needs_agent: bool,
    /// An event only as what a report verb before it tells ("وثق المرصد
    /// سيطرة قوات النظام على …"); alone the noun is as often what an
    /// event means ("وتثير سيطرة التنظيم على تدمر مخاوف").
    #[serde(default)]
    pub reported: bool,
    /// A noun form counts only in a sentence that tells the agreement was
    /// reached (the `settled` words); its verbs always do.
    #[serde(default)]
    pub needs_settled: bool,
    /// Its object is its dead: "أعدم التنظيم 17 رجلاً", "اغتال مجهولون
    /// قيادياً" count the fatalities with no kill word.
    #[serde(default)]
    pub kills: bool,
    pub forms: Vec<String>,
    /// Finite forms ("انفجرت", "خطفوا"): a report that something happened.
    #[serde(default)]
    pub verbs: Vec<String>,
}

/// Words that stand for an actor named before them ("التنظيم").
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anaphor {
    pub forms: Vec<String>,
    /// The actors meant, in order of preference among those already named.
    pub actors: Vec<String>,
    /// Meant when none of `actors` is named.
    #[serde(default)]
    pub default: Option<String>,
    /// Actors meant only when the text named them with the anaphor's own
    /// noun ("تنظيم ب ي د" makes "التنظيم" the YPG; "الوحدات الكردية"
    /// does not).
    #[serde(default)]
    pub named_as: Vec<String>,
    /// The one the word usually means: meant whenever it was named before,
    /// however long ago, unless the text called another by the anaphor's
    /// noun ("التنظيم" is IS after "«جبهة النصرة»" too).
    #[serde(default)]
    pub usual: Option<String>,
}

/// Everything cues.toml holds, forms expanded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cues {
    /// Actor ids of the state and its allies.
    pub state_side: Vec<String>,
    pub events: Vec<EventCue>,
    pub words: BTreeMap<String, Vec<String>>,
    pub anaphora: Vec<Anaphor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    #[serde(default)]
    state_side: Vec<String>,
    #[serde(default)]
    event: Vec<EventCue>,
    #[serde(default)]
    words: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    anaphor: Vec<Anaphor>,
}

impl Cues {
    /// Adds a cues file: same event id or word-list name replaces, new adds.
    pub(crate) fn add(&mut self, file: &str, text: &str) -> Result<()> {
        let parsed: CueFile = toml::from_str(text).map_err(|e| crate::people::toml_error(file, text, e))?;
        if !parsed.state_side.is_empty() {
            self.state_side = parsed.state_side;
        }
        for mut e in parsed.event {
            match event_type_of(&e.sub_event_type) {
                Some(t) if t == e.event_type => {}
                _ => {
                    return Err(PackError::Invalid(format!(
                        "{file}: event cue {}: {:?} / {:?} is not in ACLED's taxonomy",
                        e.id, e.event_type, e.sub_event_type
                    )))
                }
            }
            e.forms = expand_all(&e.forms, file, &e.id)?;
            e.verbs = expand_all(&e.verbs, file, &e.id)?;
            match self.events.iter_mut().find(|o| o.id == e.id) {
                Some(o) => *o = e,
                None => self.events.push(e),
            }
        }
        for (name, forms) in parsed.words {
            let forms = expand_all(&forms, file, &name)?;
            self.words.insert(name, forms);
        }
        for mut a in parsed.anaphor {
            a.forms = expand_all(&a.forms, file, "anaphor")?;
            match self
                .anaphora
                .iter_mut()
                .find(|o| o.forms.first() == a.forms.first())
            {
                Some(o) => *o = a,
                None => self.anaphora.push(a),
            }
        }
        Ok(())
    }

    /// A named word list (empty when the pack has none of that name).
    pub fn words(&self, name: &str) -> &[String] {
        self.words.get(name).map_or(&[], Vec::as_slice)
    }
}

fn expand_all(forms: &[String], file: &str, what: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for f in forms {
        let expanded = expand(f)
            .ok_or_else(|| PackError::Invalid(format!("{file}: {what}: unbalanced braces in {f:?}")))?;
        for e in expanded {
            let e = e.split_whitespace().collect::<Vec<_>>().join(" ");
            if !e.is_empty() && !out.contains(&e) {
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// Expands `{a,b,}` groups: "{,ي}سيطر{,ت}" → سيطر, سيطرت, يسيطر, يسيطرت.
/// `None` when braces do not balance.
pub fn expand(form: &str) -> Option<Vec<String>> {
    let Some(open) = form.find('{') else {
        return (!form.contains('}')).then(|| vec![form.to_string()]);
    };
    let close = open + form[open..].find('}')?;
    let (head, tail) = (&form[..open], &form[close + 1..]);
    let rests = expand(tail)?;
    let mut out = Vec::new();
    for alt in form[open + 1..close].split(',') {
        if alt.contains('{') {
            return None;
        }
        for r in &rests {
            out.push(format!("{head}{alt}{r}"));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_expand_to_every_form() {
        assert_eq!(
            expand("{,ي,ت}سيطر{,ت}").unwrap(),
            ["سيطر", "سيطرت", "يسيطر", "يسيطرت", "تسيطر", "تسيطرت"]
        );
        assert_eq!(expand("غارة").unwrap(), ["غارة"]);
        assert_eq!(expand("{غارة"), None);
        assert_eq!(expand("غارة}"), None);
    }

    #[test]
    fn the_cue_file_is_in_the_taxonomy() {
        let mut c = Cues::default();
        c.add("cues.toml", include_str!("../data/cues.toml")).unwrap();
        assert!(c
            .events
            .iter()
            .any(|e| e.id == "air" && e.forms.contains(&"براميل متفجرة".to_string())));
        assert!(c.words("kill").contains(&"مقتل".to_string()));
        let bad = "[[event]]\nid = \"x\"\nkind = \"fixed\"\nevent_type = \"Battles\"\nsub_event_type = \"Air/drone strike\"\npriority = 1\nforms = [\"x\"]\n";
        let err = Cues::default().add("cues.toml", bad).unwrap_err().to_string();
        assert!(err.contains("not in ACLED's taxonomy"), "{err}");
    }
}
