//! Quantities: every figure in a text, read as an interval `low..high` with its
//! qualifier, in the words of a lexicon.
//!
//! Input: a text and a [`Lexicon`]. Output: [`Quantity`]s in text order. It reads
//! digits with thousands separators (`6 000` with any kind of space, `6,000`, `6.000`),
//! decimals before a scale word (`1,1 million`), number words (`trente-deux`,
//! `quatre-vingt-dix`, `twenty-three`, `a hundred`), approximate nouns (`une dizaine`,
//! `trois douzaines`), collective phrases (`des centaines`, `hundreds`), ranges
//! (`entre 350 et 500`, `485 à 612`, `350–500`) and qualifiers before the figure
//! (`au moins`, `more than`) or after it or its noun (`261 morts au moins`, `or more`).
//!
//! It never reads as a quantity: a day of the month (`le 4 mai`, `les 23 et 24 avril`),
//! a year after its introducer (`en 2011`), an ordinal (`1er`, `3rd`), a code glued to
//! letters (`M5`), a number glued to `/`, `:` or followed by `%`, a decimal without a
//! scale, or a bare article (`un vent`). What a figure counts (soldiers, kilometres,
//! inhabitants) is the claims layer's question, not this one's.
//!
//! The tokens are cut by hand (numbers and words are not nom's strength over a
//! vocabulary loaded at run time); the digit groups are read with nom.

use nom::bytes::complete::take_while1;
use nom::character::complete::one_of;
use nom::combinator::{all_consuming, recognize};
use nom::multi::many0;
use nom::sequence::preceded;
use nom::Parser;
use serde::Serialize;

use super::lexicon::Lexicon;
use super::token::{fold, parts, KeyFilter, Kind, Phrase, Phrases, Tokens};
use crate::model::Span;

/// What a qualifier says of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// `au moins 261`, `261 morts au moins`, `500 or more`: `low` is the figure, no high.
    AtLeast,
    /// `plus de 30`: strictly more, so `low` is the figure + 1, no high.
    MoreThan,
    /// `environ 500`, `some 500`: ± the lexicon's `about` width.
    About,
    /// `près de 150`: up to the `nearly` width below the figure, not above it.
    Nearly,
    /// `jusqu'à 700`, `500 ou moins`: `0..figure`.
    UpTo,
    /// `moins de 3000`: strictly fewer, `0..figure − 1`.
    FewerThan,
    /// `… ou égal`, `… or equal to` after a strict qualifier: it becomes inclusive.
    /// Never left on a quantity.
    Inclusive,
}

impl Qualifier {
    /// The name used in lexicons and reports.
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::UpTo => "up_to",
            Qualifier::FewerThan => "fewer_than",
            Qualifier::Inclusive => "inclusive",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        [
            Qualifier::AtLeast,
            Qualifier::MoreThan,
            Qualifier::About,
            Qualifier::Nearly,
            Qualifier::UpTo,
            Qualifier::FewerThan,
            Qualifier::Inclusive,
        ]
        .into_iter()
        .find(|q| q.name() == name)
    }
}

/// A figure read from a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Where it is: the figure with its qualifier words.
    pub span: Span,
    /// The smallest value it allows.
    pub low: u64,
    /// The largest value it allows; `None` when it has no upper bound.
    pub high: Option<u64>,
    /// The figure is an estimate (an approximate word or qualifier).
    pub approx: bool,
    /// The qualifier, when there is one.
    pub qualifier: Option<Qualifier>,
    /// The figure as written, before a qualifier widened it (the middle of an
    /// approximate word's interval; the low end of a range).
    pub value: u64,
    /// Written as a range (`entre 350 et 500`).
    pub range: bool,
    /// The qualifier written before the figure (`au moins 32`), which the figures
    /// joined to it may share (`au moins 32 soldats et 40 rebelles`: at least 40 too);
    /// `None` when the figure has none there, or one after it (`261 au moins`). A
    /// figure that shares the qualifier of the one before it has it here too, and
    /// passes it on (`au moins 32 soldats, 40 rebelles et 7 civils`).
    pub leading: Option<Qualifier>,
    /// Where the figure's number ends (a byte offset): the span's end, but for a
    /// qualifier after its noun (`261 morts au moins`), where `morts` begins.
    pub number_end: usize,
}

/// What a lexicon word is, for the number reader.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Entry {
    Number(u64),
    Hundred,
    Scale(u64),
    Approximate(u64, u64),
    Connector,
}

/// The lexicon's number words, indexed by their folded parts.
struct Words {
    /// Number words: the entry, and whether the word is a bare article.
    entries: Phrases<(Entry, bool)>,
    connectors: Vec<Vec<String>>,
    collective: Phrases<(u64, u64)>,
    before: Phrases<Qualifier>,
    after: Phrases<Qualifier>,
    inclusive: Phrases<()>,
    open_close: Vec<(Phrase, Phrase)>,
    /// Words before an opened range that make it a change (`passe de 40 à 60`).
    changes: Vec<String>,
    /// Words after a number that make it a percentage (`pour cent`).
    percent: Vec<Vec<String>>,
    /// The first words a quantity may start with (besides digits): those of `entries`,
    /// `collective`, `before` and the range openers.
    starts: KeyFilter,
    joiners: Vec<Vec<String>>,
    day_determiners: Vec<Vec<String>>,
    year_introducers: Vec<String>,
    /// Nouns after a number that make it a count, not a year (`in 1500 deaths`).
    counted: Phrases<()>,
    /// Nouns of people and sides, which do after `count_introducers` only.
    counted_people: Phrases<()>,
    count_introducers: Vec<String>,
    months: Vec<String>,
    decimal_mark: char,
    group_separators: Vec<char>,
    unit_names: Vec<String>,
    about: f64,
    nearly: f64,
}

