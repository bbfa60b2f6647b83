//! The OpenAPI 3.1 document of the API, made in code so that shared parts
//! (filters, the event record) are written once.
//!
//! Conventions the tests rely on: every operation's example request is
//! its parameters that carry an `example` (path parameters always do),
//! plus the request body's `example`; its example answer is the `example`
//! of its 200 response. A test sends every example request to a server
//! over a store of its own and checks the answer against the schema.

use rasad_export::{Format, ACLED_COLUMNS};
use rasad_pack::{GOVERNORATES, TAXONOMY};
use serde_json::{json, Map, Value};

use crate::api::DEFAULT_PAGE;

/// The document served at `/api/openapi.json`.
pub fn openapi() -> Value {
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "rasad API",
            "version": env!("CARGO_PKG_VERSION"),
            "summary": "Conflict events read from Arabic news: stored events, their articles and evidence, full-text search, statistics, exports, and extraction of posted text.",
            "description": "Event records follow the project's events.md §1 (ACLED's taxonomy, canonical actor ids, governorates in OCHA spelling, character offsets for evidence). Every endpoint but POST /api/extract only reads. Errors are JSON `{\"error\": reason}`: 400 for a bad parameter or filter (unknown parameters included), 404 for an unknown id or path, 405 for a wrong method, 413 for an over-long body, 415 for a body of another media type. Character offsets (evidence, context, highlights) count Unicode scalar values.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
        },
        "paths": paths(),
        "components": {
            "schemas": schemas(),
            "responses": responses(),
        }
    })
}

