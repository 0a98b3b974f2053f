//! The wikitext grammar: templates, refs, links, tables, comments, and the replay of
//! the visible text through the plain-text rules.
#![no_main]

mod common;

use common::read_everything;
use crosscheck::model::Format;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    read_everything(data, Some(Format::Wikitext));
});