impl Words {
    fn new(lexicon: &Lexicon) -> Self {
        let n = &lexicon.numbers;
        let articles: Vec<String> = n.articles.iter().map(|a| fold(a)).collect();
        let word = |w: &String, e: Entry| {
            let p = parts(w);
            let article = p.len() == 1 && articles.contains(&p[0]);
            (p, (e, article))
        };
        let mut entries = Vec::new();
        entries.extend(n.words.iter().map(|(w, v)| word(w, Entry::Number(*v))));
        entries.extend(n.hundreds.iter().map(|w| word(w, Entry::Hundred)));
        entries.extend(n.scales.iter().map(|(w, v)| word(w, Entry::Scale(*v))));
        entries.extend(
            n.approximate
                .iter()
                .map(|(w, [lo, hi])| word(w, Entry::Approximate(*lo, *hi))),
        );
        entries.extend(n.connectors.iter().map(|w| word(w, Entry::Connector)));
        let qualifiers = |table: &std::collections::BTreeMap<String, Vec<String>>,
                          keep: &dyn Fn(Qualifier) -> bool| {
            Phrases::new(
                table
                    .iter()
                    .filter_map(|(name, phrases)| Qualifier::from_name(name).map(|q| (q, phrases)))
                    .filter(|(q, _)| keep(*q))
                    .flat_map(|(q, phrases)| phrases.iter().map(move |p| (parts(p), q))),
            )
        };
        let entries = Phrases::new(entries);
        let collective = Phrases::new(
            n.collective
                .iter()
                .map(|(p, [lo, hi])| (parts(p), (*lo, *hi))),
        );
        let before = qualifiers(&n.before, &|_| true);
        let open_close: Vec<(Phrase, Phrase)> = n
            .ranges
            .open_close
            .iter()
            .map(|[o, c]| (Phrase::new(parts(o)), Phrase::new(parts(c))))
            .collect();
        let mut starts = KeyFilter::default();
        starts.extend(entries.first_words());
        starts.extend(collective.first_words());
        starts.extend(before.first_words());
        for (open, _) in &open_close {
            starts.insert(open.first());
        }
        Words {
            entries,
            connectors: n.connectors.iter().map(|w| parts(w)).collect(),
            collective,
            before,
            after: qualifiers(&n.after, &|q| q != Qualifier::Inclusive),
            inclusive: Phrases::new(
                n.after
                    .get(Qualifier::Inclusive.name())
                    .into_iter()
                    .flatten()
                    .map(|p| (parts(p), ())),
            ),
            open_close,
            starts,
            joiners: n.ranges.joiners.iter().map(|j| parts_or_mark(j)).collect(),
            day_determiners: n.dates.day_determiners.iter().map(|d| parts(d)).collect(),
            year_introducers: n.dates.year_introducers.iter().map(|d| fold(d)).collect(),
            changes: n.ranges.changes.iter().map(|w| fold(w)).collect(),
            percent: n.percent.iter().map(|w| parts(w)).collect(),
            counted: Phrases::new(n.dates.counted.iter().map(|w| (parts(w), ()))),
            counted_people: Phrases::new(
                lexicon
                    .claims
                    .nouns
                    .people
                    .iter()
                    .chain(lexicon.claims.sides.values().flatten())
                    .map(|w| (parts(w), ())),
            ),
            count_introducers: n.dates.count_introducers.iter().map(|w| fold(w)).collect(),
            months: lexicon
                .months
                .names
                .iter()
                .flatten()
                .map(|m| fold(m.trim_end_matches('.')))
                .collect(),
            decimal_mark: n.decimal_mark.chars().next().unwrap_or('.'),
            unit_names: n.dates.unit_names.iter().map(|w| fold(w)).collect(),
            group_separators: n
                .group_separators
                .iter()
                .filter_map(|s| s.chars().next())
                .filter(|c| !c.is_whitespace())
                .collect(),
            about: n.widths.about,
            nearly: n.widths.nearly,
        }
    }
}

impl Words {
    /// Applies a qualifier written before a figure to the figure read (`core`); the
    /// widths of `environ` and `près de` are the lexicon's.
    fn lead(&self, q: &mut Quantity, core: &Core, before: Option<Qualifier>) {
        let (about, nearly) = (self.about, self.nearly);
        match before {
            Some(Qualifier::About) if !core.approx => {
                q.low = scale_down(core.value, about);
                q.high = Some(scale_up(core.value, about));
                q.approx = true;
            }
            Some(Qualifier::Nearly) => {
                q.low = scale_down(core.value, nearly);
                q.high = Some(core.high.min(core.value.max(core.low)));
                q.approx = true;
            }
            // On an approximate word, qualifiers work on its middle:
            // "au moins une centaine" is 100.., "jusqu'à une centaine" 0..100.
            Some(Qualifier::AtLeast) => {
                q.low = if core.approx { core.value } else { core.low };
                q.high = None;
            }
            Some(Qualifier::MoreThan) => {
                q.low = core.value.saturating_add(1);
                q.high = None;
            }
            Some(Qualifier::UpTo) => {
                q.low = 0;
                if core.approx {
                    q.high = Some(core.value);
                }
            }
            Some(Qualifier::FewerThan) => {
                q.low = 0;
                q.high = Some(core.value.saturating_sub(1));
            }
            Some(Qualifier::About | Qualifier::Inclusive) | None => {}
        }
    }
}

/// A joiner may be a mark (`-`, `–`), which [`parts`] would drop.
fn parts_or_mark(phrase: &str) -> Vec<String> {
    let p = parts(phrase);
    if p.is_empty() {
        vec![fold(phrase.trim())]
    } else {
        p
    }
}

/// Reads every quantity in `text`, whose first byte is at `base` in its document.
///
/// ```
/// use crosscheck::grammar::{lexicon, quantity::{quantities, Qualifier}};
/// let g = lexicon::load(None).unwrap();
/// let fr = g.lexicon("fr").unwrap();
/// let q = quantities("au moins 261 militaires et 900 000 à 1,1 million de déplacés le 25 avril", 0, fr);
/// assert_eq!(q.len(), 2);
/// assert_eq!((q[0].low, q[0].high, q[0].qualifier), (261, None, Some(Qualifier::AtLeast)));
/// assert_eq!((q[1].low, q[1].high), (900_000, Some(1_100_000)));
/// ```
pub fn quantities(text: &str, base: usize, lexicon: &Lexicon) -> Vec<Quantity> {
    lexicon.prepared().quantities.read(text, base)
}

/// Whether `value` is within ten years of the narrative's `year`: a year of the
/// narrative, more likely than a count, where the words leave both open.
pub(crate) fn near_year(year: Option<i32>, value: u64) -> bool {
    year.is_some_and(|y| i64::try_from(value).is_ok_and(|v| (i64::from(y) - v).abs() <= 10))
}

/// Reads quantities with a prepared reader, for callers that read many texts.
pub struct QuantityReader {
    words: Words,
}

impl QuantityReader {
    /// Prepares the lexicon's words.
    pub fn new(lexicon: &Lexicon) -> Self {
        Self {
            words: Words::new(lexicon),
        }
    }

    /// Reads every quantity in `text`, whose first byte is at `base` in its document.
    pub fn read(&self, text: &str, base: usize) -> Vec<Quantity> {
        self.read_tokens(&Tokens::new(text), base)
    }

    /// [`QuantityReader::read`] of a text already cut into tokens.
    pub(crate) fn read_tokens(&self, t: &Tokens<'_>, base: usize) -> Vec<Quantity> {
        self.read_tokens_near(t, base, None)
    }

