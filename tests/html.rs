//! HTML input, checked on two pages of our own making: `fr_bataille_de_test.html`, the
//! wikitext fixture's article as French Wikipedia's skin shows it and a browser saves
//! it (navigation, edit links, scripts, an infobox table, figures, a notes list, a
//! dead link's search links), and `en_battle_of_test.parsoid.html`, an English page as
//! the wiki's REST API renders it (Parsoid: sections, nested infobox tables, CS1
//! citations, `data-mw-group` notes).

mod common;

use assert_cmd::Command;
use crosscheck::input::{detect_format, parse_format, Document};
use crosscheck::model::{BlockKind, Format, MarkerKind, Reference};
use crosscheck::Article;

const HTML: &str = "tests/fixtures/fr_bataille_de_test.html";
const PARSOID: &str = "tests/fixtures/en_battle_of_test.parsoid.html";

fn html() -> Article {
    common::article(HTML)
}

fn reference(a: &Article, number: u32) -> &Reference {
    a.references
        .iter()
        .find(|r| r.number == number)
        .unwrap_or_else(|| panic!("reference {number}"))
}

#[test]
fn detected_as_french_html_titled_by_its_heading() {
    let source = std::fs::read_to_string(common::path(HTML)).expect("fixture");
    assert_eq!(detect_format(&source), Format::Html);
    assert_eq!(parse_format("html").expect("a format"), Format::Html);
    let a = html();
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.lang, "fr");
    assert_eq!(a.title, "Bataille de Test");
    let headings: Vec<&str> = a.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Bataille de Test",
            "Déroulement",
            "Bilan humain",
            "Notes et références",
            "Notes",
            "Références"
        ]
    );
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
    Vec<String>,
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
                c.source_keys.clone(),
            )
        })
        .collect()
}

#[test]
fn the_same_article_as_wikitext_gives_the_same_claims() {
    let wiki = common::article("tests/fixtures/fr_bataille_de_test.wiki");
    let page = html();
    assert_eq!(rows(&page).len(), 17);
    // Unlike the plain-text copy, the HTML keeps the infobox's columns: every side
    // matches the wikitext's.
    assert_eq!(rows(&page), rows(&wiki));
    let sides: Vec<(u64, &str)> = page
        .claims
        .iter()
        .filter(|c| c.infobox)
        .map(|c| (c.value, c.side.as_str()))
        .collect();
    assert_eq!(
        sides,
        [
            (6000, "loyalist"),
            (10000, "rebel"),
            (261, "loyalist"),
            (300, "loyalist"),
            (124, "rebel"),
            (7, "civilian")
        ]
    );
}

#[test]
fn references_come_from_the_list_with_their_links() {
    let a = html();
    let numbers: Vec<u32> = a.references.iter().map(|r| r.number).collect();
    assert_eq!(numbers, (1..=13).collect::<Vec<_>>());
    // The notes list ([N 1]) is not the reference list.
    assert!(a
        .references
        .iter()
        .all(|r| !r.raw.contains("note sans source")));
    let r1 = reference(&a, 1);
    assert_eq!(
        r1.url.as_deref(),
        Some("http://www.syriahr.com/en/2015/06/07/forces/")
    );
    assert_eq!((r1.backlinks, r1.uses), (2, 2));
    assert_eq!(r1.source_keys, ["sohr"]);
    assert_eq!(
        (r1.date.as_deref(), r1.access_date.as_deref()),
        (Some("2015-06-07"), Some("2015-06-08"))
    );
    assert!(!r1.dead);
    // The archive link's text dates the copy.
    let r2 = reference(&a, 2);
    assert_eq!((r2.backlinks, r2.uses), (3, 3));
    assert_eq!(r2.lang.as_deref(), Some("en"));
    assert_eq!(
        r2.url.as_deref(),
        Some("http://www.syriahr.com/en/2015/05/24/261/")
    );
    assert_eq!(r2.archive_url.as_deref(), Some("https://archive.fo/abcde"));
    assert_eq!(r2.archive_date.as_deref(), Some("2015-05-27"));
    // "lire en ligne" is a link, not the cited page's only address.
    assert_eq!(
        reference(&a, 3).url.as_deref(),
        Some("https://www.lorientlejour.com/article/921/syrie-assaut.html")
    );
    assert_eq!(reference(&a, 3).source_keys, ["afp", "lorient_le_jour"]);
    // A bare URL names its source by its host.
    let r9 = reference(&a, 9);
    assert_eq!(
        r9.url.as_deref(),
        Some("http://www.lepoint.fr/monde/syrie-des-soldats-racontent.php")
    );
    assert_eq!(r9.source_keys, ["le_point"]);
    // The Wayback Machine's address dates the copy.
    let r10 = reference(&a, 10);
    assert_eq!(
        r10.url.as_deref(),
        Some("https://www.reuters.com/article/palmyra")
    );
    assert_eq!(
        r10.archive_url.as_deref(),
        Some("https://web.archive.org/web/20150526000000/https://www.reuters.com/article/palmyra")
    );
    assert_eq!(r10.archive_date.as_deref(), Some("2015-05-26"));
    assert_eq!(r10.archived_via.as_deref(), Some("web.archive.org"));
    // {{Lien brisé}}'s search links mark the link dead and are neither its URL nor
    // an archived copy.
    let r11 = reference(&a, 11);
    assert!(r11.dead);
    assert_eq!(
        r11.url.as_deref(),
        Some("https://www.almasdarnews.com/article/complete-report/")
    );
    assert_eq!(r11.archive_url, None);
    assert_eq!(r11.source_keys, ["al_masdar"]);
    // "[lien brisé]" after the citation.
    assert!(reference(&a, 12).dead);
    assert_eq!(reference(&a, 13).uses, 0);
}

