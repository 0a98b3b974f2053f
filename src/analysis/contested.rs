//! Contested figures: the claims of an article that speak of the same quantity and
//! disagree, compared with interval semantics.
//!
//! Input: an article's claims. Output: [`Contest`]s and the pairwise
//! [`Comparison`]s behind them (the reliability table counts agreements from those).
//!
//! Two claims are compared when they have the same category and side, come from
//! independent origins (a relay is no second witness), and speak of the same scope:
//! the same site (`hôpital`) or none, places that do not differ, periods that overlap.
//! A part is not its total's rival: a sub-count (`dont …`) never is, nor is a figure of
//! one or two days against one of a week or more (or against the undated whole).
//!
//! - `conflict`: the intervals cannot both hold over the same scope and period;
//! - `divergent`: they can, only because the periods differ or one is a lower bound,
//!   yet they are far apart; the reason says which;
//! - `consistent`.
//!
//! Within the article it also finds an infobox figure that its references' body
//! figures do not add up to, a figure of several sides that another origin's figures
//! for each side do not add up to, parts that add up to more than their total, and one
//! number given two characterisations by two sources. It reads nothing but the model.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use crate::model::{Article, Claim, Finding, FindingKind};

/// How serious a contest is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The figures agree.
    Consistent,
    /// They can both stand, but far apart.
    Divergent,
    /// They cannot both be true.
    Conflict,
}

impl Severity {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Consistent => "consistent",
            Severity::Divergent => "divergent",
            Severity::Conflict => "conflict",
        }
    }
}

/// Two claims compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Index of the first claim in the article's claims.
    pub a: usize,
    /// Index of the second.
    pub b: usize,
    /// The verdict.
    pub severity: Severity,
}

impl Comparison {
    /// Why, in words: [`compare`]'s reason for the two claims, written again on
    /// demand (a comparison does not keep it, since most are only counted).
    pub fn reason(&self, claims: &[Claim]) -> String {
        let mut out = String::new();
        if let (Some(a), Some(b)) = (claims.get(self.a), claims.get(self.b)) {
            write_reason(&mut out, a, b);
        }
        out
    }
}

/// A group of claims about one quantity, or one finding about figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Contest {
    /// `k1`, `k2`, … within the article.
    pub id: String,
    /// The worst verdict of the group.
    pub severity: Severity,
    /// What kind of finding: `rivals`, `infobox_sum`, `sum_of_sides`,
    /// `parts_exceed_total`, `same_number`.
    pub kind: &'static str,
    /// The claims' category (or categories, `;`-joined).
    pub category: String,
    /// The claims' side.
    pub side: String,
    /// The scope they share: a site, a place, or `whole`.
    pub scope: String,
    /// Indices of the claims in the article's claims.
    pub claims: Vec<usize>,
    /// Why, in words.
    pub reason: String,
}

/// Two claims come from independent origins: neither counted what the other did.
/// Two unsourced claims of the article are compared as the article's own words.
fn independent(a: &Claim, b: &Claim) -> bool {
    (a.origin.is_empty() && b.origin.is_empty())
        || (!a.origin.is_empty()
            && !b.origin.is_empty()
            && a.origin.iter().all(|k| !b.origin.contains(k)))
}

/// Whether two claims are figures of one list paired with sides by "respectively":
/// each counts other people ("Strikes on Russia and Ukraine killed 7 and 40 civilians
/// respectively").
fn one_list(a: &Claim, b: &Claim) -> bool {
    let each = |c: &Claim| c.flags.iter().any(|f| f == "each");
    a.sentence == b.sentence && each(a) && each(b)
}

/// Days in a claim's period (`None`: undated, the whole event).
fn days(c: &Claim) -> Option<i64> {
    let (s, e) = (
        parse_day(c.date_start.as_deref()?)?,
        parse_day(c.date_end.as_deref()?)?,
    );
    Some(e - s + 1)
}

/// Days since an epoch for `YYYY-MM-DD`.
fn parse_day(iso: &str) -> Option<i64> {
    let mut it = iso.split('-');
    let mut part = || it.next()?.parse::<u32>().ok();
    let (y, m, d) = (i32::try_from(part()?).ok()?, part()?, part()?);
    Some(crate::grammar::period::day_number((y, m, d)))
}

/// Whether two claims' periods share a day; `None` when one is undated. A period
/// with an end and no start ("known by 30 April") runs from any time before; one
/// with a start and no end ("since 1 May") to any time after.
fn overlap_days(a: &Claim, b: &Claim) -> Option<bool> {
    let ((a0, a1), (b0, b1)) = (day_bounds(a)?, day_bounds(b)?);
    Some(a0 <= b1 && b0 <= a1)
}

/// A claim's first and last days, an open end as far as days go; `None` undated.
fn day_bounds(c: &Claim) -> Option<(i64, i64)> {
    match (c.date_start.as_deref(), c.date_end.as_deref()) {
        (None, None) => None,
        (s, e) => Some((
            s.map_or(Some(i64::MIN), parse_day)?,
            e.map_or(Some(i64::MAX), parse_day)?,
        )),
    }
}

/// True when one claim is a part of the other's scope: a day or two against a week
/// or more, or against the undated whole.
fn part_of(a: &Claim, b: &Claim) -> bool {
    let short = |d: Option<i64>| d.is_some_and(|d| d <= 2);
    let long = |d: Option<i64>| d.is_none_or(|d| d >= 7);
    (short(days(a)) && long(days(b))) || (short(days(b)) && long(days(a)))
}

fn place_key(p: &str) -> String {
    crate::grammar::text::skeleton(p)
}

/// Each claim's site, unless its figure is the infobox's for the whole battle (the
/// 6 000 soldiers mobilised, told again in a paragraph about the hospital).
fn sites(claims: &[Claim]) -> Vec<Option<&str>> {
    let whole: std::collections::HashSet<(&str, &str, u64)> = claims
        .iter()
        .filter(|i| i.infobox && i.site.is_none())
        .map(|i| (i.category.as_str(), i.side.as_str(), i.value))
        .collect();
    claims
        .iter()
        .map(|c| {
            let key = (c.category.as_str(), c.side.as_str(), c.value);
            if !c.infobox && whole.contains(&key) {
                None
            } else {
                c.site.as_deref()
            }
        })
        .collect()
}

/// True when two claims (with their sites) speak of the same scope.
fn same_scope(a: &Claim, b: &Claim, site_a: Option<&str>, site_b: Option<&str>) -> bool {
    if site_a != site_b || !a.faction.comparable(&b.faction) {
        return false;
    }
    if let (Some(pa), Some(pb)) = (&a.place, &b.place) {
        if place_key(pa) != place_key(pb) {
            return false;
        }
    }
    overlap_days(a, b).unwrap_or(true)
}

/// A claim's period in words.
pub fn period_text(c: &Claim) -> String {
    let mut out = String::new();
    write_period(&mut out, c);
    out
}

/// Appends [`period_text`] to `out`, without a `String` of its own.
pub fn write_period(out: &mut String, c: &Claim) {
    for piece in period_pieces(c) {
        out.push_str(piece);
    }
}

/// A claim's interval in words: `261..`, `92`, `350..500`.
pub fn interval_text(c: &Claim) -> String {
    let mut out = String::new();
    write_interval(&mut out, c);
    out
}

/// Appends [`interval_text`] to `out`, without a `String` of its own.
pub fn write_interval(out: &mut String, c: &Claim) {
    let mut n = itoa::Buffer::new();
    out.push_str(n.format(c.low));
    match c.high {
        None => out.push_str(".."),
        Some(h) if h == c.low => {}
        Some(h) => {
            out.push_str("..");
            out.push_str(n.format(h));
        }
    }
}

