//! The CSV reports: `references.csv`, `sources.csv`, `sentences.csv`, `findings.csv`.
//!
//! UTF-8, a header row, RFC 4180 quoting, one row per item, an `article` column on
//! every row of an article's items, lists inside a cell joined by `;`, an empty cell
//! for unknown. Every text cell goes through [`escape_cell`], so a spreadsheet never
//! runs a cell as a formula.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::analysis::SourceUse;
use crate::error::{Error, Result};
use crate::model::{Article, Context};

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
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(escape_cell).unwrap_or_default()
}

fn list<T: ToString>(items: &[T]) -> String {
    escape_cell(
        &items
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(";"),
    )
}

fn write_rows<R: Serialize>(
    out: &mut dyn Write,
    name: &str,
    rows: impl Iterator<Item = R>,
) -> Result<()> {
    let csv_err = |source| Error::Csv {
        path: PathBuf::from(name),
        source,
    };
    let mut w = csv::WriterBuilder::new().has_headers(true).from_writer(out);
    for row in rows {
        w.serialize(row).map_err(csv_err)?;
    }
    w.flush().map_err(|source| Error::Io {
        path: PathBuf::from(name),
        source,
    })
}

/// Writes an empty table's header, so a report with no rows is still a valid CSV.
fn write_header(out: &mut dyn Write, name: &str, header: &[&str]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header).map_err(|source| Error::Csv {
        path: PathBuf::from(name),
        source,
    })?;
    w.flush().map_err(|source| Error::Io {
        path: PathBuf::from(name),
        source,
    })
}

#[derive(Serialize)]
struct ReferenceRow {
    article: String,
    #[serde(rename = "ref")]
    number: u32,
    uses: usize,
    backlinks: u32,
    cited_by_sentences: String,
    lang: String,
    authors: String,
    agency: String,
    title: String,
    publisher: String,
    site: String,
    date: String,
    access_date: String,
    url: String,
    archive_url: String,
    archived_via: String,
    archive_date: String,
    dead: bool,
    source_keys: String,
    unknown_names: String,
    line: usize,
    raw: String,
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
    let rows = articles.iter().flat_map(reference_rows);
    if articles.iter().all(|a| a.references.is_empty()) {
        return write_header(out, "references.csv", REFERENCE_HEADER);
    }
    write_rows(out, "references.csv", rows)
}

fn reference_rows(a: &Article) -> impl Iterator<Item = ReferenceRow> + '_ {
    a.references.iter().map(move |r| ReferenceRow {
        article: escape_cell(&a.name),
        number: r.number,
        uses: r.uses,
        backlinks: r.backlinks,
        cited_by_sentences: list(&r.cited_by),
        lang: opt(&r.lang),
        authors: list(&r.authors),
        agency: list(&r.agencies),
        title: opt(&r.title),
        publisher: opt(&r.publisher),
        site: opt(&r.site),
        date: opt(&r.date),
        access_date: opt(&r.access_date),
        url: opt(&r.url),
        archive_url: opt(&r.archive_url),
        archived_via: opt(&r.archived_via),
        archive_date: opt(&r.archive_date),
        dead: r.dead,
        source_keys: list(&r.source_keys),
        unknown_names: list(&r.unknown_names),
        line: r.line,
        raw: escape_cell(&r.raw),
    })
}

#[derive(Serialize)]
struct SourceRow {
    source_key: String,
    name: String,
    kind: String,
    alignment: String,
    standing: String,
    refs: usize,
    articles: usize,
    origin_claims: usize,
    carrier_claims: usize,
    sole_source_claims: usize,
    contested_claims: usize,
    agreements: usize,
    comparisons: usize,
    agreement_score: String,
    score_low: String,
    score_high: String,
    corroborated_headlines: usize,
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
    if table.is_empty() {
        return write_header(out, "sources.csv", SOURCE_HEADER);
    }
    write_rows(out, "sources.csv", table.iter().map(source_row))
}

