//! Headline corroboration: do the titles of a claim's references carry its figure?
//!
//! Input: an article with its claims, and the grammars (a title is read in its own
//! language: `(en)` titles with the English lexicon). Output: each claim's
//! `corroboration`, one status per reference with a title:
//!
//! - `supports`: the title gives the claim's figure, or the sum of its sentence's
//!   figures (`« 72 morts »` for 32 soldiers and 40 rebels);
//! - `contradicts`: the title gives another figure of the same kind for the claim,
//!   which is its sentence's only figure of that kind (53 dead in Darkoush against a
//!   headline's 40);
//! - `unrelated`: the title names places the claim's paragraph never names (a headline
//!   on Palmyra cited for deaths in Jisr al-Choghour);
//! - `silent`: none of these.
//!
//! It compares numbers and names only; it does not read the cited pages (the link
//! checker's `--verify` does).

use std::cell::{OnceCell, RefCell};

use rustc_hash::{FxHashMap, FxHashSet};

use super::claim::{KILLED_OR_CAPTURED, KILLED_OR_WOUNDED};
use super::lexicon::{Grammars, Lexicon};
use super::quantity::QuantityReader;
use super::text::{
    fold_char, is_alphanumeric, is_uppercase, push_ascii_lowercase, push_skeleton, skeleton,
};
use super::token::{fold, parts, Kind, Phrases, Tokens};
use crate::model::{Article, Claim, Sentence};

/// Categories whose figures add up in a headline (`31 killed or executed`).
const CASUALTIES: &[&str] = &[
    "killed",
    "wounded",
    "captured",
    "missing",
    "executed",
    KILLED_OR_WOUNDED,
    KILLED_OR_CAPTURED,
];

/// The words of one lexicon that the headlines need.
pub(crate) struct TitleWords {
    reader: QuantityReader,
    categories: Phrases<String>,
    /// Words that are never places: determiners, side names, registry names.
    not_places: Vec<String>,
    sides: Phrases<String>,
}

impl TitleWords {
    pub(crate) fn new(lexicon: &Lexicon) -> Self {
        let c = &lexicon.claims;
        Self {
            reader: QuantityReader::new(lexicon),
            categories: Phrases::new(
                c.categories
                    .iter()
                    .flat_map(|(name, list)| list.iter().map(move |p| (parts(p), name.clone()))),
            ),
            not_places: c.nouns.not_places.iter().map(|w| fold(w)).collect(),
            sides: Phrases::new(
                c.sides
                    .iter()
                    .flat_map(|(name, list)| list.iter().map(move |p| (parts(p), name.clone()))),
            ),
        }
    }
}

/// What a title says: the categories it names, the names it gives (as skeletons) and
/// its longer words; its figures are read the first time a claim asks for them (a
/// title about something else is never compared figure by figure).
struct Title<'a> {
    tokens: Tokens<'a>,
    reader: &'a QuantityReader,
    values: OnceCell<Vec<u64>>,
    categories: Vec<&'a str>,
    places: Vec<String>,
    /// Its longer words, [`joined_content_words`]: one string, not one per word.
    words: String,
}

impl Title<'_> {
    /// The figures of the title.
    fn values(&self) -> &[u64] {
        self.values.get_or_init(|| {
            self.reader
                .read_tokens(&self.tokens, 0)
                .iter()
                .map(|q| q.value)
                .collect()
        })
    }

    /// Its longer words, one slice each (none for a title without any).
    fn words(&self) -> Vec<&[u8]> {
        pieces(&self.words).filter(|w| !w.is_empty()).collect()
    }
}

