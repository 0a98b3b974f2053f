//! The per-source table: which registry sources an article set cites, how often,
//! and the names no registry entry matches.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::{Article, Registry};

/// One row of the source table: a registry source, or an unregistered name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceUse {
    /// Registry key; empty for a name the registry does not know.
    pub source_key: String,
    /// The registry's name, or the unknown name verbatim.
    pub name: String,
    /// Registry kind (`wire_agency`, …); empty when unknown.
    pub kind: String,
    /// Registry alignment; empty when unknown.
    pub alignment: String,
    /// Registry standing; `unregistered` when unknown.
    pub standing: String,
    /// How many references resolve to it.
    pub refs: usize,
    /// How many articles cite it.
    pub articles: usize,
    /// What the claims say of it.
    pub reliability: super::Reliability,
}

/// Counts, for every source cited by `articles`, its references and articles.
/// Registered sources come first in registry order, then unknown names in
/// alphabetical order.
pub fn source_table(
    articles: &[Article],
    registry: &Registry,
    reliability: &std::collections::BTreeMap<String, super::Reliability>,
) -> Vec<SourceUse> {
    let mut known: BTreeMap<&str, (usize, BTreeSet<&str>)> = BTreeMap::new();
    let mut unknown: BTreeMap<&str, (usize, BTreeSet<&str>)> = BTreeMap::new();
    for article in articles {
        for r in &article.references {
            for key in &r.source_keys {
                let e = known.entry(key.as_str()).or_default();
                e.0 += 1;
                e.1.insert(&article.name);
            }
            for name in &r.unknown_names {
                let e = unknown.entry(name.as_str()).or_default();
                e.0 += 1;
                e.1.insert(&article.name);
            }
        }
    }
    let count = |m: BTreeMap<&str, (usize, BTreeSet<&str>)>| -> BTreeMap<String, (usize, usize)> {
        m.into_iter()
            .map(|(k, (refs, arts))| (k.to_owned(), (refs, arts.len())))
            .collect()
    };
    rows_from_counts(&count(known), &count(unknown), registry, reliability)
}

/// The source table from counts already made: per registry key and per unknown name,
/// (references, articles); a registry key the registry no longer has is left out.
pub fn rows_from_counts(
    known: &BTreeMap<String, (usize, usize)>,
    unknown: &BTreeMap<String, (usize, usize)>,
    registry: &Registry,
    reliability: &std::collections::BTreeMap<String, super::Reliability>,
) -> Vec<SourceUse> {
    let mut rows: Vec<SourceUse> = registry
        .sources()
        .iter()
        .filter_map(|s| {
            known.get(s.key.as_str()).map(|&(refs, arts)| SourceUse {
                source_key: s.key.clone(),
                name: s.name.clone(),
                kind: s.kind.clone(),
                alignment: s.alignment.clone(),
                standing: s.standing.clone(),
                refs,
                articles: arts,
                reliability: reliability.get(&s.key).cloned().unwrap_or_else(|| {
                    let p = super::reliability::prior(&s.standing);
                    let (score, score_low, score_high) = super::reliability::score(0, 0, p);
                    super::Reliability {
                        score,
                        score_low,
                        score_high,
                        ..Default::default()
                    }
                }),
            })
        })
        .collect();
    rows.extend(unknown.iter().map(|(name, &(refs, arts))| SourceUse {
        source_key: String::new(),
        name: name.clone(),
        kind: String::new(),
        alignment: String::new(),
        standing: "unregistered".into(),
        refs,
        articles: arts,
        reliability: super::Reliability::default(),
    }));
    rows
}

/// The most distinct unregistered names a [`SourceTally`] keeps; the names met after
/// that are counted together in one row, [`OTHER_UNREGISTERED`].
pub const MAX_UNKNOWN_NAMES: usize = 50_000;

/// The name of the row that counts the unregistered names past [`MAX_UNKNOWN_NAMES`].
pub const OTHER_UNREGISTERED: &str = "(other unregistered names)";

/// One article's part of a [`SourceTally`], gathered on its own (on the thread that
/// analysed the article) and added by [`SourceTally::merge`].
#[derive(Debug, Clone, Default)]
pub struct ArticleSources {
    /// Registry keys and the references resolving to each.
    known: BTreeMap<String, usize>,
    /// Unregistered names and the references giving each, in the order first met
    /// (the tally's cap keeps the first names met).
    unknown: Vec<(String, usize)>,
}

impl ArticleSources {
    /// Counts the references of `article` per source.
    pub fn new(article: &Article) -> Self {
        let mut known: BTreeMap<String, usize> = BTreeMap::new();
        let mut unknown: Vec<(String, usize)> = Vec::new();
        let mut places: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &article.references {
            for key in &r.source_keys {
                match known.get_mut(key) {
                    Some(n) => *n += 1,
                    None => {
                        known.insert(key.clone(), 1);
                    }
                }
            }
            for name in &r.unknown_names {
                match places.get(name.as_str()).and_then(|&i| unknown.get_mut(i)) {
                    Some((_, n)) => *n += 1,
                    None => {
                        places.insert(name, unknown.len());
                        unknown.push((name.clone(), 1));
                    }
                }
            }
        }
        Self { known, unknown }
    }
}

/// The source table's counts, gathered one article at a time for a run too large to
/// hold (a dump): per source, its references and the articles citing it. Memory grows
/// with the number of distinct sources, never with the articles; unregistered names
/// are kept up to [`MAX_UNKNOWN_NAMES`].
#[derive(Debug, Clone, Default)]
pub struct SourceTally {
    known: BTreeMap<String, (usize, usize)>,
    unknown: BTreeMap<String, (usize, usize)>,
}

