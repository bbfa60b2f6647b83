//! Properties of the whole text core on arbitrary input: nothing panics, and
//! every range any stage returns maps back to character boundaries of the
//! original text.

use proptest::prelude::*;
use rasad_text::dates::{find_dates, Date};
use rasad_text::numbers::find_numbers;
use rasad_text::{decode, html_to_text, normalize, sentences, tokenize, CharOffsets};

/// Strings that look like Arabic news: letters, marks, digits of three
/// scripts, quotes, bidi controls, whitespace, punctuation.
fn newsy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("قتل "),
            Just("أكثر من "),
            Just("٣٧"),
            Just("۱۲"),
            Just("3.5"),
            Just("عشرات"),
            Just("«"),
            Just("»"),
            Just("ً"),
            Just("ـ"),
            Just("\u{200f}"),
            Just("\u{200c}"),
            Just("ﻻ"),
            Just("ﺃ"),
            Just("."),
            Just("؟"),
            Just("\n"),
            Just("\r\n"),
            Just("  "),
            Just("أمس الخميس"),
            Just("5 نوفمبر/تشرين الثاني 2016"),
            Just("وبالرقة"),
            Just("سي.آي.أيه"),
            Just("\u{a0}"),
            Just("%"),
            Just("٪"),
            Just("😀"),
            Just("x"),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

fn check_ranges(original: &str) -> Result<(), TestCaseError> {
    let n = normalize(original);
    let norm = n.as_str();
    let chars = CharOffsets::new(original);
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    ranges.extend(sentences(norm));
    ranges.extend(tokenize(norm).into_iter().map(|t| t.range));
    ranges.extend(find_numbers(norm).into_iter().map(|m| m.range));
    ranges.extend(
        find_dates(norm, Date::new(2017, 8, 5))
            .into_iter()
            .map(|m| m.range),
    );
    for r in ranges {
        prop_assert!(norm.is_char_boundary(r.start) && norm.is_char_boundary(r.end));
        let o = n.original_range(r.clone());
        prop_assert!(o.start <= o.end && o.end <= original.len());
        prop_assert!(original.is_char_boundary(o.start) && original.is_char_boundary(o.end));
        let c = chars.char_range(o.clone());
        prop_assert_eq!(original[o].chars().count(), c.end - c.start);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn ranges_map_to_char_boundaries_on_newsy_text(s in newsy()) {
        check_ranges(&s)?;
    }

    #[test]
    fn ranges_map_to_char_boundaries_on_any_text(s in "\\PC{0,300}") {
        check_ranges(&s)?;
    }

    #[test]
    fn arbitrary_bytes_never_panic_through_the_core(bytes in proptest::collection::vec(any::<u8>(), 0..1500)) {
        let d = decode(&bytes);
        check_ranges(&d.text)?;
        let page = html_to_text(&d.text);
        check_ranges(&page.text)?;
    }
}
