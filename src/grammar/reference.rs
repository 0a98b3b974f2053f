//! One entry of a rendered reference list, French or English, and the sources it
//! resolves to.
//!
//! French (fr.wikipedia's `{{Lien web}}`, `{{Article}}` rendered and copied):
//! `5. a b c d et e (en) « Title », sur archive.fo, Publisher, (consulté le )`,
//! with agencies and authors before the title (`AFP, « … »`, `OLJ avec AFP, « … »`,
//! `Caleb Weiss, « … »`) and a dead original shown as
//! `(Archive.orgWikiwixArchive.isGoogleQue faire ?)` glued after the title.
//! English (`{{cite web}}`): `5. ^ a b Last, First (24 May 2015). "Title". Work.
//! Agency. Archived from the original on 2015-05-26. Retrieved 2015-05-27.`
//!
//! Input: the entry's line and the article's lexicon. Output: a [`Reference`] with
//! its names resolved against the registry. An entry the grammar cannot read at all
//! is an `Err` with the column and what was expected; the caller makes it a finding.

use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, digit1, space0, space1};
use nom::combinator::{cut, map_res, opt, recognize};
use nom::error::{context, ContextError, FromExternalError, ParseError};
use nom::sequence::{delimited, terminated};
use nom::{IResult, Parser};
use nom_language::error::{VerboseError, VerboseErrorKind};

use super::date::parse_date;
use super::lexicon::{Lexicon, MonthWords};
use super::text::{find_folded, fold_char, squash_spaces, strip_prefix_folded};
use crate::model::{Reference, Registry, Source};

/// The number that opens an entry. Accepts `5. `.
pub fn entry_number<'a, E>(i: &'a str) -> IResult<&'a str, u32, E>
where
    E: ParseError<&'a str>
        + ContextError<&'a str>
        + FromExternalError<&'a str, std::num::ParseIntError>,
{
    context(
        "reference number",
        terminated(map_res(digit1, str::parse::<u32>), (char('.'), space1)),
    )
    .parse(i)
}

/// A language tag. Accepts `(en) `, `(en-US) `.
pub fn lang_tag<'a, E>(i: &'a str) -> IResult<&'a str, &'a str, E>
where
    E: ParseError<&'a str> + ContextError<&'a str>,
{
    let code = recognize((
        take_while_m_n(2, 3, |c: char| c.is_ascii_lowercase()),
        opt((
            char('-'),
            take_while_m_n(2, 4, |c: char| c.is_ascii_alphanumeric()),
        )),
    ));
    context(
        "language tag",
        terminated(delimited(char('('), code, char(')')), space0),
    )
    .parse(i)
}

/// A quoted title, nested guillemets included. Accepts `« a « b » c »`, `“a”`, `"a"`.
pub fn quoted<'a, E>(i: &'a str) -> IResult<&'a str, &'a str, E>
where
    E: ParseError<&'a str> + ContextError<&'a str>,
{
    let (open, close) = match i.chars().next() {
        Some('«') => ('«', '»'),
        Some('“') => ('“', '”'),
        Some('"') => ('"', '"'),
        _ => {
            return Err(nom::Err::Error(E::add_context(
                i,
                "opening quote",
                E::from_error_kind(i, nom::error::ErrorKind::Char),
            )))
        }
    };
    let body = &i[open.len_utf8()..];
    let mut depth = 0usize;
    for (pos, c) in body.char_indices() {
        if c == close {
            if depth == 0 {
                return Ok((&body[pos + close.len_utf8()..], &body[..pos]));
            }
            depth -= 1;
        } else if c == open && open != close {
            depth += 1;
        }
    }
    Err(nom::Err::Failure(E::add_context(
        i,
        "closing quote",
        E::from_error_kind(body, nom::error::ErrorKind::Char),
    )))
}

/// The backlink letters: `a b c et d ` (French), `a b c ` (English). Fewer than two
/// letters is no backlink list: an entry cited once shows none. Returns the count.
pub fn backlinks<'a>(
    and_word: &str,
) -> impl Fn(&'a str) -> IResult<&'a str, u32, VerboseError<&'a str>> + '_ {
    move |i: &'a str| {
        let mut rest = i;
        let mut count = 0u32;
        loop {
            let expected = backlink_label(count);
            let mut after = rest;
            let mut joined = false;
            if count > 0 && !and_word.is_empty() {
                if let Some(r) = after
                    .strip_prefix(and_word)
                    .and_then(|r| r.strip_prefix(' '))
                {
                    after = r;
                    joined = true;
                }
            }
            match after
                .strip_prefix(expected.as_str())
                .and_then(|r| r.strip_prefix(' '))
            {
                Some(r) => {
                    rest = r;
                    count += 1;
                    if joined {
                        break;
                    }
                }
                None => break,
            }
        }
        if count >= 2 {
            Ok((rest, count))
        } else {
            Ok((i, 1))
        }
    }
}

