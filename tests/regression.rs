//! Cases found in review, each once wrong: kept so they stay right.

mod common;

use crosscheck::model::{Context, FindingKind};

#[test]
fn a_dated_french_reference_keeps_its_dates_out_of_the_sources() {
    let a = common::article_from(
        "dated.txt",
        "Bataille de Test\n\nLa bataille de Test oppose les rebelles aux forces loyalistes pendant le mois de mai.[1][2]\n\n\
         Notes et références\n\n[modifier | modifier le code]\n\
         \u{20}\u{20}1. Benjamin Barthe, « Titre », sur lemonde.fr, \u{200e}24 mai 2015 (consulté le 25 mai 2015)\n\
         \u{20}\u{20}2. « Titre », Le Monde, no 21856, p. 3\n",
    );
    let r = a.reference(1).expect("ref 1");
    assert_eq!(r.date.as_deref(), Some("2015-05-24"));
    assert_eq!(r.access_date.as_deref(), Some("2015-05-25"));
    assert_eq!(r.source_keys, ["le_monde"]);
    assert!(r.unknown_names.is_empty(), "{:?}", r.unknown_names);
    let r = a.reference(2).expect("ref 2");
    assert_eq!(r.source_keys, ["le_monde"]);
    assert!(r.unknown_names.is_empty(), "{:?}", r.unknown_names);
}

#[test]
fn an_agency_carried_after_the_title_is_a_source_too() {
    let a = common::article_from(
        "avec.txt",
        "Bataille de Test\n\nLa bataille de Test oppose les rebelles aux forces loyalistes pendant le mois de mai.[1][2]\n\n\
         Notes et références\n\n[modifier | modifier le code]\n\
         \u{20}\u{20}1. « Titre », Le Figaro avec AFP, (consulté le )\n\
         \u{20}\u{20}2. « Titre », Ouest-France avec AFP,\n",
    );
    assert_eq!(
        a.reference(1).map(|r| r.source_keys.clone()),
        Some(vec!["afp".into(), "le_figaro".into()])
    );
    let r = a.reference(2).expect("ref 2");
    assert_eq!(r.source_keys, ["afp"]);
    assert_eq!(r.unknown_names, ["Ouest-France"]);
}

#[test]
fn an_unnumbered_list_takes_its_numbers_from_its_own_lines() {
    let a = common::article_from(
        "unnumbered.txt",
        "Battle of Test\n\nThe Battle of Test took place in May 2015.[a][1] At least 60 were killed.[2]\n\n\
         Notes\n[edit]\n^ The rebels called it the battle of the hospital.\n\n\
         References\n[edit]\n^ \"Never closed. Syrian Observatory for Human Rights.\n\
         ^ \"Report\". Al-Masdar News. 1 May 2015.\n",
    );
    // The first entry cannot be read; the second is still number 2, so [2] is
    // Al-Masdar's and nothing is attributed to the wrong source.
    let r = a.reference(2).expect("ref 2");
    assert_eq!(r.source_keys, ["al_masdar"]);
    assert!(a.reference(1).is_none());
    let kinds: Vec<FindingKind> = a.findings.iter().map(|f| f.kind).collect();
    assert!(kinds.contains(&FindingKind::ReferenceNumbering));
    assert!(kinds.contains(&FindingKind::MalformedReference));
    assert!(
        kinds.contains(&FindingKind::MissingReference),
        "[1] has no readable entry"
    );
}

#[test]
fn a_short_lead_that_names_the_article_is_the_lead() {
    let a = common::article_from(
        "short.txt",
        "Bataille de Test\n\nBataille de Test\nDate\nmai 2015\n\nLa bataille de Test a lieu en mai 2015[1].\n\n\
         Déroulement\n\n[modifier | modifier le code]\n\nLes rebelles attaquent la ville le 3 mai et la prennent le lendemain après de durs combats[1].\n\n\
         Notes et références\n\n[modifier | modifier le code]\n  1. a et b « Titre », OSDH,\n",
    );
    let first = a.body_sentences().next().expect("a body");
    assert_eq!(first.text, "La bataille de Test a lieu en mai 2015.");
    assert_eq!(a.reference(1).map(|r| r.cited_by.len()), Some(2));
    assert!(a.findings.is_empty(), "{:?}", a.findings);
}

#[test]
fn belligerents_named_forces_are_not_troop_strength() {
    let a = common::article_from(
        "forces.txt",
        "Bataille de Test\n\nInformations générales\nBelligérants\nForces armées syriennes\nArmée de la conquête\nForces en présence\n6 000 hommes[1]\n\n\
         La bataille de Test oppose les rebelles aux forces loyalistes pendant tout le mois de mai 2015.[1]\n\n\
         Notes et références\n\n[modifier | modifier le code]\n  1. a et b « Titre », OSDH,\n",
    );
    let strength: Vec<&str> = a
        .sentences
        .iter()
        .filter(|s| matches!(&s.context, Context::Infobox { field, .. } if field == "strength"))
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(strength, ["6 000 hommes"]);
}