#[test]
fn lines_and_columns_point_into_the_html() {
    let source = std::fs::read_to_string(common::path(HTML)).expect("fixture");
    let lines: Vec<&str> = source.lines().collect();
    let at = |line: usize, column: usize| -> String {
        lines[line - 1].chars().skip(column - 1).take(12).collect()
    };
    let a = html();
    for s in &a.sentences {
        let first: String = s.text.chars().take_while(|c| c.is_alphanumeric()).collect();
        assert!(!first.is_empty());
        assert!(
            at(s.line, s.column).starts_with(&first),
            "sentence {:?} placed at {}:{} on {:?}",
            s.text,
            s.line,
            s.column,
            at(s.line, s.column)
        );
    }
    let lead = a
        .sentences
        .iter()
        .find(|s| s.text.starts_with("La bataille de Test"))
        .expect("the lead");
    assert_eq!((lead.line, lead.column), (66, 4));
    let twelve = a
        .markers
        .iter()
        .find(|m| m.kind == MarkerKind::Reference(12))
        .expect("marker 12");
    assert_eq!(twelve.line, 84);
    assert_eq!(reference(&a, 13).line, 118);
    let uncited = a
        .findings
        .iter()
        .find(|f| f.message.contains("reference 13 is cited by no marker"))
        .expect("the uncited reference is reported");
    assert_eq!(uncited.line, 118);
}

#[test]
fn page_furniture_is_not_read() {
    let a = html();
    for s in &a.sentences {
        for furniture in [
            "Accueil",
            "Portails",
            "999",
            "modifier",
            "Catégories",
            "licence",
            "Une image",
            "note sans source",
            "encyclopédie",
        ] {
            assert!(
                !s.text.contains(furniture),
                "{furniture:?} read in {:?}",
                s.text
            );
        }
    }
    // The image's caption is furniture, not a sentence.
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Caption));
    assert!(a.claims.iter().all(|c| c.value != 500 && c.value != 999));
    // The table row is one paragraph, its cells joined by a comma.
    assert!(a.sentences.iter().any(|s| s.text
        == "10 mai, Selon l'OSDH, au moins 32 soldats loyalistes et 40 rebelles sont tués."));
}