fn read_title<'a>(
    title: &'a str,
    words: &'a TitleWords,
    registry: &crate::model::Registry,
) -> Title<'a> {
    let t = Tokens::new(title);
    let mut categories = Vec::new();
    let mut places = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some((name, _)) = words.categories.at(&t, i) {
            if !categories.contains(&name.as_str()) {
                categories.push(name.as_str());
            }
        }
        // Names: capitalised runs after the first word, not sides, sources or acronyms.
        if let Some((_, end)) = words.sides.at(&t, i) {
            i = end;
            continue;
        }
        let capital = |k: usize| {
            t.kind(k) == Some(Kind::Word)
                && t.tok_text(k).chars().next().is_some_and(is_uppercase)
                && !words.not_places.iter().any(|w| w == t.folded(k))
        };
        if i > 0 && capital(i) {
            let mut end = i + 1;
            while capital(end)
                || (t.tok_text(end) == "-" && end + 1 < t.len())
                || t.folded(end) == "al"
            {
                end += 1;
            }
            let name = t
                .text
                .get(t.toks[i].start..t.toks[end - 1].end)
                .unwrap_or("");
            let acronym = name.chars().all(|c| c.is_uppercase()) && name.chars().count() <= 4;
            // A name of vowels alone ("Aya") has an empty skeleton, which would match
            // any empty piece of the names around: it cannot be compared, so it is no place.
            let place = skeleton(name);
            if !acronym && !place.is_empty() && registry.resolve(name).is_none() {
                places.push(place);
            }
            i = end;
            continue;
        }
        i += 1;
    }
    Title {
        tokens: t,
        reader: &words.reader,
        values: OnceCell::new(),
        categories,
        places,
        words: joined_content_words(title),
    }
}

/// Fills in the `corroboration` of every claim of the article.
pub fn corroborate(article: &mut Article, grammars: &Grammars) {
    corroborate_gathering(article, grammars, INDEXED);
}

