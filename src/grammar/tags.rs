//! A linear scan of HTML tags, in front of html5ever: how deep a page nests, and the
//! same page with the tags beyond a depth, and the attributes beyond a count in one
//! tag, blanked out.
//!
//! html5ever builds the tree as a browser does, and every start tag looks through the
//! stack of open elements: a page of 200 000 nested `<div>`s takes minutes. Real pages
//! nest a few dozen deep, so [`flatten`] blanks every tag deeper than
//! [`MAX_NESTING`] (each of its bytes becomes a space: every offset stays where it
//! was, and the text inside stays, in the deepest element kept). It does not build a
//! tree, but keeps the parser's stack near enough, erring deep: comments, bogus ones
//! (`<?…>`, `</&…>`) and doctypes, and raw text (`<script>`) are skipped; void
//! elements, elements the parser closes by itself (`<p>`, `<li>`, `<td>`) and `/>`
//! under `svg` or `math` do not nest; an end tag closes its start tag unless the
//! parser would ignore it (a `</div>` beyond a `<table>`, a `</span>` beyond a
//! `<div>`, a stray one).
//!
//! html5ever's tokenizer also checks each attribute of a tag against the tag's earlier
//! ones (a duplicate is dropped): a tag of 80 000 attributes takes seconds. So the
//! scan follows each tag as that tokenizer reads it (a quoted value holds `>`, an
//! unquoted one ends at a space, a name alone is an attribute) to its real end, and
//! blanks the attributes past the [`MAX_ATTRIBUTES`]th distinct name, up to the tag's
//! `>` (or `/>`), which stays; a tag with fewer is left as it is. The scan goes on
//! after each tag's real end, so a `<!--`, a `<script>` or a `/>` inside a quoted
//! value is text to it too (`<g d="/>">` is not self-closed), a raw text starts after
//! its tag's `>`, and a tag never closed runs to the page's end, as html5ever drops it
//! with all after it. Its shortcuts are the bound's: a script's raw text ends at the
//! first `</script`, whatever the `<!--` and `<script` it holds (html5ever's escapes),
//! and a `<script>` under `svg`, markup there, is raw text to the scan.

use std::borrow::Cow;
use std::collections::HashSet;

/// The deepest nesting html5ever is given.
pub(crate) const MAX_NESTING: usize = 512;

/// The most attributes of distinct names html5ever is given in one tag. Wikipedia's
/// tags carry a dozen at most (Parsoid's `typeof`, `about`, `data-mw`, `id`, `class`…),
/// and html5ever's check of a tag of this many costs 33 000 comparisons, under a
/// millisecond: room for any real page, while a page of crowded tags stays linear.
pub(crate) const MAX_ATTRIBUTES: usize = 256;

/// How far down the stack of open elements an end tag looks for its start tag; one
/// that matches nothing there is left as it is (a stray end tag, which the parser
/// ignores), so no page makes the scan quadratic.
const END_TAG_REACH: usize = 64;

/// Void elements: no content, no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements a parser closes by itself when the next of their kind opens, or ignores
/// where they do not belong: they do not nest by themselves.
const IMPLIED: &[&str] = &[
    "body", "colgroup", "dd", "dt", "head", "html", "li", "option", "optgroup", "p", "tbody", "td",
    "tfoot", "th", "thead", "tr",
];

/// Elements whose content is raw text, not markup, whatever the parser's scripting
/// flag (`noscript` is not: without scripting its content is markup).
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp"];

/// The elements an end tag's search for its start tag stops at ("has an element in
/// scope"): an end tag beyond one of them is ignored by the parser.
const SCOPE: &[&str] = &[
    "applet", "caption", "html", "marquee", "object", "table", "td", "template", "th",
];

/// The "special" elements of the HTML parser: the end tag of an ordinary element
/// (`</span>`) is ignored when one of them stands above its start tag.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "body",
    "button",
    "caption",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "html",
    "iframe",
    "li",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "plaintext",
    "pre",
    "section",
    "select",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements under which `/>` closes an element (SVG and MathML): elsewhere it is
/// ignored but on void elements.
const FOREIGN: &[&str] = &["svg", "math"];

/// One piece the scan met. Names are borrowed from the page when it writes them in
/// lower case, as pages mostly do.
enum Piece<'a> {
    /// `<name …>`: the tag spans `start..end`; `closed` when it ends with `/>`.
    Open {
        name: Cow<'a, str>,
        start: usize,
        end: usize,
        closed: bool,
    },
    /// A raw-text element, `<script>…</script>`, skipped whole: it nests nothing.
    Raw,
    /// `</name>`.
    Close {
        name: Cow<'a, str>,
        start: usize,
        end: usize,
    },
    /// The attributes of a tag past the bound, `start..end`: from the first name past
    /// it to the tag's `>`, or its `/>`. `slash`: a `/` stands first in the blank.
    Crowded {
        start: usize,
        end: usize,
        slash: bool,
    },
}

