//! The facts about the seed articles and the English fixture, checked on
//! the real files.

mod common;

use crosscheck::model::{BlockKind, Context, FindingKind, Format, MarkerKind};

const JISR: &str = "seeds/fr_bataille_de_jisr_al_choghour_2015.txt";
const MAARAT: &str = "seeds/fr_offensive_de_maarat_al_nouman_et_saraqeb.tokenized.txt";
const ENGLISH: &str = "tests/fixtures/en_jisr_al_shughur.txt";

#[test]
fn jisr_has_82_references_numbered_in_order_with_their_backlinks() {
    let a = common::article(JISR);
    assert_eq!((a.lang.as_str(), a.format), ("fr", Format::Rendered));
    assert_eq!(a.title, "Bataille de Jisr al-Choghour (2015)");
    let numbers: Vec<u32> = a.references.iter().map(|r| r.number).collect();
    assert_eq!(numbers, (1..=82).collect::<Vec<u32>>());
    let backlinks = |n: u32| a.reference(n).map(|r| r.backlinks);
    assert_eq!(backlinks(1), Some(8));
    assert_eq!(backlinks(15), Some(11));
    assert_eq!(backlinks(5), Some(5));
    assert_eq!(backlinks(2), Some(2));
    assert_eq!(backlinks(13), Some(1));
    // Every reference is cited exactly as often as its backlinks say.
    for r in &a.references {
        assert_eq!(r.uses, r.backlinks as usize, "reference {}", r.number);
    }
}

#[test]
fn jisr_all_161_markers_resolve() {
    let a = common::article(JISR);
    let refs: Vec<u32> = a
        .markers
        .iter()
        .filter_map(|m| match m.kind {
            MarkerKind::Reference(n) => Some(n),
            _ => None,
        })
        .collect();
    assert_eq!(refs.len(), 161);
    assert!(refs.iter().all(|n| a.reference(*n).is_some()));
    assert!(!a
        .findings
        .iter()
        .any(|f| f.kind == FindingKind::MissingReference));
    assert!(a.findings.is_empty(), "{:#?}", a.findings);
    // Every marker sits in a sentence or an infobox value, so every reference knows
    // the sentences that cite it.
    assert!(a.markers.iter().all(|m| m.sentence.is_some()));
    let ref61 = a.reference(61).expect("ref 61");
    let citing: Vec<&str> = ref61
        .cited_by
        .iter()
        .map(|&id| a.sentences[id - 1].text.as_str())
        .collect();
    assert_eq!(citing.len(), 1);
    assert!(citing[0].starts_with("Al-Masdar News (en), un média pro-régime syrien"));
    assert!(citing[0].contains("92 morts et 112 blessés"));
}

#[test]
fn jisr_references_resolve_to_their_sources() {
    let a = common::article(JISR);
    let keys = |n: u32| {
        a.reference(n)
            .map(|r| r.source_keys.clone())
            .unwrap_or_default()
    };
    assert_eq!(keys(5), ["sohr"]);
    assert_eq!(keys(61), ["al_masdar"]);
    assert_eq!(keys(8), ["afp", "lorient_le_jour"]);
    assert_eq!(keys(29), ["afp", "lorient_le_jour"]); // OLJ avec AFP
    assert_eq!(keys(6), ["afp", "romandie"]); // AFP, sur www.romandie.com
    assert_eq!(keys(78), ["twitter", "wassim_nasr"]);
    for r in &a.references {
        assert!(
            !r.source_keys.is_empty(),
            "reference {} has no source: {}",
            r.number,
            r.raw
        );
        assert!(
            r.unknown_names.is_empty(),
            "reference {}: {:?}",
            r.number,
            r.unknown_names
        );
    }
    let r5 = a.reference(5).expect("ref 5");
    assert_eq!(r5.lang.as_deref(), Some("en"));
    assert_eq!(r5.archived_via.as_deref(), Some("archive.fo"));
    assert!(r5
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("90 officers in regime forces")));
    let r15 = a.reference(15).expect("ref 15");
    assert_eq!(r15.authors, ["Caleb Weiss"]);
    assert_eq!(r15.lang.as_deref(), Some("en-US"));
}

#[test]
fn jisr_dead_links_are_detected() {
    let a = common::article(JISR);
    let dead: Vec<u32> = a
        .references
        .iter()
        .filter(|r| r.dead)
        .map(|r| r.number)
        .collect();
    // Every entry with "(Archive.orgWikiwixArchive.isGoogleQue faire ?)" and no other.
    assert_eq!(dead, [17, 20, 21, 31, 54, 65]);
}

#[test]
fn jisr_infobox_values_carry_their_markers() {
    let a = common::article(JISR);
    let values: Vec<(&str, &str, Vec<u32>)> = a
        .sentences
        .iter()
        .filter_map(|s| match &s.context {
            Context::Infobox { field, .. } => Some((field.as_str(), s.text.as_str(), refs(&a, s))),
            Context::Body => None,
        })
        .filter(|(f, _, _)| *f == "strength" || *f == "casualties")
        .collect();
    assert_eq!(
        values,
        [
            ("strength", "6 000 hommes", vec![1]),
            ("strength", "10 000 hommes", vec![2]),
            ("casualties", "261 morts au moins", vec![5]),
            ("casualties", "300 prisonniers ou disparus", vec![5]),
            (
                "casualties",
                "124 morts au moins",
                vec![6, 3, 7, 8, 9, 10, 11]
            ),
            ("casualties", "7 morts au moins", vec![3]),
            (
                "casualties",
                "23 prisonniers exécutés par les loyalistes",
                vec![4]
            ),
        ]
    );
}

