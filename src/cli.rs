//! The command line: clap's derive structs, turned into the library's [`Config`].

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use std::io::Write;

use crosscheck::{input, Config};

/// Every input was read.
pub const EXIT_OK: u8 = 0;
/// Some inputs could not be read; the reports hold the others.
pub const EXIT_PARTIAL: u8 = 1;
/// Nothing could be done (usage, grammars, no input read, reports not written).
pub const EXIT_FAILED: u8 = 2;

impl Cli {
    /// Runs the subcommand; returns the exit code.
    pub fn run(self) -> anyhow::Result<u8> {
        match self.command {
            Command::Analyze(args) => analyze(args),
            Command::Links(args) => links(args),
            Command::Quantities(args) => quantities(args),
            Command::Merge(args) => merge(args),
        }
    }
}

/// Audits the sourcing of Wikipedia-style articles about armed conflicts.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and write the CSV reports.
    #[command(after_long_help = ANALYZE_EXAMPLES)]
    Analyze(AnalyzeArgs),
    /// Check every reference URL of articles (politely, with archived copies) and write
    /// links.csv.
    #[command(after_long_help = LINKS_EXAMPLES)]
    Links(LinksArgs),
    /// Print every quantity the grammar reads in a text, one JSON object per line.
    #[command(after_long_help = QUANTITIES_EXAMPLES)]
    Quantities(QuantitiesArgs),
    /// Merge the report directories of several runs (a dump's shards) into one set.
    #[command(after_long_help = MERGE_EXAMPLES)]
    Merge(MergeArgs),
}

const MERGE_EXAMPLES: &str = "\
The per-article CSV files are concatenated in the order the directories are given;
sources.csv is summed per source and its scores computed again, as one run over all
the articles would give them; report.html holds the merged source table.

Examples:
  crosscheck analyze frwiki.xml.bz2 --shard 0/2 --out shard0/
  crosscheck analyze frwiki.xml.bz2 --shard 1/2 --out shard1/
  crosscheck merge shard0/ shard1/ --out reports/";

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The report directories to merge.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,

    /// Directory to write the merged reports into (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "crosscheck-reports")]
    pub out: PathBuf,

    /// Directory of lexicons and the source registry (as for `analyze`).
    #[arg(long, value_name = "DIR")]
    pub grammars: Option<PathBuf>,
}

fn merge(args: MergeArgs) -> anyhow::Result<u8> {
    let grammars = crosscheck::grammar::load_grammars(grammars_dir(args.grammars).as_deref())?;
    let written = crosscheck::report::merge(&args.dirs, &args.out, &grammars.registry)?;
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    println!("wrote {}", names.join(", "));
    Ok(EXIT_OK)
}

const LINKS_EXAMPLES: &str = "\
links.csv has one row per reference URL: article, ref, url, status (ok, redirect,
dead, soft_dead, blocked, timeout, error, skipped), http_code, final_url, redirects,
archive_url, archive_time, archive_via (reference, wayback, wikiwix),
cited_archive_status, checked_at, elapsed_ms, error, and with --verify page_read
(the live page or archived copy read), read_error, verification (claim:verdict).

With --verify, each distinct page is read once (at most --max-page bytes; a live
HTML page by its check's GET): the live page when it answers, else its archived
copy. Each claim's figure is looked for in its text with the quantity grammar of
the page's language (Arabic-Indic digits read as digits): a page verifies a claim
when it gives the same interval or the same written number (a range needs both
ends). In claims.csv, verification is 5:verified;8:figure_not_found;12:unreachable.

Each distinct URL is checked once; at most --per-host requests go to one host at a
time, --host-interval apart. Addresses inside your network are refused unless
--allow-private. Results are cached (--cache, --max-cache-age, --no-cache).

Examples:
  crosscheck links article.wiki --out reports/ --contact https://example.org/me
  crosscheck analyze article.wiki --check-links --suggest
  crosscheck analyze article.wiki --verify --out reports/";

const QUANTITIES_EXAMPLES: &str = "\
Each line is one quantity: {\"text\", \"start\", \"end\" (byte offsets), \"line\",
\"column\", \"low\", \"high\" (null when unbounded), \"approx\", \"qualifier\" (null,
at_least, more_than, about, nearly, up_to, fewer_than), \"range\"}.

