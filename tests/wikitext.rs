//! Raw wikitext input, checked on `tests/fixtures/fr_bataille_de_test.wiki`: a French
//! conflict article in the shape editors write it (infobox template, named and
//! list-defined `<ref>`s, citation templates in French and English, a table, a comment,
//! a link marked dead, a template never closed).

mod common;

use crosscheck::model::{Claim, FindingKind, Format};
use crosscheck::Article;

const WIKI: &str = "tests/fixtures/fr_bataille_de_test.wiki";

fn wiki() -> Article {
    common::article(WIKI)
}

/// The body claim whose figure is `value` in a sentence that contains `words`.
fn body<'a>(a: &'a Article, value: u64, words: &str) -> &'a Claim {
    let found: Vec<&Claim> = a
        .claims
        .iter()
        .filter(|c| !c.infobox && c.value == value && c.text.contains(words))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one claim {value} with {words:?}: {found:#?}"
    );
    found[0]
}

#[test]
fn detected_as_french_wikitext_titled_by_its_infobox() {
    let a = wiki();
    assert_eq!(a.format, Format::Wikitext);
    assert_eq!(a.lang, "fr");
    assert_eq!(a.title, "Bataille de Test");
    let headings: Vec<&str> = a.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Bataille de Test",
            "Déroulement",
            "Bilan humain",
            "Notes et références"
        ]
    );
}

#[test]
fn references_are_numbered_in_order_of_first_use() {
    let a = wiki();
    // Twelve cited references and one list-defined reference that nothing cites; the
    // `group="N"` note is a note, not a reference.
    assert_eq!(a.references.len(), 13);
    let numbers: Vec<u32> = a.references.iter().map(|r| r.number).collect();
    assert_eq!(numbers, (1..=13).collect::<Vec<u32>>());
    // `osdh-forces` is used twice in the infobox, `osdh-261` (defined in the list at
    // the end) twice in the infobox and once in the text.
    let uses = |n: u32| a.reference(n).expect("reference").backlinks;
    assert_eq!((uses(1), uses(2), uses(13)), (2, 3, 1));
    let two = a.reference(2).expect("reference 2");
    assert_eq!(two.source_keys, ["sohr"]);
    assert_eq!(two.date.as_deref(), Some("2015-05-24"));
    assert_eq!(
        two.url.as_deref(),
        Some("http://www.syriahr.com/en/2015/05/24/261/")
    );
    assert_eq!(two.archive_url.as_deref(), Some("https://archive.fo/abcde"));
    assert_eq!(two.archived_via.as_deref(), Some("archive.fo"));
    assert_eq!(two.archive_date.as_deref(), Some("2015-05-27"));
    assert!(two.dead, "`brisé le` marks the link dead");
    assert_eq!(two.line, 37, "the line of its definition in the list");
}

#[test]
fn citation_templates_give_agency_publisher_dates_and_dead_links() {
    let a = wiki();
    let r = |n: u32| a.reference(n).expect("reference");
    // {{Article|périodique=[[L'Orient-Le Jour]]|agence=AFP|…}}
    assert_eq!(r(3).agencies, ["AFP"]);
    assert_eq!(r(3).source_keys, ["afp", "lorient_le_jour"]);
    assert_eq!(r(3).date.as_deref(), Some("2015-04-23"));
    // {{cite web}} in English inside the French article: English month names.
    assert_eq!(r(4).lang.as_deref(), Some("en"));
    assert_eq!(r(4).date.as_deref(), Some("2015-04-25"));
    assert_eq!(r(4).access_date.as_deref(), Some("2015-04-26"));
    // A bare URL names its source by its host.
    assert_eq!(r(9).source_keys, ["le_point"]);
    // `url-status=dead`, {{Lien brisé}} and a {{Dead link}} after the template.
    assert_eq!(r(10).archived_via.as_deref(), Some("web.archive.org"));
    assert_eq!(r(10).archive_date.as_deref(), Some("2015-05-26"));
    assert!(r(10).dead && r(11).dead && r(12).dead);
    assert!(!r(1).dead && !r(3).dead);
    // A free-text reference is read like a line of a rendered list.
    assert_eq!(r(6).source_keys, ["afp", "lexpress"]);
    assert_eq!(
        r(6).title.as_deref(),
        Some("Le régime syrien bombarde une ville stratégique")
    );
}

