//! The streamed run, for MediaWiki dumps: pages read one at a time, analysed in
//! parallel, their rows written as they come, in memory that does not grow with the
//! dump.
//!
//! Three stages hand batches to each other through bounded channels: a reader thread
//! (dumps page by page, filtered; a multistream dump with its index is decompressed a
//! few bzip2 streams at a time, in parallel; other inputs one article each), the
//! analysis (rayon, every core, the batch's order kept), and a writer thread (the
//! [`StreamReport`], in input order, so the reports are the same on any machine). At
//! most a few batches are alive at once; an article is dropped once written.
//!
//! A page that cannot be read or analysed is a failure naming the dump, the place and
//! the page, and the run goes on. It does not print: progress goes to
//! [`Config::progress`], failures into the [`Outcome`].

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::input::dump::{self, Compression, Page, PageFilter, Skip};
use crate::input::{self, Document};
use crate::model::{Article, Format, Revision};
use crate::report::{RenderedArticle, Renderer, StreamReport};
use crate::{analysis, Config, Grammars, Outcome};

/// Pages in a batch at most.
const BATCH_PAGES: usize = 64;
/// Bytes of wikitext in a batch at most (a batch ends after the page that passes it).
const BATCH_BYTES: usize = 4 << 20;
/// The most failures an [`Outcome`] lists; the others are counted.
pub const MAX_FAILURES_KEPT: usize = 1000;

/// What a streamed run read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DumpStats {
    /// Pages read from the dumps.
    pub pages: u64,
    /// Articles analysed and written (dump pages and other inputs).
    pub analysed: u64,
    /// Redirects skipped.
    pub redirects: u64,
    /// Pages outside the namespaces asked for.
    pub other_namespaces: u64,
    /// Pages left out by `--title-regex`, `--category` or `--shard`, and other inputs
    /// left out by `--shard`.
    pub filtered: u64,
    /// Pages and inputs that could not be read or analysed.
    pub failed: u64,
}

/// Where a streamed run is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Bytes read of the input files (compressed bytes for a bzip2 dump).
    pub bytes_done: u64,
    /// The input files' sizes.
    pub bytes_total: u64,
    /// Pages read.
    pub pages: u64,
    /// Articles analysed and written.
    pub articles: u64,
}

/// A function told the run's [`Progress`] after each batch written.
#[derive(Clone)]
pub struct ProgressSink(pub Arc<dyn Fn(&Progress) + Send + Sync>);

impl std::fmt::Debug for ProgressSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ProgressSink")
    }
}