/// The n-th backlink label (0 → `a`, 25 → `z`, 26 → `aa`), as MediaWiki numbers them.
fn backlink_label(n: u32) -> String {
    let letter = |k: u32| char::from_u32(u32::from(b'a') + k).unwrap_or('?');
    if n < 26 {
        letter(n).to_string()
    } else {
        format!("{}{}", letter(n / 26 - 1), letter(n % 26))
    }
}

/// An entry's parts before its names are resolved.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Parts {
    number: Option<u32>,
    backlinks: u32,
    lang: Option<String>,
    /// Names before the title: authors, agencies, "X avec Y".
    before_title: Vec<String>,
    /// Names after the title: periodical, publisher, agency (English).
    after_title: Vec<String>,
    title: Option<String>,
    site: Option<String>,
    date: Option<String>,
    access_date: Option<String>,
    dead: bool,
    archive_date: Option<String>,
}

/// An entry the grammar could not read: where (0-based character column in the
/// line) and what it expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    /// 0-based character offset in the line.
    pub column: usize,
    /// What the grammar expected.
    pub expected: String,
}

/// An entry's head: number, English caret, backlink count, language tag.
type Head<'a> = (Option<u32>, bool, u32, Option<&'a str>);

/// Reads the head of an entry: number, English caret, backlinks, language tag.
fn head<'a>(line: &'a str, lexicon: &Lexicon) -> IResult<&'a str, Head<'a>, VerboseError<&'a str>> {
    let (rest, number) = opt(entry_number).parse(line)?;
    let (rest, caret) = opt(terminated(char('^'), space0)).parse(rest)?;
    // French pages show `↑` for the one backlink of an entry cited once.
    let (rest, _) = opt(terminated(char('↑'), space0)).parse(rest)?;
    let (rest, count) = backlinks(&lexicon.reference.backlink_and)(rest)?;
    let (rest, lang) = opt(lang_tag).parse(rest)?;
    let (rest, _) = context(
        "entry text",
        cut(nom::combinator::not(nom::combinator::eof)),
    )
    .parse(rest)?;
    Ok((rest, (number, caret.is_some(), count, lang)))
}

/// Parses one entry of a reference list (leading spaces already removed) and
/// resolves its names.
///
/// # Errors
/// An [`EntryError`] when the line is no entry at all (no number, no text) or a quote
/// is never closed.
pub fn parse_entry(
    line: &str,
    lexicon: &Lexicon,
    registry: &Registry,
) -> Result<Reference, EntryError> {
    let parts = parse_parts(line, lexicon)?;
    Ok(resolve(parts, line, &lexicon.months, lexicon, registry))
}

fn error_at(line: &str, err: VerboseError<&str>) -> EntryError {
    let (at, expected) = err
        .errors
        .iter()
        .find_map(|(rest, kind)| match kind {
            VerboseErrorKind::Context(c) => Some((*rest, (*c).to_owned())),
            _ => None,
        })
        .or_else(|| {
            err.errors
                .first()
                .map(|(rest, k)| (*rest, format!("{k:?}")))
        })
        .unwrap_or((line, "a reference entry".to_owned()));
    let offset = line.len().saturating_sub(at.len());
    EntryError {
        column: line.get(..offset).map_or(0, |s| s.chars().count()),
        expected,
    }
}

