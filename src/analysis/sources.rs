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
    let mut rows: Vec<SourceUse> = registry
        .sources()
        .iter()
        .filter_map(|s| {
            known.get(s.key.as_str()).map(|(refs, arts)| SourceUse {
                source_key: s.key.clone(),
                name: s.name.clone(),
                kind: s.kind.clone(),
                alignment: s.alignment.clone(),
                standing: s.standing.clone(),
                refs: *refs,
                articles: arts.len(),
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
    rows.extend(unknown.into_iter().map(|(name, (refs, arts))| SourceUse {
        source_key: String::new(),
        name: name.to_owned(),
        kind: String::new(),
        alignment: String::new(),
        standing: "unregistered".into(),
        refs,
        articles: arts.len(),
        reliability: super::Reliability::default(),
    }));
    rows
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
        let rows = source_table(&[a, b], &registry, &Default::default());
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
    }
}