fn source_row(s: &SourceUse) -> SourceRow {
    let three = |x: f64, s: &SourceUse| {
        if s.source_key.is_empty() {
            String::new()
        } else {
            format!("{x:.3}")
        }
    };
    SourceRow {
        source_key: escape_cell(&s.source_key),
        name: escape_cell(&s.name),
        kind: escape_cell(&s.kind),
        alignment: escape_cell(&s.alignment),
        standing: escape_cell(&s.standing),
        refs: s.refs,
        articles: s.articles,
        origin_claims: s.reliability.origin_claims,
        carrier_claims: s.reliability.carrier_claims,
        sole_source_claims: s.reliability.sole_source_claims,
        contested_claims: s.reliability.contested_claims,
        agreements: s.reliability.agreements,
        comparisons: s.reliability.comparisons,
        agreement_score: three(s.reliability.score, s),
        score_low: three(s.reliability.score_low, s),
        score_high: three(s.reliability.score_high, s),
        corroborated_headlines: s.reliability.corroborated_headlines,
    }
}

#[derive(Serialize)]
struct SentenceRow {
    article: String,
    sentence: usize,
    section: String,
    paragraph: usize,
    context: &'static str,
    field: String,
    label: String,
    line: usize,
    column: usize,
    refs: String,
    text: String,
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
    if articles.iter().all(|a| a.sentences.is_empty()) {
        return write_header(out, "sentences.csv", SENTENCE_HEADER);
    }
    write_rows(
        out,
        "sentences.csv",
        articles.iter().flat_map(sentence_rows),
    )
}

fn sentence_rows(a: &Article) -> impl Iterator<Item = SentenceRow> + '_ {
    a.sentences.iter().map(move |s| {
        let refs: Vec<String> = s
            .markers
            .iter()
            .filter_map(|&m| a.markers.get(m))
            .map(|m| match &m.kind {
                crate::model::MarkerKind::Reference(n) => n.to_string(),
                crate::model::MarkerKind::CitationNeeded(_) => "citation_needed".to_owned(),
                crate::model::MarkerKind::Note(n) => format!("note:{n}"),
            })
            .collect();
        let (context, field, label) = match &s.context {
            Context::Body => ("body", String::new(), String::new()),
            Context::Infobox { field, label, .. } => (
                "infobox",
                escape_cell(field),
                label.clone().unwrap_or_default(),
            ),
        };
        SentenceRow {
            article: escape_cell(&a.name),
            sentence: s.id,
            section: a
                .sections
                .get(s.section)
                .map(|sec| escape_cell(&sec.heading))
                .unwrap_or_default(),
            paragraph: s.paragraph,
            context,
            field,
            label: escape_cell(&label),
            line: s.line,
            column: s.column,
            refs: refs.join(";"),
            text: escape_cell(&s.text),
        }
    })
}

#[derive(Serialize)]
struct FindingRow {
    article: String,
    kind: &'static str,
    line: usize,
    column: usize,
    message: String,
}

/// Writes `findings.csv`: every problem found in every article.
///
/// # Errors
/// The writer fails.
pub fn write_findings(out: &mut dyn Write, articles: &[Article]) -> Result<()> {
    if articles.iter().all(|a| a.findings.is_empty()) {
        return write_header(out, "findings.csv", FINDING_HEADER);
    }
    write_rows(out, "findings.csv", articles.iter().flat_map(finding_rows))
}

const FINDING_HEADER: &[&str] = &["article", "kind", "line", "column", "message"];

fn finding_rows(a: &Article) -> impl Iterator<Item = FindingRow> + '_ {
    a.findings.iter().map(move |f| FindingRow {
        article: escape_cell(&a.name),
        kind: f.kind.name(),
        line: f.line,
        column: f.column,
        message: escape_cell(&f.message),
    })
}

