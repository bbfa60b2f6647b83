//! Dates in the normalised text, absolute ("5 تشرين الثاني/نوفمبر 2016",
//! "05/11/2016", "في حزيران الماضي", "مطلع 2017") and relative to the
//! publication date ("أمس الخميس", "صباح اليوم", "ليل السبت الأحد", "الأسبوع
//! الماضي", "قبل ثلاثة أيام"), with the precision of events.md §1:
//! 1 = day, 2 = week or a few days, 3 = month or vaguer.
//!
//! Works on the output of [`crate::normalize::normalize`]; ranges are byte
//! ranges into that text. The calendar arithmetic is proleptic Gregorian.
//!
//! Choices where the text is vague:
//! - a month without a day → its 1st, precision Month; its year is the one
//!   written, else the latest such month on or before publication
//!   ("الماضي": strictly before);
//! - a year → Jan 1, precision Month (events.md has nothing vaguer), and only
//!   after "عام/العام/سنة" or a period word ("مطلع 2017"): a bare 2016 may
//!   be a count; "منتصف"/"أواخر" a year point at July 1 / December 1;
//! - "منذ أيام", "قبل أيام", "الأيام الماضية" → publication − 3, Week;
//!   "قبل N أيام" → − N, Day; "قبل أسبوع" → − 7, Week; "قبل شهر" → the 1st
//!   of the month 30 days back, Month;
//! - a weekday → the latest such day on or before publication ("الماضي":
//!   strictly before, "المقبل": strictly after); "أمس الخميس" trusts أمس,
//!   and a calendar date after a weekday wins ("الخميس 3 آب");
//! - "ليل السبت الأحد" → Saturday.

use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use crate::numbers::{Hit, Lexicon};
use crate::tokens::{tokenize, Proclitics, Token, TokenKind};

