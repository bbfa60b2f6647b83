//! The OpenAPI document: its structure, that it describes exactly the
//! endpoints served, and that every example request gets an answer of the
//! documented shape.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use serde_json::Value;

use crate::schema::{check, resolve};
use crate::{get_ok, request};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// (method, path, operation) of every operation in the document.
fn operations(doc: &Value) -> Vec<(Method, String, Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (m, op) in item.as_object().expect("a path item") {
            assert!(METHODS.contains(&m.as_str()), "{path}: {m} is not a method");
            out.push((m.to_uppercase().parse().unwrap(), path.clone(), op.clone()));
        }
    }
    out
}

/// Follows `$ref` until a definition.
fn deref<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    while let Some(r) = v.get("$ref").and_then(Value::as_str) {
        v = resolve(doc, r).unwrap_or_else(|| panic!("unresolved {r}"));
    }
    v
}

fn all_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "$ref" {
                    out.push(x.as_str().expect("a string $ref").to_string());
                } else {
                    all_refs(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| all_refs(x, out)),
        _ => {}
    }
}

#[test]
fn the_document_is_openapi_3_1_and_hangs_together() {
    let doc = rasad_serve::openapi();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1."));
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());

    let mut refs = Vec::new();
    all_refs(&doc, &mut refs);
    assert!(refs.len() > 50);
    for r in &refs {
        assert!(r.starts_with("#/components/"), "{r}");
        assert!(resolve(&doc, r).is_some(), "{r} does not resolve");
    }

    let mut ids = BTreeSet::new();
    for (method, path, op) in operations(&doc) {
        let at = format!("{method} {path}");
        assert!(
            ids.insert(op["operationId"].as_str().unwrap().to_string()),
            "{at}: operationId twice"
        );
        assert!(op["summary"].is_string(), "{at}");
        let responses = op["responses"].as_object().unwrap();
        assert!(responses.contains_key("200"), "{at}");
        assert!(
            responses.contains_key("400") && responses.contains_key("405"),
            "{at}"
        );
        for (code, r) in responses {
            let r = deref(&doc, r);
            assert!(r["description"].is_string(), "{at} {code}");
            for (media, content) in r["content"].as_object().unwrap() {
                let errors = check(&doc, &content["schema"], &content["example"]);
                assert!(errors.is_empty(), "{at} {code} {media} example: {errors:#?}");
            }
        }
        let mut path_params = BTreeSet::new();
        for p in op["parameters"].as_array().unwrap() {
            let name = p["name"].as_str().unwrap();
            assert!(
                p["schema"].is_object() && p["description"].is_string(),
                "{at} {name}"
            );
            match p["in"].as_str().unwrap() {
                "path" => {
                    assert_eq!(p["required"], true, "{at} {name}");
                    assert!(
                        p.get("example").is_some(),
                        "{at}: path parameter {name} needs an example"
                    );
                    path_params.insert(name.to_string());
                }
                "query" => {}
                other => panic!("{at}: parameter {name} in {other}"),
            }
            if let Some(e) = p.get("example") {
                let errors = check(&doc, &p["schema"], e);
                assert!(errors.is_empty(), "{at} {name} example: {errors:?}");
            }
        }
        let in_template: BTreeSet<String> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(str::to_string)
            .collect();
        assert_eq!(in_template, path_params, "{at}");
        if let Some(body) = op.get("requestBody") {
            for (media, content) in body["content"].as_object().unwrap() {
                let errors = check(&doc, &content["schema"], &content["example"]);
                assert!(errors.is_empty(), "{at} request {media}: {errors:?}");
            }
        }
    }

    // Exactly the endpoints the router serves.
    let documented: BTreeSet<(String, String)> = operations(&doc)
        .into_iter()
        .map(|(m, p, _)| (m.to_string(), p))
        .collect();
    let served: BTreeSet<(String, String)> = rasad_serve::endpoints()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, served);
}

