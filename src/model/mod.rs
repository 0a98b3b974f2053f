//! The article model: plain data handed from the grammar to the analysis and reports.
//!
//! Nothing here reads files or parses text; every type derives `Serialize` so a
//! report or another program can take it as it is. Offsets are bytes into the
//! document's text; lines and columns are 1-based, for people.

mod article;
mod claim;
mod finding;
mod reference;
mod source;

pub use article::{
    Article, Block, BlockKind, Context, Format, InfoboxField, Marker, MarkerKind, Revision,
    Section, SectionKind, Sentence, Span,
};
pub use claim::{Claim, Faction, Verdict};
pub use finding::{Finding, FindingKind};
pub use reference::Reference;
pub(crate) use source::NameFolder;
pub use source::{fold_name, Registry, Source};