#[test]
fn infobox_parameters_keep_their_column() {
    let a = wiki();
    let field = |label: &str| {
        a.infobox
            .iter()
            .find(|f| f.label == label)
            .unwrap_or_else(|| panic!("no infobox field {label}"))
    };
    assert_eq!(field("forces1").key, "strength");
    assert_eq!(field("forces1").column, Some(1));
    assert_eq!(field("pertes2").column, Some(2));
    assert_eq!(field("date").column, None);
    // Figures in the first column are the loyalists', by the belligerents the infobox
    // names there (Armée syrienne, Hezbollah); the second column are the rebels'.
    let infobox: Vec<(&str, &str, u64, Vec<u32>)> = a
        .claims
        .iter()
        .filter(|c| c.infobox)
        .map(|c| {
            (
                c.category.as_str(),
                c.side.as_str(),
                c.value,
                c.refs.clone(),
            )
        })
        .collect();
    assert_eq!(
        infobox,
        [
            ("strength", "loyalist", 6000, vec![1]),
            ("strength", "rebel", 10000, vec![1]),
            ("killed", "loyalist", 261, vec![2]),
            ("captured", "loyalist", 300, vec![2]),
            ("killed", "rebel", 124, vec![3]),
            ("killed", "civilian", 7, vec![4]),
        ]
    );
}

#[test]
fn body_claims_carry_their_period_source_and_references() {
    let a = wiki();
    let c = body(&a, 261, "militaires et miliciens loyalistes");
    assert_eq!(
        (
            c.category.as_str(),
            c.side.as_str(),
            c.low,
            c.high,
            c.date_start.as_deref(),
            c.date_end.as_deref(),
            c.attributed_to.as_deref(),
            c.refs.clone()
        ),
        (
            "killed",
            "loyalist",
            261,
            None,
            Some("2015-04-22"),
            Some("2015-05-23"),
            Some("sohr"),
            vec![2, 10]
        )
    );
    let masdar = body(&a, 92, "Al-Masdar News");
    assert_eq!(
        (
            masdar.attributed_to.as_deref(),
            masdar.refs.clone(),
            masdar.date_end.as_deref()
        ),
        (Some("al_masdar"), vec![11], Some("2015-04-30"))
    );
    // A figure in a table cell, dated by the row's first cell.
    let table = body(&a, 32, "soldats loyalistes et 40 rebelles");
    assert_eq!(
        (
            table.side.as_str(),
            table.date_start.as_deref(),
            table.refs.clone()
        ),
        ("loyalist", Some("2015-05-10"), vec![12])
    );
    // Nothing from the comment or the image caption.
    assert!(!a.claims.iter().any(|c| c.value == 999 || c.value == 500));
}

#[test]
fn lines_point_into_the_wikitext() {
    let a = wiki();
    let c = body(&a, 261, "militaires et miliciens loyalistes");
    let s = &a.sentences[c.sentence - 1];
    assert_eq!(s.line, 25);
    let source = std::fs::read_to_string(common::path(WIKI)).expect("fixture");
    let line = source.lines().nth(s.line - 1).expect("line");
    assert!(line.contains("au moins 261 militaires"), "{line}");
}

#[test]
fn contested_figures_are_found_as_in_a_rendered_article() {
    let a = wiki();
    let (contests, _) = crosscheck::analysis::contested::find_contested(&a);
    let rivals: Vec<(&str, Vec<u64>)> = contests
        .iter()
        .map(|c| {
            (
                c.severity.name(),
                c.claims.iter().map(|&i| a.claims[i].value).collect(),
            )
        })
        .collect();
    assert!(rivals.contains(&("conflict", vec![150, 120])), "{rivals:?}");
    assert!(
        rivals.contains(&("divergent", vec![261, 261, 92])),
        "{rivals:?}"
    );
    // "une centaine de civils" (80..120) against "aucun civil".
    assert!(rivals.contains(&("conflict", vec![100, 0])), "{rivals:?}");
}

