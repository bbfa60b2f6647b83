//! An event's evidence shown where it stands: the paragraph holding it
//! and one either side, with the evidence's place inside them, in
//! characters (Unicode scalar values) as events.md counts them.

use serde::Serialize;

/// A paragraph longer than this (a page flattened to one line) is cut
/// down to [`KEEP`] characters either side of the evidence.
const LONGEST: usize = 1500;
const KEEP: usize = 400;
/// Paragraphs shown before and after the one holding the evidence.
const AROUND: usize = 1;

/// A character range, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Context {
    /// The paragraph(s) holding the evidence and the paragraph before and
    /// after, as the article writes them.
    pub text: String,
    /// Where `text` is in the article.
    pub article: Span,
    /// Where the evidence is in `text`.
    pub evidence: Span,
    /// Whether `text` was cut short before or after (an over-long
    /// paragraph).
    pub clipped_before: bool,
    pub clipped_after: bool,
}

/// The context of the evidence at characters `start..end` of `article`
/// whose text is `evidence`. When the offsets do not give that text (an
/// article changed under its record), the evidence is looked for; `None`
/// when it is not there.
pub fn evidence_context(article: &str, start: usize, end: usize, evidence: &str) -> Option<Context> {
    // Byte offset of every character, and of the end.
    let bytes: Vec<usize> = article
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(article.len()))
        .collect();
    let chars = bytes.len() - 1;
    let (mut s, mut e) = (start, end);
    let at_offsets = s < e && e <= chars && &article[bytes[s]..bytes[e]] == evidence;
    if !at_offsets {
        let found = article.find(evidence).filter(|_| !evidence.is_empty())?;
        s = bytes.partition_point(|&b| b < found);
        e = s + evidence.chars().count();
    }
    let is_break = |c: usize| article[bytes[c]..].starts_with(['\n', '\r']);
    let is_space = |c: usize| article[bytes[c]..].starts_with(char::is_whitespace);
    // Paragraphs are lines: back to the line break before the evidence,
    // on to the one after it, then a paragraph further each way.
    let mut from = s;
    for i in 0..=AROUND {
        while i > 0 && from > 0 && is_space(from - 1) {
            from -= 1;
        }
        while from > 0 && !is_break(from - 1) {
            from -= 1;
        }
    }
    let mut to = e;
    for i in 0..=AROUND {
        while i > 0 && to < chars && is_space(to) {
            to += 1;
        }
        while to < chars && !is_break(to) {
            to += 1;
        }
    }
    // Spaces at the edges are not shown (never past the evidence).
    while from < s && is_space(from) {
        from += 1;
    }
    while to > e && is_space(to - 1) {
        to -= 1;
    }
    let (mut clipped_before, mut clipped_after) = (false, false);
    if to - from > LONGEST {
        // Cut at a space so no word is broken.
        if s - from > KEEP {
            let mut c = s - KEEP;
            while c < s && !is_space(c) {
                c += 1;
            }
            from = if c < s { c + 1 } else { s - KEEP };
            clipped_before = true;
        }
        if to - e > KEEP {
            let mut c = e + KEEP;
            while c > e && !is_space(c - 1) {
                c -= 1;
            }
            to = if c > e { c - 1 } else { e + KEEP };
            clipped_after = true;
        }
    }
    Some(Context {
        text: article[bytes[from]..bytes[to]].to_string(),
        article: Span { start: from, end: to },
        evidence: Span {
            start: s - from,
            end: e - from,
        },
        clipped_before,
        clipped_after,
    })
}

/// Byte ranges of `text` as character ranges.
pub fn char_spans(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<Span> {
    let to_char = |b: usize| text[..b.min(text.len())].chars().count();
    ranges
        .iter()
        .filter(|r| {
            text.is_char_boundary(r.start.min(text.len())) && text.is_char_boundary(r.end.min(text.len()))
        })
        .map(|r| Span {
            start: to_char(r.start),
            end: to_char(r.end),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(t: &str, s: Span) -> String {
        t.chars().skip(s.start).take(s.end - s.start).collect()
    }

    #[test]
    fn the_paragraph_around_the_evidence_with_its_place_in_it() {
        let article = "عنوان الخبر\n\nقال المرصد إن غارات جوية استهدفت بلدة كفرزيتا. وأضاف أن المدنيين نزحوا.\n\nفقرة أخرى.\nفقرة أبعد.";
        let ev = "غارات جوية استهدفت بلدة كفرزيتا";
        let start = article[..article.find(ev).unwrap()].chars().count();
        let end = start + ev.chars().count();
        let c = evidence_context(article, start, end, ev).unwrap();
        assert_eq!(
            c.text,
            "عنوان الخبر\n\nقال المرصد إن غارات جوية استهدفت بلدة كفرزيتا. وأضاف أن المدنيين نزحوا.\n\nفقرة أخرى."
        );
        assert_eq!(slice(&c.text, c.evidence), ev);
        assert_eq!(slice(article, c.article), c.text);
        assert!(!c.clipped_before && !c.clipped_after);
    }

    #[test]
    fn wrong_offsets_fall_back_to_finding_the_text_and_absent_text_gives_none() {
        let article = "سطر أول\n\nسطر ثان\nاشتباكات عنيفة في حي جوبر\n\n\n";
        let c = evidence_context(article, 0, 3, "اشتباكات عنيفة").unwrap();
        assert_eq!(c.text, "سطر ثان\nاشتباكات عنيفة في حي جوبر");
        assert_eq!(c.evidence, Span { start: 8, end: 22 });
        assert_eq!(evidence_context(article, 0, 3, "غير موجود"), None);
        assert_eq!(evidence_context(article, 5, 500, ""), None);
    }

    #[test]
    fn an_endless_paragraph_is_clipped_at_spaces_around_the_evidence() {
        let filler = "كلمة ".repeat(400);
        let article = format!("{filler}قصف مدفعي على مدينة دوما {filler}");
        let ev = "قصف مدفعي على مدينة دوما";
        let start = filler.chars().count();
        let c = evidence_context(&article, start, start + ev.chars().count(), ev).unwrap();
        assert!(c.clipped_before && c.clipped_after);
        assert!(c.text.chars().count() <= 2 * KEEP + ev.chars().count());
        assert_eq!(slice(&c.text, c.evidence), ev);
        assert_eq!(slice(&article, c.article), c.text);
        assert!(
            c.text.starts_with("كلمة") && c.text.ends_with("كلمة"),
            "{}",
            c.text
        );
    }

    #[test]
    fn byte_ranges_become_character_ranges() {
        let t = "في «كفرزيتا» اليوم";
        let b = t.find("كفرزيتا").unwrap();
        let q = t.find("اليوم").unwrap();
        let spans = char_spans(t, &[b..b + "كفرزيتا".len(), q..q + "اليوم".len()]);
        assert_eq!(
            spans,
            vec![Span { start: 4, end: 11 }, Span { start: 13, end: 18 }]
        );
    }
}
