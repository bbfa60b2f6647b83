//! The HTTP API against a store built from articles written for these
//! tests (`articles.jsonl`, news Arabic, not real reports): every endpoint,
//! every error status, the OpenAPI document and its examples, and a real
//! socket under 100 connections.

mod concurrency;
mod endpoints;
mod errors;
mod fusion;
mod openapi;
mod schema;
mod ui;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use rasad_extract::Extractor;
use rasad_pack::Pack;
use rasad_serve::Options;
use serde_json::Value;
use tower::ServiceExt;

/// Seven articles: Russian air strikes on اللطامنة and كفرزيتا (Hama, with a
/// headline and more paragraphs), a clash at الخضيرات (Raqqa, no
/// coordinates), mortars on باب توما (Damascus), a car bomb in اعزاز
/// (Aleppo, 2016), the army retaking معان (Hama), an undated protest in
/// إدلب, and the strike on اللطامنة told by a second outlet with another
/// figure and another culprit. Eight events (the police command of "مصدر في
/// قيادة شرطة دمشق" is no event at Damascus).
pub const ARTICLES: &str = include_str!("articles.jsonl");
pub const EVENTS: usize = 8;

pub struct Fixture {
    _tmp: tempfile::TempDir,
    pub data: PathBuf,
    pub extractor: Arc<Extractor>,
    pub router: Router,
}

pub fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let tmp = tempfile::Builder::new().prefix("rasad-serve").tempdir().unwrap();
        let input = tmp.path().join("articles.jsonl");
        std::fs::write(&input, ARTICLES).unwrap();
        let data = tmp.path().join("data");
        let extractor = Arc::new(Extractor::new(Pack::builtin().unwrap()).unwrap());
        {
            let mut store = rasad_store::Store::open(&data, &extractor.engine().pack).unwrap();
            let summary = rasad_store::ingest(
                &mut store,
                &extractor,
                &[input],
                &rasad_store::IngestOptions::default(),
                &mut |_| {},
            )
            .unwrap();
            assert_eq!((summary.stored, summary.events), (7, EVENTS));
        }
        let options = Options {
            readers: 3,
            extractions: 2,
            ..Options::default()
        };
        let router = rasad_serve::router(Arc::clone(&extractor), &data, &options).unwrap();
        Fixture {
            _tmp: tmp,
            data,
            extractor,
            router,
        }
    })
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("UTF-8")
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }

    /// The reason of an error answer, checking that it is one.
    pub fn error(&self) -> String {
        assert_eq!(self.content_type(), "application/json", "{}", self.text());
        let v = self.json();
        let keys: Vec<&String> = v.as_object().expect("an object").keys().collect();
        assert_eq!(keys, vec!["error"], "{v}");
        v["error"].as_str().expect("a string").to_string()
    }
}

pub async fn send(req: Request<Body>) -> Answer {
    let res = fixture().router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

/// GET `uri` (path and query as a client would send them; non-ASCII is
/// percent-encoded here).
pub async fn get(uri: &str) -> Answer {
    send(Request::get(encode(uri)).body(Body::empty()).unwrap()).await
}

pub async fn get_ok(uri: &str) -> Value {
    let a = get(uri).await;
    assert_eq!(a.status, StatusCode::OK, "{uri}: {}", a.text());
    assert_eq!(a.content_type(), "application/json", "{uri}");
    a.json()
}

pub async fn request(method: Method, uri: &str, content_type: Option<&str>, body: impl Into<Body>) -> Answer {
    let mut b = Request::builder().method(method).uri(encode(uri));
    if let Some(ct) = content_type {
        b = b.header("content-type", ct);
    }
    send(b.body(body.into()).unwrap()).await
}

/// Percent-encodes what a URI may not hold (Arabic, spaces).
pub fn encode(uri: &str) -> String {
    let mut out = String::new();
    for c in uri.chars() {
        if c.is_ascii_graphic() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The `n` characters from `start` of `s`.
pub fn chars(s: &str, start: usize, end: usize) -> String {
    s.chars().skip(start).take(end - start).collect()
}
