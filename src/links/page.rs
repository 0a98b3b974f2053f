//! Reading a cited page for verification: what the reader of a reference would see.
//!
//! Input: the checked [`LinkRow`]s. Output: each row's [`PageRead`]: the live page when
//! its check says it answers (`ok`, `redirect`), else the archived copy found for it;
//! when the first fails at read time, the other. Each distinct address is read once,
//! however many references cite it: a live HTML or text page by the `GET` of its check
//! (which then reads as far as `max_page` and keeps the page's text), anything else (a
//! copy, a page whose check came from the cache or asked only `HEAD`) by a `GET` through the
//! checker's [`Fetcher`] (its per-host slots and interval, global limit, refused
//! addresses at every redirect, and at most `max_page` bytes of the body). An HTML
//! page is reduced to its visible text by html5ever (through `scraper`): scripts,
//! styles, navigation, asides and footers left out, block elements on lines of their
//! own (tags nested deeper than any real page, and attributes past the most a real tag
//! has, are blanked first, so the tokenizer and the tree builder stay linear:
//! [`crate::grammar::tags`]); a `text/plain` page is taken as it is; anything else (a PDF, an image) gives no text.
//!
//! Nothing of a page is run, and nothing of it is written to a report: only the
//! figures the quantity grammar reads in its text are compared ([`super::verify`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use reqwest::Method;
use scraper::{Html, Node};
use url::Url;

use super::checker::{chain, progress, Fetcher, Sent};
use super::safety::refusal;
use super::{LinkRow, LinkStatus};
use crate::grammar::tags;

/// Which copy of a page was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFrom {
    /// The cited address (after its redirects).
    Live,
    /// The archived copy found for it.
    Archive,
}

/// The text of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageText {
    /// The language the page declares (`<html lang="ar">`), when it does.
    pub lang: Option<String>,
    /// Its visible text.
    pub text: String,
}

/// What reading a reference's page gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRead {
    /// The address whose text was read, and which copy it is.
    pub from: Option<(String, ReadFrom)>,
    /// The text; `None` when none could be had.
    pub text: Option<Arc<PageText>>,
    /// Why no text could be had.
    pub error: Option<String>,
}

/// Elements whose text a reader does not see as the page's content.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "footer", "svg", "math", "iframe",
    "object", "button", "select", "textarea",
];

/// Elements that stand on lines of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
];

/// The visible text of an HTML page, and the language it declares.
///
/// ```
/// use crosscheck::links::page::html_text;
/// let page = html_text("<html lang=\"fr\"><head><title>Bilan</title><script>var n = 999;</script></head>\
///     <body><nav>Accueil</nav><p>Au moins <b>261</b> soldats tués.</p><footer>© 2015</footer></body></html>");
/// assert_eq!(page.lang.as_deref(), Some("fr"));
/// assert_eq!(page.text.split_whitespace().collect::<Vec<_>>().join(" "), "Bilan Au moins 261 soldats tués.");
/// ```
pub fn html_text(html: &str) -> PageText {
    let flat = tags::flatten(html, tags::MAX_NESTING, tags::MAX_ATTRIBUTES).text;
    let doc = Html::parse_document(&flat);
    let root = doc.root_element();
    let lang = ["lang", "xml:lang"]
        .iter()
        .find_map(|a| root.value().attr(a))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned);
    // A walk with an explicit stack: a page nested a million deep costs memory, not
    // the call stack.
    enum Step<N> {
        Open(N),
        Close,
    }
    let mut text = String::new();
    let mut stack = vec![Step::Open(*root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Open(n) => n,
            Step::Close => {
                text.push('\n');
                continue;
            }
        };
        match node.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIPPED.contains(&name) || e.attr("hidden").is_some() {
                    continue;
                }
                if BLOCKS.contains(&name) {
                    text.push('\n');
                    stack.push(Step::Close);
                }
                let children: Vec<_> = node.children().collect();
                stack.extend(children.into_iter().rev().map(Step::Open));
            }
            _ => {}
        }
    }
    PageText { lang, text }
}

