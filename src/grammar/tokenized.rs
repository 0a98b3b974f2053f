//! The layout of a tokenized export: spaces around punctuation and after
//! apostrophes (`d' Idleb`), citations stripped (a `, ,` residue is left), one
//! sentence a line, paragraphs between blank lines.
//!
//! ```text
//! Title
//! [hatnote]
//! map caption + legend + infobox values + navbox + map label + lead sentence (one line)
//! sentences…
//! ```
//!
//! The body starts where the lead sentence names the article ("L' offensive de
//! Maarat al-Nouman et Saraqeb", the title after a determiner). What comes before it on
//! that line is split into the legend, the infobox values after a column label
//! ("Civils : …", cut at the citation residue), the navigation box (the run of
//! ordinal-numbered battle names) and the location map. None of it gives body
//! sentences. There is no reference list: the export strips it, and none is invented.

use super::text::{find_folded, fold_char, is_space, strip_prefix_folded, words};
use super::{lead_starts_at, lines, title_core, Builder, Line};
use crate::model::{BlockKind, FindingKind, SectionKind, Span};

/// Reads a tokenized export into the builder.
pub(crate) fn read(b: &mut Builder<'_>) {
    let all = lines(b.text);
    let blank = |l: &Line| b.line_text(*l).trim().is_empty();
    let Some(title_at) = all.iter().position(|l| !blank(l)) else {
        b.finding(FindingKind::Layout, 0, "the article is empty".into());
        return;
    };
    let title_line = all[title_at];
    b.set_title(b.line_text(title_line).trim());
    let heading = b.title().to_owned();
    b.section(&heading, SectionKind::Lead, title_line.start);

    let mut k = title_at + 1;
    // The hatnote line, if any.
    while let Some(&line) = all.get(k) {
        let text = b.line_text(line).trim();
        if text.is_empty() {
            k += 1;
            continue;
        }
        if b.lexicon
            .layout
            .hatnote_prefixes
            .iter()
            .any(|p| strip_prefix_folded(text, p).is_some())
        {
            b.block(BlockKind::Hatnote, span_of(b, line));
            k += 1;
        }
        break;
    }
    // The first line of text holds the page furniture and the lead's first sentence.
    // Then one sentence a line; consecutive lines form a paragraph.
    let mut first = true;
    let mut in_paragraph = false;
    for &line in all.get(k..).unwrap_or(&[]) {
        if b.line_text(line).trim().is_empty() {
            in_paragraph = false;
            continue;
        }
        let mut span = span_of(b, line);
        if first {
            first = false;
            span.start = front_matter(b, span);
            if span.start >= span.end {
                continue;
            }
        }
        b.prose(span, in_paragraph);
        in_paragraph = true;
    }
}

fn span_of(b: &Builder<'_>, line: Line) -> Span {
    let text = b.line_text(line);
    let start = line.start + (text.len() - text.trim_start_matches(is_space).len());
    let end = line.start + text.trim_end_matches(is_space).len();
    Span::new(start, end.max(start))
}