/// Calls `each` on every tag of the page, in order, in one pass, and on the attributes
/// past the `max_attributes`th of each tag.
fn scan<'a>(html: &'a str, max_attributes: usize, mut each: impl FnMut(Piece<'a>)) {
    let attributes = Attributes::new(html.as_bytes(), max_attributes);
    let mut at = 0;
    while let Some(i) = html.get(at..).and_then(|r| r.find('<')) {
        let lt = at + i;
        let rest = html.get(lt + 1..).unwrap_or("");
        if let Some(after) = rest.strip_prefix("!--") {
            // `<!-->` and `<!--->` are whole (empty) comments.
            at = lt
                + 4
                + if after.starts_with('>') {
                    1
                } else if after.starts_with("->") {
                    2
                } else {
                    after.find("-->").map_or(after.len(), |j| j + 3)
                };
            continue;
        }
        // A bogus comment (`<?…>`, `</&…>`, `<!…>`) or a doctype runs to the first `>`,
        // whatever quotes it holds; `</>` is nothing.
        let bogus = match rest.as_bytes() {
            [b'?' | b'!', ..] => true,
            [b'/', c, ..] => !c.is_ascii_alphabetic(),
            _ => false,
        };
        if bogus {
            at = lt + 1 + rest.find('>').map_or(rest.len(), |j| j + 1);
            continue;
        }
        let Some((closing, name)) = tag_at(rest) else {
            at = lt + 1;
            continue;
        };
        // The tag ends where html5ever's tokenizer ends it: at its `>`, past a `>` in
        // its quoted values; a tag never closed runs to the page's end.
        let tag = attributes.follow(lt + 1 + usize::from(closing));
        let end = tag.end;
        at = end;
        if let Some(crowded) = tag.crowded {
            each(crowded);
        }
        if closing {
            each(Piece::Close {
                name,
                start: lt,
                end,
            });
        } else if RAW.contains(&&*name) {
            // The raw text runs from the tag's end to its end tag, followed as a tag.
            match skip_raw(html, end, &name) {
                Some(close) => {
                    let tag = attributes.follow(close);
                    at = tag.end;
                    if let Some(crowded) = tag.crowded {
                        each(crowded);
                    }
                }
                None => at = html.len(),
            }
            each(Piece::Raw);
        } else {
            each(Piece::Open {
                name,
                start: lt,
                end,
                closed: tag.slash,
            });
        }
    }
}

/// A tag at the start of `rest` (just after its `<`): whether it closes, and its name
/// (lower case, borrowed when `rest` writes it so). `None` when `rest` starts no tag
/// (`a < b`).
fn tag_at(rest: &str) -> Option<(bool, Cow<'_, str>)> {
    let (closing, body) = match rest.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, rest),
    };
    let length = body
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
        .count();
    // ASCII bytes only: the name ends on a character boundary.
    let name = body.get(..length)?;
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    };
    Some((closing, name))
}

/// The end tag of a raw-text element whose content starts at `at`: the offset of its
/// name (after the `</`); `None` when it has none, and the raw text runs to the
/// page's end.
fn skip_raw(html: &str, at: usize, name: &str) -> Option<usize> {
    let mut i = at;
    while let Some(j) = html.get(i..).and_then(|r| r.find("</")) {
        let k = i + j + 2;
        let candidate = html.as_bytes().get(k..k + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return Some(k);
        }
        i = k;
    }
    None
}

/// Where html5ever's tokenizer is in a tag.
#[derive(Clone, Copy)]
enum State {
    TagName,
    BeforeName,
    /// In a name that starts at this offset.
    Name(usize),
    AfterName,
    BeforeValue,
    Unquoted,
    AfterQuoted,
    /// After a `/`: `/>` closes the tag, anything else starts over.
    Slash,
}

/// How a walk through a tag ended.
#[derive(Debug, PartialEq)]
enum Walk {
    /// At the `>` at this offset; `slash` when a `/` just before it makes it `/>`.
    Closed { gt: usize, slash: bool },
    /// Never closed: the page ends in it; `quote` when it ends in a quoted value whose
    /// quote, at this offset, never closes.
    Open { quote: Option<usize> },
    /// The callback stopped it at the name starting at this offset.
    Stopped(usize),
}

/// The last `"` and the last `'` of the page: a value quoted after them runs to the
/// page's end, which is known without searching for it again.
struct Quotes {
    double: Option<usize>,
    single: Option<usize>,
}

