//! Property tests: the real articles (seeds and fixtures), cut, spliced and salted with
//! the constructs each grammar commits on, are read in every format without a panic, and
//! what comes out still points into the text it came from.
//!
//! CI runs them on every build (`PROPTEST_CASES` raises the count for a longer run); the
//! fuzz targets under `fuzz/` run the same entry points for minutes.

mod common;

use crosscheck::model::{Article, Format};
use crosscheck::{analysis, analyze_document, input::Document, quantities_in, report, Grammars};
use proptest::prelude::*;

/// The texts mutated: every seed and every fixture.
fn corpus() -> Vec<String> {
    let mut paths: Vec<String> = common::seed_paths()
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    for fixture in [
        "tests/fixtures/fr_bataille_de_test.txt",
        "tests/fixtures/fr_bataille_de_test.wiki",
        "tests/fixtures/fr_bataille_de_test.html",
        "tests/fixtures/en_battle_of_test.parsoid.html",
        "tests/fixtures/en_jisr_al_shughur.txt",
    ] {
        paths.push(fixture.to_owned());
    }
    paths
        .iter()
        .map(|p| std::fs::read_to_string(common::path(p)).expect("corpus file reads"))
        .collect()
}

/// Pieces the grammars commit on: markers, templates, refs, links, tags, entities,
/// quantities and their qualifiers, dates, headings, list entries.
const PIECES: &[&str] = &[
    "[12]",
    "[",
    "]",
    "[4],[16]",
    "[réf. nécessaire]",
    "[citation needed]",
    "[N 1]",
    "{{",
    "}}",
    "{{Lien web|titre=",
    "|url=http://x.test/a",
    "{{Infobox Conflit militaire\n|pertes2=",
    "<ref>",
    "</ref>",
    "<ref name=\"a\"/>",
    "<ref name=a>",
    "<references/>",
    "[[",
    "]]",
    "[[a|",
    "<!--",
    "-->",
    "<",
    ">",
    "</p>",
    "<p>",
    "<div>",
    "</table>",
    "<td>",
    "<tr>",
    "<sup class=\"reference\">",
    "<ol class=\"references\">",
    "<li>",
    "&amp;",
    "&#",
    "&nbsp;",
    "au moins ",
    "plus de ",
    "261",
    " 000",
    "1,1 million",
    "entre 350 et 500",
    "des dizaines",
    "morts",
    "soldats",
    "rebelles",
    "civils",
    "Selon l'OSDH, ",
    "according to ",
    " dont ",
    "le 25 avril",
    "du 22 au 30 avril",
    "2015",
    "\n",
    "\n\n",
    " ",
    ".",
    ",",
    "«",
    "»",
    "\"",
    "  1. ",
    "^ ",
    "a b c et d",
    "(consulté le )",
    "[modifier | modifier le code]",
    "[edit]",
    "Notes et références",
    "References",
    "==",
    "===",
    "|",
    "\u{a0}",
    "\u{200e}",
    "é",
    "٢٦١",
];

/// A random edit of a text: cut it, drop or repeat a stretch, or splice pieces in.
#[derive(Debug, Clone)]
enum Edit {
    Truncate(usize),
    Delete(usize, usize),
    Repeat(usize, usize),
    Insert(usize, Vec<usize>),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), 1usize..400).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), 1usize..400).prop_map(|(a, n)| Edit::Repeat(a, n)),
        (any::<usize>(), prop::collection::vec(0..PIECES.len(), 1..6))
            .prop_map(|(a, p)| Edit::Insert(a, p)),
    ]
}

/// The char boundary at or before `at % (len + 1)`.
fn boundary(text: &str, at: usize) -> usize {
    let mut i = at % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut t = text.to_owned();
    for e in edits {
        match e {
            Edit::Truncate(at) => t.truncate(boundary(&t, *at)),
            Edit::Delete(at, n) => {
                let a = boundary(&t, *at);
                let b = boundary(&t, a.saturating_add(*n).min(t.len()));
                t.replace_range(a..b.max(a), "");
            }
            Edit::Repeat(at, n) => {
                let a = boundary(&t, *at);
                let b = boundary(&t, a.saturating_add(*n).min(t.len())).max(a);
                let stretch = t[a..b].to_owned();
                t.insert_str(b, &stretch);
            }
            Edit::Insert(at, pieces) => {
                let a = boundary(&t, *at);
                let s: String = pieces.iter().map(|&p| PIECES[p]).collect();
                t.insert_str(a, &s);
            }
        }
    }
    t
}

const FORMATS: [Option<Format>; 5] = [
    None,
    Some(Format::Rendered),
    Some(Format::Tokenized),
    Some(Format::Wikitext),
    Some(Format::Html),
];