/// Tells whether any input is a dump (by its content).
///
/// # Errors
/// An input file cannot be opened or read.
pub fn any_dump(inputs: &[PathBuf]) -> Result<bool> {
    for path in inputs {
        if dump::sniff(path)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// One thing to analyse, in the run's order.
enum Unit {
    /// A document and how to read it.
    Doc {
        doc: Document,
        format: Option<Format>,
        revision: Option<Revision>,
        /// The lexicon of the language the page's dump declares (its root's `xml:lang`).
        lang: Option<Arc<str>>,
    },
    /// An article already read (a fetched address).
    Article(Box<Article>),
    /// An input or page that could not be read.
    Failed(Error),
}

impl Unit {
    fn weight(&self) -> usize {
        match self {
            Unit::Doc { doc, .. } => doc.text.len(),
            _ => 0,
        }
    }
}

/// A unit analysed, made ready for the report.
enum Done {
    Article(Box<RenderedArticle>),
    Failed(Error),
}

/// What one stage hands the next: batches, then `End` once every input was read.
/// A channel that closes without `End` is a stage that stopped short (a panic): the
/// reports are then dropped, never committed.
enum Msg<T> {
    Batch(T),
    End,
}

/// What the reader hands on: a batch, and the pages read so far.
struct Batch {
    units: Vec<Unit>,
    pages: u64,
}

/// The reader's side: batches filled and sent, counts kept.
struct Feeder<'a> {
    tx: SyncSender<Msg<Batch>>,
    units: Vec<Unit>,
    bytes: usize,
    stats: &'a mut DumpStats,
    /// The receiver is gone (the run stopped): read no more.
    closed: bool,
    /// The lexicon of the language the dump being read declares, given to each of its
    /// pages (none when it declares none the grammars have).
    lang: Option<Arc<str>>,
}

impl Feeder<'_> {
    fn push(&mut self, unit: Unit) {
        self.bytes += unit.weight();
        self.units.push(unit);
        if self.units.len() >= BATCH_PAGES || self.bytes >= BATCH_BYTES {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.units.is_empty() || self.closed {
            return;
        }
        let units = std::mem::take(&mut self.units);
        self.bytes = 0;
        if self
            .tx
            .send(Msg::Batch(Batch {
                units,
                pages: self.stats.pages,
            }))
            .is_err()
        {
            self.closed = true;
        }
    }

    /// Says that every input was read.
    fn end(&mut self) {
        self.flush();
        if !self.closed && self.tx.send(Msg::End).is_err() {
            self.closed = true;
        }
    }

    /// Hands one page of `file` on, or counts why it is skipped.
    fn page(
        &mut self,
        file: &str,
        page: Result<Page>,
        filter: &PageFilter,
        format: Option<Format>,
    ) {
        let page = match page {
            Ok(p) => p,
            Err(e) => {
                self.push(Unit::Failed(e));
                return;
            }
        };
        self.stats.pages += 1;
        match filter.skip(&page) {
            Some(Skip::Redirect) => self.stats.redirects += 1,
            Some(Skip::Namespace) => self.stats.other_namespaces += 1,
            Some(Skip::Title | Skip::Category | Skip::Shard) => self.stats.filtered += 1,
            None => {
                let revision = Revision {
                    id: page.revision,
                    timestamp: page.timestamp,
                    address: file.to_owned(),
                    redirected_from: None,
                };
                self.push(Unit::Doc {
                    doc: Document::new(page.title, page.text),
                    format: format.or(Some(Format::Wikitext)),
                    revision: Some(revision),
                    lang: self.lang.clone(),
                });
            }
        }
    }
}

/// Reads every input in order and feeds the units on.
fn read_inputs(
    config: &Config,
    grammars: &Grammars,
    filter: &PageFilter,
    done: &AtomicU64,
    feeder: &mut Feeder<'_>,
    warnings: &mut Vec<String>,
) {
    for path in &config.inputs {
        if feeder.closed {
            return;
        }
        let name = path.display().to_string();
        let (compression, lang) = match dump::sniff(path) {
            Ok(Some(head)) => (Some(head.compression), head.lang),
            Ok(None) => (None, None),
            Err(e) => {
                feeder.push(Unit::Failed(e));
                continue;
            }
        };
        // The wiki's language, when the dump declares one a lexicon reads: a page of the
        // French Wikipedia is read in French, whatever it quotes.
        feeder.lang = lang
            .and_then(|l| grammars.lexicon_for(&l))
            .map(|lex| Arc::from(lex.lang.as_str()));
        // A dump's pages are sharded by title; any other input by its name, as given,
        // so that each shard of a run analyses it once between them.
        if let (None, Some((i, n))) = (compression, filter.shard) {
            if dump::shard_of(&name, n) != i {
                feeder.stats.filtered += 1;
                continue;
            }
        }
        if let Some(address) = path.to_str().filter(|p| input::wiki::is_address(p)) {
            let unit = match crate::fetch_article(address, config, grammars, warnings) {
                Ok(a) => Unit::Article(Box::new(a)),
                Err(e) => Unit::Failed(e),
            };
            feeder.push(unit);
            continue;
        }
        let size = std::fs::metadata(path).map_or(0, |m| m.len());
        match compression {
            None => {
                let unit = match input::read(path) {
                    Ok(doc) => Unit::Doc {
                        doc,
                        format: config.format,
                        revision: None,
                        lang: None,
                    },
                    Err(e) => Unit::Failed(e),
                };
                done.fetch_add(size, Ordering::Relaxed);
                feeder.push(unit);
            }
            Some(Compression::Bzip2) if dump::index_path(path).is_some() => {
                let index = dump::index_path(path).unwrap_or_default();
                match dump::read_index(&index, size) {
                    Ok(ranges) => {
                        read_multistream(path, &name, &ranges, config, filter, done, feeder);
                    }
                    Err(e) => {
                        warnings.push(format!(
                            "{e}; reading {name} as one stream instead, on one core"
                        ));
                        read_sequential(
                            path,
                            &name,
                            Compression::Bzip2,
                            config,
                            filter,
                            done,
                            feeder,
                        );
                    }
                }
            }
            Some(compression) => {
                read_sequential(path, &name, compression, config, filter, done, feeder);
            }
        }
    }
    feeder.flush();
}

fn read_sequential(
    path: &Path,
    name: &str,
    compression: Compression,
    config: &Config,
    filter: &PageFilter,
    done: &AtomicU64,
    feeder: &mut Feeder<'_>,
) {
    let counter = Arc::new(AtomicU64::new(0));
    let reader = match dump::open(path, compression, Arc::clone(&counter)) {
        Ok(r) => r,
        Err(e) => {
            feeder.push(Unit::Failed(e));
            return;
        }
    };
    let mut counted = 0;
    for page in dump::PageReader::new(name, reader) {
        feeder.page(name, page, filter, config.format);
        let now = counter.load(Ordering::Relaxed);
        done.fetch_add(now - counted, Ordering::Relaxed);
        counted = now;
        if feeder.closed {
            return;
        }
    }
}

/// Reads a multistream dump a few streams at a time: read in order, decompressed and
/// parsed in parallel, their pages handed on in order. A range too large to hold
/// ([`dump::MAX_RANGE`] compressed, [`dump::MAX_STREAM`] decompressed) is streamed
/// instead, on one core: memory stays bounded whatever the index says.
fn read_multistream(
    path: &Path,
    name: &str,
    ranges: &[(u64, u64)],
    config: &Config,
    filter: &PageFilter,
    done: &AtomicU64,
    feeder: &mut Feeder<'_>,
) {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(source) => {
            feeder.push(Unit::Failed(Error::Io {
                path: path.to_path_buf(),
                source,
            }));
            return;
        }
    };
    let group = rayon::current_num_threads().max(1) * 2;
    let small = |&(start, end): &(u64, u64)| end.saturating_sub(start) <= dump::MAX_RANGE;
    let mut rest = ranges;
    while !rest.is_empty() {
        let count = rest.iter().take(group).take_while(|r| small(r)).count();
        let (chunk, after) = rest.split_at(count.max(1));
        rest = after;
        if count == 0 {
            // One range too large to hold.
            for &(start, end) in chunk {
                stream_range(&mut file, path, name, start, end, config, filter, feeder);
                done.fetch_add(end - start, Ordering::Relaxed);
            }
        } else {
            let mut compressed = Vec::with_capacity(chunk.len());
            for &(start, end) in chunk {
                match dump::read_range(&mut file, path, start, end) {
                    Ok(bytes) => compressed.push((start, end, bytes)),
                    Err(e) => {
                        feeder.push(Unit::Failed(e));
                        return;
                    }
                }
                done.fetch_add(end - start, Ordering::Relaxed);
            }
            let pages: Vec<Option<Vec<Result<Page>>>> = compressed
                .par_iter()
                .map(|(start, _, bytes)| {
                    match dump::decompress_stream(name, *start, bytes, dump::MAX_STREAM) {
                        Ok(Some(xml)) => {
                            Some(dump::PageReader::fragment(name, *start, xml.as_slice()).collect())
                        }
                        Ok(None) => None,
                        Err(e) => Some(vec![Err(e)]),
                    }
                })
                .collect();
            let bounds: Vec<(u64, u64)> = compressed.iter().map(|(s, e, _)| (*s, *e)).collect();
            drop(compressed);
            for (pages, (start, end)) in pages.into_iter().zip(bounds) {
                match pages {
                    Some(pages) => {
                        for page in pages {
                            feeder.page(name, page, filter, config.format);
                        }
                    }
                    // Too large decompressed: read again as it decompresses.
                    None => stream_range(&mut file, path, name, start, end, config, filter, feeder),
                }
                if feeder.closed {
                    return;
                }
            }
        }
        if feeder.closed {
            return;
        }
    }
}

