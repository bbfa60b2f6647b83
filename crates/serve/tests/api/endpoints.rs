//! Each endpoint's answers on the fixture store.

use axum::http::{Method, StatusCode};
use serde_json::Value;

use crate::{chars, get, get_ok, request, EVENTS};

fn ids(page: &Value) -> Vec<i64> {
    page["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn events_come_newest_first_with_the_total_and_page_by_offset() {
    let all = get_ok("/api/events").await;
    assert_eq!(all["total"], EVENTS);
    assert_eq!(
        (all["limit"].as_u64(), all["offset"].as_u64()),
        (Some(100), Some(0))
    );
    assert_eq!(all["fields"], "full");
    let events = all["events"].as_array().unwrap();
    assert_eq!(events.len(), EVENTS);
    // Newest first, undated last.
    let dates: Vec<Option<&str>> = events.iter().map(|e| e["event_date"].as_str()).collect();
    let dated: Vec<&str> = dates.iter().flatten().copied().collect();
    assert!(dated.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    assert_eq!(dates.last(), Some(&None));
    // A record: events.md §1, its id and its article.
    let e = &events[0];
    for field in [
        "id",
        "doc_id",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "location",
        "event_date",
        "fatalities",
        "evidence",
        "article",
    ] {
        assert!(e.get(field).is_some(), "{field} missing: {e}");
    }

    let mut paged = Vec::new();
    for offset in [0, 3, 6] {
        let page = get_ok(&format!("/api/events?limit=3&offset={offset}")).await;
        assert_eq!(page["total"], EVENTS, "offset {offset}");
        assert_eq!(page["offset"], offset);
        paged.extend(ids(&page));
    }
    assert_eq!(paged, ids(&all));
    let none = get_ok("/api/events?limit=0").await;
    assert_eq!(
        (none["total"].as_u64(), ids(&none).len()),
        (Some(EVENTS as u64), 0)
    );
    let past = get_ok("/api/events?offset=50").await;
    assert_eq!(
        (past["total"].as_u64(), ids(&past).len()),
        (Some(EVENTS as u64), 0)
    );
}

#[tokio::test]
async fn events_take_the_filters_of_rasad_events() {
    let count = |q: &'static str| async move {
        let page = get_ok(&format!("/api/events?{q}")).await;
        assert_eq!(page["total"].as_u64().unwrap() as usize, ids(&page).len());
        page
    };
    let battles = count("type=battles").await;
    assert!(battles["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["event_type"] == "Battles"));
    assert_eq!(battles["total"], 2);
    assert_eq!(count("sub_type=Air/drone strike").await["total"], 3);
    let hama = count("admin1=حماة").await;
    assert_eq!(hama["total"], 4);
    assert_eq!(
        count("admin1=Hama&from=2017-04-01&to=2017-04-30").await["total"],
        3
    );
    let place = count("place=كفر زيتا").await;
    assert_eq!(ids(&place).len(), 1);
    assert_eq!(place["events"][0]["location"]["place_id"], "C3463");
    let near = count("near=35.32,36.62,3").await;
    // Two outlets report the strike on اللطامنة.
    assert!(near["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["location"]["name"] == "اللطامنة"));
    assert_eq!(ids(&near).len(), 2);
    let deadly = count("min_fatalities=5").await;
    let tolls: Vec<u64> = deadly["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["fatalities"].as_u64().unwrap())
        .collect();
    assert!(!tolls.is_empty() && tolls.iter().all(|&f| f >= 5), "{tolls:?}");
    assert_eq!(count("outlet=SANA").await["total"], 1);
    let isis = count("actor=داعش").await;
    assert_eq!(isis["events"][0]["actor2"], "isis");
    assert_eq!(count("outlet=nobody").await["total"], 0);
    // Empty values are no filter.
    assert_eq!(count("type=&admin1=").await["total"], EVENTS);
}

#[tokio::test]
async fn map_events_are_compact_markers_in_the_same_order() {
    let full = get_ok("/api/events").await;
    let map = get_ok("/api/events?fields=map").await;
    assert_eq!(map["fields"], "map");
    assert_eq!(ids(&map), ids(&full));
    for (m, f) in map["events"]
        .as_array()
        .unwrap()
        .iter()
        .zip(full["events"].as_array().unwrap())
    {
        let mut keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "admin1",
                "event_date",
                "event_type",
                "fatalities",
                "geo_precision",
                "id",
                "lat",
                "lon",
                "place",
                "place_id",
                "sub_event_type"
            ]
        );
        let loc = &f["location"];
        assert_eq!((&m["lat"], &m["lon"]), (&loc["lat"], &loc["lon"]));
        assert_eq!(m["sub_event_type"], f["sub_event_type"]);
        assert_eq!(m["event_date"], f["event_date"]);
        assert_eq!(m["fatalities"], f["fatalities"]);
        if loc["place_id"].is_string() {
            assert!(m["place"].is_string(), "{m}");
            // The gazetteer's precision; the record may only be vaguer.
            let (gazetteer, record) = (
                m["geo_precision"].as_u64().unwrap(),
                loc["geo_precision"].as_u64().unwrap(),
            );
            assert!((1..=3).contains(&gazetteer) && gazetteer <= record, "{m} {loc}");
        } else {
            assert!(m["geo_precision"].is_null(), "{m}");
        }
    }
    // Markers come in larger pages than records.
    assert_eq!(
        get("/api/events?fields=map&limit=5000").await.status,
        StatusCode::OK
    );
    assert_eq!(
        get("/api/events?limit=5000").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn an_event_comes_with_its_evidence_in_its_paragraphs() {
    let e = get_ok("/api/events/1").await;
    assert_eq!(e["id"], 1);
    assert_eq!(e["article"]["key"], 1);
    assert_eq!(e["article"]["title"], "غارات روسية على ريف حماة الشمالي");
    assert_eq!(e["article"]["outlet"], "Enab Baladi");
    assert_eq!(e["article"]["url"], "https://news.example/t1");
    assert_eq!(e["article"]["published"], "2017-04-02");
    let c = &e["context"];
    let text = c["text"].as_str().unwrap();
    let span = |v: &Value| {
        (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        )
    };
    let (s, t) = span(&c["evidence"]);
    assert_eq!(chars(text, s, t), e["evidence"]["text"].as_str().unwrap());
    // The paragraph before (the headline) and after are there too.
    assert!(text.starts_with("غارات روسية على ريف حماة الشمالي\n\n"), "{text}");
    assert!(text.ends_with("دون ورود أنباء عن إصابات."), "{text}");
    let article = get_ok("/api/articles/1").await;
    let (a, b) = span(&c["article"]);
    assert_eq!(chars(article["text"].as_str().unwrap(), a, b), text);
    assert_eq!(c["clipped_before"], false);
}

#[tokio::test]
async fn search_gives_hits_with_character_highlights() {
    let page = get_ok("/api/search?q=غارات&limit=5").await;
    assert_eq!(page["query"], "غارات");
    let hits = page["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits.len() <= 5);
    let mut evidence_hits = 0;
    for h in hits {
        let snippet = h["snippet"].as_str().unwrap();
        let marks = h["highlights"].as_array().unwrap();
        assert!(!marks.is_empty(), "{h}");
        for m in marks {
            let word = chars(
                snippet,
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert!(word.contains("غار"), "{word:?} in {snippet}");
        }
        if h["kind"] == "evidence" {
            evidence_hits += 1;
            let id = h["event"].as_i64().unwrap();
            let e = get_ok(&format!("/api/events/{id}")).await;
            assert_eq!(e["article"]["key"], h["article"]["key"]);
        } else {
            assert_eq!(h["kind"], "article");
            assert!(h["event"].is_null());
        }
    }
    assert!(evidence_hits > 0);
    // Spellings fold: كفر زيتا finds كفرزيتا.
    let kz = get_ok("/api/search?q=كفر زيتا").await;
    assert!(!kz["hits"].as_array().unwrap().is_empty());
    let nothing = get_ok("/api/search?q=زلزال").await;
    assert_eq!(nothing["hits"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn an_article_comes_with_its_text_and_event_ids() {
    let a = get_ok("/api/articles/1").await;
    assert_eq!(a["key"], 1);
    assert_eq!(a["doc_id"], "t1");
    assert_eq!(a["events"], serde_json::json!([1, 2]));
    let text = a["text"].as_str().unwrap();
    for id in [1, 2] {
        let e = get_ok(&format!("/api/events/{id}")).await;
        let ev = &e["evidence"];
        let slice = chars(
            text,
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(slice, ev["text"].as_str().unwrap());
    }
    let undated = get_ok("/api/articles/6").await;
    assert!(undated["published"].is_null());
}

#[tokio::test]
async fn stats_break_the_filtered_events_down() {
    let s = get_ok("/api/stats").await;
    assert_eq!(s["events"], EVENTS);
    assert_eq!(s["counts"]["events"], EVENTS);
    assert_eq!(s["counts"]["articles"], 7);
    let hama = s["by_admin1"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "Hama")
        .unwrap();
    assert_eq!(hama["events"], 4);
    let top1 = get_ok("/api/stats?top=1&from=2017-01-01").await;
    assert_eq!(top1["by_admin1"].as_array().unwrap().len(), 1);
    assert_eq!(top1["by_actor"].as_array().unwrap().len(), 1);
    assert_eq!(top1["events"], 6);
}

#[tokio::test]
async fn timelines_bin_every_dated_event_once() {
    for bucket in ["day", "week", "month", "year"] {
        let t = get_ok(&format!("/api/timeline?bucket={bucket}")).await;
        assert_eq!(t["bucket"], bucket);
        assert_eq!(t["events"], EVENTS);
        assert_eq!(t["undated"], 1);
        let bins = t["bins"].as_array().unwrap();
        let binned: u64 = bins.iter().map(|b| b["events"].as_u64().unwrap()).sum();
        assert_eq!(binned as usize, EVENTS - 1, "{bucket}");
        let dates: Vec<&str> = bins.iter().map(|b| b["date"].as_str().unwrap()).collect();
        assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");
        assert!(dates.iter().all(|d| d.len() == 10), "{dates:?}");
    }
    let weeks = get_ok("/api/timeline?bucket=week&admin1=Hama").await;
    // 2017-04-02 was a Sunday, 2017-03-15 a Wednesday: weeks of the 27th
    // and the 13th of March.
    let dates: Vec<&str> = weeks["bins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2017-03-13", "2017-03-27"]);
    let days = get_ok("/api/timeline").await;
    assert_eq!(days["bucket"], "day");
}

#[tokio::test]
async fn places_and_actors_come_from_the_pack() {
    let p = get_ok("/api/places?q=كفر زيتا").await;
    assert_eq!(p["total"], 2);
    let first = &p["places"][0];
    assert_eq!(first["id"], "C3463");
    assert_eq!(first["pcode"], "C3463");
    assert_eq!(first["admin1"], "Hama");
    assert_eq!(first["admin2"], "Muhradah");
    assert_eq!(first["geo_precision"], 1);
    assert!(first["lat"].is_f64() && first["lon"].is_f64());
    let one = get_ok("/api/places?q=كفر زيتا&limit=1").await;
    assert_eq!(
        (one["total"].as_u64(), one["places"].as_array().unwrap().len()),
        (Some(2), 1)
    );
    assert_eq!(get_ok("/api/places?q=no such place at all").await["total"], 0);

    let a = get_ok("/api/actors?q=داعش").await;
    assert_eq!(a["actors"][0]["id"], "isis");
    assert_eq!(a["actors"][0]["inter"], 2);
    let all = get_ok("/api/actors").await;
    let pack = &crate::fixture().extractor.engine().pack;
    assert_eq!(all["total"].as_u64().unwrap() as usize, pack.actors.len());
    assert!(all["query"].is_null());
}

#[tokio::test]
async fn meta_describes_the_store_and_the_filters_values() {
    let m = get_ok("/api/meta").await;
    assert_eq!(m["counts"]["events"], EVENTS);
    assert_eq!(m["dates"]["first"], "2016-11-20");
    assert_eq!(m["dates"]["last"], "2017-05-10");
    assert_eq!(m["taxonomy"].as_array().unwrap().len(), 6);
    assert_eq!(m["governorates"].as_array().unwrap().len(), 14);
    let outlets = m["outlets"].as_array().unwrap();
    let total: u64 = outlets.iter().map(|o| o["events"].as_u64().unwrap()).sum();
    assert_eq!(total as usize, EVENTS);
    assert_eq!(outlets[0]["name"], "Enab Baladi");
    assert_eq!(m["limits"]["body_bytes"], 1 << 20);
    assert_eq!(
        m["export_formats"],
        serde_json::json!(["acled-csv", "geojson", "jsonl"])
    );
}

#[tokio::test]
async fn exports_are_files_in_each_format() {
    let csv = get("/api/export?format=acled-csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.content_type(), "text/csv; charset=utf-8");
    assert_eq!(
        csv.headers["content-disposition"],
        "attachment; filename=\"rasad-events.csv\""
    );
    let text = csv.text();
    assert_eq!(
        text.lines().next().unwrap(),
        rasad_export::ACLED_COLUMNS.join(",")
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), EVENTS);
    assert!(rows.iter().all(|r| r.len() == 31));

    let geo = get("/api/export?format=geojson&admin1=Hama").await;
    assert_eq!(geo.status, StatusCode::OK);
    assert_eq!(geo.content_type(), "application/geo+json");
    assert_eq!(
        geo.headers["content-disposition"],
        "attachment; filename=\"rasad-events.geojson\""
    );
    let fc = geo.json();
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    assert_eq!(features.len(), 4);
    for f in features {
        assert_eq!(f["type"], "Feature");
        let c = &f["geometry"]["coordinates"];
        assert_eq!(c[0], f["properties"]["location"]["lon"]);
        assert_eq!(c[1], f["properties"]["location"]["lat"]);
    }
    let all_geo = get("/api/export?format=geojson").await.json();
    let features = all_geo["features"].as_array().unwrap();
    assert_eq!(features.len(), EVENTS);
    // الخضيرات is not in the gazetteer: no point.
    assert!(features.iter().any(|f| f["geometry"].is_null()));

    let jsonl = get("/api/export?format=jsonl&limit=2&offset=1").await;
    assert_eq!(jsonl.content_type(), "application/x-ndjson");
    let lines: Vec<Value> = jsonl
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let expected: Vec<i64> = ids(&get_ok("/api/events?limit=2&offset=1").await);
    assert_eq!(
        lines
            .iter()
            .map(|l| l["id"].as_i64().unwrap())
            .collect::<Vec<_>>(),
        expected
    );
    let empty = get("/api/export?format=geojson&outlet=nobody").await.json();
    assert_eq!(empty["features"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn posted_text_gives_event_records_and_nothing_is_stored() {
    let body = serde_json::json!({
        "id": "post-1",
        "published": "2017-04-03",
        "text": "قتل ثلاثة مدنيين أمس الأحد جراء قصف مدفعي لقوات النظام على مدينة اللطامنة في ريف حماة الشمالي، بحسب المرصد السوري لحقوق الإنسان."
    });
    let a = request(
        Method::POST,
        "/api/extract",
        Some("application/json"),
        body.to_string(),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text());
    let out = a.json();
    assert_eq!(out["id"], "post-1");
    let events = out["events"].as_array().unwrap();
    assert!(!events.is_empty());
    let e = &events[0];
    assert_eq!(e["doc_id"], "post-1");
    assert_eq!(e["event_date"], "2017-04-02", "أمس from the publication date");
    assert_eq!(e["location"]["admin1"], "Hama");
    let ev = &e["evidence"];
    let text = body["text"].as_str().unwrap();
    assert_eq!(
        chars(
            text,
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize
        ),
        ev["text"].as_str().unwrap()
    );

    let plain = request(
        Method::POST,
        "/api/extract?published=2017-03-20&id=p2",
        Some("text/plain; charset=utf-8"),
        "اندلعت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة على أطراف حي جوبر في دمشق.",
    )
    .await;
    assert_eq!(plain.status, StatusCode::OK, "{}", plain.text());
    let out = plain.json();
    assert_eq!(
        (out["id"].as_str(), out["published"].as_str()),
        (Some("p2"), Some("2017-03-20"))
    );
    assert_eq!(out["events"][0]["sub_event_type"], "Armed clash");
    assert_eq!(out["events"][0]["event_date"], "2017-03-20");

    // Nothing was stored.
    assert_eq!(get_ok("/api/meta").await["counts"]["events"], EVENTS);
}

#[tokio::test]
async fn an_allowed_origin_gets_cors_headers_and_preflights_are_answered() {
    use axum::body::Body;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    // Without the option (the fixture): no CORS header.
    let plain = get("/api/meta").await;
    assert!(plain.headers.get("access-control-allow-origin").is_none());

    let f = crate::fixture();
    let options = rasad_serve::Options {
        readers: 1,
        allow_origin: Some("http://localhost:5173".into()),
        ..rasad_serve::Options::default()
    };
    let router = rasad_serve::router(f.extractor.clone(), &f.data, &options).unwrap();
    let preflight = Request::builder()
        .method(Method::OPTIONS)
        .uri("/api/extract")
        .header("origin", "http://localhost:5173")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .body(Body::empty())
        .unwrap();
    let res = router.clone().oneshot(preflight).await.unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let h = res.headers();
    assert_eq!(h["access-control-allow-origin"], "http://localhost:5173");
    assert!(h["access-control-allow-methods"]
        .to_str()
        .unwrap()
        .contains("POST"));
    assert_eq!(h["access-control-allow-headers"], "content-type");

    let req = Request::get("/api/events?limit=1")
        .header("origin", "http://localhost:5173")
        .body(Body::empty())
        .unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "http://localhost:5173"
    );
    // Errors carry it too, so a page can read the reason.
    let req = Request::get("/api/events?limit=x").body(Body::empty()).unwrap();
    let res = router.oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "http://localhost:5173"
    );
    let body = res.into_body().collect().await.unwrap().to_bytes();
    assert!(String::from_utf8_lossy(&body).contains("limit"));

    let bad = rasad_serve::Options {
        readers: 1,
        allow_origin: Some("http://a\nb".into()),
        ..rasad_serve::Options::default()
    };
    assert!(rasad_serve::router(f.extractor.clone(), &f.data, &bad).is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ingest_beside_the_server_shows_in_breakdowns_and_search() {
    use axum::body::Body;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    let f = crate::fixture();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let lines: Vec<&str> = crate::ARTICLES.lines().collect();
    let ingest = |name: &str, text: &str| {
        let input = tmp.path().join(name);
        std::fs::write(&input, text).unwrap();
        let mut store = rasad_store::Store::open(&data, &f.extractor.engine().pack).unwrap();
        rasad_store::ingest(
            &mut store,
            &f.extractor,
            &[input],
            &rasad_store::IngestOptions::default(),
            &mut |_| {},
        )
        .unwrap();
    };
    ingest("a.jsonl", lines[0]);
    let router = rasad_serve::router(f.extractor.clone(), &data, &rasad_serve::Options::default()).unwrap();
    let ask = |uri: &'static str| {
        let router = router.clone();
        async move {
            let res = router
                .oneshot(Request::get(crate::encode(uri)).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK);
            let body = res.into_body().collect().await.unwrap().to_bytes();
            serde_json::from_slice::<Value>(&body).unwrap()
        }
    };
    let before = ask("/api/stats").await;
    assert_eq!(before["events"], 2);
    // The same question again: the kept answer, the same bytes.
    assert_eq!(ask("/api/stats").await, before);
    assert_eq!(ask("/api/timeline?bucket=month").await["events"], 2);
    assert_eq!(ask("/api/meta").await["counts"]["articles"], 1);
    assert_eq!(
        ask("/api/search?q=مفخخة").await["hits"].as_array().unwrap().len(),
        0
    );

    ingest("b.jsonl", lines[3]); // the car bomb in اعزاز
    assert_eq!(ask("/api/stats").await["events"], 3);
    assert_eq!(ask("/api/timeline?bucket=month").await["events"], 3);
    assert_eq!(ask("/api/meta").await["counts"]["articles"], 2);
    assert_eq!(ask("/api/events").await["total"], 3);
    // Search reloads the index every few seconds: wait for it, boundedly.
    let mut found = 0;
    for _ in 0..50 {
        found = ask("/api/search?q=مفخخة").await["hits"].as_array().unwrap().len();
        if found > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(found > 0, "the new article never showed in search");
}
