//! A response body written by blocking code: an export walks the store on
//! a blocking thread and writes into a [`ChannelWriter`]; the body sends
//! each chunk as it comes. The channel is short, so a slow client slows the
//! walk instead of the server buffering the whole export, and a client
//! that goes away stops it (the next write fails).

use std::io::{self, Write};
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::Frame;
use tokio::sync::mpsc;

/// Bytes gathered before a chunk is sent.
const CHUNK: usize = 64 * 1024;
/// Chunks in flight between the walk and the socket.
const IN_FLIGHT: usize = 4;

type Item = Result<Bytes, io::Error>;

/// A body and the writer that feeds it.
pub(crate) fn channel() -> (ChannelWriter, ChannelBody) {
    let (tx, rx) = mpsc::channel(IN_FLIGHT);
    (
        ChannelWriter {
            tx,
            buf: Vec::with_capacity(CHUNK),
        },
        ChannelBody { rx },
    )
}

pub(crate) struct ChannelBody {
    rx: mpsc::Receiver<Item>,
}

impl http_body::Body for ChannelBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        self.rx.poll_recv(cx).map(|item| item.map(|r| r.map(Frame::data)))
    }
}

/// Written from a blocking thread only (it blocks while the channel is
/// full).
pub(crate) struct ChannelWriter {
    tx: mpsc::Sender<Item>,
    buf: Vec<u8>,
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }

    /// Ends the body with an error: the client sees a cut transfer, not a
    /// file that looks complete.
    pub(crate) fn fail(&self, reason: String) {
        let _ = self.tx.blocking_send(Err(io::Error::other(reason)));
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writer_whose_client_went_away_fails_instead_of_blocking() {
        let (mut w, body) = channel();
        drop(body);
        let chunk = vec![b'x'; CHUNK];
        let e = w.write(&chunk).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
    }

    #[test]
    fn what_is_written_arrives_in_chunks_and_in_order() {
        let (mut w, mut body) = channel();
        let writer = std::thread::spawn(move || {
            for i in 0..100_000u32 {
                writeln!(w, "{i}").unwrap();
            }
            w.flush().unwrap();
        });
        let mut got = Vec::new();
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        rt.block_on(async {
            while let Some(item) = body.rx.recv().await {
                let chunk = item.unwrap();
                assert!(chunk.len() <= 2 * CHUNK);
                got.extend_from_slice(&chunk);
            }
        });
        writer.join().unwrap();
        let expected: String = (0..100_000u32).map(|i| format!("{i}\n")).collect();
        assert_eq!(String::from_utf8(got).unwrap(), expected);
    }
}
