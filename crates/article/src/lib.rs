//! Articles from what users have: `.jsonl` (events.md §6), `.csv` with a
//! header row, `.txt`, `.html`, a Baly claim `.json` (parallel `article` /
//! `url` lists), standard input, and directories of these, walked
//! recursively in name order (other extensions and hidden files skipped).
//!
//! Every format gets the same finishing: `published` read into YYYY-MM-DD
//! when it is a recognisable date ([`parse_published`]), or taken from the
//! URL's path when none is given ([`date_in_url`]), and the outlet taken
//! from the URL's host when none is given ([`host_of`]).
//!
//! Nothing is lost silently: every line or file that cannot be read becomes
//! a [`Problem`] (`file:line: reason`) handed to the caller with the
//! articles, and reading goes on.

mod published;
mod table;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use rasad_text::decode::{decode, Encoding};
use rasad_text::html::{html_to_text, looks_like_html};
use serde_json::Value;

pub use published::{date_in_url, parse_published, Published};

/// Files larger than this are refused (a clear cap rather than an
/// out-of-memory kill).
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// One article, as events.md §6 describes it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    pub id: String,
    pub text: String,
    /// YYYY-MM-DD.
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Where it was read: `file` or `file:line`.
    pub origin: String,
}

/// Something that could not be read. `skipped` is false for a warning
/// (the article was read, without the bad field).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub line: Option<usize>,
    pub reason: String,
    pub skipped: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// What reading hands back, in input order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Article(Article),
    Problem(Problem),
    /// A file was decoded from something other than UTF-8 (reported so the
    /// user knows).
    Decoded {
        path: String,
        encoding: Encoding,
    },
}

/// How to read a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    /// One JSON document: a Baly claim, an array of articles, or one article.
    Json,
    /// A header row naming the columns (`text` required).
    Csv,
    Text,
    Html,
}

impl Format {
    /// By extension; `None` for files that are not articles.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "csv" => Format::Csv,
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            _ => return None,
        })
    }

    /// For standard input: JSON lines when it starts with `{`, HTML when it
    /// looks like it, CSV when the first line is a header with a `text`
    /// column, plain text otherwise.
    pub fn sniff(text: &str) -> Format {
        let t = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
        if t.starts_with('{') {
            Format::Jsonl
        } else if t.starts_with('[') {
            Format::Json
        } else if looks_like_html(t) {
            Format::Html
        } else if table::looks_like_csv(t) {
            Format::Csv
        } else {
            Format::Text
        }
    }
}

/// Reads every article under `paths` (`-` is standard input), calling
/// `sink` for each article and each problem, in order.
pub fn read_paths(paths: &[PathBuf], sink: &mut dyn FnMut(Item)) {
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
            {
                Ok(_) if bytes.len() as u64 > MAX_FILE_BYTES => sink(problem("-", None, too_big())),
                Ok(_) => read_bytes("-", "stdin", None, &bytes, sink),
                Err(e) => sink(problem("-", None, format!("cannot read standard input: {e}"))),
            }
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, sink);
            files.sort();
            for f in files {
                read_file(&f, None, sink);
            }
        } else {
            read_file(path, None, sink);
        }
    }
}

fn too_big() -> String {
    format!("larger than the {} MiB cap; split it", MAX_FILE_BYTES >> 20)
}

fn problem(path: &str, line: Option<usize>, reason: String) -> Item {
    Item::Problem(Problem {
        path: path.to_string(),
        line,
        reason,
        skipped: true,
    })
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, sink: &mut dyn FnMut(Item)) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return sink(problem(
                &dir.display().to_string(),
                None,
                format!("cannot list: {e}"),
            ))
        }
    };
    for entry in entries.flatten() {
        let p = entry.path();
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, files, sink);
        } else if Format::of_path(&p).is_some() {
            files.push(p);
        }
    }
}

