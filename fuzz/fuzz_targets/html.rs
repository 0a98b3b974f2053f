//! The HTML input: html5ever's tree, the infobox and reference lists, and the search
//! for each piece's place in the source.
#![no_main]

mod common;

use common::read_everything;
use crosscheck::model::Format;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    read_everything(data, Some(Format::Html));
});
