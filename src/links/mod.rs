//! The link audit: every reference URL checked once, politely, with its archived copies.
//!
//! Input: [`LinkTarget`]s (a reference's URL, its archive URL, the date to look for a
//! copy near) and a [`LinkConfig`]. Output: one [`LinkRow`] per reference URL, with
//! the [`Check`] of its distinct URL (however many references cite it) and the
//! archived copy found. The checker ([`checker`]) runs on tokio and reqwest (rustls)
//! with a global concurrency limit, a per-host limit and a minimum interval between
//! two requests to one host; it refuses private, loopback and link-local addresses
//! ([`safety`]) unless told otherwise. Archived copies come from the Internet
//! Archive's availability API and Wikiwix ([`archive`]), at configurable addresses.
//! Results are cached ([`cache`]) as they come, so an interrupted run keeps them.
//! With `verify`, the page each reference points to (live, else its archived copy) is
//! then read ([`page`]) through the same polite client, and [`verify`] looks for each
//! claim's figure in it.

pub mod archive;
pub mod cache;
pub mod checker;
pub mod page;
pub mod safety;
pub mod verify;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::Article;

/// What became of a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkStatus {
    /// A 2xx answer at the address itself.
    Ok,
    /// A 2xx answer after redirects.
    Redirect,
    /// 404, 410, an unknown host, a refused connection.
    Dead,
    /// A 2xx page that says "not found", or a site's home page after a redirect.
    SoftDead,
    /// 401, 403, 429 after retries, a captcha.
    Blocked,
    /// No answer within the timeout.
    Timeout,
    /// Anything else: a 5xx after retries, a redirect loop, a broken answer.
    Error,
    /// Not checked, and why (`error` says): a scheme other than http(s), a private
    /// address, the overall deadline.
    Skipped,
}

impl LinkStatus {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            LinkStatus::Ok => "ok",
            LinkStatus::Redirect => "redirect",
            LinkStatus::Dead => "dead",
            LinkStatus::SoftDead => "soft_dead",
            LinkStatus::Blocked => "blocked",
            LinkStatus::Timeout => "timeout",
            LinkStatus::Error => "error",
            LinkStatus::Skipped => "skipped",
        }
    }

    /// The page is gone (an archived copy is what a reader needs).
    pub fn is_gone(self) -> bool {
        matches!(self, LinkStatus::Dead | LinkStatus::SoftDead)
    }
}

/// The check of one distinct URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// The URL as cited.
    pub url: String,
    /// What became of it.
    pub status: LinkStatus,
    /// The last HTTP status received, if any.
    pub http_code: Option<u16>,
    /// Where the redirects ended, when there were any.
    pub final_url: Option<String>,
    /// The redirect chain: every address after the first.
    pub redirects: Vec<String>,
    /// When it was checked (seconds since the Unix epoch).
    pub checked_at: u64,
    /// How long the check took, retries and waits included.
    pub elapsed_ms: u64,
    /// What went wrong, or why it was skipped.
    pub error: Option<String>,
}

/// An archived copy of a URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Archived {
    /// The copy's address.
    pub url: String,
    /// When the copy was made, `YYYYMMDDhhmmss`, when the archive says.
    pub time: Option<String>,
    /// Who holds it: `reference` (the article cites it), `wayback`, `wikiwix`.
    pub via: String,
}

/// A reference URL to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// The article's name.
    pub article: String,
    /// The reference's number.
    pub reference: u32,
    /// The cited URL.
    pub url: String,
    /// The archived copy the reference already gives.
    pub archive_url: Option<String>,
    /// The day to look for a copy near: the access date, else the publication date
    /// (ISO 8601).
    pub near: Option<String>,
}

/// One reference URL, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    /// The reference URL.
    pub target: LinkTarget,
    /// The check of its URL.
    pub check: Check,
    /// The check of the archived copy the reference gives, if it gives one.
    pub archive_check: Option<Check>,
    /// The best archived copy known: the reference's own when it answers, else the
    /// archives' closest.
    pub archive: Option<Archived>,
    /// The page read for verification (`verify` only).
    pub read: Option<page::PageRead>,
    /// What that page says of each claim citing the reference: claim id and verdict
    /// (`verify` only).
    pub verdicts: Vec<(String, crate::model::Verdict)>,
}