/// [`corroborate`], gathering into a [`ContextIndex`] the contexts whose text is
/// longer than `gathered` bytes.
fn corroborate_gathering(article: &mut Article, grammars: &Grammars, gathered: usize) {
    // Only the references that claims cite are compared: the others' titles and
    // surroundings are not read.
    let cited: FxHashSet<u32> = article
        .claims
        .iter()
        .flat_map(|c| c.refs.iter().copied())
        .collect();
    // A title is read with the first lexicon of its language met in the article.
    let mut by_lang: Vec<&Lexicon> = Vec::new();
    let mut titles: FxHashMap<u32, Title<'_>> = FxHashMap::default();
    // What the article says around each reference: the sentences that cite it
    // (0-based), with the article's title.
    let mut citing: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for r in article
        .references
        .iter()
        .filter(|r| cited.contains(&r.number))
    {
        let ids = r.cited_by.iter().map(|id| id.saturating_sub(1)).collect();
        citing.insert(r.number, ids);
        let Some(title) = &r.title else { continue };
        let lexicon = r
            .lang
            .as_deref()
            .and_then(|l| grammars.lexicon_for(l))
            .or_else(|| grammars.lexicon(&article.lang));
        let Some(lexicon) = lexicon else { continue };
        let lexicon = match by_lang.iter().find(|l| l.lang == lexicon.lang) {
            Some(first) => first,
            None => {
                by_lang.push(lexicon);
                lexicon
            }
        };
        let words = &lexicon.prepared().titles;
        titles.insert(r.number, read_title(title, words, &grammars.registry));
    }
    if titles.is_empty() {
        // No claim cites a titled reference: nothing to compare.
        for c in &mut article.claims {
            c.corroboration = Vec::new();
        }
        return;
    }
    let read = SentenceTexts::new(article);
    // Names the article keeps coming back to (its governorate, its country) are
    // known everywhere in it; a name it writes once or twice is known only nearby.
    // They are counted only if a title names something not named nearby.
    let frequent = OnceCell::new();
    let indexes = RefCell::new(Indexes {
        threshold: gathered,
        by_key: FxHashMap::default(),
        by_content: FxHashMap::default(),
        gathered: Vec::new(),
    });
    // What each sentence's figures add up to, once per sentence: a sentence of
    // thousands of figures is not gone through again for each of them.
    let mut by_sentence: FxHashMap<usize, Figures<'_>> = FxHashMap::default();
    for c in &article.claims {
        by_sentence.entry(c.sentence).or_default().add(c);
    }
    let no_figures = Figures::default();
    // The sentences of each paragraph, for the claims' surroundings.
    let mut by_paragraph: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, s) in article.sentences.iter().enumerate() {
        by_paragraph.entry(s.paragraph).or_default().push(i);
    }
    // Whether a title relates to a reference's and a paragraph's surroundings, once
    // per pair: the figures of a sentence cite its references together.
    let mut related_to: FxHashMap<(u32, ContextKey), bool> = FxHashMap::default();
    let statuses: Vec<Vec<(u32, String)>> = article
        .claims
        .iter()
        .map(|c| {
            // A claim's surroundings: its paragraph with its section's heading.
            let paragraph = article
                .sentences
                .get(c.sentence.saturating_sub(1))
                .and_then(|s| by_paragraph.get(&s.paragraph))
                .map_or(&[][..], Vec::as_slice);
            let surroundings = Context {
                key: ContextKey::Paragraph(
                    article
                        .sentences
                        .get(c.sentence.saturating_sub(1))
                        .map(|s| s.paragraph),
                    c.section,
                ),
                sentences: paragraph,
                heading: read.heading(c.section),
            };
            let same = by_sentence.get(&c.sentence).unwrap_or(&no_figures);
            // Room for one status per titled reference, not the four a collected
            // vector starts with: a list of thousands of figures keeps one per figure.
            let titled = |n: &&u32| titles.contains_key(*n) && citing.contains_key(*n);
            let mut statuses = Vec::with_capacity(c.refs.iter().filter(titled).count());
            statuses.extend(c.refs.iter().filter_map(|n| {
                let t = titles.get(n)?;
                let around = Context {
                    key: ContextKey::Reference(*n),
                    sentences: citing.get(n)?,
                    heading: &read.title,
                };
                // An event's status does not look at what its title is about.
                let related = c.category == "event"
                    || *related_to.entry((*n, surroundings.key)).or_insert_with(|| {
                        read.is_related(t, [around, surroundings], &frequent, &indexes)
                    });
                Some((*n, status(c, t, same, related)))
            }));
            statuses
        })
        .collect();
    for (c, s) in article.claims.iter_mut().zip(statuses) {
        // A reference about something else counted nothing of this claim and carried
        // none of it: its sources are neither origin nor carrier, when another
        // reference remains (they stay among the sources it cites).
        let unrelated: Vec<u32> = s
            .iter()
            .filter(|(_, st)| st == "unrelated")
            .map(|(n, _)| *n)
            .collect();
        if !unrelated.is_empty() && c.refs.iter().any(|n| !unrelated.contains(n)) {
            // `Article::reference`, on the field: the claims are borrowed mutably.
            let references = &article.references;
            let kept: Vec<&String> = c
                .refs
                .iter()
                .filter(|n| !unrelated.contains(n))
                .filter_map(|n| references.iter().find(|r| r.number == *n))
                .flat_map(|r| r.source_keys.iter())
                .collect();
            let unrelated_only = |k: &String| {
                c.attributed_to.as_deref() != Some(k.as_str())
                    && !c.joint.contains(k)
                    && !kept.contains(&k)
            };
            if c.origin.iter().any(|k| !unrelated_only(k)) {
                c.origin.retain(|k| !unrelated_only(k));
            }
            c.carriers.retain(|k| !unrelated_only(k));
        }
        c.corroboration = s;
    }
}

/// The names and longer words of each sentence of an article, of its title and of
/// its headings. A sentence's are read the first time a comparison needs them, then
/// kept: most sentences are near no claim and cite no claim's reference.
struct SentenceTexts<'a> {
    sentences: &'a [Sentence],
    /// Per sentence, [`names_skeleton`].
    names: Vec<OnceCell<String>>,
    /// Per sentence, [`joined_content_words`].
    words: Vec<OnceCell<String>>,
    /// The article's title.
    title: Heading,
    /// Per section, its heading.
    headings: Vec<Heading>,
    /// What a section that is not in the article has.
    no_heading: Heading,
}

/// What the article says around a reference or a claim: some of its sentences
/// (0-based; missing ones skipped), then a title or heading.
#[derive(Clone, Copy)]
struct Context<'c> {
    /// Which context it is, the same for every claim that compares with it.
    key: ContextKey,
    sentences: &'c [usize],
    heading: &'c Heading,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum ContextKey {
    /// The sentences citing a reference, with the article's title.
    Reference(u32),
    /// A paragraph (none when the claim's sentence is unknown), with the heading of
    /// a section.
    Paragraph(Option<usize>, usize),
}

