//! `--suggest` for the link audit: the citation parameters that give a dead link its
//! archived copy, in the article's wiki's own parameter names.

use std::io::Write;

use crate::grammar::Grammars;
use crate::links::LinkRow;
use crate::model::Article;

/// Writes, for each reference whose page is gone and for which an archived copy was
/// found (and the reference does not already give a working one), the parameters to
/// add to its citation template.
///
/// # Errors
/// The writer fails.
pub fn write_link_suggestions(
    out: &mut dyn Write,
    rows: &[LinkRow],
    articles: &[Article],
    grammars: &Grammars,
    today: &str,
) -> std::io::Result<()> {
    for row in rows {
        if !row.check.status.is_gone() {
            continue;
        }
        let Some(archive) = row.archive.as_ref().filter(|a| a.via != "reference") else {
            continue;
        };
        let lang = articles
            .iter()
            .find(|a| a.name == row.target.article)
            .map_or("en", |a| a.lang.as_str());
        let Some(lexicon) = grammars.lexicon(lang) else {
            continue;
        };
        let p = &lexicon.wikitext.citation;
        let name = |names: &[String], fallback: &str| {
            names
                .first()
                .cloned()
                .unwrap_or_else(|| fallback.to_owned())
        };
        let mut params = vec![format!(
            "|{}={}",
            name(&p.archive_url, "archive-url"),
            archive.url
        )];
        if let Some(day) = archive.time.as_deref().and_then(iso_day) {
            params.push(format!("|{}={day}", name(&p.archive_date, "archive-date")));
        }
        match p.dead.first() {
            Some(dead) => params.push(format!("|{dead}={today}")),
            None => params.push(format!("|{}=dead", name(&p.url_status, "url-status"))),
        }
        writeln!(
            out,
            "{}, reference {} ({}): {}{}; archived copy from {}:\n  {}",
            row.target.article,
            row.target.reference,
            row.target.url,
            row.check.status.name(),
            row.check
                .http_code
                .map(|c| format!(" (HTTP {c})"))
                .unwrap_or_default(),
            archive.via,
            params.join(" ")
        )?;
    }
    Ok(())
}

/// `20150526000000` → `2015-05-26`.
fn iso_day(stamp: &str) -> Option<String> {
    let (y, m, d) = (stamp.get(0..4)?, stamp.get(4..6)?, stamp.get(6..8)?);
    [y, m, d]
        .iter()
        .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{y}-{m}-{d}"))
}
