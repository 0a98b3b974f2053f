//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different part of the helpers

use std::path::{Path, PathBuf};

use crosscheck::{analyze_document, grammar, input, Article, Grammars};

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The seed articles, sorted as a shell expands `seeds/*.txt`.
pub fn seed_paths() -> Vec<PathBuf> {
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .expect("seeds/ is readable")
        .map(|e| e.expect("seeds/ entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            p.strip_prefix(root())
                .expect("under the root")
                .to_path_buf()
        })
        .collect();
    seeds.sort();
    seeds
}

/// The grammars in the repository's `grammars/`.
pub fn grammars() -> Grammars {
    grammar::load_grammars(Some(&root().join("grammars"))).expect("grammars/ loads")
}

/// Reads one file of the repository as an article, format and language detected.
pub fn article(relative: &str) -> Article {
    let doc = input::read(&root().join(relative)).expect("the file reads as text");
    let doc = input::Document::new(relative, doc.text);
    analyze_document(&doc, &grammars(), None, None).expect("the article is analysed")
}

/// Reads text as an article named `name`.
pub fn article_from(name: &str, text: &str) -> Article {
    analyze_document(&input::Document::new(name, text), &grammars(), None, None)
        .expect("the article is analysed")
}

/// A path relative to the root.
pub fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Reads one HTTP/1.1 request's head from a test server's connection: its method, its
/// target as sent, and the target's path without the query. `None` when the client
/// has closed the connection.
pub fn read_request(reader: &mut impl std::io::BufRead) -> Option<(String, String, String)> {
    let mut first = String::new();
    if reader.read_line(&mut first).unwrap_or(0) == 0 {
        return None;
    }
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
    }
    let mut parts = first.split_whitespace();
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("/").to_owned();
    let path = target.split('?').next().unwrap_or("/").to_owned();
    Some((method, target, path))
}
