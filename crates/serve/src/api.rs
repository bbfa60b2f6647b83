//! The endpoints. Each handler reads its parameters strictly (unknown ones
//! are an error), borrows a store for its blocking work, and answers JSON;
//! every error is `{"error": reason}` with its status.

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path as UrlPath, RawQuery, Request, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::Router;
use bytes::Bytes;
use http_body_util::BodyExt;
use rasad_extract::{ArticleIn, Event, Extractor};
use rasad_pack::{Pack, PlaceView, GOVERNORATES, TAXONOMY};
use rasad_store::{ArticleMeta, Bucket, Counts, FilterSpec, StoredArticle, StoredEvent};
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;

use crate::cache::AnswerCache;
use crate::context::{char_spans, evidence_context, Context, Span};
use crate::error::error_response;
use crate::params::{with_filters, Params};
use crate::pool::{Lease, Pool};
use crate::{ApiError, Options, Result};

/// The most a request may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Events per page of `/api/events` (full records).
    pub page: usize,
    /// Events per page of `/api/events?fields=map`.
    pub markers: usize,
    pub search: usize,
    /// Places or actors per lookup.
    pub lookup: usize,
    /// Rows per breakdown of `/api/stats`.
    pub top: usize,
    /// Bytes of a `POST /api/extract` body.
    pub body_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            page: 1000,
            markers: 10_000,
            search: 100,
            lookup: 200,
            top: 1000,
            body_bytes: 1 << 20,
        }
    }
}

pub(crate) const DEFAULT_PAGE: usize = 100;
const DEFAULT_SEARCH: usize = 20;
const DEFAULT_LOOKUP: usize = 20;
const DEFAULT_TOP: usize = 20;
/// Offsets (and export limits) past this are refused: no store is that
/// big, and the store's SQL takes them as signed 64-bit numbers.
pub(crate) const MAX_OFFSET: usize = 1 << 40;

/// What every handler shares.
#[derive(Clone)]
pub(crate) struct Api {
    pool: Arc<Pool>,
    extractor: Arc<Extractor>,
    extractions: Arc<Semaphore>,
    pub(crate) limits: Limits,
    answers: Arc<AnswerCache>,
}

impl Api {
    /// Like [`Api::with_store`] for an answer kept in the cache under
    /// `key` (the request's path and query) while the store is unchanged.
    pub(crate) async fn cached(
        &self,
        key: String,
        f: impl FnOnce(&mut Lease, &Pack) -> Result<Vec<u8>, ApiError> + Send + 'static,
    ) -> Result<Bytes, ApiError> {
        let answers = Arc::clone(&self.answers);
        self.with_store(move |lease, pack| {
            let version = lease.store().version()?;
            if let Some(body) = answers.get(&key, version) {
                return Ok(body);
            }
            let body = Bytes::from(f(lease, pack)?);
            answers.put(key, version, body.clone());
            Ok(body)
        })
        .await
    }

    /// Runs `f` on a blocking thread with a store of the pool.
    pub(crate) async fn with_store<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Lease, &Pack) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let mut lease = self.pool.lease().await;
        let x = Arc::clone(&self.extractor);
        tokio::task::spawn_blocking(move || f(&mut lease, &x.engine().pack))
            .await
            .map_err(|e| ApiError::internal(format!("the request's work failed: {e}")))?
    }

    /// Runs `f` on a blocking thread, without a store.
    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Pack) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let x = Arc::clone(&self.extractor);
        tokio::task::spawn_blocking(move || f(&x.engine().pack))
            .await
            .map_err(|e| ApiError::internal(format!("the request's work failed: {e}")))?
    }
}

type Handler = MethodRouter<Api>;

