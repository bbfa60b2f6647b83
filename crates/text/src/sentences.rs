//! Sentence boundaries over the normalised text.
//!
//! A sentence ends at `.`, `؟`, `?`, `!` or a line break, except a full stop
//! inside a number (3.5), inside an abbreviation (سي.آي.أيه, U.S.) or after a
//! one-letter abbreviation (د. محمد), and except terminators inside a quote,
//! which end with the quote.

use std::ops::Range;

use crate::tokens::is_letter;

/// Byte ranges of the sentences of a normalised text, trimmed, non-empty.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_quote = false;
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    let mut prev2: Option<char> = None;
    let mut prev3: Option<char> = None;
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let end_here = match c {
            '\n' => {
                in_quote = false;
                Some(at)
            }
            '"' => {
                in_quote = !in_quote;
                // A quote that closes right after a terminator ends the
                // sentence; not after a name's initial ("الشاب "وسام ر."
                // (27 عاماً) من أبناء بلدة المجيمر").
                let initial =
                    prev == Some('.') && prev2.is_some_and(is_letter) && !prev3.is_some_and(is_letter);
                (!in_quote && !initial && matches!(prev, Some('.' | '؟' | '?' | '!'))).then_some(at + 1)
            }
            _ if in_quote => None,
            '؟' | '?' | '!' => (!matches!(next, Some('؟' | '?' | '!' | '"'))).then_some(at + c.len_utf8()),
            '.' => {
                let between_digits =
                    prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
                // سي.آي.أيه: a letter glued on both sides.
                let glued = prev.is_some_and(is_letter) && next.is_some_and(is_letter);
                // د. محمد: a single letter before the stop.
                let one_letter = prev.is_some_and(is_letter) && !prev2.is_some_and(is_letter);
                // "الطبيب سامر .ح، وهو": a surname's initial after the stop.
                let mut after = text[at + 1..].chars();
                let initial = after.next().is_some_and(is_letter) && !after.next().is_some_and(is_letter);
                let more = matches!(next, Some('.' | '"'));
                (!(between_digits || glued || one_letter || initial || more)).then_some(at + 1)
            }
            _ => None,
        };
        if let Some(end) = end_here {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
        prev3 = prev2;
        prev2 = prev;
        prev = Some(c);
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn split(s: &str) -> Vec<String> {
        let n = normalize(s);
        sentences(n.as_str())
            .into_iter()
            .map(|r| n.original_slice(r).to_string())
            .collect()
    }

    #[test]
    fn splits_on_stops_questions_and_lines() {
        assert_eq!(
            split("قصفت الطائرات دوما. هل انتهت المعارك؟ لا!\nوفي حلب، اشتباكات"),
            [
                "قصفت الطائرات دوما.",
                "هل انتهت المعارك؟",
                "لا!",
                "وفي حلب، اشتباكات"
            ]
        );
    }

    #[test]
    fn keeps_numbers_and_abbreviations_whole() {
        assert_eq!(
            split("ارتفعت النسبة إلى 3.5 في المئة. وقالت سي.آي.أيه إن د. محمد غادر."),
            [
                "ارتفعت النسبة إلى 3.5 في المئة.",
                "وقالت سي.آي.أيه إن د. محمد غادر."
            ]
        );
    }

    #[test]
    fn keeps_an_initial_after_the_stop() {
        assert_eq!(
            split("اختطفت مجموعة مسلحة الطبيب سامر .ح، من أمام عيادته في مدينة شهبا. وطالبت بفدية."),
            [
                "اختطفت مجموعة مسلحة الطبيب سامر .ح، من أمام عيادته في مدينة شهبا.",
                "وطالبت بفدية."
            ]
        );
    }

    #[test]
    fn does_not_split_inside_quotes() {
        assert_eq!(
            split("وقال المصدر «انسحب التنظيم. ثم دخل الجيش» مساء الجمعة. وتابع القصف."),
            [
                "وقال المصدر «انسحب التنظيم. ثم دخل الجيش» مساء الجمعة.",
                "وتابع القصف."
            ]
        );
        assert_eq!(
            split("وقال: \"سيطرنا على البلدة.\" وانتهى."),
            ["وقال: \"سيطرنا على البلدة.\"", "وانتهى."]
        );
    }

    #[test]
    fn a_quoted_name_ending_in_an_initial_does_not_end_the_sentence() {
        assert_eq!(
            split("اختطفت مجموعة مسلحة الشاب \"وسام ر.\" (27 عاماً) من أبناء بلدة المجيمر. وطالبت بفدية."),
            [
                "اختطفت مجموعة مسلحة الشاب \"وسام ر.\" (27 عاماً) من أبناء بلدة المجيمر.",
                "وطالبت بفدية."
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_at_the_line() {
        assert_eq!(
            split("قال «لن ننسحب. أبدا\nسقطت البلدة."),
            ["قال «لن ننسحب. أبدا", "سقطت البلدة."]
        );
    }
}
