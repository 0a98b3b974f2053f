//! `analyze --suggest`: for each contested group, the wikitext an editor could write
//! instead — every figure attributed to its source in the text, or the inline template
//! that marks a disputed statement. Suggestions only: nothing is edited.

use std::io::Write;

use crate::analysis::contested::{interval_text, period_text};
use crate::analysis::{Contest, Severity};
use crate::grammar::Grammars;
use crate::model::Article;

/// Writes the suggestions for the conflicts and divergences of every article.
///
/// # Errors
/// The writer fails.
pub fn write_suggestions(
    out: &mut dyn Write,
    articles: &[Article],
    contests: &[Vec<Contest>],
    grammars: &Grammars,
) -> std::io::Result<()> {
    for (a, found) in articles.iter().zip(contests) {
        let Some(words) = grammars.lexicon(&a.lang).map(|l| &l.suggest) else {
            continue;
        };
        for k in found.iter().filter(|k| k.severity > Severity::Consistent) {
            let attributed: Vec<String> = k
                .claims
                .iter()
                .filter_map(|&i| a.claims.get(i))
                .map(|c| {
                    let who = if c.origin.is_empty() {
                        "?".to_owned()
                    } else {
                        c.origin
                            .iter()
                            .map(|o| {
                                grammars
                                    .registry
                                    .get(o)
                                    .map_or(o.clone(), |s| s.name.clone())
                            })
                            .collect::<Vec<_>>()
                            .join(" / ")
                    };
                    let when = match period_text(c).as_str() {
                        "undated" => String::new(),
                        p => format!(" ({p})"),
                    };
                    // The figure as the article writes it ("au moins 261").
                    let figure = if c.figure.is_empty() {
                        interval_text(c)
                    } else {
                        c.figure.clone()
                    };
                    format!("{} {who}, {figure}{when}", words.according)
                })
                .collect();
            writeln!(
                out,
                "{} {} — {} {}, {}: {}",
                a.name,
                k.id,
                k.severity.name(),
                k.category,
                k.side,
                k.reason
            )?;
            writeln!(
                out,
                "  attribute each figure: « {} »",
                attributed.join(" ; ")
            )?;
            writeln!(out, "  or mark the sentence: {}", words.template)?;
        }
    }
    Ok(())
}