/// Reads the pages of one range of a multistream dump as it decompresses.
#[allow(clippy::too_many_arguments)] // the reader's context, passed as the others are
fn stream_range(
    file: &mut std::fs::File,
    path: &Path,
    name: &str,
    start: u64,
    end: u64,
    config: &Config,
    filter: &PageFilter,
    feeder: &mut Feeder<'_>,
) {
    match dump::stream_range(file, path, name, start, end) {
        Ok(pages) => {
            for page in pages {
                feeder.page(name, page, filter, config.format);
                if feeder.closed {
                    return;
                }
            }
        }
        Err(e) => feeder.push(Unit::Failed(e)),
    }
}

/// Analyses one unit and formats its rows; a panic in the grammar, the analysis or the
/// formatting is that page's failure, not the run's, and writes none of its rows.
fn analyze(unit: Unit, config: &Config, grammars: &Grammars, renderer: &Renderer<'_>) -> Done {
    let name = match &unit {
        Unit::Failed(_) => String::new(),
        Unit::Article(a) => a.name.clone(),
        Unit::Doc { doc, .. } => doc.name.clone(),
    };
    let run = std::panic::AssertUnwindSafe(|| analyze_unit(unit, config, grammars, renderer));
    match std::panic::catch_unwind(run) {
        Ok(done) => done,
        Err(_) => Done::Failed(Error::Input {
            location: crate::Location {
                file: name,
                line: 1,
                column: 1,
            },
            message: "the analysis failed on this article (a bug: please report it)".into(),
        }),
    }
}