    /// [`QuantityReader::read_tokens`] of a text whose narrative is in `year`: after a
    /// year's introducer, a number before a noun counted is a count when it is more
    /// than ten years from it (`resulted in 1500 deaths`, `attacked by 2000 fighters`
    /// in 2015), a year otherwise (`in early 2013 rebels captured…`), as it always is
    /// with no year.
    pub(crate) fn read_tokens_near(
        &self,
        t: &Tokens<'_>,
        base: usize,
        year: Option<i32>,
    ) -> Vec<Quantity> {
        Reader {
            t,
            words: &self.words,
            year,
        }
        .read(base)
    }

    /// A figure read without a qualifier, given the one written before the figure it
    /// is joined to (`au moins 32 soldats et 40 rebelles`: the 40 are at least 40 too),
    /// as if written before it; `None` for a figure with a qualifier of its own or a
    /// range, which keep theirs.
    pub(crate) fn shared(&self, q: &Quantity, leading: Qualifier) -> Option<Quantity> {
        if q.qualifier.is_some() || q.range || leading == Qualifier::Inclusive {
            return None;
        }
        let core = Core {
            low: q.low,
            high: q.high.unwrap_or(q.low),
            value: q.value,
            approx: q.approx,
            bare_digits: false,
            end: 0,
        };
        let mut shared = q.clone();
        shared.qualifier = Some(leading);
        shared.leading = Some(leading);
        self.words.lead(&mut shared, &core, Some(leading));
        Some(shared)
    }
}

struct Reader<'a, 't> {
    t: &'a Tokens<'t>,
    words: &'a Words,
    /// The narrative's year, when the text has one.
    year: Option<i32>,
}

/// A figure before qualifiers: its interval, middle value and where it ends.
#[derive(Debug, Clone, Copy)]
struct Core {
    low: u64,
    high: u64,
    value: u64,
    approx: bool,
    /// Only digits, no scale or noun: the shape that dates and years take.
    bare_digits: bool,
    end: usize,
}

/// What reading at a token gave.
enum Read {
    /// A quantity, and the token after it.
    Found(Quantity, usize),
    /// No quantity; skip to this token (a date, a decimal: never re-read its parts).
    Skip(usize),
}

