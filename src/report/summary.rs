//! The short summary `analyze` prints on the terminal.

use std::io::Write;

use crate::model::{FindingKind, MarkerKind};
use crate::Outcome;

/// Writes one paragraph per article (counts of sentences, references, markers and
/// findings by kind) and the files written.
///
/// # Errors
/// The writer fails.
pub fn write_summary(out: &mut dyn Write, outcome: &Outcome) -> std::io::Result<()> {
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
