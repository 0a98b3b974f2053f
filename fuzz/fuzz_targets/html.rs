//! The HTML input: html5ever's tree, the infobox and reference lists, and the search
//! for each piece's place in the source.
#![no_main]

use crosscheck::{analysis, analyze_document, grammar, input, report, Grammars};
use crosscheck::model::Format;

/// The built-in grammars, loaded once.
fn grammars() -> &'static Grammars {
    static G: std::sync::OnceLock<Grammars> = std::sync::OnceLock::new();
    G.get_or_init(|| grammar::load_grammars(None).expect("the built-in grammars load"))
}

/// Reads the bytes as the command line would, in `format`, and writes every report.
fn read_everything(data: &[u8], format: Option<Format>) {
    let Ok(doc) = input::decode("fuzz", data.to_vec()) else {
        return; // not UTF-8, binary or empty: a clear error, which is the point
    };
    let g = grammars();
    let Ok(article) = analyze_document(&doc, g, None, format) else {
        return;
    };
    let articles = [article];
    let (contests, comparisons) = analysis::find_contested(&articles[0]);
    let contests = [contests];
    let reliability = analysis::reliability(&articles, &contests, &[comparisons], &g.registry);
    let table = analysis::source_table(&articles, &g.registry, &reliability);
    let mut sink = Vec::new();
    let _ = report::write_claims(&mut sink, &articles);
    let _ = report::write_references(&mut sink, &articles);
    let _ = report::write_contested(&mut sink, &articles, &contests);
    let _ = report::write_html(&mut sink, &articles, &contests, &table);
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    read_everything(data, Some(Format::Html));
});