/// Reads one file; `format` overrides the extension.
pub fn read_file(path: &Path, format: Option<Format>, sink: &mut dyn FnMut(Item)) {
    let name = path.display().to_string();
    let Some(format) = format.or_else(|| Format::of_path(path)) else {
        return sink(problem(
            &name,
            None,
            "not an article file (.jsonl, .json, .csv, .txt, .html)".into(),
        ));
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => return sink(problem(&name, None, too_big())),
        Ok(_) => {}
        Err(e) => return sink(problem(&name, None, format!("cannot read: {e}"))),
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("article");
            read_bytes(&name, stem, Some(format), &bytes, sink)
        }
        Err(e) => sink(problem(&name, None, format!("cannot read: {e}"))),
    }
}

/// Reads articles from the bytes of one file named `name`; `stem` is the id
/// of a single-article file.
pub fn read_bytes(name: &str, stem: &str, format: Option<Format>, bytes: &[u8], sink: &mut dyn FnMut(Item)) {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return sink(problem(name, None, "empty file".into()));
    }
    let decoded = decode(bytes);
    if !matches!(decoded.encoding, Encoding::Utf8 | Encoding::Utf8Bom) {
        sink(Item::Decoded {
            path: name.to_string(),
            encoding: decoded.encoding,
        });
    }
    if let Some(reason) = not_text(&decoded.text) {
        return sink(problem(name, None, reason));
    }
    if decoded.replaced > 0 {
        sink(Item::Problem(Problem {
            path: name.to_string(),
            line: None,
            reason: format!(
                "{} undecodable byte sequences replaced by U+FFFD",
                decoded.replaced
            ),
            skipped: false,
        }));
    }
    let text = decoded.text;
    let format = format.unwrap_or_else(|| Format::sniff(&text));
    match format {
        Format::Jsonl => {
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let origin = format!("{name}:{}", i + 1);
                match serde_json::from_str::<Value>(line) {
                    Ok(v) => article_from_json(&v, name, Some(i + 1), &origin, sink),
                    Err(e) => sink(problem(name, Some(i + 1), format!("not JSON: {e}"))),
                }
            }
        }
        Format::Json => match serde_json::from_str::<Value>(&text) {
            Ok(Value::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    article_from_json(v, name, None, &format!("{name}[{i}]"), sink);
                }
            }
            Ok(v) if v.get("article").is_some_and(Value::is_array) => baly_claim(&v, name, sink),
            Ok(v) => article_from_json(&v, name, None, name, sink),
            Err(e) => sink(problem(name, Some(e.line()), format!("not JSON: {e}"))),
        },
        Format::Csv => table::read_csv(name, stem, &text, sink),
        Format::Text => single(name, stem, text, None, sink),
        Format::Html => {
            let page = html_to_text(&text);
            single(name, stem, page.text, page.title, sink)
        }
    }
}

/// Why decoded bytes are not text: binary files (images, archives, a PDF
/// renamed .txt) decode to NULs, control characters and U+FFFD.
fn not_text(text: &str) -> Option<String> {
    let (mut chars, mut junk) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()) {
            junk += 1;
        }
    }
    // A few stray control characters happen in real text; a binary file
    // has them everywhere.
    (junk * 50 > chars && junk >= 3).then(|| {
        format!("binary data, not text ({junk} of {chars} characters are control characters or undecodable)")
    })
}

fn single(name: &str, stem: &str, text: String, title: Option<String>, sink: &mut dyn FnMut(Item)) {
    if text.trim().is_empty() {
        return sink(problem(name, None, "no text".into()));
    }
    sink(Item::Article(Article {
        id: stem.to_string(),
        text,
        title,
        origin: name.to_string(),
        ..Article::default()
    }));
}

