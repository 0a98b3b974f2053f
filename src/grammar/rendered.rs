//! The layout of an article copied from the rendered page (French or English).
//!
//! ```text
//! Title
//! [hatnote]
//! infobox lines: labels and values ("Pertes" / "261 morts au moins[5]"), captions
//! lead paragraphs, one line each
//! Heading
//! [modifier | modifier le code]         ([edit] in English)
//! paragraphs, one line each; a line right under the edit link is a caption
//! Notes et références / References
//! [modifier | modifier le code]
//!   1. a b et c « Title », Publisher, …
//! ```
//!
//! The infobox ends, and the lead starts, at the first paragraph that is prose: one
//! line standing alone, of twelve words or more, ending as a sentence ends.

use super::text::{eq_folded, is_space, squash_spaces, strip_prefix_folded, words};
use super::{lead_starts_at, lines, title_core, title_from_file, Builder, Line};
use crate::model::{BlockKind, FindingKind, SectionKind, Span};

/// Reads a rendered-page export into the builder.
pub(crate) fn read(b: &mut Builder<'_>) {
    let all = lines(b.text);
    let blank = |l: &Line| b.line_text(*l).trim().is_empty();
    let Some(title_at) = all.iter().position(|l| !blank(l)) else {
        b.finding(FindingKind::Layout, 0, "the article is empty".into());
        return;
    };
    let title_line = all[title_at];
    // A text that opens with a sentence has no title line (a paragraph pasted alone):
    // it is named by its file, and its lead starts at once.
    let untitled = is_sentence(b.line_text(title_line));
    if untitled {
        let title = title_from_file(&b.article.name);
        b.set_title(&title);
    } else {
        b.set_title(b.line_text(title_line).trim());
    }
    let heading = b.title().to_owned();
    b.section(&heading, SectionKind::Lead, title_line.start);

    let headings = find_headings(b, &all);
    let front_end = headings.first().map_or(all.len(), |h| h.line);
    let front_start = if untitled { title_at } else { title_at + 1 };
    let front: Vec<Line> = all.get(front_start..front_end).unwrap_or(&[]).to_vec();
    read_front(b, &front, untitled);

    for (k, h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(all.len(), |n| n.line);
        let kind = if b
            .lexicon
            .layout
            .reference_headings
            .iter()
            .any(|r| eq_folded(&h.text, r))
        {
            SectionKind::References
        } else {
            SectionKind::Body
        };
        b.section(&h.text, kind, all[h.line].start);
        let content = all.get(h.content..end).unwrap_or(&[]);
        match kind {
            SectionKind::References => {
                for &line in content {
                    b.reference_line(line);
                }
            }
            _ => {
                for (n, &line) in content.iter().enumerate() {
                    let text = b.line_text(line);
                    if text.trim().is_empty() {
                        continue;
                    }
                    let span = trimmed_span(text, line);
                    // A line glued under the edit link is an image caption.
                    if n == 0 && h.content > h.line + 1 {
                        b.block(BlockKind::Caption, span);
                    } else {
                        b.prose(span, false);
                    }
                }
            }
        }
    }
}

/// A heading: its line, its text, and the first line of its content.
struct Heading {
    line: usize,
    text: String,
    content: usize,
}

/// Finds the headings: a line followed by an edit link (on the next non-blank line),
/// or a line that ends with one (`Background[edit]`).
fn find_headings(b: &Builder<'_>, all: &[Line]) -> Vec<Heading> {
    let edit = &b.lexicon.layout.edit_markers;
    let is_edit = |l: &Line| edit.iter().any(|m| eq_folded(b.line_text(*l), m));
    let mut out = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let text = b.line_text(all[i]).trim();
        if text.is_empty() || is_edit(&all[i]) {
            i += 1;
            continue;
        }
        if let Some(heading) = edit.iter().find_map(|m| text.strip_suffix(m.as_str())) {
            if !heading.trim().is_empty() {
                out.push(Heading {
                    line: i,
                    text: squash_spaces(heading),
                    content: i + 1,
                });
                i += 1;
                continue;
            }
        }
        // The edit link may be one blank line away.
        let next = (i + 1..all.len().min(i + 3)).find(|&j| !b.line_text(all[j]).trim().is_empty());
        if let Some(j) = next.filter(|&j| is_edit(&all[j])) {
            out.push(Heading {
                line: i,
                text: squash_spaces(text),
                content: j + 1,
            });
            i = j + 1;
            continue;
        }
        i += 1;
    }
    out
}

