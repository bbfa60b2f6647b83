//! Event records out, in three formats, streamed: each row is written as
//! it comes, so an export of a million events holds one event at a time.
//!
//! - [`Format::AcledCsv`]: ACLED's 31 columns (see [`acled`] for every
//!   decision on how a rasad record fills them, with its source);
//! - [`Format::GeoJson`]: an RFC 7946 FeatureCollection, one Point feature
//!   per event (`geometry: null` when the place has no coordinates);
//! - [`Format::Jsonl`]: one record per line, events.md §1 as [`Event`]
//!   serialises it, plus what the store knows (`id`, `outlet`, `url` …).
//!
//! Actor names and inter codes come from the pack, never from code.

pub mod acled;
mod error;
mod json;

use std::fmt;
use std::io::{BufWriter, Write};
use std::str::FromStr;

use rasad_extract::Event;
use rasad_pack::Pack;

pub use acled::{Country, ACLED_COLUMNS};
pub use error::{ExportError, Result};

/// One event and what the store knows about it.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    /// The store's key for the event.
    pub id: i64,
    pub event: &'a Event,
    /// The outlet of the article the event came from (a name or a host).
    pub outlet: Option<&'a str>,
    pub url: Option<&'a str>,
    /// YYYY-MM-DD, the article's publication date.
    pub published: Option<&'a str>,
    pub title: Option<&'a str>,
    /// When the store took the article in, Unix seconds.
    pub ingested: Option<i64>,
}

impl<'a> Row<'a> {
    /// A row that knows only the event and its key.
    pub fn new(id: i64, event: &'a Event) -> Row<'a> {
        Row {
            id,
            event,
            outlet: None,
            url: None,
            published: None,
            title: None,
            ingested: None,
        }
    }
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    AcledCsv,
    GeoJson,
    Jsonl,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::AcledCsv, Format::GeoJson, Format::Jsonl];

    /// The name [`FromStr`] reads: `acled-csv`, `geojson`, `jsonl`.
    pub fn name(self) -> &'static str {
        match self {
            Format::AcledCsv => "acled-csv",
            Format::GeoJson => "geojson",
            Format::Jsonl => "jsonl",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::AcledCsv => "csv",
            Format::GeoJson => "geojson",
            Format::Jsonl => "jsonl",
        }
    }

    /// The media type, for an HTTP `Content-Type`.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::AcledCsv => "text/csv; charset=utf-8",
            Format::GeoJson => "application/geo+json",
            Format::Jsonl => "application/x-ndjson",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ExportError;

    /// Case-insensitive; surrounding spaces ignored.
    fn from_str(s: &str) -> Result<Format> {
        let wanted = s.trim().to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == wanted)
            .ok_or_else(|| ExportError::UnknownFormat(s.to_string()))
    }
}

/// Writes rows in a format, with the actor names and inter codes of a pack.
pub struct Exporter<'p> {
    pack: &'p Pack,
    country: Country,
}

impl<'p> Exporter<'p> {
    /// An exporter for Syria (the pack's region).
    pub fn new(pack: &'p Pack) -> Exporter<'p> {
        Exporter {
            pack,
            country: Country::syria(),
        }
    }

    /// The same, writing another country's ACLED columns (a pack for
    /// another region).
    pub fn with_country(pack: &'p Pack, country: Country) -> Exporter<'p> {
        Exporter { pack, country }
    }

    /// Writes `rows` to `out` as they come and returns how many were
    /// written. The output is complete (header and footer included) even
    /// for no rows. `out` is written through a buffer and flushed at the
    /// end.
    pub fn write<'a, W: Write>(
        &self,
        format: Format,
        rows: impl IntoIterator<Item = Row<'a>>,
        out: W,
    ) -> Result<usize> {
        let mut sink = self.sink(format, out)?;
        for row in rows {
            sink.write(row)?;
        }
        sink.finish()
    }

    /// The same, one row at a time, for callers that produce rows in a
    /// loop of their own (an extraction pipeline, a paged database cursor).
    /// The header is written now; [`Sink::finish`] writes the footer and
    /// flushes: a sink dropped without it leaves a GeoJSON file unclosed.
    pub fn sink<W: Write>(&self, format: Format, out: W) -> Result<Sink<'_, W>> {
        let inner = match format {
            Format::AcledCsv => Inner::Acled(Box::new(acled::start(out)?)),
            Format::GeoJson => {
                let mut w = BufWriter::new(out);
                json::geojson_start(&mut w)?;
                Inner::GeoJson(w)
            }
            Format::Jsonl => Inner::Jsonl(BufWriter::new(out)),
        };
        Ok(Sink {
            exporter: self,
            inner,
            rows: 0,
        })
    }
}

/// An export being written; see [`Exporter::sink`].
pub struct Sink<'e, W: Write> {
    exporter: &'e Exporter<'e>,
    inner: Inner<W>,
    rows: usize,
}

enum Inner<W: Write> {
    // Boxed: the csv writer's state is much larger than a BufWriter.
    Acled(Box<csv::Writer<W>>),
    GeoJson(BufWriter<W>),
    Jsonl(BufWriter<W>),
}

impl<W: Write> Sink<'_, W> {
    /// Writes one row.
    pub fn write(&mut self, row: Row<'_>) -> Result<()> {
        match &mut self.inner {
            Inner::Acled(w) => acled::write_row(w, self.exporter.pack, &self.exporter.country, &row)?,
            Inner::GeoJson(w) => json::geojson_feature(w, row, self.rows == 0)?,
            Inner::Jsonl(w) => json::write_jsonl(w, row)?,
        }
        self.rows += 1;
        Ok(())
    }

    /// Closes the export, flushes it, and returns how many rows it holds.
    pub fn finish(self) -> Result<usize> {
        match self.inner {
            Inner::Acled(mut w) => w.flush()?,
            Inner::GeoJson(mut w) => {
                json::geojson_end(&mut w)?;
                w.flush()?;
            }
            Inner::Jsonl(mut w) => w.flush()?,
        }
        Ok(self.rows)
    }
}

#[cfg(test)]
mod tests;