/// Reads the page of every row that has one, each distinct address once; stops
/// at the deadline (what is left reads nothing).
pub(crate) async fn read_pages(
    fetcher: &Arc<Fetcher>,
    rows: &mut [LinkRow],
    deadline: Option<tokio::time::Instant>,
) {
    let choices: Vec<Vec<(String, ReadFrom)>> = rows.iter().map(candidates).collect();
    let mut read: HashMap<String, Result<Arc<PageText>, String>> = HashMap::new();
    // The pages their checks read already (not those from the cache): the live page,
    // and an archived copy the reference cites, which was checked too.
    for (row, choice) in rows.iter().zip(&choices) {
        if let Some((url, ReadFrom::Live)) = choice.first() {
            if let Some(text) = fetcher.kept(&row.check.url) {
                read.insert(url.clone(), Ok(text));
            }
        }
        for (url, _) in choice {
            if !read.contains_key(url) {
                if let Some(text) = fetcher.kept(url) {
                    read.insert(url.clone(), Ok(text));
                }
            }
        }
    }
    // First the preferred copy of each row, then, for the rows whose preferred copy
    // gave nothing, the other.
    for round in 0..2 {
        let wanted: HashSet<String> = choices
            .iter()
            .filter(|c| {
                c.iter()
                    .take(round)
                    .all(|(u, _)| read.get(u).is_some_and(Result::is_err))
            })
            .filter_map(|c| c.get(round))
            .map(|(u, _)| u.clone())
            .filter(|u| !read.contains_key(u))
            .collect();
        let bar = progress(&fetcher.config, wanted.len(), "pages");
        let mut tasks = tokio::task::JoinSet::new();
        for url in wanted {
            let f = fetcher.clone();
            tasks.spawn(async move {
                let text = fetch_text(&f, &url).await;
                (url, text)
            });
        }
        loop {
            let next = match deadline {
                Some(d) => match tokio::time::timeout_at(d, tasks.join_next()).await {
                    Ok(n) => n,
                    Err(_) => {
                        tasks.abort_all();
                        break;
                    }
                },
                None => tasks.join_next().await,
            };
            let Some(done) = next else { break };
            // A task that panicked or was cancelled leaves its page unread.
            if let Ok((url, text)) = done {
                read.insert(url, text.map(Arc::new));
            }
            bar.inc(1);
        }
        bar.finish_and_clear();
    }
    for (row, choice) in rows.iter_mut().zip(choices) {
        let mut last_error = None;
        let mut result = None;
        for (url, from) in &choice {
            match read.get(url) {
                Some(Ok(text)) => {
                    result = Some(PageRead {
                        from: Some((url.clone(), *from)),
                        text: Some(text.clone()),
                        error: None,
                    });
                    break;
                }
                Some(Err(e)) => last_error = Some(format!("{url}: {e}")),
                None => last_error = Some(format!("{url}: not read before the overall deadline")),
            }
        }
        row.read = Some(result.unwrap_or_else(|| PageRead {
            from: None,
            text: None,
            error: Some(last_error.unwrap_or_else(|| {
                format!(
                    "the page is {} and no archived copy is known",
                    row.check.status.name()
                )
            })),
        }));
    }
}

/// The copies of a row's page worth reading, preferred first: the live page when its
/// check says it answers, then the archived copy.
fn candidates(row: &LinkRow) -> Vec<(String, ReadFrom)> {
    let mut out = Vec::new();
    if matches!(row.check.status, LinkStatus::Ok | LinkStatus::Redirect) {
        let url = row.check.final_url.as_ref().unwrap_or(&row.check.url);
        out.push((url.clone(), ReadFrom::Live));
    }
    if let Some(a) = &row.archive {
        if !out.iter().any(|(u, _)| *u == a.url) {
            out.push((a.url.clone(), ReadFrom::Archive));
        }
    }
    out
}