/// The texts of a claim's period, which [`write_period`] writes one after the other
/// and [`judge`] compares without writing them.
fn period_pieces(c: &Claim) -> [&str; 3] {
    match (&c.date_start, &c.date_end) {
        (Some(s), Some(e)) if s == e => [s, "", ""],
        (Some(s), Some(e)) => [s, "..", e],
        (None, Some(e)) => ["", "..", e],
        (Some(s), None) => [s, "..", ""],
        (None, None) => ["undated", "", ""],
    }
}

/// The period [`judge`] compares: [`period_pieces`], but a figure known by a date
/// (`..2015-04-27`, a report's date) is of the undated whole, as it was before it had
/// that date: the infobox's 7 civilians killed in the battle still conflict with the
/// 200 massacred by 27 April.
fn judged_period(c: &Claim) -> [&str; 3] {
    match (&c.date_start, &c.date_end) {
        (None, Some(_)) => ["undated", "", ""],
        _ => period_pieces(c),
    }
}

/// Two tolls each known only by its report's date, the later report's the larger (200
/// by 27 April, 400 by 30 May): a toll that rose between the reports, which may both be
/// true. One that fell cannot: that stays a conflict.
fn rising_toll(a: &Claim, b: &Claim) -> bool {
    match (&a.date_start, &a.date_end, &b.date_start, &b.date_end) {
        (None, Some(x), None, Some(y)) if x != y => {
            let (earlier, later) = if x < y { (a, b) } else { (b, a) };
            later.low > earlier.low
        }
        _ => false,
    }
}

/// Which rule of [`compare`] decides for two claims.
enum Verdict {
    /// The intervals overlap, only because one has no upper bound, and the figures
    /// are 1.5 times apart or more.
    LowerBound,
    /// The intervals overlap.
    Overlap,
    /// They do not, but the periods' texts differ.
    Periods,
    /// They do not, over one period.
    Conflict,
    /// They do not, and the figure of the longer of two periods of one start, one
    /// within the other, is the smaller: a toll cannot fall as its period grows.
    Fewer,
}

impl Verdict {
    fn severity(&self) -> Severity {
        match self {
            Verdict::Overlap => Severity::Consistent,
            Verdict::LowerBound | Verdict::Periods => Severity::Divergent,
            Verdict::Conflict | Verdict::Fewer => Severity::Conflict,
        }
    }
}

/// The figures' ratio, largest over smallest (the smallest taken as 1 at least).
fn ratio(a: &Claim, b: &Claim) -> f64 {
    let (lo, hi) = (a.value.min(b.value).max(1), a.value.max(b.value));
    hi as f64 / lo as f64
}

/// [`compare`]'s rule for two claims, without its words.
fn judge(a: &Claim, b: &Claim) -> Verdict {
    let (ah, bh) = (a.high.unwrap_or(u64::MAX), b.high.unwrap_or(u64::MAX));
    if a.low <= bh && b.low <= ah {
        // Compatible only because one of them has no upper bound, yet far apart.
        let open = a.high.is_none() != b.high.is_none();
        if open && ratio(a, b) >= 1.5 {
            return Verdict::LowerBound;
        }
        return Verdict::Overlap;
    }
    let same_period = judged_period(a)
        .iter()
        .flat_map(|p| p.bytes())
        .eq(judged_period(b).iter().flat_map(|p| p.bytes()));
    if same_period && !rising_toll(a, b) {
        Verdict::Conflict
    } else if fewer_over_longer(a, b) || fewer_over_longer(b, a) {
        Verdict::Fewer
    } else {
        Verdict::Periods
    }
}

/// A count of what adds up (not `strength`, a number at one time) over a period that
/// holds `b`'s and more, yet below `b`'s: 60 soldiers killed 1–12 May, 20 killed 1–14
/// May; 71 killed 1–10 May, 30 since March by 10 May.
fn fewer_over_longer(a: &Claim, b: &Claim) -> bool {
    // Both with a start: "known by" a report's date is of the undated whole.
    let bounds = |c: &Claim| day_bounds(c).filter(|_| c.date_start.is_some());
    let (Some((a0, a1)), Some((b0, b1))) = (bounds(a), bounds(b)) else {
        return false;
    };
    a.category != "strength"
        && a0 <= b0
        && b1 <= a1
        && (a0, a1) != (b0, b1)
        && a.high.is_some_and(|h| h < b.low)
}

/// Appends [`compare`]'s reason for two claims to `out`.
fn write_reason(out: &mut String, a: &Claim, b: &Claim) {
    use std::fmt::Write as _;
    match judge(a, b) {
        Verdict::LowerBound => {
            let bound = if a.high.is_none() { a } else { b };
            out.push_str("one is a lower bound (");
            write_interval(out, bound);
            // Writing to a String cannot fail.
            let _ = write!(
                out,
                "); the other is {} times as large",
                (ratio(a, b) * 10.0).round() / 10.0
            );
        }
        Verdict::Overlap => out.push_str("the intervals overlap"),
        Verdict::Periods => {
            out.push_str("periods differ (");
            write_period(out, a);
            out.push_str(" vs ");
            write_period(out, b);
            out.push(')');
        }
        Verdict::Conflict => {
            write_interval(out, a);
            out.push_str(" and ");
            write_interval(out, b);
            out.push_str(" cannot both be true over the same scope and period");
        }
        Verdict::Fewer => {
            let (longer, shorter) = if fewer_over_longer(a, b) {
                (a, b)
            } else {
                (b, a)
            };
            write_interval(out, longer);
            out.push_str(" over ");
            write_period(out, longer);
            out.push_str(" is fewer than ");
            write_interval(out, shorter);
            out.push_str(" over ");
            write_period(out, shorter);
            out.push_str(", a part of it");
        }
    }
}

/// Compares two claims of one quantity.
pub fn compare(a: &Claim, b: &Claim) -> (Severity, String) {
    let mut reason = String::new();
    write_reason(&mut reason, a, b);
    (judge(a, b).severity(), reason)
}

/// The most claims of one category and side compared pairwise.
const MAX_RIVALS: usize = 2000;

/// The most reasons a contest gives; its other worst pairs are counted.
const MAX_REASONS: usize = 10;

/// The claims that may be compared, by category and side, at most [`MAX_RIVALS`] a
/// bucket, so a pathological article cannot make the comparisons quadratic in its size.
/// Rivals share a category and a side; a figure of several sides is measured against
/// the buckets of each.
fn buckets(claims: &[Claim]) -> BTreeMap<(&str, &str), Vec<usize>> {
    let mut buckets: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if is_rival(c) {
            let bucket = buckets
                .entry((c.category.as_str(), c.side.as_str()))
                .or_default();
            if bucket.len() < MAX_RIVALS {
                bucket.push(i);
            }
        }
    }
    buckets
}

/// Whether a claim is compared with the others of its category and side: a figure
/// of a known side, or a total stated as one ("le bilan s'élève à 270"), that is no
/// sub-count. Other figures of no side may count anything: "12 people were killed in
/// an air strike" is no rival of "30 were killed in the shelling".
fn is_rival(c: &Claim) -> bool {
    c.category != "event"
        && (c.side != "unknown" || c.flags.iter().any(|f| f == "total"))
        && c.parent.is_none()
}

/// Whether an infobox figure is measured against the sum of its references' body
/// figures: a range in the infobox gives alternatives, not a total; forces are not
/// summed.
fn is_summable(c: &Claim) -> bool {
    c.infobox
        && !c.refs.is_empty()
        && (c.high.is_none() || c.high == Some(c.low))
        && ["killed", "wounded", "captured", "missing", "executed"].contains(&c.category.as_str())
}

