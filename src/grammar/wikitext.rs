//! MediaWiki wikitext: the source an editor edits, read into the same article model as
//! the plain-text grammar, so claims, contests and reports work unchanged.
//!
//! Input: a wikitext document and the lexicon (`[wikitext]`: infobox, citation,
//! reference-list, dead-link and inline templates and their parameters). Output: an
//! [`Article`]. The reader renders the visible text (links to their label, inline
//! templates to their shown parameter, bold and italics dropped, comments, files and
//! categories removed, tables to their cells), numbers the `<ref>`s as MediaWiki does
//! (first use order, a reused name keeps its number, `group=` notes apart, list-defined
//! references in `{{Références|références=…}}` / `{{reflist|refs=…}}`), reads citation
//! templates into references with their URLs, dates, archives and dead-link marks,
//! and reads the conflict infobox with each figure in its belligerent's column. It
//! then hands the visible text to the ordinary rules, and maps every line and column
//! back to the wikitext. Unbalanced braces, an unclosed `<ref>`, a template never
//! closed are findings; the rest is read. Templates and links nested more than
//! 200 deep are a finding too: what is inside them is not rendered.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::lexicon::Lexicon;
use super::reference::{from_citation, Citation};
use super::text::{eq_folded, Locator};
use super::visible::{Action, Out, Visible};
use crate::input::Document;
use crate::model::{Article, FindingKind, Format, Registry, SectionKind, Span};

/// One piece of wikitext, as the scanner cuts it; names are borrowed from the text
/// where they need no cleaning.
#[derive(Debug, Clone)]
enum Node<'a> {
    /// Plain text.
    Text(Span),
    /// `{{name|p1|k=v}}`: name and raw parameters.
    Template {
        span: Span,
        name: Cow<'a, str>,
        params: Vec<(Option<Cow<'a, str>>, Span)>,
    },
    /// `[[target|label]]`.
    Link {
        span: Span,
        target: &'a str,
        label: Option<Span>,
    },
    /// `[http://x label]`.
    External { label: Option<Span> },
    /// `<ref …>…</ref>` or `<ref … />`.
    Ref {
        span: Span,
        name: Option<&'a str>,
        group: Option<&'a str>,
        content: Option<Span>,
    },
    /// `<references … />` (or with list-defined refs inside).
    References { content: Option<Span> },
    /// Anything dropped: comments, other tags, `'''`.
    Skip,
    /// Between two table cells: shown as ", ".
    Separator(usize),
    /// A line break inside a paragraph, at its byte: shown as a space, as MediaWiki
    /// shows it.
    LineBreak(usize),
}

/// A scanned problem: byte offset and message.
type Problem = (usize, FindingKind, String);

struct Scanner<'a> {
    text: &'a str,
    problems: Vec<Problem>,
    /// Where each `{{` or `[[` already walked closes (`None`: never), so a walk steps
    /// over a pair it has seen and an opener never closed is walked to the end once.
    ends: FxHashMap<usize, Option<usize>>,
    /// Where the next `>` is, and the next `>` or newline (a tag on one line).
    gt: Occurrences,
    gt_or_newline: Occurrences,
    /// Where the next `]` or newline is (an external link on one line).
    bracket_or_newline: Occurrences,
    /// Where the next `-->`, `</ref>` and `</references>` are.
    comment_close: Occurrences,
    ref_close: Occurrences,
    references_close: Occurrences,
}

