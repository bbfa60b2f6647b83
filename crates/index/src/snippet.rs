//! Snippets: a fragment of the original text around the matches, with the
//! byte ranges of the matched words.

use std::collections::BTreeMap;
use std::ops::Range;

use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;

use crate::analyzer::{Analyzer, ArabicTokenizer, Mode};

/// A fragment of a document as it was written, never normalised.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    pub text: String,
    /// Byte ranges within `text`, sorted, not overlapping, on char
    /// boundaries: the words that matched, with their clitics and marks.
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// The text with each highlight between `open` and `close`:
    /// `to_marked("«", "»")`, or ANSI bold for a terminal.
    pub fn to_marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.text.len() + self.highlights.len() * 8);
        let mut at = 0;
        for r in &self.highlights {
            out.push_str(&self.text[at..r.start]);
            out.push_str(open);
            out.push_str(&self.text[r.clone()]);
            out.push_str(close);
            at = r.end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// Makes snippets for one query: `terms` are what to highlight (stems
/// behind `STEM_MARK`), each with a weight that favours rare terms.
pub(crate) struct Snippets {
    generator: SnippetGenerator,
    max_bytes: usize,
}

impl Snippets {
    pub fn new(
        analyzer: &Analyzer,
        terms: BTreeMap<String, f32>,
        field: Field,
        max_bytes: usize,
    ) -> Snippets {
        let tokenizer = TextAnalyzer::from(ArabicTokenizer {
            analyzer: analyzer.clone(),
            mode: Mode::Highlight,
        });
        // tantivy counts the fragment length in bytes of the text.
        let generator = SnippetGenerator::new(terms, tokenizer, field, max_bytes);
        Snippets { generator, max_bytes }
    }

    /// The best fragment of `text`, or None when nothing in it matches.
    pub fn of(&self, text: &str) -> Option<Snippet> {
        let s = self.generator.snippet(text);
        if s.highlighted().is_empty() {
            return None;
        }
        Some(Snippet {
            text: s.fragment().to_string(),
            highlights: merge(s.highlighted()),
        })
    }

    /// The start of `text`, cut at a space, when no fragment matches (a
    /// document found through its title, say).
    pub fn lead(&self, text: &str) -> Snippet {
        let text = text.trim_start();
        if text.len() <= self.max_bytes {
            return Snippet {
                text: text.to_string(),
                highlights: Vec::new(),
            };
        }
        let mut end = self.max_bytes;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(space) = text[..end].rfind(char::is_whitespace) {
            if space > 0 {
                end = space;
            }
        }
        Snippet {
            text: text[..end].to_string(),
            highlights: Vec::new(),
        }
    }
}

/// Sorted, overlapping ranges merged (a joined name covers its head).
fn merge(ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut v = ranges.to_vec();
    v.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(v.len());
    for r in v {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}