/// Reads one unit's article, finds its contested figures and formats its rows.
fn analyze_unit(unit: Unit, config: &Config, grammars: &Grammars, renderer: &Renderer<'_>) -> Done {
    let article = match unit {
        Unit::Failed(e) => return Done::Failed(e),
        Unit::Article(a) => *a,
        Unit::Doc {
            doc,
            format,
            revision,
            lang,
        } => {
            let lang = config.lang.as_deref().or(lang.as_deref());
            match crate::analyze_document(&doc, grammars, lang, format) {
                Ok(mut a) => {
                    a.revision = revision;
                    a
                }
                Err(e) => return Done::Failed(e),
            }
        }
    };
    let (contests, comparisons) = analysis::find_contested(&article);
    Done::Article(Box::new(renderer.render(article, contests, &comparisons)))
}

/// Writes the analysed batches in order; returns the files written (none when no
/// article was read), the failures kept and the counts.
fn write_batches(
    rx: Receiver<Msg<(Vec<Done>, u64)>>,
    mut report: StreamReport<'_>,
    config: &Config,
    done: &AtomicU64,
    total: u64,
) -> Result<(Vec<PathBuf>, Vec<Error>, u64, u64)> {
    let mut failures = Vec::new();
    let mut failed = 0u64;
    let mut ended = false;
    for msg in rx {
        let (batch, pages) = match msg {
            Msg::Batch(b) => b,
            Msg::End => {
                ended = true;
                break;
            }
        };
        for item in batch {
            match item {
                Done::Article(rendered) => report.push(*rendered)?,
                Done::Failed(e @ Error::Usage(_)) => return Err(e),
                Done::Failed(e) => {
                    failed += 1;
                    if failures.len() < MAX_FAILURES_KEPT {
                        failures.push(e);
                    }
                }
            }
        }
        if let Some(sink) = &config.progress {
            (sink.0)(&Progress {
                bytes_done: done.load(Ordering::Relaxed),
                bytes_total: total,
                pages,
                articles: report.articles(),
            });
        }
    }
    if !ended {
        // A stage stopped short: the report is dropped, its temporary files with it,
        // and what is in `out` stays.
        return Err(Error::Aborted(
            "the run stopped before its end (a bug: please report it); no report was written"
                .into(),
        ));
    }
    let analysed = report.articles();
    // Nothing read, nothing written: the reports already in `out` stay.
    let written = if analysed == 0 {
        Vec::new()
    } else {
        report.finish()?
    };
    Ok((written, failures, analysed, failed))
}

/// Runs `analyze` on inputs that hold a dump: everything is streamed (see the module
/// documentation); the outcome holds no article, only the counts in `dump`.
///
/// # Errors
/// A language is asked for that no lexicon has, or the reports cannot be written.
pub(crate) fn run(config: &Config, grammars: &Grammars) -> Result<Outcome> {
    run_with(config, grammars, |filter, done, feeder, warnings| {
        read_inputs(config, grammars, filter, done, feeder, warnings);
    })
}

