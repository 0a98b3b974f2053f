//! Reads the benchmark articles in a loop, for profiling the grammar under callgrind
//! (instruction counts do not move with the load of a shared machine):
//!
//! ```sh
//! cargo build --release --example read_loop
//! valgrind --tool=callgrind target/release/examples/read_loop 5 rendered_fr
//! valgrind --tool=callgrind target/release/examples/read_loop 0 rendered_fr
//! ```
//!
//! The release profile's LTO inlines `analyze_document` into the loop, so the reads are
//! counted as the difference of the two runs (five reads, and none), divided by five.
//!
//! Arguments: how many reads of each article (5), and which article (all of them).

use crosscheck::{analyze_document, grammar, input::Document};

#[path = "../benches/common/articles.rs"]
mod corpus;
use corpus::ARTICLES;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().map_or(Ok(5), |n| n.parse())?;
    let which = args.next();
    let grammars = grammar::load_grammars(None)?;
    let mut claims = 0;
    for (name, path, format) in ARTICLES {
        if which.as_deref().is_some_and(|w| w != name) {
            continue;
        }
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        let doc = Document::new(name, std::fs::read_to_string(&path)?);
        for _ in 0..rounds {
            claims += analyze_document(&doc, &grammars, None, Some(format))?
                .claims
                .len();
        }
    }
    println!("{claims} claims read");
    Ok(())
}
