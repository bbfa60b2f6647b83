//! The web map and timeline: files of `crates/serve/ui`, compiled into the
//! binary, served at `/` and `/ui/…`. The page only talks to this server
//! (its content security policy says so): no tiles, fonts or scripts from
//! anywhere else.

use axum::extract::Path as UrlPath;
use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, X_CONTENT_TYPE_OPTIONS};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::ApiError;

macro_rules! assets {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../ui/", $path)) as &[u8])),*]
    };
}

/// Every file the page may ask for, by its path under `/ui/`.
pub(crate) const ASSETS: &[(&str, &[u8])] = assets![
    "index.html",
    "app.js",
    "app.css",
    "i18n.js",
    "boundaries.json",
    "vendor/README.md",
    "vendor/leaflet/leaflet.js",
    "vendor/leaflet/leaflet.css",
    "vendor/leaflet/LICENSE",
    "vendor/leaflet/images/layers.png",
    "vendor/leaflet/images/layers-2x.png",
    "vendor/leaflet.markercluster/leaflet.markercluster.js",
    "vendor/leaflet.markercluster/MarkerCluster.css",
    "vendor/leaflet.markercluster/MIT-LICENCE.txt",
];

/// Scripts and data from this origin only; inline styles because Leaflet's
/// markers and the page's colour swatches are styled in place.
const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                      img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
                      frame-ancestors 'none'";

pub(crate) fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/", get(|| async { asset("index.html") }))
        .route(
            "/ui/{*path}",
            get(|UrlPath(path): UrlPath<String>| async move { asset(&path) }),
        )
}

fn asset(path: &str) -> Response {
    let Some((_, bytes)) = ASSETS.iter().find(|(p, _)| *p == path) else {
        return ApiError::not_found(format!("no file /ui/{path}")).into_response();
    };
    (
        [
            (CONTENT_TYPE, HeaderValue::from_static(content_type(path))),
            // Small files on a local server: always ask, never stale after
            // an upgrade.
            (CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            (X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
            (CONTENT_SECURITY_POLICY, HeaderValue::from_static(POLICY)),
        ],
        *bytes,
    )
        .into_response()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("png") => "image/png",
        _ => "text/plain; charset=utf-8",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map's filter by governorate sends the shape's English name as
    /// `admin1`: it must be the store's spelling.
    #[test]
    fn boundaries_name_every_governorate_as_the_store_does() {
        let (_, bytes) = ASSETS.iter().find(|(p, _)| *p == "boundaries.json").unwrap();
        let v: serde_json::Value = serde_json::from_slice(bytes).unwrap();
        let mut names: Vec<&str> = v["governorates"]["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["properties"]["en"].as_str().unwrap())
            .collect();
        names.sort_unstable();
        let mut expected = rasad_pack::GOVERNORATES.to_vec();
        expected.sort_unstable();
        assert_eq!(names, expected);
        assert_eq!(v["districts"]["features"].as_array().unwrap().len(), 61);
    }
}
