//! Every error is `{"error": reason}` with its status, and no user input
//! makes a 500.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};

use crate::{get, request, send};

/// GETs `uri`, expects `status` and a reason containing every word of
/// `says`.
async fn refused(uri: &str, status: StatusCode, says: &[&str]) {
    let a = get(uri).await;
    assert_eq!(a.status, status, "{uri}: {}", a.text());
    let reason = a.error();
    for word in says {
        assert!(reason.contains(word), "{uri}: {reason:?} does not say {word:?}");
    }
}

#[tokio::test]
async fn bad_parameters_and_filters_are_400_saying_what_is_wrong() {
    let bad = StatusCode::BAD_REQUEST;
    for (uri, says) in [
        ("/api/events?type=bombing", &["bombing", "Battles"][..]),
        ("/api/events?sub_type=napalm", &["napalm", "Armed clash"]),
        ("/api/events?admin1=Atlantis", &["Atlantis", "Idleb"]),
        ("/api/events?actor=nobody at all", &["unknown actor"]),
        ("/api/events?near=35.1,36.7", &["LAT,LON,KM"]),
        ("/api/events?near=abc", &["LAT,LON,KM"]),
        ("/api/events?near=95,36,10", &["latitude"]),
        ("/api/events?from=2017-13-01", &["from", "YYYY-MM-DD"]),
        ("/api/events?to=yesterday", &["to", "YYYY-MM-DD"]),
        ("/api/events?from=2017-05-01&to=2017-01-01", &["after"]),
        ("/api/events?limit=abc", &["limit", "whole number", "abc"]),
        ("/api/events?limit=-1", &["limit", "whole number"]),
        ("/api/events?limit=1001", &["limit", "1000"]),
        ("/api/events?fields=map&limit=10001", &["limit", "10000"]),
        ("/api/events?offset=x", &["offset"]),
        ("/api/events?offset=18446744073709551615", &["offset", "over"]),
        ("/api/events/99999999999999999999", &["event id"]),
        ("/api/events/%FF", &["Invalid URL", "UTF-8"]),
        (
            "/api/export?format=jsonl&offset=99999999999999999",
            &["offset", "over"],
        ),
        ("/api/events?min_fatalities=many", &["min_fatalities"]),
        ("/api/events?fields=all", &["fields", "full", "map"]),
        (
            "/api/events?colour=red&size=2",
            &["colour", "size", "takes", "admin1"],
        ),
        (
            "/api/events?type=battles&type=protests",
            &["type", "more than once"],
        ),
        ("/api/events/abc", &["event id", "abc"]),
        ("/api/events/0", &["event id"]),
        ("/api/events/1?verbose=1", &["verbose", "no query parameters"]),
        ("/api/articles/x1", &["article id"]),
        ("/api/search", &["q is required"]),
        ("/api/search?q=", &["q is required"]),
        ("/api/search?q=في", &["nothing to search for"]),
        ("/api/search?q=-غارات", &["nothing to search for"]),
        ("/api/search?q=غارات&limit=101", &["limit", "100"]),
        ("/api/search?q=غارات&type=battles", &["type"]),
        ("/api/stats?limit=5", &["limit"]),
        ("/api/stats?top=lots", &["top"]),
        ("/api/stats?admin1=Narnia", &["Narnia"]),
        ("/api/timeline?bucket=hour", &["bucket", "day", "week"]),
        ("/api/timeline?near=1,2", &["LAT,LON,KM"]),
        ("/api/places", &["q is required"]),
        ("/api/places?q=حماة&limit=201", &["limit"]),
        ("/api/actors?limit=a", &["limit"]),
        ("/api/meta?x=1", &["x"]),
        ("/api/export", &["format is required", "acled-csv"]),
        ("/api/export?format=xml", &["format", "geojson"]),
        ("/api/export?format=jsonl&admin1=Atlantis", &["Atlantis"]),
        ("/api/export?format=jsonl&limit=ten", &["limit"]),
        ("/api/openapi.json?v=2", &["v"]),
        (
            "/api/fused?contradicted=maybe",
            &["contradicted", "true", "false"],
        ),
        ("/api/fused?min_sources=two", &["min_sources"]),
        ("/api/fused?limit=1001", &["limit", "1000"]),
        ("/api/fused/x", &["fused event id"]),
        ("/api/contradictions?admin1=Atlantis", &["Atlantis"]),
        ("/api/contradictions?min_sources=2", &["min_sources"]),
        ("/api/control", &["place", "on=YYYY-MM-DD"]),
        ("/api/control?place=معان&on=2017-04-01", &["not both"]),
        ("/api/control?on=April", &["on", "YYYY-MM-DD", "April"]),
        ("/api/control?place=معان&admin1=Hama", &["admin1", "with on"]),
        ("/api/control?on=2017-04-01&admin1=Atlantis", &["Atlantis"]),
    ] {
        refused(uri, bad, says).await;
    }
}

