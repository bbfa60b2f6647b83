//! Bytes to text, and which encoding they were in.
//!
//! Evidence is taken in order of strength: a byte-order mark; NUL (or 0x06,
//! the high byte of the Arabic block) filling one byte lane, which only
//! UTF-16 does; strict UTF-8; and, for bytes that are not valid UTF-8, a
//! contest between "UTF-8 with a few bad bytes" and "windows-1256", the code
//! page of older Arabic sites. Nothing here panics, whatever the input.

use std::fmt;

use encoding_rs::WINDOWS_1256;

/// How many leading bytes the BOM-less UTF-16 sniffer looks at.
const SNIFF_BYTES: usize = 4096;

/// The encoding a text was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    /// UTF-8 that started with a byte-order mark (stripped from the text).
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1256,
}

impl Encoding {
    /// The label used in reports: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", ...
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1256 => "windows-1256",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    pub encoding: Encoding,
    /// How many undecodable sequences became U+FFFD.
    pub replaced: usize,
}

/// Decodes `bytes`, guessing the encoding (see the module docs).
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let (text, replaced) = utf8_lossy(rest);
        return Decoded {
            text,
            encoding: Encoding::Utf8Bom,
            replaced,
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (text, replaced) = utf16(rest, false);
        return Decoded {
            text,
            encoding: Encoding::Utf16Le,
            replaced,
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (text, replaced) = utf16(rest, true);
        return Decoded {
            text,
            encoding: Encoding::Utf16Be,
            replaced,
        };
    }
    // Before UTF-8: UTF-16 holding ASCII is valid UTF-8 (with NULs).
    if let Some(big_endian) = sniff_utf16(bytes) {
        let (text, replaced) = utf16(bytes, big_endian);
        let encoding = if big_endian {
            Encoding::Utf16Be
        } else {
            Encoding::Utf16Le
        };
        return Decoded {
            text,
            encoding,
            replaced,
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
            replaced: 0,
        };
    }

    // Not valid UTF-8. How UTF-8-like is it: of the multi-byte attempts, how
    // many were well formed?
    let (invalid, multibyte) = utf8_stats(bytes);
    let (cp1256, had_errors) = WINDOWS_1256.decode_without_bom_handling(bytes);
    let (arabic, other) = non_ascii_profile(&cp1256);
    // Plausible Arabic: at least 60% of the non-ASCII characters are Arabic
    // (cp1256 Arabic text is ~95%; random bytes ~35%; UTF-8 Arabic misread as
    // cp1256 ~55%, half its bytes being continuation bytes that map to
    // symbols). And more plausible than UTF-8: the Arabic share beats the
    // share of well-formed UTF-8 sequences, so a big UTF-8 file with a stray
    // byte or a cut-off last character stays UTF-8.
    let (ar, ot, inv, mb) = (arabic as u128, other as u128, invalid as u128, multibyte as u128);
    let plausible = 5 * ar >= 3 * (ar + ot);
    let beats_utf8 = ar * (mb + inv) > mb * (ar + ot);
    if ar > 0 && plausible && beats_utf8 {
        // windows-1256 maps every byte, so this is 0 in practice.
        let replaced = if had_errors {
            cp1256.chars().filter(|&c| c == '\u{FFFD}').count()
        } else {
            0
        };
        return Decoded {
            text: cp1256.into_owned(),
            encoding: Encoding::Windows1256,
            replaced,
        };
    }
    let (text, replaced) = utf8_lossy(bytes);
    Decoded {
        text,
        encoding: Encoding::Utf8,
        replaced,
    }
}

/// UTF-8 with each maximal invalid subsequence replaced by one U+FFFD (the
/// same rule as `String::from_utf8_lossy` and the WHATWG decoder).
fn utf8_lossy(bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            replaced += 1;
        }
    }
    (text, replaced)
}

/// (invalid sequences, well-formed multi-byte characters).
fn utf8_stats(bytes: &[u8]) -> (usize, usize) {
    let mut invalid = 0;
    let mut multibyte = 0;
    for chunk in bytes.utf8_chunks() {
        // Lead bytes of the valid part = its multi-byte characters.
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (invalid, multibyte)
}

/// (Arabic-block characters, other non-ASCII characters) of a text.
fn non_ascii_profile(text: &str) -> (usize, usize) {
    let mut arabic = 0;
    let mut other = 0;
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if ('\u{0600}'..='\u{06FF}').contains(&c) {
            arabic += 1;
        } else {
            other += 1;
        }
    }
    (arabic, other)
}