fn r(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn nullable(name: &str) -> Value {
    json!({ "oneOf": [r(name), {"type": "null"}] })
}

fn error_ref(code: &str) -> (String, Value) {
    let name = match code {
        "400" => "BadRequest",
        "404" => "NotFound",
        "405" => "MethodNotAllowed",
        "413" => "PayloadTooLarge",
        "415" => "UnsupportedMediaType",
        _ => "InternalError",
    };
    (
        code.to_string(),
        json!({ "$ref": format!("#/components/responses/{name}") }),
    )
}

/// An operation: its 200 answer (`content` by media type) and the error
/// answers it can give.
fn operation(
    id: &str,
    summary: &str,
    description: &str,
    parameters: Vec<Value>,
    ok: Value,
    errors: &[&str],
) -> Value {
    let mut responses = Map::new();
    responses.insert("200".into(), ok);
    for code in errors {
        let (c, v) = error_ref(code);
        responses.insert(c, v);
    }
    json!({
        "operationId": id,
        "summary": summary,
        "description": description,
        "parameters": parameters,
        "responses": responses,
    })
}

fn ok_json(description: &str, schema: Value, example: Value) -> Value {
    json!({
        "description": description,
        "content": {"application/json": {"schema": schema, "example": example}}
    })
}

fn query(name: &str, description: &str, schema: Value, example: Option<Value>) -> Value {
    let mut p = json!({
        "name": name,
        "in": "query",
        "required": false,
        "description": description,
        "schema": schema,
    });
    if let Some(e) = example {
        p["example"] = e;
    }
    p
}

fn required(mut p: Value) -> Value {
    p["required"] = json!(true);
    p
}

fn path_id(description: &str, example: i64) -> Value {
    json!({
        "name": "id",
        "in": "path",
        "required": true,
        "description": description,
        "schema": {"type": "integer", "minimum": 1},
        "example": example,
    })
}

fn limit(default: usize, max: usize, minimum: usize, example: Option<usize>) -> Value {
    query(
        "limit",
        &format!("At most this many (default {default}, at most {max})."),
        json!({"type": "integer", "minimum": minimum, "maximum": max, "default": default}),
        example.map(|e| json!(e)),
    )
}

fn offset() -> Value {
    query(
        "offset",
        "Skip this many (paging; newest first).",
        json!({"type": "integer", "minimum": 0, "default": 0}),
        None,
    )
}

/// The filters of `rasad events`; `examples` gives a value to those the
/// operation's example request uses.
fn filters(examples: &[(&str, Value)]) -> Vec<Value> {
    let types: Vec<&str> = TAXONOMY.iter().map(|(t, _)| *t).collect();
    let subs: Vec<&str> = TAXONOMY.iter().flat_map(|(_, s)| s.iter().copied()).collect();
    let string = json!({"type": "string"});
    let date = json!({"type": "string", "format": "date"});
    let defs = [
        ("type", format!("Event type (events.md §2): {}. Case and punctuation are ignored and a unique prefix is enough (`explosions`).", types.join("; ")), string.clone()),
        ("sub_type", format!("Sub-event type: {}. Matched like `type`.", subs.join("; ")), string.clone()),
        ("actor", "Actor id, name or alias (`opposition`, `داعش`); includes the groups under it (`opposition` includes `fsa` and its factions). See /api/actors.".to_string(), string.clone()),
        ("admin1", format!("Governorate in English or Arabic: {}.", GOVERNORATES.join(", ")), string.clone()),
        ("place", "Place name in any spelling the gazetteer knows (كفرزيتا = كفر زيتا), a gazetteer id or a P-code. See /api/places.".to_string(), string.clone()),
        ("near", "`LAT,LON,KM`: events within KM kilometres of a point (0 < KM ≤ 2000).".to_string(), json!({"type": "string", "pattern": "^-?[0-9.]+,-?[0-9.]+,[0-9.]+$"})),
        ("from", "First event date, inclusive (YYYY-MM-DD).".to_string(), date.clone()),
        ("to", "Last event date, inclusive (YYYY-MM-DD).".to_string(), date),
        ("min_fatalities", "At least this many killed.".to_string(), json!({"type": "integer", "minimum": 0})),
        ("outlet", "The article's outlet (its name, or the web host when the article gave none); see /api/meta.".to_string(), string),
    ];
    defs.into_iter()
        .map(|(name, description, schema)| {
            let example = examples.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
            query(name, &description, schema, example)
        })
        .collect()
}

fn paths() -> Value {
    let events = operation(
        "listEvents",
        "Stored events matching filters, newest first",
        "The filters of `rasad events` as query parameters. `fields=full` (default) gives each event's whole record (events.md §1) with its `id` and article; `fields=map` gives a few fields per event, for map markers and timelines, and allows larger pages. `total` counts every match, beyond the page.",
        {
            let mut p = filters(&[("admin1", json!("Hama")), ("from", json!("2017-01-01"))]);
            p.push(query(
                "fields",
                "`full` records or compact `map` events.",
                json!({"type": "string", "enum": ["full", "map"], "default": "full"}),
                None,
            ));
            p.push(query(
                "limit",
                "Events per page: default 100; at most 1000 with fields=full, 10000 with fields=map. 0 gives only the total.",
                json!({"type": "integer", "minimum": 0, "maximum": 10000, "default": 100}),
                Some(json!(2)),
            ));
            p.push(offset());
            p
        },
        ok_json("A page of events.", r("EventsPage"), examples::events_page()),
        &["400", "405", "500"],
    );
    let event = operation(
        "getEvent",
        "One event, with its evidence in context",
        "The record, its article's metadata, and the paragraph(s) of the article holding the evidence, with the evidence's character offsets inside them (for highlighting).",
        vec![path_id("The event's id (`id` of a listed event).", 1)],
        ok_json("The event.", r("EventDetail"), examples::event_detail()),
        &["400", "404", "405", "500"],
    );
    let search = operation(
        "search",
        "Arabic-aware full-text search of articles and event evidence",
        "Plain words must all match (clitics, spelling variants and compound names are folded: كفرزيتا finds كفر زيتا, الطائرات finds بالطائرات), \"quoted phrases\" match exactly, -word excludes. A query of only stopwords or exclusions is a 400.",
        vec![
            required(query("q", "The query.", json!({"type": "string", "minLength": 1}), Some(json!("غارات")))),
            limit(20, 100, 1, Some(5)),
        ],
        ok_json("Hits, best first.", r("SearchPage"), examples::search_page()),
        &["400", "405", "500"],
    );
    let article = operation(
        "getArticle",
        "One stored article and its events",
        "The article's metadata and text as ingested, and the ids of the events read from it.",
        vec![path_id("The article's key (`article.key` of an event).", 1)],
        ok_json("The article.", r("ArticleDetail"), examples::article()),
        &["400", "404", "405", "500"],
    );
    let stats = operation(
        "getStats",
        "Breakdowns of the events matching filters",
        "Counts and fatalities by month, governorate, event type, sub-event type and actor (every side of an event counts), and the store's totals.",
        {
            let mut p = filters(&[("from", json!("2017-01-01"))]);
            p.push(query(
                "top",
                "Rows of the governorate and actor breakdowns (default 20, at most 1000).",
                json!({"type": "integer", "minimum": 0, "maximum": 1000, "default": 20}),
                Some(json!(5)),
            ));
            p
        },
        ok_json("The breakdowns.", r("Stats"), examples::stats()),
        &["400", "405", "500"],
    );
    let timeline = operation(
        "getTimeline",
        "Events and fatalities per day, week, month or year",
        "For a timeline: bins that hold events, oldest first, each keyed by its first day (weeks start on Monday). Bins without events are left out. Undated events are counted apart.",
        {
            let mut p = filters(&[]);
            p.push(query(
                "bucket",
                "Bin width.",
                json!({"type": "string", "enum": ["day", "week", "month", "year"], "default": "day"}),
                Some(json!("month")),
            ));
            p
        },
        ok_json("The bins.", r("Timeline"), examples::timeline()),
        &["400", "405", "500"],
    );
    let places = operation(
        "searchPlaces",
        "Gazetteer places by name, alias, id or P-code",
        "Exact matches first, then names starting with the query, then names containing it; equally good matches in order of importance (a town before the district named after it).",
        vec![
            required(query("q", "A place name (Arabic or English), id or P-code.", json!({"type": "string", "minLength": 1}), Some(json!("كفر زيتا")))),
            limit(20, 200, 0, Some(5)),
        ],
        ok_json("Places.", r("PlacesPage"), examples::places()),
        &["400", "405"],
    );
    let actors = operation(
        "searchActors",
        "Actors by id, name or alias",
        "Without `q`, every actor of the pack. Actor ids are what `actor1`, `actor2` and the `actor` filter use.",
        vec![
            query("q", "An actor id, name or alias.", json!({"type": "string"}), Some(json!("opposition"))),
            limit(200, 200, 0, None),
        ],
        ok_json("Actors.", r("ActorsPage"), examples::actors()),
        &["400", "405"],
    );
    let meta = operation(
        "getMeta",
        "What the store holds and the values filters take",
        "Counts, the span of event dates, the taxonomy, governorates, outlets with their event counts, the API's limits and export formats: what a user interface needs to draw its filters.",
        vec![],
        ok_json("The store's description.", r("Meta"), examples::meta()),
        &["400", "405", "500"],
    );
    let formats: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
    let export = operation(
        "exportEvents",
        "Every event matching filters, as a file",
        &format!(
            "Streamed (any size), with `Content-Disposition: attachment; filename=\"rasad-events.EXT\"`. `acled-csv` has ACLED's 31 columns ({}); `geojson` is an RFC 7946 FeatureCollection (geometry null where the place has no coordinates); `jsonl` is one record per line. No limit unless one is given. An error after the first bytes cuts the transfer short.",
            ACLED_COLUMNS.join(", ")
        ),
        {
            let mut p = vec![required(query(
                "format",
                "The file's format.",
                json!({"type": "string", "enum": formats}),
                Some(json!("geojson")),
            ))];
            p.extend(filters(&[("admin1", json!("Hama"))]));
            p.push(query(
                "limit",
                "At most this many events (default: all).",
                json!({"type": "integer", "minimum": 0}),
                Some(json!(1)),
            ));
            p.push(offset());
            p
        },
        json!({
            "description": "The file.",
            "headers": {
                "Content-Disposition": {
                    "description": "attachment; filename=\"rasad-events.csv\" (.geojson, .jsonl)",
                    "schema": {"type": "string"}
                }
            },
            "content": {
                Format::AcledCsv.media_type(): {
                    "schema": {"type": "string", "description": "CSV with a header row of ACLED's 31 columns."},
                    "example": examples::acled_csv()
                },
                Format::GeoJson.media_type(): {
                    "schema": r("FeatureCollection"),
                    "example": examples::geojson()
                },
                Format::Jsonl.media_type(): {
                    "schema": {"type": "string", "description": "One ExportRecord per line."},
                    "example": examples::jsonl()
                }
            }
        }),
        &["400", "405"],
    );
    let mut extract = operation(
        "extractEvents",
        "Event records from posted article text (nothing is stored)",
        "The article as JSON, or as plain text with `published` and `id` as query parameters. The publication date resolves relative dates (أمس، يوم الخميس). Bodies over 1 MB are refused with 413.",
        vec![
            query("published", "With text/plain: the publication date (YYYY-MM-DD).", json!({"type": "string", "format": "date"}), None),
            query("id", "With text/plain: the article's id (becomes each record's doc_id; default `api`).", json!({"type": "string"}), None),
        ],
        ok_json("The events found.", r("ExtractResult"), examples::extract_result()),
        &["400", "405", "413", "415", "500"],
    );
    extract["requestBody"] = json!({
        "required": true,
        "content": {
            "application/json": {"schema": r("ExtractRequest"), "example": examples::extract_request()},
            "text/plain": {"schema": {"type": "string", "minLength": 1}, "example": examples::extract_text()}
        }
    });
    let fused = operation(
        "listFused",
        "Fused events: one real-world event, however many outlets told it",
        "Reports of the same event from different articles (same sub-type family, places within a distance set by their precision, dates within a window set by their time precision, compatible sides) are one fused event, with the most precise place and date, the distinct outlets, the figures each gave and where they disagree. The filters of /api/events apply to the fused event (`actor` to either side, `outlet` to any report, `min_fatalities` to the best figure). Newest first.",
        {
            let mut p = filters(&[("admin1", json!("Hama"))]);
            p.push(query(
                "min_sources",
                "Only fused events told by at least this many distinct outlets.",
                json!({"type": "integer", "minimum": 0, "default": 1}),
                Some(json!(2)),
            ));
            p.push(query(
                "contradicted",
                "`true`: only fused events whose reports contradict each other.",
                json!({"type": "string", "enum": ["true", "false"], "default": "false"}),
                None,
            ));
            p.push(limit(DEFAULT_PAGE, 1000, 0, None));
            p.push(offset());
            p
        },
        ok_json("A page of fused events.", r("FusedPage"), examples::fused_page()),
        &["400", "405", "500"],
    );
    let fused_one = operation(
        "getFused",
        "One fused event with every report in full",
        "The fused event, why each report joined it, and each report's whole record with its article: for reading them side by side.",
        vec![path_id("The fused event's id (`fused` of /api/events/{id}).", 1)],
        ok_json("The fused event.", r("FusedDetail"), examples::fused_detail()),
        &["400", "404", "405", "500"],
    );
    let contradictions = operation(
        "listContradictions",
        "Where reports of one event disagree, with the evidence of each side",
        "Fatality figures apart beyond the tolerance (highest > 1.5 × lowest + 2), perpetrators that are not kin (Russian jets / the regime's), different takers of one place. One item per disagreement, for the fused events matching the filters (`limit` and `offset` page those fused events).",
        {
            let mut p = filters(&[("admin1", json!("Hama"))]);
            p.push(limit(DEFAULT_PAGE, 1000, 0, None));
            p.push(offset());
            p
        },
        ok_json("The disagreements.", r("ContradictionsPage"), examples::contradictions()),
        &["400", "405", "500"],
    );
    let control = operation(
        "getControl",
        "Who holds what: a place's control timeline, or every known place's controller on a day",
        "From territory events (captures, retakings, hand-overs). With `place`: its steps, oldest first. With `on`: each known place's latest step on or before that day (the more confident on a tie), in `admin1` or everywhere. Exactly one of `place` and `on`.",
        vec![
            query("place", "A place name in any spelling, a gazetteer id or a P-code.", json!({"type": "string"}), Some(json!("معان"))),
            query("on", "A day (YYYY-MM-DD).", json!({"type": "string", "format": "date"}), None),
            query("admin1", "With `on`: only this governorate (English or Arabic).", json!({"type": "string"}), None),
        ],
        ok_json("Control steps.", r("ControlAnswer"), examples::control()),
        &["400", "405", "500"],
    );
    let doc = operation(
        "getOpenApi",
        "This document",
        "The OpenAPI 3.1 description of the API.",
        vec![],
        ok_json(
            "The document.",
            json!({"type": "object", "required": ["openapi", "info", "paths"], "properties": {"openapi": {"type": "string"}, "info": {"type": "object"}, "paths": {"type": "object"}, "components": {"type": "object"}}}),
            json!({"openapi": "3.1.0", "info": {"title": "rasad API", "version": "0.1.0"}, "paths": {}, "components": {}}),
        ),
        &["400", "405"],
    );
    json!({
        "/api/events": {"get": events},
        "/api/events/{id}": {"get": event},
        "/api/search": {"get": search},
        "/api/articles/{id}": {"get": article},
        "/api/stats": {"get": stats},
        "/api/timeline": {"get": timeline},
        "/api/places": {"get": places},
        "/api/actors": {"get": actors},
        "/api/meta": {"get": meta},
        "/api/fused": {"get": fused},
        "/api/fused/{id}": {"get": fused_one},
        "/api/contradictions": {"get": contradictions},
        "/api/control": {"get": control},
        "/api/export": {"get": export},
        "/api/extract": {"post": extract},
        "/api/openapi.json": {"get": doc},
    })
}

fn object(required: &[&str], properties: Value) -> Value {
    json!({"type": "object", "required": required, "properties": properties})
}

fn nstring() -> Value {
    json!({"type": ["string", "null"]})
}

fn count() -> Value {
    json!({"type": "integer", "minimum": 0})
}

/// Properties of the events.md §1 record.
fn event_properties() -> Map<String, Value> {
    let types: Vec<&str> = TAXONOMY.iter().map(|(t, _)| *t).collect();
    let subs: Vec<&str> = TAXONOMY.iter().flat_map(|(_, s)| s.iter().copied()).collect();
    let props = json!({
        "doc_id": {"type": "string", "description": "The article's id as given at ingest."},
        "event_type": {"type": "string", "enum": types},
        "sub_event_type": {"type": "string", "enum": subs},
        "actor1": {"type": ["string", "null"], "description": "The side that acts: a canonical actor id (see /api/actors)."},
        "actor2": {"type": ["string", "null"], "description": "The side acted upon."},
        "assoc_actor1": {"type": "array", "items": {"type": "string"}},
        "assoc_actor2": {"type": "array", "items": {"type": "string"}},
        "location": r("Location"),
        "event_date": {"type": ["string", "null"], "format": "date"},
        "time_precision": {"type": ["integer", "null"], "enum": [1, 2, 3, null], "description": "1 day, 2 week or a few days, 3 month or vaguer."},
        "fatalities": {"type": ["integer", "null"], "minimum": 0, "description": "The lowest figure the text supports; null when it gives none."},
        "injuries": {"type": ["integer", "null"], "minimum": 0},
        "reported_by": {"type": "array", "items": {"type": "string"}, "description": "Who the text attributes the report to (SOHR, SANA, activists …)."},
        "evidence": r("Evidence"),
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    });
    match props {
        Value::Object(m) => m,
        _ => unreachable!("an object literal"),
    }
}

const EVENT_REQUIRED: [&str; 15] = [
    "doc_id",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor1",
    "assoc_actor2",
    "location",
    "event_date",
    "time_precision",
    "fatalities",
    "injuries",
    "reported_by",
    "evidence",
    "confidence",
];

/// The record plus `more` properties, all required.
fn record_with(description: &str, more: Value) -> Value {
    let mut props = event_properties();
    let mut required: Vec<String> = EVENT_REQUIRED.iter().map(|s| s.to_string()).collect();
    if let Value::Object(m) = more {
        for (k, v) in m {
            required.push(k.clone());
            props.insert(k, v);
        }
    }
    json!({"type": "object", "description": description, "required": required, "properties": props})
}

fn schemas() -> Value {
    let article_meta_props = json!({
        "key": {"type": "integer", "description": "The store's article key (/api/articles/{key})."},
        "doc_id": {"type": "string"},
        "outlet": nstring(),
        "url": nstring(),
        "title": nstring(),
        "published": {"type": ["string", "null"], "format": "date"},
        "ingested": {"type": "integer", "description": "When the store took it in, Unix seconds."}
    });
    let meta_required = ["key", "doc_id", "outlet", "url", "title", "published", "ingested"];
    let stored_more = json!({
        "id": {"type": "integer", "description": "The store's event id (/api/events/{id}; SYR<id> in ACLED exports)."},
        "article": r("ArticleMeta")
    });
    let mut article_detail_props = article_meta_props.clone();
    article_detail_props["text"] = json!({"type": "string", "description": "The text as ingested; evidence offsets count its characters."});
    article_detail_props["events"] =
        json!({"type": "array", "items": {"type": "integer"}, "description": "Its events' ids."});
    let mut article_detail_required: Vec<&str> = meta_required.to_vec();
    article_detail_required.extend(["text", "events"]);
    let stat_rows = json!({"type": "array", "items": r("StatRow")});
    let string_array = json!({"type": "array", "items": {"type": "string"}});
    let kinds = json!([
        "community",
        "town",
        "neighbourhood",
        "site",
        "region",
        "governorate",
        "district",
        "subdistrict"
    ]);
    let mut s = Map::new();
    s.insert(
        "Error".into(),
        object(
            &["error"],
            json!({"error": {"type": "string", "description": "What was wrong, for a person."}}),
        ),
    );
    s.insert("Location".into(), object(
            &["name", "name_en", "admin1", "admin2", "lat", "lon", "geo_precision", "place_id"],
            json!({
                "name": nstring(),
                "name_en": nstring(),
                "admin1": {"type": ["string", "null"], "description": format!("The governorate, in events.md §4's spelling: {}.", GOVERNORATES.join(", "))},
                "admin2": nstring(),
                "lat": {"type": ["number", "null"]},
                "lon": {"type": ["number", "null"]},
                "geo_precision": {"type": "integer", "enum": [1, 2, 3], "description": "1 the place itself, 2 near a place or part of a governorate, 3 the governorate or larger."},
                "place_id": nstring()
            })
        ));
    s.insert("Evidence".into(), object(&["start", "end", "text"], json!({
            "start": {"type": "integer", "minimum": 0, "description": "Character offset into the article text."},
            "end": {"type": "integer", "minimum": 0, "description": "End, exclusive."},
            "text": {"type": "string"}
        })));
    s.insert(
        "Event".into(),
        record_with("An event record as events.md §1 defines it.", json!({})),
    );
    s.insert("ArticleMeta".into(), object(&meta_required, article_meta_props));
    s.insert(
        "StoredEvent".into(),
        record_with(
            "A stored event: the record, its id and its article.",
            stored_more.clone(),
        ),
    );
    s.insert("MapEvent".into(), object(
            &["id", "event_date", "event_type", "sub_event_type", "place", "admin1", "place_id", "lat", "lon", "geo_precision", "fatalities"],
            json!({
                "id": {"type": "integer"},
                "event_date": {"type": ["string", "null"], "format": "date"},
                "event_type": {"type": "string"},
                "sub_event_type": {"type": "string"},
                "place": {"type": ["string", "null"], "description": "The gazetteer's Arabic name of the place."},
                "admin1": nstring(),
                "place_id": nstring(),
                "lat": {"type": ["number", "null"]},
                "lon": {"type": ["number", "null"]},
                "geo_precision": {"type": ["integer", "null"], "enum": [1, 2, 3, null], "description": "The gazetteer's precision of the place: 1 the town itself, 2 an area, 3 a governorate or larger; null when the place is not in the gazetteer."},
                "fatalities": {"type": ["integer", "null"]}
            })
        ));
    s.insert("EventsPage".into(), object(&["total", "limit", "offset", "fields", "events"], json!({
            "total": {"type": "integer", "minimum": 0, "description": "Events matching the filters, on every page."},
            "limit": count(),
            "offset": count(),
            "fields": {"type": "string", "enum": ["full", "map"]},
            "events": {"type": "array", "items": {"oneOf": [r("StoredEvent"), r("MapEvent")]}, "description": "StoredEvent with fields=full, MapEvent with fields=map."}
        })));
    s.insert(
        "Span".into(),
        object(&["start", "end"], json!({"start": count(), "end": count()})),
    );
    s.insert("Context".into(), object(&["text", "article", "evidence", "clipped_before", "clipped_after"], json!({
            "text": {"type": "string", "description": "The paragraph(s) holding the evidence, as the article writes them."},
            "article": {"$ref": "#/components/schemas/Span", "description": "Where `text` is in the article (characters)."},
            "evidence": {"$ref": "#/components/schemas/Span", "description": "Where the evidence is in `text` (characters)."},
            "clipped_before": {"type": "boolean", "description": "`text` was cut before (an over-long paragraph)."},
            "clipped_after": {"type": "boolean"}
        })));
    s.insert(
        "EventDetail".into(),
        record_with("A stored event and its evidence in context.", {
            let mut m = stored_more.clone();
            m["fused"] = json!({"type": ["integer", "null"], "description": "The fused event it is a report of (/api/fused/{id})."});
            m["context"] = nullable("Context");
            m
        }),
    );
    s.insert(
        "FusedPlace".into(),
        object(
            &[
                "name",
                "name_en",
                "place_id",
                "admin1",
                "lat",
                "lon",
                "geo_precision",
            ],
            json!({
                "name": nstring(), "name_en": nstring(), "place_id": nstring(), "admin1": nstring(),
                "lat": {"type": ["number", "null"]}, "lon": {"type": ["number", "null"]},
                "geo_precision": {"type": "integer", "enum": [1, 2, 3]}
            }),
        ),
    );
    s.insert("Figure".into(), object(&["value", "event", "outlet", "reported_by"], json!({
            "value": count(), "event": {"type": "integer"}, "outlet": nstring(), "reported_by": string_array
        })));
    s.insert("Tally".into(), object(&["min", "best", "max", "figures"], json!({
            "min": count(), "best": {"type": "integer", "minimum": 0, "description": "The median figure (the lower of the two middle ones)."}, "max": count(),
            "figures": {"type": "array", "items": r("Figure")}
        })));
    s.insert("Flag".into(), object(&["kind", "detail", "sides"], json!({
            "kind": {"type": "string", "enum": ["fatalities", "perpetrator", "territory"]},
            "detail": {"type": "string"},
            "sides": {"type": "array", "items": object(&["claim", "events"], json!({"claim": {"type": "string"}, "events": {"type": "array", "items": {"type": "integer"}}}))}
        })));
    let fused_props = json!({
        "id": {"type": "integer"},
        "family": {"type": "string", "description": "The sub-type family reports must share to fuse (data/fusion.toml)."},
        "event_type": {"type": "string"}, "sub_event_type": {"type": "string", "description": "The sub-type most reports give."},
        "place": r("FusedPlace"),
        "event_date": {"type": ["string", "null"], "format": "date"},
        "time_precision": {"type": ["integer", "null"], "enum": [1, 2, 3, null]},
        "actor1": nstring(), "actor2": nstring(),
        "sources": {"type": "integer", "minimum": 1, "description": "Distinct outlets (corroboration)."},
        "outlets": string_array,
        "events": {"type": "array", "items": {"type": "integer"}, "description": "The reports' event ids, in the order they came."},
        "fatalities": nullable("Tally"),
        "contradictions": {"type": "array", "items": r("Flag")},
        "joined": {"type": "array", "items": object(&["event", "why"], json!({"event": {"type": "integer"}, "why": {"type": ["string", "null"], "description": "The rule that joined it; null for the report that began the event."}}))}
    });
    let fused_required = [
        "id",
        "family",
        "event_type",
        "sub_event_type",
        "place",
        "event_date",
        "time_precision",
        "actor1",
        "actor2",
        "sources",
        "outlets",
        "events",
        "fatalities",
        "contradictions",
        "joined",
    ];
    s.insert("FusedEvent".into(), object(&fused_required, fused_props.clone()));
    s.insert("FusedDetail".into(), {
        let mut props = fused_props;
        props["reports"] =
            json!({"type": "array", "items": r("StoredEvent"), "description": "Every report, whole."});
        let mut required = fused_required.to_vec();
        required.push("reports");
        object(&required, props)
    });
    s.insert(
        "FusedPage".into(),
        object(
            &["limit", "offset", "more", "fused"],
            json!({
                "limit": count(), "offset": count(),
                "more": {"type": "boolean", "description": "Whether more follow this page."},
                "fused": {"type": "array", "items": r("FusedEvent")}
            }),
        ),
    );
    s.insert("Disagreement".into(), object(&["fused", "event_date", "sub_event_type", "place", "kind", "detail", "sides"], json!({
            "fused": {"type": "integer"},
            "event_date": {"type": ["string", "null"], "format": "date"},
            "sub_event_type": nstring(), "place": nstring(),
            "kind": {"type": "string", "enum": ["fatalities", "perpetrator", "territory"]},
            "detail": {"type": "string"},
            "sides": {"type": "array", "items": object(&["claim", "reports"], json!({
                "claim": {"type": "string"},
                "reports": {"type": "array", "items": object(&["event", "outlet", "doc_id", "evidence"], json!({
                    "event": {"type": "integer"}, "outlet": nstring(), "doc_id": {"type": "string"}, "evidence": {"type": "string"}
                }))}
            }))}
        })));
    s.insert(
        "ContradictionsPage".into(),
        object(
            &["limit", "offset", "contradictions"],
            json!({
                "limit": count(), "offset": count(),
                "contradictions": {"type": "array", "items": r("Disagreement")}
            }),
        ),
    );
    s.insert("ControlStep".into(), object(&["place", "place_name", "admin1", "date", "controller", "confidence", "fused", "lat", "lon"], json!({
            "place": {"type": "string", "description": "The gazetteer id, or the name normalised when the gazetteer lacks it."},
            "place_name": nstring(), "admin1": nstring(),
            "date": {"type": "string", "format": "date"},
            "controller": {"type": "string", "description": "An actor id."},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "fused": {"type": "integer", "description": "The fused territory event that says so."},
            "lat": {"type": ["number", "null"]}, "lon": {"type": ["number", "null"]}
        })));
    s.insert(
        "ControlAnswer".into(),
        object(
            &["place", "on", "admin1", "steps"],
            json!({
                "place": nstring(), "on": {"type": ["string", "null"], "format": "date"}, "admin1": nstring(),
                "steps": {"type": "array", "items": r("ControlStep")}
            }),
        ),
    );
    s.insert("Hit".into(), object(&["kind", "score", "event", "article", "snippet", "highlights"], json!({
            "kind": {"type": "string", "enum": ["article", "evidence"]},
            "score": {"type": "number"},
            "event": {"type": ["integer", "null"], "description": "The event whose evidence matched (kind evidence)."},
            "article": r("ArticleMeta"),
            "snippet": {"type": "string", "description": "Original text around the match."},
            "highlights": {"type": "array", "items": r("Span"), "description": "Character ranges of `snippet` that matched."}
        })));
    s.insert(
        "SearchPage".into(),
        object(
            &["query", "limit", "hits"],
            json!({
                "query": {"type": "string"},
                "limit": count(),
                "hits": {"type": "array", "items": r("Hit")}
            }),
        ),
    );
    s.insert(
        "ArticleDetail".into(),
        object(&article_detail_required, article_detail_props),
    );
    s.insert("Counts".into(), object(&["articles", "events", "mentions", "index_docs", "fused", "fused_multi_source", "fused_contradicted"], json!({
            "articles": count(), "events": count(), "mentions": count(),
            "index_docs": {"type": "integer", "minimum": 0, "description": "Documents in the full-text index (articles + event evidence)."},
            "fused": {"type": "integer", "minimum": 0, "description": "Fused events (one per real-world event, however many reports)."},
            "fused_multi_source": {"type": "integer", "minimum": 0, "description": "Fused events told by more than one outlet."},
            "fused_contradicted": {"type": "integer", "minimum": 0, "description": "Fused events whose reports contradict each other."}
        })));
    s.insert("StatRow".into(), object(&["key", "events", "fatalities"], json!({
            "key": {"type": "string", "description": "The month (YYYY-MM), governorate, type, sub-type or actor id; (none) when unknown."},
            "events": count(),
            "fatalities": count()
        })));
    s.insert("Stats".into(), object(&["counts", "events", "by_month", "by_admin1", "by_type", "by_sub_type", "by_actor"], json!({
            "counts": r("Counts"),
            "events": {"type": "integer", "minimum": 0, "description": "Events matching the filters."},
            "by_month": stat_rows, "by_admin1": stat_rows, "by_type": stat_rows, "by_sub_type": stat_rows, "by_actor": stat_rows
        })));
    s.insert(
        "Bin".into(),
        object(
            &["date", "events", "fatalities"],
            json!({
                "date": {"type": "string", "format": "date", "description": "The bin's first day."},
                "events": count(), "fatalities": count()
            }),
        ),
    );
    s.insert("Timeline".into(), object(&["bucket", "events", "fatalities", "undated", "bins"], json!({
            "bucket": {"type": "string", "enum": ["day", "week", "month", "year"]},
            "events": {"type": "integer", "minimum": 0, "description": "Events matching the filters, dated or not."},
            "fatalities": {"type": "integer", "minimum": 0, "description": "Fatalities of the dated events."},
            "undated": count(),
            "bins": {"type": "array", "items": r("Bin")}
        })));
    s.insert("Place".into(), object(
            &["id", "kind", "name_ar", "name_en", "pcode", "admin1", "admin2", "lat", "lon", "geo_precision", "aliases"],
            json!({
                "id": {"type": "string", "description": "C1234 (OCHA community), ocha:SY…, geonames:…, rasad:…"},
                "kind": {"type": "string", "enum": kinds},
                "name_ar": {"type": "string"}, "name_en": {"type": "string"},
                "pcode": nstring(), "admin1": {"type": "string"}, "admin2": nstring(),
                "lat": {"type": "number"}, "lon": {"type": "number"},
                "geo_precision": {"type": "integer", "enum": [1, 2, 3]},
                "aliases": string_array
            })
        ));
    s.insert("PlacesPage".into(), object(&["query", "total", "places"], json!({
            "query": {"type": "string"},
            "total": {"type": "integer", "minimum": 0, "description": "Places matching, beyond the limit too."},
            "places": {"type": "array", "items": r("Place")}
        })));
    s.insert("Actor".into(), object(&["id", "name", "inter", "parent", "since", "until", "successor", "aliases"], json!({
            "id": {"type": "string"},
            "name": {"type": "string", "description": "ACLED-style name."},
            "inter": {"type": "integer", "description": "ACLED inter code."},
            "parent": {"type": ["string", "null"], "description": "The broader side it belongs to."},
            "since": {"type": ["string", "null"], "format": "date"},
            "until": {"type": ["string", "null"], "format": "date"},
            "successor": {"type": ["string", "null"], "description": "The id it continued as after `until`."},
            "aliases": string_array
        })));
    s.insert(
        "ActorsPage".into(),
        object(
            &["query", "total", "actors"],
            json!({
                "query": nstring(),
                "total": count(),
                "actors": {"type": "array", "items": r("Actor")}
            }),
        ),
    );
    s.insert("Meta".into(), object(&["counts", "dates", "taxonomy", "governorates", "outlets", "reporters", "limits", "export_formats"], json!({
            "counts": r("Counts"),
            "dates": {"oneOf": [
                object(&["first", "last"], json!({"first": {"type": "string", "format": "date"}, "last": {"type": "string", "format": "date"}})),
                {"type": "null"}
            ]},
            "taxonomy": {"type": "array", "items": object(&["event_type", "sub_event_types"], json!({"event_type": {"type": "string"}, "sub_event_types": string_array}))},
            "governorates": string_array,
            "outlets": {"type": "array", "items": object(&["name", "events"], json!({"name": {"type": "string"}, "events": count()}))},
            "reporters": {"type": "array", "description": "Who reports can be attributed to: the ids of a record's reported_by, with an English name and the first Arabic name of the pack.", "items": object(&["id", "name", "name_ar"], json!({"id": {"type": "string"}, "name": {"type": "string"}, "name_ar": nstring()}))},
            "limits": object(&["page", "markers", "search", "lookup", "top", "body_bytes"], json!({
                "page": count(), "markers": count(), "search": count(), "lookup": count(), "top": count(), "body_bytes": count()
            })),
            "export_formats": string_array
        })));
    s.insert("ExtractRequest".into(), object(&["text"], json!({
            "text": {"type": "string", "minLength": 1, "description": "The article's text; evidence offsets count its characters."},
            "published": {"type": ["string", "null"], "format": "date"},
            "id": {"type": ["string", "null"], "description": "Becomes each record's doc_id (default `api`)."}
        })));
    s.insert("ExtractResult".into(), object(&["id", "published", "events", "unresolved"], json!({
            "id": {"type": "string"},
            "published": {"type": ["string", "null"], "format": "date"},
            "events": {"type": "array", "items": r("Event")},
            "unresolved": {"type": "array", "items": {"type": "string"}, "description": "Place-like names the gazetteer does not know, as written."}
        })));
    s.insert(
        "ExportRecord".into(),
        record_with(
            "An exported event: the record and what the store knows of its article.",
            json!({
                "id": {"type": "integer"},
                "outlet": nstring(), "url": nstring(), "published": nstring(), "title": nstring(),
                "ingested": {"type": ["integer", "null"]}
            }),
        ),
    );
    s.insert("FeatureCollection".into(), object(&["type", "features"], json!({
            "type": {"const": "FeatureCollection"},
            "features": {"type": "array", "items": object(&["type", "id", "geometry", "properties"], json!({
                "type": {"const": "Feature"},
                "id": {"type": "integer"},
                "geometry": {"oneOf": [
                    object(&["type", "coordinates"], json!({
                        "type": {"const": "Point"},
                        "coordinates": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2, "description": "[longitude, latitude]"}
                    })),
                    {"type": "null"}
                ]},
                "properties": r("ExportRecord")
            }))}
        })));
    Value::Object(s)
}