/// Contexts whose text is longer than this, in bytes, are gathered into a
/// [`ContextIndex`]; shorter ones (all but a few) are read through at each
/// comparison, which costs less than gathering them.
const INDEXED: usize = 4096;

/// The names and longer words of a large context, gathered once for every comparison
/// made with it: a paragraph of thousands of sentences, or a reference cited by
/// thousands, would otherwise be read through again for each claim and title.
struct ContextIndex<'s> {
    /// The pieces of its names ([`pieces`]; the empty ones left out).
    names: FxHashSet<&'s [u8]>,
    /// The lengths, of three bytes or more, its names' pieces come in.
    lengths: Vec<usize>,
    /// Its names' pieces, each followed by a space.
    joined: Vec<u8>,
    /// The pieces of its longer words.
    words: FxHashSet<&'s [u8]>,
    /// The places looked up in it, and whether they are known.
    known: FxHashMap<Vec<u8>, bool>,
}

impl<'s> ContextIndex<'s> {
    fn new(read: &'s SentenceTexts<'_>, c: Context<'s>) -> Self {
        let mut names = FxHashSet::default();
        let mut lengths = Vec::new();
        let mut joined = Vec::new();
        for n in read.context_names(c).flat_map(pieces) {
            if !n.is_empty() && names.insert(n) {
                if n.len() >= 3 && !lengths.contains(&n.len()) {
                    lengths.push(n.len());
                }
                joined.extend_from_slice(n);
                joined.push(b' ');
            }
        }
        let words = read.context_words(c).flat_map(pieces).collect();
        Self {
            names,
            lengths,
            joined,
            words,
            known: FxHashMap::default(),
        }
    }

    /// Whether a piece of its names is `place`, or holds it or is in it (both of three
    /// bytes or more), as [`is_related`](SentenceTexts::is_related) compares them.
    fn knows(&mut self, place: &[u8]) -> bool {
        if let Some(&known) = self.known.get(place) {
            return known;
        }
        let known = self.names.contains(place)
            || place.len() >= 3
                && (
                    // A piece holds it: no piece has a space, so a match in `joined`
                    // of a place without one lies inside a piece.
                    !place.contains(&b' ') && memchr::memmem::find(&self.joined, place).is_some()
                    // A piece is in it.
                    || self
                        .lengths
                        .iter()
                        .filter(|&&l| l <= place.len())
                        .any(|&l| place.windows(l).any(|w| self.names.contains(w)))
                );
        self.known.insert(place.to_vec(), known);
        known
    }
}

