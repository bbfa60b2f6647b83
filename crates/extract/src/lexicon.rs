//! The cues and word lists of the pack, compiled into one matcher.

use std::ops::Range;

use rasad_mentions::{Kind, Matcher};
use rasad_pack::{Cues, EventCue};
use rasad_text::Proclitics;

use crate::{ExtractError, Result};

/// The word lists extraction reads (cues.toml `[words]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum List {
    Air,
    Artillery,
    Suicide,
    Explosives,
    Civilian,
    Combatant,
    Kill,
    Injure,
    PersonOne,
    PersonTwo,
    TollNoun,
    TollVerb,
    Clock,
    Occurred,
    Locative,
    Locating,
    Negation,
    Still,
    Modal,
    Irrealis,
    Background,
    ControlledBy,
    Report,
    Continuation,
    Near,
    PlaceAnaphora,
    Boilerplate,
    Clause,
    Relative,
    Demonstrative,
    Direction,
    Subordinate,
    Concurrent,
    Claim,
    BothSides,
    Exposed,
    Fighters,
    LostBy,
    DoneBy,
    Seized,
    Denial,
    Unopposed,
    Charges,
    Heard,
    NotCue,
    Since,
    Dispersal,
    Provides,
    Unharmed,
    Countries,
    Destroyed,
    TollUpdate,
    Unnumbered,
    Unexploded,
    Defused,
    Nationwide,
    Superlative,
    Settled,
}

const LISTS: [(List, &str); 58] = [
    (List::Air, "air"),
    (List::Artillery, "artillery"),
    (List::Suicide, "suicide"),
    (List::Explosives, "explosives"),
    (List::Civilian, "civilian"),
    (List::Combatant, "combatant"),
    (List::Kill, "kill"),
    (List::Injure, "injure"),
    (List::PersonOne, "person_one"),
    (List::PersonTwo, "person_two"),
    (List::TollNoun, "toll_nouns"),
    (List::TollVerb, "toll_verbs"),
    (List::Clock, "clock"),
    (List::Occurred, "occurred"),
    (List::Locative, "locative"),
    (List::Locating, "locating"),
    (List::Negation, "negation"),
    (List::Still, "still"),
    (List::Modal, "modal"),
    (List::Irrealis, "irrealis"),
    (List::Background, "background"),
    (List::ControlledBy, "controlled_by"),
    (List::Report, "report"),
    (List::Continuation, "continuation"),
    (List::Near, "near"),
    (List::PlaceAnaphora, "place_anaphora"),
    (List::Boilerplate, "boilerplate"),
    (List::Clause, "clause"),
    (List::Relative, "relative"),
    (List::Demonstrative, "demonstrative"),
    (List::Direction, "direction"),
    (List::Subordinate, "subordinate"),
    (List::Concurrent, "concurrent"),
    (List::Claim, "claim"),
    (List::BothSides, "both_sides"),
    (List::Exposed, "exposed"),
    (List::Fighters, "fighters"),
    (List::LostBy, "lost_by"),
    (List::DoneBy, "done_by"),
    (List::Seized, "seized"),
    (List::Denial, "denial"),
    (List::Unopposed, "unopposed"),
    (List::Charges, "charges"),
    (List::Heard, "heard"),
    (List::NotCue, "not_cues"),
    (List::Since, "since"),
    (List::Dispersal, "dispersal"),
    (List::Provides, "provides"),
    (List::Unharmed, "unharmed"),
    (List::Countries, "countries"),
    (List::Destroyed, "destroyed"),
    (List::TollUpdate, "toll_update"),
    (List::Unnumbered, "unnumbered"),
    (List::Unexploded, "unexploded"),
    (List::Defused, "defused"),
    (List::Nationwide, "nationwide"),
    (List::Superlative, "superlative"),
    (List::Settled, "settled"),
];

/// What a found phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueRef {
    /// An event cue: an index into `Cues::events`.
    Event(usize),
    /// A finite form of an event cue ("انفجرت").
    EventVerb(usize),
    List(List),
    /// An actor anaphor: an index into `Cues::anaphora`.
    Anaphor(usize),
}

/// A phrase found in the normalised text.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub range: Range<usize>,
    pub word_start: usize,
    pub proclitics: Proclitics,
    pub refs: Vec<CueRef>,
}

impl Hit {
    pub fn is(&self, list: List) -> bool {
        self.refs.contains(&CueRef::List(list))
    }

    pub fn event(&self) -> Option<usize> {
        self.refs.iter().find_map(|r| match r {
            CueRef::Event(i) | CueRef::EventVerb(i) => Some(*i),
            _ => None,
        })
    }

    /// A finite verb of an event cue, not a noun.
    pub fn is_verb(&self) -> bool {
        self.refs.iter().any(|r| matches!(r, CueRef::EventVerb(_)))
    }

    pub fn anaphor(&self) -> Option<usize> {
        self.refs.iter().find_map(|r| match r {
            CueRef::Anaphor(i) => Some(*i),
            _ => None,
        })
    }
}

pub(crate) struct Lexicon {
    matcher: Matcher,
    refs: Vec<CueRef>,
    pub events: Vec<EventCue>,
    /// The rank of a suicide attack's own cue: a car bomb its driver blew
    /// up ranks so too.
    pub suicide_priority: u8,
}

impl Lexicon {
    pub fn new(cues: &Cues) -> Result<Lexicon> {
        let mut phrases: Vec<(&str, usize)> = Vec::new();
        let mut refs = Vec::new();
        for (i, e) in cues.events.iter().enumerate() {
            phrases.extend(e.forms.iter().map(|f| (f.as_str(), refs.len())));
            refs.push(CueRef::Event(i));
            phrases.extend(e.verbs.iter().map(|f| (f.as_str(), refs.len())));
            refs.push(CueRef::EventVerb(i));
        }
        for (list, name) in LISTS {
            let words = cues.words(name);
            if words.is_empty() {
                return Err(ExtractError::MissingWordList(name));
            }
            phrases.extend(words.iter().map(|f| (f.as_str(), refs.len())));
            refs.push(CueRef::List(list));
        }
        for (i, a) in cues.anaphora.iter().enumerate() {
            phrases.extend(a.forms.iter().map(|f| (f.as_str(), refs.len())));
            refs.push(CueRef::Anaphor(i));
        }
        let suicide_priority = cues
            .events
            .iter()
            .filter(|e| e.sub_event_type == "Suicide bomb")
            .map(|e| e.priority)
            .max()
            .unwrap_or(0);
        Ok(Lexicon {
            matcher: Matcher::for_phrases(phrases),
            refs,
            events: cues.events.clone(),
            suicide_priority,
        })
    }

    /// Every cue and list phrase of a normalised text, in order, the
    /// longest where phrases overlap.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.matcher
            .find(text)
            .into_iter()
            .map(|m| {
                let mut refs: Vec<CueRef> = m.of(Kind::Cue).map(|e| self.refs[e.index as usize]).collect();
                refs.dedup();
                Hit {
                    range: m.range,
                    word_start: m.word_start,
                    proclitics: m.proclitics,
                    refs,
                }
            })
            .collect()
    }
}
