//! `rasad ingest`, `events`, `stats`, `export` on fixtures written for the
//! project, and a salted folder of broken input.

use std::path::Path;

use crate::util::{fixture, rasad, stderr, stdout};

fn data_arg(dir: &Path) -> String {
    dir.join("data").display().to_string()
}

fn ingest(data: &str, paths: &[&str]) -> std::process::Output {
    let mut args = vec!["ingest", "--data", data];
    args.extend(paths);
    rasad(&args)
}

#[test]
fn ingest_is_idempotent_and_events_come_back_filtered() {
    let tmp = tempfile::tempdir().unwrap();
    let data = data_arg(tmp.path());
    let articles = fixture("events/articles.jsonl");
    let articles = articles.to_str().unwrap();
    let first = ingest(&data, &[articles, "examples"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let summary = stderr(&first);
    assert!(
        summary.contains("35 stored, 0 already stored, 0 skipped"),
        "{summary}"
    );

    let again = ingest(&data, &[articles, "examples"]);
    assert!(
        stderr(&again).contains("0 stored, 35 already stored"),
        "{}",
        stderr(&again)
    );

    // Air strikes in Idleb, as JSON lines: every one is what was asked.
    let o = rasad(&[
        "events",
        "--data",
        &data,
        "--sub-type",
        "air",
        "--admin1",
        "إدلب",
        "--format",
        "jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 3, "{}", stdout(&o));
    for e in &lines {
        assert_eq!(e["sub_event_type"], "Air/drone strike");
        assert_eq!(e["location"]["admin1"], "Idleb");
        assert!(e["id"].as_i64().is_some() && e["article"]["doc_id"].is_string());
    }
    // Newest first.
    let dates: Vec<&str> = lines.iter().filter_map(|e| e["event_date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");

    // A bad filter is an error that says what is accepted.
    let bad = rasad(&["events", "--data", &data, "--type", "bombing"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("Battles"), "{}", stderr(&bad));

    let stats = rasad(&["stats", "--data", &data]);
    let s = stdout(&stats);
    assert!(s.contains("35 articles") && s.contains("Air/drone strike"), "{s}");
}

#[test]
fn exports_have_acleds_columns_and_parse_back() {
    let tmp = tempfile::tempdir().unwrap();
    let data = data_arg(tmp.path());
    let articles = fixture("events/articles.jsonl");
    assert!(ingest(&data, &[articles.to_str().unwrap()]).status.success());
    let events = rasad(&["events", "--data", &data, "--format", "jsonl", "--limit", "10000"]);
    let n = stdout(&events).lines().count();
    assert!(n > 50, "{n}");

    let csv = rasad(&["export", "--data", &data, "--format", "acled-csv"]);
    assert!(csv.status.success(), "{}", stderr(&csv));
    let text = stdout(&csv);
    let header = text.lines().next().unwrap();
    assert_eq!(
        header,
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
    );
    let rows = text.lines().filter(|l| l.starts_with("SYR")).count();
    assert_eq!(rows, n, "one CSV row per event");
    assert!(text.contains(",760,Middle East,Syria,"));
    assert!(text.contains("Military Forces of Syria"));

    let geo = rasad(&[
        "export", "--data", &data, "--format", "geojson", "--type", "battles",
    ]);
    let fc: serde_json::Value = serde_json::from_slice(&geo.stdout).expect("GeoJSON parses");
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    assert!(!features.is_empty());
    for f in features {
        assert_eq!(f["properties"]["event_type"], "Battles");
        if let Some(c) = f["geometry"]["coordinates"].as_array() {
            // [lon, lat] in Syria.
            let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
            assert!(
                (35.0..43.0).contains(&lon) && (32.0..37.5).contains(&lat),
                "{c:?}"
            );
        }
    }
}

#[test]
fn a_salted_folder_is_read_with_every_bad_file_reported_and_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir_all(dir.join("nested")).unwrap();
    std::fs::copy(fixture("events/articles.jsonl"), dir.join("good.jsonl")).unwrap();
    std::fs::write(
        dir.join("broken.jsonl"),
        "{\"id\": \"b1\", \"text\": \"قصفت قوات النظام بلدة اللطامنة في ريف حماة الشمالي.\"}\n{\"id\": \"b2\", \"text\": \n{\"id\": \"b3\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("nested/rows.csv"),
        "title,text,published\nقصف,\"قصفت قوات النظام بلدة كفرنبل، وقتل مدني.\",2019-05-14\nسطر,ناقص\n",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(
        dir.join("image.txt"),
        [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 1, 2, 3, 0, 0, 0, 4, 5].repeat(40),
    )
    .unwrap();
    std::fs::write(dir.join("huge.txt"), "قصف ".repeat(600_000)).unwrap();
    std::fs::write(dir.join("notes.md"), "not an article format").unwrap();

    let data = data_arg(tmp.path());
    let o = ingest(&data, &[dir.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "something was skipped: {err}");
    for expected in [
        "broken.jsonl:2: not JSON",
        "broken.jsonl:3:",
        "rows.csv:3:",
        "empty.txt: empty file",
        "image.txt: binary data",
        "huge.txt",
    ] {
        assert!(err.contains(expected), "no {expected:?} in:\n{err}");
    }
    assert!(!err.contains("notes.md"), "{err}");
    // 24 good articles + b1 + one CSV row; 6 skipped.
    assert!(err.contains("26 stored, 0 already stored, 6 skipped"), "{err}");
}

/// Counts from `rasad stats --format jsonl`.
fn counts(data: &str) -> serde_json::Value {
    let o = rasad(&["stats", "--data", data, "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stats: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    stats["counts"].clone()
}

/// Enough distinct articles for an ingest to take a few seconds: the
/// project's test articles, each told again `rounds` times with a serial
/// number. The file written, and how many articles it holds.
fn many_articles(dir: &Path, rounds: usize) -> (std::path::PathBuf, i64) {
    let base = std::fs::read_to_string(fixture("events/articles.jsonl")).unwrap();
    let mut lines = String::new();
    for round in 0..rounds {
        for line in base.lines() {
            let mut a: serde_json::Value = serde_json::from_str(line).unwrap();
            a["id"] = format!("{}-{round}", a["id"].as_str().unwrap()).into();
            a["url"] = format!("https://example.org/{}", a["id"].as_str().unwrap()).into();
            let text = format!("{}\nنشر هذا التقرير برقم {round}.", a["text"].as_str().unwrap());
            a["text"] = text.into();
            lines.push_str(&a.to_string());
            lines.push('\n');
        }
    }
    let input = dir.join("many.jsonl");
    std::fs::write(&input, lines).unwrap();
    (input, (rounds * base.lines().count()) as i64)
}

#[test]
fn an_ingest_killed_mid_way_leaves_a_store_that_reopens_whole_and_finishes() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, total) = many_articles(tmp.path(), 60);
    let input = input.to_str().unwrap();

    let killed = tmp.path().join("killed").display().to_string();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_rasad"))
        .args(["ingest", "--data", &killed, "--batch", "16", input])
        .env_remove("RASAD_PACK")
        .env_remove("RASAD_DATA")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches are in, well before the end. (Readers
    // polling it meanwhile must not get in its way: see
    // a_reader_during_an_ingest_neither_blocks_nor_breaks_it.)
    let started = std::time::Instant::now();
    let mut last_stats = String::new();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let db = Path::new(&killed).join("rasad.db");
        if db.exists() {
            let o = rasad(&["stats", "--data", &killed, "--format", "jsonl"]);
            if o.status.success() {
                let s: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
                if s["counts"]["articles"].as_i64().unwrap() >= 64 {
                    break;
                }
            }
            last_stats = format!(
                "{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            );
        }
        assert!(
            started.elapsed().as_secs() < 300,
            "ingest never committed 64 articles; last stats: {last_stats}"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest ended before it could be killed"
        );
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    // Reopened: the index agrees with the database.
    let after_kill = counts(&killed);
    let stored = after_kill["articles"].as_i64().unwrap();
    assert!(stored >= 64 && stored < total, "{after_kill}");
    assert_eq!(
        after_kill["index_docs"].as_i64().unwrap(),
        stored + after_kill["events"].as_i64().unwrap(),
        "{after_kill}"
    );

    // Ingest again: it adds exactly what is missing, and the store equals
    // one ingested without a kill.
    let resumed = rasad(&["ingest", "--data", &killed, input]);
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    assert!(
        stderr(&resumed).contains(&format!("{} stored, {stored} already stored", total - stored)),
        "{}",
        stderr(&resumed)
    );
    let clean = tmp.path().join("clean").display().to_string();
    assert!(rasad(&["ingest", "--data", &clean, input]).status.success());
    assert_eq!(counts(&killed), counts(&clean));
}

/// A child process killed when dropped, even by a failing assertion.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn serve_answers_on_the_address_it_names_and_refuses_a_missing_store() {
    use std::io::{BufRead, Read, Write};

    let tmp = tempfile::tempdir().unwrap();
    let data = data_arg(tmp.path());
    assert!(ingest(&data, &["examples"]).status.success());
    let mut server = Killed(
        std::process::Command::new(env!("CARGO_BIN_EXE_rasad"))
            .args([
                "serve",
                "--data",
                &data,
                "--addr",
                "127.0.0.1:0",
                "--readers",
                "2",
            ])
            .current_dir(crate::util::root())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    std::io::BufReader::new(server.0.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("2 readers"), "{line}");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    let mut conn = std::net::TcpStream::connect(addr).unwrap();
    write!(
        conn,
        "GET /api/meta HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).unwrap();
    drop(server);
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
    let body = answer.split("\r\n\r\n").nth(1).unwrap();
    let meta: serde_json::Value = serde_json::from_str(body).unwrap();
    assert!(meta["counts"]["events"].as_i64().unwrap() > 0, "{meta}");

    let missing = rasad(&["serve", "--data", &tmp.path().join("none").display().to_string()]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("holds no rasad store"),
        "{}",
        stderr(&missing)
    );
}

/// Regression: a `rasad stats` that opened the store between an ingest's
/// database commit and its index commit took the index's write lock to
/// catch it up; the ingest then failed on its next batch, and hung instead
/// of exiting (its worker threads waited on full channels for ever).
#[test]
fn a_reader_during_an_ingest_neither_blocks_nor_breaks_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, total) = many_articles(tmp.path(), 20);
    let data = tmp.path().join("data").display().to_string();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_rasad"))
        .args(["ingest", "--data", &data, "--batch", "4", input.to_str().unwrap()])
        .env_remove("RASAD_PACK")
        .env_remove("RASAD_DATA")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Readers as fast as they come while it writes.
    let db = Path::new(&data).join("rasad.db");
    let started = std::time::Instant::now();
    let mut child = child;
    while child.try_wait().unwrap().is_none() {
        assert!(started.elapsed().as_secs() < 300, "ingest hung");
        if db.exists() {
            let _ = rasad(&["stats", "--data", &data, "--format", "jsonl"]);
        }
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c = counts(&data);
    assert_eq!(c["articles"].as_i64().unwrap(), total, "{c}");
    assert_eq!(
        c["index_docs"].as_i64().unwrap(),
        total + c["events"].as_i64().unwrap(),
        "{c}"
    );
}