#[test]
fn the_wikis_own_html_reads_with_its_columns_notes_and_citations() {
    let a = common::article(PARSOID);
    assert_eq!((a.format, a.lang.as_str()), (Format::Html, "en"));
    assert_eq!(a.title, "Battle of Test");
    let claims: Vec<(bool, u64, &str, &str, Vec<u32>)> = a
        .claims
        .iter()
        .map(|c| {
            (
                c.infobox,
                c.value,
                c.category.as_str(),
                c.side.as_str(),
                c.refs.clone(),
            )
        })
        .collect();
    // The infobox's rows sit in a table inside a row: its columns are still sides.
    assert_eq!(
        claims,
        [
            (true, 261, "killed", "loyalist", vec![1]),
            (true, 124, "killed", "rebel", vec![]),
            (false, 261, "killed", "loyalist", vec![1]),
            (false, 92, "killed", "loyalist", vec![2]),
        ]
    );
    // The lower-alpha notes are not references, and their figures no claims.
    assert_eq!(a.references.len(), 2);
    assert!(a
        .markers
        .iter()
        .any(|m| m.kind == MarkerKind::Note("a".into())));
    let sohr = reference(&a, 1);
    assert_eq!((sohr.backlinks, sohr.uses), (2, 2));
    assert_eq!(
        sohr.publisher.as_deref(),
        Some("Syrian Observatory for Human Rights")
    );
    assert_eq!(
        (sohr.date.as_deref(), sohr.access_date.as_deref()),
        (Some("2015-05-24"), Some("2015-05-25"))
    );
    // A CS1 citation of a dead page: the title links to the copy, "the original" to
    // the page.
    let amn = reference(&a, 2);
    assert_eq!(
        amn.url.as_deref(),
        Some("https://www.almasdarnews.com/article/complete-report/")
    );
    assert_eq!(
        amn.archive_url.as_deref(),
        Some("https://web.archive.org/web/20150503000000/https://www.almasdarnews.com/article/complete-report/")
    );
    assert_eq!(amn.archive_date.as_deref(), Some("2015-05-03"));
    assert!(amn.dead);
    assert_eq!(amn.source_keys, ["al_masdar"]);
    assert!(a.findings.is_empty(), "{:#?}", a.findings);
}

#[test]
fn the_command_line_detects_or_is_told_the_format() {
    for forced in [None, Some("html")] {
        let out = tempfile::tempdir().expect("temp dir");
        let mut cmd = Command::cargo_bin("crosscheck").expect("the binary is built");
        cmd.current_dir(common::root())
            .args(["analyze", HTML, "--out"])
            .arg(out.path());
        if let Some(f) = forced {
            cmd.args(["--format", f]);
        }
        cmd.assert()
            .success()
            .stdout(predicates::str::contains("Bataille de Test [fr, html]"));
        let claims = std::fs::read_to_string(out.path().join("claims.csv")).expect("claims.csv");
        assert_eq!(claims.lines().count(), 18, "a header and 17 claims");
    }
    // The content tells the format, not the file's name.
    let dir = tempfile::tempdir().expect("temp dir");
    let misnamed = dir.path().join("page.txt");
    std::fs::copy(common::path(HTML), &misnamed).expect("copy");
    Command::cargo_bin("crosscheck")
        .expect("the binary is built")
        .arg("analyze")
        .arg(&misnamed)
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .success()
        .stdout(predicates::str::contains("[fr, html]"));
}

#[test]
fn every_truncation_of_the_page_reads_without_panic() {
    let source = std::fs::read_to_string(common::path(HTML)).expect("fixture");
    let grammars = common::grammars();
    let cuts: Vec<usize> = (0..source.len())
        .step_by(97)
        .filter(|i| source.is_char_boundary(*i))
        .collect();
    for cut in cuts {
        let doc = Document::new("cut.html", &source[..cut]);
        if let Ok(a) = crosscheck::analyze_document(&doc, &grammars, None, Some(Format::Html)) {
            assert!(a.claims.iter().all(|c| c.low <= c.high.unwrap_or(u64::MAX)));
        }
    }
}