/// What an [`Occurrences`] looks for: a string, or any of a set of ASCII bytes.
enum Needle {
    Str(&'static str),
    Bytes(&'static [u8]),
}

/// Every place a needle occurs in the text, found in one pass when first asked for:
/// the next one from any offset is then a binary search, not a walk to the end of
/// the text (each of the needles cannot overlap itself, so the places are exactly
/// where `str::find` would stop).
struct Occurrences {
    needle: Needle,
    at: Option<Vec<usize>>,
}

impl Occurrences {
    const fn new(needle: Needle) -> Self {
        Self { needle, at: None }
    }

    /// The first place at or after `i` where the needle starts, as
    /// `text[i..].find(needle)` gives it (offset from the start of `text`); `None`
    /// when `i` is not on a character boundary, as `text.get(i..)` gives nothing.
    fn next(&mut self, text: &str, i: usize) -> Option<usize> {
        if !text.is_char_boundary(i) {
            return None;
        }
        let needle = &self.needle;
        // Found with memchr's vector searches: a byte-by-byte pass per needle cost
        // 30 instructions a byte of every article.
        let at = self.at.get_or_insert_with(|| {
            let bytes = text.as_bytes();
            match *needle {
                Needle::Str(n) => memchr::memmem::find_iter(bytes, n).collect(),
                Needle::Bytes(&[a]) => memchr::memchr_iter(a, bytes).collect(),
                Needle::Bytes(&[a, b]) => memchr::memchr2_iter(a, b, bytes).collect(),
                Needle::Bytes(&[a, b, c]) => memchr::memchr3_iter(a, b, c, bytes).collect(),
                Needle::Bytes(set) => bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| set.contains(b))
                    .map(|(p, _)| p)
                    .collect(),
            }
        });
        at.get(at.partition_point(|&p| p < i)).copied()
    }
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            problems: Vec::new(),
            ends: FxHashMap::default(),
            gt: Occurrences::new(Needle::Bytes(b">")),
            gt_or_newline: Occurrences::new(Needle::Bytes(b">\n")),
            bracket_or_newline: Occurrences::new(Needle::Bytes(b"]\n")),
            comment_close: Occurrences::new(Needle::Str("-->")),
            ref_close: Occurrences::new(Needle::Str("</ref>")),
            references_close: Occurrences::new(Needle::Str("</references>")),
        }
    }

    fn at(&self, i: usize) -> &'a str {
        self.text.get(i..).unwrap_or("")
    }

    /// Cuts `from..to` into nodes.
    fn scan(&mut self, from: usize, to: usize) -> Vec<Node<'a>> {
        let mut nodes = Vec::new();
        let mut text_start = from;
        let mut i = from;
        while i < to {
            let rest = self.at(i);
            let found = if rest.starts_with("<!--") {
                Some(self.comment(i, to))
            } else if rest.starts_with("{{") {
                self.template(i, to)
            } else if rest.starts_with("[[") {
                self.link(i, to)
            } else if rest.starts_with("[http://")
                || rest.starts_with("[https://")
                || rest.starts_with("[//")
            {
                self.external(i, to)
            } else if starts_with_tag(rest, "ref") {
                self.reference(i, to)
            } else if starts_with_tag(rest, "references") {
                self.references(i, to)
            } else if rest.starts_with("'''") {
                Some((Node::Skip, i + 3))
            } else if rest.starts_with("''") {
                Some((Node::Skip, i + 2))
            } else if rest.starts_with('<')
                && rest
                    .chars()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
            {
                // Other tags (<small>, <br />, <span …>) are dropped; their content stays.
                // A tag is on one line: its `>` comes before any newline.
                self.gt_or_newline
                    .next(self.text, i)
                    .filter(|&e| e < to && self.text.as_bytes().get(e) == Some(&b'>'))
                    .map(|e| (Node::Skip, e + 1))
            } else {
                None
            };
            match found {
                Some((node, end)) => {
                    if text_start < i {
                        nodes.push(Node::Text(Span::new(text_start, i)));
                    }
                    nodes.push(node);
                    i = end.max(i + 1);
                    text_start = i;
                }
                None => i += skip_to(rest, &TEXT_STOPS),
            }
        }
        if text_start < to {
            nodes.push(Node::Text(Span::new(text_start, to)));
        }
        nodes
    }

    fn comment(&mut self, i: usize, to: usize) -> (Node<'a>, usize) {
        match self.comment_close.next(self.text, i) {
            Some(e) if e + 3 <= to => (Node::Skip, e + 3),
            _ => {
                self.problems.push((
                    i,
                    FindingKind::Layout,
                    "a comment <!-- is never closed".into(),
                ));
                (Node::Skip, to)
            }
        }
    }

    /// The end of a `{{…}}` (or `[[…]]`) opening at `i` whose closer starts before
    /// `to`, nested pairs counted.
    fn closing(&mut self, i: usize, to: usize, pair: &Pair) -> Option<usize> {
        let end = match self.ends.get(&i) {
            Some(&end) => end,
            None => self.walk(i, pair),
        };
        // The walk is the same whatever `to` is; `to` only cuts it short.
        end.filter(|&e| e - pair.close.len() < to)
    }

    /// Walks from the opener at `i` to the end of the text, nested pairs counted, and
    /// remembers where each opener met closes. Where the walk meets an opener already
    /// walked, it jumps to that opener's end: the walk from an offset does not depend
    /// on where it began, so the pair closes where it did before (and an opener never
    /// closed leaves every opener around it unclosed too).
    fn walk(&mut self, i: usize, pair: &Pair) -> Option<usize> {
        let len = self.text.len();
        let mut open: Vec<usize> = Vec::new();
        let mut k = i;
        while k < len {
            let rest = self.at(k);
            if rest.starts_with(pair.open) {
                match self.ends.get(&k) {
                    Some(&Some(end)) if end > k => k = end,
                    Some(&None) => break,
                    _ => {
                        open.push(k);
                        k += pair.open.len();
                    }
                }
            } else if rest.starts_with(pair.close) {
                k += pair.close.len();
                if let Some(o) = open.pop() {
                    self.ends.insert(o, Some(k));
                }
                if open.is_empty() {
                    return Some(k);
                }
            } else if rest.starts_with("<!--") {
                k = self.comment_close.next(self.text, k).map_or(len, |e| e + 3);
            } else {
                k += skip_to(rest, &pair.stops);
            }
        }
        for o in open {
            self.ends.insert(o, None);
        }
        None
    }

    fn template(&mut self, i: usize, to: usize) -> Option<(Node<'a>, usize)> {
        let Some(end) = self.closing(i, to, &BRACES) else {
            self.problems.push((
                i,
                FindingKind::Layout,
                "a template {{ is never closed".into(),
            ));
            return Some((Node::Skip, i + 2));
        };
        let inner = Span::new(i + 2, end - 2);
        let parts = self.split_params(inner);
        let name_span = parts.first().copied().unwrap_or(inner);
        let name = clean_name(self.text.get(name_span.start..name_span.end).unwrap_or(""));
        let params = parts
            .iter()
            .skip(1)
            .map(|p| {
                let raw = self.text.get(p.start..p.end).unwrap_or("");
                // A named parameter: "key = value", the key before any nested markup.
                match raw.find('=') {
                    Some(eq) if !raw[..eq].bytes().any(|b| matches!(b, b'{' | b'[' | b'<')) => {
                        let key = lowercase(raw[..eq].trim());
                        let value_start = p.start + eq + 1;
                        (Some(key), Span::new(value_start, p.end))
                    }
                    _ => (None, *p),
                }
            })
            .collect();
        Some((
            Node::Template {
                span: Span::new(i, end),
                name,
                params,
            },
            end,
        ))
    }

    /// Splits a template's inside at its top-level `|`.
    fn split_params(&mut self, inner: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = inner.start;
        let mut k = inner.start;
        while k < inner.end {
            let rest = self.at(k);
            if rest.starts_with("{{") {
                k = self.closing(k, inner.end, &BRACES).unwrap_or(inner.end);
            } else if rest.starts_with("[[") {
                k = self.closing(k, inner.end, &BRACKETS).unwrap_or(inner.end);
            } else if starts_with_tag(rest, "ref") {
                k = self.reference(k, inner.end).map_or(k + 4, |(_, e)| e);
            } else if rest.starts_with('|') {
                out.push(Span::new(start, k));
                k += 1;
                start = k;
            } else {
                k += skip_to(rest, &PARAM_STOPS);
            }
        }
        out.push(Span::new(start, inner.end));
        out
    }

    fn link(&mut self, i: usize, to: usize) -> Option<(Node<'a>, usize)> {
        let Some(end) = self.closing(i, to, &BRACKETS) else {
            self.problems
                .push((i, FindingKind::Layout, "a link [[ is never closed".into()));
            return Some((Node::Skip, i + 2));
        };
        let inner = Span::new(i + 2, end - 2);
        let raw = self.text.get(inner.start..inner.end).unwrap_or("");
        let (target, label) = match raw.find('|') {
            Some(bar) => (
                raw[..bar].trim(),
                Some(Span::new(inner.start + bar + 1, inner.end)),
            ),
            None => (raw.trim(), None),
        };
        Some((
            Node::Link {
                span: Span::new(i, end),
                target,
                label,
            },
            end,
        ))
    }

    fn external(&mut self, i: usize, to: usize) -> Option<(Node<'a>, usize)> {
        // The link is on one line: its `]` comes before any newline.
        let close = self
            .bracket_or_newline
            .next(self.text, i)
            .filter(|&e| e < to && self.text.as_bytes().get(e) == Some(&b']'))?;
        let inner = self.text.get(i + 1..close)?;
        let label = inner.find(' ').map(|sp| Span::new(i + 1 + sp + 1, close));
        Some((Node::External { label }, close + 1))
    }

    fn reference(&mut self, i: usize, to: usize) -> Option<(Node<'a>, usize)> {
        let tag_end = self.gt.next(self.text, i).filter(|&e| e < to)? - i;
        let tag = self.at(i).get(..=tag_end)?;
        let (name, group) = ref_attrs(tag);
        if tag.ends_with("/>") {
            let span = Span::new(i, i + tag_end + 1);
            return Some((
                Node::Ref {
                    span,
                    name,
                    group,
                    content: None,
                },
                span.end,
            ));
        }
        let content_start = i + tag_end + 1;
        match self
            .ref_close
            .next(self.text, content_start)
            .map(|e| e - content_start)
        {
            Some(c) if content_start + c <= to => {
                let end = content_start + c + "</ref>".len();
                let content = Some(Span::new(content_start, content_start + c));
                Some((
                    Node::Ref {
                        span: Span::new(i, end),
                        name,
                        group,
                        content,
                    },
                    end,
                ))
            }
            _ => {
                self.problems.push((
                    i,
                    FindingKind::MalformedReference,
                    "a <ref> is never closed by </ref>: read up to the end of its paragraph".into(),
                ));
                // Its paragraph is taken as its content, so the citation still counts
                // and the text after it is not read as the sentence's words.
                // Looked for only as far as `to` (a blank line that starts before it),
                // not to the end of the article for each such ref.
                let before_to = self
                    .text
                    .as_bytes()
                    .get(content_start..to.saturating_add(1).min(self.text.len()));
                let end = before_to
                    .and_then(|b| memchr::memmem::find(b, b"\n\n"))
                    .map_or(to, |e| (content_start + e).min(to))
                    .max(content_start);
                Some((
                    Node::Ref {
                        span: Span::new(i, end),
                        name,
                        group,
                        content: Some(Span::new(content_start, end)),
                    },
                    end,
                ))
            }
        }
    }

    fn references(&mut self, i: usize, to: usize) -> Option<(Node<'a>, usize)> {
        let tag_end = self.gt.next(self.text, i).filter(|&e| e < to)? - i;
        if self.at(i).get(..=tag_end)?.ends_with("/>") {
            return Some((Node::References { content: None }, i + tag_end + 1));
        }
        let content_start = i + tag_end + 1;
        match self
            .references_close
            .next(self.text, content_start)
            .map(|e| e - content_start)
        {
            Some(c) if content_start + c <= to => {
                let end = content_start + c + "</references>".len();
                Some((
                    Node::References {
                        content: Some(Span::new(content_start, content_start + c)),
                    },
                    end,
                ))
            }
            _ => Some((Node::Skip, content_start)),
        }
    }
}

