//! Criterion benchmarks of the grammar: the quantity reader on whole articles, the
//! whole reading of an article (layout, sentences, references, claims) in each format,
//! and one sentence of thousands of figures.
//!
//! `cargo bench --bench grammar`; throughput is in bytes of input, so the figures read
//! as MB/s. Whole runs (dumps, the link audit) have their own scripts under `benches/`.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crosscheck::{analyze_document, grammar, input::Document, quantities_in};

#[path = "common/articles.rs"]
mod corpus;
use corpus::ARTICLES;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn quantities(c: &mut Criterion) {
    let grammars = grammar::load_grammars(None).expect("the built-in grammars load");
    let mut group = c.benchmark_group("quantities");
    for (name, path, lang) in [
        ("fr", "seeds/fr_bataille_de_jisr_al_choghour_2015.txt", "fr"),
        ("en", "tests/fixtures/en_jisr_al_shughur.txt", "en"),
    ] {
        let doc = Document::new(path, read(path));
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| quantities_in(black_box(&doc), &grammars, Some(lang)).map(|q| q.len()))
        });
    }
    group.finish();
}

fn articles(c: &mut Criterion) {
    let grammars = grammar::load_grammars(None).expect("the built-in grammars load");
    let mut group = c.benchmark_group("analyze_document");
    for (name, path, format) in ARTICLES {
        let doc = Document::new(path, read(path));
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                analyze_document(black_box(&doc), &grammars, None, Some(format))
                    .map(|a| a.claims.len())
            })
        });
    }
    group.finish();
}

/// One sentence of thousands of clauses ("2 morts à Idleb le 1 avril[1]; …"), in
/// 1 000 and 8 000 clauses: the time per byte should not grow with the sentence (each
/// figure once walked the whole sentence, 60 s for 32 000 clauses).
fn long_sentence(c: &mut Criterion) {
    let grammars = grammar::load_grammars(None).expect("the built-in grammars load");
    let mut group = c.benchmark_group("long_sentence");
    group.sample_size(10);
    for clauses in [1_000, 8_000] {
        let list: Vec<String> = (0..clauses)
            .map(|i| {
                let (n, day, r) = (i % 900 + 2, i % 28 + 1, i % 50 + 1);
                format!("{n} morts à Idleb le {day} avril[{r}]")
            })
            .collect();
        let text = format!(
            "Bataille de Test\n\nLe 3 mars 2015, selon l'OSDH, les combats font {}.\n",
            list.join("; ")
        );
        let doc = Document::new("list.txt", text);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_function(clauses.to_string(), |b| {
            b.iter(|| {
                analyze_document(black_box(&doc), &grammars, None, None).map(|a| a.claims.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, quantities, articles, long_sentence);
criterion_main!(benches);
