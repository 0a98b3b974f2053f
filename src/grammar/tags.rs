//! A linear scan of HTML tags, in front of html5ever: how deep a page nests, and the
//! same page with the tags beyond a depth blanked out.
//!
//! html5ever builds the tree as a browser does, and every start tag looks through the
//! stack of open elements: a page of 200 000 nested `<div>`s takes minutes. Real pages
//! nest a few dozen deep, so [`flatten`] blanks every tag deeper than
//! [`MAX_NESTING`] (each of its bytes becomes a space: every offset stays where it
//! was, and the text inside stays, in the deepest element kept). It does not parse:
//! comments and raw text (`<script>`) are skipped, elements a parser closes by itself
//! (`<p>`, `<li>`, `<td>`) and void ones are not counted.

use std::borrow::Cow;

/// The deepest nesting html5ever is given.
pub(crate) const MAX_NESTING: usize = 512;

/// How far down the stack of open elements an end tag looks for its start tag; one
/// that matches nothing there is left as it is (a stray end tag, which the parser
/// ignores), so no page makes the scan quadratic.
const END_TAG_REACH: usize = 64;

/// Elements that need no end tag, or whose end tag the parser implies: they do not
/// nest by themselves.
pub(crate) const UNNESTED: &[&str] = &[
    "area", "base", "body", "br", "col", "colgroup", "dd", "dt", "embed", "head", "hr", "html",
    "img", "input", "li", "link", "meta", "option", "optgroup", "p", "param", "rb", "rp", "rt",
    "source", "tbody", "td", "tfoot", "th", "thead", "tr", "track", "wbr",
];

/// Elements whose content is raw text, not markup.
pub(crate) const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// One piece the scan met.
enum Piece {
    /// `<name …>`: the tag spans `start..end`; `nests` when it opens an element that
    /// holds others.
    Open {
        name: String,
        start: usize,
        end: usize,
        nests: bool,
    },
    /// A raw-text element, `<script>…</script>`, whole.
    Raw { start: usize, end: usize },
    /// `</name>`.
    Close {
        name: String,
        start: usize,
        end: usize,
    },
}

/// Calls `each` on every tag of the page, in order, in one pass.
fn scan(html: &str, mut each: impl FnMut(Piece)) {
    let mut at = 0;
    while let Some(i) = html.get(at..).and_then(|r| r.find('<')) {
        let lt = at + i;
        let rest = html.get(lt + 1..).unwrap_or("");
        if let Some(after) = rest.strip_prefix("!--") {
            at = lt + 4 + after.find("-->").map_or(after.len(), |j| j + 3);
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
        } else if RAW.contains(&name.as_str()) {
            at = skip_raw(html, end, &name);
            each(Piece::Raw { start: lt, end: at });
        } else {
            let self_closing = rest.get(..len).is_some_and(|t| t.ends_with("/>"));
            let nests = !self_closing && !UNNESTED.contains(&name.as_str());
            each(Piece::Open {
                name,
                start: lt,
                end,
                nests,
            });
        }
    }
}

/// A tag at the start of `rest` (just after its `<`): whether it closes, its name
/// (lower case), and the byte length of the tag after the `<`. `None` when `rest`
/// starts no tag (`a < b`).
fn tag_at(rest: &str) -> Option<(bool, String, usize)> {
    let (closing, body) = match rest.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, rest),
    };
    let name: String = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
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

/// The deepest nesting of elements in a page (`<div><div><p>a<p>b</div></div>`: 2).
pub(crate) fn nesting(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    scan(html, |piece| match piece {
        Piece::Open { nests: true, .. } => {
            depth += 1;
            deepest = deepest.max(depth);
        }
        Piece::Close { .. } => depth = depth.saturating_sub(1),
        Piece::Open { .. } | Piece::Raw { .. } => {}
    });
    deepest
}

/// The page with every tag nested deeper than `max` blanked (its bytes made spaces,
/// so offsets stay), and the offset of the first tag blanked; the page itself when it
/// nests no deeper than `max`.
pub(crate) fn flatten(html: &str, max: usize) -> (Cow<'_, str>, Option<usize>) {
    if nesting(html) <= max {
        return (Cow::Borrowed(html), None);
    }
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    // The open elements: name, and whether its start tag was blanked.
    let mut open: Vec<(String, bool)> = Vec::new();
    scan(html, |piece| match piece {
        Piece::Open {
            name,
            start,
            end,
            nests,
        } => {
            let deep = open.len() >= max;
            if deep {
                blanks.push((start, end));
            }
            if nests {
                open.push((name, deep));
            }
        }
        Piece::Raw { start, end } => {
            if open.len() >= max {
                blanks.push((start, end));
            }
        }
        Piece::Close { name, start, end } => {
            let reach = open.len().saturating_sub(END_TAG_REACH);
            let found = open
                .iter()
                .enumerate()
                .skip(reach)
                .rev()
                .find(|(_, (n, _))| *n == name)
                .map(|(k, &(_, blanked))| (k, blanked));
            match found {
                Some((k, blanked)) => {
                    open.truncate(k);
                    if blanked {
                        blanks.push((start, end));
                    }
                }
                // An end tag of nothing open (`</p>` of a `<p>` blanked), deep down.
                None if open.len() >= max => blanks.push((start, end)),
                None => {}
            }
        }
    });
    let first = blanks.first().map(|&(start, _)| start);
    let mut bytes = html.as_bytes().to_vec();
    for (start, end) in blanks {
        if let Some(b) = bytes.get_mut(start..end) {
            b.fill(b' ');
        }
    }
    // Whole tags, from `<` to `>`, became spaces: the text is still UTF-8.
    match String::from_utf8(bytes) {
        Ok(flat) => (Cow::Owned(flat), first),
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
        let blank = |n| " ".repeat(n);
        assert_eq!(
            flat,
            format!(
                "<div><b>{}é{}261{}</b></div><p>fin</p>",
                blank(3),
                blank(20),
                blank(4)
            )
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
        assert!(flat.contains("   au moins 6 000 soldats    "));
        assert!(flat.ends_with(&"</div>".repeat(MAX_NESTING)));
    }
}