/// A set of ASCII bytes, each a character of its own in UTF-8, looked up in one step.
struct Stops([bool; 256]);

impl Stops {
    const fn new(bytes: &[u8]) -> Self {
        let mut table = [false; 256];
        let mut k = 0;
        while k < bytes.len() {
            table[bytes[k] as usize] = true;
            k += 1;
        }
        Self(table)
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b)]
    }
}

/// Where text may open a construct: a tag or comment, a template, a link, bold or italics.
const TEXT_STOPS: Stops = Stops::new(b"<{['");
/// Where a template's parameter may end or hold a construct to step over.
const PARAM_STOPS: Stops = Stops::new(b"{[<|");

/// A nested pair, `{{…}}` or `[[…]]`, and the bytes where one may open or close.
struct Pair {
    open: &'static str,
    close: &'static str,
    stops: Stops,
}

const BRACES: Pair = Pair {
    open: "{{",
    close: "}}",
    stops: Stops::new(b"{}<"),
};
const BRACKETS: Pair = Pair {
    open: "[[",
    close: "]]",
    stops: Stops::new(b"[]<"),
};

/// How far to move past the first character of `rest` to the next of the `stops`, or
/// to the end: nothing between can open a construct.
fn skip_to(rest: &str, stops: &Stops) -> usize {
    let bytes = rest.as_bytes();
    bytes
        .iter()
        .skip(1)
        .position(|&b| stops.contains(b))
        .map_or(bytes.len().max(1), |p| p + 1)
}