#[test]
fn unclosed_constructs_are_reported_where_they_open() {
    let a = wiki();
    let layout: Vec<(usize, usize, &str)> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Layout)
        .map(|f| (f.line, f.column, f.message.as_str()))
        .collect();
    assert_eq!(layout, [(42, 49, "a template {{ is never closed")]);
    let unclosed = common::article_from(
        "broken.wiki",
        "{{Infobox Conflit militaire\n| conflit = Bataille\n}}\nLe 3 mai 2015, 20 soldats sont tués<ref>OSDH, 3 mai 2015.\n\n== Suite ==\nUne [[phrase {{refnec}}.\n",
    );
    let kinds: Vec<(FindingKind, usize, usize, &str)> = unclosed
        .findings
        .iter()
        .map(|f| (f.kind, f.line, f.column, f.message.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                FindingKind::MalformedReference,
                4,
                36,
                "a <ref> is never closed by </ref>: read up to the end of its paragraph"
            ),
            (FindingKind::Layout, 7, 5, "a link [[ is never closed"),
            (
                FindingKind::CitationNeeded,
                7,
                14,
                "the article itself asks for a citation here [réf. nécessaire]"
            ),
        ]
    );
    // The sentence before the broken <ref> still gives its claim.
    let twenty: Vec<(&str, Vec<u32>, Option<&str>)> = unclosed
        .claims
        .iter()
        .filter(|c| c.value == 20)
        .map(|c| (c.category.as_str(), c.refs.clone(), c.date_start.as_deref()))
        .collect();
    assert_eq!(twenty, [("killed", vec![1], Some("2015-05-03"))]);
    assert_eq!(unclosed.references[0].source_keys, ["sohr"]);
}

#[test]
fn every_truncation_of_the_article_reads_without_panic() {
    let source = std::fs::read_to_string(common::path(WIKI)).expect("fixture");
    let grammars = common::grammars();
    let cuts: Vec<usize> = (0..source.len())
        .step_by(11)
        .filter(|i| source.is_char_boundary(*i))
        .collect();
    for cut in cuts {
        let doc = crosscheck::input::Document::new("cut.wiki", &source[..cut]);
        // Short prefixes may not be recognisably an article; that is an error, not a panic.
        if let Ok(a) = crosscheck::analyze_document(&doc, &grammars, None, None) {
            assert!(a.claims.iter().all(|c| c.low <= c.high.unwrap_or(u64::MAX)));
        }
    }
}

/// A claim's facts: infobox, category, side, bounds, qualifier, period, source, refs.
type Row = (
    bool,
    String,
    String,
    u64,
    Option<u64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Vec<u32>,
);

fn rows(a: &Article) -> Vec<Row> {
    a.claims
        .iter()
        .map(|c| {
            (
                c.infobox,
                c.category.clone(),
                c.side.clone(),
                c.low,
                c.high,
                c.qualifier.clone(),
                c.date_start.clone(),
                c.date_end.clone(),
                c.attributed_to.clone(),
                c.refs.clone(),
            )
        })
        .collect()
}

