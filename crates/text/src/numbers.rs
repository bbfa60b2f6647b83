//! Numbers in the normalised text: digits ("37", "1,200", "3.5", "70 ألف"),
//! number words and their compounds ("سبعة وثلاثين", "ثلاثة آلاف", "مئة
//! وخمسين"), words for indefinite quantities ("عشرات" → 12, "مئات" → 100,
//! "آلاف" → 1000, ACLED's conventions as in events.md §1), qualifiers
//! ("أكثر من", "نحو", "على الأقل") and percentages.
//!
//! Works on the output of [`crate::normalize::normalize`]; ranges are byte
//! ranges into that text. The word lists below are written in natural Arabic
//! and normalised once, at first use.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use crate::normalize::Normalizer;
use crate::tokens::{is_proclitic_letter, parse_proclitics, tokenize, Proclitics, Token, TokenKind};

/// How the text bounds the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// The number as stated.
    Exact,
    /// "أكثر من", "ما لا يقل عن", "ما يزيد عن", "... على الأقل", "... أو أكثر".
    AtLeast,
    /// "نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "... تقريباً".
    Approx,
    /// "أقل من", "ما دون", "لا يتجاوز".
    AtMost,
}

/// One number in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Normalised bytes. A qualifier before the number starts the range
    /// ("اكثر من 30"); a qualifier after it ends it, with at most one word
    /// (the counted noun) in between ("30 شخصا علي الاقل"). Percent signs and
    /// words ("في المئه") are included. Proclitics are not: "وبعشرات" gives
    /// "عشرات", "العشرات" gives "عشرات".
    pub range: Range<usize>,
    /// The figure as the text states it: the lower bound it supports for
    /// `Exact`, `AtLeast` and `Approx` ("أكثر من 30" → 30), the stated bound
    /// for `AtMost` ("أقل من 10" → 10; the caller decides what to do with it).
    pub value: f64,
    pub qualifier: Qualifier,
    /// A word for an indefinite quantity: عشرات, مئات, آلاف, ملايين (alone
    /// or in "عشرات الآلاف" → 12000).
    pub vague: bool,
    /// "50 %", "50%", "50 في المئة", "50 بالمئة".
    pub percent: bool,
    /// The qualifier words as they stand in the normalised text ("اكثر من",
    /// "علي الاقل"); `None` for `Exact`.
    pub note: Option<String>,
}

/// Every number of a normalised text, in order, non-overlapping.
pub fn find_numbers(text: &str) -> Vec<NumberMention> {
    let toks = tokenize(text);
    let nums = number_words().lookup_tokens(text, &toks);
    let scan = Scan { text, toks, nums };
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.toks.len() {
        match scan.mention_at(i) {
            Some((m, next)) => {
                out.push(m);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Word lists shared with `dates`: normalised keys, proclitic-aware lookup.

/// FNV-1a: the keys are short words, and SipHash costs more than the lookup.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The default normaliser, built once: `normalize_str` rebuilds its table on
/// every call, which is too slow for a few hundred list entries.
pub(crate) fn shared_normalizer() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(Normalizer::default)
}

/// A word list keyed by normalised stems.
pub(crate) struct Lexicon<V> {
    map: HashMap<String, V, BuildHasherDefault<Fnv>>,
    min_len: usize,
    max_len: usize,
}

/// A listed stem found in a word.
#[derive(Debug)]
pub(crate) struct Hit<V: 'static> {
    pub value: &'static V,
    pub clitics: Proclitics,
    /// Byte offset of the stem in the word.
    pub stem_at: usize,
}

impl<V> Clone for Hit<V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<V> Copy for Hit<V> {}

/// The longest written chain of proclitics ("وبال", "وكال") is four letters.
const MAX_CLITIC_CHARS: usize = 4;

impl<V> Lexicon<V> {
    /// Keys are written naturally and normalised here; a later duplicate
    /// replaces an earlier one.
    pub(crate) fn new<S: AsRef<str>>(entries: impl IntoIterator<Item = (S, V)>) -> Self {
        let norm = shared_normalizer();
        let mut map = HashMap::default();
        let (mut min_len, mut max_len) = (usize::MAX, 0);
        for (w, v) in entries {
            let key = norm.normalize(w.as_ref().trim()).as_str().to_string();
            if key.is_empty() {
                continue;
            }
            min_len = min_len.min(key.len());
            max_len = max_len.max(key.len());
            map.insert(key, v);
        }
        Lexicon {
            map,
            min_len,
            max_len,
        }
    }

    pub(crate) fn get(&self, stem: &str) -> Option<&V> {
        if stem.len() < self.min_len || stem.len() > self.max_len {
            return None;
        }
        self.map.get(stem)
    }
}

impl<V: 'static> Lexicon<V> {
    /// The listed stem in each word token of `text` (none for numbers and
    /// punctuation).
    pub(crate) fn lookup_tokens(&'static self, text: &str, toks: &[Token]) -> Vec<Option<Hit<V>>> {
        toks.iter()
            .map(|t| match t.kind {
                TokenKind::Word => self.lookup(&text[t.range.clone()]),
                _ => None,
            })
            .collect()
    }

    /// The word as written if listed, else the shortest written chain of
    /// proclitics that leaves a listed stem. A stem of one or two letters is
    /// taken only bare, after the article or after a lone conjunction: "لست"
    /// is not ل + ست.
    pub(crate) fn lookup(&'static self, word: &str) -> Option<Hit<V>> {
        if let Some(value) = self.get(word) {
            return Some(Hit {
                value,
                clitics: Proclitics::NONE,
                stem_at: 0,
            });
        }
        let mut prefix = word.chars();
        for (at, _) in word.char_indices().skip(1).take(MAX_CLITIC_CHARS) {
            // `word[..at]` grew by one letter; past a letter no proclitic
            // has, no longer prefix is a chain (and no lookup is spent).
            if !prefix.next().is_some_and(is_proclitic_letter) {
                break;
            }
            let stem = &word[at..];
            let Some(value) = self.get(stem) else {
                continue;
            };
            let Some(clitics) = parse_proclitics(&word[..at]) else {
                continue;
            };
            // The future marker س only goes on verbs: "سالف" is "former".
            let short = stem.chars().nth(2).is_none();
            if clitics.particle == Some('س') || (short && !clitics.article && clitics.particle.is_some()) {
                continue;
            }
            return Some(Hit {
                value,
                clitics,
                stem_at: at,
            });
        }
        None
    }
}

// ---------------------------------------------------------------------------
// Number words.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Num {
    /// 1..=9: alone, or the first word of a teen ("خمسة عشر").
    Unit(u64),
    /// أحد, إحدى, اثنا, اثنتا ...: a number only before عشر/عشرة.
    TeenHead(u64),
    /// عشر, عشرة: 10, or the second word of a teen.
    Ten,
    /// عشرون .. تسعون.
    Tens(u64),
    /// A whole hundreds figure: مئتان, ثلاثمئة ...
    Hundreds(u64),
    /// مئة: 100, or ×100 after a unit ("ثلاث مئة").
    Hundred,
    /// ألف (1), ألفان (2), مليون, مليار: a count of a power of ten.
    Scale { scale: u64, count: u64 },
    /// آلاف, ألوف, ملايين, مليارات: ×scale after 3..=10, else indefinite.
    Scales(u64),
    /// عشرات (12), مئات (100).
    Vague(u64),
    /// نصف: only in "مليون ونصف" (a scale and a half).
    Half,
}

