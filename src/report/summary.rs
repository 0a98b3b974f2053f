//! The short summary `analyze` prints on the terminal: the contested figures first,
//! then one paragraph per article and the files written. Coloured when the output is
//! a terminal, plain when it is not.

use std::io::Write;

use crate::analysis::contested::figures_text;
use crate::analysis::Severity;
use crate::model::{FindingKind, MarkerKind};
use crate::Outcome;

/// ANSI colours, or nothing.
struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_owned()
        }
    }
}

/// Writes the summary; `color` adds ANSI colours (for a terminal).
///
/// # Errors
/// The writer fails.
pub fn write_summary(out: &mut dyn Write, outcome: &Outcome, color: bool) -> std::io::Result<()> {
    let paint = Paint(color);
    // The contested figures first: what an editor came for.
    for (a, contests) in outcome.articles.iter().zip(&outcome.contests) {
        let mut shown: Vec<_> = contests
            .iter()
            .filter(|k| k.severity > Severity::Consistent)
            .collect();
        if shown.is_empty() {
            continue;
        }
        shown.sort_by_key(|k| std::cmp::Reverse(k.severity));
        writeln!(
            out,
            "{}",
            paint.wrap("1", &format!("Contested in {}", a.title))
        )?;
        for k in shown {
            let label = match k.severity {
                Severity::Conflict => paint.wrap("31;1", "conflict "),
                _ => paint.wrap("33;1", "divergent"),
            };
            writeln!(
                out,
                "  {label} {} {} ({}): {}",
                k.category,
                k.side,
                k.scope,
                figures_text(a, k)
            )?;
            writeln!(out, "            {}", paint.wrap("2", &k.reason))?;
        }
    }
    for a in &outcome.articles {
        let refs = a
            .markers
            .iter()
            .filter(|m| matches!(m.kind, MarkerKind::Reference(_)))
            .count();
        let unresolved = a
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::MissingReference)
            .count();
        writeln!(
            out,
            "{} — {} [{}, {}]",
            a.name,
            a.title,
            a.lang,
            a.format.name()
        )?;
        if let Some(r) = &a.revision {
            writeln!(
                out,
                "  revision {} of {}, fetched from {}",
                r.id, r.timestamp, r.address
            )?;
        }
        writeln!(
            out,
            "  {} sentences, {} infobox fields, {} references, {} markers ({} unresolved)",
            a.body_sentences().count(),
            a.infobox.len(),
            a.references.len(),
            refs,
            unresolved
        )?;
        let flagged = |flag: &str| {
            a.claims
                .iter()
                .filter(|c| c.flags.iter().any(|f| f == flag))
                .count()
        };
        let events = a.claims.iter().filter(|c| c.category == "event").count();
        writeln!(
            out,
            "  {} figures and {} events claimed ({} unsourced, {} on partisan sources only)",
            a.claims.len() - events,
            events,
            flagged("unsourced"),
            flagged("partisan_only")
        )?;
        let mut kinds: Vec<FindingKind> = a.findings.iter().map(|f| f.kind).collect();
        kinds.sort();
        kinds.dedup();
        if kinds.is_empty() {
            writeln!(out, "  no findings")?;
        } else {
            let counts: Vec<String> = kinds
                .iter()
                .map(|k| {
                    format!(
                        "{} {}",
                        a.findings.iter().filter(|f| f.kind == *k).count(),
                        k.name()
                    )
                })
                .collect();
            writeln!(out, "  findings: {}", counts.join(", "))?;
        }
    }
    if !outcome.links.is_empty() {
        let counts: Vec<String> = crate::links::counts(&outcome.links)
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect();
        let copies = outcome
            .links
            .iter()
            .filter(|r| r.check.status.is_gone() && r.archive.is_some())
            .count();
        writeln!(
            out,
            "links: {} reference URLs: {}; {copies} gone with an archived copy",
            outcome.links.len(),
            counts.join(", ")
        )?;
    }
    if outcome.links.iter().any(|r| r.read.is_some()) {
        let counts: Vec<String> = crate::links::verify::counts(&outcome.articles)
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect();
        let pages = outcome
            .links
            .iter()
            .filter_map(|r| r.read.as_ref()?.from.as_ref())
            .map(|(url, _)| url.as_str())
            .collect::<std::collections::HashSet<_>>()
            .len();
        writeln!(
            out,
            "verify: {pages} pages read; figures per cited reference: {}",
            counts.join(", ")
        )?;
    }
    if let Some(d) = &outcome.dump {
        writeln!(
            out,
            "dump: {} pages read, {} articles analysed; skipped {} redirects, {} pages of other namespaces, {} filtered out; {} could not be read",
            d.pages, d.analysed, d.redirects, d.other_namespaces, d.filtered, d.failed
        )?;
        if d.failed > outcome.failures.len() as u64 {
            writeln!(
                out,
                "  (the first {} failures are listed on standard error)",
                outcome.failures.len()
            )?;
        }
    }
    if outcome.written.is_empty() {
        writeln!(out, "no article could be read; nothing written")?;
    } else {
        let names: Vec<String> = outcome
            .written
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        writeln!(out, "wrote {}", names.join(", "))?;
    }
    Ok(())
}
