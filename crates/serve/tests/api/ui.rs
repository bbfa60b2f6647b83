//! The web page and its files, as a browser fetches them. What the page
//! does with them is tested in Chromium (`crates/serve/e2e`).

use axum::http::StatusCode;

use crate::get;

#[tokio::test]
async fn the_map_page_is_served_at_the_root_in_arabic() {
    let a = get("/").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.content_type(), "text/html; charset=utf-8");
    let html = a.text();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
    // The policy keeps the page on this server: no tiles, fonts or scripts
    // from anywhere else.
    let policy = a.headers["content-security-policy"].to_str().unwrap();
    assert!(
        policy.contains("default-src 'self'") && policy.contains("connect-src 'self'"),
        "{policy}"
    );
}

#[tokio::test]
async fn every_script_and_style_the_page_links_is_served_with_its_type() {
    let html = get("/").await.text();
    let mut linked = 0;
    for part in html.split('"') {
        if !part.starts_with("/ui/") {
            continue;
        }
        let a = get(part).await;
        assert_eq!(a.status, StatusCode::OK, "{part}");
        let expected = if part.ends_with(".js") {
            "text/javascript; charset=utf-8"
        } else {
            "text/css; charset=utf-8"
        };
        assert_eq!(a.content_type(), expected, "{part}");
        assert!(a.body.len() > 100, "{part} is {} bytes", a.body.len());
        linked += 1;
    }
    assert_eq!(
        linked, 7,
        "leaflet and markercluster (script, style), the page's style and its scripts"
    );
}

#[tokio::test]
async fn the_base_map_is_syria_s_governorates_and_districts() {
    let v = get("/ui/boundaries.json").await.json();
    let governorates = v["governorates"]["features"].as_array().unwrap();
    assert_eq!(governorates.len(), 14);
    let hama = governorates
        .iter()
        .find(|f| f["properties"]["en"] == "Hama")
        .expect("Hama");
    assert_eq!(hama["properties"]["ar"], "حماة");
    assert!(v["attribution"].as_str().unwrap().contains("OCHA"));
}

#[tokio::test]
async fn vendored_licences_are_served_beside_the_libraries() {
    for path in [
        "/ui/vendor/leaflet/LICENSE",
        "/ui/vendor/leaflet.markercluster/MIT-LICENCE.txt",
    ] {
        let a = get(path).await;
        assert_eq!(a.status, StatusCode::OK, "{path}");
        assert!(
            a.text().contains("Permission") || a.text().contains("Redistribution"),
            "{path}"
        );
    }
}
