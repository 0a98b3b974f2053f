//! Sentence splitting for French and English prose, with the markers of each sentence.
//!
//! Input: one paragraph (a slice of the document and its offset) and the lexicon.
//! Output: [`Piece`]s, each a sentence's cleaned text, its span and its markers.
//! A full stop ends a sentence when white space and a capital, a digit or an opening
//! quote follow, unless the word before it is a lexicon abbreviation (`M.`, `Dr.`) or
//! an initial (`J.`). Markers before the stop (French: `avril[25].`) and right after
//! it (English: `killed.[5][6]`) belong to the sentence. Decimal points (`1.1`) and
//! ordinals (`1er`, `M5`) never end one, and neither does a stop inside a quotation
//! in guillemets (`« Vous représentez… Vous avez résisté… »`). It does not split on
//! `;` or `:`.

use super::marker::{group_separator, marker};
use super::text::is_space;
use crate::model::{MarkerKind, Span};

/// A sentence cut from a paragraph, before it is numbered and located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text, markers removed, white space folded.
    pub text: String,
    /// Its place in the document.
    pub span: Span,
    /// Its markers: kind, place in the document, byte offset in `text`.
    pub markers: Vec<(MarkerKind, Span, usize)>,
}

/// The words the splitter needs from a lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'l> {
    /// Abbreviations without their final dot.
    pub abbreviations: &'l [String],
    /// Citation-needed phrases.
    pub citation_needed: &'l [String],
}

type E<'a> = nom::error::Error<&'a str>;

/// Reads the markers of a group at the start of `s` (`[4],[16]`, `[3][4]`): each
/// with its byte range in `s`; returns them and the length consumed.
pub fn marker_group(s: &str, rules: &Rules<'_>) -> (Vec<(MarkerKind, usize, usize)>, usize) {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(rest) = s.get(pos..) {
        // The separator only counts when another marker follows it.
        let after_sep = if found.is_empty() {
            rest
        } else {
            match group_separator::<E<'_>>(rest) {
                Ok((after, ())) => after,
                Err(_) => rest,
            }
        };
        match marker::<E<'_>>(rules.citation_needed, after_sep) {
            Ok((after, kind)) => {
                let start = s.len() - after_sep.len();
                let end = s.len() - after.len();
                found.push((kind, start, end));
                pos = end;
            }
            Err(_) => break,
        }
    }
    (found, pos)
}

/// Splits one paragraph `para`, which starts at byte `base` of the document.
///
/// ```
/// use crosscheck::grammar::sentence::{split, Rules};
/// let abbreviations = vec!["M".to_owned()];
/// let rules = Rules { abbreviations: &abbreviations, citation_needed: &[] };
/// let pieces = split("Le combat débute le 22 avril[25]. M. Dupont arrive.[3]", 0, &rules);
/// assert_eq!(pieces.len(), 2);
/// assert_eq!(pieces[0].text, "Le combat débute le 22 avril.");
/// assert_eq!(pieces[1].text, "M. Dupont arrive.");
/// assert_eq!(pieces[1].markers.len(), 1);
/// ```
pub fn split(para: &str, base: usize, rules: &Rules<'_>) -> Vec<Piece> {
    scan(para, base, rules, true)
}

/// Reads `para` as one piece whatever its stops (an infobox value).
pub fn whole(para: &str, base: usize, rules: &Rules<'_>) -> Option<Piece> {
    scan(para, base, rules, false).pop()
}