// ---------------------------------------------------------------------------
// Calendar.

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// 0 = Monday … 6 = Sunday.
    pub fn days_from_monday(self) -> u8 {
        self as u8
    }

    /// 0 = Monday … 6 = Sunday; taken modulo 7.
    pub fn from_days_from_monday(n: u8) -> Weekday {
        Self::ALL[usize::from(n % 7)]
    }

    pub fn succ(self) -> Weekday {
        Self::from_days_from_monday(self as u8 + 1)
    }
}

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days from 1970-01-01 (H. Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

impl Date {
    pub const MIN: Date = Date {
        year: i32::MIN,
        month: 1,
        day: 1,
    };
    pub const MAX: Date = Date {
        year: i32::MAX,
        month: 12,
        day: 31,
    };

    /// `None` unless the day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(i64::from(year), month)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (month and day may have one digit).
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some()
            || y.len() != 4
            || !(1..=2).contains(&m.len())
            || !(1..=2).contains(&d.len())
            || ![y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, self.day)
    }

    /// The date `days` after 1970-01-01, saturating at [`Date::MIN`] and
    /// [`Date::MAX`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        let lo = Date::MIN.days_since_epoch();
        let hi = Date::MAX.days_since_epoch();
        let (y, month, day) = civil_from_days(days.clamp(lo, hi));
        Date {
            year: y as i32,
            month,
            day,
        }
    }

    /// `n` days later (earlier when negative); saturates like
    /// [`Date::from_days_since_epoch`].
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch().saturating_add(n))
    }

    /// The day of the week (1970-01-01 was a Thursday).
    pub fn weekday(self) -> Weekday {
        let n = (self.days_since_epoch() + 3).rem_euclid(7);
        Weekday::from_days_from_monday(n as u8)
    }

    /// The first day of the month `months` months from this one.
    fn month_start(self, months: i64) -> Date {
        let n = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let y = n.div_euclid(12).clamp(i64::from(i32::MIN), i64::from(i32::MAX));
        Date {
            year: y as i32,
            month: n.rem_euclid(12) as u8 + 1,
            day: 1,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

// ---------------------------------------------------------------------------
// Mentions.

/// events.md `time_precision`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Precision {
    /// The day is known.
    Day = 1,
    /// A week or a few days.
    Week = 2,
    /// A month, or vaguer (a year).
    Month = 3,
}

impl Precision {
    /// The events.md code: 1, 2 or 3.
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// Whether the text names the calendar (month, year, numeric date), or
/// only a position relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateKind {
    Absolute,
    Relative,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Normalised bytes, from the first word of the expression (without its
    /// proclitics) to its last ("مساء الجمعه", "5 نوفمبر/تشرين الثاني 2016").
    pub range: Range<usize>,
    /// The resolved date: the day itself at `Day`, the first day of the
    /// period otherwise (week: its first likely day; month: the 1st; year:
    /// Jan 1, or the 1st of the month "منتصف/أواخر" points at). `None` when it
    /// needs the publication date and there is none, or a year and there is
    /// none.
    pub date: Option<Date>,
    pub precision: Precision,
    pub kind: DateKind,
}

/// Every date expression of a normalised text, in order, non-overlapping.
/// Relative expressions resolve against `published`.
pub fn find_dates(text: &str, published: Option<Date>) -> Vec<DateMention> {
    DateWords::new(text).find(published)
}

/// A text's tokens and the date words among them, read once for a caller
/// that resolves the same text against several publication dates.
pub struct DateWords<'t> {
    text: &'t str,
    toks: Vec<Token>,
    words: Vec<Option<Hit<W>>>,
}

impl<'t> DateWords<'t> {
    pub fn new(text: &'t str) -> DateWords<'t> {
        let toks = tokenize(text);
        let words = date_words().lookup_tokens(text, &toks);
        DateWords { text, toks, words }
    }

    /// As [`find_dates`].
    pub fn find(&self, published: Option<Date>) -> Vec<DateMention> {
        let mut scan = Scan {
            text: self.text,
            toks: &self.toks,
            words: &self.words,
            published,
            anchor_year: None,
        };
        let mut out = scan.mentions();
        // An undated article still names its period: "الأربعاء 31 تشرين
        // الأول" after "في تشرين الأول/أكتوبر 2017" is the first such
        // Wednesday from the latest year it writes.
        if published.is_none() {
            scan.anchor_year = out.iter().filter_map(|m| m.date).map(|d| d.year).max();
            if scan.anchor_year.is_some() {
                out = scan.mentions();
            }
        }
        out
    }
}

impl Scan<'_> {
    fn mentions(&self) -> Vec<DateMention> {
        let scan = self;
        let mut out: Vec<DateMention> = Vec::new();
        let mut i = 0;
        while i < scan.toks.len() {
            match scan.at(i) {
                Some(m) => {
                    let next = m.next.max(i + 1);
                    let date = match m.after_previous {
                        Some(days) => out
                            .iter()
                            .rev()
                            .find(|d| d.precision == Precision::Day && d.date.is_some())
                            .and_then(|d| d.date)
                            .map(|d| d.add_days(days)),
                        None => m.date,
                    };
                    if m.after_previous.is_none() || date.is_some() {
                        out.push(DateMention {
                            range: m.start..scan.toks[next - 1].range.end,
                            date,
                            precision: m.precision,
                            kind: m.kind,
                        });
                    }
                    i = next;
                }
                None => i += 1,
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Word list.

/// Where in a period "مطلع/منتصف/أواخر" points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Start,
    Middle,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum W {
    /// With the article.
    Weekday(Weekday),
    /// `weak`: also an ordinary word (آب "father", مارس "practised"),
    /// accepted only next to a day, a year, "شهر" or the other month name.
    Month {
        month: u8,
        syriac: bool,
        weak: bool,
    },
    /// كانون / تشرين + الأول / الثاني.
    MonthHead {
        first: u8,
        second: u8,
    },
    /// يوم; with the article, today.
    Day,
    /// يومين, يومي.
    DayDual,
    /// أيام, يوماً.
    Days,
    Hours,
    /// صباح, مساء, ليل ...; `night` for ليل/ليلة.
    PartOfDay {
        night: bool,
    },
    /// أمس, البارحة.
    Yesterday,
    /// With the article: a day of the month ("الخامس من"); أول (أول أمس).
    /// `alone`: a day by itself (not الحادي).
    Ordinal {
        n: u8,
        alone: bool,
    },
    /// عشر, عشرة (ordinal teens).
    Ten,
    Week,
    WeekDual,
    Weeks,
    MonthWord,
    MonthDual,
    Months,
    YearWord,
    Past,
    Next,
    Current,
    /// الأخيرة (the last few days).
    Latest,
    /// هذا, هذه.
    This,
    Period(Part),
    /// قبل, منذ.
    Ago,
    /// بعد ("بعد منتصف ليل الأربعاء – الخميس": the second day).
    After,
    /// عدة, بضعة.
    Few,
    /// القليلة.
    Little,
    /// من.
    Of,
    /// في, حتى: "في اليوم" is "per day" or "on the day (that)".
    In,
    /// على ("ليلة السبت على الأحد").
    On,
    /// الموافق ("الخميس الموافق 3 آب").
    Corresponding,
    /// Words after اليوم that make it "the day" rather than today.
    NotToday,
    /// صلاة: "بعد صلاة الجمعة" is that Friday.
    Prayer,
    /// The same with the article only: "وهو اليوم الأكثر دموية" is the day,
    /// "صباح اليوم أكثر من 15 غارة" today.
    Superlative,
    /// التالي, الموالي, اللاحق: "اليوم التالي" is the day after the one told.
    Following,
    /// نفسه, ذاته: "اليوم نفسه" is the one told.
    Same,
    /// A cardinal for "قبل ثلاثة أيام".
    Count(u8),
}

fn date_words() -> &'static Lexicon<W> {
    static L: OnceLock<Lexicon<W>> = OnceLock::new();
    L.get_or_init(|| {
        let mut e: Vec<(&str, W)> = Vec::new();
        let mut add = |words: &'static str, w: W| {
            for word in words.split_whitespace() {
                e.push((word, w));
            }
        };
        use Weekday::*;
        for (words, d) in [
            ("سبت", Saturday),
            ("أحد", Sunday),
            ("اثنين إثنين", Monday),
            ("ثلاثاء", Tuesday),
            ("أربعاء", Wednesday),
            ("خميس", Thursday),
            ("جمعة", Friday),
        ] {
            add(words, W::Weekday(d));
        }
        let month = |month, syriac, weak| W::Month { month, syriac, weak };
        for (words, m) in [
            ("يناير", 1),
            ("فبراير", 2),
            ("أبريل إبريل", 4),
            ("مايو", 5),
            ("يونيو يونيه", 6),
            ("يوليو يوليه", 7),
            ("أغسطس", 8),
            ("سبتمبر", 9),
            ("أكتوبر", 10),
            ("نوفمبر", 11),
            ("ديسمبر", 12),
        ] {
            add(words, month(m, false, false));
        }
        add("مارس", month(3, false, true));
        for (words, m) in [
            ("شباط", 2),
            ("آذار", 3),
            ("نيسان", 4),
            ("أيار", 5),
            ("حزيران", 6),
            ("تموز", 7),
            ("أيلول", 9),
        ] {
            add(words, month(m, true, false));
        }
        add("آب", month(8, true, true));
        add("كانون", W::MonthHead { first: 12, second: 1 });
        add(
            "تشرين",
            W::MonthHead {
                first: 10,
                second: 11,
            },
        );
        add("يوم", W::Day);
        add("يومين يومي", W::DayDual);
        add("أيام يوماً", W::Days);
        add("ساعات", W::Hours);
        add(
            "صباح مساء فجر ظهر عصر ظهيرة ضحى نهار",
            W::PartOfDay { night: false },
        );
        add("ليل ليلة", W::PartOfDay { night: true });
        add("أمس بارحة", W::Yesterday);
        add("أول", W::Ordinal { n: 1, alone: true });
        add("حادي", W::Ordinal { n: 1, alone: false });
        for (words, n) in [
            ("ثاني", 2),
            ("ثالث", 3),
            ("رابع", 4),
            ("خامس", 5),
            ("سادس", 6),
            ("سابع", 7),
            ("ثامن", 8),
            ("تاسع", 9),
            ("عاشر", 10),
            ("عشرين", 20),
            ("ثلاثين", 30),
        ] {
            add(words, W::Ordinal { n, alone: true });
        }
        add("عشر عشرة", W::Ten);
        add("أسبوع", W::Week);
        add("أسبوعين", W::WeekDual);
        add("أسابيع", W::Weeks);
        add("شهر", W::MonthWord);
        add("شهرين", W::MonthDual);
        add("أشهر شهور", W::Months);
        add("عام سنة", W::YearWord);
        add("ماضي ماضية فائت فائتة منصرم منصرمة سابق سابقة", W::Past);
        add("مقبل مقبلة قادم قادمة", W::Next);
        add("جاري جارية حالي حالية", W::Current);
        add("أخير أخيرة", W::Latest);
        add("هذا هذه", W::This);
        add("مطلع بداية أوائل مستهل", W::Period(Part::Start));
        add("منتصف أواسط", W::Period(Part::Middle));
        add("أواخر نهاية ختام", W::Period(Part::End));
        add("قبل منذ", W::Ago);
        add("بعد", W::After);
        add("عدة بضعة بضع", W::Few);
        add("قليلة", W::Little);
        add("من", W::Of);
        add("في حتى", W::In);
        add("على", W::On);
        add("موافق", W::Corresponding);
        add("واحد الذي وطني عالمي", W::NotToday);
        add("صلاة", W::Prayer);
        add("أكثر أشد أعنف أكبر أدمى أخير دامي", W::Superlative);
        add("تالي موالي لاحق", W::Following);
        add("نفسه ذاته", W::Same);
        for (words, n) in [
            ("ثلاثة", 3),
            ("أربعة", 4),
            ("خمسة", 5),
            ("ستة", 6),
            ("سبعة", 7),
            ("ثمانية", 8),
            ("تسعة", 9),
        ] {
            add(words, W::Count(n));
        }
        Lexicon::new(e)
    })
}

// ---------------------------------------------------------------------------
// The scanner.

struct Scan<'t> {
    text: &'t str,
    toks: &'t [Token],
    words: &'t [Option<Hit<W>>],
    published: Option<Date>,
    /// Without a publication date: the latest year the text writes.
    anchor_year: Option<i32>,
}

/// A match: first byte, the token after it, and what it means.
struct M {
    start: usize,
    next: usize,
    date: Option<Date>,
    precision: Precision,
    kind: DateKind,
    /// "اليوم التالي" (1), "اليوم نفسه" (0): days after the day last named.
    after_previous: Option<i64>,
}

/// A month name, possibly doubled ("نوفمبر/تشرين الثاني").
struct MonthName {
    month: u8,
    weak: bool,
    next: usize,
}

/// Which way a modifier after a date points.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    /// On or before the publication date (no modifier).
    Latest,
    /// الماضي: strictly before.
    Past,
    /// المقبل: strictly after.
    Next,
    /// الجاري: the current one.
    Current,
}

impl Scan<'_> {
    fn hit(&self, i: usize) -> Option<Hit<W>> {
        self.words.get(i).copied().flatten()
    }

    /// The word at `i` whatever its clitics.
    fn any(&self, i: usize) -> Option<W> {
        self.hit(i).map(|h| *h.value)
    }

    /// The word at `i` without the article (a conjunction or particle is fine).
    fn no_art(&self, i: usize) -> Option<W> {
        self.hit(i).filter(|h| !h.clitics.article).map(|h| *h.value)
    }

    /// The word at `i` with the article (and maybe a conjunction or particle).
    fn art(&self, i: usize) -> Option<W> {
        self.hit(i).filter(|h| h.clitics.article).map(|h| *h.value)
    }

    /// The word at `i` with no clitics at all.
    fn plain(&self, i: usize) -> Option<W> {
        self.hit(i)
            .filter(|h| h.clitics == Proclitics::NONE)
            .map(|h| *h.value)
    }

    /// The word at `i` with exactly the article: an adjective ("الماضي").
    fn adjective(&self, i: usize) -> Option<W> {
        self.hit(i)
            .filter(|h| h.clitics.article && h.clitics.conjunction.is_none() && h.clitics.particle.is_none())
            .map(|h| *h.value)
    }

    /// First byte of token `i` after its conjunction and particle; the
    /// article stays, as it is part of "اليوم", "الأحد", "الخامس".
    fn start(&self, i: usize) -> usize {
        let t = &self.toks[i];
        let Some(h) = self.hit(i) else {
            return t.range.start;
        };
        let word = &self.text[t.range.clone()];
        let keep = if h.clitics.article && word[..h.stem_at].ends_with("ال") {
            "ال".len()
        } else {
            0
        };
        t.range.start + h.stem_at - keep
    }

    fn punct(&self, i: usize) -> Option<char> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Punct {
            return None;
        }
        self.text[t.range.clone()].chars().next()
    }

    /// A plain run of ASCII digits at `i`: (value, digit count).
    fn int(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        digits_value(&self.text[t.range.clone()])
    }

    /// Tokens `a` and `b` touch (no space between).
    fn glued(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.range.end == y.range.start,
            _ => false,
        }
    }

    fn m(&self, start: usize, next: usize, date: Option<Date>, p: Precision, k: DateKind) -> M {
        M {
            start,
            next,
            date,
            precision: p,
            kind: k,
            after_previous: None,
        }
    }

    fn at(&self, i: usize) -> Option<M> {
        self.numeric(i)
            .or_else(|| self.day_month(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.month_or_year(i))
    }

    /// "2016/11/05", "05/11/2016", "5-11-2016", "5.11.2016".
    fn numeric(&self, i: usize) -> Option<M> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let s = &self.text[t.range.clone()];
        let (parts, next) = if s.contains('.') {
            let mut it = s.split('.');
            let p = [it.next()?, it.next()?, it.next()?];
            if it.next().is_some() {
                return None;
            }
            (p.map(digits_value), i + 1)
        } else {
            let sep = self.punct(i + 1).filter(|c| matches!(c, '/' | '-'))?;
            if self.punct(i + 3) != Some(sep) || !(i..i + 4).all(|k| self.glued(k, k + 1)) {
                return None;
            }
            ([i, i + 2, i + 4].map(|k| self.int(k)), i + 5)
        };
        let [Some(a), Some(b), Some(c)] = parts else {
            return None;
        };
        let (y, m, d) = match (a.1, c.1) {
            (4, 1..=2) if b.1 <= 2 => (a.0, b.0, c.0),
            (1..=2, 4) if b.1 <= 2 => (c.0, b.0, a.0),
            _ => return None,
        };
        if !(1900..=2100).contains(&y) {
            return None;
        }
        let date = Date::new(y as i32, m as u8, d as u8)?;
        Some(self.m(
            t.range.start,
            next,
            Some(date),
            Precision::Day,
            DateKind::Absolute,
        ))
    }

    /// A day of the month: "5", "الخامس", "الحادي عشر", "الحادي والعشرين".
    /// Returns (day, next token, written as an ordinal).
    fn day_number(&self, i: usize) -> Option<(u8, usize, bool)> {
        // "الـ29 من", "الـ-29 من" normalise to "ال29", "ال-29".
        if self
            .toks
            .get(i)
            .is_some_and(|t| &self.text[t.range.clone()] == "ال")
            && self.toks[i].kind == TokenKind::Word
        {
            let k = i + 1 + usize::from(self.punct(i + 1) == Some('-'));
            let (d, len) = self.int(k)?;
            return (len <= 2 && (1..=31).contains(&d)).then_some((d as u8, k + 1, false));
        }
        if let Some((d, len)) = self.int(i) {
            return (len <= 2 && (1..=31).contains(&d)).then_some((d as u8, i + 1, false));
        }
        let Some(W::Ordinal { n, alone }) = self.art(i) else {
            return None;
        };
        if n <= 9 {
            if self.plain(i + 1) == Some(W::Ten) {
                return Some((n + 10, i + 2, true));
            }
            if let Some(h) = self.hit(i + 1) {
                let c = h.clitics;
                if let W::Ordinal { n: t @ (20 | 30), .. } = *h.value {
                    if c.conjunction == Some('و') && c.article && c.particle.is_none() {
                        return (n + t <= 31).then_some((n + t, i + 2, true));
                    }
                }
            }
        }
        alone.then_some((n, i + 1, true))
    }

    /// "5 نوفمبر 2016", "12 آذار الماضي", "الخامس من حزيران", "5 الجاري",
    /// "الخامس من الشهر الماضي".
    fn day_month(&self, i: usize) -> Option<M> {
        self.day_month_named(i, None)
    }

    /// A day of a month, with the weekday the text names before it.
    fn day_month_named(&self, i: usize, named: Option<Weekday>) -> Option<M> {
        let (day, mut p, ordinal) = self.day_number(i)?;
        let start = self.start(i);
        let of = self.plain(p) == Some(W::Of);
        if of {
            p += 1;
        }
        // "29 من شهر آب".
        if self.plain(p) == Some(W::MonthWord) && self.month_name(p + 1).is_some() {
            p += 1;
        }
        // "5 الجاري", "الخامس من الشهر الجاري/الماضي": this or last month.
        let this_month = match (self.adjective(p), self.adjective(p + 1)) {
            (Some(W::Current), _) if !ordinal || of => Some((0, p + 1)),
            (Some(W::MonthWord), Some(W::Current)) if of => Some((0, p + 2)),
            (Some(W::MonthWord), Some(W::Past)) if of => Some((-1, p + 2)),
            _ => None,
        };
        if let Some((shift, next)) = this_month {
            let date = self.published.and_then(|d| {
                let m = d.month_start(shift);
                Date::new(m.year, m.month, day)
            });
            return Some(self.m(start, next, date, Precision::Day, DateKind::Relative));
        }
        if ordinal && !of {
            return None;
        }
        let mn = self.month_name(p)?;
        let (year, dir, next) = self.year_or_dir(mn.next);
        let date = match year {
            Some(y) => Some(Date::new(y, mn.month, day)?),
            None => self
                .published
                .and_then(|pb| {
                    let y = infer_year(pb, mn.month, Some(day), dir);
                    Date::new(y, mn.month, day)
                })
                .or_else(|| {
                    // (The same weekday and day come back within six years.)
                    let (from, w) = self.anchor_year.zip(named)?;
                    (from..=from + 6)
                        .filter_map(|y| Date::new(y, mn.month, day))
                        .find(|d| d.weekday() == w)
                }),
        };
        Some(self.m(start, next, date, Precision::Day, DateKind::Absolute))
    }

    /// A month name at `p` (no article; a conjunction or particle is fine),
    /// with the same month in the other calendar after it if written:
    /// "نوفمبر/تشرين الثاني", "تشرين الثاني (نوفمبر)", "يونيو حزيران".
    fn month_name(&self, p: usize) -> Option<MonthName> {
        let (month, syriac, weak, next) = self.single_month(p, true)?;
        let mut q = next;
        let paren = self.punct(q) == Some('(');
        if self
            .punct(q)
            .is_some_and(|c| matches!(c, '/' | '-' | '(' | '–' | '—'))
        {
            q += 1;
        }
        if let Some((m2, s2, _, n2)) = self.single_month(q, false) {
            if m2 == month && s2 != syriac {
                let close = paren && self.punct(n2) == Some(')');
                return Some(MonthName {
                    month,
                    weak: false,
                    next: n2 + usize::from(close),
                });
            }
        }
        Some(MonthName { month, weak, next })
    }

    /// (month, Syriac name, weak, next token).
    fn single_month(&self, p: usize, clitics_ok: bool) -> Option<(u8, bool, bool, usize)> {
        let w = if clitics_ok {
            self.no_art(p)?
        } else {
            self.plain(p)?
        };
        match w {
            W::Month { month, syriac, weak } => Some((month, syriac, weak, p + 1)),
            // "كانون الثاني", and "كانون ثاني" as some outlets write it.
            W::MonthHead { first, second } => match self.adjective(p + 1).or(self.plain(p + 1)) {
                Some(W::Ordinal { n: 1, .. }) => Some((first, true, false, p + 2)),
                Some(W::Ordinal { n: 2, .. }) => Some((second, true, false, p + 2)),
                _ => None,
            },
            _ => None,
        }
    }

    /// After a month: a year ("2016", "عام 2016", "من العام 2016") or a
    /// direction ("الماضي", "المقبل", "الجاري").
    fn year_or_dir(&self, p: usize) -> (Option<i32>, Dir, usize) {
        let mut q = p;
        if self.plain(q) == Some(W::Of) {
            q += 1;
        }
        if self.no_art(q) == Some(W::YearWord) || self.adjective(q) == Some(W::YearWord) {
            q += 1;
        }
        if let Some(y) = self.year(q) {
            return (Some(y), Dir::Latest, q + 1);
        }
        let dir = match self.adjective(p) {
            Some(W::Past) => Dir::Past,
            Some(W::Next) => Dir::Next,
            Some(W::Current) => Dir::Current,
            _ => return (None, Dir::Latest, p),
        };
        (None, dir, p + 1)
    }

    /// A four-digit year between 1900 and 2100.
    fn year(&self, i: usize) -> Option<i32> {
        let (y, len) = self.int(i)?;
        (len == 4 && (1900..=2100).contains(&y)).then_some(y as i32)
    }

    /// "في يونيو حزيران", "حزيران 2016", "شهر آب الماضي", "مطلع 2017",
    /// "عام 2015", "مطلع العام الحالي", "الشهر الماضي", "الأسبوع الماضي".
    fn month_or_year(&self, i: usize) -> Option<M> {
        let start = self.start(i);
        let mut p = i;
        let part = match self.no_art(i) {
            Some(W::Period(part)) => {
                p += 1;
                Some(part)
            }
            _ => None,
        };
        if let Some(m) = self.unit_relative(start, p, part) {
            return Some(m);
        }
        let shahr = self.no_art(p) == Some(W::MonthWord);
        if let Some(mn) = self.month_name(p + usize::from(shahr)) {
            // "يناير 20، 2018", the English order of some sites.
            if let Some((d, 1..=2)) = self.int(mn.next) {
                let y = mn.next + 1 + usize::from(matches!(self.punct(mn.next + 1), Some(',' | '،')));
                if let Some(year) = self.year(y) {
                    let date = Date::new(year, mn.month, u8::try_from(d).ok()?);
                    return date.map(|_| self.m(start, y + 1, date, Precision::Day, DateKind::Absolute));
                }
            }
            let (year, dir, next) = self.year_or_dir(mn.next);
            if mn.weak && !shahr && year.is_none() && dir == Dir::Latest {
                return None;
            }
            let date = match year {
                Some(y) => Date::new(y, mn.month, 1),
                None => self
                    .published
                    .and_then(|pb| Date::new(infer_year(pb, mn.month, None, dir), mn.month, 1)),
            };
            return Some(self.m(start, next, date, Precision::Month, DateKind::Absolute));
        }
        // A year needs a word before it: "عام 2015", "العام 2015", "مطلع 2017",
        // "مطلع عام 2017". A bare 2016 may be anything.
        let year_word = self.any(p) == Some(W::YearWord);
        let q = p + usize::from(year_word);
        if part.is_some() || year_word {
            if let Some(y) = self.year(q) {
                let date = Date::new(y, part_month(part), 1);
                return Some(self.m(start, q + 1, date, Precision::Month, DateKind::Absolute));
            }
        }
        None
    }

    /// "الأسبوع/الشهر/العام الماضي/الجاري/المقبل", "هذا العام", and after a
    /// period word the unit alone ("بداية العام").
    fn unit_relative(&self, start: usize, p: usize, part: Option<Part>) -> Option<M> {
        let this = self.no_art(p) == Some(W::This);
        let u = p + usize::from(this);
        let unit = match self.art(u)? {
            w @ (W::Week | W::MonthWord | W::YearWord) => w,
            _ => return None,
        };
        // "العام 2014" names the year.
        if self.year(u + 1).is_some() {
            return None;
        }
        let (shift, next) = match self.adjective(u + 1) {
            _ if this => (0, u + 1),
            Some(W::Past) => (-1, u + 2),
            Some(W::Current) => (0, u + 2),
            Some(W::Next) => (1, u + 2),
            _ if part.is_some() => (0, u + 1),
            _ => return None,
        };
        let (date, precision) = match unit {
            W::Week => (self.published.map(|d| d.add_days(7 * shift)), Precision::Week),
            W::MonthWord => (self.published.map(|d| d.month_start(shift)), Precision::Month),
            _ => (
                self.published.and_then(|d| {
                    let y = i64::from(d.year) + shift;
                    Date::new(i32::try_from(y).ok()?, part_month(part), 1)
                }),
                Precision::Month,
            ),
        };
        Some(self.m(start, next, date, precision, DateKind::Relative))
    }

    fn relative(&self, i: usize) -> Option<M> {
        let start = self.start(i);
        let pb = self.published;
        let rel = |next, date: Option<Date>, p| self.m(start, next, date, p, DateKind::Relative);
        match self.no_art(i) {
            Some(W::Ago) => return self.ago(i),
            // "أول أمس", "أول من أمس".
            Some(W::Ordinal { n: 1, .. }) => {
                let q = i + 1 + usize::from(self.plain(i + 1) == Some(W::Of));
                return (self.no_art(q) == Some(W::Yesterday))
                    .then(|| rel(q + 1, pb.map(|d| d.add_days(-2)), Precision::Day));
            }
            _ => {}
        }
        match self.art(i) {
            // "الأيام الماضية", "الأيام القليلة الماضية", "الأيام الأخيرة".
            Some(W::Days) => {
                let q = i + 1 + usize::from(self.adjective(i + 1) == Some(W::Little));
                return matches!(self.adjective(q), Some(W::Past | W::Latest))
                    .then(|| rel(q + 1, pb.map(|d| d.add_days(-3)), Precision::Week));
            }
            // "الساعات الماضية/الأخيرة": today.
            Some(W::Hours) => {
                return matches!(self.adjective(i + 1), Some(W::Past | W::Latest))
                    .then(|| rel(i + 2, pb, Precision::Day));
            }
            // "الليلة الماضية", "الليلة البارحة".
            Some(W::PartOfDay { night: true }) => {
                return matches!(self.any(i + 1), Some(W::Past | W::Yesterday))
                    .then(|| rel(i + 2, pb.map(|d| d.add_days(-1)), Precision::Day));
            }
            _ => {}
        }
        // Context words: "صباح", "مساء", "ليل", "منتصف ليل", "يوم", "صباح يوم".
        let mut p = i;
        let mut ctx = false;
        let mut night = false;
        let after_midnight = self.plain(p) == Some(W::After)
            && self.no_art(p + 1) == Some(W::Period(Part::Middle))
            && self.plain(p + 2) == Some(W::PartOfDay { night: true });
        if after_midnight {
            p += 1;
        }
        if self.no_art(p) == Some(W::Period(Part::Middle))
            && self.plain(p + 1) == Some(W::PartOfDay { night: true })
        {
            p += 1;
        }
        // (The Friday of its prayers: "خرجت مظاهرة عقب صلاة الجمعة".)
        if self.no_art(p) == Some(W::Prayer) && self.art(p + 1) == Some(W::Weekday(Weekday::Friday)) {
            ctx = true;
            p += 1;
        }
        if let Some(W::PartOfDay { night: n }) = self.no_art(p) {
            if self.hit(p).is_some_and(|h| h.clitics.particle.is_none()) {
                ctx = true;
                night = n;
                p += 1;
            }
        }
        if matches!(self.no_art(p), Some(W::Day | W::DayDual))
            && self.hit(p).is_some_and(|h| h.clitics.particle.is_none())
        {
            ctx = true;
            p += 1;
        }
        // "فجر هذا اليوم".
        if ctx && self.plain(p) == Some(W::This) && self.adjective(p + 1) == Some(W::Day) {
            p += 1;
        }
        if let Some(h) = self.hit(p) {
            let article = h.clitics.article;
            match *h.value {
                // اليوم: today, unless "في اليوم", "اليوم التالي", "اليوم الأول".
                W::Day if article && h.clitics.particle.is_none() => {
                    let after_previous = match self.adjective(p + 1).or_else(|| self.plain(p + 1)) {
                        Some(W::Following) => Some(1),
                        Some(W::Same) => Some(0),
                        _ => None,
                    };
                    if after_previous.is_some() {
                        let m = rel(p + 2, None, Precision::Day);
                        return Some(M { after_previous, ..m });
                    }
                    let prev_in = i > 0 && self.plain(i - 1) == Some(W::In);
                    let follower = matches!(
                        self.adjective(p + 1),
                        Some(W::Ordinal { .. } | W::NotToday | W::Superlative | W::Past | W::Next)
                    ) || self.plain(p + 1) == Some(W::NotToday);
                    if (prev_in && !ctx) || follower {
                        return None;
                    }
                    let (next, named) = self.weekday_after(p + 1);
                    return Some(rel(next, pb.map(|d| named_day(d, named)), Precision::Day));
                }
                // أمس, الأمس, البارحة; "أمس الأول" is the day before.
                W::Yesterday => {
                    let mut q = p + 1;
                    let mut back = 1;
                    if self.adjective(q) == Some(W::Ordinal { n: 1, alone: true }) {
                        back = 2;
                        q += 1;
                    }
                    let (next, named) = self.weekday_after(q);
                    return Some(rel(
                        next,
                        pb.map(|d| named_day(d.add_days(-back), named)),
                        Precision::Day,
                    ));
                }
                W::Weekday(w) if article => return self.weekday(start, p, w, ctx, night, after_midnight),
                // A Friday of protest named in quotes ("في جمعة «سننتصر
                // ويُهزم الأسد»") is the last Friday.
                W::Weekday(Weekday::Friday)
                    if h.clitics.particle.is_none() && matches!(self.punct(p + 1), Some('"' | '«')) =>
                {
                    return self.weekday(start, p, Weekday::Friday, true, false, false);
                }
                _ => {}
            }
        }
        // "يوم 5 آب".
        if ctx {
            if let Some(mut m) = self.day_month(p) {
                m.start = start;
                return Some(m);
            }
        }
        None
    }

    /// An optional weekday after اليوم / أمس ("اليوم الأحد", "اليوم
    /// (الأحد)"): where it ends, and the weekday.
    fn weekday_after(&self, q: usize) -> (usize, Option<Weekday>) {
        if let Some(W::Weekday(w)) = self.adjective(q) {
            return (q + 1, Some(w));
        }
        match (self.punct(q), self.adjective(q + 1), self.punct(q + 2)) {
            (Some('('), Some(W::Weekday(w)), Some(')')) => (q + 3, Some(w)),
            _ => (q, None),
        }
    }

    /// A weekday at `p` ("السبت", "مساء الجمعة", "ليل السبت الأحد", "السبت
    /// الماضي", "الأحد 5 نوفمبر").
    fn weekday(
        &self,
        start: usize,
        p: usize,
        mut w: Weekday,
        ctx: bool,
        night: bool,
        after_midnight: bool,
    ) -> Option<M> {
        // "الأحد عشر" is eleven; "أحد" without the article never reaches here.
        if w == Weekday::Sunday && self.plain(p + 1) == Some(W::Ten) {
            return None;
        }
        let mut q = p + 1;
        // "ليل السبت الأحد", "ليلة السبت - الأحد", "ليلة السبت على الأحد".
        if night {
            let mut r = q;
            if self.punct(r).is_some_and(|c| matches!(c, '-' | '/' | '–' | '—'))
                || self.plain(r) == Some(W::On)
            {
                r += 1;
            }
            if self.art(r) == Some(W::Weekday(w.succ())) {
                q = r + 1;
                // "بعد منتصف ليل الأربعاء – الخميس" is the Thursday.
                if after_midnight {
                    w = w.succ();
                }
            }
        }
        let dir = match self.adjective(q) {
            Some(W::Past) => Dir::Past,
            Some(W::Next) => Dir::Next,
            _ => Dir::Latest,
        };
        if dir != Dir::Latest {
            q += 1;
        }
        // "الخميس 3 آب", "الخميس الموافق 3 آب", "الأحد، 8 أكتوبر": the
        // calendar date wins.
        let c = q + usize::from(
            self.adjective(q) == Some(W::Corresponding) || matches!(self.punct(q), Some(',' | '،')),
        );
        if let Some(mut m) = self.day_month_named(c, Some(w)) {
            m.start = start;
            return Some(m);
        }
        // "الجمعة" is also Friday prayers and "the group"; "الأحد" may be "the
        // One": take them only in a time context, with الماضي/المقبل or
        // before a calendar date.
        if matches!(w, Weekday::Friday) && !ctx && dir == Dir::Latest {
            return None;
        }
        let date = self.published.map(|d| weekday_date(d, w, dir));
        Some(self.m(start, q, date, Precision::Day, DateKind::Relative))
    }

    /// "قبل يومين", "منذ أيام", "قبل عدة أيام", "قبل 3 أيام", "قبل ثلاثة
    /// أيام", "قبل أسبوع", "منذ أسبوعين", "قبل شهر".
    fn ago(&self, i: usize) -> Option<M> {
        let start = self.start(i);
        let pb = self.published;
        let p = i + 1;
        let (days, precision, next) = match self.plain(p) {
            Some(W::Days) => (3, Precision::Week, p + 1),
            Some(W::Few) if self.plain(p + 1) == Some(W::Days) => (3, Precision::Week, p + 2),
            Some(W::DayDual) => (2, Precision::Day, p + 1),
            Some(W::Week) => (7, Precision::Week, p + 1),
            Some(W::WeekDual) => (14, Precision::Week, p + 1),
            Some(W::MonthWord) => (30, Precision::Month, p + 1),
            Some(W::MonthDual) => (60, Precision::Month, p + 1),
            _ => {
                let n = match (self.int(p), self.plain(p)) {
                    (Some((n, _)), _) => i64::from(n),
                    (_, Some(W::Count(n))) => i64::from(n),
                    (_, Some(W::Ten)) => 10,
                    _ => return None,
                };
                if !(1..=60).contains(&n) {
                    return None;
                }
                match self.plain(p + 1) {
                    Some(W::Days) => (n, Precision::Day, p + 2),
                    Some(W::Weeks) => (7 * n, Precision::Week, p + 2),
                    Some(W::Months) => (30 * n, Precision::Month, p + 2),
                    _ => return None,
                }
            }
        };
        let date = pb.map(|d| {
            let d = d.add_days(-days);
            if precision == Precision::Month {
                d.month_start(0)
            } else {
                d
            }
        });
        Some(self.m(start, next, date, precision, DateKind::Relative))
    }
}

