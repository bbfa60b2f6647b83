//! The Arabic analyzer: rasad-text's normalised view, tokens and proclitic
//! analysis, a light stemmer, and compound place names.
//!
//! Every term is made on the normalised view, and every offset handed to
//! tantivy is a byte offset into the text as it was given, so snippets show
//! the original.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use rasad_text::tokens::{is_letter, stem_starts};
use rasad_text::{analyze, normalize, normalize_str, tokenize, StemLexicon, TokenKind};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Bumped whenever the terms the analyzer makes change, so that an index
/// built by an older analyzer is known to need rebuilding.
pub(crate) const ANALYZER_VERSION: u32 = 1;

/// Longer terms are dropped: no real word is this long, and tantivy refuses
/// terms over 64 KiB.
const MAX_TERM_BYTES: usize = 240;

/// Before `\u{1}` in the highlight stream: a stem, not a term, so that one
/// snippet pass can look for both.
pub(crate) const STEM_MARK: char = '\u{1}';

/// Object pronouns, then plural, dual, feminine and nisba endings, longest
/// first, normalised (ة is ه). One of each is removed when at least three
/// letters remain: conservative on purpose, since the stemmed field is only
/// a lower-weighted alternative to the exact one.
const PRONOUNS: &[&str] = &["هما", "هم", "هن", "ها", "كم"];
const ENDINGS: &[&str] = &["ات", "ون", "ين", "ان", "ه"];

/// One word or number of a text, as the index sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Word number in the text; punctuation does not count.
    pub position: usize,
    /// Byte range of the word as written in the original, clitics and
    /// trailing marks included.
    pub original: Range<usize>,
    /// Normalised, proclitics stripped: بالطائرات → طائرات.
    pub term: String,
    /// The word read as a compound name from its head on, proclitics
    /// stripped: وكفرزيتا → كفرزيتا. This spelling is always among the
    /// word's terms (as `term` or as an extra one), whatever the clitics.
    pub compound: Option<String>,
    /// When the word is a compound head followed by a word: both written
    /// together (بكفر زيتا → كفرزيتا), with the original range of both.
    pub joined: Option<(String, Range<usize>)>,
    /// `term` through the light stemmer: غارات → غار.
    pub stem: String,
}

impl Word {
    /// The spelling a phrase or an exclusion looks for: the compound name
    /// when there is one (the clitic analysis may cut a name's first letter:
    /// كفرزيتا → ك + فرزيتا), the term otherwise.
    pub fn key(&self) -> &str {
        self.compound.as_deref().unwrap_or(&self.term)
    }
}

/// The analyzer, with the compound heads it was given.
#[derive(Debug, Clone)]
pub struct Analyzer {
    heads: Arc<Heads>,
}

#[derive(Debug)]
struct Heads {
    set: HashSet<String>,
    /// The heads by their first letter, longest first: a word is checked
    /// against the few that share its first letter, without hashing.
    by_first: Vec<(char, Vec<String>)>,
}

impl Analyzer {
    /// `heads` are compound-name heads (the pack's
    /// `naming.compound_heads`); they are normalised here.
    pub fn new(heads: &HashSet<String>) -> Analyzer {
        let set: HashSet<String> = heads
            .iter()
            .map(|h| normalize_str(h.trim()))
            .filter(|h| !h.is_empty())
            .collect();
        let mut by_first: Vec<(char, Vec<String>)> = Vec::new();
        for h in &set {
            let Some(first) = h.chars().next() else {
                continue;
            };
            match by_first.iter_mut().find(|(c, _)| *c == first) {
                Some((_, v)) => v.push(h.clone()),
                None => by_first.push((first, vec![h.clone()])),
            }
        }
        by_first.sort_unstable();
        for (_, v) in &mut by_first {
            v.sort_by_key(|h| std::cmp::Reverse(h.len()));
        }
        Analyzer {
            heads: Arc::new(Heads { set, by_first }),
        }
    }

    /// The heads, normalised and sorted: what the index fingerprint covers.
    pub(crate) fn sorted_heads(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.heads.set.iter().map(String::as_str).collect();
        v.sort_unstable();
        v
    }