fn number_words() -> &'static Lexicon<Num> {
    static L: OnceLock<Lexicon<Num>> = OnceLock::new();
    L.get_or_init(|| {
        use Num::*;
        let mut e: Vec<(String, Num)> = Vec::new();
        let mut add = |words: &str, n: Num| {
            for w in words.split_whitespace() {
                e.push((w.to_string(), n));
            }
        };
        add("واحد واحدة واحداً", Unit(1));
        add("اثنان اثنين اثنتان اثنتين", Unit(2));
        add("ثلاث ثلاثة", Unit(3));
        add("أربع أربعة", Unit(4));
        add("خمس خمسة", Unit(5));
        add("ست ستة", Unit(6));
        add("سبع سبعة", Unit(7));
        add("ثمان ثماني ثمانية", Unit(8));
        add("تسع تسعة", Unit(9));
        add("أحد إحدى", TeenHead(1));
        add("اثنا اثني اثنتا اثنتي", TeenHead(2));
        add("عشر عشرة", Ten);
        for (words, n) in [
            ("عشرون عشرين", 20),
            ("ثلاثون ثلاثين", 30),
            ("أربعون أربعين", 40),
            ("خمسون خمسين", 50),
            ("ستون ستين", 60),
            ("سبعون سبعين", 70),
            ("ثمانون ثمانين", 80),
            ("تسعون تسعين", 90),
        ] {
            add(words, Tens(n));
        }
        add("مئة مائة", Hundred);
        add("مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي", Hundreds(200));
        // ثلاثمئة ... تسعمائة are written as one word.
        for (unit, n) in [
            ("ثلاث", 3),
            ("أربع", 4),
            ("خمس", 5),
            ("ست", 6),
            ("سبع", 7),
            ("ثمان", 8),
            ("ثماني", 8),
            ("تسع", 9),
        ] {
            for h in ["مئة", "مائة"] {
                add(&format!("{unit}{h}"), Hundreds(n * 100));
            }
        }
        // "ألفاً" (accusative, 1000) and the dual construct "ألفا" (2000) are
        // the same letters once the tanwin is gone: read the lower figure.
        add(
            "ألف ألفاً",
            Scale {
                scale: 1000,
                count: 1,
            },
        );
        add(
            "ألفان ألفين ألفي",
            Scale {
                scale: 1000,
                count: 2,
            },
        );
        add("آلاف ألوف", Scales(1000));
        add(
            "مليون مليونا",
            Scale {
                scale: 1_000_000,
                count: 1,
            },
        );
        add(
            "مليونان مليونين مليوني",
            Scale {
                scale: 1_000_000,
                count: 2,
            },
        );
        add("ملايين", Scales(1_000_000));
        add(
            "مليار مليارا",
            Scale {
                scale: 1_000_000_000,
                count: 1,
            },
        );
        add(
            "ملياران مليارين ملياري",
            Scale {
                scale: 1_000_000_000,
                count: 2,
            },
        );
        add("مليارات", Scales(1_000_000_000));
        add("عشرات", Vague(12));
        add("مئات", Vague(100));
        add("نصف", Half);
        Lexicon::new(e)
    })
}

