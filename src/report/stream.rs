//! The reports of a streamed run (a dump): every article's rows written to the
//! temporary report files as it comes, then dropped.
//!
//! Input: articles one at a time, in the run's order, with their contests and
//! comparisons. Output: the same files as a batch run, committed all at once by
//! [`StreamReport::finish`]. What needs every article is kept small: the source table
//! from per-source counters ([`SourceTally`], [`reliability::tally`]), and
//! `report.html` from at most [`MAX_HTML_ARTICLES`] articles (the ones with the most
//! conflicting figures, shown in the run's order), which it says. It keeps no article.
//!
//! The work per article is done by a [`Renderer`], on the thread that analysed the
//! article: its rows formatted, its counts gathered. The report's own thread only
//! appends the bytes and adds the counts, in the run's order.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::types::Value;

use super::{html, ArticleRows, ArticleTables, ReportSet, Staged, ARTICLE_TABLES};
use crate::analysis::{
    reliability, ArticleSources, Comparison, Contest, Reliability, Severity, SourceTally,
};
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

/// The lowest rank on a full page, once it is full: an article ranked no higher is not
/// shown. Shared by a [`StreamReport`] and its [`Renderer`]s; it only rises.
type Floor = Arc<Mutex<Option<(usize, usize)>>>;

/// Makes articles ready for a [`StreamReport`] on the threads that analysed them
/// ([`Renderer::render`]), so that the report's own thread only appends bytes and
/// adds counts, and each article is freed where it was made.
#[derive(Clone)]
pub struct Renderer<'r> {
    registry: &'r Registry,
    database: bool,
    floor: Floor,
}

