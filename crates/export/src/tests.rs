use std::cell::Cell;
use std::io::Write;
use std::rc::Rc;

use rasad_extract::{Event, Evidence, Location};
use rasad_pack::Pack;
use serde_json::Value;

use super::*;

fn pack() -> Pack {
    Pack::builtin().expect("the built-in pack loads")
}

/// An air strike on Kafr Zeita as the extractor would record it, with
/// evidence that holds a comma, an Arabic comma, quotes and a newline.
fn air_strike() -> Event {
    Event {
        doc_id: "enab-2017-04-02-1".into(),
        event_type: "Explosions/Remote violence".into(),
        sub_event_type: "Air/drone strike".into(),
        actor1: Some("syria_gov".into()),
        actor2: Some("civilians".into()),
        assoc_actor1: vec!["russia".into(), "hezbollah".into()],
        assoc_actor2: vec![],
        location: Location {
            name: Some("كفرزيتا".into()),
            name_en: Some("Kafr Zeita".into()),
            admin1: Some("Hama".into()),
            admin2: Some("Muhradah".into()),
            lat: Some(35.3736),
            lon: Some(36.6009),
            geo_precision: 1,
            place_id: Some("geonames:169304".into()),
        },
        event_date: Some("2017-04-02".into()),
        time_precision: Some(1),
        fatalities: Some(3),
        injuries: None,
        reported_by: vec!["SOHR".into()],
        evidence: Evidence {
            start: 812,
            end: 905,
            text: "قصفت طائرات حربية، صباح اليوم، بلدة كفرزيتا, ما أدى إلى مقتل ثلاثة مدنيين.\nوقال \"المرصد\" إن الغارات استهدفت السوق"
                .into(),
        },
        confidence: 0.82,
    }
}

/// A clash with IS in a neighbourhood the gazetteer has no coordinates or
/// English name for; no figure for the dead.
fn clash() -> Event {
    Event {
        doc_id: "sana-2017-04-03-7".into(),
        event_type: "Battles".into(),
        sub_event_type: "Armed clash".into(),
        actor1: Some("isis".into()),
        actor2: Some("syria_gov".into()),
        assoc_actor1: vec![],
        assoc_actor2: vec!["syria_progov_militia".into()],
        location: Location {
            name: Some("حي الصناعة".into()),
            name_en: None,
            admin1: Some("Deir-ez-Zor".into()),
            admin2: None,
            lat: None,
            lon: None,
            geo_precision: 2,
            place_id: None,
        },
        event_date: Some("2017-04-03".into()),
        time_precision: Some(2),
        fatalities: None,
        injuries: None,
        reported_by: vec![],
        evidence: Evidence {
            start: 0,
            end: 44,
            text: "اشتباكات عنيفة مع تنظيم داعش في حي الصناعة".into(),
        },
        confidence: 0.7,
    }
}

fn export(format: Format, rows: &[Row<'_>]) -> String {
    let pack = pack();
    let mut out = Vec::new();
    let n = Exporter::new(&pack)
        .write(format, rows.iter().copied(), &mut out)
        .expect("export");
    assert_eq!(n, rows.len());
    String::from_utf8(out).expect("UTF-8")
}

/// Parses an ACLED CSV back with the csv crate, checking the header, and
/// returns each row as column → value.
fn parse_acled(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ACLED_COLUMNS);
    r.records()
        .map(|rec| {
            let rec = rec.expect("a well-formed row");
            assert_eq!(rec.len(), 31);
            header.iter().cloned().zip(rec.iter().map(String::from)).collect()
        })
        .collect()
}

#[test]
fn acled_header_is_exactly_acleds() {
    let text = export(Format::AcledCsv, &[]);
    assert_eq!(
        text,
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,\
         actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,\
         iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,\
         source,source_scale,notes,fatalities,tags,timestamp\n"
    );
}