/// Ordinals that make the next "عشر" part of an ordinal ("الثالث عشر").
fn ordinals() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| {
        Lexicon::new(
            "حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع \
             حادية ثانية ثالثة رابعة خامسة سادسة سابعة ثامنة تاسعة"
                .split_whitespace()
                .map(|w| (w, ())),
        )
    })
}

/// Elatives that follow "أحد" in "one of the most ...": "وأحد أبرز".
fn elatives() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| {
        Lexicon::new(
            "أبرز أكبر أهم أكثر أقدم أشهر أخطر أعنف أقوى أكبر أوائل"
                .split_whitespace()
                .map(|w| (w, ())),
        )
    })
}

/// Words before which "اثنين" is Monday ("يوم الاثنين" is caught by ال).
fn time_words() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| {
        Lexicon::new(
            "يوم يومي صباح مساء ليل ليلة فجر ظهر عصر نهار"
                .split_whitespace()
                .map(|w| (w, ())),
        )
    })
}

/// Phrases keyed by their first word; the rest of the words, longest first.
type Phrases = Lexicon<Vec<(Vec<String>, Qualifier)>>;

fn phrases(list: &[(&str, Qualifier)]) -> Phrases {
    let norm = shared_normalizer();
    let mut by_first: HashMap<String, Vec<(Vec<String>, Qualifier)>> = HashMap::new();
    for &(phrase, q) in list {
        let n = norm.normalize(phrase);
        let mut words = n.as_str().split_whitespace().map(str::to_string);
        let Some(first) = words.next() else {
            continue;
        };
        by_first.entry(first).or_default().push((words.collect(), q));
    }
    for v in by_first.values_mut() {
        v.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    }
    Lexicon::new(by_first)
}

fn pre_qualifiers() -> &'static Phrases {
    static L: OnceLock<Phrases> = OnceLock::new();
    L.get_or_init(|| {
        use Qualifier::*;
        phrases(&[
            ("أكثر من", AtLeast),
            ("أزيد من", AtLeast),
            ("ما لا يقل عن", AtLeast),
            ("لا يقل عن", AtLeast),
            ("ما يزيد عن", AtLeast),
            ("ما يزيد على", AtLeast),
            ("يزيد عن", AtLeast),
            ("يزيد على", AtLeast),
            ("ما يربو على", AtLeast),
            ("ما يربو عن", AtLeast),
            ("يربو على", AtLeast),
            ("ما يفوق", AtLeast),
            ("يفوق", AtLeast),
            ("ما يتجاوز", AtLeast),
            ("على الأقل", AtLeast),
            ("نحو", Approx),
            ("حوالي", Approx),
            ("حوالى", Approx),
            ("قرابة", Approx),
            ("زهاء", Approx),
            ("ما يقارب", Approx),
            ("يقارب", Approx),
            ("ما يقرب من", Approx),
            ("يقرب من", Approx),
            ("ما يناهز", Approx),
            ("يناهز", Approx),
            ("تقريباً", Approx),
            ("أقل من", AtMost),
            ("ما يقل عن", AtMost),
            ("يقل عن", AtMost),
            ("ما دون", AtMost),
            ("دون", AtMost),
            ("لا يتجاوز", AtMost),
            ("ما لا يتجاوز", AtMost),
            ("لا يزيد عن", AtMost),
            ("لا يزيد على", AtMost),
            ("ما لا يزيد عن", AtMost),
            ("ما لا يزيد على", AtMost),
            ("لا يتعدى", AtMost),
            ("ما لا يتعدى", AtMost),
        ])
    })
}

fn post_qualifiers() -> &'static Phrases {
    static L: OnceLock<Phrases> = OnceLock::new();
    L.get_or_init(|| {
        use Qualifier::*;
        phrases(&[
            ("على الأقل", AtLeast),
            ("أو أكثر", AtLeast),
            // "فأكثر", "وأكثر": only with the conjunction (checked below).
            ("أكثر", AtLeast),
            ("تقريباً", Approx),
        ])
    })
}

// ---------------------------------------------------------------------------
// The scanner.

struct Scan<'t> {
    text: &'t str,
    toks: Vec<Token>,
    /// The number word in each token, if any.
    nums: Vec<Option<Hit<Num>>>,
}

/// A number without its qualifier.
struct Core {
    start: usize,
    end: usize,
    /// The token after the number.
    next: usize,
    value: f64,
    vague: bool,
}

/// A qualifier phrase.
struct Qual {
    q: Qualifier,
    start: usize,
    end: usize,
    next: usize,
}