/// Every endpoint: path, method, handler. The router and the check that
/// the OpenAPI document describes exactly these are both made from it.
fn routes() -> Vec<(&'static str, Method, Handler)> {
    vec![
        ("/api/events", Method::GET, get(events)),
        ("/api/events/{id}", Method::GET, get(event)),
        ("/api/search", Method::GET, get(search)),
        ("/api/articles/{id}", Method::GET, get(article)),
        ("/api/stats", Method::GET, get(stats)),
        ("/api/timeline", Method::GET, get(timeline)),
        ("/api/places", Method::GET, get(places)),
        ("/api/actors", Method::GET, get(actors)),
        ("/api/meta", Method::GET, get(meta)),
        ("/api/fused", Method::GET, get(crate::fused::list)),
        ("/api/fused/{id}", Method::GET, get(crate::fused::one)),
        (
            "/api/contradictions",
            Method::GET,
            get(crate::fused::contradictions),
        ),
        ("/api/control", Method::GET, get(crate::fused::control)),
        ("/api/export", Method::GET, get(export)),
        ("/api/extract", Method::POST, post(extract)),
        ("/api/openapi.json", Method::GET, get(openapi_json)),
    ]
}

/// The endpoints served, as (method, path) with `{name}` for path
/// parameters, as OpenAPI writes them.
pub fn endpoints() -> Vec<(Method, &'static str)> {
    routes().into_iter().map(|(p, m, _)| (m, p)).collect()
}

pub(crate) fn router(extractor: Arc<Extractor>, data: &Path, options: &Options) -> Result<Router> {
    let pool = Pool::open(data, &extractor.engine().pack, options.readers)?;
    let api = Api {
        pool,
        extractor,
        extractions: Arc::new(Semaphore::new(options.extractions.max(1))),
        limits: options.limits,
        answers: Arc::default(),
    };
    let mut router = crate::ui::routes();
    for (path, _, handler) in routes() {
        router = router.route(path, handler);
    }
    let router = router
        .fallback(no_route)
        .layer(axum::middleware::from_fn(json_errors))
        .with_state(api);
    Ok(match &options.allow_origin {
        None => router,
        Some(origin) => {
            let origin = HeaderValue::from_str(origin.trim())
                .map_err(|_| crate::ServeError::Origin(origin.clone()))?;
            // Outermost, so that a preflight is answered before routing.
            router.layer(axum::middleware::from_fn_with_state(origin, cors))
        }
    })
}

/// Lets pages of one origin call the API from a browser: preflights
/// (`OPTIONS` before a JSON `POST`) are answered, every answer names the
/// origin, and the export's file name is readable.
async fn cors(State(origin): State<HeaderValue>, req: Request, next: Next) -> Response {
    use axum::http::header;
    let preflight =
        req.method() == Method::OPTIONS && req.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut res = if preflight {
        let mut res = StatusCode::NO_CONTENT.into_response();
        let h = res.headers_mut();
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET, POST"),
        );
        h.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static("content-type"),
        );
        h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
        res
    } else {
        next.run(req).await
    };
    let h = res.headers_mut();
    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    h.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("content-disposition"),
    );
    res
}

async fn no_route(method: Method, uri: Uri) -> ApiError {
    ApiError::not_found(format!(
        "no endpoint {method} {}; the endpoints are described at /api/openapi.json",
        uri.path()
    ))
}

/// Errors that axum or hyper answer themselves (a wrong method, a path
/// that does not decode) become `{"error": …}` like ours.
async fn json_errors(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    let status = res.status();
    let is_json = res
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let text = axum::body::to_bytes(body, 16 * 1024).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&text).trim().to_string();
    let reason = if status == StatusCode::METHOD_NOT_ALLOWED {
        // axum sets the Allow header outside this layer: the table knows.
        let allowed: Vec<String> = routes()
            .into_iter()
            .filter(|(template, _, _)| path_matches(template, &path))
            .map(|(_, m, _)| m.to_string())
            .collect();
        format!("{method} is not allowed on {path}; use {}", allowed.join(" or "))
    } else if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_string()
    } else {
        text
    };
    parts.headers.remove(CONTENT_LENGTH);
    let mut res = error_response(status, &reason);
    for (name, value) in parts.headers.iter() {
        if name != CONTENT_TYPE {
            res.headers_mut().insert(name, value.clone());
        }
    }
    res
}

