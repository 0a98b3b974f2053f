//! The HTTP side of the link audit: polite requests, redirects, retries, statuses.
//!
//! [`Fetcher::send`] is the only way out: it waits for a slot of the URL's host (at
//! most `per_host` requests in flight, a request being in flight until its body is read
//! or dropped), for the host's interval since its previous
//! request started, then for a global slot, and only then starts the request, so two
//! requests to one host never start closer than `host_interval`. [`check_url`] sends
//! one `GET` per address: of a 2xx HTML page it reads the first `max_body` bytes (to
//! tell a "not found" page), of any other answer nothing (the body is dropped with its
//! connection). It follows redirects itself (the chain is kept, a loop or too long a
//! chain is an error, every hop is checked by the safety rules), and retries 429 and
//! 503 after their `Retry-After` (or a backoff). It does not ask `HEAD` first unless
//! told to (`head_first`, then `GET` only when `HEAD` is refused, and no body read): a
//! page needs its `GET` anyway to be told from a soft 404, so `HEAD` would double the
//! requests to every host (and some servers refuse it).

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use reqwest::{Method, Response, StatusCode};
use tokio::sync::Semaphore;
use url::Url;

use super::archive;
use super::cache::Cache;
use super::page::{page_text_off_the_runtime, PageText};
use super::safety::{refusal, GuardedResolver, REFUSED};
use super::{now_epoch, Archived, Check, LinkConfig, LinkRow, LinkStatus, LinkTarget};
use crate::error::{Error, Result};

/// One host's politeness: its slots and when its next request may start.
struct Gate {
    slots: Arc<Semaphore>,
    next: tokio::sync::Mutex<tokio::time::Instant>,
}

/// The client, with the limits every request goes through.
pub(crate) struct Fetcher {
    client: reqwest::Client,
    global: Semaphore,
    hosts: Mutex<HashMap<String, Arc<Gate>>>,
    /// With verification: the text of each page its check read, by cited URL.
    kept: Mutex<HashMap<String, Arc<PageText>>>,
    pub(crate) config: LinkConfig,
}

impl Fetcher {
    pub(crate) fn new(config: &LinkConfig) -> Result<Self> {
        let client = reqwest::Client::builder()
            .user_agent(config.user_agent.clone())
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(GuardedResolver {
                allow_private: config.allow_private,
            }))
            .build()
            .map_err(|e| Error::Fetch {
                address: "links".into(),
                message: format!("cannot build the HTTP client: {e}"),
            })?;
        Ok(Self {
            client,
            global: Semaphore::new(config.concurrency.max(1)),
            hosts: Mutex::new(HashMap::new()),
            kept: Mutex::new(HashMap::new()),
            config: config.clone(),
        })
    }

    /// Keeps the text of a page its check read, for verification.
    fn keep(&self, cited: &str, text: PageText) {
        let mut kept = match self.kept.lock() {
            Ok(k) => k,
            Err(poisoned) => poisoned.into_inner(),
        };
        kept.insert(cited.to_owned(), Arc::new(text));
    }

    /// The text of a page its check read, if it was kept.
    pub(crate) fn kept(&self, cited: &str) -> Option<Arc<PageText>> {
        let kept = match self.kept.lock() {
            Ok(k) => k,
            Err(poisoned) => poisoned.into_inner(),
        };
        kept.get(cited).cloned()
    }

    fn gate(&self, url: &Url) -> Arc<Gate> {
        let host = url.host_str().unwrap_or("").to_ascii_lowercase();
        let mut hosts = match self.hosts.lock() {
            Ok(h) => h,
            Err(poisoned) => poisoned.into_inner(),
        };
        hosts
            .entry(host)
            .or_insert_with(|| {
                Arc::new(Gate {
                    slots: Arc::new(Semaphore::new(self.config.per_host.max(1))),
                    next: tokio::sync::Mutex::new(tokio::time::Instant::now()),
                })
            })
            .clone()
    }

    /// Sends one request once the URL's host and the global limit allow it. The
    /// answer keeps both slots until it is dropped, its body read or abandoned.
    pub(crate) async fn send(&self, method: Method, url: &Url) -> reqwest::Result<Sent<'_>> {
        let gate = self.gate(url);
        let host = gate.slots.clone().acquire_owned().await.ok();
        let global;
        {
            let mut next = gate.next.lock().await;
            tokio::time::sleep_until(*next).await;
            global = self.global.acquire().await.ok();
            *next = tokio::time::Instant::now() + self.config.host_interval;
        }
        let response = self.client.request(method, url.clone()).send().await?;
        Ok(Sent {
            response,
            _host: host,
            _global: global,
        })
    }

    /// Sends a request, retrying a 429 or 503 after its `Retry-After` or a backoff.
    pub(crate) async fn send_retrying(
        &self,
        method: &Method,
        url: &Url,
    ) -> reqwest::Result<Sent<'_>> {
        let mut attempt = 0;
        loop {
            let sent = self.send(method.clone(), url).await?;
            let status = sent.response.status();
            let again = matches!(
                status,
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
            );
            if !again || attempt >= self.config.retries {
                return Ok(sent);
            }
            let wait = retry_after(&sent.response)
                .unwrap_or_else(|| Duration::from_millis(500 * 2u64.pow(attempt.min(10))));
            if wait > self.config.max_retry_wait {
                return Ok(sent);
            }
            drop(sent);
            // The wait is the host's: no other request to it starts before it is over.
            let gate = self.gate(url);
            {
                let mut next = gate.next.lock().await;
                *next = (*next).max(tokio::time::Instant::now() + wait);
            }
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// Reads at most `max_body` bytes of a body, then frees the request's slots.
    pub(crate) async fn body(&self, sent: Sent<'_>) -> reqwest::Result<Vec<u8>> {
        self.body_up_to(sent, self.config.max_body).await
    }

    /// Reads at most `cap` bytes of a body (the rest is never read), then frees the
    /// request's slots.
    pub(crate) async fn body_up_to(
        &self,
        mut sent: Sent<'_>,
        cap: usize,
    ) -> reqwest::Result<Vec<u8>> {
        let mut body = Vec::new();
        while let Some(chunk) = sent.response.chunk().await? {
            let room = cap.saturating_sub(body.len());
            body.extend_from_slice(chunk.get(..chunk.len().min(room)).unwrap_or(&[]));
            if body.len() >= cap {
                break;
            }
        }
        Ok(body)
    }
}

