//! The reports of a streamed run (a dump): every article's rows written to the
//! temporary report files as it comes, then dropped.
//!
//! Input: articles one at a time, in the run's order, with their contests and
//! comparisons. Output: the same files as a batch run, committed all at once by
//! [`StreamReport::finish`]. What needs every article is kept small: the source table
//! from per-source counters ([`SourceTally`], [`reliability::tally`]), and
//! `report.html` from at most [`MAX_HTML_ARTICLES`] articles (the ones with the most
//! conflicting figures, shown in the run's order), which it says. It keeps no article.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{html, ArticleTables, ReportSet, Staged, ARTICLE_TABLES};
use crate::analysis::{reliability, Comparison, Contest, Reliability, Severity, SourceTally};
use crate::error::{Error, Result};
use crate::model::{Article, Registry};

/// The most articles a streamed run's `report.html` shows.
pub const MAX_HTML_ARTICLES: usize = 100;

/// One article's part of the page, kept until the end of the run.
struct Shown {
    /// (conflicts, divergences): the articles with the most are kept.
    rank: (usize, usize),
    /// The article's position in the run.
    index: u64,
    html: String,
}

/// Where a streamed run's reports go.
enum Output {
    /// The CSV files and `report.html`, in a directory.
    Files {
        set: ReportSet,
        tables: Box<ArticleTables<Staged>>,
    },
    /// One SQLite database.
    Database(super::sqlite::Database),
}

/// The reports of a streamed run, being written.
pub struct StreamReport<'r> {
    output: Output,
    registry: &'r Registry,
    reliability: BTreeMap<String, Reliability>,
    sources: SourceTally,
    shown: Vec<Shown>,
    articles: u64,
}

impl<'r> StreamReport<'r> {
    /// Opens the report files in `out` (a directory, created if missing), as
    /// temporary files, or the database `out` names ([`super::is_database`]).
    ///
    /// # Errors
    /// The directory, a temporary file or the database cannot be created.
    pub fn new(out: &Path, registry: &'r Registry) -> Result<Self> {
        let output = if super::is_database(out) {
            Output::Database(super::sqlite::Database::create(out)?)
        } else {
            Self::files(out)?
        };
        Ok(Self {
            output,
            registry,
            reliability: BTreeMap::new(),
            sources: SourceTally::default(),
            shown: Vec::new(),
            articles: 0,
        })
    }

    fn files(dir: &Path) -> Result<Output> {
        let set = ReportSet::new(dir)?;
        let [a, b, c, d, e, f] = ARTICLE_TABLES;
        let files = [
            set.create(a)?,
            set.create(b)?,
            set.create(c)?,
            set.create(d)?,
            set.create(e)?,
            set.create(f)?,
        ];
        Ok(Output::Files {
            set,
            tables: Box::new(ArticleTables::new(files)),
        })
    }

    /// Writes one article's rows and counts what the source table needs of it.
    ///
    /// # Errors
    /// A report file cannot be written.
    pub fn add(
        &mut self,
        article: &Article,
        contests: &[Contest],
        comparisons: &[Comparison],
    ) -> Result<()> {
        match &mut self.output {
            Output::Files { tables, .. } => tables.add(article, contests, self.registry)?,
            Output::Database(db) => {
                for (table, row) in super::csv::article_values(article, contests, self.registry) {
                    db.insert(table, &row)?;
                }
            }
        }
        reliability::tally(&mut self.reliability, article, contests, comparisons);
        self.sources.add(article);
        let count = |s: Severity| contests.iter().filter(|k| k.severity == s).count();
        let rank = (count(Severity::Conflict), count(Severity::Divergent));
        let index = self.articles;
        self.articles += 1;
        // Keep the page's candidates: the best ranked, the earliest first among equals.
        let worst = self
            .shown
            .iter()
            .enumerate()
            .min_by_key(|(_, s)| (s.rank, std::cmp::Reverse(s.index)))
            .map(|(i, s)| (i, s.rank));
        let wanted = matches!(self.output, Output::Files { .. })
            && (self.shown.len() < MAX_HTML_ARTICLES || worst.is_some_and(|(_, r)| rank > r));
        if wanted {
            let mut h = String::new();
            let n = usize::try_from(index).unwrap_or(usize::MAX);
            html::article_html(&mut h, n, article, contests);
            if self.shown.len() >= MAX_HTML_ARTICLES {
                if let Some((i, _)) = worst {
                    self.shown.swap_remove(i);
                }
            }
            self.shown.push(Shown {
                rank,
                index,
                html: h,
            });
        }
        Ok(())
    }

    /// How many articles were added.
    pub fn articles(&self) -> u64 {
        self.articles
    }

    /// Ends every file, writes the source table and `report.html`, and renames them
    /// all into place; returns the paths written.
    ///
    /// # Errors
    /// A file cannot be written or renamed.
    pub fn finish(self) -> Result<Vec<PathBuf>> {
        let Self {
            output,
            registry,
            mut reliability,
            sources,
            mut shown,
            articles,
        } = self;
        reliability::score_all(&mut reliability, registry);
        let table = sources.table(registry, &reliability);
        let (mut set, tables) = match output {
            Output::Files { set, tables } => (set, tables),
            Output::Database(db) => {
                for (table, row) in super::csv::source_values(&table) {
                    db.insert(table, &row)?;
                }
                return Ok(vec![db.finish()?]);
            }
        };
        let [references, sentences, findings, claims, by_source, contested] = tables.finish()?;
        set.add(references)?;
        set.stage("sources.csv", |w| super::write_sources(w, &table))?;
        for file in [sentences, findings, claims, by_source, contested] {
            set.add(file)?;
        }
        shown.sort_by_key(|s| s.index);
        let mut page = set.create("report.html")?;
        let io = |source| Error::Io {
            path: PathBuf::from("report.html"),
            source,
        };
        let mut h = String::new();
        html::html_head(&mut h);
        page.write_all(h.as_bytes()).map_err(io)?;
        for s in &shown {
            page.write_all(s.html.as_bytes()).map_err(io)?;
        }
        let left_out = articles.saturating_sub(shown.len() as u64);
        let note = (left_out > 0).then(|| {
            format!(
                "This page shows {} of the {articles} articles read: those with the most conflicting, then divergent, figures. The CSV files hold every article.",
                shown.len()
            )
        });
        let mut h = String::new();
        html::html_tail(&mut h, &table, note.as_deref());
        page.write_all(h.as_bytes()).map_err(io)?;
        set.add(page)?;
        set.commit()
    }
}