fn scan(para: &str, base: usize, rules: &Rules<'_>, split_sentences: bool) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut cur = Builder::new(para.len());
    let mut quote_depth = 0usize;
    let mut i = 0;
    while let Some(c) = para.get(i..).and_then(|r| r.chars().next()) {
        if c == '[' {
            let (group, used) = para
                .get(i..)
                .map_or((Vec::new(), 0), |r| marker_group(r, rules));
            if !group.is_empty() {
                for (kind, s, e) in group {
                    cur.add_marker(kind, Span::new(base + i + s, base + i + e), i);
                }
                i += used;
                continue;
            }
        }
        let len = c.len_utf8();
        if is_space(c) {
            cur.space();
            i += len;
            continue;
        }
        // A run of characters that are copied as they are goes in at once.
        let run = para.get(i..).map_or(0, plain_run);
        if let Some(plain) = para.get(i..i + run).filter(|p| !p.is_empty()) {
            cur.push_str(plain, base + i, base + i + run);
            i += run;
            continue;
        }
        cur.push(c, base + i, base + i + len);
        i += len;
        match c {
            '«' => quote_depth += 1,
            '»' => quote_depth = quote_depth.saturating_sub(1),
            _ => {}
        }
        if split_sentences && matches!(c, '.' | '!' | '?' | '…') {
            // Closing quotes and brackets stay with the sentence they end.
            // French sets a (no-break) space before the closing guillemet.
            while let Some(rest) = para.get(i..) {
                let trimmed = rest.trim_start_matches(is_space);
                let Some(q) = trimmed.chars().next() else {
                    break;
                };
                let spaced = trimmed.len() != rest.len();
                if matches!(q, '»' | '”' | ')' | '’') || (!spaced && q == '"') {
                    if spaced {
                        cur.space();
                    }
                    i += rest.len() - trimmed.len();
                    cur.push(q, base + i, base + i + q.len_utf8());
                    i += q.len_utf8();
                    if q == '»' {
                        quote_depth = quote_depth.saturating_sub(1);
                    }
                } else {
                    break;
                }
            }
            // English puts the markers after the stop.
            if let Some(rest) = para.get(i..) {
                let (group, used) = marker_group(rest, rules);
                for (kind, s, e) in group {
                    cur.add_marker(kind, Span::new(base + i + s, base + i + e), i);
                }
                i += used;
            }
            // A quotation in guillemets is one piece with the sentence that opens it.
            if quote_depth == 0 && (c != '.' || !is_abbreviation(&cur.text, rules)) {
                let next = para.get(i..).unwrap_or("");
                if ends_here(next) {
                    pieces.extend(cur.finish());
                    cur = Builder::new(para.len().saturating_sub(i));
                    quote_depth = 0;
                }
            }
        }
    }
    pieces.extend(cur.finish());
    pieces
}

/// The length of the run `r` starts with that holds no white space and none of `[`,
/// `«`, `»`, `.`, `!`, `?`, `…`: copied at once. ASCII bytes are tested without decoding.
fn plain_run(r: &str) -> usize {
    let bytes = r.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if char::from(b).is_whitespace() || matches!(b, b'[' | b'.' | b'!' | b'?') {
                return i;
            }
            i += 1;
        } else {
            let Some(c) = r.get(i..).and_then(|rest| rest.chars().next()) else {
                return i;
            };
            if is_space(c) || matches!(c, '«' | '»' | '…') {
                return i;
            }
            i += c.len_utf8();
        }
    }
    i
}

/// True when what follows a stop opens a new sentence (or nothing follows).
fn ends_here(next: &str) -> bool {
    let mut chars = next.chars();
    match chars.next() {
        None => true,
        Some(c) if is_space(c) => {
            let after = next.trim_start_matches(is_space);
            match after.chars().next() {
                None => true,
                Some(n) => {
                    n.is_uppercase()
                        || n.is_ascii_digit()
                        || matches!(n, '«' | '“' | '"' | '(' | '[' | '¿' | '¡' | '—' | '–')
                }
            }
        }
        Some(_) => false,
    }
}

/// True when the text so far ends with an abbreviation or an initial and its dot.
fn is_abbreviation(text: &str, rules: &Rules<'_>) -> bool {
    let Some(body) = text.strip_suffix('.') else {
        return false;
    };
    // Only the last word matters; a bounded look-back keeps a line of "a.a.a…" linear.
    let mut from = body.len().saturating_sub(40);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let body = &body[from..];
    let word = body
        .rsplit(|c: char| is_space(c) || c == '(' || c == '«' || c == '"')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        // An initial: "J. Smith". A lone digit ("en 2. ") is not one.
        return first.is_uppercase();
    }
    rules.abbreviations.iter().any(|a| a == word)
}

#[derive(Default)]
struct Builder {
    text: String,
    start: Option<usize>,
    end: usize,
    pending_space: bool,
    markers: Vec<(MarkerKind, Span, usize)>,
}

impl Builder {
    /// A piece of at most `left` bytes: room for a sentence's worth made at once.
    fn new(left: usize) -> Self {
        Self {
            text: String::with_capacity(left.min(256)),
            ..Self::default()
        }
    }

    fn space(&mut self) {
        self.pending_space = !self.text.is_empty();
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        if self.pending_space {
            self.text.push(' ');
            self.pending_space = false;
        }
        self.text.push(c);
        self.start.get_or_insert(start);
        self.end = end;
    }

    /// [`push`](Self::push) for each character of `s`, which spans `start..end`.
    fn push_str(&mut self, s: &str, start: usize, end: usize) {
        if self.pending_space {
            self.text.push(' ');
            self.pending_space = false;
        }
        self.text.push_str(s);
        self.start.get_or_insert(start);
        self.end = end;
    }

    fn add_marker(&mut self, kind: MarkerKind, span: Span, _at: usize) {
        self.start.get_or_insert(span.start);
        self.end = self.end.max(span.end);
        self.markers.push((kind, span, self.text.len()));
    }