const CLAIM_HEADER: &[&str] = &[
    "article",
    "claim_id",
    "section",
    "category",
    "side",
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

#[derive(Serialize)]
struct ClaimRow {
    article: String,
    claim_id: String,
    section: String,
    category: String,
    side: String,
    low: u64,
    high: Option<u64>,
    approx: bool,
    qualifier: String,
    date_start: String,
    date_end: String,
    place: String,
    attributed_to: String,
    refs: String,
    source_keys: String,
    origin: String,
    carriers: String,
    site: String,
    corroboration: String,
    verification: String,
    flags: String,
    parent_claim: String,
    figure: String,
    event: String,
    sentence: usize,
    text: String,
}

/// Writes `claims.csv`: one row per claim of every article.
///
/// # Errors
/// The writer fails.
pub fn write_claims(out: &mut dyn Write, articles: &[Article]) -> Result<()> {
    if articles.iter().all(|a| a.claims.is_empty()) {
        return write_header(out, "claims.csv", CLAIM_HEADER);
    }
    write_rows(out, "claims.csv", articles.iter().flat_map(claim_rows))
}

fn claim_rows(a: &Article) -> impl Iterator<Item = ClaimRow> + '_ {
    a.claims.iter().map(move |c| ClaimRow {
        article: escape_cell(&a.name),
        claim_id: c.id.clone(),
        section: a
            .sections
            .get(c.section)
            .map(|s| escape_cell(&s.heading))
            .unwrap_or_default(),
        category: escape_cell(&c.category),
        side: escape_cell(&c.side),
        low: c.low,
        high: c.high,
        approx: c.approx,
        qualifier: opt(&c.qualifier),
        date_start: opt(&c.date_start),
        date_end: opt(&c.date_end),
        place: opt(&c.place),
        attributed_to: opt(&c.attributed_to),
        refs: list(&c.refs),
        source_keys: list(&c.source_keys),
        origin: list(&c.origin),
        carriers: list(&c.carriers),
        site: opt(&c.site),
        corroboration: list(
            &c.corroboration
                .iter()
                .map(|(n, s)| format!("{n}:{s}"))
                .collect::<Vec<_>>(),
        ),
        verification: list(
            &c.verification
                .iter()
                .map(|(n, v)| format!("{n}:{}", v.name()))
                .collect::<Vec<_>>(),
        ),
        flags: list(&c.flags),
        parent_claim: opt(&c.parent),
        figure: escape_cell(&c.figure),
        event: opt(&c.event),
        sentence: c.sentence,
        text: escape_cell(&c.text),
    })
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

#[derive(Serialize)]
struct BySourceRow {
    article: String,
    claim_id: String,
    category: String,
    side: String,
    low: u64,
    high: Option<u64>,
    approx: bool,
    date_start: String,
    date_end: String,
    role: &'static str,
    source_key: String,
    source_name: String,
    kind: String,
    alignment: String,
    standing: String,
}

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
    let mut rows = Vec::new();
    for a in articles {
        rows.extend(by_source_rows(a, registry));
    }
    if rows.is_empty() {
        return write_header(out, "claims_by_source.csv", BY_SOURCE_HEADER);
    }
    write_rows(out, "claims_by_source.csv", rows.into_iter())
}

fn by_source_rows(a: &Article, registry: &crate::model::Registry) -> Vec<BySourceRow> {
    let mut rows = Vec::new();
    for c in &a.claims {
        for key in &c.source_keys {
            let role = if c.attributed_to.as_deref() == Some(key.as_str()) {
                "claimant"
            } else {
                "reference"
            };
            let source = registry.get(key);
            rows.push(BySourceRow {
                article: escape_cell(&a.name),
                claim_id: c.id.clone(),
                category: escape_cell(&c.category),
                side: escape_cell(&c.side),
                low: c.low,
                high: c.high,
                approx: c.approx,
                date_start: opt(&c.date_start),
                date_end: opt(&c.date_end),
                role,
                source_key: escape_cell(key),
                source_name: source.map(|s| escape_cell(&s.name)).unwrap_or_default(),
                kind: source.map(|s| escape_cell(&s.kind)).unwrap_or_default(),
                alignment: source
                    .map(|s| escape_cell(&s.alignment))
                    .unwrap_or_default(),
                standing: source.map(|s| escape_cell(&s.standing)).unwrap_or_default(),
            });
        }
    }
    rows
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

#[derive(Serialize)]
struct ContestRow {
    article: String,
    contest_id: String,
    severity: &'static str,
    kind: &'static str,
    category: String,
    side: String,
    scope: String,
    claim_ids: String,
    figures: String,
    source_keys: String,
    periods: String,
    reason: String,
}

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
    let mut rows = Vec::new();
    for (a, found) in articles.iter().zip(contests) {
        rows.extend(contest_rows(a, found));
    }
    if rows.is_empty() {
        return write_header(out, "contested.csv", CONTESTED_HEADER);
    }
    write_rows(out, "contested.csv", rows.into_iter())
}