Examples:
  echo \"au moins 261 morts et 900 000 à 1,1 million de déplacés\" | crosscheck quantities --lang fr
  crosscheck quantities seeds/fr_bataille_de_jisr_al_choghour_2015.txt";

/// Arguments of `quantities`.
#[derive(Debug, clap::Args)]
pub struct QuantitiesArgs {
    /// The text to read; `-` or nothing reads standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    pub input: PathBuf,

    /// Language of the text (a lexicon's code: fr, en); detected when absent.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Directory of lexicons and the source registry (as for `analyze`).
    #[arg(long, value_name = "DIR")]
    pub grammars: Option<PathBuf>,
}

/// The grammars directory: the flag, else $CROSSCHECK_GRAMMARS, else ./grammars when
/// it exists; `None` means the copy built into the binary.
pub fn grammars_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| {
        std::env::var_os("CROSSCHECK_GRAMMARS")
            .map(PathBuf::from)
            .or_else(|| {
                let local = PathBuf::from("grammars");
                local.join("sources.csv").is_file().then_some(local)
            })
    })
}

const ANALYZE_EXAMPLES: &str = "\
Reports (one set for all the inputs of a run; a second run into the same
directory replaces them):
  references.csv  every reference: backlinks, uses, citing sentences, authors,
                  agency, title, publisher, site, dates, dead-link mark, source keys
  sources.csv     every cited source with its registry kind, alignment, standing
  sentences.csv   every sentence and infobox value with the references it cites
  findings.csv    missing or uncited references, numbering and backlink problems,
                  unreadable entries, citation-needed marks, with line and column

