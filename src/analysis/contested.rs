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
//! figures do not add up to, parts that add up to more than their total, and one
//! number given two characterisations by two sources. It reads nothing but the model.

use std::collections::BTreeMap;

use crate::model::{Article, Claim};

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
    /// Why, in words.
    pub reason: String,
}

/// A group of claims about one quantity, or one finding about figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Contest {
    /// `k1`, `k2`, … within the article.
    pub id: String,
    /// The worst verdict of the group.
    pub severity: Severity,
    /// What kind of finding: `rivals`, `infobox_sum`, `parts_exceed_total`,
    /// `same_number`.
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
    let mut it = iso.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe)
}

fn overlap_days(a: &Claim, b: &Claim) -> Option<bool> {
    let a0 = parse_day(a.date_start.as_deref()?)?;
    let a1 = parse_day(a.date_end.as_deref()?)?;
    let b0 = parse_day(b.date_start.as_deref()?)?;
    let b1 = parse_day(b.date_end.as_deref()?)?;
    Some(a0 <= b1 && b0 <= a1)
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
    if site_a != site_b {
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
    match (&c.date_start, &c.date_end) {
        (Some(s), Some(e)) if s == e => out.push_str(s),
        (Some(s), Some(e)) => {
            out.push_str(s);
            out.push_str("..");
            out.push_str(e);
        }
        _ => out.push_str("undated"),
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

/// Compares two claims of one quantity.
pub fn compare(a: &Claim, b: &Claim) -> (Severity, String) {
    let (ah, bh) = (a.high.unwrap_or(u64::MAX), b.high.unwrap_or(u64::MAX));
    let overlap = a.low <= bh && b.low <= ah;
    let (pa, pb) = (period_text(a), period_text(b));
    if overlap {
        // Compatible only because one of them has no upper bound, yet far apart.
        let open = a.high.is_none() != b.high.is_none();
        let (lo, hi) = (a.value.min(b.value).max(1), a.value.max(b.value));
        if open && hi as f64 / lo as f64 >= 1.5 {
            let bound = if a.high.is_none() { a } else { b };
            return (
                Severity::Divergent,
                format!(
                    "one is a lower bound ({}); the other is {} times as large",
                    interval_text(bound),
                    (hi as f64 / lo as f64 * 10.0).round() / 10.0
                ),
            );
        }
        return (Severity::Consistent, "the intervals overlap".to_owned());
    }
    if pa != pb {
        return (
            Severity::Divergent,
            format!("periods differ ({pa} vs {pb})"),
        );
    }
    (
        Severity::Conflict,
        format!(
            "{} and {} cannot both be true over the same scope and period",
            interval_text(a),
            interval_text(b)
        ),
    )
}

/// The most claims of one category and side compared pairwise.
const MAX_RIVALS: usize = 2000;

/// Finds every contest in an article.
pub fn find_contested(article: &Article) -> (Vec<Contest>, Vec<Comparison>) {
    let claims = &article.claims;
    let mut comparisons = Vec::new();
    // Rivals share a category and a side: compare within those buckets, at most
    // MAX_RIVALS claims each, so a pathological article cannot make this quadratic
    // in its size.
    let mut buckets: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if c.category != "event" && c.side != "unknown" && c.parent.is_none() {
            let bucket = buckets
                .entry((c.category.as_str(), c.side.as_str()))
                .or_default();
            if bucket.len() < MAX_RIVALS {
                bucket.push(i);
            }
        }
    }
    let sites = sites(claims);
    for rivals in buckets.values() {
        for (n, &i) in rivals.iter().enumerate() {
            for &j in &rivals[n + 1..] {
                let (a, b) = (&claims[i], &claims[j]);
                if !independent(a, b) {
                    continue;
                }
                if !same_scope(a, b, sites[i], sites[j]) || part_of(a, b) {
                    continue;
                }
                let (severity, reason) = compare(a, b);
                comparisons.push(Comparison {
                    a: i,
                    b: j,
                    severity,
                    reason,
                });
            }
        }
    }
    comparisons.sort_by_key(|c| (c.a, c.b));
    let mut contests = group(claims, &comparisons);
    contests.extend(infobox_sums(claims));
    contests.extend(parts_exceeding(claims));
    contests.extend(same_numbers(article));
    for (n, c) in contests.iter_mut().enumerate() {
        c.id = format!("k{}", n + 1);
    }
    (contests, comparisons)
}

/// Groups compared claims into connected sets; a group's severity is its worst pair's.
fn group(claims: &[Claim], comparisons: &[Comparison]) -> Vec<Contest> {
    let mut parent: BTreeMap<usize, usize> = BTreeMap::new();
    fn root(parent: &mut BTreeMap<usize, usize>, i: usize) -> usize {
        let p = *parent.entry(i).or_insert(i);
        if p == i {
            i
        } else {
            let r = root(parent, p);
            parent.insert(i, r);
            r
        }
    }
    for c in comparisons {
        let (ra, rb) = (root(&mut parent, c.a), root(&mut parent, c.b));
        if ra != rb {
            parent.insert(ra.max(rb), ra.min(rb));
        }
    }
    let mut groups: BTreeMap<usize, (Vec<usize>, Vec<&Comparison>)> = BTreeMap::new();
    let members: Vec<usize> = parent.keys().copied().collect();
    for i in members {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().0.push(i);
    }
    // Each comparison to its group, in one pass (not a scan of all per group).
    for c in comparisons {
        let r = root(&mut parent, c.a);
        if let Some(g) = groups.get_mut(&r) {
            g.1.push(c);
        }
    }
    groups
        .into_values()
        .map(|(members, pairs)| {
            let severity = pairs
                .iter()
                .map(|c| c.severity)
                .max()
                .unwrap_or(Severity::Consistent);
            // Each reason once, in the order first met.
            let mut seen = std::collections::HashSet::new();
            let reasons: Vec<&str> = pairs
                .iter()
                .filter(|c| c.severity == severity)
                .map(|c| c.reason.as_str())
                .filter(|r| seen.insert(*r))
                .collect();
            let first = &claims[members[0]];
            Contest {
                id: String::new(),
                severity,
                kind: "rivals",
                category: first.category.clone(),
                side: first.side.clone(),
                scope: scope_text(first),
                claims: members,
                reason: reasons.join("; "),
            }
        })
        .collect()
}

/// A claim's scope in words: its site, else its place, else the whole.
pub fn scope_text(c: &Claim) -> String {
    c.site
        .clone()
        .or_else(|| c.place.clone())
        .unwrap_or_else(|| "whole".to_owned())
}

/// An infobox figure against the body figures its own references give, added up
/// (the infobox's 124 rebel deaths against the per-day figures that sum to 129).
fn infobox_sums(claims: &[Claim]) -> Vec<Contest> {
    let mut out = Vec::new();
    // A range in the infobox gives alternatives, not a total; forces are not summed.
    let summable = |c: &Claim| {
        c.infobox
            && !c.refs.is_empty()
            && (c.high.is_none() || c.high == Some(c.low))
            && ["killed", "wounded", "captured", "executed"].contains(&c.category.as_str())
    };
    for (i, ib) in claims.iter().enumerate().filter(|(_, c)| summable(c)) {
        let mut parts: Vec<usize> = Vec::new();
        let mut seen: Vec<(u64, Option<String>)> = Vec::new();
        for (j, c) in claims.iter().enumerate() {
            let fits = !c.infobox
                && c.parent.is_none()
                && c.category == ib.category
                && c.side == ib.side
                && !c.refs.is_empty()
                && c.refs.iter().all(|r| ib.refs.contains(r));
            // The same figure told twice (the 40 rebels of 10 May) counts once.
            let key = (c.value, c.date_start.clone());
            if fits && !seen.contains(&key) {
                seen.push(key);
                parts.push(j);
            }
        }
        if parts.len() < 2 {
            continue;
        }
        let sum: u64 = parts.iter().map(|&j| claims[j].value).sum();
        if sum == ib.value {
            continue;
        }
        let severity = if ib.high.is_some_and(|h| sum > h) || ib.low > sum && ib.high.is_some() {
            Severity::Conflict
        } else {
            Severity::Divergent
        };
        let mut members = vec![i];
        members.extend(&parts);
        out.push(Contest {
            id: String::new(),
            severity,
            kind: "infobox_sum",
            category: ib.category.clone(),
            side: ib.side.clone(),
            scope: "whole".into(),
            claims: members,
            reason: format!(
                "the infobox gives {} where the body's figures from the same references sum to {sum}",
                interval_text(ib)
            ),
        });
    }
    out
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
        let sum: u64 = parts.iter().map(|&j| claims[j].low).sum();
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

/// One number given two characterisations by two independent sources in one
/// paragraph (200 civilians massacred per the foreign ministry, 200 prisoners per SOHR).
fn same_numbers(article: &Article) -> Vec<Contest> {
    let claims = &article.claims;
    let paragraph = |c: &Claim| {
        article
            .sentences
            .get(c.sentence.saturating_sub(1))
            .map(|s| s.paragraph)
    };
    let mut by_value: BTreeMap<(Option<usize>, u64), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_value.entry((paragraph(c), c.value)).or_default().push(i);
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for same in by_value.values() {
        for (n, &i) in same.iter().enumerate().take(MAX_RIVALS) {
            for &j in same.iter().skip(n + 1).take(MAX_RIVALS) {
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable();
    let mut out = Vec::new();
    for (i, j) in pairs {
        {
            let (a, b) = (&claims[i], &claims[j]);
            if a.category == "event" || b.category == "event" || a.infobox || b.infobox {
                continue;
            }
            if a.value < 10 || a.value != b.value || a.category == b.category {
                continue;
            }
            if paragraph(a) != paragraph(b) || a.origin.is_empty() || !independent(a, b) {
                continue;
            }
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
            refs: vec![1],
            source_keys: vec![origin.to_owned()],
            origin: vec![origin.to_owned()],
            carriers: vec![],
            site: None,
            corroboration: vec![],
            verification: vec![],
            flags: vec![],
            parent: None,
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
}