fn article_from_json(v: &Value, name: &str, line: Option<usize>, origin: &str, sink: &mut dyn FnMut(Item)) {
    let Some(obj) = v.as_object() else {
        return sink(problem(name, line, "not a JSON object".into()));
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return sink(problem(name, line, "no \"id\"".into())),
    };
    let text = match obj.get("text") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::String(_)) => return sink(problem(name, line, format!("article {id}: empty \"text\""))),
        _ => return sink(problem(name, line, format!("article {id}: no \"text\""))),
    };
    let field = |k: &str| {
        obj.get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    let fields = Fields {
        id,
        text,
        published: field("published"),
        outlet: field("outlet"),
        url: field("url"),
        title: field("title"),
    };
    emit_article(fields, name, line, origin, sink);
}

/// One article's fields as a format gives them, before the finishing that
/// every format shares.
pub(crate) struct Fields {
    pub id: String,
    pub text: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

/// Normalises `published` (a warning, not a skip, when it cannot be read),
/// fills the outlet from the URL, and hands the article on.
pub(crate) fn emit_article(
    f: Fields,
    name: &str,
    line: Option<usize>,
    origin: &str,
    sink: &mut dyn FnMut(Item),
) {
    let id = f.id;
    let warn = |reason: String| {
        Item::Problem(Problem {
            path: name.to_string(),
            line,
            reason,
            skipped: false,
        })
    };
    let published = f.published.and_then(|p| match parse_published(&p) {
        Published::Date(d) => Some(d.to_string()),
        Published::Ambiguous => {
            sink(warn(format!(
                "article {id}: published {p:?} could be day/month or month/day; read without a date"
            )));
            None
        }
        Published::Unknown => {
            sink(warn(format!(
                "article {id}: published {p:?} is not YYYY-MM-DD or another recognisable date; read without a date"
            )));
            None
        }
    });
    let published = published.or_else(|| f.url.as_deref().and_then(date_in_url).map(|d| d.to_string()));
    let outlet = f.outlet.or_else(|| f.url.as_deref().and_then(host_of));
    sink(Item::Article(Article {
        id,
        text: f.text,
        published,
        outlet,
        url: f.url,
        title: f.title,
        origin: origin.to_string(),
    }));
}

/// A Baly claim file: `article` and `url` are parallel lists.
fn baly_claim(v: &Value, name: &str, sink: &mut dyn FnMut(Item)) {
    let claim = v.get("id").and_then(Value::as_str).unwrap_or("claim");
    let urls = v.get("url").and_then(Value::as_array);
    for (i, a) in v["article"].as_array().into_iter().flatten().enumerate() {
        let Some(text) = a.as_str().filter(|t| !t.trim().is_empty()) else {
            sink(problem(
                name,
                None,
                format!("article[{i}]: empty or not a string"),
            ));
            continue;
        };
        let url = urls
            .and_then(|u| u.get(i))
            .and_then(Value::as_str)
            .map(String::from);
        sink(Item::Article(Article {
            id: format!("{claim}-{i}"),
            text: text.to_string(),
            outlet: url.as_deref().and_then(host_of),
            published: url.as_deref().and_then(date_in_url).map(|d| d.to_string()),
            url,
            origin: format!("{name}[{i}]"),
            ..Article::default()
        }));
    }
}

/// The host of a URL without `www.`: the outlet when none is given.
pub fn host_of(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    // Lower-cased before `www.` is stripped, so `WWW.X.com` loses it too.
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty() && host.contains('.') && !host.contains(char::is_whitespace)).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_in_the_url_is_the_publication_day_when_none_is_given() {
        use crate::date_in_url;
        let day = |u: &str| date_in_url(u).map(|d| d.to_string());
        assert_eq!(
            day("http://www.aljazeera.net/news/arabic/2017/10/25/العبادي-يتعهد").as_deref(),
            Some("2017-10-25")
        );
        assert_eq!(
            day("https://www.lebanese-forces.com/2017/11/30/editorials/").as_deref(),
            Some("2017-11-30")
        );
        assert_eq!(
            day("http://www.emaratalyoum.com/politics/2017-07-25-1.1013835").as_deref(),
            Some("2017-07-25")
        );
        assert_eq!(day("https://sana.sy/?p=2017"), None);
        assert_eq!(day("https://example.org/archives/12017-07-25"), None);
        assert_eq!(day("https://example.org/2017/13/40/x"), None);
        let jsonl = r#"{"id":"u","text":"قصف على كفرزيتا","url":"https://www.enabbaladi.net/archives/2017/04/02/x"}
{"id":"v","text":"قصف على كفرزيتا","url":"https://www.enabbaladi.net/archives/2017/04/02/y","published":"2017-04-03"}"#;
        let mut got = Vec::new();
        read_bytes("f.jsonl", "f", Some(Format::Jsonl), jsonl.as_bytes(), &mut |i| {
            if let Item::Article(a) = i {
                got.push(a.published);
            }
        });
        assert_eq!(
            got,
            [Some("2017-04-02".to_string()), Some("2017-04-03".to_string())]
        );
    }