impl Reader<'_, '_> {
    fn read(&self, base: usize) -> Vec<Quantity> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.t.toks.len() {
            // Most tokens can start no quantity: turned away before the rules are tried.
            if self.t.kind(i) != Some(Kind::Digits) && !self.words.starts.may_hold(self.t, i) {
                i += 1;
                continue;
            }
            match self.quantity_at(i) {
                Some(Read::Found(mut q, next)) => {
                    q.span = Span::new(base + q.span.start, base + q.span.end);
                    out.push(q);
                    i = next.max(i + 1);
                }
                Some(Read::Skip(next)) => i = next.max(i + 1),
                None => i += 1,
            }
        }
        out
    }

    /// The lexicon entry standing at `i` (longest match), the token after it, and
    /// whether it is a bare article.
    fn entry_at(&self, i: usize) -> Option<(Entry, usize, bool)> {
        if self.t.kind(i) != Some(Kind::Word) {
            return None;
        }
        self.words
            .entries
            .at(self.t, i)
            .map(|(&(entry, article), end)| (entry, end, article))
    }

    fn quantity_at(&self, i: usize) -> Option<Read> {
        // A qualifier before the figure.
        let (before, j) = self
            .words
            .before
            .at(self.t, i)
            .map_or((None, i), |(q, k)| (Some(*q), k));
        // A range opened by a word: "entre 350 et 500", "between 350 and 500".
        for (open, close) in &self.words.open_close {
            if let Some(k) = self.t.phrase_of_at(j, open) {
                if let Some(first) = self.core(k) {
                    if let Some(m) = self.t.phrase_of_at(first.end, close) {
                        if let Some(second) = self.core(m) {
                            // "de 40 à 60 %": percentages.
                            if let Some(k) = self.percent_after(second.end) {
                                return Some(Read::Skip(k));
                            }
                            // "le bilan passe de 40 à 60": the figure is 60.
                            let change = before.is_none()
                                && j > 0
                                && self.words.changes.iter().any(|w| w == self.t.folded(j - 1));
                            if change {
                                return Some(self.finish(i, second, None, false));
                            }
                            if let Some(q) = self.range(i, first, second, before) {
                                return Some(q);
                            }
                        }
                    }
                }
            }
        }
        let Some(core) = self.core(j) else {
            // A number that is no count (a decimal, a bare article, a figure too large
            // to hold) is skipped whole, so no part of it is read as another figure.
            return self.skip_number_run(j);
        };
        // "40 pour cent": a percentage, read past whole.
        if let Some(k) = self.percent_after(core.end) {
            return Some(Read::Skip(k));
        }
        if core.bare_digits && self.is_date_or_year(j, &core) {
            return Some(Read::Skip(self.date_end(core.end)));
        }
        // A range joined by a word or a mark: "485 à 612", "350-500".
        for joiner in &self.words.joiners {
            if let Some(k) = self.t.phrase_at(core.end, joiner) {
                if let Some(second) = self.core(k) {
                    if let Some(k) = self.percent_after(second.end) {
                        return Some(Read::Skip(k));
                    }
                    if let Some(q) = self.range(i, core, second, before) {
                        return Some(q);
                    }
                }
            }
        }
        Some(self.finish(i, core, before, false))
    }

    /// The token after a percentage's sign or words at `k` (`%`, `pour cent`).
    fn percent_after(&self, k: usize) -> Option<usize> {
        let sign =
            self.t.tok_text(k) == "%" && k > 0 && self.t.gap_after(k - 1).chars().count() <= 1;
        if sign {
            return Some(k + 1);
        }
        self.words
            .percent
            .iter()
            .find_map(|p| self.t.phrase_at(k, p))
    }

    /// A range from two figures; `None` when the two are years or days.
    fn range(
        &self,
        start: usize,
        first: Core,
        second: Core,
        before: Option<Qualifier>,
    ) -> Option<Read> {
        let year = |c: &Core| c.bare_digits && (1000..=2100).contains(&c.value);
        if (year(&first) && year(&second)) || self.followed_by_month(second.end) {
            return Some(Read::Skip(self.date_end(second.end)));
        }
        // "900 000 à 1,1 million": the low end keeps its own scale; "1 à 2 millions",
        // "twenty to thirty thousand", "two to three hundred" borrow the high end's (a
        // number in words below a hundred has none of its own).
        let mut low = first.low;
        let unscaled = first.bare_digits || first.value < 100;
        if unscaled && !second.bare_digits && first.value < 1000 && second.value >= 100 {
            let scale = if second.value >= 1000 {
                10u64.pow(second.value.ilog10() / 3 * 3)
            } else if first.value < 10 && second.value % 100 == 0 {
                100
            } else {
                1
            };
            if first.value.saturating_mul(scale) <= second.high {
                low = first.value.saturating_mul(scale);
            }
        }
        if low > second.high {
            return None;
        }
        let core = Core {
            low,
            high: second.high,
            value: low,
            approx: first.approx || second.approx,
            bare_digits: false,
            end: second.end,
        };
        Some(self.finish(start, core, before, true))
    }

    /// Applies the qualifiers (before, and after the figure or its noun).
    fn finish(&self, start: usize, core: Core, before: Option<Qualifier>, range: bool) -> Read {
        let (after, end) = match self.after_qualifier(core.end) {
            Some((q, k)) => (Some(q), k),
            None => (None, core.end),
        };
        let span = Span::new(
            self.t.toks.get(start).map_or(0, |t| t.start),
            self.t.toks.get(end.saturating_sub(1)).map_or(0, |t| t.end),
        );
        // "261 morts au moins": the noun's words stand between the number and its
        // qualifier.
        let noun_between = after.is_some_and(|q| q != Qualifier::Inclusive)
            && self.words.after.at(self.t, core.end).is_none();
        let number_end = if noun_between {
            self.t
                .toks
                .get(core.end.saturating_sub(1))
                .map_or(span.end, |t| t.end)
        } else {
            span.end
        };
        let mut q = Quantity {
            span,
            number_end,
            low: core.low,
            high: Some(core.high),
            approx: core.approx,
            qualifier: after.or(before),
            value: core.value,
            range,
            leading: None,
        };
        if !range {
            self.words.lead(&mut q, &core, before);
        } else if before == Some(Qualifier::About) {
            q.approx = true;
        }
        match after {
            Some(Qualifier::Inclusive) => {
                q.qualifier = match before {
                    Some(Qualifier::MoreThan) => {
                        q.low = core.value;
                        Some(Qualifier::AtLeast)
                    }
                    Some(Qualifier::FewerThan) => {
                        q.high = Some(core.value);
                        Some(Qualifier::UpTo)
                    }
                    other => other,
                };
            }
            Some(Qualifier::AtLeast) => {
                q.low = core.low.max(if range {
                    core.low
                } else {
                    core.value.min(core.low)
                });
                q.high = None;
            }
            Some(Qualifier::UpTo) => {
                q.low = 0;
                q.high = Some(core.high);
            }
            _ => {}
        }
        q.leading = match after {
            None => before,
            // "plus de 5000 ou égal": the qualifier it became.
            Some(Qualifier::Inclusive) => q.qualifier,
            Some(_) => None,
        };
        Read::Found(q, end)
    }

    /// A qualifier after the figure, or after up to three words of its noun phrase
    /// ("261 morts au moins", "300 soldats ou plus").
    fn after_qualifier(&self, end: usize) -> Option<(Qualifier, usize)> {
        // "plus de 5000 ou égal": the strict qualifier before becomes inclusive.
        if let Some((_, e)) = self.words.inclusive.at(self.t, end) {
            return Some((Qualifier::Inclusive, e));
        }
        for k in end..=end + 3 {
            if let Some((q, e)) = self.words.after.at(self.t, k) {
                // "100 et au moins 20": the phrase opens the next figure.
                if self.opens_figure(e) {
                    return None;
                }
                return Some((*q, e));
            }
            // Only plain words of a noun phrase may stand between.
            if self.t.kind(k) != Some(Kind::Word)
                || self
                    .entry_at(k)
                    .is_some_and(|(e, _, _)| !matches!(e, Entry::Connector))
            {
                return None;
            }
        }
        None
    }

    /// A figure starts at `i`: a number or a collective phrase.
    fn opens_figure(&self, i: usize) -> bool {
        self.words.collective.at(self.t, i).is_some() || self.number(i).is_some()
    }

    /// A figure at `i`: a collective phrase, or a number with its scale or noun.
    fn core(&self, i: usize) -> Option<Core> {
        if let Some((&(lo, hi), k)) = self.words.collective.at(self.t, i) {
            {
                // "des centaines de milliers" is in the lexicon; "hundreds" after a
                // number ("3 hundreds") is a multiplier, read below.
                return Some(Core {
                    low: lo,
                    high: hi,
                    value: (lo + hi) / 2,
                    approx: true,
                    bare_digits: false,
                    end: k,
                });
            }
        }
        let number = self.number(i)?;
        let mut core = Core {
            low: number.value,
            high: number.value,
            value: number.value,
            approx: false,
            bare_digits: number.bare_digits,
            end: number.end,
        };
        // An approximate noun: "une dizaine", "trois douzaines".
        if let Some((Entry::Approximate(lo, hi), k, _)) = self.entry_at(number.end) {
            let n = number.value;
            core = Core {
                low: n.checked_mul(lo)?,
                high: n.checked_mul(hi)?,
                value: n.checked_mul((lo + hi) / 2)?,
                approx: true,
                bare_digits: false,
                end: k,
            };
        } else if number.only_article {
            return None;
        }
        Some(core)
    }

    /// Skips the run of number tokens at `i` (digits, number words, their joiners).
    fn skip_number_run(&self, i: usize) -> Option<Read> {
        let word = |k: usize| matches!(self.entry_at(k), Some((e, _, _)) if e != Entry::Connector);
        let mut k = i;
        loop {
            if self.t.kind(k) == Some(Kind::Digits) && k == i {
                k += 1;
            } else if word(k) {
                k = self.entry_at(k).map_or(k + 1, |(_, next, _)| next);
            } else if k > i
                && (self.t.tok_text(k) == "-" || self.entry_at(k).is_some())
                && word(k + 1)
            {
                // A hyphen or a connector between number words.
                k += 1;
            } else {
                break;
            }
        }
        (k > i).then_some(Read::Skip(k))
    }

    fn followed_by_month(&self, k: usize) -> bool {
        let mut k = k;
        // "1er mai" is a word token; "24 mai" has the month right after.
        if self.t.kind(k) == Some(Kind::Word)
            && self
                .words
                .months
                .iter()
                .any(|m| m == self.t.folded(k).trim_end_matches('.'))
        {
            return true;
        }
        if self.t.tok_text(k) == "." {
            k += 1;
        }
        self.t.kind(k) == Some(Kind::Word)
            && self.words.months.iter().any(|m| m == self.t.folded(k))
    }

    /// True when bare digits at `i` are a day of the month or a year.
    fn is_date_or_year(&self, i: usize, core: &Core) -> bool {
        let v = core.value;
        // "22/05/2015", "10:30", "50 %": digits glued to a "/" or ":" glued to digits
        // (not "The death toll stood at 500: most were soldiers").
        let digits = |k: usize| self.t.kind(k) == Some(Kind::Digits);
        let glued_before = i > 1
            && self.t.gap_after(i - 1).is_empty()
            && matches!(self.t.tok_text(i - 1), "/" | ":")
            && self.t.gap_after(i - 2).is_empty()
            && digits(i - 2);
        let last = core.end.saturating_sub(1);
        let glued_after = self.t.gap_after(last).is_empty()
            && matches!(self.t.tok_text(core.end), "/" | ":")
            && self.t.gap_after(core.end).is_empty()
            && digits(core.end + 1);
        if glued_before || glued_after {
            return true;
        }
        // "T-72", "MiG-21": a code; "Brigade 93", "Route 5": a name.
        let code = i >= 2
            && self.t.tok_text(i - 1) == "-"
            && self.t.gap_after(i - 1).is_empty()
            && self.t.gap_after(i - 2).is_empty()
            && self.t.kind(i - 2) == Some(Kind::Word);
        let named = i >= 1
            && self
                .words
                .unit_names
                .iter()
                .any(|u| u == self.t.folded(i - 1));
        if code || named {
            return true;
        }
        // "May 24": a month before a day.
        if (1..=31).contains(&v)
            && i >= 1
            && self.words.months.iter().any(|m| m == self.t.folded(i - 1))
        {
            return true;
        }
        if (1..=31).contains(&v) {
            if self.followed_by_month(core.end) {
                return true;
            }
            // "les 23 et 24 avril", "du 22 au 30 avril".
            if let Some(k) = self
                .words
                .joiners
                .iter()
                .chain(&self.words.connectors)
                .find_map(|j| self.t.phrase_at(core.end, j))
            {
                let k = if self
                    .words
                    .day_determiners
                    .iter()
                    .any(|d| self.t.phrase_at(k, d).is_some())
                {
                    k + 1
                } else {
                    k
                };
                if self.t.kind(k) == Some(Kind::Digits) && self.followed_by_month(k + 1) {
                    return true;
                }
            }
            if ["au", "à"].iter().any(|w| self.t.folded(core.end) == *w)
                && self.t.kind(core.end + 1) == Some(Kind::Digits)
                && self.followed_by_month(core.end + 2)
            {
                return true;
            }
            if self
                .words
                .day_determiners
                .iter()
                .any(|d| i >= d.len() && self.t.phrase_at(i - d.len(), d) == Some(i))
            {
                return true;
            }
        }
        if (1000..=2100).contains(&v) && self.t.tok_text(i).chars().all(|c| c.is_ascii_digit()) {
            if let Some(p) = i.checked_sub(1) {
                let prev = self.t.folded(p);
                if self.words.months.iter().any(|m| m == prev) {
                    return true;
                }
                // "in 2014" is a year, "resulted in 1500 deaths" a count: a noun counted
                // after it, far from the narrative's year, and the introducer not the
                // sentence's first word ("In 2012 rebels took the town").
                if self.words.year_introducers.iter().any(|w| w == prev) {
                    let opens = self.t.tok_text(p).starts_with(char::is_uppercase);
                    let far = self.year.is_some() && !near_year(self.year, v);
                    let counted = self.words.counted.at(self.t, core.end).is_some()
                        || self.words.count_introducers.iter().any(|w| w == prev)
                            && self.words.counted_people.at(self.t, core.end).is_some();
                    return opens || !far || !counted;
                }
            }
        }
        false
    }

    /// Past a date: `24 avril 2015` ends after the year.
    fn date_end(&self, k: usize) -> usize {
        let mut k = k;
        if self.followed_by_month(k) {
            k += 1;
            if self.t.kind(k) == Some(Kind::Digits) && self.t.tok_text(k).len() == 4 {
                k += 1;
            }
        }
        k
    }

    /// A number in digits or words at `i`.
    fn number(&self, i: usize) -> Option<Number> {
        let mut total: u64 = 0;
        let mut current: u64 = 0;
        let mut prev_add: Option<u64> = None;
        let mut last_scale: u64 = u64::MAX;
        let mut any = false;
        let mut only_article = true;
        let mut bare_digits = false;
        let mut digits_now = false;
        let mut k = i;
        let mut end = i;
        loop {
            match self.t.kind(k) {
                Some(Kind::Digits)
                    if !any
                        || (current == 0
                            && prev_add.is_none()
                            && last_scale != u64::MAX
                            && !digits_now) =>
                {
                    let (value, next) = self.digits(k)?;
                    match value {
                        DigitValue::Integer(v) => {
                            if any && v >= last_scale {
                                break;
                            }
                            current = v;
                            // "2011" may be a year; "2 011" and "2,011" may not.
                            bare_digits = !any
                                && next == k + 1
                                && self.t.tok_text(k).chars().all(|c| c.is_ascii_digit());
                        }
                        DigitValue::Decimal(x) => {
                            // Only before a scale word: "1,1 million".
                            match self.entry_at(next) {
                                Some((Entry::Scale(s), after, _)) if !any => {
                                    let v = (x * s as f64).round();
                                    if !(0.0..1.8e19).contains(&v) {
                                        return None;
                                    }
                                    return Some(Number {
                                        value: v as u64,
                                        end: after,
                                        only_article: false,
                                        bare_digits: false,
                                    });
                                }
                                _ => return None,
                            }
                        }
                    }
                    any = true;
                    digits_now = true;
                    only_article = false;
                    prev_add = Some(u64::MAX);
                    k = next;
                    end = k;
                }
                Some(Kind::Word) => {
                    let Some((entry, next, article)) = self.entry_at(k) else {
                        break;
                    };
                    match entry {
                        Entry::Number(v) => {
                            if digits_now {
                                break;
                            }
                            let valid = match prev_add {
                                None => true,
                                Some(p) => {
                                    p % 10 == 0 && v < p && (v < 10 || (p % 20 == 0 && v < 20))
                                }
                            };
                            if !valid {
                                break;
                            }
                            current = current.checked_add(v)?;
                            prev_add = Some(v);
                            only_article &= article;
                        }
                        Entry::Hundred => {
                            // "deux cents", "cent six"; digits multiply whole ("322 cents").
                            if current >= 100 && !digits_now {
                                break;
                            }
                            current = current.max(1).checked_mul(100)?;
                            prev_add = None;
                            only_article = false;
                            digits_now = false;
                        }
                        Entry::Scale(s) => {
                            if s >= last_scale || (!any && article) {
                                break;
                            }
                            total = total.checked_add(current.max(1).checked_mul(s)?)?;
                            current = 0;
                            prev_add = None;
                            last_scale = s;
                            only_article = false;
                            digits_now = false;
                            bare_digits = false;
                        }
                        Entry::Connector => {
                            // Only between number words: "vingt et un".
                            if !any
                                || !matches!(self.entry_at(next), Some((Entry::Number(_), _, _)))
                            {
                                break;
                            }
                            k = next;
                            continue;
                        }
                        Entry::Approximate(..) => break,
                    }
                    any = true;
                    k = next;
                    end = k;
                }
                Some(Kind::Punct) if any && self.t.tok_text(k) == "-" && !digits_now => {
                    // "quatre-vingt-dix", "fifty - two".
                    match self.entry_at(k + 1) {
                        Some((Entry::Number(_) | Entry::Hundred | Entry::Scale(_), _, _)) => k += 1,
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        if !any {
            return None;
        }
        let value = total.checked_add(current)?;
        Some(Number {
            value,
            end,
            only_article,
            bare_digits,
        })
    }

    /// A digit token at `k`, with the groups of three that follow it after spaces
    /// ("6 000", "1 414 021 100"). Returns its value and the next token.
    fn digits(&self, k: usize) -> Option<(DigitValue, usize)> {
        let raw = self.t.tok_text(k);
        let mut marks = raw.chars().filter(|c| !c.is_ascii_digit());
        let first_mark = marks.next();
        let value = match first_mark {
            None => {
                // Read as the digits written one after the other would parse: no
                // string is made of them.
                let mut value = ascii_digits_value(raw);
                let mut next = k + 1;
                // Space-separated groups: only after a first group of one to three digits.
                if raw.len() <= 3 {
                    while self.t.kind(next) == Some(Kind::Digits)
                        && is_group(self.t.tok_text(next))
                        && is_group_gap(self.t.gap_after(next - 1))
                    {
                        let group = ascii_digits_value(self.t.tok_text(next));
                        value = value
                            .and_then(|v| v.checked_mul(1000))
                            .zip(group)
                            .and_then(|(v, g)| v.checked_add(g));
                        next += 1;
                    }
                }
                return value.map(|v| (DigitValue::Integer(v), next));
            }
            Some(mark) => {
                let same = raw
                    .chars()
                    .filter(|c| !c.is_ascii_digit())
                    .all(|c| c == mark);
                let groups: Vec<&str> = raw.split(mark).collect();
                let grouped = same
                    && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
                    && groups.iter().skip(1).all(|g| g.len() == 3);
                let scale_follows = matches!(self.entry_at(k + 1), Some((Entry::Scale(_), _, _)));
                // "1,1 million" is a decimal; "6 000", "6.000", "6,000" and "1,100
                // million" (English) are groups of three; "1,100 millions" (French,
                // whose decimal mark is the comma) is a decimal again.
                let decimal = groups.len() == 2
                    && (!grouped
                        || (scale_follows
                            && (mark == self.words.decimal_mark
                                || !self.words.group_separators.contains(&mark))));
                if decimal {
                    DigitValue::Decimal(format!("{}.{}", groups[0], groups[1]).parse().ok()?)
                } else if grouped {
                    DigitValue::Integer(groups.concat().parse().ok()?)
                } else {
                    return None;
                }
            }
        };
        Some((value, k + 1))
    }
}

#[derive(Debug, Clone, Copy)]
enum DigitValue {
    Integer(u64),
    Decimal(f64),
}

#[derive(Debug, Clone, Copy)]
struct Number {
    value: u64,
    end: usize,
    only_article: bool,
    bare_digits: bool,
}

/// The value of a run of ASCII digits, as `str::parse::<u64>` gives it, without its
/// checks of signs: `None` when it is empty, holds anything else, or is too large.
fn ascii_digits_value(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    s.bytes().try_fold(0u64, |v, b| {
        b.is_ascii_digit()
            .then(|| v.checked_mul(10)?.checked_add(u64::from(b - b'0')))
            .flatten()
    })
}

/// A group of exactly three digits. Accepts `000`.
fn is_group(s: &str) -> bool {
    all_consuming(recognize(many0(one_of::<_, _, nom::error::Error<&str>>(
        "0123456789",
    ))))
    .parse(s)
    .is_ok_and(|(_, g)| g.len() == 3)
}

/// White space that may sit inside a number: spaces of any kind, no line break.
fn is_group_gap(gap: &str) -> bool {
    let spaces = preceded(
        nom::combinator::success(()),
        take_while1::<_, _, nom::error::Error<&str>>(|c: char| {
            c.is_whitespace() && c != '\n' && c != '\r'
        }),
    );
    all_consuming(spaces).parse(gap).is_ok() && gap.chars().count() == 1
}

/// A width as a whole number of per-mille, so `about 100` is exactly 90..110.
fn per_mille(width: f64) -> u128 {
    (width.clamp(0.0, 1.0) * 1000.0).round() as u128
}

fn scale_down(v: u64, width: f64) -> u64 {
    let x = u128::from(v) * (1000 - per_mille(width)) / 1000;
    u64::try_from(x).unwrap_or(u64::MAX)
}

fn scale_up(v: u64, width: f64) -> u64 {
    let x = (u128::from(v) * (1000 + per_mille(width))).div_ceil(1000);
    u64::try_from(x).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::lexicon::{load, Grammars};
    use rstest::rstest;

    #[test]
    fn digits_are_valued_as_parse_values_them() {
        for s in [
            "",
            "0",
            "007",
            "6000",
            "18446744073709551615",
            "18446744073709551616",
            "1a",
            "²",
        ] {
            assert_eq!(ascii_digits_value(s), s.parse::<u64>().ok(), "{s:?}");
        }
    }

    fn grammars() -> Grammars {
        load(None).expect("built-in grammars load")
    }

    /// (text, low, high, approx, qualifier) of a quantity.
    type Read = (String, u64, Option<u64>, bool, Option<&'static str>);

    /// Every quantity in `text`.
    fn read(lang: &str, text: &str) -> Vec<Read> {
        let g = grammars();
        quantities(text, 0, g.lexicon(lang).expect("lexicon"))
            .into_iter()
            .map(|q| {
                (
                    text[q.span.start..q.span.end].to_owned(),
                    q.low,
                    q.high,
                    q.approx,
                    q.qualifier.map(Qualifier::name),
                )
            })
            .collect()
    }

    fn one(lang: &str, text: &str) -> (u64, Option<u64>, bool, Option<&'static str>) {
        let got = read(lang, text);
        assert_eq!(got.len(), 1, "{text:?} gave {got:?}");
        let (_, lo, hi, approx, q) = got[0].clone();
        (lo, hi, approx, q)
    }

    #[rstest]
    #[case("6 000 hommes", 6000, Some(6000))]
    #[case("6\u{a0}000 hommes", 6000, Some(6000))]
    #[case("6\u{202f}000 hommes", 6000, Some(6000))]
    #[case("6\u{2009}000 hommes", 6000, Some(6000))]
    #[case("6.000 hommes", 6000, Some(6000))]
    #[case("1 414 021 100 habitants", 1_414_021_100, Some(1_414_021_100))]
    #[case("1,1 million", 1_100_000, Some(1_100_000))]
    #[case("2 millions", 2_000_000, Some(2_000_000))]
    #[case("un milliard", 1_000_000_000, Some(1_000_000_000))]
    #[case("350 à 500", 350, Some(500))]
    #[case("entre 350 et 500", 350, Some(500))]
    #[case("485 à 612", 485, Some(612))]
    #[case("900 000 à 1,1 million", 900_000, Some(1_100_000))]
    #[case("350-500", 350, Some(500))]
    #[case("350–500", 350, Some(500))]
    #[case("sept", 7, Some(7))]
    #[case("trente-deux", 32, Some(32))]
    #[case("quatre-vingt-dix", 90, Some(90))]
    #[case("soixante et onze", 71, Some(71))]
    #[case("deux cents", 200, Some(200))]
    #[case("un million", 1_000_000, Some(1_000_000))]
    #[case("deux mille deux cents", 2200, Some(2200))]
    #[case("deux à trois cents", 200, Some(300))]
    #[case("entre 1 et 2 millions", 1_000_000, Some(2_000_000))]
    fn french_figures(#[case] text: &str, #[case] low: u64, #[case] high: Option<u64>) {
        let (lo, hi, approx, q) = one("fr", text);
        assert_eq!((lo, hi, approx, q), (low, high, false, None), "{text}");
    }

    #[rstest]
    #[case("6,000 men", 6000, Some(6000))]
    #[case("1.1 million", 1_100_000, Some(1_100_000))]
    #[case("between 350 and 500", 350, Some(500))]
    #[case("seven", 7, Some(7))]
    #[case("twenty-three", 23, Some(23))]
    #[case("a hundred", 100, Some(100))]
    #[case("one hundred and five", 105, Some(105))]
    #[case("two billion", 2_000_000_000, Some(2_000_000_000))]
    #[case("two to three hundred", 200, Some(300))]
    #[case("between one and two million", 1_000_000, Some(2_000_000))]
    #[case("twenty to thirty thousand", 20_000, Some(30_000))]
    #[case("between 2 and 300", 2, Some(300))]
    fn english_figures(#[case] text: &str, #[case] low: u64, #[case] high: Option<u64>) {
        let (lo, hi, approx, q) = one("en", text);
        assert_eq!((lo, hi, approx, q), (low, high, false, None), "{text}");
    }

    #[rstest]
    #[case("fr", "une dizaine", 8, Some(12))]
    #[case("fr", "une douzaine", 10, Some(14))]
    #[case("fr", "une quinzaine", 13, Some(17))]
    #[case("fr", "une vingtaine", 15, Some(25))]
    #[case("fr", "une centaine", 80, Some(120))]
    #[case("fr", "un millier", 800, Some(1200))]
    #[case("fr", "des centaines", 200, Some(999))]
    #[case("fr", "plusieurs dizaines", 20, Some(99))]
    #[case("fr", "plusieurs milliers", 2000, Some(9999))]
    #[case("fr", "trois douzaines", 30, Some(42))]
    #[case("en", "dozens", 24, Some(99))]
    #[case("en", "hundreds", 200, Some(999))]
    #[case("en", "a dozen", 10, Some(14))]
    #[case("en", "half a million", 500_000, Some(500_000))]
    #[case("fr", "un demi-million", 500_000, Some(500_000))]
    fn approximate_words(
        #[case] lang: &str,
        #[case] text: &str,
        #[case] low: u64,
        #[case] high: Option<u64>,
    ) {
        assert_eq!(one(lang, text), (low, high, true, None), "{text}");
    }

    #[rstest]
    #[case("fr", "au moins 261", 261, None, false, "at_least")]
    #[case("fr", "pas moins de 30", 30, None, false, "at_least")]
    #[case("fr", "261 morts au moins", 261, None, false, "at_least")]
    #[case("fr", "plus de 30", 31, None, false, "more_than")]
    #[case("fr", "dépasse les 400 000", 400_001, None, false, "more_than")]
    #[case("en", "exceeded 500", 501, None, false, "more_than")]
    #[case("fr", "près de 150", 135, Some(150), true, "nearly")]
    #[case("fr", "environ 500", 450, Some(550), true, "about")]
    #[case("fr", "quelque 500", 450, Some(550), true, "about")]
    #[case("fr", "jusqu'à 700", 0, Some(700), false, "up_to")]
    #[case("fr", "moins de 3000", 0, Some(2999), false, "fewer_than")]
    #[case("fr", "plus d'une centaine", 101, None, true, "more_than")]
    #[case("en", "at least 60", 60, None, false, "at_least")]
    #[case("en", "more than 30", 31, None, false, "more_than")]
    #[case("en", "over 150", 151, None, false, "more_than")]
    #[case("en", "nearly 150", 135, Some(150), true, "nearly")]
    #[case("en", "about 500", 450, Some(550), true, "about")]
    #[case("en", "around 500", 450, Some(550), true, "about")]
    #[case("en", "some 500", 450, Some(550), true, "about")]
    #[case("en", "up to 700", 0, Some(700), false, "up_to")]
    #[case("en", "fewer than 20", 0, Some(19), false, "fewer_than")]
    #[case("en", "500 or more", 500, None, false, "at_least")]
    #[case("en", "1,300+ killed", 1300, None, false, "at_least")]
    #[case("fr", "400+ morts", 400, None, false, "at_least")]
    fn qualifiers(
        #[case] lang: &str,
        #[case] text: &str,
        #[case] low: u64,
        #[case] high: Option<u64>,
        #[case] approx: bool,
        #[case] qualifier: &str,
    ) {
        assert_eq!(
            one(lang, text),
            (low, high, approx, Some(qualifier)),
            "{text}"
        );
    }

    #[rstest]
    #[case("fr", "le 4 mai")]
    #[case("fr", "le 25 avril 2015")]
    #[case("fr", "les 23 et le 24 avril")]
    #[case("fr", "du 22 au 30 avril")]
    #[case("fr", "entre le 22 avril et le 23 mai")]
    #[case("fr", "Le 23, les djihadistes")]
    #[case("fr", "en 2011")]
    #[case("fr", "la 1re division")]
    #[case("fr", "le 1er mai")]
    #[case("fr", "l'autoroute M5")]
    #[case("fr", "un vent glacial")]
    #[case("fr", "1,5 point")]
    #[case("fr", "le 22/05/2015")]
    #[case("fr", "50 % des civils")]
    #[case("en", "on 22 May")]
    #[case("en", "in 2015")]
    #[case("en", "the 3rd Division")]
    #[case("en", "2014-2015")]
    #[case("en", "The battle in 2015 killed")]
    #[case("en", "In 2012 rebels took the town")]
    #[case("en", "in March 2015 rebels")]
    #[case("fr", "En 2012 rebelles")]
    #[case("fr", "40 pour cent des victimes")]
    #[case("fr", "40 pour-cent")]
    #[case("en", "40 per cent of the dead")]
    fn not_quantities(#[case] lang: &str, #[case] text: &str) {
        assert_eq!(read(lang, text), [], "{text}");
    }

    /// After a year's introducer, a number before a noun the claims count is a count
    /// when it is more than ten years from the narrative's year; a year with none.
    #[rstest]
    #[case("en", "The fighting resulted in 1500 deaths.", "1500")]
    #[case("en", "The town was attacked by 2000 fighters.", "2000")]
    #[case("en", "a force of 1200 soldiers", "1200")]
    #[case("en", "a force of 1200 Syrian Army troops", "1200")]
    #[case("en", "killed in 1100 air strikes", "1100")]
    #[case("fr", "les combats se soldent en 1500 morts", "1500")]
    #[case("en", "in early 2013 rebels captured the town", "")]
    #[case("en", "the early 2016 government offensive", "")]
    #[case("en", "in 2005 air strikes", "")]
    #[case("en", "in 2026 air strikes", "2026")]
    fn a_number_after_a_year_s_introducer_is_a_count_before_a_counted_noun(
        #[case] lang: &str,
        #[case] text: &str,
        #[case] figure: &str,
    ) {
        let g = grammars();
        let reader = QuantityReader::new(g.lexicon(lang).expect("lexicon"));
        let t = Tokens::new(text);
        let got: Vec<&str> = reader
            .read_tokens_near(&t, 0, Some(2015))
            .iter()
            .map(|q| &text[q.span.start..q.span.end])
            .collect();
        let want: Vec<&str> = [figure].into_iter().filter(|f| !f.is_empty()).collect();
        assert_eq!(got, want, "{text}");
        // With no narrative year, a year.
        assert_eq!(reader.read_tokens(&t, 0), [], "{text}");
    }

    /// After a change's word, an opened range is a change: its figure is the second end.
    #[rstest]
    #[case("fr", "le bilan passe de 40 à 60", "de 40 à 60")]
    #[case("en", "the toll rose from 40 to 60", "from 40 to 60")]
    #[case("en", "revised upwards from 40 to 60", "from 40 to 60")]
    fn a_change_is_its_second_figure(#[case] lang: &str, #[case] text: &str, #[case] figure: &str) {
        assert_eq!(
            read(lang, text),
            [(figure.to_owned(), 60, Some(60), false, None)],
            "{text}"
        );
        // Not a change: a range.
        let range = read(
            lang,
            &text
                .replace("passe ", "")
                .replace("rose ", "")
                .replace("revised upwards ", ""),
        );
        assert_eq!((range[0].1, range[0].2), (40, Some(60)), "{text}");
    }

    #[test]
    fn figures_in_a_sentence_keep_their_place() {
        let got = read(
            "fr",
            "Selon l'OSDH, au moins 32 soldats loyalistes et 40 rebelles sont tués le 10 mai.",
        );
        assert_eq!(
            got,
            [
                ("au moins 32".to_owned(), 32, None, false, Some("at_least")),
                ("40".to_owned(), 40, Some(40), false, None),
            ]
        );
    }

    #[rstest]
    #[case(
        "fr",
        "au plus 100 morts et au moins 20 blessés",
        "au plus 100",
        "au moins 20"
    )]
    #[case("fr", "100 morts et au moins 20 blessés", "100", "au moins 20")]
    #[case(
        "en",
        "at most 100 dead and at least 20 wounded",
        "at most 100",
        "at least 20"
    )]
    fn a_qualifier_before_the_next_figure_is_its_own(
        #[case] lang: &str,
        #[case] text: &str,
        #[case] first: &str,
        #[case] second: &str,
    ) {
        let got = read(lang, text);
        let texts: Vec<&str> = got.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(texts, [first, second], "{text}");
        assert_eq!(got[1].1, 20, "{text}");
        assert_eq!(got[1].2, None, "{text}");
        assert_eq!(got[1].4, Some("at_least"), "{text}");
    }

    /// Only a qualifier written before its figure is one a list after it may share:
    /// "au moins 261 …" leads, "261 morts au moins" does not; shared, it reads the
    /// figure as if written after it, an approximate word by its middle.
    #[test]
    fn a_leading_qualifier_is_kept_for_the_figures_joined_to_it() {
        let g = crate::grammar::lexicon::load(None).expect("built-in grammars");
        let fr = g.lexicon("fr").expect("fr");
        let reader = QuantityReader::new(fr);
        let q = reader.read(
            "au moins 261 soldats et une centaine de rebelles, puis 261 morts au moins",
            0,
        );
        let leading: Vec<Option<Qualifier>> = q.iter().map(|q| q.leading).collect();
        assert_eq!(leading, [Some(Qualifier::AtLeast), None, None]);
        let shared = reader.shared(&q[1], Qualifier::AtLeast).expect("shared");
        assert_eq!(
            (shared.low, shared.high, shared.qualifier),
            (100, None, Some(Qualifier::AtLeast))
        );
        let about = reader
            .shared(&reader.read("40", 0)[0], Qualifier::About)
            .expect("shared");
        assert_eq!((about.low, about.high, about.approx), (36, Some(44), true));
        assert!(reader.shared(&q[2], Qualifier::About).is_none());
    }

    #[test]
    fn a_trailing_qualifier_still_closes_its_figure() {
        assert_eq!(
            read("fr", "261 morts au moins, puis 30 blessés"),
            [
                (
                    "261 morts au moins".to_owned(),
                    261,
                    None,
                    false,
                    Some("at_least")
                ),
                ("30".to_owned(), 30, Some(30), false, None),
            ]
        );
    }

    #[test]
    fn a_figure_too_large_is_skipped_whole() {
        assert_eq!(read("fr", "vingt et un trillions"), []);
        assert_eq!(read("en", "99999999999999999999999 dead"), []);
    }
}