impl ContextKey {
    /// The heading the context ends with.
    fn heading(self) -> HeadingKey {
        match self {
            ContextKey::Reference(_) => HeadingKey::Title,
            ContextKey::Paragraph(_, section) => HeadingKey::Section(section),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum HeadingKey {
    Title,
    Section(usize),
}

/// The [`ContextIndex`]es of the contexts met, each gathered once and shared by the
/// contexts of the same sentences and heading (a sentence citing thousands of
/// references is gathered once, not once for each).
struct Indexes<'s> {
    /// The length of text, in bytes, above which a context is gathered.
    threshold: usize,
    /// Each context's index in `gathered`; none for a short context.
    by_key: FxHashMap<ContextKey, Option<usize>>,
    /// The index in `gathered` of each gathered context's sentences and heading.
    by_content: FxHashMap<(Vec<usize>, HeadingKey), usize>,
    gathered: Vec<ContextIndex<'s>>,
}

impl<'s> Indexes<'s> {
    /// The index of context `c`, gathered the first time it is met; none when its
    /// text is no longer than the threshold.
    fn of(&mut self, read: &'s SentenceTexts<'_>, c: Context<'s>) -> Option<&mut ContextIndex<'s>> {
        let at = match self.by_key.get(&c.key) {
            Some(&at) => at,
            None => {
                let sentences = c.sentences.iter().filter_map(|&i| read.sentences.get(i));
                let len: usize = sentences.map(|s| s.text.len()).sum();
                let at = (len > self.threshold).then(|| {
                    let content = (c.sentences.to_vec(), c.key.heading());
                    *self.by_content.entry(content).or_insert_with(|| {
                        self.gathered.push(ContextIndex::new(read, c));
                        self.gathered.len() - 1
                    })
                });
                self.by_key.insert(c.key, at);
                at
            }
        };
        at.and_then(|k| self.gathered.get_mut(k))
    }
}

/// The names and longer words of a title or heading.
#[derive(Default)]
struct Heading {
    /// [`names_skeleton`].
    names: String,
    /// [`joined_content_words`].
    words: String,
}

impl Heading {
    fn new(text: &str) -> Self {
        Self {
            names: names_skeleton(text),
            words: joined_content_words(text),
        }
    }
}

impl<'a> SentenceTexts<'a> {
    fn new(article: &'a Article) -> Self {
        Self {
            sentences: &article.sentences,
            names: article.sentences.iter().map(|_| OnceCell::new()).collect(),
            words: article.sentences.iter().map(|_| OnceCell::new()).collect(),
            title: Heading::new(&article.title),
            headings: article
                .sections
                .iter()
                .map(|s| Heading::new(&s.heading))
                .collect(),
            no_heading: Heading::default(),
        }
    }

    /// The heading of section `index`.
    fn heading(&self, index: usize) -> &Heading {
        self.headings.get(index).unwrap_or(&self.no_heading)
    }

    /// The [`names_skeleton`] of sentence `i`.
    fn names(&self, i: usize) -> Option<&str> {
        let (s, names) = (self.sentences.get(i)?, self.names.get(i)?);
        Some(names.get_or_init(|| names_skeleton(&s.text)))
    }

    /// The [`joined_content_words`] of sentence `i`.
    fn words(&self, i: usize) -> Option<&str> {
        let (s, words) = (self.sentences.get(i)?, self.words.get(i)?);
        Some(words.get_or_init(|| joined_content_words(&s.text)))
    }

    /// The names (space-separated skeletons, in several strings) of a context.
    fn context_names<'s>(&'s self, c: Context<'s>) -> impl Iterator<Item = &'s str> {
        let sentences = c.sentences.iter().filter_map(|&i| self.names(i));
        sentences.chain([c.heading.names.as_str()])
    }

    /// The longer words (space-separated, in several strings) of a context.
    fn context_words<'s>(&'s self, c: Context<'s>) -> impl Iterator<Item = &'s str> {
        let sentences = c.sentences.iter().filter_map(|&i| self.words(i));
        sentences.chain([c.heading.words.as_str()])
    }

    /// The names written in three sentences or more, space-separated.
    fn frequent(&self) -> String {
        let mut count: FxHashMap<&str, usize> = FxHashMap::default();
        for i in 0..self.sentences.len() {
            let names = self.names(i).unwrap_or("");
            for n in names.split(' ').filter(|n| !n.is_empty()) {
                *count.entry(n).or_default() += 1;
            }
        }
        count
            .into_iter()
            .filter(|(_, n)| *n >= 3)
            .map(|(k, _)| k)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A title that names something, none of whose names the article writes around
    /// the reference and the claim or keeps coming back to (`frequent`, counted the
    /// first time it is needed), and that shares fewer than two longer words with
    /// them, is about something else.
    fn is_related<'s>(
        &'s self,
        t: &Title,
        around: [Context<'s>; 2],
        frequent: &OnceCell<String>,
        indexes: &RefCell<Indexes<'s>>,
    ) -> bool {
        if t.places.is_empty() {
            return true;
        }
        let mut indexes = indexes.borrow_mut();
        let known = |names: &str| {
            pieces(names).any(|n| t.places.iter().any(|p| same_name(n, p.as_bytes())))
        };
        let near = around.iter().any(|&c| match indexes.of(self, c) {
            Some(index) => t.places.iter().any(|p| index.knows(p.as_bytes())),
            None => self.context_names(c).any(known),
        });
        if near || known(frequent.get_or_init(|| self.frequent())) {
            return true;
        }
        // The context's words are gone through once, each compared with the title's
        // (a word the title gives twice counts twice); a gathered context is asked
        // for each of the title's words.
        let words = t.words();
        let mut written = vec![false; words.len()];
        let mut shared = 0;
        for c in around {
            if let Some(index) = indexes.of(self, c) {
                for (seen, w) in written.iter_mut().zip(&words) {
                    if !*seen && index.words.contains(w) {
                        *seen = true;
                        shared += 1;
                    }
                }
                if shared >= 2 {
                    return true;
                }
                continue;
            }
            for x in self.context_words(c).flat_map(pieces) {
                for (seen, w) in written.iter_mut().zip(&words) {
                    if !*seen && *w == x {
                        *seen = true;
                        shared += 1;
                    }
                }
                if shared >= 2 {
                    return true;
                }
            }
        }
        false
    }
}

/// Whether a name written (a piece of a [`names_skeleton`]) and a title's place (a
/// skeleton) are the same: equal, or one inside the other when both have three
/// letters.
fn same_name(n: &[u8], p: &[u8]) -> bool {
    n == p || (n.len() >= 3 && p.len() >= 3 && (holds(n, p) || holds(p, n)))
}

/// The words of five letters or more of a text (cut at what is neither a letter nor
/// a digit), folded: what a title and a sentence may share. Joined by spaces (they
/// hold none), in one string.
fn joined_content_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A word of fewer than five bytes has fewer than five characters.
    let words = split_by(text, &NOT_ALPHANUMERIC, |c| !is_alphanumeric(c));
    for w in words.filter(|w| w.len() >= 5 && w.chars().count() >= 5) {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            // Most words: lower case is all that folding does to them.
            push_ascii_lowercase(&mut out, w);
        } else {
            out.extend(w.chars().map(fold_char));
        }
    }
    out
}

/// The skeletons of the capitalised words of a text ([`ends_name`] cuts them),
/// space-separated.
fn names_skeleton(text: &str) -> String {
    let mut out = String::new();
    let words = split_by(text, &ENDS_NAME, ends_name)
        .filter(|w| w.chars().next().is_some_and(is_uppercase));
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_skeleton(w, &mut out);
    }
    out
}

/// Whether a character ends a word of a name: white space, `,.;:()«»'’`.
fn ends_name(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '.' | ';' | ':' | '(' | ')' | '«' | '»' | '\'' | '’'
        )
}

