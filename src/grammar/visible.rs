//! The visible text of a marked-up article (wikitext, HTML) and its replay through the
//! ordinary rules.
//!
//! A markup reader renders what a reader of the page sees into [`Out`], remembering
//! where each piece came from in the source, and records the layout it found as
//! [`Action`]s (sections, paragraphs, infobox fields). [`Visible::replay`] hands the
//! visible text to the same [`Builder`](super::Builder) as the plain-text grammars, so
//! sentences, markers, claims and findings come out the same, then maps every line and
//! column back to the source the user gave.

use super::lexicon::Lexicon;
use super::text::Locator;
use super::Builder;
use crate::input::Document;
use crate::model::{
    Article, BlockKind, Finding, FindingKind, Format, Reference, Registry, SectionKind, Span,
};

/// The visible text being built, with where each piece came from.
#[derive(Debug, Default)]
pub(crate) struct Out {
    pub v: String,
    /// (visible offset, source offset) at the start of each piece.
    pub map: Vec<(usize, usize)>,
}

impl Out {
    /// Appends a piece shown at `orig` in the source.
    pub fn push(&mut self, s: &str, orig: usize) {
        if s.is_empty() {
            return;
        }
        self.map.push((self.v.len(), orig));
        self.v.push_str(s);
    }

    /// The source offset of a visible one.
    pub fn original(&self, v: usize) -> usize {
        let k = self.map.partition_point(|&(vo, _)| vo <= v);
        match k.checked_sub(1).and_then(|k| self.map.get(k)) {
            Some(&(vo, oo)) => oo + (v - vo),
            None => 0,
        }
    }

    /// Cuts the text back to `len` bytes, and the map with it.
    pub fn truncate(&mut self, len: usize) {
        self.v.truncate(len);
        let keep = self.map.partition_point(|&(v, _)| v < len);
        self.map.truncate(keep);
    }
}

/// What a markup reader found, to replay on the visible text.
#[derive(Debug)]
pub(crate) enum Action {
    Section {
        heading: String,
        kind: SectionKind,
        v_at: usize,
        orig: usize,
    },
    Prose(Span),
    /// Page furniture whose markers still cite references (an image caption).
    Block(BlockKind, Span),
    Field {
        key: String,
        label: String,
        v_at: usize,
        column: Option<usize>,
        cells: Vec<Span>,
    },
}

/// A marked-up article rendered to its visible text.
pub(crate) struct Visible {
    /// The article's title.
    pub title: String,
    pub out: Out,
    pub actions: Vec<Action>,
    /// The reference list, numbered, with lines in the source.
    pub references: Vec<Reference>,
    /// Problems of the markup: source offset, kind, message.
    pub problems: Vec<(usize, FindingKind, String)>,
}

impl Visible {
    /// Reads the visible text with the ordinary rules; lines and columns point into
    /// `doc`, the source.
    pub fn replay(
        self,
        doc: &Document,
        format: Format,
        lexicon: &Lexicon,
        registry: &Registry,
    ) -> Article {
        self.replay_located(doc, Locator::new(&doc.text), format, lexicon, registry)
    }

