//! Archived copies: the Internet Archive's availability API and Wikiwix's cache.
//!
//! The Wayback Machine is asked for the snapshot closest to the day given (the
//! reference's access date, else its publication date): `{api}?url=…&timestamp=…`,
//! answering `{"archived_snapshots":{"closest":{"available":true,"url":…,
//! "timestamp":"YYYYMMDDhhmmss","status":"200"}}}` or `{"archived_snapshots":{}}`.
//! Wikiwix is asked when the Wayback Machine has none: `{api}?url=…&apiresponse=1`,
//! answering `{"status":200,"timestamp":…,"datetime":"YYYYMMDDhhmmss",
//! "longformurl":…}`, a status of 400 or more meaning none. Both go through the
//! checker's politeness like any other request.

use reqwest::Method;
use serde::Deserialize;

use super::checker::Fetcher;
use super::Archived;

/// The Internet Archive's availability endpoint.
pub const WAYBACK_API: &str = "https://archive.org/wayback/available";
/// Wikiwix's cache endpoint.
pub const WIKIWIX_API: &str = "https://archive.wikiwix.com/cache/";

/// What the archives said of a URL.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookup {
    pub found: Option<Archived>,
    /// Some archive answered (so "none" is an answer worth caching).
    pub answered: bool,
}

#[derive(Deserialize)]
struct Wayback {
    archived_snapshots: Snapshots,
}

#[derive(Deserialize)]
struct Snapshots {
    closest: Option<Closest>,
}

#[derive(Deserialize)]
struct Closest {
    #[serde(default)]
    available: bool,
    url: String,
    timestamp: Option<String>,
    status: Option<String>,
}

#[derive(Deserialize)]
struct Wikiwix {
    status: serde_json::Value,
    datetime: Option<serde_json::Value>,
    longformurl: Option<String>,
}

/// `2015-05-24` → `20150524`: the day as the Wayback Machine takes it.
fn wayback_day(iso: &str) -> Option<String> {
    let digits: String = iso.chars().filter(char::is_ascii_digit).take(8).collect();
    (digits.len() >= 4).then_some(digits)
}

/// The snapshot time in a Wayback Machine address (`/web/20150526000000/…`).
///
/// ```
/// use crosscheck::links::archive::stamp_of;
/// assert_eq!(stamp_of("https://web.archive.org/web/20150526000000/https://x.org/a").as_deref(), Some("20150526000000"));
/// assert_eq!(stamp_of("https://archive.fo/abcde"), None);
/// ```
pub fn stamp_of(url: &str) -> Option<String> {
    let rest = url.split("/web/").nth(1)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (digits.len() >= 8).then_some(digits)
}

async fn get_json<T: for<'de> Deserialize<'de>>(f: &Fetcher, url: &url::Url) -> Option<T> {
    let sent = f.send(Method::GET, url).await.ok()?;
    if !sent.response.status().is_success() {
        return None;
    }
    let body = f.body(sent).await.ok()?;
    serde_json::from_slice(&body).ok()
}

/// The closest archived copy of `url` near the day `near`, from the Wayback Machine,
/// else from Wikiwix.
pub(crate) async fn closest(f: &Fetcher, url: &str, near: Option<&str>) -> Lookup {
    let mut lookup = Lookup::default();
    if let Some(api) = &f.config.wayback_api {
        let mut ask = api.clone();
        {
            let mut q = ask.query_pairs_mut();
            q.append_pair("url", url);
            if let Some(day) = near.and_then(wayback_day) {
                q.append_pair("timestamp", &day);
            }
        }
        if let Some(w) = get_json::<Wayback>(f, &ask).await {
            lookup.answered = true;
            if let Some(c) = w.archived_snapshots.closest {
                let good = c.status.as_deref().is_none_or(|s| s.starts_with('2'));
                if c.available && good && !c.url.is_empty() {
                    lookup.found = Some(Archived {
                        url: c.url,
                        time: c.timestamp,
                        via: "wayback".into(),
                    });
                    return lookup;
                }
            }
        }
    }
    if let Some(api) = &f.config.wikiwix_api {
        let mut ask = api.clone();
        ask.query_pairs_mut()
            .append_pair("url", url)
            .append_pair("apiresponse", "1");
        if let Some(w) = get_json::<Wikiwix>(f, &ask).await {
            lookup.answered = true;
            let status = match &w.status {
                serde_json::Value::Number(n) => n.as_u64(),
                serde_json::Value::String(s) => s.parse().ok(),
                _ => None,
            };
            if status.is_some_and(|s| s < 400) {
                let time = w.datetime.map(|d| match d {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                });
                // The copy is served at the cache's address for the URL.
                let mut copy = api.clone();
                copy.query_pairs_mut().append_pair("url", url);
                lookup.found = Some(Archived {
                    url: w.longformurl.unwrap_or_else(|| copy.to_string()),
                    time,
                    via: "wikiwix".into(),
                });
            }
        }
    }
    lookup
}
