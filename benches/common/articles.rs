//! The articles the grammar is measured on (`benches/grammar.rs`) and profiled on
//! (`examples/read_loop.rs`): a name, the file, and the format it is read in.

use crosscheck::model::Format;

pub const ARTICLES: [(&str, &str, Format); 5] = [
    (
        "rendered_fr",
        "seeds/fr_bataille_de_jisr_al_choghour_2015.txt",
        Format::Rendered,
    ),
    (
        "tokenized_fr",
        "seeds/fr_offensive_de_maarat_al_nouman_et_saraqeb.tokenized.txt",
        Format::Tokenized,
    ),
    (
        "rendered_en",
        "tests/fixtures/en_jisr_al_shughur.txt",
        Format::Rendered,
    ),
    (
        "wikitext_fr",
        "tests/fixtures/fr_bataille_de_test.wiki",
        Format::Wikitext,
    ),
    (
        "html_fr",
        "tests/fixtures/fr_bataille_de_test.html",
        Format::Html,
    ),
];