/// Whether `path` is an instance of `template` (`/api/events/{id}`).
fn path_matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| t == p || (t.starts_with('{') && !p.is_empty()))
}

pub(crate) fn json<T: Serialize>(value: &T) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(value).map_err(ApiError::internal)
}

pub(crate) fn json_response(body: impl Into<Body>) -> Response {
    (
        [(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        Into::<Body>::into(body),
    )
        .into_response()
}

pub(crate) fn parse_id(what: &str, given: &str) -> Result<i64, ApiError> {
    given
        .parse::<i64>()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| ApiError::bad_request(format!("{what} id must be a whole number ≥ 1, not {given:?}")))
}

// ---------------------------------------------------------------- events

#[derive(Serialize)]
struct EventsPage<T> {
    /// Events matching the filters, all pages.
    total: i64,
    limit: usize,
    offset: usize,
    fields: &'static str,
    events: Vec<T>,
}

/// An event for a map marker or a timeline: no record to parse, a few
/// dozen bytes of JSON.
#[derive(Serialize)]
struct MapEvent<'a> {
    id: i64,
    event_date: Option<String>,
    event_type: &'static str,
    sub_event_type: &'static str,
    /// The gazetteer's Arabic name of the place.
    place: Option<&'a str>,
    admin1: Option<&'static str>,
    place_id: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    /// The gazetteer's precision of the place (events.md §1: 1 the town
    /// itself, 2 an area, 3 a governorate or larger), for the map to draw
    /// exact and approximate places apart.
    geo_precision: Option<u8>,
    fatalities: Option<u32>,
}

async fn events(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &with_filters(&["limit", "offset", "fields"]))?;
    let fields = q.choice("fields", &["full", "map"], "full")?;
    let max = if fields == "map" {
        api.limits.markers
    } else {
        api.limits.page
    };
    let limit = q.bounded("limit", DEFAULT_PAGE, max)?;
    let offset = q.bounded("offset", 0, MAX_OFFSET)?;
    let spec = FilterSpec {
        limit: Some(limit),
        offset: Some(offset),
        ..q.filters()?
    };
    let body = api
        .with_store(move |lease, pack| {
            let store = lease.store();
            let filter = spec.resolve(pack)?;
            let body = if fields == "map" {
                let mut events = Vec::new();
                store.for_each_marker(&filter, |m| {
                    let place = m.place_id.as_deref().and_then(|id| pack.place(id));
                    events.push(MapEvent {
                        id: m.id,
                        place: place.map(|p| p.name_ar.as_str()),
                        geo_precision: place.map(|p| p.precision),
                        event_date: m.event_date,
                        event_type: m.event_type,
                        sub_event_type: m.sub_event_type,
                        admin1: m.admin1,
                        place_id: m.place_id,
                        lat: m.lat,
                        lon: m.lon,
                        fatalities: m.fatalities,
                    });
                    Ok(())
                })?;
                let total = total(store, &filter, offset, limit, events.len())?;
                json(&EventsPage {
                    total,
                    limit,
                    offset,
                    fields,
                    events,
                })?
            } else {
                let events = store.events(&filter)?;
                let total = total(store, &filter, offset, limit, events.len())?;
                json(&EventsPage {
                    total,
                    limit,
                    offset,
                    fields,
                    events,
                })?
            };
            Ok(body)
        })
        .await?;
    Ok(json_response(body))
}

/// All matching events: counted unless the page shows they are all there.
fn total(
    store: &rasad_store::Store,
    filter: &rasad_store::Filter,
    offset: usize,
    limit: usize,
    shown: usize,
) -> Result<i64, ApiError> {
    if shown < limit && (shown > 0 || offset == 0) {
        return Ok((offset + shown) as i64);
    }
    Ok(store.count_events(filter)?)
}

