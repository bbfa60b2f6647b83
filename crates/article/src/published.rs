//! Publication dates as users have them, to events.md's YYYY-MM-DD.
//!
//! Feeds and exports write dates many ways: ISO dates and timestamps,
//! `2017/04/02`, `02/04/2017`, RSS's `Sun, 02 Apr 2017 10:00:00 +0000`,
//! `2 April 2017`. A timestamp keeps the calendar day it was written in (its
//! own zone): that is the day "أمس" and "اليوم" in the article count from.

use rasad_text::dates::Date;

/// What a `published` field turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Published {
    Date(Date),
    /// Day and month could each be the other (`02/04/2017`).
    Ambiguous,
    Unknown,
}

/// Reads one `published` value.
pub fn parse_published(s: &str) -> Published {
    let s = s.trim();
    if let Some(d) = Date::parse(s) {
        return Published::Date(d);
    }
    // An ISO timestamp: the date before `T` or a space.
    if let Some(head) = s.get(..10) {
        let rest = &s[10..];
        if rest.starts_with(['T', 't', ' ']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(d) = Date::parse(head) {
                return Published::Date(d);
            }
        }
    }
    if let Some(p) = numeric(s) {
        return p;
    }
    named_month(s).map_or(Published::Unknown, Published::Date)
}

/// `YYYY/MM/DD`, `DD/MM/YYYY`, `MM/DD/YYYY` with `/`, `.` or `-`. Day and
/// month are told apart only when one of them is over 12 or both are equal.
fn numeric(s: &str) -> Option<Published> {
    let date_part = s.split([' ', 'T']).next()?;
    let sep = ['/', '.', '-'].into_iter().find(|&c| date_part.contains(c))?;
    let parts: Vec<&str> = date_part.split(sep).collect();
    let [a, b, c] = parts[..] else { return None };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let num = |p: &str| p.parse::<u32>().ok();
    let (a_n, b_n, c_n) = (num(a)?, num(b)?, num(c)?);
    let make = |y: u32, m: u32, d: u32| {
        Date::new(
            i32::try_from(y).ok()?,
            u8::try_from(m).ok()?,
            u8::try_from(d).ok()?,
        )
    };
    if a.len() == 4 {
        return Some(make(a_n, b_n, c_n).map_or(Published::Unknown, Published::Date));
    }
    if c.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let day_first = make(c_n, b_n, a_n);
    let month_first = make(c_n, a_n, b_n);
    Some(match (day_first, month_first) {
        (Some(x), Some(y)) if x == y => Published::Date(x),
        (Some(_), Some(_)) => Published::Ambiguous,
        (Some(x), None) | (None, Some(x)) => Published::Date(x),
        (None, None) => Published::Unknown,
    })
}

/// English month names in any order with a day and a four-digit year:
/// `2 April 2017`, `April 2, 2017`, `Sun, 02 Apr 2017 10:00:00 +0000`.
fn named_month(s: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let (mut day, mut month, mut year) = (None, None, None);
    for tok in s.split([' ', ',', '\t']).filter(|t| !t.is_empty()) {
        let lower = tok.trim_end_matches('.').to_ascii_lowercase();
        if lower.bytes().all(|b| b.is_ascii_digit()) {
            match lower.len() {
                1 | 2 if day.is_none() => day = lower.parse::<u8>().ok(),
                4 if year.is_none() => year = lower.parse::<i32>().ok(),
                _ => return None,
            }
        } else if lower.len() >= 3 && lower.bytes().all(|b| b.is_ascii_lowercase()) {
            let m = MONTHS
                .iter()
                .position(|m| lower.starts_with(m) && full_name(m).starts_with(&lower));
            if let Some(m) = m {
                if month.is_some() {
                    return None;
                }
                month = Some(m as u8 + 1);
            }
            // Other words (weekdays, "GMT") are let through.
        }
    }
    Date::new(year?, month?, day?)
}

fn full_name(abbr: &str) -> &'static str {
    match abbr {
        "jan" => "january",
        "feb" => "february",
        "mar" => "march",
        "apr" => "april",
        "may" => "may",
        "jun" => "june",
        "jul" => "july",
        "aug" => "august",
        "sep" => "september",
        "oct" => "october",
        "nov" => "november",
        _ => "december",
    }
}

/// The date a news URL carries in its path (`/2017/04/02/`, `/2017-04-02-…`):
/// sites put the publication day there, and it is often all there is.
pub fn date_in_url(url: &str) -> Option<Date> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').collect();
    // Year, month and day as three segments.
    for w in segments.windows(3) {
        let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if all_digits(w[0], 4)
            && (all_digits(w[1], 2) || all_digits(w[1], 1))
            && (all_digits(w[2], 2) || all_digits(w[2], 1))
        {
            if let Some(d) = plausible(w[0], w[1], w[2]) {
                return Some(d);
            }
        }
    }
    // YYYY-MM-DD inside a segment, not inside a longer number.
    let b = path.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let before_ok = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let after_ok = b.get(i + 10).is_none_or(|c| !c.is_ascii_digit());
        if before_ok
            && after_ok
            && digits(i..i + 4)
            && b[i + 4] == b'-'
            && digits(i + 5..i + 7)
            && b[i + 7] == b'-'
            && digits(i + 8..i + 10)
        {
            if let Some(d) = plausible(&path[i..i + 4], &path[i + 5..i + 7], &path[i + 8..i + 10]) {
                return Some(d);
            }
        }
    }
    None
}

fn plausible(y: &str, m: &str, d: &str) -> Option<Date> {
    let year: i32 = y.parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    Date::parse(&format!(
        "{year:04}-{:02}-{:02}",
        m.parse::<u8>().ok()?,
        d.parse::<u8>().ok()?
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(s: &str) -> String {
        match parse_published(s) {
            Published::Date(d) => d.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn recognisable_dates() {
        assert_eq!(ymd("2017-04-02"), "2017-04-02");
        assert_eq!(ymd(" 2017-4-2 "), "2017-04-02");
        assert_eq!(ymd("2017-04-02T10:00:00Z"), "2017-04-02");
        assert_eq!(ymd("2017-04-02T23:30:00-05:00"), "2017-04-02");
        assert_eq!(ymd("2017-04-02 10:00"), "2017-04-02");
        assert_eq!(ymd("2017/04/02"), "2017-04-02");
        assert_eq!(ymd("25/04/2017"), "2017-04-25");
        assert_eq!(ymd("04/25/2017"), "2017-04-25");
        assert_eq!(ymd("04.04.2017"), "2017-04-04");
        assert_eq!(ymd("Sun, 02 Apr 2017 10:00:00 +0000"), "2017-04-02");
        assert_eq!(ymd("2 April 2017"), "2017-04-02");
        assert_eq!(ymd("April 2, 2017"), "2017-04-02");
        assert_eq!(ymd("Sept. 9, 2016"), "2016-09-09");
    }

    #[test]
    fn ambiguous_and_unknown() {
        assert_eq!(ymd("02/04/2017"), "Ambiguous");
        assert_eq!(ymd("2 April"), "Unknown");
        assert_eq!(ymd("2017-02-30"), "Unknown");
        assert_eq!(ymd("31/31/2017"), "Unknown");
        assert_eq!(ymd("yesterday"), "Unknown");
        assert_eq!(ymd("٢ نيسان ٢٠١٧"), "Unknown");
        assert_eq!(ymd("Mayor 2 2017"), "Unknown");
    }
}