    use super::*;

    fn read(name: &str, format: Option<Format>, bytes: &[u8]) -> Vec<Item> {
        let mut out = Vec::new();
        read_bytes(name, "stem", format, bytes, &mut |i| out.push(i));
        out
    }

    #[test]
    fn jsonl_articles_and_bad_lines() {
        let input = concat!(
            r#"{"id":"a1","text":"قصفت الطائرات بلدة كفرزيتا","published":"2017-04-02","url":"https://www.enabbaladi.net/x"}"#,
            "\n\n",
            "{not json\n",
            r#"{"id":"a2","text":""}"#,
            "\n",
            r#"{"id":"a3","text":"اشتباكات في جوبر","published":"2 April"}"#,
            "\n"
        );
        let items = read("in.jsonl", Some(Format::Jsonl), input.as_bytes());
        let Item::Article(a) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(
            (a.id.as_str(), a.published.as_deref()),
            ("a1", Some("2017-04-02"))
        );
        assert_eq!(a.outlet.as_deref(), Some("enabbaladi.net"));
        let Item::Problem(p) = &items[1] else { panic!() };
        assert!(p.to_string().starts_with("in.jsonl:3: not JSON"), "{p}");
        let Item::Problem(p) = &items[2] else { panic!() };
        assert_eq!(p.to_string(), "in.jsonl:4: article a2: empty \"text\"");
        let Item::Problem(p) = &items[3] else { panic!() };
        assert!(!p.skipped && p.reason.contains("not YYYY-MM-DD"));
        let Item::Article(a) = &items[4] else { panic!() };
        assert_eq!((a.id.as_str(), a.published.as_deref()), ("a3", None));
        assert_eq!(items.len(), 5);
    }

    #[test]
    fn baly_claim_layout() {
        let claim = r#"{"id":"R-1","claim":"…","article":["نص أول","  ","نص ثالث"],"url":["http://www.aljazeera.net/news/1","http://x.org","https://sana.sy/?p=3"],"stance":["agree","agree","discuss"]}"#;
        let items = read("R-1.json", Some(Format::Json), claim.as_bytes());
        let ids: Vec<String> = items
            .iter()
            .map(|i| match i {
                Item::Article(a) => format!("{} {}", a.id, a.outlet.clone().unwrap_or_default()),
                Item::Problem(p) => p.to_string(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            ids,
            [
                "R-1-0 aljazeera.net",
                "R-1.json: article[1]: empty or not a string",
                "R-1-2 sana.sy"
            ]
        );
    }

    #[test]
    fn text_and_empty_files() {
        let items = read("a.txt", Some(Format::Text), "سقطت قذائف على حي جوبر".as_bytes());
        assert!(matches!(&items[0], Item::Article(a) if a.id == "stem"));
        let items = read("b.txt", Some(Format::Text), b" \n ");
        assert_eq!(items, [problem("b.txt", None, "empty file".into())]);
    }

    fn show(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Item::Article(a) => format!(
                    "{} | {} | {} | {} | {}",
                    a.id,
                    a.published.as_deref().unwrap_or("-"),
                    a.outlet.as_deref().unwrap_or("-"),
                    a.title.as_deref().unwrap_or("-"),
                    a.origin
                ),
                Item::Problem(p) => format!("{}{p}", if p.skipped { "skip " } else { "warn " }),
                Item::Decoded { path, encoding } => format!("decoded {path} {encoding}"),
            })
            .collect()
    }

