//! crosscheck audits the sourcing of Wikipedia-style articles about armed conflicts.
//!
//! The pipeline, one layer per module: [`input`] (bytes to a [`input::Document`]) →
//! [`grammar`] (a nom grammar driven by the vocabulary in `grammars/`) → [`model`]
//! (the article: sections, sentences, markers, infobox, references) → [`analysis`]
//! (tables and findings) → [`report`] (CSV files written atomically).
//!
//! ```
//! use crosscheck::{analyze_document, grammar, input::Document};
//! let grammars = grammar::load_grammars(None)?;
//! let text = "Bataille de X\n\nLa bataille de X a lieu en 2015 et oppose les rebelles aux loyalistes du régime.[1]\n\n\
//!             Notes et références\n\n[modifier | modifier le code]\n  1. AFP, « Titre », Le Point, (consulté le )\n";
//! let article = analyze_document(&Document::new("x.txt", text), &grammars, None, None)?;
//! assert_eq!(article.lang, "fr");
//! assert_eq!(article.references[0].source_keys, ["afp", "le_point"]);
//! # Ok::<(), crosscheck::Error>(())
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod analysis;
mod error;
pub mod grammar;
pub mod input;
pub mod links;
pub mod model;
pub mod report;
pub mod stream;

pub use error::{Error, Location, Result};
pub use grammar::Grammars;
pub use model::{Article, Finding, Reference};

use std::path::PathBuf;

use model::Format;

/// What a run of `analyze` is asked to do.
#[derive(Debug, Clone)]
pub struct Config {
    /// The articles to read (`-` is standard input).
    pub inputs: Vec<PathBuf>,
    /// The directory the reports are written to.
    pub out: PathBuf,
    /// The grammars directory; `None` uses the copy built into the binary.
    pub grammars: Option<PathBuf>,
    /// The language to read the articles in; `None` detects it per article.
    pub lang: Option<String>,
    /// The input format; `None` detects it per article.
    pub format: Option<Format>,
    /// Prepare wikitext suggestions for the contested figures.
    pub suggest: bool,
    /// How to fetch inputs given as addresses (`https://fr.wikipedia.org/wiki/…`).
    pub wiki: input::wiki::WikiClient,
    /// Check every reference URL and write `links.csv` (`None`: no link audit).
    pub links: Option<links::LinkConfig>,
    /// Write `links.csv` only (the `links` command), not the other reports.
    pub links_only: bool,
    /// Which pages of a dump to analyse.
    pub filter: input::dump::PageFilter,
    /// Told where a dump's reading is, after each batch written.
    pub progress: Option<stream::ProgressSink>,
}

/// What a run did.
#[derive(Debug)]
pub struct Outcome {
    /// The articles read.
    pub articles: Vec<Article>,
    /// The inputs that could not be read, with why.
    pub failures: Vec<Error>,
    /// The report files written.
    pub written: Vec<PathBuf>,
    /// Warnings: from loading the grammars, and addresses that redirected.
    pub warnings: Vec<String>,
    /// For each article, its contests (same order as `articles`).
    pub contests: Vec<Vec<analysis::Contest>>,
    /// For each article, the pairs of claims compared.
    pub comparisons: Vec<Vec<analysis::Comparison>>,
    /// The wikitext suggestions, when asked for (empty otherwise).
    pub suggestions: String,
    /// Every reference URL checked, when the link audit was asked for.
    pub links: Vec<links::LinkRow>,
    /// For a run that read a dump (streamed: `articles` is then empty), what it read.
    pub dump: Option<stream::DumpStats>,
}

impl Outcome {
    /// How many articles were read and reported.
    pub fn read(&self) -> u64 {
        self.dump
            .as_ref()
            .map_or(self.articles.len() as u64, |d| d.analysed)
    }

    /// How many inputs or pages could not be read (`failures` lists the first
    /// [`stream::MAX_FAILURES_KEPT`] of a dump's).
    pub fn failed(&self) -> u64 {
        self.dump
            .as_ref()
            .map_or(self.failures.len() as u64, |d| d.failed)
    }
}

/// Reads one document as an article: picks the format and the lexicon (given or
/// detected), parses it and resolves its references.
///
/// # Errors
/// A language is asked for that no lexicon has, or the grammars hold no lexicon.
pub fn analyze_document(
    doc: &input::Document,
    grammars: &Grammars,
    lang: Option<&str>,
    format: Option<Format>,
) -> Result<Article> {
    let lexicon = pick_lexicon(doc, grammars, lang)?;
    let format = format.unwrap_or_else(|| input::detect_format(&doc.text));
    let mut article = grammar::parse(doc, format, lexicon, &grammars.registry);
    grammar::headline::corroborate(&mut article, grammars);
    let uncompared = analysis::uncompared(&article);
    if !uncompared.is_empty() {
        article.findings.extend(uncompared);
        article.findings.sort_by_key(|f| (f.line, f.column, f.kind));
    }
    Ok(article)
}

/// Reads every quantity in a document, with the given lexicon or the detected one.
///
/// # Errors
/// A language is asked for that no lexicon has, or the grammars hold no lexicon.
pub fn quantities_in(
    doc: &input::Document,
    grammars: &Grammars,
    lang: Option<&str>,
) -> Result<Vec<grammar::quantity::Quantity>> {
    let lexicon = pick_lexicon(doc, grammars, lang)?;
    Ok(grammar::quantity::quantities(&doc.text, 0, lexicon))
}

