//! Tokens over the normalised text, and the analysis of proclitics.
//!
//! A token is a run of letters, a number (digits with inner `.` or `,`), or
//! one punctuation character. Ranges are byte ranges into the normalised
//! text; `Normalized::original_range` takes them back to the original.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use crate::normalize::normalize_str;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: TokenKind,
}

/// Letters of words: Arabic letters (base and extended), Latin letters,
/// and other alphabets. Called for every character of every article, so
/// ASCII and Arabic are decided before the general Unicode lookup.
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c {
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' => true,
        '\u{06FA}'..='\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Tokens of a normalised text.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_letter(c) {
            let mut end = at + c.len_utf8();
            // A Latin word may carry digits (T4, F16); و1 is و + 1.
            let latin = c.is_ascii_alphabetic();
            while let Some(&(i, n)) = chars.peek() {
                if is_letter(n) || (latin && n.is_ascii_digit()) {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token {
                range: at..end,
                kind: TokenKind::Word,
            });
        } else if c.is_ascii_digit() {
            let mut end = at + 1;
            loop {
                match chars.peek() {
                    Some(&(_, d)) if d.is_ascii_digit() => {
                        end += 1;
                        chars.next();
                    }
                    Some(&(i, sep @ ('.' | ','))) => {
                        // A separator belongs to the number only between digits.
                        if text[i + 1..].starts_with(|d: char| d.is_ascii_digit()) {
                            end = i + sep.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            out.push(Token {
                range: at..end,
                kind: TokenKind::Number,
            });
        } else {
            out.push(Token {
                range: at..at + c.len_utf8(),
                kind: TokenKind::Punct,
            });
        }
    }
    out
}

/// What the proclitics of a word are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proclitics {
    /// و or ف.
    pub conjunction: Option<char>,
    /// ب, ك, ل, or the future marker س.
    pub particle: Option<char>,
    /// The definite article (ال, or the ل of لل).
    pub article: bool,
    /// Byte length of the whole prefix in the normalised word.
    pub len: usize,
}

impl Proclitics {
    pub const NONE: Proclitics = Proclitics {
        conjunction: None,
        particle: None,
        article: false,
        len: 0,
    };
}

/// The letters proclitic chains are written with (و ف ب ك ل س and the
/// article's ا).
#[inline]
pub fn is_proclitic_letter(c: char) -> bool {
    matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل' | 'س' | 'ا')
}

/// Every written proclitic chain, longest first: conjunction? particle?
/// article?, where ل + ال is written لل and س never takes the article.
fn chains() -> &'static [(String, Proclitics)] {
    static CHAINS: OnceLock<Vec<(String, Proclitics)>> = OnceLock::new();
    CHAINS.get_or_init(|| {
        let mut v = Vec::new();
        for conj in [None, Some('و'), Some('ف')] {
            for particle in [None, Some('ب'), Some('ك'), Some('ل'), Some('س')] {
                for article in [false, true] {
                    if article && particle == Some('س') {
                        continue;
                    }
                    let mut s = String::new();
                    s.extend(conj);
                    s.extend(particle);
                    if article {
                        s.push_str(if particle == Some('ل') { "ل" } else { "ال" });
                    }
                    if s.is_empty() {
                        continue;
                    }
                    let len = s.len();
                    v.push((
                        s,
                        Proclitics {
                            conjunction: conj,
                            particle,
                            article,
                            len,
                        },
                    ));
                }
            }
        }
        v.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        v
    })
}

/// Reads `prefix` (normalised) as a complete chain of proclitics.
pub fn parse_proclitics(prefix: &str) -> Option<Proclitics> {
    if prefix.is_empty() {
        return Some(Proclitics::NONE);
    }
    chains().iter().find(|(s, _)| s == prefix).map(|(_, p)| *p)
}

/// Where a stem may begin in a normalised word: after nothing, and after
/// every chain of proclitics the word starts with, with that chain. At most
/// six, found by walking the first letters (no table lookups): this runs
/// for every word of every article.
pub fn stem_starts(word: &str) -> impl Iterator<Item = (usize, Proclitics)> {
    let mut out = [(0usize, Proclitics::NONE); 6];
    let mut n = 1;
    let mut c = [(word.len(), '\0'); 5];
    for (slot, ci) in c.iter_mut().zip(word.char_indices()) {
        *slot = ci;
    }
    let at = |i: usize| c.get(i).map(|&(_, ch)| ch).filter(|&ch| ch != '\0');
    let end = |i: usize| c.get(i).map_or(word.len(), |&(o, _)| o);
    let conj = matches!(at(0), Some('و' | 'ف'));
    let firsts: &[usize] = if conj { &[0, 1] } else { &[0] };
    for &i in firsts {
        let conjunction = (i == 1).then(|| at(0)).flatten();
        if i == 1 {
            out[n] = (
                end(1),
                Proclitics {
                    conjunction,
                    particle: None,
                    article: false,
                    len: end(1),
                },
            );
            n += 1;
        }
        // The article right after the conjunction (or at the start).
        if at(i) == Some('ا') && at(i + 1) == Some('ل') {
            out[n] = (
                end(i + 2),
                Proclitics {
                    conjunction,
                    particle: None,
                    article: true,
                    len: end(i + 2),
                },
            );
            n += 1;
        }
        let Some(particle @ ('ب' | 'ك' | 'ل' | 'س')) = at(i) else {
            continue;
        };
        let p = Proclitics {
            conjunction,
            particle: Some(particle),
            article: false,
            len: end(i + 1),
        };
        out[n] = (end(i + 1), p);
        n += 1;
        if particle == 'ل' && at(i + 1) == Some('ل') {
            // لل: the second ل is the article's.
            out[n] = (
                end(i + 2),
                Proclitics {
                    article: true,
                    len: end(i + 2),
                    ..p
                },
            );
            n += 1;
        } else if particle != 'س' && at(i + 1) == Some('ا') && at(i + 2) == Some('ل') {
            out[n] = (
                end(i + 3),
                Proclitics {
                    article: true,
                    len: end(i + 3),
                    ..p
                },
            );
            n += 1;
        }
        if n >= out.len() {
            break;
        }
    }
    out.into_iter().take(n.min(6))
}

/// Words whose first letters belong to the stem. Normalised.
#[derive(Debug, Clone, Default)]
pub struct StemLexicon {
    words: HashSet<String>,
}

impl StemLexicon {
    /// The built-in list (`data/stems.txt`).
    pub fn builtin() -> &'static StemLexicon {
        static LEX: OnceLock<StemLexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            let mut lex = StemLexicon::default();
            lex.extend(
                include_str!("../data/stems.txt")
                    .lines()
                    .filter(|l| !l.starts_with('#')),
            );
            lex
        })
    }

    /// Adds words as written (they are normalised here).
    pub fn extend<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        for w in words {
            let w = normalize_str(w.trim());
            if !w.is_empty() {
                self.words.insert(w);
            }
        }
    }

    pub fn contains(&self, normalised_word: &str) -> bool {
        self.words.contains(normalised_word)
    }

    /// The words, normalised, in no particular order (the search index
    /// fingerprints them: its terms depend on them).
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