fn parse_parts(line: &str, lexicon: &Lexicon) -> Result<Parts, EntryError> {
    let (rest, (number, caret, backlinks, lang)) = match head(line, lexicon) {
        Ok(ok) => ok,
        Err(nom::Err::Error(e) | nom::Err::Failure(e)) => return Err(error_at(line, e)),
        Err(nom::Err::Incomplete(_)) => {
            return Err(EntryError {
                column: 0,
                expected: "a complete entry".into(),
            })
        }
    };
    if number.is_none() && !caret {
        return Err(EntryError {
            column: 0,
            expected: "reference number".into(),
        });
    }
    let mut parts = Parts {
        number,
        backlinks,
        lang: lang.map(str::to_owned),
        ..Parts::default()
    };
    let mut body = rest.to_owned();
    for marker in &lexicon.reference.dead_link {
        if let Some((s, e)) = find_folded(&body, marker) {
            parts.dead = true;
            body.replace_range(s..e, "");
        }
    }
    // The title: the first quote at the top level.
    let quote_at = body
        .char_indices()
        .find(|&(_, c)| matches!(c, '«' | '“' | '"'))
        .map(|(i, _)| i);
    let (before, after) = match quote_at {
        Some(q) => {
            let quoted_text = &body[q..];
            match quoted::<VerboseError<&str>>(quoted_text) {
                Ok((after, title)) => {
                    parts.title = Some(squash_spaces(title)).filter(|t| !t.is_empty());
                    (body[..q].to_owned(), after.to_owned())
                }
                Err(nom::Err::Error(e) | nom::Err::Failure(e)) => {
                    // Point at the opening quote that is never closed.
                    let at = (line.len() - rest.len() + q).min(line.len());
                    let column = line.get(..at).map_or(0, |s| s.chars().count());
                    return Err(EntryError {
                        column,
                        ..error_at(quoted_text, e)
                    });
                }
                Err(nom::Err::Incomplete(_)) => (String::new(), body.clone()),
            }
        }
        None => (String::new(), body.clone()),
    };
    if caret {
        english_parts(&mut parts, &before, &after, lexicon);
    } else {
        french_parts(&mut parts, &before, &after, lexicon);
    }
    Ok(parts)
}

/// Splits at `sep` (not empty) outside parentheses and brackets; each piece with its
/// white space squashed, empty ones left out.
fn split_top(s: &str, sep: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let Some(&first) = sep.as_bytes().first() else {
        pieces.push(squash_spaces(s));
        pieces.retain(|p| !p.is_empty());
        return pieces;
    };
    // Only the brackets and the separator's first byte matter: the bytes between are
    // skipped (none of these bytes is inside a character of several bytes).
    let stops = [b'(', b'[', b')', b']', first];
    let bytes = s.as_bytes();
    let mut depth = 0i32;
    let mut start = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth == 0 && s.get(i..).is_some_and(|r| r.starts_with(sep)) {
            pieces.push(squash_spaces(s.get(start..i).unwrap_or("")));
            i += sep.len();
            start = i;
            continue;
        }
        i += 1 + bytes
            .get(i + 1..)
            .and_then(|rest| rest.iter().position(|b| stops.contains(b)))
            .unwrap_or(bytes.len().saturating_sub(i + 1));
    }
    pieces.push(squash_spaces(s.get(start..).unwrap_or("")));
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// Strips a phrase from the start of `s` (folded), returning the rest trimmed.
fn after_phrase<'s>(s: &'s str, phrases: &[String]) -> Option<&'s str> {
    phrases
        .iter()
        .filter(|p| !p.is_empty())
        .find_map(|p| strip_prefix_folded(s, p).map(|n| s[n..].trim()))
}

/// True for a segment that locates a passage (`p. 3`, `ISBN …`), per the lexicon.
fn is_locator(segment: &str, lexicon: &Lexicon) -> bool {
    lexicon.reference.locators.iter().any(|l| {
        strip_prefix_folded(segment, l).is_some_and(|n| {
            segment[n..]
                .chars()
                .next()
                .is_none_or(|c| c.is_whitespace() || c.is_ascii_digit())
        })
    })
}

/// Cuts a trailing top-level parenthesis off a segment: `24 mai 2015 (consulté le …)`.
fn split_trailing_parenthesis(segment: &str) -> (String, Option<String>) {
    if !segment.ends_with(')') {
        return (segment.to_owned(), None);
    }
    let mut depth = 0i32;
    for (i, c) in segment.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let head = segment[..i].trim();
                    if head.is_empty() {
                        return (segment.to_owned(), None);
                    }
                    return (head.to_owned(), Some(segment[i..].to_owned()));
                }
            }
            _ => {}
        }
    }
    (segment.to_owned(), None)
}

