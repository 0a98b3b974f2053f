//! The article grammar: from a document's text to the [`Article`] model.
//!
//! [`parse`] is the only entry. It picks the lexicon (given, or detected from the
//! text), reads the layout of the format ([`rendered`] or [`tokenized`]) and hands
//! each construct to its rule: [`marker`], [`sentence`], [`reference`], [`date`].
//! The grammar never fails on an article: what it cannot read becomes a
//! [`Finding`](crate::model::Finding) with its line and column, and the rest is read.

pub mod claim;
pub mod date;
pub mod headline;
mod html;
pub mod lexicon;
pub mod marker;
pub mod period;
pub mod quantity;
pub mod reference;
mod rendered;
pub mod sentence;
pub(crate) mod tags;
pub mod text;
mod token;
mod tokenized;
mod visible;
mod wikitext;

pub use lexicon::{load as load_grammars, Grammars, Lexicon};

use crate::input::Document;
use crate::model::{
    Article, Block, BlockKind, Context, Finding, FindingKind, Format, InfoboxField, Marker,
    MarkerKind, Registry, Section, SectionKind, Sentence, Span,
};
use sentence::{Piece, Rules};
use text::{fold_char, words, Locator};

/// Loads the source registry alone (from a directory, or the built-in copy).
///
/// # Errors
/// As [`lexicon::load`].
pub fn load_registry(dir: Option<&std::path::Path>) -> crate::Result<Registry> {
    lexicon::load(dir).map(|g| g.registry)
}

/// Picks the lexicon whose frequent words are the most frequent in `text`.
///
/// The sample is the first 5 000 words (runs of letters and apostrophes). Each is
/// looked up once in the table of all the lexicons' detection words, unless it is
/// longer than any of them: as the text has it when it is already folded (small
/// ASCII letters and apostrophes, most words), else folded with [`fold_char`].
pub fn detect_language<'g>(text: &str, grammars: &'g Grammars) -> Option<&'g Lexicon> {
    const SAMPLE: usize = 5_000;
    let detection = &grammars.detection;
    let longest = detection.longest();
    let mut hits = vec![0usize; grammars.lexicons.len()];
    let mut folded = String::new();
    let mut count = |word: &str, plain: bool| {
        let key = if plain {
            word
        } else {
            folded.clear();
            folded.extend(word.chars().map(fold_char));
            folded.as_str()
        };
        for &lexicon in detection.lexicons(key) {
            if let Some(n) = hits.get_mut(lexicon) {
                *n += 1;
            }
        }
    };
    // The word being read: its first byte, its length in characters (0 between
    // words), and whether it is its own fold so far. The text is read a byte at a
    // time, and a character that is not ASCII is decoded where it starts.
    let mut start = 0;
    let mut length = 0usize;
    let mut plain = true;
    let mut words = 0;
    let mut i = 0;
    while let Some(&b) = text.as_bytes().get(i) {
        let (letter, small, width) = if b.is_ascii() {
            let small = b.is_ascii_lowercase() || b == b'\'';
            (small || b.is_ascii_uppercase(), small, 1)
        } else {
            let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
            (text::is_alphabetic(c), false, c.len_utf8())
        };
        if letter {
            if length == 0 {
                start = i;
                plain = true;
            }
            plain &= small;
            length += 1;
        } else if length > 0 {
            if length <= longest {
                count(text.get(start..i).unwrap_or_default(), plain);
            }
            length = 0;
            words += 1;
            if words == SAMPLE {
                break;
            }
        }
        i += width;
    }
    if length > 0 && length <= longest {
        count(text.get(start..).unwrap_or_default(), plain);
    }
    grammars
        .lexicons
        .iter()
        .zip(hits)
        .map(|(lex, hits)| (hits, lex))
        .max_by_key(|&(hits, _)| hits)
        .map(|(_, lex)| lex)
}