/// Fetches a page's text: `GET`, redirects followed (each hop checked by the safety
/// rules), at most `max_page` bytes read.
async fn fetch_text(f: &Fetcher, address: &str) -> Result<PageText, String> {
    let mut url = Url::parse(address.trim()).map_err(|e| format!("not a URL: {e}"))?;
    let mut hops = 0;
    loop {
        if let Some(why) = refusal(&url, f.config.allow_private) {
            return Err(why);
        }
        let sent = f
            .send_retrying(&Method::GET, &url)
            .await
            .map_err(|e| chain(&e))?;
        let status = sent.response.status();
        if status.is_redirection() {
            let next = sent
                .response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| url.join(l).ok())
                .ok_or_else(|| format!("HTTP {} without a Location", status.as_u16()))?;
            hops += 1;
            if hops > f.config.max_redirects {
                return Err(format!("more than {} redirects", f.config.max_redirects));
            }
            url = next;
            continue;
        }
        if !status.is_success() {
            return Err(format!("HTTP {}", status.as_u16()));
        }
        return text_of(f, sent).await;
    }
}

/// The text of a 2xx answer: HTML reduced to its visible text, plain text as it is.
async fn text_of(f: &Fetcher, sent: Sent<'_>) -> Result<PageText, String> {
    let kind = sent
        .response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_ascii_lowercase);
    let plain = kind.as_deref().is_some_and(|k| k.starts_with("text/plain"));
    let html = kind
        .as_deref()
        .is_none_or(|k| k.contains("html") || k.contains("xml"));
    if !(plain || html) {
        return Err(format!(
            "the page is {}, not HTML or text",
            kind.as_deref().unwrap_or("")
        ));
    }
    let body = f
        .body_up_to(sent, f.config.max_page.max(1))
        .await
        .map_err(|e| chain(&e))?;
    let body = String::from_utf8_lossy(&body).into_owned();
    if plain {
        return Ok(PageText {
            lang: None,
            text: body,
        });
    }
    page_text_off_the_runtime(body).await
}

/// [`html_text`] on a thread for blocking work: a page's tree is CPU work, which
/// would hold up every request and timer on the runtime's workers.
pub(crate) async fn page_text_off_the_runtime(html: String) -> Result<PageText, String> {
    tokio::task::spawn_blocking(move || html_text(&html))
        .await
        .map_err(|e| format!("the page could not be read: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> String {
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_page_nested_too_deep_is_read_to_its_text() {
        let deep = format!(
            "<html><body>{}<p>au&nbsp;moins 6&#8239;000 soldats</p><script>var n = 999;</script>{}</body></html>",
            "<div>".repeat(200_000),
            "</div>".repeat(200_000)
        );
        let page = html_text(&deep);
        assert_eq!(page.text.trim(), "au\u{a0}moins 6\u{202f}000 soldats");
    }

    #[test]
    fn the_tree_walk_leaves_out_what_a_reader_does_not_see() {
        let page = html_text(
            "<html lang=\"en-GB\"><head><title>Toll</title><style>p{}</style></head><body>\
             <nav>1 2 3</nav><aside>Related: 99 dead</aside><div hidden>77</div>\
             <table><tr><td>261</td><td>12</td></tr></table><footer>2015</footer></body></html>",
        );
        assert_eq!(page.lang.as_deref(), Some("en-GB"));
        assert_eq!(words(&page.text), "Toll 261 12");
    }

    #[test]
    fn hostile_shapes_read_without_a_panic() {
        // Shapes that once made a scan quadratic: each reads, and no markup is text.
        for page in [
            "<script>x".repeat(100_000),
            "<a".repeat(300_000),
            "&".repeat(600_000),
            format!("{}{}", "<b>".repeat(2_000), "&amp".repeat(200_000)),
            format!("{}{}", "<div>".repeat(1_000), "<!--".repeat(200_000)),
        ] {
            let page = html_text(&page);
            assert!(!page.text.contains("<script"), "{:.80}", page.text);
        }
    }
}