#[test]
fn acled_row_reads_back_with_arabic_notes_quoted() {
    let (strike, clash) = (air_strike(), clash());
    let rows = [
        Row {
            outlet: Some("enabbaladi.net"),
            url: Some("https://www.enabbaladi.net/archives/1"),
            published: Some("2017-04-02"),
            ingested: Some(1_491_130_000),
            ..Row::new(42, &strike)
        },
        Row::new(43, &clash),
    ];
    let text = export(Format::AcledCsv, &rows);
    let got = parse_acled(&text);
    assert_eq!(got.len(), 2);
    let a = &got[0];
    let expect = [
        ("event_id_cnty", "SYR42"),
        ("event_date", "2017-04-02"),
        ("year", "2017"),
        ("time_precision", "1"),
        ("disorder_type", "Political violence"),
        ("event_type", "Explosions/Remote violence"),
        ("sub_event_type", "Air/drone strike"),
        ("actor1", "Military Forces of Syria"),
        ("assoc_actor_1", "Military Forces of Russia; Hezbollah"),
        ("inter1", "1"),
        ("actor2", "Civilians (Syria)"),
        ("assoc_actor_2", ""),
        ("inter2", "7"),
        ("interaction", "17"),
        ("civilian_targeting", "Civilian targeting"),
        ("iso", "760"),
        ("region", "Middle East"),
        ("country", "Syria"),
        ("admin1", "Hama"),
        ("admin2", "Muhradah"),
        ("admin3", ""),
        ("location", "Kafr Zeita"),
        ("latitude", "35.3736"),
        ("longitude", "36.6009"),
        ("geo_precision", "1"),
        ("source", "enabbaladi.net; SOHR"),
        ("source_scale", ""),
        ("fatalities", "3"),
        ("tags", ""),
        ("timestamp", "1491130000"),
    ];
    for (col, want) in expect {
        assert_eq!(a[col], want, "{col}");
    }
    assert_eq!(
        a["notes"], strike.evidence.text,
        "notes survive commas, quotes, newline"
    );

    // IS (2) as actor1 against the army (1): the lower code comes first.
    let b = &got[1];
    assert_eq!(b["actor1"], "Islamic State (Syria)");
    assert_eq!(b["inter1"], "2");
    assert_eq!(b["actor2"], "Military Forces of Syria");
    assert_eq!(b["assoc_actor_2"], "Pro-Government Militia (Syria)");
    assert_eq!(b["interaction"], "12");
    assert_eq!(b["civilian_targeting"], "");
    assert_eq!(
        b["location"], "حي الصناعة",
        "Arabic when there is no English name"
    );
    assert_eq!((b["latitude"].as_str(), b["longitude"].as_str()), ("", ""));
    assert_eq!(b["fatalities"], "0", "no figure is 0, as in ACLED");
    assert_eq!((b["source"].as_str(), b["timestamp"].as_str()), ("", ""));
}

#[test]
fn actor_names_and_codes_come_from_the_pack() {
    // A user pack that renames an actor changes the export: names are data.
    let mut pack = pack();
    let isis = pack.actors.iter_mut().find(|a| a.id == "isis").unwrap();
    isis.name = "Islamic State (Syria) [renamed]".into();
    let mut e = clash();
    e.assoc_actor2.clear();
    let mut out = Vec::new();
    Exporter::new(&pack)
        .write(Format::AcledCsv, [Row::new(1, &e)], &mut out)
        .unwrap();
    let got = parse_acled(std::str::from_utf8(&out).unwrap());
    assert_eq!(got[0]["actor1"], "Islamic State (Syria) [renamed]");
}

#[test]
fn interaction_codes() {
    assert_eq!(acled::interaction(Some(1), Some(7)), Some(17));
    assert_eq!(acled::interaction(Some(7), Some(1)), Some(17));
    assert_eq!(acled::interaction(Some(2), Some(2)), Some(22));
    assert_eq!(acled::interaction(Some(8), None), Some(80));
    assert_eq!(acled::interaction(None, Some(3)), Some(30));
    assert_eq!(acled::interaction(None, None), None);

    // A lone actor, an unknown actor id, no actor at all.
    let mut e = clash();
    e.actor2 = None;
    e.assoc_actor2.clear();
    let mut unknown = clash();
    unknown.actor2 = Some("jaysh_unlisted".into());
    let mut nobody = clash();
    (nobody.actor1, nobody.actor2) = (None, None);
    let text = export(
        Format::AcledCsv,
        &[Row::new(1, &e), Row::new(2, &unknown), Row::new(3, &nobody)],
    );
    let got = parse_acled(&text);
    assert_eq!(
        (got[0]["interaction"].as_str(), got[0]["actor2"].as_str()),
        ("20", "")
    );
    assert_eq!(got[1]["actor2"], "jaysh_unlisted", "kept, not dropped");
    assert_eq!(
        (got[1]["inter2"].as_str(), got[1]["interaction"].as_str()),
        ("", "")
    );
    assert_eq!(
        (got[2]["actor1"].as_str(), got[2]["interaction"].as_str()),
        ("", "")
    );
}

