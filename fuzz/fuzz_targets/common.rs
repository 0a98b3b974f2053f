//! What the article targets share: the built-in grammars, and a whole read of the
//! bytes as the command line would, down to every report.

use crosscheck::model::Format;
use crosscheck::{analysis, analyze_document, grammar, input, report, Grammars};

/// The built-in grammars, loaded once.
pub fn grammars() -> &'static Grammars {
    static G: std::sync::OnceLock<Grammars> = std::sync::OnceLock::new();
    G.get_or_init(|| grammar::load_grammars(None).expect("the built-in grammars load"))
}

/// Reads the bytes as the command line would, in `format`, and writes every report.
pub fn read_everything(data: &[u8], format: Option<Format>) {
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