/// The month a year-level period word points at: مطلع → January, منتصف →
/// July, أواخر → December.
fn part_month(part: Option<Part>) -> u8 {
    match part {
        None | Some(Part::Start) => 1,
        Some(Part::Middle) => 7,
        Some(Part::End) => 12,
    }
}

/// The year of a month (and day) written without one: the latest such day,
/// or month when `day` is `None`, on or before publication; strictly before
/// for الماضي, after for المقبل, this year for الجاري.
fn infer_year(published: Date, month: u8, day: Option<u8>, dir: Dir) -> i32 {
    let y = published.year;
    // Comparing (month, 0) with (month, 0) makes a month-only mention equal
    // to the publication month.
    let here = (month, day.unwrap_or(0));
    let now = (published.month, day.map_or(0, |_| published.day));
    match dir {
        Dir::Latest if here <= now => y,
        Dir::Past if here < now => y,
        Dir::Next if here <= now => y.saturating_add(1),
        Dir::Next | Dir::Current => y,
        Dir::Latest | Dir::Past => y.saturating_sub(1),
    }
}

/// The date of weekday `w` relative to publication.
/// The day "اليوم" / "أمس" stands for, checked against the weekday the text
/// names with it: a page dated a day or two after it was written ("اليوم
/// الثلاثاء" on a Wednesday's page) is believed by its weekday.
fn named_day(day: Date, named: Option<Weekday>) -> Date {
    match named {
        Some(w) => {
            let by_name = weekday_date(day, w, Dir::Latest);
            if day.days_since_epoch() - by_name.days_since_epoch() <= 2 {
                by_name
            } else {
                day
            }
        }
        None => day,
    }
}