fn french_parts(parts: &mut Parts, before: &str, after: &str, lexicon: &Lexicon) {
    let words = &lexicon.reference;
    parts.before_title = split_top(before, ",");
    // Stray closing quotes left by a badly closed title (`» »`).
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '”'));
    let mut segments = Vec::new();
    for segment in split_top(after, ",") {
        // Bidirectional marks that MediaWiki puts around dates.
        let segment: String = segment
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}'))
            .collect();
        let (head, paren) = split_trailing_parenthesis(segment.trim());
        segments.push(head);
        segments.extend(paren);
    }
    for segment in segments {
        if let Some(inner) = segment.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
            for piece in inner.split(',').map(str::trim) {
                if let Some(date) = after_phrase(piece, &words.accessed) {
                    parts.access_date = Some(date.to_owned()).filter(|d| !d.is_empty());
                }
            }
            continue;
        }
        if let Some(site) = words.site_prefixes.iter().find_map(|p| {
            strip_prefix_folded(&segment, &format!("{p} ")).map(|n| segment[n..].trim())
        }) {
            parts.site = Some(site.to_owned()).filter(|s| !s.is_empty());
            continue;
        }
        if parse_date(&segment, &lexicon.months).is_some()
            || segment.chars().all(|c| c.is_ascii_digit())
        {
            parts.date.get_or_insert(segment);
            continue;
        }
        if is_locator(&segment, lexicon) {
            continue;
        }
        parts.after_title.push(segment);
    }
}

fn english_parts(parts: &mut Parts, before: &str, after: &str, lexicon: &Lexicon) {
    let words = &lexicon.reference;
    // "Karouny, Mariam (24 May 2015). " — authors, then the date in brackets.
    let before = before.trim().trim_end_matches('.').trim();
    let (authors, date) = match before.rfind('(') {
        Some(p) if before.ends_with(')') => (&before[..p], Some(&before[p + 1..before.len() - 1])),
        _ => (before, None),
    };
    parts.before_title = authors
        .split(';')
        .map(squash_spaces)
        .filter(|a| !a.is_empty())
        .collect();
    if let Some(date) = date {
        parts.date = Some(date.trim().to_owned());
    }
    // After the title: an optional translation in brackets, then ". "-separated parts.
    let mut after = after.trim_start();
    if after.starts_with('[') {
        if let Some(end) = after.find(']') {
            after = &after[end + 1..];
        }
    }
    let after = after.trim_start_matches(['.', ' ']);
    for mut segment in split_top(after, ". ") {
        segment = segment.trim_end_matches('.').trim().to_owned();
        for note in &words.language_notes {
            let open = format!("({note} ");
            if let Some(p) = segment.rfind(&open) {
                if segment.ends_with(')') {
                    let language = segment[p + open.len()..segment.len() - 1].trim().to_owned();
                    parts.lang.get_or_insert(language);
                    segment = segment[..p].trim().to_owned();
                }
            }
        }
        if segment.is_empty() || is_locator(&segment, lexicon) {
            continue;
        }
        if let Some(date) = after_phrase(&segment, &words.archived_from) {
            parts.archive_date = Some(date.to_owned()).filter(|d| !d.is_empty());
            continue;
        }
        if let Some(date) = after_phrase(&segment, &words.retrieved) {
            parts.access_date = Some(date.to_owned()).filter(|d| !d.is_empty());
            continue;
        }
        if parse_date(&segment, &lexicon.months).is_some() {
            parts.date.get_or_insert(segment);
            continue;
        }
        parts.after_title.push(segment);
    }
}

/// The fields of a citation template (wikitext's `{{Lien web}}`, `{{cite news}}`), as
/// written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Citation {
    /// The title.
    pub title: Option<String>,
    /// The URL.
    pub url: Option<String>,
    /// The website.
    pub site: Option<String>,
    /// Periodicals and publishers.
    pub publishers: Vec<String>,
    /// News agencies.
    pub agencies: Vec<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Access date.
    pub access_date: Option<String>,
    /// Archive URL.
    pub archive_url: Option<String>,
    /// Archive date.
    pub archive_date: Option<String>,
    /// The original link is marked dead.
    pub dead: bool,
    /// Language tag or name.
    pub lang: Option<String>,
}

/// Builds a reference from a citation template's fields, resolving its names (and
/// its URL's host) against the registry.
pub fn from_citation(
    c: Citation,
    number: u32,
    uses: u32,
    raw: &str,
    lexicon: &Lexicon,
    registry: &Registry,
) -> Reference {
    let mut before = c.agencies;
    before.extend(c.authors);
    let parts = Parts {
        number: Some(number),
        backlinks: uses.max(1),
        lang: c.lang,
        before_title: before,
        after_title: c.publishers,
        title: c.title,
        site: c.site,
        date: c.date,
        access_date: c.access_date,
        dead: c.dead,
        archive_date: c.archive_date,
    };
    let mut r = resolve(parts, raw, &lexicon.citation_months, lexicon, registry);
    attach_urls(&mut r, c.url, c.archive_url, registry);
    r
}

