//! The Arabic full-text index of rasad: articles and event evidence in a
//! tantivy index, searched with the rasad-text analyzer.
//!
//! Terms are made on the normalised view (أ إ آ → ا, ى → ي, ة → ه, no
//! diacritics or tatweel, ASCII digits) with proclitics stripped
//! (بالطائرات → طائرات); a second field holds light stems (غارات → غار); a
//! compound head and the next word are also indexed written together
//! (كفر زيتا → كفرزيتا), so both spellings find each other. Offsets point
//! into the original text, so snippets show it as it was written.
//!
//! The store commits SQLite first, then the index with the highest article
//! key indexed as the commit payload ([`Writer::commit`]); on open it rolls
//! back what came after ([`Writer::delete_article_from`]) and indexes it
//! again.

mod analyzer;
mod error;
mod query;
mod snippet;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};
use std::ops::Bound;
use std::path::{Path, PathBuf};

use tantivy::collector::TopDocs;
use tantivy::directory::MmapDirectory;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, Value, STRING,
};
use tantivy::{IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument, Term};

pub use analyzer::{light_stem, Analyzer, Word};
pub use error::{IndexError, Result};
pub use snippet::Snippet;

use analyzer::{ArabicTokenizer, Mode, ANALYZER_VERSION, STEM_MARK};
use query::TextFields;
use snippet::Snippets;

/// The smallest writer heap tantivy accepts (15 MB per indexing thread);
/// [`Index::writer`] raises a smaller one to it.
pub const MIN_WRITER_HEAP: usize = 15_000_000;

/// The largest writer heap tantivy accepts (just under 4 GiB);
/// [`Index::writer`] lowers a larger one to it.
pub const MAX_WRITER_HEAP: usize = 4_000_000_000;

const EXACT: &str = "rasad_ar";
const STEMMED: &str = "rasad_ar_stem";

const KIND_ARTICLE: u64 = 0;
const KIND_EVIDENCE: u64 = 1;

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitKind {
    /// An article: its title and text.
    Article,
    /// The evidence text of one event.
    Evidence,
}

/// An article to index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleDoc<'a> {
    /// The store's article rowid.
    pub key: i64,
    pub title: &'a str,
    pub text: &'a str,
    /// Indexed as one exact string, for [`SearchOptions::outlet`].
    pub outlet: &'a str,
    /// YYYY-MM-DD (anything after the tenth byte is ignored), for the date
    /// filters.
    pub published: Option<&'a str>,
}

/// The evidence of one event to index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceDoc<'a> {
    /// The store's event rowid.
    pub event_key: i64,
    /// The article the event was read from.
    pub article_key: i64,
    pub text: &'a str,
    /// The event's date, YYYY-MM-DD, for the date filters; None leaves the
    /// evidence out of any date-filtered search.
    pub date: Option<&'a str>,
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: HitKind,
    pub article_key: i64,
    /// The event, for evidence.
    pub event_key: Option<i64>,
    /// BM25 over all matched fields.
    pub score: f32,
    /// From the text (or the title when only the title matched).
    pub snippet: Snippet,
}

/// How to search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOptions {
    /// Hits to return (0 returns none, after checking the query).
    pub limit: usize,
    /// Hits to skip first, for paging.
    pub offset: usize,
    /// Only articles, or only evidence.
    pub kind: Option<HitKind>,
    /// Only documents dated on or after this day (YYYY-MM-DD).
    pub since: Option<String>,
    /// Only documents dated on or before this day (YYYY-MM-DD).
    pub until: Option<String>,
    /// Only articles of this outlet (evidence has none, so it drops out).
    pub outlet: Option<String>,
    /// Longest snippet, in bytes of UTF-8 (Arabic letters take two).
    pub snippet_bytes: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 20,
            offset: 0,
            kind: None,
            since: None,
            until: None,
            outlet: None,
            snippet_bytes: 320,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    kind: Field,
    article: Field,
    event: Field,
    title: Field,
    title_stem: Field,
    text: Field,
    text_stem: Field,
    outlet: Field,
    date: Field,
}