/// An answer, with the host's slot and the global one its request holds until it is
/// dropped: a body being read is still a request in flight.
pub(crate) struct Sent<'a> {
    /// The answer.
    pub(crate) response: Response,
    _host: Option<tokio::sync::OwnedSemaphorePermit>,
    _global: Option<tokio::sync::SemaphorePermit<'a>>,
}

/// The wait a `Retry-After` header asks for: seconds, or an HTTP date.
fn retry_after(response: &Response) -> Option<Duration> {
    let value = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// An error and its causes, joined.
pub(crate) fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let more = c.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = c.source();
    }
    text
}

/// The status of a request that got no answer.
fn failure(e: &reqwest::Error) -> (LinkStatus, String) {
    let text = chain(e);
    let lower = text.to_lowercase();
    if lower.contains(REFUSED) {
        return (LinkStatus::Skipped, text);
    }
    if e.is_timeout() {
        return (LinkStatus::Timeout, text);
    }
    let gone = [
        "dns error",
        "failed to lookup",
        "name or service not known",
        "no address associated",
        "nodename nor servname",
        "connection refused",
    ];
    if gone.iter().any(|g| lower.contains(g)) {
        (LinkStatus::Dead, text)
    } else {
        (LinkStatus::Error, text)
    }
}

fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.contains("html"))
}

/// An answer to `HEAD` that says nothing of the page: anything but a success, a
/// redirect, a page gone (404, 410) or a request to wait (429, 503). Servers answer a
/// `HEAD` they do not serve with 405 or 501, and also with 400, 403 or 500.
fn head_refused(status: StatusCode) -> bool {
    !(status.is_success()
        || status.is_redirection()
        || matches!(status.as_u16(), 404 | 410 | 429 | 503))
}

/// The answer is plain text.
fn is_plain(response: &Response) -> bool {
    response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("text/plain"))
}

/// Checks one URL.
pub(crate) async fn check_url(f: &Fetcher, cited: &str) -> Check {
    let started = Instant::now();
    let mut check = Check {
        url: cited.to_owned(),
        status: LinkStatus::Error,
        http_code: None,
        final_url: None,
        redirects: Vec::new(),
        checked_at: now_epoch(),
        elapsed_ms: 0,
        error: None,
    };
    let (status, error) = follow(f, cited, &mut check).await;
    check.status = status;
    check.error = error;
    check.elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    check
}

