//! The plain-text grammars: a copy of the rendered page and tokenized text, and the
//! format detection in front of them.
#![no_main]

mod common;

use common::read_everything;
use crosscheck::model::Format;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    read_everything(data, None);
    read_everything(data, Some(Format::Rendered));
    read_everything(data, Some(Format::Tokenized));
});
