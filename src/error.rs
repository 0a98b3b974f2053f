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
    /// An article address could not be fetched.
    #[error("{address}: {message}")]
    Fetch {
        /// The address as the user gave it.
        address: String,
        /// What went wrong.
        message: String,
    },
    /// The command line asked for something that cannot be done.
    #[error("{0}")]
    Usage(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
