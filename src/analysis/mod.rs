//! Analysis: pure functions from articles to tables and findings.
//!
//! Nothing here reads or writes files; every function takes the model and returns
//! plain data, so each is tested with hand-built articles.

pub mod contested;
pub mod reliability;
mod sources;

pub use contested::{find_contested, uncompared, Comparison, Contest, Severity};
pub use reliability::{reliability, Reliability};
pub use sources::{
    rows_from_counts as sources_from_counts, source_table, ArticleSources, SourceTally, SourceUse,
    MAX_UNKNOWN_NAMES, OTHER_UNREGISTERED,
};
