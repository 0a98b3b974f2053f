//! Claims: the figures and events an article states, with who says so.

use serde::Serialize;

/// One claim: a figure (or an event) with its scope and its sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// `c1`, `c2`, … in document order, unique within the article.
    pub id: String,
    /// The sentence it comes from (an id of [`Article::sentences`](super::Article)).
    pub sentence: usize,
    /// Index of its section.
    pub section: usize,
    /// Where it stands: `body` or `infobox`.
    pub infobox: bool,
    /// `killed`, `wounded`, `captured`, `executed`, `displaced`, `strength`, `strikes`,
    /// `materiel`, or `event`.
    pub category: String,
    /// `loyalist`, `rebel`, `civilian`, `islamic_state`, `kurdish`, `turkish`, or
    /// `unknown`; for an event, the side that acts.
    pub side: String,
    /// Whose part of its side it counts, as its own words (else its clause's before
    /// it) say: one faction of the side ("Hezbollah lost 20 fighters"), the side, or
    /// no one of it.
    pub faction: Faction,
    /// The figure's interval (events: 0).
    pub low: u64,
    /// Its upper bound; `None` when unbounded.
    pub high: Option<u64>,
    /// The figure is an estimate.
    pub approx: bool,
    /// Its qualifier (`at_least`, `about`, …).
    pub qualifier: Option<String>,
    /// The figure as written (`au moins 261`); for an event, its verb.
    pub figure: String,
    /// The number as written, before a qualifier widened it (261 for `au moins 261`).
    pub value: u64,
    /// For an event: what happened (`taken`, `lost`, `besieged`, `evacuated`,
    /// `launched`).
    pub event: Option<String>,
    /// First day of the period (ISO 8601), when known.
    pub date_start: Option<String>,
    /// Last day of the period, when known (equal to the start for one day).
    pub date_end: Option<String>,
    /// The place, when the sentence names one for it.
    pub place: Option<String>,
    /// The in-text source (`Selon l'OSDH`): its registry key, or the words as written.
    pub attributed_to: Option<String>,
    /// Other registry sources named with the in-text source, who gave the figure with
    /// it ("The SOHR and Al-Masdar News reported 261"): in `source_keys` and `origin`
    /// after it.
    pub joint: Vec<String>,
    /// The reference numbers that cite it.
    pub refs: Vec<u32>,
    /// Registry keys of its sources: the in-text source first, then the references'.
    pub source_keys: Vec<String>,
    /// Who counted: the in-text source when the registry knows it, else for each
    /// reference the monitor its title names, its agency, or its first source.
    pub origin: Vec<String>,
    /// Who only published what the origin counted (the other source keys).
    pub carriers: Vec<String>,
    /// A site the claim's sentence or paragraph names (`hôpital`): part of its scope.
    pub site: Option<String>,
    /// What the titles of its references say of its figure, per reference:
    /// `supports`, `contradicts`, `silent` or `unrelated`.
    pub corroboration: Vec<(u32, String)>,
    /// What the pages its references point to say of its figure, per reference with a
    /// URL (`--verify` only; empty otherwise).
    pub verification: Vec<(u32, Verdict)>,
    /// `unsourced`, `partisan_only`, `infobox`, `citation_needed`, `total` (a toll
    /// stated as one, written without a noun: `le bilan s'élève à 270`).
    pub flags: Vec<String>,
    /// The claim it is a part of (`dont 20 combattants` → the 27 dead).
    pub parent: Option<String>,
    /// The claim the text sets it against as another count of the same (`The SOHR
    /// counted 120 deaths, while SANA counted only 80`): the two are compared whatever
    /// their side.
    pub rival_of: Option<String>,
    /// The sentence around the figure (at most 300 characters; `…` where it is cut).
    pub text: String,
}

/// Whose part of its side a figure counts, by the side's names in its own words, else
/// in its clause before it (the lexicon's `[claims.sides]` and `[claims.factions]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Faction {
    /// They name no one of its side: its side came from elsewhere (the figure before,
    /// a default noun's side, a marker further on).
    Unnamed,
    /// They name the side ("the army", "rebels"), or more than one faction of it.
    Side,
    /// They name one faction of the side only: its key in `[claims.factions]`
    /// (`hezbollah`).
    Named(String),
}

impl Faction {
    /// The faction's key, when the figure is one faction's.
    pub fn name(&self) -> Option<&str> {
        match self {
            Faction::Named(f) => Some(f),
            Faction::Unnamed | Faction::Side => None,
        }
    }

    /// Whether two figures of one side may count the same people: not one faction's
    /// and another's ("The army lost 40 men and Hezbollah lost 20 fighters"), nor one
    /// faction's and the side's, of which it is a part. A figure whose words name no
    /// one of the side may be anyone's of it.
    pub fn comparable(&self, other: &Faction) -> bool {
        match (self, other) {
            (Faction::Named(a), Faction::Named(b)) => a == b,
            (Faction::Named(_), Faction::Side) | (Faction::Side, Faction::Named(_)) => false,
            _ => true,
        }
    }
}

/// What a cited page says of a claim's figure (`--verify`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The page (live, or its archived copy) gives the figure.
    Verified,
    /// The page was read and does not give the figure.
    FigureNotFound,
    /// No text could be had: the page is gone with no archived copy, or neither it nor
    /// its copy answered with HTML or plain text.
    Unreachable,
}

impl Verdict {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::FigureNotFound => "figure_not_found",
            Verdict::Unreachable => "unreachable",
        }
    }
}
