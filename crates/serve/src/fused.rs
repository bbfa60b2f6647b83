//! Fused events (one real-world event however many outlets told it), the
//! contradictions among their reports, and who holds which place.

use axum::extract::{Path as UrlPath, RawQuery, State};
use axum::response::Response;
use rasad_store::{ControlRow, Disagreement, FilterSpec, PlaceFilter, StoredEvent, StoredFused};
use serde::Serialize;

use crate::api::{json, json_response, parse_id, Api, DEFAULT_PAGE, MAX_OFFSET};
use crate::params::{with_filters, Params};
use crate::ApiError;

#[derive(Serialize)]
struct FusedPage {
    limit: usize,
    offset: usize,
    /// Whether there are more past this page.
    more: bool,
    fused: Vec<StoredFused>,
}

/// The filters and page of a fused-event listing.
fn fused_filters(q: &Params, max: usize) -> Result<(FilterSpec, usize, usize), ApiError> {
    let limit = q.bounded("limit", DEFAULT_PAGE, max)?;
    let offset = q.bounded("offset", 0, MAX_OFFSET)?;
    Ok((q.filters()?, limit, offset))
}

pub(crate) async fn list(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(
        raw.as_deref(),
        &with_filters(&["min_sources", "contradicted", "limit", "offset"]),
    )?;
    let (spec, limit, offset) = fused_filters(&q, api.limits.page)?;
    let min_sources = q.number::<usize>("min_sources")?.unwrap_or(1);
    let contradicted = q.choice("contradicted", &["true", "false"], "false")? == "true";
    let key = format!("fused?{}", raw.unwrap_or_default());
    let body = api
        .cached(key, move |lease, pack| {
            let mut filter = spec.resolve(pack)?;
            // One more than the page says whether another page follows.
            filter.limit = limit + 1;
            filter.offset = offset;
            let mut fused = lease.store().fused_events(&filter, min_sources, contradicted)?;
            let more = fused.len() > limit;
            fused.truncate(limit);
            json(&FusedPage {
                limit,
                offset,
                more,
                fused,
            })
        })
        .await?;
    Ok(json_response(body))
}

#[derive(Serialize)]
struct FusedDetail {
    #[serde(flatten)]
    fused: StoredFused,
    /// Every report, whole, in the order they came: for reading them side
    /// by side.
    reports: Vec<StoredEvent>,
}

pub(crate) async fn one(
    State(api): State<Api>,
    UrlPath(id): UrlPath<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(raw.as_deref(), &[])?;
    let id = parse_id("fused event", &id)?;
    let body = api
        .with_store(move |lease, _| {
            let store = lease.store();
            let fused = store
                .fused(id)?
                .ok_or_else(|| ApiError::not_found(format!("no fused event {id}")))?;
            let mut reports = Vec::new();
            for key in fused.fused["events"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|k| k.as_i64())
            {
                reports.extend(store.event(key)?);
            }
            json(&FusedDetail { fused, reports })
        })
        .await?;
    Ok(json_response(body))
}

#[derive(Serialize)]
struct ContradictionsPage {
    limit: usize,
    offset: usize,
    contradictions: Vec<Disagreement>,
}

pub(crate) async fn contradictions(
    State(api): State<Api>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &with_filters(&["limit", "offset"]))?;
    let (spec, limit, offset) = fused_filters(&q, api.limits.page)?;
    let key = format!("contradictions?{}", raw.unwrap_or_default());
    let body = api
        .cached(key, move |lease, pack| {
            let mut filter = spec.resolve(pack)?;
            filter.limit = limit;
            filter.offset = offset;
            let contradictions = lease.store().disagreements(&filter)?;
            json(&ContradictionsPage {
                limit,
                offset,
                contradictions,
            })
        })
        .await?;
    Ok(json_response(body))
}

#[derive(Serialize)]
struct ControlAnswer {
    place: Option<String>,
    on: Option<String>,
    admin1: Option<&'static str>,
    steps: Vec<ControlRow>,
}

pub(crate) async fn control(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &["place", "on", "admin1"])?;
    let place = q.text("place").map(str::to_string);
    let on = match q.text("on") {
        None => None,
        Some(d) => Some(
            rasad_text::dates::Date::parse(d)
                .ok_or_else(|| ApiError::bad_request(format!("on must be a date YYYY-MM-DD, not {d:?}")))?
                .to_string(),
        ),
    };
    let admin1 = q.text("admin1").map(str::to_string);
    let body = api
        .with_store(move |lease, pack| {
            let store = lease.store();
            let (steps, admin1) = match (&place, &on) {
                (Some(p), None) => {
                    if admin1.is_some() {
                        return Err(ApiError::bad_request(
                            "admin1 goes with on (every place that day), not with place",
                        ));
                    }
                    (store.control_of(&PlaceFilter::new(pack, p))?, None)
                }
                (None, Some(d)) => {
                    let admin1 = FilterSpec {
                        admin1,
                        ..FilterSpec::default()
                    }
                    .resolve(pack)?
                    .admin1;
                    (store.control_on(d, admin1)?, admin1)
                }
                (Some(_), Some(_)) => return Err(ApiError::bad_request("give place or on, not both")),
                (None, None) => {
                    return Err(ApiError::bad_request(
                        "give place (its control timeline) or on=YYYY-MM-DD (every known place's controller that day)",
                    ))
                }
            };
            json(&ControlAnswer {
                place,
                on,
                admin1,
                steps,
            })
        })
        .await?;
    Ok(json_response(body))
}