fn responses() -> Value {
    let error = |description: &str, example: &str| {
        json!({
            "description": description,
            "content": {"application/json": {"schema": r("Error"), "example": {"error": example}}}
        })
    };
    json!({
        "BadRequest": error("A bad parameter or filter: unknown parameter, unknown type or governorate, malformed date or near, non-numeric limit, empty query …", "unknown query parameter \"colour\"; this endpoint takes: type, sub_type, actor, admin1, place, near, from, to, min_fatalities, outlet, limit, offset, fields"),
        "NotFound": error("No such id, or no such endpoint.", "no event 424242"),
        "MethodNotAllowed": error("The path exists, with another method.", "POST is not allowed on /api/events; use GET"),
        "PayloadTooLarge": error("The body is over the limit (1 MB).", "the body is over 1048576 bytes (1.0 MB), the most this endpoint reads; send a shorter article"),
        "UnsupportedMediaType": error("The body is neither application/json nor text/plain.", "send the article as application/json ({\"text\": …, \"published\": …, \"id\": …}) or as text/plain (published and id as query parameters), not \"application/xml\""),
        "InternalError": error("A fault of the server or its store, not of the request.", "internal error: database: disk I/O error"),
    })
}

/// Example answers: what the API gave over the integration tests' store
/// (articles written for them), shortened to one or two items.
mod examples {
    use serde_json::{json, Value};