#[derive(Serialize)]
struct EventDetail {
    #[serde(flatten)]
    event: StoredEvent,
    /// The fused event it is a report of (/api/fused/{id}).
    fused: Option<i64>,
    /// The evidence in its paragraph; null when the article does not hold
    /// it (it changed since).
    context: Option<Context>,
}

async fn event(
    State(api): State<Api>,
    UrlPath(id): UrlPath<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(raw.as_deref(), &[])?;
    let id = parse_id("event", &id)?;
    let body = api
        .with_store(move |lease, _| {
            let store = lease.store();
            let event = store
                .event(id)?
                .ok_or_else(|| ApiError::not_found(format!("no event {id}")))?;
            let ev = &event.event.evidence;
            let context = store
                .article(event.article.key)?
                .and_then(|a| evidence_context(&a.text, ev.start, ev.end, &ev.text));
            let fused = store.fused_of(id)?;
            json(&EventDetail {
                event,
                fused,
                context,
            })
        })
        .await?;
    Ok(json_response(body))
}

// ---------------------------------------------------------------- search

#[derive(Serialize)]
struct SearchPage {
    query: String,
    limit: usize,
    hits: Vec<Hit>,
}

#[derive(Serialize)]
struct Hit {
    kind: &'static str,
    score: f32,
    event: Option<i64>,
    article: ArticleMeta,
    snippet: String,
    /// Character ranges of `snippet` that matched.
    highlights: Vec<Span>,
}

async fn search(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &["q", "limit"])?;
    let query = q
        .text("q")
        .ok_or_else(|| ApiError::bad_request("q is required: the words to search for"))?
        .to_string();
    let limit = q.bounded("limit", DEFAULT_SEARCH, api.limits.search)?.max(1);
    let body = api
        .with_store(move |lease, _| {
            let hits = lease.fresh_index()?.search(&query, limit)?;
            let hits = hits
                .into_iter()
                .map(|h| Hit {
                    highlights: char_spans(&h.snippet, &h.highlights),
                    kind: h.kind,
                    score: h.score,
                    event: h.event,
                    article: h.article,
                    snippet: h.snippet,
                })
                .collect();
            json(&SearchPage { query, limit, hits })
        })
        .await?;
    Ok(json_response(body))
}

// ---------------------------------------------------------------- articles

#[derive(Serialize)]
struct ArticleDetail {
    #[serde(flatten)]
    article: StoredArticle,
    /// Its events' ids, in order.
    events: Vec<i64>,
}

async fn article(
    State(api): State<Api>,
    UrlPath(id): UrlPath<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    Params::parse(raw.as_deref(), &[])?;
    let key = parse_id("article", &id)?;
    let body = api
        .with_store(move |lease, _| {
            let store = lease.store();
            let article = store
                .article(key)?
                .ok_or_else(|| ApiError::not_found(format!("no article {key}")))?;
            let events = store.events_of_article(key)?;
            json(&ArticleDetail { article, events })
        })
        .await?;
    Ok(json_response(body))
}

// ---------------------------------------------------------------- stats

async fn stats(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &with_filters(&["top"]))?;
    let top = q.bounded("top", DEFAULT_TOP, api.limits.top)?;
    let spec = q.filters()?;
    let key = format!("stats?{}", raw.unwrap_or_default());
    let body = api
        .cached(key, move |lease, pack| {
            let mut filter = spec.resolve(pack)?;
            filter.limit = usize::MAX >> 1;
            json(&lease.store().stats(&filter, top)?)
        })
        .await?;
    Ok(json_response(body))
}

#[derive(Serialize)]
struct TimelineOut {
    bucket: &'static str,
    /// Events matching the filters, dated or not.
    events: i64,
    fatalities: i64,
    undated: i64,
    bins: Vec<Bin>,
}

