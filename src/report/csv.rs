//! The CSV reports: `references.csv`, `sources.csv`, `sentences.csv`, `findings.csv`.
//!
//! UTF-8, a header row, RFC 4180 quoting, one row per item, an `article` column on
//! every row of an article's items, lists inside a cell joined by `;`, an empty cell
//! for unknown. Every text cell goes through [`escape_cell`], so a spreadsheet never
//! runs a cell as a formula.
//!
//! Each table has one function that writes its rows a cell at a time into [`Cells`]:
//! CSV records ([`CsvCells`]) or database rows ([`ValueCells`]), so the two outputs
//! cannot drift apart. The cells are borrowed from the model, not copied into row
//! structs first: these tables are most of what a dump run writes. A streamed run
//! formats an article's rows on the thread that analysed it ([`ArticleRows`]).

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use rusqlite::types::Value;

use crate::analysis::SourceUse;
use crate::error::{Error, Result};
use crate::model::{Article, Context};

/// Tells whether a spreadsheet would read a cell as a formula (see [`escape_cell`]).
fn is_formula(s: &str) -> bool {
    matches!(
        s.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// Escapes a cell that a spreadsheet would read as a formula: one that begins with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
///
/// ```
/// use crosscheck::report::escape_cell;
/// assert_eq!(escape_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
/// assert_eq!(escape_cell("-5"), "'-5");
/// assert_eq!(escape_cell("OSDH"), "OSDH");
/// ```
pub fn escape_cell(s: &str) -> String {
    if is_formula(s) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

/// Where a report's rows go, a cell at a time: CSV records ([`CsvCells`]) or database
/// rows ([`ValueCells`]). Writing a cell does not fail: a sink keeps its first error
/// for its end.
pub(super) trait Cells {
    /// A text cell, as it is.
    fn raw(&mut self, s: &str);
    /// A number.
    fn number(&mut self, n: u64);
    /// A number that may be unknown: an empty cell (NULL in a database).
    fn maybe(&mut self, n: Option<u64>);
    /// `true` or `false` (1 or 0 in a database).
    fn flag(&mut self, b: bool);
    /// The buffer a cell is built in, empty; [`Cells::built`] writes it.
    fn scratch(&mut self) -> &mut String;
    /// Writes the cell built in [`Cells::scratch`], through [`escape_cell`] when
    /// `escape`, and empties the buffer.
    fn built(&mut self, escape: bool);
    /// Ends a row.
    fn end_row(&mut self);

    /// A count.
    fn count(&mut self, n: usize) {
        self.number(u64::try_from(n).unwrap_or(u64::MAX));
    }

    /// A text cell, through [`escape_cell`].
    fn text(&mut self, s: &str) {
        if is_formula(s) {
            self.scratch().push_str(s);
            self.built(true);
        } else {
            self.raw(s);
        }
    }

    /// A text that may be unknown (an empty cell), through [`escape_cell`].
    fn opt(&mut self, s: &Option<String>) {
        self.text(s.as_deref().unwrap_or_default());
    }

    /// A list of texts joined by `;`, through [`escape_cell`] as one cell.
    fn list<T: AsRef<str>>(&mut self, items: impl IntoIterator<Item = T>) {
        self.list_by(items, |b, item| b.push_str(item.as_ref()));
    }

    /// A list of numbers joined by `;`, through [`escape_cell`] as one cell.
    fn numbers<T: itoa::Integer>(&mut self, items: impl IntoIterator<Item = T>) {
        self.list_by(items, |b, n| b.push_str(itoa::Buffer::new().format(n)));
    }

    /// A list joined by `;`, each item written into the cell by `each`, through
    /// [`escape_cell`] as one cell.
    fn list_by<T>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        mut each: impl FnMut(&mut String, T),
    ) {
        let b = self.scratch();
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                b.push(';');
            }
            each(b, item);
        }
        self.built(true);
    }
}

/// Cells written as CSV records, into memory: as `csv::Writer` writes them with its
/// defaults (cells separated by `,`; a cell holding `,`, `"`, `\r` or `\n` quoted,
/// its quotes doubled; a record ended by `\n`; a record of one empty cell written
/// `""`), which a test checks on arbitrary cells. Written here in one pass per cell,
/// without the writer's own buffer and per-cell state: these are most of the bytes a
/// dump run writes.
#[derive(Debug, Default)]
pub(super) struct CsvCells {
    bytes: Vec<u8>,
    /// Where the row being written begins in `bytes`.
    row: usize,
    /// The cells written in that row.
    cells: usize,
    scratch: String,
}

