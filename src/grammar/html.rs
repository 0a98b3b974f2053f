//! HTML: a page saved from the browser, or the wiki's own rendered HTML (the parser's
//! output or Parsoid's), read into the same article model as the other formats.
//!
//! The page is parsed by html5ever (through `scraper`), a browser-grade parser: any
//! text gives a tree, and a malformed page is read as a browser would show it. The
//! reader walks the article's content (`.mw-parser-output`, else the page's body) and
//! renders what a reader sees: headings without their edit links, paragraphs, list
//! items, table rows (a row a paragraph, its cells joined by commas), image captions
//! as furniture, the conflict infobox with each figure in its belligerent's column,
//! and the markers of `<sup class="reference">` as the page shows them (`[12]`).
//! The reference lists (`<ol class="references">`) give the entries, read with the
//! rendered-list grammar; the citation's links give the cited page's URL, the
//! archived copy (dated by the link's text or the archive's address) and the
//! dead-link mark. Group notes (`[N 1]`) are left out, as in wikitext. Page
//! furniture (navigation, edit links, scripts, styles, comments, category links,
//! footers) is never read.
//!
//! html5ever keeps no byte offsets, so each piece of text is found again in the
//! source, searching forward from the previous one: lines and columns point into the
//! HTML (at worst at the last piece found before).

use std::collections::HashMap;

use percent_encoding::percent_decode_str;
use scraper::{ElementRef, Html, Node};

use super::lexicon::Lexicon;
use super::reference::{attach_urls, from_citation, parse_entry, url_host, Citation};
use super::tags;
use super::text::{eq_folded, squash_spaces, Locator};
use super::visible::{Action, Out, Visible};
use crate::input::Document;
use crate::model::{
    Article, BlockKind, FindingKind, Format, Reference, Registry, SectionKind, Span,
};

/// Nesting deeper than this is read as flat text (no recursion without a bound).
const MAX_DEPTH: usize = 200;
/// How far ahead of the previous piece a piece of text is looked for in the source.
const SEARCH_WINDOW: usize = 1 << 16;

/// Elements whose content is never shown as the article's text.
const HIDDEN_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "head", "link", "meta", "img", "svg", "button",
    "input", "select", "textarea", "iframe", "object", "audio", "video",
];
/// MediaWiki's classes of page furniture (the skins' and the parser's, not a language's).
const HIDDEN_CLASSES: &[&str] = &[
    "mw-editsection",
    "mw-jump-link",
    "navbox",
    "navbox-styles",
    "vertical-navbox",
    "toc",
    "catlinks",
    "printfooter",
    "mw-indicators",
    "mw-cite-backlink",
    "cite-accessibility-label",
    "metadata",
    "sistersitebox",
    "portal",
    "bandeau-portail",
    "mw-hidden-catlinks",
    "error",
];
/// Elements that flow inside a paragraph.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
    "time", "tt", "u", "var", "wbr", "big", "nobr",
];