    const EVIDENCE: &str = "قتل أربعة مدنيين وأصيب عشرة آخرون اليوم الأحد جراء غارات جوية شنها الطيران الحربي الروسي على بلدة اللطامنة في ريف حماة الشمالي، بحسب ما أفاد المرصد السوري لحقوق الإنسان.";
    const HEADLINE: &str = "غارات روسية على ريف حماة الشمالي";
    const SECOND: &str = "وقال المرصد إن الطائرات الحربية استهدفت أيضاً أطراف مدينة كفرزيتا بعدة غارات، دون ورود أنباء عن إصابات.";
    const LAST: &str = "ويشهد ريف حماة الشمالي تصعيداً عسكرياً منذ أسابيع.";

    fn article_meta() -> Value {
        json!({"key": 1, "doc_id": "t1", "outlet": "Enab Baladi", "url": "https://news.example/t1", "title": HEADLINE, "published": "2017-04-02", "ingested": 1767225600})
    }

    fn record() -> Value {
        json!({
            "doc_id": "t1",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "actor1": "russia",
            "actor2": "civilians",
            "assoc_actor1": [],
            "assoc_actor2": [],
            "location": {"name": "اللطامنة", "name_en": "Latmana", "admin1": "Hama", "admin2": "Muhradah", "lat": 35.32131, "lon": 36.62044, "geo_precision": 1, "place_id": "C3458"},
            "event_date": "2017-04-02",
            "time_precision": 1,
            "fatalities": 4,
            "injuries": 10,
            "reported_by": ["SOHR"],
            "evidence": {"start": 34, "end": 203, "text": EVIDENCE},
            "confidence": 0.95
        })
    }

