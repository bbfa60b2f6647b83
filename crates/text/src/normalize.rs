//! The normalised view used for matching, with a map back to the original.
//!
//! Each stage is a [`CharNormalizer`] that decides what happens to one
//! character; [`Normalizer`] composes stages into a lookup table so that the
//! hot loop is one table read per character. The original text is never
//! changed: every byte of the normalised text remembers the byte offset of
//! the original character it came from.

use std::ops::Range;

/// What a stage does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharAction {
    /// Remove the character from the normalised view.
    Drop,
    /// Replace it with another character.
    Map(char),
    /// Replace it with several characters (ligatures such as ﻻ → لا).
    Expand(&'static str),
    /// The character is whitespace: runs of whitespace become one space, or
    /// one newline when the run holds a line break.
    Space,
}

/// One normalisation stage. Returns `None` when it has no opinion on `c`.
pub trait CharNormalizer: Send + Sync {
    fn name(&self) -> &'static str;
    fn normalize(&self, c: char) -> Option<CharAction>;
}

/// Whitespace of every script, including no-break spaces and line separators.
pub struct Whitespace;

impl CharNormalizer for Whitespace {
    fn name(&self) -> &'static str {
        "whitespace"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        c.is_whitespace().then_some(CharAction::Space)
    }
}

/// Bidi controls, zero-width characters, BOM, soft hyphen: invisible, and
/// they break matching when pasted from the web.
pub struct Invisible;

impl CharNormalizer for Invisible {
    fn name(&self) -> &'static str {
        "invisible"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
        .then_some(CharAction::Drop)
    }
}

/// Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel.
pub struct ArabicDiacritics;

impl CharNormalizer for ArabicDiacritics {
    fn name(&self) -> &'static str {
        "arabic-diacritics"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        matches!(
            c,
            '\u{0610}'..='\u{061A}'
                | '\u{064B}'..='\u{065F}'
                | '\u{0670}'
                | '\u{06D6}'..='\u{06DC}'
                | '\u{06DF}'..='\u{06E8}'
                | '\u{06EA}'..='\u{06ED}'
                | '\u{0640}'
        )
        .then_some(CharAction::Drop)
    }
}

/// Letter variants that news spells interchangeably: أ إ آ ٱ → ا, ى → ي,
/// ة → ه, and the Persian forms of kaf and yeh.
pub struct ArabicLetters;

impl CharNormalizer for ArabicLetters {
    fn name(&self) -> &'static str {
        "arabic-letters"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        let to = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
            'ى' | 'ی' | 'ې' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            _ => return None,
        };
        Some(CharAction::Map(to))
    }
}

/// Arabic presentation forms (from PDFs and old web pages) to base letters.
pub struct PresentationForms;

/// U+FE80..=U+FEF4 in order: each letter and how many contextual forms it
/// has. Later stages normalise the letter further (ﺃ → أ → ا).
const FORMS_B: &[(char, u8)] = &[
    ('ء', 1),
    ('آ', 2),
    ('أ', 2),
    ('ؤ', 2),
    ('إ', 2),
    ('ئ', 4),
    ('ا', 2),
    ('ب', 4),
    ('ة', 2),
    ('ت', 4),
    ('ث', 4),
    ('ج', 4),
    ('ح', 4),
    ('خ', 4),
    ('د', 2),
    ('ذ', 2),
    ('ر', 2),
    ('ز', 2),
    ('س', 4),
    ('ش', 4),
    ('ص', 4),
    ('ض', 4),
    ('ط', 4),
    ('ظ', 4),
    ('ع', 4),
    ('غ', 4),
    ('ف', 4),
    ('ق', 4),
    ('ك', 4),
    ('ل', 4),
    ('م', 4),
    ('ن', 4),
    ('ه', 4),
    ('و', 2),
    ('ى', 2),
    ('ي', 4),
];