fn trimmed_span(text: &str, line: Line) -> Span {
    let start = line.start + (text.len() - text.trim_start_matches(is_space).len());
    let end = line.start + text.trim_end_matches(is_space).len();
    Span::new(start, end.max(start))
}

/// A line without the markers after its stop ("…killed.[5][6]").
fn without_markers(text: &str) -> &str {
    let mut end = text.trim_end();
    while end.ends_with(']') {
        match end.rfind('[') {
            Some(p) => end = end[..p].trim_end_matches(',').trim_end(),
            None => break,
        }
    }
    end
}

/// True for a line that is a paragraph of prose.
fn is_prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words >= 12 && without_markers(text).ends_with(['.', '!', '?', '»', '…', '"', '”', ')'])
}

/// True for a first line that is a sentence, not a title: six words or more, ended by
/// a full stop, an exclamation or a question mark ("Le 3 mai 2015, 12 soldats sont
/// tués."). A title never ends so ("Bataille de Jisr al-Choghour (2015)").
fn is_sentence(text: &str) -> bool {
    text.split_whitespace().count() >= 6 && without_markers(text).ends_with(['.', '!', '?', '…'])
}

/// Reads what stands between the title and the first heading: hatnote, infobox, lead;
/// only the lead when `lead_first` (a text without a title opens with its prose).
fn read_front(b: &mut Builder<'_>, front: &[Line], lead_first: bool) {
    // The lead starts at the first prose line standing alone between blank lines.
    let alone = |k: usize| {
        let blank_or_edge = |j: Option<&Line>| j.is_none_or(|l| b.line_text(*l).trim().is_empty());
        blank_or_edge(k.checked_sub(1).and_then(|p| front.get(p)))
            && blank_or_edge(front.get(k + 1))
    };
    // The lead's first sentence names the article ("La deuxième bataille de Jisr
    // al-Choghour a lieu…"), however short it is; failing that, the first prose line;
    // failing that, the first sentence.
    let core = title_core(b.title());
    let names_title = |text: &str| {
        let ws = words(text);
        lead_starts_at(&ws, 0, &core, &b.lexicon.layout.lead_determiners)
    };
    // "Casualties were heavy on both sides." starts with a label, but is a sentence.
    let last_field = (0..front.len()).rev().find(|&j| {
        let text = b.line_text(front[j]);
        !is_sentence(text) && field_label(b, text.trim()).is_some()
    });
    // A sentence standing alone after the infobox's fields, not the hatnote.
    let hatnote = |k: usize| {
        let text = b.line_text(front[k]).trim();
        front[..k].iter().all(|l| b.line_text(*l).trim().is_empty())
            && b.lexicon
                .layout
                .hatnote_prefixes
                .iter()
                .any(|p| strip_prefix_folded(text, p).is_some())
    };
    let first_sentence = (0..front.len()).find(|&k| {
        alone(k)
            && last_field.is_none_or(|f| f < k)
            && !hatnote(k)
            && is_sentence(b.line_text(front[k]))
    });
    let named = lead_first
        .then_some(0)
        .or_else(|| (0..front.len()).find(|&k| alone(k) && names_title(b.line_text(front[k]))));
    let prose = (0..front.len()).find(|&k| alone(k) && is_prose(b.line_text(front[k])));
    let lead = match (named, prose, first_sentence) {
        (Some(k), _, _) => Some(k),
        // Without an infobox, and without a lead naming the title (which a page's
        // captions and map labels stand above), short paragraphs before the first long
        // one are prose too ("Ils reprennent la ville aux rebelles le 5 mai 2015."
        // before a longer one was read as infobox furniture, and lost).
        (None, Some(k), Some(s)) if last_field.is_none() => Some(k.min(s)),
        // A short text's one paragraph ("Two soldiers were killed and four others
        // wounded."), shorter than a lead, was left for infobox lines; one with
        // infobox fields after it is a caption, and the fields are no prose.
        (None, prose, first_sentence) => prose.or(first_sentence),
    };
    let (info, lead_lines) = match lead {
        Some(k) => front.split_at(k),
        None => {
            if !front.is_empty() {
                let at = front[0].start;
                b.finding(
                    FindingKind::Layout,
                    at,
                    "no lead paragraph found before the first heading".into(),
                );
            }
            (front, &[][..])
        }
    };
    read_infobox(b, info);
    for &line in lead_lines {
        let text = b.line_text(line);
        if !text.trim().is_empty() {
            b.prose(trimmed_span(text, line), false);
        }
    }
}