/// The ASCII characters that end a word of a name ([`ends_name`]).
const ENDS_NAME: [bool; 256] = {
    let mut t = [false; 256];
    let mut b: u8 = 0;
    while b < 128 {
        // White space: tab to carriage return, and the space.
        t[b as usize] = matches!(
            b,
            b'\t'..=b'\r' | b' ' | b',' | b'.' | b';' | b':' | b'(' | b')' | b'\''
        );
        b += 1;
    }
    t
};

/// The ASCII characters that are neither letters nor digits.
const NOT_ALPHANUMERIC: [bool; 256] = {
    let mut t = [false; 256];
    let mut b: u8 = 0;
    while b < 128 {
        t[b as usize] = !b.is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The pieces of `text` between the characters that cut it, as `str::split` gives
/// them (empty ones included): an ASCII character cuts where `ascii` says so, another
/// where `cut` holds. Every sentence of an article is cut this way, and most of its
/// bytes are ASCII: one look-up each, where the standard searcher decodes each
/// character and tries the pattern's cases one by one.
fn split_by<'t>(
    text: &'t str,
    ascii: &'static [bool; 256],
    cut: impl Fn(char) -> bool,
) -> impl Iterator<Item = &'t str> {
    let bytes = text.as_bytes();
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            let (cuts, len) = if b.is_ascii() {
                (ascii[usize::from(b)], 1)
            } else {
                // `i` is at a character's start: every step is a whole character.
                let c = text.get(i..).and_then(|rest| rest.chars().next())?;
                (cut(c), c.len_utf8())
            };
            if cuts {
                start = Some(i + len);
                return text.get(from..i);
            }
            i += len;
        }
        start = None;
        text.get(from..)
    })
}

