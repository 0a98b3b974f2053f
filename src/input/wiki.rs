//! Articles by address: the wikitext of a page (or of one revision) fetched through
//! its wiki's API.
//!
//! `https://fr.wikipedia.org/wiki/Bataille_de_Jisr_al-Choghour_(2015)` is asked of
//! `https://fr.wikipedia.org/w/api.php` (or of the API the caller names, so tests
//! and mirrors work) with `action=query&prop=revisions`, redirects followed. The
//! answer's revision id and timestamp travel with the text.

use std::time::Duration;

use percent_encoding::percent_decode_str;
use serde::Deserialize;
use url::Url;

use crate::error::{Error, Result};

/// How to reach the wikis.
#[derive(Debug, Clone)]
pub struct WikiClient {
    /// The API endpoint to ask instead of the page's own wiki (`--wiki-api`).
    pub api: Option<Url>,
    /// How long to wait for an answer.
    pub timeout: Duration,
    /// A URL or address where the wiki's operators can reach whoever runs the tool.
    pub contact: Option<String>,
}

impl Default for WikiClient {
    fn default() -> Self {
        WikiClient {
            api: None,
            timeout: Duration::from_secs(30),
            contact: None,
        }
    }
}

/// A page as the wiki gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The page's title (after any redirect).
    pub title: String,
    /// The title the address named, when it redirected to `title`.
    pub redirected_from: Option<String>,
    /// The revision read.
    pub revision: u64,
    /// When that revision was saved (ISO 8601, as the API gives it).
    pub timestamp: String,
    /// A permanent address of that revision.
    pub permalink: String,
    /// The wikitext.
    pub text: String,
}

/// What an article address names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The wiki's own API (`https://fr.wikipedia.org/w/api.php`).
    pub api: Url,
    /// The page's root (`https://fr.wikipedia.org`).
    pub site: String,
    /// The title, spaces for underscores, when the address gives one.
    pub title: Option<String>,
    /// The revision, for `?oldid=` addresses.
    pub oldid: Option<u64>,
}

/// Whether an input names an address rather than a file.
pub fn is_address(input: &str) -> bool {
    input.starts_with("https://") || input.starts_with("http://")
}

/// Reads an article address: `/wiki/Title`, `/w/index.php?title=Title`, `?oldid=N`.
///
/// # Errors
/// The address is not a URL, or names neither a page nor a revision.
pub fn parse_address(address: &str) -> Result<Address> {
    let bad = |why: &str| Error::Fetch {
        address: address.to_owned(),
        message: why.to_owned(),
    };
    let url = Url::parse(address).map_err(|e| bad(&format!("not an address ({e})")))?;
    let host = url
        .host_str()
        .ok_or_else(|| bad("an address with no host"))?;
    let site = match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    };
    let api = Url::parse(&format!("{site}/w/api.php"))
        .map_err(|e| bad(&format!("no API address ({e})")))?;
    let decode = |s: &str| percent_decode_str(s).decode_utf8_lossy().replace('_', " ");
    let mut title = url
        .path()
        .strip_prefix("/wiki/")
        .filter(|t| !t.is_empty())
        .map(decode);
    let mut oldid = None;
    for (key, value) in url.query_pairs() {
        match key.as_ref() {
            "title" if title.is_none() => title = Some(value.replace('_', " ")),
            "oldid" => {
                oldid = Some(
                    value
                        .parse()
                        .map_err(|_| bad(&format!("oldid={value} is not a revision number")))?,
                );
            }
            _ => {}
        }
    }
    if title.is_none() && oldid.is_none() {
        return Err(bad(
            "names no page: expected /wiki/Title, ?title=Title or ?oldid=N",
        ));
    }
    Ok(Address {
        api,
        site,
        title,
        oldid,
    })
}