#[test]
fn the_same_article_as_plain_text_gives_the_same_claims() {
    // `fr_bataille_de_test.txt` is the same article as copied from the rendered page.
    let wiki = rows(&wiki());
    let plain_article = common::article("tests/fixtures/fr_bataille_de_test.txt");
    assert_eq!(plain_article.format, Format::Rendered);
    let plain = rows(&plain_article);
    assert_eq!(wiki.len(), 17);
    assert_eq!(plain.len(), wiki.len());
    // Only the side of the second infobox column differs: the rendered page shows
    // the belligerents as flags and names with no column, the wikitext numbers them.
    let mut differ = Vec::new();
    for (w, p) in wiki.iter().zip(&plain) {
        if w != p {
            let mut same_but_side = p.clone();
            same_but_side.2.clone_from(&w.2);
            assert_eq!(&same_but_side, w, "claims differ beyond the side");
            differ.push((w.0, w.3, w.2.as_str(), p.2.as_str()));
        }
    }
    assert_eq!(
        differ,
        [
            (true, 10000, "rebel", "unknown"),
            (true, 124, "rebel", "unknown")
        ]
    );
}

#[test]
fn an_infobox_value_is_cut_at_its_line_breaks_whatever_letters_come_before() {
    // `İ` (U+0130) is two bytes and its lower case three: a break found in a lowered
    // copy of the value would be placed a byte late for each one before it, and the
    // 300 prisoners read from the wrong place.
    let text = "{{Infobox Conflit militaire\n\
                | conflit = Bataille de Test\n\
                | belligérants1 = [[Armée arabe syrienne|Armée syrienne]]\n\
                | pertes1 = İİİİ 261 morts au moins<br>300 prisonniers ou disparus\n\
                }}\n\
                La '''bataille de Test''' a lieu en 2015 pendant la [[guerre civile syrienne]]. \
                Les rebelles prennent la ville le 25 avril.<ref>Un livre.</ref>\n";
    let a = common::article_from("istanbul.wiki", text);
    let infobox: Vec<(&str, u64)> = a
        .claims
        .iter()
        .filter(|c| c.infobox)
        .map(|c| (c.category.as_str(), c.value))
        .collect();
    assert_eq!(infobox, [("killed", 261), ("captured", 300)]);
}

/// A paragraph of thousands of sentences asking for a citation is one line of the
/// visible text: each finding still stands at its own template, in characters (each
/// was once counted from the line's start, the square of the line's length).
#[test]
fn findings_on_one_long_line_stand_where_their_templates_do() {
    const SENTENCES: usize = 2000;
    let line: String = (0..SENTENCES)
        .map(|i| format!("Témoin {i} à Alep, sans source{{{{Refnec}}}}. "))
        .collect();
    let text = format!("La '''bataille de Test''' a lieu en 2015.\n\n== Déroulement ==\n{line}\n");
    let a = common::article_from("refnec.wiki", &text);
    let found: Vec<(usize, usize)> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::CitationNeeded)
        .map(|f| (f.line, f.column))
        .collect();
    // Each template's column: the characters before it on line 4, plus one.
    let expected: Vec<(usize, usize)> = line
        .match_indices("{{Refnec}}")
        .map(|(at, _)| (4, line[..at].chars().count() + 1))
        .collect();
    assert_eq!(expected.len(), SENTENCES);
    assert_eq!(found, expected);
}