/// Walks the tag whose name starts at `at` (after its `<` or `</`) as html5ever's
/// tokenizer does (<https://html.spec.whatwg.org/#tag-name-state> and the states after
/// it), calling `name` on each attribute's name (`start..end`) until it returns true.
/// Only ASCII bytes change the state, so every offset it gives is a char boundary.
fn walk_tag(
    html: &[u8],
    at: usize,
    quotes: &Quotes,
    mut name: impl FnMut(usize, usize) -> bool,
) -> Walk {
    let mut state = State::TagName;
    let mut i = at;
    while let Some(&b) = html.get(i) {
        // html5ever reads `\r` as `\n`.
        let space = matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
        // A name ends where what follows a name begins.
        if let State::Name(start) = state {
            if space || matches!(b, b'/' | b'>' | b'=') {
                if name(start, i) {
                    return Walk::Stopped(start);
                }
                state = State::AfterName;
            }
        }
        state = match state {
            State::Name(_) => state,
            _ if b == b'>' => {
                return Walk::Closed {
                    gt: i,
                    slash: matches!(state, State::Slash),
                }
            }
            State::TagName | State::Unquoted if space => State::BeforeName,
            State::TagName if b == b'/' => State::Slash,
            State::TagName | State::Unquoted => state,
            State::BeforeValue if space => state,
            State::BeforeValue if matches!(b, b'"' | b'\'') => {
                let last = if b == b'"' {
                    quotes.double
                } else {
                    quotes.single
                };
                let close = match last {
                    Some(l) if l > i => html
                        .get(i + 1..)
                        .and_then(|rest| memchr::memchr(b, rest))
                        .map(|j| i + 1 + j),
                    _ => None,
                };
                let Some(close) = close else {
                    return Walk::Open { quote: Some(i) };
                };
                i = close;
                State::AfterQuoted
            }
            State::BeforeValue => State::Unquoted,
            State::AfterName if space => state,
            _ if space => State::BeforeName,
            _ if b == b'/' => State::Slash,
            State::AfterName if b == b'=' => State::BeforeValue,
            // Anything else starts a name, `=` too where no name is before it.
            _ => State::Name(i),
        };
        i += 1;
    }
    if let State::Name(start) = state {
        if name(start, html.len()) {
            return Walk::Stopped(start);
        }
    }
    Walk::Open { quote: None }
}

/// Follows each tag the scan meets through its attributes to its end, as html5ever's
/// tokenizer reads it; the scan goes on after that end, so no byte is walked twice.
struct Attributes<'a> {
    html: &'a [u8],
    max: usize,
    quotes: Quotes,
}

/// A tag followed to its end.
struct Followed {
    /// After its `>`; the page's end for a tag never closed, which html5ever drops
    /// with all after it.
    end: usize,
    /// It ends with `/>`.
    slash: bool,
    /// Its attributes past the bound, to blank.
    crowded: Option<Piece<'static>>,
}

impl<'a> Attributes<'a> {
    fn new(html: &'a [u8], max: usize) -> Self {
        Attributes {
            html,
            max,
            quotes: Quotes {
                double: memchr::memrchr(b'"', html),
                single: memchr::memrchr(b'\'', html),
            },
        }
    }

    /// The tag whose name starts at `at`: where it ends, and the part to blank, from
    /// its first name past the `max`th distinct one to its `>` (or its `/>`), when it
    /// has one.
    fn follow(&self, at: usize) -> Followed {
        let (mut count, mut last) = (0usize, at);
        let walk = walk_tag(self.html, at, &self.quotes, |start, _| {
            count += 1;
            last = start;
            false
        });
        let len = self.html.len();
        // Where the tag ends and whether by `/>`; where a blank of its attributes would
        // stop, and whether it starts with a `/`.
        let (end, closed, stop, blank_slash) = match walk {
            Walk::Closed { gt, slash } => (gt + 1, slash, gt - usize::from(slash), false),
            // html5ever drops a tag the page ends in, and must still: the name whose
            // quote never closes stays, and a `/` first in the blank makes it start a
            // name whatever stood before (`a =b='…` would give `a` the value `b='…`).
            Walk::Open { quote: Some(_) } => (len, false, last, true),
            // The count never stops the walk.
            Walk::Open { quote: None } | Walk::Stopped(_) => (len, false, len, false),
        };
        Followed {
            end,
            slash: closed,
            crowded: (count > self.max)
                .then(|| self.crowded(at, stop, blank_slash))
                .flatten(),
        }
    }