    fn stored() -> Value {
        let mut e = record();
        e["id"] = json!(1);
        e["article"] = article_meta();
        e
    }

    pub fn events_page() -> Value {
        json!({"total": 3, "limit": 2, "offset": 0, "fields": "full", "events": [stored()]})
    }

    pub fn event_detail() -> Value {
        let mut e = stored();
        e["fused"] = json!(1);
        e["context"] = json!({
            "text": format!("{HEADLINE}\n\n{EVIDENCE}\n\n{SECOND}"),
            "article": {"start": 0, "end": 308},
            "evidence": {"start": 34, "end": 203},
            "clipped_before": false,
            "clipped_after": false
        });
        e
    }

    const SECOND_OUTLET: &str = "قتل 12 مدنياً بينهم ثلاثة أطفال، اليوم الأحد، جراء غارات جوية نفذها الطيران الحربي التابع لقوات النظام على بلدة اللطامنة في ريف حماة الشمالي، بحسب ما أفاد ناشطون.";

    fn fused() -> Value {
        json!({
            "id": 1,
            "family": "remote",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
            "place": {"name": "اللطامنة", "name_en": "Latmana", "place_id": "C3458", "admin1": "Hama", "lat": 35.32131, "lon": 36.62044, "geo_precision": 1},
            "event_date": "2017-04-02",
            "time_precision": 1,
            "actor1": "russia",
            "actor2": "civilians",
            "sources": 2,
            "outlets": ["Enab Baladi", "Step News"],
            "events": [1, 9],
            "fatalities": {"min": 4, "best": 4, "max": 12, "figures": [
                {"value": 4, "event": 1, "outlet": "Enab Baladi", "reported_by": ["SOHR"]},
                {"value": 12, "event": 9, "outlet": "Step News", "reported_by": ["activists"]}
            ]},
            "contradictions": [
                {"kind": "fatalities", "detail": "figures from 4 to 12 killed", "sides": [{"claim": "4 killed", "events": [1]}, {"claim": "12 killed", "events": [9]}]},
                {"kind": "perpetrator", "detail": "carried out by russia / syria_gov", "sides": [{"claim": "russia", "events": [1]}, {"claim": "syria_gov", "events": [9]}]}
            ],
            "joined": [
                {"event": 1, "why": null},
                {"event": 9, "why": "same family (remote), 0.0 km apart (radius 4 km), 0 days apart (window 1)"}
            ]
        })
    }