/// True when `part` is in `whole`: [`str::contains`] for the short skeletons compared
/// here, without setting up a searcher for each pair (a match of valid UTF-8 bytes is
/// a match of characters).
fn holds(whole: &[u8], part: &[u8]) -> bool {
    part.is_empty() || (whole.len() >= part.len() && whole.windows(part.len()).any(|w| w == part))
}

/// The pieces of a space-separated string, as `split(' ')` cuts it, as bytes (a space
/// byte is a space character in UTF-8): the pieces compared here are a few letters
/// long, and a byte loop finds their ends sooner than a search does.
fn pieces(s: &str) -> impl Iterator<Item = &[u8]> {
    s.as_bytes().split(|&b| b == b' ')
}

/// The figures a sentence counts (its claims that are neither events nor parts of
/// another): their casualties' sum, their values, and how many of each category.
#[derive(Default)]
struct Figures<'c> {
    sum: u64,
    values: FxHashSet<u64>,
    per_category: FxHashMap<&'c str, usize>,
}

impl<'c> Figures<'c> {
    fn add(&mut self, o: &'c Claim) {
        if o.parent.is_some() || o.category == "event" {
            return;
        }
        if CASUALTIES.contains(&o.category.as_str()) {
            // Saturating: a sum past `u64` is no headline's figure either.
            self.sum = self.sum.saturating_add(o.value);
        }
        self.values.insert(o.value);
        *self.per_category.entry(o.category.as_str()).or_default() += 1;
    }
}