/// Reads a document as an article of its format, with the given lexicon.
///
/// ```
/// use crosscheck::{grammar, input::Document, model::Format};
/// let grammars = grammar::load_grammars(None).unwrap();
/// let doc = Document::new("x.txt", "Bataille de X\n\nLa bataille de X a lieu en 2015, selon des sources concordantes et nombreuses.[1]\n\nNotes et références\n\n[modifier | modifier le code]\n  1. « Titre », OSDH,\n");
/// let lexicon = grammars.lexicon("fr").unwrap();
/// let article = grammar::parse(&doc, Format::Rendered, lexicon, &grammars.registry);
/// assert_eq!(article.references[0].source_keys, ["sohr"]);
/// assert_eq!(article.references[0].cited_by, [1]);
/// ```
pub fn parse(doc: &Document, format: Format, lexicon: &Lexicon, registry: &Registry) -> Article {
    // Markup is read into its visible text, which has a builder of its own.
    let layout = match format {
        Format::Rendered => rendered::read,
        Format::Tokenized => tokenized::read,
        Format::Wikitext => return wikitext::read(doc, lexicon, registry),
        Format::Html => return html::read(doc, lexicon, registry),
    };
    let mut builder = Builder::new(doc, format, lexicon, registry);
    layout(&mut builder);
    let mut article = builder.finish();
    article.claims = claim::extract(&article, lexicon, registry);
    article
}

/// A line of the document: byte range without its line break.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// Splits a text into lines (a trailing `\r` is left out).
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes().get(i - 1) == Some(&b'\r') {
                i - 1
            } else {
                i
            };
            out.push(Line { start, end });
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Line {
            start,
            end: text.len(),
        });
    }
    out
}

/// True when a title's core words follow a lead determiner at word `i` of `words`
/// ("L'offensive de Maarat…", "La deuxième bataille de Jisr…").
pub(crate) fn lead_starts_at(
    ws: &[(usize, &str)],
    i: usize,
    core: &[String],
    determiners: &[String],
) -> bool {
    let fold = |w: &str| -> String { w.chars().map(fold_char).collect() };
    let Some((_, det)) = ws.get(i) else {
        return false;
    };
    if !determiners.iter().any(|d| fold(d) == fold(det)) || core.is_empty() {
        return false;
    }
    let matches_at = |j: usize| {
        core.iter()
            .enumerate()
            .all(|(k, c)| ws.get(j + k).is_some_and(|(_, w)| fold(w) == *c))
    };
    matches_at(i + 1) || matches_at(i + 2)
}

/// The title of a document that gives none: its file's name without the folders and a
/// known extension (`.txt`, `.wiki`, `.html`, `.htm`; not whatever follows a dot, as in
/// `U.S. strikes`), underscores read as spaces (`Bataille_de_Test.wiki` → `Bataille de
/// Test`).
pub(crate) fn title_from_file(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = [".txt", ".wiki", ".html", ".htm"]
        .iter()
        .find_map(|ext| file.strip_suffix(ext))
        .unwrap_or(file);
    stem.replace('_', " ")
}

/// The folded words of a title without its trailing qualifier: "Bataille de
/// Jisr al-Choghour (2015)" gives `bataille de jisr al-choghour`.
pub(crate) fn title_core(title: &str) -> Vec<String> {
    let title = match title.rfind(" (") {
        Some(p) if title.ends_with(')') => &title[..p],
        _ => title,
    };
    words(title)
        .into_iter()
        .map(|(_, w)| w.chars().map(fold_char).collect())
        .collect()
}

/// Builds an [`Article`] while a layout reader walks the document.
pub(crate) struct Builder<'a> {
    pub text: &'a str,
    pub lexicon: &'a Lexicon,
    registry: &'a Registry,
    locator: Locator<'a>,
    article: Article,
    paragraph: usize,
    section: usize,
    /// Position of the next entry in the current reference list (1-based).
    list_position: u32,
    /// The current list's numbers were inferred (and a finding says so).
    list_inferred: bool,
}

impl<'a> Builder<'a> {
    pub(crate) fn new(
        doc: &'a Document,
        format: Format,
        lexicon: &'a Lexicon,
        registry: &'a Registry,
    ) -> Self {
        Self {
            text: &doc.text,
            lexicon,
            registry,
            locator: Locator::new(&doc.text),
            article: Article {
                name: doc.name.clone(),
                title: String::new(),
                lang: lexicon.lang.clone(),
                format,
                sections: Vec::new(),
                infobox: Vec::new(),
                sentences: Vec::new(),
                markers: Vec::new(),
                blocks: Vec::new(),
                references: Vec::new(),
                findings: Vec::new(),
                claims: Vec::new(),
                revision: None,
            },
            paragraph: 0,
            section: 0,
            list_position: 1,
            list_inferred: false,
        }
    }