    pub fn fused_page() -> Value {
        json!({"limit": 100, "offset": 0, "more": false, "fused": [fused()]})
    }

    pub fn fused_detail() -> Value {
        let mut f = fused();
        f["reports"] = json!([stored()]);
        f
    }

    pub fn contradictions() -> Value {
        json!({"limit": 100, "offset": 0, "contradictions": [{
            "fused": 1,
            "event_date": "2017-04-02",
            "sub_event_type": "Air/drone strike",
            "place": "اللطامنة",
            "kind": "fatalities",
            "detail": "figures from 4 to 12 killed",
            "sides": [
                {"claim": "4 killed", "reports": [{"event": 1, "outlet": "Enab Baladi", "doc_id": "t1", "evidence": EVIDENCE}]},
                {"claim": "12 killed", "reports": [{"event": 9, "outlet": "Step News", "doc_id": "t7", "evidence": SECOND_OUTLET}]}
            ]
        }]})
    }

    pub fn control() -> Value {
        json!({"place": "معان", "on": null, "admin1": null, "steps": [
            {"place": "C3035", "place_name": "معان", "admin1": "Hama", "date": "2017-03-15", "controller": "syria_gov", "confidence": 0.6, "fused": 7, "lat": 35.3596, "lon": 36.79544}
        ]})
    }