fn contest_rows(a: &Article, found: &[crate::analysis::Contest]) -> Vec<ContestRow> {
    let mut rows = Vec::new();
    for k in found {
        let claims: Vec<&crate::model::Claim> =
            k.claims.iter().filter_map(|&i| a.claims.get(i)).collect();
        let mut keys: Vec<String> = Vec::new();
        for c in &claims {
            for o in &c.origin {
                if !keys.contains(o) {
                    keys.push(o.clone());
                }
            }
        }
        rows.push(ContestRow {
            article: escape_cell(&a.name),
            contest_id: k.id.clone(),
            severity: k.severity.name(),
            kind: k.kind,
            category: escape_cell(&k.category),
            side: escape_cell(&k.side),
            scope: escape_cell(&k.scope),
            claim_ids: list(&claims.iter().map(|c| c.id.clone()).collect::<Vec<_>>()),
            figures: escape_cell(&crate::analysis::contested::figures_text(a, k)),
            source_keys: list(&keys),
            periods: list(
                &claims
                    .iter()
                    .map(|c| crate::analysis::contested::period_text(c))
                    .collect::<Vec<_>>(),
            ),
            reason: escape_cell(&k.reason),
        });
    }
    rows
}

#[derive(Serialize)]
struct LinkRowOut {
    article: String,
    #[serde(rename = "ref")]
    number: u32,
    url: String,
    status: &'static str,
    http_code: String,
    final_url: String,
    redirects: String,
    archive_url: String,
    archive_time: String,
    archive_via: String,
    cited_archive_status: String,
    checked_at: String,
    elapsed_ms: u64,
    error: String,
    page_read: String,
    read_error: String,
    verification: String,
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
    if rows.is_empty() {
        return write_header(out, "links.csv", LINK_HEADER);
    }
    let rows = rows.iter().map(|r| {
        let archive = r.archive.as_ref();
        LinkRowOut {
            article: escape_cell(&r.target.article),
            number: r.target.reference,
            url: escape_cell(&r.target.url),
            status: r.check.status.name(),
            http_code: r.check.http_code.map(|c| c.to_string()).unwrap_or_default(),
            final_url: opt(&r.check.final_url),
            redirects: list(&r.check.redirects),
            archive_url: archive.map(|a| escape_cell(&a.url)).unwrap_or_default(),
            archive_time: archive
                .and_then(|a| a.time.as_deref())
                .map(escape_cell)
                .unwrap_or_default(),
            archive_via: archive.map(|a| a.via.clone()).unwrap_or_default(),
            cited_archive_status: r
                .archive_check
                .as_ref()
                .map(|c| c.status.name().to_owned())
                .unwrap_or_default(),
            checked_at: crate::links::rfc3339(r.check.checked_at),
            elapsed_ms: r.check.elapsed_ms,
            error: opt(&r.check.error),
            page_read: r
                .read
                .as_ref()
                .and_then(|p| p.from.as_ref())
                .map(|(url, _)| escape_cell(url))
                .unwrap_or_default(),
            read_error: r
                .read
                .as_ref()
                .and_then(|p| p.error.as_deref())
                .map(escape_cell)
                .unwrap_or_default(),
            verification: list(
                &r.verdicts
                    .iter()
                    .map(|(id, v)| format!("{id}:{}", v.name()))
                    .collect::<Vec<_>>(),
            ),
        }
    });
    write_rows(out, "links.csv", rows)
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

/// One CSV report being written a row at a time.
struct Table<W: Write> {
    name: &'static str,
    header: &'static [&'static str],
    writer: csv::Writer<W>,
    rows: u64,
}