/// The bytes that ask for quotes in a CSV cell: `,`, `"`, `\r`, `\n`.
const ASKS_QUOTES: [bool; 256] = {
    let mut t = [false; 256];
    t[b',' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

/// Tells whether a CSV cell asks for quotes. A short cell is read a word (eight
/// bytes) at a time, then a byte at a time; a long one (a sentence, a reference's
/// wikitext: half the bytes a dump run writes) is searched a vector at a time, which
/// pays only past a few dozen bytes.
fn needs_quotes(cell: &[u8]) -> bool {
    if cell.len() >= 32 {
        return memchr::memchr3(b',', b'"', b'\n', cell).is_some()
            || memchr::memchr(b'\r', cell).is_some();
    }
    let mut words = cell.chunks_exact(8);
    words.by_ref().any(|w| {
        w.try_into()
            .map_or(true, |w| word_asks_quotes(u64::from_ne_bytes(w)))
    }) || words
        .remainder()
        .iter()
        .any(|&b| ASKS_QUOTES[usize::from(b)])
}

/// Tells whether eight bytes hold one that asks for quotes, all compared at once:
/// a byte equal to `b` is a zero byte of `word ^ [b; 8]`, and `v - [1; 8]` sets the
/// high bit of a zero byte of `v` where `!v` keeps it (the first zero byte is always
/// found; a borrow can only mark bytes above it).
fn word_asks_quotes(word: u64) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let each = |b: u8| zero(word ^ u64::from_ne_bytes([b; 8]));
    each(b',') | each(b'"') | each(b'\r') | each(b'\n') != 0
}

impl CsvCells {
    /// Starts a cell: the separator, unless it is the row's first.
    fn separate(&mut self) {
        if self.cells > 0 {
            self.bytes.push(b',');
        }
        self.cells += 1;
    }

    /// Writes one cell that holds no byte asking for quotes (a number, a flag).
    fn bare(&mut self, cell: &[u8]) {
        self.separate();
        self.bytes.extend_from_slice(cell);
    }

    /// Writes one cell: `prefix` (no byte to quote), then `cell`.
    fn field(&mut self, prefix: &[u8], cell: &[u8]) {
        self.separate();
        // Most cells are short and ask for no quotes, many are empty, and few have a
        // prefix: each test below is cheaper than the copy it saves.
        if cell.is_empty() && prefix.is_empty() {
            return;
        }
        if needs_quotes(cell) {
            self.quoted(prefix, cell);
            return;
        }
        if !prefix.is_empty() {
            self.bytes.extend_from_slice(prefix);
        }
        self.bytes.extend_from_slice(cell);
    }

    /// Writes the rest of a cell that asks for quotes, apart from the common case.
    #[inline(never)]
    fn quoted(&mut self, prefix: &[u8], cell: &[u8]) {
        self.bytes.reserve(prefix.len() + cell.len() + 2);
        self.bytes.push(b'"');
        self.bytes.extend_from_slice(prefix);
        // Each quote doubled.
        let mut rest = cell;
        while let Some((part, after)) =
            memchr::memchr(b'"', rest).and_then(|i| rest.split_at_checked(i + 1))
        {
            self.bytes.extend_from_slice(part);
            self.bytes.push(b'"');
            rest = after;
        }
        self.bytes.extend_from_slice(rest);
        self.bytes.push(b'"');
    }

    /// Writes a header row.
    fn header(&mut self, columns: &[&str]) {
        for c in columns {
            self.raw(c);
        }
        self.end_row();
    }

    /// The bytes of the rows written.
    fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Writes the rows written so far to `out`, and forgets them.
    fn drain_into(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        out.write_all(&self.bytes)?;
        self.bytes.clear();
        self.row = 0;
        Ok(())
    }
}

impl Cells for CsvCells {
    fn raw(&mut self, s: &str) {
        self.field(b"", s.as_bytes());
    }

    fn number(&mut self, n: u64) {
        self.bare(itoa::Buffer::new().format(n).as_bytes());
    }

    fn maybe(&mut self, n: Option<u64>) {
        match n {
            Some(n) => self.number(n),
            None => self.bare(b""),
        }
    }

    fn flag(&mut self, b: bool) {
        self.bare(if b { b"true" } else { b"false" });
    }

    fn scratch(&mut self) -> &mut String {
        &mut self.scratch
    }

    fn built(&mut self, escape: bool) {
        let cell = std::mem::take(&mut self.scratch);
        let prefix: &[u8] = if escape && is_formula(&cell) {
            b"'"
        } else {
            b""
        };
        self.field(prefix, cell.as_bytes());
        self.scratch = cell;
        self.scratch.clear();
    }

    fn end_row(&mut self) {
        if self.bytes.len() == self.row {
            // Nothing written: an empty record would read as no record at all.
            self.bytes.extend_from_slice(b"\"\"");
        }
        self.bytes.push(b'\n');
        self.row = self.bytes.len();
        self.cells = 0;
    }
}

/// Cells gathered as database values, one row per table's row.
pub(super) struct ValueCells {
    /// The table the rows being written go to.
    table: &'static str,
    row: Vec<Value>,
    scratch: String,
    /// The rows: table and values, in the order written.
    pub(super) rows: Vec<(&'static str, Vec<Value>)>,
}

impl ValueCells {
    pub(super) fn new(table: &'static str) -> Self {
        Self {
            table,
            row: Vec::new(),
            scratch: String::new(),
            rows: Vec::new(),
        }
    }
}

impl Cells for ValueCells {
    fn raw(&mut self, s: &str) {
        self.row.push(Value::Text(s.to_owned()));
    }

    fn number(&mut self, n: u64) {
        // Past SQLite's integers, a number is stored as a real, as JSON would give it.
        #[allow(clippy::cast_precision_loss)] // beyond i64, the nearest real is meant
        let value = i64::try_from(n).map_or(Value::Real(n as f64), Value::Integer);
        self.row.push(value);
    }

    fn maybe(&mut self, n: Option<u64>) {
        match n {
            Some(n) => self.number(n),
            None => self.row.push(Value::Null),
        }
    }

    fn flag(&mut self, b: bool) {
        self.row.push(Value::Integer(i64::from(b)));
    }

    fn scratch(&mut self) -> &mut String {
        &mut self.scratch
    }

    fn built(&mut self, escape: bool) {
        let mut cell = std::mem::take(&mut self.scratch);
        if escape && is_formula(&cell) {
            cell.insert(0, '\'');
        }
        self.row.push(Value::Text(cell));
    }

    fn end_row(&mut self) {
        let row = std::mem::take(&mut self.row);
        self.rows.push((self.table, row));
    }
}

/// Writes a whole report: its header, then the rows `rows` gives for each item.
fn write_table<T>(
    out: &mut dyn Write,
    name: &str,
    header: &[&str],
    items: impl IntoIterator<Item = T>,
    mut rows: impl FnMut(&mut CsvCells, T),
) -> Result<()> {
    let io = |source| Error::Io {
        path: PathBuf::from(name),
        source,
    };
    let mut cells = CsvCells::default();
    cells.header(header);
    for item in items {
        rows(&mut cells, item);
        if cells.bytes().len() >= 1 << 16 {
            cells.drain_into(out).map_err(io)?;
        }
    }
    cells.drain_into(out).map_err(io)?;
    out.flush().map_err(io)
}

const REFERENCE_HEADER: &[&str] = &[
    "article",
    "ref",
    "uses",
    "backlinks",
    "cited_by_sentences",
    "lang",
    "authors",
    "agency",
    "title",
    "publisher",
    "site",
    "date",
    "access_date",
    "url",
    "archive_url",
    "archived_via",
    "archive_date",
    "dead",
    "source_keys",
    "unknown_names",
    "line",
    "raw",
];

/// Writes `references.csv`: one row per reference of every article.
///
/// # Errors
/// The writer fails.
pub fn write_references(out: &mut dyn Write, articles: &[Article]) -> Result<()> {
    write_table(out, "references.csv", REFERENCE_HEADER, articles, |c, a| {
        reference_rows(c, a);
    })
}

fn reference_rows(c: &mut impl Cells, a: &Article) {
    for r in &a.references {
        c.text(&a.name);
        c.number(r.number.into());
        c.count(r.uses);
        c.number(r.backlinks.into());
        c.numbers(r.cited_by.iter().copied());
        c.opt(&r.lang);
        c.list(&r.authors);
        c.list(&r.agencies);
        c.opt(&r.title);
        c.opt(&r.publisher);
        c.opt(&r.site);
        c.opt(&r.date);
        c.opt(&r.access_date);
        c.opt(&r.url);
        c.opt(&r.archive_url);
        c.opt(&r.archived_via);
        c.opt(&r.archive_date);
        c.flag(r.dead);
        c.list(&r.source_keys);
        c.list(&r.unknown_names);
        c.count(r.line);
        c.text(&r.raw);
        c.end_row();
    }
}

const SOURCE_HEADER: &[&str] = &[
    "source_key",
    "name",
    "kind",
    "alignment",
    "standing",
    "refs",
    "articles",
    "origin_claims",
    "carrier_claims",
    "sole_source_claims",
    "contested_claims",
    "agreements",
    "comparisons",
    "agreement_score",
    "score_low",
    "score_high",
    "corroborated_headlines",
];

/// Writes `sources.csv`: one row per cited source (see
/// [`source_table`](crate::analysis::source_table)).
///
/// # Errors
/// The writer fails.
pub fn write_sources(out: &mut dyn Write, table: &[SourceUse]) -> Result<()> {
    write_table(out, "sources.csv", SOURCE_HEADER, table, |c, s| {
        source_row(c, s);
    })
}

fn source_row(c: &mut impl Cells, s: &SourceUse) {
    c.text(&s.source_key);
    c.text(&s.name);
    c.text(&s.kind);
    c.text(&s.alignment);
    c.text(&s.standing);
    c.count(s.refs);
    c.count(s.articles);
    let r = &s.reliability;
    c.count(r.origin_claims);
    c.count(r.carrier_claims);
    c.count(r.sole_source_claims);
    c.count(r.contested_claims);
    c.count(r.agreements);
    c.count(r.comparisons);
    for x in [r.score, r.score_low, r.score_high] {
        // Three decimals; none for the unregistered names.
        if !s.source_key.is_empty() {
            let _ = write!(c.scratch(), "{x:.3}");
        }
        c.built(false);
    }
    c.count(r.corroborated_headlines);
    c.end_row();
}

const SENTENCE_HEADER: &[&str] = &[
    "article",
    "sentence",
    "section",
    "paragraph",
    "context",
    "field",
    "label",
    "line",
    "column",
    "refs",
    "text",
];

/// Writes `sentences.csv`: every body sentence and infobox value, with the
/// references its markers cite, so a person can follow `cited_by_sentences`.
///
/// # Errors
/// The writer fails.
pub fn write_sentences(out: &mut dyn Write, articles: &[Article]) -> Result<()> {
    write_table(out, "sentences.csv", SENTENCE_HEADER, articles, |c, a| {
        sentence_rows(c, a);
    })
}

fn sentence_rows(c: &mut impl Cells, a: &Article) {
    use crate::model::MarkerKind;
    for s in &a.sentences {
        c.text(&a.name);
        c.count(s.id);
        c.text(a.sections.get(s.section).map_or("", |sec| &sec.heading));
        c.count(s.paragraph);
        match &s.context {
            Context::Body => {
                c.raw("body");
                c.raw("");
                c.raw("");
            }
            Context::Infobox { field, label, .. } => {
                c.raw("infobox");
                c.text(field);
                c.opt(label);
            }
        }
        c.count(s.line);
        c.count(s.column);
        // The references cited, joined by `;` (never a formula: no escape).
        let refs = c.scratch();
        let markers = s.markers.iter().filter_map(|&m| a.markers.get(m));
        for (i, m) in markers.enumerate() {
            if i > 0 {
                refs.push(';');
            }
            // The numbers by itoa, not through the formatting machinery: a row of
            // every sentence.
            match &m.kind {
                MarkerKind::Reference(n) => refs.push_str(itoa::Buffer::new().format(*n)),
                MarkerKind::CitationNeeded(_) => refs.push_str("citation_needed"),
                MarkerKind::Note(n) => {
                    refs.push_str("note:");
                    refs.push_str(n);
                }
            }
        }
        c.built(false);
        c.text(&s.text);
        c.end_row();
    }
}

/// Writes `findings.csv`: every problem found in every article.
///
/// # Errors
/// The writer fails.
pub fn write_findings(out: &mut dyn Write, articles: &[Article]) -> Result<()> {
    write_table(out, "findings.csv", FINDING_HEADER, articles, |c, a| {
        finding_rows(c, a);
    })
}

const FINDING_HEADER: &[&str] = &["article", "kind", "line", "column", "message"];

fn finding_rows(c: &mut impl Cells, a: &Article) {
    for f in &a.findings {
        c.text(&a.name);
        c.raw(f.kind.name());
        c.count(f.line);
        c.count(f.column);
        c.text(&f.message);
        c.end_row();
    }
}

const CLAIM_HEADER: &[&str] = &[
    "article",
    "claim_id",
    "section",
    "category",
    "side",
    "faction",
    "low",
    "high",
    "approx",
    "qualifier",
    "date_start",
    "date_end",
    "place",
    "attributed_to",
    "refs",
    "source_keys",
    "origin",
    "carriers",
    "site",
    "corroboration",
    "verification",
    "flags",
    "parent_claim",
    "figure",
    "event",
    "sentence",
    "text",
];

/// Writes `claims.csv`: one row per claim of every article.
///
/// # Errors
/// The writer fails.
pub fn write_claims(out: &mut dyn Write, articles: &[Article]) -> Result<()> {
    // A claim at a time, so that the rows are written out as they pass 64 KB even
    // inside an article: one of thousands of figures is not held whole in memory.
    let claims = articles
        .iter()
        .flat_map(|a| a.claims.iter().map(move |claim| (a, claim)));
    write_table(out, "claims.csv", CLAIM_HEADER, claims, |c, (a, claim)| {
        claim_row(c, a, claim);
    })
}

fn claim_rows(c: &mut impl Cells, a: &Article) {
    for claim in &a.claims {
        claim_row(c, a, claim);
    }
}

fn claim_row(c: &mut impl Cells, a: &Article, claim: &crate::model::Claim) {
    c.text(&a.name);
    c.raw(&claim.id);
    c.text(a.sections.get(claim.section).map_or("", |s| &s.heading));
    c.text(&claim.category);
    c.text(&claim.side);
    c.text(claim.faction.name().unwrap_or(""));
    c.number(claim.low);
    c.maybe(claim.high);
    c.flag(claim.approx);
    c.opt(&claim.qualifier);
    c.opt(&claim.date_start);
    c.opt(&claim.date_end);
    c.opt(&claim.place);
    c.opt(&claim.attributed_to);
    c.numbers(claim.refs.iter().copied());
    c.list(&claim.source_keys);
    c.list(&claim.origin);
    c.list(&claim.carriers);
    c.opt(&claim.site);
    c.list_by(&claim.corroboration, |b, (n, s)| {
        b.push_str(itoa::Buffer::new().format(*n));
        b.push(':');
        b.push_str(s);
    });
    c.list_by(&claim.verification, |b, (n, v)| {
        let _ = write!(b, "{n}:{}", v.name());
    });
    c.list(&claim.flags);
    c.opt(&claim.parent);
    c.text(&claim.figure);
    c.opt(&claim.event);
    c.count(claim.sentence);
    c.text(&claim.text);
    c.end_row();
}

const BY_SOURCE_HEADER: &[&str] = &[
    "article",
    "claim_id",
    "category",
    "side",
    "low",
    "high",
    "approx",
    "date_start",
    "date_end",
    "role",
    "source_key",
    "source_name",
    "kind",
    "alignment",
    "standing",
];

/// Writes `claims_by_source.csv`: one row per (claim, source), the source's registry
/// fields beside the claim's figure. `role` is `claimant` for the in-text source and
/// `reference` for the sources of the cited references.
///
/// # Errors
/// The writer fails.
pub fn write_claims_by_source(
    out: &mut dyn Write,
    articles: &[Article],
    registry: &crate::model::Registry,
) -> Result<()> {
    // A claim at a time, as `claims.csv`.
    let claims = articles
        .iter()
        .flat_map(|a| a.claims.iter().map(move |claim| (a, claim)));
    write_table(
        out,
        "claims_by_source.csv",
        BY_SOURCE_HEADER,
        claims,
        |c, (a, claim)| {
            by_source_row(c, a, claim, registry);
        },
    )
}

fn by_source_rows(c: &mut impl Cells, a: &Article, registry: &crate::model::Registry) {
    for claim in &a.claims {
        by_source_row(c, a, claim, registry);
    }
}

/// The rows of one claim: one per source key.
fn by_source_row(
    c: &mut impl Cells,
    a: &Article,
    claim: &crate::model::Claim,
    registry: &crate::model::Registry,
) {
    for key in &claim.source_keys {
        let role =
            if claim.attributed_to.as_deref() == Some(key.as_str()) || claim.joint.contains(key) {
                "claimant"
            } else {
                "reference"
            };
        let source = registry.get(key);
        c.text(&a.name);
        c.raw(&claim.id);
        c.text(&claim.category);
        c.text(&claim.side);
        c.number(claim.low);
        c.maybe(claim.high);
        c.flag(claim.approx);
        c.opt(&claim.date_start);
        c.opt(&claim.date_end);
        c.raw(role);
        c.text(key);
        c.text(source.map_or("", |s| &s.name));
        c.text(source.map_or("", |s| &s.kind));
        c.text(source.map_or("", |s| &s.alignment));
        c.text(source.map_or("", |s| &s.standing));
        c.end_row();
    }
}

const CONTESTED_HEADER: &[&str] = &[
    "article",
    "contest_id",
    "severity",
    "kind",
    "category",
    "side",
    "scope",
    "claim_ids",
    "figures",
    "source_keys",
    "periods",
    "reason",
];

/// Writes `contested.csv`: one row per contest of every article, consistent groups
/// included (their severity says so).
///
/// # Errors
/// The writer fails.
pub fn write_contested(
    out: &mut dyn Write,
    articles: &[Article],
    contests: &[Vec<crate::analysis::Contest>],
) -> Result<()> {
    let items = articles.iter().zip(contests);
    write_table(
        out,
        "contested.csv",
        CONTESTED_HEADER,
        items,
        |c, (a, found)| {
            contest_rows(c, a, found);
        },
    )
}

fn contest_rows(c: &mut impl Cells, a: &Article, found: &[crate::analysis::Contest]) {
    use crate::analysis::contested::{write_figures, write_period};
    for k in found {
        let claims: Vec<&crate::model::Claim> =
            k.claims.iter().filter_map(|&i| a.claims.get(i)).collect();
        let mut keys: Vec<&str> = Vec::new();
        for o in claims.iter().flat_map(|c| &c.origin) {
            if !keys.contains(&o.as_str()) {
                keys.push(o);
            }
        }
        c.text(&a.name);
        c.raw(&k.id);
        c.raw(k.severity.name());
        c.raw(k.kind);
        c.text(&k.category);
        c.text(&k.side);
        c.text(&k.scope);
        c.list(claims.iter().map(|c| &c.id));
        write_figures(c.scratch(), a, k);
        c.built(true);
        c.list(keys);
        c.list_by(&claims, |b, c| write_period(b, c));
        c.text(&k.reason);
        c.end_row();
    }
}

const LINK_HEADER: &[&str] = &[
    "article",
    "ref",
    "url",
    "status",
    "http_code",
    "final_url",
    "redirects",
    "archive_url",
    "archive_time",
    "archive_via",
    "cited_archive_status",
    "checked_at",
    "elapsed_ms",
    "error",
    "page_read",
    "read_error",
    "verification",
];

/// Writes `links.csv`: one row per reference URL, with its check and the archived
/// copy known (`archive_via`: `reference`, `wayback` or `wikiwix`), the status of
/// the archive URL the reference itself gives, and with `--verify` the address read
/// for verification (`page_read`), why none was (`read_error`) and the verdict for each
/// claim citing the reference (`verification`: `c3:verified;c7:figure_not_found`).
///
/// # Errors
/// The writer fails.
pub fn write_links(out: &mut dyn Write, rows: &[crate::links::LinkRow]) -> Result<()> {
    write_table(out, "links.csv", LINK_HEADER, rows, |c, r| {
        link_row(c, r);
    })
}

fn link_row(c: &mut impl Cells, r: &crate::links::LinkRow) {
    let archive = r.archive.as_ref();
    let read = r.read.as_ref();
    c.text(&r.target.article);
    c.number(r.target.reference.into());
    c.text(&r.target.url);
    c.raw(r.check.status.name());
    c.maybe(r.check.http_code.map(u64::from));
    c.opt(&r.check.final_url);
    c.list(&r.check.redirects);
    c.text(archive.map_or("", |a| &a.url));
    c.text(archive.and_then(|a| a.time.as_deref()).unwrap_or_default());
    c.raw(archive.map_or("", |a| &a.via));
    c.raw(r.archive_check.as_ref().map_or("", |k| k.status.name()));
    c.raw(&crate::links::rfc3339(r.check.checked_at));
    c.number(r.check.elapsed_ms);
    c.opt(&r.check.error);
    c.text(
        read.and_then(|p| p.from.as_ref())
            .map_or("", |(url, _)| url.as_str()),
    );
    c.text(read.and_then(|p| p.error.as_deref()).unwrap_or_default());
    c.list_by(&r.verdicts, |b, (id, v)| {
        let _ = write!(b, "{id}:{}", v.name());
    });
    c.end_row();
}

/// The names of the per-article CSV reports, in the order [`ArticleTables`] takes
/// their writers.
pub const ARTICLE_TABLES: [&str; 6] = [
    "references.csv",
    "sentences.csv",
    "findings.csv",
    "claims.csv",
    "claims_by_source.csv",
    "contested.csv",
];

/// The per-article reports' columns, in the order of [`ARTICLE_TABLES`].
const ARTICLE_HEADERS: [&[&str]; 6] = [
    REFERENCE_HEADER,
    SENTENCE_HEADER,
    FINDING_HEADER,
    CLAIM_HEADER,
    BY_SOURCE_HEADER,
    CONTESTED_HEADER,
];

/// Writes an article's rows of every per-article report, calling `start(cells, i)`
/// before the rows of the report `i` of [`ARTICLE_TABLES`].
fn article_rows<C: Cells>(
    c: &mut C,
    a: &Article,
    contests: &[crate::analysis::Contest],
    registry: &crate::model::Registry,
    mut start: impl FnMut(&mut C, usize),
) {
    start(c, 0);
    reference_rows(c, a);
    start(c, 1);
    sentence_rows(c, a);
    start(c, 2);
    finding_rows(c, a);
    start(c, 3);
    claim_rows(c, a);
    start(c, 4);
    by_source_rows(c, a, registry);
    start(c, 5);
    contest_rows(c, a, contests);
}

/// One article's rows of every per-article report, as CSV records without a header:
/// made on any thread (the one that analysed the article), then appended to the
/// reports by [`ArticleTables::append`] in the run's order.
#[derive(Debug, Clone, Default)]
pub struct ArticleRows {
    /// The rows, in chunks of about [`CHUNK`] bytes, in order.
    chunks: Vec<Vec<u8>>,
    /// Where the rows of each report of [`ARTICLE_TABLES`] begin, counted in the
    /// chunks' bytes end to end.
    starts: [usize; 6],
}

/// The size of a chunk of [`ArticleRows`]. An article's rows are made in one
/// allocation up to it; past it, in more, not in one vector grown by doubling: a list
/// of 90 000 figures has 55 MB of rows, which a doubled vector held in 94 MB.
const CHUNK: usize = 1 << 20;

/// The room left in a chunk when the next one is started: a row longer than that (a
/// long sentence) grows its chunk.
const CHUNK_ROOM: usize = 1 << 16;

/// CSV records made into chunks of about [`CHUNK`] bytes.
struct ChunkedCells {
    cells: CsvCells,
    /// The chunks filled.
    full: Vec<Vec<u8>>,
    /// Their bytes.
    filled: usize,
}

impl ChunkedCells {
    /// The bytes written so far.
    fn len(&self) -> usize {
        self.filled + self.cells.bytes.len()
    }
}

impl Cells for ChunkedCells {
    fn raw(&mut self, s: &str) {
        self.cells.raw(s);
    }

    fn number(&mut self, n: u64) {
        self.cells.number(n);
    }

    fn maybe(&mut self, n: Option<u64>) {
        self.cells.maybe(n);
    }

    fn flag(&mut self, b: bool) {
        self.cells.flag(b);
    }

    fn scratch(&mut self) -> &mut String {
        self.cells.scratch()
    }

    fn built(&mut self, escape: bool) {
        self.cells.built(escape);
    }

    fn end_row(&mut self) {
        self.cells.end_row();
        if self.cells.bytes.len() + CHUNK_ROOM > CHUNK {
            let full = std::mem::replace(&mut self.cells.bytes, Vec::with_capacity(CHUNK));
            self.cells.row = 0;
            self.filled += full.len();
            self.full.push(full);
        }
    }
}

impl ArticleRows {
    /// Formats the rows of `article`.
    pub fn new(
        article: &Article,
        contests: &[crate::analysis::Contest],
        registry: &crate::model::Registry,
    ) -> Self {
        // Room for the rows made once, from what they hold (each sentence's text, each
        // reference's wikitext and a few hundred bytes a claim or reference), not
        // grown row by row; a chunk at most.
        let sentences: usize = article.sentences.iter().map(|s| s.text.len() + 64).sum();
        let wikitext: usize = article.references.iter().map(|r| r.raw.len()).sum();
        let room = sentences + wikitext + 512 * (article.claims.len() + article.references.len());
        let mut cells = ChunkedCells {
            cells: CsvCells {
                bytes: Vec::with_capacity(room.min(CHUNK)),
                ..CsvCells::default()
            },
            full: Vec::new(),
            filled: 0,
        };
        let mut starts = [0; 6];
        article_rows(&mut cells, article, contests, registry, |c, i| {
            if let Some(start) = starts.get_mut(i) {
                *start = c.len();
            }
        });
        let mut chunks = cells.full;
        chunks.push(cells.cells.bytes);
        Self { chunks, starts }
    }

    /// The rows of the report `i` of [`ARTICLE_TABLES`], in the pieces the chunks
    /// hold them.
    fn table(&self, i: usize) -> impl Iterator<Item = &[u8]> {
        let total = self.chunks.iter().map(Vec::len).sum();
        let start = self.starts.get(i).copied().unwrap_or(total);
        let end = self.starts.get(i + 1).copied().unwrap_or(total);
        let mut at = 0;
        self.chunks.iter().filter_map(move |chunk| {
            let (from, to) = (at, at + chunk.len());
            at = to;
            let piece = chunk.get(start.max(from) - from..end.min(to).checked_sub(from)?)?;
            (!piece.is_empty()).then_some(piece)
        })
    }
}

/// One CSV report being written an article at a time: its header, then the rows.
struct Table<W: Write> {
    name: &'static str,
    header: &'static [&'static str],
    out: W,
    /// The header is written.
    started: bool,
}

impl<W: Write> Table<W> {
    fn start(&mut self) -> Result<()> {
        if !self.started {
            let mut cells = CsvCells::default();
            cells.header(self.header);
            cells
                .drain_into(&mut self.out)
                .map_err(|source| Error::Io {
                    path: PathBuf::from(self.name),
                    source,
                })?;
            self.started = true;
        }
        Ok(())
    }

    /// Writes rows given in pieces, after the header when they are the first.
    fn append<'a>(&mut self, rows: impl IntoIterator<Item = &'a [u8]>) -> Result<()> {
        for piece in rows {
            self.start()?;
            self.out.write_all(piece).map_err(|source| Error::Io {
                path: PathBuf::from(self.name),
                source,
            })?;
        }
        Ok(())
    }
}