impl Scan<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i)?;
        (t.kind == TokenKind::Word).then(|| &self.text[t.range.clone()])
    }

    fn num(&self, i: usize) -> Option<Hit<Num>> {
        self.nums.get(i).copied().flatten()
    }

    /// A bare "عشر"/"عشرة" at `i`: the second word of a teen.
    fn teen_tail(&self, i: usize) -> bool {
        self.num(i)
            .is_some_and(|h| *h.value == Num::Ten && h.clitics == Proclitics::NONE)
    }

    fn prev_in(&self, i: usize, lex: &'static Lexicon<()>) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| lex.lookup(w).is_some())
    }

    fn mention_at(&self, i: usize) -> Option<(NumberMention, usize)> {
        if let Some(q) = self.qualifier(pre_qualifiers(), i) {
            if let Some(core) = self.core(q.next) {
                let (end, next, percent) = self.percent(core.end, core.next);
                let m = self.mention(q.start..end, &core, Some(&q), percent);
                return Some((m, next));
            }
        }
        let core = self.core(i)?;
        let (end, next, percent) = self.percent(core.end, core.next);
        // A qualifier after the number, or after the counted noun:
        // "50 على الأقل", "30 مدنياً على الأقل".
        for gap in 0..=1 {
            let k = next + gap;
            if gap == 1
                && (self.word(next).is_none()
                    || self.num(next).is_some()
                    || self.qualifier(pre_qualifiers(), next).is_some())
            {
                break;
            }
            if let Some(q) = self.post_qualifier(k) {
                let m = self.mention(core.start..q.end, &core, Some(&q), percent);
                return Some((m, q.next));
            }
        }
        Some((self.mention(core.start..end, &core, None, percent), next))
    }

    fn mention(&self, range: Range<usize>, core: &Core, q: Option<&Qual>, percent: bool) -> NumberMention {
        NumberMention {
            range,
            value: core.value,
            qualifier: q.map_or(Qualifier::Exact, |q| q.q),
            vague: core.vague,
            percent,
            note: q.map(|q| self.text[q.start..q.end].to_string()),
        }
    }

    /// A phrase of `list` starting at token `i`; its first word may carry a
    /// conjunction or particle ("وبنحو"), never the article.
    fn qualifier(&self, list: &'static Phrases, i: usize) -> Option<Qual> {
        let hit = list.lookup(self.word(i)?)?;
        if hit.clitics.article {
            return None;
        }
        'phrase: for (rest, q) in hit.value {
            for (n, w) in rest.iter().enumerate() {
                if self.word(i + 1 + n) != Some(w.as_str()) {
                    continue 'phrase;
                }
            }
            let last = i + rest.len();
            return Some(Qual {
                q: *q,
                start: self.toks[i].range.start + hit.stem_at,
                end: self.toks[last].range.end,
                next: last + 1,
            });
        }
        None
    }

    fn post_qualifier(&self, i: usize) -> Option<Qual> {
        let q = self.qualifier(post_qualifiers(), i)?;
        if q.next == i + 1 && self.word(i).is_some_and(|w| w.ends_with("اكثر")) {
            // "فأكثر" / "وأكثر", but "وأكثر من 50" qualifies the next number.
            let hit = post_qualifiers().lookup(self.word(i)?)?;
            if hit.clitics.conjunction.is_none() || self.word(i + 1) == Some("من") {
                return None;
            }
        }
        Some(q)
    }

    /// A percent sign or words after the number: (end, next token, percent).
    fn percent(&self, end: usize, next: usize) -> (usize, usize, bool) {
        let Some(t) = self.toks.get(next) else {
            return (end, next, false);
        };
        if t.kind == TokenKind::Punct && &self.text[t.range.clone()] == "%" {
            return (t.range.end, next + 1, true);
        }
        let hundred_with_article = |h: Hit<Num>| *h.value == Num::Hundred && h.clitics.article;
        if self.word(next) == Some("في") {
            if let Some(h) = self.num(next + 1) {
                if hundred_with_article(h) && h.clitics.len == "ال".len() {
                    return (self.toks[next + 1].range.end, next + 2, true);
                }
            }
        }
        if let Some(h) = self.num(next) {
            if hundred_with_article(h) && h.clitics.particle == Some('ب') && h.clitics.conjunction.is_none()
            {
                return (t.range.end, next + 1, true);
            }
        }
        (end, next, false)
    }

    fn core(&self, i: usize) -> Option<Core> {
        let t = self.toks.get(i)?;
        match t.kind {
            TokenKind::Number => self.digits(i),
            // "الـ 50" normalises to "ال 50".
            TokenKind::Word
                if self.word(i) == Some("ال") && self.toks.get(i + 1)?.kind == TokenKind::Number =>
            {
                self.digits(i + 1)
            }
            TokenKind::Word => self.words(i),
            TokenKind::Punct => None,
        }
    }

    fn digits(&self, i: usize) -> Option<Core> {
        let t = &self.toks[i];
        let (mut mantissa, frac_digits) = parse_digits(&self.text[t.range.clone()])?;
        let mut scale = 1.0;
        let (mut end, mut next) = (t.range.end, i + 1);
        // "70 ألف", "3 آلاف", "2 مليون", "3.5 مليون".
        if let Some(h) = self.num(i + 1) {
            if h.clitics == Proclitics::NONE {
                if let Num::Scale { scale: s, count: 1 } | Num::Scales(s) = *h.value {
                    scale = s as f64;
                    end = self.toks[i + 1].range.end;
                    next = i + 2;
                    // "2 مليون ونصف".
                    if self.after_and(next) == Some(Num::Half) {
                        mantissa += 10f64.powi(frac_digits) / 2.0;
                        end = self.toks[next].range.end;
                        next += 1;
                    }
                }
            }
        }
        let value = mantissa * scale / 10f64.powi(frac_digits);
        // Only hundreds of digits on both sides of the point give inf / inf.
        (!value.is_nan()).then_some(Core {
            start: t.range.start,
            end,
            next,
            value,
            vague: false,
        })
    }

    fn words(&self, i: usize) -> Option<Core> {
        let h = self.num(i)?;
        let start = self.toks[i].range.start + h.stem_at;
        let (mut total, mut cur, mut last_scale) = (0u64, 0u64, u64::MAX);
        let mut k = i + 1;
        match *h.value {
            Num::Unit(u) => {
                // "الاثنين", "يوم اثنين": Monday.
                if u == 2
                    && self.word(i).is_some_and(|w| w.ends_with("اثنين"))
                    && (h.clitics.article || self.prev_in(i, time_words()))
                {
                    return None;
                }
                // "وأحد أبرز القادة", "وأحد الأحياء": و + أحد ("one of"),
                // written like واحد once hamza is gone.
                if u == 1 && h.clitics == Proclitics::NONE && self.word(i) == Some("واحد") {
                    let next = self.word(i + 1).unwrap_or("");
                    if next.starts_with("ال") || elatives().get(next).is_some() {
                        return None;
                    }
                }
                if self.teen_tail(i + 1) {
                    cur = 10 + u;
                    k = i + 2;
                } else {
                    cur = u;
                }
            }
            Num::Half => return None,
            Num::TeenHead(u) => {
                if !self.teen_tail(i + 1) {
                    return None;
                }
                cur = 10 + u;
                k = i + 2;
            }
            // "الثالث عشر" is an ordinal.
            Num::Ten if self.prev_in(i, ordinals()) => return None,
            Num::Ten => cur = 10,
            // "الحادي والعشرين" likewise.
            Num::Tens(_) if h.clitics.conjunction.is_some() && self.prev_in(i, ordinals()) => return None,
            Num::Tens(t) | Num::Hundreds(t) => cur = t,
            Num::Hundred => cur = 100,
            Num::Scale { scale, count } => {
                total = scale.saturating_mul(count);
                last_scale = scale;
            }
            Num::Scales(scale) => return Some(self.vague(start, i + 1, scale as f64)),
            Num::Vague(v) => {
                // "عشرات الآلاف" → 12000, "مئات الآلاف" → 100000.
                if let Some(h2) = self.num(i + 1) {
                    if let Num::Scales(s) = *h2.value {
                        if h2.clitics.conjunction.is_none() && h2.clitics.particle.is_none() {
                            return Some(self.vague(start, i + 2, (v * s) as f64));
                        }
                    }
                }
                return Some(self.vague(start, i + 1, v as f64));
            }
        }
        // Further words: a multiplier directly ("ثلاثة آلاف", "ثلاث مئة"),
        // or a smaller part after و in the order Arabic writes them: hundreds,
        // then units, then tens ("مئة وخمسة وعشرون"), scales largest first.
        loop {
            let bare = self
                .num(k)
                .filter(|h| h.clitics == Proclitics::NONE)
                .map(|h| *h.value);
            let below = cur % 100;
            let some = cur > 0 || total > 0;
            match bare {
                Some(Num::Hundred) if (1..=9).contains(&cur) => cur *= 100,
                Some(Num::Scale { scale, count: 1 }) if cur > 0 && scale < last_scale => {
                    total = total.saturating_add(cur.saturating_mul(scale));
                    cur = 0;
                    last_scale = scale;
                }
                Some(Num::Scales(scale)) if (3..=10).contains(&cur) && scale < last_scale => {
                    total = total.saturating_add(cur * scale);
                    cur = 0;
                    last_scale = scale;
                }
                _ => match self.after_and(k) {
                    Some(Num::Unit(u)) if below == 0 && some => {
                        if self.teen_tail(k + 1) {
                            cur += 10 + u;
                            k += 1;
                        } else {
                            cur += u;
                        }
                    }
                    Some(Num::TeenHead(u)) if below == 0 && some && self.teen_tail(k + 1) => {
                        cur += 10 + u;
                        k += 1;
                    }
                    Some(Num::Ten) if below == 0 && some => cur += 10,
                    Some(Num::Tens(t)) if (below == 0 && some) || (1..=9).contains(&below) => cur += t,
                    Some(Num::Hundreds(v)) if cur == 0 && total > 0 => cur = v,
                    Some(Num::Hundred) if cur == 0 && total > 0 => cur = 100,
                    Some(Num::Scale { scale, count }) if cur == 0 && total > 0 && scale < last_scale => {
                        total = total.saturating_add(scale.saturating_mul(count));
                        last_scale = scale;
                    }
                    // "مليون ونصف": half of the last scale, and nothing after.
                    Some(Num::Half) if cur == 0 && total > 0 && last_scale != u64::MAX => {
                        total = total.saturating_add(last_scale / 2);
                        k += 1;
                        break;
                    }
                    _ => break,
                },
            }
            k += 1;
        }
        Some(Core {
            start,
            end: self.toks[k - 1].range.end,
            next: k,
            value: total.saturating_add(cur) as f64,
            vague: false,
        })
    }

    /// The number word after "و" at `k`: a conjunction the analyser split
    /// off, or a word listed whole that is و + a listed word ("وأحد" and
    /// "واحد" are the same letters once hamza is gone).
    fn after_and(&self, k: usize) -> Option<Num> {
        let h = self.num(k)?;
        let c = h.clitics;
        if c.conjunction == Some('و') && c.particle.is_none() && !c.article {
            return Some(*h.value);
        }
        if c == Proclitics::NONE {
            let rest = self.word(k)?.strip_prefix('و')?;
            return number_words().get(rest).copied();
        }
        None
    }

    fn vague(&self, start: usize, next: usize, value: f64) -> Core {
        Core {
            start,
            end: self.toks[next - 1].range.end,
            next,
            value,
            vague: true,
        }
    }
}

