//! The library's error type and the source locations it points at.
//!
//! Errors here stop the processing of one input (a file that cannot be read or is
//! not text) or of the whole run (a grammar file that does not load, a report that
//! cannot be written). Problems inside an article that can be read are not errors:
//! they are [`Finding`](crate::model::Finding)s in the report, and the analysis goes on.

use std::fmt;
use std::path::PathBuf;

/// A place in an input: the file, and a 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// The input's name as the user gave it.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// An input is not an article this tool can read (binary, not UTF-8, empty).
    #[error("{location}: {message}")]
    Input {
        /// Where the problem was found.
        location: Location,
        /// What is wrong, in a few words.
        message: String,
    },
    /// A grammar or registry file in `grammars/` does not load.
    #[error("{location}: {message}")]
    Grammar {
        /// Where the problem was found (line and column when the parser knows them).
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// A CSV report could not be written.
    #[error("{path}")]
    Csv {
        /// The report file.
        path: PathBuf,
        /// The CSV writer's error.
        #[source]
        source: csv::Error,
    },
    /// The report database could not be written.
    #[error("{path}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// An article address could not be fetched.
    #[error("{address}: {message}")]
    Fetch {
        /// The address as the user gave it.
        address: String,
        /// What went wrong.
        message: String,
    },
    /// A page of a MediaWiki dump, or the dump itself, could not be read.
    #[error("{}", dump_message(file, *stream, *line, *column, *offset, page.as_deref(), message))]
    Dump {
        /// The dump file (or its index).
        file: String,
        /// The byte offset of the bzip2 stream read, in a multistream dump.
        stream: Option<u64>,
        /// 1-based line in the XML (within the stream when `stream` is set); 0 when
        /// unknown.
        line: usize,
        /// 1-based column, in characters; 0 when unknown.
        column: usize,
        /// Byte offset of the problem in the XML (within the stream).
        offset: Option<u64>,
        /// The title of the page being read, when known.
        page: Option<String>,
        /// What is wrong.
        message: String,
    },
    /// The command line asked for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// A streamed run stopped before its end (a bug); no report was committed.
    #[error("{0}")]
    Aborted(String),
}

/// `file:line:column: message (page "Title", byte N)`, the place given as the
/// stream's offset and the line within it for a multistream dump.
fn dump_message(
    file: &str,
    stream: Option<u64>,
    line: usize,
    column: usize,
    offset: Option<u64>,
    page: Option<&str>,
    message: &str,
) -> String {
    let place = match (stream, line) {
        (None, 0) => file.to_owned(),
        (None, _) => format!("{file}:{line}:{column}"),
        (Some(s), 0) => format!("{file}: bzip2 stream at byte {s}"),
        (Some(s), _) => format!("{file}: bzip2 stream at byte {s}, line {line}, column {column}"),
    };
    let mut context = Vec::new();
    if let Some(title) = page {
        context.push(format!("page {title:?}"));
    }
    if let (Some(o), false) = (offset, stream.is_some() && line == 0) {
        context.push(format!("byte {o}"));
    }
    if context.is_empty() {
        format!("{place}: {message}")
    } else {
        format!("{place}: {message} ({})", context.join(", "))
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