fn pick_lexicon<'g>(
    doc: &input::Document,
    grammars: &'g Grammars,
    lang: Option<&str>,
) -> Result<&'g grammar::Lexicon> {
    match lang {
        Some(code) => grammars.lexicon(code).ok_or_else(|| {
            let known: Vec<&str> = grammars.lexicons.iter().map(|l| l.lang.as_str()).collect();
            Error::Usage(format!(
                "no lexicon for language {code:?} (known: {})",
                known.join(", ")
            ))
        }),
        None => grammar::detect_language(&doc.text, grammars)
            .ok_or_else(|| Error::Usage("the grammars hold no lexicon".into())),
    }
}

/// Runs `analyze`: reads every input (one that fails is reported and the others go
/// on), then writes the reports for all the articles read into `config.out`.
///
/// When no input can be read, nothing is written and `written` is empty.
///
/// # Errors
/// The grammars do not load, a language is asked for that no lexicon has, or the
/// reports cannot be written (the output directory is then left as it was).
pub fn run(config: &Config) -> Result<Outcome> {
    let grammars = grammar::load_grammars(config.grammars.as_deref())?;
    if stream::any_dump(&config.inputs)? || report::is_database(&config.out) {
        if config.links.is_some() {
            return Err(Error::Usage(
                "the link audit reads articles into a directory of reports, not dumps nor a database".into(),
            ));
        }
        return stream::run(config, &grammars);
    }
    let mut articles = Vec::new();
    let mut failures = Vec::new();
    let mut warnings = grammars.warnings.clone();
    for path in &config.inputs {
        let article = match path.to_str().filter(|p| input::wiki::is_address(p)) {
            Some(address) => fetch_article(address, config, &grammars, &mut warnings),
            None => input::read(path).and_then(|doc| {
                analyze_document(&doc, &grammars, config.lang.as_deref(), config.format)
            }),
        };
        match article {
            Ok(a) => articles.push(a),
            Err(e @ Error::Usage(_)) => return Err(e),
            Err(e) => failures.push(e),
        }
    }
    if articles.is_empty() {
        // Nothing read, nothing written: the reports already in `out` stay.
        return Ok(Outcome {
            articles,
            failures,
            written: Vec::new(),
            warnings,
            contests: Vec::new(),
            comparisons: Vec::new(),
            suggestions: String::new(),
            links: Vec::new(),
            dump: None,
        });
    }
    let mut link_rows = match &config.links {
        Some(cfg) => {
            let mut cfg = cfg.clone();
            for lexicon in &grammars.lexicons {
                cfg.not_found_phrases
                    .extend(lexicon.html.not_found_titles.iter().cloned());
                cfg.blocked_phrases
                    .extend(lexicon.html.blocked_pages.iter().cloned());
            }
            links::check(&links::targets(&articles), &cfg)?
        }
        None => Vec::new(),
    };
    if config.links.as_ref().is_some_and(|l| l.verify) {
        links::verify::verify(&mut articles, &mut link_rows, &grammars);
    }
    let (contests, comparisons): (Vec<_>, Vec<_>) = if config.links_only {
        (Vec::new(), Vec::new())
    } else {
        articles.iter().map(analysis::find_contested).unzip()
    };
    let mut set = report::ReportSet::new(&config.out)?;
    if !config.links_only {
        let reliability =
            analysis::reliability(&articles, &contests, &comparisons, &grammars.registry);
        let table = analysis::source_table(&articles, &grammars.registry, &reliability);
        set.stage("references.csv", |w| report::write_references(w, &articles))?;
        set.stage("sources.csv", |w| report::write_sources(w, &table))?;
        set.stage("sentences.csv", |w| report::write_sentences(w, &articles))?;
        set.stage("findings.csv", |w| report::write_findings(w, &articles))?;
        set.stage("claims.csv", |w| report::write_claims(w, &articles))?;
        set.stage("claims_by_source.csv", |w| {
            report::write_claims_by_source(w, &articles, &grammars.registry)
        })?;
        set.stage("contested.csv", |w| {
            report::write_contested(w, &articles, &contests)
        })?;
        set.stage("report.html", |w| {
            report::write_html(w, &articles, &contests, &table)
        })?;
    }
    if config.links.is_some() {
        set.stage("links.csv", |w| report::write_links(w, &link_rows))?;
    }
    let written = set.commit()?;
    let mut suggestions = Vec::new();
    if config.suggest {
        let io = |source| Error::Io {
            path: "suggestions".into(),
            source,
        };
        report::write_suggestions(&mut suggestions, &articles, &contests, &grammars).map_err(io)?;
        let today = links::rfc3339(links::now_epoch());
        let today = today.get(..10).unwrap_or("");
        report::write_link_suggestions(&mut suggestions, &link_rows, &articles, &grammars, today)
            .map_err(io)?;
    }
    Ok(Outcome {
        articles,
        failures,
        written,
        warnings,
        contests,
        comparisons,
        suggestions: String::from_utf8_lossy(&suggestions).into_owned(),
        links: link_rows,
        dump: None,
    })
}

/// Fetches an article by address and reads it as wikitext, named by the permanent
/// address of the revision read.
pub(crate) fn fetch_article(
    address: &str,
    config: &Config,
    grammars: &Grammars,
    warnings: &mut Vec<String>,
) -> Result<Article> {
    let page = config.wiki.fetch(address)?;
    if let Some(from) = &page.redirected_from {
        warnings.push(format!(
            "{address}: {from:?} redirects to {:?}; read {:?}",
            page.title, page.title
        ));
    }
    let doc = input::Document::new(page.permalink.clone(), page.text);
    let format = config.format.or(Some(Format::Wikitext));
    let mut article = analyze_document(&doc, grammars, config.lang.as_deref(), format)?;
    article.revision = Some(model::Revision {
        id: page.revision,
        timestamp: page.timestamp,
        address: address.to_owned(),
        redirected_from: page.redirected_from,
    });
    Ok(article)
}