impl CharNormalizer for PresentationForms {
    fn name(&self) -> &'static str {
        "arabic-presentation-forms"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        let cp = c as u32;
        match cp {
            0xFE80..=0xFEF4 => {
                let mut at = 0xFE80;
                for &(base, n) in FORMS_B {
                    if cp < at + n as u32 {
                        return Some(CharAction::Map(base));
                    }
                    at += n as u32;
                }
                None
            }
            // Lam-alef ligatures, all variants.
            0xFEF5..=0xFEFC => Some(CharAction::Expand("لا")),
            _ => None,
        }
    }
}

/// Arabic-Indic and Persian digits → ASCII; Arabic decimal and thousands
/// separators and percent sign → ASCII.
pub struct Digits;

impl CharNormalizer for Digits {
    fn name(&self) -> &'static str {
        "digits"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        let cp = c as u32;
        let to = match cp {
            0x0660..=0x0669 => char::from(b'0' + (cp - 0x0660) as u8),
            0x06F0..=0x06F9 => char::from(b'0' + (cp - 0x06F0) as u8),
            0x066B => '.',
            0x066C => ',',
            0x066A => '%',
            _ => return None,
        };
        Some(CharAction::Map(to))
    }
}

/// Quotation marks of every style → `"`; Arabic question mark and comma kept.
pub struct Quotes;

impl CharNormalizer for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        matches!(
            c,
            '«' | '»' | '“' | '”' | '„' | '‟' | '″' | '‶' | '〝' | '〞' | '＂' | '‹' | '›'
        )
        .then_some(CharAction::Map('"'))
    }
}

/// Underscores to spaces: a hashtag joins a name's words with them
/// ("#بصر_الحرير").
pub struct Underscores;

impl CharNormalizer for Underscores {
    fn name(&self) -> &'static str {
        "underscores"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        (c == '_').then_some(CharAction::Map(' '))
    }
}

/// ASCII letters to lower case, so English names match whatever the case.
pub struct AsciiLowercase;

impl CharNormalizer for AsciiLowercase {
    fn name(&self) -> &'static str {
        "ascii-lowercase"
    }
    fn normalize(&self, c: char) -> Option<CharAction> {
        c.is_ascii_uppercase()
            .then(|| CharAction::Map(c.to_ascii_lowercase()))
    }
}

/// The stages of the default Arabic normaliser, in order.
pub fn default_stages() -> Vec<Box<dyn CharNormalizer>> {
    vec![
        Box::new(Whitespace),
        Box::new(Invisible),
        Box::new(ArabicDiacritics),
        Box::new(PresentationForms),
        Box::new(ArabicLetters),
        Box::new(Digits),
        Box::new(Quotes),
        Box::new(Underscores),
        Box::new(AsciiLowercase),
    ]
}

const KEEP: u32 = u32::MAX;
const DROP: u32 = u32::MAX - 1;
const SPACE: u32 = u32::MAX - 2;
const EXPAND_BASE: u32 = u32::MAX - 1024;

/// Stages compiled into a table over the Basic Multilingual Plane.
pub struct Normalizer {
    table: Box<[u32]>,
    expansions: Vec<&'static str>,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new(&default_stages())
    }
}

impl Normalizer {
    /// Compiles `stages`. A character goes through the stages in order; the
    /// output of a `Map` is fed to the later stages (so ﺃ → أ → ا).
    pub fn new(stages: &[Box<dyn CharNormalizer>]) -> Self {
        let mut expansions = Vec::new();
        let mut table = vec![KEEP; 0x1_0000].into_boxed_slice();
        for (cp, slot) in table.iter_mut().enumerate() {
            let Some(c) = char::from_u32(cp as u32) else {
                continue;
            };
            *slot = match apply(stages, c) {
                None => KEEP,
                Some(CharAction::Drop) => DROP,
                Some(CharAction::Space) => SPACE,
                Some(CharAction::Map(m)) => m as u32,
                Some(CharAction::Expand(s)) => {
                    let at = expansions.iter().position(|e| *e == s).unwrap_or_else(|| {
                        expansions.push(s);
                        expansions.len() - 1
                    });
                    EXPAND_BASE + at as u32
                }
            };
        }
        Normalizer { table, expansions }
    }