/// Whether a body figure may be a part of an infobox figure's sum.
fn is_body_part(c: &Claim) -> bool {
    !c.infobox && c.parent.is_none() && !c.refs.is_empty()
}

/// What the contests leave out, as findings at the first figure left out: past
/// [`MAX_RIVALS`] figures of one kind (a machine-made article; the comparisons would
/// grow with the square of its size), the others are not compared, and a report that
/// found no contest among them must not read as if they had been.
pub fn uncompared(article: &Article) -> Vec<Finding> {
    let claims = &article.claims;
    // Per category and side: how many, and the first past MAX_RIVALS.
    let mut rivals: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    let mut parts: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    let mut summable: Vec<usize> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if is_rival(c) {
            let (n, first) = rivals
                .entry((c.category.as_str(), c.side.as_str()))
                .or_insert((0, 0));
            if *n == MAX_RIVALS {
                *first = i;
            }
            *n += 1;
        }
        if is_body_part(c) {
            parts
                .entry((c.category.as_str(), c.side.as_str()))
                .or_default()
                .push(i);
        }
        if is_summable(c) {
            summable.push(i);
        }
    }
    let mut out = Vec::new();
    let mut push = |i: usize, message: String| {
        let (line, column) = claims
            .get(i)
            .and_then(|c| article.sentences.get(c.sentence.checked_sub(1)?))
            .map_or((1, 1), |s| (s.line, s.column));
        out.push(Finding {
            kind: FindingKind::Uncompared,
            line,
            column,
            message,
        });
    };
    for (&(category, side), &(n, first)) in &rivals {
        if n > MAX_RIVALS {
            push(
                first,
                format!(
                    "{n} {category} figures of the {side} side: only the first {MAX_RIVALS} are compared for contested figures; the {} from here on are not",
                    n - MAX_RIVALS
                ),
            );
        }
    }
    // The infobox figures `infobox_sums` measures, and the references each kind cites.
    let mut cited: BTreeMap<(&str, &str), BTreeSet<u32>> = BTreeMap::new();
    for &i in summable.iter().take(MAX_RIVALS) {
        let c = &claims[i];
        cited
            .entry((c.category.as_str(), c.side.as_str()))
            .or_default()
            .extend(c.refs.iter().copied());
    }
    for (kind, members) in &parts {
        let Some(refs) = cited.get(kind) else {
            continue;
        };
        // Only a figure whose references an infobox figure of its kind may cite could
        // have been a part of its sum.
        let mut left_out = members
            .iter()
            .skip(MAX_RIVALS)
            .filter(|&&j| claims[j].refs.iter().all(|r| refs.contains(r)));
        if let Some(&first) = left_out.next() {
            let (category, side) = kind;
            push(
                first,
                format!(
                    "{} cited {category} figures of the {side} side in the body: the infobox's are measured against the sums of the first {MAX_RIVALS} only; the {} after them that its references could cover are not added",
                    members.len(),
                    1 + left_out.count()
                ),
            );
        }
    }
    if let Some(&first) = summable.get(MAX_RIVALS) {
        push(
            first,
            format!(
                "{} cited casualty figures in the infobox: only the first {MAX_RIVALS} are measured against the body's figures; the {} from here on are not",
                summable.len(),
                summable.len() - MAX_RIVALS
            ),
        );
    }
    for ((_, value), same) in by_paragraph_and_value(article) {
        // `same_number_pairs` pairs each candidate of the first MAX_RIVALS positions
        // with the candidates of the MAX_RIVALS positions after it: a candidate is left
        // out of a pair when one before it stands past those first positions, or more
        // than MAX_RIVALS positions before it.
        let candidates: Vec<usize> = (0..same.len())
            .filter(|&m| same_number_candidate(&claims[same[m]]))
            .collect();
        let Some(&earliest) = candidates.first() else {
            continue;
        };
        let mut late_seen = false;
        let mut first = None;
        for &m in &candidates {
            if late_seen || m - earliest > MAX_RIVALS {
                first = Some(m);
                break;
            }
            late_seen |= m >= MAX_RIVALS;
        }
        if let Some(m) = first {
            push(
                same[m],
                format!(
                    "{} figures of {value} with a source in one paragraph: one number given two characterisations is looked for only between each of the first {MAX_RIVALS} figures of that number and the {MAX_RIVALS} after it",
                    candidates.len()
                ),
            );
        }
    }
    out.sort_by_key(|f| (f.line, f.column));
    out
}

/// The claims of an article by paragraph (none when a claim's sentence is unknown)
/// and value, each group in claim order.
fn by_paragraph_and_value(article: &Article) -> BTreeMap<(Option<usize>, u64), Vec<usize>> {
    let mut by_value: BTreeMap<(Option<usize>, u64), Vec<usize>> = BTreeMap::new();
    for (i, c) in article.claims.iter().enumerate() {
        let paragraph = article
            .sentences
            .get(c.sentence.saturating_sub(1))
            .map(|s| s.paragraph);
        by_value.entry((paragraph, c.value)).or_default().push(i);
    }
    by_value
}

/// Finds every contest in an article.
pub fn find_contested(article: &Article) -> (Vec<Contest>, Vec<Comparison>) {
    let claims = &article.claims;
    let mut comparisons = Vec::new();
    let buckets = buckets(claims);
    let sites = sites(claims);
    for rivals in buckets.values() {
        for (n, &i) in rivals.iter().enumerate() {
            for &j in &rivals[n + 1..] {
                let (a, b) = (&claims[i], &claims[j]);
                if !independent(a, b) || one_list(a, b) {
                    continue;
                }
                if !same_scope(a, b, sites[i], sites[j]) || part_of(a, b) {
                    continue;
                }
                // The reason is written later, only for the pairs a contest names.
                comparisons.push(Comparison {
                    a: i,
                    b: j,
                    severity: judge(a, b).severity(),
                });
            }
        }
    }
    // Figures the text sets against each other as counts of the same, not both
    // compared in a bucket (of no side: "The SOHR counted 120 deaths, while SANA
    // counted only 80"), are compared too.
    let set_against = claims.iter().any(|c| c.rival_of.is_some());
    let ids: FxHashMap<&str, usize> = if set_against {
        claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect()
    } else {
        FxHashMap::default()
    };
    for (k, c) in claims.iter().enumerate() {
        let Some(&r) = c.rival_of.as_deref().and_then(|id| ids.get(id)) else {
            continue;
        };
        let (i, j) = (r.min(k), r.max(k));
        let (a, b) = (&claims[i], &claims[j]);
        let comparable = a.category == b.category
            && a.side == b.side
            && a.category != "event"
            && a.parent.is_none()
            && b.parent.is_none()
            && !(is_rival(a) && is_rival(b));
        if comparable
            && independent(a, b)
            && !one_list(a, b)
            && same_scope(a, b, sites[i], sites[j])
            && !part_of(a, b)
        {
            comparisons.push(Comparison {
                a: i,
                b: j,
                severity: judge(a, b).severity(),
            });
        }
    }
    // Each pair is in one bucket only, the keys being distinct; a pair set against each
    // other is in none, and a claim is set against one other at most.
    comparisons.sort_unstable_by_key(|c| (c.a, c.b));
    let mut contests = group(claims, &comparisons);
    contests.extend(infobox_sums(claims));
    contests.extend(sums_of_sides(claims, &sites, &buckets));
    contests.extend(parts_exceeding(claims));
    contests.extend(same_numbers(article));
    for (n, c) in contests.iter_mut().enumerate() {
        c.id = format!("k{}", n + 1);
    }
    (contests, comparisons)
}