/// An article's rows, formatted for the report's output.
enum Rows {
    Csv(ArticleRows),
    Database(Vec<(&'static str, Vec<Value>)>),
}

/// What a [`StreamReport`] writes and counts of one article.
struct Counted {
    rows: Rows,
    reliability: BTreeMap<String, Reliability>,
    sources: ArticleSources,
    /// (conflicts, divergences).
    rank: (usize, usize),
}

/// One article made ready for a [`StreamReport`] by [`Renderer::render`]: its rows
/// formatted and its counts gathered. The article itself is kept only when
/// `report.html` may show it (its section's anchors need its place in the run).
pub struct RenderedArticle {
    counted: Counted,
    shown: Option<Box<(Article, Vec<Contest>)>>,
}

impl Renderer<'_> {
    fn count(
        &self,
        article: &Article,
        contests: &[Contest],
        comparisons: &[Comparison],
    ) -> Counted {
        let rows = if self.database {
            Rows::Database(super::csv::article_values(article, contests, self.registry))
        } else {
            Rows::Csv(ArticleRows::new(article, contests, self.registry))
        };
        let mut counts = BTreeMap::new();
        reliability::tally(&mut counts, article, contests, comparisons, self.registry);
        let count = |s: Severity| contests.iter().filter(|k| k.severity == s).count();
        Counted {
            rows,
            reliability: counts,
            sources: ArticleSources::new(article),
            rank: (count(Severity::Conflict), count(Severity::Divergent)),
        }
    }

    /// Tells whether `report.html` may show an article of this rank: not when the page
    /// is full of articles ranked at least as high.
    fn may_show(&self, rank: (usize, usize)) -> bool {
        if self.database {
            return false;
        }
        // A poisoned lock (a panic elsewhere) says nothing: the article may be shown.
        self.floor
            .lock()
            .map_or(true, |floor| floor.is_none_or(|f| rank > f))
    }

    /// Formats an article's rows and gathers its counts; the article is dropped here
    /// unless `report.html` may show it.
    pub fn render(
        &self,
        article: Article,
        contests: Vec<Contest>,
        comparisons: &[Comparison],
    ) -> RenderedArticle {
        let counted = self.count(&article, &contests, comparisons);
        let shown = self
            .may_show(counted.rank)
            .then(|| Box::new((article, contests)));
        RenderedArticle { counted, shown }
    }
}

/// The reports of a streamed run, being written.
pub struct StreamReport<'r> {
    output: Output,
    renderer: Renderer<'r>,
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
        let database = super::is_database(out);
        let output = if database {
            Output::Database(super::sqlite::Database::create(out)?)
        } else {
            Self::files(out)?
        };
        Ok(Self {
            output,
            renderer: Renderer {
                registry,
                database,
                floor: Floor::default(),
            },
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

    /// What makes articles ready for [`StreamReport::push`], on any thread.
    pub fn renderer(&self) -> Renderer<'r> {
        self.renderer.clone()
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
        let counted = self.renderer.count(article, contests, comparisons);
        self.write(counted, Some((article, contests)))
    }

    /// Writes one article made ready by [`Renderer::render`]: what [`StreamReport::add`]
    /// of the article does.
    ///
    /// # Errors
    /// A report file cannot be written.
    pub fn push(&mut self, article: RenderedArticle) -> Result<()> {
        let RenderedArticle { counted, shown } = article;
        self.write(counted, shown.as_deref().map(|(a, c)| (a, c.as_slice())))
    }

    /// Writes an article's rows, adds its counts, and keeps its section of the page if
    /// it ranks among the best; `shown` is the article, when it may be.
    fn write(&mut self, counted: Counted, shown: Option<(&Article, &[Contest])>) -> Result<()> {
        let Counted {
            rows,
            reliability: counts,
            sources,
            rank,
        } = counted;
        match (&mut self.output, rows) {
            (Output::Files { tables, .. }, Rows::Csv(rows)) => tables.append(&rows)?,
            (Output::Database(db), Rows::Database(rows)) => {
                for (table, row) in rows {
                    db.insert(table, &row)?;
                }
            }
            // A renderer makes the rows of its own report's output.
            _ => {}
        }
        reliability::merge(&mut self.reliability, counts);
        self.sources.merge(sources);
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
        // The renderer keeps every article that may be wanted (see `Renderer::may_show`).
        if let Some((article, contests)) = shown.filter(|_| wanted) {
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
            if self.shown.len() >= MAX_HTML_ARTICLES {
                let floor = self.shown.iter().map(|s| s.rank).min();
                if let Ok(mut f) = self.renderer.floor.lock() {
                    *f = floor;
                }
            }
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
            renderer,
            mut reliability,
            sources,
            mut shown,
            articles,
        } = self;
        let registry = renderer.registry;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Format;

    fn article(n: usize) -> Article {
        Article {
            name: format!("Bataille {n}"),
            title: format!("Bataille {n}"),
            lang: "fr".into(),
            format: Format::Wikitext,
            sections: vec![],
            infobox: vec![],
            sentences: vec![],
            markers: vec![],
            blocks: vec![],
            references: vec![],
            findings: vec![],
            claims: vec![],
            revision: None,
        }
    }

    fn contest(n: usize, severity: Severity) -> Contest {
        Contest {
            id: format!("k{n}"),
            severity,
            kind: "rivals",
            category: "deaths".into(),
            side: String::new(),
            scope: "whole".into(),
            claims: vec![],
            reason: String::new(),
        }
    }

    /// A run longer than the page, the articles' ranks rising and falling.
    fn run() -> Vec<(Article, Vec<Contest>)> {
        (0..3 * MAX_HTML_ARTICLES)
            .map(|n| {
                let conflicts = (n * 7) % 11;
                let divergent = (n * 5) % 3;
                let contests = (0..conflicts)
                    .map(|i| contest(i, Severity::Conflict))
                    .chain((0..divergent).map(|i| contest(conflicts + i, Severity::Divergent)))
                    .collect();
                (article(n), contests)
            })
            .collect()
    }

    fn files(dir: &Path) -> Vec<(std::ffi::OsString, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("list")
            .map(|e| {
                let e = e.expect("entry");
                (e.file_name(), std::fs::read(e.path()).expect("read"))
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn articles_rendered_ahead_of_the_writer_give_the_same_reports() {
        let registry = Registry::default();
        let dir = tempfile::tempdir().expect("temp dir");
        let (added, pushed) = (dir.path().join("added"), dir.path().join("pushed"));
        let mut report = StreamReport::new(&added, &registry).expect("open");
        for (a, contests) in run() {
            report.add(&a, &contests, &[]).expect("add");
        }
        report.finish().expect("finish");
        // Rendered a batch ahead, as the analysis threads do: the page's floor they
        // read is older than the writer's.
        let mut report = StreamReport::new(&pushed, &registry).expect("open");
        let renderer = report.renderer();
        let mut kept = 0;
        let articles = run();
        for batch in articles.chunks(16) {
            let rendered: Vec<RenderedArticle> = batch
                .iter()
                .map(|(a, c)| renderer.render(a.clone(), c.clone(), &[]))
                .collect();
            for r in rendered {
                kept += usize::from(r.shown.is_some());
                report.push(r).expect("push");
            }
        }
        report.finish().expect("finish");
        assert_eq!(files(&pushed), files(&added));
        let page = std::fs::read_to_string(added.join("report.html")).expect("page");
        assert!(page.contains("This page shows 100 of the 300 articles read"));
        assert!(
            kept < articles.len(),
            "the articles below a full page's floor are not kept: {kept} kept"
        );
    }
}