/// A line break inside a paragraph is a space, as MediaWiki shows it: lines that each
/// hold a sentence stay sentences, each figure with its own date, and words at the
/// ends of two lines stay two words (they were joined: "morts.Le 4 avril" was one
/// sentence, its 12 dead dated 4 April).
#[test]
fn lines_of_a_paragraph_are_joined_by_a_space() {
    let doc = crosscheck::input::Document::new(
        "lines.wiki",
        "La '''bataille de Test''' a lieu en 2015.\n\n== Déroulement ==\n\
         Le 3 avril, 12 morts.\nLe 4 avril, 15 morts à Idleb.\nEt ensuite\nla suite.\n",
    );
    let a = crosscheck::analyze_document(&doc, &common::grammars(), None, Some(Format::Wikitext))
        .expect("the article is analysed");
    let sentences: Vec<(usize, &str)> = a
        .sentences
        .iter()
        .skip(1)
        .map(|s| (s.line, s.text.as_str()))
        .collect();
    assert_eq!(
        sentences,
        [
            (4, "Le 3 avril, 12 morts."),
            (5, "Le 4 avril, 15 morts à Idleb."),
            (6, "Et ensuite la suite."),
        ]
    );
    let claims: Vec<(&str, Option<&str>, Option<&str>)> = a
        .claims
        .iter()
        .map(|c| {
            (
                c.figure.as_str(),
                c.date_start.as_deref(),
                c.place.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        claims,
        [
            ("12", Some("2015-04-03"), None),
            ("15", Some("2015-04-04"), Some("Idleb")),
        ]
    );
}

/// A sentence whose figure sits inside `depth` nested `{{nobr|…}}` templates, in an
/// article of its own (its first line has a whole link, so that it is seen as
/// wikitext before the closing braces).
fn nested_templates(depth: usize) -> Article {
    let text = format!(
        "La '''bataille de [[Test]]''' a lieu en 2015.\n\n== Déroulement ==\n\
         Le 1 avril 2015, {}5 morts{}.\n\n\
         Le 2 avril 2015, 7 morts.\n",
        "{{nobr|".repeat(depth),
        "}}".repeat(depth)
    );
    common::article_from("nested.wiki", &text)
}

#[test]
fn templates_nested_past_the_limit_are_left_out_without_overflowing_the_stack() {
    // 50 000 deep: rendering recursed once per level and overflowed the stack
    // (the process aborted); it now stops at 200 levels with a finding.
    let deep = nested_templates(50_000);
    let layout: Vec<(usize, usize, &str)> = deep
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Layout)
        .map(|f| (f.line, f.column, f.message.as_str()))
        .collect();
    // The 201st template, after "Le 1 avril 2015, " and 200 "{{nobr|".
    assert_eq!(
        layout,
        [(
            4,
            18 + 200 * 7,
            "templates and links nested more than 200 deep: what is inside them is left out"
        )]
    );
    let values: Vec<u64> = deep.claims.iter().map(|c| c.value).collect();
    assert_eq!(values, [7], "the 5 deaths are inside the part left out");

    // Up to the limit, the figure is read as if it stood alone.
    let shallow = nested_templates(200);
    let values: Vec<u64> = shallow.claims.iter().map(|c| c.value).collect();
    assert_eq!(values, [5, 7]);
    assert!(shallow
        .findings
        .iter()
        .all(|f| f.kind != FindingKind::Layout));
}

#[test]
fn links_nested_past_the_limit_are_left_out_without_overflowing_the_stack() {
    let depth = 50_000;
    let text = format!(
        "La [[Test]].\n\nLe 1 avril 2015, {}5 morts{}.\n\nLe 2 avril 2015, 7 morts.\n",
        "[[a|".repeat(depth),
        "]]".repeat(depth)
    );
    let a = common::article_from("links.wiki", &text);
    let layout: Vec<(usize, usize)> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Layout)
        .map(|f| (f.line, f.column))
        .collect();
    assert_eq!(layout, [(3, 18 + 200 * 4)]);
    let values: Vec<u64> = a.claims.iter().map(|c| c.value).collect();
    assert_eq!(values, [7]);
}