    #[test]
    fn csv_articles_by_column_name() {
        // Columns in an unusual order, case and spacing; an extra column;
        // no id column; a quoted text over three lines with commas and
        // doubled quotes; a bad row in the middle; an empty text.
        let input = concat!(
            " Title ,source_rank,TEXT,Published,URL\r\n",
            "قصف على كفرزيتا,3,\"قصفت طائرات حربية، صباح اليوم، بلدة كفرزيتا.\n",
            "وقال ناشطون إن \"\"الغارات\"\" استهدفت السوق,\n",
            "ما أدى إلى مقتل ثلاثة مدنيين.\",2017-04-02T10:00:00Z,https://www.EnabBaladi.net/archives/1\r\n",
            "صف ناقص,1,اشتباكات في جوبر\r\n",
            "اشتباكات جوبر,2,اشتباكات عنيفة في حي جوبر الدمشقي,02/04/2017,http://sana.sy/?p=9\r\n",
            "بلا نص,1,  ,2017-04-03,\r\n",
            "\r\n",
            "خبر أخير,1,انفجار عبوة ناسفة في مدينة الباب,\"April 3, 2017\",\r\n",
        );
        let items = read("news/feed.csv", Some(Format::Csv), input.as_bytes());
        assert_eq!(
            show(&items),
            [
                "stem:1 | 2017-04-02 | enabbaladi.net | قصف على كفرزيتا | news/feed.csv:2",
                "skip news/feed.csv:5: row 2: 3 fields where the header has 5",
                "warn news/feed.csv:6: article stem:3: published \"02/04/2017\" could be day/month or month/day; read without a date",
                "stem:3 | - | sana.sy | اشتباكات جوبر | news/feed.csv:6",
                "skip news/feed.csv:7: article stem:4: empty \"text\"",
                "stem:5 | 2017-04-03 | - | خبر أخير | news/feed.csv:9",
            ]
        );
        let Item::Article(a) = &items[0] else { panic!() };
        assert_eq!(
            a.text,
            "قصفت طائرات حربية، صباح اليوم، بلدة كفرزيتا.\nوقال ناشطون إن \"الغارات\" استهدفت السوق,\nما أدى إلى مقتل ثلاثة مدنيين."
        );
        assert_eq!(a.url.as_deref(), Some("https://www.EnabBaladi.net/archives/1"));
    }

    #[test]
    fn csv_ids_outlets_and_a_bom() {
        let input = "\u{feff}id,text,outlet,url\nsy-1,سقطت قذائف على حي جوبر,عنب بلدي,https://www.enabbaladi.net/x\n,غارات على دوما,,\n";
        let items = read("b.csv", None, input.as_bytes());
        assert_eq!(
            show(&items),
            [
                "sy-1 | - | عنب بلدي | - | b.csv:2",
                "stem:2 | - | - | - | b.csv:3"
            ]
        );
    }

    #[test]
    fn csv_without_a_text_column_is_one_problem() {
        let input = "id,body,url\n1,قصف على دوما,http://x.org\n2,اشتباكات,http://y.org\n";
        let items = read("c.csv", Some(Format::Csv), input.as_bytes());
        assert_eq!(
            show(&items),
            ["skip c.csv:1: no \"text\" column in the header row (id, body, url)"]
        );
        let items = read("d.csv", Some(Format::Csv), "id,text,url\r\n".as_bytes());
        assert_eq!(show(&items), ["skip d.csv: a header row and no articles"]);
    }

