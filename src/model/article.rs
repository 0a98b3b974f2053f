//! An article as the grammar reads it: sections, sentences, markers, infobox and references.

use serde::Serialize;

use super::{Claim, Finding, Reference};

/// A byte range `start..end` in the document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }
}

/// The shape an article came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Text copied from the rendered page: `[12]` markers, `[modifier]` / `[edit]` after
    /// headings, a numbered reference list.
    Rendered,
    /// Tokenized text: spaces around punctuation, citations stripped, one sentence a line.
    Tokenized,
    /// MediaWiki wikitext: templates, `<ref>`s, `[[links]]`.
    Wikitext,
    /// A page's HTML, saved from the browser or rendered by the wiki.
    Html,
}

impl Format {
    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Format::Rendered => "rendered",
            Format::Tokenized => "tokenized",
            Format::Wikitext => "wikitext",
            Format::Html => "html",
        }
    }
}

/// What a section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// The text before the first heading.
    Lead,
    /// An ordinary section of prose.
    Body,
    /// The notes and references list.
    References,
}

/// A section: a heading and what follows it up to the next heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// 0-based index in [`Article::sections`].
    pub index: usize,
    /// The heading's text (the article's title for the lead).
    pub heading: String,
    /// What the section holds.
    pub kind: SectionKind,
    /// 1-based line of the heading.
    pub line: usize,
}

/// Text that belongs to the page around the article, never to its claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// "Pour les articles homonymes…", "For other uses…".
    Hatnote,
    /// An infobox line that is no field value (image caption, headers).
    InfoboxOther,
    /// A navigation box: a long run of related article names.
    Navbox,
    /// A map's legend ("Territoire contrôlé par…").
    Legend,
    /// The location map ("Géolocalisation sur la carte : Syrie").
    Map,
    /// An image caption in the body.
    Caption,
}

/// A stretch of page furniture that produces no sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Where it is.
    pub span: Span,
    /// 1-based line of its start.
    pub line: usize,
    /// 1-based column of its start.
    pub column: usize,
}

/// Where a sentence stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Context {
    /// Prose of the lead or of a section.
    Body,
    /// One value (cell) of an infobox field.
    Infobox {
        /// The field's canonical key from the lexicon (`casualties`, `strength`, …).
        field: String,
        /// A column label inside the field ("Civils"), when one stands before the value.
        label: Option<String>,
        /// 0-based position of the cell on its line (two cells on
        /// `6 000 hommes[1] 10 000 hommes[2]`).
        cell: usize,
        /// The belligerent's column (1-based), when the source says it (wikitext's
        /// `forces2`, `casualties1`).
        column: Option<usize>,
    },
}

/// One sentence of prose, or one infobox value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// 1-based number, in document order.
    pub id: usize,
    /// Index of its section in [`Article::sections`].
    pub section: usize,
    /// 0-based paragraph number within the article (infobox values share one per field).
    pub paragraph: usize,
    /// Body prose or an infobox value.
    pub context: Context,
    /// The text with markers removed and white space folded.
    pub text: String,
    /// The original text, markers included.
    pub span: Span,
    /// 1-based line of its first character.
    pub line: usize,
    /// 1-based column of its first character.
    pub column: usize,
    /// Indices into [`Article::markers`] of the markers inside or right after it.
    pub markers: Vec<usize>,
}

/// What an inline marker points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum MarkerKind {
    /// `[12]`: reference number 12.
    Reference(u32),
    /// `[réf. nécessaire]`, `[citation needed]`: the words inside the brackets.
    CitationNeeded(String),
    /// `[a]`, `[N 1]`, `[note 2]`: an explanatory note, not a reference.
    Note(String),
}

/// An inline marker in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Marker {
    /// What it points at.
    pub kind: MarkerKind,
    /// Where it is, brackets included.
    pub span: Span,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The sentence it belongs to (`None` for a marker in page furniture).
    pub sentence: Option<usize>,
    /// Byte offset in that sentence's `text` where the marker stood: a marker inside a
    /// sentence cites the clause before it.
    pub offset_in_sentence: usize,
}

/// One infobox field: a label and its value lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InfoboxField {
    /// The canonical key from the lexicon (`date`, `place`, `strength`, `casualties`, …).
    pub key: String,
    /// The label as written.
    pub label: String,
    /// The value as written, lines joined with ` / `, markers kept.
    pub value: String,
    /// 1-based line of the label.
    pub line: usize,
    /// The belligerent's column (1-based), when the source says it.
    pub column: Option<usize>,
    /// The sentences (one per cell) that hold the value.
    pub sentences: Vec<usize>,
}

/// An article read by the grammar.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// The input's name as the user gave it.
    pub name: String,
    /// The title line.
    pub title: String,
    /// The lexicon's language code (`fr`, `en`).
    pub lang: String,
    /// The shape it came in.
    pub format: Format,
    /// Sections in order; the lead is section 0.
    pub sections: Vec<Section>,
    /// The infobox fields, in order.
    pub infobox: Vec<InfoboxField>,
    /// Every sentence and infobox value, in document order (ids are index + 1).
    pub sentences: Vec<Sentence>,
    /// Every inline marker, in document order.
    pub markers: Vec<Marker>,
    /// Page furniture that gave no sentence.
    pub blocks: Vec<Block>,
    /// The reference list, in list order.
    pub references: Vec<Reference>,
    /// Problems found while reading; none of them stopped the analysis.
    pub findings: Vec<Finding>,
    /// The figures and events it states.
    pub claims: Vec<Claim>,
    /// The wiki revision read, for an article fetched by address.
    pub revision: Option<Revision>,
}

/// The wiki revision an article was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    /// The revision id.
    pub id: u64,
    /// When it was saved (ISO 8601).
    pub timestamp: String,
    /// The address as the user gave it.
    pub address: String,
    /// The title that address redirected from, if it did.
    pub redirected_from: Option<String>,
}

impl Article {
    /// The reference with this number, if the list has it (the first, if the list gives
    /// a number twice). It walks the list: a reader asking for a number per figure
    /// indexes them once instead, as the claim extractor does.
    pub fn reference(&self, number: u32) -> Option<&Reference> {
        self.references.iter().find(|r| r.number == number)
    }

    /// The sentences of the body (lead and sections), without infobox values.
    pub fn body_sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences
            .iter()
            .filter(|s| matches!(s.context, Context::Body))
    }
}