impl Fields {
    fn text_fields(&self) -> TextFields {
        TextFields {
            exact: [self.title, self.text],
            stem: [self.title_stem, self.text_stem],
        }
    }
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = NumericOptions::default().set_indexed().set_fast().set_stored();
    // Positions for phrases on the exact fields; stems need no positions.
    let exact = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(EXACT)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let stemmed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(STEMMED)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let fields = Fields {
        kind: b.add_u64_field("kind", key.clone()),
        article: b.add_i64_field("article", key.clone()),
        event: b.add_i64_field("event", NumericOptions::default().set_indexed().set_stored()),
        title: b.add_text_field("title", exact.clone()),
        title_stem: b.add_text_field("title_stem", stemmed.clone()),
        text: b.add_text_field("text", exact),
        text_stem: b.add_text_field("text_stem", stemmed),
        outlet: b.add_text_field("outlet", STRING),
        date: b.add_i64_field("date", NumericOptions::default().set_indexed().set_fast()),
    };
    (b.build(), fields)
}

/// The stopwords of plain-word queries (`data/stopwords.txt`), as the
/// terms the analyzer makes of them.
fn stopwords(analyzer: &Analyzer) -> HashSet<String> {
    include_str!("../data/stopwords.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| analyzer.words(l))
        .map(|w| w.term)
        .collect()
}

/// FNV-1a over everything the terms in the index depend on: the analyzer
/// version, the heads, rasad-text's stem lexicon, and what its normaliser
/// does to the Arabic blocks and Latin capitals.
fn fingerprint(analyzer: &Analyzer) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes.iter().chain(b"\n") {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(format!("rasad-index analyzer {ANALYZER_VERSION}").as_bytes());
    for head in analyzer.sorted_heads() {
        eat(head.as_bytes());
    }
    let mut stems: Vec<&str> = rasad_text::StemLexicon::builtin().words().collect();
    stems.sort_unstable();
    for w in stems {
        eat(w.as_bytes());
    }
    let probe: String = ('\u{0600}'..='\u{06FF}')
        .chain('\u{FE70}'..='\u{FEFF}')
        .chain('A'..='Z')
        .flat_map(|c| [c, ' '])
        .collect();
    eat(rasad_text::normalize(&probe).as_str().as_bytes());
    format!("{h:016x}")
}

/// YYYY-MM-DD as the number YYYYMMDD, which sorts like the dates.
fn parse_date(s: &str) -> Result<i64> {
    let bad = || IndexError::BadDate(s.to_string());
    let day = s.get(..10).ok_or_else(bad)?;
    let b = day.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Result<i64> {
        let part = &day[r];
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        part.parse().map_err(|_| bad())
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    Ok(y * 10_000 + m * 100 + d)
}

/// A search index in a directory.
pub struct Index {
    index: tantivy::Index,
    reader: IndexReader,
    fields: Fields,
    analyzer: Analyzer,
    stopwords: HashSet<String>,
    fingerprint: String,
    path: PathBuf,
}

impl Index {
    /// Opens the index in `dir`, or creates it (and the directory). `heads`
    /// are the compound-name heads (the pack's `naming.compound_heads`).
    pub fn open_or_create(dir: &Path, heads: &HashSet<String>) -> Result<Index> {
        let path = dir.to_path_buf();
        let open_err = |source| IndexError::Open {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
            path: path.clone(),
            source,
        })?;
        let directory = MmapDirectory::open(dir).map_err(|e| open_err(e.into()))?;
        let (schema, fields) = schema();
        let exists = tantivy::Index::exists(&directory).map_err(|e| open_err(e.into()))?;
        let index = if exists {
            let index = tantivy::Index::open(directory).map_err(open_err)?;
            if index.schema() != schema {
                return Err(IndexError::SchemaMismatch(path));
            }
            index
        } else {
            tantivy::Index::create(directory, schema, IndexSettings::default()).map_err(open_err)?
        };
        let analyzer = Analyzer::new(heads);
        for (name, mode) in [(EXACT, Mode::Exact), (STEMMED, Mode::Stem)] {
            index.tokenizers().register(
                name,
                ArabicTokenizer {
                    analyzer: analyzer.clone(),
                    mode,
                },
            );
        }
        // Reloaded by the writer after each commit, so a search sees exactly
        // what is committed.
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(open_err)?;
        let fingerprint = fingerprint(&analyzer);
        Ok(Index {
            index,
            reader,
            fields,
            stopwords: stopwords(&analyzer),
            analyzer,
            fingerprint,
            path,
        })
    }

    /// The directory of the index.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The analyzer the index uses, for looking at what it does to a text.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// A writer with one indexing thread and `heap_bytes` of memory
    /// (between [`MIN_WRITER_HEAP`] and [`MAX_WRITER_HEAP`]). Only one
    /// writer can be open on a directory at a time.
    pub fn writer(&self, heap_bytes: usize) -> Result<Writer> {
        let writer = self
            .index
            .writer_with_num_threads(1, heap_bytes.clamp(MIN_WRITER_HEAP, MAX_WRITER_HEAP))?;
        Ok(Writer {
            writer,
            reader: self.reader.clone(),
            fields: self.fields,
            fingerprint: self.fingerprint.clone(),
        })
    }

    /// The payload of the last commit: the highest article key indexed
    /// then. None when nothing was ever committed.
    pub fn committed_upto(&self) -> Result<Option<i64>> {
        let Some(payload) = self.index.load_metas()?.payload else {
            return Ok(None);
        };
        let key = payload.split_whitespace().next().unwrap_or_default();
        key.parse()
            .map(Some)
            .map_err(|_| IndexError::BadPayload(payload.clone()))
    }

    /// Whether the last commit was made by an analyzer that made other terms
    /// (another analyzer version, other compound heads, another stem
    /// lexicon or normaliser in rasad-text): the index should then be
    /// emptied (`delete_article_from(i64::MIN)`) and filled again.
    pub fn needs_rebuild(&self) -> Result<bool> {
        let Some(payload) = self.index.load_metas()?.payload else {
            return Ok(false);
        };
        Ok(payload.split_whitespace().nth(1) != Some(self.fingerprint.as_str()))
    }

    /// Committed documents, articles and evidence.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Sees commits made through another `Index` on the same directory
    /// (another process, say); a writer of this one reloads by itself.
    pub fn reload(&self) -> Result<()> {
        self.reader.reload()?;
        Ok(())
    }

    /// Searches the committed documents (as of the last [`Writer::commit`]
    /// or [`Index::reload`]), best first. Plain words must all
    /// match; `"a phrase"` matches the exact sequence; `-word` and
    /// `-"a phrase"` exclude. A query with nothing to look for (empty,
    /// only stopwords or exclusions) is [`IndexError::EmptyQuery`].
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
        let f = self.fields;
        let built = query::build(query, &self.analyzer, &self.stopwords, f.text_fields());
        if !built.positive {
            return Err(IndexError::EmptyQuery);
        }
        let mut clauses = built.clauses;
        let mut filter = |q: Box<dyn Query>| {
            // Filters must not move the ranking.
            clauses.push((Occur::Must, Box::new(BoostQuery::new(q, 0.0)) as Box<dyn Query>));
        };
        if let Some(kind) = opts.kind {
            let k = match kind {
                HitKind::Article => KIND_ARTICLE,
                HitKind::Evidence => KIND_EVIDENCE,
            };
            filter(Box::new(TermQuery::new(
                Term::from_field_u64(f.kind, k),
                IndexRecordOption::Basic,
            )));
        }
        if let Some(outlet) = &opts.outlet {
            filter(Box::new(TermQuery::new(
                Term::from_field_text(f.outlet, outlet),
                IndexRecordOption::Basic,
            )));
        }
        let bound = |d: &Option<String>| -> Result<Bound<Term>> {
            Ok(match d {
                Some(d) => Bound::Included(Term::from_field_i64(f.date, parse_date(d)?)),
                None => Bound::Unbounded,
            })
        };
        let (since, until) = (bound(&opts.since)?, bound(&opts.until)?);
        if opts.since.is_some() || opts.until.is_some() {
            filter(Box::new(RangeQuery::new(since, until)));
        }
        if opts.limit == 0 {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(opts.limit).and_offset(opts.offset))?;

        // Rare terms weigh more in choosing the fragment, as in tantivy's
        // own snippets.
        let mut terms = BTreeMap::new();
        for t in built.highlights {
            let (field, text) = match t.strip_prefix(STEM_MARK) {
                Some(stem) => (f.text_stem, stem),
                None => (f.text, t.as_str()),
            };
            let df = searcher.doc_freq(&Term::from_field_text(field, text))?;
            terms.insert(t.clone(), 1.0 / (1.0 + df as f32));
        }
        let snippets = Snippets::new(&self.analyzer, terms, f.text, opts.snippet_bytes.max(1));

        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let int = |field| doc.get_first(field).and_then(|v| v.as_i64());
            let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("");
            let kind = match doc.get_first(f.kind).and_then(|v| v.as_u64()) {
                Some(KIND_EVIDENCE) => HitKind::Evidence,
                _ => HitKind::Article,
            };
            let snippet = snippets
                .of(text(f.text))
                .or_else(|| snippets.of(text(f.title)))
                .unwrap_or_else(|| snippets.lead(text(f.text)));
            hits.push(Hit {
                kind,
                article_key: int(f.article).unwrap_or_default(),
                event_key: int(f.event),
                score,
                snippet,
            });
        }
        Ok(hits)
    }
}