    #[test]
    fn csv_in_windows_1256() {
        let csv = "id,text,published\nw1,\"قتل مدنيان، وجرح آخرون، في قصف على معرة النعمان\",2016/11/05\n";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(csv);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err(), "really single-byte");
        let items = read("old.csv", Some(Format::Csv), &bytes);
        assert_eq!(
            show(&items),
            [
                "decoded old.csv windows-1256",
                "w1 | 2016-11-05 | - | - | old.csv:2"
            ]
        );
        let Item::Article(a) = &items[1] else { panic!() };
        assert_eq!(a.text, "قتل مدنيان، وجرح آخرون، في قصف على معرة النعمان");
    }

    #[test]
    fn csv_is_registered_and_sniffed() {
        assert_eq!(Format::of_path(Path::new("a/b/FEED.CSV")), Some(Format::Csv));
        assert_eq!(Format::of_path(Path::new("notes.md")), None);
        assert_eq!(Format::sniff("id,\"text\",url\n1,نص,\n"), Format::Csv);
        assert_eq!(Format::sniff("قصف، ثم اشتباكات, في text"), Format::Text);
    }

    #[test]
    fn every_format_takes_the_outlet_from_the_url() {
        let jsonl = r#"{"id":"j","text":"نص","url":"HTTPS://WWW.Aljazeera.NET/news/1","published":"2017-04-02 08:15:00"}"#;
        let json = r#"[{"id":"a","text":"نص","url":"https://www.zamanalwsl.net/news/2"}]"#;
        let csv = "text,url\nنص,http://www.orient-news.net/ar/3\n";
        let mut outlets = Vec::new();
        for (name, bytes) in [("a.jsonl", jsonl), ("a.json", json), ("a.csv", csv)] {
            let path = Path::new(name);
            for item in read(name, Format::of_path(path), bytes.as_bytes()) {
                match item {
                    Item::Article(a) => outlets.push(format!("{} {:?}", a.outlet.unwrap(), a.published)),
                    other => panic!("{other:?}"),
                }
            }
        }
        assert_eq!(
            outlets,
            [
                "aljazeera.net Some(\"2017-04-02\")",
                "zamanalwsl.net None",
                "orient-news.net None"
            ]
        );
    }

    #[test]
    fn directories_are_walked_recursively() {
        let dir = std::env::temp_dir().join(format!("rasad-article-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("2017/04")).unwrap();
        std::fs::create_dir_all(dir.join(".cache")).unwrap();
        std::fs::write(dir.join("2017/04/feed.csv"), "id,text\nc1,قصف على دوما\n").unwrap();
        std::fs::write(
            dir.join("2017/a.jsonl"),
            "{\"id\":\"j1\",\"text\":\"اشتباكات في جوبر\"}\n",
        )
        .unwrap();
        std::fs::write(dir.join("readme.md"), "# not an article").unwrap();
        std::fs::write(dir.join("data.xlsx"), [0u8, 1, 2]).unwrap();
        std::fs::write(dir.join(".cache/hidden.txt"), "مخفي").unwrap();
        std::fs::write(dir.join("z.txt"), "غارات على إدلب").unwrap();
        let mut ids = Vec::new();
        read_paths(std::slice::from_ref(&dir), &mut |i| match i {
            Item::Article(a) => ids.push(a.id),
            other => panic!("{other:?}"),
        });
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(ids, ["c1", "j1", "z"]);
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://www.Reuters.com/article/x").as_deref(),
            Some("reuters.com")
        );
        assert_eq!(
            host_of("http://user@sana.sy:8080/ar?p=1").as_deref(),
            Some("sana.sy")
        );
        assert_eq!(host_of("not a url"), None);
        assert_eq!(host_of("HTTP://WWW.SANA.SY/ar/?p=1").as_deref(), Some("sana.sy"));
        assert_eq!(
            host_of("www.enabbaladi.net/archives/1").as_deref(),
            Some("enabbaladi.net")
        );
    }
}
