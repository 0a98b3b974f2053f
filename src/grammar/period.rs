//! Dates and periods inside sentences: `le 25 avril`, `entre le 22 avril et le 23 mai`,
//! `les 23 et le 24 avril`, `du 22 au 30 avril`, `Le 23,` (the month from the text
//! before), `on 22 May`, `between 22 and 30 April`, `May 24`; months and years
//! (`en mars 2015`, `de mars à mai 2015`, `March 2015`, `in 2014`), and their thirds
//! (`fin mars`, `mid-2014`).
//!
//! Input: a sentence's tokens and a [`Calendar`] that carries the year and month of
//! the narrative from one sentence to the next (the article's year when a date has
//! none; December then January is the next year). Output: [`Period`]s with their token
//! range, first and last day.

use rustc_hash::FxHashMap;

use super::lexicon::Lexicon;
use super::token::{fold, key, parts, Kind, Phrase, Tokens};

/// A day: year, month, day.
pub type Day = (i32, u32, u32);

/// A date or period found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// First day.
    pub start: Day,
    /// Last day (the start for one day).
    pub last: Day,
    /// What it is written in: days, months or a year.
    pub unit: Unit,
    /// Whether it is a span, or only its start or its end (`depuis le 1er mai`,
    /// `until 10 May`).
    pub bound: Bound,
}

/// What a period is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// `le 25 avril`, `du 22 au 30 avril`.
    Day,
    /// `en mars 2015`, `de mars à mai`, `fin mars`.
    Month,
    /// `en 2014`, `fin 2014`.
    Year,
}

/// What a period's days are of what it dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bound {
    /// From its first day to its last.
    #[default]
    Span,
    /// From its first day on, to no day written (`depuis le 1er mai`, `since March`).
    Since,
    /// Up to its last day, from no day written (`jusqu'au 10 mai`, `by 8 May`).
    Until,
}

impl Period {
    /// Written to the day (`le 25 avril`), not as months or a year (`en mars`): days
    /// are counted only from such a period (`le lendemain`).
    pub fn to_the_day(&self) -> bool {
        self.unit == Unit::Day
    }

    /// Whether it runs from one day, month or year to another (`du 22 au 30 avril`,
    /// `between March and May`, `from 2014 to 2016`), not one of its unit or a part of
    /// one (`le 25 avril`, `fin mars`, `en 2014`): no report's date.
    pub fn runs_across(&self) -> bool {
        match self.unit {
            Unit::Day => self.start != self.last,
            Unit::Month => (self.start.0, self.start.1) != (self.last.0, self.last.1),
            Unit::Year => self.start.0 != self.last.0,
        }
    }

    /// `YYYY-MM-DD` of the first day.
    pub fn start_iso(&self) -> String {
        iso(self.start)
    }

    /// `YYYY-MM-DD` of the last day.
    pub fn end_iso(&self) -> String {
        iso(self.last)
    }
}

fn iso((y, m, d): Day) -> String {
    // Every date read has a year of four digits: written digit by digit, not formatted.
    let (Ok(year), true, true) = (u32::try_from(y), m < 100, d < 100) else {
        return format!("{y:04}-{m:02}-{d:02}");
    };
    if year > 9999 {
        return format!("{y:04}-{m:02}-{d:02}");
    }
    let digit = |n: u32| char::from_digit(n % 10, 10).unwrap_or('0');
    [
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        '-',
        digit(m / 10),
        digit(m),
        '-',
        digit(d / 10),
        digit(d),
    ]
    .into_iter()
    .collect()
}

/// The narrative's current year and month.
#[derive(Debug, Clone, Copy, Default)]
pub struct Calendar {
    /// The year dates without one are in.
    pub year: Option<i32>,
    /// The month of the last date read.
    pub month: Option<u32>,
    /// The last day of the last period read, which days counted from it (`le
    /// lendemain`, `two days later`) start from.
    pub last: Option<Day>,
}

impl Calendar {
    /// The year of a date written without one, and the calendar moved to it.
    fn year_for(&mut self, month: u32) -> Option<i32> {
        let year = self.year?;
        let year = match self.month {
            // December, then January: the narrative has moved to the next year.
            // Not "le 20 novembre …, comme lors de l'attaque du 2 mars": a flashback.
            Some(cur) if month < cur && cur - month > 8 => year.checked_add(1)?,
            _ => year,
        };
        self.year = Some(year);
        self.month = Some(month);
        Some(year)
    }

    fn saw(&mut self, year: i32, month: u32) {
        self.year = Some(year);
        self.month = Some(month);
    }
}

/// The words of periods, folded.
pub(crate) struct PeriodWords {
    months: FxHashMap<u64, (String, u32, bool)>,
    /// Words before a month or a year (`en`, `in`, `au mois de`).
    month_before: Vec<Phrase>,
    /// Words of a third of a month or a year, and which (`début` 1, `mid` 2, `fin` 3).
    thirds: Vec<(Phrase, u32)>,
    /// Words before the first day of an open period (`depuis le`, `since`), then
    /// before the last day of one (`jusqu'au`, `until`).
    since: Vec<Phrase>,
    until: Vec<Phrase>,
    day_before: Vec<Phrase>,
    between: Vec<(Phrase, Phrase)>,
    /// Words that may follow the second year of a range (`between 2014 and 2016 in
    /// Raqqa`): a month's or a place's, no count's noun.
    after_years: Vec<Phrase>,
    and: Vec<Phrase>,
    ordinal_suffixes: Vec<String>,
    /// Phrases of a day counted from the last date read, with their days.
    relative_days: Vec<(Phrase, i64)>,
    /// Phrases after a number of days forward (`days later`), then back.
    days_later: Vec<Phrase>,
    days_earlier: Vec<Phrase>,
    /// How many tokens past its first a period's day may stand, at most: an opening
    /// word and a word before the day, each with hyphens between its parts, then a
    /// month before the day (`entre le May 22`).
    reach: usize,
}