#[derive(Serialize)]
struct Bin {
    /// The bin's first day.
    date: String,
    events: i64,
    fatalities: i64,
}

async fn timeline(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &with_filters(&["bucket"]))?;
    let names: Vec<&'static str> = Bucket::ALL.iter().map(|b| b.name()).collect();
    let bucket = Bucket::parse(q.choice("bucket", &names, "day")?).expect("a name of Bucket::ALL");
    let spec = q.filters()?;
    let key = format!("timeline?{}", raw.unwrap_or_default());
    let body = api
        .cached(key, move |lease, pack| {
            let mut filter = spec.resolve(pack)?;
            filter.limit = usize::MAX >> 1;
            let t = lease.store().timeline(&filter, bucket)?;
            let dated: i64 = t.bins.iter().map(|b| b.events).sum();
            json(&TimelineOut {
                bucket: bucket.name(),
                events: dated + t.undated,
                fatalities: t.bins.iter().map(|b| b.fatalities).sum(),
                undated: t.undated,
                bins: t
                    .bins
                    .into_iter()
                    .map(|b| Bin {
                        date: b.key,
                        events: b.events,
                        fatalities: b.fatalities,
                    })
                    .collect(),
            })
        })
        .await?;
    Ok(json_response(body))
}

// ---------------------------------------------------------------- lookups

#[derive(Serialize)]
struct PlacesPage<'a> {
    query: String,
    /// Places matching, beyond the limit too.
    total: usize,
    places: Vec<PlaceView<'a>>,
}

async fn places(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &["q", "limit"])?;
    let query = q
        .text("q")
        .ok_or_else(|| ApiError::bad_request("q is required: a place name, id or P-code"))?
        .to_string();
    let limit = q.bounded("limit", DEFAULT_LOOKUP, api.limits.lookup)?;
    let body = api
        .blocking(move |pack| {
            let found = pack.search_places(&query);
            json(&PlacesPage {
                total: found.len(),
                places: found.iter().take(limit).map(|p| p.view()).collect(),
                query,
            })
        })
        .await?;
    Ok(json_response(body))
}

#[derive(Serialize)]
struct ActorView<'a> {
    id: &'a str,
    /// ACLED-style name.
    name: &'a str,
    /// ACLED inter code.
    inter: u8,
    parent: Option<&'a str>,
    since: Option<&'a str>,
    until: Option<&'a str>,
    successor: Option<&'a str>,
    aliases: &'a [String],
}

fn actor_view(a: &rasad_pack::Actor) -> ActorView<'_> {
    ActorView {
        id: &a.id,
        name: &a.name,
        inter: a.inter,
        parent: a.parent.as_deref(),
        since: a.since.as_deref(),
        until: a.until.as_deref(),
        successor: a.successor.as_deref(),
        aliases: &a.aliases,
    }
}

#[derive(Serialize)]
struct ActorsPage<'a> {
    query: Option<String>,
    total: usize,
    actors: Vec<ActorView<'a>>,
}

async fn actors(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &["q", "limit"])?;
    let query = q.text("q").map(str::to_string);
    let limit = q.bounded("limit", api.limits.lookup, api.limits.lookup)?;
    let body = api
        .blocking(move |pack| {
            let found: Vec<&rasad_pack::Actor> = match &query {
                Some(q) => pack.search_actors(q),
                None => pack.actors.iter().collect(),
            };
            json(&ActorsPage {
                total: found.len(),
                actors: found.iter().take(limit).map(|a| actor_view(a)).collect(),
                query,
            })
        })
        .await?;
    Ok(json_response(body))
}

#[derive(Serialize)]
struct Meta {
    counts: Counts,
    /// First and last event dates; null for a store without dated events.
    dates: Option<DateRange>,
    taxonomy: Vec<TypeView>,
    governorates: &'static [&'static str],
    outlets: Vec<Outlet>,
    reporters: Vec<ReporterView>,
    limits: Limits,
    export_formats: Vec<&'static str>,
}