#[test]
fn disorder_types() {
    use acled::disorder_type as d;
    assert_eq!(d("Battles", "Government regains territory"), "Political violence");
    assert_eq!(
        d("Violence against civilians", "Abduction/forced disappearance"),
        "Political violence"
    );
    assert_eq!(d("Riots", "Mob violence"), "Political violence");
    assert_eq!(d("Riots", "Violent demonstration"), "Demonstrations");
    assert_eq!(d("Protests", "Protest with intervention"), "Demonstrations");
    assert_eq!(
        d("Protests", "Excessive force against protesters"),
        "Political violence; Demonstrations"
    );
    assert_eq!(
        d("Strategic developments", "Looting/property destruction"),
        "Strategic developments"
    );
    assert_eq!(d("Something else", "Other"), "");
    // Every pair of events.md §2 has one.
    for (t, subs) in rasad_pack::TAXONOMY {
        for s in *subs {
            assert_ne!(d(t, s), "", "{t} / {s}");
        }
    }
}

#[test]
fn violence_against_civilians_is_civilian_targeting_whoever_actor2_is() {
    let mut e = air_strike();
    (e.event_type, e.sub_event_type) = ("Violence against civilians".into(), "Attack".into());
    e.actor2 = None;
    let got = parse_acled(&export(Format::AcledCsv, &[Row::new(5, &e)]));
    assert_eq!(got[0]["civilian_targeting"], "Civilian targeting");
    assert_eq!(got[0]["interaction"], "10");
}

#[test]
fn geojson_is_a_feature_collection_of_points() {
    let (strike, clash) = (air_strike(), clash());
    let rows = [
        Row {
            outlet: Some("enabbaladi.net"),
            url: Some("https://www.enabbaladi.net/archives/1"),
            published: Some("2017-04-02"),
            ..Row::new(42, &strike)
        },
        Row::new(43, &clash),
    ];
    let text = export(Format::GeoJson, &rows);
    let v: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["type"], "FeatureCollection");
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 2);
    let f = &features[0];
    assert_eq!(f["type"], "Feature");
    assert_eq!(f["id"], 42);
    assert_eq!(f["geometry"]["type"], "Point");
    assert_eq!(
        f["geometry"]["coordinates"],
        serde_json::json!([36.6009, 35.3736]),
        "lon, lat"
    );
    let p = &f["properties"];
    assert_eq!(
        (p["id"].as_i64(), p["outlet"].as_str()),
        (Some(42), Some("enabbaladi.net"))
    );
    assert_eq!(p["url"], "https://www.enabbaladi.net/archives/1");
    assert_eq!(p["published"], "2017-04-02");
    let back: Event = serde_json::from_value(p.clone()).expect("properties hold the record");
    assert_eq!(back, strike);
    assert!(
        features[1]["geometry"].is_null(),
        "no coordinates: null geometry, feature kept"
    );
    assert_eq!(features[1]["properties"]["location"]["name"], "حي الصناعة");
    assert!(
        features[1]["properties"]["fatalities"].is_null(),
        "null stays null here"
    );

    let empty: Value = serde_json::from_str(&export(Format::GeoJson, &[])).unwrap();
    assert_eq!(
        empty,
        serde_json::json!({"type": "FeatureCollection", "features": []})
    );
}