/// Splits the furniture off the first line of text; returns where the body starts.
fn front_matter(b: &mut Builder<'_>, span: Span) -> usize {
    let text = b.text.get(span.start..span.end).unwrap_or("");
    let ws = words(text);
    let core = title_core(b.title());
    let determiners = &b.lexicon.layout.lead_determiners;
    let lead = (0..ws.len()).find(|&i| lead_starts_at(&ws, i, &core, determiners));
    let map_at = b
        .lexicon
        .layout
        .map_labels
        .iter()
        .filter_map(|m| find_folded(text, m))
        .map(|(s, _)| s)
        .min();
    let body_at = match (lead, map_at) {
        (Some(i), _) => ws.get(i).map_or(0, |&(o, _)| o),
        // No lead sentence naming the title: the body starts after the map label and
        // the one word of its place name ("Géolocalisation sur la carte : Syrie").
        (None, Some(m)) => {
            let after_colon = text.get(m..).and_then(|r| r.find(':')).map(|c| m + c + 1);
            match after_colon {
                Some(c) => words(&text[c..]).get(1).map_or(text.len(), |&(o, _)| c + o),
                None => text.len(),
            }
        }
        (None, None) => 0,
    };
    if lead.is_none() && map_at.is_none() {
        // A line with no furniture we know of: all of it is body.
        if has_navbox(b, text) {
            b.finding(
                FindingKind::Layout,
                span.start,
                "a navigation box seems to open the text but the body's start was not found; read as body".into(),
            );
        }
        return span.start;
    }
    let front = &text[..body_at];
    let front_span_end = span.start + body_at;
    // The map runs from its label to the body.
    let map_start = map_at.filter(|&m| m < body_at).unwrap_or(body_at);
    // The navbox: from after the last comma before the first run of ordinals.
    let nav_start = navbox_start(b, &front[..map_start]).unwrap_or(map_start);
    let info = &front[..nav_start];
    // Infobox values after a column label ("Civils : 485 à 612 morts au moins , , …").
    let label_at = b
        .lexicon
        .infobox
        .column_labels
        .values()
        .flatten()
        .filter_map(|l| {
            find_folded(info, &format!("{l} :")).or_else(|| find_folded(info, &format!("{l}:")))
        })
        .map(|(s, _)| s)
        .min();
    let legend_end = label_at.unwrap_or(info.len());
    let legend = Span::new(span.start, span.start + legend_end);
    let is_legend = b
        .lexicon
        .layout
        .legend_phrases
        .iter()
        .any(|p| find_folded(&info[..legend_end], p).is_some());
    b.block(
        if is_legend {
            BlockKind::Legend
        } else {
            BlockKind::InfoboxOther
        },
        legend,
    );
    if let Some(l) = label_at {
        let field = b.infobox_field("casualties", "", span.start + l);
        let value = &info[l..];
        // Cells are cut at the commas a stripped citation leaves (" , ").
        let mut cells = Vec::new();
        let mut start = 0;
        for (i, _) in value.match_indices(" ,") {
            if value[start..i]
                .trim()
                .chars()
                .any(|c| !matches!(c, ',' | ' '))
            {
                cells.push((start, i));
            }
            start = i + 2;
        }
        if value[start..]
            .trim()
            .chars()
            .any(|c| !matches!(c, ',' | ' '))
        {
            cells.push((start, value.len()));
        }
        // Every cell of the value stands under the column label ("Civils").
        let (label, _) = b.column_label(value);
        b.infobox_cells(field, span.start + l, value, &cells, label.as_deref());
    }
    b.block(
        BlockKind::Navbox,
        Span::new(span.start + nav_start, span.start + map_start),
    );
    b.block(
        BlockKind::Map,
        Span::new(span.start + map_start, front_span_end),
    );
    span.start + body_at
}

/// True for a word that is an ordinal of the lexicon ("1re", "2e", "3rd").
fn is_ordinal(word: &str, suffixes: &[String]) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let rest: String = word[digits..].chars().map(fold_char).collect();
    suffixes.contains(&rest)
}

/// Where a navigation box starts in `front`: the first run of three ordinals within
/// ten words, moved back to just after the last comma before it.
fn navbox_start(b: &Builder<'_>, front: &str) -> Option<usize> {
    let ws = words(front);
    let suffixes = &b.lexicon.layout.ordinal_suffixes;
    let first = (0..ws.len()).find(|&i| {
        is_ordinal(ws[i].1, suffixes)
            && ws
                .iter()
                .skip(i)
                .take(10)
                .filter(|(_, w)| is_ordinal(w, suffixes))
                .count()
                >= 3
    })?;
    let at = ws[first].0;
    Some(match front[..at].rfind(',') {
        Some(c) => c + 1 + (front[c + 1..].len() - front[c + 1..].trim_start().len()),
        None => 0,
    })
}

fn has_navbox(b: &Builder<'_>, text: &str) -> bool {
    navbox_start(b, text).is_some()
}