/// Groups compared claims into connected sets; a group's severity is its worst pair's,
/// its reason the distinct reasons of its worst pairs, in the order of the pairs: the
/// first [`MAX_REASONS`], then how many more pairs there are (2 000 figures from as
/// many sources make two million pairs: their reasons made a cell of 120 MB, which no
/// spreadsheet opens).
///
/// `comparisons` are in the order of their claims. Each group's root is its smallest
/// claim, so the groups come in the order of their first claims. Reasons are written
/// only for a group's worst pairs, into one buffer, and kept once each.
fn group(claims: &[Claim], comparisons: &[Comparison]) -> Vec<Contest> {
    const NONE: usize = usize::MAX;
    // parent[i]: NONE for a claim in no comparison.
    let mut parent: Vec<usize> = vec![NONE; claims.len()];
    fn root(parent: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while let Some(&p) = parent.get(r) {
            if p == r || p == NONE {
                break;
            }
            r = p;
        }
        // Path compression.
        let mut k = i;
        while let Some(p) = parent.get_mut(k) {
            if *p == r || *p == NONE {
                break;
            }
            k = std::mem::replace(p, r);
        }
        r
    }
    for c in comparisons {
        for i in [c.a, c.b] {
            if let Some(p) = parent.get_mut(i).filter(|p| **p == NONE) {
                *p = i;
            }
        }
        let (ra, rb) = (root(&mut parent, c.a), root(&mut parent, c.b));
        if ra != rb {
            if let Some(p) = parent.get_mut(ra.max(rb)) {
                *p = ra.min(rb);
            }
        }
    }
    struct Group {
        members: Vec<usize>,
        severity: Severity,
        seen: std::collections::HashSet<String>,
        reason: String,
        /// Worst pairs whose reasons are not among those given.
        more: usize,
    }
    // Group number of each root; members visited in order, so a root first.
    let mut number: Vec<usize> = vec![NONE; claims.len()];
    let mut groups: Vec<Group> = Vec::new();
    for i in 0..claims.len() {
        if parent.get(i).is_none_or(|&p| p == NONE) {
            continue;
        }
        let r = root(&mut parent, i);
        let Some(n) = number.get_mut(r) else {
            continue;
        };
        if *n == NONE {
            *n = groups.len();
            groups.push(Group {
                members: Vec::new(),
                severity: Severity::Consistent,
                seen: std::collections::HashSet::new(),
                reason: String::new(),
                more: 0,
            });
        }
        if let Some(g) = groups.get_mut(*n) {
            g.members.push(i);
        }
    }
    let group_of = |i: usize, parent: &mut [usize]| {
        let r = root(parent, i);
        number.get(r).copied().filter(|&n| n != NONE)
    };
    for c in comparisons {
        if let Some(g) = group_of(c.a, &mut parent).and_then(|n| groups.get_mut(n)) {
            g.severity = g.severity.max(c.severity);
        }
    }
    let mut buffer = String::new();
    for c in comparisons {
        let Some(g) = group_of(c.a, &mut parent).and_then(|n| groups.get_mut(n)) else {
            continue;
        };
        let (Some(a), Some(b)) = (claims.get(c.a), claims.get(c.b)) else {
            continue;
        };
        if c.severity != g.severity {
            continue;
        }
        buffer.clear();
        write_reason(&mut buffer, a, b);
        if g.seen.contains(&buffer) {
            continue;
        }
        if g.seen.len() == MAX_REASONS {
            g.more += 1;
            continue;
        }
        if !g.seen.is_empty() {
            g.reason.push_str("; ");
        }
        g.reason.push_str(&buffer);
        g.seen.insert(buffer.clone());
    }
    for g in &mut groups {
        if g.more > 0 {
            let pairs = if g.more == 1 { "pair" } else { "pairs" };
            g.reason
                .push_str(&format!("; and {} more {pairs} as grave", g.more));
        }
    }
    groups
        .into_iter()
        .filter_map(|g| {
            let first = claims.get(*g.members.first()?)?;
            Some(Contest {
                id: String::new(),
                severity: g.severity,
                kind: "rivals",
                category: first.category.clone(),
                side: first.side.clone(),
                scope: scope_text(first),
                claims: g.members,
                reason: g.reason,
            })
        })
        .collect()
}

/// A claim's scope in words: its site, else its place, else the whole; and its
/// faction's key after it, when one ("Qusayr, hezbollah"; "hezbollah" for the whole).
pub fn scope_text(c: &Claim) -> String {
    let place = c.site.as_deref().or(c.place.as_deref());
    match (place, c.faction.name()) {
        (Some(p), Some(f)) => format!("{p}, {f}"),
        (Some(p), None) => p.to_owned(),
        (None, Some(f)) => f.to_owned(),
        (None, None) => "whole".to_owned(),
    }
}

/// The body figures an infobox figure is summed from, their sum, and the infobox figures
/// measured against it, with their severities.
struct SumGroup {
    parts: Vec<usize>,
    sum: u64,
    /// A part with no upper bound ("au moins 40") makes the sum a lower bound: an
    /// infobox figure above it may still be right.
    open: bool,
    infobox: Vec<(usize, Severity)>,
}

