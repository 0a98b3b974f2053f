//! Per-source reliability on the articles read: how often a source's figures agree
//! with an independent source's, drawn toward its Wikipedia standing when it has
//! made few comparable claims.
//!
//! The score is `(K + m·p) / (N + m)`: K agreements out of N comparisons with an
//! independent origin, plus `m` = 2 imagined comparisons scored by the prior `p` of
//! the registry's standing (generally reliable 0.8, no consensus and not listed 0.5,
//! generally unreliable 0.3, deprecated 0.1). The range is a 95 % interval of that
//! estimate (a Beta(K + m·p, N − K + m·(1 − p)) posterior, normal approximation).

use std::collections::BTreeMap;

use serde::Serialize;

use super::contested::{Comparison, Contest, Severity};
use crate::model::{Article, Registry};

/// Weight of the prior, in imagined comparisons.
pub const PRIOR_WEIGHT: f64 = 2.0;

/// The prior agreement of a source of this standing.
pub fn prior(standing: &str) -> f64 {
    match standing {
        "generally_reliable" => 0.8,
        "generally_unreliable" => 0.3,
        "deprecated" => 0.1,
        _ => 0.5,
    }
}

/// What the articles say of one source.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Reliability {
    /// Claims it counted (it is their origin).
    pub origin_claims: usize,
    /// Claims it only carried (published another's count).
    pub carrier_claims: usize,
    /// Claims with no other source.
    pub sole_source_claims: usize,
    /// Claims it counted that are in a conflict or a divergence.
    pub contested_claims: usize,
    /// Comparisons of its figures with an independent origin's.
    pub comparisons: usize,
    /// Of those, the ones that agree.
    pub agreements: usize,
    /// The score, 0..1.
    pub score: f64,
    /// Low end of its 95 % interval.
    pub score_low: f64,
    /// High end of its 95 % interval.
    pub score_high: f64,
    /// Claims it counted whose reference headlines give their figure.
    pub corroborated_headlines: usize,
}

/// The score and its interval for K agreements of N, with a prior `p`.
///
/// ```
/// use crosscheck::analysis::reliability::score;
/// let (s, lo, hi) = score(0, 0, 0.8);
/// assert!((s - 0.8).abs() < 1e-9 && lo < s && s < hi);
/// // Two disagreements do not sink a reliable source to zero.
/// assert!((score(0, 2, 0.8).0 - 0.4).abs() < 1e-9);
/// ```
pub fn score(agreements: usize, comparisons: usize, prior: f64) -> (f64, f64, f64) {
    let (k, n) = (agreements as f64, comparisons as f64);
    let a = k + PRIOR_WEIGHT * prior;
    let b = n - k + PRIOR_WEIGHT * (1.0 - prior);
    let mean = a / (a + b);
    let sd = (a * b / ((a + b) * (a + b) * (a + b + 1.0))).sqrt();
    (
        mean,
        (mean - 1.96 * sd).max(0.0),
        (mean + 1.96 * sd).min(1.0),
    )
}

/// Counts, for every registry source, what the articles' claims and comparisons say
/// of it.
pub fn reliability(
    articles: &[Article],
    contests: &[Vec<Contest>],
    comparisons: &[Vec<Comparison>],
    registry: &Registry,
) -> BTreeMap<String, Reliability> {
    let mut out: BTreeMap<String, Reliability> = BTreeMap::new();
    for (n, a) in articles.iter().enumerate() {
        tally(
            &mut out,
            a,
            contests.get(n).map_or(&[], Vec::as_slice),
            comparisons.get(n).map_or(&[], Vec::as_slice),
            registry,
        );
    }
    score_all(&mut out, registry);
    out
}

