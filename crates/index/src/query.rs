//! The query language and its translation into tantivy queries.
//!
//! Plain words must all match (BM25 ranks them), each on the exact fields or,
//! with a lower weight, on the stemmed ones; `"a phrase"` (or «…») matches
//! the exact sequence; `-word` and `-"a phrase"` exclude. Every piece goes
//! through the same analyzer as the documents.

use std::collections::HashSet;

use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use crate::analyzer::{Analyzer, Word, STEM_MARK};

/// Weight of a match on the stemmed fields against one on the exact ones.
const STEM_BOOST: f32 = 0.5;

/// A phrase with several compound heads is tried joined and split at each;
/// past this many readings the remaining heads are only tried split.
const MAX_PHRASE_READINGS: usize = 8;

/// One piece of a query as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// A run of plain words, kept together so that "كفر زيتا" is read as
    /// one name.
    Words(String),
    Phrase(String),
    Exclude(String),
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '″')
}

/// Splits a query into runs of words, phrases and exclusions. An unclosed
/// quote runs to the end.
pub(crate) fn parse(query: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut run = String::new();
    let mut chars = query.chars().peekable();
    let flush = |run: &mut String, pieces: &mut Vec<Piece>| {
        if !run.trim().is_empty() {
            pieces.push(Piece::Words(std::mem::take(run)));
        }
        run.clear();
    };
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let exclude = c == '-';
        if exclude {
            chars.next();
        }
        let quoted = chars.peek().is_some_and(|&q| is_quote(q));
        let mut text = String::new();
        if quoted {
            chars.next();
            for c in chars.by_ref() {
                if is_quote(c) {
                    break;
                }
                text.push(c);
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || is_quote(c) {
                    break;
                }
                text.push(c);
                chars.next();
            }
        }
        if exclude {
            flush(&mut run, &mut pieces);
            if !text.trim().is_empty() {
                pieces.push(Piece::Exclude(text));
            }
        } else if quoted {
            flush(&mut run, &mut pieces);
            if !text.trim().is_empty() {
                pieces.push(Piece::Phrase(text));
            }
        } else {
            run.push(' ');
            run.push_str(&text);
        }
    }
    flush(&mut run, &mut pieces);
    pieces
}

/// The text fields a query runs over: exact and stemmed, per text field.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextFields {
    pub exact: [Field; 2],
    pub stem: [Field; 2],
}

/// A query in tantivy terms, and the terms its snippets highlight (stems
/// behind [`STEM_MARK`]).
pub(crate) struct Built {
    pub clauses: Vec<(Occur, Box<dyn Query>)>,
    pub highlights: Vec<String>,
    /// Whether some clause is required: a query of exclusions alone finds
    /// nothing.
    pub positive: bool,
}

pub(crate) fn build(
    query: &str,
    analyzer: &Analyzer,
    stopwords: &HashSet<String>,
    fields: TextFields,
) -> Built {
    let mut built = Built {
        clauses: Vec::new(),
        highlights: Vec::new(),
        positive: false,
    };
    for piece in parse(query) {
        match piece {
            Piece::Words(text) => {
                let words = analyzer.words(&text);
                let mut i = 0;
                while i < words.len() {
                    let w = &words[i];
                    if let (Some((joined, _)), Some(next)) = (&w.joined, words.get(i + 1)) {
                        built.must(name_clause(w, joined, next, fields));
                        built.highlight([joined.as_str(), &w.term, next.key()]);
                        i += 2;
                        continue;
                    }
                    i += 1;
                    if is_stopword(w, stopwords) {
                        continue;
                    }
                    built.must(word_clause(w, fields));
                    built.highlight(w.compound.iter().map(String::as_str).chain([w.term.as_str()]));
                    built.highlights.push(format!("{STEM_MARK}{}", w.stem));
                }
            }
            Piece::Phrase(text) => {
                let words = analyzer.words(&text);
                if let Some(q) = phrase_clause(&words, fields) {
                    built.must(q);
                    for w in &words {
                        built.highlight([w.key()]);
                        if let Some((j, _)) = &w.joined {
                            built.highlight([j.as_str()]);
                        }
                    }
                }
            }
            Piece::Exclude(text) => {
                let words = analyzer.words(&text);
                let q = match words.as_slice() {
                    [w] => Some(word_terms(w, fields)),
                    _ => phrase_clause(&words, fields),
                };
                if let Some(q) = q {
                    built.clauses.push((Occur::MustNot, q));
                }
            }
        }
    }
    built
}