    pub fn search_page() -> Value {
        json!({"query": "غارات", "limit": 5, "hits": [
            {
                "kind": "evidence",
                "score": 2.511,
                "event": 2,
                "article": article_meta(),
                "snippet": SECOND.trim_end_matches('.'),
                "highlights": [{"start": 71, "end": 76}]
            },
            {
                "kind": "evidence",
                "score": 2.083,
                "event": 1,
                "article": article_meta(),
                "snippet": EVIDENCE.trim_end_matches('.'),
                "highlights": [{"start": 51, "end": 56}]
            }
        ]})
    }

    pub fn article() -> Value {
        let mut a = article_meta();
        a["text"] = json!(format!("{HEADLINE}\n\n{EVIDENCE}\n\n{SECOND}\n\n{LAST}"));
        a["events"] = json!([1, 2]);
        a
    }

    fn row(key: &str, events: i64, fatalities: i64) -> Value {
        json!({"key": key, "events": events, "fatalities": fatalities})
    }

    fn counts() -> Value {
        json!({"articles": 6, "events": 8, "mentions": 30, "index_docs": 14, "fused": 8, "fused_multi_source": 0, "fused_contradicted": 0})
    }

    pub fn stats() -> Value {
        json!({
            "counts": counts(),
            "events": 6,
            "by_month": [row("2017-03", 1, 0), row("2017-04", 3, 10), row("2017-05", 2, 3)],
            "by_admin1": [row("Hama", 3, 4), row("Damascus", 2, 3), row("Ar-Raqqa", 1, 6)],
            "by_type": [row("Explosions/Remote violence", 4, 7), row("Battles", 2, 6)],
            "by_sub_type": [row("Air/drone strike", 2, 4), row("Shelling/artillery/missile attack", 2, 3), row("Armed clash", 1, 6), row("Government regains territory", 1, 0)],
            "by_actor": [row("opposition", 4, 3), row("syria_gov", 2, 0), row("civilians", 1, 4), row("isis", 1, 6), row("russia", 1, 4)]
        })
    }