    /// The words and numbers of `text`, in order.
    pub fn words(&self, text: &str) -> Vec<Word> {
        let n = normalize(text);
        let norm = n.as_str();
        let tokens = tokenize(norm);
        let lexicon = StemLexicon::builtin();
        let mut words = Vec::new();
        let mut position = 0;
        for (i, t) in tokens.iter().enumerate() {
            let written = &norm[t.range.clone()];
            let (term, compound, head) = match t.kind {
                TokenKind::Punct => continue,
                // 1,200 and 1200 are the same number.
                TokenKind::Number => (written.replace(',', ""), None, None),
                TokenKind::Word => {
                    let (compound, head) = self.names_of(written);
                    (
                        lowercase(analyze(written, lexicon).stem),
                        compound.map(lowercase),
                        head,
                    )
                }
            };
            let at = position;
            position += 1;
            if term.is_empty() || term.len() > MAX_TERM_BYTES {
                continue;
            }
            // Only a head followed by a word on the same line, with nothing
            // but a space between, makes a joined name.
            let joined = head.and_then(|h| {
                let next = tokens.get(i + 1)?;
                if next.kind != TokenKind::Word || &norm[t.range.end..next.range.start] != " " {
                    return None;
                }
                let together = format!("{h}{}", lowercase(&norm[next.range.clone()]));
                (together.len() <= MAX_TERM_BYTES)
                    .then(|| (together, n.original_range(t.range.start..next.range.end)))
            });
            let stem = light_stem(&term).to_string();
            words.push(Word {
                position: at,
                original: n.original_range(t.range.clone()),
                term,
                compound: compound.filter(|c| c.len() <= MAX_TERM_BYTES),
                joined,
                stem,
            });
        }
        words
    }

    /// The tokens tantivy indexes (or highlights) for `text` in `mode`, in
    /// order of their start, as tantivy's snippets need.
    pub(crate) fn tokens(&self, text: &str, mode: Mode) -> Vec<Token> {
        let words = self.words(text);
        let mut out = Vec::with_capacity(words.len() * 2);
        let mut push = |text: String, r: &Range<usize>, position: usize| {
            out.push(Token {
                offset_from: r.start,
                offset_to: r.end,
                position,
                text,
                position_length: 1,
            })
        };
        for w in words {
            if mode == Mode::Stem {
                push(w.stem, &w.original, w.position);
                continue;
            }
            if mode == Mode::Highlight {
                push(format!("{STEM_MARK}{}", w.stem), &w.original, w.position);
            }
            if let Some(c) = w.compound.filter(|c| *c != w.term) {
                push(c, &w.original, w.position);
            }
            push(w.term, &w.original, w.position);
            if let Some((j, r)) = w.joined {
                push(j, &r, w.position);
            }
        }
        out
    }

    /// The longest head `s` begins with, in bytes.
    fn head_prefix(&self, s: &str) -> Option<usize> {
        let first = s.chars().next()?;
        let by_first = &self.heads.by_first;
        let i = by_first.binary_search_by_key(&first, |(c, _)| *c).ok()?;
        by_first[i]
            .1
            .iter()
            .find(|h| s.starts_with(h.as_str()))
            .map(String::len)
    }

    /// The word read as a name, after some (or no) proclitics, the shortest
    /// prefix first: (the word from a head on, when at least two letters
    /// follow the head: وكفرزيتا → كفرزيتا; the head the word is: بكفر →
    /// كفر).
    fn names_of<'w>(&self, word: &'w str) -> (Option<&'w str>, Option<&'w str>) {
        let (mut compound, mut head) = (None, None);
        if self.heads.by_first.is_empty() {
            return (compound, head);
        }
        let mut starts = [usize::MAX; 6];
        for (slot, (at, _)) in starts.iter_mut().zip(stem_starts(word)) {
            *slot = at;
        }
        starts.sort_unstable();
        for &at in starts.iter().take_while(|&&at| at != usize::MAX) {
            let rest = &word[at..];
            if let Some(h) = self.head_prefix(rest) {
                if h == rest.len() {
                    head = head.or(Some(rest));
                } else if compound.is_none() && rest[h..].chars().nth(1).is_some() {
                    compound = Some(rest);
                }
            }
        }
        (compound, head)
    }
}

/// Latin letters beyond ASCII (the normaliser lowers ASCII only).
fn lowercase(s: &str) -> String {
    if s.chars().any(char::is_uppercase) {
        s.to_lowercase()
    } else {
        s.to_string()
    }
}

/// The light stem of a normalised, clitic-stripped Arabic term; other
/// terms are returned as they are.
pub fn light_stem(term: &str) -> &str {
    let arabic = term
        .chars()
        .next()
        .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c) && is_letter(c));
    if !arabic {
        return term;
    }
    let mut s = term;
    for layer in [PRONOUNS, ENDINGS] {
        for suffix in layer {
            if let Some(rest) = s.strip_suffix(suffix) {
                if rest.chars().count() >= 3 {
                    s = rest;
                    break;
                }
            }
        }
    }
    s
}

/// Which terms a token stream carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Terms, compound names and joined names: the exact fields.
    Exact,
    /// Light stems: the stemmed fields.
    Stem,
    /// Everything, stems marked with [`STEM_MARK`]: snippets.
    Highlight,
}

/// The analyzer as a tantivy tokenizer.
#[derive(Clone)]
pub(crate) struct ArabicTokenizer {
    pub analyzer: Analyzer,
    pub mode: Mode,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = WordStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream {
        WordStream {
            tokens: self.analyzer.tokens(text, self.mode).into_iter(),
            current: Token::default(),
        }
    }
}

pub(crate) struct WordStream {
    tokens: std::vec::IntoIter<Token>,
    current: Token,
}

impl TokenStream for WordStream {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(t) => {
                self.current = t;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}