fn weekday_date(published: Date, w: Weekday, dir: Dir) -> Date {
    let pw = i64::from(published.weekday().days_from_monday());
    let wd = i64::from(w.days_from_monday());
    match dir {
        Dir::Next => {
            let ahead = (wd - pw).rem_euclid(7);
            published.add_days(if ahead == 0 { 7 } else { ahead })
        }
        Dir::Past => {
            let back = (pw - wd).rem_euclid(7);
            published.add_days(-(if back == 0 { 7 } else { back }))
        }
        Dir::Latest | Dir::Current => published.add_days(-(pw - wd).rem_euclid(7)),
    }
}

/// A run of at most four ASCII digits: (value, length).
fn digits_value(s: &str) -> Option<(u32, usize)> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((s.parse().ok()?, s.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    /// Publication date of most examples: a Saturday.
    fn sat() -> Option<Date> {
        Date::parse("2017-08-05")
    }

    /// (normalised slice, date, precision, kind) of every mention.
    fn ds(s: &str, published: Option<Date>) -> Vec<(String, Option<String>, Precision, DateKind)> {
        let n = normalize(s);
        let t = n.as_str();
        find_dates(t, published)
            .into_iter()
            .map(|m| {
                (
                    t[m.range.clone()].to_string(),
                    m.date.map(|d| d.to_string()),
                    m.precision,
                    m.kind,
                )
            })
            .collect()
    }

    fn one(s: &str, published: Option<Date>) -> (String, Option<String>, Precision, DateKind) {
        let v = ds(s, published);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap()
    }

    use DateKind::*;
    use Precision::*;

    fn rel(slice: &str, date: &str, p: Precision) -> (String, Option<String>, Precision, DateKind) {
        (slice.into(), Some(date.into()), p, Relative)
    }

    fn abs(slice: &str, date: &str, p: Precision) -> (String, Option<String>, Precision, DateKind) {
        (slice.into(), Some(date.into()), p, Absolute)
    }

    #[test]
    fn civil_arithmetic() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        assert_eq!(d("2016-02-28").add_days(1), d("2016-02-29"));
        assert_eq!(d("2017-02-28").add_days(1), d("2017-03-01"));
        assert_eq!(d("2017-01-01").add_days(-1), d("2016-12-31"));
        assert_eq!(d("2017-08-05").weekday(), Weekday::Saturday);
        assert_eq!(d("2017-08-07").weekday(), Weekday::Monday);
        assert_eq!(d("1970-01-01").weekday(), Weekday::Thursday);
        assert_eq!(d("2017-08-05").to_string(), "2017-08-05");
        assert_eq!(Date::new(2017, 2, 29), None);
        assert_eq!(Date::new(2016, 13, 1), None);
        assert!(Date::new(2000, 2, 29).is_some());
        assert_eq!(Date::new(1900, 2, 29), None);
        assert_eq!(Date::parse("2017-8-5"), Date::new(2017, 8, 5));
        assert_eq!(Date::parse("17-08-05"), None);
        assert_eq!(Date::parse("2017-08-05-1"), None);
        assert_eq!(Date::parse("2017-+8-05"), None);
        assert_eq!(Date::MAX.add_days(i64::MAX), Date::MAX);
        assert_eq!(Date::MIN.add_days(i64::MIN), Date::MIN);
        assert_eq!(Date::MAX.add_days(-1), Date::new(i32::MAX, 12, 30).unwrap());
    }

    #[test]
    fn the_weekday_named_with_today_or_yesterday_wins_over_a_late_page_date() {
        // Published on Sunday, written on Saturday.
        let sun = Date::parse("2017-08-06");
        assert_eq!(
            one("قصفت قوات النظام صباح اليوم السبت بلدة كفرزيتا", sun),
            rel("صباح اليوم السبت", "2017-08-05", Day)
        );
        assert_eq!(
            one(
                "شنّ الطيران الحربي أمس الخميس غارات على ريف إدلب",
                Date::parse("2017-08-05")
            ),
            rel("امس الخميس", "2017-08-03", Day)
        );
        // A weekday days ahead of the page is a slip: the page's day stands.
        assert_eq!(
            one("قصفت قوات النظام اليوم الاثنين بلدة كفرزيتا", sun),
            rel("اليوم الاثنين", "2017-08-06", Day)
        );
    }

    #[test]
    fn yesterday_and_today() {
        assert_eq!(
            one("شنّ الطيران الحربي أمس الجمعة غارات على ريف إدلب", sat()),
            rel("امس الجمعه", "2017-08-04", Day)
        );
        assert_eq!(
            one("وقُتل ثلاثة مدنيين مساء أمس في حي الوعر", sat()),
            rel("مساء امس", "2017-08-04", Day)
        );
        assert_eq!(
            one("قصفت قوات النظام صباح اليوم السبت بلدة كفرزيتا", sat()),
            rel("صباح اليوم السبت", "2017-08-05", Day)
        );
        assert_eq!(
            one("وقال المرصد اليوم إن", sat()),
            rel("اليوم", "2017-08-05", Day)
        );
        assert_eq!(
            one("في جنيف اليوم (السبت)، وقال", sat()),
            rel("اليوم (السبت)", "2017-08-05", Day)
        );
        assert_eq!(
            one("عند الساعة الثالثة من فجر هذا اليوم", sat()),
            rel("فجر هذا اليوم", "2017-08-05", Day)
        );
        assert_eq!(
            one("وفي الليلة الماضية سقطت قذائف", sat()),
            rel("الليله الماضيه", "2017-08-04", Day)
        );
        assert_eq!(one("منذ البارحة", sat()), rel("البارحه", "2017-08-04", Day));
        assert_eq!(one("قُصفت أول أمس", sat()), rel("اول امس", "2017-08-03", Day));
        assert_eq!(
            one("قُصفت أول من أمس", sat()),
            rel("اول من امس", "2017-08-03", Day)
        );
        assert_eq!(one("قُصفت أمس الأول", sat()), rel("امس الاول", "2017-08-03", Day));
        // "the day" rather than today.
        assert!(ds("وفي اليوم التالي انسحبت القوات", sat()).is_empty());
        assert!(ds("خمسة قتلى في اليوم", sat()).is_empty());
        assert!(ds("لليوم الثالث على التوالي", sat()).is_empty());
        assert!(ds("وهو اليوم الأكثر دموية منذ اندلاع الاحتجاجات", sat()).is_empty());
        assert_eq!(
            one("وشن الطيران منذ صباح اليوم أكثر من 15 غارة", sat()),
            rel("صباح اليوم", "2017-08-05", Day)
        );
        assert!(ds("بمناسبة اليوم العالمي للطفل", sat()).is_empty());
    }

    #[test]
    fn weekdays() {
        assert_eq!(
            one("قُتل ثلاثة مدنيين مساء الجمعة بقصف مدفعي", sat()),
            rel("مساء الجمعه", "2017-08-04", Day)
        );
        assert_eq!(
            one("سيطر التنظيم يوم الأحد على", sat()),
            rel("يوم الاحد", "2017-07-30", Day)
        );
        assert_eq!(
            one("شنّت الطائرات غارات الخميس", sat()),
            rel("الخميس", "2017-08-03", Day)
        );
        // On or before the publication date; الماضي strictly before.
        assert_eq!(one("وصل السبت", sat()), rel("السبت", "2017-08-05", Day));
        assert_eq!(
            one("وصل السبت الماضي", sat()),
            rel("السبت الماضي", "2017-07-29", Day)
        );
        assert_eq!(
            one("الاجتماع الأحد المقبل", sat()),
            rel("الاحد المقبل", "2017-08-06", Day)
        );
        assert_eq!(one("فجر الثلاثاء", sat()), rel("فجر الثلاثاء", "2017-08-01", Day));
        assert_eq!(one("والأربعاء", sat()), rel("الاربعاء", "2017-08-02", Day));
    }

    #[test]
    fn nights_spanning_two_days() {
        let mon = Date::parse("2017-08-07");
        assert_eq!(
            one("اندلعت اشتباكات ليل السبت الأحد في جوبر", mon),
            rel("ليل السبت الاحد", "2017-08-05", Day)
        );
        assert_eq!(
            one("ليلة السبت - الأحد", mon),
            rel("ليله السبت - الاحد", "2017-08-05", Day)
        );
        assert_eq!(
            one("منتصف ليل السبت على الأحد", mon),
            rel("منتصف ليل السبت علي الاحد", "2017-08-05", Day)
        );
        // After midnight it is the second day.
        assert_eq!(
            one("منذ ما بعد منتصف ليل السبت – الأحد", mon),
            rel("بعد منتصف ليل السبت – الاحد", "2017-08-06", Day)
        );
        // Two days, not a night: two mentions.
        assert_eq!(
            ds("يومي السبت والأحد", mon),
            [
                rel("يومي السبت", "2017-08-05", Day),
                rel("الاحد", "2017-08-06", Day)
            ]
        );
    }

    #[test]
    fn ambiguous_weekday_words() {
        assert_eq!(
            one("بعد صلاة الجمعة خرج المتظاهرون", sat()),
            rel("صلاه الجمعه", "2017-08-04", Day)
        );
        assert!(ds("أعلنت الجمعة أنها", sat()).is_empty());
        assert!(ds("لم يصب أحد بأذى", sat()).is_empty());
        assert!(ds("الأحد عشر كوكباً", sat()).is_empty());
        assert_eq!(
            one("تظاهرات الجمعة الماضية", sat()),
            rel("الجمعه الماضيه", "2017-08-04", Day)
        );
        // A Friday of protest is named in quotes; "جمعة" alone is no day.
        assert_eq!(
            one("خرجت مظاهرات في جمعة «سننتصر ويهزم الأسد»", sat()),
            rel("جمعه", "2017-08-04", Day)
        );
        assert!(ds("صلاة جمعة واحدة", sat()).is_empty());
    }

    #[test]
    fn absolute_days() {
        for s in [
            "في 5 نوفمبر/تشرين الثاني 2016",
            "في 5 تشرين الثاني/نوفمبر 2016",
            "في 5 تشرين الثاني (نوفمبر) 2016",
            "في 5 نوفمبر 2016",
        ] {
            let n = normalize(s);
            let want = &n.as_str()["في ".len()..];
            assert_eq!(one(s, sat()), abs(want, "2016-11-05", Day), "{s}");
            assert_eq!(one(s, None), abs(want, "2016-11-05", Day), "{s}");
        }
        assert_eq!(
            one("في 5 تشرين الثاني", sat()),
            abs("5 تشرين الثاني", "2016-11-05", Day)
        );
        assert_eq!(
            one("في 12 آذار الماضي", sat()),
            abs("12 اذار الماضي", "2017-03-12", Day)
        );
        assert_eq!(one("في 5 آب", sat()), abs("5 اب", "2017-08-05", Day));
        assert_eq!(one("في 20 آب", sat()), abs("20 اب", "2016-08-20", Day));
        assert_eq!(
            one("في 15 آب من عام 2014", sat()),
            abs("15 اب من عام 2014", "2014-08-15", Day)
        );
        assert_eq!(
            one("في الخامس من حزيران", sat()),
            abs("الخامس من حزيران", "2017-06-05", Day)
        );
        assert_eq!(
            one("في الحادي والعشرين من آذار 2016", sat()),
            abs("الحادي والعشرين من اذار 2016", "2016-03-21", Day)
        );
        assert_eq!(
            one("منذ الخامس عشر من آذار 2011", sat()),
            abs("الخامس عشر من اذار 2011", "2011-03-15", Day)
        );
        assert_eq!(
            one("يوم الخميس الموافق 3 آب", sat()),
            abs("يوم الخميس الموافق 3 اب", "2017-08-03", Day)
        );
        assert_eq!(
            one("نُشر الأحد، 8 أكتوبر 2017", sat()),
            abs("الاحد، 8 اكتوبر 2017", "2017-10-08", Day)
        );
        assert_eq!(
            one("في السابع من كانون أول/ديسمبر 2016", sat()),
            abs("السابع من كانون اول/ديسمبر 2016", "2016-12-07", Day)
        );
        assert_eq!(
            one("في الـ29 من شهر آب/أغسطس المنصرم", sat()),
            abs("ال29 من شهر اب/اغسطس المنصرم", "2016-08-29", Day)
        );
        assert_eq!(
            one("نُشر في يناير 20، 2017", sat()),
            abs("يناير 20، 2017", "2017-01-20", Day)
        );
        // No year and no publication date.
        assert_eq!(
            one("في 5 تشرين الثاني", None),
            ("5 تشرين الثاني".into(), None, Day, Absolute)
        );
        // 31 November does not exist: only the month is left.
        assert_eq!(
            one("في 31 نوفمبر 2016", sat()),
            abs("نوفمبر 2016", "2016-11-01", Month)
        );
    }

    #[test]
    fn days_of_this_or_last_month() {
        assert_eq!(one("في 3 الجاري", sat()), rel("3 الجاري", "2017-08-03", Day));
        assert_eq!(
            one("في الثالث من الشهر الماضي", sat()),
            rel("الثالث من الشهر الماضي", "2017-07-03", Day)
        );
    }

    #[test]
    fn numeric_dates() {
        for s in ["2016/11/05", "05/11/2016", "5-11-2016", "5.11.2016", "2016-11-05"] {
            assert_eq!(
                one(&format!("بتاريخ {s} قصفت"), sat()),
                abs(s, "2016-11-05", Day),
                "{s}"
            );
        }
        assert!(ds("31/02/2016", sat()).is_empty());
        assert!(ds("بين 10 - 15 - 2016", sat()).is_empty());
        assert!(ds("النسبة 3.5", sat()).is_empty());
    }

    #[test]
    fn months() {
        assert_eq!(
            one("في يونيو حزيران", sat()),
            abs("يونيو حزيران", "2017-06-01", Month)
        );
        assert_eq!(
            one("في يونيو/حزيران", sat()),
            abs("يونيو/حزيران", "2017-06-01", Month)
        );
        // After the publication month: last year.
        assert_eq!(one("في أيلول", sat()), abs("ايلول", "2016-09-01", Month));
        assert_eq!(
            one("في حزيران 2016", sat()),
            abs("حزيران 2016", "2016-06-01", Month)
        );
        assert_eq!(one("في آب الماضي", sat()), abs("اب الماضي", "2016-08-01", Month));
        assert_eq!(one("خلال شهر آب", sat()), abs("شهر اب", "2017-08-01", Month));
        assert_eq!(
            one("منذ مطلع تموز الماضي", sat()),
            abs("مطلع تموز الماضي", "2017-07-01", Month)
        );
        assert_eq!(
            one("في يونيو حزيران", None),
            ("يونيو حزيران".into(), None, Month, Absolute)
        );
        // آب is also "father", مارس "practised".
        assert!(ds("قال الأب إن ابنه قتل", sat()).is_empty());
        assert!(ds("زار آب المدينة", sat()).is_empty());
        assert!(ds("مارس النظام ضغوطاً", sat()).is_empty());
        assert_eq!(one("في آب/أغسطس", sat()), abs("اب/اغسطس", "2017-08-01", Month));
        assert_eq!(one("في مارس 2015", sat()), abs("مارس 2015", "2015-03-01", Month));
    }

    #[test]
    fn years() {
        assert_eq!(one("منذ مطلع 2017", sat()), abs("مطلع 2017", "2017-01-01", Month));
        assert_eq!(one("في عام 2015", sat()), abs("عام 2015", "2015-01-01", Month));
        assert_eq!(
            one("أواخر العام 2014", sat()),
            abs("اواخر العام 2014", "2014-12-01", Month)
        );
        // A bare year may be anything.
        assert!(ds("قتل 2016 شخصاً", sat()).is_empty());
    }

    #[test]
    fn weeks_months_years_relative() {
        assert_eq!(
            one("خلال الأسبوع الماضي", sat()),
            rel("الاسبوع الماضي", "2017-07-29", Week)
        );
        assert_eq!(one("هذا الأسبوع", sat()), rel("هذا الاسبوع", "2017-08-05", Week));
        assert_eq!(
            one("في الشهر الماضي", sat()),
            rel("الشهر الماضي", "2017-07-01", Month)
        );
        assert_eq!(
            one("منذ بداية الشهر الجاري", sat()),
            rel("بدايه الشهر الجاري", "2017-08-01", Month)
        );
        assert_eq!(
            one("مطلع العام الحالي", sat()),
            rel("مطلع العام الحالي", "2017-01-01", Month)
        );
        assert_eq!(
            one("مطلع هذا العام", sat()),
            rel("مطلع هذا العام", "2017-01-01", Month)
        );
        assert_eq!(
            one("منذ بداية العام", sat()),
            rel("بدايه العام", "2017-01-01", Month)
        );
        assert_eq!(
            one("في العام الماضي", sat()),
            rel("العام الماضي", "2016-01-01", Month)
        );
        assert_eq!(
            one("أواخر العام الماضي", sat()),
            rel("اواخر العام الماضي", "2016-12-01", Month)
        );
        // "العام" alone is "general/public".
        assert!(ds("قال المدير العام", sat()).is_empty());
    }

    #[test]
    fn days_ago() {
        assert_eq!(one("قُتل قبل يومين", sat()), rel("قبل يومين", "2017-08-03", Day));
        assert_eq!(
            one("قبل ثلاثة أيام", sat()),
            rel("قبل ثلاثه ايام", "2017-08-02", Day)
        );
        assert_eq!(one("قبل 3 أيام", sat()), rel("قبل 3 ايام", "2017-08-02", Day));
        assert_eq!(one("منذ أيام", sat()), rel("منذ ايام", "2017-08-02", Week));
        assert_eq!(
            one("قبل عدة أيام", sat()),
            rel("قبل عده ايام", "2017-08-02", Week)
        );
        assert_eq!(
            one("خلال الأيام القليلة الماضية", sat()),
            rel("الايام القليله الماضيه", "2017-08-02", Week)
        );
        assert_eq!(one("قبل أسبوعين", sat()), rel("قبل اسبوعين", "2017-07-22", Week));
        assert_eq!(one("قبل شهر", sat()), rel("قبل شهر", "2017-07-01", Month));
        assert!(ds("قبل الهجوم", sat()).is_empty());
    }

    #[test]
    fn without_publication_date_relative_dates_are_none() {
        assert_eq!(
            ds("أمس الجمعة وصباح اليوم والأسبوع الماضي ومطلع العام الحالي", None),
            [
                ("امس الجمعه".into(), None, Day, Relative),
                ("صباح اليوم".into(), None, Day, Relative),
                ("الاسبوع الماضي".into(), None, Week, Relative),
                ("مطلع العام الحالي".into(), None, Month, Relative),
            ]
        );
    }

    #[test]
    fn a_news_paragraph() {
        let s = "قال المرصد السوري إن الطيران الحربي شنّ صباح اليوم غارات على مدينة دوما، \
                 بعد أن قُتل 12 مدنياً أمس الجمعة، فيما تعرضت المدينة في 12 آذار الماضي \
                 لحصار خانق مستمر منذ مطلع العام الحالي.";
        assert_eq!(
            ds(s, sat()),
            [
                rel("صباح اليوم", "2017-08-05", Day),
                rel("امس الجمعه", "2017-08-04", Day),
                abs("12 اذار الماضي", "2017-03-12", Day),
                rel("مطلع العام الحالي", "2017-01-01", Month),
            ]
        );
    }

    mod props {
        use super::*;
        use crate::numbers::shared_normalizer;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_panics_and_ranges_are_char_boundaries(
                s in "([0-9/.\\- ]|[\\u{0621}-\\u{064A}]|أمس|اليوم|يوم|ليل|السبت|الأحد|الجمعة|آب|تشرين|الثاني|كانون|مطلع|العام|الماضي|قبل|أيام|من|في|و|ال|\\PC){0,60}",
                y in prop_oneof![Just(i32::MIN), Just(i32::MAX), -3000i32..3000],
                m in 1u8..=12,
                d in 1u8..=28,
            ) {
                for published in [None, Date::new(y, m, d), Some(Date::MAX), Some(Date::MIN)] {
                    let n = shared_normalizer().normalize(&s);
                    let t = n.as_str();
                    let mut last = 0;
                    for x in find_dates(t, published) {
                        prop_assert!(x.range.start < x.range.end);
                        prop_assert!(x.range.start >= last, "overlap or disorder");
                        prop_assert!(t.is_char_boundary(x.range.start));
                        prop_assert!(t.is_char_boundary(x.range.end));
                        last = x.range.end;
                    }
                    for x in find_dates(&s, published) {
                        prop_assert!(s.is_char_boundary(x.range.start));
                        prop_assert!(s.is_char_boundary(x.range.end));
                    }
                }
            }

            #[test]
            fn civil_round_trip(days in -1_000_000_000i64..1_000_000_000) {
                let d = Date::from_days_since_epoch(days);
                prop_assert_eq!(d.days_since_epoch(), days);
                prop_assert!(Date::new(d.year, d.month, d.day).is_some());
                prop_assert_eq!(d.add_days(1).days_since_epoch(), days + 1);
                prop_assert_eq!(Date::parse(&d.to_string()).filter(|_| (0..=9999).contains(&d.year)), (0..=9999).contains(&d.year).then_some(d));
            }
        }
    }

    #[test]
    fn an_undated_article_dates_a_weekday_and_day_from_the_latest_year_it_writes() {
        let v = ds(
            "قصفت المدفعية التركية الأربعاء 31 تشرين الأول/أكتوبر مواقع للوحدات. وكانت قسد سيطرت على الرقة في تشرين الأول/أكتوبر 2017.",
            None,
        );
        let dates: Vec<Option<String>> = v.into_iter().map(|m| m.1).collect();
        assert_eq!(
            dates,
            [Some("2018-10-31".to_string()), Some("2017-10-01".to_string())]
        );
        // Without a year anywhere, the weekday alone does not say which.
        assert_eq!(one("الأربعاء 31 تشرين الأول", None).1, None);
    }

    #[test]
    fn the_day_after_is_counted_from_the_day_last_named() {
        let v = ds(
            "اعتقلت الأسايش يوم الجمعة عشرين شخصاً. وفي اليوم التالي تظاهر العشرات، وفي اليوم نفسه أفرج عن بعضهم.",
            sat(),
        );
        let dates: Vec<Option<String>> = v.into_iter().map(|m| m.1).collect();
        let friday = sat().unwrap().add_days(-1);
        assert_eq!(
            dates,
            [friday, friday.add_days(1), friday.add_days(1)].map(|d| Some(d.to_string()))
        );
        // A Friday with its calendar day is a date, not the prayers.
        assert_eq!(
            one("شنت الأسايش الجمعة الثاني من تشرين الثاني 2018 حملة دهم", None)
                .1
                .as_deref(),
            Some("2018-11-02")
        );
    }
}
