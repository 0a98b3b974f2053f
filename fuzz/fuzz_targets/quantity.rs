//! The quantity grammar, in both lexicons: every figure it reads stays inside the
//! text, on character boundaries, with an ordered interval.
#![no_main]

use crosscheck::{grammar, input::Document, quantities_in, Grammars};

fn grammars() -> &'static Grammars {
    static G: std::sync::OnceLock<Grammars> = std::sync::OnceLock::new();
    G.get_or_init(|| grammar::load_grammars(None).expect("the built-in grammars load"))
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::new("fuzz", text);
    for lang in ["fr", "en"] {
        let Ok(found) = quantities_in(&doc, grammars(), Some(lang)) else {
            return;
        };
        for q in found {
            assert!(
                q.span.start < q.span.end && q.span.end <= text.len(),
                "{q:?}"
            );
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            assert!(q.high.is_none_or(|h| h >= q.low), "{q:?}");
        }
    }
});