impl SourceTally {
    /// Counts one article's references (an article counts once per source).
    pub fn add(&mut self, article: &Article) {
        self.merge(ArticleSources::new(article));
    }

    /// Counts one article's references, gathered by [`ArticleSources::new`]: the same
    /// counts as [`SourceTally::add`] of the article.
    pub fn merge(&mut self, article: ArticleSources) {
        for (key, refs) in article.known {
            match self.known.get_mut(&key) {
                Some(e) => {
                    e.0 += refs;
                    e.1 += 1;
                }
                None => {
                    self.known.insert(key, (refs, 1));
                }
            }
        }
        // Past the cap, the names are counted together, the article once.
        let mut other_seen = false;
        for (name, refs) in article.unknown {
            let kept = self.unknown.len() < MAX_UNKNOWN_NAMES || self.unknown.contains_key(&name);
            let name = if kept {
                name
            } else {
                OTHER_UNREGISTERED.to_owned()
            };
            let other = name == OTHER_UNREGISTERED;
            let e = self.unknown.entry(name).or_default();
            e.0 += refs;
            if !(other && other_seen) {
                e.1 += 1;
            }
            other_seen |= other;
        }
    }

    /// The table, as [`source_table`] gives it for the same articles (when no two of
    /// them have the same name).
    pub fn table(
        &self,
        registry: &Registry,
        reliability: &BTreeMap<String, super::Reliability>,
    ) -> Vec<SourceUse> {
        rows_from_counts(&self.known, &self.unknown, registry, reliability)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, Reference, Source};

    fn article(name: &str, refs: Vec<Reference>) -> Article {
        Article {
            name: name.into(),
            title: String::new(),
            lang: "fr".into(),
            format: Format::Rendered,
            sections: vec![],
            infobox: vec![],
            sentences: vec![],
            markers: vec![],
            blocks: vec![],
            references: refs,
            findings: vec![],
            claims: vec![],
            revision: None,
        }
    }

    fn reference(keys: &[&str], unknown: &[&str]) -> Reference {
        Reference {
            source_keys: keys.iter().map(|k| (*k).to_owned()).collect(),
            unknown_names: unknown.iter().map(|k| (*k).to_owned()).collect(),
            ..Reference::default()
        }
    }

    fn source(key: &str) -> Source {
        Source {
            key: key.into(),
            name: key.to_uppercase(),
            kind: "wire_agency".into(),
            country: String::new(),
            alignment: "independent".into(),
            standing: "generally_reliable".into(),
            aliases: vec![],
            domains: vec![],
            note: String::new(),
            short: Vec::new(),
        }
    }

    #[test]
    fn counts_references_and_articles_per_source() {
        let (registry, _) = Registry::new(vec![source("afp"), source("sohr"), source("ap")]);
        let a = article(
            "a",
            vec![
                reference(&["sohr", "afp"], &[]),
                reference(&["sohr"], &["Gazette"]),
            ],
        );
        let b = article("b", vec![reference(&["sohr"], &["Gazette"])]);
        let rows = source_table(&[a.clone(), b.clone()], &registry, &Default::default());
        let got: Vec<(&str, &str, usize, usize)> = rows
            .iter()
            .map(|r| (r.source_key.as_str(), r.name.as_str(), r.refs, r.articles))
            .collect();
        assert_eq!(
            got,
            [
                ("afp", "AFP", 1, 1),
                ("sohr", "SOHR", 3, 2),
                ("", "Gazette", 2, 2)
            ]
        );
        assert_eq!(rows[2].standing, "unregistered");
        let mut tally = SourceTally::default();
        tally.add(&a);
        tally.add(&b);
        assert_eq!(tally.table(&registry, &Default::default()), rows);
    }

    /// The tally as it was counted before [`ArticleSources`]: an occurrence at a time.
    fn add_each(tally: &mut SourceTally, article: &Article) {
        let mut seen_known = std::collections::BTreeSet::new();
        let mut seen_unknown = std::collections::BTreeSet::new();
        for r in &article.references {
            for key in &r.source_keys {
                let e = tally.known.entry(key.clone()).or_default();
                e.0 += 1;
                if seen_known.insert(key.clone()) {
                    e.1 += 1;
                }
            }
            for name in &r.unknown_names {
                let name = if tally.unknown.len() < MAX_UNKNOWN_NAMES
                    || tally.unknown.contains_key(name)
                {
                    name.as_str()
                } else {
                    OTHER_UNREGISTERED
                };
                let e = tally.unknown.entry(name.to_owned()).or_default();
                e.0 += 1;
                if seen_unknown.insert(name.to_owned()) {
                    e.1 += 1;
                }
            }
        }
    }

    #[test]
    fn an_article_counted_apart_counts_as_one_counted_in_place_past_the_cap() {
        let full: BTreeMap<String, (usize, usize)> = (0..MAX_UNKNOWN_NAMES - 2)
            .map(|i| (format!("n{i}"), (1, 1)))
            .collect();
        let names = ["x", "n7", "y", OTHER_UNREGISTERED, "z", "x", "w", "y", "n7"];
        let refs: Vec<Reference> = names
            .chunks(2)
            .map(|n| reference(&["sohr"], n))
            .chain([reference(&["afp", "sohr"], &["z", "v"])])
            .collect();
        let a = article("a", refs);
        let b = article("b", vec![reference(&[], &["v", "u", "x"])]);
        let (mut merged, mut each) = (SourceTally::default(), SourceTally::default());
        merged.unknown = full.clone();
        each.unknown = full;
        for article in [&a, &b, &a] {
            merged.add(article);
            add_each(&mut each, article);
        }
        assert_eq!(merged.known, each.known);
        assert_eq!(merged.unknown, each.unknown);
        assert!(merged.unknown.contains_key(OTHER_UNREGISTERED));
    }
}
