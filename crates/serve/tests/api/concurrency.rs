//! A real socket on 127.0.0.1 under 100 connections at once, each sending
//! several requests over keep-alive: every answer must be a 200. (How fast
//! is measured with wrk, not here; see NOTES.md.)

use std::net::SocketAddr;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::{encode, fixture};

const CONNECTIONS: usize = 100;
const REQUESTS_EACH: usize = 6;

/// Sends GET `uri` on `stream` and reads the answer: status and body.
async fn exchange(stream: &mut BufReader<TcpStream>, uri: &str) -> std::io::Result<(u16, Vec<u8>)> {
    let req = format!("GET {} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", encode(uri));
    stream.get_mut().write_all(req.as_bytes()).await?;
    let mut line = String::new();
    stream.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let (mut length, mut chunked) = (None, false);
    loop {
        line.clear();
        stream.read_line(&mut line).await?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (name, value) = l.split_once(':').unwrap_or((l, ""));
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse::<usize>().ok(),
            "transfer-encoding" => chunked = value.trim().eq_ignore_ascii_case("chunked"),
            _ => {}
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            stream.read_line(&mut line).await?;
            let size = usize::from_str_radix(line.trim_end(), 16).map_err(std::io::Error::other)?;
            let mut chunk = vec![0; size + 2];
            stream.read_exact(&mut chunk).await?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else {
        body.resize(length.unwrap_or(0), 0);
        stream.read_exact(&mut body).await?;
    }
    Ok((status, body))
}

async fn client(addr: SocketAddr, n: usize) -> Result<usize, String> {
    const URIS: [&str; 8] = [
        "/api/events?limit=5",
        "/api/events?fields=map&admin1=Hama",
        "/api/search?q=غارات",
        "/api/stats",
        "/api/events/1",
        "/api/export?format=geojson",
        "/api/timeline?bucket=week",
        "/api/places?q=دوما",
    ];
    let stream = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
    let mut stream = BufReader::new(stream);
    for r in 0..REQUESTS_EACH {
        let uri = URIS[(n + r) % URIS.len()];
        let (status, body) = exchange(&mut stream, uri)
            .await
            .map_err(|e| format!("{uri}: {e}"))?;
        if status != 200 {
            return Err(format!("{uri}: {status} {}", String::from_utf8_lossy(&body)));
        }
        serde_json::from_slice::<serde_json::Value>(&body).map_err(|e| format!("{uri}: {e}"))?;
    }
    Ok(REQUESTS_EACH)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_connections_at_once_all_get_their_answers() {
    let router = fixture().router.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, router).await });
    let mut clients = tokio::task::JoinSet::new();
    for n in 0..CONNECTIONS {
        clients.spawn(client(addr, n));
    }
    let mut answered = 0;
    let mut failures = Vec::new();
    while let Some(done) = clients.join_next().await {
        match done.expect("a client task") {
            Ok(n) => answered += n,
            Err(e) => failures.push(e),
        }
    }
    server.abort();
    assert!(
        failures.is_empty(),
        "{} failed: {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    assert_eq!(answered, CONNECTIONS * REQUESTS_EACH);
}