fn status(c: &Claim, t: &Title, same_sentence: &Figures<'_>, related: bool) -> String {
    if c.category == "event" {
        return "silent".into();
    }
    if !related {
        return "unrelated".into();
    }
    let sum = same_sentence.sum;
    let values = t.values();
    if values
        .iter()
        .any(|&v| v == c.value || (v == sum && sum > c.value))
    {
        return "supports".into();
    }
    // Another claim of the sentence is the one the title gives.
    if values.iter().any(|v| same_sentence.values.contains(v)) {
        return "silent".into();
    }
    let only_of_kind = same_sentence.per_category.get(c.category.as_str()) == Some(&1);
    // A figure gathered from many references, a part of a total or an infobox summary
    // is not what one headline counts.
    let aggregate = c.refs.len() > 2 || c.parent.is_some() || c.infobox;
    if !values.is_empty()
        && t.categories.contains(&c.category.as_str())
        && only_of_kind
        && !aggregate
    {
        return "contradicts".into();
    }
    "silent".into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Document;

    /// The byte tables say of each ASCII character what the character tests say.
    #[test]
    fn the_ascii_tables_agree_with_the_character_tests() {
        for b in 0..128u8 {
            let c = char::from(b);
            assert_eq!(ENDS_NAME[usize::from(b)], ends_name(c), "{b:#x}");
            let not_alphanumeric = !is_alphanumeric(c);
            assert_eq!(NOT_ALPHANUMERIC[usize::from(b)], not_alphanumeric, "{b:#x}");
        }
        let not_alphanumeric = |c: char| !is_alphanumeric(c);
        for text in [
            "Le 3 avril, à Jisr al-Choghour (Idleb) : «\u{a0}l’Armée\u{2009}syrienne»...",
            "",
            ",",
        ] {
            let names: Vec<&str> = split_by(text, &ENDS_NAME, ends_name).collect();
            assert_eq!(names, text.split(ends_name).collect::<Vec<_>>());
            let words: Vec<&str> = split_by(text, &NOT_ALPHANUMERIC, not_alphanumeric).collect();
            assert_eq!(words, text.split(not_alphanumeric).collect::<Vec<_>>());
        }
    }

    /// Each way a title is related, or not, to what the article writes, read through
    /// and gathered: two longer words shared (`bombardements violents`), a written
    /// name inside the title's (`Jisr` in `Jisr al-Choghour`), the title's inside a
    /// written one (`Kafran` in `Kafranbel`), and nothing shared (`Palmyre`).
    #[test]
    fn a_gathered_context_relates_titles_as_a_read_one_does() {
        let grammars = crate::grammar::load_grammars(None).expect("the built-in grammars load");
        let text = "La '''bataille de Test''' a lieu en 2015.\n\n== Déroulement ==\n\
            Le 3 avril, des bombardements violents font 12 morts à Kafrnabl.<ref>{{Lien web|titre=Combats : 12 morts à Maarzaf après des bombardements violents|éditeur=OSDH|url=http://example.org/1}}</ref>\n\n\
            Le 4 avril, 7 morts à Jisr.<ref>{{Lien web|titre=Bilan : 7 morts à Jisr al-Choghour|éditeur=OSDH|url=http://example.org/2}}</ref>\n\n\
            Le 5 avril, 9 morts à Kafranbel.<ref>{{Lien web|titre=Bilan : 9 morts à Kafran|éditeur=OSDH|url=http://example.org/3}}</ref>\n\n\
            Le 6 avril, 5 morts à Saraqeb.<ref>{{Lien web|titre=Bilan : 40 morts à Palmyre|éditeur=OSDH|url=http://example.org/4}}</ref>\n\n\
            == Références ==\n{{Références}}\n";
        let doc = Document::new("t.wiki", text);
        let lexicon = crate::pick_lexicon(&doc, &grammars, None).expect("a lexicon");
        let format = crate::input::detect_format(&doc.text);
        let parsed = crate::grammar::parse(&doc, format, lexicon, &grammars.registry);
        let s = |n: u32, status: &str| vec![(n, status.to_owned())];
        let expected = [
            ("12", s(1, "supports")),
            ("7", s(2, "supports")),
            ("9", s(3, "supports")),
            ("5", s(4, "unrelated")),
        ];
        for gathered in [INDEXED, 0] {
            let mut a = parsed.clone();
            corroborate_gathering(&mut a, &grammars, gathered);
            let statuses: Vec<(&str, Vec<(u32, String)>)> = a
                .claims
                .iter()
                .map(|c| (c.figure.as_str(), c.corroboration.clone()))
                .collect();
            assert_eq!(
                statuses, expected,
                "contexts over {gathered} bytes gathered"
            );
        }
    }

    /// Gathering a context into an index changes no status: every context of the
    /// seeds and fixtures gathered gives the statuses of every context read through.
    #[test]
    fn gathered_contexts_give_the_statuses_read_through_ones_do() {
        let grammars = crate::grammar::load_grammars(None).expect("the built-in grammars load");
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut compared = 0;
        let mut unrelated = 0;
        for dir in ["seeds", "tests/fixtures"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .expect("the folder lists")
                .map(|e| e.expect("an entry").path())
                .filter(|p| p.extension().is_some_and(|e| e != "md"))
                .collect();
            paths.sort();
            for path in paths {
                let text = std::fs::read_to_string(&path).expect("the file reads");
                let doc = Document::new(path.display().to_string(), text);
                let lexicon = crate::pick_lexicon(&doc, &grammars, None).expect("a lexicon");
                let format = crate::input::detect_format(&doc.text);
                let parsed = crate::grammar::parse(&doc, format, lexicon, &grammars.registry);
                let (mut read, mut gathered) = (parsed.clone(), parsed);
                corroborate_gathering(&mut read, &grammars, INDEXED);
                corroborate_gathering(&mut gathered, &grammars, 0);
                for (a, b) in read.claims.iter().zip(&gathered.claims) {
                    assert_eq!(
                        a.corroboration,
                        b.corroboration,
                        "{}: {}",
                        path.display(),
                        a.id
                    );
                    assert_eq!((&a.origin, &a.carriers), (&b.origin, &b.carriers));
                    compared += a.corroboration.len();
                    unrelated += a
                        .corroboration
                        .iter()
                        .filter(|(_, s)| s == "unrelated")
                        .count();
                }
            }
        }
        // The comparison had statuses to compare, unrelated ones among them.
        assert!(compared >= 200, "{compared}");
        assert!(unrelated >= 20, "{unrelated}");
    }
}