/// The per-article CSV reports written one article at a time, for runs too large to
/// hold (a dump): the same files, byte for byte, as the `write_*` functions give for
/// the same articles.
pub struct ArticleTables<W: Write> {
    tables: [Table<W>; 6],
}

impl<W: Write> ArticleTables<W> {
    /// Tables writing into `out`, one writer per name of [`ARTICLE_TABLES`], in order.
    pub fn new(out: [W; 6]) -> Self {
        let mut i = 0;
        let tables = out.map(|out| {
            let table = Table {
                name: ARTICLE_TABLES[i],
                header: ARTICLE_HEADERS[i],
                out,
                started: false,
            };
            i += 1;
            table
        });
        Self { tables }
    }

    /// Writes the rows of one article.
    ///
    /// # Errors
    /// A writer fails.
    pub fn add(
        &mut self,
        article: &Article,
        contests: &[crate::analysis::Contest],
        registry: &crate::model::Registry,
    ) -> Result<()> {
        self.append(&ArticleRows::new(article, contests, registry))
    }

    /// Writes the rows of one article, already formatted.
    ///
    /// # Errors
    /// A writer fails.
    pub fn append(&mut self, rows: &ArticleRows) -> Result<()> {
        for (i, table) in self.tables.iter_mut().enumerate() {
            table.append(rows.table(i))?;
        }
        Ok(())
    }

