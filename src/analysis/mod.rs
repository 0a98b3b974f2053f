//! Analysis: pure functions from articles to tables and findings.
//!
//! Nothing here reads or writes files; every function takes the model and returns
//! plain data, so each is tested with hand-built articles.

mod sources;

pub use sources::{source_table, SourceUse};