/// Adds and deletes documents; nothing is visible, or durable, before
/// [`Writer::commit`]. Dropping a writer without committing discards its
/// work.
pub struct Writer {
    writer: IndexWriter,
    reader: IndexReader,
    fields: Fields,
    fingerprint: String,
}

impl Writer {
    pub fn add_article(&mut self, doc: &ArticleDoc) -> Result<()> {
        let f = self.fields;
        let mut d = TantivyDocument::new();
        d.add_u64(f.kind, KIND_ARTICLE);
        d.add_i64(f.article, doc.key);
        d.add_text(f.title, doc.title);
        d.add_text(f.title_stem, doc.title);
        d.add_text(f.text, doc.text);
        d.add_text(f.text_stem, doc.text);
        if !doc.outlet.is_empty() {
            d.add_text(f.outlet, doc.outlet);
        }
        if let Some(p) = doc.published {
            d.add_i64(f.date, parse_date(p)?);
        }
        self.writer.add_document(d)?;
        Ok(())
    }

    pub fn add_evidence(&mut self, doc: &EvidenceDoc) -> Result<()> {
        let f = self.fields;
        let mut d = TantivyDocument::new();
        d.add_u64(f.kind, KIND_EVIDENCE);
        d.add_i64(f.article, doc.article_key);
        d.add_i64(f.event, doc.event_key);
        d.add_text(f.text, doc.text);
        d.add_text(f.text_stem, doc.text);
        if let Some(p) = doc.date {
            d.add_i64(f.date, parse_date(p)?);
        }
        self.writer.add_document(d)?;
        Ok(())
    }