#[derive(Serialize)]
struct ReporterView {
    id: String,
    name: String,
    name_ar: Option<String>,
}

#[derive(Serialize)]
struct DateRange {
    first: String,
    last: String,
}

#[derive(Serialize)]
struct TypeView {
    event_type: &'static str,
    sub_event_types: &'static [&'static str],
}

#[derive(Serialize)]
struct Outlet {
    name: String,
    events: i64,
}

async fn meta(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    Params::parse(raw.as_deref(), &[])?;
    let limits = api.limits;
    let body = api
        .cached("meta".into(), move |lease, pack| {
            let store = lease.store();
            json(&Meta {
                counts: store.counts()?,
                dates: store.date_range()?.map(|(first, last)| DateRange { first, last }),
                taxonomy: TAXONOMY
                    .iter()
                    .map(|(t, subs)| TypeView {
                        event_type: t,
                        sub_event_types: subs,
                    })
                    .collect(),
                governorates: &GOVERNORATES,
                outlets: store
                    .outlets()?
                    .into_iter()
                    .map(|(name, events)| Outlet { name, events })
                    .collect(),
                reporters: pack
                    .reporters
                    .iter()
                    .map(|r| ReporterView {
                        id: r.id.clone(),
                        name: r.name.clone(),
                        name_ar: r.aliases.first().cloned(),
                    })
                    .collect(),
                limits,
                export_formats: rasad_export::Format::ALL.iter().map(|f| f.name()).collect(),
            })
        })
        .await?;
    Ok(json_response(body))
}

// ---------------------------------------------------------------- export

async fn export(State(api): State<Api>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let q = Params::parse(raw.as_deref(), &with_filters(&["format", "limit", "offset"]))?;
    let names: Vec<&'static str> = rasad_export::Format::ALL.iter().map(|f| f.name()).collect();
    let Some(given) = q.text("format") else {
        return Err(ApiError::bad_request(format!(
            "format is required: one of {}",
            names.join(", ")
        )));
    };
    let format: rasad_export::Format = q.choice("format", &names, "")?.parse().map_err(|_| {
        ApiError::bad_request(format!(
            "format must be one of {}, not {given:?}",
            names.join(", ")
        ))
    })?;
    let spec = FilterSpec {
        // No limit unless one is given.
        limit: match q.text("limit") {
            Some(_) => Some(q.bounded("limit", 0, MAX_OFFSET)?),
            None => None,
        },
        offset: Some(q.bounded("offset", 0, MAX_OFFSET)?),
        ..q.filters()?
    };
    // A bad filter is a 400 before anything is sent.
    let filter = api
        .blocking(move |pack| {
            let no_limit = spec.limit.is_none();
            let mut filter = FilterSpec { limit: None, ..spec }.resolve(pack)?;
            filter.limit = if no_limit {
                i64::MAX as usize
            } else {
                spec.limit.unwrap_or(0)
            };
            Ok(filter)
        })
        .await?;
    let exporting = api.pool.export_permit().await;
    let lease = api.pool.lease().await;
    let (mut writer, body) = crate::stream::channel();
    let x = Arc::clone(&api.extractor);
    tokio::task::spawn_blocking(move || {
        let _exporting = exporting;
        let pack = &x.engine().pack;
        let exporter = rasad_export::Exporter::new(pack);
        let written = (|| -> Result<(), String> {
            let mut sink = exporter.sink(format, &mut writer).map_err(|e| e.to_string())?;
            lease
                .store()
                .export(&filter, &mut sink)
                .map_err(|e| e.to_string())?;
            sink.finish().map_err(|e| e.to_string())?;
            Ok(())
        })();
        if let Err(reason) = written {
            writer.fail(reason);
        }
    });
    let filename = format!("rasad-events.{}", format.extension());
    Ok((
        [
            (CONTENT_TYPE, HeaderValue::from_static(format.media_type())),
            (
                CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                    .expect("an ASCII file name"),
            ),
        ],
        Body::new(body),
    )
        .into_response())
}