/// An infobox figure against the body figures its own references give, added up
/// (the infobox's 124 rebel deaths against the per-day figures that sum to 129).
///
/// Infobox figures of one category, side and references are summed from the same body
/// figures: they are read once, and make one contest (each its own would list every
/// part again: 4 000 such figures made a contested.csv of 680 MB and a report of 4 GB
/// from an article of 200 KB).
fn infobox_sums(claims: &[Claim]) -> Vec<Contest> {
    // The body's cited figures by category and side, at most [`MAX_RIVALS`] of each and
    // as many infobox figures, so that an infobox of thousands of figures cannot make
    // this quadratic in the article.
    let mut body: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (j, c) in claims.iter().enumerate() {
        if is_body_part(c) {
            let bucket = body
                .entry((c.category.as_str(), c.side.as_str()))
                .or_default();
            if bucket.len() < MAX_RIVALS {
                bucket.push(j);
            }
        }
    }
    let mut groups: Vec<SumGroup> = Vec::new();
    let mut group_of: BTreeMap<(&str, &str, Vec<u32>), usize> = BTreeMap::new();
    let infobox = claims.iter().enumerate().filter(|(_, c)| is_summable(c));
    for (i, ib) in infobox.take(MAX_RIVALS) {
        let mut refs = ib.refs.clone();
        refs.sort_unstable();
        refs.dedup();
        let key = (ib.category.as_str(), ib.side.as_str(), refs);
        let g = *group_of.entry(key).or_insert_with(|| {
            let mut parts: Vec<usize> = Vec::new();
            let mut seen: BTreeSet<(u64, Option<&str>)> = BTreeSet::new();
            let candidates = body
                .get(&(ib.category.as_str(), ib.side.as_str()))
                .map_or(&[][..], Vec::as_slice);
            for &j in candidates {
                let c = &claims[j];
                // The same figure told twice (the 40 rebels of 10 May) counts once.
                if c.refs.iter().all(|r| ib.refs.contains(r))
                    && seen.insert((c.value, c.date_start.as_deref()))
                {
                    parts.push(j);
                }
            }
            groups.push(SumGroup {
                sum: saturating_sum(parts.iter().map(|&j| claims[j].value)),
                open: parts.iter().any(|&j| claims[j].high.is_none()),
                parts,
                infobox: Vec::new(),
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        let sum = group.sum;
        if group.parts.len() < 2 || sum == ib.value {
            continue;
        }
        let severity = if ib.high.is_some_and(|h| sum > h)
            || !group.open && ib.low > sum && ib.high.is_some()
        {
            Severity::Conflict
        } else {
            Severity::Divergent
        };
        group.infobox.push((i, severity));
    }
    groups
        .into_iter()
        .filter_map(|g| {
            let first = &claims[g.infobox.first()?.0];
            let mut given = String::new();
            for (n, &(i, _)) in g.infobox.iter().take(MAX_REASONS).enumerate() {
                if n > 0 {
                    given.push_str(", ");
                }
                given.push_str(&interval_text(&claims[i]));
            }
            if g.infobox.len() > MAX_REASONS {
                given.push_str(&format!(" and {} more", g.infobox.len() - MAX_REASONS));
            }
            let mut members: Vec<usize> = g.infobox.iter().map(|&(i, _)| i).collect();
            members.extend(&g.parts);
            Some(Contest {
                id: String::new(),
                severity: g.infobox.iter().map(|&(_, s)| s).max()?,
                kind: "infobox_sum",
                category: first.category.clone(),
                side: first.side.clone(),
                scope: "whole".into(),
                claims: members,
                reason: format!(
                    "the infobox gives {given} where the body's figures from the same references sum to {}{}",
                    if g.open { "at least " } else { "" },
                    g.sum
                ),
            })
        })
        .collect()
}

/// A figure of several sides ("450 soldats et civils": `civilian+loyalist`) against
/// what another origin gives for each of those sides over the same scope, added up
/// (150 soldiers and about a hundred civilians per the SOHR: 230..270). Only an origin
/// with one figure for each side, all of one period, is measured: two of one side, or
/// sides told of different days, could be two moments.
///
/// `buckets` are the claims by category and side, at most [`MAX_RIVALS`] each, so the
/// work is bounded as the rivals' is; a contest gives its first [`MAX_REASONS`]
/// reasons and counts the others.
fn sums_of_sides(
    claims: &[Claim],
    sites: &[Option<&str>],
    buckets: &BTreeMap<(&str, &str), Vec<usize>>,
) -> Vec<Contest> {
    use std::fmt::Write as _;
    let mut out = Vec::new();
    let wholes = buckets
        .iter()
        .filter(|((_, side), _)| side.contains('+'))
        .flat_map(|(_, members)| members.iter().copied());
    let mut wholes: Vec<usize> = wholes.collect();
    wholes.sort_unstable();
    for i in wholes {
        let whole = &claims[i];
        let sides: Vec<&str> = whole.side.split('+').collect();
        // Each other origin's figures of those sides, by origin, in claim order.
        let mut by_origin: BTreeMap<Vec<&str>, Vec<usize>> = BTreeMap::new();
        for side in &sides {
            let Some(bucket) = buckets.get(&(whole.category.as_str(), *side)) else {
                continue;
            };
            for &j in bucket {
                let c = &claims[j];
                let fits = j != i
                    && !c.origin.is_empty()
                    && independent(whole, c)
                    && same_scope(whole, c, sites[i], sites[j])
                    && !part_of(whole, c);
                if fits {
                    let mut origin: Vec<&str> = c.origin.iter().map(String::as_str).collect();
                    origin.sort_unstable();
                    by_origin.entry(origin).or_default().push(j);
                }
            }
        }
        let mut members = vec![i];
        let mut severity = Severity::Consistent;
        let mut reason = String::new();
        let (mut told, mut more) = (0, 0);
        for parts in by_origin.values_mut() {
            parts.sort_unstable();
            let one_each = parts.len() == sides.len()
                && sides
                    .iter()
                    .all(|s| parts.iter().filter(|&&j| claims[j].side == *s).count() == 1);
            let first = &claims[parts[0]];
            let one_period = parts.iter().all(|&j| {
                claims[j].date_start == first.date_start && claims[j].date_end == first.date_end
            });
            if !one_each || !one_period {
                continue;
            }
            let low = saturating_sum(parts.iter().map(|&j| claims[j].low));
            let high = parts
                .iter()
                .try_fold(0u64, |sum, &j| Some(sum.saturating_add(claims[j].high?)));
            let mut sum = first.clone();
            sum.low = low;
            sum.value = low;
            sum.high = high;
            let grave = judge(whole, &sum).severity();
            if grave == Severity::Consistent {
                continue;
            }
            severity = severity.max(grave);
            members.extend(parts.iter());
            if told == MAX_REASONS {
                more += 1;
                continue;
            }
            told += 1;
            if !reason.is_empty() {
                reason.push_str("; ");
            }
            reason.push_str("the ");
            reason.push_str(&whole.side);
            reason.push_str(" figure ");
            write_interval(&mut reason, whole);
            reason.push_str(" against ");
            write_origin(&mut reason, &sum);
            reason.push_str("'s ");
            for (n, &j) in parts.iter().enumerate() {
                if n > 0 {
                    reason.push_str(" and ");
                }
                let _ = write!(reason, "{} ", claims[j].side);
                write_interval(&mut reason, &claims[j]);
            }
            reason.push_str(", which sum to ");
            write_interval(&mut reason, &sum);
        }
        if more > 0 {
            let origins = if more == 1 { "origin" } else { "origins" };
            let _ = write!(reason, "; and {more} more {origins} whose figures diverge");
        }
        if members.len() > 1 {
            out.push(Contest {
                id: String::new(),
                severity,
                kind: "sum_of_sides",
                category: whole.category.clone(),
                side: whole.side.clone(),
                scope: scope_text(whole),
                claims: members,
                reason,
            });
        }
    }
    out
}

/// Figures added up, the sum held at `u64::MAX`: a figure read from a long run of digits
/// may be near it, and a sum that wrapped round would be a false figure.
fn saturating_sum(figures: impl Iterator<Item = u64>) -> u64 {
    figures.fold(0, u64::saturating_add)
}

/// Parts that add up to more than their total.
fn parts_exceeding(claims: &[Claim]) -> Vec<Contest> {
    let mut children: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (j, c) in claims.iter().enumerate() {
        if let Some(p) = &c.parent {
            children.entry(p.as_str()).or_default().push(j);
        }
    }
    let mut out = Vec::new();
    for (i, total) in claims.iter().enumerate() {
        let parts: Vec<usize> = children.get(total.id.as_str()).cloned().unwrap_or_default();
        let sum = saturating_sum(parts.iter().map(|&j| claims[j].low));
        if parts.is_empty() || total.high.is_none_or(|h| sum <= h) {
            continue;
        }
        let mut members = vec![i];
        members.extend(&parts);
        out.push(Contest {
            id: String::new(),
            severity: Severity::Conflict,
            kind: "parts_exceed_total",
            category: total.category.clone(),
            side: total.side.clone(),
            scope: scope_text(total),
            claims: members,
            reason: format!(
                "the parts add up to at least {sum}, more than the total {}",
                interval_text(total)
            ),
        });
    }
    out
}

/// True when a claim can be either side of a [`same_numbers`] finding: a figure of
/// 10 or more, not an event, not the infobox's, with an origin to name.
fn same_number_candidate(c: &Claim) -> bool {
    c.category != "event" && !c.infobox && c.value >= 10 && !c.origin.is_empty()
}

/// The candidates of one (paragraph, value) group that share a category and a set of
/// origins: what decides whether they pair with another claim of the group.
struct Kind<'c> {
    category: &'c str,
    /// The origins, sorted, each once.
    origin: Vec<&'c str>,
    /// Positions in the group, ascending.
    at: Vec<usize>,
}

/// Appends to `out` the pairs of `same` (the claims of one paragraph and value, in
/// their order) that [`same_numbers`] reports: of the first [`MAX_RIVALS`] claims,
/// each `i` with each of the [`MAX_RIVALS`] claims `j` after it, when both are
/// candidates, of two categories, and independent. The pairs of one `i` come in no
/// particular order.
///
/// Candidates are gathered by category and origins, so each `i` costs one test per
/// such kind (or per claim of its window, if fewer) plus one per pair reported, not
/// one per claim after it.
fn same_number_pairs(claims: &[Claim], same: &[usize], out: &mut Vec<(usize, usize)>) {
    let mut kinds: Vec<Kind> = Vec::new();
    let mut index: std::collections::HashMap<(&str, Vec<&str>), usize> =
        std::collections::HashMap::new();
    for (m, c) in same
        .iter()
        .enumerate()
        .filter_map(|(m, &j)| Some((m, claims.get(j)?)))
    {
        if !same_number_candidate(c) {
            continue;
        }
        let mut origin: Vec<&str> = c.origin.iter().map(String::as_str).collect();
        origin.sort_unstable();
        origin.dedup();
        let k = *index
            .entry((c.category.as_str(), origin.clone()))
            .or_insert_with(|| {
                kinds.push(Kind {
                    category: c.category.as_str(),
                    origin,
                    at: Vec::new(),
                });
                kinds.len() - 1
            });
        if let Some(kind) = kinds.get_mut(k) {
            kind.at.push(m);
        }
    }
    let last = same.len().saturating_sub(1);
    for (n, &i) in same.iter().enumerate().take(MAX_RIVALS) {
        let Some(a) = claims.get(i).filter(|a| same_number_candidate(a)) else {
            continue;
        };
        // Its rivals are at positions n+1..=end.
        let end = n.saturating_add(MAX_RIVALS).min(last);
        if kinds.len() <= end.saturating_sub(n) {
            for kind in &kinds {
                if kind.category == a.category
                    || kind.origin.iter().any(|o| a.origin.iter().any(|x| x == o))
                {
                    continue;
                }
                let from = kind.at.partition_point(|&m| m <= n);
                let to = kind.at.partition_point(|&m| m <= end);
                let rivals = kind.at.get(from..to).unwrap_or_default();
                out.extend(rivals.iter().filter_map(|&m| Some((i, *same.get(m)?))));
            }
        } else {
            for &j in same.iter().skip(n + 1).take(MAX_RIVALS) {
                let Some(b) = claims.get(j) else {
                    continue;
                };
                if same_number_candidate(b) && a.category != b.category && independent(a, b) {
                    out.push((i, j));
                }
            }
        }
    }
}

/// One number given two characterisations by two independent sources in one
/// paragraph (200 civilians massacred per the foreign ministry, 200 prisoners per SOHR).
fn same_numbers(article: &Article) -> Vec<Contest> {
    let claims = &article.claims;
    // Only the pairs reported are kept, then put in the order of their claims.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for same in by_paragraph_and_value(article).values() {
        same_number_pairs(claims, same, &mut pairs);
    }
    pairs.sort_unstable();
    let mut out = Vec::new();
    for (i, j) in pairs {
        // Already tested by same_number_pairs: both candidates, one value and
        // paragraph, two categories, independent origins.
        let (Some(a), Some(b)) = (claims.get(i), claims.get(j)) else {
            continue;
        };
        out.push(Contest {
            id: String::new(),
            severity: Severity::Divergent,
            kind: "same_number",
            category: format!("{};{}", a.category, b.category),
            side: format!("{};{}", a.side, b.side),
            scope: scope_text(a),
            claims: vec![i, j],
            reason: format!(
                "the same number, {}, is {} {} per {} and {} {} per {}",
                a.value,
                a.side,
                a.category,
                a.origin.join("+"),
                b.side,
                b.category,
                b.origin.join("+")
            ),
        });
    }
    out
}

/// Appends who counted a claim: its origins joined by `+`, or `unsourced`.
pub fn write_origin(out: &mut String, c: &Claim) {
    if c.origin.is_empty() {
        out.push_str("unsourced");
    }
    for (i, o) in c.origin.iter().enumerate() {
        if i > 0 {
            out.push('+');
        }
        out.push_str(o);
    }
}

/// The `figures` cell of a contest: `261.. (sohr, 2015-04-22..2015-05-23) | 92 (al_masdar, …)`.
pub fn figures_text(article: &Article, contest: &Contest) -> String {
    let mut out = String::new();
    write_figures(&mut out, article, contest);
    out
}

/// Appends [`figures_text`] to `out`, without a `String` per claim.
pub fn write_figures(out: &mut String, article: &Article, contest: &Contest) {
    let claims = contest.claims.iter().filter_map(|&i| article.claims.get(i));
    for (i, c) in claims.enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        write_figure(out, c);
    }
}

/// Appends one claim as the contests show it: `261.. (sohr, undated, infobox)`.
pub fn write_figure(out: &mut String, c: &Claim) {
    write_interval(out, c);
    out.push_str(" (");
    write_origin(out, c);
    out.push_str(", ");
    write_period(out, c);
    if c.infobox {
        out.push_str(", infobox");
    }
    out.push(')');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(value: u64, high: Option<u64>, period: Option<(&str, &str)>, origin: &str) -> Claim {
        Claim {
            id: String::new(),
            sentence: 1,
            section: 0,
            infobox: false,
            category: "killed".into(),
            side: "loyalist".into(),
            faction: crate::model::Faction::Unnamed,
            low: value,
            high,
            approx: false,
            qualifier: None,
            figure: String::new(),
            value,
            event: None,
            date_start: period.map(|p| p.0.to_owned()),
            date_end: period.map(|p| p.1.to_owned()),
            place: None,
            attributed_to: None,
            joint: Vec::new(),
            refs: vec![1],
            source_keys: vec![origin.to_owned()],
            origin: vec![origin.to_owned()],
            carriers: vec![],
            site: None,
            corroboration: vec![],
            verification: vec![],
            flags: vec![],
            parent: None,
            rival_of: None,
            text: String::new(),
        }
    }

    #[test]
    fn a_lower_bound_over_a_longer_period_and_a_smaller_figure_diverge() {
        let osdh = claim(261, None, Some(("2015-04-22", "2015-05-23")), "sohr");
        let amn = claim(
            92,
            Some(92),
            Some(("2015-04-22", "2015-04-30")),
            "al_masdar",
        );
        let (s, why) = compare(&osdh, &amn);
        assert_eq!(s, Severity::Divergent);
        assert_eq!(
            why,
            "periods differ (2015-04-22..2015-05-23 vs 2015-04-22..2015-04-30)"
        );
    }

    #[test]
    fn a_figure_of_two_sides_is_measured_against_each_origin_with_one_figure_a_side() {
        let side = |mut c: Claim, s: &str| {
            c.side = s.to_owned();
            c
        };
        let claims = vec![
            side(claim(450, Some(450), None, "afp"), "civilian+loyalist"),
            // One side only: nothing to add up.
            claim(150, Some(150), None, "sohr"),
            // Both sides, adding up to the 450: no contest.
            claim(200, Some(200), None, "sana"),
            side(claim(250, Some(250), None, "sana"), "civilian"),
            // Two figures of one side (two moments?): not added up.
            claim(100, Some(100), None, "olj"),
            claim(110, Some(110), None, "olj"),
            side(claim(5, Some(5), None, "olj"), "civilian"),
            // Both sides, one open: at least 60, far below the 450.
            claim(50, None, None, "amn"),
            side(claim(10, Some(10), None, "amn"), "civilian"),
            // The 450's own origin is no second witness.
            claim(1, Some(1), None, "afp"),
            side(claim(1, Some(1), None, "afp"), "civilian"),
        ];
        let sites = vec![None; claims.len()];
        let found = sums_of_sides(&claims, &sites, &buckets(&claims));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].claims, [0, 7, 8]);
        assert_eq!(found[0].severity, Severity::Divergent);
        assert_eq!(
            found[0].reason,
            "the civilian+loyalist figure 450 against amn's loyalist 50.. and civilian 10, \
             which sum to 60.."
        );
    }

    #[test]
    fn infobox_figures_summed_from_the_same_body_figures_make_one_contest() {
        let infobox = |value: u64| {
            let mut c = claim(value, Some(value), None, "sohr");
            c.infobox = true;
            c
        };
        let mut claims: Vec<Claim> = (1..=15).map(infobox).collect();
        claims.push(claim(
            40,
            Some(40),
            Some(("2015-05-10", "2015-05-10")),
            "sohr",
        ));
        claims.push(claim(
            60,
            Some(60),
            Some(("2015-05-11", "2015-05-11")),
            "sohr",
        ));
        // Another reference: other parts, a contest of its own.
        let mut other = infobox(7);
        other.refs = vec![2];
        claims.push(other);
        claims.push(claim(3, Some(3), None, "olj"));
        claims.last_mut().unwrap().refs = vec![2];
        claims.push(claim(5, Some(5), Some(("2015-05-12", "2015-05-12")), "olj"));
        claims.last_mut().unwrap().refs = vec![2];
        let found = infobox_sums(&claims);
        assert_eq!(found.len(), 2, "{found:#?}");
        let members: Vec<usize> = (0..15).chain([15, 16]).collect();
        assert_eq!(found[0].claims, members);
        assert_eq!(
            found[0].reason,
            "the infobox gives 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 5 more where the body's \
             figures from the same references sum to 100"
        );
        assert_eq!(found[0].severity, Severity::Conflict);
        assert_eq!(found[1].claims, [17, 18, 19]);
        assert_eq!(
            found[1].reason,
            "the infobox gives 7 where the body's figures from the same references sum to 8"
        );
    }

    #[test]
    fn sides_told_of_different_days_are_not_added_up() {
        let side = |mut c: Claim, s: &str| {
            c.side = s.to_owned();
            c
        };
        let day = Some(("2015-04-25", "2015-04-25"));
        let claims = vec![
            side(claim(450, Some(450), day, "afp"), "civilian+loyalist"),
            claim(50, Some(50), day, "sohr"),
            side(
                claim(10, Some(10), Some(("2015-04-26", "2015-04-26")), "sohr"),
                "civilian",
            ),
        ];
        let sites = vec![None; claims.len()];
        assert!(sums_of_sides(&claims, &sites, &buckets(&claims)).is_empty());
    }

    #[test]
    fn a_figure_of_two_sides_gives_ten_reasons_and_counts_the_others() {
        let side = |mut c: Claim, s: &str| {
            c.side = s.to_owned();
            c
        };
        let mut claims = vec![side(
            claim(450, Some(450), None, "afp"),
            "civilian+loyalist",
        )];
        for n in 0..25 {
            let origin = format!("origin{n:02}");
            claims.push(claim(1, Some(1), None, &origin));
            claims.push(side(claim(2, Some(2), None, &origin), "civilian"));
        }
        let sites = vec![None; claims.len()];
        let found = sums_of_sides(&claims, &sites, &buckets(&claims));
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].claims.len(),
            51,
            "every diverging origin is a member"
        );
        let reasons: Vec<&str> = found[0].reason.split("; ").collect();
        assert_eq!(reasons.len(), MAX_REASONS + 1);
        assert_eq!(
            reasons[MAX_REASONS],
            "and 15 more origins whose figures diverge"
        );
    }

    #[test]
    fn sums_of_figures_near_the_largest_number_hold_there() {
        assert_eq!(saturating_sum([u64::MAX - 1, 5, 7].into_iter()), u64::MAX);
        assert_eq!(saturating_sum([150, 80].into_iter()), 230);
    }

    #[test]
    fn a_figure_known_by_a_date_is_of_the_whole_and_not_of_later_days() {
        let mut by = claim(200, Some(200), None, "syria_mfa");
        by.date_end = Some("2015-04-27".into());
        // The undated whole: one period, as before the figure had its date.
        let (s, why) = compare(&claim(7, Some(7), None, "sohr"), &by);
        assert_eq!(s, Severity::Conflict, "{why}");
        // A day before it: periods differ, written as they are.
        let (s, why) = compare(
            &claim(20, Some(20), Some(("2015-04-20", "2015-04-20")), "sohr"),
            &by,
        );
        assert_eq!(
            (s, why.as_str()),
            (
                Severity::Divergent,
                "periods differ (2015-04-20 vs ..2015-04-27)"
            )
        );
        // A day after it shares no day with it.
        let later = claim(20, Some(20), Some(("2015-05-05", "2015-05-05")), "sohr");
        assert_eq!(overlap_days(&by, &later), Some(false));
        assert_eq!(overlap_days(&later, &by), Some(false));
        assert_eq!(
            overlap_days(
                &by,
                &claim(20, Some(20), Some(("2015-04-01", "2015-04-27")), "sohr")
            ),
            Some(true)
        );
        assert_eq!(period_text(&by), "..2015-04-27");
    }

    #[test]
    fn a_toll_that_rose_between_two_reports_diverges_and_one_that_fell_conflicts() {
        let by = |value: u64, date: &str, origin: &str| {
            let mut c = claim(value, Some(value), None, origin);
            c.date_end = Some(date.into());
            c
        };
        let (s, why) = compare(
            &by(200, "2015-04-27", "sohr"),
            &by(400, "2015-05-30", "olj"),
        );
        assert_eq!(
            (s, why.as_str()),
            (
                Severity::Divergent,
                "periods differ (..2015-04-27 vs ..2015-05-30)"
            )
        );
        let (s, _) = compare(
            &by(400, "2015-05-30", "olj"),
            &by(200, "2015-04-27", "sohr"),
        );
        assert_eq!(s, Severity::Divergent);
        // Fewer dead by the later report: both cannot be true.
        let (s, _) = compare(
            &by(400, "2015-04-27", "sohr"),
            &by(200, "2015-05-30", "olj"),
        );
        assert_eq!(s, Severity::Conflict);
        // One report date: one toll.
        let (s, _) = compare(
            &by(200, "2015-04-27", "sohr"),
            &by(400, "2015-04-27", "olj"),
        );
        assert_eq!(s, Severity::Conflict);
    }

    #[test]
    fn two_figures_of_one_scope_and_period_conflict() {
        let (s, _) = compare(
            &claim(150, Some(150), None, "sohr"),
            &claim(120, Some(120), None, "olj"),
        );
        assert_eq!(s, Severity::Conflict);
    }

    #[test]
    fn a_range_far_above_a_lower_bound_diverges() {
        let (s, why) = compare(
            &claim(350, Some(500), None, "al_masdar"),
            &claim(124, None, None, "sohr"),
        );
        assert_eq!(s, Severity::Divergent);
        assert!(why.starts_with("one is a lower bound (124..)"), "{why}");
        let (s, _) = compare(
            &claim(900_000, Some(1_100_000), None, "a"),
            &claim(900_000, Some(1_100_000), None, "b"),
        );
        assert_eq!(s, Severity::Consistent);
    }

    #[test]
    fn a_day_is_a_part_of_a_month_not_its_rival() {
        let day = claim(43, Some(43), Some(("2015-04-23", "2015-04-24")), "sohr");
        let week = claim(
            350,
            Some(500),
            Some(("2015-04-22", "2015-04-30")),
            "al_masdar",
        );
        assert!(part_of(&day, &week));
        assert!(!part_of(
            &week,
            &claim(261, None, Some(("2015-04-22", "2015-05-23")), "sohr")
        ));
    }

    #[test]
    fn days_are_counted_across_months() {
        assert_eq!(
            parse_day("2015-05-01")
                .zip(parse_day("2015-04-30"))
                .map(|(a, b)| a - b),
            Some(1)
        );
        assert_eq!(
            parse_day("2020-03-01")
                .zip(parse_day("2020-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(parse_day("x"), None);
    }

    /// A claim for the same-number tests: 50 of `category`, counted by `origin`
    /// (`+`-joined, empty for none).
    fn told(category: &str, origin: &str) -> Claim {
        let mut c = claim(50, Some(50), None, "x");
        c.category = category.to_owned();
        c.origin = origin
            .split('+')
            .filter(|o| !o.is_empty())
            .map(str::to_owned)
            .collect();
        c
    }

    /// The pairs of one (paragraph, value) group as same_numbers chose them before it
    /// kept only those reported: every pair under the caps, then the filters.
    fn every_pair_then_filter(claims: &[Claim], same: &[usize]) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for (n, &i) in same.iter().enumerate().take(MAX_RIVALS) {
            for &j in same.iter().skip(n + 1).take(MAX_RIVALS) {
                pairs.push((i, j));
            }
        }
        pairs.sort_unstable();
        pairs.retain(|&(i, j)| {
            let (a, b) = (&claims[i], &claims[j]);
            !(a.category == "event" || b.category == "event" || a.infobox || b.infobox)
                && !(a.value < 10 || a.value != b.value || a.category == b.category)
                && !a.origin.is_empty()
                && independent(a, b)
        });
        pairs
    }

    fn same_number_pairs_sorted(claims: &[Claim], same: &[usize]) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        same_number_pairs(claims, same, &mut pairs);
        pairs.sort_unstable();
        pairs
    }

    #[test]
    fn one_number_pairs_only_across_categories_and_independent_origins() {
        let mut infobox = told("killed", "afp");
        infobox.infobox = true;
        let claims = vec![
            told("killed", "sohr"),
            told("wounded", "sohr"),
            told("captured", "olj"),
            told("killed", "olj+sohr"),
            told("wounded", ""),
            infobox,
            told("wounded", "afp"),
            told("event", "afp"),
        ];
        let same: Vec<usize> = (0..claims.len()).collect();
        let want = vec![(0, 2), (0, 6), (1, 2), (2, 6), (3, 6)];
        assert_eq!(same_number_pairs_sorted(&claims, &same), want);
        assert_eq!(every_pair_then_filter(&claims, &same), want);
        // Below 10 a number is too common to be one figure told twice.
        let small: Vec<Claim> = claims
            .iter()
            .cloned()
            .map(|mut c| {
                (c.value, c.low, c.high) = (9, 9, Some(9));
                c
            })
            .collect();
        assert_eq!(same_number_pairs_sorted(&small, &same), vec![]);
    }

    #[test]
    fn a_long_group_of_one_number_keeps_the_old_caps() {
        // Past MAX_RIVALS claims, the first MAX_RIVALS are each paired with the
        // MAX_RIVALS after them: few kinds of claims, and more kinds than a claim has rivals.
        let categories = ["killed", "wounded", "captured"];
        let origins = ["sohr", "olj", "afp", "sohr+afp", ""];
        let few: Vec<Claim> = (0..2 * MAX_RIVALS + 600)
            .map(|n| told(categories[n % 3], origins[n % 5]))
            .collect();
        let distinct: Vec<Claim> = (0..2 * MAX_RIVALS + 600)
            .map(|n| told(categories[n % 3], &format!("s{}", n % 2500)))
            .collect();
        for claims in [few, distinct] {
            // The group in another order than the claims': every third claim left out.
            let same: Vec<usize> = (0..claims.len()).filter(|n| n % 3 != 1).collect();
            let got = same_number_pairs_sorted(&claims, &same);
            assert_eq!(got, every_pair_then_filter(&claims, &same));
            assert!(got.len() > MAX_RIVALS, "{}", got.len());
            assert!(got.iter().all(|&(i, _)| i <= same[MAX_RIVALS - 1]));
            // The last of the first MAX_RIVALS reaches MAX_RIVALS claims further, no more.
            let last = same[MAX_RIVALS - 1];
            let reach = got.iter().filter(|&&(i, _)| i == last).map(|p| p.1).max();
            let bound = same.get(2 * MAX_RIVALS - 1).copied().unwrap_or(usize::MAX);
            assert!(reach.is_none_or(|j| j <= bound), "{reach:?}");
        }
    }

    #[test]
    fn a_contest_gives_its_first_reasons_and_counts_the_others() {
        // Twelve figures from twelve sources, each conflicting with every other: 66
        // pairs, 10 reasons given, 56 counted.
        let claims: Vec<Claim> = (0..12)
            .map(|n| claim(100 + 20 * n, Some(100 + 20 * n), None, &format!("s{n}")))
            .collect();
        let comparisons: Vec<Comparison> = (0..12)
            .flat_map(|a| (a + 1..12).map(move |b| (a, b)))
            .map(|(a, b)| Comparison {
                a,
                b,
                severity: compare(&claims[a], &claims[b]).0,
            })
            .collect();
        let contests = group(&claims, &comparisons);
        assert_eq!(contests.len(), 1);
        let k = &contests[0];
        assert_eq!((k.severity, k.claims.len()), (Severity::Conflict, 12));
        let reasons: Vec<&str> = k.reason.split("; ").collect();
        assert_eq!(reasons.len(), MAX_REASONS + 1);
        assert_eq!(
            reasons[0],
            "100 and 120 cannot both be true over the same scope and period"
        );
        assert_eq!(
            reasons[9],
            "100 and 300 cannot both be true over the same scope and period"
        );
        assert_eq!(reasons[10], "and 56 more pairs as grave");
    }

    #[test]
    fn a_group_gives_the_worst_pairs_reasons_once_each_in_order() {
        let mut rebels = claim(30, Some(30), None, "sana");
        rebels.side = "rebel".into();
        let mut rebels_again = claim(30, Some(30), None, "olj");
        rebels_again.side = "rebel".into();
        let claims = vec![
            claim(150, Some(150), None, "sohr"),
            rebels,
            claim(120, Some(120), None, "olj"),
            claim(150, Some(150), None, "afp"),
            claim(100, None, None, "bbc"),
            rebels_again,
        ];
        // The pairs find_contested compares: each category and side apart.
        let pairs = [(0, 2), (0, 3), (0, 4), (1, 5), (2, 3), (2, 4), (3, 4)];
        let comparisons: Vec<Comparison> = pairs
            .iter()
            .map(|&(a, b)| Comparison {
                a,
                b,
                severity: compare(&claims[a], &claims[b]).0,
            })
            .collect();
        let severities: Vec<Severity> = comparisons.iter().map(|c| c.severity).collect();
        use Severity::*;
        assert_eq!(
            severities,
            [Conflict, Consistent, Divergent, Consistent, Conflict, Consistent, Divergent]
        );
        assert_eq!(
            comparisons[2].reason(&claims),
            "one is a lower bound (100..); the other is 1.5 times as large"
        );
        let contests = group(&claims, &comparisons);
        let got: Vec<(Severity, &[usize], &str)> = contests
            .iter()
            .map(|k| (k.severity, k.claims.as_slice(), k.reason.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Conflict,
                    &[0, 2, 3, 4][..],
                    "150 and 120 cannot both be true over the same scope and period; \
                     120 and 150 cannot both be true over the same scope and period"
                ),
                (Consistent, &[1, 5][..], "the intervals overlap"),
            ]
        );
        assert_eq!(contests[1].side, "rebel");
    }
}