/// Everything an article says about places in `text` points into it.
fn check_places(a: &Article, text: &str) -> Result<(), TestCaseError> {
    let lines = text.split('\n').count();
    let at = |what: &str, line: usize, column: usize| -> Result<(), TestCaseError> {
        prop_assert!(
            (1..=lines).contains(&line) && column >= 1,
            "{what} at {line}:{column}, the text has {lines} lines"
        );
        Ok(())
    };
    for s in &a.sentences {
        at("sentence", s.line, s.column)?;
        prop_assert!(
            s.span.start <= s.span.end && s.span.end <= text.len(),
            "{:?} sentence {} spans {:?} of {} bytes",
            a.format,
            s.id,
            s.span,
            text.len()
        );
        for &m in &s.markers {
            prop_assert!(m < a.markers.len(), "sentence {} names marker {m}", s.id);
        }
    }
    for m in &a.markers {
        at("marker", m.line, m.column)?;
        prop_assert!(
            m.span.start <= m.span.end && m.span.end <= text.len(),
            "{:?} marker spans {:?} of {} bytes",
            a.format,
            m.span,
            text.len()
        );
        if let Some(s) = m.sentence {
            prop_assert!(s < a.sentences.len() + 1, "marker names sentence {s}");
        }
    }
    for b in &a.blocks {
        at("block", b.line, b.column)?;
        prop_assert!(b.span.start <= b.span.end && b.span.end <= text.len());
    }
    for f in &a.findings {
        at("finding", f.line, f.column)?;
    }
    for r in &a.references {
        at("reference", r.line, 1)?;
    }
    for c in &a.claims {
        prop_assert!(
            c.high.is_none_or(|h| h >= c.low),
            "claim {} is {}..{:?}",
            c.id,
            c.low,
            c.high
        );
        prop_assert!(
            (1..=a.sentences.len()).contains(&c.sentence),
            "claim {} names sentence {}",
            c.id,
            c.sentence
        );
    }
    Ok(())
}

/// Reads the text in every format, runs the analysis and writes every report.
fn read_everything(text: &str, grammars: &Grammars) -> Result<(), TestCaseError> {
    let doc = Document::new("mutated", text);
    for format in FORMATS {
        let article = analyze_document(&doc, grammars, None, format)
            .map_err(|e| TestCaseError::fail(format!("{format:?}: {e}")))?;
        check_places(&article, text)?;
        let articles = [article];
        let (contests, comparisons) = analysis::find_contested(&articles[0]);
        let reliability = analysis::reliability(
            &articles,
            std::slice::from_ref(&contests),
            &[comparisons],
            &grammars.registry,
        );
        let table = analysis::source_table(&articles, &grammars.registry, &reliability);
        let mut sink = Vec::new();
        report::write_claims(&mut sink, &articles)
            .and_then(|()| report::write_references(&mut sink, &articles))
            .and_then(|()| report::write_sentences(&mut sink, &articles))
            .and_then(|()| report::write_findings(&mut sink, &articles))
            .and_then(|()| report::write_sources(&mut sink, &table))
            .and_then(|()| {
                report::write_contested(&mut sink, &articles, std::slice::from_ref(&contests))
            })
            .and_then(|()| report::write_html(&mut sink, &articles, &[contests], &table))
            .map_err(|e| TestCaseError::fail(format!("{format:?}: {e}")))?;
    }
    Ok(())
}

/// 32 cases a property, or `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn mutated_articles_read_in_every_format(
        which in any::<usize>(),
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        let corpus = corpus();
        let grammars = common::grammars();
        let text = apply(&corpus[which % corpus.len()], &edits);
        read_everything(&text, &grammars)?;
    }

    #[test]
    fn quantities_stay_inside_the_text(
        pieces in prop::collection::vec(0..PIECES.len(), 0..40),
        lang in prop::sample::select(vec!["fr", "en"]),
    ) {
        let text: String = pieces.iter().map(|&p| PIECES[p]).collect();
        let grammars = common::grammars();
        let found = quantities_in(&Document::new("q", text.as_str()), &grammars, Some(lang))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        for q in found {
            prop_assert!(q.span.start < q.span.end && q.span.end <= text.len(), "{q:?}");
            prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            prop_assert!(q.high.is_none_or(|h| h >= q.low), "{q:?} in {text:?}");
        }
    }
}

#[test]
fn the_corpus_reads_unmutated_with_claims() {
    // The property starts from real articles: each one gives claims as it is.
    let grammars = common::grammars();
    for text in corpus() {
        let a = analyze_document(
            &Document::new("corpus", text.as_str()),
            &grammars,
            None,
            None,
        )
        .expect("reads");
        assert!(!a.claims.is_empty(), "{} gives no claim", a.title);
        check_places(&a, &text).expect("places point into the text");
        // A sentence's span is in the source the user gave, markup included: it starts
        // where the sentence does.
        for s in &a.sentences {
            let first = s.text.chars().next();
            let shown = text.get(s.span.start..s.span.end).unwrap_or("");
            assert_eq!(shown.chars().next(), first, "{:?} spans {shown:?}", s.text);
        }
    }
}