    pub fn timeline() -> Value {
        json!({
            "bucket": "month",
            "events": 8,
            "fatalities": 20,
            "undated": 1,
            "bins": [
                {"date": "2016-11-01", "events": 1, "fatalities": 7},
                {"date": "2017-03-01", "events": 1, "fatalities": 0},
                {"date": "2017-04-01", "events": 3, "fatalities": 10},
                {"date": "2017-05-01", "events": 2, "fatalities": 3}
            ]
        })
    }

    pub fn places() -> Value {
        json!({"query": "كفر زيتا", "total": 2, "places": [
            {"id": "C3463", "kind": "community", "name_ar": "كفر زيتا", "name_en": "Kafr Zeita", "pcode": "C3463", "admin1": "Hama", "admin2": "Muhradah", "lat": 35.37216, "lon": 36.6001, "geo_precision": 1, "aliases": ["الزيتية", "كفر زيتة"]},
            {"id": "ocha:SY050501", "kind": "subdistrict", "name_ar": "كفر زيتا", "name_en": "Kafr Zeita", "pcode": "SY050501", "admin1": "Hama", "admin2": "Muhradah", "lat": 35.35176, "lon": 36.5997, "geo_precision": 2, "aliases": ["ناحية كفر زيتا"]}
        ]})
    }

    pub fn actors() -> Value {
        json!({"query": "opposition", "total": 1, "actors": [
            {"id": "opposition", "name": "Opposition Rebels (Syria)", "inter": 2, "parent": null, "since": null, "until": null, "successor": null, "aliases": ["المعارضة المسلحة", "فصائل المعارضة", "الفصائل", "كتائب المعارضة", "الثوار"]}
        ]})
    }

    pub fn meta() -> Value {
        json!({
            "counts": counts(),
            "dates": {"first": "2016-11-20", "last": "2017-05-10"},
            "taxonomy": [
                {"event_type": "Battles", "sub_event_types": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]},
                {"event_type": "Riots", "sub_event_types": ["Violent demonstration", "Mob violence"]}
            ],
            "governorates": ["Aleppo", "Al-Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus"],
            "outlets": [{"name": "Enab Baladi", "events": 3}, {"name": "Orient News", "events": 2}, {"name": "SANA", "events": 2}, {"name": "Zaman al-Wasl", "events": 1}],
            "reporters": [{"id": "SOHR", "name": "Syrian Observatory for Human Rights", "name_ar": "المرصد السوري لحقوق الإنسان"}],
            "limits": {"page": 1000, "markers": 10000, "search": 100, "lookup": 200, "top": 1000, "body_bytes": 1048576},
            "export_formats": ["acled-csv", "geojson", "jsonl"]
        })
    }

    fn export_record() -> Value {
        let mut e = record();
        e["id"] = json!(1);
        e["outlet"] = json!("Enab Baladi");
        e["url"] = json!("https://news.example/t1");
        e["published"] = json!("2017-04-02");
        e["title"] = json!(HEADLINE);
        e["ingested"] = json!(1767225600);
        e
    }

    pub fn geojson() -> Value {
        json!({"type": "FeatureCollection", "features": [{
            "type": "Feature",
            "id": 1,
            "geometry": {"type": "Point", "coordinates": [36.62044, 35.32131]},
            "properties": export_record()
        }]})
    }

    pub fn jsonl() -> Value {
        json!(format!("{}\n", export_record()))
    }

    pub fn acled_csv() -> Value {
        json!(format!(
            "{}\nSYR1,2017-04-02,2017,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Russia,,8,Civilians (Syria),,7,78,Civilian targeting,760,Middle East,Syria,Hama,Muhradah,,Latmana,35.32131,36.62044,1,Enab Baladi; SOHR,,{EVIDENCE},4,,1767225600\n",
            rasad_export::ACLED_COLUMNS.join(",")
        ))
    }

    pub fn extract_request() -> Value {
        json!({
            "id": "post-1",
            "published": "2017-04-03",
            "text": "قتل ثلاثة مدنيين أمس الأحد جراء قصف مدفعي لقوات النظام على مدينة اللطامنة في ريف حماة الشمالي، بحسب المرصد السوري لحقوق الإنسان."
        })
    }

    pub fn extract_text() -> Value {
        json!("اندلعت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة على أطراف حي جوبر في دمشق.")
    }

    pub fn extract_result() -> Value {
        let text = extract_request()["text"].clone();
        let mut e = record();
        e["doc_id"] = json!("post-1");
        e["sub_event_type"] = json!("Shelling/artillery/missile attack");
        e["actor1"] = json!("syria_gov");
        e["fatalities"] = json!(3);
        e["injuries"] = Value::Null;
        e["evidence"] = json!({"start": 0, "end": 128, "text": text});
        json!({"id": "post-1", "published": "2017-04-03", "events": [e], "unresolved": []})
    }
}