impl<W: Write> Table<W> {
    fn new(name: &'static str, header: &'static [&'static str], out: W) -> Self {
        Self {
            name,
            header,
            writer: csv::WriterBuilder::new().has_headers(true).from_writer(out),
            rows: 0,
        }
    }

    fn add<R: Serialize>(&mut self, rows: impl IntoIterator<Item = R>) -> Result<()> {
        for row in rows {
            self.writer.serialize(row).map_err(|source| Error::Csv {
                path: PathBuf::from(self.name),
                source,
            })?;
            self.rows += 1;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<W> {
        let name = self.name;
        if self.rows == 0 {
            self.writer
                .write_record(self.header)
                .map_err(|source| Error::Csv {
                    path: PathBuf::from(name),
                    source,
                })?;
        }
        self.writer.into_inner().map_err(|e| Error::Io {
            path: PathBuf::from(name),
            source: e.into_error(),
        })
    }
}

/// The per-article CSV reports written one article at a time, for runs too large to
/// hold (a dump): the same files, byte for byte, as the `write_*` functions give for
/// the same articles.
pub struct ArticleTables<W: Write> {
    references: Table<W>,
    sentences: Table<W>,
    findings: Table<W>,
    claims: Table<W>,
    by_source: Table<W>,
    contested: Table<W>,
}

impl<W: Write> ArticleTables<W> {
    /// Tables writing into `out`, one writer per name of [`ARTICLE_TABLES`], in order.
    pub fn new(out: [W; 6]) -> Self {
        let [references, sentences, findings, claims, by_source, contested] = out;
        Self {
            references: Table::new("references.csv", REFERENCE_HEADER, references),
            sentences: Table::new("sentences.csv", SENTENCE_HEADER, sentences),
            findings: Table::new("findings.csv", FINDING_HEADER, findings),
            claims: Table::new("claims.csv", CLAIM_HEADER, claims),
            by_source: Table::new("claims_by_source.csv", BY_SOURCE_HEADER, by_source),
            contested: Table::new("contested.csv", CONTESTED_HEADER, contested),
        }
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
        self.references.add(reference_rows(article))?;
        self.sentences.add(sentence_rows(article))?;
        self.findings.add(finding_rows(article))?;
        self.claims.add(claim_rows(article))?;
        self.by_source.add(by_source_rows(article, registry))?;
        self.contested.add(contest_rows(article, contests))
    }

    /// Ends every table (a header alone for a table with no row) and hands back the
    /// writers, flushed, in the order of [`ARTICLE_TABLES`].
    ///
    /// # Errors
    /// A writer fails.
    pub fn finish(self) -> Result<[W; 6]> {
        Ok([
            self.references.finish()?,
            self.sentences.finish()?,
            self.findings.finish()?,
            self.claims.finish()?,
            self.by_source.finish()?,
            self.contested.finish()?,
        ])
    }
}

/// A row as a JSON object keyed by its columns (for the SQLite output).
fn value<R: Serialize>(row: R) -> serde_json::Value {
    // A row is a struct of strings, numbers and booleans: always representable.
    serde_json::to_value(row).unwrap_or(serde_json::Value::Null)
}

/// A report's rows for other formats than CSV: `f(table, columns, row)` is called
/// for every row an article gives each per-article report (`references`,
/// `sentences`, `findings`, `claims`, `claims_by_source`, `contested`), the row a
/// JSON object with the CSV's columns and cells.
///
/// # Errors
/// What `f` returns.
pub fn article_values(
    a: &Article,
    contests: &[crate::analysis::Contest],
    registry: &crate::model::Registry,
    f: &mut dyn FnMut(&'static str, serde_json::Value) -> Result<()>,
) -> Result<()> {
    for r in reference_rows(a) {
        f("references", value(r))?;
    }
    for r in sentence_rows(a) {
        f("sentences", value(r))?;
    }
    for r in finding_rows(a) {
        f("findings", value(r))?;
    }
    for r in claim_rows(a) {
        f("claims", value(r))?;
    }
    for r in by_source_rows(a, registry) {
        f("claims_by_source", value(r))?;
    }
    for r in contest_rows(a, contests) {
        f("contested", value(r))?;
    }
    Ok(())
}

/// The source table's rows as JSON objects with the columns of `sources.csv`.
pub fn source_values(table: &[SourceUse]) -> Vec<serde_json::Value> {
    table.iter().map(|s| value(source_row(s))).collect()
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