/// Reads an HTML page.
pub(crate) fn read(doc: &Document, lexicon: &Lexicon, registry: &Registry) -> Article {
    // Tags nested deeper than real pages, and attributes past the most a real tag has,
    // are blanked in place (offsets kept), so the tokenizer and the tree builder stay
    // linear; the source searched below is the page as given.
    let tags::Flat {
        text: flat,
        deep,
        crowded,
    } = tags::flatten(&doc.text, tags::MAX_NESTING, tags::MAX_ATTRIBUTES);
    let html = Html::parse_document(&flat);
    drop(flat);
    let top = html.tree.root();
    let elements = || top.descendants().filter_map(ElementRef::wrap);
    let content = elements()
        .find(|e| has_class(e, "mw-parser-output"))
        .or_else(|| elements().find(|e| e.value().id() == Some("mw-content-text")))
        .or_else(|| elements().find(|e| e.value().name() == "body"));
    // The article's text is searched for from the start of its content on.
    let cursor = doc
        .text
        .find("<body")
        .map(|b| b + doc.text[b..].find("mw-parser-output").unwrap_or(0))
        .unwrap_or(0);
    let mut r = Reader {
        src: &doc.text,
        cursor,
        budget: doc.text.len().saturating_mul(16).saturating_add(1 << 20),
        lexicon,
        registry,
        out: Out::default(),
        actions: vec![Action::Section {
            heading: String::new(),
            kind: SectionKind::Lead,
            v_at: 0,
            orig: 0,
        }],
        targets: HashMap::new(),
        references: Vec::new(),
        next_number: 1,
        locator: Locator::new(&doc.text),
        cells: None,
        problems: Vec::new(),
    };
    if let Some(at) = deep {
        r.problems.push((
            at,
            FindingKind::Layout,
            format!(
                "elements nested more than {} deep: the tags below that depth are left out, their text is read",
                tags::MAX_NESTING
            ),
        ));
    }
    if let Some((at, tags)) = crowded {
        let max = tags::MAX_ATTRIBUTES;
        let which = match tags {
            1 => "a tag".to_owned(),
            n => format!("{n} tags, the first here,"),
        };
        r.problems.push((
            at,
            FindingKind::Layout,
            format!(
                "{which} with more than {max} attributes: the attributes past the {max}th are left out"
            ),
        ));
    }
    let title = page_title(&r, elements(), &doc.name);
    if let Some(content) = content {
        r.collect_targets(content);
        r.block(content, 0);
    } else {
        r.problems.push((
            0,
            FindingKind::Layout,
            "the HTML has no body: no article to read".into(),
        ));
    }
    Visible {
        title,
        out: r.out,
        actions: r.actions,
        references: r.references,
        problems: r.problems,
    }
    .replay(doc, Format::Html, lexicon, registry)
}

/// The article's title: the page's heading, else its `<title>` without the wiki's
/// name, else the file's name.
fn page_title<'h>(
    r: &Reader<'_>,
    mut elements: impl Iterator<Item = ElementRef<'h>>,
    name: &str,
) -> String {
    let mut from_title = None;
    for e in elements.by_ref() {
        if e.value().id() == Some("firstHeading") {
            let heading = r.plain(e);
            if !heading.is_empty() {
                return heading;
            }
        }
        if e.value().name() == "title" && from_title.is_none() {
            let mut t = squash_spaces(&e.text().collect::<String>());
            for suffix in &r.lexicon.html.title_suffixes {
                if let Some(cut) = t.strip_suffix(suffix.as_str()) {
                    t = cut.trim_end().to_owned();
                }
            }
            from_title = Some(t).filter(|t| !t.is_empty());
        }
    }
    from_title.unwrap_or_else(|| super::title_from_file(name))
}

fn has_class(e: &ElementRef<'_>, class: &str) -> bool {
    e.value().classes().any(|c| c == class)
}

fn is_hidden(e: &ElementRef<'_>) -> bool {
    let v = e.value();
    let name = v.name();
    if HIDDEN_TAGS.contains(&name) {
        return true;
    }
    if v.classes().any(|c| HIDDEN_CLASSES.contains(&c)) {
        return true;
    }
    // Banners not meant for print are furniture; a `noprint` mark inside the text
    // (`[citation needed]`, `[lien brisé]`) is not.
    if name != "sup" && name != "span" && v.classes().any(|c| c == "noprint") {
        return true;
    }
    v.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        s.to_ascii_lowercase().contains("display:none")
    })
}

/// The marker text of a `<sup class="reference">` is a number (`[12]`), not a note.
fn shows_number(e: &ElementRef<'_>) -> bool {
    let t: String = e.text().collect();
    let t = t
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())
}

/// The fragment a link points to (`#cite_note-3`, `./Page#cite_note-3`), decoded.
fn fragment(href: &str) -> Option<String> {
    let (_, f) = href.split_once('#')?;
    Some(percent_decode_str(f).decode_utf8_lossy().into_owned())
}