    /// The attributes of the tag at `at` past the `max`th distinct name, to `stop`.
    fn crowded(&self, at: usize, stop: usize, slash: bool) -> Option<Piece<'static>> {
        // html5ever keeps the first of names written twice, read in ASCII lower case
        // and with U+FFFD for NUL.
        let mut names: HashSet<Vec<u8>> = HashSet::new();
        let max = self.max;
        let html = self.html;
        match walk_tag(html, at, &self.quotes, |start, end| {
            let mut name = Vec::with_capacity(end.saturating_sub(start));
            for &b in html.get(start..end).unwrap_or_default() {
                match b {
                    0 => name.extend_from_slice("\u{FFFD}".as_bytes()),
                    b => name.push(b.to_ascii_lowercase()),
                }
            }
            names.insert(name);
            names.len() > max
        }) {
            Walk::Stopped(cut) => Some(Piece::Crowded {
                start: cut,
                end: stop.max(cut),
                slash,
            }),
            _ => None,
        }
    }
}

/// The stack of open elements as the parser keeps it, near enough: what nests is
/// pushed, an end tag pops to its start tag unless the parser would ignore it.
#[derive(Default)]
struct Stack<'a> {
    /// Name, and whether its start tag was blanked.
    open: Vec<(Cow<'a, str>, bool)>,
    /// Open `svg` and `math` elements.
    foreign: usize,
    deepest: usize,
}

impl<'a> Stack<'a> {
    /// An element opens: whether it nests (is pushed).
    fn open(&mut self, name: Cow<'a, str>, closed: bool, blanked: bool) -> bool {
        let n = &*name;
        let self_closed = closed && (self.foreign > 0 || FOREIGN.contains(&n));
        if VOID.contains(&n) || IMPLIED.contains(&n) || self_closed {
            return false;
        }
        if FOREIGN.contains(&n) {
            self.foreign += 1;
        }
        self.open.push((name, blanked));
        self.deepest = self.deepest.max(self.open.len());
        true
    }

    /// An end tag: `Some(blanked)` of the element it closes, `None` when the parser
    /// ignores it. The search looks no further than `END_TAG_REACH` elements down.
    fn close(&mut self, name: &str) -> Option<bool> {
        let special = SPECIAL.contains(&name);
        let floor = self.open.len().saturating_sub(END_TAG_REACH);
        let mut k = self.open.len();
        while k > floor {
            k -= 1;
            let (open, blanked) = self.open.get(k)?;
            if open == name {
                let blanked = *blanked;
                for (gone, _) in self.open.drain(k..) {
                    if FOREIGN.contains(&&*gone) {
                        self.foreign = self.foreign.saturating_sub(1);
                    }
                }
                return Some(blanked);
            }
            let stops = if special {
                SCOPE.contains(&&**open)
            } else {
                SPECIAL.contains(&&**open)
            };
            if stops {
                return None;
            }
        }
        None
    }
}

/// The deepest nesting of elements in a page (`<div><div><p>a<p>b</div></div>`: 2).
#[cfg(test)]
fn nesting(html: &str) -> usize {
    let mut stack = Stack::default();
    scan(html, usize::MAX, |piece| match piece {
        Piece::Open { name, closed, .. } => {
            stack.open(name, closed, false);
        }
        Piece::Close { name, .. } => {
            stack.close(&name);
        }
        Piece::Raw | Piece::Crowded { .. } => {}
    });
    stack.deepest
}

/// A page as html5ever is given it.
pub(crate) struct Flat<'a> {
    /// The page, blanked where it had to be: as long as the page, every offset and
    /// line in place.
    pub(crate) text: Cow<'a, str>,
    /// The offset of the first tag blanked for its depth.
    pub(crate) deep: Option<usize>,
    /// The offset of the first attribute blanked, and how many tags lost some.
    pub(crate) crowded: Option<(usize, usize)>,
}

