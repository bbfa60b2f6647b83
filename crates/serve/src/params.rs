//! Query strings, read strictly: every endpoint names the parameters it
//! takes, and anything else is an error that names it (a misspelt filter
//! must not silently match everything).

use std::str::FromStr;

use rasad_store::FilterSpec;

use crate::ApiError;

/// The filters of `rasad events`, under `FilterSpec`'s names.
pub const FILTERS: [&str; 10] = [
    "type",
    "sub_type",
    "actor",
    "admin1",
    "place",
    "near",
    "from",
    "to",
    "min_fatalities",
    "outlet",
];

/// A parsed query string.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Reads `raw` (percent-decoded, `+` as space) and refuses names not in
    /// `allowed` and names given twice.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut unknown: Vec<String> = Vec::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if !allowed.contains(&k.as_ref()) {
                if !unknown.iter().any(|u| *u == k) {
                    unknown.push(k.into_owned());
                }
                continue;
            }
            if pairs.iter().any(|(p, _)| *p == k) {
                return Err(ApiError::bad_request(format!(
                    "query parameter {k:?} is given more than once"
                )));
            }
            pairs.push((k.into_owned(), v.into_owned()));
        }
        if !unknown.is_empty() {
            let takes = if allowed.is_empty() {
                "this endpoint takes no query parameters".to_string()
            } else {
                format!("this endpoint takes: {}", allowed.join(", "))
            };
            let list: Vec<String> = unknown.iter().map(|u| format!("{u:?}")).collect();
            return Err(ApiError::bad_request(format!(
                "unknown query parameter{} {}; {takes}",
                if unknown.len() > 1 { "s" } else { "" },
                list.join(", ")
            )));
        }
        Ok(Params { pairs })
    }

    /// The value of `name`, trimmed; `None` when absent or empty.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// A whole number ≥ 0.
    pub fn number<T: FromStr>(&self, name: &str) -> Result<Option<T>, ApiError> {
        self.text(name)
            .map(|v| {
                v.parse::<T>().map_err(|_| {
                    ApiError::bad_request(format!("{name} must be a whole number ≥ 0, not {v:?}"))
                })
            })
            .transpose()
    }

    /// A whole number ≥ 0 and at most `max`, `default` when absent.
    pub fn bounded(&self, name: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        let n = self.number::<usize>(name)?.unwrap_or(default);
        if n > max {
            return Err(ApiError::bad_request(format!(
                "{name} {n} is over {max}, the most allowed here"
            )));
        }
        Ok(n)
    }

    /// One of `choices`, `default` when absent.
    pub fn choice(
        &self,
        name: &str,
        choices: &[&'static str],
        default: &'static str,
    ) -> Result<&'static str, ApiError> {
        match self.text(name) {
            None => Ok(default),
            Some(v) => choices
                .iter()
                .find(|c| c.eq_ignore_ascii_case(v))
                .copied()
                .ok_or_else(|| {
                    ApiError::bad_request(format!("{name} must be one of {}, not {v:?}", choices.join(", ")))
                }),
        }
    }

    /// The filters given (without limit and offset, which each endpoint
    /// bounds its own way).
    pub fn filters(&self) -> Result<FilterSpec, ApiError> {
        let text = |name: &str| self.text(name).map(str::to_string);
        Ok(FilterSpec {
            event_type: text("type"),
            sub_type: text("sub_type"),
            actor: text("actor"),
            admin1: text("admin1"),
            place: text("place"),
            near: text("near"),
            from: text("from"),
            to: text("to"),
            min_fatalities: self.number("min_fatalities")?,
            outlet: text("outlet"),
            limit: None,
            offset: None,
        })
    }
}

/// The names an endpoint takes: the filters and `more`.
pub fn with_filters(more: &[&'static str]) -> Vec<&'static str> {
    FILTERS.iter().chain(more).copied().collect()
}
