//! Articles from a CSV file with a header row.
//!
//! Columns are found by name (`text`, `title`, `published`, `outlet`, `url`,
//! `id`), whatever their order and case, so spreadsheets and scraper dumps
//! with extra columns read as they are. `text` is required.

use crate::{emit_article, problem, Fields, Item, Problem};

/// The columns rasad reads, by position in the file.
#[derive(Default)]
struct Columns {
    text: usize,
    id: Option<usize>,
    title: Option<usize>,
    published: Option<usize>,
    outlet: Option<usize>,
    url: Option<usize>,
}

fn header_name(h: &str) -> String {
    h.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .to_lowercase()
}

/// True when the first line is a header naming a `text` column (for
/// standard input, which has no extension).
pub(crate) fn looks_like_csv(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    first.contains(',')
        && first
            .split(',')
            .any(|h| header_name(h.trim_matches('"')) == "text")
}

/// Reads the CSV `text` of file `name`; rows without an id get
/// `<stem>:<row>` (the 1-based data row, header not counted).
pub(crate) fn read_csv(name: &str, stem: &str, text: &str, sink: &mut dyn FnMut(Item)) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(header_name).collect(),
        Err(e) => return sink(problem(name, Some(1), format!("cannot read the header row: {e}"))),
    };
    let find = |col: &str| headers.iter().position(|h| h == col);
    let Some(text_col) = find("text") else {
        return sink(problem(
            name,
            Some(1),
            format!("no \"text\" column in the header row ({})", headers.join(", ")),
        ));
    };
    let cols = Columns {
        text: text_col,
        id: find("id"),
        title: find("title"),
        published: find("published"),
        outlet: find("outlet"),
        url: find("url"),
    };
    let mut record = csv::StringRecord::new();
    let mut row = 0usize;
    let mut lines = Lines {
        text,
        byte: 0,
        line: 1,
    };
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                row += 1;
                let line = record.position().map(|p| lines.at(p.byte()));
                one_row(name, stem, row, line, &cols, &record, sink);
            }
            Err(e) => {
                row += 1;
                let line = e.position().map(|p| lines.at(p.byte()));
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        format!("row {row}: {len} fields where the header has {expected_len}")
                    }
                    _ => format!("row {row}: {e}"),
                };
                sink(problem(name, line, reason));
                if !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    // Anything else (I/O, bad UTF-8) cannot be read past.
                    break;
                }
            }
        }
    }
    if row == 0 {
        sink(problem(name, None, "a header row and no articles".into()));
    }
}

/// Line numbers from byte offsets, counted forward only. The csv crate's own
/// `Position::line` is one short after a CRLF (it counts the `\n` of the
/// previous terminator into the next record), and Windows exports use CRLF.
struct Lines<'t> {
    text: &'t str,
    byte: usize,
    line: usize,
}

impl Lines<'_> {
    /// The line where the record starting at `byte` has its first character
    /// (a record's offset may point at the end of the previous terminator or
    /// at blank lines the reader skips).
    fn at(&mut self, byte: u64) -> usize {
        let bytes = self.text.as_bytes();
        let mut b = usize::try_from(byte).unwrap_or(bytes.len()).min(bytes.len());
        while b < bytes.len() && matches!(bytes[b], b'\r' | b'\n') {
            b += 1;
        }
        if b > self.byte {
            self.line += bytes[self.byte..b].iter().filter(|&&c| c == b'\n').count();
            self.byte = b;
        }
        self.line
    }
}

fn one_row(
    name: &str,
    stem: &str,
    row: usize,
    line: Option<usize>,
    cols: &Columns,
    record: &csv::StringRecord,
    sink: &mut dyn FnMut(Item),
) {
    let get = |c: Option<usize>| {
        c.and_then(|i| record.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let id = get(cols.id).unwrap_or_else(|| format!("{stem}:{row}"));
    let text = record.get(cols.text).unwrap_or("");
    if text.trim().is_empty() {
        return sink(Item::Problem(Problem {
            path: name.to_string(),
            line,
            reason: format!("article {id}: empty \"text\""),
            skipped: true,
        }));
    }
    let origin = match line {
        Some(l) => format!("{name}:{l}"),
        None => name.to_string(),
    };
    let fields = Fields {
        id,
        text: text.to_string(),
        published: get(cols.published),
        outlet: get(cols.outlet),
        url: get(cols.url),
        title: get(cols.title),
    };
    emit_article(fields, name, line, &origin, sink);
}
