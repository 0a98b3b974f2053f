//! Tokens of a sentence for the word-level rules (quantities, claims): words, digit
//! runs and single marks, with byte offsets, and phrase matching over them.
//!
//! Input: a text. Output: [`Tokens`]. Phrases from the lexicons are cut the same way
//! ([`parts`]) and compared folded (case, apostrophes), hyphens between words skipped.

use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};

use super::text::{fold_char, is_alphabetic, is_numeric};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Digits,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Cuts a text into words (letters; a trailing apostrophe kept: `d'`, `qu'`), digit
/// runs (`6,000`, `1,1`; digits glued to letters make a word: `1er`, `M5`) and single
/// punctuation marks. Hyphens are marks of their own, so `quatre-vingt-dix` is three
/// words with marks between.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    // About one token to four bytes of prose: room made once, not grown each time.
    let mut toks = Vec::with_capacity(text.len() / 4 + 4);
    let bytes = text.as_bytes();
    // The character at byte `i`; an ASCII byte is one without decoding.
    let char_at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    };
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        // Each character's class is looked up once: outside ASCII and Latin-1 the
        // look-up is a search of Unicode's tables.
        let alphabetic = is_alphabetic(c);
        let kind = if alphabetic || is_numeric(c) {
            let mut letters = alphabetic;
            let mut digits = c.is_ascii_digit();
            while let Some(n) = char_at(i) {
                let alphabetic = is_alphabetic(n);
                if alphabetic || is_numeric(n) {
                    letters |= alphabetic;
                    digits |= n.is_ascii_digit();
                } else if matches!(n, ',' | '.')
                    && digits
                    && !letters
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                {
                    // A mark inside a number: 6,000 / 1,1.
                } else if matches!(n, '\'' | '\u{2019}') && letters {
                    // Elision: d', qu', jusqu'. The apostrophe ends the word.
                    i += n.len_utf8();
                    break;
                } else {
                    break;
                }
                i += n.len_utf8();
            }
            if letters {
                Kind::Word
            } else {
                Kind::Digits
            }
        } else {
            Kind::Punct
        };
        toks.push(Tok {
            start,
            end: i,
            kind,
        });
    }
    toks
}

pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out`.
fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // Most words: lower case is all that folding does to them.
        super::text::push_ascii_lowercase(out, s);
        return;
    }
    out.extend(
        s.chars()
            .map(fold_char)
            .map(|c| if c == '\u{2019}' { '\'' } else { c }),
    );
}

/// The folded parts of a lexicon phrase, cut as the tokenizer cuts text.
pub(crate) fn parts(phrase: &str) -> Vec<String> {
    tokenize(phrase)
        .iter()
        .filter_map(|t| phrase.get(t.start..t.end))
        .filter(|p| *p != "-")
        .map(fold)
        .collect()
}

/// The key a folded word is indexed by in [`Phrases`]: its hash, made once per
/// token rather than at each of the many look-ups of the same token.
pub(crate) fn key(folded: &str) -> u64 {
    FxBuildHasher.hash_one(folded)
}

/// A text cut into tokens.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// Every token folded once, for the many phrase comparisons: one after the other
    /// in one string, token `i` at `folded_spans[i]`.
    folded: String,
    folded_spans: Vec<(usize, usize)>,
    /// The [`key`] of every folded token.
    keys: Vec<u64>,
}

impl<'a> Tokens<'a> {
    /// Cuts `text`.
    pub fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let mut folded = String::with_capacity(text.len());
        let mut folded_spans = Vec::with_capacity(toks.len());
        let mut keys = Vec::with_capacity(toks.len());
        for t in &toks {
            let start = folded.len();
            fold_into(text.get(t.start..t.end).unwrap_or(""), &mut folded);
            keys.push(key(folded.get(start..).unwrap_or("")));
            folded_spans.push((start, folded.len()));
        }
        Self {
            text,
            toks,
            folded,
            folded_spans,
            keys,
        }
    }

    /// How many tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` (empty past the end).
    pub fn tok_text(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The text of tokens `from..to`, from the first's start to the last's end (none
    /// when the range is empty or past the end).
    pub fn span(&self, from: usize, to: usize) -> Option<&'a str> {
        let (a, b) = (self.toks.get(from)?, self.toks.get(to.checked_sub(1)?)?);
        self.text.get(a.start..b.end)
    }

    /// Token `i`, folded.
    pub fn folded(&self, i: usize) -> &str {
        self.folded_spans
            .get(i)
            .and_then(|&(start, end)| self.folded.get(start..end))
            .unwrap_or("")
    }

    /// The [`key`] of token `i`, folded.
    pub fn key_at(&self, i: usize) -> Option<u64> {
        self.keys.get(i).copied()
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The text between tokens `i` and `i + 1`.
    pub fn gap_after(&self, i: usize) -> &'a str {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => self.text.get(a.end..b.start).unwrap_or(""),
            _ => "",
        }
    }

    /// [`Tokens::phrase_at`] for a [`Phrase`]: its first part's key is compared first.
    pub fn phrase_of_at(&self, i: usize, phrase: &Phrase) -> Option<usize> {
        if self.keys.get(i) != Some(&phrase.first) {
            return None;
        }
        self.phrase_at(i, &phrase.parts)
    }

    /// If the phrase's parts stand at `i` (hyphen marks between words skipped), the
    /// token after it.
    pub fn phrase_at(&self, i: usize, phrase: &[String]) -> Option<usize> {
        let mut k = i;
        for (n, part) in phrase.iter().enumerate() {
            if n > 0 && self.tok_text(k) == "-" && part != "-" {
                k += 1;
            }
            if k >= self.toks.len() || self.folded(k) != *part {
                return None;
            }
            k += 1;
        }
        (!phrase.is_empty()).then_some(k)
    }
}