    /// Normalises `original` into a view that maps back to it.
    pub fn normalize<'a>(&self, original: &'a str) -> Normalized<'a> {
        let mut text = String::with_capacity(original.len());
        let mut origin: Vec<u32> = Vec::with_capacity(original.len());
        // Unchanged characters are copied a run at a time; their origin is
        // their own byte offset (continuation bytes round down on lookup).
        let mut run: Option<usize> = None;
        // Whitespace run in progress: (start in original, saw a newline).
        let mut pending_space: Option<(usize, bool)> = None;
        let flush = |text: &mut String, origin: &mut Vec<u32>, run: &mut Option<usize>, to: usize| {
            if let Some(from) = run.take() {
                text.push_str(&original[from..to]);
                origin.extend(from as u32..to as u32);
            }
        };
        for (at, c) in original.char_indices() {
            let action = if (c as u32) < 0x1_0000 {
                self.table[c as usize]
            } else {
                KEEP
            };
            if action == KEEP && pending_space.is_none() {
                run.get_or_insert(at);
                continue;
            }
            flush(&mut text, &mut origin, &mut run, at);
            if action == SPACE {
                let nl = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}');
                pending_space = match pending_space {
                    Some((s, seen)) => Some((s, seen || nl)),
                    None => Some((at, nl)),
                };
                continue;
            }
            if action == DROP {
                continue;
            }
            if let Some((s, nl)) = pending_space.take() {
                // Leading whitespace is dropped so the view starts on text.
                if !text.is_empty() {
                    push(&mut text, &mut origin, if nl { '\n' } else { ' ' }, s);
                }
            }
            match action {
                KEEP => run = Some(at),
                a if a >= EXPAND_BASE => {
                    for e in self.expansions[(a - EXPAND_BASE) as usize].chars() {
                        push(&mut text, &mut origin, e, at);
                    }
                }
                m => push(&mut text, &mut origin, char::from_u32(m).unwrap_or(c), at),
            }
        }
        flush(&mut text, &mut origin, &mut run, original.len());
        Normalized {
            original,
            text,
            origin,
        }
    }
}

fn apply(stages: &[Box<dyn CharNormalizer>], c: char) -> Option<CharAction> {
    let mut current = c;
    let mut changed = None;
    for stage in stages {
        match stage.normalize(current) {
            None => {}
            Some(CharAction::Map(m)) => {
                current = m;
                changed = Some(CharAction::Map(m));
            }
            Some(other) => return Some(other),
        }
    }
    changed
}

fn push(text: &mut String, origin: &mut Vec<u32>, c: char, at: usize) {
    text.push(c);
    let at = u32::try_from(at).unwrap_or(u32::MAX);
    origin.extend(std::iter::repeat_n(at, c.len_utf8()));
}

/// The default normaliser, built once.
pub fn default_normalizer() -> &'static Normalizer {
    static DEFAULT: std::sync::OnceLock<Normalizer> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Normalizer::default)
}

/// Normalises with the default stages.
pub fn normalize(original: &str) -> Normalized<'_> {
    default_normalizer().normalize(original)
}

/// Normalises a short string (a name, an alias) to its matching form.
pub fn normalize_str(s: &str) -> String {
    let n = normalize(s);
    n.text.trim_end().to_string()
}

/// The normalised view of a text and the way back to it.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    text: String,
    /// For each byte of `text`, a byte offset in `original` inside the
    /// character it came from (round down to the character's start).
    origin: Vec<u32>,
}