// ---------------------------------------------------------------- extract

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtractIn {
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    id: Option<String>,
}

#[derive(Serialize)]
struct ExtractOut {
    id: String,
    published: Option<String>,
    events: Vec<Event>,
    /// Place-like names the gazetteer does not know, as written.
    unresolved: Vec<String>,
}

async fn extract(State(api): State<Api>, req: Request) -> Result<Response, ApiError> {
    let (parts, body) = req.into_parts();
    let media = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
    let is_json = match media.as_deref() {
        Some("application/json") => true,
        Some("text/plain") => false,
        other => {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "send the article as application/json ({{\"text\": …, \"published\": …, \"id\": …}}) \
                     or as text/plain (published and id as query parameters), not {}",
                    other.map_or("a body without a Content-Type".to_string(), |m| format!("{m:?}"))
                ),
            ));
        }
    };
    let q = Params::parse(
        parts.uri.query(),
        if is_json { &[] } else { &["published", "id"] },
    )?;
    let bytes = read_capped(body, &parts.headers, api.limits.body_bytes).await?;
    let input = if is_json {
        serde_json::from_slice::<ExtractIn>(&bytes).map_err(|e| {
            ApiError::bad_request(format!(
                "the body is not the JSON expected ({{\"text\": string, \"published\"?: \"YYYY-MM-DD\", \"id\"?: string}}): {e}"
            ))
        })?
    } else {
        ExtractIn {
            text: String::from_utf8(bytes.to_vec())
                .map_err(|_| ApiError::bad_request("the body is not UTF-8 text"))?,
            published: q.text("published").map(str::to_string),
            id: q.text("id").map(str::to_string),
        }
    };
    if input.text.trim().is_empty() {
        return Err(ApiError::bad_request("text is empty: send the article's text"));
    }
    let published = match input
        .published
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        None => None,
        Some(p) => Some(
            rasad_text::dates::Date::parse(p)
                .ok_or_else(|| ApiError::bad_request(format!("published {p:?} is not a date YYYY-MM-DD")))?,
        ),
    };
    let id = input.id.unwrap_or_else(|| "api".to_string());
    let _running = api
        .extractions
        .acquire()
        .await
        .expect("the extraction semaphore is never closed");
    let x = Arc::clone(&api.extractor);
    let body = tokio::task::spawn_blocking(move || {
        let found = x.extract(ArticleIn {
            id: &id,
            text: &input.text,
            published,
        });
        json(&ExtractOut {
            id,
            published: published.map(|d| d.to_string()),
            events: found.events,
            unresolved: found.unresolved,
        })
    })
    .await
    .map_err(|e| ApiError::internal(format!("extraction failed: {e}")))??;
    Ok(json_response(body))
}

/// The body, refused with 413 past `limit` bytes (before reading it when
/// its declared length says so).
async fn read_capped(
    mut body: Body,
    headers: &axum::http::HeaderMap,
    limit: usize,
) -> Result<bytes::Bytes, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the body is over {limit} bytes ({:.1} MB), the most this endpoint reads; send a shorter article",
                limit as f64 / (1 << 20) as f64
            ),
        )
    };
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let mut buf = bytes::BytesMut::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| ApiError::bad_request(format!("reading the body: {e}")))?;
        if let Ok(data) = frame.into_data() {
            if buf.len() + data.len() > limit {
                return Err(too_large());
            }
            buf.extend_from_slice(&data);
        }
    }
    Ok(buf.freeze())
}

// ---------------------------------------------------------------- openapi

async fn openapi_json(RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    Params::parse(raw.as_deref(), &[])?;
    static DOC: std::sync::LazyLock<Vec<u8>> =
        std::sync::LazyLock::new(|| serde_json::to_vec_pretty(&crate::openapi()).expect("a JSON document"));
    Ok(json_response(Bytes::from_static(&DOC)))
}