async fn follow(f: &Fetcher, cited: &str, check: &mut Check) -> (LinkStatus, Option<String>) {
    let mut url = match Url::parse(cited.trim()) {
        Ok(u) => u,
        Err(e) => return (LinkStatus::Skipped, Some(format!("not a URL: {e}"))),
    };
    if let Some(why) = refusal(&url, f.config.allow_private) {
        return (LinkStatus::Skipped, Some(why));
    }
    let first = url.clone();
    let mut method = if f.config.head_first {
        Method::HEAD
    } else {
        Method::GET
    };
    loop {
        let sent = match f.send_retrying(&method, &url).await {
            Ok(r) => r,
            // A server that drops a HEAD (not one that cannot be reached) may answer a GET.
            Err(e) if method == Method::HEAD && !e.is_timeout() && !e.is_connect() => {
                method = Method::GET;
                continue;
            }
            Err(e) => {
                let (status, text) = failure(&e);
                return (status, Some(text));
            }
        };
        let status = sent.response.status();
        if method == Method::HEAD && head_refused(status) {
            // HEAD refused (405, 501, or another error a GET may not get): the same
            // address again, with GET.
            method = Method::GET;
            continue;
        }
        check.http_code = Some(status.as_u16());
        if status.is_redirection() {
            let Some(next) = sent
                .response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| url.join(l).ok())
            else {
                return (
                    LinkStatus::Error,
                    Some(format!("HTTP {} without a Location", status.as_u16())),
                );
            };
            if next == first || check.redirects.iter().any(|r| r == next.as_str()) {
                check.redirects.push(next.to_string());
                check.final_url = Some(next.to_string());
                return (LinkStatus::Error, Some("a redirect loop".into()));
            }
            if check.redirects.len() >= f.config.max_redirects {
                return (
                    LinkStatus::Error,
                    Some(format!("more than {} redirects", f.config.max_redirects)),
                );
            }
            check.redirects.push(next.to_string());
            check.final_url = Some(next.to_string());
            if let Some(why) = refusal(&next, f.config.allow_private) {
                return (
                    LinkStatus::Skipped,
                    Some(format!("redirected to {next}: {why}")),
                );
            }
            url = next;
            continue;
        }
        return match status.as_u16() {
            200..=299 => page(f, &first, &url, sent, method == Method::GET, check).await,
            404 | 410 => (LinkStatus::Dead, None),
            401 | 403 | 429 => (LinkStatus::Blocked, None),
            code => (LinkStatus::Error, Some(format!("HTTP {code}"))),
        };
    }
}

/// A 2xx answer: a page, unless it is the site's home page after a redirect, or its
/// body (only a `GET`'s: `bodied`) says "not found" or asks for a captcha.
async fn page(
    f: &Fetcher,
    first: &Url,
    url: &Url,
    sent: Sent<'_>,
    bodied: bool,
    check: &mut Check,
) -> (LinkStatus, Option<String>) {
    let moved = !check.redirects.is_empty();
    let home = |u: &Url| u.path().trim_matches('/').is_empty() && u.query().is_none();
    if moved && home(url) && !home(first) {
        return (
            LinkStatus::SoftDead,
            Some("redirected to the site's home page".into()),
        );
    }
    let ok = if moved {
        LinkStatus::Redirect
    } else {
        LinkStatus::Ok
    };
    if !bodied {
        return (ok, None);
    }
    if !is_html(&sent.response) {
        // A text page is read here for verification too, so it is asked once.
        if f.config.verify && is_plain(&sent.response) {
            if let Ok(body) = f.body_up_to(sent, f.config.max_page).await {
                let text = String::from_utf8_lossy(&body).into_owned();
                f.keep(&check.url, PageText { lang: None, text });
            }
        }
        return (ok, None);
    }
    // With verification, the page is read here as far as a page is read, and kept:
    // one GET serves both.
    let cap = if f.config.verify {
        f.config.max_body.max(f.config.max_page)
    } else {
        f.config.max_body
    };
    let Ok(body) = f.body_up_to(sent, cap).await else {
        return (ok, None);
    };
    let scanned = body.get(..f.config.max_body).unwrap_or(&body);
    let text = String::from_utf8_lossy(scanned).to_lowercase();
    let title = text
        .split_once("<title")
        .and_then(|(_, rest)| rest.split_once('>'))
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map_or("", |(t, _)| t);
    let says = |phrases: &[String]| {
        phrases
            .iter()
            .map(|p| p.to_lowercase())
            .find(|p| !p.is_empty() && (title.contains(p.as_str()) || text.contains(p.as_str())))
    };
    if let Some(p) = says(&f.config.blocked_phrases) {
        return (LinkStatus::Blocked, Some(format!("the page says {p:?}")));
    }
    let in_title = f
        .config
        .not_found_phrases
        .iter()
        .map(|p| p.to_lowercase())
        .find(|p| !p.is_empty() && title.contains(p.as_str()));
    if let Some(p) = in_title {
        return (
            LinkStatus::SoftDead,
            Some(format!("the page's title says {p:?}")),
        );
    }
    if f.config.verify {
        let kept = body.get(..f.config.max_page).unwrap_or(&body);
        let html = String::from_utf8_lossy(kept).into_owned();
        if let Ok(text) = page_text_off_the_runtime(html).await {
            f.keep(&check.url, text);
        }
    }
    (ok, None)
}