impl<'a> Normalized<'a> {
    /// The normalised text, for matching.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text as it was given.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Byte offset in the original of the character behind normalised byte
    /// `at`; `original().len()` at the end.
    pub fn original_offset(&self, at: usize) -> usize {
        let Some(&o) = self.origin.get(at) else {
            return self.original.len();
        };
        let mut o = (o as usize).min(self.original.len());
        while !self.original.is_char_boundary(o) {
            o -= 1;
        }
        o
    }

    /// The original byte range behind a normalised byte range. The end
    /// covers the last character and the marks (diacritics, tatweel) that
    /// follow it, so "كفرزيتاً" is returned whole.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let at = self.original_offset(range.start);
            return at..at;
        }
        let start = self.original_offset(range.start);
        let last = self.original_offset(range.end - 1);
        let mut end = last + self.original[last..].chars().next().map_or(0, char::len_utf8);
        for c in self.original[end..].chars() {
            if ArabicDiacritics.normalize(c).is_some() {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        start..end.max(start)
    }

    /// The original text behind a normalised byte range.
    pub fn original_slice(&self, range: Range<usize>) -> &'a str {
        let r = self.original_range(range);
        &self.original[r]
    }
}

/// Byte offsets to character offsets (Unicode scalar values), which is what
/// the event record stores.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Character offset at every char boundary, indexed by byte.
    by_byte: Vec<u32>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut by_byte = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (at, c) in text.char_indices() {
            for slot in &mut by_byte[at..at + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        by_byte[text.len()] = n;
        CharOffsets { by_byte }
    }

    /// The character offset of byte `at` (rounded down to its character).
    pub fn char_at(&self, at: usize) -> usize {
        self.by_byte[at.min(self.by_byte.len() - 1)] as usize
    }

    pub fn char_range(&self, r: Range<usize>) -> Range<usize> {
        self.char_at(r.start)..self.char_at(r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_diacritics_tatweel_and_unifies_letters() {
        let n = normalize("قُتِلَ ثلاثةٌ في مدينةِ إدلـــب وأريحا ومستشفى");
        assert_eq!(n.as_str(), "قتل ثلاثه في مدينه ادلب واريحا ومستشفي");
    }

    #[test]
    fn digits_and_quotes() {
        let n = normalize("«داعش» قتل ٣٧ مدنياً في ۱۲ قرية، بنسبة ٥٠٪");
        assert_eq!(n.as_str(), "\"داعش\" قتل 37 مدنيا في 12 قريه، بنسبه 50%");
    }

    #[test]
    fn bidi_and_zero_width_characters_vanish() {
        let n = normalize("كفر\u{200C}زيتا \u{200F}حماة\u{202C}");
        assert_eq!(n.as_str(), "كفرزيتا حماه");
    }

    #[test]
    fn whitespace_runs_collapse_and_keep_line_breaks() {
        let n = normalize("  قصف\u{00A0}\u{00A0}عنيف \r\n\r\n على  دوما ");
        assert_eq!(n.as_str(), "قصف عنيف\nعلي دوما");
    }

    #[test]
    fn presentation_forms_and_ligatures() {
        let n = normalize("ﺣﻤﺎﺓ ﻻ");
        assert_eq!(n.as_str(), "حماه لا");
    }

    #[test]
    fn ranges_map_back_to_the_original_with_trailing_marks() {
        let original = "استهدفت الغاراتُ بلدةَ كفرزيتاً بريف حماة";
        let n = normalize(original);
        let at = n.as_str().find("كفرزيتا").unwrap();
        let r = at..at + "كفرزيتا".len();
        assert_eq!(n.original_slice(r), "كفرزيتاً");
        let at = n.as_str().find("حماه").unwrap();
        assert_eq!(n.original_slice(at..at + "حماه".len()), "حماة");
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let t = "في «حلب»";
        let c = CharOffsets::new(t);
        let b = t.find("حلب").unwrap();
        assert_eq!(c.char_range(b..b + "حلب".len()), 4..7);
        let chars: Vec<char> = t.chars().collect();
        assert_eq!(chars[4..7].iter().collect::<String>(), "حلب");
    }
}