/// The User-Agent sent to wikis and cited sites: the tool, its version, and where its
/// user can be reached.
pub fn user_agent(contact: Option<&str>) -> String {
    let contact = contact.unwrap_or("no contact given; set --contact");
    format!(
        "crosscheck/{} (sourcing audit of conflict articles; {contact})",
        env!("CARGO_PKG_VERSION")
    )
}

impl WikiClient {
    /// The User-Agent the wikis ask for: the tool, its version, and a contact.
    pub fn user_agent(&self) -> String {
        user_agent(self.contact.as_deref())
    }

    /// Fetches the wikitext of the page or revision an address names.
    ///
    /// # Errors
    /// The address names no page, the wiki cannot be reached or answers with an error,
    /// too late, or without the page (missing, invalid title, unknown revision).
    pub fn fetch(&self, address: &str) -> Result<Page> {
        let target = parse_address(address)?;
        let fail = |message: String| Error::Fetch {
            address: address.to_owned(),
            message,
        };
        let api = self.api.clone().unwrap_or_else(|| target.api.clone());
        let mut query: Vec<(&str, String)> = vec![
            ("action", "query".into()),
            ("prop", "revisions".into()),
            ("rvprop", "ids|timestamp|content".into()),
            ("rvslots", "main".into()),
            ("redirects", "1".into()),
            ("format", "json".into()),
            ("formatversion", "2".into()),
        ];
        match (target.oldid, &target.title) {
            (Some(id), _) => query.push(("revids", id.to_string())),
            (None, Some(title)) => query.push(("titles", title.clone())),
            (None, None) => return Err(fail("names no page".into())),
        }
        let client = reqwest::blocking::Client::builder()
            .user_agent(self.user_agent())
            .timeout(self.timeout)
            .build()
            .map_err(|e| fail(format!("cannot start an HTTP client: {e}")))?;
        let response = client.get(api.clone()).query(&query).send().map_err(|e| {
            fail(if e.is_timeout() {
                format!(
                    "{api} did not answer within {} s",
                    self.timeout.as_secs_f32()
                )
            } else if e.is_connect() {
                format!("cannot reach {api}: the network is down or the address is wrong")
            } else {
                format!("the request to {api} failed: {e}")
            })
        })?;
        let status = response.status();
        if !status.is_success() {
            return Err(fail(format!("{api} answered HTTP {status}")));
        }
        let body = response.text().map_err(|e| {
            fail(if e.is_timeout() {
                format!(
                    "{api} did not finish answering within {} s",
                    self.timeout.as_secs_f32()
                )
            } else {
                format!("the answer from {api} was cut off: {e}")
            })
        })?;
        let answer: Answer = serde_json::from_str(&body).map_err(|e| {
            fail(format!(
                "{api} gave an answer that is not the wiki API's JSON ({e})"
            ))
        })?;
        page_of(answer, &target).map_err(fail)
    }
}

/// The part of the API's answer this reads (`formatversion=2`).
#[derive(Debug, Deserialize)]
struct Answer {
    #[serde(default)]
    error: Option<ApiError>,
    #[serde(default)]
    query: Option<Query>,
}

#[derive(Debug, Deserialize)]
struct ApiError {
    #[serde(default)]
    code: String,
    #[serde(default)]
    info: String,
}

#[derive(Debug, Deserialize)]
struct Query {
    #[serde(default)]
    redirects: Vec<Redirect>,
    #[serde(default)]
    badrevids: Option<serde_json::Value>,
    #[serde(default)]
    pages: Vec<ApiPage>,
}

#[derive(Debug, Deserialize)]
struct Redirect {
    from: String,
    to: String,
}

#[derive(Debug, Deserialize)]
struct ApiPage {
    #[serde(default)]
    title: String,
    #[serde(default)]
    missing: bool,
    #[serde(default)]
    invalid: bool,
    #[serde(default)]
    invalidreason: Option<String>,
    #[serde(default)]
    revisions: Vec<Revision>,
}

#[derive(Debug, Deserialize)]
struct Revision {
    revid: u64,
    timestamp: String,
    slots: Slots,
}