impl PeriodWords {
    pub(crate) fn new(lexicon: &Lexicon) -> Self {
        // Each spelling with its month, and whether it is an abbreviation of the
        // first (`sept.`, `Jan`: no period without a year, `sept` is also seven).
        // Keyed by the token's [`key`], asked at every token: no string is hashed.
        let mut months: FxHashMap<u64, (String, u32, bool)> = FxHashMap::default();
        for (i, names) in lexicon.months.names.iter().enumerate() {
            let m = u32::try_from(i + 1).unwrap_or(0);
            let full = names.first().map(|n| fold(n)).unwrap_or_default();
            for n in names {
                let name = fold(n.trim_end_matches('.'));
                let short = name != full && full.starts_with(name.as_str());
                let entry = months.entry(key(&name)).or_insert((name, m, short));
                entry.2 &= short;
            }
        }
        let p = &lexicon.claims.periods;
        // The words of open periods stand before a day as `le` does.
        let day_before: Vec<Phrase> = p
            .day_before
            .iter()
            .chain(&p.since)
            .chain(&p.until)
            .map(|w| Phrase::new(parts(w)))
            .filter(|p| !p.parts.is_empty())
            .collect();
        let (since, until) = (phrases(&p.since), phrases(&p.until));
        let between: Vec<(Phrase, Phrase)> = p
            .between
            .iter()
            .map(|[a, b]| (Phrase::new(parts(a)), Phrase::new(parts(b))))
            .collect();
        // A phrase of n parts spans 2n - 1 tokens at most (a hyphen before each part).
        let month_before = phrases(&p.month_before);
        let thirds: Vec<(Phrase, u32)> = p
            .thirds
            .iter()
            .map(|(w, &n)| (Phrase::new(parts(w)), n))
            .filter(|(phrase, n)| !phrase.parts.is_empty() && (1..=3).contains(n))
            .collect();
        // Days: the opening word, the word before the day. Months (a month name is
        // looked for as a day is): the opening word, the word of a third and its hyphen.
        let opening = widest(between.iter().map(|(open, _)| open));
        let reach = (opening + widest(&day_before) + 1).max(
            opening
                .max(widest(&month_before))
                .max(widest(&since))
                .max(widest(&until))
                + widest(thirds.iter().map(|(t, _)| t))
                + 2,
        );
        let after_years = phrases(
            &[
                &p.month_before[..],
                &lexicon.claims.markers.place_before[..],
            ]
            .concat(),
        );
        Self {
            months,
            after_years,
            month_before,
            thirds,
            since,
            until,
            day_before,
            between,
            and: p
                .and
                .iter()
                .map(|w| Phrase::new(parts_or_mark(w)))
                .collect(),
            ordinal_suffixes: lexicon
                .layout
                .ordinal_suffixes
                .iter()
                .map(|s| fold(s))
                .collect(),
            relative_days: p
                .relative_days
                .iter()
                .map(|(w, &n)| (Phrase::new(parts(w)), n))
                .filter(|(phrase, _)| !phrase.parts.is_empty())
                .collect(),
            days_later: phrases(&p.days_later),
            days_earlier: phrases(&p.days_earlier),
            reach,
        }
    }
}

/// The most tokens a phrase of `list` spans: a hyphen may stand before each part.
fn widest<'p>(list: impl IntoIterator<Item = &'p Phrase>) -> usize {
    list.into_iter()
        .map(|p| (2 * p.parts.len()).saturating_sub(1))
        .max()
        .unwrap_or(0)
}