/// The example request of an operation: path parameters filled in, query
/// parameters that have an example.
fn example_uri(path: &str, op: &Value) -> String {
    let mut uri = path.to_string();
    let mut query = Vec::new();
    for p in op["parameters"].as_array().unwrap() {
        let Some(e) = p.get("example") else { continue };
        let value = match e {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let name = p["name"].as_str().unwrap();
        match p["in"].as_str().unwrap() {
            "path" => uri = uri.replace(&format!("{{{name}}}"), &value),
            _ => query.push(format!("{name}={value}")),
        }
    }
    if !query.is_empty() {
        uri = format!("{uri}?{}", query.join("&"));
    }
    uri
}

#[tokio::test]
async fn every_example_request_gets_an_answer_of_the_documented_shape() {
    let doc = rasad_serve::openapi();
    let mut exercised = 0;
    for (method, path, op) in operations(&doc) {
        let uri = example_uri(&path, &op);
        let ok = deref(&doc, &op["responses"]["200"]);
        // (request media type, body) for each documented body, else none.
        let bodies: Vec<(Option<String>, String)> = match op.get("requestBody") {
            Some(b) => b["content"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(media, c)| {
                    let body = match &c["example"] {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    (Some(media.clone()), body)
                })
                .collect(),
            None => vec![(None, String::new())],
        };
        for (media, body) in bodies {
            let at = format!("{method} {uri} {media:?}");
            let a = request(method.clone(), &uri, media.as_deref(), body).await;
            assert_eq!(a.status, StatusCode::OK, "{at}: {}", a.text());
            let content_type = a.content_type().to_string();
            let content = ok["content"]
                .get(&content_type)
                .unwrap_or_else(|| panic!("{at}: {content_type} is not documented"));
            let schema = &content["schema"];
            let errors = match content_type.as_str() {
                "application/json" | "application/geo+json" => check(&doc, schema, &a.json()),
                "application/x-ndjson" => {
                    let record = serde_json::json!({"$ref": "#/components/schemas/ExportRecord"});
                    let text = a.text();
                    assert!(!text.is_empty(), "{at}");
                    text.lines()
                        .flat_map(|l| check(&doc, &record, &serde_json::from_str(l).unwrap()))
                        .collect()
                }
                "text/csv; charset=utf-8" => {
                    let text = a.text();
                    let header = text.lines().next().unwrap_or("");
                    assert_eq!(header, rasad_export::ACLED_COLUMNS.join(","), "{at}");
                    Vec::new()
                }
                other => panic!("{at}: no check for {other}"),
            };
            assert!(errors.is_empty(), "{at}: {errors:#?}");
            // The example answers have something in them, so the check
            // above checked something.
            let v = if content_type.contains("json") && !content_type.contains("ndjson") {
                a.json()
            } else {
                Value::Null
            };
            for list in ["events", "hits", "places", "actors", "features", "bins"] {
                if let Some(items) = v.get(list).and_then(Value::as_array) {
                    assert!(!items.is_empty(), "{at}: the example gives no {list}");
                }
            }
            exercised += 1;
        }

        // Its documented errors happen: an unknown parameter (400), a
        // wrong method (405), an unknown id (404).
        let codes = op["responses"].as_object().unwrap();
        let sep = if uri.contains('?') { '&' } else { '?' };
        let a = request(
            method.clone(),
            &format!("{uri}{sep}zzz=1"),
            Some("text/plain"),
            "قصف",
        )
        .await;
        assert_eq!(
            a.status,
            StatusCode::BAD_REQUEST,
            "{method} {uri}&zzz=1: {}",
            a.text()
        );
        assert!(a.error().contains("zzz"));
        let other = if method == Method::GET {
            Method::DELETE
        } else {
            Method::GET
        };
        let a = request(other, &uri, None, Body::empty()).await;
        assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
        if codes.contains_key("404") {
            let missing = path.replace("{id}", "987654");
            assert_eq!(
                request(method.clone(), &missing, None, Body::empty())
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
        }
    }
    // Every operation once, and extraction once per body type.
    assert_eq!(exercised, operations(&doc).len() + 1);
}

#[tokio::test]
async fn the_document_is_served() {
    let served = get_ok("/api/openapi.json").await;
    assert_eq!(served, rasad_serve::openapi());
}