struct Reader<'a> {
    src: &'a str,
    /// Where the search for the next piece of text starts in the source.
    cursor: usize,
    /// Bytes the searches for pieces of text may still scan.
    budget: usize,
    lexicon: &'a Lexicon,
    registry: &'a Registry,
    out: Out,
    actions: Vec<Action>,
    /// Ids of the list entries the markers point to: (a number shown, a note shown).
    targets: HashMap<String, (bool, bool)>,
    references: Vec<Reference>,
    next_number: u32,
    locator: Locator<'a>,
    /// While an infobox value is rendered: where its current cell starts, and the
    /// cells done.
    cells: Option<(usize, Vec<Span>)>,
    problems: Vec<(usize, FindingKind, String)>,
}

impl Reader<'_> {
    /// Where a piece of text is in the source: searched forward from the previous.
    fn source_offset(&mut self, t: &str) -> usize {
        let lead = t.len() - t.trim_start().len();
        let rest = &t[lead..];
        let mut end = 0;
        for (i, c) in rest.char_indices() {
            // Entities, tags and a no-break space may be written otherwise in the
            // source; the rest of a text node is written as it reads.
            if matches!(c, '&' | '<' | '>' | '\u{a0}') || i >= 40 {
                break;
            }
            end = i + c.len_utf8();
        }
        let probe = &rest[..end];
        if probe.trim().is_empty() {
            return self.cursor;
        }
        // A short probe ("10", "La") is only looked for close by.
        let window = if probe.trim_end().chars().count() < 4 {
            512
        } else {
            SEARCH_WINDOW
        };
        let mut limit = self.src.len().min(self.cursor + window);
        while !self.src.is_char_boundary(limit) {
            limit -= 1;
        }
        let Some(w) = self.src.get(self.cursor..limit) else {
            return self.cursor;
        };
        // The search is linear in the window, and all searches together are bounded
        // by a budget proportional to the page, so no page makes it quadratic; past
        // the budget, pieces are placed at the last piece found.
        if self.budget < w.len() {
            return self.cursor;
        }
        self.budget -= w.len();
        // The cursor is in text; a match inside a tag (an attribute's value, such as a
        // link's title) is not the text.
        let (bytes, pb) = (w.as_bytes(), probe.as_bytes());
        let mut in_tag = false;
        let mut found = None;
        for (i, &b) in bytes.iter().enumerate() {
            if in_tag {
                in_tag = b != b'>';
                continue;
            }
            let opens = b == b'<'
                && bytes
                    .get(i + 1)
                    .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!'));
            if opens {
                in_tag = true;
            } else if bytes.get(i..).is_some_and(|rest| rest.starts_with(pb)) {
                found = Some(i);
                break;
            }
        }
        match found {
            Some(p) => {
                let at = self.cursor + p;
                self.cursor = at + probe.len();
                at.saturating_sub(lead)
            }
            None => self.cursor,
        }
    }

    /// Shows a text node: its white space as a browser collapses it (ASCII white
    /// space becomes a space, byte for byte, so offsets hold).
    fn text(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        let at = self.source_offset(t);
        let shown: String = t
            .chars()
            .map(|c| if c.is_ascii_whitespace() { ' ' } else { c })
            .collect();
        self.out.push(&shown, at);
    }

    /// The visible text of an element, alone (headings, labels).
    fn plain(&self, e: ElementRef<'_>) -> String {
        let mut s = String::new();
        plain_into(e, 0, &mut s);
        squash_spaces(&s)
    }

    /// Records which list entries the markers point to, and whether they show a
    /// number or a note's label.
    fn collect_targets(&mut self, content: ElementRef<'_>) {
        for sup in content
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "sup" && has_class(e, "reference"))
        {
            let number = shows_number(&sup);
            for a in sup.descendants().filter_map(ElementRef::wrap) {
                if let Some(id) = a.value().attr("href").and_then(fragment) {
                    let t = self.targets.entry(id).or_default();
                    if number {
                        t.0 = true;
                    } else {
                        t.1 = true;
                    }
                }
            }
        }
    }

    fn open_paragraph(&mut self) -> usize {
        self.out.push("\n\n", self.cursor);
        self.out.v.len()
    }

    fn close_paragraph(&mut self, start: Option<usize>) {
        if let Some(start) = start {
            let text = self.out.v.get(start..).unwrap_or("");
            if !text.trim().is_empty() {
                self.actions
                    .push(Action::Prose(Span::new(start, self.out.v.len())));
            }
        }
    }

    /// Walks a block container: inline runs become paragraphs, block children are
    /// read by kind.
    fn block(&mut self, e: ElementRef<'_>, depth: usize) {
        if depth > MAX_DEPTH {
            let start = self.open_paragraph();
            self.flat(e);
            self.close_paragraph(Some(start));
            return;
        }
        let mut run = None;
        for child in e.children() {
            match child.value() {
                Node::Text(t) => {
                    if run.is_none() {
                        if t.trim().is_empty() {
                            continue;
                        }
                        run = Some(self.open_paragraph());
                    }
                    self.text(t);
                }
                Node::Element(_) => {
                    let Some(c) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if is_hidden(&c) {
                        continue;
                    }
                    if INLINE_TAGS.contains(&c.value().name()) {
                        if run.is_none() {
                            run = Some(self.open_paragraph());
                        }
                        self.inline(c, depth + 1);
                        continue;
                    }
                    self.close_paragraph(run.take());
                    self.block_element(c, depth + 1);
                }
                _ => {}
            }
        }
        self.close_paragraph(run.take());
    }

    fn block_element(&mut self, e: ElementRef<'_>, depth: usize) {
        let name = e.value().name();
        match name {
            "h1" => {}
            "h2" | "h3" | "h4" | "h5" | "h6" => self.heading(e),
            "p" => {
                let start = self.open_paragraph();
                self.inline(e, depth);
                self.close_paragraph(Some(start));
            }
            "ol" | "ul" if has_class(&e, "references") => self.reference_list(e),
            "table" if e.value().classes().any(|c| c.starts_with("infobox")) => {
                self.infobox(e, depth);
            }
            "table" => self.table(e, depth),
            "figure" => self.caption(e, depth),
            "div" if has_class(&e, "thumb") => self.caption(e, depth),
            _ => self.block(e, depth),
        }
    }

    fn heading(&mut self, e: ElementRef<'_>) {
        let heading = self.plain(e);
        if heading.is_empty() {
            return;
        }
        let kind = if self
            .lexicon
            .layout
            .reference_headings
            .iter()
            .any(|h| eq_folded(h, &heading))
        {
            SectionKind::References
        } else {
            SectionKind::Body
        };
        let orig = self.source_offset(&heading);
        self.out.push("\n\n", orig);
        let v_at = self.out.v.len();
        self.out.push(&heading, orig);
        self.actions.push(Action::Section {
            heading,
            kind,
            v_at,
            orig,
        });
    }

    /// Renders inline content; inside an infobox value, line breaks and blocks end a
    /// cell.
    fn inline(&mut self, e: ElementRef<'_>, depth: usize) {
        if depth > MAX_DEPTH {
            self.flat(e);
            return;
        }
        for child in e.children() {
            match child.value() {
                Node::Text(t) => self.text(t),
                Node::Element(_) => {
                    let Some(c) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if is_hidden(&c) {
                        continue;
                    }
                    let name = c.value().name();
                    let breaks = name == "br" || !INLINE_TAGS.contains(&name);
                    if breaks {
                        self.end_cell();
                        if self.cells.is_none() {
                            self.out.push(" ", self.cursor);
                        }
                    }
                    self.inline(c, depth + 1);
                    if breaks && name != "br" {
                        self.end_cell();
                    }
                }
                _ => {}
            }
        }
    }

    /// Text of a too-deep element, without recursion.
    fn flat(&mut self, e: ElementRef<'_>) {
        for node in e.descendants() {
            if let Node::Text(t) = node.value() {
                self.text(t);
            }
        }
    }

    /// Ends the current cell of an infobox value, if one is being rendered.
    fn end_cell(&mut self) {
        let len = self.out.v.len();
        let Some((start, cells)) = self.cells.as_mut() else {
            return;
        };
        if self
            .out
            .v
            .get(*start..)
            .is_some_and(|t| !t.trim().is_empty())
        {
            cells.push(Span::new(*start, len));
        }
        self.out.push("\n", self.cursor);
        if let Some((start, _)) = self.cells.as_mut() {
            *start = self.out.v.len();
        }
    }

    /// A table: each row with a data cell is a paragraph, its cells joined by commas.
    fn table(&mut self, table: ElementRef<'_>, depth: usize) {
        for row in rows(table) {
            let cells: Vec<ElementRef<'_>> = row
                .child_elements()
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .collect();
            if cells.iter().all(|c| c.value().name() == "th") {
                continue;
            }
            let start = self.open_paragraph();
            for (i, cell) in cells.into_iter().enumerate() {
                if i > 0 {
                    self.out.push(", ", self.cursor);
                }
                self.inline(cell, depth + 1);
            }
            self.close_paragraph(Some(start));
        }
    }

    /// An image's caption: furniture, whose markers still cite.
    fn caption(&mut self, e: ElementRef<'_>, depth: usize) {
        let Some(caption) = e
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|c| c.value().name() == "figcaption" || has_class(c, "thumbcaption"))
        else {
            return;
        };
        self.out.push("\n\n", self.cursor);
        let start = self.out.v.len();
        self.inline(caption, depth + 1);
        self.actions.push(Action::Block(
            BlockKind::Caption,
            Span::new(start, self.out.v.len()),
        ));
    }

    /// The field key of an infobox label, per the lexicon.
    fn field_key(&self, label: &str) -> Option<String> {
        let label = label.trim().trim_end_matches(':').trim();
        self.lexicon
            .infobox
            .fields
            .iter()
            .find(|(_, labels)| labels.iter().any(|l| eq_folded(l, label)))
            .map(|(key, _)| key.clone())
    }

    /// The conflict infobox: a header row names the field of the rows under it, whose
    /// cells are the belligerents' columns; a label row is a field of its own.
    fn infobox(&mut self, table: ElementRef<'_>, depth: usize) {
        let mut header: Option<(String, String)> = None;
        for row in rows(table) {
            let cells: Vec<ElementRef<'_>> = row
                .child_elements()
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .filter(|c| !is_hidden(c))
                .collect();
            let data: Vec<ElementRef<'_>> = cells
                .iter()
                .copied()
                .filter(|c| c.value().name() == "td")
                .collect();
            let first_th = cells.first().filter(|c| c.value().name() == "th");
            if data.is_empty() {
                // A header: the field of the rows under it, or none.
                header = first_th.and_then(|th| {
                    let label = self.plain(*th);
                    self.field_key(&label).map(|k| (k, label))
                });
                continue;
            }
            if let Some(th) = first_th {
                let label = self.plain(*th);
                if let Some(key) = self.field_key(&label) {
                    for td in data {
                        self.field(&key, &label, None, td, depth);
                    }
                }
                continue;
            }
            if let Some((key, label)) = header.clone() {
                let columns = data.len();
                for (i, td) in data.into_iter().enumerate() {
                    let column = (columns > 1).then_some(i + 1);
                    self.field(&key, &label, column, td, depth);
                }
            }
        }
    }

    fn field(
        &mut self,
        key: &str,
        label: &str,
        column: Option<usize>,
        td: ElementRef<'_>,
        depth: usize,
    ) {
        self.out.push("\n", self.cursor);
        let v_at = self.out.v.len();
        self.cells = Some((v_at, Vec::new()));
        self.inline(td, depth + 1);
        self.end_cell();
        let cells = self.cells.take().map(|(_, c)| c).unwrap_or_default();
        if cells.is_empty() {
            return;
        }
        self.actions.push(Action::Field {
            key: key.to_owned(),
            label: label.to_owned(),
            v_at,
            column,
            cells,
        });
    }

    /// A reference list; a list of group notes (`[N 1]`) is left out.
    fn reference_list(&mut self, list: ElementRef<'_>) {
        let entries: Vec<ElementRef<'_>> = list
            .child_elements()
            .filter(|c| c.value().name() == "li")
            .collect();
        let targeted = |numbered: bool| {
            entries.iter().any(|li| {
                li.value()
                    .id()
                    .and_then(|id| self.targets.get(id))
                    .is_some_and(|t| if numbered { t.0 } else { t.1 })
            })
        };
        let grouped = list
            .value()
            .attr("data-mw-group")
            .is_some_and(|g| !g.trim().is_empty());
        if grouped || (targeted(false) && !targeted(true)) {
            return;
        }
        if let Some(start) = list
            .value()
            .attr("start")
            .and_then(|s| s.trim().parse().ok())
        {
            self.next_number = start;
        }
        for li in entries {
            let number = li
                .value()
                .attr("value")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(self.next_number);
            self.next_number = number.saturating_add(1);
            self.entry(li, number);
        }
    }

    /// One entry of a reference list.
    fn entry(&mut self, li: ElementRef<'_>, number: u32) {
        let uses = li
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|e| has_class(e, "mw-cite-backlink"))
            .map_or(1, |b| {
                b.descendants()
                    .filter_map(ElementRef::wrap)
                    .filter(|a| a.value().name() == "a")
                    .count()
            });
        let uses = u32::try_from(uses).unwrap_or(u32::MAX).max(1);
        let body = li
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|e| has_class(e, "reference-text") || has_class(e, "mw-reference-text"))
            .unwrap_or(li);
        // Rendered alone, then taken out of the article's text.
        let start = self.out.v.len();
        let was = self.cells.take();
        self.inline(body, 1);
        self.cells = was;
        let at = self
            .out
            .map
            .iter()
            .find(|&&(v, _)| v >= start)
            .map_or(self.cursor, |&(_, o)| o);
        let text = squash_spaces(self.out.v.get(start..).unwrap_or(""));
        self.out.truncate(start);
        let links = self.links(body);
        let line = self.locator.locate(at).0;
        // A CS1 citation (`<cite class="citation">`) separates its fields by full stops,
        // as the English lists do, which show a caret before the entry.
        let cs1 = body
            .descendants()
            .filter_map(ElementRef::wrap)
            .any(|e| e.value().name() == "cite" && has_class(&e, "citation"));
        let line_text = if cs1 {
            format!("{number}. ^ {text}")
        } else {
            format!("{number}. {text}")
        };
        let mut reference = match parse_entry(&line_text, self.lexicon, self.registry) {
            Ok(r) => r,
            Err(e) => {
                self.problems.push((
                    at,
                    FindingKind::MalformedReference,
                    format!(
                        "cannot read reference {number} (column {} of its text): expected {}",
                        e.column, e.expected
                    ),
                ));
                let c = Citation {
                    title: Some(text.clone()).filter(|t| !t.is_empty()),
                    ..Citation::default()
                };
                from_citation(c, number, uses, &text, self.lexicon, self.registry)
            }
        };
        reference.number = number;
        reference.backlinks = uses;
        reference.line = line;
        reference.dead |= links.dead;
        if reference.archive_date.is_none() {
            reference.archive_date = links.archive_date;
        }
        let url = links.url.filter(|_| reference.url.is_none());
        attach_urls(&mut reference, url, links.archive_url, self.registry);
        self.references.push(reference);
    }

    /// The cited page, the archived copy and the dead-link mark, from a citation's
    /// links.
    fn links(&self, body: ElementRef<'_>) -> Links {
        let mut links = Links::default();
        let words = &self.lexicon.html;
        for a in body
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "a")
        {
            let Some(href) = a.value().attr("href").map(str::trim) else {
                continue;
            };
            let href = match href.strip_prefix("//") {
                Some(rest) => format!("https://{rest}"),
                None => href.to_owned(),
            };
            if !(href.starts_with("http://") || href.starts_with("https://")) {
                continue;
            }
            let shown = self.plain(a);
            let archive = url_host(&href)
                .and_then(|h| self.registry.resolve_host(&h))
                .is_some_and(|s| s.is_archive());
            let snapshot = archive && is_snapshot(&href);
            if !snapshot && words.dead_link_tools.iter().any(|t| eq_folded(t, &shown)) {
                links.dead = true;
                continue;
            }
            if archive {
                if links.archive_url.is_none() {
                    links.archive_date = archive_date(&shown, &href, self.lexicon);
                    links.archive_url = Some(href);
                }
            } else if links.url.is_none() {
                links.url = Some(href);
            }
        }
        links
    }
}