fn starts_with_tag(s: &str, tag: &str) -> bool {
    s.strip_prefix('<')
        .and_then(|r| {
            r.get(..tag.len())
                .filter(|t| t.eq_ignore_ascii_case(tag))
                .map(|_| &r[tag.len()..])
        })
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c == ' ' || c == '>' || c == '/')
}

/// The `name` and `group` of a `<ref …>` tag (`name="x"`, `name=x`, `group=n`); an
/// attribute given twice keeps its last value.
fn ref_attrs(tag: &str) -> (Option<&str>, Option<&str>) {
    let (mut name, mut group) = (None, None);
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut rest = inner.split_once(char::is_whitespace).map_or("", |(_, r)| r);
    while let Some(eq) = rest.find('=') {
        let key = lowercase(rest[..eq].trim());
        let after = rest[eq + 1..].trim_start();
        let (value, remain) = if let Some(q) = after.strip_prefix('"') {
            q.split_once('"').unwrap_or((q, ""))
        } else if let Some(q) = after.strip_prefix('\'') {
            q.split_once('\'').unwrap_or((q, ""))
        } else {
            after.split_once(char::is_whitespace).unwrap_or((after, ""))
        };
        match key.as_ref() {
            "name" => name = Some(value.trim()),
            "group" => group = Some(value.trim()),
            _ => {}
        }
        rest = remain;
    }
    (name, group)
}

/// A template name, trimmed, first letter as MediaWiki compares it, `_` as a space.
fn clean_name(raw: &str) -> Cow<'_, str> {
    let raw = raw.trim();
    // `{{formatnum:6000}}`: the name is before the colon.
    if let Some((name, _)) = raw.split_once(':') {
        return lowercase(name.trim());
    }
    if raw.contains('_') {
        return Cow::Owned(raw.replace('_', " ").trim().to_owned());
    }
    Cow::Borrowed(raw)
}

/// `s` in lower case, borrowed when it already is (as most keys are).
fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

fn is_one_of(name: &str, list: &[String]) -> bool {
    list.iter().any(|l| eq_folded(name, l))
}

/// A reference being numbered: its number, uses, and definition.
#[derive(Default)]
struct RefState {
    numbers: FxHashMap<String, u32>,
    next: u32,
    /// (number, content span, where it was defined, uses), number `n` at `n - 1`.
    defs: Vec<(u32, Option<Span>, usize, u32)>,
}

impl RefState {
    /// The definition numbered `n`: numbers are given in order from 1, each pushed as
    /// it is given, so it is looked up by its place, not by walking thousands of
    /// definitions; the walk is left for a list not built that way (the definitions
    /// a reference's own content adds once the list has been taken).
    fn def(&mut self, n: u32) -> Option<&mut (u32, Option<Span>, usize, u32)> {
        let at = usize::try_from(n).ok()?.checked_sub(1)?;
        if self.defs.get(at).is_some_and(|d| d.0 == n) {
            return self.defs.get_mut(at);
        }
        self.defs.iter_mut().find(|d| d.0 == n)
    }

    /// The number of a use: a name keeps its number; a new one takes the next.
    fn number(&mut self, name: Option<&str>, content: Option<Span>, at: usize) -> u32 {
        if let Some(name) = name {
            if let Some(&n) = self.numbers.get(name) {
                if let Some(def) = self.def(n) {
                    def.3 += 1;
                    if def.1.is_none() {
                        def.1 = content;
                        def.2 = at;
                    }
                }
                return n;
            }
        }
        self.next += 1;
        let n = self.next;
        if let Some(name) = name {
            self.numbers.insert(name.to_owned(), n);
        }
        self.defs.push((n, content, at, 1));
        n
    }