    /// Ends every table (a header alone for a table with no row) and hands back the
    /// writers, in the order of [`ARTICLE_TABLES`].
    ///
    /// # Errors
    /// A writer fails.
    pub fn finish(mut self) -> Result<[W; 6]> {
        for table in &mut self.tables {
            table.start()?;
        }
        Ok(self.tables.map(|t| t.out))
    }
}

/// An article's rows of every per-article report as database values: table (the
/// report's name without `.csv`) and cells, in the order of [`ARTICLE_TABLES`].
pub(super) fn article_values(
    a: &Article,
    contests: &[crate::analysis::Contest],
    registry: &crate::model::Registry,
) -> Vec<(&'static str, Vec<Value>)> {
    let table = |i: usize| ARTICLE_TABLES[i].trim_end_matches(".csv");
    let mut cells = ValueCells::new(table(0));
    article_rows(&mut cells, a, contests, registry, |c, i| c.table = table(i));
    cells.rows
}

/// The source table's rows as database values, with the columns of `sources.csv`.
pub(super) fn source_values(table: &[SourceUse]) -> Vec<(&'static str, Vec<Value>)> {
    let mut cells = ValueCells::new("sources");
    for s in table {
        source_row(&mut cells, s);
    }
    cells.rows
}

/// Every report table's name (the CSV file's, without `.csv`) and columns.
pub const TABLE_COLUMNS: [(&str, &[&str]); 7] = [
    ("references", REFERENCE_HEADER),
    ("sources", SOURCE_HEADER),
    ("sentences", SENTENCE_HEADER),
    ("findings", FINDING_HEADER),
    ("claims", CLAIM_HEADER),
    ("claims_by_source", BY_SOURCE_HEADER),
    ("contested", CONTESTED_HEADER),
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The records as `csv::Writer` writes them, with its defaults.
    fn by_csv(rows: &[Vec<String>]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for row in rows {
            w.write_record(row).expect("a record");
        }
        w.into_inner().expect("flushed")
    }

    fn by_cells(rows: &[Vec<String>]) -> Vec<u8> {
        let mut cells = CsvCells::default();
        for row in rows {
            for cell in row {
                cells.raw(cell);
            }
            cells.end_row();
        }
        cells.bytes
    }

    #[test]
    fn cells_are_written_as_csv_writes_them() {
        let rows: Vec<Vec<String>> = [
            &["a", "b,c", "d\"e", "", "x\ny", "\r", "\"\"", " lead", "é,ü"][..],
            &[""],
            &[],
            &["", ""],
            &["#", "'=1", "-5"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect();
        assert_eq!(
            String::from_utf8_lossy(&by_cells(&rows)),
            String::from_utf8_lossy(&by_csv(&rows))
        );
    }

    #[test]
    fn escaped_cells_keep_their_quotes() {
        let mut cells = CsvCells::default();
        cells.text("=HYPERLINK(\"x\")");
        cells.list(["-1", "2"]);
        cells.text("plain");
        cells.end_row();
        assert_eq!(
            String::from_utf8_lossy(&cells.bytes),
            "\"'=HYPERLINK(\"\"x\"\")\",'-1;2,plain\n"
        );
    }

    #[test]
    fn a_byte_to_quote_is_found_anywhere_in_a_cell() {
        // The bytes to quote, and their neighbours with one bit more or less.
        let bytes = [
            b',', b'"', b'\r', b'\n', b'+', b'-', b'!', b'#', b'\x0b', b'\x0c', b'\t', 0xac, 0xa2,
            0x8d, 0x8a, 0x00, 0xff, b'a',
        ];
        for len in 1..48 {
            for at in 0..len {
                for &b in &bytes {
                    let mut cell = vec![b'a'; len];
                    cell[at] = b;
                    let expected = cell.iter().any(|b| b",\"\r\n".contains(b));
                    assert_eq!(needs_quotes(&cell), expected, "{b:#x} at {at} of {len}");
                }
            }
        }
        // Bytes just below a `,` borrow into the next byte: no false find.
        assert!(!needs_quotes(&[
            0x2d,
            0x2c ^ 0x01,
            0x01,
            0x00,
            0x2d,
            0x2d,
            0x2d,
            0x2d
        ]));
    }

    /// An article whose rows pass a chunk of [`ArticleRows`] several times over (a
    /// sentence of 8 000 figures, itself a row longer than a chunk's room), between
    /// two small ones: the tables written from the chunks are the `write_*` functions'.
    #[test]
    fn rows_made_in_chunks_are_the_tables_written_whole() {
        let grammars = crate::grammar::load_grammars(None).expect("the built-in grammars load");
        let small = crate::input::Document::new(
            "small.txt",
            "Bataille de Test\n\nLe 3 avril 2015, selon l'OSDH, 12 soldats sont tués[1].\n",
        );
        let figures: Vec<String> = (0..8000)
            .map(|i| format!("{} morts", i % 900 + 2))
            .collect();
        let list = crate::input::Document::new(
            "list.txt",
            format!(
                "Bataille de Liste\n\nLe 1 avril 2015, les combats font {}[1].\n",
                figures.join(", ")
            ),
        );
        let articles: Vec<Article> = [&small, &list, &small]
            .iter()
            .map(|doc| crate::analyze_document(doc, &grammars, None, None).expect("analysed"))
            .collect();
        let contests: Vec<Vec<crate::analysis::Contest>> = articles
            .iter()
            .map(|a| crate::analysis::find_contested(a).0)
            .collect();
        let registry = &grammars.registry;
        let chunked = ArticleRows::new(&articles[1], &contests[1], registry);
        assert!(chunked.chunks.len() > 3, "{} chunks", chunked.chunks.len());

        let mut tables = ArticleTables::new(std::array::from_fn(|_| Vec::new()));
        for (a, found) in articles.iter().zip(&contests) {
            tables.add(a, found, registry).expect("in memory");
        }
        let written = tables.finish().expect("in memory");
        let whole = |write: &dyn Fn(&mut dyn Write) -> Result<()>| {
            let mut out = Vec::new();
            write(&mut out).expect("in memory");
            out
        };
        let expected = [
            whole(&|o| write_references(o, &articles)),
            whole(&|o| write_sentences(o, &articles)),
            whole(&|o| write_findings(o, &articles)),
            whole(&|o| write_claims(o, &articles)),
            whole(&|o| write_claims_by_source(o, &articles, registry)),
            whole(&|o| write_contested(o, &articles, &contests)),
        ];
        assert!(expected[3].len() > 3 * CHUNK, "{} bytes", expected[3].len());
        for (i, name) in ARTICLE_TABLES.iter().enumerate() {
            assert!(written[i] == expected[i], "{name} differs");
        }
    }

    proptest! {
        #[test]
        fn any_cells_are_written_as_csv_writes_them(
            rows in prop::collection::vec(
                prop::collection::vec("[a,\"\r\n '=é#-]{0,6}|[a é-]{0,40}|[a é]{0,20}[,\"\r\n][a é]{0,20}", 0..5),
                0..5,
            )
        ) {
            prop_assert_eq!(by_cells(&rows), by_csv(&rows));
        }
    }
}