/// A phrase of a list tried in order (not a [`Phrases`] table): its folded parts and
/// the [`key`] of the first, which turns most tokens away with one comparison.
pub(crate) struct Phrase {
    first: u64,
    pub parts: Vec<String>,
}

impl Phrase {
    /// The [`key`] of the phrase's first part.
    pub fn first(&self) -> u64 {
        self.first
    }

    /// The phrase of these folded parts.
    pub fn new(parts: Vec<String>) -> Self {
        Self {
            first: parts.first().map_or(0, |p| key(p)),
            parts,
        }
    }
}

/// Lexicon phrases indexed by their first word, so that matching at a token costs a
/// lookup, not a pass over the whole list. The index hashes with FxHash: it is asked
/// about every token of every sentence, its keys are short words, and they come from
/// the lexicon, not from the input.
///
/// The index is keyed by the first word's [`key`], which [`Tokens`] makes once per
/// token; a [`KeyFilter`] of the first words turns most tokens away before the look-up.
/// Two first words with the same key share a list: [`Tokens::phrase_at`] compares
/// every part, the first included, so each still matches only its own phrases.
pub(crate) struct Phrases<T> {
    by_first: FxHashMap<u64, Vec<(Vec<String>, T)>>,
    filter: KeyFilter,
    /// The most words a phrase has.
    longest: usize,
}

/// A set of word [`key`]s as bits (the key's top bits pick one): a key whose bit is
/// clear is surely not in the set; one whose bit is set may be.
#[derive(Clone, Default)]
pub(crate) struct KeyFilter([u64; 16]);

impl KeyFilter {
    /// Where a key falls: a word and a bit.
    #[inline]
    fn slot(key: u64) -> (usize, u64) {
        let bit = key >> (64 - 10);
        ((bit / 64) as usize, 1 << (bit % 64))
    }

    /// Adds a key.
    pub fn insert(&mut self, key: u64) {
        let (word, bit) = Self::slot(key);
        if let Some(w) = self.0.get_mut(word) {
            *w |= bit;
        }
    }

    /// Adds every key of another filter.
    pub fn extend(&mut self, other: &KeyFilter) {
        for (w, o) in self.0.iter_mut().zip(other.0) {
            *w |= o;
        }
    }

    /// Whether token `i`'s word may be in the set (`false` past the end).
    #[inline]
    pub fn may_hold(&self, t: &Tokens<'_>, i: usize) -> bool {
        t.keys.get(i).is_some_and(|&k| {
            let (word, bit) = Self::slot(k);
            self.0.get(word).is_some_and(|w| w & bit != 0)
        })
    }
}

impl<T> Phrases<T> {
    /// Indexes `(parts, value)` pairs; at each first word the longest phrase is tried
    /// first.
    pub fn new(items: impl IntoIterator<Item = (Vec<String>, T)>) -> Self {
        let mut by_first: FxHashMap<u64, Vec<(Vec<String>, T)>> = FxHashMap::default();
        let mut filter = KeyFilter::default();
        let mut longest = 0;
        for (parts, value) in items {
            longest = longest.max(parts.len());
            if let Some(first) = parts.first() {
                let k = key(first);
                filter.insert(k);
                by_first.entry(k).or_default().push((parts, value));
            }
        }
        // A stable sort: phrases of the same length keep the lexicon's order.
        for list in by_first.values_mut() {
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        Self {
            by_first,
            filter,
            longest,
        }
    }

    /// The most words a phrase has.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The longest phrase standing at token `i`: its value and the token after it.
    /// Asked at nearly every token by many rules, and most often turned away by the
    /// filter: that test is inlined where it is asked, the look-up is not.
    #[inline]
    pub fn at(&self, t: &Tokens<'_>, i: usize) -> Option<(&T, usize)> {
        if !self.filter.may_hold(t, i) {
            return None;
        }
        self.look_up(t, i)
    }

    /// [`Phrases::at`] past the filter.
    fn look_up(&self, t: &Tokens<'_>, i: usize) -> Option<(&T, usize)> {
        let k = *t.keys.get(i)?;
        self.by_first
            .get(&k)?
            .iter()
            .find_map(|(p, v)| t.phrase_at(i, p).map(|e| (v, e)))
    }

    /// The value of the phrase whose folded parts are exactly `parts`, if there is one.
    pub fn exact(&self, parts: &[&str]) -> Option<&T> {
        let first = parts.first()?;
        self.by_first.get(&key(first))?.iter().find_map(|(p, v)| {
            (p.len() == parts.len() && p.iter().zip(parts).all(|(a, b)| a == b)).then_some(v)
        })
    }

    /// The first words of the phrases, as a filter.
    pub fn first_words(&self) -> &KeyFilter {
        &self.filter
    }
}