/// BOM-less UTF-16: `Some(big_endian)` when one byte lane of the first few KB
/// is obviously the high byte: ≥ 30% NUL (Latin text), or ≥ 60% NUL or 0x06
/// (Arabic text, where only spaces, digits and punctuation give NULs), while
/// the other lane has almost none of them. Neither byte appears in UTF-8 or
/// windows-1256 text.
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let pairs = head.len() / 2;
    if pairs == 0 {
        return None;
    }
    // [lane][0] NULs, [lane][1] NULs or 0x06; lane 0 = even offsets.
    let mut count = [[0usize; 2]; 2];
    for pair in head.chunks_exact(2) {
        for (lane, &b) in pair.iter().enumerate() {
            count[lane][0] += usize::from(b == 0);
            count[lane][1] += usize::from(b == 0 || b == 6);
        }
    }
    let high = |lane: usize| 10 * count[lane][0] >= 3 * pairs || 10 * count[lane][1] >= 6 * pairs;
    let quiet = |lane: usize| 10 * count[lane][1] < pairs;
    if high(1) && quiet(0) {
        Some(false)
    } else if high(0) && quiet(1) {
        Some(true)
    } else {
        None
    }
}

/// UTF-16 to a String; lone surrogates and an odd last byte become U+FFFD.
fn utf16(bytes: &[u8], big_endian: bool) -> (String, usize) {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            replaced += 1;
            '\u{FFFD}'
        }));
    }
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
        replaced += 1;
    }
    (text, replaced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NEWS: &str = "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب الجنوبي صباح الثلاثاء، ما أدى إلى مقتل مدنيين اثنين وإصابة أربعة آخرين، بحسب الدفاع المدني.";

    fn cp1256(text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = WINDOWS_1256.encode(text);
        assert!(!unmappable, "test text must be encodable in windows-1256");
        bytes.into_owned()
    }

    // encoding_rs encodes "UTF-16" as UTF-8 (WHATWG rule), so std does it.
    fn utf16_bytes(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn windows_1256_round_trips() {
        let d = decode(&cp1256(NEWS));
        assert_eq!(d.encoding, Encoding::Windows1256);
        assert_eq!(d.text, NEWS);
        assert_eq!(d.replaced, 0);
    }

    #[test]
    fn windows_1256_inside_ascii_markup_is_found() {
        let page = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><p>{NEWS}</p><p>«تصعيد جديد» في ريف حماة الشمالي.</p></body></html>"
        );
        let d = decode(&cp1256(&page));
        assert_eq!(d.encoding, Encoding::Windows1256);
        assert_eq!(d.text, page);
    }

    #[test]
    fn short_windows_1256_word_is_found() {
        let d = decode(&cp1256("حلب"));
        assert_eq!((d.encoding, d.text.as_str()), (Encoding::Windows1256, "حلب"));
    }

    #[test]
    fn utf16_with_bom_is_decoded_and_bom_stripped() {
        let text = "اشتباكات عنيفة في محيط مدينة تدمر (Palmyra) يوم 12 أيار.";
        let mut le = vec![0xFF, 0xFE];
        le.extend(utf16_bytes(text, false));
        let d = decode(&le);
        assert_eq!(
            (d.encoding, d.text.as_str(), d.replaced),
            (Encoding::Utf16Le, text, 0)
        );

        let mut be = vec![0xFE, 0xFF];
        be.extend(utf16_bytes(text, true));
        let d = decode(&be);
        assert_eq!(
            (d.encoding, d.text.as_str(), d.replaced),
            (Encoding::Utf16Be, text, 0)
        );
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        // Arabic: few NULs, the high byte is 0x06.
        for big_endian in [false, true] {
            let d = decode(&utf16_bytes(NEWS, big_endian));
            let want = if big_endian {
                Encoding::Utf16Be
            } else {
                Encoding::Utf16Le
            };
            assert_eq!((d.encoding, d.text.as_str()), (want, NEWS));
        }
        // Latin: half the bytes are NUL.
        let latin = "Shelling on Kafranbel, Idlib countryside, 3 March 2020.";
        let d = decode(&utf16_bytes(latin, false));
        assert_eq!((d.encoding, d.text.as_str()), (Encoding::Utf16Le, latin));
    }

    #[test]
    fn utf16_odd_length_and_lone_surrogate_are_replaced() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(utf16_bytes("درعا", false));
        bytes.extend([0x00, 0xD8]); // lone high surrogate
        bytes.push(0x41); // odd last byte
        let d = decode(&bytes);
        assert_eq!(
            (d.encoding, d.text.as_str(), d.replaced),
            (Encoding::Utf16Le, "درعا\u{FFFD}\u{FFFD}", 2)
        );
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(NEWS.as_bytes());
        let d = decode(&bytes);
        assert_eq!(
            (d.encoding, d.text.as_str(), d.replaced),
            (Encoding::Utf8Bom, NEWS, 0)
        );
    }

    #[test]
    fn utf8_with_one_stray_byte_stays_utf8() {
        let mut bytes = NEWS.as_bytes().to_vec();
        let at = NEWS.find(' ').unwrap();
        bytes.insert(at, 0xFF);
        let d = decode(&bytes);
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.replaced, 1);
        let mut want = NEWS.to_string();
        want.insert(at, '\u{FFFD}');
        assert_eq!(d.text, want);
    }

    #[test]
    fn short_utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "دمشق".as_bytes().to_vec();
        bytes.push(0xC7); // cp1256 alef, but alone
        let d = decode(&bytes);
        assert_eq!(
            (d.encoding, d.text.as_str(), d.replaced),
            (Encoding::Utf8, "دمشق\u{FFFD}", 1)
        );
    }

    #[test]
    fn truncated_utf8_at_the_end_stays_utf8() {
        let bytes = &NEWS.as_bytes()[..NEWS.len() - 2]; // cuts "ي" of المدني.
        let d = decode(bytes);
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.replaced, 1);
        assert!(d.text.ends_with("المدن\u{FFFD}"), "{}", d.text);
    }

    #[test]
    fn a_few_stray_bytes_in_a_big_file_stay_utf8() {
        let mut bytes = NEWS.repeat(50).into_bytes();
        bytes.insert(1000, 0xE3);
        bytes.insert(5000, 0xC7);
        let d = decode(&bytes);
        assert_eq!((d.encoding, d.replaced), (Encoding::Utf8, 2));
    }

    #[test]
    fn ascii_and_empty_are_utf8() {
        let d = decode(b"Syria: 3 killed in Idlib.\n");
        assert_eq!(
            (d.encoding, d.text.as_str(), d.replaced),
            (Encoding::Utf8, "Syria: 3 killed in Idlib.\n", 0)
        );
        let d = decode(b"");
        assert_eq!((d.encoding, d.text.as_str(), d.replaced), (Encoding::Utf8, "", 0));
    }

    #[test]
    fn latin1_text_is_not_taken_for_arabic() {
        // "Le café à Alep" in Latin-1: not UTF-8, and not Arabic in cp1256.
        let d = decode(b"Le caf\xE9 \xE0 Alep");
        assert_eq!((d.encoding, d.replaced), (Encoding::Utf8, 2));
    }

    #[test]
    fn display_names() {
        let names: Vec<String> = [
            Encoding::Utf8,
            Encoding::Utf8Bom,
            Encoding::Utf16Le,
            Encoding::Utf16Be,
            Encoding::Windows1256,
        ]
        .iter()
        .map(|e| e.to_string())
        .collect();
        assert_eq!(
            names,
            ["UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "windows-1256"]
        );
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let d = decode(&bytes);
            prop_assert!(d.replaced <= bytes.len());
        }

        #[test]
        fn utf8_text_is_returned_as_is(text in "[^\u{0}\u{6}\u{FEFF}]{0,200}") {
            let d = decode(text.as_bytes());
            prop_assert_eq!(d.encoding, Encoding::Utf8);
            prop_assert_eq!(d.text, text);
        }

        #[test]
        fn arabic_words_round_trip_through_cp1256(text in "[ء-غف-ي][ء-غف-ي 0-9]{0,80}") {
            let d = decode(&cp1256(&text));
            prop_assert_eq!(d.encoding, Encoding::Windows1256);
            prop_assert_eq!(d.text, text);
        }
    }
}