/// Reads the infobox lines: labelled fields and their values; anything else is
/// furniture (image caption, headers, the map).
fn read_infobox(b: &mut Builder<'_>, info: &[Line]) {
    let mut field: Option<usize> = None;
    let mut first = true;
    for &line in info {
        let text = b.line_text(line);
        if text.trim().is_empty() {
            field = None;
            continue;
        }
        let span = trimmed_span(text, line);
        let trimmed = text.trim();
        if first
            && b.lexicon
                .layout
                .hatnote_prefixes
                .iter()
                .any(|p| strip_prefix_folded(trimmed, p).is_some())
        {
            b.block(BlockKind::Hatnote, span);
            first = false;
            continue;
        }
        first = false;
        if b.lexicon
            .layout
            .map_labels
            .iter()
            .any(|m| strip_prefix_folded(trimmed.trim_start_matches('('), m).is_some())
        {
            b.block(BlockKind::Map, span);
            field = None;
            continue;
        }
        // "Informations générales", "Part of the Syrian civil war": a header.
        if b.lexicon
            .infobox
            .start
            .iter()
            .any(|s| strip_prefix_folded(trimmed, s).is_some())
        {
            b.block(BlockKind::InfoboxOther, span);
            field = None;
            continue;
        }
        if let Some((key, label, value_at)) = field_label(b, trimmed) {
            let idx = b.infobox_field(&key, &label, span.start);
            field = Some(idx);
            let value = Span::new(span.start + value_at, span.end);
            if value.start < value.end {
                b.infobox_value(idx, value, None);
            }
            continue;
        }
        match field {
            Some(idx) => b.infobox_value(idx, span, None),
            None => b.block(BlockKind::InfoboxOther, span),
        }
    }
}

/// A field label at the start of an infobox line: the whole line ("Pertes") or its
/// start followed by the value ("Lieu Jisr al-Choghour"). Returns the field key, the
/// label and where the value starts.
fn field_label(b: &Builder<'_>, line: &str) -> Option<(String, String, usize)> {
    let mut best: Option<(String, String, usize)> = None;
    for (key, labels) in &b.lexicon.infobox.fields {
        for label in labels {
            let Some(n) = strip_prefix_folded(line, label) else {
                continue;
            };
            let rest = &line[n..];
            let whole = rest.trim().is_empty();
            let followed = rest.starts_with(is_space);
            if !(whole || followed) {
                continue;
            }
            // "Date" must not swallow a line of prose that starts with the word.
            if !whole && rest.split_whitespace().count() > 12 {
                continue;
            }
            let value_at = n + (rest.len() - rest.trim_start_matches(is_space).len());
            if best.as_ref().is_none_or(|(_, l, _)| label.len() > l.len()) {
                best = Some((key.clone(), label.clone(), value_at));
            }
        }
    }
    best
}