#[test]
fn bad_coordinates_are_null_geometry() {
    let mut e = air_strike();
    e.location.lat = Some(f64::NAN);
    let mut swapped = air_strike();
    swapped.location.lat = Some(136.6);
    let mut half = air_strike();
    half.location.lon = None;
    let text = export(
        Format::GeoJson,
        &[Row::new(1, &e), Row::new(2, &swapped), Row::new(3, &half)],
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    for f in v["features"].as_array().unwrap() {
        assert!(f["geometry"].is_null(), "{f}");
    }
}

#[test]
fn jsonl_round_trips_into_events() {
    let (strike, clash) = (air_strike(), clash());
    let rows = [
        Row {
            outlet: Some("enabbaladi.net"),
            url: Some("https://www.enabbaladi.net/archives/1"),
            title: Some("غارات على ريف حماة"),
            ingested: Some(1_491_130_000),
            ..Row::new(42, &strike)
        },
        Row::new(43, &clash),
    ];
    let text = export(Format::Jsonl, &rows);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    for (line, (row, event)) in lines.iter().zip(rows.iter().zip([&strike, &clash])) {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["id"], row.id);
        assert_eq!(v["outlet"].as_str(), row.outlet);
        assert_eq!(v["url"].as_str(), row.url);
        // Every events.md §1 field is there under its own name.
        let own = serde_json::to_value(event).unwrap();
        for (k, val) in own.as_object().unwrap() {
            assert_eq!(&v[k], val, "{k}");
        }
        let back: Event = serde_json::from_str(line).unwrap();
        assert_eq!(&back, event);
    }
}

/// A sink that counts the bytes that reached it.
struct Counting(Rc<Cell<usize>>);

impl Write for Counting {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn rows_are_written_as_they_come() {
    // Output must reach the writer while rows are still being produced: by
    // the 2,000th of 4,000 rows, most of the first 2,000 are out.
    let pack = pack();
    let event = air_strike();
    for format in Format::ALL {
        let written = Rc::new(Cell::new(0));
        let seen_midway = Rc::new(Cell::new(0));
        let rows = (0..4000).map(|i| {
            if i == 2000 {
                seen_midway.set(written.get());
            }
            Row::new(i, &event)
        });
        let n = Exporter::new(&pack)
            .write(format, rows, Counting(written.clone()))
            .unwrap();
        assert_eq!(n, 4000);
        let (midway, total) = (seen_midway.get(), written.get());
        assert!(
            midway > total / 3,
            "{format}: {midway} of {total} bytes out at the midpoint"
        );
    }
}

#[test]
fn format_names() {
    assert_eq!("acled-csv".parse::<Format>().unwrap(), Format::AcledCsv);
    assert_eq!(" GeoJSON ".parse::<Format>().unwrap(), Format::GeoJson);
    assert_eq!("jsonl".parse::<Format>().unwrap(), Format::Jsonl);
    let err = "xml".parse::<Format>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown export format \"xml\" (acled-csv, geojson or jsonl)"
    );
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
    }
    assert_eq!(Format::GeoJson.media_type(), "application/geo+json");
}

/// tools/check_exports.py, the check the notes cite, accepts what this
/// crate writes (skipped with a message where there is no python3).
#[test]
fn python_check_accepts_the_exports() {
    let python = std::process::Command::new("python3").arg("--version").output();
    if !python.is_ok_and(|o| o.status.success()) {
        eprintln!("python3 not found: skipping tools/check_exports.py");
        return;
    }
    let (strike, clash) = (air_strike(), clash());
    let rows = [Row::new(1, &strike), Row::new(2, &clash)];
    let dir = std::env::temp_dir().join(format!("rasad-export-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("events.csv");
    let geojson = dir.join("events.geojson");
    let jsonl = dir.join("events.jsonl");
    std::fs::write(&csv, export(Format::AcledCsv, &rows)).unwrap();
    std::fs::write(&geojson, export(Format::GeoJson, &rows)).unwrap();
    std::fs::write(&jsonl, export(Format::Jsonl, &rows)).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tools/check_exports.py");
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg("--acled")
        .arg(&csv)
        .arg("--geojson")
        .arg(&geojson)
        .arg("--jsonl")
        .arg(&jsonl)
        .output()
        .unwrap();
    // And it rejects a CSV with a column missing from one row.
    let broken = dir.join("broken.csv");
    let good = std::fs::read_to_string(&csv).unwrap();
    std::fs::write(&broken, good.replacen("SYR2,", "", 1)).unwrap();
    let bad = std::process::Command::new("python3")
        .arg(script)
        .arg("--acled")
        .arg(&broken)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("2 rows, 31 columns each"), "{stdout}");
    assert!(
        stdout.contains("2 features (1 Point, 1 null geometry)"),
        "{stdout}"
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("30 columns"));
}