#[derive(Default)]
struct Links {
    url: Option<String>,
    archive_url: Option<String>,
    archive_date: Option<String>,
    dead: bool,
}

/// The visible text of an element, recursion bounded, furniture left out.
fn plain_into(e: ElementRef<'_>, depth: usize, out: &mut String) {
    for child in e.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_hidden(&c) {
                    continue;
                }
                if c.value().name() == "br" {
                    out.push(' ');
                } else if depth < MAX_DEPTH {
                    plain_into(c, depth + 1, out);
                }
            }
            _ => {}
        }
    }
}

/// The rows of a table in document order; a row whose only cell holds a table is
/// read through (the English infobox wraps each section's rows in one).
fn rows<'a>(table: ElementRef<'a>) -> Vec<ElementRef<'a>> {
    fn own_rows<'a>(table: ElementRef<'a>) -> std::vec::IntoIter<ElementRef<'a>> {
        let mut found = Vec::new();
        for section in table.child_elements() {
            match section.value().name() {
                "tr" => found.push(section),
                "thead" | "tbody" | "tfoot" => {
                    found.extend(
                        section
                            .child_elements()
                            .filter(|r| r.value().name() == "tr"),
                    );
                }
                _ => {}
            }
        }
        found.into_iter()
    }
    let mut out = Vec::new();
    let mut stack = vec![own_rows(table)];
    while let Some(top) = stack.last_mut() {
        let Some(row) = top.next() else {
            stack.pop();
            continue;
        };
        let mut cells = row
            .child_elements()
            .filter(|c| matches!(c.value().name(), "td" | "th"));
        let only = match (cells.next(), cells.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        };
        let inner = only.and_then(|c| c.child_elements().find(|t| t.value().name() == "table"));
        match inner {
            Some(inner) if stack.len() < MAX_DEPTH => stack.push(own_rows(inner)),
            _ => out.push(row),
        }
    }
    out
}