/// Gives a reference its URL and archived copy's URL: the archive's host is the
/// archive it is cited through, and the URL's host names a source too
/// (`www.syriahr.com`), or an archive.
pub fn attach_urls(
    r: &mut Reference,
    url: Option<String>,
    archive_url: Option<String>,
    registry: &Registry,
) {
    if let Some(host) = archive_url.as_deref().and_then(url_host) {
        r.archived_via.get_or_insert(host);
    }
    if archive_url.is_some() {
        r.archive_url = archive_url;
    }
    if let Some(host) = url.as_deref().and_then(url_host) {
        match registry.resolve_host(&host) {
            Some(s) if s.is_archive() => {
                r.archived_via.get_or_insert(host);
            }
            Some(s) if !r.source_keys.contains(&s.key) => r.source_keys.push(s.key.clone()),
            _ => {}
        }
    }
    if url.is_some() {
        r.url = url;
    }
}

/// The host of an http(s) URL, lower-cased, without `www.`.
pub fn url_host(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .or_else(|| url.strip_prefix("//"))?;
    // The host ends at the first `/`, `?`, `#` or `:`: ASCII bytes, found as bytes.
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#' | b':'))
        .unwrap_or(rest.len());
    let host = rest.get(..end).unwrap_or(rest);
    if host.is_empty() {
        return None;
    }
    if host.is_ascii() {
        // `WWW.` lowers to `www.`: the leading ones are passed, then the rest lowered.
        let mut rest = host;
        while let Some(after) = rest
            .get(..4)
            .filter(|p| p.eq_ignore_ascii_case("www."))
            .and_then(|_| rest.get(4..))
        {
            rest = after;
        }
        return Some(rest.to_ascii_lowercase());
    }
    Some(host.to_lowercase().trim_start_matches("www.").to_owned())
}