    fn finish(self) -> Option<Piece> {
        let start = self.start?;
        Some(Piece {
            text: self.text,
            span: Span::new(start, self.end),
            markers: self.markers,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> (Vec<String>, Vec<String>) {
        (
            vec!["M".into(), "Dr".into(), "J.-C".into(), "av".into()],
            vec!["réf. nécessaire".into(), "citation needed".into()],
        )
    }

    #[test]
    fn a_plain_run_stops_at_white_space_and_stops() {
        assert_eq!(plain_run("mots"), 4);
        assert_eq!(plain_run("Alep, le"), 5);
        assert_eq!(plain_run("défense\u{a0}»"), "défense".len());
        assert_eq!(plain_run("a\u{b}b"), 1);
        assert_eq!(plain_run("été…"), "été".len());
        assert_eq!(plain_run("x«y"), 1);
        assert_eq!(plain_run("1er."), 3);
        assert_eq!(plain_run("[1]"), 0);
        assert_eq!(plain_run("\u{202f}"), 0);
    }

    fn texts(para: &str) -> Vec<String> {
        let (a, c) = rules();
        let r = Rules {
            abbreviations: &a,
            citation_needed: &c,
        };
        split(para, 0, &r).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn french_markers_before_the_stop_stay_with_their_sentence() {
        let (a, c) = rules();
        let r = Rules {
            abbreviations: &a,
            citation_needed: &c,
        };
        let p = split(
            "Les premiers combats débutent le 22 avril[25]. Le 23, ils arrivent[26],[27].",
            100,
            &r,
        );
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].text, "Les premiers combats débutent le 22 avril.");
        assert_eq!(p[0].markers.len(), 1);
        assert_eq!(p[0].markers[0].0, MarkerKind::Reference(25));
        let at = 100 + "Les premiers combats débutent le 22 avril".len();
        assert_eq!(p[0].markers[0].1, Span::new(at, at + 4));
        assert_eq!(
            p[0].markers[0].2,
            "Les premiers combats débutent le 22 avril".len()
        );
        let refs: Vec<_> = p[1].markers.iter().map(|m| m.0.clone()).collect();
        assert_eq!(refs, [MarkerKind::Reference(26), MarkerKind::Reference(27)]);
    }

    #[test]
    fn english_markers_after_the_stop_stay_with_their_sentence() {
        let (a, c) = rules();
        let r = Rules {
            abbreviations: &a,
            citation_needed: &c,
        };
        let p = split(
            "At least 60 were killed.[16][34] The next day, fighting resumed.[35]",
            0,
            &r,
        );
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].markers.len(), 2);
        assert_eq!(p[1].text, "The next day, fighting resumed.");
    }

    #[test]
    fn abbreviations_initials_decimals_and_ordinals_do_not_split() {
        assert_eq!(
            texts("M. Dupont et J. Smith arrivent en 52 av. J.-C. à Rome. Fin."),
            [
                "M. Dupont et J. Smith arrivent en 52 av. J.-C. à Rome.",
                "Fin."
            ]
        );
        assert_eq!(
            texts("Il y a 1.1 million de déplacés le 1er mai sur la M5. Fin."),
            [
                "Il y a 1.1 million de déplacés le 1er mai sur la M5.",
                "Fin."
            ]
        );
    }

    #[test]
    fn a_quotation_in_guillemets_is_not_split() {
        assert_eq!(
            texts("Il dit : « Vous résistez. Vous vaincrez. »[45] Puis il part."),
            [
                "Il dit : « Vous résistez. Vous vaincrez. »",
                "Puis il part."
            ]
        );
    }

    #[test]
    fn quotes_close_the_sentence_they_end() {
        assert_eq!(
            texts("Il dit « Nous vaincrons. » Puis il part."),
            ["Il dit « Nous vaincrons. »", "Puis il part."]
        );
    }

    #[test]
    fn tokenized_spacing_still_splits() {
        assert_eq!(
            texts("Elle débute le 19 décembre . Les combats suivent ."),
            ["Elle débute le 19 décembre .", "Les combats suivent ."]
        );
    }

    #[test]
    fn citation_needed_is_a_marker_of_its_sentence() {
        let (a, c) = rules();
        let r = Rules {
            abbreviations: &a,
            citation_needed: &c,
        };
        let p = split("Ils sont 300[réf. nécessaire].", 0, &r);
        assert_eq!(p[0].text, "Ils sont 300.");
        assert_eq!(
            p[0].markers[0].0,
            MarkerKind::CitationNeeded("réf. nécessaire".into())
        );
    }
}