    fn rules(&self) -> Rules<'a> {
        Rules {
            abbreviations: &self.lexicon.sentence.abbreviations,
            citation_needed: &self.lexicon.layout.citation_needed,
        }
    }

    /// The text of a line.
    pub fn line_text(&self, line: Line) -> &'a str {
        self.text.get(line.start..line.end).unwrap_or("")
    }

    pub fn set_title(&mut self, title: &str) {
        self.article.title = text::squash_spaces(title);
    }

    pub fn title(&self) -> &str {
        &self.article.title
    }

    /// Opens a section at byte `at`.
    pub fn section(&mut self, heading: &str, kind: SectionKind, at: usize) {
        let (line, _) = self.locator.locate(at);
        let index = self.article.sections.len();
        self.article.sections.push(Section {
            index,
            heading: text::squash_spaces(heading),
            kind,
            line,
        });
        self.section = index;
        self.list_position = 1;
        self.list_inferred = false;
    }

    /// Records page furniture; its markers are kept (they still cite references).
    pub fn block(&mut self, kind: BlockKind, span: Span) {
        if span.start >= span.end {
            return;
        }
        let (line, column) = self.locator.locate(span.start);
        self.article.blocks.push(Block {
            kind,
            span,
            line,
            column,
        });
        let rules = self.rules();
        if let Some(piece) = self
            .text
            .get(span.start..span.end)
            .and_then(|t| sentence::whole(t, span.start, &rules))
        {
            for (kind, mspan, _) in piece.markers {
                self.marker(kind, mspan, None, 0);
            }
        }
    }

    /// Splits a stretch of prose into sentences: a new paragraph, or more of the
    /// current one when `continues`.
    pub fn prose(&mut self, span: Span, continues: bool) {
        let Some(text) = self.text.get(span.start..span.end) else {
            return;
        };
        let rules = self.rules();
        let pieces = sentence::split(text, span.start, &rules);
        if pieces.is_empty() {
            return;
        }
        if !continues {
            self.paragraph += 1;
        }
        for piece in pieces {
            self.sentence(piece, Context::Body);
        }
    }

    /// Opens an infobox field whose label starts at byte `at`.
    pub fn infobox_field(&mut self, key: &str, label: &str, at: usize) -> usize {
        let (line, _) = self.locator.locate(at);
        self.article.infobox.push(InfoboxField {
            key: key.to_owned(),
            label: label.to_owned(),
            value: String::new(),
            line,
            column: None,
            sentences: Vec::new(),
        });
        self.paragraph += 1;
        self.article.infobox.len() - 1
    }

    /// Adds one value line of an infobox field: cut into cells after each marker
    /// group that more text follows (`6 000 hommes[1] 10 000 hommes[2]`).
    pub fn infobox_value(&mut self, field: usize, span: Span, label: Option<&str>) {
        let Some(text) = self.text.get(span.start..span.end) else {
            return;
        };
        let rules = self.rules();
        let mut cells = Vec::new();
        let mut cell_start = 0;
        let mut i = 0;
        while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
            if c == '[' {
                let (group, used) = text
                    .get(i..)
                    .map_or((Vec::new(), 0), |r| sentence::marker_group(r, &rules));
                if !group.is_empty() {
                    i += used;
                    let rest = text.get(i..).unwrap_or("").trim_start();
                    if !rest.is_empty() && !rest.starts_with([',', '.', ')', ';']) {
                        cells.push((cell_start, i));
                        cell_start = i;
                    }
                    continue;
                }
            }
            i += c.len_utf8();
        }
        cells.push((cell_start, text.len()));
        self.infobox_cells(field, span.start, text, &cells, label);
    }

    /// Adds cells (byte ranges of `text`, which starts at `base`) to an infobox field.
    pub fn infobox_cells(
        &mut self,
        field: usize,
        base: usize,
        text: &str,
        cells: &[(usize, usize)],
        label: Option<&str>,
    ) {
        let rules = self.rules();
        if let Some(f) = self.article.infobox.get_mut(field) {
            if !f.value.is_empty() {
                f.value.push_str(" / ");
            }
            f.value.push_str(&text::squash_spaces(text));
        }
        let key = self
            .article
            .infobox
            .get(field)
            .map(|f| f.key.clone())
            .unwrap_or_default();
        for (n, &(s, e)) in cells.iter().enumerate() {
            let Some(cell) = text.get(s..e) else { continue };
            let (cell_label, value_at) = self.column_label(cell);
            let value = cell.get(value_at..).unwrap_or("");
            let Some(piece) = sentence::whole(value, base + s + value_at, &rules) else {
                continue;
            };
            if piece.text.is_empty() && piece.markers.is_empty() {
                continue;
            }
            let column = self.article.infobox.get(field).and_then(|f| f.column);
            let context = Context::Infobox {
                column,
                field: key.clone(),
                label: cell_label.or_else(|| label.map(str::to_owned)),
                cell: n,
            };
            let id = self.sentence(piece, context);
            if let Some(f) = self.article.infobox.get_mut(field) {
                f.sentences.push(id);
            }
        }
    }

    /// A column label at the start of an infobox cell ("Civils : 7 morts") and where
    /// the value starts.
    pub fn column_label(&self, cell: &str) -> (Option<String>, usize) {
        let trimmed = cell.trim_start();
        let lead = cell.len() - trimmed.len();
        for labels in self.lexicon.infobox.column_labels.values() {
            for label in labels {
                if let Some(n) = text::strip_prefix_folded(trimmed, label) {
                    let rest = &trimmed[n..];
                    let after = rest.trim_start_matches(text::is_space);
                    if let Some(value) = after.strip_prefix(':') {
                        let at = lead
                            + n
                            + (rest.len() - after.len())
                            + 1
                            + (value.len() - value.trim_start().len());
                        return (Some(label.clone()), at);
                    }
                }
            }
        }
        (None, 0)
    }

    /// Adds a sentence and its markers; returns its id.
    fn sentence(&mut self, piece: Piece, context: Context) -> usize {
        let id = self.article.sentences.len() + 1;
        let (line, column) = self.locator.locate(piece.span.start);
        let mut markers = Vec::new();
        for (kind, span, offset) in piece.markers {
            markers.push(self.marker(kind, span, Some(id), offset));
        }
        self.article.sentences.push(Sentence {
            id,
            section: self.section,
            paragraph: self.paragraph,
            context,
            text: piece.text,
            span: piece.span,
            line,
            column,
            markers,
        });
        id
    }

    fn marker(
        &mut self,
        kind: MarkerKind,
        span: Span,
        sentence: Option<usize>,
        offset: usize,
    ) -> usize {
        let (line, column) = self.locator.locate(span.start);
        self.article.markers.push(Marker {
            kind,
            span,
            line,
            column,
            sentence,
            offset_in_sentence: offset,
        });
        self.article.markers.len() - 1
    }

    /// Reads one line of the reference list.
    pub fn reference_line(&mut self, line: Line) {
        let raw = self.line_text(line);
        let entry = raw.trim_start_matches(text::is_space);
        if entry.trim().is_empty() {
            return;
        }
        let indent = line.start + (raw.len() - entry.len());
        // Every line of the list counts, read or not, so an entry without a number
        // takes the number MediaWiki showed for it.
        let position = self.list_position;
        self.list_position = self.list_position.saturating_add(1);
        match reference::parse_entry(entry.trim_end(), self.lexicon, self.registry) {
            Ok(mut r) => {
                r.line = self.locator.locate(line.start).0;
                if r.number == 0 {
                    if !self.list_inferred {
                        self.list_inferred = true;
                        self.finding(
                            FindingKind::ReferenceNumbering,
                            indent,
                            "the list shows no numbers: they are taken from the entries' order"
                                .into(),
                        );
                    }
                    r.number = position;
                }
                self.article.references.push(r);
            }
            Err(e) => {
                let (l, col) = self.locator.locate(indent);
                self.article.findings.push(Finding {
                    kind: FindingKind::MalformedReference,
                    line: l,
                    column: col + e.column,
                    message: format!("cannot read this reference entry: expected {}", e.expected),
                });
            }
        }
    }

    /// Adds a reference built elsewhere (from a citation template).
    pub fn push_reference(&mut self, r: crate::model::Reference) {
        self.article.references.push(r);
    }

    /// Sets the belligerent's column of an infobox field.
    pub fn set_column(&mut self, field: usize, column: Option<usize>) {
        if let Some(f) = self.article.infobox.get_mut(field) {
            f.column = column;
        }
    }

    /// Records a finding at byte `at`.
    pub fn finding(&mut self, kind: FindingKind, at: usize, message: String) {
        let (line, column) = self.locator.locate(at);
        self.article.findings.push(Finding {
            kind,
            line,
            column,
            message,
        });
    }

    /// Links markers and references and checks the list; returns the article.
    pub(crate) fn finish(mut self) -> Article {
        let a = &mut self.article;
        let mut findings = Vec::new();
        let mut seen = rustc_hash::FxHashSet::default();
        let mut expected = 1u32;
        for r in &a.references {
            if !seen.insert(r.number) {
                findings.push(Finding {
                    kind: FindingKind::DuplicateReference,
                    line: r.line,
                    column: 1,
                    message: format!(
                        "reference {} is defined twice; markers resolve to the first",
                        r.number
                    ),
                });
            } else if r.number != expected {
                findings.push(Finding {
                    kind: FindingKind::ReferenceNumbering,
                    line: r.line,
                    column: 1,
                    message: format!("reference {} where {} was expected", r.number, expected),
                });
            }
            expected = r.number.saturating_add(1);
        }
        let index: rustc_hash::FxHashMap<u32, usize> = a
            .references
            .iter()
            .enumerate()
            .rev()
            .map(|(i, r)| (r.number, i))
            .collect();
        for m in &a.markers {
            match &m.kind {
                MarkerKind::Reference(n) => {
                    match index.get(n).and_then(|&i| a.references.get_mut(i)) {
                        Some(r) => {
                            r.uses += 1;
                            // Markers come in document order, so a sentence citing
                            // the reference again is the last one listed.
                            if let Some(s) = m.sentence {
                                if r.cited_by.last() != Some(&s) {
                                    r.cited_by.push(s);
                                }
                            }
                        }
                        None => findings.push(Finding {
                            kind: FindingKind::MissingReference,
                            line: m.line,
                            column: m.column,
                            message: format!("marker [{n}] points to no reference in the list"),
                        }),
                    }
                }
                MarkerKind::CitationNeeded(words) => findings.push(Finding {
                    kind: FindingKind::CitationNeeded,
                    line: m.line,
                    column: m.column,
                    message: format!("the article itself asks for a citation here [{words}]"),
                }),
                MarkerKind::Note(_) => {}
            }
        }
        let mut first_of_number = rustc_hash::FxHashSet::default();
        for r in &a.references {
            // A second entry with a taken number is reported as a duplicate only.
            if !first_of_number.insert(r.number) {
                continue;
            }
            if r.uses == 0 {
                findings.push(Finding {
                    kind: FindingKind::UncitedReference,
                    line: r.line,
                    column: 1,
                    message: format!("reference {} is cited by no marker", r.number),
                });
            } else if usize::try_from(r.backlinks).is_ok_and(|b| b != r.uses) {
                findings.push(Finding {
                    kind: FindingKind::BacklinkMismatch,
                    line: r.line,
                    column: 1,
                    message: format!(
                        "reference {} shows {} backlinks but {} markers cite it",
                        r.number, r.backlinks, r.uses
                    ),
                });
            }
            if r.source_keys.is_empty() {
                let names = if r.unknown_names.is_empty() {
                    "no publisher, agency or site is named".to_owned()
                } else {
                    format!("unknown to the registry: {}", r.unknown_names.join("; "))
                };
                findings.push(Finding {
                    kind: FindingKind::UnattributedReference,
                    line: r.line,
                    column: 1,
                    message: format!("reference {} resolves to no source ({names})", r.number),
                });
            }
        }
        if a.body_sentences().next().is_none() {
            findings.push(Finding {
                kind: FindingKind::Layout,
                line: 1,
                column: 1,
                message: "no body text was found".into(),
            });
        }
        a.findings.extend(findings);
        a.findings.sort_by_key(|f| (f.line, f.column, f.kind));
        self.article
    }
}

#[cfg(test)]
mod tests {
    /// One rule for every format: folders and a known extension go, a dot inside a
    /// name stays (`U.S. strikes` was cut to `U` by the rendered reader's own rule).
    #[test]
    fn a_title_from_a_file_name_keeps_the_dots_of_the_name() {
        for (name, title) in [
            ("seeds/one.txt", "one"),
            ("in\\Bataille_de_Test.wiki", "Bataille de Test"),
            ("page.htm", "page"),
            ("U.S. strikes", "U.S. strikes"),
            ("St. Louis.txt", "St. Louis"),
            ("notes.md", "notes.md"),
        ] {
            assert_eq!(super::title_from_file(name), title, "{name}");
        }
    }
}