/// Turns the parts into a reference, resolving every name against the registry.
/// Dates are read with `months`: the language's, or with the citation templates'
/// extra spellings.
fn resolve(
    parts: Parts,
    line: &str,
    months: &MonthWords,
    lexicon: &Lexicon,
    registry: &Registry,
) -> Reference {
    let mut r = Reference {
        number: parts.number.unwrap_or(0),
        backlinks: parts.backlinks,
        lang: parts.lang,
        title: parts.title,
        dead: parts.dead,
        raw: squash_spaces(line),
        date: parts.date.map(|d| parse_date(&d, months).unwrap_or(d)),
        access_date: parts
            .access_date
            .map(|d| parse_date(&d, months).unwrap_or(d)),
        archive_date: parts
            .archive_date
            .map(|d| parse_date(&d, months).unwrap_or(d)),
        ..Reference::default()
    };
    // Each name goes with the registry's answer for it when the sorting below asked
    // already: the source keys are then found without looking it up again.
    let mut agencies: Vec<(String, Looked<'_>)> = Vec::new();
    let mut carriers: Vec<(String, Looked<'_>)> = Vec::new();
    let mut registered_authors: Vec<(String, Looked<'_>)> = Vec::new();
    // Before the title: "AFP", "OLJ avec AFP", "Caleb Weiss".
    for name in parts.before_title {
        let (carrier, agency) = split_joined(&name, &lexicon.reference.agency_joiners);
        if let Some(agency) = agency {
            carriers.push((carrier.to_owned(), None));
            agencies.push((agency.to_owned(), None));
            continue;
        }
        let found = registry.resolve(&name);
        match found {
            Some(s) if s.kind == "wire_agency" => agencies.push((name, Some(found))),
            Some(s) if s.kind == "archive" => {}
            Some(_) if looks_like_person(&name) => {
                r.authors.push(name.clone());
                registered_authors.push((name, Some(found)));
            }
            Some(_) => carriers.push((name, Some(found))),
            None => r.authors.push(name),
        }
    }
    // After the title: the periodical first, then any agency (English `Work. AFP.`).
    let mut publishers: Vec<(String, Looked<'_>)> = Vec::new();
    for name in parts.after_title {
        if let (carrier, Some(agency)) = split_joined(&name, &lexicon.reference.agency_joiners) {
            publishers.push((carrier.to_owned(), None));
            agencies.push((agency.to_owned(), None));
            continue;
        }
        let found = registry.resolve(&name);
        match found {
            Some(s) if s.kind == "wire_agency" && !publishers.is_empty() => {
                agencies.push((name, Some(found)))
            }
            _ => publishers.push((name, Some(found))),
        }
    }
    // The site's answer, its `" | "` pieces tried too, for `add` below to start from.
    let mut site_found = None;
    if let Some(site) = parts.site {
        let found = registry
            .resolve(&site)
            .or_else(|| site.split(" | ").find_map(|p| registry.resolve(p)));
        match found {
            Some(s) if s.is_archive() => r.archived_via = Some(site.clone()),
            _ => {}
        }
        if r.archived_via.is_none() {
            r.site = Some(site);
            site_found = Some(found);
        }
    }
    r.publisher = publishers
        .first()
        .or_else(|| carriers.first())
        .map(|(name, _)| name.clone());

    let mut keys: Vec<String> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut add = |name: &str, looked: Looked<'_>, keep_unknown: bool| {
        let found = find_source(name, looked, registry);
        match found {
            Some(s) if s.is_archive() => {}
            Some(s) if !keys.contains(&s.key) => keys.push(s.key.clone()),
            None if keep_unknown && !unknown.iter().any(|u| u == name) => {
                unknown.push(name.to_owned());
            }
            Some(_) | None => {}
        }
    };
    for (name, looked) in &agencies {
        add(name, *looked, true);
    }
    for (name, looked) in carriers.iter().chain(&publishers) {
        add(name, *looked, true);
    }
    if let Some(site) = &r.site {
        add(site, site_found, true);
    }
    for (name, looked) in &registered_authors {
        add(name, *looked, false);
    }
    r.agencies = agencies.into_iter().map(|(name, _)| name).collect();
    r.source_keys = keys;
    r.unknown_names = unknown;
    r
}

/// What [`Registry::resolve`] answered for a name, or `None` when it was not asked.
type Looked<'r> = Option<Option<&'r Source>>;

/// The source a name stands for: the registry's answer for it (`looked`, when it was
/// asked already), else for one of its `" | "` pieces, else for its host if it is a
/// bare URL.
fn find_source<'r>(name: &str, looked: Looked<'r>, registry: &'r Registry) -> Option<&'r Source> {
    looked
        .unwrap_or_else(|| registry.resolve(name))
        .or_else(|| name.split(" | ").find_map(|p| registry.resolve(p)))
        .or_else(|| url_host(name).and_then(|h| registry.resolve_host(&h)))
}

/// Splits "OLJ avec AFP" into the carrier and the agency.
fn split_joined<'n>(name: &'n str, joiners: &[String]) -> (&'n str, Option<&'n str>) {
    for joiner in joiners.iter().filter(|j| !j.is_empty()) {
        if let Some((s, e)) = find_spaced(name, joiner) {
            let (carrier, agency) = (name[..s].trim(), name[e..].trim());
            if !carrier.is_empty() && !agency.is_empty() {
                return (carrier, Some(agency));
            }
        }
    }
    (name, None)
}

/// The first place `word` occurs in `name` between two spaces, compared folded: what
/// `find_folded(name, &format!(" {word} "))` finds, without making that needle for
/// every name.
fn find_spaced(name: &str, word: &str) -> Option<(usize, usize)> {
    name.char_indices()
        .filter(|&(_, c)| fold_char(c) == ' ')
        .find_map(|(i, c)| {
            let from = i + c.len_utf8();
            let after = name.get(from..)?;
            let n = strip_prefix_folded(after, word)?;
            let space = after
                .get(n..)?
                .chars()
                .next()
                .filter(|&c| fold_char(c) == ' ')?;
            Some((i, from + n + space.len_utf8()))
        })
}

/// True for a name written like a person's ("Wassim Nasr", "Hasan Mustafa"): two to
/// four capitalised words, no digits, no dots.
fn looks_like_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || fold_char(c) != c)
                && !w.contains('.')
                && !w.chars().any(|c| c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::lexicon::{load, Grammars};
    use nom::error::Error as NomError;

    fn grammars() -> Grammars {
        load(None).expect("built-in grammars load")
    }

    fn fr(line: &str) -> Reference {
        let g = grammars();
        parse_entry(line, g.lexicon("fr").expect("fr"), &g.registry).expect("entry parses")
    }

    #[test]
    fn split_top_keeps_brackets_whole_and_drops_empty_pieces() {
        assert_eq!(
            split_top("AFP,  OSDH (Londres, UK) , [a, b],, x", ","),
            ["AFP", "OSDH (Londres, UK)", "[a, b]", "x"]
        );
        assert_eq!(
            split_top("Le Monde (éd. X). AFP.", ". "),
            ["Le Monde (éd. X)", "AFP."]
        );
        assert_eq!(split_top("a) , b", ","), ["a)", "b"]);
        assert_eq!(split_top("« é », ü", ","), ["« é »", "ü"]);
        assert!(split_top("  ", ",").is_empty());
    }

    #[test]
    fn url_host_lowers_the_host_and_drops_www() {
        assert_eq!(
            url_host(" https://WWW.SyriaHR.com:443/en?x").as_deref(),
            Some("syriahr.com")
        );
        assert_eq!(url_host("//www.www.a.fr#top").as_deref(), Some("a.fr"));
        assert_eq!(url_host("http://ÉCOLE.fr/x").as_deref(), Some("école.fr"));
        assert_eq!(url_host("http://www.").as_deref(), Some(""));
        assert_eq!(url_host("http:///x"), None);
        assert_eq!(url_host("ftp://a.fr"), None);
    }

    #[test]
    fn find_spaced_finds_what_find_folded_finds() {
        for (name, word) in [
            ("OLJ avec AFP", "avec"),
            ("OLJ\u{a0}AVEC\u{202f}AFP", "avec"),
            ("a avec b avec c", "avec"),
            ("Le Monde with Reuters", "with"),
            ("x ou bien y", "ou bien"),
            ("avec AFP", "avec"),
            ("OLJ avecAFP", "avec"),
            ("OLJ avec ", "avec"),
            ("OLJ av", "avec"),
            ("", "avec"),
        ] {
            let needle = format!(" {word} ");
            assert_eq!(
                find_spaced(name, word),
                find_folded(name, &needle),
                "{name:?}"
            );
        }
        let joiners = ["avec".to_owned()];
        assert_eq!(split_joined("OLJ avec AFP", &joiners), ("OLJ", Some("AFP")));
        assert_eq!(split_joined(" avec AFP", &joiners), (" avec AFP", None));
    }

    #[test]
    fn rules_accept_their_examples() {
        type E<'a> = NomError<&'a str>;
        assert_eq!(entry_number::<E>("5. a b"), Ok(("a b", 5)));
        assert_eq!(lang_tag::<E>("(en-US) Caleb"), Ok(("Caleb", "en-US")));
        assert_eq!(
            quoted::<E>("« a « b » c », OSDH"),
            Ok((", OSDH", " a « b » c "))
        );
        assert_eq!(
            quoted::<E>("\"Title\". Reuters"),
            Ok((". Reuters", "Title"))
        );
        assert!(matches!(
            quoted::<E>("« never closed"),
            Err(nom::Err::Failure(_))
        ));
    }

    #[test]
    fn backlinks_count_letters() {
        assert_eq!(backlinks("et")("a b c d et e (en)"), Ok(("(en)", 5)));
        assert_eq!(backlinks("et")("a et b AFP"), Ok(("AFP", 2)));
        assert_eq!(backlinks("")("a b c \"T\""), Ok(("\"T\"", 3)));
        assert_eq!(backlinks("et")("AFP, « x »"), Ok(("AFP, « x »", 1)));
        // A lone "a" is no backlink list.
        assert_eq!(backlinks("et")("a study"), Ok(("a study", 1)));
        assert_eq!(backlink_label(26), "aa");
    }

    #[test]
    fn french_entry_cited_once_shows_an_arrow() {
        let r = fr("13. ↑ Reuters, « Les rebelles syriens prennent une partie de Djisr el Choughour », sur Boursorama, (consulté le )");
        assert_eq!((r.number, r.backlinks), (13, 1));
        assert_eq!(r.source_keys, ["reuters", "boursorama"]);
        assert!(r.unknown_names.is_empty(), "{:?}", r.unknown_names);
    }

    #[test]
    fn french_entry_through_an_archive() {
        let r = fr("5. a b c d et e (en) « 90 officers in regime forces and NDF out of 261, were killed », sur archive.fo, The Syrian Observatory for Human Rights, (consulté le )");
        assert_eq!(r.number, 5);
        assert_eq!(r.backlinks, 5);
        assert_eq!(r.lang.as_deref(), Some("en"));
        assert_eq!(
            r.title.as_deref(),
            Some("90 officers in regime forces and NDF out of 261, were killed")
        );
        assert_eq!(r.archived_via.as_deref(), Some("archive.fo"));
        assert_eq!(
            r.publisher.as_deref(),
            Some("The Syrian Observatory for Human Rights")
        );
        assert_eq!(r.source_keys, ["sohr"]);
        assert!(!r.dead);
    }

    #[test]
    fn french_entry_with_agency_and_carrier() {
        let r = fr("29. a et b OLJ avec AFP, « Offensive d’el-Qaëda pour « purifier Jisr al-Choughour » de l’armée d’Assad », L'Orient-Le Jour, (consulté le )");
        assert_eq!(r.agencies, ["AFP"]);
        assert_eq!(r.source_keys, ["afp", "lorient_le_jour"]);
        assert_eq!(
            r.title.as_deref(),
            Some("Offensive d’el-Qaëda pour « purifier Jisr al-Choughour » de l’armée d’Assad")
        );
        let r = fr("6. a et b AFP, « Syrie: assaut », sur www.romandie.com, (consulté le )");
        assert_eq!(r.site.as_deref(), Some("www.romandie.com"));
        assert_eq!(r.source_keys, ["afp", "romandie"]);
    }

    #[test]
    fn french_dead_link_and_authors() {
        let r = fr("17. a et b Benjamin Barthe, « En Syrie, les rebelles visent le port stratégique de Lattaquié »(Archive.orgWikiwixArchive.isGoogleQue faire ?), Le Monde,");
        assert!(r.dead);
        assert_eq!(r.authors, ["Benjamin Barthe"]);
        assert_eq!(r.source_keys, ["le_monde"]);
        let r = fr("78. Wassim Nasr, « #Syrie il est à noter », Twitter,");
        assert_eq!(r.backlinks, 1);
        assert_eq!(r.source_keys, ["twitter", "wassim_nasr"]);
    }

    #[test]
    fn unknown_names_are_kept_verbatim() {
        let r = fr("3. « Un titre », Gazette du Levant, 24 mai 2015, (consulté le 25 mai 2015)");
        assert!(r.source_keys.is_empty());
        assert_eq!(r.unknown_names, ["Gazette du Levant"]);
        assert_eq!(r.date.as_deref(), Some("2015-05-24"));
        assert_eq!(r.access_date.as_deref(), Some("2015-05-25"));
    }

    #[test]
    fn english_entry() {
        let g = grammars();
        let en = g.lexicon("en").expect("en");
        let r = parse_entry("8. ^ a b \"Syria: 72 dead in fighting around besieged hospital\". L'Orient-Le Jour. Agence France-Presse. 10 May 2015. Archived from the original on 12 May 2015. Retrieved 11 May 2015.", en, &g.registry).expect("parses");
        assert_eq!((r.number, r.backlinks), (8, 2));
        assert_eq!(r.publisher.as_deref(), Some("L'Orient-Le Jour"));
        assert_eq!(r.agencies, ["Agence France-Presse"]);
        assert_eq!(r.source_keys, ["afp", "lorient_le_jour"]);
        assert_eq!(r.date.as_deref(), Some("2015-05-10"));
        assert_eq!(r.access_date.as_deref(), Some("2015-05-11"));
        let r = parse_entry("12. ^ Karouny, Mariam (24 May 2015). \"Syria says Islamic State kills hundreds\". Reuters. Retrieved 25 May 2015.", en, &g.registry).expect("parses");
        assert_eq!(r.authors, ["Karouny, Mariam"]);
        assert_eq!(r.date.as_deref(), Some("2015-05-24"));
        assert_eq!(r.source_keys, ["reuters"]);
        let r = parse_entry("3. ^ Barthe, Benjamin (28 April 2015). \"En Syrie\" [In Syria]. Le Monde (in French). Archived from the original on 30 April 2015.[dead link]", en, &g.registry).expect("parses");
        assert!(r.dead);
        assert_eq!(r.lang.as_deref(), Some("French"));
        assert_eq!(r.source_keys, ["le_monde"]);
    }

    #[test]
    fn unreadable_entries_say_where_and_what() {
        let g = grammars();
        let fr = g.lexicon("fr").expect("fr");
        let err = parse_entry("Voir aussi la carte", fr, &g.registry).unwrap_err();
        assert_eq!(err.expected, "reference number");
        let err = parse_entry("7. « jamais fermé, OSDH", fr, &g.registry).unwrap_err();
        assert_eq!(err.expected, "closing quote");
        assert_eq!(err.column, 3);
        let err = parse_entry("7. ", fr, &g.registry).unwrap_err();
        assert_eq!(err.expected, "entry text");
    }
}