fn phrases(words: &[String]) -> Vec<Phrase> {
    words
        .iter()
        .map(|w| Phrase::new(parts(w)))
        .filter(|p| !p.parts.is_empty())
        .collect()
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
pub(crate) fn day_number((y, m, d): Day) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day of a day number (`civil_from_days`); `None` past the years a date can have.
pub(crate) fn from_day_number(z: i64) -> Option<Day> {
    let z = z.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some((
        i32::try_from(y).ok()?,
        u32::try_from(m).ok()?,
        u32::try_from(d).ok()?,
    ))
}

/// `day` moved by `days` (negative: back).
pub fn shift(day: Day, days: i64) -> Option<Day> {
    from_day_number(day_number(day).checked_add(days)?)
}

/// Adds to a sentence's `found` periods (in token order) the days it counts from the
/// last date read: `le lendemain`, `la veille`, `deux jours plus tard`, `two days
/// later` — from the last period before them in the sentence, else from the last
/// one of the sentences before. `count_before(i)` is the number of days written just
/// before token `i` and the token it starts at (`deux`, `2`). A count of a year or
/// more is no narrative step, and is left alone. Moves the calendar to the last day.
pub(crate) fn relative_periods(
    t: &Tokens<'_>,
    words: &PeriodWords,
    cal: &mut Calendar,
    found: &mut Vec<Period>,
    count_before: impl Fn(usize) -> Option<(u64, usize)>,
) {
    let has_words = !words.relative_days.is_empty()
        || !words.days_later.is_empty()
        || !words.days_earlier.is_empty();
    let mut i = 0;
    while has_words && i < t.len() {
        let counted = |list: &[Phrase], sign: i64| {
            list.iter().find_map(|p| {
                let end = t.phrase_of_at(i, p)?;
                let (n, first) = count_before(i)?;
                let n = i64::try_from(n).ok().filter(|&n| n < 366)?;
                Some((first, end, sign * n))
            })
        };
        let hit = words
            .relative_days
            .iter()
            .find_map(|(p, n)| Some((i, t.phrase_of_at(i, p)?, *n)))
            .or_else(|| counted(&words.days_later, 1))
            .or_else(|| counted(&words.days_earlier, -1));
        let Some((first, end, days)) = hit else {
            i += 1;
            continue;
        };
        // Not inside a period already read.
        if found.iter().any(|p| p.first < end && first < p.end) {
            i = end.max(i + 1);
            continue;
        }
        let at = found.partition_point(|p| p.first < first);
        // Not from a month or a year (`en mars … le lendemain`): from no day.
        let from = match at.checked_sub(1).and_then(|k| found.get(k)) {
            Some(p) => p.to_the_day().then_some(p.last),
            None => cal.last,
        };
        if let Some(day) = from.and_then(|d| shift(d, days)) {
            found.insert(
                at,
                Period {
                    first,
                    end,
                    start: day,
                    last: day,
                    unit: Unit::Day,
                    bound: Bound::Span,
                },
            );
        }
        i = end.max(i + 1);
    }
    // The last day read is the one to count from; a month or a year that opens the
    // sentence leaves none ("En mars 2016, … Le lendemain"), one inside it changes
    // nothing ("… habitants en 2011. Le lendemain").
    if let Some(p) = found.iter().rev().find(|p| p.to_the_day()) {
        cal.last = Some(p.last);
        cal.saw(p.last.0, p.last.1);
    } else if found.iter().any(moves_the_narrative) {
        cal.last = None;
    }
}

fn parts_or_mark(w: &str) -> Vec<String> {
    let p = parts(w);
    if p.is_empty() {
        vec![fold(w.trim())]
    } else {
        p
    }
}

struct Reader<'a, 'w> {
    t: &'a Tokens<'a>,
    w: &'w PeriodWords,
}

impl Reader<'_, '_> {
    fn month(&self, i: usize) -> Option<u32> {
        if self.t.kind(i) != Some(Kind::Word) {
            return None;
        }
        self.month_and_short(i).map(|(m, _)| m)
    }

    /// [`Reader::month`], and whether it is written abbreviated.
    fn month_and_short(&self, i: usize) -> Option<(u32, bool)> {
        if self.t.kind(i) != Some(Kind::Word) {
            return None;
        }
        // A word token holds no '.': `janv.` is the word and a mark.
        let (name, m, short) = self.w.months.get(&self.t.key_at(i)?)?;
        (name == self.t.folded(i)).then_some((*m, *short))
    }

    /// The bound words at `i` make (`depuis`, `until`), and the token after them.
    fn bound_at(&self, i: usize) -> (Bound, usize) {
        let after = |list: &[Phrase]| list.iter().find_map(|p| self.t.phrase_of_at(i, p));
        match (after(&self.w.since), after(&self.w.until)) {
            (Some(k), _) => (Bound::Since, k),
            (None, Some(k)) => (Bound::Until, k),
            (None, None) => (Bound::Span, i),
        }
    }

    /// The token after a hyphen at `i`, else `i` (`mi-mars`).
    fn past_hyphen(&self, i: usize) -> usize {
        i + usize::from(self.t.tok_text(i) == "-")
    }

    /// A third's word at `i` (`fin`, `mid-`): which third, and the token after it.
    fn third(&self, i: usize) -> Option<(u32, usize)> {
        self.w
            .thirds
            .iter()
            .find_map(|(p, n)| Some((*n, self.past_hyphen(self.t.phrase_of_at(i, p)?))))
    }

    /// `[third] M [Y]` at `i`: the month, its third, its year, the next token.
    /// An abbreviated month needs its year (`sept. 2015`; not `en sept groupes`).
    fn month_at(&self, i: usize) -> Option<(u32, Option<u32>, Option<i32>, usize)> {
        let (third, k) = self.third(i).map_or((None, i), |(n, k)| (Some(n), k));
        let (m, short) = self.month_and_short(k)?;
        let y = self.year(k + 1);
        if short && y.is_none() {
            return None;
        }
        Some((m, third, y, k + 1 + usize::from(y.is_some())))
    }

    /// A day of the month: `25`, `1er`, `3rd`.
    fn day(&self, i: usize) -> Option<u32> {
        let text = self.t.tok_text(i);
        // Asked at every token: nothing is allocated unless it starts with digits.
        let n = text.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 2 {
            return None;
        }
        let (digits, rest) = (text.get(..n)?, text.get(n..)?);
        if !rest.is_empty() && !self.w.ordinal_suffixes.contains(&fold(rest)) {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }

    fn year(&self, i: usize) -> Option<i32> {
        let text = self.t.tok_text(i);
        (self.t.kind(i) == Some(Kind::Digits) && text.len() == 4)
            .then(|| text.parse().ok())
            .flatten()
            .filter(|y| (1000..=2200).contains(y))
    }

    fn skip(&self, i: usize, phrases: &[Phrase]) -> usize {
        phrases
            .iter()
            .find_map(|p| self.t.phrase_of_at(i, p))
            .unwrap_or(i)
    }

    /// `D [M [Y]]` or `M D[, Y]` at `i`: day, month, year, next token.
    fn date_at(&self, i: usize) -> Option<(u32, Option<u32>, Option<i32>, usize)> {
        if let Some(d) = self.day(i) {
            if let Some(m) = self.month(i + 1) {
                let y = self.year(i + 2);
                return Some((d, Some(m), y, i + 2 + usize::from(y.is_some())));
            }
            return Some((d, None, None, i + 1));
        }
        if let (Some(m), Some(d)) = (self.month(i), self.day(i + 1)) {
            let mut k = i + 2;
            if self.t.tok_text(k) == "," {
                k += 1;
            }
            let y = self.year(k);
            let end = if y.is_some() { k + 1 } else { i + 2 };
            return Some((d, Some(m), y, end));
        }
        None
    }
}

/// Finds the dates and periods of one sentence, moving the calendar along.
pub(crate) fn periods(t: &Tokens<'_>, words: &PeriodWords, cal: &mut Calendar) -> Vec<Period> {
    let r = Reader { t, w: words };
    let mut out = Vec::new();
    // Every period has a day or a year in digits (`25`, `1er`, `2014`) or a month
    // name, at most `reach` tokens after its first: where the next such token is
    // farther, no period starts.
    let digits_at = |k: usize| {
        t.tok_text(k)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
            || r.month(k).is_some()
    };
    let mut next_day = None;
    let mut i = 0;
    while i < t.len() {
        if next_day.is_none_or(|d| d < i) {
            next_day = (i..t.len()).find(|&k| digits_at(k));
        }
        let Some(day) = next_day else { break };
        if day > i + words.reach {
            i = day - words.reach;
            continue;
        }
        let before = *cal;
        match read_at(&r, i, cal) {
            // "depuis le 3 mai jusqu'au 7 mai", "from 1 May until 10 May": one span.
            Some(p)
                if p.bound == Bound::Until
                    && out.last().is_some_and(|q: &Period| {
                        q.end == p.first && q.bound != Bound::Until && q.start <= p.last
                    }) =>
            {
                i = p.end.max(i + 1);
                if let Some(q) = out.last_mut() {
                    *q = Period {
                        end: p.end,
                        last: p.last,
                        bound: Bound::Span,
                        unit: if q.unit == p.unit {
                            p.unit
                        } else {
                            Unit::Month
                        },
                        ..*q
                    };
                }
            }
            Some(p) => {
                // A month or a year inside a sentence is most often background ("la
                // brigade créée en mars 2011"): only one that opens its sentence ("En
                // mars 2016, …") moves the narrative there.
                if !moves_the_narrative(&p) {
                    *cal = before;
                }
                i = p.end.max(i + 1);
                out.push(p);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether a period opens its sentence (`En mars 2016, …`, `Mais en 2014, …`).
fn opens_sentence(p: &Period) -> bool {
    p.first <= 2
}

/// Whether a period moves the narrative to it, and so dates what follows it: a day, or
/// months that open their sentence (`En mars 2016, …`); not months inside a sentence
/// (`la brigade créée en mars 2011`), nor a year alone, most often background.
pub(crate) fn moves_the_narrative(p: &Period) -> bool {
    match p.unit {
        Unit::Day => true,
        Unit::Month => opens_sentence(p),
        Unit::Year => false,
    }
}

fn resolve(cal: &mut Calendar, d: u32, m: u32, y: Option<i32>) -> Option<Day> {
    let year = match y {
        Some(y) => {
            cal.saw(y, m);
            y
        }
        None => cal.year_for(m)?,
    };
    // No 31 February.
    let (_, (_, _, days)) = month_days(year, m, None)?;
    (d <= days).then_some((year, m, d))
}

fn read_at(r: &Reader<'_, '_>, i: usize, cal: &mut Calendar) -> Option<Period> {
    read_days(r, i, cal).or_else(|| read_months(r, i, cal))
}

/// The days of month `m` of `year`, or of its `third` (1–10, 11–20, 21 to the end).
fn month_days(year: i32, m: u32, third: Option<u32>) -> Option<(Day, Day)> {
    let first = (year, m, 1);
    let end = shift(
        if m == 12 {
            (year.checked_add(1)?, 1, 1)
        } else {
            (year, m + 1, 1)
        },
        -1,
    )?;
    Some(match third {
        Some(1) => (first, (year, m, 10)),
        Some(2) => ((year, m, 11), (year, m, 20)),
        Some(3) => ((year, m, 21), end),
        _ => (first, end),
    })
}

/// A period of months or of a year: `entre mars et mai 2015`, `from March to May
/// 2015`, `en mars 2015`, `in March` (the narrative's year), `mars-avril 2015`,
/// `March 2015`, `fin mars`, `mid-March 2015`, `en 2014`, `fin 2014` (its last four
/// months). A month name with neither a word before it nor a year is no period
/// (`may`, `mars`).
fn read_months(r: &Reader<'_, '_>, i: usize, cal: &mut Calendar) -> Option<Period> {
    let months = |cal: &mut Calendar,
                  (end, bound): (usize, Bound),
                  (m1, t1, y1): (u32, Option<u32>, Option<i32>),
                  (m2, t2, y2): (u32, Option<u32>, Option<i32>)| {
        let y1 = match (y1, y2) {
            (Some(y), _) => {
                cal.saw(y, m1);
                y
            }
            // "de novembre à janvier 2016": November of the year before.
            (None, Some(y)) if m2 < m1 => y.checked_sub(1)?,
            (None, Some(y)) => y,
            (None, None) => cal.year_for(m1)?,
        };
        let y2 = match y2 {
            Some(y) => y,
            // "de novembre à janvier 2016": January of the year after November's.
            None if m2 < m1 => y1.checked_add(1)?,
            None => y1,
        };
        cal.saw(y2, m2);
        let (start, _) = month_days(y1, m1, t1)?;
        let (_, last) = month_days(y2, m2, t2)?;
        (start <= last).then_some(Period {
            first: i,
            end,
            start,
            last,
            unit: Unit::Month,
            bound,
        })
    };
    // "entre mars et mai 2015", "de mars à mai", "from March to May 2015".
    for (open, close) in &r.w.between {
        let Some(k) = r.t.phrase_of_at(i, open) else {
            continue;
        };
        let Some((m1, t1, y1, k)) = r.month_at(k) else {
            continue;
        };
        let Some(k) = r.t.phrase_of_at(k, close) else {
            continue;
        };
        let Some((m2, t2, y2, end)) = r.month_at(k) else {
            continue;
        };
        return months(cal, (end, Bound::Span), (m1, t1, y1), (m2, t2, y2));
    }
    // "depuis mars 2015", "until 2014": an open period.
    let (bound, after_bound) = r.bound_at(i);
    let introduced = if bound == Bound::Span {
        r.w.month_before.iter().find_map(|p| r.t.phrase_of_at(i, p))
    } else {
        Some(after_bound)
    };
    let k = introduced.unwrap_or(i);
    // "en 2014", "fin 2014", "mid-2014": a year, whole or a third of it (four months).
    let (third, at_year) = r.third(k).map_or((None, k), |(n, j)| (Some(n), j));
    // Not "resulted in 1500 deaths": a year within the narrative's reach.
    let near = |y: i32| {
        cal.year
            .is_none_or(|n| (n.saturating_sub(150)..=n.saturating_add(10)).contains(&y))
    };
    // "between 2014 and 2016", "de 2014 à 2016": whole years, the second ending its
    // phrase or followed by a month's or a place's word ("between 2014 and 2016 in
    // Raqqa"; not "between 2000 and 2500 fighters").
    for (open, close) in &r.w.between {
        let Some(k) = r.t.phrase_of_at(i, open) else {
            continue;
        };
        let Some(y1) = r.year(k).filter(|&y| near(y)) else {
            continue;
        };
        let Some(k) = r.t.phrase_of_at(k + 1, close) else {
            continue;
        };
        let Some(y2) = r.year(k).filter(|&y| near(y) && y >= y1) else {
            continue;
        };
        if r.t.kind(k + 1) == Some(Kind::Word)
            && !r
                .w
                .after_years
                .iter()
                .any(|p| r.t.phrase_of_at(k + 1, p).is_some())
        {
            continue;
        }
        return Some(Period {
            first: i,
            end: k + 1,
            start: (y1, 1, 1),
            last: (y2, 12, 31),
            unit: Unit::Year,
            bound: Bound::Span,
        });
    }
    // Not "Since 2000 soldiers arrived", "Jusqu'à 2000 personnes": after `since` or
    // `until`, a year ends its phrase.
    let ends_phrase = bound == Bound::Span || r.t.kind(at_year + 1) != Some(Kind::Word);
    if let Some(y) = r.year(at_year).filter(|&y| near(y) && ends_phrase) {
        if (introduced.is_some() || third.is_some()) && r.month(at_year + 1).is_none() {
            // The narrative's calendar stays: a year alone is most often background
            // ("En 2011, la ville comptait 50 000 habitants" in a 2015 battle).
            let (start, last) = match third {
                Some(n) => ((y, 4 * n - 3, 1), month_days(y, 4 * n, None)?.1),
                None => ((y, 1, 1), (y, 12, 31)),
            };
            // "in 2019 and 2020", "en 2014-2016": a second year after `and`, before a
            // mark or the end ("in 2019 and 2020 fighters" are a count), ends the period.
            let second = third
                .is_none()
                .then(|| {
                    r.w.and
                        .iter()
                        .find_map(|a| r.t.phrase_of_at(at_year + 1, a))
                })
                .flatten()
                .and_then(|k| Some((k, r.year(k).filter(|&y2| near(y2) && y2 > y)?)))
                .filter(|&(k, _)| r.t.kind(k + 1) != Some(Kind::Word))
                // Two years joined by a word are a span when they follow each other
                // ("in 1948 and 1967" are two years, not the twenty between).
                .filter(|&(_, y2)| r.t.kind(at_year + 1) != Some(Kind::Word) || y2 == y + 1);
            if let Some((k, y2)) = second {
                return Some(Period {
                    first: i,
                    end: k + 1,
                    start,
                    last: (y2, 12, 31),
                    unit: Unit::Year,
                    bound,
                });
            }
            return Some(Period {
                first: i,
                end: at_year + 1,
                start,
                last,
                unit: Unit::Year,
                bound,
            });
        }
    }
    let (m1, t1, y1, mut end) = r.month_at(k)?;
    let mut second = None;
    // "mars-avril 2015", "March and April 2015".
    if y1.is_none() {
        if let Some(j) = r.w.and.iter().find_map(|a| r.t.phrase_of_at(end, a)) {
            if let Some((m2, t2, y2, e)) = r.month_at(j) {
                second = Some((m2, t2, y2));
                end = e;
            }
        }
    }
    let written_year = y1.or(second.and_then(|(_, _, y)| y));
    if introduced.is_none() && t1.is_none() && written_year.is_none() {
        return None;
    }
    let first = (m1, t1, y1);
    months(cal, (end, bound), first, second.unwrap_or(first))
}

fn read_days(r: &Reader<'_, '_>, i: usize, cal: &mut Calendar) -> Option<Period> {
    // "entre le 22 avril et le 23 mai", "du 22 au 30 avril", "between 22 and 30 April".
    for (open, close) in &r.w.between {
        let Some(k) = r.t.phrase_of_at(i, open) else {
            continue;
        };
        let k = r.skip(k, &r.w.day_before);
        let Some((d1, m1, y1, k)) = r.date_at(k) else {
            continue;
        };
        let Some(k) = r.t.phrase_of_at(k, close) else {
            continue;
        };
        let k = r.skip(k, &r.w.day_before);
        let Some((d2, m2, y2, end)) = r.date_at(k) else {
            continue;
        };
        let Some(m2) = m2.or(m1) else { continue };
        let (m1, y1) = match m1 {
            Some(m) => (m, y1.or(y2)),
            // "du 30 au 2 mai": from 30 April.
            None if d1 > d2 && m2 == 1 => (12, y2.and_then(|y| y.checked_sub(1))),
            None if d1 > d2 => (m2 - 1, y2),
            None => (m2, y1.or(y2)),
        };
        let start = resolve(cal, d1, m1, y1)?;
        // "entre le 22 décembre et le 3 janvier": January of the next year.
        let next_year = if m2 < m1 {
            start.0.checked_add(1)?
        } else {
            start.0
        };
        let last = resolve(cal, d2, m2, y2.or(Some(next_year)))?;
        return Some(Period {
            first: i,
            end,
            start,
            last,
            unit: Unit::Day,
            bound: Bound::Span,
        });
    }
    // "les 23 et le 24 avril", "le 22 ou le 23 mai": a day, a joiner, a dated day.
    let k = r.skip(i, &r.w.day_before);
    let (d1, m1, y1, after) = r.date_at(k)?;
    if m1.is_none() {
        if let Some(j) = r.w.and.iter().find_map(|a| r.t.phrase_of_at(after, a)) {
            let j = r.skip(j, &r.w.day_before);
            if let Some((d2, Some(m2), y2, end)) = r.date_at(j) {
                let start = resolve(cal, d1, m2, y2)?;
                let last = resolve(cal, d2, m2, y2.or(Some(start.0)))?;
                return Some(Period {
                    first: i,
                    end,
                    start,
                    last,
                    unit: Unit::Day,
                    bound: Bound::Span,
                });
            }
        }
        // "Le 23, …": a day alone after its determiner, in the month of the narrative.
        if k > i && matches!(r.t.tok_text(after), "," | "") {
            let m = cal.month?;
            let day = resolve(cal, d1, m, None)?;
            return Some(Period {
                first: i,
                end: after,
                start: day,
                last: day,
                unit: Unit::Day,
                bound: r.bound_at(i).0,
            });
        }
        return None;
    }
    let m1 = m1?;
    let day = resolve(cal, d1, m1, y1)?;
    // "22 April – 22 May 2015".
    if let Some(j) = r.w.and.iter().find_map(|a| r.t.phrase_of_at(after, a)) {
        if let Some((d2, Some(m2), y2, end)) = r.date_at(r.skip(j, &r.w.day_before)) {
            let last = resolve(cal, d2, m2, y2.or(Some(day.0)))?;
            if last >= day {
                return Some(Period {
                    first: i,
                    end,
                    start: day,
                    last,
                    unit: Unit::Day,
                    bound: Bound::Span,
                });
            }
        }
    }
    Some(Period {
        first: i,
        end: after,
        start: day,
        last: day,
        unit: Unit::Day,
        // "depuis le 1er mai", "until 10 May": one end of an open period.
        bound: r.bound_at(i).0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::lexicon::load;

    #[test]
    fn days_are_counted_across_months_years_and_leap_days() {
        assert_eq!(shift((2016, 5, 8), 1), Some((2016, 5, 9)));
        assert_eq!(shift((2016, 5, 31), 1), Some((2016, 6, 1)));
        assert_eq!(shift((2015, 12, 31), 2), Some((2016, 1, 2)));
        assert_eq!(shift((2016, 2, 28), 1), Some((2016, 2, 29)));
        assert_eq!(shift((2015, 2, 28), 1), Some((2015, 3, 1)));
        assert_eq!(shift((2000, 3, 1), -1), Some((2000, 2, 29)));
        assert_eq!(shift((1900, 3, 1), -1), Some((1900, 2, 28)));
        assert_eq!(shift((2016, 1, 1), -3), Some((2015, 12, 29)));
        assert_eq!(day_number((1970, 1, 1)), 0);
        assert_eq!(shift((2016, 5, 8), i64::MAX), None);
        for z in [-800_000, -1, 0, 1, 16_930, 2_932_896] {
            assert_eq!(from_day_number(z).map(day_number), Some(z), "{z}");
        }
    }

    #[test]
    fn iso_days_are_formatted_as_format_does() {
        for day in [
            (2015, 4, 25),
            (0, 1, 1),
            (999, 12, 31),
            (9999, 9, 9),
            (10000, 1, 1),
            (-5, 3, 4),
            (2015, 100, 7),
        ] {
            let (y, m, d) = day;
            assert_eq!(iso(day), format!("{y:04}-{m:02}-{d:02}"), "{day:?}");
        }
    }
    use rstest::rstest;

    fn read(lang: &str, text: &str, year: i32, month: Option<u32>) -> Vec<(String, String)> {
        let g = load(None).expect("built-in grammars load");
        let lex = g.lexicon(lang).expect("lexicon");
        let words = PeriodWords::new(lex);
        let t = Tokens::new(text);
        let mut cal = Calendar {
            year: Some(year),
            month,
            last: None,
        };
        periods(&t, &words, &mut cal)
            .iter()
            .map(|p| (p.start_iso(), p.end_iso()))
            .collect()
    }

    #[rstest]
    #[case(
        "fr",
        "Jisr al-Choghour est prise le 25 avril en milieu de journée",
        "2015-04-25",
        "2015-04-25"
    )]
    #[case(
        "fr",
        "tués entre le 22 avril et le 23 mai",
        "2015-04-22",
        "2015-05-23"
    )]
    #[case(
        "fr",
        "92 morts entre le 22 et le 30 avril",
        "2015-04-22",
        "2015-04-30"
    )]
    #[case(
        "fr",
        "13 Tchétchènes, les 23 et le 24 avril",
        "2015-04-23",
        "2015-04-24"
    )]
    #[case("fr", "du 22 au 30 avril", "2015-04-22", "2015-04-30")]
    #[case("fr", "Le 1er mai, les rebelles", "2015-05-01", "2015-05-01")]
    #[case("fr", "le 4 mai 2017", "2017-05-04", "2017-05-04")]
    #[case("en", "on 22 May the hospital fell", "2015-05-22", "2015-05-22")]
    #[case("en", "between 22 and 30 April", "2015-04-22", "2015-04-30")]
    #[case("fr", "du 30 au 2 mai", "2015-04-30", "2015-05-02")]
    #[case("fr", "le 31 février 2015", "2015-02-01", "2015-02-28")]
    #[case("fr", "du 30 au 2 janvier 2016", "2015-12-30", "2016-01-02")]
    #[case(
        "fr",
        "entre le 22 décembre et le 3 janvier",
        "2015-12-22",
        "2016-01-03"
    )]
    #[case("en", "22 April – 22 May 2015", "2015-04-22", "2015-05-22")]
    #[case("en", "May 24, 2015", "2015-05-24", "2015-05-24")]
    #[case("fr", "En mars 2015, 40 soldats", "2015-03-01", "2015-03-31")]
    #[case("fr", "tués en avril", "2015-04-01", "2015-04-30")]
    #[case("fr", "entre mars et mai 2016", "2016-03-01", "2016-05-31")]
    #[case("fr", "d'avril à juin", "2015-04-01", "2015-06-30")]
    #[case("fr", "de novembre à janvier", "2015-11-01", "2016-01-31")]
    #[case("fr", "fin mai 2015", "2015-05-21", "2015-05-31")]
    #[case("fr", "à la mi-juin", "2015-06-11", "2015-06-20")]
    #[case("fr", "début février 2016", "2016-02-01", "2016-02-10")]
    #[case("fr", "au mois de février 2016", "2016-02-01", "2016-02-29")]
    #[case("fr", "En 2014, les rebelles", "2014-01-01", "2014-12-31")]
    #[case("fr", "fin 2014", "2014-09-01", "2014-12-31")]
    #[case("en", "in March 2015", "2015-03-01", "2015-03-31")]
    #[case("en", "from March to May 2015", "2015-03-01", "2015-05-31")]
    #[case("en", "March–April 2016", "2016-03-01", "2016-04-30")]
    #[case("en", "the March 2015 offensive", "2015-03-01", "2015-03-31")]
    #[case("en", "in mid-March", "2015-03-11", "2015-03-20")]
    #[case("en", "the army said in May that", "2015-05-01", "2015-05-31")]
    #[case("en", "at the end of February 2016", "2016-02-21", "2016-02-29")]
    #[case("en", "in early 2014", "2014-01-01", "2014-04-30")]
    #[case("en", "during 2013", "2013-01-01", "2013-12-31")]
    #[case("en", "executions between 2014 and 2016.", "2014-01-01", "2016-12-31")]
    #[case("en", "From 2011 to 2016, 500 people", "2011-01-01", "2016-12-31")]
    #[case("fr", "De 2011 à 2016, 500 personnes", "2011-01-01", "2016-12-31")]
    #[case("fr", "tués entre 2012 et 2013", "2012-01-01", "2013-12-31")]
    #[case(
        "en",
        "Between 2014 and 2016 in Raqqa, the SOHR",
        "2014-01-01",
        "2016-12-31"
    )]
    #[case("fr", "De 2012 à 2014 dans la province", "2012-01-01", "2014-12-31")]
    fn reads_one_period(
        #[case] lang: &str,
        #[case] text: &str,
        #[case] start: &str,
        #[case] end: &str,
    ) {
        assert_eq!(
            read(lang, text, 2015, None),
            [(start.to_owned(), end.to_owned())],
            "{text}"
        );
    }

    /// Two years that end no count's phrase are a period; two counts are none.
    #[test]
    fn two_years_are_a_period_but_two_counts_are_not() {
        assert_eq!(read("en", "between 2000 and 2500 fighters", 2015, None), []);
        assert_eq!(read("fr", "entre 2000 et 2500 combattants", 2015, None), []);
        // The second year must not come before the first.
        assert_eq!(read("en", "between 2016 and 2014.", 2015, None), []);
    }

    #[test]
    fn a_day_alone_takes_the_narrative_month() {
        assert_eq!(
            read(
                "fr",
                "Le 23, les djihadistes atteignent la ville",
                2015,
                Some(4)
            ),
            [("2015-04-23".to_owned(), "2015-04-23".to_owned())]
        );
        assert_eq!(
            read(
                "fr",
                "Le 23, les djihadistes atteignent la ville",
                2015,
                None
            ),
            []
        );
    }

    #[test]
    fn december_then_january_is_the_next_year() {
        let g = load(None).expect("built-in grammars load");
        let words = PeriodWords::new(g.lexicon("fr").expect("fr"));
        let mut cal = Calendar::default();
        let first = Tokens::new("Elle est lancée le 19 décembre 2019 par l' armée syrienne");
        assert_eq!(
            periods(&first, &words, &mut cal)[0].start_iso(),
            "2019-12-19"
        );
        let next = Tokens::new(
            "la ville de Maarat al-Nouman le 29 janvier , puis de Saraqeb le 8 février",
        );
        let got: Vec<String> = periods(&next, &words, &mut cal)
            .iter()
            .map(Period::start_iso)
            .collect();
        assert_eq!(got, ["2020-01-29", "2020-02-08"]);
    }

    /// A month name alone is no period: a verb, a planet, a name.
    #[rstest]
    #[case("en", "the rebels may attack the town")]
    #[case("fr", "une mission vers mars")]
    #[case("fr", "la place du 8-Mai")]
    #[case("en", "on 30 February")]
    fn a_month_word_without_a_year_or_an_introducer_is_no_period(
        #[case] lang: &str,
        #[case] text: &str,
    ) {
        assert_eq!(read(lang, text, 2015, None), [], "{text}");
    }

    /// A year alone dates what it is written with, not the days after it: "50 000
    /// habitants en 2011" in the story of a 2015 battle leaves it in 2015. A month of a
    /// year moves the narrative there, as a day of it does, and days are not counted
    /// from a month (`en mars … le lendemain`).
    #[test]
    fn a_year_alone_leaves_the_narrative_where_it_was() {
        let g = load(None).expect("built-in grammars load");
        let words = PeriodWords::new(g.lexicon("fr").expect("fr"));
        let mut cal = Calendar {
            year: Some(2015),
            month: Some(4),
            last: None,
        };
        let mut read = |text: &str| -> Vec<String> {
            let t = Tokens::new(text);
            let mut found = periods(&t, &words, &mut cal);
            relative_periods(&t, &words, &mut cal, &mut found, |_| None);
            found
                .iter()
                .map(|p| format!("{}..{}", p.start_iso(), p.end_iso()))
                .collect()
        };
        assert_eq!(
            read("la population était de 50 000 habitants en 2011"),
            ["2011-01-01..2011-12-31"]
        );
        assert_eq!(read("Le 9 avril, les rebelles"), ["2015-04-09..2015-04-09"]);
        assert_eq!(
            read("En mars 2016, les rebelles"),
            ["2016-03-01..2016-03-31"]
        );
        assert_eq!(
            read("Le lendemain, ils reprennent la ville"),
            Vec::<String>::new()
        );
        assert_eq!(
            read("Le 23, ils reprennent la ville"),
            ["2016-03-23..2016-03-23"]
        );
        assert_eq!(
            read("Le lendemain, ils reprennent la ville"),
            ["2016-03-24..2016-03-24"]
        );
    }

    #[test]
    fn numbers_that_are_no_dates_are_left_alone() {
        assert_eq!(
            read(
                "fr",
                "au moins 261 militaires et 23 prisonniers",
                2015,
                Some(4)
            ),
            []
        );
    }
}