/// An archive link to a stored copy, not a search of the archive (`web/*/…`,
/// `?url=…`, `archive.is/https://…`).
fn is_snapshot(href: &str) -> bool {
    let path = href
        .split_once("://")
        .map_or(href, |(_, rest)| rest)
        .split_once('/')
        .map_or("", |(_, p)| p);
    !(path.contains('*') || path.contains("url=") || path.starts_with("http"))
}

/// When an archived copy was made: from the link's text (`archive du 27 mai 2015`),
/// else from the Wayback Machine's address (`/web/20150526000000/…`), as ISO 8601.
fn archive_date(shown: &str, href: &str, lexicon: &Lexicon) -> Option<String> {
    for prefix in &lexicon.html.archive_link_prefixes {
        if let Some(n) = super::text::strip_prefix_folded(shown.trim(), prefix) {
            let rest = shown.trim().get(n..).unwrap_or("").trim();
            if let Some(date) = super::date::parse_date(rest, &lexicon.citation_months) {
                return Some(date);
            }
        }
    }
    let stamp = href.split("/web/").nth(1)?;
    let digits: String = stamp.chars().take_while(char::is_ascii_digit).collect();
    let (y, m, d) = (digits.get(0..4)?, digits.get(4..6)?, digits.get(6..8)?);
    let (mn, dn): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&mn) && (1..=31).contains(&dn)).then(|| format!("{y}-{m}-{d}"))
}