    /// A list-defined reference gives its content to the number its name has (or
    /// will take, if the text never uses it: it is then uncited).
    fn define(&mut self, name: &str, content: Span, at: usize) {
        match self.numbers.get(name) {
            Some(&n) => {
                if let Some(def) = self.def(n) {
                    def.1.get_or_insert(content);
                    def.2 = at;
                }
            }
            None => {
                self.next += 1;
                self.numbers.insert(name.to_owned(), self.next);
                self.defs.push((self.next, Some(content), at, 0));
            }
        }
    }
}

struct Reader<'a> {
    s: Scanner<'a>,
    lexicon: &'a Lexicon,
    out: Out,
    refs: RefState,
    actions: Vec<Action>,
    /// Set while rendering a reference's content (refs inside it are not numbered).
    in_ref: bool,
    /// How many templates and links the node being rendered is inside.
    depth: usize,
    /// Whether nesting deeper than [`MAX_DEPTH`] has been reported.
    too_deep: bool,
}

/// Templates and links nested deeper than this are not rendered: what is inside them
/// shows nothing (no recursion without a bound; real articles nest a few deep).
const MAX_DEPTH: usize = 200;

impl<'a> Reader<'a> {
    fn text(&self, span: Span) -> &'a str {
        self.s.text.get(span.start..span.end).unwrap_or("")
    }

    /// The visible text of nodes inside a reference, without adding it to the article.
    fn shown(&mut self, nodes: &[Node<'_>]) -> String {
        let start = self.out.v.len();
        let was = std::mem::replace(&mut self.in_ref, true);
        self.render(nodes);
        self.in_ref = was;
        let shown = self.out.v[start..].trim().to_owned();
        self.out.truncate(start);
        shown
    }

    /// The visible text of a span inside a reference: text without markup shows as it
    /// is, the rest is scanned and rendered.
    fn shown_span(&mut self, span: Span) -> String {
        let raw = self.text(span);
        if raw.bytes().any(|b| TEXT_STOPS.contains(b)) {
            let nodes = self.s.scan(span.start, span.end);
            self.shown(&nodes)
        } else {
            raw.trim().to_owned()
        }
    }

    /// Renders the nodes of `span`, the inside of a template or link, one level
    /// deeper; nothing once [`MAX_DEPTH`] is reached, the first time with a finding at
    /// `at` (where the template or link opens; for an external link, its label).
    fn render_inner(&mut self, span: Span, at: usize) {
        if self.depth >= MAX_DEPTH {
            if !self.too_deep {
                self.too_deep = true;
                self.s.problems.push((
                    at,
                    FindingKind::Layout,
                    format!(
                        "templates and links nested more than {MAX_DEPTH} deep: what is inside them is left out"
                    ),
                ));
            }
            return;
        }
        self.depth += 1;
        let inner = self.s.scan(span.start, span.end);
        self.render(&inner);
        self.depth -= 1;
    }

    /// Renders nodes into the visible text.
    fn render(&mut self, nodes: &[Node<'_>]) {
        for node in nodes {
            match node {
                Node::Text(span) => {
                    let t = self.text(*span);
                    self.out.push(t, span.start);
                }
                Node::Skip | Node::References { content: None } => {}
                Node::Separator(at) => self.out.push(", ", *at),
                Node::LineBreak(at) => self.out.push(" ", *at),
                Node::References { content: Some(c) } => {
                    // List-defined references inside <references>…</references>.
                    let inner = self.s.scan(c.start, c.end);
                    for node in inner {
                        if let Node::Ref {
                            span,
                            name: Some(name),
                            content: Some(content),
                            ..
                        } = node
                        {
                            self.refs.define(name, content, span.start);
                        }
                    }
                }
                Node::Link {
                    span,
                    target,
                    label,
                } => {
                    // [[Fichier:…]] and [[Catégorie:…]] show no text ([[:Catégorie:…]]
                    // is an ordinary link).
                    let w = &self.lexicon.wikitext;
                    let hidden = target.split_once(':').is_some_and(|(ns, _)| {
                        w.file_prefixes
                            .iter()
                            .chain(&w.category_prefixes)
                            .any(|p| eq_folded(ns.trim(), p))
                    });
                    if hidden {
                        continue;
                    }
                    match label {
                        Some(l) => {
                            self.render_inner(*l, span.start);
                        }
                        None => {
                            let shown = target.trim_start_matches(':');
                            let at = span.start + 2;
                            self.out.push(shown, at);
                        }
                    }
                }
                Node::External { label } => {
                    if let Some(l) = label {
                        self.render_inner(*l, l.start);
                    }
                }
                Node::Ref {
                    span,
                    name,
                    group,
                    content,
                } => {
                    if self.in_ref || group.is_some() {
                        continue;
                    }
                    let n = self.refs.number(*name, *content, span.start);
                    self.out.push(&format!("[{n}]"), span.start);
                }
                Node::Template { span, name, params } => self.template(*span, name, params),
            }
        }
    }

    fn template(&mut self, span: Span, name: &str, params: &[(Option<Cow<'_, str>>, Span)]) {
        let w = &self.lexicon.wikitext;
        if is_one_of(name, &w.citation_needed_templates) {
            let shown = self
                .lexicon
                .layout
                .citation_needed
                .first()
                .cloned()
                .unwrap_or_default();
            self.out.push(&format!("[{shown}]"), span.start);
            return;
        }
        if is_one_of(name, &w.reference_list_templates) {
            // List-defined references: `{{Références|références=<ref name="a">…</ref>}}`.
            for (key, value) in params {
                if key
                    .as_deref()
                    .is_some_and(|k| w.reference_list_params.iter().any(|p| p == k))
                {
                    let nodes = self.s.scan(value.start, value.end);
                    for node in nodes {
                        if let Node::Ref {
                            span,
                            name: Some(name),
                            content: Some(content),
                            ..
                        } = node
                        {
                            self.refs.define(name, content, span.start);
                        }
                    }
                }
            }
            return;
        }
        let shown = w
            .inline
            .iter()
            .find(|(k, _)| eq_folded(k, name))
            .map(|(_, v)| v.clone());
        let positional: Vec<Span> = params
            .iter()
            .filter(|(k, _)| k.is_none())
            .map(|(_, v)| *v)
            .collect();
        match shown.as_deref() {
            Some("all") => {
                for (n, p) in positional.iter().enumerate() {
                    if n > 0 {
                        self.out.push(" ", p.start);
                    }
                    self.render_inner(*p, span.start);
                }
                // {{formatnum:6000}}: the value is after the colon of the name.
                if positional.is_empty() {
                    if let Some(colon) = self.text(span).find(':') {
                        let value = Span::new(span.start + colon + 1, span.end - 2);
                        self.render_inner(value, span.start);
                    }
                }
            }
            Some(which) => {
                let index: usize = which.parse().unwrap_or(0);
                if let Some(p) = index.checked_sub(1).and_then(|i| positional.get(i)) {
                    self.render_inner(*p, span.start);
                } else if index == 1 {
                    if let Some(colon) = self.text(span).find(':') {
                        let value = Span::new(span.start + colon + 1, span.end - 2);
                        self.render_inner(value, span.start);
                    }
                }
            }
            // Other templates (navigation boxes, banners, citation templates outside
            // a <ref>) show nothing of a claim.
            None => {}
        }
    }

    /// Renders a span as a piece of visible text on its own; returns its visible span.
    fn piece(&mut self, span: Span) -> Span {
        let start = self.out.v.len();
        let nodes = self.s.scan(span.start, span.end);
        self.render(&nodes);
        Span::new(start, self.out.v.len())
    }

    /// The infobox: each parameter of a known field, its value's lines as cells.
    fn infobox(&mut self, params: &[(Option<Cow<'_, str>>, Span)]) {
        let fields = &self.lexicon.wikitext.infobox_params;
        for (key, value) in params {
            let Some(key) = key else { continue };
            let digits: String = key
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let base = key[..key.len() - digits.len()].trim();
            let Some((field, _)) = fields
                .iter()
                .find(|(_, names)| names.iter().any(|n| eq_folded(n, base)))
            else {
                continue;
            };
            let column = digits.parse::<usize>().ok();
            if self.text(*value).trim().is_empty() {
                continue;
            }
            self.out.push("\n", value.start);
            let v_at = self.out.v.len();
            // Lines of the value: at <br> and newlines.
            let mut cells = Vec::new();
            let raw = self.text(*value);
            let mut start = value.start;
            let mut k = 0;
            let breaks: Vec<(usize, usize)> = find_breaks(raw);
            for (b, len) in breaks.into_iter().chain(std::iter::once((raw.len(), 0))) {
                if b >= k {
                    let cell = self.piece(Span::new(start, value.start + b));
                    if !self.out.v[cell.start..cell.end].trim().is_empty() {
                        cells.push(cell);
                    }
                    self.out.push("\n", value.start + b);
                    k = b + len;
                    start = value.start + k;
                }
            }
            self.actions.push(Action::Field {
                key: field.clone(),
                label: key.to_string(),
                v_at,
                column,
                cells,
            });
        }
    }
}

/// Line breaks inside an infobox value: `<br>`, `<br />`, newlines, list bullets.
fn find_breaks(raw: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // The tag's name is compared case-blind where it stands: offsets found in a lowered
    // copy would be wrong after a letter whose lower case is longer or shorter (`İ`).
    let mut i = 0;
    while let Some(p) = raw[i..].find(['<', '\n']) {
        let at = i + p;
        if raw[at..].starts_with('\n') {
            out.push((at, 1));
            i = at + 1;
        } else if raw.as_bytes()[at..]
            .get(..3)
            .is_some_and(|tag| tag.eq_ignore_ascii_case(b"<br"))
        {
            let len = raw[at..].find('>').map_or(3, |e| e + 1);
            out.push((at, len));
            i = at + len;
        } else {
            i = at + 1;
        }
    }
    out
}

/// Reads a wikitext document into an article.
pub(crate) fn read(doc: &Document, lexicon: &Lexicon, registry: &Registry) -> Article {
    let text = doc.text.as_str();
    let mut r = Reader {
        s: Scanner::new(text),
        lexicon,
        out: Out::default(),
        refs: RefState::default(),
        actions: Vec::new(),
        in_ref: false,
        depth: 0,
        too_deep: false,
    };
    let title = super::title_from_file(&doc.name);
    r.actions.push(Action::Section {
        heading: String::new(),
        kind: SectionKind::Lead,
        v_at: 0,
        orig: 0,
    });
    let nodes = r.s.scan(0, text.len());
    // The infobox first: its references are numbered first, as MediaWiki shows them.
    let mut title = title;
    for node in &nodes {
        if let Node::Template { name, params, .. } = node {
            if is_one_of(name, &lexicon.wikitext.infobox_templates) {
                // Its name parameter is the article's title when none is given.
                if let Some((_, v)) = params.iter().find(|(k, _)| {
                    k.as_deref()
                        .is_some_and(|k| lexicon.wikitext.title_params.iter().any(|t| t == k))
                }) {
                    let shown = r.s.text.get(v.start..v.end).unwrap_or("").trim();
                    if !shown.is_empty() && !shown.contains(['{', '[', '<']) {
                        title = shown.to_owned();
                    }
                }
                r.infobox(params);
                break;
            }
        }
    }
    // Then the body, line by line at the top level: headings, paragraphs, tables.
    let mut paragraph: Vec<Node<'_>> = Vec::new();
    let mut line: Vec<Node<'_>> = Vec::new();
    let mut line_start = 0usize;
    let mut in_table = false;
    let flush_paragraph = |r: &mut Reader<'_>, paragraph: &mut Vec<Node<'_>>| {
        if paragraph.is_empty() {
            return;
        }
        r.out.push("\n\n", 0);
        let start = r.out.v.len();
        let taken = std::mem::take(paragraph);
        r.render(&taken);
        let span = Span::new(start, r.out.v.len());
        if !r.out.v[span.start..span.end].trim().is_empty() {
            r.actions.push(Action::Prose(span));
        }
    };
    let mut lines_of_nodes: Vec<(usize, Vec<Node<'_>>)> = Vec::new();
    for node in nodes {
        match node {
            Node::Text(span) => {
                let t = &text[span.start..span.end];
                let mut seg_start = span.start;
                for (p, _) in t.match_indices('\n') {
                    let at = span.start + p;
                    if seg_start < at {
                        line.push(Node::Text(Span::new(seg_start, at)));
                    }
                    lines_of_nodes.push((line_start, std::mem::take(&mut line)));
                    line_start = at + 1;
                    seg_start = at + 1;
                }
                if seg_start < span.end {
                    line.push(Node::Text(Span::new(seg_start, span.end)));
                }
            }
            Node::Template { ref name, .. }
                if is_one_of(name, &lexicon.wikitext.infobox_templates) => {}
            other => line.push(other),
        }
    }
    lines_of_nodes.push((line_start, line));
    // The line's text without its markup, in one buffer for all lines.
    let mut raw = String::new();
    for (start, nodes) in lines_of_nodes {
        raw.clear();
        raw.extend(nodes.iter().filter_map(|n| {
            if let Node::Text(s) = n {
                text.get(s.start..s.end)
            } else {
                None
            }
        }));
        let trimmed = raw.trim();
        let only_text = nodes.iter().all(|n| matches!(n, Node::Text(_)));
        if in_table {
            if trimmed.starts_with("|}") {
                in_table = false;
            } else if !(trimmed.starts_with("|-")
                || trimmed.starts_with("|+")
                || trimmed.starts_with('!'))
            {
                // A table row is one paragraph, its cells joined by commas ("10 mai, Selon
                // l'OSDH, …"); header rows carry no claim.
                for n in nodes {
                    match n {
                        Node::Text(s) => {
                            let t = &text[s.start..s.end];
                            let mut k = 0;
                            for (p, sep) in t.match_indices("||") {
                                let piece = t[k..p].trim_start_matches(['|', ' ']);
                                paragraph.push(Node::Text(Span::new(
                                    s.start + p - piece.len(),
                                    s.start + p,
                                )));
                                paragraph.push(Node::Separator(s.start + p));
                                k = p + sep.len();
                            }
                            let piece = t[k..].trim_start_matches(['|', ' ']);
                            paragraph.push(Node::Text(Span::new(s.end - piece.len(), s.end)));
                        }
                        other => paragraph.push(other),
                    }
                }
                flush_paragraph(&mut r, &mut paragraph);
            }
            continue;
        }
        if trimmed.starts_with("{|") {
            flush_paragraph(&mut r, &mut paragraph);
            in_table = true;
            continue;
        }
        if only_text && trimmed.len() > 2 && trimmed.starts_with('=') && trimmed.ends_with('=') {
            flush_paragraph(&mut r, &mut paragraph);
            let heading = trimmed.trim_matches('=').trim().to_owned();
            let kind = if lexicon
                .layout
                .reference_headings
                .iter()
                .any(|h| eq_folded(h, &heading))
            {
                SectionKind::References
            } else {
                SectionKind::Body
            };
            r.out.push("\n\n", start);
            let v_at = r.out.v.len();
            r.out.push(&heading, start);
            r.actions.push(Action::Section {
                heading,
                kind,
                v_at,
                orig: start,
            });
            continue;
        }
        if trimmed.is_empty()
            && nodes
                .iter()
                .all(|n| matches!(n, Node::Text(_) | Node::Skip))
        {
            flush_paragraph(&mut r, &mut paragraph);
            continue;
        }
        // A list item is a paragraph of its own.
        if trimmed.starts_with(['*', '#', ':', ';']) {
            flush_paragraph(&mut r, &mut paragraph);
            paragraph.extend(nodes.into_iter().map(|n| match n {
                Node::Text(s) => {
                    let t = &text[s.start..s.end];
                    let skip = t.len() - t.trim_start_matches(['*', '#', ':', ';', ' ']).len();
                    Node::Text(Span::new(s.start + skip, s.end))
                }
                other => other,
            }));
            flush_paragraph(&mut r, &mut paragraph);
            continue;
        }
        if !paragraph.is_empty() {
            paragraph.push(Node::LineBreak(start.saturating_sub(1)));
        }
        paragraph.extend(nodes);
    }
    flush_paragraph(&mut r, &mut paragraph);

    // The references, now that every use is numbered.
    let mut defs = std::mem::take(&mut r.refs.defs);
    defs.sort_by_key(|d| d.0);
    let mut references = Vec::new();
    let mut locator = Locator::new(text);
    for (number, content, at, uses) in defs {
        let Some(content) = content else { continue };
        let raw = text.get(content.start..content.end).unwrap_or("");
        let cited = citation(&mut r, content, lexicon);
        let free = cited
            .url
            .is_none()
            .then(|| {
                cited
                    .title
                    .as_deref()
                    .and_then(|t| free_text(t, number, lexicon, registry))
            })
            .flatten();
        let mut reference = match free {
            Some(mut f) => {
                f.backlinks = uses.max(1);
                f.raw = raw.trim().to_owned();
                f
            }
            None => from_citation(cited, number, uses, raw, lexicon, registry),
        };
        reference.line = locator.locate(at).0;
        references.push(reference);
    }

    Visible {
        title,
        out: std::mem::take(&mut r.out),
        actions: r.actions,
        references,
        problems: r.s.problems,
    }
    .replay_located(doc, locator, Format::Wikitext, lexicon, registry)
}

/// Reads a reference's content: a citation template's fields, else a bare URL or
/// free text.
fn citation(r: &mut Reader<'_>, content: Span, lexicon: &Lexicon) -> Citation {
    let p = &lexicon.wikitext.citation;
    let nodes = r.s.scan(content.start, content.end);
    let mut c = Citation::default();
    let mut found_template = false;
    for node in &nodes {
        let Node::Template { name, params, .. } = node else {
            continue;
        };
        if is_one_of(name, &lexicon.wikitext.dead_link_templates) {
            c.dead = true;
            if params.iter().all(|(k, _)| k.is_none()) {
                continue;
            }
        }
        found_template = true;
        for (key, value) in params {
            let Some(key) = key else { continue };
            let shown = r.shown_span(*value);
            if shown.is_empty() {
                continue;
            }
            let is = |list: &[String]| list.iter().any(|n| n == key);
            if is(&p.title) {
                c.title.get_or_insert(shown);
            } else if is(&p.url) {
                c.url.get_or_insert(shown);
            } else if is(&p.site) {
                c.site.get_or_insert(shown);
            } else if is(&p.publisher) {
                c.publishers.push(shown);
            } else if is(&p.agency) {
                c.agencies.push(shown);
            } else if is(&p.authors) {
                c.authors.push(shown);
            } else if is(&p.date) {
                c.date.get_or_insert(shown);
            } else if is(&p.access_date) {
                c.access_date.get_or_insert(shown);
            } else if is(&p.archive_url) {
                c.archive_url.get_or_insert(shown);
            } else if is(&p.archive_date) {
                c.archive_date.get_or_insert(shown);
            } else if is(&p.dead) {
                c.dead = true;
            } else if is(&p.url_status) {
                c.dead |= shown.eq_ignore_ascii_case("dead") || shown.eq_ignore_ascii_case("yes");
            } else if is(&p.lang) {
                c.lang.get_or_insert(shown);
            }
        }
    }
    if !found_template {
        // A bare URL, or free text.
        let raw =
            r.s.text
                .get(content.start..content.end)
                .unwrap_or("")
                .trim();
        let url = raw
            .split(|ch: char| ch.is_whitespace() || ch == '[' || ch == ']')
            .find(|w| w.starts_with("http://") || w.starts_with("https://"));
        c.url = url.map(str::to_owned);
        let shown = r.shown(&nodes);
        if !shown.is_empty() && c.url.as_deref() != Some(shown.as_str()) {
            c.title = Some(shown);
        }
    }
    c
}

/// A free-text reference ("AFP, « … », L'Express, 25 avril 2015.") read with the
/// rendered-list grammar.
fn free_text(
    text: &str,
    number: u32,
    lexicon: &Lexicon,
    registry: &Registry,
) -> Option<crate::model::Reference> {
    super::reference::parse_entry(&format!("{number}. {text}"), lexicon, registry)
        .ok()
        .filter(|r| r.title.is_some() || !r.source_keys.is_empty())
}