#[derive(Debug, Deserialize)]
struct Slots {
    main: Slot,
}

#[derive(Debug, Deserialize)]
struct Slot {
    #[serde(default)]
    content: Option<String>,
}

/// The page in an answer, or why there is none.
fn page_of(answer: Answer, target: &Address) -> std::result::Result<Page, String> {
    if let Some(e) = answer.error {
        return Err(format!(
            "the wiki refused the request: {} ({})",
            e.info, e.code
        ));
    }
    let query = answer
        .query
        .ok_or_else(|| "the wiki's answer holds no query result".to_owned())?;
    if let (Some(id), Some(_)) = (target.oldid, &query.badrevids) {
        return Err(format!("revision {id} does not exist"));
    }
    let page = query
        .pages
        .into_iter()
        .next()
        .ok_or_else(|| "the wiki's answer holds no page".to_owned())?;
    if page.invalid {
        return Err(format!(
            "{:?} is not a valid title: {}",
            target.title.as_deref().unwrap_or(""),
            page.invalidreason.unwrap_or_default()
        ));
    }
    if page.missing {
        return Err(format!(
            "the page {:?} does not exist on {}",
            page.title, target.site
        ));
    }
    let revision = page
        .revisions
        .into_iter()
        .next()
        .ok_or_else(|| format!("the page {:?} has no revision to read", page.title))?;
    let text = revision.slots.main.content.ok_or_else(|| {
        format!(
            "revision {} has no readable content (hidden?)",
            revision.revid
        )
    })?;
    let redirected_from = query
        .redirects
        .into_iter()
        .find(|r| r.to == page.title)
        .map(|r| r.from);
    let permalink = format!(
        "{}/w/index.php?title={}&oldid={}",
        target.site,
        page.title.replace(' ', "_"),
        revision.revid
    );
    Ok(Page {
        title: page.title,
        redirected_from,
        revision: revision.revid,
        timestamp: revision.timestamp,
        permalink,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_name_a_page_or_a_revision() {
        let a = parse_address("https://fr.wikipedia.org/wiki/Bataille_de_Jisr_al-Choghour_(2015)")
            .expect("address");
        assert_eq!(a.api.as_str(), "https://fr.wikipedia.org/w/api.php");
        assert_eq!(
            a.title.as_deref(),
            Some("Bataille de Jisr al-Choghour (2015)")
        );
        assert_eq!(a.oldid, None);
        let a = parse_address("https://en.wikipedia.org/wiki/Battle_of_Jisr_al-Shughur_%282015%29")
            .expect("address");
        assert_eq!(a.title.as_deref(), Some("Battle of Jisr al-Shughur (2015)"));
        let a = parse_address(
            "https://fr.wikipedia.org/w/index.php?title=Bataille_de_Test&oldid=12345",
        )
        .expect("address");
        assert_eq!(
            (a.title.as_deref(), a.oldid),
            (Some("Bataille de Test"), Some(12345))
        );
        let a = parse_address("https://ar.wikipedia.org/wiki/%D9%85%D8%B9%D8%B1%D9%83%D8%A9")
            .expect("address");
        assert_eq!(a.title.as_deref(), Some("معركة"));
    }

    #[test]
    fn addresses_that_name_nothing_are_refused() {
        for bad in [
            "https://fr.wikipedia.org/",
            "https://fr.wikipedia.org/w/index.php?oldid=abc",
            "https://",
        ] {
            let e = parse_address(bad).expect_err(bad).to_string();
            assert!(e.starts_with(bad), "{e}");
        }
    }

    #[test]
    fn the_user_agent_names_the_tool_and_the_contact() {
        let client = WikiClient {
            contact: Some("https://fr.wikipedia.org/wiki/Utilisateur:Exemple".into()),
            ..WikiClient::default()
        };
        let ua = client.user_agent();
        assert!(ua.starts_with("crosscheck/"), "{ua}");
        assert!(ua.contains("Utilisateur:Exemple"), "{ua}");
    }
}