/// A short article written in wikitext, with one reference and one heading (fewer
/// than the three marks counted in a long text), is read as wikitext when no format is
/// given: its reference is a reference, not words of the sentence. Read as a
/// rendered-page copy, the `<ref>` tag's text was part of the sentence and the claim
/// cited nothing.
#[test]
fn a_short_wikitext_article_is_detected_by_one_element() {
    let text = "La '''bataille de Test''' a lieu en 2015.\n\n== Bilan ==\n\
                Le 3 mai 2015, 12 soldats sont tués.<ref>« Bilan », Observatoire syrien \
                des droits de l'homme, 3 mai 2015.</ref>\n";
    let doc = crosscheck::input::Document::new("short.wiki", text);
    let a = crosscheck::analyze_document(&doc, &common::grammars(), None, None)
        .expect("the article is analysed");
    assert_eq!(a.format, Format::Wikitext);
    let sentence = a.sentences.last().expect("a sentence");
    assert_eq!(sentence.text, "Le 3 mai 2015, 12 soldats sont tués.");
    let claims: Vec<(&str, &str, &[u32], &[String])> = a
        .claims
        .iter()
        .map(|c| {
            (
                c.figure.as_str(),
                c.category.as_str(),
                c.refs.as_slice(),
                c.origin.as_slice(),
            )
        })
        .collect();
    assert_eq!(
        claims,
        [("12", "killed", &[1][..], &["sohr".to_owned()][..])]
    );

    // The same sentence copied from the rendered page, with its `[1]` marker, stays a
    // rendered copy; so does a bracket that closes no link.
    for text in [
        "Bataille de Test\n\nLe 3 mai 2015, 12 soldats sont tués[1].\n\nRéférences\n\n1. ↑ « Bilan », OSDH\n",
        "Le 3 mai 2015, 12 soldats [[sic] sont tués. Un ===== trait.\n",
    ] {
        let doc = crosscheck::input::Document::new("short.txt", text);
        let a = crosscheck::analyze_document(&doc, &common::grammars(), None, None)
            .expect("the article is analysed");
        assert_eq!(a.format, Format::Rendered, "{text:?}");
    }
}

/// An infobox cell's own source is its figure's, and a side named in that source is not
/// the figure's: `261 killed (per SOHR)` had no source, `300 killed (government claim)`
/// in the rebels' column was the government's dead. `Syrian Armed Forces` names the
/// government's side (the column's figures had none).
#[test]
fn infobox_cells_name_their_sources() {
    let claims = |name: &str, text: &str, lang: &str| {
        let doc = crosscheck::input::Document::new(name, text);
        let a = crosscheck::analyze_document(
            &doc,
            &common::grammars(),
            Some(lang),
            Some(Format::Wikitext),
        )
        .expect("the article is analysed");
        a.claims
            .iter()
            .filter(|c| c.infobox && c.category != "strength")
            .map(|c| {
                (
                    c.category.clone(),
                    c.side.clone(),
                    c.value,
                    c.attributed_to.clone().unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>()
    };
    let row = |category: &str, side: &str, value: u64, by: &str| {
        (category.to_owned(), side.to_owned(), value, by.to_owned())
    };
    assert_eq!(
        claims(
            "testville.wiki",
            "{{Infobox military conflict\n| conflict = Battle of Testville\n\
             | combatant1 = {{flag|Syria}} Syrian Armed Forces\n\
             | combatant2 = Free Syrian Army\n\
             | casualties1 = 261 killed (per [[Syrian Observatory for Human Rights|SOHR]])<br />\
             92 killed (per [[Al-Masdar News]])<br />45 captured\n\
             | casualties2 = 124+ killed<br />300 killed (government claim)\n}}\n\
             The '''Battle of Testville''' was fought in May 2016.\n",
            "en"
        ),
        [
            row("killed", "loyalist", 261, "sohr"),
            row("killed", "loyalist", 92, "al_masdar"),
            row("captured", "loyalist", 45, ""),
            row("killed", "rebel", 124, ""),
            row("killed", "rebel", 300, "government claim"),
        ]
    );
    assert_eq!(
        claims(
            "testville-fr.wiki",
            "{{Infobox Conflit militaire\n| conflit = Bataille de Testville\n\
             | belligérant1 = {{Drapeau|Syrie}} Armée arabe syrienne\n\
             | belligérant2 = Armée syrienne libre\n\
             | pertes1 = 261 morts (selon l'OSDH)<br />92 morts (selon Al-Masdar News)\n\
             | pertes2 = 124 morts au moins<br />300 morts (selon le régime)\n}}\n\
             La '''bataille de Testville''' a lieu en mai 2016.\n",
            "fr"
        ),
        [
            row("killed", "loyalist", 261, "sohr"),
            row("killed", "loyalist", 92, "al_masdar"),
            row("killed", "rebel", 124, ""),
            row("killed", "rebel", 300, "le régime"),
        ]
    );
}