    /// [`replay`](Self::replay) with the reader's locator over `doc`'s text, not made
    /// again.
    pub fn replay_located(
        self,
        doc: &Document,
        mut locator: Locator<'_>,
        format: Format,
        lexicon: &Lexicon,
        registry: &Registry,
    ) -> Article {
        let Self {
            title,
            out,
            actions,
            references,
            problems,
        } = self;
        let Out { v, map } = out;
        let out = Out {
            v: String::new(),
            map,
        };
        let visible = Document::new(doc.name.clone(), v);
        let mut b = Builder::new(&visible, format, lexicon, registry);
        b.set_title(&title);
        let mut first = true;
        let mut section_lines = Vec::new();
        for action in actions {
            match action {
                Action::Section {
                    heading,
                    kind,
                    v_at,
                    orig,
                } => {
                    let heading = if std::mem::take(&mut first) {
                        title.clone()
                    } else {
                        heading
                    };
                    b.section(&heading, kind, v_at);
                    section_lines.push(locator.locate(orig).0);
                }
                Action::Prose(span) => b.prose(span, false),
                Action::Block(kind, span) => b.block(kind, span),
                Action::Field {
                    key,
                    label,
                    v_at,
                    column,
                    cells,
                } => {
                    let field = b.infobox_field(&key, &label, v_at);
                    b.set_column(field, column);
                    for cell in cells {
                        b.infobox_value(field, cell, None);
                    }
                }
            }
        }
        for reference in references {
            b.push_reference(reference);
        }
        let mut article = b.finish();
        // Lines and columns of the source, not of the visible text: a sentence, marker
        // or block is placed where its span starts, other things by their line and
        // column in the visible text.
        let mut vloc = VisibleLines::new(&visible.text);
        let mut locate = |v: usize| locator.locate(out.original(v));
        // Spans too: a piece of the visible text stands where the source shows it.
        let source_span = |span: Span| -> Span {
            let start = floor_boundary(&doc.text, out.original(span.start));
            let end = match span.end.checked_sub(1).filter(|&last| last >= span.start) {
                Some(last) => ceil_boundary(&doc.text, out.original(last).saturating_add(1)),
                None => start,
            };
            Span::new(start, end.max(start))
        };
        for s in &mut article.sentences {
            (s.line, s.column) = locate(s.span.start);
            s.span = source_span(s.span);
        }
        for m in &mut article.markers {
            (m.line, m.column) = locate(m.span.start);
            m.span = source_span(m.span);
        }
        for block in &mut article.blocks {
            (block.line, block.column) = locate(block.span.start);
            block.span = source_span(block.span);
        }
        // Findings about the text are placed in the visible text; findings about a
        // reference already carry its line in the source. Their offsets are found in
        // the order of the visible text, each from the one before on its line (a line
        // of thousands of markers is not walked from its start for each), then located
        // in the findings' order.
        let mut in_text: Vec<(usize, usize, usize)> = article
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                matches!(
                    f.kind,
                    FindingKind::MissingReference
                        | FindingKind::CitationNeeded
                        | FindingKind::Layout
                )
            })
            .map(|(i, f)| (f.line, f.column, i))
            .collect();
        in_text.sort_unstable();
        let mut offsets: Vec<(usize, usize)> = in_text
            .into_iter()
            .map(|(line, column, i)| (i, vloc.offset(line, column)))
            .collect();
        offsets.sort_unstable();
        for (i, v) in offsets {
            if let Some(f) = article.findings.get_mut(i) {
                (f.line, f.column) = locate(v);
            }
        }
        for f in &mut article.infobox {
            f.line = locate(vloc.offset(f.line, 1)).0;
        }
        for (s, line) in article.sections.iter_mut().zip(section_lines) {
            s.line = line;
        }
        for (at, kind, message) in problems {
            let (line, column) = locator.locate(at);
            article.findings.push(Finding {
                kind,
                line,
                column,
                message,
            });
        }
        article.findings.sort_by_key(|f| (f.line, f.column, f.kind));
        article.claims = super::claim::extract(&article, lexicon, registry);
        article
    }
}

/// The char boundary of `text` at or before `at`, within the text.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char boundary of `text` at or after `at`, within the text.
fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Byte offsets of 1-based lines and columns of the visible text.
struct VisibleLines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last place found: its line, 0-based column and offset, where a later
    /// column of the same line is counted from.
    last: Option<(usize, usize, usize)>,
}

impl<'a> VisibleLines<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            text,
            starts,
            last: None,
        }
    }

    /// The offset of a column (counted in characters from the line's start, on into
    /// the lines after when the line is shorter; the text's end past the end).
    fn offset(&mut self, line: usize, column: usize) -> usize {
        let column = column.saturating_sub(1);
        let (counted, from) = match self.last {
            Some((l, c, at)) if l == line && c <= column => (c, at),
            _ => {
                let start = self
                    .starts
                    .get(line.saturating_sub(1))
                    .copied()
                    .unwrap_or(0);
                (0, start)
            }
        };
        let rest = self.text.get(from..).unwrap_or("");
        let at = from
            + rest
                .char_indices()
                .nth(column - counted)
                .map_or(rest.len(), |(i, _)| i);
        self.last = Some((line, column, at));
        at
    }
}