/// The page with the start and end tags of every element nested deeper than
/// `max_nesting`, and the attributes of each tag past its `max_attributes`th distinct
/// name, blanked (their bytes made spaces, line breaks kept in attributes, so offsets
/// stay); the page itself when nothing is past either bound.
pub(crate) fn flatten(html: &str, max_nesting: usize, max_attributes: usize) -> Flat<'_> {
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    let mut crowds: Vec<(usize, usize, bool)> = Vec::new();
    let mut stack = Stack::default();
    scan(html, max_attributes, |piece| match piece {
        Piece::Open {
            name,
            start,
            end,
            closed,
        } => {
            // Only an element that nests makes the page deeper.
            let deep = stack.open.len() >= max_nesting;
            if stack.open(name, closed, deep) && deep {
                blanks.push((start, end));
            }
        }
        Piece::Raw => {}
        Piece::Close { name, start, end } => {
            if stack.close(&name) == Some(true) {
                blanks.push((start, end));
            }
        }
        Piece::Crowded { start, end, slash } => crowds.push((start, end, slash)),
    });
    let unchanged = || Flat {
        text: Cow::Borrowed(html),
        deep: None,
        crowded: None,
    };
    if blanks.is_empty() && crowds.is_empty() {
        return unchanged();
    }
    let mut bytes = html.as_bytes().to_vec();
    for &(start, end) in &blanks {
        if let Some(b) = bytes.get_mut(start..end) {
            b.fill(b' ');
        }
    }
    for &(start, end, slash) in &crowds {
        let blank = bytes.get_mut(start..end).unwrap_or_default();
        for b in blank.iter_mut() {
            if !matches!(*b, b'\n' | b'\r') {
                *b = b' ';
            }
        }
        if let (true, Some(first)) = (slash, blank.first_mut()) {
            *first = b'/';
        }
    }
    // Whole tags, from `<` to `>`, and whole attributes, from a name's first byte to
    // the tag's `>`, became spaces: the text is still UTF-8.
    match String::from_utf8(bytes) {
        Ok(flat) => Flat {
            text: Cow::Owned(flat),
            deep: blanks.first().map(|&(start, _)| start),
            crowded: crowds.first().map(|&(start, ..)| (start, crowds.len())),
        },
        Err(_) => unchanged(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[test]
    fn nesting_counts_open_elements_not_void_or_implied_ones() {
        assert_eq!(nesting("<html><body><div><div><p>a<p>b</div></div>"), 2);
        assert_eq!(nesting("<div><br><img src=x><hr/><li>a<li>b</div>"), 1);
        assert_eq!(
            nesting("<script>if (a<b && c<d) {}</script><div>x</div>"),
            1
        );
        assert_eq!(nesting("<!-- <div><div> --><div></div>"), 1);
        assert_eq!(nesting(&"<b>".repeat(1000)), 1000);
    }

    #[test]
    fn a_shallow_page_is_given_back_as_it_is() {
        let page = "<div><div><p>261 morts</p></div></div>";
        let flat = flatten(page, 2, MAX_ATTRIBUTES);
        assert!(matches!(flat.text, Cow::Borrowed(p) if p == page));
        assert_eq!((flat.deep, flat.crowded), (None, None));
    }

    #[test]
    fn tags_deeper_than_the_limit_are_blanked_in_place() {
        let page = "<div><b><i>é<script>x<y</script>261</i></b></div><p>fin</p>";
        let Flat {
            text: flat,
            deep: first,
            ..
        } = flatten(page, 2, MAX_ATTRIBUTES);
        assert_eq!(flat.len(), page.len());
        assert_eq!(first, Some(8));
        // The <i> and its end tag; the script nests nothing and stays.
        assert_eq!(
            flat,
            "<div><b>   é<script>x<y</script>261    </b></div><p>fin</p>"
        );
        assert_eq!(nesting(&flat), 2);
    }

    #[test]
    fn an_end_tag_that_closes_several_keeps_the_count_right() {
        // "</div>" closes the <b> left open inside it: the next <i> is at depth 1.
        let flat = flatten("<div><b><i>a</div><i><u>b</u></i>", 2, MAX_ATTRIBUTES).text;
        assert_eq!(flat, "<div><b>   a</div><i><u>b</u></i>");
    }

    #[test]
    fn a_huge_nesting_flattens_to_the_limit() {
        let page = format!(
            "{}<p>au moins 6 000 soldats</p>{}",
            "<div>".repeat(200_000),
            "</div>".repeat(200_000)
        );
        let Flat {
            text: flat,
            deep: first,
            ..
        } = flatten(&page, MAX_NESTING, MAX_ATTRIBUTES);
        assert_eq!(first, Some(MAX_NESTING * 5));
        assert_eq!(nesting(&flat), MAX_NESTING);
        let kept = "<div>".repeat(MAX_NESTING);
        assert!(flat.starts_with(&format!("{kept}     ")));
        assert!(flat.contains("     <p>au moins 6 000 soldats</p>      "));
        assert!(flat.ends_with(&"</div>".repeat(MAX_NESTING)));
    }

    /// The depth of the tree html5ever builds.
    fn tree_depth(html: &str) -> usize {
        let doc = scraper::Html::parse_document(html);
        let mut deepest = 0;
        let mut stack = vec![(doc.tree.root(), 0usize)];
        while let Some((node, depth)) = stack.pop() {
            deepest = deepest.max(depth);
            stack.extend(node.children().map(|c| (c, depth + 1)));
        }
        deepest
    }

    #[test]
    fn shapes_that_hide_their_depth_are_flattened_all_the_same() {
        // Each reaches html5ever thousands deep unless it is seen for what it is:
        // stray end tags, `/>` on an element that is not void, an empty comment, ruby
        // elements outside ruby, markup in noscript, an end tag beyond a table.
        let n = 20_000;
        for page in [
            "<div></span>".repeat(n),
            "<div/>".repeat(n),
            format!("<!-->{}-->", "<div>".repeat(n)),
            "<rt>".repeat(n),
            format!("<noscript>{}</noscript>", "<div>".repeat(n)),
            "<div><table><tr><td></div>".repeat(n / 4),
        ] {
            let Flat {
                text: flat,
                deep: first,
                ..
            } = flatten(&page, MAX_NESTING, MAX_ATTRIBUTES);
            assert!(first.is_some(), "{:.40}", page);
            let depth = tree_depth(&flat);
            assert!(depth <= 4 * MAX_NESTING, "{:.40}: {depth}", page);
        }
    }

    #[test]
    fn real_shapes_are_not_flattened() {
        // Hundreds of siblings the parser closes by itself, or that close themselves.
        for page in [
            format!("<svg>{}</svg>", "<path d=\"M0 0\"/>".repeat(2_000)),
            format!("<ul>{}</ul>", "<li>item".repeat(2_000)),
            format!("<div>{}</div>", "<p>para".repeat(2_000)),
            format!(
                "<table>{}</table>",
                "<tr><td><div>261</div><td>12".repeat(2_000)
            ),
            format!("<div>{}</div>", "<br/><img src=x><hr>".repeat(2_000)),
            format!("<div>{}</div>", "<span>a</span><!-->b".repeat(2_000)),
        ] {
            assert!(nesting(&page) < 10, "{:.40}: {}", page, nesting(&page));
            assert!(
                flatten(&page, MAX_NESTING, MAX_ATTRIBUTES).deep.is_none(),
                "{:.40}",
                page
            );
        }
    }

    /// How `walk_tag` reads a tag written from its name on, and the names it met.
    fn walk(tag: &str) -> (Walk, Vec<&str>) {
        let bytes = tag.as_bytes();
        let quotes = Quotes {
            double: memchr::memrchr(b'"', bytes),
            single: memchr::memrchr(b'\'', bytes),
        };
        let mut names = Vec::new();
        let walk = walk_tag(bytes, 0, &quotes, |start, end| {
            names.push(tag.get(start..end).unwrap_or("?"));
            false
        });
        (walk, names)
    }

    #[rstest]
    #[case::quoted_gt("p a=\">\" b='x>y'>z", 15, false, &["a", "b"])]
    #[case::unquoted_slash_is_the_value("p a=v/>z", 6, false, &["a"])]
    #[case::self_closed("br a/>", 5, true, &["a"])]
    #[case::no_space_after_a_quote("p a=\"1\"b='2'c>", 13, false, &["a", "b", "c"])]
    #[case::spaces_around_equals("p a = \"v\" >", 10, false, &["a"])]
    #[case::an_equals_sign_starts_a_name("p =x y>", 6, false, &["=x", "y"])]
    #[case::a_slash_between_names("p a/b / c>", 9, false, &["a", "b", "c"])]
    #[case::other_spaces("p\ra\n=\x0Cv\tb>", 9, false, &["a", "b"])]
    #[case::a_name_with_quotes_and_lt("p a\"b<c d>", 9, false, &["a\"b<c", "d"])]
    #[case::no_attribute("div>", 3, false, &[])]
    #[case::utf8("p é=ü ü>", 10, false, &["é", "ü"])]
    fn a_tag_is_walked_as_html5ever_reads_it(
        #[case] tag: &str,
        #[case] gt: usize,
        #[case] slash: bool,
        #[case] names: &[&str],
    ) {
        assert_eq!(walk(tag), (Walk::Closed { gt, slash }, names.to_vec()));
    }

    #[test]
    fn a_tag_never_closed_runs_to_the_end_or_stops_at_its_open_quote() {
        assert_eq!(walk("p a b"), (Walk::Open { quote: None }, vec!["a", "b"]));
        assert_eq!(
            walk("p t=\"x>y"),
            (Walk::Open { quote: Some(4) }, vec!["t"])
        );
        // A quote closed further on, past a `>`: the tag runs to it.
        assert_eq!(
            walk("p t='x>y' z='"),
            (Walk::Open { quote: Some(12) }, vec!["t", "z"])
        );
        assert_eq!(walk("p t="), (Walk::Open { quote: None }, vec!["t"]));
    }

    #[test]
    fn attributes_past_the_bound_are_blanked_up_to_the_tags_end() {
        let page = "<p a=1 b='>' c d=\"é\"\ne>x</p><br a b c/><p a A a b>y</p a b c>";
        let flat = flatten(page, MAX_NESTING, 2);
        // The third name on (`c`, and `c` again in the end tag) is blanked; `A` is
        // `a` written again, so the last <p> keeps its two names; line breaks stay.
        assert_eq!(
            flat.text,
            "<p a=1 b='>'         \n >x</p><br a b  /><p a A a b>y</p a b  >"
        );
        assert_eq!(flat.text.len(), page.len());
        assert_eq!(flat.crowded, Some((13, 3)));
        assert_eq!(flat.deep, None);
        // The bound itself is kept.
        let names = |n: usize| (0..n).map(|i| format!(" a{i}")).collect::<String>();
        let page = format!("<p{}>x", names(MAX_ATTRIBUTES));
        let flat = flatten(&page, MAX_NESTING, MAX_ATTRIBUTES);
        assert!(matches!(flat.text, Cow::Borrowed(_)));
        let page = format!("<p{}>x", names(MAX_ATTRIBUTES + 1));
        let flat = flatten(&page, MAX_NESTING, MAX_ATTRIBUTES);
        let last = page.len() - 3 - format!("{MAX_ATTRIBUTES}").len();
        assert_eq!(flat.crowded, Some((last, 1)));
        assert_eq!(flat.text.get(..last), page.get(..last));
    }

    #[test]
    fn the_raw_elements_tags_and_the_shapes_html5ever_reads_otherwise() {
        // A script's start and end tags; a tag inside a quoted value is none.
        let page = "<script a b c>x<y</script a b c><p t=\"x><b a b c>\">z</p>";
        let flat = flatten(page, MAX_NESTING, 2);
        assert_eq!(
            flat.text,
            "<script a b  >x<y</script a b  ><p t=\"x><b a b c>\">z</p>"
        );
        assert_eq!(flat.crowded, Some((12, 2)));
        // A quote never closed: html5ever drops the tag and all after it, and still
        // does, its last name kept and starting anew after a `/`; what follows the
        // quote is inside it, no tag.
        let page = "<p a b c t=\"x><b a b c>";
        let flat = flatten(page, MAX_NESTING, 2);
        assert_eq!(flat.text, "<p a b / t=\"x><b a b c>");
    }

    /// A tag ends at its real `>`, past the ones in its quoted values: `<g d="/>">`
    /// under `svg` is no self-closed element, and the tags written in a title are
    /// text, as html5ever reads them (the scan took each to end at its first `>`).
    #[test]
    fn a_tag_ends_where_its_quoted_values_end() {
        for (page, depth) in [
            ("<svg><g d=\"/>\"><path/></g></svg>", 2),
            ("<svg><g d=\"/>\"/><g></g></svg>", 2),
            ("<div title=\"<div><div>\">x</div>", 1),
            (
                "<div title='a>b' class=\"<p><section>\"><span>x</span></div>",
                2,
            ),
        ] {
            assert_eq!(nesting(page), depth, "{page}");
        }
    }

    #[test]
    fn what_html5ever_reads_as_text_or_as_a_comment_the_scan_does_too() {
        // A `<!--` or a `<script>` in a quoted value, a `</script>` in a script's quoted
        // value, a quote in a bogus comment: html5ever reads the crowded tag after each
        // (its `c` is blanked), and the <b> inside the script is text.
        for (page, blanked) in [
            (
                "<i t=\"x><!--\"><p a b c>-->",
                "<i t=\"x><!--\"><p a b  >-->",
            ),
            (
                "<i t=\"x><script>\"><p a b c>",
                "<i t=\"x><script>\"><p a b  >",
            ),
            (
                "<script t=\"x></script>\">a<b c d e</script><p a b c>",
                "<script t=\"x></script>\">a<b c d e</script><p a b  >",
            ),
            ("</ <i t=\"><p a b c>\"", "</ <i t=\"><p a b  >\""),
            ("<?x t=\"><p a b c>\"", "<?x t=\"><p a b  >\""),
            (
                "<!DOCTYPE html \"><p a b c>\"",
                "<!DOCTYPE html \"><p a b  >\"",
            ),
        ] {
            let flat = flatten(page, MAX_NESTING, 2);
            assert_eq!(flat.text, blanked);
            assert_eq!(flat.crowded.map(|(_, n)| n), Some(1), "{page}");
        }
        // The depth too: the <div>s after a `<!--` in a quoted value nest.
        let page = format!("<i t=\"x><!--\">{}-->", "<div>".repeat(3));
        assert_eq!(nesting(&page), 4);
        // A bogus comment holds what comes before its `>`, a <div> but for its `>`.
        assert_eq!(nesting("<?x <div><b>"), 1);
        assert_eq!(nesting("</ <div><b>"), 1);
    }

    /// Each element's attributes as html5ever reads them.
    fn attributes(html: &str) -> Vec<Vec<(String, String)>> {
        let doc = scraper::Html::parse_document(html);
        doc.tree
            .nodes()
            .filter_map(|n| n.value().as_element())
            .map(|e| {
                e.attrs()
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn html5ever_reads_the_first_attributes_of_a_crowded_tag_and_the_rest_as_before() {
        // 300 attributes written in every way, twice over in places: html5ever keeps
        // the same first 256 distinct ones from the page blanked, and the rest of the
        // page is read as it was.
        let shapes = [
            "a{i}=\"v>{i}\"",
            "b{i}='<i>'",
            "c{i}=u{i}",
            "d{i}",
            "E{i}=\"x\"f{i}",
            "=g{i}",
            "é{i}=ü",
            "d{i}=again",
        ];
        let mut crowded = String::from("<div id=\"top\" class=\"mw-parser-output\"");
        for i in 0..300 {
            let shape = shapes[i % shapes.len()];
            crowded.push_str(if i % 2 == 0 { " " } else { "\n" });
            crowded.push_str(&shape.replace("{i}", &(i / 3).to_string()));
        }
        let small = "<a href=\"/wiki/Idleb\" title=\"a>b\" class=x data-y>Idleb</a>";
        for end in [">", "/>", " / >"] {
            let page = format!(
                "<p>x</p>{crowded}{end}<p>261 morts {small}</p></div><svg>{crowded}{end}</svg>"
            );
            let flat = flatten(&page, MAX_NESTING, MAX_ATTRIBUTES);
            assert_eq!(flat.crowded.map(|(_, n)| n), Some(2), "{end}");
            let (before, after) = (attributes(&page), attributes(&flat.text));
            assert_eq!(before.len(), after.len());
            for (b, a) in before.iter().zip(&after) {
                if b.len() <= MAX_ATTRIBUTES {
                    assert_eq!(a, b);
                } else {
                    assert_eq!(a.len(), MAX_ATTRIBUTES);
                    assert!(a.iter().all(|kv| b.contains(kv)));
                }
            }
            let text = |html: &str| {
                scraper::Html::parse_document(html)
                    .root_element()
                    .text()
                    .collect::<String>()
            };
            assert_eq!(text(&flat.text), text(&page));
        }
    }

    #[test]
    fn pages_of_unclosed_or_crowded_tags_are_walked_without_fault() {
        // Runs of tags that never close, in every state a page can end in; each
        // blanked page keeps its length and stays UTF-8.
        let n = 5_000;
        for page in [
            "<p a='é".repeat(n),
            "<p a=\"é\" <b".repeat(n),
            "<p a=é".repeat(n),
            format!("<p{}", " é".repeat(n)),
            format!("<p{}/", " a".repeat(n)),
            "<p a=\">\" <b c=\"".repeat(n),
            "</p é=\">".repeat(n),
            format!("<script>{}", "</script a".repeat(n)),
        ] {
            let flat = flatten(&page, MAX_NESTING, MAX_ATTRIBUTES);
            assert_eq!(flat.text.len(), page.len(), "{:.40}", page);
        }
    }

    #[test]
    fn random_tags_read_by_html5ever_lose_only_the_attributes_past_the_bound() {
        // Tags written from pieces that move the tokenizer (quotes, `=`, `/`, `>`, `<`,
        // spaces of every kind, NUL, U+FFFD, `</` and bogus comments), the bound at 1 to
        // 3: html5ever reads the same elements and the same text from the blanked page,
        // each element with its first attributes only. Not here: `<!--` (a script's
        // escapes) and `svg` (a script there is markup), which the scan reads otherwise.
        let pieces = [
            "a", "b", "c", "A", "é", "x", " ", " ", "\n", "\r", "\t", "\x0C", "=", "=", "\"", "'",
            ">", "<", "/", "/", "<p", "</p", "<b", "&amp;", "&", "\0", "\u{FFFD}",
        ];
        let heads = [
            "<p ",
            "</p ",
            "<script ",
            "<b",
            "<p>t</p ",
            "<script>x</script ",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut pick = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % n as u64).unwrap_or(0)
        };
        let text = |html: &str| {
            scraper::Html::parse_document(html)
                .root_element()
                .text()
                .collect::<String>()
        };
        for _ in 0..20_000 {
            let mut page = String::new();
            for _ in 0..1 + pick(3) {
                page.push_str(heads[pick(heads.len())]);
                for _ in 0..1 + pick(30) {
                    page.push_str(pieces[pick(pieces.len())]);
                }
                page.push_str(["/>", ">", ""][pick(3)]);
                page.push('t');
            }
            page.push_str("</p>u");
            let max = 1 + pick(3);
            let flat = flatten(&page, MAX_NESTING, max);
            let (before, after) = (attributes(&page), attributes(&flat.text));
            assert_eq!(before.len(), after.len(), "{page:?}");
            for (b, a) in before.iter().zip(&after) {
                assert_eq!(a.len(), b.len().min(max), "{page:?}");
                assert!(a.iter().all(|kv| b.contains(kv)), "{page:?}");
            }
            assert_eq!(text(&flat.text), text(&page), "{page:?}");
        }
    }
}