/// A word split into proclitics and stem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analysis<'w> {
    pub proclitics: Proclitics,
    pub stem: &'w str,
}

/// Splits a normalised word into proclitics and stem. A word the lexicon
/// knows is not split; otherwise the longest chain that leaves a stem of at
/// least two letters (three after a bare particle, which is rarely right on
/// short words), preferring a stem the lexicon knows.
pub fn analyze<'w>(word: &'w str, lexicon: &StemLexicon) -> Analysis<'w> {
    let whole = Analysis {
        proclitics: Proclitics::NONE,
        stem: word,
    };
    if lexicon.contains(word) {
        return whole;
    }
    if !word.starts_with(is_proclitic_letter) {
        return whole;
    }
    let letters = |s: &str| s.chars().count();
    let mut fallback = None;
    for (prefix, p) in chains() {
        let Some(stem) = word.strip_prefix(prefix.as_str()) else {
            continue;
        };
        let min = if p.article { 2 } else { 3 };
        if letters(stem) < min {
            continue;
        }
        if lexicon.contains(stem) {
            return Analysis { proclitics: *p, stem };
        }
        // The article is a strong signal; a lone و/ب/ل/ك/ف/س is not.
        if fallback.is_none() && (p.article || letters(stem) >= 3) {
            fallback = Some(Analysis { proclitics: *p, stem });
        }
    }
    fallback.unwrap_or(whole)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn words(s: &str) -> Vec<String> {
        let n = normalize(s);
        tokenize(n.as_str())
            .iter()
            .map(|t| n.as_str()[t.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn tokenizes_words_numbers_and_punctuation() {
        assert_eq!(
            words("قُتل 3.5 ألف، و1,200 شخص في مطار T4."),
            ["قتل", "3.5", "الف", "،", "و", "1,200", "شخص", "في", "مطار", "t4", "."]
        );
    }

    #[test]
    fn splits_proclitic_chains() {
        let lex = StemLexicon::builtin();
        let cases = [
            ("وبالرقه", "وبال", "رقه"),
            ("للمرصد", "لل", "مرصد"),
            ("فللنظام", "فلل", "نظام"),
            ("والطيران", "وال", "طيران"),
            ("بريف", "ب", "ريف"),
            ("كالعاده", "كال", "عاده"),
        ];
        for (word, prefix, stem) in cases {
            let a = analyze(word, lex);
            assert_eq!((&word[..a.proclitics.len], a.stem), (prefix, stem), "{word}");
        }
    }

    #[test]
    fn keeps_words_whose_first_letter_is_the_stem() {
        let lex = StemLexicon::builtin();
        for word in [
            "بلده",
            "لواء",
            "كتائب",
            "سوريا",
            "فصائل",
            "وكاله",
            "الى",
            "الف",
            "الذين",
        ] {
            let a = analyze(word, lex);
            assert_eq!(a.stem, word, "{word} must not be split");
        }
        // The stem itself can still carry clitics.
        let a = analyze("وبلده", lex);
        assert_eq!((a.proclitics.len, a.stem), ("و".len(), "بلده"));
    }

    #[test]
    fn stem_starts_follow_the_chains() {
        let starts = |w: &str| -> Vec<String> { stem_starts(w).map(|(at, _)| w[at..].to_string()).collect() };
        assert_eq!(starts("وبالرقه"), ["وبالرقه", "بالرقه", "الرقه", "رقه"]);
        assert_eq!(starts("للرقه"), ["للرقه", "لرقه", "رقه"]);
        assert_eq!(starts("الرقه"), ["الرقه", "رقه"]);
        assert_eq!(starts("حلب"), ["حلب"]);
        assert_eq!(starts("سيقصف"), ["سيقصف", "يقصف"]);
        for w in ["وبالرقه", "للرقه", "فلل", "و"] {
            for (at, p) in stem_starts(w) {
                assert_eq!(at, p.len);
                assert_eq!(parse_proclitics(&w[..at]), Some(p), "{w} at {at}");
            }
        }
    }

    #[test]
    fn parses_written_chains_only() {
        assert!(parse_proclitics("وبال").is_some());
        assert!(parse_proclitics("ولل").unwrap().article);
        assert!(parse_proclitics("سال").is_none());
        assert!(parse_proclitics("بو").is_none());
    }
}
