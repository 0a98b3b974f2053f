//! Input: from a file (or standard input) to a [`Document`], and its format.
//!
//! Bytes become text only when they are an article this tool can read: UTF-8 (a
//! byte-order mark is dropped), no NUL byte, not empty. Anything else is an
//! [`Error::Input`] naming the file, line and column of the first bad byte. The format
//! is detected from the content ([`detect_format`]), never from the file name.

pub mod dump;
pub mod wiki;

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Location, Result};
use crate::model::Format;

/// An article's text and the name to report it under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The input's name as the user gave it (`-` for standard input).
    pub name: String,
    /// The whole text.
    pub text: String,
}

impl Document {
    /// A document from a name and a text already in memory.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// Reads a file, or standard input for `-`.
///
/// # Errors
/// The file cannot be read, or its bytes are no text ([`decode`]).
pub fn read(path: &Path) -> Result<Document> {
    decode(&path.display().to_string(), read_bytes(path)?)
}

/// Reads a file, or standard input for `-`, as text that may be empty (for
/// `quantities`, where an empty text simply holds no figure).
///
/// # Errors
/// The file cannot be read, or its bytes are binary or not UTF-8.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(String::new());
    }
    decode(&path.display().to_string(), bytes).map(|d| d.text)
}

fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(io)?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(io)
    }
}

/// Turns bytes into a document.
///
/// # Errors
/// Empty or blank input, a NUL byte (a binary file), or bytes that are not UTF-8;
/// the error names the line and column of the first offending byte.
///
/// ```
/// use crosscheck::input::decode;
/// let err = decode("a.txt", b"ok\nbad \xff here".to_vec()).unwrap_err();
/// assert_eq!(err.to_string(), "a.txt:2:5: not UTF-8 text (byte 0xff)");
/// ```
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Document> {
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(input_error(
            name,
            &bytes,
            nul,
            "binary data (a NUL byte), not an article".into(),
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let byte = bytes.get(offset).copied().unwrap_or(0);
            let message = format!("not UTF-8 text (byte 0x{byte:02x})");
            return Err(input_error(name, &bytes, offset, message));
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(input_error(
            name,
            text.as_bytes(),
            0,
            "empty input: no article to read".into(),
        ));
    }
    Ok(Document::new(name, text))
}

/// An input error at a byte offset, with its 1-based line and column.
fn input_error(name: &str, bytes: &[u8], offset: usize, message: String) -> Error {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or(&[]))
        .chars()
        .count()
        + 1;
    Error::Input {
        location: Location {
            file: name.to_owned(),
            line,
            column,
        },
        message,
    }
}