/// Adds one article's counts to `out` (scores are left to [`score_all`]): what
/// [`reliability`] does for each article, for a run that reads articles one at a time.
///
/// Only registry sources are counted: an origin the registry does not know (a claimant
/// or an unnamed source kept as written) has no row of the table to count in, and a run
/// over a dump would otherwise keep every such name.
pub fn tally(
    out: &mut BTreeMap<String, Reliability>,
    a: &Article,
    contests: &[Contest],
    comparisons: &[Comparison],
    registry: &Registry,
) {
    let known = |key: &&String| registry.get(key).is_some();
    let contested: Vec<usize> = contests
        .iter()
        .filter(|k| k.severity >= Severity::Divergent)
        .flat_map(|k| k.claims.iter().copied())
        .collect();
    for (i, c) in a
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.category != "event")
    {
        for key in c.origin.iter().filter(known) {
            let r = counts(out, key);
            r.origin_claims += 1;
            if contested.contains(&i) {
                r.contested_claims += 1;
            }
            if c.corroboration.iter().any(|(_, s)| s == "supports") {
                r.corroborated_headlines += 1;
            }
        }
        for key in &c.carriers {
            counts(out, key).carrier_claims += 1;
        }
        if let [only] = c.source_keys.as_slice() {
            counts(out, only).sole_source_claims += 1;
        }
    }
    for cmp in comparisons {
        let (Some(x), Some(y)) = (a.claims.get(cmp.a), a.claims.get(cmp.b)) else {
            continue;
        };
        for key in x.origin.iter().chain(&y.origin).filter(known) {
            let r = counts(out, key);
            r.comparisons += 1;
            if cmp.severity == Severity::Consistent {
                r.agreements += 1;
            }
        }
    }
}

/// The counts of `key` in `out`, added if missing (the key copied only then).
fn counts<'m>(out: &'m mut BTreeMap<String, Reliability>, key: &str) -> &'m mut Reliability {
    if !out.contains_key(key) {
        out.insert(key.to_owned(), Reliability::default());
    }
    out.get_mut(key)
        .expect("the key is in the map: added just above if missing")
}

/// Adds counts gathered apart by [`tally`] (one article's, on the thread that
/// analysed it) to `out`: the same as the [`tally`] of those articles into `out`.
pub fn merge(out: &mut BTreeMap<String, Reliability>, part: BTreeMap<String, Reliability>) {
    for (key, r) in part {
        let Some(o) = out.get_mut(&key) else {
            out.insert(key, r);
            continue;
        };
        // Every count, named: a new one cannot be forgotten here.
        let Reliability {
            origin_claims,
            carrier_claims,
            sole_source_claims,
            contested_claims,
            comparisons,
            agreements,
            score: _,
            score_low: _,
            score_high: _,
            corroborated_headlines,
        } = r;
        o.origin_claims += origin_claims;
        o.carrier_claims += carrier_claims;
        o.sole_source_claims += sole_source_claims;
        o.contested_claims += contested_claims;
        o.comparisons += comparisons;
        o.agreements += agreements;
        o.corroborated_headlines += corroborated_headlines;
    }
}

/// Scores every source of `out` from its counts and its registry standing.
pub fn score_all(out: &mut BTreeMap<String, Reliability>, registry: &Registry) {
    for (key, r) in out.iter_mut() {
        let p = registry.get(key).map_or(0.5, |s| prior(&s.standing));
        (r.score, r.score_low, r.score_high) = score(r.agreements, r.comparisons, p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_comparisons_stay_near_the_prior() {
        let (s, lo, hi) = score(1, 1, 0.5);
        assert!((s - 2.0 / 3.0).abs() < 1e-9);
        assert!(lo > 0.0 && lo < 0.5 && (hi - 1.0).abs() < 1e-9, "{lo} {hi}");
        let (many, _, _) = score(90, 100, 0.5);
        assert!((many - 91.0 / 102.0).abs() < 1e-9);
    }

    #[test]
    fn the_prior_follows_the_standing() {
        assert!(prior("generally_reliable") > prior("not_listed"));
        assert!(prior("deprecated") < prior("generally_unreliable"));
        assert_eq!(prior("anything else"), 0.5);
    }
}