    /// Deletes every document, article or evidence, whose article key is
    /// `key` or more, including those added by this writer before the
    /// call. One range delete rather than a term per key: after a crash the
    /// keys in the index past the payload are not known.
    pub fn delete_article_from(&mut self, key: i64) -> Result<()> {
        let from = Term::from_field_i64(self.fields.article, key);
        self.writer
            .delete_query(Box::new(RangeQuery::new(Bound::Included(from), Bound::Unbounded)))?;
        Ok(())
    }

    /// Deletes one article and its evidence.
    pub fn delete_article(&mut self, key: i64) -> Result<()> {
        self.writer
            .delete_term(Term::from_field_i64(self.fields.article, key));
        Ok(())
    }

    /// Deletes the evidence of one article's events, keeping the article:
    /// before its events are extracted again.
    pub fn delete_evidence_of(&mut self, article_key: i64) -> Result<()> {
        let f = self.fields;
        let q = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_i64(f.article, article_key),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(f.kind, KIND_EVIDENCE),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        self.writer.delete_query(Box::new(q))?;
        Ok(())
    }

    /// Makes everything added and deleted so far durable and searchable,
    /// with `upto` (the highest article key indexed) as the payload.
    pub fn commit(&mut self, upto: i64) -> Result<()> {
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&format!("{upto} {}", self.fingerprint));
        prepared.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Discards everything since the last commit.
    pub fn rollback(&mut self) -> Result<()> {
        self.writer.rollback()?;
        Ok(())
    }

    /// Waits for background merges to finish, then closes the writer.
    pub fn close(self) -> Result<()> {
        self.writer.wait_merging_threads()?;
        Ok(())
    }
}