/// Tells the formats apart by their marks: HTML by its document head or its tags
/// (`<p>`, `<div`, `<a href`, closing tags), wikitext by templates, `<ref>`s and
/// `[[links]]` (three marks, or one closed element or heading line), tokenized text by
/// spaced punctuation (` , `, ` .`, `d' Idleb`) and no `[12]` markers or edit links;
/// anything else is a rendered-page copy.
///
/// ```
/// use crosscheck::{input::detect_format, model::Format};
/// assert_eq!(detect_format("Elle est lancée le 19 décembre 2019 , puis reprise . Les combats d' Idleb ."), Format::Tokenized);
/// assert_eq!(detect_format("La ville est prise[3]. Les combats reprennent, puis cessent."), Format::Rendered);
/// assert_eq!(detect_format("<!DOCTYPE html>\n<html lang=\"fr\"><body><p>La ville est prise.</p></body></html>"), Format::Html);
/// assert_eq!(detect_format("La ville<ref>AFP</ref> est [[prise]] {{date|3 mai 2015}}."), Format::Wikitext);
/// // One element of wikitext is enough: a page copied from its rendering has none.
/// assert_eq!(detect_format("La ville est prise.<ref>AFP, 3 mai 2015</ref>"), Format::Wikitext);
/// assert_eq!(detect_format("Texte.\n\n== Bilan ==\nLe 3 mai, 12 morts."), Format::Wikitext);
/// ```
pub fn detect_format(text: &str) -> Format {
    let mut end = text.len().min(200_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    // HTML: a document head, or more of its tags than of wikitext's marks.
    let head = sample
        .trim_start()
        .get(..15)
        .unwrap_or("")
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        return Format::Html;
    }
    let tags = sample.matches("</p>").count()
        + sample.matches("</div>").count()
        + sample.matches("</li>").count()
        + sample.matches("<a href").count()
        + sample.matches("</a>").count();
    // Wikitext: templates, references and links in their markup.
    let wiki = sample.matches("{{").count()
        + sample.matches("<ref").count()
        + sample.matches("[[").count();
    if tags >= 3 && tags > wiki {
        return Format::Html;
    }
    if wiki >= 3 && (sample.contains("}}") || sample.contains("]]")) || has_wikitext_element(sample)
    {
        return Format::Wikitext;
    }
    let spaced = sample.matches(" , ").count()
        + sample.matches(" . ").count()
        + sample.matches(" .\n").count()
        + sample.matches("' ").count();
    let marked = sample
        .match_indices('[')
        .filter(|(i, _)| {
            sample[i + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
        .count();
    if spaced >= 3 && spaced > 2 * marked {
        Format::Tokenized
    } else {
        Format::Rendered
    }
}

/// Whether a text holds one element that only wikitext writes: a `<ref>` closed after
/// it (`</ref>`, or `<ref name="a" />`), a template `{{…}}` or a link `[[…]]` closed on
/// its line, or a section heading (`== Bilan ==`) on a line of its own. A page copied
/// from its rendering shows none of them; a short article written in wikitext may hold
/// fewer than the three marks that [`detect_format`] counts otherwise.
fn has_wikitext_element(sample: &str) -> bool {
    let reference = sample.find("<ref").is_some_and(|at| {
        let rest = sample.get(at..).unwrap_or("");
        rest.contains("</ref>")
            || rest
                .find('>')
                .and_then(|end| rest.get(..end))
                .is_some_and(|tag| tag.ends_with('/'))
    });
    reference
        || sample.lines().any(|line| {
            let closed = |open: &str, close: &str| {
                line.find(open).is_some_and(|at| {
                    line.get(at + open.len()..)
                        .and_then(|rest| rest.find(close))
                        .is_some_and(|end| end > 0)
                })
            };
            let heading = line.trim_end();
            let heading = heading.len() > 4
                && heading.starts_with("==")
                && heading.ends_with("==")
                && !heading.trim_matches('=').trim().is_empty();
            closed("{{", "}}") || closed("[[", "]]") || heading
        })
}

/// Parses a format name given on the command line.
///
/// # Errors
/// A name that is not a known format.
pub fn parse_format(name: &str) -> Result<Format> {
    match name {
        "rendered" | "plain" | "text" => Ok(Format::Rendered),
        "tokenized" => Ok(Format::Tokenized),
        "wikitext" | "wiki" => Ok(Format::Wikitext),
        "html" => Ok(Format::Html),
        other => Err(Error::Usage(format!(
            "unknown format {other:?}: expected rendered, tokenized, wikitext or html"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> String {
        decode("f.txt", bytes.to_vec()).unwrap_err().to_string()
    }

    #[test]
    fn refuses_what_is_not_an_article() {
        assert_eq!(message(b""), "f.txt:1:1: empty input: no article to read");
        assert_eq!(
            message(b" \n\t\n"),
            "f.txt:1:1: empty input: no article to read"
        );
        assert_eq!(
            message(b"ab\ncd\0"),
            "f.txt:2:3: binary data (a NUL byte), not an article"
        );
        assert_eq!(
            message(b"\xc3\xa9\n\xc3\xa9x\xc3"),
            "f.txt:2:3: not UTF-8 text (byte 0xc3)"
        );
    }

    #[test]
    fn drops_a_byte_order_mark() {
        let doc = decode("f.txt", b"\xef\xbb\xbfTitre\n".to_vec()).expect("valid text");
        assert_eq!(doc.text, "Titre\n");
    }
}