/// How to check.
#[derive(Debug, Clone)]
pub struct LinkConfig {
    /// Requests in flight at once, all hosts together.
    pub concurrency: usize,
    /// Requests in flight at once to one host.
    pub per_host: usize,
    /// The least time between the starts of two requests to one host.
    pub host_interval: Duration,
    /// The longest wait for one answer.
    pub timeout: Duration,
    /// The whole run stops after this; what is left is `skipped`.
    pub deadline: Option<Duration>,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Retries of a 429 or 503 answer.
    pub retries: u32,
    /// The longest wait a `Retry-After` may ask for; longer means `blocked`/`error`.
    pub max_retry_wait: Duration,
    /// Bytes read of any body at most.
    pub max_body: usize,
    /// The Internet Archive's availability endpoint (`None`: not asked).
    pub wayback_api: Option<url::Url>,
    /// Wikiwix's cache endpoint (`None`: not asked).
    pub wikiwix_api: Option<url::Url>,
    /// Private, loopback and link-local addresses are checked too.
    pub allow_private: bool,
    /// The User-Agent sent.
    pub user_agent: String,
    /// The cache file (`None`: no cache).
    pub cache: Option<std::path::PathBuf>,
    /// Cached checks older than this are done again.
    pub max_cache_age: Duration,
    /// Show a progress bar (on a terminal only).
    pub progress: bool,
    /// Phrases of a page title that says the page is not found (every lexicon's).
    pub not_found_phrases: Vec<String>,
    /// Phrases of a page that stands in front of the page asked for (a captcha).
    pub blocked_phrases: Vec<String>,
    /// Read each reference's page (live, else its archived copy) after the checks, for
    /// verification.
    pub verify: bool,
    /// Bytes read of a page read for verification at most.
    pub max_page: usize,
    /// Ask `HEAD` first and `GET` only when `HEAD` is refused (405, 501): lighter on
    /// the sites, but no body is read, so soft 404s and captchas pass as `ok`.
    pub head_first: bool,
}

impl Default for LinkConfig {
    fn default() -> Self {
        Self {
            concurrency: 32,
            per_host: 2,
            host_interval: Duration::from_millis(1000),
            timeout: Duration::from_secs(20),
            deadline: None,
            max_redirects: 10,
            retries: 2,
            max_retry_wait: Duration::from_secs(60),
            max_body: 256 * 1024,
            wayback_api: url::Url::parse(archive::WAYBACK_API).ok(),
            wikiwix_api: url::Url::parse(archive::WIKIWIX_API).ok(),
            allow_private: false,
            user_agent: crate::input::wiki::user_agent(None),
            cache: None,
            max_cache_age: Duration::from_secs(7 * 86_400),
            progress: false,
            not_found_phrases: Vec::new(),
            blocked_phrases: Vec::new(),
            verify: false,
            max_page: 2 * 1024 * 1024,
            head_first: false,
        }
    }
}

/// The reference URLs of articles, in article and reference order.
pub fn targets(articles: &[Article]) -> Vec<LinkTarget> {
    let mut out = Vec::new();
    for a in articles {
        for r in &a.references {
            let Some(url) = r.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) else {
                continue;
            };
            out.push(LinkTarget {
                article: a.name.clone(),
                reference: r.number,
                url: url.to_owned(),
                archive_url: r.archive_url.clone(),
                near: r
                    .access_date
                    .clone()
                    .or_else(|| r.date.clone())
                    .filter(|d| d.len() >= 4 && d.as_bytes()[..4].iter().all(u8::is_ascii_digit)),
            });
        }
    }
    out
}

/// Checks every target's URL (each distinct URL once), its archived copy, and looks
/// for copies in the archives; with `config.verify`, then reads each distinct page
/// the rows point to once (see [`page::read_pages`]), through the same client, so the
/// per-host limits hold across both.
///
/// # Errors
/// The HTTP client or the runtime cannot be built, or the cache cannot be opened.
pub fn check(targets: &[LinkTarget], config: &LinkConfig) -> Result<Vec<LinkRow>> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Fetch {
            address: "links".into(),
            message: format!("cannot start the HTTP runtime: {e}"),
        })?;
    runtime.block_on(async {
        let started = tokio::time::Instant::now();
        let fetcher = Arc::new(checker::Fetcher::new(config)?);
        let mut rows = checker::run(&fetcher, targets, config).await?;
        if config.verify {
            let deadline = config.deadline.map(|d| started + d);
            page::read_pages(&fetcher, &mut rows, deadline).await;
        }
        Ok(rows)
    })
}

/// Counts of rows by status, in the order of [`LinkStatus`].
pub fn counts(rows: &[LinkRow]) -> BTreeMap<&'static str, usize> {
    let mut out = BTreeMap::new();
    for r in rows {
        *out.entry(r.check.status.name()).or_insert(0) += 1;
    }
    out
}

/// Seconds since the Unix epoch, now.
pub fn now_epoch() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// An epoch time as RFC 3339 in UTC (`2026-11-21T14:05:09Z`).
///
/// ```
/// assert_eq!(crosscheck::links::rfc3339(0), "1970-01-01T00:00:00Z");
/// assert_eq!(crosscheck::links::rfc3339(1_432_598_400), "2015-05-26T00:00:00Z");
/// ```
pub fn rfc3339(epoch: u64) -> String {
    let days = i64::try_from(epoch / 86_400).unwrap_or(0);
    let secs = epoch % 86_400;
    // Civil from days; a time past the years a date can have (no clock gives one)
    // is written as the epoch.
    let (y, m, d) = crate::grammar::period::from_day_number(days).unwrap_or((1970, 1, 1));
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}