/// A digit token ("37", "1,200", "3.5", "2,5", "1.200.000") as (mantissa,
/// digits after the decimal point). Commas (and dots, when there are several)
/// followed by groups of three digits separate thousands; a single other
/// separator is the decimal point. Anything else ("5.11.2016") is not a
/// number. Never overflows: past u64 the mantissa is kept as a float.
fn parse_digits(s: &str) -> Option<(f64, i32)> {
    let commas = s.bytes().filter(|&b| b == b',').count();
    let dots = s.bytes().filter(|&b| b == b'.').count();
    let groups_of_three = s.split([',', '.']).skip(1).all(|g| g.len() == 3);
    let decimal_at = match (commas, dots) {
        (0, 0) => None,
        (_, 0) if groups_of_three => None,
        (0, d) if d >= 2 && groups_of_three => None,
        (1, 0) => s.find(','),
        (0, 1) => s.find('.'),
        // "1,200.5": thousands, then the decimal point last.
        (_, 1) => {
            let dot = s.find('.')?;
            let head = s[..dot].split(',').skip(1).all(|g| g.len() == 3);
            if !head || s[dot..].contains(',') {
                return None;
            }
            Some(dot)
        }
        _ => return None,
    };
    let mut int: Option<u64> = Some(0);
    let mut float = 0.0f64;
    let mut frac = 0i32;
    let mut after_point = false;
    for (at, b) in s.bytes().enumerate() {
        if b.is_ascii_digit() {
            let d = u64::from(b - b'0');
            float = float * 10.0 + d as f64;
            int = int.and_then(|v| v.checked_mul(10)?.checked_add(d));
            if after_point {
                frac = frac.saturating_add(1);
            }
        } else if Some(at) == decimal_at {
            after_point = true;
        }
    }
    Some((int.map_or(float, |v| v as f64), frac))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    /// (normalised slice, value, qualifier, vague, percent) of each number.
    fn nums(s: &str) -> Vec<(String, f64, Qualifier, bool, bool)> {
        let n = normalize(s);
        let t = n.as_str();
        find_numbers(t)
            .into_iter()
            .map(|m| {
                (
                    t[m.range.clone()].to_string(),
                    m.value,
                    m.qualifier,
                    m.vague,
                    m.percent,
                )
            })
            .collect()
    }

    fn one(s: &str) -> (String, f64, Qualifier, bool, bool) {
        let v = nums(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap()
    }

    use Qualifier::*;

    fn ex(slice: &str, value: f64) -> (String, f64, Qualifier, bool, bool) {
        (slice.to_string(), value, Exact, false, false)
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(
            nums("قُتل 37 مدنياً وأصيب 1,200 آخرون، ونزح 3.5 بالمئة من السكان"),
            [
                ex("37", 37.0),
                ex("1,200", 1200.0),
                ("3.5 بالمئه".into(), 3.5, Exact, false, true),
            ]
        );
        assert_eq!(one("بلغت الخسائر 2,5 مليار ليرة"), ex("2,5 مليار", 2.5e9));
        assert_eq!(
            one("نحو 1.200.000 نازح"),
            ("نحو 1.200.000".into(), 1.2e6, Approx, false, false)
        );
        // A dotted date is not a number.
        assert!(nums("بتاريخ 5.11.2016").is_empty());
    }

    #[test]
    fn digits_with_scale_words() {
        assert_eq!(one("فرّ 70 ألف شخص من المدينة"), ex("70 الف", 70000.0));
        assert_eq!(one("وثّق المرصد 19 ألف اسم"), ex("19 الف", 19000.0));
        assert_eq!(one("تضرر 2 مليون منزل"), ex("2 مليون", 2e6));
        assert_eq!(one("نزح 3 آلاف مدني"), ex("3 الاف", 3000.0));
        assert_eq!(one("يعيش 1.5 مليون شخص"), ex("1.5 مليون", 1.5e6));
    }

    #[test]
    fn qualifiers_before_the_number() {
        let m = {
            let n = normalize("قُتل أكثر من 30 مدنياً في الغارات");
            find_numbers(n.as_str())
        };
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].value, 30.0);
        assert_eq!(m[0].qualifier, AtLeast);
        assert_eq!(m[0].note.as_deref(), Some("اكثر من"));
        assert_eq!(
            one("قُتل أكثر من 30 مدنياً"),
            ("اكثر من 30".into(), 30.0, AtLeast, false, false)
        );
        assert_eq!(
            one("سيطر التنظيم على قرابة 50 قرية"),
            ("قرابه 50".into(), 50.0, Approx, false, false)
        );
        assert_eq!(
            one("قدّر عددهم بنحو ثلاثة آلاف عنصر"),
            ("نحو ثلاثه الاف".into(), 3000.0, Approx, false, false)
        );
        assert_eq!(
            one("أسفرت عن مقتل ما لا يقل عن 15 شخصاً"),
            ("ما لا يقل عن 15".into(), 15.0, AtLeast, false, false)
        );
        assert_eq!(
            one("أطفال أعمارهم أقل من عشرة أعوام"),
            ("اقل من عشره".into(), 10.0, AtMost, false, false)
        );
        assert_eq!(
            one("يقدّر أن هناك ما يقل عن ألف عنصر"),
            ("ما يقل عن الف".into(), 1000.0, AtMost, false, false)
        );
        assert_eq!(
            one("ما لا يزيد على 20 عنصراً"),
            ("ما لا يزيد علي 20".into(), 20.0, AtMost, false, false)
        );
        assert_eq!(
            one("قُتل أكثر من الـ 100 شخص"),
            ("اكثر من ال 100".into(), 100.0, AtLeast, false, false)
        );
    }

    #[test]
    fn qualifiers_after_the_number() {
        assert_eq!(
            one("قُتل 50 على الأقل"),
            ("50 علي الاقل".into(), 50.0, AtLeast, false, false)
        );
        let n = normalize("قُتل 30 مدنياً على الأقل في القصف");
        let m = find_numbers(n.as_str());
        assert_eq!(m.len(), 1);
        assert_eq!(&n.as_str()[m[0].range.clone()], "30 مدنيا علي الاقل");
        assert_eq!(m[0].note.as_deref(), Some("علي الاقل"));
        assert_eq!(m[0].qualifier, AtLeast);
        assert_eq!(
            one("جُرح عشرة أشخاص أو أكثر"),
            ("عشره اشخاص او اكثر".into(), 10.0, AtLeast, false, false)
        );
        assert_eq!(
            one("قتلى بلغ عددهم 40 تقريباً"),
            ("40 تقريبا".into(), 40.0, Approx, false, false)
        );
        // "وأكثر من" belongs to the next number.
        assert_eq!(
            nums("قُتل 12 شخصاً وأكثر من 20 جريحاً"),
            [ex("12", 12.0), ("اكثر من 20".into(), 20.0, AtLeast, false, false)]
        );
    }

    #[test]
    fn number_words_and_compounds() {
        assert_eq!(
            one("أسفر القصف عن مقتل سبعة وثلاثين شخصاً"),
            ex("سبعه وثلاثين", 37.0)
        );
        assert_eq!(one("دمّر خمسة وعشرين منزلاً"), ex("خمسه وعشرين", 25.0));
        assert_eq!(one("اعتقلت ثلاثة آلاف شاب"), ex("ثلاثه الاف", 3000.0));
        assert_eq!(one("أرسل ألفين من عناصره"), ex("الفين", 2000.0));
        assert_eq!(
            one("نحو مئة وخمسين عائلة"),
            ("نحو مئه وخمسين".into(), 150.0, Approx, false, false)
        );
        assert_eq!(one("قتل مئة وخمسة وعشرون مقاتلاً"), ex("مئه وخمسه وعشرون", 125.0));
        assert_eq!(one("وصل ثلاثمائة نازح"), ex("ثلاثمائه", 300.0));
        assert_eq!(one("وصل ثلاث مئة نازح"), ex("ثلاث مئه", 300.0));
        assert_eq!(one("نزوح خمسة عشر ألف شخص"), ex("خمسه عشر الف", 15000.0));
        assert_eq!(one("نزوح عشرين ألفاً"), ex("عشرين الفا", 20000.0));
        assert_eq!(one("عاد مئة ألف لاجئ"), ex("مئه الف", 100000.0));
        assert_eq!(one("قُتل إحدى عشرة امرأة"), ex("احدي عشره", 11.0));
        assert_eq!(one("قُتل اثنا عشر عنصراً"), ex("اثنا عشر", 12.0));
        assert_eq!(one("أُسر ثلاث عشرة امرأة"), ex("ثلاث عشره", 13.0));
        assert_eq!(one("قُدّر عددهم بثلاثة آلاف وخمسمئة"), ex("ثلاثه الاف وخمسمئه", 3500.0));
        assert_eq!(one("منذ عام ألفين وأحد عشر"), ex("الفين واحد عشر", 2011.0));
        assert_eq!(one("تقدم مليون ومئتا ألف"), ex("مليون ومئتا الف", 1.2e6));
        assert_eq!(
            one("يتواجد ما يقارب مليون ونصف سوري"),
            ("ما يقارب مليون ونصف".into(), 1.5e6, Approx, false, false)
        );
        assert_eq!(one("نزح 2 مليون ونصف"), ex("2 مليون ونصف", 2.5e6));
        assert_eq!(one("ثلاثة آلاف ونصف"), ex("ثلاثه الاف ونصف", 3500.0));
        // Clitics are left out of the range.
        assert_eq!(one("حكم على الثلاثة"), ex("ثلاثه", 3.0));
        assert_eq!(one("تبرع لثلاثة مستشفيات"), ex("ثلاثه", 3.0));
    }

    #[test]
    fn lists_of_numbers_are_not_added() {
        assert_eq!(
            nums("قتل ثلاثة وجرح خمسة وعشرة آخرون"),
            [ex("ثلاثه", 3.0), ex("خمسه", 5.0), ex("عشره", 10.0)]
        );
        assert_eq!(nums("بين 20 و30 قتيلاً"), [ex("20", 20.0), ex("30", 30.0)]);
    }

    #[test]
    fn vague_quantities() {
        let v = |s: &str, v: f64| (s.to_string(), v, Exact, true, false);
        assert_eq!(one("سقوط عشرات القتلى"), v("عشرات", 12.0));
        assert_eq!(one("أدى إلى مقتل وجرح العشرات"), v("عشرات", 12.0));
        assert_eq!(one("تسبب بعشرات الإصابات"), v("عشرات", 12.0));
        assert_eq!(one("وبمئات الضحايا"), v("مئات", 100.0));
        assert_eq!(one("نزح آلاف المدنيين"), v("الاف", 1000.0));
        assert_eq!(one("نزح الآلاف"), v("الاف", 1000.0));
        assert_eq!(one("نزوح عشرات الآلاف"), v("عشرات الالاف", 12000.0));
        assert_eq!(one("فرار مئات الآلاف"), v("مئات الالاف", 100_000.0));
        assert_eq!(
            one("قُتل أكثر من عشرات"),
            ("اكثر من عشرات".into(), 12.0, AtLeast, true, false)
        );
    }

    #[test]
    fn percentages() {
        let p = |s: &str, v: f64, q| (s.to_string(), v, q, false, true);
        assert_eq!(
            one("تسيطر القوات على نحو 50 % من مدينة الرقة"),
            p("نحو 50 %", 50.0, Approx)
        );
        assert_eq!(one("بنسبة ٥٠٪"), p("50%", 50.0, Exact));
        assert_eq!(one("دُمّر 70 في المئة من الأحياء"), p("70 في المئه", 70.0, Exact));
        assert_eq!(one("دُمّر 70 في المائة"), p("70 في المائه", 70.0, Exact));
        assert_eq!(one("خمسين بالمئة"), p("خمسين بالمئه", 50.0, Exact));
    }

    #[test]
    fn words_that_are_not_cardinals() {
        // Ordinals, weekdays, "one of", "Sunday".
        assert!(nums("في اليوم الأول من الهجوم الثالث").is_empty());
        assert!(nums("قصف يوم الأحد أحد الأحياء").is_empty());
        assert!(nums("قصف يوم الاثنين والثلاثاء والأربعاء والخميس").is_empty());
        assert!(nums("في القرن التاسع عشر").is_empty());
        assert!(nums("في الحادي والعشرين من آذار").is_empty());
        assert!(nums("إحدى القرى وقال أحد المقاتلين").is_empty());
        assert!(nums("قال: لست مسؤولاً").is_empty());
        assert!(nums("وكان القائد العسكري السالف الذكر وأحد أبرز القادة").is_empty());
        assert!(nums("سيطر على نصف المدينة وأحد الأحياء").is_empty());
        assert!(nums("أعداد كبيرة من القتلى والجرحى وعدد من المصابين").is_empty());
        // But a cardinal after an ordinal is a number.
        assert_eq!(nums("قتل في اليوم الثاني ثلاثة"), [ex("ثلاثه", 3.0)]);
    }

    #[test]
    fn years_are_plain_numbers() {
        assert_eq!(nums("في عام 2016"), [ex("2016", 2016.0)]);
    }

    #[test]
    fn huge_and_odd_digit_strings_do_not_panic() {
        let big = "9".repeat(400);
        let m = find_numbers(&big);
        assert_eq!(m.len(), 1);
        assert!(m[0].value > 1e300);
        let m = find_numbers(&format!("0.{}1 مليار", "0".repeat(400)));
        assert_eq!(m.len(), 1);
        assert!(m[0].value.is_finite());
        assert_eq!(
            nums("مليار مليار مليار مليار"),
            [
                ex("مليار", 1e9),
                ex("مليار", 1e9),
                ex("مليار", 1e9),
                ex("مليار", 1e9)
            ]
        );
    }

    #[test]
    fn digit_parsing() {
        assert_eq!(parse_digits("1,200"), Some((1200.0, 0)));
        assert_eq!(parse_digits("1,200.5"), Some((12005.0, 1)));
        assert_eq!(parse_digits("3.5"), Some((35.0, 1)));
        assert_eq!(parse_digits("1.200.000"), Some((1_200_000.0, 0)));
        assert_eq!(parse_digits("12,34"), Some((1234.0, 2)));
        assert_eq!(parse_digits("1,2,3"), None);
        assert_eq!(parse_digits("5.11.2016"), None);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_panics_and_ranges_are_char_boundaries(
                s in "([0-9٠-٩.,%٪ ]|[\\u{0621}-\\u{064A}]|عشر|مئة|ألف|آلاف|عشرات|أكثر من |على الأقل|في المئة|و|ال|\\PC){0,80}"
            ) {
                let n = shared_normalizer().normalize(&s);
                let t = n.as_str();
                let ms = find_numbers(t);
                let mut last = 0;
                for m in &ms {
                    prop_assert!(m.range.start <= m.range.end);
                    prop_assert!(m.range.start >= last, "overlap or disorder");
                    prop_assert!(t.is_char_boundary(m.range.start));
                    prop_assert!(t.is_char_boundary(m.range.end));
                    prop_assert!(m.value >= 0.0 && !m.value.is_nan());
                    last = m.range.end;
                }
                // The raw (unnormalised) string must not panic either.
                for m in find_numbers(&s) {
                    prop_assert!(s.is_char_boundary(m.range.start));
                    prop_assert!(s.is_char_boundary(m.range.end));
                }
            }
        }
    }
}