#[tokio::test]
async fn unknown_ids_and_paths_are_404() {
    refused("/api/events/424242", StatusCode::NOT_FOUND, &["no event 424242"]).await;
    refused("/api/articles/99", StatusCode::NOT_FOUND, &["no article 99"]).await;
    refused(
        "/api/fused/424242",
        StatusCode::NOT_FOUND,
        &["no fused event 424242"],
    )
    .await;
    refused(
        "/api/nothing",
        StatusCode::NOT_FOUND,
        &["/api/nothing", "openapi"],
    )
    .await;
    refused("/nothing", StatusCode::NOT_FOUND, &["no endpoint"]).await;
    refused(
        "/ui/nothing.js",
        StatusCode::NOT_FOUND,
        &["no file /ui/nothing.js"],
    )
    .await;
    refused("/api/events/1/more", StatusCode::NOT_FOUND, &["no endpoint"]).await;
}

#[tokio::test]
async fn a_wrong_method_is_405_naming_the_right_one() {
    for (method, uri, right) in [
        (Method::POST, "/api/events", "GET"),
        (Method::DELETE, "/api/events/1", "GET"),
        (Method::PUT, "/api/export", "GET"),
        (Method::GET, "/api/extract", "POST"),
    ] {
        let a = request(method.clone(), uri, None, Body::empty()).await;
        assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
        let reason = a.error();
        assert!(
            reason.contains(method.as_str()) && reason.contains(right),
            "{reason}"
        );
    }
}

#[tokio::test]
async fn extraction_refuses_big_bodies_with_413_and_other_media_with_415() {
    let big = "ا".repeat(600 * 1024); // 1.2 MB of UTF-8
                                      // Declared too long: refused before reading.
    let req = Request::post("/api/extract")
        .header("content-type", "text/plain")
        .header("content-length", big.len())
        .body(Body::from(big.clone()))
        .unwrap();
    let a = send(req).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(a.error().contains("1048576 bytes"));
    // Sent without a length (chunked): refused once past the cap.
    let chunks = big
        .as_bytes()
        .chunks(64 * 1024)
        .map(bytes::Bytes::copy_from_slice)
        .collect();
    let req = Request::post("/api/extract")
        .header("content-type", "application/json")
        .body(Body::new(Chunked(chunks)))
        .unwrap();
    let a = send(req).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(a.error().contains("over"));
    // Just under the cap is read.
    let under = format!("{{\"text\": \"{}\"}}", "ب ".repeat(250 * 1024));
    assert!(under.len() < 1 << 20);
    let a = request(Method::POST, "/api/extract", Some("application/json"), under).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text());

    for ct in [
        None,
        Some("application/xml"),
        Some("application/x-www-form-urlencoded"),
    ] {
        let a = request(Method::POST, "/api/extract", ct, "نص").await;
        assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{ct:?}");
        assert!(a.error().contains("application/json"));
    }
}

#[tokio::test]
async fn bad_extraction_requests_are_400() {
    for (ct, uri, body, says) in [
        (
            "application/json",
            "/api/extract",
            "{\"text\": ",
            "not the JSON expected",
        ),
        (
            "application/json",
            "/api/extract",
            "{\"txt\": \"x\"}",
            "unknown field",
        ),
        (
            "application/json",
            "/api/extract",
            "{\"published\": \"2017-01-01\"}",
            "missing field `text`",
        ),
        (
            "application/json",
            "/api/extract",
            "[1, 2]",
            "not the JSON expected",
        ),
        (
            "application/json",
            "/api/extract",
            "{\"text\": \"   \"}",
            "text is empty",
        ),
        (
            "application/json",
            "/api/extract",
            "{\"text\": \"قصف\", \"published\": \"03/04/2017x\"}",
            "published",
        ),
        (
            "application/json",
            "/api/extract?published=2017-01-01",
            "{\"text\": \"قصف\"}",
            "no query parameters",
        ),
        ("text/plain", "/api/extract?published=soon", "قصف", "published"),
        ("text/plain", "/api/extract?lang=ar", "قصف", "lang"),
        ("text/plain", "/api/extract", "", "text is empty"),
    ] {
        let a = request(Method::POST, uri, Some(ct), body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}: {}", a.text());
        let reason = a.error();
        assert!(reason.contains(says), "{body}: {reason:?} does not say {says:?}");
    }
    let not_utf8 = request(
        Method::POST,
        "/api/extract",
        Some("text/plain"),
        vec![0xff, 0xfe, 0x41],
    )
    .await;
    assert_eq!(not_utf8.status, StatusCode::BAD_REQUEST);
    assert!(not_utf8.error().contains("UTF-8"));
}

/// A body sent in chunks, its length unknown (as with chunked encoding).
struct Chunked(std::collections::VecDeque<bytes::Bytes>);

impl http_body::Body for Chunked {
    type Data = bytes::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, std::io::Error>>> {
        std::task::Poll::Ready(self.0.pop_front().map(|b| Ok(http_body::Frame::data(b))))
    }
}