#[test]
fn deep_or_broken_markup_is_read_as_a_browser_would() {
    let grammars = common::grammars();
    let analyze = |text: &str| {
        crosscheck::analyze_document(
            &Document::new("x.html", text),
            &grammars,
            Some("fr"),
            Some(Format::Html),
        )
        .expect("any HTML gives an article")
    };
    // Nesting far deeper than any real page (the tree builder would be quadratic):
    // the tags below 512 are left out, said where the first one stands, and the text
    // is still read.
    let deep = format!(
        "<html><body>{}<p>Selon l'OSDH, 261 soldats loyalistes sont tués.</p>{}</body></html>",
        "<div>".repeat(3_000),
        "</div>".repeat(3_000)
    );
    let a = analyze(&deep);
    assert!(a.claims.iter().any(|c| c.value == 261), "{:?}", a.sentences);
    let deep_finding = a
        .findings
        .iter()
        .find(|f| f.message.contains("nested more than 512 deep"))
        .expect("a finding says the page is nested too deep");
    assert_eq!((deep_finding.line, deep_finding.column), (1, 13 + 512 * 5));
    let tables = format!(
        "<table class=\"infobox\"><tr><th>Pertes</th></tr>{}<tr><td>12 morts</td><td>3 morts</td></tr>",
        "<tr><td><table>".repeat(1_000)
    );
    analyze(&tables);
    // Unclosed, misnested and stray markup.
    let broken = "<p>Le <b>10 mai <i>au moins 32 soldats</b> sont tués</i>.<sup class=\"reference\"><a href=\"#x\">[1]<p>Suite <<>> </ol></li>&bogus; &#xFFFFFF;";
    let a = analyze(broken);
    assert!(a.claims.iter().any(|c| c.value == 32), "{:?}", a.sentences);
    // Thousands of pieces written otherwise in the source (`&#65;BCD` for `ABCD`) and
    // never found there, before a long run the probes would match at every byte: the
    // search for each piece's place is bounded, not quadratic (a review's find).
    let unfound = format!(
        "<html><body><div class=\"mw-parser-output\"><p>{}{}</p></div></body></html>",
        "<br>&#65;BCD".repeat(6_000),
        "ABCD".repeat(4_000)
    );
    let a = analyze(&unfound);
    assert_eq!(a.sentences.len(), 1);
    // No body at all still gives an article, with a finding saying so.
    let a = analyze("<!DOCTYPE html><html><head><title>Vide</title></head></html>");
    assert_eq!(a.title, "Vide");
    assert!(a.sentences.is_empty());
}

#[test]
fn a_tag_of_thousands_of_attributes_keeps_its_first_ones() {
    // html5ever checks each attribute of a tag against the ones before it: a tag of
    // 50 000 would take seconds. Past the 256th distinct name they are left out, said
    // where the first one stands; the ones before it (a marker's `class`, a citation's
    // `href`) are read as ever, and so is what follows the tag.
    let many = |name: &str, n: usize| -> String {
        (0..n).map(|i| format!(" {name}{i}=\"v>{i}\"")).collect()
    };
    let page = format!(
        "<html><body><div class=\"mw-parser-output\">\n\
         <p id=\"intro\"{}>Le 24 mai 2015, 261 soldats loyalistes sont tués selon l'OSDH.\
         <sup id=\"cite_ref-1\" class=\"reference\"{}><a href=\"#cite_note-1\">[1]</a></sup></p>\n\
         <p{} class=\"mw-editsection\">[modifier]</p>\n\
         <h2>Références</h2><ol class=\"references\"><li id=\"cite_note-1\">\
         <span class=\"reference-text\"><a rel=\"nofollow\" class=\"external text\" \
         href=\"http://www.syriahr.com/en/2015/05/24/261/\"{}>Bilan</a>, OSDH, 24 mai 2015 \
         <span class=\"noprint\">[lien brisé]</span>.</span></li></ol></div></body></html>",
        many("a", 50_000),
        many("b", 200),
        many("c", 300),
        many("d", 1_000),
    );
    let a = common::article_from("crowded.html", &page);
    let claim = a
        .claims
        .iter()
        .find(|c| c.value == 261)
        .unwrap_or_else(|| panic!("the figure after the tag is read: {:?}", a.sentences));
    assert_eq!(claim.refs, [1]);
    assert_eq!(claim.source_keys, ["sohr"]);
    let r1 = reference(&a, 1);
    assert_eq!(
        r1.url.as_deref(),
        Some("http://www.syriahr.com/en/2015/05/24/261/")
    );
    assert!(r1.dead);
    assert_eq!((r1.uses, r1.backlinks), (1, 1));
    // Three tags crowded (the paragraph, the edit link, the citation's link; the
    // marker's 201 attributes are under the bound): the finding stands at the first
    // attribute left out, the paragraph's `a255` (`id` is its first name).
    let crowded: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.message.contains("more than 256 attributes"))
        .collect();
    assert_eq!(crowded.len(), 1, "{:?}", a.findings);
    let at = page.find(" a255=").expect("the 257th name") + 1;
    let line_start = page.find('\n').expect("a second line") + 1;
    assert_eq!(
        (crowded[0].line, crowded[0].column),
        (2, at - line_start + 1)
    );
    assert_eq!(
        crowded[0].message,
        "3 tags, the first here, with more than 256 attributes: the attributes past the 256th are left out"
    );
    // The class past the bound is left out with the rest: the edit link's text shows.
    assert!(
        a.sentences.iter().any(|s| s.text.contains("[modifier]")),
        "{:?}",
        a.sentences
    );
}