Examples:
  Analyse the seed articles into reports/:
    crosscheck analyze seeds/*.txt --out reports/
  Read an article from standard input, in English:
    crosscheck analyze - --lang en < article.txt
  Use an edited copy of the vocabulary and source registry:
    crosscheck analyze article.txt --grammars my-grammars/
  Read a whole wiki's dump (plain or bzip2 XML; a multistream dump's index beside
  it is used to decompress its streams in parallel), the articles of one category:
    crosscheck analyze frwiki-latest-pages-articles-multistream.xml.bz2 \\
      --category \"Bataille de la guerre civile syrienne\" --out reports/
  The same, into one SQLite database, titles chosen by a regular expression:
    crosscheck analyze dump.xml --title-regex '^(Bataille|Siège) ' --out dump.sqlite

Exit status: 0 when every input was read, 1 when some could not be (the
reports hold the others), 2 when nothing could be done.";

/// The inputs and how to read them, for `analyze` and `links`.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Article files (plain text copied from the page, tokenized text, wikitext), or
    /// article addresses (https://fr.wikipedia.org/wiki/…, ?oldid=… for a revision);
    /// `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Directory to write the reports into (created if missing); a path ending in
    /// .sqlite, .sqlite3 or .db writes one SQLite database instead.
    #[arg(long, short, value_name = "DIR", default_value = "crosscheck-reports")]
    pub out: PathBuf,

    /// Directory of lexicons (*.toml) and the source registry (sources.csv).
    /// Default: $CROSSCHECK_GRAMMARS, else ./grammars when it exists, else the copy
    /// built into the binary.
    #[arg(long, value_name = "DIR")]
    pub grammars: Option<PathBuf>,

    /// Language of the articles (a lexicon's code: fr, en); detected when absent (a
    /// dump's pages: the language its root declares, when the grammars have it).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Input format: rendered (copied from the page), tokenized, wikitext or html
    /// (saved from the browser, or the wiki's rendered HTML); detected from the content
    /// when absent.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// The MediaWiki API to fetch addresses from, instead of each page's own wiki's
    /// (`https://fr.wikipedia.org/w/api.php` for a fr.wikipedia.org address).
    #[arg(long, value_name = "URL")]
    pub wiki_api: Option<url::Url>,

    /// Seconds to wait for a wiki's answer.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub timeout: f64,

    /// Where the wiki's operators can reach you (a URL or an e-mail address), sent in
    /// the User-Agent as the wikis ask. Default: $CROSSCHECK_CONTACT.
    #[arg(long, value_name = "CONTACT", env = "CROSSCHECK_CONTACT")]
    pub contact: Option<String>,
}

/// Arguments of `analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// The inputs.
    #[command(flatten)]
    pub input: InputArgs,

    /// Print, for each contested figure, the wikitext the article could carry: every
    /// figure attributed to its source, or the inline template for a dispute; with
    /// --check-links, the archive parameters for each dead link with a copy.
    #[arg(long)]
    pub suggest: bool,

    /// Check every reference URL too, and write links.csv (see `crosscheck links`).
    #[arg(long)]
    pub check_links: bool,

    /// Which pages of a dump to read.
    #[command(flatten)]
    pub dump: DumpArgs,

    /// How to check links.
    #[command(flatten)]
    pub link: LinkArgs,
}

/// Which pages of a MediaWiki dump to analyse (any input may be a dump: XML, or
/// bzip2-compressed, multistream dumps with their index beside them included).
#[derive(Debug, clap::Args)]
pub struct DumpArgs {
    /// Only the pages in this category (`[[Catégorie:…]]`, `[[Category:…]]` in the
    /// page's text; without case, `_` as a space); repeat for several (any of them).
    #[arg(long, value_name = "NAME")]
    pub category: Vec<String>,

    /// Only the pages whose title this regular expression matches (Rust regex syntax).
    #[arg(long, value_name = "REGEX")]
    pub title_regex: Option<String>,

    /// The namespaces to read (repeat or separate with commas); default: 0, articles.
    #[arg(long, value_name = "N", value_delimiter = ',')]
    pub namespace: Vec<i64>,

    /// Only the pages of shard I of N (0 <= I < N), chosen by a stable hash of the
    /// title (of the name, for an input that is not a dump): run 0/N … N-1/N on N
    /// machines, then `crosscheck merge` their reports.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<String>,
}

/// Parses `I/N` with `I < N`.
fn parse_shard(text: &str) -> anyhow::Result<(u64, u64)> {
    let parsed = text
        .split_once('/')
        .and_then(|(i, n)| Some((i.trim().parse::<u64>().ok()?, n.trim().parse::<u64>().ok()?)))
        .filter(|&(i, n)| i < n);
    parsed.ok_or_else(|| anyhow::anyhow!("--shard {text:?}: expected I/N with 0 <= I < N, as 0/4"))
}

impl DumpArgs {
    /// The page filter these arguments ask for.
    pub fn into_filter(self) -> anyhow::Result<input::dump::PageFilter> {
        let title = self
            .title_regex
            .as_deref()
            .map(regex::Regex::new)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--title-regex: {e}"))?;
        Ok(input::dump::PageFilter {
            namespaces: self.namespace,
            title,
            categories: self.category,
            category_prefixes: Vec::new(),
            shard: self.shard.as_deref().map(parse_shard).transpose()?,
        })
    }
}

/// Arguments of `links`.
#[derive(Debug, clap::Args)]
pub struct LinksArgs {
    /// The inputs.
    #[command(flatten)]
    pub input: InputArgs,

    /// Print, for each dead link with an archived copy, the citation parameters to
    /// add (archive URL and date, and the dead mark).
    #[arg(long)]
    pub suggest: bool,

    /// How to check links.
    #[command(flatten)]
    pub link: LinkArgs,
}

/// How the link checker behaves.
#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    /// Requests in flight at once, all hosts together.
    #[arg(long, value_name = "N", default_value_t = 32)]
    pub concurrency: usize,

    /// Requests in flight at once to one host.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub per_host: usize,

    /// Milliseconds between the starts of two requests to one host.
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    pub host_interval: u64,

    /// Seconds to wait for one answer.
    #[arg(long, value_name = "SECONDS", default_value_t = 20.0)]
    pub link_timeout: f64,

    /// Seconds the whole check may take; what is left is reported as skipped.
    #[arg(long, value_name = "SECONDS")]
    pub deadline: Option<f64>,

    /// Redirects followed at most.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub max_redirects: usize,

    /// Retries of an answer 429 or 503.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub retries: u32,

    /// Bytes read of any answer's body at most.
    #[arg(long, value_name = "BYTES", default_value_t = 256 * 1024)]
    pub max_body: usize,

    /// The Internet Archive's availability endpoint (`?url=…&timestamp=…` is added).
    #[arg(long, value_name = "URL", default_value = crosscheck::links::archive::WAYBACK_API)]
    pub wayback_api: url::Url,

    /// Wikiwix's cache endpoint (`?url=…&apiresponse=1` is added).
    #[arg(long, value_name = "URL", default_value = crosscheck::links::archive::WIKIWIX_API)]
    pub wikiwix_api: url::Url,

    /// Do not look for archived copies.
    #[arg(long)]
    pub no_archives: bool,

    /// Read the page each reference points to (the live page, else its archived copy)
    /// and look for each claim's figure in it: claims.csv's `verification` column
    /// (verified, figure_not_found, unreachable per reference), links.csv's
    /// `verification`. Implies the link audit.
    #[arg(long)]
    pub verify: bool,

    /// Bytes read of a page read for --verify at most.
    #[arg(long, value_name = "BYTES", default_value_t = 2 * 1024 * 1024)]
    pub max_page: usize,

    /// Ask HEAD first, and GET only when HEAD is refused (405, 501): lighter on the
    /// sites, but no page is read, so soft 404s and captchas pass as ok. By default one
    /// GET per address reads the first --max-body bytes of an HTML page to tell them.
    #[arg(long)]
    pub head: bool,

    /// Check private, loopback and link-local addresses too (tests, intranets).
    #[arg(long)]
    pub allow_private: bool,

    /// The cache file. Default: $XDG_CACHE_HOME/crosscheck/links.jsonl, else
    /// ~/.cache/crosscheck/links.jsonl.
    #[arg(long, value_name = "PATH")]
    pub cache: Option<PathBuf>,

    /// Use no cache.
    #[arg(long, conflicts_with = "cache")]
    pub no_cache: bool,

    /// Hours a cached check stays good.
    #[arg(long, value_name = "HOURS", default_value_t = 168.0)]
    pub max_cache_age: f64,

    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

fn seconds(name: &str, value: f64) -> anyhow::Result<std::time::Duration> {
    if !(value.is_finite() && value > 0.0) {
        anyhow::bail!("--{name} {value} is not a positive number of seconds");
    }
    Ok(std::time::Duration::from_secs_f64(value.min(1e9)))
}

impl LinkArgs {
    /// The checker's configuration.
    pub fn into_config(
        self,
        contact: Option<&str>,
    ) -> anyhow::Result<crosscheck::links::LinkConfig> {
        let archives = !self.no_archives;
        Ok(crosscheck::links::LinkConfig {
            concurrency: self.concurrency.max(1),
            per_host: self.per_host.max(1),
            host_interval: std::time::Duration::from_millis(self.host_interval),
            timeout: seconds("link-timeout", self.link_timeout)?,
            deadline: self.deadline.map(|d| seconds("deadline", d)).transpose()?,
            max_redirects: self.max_redirects,
            retries: self.retries,
            max_retry_wait: std::time::Duration::from_secs(60),
            max_body: self.max_body.max(1),
            wayback_api: archives.then_some(self.wayback_api),
            wikiwix_api: archives.then_some(self.wikiwix_api),
            allow_private: self.allow_private,
            user_agent: crosscheck::input::wiki::user_agent(contact),
            cache: if self.no_cache {
                None
            } else {
                self.cache.or_else(crosscheck::links::cache::default_path)
            },
            max_cache_age: std::time::Duration::from_secs_f64(
                (self.max_cache_age.max(0.0) * 3600.0).min(1e12),
            ),
            progress: !self.quiet,
            not_found_phrases: Vec::new(),
            blocked_phrases: Vec::new(),
            verify: self.verify,
            max_page: self.max_page.max(1),
            head_first: self.head,
        })
    }
}

impl InputArgs {
    /// The library configuration these arguments ask for.
    pub fn into_config(self) -> anyhow::Result<Config> {
        let format = self
            .format
            .as_deref()
            .map(input::parse_format)
            .transpose()?;
        let grammars = grammars_dir(self.grammars);
        if !(self.timeout.is_finite() && self.timeout > 0.0) {
            anyhow::bail!(
                "--timeout {} is not a positive number of seconds",
                self.timeout
            );
        }
        Ok(Config {
            inputs: self.inputs,
            out: self.out,
            grammars,
            lang: self.lang,
            format,
            suggest: false,
            links: None,
            links_only: false,
            filter: Default::default(),
            progress: None,
            wiki: crosscheck::input::wiki::WikiClient {
                api: self.wiki_api,
                timeout: std::time::Duration::from_secs_f64(self.timeout.min(86_400.0)),
                contact: self.contact.filter(|c| !c.trim().is_empty()),
            },
        })
    }
}

fn quantities(args: QuantitiesArgs) -> anyhow::Result<u8> {
    let grammars = crosscheck::grammar::load_grammars(grammars_dir(args.grammars).as_deref())?;
    let text = crosscheck::input::read_text(&args.input)?;
    let doc = crosscheck::input::Document::new(args.input.display().to_string(), text);
    let found = crosscheck::quantities_in(&doc, &grammars, args.lang.as_deref())?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    crosscheck::report::write_quantities(&mut out, &doc.text, &found)?;
    out.flush()?;
    Ok(EXIT_OK)
}

fn analyze(args: AnalyzeArgs) -> anyhow::Result<u8> {
    let mut config = args.input.into_config()?;
    config.suggest = args.suggest;
    config.filter = args.dump.into_filter()?;
    let progress = (!args.link.quiet).then(crate::progress::Progress::new);
    config.progress = progress.as_ref().map(crate::progress::Progress::sink);
    if args.check_links || args.link.verify {
        config.links = Some(args.link.into_config(config.wiki.contact.as_deref())?);
    }
    let result = crosscheck::run(&config);
    if let Some(p) = progress {
        p.finish();
    }
    report(result?)
}

fn links(args: LinksArgs) -> anyhow::Result<u8> {
    let mut config = args.input.into_config()?;
    config.suggest = args.suggest;
    config.links = Some(args.link.into_config(config.wiki.contact.as_deref())?);
    config.links_only = true;
    report(crosscheck::run(&config)?)
}

fn report(outcome: crosscheck::Outcome) -> anyhow::Result<u8> {
    for warning in &outcome.warnings {
        eprintln!("crosscheck: warning: {warning}");
    }
    for failure in &outcome.failures {
        eprintln!("crosscheck: error: {}", with_causes(failure));
    }
    let mut out = std::io::stdout().lock();
    let color = std::io::IsTerminal::is_terminal(&std::io::stdout());
    crosscheck::report::write_summary(&mut out, &outcome, color)?;
    out.write_all(outcome.suggestions.as_bytes())?;
    out.flush()?;
    Ok(match (outcome.read() == 0, outcome.failed() == 0) {
        (true, _) => EXIT_FAILED,
        (false, true) => EXIT_OK,
        (false, false) => EXIT_PARTIAL,
    })
}

/// An error and its causes, as `{:#}` prints an anyhow chain.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}