fn refs(a: &crosscheck::Article, s: &crosscheck::model::Sentence) -> Vec<u32> {
    s.markers
        .iter()
        .filter_map(|&m| match a.markers[m].kind {
            MarkerKind::Reference(n) => Some(n),
            _ => None,
        })
        .collect()
}

#[test]
fn jisr_sentences_keep_their_markers_and_sections() {
    let a = common::article(JISR);
    let body: Vec<_> = a.body_sentences().collect();
    assert!(body[0]
        .text
        .starts_with("La deuxième bataille de Jisr al-Choghour a lieu"));
    let s = body
        .iter()
        .find(|s| s.text.starts_with("Le 24 mai, l'Observatoire syrien"))
        .expect("the 261 sentence");
    assert_eq!(refs(&a, s), [5, 60]);
    assert_eq!(
        a.sections[s.section].heading,
        "Siège de l'hôpital de Jisr al-Choughour"
    );
    assert_eq!((s.line, s.column), (92, 1));
    // The French rule: markers before the stop belong to the sentence they end.
    let first = body
        .iter()
        .find(|s| s.text == "Les premiers combats débutent le 22 avril.")
        .expect("sentence split at the stop after the marker");
    assert_eq!(refs(&a, first), [25]);
    // Captions under a heading's edit link are furniture, not prose.
    assert!(!body.iter().any(|s| s.text.starts_with("Vue de l'hôpital")));
    assert!(a
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Caption && b.line == 72));
    // A quotation is not cut at its inner full stops.
    assert!(body.iter().any(|s| s
        .text
        .starts_with("Dans la soirée, Bachar el-Assad félicite")
        && s.text.ends_with("ni la capitulation ».")));
}

#[test]
fn maarat_invents_no_reference_list_and_skips_the_navbox() {
    let a = common::article(MAARAT);
    assert_eq!((a.lang.as_str(), a.format), ("fr", Format::Tokenized));
    assert!(a.references.is_empty());
    assert!(a.markers.is_empty());
    let body: Vec<_> = a.body_sentences().collect();
    assert!(
        body[0]
            .text
            .starts_with("L' offensive de Maarat al-Nouman et Saraqeb , baptisée"),
        "{}",
        body[0].text
    );
    for s in &body {
        assert!(
            !s.text.contains("1re Deraa"),
            "navbox text in sentence {}",
            s.id
        );
        assert!(
            !s.text.contains("Territoire contrôlé"),
            "legend text in sentence {}",
            s.id
        );
    }
    let text = std::fs::read_to_string(common::path(MAARAT)).expect("seed reads");
    let navbox = a
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Navbox)
        .expect("a navbox block");
    let navbox_text = &text[navbox.span.start..navbox.span.end];
    assert!(
        navbox_text.starts_with("Guerre civile syrienne Batailles"),
        "{navbox_text}"
    );
    assert!(navbox_text.contains("1re Deraa 2e Deraa"));
    assert!(navbox_text
        .trim_end()
        .ends_with("Bombardements de Barzé et de Him Shinshar"));
    assert!(a
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Hatnote && b.line == 2));
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Legend));
    let last = body.last().expect("body sentences");
    assert!(last.text.starts_with("L' avancée de l' armée syrienne"));
    assert_eq!(body.len(), 8);
}

#[test]
fn maarat_infobox_losses_stay_infobox_values() {
    let a = common::article(MAARAT);
    let values: Vec<(&str, Option<&str>)> = a
        .sentences
        .iter()
        .filter_map(|s| match &s.context {
            Context::Infobox { label, .. } => Some((s.text.as_str(), label.as_deref())),
            Context::Body => None,
        })
        .collect();
    assert_eq!(
        values,
        [
            ("485 à 612 morts au moins", Some("Civils")),
            ("900 000 à 1,1 million de déplacés", Some("Civils")),
        ]
    );
}

#[test]
fn english_fixture_reads_like_the_french_seed() {
    let a = common::article(ENGLISH);
    assert_eq!((a.lang.as_str(), a.format), ("en", Format::Rendered));
    assert_eq!(a.references.len(), 26);
    let markers = a
        .markers
        .iter()
        .filter(|m| matches!(m.kind, MarkerKind::Reference(_)))
        .count();
    assert_eq!(markers, 80);
    for r in &a.references {
        assert_eq!(r.uses, r.backlinks as usize, "reference {}", r.number);
        assert!(!r.source_keys.is_empty(), "reference {}", r.number);
    }
    let kinds: Vec<FindingKind> = a.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, [FindingKind::CitationNeeded]);
    assert_eq!(a.reference(17).map(|r| r.dead), Some(true));
    assert_eq!(
        a.reference(8).map(|r| r.source_keys.clone()),
        Some(vec!["afp".into(), "lorient_le_jour".into()])
    );
    assert_eq!(
        a.reference(26).map(|r| r.source_keys.clone()),
        Some(vec!["al_masdar".into()])
    );
    let first = a.body_sentences().next().expect("a body");
    assert_eq!(
        first.text,
        "The second Battle of Jisr al-Shughur took place during the Syrian civil war."
    );
    let english = a
        .body_sentences()
        .find(|s| s.text.starts_with("According to the SOHR, at least 60"))
        .expect("sentence");
    assert_eq!(refs(&a, english), [16]);
}
