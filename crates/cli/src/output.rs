//! Output formats shared by the commands.

use std::io::{self, Write};

use rasad_article::{read_paths, Article, Item};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// One JSON object per line.
    Jsonl,
}

/// A table printed with columns padded to their widest cell (by
/// characters, which is close enough for Arabic in a terminal).
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn print(&self, out: &mut impl Write) -> io::Result<()> {
        let width = |i: usize| {
            std::iter::once(&self.header)
                .chain(&self.rows)
                .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                .max()
                .unwrap_or(0)
        };
        let columns = std::iter::once(&self.header)
            .chain(&self.rows)
            .map(Vec::len)
            .max()
            .unwrap_or(0);
        let widths: Vec<usize> = (0..columns).map(width).collect();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = widths[i].saturating_sub(cell.chars().count()) + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// Reads the articles under `paths`, reporting problems on stderr as
/// `file:line: reason`. Returns the number of problems that skipped input.
pub fn for_each_article(
    paths: &[std::path::PathBuf],
    mut f: impl FnMut(Article) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let mut skipped = 0;
    let mut failure = None;
    read_paths(paths, &mut |item| {
        if failure.is_some() {
            return;
        }
        match item {
            Item::Article(a) => {
                if let Err(e) = f(a) {
                    failure = Some(e);
                }
            }
            Item::Problem(p) => {
                if p.skipped {
                    skipped += 1;
                    eprintln!("{p} (skipped)");
                } else {
                    eprintln!("{p}");
                }
            }
            Item::Decoded { path, encoding } => eprintln!("{path}: decoded as {encoding}"),
        }
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(skipped),
    }
}

/// True when the error is a closed stdout (`rasad … | head`): not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