/// [`run`], the inputs read by `read`.
fn run_with<F>(config: &Config, grammars: &Grammars, read: F) -> Result<Outcome>
where
    F: FnOnce(&PageFilter, &AtomicU64, &mut Feeder<'_>, &mut Vec<String>) + Send,
{
    let mut filter = config.filter.clone();
    for lexicon in &grammars.lexicons {
        for prefix in &lexicon.wikitext.category_prefixes {
            if !filter.category_prefixes.contains(prefix) {
                filter.category_prefixes.push(prefix.clone());
            }
        }
    }
    let total: u64 = config
        .inputs
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let done = AtomicU64::new(0);
    let mut stats = DumpStats::default();
    let mut warnings = grammars.warnings.clone();
    let report = StreamReport::new(&config.out, &grammars.registry)?;
    let renderer = report.renderer();
    let (batch_tx, batch_rx) = sync_channel::<Msg<Batch>>(1);
    let (done_tx, done_rx) = sync_channel::<Msg<(Vec<Done>, u64)>>(1);
    let written = std::thread::scope(|scope| {
        let reader = scope.spawn(|| {
            let mut feeder = Feeder {
                tx: batch_tx,
                units: Vec::new(),
                bytes: 0,
                stats: &mut stats,
                closed: false,
                lang: None,
            };
            read(&filter, &done, &mut feeder, &mut warnings);
            feeder.end();
        });
        let writer = scope.spawn(|| write_batches(done_rx, report, config, &done, total));
        let mut read_all = false;
        for msg in batch_rx {
            let batch = match msg {
                Msg::Batch(b) => b,
                Msg::End => {
                    read_all = true;
                    break;
                }
            };
            let analysed: Vec<Done> = batch
                .units
                .into_par_iter()
                .map(|u| analyze(u, config, grammars, &renderer))
                .collect();
            if done_tx.send(Msg::Batch((analysed, batch.pages))).is_err() {
                break;
            }
        }
        // The reader stops at its next send once the batches are no longer taken
        // (`batch_rx` is gone); a panic in it ends the run with an error, and the
        // writer, told no `End`, commits nothing.
        let reader = reader.join();
        if read_all && reader.is_ok() {
            // The writer may have stopped on an error of its own: it says which.
            let _ = done_tx.send(Msg::End);
        }
        drop(done_tx);
        (reader.is_ok(), writer.join())
    });
    let (read, written) = written;
    let written = match written {
        Ok(result) => result,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    if !read {
        return Err(Error::Aborted(
            "reading the inputs failed (a bug: please report it); no report was written".into(),
        ));
    }
    let (written, failures, analysed, failed) = written?;
    stats.analysed = analysed;
    stats.failed = failed;
    Ok(Outcome {
        articles: Vec::new(),
        failures,
        written,
        warnings,
        contests: Vec::new(),
        comparisons: Vec::new(),
        suggestions: String::new(),
        links: Vec::new(),
        dump: Some(stats),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(out: &Path) -> Config {
        Config {
            inputs: Vec::new(),
            out: out.to_path_buf(),
            grammars: None,
            lang: None,
            format: None,
            suggest: false,
            wiki: crate::input::wiki::WikiClient::default(),
            links: None,
            links_only: false,
            filter: PageFilter::default(),
            progress: None,
        }
    }

    fn article() -> Unit {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fr_bataille_de_test.wiki");
        let text = std::fs::read_to_string(path).expect("the fixture reads");
        Unit::Doc {
            doc: Document::new("Bataille de Test".to_owned(), text),
            format: Some(Format::Wikitext),
            revision: None,
            lang: None,
        }
    }

    /// What `out` holds: names and contents.
    fn contents(out: &Path) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = std::fs::read_dir(out)
            .expect("list")
            .map(|e| {
                let e = e.expect("entry");
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                (e.file_name().to_string_lossy().into_owned(), text)
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn a_reader_that_panics_commits_no_report() {
        let grammars = crate::grammar::load_grammars(None).expect("the built-in grammars load");
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).expect("out");
        std::fs::write(out.join("claims.csv"), "the last good run\n").expect("write");
        let before = contents(&out);
        let config = config(&out);
        let run = run_with(&config, &grammars, |_, _, feeder, _| {
            feeder.push(article());
            feeder.flush();
            panic!("a reader bug");
        });
        assert!(matches!(run, Err(Error::Aborted(_))), "{run:?}");
        assert_eq!(
            contents(&out),
            before,
            "nothing committed, no temporary file left"
        );
        // The same reader, ending: the reports are written.
        let run = run_with(&config, &grammars, |_, _, feeder, _| feeder.push(article()));
        assert_eq!(run.expect("the run ends").dump.map(|d| d.analysed), Some(1));
        assert_ne!(contents(&out), before);
    }
}
