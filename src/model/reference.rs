//! One entry of an article's reference list.

use serde::Serialize;

/// A reference as the list gives it, with the sources it resolves to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Reference {
    /// Its number in the list.
    pub number: u32,
    /// How many backlinks the entry shows (`a b c et d` is 4; none is 1).
    pub backlinks: u32,
    /// The language tag (`en`, `en-US`, `ar`), when the entry gives one.
    pub lang: Option<String>,
    /// Authors, as written.
    pub authors: Vec<String>,
    /// News agencies whose report it is (`AFP`, `Reuters`), as written.
    pub agencies: Vec<String>,
    /// The title, without its quotes.
    pub title: Option<String>,
    /// The publisher or periodical, as written.
    pub publisher: Option<String>,
    /// The site it was read on (`sur www.romandie.com`), as written.
    pub site: Option<String>,
    /// The publication date (ISO 8601 when it could be read, else as written).
    pub date: Option<String>,
    /// The access date (ISO 8601 when it could be read, else as written).
    pub access_date: Option<String>,
    /// The URL, when the input carries one.
    pub url: Option<String>,
    /// The archived copy's URL, when the input carries one.
    pub archive_url: Option<String>,
    /// The archive it is cited through (`archive.fo`), when it is.
    pub archived_via: Option<String>,
    /// When an archived copy was made (`Archived from the original on …`), when said.
    pub archive_date: Option<String>,
    /// The original link is marked dead.
    pub dead: bool,
    /// Registry keys of the sources it resolves to: agencies, then publishers, sites
    /// and registered authors.
    pub source_keys: Vec<String>,
    /// Names that match nothing in the registry, kept verbatim.
    pub unknown_names: Vec<String>,
    /// The entry as written.
    pub raw: String,
    /// 1-based line of the entry.
    pub line: usize,
    /// How many markers cite it.
    pub uses: usize,
    /// Ids of the sentences that cite it.
    pub cited_by: Vec<usize>,
}