/// Checks every target: each distinct URL once, archives looked up, rows in the
/// targets' order.
pub(crate) async fn run(
    fetcher: &Arc<Fetcher>,
    targets: &[LinkTarget],
    config: &LinkConfig,
) -> Result<Vec<LinkRow>> {
    let cache = Arc::new(Cache::open(config.cache.as_deref(), config.max_cache_age)?);
    // Each distinct URL, cited or archived, with the day to look for a copy near.
    let mut urls: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut cited: BTreeMap<String, Option<String>> = BTreeMap::new();
    for t in targets {
        cited.entry(t.url.clone()).or_insert_with(|| t.near.clone());
        urls.entry(t.url.clone()).or_insert(None);
        if let Some(a) = &t.archive_url {
            urls.entry(a.clone()).or_insert(None);
        }
    }
    let lookups: Vec<(String, Option<String>)> =
        if config.wayback_api.is_some() || config.wikiwix_api.is_some() {
            cited.into_iter().collect()
        } else {
            Vec::new()
        };
    let bar = progress(config, urls.len() + lookups.len(), "checks");
    let deadline = config.deadline.map(|d| tokio::time::Instant::now() + d);
    let mut checks: HashMap<String, Check> = HashMap::new();
    let mut found: HashMap<String, Option<Archived>> = HashMap::new();
    // Each job waits in the queue of the host it asks first, and at most `live` jobs of
    // a host run at once: enough to keep its slots busy while one sleeps before a
    // retry, few enough that thousands of URLs are not thousands of tasks competing
    // with the requests already on their way (which made them late, and the next
    // request to their host too early for the host).
    let live = config.per_host.max(1).saturating_mul(2);
    let mut waiting: HashMap<String, VecDeque<Job>> = HashMap::new();
    for url in urls.keys() {
        if let Some(c) = cache.check(url) {
            checks.insert(url.clone(), c);
            bar.inc(1);
            continue;
        }
        waiting
            .entry(host_key(url))
            .or_default()
            .push_back(Job::Check(url.clone()));
    }
    let archive_host = config
        .wayback_api
        .as_ref()
        .or(config.wikiwix_api.as_ref())
        .map_or(String::new(), |u| host_key(u.as_str()));
    for (url, near) in lookups {
        if let Some(a) = cache.archive(&url) {
            found.insert(url, a);
            bar.inc(1);
            continue;
        }
        waiting
            .entry(archive_host.clone())
            .or_default()
            .push_back(Job::Archive(url, near));
    }
    let mut tasks = tokio::task::JoinSet::new();
    let mut owners: HashMap<tokio::task::Id, String> = HashMap::new();
    for (host, queue) in &mut waiting {
        for job in queue.drain(..live.min(queue.len())) {
            spawn(&mut tasks, &mut owners, fetcher, host.clone(), job);
        }
    }
    let mut tally: BTreeMap<&'static str, usize> = BTreeMap::new();
    loop {
        let next = match deadline {
            Some(d) => match tokio::time::timeout_at(d, tasks.join_next_with_id()).await {
                Ok(n) => n,
                Err(_) => {
                    tasks.abort_all();
                    break;
                }
            },
            None => tasks.join_next_with_id().await,
        };
        let Some(done) = next else { break };
        // The host's next job takes the place of the one that ended, however it ended.
        let id = match &done {
            Ok((id, _)) => *id,
            Err(e) => e.id(),
        };
        if let Some(host) = owners.remove(&id) {
            if let Some(job) = waiting.get_mut(&host).and_then(VecDeque::pop_front) {
                spawn(&mut tasks, &mut owners, fetcher, host, job);
            }
        }
        match done.map(|(_, d)| d) {
            Ok(Done::Check(url, c)) => {
                cache.put_check(&c);
                *tally.entry(c.status.name()).or_insert(0) += 1;
                checks.insert(url, c);
            }
            Ok(Done::Archive(url, a)) => {
                if let Some(a) = &a.found {
                    cache.put_archive(&url, Some(a));
                } else if a.answered {
                    cache.put_archive(&url, None);
                }
                found.insert(url, a.found);
            }
            // A task that panicked or was cancelled leaves its URL unchecked.
            Err(_) => {}
        }
        bar.inc(1);
        bar.set_message(
            tally
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    bar.finish_and_clear();
    network_down(&mut checks);
    let unchecked = |url: &str| Check {
        url: url.to_owned(),
        status: LinkStatus::Skipped,
        http_code: None,
        final_url: None,
        redirects: Vec::new(),
        checked_at: now_epoch(),
        elapsed_ms: 0,
        error: Some("not checked before the overall deadline".into()),
    };
    let rows = targets
        .iter()
        .map(|t| {
            let check = checks
                .get(&t.url)
                .cloned()
                .unwrap_or_else(|| unchecked(&t.url));
            let archive_check = t
                .archive_url
                .as_ref()
                .map(|a| checks.get(a).cloned().unwrap_or_else(|| unchecked(a)));
            let own = archive_check
                .as_ref()
                .filter(|c| matches!(c.status, LinkStatus::Ok | LinkStatus::Redirect))
                .map(|c| Archived {
                    url: c.url.clone(),
                    time: archive::stamp_of(&c.url),
                    via: "reference".into(),
                });
            let archive = own.or_else(|| found.get(&t.url).cloned().flatten());
            LinkRow {
                target: t.clone(),
                check,
                archive_check,
                archive,
                read: None,
                verdicts: Vec::new(),
            }
        })
        .collect();
    Ok(rows)
}

/// When no host answered at all and every failure was a name or connection failure
/// across several hosts, the network is more likely down than every page dead: those
/// checks say so instead of `dead`.
fn network_down(checks: &mut HashMap<String, Check>) {
    let hosts: std::collections::HashSet<String> = checks
        .values()
        .filter(|c| c.status == LinkStatus::Dead)
        .filter_map(|c| Url::parse(&c.url).ok())
        .filter_map(|u| u.host_str().map(str::to_owned))
        .collect();
    let answered = checks.values().any(|c| c.http_code.is_some());
    if answered || hosts.len() < 3 {
        return;
    }
    for c in checks.values_mut() {
        if c.status == LinkStatus::Dead {
            c.status = LinkStatus::Error;
            let why = c.error.take().unwrap_or_default();
            c.error = Some(format!(
                "no host answered any request: the network may be down ({why})"
            ));
        }
    }
}

/// Work for one task: a URL to check, or a cited URL to look for in the archives
/// (with the day to look near).
enum Job {
    Check(String),
    Archive(String, Option<String>),
}

enum Done {
    Check(String, Check),
    Archive(String, archive::Lookup),
}

/// Starts a job, noting which host's queue it came from.
fn spawn(
    tasks: &mut tokio::task::JoinSet<Done>,
    owners: &mut HashMap<tokio::task::Id, String>,
    fetcher: &Arc<Fetcher>,
    host: String,
    job: Job,
) {
    let f = fetcher.clone();
    let task = tasks.spawn(async move {
        match job {
            Job::Check(url) => {
                let c = check_url(&f, &url).await;
                Done::Check(url, c)
            }
            Job::Archive(url, near) => {
                let a = archive::closest(&f, &url, near.as_deref()).await;
                Done::Archive(url, a)
            }
        }
    });
    owners.insert(task.id(), host);
}

/// The host a URL asks, as the politeness gates name it (empty for no URL).
fn host_key(url: &str) -> String {
    Url::parse(url.trim())
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .unwrap_or_default()
}

pub(crate) fn progress(config: &LinkConfig, total: usize, what: &str) -> ProgressBar {
    let shown = config.progress && std::io::IsTerminal::is_terminal(&std::io::stderr());
    if !shown {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(
        Some(u64::try_from(total).unwrap_or(u64::MAX)),
        ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = ProgressStyle::with_template(&format!(
        "{{bar:30}} {{pos}}/{{len}} {what}, {{per_sec}} — {{msg}}"
    )) {
        bar.set_style(style);
    }
    bar
}
