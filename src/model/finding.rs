//! Findings: problems in an article that the report shows and the run survives.

use serde::Serialize;

/// What kind of problem a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A marker `[n]` with no reference n in the list.
    MissingReference,
    /// A reference that no marker cites.
    UncitedReference,
    /// Two entries of the list carry the same number.
    DuplicateReference,
    /// A gap or a step back in the list's numbering.
    ReferenceNumbering,
    /// A line in the reference list that the reference grammar cannot read.
    MalformedReference,
    /// A reference cited more or fewer times than its backlinks say.
    BacklinkMismatch,
    /// A reference none of whose names is in the source registry.
    UnattributedReference,
    /// A `[citation needed]` marker.
    CitationNeeded,
    /// The layout of the page could not be read as expected (no title, no body, …).
    Layout,
    /// Figures past the most that are compared with one another: no contest is looked
    /// for among them.
    Uncompared,
}

impl FindingKind {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            FindingKind::MissingReference => "missing_reference",
            FindingKind::UncitedReference => "uncited_reference",
            FindingKind::DuplicateReference => "duplicate_reference",
            FindingKind::ReferenceNumbering => "reference_numbering",
            FindingKind::MalformedReference => "malformed_reference",
            FindingKind::BacklinkMismatch => "backlink_mismatch",
            FindingKind::UnattributedReference => "unattributed_reference",
            FindingKind::CitationNeeded => "citation_needed",
            FindingKind::Layout => "layout",
            FindingKind::Uncompared => "uncompared",
        }
    }
}

/// A problem at a place in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What kind of problem.
    pub kind: FindingKind,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, for a person.
    pub message: String,
}
