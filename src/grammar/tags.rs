//! A linear scan of HTML tags, in front of html5ever: how deep a page nests, and the
//! same page with the tags beyond a depth blanked out.
//!
//! html5ever builds the tree as a browser does, and every start tag looks through the
//! stack of open elements: a page of 200 000 nested `<div>`s takes minutes. Real pages
//! nest a few dozen deep, so [`flatten`] blanks every tag deeper than
//! [`MAX_NESTING`] (each of its bytes becomes a space: every offset stays where it
//! was, and the text inside stays, in the deepest element kept). It does not build a
//! tree, but keeps the parser's stack near enough, erring deep: comments and raw text
//! (`<script>`) are skipped; void elements, elements the parser closes by itself
//! (`<p>`, `<li>`, `<td>`) and `/>` under `svg` or `math` do not nest; an end tag
//! closes its start tag unless the parser would ignore it (a `</div>` beyond a
//! `<table>`, a `</span>` beyond a `<div>`, a stray one).

use std::borrow::Cow;

/// The deepest nesting html5ever is given.
pub(crate) const MAX_NESTING: usize = 512;

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
}

/// Calls `each` on every tag of the page, in order, in one pass.
fn scan<'a>(html: &'a str, mut each: impl FnMut(Piece<'a>)) {
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
        let Some((closing, name, len)) = tag_at(rest) else {
            at = lt + 1;
            continue;
        };
        let end = lt + 1 + len;
        at = end;
        if closing {
            each(Piece::Close {
                name,
                start: lt,
                end,
            });
        } else if RAW.contains(&&*name) {
            at = skip_raw(html, end, &name);
            each(Piece::Raw);
        } else {
            let closed = rest.get(..len).is_some_and(|t| t.ends_with("/>"));
            each(Piece::Open {
                name,
                start: lt,
                end,
                closed,
            });
        }
    }
}

/// A tag at the start of `rest` (just after its `<`): whether it closes, its name
/// (lower case, borrowed when `rest` writes it so), and the byte length of the tag
/// after the `<`. `None` when `rest` starts no tag (`a < b`).
fn tag_at(rest: &str) -> Option<(bool, Cow<'_, str>, usize)> {
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
    let len = rest.find('>').map_or(rest.len(), |i| i + 1);
    Some((closing, name, len))
}

/// The offset after the end tag of a raw-text element whose content starts at `at`
/// (the page's end when it has none).
fn skip_raw(html: &str, at: usize, name: &str) -> usize {
    let mut i = at;
    while let Some(j) = html.get(i..).and_then(|r| r.find("</")) {
        let k = i + j + 2;
        let candidate = html.as_bytes().get(k..k + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            let after = k + name.len();
            return after
                + html
                    .get(after..)
                    .and_then(|r| r.find('>'))
                    .map_or(0, |e| e + 1);
        }
        i = k;
    }
    html.len()
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
    scan(html, |piece| match piece {
        Piece::Open { name, closed, .. } => {
            stack.open(name, closed, false);
        }
        Piece::Close { name, .. } => {
            stack.close(&name);
        }
        Piece::Raw => {}
    });
    stack.deepest
}

/// The page with the start and end tags of every element nested deeper than `max`
/// blanked (their bytes made spaces, so offsets stay), and the offset of the first tag
/// blanked; the page itself when it nests no deeper than `max`.
pub(crate) fn flatten(html: &str, max: usize) -> (Cow<'_, str>, Option<usize>) {
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    let mut stack = Stack::default();
    scan(html, |piece| match piece {
        Piece::Open {
            name,
            start,
            end,
            closed,
        } => {
            // Only an element that nests makes the page deeper.
            let deep = stack.open.len() >= max;
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
    });
    let Some(first) = blanks.first().map(|&(start, _)| start) else {
        return (Cow::Borrowed(html), None);
    };
    let mut bytes = html.as_bytes().to_vec();
    for (start, end) in blanks {
        if let Some(b) = bytes.get_mut(start..end) {
            b.fill(b' ');
        }
    }
    // Whole tags, from `<` to `>`, became spaces: the text is still UTF-8.
    match String::from_utf8(bytes) {
        Ok(flat) => (Cow::Owned(flat), Some(first)),
        Err(_) => (Cow::Borrowed(html), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(matches!(flatten(page, 2), (Cow::Borrowed(p), None) if p == page));
    }

    #[test]
    fn tags_deeper_than_the_limit_are_blanked_in_place() {
        let page = "<div><b><i>é<script>x<y</script>261</i></b></div><p>fin</p>";
        let (flat, first) = flatten(page, 2);
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
        let (flat, _) = flatten("<div><b><i>a</div><i><u>b</u></i>", 2);
        assert_eq!(flat, "<div><b>   a</div><i><u>b</u></i>");
    }

    #[test]
    fn a_huge_nesting_flattens_to_the_limit() {
        let page = format!(
            "{}<p>au moins 6 000 soldats</p>{}",
            "<div>".repeat(200_000),
            "</div>".repeat(200_000)
        );
        let (flat, first) = flatten(&page, MAX_NESTING);
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
            let (flat, first) = flatten(&page, MAX_NESTING);
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
            assert!(flatten(&page, MAX_NESTING).1.is_none(), "{:.40}", page);
        }
    }
}