impl Built {
    fn must(&mut self, q: Box<dyn Query>) {
        self.clauses.push((Occur::Must, q));
        self.positive = true;
    }

    fn highlight<'a>(&mut self, terms: impl IntoIterator<Item = &'a str>) {
        self.highlights.extend(terms.into_iter().map(str::to_string));
    }
}

/// A stopword alone, or after a conjunction (وفي), is not searched for.
fn is_stopword(w: &Word, stopwords: &HashSet<String>) -> bool {
    stopwords.contains(&w.term)
        || ["و", "ف"].iter().any(|c| {
            w.term
                .strip_prefix(c)
                .is_some_and(|rest| stopwords.contains(rest))
        })
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn any_of(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        queries.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

/// The word's exact spellings (term and compound name) in every exact field.
fn word_terms(w: &Word, fields: TextFields) -> Box<dyn Query> {
    let mut spellings = vec![w.term.as_str()];
    spellings.extend(w.compound.as_deref().filter(|c| *c != w.term));
    any_of(
        fields
            .exact
            .iter()
            .flat_map(|&f| spellings.iter().map(move |s| term_query(f, s)))
            .collect(),
    )
}

/// A plain word: its exact spellings, or its stem at a lower weight.
fn word_clause(w: &Word, fields: TextFields) -> Box<dyn Query> {
    let mut alternatives = vec![word_terms(w, fields)];
    for &f in &fields.stem {
        alternatives.push(Box::new(BoostQuery::new(term_query(f, &w.stem), STEM_BOOST)));
    }
    any_of(alternatives)
}

/// A compound head and the next word: the name written together (which the
/// index also holds for the two words written apart), or the two words in
/// sequence (الشيخ مقصود for شيخ مقصود, where the joined spellings differ).
fn name_clause(head: &Word, joined: &str, next: &Word, fields: TextFields) -> Box<dyn Query> {
    let mut alternatives = Vec::new();
    for &f in &fields.exact {
        alternatives.push(term_query(f, joined));
        alternatives.push(Box::new(PhraseQuery::new(vec![
            Term::from_field_text(f, &head.term),
            Term::from_field_text(f, next.key()),
        ])) as Box<dyn Query>);
    }
    any_of(alternatives)
}

/// The readings of a phrase as (offset, term) lists: each compound head
/// with its next word is read split (two positions) and joined (one
/// position, the words after it moving up by one).
pub(crate) fn phrase_readings(words: &[Word]) -> Vec<Vec<(usize, String)>> {
    let Some(first) = words.first() else {
        return Vec::new();
    };
    // (terms, how many positions the joined names so far have saved)
    let mut readings: Vec<(Vec<(usize, String)>, usize)> = vec![(Vec::new(), 0)];
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let at = w.position - first.position;
        match (&w.joined, words.get(i + 1)) {
            (Some((joined, _)), Some(next)) if readings.len() * 2 <= MAX_PHRASE_READINGS => {
                let next_at = next.position - first.position;
                let mut more = Vec::with_capacity(readings.len() * 2);
                for (terms, saved) in readings {
                    let mut split = terms.clone();
                    split.push((at - saved, w.key().to_string()));
                    split.push((next_at - saved, next.key().to_string()));
                    more.push((split, saved));
                    let mut together = terms;
                    together.push((at - saved, joined.clone()));
                    more.push((together, saved + next_at - at));
                }
                readings = more;
                i += 2;
            }
            _ => {
                for (terms, saved) in &mut readings {
                    terms.push((at - *saved, w.key().to_string()));
                }
                i += 1;
            }
        }
    }
    readings.into_iter().map(|(terms, _)| terms).collect()
}

/// A phrase in every exact field, in each of its readings.
fn phrase_clause(words: &[Word], fields: TextFields) -> Option<Box<dyn Query>> {
    let readings = phrase_readings(words);
    if readings.is_empty() {
        return None;
    }
    let mut alternatives = Vec::new();
    for &f in &fields.exact {
        for terms in &readings {
            let q: Box<dyn Query> = match terms.as_slice() {
                [(_, t)] => term_query(f, t),
                _ => Box::new(PhraseQuery::new_with_offset(
                    terms
                        .iter()
                        .map(|(at, t)| (*at, Term::from_field_text(f, t)))
                        .collect(),
                )),
            };
            alternatives.push(q);
        }
    }
    Some(any_of(alternatives))
}
