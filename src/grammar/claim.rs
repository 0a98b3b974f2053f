//! Claims: every casualty, strength, displacement, strike and materiel figure of an
//! article, and its dated events, with category, side, period, place and sources.
//!
//! Input: an [`Article`] read by the grammar, its lexicon and the registry. Output:
//! [`Claim`]s in document order. Everything the rules look for is a lexicon word
//! (`[claims]`): what a figure counts comes from its own noun ("92 morts", "70 raids
//! aériens") or, for a figure of people ("32 soldats"), from the verb of its clause
//! ("sont tués"); its side from the words of its noun phrase, a marker ("chez les
//! loyalistes", "les pertes de l'armée syrienne"), the paragraph's losses ("Les pertes
//! des rebelles…") or, in the infobox, its column; its period from the nearest date;
//! its references from the first marker after it (a marker shared by a list of
//! clauses cites each of them); its in-text source from `Selon X` or `X affirme`.
//!
//! A figure with no category (`2 kilomètres`, `50 000 habitants`, `quatre groupes`)
//! gives no claim; neither do navigation boxes and other furniture, which give no
//! sentence. It does not compare claims: that is [`analysis`](crate::analysis).

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::Lexicon;
use super::period::{
    moves_the_narrative, periods, relative_periods, Bound, Calendar, Period, PeriodWords, Unit,
};
use super::quantity::{near_year, Qualifier, Quantity, QuantityReader};
use super::token::{fold, parts, Kind, Phrases, Tokens};
use crate::model::{Article, Claim, Context, Faction, MarkerKind, NameFolder, Registry, Sentence};

/// Alignments that are no side of the war; any other makes a source partisan.
const NEUTRAL_ALIGNMENTS: &[&str] = &["independent", "unknown"];

/// Registry kinds of sources that count casualties themselves: a title naming one
/// ("… selon l'OSDH") makes it the origin of the figure the reference carries.
const COUNTERS: &[&str] = &["monitor_ngo", "state_media"];

/// The side of civilians: a nationality before their noun does not make them a force
/// ("12 Ukrainian civilians").
const CIVILIAN: &str = "civilian";

/// What becomes of people only (not of places or things): a figure counted so is one of
/// people ("3 had killed 12 civilians"; after a qualifier, "20 houses nearby were
/// evacuated" counts no one).
const PEOPLE_FATES: &[&str] = &["killed", "wounded", "captured", "executed"];

/// Registry kinds whose toll is their own dead rather than a count: a toll named with a
/// party or an official body ("the Syrian army's death toll", "le bilan des rebelles")
/// names no source.
const OWN_TOLLS: &[&str] = &["official"];

/// Category precedence when a clause names several ("capturés et exécutés").
const PRECEDENCE: &[&str] = &[
    "executed",
    "killed",
    "captured",
    "missing",
    "wounded",
    KILLED_OR_WOUNDED,
    KILLED_OR_CAPTURED,
    "displaced",
    "strength",
];

/// The category of a figure whose words join the killed and the wounded ("tués ou
/// blessés", "killed and wounded"): a count of casualties, which is no count of deaths.
pub(super) const KILLED_OR_WOUNDED: &str = "killed_or_wounded";

/// The category of a figure whose words join the killed and the captured ("tués ou
/// capturés", "killed or captured"): losses, which are no count of deaths.
pub(super) const KILLED_OR_CAPTURED: &str = "killed_or_captured";

/// The category that words joined together name at once: the killed and the wounded,
/// or the killed and the captured (not the executed: "capturés et exécutés").
fn joined_category(group: &[&str]) -> Option<&'static str> {
    if group.contains(&"killed") && group.contains(&"wounded") {
        Some(KILLED_OR_WOUNDED)
    } else if group.contains(&"killed")
        && group.contains(&"captured")
        && !group.contains(&"executed")
    {
        Some(KILLED_OR_CAPTURED)
    } else {
        None
    }
}

/// The parts a figure of joined categories may have: its killed and its wounded, or its
/// killed and its captured ("lost 80 fighters, 30 of them killed").
fn part_of_joined(whole: &str, part: &str) -> bool {
    match whole {
        KILLED_OR_WOUNDED => part == "killed" || part == "wounded",
        KILLED_OR_CAPTURED => part == "killed" || part == "captured",
        _ => false,
    }
}

/// The `[claims.events]` key of phrases that hold an event's word and are no event
/// (`prise d'otages`).
const NO_EVENT: &str = "none";

/// Categories a figure takes only from its own noun, never from its clause.
const NOUN_ONLY: &[&str] = &["strikes", "materiel"];

/// What must stand between a figure (or its noun) and a category word after it.
#[derive(Clone, Copy)]
enum Need {
    /// Nothing: "trois journalistes blessés".
    Nothing,
    /// An auxiliary or an adverb: "12 ont été blessés", "three later died".
    AnyWord,
    /// After a noun the lexicon does not know, an auxiliary ("trois journalistes ont
    /// été blessés"), or adverbs before a word with no object ("two journalists later
    /// died of their wounds"; not "3 gunmen reportedly killed the commander").
    Subject,
}

/// The lexicon's claim words, cut into folded parts once.
pub(crate) struct Words {
    categories: Phrases<String>,
    sides: Phrases<String>,
    frame_sides: Phrases<String>,
    countries: Phrases<String>,
    factions: Phrases<String>,
    people: Phrases<()>,
    default_sides: Phrases<()>,
    not_counts: Phrases<()>,
    side_markers: Phrases<()>,
    casualties: Phrases<()>,
    attacks: Phrases<()>,
    enemy: Phrases<()>,
    allegiance: Phrases<()>,
    pronouns: Phrases<()>,
    modals: Phrases<()>,
    admissions: Phrases<()>,
    captors: Phrases<()>,
    hostile: Phrases<()>,
    inflicted: Phrases<()>,
    frames: Phrases<()>,
    frame_ends: Phrases<()>,
    possessives: Phrases<()>,
    agent: Phrases<()>,
    sub_counts: Phrases<()>,
    sub_counts_after: Phrases<()>,
    auxiliaries: Phrases<()>,
    active_auxiliaries: Phrases<()>,
    seats: Phrases<()>,
    adverbs: Phrases<()>,
    attribution_before: Phrases<()>,
    attribution_opening: Phrases<()>,
    after_rival: Phrases<()>,
    respectively: Phrases<()>,
    attribution_verbs: Phrases<()>,
    not_reports: Phrases<()>,
    verb_nouns: Phrases<()>,
    responsibility: Phrases<()>,
    participles: Phrases<()>,
    not_before: Phrases<()>,
    attribution_unnamed: Phrases<()>,
    claimants: Phrases<()>,
    complementizers: Phrases<()>,
    clause_openers: Phrases<()>,
    before_verb: Phrases<()>,
    to_figure: Phrases<()>,
    figure_verbs: Phrases<()>,
    claim_nouns: Phrases<()>,
    reflexive: Phrases<()>,
    relatives: Phrases<()>,
    by_agent: Phrases<()>,
    figure_by_agent: Phrases<()>,
    estimated_at: Phrases<()>,
    estimate_nouns: Phrases<()>,
    revisions: Phrases<()>,
    citing: Phrases<()>,
    relaying: Phrases<()>,
    anaphors: Phrases<()>,
    speaker_ends: Phrases<()>,
    speaker_preludes: Phrases<()>,
    indefinites: Phrases<()>,
    addressed: Phrases<()>,
    absolute: Phrases<()>,
    contrasts: Phrases<()>,
    record_verbs: Phrases<()>,
    contrast_verbs: Phrases<()>,
    /// Endings of a verb's infinitive or gerund, folded (`er`, `ing`).
    verb_endings: Vec<String>,
    put_at: Phrases<()>,
    object_pronouns: Phrases<()>,
    events: Phrases<String>,
    same_time: Phrases<()>,
    whole_time: Phrases<()>,
    day_before: Phrases<()>,
    place_before: Phrases<()>,
    areas: Phrases<()>,
    forces: Phrases<()>,
    /// Month names: no place ("in June" of an article with no year to date it).
    months: Phrases<()>,
    list_restart: Phrases<()>,
    sites: Phrases<()>,
    category_joiners: Phrases<()>,
    /// Words between two figures that are alternatives of one count (`or`, `ou`).
    alternatives: Phrases<()>,
    /// Words between two figures that are alternatives of one count when both have a
    /// source in brackets (`à`).
    sourced_alternatives: Phrases<()>,
    /// The words that open and close a range (`entre … et`, `from … to`).
    ranges: Vec<(Phrases<()>, Phrases<()>)>,
    /// A change's words before a range (`passe de 40 à 60`).
    changes: Phrases<()>,
    part_of_previous: Phrases<()>,
    determiners: Phrases<()>,
    complement: Phrases<()>,
    opponent: Phrases<()>,
    amounts_to: Phrases<()>,
    tolls: Phrases<()>,
    /// The nouns of `tolls` (false) and of a source's count (`count_nouns`, true).
    toll_nouns: Phrases<bool>,
    loss_tolls: Phrases<()>,
    toll_complements: Phrases<()>,
    copulas: Phrases<()>,
    losses: Phrases<()>,
    rivals: Phrases<()>,
    denied: Phrases<()>,
    shares: Phrases<()>,
    wholes: Phrases<()>,
    not_places: Vec<String>,
    /// The last words of `place_before` and `determiners`: a name after none of them
    /// is after no place's word (looked up first, for each capitalised word).
    place_ends: FxHashSet<String>,
    particles: Vec<String>,
    column_labels: Vec<(String, String)>,
    others: Vec<String>,
    anyone: Phrases<()>,
    number_of: Phrases<()>,
    ages: Phrases<()>,
}

fn phrases(table: &BTreeMap<String, Vec<String>>) -> Phrases<String> {
    Phrases::new(
        table
            .iter()
            .flat_map(|(name, list)| list.iter().map(move |p| (parts(p), name.clone()))),
    )
}

/// The dash in tokens `from..to` that opens a clause: the only one there ("The SOHR
/// counted 261 loyalist dead — Al-Masdar News put the figure at 92"), not one of a
/// pair around an aside ("Al-Masdar News — un média progouvernemental — fait état de
/// 92"). An em dash, spaced or not ("dead—Al-Masdar News"), or a spaced en dash: not
/// one that joins words or numbers ("the Homs–Hama offensive", "on 3–4 May").
fn lone_dash(t: &Tokens<'_>, from: usize, to: usize) -> Option<usize> {
    let spaced = |i: usize| i > 0 && !t.gap_after(i - 1).is_empty() && !t.gap_after(i).is_empty();
    let mut dashes = (from..to).filter(|&i| match t.tok_text(i) {
        "—" => true,
        "–" => spaced(i),
        _ => false,
    });
    let first = dashes.next()?;
    dashes.next().is_none().then_some(first)
}

fn list(words: &[String]) -> Phrases<()> {
    Phrases::new(words.iter().map(|w| (parts(w), ())))
}

impl Words {
    pub(crate) fn new(lexicon: &Lexicon) -> Self {
        let c = &lexicon.claims;
        let column_labels = lexicon
            .infobox
            .column_labels
            .iter()
            .flat_map(|(side, labels)| labels.iter().map(move |l| (fold(l), side.clone())))
            .collect();
        Self {
            categories: phrases(&c.categories),
            sides: phrases(&c.sides),
            frame_sides: phrases(&c.frame_sides),
            countries: phrases(&c.countries),
            factions: phrases(&c.factions),
            others: c.nouns.others.iter().map(|w| fold(w)).collect(),
            anyone: list(&c.nouns.anyone),
            number_of: list(&c.nouns.number_of),
            ages: list(&c.nouns.ages),
            people: list(&c.nouns.people),
            default_sides: list(&c.nouns.default_sides),
            not_counts: list(&c.nouns.not_counts),
            side_markers: list(&c.markers.side_markers),
            attacks: list(&c.markers.attacks),
            enemy: list(&c.markers.enemy),
            allegiance: list(&c.markers.allegiance),
            pronouns: list(&c.markers.pronouns),
            modals: list(&c.markers.modals),
            admissions: list(&c.markers.admissions),
            captors: list(&c.markers.captors),
            hostile: list(&c.markers.hostile),
            inflicted: list(&c.markers.inflicted),
            frames: list(&c.markers.frames),
            frame_ends: list(&c.markers.frame_ends),
            casualties: list(&c.nouns.casualties),
            possessives: list(&c.markers.possessives),
            agent: list(&c.markers.agent),
            sub_counts: list(&c.markers.sub_counts),
            sub_counts_after: list(&c.markers.sub_counts_after),
            auxiliaries: list(&c.markers.auxiliaries),
            active_auxiliaries: list(&c.markers.active_auxiliaries),
            seats: list(&c.markers.seats),
            adverbs: list(&c.markers.adverbs),
            attribution_before: list(&c.attribution.before),
            attribution_opening: list(&c.attribution.before_opening),
            after_rival: list(&c.attribution.after_rival),
            respectively: list(&c.attribution.respectively),
            not_reports: list(&c.attribution.not_reports),
            verb_nouns: list(&c.attribution.verb_nouns),
            responsibility: list(&c.attribution.responsibility),
            participles: list(&c.attribution.participles),
            not_before: list(&c.attribution.not_before),
            // "a recensé", "avaient annoncé": each past participle after each active
            // auxiliary, and those of `joined_past` after a joiner that shares the
            // auxiliary before it ("ont revendiqué l'attaque et affirmé que…").
            attribution_verbs: list(
                &c.attribution
                    .verbs
                    .iter()
                    .cloned()
                    .chain(
                        c.markers.active_auxiliaries.iter().flat_map(|a| {
                            c.attribution.past.iter().map(move |p| format!("{a} {p}"))
                        }),
                    )
                    .chain(c.markers.joiners.iter().flat_map(|a| {
                        c.attribution
                            .joined_past
                            .iter()
                            .map(move |p| format!("{a} {p}"))
                    }))
                    .collect::<Vec<_>>(),
            ),
            attribution_unnamed: list(&c.attribution.unnamed),
            claimants: list(&c.attribution.claimants),
            complementizers: list(&c.attribution.complementizers),
            clause_openers: list(&c.attribution.clause_openers),
            before_verb: list(&c.attribution.before_verb),
            to_figure: list(&c.attribution.to_figure),
            figure_verbs: list(&c.attribution.figure_verbs),
            claim_nouns: list(&c.attribution.claim_nouns),
            reflexive: list(&c.attribution.reflexive),
            relatives: list(&c.attribution.relatives),
            by_agent: list(&c.attribution.by_agent),
            figure_by_agent: list(&c.attribution.figure_by_agent),
            estimated_at: list(&c.attribution.estimated_at),
            estimate_nouns: list(&c.attribution.estimate_nouns),
            revisions: list(&c.attribution.revisions),
            citing: list(&c.attribution.citing),
            relaying: list(&c.attribution.relaying),
            anaphors: list(&c.attribution.anaphors),
            speaker_ends: list(&c.attribution.speaker_ends),
            speaker_preludes: list(&c.attribution.speaker_preludes),
            indefinites: list(&c.attribution.indefinites),
            addressed: list(&c.attribution.addressed),
            absolute: list(&c.attribution.absolute),
            contrasts: list(&c.attribution.contrasts),
            record_verbs: list(&c.attribution.record_verbs),
            contrast_verbs: list(&c.attribution.contrast_verbs),
            verb_endings: c.attribution.verb_endings.iter().map(|w| fold(w)).collect(),
            put_at: list(&c.attribution.put_at),
            object_pronouns: list(&c.attribution.object_pronouns),
            events: phrases(&c.events),
            same_time: list(&c.periods.same_time),
            whole_time: list(&c.periods.whole_time),
            day_before: list(&c.periods.day_before),
            place_before: list(&c.markers.place_before),
            areas: list(&c.nouns.areas),
            forces: list(&c.nouns.forces),
            // (Written in full: "Mar" is no month in "Deir Mar Musa".)
            months: list(
                &lexicon
                    .months
                    .names
                    .iter()
                    .filter_map(|n| n.first().cloned())
                    .collect::<Vec<_>>(),
            ),
            list_restart: list(&c.markers.list_restart),
            sites: list(&c.nouns.sites),
            rivals: list(&c.markers.rivals),
            denied: list(&c.markers.denied),
            shares: list(&c.markers.shares),
            wholes: list(&c.markers.wholes),
            losses: list(&c.markers.losses),
            tolls: list(&c.markers.tolls),
            toll_nouns: Phrases::new(
                (c.markers.tolls.iter().map(|w| (parts(w), false)))
                    .chain(c.attribution.count_nouns.iter().map(|w| (parts(w), true))),
            ),
            loss_tolls: list(&c.markers.loss_tolls),
            toll_complements: list(&c.markers.toll_complements),
            copulas: list(&c.markers.copulas),
            // "le bilan passe de 40 à 60": a change's word before its figure is a total's verb.
            amounts_to: Phrases::new(
                c.markers
                    .amounts_to
                    .iter()
                    .chain(&c.markers.copulas)
                    .chain(&lexicon.numbers.ranges.changes)
                    .map(|w| (parts(w), ())),
            ),
            part_of_previous: list(&c.markers.part_of_previous),
            category_joiners: list(&c.markers.joiners),
            alternatives: list(&c.markers.alternatives),
            sourced_alternatives: list(&c.markers.sourced_alternatives),
            ranges: lexicon
                .numbers
                .ranges
                .open_close
                .iter()
                .map(|[open, close]| {
                    (
                        list(std::slice::from_ref(open)),
                        list(std::slice::from_ref(close)),
                    )
                })
                .collect(),
            changes: list(&lexicon.numbers.ranges.changes),
            determiners: list(&c.nouns.determiners),
            complement: list(&c.markers.complement),
            opponent: list(&c.markers.opponent),
            not_places: c.nouns.not_places.iter().map(|w| fold(w)).collect(),
            place_ends: c
                .markers
                .place_before
                .iter()
                .chain(&c.nouns.determiners)
                .filter_map(|p| parts(p).pop())
                .collect(),
            particles: c.nouns.name_particles.iter().map(|w| fold(w)).collect(),
            column_labels,
        }
    }
}

/// A sentence's tokens and what was found in them.
struct Scan<'a> {
    t: &'a Tokens<'a>,
    quantities: Vec<(Quantity, usize, usize)>,
    periods: Vec<Period>,
    /// The narrative's year before the sentence.
    year: Option<i32>,
    /// The sentence folded as a name, made the first time a source is looked for.
    names: OnceCell<NameRuns<'a>>,
}

impl<'a> Scan<'a> {
    /// Tokens with nothing found in them: for reading names only.
    fn words_only(t: &'a Tokens<'a>) -> Self {
        Self {
            t,
            quantities: Vec::new(),
            periods: Vec::new(),
            year: None,
            names: OnceCell::new(),
        }
    }

    /// The token index at or after a byte offset.
    fn token_at(t: &Tokens<'_>, offset: usize) -> usize {
        t.toks.partition_point(|tok| tok.start < offset)
    }

    fn new(
        t: &'a Tokens<'a>,
        reader: &QuantityReader,
        words: &PeriodWords,
        cal: &mut Calendar,
    ) -> Self {
        let mut quantities: Vec<(Quantity, usize, usize)> = reader
            .read_tokens_near(t, 0, cal.year)
            .into_iter()
            .map(|q| {
                let first = Self::token_at(t, q.span.start);
                // "261 morts au moins": the noun is read after the number.
                let end = Self::token_at(t, q.number_end);
                (q, first, end)
            })
            .collect();
        let mut periods = periods(t, words, cal);
        // "in 2019 and 2020": a year that ends a period of years is no count.
        quantities.retain(|(q, first, end)| {
            !periods.iter().any(|p| {
                p.unit == Unit::Year
                    && p.start.0 != p.last.0
                    && p.first < *first
                    && *end == p.end
                    && q.high == Some(q.low)
                    && i32::try_from(q.low).is_ok_and(|y| y == p.last.0)
            })
        });
        // A year that the quantities read as a count is one ("Up to 2000 people").
        periods.retain(|p| {
            p.unit != Unit::Year
                || !quantities
                    .iter()
                    .any(|(_, first, end)| *first < p.end && p.first < *end)
        });
        // "deux jours plus tard": the number of days is the quantity just before.
        let count_before = |i: usize| {
            quantities
                .iter()
                .find(|(_, _, end)| *end == i)
                .filter(|(q, _, _)| q.high == Some(q.low) && !q.approx)
                .map(|(q, first, _)| (q.low, *first))
        };
        relative_periods(t, words, cal, &mut periods, count_before);
        Scan {
            t,
            quantities,
            periods,
            year: cal.year,
            names: OnceCell::new(),
        }
    }

    /// The sentence folded as a name.
    fn names(&self) -> &NameRuns<'a> {
        self.names.get_or_init(|| NameRuns::new(self.t))
    }

    /// Where a phrase of `table` ending right before token `k` starts, looked for in
    /// the four tokens before it ("s'élève à" before "290"), or as many as its longest
    /// phrase has words ("revu à la baisse à").
    fn phrase_ending_at(&self, table: &Phrases<()>, k: usize) -> Option<usize> {
        (k.saturating_sub(table.longest().max(4))..k).find(|&i| self.any_at(i, table) == Some(k))
    }

    /// Where the phrases of `tables` that end one after another right before token `k`
    /// start, three at most ("of the" before "900 fighters"; "was later" before
    /// "raised to").
    fn back_over(&self, mut k: usize, tables: &[&Phrases<()>]) -> usize {
        for _ in 0..3 {
            match tables
                .iter()
                .find_map(|table| self.phrase_ending_at(table, k))
            {
                Some(s) => k = s,
                None => break,
            }
        }
        k
    }

    /// The token after the phrases of `tables` that follow one another from token `k`,
    /// each ending before `limit`, three at most ("its death" after "raised"; "of the"
    /// after "the death toll").
    fn forward_over(&self, mut k: usize, tables: &[&Phrases<()>], limit: usize) -> usize {
        for _ in 0..3 {
            match tables.iter().find_map(|table| self.any_at(k, table)) {
                Some(e) if e < limit => k = e,
                _ => break,
            }
        }
        k
    }

    /// Whether token `i` is inside a figure ("an estimated 20,000"): the figures are in
    /// order, one looked up.
    fn in_figure(&self, i: usize) -> bool {
        let q = &self.quantities;
        q.partition_point(|(_, f, _)| *f <= i)
            .checked_sub(1)
            .and_then(|k| q.get(k))
            .is_some_and(|(_, _, e)| i < *e)
    }

    /// A phrase of `table` that ends right before token `k`: its name and where it
    /// starts (the longest).
    fn match_ending_at<'w>(
        &self,
        k: usize,
        table: &'w Phrases<String>,
    ) -> Option<(&'w str, usize)> {
        (k.saturating_sub(table.longest().max(4))..k).find_map(|i| {
            self.match_at(i, table)
                .filter(|&(_, e)| e == k)
                .map(|(name, _)| (name, i))
        })
    }

    /// The longest phrase of `table` standing at token `i`: its name and the token after.
    fn match_at<'w>(&self, i: usize, table: &'w Phrases<String>) -> Option<(&'w str, usize)> {
        table.at(self.t, i).map(|(name, e)| (name.as_str(), e))
    }

    /// The token after a phrase of `table` standing at token `i`.
    fn any_at(&self, i: usize, table: &Phrases<()>) -> Option<usize> {
        table.at(self.t, i).map(|(_, e)| e)
    }

    /// The token after the phrases of `table` that follow one another from token `i`,
    /// each ending before `limit` ("the", "l'" before a name; "while" before a subject).
    fn past(&self, mut i: usize, table: &Phrases<()>, limit: usize) -> usize {
        while let Some(e) = self.any_at(i, table).filter(|&e| e < limit) {
            i = e;
        }
        i
    }

    /// If an English possessive ends right before token `at` ("the army's", "the
    /// rebels'"), its word's token and its fold without the apostrophe: a word of two
    /// letters or more ending in one, before a lone "s" glued to it, or itself ending in
    /// "s" with no word glued after it (not an elision: `l'`, `qu'`, `aujourd'hui`).
    fn possessive_before(&self, at: usize) -> Option<(usize, &str)> {
        let t = &self.t;
        let word = |p: usize| possessive_word(t, p);
        let glued_s = at >= 2
            && t.folded(at - 1) == "s"
            && t.kind(at - 1) == Some(Kind::Word)
            && t.gap_after(at - 2).is_empty();
        if glued_s {
            return word(at - 2).map(|w| (at - 2, w));
        }
        let p = at.checked_sub(1)?;
        word(p)
            .filter(|w| w.ends_with('s') && (!t.gap_after(p).is_empty() || p + 1 >= t.len()))
            .map(|w| (p, w))
    }

    /// The side of a possessive ending right before token `at`, a side's name or a
    /// country's starting at `from` or after ("Russia's", "the Ukrainian army's", "the
    /// rebels'"): with the token where its name starts, longest names first.
    fn possessor<'w>(&self, at: usize, from: usize, words: &'w Words) -> Option<(&'w str, usize)> {
        self.possessive_name(at, from, &words.sides, words)
            .or_else(|| self.possessive_name(at, from, &words.countries, words))
    }

    /// The name of `table` a possessive ending right before token `at` is, starting at
    /// `from` or after, longest first: its value and the token where it starts.
    fn possessive_name<'w>(
        &self,
        at: usize,
        from: usize,
        table: &'w Phrases<String>,
        words: &Words,
    ) -> Option<(&'w str, usize)> {
        let (p, last) = self.possessive_before(at)?;
        (p.saturating_sub(4).max(from)..=p).find_map(|h| {
            let mut parts: Vec<&str> = (h..p)
                .filter(|&i| self.t.tok_text(i) != "-")
                .map(|i| self.t.folded(i))
                .collect();
            parts.push(last);
            // (Not a claimant's noun in another name: "The Arakan Army's losses".)
            table
                .exact(&parts)
                .filter(|_| !(h == p && self.in_other_name(p, last, words)))
                .map(|s| (s.as_str(), h))
        })
    }

    /// The token right after the possessive whose word is token `i` ("army'" before a
    /// glued "s", "rebels'"), if it is one.
    fn possessive_end(&self, i: usize) -> Option<usize> {
        if !self.t.folded(i).ends_with('\'') {
            return None;
        }
        [i + 2, i + 1]
            .into_iter()
            .find(|&at| self.possessive_before(at).is_some_and(|(p, _)| p == i))
    }

    /// Whether the one word at token `at`, folded as `word` (a claimant's noun: `army`,
    /// `government`; a possessive's without its apostrophe), is written as part of
    /// another name: capitalized after a capitalized word that is no determiner, or
    /// before "of" and one ("The Arakan Army", "Mahdi Army", "Army of Islam" are no
    /// government's army).
    fn in_other_name(&self, at: usize, word: &str, w: &Words) -> bool {
        let t = &self.t;
        let capital = |i: usize| t.tok_text(i).starts_with(char::is_uppercase);
        capital(at)
            && w.claimants.exact(&[word]).is_some()
            && (at > 0
                && t.kind(at - 1) == Some(Kind::Word)
                && capital(at - 1)
                && w.determiners.at(t, at - 1).is_none()
                || t.folded(at + 1) == "of" && capital(at + 2))
    }

    /// True for a mark that ends a clause for the figure's own noun phrase.
    fn is_break(&self, i: usize) -> bool {
        self.t.kind(i) == Some(Kind::Punct) && !matches!(self.t.tok_text(i), "-" | "'" | "’")
    }

    /// Where the clause that ends before token `i` starts: the token after the last
    /// mark before `i` ([`Scan::is_break`]), or the first.
    fn clause_start(&self, i: usize) -> usize {
        (0..i)
            .rev()
            .find(|&j| self.is_break(j))
            .map_or(0, |c| c + 1)
    }

    /// Where the clause from token `i` ends: its first mark, or the end.
    fn clause_end(&self, i: usize) -> usize {
        (i..self.t.len())
            .find(|&j| self.is_break(j))
            .unwrap_or(self.t.len())
    }
}

/// A text's tokens folded as a name once ([`NameFolder`]), for the registry look-ups
/// of its runs of words: the fold of tokens `a..=b` alone is a slice of it, so a run
/// costs no fold of its own.
struct NameRuns<'a> {
    t: &'a Tokens<'a>,
    folder: NameFolder,
    /// Where each token's fold starts and ends in `folder`.
    spans: Vec<(usize, usize)>,
}

impl<'a> NameRuns<'a> {
    fn new(t: &'a Tokens<'a>) -> Self {
        let mut folder = NameFolder::with_capacity(t.text.len());
        let mut spans = Vec::with_capacity(t.len());
        let mut folded_to = 0;
        for tok in &t.toks {
            // Only white space lies between tokens, when anything does.
            if tok.start > folded_to {
                folder.push_str(t.text.get(folded_to..tok.start).unwrap_or(""));
            }
            let start = folder.next_start();
            folder.push_str(t.text.get(tok.start..tok.end).unwrap_or(""));
            spans.push((start, folder.len()));
            folded_to = tok.end;
        }
        Self { t, folder, spans }
    }

    /// The name fold of tokens `first..=last`, as [`fold_name`](crate::model::fold_name)
    /// makes it of their text.
    fn folded(&self, first: usize, last: usize) -> &str {
        match (self.spans.get(first), self.spans.get(last)) {
            (Some(&(start, _)), Some(&(_, end))) => self.folder.folded_between(start, end),
            _ => "",
        }
    }

    /// The name fold of the tokens from `first` to the end: the folds of
    /// [`NameRuns::folded`] from `first` are all empty or prefixes of it.
    fn rest(&self, first: usize) -> &str {
        self.spans.get(first).map_or("", |&(start, _)| {
            self.folder.folded_between(start, self.folder.len())
        })
    }
}

/// Where the words that bound a figure's clause stand in a sentence, found in one pass
/// over it: each figure then looks them up by binary search
/// instead of walking its clause, which in a list of thousands of figures ("12 morts,
/// 14 blessés, …") made a sentence cost the square of its length.
struct Marks<'w> {
    /// Tokens `;`, which end clauses.
    semicolons: Vec<usize>,
    /// Tokens where a sub-count word stands ("dont").
    sub_counts: Vec<usize>,
    /// Tokens where a part-of-previous phrase stands ("figurent parmi").
    part_of_previous: Vec<usize>,
    /// Category words a clause lends its figures (the noun-only ones left out): token,
    /// name, token after.
    categories: Vec<(usize, &'w str, usize)>,
    /// The most tokens a category word of `categories` spans.
    longest_category: usize,
    /// The ends of the sentence's figures and dates, in order.
    ends: Vec<usize>,
}

impl<'w> Marks<'w> {
    fn new(scan: &Scan<'_>, words: &'w Words) -> Self {
        let t = &scan.t;
        let mut marks = Marks {
            semicolons: Vec::new(),
            sub_counts: Vec::new(),
            part_of_previous: Vec::new(),
            categories: Vec::new(),
            longest_category: 0,
            ends: Vec::new(),
        };
        for i in 0..t.len() {
            if t.tok_text(i) == ";" {
                marks.semicolons.push(i);
            }
            if scan.any_at(i, &words.sub_counts).is_some() {
                marks.sub_counts.push(i);
            }
            if scan.any_at(i, &words.part_of_previous).is_some() {
                marks.part_of_previous.push(i);
            }
            if let Some((name, end)) = scan.match_at(i, &words.categories) {
                if !NOUN_ONLY.contains(&name) {
                    marks.categories.push((i, name, end));
                    marks.longest_category = marks.longest_category.max(end.saturating_sub(i));
                }
            }
        }
        marks.ends = scan
            .quantities
            .iter()
            .map(|(_, _, e)| *e)
            .chain(scan.periods.iter().map(|p| p.end))
            .collect();
        marks.ends.sort_unstable();
        marks
    }

    /// The first token of the clause holding token `first`: after the `;` before it.
    fn clause_start(&self, first: usize) -> usize {
        let k = self.semicolons.partition_point(|&s| s < first);
        k.checked_sub(1)
            .and_then(|k| self.semicolons.get(k))
            .map_or(0, |s| s + 1)
    }

    /// The end of the clause holding token `end`: its `;`, else the sentence's end.
    fn clause_end(&self, end: usize, len: usize) -> usize {
        first_at_or_after(&self.semicolons, end).unwrap_or(len)
    }

    /// The category word that ends right at token `k` (the verb whose object a figure
    /// there is: "killed 40"): its name.
    fn category_ending_at(&self, k: usize) -> Option<&'w str> {
        let cats = &self.categories;
        cats.get(..cats.partition_point(|c| c.0 < k))
            .and_then(<[_]>::last)
            .filter(|&&(_, _, e)| e == k)
            .map(|&(_, name, _)| name)
    }

    /// The first category word that starts in tokens `from..to`: its token.
    fn first_category_in(&self, from: usize, to: usize) -> Option<usize> {
        let cats = &self.categories;
        cats.get(cats.partition_point(|c| c.0 < from))
            .map(|c| c.0)
            .filter(|&i| i < to)
    }

    /// The end of a figure's words after token `from`: a `;` or a sub-count word.
    fn words_end(&self, from: usize, len: usize) -> usize {
        let sub = first_at_or_after(&self.sub_counts, from).unwrap_or(len);
        self.clause_end(from, len).min(sub)
    }

    /// The last end of a figure or date at or before token `i`.
    fn last_end_by(&self, i: usize) -> Option<usize> {
        let k = self.ends.partition_point(|&e| e <= i);
        k.checked_sub(1).and_then(|k| self.ends.get(k)).copied()
    }
}

/// Token `p`'s fold without its final apostrophe, if it is a word of two letters or more
/// ending in one: a possessive's word ("army'" of "army's", "rebels'"), not an
/// elision's (`l'`, `d'`).
fn possessive_word<'t>(t: &'t Tokens<'_>, p: usize) -> Option<&'t str> {
    let folded = t.folded(p).strip_suffix('\'')?;
    (t.kind(p) == Some(Kind::Word) && folded.chars().nth(1).is_some()).then_some(folded)
}

/// The side of two sides' figures: their names in order, joined by `+`
/// (`israeli+palestinian`).
fn joint(a: &str, b: &str) -> String {
    let mut both = [a, b];
    both.sort_unstable();
    both.join("+")
}

/// Whether the nouns of people that name a side only by default (`soldiers`) may count
/// people of `side`, a part's whole or a frame's: one armed side's, not the civilians'
/// ("Hamas lost 900 fighters, including 30 officers"; not "80 civilians were killed,
/// including 5 off-duty soldiers"), nor two sides' or none.
fn armed(side: &str) -> bool {
    side != CIVILIAN && side != "unknown" && !side.contains('+')
}

/// Whether one of `items`, in order of the token `at` gives, starts within `range`.
fn starts_within<T>(items: &[T], at: impl Fn(&T) -> usize, range: &std::ops::Range<usize>) -> bool {
    let k = items.partition_point(|x| at(x) < range.start);
    items.get(k).is_some_and(|x| at(x) < range.end)
}

/// The first of sorted `marks` at or after `from`.
fn first_at_or_after(marks: &[usize], from: usize) -> Option<usize> {
    marks.get(marks.partition_point(|&m| m < from)).copied()
}

/// Whether one of sorted `marks` lies in `from..to`.
fn any_in(marks: &[usize], from: usize, to: usize) -> bool {
    starts_within(marks, |&m| m, &(from..to))
}

/// A sentence's reference markers sorted by where they stand, for the figures that
/// look up the group cited after them.
struct Cited {
    /// Offset in the sentence and reference number, in the sentence's order among
    /// equal offsets.
    markers: Vec<(usize, u32)>,
    /// Whether the sentence carries a citation-needed marker.
    needs_citation: bool,
}

impl Cited {
    fn new(article: &Article, sentence: &Sentence) -> Self {
        let mut markers: Vec<(usize, u32)> = Vec::new();
        let mut needs_citation = false;
        for m in sentence
            .markers
            .iter()
            .filter_map(|&m| article.markers.get(m))
        {
            match m.kind {
                MarkerKind::Reference(n) => markers.push((m.offset_in_sentence, n)),
                MarkerKind::CitationNeeded(_) => needs_citation = true,
                _ => {}
            }
        }
        // Stable: a group keeps its markers' order.
        markers.sort_by_key(|&(o, _)| o);
        Cited {
            markers,
            needs_citation,
        }
    }

    /// The references cited by the first group of markers at or after byte `from` of
    /// the sentence, else by the last group before it.
    fn refs(&self, from: usize) -> Vec<u32> {
        let after = self.markers.partition_point(|&(o, _)| o < from);
        let at = match self.markers.get(after) {
            Some(&(o, _)) => o,
            None => match after.checked_sub(1).and_then(|k| self.markers.get(k)) {
                Some(&(o, _)) => o,
                None => return Vec::new(),
            },
        };
        let mut refs: Vec<u32> = self
            .markers
            .iter()
            .skip(self.markers.partition_point(|&(o, _)| o < at))
            .take_while(|&&(o, _)| o == at)
            .map(|&(_, n)| n)
            .collect();
        refs.dedup();
        refs
    }
}

/// Extracts the claims of an article.
pub fn extract(article: &Article, lexicon: &Lexicon, registry: &Registry) -> Vec<Claim> {
    let prepared = lexicon.prepared();
    let words = &prepared.claims;
    let reader = &prepared.quantities;
    let period_words = &prepared.periods;
    let mut cal = Calendar {
        year: article_year(article),
        month: None,
        last: None,
    };
    // Every sentence is cut into tokens once, for all the rules.
    let tokens: Vec<Tokens<'_>> = article
        .sentences
        .iter()
        .map(|s| Tokens::new(&s.text))
        .collect();
    let mut reference_at = FxHashMap::default();
    for (i, r) in article.references.iter().enumerate() {
        reference_at.entry(r.number).or_insert(i);
    }
    let mut ex = Extractor {
        article,
        named: FxHashSet::default(),
        words,
        reader,
        registry,
        claims: Vec::new(),
        names: Names::new(article, &tokens, words),
        origins: FxHashMap::default(),
        reference_at,
        // (Or as a possessive, one or two words: "Hezbollah's losses".)
        factions_named: tokens.iter().any(|t| {
            (0..t.len()).any(|i| {
                words.factions.at(t, i).is_some()
                    || possessive_word(t, i).is_some_and(|word| {
                        words.factions.exact(&[word]).is_some()
                            || i > 0 && words.factions.exact(&[t.folded(i - 1), word]).is_some()
                    })
            })
        }),
    };
    // Each paragraph's site: the first its body sentences name, in order. Found in one
    // pass, with the same sentences read as a search from each paragraph's start
    // would read, not by walking every sentence of the article at each new paragraph.
    let mut sites: FxHashMap<usize, String> = FxHashMap::default();
    for (s, t) in article.sentences.iter().zip(&tokens) {
        if matches!(s.context, Context::Body) && !sites.contains_key(&s.paragraph) {
            if let Some(site) = site_in(t, words) {
                sites.insert(s.paragraph, site);
            }
        }
    }
    let mut paragraph = usize::MAX;
    let mut context = ParagraphContext::default();
    for (sentence, t) in article.sentences.iter().zip(&tokens) {
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph;
            context = ParagraphContext {
                site: sites.get(&paragraph).cloned(),
                ..ParagraphContext::default()
            };
        }
        let scan = Scan::new(t, reader, period_words, &mut cal);
        match &sentence.context {
            Context::Body => ex.body(sentence, &scan, &mut context),
            Context::Infobox {
                field, label, cell, ..
            } => {
                ex.infobox(sentence, &scan, field, label.as_deref(), *cell);
            }
        }
    }
    ex.infobox_columns();
    ex.claims
}

/// The first site named in tokens (`l'hôpital` → `hôpital`).
fn site_in(t: &Tokens<'_>, words: &Words) -> Option<String> {
    (0..t.len()).find_map(|i| {
        words
            .sites
            .at(t, i)
            .map(|(_, end)| (i..end).map(|k| t.folded(k)).collect::<Vec<_>>().join(" "))
    })
}

/// The year of an article's dates when they give none: the title's "(2015)", else the
/// first year the text writes.
fn article_year(article: &Article) -> Option<i32> {
    let from_title = article
        .title
        .rsplit('(')
        .next()
        .and_then(|t| t.strip_suffix(')'))
        .and_then(|t| t.trim().parse().ok())
        .filter(|y: &i32| (1800..=2200).contains(y));
    from_title.or_else(|| {
        article.body_sentences().find_map(|s| {
            s.text
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse::<i32>().ok())
                .find(|y| (1800..=2200).contains(y))
        })
    })
}

/// What earlier sentences of a paragraph say that later ones rely on.
#[derive(Default)]
struct ParagraphContext {
    /// The last category named ("Le nombre de ses défenseurs…" → strength).
    category: Option<String>,
    /// The side whose losses the paragraph is about ("Les pertes des rebelles…").
    side: Option<String>,
    /// The period that dates sentences without one.
    period: Option<Period>,
    /// The last period of the sentence before, for "le même jour", "dans l'après-midi".
    last_seen: Option<Period>,
    /// The first site the paragraph names (`hôpital`).
    site: Option<String>,
    /// The paragraph's last figure that is no part of another.
    last_total: Option<usize>,
}

/// What a figure whose words are left out stands for: another source's or another
/// side's count of what the figure claimed just before it counts.
#[derive(Clone)]
enum Gap {
    /// "Les Casques blancs ont dénombré 96 morts, l'OSDH 82": the 82 are the SOHR's.
    Source(String),
    /// "Les loyalistes ont perdu 45 hommes, les rebelles 30": the 30 are the rebels'.
    Side(String),
    /// "30 civilians were killed in Aleppo and 20 in Idlib", "…in 2015 and 20 in
    /// 2016": the 20 are the same, elsewhere or at another time.
    Place {
        /// Elsewhere (a place of its own after it), not at another time.
        elsewhere: bool,
    },
}

/// Whose people the figures of a list paired with sides by "respectively" count.
enum Whose {
    /// Each side's own: "Russia and Ukraine lost 70 and 40 soldiers respectively".
    Own,
    /// Each side's enemy's: "Russia and Ukraine took 120 and 45 prisoners
    /// respectively".
    Enemy,
    /// No one's that the sentence says: "Russia and Ukraine reported 700 and 400
    /// soldiers killed respectively".
    NoOne,
}

struct Extractor<'a> {
    article: &'a Article,
    /// The registry sources the article has named so far, by key: a short name
    /// ([`crate::model::Source::short`]) stands for one of them only.
    named: FxHashSet<String>,
    words: &'a Words,
    reader: &'a QuantityReader,
    registry: &'a Registry,
    claims: Vec<Claim>,
    names: Names,
    /// Each cited reference's origin ([`Extractor::reference_origin`]), read once per
    /// reference: reading its title costs a registry look-up per run of words.
    origins: FxHashMap<u32, Option<String>>,
    /// Each reference number's place in the article's list (the first, if the list
    /// gives a number twice): an article citing thousands of references would
    /// otherwise have its list walked for each figure.
    reference_at: FxHashMap<u32, usize>,
    /// Whether the article names a faction (`[claims.factions]`) anywhere: if not, no
    /// figure is a faction's, and a figure that names its side is compared as one that
    /// names no one of it, so neither is read.
    factions_named: bool,
}

/// What the article writes with a capital inside its sentences, the words it names as
/// places, and the capitalised words that are never places (determiners, pronouns).
struct Names {
    inner: FxHashSet<String>,
    /// The first words of the names after a place's word ("à Alep", "in Hama"): a
    /// name the article gives as a place is no source in brackets ("killed 40 (Hama)").
    places: FxHashSet<String>,
    not_places: Vec<String>,
    particles: Vec<String>,
}

impl Names {
    /// `tokens` are the article's sentences', in order.
    fn new(article: &Article, tokens: &[Tokens<'_>], words: &Words) -> Self {
        let mut inner = FxHashSet::default();
        let mut places = FxHashSet::default();
        let body = article
            .sentences
            .iter()
            .zip(tokens)
            .filter(|(s, _)| matches!(s.context, Context::Body));
        for (_, t) in body {
            for k in 1..t.len() {
                let w = t.tok_text(k);
                if t.kind(k) == Some(Kind::Word) && w.chars().next().is_some_and(char::is_uppercase)
                {
                    inner.insert(w.to_owned());
                    let after_place = words.place_ends.contains(t.folded(k - 1))
                        && (k.saturating_sub(3)..k).any(|j| {
                            words.place_before.at(t, j).is_some_and(|(_, e)| {
                                let mut e = e;
                                while let Some((_, d)) =
                                    words.determiners.at(t, e).filter(|_| e < k)
                                {
                                    e = d;
                                }
                                e == k
                            })
                        });
                    // ("in Hama and Homs", "à Alep, Idleb et Hama": the names listed
                    // after it too.)
                    let listed = k >= 2
                        && (t.tok_text(k - 1) == ","
                            || words.category_joiners.at(t, k - 1).is_some())
                        && places.contains(t.tok_text(k - 2));
                    if after_place || listed {
                        places.insert(w.to_owned());
                    }
                }
            }
        }
        Names {
            inner,
            places,
            not_places: words.not_places.clone(),
            particles: words.particles.clone(),
        }
    }
}

impl Extractor<'_> {
    /// The in-text source of a sentence: `Selon X`, `Pour X`, `X affirme`.
    /// The in-text sources of a sentence, each with the token where it stands:
    /// `Selon X`, `Pour X,`, `X affirme`, `…, rapporte X`.
    fn attributions(&self, scan: &Scan<'_>, ends: &Marks<'_>) -> Vec<(usize, String)> {
        let t = &scan.t;
        let mut found: Vec<(usize, String)> = Vec::new();
        // Speakers of verbs whose object is no report (`claimed victory`).
        let mut silent: Vec<(usize, String)> = Vec::new();
        for i in 0..t.len() {
            // "Pour l'OSDH, …": some words attribute only where they open a clause.
            let opening = || {
                let opens = i <= 1
                    || matches!(t.tok_text(i - 1), "," | ";" | ":")
                    || (i.saturating_sub(3)..i)
                        .any(|j| scan.any_at(j, &self.words.clause_openers) == Some(i));
                opens
                    .then(|| scan.any_at(i, &self.words.attribution_opening))
                    .flatten()
            };
            // "Le bilan varie selon les sources : …": the figures differ by source.
            let attributes = || scan.phrase_ending_at(&self.words.not_before, i).is_none();
            if let Some(k) = scan
                .any_at(i, &self.words.attribution_before)
                .filter(|_| attributes())
                .or_else(opening)
            {
                if let Some(source) = self.phrase_source(scan, k) {
                    found.push((i, source));
                }
            } else if let Some(source) = self
                .bracketed_source(scan, i)
                .or_else(|| self.rival_source(scan, i))
            {
                found.push((i, source));
            } else if let Some(source) = self
                .agent_source(scan, i)
                .or_else(|| self.estimate_agent(scan, i))
                .or_else(|| self.toll_source(scan, i))
            {
                found.push((i, source));
            } else if let Some(verb_end) = scan
                .any_at(i, &self.words.attribution_verbs)
                .or_else(|| self.participle_at(scan, i))
                .or_else(|| self.revision_at(scan, i))
                .or_else(|| self.put_at(scan, i))
                .filter(|_| i > 0)
                // "Hundreds of soldiers were reported killed": a passive has no speaker;
                // "an estimated 20,000" is a figure.
                // ("Losses were later estimated at 261": adverbs between.)
                .filter(|_| {
                    let k = scan.back_over(i, &[&self.words.adverbs]);
                    scan.phrase_ending_at(&self.words.auxiliaries, k).is_none()
                })
                .filter(|_| !scan.in_figure(i))
                // "le nombre de morts se chiffre à 1 200": a reflexive verb reports nothing.
                .filter(|_| scan.phrase_ending_at(&self.words.reflexive, i).is_none())
                // "Al-Masdar News gave a figure of 92": some verbs report only the
                // figure they give (not "The army gave the rebels 24 hours").
                .filter(|&e| {
                    scan.any_at(i, &self.words.figure_verbs).is_none() || self.gives_figure(scan, e)
                })
                // "Initial reports said…": a noun before a verb, no verb (not "The army
                // confirmed reports that…").
                .filter(|&e| {
                    scan.any_at(i, &self.words.verb_nouns).is_none()
                        || scan.any_at(e, &self.words.attribution_verbs).is_none()
                })
                // "40 soldiers were killed in an attack claimed by ISIL": an attack's
                // participle before its agent claims the attack, no figure (not "The
                // army said by phone that…"; the agent of a participle right after a
                // figure gave it, read above: "the 92 claimed by Al-Masdar News").
                // "…were killed in the attack, which ISIL claimed": nor a verb that
                // claims an attack named before its relative pronoun, with no object
                // (not "The attack, which the rebels claimed killed 40 soldiers").
                .filter(|&e| {
                    let w = &self.words;
                    if scan.any_at(i, &w.responsibility).is_none() {
                        return true;
                    }
                    let participle = scan.phrase_ending_at(&w.attacks, i).is_some()
                        && scan.any_at(e, &w.agent).is_some();
                    let relative = (e >= t.len() || scan.is_break(e))
                        && (1..i).rev().find(|&j| scan.is_break(j)).is_some_and(|c| {
                            scan.any_at(c + 1, &w.relatives).is_some()
                                && scan.phrase_ending_at(&w.attacks, c).is_some()
                        });
                    !participle && !relative
                })
                // "avance le chiffre de 53 morts": after an article, a noun; so in a
                // phrase that leads to a figure ("donne un chiffre de 92").
                // (Not an object pronoun: "l'évalue à 92".)
                .filter(|_| {
                    let w = &self.words;
                    let noun = scan
                        .phrase_ending_at(&w.determiners, i)
                        .is_some_and(|k| scan.any_at(k, &w.complement).is_none());
                    let pronoun = || {
                        scan.phrase_ending_at(&w.object_pronouns, i).is_some()
                            && self.put_at(scan, i).is_some()
                    };
                    (!noun || pronoun())
                        && !(i.saturating_sub(2)..i)
                            .any(|k| scan.any_at(k, &w.to_figure).is_some_and(|e| e > i))
                })
            {
                // "claimed responsibility for the attack, which killed 16", "claimed
                // victory": a verb whose object is no report reports no figure, but its
                // subject is still that of the verbs joined to it ("ISIL claimed
                // responsibility for the attack, saying its fighters had killed 40").
                // Nor does one that claims an attack: "L'EI revendique l'attentat, qui a
                // fait 40 morts".
                // (Its object names an attack within six words and counts no figure up
                // to a mark, a relative pronoun or a complementizer: "claimed the Kabul
                // hotel attack, which killed 20", "a revendiqué l'attentat de
                // Manchester, qui a fait 22 morts", "claimed credit for the ambush,
                // which…"; not "claimed the airstrike killed 40", whose attack is the
                // subject of what is claimed.)
                let claims_attack = || {
                    let w = &self.words;
                    if scan.any_at(i, &w.responsibility).is_none() {
                        return false;
                    }
                    // (Or a clause opener: "ISIL claimed the attack and 40 soldiers were
                    // killed, the Iraqi army said".)
                    let object_end = (verb_end..t.len())
                        .find(|&k| {
                            scan.is_break(k)
                                || scan.any_at(k, &w.relatives).is_some()
                                || scan.any_at(k, &w.complementizers).is_some()
                                || scan.any_at(k, &w.clause_openers).is_some()
                        })
                        .unwrap_or(t.len());
                    (verb_end..object_end.min(verb_end + 6))
                        .any(|k| scan.any_at(k, &w.attacks).is_some())
                        && !(verb_end..object_end).any(|k| scan.in_figure(k))
                };
                let heard = [&found, &silent]
                    .into_iter()
                    .filter_map(|v| v.last())
                    .max_by_key(|(j, _)| *j);
                if let Some(source) = self.speaker(scan, ends, heard, i, verb_end) {
                    if scan.any_at(verb_end, &self.words.not_reports).is_some() || claims_attack() {
                        silent.push((i, source));
                    } else {
                        found.push((i, source));
                    }
                }
            }
        }
        found
    }

    /// The subject written out after a reporting verb right after a comma, in the tokens
    /// `start..last` of [`Self::inverted_span`]: "…, a annoncé le ministère.", "…, said
    /// the ministry.", "…, a indiqué l'armée dans un communiqué", when they name a side
    /// or a claimant before any agent (not "…, showed a video released by the rebels"),
    /// eight tokens at most. The span's gates keep out a participle's object, the object
    /// of a verb whose subject is before it, and one its verb's complement follows.
    fn inverted_subject(&self, scan: &Scan<'_>, (start, last): (usize, usize)) -> Option<String> {
        // (Before an agent: not "a video released by the rebels".)
        let agent = (start..last)
            .find(|&j| scan.any_at(j, &self.words.agent).is_some())
            .unwrap_or(last);
        if !self.claimant_word_in(scan, start, agent) || last - start > 8 {
            return None;
        }
        scan.t.span(start, last).map(str::to_owned)
    }

    /// The tokens of a subject that may be written out after the reporting verb at
    /// token `i` (ending at `verb_end`, its clause at `end`), before they are asked to
    /// name a claimant: from past the verb's `speaker_preludes` to a time, a figure, an
    /// agent or a word of `speaker_ends`. None for a participle, after an aside or a
    /// subject alone before the comma, or when a complement on a verb follows.
    fn inverted_span(
        &self,
        scan: &Scan<'_>,
        i: usize,
        verb_end: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let t = &scan.t;
        let w = &self.words;
        let start = self.past_preludes(scan, verb_end, end);
        if !self.opens_inverted_subject(scan, start) || self.participle_at(scan, i).is_some() {
            return None;
        }
        let segment = scan.clause_start(i - 1);
        // (An aside after a subject, not a participle's clause after a verb's: "Le
        // ministère, affirmant que…, a accusé les rebelles"; not "Une frappe a touché un
        // marché, tuant 14 civils, a annoncé la télévision d'État".)
        let aside = segment > 0
            && self.opens_aside(scan, segment)
            && scan.any_at(segment, &w.clause_openers).is_none()
            && !self.holds_verb(scan, scan.clause_start(segment - 1), segment - 1);
        // (A clause, not a subject alone before its comma: "…, le gouvernement malien,
        // a accusé les djihadistes".)
        let reports = i - 1 - segment >= 5
            || (segment..i - 1)
                .any(|j| scan.in_figure(j) || scan.match_at(j, &w.categories).is_some());
        if aside || !reports {
            return None;
        }
        // Its words end at a time, a figure or a word of `speaker_ends`.
        let mut last = (start + 1..end)
            .find(|&j| {
                t.kind(j) == Some(Kind::Digits)
                    || scan.in_figure(j)
                    || scan.any_at(j, &w.months).is_some()
                    || scan.any_at(j, &w.speaker_ends).is_some()
            })
            .unwrap_or(end);
        while last > start + 1 && scan.any_at(last - 1, &w.determiners).is_some() {
            last -= 1;
        }
        // A complement that opens on a verb (`verb_endings`): "de mentir", "of using".
        let complemented = (start..end).any(|j| {
            scan.any_at(j, &w.complement).is_some_and(|e| {
                e < end
                    && t.kind(e) == Some(Kind::Word)
                    && t.tok_text(e).starts_with(char::is_lowercase)
                    && w.verb_endings
                        .iter()
                        .any(|v| t.folded(e).ends_with(v.as_str()))
            })
        });
        (!complemented).then_some((start, last))
    }

    /// Whether token `j` is a verb's word: an auxiliary or a category's word.
    fn verb_word_at(&self, scan: &Scan<'_>, j: usize) -> bool {
        scan.any_at(j, &self.words.auxiliaries).is_some()
            || scan.any_at(j, &self.words.active_auxiliaries).is_some()
            || scan.match_at(j, &self.words.categories).is_some()
    }

    /// Whether tokens `from..to` hold a verb's clause: a figure or a verb's word.
    fn holds_verb(&self, scan: &Scan<'_>, from: usize, to: usize) -> bool {
        (from..to).any(|j| scan.in_figure(j) || self.verb_word_at(scan, j))
    }

    /// Whether token `k` may open a subject written out after its verb: an article, a
    /// capital, an indefinite article (`indefinites`: "…, a indiqué une source
    /// sécuritaire"), or a claimant's plural without one ("…, said local officials").
    fn opens_inverted_subject(&self, scan: &Scan<'_>, k: usize) -> bool {
        let t = &scan.t;
        let w = &self.words;
        let bare = |k: usize| {
            scan.any_at(k, &w.claimants).is_some()
                || scan.any_at(k, &w.attribution_unnamed).is_some()
        };
        self.opens_subject(scan, k)
            || scan.any_at(k, &w.indefinites).is_some()
            || bare(k)
            || t.kind(k) == Some(Kind::Word)
                && t.tok_text(k).starts_with(char::is_lowercase)
                && bare(k + 1)
    }

    /// Token `k`, or the token after the words of `speaker_preludes` that stand there
    /// before `end` (`lundi`, `à l'AFP`, `dans un communiqué`): where a speaker written
    /// out after its verb starts.
    fn past_preludes(&self, scan: &Scan<'_>, k: usize, end: usize) -> usize {
        let mut k = k;
        while let Some(e) = scan
            .any_at(k, &self.words.speaker_preludes)
            .filter(|&e| e < end)
        {
            k = e;
        }
        k
    }

    /// The end of a reporting verb's participle at token `i`, right after a comma
    /// ("…, saying", "…, affirmant").
    fn participle_at(&self, scan: &Scan<'_>, i: usize) -> Option<usize> {
        (i > 0 && scan.t.tok_text(i - 1) == ",")
            .then(|| scan.any_at(i, &self.words.participles))
            .flatten()
    }

    /// The speaker of the reporting verb at token `i`, ending at `verb_end`, in a
    /// sentence whose marks are `ends`: the name after it when it is inverted, else its
    /// subject; `heard` is the last speaker found before it, whose the verbs joined to
    /// its own are ("Ukraine said it counted 12").
    fn speaker(
        &self,
        scan: &Scan<'_>,
        ends: &Marks<'_>,
        heard: Option<&(usize, String)>,
        i: usize,
        verb_end: usize,
    ) -> Option<String> {
        let t = &scan.t;
        // "…, rapporte l'OSDH": an inverted verb, its source after it; not the one told,
        // and none after a clause ("…, told AFP a medical source"; not "X, the director
        // of Y, told AFP").
        let addressed = scan.any_at(i, &self.words.addressed).is_some();
        if addressed && t.tok_text(i - 1) == "," {
            let segment = scan.clause_start(i - 1);
            if !self.opens_aside(scan, segment) && self.holds_verb(scan, segment, i - 1) {
                return None;
            }
        }
        if t.tok_text(i - 1) == "," && !addressed {
            let end = scan.clause_end(verb_end);
            let start = self.past_preludes(scan, verb_end, end);
            let named = |k: usize| self.source_in(scan.names(), k, end.min(k + 8), true);
            if let Some(source) = named(start) {
                return Some(source);
            }
            // (After its article too, within the subject's gates: "…, said the SOHR".)
            let span = self.inverted_span(scan, i, verb_end, end);
            let source = scan
                .any_at(start, &self.words.determiners)
                .filter(|_| span.is_some())
                .and_then(named);
            if let Some(source) = source {
                return Some(source);
            }
            if let Some(span) = span {
                // "…, a ajouté le même responsable": the speaker heard before.
                // (Its noun right after its article: not "SITE Intelligence Group"; and not
                // the press that relayed the speaker before: "…, reported the BBC, and 7
                // others were wounded, said the same official".)
                let anaphor = scan.any_at(span.0 + 1, &self.words.anaphors).is_some();
                let relays = |s: &str| {
                    self.registry
                        .get(s)
                        .is_some_and(crate::model::Source::relays)
                };
                if let Some((_, source)) = heard.filter(|(_, s)| anaphor && !relays(s)) {
                    return Some(source.clone());
                }
                if let Some(subject) = self.inverted_subject(scan, span) {
                    return Some(subject);
                }
            }
        }
        // "…, a figure denied by the IDF, which acknowledged 67 deaths": after a
        // relative pronoun, the name before its comma.
        if let Some(source) = self.relative_subject(scan, i) {
            return Some(source);
        }
        // The subject: from the sentence's start, its last date or its last
        // figure, to the verb.
        let mut start = ends.last_end_by(i).unwrap_or(0);
        // Or its last ";", which closes a clause as a sentence's end would
        // ("…261 according to the SOHR; Al-Masdar News, for its part, reported
        // 92" gave the 92 to the SOHR).
        // (Or a dash: "…according to HRW – the coalition admitted 12"; not one
        // that closes an aside: "Al-Masdar News — un média progouvernemental —
        // fait état de 92 soldats tués".)
        if let Some(j) = (start..i)
            .rev()
            .find(|&j| t.tok_text(j) == ";")
            .max(lone_dash(t, start, i))
        {
            start = j + 1;
        }
        // A clause opened after a mark ("…40 rebels, while the opposition
        // claimed…") has its own subject: the words before it are not the
        // source ("rebels" is one).
        if let Some(e) = (start..i).rev().find_map(|j| {
            let after = if j == start { j } else { j + 1 };
            (j == start || scan.is_break(j))
                .then(|| scan.any_at(after, &self.words.clause_openers))
                .flatten()
                .filter(|&e| e < i)
        }) {
            start = e;
        }
        // "ISIL claimed the attack and the Iraqi army said 40 soldiers were killed":
        // past the clause of the speaker heard before, a clause opener followed by a
        // subject naming a claimant starts the verb's clause (not "ISIL claimed the
        // attack and said…", nor "The SOHR and the army said…", with no speaker
        // before the opener; nor "The SOHR said the army and SANA confirmed…", whose
        // opener joins two subjects; nor "…and the group said", which names the
        // speaker again).
        // (Or past a figure's clause that says what befell its people, or its noun
        // alone: "The SOHR said 20 rebels were killed and the army said 30 were killed"
        // and "The rebels said they killed 30 soldiers and the army said…" were the
        // rebels' and "soldiers and the army".)
        let figure_clause = |k: usize| {
            k <= start + 2 || (start..k).any(|m| scan.match_at(m, &self.words.categories).is_some())
        };
        let after_figure = start > 0
            && ends.last_end_by(i) == Some(start)
            && scan.quantities.iter().any(|(_, _, e)| *e == start);
        let anchor = heard
            .map(|&(j, _)| (j, false))
            .filter(|(j, _)| (start..i).contains(j))
            .or_else(|| after_figure.then_some((start, true)));
        if let Some((j, after_figure)) = anchor {
            let joins = |k: usize| {
                let w = &self.words;
                (k.saturating_sub(4)..k).any(|m| {
                    scan.match_at(m, &w.sides).is_some_and(|(_, e)| e == k)
                        || scan.any_at(m, &w.claimants) == Some(k)
                        || scan.any_at(m, &w.attribution_unnamed) == Some(k)
                }) || proper_noun(t, k - 1, &self.names).is_some()
                    // (Not a place: "…clashes near Palmyra and the army said…".)
                    && !self.names.places.contains(t.tok_text(k - 1))
            };
            if let Some(e) = (j + 1..i).rev().find_map(|k| {
                scan.any_at(k, &self.words.clause_openers).filter(|&e| {
                    e < i
                        && (!after_figure || figure_clause(k))
                        && self.names_a_claimant(scan, e, i)
                        && (after_figure && k <= start + 2 || !joins(k))
                        && (e..i).all(|m| scan.any_at(m, &self.words.anaphors).is_none())
                })
            }) {
                start = e;
            }
        }
        // The clause nearest the verb first ("While the government claimed
        // 300 rebels were killed, the SOHR put the figure at 120": not the
        // rebels).
        // Where the verb's own clause starts: after the last mark before it.
        let own = (start..i).rev().find(|&j| scan.is_break(j)).map(|j| j + 1);
        // A toll revised or put at a figure by an attack, or a subject with one,
        // has no speaker ("The Syrian army's offensive raised the toll to 300",
        // "L'offensive de l'armée syrienne porte le bilan à 300 morts").
        let revised = scan.any_at(i, &self.words.attribution_verbs).is_none()
            && self.participle_at(scan, i).is_none();
        if revised
            && (own.unwrap_or(start)..i).any(|j| scan.any_at(j, &self.words.attacks).is_some())
        {
            return None;
        }
        // A participle after a comma, or a past participle joined by "et" to the verb
        // before it, has no subject of its own: its speaker is the reporting verb's
        // before it, or the subject of the apposition it stands in; never a source
        // named in the words before it ("The army rejected the UN report, asserting
        // that only 12 civilians…", "L'armée a démenti les chiffres de l'OSDH et
        // affirmé…" were the UN's and the SOHR's).
        let dependent = self.participle_at(scan, i).is_some()
            || scan.any_at(i, &self.words.category_joiners).is_some();
        // (But a source that opens its clause is its subject: "…, while SANA, saying 12
        // soldiers died, denied it", "Rebels stormed the base, saying 40 soldiers had
        // been killed", "L'armée russe a pilonné la ville et affirmé…".)
        if dependent {
            // (Past the mark the clause may start on: "…at 30, while Al Jazeera,
            // reporting…".)
            let opened = (start..i).find(|&k| !scan.is_break(k)).unwrap_or(i);
            let opener = scan.past(opened, &self.words.clause_openers, i);
            let first = scan.past(opener, &self.words.determiners, i);
            if let Some(source) = self.source_in(scan.names(), first, i - 1, true) {
                return Some(source);
            }
        }
        // "The Turkish army, rejecting the SOHR's claims, said…", "The ministry, which
        // the UN said had underreported, put the toll at 30": an aside right before the
        // verb that opens with a relative pronoun or a lower-case word other than an
        // article (a participle, a preposition) is not the subject, when the words
        // before it name a side or a claimant (not "Rami Abdel Rahman, speaking for
        // the SOHR, said", nor "The monitor, the SOHR, said"). The comma opening it.
        // (Not one that says where the figure comes from: "The Kurdish command, citing
        // the SOHR, announced…", "The army, in a statement citing the SOHR, said…",
        // "L'armée, reprenant un bilan de l'OSDH, a affirmé…" give the SOHR's figure.)
        // The comma that opens such an aside, its last mark before the verb's comma.
        let aside_comma = (own == Some(i) && t.tok_text(i - 1) == "," && !dependent)
            .then(|| (0..i - 1).rev().find(|&j| scan.is_break(j)))
            .flatten()
            .filter(|&c| {
                t.tok_text(c) == ","
                    && self.opens_aside(scan, c + 1)
                    && !self.relays_in(scan, c + 1, i - 1)
            });
        let aside = aside_comma.filter(|&c| c >= start && self.claimant_word_in(scan, start, c));
        // "The army, which the SOHR said had lost 30 men, claimed only 4 soldiers were
        // killed": an aside with a figure of its own has moved the clause's start into
        // it; the subject is the words before its comma, when they name a side or a
        // claimant (it was the SOHR's).
        if aside.is_none() {
            // (Not a verb's clause and the verb's phrase after it: "La coalition a frappé
            // Sanaa, a tué 13 civils, a accusé…", "The rebels shot down a helicopter,
            // killing 4 soldiers, reported…".)
            let verb_at = |j: usize| self.verb_word_at(scan, j);
            if let Some(c) = aside_comma.filter(|&c| c + 1 < start && !verb_at(c + 1)) {
                let first = scan.clause_start(c);
                let first = scan.past(first, &self.words.clause_openers, c);
                if first < c && self.claimant_word_in(scan, first, c) && !(first..c).any(verb_at) {
                    if let Some(source) = self.subject_source(scan, first, c) {
                        return Some(source);
                    }
                    if c - first <= 8 {
                        return t.span(first, c).map(str::to_owned);
                    }
                }
            }
        }
        let nearest = own
            .filter(|_| !dependent)
            .and_then(|o| self.subject_source(scan, o, i));
        // "30 rebels were killed, officials said.": a verb that closes its
        // sentence after a mark has its subject in its own clause only.
        // (Not when its clause names no one: "…, the SOHR, which has sources
        // across Syria, said.")
        let closing = (verb_end >= t.len()
            || matches!(t.tok_text(verb_end), "." | ";" | "!" | "?"))
            && own.is_some_and(|o| self.names_a_claimant(scan, o, i));
        let whole = || {
            (!closing && !dependent)
                .then(|| self.subject_source(scan, start, aside.unwrap_or(i)))
                .flatten()
        };
        // "Reuters, citing a military source, reported 40": the source cited in
        // an apposition right before the verb, not the press that relays it
        // (but "the SOHR, citing local sources, said" is the SOHR's).
        let cited = || {
            if own != Some(i) || t.tok_text(i - 1) != "," || dependent {
                return None;
            }
            let comma = (start..i - 1).rev().find(|&j| scan.is_break(j))?;
            let subject = self.subject_source(scan, start, comma)?;
            self.cited_after(scan, &subject, comma + 1, usize::MAX)
        };
        if let Some(source) = cited().or(nearest).or_else(whole) {
            // "AFP reported 35 civilians killed, quoting the SOHR": or the source
            // the press cites after a comma in the verb's clause.
            // (The first comma after it only: not "…, while Reuters, quoting the
            // SOHR, reported 40".)
            let quoted = (verb_end..t.len())
                .find(|&j| scan.is_break(j))
                .filter(|&c| t.tok_text(c) == ",")
                .and_then(|c| self.cited_after(scan, &source, c + 1, usize::MAX));
            return Some(quoted.unwrap_or(source));
        }
        // Kept as written: the clause's last words before the verb, after the
        // words that open it ("while the opposition claimed…").
        // Right after the comma that closes an apposition, the words before it
        // ("The GNA, for its part, said…", "Le ministère de la Santé de Gaza,
        // contrôlé par le Hamas, annonce…").
        let apposition = (own == Some(i) && t.tok_text(i - 1) == ",")
            .then(|| {
                // (The apposition opens at the last comma before it; the
                // subject is the words between it and the mark before them:
                // "Yesterday, the army, in a statement, said…" is the army's.)
                let comma = (start..i - 1).rev().find(|&j| scan.is_break(j))?;
                let first = (start..comma)
                    .rev()
                    .find(|&j| scan.is_break(j))
                    .map_or(start, |j| j + 1);
                let first = scan.past(first, &self.words.clause_openers, comma);
                (comma > first
                    && t.tok_text(comma) == ","
                    && !(comma..i).any(|j| scan.in_figure(j)))
                .then_some((first, comma))
            })
            .flatten();
        if let Some(source) =
            apposition.and_then(|(first, comma)| self.subject_source(scan, first, comma))
        {
            return Some(source);
        }
        // After a relative pronoun with a subject of its own: "The strike,
        // which Hamas claimed killed 30 civilians", "a figure which Hamas
        // claimed", "a school where Hamas said 30…" are Hamas's.
        let relative = apposition
            .is_none()
            .then(|| {
                let start = scan.past(own.unwrap_or(start), &self.words.clause_openers, i);
                (start..i).rev().find_map(|j| {
                    scan.any_at(j, &self.words.relatives)
                        .filter(|&e| e < i)
                        .map(|e| (j, e))
                })
            })
            .flatten();
        if let Some((pronoun, _)) = relative {
            // Not the one that names an attack ("The attack that Hamas claimed
            // killed 30 soldiers"), nor one closed before the next figure ("The
            // raid, which Israel said targeted Hamas commanders, killed 12").
            let restrictive = pronoun > 0 && t.tok_text(pronoun - 1) != ",";
            let next = scan
                .quantities
                .iter()
                .map(|(_, f, _)| *f)
                .find(|&f| f > i)
                .unwrap_or(t.len());
            if restrictive
                && scan
                    .phrase_ending_at(&self.words.attacks, pronoun)
                    .is_some()
                || next < t.len() && (i..next).any(|j| t.tok_text(j) == ",")
            {
                return None;
            }
        }
        let segment = start;
        let (start, subject_end) = apposition.unwrap_or_else(|| {
            let start = scan.past(own.unwrap_or(start), &self.words.clause_openers, i);
            (relative.map_or(start, |(_, e)| e), i)
        });
        // "Ukraine said it counted 12": the speaker is the first verb's
        // subject ("it" names no one), and the second verb is theirs too; so is a
        // participle right after a comma ("ISIL claimed responsibility for the attack,
        // saying…").
        // (Only a verb's subject: not the publisher of "Iraqi officials cited by
        // Reuters confirmed 12 deaths".)
        let from = if start == i && t.tok_text(i - 1) == "," {
            segment
        } else {
            start
        };
        if let Some((_, source)) = heard.filter(|(j, _)| {
            *j >= from
                && aside.is_none_or(|comma| *j < comma)
                && (scan.any_at(*j, &self.words.attribution_verbs).is_some()
                    || self.participle_at(scan, *j).is_some())
        }) {
            return Some(source.clone());
        }
        // "The Houthis claimed the attack on the frigate, in which they said 20 sailors
        // died": a pronoun as the subject is the speaker before it.
        if subject_end == start + 1 && scan.any_at(start, &self.words.pronouns).is_some() {
            if let Some((_, source)) = heard {
                return Some(source.clone());
            }
        }
        // (A participle names no one of its own: not "Witnesses were quoted saying".)
        if dependent {
            return None;
        }
        // Not the words between it and its verb ("l'armée n'en reconnaît").
        let mut last = subject_end - 1;
        // (Nor adverbs: "The ministry later revised the toll" is the ministry;
        // nor an object pronoun: "…, tandis que l'armée l'évalue à 25"; nor an
        // auxiliary: "…et la police a fait état de 32 morts".)
        while last > start
            && (scan.any_at(last, &self.words.before_verb) == Some(last + 1)
                || scan.any_at(last, &self.words.adverbs) == Some(last + 1)
                || scan.any_at(last, &self.words.object_pronouns) == Some(last + 1)
                || scan.any_at(last, &self.words.active_auxiliaries) == Some(last + 1))
        {
            last -= 1;
        }
        let subject = t
            .text
            .get(t.toks.get(start).map_or(0, |x| x.start)..t.toks.get(last).map_or(0, |x| x.end))
            .unwrap_or("")
            .trim_matches(|c: char| c == ',' || c.is_whitespace());
        // A side, a claimant's noun or a proper name ("Iraqi officials said",
        // "the GNA said"; not "fighting reported"). A toll revised or put at a
        // figure, a claimant's noun only, with no attack's ("Russian shelling
        // raised the toll to 12", "Coalition airstrikes raised the death toll to
        // 90" name no one).
        let claimant = || {
            (start..subject_end).any(|j| {
                scan.any_at(j, &self.words.claimants).is_some()
                    || scan.any_at(j, &self.words.attribution_unnamed).is_some()
            }) && (start..subject_end).all(|j| scan.any_at(j, &self.words.attacks).is_none())
        };
        let names_one = if revised {
            claimant()
        } else {
            self.names_a_claimant(scan, start, subject_end)
                    // "Kyiv acknowledged", "MSF said": a sentence's first words, all
                    // written with a capital, no word of the vocabulary, are a name.
                    || apposition.is_none()
                        && start == 0
                        && subject_end <= 3
                        && (0..subject_end).all(|j| {
                            let w = t.tok_text(j);
                            w == "-"
                                || t.kind(j) == Some(Kind::Word)
                                    && w.chars().next().is_some_and(char::is_uppercase)
                                    && !self.names.not_places.iter().any(|n| n == t.folded(j))
                                    && scan.match_at(j, &self.words.categories).is_none()
                                    && scan.any_at(j, &self.words.people).is_none()
                        })
        };
        if !subject.is_empty() && subject.split_whitespace().count() <= 8 && names_one {
            return Some(subject.to_owned());
        }
        None
    }

    /// The source after a word of `after_rival` at token `i`, right after a bare figure
    /// set against another by a rival's word ("…, against 261 for the SOHR"): a
    /// registry source that is no official body, its name ending the clause.
    fn rival_source(&self, scan: &Scan<'_>, i: usize) -> Option<String> {
        let k = scan.any_at(i, &self.words.after_rival)?;
        let figures = &scan.quantities;
        let &(_, first, _) = figures
            .get(figures.partition_point(|(_, _, e)| *e < i))
            .filter(|(_, _, e)| *e == i)?;
        scan.phrase_ending_at(&self.words.rivals, first)?;
        let end = scan.clause_end(k);
        let name = scan.past(k, &self.words.determiners, end);
        self.source_run(scan.names(), name, end, true, true)
            .filter(|key| {
                self.registry
                    .get(key)
                    .is_some_and(|s| !OWN_TOLLS.contains(&s.kind.as_str()))
            })
    }

    /// The registry source that is the whole complement of a toll's or a count's noun
    /// ending at token `e`, up to its total's verb at token `verb`, after `of`, `de` or,
    /// for a count, `by`, `par` ("le bilan de l'OSDH passe à 70", "an estimate by the
    /// SOHR was 281"; not "the death toll of UN peacekeepers").
    fn complement_source(
        &self,
        scan: &Scan<'_>,
        (e, verb): (usize, usize),
        count: bool,
    ) -> Option<String> {
        let k = scan
            .any_at(e, &self.words.complement)
            .or_else(|| count.then(|| scan.any_at(e, &self.words.agent)).flatten())
            .filter(|&k| k < verb)?;
        let name = scan.past(k, &self.words.determiners, verb);
        if name >= verb {
            return None;
        }
        self.source_run(scan.names(), name, verb, true, true)
            .or_else(|| {
                // "le nombre de morts (loyalistes) de l'OSDH s'élève à 87": past what it
                // counts, a complement of its own naming a source that is no official
                // body ("le nombre de morts de l'armée" is the army's dead).
                let c = scan
                    .match_at(name, &self.words.categories)
                    .map(|(_, c)| c)
                    .or_else(|| scan.any_at(name, &self.words.loss_tolls))?;
                let c = scan
                    .match_at(c, &self.words.sides)
                    .map_or(c, |(_, side_end)| side_end);
                let k = scan.any_at(c, &self.words.complement)?;
                let name = scan.past(k, &self.words.determiners, verb);
                (name < verb)
                    .then(|| self.source_run(scan.names(), name, verb, true, true))
                    .flatten()
                    .filter(|key| {
                        self.registry
                            .get(key)
                            .is_some_and(|s| !OWN_TOLLS.contains(&s.kind.as_str()))
                    })
            })
    }

    /// The source whose toll's noun, or count's (`count_nouns`), stands at token `i`: a
    /// registry name in its complement ("le bilan de l'OSDH passe à 70", "the death
    /// toll of the SOHR", "an estimate by the SOHR") or right before it ("the SOHR's
    /// death toll", "the SOHR toll", "the SOHR's estimate").
    fn toll_source(&self, scan: &Scan<'_>, i: usize) -> Option<String> {
        let t = &scan.t;
        let (&count, e) = self.words.toll_nouns.at(t, i)?;
        // The toll is the subject of a total's verb in its clause ("The UN's toll of 400
        // dead was disputed" names no count of the UN's); a count's noun may give its
        // figure in its complement ("The SOHR's figure of 261 dead soldiers was
        // disputed").
        let of_figure = || {
            count
                && scan.any_at(e, &self.words.complement) == Some(e + 1)
                && self.counted_object(scan, e + 1)
        };
        let total_verb = (e..t.len().min(e + 12))
            .take_while(|&j| !scan.is_break(j) && !scan.in_figure(j))
            .find(|&j| scan.any_at(j, &self.words.amounts_to).is_some());
        if total_verb.is_none() && !of_figure() {
            return None;
        }
        // A party's or an official body's toll is its own dead, not its count ("the
        // Syrian army's death toll", "le bilan des rebelles"); its estimate is its count.
        let counter = |key: String| {
            (count
                || self
                    .registry
                    .get(&key)
                    .is_some_and(|s| !OWN_TOLLS.contains(&s.kind.as_str())))
            .then_some(key)
        };
        // (A count whose figure is its complement has no source there.)
        if let Some(source) = total_verb.and_then(|v| self.complement_source(scan, (e, v), count)) {
            return counter(source);
        }
        // ("the SOHR's": the name's last word keeps the apostrophe before "s".)
        let possessive = i >= 2
            && t.folded(i - 1) == "s"
            && t.gap_after(i - 2).is_empty()
            && t.folded(i - 2).ends_with('\'');
        let name_end = if possessive { i - 1 } else { i };
        let from = name_end.saturating_sub(8);
        // (A count given in its complement only as its clause's subject: "The Syrian
        // government disputed the SOHR's figure of 47…" is the government's word.)
        let opens = |j: usize| {
            let k = scan.back_over(j, &[&self.words.determiners]);
            k == 0 || scan.is_break(k - 1)
        };
        (from..name_end)
            .filter(|&j| j == 0 || scan.is_break(j - 1) || t.kind(j - 1) == Some(Kind::Word))
            .filter(|&j| total_verb.is_some() || opens(j))
            .find_map(|j| self.source_run(scan.names(), j, name_end, true, true))
            .and_then(counter)
    }

    /// The token after a verb of `put_at` at token `i`, its object and the word of
    /// `estimated_at` before a figure ("put rebel losses at 90"; six words at most, no
    /// mark or figure among them, one of them a toll's, losses' or category's noun, or
    /// a pronoun: "put it at 92").
    fn put_at(&self, scan: &Scan<'_>, i: usize) -> Option<usize> {
        self.put_at_object(scan, i).map(|(_, end, _)| end)
    }

    /// [`Self::put_at`]'s object (from the token after the verb to the word of
    /// `estimated_at`), the token after that word, and whether the object is a pronoun
    /// for the figure before ("Al-Masdar News put it at 92", "Al-Masdar News l'évalue à
    /// 92").
    fn put_at_object(&self, scan: &Scan<'_>, i: usize) -> Option<((usize, usize), usize, bool)> {
        let w = &self.words;
        let e = scan.any_at(i, &w.put_at)?;
        let t = &scan.t;
        let at = (e..t.len().min(e + 7))
            .take_while(|&k| !scan.is_break(k - 1) && !scan.in_figure(k - 1))
            .find(|&k| scan.any_at(k, &w.estimated_at).is_some())?;
        // Its object names what the figure counts ("put rebel losses at 90"; not
        // "placed the town under curfew at 6 pm"), or is a pronoun for the figure
        // before.
        let pronoun = at == e + 1 && scan.any_at(e, &w.object_pronouns).is_some()
            || at == e && scan.phrase_ending_at(&w.object_pronouns, i).is_some();
        let counts = pronoun
            || (e..at).any(|k| {
                scan.any_at(k, &w.tolls).is_some()
                    || scan.any_at(k, &w.loss_tolls).is_some()
                    || scan.any_at(k, &w.casualties).is_some()
                    || scan.match_at(k, &w.categories).is_some()
            });
        scan.any_at(at, &w.estimated_at)
            .filter(|&a| counts && self.counted_object(scan, a))
            .map(|end| ((e, at), end, pronoun))
    }

    /// [`Self::put_at`] whose object counts what the figure before counted: a pronoun
    /// for it or a toll's noun alone ("…, while Al-Masdar News put it at 92", "l'OSDH le
    /// situe à 650", "Al-Masdar News évalue le bilan à 92"; not "l'ONU estime le nombre
    /// de déplacés à 3 000", "l'armée estime ses pertes à 12", counts of their own).
    fn put_at_answer(&self, scan: &Scan<'_>, i: usize) -> Option<usize> {
        let w = &self.words;
        let ((mut k, at), end, pronoun) = self.put_at_object(scan, i)?;
        let mut toll = false;
        while k < at {
            // (Articles: "le bilan", "the toll"; possessives: "son bilan".)
            let article = [&w.determiners, &w.object_pronouns, &w.possessives]
                .iter()
                .find_map(|table| scan.any_at(k, table).filter(|&d| d <= at));
            if let Some(d) = article {
                k = d;
            } else if let Some(n) = scan.any_at(k, &w.tolls).filter(|&n| n <= at) {
                (k, toll) = (n, true);
            } else {
                break;
            }
        }
        (pronoun || toll && k == at).then_some(end)
    }

    /// The token after a toll revised at token `i`: a verb of `revisions`, adverbs,
    /// possessives or articles, and a toll's noun ("raised its death toll", "revoit
    /// ensuite son bilan"; not "raised 5,000 troops").
    fn revision_at(&self, scan: &Scan<'_>, i: usize) -> Option<usize> {
        let w = &self.words;
        let k = scan.forward_over(
            scan.any_at(i, &w.revisions)?,
            &[&w.possessives, &w.determiners, &w.adverbs],
            usize::MAX,
        );
        (k > i + 1)
            .then(|| scan.any_at(k, &self.words.tolls))
            .flatten()
    }

    /// The source a phrase starting at token `k` names: after `selon`, `according to`,
    /// or the agent of a participle that gave a figure. The phrase ends at a mark, or at
    /// the next figure ("according to rescuers and 58 according to SANA": the rescuers
    /// are no SANA); 14 tokens at most.
    fn phrase_source(&self, scan: &Scan<'_>, k: usize) -> Option<String> {
        self.phrase_source_before(scan, k, usize::MAX)
    }

    /// [`Self::phrase_source`], the phrase ending before token `stop` too.
    fn phrase_source_before(&self, scan: &Scan<'_>, k: usize, stop: usize) -> Option<String> {
        let t = &scan.t;
        let next_figure = scan
            .quantities
            .get(scan.quantities.partition_point(|(_, f, _)| *f < k))
            .map_or(t.len(), |(_, f, _)| *f);
        let limit = t.len().min(k + 14).min(next_figure).min(stop);
        let comma = (k..limit).find(|&j| scan.is_break(j));
        // A phrase inside a clause ends at the clause's verb: "Les talibans, qui selon le
        // gouvernement ont perdu 50 hommes" was the claim of "le gouvernement ont perdu".
        let stop = self
            .verb_after(scan, k + 1)
            .filter(|&v| v < comma.unwrap_or(limit))
            .map_or(stop, |v| stop.min(v));
        let limit = limit.min(stop);
        let end = comma.unwrap_or(limit);
        // "Selon une source de sécurité de L'Orient-Le Jour,": the unnamed source
        // counted; the newspaper only published it.
        if let Some(unnamed) = self.unnamed_source(scan, k, end) {
            return Some(unnamed);
        }
        // The source right after the phrase; in a phrase a comma or a figure closes
        // ("Selon des rapports de l'OSDH,"), anywhere in it.
        let source = self
            .source_in(scan.names(), k, end, true)
            .or_else(|| {
                // (Or cut at a verb: "the SOHR" in "The 40 civilians counted by the
                // SOHR were killed".)
                let closed = comma.is_some()
                    || next_figure < t.len().min(k + 14)
                    || stop < t.len().min(k + 14);
                closed.then(|| self.subject_source(scan, k, end)).flatten()
            })
            .or_else(|| self.claimant_source(scan, k, end))?;
        // "Selon l'AFP, qui cite l'OSDH, 35 civils…": the press relays the source it
        // cites right after its comma.
        let cited = comma
            .filter(|&c| t.tok_text(c) == ",")
            .and_then(|c| self.cited_after(scan, &source, c + 1, stop));
        Some(cited.unwrap_or(source))
    }

    /// Whether a verb of `figure_verbs` ending at token `e` gives a figure: as its
    /// object, or through a noun of figures or tolls before it with no mark but a comma
    /// between, and no clause opened after that comma ("L'OSDH donne, pour sa part, un
    /// nouveau bilan de 40 morts"; not "The army gave no toll, but 40 soldiers were
    /// buried").
    fn gives_figure(&self, scan: &Scan<'_>, e: usize) -> bool {
        let t = &scan.t;
        let k = scan.forward_over(e, &[&self.words.adverbs], usize::MAX);
        if self.counted_object(scan, k) {
            return true;
        }
        let Some(&(_, f, _)) = scan
            .quantities
            .get(scan.quantities.partition_point(|(_, f, _)| *f < e))
        else {
            return false;
        };
        let closed = (e..f).any(|j| {
            scan.is_break(j)
                && (t.tok_text(j) != ","
                    || scan.any_at(j + 1, &self.words.clause_openers).is_some())
        });
        !closed
            && (e..f).any(|j| {
                scan.any_at(j, &self.words.to_figure).is_some()
                    || self.words.toll_nouns.at(t, j).is_some()
            })
    }

    /// The source that the press `source` cites in a phrase of `citing` at token `k`
    /// ("qui cite l'OSDH", "quoting the SOHR"): what it reports is that one's. None when
    /// `source` is no press of the registry.
    fn cited_after(&self, scan: &Scan<'_>, source: &str, k: usize, stop: usize) -> Option<String> {
        let press = self
            .registry
            .get(source)
            .is_some_and(crate::model::Source::relays);
        let cites = scan.any_at(k, &self.words.citing).filter(|_| press)?;
        self.phrase_source_before(scan, cites, stop)
    }

    /// The agent of a participle at token `i` that gave a figure (`by_agent`: "was
    /// reported by the UN", "publié par l'OSDH"), read as a source phrase.
    fn agent_source(&self, scan: &Scan<'_>, i: usize) -> Option<String> {
        let participle = scan.any_at(i, &self.words.by_agent).or_else(|| {
            // ("…three times the 92 acknowledged by pro-government media": right after
            // the figure only.)
            scan.any_at(i, &self.words.figure_by_agent)?;
            self.figure_participle(scan, i)
        })?;
        let agent = scan.any_at(participle, &self.words.agent)?;
        // The agent's words end at the clause's verb ("The 40 soldiers reported by the
        // army were killed in Aleppo" was the claim of "the army were killed in Aleppo").
        let verb = self.verb_after(scan, agent);
        self.phrase_source_before(scan, agent, verb.unwrap_or(usize::MAX))
    }

    /// The first verb of a clause within 14 tokens of token `from`: a verb's word
    /// ([`Self::verb_word_at`]), a modal in lower case ("…reported by the army could not
    /// be verified"; not "Can Dündar", "N'Djamena"), or a word of losses.
    fn verb_after(&self, scan: &Scan<'_>, from: usize) -> Option<usize> {
        (from..scan.t.len().min(from + 14)).find(|&j| {
            self.verb_word_at(scan, j)
                || scan.any_at(j, &self.words.modals).is_some()
                    && scan.t.tok_text(j).starts_with(char::is_lowercase)
                || scan.any_at(j, &self.words.losses).is_some()
        })
    }

    /// The end of a participle whose agent gave a figure (`by_agent` or
    /// `figure_by_agent`) at token `i`, right after the figure or its nouns ("the 92
    /// reported by Al-Masdar News", "les 92 morts reconnus par…").
    fn figure_participle(&self, scan: &Scan<'_>, i: usize) -> Option<usize> {
        let participle = scan
            .any_at(i, &self.words.by_agent)
            .or_else(|| scan.any_at(i, &self.words.figure_by_agent))?;
        self.follows_a_figure(scan, i).then_some(participle)
    }

    /// Whether token `i` follows the last figure that ends before it, as
    /// [`Self::agent_follows`] reads it.
    fn follows_a_figure(&self, scan: &Scan<'_>, i: usize) -> bool {
        let figures = &scan.quantities;
        figures
            .partition_point(|(_, _, e)| *e <= i)
            .checked_sub(1)
            .and_then(|n| figures.get(n))
            .is_some_and(|(_, _, e)| self.agent_follows(scan, *e, i))
    }

    /// Whether the agent word (or a participle before one) at token `agent` follows
    /// the figure whose words end at token `end`: at once, or past three tokens at most
    /// of nouns that leave it the figure's giver (`estimate_nouns`) and a side's words
    /// ("estimées à 261 morts loyalistes par l'OSDH"; not "estimated at 40 killed by
    /// the army").
    fn agent_follows(&self, scan: &Scan<'_>, end: usize, agent: usize) -> bool {
        if agent < end || agent - end > 3 {
            return false;
        }
        let mut j = end;
        while j < agent {
            match scan
                .any_at(j, &self.words.estimate_nouns)
                .or_else(|| scan.match_at(j, &self.words.sides).map(|(_, e)| e))
            {
                Some(e) if e <= agent => j = e,
                _ => return false,
            }
        }
        true
    }

    /// The agent word after the figure whose words end at token `end`, as
    /// [`Self::agent_follows`] reads it.
    fn agent_after(&self, scan: &Scan<'_>, end: usize) -> Option<usize> {
        (end..scan.t.len().min(end + 4))
            .find(|&j| scan.any_at(j, &self.words.agent).is_some())
            .filter(|&j| self.agent_follows(scan, end, j))
    }

    /// The agent at token `i` of a figure that a participle gave before it
    /// (`estimated_at`): "Government losses were estimated at 261 by the SOHR and at 92
    /// by Al-Masdar News", "estimé à 400 000 par l'ONU". The agent follows the figure
    /// at once or past its nouns ([`Self::agent_follows`]); the participle stands
    /// before the figure in its clause. Or of a toll
    /// revised (`revisions`) before the figure in its clause, the agent after the
    /// figure or its noun ("The toll was revised upwards to 87 dead by the SOHR").
    fn estimate_agent(&self, scan: &Scan<'_>, i: usize) -> Option<String> {
        let agent = scan.any_at(i, &self.words.agent)?;
        let figures = &scan.quantities;
        let n = figures
            .partition_point(|(_, _, e)| *e <= i)
            .checked_sub(1)?;
        let (_, first, end) = figures.get(n)?;
        let clause = scan.clause_start(*first);
        // "The toll was later revised upwards to 87 dead by the SOHR": a toll revised
        // before the figure, its agent right after the figure or its noun.
        // (A toll revised, its subject: in "The attack raised the toll to 40 killed by
        // the rebels", the rebels killed.)
        let revised = || {
            (clause..*first)
                .find(|&j| self.words.toll_nouns.at(scan.t, j).is_some())
                .is_some_and(|toll| {
                    (toll..*first).any(|j| scan.any_at(j, &self.words.revisions).is_some())
                })
        };
        // A source, or a claimant the registry does not list; not a date or another
        // name ("put at 400 by Tuesday", "by Operation Inherent Resolve").
        let end_name = (agent..scan.t.len().min(agent + 8))
            .find(|&j| scan.is_break(j))
            .unwrap_or(scan.t.len().min(agent + 8));
        let name = scan.past(agent, &self.words.determiners, end_name);
        // "…estimated at 261 by the SOHR and 92 by Al-Masdar News": or after a joiner
        // or a comma right after the figure before and its own agent, itself so given
        // ("…at 261 by the SOHR, 92 by Al-Masdar News and 150 by AFP").
        let at_before = |f: usize| scan.phrase_ending_at(&self.words.estimated_at, f);
        let given_at = || {
            let mut k = n;
            loop {
                let (_, f, _) = figures.get(k)?;
                if let Some(at) = at_before(*f) {
                    return Some(at);
                }
                // ("…par l'OSDH, contre 92 par Al-Masdar News": a rival's word, after
                // its comma.)
                let rival =
                    scan.phrase_ending_at(&self.words.rivals, *f)
                        .map(|r| match r.checked_sub(1) {
                            Some(c) if scan.t.tok_text(c) == "," => c,
                            _ => r,
                        });
                let joiner = scan
                    .phrase_ending_at(&self.words.category_joiners, *f)
                    .or(rival)
                    .or_else(|| (scan.t.tok_text(f.checked_sub(1)?) == ",").then(|| f - 1))?;
                let (_, _, pe) = figures.get(k.checked_sub(1)?)?;
                if self.agent_after(scan, *pe).is_none() || (*pe..joiner).any(|j| scan.is_break(j))
                {
                    return None;
                }
                k -= 1;
            }
        };
        // (Right after it or its nouns: in "estimated at 40 killed by the army" the army
        // killed.)
        let estimate = self.agent_follows(scan, *end, i)
            && given_at().is_some_and(|at| {
                // (The participle in the clause of its word, or of the first of a list:
                // "…by the SOHR, 92 by…", "…by the SOHR, at 92 by…".)
                let clause_of = |k: usize| scan.clause_start(k);
                let mut from = clause_of(at);
                for _ in 0..8 {
                    if from == 0 || scan.any_at(from, &self.words.estimated_at).is_none() {
                        break;
                    }
                    from = clause_of(from - 1);
                }
                (from..at).any(|j| scan.any_at(j, &self.words.by_agent).is_some())
            });
        if !estimate {
            let noun = *end == i
                || i - *end <= 2
                    && (*end..i).all(|j| {
                        scan.match_at(j, &self.words.categories).is_some()
                            || scan.any_at(j, &self.words.casualties).is_some()
                    });
            if !(noun && revised()) {
                return None;
            }
            // Only a counter of the registry revises a toll: not a party to the war
            // (kind `official`) nor an attack, which killed ("raised to 87 killed by the
            // rebels", "porté à 87 tués par l'armée", "raised to 40 by Russian
            // shelling").
            let key = self.source_in(scan.names(), name, end_name, true)?;
            let party = self.registry.get(&key).is_none_or(|s| s.kind == "official");
            if party || (agent..end_name).any(|j| scan.any_at(j, &self.words.attacks).is_some()) {
                return None;
            }
            return Some(key);
        }
        // (Not an attack: "The death toll was estimated at 400 civilians by government
        // shelling" was the claim of "government shelling".)
        if (agent..end_name).any(|j| scan.any_at(j, &self.words.attacks).is_some()) {
            return None;
        }
        self.source_in(scan.names(), name, end_name, true)
            .or_else(|| {
                (agent..end_name)
                    .any(|j| {
                        scan.any_at(j, &self.words.claimants).is_some()
                            || scan.match_at(j, &self.words.sides).is_some()
                    })
                    .then(|| self.claimant_source(scan, agent, end_name))
                    .flatten()
            })
    }

    /// A source in brackets right after a figure's words, as infoboxes write them
    /// (`120 killed (SOHR)`, `400+ killed (rebel claim)`), at token `open` (`(`): a
    /// registry name, else a side, a claimant's noun or a proper name kept as written,
    /// with its `claim_nouns` (`claim`, `estimate`).
    fn bracketed_source(&self, scan: &Scan<'_>, open: usize) -> Option<String> {
        let t = &scan.t;
        if t.tok_text(open) != "(" {
            return None;
        }
        // A figure's words end at most three tokens before ("120 killed (SOHR)").
        let figures = &scan.quantities;
        let before = figures.partition_point(|(_, _, e)| *e <= open);
        let (_, _, e) = figures.get(before.checked_sub(1)?)?;
        if open - e > 3 || (*e..open).any(|j| scan.is_break(j)) {
            return None;
        }
        let close = (open + 1..t.len().min(open + 8)).find(|&j| t.tok_text(j) == ")")?;
        let from = open + 1;
        // "(selon l'OSDH)", "(per SOHR)" are read as any source phrase.
        if from >= close || scan.any_at(from, &self.words.attribution_before).is_some() {
            return None;
        }
        let mut end = close;
        while end > from + 1 && scan.any_at(end - 1, &self.words.claim_nouns) == Some(end) {
            end -= 1;
        }
        if let Some(key) = self.source_in(scan.names(), from, end, true) {
            return Some(key);
        }
        let named = scan.match_at(from, &self.words.sides).is_some()
            || scan.any_at(from, &self.words.claimants).is_some()
            || proper_noun(t, from, &self.names).is_some()
                && !self.names.places.contains(t.tok_text(from));
        named
            .then(|| t.span(from, close).map(str::to_owned))
            .flatten()
    }

    /// A claimant the registry does not list, opening tokens `from..to`, kept as
    /// written ("according to the army", "selon les autorités locales", "according to
    /// the GNA"): no source named before it may take its figure ("The SOHR counted 200
    /// dead, 80 according to the army" gave the SOHR the 80): a phrase opening on a
    /// side, people or a proper name, or naming a claimant's noun, up to a mark, a
    /// joiner, a figure or a date (eight tokens at most).
    fn claimant_source(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        let t = &scan.t;
        let noun = (from..to).find(|&j| {
            scan.any_at(j, &self.words.determiners).is_none() && !t.folded(j).ends_with('\'')
        })?;
        let end = (noun..to.min(noun + 8))
            .find(|&j| {
                scan.is_break(j)
                    || scan.any_at(j, &self.words.category_joiners).is_some()
                    || scan.any_at(j, &self.words.complementizers).is_some()
                    || scan
                        .quantities
                        .binary_search_by_key(&j, |(_, f, _)| *f)
                        .is_ok()
                    || scan.periods.iter().any(|p| p.first == j)
            })
            .unwrap_or(to.min(noun + 8));
        let named = scan.match_at(noun, &self.words.sides).is_some()
            || scan.any_at(noun, &self.words.people).is_some()
            || proper_noun(t, noun, &self.names).is_some()
            || (noun..end).any(|j| scan.any_at(j, &self.words.claimants).is_some());
        // Not a word that opens what follows ("selon le bilan officiel à 12 000").
        let mut end = end;
        while end > noun + 1
            && (scan.any_at(end - 1, &self.words.place_before) == Some(end)
                || scan.any_at(end - 1, &self.words.determiners) == Some(end))
        {
            end -= 1;
        }
        if !named || end <= noun {
            return None;
        }
        t.span(from, end).map(str::to_owned)
    }

    /// An unnamed source opening tokens `from..to` (`une source syrienne de sécurité`,
    /// `a security source`, `des sources locales`): its words as written, up to the
    /// registry name that published it or the end, without the linking words before that
    /// name (`de`) nor a participle and agent (`citées par`, `quoted by`). None when the
    /// phrase opens with a registry name (`military source` is the Syrian army's alias).
    fn unnamed_source(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        let t = &scan.t;
        // The noun first (a look-up), then no registry name up to it ("source
        // militaire" is one): most phrases name their source at once and cost no more
        // than before.
        let (noun, noun_end) = (from..(from + 4).min(to))
            .take_while(|&j| !scan.is_break(j))
            .find_map(|j| {
                scan.any_at(j, &self.words.attribution_unnamed)
                    .map(|e| (j, e))
            })?;
        if (from..=noun).any(|j| self.source_in(scan.names(), j, to, true).is_some()) {
            return None;
        }
        // Without a comma the phrase ends at the first figure or date after the noun
        // ("selon des sources locales 40 soldats sont tués").
        let figure = scan.quantities.iter().map(|(_, first, _)| *first);
        let date = scan.periods.iter().map(|p| p.first);
        let to = figure
            .chain(date)
            .filter(|&k| k >= noun_end)
            .fold(to, usize::min);
        let named = (noun_end..to).find(|&j| self.source_in(scan.names(), j, to, true).is_some());
        let mut last = named.unwrap_or(to);
        // "citée par l'AFP", "quoted by Reuters": the participle before the agent word
        // says who published it, not who the source is.
        if let Some(agent) = (noun_end..last).find(|&j| scan.any_at(j, &self.words.agent).is_some())
        {
            last = agent.saturating_sub(1).max(noun_end);
        }
        while last > noun_end {
            let j = last - 1;
            let linking = scan.is_break(j)
                || scan.any_at(j, &self.words.complement).is_some()
                || scan.any_at(j, &self.words.agent).is_some()
                || t.folded(j).ends_with('\'');
            if !linking {
                break;
            }
            last = j;
        }
        t.span(from, last).map(str::to_owned)
    }

    /// Whether tokens `from..to` name a side, a claimant's noun or an unnamed source, or
    /// open (after determiners) on a proper name: a source kept as written ("Iraqi
    /// officials said", "the GNA said"; not "fighting reported").
    fn names_a_claimant(&self, scan: &Scan<'_>, from: usize, to: usize) -> bool {
        self.claimant_word_in(scan, from, to)
            || (from..to)
                .find(|&j| scan.any_at(j, &self.words.determiners).is_none())
                .is_some_and(|j| proper_noun(scan.t, j, &self.names).is_some())
    }

    /// Whether tokens `from..to` hold a side's name, a claimant's noun or an unnamed
    /// source's: [`Self::names_a_claimant`] without proper names.
    fn claimant_word_in(&self, scan: &Scan<'_>, from: usize, to: usize) -> bool {
        (from..to).any(|j| {
            scan.match_at(j, &self.words.sides).is_some()
                || scan.any_at(j, &self.words.claimants).is_some()
                || scan.any_at(j, &self.words.attribution_unnamed).is_some()
        })
    }

    /// Whether token `o`, after a comma, opens an aside rather than a subject: a relative
    /// pronoun or a lower-case word other than an article ("…, rejecting the SOHR
    /// claims, …", "…, which the UN said…").
    fn opens_aside(&self, scan: &Scan<'_>, o: usize) -> bool {
        let t = &scan.t;
        scan.any_at(o, &self.words.relatives).is_some()
            || t.kind(o) == Some(Kind::Word)
                && t.tok_text(o).starts_with(char::is_lowercase)
                && scan.any_at(o, &self.words.determiners).is_none()
    }

    /// Whether token `o` may open a subject: an article or a word written with a
    /// capital ("…, a annoncé le ministère", "…, said the army").
    fn opens_subject(&self, scan: &Scan<'_>, o: usize) -> bool {
        let t = &scan.t;
        scan.any_at(o, &self.words.determiners).is_some()
            || t.kind(o) == Some(Kind::Word) && t.tok_text(o).starts_with(char::is_uppercase)
    }

    /// Whether tokens `from..to` say where a figure comes from (`citing`, `relaying`:
    /// "citing the SOHR", "reprenant un bilan de l'OSDH").
    fn relays_in(&self, scan: &Scan<'_>, from: usize, to: usize) -> bool {
        (from..to).any(|j| {
            scan.any_at(j, &self.words.citing).is_some()
                || scan.any_at(j, &self.words.relaying).is_some()
        })
    }

    /// Whether the figure whose first token is `f` is a number the sentence denies
    /// (`not 10`, `et non 10`; not the bound of `not fewer than 120`).
    fn denied_at(&self, scan: &Scan<'_>, f: usize) -> bool {
        scan.t.kind(f) == Some(Kind::Digits)
            && scan.phrase_ending_at(&self.words.denied, f).is_some()
    }

    /// The subject of the reporting verb at token `verb` when a relative pronoun opens
    /// its clause after a comma: the name right before the comma (a registry name,
    /// else as written when it names a side, a claimant or a proper name). "…, a
    /// figure denied by the IDF, which acknowledged 67 deaths" is the IDF's; "l'armée,
    /// qui n'en reconnaît que 15" the army's.
    fn relative_subject(&self, scan: &Scan<'_>, verb: usize) -> Option<String> {
        let t = &scan.t;
        let mut last = verb.checked_sub(1)?;
        while last > 0 && scan.any_at(last, &self.words.before_verb) == Some(last + 1) {
            last -= 1;
        }
        let pronoun = scan.phrase_ending_at(&self.words.relatives, last + 1)?;
        let comma = pronoun.checked_sub(1).filter(|&c| t.tok_text(c) == ",")?;
        let start = scan.clause_start(comma);
        // The words after the last agent word ("denied by the IDF") or source phrase's
        // opening ("Selon l'armée, qui…"): a registry name there ("The UN toll was
        // disputed by Russia, which acknowledged 120" is not the UN's), else as written.
        let from = (start..comma)
            .rev()
            .find_map(|j| {
                scan.any_at(j, &self.words.agent)
                    .or_else(|| scan.any_at(j, &self.words.attribution_before))
                    .or_else(|| {
                        scan.any_at(j, &self.words.attribution_opening)
                            .filter(|_| j == start)
                    })
                    .filter(|&e| e < comma)
            })
            .unwrap_or(start);
        if let Some(source) = (from..comma)
            .rev()
            .find_map(|k| self.source_in(scan.names(), k, comma, true))
        {
            return Some(source);
        }
        if !self.names_a_claimant(scan, from, comma) || comma - from > 8 {
            return None;
        }
        t.span(from, comma).map(str::to_owned)
    }

    /// A registry source in tokens `from..to`, skipping names after an agent or place
    /// word ("interrogé par l'AFP", "sur Damas"): those are not who speaks.
    fn subject_source(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        let mut blocked = vec![false; to.saturating_sub(from)];
        for i in from..to {
            let end = scan
                .any_at(i, &self.words.agent)
                .or_else(|| scan.any_at(i, &self.words.place_before));
            if let Some(end) = end {
                // The name after it (up to four tokens) is not the speaker.
                for k in end..(end + 4).min(to) {
                    if let Some(b) = blocked.get_mut(k - from) {
                        *b = true;
                    }
                }
            }
        }
        (from..to)
            .filter(|&k| !blocked.get(k - from).copied().unwrap_or(true))
            .find_map(|k| self.source_in(scan.names(), k, to, true))
    }

    /// The in-text source of a figure at token `first`: the nearest before it (but for
    /// one between the figure before and this one when an `according to X` right after
    /// this one looks back: "270 according to the SOHR and to 300 according to SANA");
    /// else the first after it that looks back — one with
    /// no figure after it in its clause, or whose next figure has its own source after
    /// it ("…45 civilians, according to the White Helmets"; not "300 rebels killed,
    /// while the opposition claimed only 50 dead": that source gives the 50). `found`
    /// is in the order of the sentence.
    fn attribution_for<'f>(
        &self,
        scan: &Scan<'_>,
        found: &'f [(usize, String)],
        first: usize,
    ) -> Option<&'f (usize, String)> {
        let t = &scan.t;
        let figures = &scan.quantities;
        // Whether the source `k` introduces a figure after it rather than looks back: a
        // figure follows it in its clause, with no source of its own after it ("300
        // rebels killed, while the opposition claimed only 50 dead"; not "270
        // according to the SOHR and to 300 according to SANA").
        let introduces = |k: usize| {
            let Some((p, _)) = found.get(k) else {
                return false;
            };
            // An agent right after a figure looks back ("estimated at 261 by the SOHR
            // and 92 in May": both are the SOHR's).
            if scan.any_at(*p, &self.words.agent).is_some() && self.follows_a_figure(scan, *p) {
                return false;
            }
            // A source that opens a clause after a clause opener ("…45 morts, mais pour
            // l'OSDH, 60 personnes…") or with a word that attributes only so reaches
            // past the comma closing it.
            let opens = scan.any_at(*p, &self.words.attribution_opening).is_some()
                || (p.saturating_sub(3)..*p)
                    .any(|j| scan.any_at(j, &self.words.clause_openers) == Some(*p));
            let mut breaks = (*p..t.len()).filter(|&j| scan.is_break(j));
            let first_break = breaks.next();
            let clause_end = if opens { breaks.next() } else { first_break }.unwrap_or(t.len());
            let next = figures.partition_point(|(_, f, _)| *f <= *p);
            let Some((_, f, e)) = figures.get(next) else {
                return false;
            };
            let after_next = figures.get(next + 1).map_or(t.len(), |(_, f, _)| *f);
            let own = found
                .get(k + 1)
                .is_some_and(|(q, _)| *q >= *e && *q < after_next);
            *f < clause_end && !own
        };
        let after = found.partition_point(|(p, _)| *p <= first);
        // "270 according to the SOHR and to 300 according to SANA": a source between
        // the figure before and this one is that figure's when this one has its own
        // "according to X" right after it, before the next figure.
        let previous_figure = figures
            .iter()
            .map(|(_, _, e)| *e)
            .filter(|&e| e <= first)
            .max();
        let next_figure = figures
            .iter()
            .map(|(_, f, _)| *f)
            .find(|&f| f > first)
            .unwrap_or(t.len());
        // A source inside a bracket closed before this figure is the bracket's own
        // ("The SOHR said 40 soldiers (50 according to the army) were killed, and 60
        // rebels": the army's is the 50 only).
        let enclosed = |b: usize| unmatched(t, b + 1..first, ("(", ")")).is_some();
        let before = found
            .get(..after)
            .unwrap_or(&[])
            .iter()
            .rev()
            .find(|(b, _)| !enclosed(*b));
        let end = figures
            .iter()
            .find(|(_, f, _)| *f == first)
            .map_or(first + 1, |(_, _, e)| *e);
        // "…stating that 60 soldiers had been killed, not 10": a figure the sentence
        // denies is not the speaker's before it; only a source right after it gives it,
        // one of the registry or after its opening words ("not 10 according to SANA"),
        // or past a comma a registry source's verb ("…and not 70, as the SOHR had
        // reported"; not "…, not 12, according to local officials", whose source may be
        // the other figure's). (A number, not a bound: "not fewer than 120" is the
        // speaker's.)
        if self.denied_at(scan, first) {
            return found.get(after).filter(|(p, key)| {
                let opening = scan.any_at(*p, &self.words.attribution_before).is_some();
                let registered = self.registry.get(key).is_some();
                *p < next_figure
                    && if (end..*p).any(|j| scan.is_break(j)) {
                        registered && !opening
                    } else {
                        registered || opening
                    }
            });
        }
        if let (Some((b, _)), Some(entry @ (p, _))) = (before, found.get(after)) {
            // Right after this figure ("9 selon SANA", "16 civils, selon SANA"), with a
            // figure before it that the earlier source serves: this one's own.
            let right_after = *p <= end + 2;
            // "Selon SANA, l'armée a repoussé l'attaque ; 14 soldats ont été tués, selon
            // l'OSDH": the earlier source is another clause's.
            let separated = (*b..first).any(|j| {
                t.tok_text(j) == ";"
                    || j > 0 && t.tok_text(j - 1) == "," && self.opens_clause(scan, j)
            }) && !(end..*p).any(|j| scan.is_break(j) && t.tok_text(j) != ",");
            if (previous_figure.is_some_and(|e| *b >= e)
                || right_after && previous_figure.is_some()
                || separated)
                && *p < next_figure
                && (scan.any_at(*p, &self.words.attribution_before).is_some()
                    || scan.any_at(*p, &self.words.agent).is_some()
                    || scan.any_at(*p, &self.words.after_rival).is_some()
                    || t.tok_text(*p) == "("
                    || self.figure_participle(scan, *p).is_some())
                && !introduces(after)
            {
                return Some(entry);
            }
        }
        // A reporting verb's source reaches no figure past a ";" ("le Premier ministre
        // annonce la libération de Mossoul ; les combats ont fait des milliers de
        // morts").
        // A source in brackets is its figure's only ("120 killed (SOHR); 400+ killed").
        // Nor does a verb after a comma, its subject after it, reach a figure in a
        // later clause that opens with a subject of its own, after a clause opener or a
        // word of `absolute` or not ("Treize combattants ont été tués, a ajouté l'armée,
        // les rebelles reconnaissant pour leur part 6 morts", "…, said the interior
        // ministry, with ISIL claiming to have killed 25").
        // Nor does any speaker reach a figure past a word of `contrasts`, a subject
        // naming a claimant and a verb of `contrast_verbs`, its own report ("Amaq claimed
        // that 50 soldiers were killed, while the joint operations command acknowledged 6
        // dead", "…, tandis que l'armée évoquait 300 combattants tués"), or a participle
        // of its ("…, while Hamas, stating that 12 fighters died, …"); not "…, while the
        // rebels lost 200", nor "…, while the army shelled Daraya, 18 civilians…".
        let w = &self.words;
        let subject_at = |o: usize| o < first && self.opens_subject(scan, o);
        // A reporting verb right after a comma, its subject written out after it
        // ([`Self::inverted_span`]); not a participle, nor a verb of `addressed`.
        let inverted_verb = |v: usize| {
            v > 0
                && t.tok_text(v - 1) == ","
                && self.participle_at(scan, v).is_none()
                && scan.any_at(v, &w.addressed).is_none()
                && scan
                    .any_at(v, &w.attribution_verbs)
                    .is_some_and(|verb_end| {
                        self.inverted_span(scan, v, verb_end, scan.clause_end(verb_end))
                            .is_some()
                    })
        };
        // (One whose clause holds no figure, before this one's: "…, a ajouté l'armée, les
        // rebelles reconnaissant 6 morts".)
        let inverted = |b: usize| {
            scan.any_at(b, &w.attribution_verbs)
                .is_some_and(|verb_end| {
                    verb_end < first
                        && !(verb_end..scan.clause_end(verb_end)).any(|j| scan.in_figure(j))
                        && inverted_verb(b)
                })
        };
        let inverted_reach = |b: usize| {
            inverted(b)
                && (b..first)
                    .rev()
                    .find(|&j| t.tok_text(j) == ",")
                    .is_some_and(|c| {
                        let o = scan.past(c + 1, &w.clause_openers, first);
                        c > b && subject_at(scan.past(o, &w.absolute, first))
                    })
        };
        let contrasted = |b: usize| {
            (b + 1..first).any(|k| {
                scan.any_at(k, &w.contrasts).is_some_and(|e| {
                    e < first
                        && !scan.in_figure(e)
                        && (e + 1..first.min(e + 10)).any(|v| {
                            // (A record's verb: "…, while morgue records indicated 35
                            // deaths"; not "…, alors que ses propres registres montraient
                            // 30", the speaker's own.)
                            let record = scan.any_at(v, &w.record_verbs).is_some()
                                && (e..first).all(|j| scan.any_at(j, &w.possessives).is_none());
                            record
                                || (scan.any_at(v, &w.contrast_verbs).is_some()
                                    || self.participle_at(scan, v).is_some())
                                    && (self.names_a_claimant(scan, e, v)
                                    // (Or a claimant's possessive: "while the group's own
                                    // videos showed 20".)
                                    || (e..v).any(|j| {
                                        possessive_word(t, j)
                                            .is_some_and(|p| w.claimants.exact(&[p]).is_some())
                                    }))
                        })
                })
            })
        };
        // Nor does a speaker written after its verb reach a figure that has one of its
        // own, after it ("Some 50 people were killed, said the SOHR, and 80 were wounded,
        // said the Red Crescent").
        let next_figure = figures
            .get(figures.partition_point(|(_, f, _)| *f <= first))
            .map_or(t.len(), |(_, f, _)| *f);
        // (Or after a clause opener that starts the figure's clause: "Forty soldiers were
        // killed, an Iraqi officer said, and 25 militants died, said a Kurdish official";
        // or any speaker before a word of `contrasts`, the figure's clause having a
        // speaker of its own after it, written after its verb or not: "Selon l'OSDH, 40
        // rebelles ont été tués, tandis que 15 soldats ont péri, a indiqué l'armée
        // syrienne"; "Two medics were killed, MSF denounced, while 9 civilians died, the
        // ministry said"; not "the same source", which is the one before.)
        let own_inverted = |b: usize| {
            if b >= first {
                return false;
            }
            let contrast = (b + 1..first).any(|k| scan.any_at(k, &w.contrasts).is_some());
            let opened = (b + 1..first)
                .any(|k| scan.is_break(k) && scan.any_at(k + 1, &w.clause_openers).is_some());
            let inverted_after = (first + 1..next_figure).any(inverted_verb);
            let heard_after = || {
                found.iter().any(|(q, s)| {
                    *q > first
                        && *q < next_figure
                        && !s
                            .split_whitespace()
                            .any(|word| w.anaphors.exact(&[&fold(word)]).is_some())
                })
            };
            (inverted_verb(b) || opened) && inverted_after
                || contrast && (inverted_after || heard_after())
        };
        // Nor does a source inside a relative clause set off by commas reach a figure past
        // its closing comma ("The strike, which according to the Israeli army targeted a
        // Hamas commander, killed 20 people").
        // (A source phrase: not a verb whose subject is before the clause, "Le syndicat
        // des médecins, qui recense les victimes, a fait état de 180 civils tués".)
        let enclosed = |b: usize| {
            if scan.any_at(b, &w.attribution_verbs).is_some() {
                return false;
            }
            let opening = (0..b).rev().find(|&j| scan.is_break(j));
            // (Not the comma that closes the phrase itself: "The strike, which according
            // to the SOHR, killed 24 civilians".)
            let own_comma = |c: usize| {
                // (The phrase opening the clause, not ending it: "Les jihadistes, qui
                // étaient environ 200 selon l'AFP, ont tué 17 soldats".)
                opening.is_some_and(|o| b <= o + 4 && !(o..b).any(|j| scan.in_figure(j)))
                    && c <= b + 5
                    && (self.claimant_word_in(scan, c - 1, c)
                        || t.tok_text(c - 1).starts_with(char::is_uppercase))
                    && !(b..c).any(|j| scan.in_figure(j))
                    && self.verb_after(scan, b).is_none_or(|v| v >= c)
            };
            opening.is_some_and(|c| {
                t.tok_text(c) == ","
                    && scan.any_at(c + 1, &w.relatives).is_some()
                    && (b..first).any(|j| t.tok_text(j) == "," && !own_comma(j))
            })
        };
        let before = before.filter(|(b, _)| {
            !own_inverted(*b)
                && !enclosed(*b)
                && (scan.any_at(*b, &self.words.attribution_verbs).is_none()
                    || !(*b..first).any(|j| t.tok_text(j) == ";"))
                && t.tok_text(*b) != "("
                && !inverted_reach(*b)
                && !contrasted(*b)
        });
        if before.is_some() {
            return before;
        }
        // Not past a ";" ("Le bilan passe à 41 ; selon l'OSDH, les combats se
        // poursuivent"), nor a source right after a later figure, which is that one's
        // ("86 dead, against 72 according to rescuers and 58 according to the UN").
        // A later figure with nouns of its own joined to this one shares the source
        // after it ("40 morts et 60 blessés, selon l'OSDH"); a bare one, or one set
        // against this one, does not.
        // (A bare one that a category word of its own ends right before is no figure set
        // against this one: "killed more than 2,000 people and displaced 150,000,
        // according to the UN" are both the UN's.)
        let entry @ (p, _) = found.get(after)?;
        let another_s = figures.iter().any(|(_, f, e)| {
            let rival = (end..*f).any(|j| scan.any_at(j, &self.words.rivals).is_some());
            let own_verb = (f.saturating_sub(3)..*f).any(|j| {
                scan.match_at(j, &self.words.categories)
                    .is_some_and(|(_, c)| c == *f)
            });
            // (A figure denied before the comma keeps no source past it: "The toll
            // was 18 and not 81, according to the Red Crescent" is the 18's.)
            let denied = t.tok_text(*e) == "," && self.denied_at(scan, *f);
            *f > first
                && *e <= *p
                && *p <= e + 2
                && !denied
                && (*p == *e || t.tok_text(*e) == "," && !own_verb || rival)
        });
        let crosses = (first..*p).any(|j| t.tok_text(j) == ";");
        // A verb whose own clause follows it, a copula and no category word, says
        // something else than the figure ("12 soldiers were killed in the bombing,
        // which ISIL claimed was revenge for the raid"; not "…, who the army said were
        // killed").
        let other_content = || {
            let Some(e) = scan
                .any_at(*p, &self.words.attribution_verbs)
                .and_then(|e| scan.any_at(e, &self.words.auxiliaries))
            else {
                return false;
            };
            let stop = scan.clause_end(e);
            !(e..stop).any(|j| scan.match_at(j, &self.words.categories).is_some())
        };
        // Nor past another clause's reporting verb ("Forty soldiers were killed, an Iraqi
        // officer said, and 25 militants died, said a Kurdish official"; not "…were
        // reported killed, according to…", nor "…, showed a video released by the
        // rebels"), nor to a figure a reporting verb of its clause gives before it ("The
        // junta said 17 rebels were killed, while 3 soldiers died, said a rebel
        // spokesman"; its speaker is not known).
        let past_another = (end..*p).any(|j| {
            scan.any_at(j, &self.words.attribution_verbs).is_some()
                && (end..j).any(|k| scan.is_break(k))
                && (j..*p).any(|k| scan.is_break(k))
        });
        let unheard = (scan.clause_start(first)..first)
            .any(|j| scan.any_at(j, &self.words.attribution_verbs).is_some())
            && (end..*p).any(|j| scan.any_at(j, &self.words.contrasts).is_some());
        let past_another = past_another || unheard;
        (!introduces(after) && !another_s && !crosses && !past_another && !other_content())
            .then_some(entry)
    }

    /// The in-text source `source` found at token `i`, and the other registry sources
    /// named with it, joined to it by commas and joiners: all of them gave the figure
    /// ("The SOHR and Al-Masdar News reported 261", "according to the SOHR and SANA",
    /// "Selon l'OSDH et Al-Masdar News"), the first named first. Read for a reporting
    /// verb's subject, a source phrase and an agent's only.
    fn joint_sources(
        &self,
        scan: &Scan<'_>,
        (i, source): &(usize, String),
    ) -> (String, Vec<String>) {
        let alone = || (source.clone(), Vec::new());
        let t = &scan.t;
        let w = &self.words;
        // (Or an agent's phrase: "estimated at 261 by the SOHR and Al-Masdar News", "a
        // toll of 261 was reported by the SOHR and SANA".)
        let agent = scan
            .any_at(*i, &w.by_agent)
            .and_then(|e| scan.any_at(e, &w.agent))
            .or_else(|| scan.any_at(*i, &w.agent));
        let window = if let Some(k) = scan
            .any_at(*i, &w.attribution_before)
            .or_else(|| scan.any_at(*i, &w.attribution_opening))
            .or(agent)
        {
            let limit = t.len().min(k + 14);
            let end = (k..limit)
                .find(|&j| scan.is_break(j) || scan.in_figure(j))
                .unwrap_or(limit);
            (k, end)
        } else if let Some(verb_end) = scan.any_at(*i, &w.attribution_verbs) {
            // (A list's commas are no marks here.)
            let mark = |j: usize| scan.is_break(j) && t.tok_text(j) != ",";
            if *i > 0 && t.tok_text(i - 1) == "," {
                // "…, rapportent l'OSDH et SANA": an inverted verb, its subject after it.
                let end = (verb_end..t.len()).find(|&j| mark(j)).unwrap_or(t.len());
                (verb_end, end)
            } else {
                let start = (0..*i).rev().find(|&j| mark(j)).map_or(0, |j| j + 1);
                // "According to the SOHR, the army and SANA said…": a source phrase
                // before the subject is no part of it.
                let start = (start..*i)
                    .rev()
                    .find(|&j| {
                        scan.any_at(j, &w.attribution_before).is_some()
                            || scan.any_at(j, &w.attribution_opening).is_some()
                    })
                    .and_then(|k| (k..*i).find(|&j| t.tok_text(j) == ","))
                    .map_or(start, |c| c + 1);
                (start, *i)
            }
        } else {
            return alone();
        };
        // Most windows hold no comma or joiner with a registry name after it: the
        // names of the whole window are looked up only past one that has.
        let (from, to) = window;
        let may_list = (from..to).any(|j| {
            let after = if t.tok_text(j) == "," {
                Some(j + 1)
            } else {
                scan.any_at(j, &w.category_joiners)
            };
            after.is_some_and(|a| {
                let name = scan.past(a, &w.determiners, to);
                name < to && self.source_in(scan.names(), name, to, true).is_some()
            })
        });
        if !may_list {
            return alone();
        }
        // (Names after an agent are a subject's only in an agent's phrase.)
        let run = self.joined_run(scan, window, agent.is_none(), false);
        // A list ends with a joiner before its last name, not with a comma alone
        // ("Unlike the SOHR, SANA reported…") nor an alternative ("the SOHR or SANA").
        let listed = run.last().is_some_and(|&(last, _)| {
            let before = scan.back_over(last, &[&w.determiners]);
            scan.phrase_ending_at(&w.category_joiners, before)
                .is_some_and(|j| scan.any_at(j, &w.alternatives).is_none())
        });
        if run.len() < 2 || !listed || !run.iter().any(|(_, s)| s == source) {
            return alone();
        }
        let mut names: Vec<String> = run.into_iter().map(|(_, s)| s).collect();
        let first = names.remove(0);
        (first, names)
    }

    /// A registry source named in tokens `from..to`: its key. With `leading`, the
    /// name must start at `from` (after an elided article).
    fn source_in(
        &self,
        names: &NameRuns<'_>,
        from: usize,
        to: usize,
        leading: bool,
    ) -> Option<String> {
        self.source_run(names, from, to, leading, false)
    }

    /// [`Extractor::source_in`]; with `whole`, only a name that ends at `to`.
    fn source_run(
        &self,
        names: &NameRuns<'_>,
        from: usize,
        to: usize,
        leading: bool,
        whole: bool,
    ) -> Option<String> {
        let t = names.t;
        let to = to.min(t.len());
        let starts = if leading {
            from..(from + 1).min(to)
        } else {
            from..to
        };
        for start in starts {
            // "l'OSDH" resolves without its elided article, "L'Orient-Le Jour" with it.
            let elided = t.folded(start);
            let without =
                (elided.ends_with('\'') && elided.chars().count() <= 3).then_some(start + 1);
            for name_start in std::iter::once(start).chain(without) {
                let Some(a) = t.toks.get(name_start) else {
                    continue;
                };
                // Most starts begin no name: the folds of their runs are not looked up.
                let may_name = self.registry.may_name_start(names.rest(name_start));
                let from_start = t.text.get(a.start..).unwrap_or("");
                if !may_name && !self.registry.may_acronym_start(from_start) {
                    continue;
                }
                // The runs of up to eight tokens from the start, longest first.
                for last in (name_start..to.min(name_start + 8)).rev() {
                    if whole && last + 1 != to {
                        continue;
                    }
                    let Some(b) = t.toks.get(last) else {
                        continue;
                    };
                    let text = t.text.get(a.start..b.end).unwrap_or("");
                    // Resolved as `Registry::resolve_folded` does: acronym, then name.
                    // ("the SOHR's toll": the possessive's apostrophe is no part of it.)
                    let acronym = text.trim_end_matches(['\'', '\u{2019}']);
                    let source = self.registry.resolve_acronym(acronym).or_else(|| {
                        may_name
                            .then(|| {
                                let folded = names.folded(name_start, last).trim_end_matches('\'');
                                self.registry.resolve_folded_name(folded).or_else(|| {
                                    // "The Observatory", once the article has named
                                    // the Syrian Observatory; written as a name.
                                    self.registry
                                        .resolve_short_folded(folded)
                                        .filter(|s| self.named.contains(&s.key))
                                        .filter(|_| text.starts_with(char::is_uppercase))
                                        .filter(|_| self.whole_short_name(names, name_start, last))
                                })
                            })
                            .flatten()
                    });
                    // "la Croix-Rouge" is no "La Croix": a name ends where its word does.
                    let cut = t
                        .toks
                        .get(last + 1)
                        .is_some_and(|n| n.start == b.end && t.tok_text(last + 1) == "-");
                    if let Some(s) = source.filter(|s| !s.is_archive() && !cut) {
                        // "la presse locale" is no "La Presse": a name written with
                        // capitals after its first letter is not met in lower case.
                        if !capitals_after_first(text)
                            && s.aliases.iter().all(|a| capitals_after_first(a))
                            && capitals_after_first(&s.name)
                        {
                            continue;
                        }
                        return Some(s.key.clone());
                    }
                }
            }
        }
        None
    }

    /// Whether tokens `first..=last` stand alone as a short name: no word of a longer
    /// name glued before them ("the Euro-Med Observatory"), and after them a mark, a
    /// reporting verb or a revising one, maybe after an adverb, or the words before one
    /// ("The Observatory said", "The Observatory later raised", "selon
    /// l'Observatoire,", "l'Observatoire n'en compte"; not "the Observatory of Human
    /// Rights in Yemen", "l'Observatoire yéménite").
    fn whole_short_name(&self, names: &NameRuns<'_>, first: usize, last: usize) -> bool {
        let t = names.t;
        // (Nor after a possessive: "Yemen's Observatory".)
        let before = first.checked_sub(1).is_none_or(|b| {
            !matches!(t.tok_text(b), "-" | "'s" | "’s" | "s" | "'" | "’")
                && (!(t.kind(b) == Some(Kind::Word)
                    && t.tok_text(b).starts_with(char::is_uppercase))
                    || self
                        .words
                        .determiners
                        .at(t, b)
                        .is_some_and(|(_, e)| e == first))
        });
        let after = last + 1;
        let ends = after >= t.len()
            || t.kind(after) == Some(Kind::Punct) && t.tok_text(after) != "-"
            || self.words.attribution_verbs.at(t, after).is_some()
            || self.words.before_verb.at(t, after).is_some()
            || self.words.active_auxiliaries.at(t, after).is_some()
            // "The Observatory later raised its death toll".
            || self.words.revisions.at(t, after).is_some()
            || self.words.adverbs.at(t, after).is_some_and(|(_, e)| {
                self.words.attribution_verbs.at(t, e).is_some()
                    || self.words.revisions.at(t, e).is_some()
            });
        before && ends
    }

    /// The category a phrase of `range` names, by precedence.
    fn category_in(
        &self,
        scan: &Scan<'_>,
        range: impl Iterator<Item = usize>,
        noun_only: bool,
    ) -> Option<String> {
        let mut found: Vec<&str> = Vec::new();
        for i in range {
            if let Some((name, _)) = scan.match_at(i, &self.words.categories) {
                if noun_only || !NOUN_ONLY.contains(&name) {
                    found.push(name);
                }
            }
        }
        PRECEDENCE
            .iter()
            .find(|p| found.contains(p))
            .or_else(|| found.first())
            .map(|s| (*s).to_owned())
    }

    /// The side named in tokens `range`, agents excluded unless `with_agents`.
    fn side_in(
        &self,
        scan: &Scan<'_>,
        from: usize,
        to: usize,
        with_agents: bool,
    ) -> Option<String> {
        let mut i = from;
        let (mut agent, mut against) = (false, false);
        while i < to {
            if scan.any_at(i, &self.words.agent).is_some() {
                agent = true;
            }
            // "6 000 combattants contre l'EI": the side they fight is not theirs; nor
            // the one they were lost to ("lost 40 fighters to ISIL").
            if scan.any_at(i, &self.words.rivals).is_some() || self.enemy_at(scan, i) {
                against = true;
            }
            if scan.is_break(i) {
                (agent, against) = (false, false);
            }
            if let Some((side, end)) = scan.match_at(i, &self.words.sides) {
                // "five wounded in a YPG rocket attack": the attack's author.
                let author = !with_agents && scan.any_at(end, &self.words.attacks).is_some();
                // "fighters of the pro-Turkish Syrian National Army": allies of a side
                // are not that side; the noun after it says whose they are.
                let ally = i >= 2
                    && scan.t.tok_text(i - 1) == "-"
                    && scan.t.folded(i - 2) == "pro"
                    && scan.t.gap_after(i - 2).is_empty()
                    // "40 Turkish-backed rebels", "Russian-speaking civilians".
                    || scan.t.tok_text(end) == "-"
                        && scan.t.gap_after(end.saturating_sub(1)).is_empty();
                // "12 Ukrainian civilians": civilians, whatever their nationality.
                let civilians_after = end == i + 1
                    && scan
                        .match_at(end, &self.words.sides)
                        .is_some_and(|(s, _)| s == CIVILIAN);
                // "120 dead in government areas", "morts dans les zones
                // gouvernementales": a side that qualifies an area is not theirs.
                let area = scan.any_at(end, &self.words.areas).is_some()
                    || scan.phrase_ending_at(&self.words.areas, i).is_some();
                if (!agent || with_agents)
                    && !against
                    && !area
                    && !author
                    && !ally
                    && !civilians_after
                {
                    // "80 djihadistes de l'EI": a group named in the complement is the
                    // side ("djihadistes" alone are rebels).
                    let named = self.named_after(scan, end, to);
                    return Some(named.unwrap_or(side).to_owned());
                }
                i = end;
                continue;
            }
            i += 1;
        }
        None
    }

    /// A group named with a capital in the complement at token `at`, before `to` (`de
    /// l'EI`, `of the Islamic State`): its side.
    fn named_after<'w>(&'w self, scan: &Scan<'_>, at: usize, to: usize) -> Option<&'w str> {
        let t = &scan.t;
        let mut k = scan.any_at(at, &self.words.complement)?;
        for _ in 0..2 {
            match scan.any_at(k, &self.words.determiners) {
                Some(e) => k = e,
                None if k < to && t.folded(k).ends_with('\'') => k += 1,
                None => break,
            }
        }
        let capital = t.tok_text(k).chars().next().is_some_and(char::is_uppercase);
        (k < to && capital)
            .then(|| scan.match_at(k, &self.words.sides))
            .flatten()
            .map(|(side, _)| side)
    }

    /// The side of an event's actor named in tokens `from..to`, after its verb, agents
    /// included: the first side not in an opponent's phrase, which runs from the
    /// opponent word to a punctuation mark or an agent word ("reprennent la ville aux
    /// rebelles islamistes", "retook the town from Islamist rebels" are not the rebels'
    /// doing; "reprise aux rebelles par l'armée syrienne" is the army's).
    fn actor_side_in(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        let mut i = from;
        let mut opposed = false;
        while i < to {
            if scan.is_break(i) || scan.any_at(i, &self.words.agent).is_some() {
                opposed = false;
            }
            if let Some(e) = scan.any_at(i, &self.words.opponent) {
                opposed = true;
                i = e;
                continue;
            }
            if let Some((side, e)) = scan.match_at(i, &self.words.sides) {
                if !opposed {
                    return Some(side.to_owned());
                }
                i = e;
                continue;
            }
            i += 1;
        }
        None
    }

    /// Whether a word of `enemy` starts at token `i` ("lost 40 fighters to ISIL", "in
    /// clashes with ISIL") that does not end a phrase of `allegiance` ("fighters loyal
    /// to the government").
    fn enemy_at(&self, scan: &Scan<'_>, i: usize) -> bool {
        scan.any_at(i, &self.words.enemy)
            .is_some_and(|e| scan.phrase_ending_at(&self.words.allegiance, e).is_none())
    }

    /// Whether tokens `from..to` are only determiners, nouns of people and side names
    /// ("soldats loyalistes", "fighters of the FSA"): a noun phrase with no verb.
    fn only_nouns(&self, scan: &Scan<'_>, from: usize, to: usize) -> bool {
        let mut i = from;
        while i < to {
            if let Some((_, e)) = scan.match_at(i, &self.words.sides) {
                i = e;
            } else if let Some(e) = scan
                .any_at(i, &self.words.people)
                .or_else(|| scan.any_at(i, &self.words.determiners))
            {
                i = e;
            } else {
                return false;
            }
        }
        to > from
    }

    /// The side that ends right before token `first`, after a joiner or a comma and
    /// determiners: the subject of a verb left out ("…et les loyalistes 40 hommes",
    /// "…, the army 40 men").
    fn subject_left_out(&self, scan: &Scan<'_>, first: usize) -> Option<String> {
        let (side, j) = scan.match_ending_at(first, &self.words.sides)?;
        let k = scan.back_over(j, &[&self.words.determiners]);
        (scan
            .phrase_ending_at(&self.words.category_joiners, k)
            .is_some()
            || k.checked_sub(1).is_some_and(|c| scan.t.tok_text(c) == ","))
        .then(|| side.to_owned())
    }

    /// The side that opens the clause from token `from`, as the subject a verb of
    /// losses before token `first` shares with a verb before it, joined by a clause
    /// opener ("The rebels took 40 prisoners and lost 18 fighters", "…, but lost 18",
    /// "…while losing 18").
    fn shared_subject(&self, scan: &Scan<'_>, from: usize, first: usize) -> Option<String> {
        let w = &self.words;
        let verb = scan.phrase_ending_at(&w.losses, first)?;
        let verb = self.verb_start(scan, verb);
        scan.phrase_ending_at(&w.clause_openers, verb)?;
        let subject = scan.past(from, &w.determiners, verb);
        scan.match_at(subject, &w.sides)
            .filter(|&(_, e)| e < verb && !scan.in_other_name(subject, scan.t.folded(subject), w))
            .or_else(|| {
                scan.match_at(subject, &w.countries)
                    .filter(|&(_, e)| e < verb)
            })
            .map(|(side, _)| side.to_owned())
    }

    /// Whether an agent word ends right before token `first`, or before determiners
    /// that do ("par 200 rebelles", "by the 2,000 fighters").
    fn after_agent(&self, scan: &Scan<'_>, first: usize) -> bool {
        self.ends_before(scan, &self.words.agent, first)
    }

    /// Whether the figure starting at token `first` is the object of a verb of what
    /// befalls people, whose subject's people it does not count ("The army killed 40",
    /// "captured 12"; its verb may be quoted: 'Turkey claimed to have "neutralised"
    /// 300'), or, when it counts `captives`, of a verb that takes, holds or frees them
    /// ("took 40 prisoners", "fait 12 prisonniers").
    fn fate_object(
        &self,
        scan: &Scan<'_>,
        marks: &Marks<'_>,
        first: usize,
        captives: bool,
    ) -> bool {
        let t = scan.t;
        let mut k = first;
        while k > 0 && matches!(t.tok_text(k - 1), "\"" | "”" | "“" | "»" | "«") {
            k -= 1;
        }
        !self.lost(scan, first)
            && (marks
                .category_ending_at(k)
                .is_some_and(|c| PEOPLE_FATES.contains(&c))
                || captives && scan.phrase_ending_at(&self.words.captors, k).is_some())
    }

    /// Whether a verb of losses ends right before token `first`, or before determiners
    /// that do ("perdent 40 combattants", "lost some 40 of their men").
    fn lost(&self, scan: &Scan<'_>, first: usize) -> bool {
        // ("ont perdu respectivement 40 et 60 combattants")
        let first = scan
            .phrase_ending_at(&self.words.respectively, first)
            .unwrap_or(first);
        self.ends_before(scan, &self.words.losses, first)
    }

    /// Where a verb ending with the phrase that starts at token `k` starts: back over
    /// its auxiliaries and adverbs ("was later raised to", "ont été estimées à").
    fn verb_start(&self, scan: &Scan<'_>, k: usize) -> usize {
        scan.back_over(
            k,
            &[
                &self.words.auxiliaries,
                &self.words.adverbs,
                &self.words.active_auxiliaries,
            ],
        )
    }

    /// Notes the registry sources among a sentence's in-text sources: named, their
    /// short names stand for them in the sentences after.
    fn name_sources(&mut self, attributions: &[(usize, String)]) {
        for (_, source) in attributions {
            if !self.named.contains(source) && self.registry.get(source).is_some() {
                self.named.insert(source.clone());
            }
        }
    }

    /// The last word of the total's verb before figure `n - 1`, again right before
    /// figure `n` (which starts at token `first`), the rest of the verb left out: the
    /// `to` of "Government losses amounted to 120 dead and rebel losses to 300", the `à`
    /// of "les pertes gouvernementales s'élèvent à 120 morts et les pertes rebelles à
    /// 300".
    fn elided_total_verb(&self, scan: &Scan<'_>, n: usize, first: usize) -> Option<usize> {
        let (_, prev_first, prev_end) = scan.quantities.get(n.checked_sub(1)?)?;
        scan.phrase_ending_at(&self.words.amounts_to, *prev_first)?;
        let word = first.checked_sub(1).filter(|&w| w >= *prev_end)?;
        (scan.t.folded(word) == scan.t.folded(prev_first - 1)).then_some(word)
    }

    /// The side named right after a bare figure that ends at token `end`: after a
    /// side's marker ("21 chez les soldats", "40 côté rebelle", "de 40 du côté
    /// loyaliste", "120 among the rebels"), or after a toll's complement ("300 on the
    /// rebel side": a side's name that ends its clause, not "20 in rebel areas").
    fn side_after(&self, scan: &Scan<'_>, end: usize) -> Option<String> {
        let w = &self.words;
        let t = &scan.t;
        let after = scan.past(end, &w.determiners, t.len());
        if let Some(k) = scan.any_at(after, &w.side_markers) {
            return scan
                .any_at(after, &w.losses)
                .is_none()
                .then(|| self.side_in(scan, k, (k + 4).min(t.len()), false))
                .flatten();
        }
        let k = scan
            .any_at(after, &w.toll_complements)
            .filter(|_| scan.any_at(after, &w.complement).is_none())?;
        let (side, e) = scan.match_at(scan.past(k, &w.determiners, t.len()), &w.sides)?;
        (e >= t.len() || scan.is_break(e) || scan.any_at(e, &w.category_joiners).is_some())
            .then(|| side.to_owned())
    }

    /// The side a bare figure set against the one before names for itself, between
    /// that one's end `from` and its own first token `first` (after the last comma or
    /// joiner between, if any): a side's losses
    /// ("…numbered 120 and rebel casualties 300", "…à 120 et les pertes rebelles à
    /// 300"), or a side after the clause's opener and a complement's or a marker's
    /// words, with one word of its own at most ("…numbered 120 and on the rebel side
    /// 300", "…et du côté rebelle à 300").
    fn rival_own_side(&self, scan: &Scan<'_>, from: usize, first: usize) -> Option<String> {
        if let Some(Some(side)) = self.loss_side(scan, from, first) {
            return Some(side);
        }
        let w = &self.words;
        let t = &scan.t;
        // (After the figure before's own words, if any: "…à 120 morts et du côté…".)
        let opener = (from..first)
            .rev()
            .find_map(|i| match t.tok_text(i) {
                "," => Some(i + 1),
                _ => scan.any_at(i, &w.category_joiners),
            })
            .unwrap_or(from);
        let k = scan.forward_over(
            opener,
            &[&w.toll_complements, &w.determiners, &w.side_markers],
            first,
        );
        // (Not a side alone: "…killed 45 soldiers and the rebels 30" may be the
        // rebels' count or the dead they made.)
        let marked = (opener..k).any(|j| {
            scan.any_at(j, &w.toll_complements).is_some()
                || scan.any_at(j, &w.side_markers).is_some()
        });
        let (side, e) = scan.match_at(k, &w.sides).filter(|_| marked)?;
        let plain = |j: usize| {
            t.kind(j) == Some(Kind::Word)
                && scan.match_at(j, &w.categories).is_none()
                && scan.match_at(j, &w.sides).is_none()
                && scan.any_at(j, &w.people).is_none()
        };
        (e == first || e + 1 == first && plain(e)).then(|| side.to_owned())
    }

    /// A bare figure that ends its clause with only a name or a source phrase before
    /// it, after a comma or a joiner right after the figure claimed before it
    /// (`previous`, whose figure is at tokens `prev`): that claim's words left out
    /// ("Les Casques blancs ont dénombré 96 morts, l'OSDH 82", "The army lost 45
    /// soldiers and the rebels 30", "…were killed; according to Al-Masdar News, 92"). A
    /// source stands for its own count of the same, when that claim has a source; a
    /// side for its own losses, when a verb of losses counted that claim (after a verb
    /// of killing, the side named would be the killers: "the rebels killed 45 soldiers,
    /// the army 30" is left alone).
    fn gapped(
        &self,
        scan: &Scan<'_>,
        attributions: &[(usize, String)],
        previous: &Claim,
        prev: (usize, usize),
        (n, first, end): (usize, usize, usize),
    ) -> Option<Gap> {
        let t = &scan.t;
        let opens = |i: usize| {
            matches!(t.tok_text(i), "," | ";")
                || scan.any_at(i, &self.words.category_joiners).is_some()
        };
        // The only mark between the claim before and the clause: its opener, or a
        // comma before a joiner that opens it ("…in Aleppo, and 20 in Idlib").
        let clause_from = |opener: usize| {
            let joiner = scan.any_at(opener, &self.words.category_joiners);
            (!(prev.1..opener).any(|i| {
                scan.is_break(i) && !(joiner.is_some() && i + 1 == opener && t.tok_text(i) == ",")
            }))
            .then(|| joiner.unwrap_or(opener + 1))
        };
        // "…killed in Aleppo and 20 in Idlib", "…à Alep et 20 à Idleb": right after the
        // opener, before a place's word and a name, or a date.
        // Where: a place's word and the name after it, if any.
        let named = scan.any_at(end, &self.words.place_before).map(|p| {
            let name = scan
                .any_at(p, &self.words.determiners)
                .filter(|&d| d > p)
                .unwrap_or(p);
            (p, name)
        });
        // "…killed in 2015 and 20 in 2016": a date of its own (or a month's name, in an
        // article with no year to date it), the same figure then.
        let then = {
            let p = scan.periods.partition_point(|p| p.first < end);
            scan.periods
                .get(p)
                .is_some_and(|p| p.first == end || p.first == end + 1)
        } || named
            .is_some_and(|(_, name)| scan.any_at(name, &self.words.months).is_some());
        // Or a name of its own, the same figure elsewhere; or, "…killed in government
        // areas and 20 in rebel areas", the same place's word after the figure before,
        // in its clause.
        let elsewhere = !then
            && named.is_some_and(|(p, name)| {
                proper_noun(t, name, &self.names).is_some()
                    || (prev.1..first).any(|k| {
                        scan.any_at(k, &self.words.place_before) == Some(k + (p - end))
                            && (0..p - end).all(|j| t.folded(k + j) == t.folded(end + j))
                    })
            });
        let place = then || elsewhere;
        // "…47 morts chez les rebelles et 21 chez les soldats", "…30 morts côté
        // gouvernemental et 40 côté rebelle": or a side's marker, that side's count.
        let marked = self.side_after(scan, end);
        if place || marked.is_some() {
            // Nothing of its own after them: "…and 20 in Idlib were wounded" is no
            // figure of the dead.
            let next = scan
                .quantities
                .get(scan.quantities.partition_point(|(_, f, _)| *f <= first))
                .map_or(t.len(), |(_, f, _)| *f);
            let own = (end..next).take_while(|&k| !scan.is_break(k)).any(|k| {
                scan.match_at(k, &self.words.categories).is_some()
                    || scan.any_at(k, &self.words.auxiliaries).is_some()
                    || scan.any_at(k, &self.words.active_auxiliaries).is_some()
            });
            if own {
                return None;
            }
            // ("…et de 40 du côté loyaliste": the verb's word before the figure.)
            let start = scan.back_over(first, &[&self.words.determiners]);
            let opener = start.checked_sub(1).filter(|&o| o >= prev.1 && opens(o))?;
            return (clause_from(opener) == Some(start)
                && !attributions
                    .iter()
                    .any(|(a, _)| (prev.1..first).contains(a)))
            .then(|| marked.map_or(Gap::Place { elsewhere }, Gap::Side));
        }
        let closes = end >= t.len()
            || scan.is_break(end)
            || scan.any_at(end, &self.words.category_joiners).is_some();
        if !closes {
            return None;
        }
        let mut between = attributions
            .iter()
            .filter(|(a, _)| (prev.1..first).contains(a));
        if let Some((a, source)) = between.next() {
            // "…; according to Al-Masdar News, 92": a source phrase opening the clause,
            // its comma right before the figure.
            let phrase = scan.any_at(*a, &self.words.attribution_before).is_some()
                || scan.any_at(*a, &self.words.attribution_opening).is_some();
            let opener = (prev.1..*a).rev().find(|&i| opens(i))?;
            let only_comma = (*a..first)
                .filter(|&i| scan.is_break(i))
                .all(|i| i + 1 == first && t.tok_text(i) == ",");
            let own = previous.attributed_to.as_ref() != Some(source);
            return (phrase
                && own
                && only_comma
                && between.next().is_none()
                && clause_from(opener) == Some(*a)
                && previous.attributed_to.is_some())
            .then(|| Gap::Source(source.clone()));
        }
        let opener = (prev.1..first).rev().find(|&i| opens(i))?;
        let name = scan.past(clause_from(opener)?, &self.words.determiners, first);
        // "…, Al-Masdar News de 92": the verb's word before the figure.
        let mut name_end = first;
        while let Some(d) = scan
            .phrase_ending_at(&self.words.determiners, name_end)
            .filter(|&d| d > name)
        {
            name_end = d;
        }
        if name >= name_end || name_end - name > 8 {
            return None;
        }
        // A side's losses named in full are that side's count, whatever the verb
        // ("Government casualties numbered 120 and rebel casualties 300", "…et les
        // pertes rebelles à 300").
        let verb = self.elided_total_verb(scan, n, first).unwrap_or(first);
        if let Some(Some(side)) = self.loss_side(scan, name, verb) {
            let opens = scan.any_at(name, &self.words.loss_tolls).is_some()
                || scan.any_at(name, &self.words.casualties).is_some()
                || scan.match_at(name, &self.words.sides).is_some();
            if opens && side != previous.side {
                return Some(Gap::Side(side));
            }
        }
        // So is a side after a marker's or a complement's words ("…120 morts du côté
        // gouvernemental et du côté rebelle à 300", "…and among the rebels 300").
        if let Some(side) = self.rival_own_side(scan, prev.1, first) {
            return (side != previous.side).then_some(Gap::Side(side));
        }
        // A side is a side's losses after a verb of losses ("Selon l'OSDH, les
        // loyalistes ont perdu 45 hommes et les rebelles 30": not the rebels' count),
        // and nothing else ("According to the SOHR, 96 soldiers were killed and the Free
        // Syrian Army 30" may be the rebels' dead or their count).
        if let Some((side, side_end)) = scan.match_at(name, &self.words.sides) {
            if side_end == first {
                return (side != previous.side && self.lost(scan, prev.0))
                    .then(|| Gap::Side(side.to_owned()));
            }
        }
        previous.attributed_to.as_ref()?;
        self.source_run(scan.names(), name, name_end, true, true)
            .filter(|s| previous.attributed_to.as_ref() != Some(s))
            .map(Gap::Source)
    }

    /// Whether a phrase of `table` ends right before token `first`, or before
    /// determiners that do.
    fn ends_before(&self, scan: &Scan<'_>, table: &Phrases<()>, first: usize) -> bool {
        let mut k = first;
        loop {
            if scan.phrase_ending_at(table, k).is_some() {
                return true;
            }
            match scan.phrase_ending_at(&self.words.determiners, k) {
                Some(d) => k = d,
                None => return false,
            }
        }
    }

    /// The side after an agent word in tokens `from..to` ("par l'armée syrienne").
    fn agent_side_in(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        (from..to).find_map(|i| {
            scan.any_at(i, &self.words.agent)
                .and_then(|k| self.side_in(scan, k, (k + 5).min(to), true))
        })
    }

    /// The category a figure of people takes from its clause: the category word
    /// nearest to it (before or after), leaving out one that governs the next figure
    /// ("deployed 5,000 soldiers and killed 200 rebels": 5,000 are deployed); among
    /// words joined to it ("capturés et exécutés"), the gravest.
    fn nearest_category(
        &self,
        scan: &Scan<'_>,
        marks: &Marks<'_>,
        (first, end): (usize, usize),
        next_first: Option<usize>,
        clause: (usize, usize),
    ) -> Option<String> {
        let (from, to) = clause;
        let cats = &marks.categories;
        // The nearest word before the figure (its distance: the tokens between the
        // word's end and the figure) and the nearest after it; on a tie the earlier
        // word. Words are looked at from the figure outwards, only as far as one could
        // still be as near.
        let mut before: Option<(usize, usize)> = None;
        let below = cats.partition_point(|c| c.0 < to.min(first));
        for &(i, _, word_end) in cats.get(..below).unwrap_or(&[]).iter().rev() {
            if i < from {
                break;
            }
            let reach = first.saturating_sub(i + marks.longest_category);
            if before.is_some_and(|(d, _)| reach > d) {
                break;
            }
            let distance = first - word_end.min(first);
            if before.is_none_or(|(d, _)| distance <= d) {
                before = Some((distance, i));
            }
        }
        // "…killed 200 rebels": a word right before the next figure is that figure's.
        let after = cats
            .get(cats.partition_point(|c| c.0 < from.max(end))..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.0 < to)
            .find(|c| next_first.is_none_or(|n| c.2 != n))
            .map(|c| (c.0 - end, c.0));
        // On a tie, the word before, unless a joiner stands between it and the figure:
        // "dix rebelles sont tués et 13 autres sont capturés" — "tués" is the ten's.
        let joined_after = |(distance, _): (usize, usize)| {
            (first - distance..first)
                .any(|i| scan.any_at(i, &self.words.category_joiners).is_some())
        };
        let best = match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 < b.0 || a.0 == b.0 && joined_after(b) {
                a
            } else {
                b
            }),
            (b, a) => b.or(a),
        };
        let (_, at) = best?;
        let group = self.joined_categories(scan, at, to);
        if let Some(joined) = joined_category(&group) {
            return Some(joined.to_owned());
        }
        PRECEDENCE
            .iter()
            .find(|p| group.contains(p))
            .or_else(|| group.first())
            .map(|s| (*s).to_owned())
    }

    /// What a total's subject counts, its noun ending at one of `ends` (the first is
    /// `words_end`, where the subject ends): a category word; a toll's noun ending at
    /// `words_end`, the killed; a side's losses, its killed and wounded, not a force
    /// ("Les pertes loyalistes sont estimées à 261").
    fn toll_category(
        &self,
        scan: &Scan<'_>,
        marks: &Marks<'_>,
        ends: &[usize],
        words_end: usize,
    ) -> Option<String> {
        marks
            .categories
            .iter()
            .find(|c| ends.contains(&c.2))
            .and_then(|c| self.category_word_at(scan, c.0, words_end))
            .filter(|c| !NOUN_ONLY.contains(c))
            .map(str::to_owned)
            .or_else(|| {
                scan.phrase_ending_at(&self.words.tolls, words_end)
                    .map(|_| "killed".to_owned())
            })
            .or_else(|| {
                ends.iter()
                    .any(|&e| scan.phrase_ending_at(&self.words.loss_tolls, e).is_some())
                    .then(|| KILLED_OR_WOUNDED.to_owned())
            })
    }

    /// The side of the losses or the toll that are the subject of a total's verb at
    /// token `verb`, their noun after token `from`: `None` when no such noun stands
    /// there (or a toll with no side in its complement), else the side right before it
    /// or right after it and its complement's words, if any ("Government losses
    /// amounted to 261 dead", "les pertes du régime s'élèvent à 261 morts", "le bilan
    /// des rebelles"; not "les pertes de l'EI face aux Kurdes", "Civilian losses from
    /// Israeli strikes").
    fn loss_side(&self, scan: &Scan<'_>, from: usize, verb: usize) -> Option<Option<String>> {
        let w = &self.words;
        let (losses, noun_end, toll) = (from..verb).find_map(|i| {
            scan.any_at(i, &w.loss_tolls)
                .or_else(|| scan.any_at(i, &w.casualties))
                .map(|e| (i, e, false))
                .or_else(|| scan.any_at(i, &w.tolls).map(|e| (i, e, true)))
        })?;
        // A toll's side is in its complement only: a side next to it is whose count it
        // is ("le bilan gouvernemental", "the government toll").
        // (Or a frame's adjective qualifying the losses: "Armenian losses", "les pertes
        // russes".)
        let side_at = |j: usize| {
            scan.match_at(j, &w.sides)
                .or_else(|| scan.match_at(j, &w.frame_sides).filter(|_| !toll))
        };
        // (Or their possessor, a country's too: "Ukraine's losses", "the army's losses".)
        let before = (losses.saturating_sub(3).max(from)..losses)
            .filter(|_| !toll)
            .find_map(|j| {
                side_at(j)
                    .filter(|&(_, e)| e == losses)
                    .map(|(side, _)| (j, side))
            })
            .or_else(|| {
                let (side, h) = scan.possessor(losses, from, w).filter(|_| !toll)?;
                Some((h, side))
            })
            .map(|(j, side)| {
                // "Israeli and Palestinian casualties", "the rebels' and the army's
                // losses": both sides'.
                let other = scan
                    .phrase_ending_at(&w.category_joiners, scan.back_over(j, &[&w.determiners]))
                    .filter(|&jn| jn < j)
                    .and_then(|jn| {
                        (jn.saturating_sub(3).max(from)..jn)
                            .find_map(|h| side_at(h).filter(|&(_, e)| e == jn))
                            .map(|(other, _)| other)
                            .or_else(|| scan.possessor(jn, from, w).map(|(other, _)| other))
                    })
                    .filter(|&other| other != side);
                // (Not figures given to each "respectively": "The army's and the rebels'
                // losses were 40 and 60 respectively" are no one's both.)
                let each =
                    || (verb..scan.t.len()).any(|i| scan.any_at(i, &w.respectively).is_some());
                match other {
                    Some(_) if each() => None,
                    Some(other) => Some(joint(other, side)),
                    None => Some(side.to_owned()),
                }
            });
        let after = || {
            let k = scan.forward_over(
                noun_end,
                &[&w.complement, &w.determiners, &w.toll_complements],
                verb,
            );
            // ("Losses from Israeli strikes": the side of an attack is its author's; "le
            // bilan côté gouvernemental et rebelle" is of both sides.)
            side_at(k)
                .filter(|&(_, e)| {
                    e <= verb
                        && (!toll || k > noun_end)
                        && scan.any_at(e, &w.attacks).is_none()
                        && scan.any_at(e, &w.category_joiners).is_none()
                })
                .map(|(side, _)| side.to_owned())
        };
        // (A toll with no side in its complement says nothing: "The civilian death toll
        // was estimated at 14,000" is the civilians'.)
        let side = before.unwrap_or_else(after);
        if toll && side.is_none() {
            return None;
        }
        Some(side)
    }

    /// Whether the subject of the verb starting at token `verb` is losses: a noun of
    /// losses or casualties ending six words at most before it, after token `from`,
    /// with no mark, joiner or category word between ("Casualties among government
    /// forces were…"; not "Casualties were heavy and reinforcements amounted to…").
    fn losses_subject(&self, scan: &Scan<'_>, from: usize, verb: usize) -> bool {
        let w = &self.words;
        let Some(noun_end) = (from..verb).rev().find_map(|j| {
            scan.any_at(j, &w.loss_tolls)
                .or_else(|| scan.any_at(j, &w.casualties))
                .filter(|&e| e <= verb)
        }) else {
            return false;
        };
        verb - noun_end <= 6
            && !(noun_end..verb).any(|j| {
                scan.is_break(j)
                    || scan.any_at(j, &w.category_joiners).is_some()
                    || scan.match_at(j, &w.categories).is_some()
            })
    }

    /// Whether the subject ending at a copula at token `verb` is a force: it ends in a
    /// side's words, a noun of people or of a force (`forces`), right before the verb
    /// or before a complement of six words at most (`toll_complements`: "Rebel forces
    /// in the city were estimated at 2,000", "Les forces loyalistes dans la ville sont
    /// estimées à 3 000").
    fn force_subject(&self, scan: &Scan<'_>, verb: usize, of_people: bool) -> bool {
        let w = &self.words;
        let ends_force = |e: usize| {
            scan.phrase_ending_at(&w.people, e).is_some()
                || scan.phrase_ending_at(&w.forces, e).is_some()
                || scan.match_ending_at(e, &w.sides).is_some()
        };
        // Not civilians, people of no side, nor people a category word qualifies ("The
        // number of civilians in the besieged city was estimated at 400,000", "The number
        // of displaced people in the province…" are no force).
        let no_force = |e: usize| {
            scan.phrase_ending_at(&w.anyone, e).is_some()
                || scan
                    .match_ending_at(e, &w.sides)
                    .is_some_and(|(side, _)| side == "civilian")
                || scan.phrase_ending_at(&w.people, e).is_some_and(|s| {
                    (s.saturating_sub(3)..s)
                        .any(|j| scan.match_at(j, &w.categories).is_some_and(|(_, c)| c == s))
                })
        };
        // (A bare figure after its subject keeps the reading it had: "Civilians were
        // estimated at 40,000".)
        if ends_force(verb) && !(of_people && no_force(verb)) {
            return true;
        }
        let mut j = verb;
        while j > 0 && verb - j < 6 {
            j -= 1;
            if scan.is_break(j) || scan.in_figure(j) || scan.t.kind(j) != Some(Kind::Word) {
                return false;
            }
            if scan.any_at(j, &w.toll_complements).is_some() && ends_force(j) {
                return !no_force(j);
            }
        }
        false
    }

    /// Where the noun phrase before a verb at token `verb` ends when the words before
    /// the verb are its complement (`toll_complements`: "from the bombing", "de
    /// l'attaque", "in Aleppo"): walking back from the verb, six words at most, up to a
    /// mark, a figure, or the end of a category word or a toll's or losses' noun. The
    /// verb when none is found.
    fn head_before(&self, scan: &Scan<'_>, marks: &Marks<'_>, verb: usize) -> usize {
        let ends_noun = |e: usize| {
            marks.categories.iter().any(|c| c.2 == e)
                || scan.phrase_ending_at(&self.words.tolls, e).is_some()
                || scan.phrase_ending_at(&self.words.loss_tolls, e).is_some()
        };
        // Or its side's adjective after it ("le nombre de morts loyalistes de l'OSDH"):
        // where the noun ends.
        let noun_end = |e: usize| {
            if ends_noun(e) {
                return Some(e);
            }
            (e.saturating_sub(3)..e).find(|&s| {
                ends_noun(s)
                    && scan
                        .match_at(s, &self.words.sides)
                        .is_some_and(|(_, side_end)| side_end == e)
            })
        };
        let mut e = verb;
        while e > 0 && verb - e < 6 && noun_end(e).is_none() {
            let j = e - 1;
            if scan.is_break(j) || scan.in_figure(j) || scan.t.kind(j) != Some(Kind::Word) {
                return verb;
            }
            e = j;
        }
        match noun_end(e) {
            Some(n) if e < verb && scan.any_at(e, &self.words.toll_complements).is_some() => n,
            _ => verb,
        }
    }

    /// The category of the word at token `at`, before token `words_end`: "30 morts
    /// ou blessés" joins the killed and the wounded (the words after it looked at only
    /// when a joiner follows it).
    fn category_word_at(&self, scan: &Scan<'_>, at: usize, words_end: usize) -> Option<&str> {
        let (name, e) = scan.match_at(at, &self.words.categories)?;
        let joined = matches!(name, "killed" | "wounded" | "captured")
            && scan
                .any_at(e, &self.words.category_joiners)
                .is_some_and(|n| n < words_end);
        Some(
            joined
                .then(|| joined_category(&self.joined_categories(scan, at, words_end)))
                .flatten()
                .unwrap_or(name),
        )
    }

    /// The auxiliaries and adverbs from token `at`: where they end, and whether an
    /// auxiliary was among them.
    fn skip_auxiliaries(&self, scan: &Scan<'_>, at: usize) -> (usize, bool) {
        let (mut i, mut auxiliary) = (at, false);
        loop {
            if let Some(e) = scan.any_at(i, &self.words.auxiliaries) {
                (i, auxiliary) = (e, true);
            } else if let Some(e) = scan.any_at(i, &self.words.adverbs) {
                i = e;
            } else {
                return (i, auxiliary);
            }
        }
    }

    /// The category word after the auxiliaries that follow token `end` ("12 ont été
    /// blessés", "three were killed or wounded", "three later died"; with `need` at
    /// `Need::Nothing` also none: "trois journalistes blessés"), before token
    /// `words_end`. Strikes and materiel are nouns: no auxiliary comes before them. A
    /// verb whose object is a figure counts that figure, not this one ("three
    /// reportedly killed 5 soldiers").
    fn category_after_auxiliaries(
        &self,
        scan: &Scan<'_>,
        end: usize,
        words_end: usize,
        need: Need,
    ) -> Option<String> {
        let (i, auxiliary) = self.skip_auxiliaries(scan, end);
        let enough = match need {
            Need::Nothing | Need::Subject => true,
            Need::AnyWord => i > end,
        };
        if !enough || i >= words_end {
            return None;
        }
        let category = self
            .category_word_at(scan, i, words_end)
            .filter(|c| !NOUN_ONLY.contains(c))?;
        let word_end = scan
            .match_at(i, &self.words.categories)
            .map_or(i + 1, |(_, e)| e);
        let object = match need {
            // After a noun the lexicon does not know, an auxiliary makes the word
            // passive; adverbs alone leave it active, so it must have no object.
            Need::Subject if !auxiliary => i == end || self.takes_object(scan, word_end),
            _ => self.counted_object(scan, word_end),
        };
        (!object).then(|| category.to_owned())
    }

    /// Whether the figure ending at token `end` counts the agents of an active verb of
    /// the dead, the wounded, the captured or the executed that has an object, before
    /// token `limit`: "Trois hommes armés ont tué des civils", "three had killed 12
    /// civilians", "two gunmen reportedly killed the commander" (they did the killing;
    /// they were counted killed). Between: the figure's own words (three at most, none
    /// a category word, joiner, relative pronoun, side marker, source's verb, auxiliary
    /// or adverb: "a tué 5 policiers et en a blessé 13 autres" counts the 5, "killed 30
    /// militants who had kidnapped 12 aid workers" the 30), then an
    /// active auxiliary, or adverbs after a noun of the figure's own. Without either the
    /// verb may be a participle ("12 wounded soldiers"), so it is no verb here. The
    /// object: a figure, people or a side, or a determiner before them ("had killed the
    /// soldiers", "ont tué des civils"; not "had died the day before").
    fn agents(&self, scan: &Scan<'_>, end: usize, limit: usize) -> bool {
        let t = &scan.t;
        let Some(at) = (end..(end + 4).min(limit)).find(|&i| {
            t.kind(i) != Some(Kind::Word)
                || scan.any_at(i, &self.words.auxiliaries).is_some()
                || scan.any_at(i, &self.words.active_auxiliaries).is_some()
                || scan.any_at(i, &self.words.adverbs).is_some()
                || scan.any_at(i, &self.words.category_joiners).is_some()
                || scan.any_at(i, &self.words.relatives).is_some()
                || scan.any_at(i, &self.words.complementizers).is_some()
                || scan.match_at(i, &self.words.categories).is_some()
                || scan.any_at(i, &self.words.side_markers).is_some()
                || scan.any_at(i, &self.words.attribution_verbs).is_some()
        }) else {
            return false;
        };
        if scan.any_at(at, &self.words.auxiliaries).is_some() {
            return false;
        }
        let Some(mut verb) = scan
            .any_at(at, &self.words.active_auxiliaries)
            .or_else(|| scan.any_at(at, &self.words.adverbs).filter(|_| at > end))
        else {
            return false;
        };
        while let Some(e) = scan
            .any_at(verb, &self.words.adverbs)
            .or_else(|| scan.any_at(verb, &self.words.active_auxiliaries))
        {
            verb = e;
        }
        let Some((name, verb_end)) = scan
            .match_at(verb, &self.words.categories)
            .filter(|_| verb < limit)
        else {
            return false;
        };
        let people = |k: usize| {
            scan.match_at(k, &self.words.sides).is_some()
                || scan.any_at(k, &self.words.people).is_some()
        };
        PEOPLE_FATES.contains(&name)
            && (self.counted_object(scan, verb_end)
                || people(verb_end)
                || scan.any_at(verb_end, &self.words.determiners).is_some()
                    && (verb_end + 1..(verb_end + 3).min(t.len())).any(people))
    }

    /// Whether token `at` may be a word that qualifies a noun: a lower-case word of no
    /// list that ties words together or stands for a verb ("pacifiques", "unarmed").
    fn qualifier_at(&self, scan: &Scan<'_>, at: usize) -> bool {
        let w = &self.words;
        scan.t.kind(at) == Some(Kind::Word)
            && scan
                .t
                .tok_text(at)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && [
                &w.determiners,
                &w.complement,
                &w.agent,
                &w.relatives,
                &w.complementizers,
                &w.auxiliaries,
                &w.active_auxiliaries,
                &w.adverbs,
                &w.attribution_verbs,
                &w.category_joiners,
                &w.side_markers,
            ]
            .iter()
            .all(|table| scan.any_at(at, table).is_none())
    }

    /// The token after the word at `at` that makes the figure starting at token
    /// `first` and the next figure two ends or two alternatives of one count: an
    /// alternative's word (`92 (…) ou 261 soldats`), or the closing word of a range
    /// opened right before `first`, not after a change's word (`entre 92 (…) et 261
    /// (…) loyalistes`; not `passe de 40 (…) à 60 morts`, nor `tué 40 (…) et 60
    /// personnes ont été blessées`); with `sourced`, when the next figure has its own
    /// source in brackets, a word of `sourced_alternatives` too, not after a change
    /// (`8 000 (selon HRW) à 25 000 (selon l'ONU) morts`; not `passe de 40 (…) à 60
    /// (…) morts`).
    fn alternative_at(
        &self,
        scan: &Scan<'_>,
        first: usize,
        at: usize,
        sourced: bool,
    ) -> Option<usize> {
        if let Some(e) = scan.any_at(at, &self.words.alternatives) {
            return Some(e);
        }
        // Whether a range's opener ends right before `first`, and if so whether a
        // change's word stands before it.
        let opened = |open: &Phrases<()>| {
            scan.phrase_ending_at(open, first)
                .map(|o| scan.phrase_ending_at(&self.words.changes, o).is_some())
        };
        if let Some(e) = scan
            .any_at(at, &self.words.sourced_alternatives)
            .filter(|_| sourced)
            .filter(|_| {
                !self
                    .words
                    .ranges
                    .iter()
                    .any(|(open, _)| opened(open) == Some(true))
            })
        {
            return Some(e);
        }
        self.words
            .ranges
            .iter()
            .filter(|(open, _)| opened(open) == Some(false))
            .find_map(|(_, close)| scan.any_at(at, close))
    }

    /// The token after a bracket of an alternative figure next to figure `n`,
    /// opened right after figure `n` or right before it ("1,200 (or 1,500 according
    /// to local sources) civilians", "400 (ou 600 selon l'OSDH) morts", "40 (or 50)
    /// soldiers"): both figures' noun is after the bracket. A bracket closed within a
    /// dozen tokens, with no other bracket.
    fn past_alternative_bracket(&self, scan: &Scan<'_>, n: usize) -> Option<usize> {
        let t = scan.t;
        let q = &scan.quantities;
        let (_, first, end) = q.get(n)?;
        let inside = q
            .get(n + 1)
            .map(|(_, f, _)| *f)
            .filter(|_| t.tok_text(*end) == "(");
        let (open, alternative) = match inside {
            Some(f) => (*end, f),
            None => (q.get(n.checked_sub(1)?)?.2, *first),
        };
        let word = scan.phrase_ending_at(&self.words.alternatives, alternative)?;
        if word != open + 1 || t.tok_text(open) != "(" {
            return None;
        }
        close_of(t, open, alternative).map(|c| c + 1)
    }

    /// The token after a bracket opened at token `open` that holds only a name the
    /// article gives as a place elsewhere ("killed 40 (Hama)" after "in Hama").
    fn past_bracketed_place(&self, scan: &Scan<'_>, open: usize) -> Option<usize> {
        let t = &scan.t;
        if t.tok_text(open) != "(" || !self.names.places.contains(t.tok_text(open + 1)) {
            return None;
        }
        let close = close_of(t, open, open + 1)?;
        let name = proper_noun(t, open + 1, &self.names)?;
        (t.toks.get(close - 1)?.end == t.toks.get(open + 1)?.start + name.len())
            .then_some(close + 1)
    }

    /// The token after the parts in brackets that open right at token `end` ("120
    /// (including 30 children) civilian deaths"), else `end`: brackets closed within a
    /// dozen tokens, opened by a word of `sub_counts`, with no other bracket.
    fn past_bracketed_parts(&self, scan: &Scan<'_>, end: usize) -> usize {
        let t = scan.t;
        if t.tok_text(end) != "(" || scan.any_at(end + 1, &self.words.sub_counts).is_none() {
            return end;
        }
        close_of(t, end, end + 1).map_or(end, |c| c + 1)
    }

    /// Whether a figure of people starts at token `at` ("killed at least 5 soldiers";
    /// not "killed 10 km north of…", "over 2 days").
    fn counted_object(&self, scan: &Scan<'_>, at: usize) -> bool {
        let q = &scan.quantities;
        q.get(q.partition_point(|(_, first, _)| *first < at))
            .is_some_and(|(_, first, end)| {
                *first == at && scan.any_at(*end, &self.words.not_counts).is_none()
            })
    }

    /// Whether the words at token `at` are a verb's object: a figure of people, a
    /// determiner that is no complement ("killed the commander"; not "died of their
    /// wounds"), a side or people ("captured soldiers").
    fn takes_object(&self, scan: &Scan<'_>, at: usize) -> bool {
        self.counted_object(scan, at)
            || scan.any_at(at, &self.words.determiners).is_some()
                && scan.any_at(at, &self.words.complement).is_none()
            || scan.match_at(at, &self.words.sides).is_some()
            || scan.any_at(at, &self.words.people).is_some()
    }

    /// Whether the verb at tokens `verb.0..verb_end`, after token `from`, is passive: an
    /// auxiliary just before it, adverbs allowed ("est ensuite pris", "was taken"), or
    /// its agent right after it ("prise par les rebelles", "taken by the rebels").
    fn passive(&self, scan: &Scan<'_>, (from, verb): (usize, usize), verb_end: usize) -> bool {
        (from.max(verb.saturating_sub(4))..verb)
            .any(|i| self.skip_auxiliaries(scan, i) == (verb, true))
            || scan.any_at(verb_end, &self.words.agent).is_some()
    }

    /// The categories of the words joined at token `at`, before token `to`: "tués ou
    /// blessés", "capturés et exécutés" (strikes and materiel left out).
    fn joined_categories<'w>(&'w self, scan: &Scan<'_>, at: usize, to: usize) -> Vec<&'w str> {
        let mut group: Vec<&str> = Vec::new();
        let mut i = at;
        while let Some((name, e)) = scan.match_at(i, &self.words.categories) {
            if !NOUN_ONLY.contains(&name) {
                group.push(name);
            }
            match scan.any_at(e, &self.words.category_joiners) {
                Some(next) if next < to => i = next,
                _ => break,
            }
        }
        group
    }

    /// The side of a figure's own noun phrase, tokens `noun_start..stop`, with the
    /// side nouns joined to it before `limit` (the next figure): "450 soldats et
    /// civils" counts both, so its side is `civilian+loyalist` (the sides sorted, each
    /// once), not the first noun's. A joined noun follows its joiner at once ("and
    /// the rebels" starts a clause of its own; "50 soldiers and lost 20 fighters": no
    /// second noun of the 50); a list by commas counts only if a joiner ends it
    /// ("civils, rebelles et soldats", not "5 civils, rebelles affirmant…").
    fn own_side(
        &self,
        scan: &Scan<'_>,
        (noun_start, stop, limit): (usize, usize, usize),
        with_agents: bool,
    ) -> Option<String> {
        let first = self.side_in(scan, noun_start, stop, with_agents)?;
        let mut sides = vec![first.as_str()];
        let mut joined = 1;
        let mut i = stop;
        loop {
            let (next, joiner) = match scan.any_at(i, &self.words.category_joiners) {
                Some(next) => (next, true),
                None if scan.t.tok_text(i) == "," => (i + 1, false),
                None => break,
            };
            // A side noun that a verb follows starts a clause of its own ("killed 30
            // soldiers and rebels said…", "…and rebels captured the base"); not a
            // category word without an object ("2,000 rebels and civilians evacuated
            // to Idlib", "450 soldiers and civilians captured").
            let Some((side, end)) = scan
                .match_at(next, &self.words.sides)
                .filter(|&(_, e)| e <= limit)
                .filter(|&(_, e)| {
                    let starts_clause = || match scan.match_at(e, &self.words.categories) {
                        Some((_, after)) => self.takes_object(scan, after),
                        None => true,
                    };
                    scan.any_at(e, &self.words.attribution_verbs).is_none()
                        && (scan.match_at(e, &self.words.events).is_none() || !starts_clause())
                })
            else {
                break;
            };
            sides.push(side);
            if joiner {
                joined = sides.len();
            }
            i = end;
        }
        sides.truncate(joined);
        if sides.iter().all(|s| *s == first) {
            return Some(first);
        }
        sides.sort_unstable();
        sides.dedup();
        Some(sides.join("+"))
    }

    /// Whether a clause opener that is no joiner stands at token `i` ("while", "but",
    /// "tandis que"; not "and", "et"): what follows is a clause of its own.
    fn opens_clause(&self, scan: &Scan<'_>, i: usize) -> bool {
        scan.any_at(i, &self.words.clause_openers).is_some()
            && scan.any_at(i, &self.words.category_joiners).is_none()
    }

    /// The side that owns, lost or deployed the people of a figure at token `to`: the
    /// subject right before the verb before it (its words, auxiliaries and adverbs, a
    /// reporting verb or a complementizer between), back to `from` ("Russian forces had
    /// lost 250 soldiers", "The Houthis said 35 of their soldiers…", "les YPG disent
    /// avoir perdu 19 hommes"; not "les rebelles affirment que l'armée a perdu 50 de ses
    /// soldats", "Government troops fighting the rebels in Homs lost 40 soldiers").
    ///
    /// Of strikes (`told` false), a reporting verb's subject is none, but through a
    /// pronoun: "Israel said 150 rockets were fired" were not Israel's; "Russia said it
    /// had fired 40 missiles" were Russia's.
    fn owner_side(&self, scan: &Scan<'_>, from: usize, to: usize, told: bool) -> Option<String> {
        let w = &self.words;
        let mut k = to;
        while let Some(d) = scan
            .phrase_ending_at(&w.determiners, k)
            .or_else(|| scan.phrase_ending_at(&w.complement, k))
            .filter(|&d| d < k && d >= from)
        {
            k = d;
        }
        // The verb's words, each phrase covering the token before `k`.
        let tables = [
            &w.losses,
            &w.attribution_verbs,
            &w.auxiliaries,
            &w.active_auxiliaries,
            &w.adverbs,
            &w.complementizers,
            // "The Ukrainian army said it had lost 25 soldiers"
            &w.pronouns,
        ];
        let verb_end = k;
        let (mut reported, mut pronoun) = (false, false);
        loop {
            let start = (k.saturating_sub(4).max(from)..k).find(|&j| {
                tables
                    .iter()
                    .any(|table| scan.any_at(j, table).is_some_and(|e| e >= k))
                    || scan.match_at(j, &w.categories).is_some_and(|(_, e)| e >= k)
            });
            match start {
                Some(j) => {
                    reported |= scan.any_at(j, &w.attribution_verbs).is_some_and(|e| e >= k);
                    pronoun |= !reported && scan.any_at(j, &w.pronouns).is_some_and(|e| e >= k);
                    k = j;
                }
                None => break,
            }
        }
        if k == verb_end || reported && !pronoun && !told {
            return None;
        }
        // The side ending there, from its first word ("Russian forces"), not in a
        // rival's or opponent's phrase ("The army in its fight against the rebels lost
        // 40 soldiers", "les troupes face aux rebelles ont perdu 40 soldats").
        let subject_from = (from..k)
            .rev()
            .find(|&j| {
                scan.is_break(j)
                    || scan.any_at(j, &w.rivals).is_some()
                    || scan.any_at(j, &w.opponent).is_some()
            })
            .map_or(from, |j| if scan.is_break(j) { j + 1 } else { k });
        let window = k.saturating_sub(6).max(subject_from)..k;
        // "Russia's army lost 200 soldiers", "Ukraine's forces lost…": the possessor
        // opening the subject of a side's word or a force's noun is its side, not that
        // word's by default (not "The army's enemies lost 300 fighters").
        let noun = scan
            .match_ending_at(k, &w.sides)
            .map(|(_, start)| start)
            .or_else(|| scan.phrase_ending_at(&w.forces, k));
        let possessor = noun
            .filter(|&start| start > window.start)
            .and_then(|start| scan.possessor(start, window.start, w))
            .filter(|&(_, h)| scan.back_over(h, &[&w.determiners]) <= subject_from);
        if let Some((side, _)) = possessor {
            return Some(side.to_owned());
        }
        window
            .clone()
            .find_map(|j| {
                // ("Russia lost 40 soldiers": a country's name as the subject.)
                // (With whether it is a country's.)
                let side_or_country = |j: usize| {
                    scan.match_at(j, &w.sides)
                        .filter(|_| !scan.in_other_name(j, scan.t.folded(j), w))
                        .map(|(s, e)| (s, e, false))
                        .or_else(|| scan.match_at(j, &w.countries).map(|(s, e)| (s, e, true)))
                };
                let (side, _, country) = side_or_country(j).filter(|&(_, e, _)| {
                    e == k || e < k && scan.match_at(e, &w.sides).is_some_and(|(_, e2)| e2 == k)
                })?;
                let before = scan.back_over(j, &[&w.determiners]);
                // "Russia and Ukraine lost 70 soldiers", "Israel and Hamas lost…": a
                // subject of two sides is both; a country joined to a name of no side
                // ("Syria and Russia", "Les forces syriennes et la Russie") is none.
                // (A subject of its own: not "Les raids tuent 50 soldats et les
                // rebelles perdent 20 hommes".)
                if let Some(joiner) = scan
                    .phrase_ending_at(&w.category_joiners, before)
                    .filter(|&jn| !(subject_from..jn).any(|x| scan.in_figure(x)))
                {
                    // (Read forwards, longest names first: "The Free Syrian Army and
                    // Ahrar al-Sham" is no "Syrian Army".)
                    let end = scan.back_over(joiner, &[&w.determiners]);
                    let (mut h, mut other) = (subject_from, None);
                    while h < end {
                        match side_or_country(h) {
                            Some((s, e, _)) => {
                                if e == end {
                                    other = Some(s);
                                }
                                h = e;
                            }
                            None => h += 1,
                        }
                    }
                    match other {
                        Some(other) if other != side => return Some(joint(other, side)),
                        None if country => return None,
                        _ => {}
                    }
                }
                // A country opens the subject: not "The Azerbaijani army in Armenia",
                // "Separatists in eastern Ukraine", "Forces hostile to Russia".
                let opens = before <= subject_from
                    || scan.is_break(before - 1)
                    // (Or of a noun: "The armed forces of Ukraine", "L'armée de l'Ukraine".)
                    || [&w.clause_openers, &w.complementizers, &w.attribution_verbs, &w.complement]
                        .iter()
                        .any(|table| scan.phrase_ending_at(table, before).is_some())
                    || scan.periods.iter().any(|p| p.end == before);
                if country && !opens {
                    return None;
                }
                // "Rebels backed by Turkey lost 40 fighters": an agent's side is the
                // subject's backer; the subject's own side ends before its participle.
                let agent = before;
                match scan.phrase_ending_at(&w.agent, agent) {
                    None => Some(side.to_owned()),
                    Some(a) => (window.start..a.saturating_sub(1)).find_map(|h| {
                        scan.match_at(h, &w.sides)
                            .filter(|&(_, e)| e + 1 == a)
                            .map(|(side, _)| side.to_owned())
                    }),
                }
            })
            .or_else(|| self.claimant_side(scan, window, k))
    }

    /// The side of a claimant's noun in a verb's subject, tokens `window` before the
    /// verb's words at token `k` (`The Russian defence ministry` said it had lost…).
    fn claimant_side(&self, scan: &Scan<'_>, window: Range<usize>, k: usize) -> Option<String> {
        let w = &self.words;
        // "The Russian defence ministry said it had lost 40 soldiers", "Le
        // ministère russe de la Défense affirme avoir perdu 40 soldats": a side's
        // word (or a frame's: `russe`) qualifying the noun of a claimant
        // (`ministry`, `état-major`; not "The Ukrainian Red Cross said it had
        // lost 3 volunteers"), the subject's first side, at most three words
        // before the verb; in a subject of plain words ("The army said they had
        // killed 40 rebels and lost 12 soldiers" has a figure, a joiner and
        // verbs; "The pro-Russian separatist leader", a mark), not the
        // complement of another noun ("The commander of the Russian forces").
        // (After the side, a complement of the noun: "de la Défense".)
        let plain = |i: usize| {
            scan.t.kind(i) == Some(Kind::Word)
                && [&w.category_joiners, &w.attribution_verbs, &w.losses]
                    .iter()
                    .all(|table| scan.any_at(i, table).is_none())
                && scan.match_at(i, &w.categories).is_none()
        };
        let side_at = |j: usize| {
            scan.match_at(j, &w.sides)
                .filter(|_| !scan.in_other_name(j, scan.t.folded(j), w))
                .or_else(|| scan.match_at(j, &w.frame_sides))
        };
        let j = window.clone().find(|&j| side_at(j).is_some())?;
        let (side, e) = side_at(j)?;
        let claimant = window
            .clone()
            .any(|i| scan.any_at(i, &w.claimants).is_some());
        let words = claimant
            && e + 3 >= k
            // (A hyphen within a word, not one that ties the side to it:
            // "L'état-major ukrainien", not "pro-Russian".)
            && (window.start..j).all(|i| {
                let joint = i + 1 < j && matches!(scan.t.tok_text(i), "-" | "'" | "’");
                (plain(i) || joint) && scan.any_at(i, &w.complement).is_none()
            })
            && (e..k).all(plain);
        words.then(|| side.to_owned())
    }

    /// The side of the frame nearest before token `first` in its clause, which starts
    /// at token `clause_start`: "On the Israeli side, 12 soldiers were killed", "Côté
    /// ukrainien, 40 soldats…", "…, and on the rebel side, 12 fighters". A frame opens
    /// the clause or follows a comma (and an opener: "while", "et"), and its side ends
    /// at a comma, after the frame's last word if it has one ("side").
    fn frame_side(&self, scan: &Scan<'_>, clause_start: usize, first: usize) -> Option<String> {
        let w = &self.words;
        let t = &scan.t;
        let opens = |s: usize| {
            s == clause_start
                || t.tok_text(s - 1) == ","
                || (clause_start + 1..s).any(|o| {
                    t.tok_text(o - 1) == ","
                        && scan.any_at(o, &w.clause_openers).is_some_and(|e| e == s)
                })
        };
        // (Not past a clause opened after it: "Du côté de Tsahal, 12 soldats ont été
        // tués, tandis que le Hamas a perdu 300 combattants".)
        let opened = |from: usize| {
            (from + 1..first)
                .any(|o| t.tok_text(o - 1) == "," && scan.any_at(o, &w.clause_openers).is_some())
        };
        (clause_start..first).rev().find_map(|s| {
            let k = scan.any_at(s, &w.frames)?;
            let (side, e) = scan
                .match_at(k, &w.sides)
                .or_else(|| scan.match_at(k, &w.frame_sides))?;
            let e = scan.any_at(e, &w.frame_ends).unwrap_or(e);
            (e < first && t.tok_text(e) == "," && opens(s) && !opened(e)).then(|| side.to_owned())
        })
    }

    /// The side named nearest before token `to`, back to `from`, agents included.
    fn last_side_in(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        // Read forwards, longest names first: "Free Syrian Army" is no "Syrian Army".
        let mut last = None;
        let mut i = from;
        while i < to {
            match scan.match_at(i, &self.words.sides) {
                Some((side, e)) => {
                    // ("The death toll from Russian strikes rose to 40": an attack's
                    // author is no side of its victims.)
                    let author = scan.any_at(e, &self.words.attacks).is_some();
                    if e <= to && !author && !self.aside(scan, (from, to), i) {
                        last = Some(side);
                    }
                    i = e;
                }
                None => i += 1,
            }
        }
        last.map(str::to_owned)
    }

    /// Whose part of `side` a figure counts ([`Faction`]), by the names of `side` in
    /// the token ranges `windows` (its own words, a marker's after them, or the subject
    /// of its verb): the faction, when they name one faction only, whatever other words
    /// of the side qualify it ("14 hommes du Front al-Nosra", "miliciens du Hezbollah",
    /// "Kurdish YPG fighters"); the side, when they name the side alone, two factions,
    /// or names joined by a joiner or a comma ("The army and Hezbollah lost 40 men",
    /// "Hezbollah and its allies lost 80 fighters"); no one, when they name none of
    /// it. An attack's author is none ("20 rebels died in a Hezbollah ambush").
    ///
    /// Not a name after an agent's, an opponent's or an attack's word ("Government
    /// forces supported by Hezbollah lost 60 men", "L'ASL perd 40 combattants face au
    /// Front al-Nosra", "L'attaque du Front al-Nosra … laisse 40 morts"),
    /// nor one glued by a hyphen ("the Hezbollah-led offensive"). Read twice in one
    /// pass: without, then with, the nouns that name the side only by default ("45
    /// militiamen" after "The NDF lost").
    fn factions(
        &self,
        scan: &Scan<'_>,
        side: &str,
        windows: &[(usize, usize)],
    ) -> (Faction, Faction) {
        let t = &scan.t;
        let w = &self.words;
        // Without the nouns of the side by default, then with them.
        let mut named = [false; 2];
        let mut side_only = [false; 2];
        let mut key: Option<&str> = None;
        let mut two_keys = false;
        for &(from, to) in windows {
            // (A joiner or a comma opening it is the clause's: "…, and Hezbollah lost".)
            let mut from = from;
            while from < to
                && (t.tok_text(from) == "," || scan.any_at(from, &w.category_joiners).is_some())
            {
                from = scan
                    .any_at(from, &w.category_joiners)
                    .unwrap_or(from + 1)
                    .max(from + 1);
            }
            let mut here = [false; 2];
            let mut i = from;
            while i < to {
                // (Or a possessor: "Hezbollah's losses were 30".)
                let possessor = || {
                    let at = scan.possessive_end(i)?;
                    let (s, h) = scan.possessive_name(at, from, &w.sides, w)?;
                    Some((s, at, h))
                };
                let Some((s, e, start)) = scan
                    .match_at(i, &w.sides)
                    .map(|(s, e)| (s, e, i))
                    .or_else(possessor)
                else {
                    i += 1;
                    continue;
                };
                let before = scan.back_over(start, &[&w.determiners]);
                let counts = s == side
                    && e <= to
                    && scan.any_at(e, &w.attacks).is_none()
                    && t.tok_text(e) != "-"
                    && scan.phrase_ending_at(&w.agent, before).is_none()
                    && scan.phrase_ending_at(&w.opponent, before).is_none()
                    && !scan
                        .phrase_ending_at(&w.enemy, before)
                        .is_some_and(|s| self.enemy_at(scan, s))
                    && scan.phrase_ending_at(&w.attacks, before).is_none();
                if counts {
                    here[1] = true;
                    here[0] |= scan.any_at(start, &w.default_sides).is_none();
                    let faction = scan.match_at(start, &w.factions).filter(|&(_, fe)| fe == e);
                    let faction = faction.or_else(|| {
                        scan.possessive_name(e, start, &w.factions, w)
                            .filter(|&(_, h)| h == start)
                            .map(|(f, _)| (f, e))
                    });
                    match faction {
                        Some((f, _)) if key.is_none_or(|k| k == f) => key = Some(f),
                        Some(_) => two_keys = true,
                        None => {}
                    }
                }
                i = e.max(i + 1);
            }
            let joined = (from..to)
                .any(|j| t.tok_text(j) == "," || scan.any_at(j, &w.category_joiners).is_some());
            for n in 0..2 {
                named[n] |= here[n];
                side_only[n] |= two_keys || here[n] && joined;
            }
        }
        let faction = |n: usize| match key {
            _ if !named[n] => Faction::Unnamed,
            Some(k) if !side_only[n] => Faction::Named(k.to_owned()),
            _ => Faction::Side,
        };
        (faction(0), faction(1))
    }

    /// The subject of the verb right before a figure at token `first` (of losses, a
    /// side's marker, a copula or a total's verb), from token `from` on, past a mark
    /// and past a report's verb ("The FSA said rebels lost 40 fighters" are the
    /// rebels'); with `gapped`, the subject of a verb left out, right before the
    /// figure ("…, and the army 40 men"). Empty when there is none.
    fn faction_subject(
        &self,
        scan: &Scan<'_>,
        first: usize,
        from: usize,
        gapped: bool,
    ) -> (usize, usize) {
        let w = &self.words;
        let subject = |verb: usize| {
            let start = from.min(verb);
            let start = (start..verb)
                .rev()
                .find(|&j| {
                    scan.is_break(j)
                        || scan.any_at(j, &w.attribution_verbs).is_some()
                        || scan.any_at(j, &w.complementizers).is_some()
                })
                .map_or(start, |j| j + 1);
            (start, verb)
        };
        [
            &w.losses,
            &w.side_markers,
            &w.copulas,
            &w.amounts_to,
            &w.admissions,
        ]
        .iter()
        .find_map(|table| scan.phrase_ending_at(table, first))
        .map(|a| self.verb_start(scan, a))
        .or_else(|| gapped.then_some(first))
        .map_or((0, 0), |verb| {
            let (start, verb) = subject(verb);
            // "HTS said it lost 20 fighters": a pronoun stands for the report's
            // subject; so does none ("Hayat Tahrir al-Cham affirme avoir perdu 20
            // combattants", "HTS claimed to have lost 20 fighters").
            let pronoun = (start..verb).all(|j| scan.any_at(j, &w.pronouns).is_some());
            let report = scan.back_over(start, &[&w.attribution_verbs, &w.complementizers]);
            if pronoun && report < start {
                subject(report)
            } else {
                (start, verb)
            }
        })
    }

    /// [`Self::factions`] with the nouns of the side by default.
    fn faction(&self, scan: &Scan<'_>, side: &str, windows: &[(usize, usize)]) -> Faction {
        self.factions(scan, side, windows).1
    }

    /// The first name in tokens `from..to` that is not a side's.
    fn name_in(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        let mut i = from;
        while i < to {
            if let Some((_, e)) = scan.match_at(i, &self.words.sides) {
                i = e;
                continue;
            }
            if let Some(name) = proper_noun(scan.t, i, &self.names) {
                return Some(name);
            }
            i += 1;
        }
        None
    }

    /// The first side named in tokens `from..to`, agents included, but for one in a
    /// phrase set off by commas after an opponent's or an agent's word.
    fn first_side_in(&self, scan: &Scan<'_>, from: usize, to: usize) -> Option<String> {
        let mut i = from;
        while i < to {
            if let Some((side, e)) = scan.match_at(i, &self.words.sides) {
                if e <= to && !self.aside(scan, (from, to), i) {
                    return Some(side.to_owned());
                }
                i = e;
                continue;
            }
            i += 1;
        }
        None
    }

    /// Whether the side at token `at` stands in a phrase set off by commas before the
    /// verb at `to` after an opponent's or an agent's word ("Government forces, fighting
    /// against the rebels, retook…", "Les rebelles, soutenus par l'armée turque,
    /// prennent…"): not the verb's subject.
    fn aside(&self, scan: &Scan<'_>, (from, to): (usize, usize), at: usize) -> bool {
        let comma = |i: &usize| scan.t.tok_text(*i) == ",";
        let closed = (at..to).any(|i| comma(&i));
        let opened = (from..at).rev().find(comma);
        // The phrase opens on its participle, not on a noun of people ("fighters from
        // the FSA, backed by Turkish troops, captured…": the fighters act).
        closed
            && opened.is_some_and(|o| {
                (o + 1..at)
                    .take_while(|&i| {
                        scan.any_at(i, &self.words.people).is_none()
                            && scan.match_at(i, &self.words.sides).is_none()
                    })
                    .any(|i| {
                        scan.any_at(i, &self.words.opponent).is_some()
                            || scan.any_at(i, &self.words.agent).is_some()
                    })
            })
    }

    /// The side of a figure from a marker before it, back to the previous figure:
    /// "les pertes de l'armée syrienne ont été de 92 morts", "les loyalistes perdent
    /// 14 hommes" (not "une attaque des djihadistes laisse 40 morts": a complement
    /// is not the subject).
    fn marker_side_before(&self, scan: &Scan<'_>, from: usize, first: usize) -> Option<String> {
        (from..first).rev().find_map(|i| {
            let k = scan.any_at(i, &self.words.side_markers)?;
            if let Some(side) = self.side_in(scan, k, (k + 4).min(first), false) {
                return Some(side);
            }
            let start = i.saturating_sub(4).max(from);
            (start..i).rev().find_map(|j| {
                let (side, end) = scan.match_at(j, &self.words.sides)?;
                let complement = j > 0 && scan.any_at(j - 1, &self.words.complement).is_some();
                // "Les djihadistes de Daech perdent": the group named after them.
                (end <= i && !complement)
                    .then(|| self.named_after(scan, end, i).unwrap_or(side).to_owned())
            })
        })
    }

    /// Whether a figure starting at token `first` is joined to the figure before it,
    /// which ends at token `previous_end`, so as to share the qualifier written before
    /// that one: by a joiner, with only that figure's noun phrase between (`au moins
    /// 32 soldats loyalistes et 40 rebelles`, `at least 92 dead and 112 wounded`), or
    /// by a comma in a list that goes on to a next figure (`au moins 32 soldats, 40
    /// rebelles et 7 civils`; not `at least 27 people inside the city, 20 of them
    /// fighters`). Not across a clause (`plus de 30 civils ont été tués et 12 soldats
    /// blessés`: a second verb, a count of its own), a mark, a sub-count, a side
    /// marker, a source or a date.
    fn joined_figures(
        &self,
        scan: &Scan<'_>,
        attributions: &[(usize, String)],
        n: usize,
        previous_end: usize,
    ) -> bool {
        let link = |from: usize, to: usize| -> Option<bool> {
            let t = &scan.t;
            // A source in brackets between is no word of theirs ("lost 92 soldiers
            // (according to X) and 261 (according to Y)"): the words left, at most 8.
            let mut kept = [0; 9];
            let mut len = 0;
            let mut i = from;
            while i < to && len < kept.len() {
                let past = past_bracketed_source(scan, attributions, i);
                if past > i && past <= to {
                    i = past;
                } else {
                    kept[len] = i;
                    len += 1;
                    i += 1;
                }
            }
            if to <= from || len > 8 {
                return None;
            }
            let between = &kept[..len];
            let noun = between
                .iter()
                .copied()
                .find(|&i| scan.any_at(i, &self.words.determiners).is_none());
            let plain = !between.iter().any(|&i| {
                scan.is_break(i) && t.tok_text(i) != ","
                    || scan.any_at(i, &self.words.side_markers).is_some()
                    || scan.any_at(i, &self.words.attribution_verbs).is_some()
                    || scan.any_at(i, &self.words.sub_counts).is_some()
                    || Some(i) != noun && scan.match_at(i, &self.words.categories).is_some()
                    || attributions.iter().any(|(a, _)| *a == i)
                    || scan.periods.iter().any(|p| p.first == i)
            });
            if !plain {
                return None;
            }
            // Joined by a joiner (true) or a comma (false); a side may stand after the
            // joiner or the comma, the subject of the verb left out ("Les rebelles
            // perdent 80 combattants et les loyalistes 40 soldats", "…, the army 40
            // men").
            if between
                .iter()
                .any(|&i| scan.any_at(i, &self.words.category_joiners) == Some(to))
                || self.subject_left_out(scan, to).is_some()
            {
                Some(true)
            } else {
                (t.tok_text(to - 1) == ",").then_some(false)
            }
        };
        let Some((_, first, end)) = scan.quantities.get(n) else {
            return false;
        };
        match link(previous_end, *first) {
            Some(true) => true,
            Some(false) => scan
                .quantities
                .get(n + 1)
                .is_some_and(|(_, next, _)| link(*end, *next).is_some()),
            None => false,
        }
    }

    /// Lists of figures paired with lists of sources or sides by a word of
    /// `respectively` ("The SOHR and Al-Masdar News reported 261 and 92 loyalist
    /// deaths respectively", "L'OSDH et Al-Masdar News font état respectivement de 261
    /// et 92 morts", "The rebels and the army lost 40 and 60 fighters respectively"):
    /// for each figure of such a list, the list's last figure and the source or side in
    /// the same place in the list named before the figures in their clause (or, for
    /// sources, after an agent after them). Empty when the sentence has no such word,
    /// or its lists do not match: as many figures as names, the names joined by commas
    /// and joiners only, the word right after the list's words or right before its
    /// first figure.
    fn respective(
        &self,
        scan: &Scan<'_>,
        marks: &Marks<'_>,
        attributions: &[(usize, String)],
    ) -> Vec<Option<(usize, Gap)>> {
        let t = &scan.t;
        let figures = &scan.quantities;
        // (A list has two figures at least: most sentences are not searched.)
        if figures.len() < 2 {
            return Vec::new();
        }
        let Some(word) = (0..t.len()).find(|&i| scan.any_at(i, &self.words.respectively).is_some())
        else {
            return Vec::new();
        };
        // No break but a comma between tokens `from..to`, and no figure.
        let plain = |from: usize, to: usize| {
            !(from..to).any(|i| scan.is_break(i) && t.tok_text(i) != "," || scan.in_figure(i))
        };
        // Figures `m` and `m + 1` are one list: a comma or a joiner between them, with
        // their nouns ("261 loyalist deaths and 92 loyalist deaths"), no source.
        let linked = |m: usize| {
            let (_, _, end) = figures[m];
            let Some((_, next, _)) = figures.get(m + 1) else {
                return false;
            };
            *next <= end + 8
                && plain(end, *next)
                && !attributions.iter().any(|(a, _)| (end..*next).contains(a))
                && (t.tok_text(next - 1) == ","
                    || (end..*next).any(|i| scan.any_at(i, &self.words.category_joiners).is_some()))
        };
        // The list the word closes or opens.
        let Some(edge) = (0..figures.len()).find(|&m| {
            let (_, first, end) = figures[m];
            (word >= end
                && word <= end + 16
                && plain(end, word)
                && !(m + 1 < figures.len() && linked(m)))
                || (word < first && word + 3 >= first && plain(word + 1, first))
        }) else {
            return Vec::new();
        };
        let (a, last) = if word < figures[edge].1 {
            let last = (edge..figures.len())
                .find(|&m| !linked(m))
                .unwrap_or(figures.len() - 1);
            (edge, last)
        } else {
            let a = (0..edge).rev().find(|&m| !linked(m)).map_or(0, |m| m + 1);
            (a, edge)
        };
        if last == a {
            return Vec::new();
        }
        let first = figures[a].1;
        let count = last - a + 1;
        // The sources named in the clause before the list ("The SOHR and Al-Masdar News
        // reported…"), else those after an agent right after it ("…put at 261 and 92
        // by the SOHR and Al-Masdar News respectively").
        let last_end = figures[last].2;
        let subject = (marks.clause_start(first), first);
        let after = (last_end..word)
            .find_map(|k| scan.any_at(k, &self.words.agent))
            .map(|e| self.joined_names(scan, (e, word), false, false))
            .filter(|run| run.len() == count);
        let (run, sides) = match after {
            Some(run) => (run, false),
            None => match self.joined_names(scan, subject, true, false) {
                run if run.len() == count => (run, false),
                _ => (self.joined_names(scan, subject, true, true), true),
            },
        };
        // (Where the last side's name starts.)
        let last_name = sides
            .then(|| {
                self.joined_run(scan, subject, true, true)
                    .last()
                    .map(|&(k, _)| k)
            })
            .flatten();
        if run.len() == 1 && last_name.is_some_and(|k| self.toll_side(scan, k, first)) {
            let mut paired = vec![None; figures.len()];
            for slot in &mut paired[a..=last] {
                *slot = Some((last, Gap::Side(run[0].clone())));
            }
            return paired;
        }
        if run.len() != count {
            return Vec::new();
        }
        let whose = match last_name {
            Some(name) => self.whose(scan, marks, name, first, (last_end, word)),
            None => Whose::Own,
        };
        let names: Vec<String> = match whose {
            Whose::Own => run,
            Whose::Enemy if count == 2 => run.into_iter().rev().collect(),
            Whose::Enemy | Whose::NoOne => vec!["unknown".to_owned(); count],
        };
        let mut paired = vec![None; figures.len()];
        for (slot, name) in paired[a..=last].iter_mut().zip(names) {
            *slot = Some((
                last,
                if sides {
                    Gap::Side(name)
                } else {
                    Gap::Source(name)
                },
            ));
        }
        paired
    }

    /// Whether the one side's name at token `k`, alone in a list's clause before its
    /// first figure at token `first`, is whose all the list's figures count: right
    /// before a toll's or losses' noun, its dead or its people killed, or right after
    /// the French noun ("Israeli and Palestinian sources put the Palestinian death toll
    /// at 1,100 and 1,400 respectively", "…estimated Russian dead at…", "…estiment les
    /// pertes arméniennes à…").
    fn toll_side(&self, scan: &Scan<'_>, k: usize, first: usize) -> bool {
        let w = &self.words;
        let t = &scan.t;
        // (Not the last of names joined or glued: "Iran's and Israel's losses",
        // "Russia's civilian casualties".)
        let b = scan.back_over(k, &[&w.determiners]);
        let named = b == 0
            || t.tok_text(b - 1) == ","
            || scan.phrase_ending_at(&w.category_joiners, b).is_some()
            || scan.possessive_before(b).is_some();
        let toll = |i: usize| {
            scan.any_at(i, &w.loss_tolls).is_some() || scan.any_at(i, &w.tolls).is_some()
        };
        // (Not a noun that names the side by default: "the number of enemy soldiers
        // killed".)
        !named
            && scan.any_at(k, &w.default_sides).is_none()
            && ((k + 1..first.min(k + 3)).any(toll)
                || [k + 1, k + 2].into_iter().any(|i| {
                    i < first
                        && scan.match_at(i, &w.categories).is_some()
                        && (i == k + 1 || scan.any_at(k + 1, &w.people).is_some())
                })
                || scan.phrase_ending_at(&w.loss_tolls, b).is_some()
                || scan.phrase_ending_at(&w.tolls, b).is_some())
    }

    /// Whose people a list paired with sides by "respectively" counts ([`Whose`]), by
    /// the words after the last side's name, which starts at token `name`, up to the
    /// list's first figure at token `first`, and the figures' own words up to the
    /// last figure's end `last_end` or the word "respectively" at `word`: the people
    /// two sides took, held, freed or killed, or their enemies, are each the other's
    /// ("Russia and Ukraine took 120 and 45 prisoners respectively": 120 Ukrainians);
    /// the figures sides claimed or reported, of no losses of theirs named or
    /// admitted, are no one's ("Russia and Ukraine reported 700 and 400 soldiers killed
    /// respectively"); else their own losses and forces.
    fn whose(
        &self,
        scan: &Scan<'_>,
        marks: &Marks<'_>,
        name: usize,
        first: usize,
        (last_end, word): (usize, usize),
    ) -> Whose {
        let w = &self.words;
        let t = &scan.t;
        let names_end = name + 1;
        // ("Hamas's and Israel's hostages numbered 240 and 7,000": the possessors'
        // captives.)
        let held = scan.possessive_end(name).is_some()
            && (names_end..first).any(|i| {
                scan.match_at(i, &w.categories)
                    .is_some_and(|(c, _)| c == "captured")
            });
        let words_end = (word.max(last_end) + 4).min(t.len());
        // (The verb right before the list, or its "respectivement".)
        let verb_end = scan
            .phrase_ending_at(&w.respectively, first)
            .unwrap_or(first);
        let any = |tables: &[&Phrases<()>], from: usize, to: usize| {
            (from..to).any(|i| tables.iter().any(|table| scan.any_at(i, table).is_some()))
        };
        // The enemy's people: "700 and 400 enemy soldiers", "soldats ennemis", "enemy
        // losses of…", "pertes ennemies", "the enemy had lost…"; not an enemy that
        // struck the sides' own ("lost 700 and 400 soldiers respectively to enemy
        // fire").
        let hostile = (names_end..words_end).any(|i| {
            scan.any_at(i, &w.hostile).is_some_and(|e| {
                i == last_end
                    || i == last_end + 1 && t.kind(last_end) == Some(Kind::Word)
                    || scan.any_at(e, &w.loss_tolls).is_some()
                    || scan.phrase_ending_at(&w.loss_tolls, i).is_some()
                    || scan
                        .any_at(self.skip_auxiliaries(scan, e).0, &w.losses)
                        .is_some()
            })
        });
        // (Captives taken, not casualties: "took 300 and 120 casualties"; or casualties
        // inflicted: "inflicted 700 and 400 casualties on the enemy".)
        let taken = scan.phrase_ending_at(&w.captors, verb_end).is_some()
            && !any(&[&w.loss_tolls], first, words_end)
            || scan.phrase_ending_at(&w.inflicted, verb_end).is_some();
        if held
            || taken
            || hostile
            || marks
                .category_ending_at(verb_end)
                .is_some_and(|c| PEOPLE_FATES.contains(&c))
        {
            Whose::Enemy
        } else if any(&[&w.attribution_verbs, &w.participles], names_end, first)
            && !any(
                &[&w.loss_tolls, &w.losses, &w.admissions],
                names_end,
                words_end,
            )
        {
            Whose::NoOne
        } else {
            Whose::Own
        }
    }

    /// The registry sources (or, with `sides`, the sides) named one after another in
    /// tokens `from..to`, each right after a comma or a joiner that ends the name before
    /// it, all different: the last such run ("The SOHR said the army and SANA…" joins
    /// no SOHR to SANA). With `subject`, not a name after an agent or a place ("In a
    /// report cited by AFP, the SOHR and Al-Masdar News reported…": the SOHR and
    /// Al-Masdar News). A side joins the next after any words of its own ("rebel
    /// fighters and government troops").
    fn joined_names(
        &self,
        scan: &Scan<'_>,
        window: (usize, usize),
        subject: bool,
        sides: bool,
    ) -> Vec<String> {
        self.joined_run(scan, window, subject, sides)
            .into_iter()
            .map(|(_, s)| s)
            .collect()
    }

    /// [`Extractor::joined_names`], each name with its first token.
    fn joined_run(
        &self,
        scan: &Scan<'_>,
        (from, to): (usize, usize),
        subject: bool,
        sides: bool,
    ) -> Vec<(usize, String)> {
        let t = &scan.t;
        // Each name's first token and key.
        let mut named: Vec<(usize, String)> = Vec::new();
        for k in from..to {
            if t.kind(k) != Some(Kind::Word) {
                continue;
            }
            if subject
                && (self.after_agent(scan, k)
                    || self.ends_before(scan, &self.words.place_before, k))
            {
                continue;
            }
            // (A side that the registry knows as a source is a side here: "Selon
            // l'OSDH, les rebelles et les loyalistes ont perdu respectivement…".)
            // (Or after its article, which a source's name may start with: "L'armée
            // syrienne et l'Armée syrienne libre ont perdu…" named no source.)
            let side = scan
                .match_at(k, &self.words.sides)
                .or_else(|| {
                    let at = scan.past(k, &self.words.determiners, to);
                    (at > k && !sides)
                        .then(|| scan.match_at(at, &self.words.sides))
                        .flatten()
                })
                .filter(|(_, e)| *e <= to)
                .map(|(side, _)| side.to_owned());
            // (Sides only: a country, a frame's adjective or a possessor: "Russia and
            // Ukraine lost…", "Israeli and Palestinian casualties…", "The army's and
            // the rebels' losses…".)
            let other_side = || {
                let w = &self.words;
                [&w.countries, &w.frame_sides]
                    .iter()
                    .find_map(|table| scan.match_at(k, table).filter(|(_, e)| *e <= to))
                    .or_else(|| {
                        let e = scan.possessive_end(k).filter(|&e| e <= to)?;
                        scan.possessor(e, from, w).filter(|&(_, h)| h == k)
                    })
                    .map(|(side, _)| side.to_owned())
            };
            let name = if sides {
                side.or_else(other_side)
            } else if side.is_some() {
                None
            } else {
                self.source_in(scan.names(), k, to, true)
            };
            let Some(key) = name else {
                continue;
            };
            // ("the Syrian Observatory": one name, though "Observatory" names it too.)
            // (A side named again after other words is named anew: "Russia and Ukraine
            // put Ukrainian and Russian losses at…".)
            if named
                .last()
                .is_some_and(|(j, s)| *s == key && (!sides || k <= j + 1))
            {
                continue;
            }
            named.push((k, key));
        }
        let joined = |earlier: usize, later: usize| {
            let before = scan.back_over(later, &[&self.words.determiners]);
            let mark = if before > earlier && t.tok_text(before - 1) == "," {
                Some(before - 1)
            } else {
                scan.phrase_ending_at(&self.words.category_joiners, before)
            };
            // (A comma before the joiner: "The SOHR, SANA, and AFP"; a side may have
            // words of its own.)
            let ends_at = |m: usize| {
                sides
                    || self
                        .source_run(scan.names(), earlier, m, true, true)
                        .is_some()
            };
            mark.filter(|&m| m > earlier).is_some_and(|m| {
                ends_at(m) || m > earlier + 1 && t.tok_text(m - 1) == "," && ends_at(m - 1)
            })
        };
        let run_start = (1..named.len())
            .rev()
            .find(|&i| !joined(named[i - 1].0, named[i].0))
            .unwrap_or(0);
        let run = named.split_off(run_start);
        let distinct = run
            .iter()
            .enumerate()
            .all(|(i, (_, s))| run[..i].iter().all(|(_, o)| o != s));
        if distinct {
            run
        } else {
            Vec::new()
        }
    }

    /// For each figure of the sentence, the last figure of the list it heads or is in:
    /// the figures joined one to the next after it (`40 morts, 60 blessés et 12
    /// disparus`); the figure itself when none is joined to it.
    fn list_ends(&self, scan: &Scan<'_>, attributions: &[(usize, String)]) -> Vec<usize> {
        let count = scan.quantities.len();
        let mut ends: Vec<usize> = (0..count).collect();
        for m in (0..count.saturating_sub(1)).rev() {
            if self.joined_figures(scan, attributions, m + 1, scan.quantities[m].2) {
                ends[m] = ends[m + 1];
            }
        }
        ends
    }

    /// Whether a date after a report verb at token `verb` and before a figure at token
    /// `first` is the report's: a complementizer (`que`, `that`; its tokens in
    /// `complementizers`, in order) stands between the date and the figure, none
    /// between the verb and the date.
    fn opens_report(complementizers: &[usize], verb: usize, p: &Period, first: usize) -> bool {
        verb < p.first
            && any_in(complementizers, p.end, first)
            && !any_in(complementizers, verb, p.first)
    }

    fn body(&mut self, sentence: &Sentence, scan: &Scan<'_>, ctx: &mut ParagraphContext) {
        let t = &scan.t;
        let marks = Marks::new(scan, self.words);
        let cited = Cited::new(self.article, sentence);
        let attributions = self.attributions(scan, &marks);
        self.name_sources(&attributions);
        // Where an in-text source reports with a verb ("l'OSDH affirme"), in order.
        let reports: Vec<usize> = attributions
            .iter()
            .map(|(a, _)| *a)
            .filter(|&a| scan.any_at(a, &self.words.attribution_verbs).is_some())
            .collect();
        // Where "que", "that" stand, when a source reports with a verb.
        let complementizers: Vec<usize> = if reports.is_empty() {
            Vec::new()
        } else {
            (0..t.len())
                .filter(|&i| scan.any_at(i, &self.words.complementizers).is_some())
                .collect()
        };
        // The places named in the sentence, found at its first figure.
        let places = OnceCell::new();
        let attributed = attributions.first().map(|(_, s)| s.clone());
        if scan.quantities.is_empty() {
            // The paragraph's losses: "Les pertes des djihadistes et des rebelles ne sont
            // pas connues…"; its topic: "Le nombre de ses défenseurs varie…".
            let side = (0..t.len()).find_map(|i| {
                scan.any_at(i, &self.words.side_markers)
                    .and_then(|k| self.side_in(scan, k, (k + 4).min(t.len()), false))
            });
            if side.is_some() {
                ctx.side = side;
            }
            // Not an event's verb ("The rebels captured the town": no prisoners).
            let category = (0..t.len()).find_map(|i| {
                scan.match_at(i, &self.words.categories)
                    .filter(|(name, _)| !NOUN_ONLY.contains(name))
                    .filter(|_| scan.match_at(i, &self.words.events).is_none())
                    .map(|(name, _)| name.to_owned())
            });
            if category.is_some() {
                ctx.category = category;
            }
        }
        let same_time = (0..t.len()).any(|i| scan.any_at(i, &self.words.same_time).is_some());
        // Where each figure's list ends, found at the first figure that needs it.
        let list_ends = OnceCell::new();
        // Figures paired with sources or sides, in order, by "respectively".
        let respective = self.respective(scan, &marks, &attributions);
        // Each in-text source with the sources named with it, found at the first figure
        // it is the source of (the attributions stand in token order, one a token).
        let joints: Vec<OnceCell<(String, Vec<String>)>> =
            attributions.iter().map(|_| OnceCell::new()).collect();
        // The sentence's site, looked for at its first claim.
        let site = OnceCell::new();
        let mut last_own: Option<Period> = None;
        let mut sentence_claims: Vec<usize> = Vec::new();
        let mut sub_parent: Option<usize> = None;
        let mut previous_end = 0;
        let mut previous_stop = 0;
        // The last figure claimed: its index, and the qualifier written before it.
        let mut last_claimed: Option<(usize, Option<Qualifier>)> = None;
        // The last figure claimed, or a measure right after it ("300 morts en deux
        // semaines selon l'OSDH, et 450 selon d'autres sources"): a rival comes next.
        let mut rival_link: Option<usize> = None;
        // Whether the last figure claimed was counted by a verb of losses before it.
        let mut lost_before = false;
        // The last figure claimed: its claim, the token after it, and whether it is a
        // total after its verb ("le bilan s'élève à 270").
        let mut rival_before: Option<(usize, usize, bool)> = None;
        // A bare total right before a colon: the colon and its claim ("Le bilan s'élève à
        // 500 : 261 soldats, 124 rebelles et 115 civils").
        let mut colon_total: Option<(usize, usize)> = None;
        for (n, (q, first, end)) in scan.quantities.iter().enumerate() {
            let next_first = scan.quantities.get(n + 1).map_or(t.len(), |(_, f, _)| *f);
            // The next figure that counts people, whose verb a category word right
            // before it is ("killed 200 rebels"; not "killed 10 km north of…").
            let next = Some(next_first).filter(|&f| self.counted_object(scan, f));
            // Clauses end at ";" (and, for what a figure's words say, at a sub-count).
            let clause_start = marks.clause_start(*first);
            let clause_end = marks.clause_end(*end, t.len());
            let words_end = marks.words_end(*end, t.len());
            // Sub-counts: "dont" between the previous figure and this one.
            // Or a part marked after it: "27 people, 20 of them fighters".
            let dont = any_in(&marks.sub_counts, previous_end, *first)
                || scan.any_at(*end, &self.words.sub_counts_after).is_some();
            // "au moins 32 soldats loyalistes et 40 rebelles": the 40 are at least 40.
            let shared = last_claimed
                .filter(|(k, _)| k + 1 == n)
                .and_then(|(_, leading)| leading)
                .filter(|_| !dont && self.joined_figures(scan, &attributions, n, previous_end))
                .and_then(|leading| self.reader.shared(q, leading));
            let q = shared.as_ref().unwrap_or(q);
            // "les loyalistes perdent 40 soldats et 20 miliciens": the verb of losses
            // counts the figures joined to its own.
            let lost_here = self.lost(scan, *first);
            let lost_joined = !lost_here
                && lost_before
                && last_claimed.is_some_and(|(k, _)| k + 1 == n)
                && !dont
                && self.joined_figures(scan, &attributions, n, previous_end);
            if dont {
                // Parts may have parts: "90 officiers … dont 11 généraux".
                sub_parent = sentence_claims.last().copied();
            } else if sub_parent.is_some() {
                // The list of parts goes on through commas and "et", not past a date or a
                // new "de" list item. (Dates come in order, one after another: the first
                // after the previous figure is the first to end.)
                // Nor past the bracket that held it, or a verb of its own ("killed 40
                // people (including 12 children) and wounded 60").
                // (Only the bracket opened before its `including`: "including 12
                // children (according to the SOHR) and 8 women" goes on.)
                let closes_list = |c: usize| {
                    let open = unmatched(t, (0..c).rev(), (")", "("));
                    let marker = marks.sub_counts.iter().rev().find(|&&m| m < c);
                    matches!((open, marker), (Some(o), Some(&m)) if o < m)
                };
                let restarts = (previous_end..*first).any(|i| {
                    scan.any_at(i, &self.words.list_restart).is_some()
                        || t.tok_text(i) == ")" && closes_list(i)
                }) || marks.categories.iter().any(|&(s, _, e)| {
                    s >= previous_end
                        && s < *first
                        // Nor past the total's verb and a comma after it ("…, including
                        // 426 children, died in the attack, according to X, while Y's
                        // estimate was 281").
                        && (e == *first
                            || (e..*first).any(|i| matches!(t.tok_text(i), "," | ";")))
                }) || scan
                    .periods
                    .get(scan.periods.partition_point(|p| p.first < previous_end))
                    .is_some_and(|p| p.end <= *first);
                if restarts {
                    sub_parent = None;
                }
            }
            // The previous figure's words ("tuent 50 soldats et perdent 20 hommes": the
            // soldats are the 50's) are not this one's.
            let figure_start = previous_stop.max(previous_end);
            previous_end = *end;
            // The figure's noun: its first word after determiners; its phrase runs to a
            // mark or the next figure (six words at most).
            // "le bilan passe à 270 selon l'OSDH": a source is no noun ("40 morts pour
            // la plupart des civils" names none).
            // "45 « terroristes »", "12 \"terrorists\"": a noun in quotation marks is
            // the figure's noun still.
            // "261 (selon l'OSDH) loyalistes": a source in brackets right after the
            // figure stands before its noun; so do its parts ("120 (including 30
            // children) civilian deaths"), and so does a place ("20 (Homs) rebels").
            let lead = match self.past_alternative_bracket(scan, n) {
                Some(e) => e,
                None => match past_bracketed_source(scan, &attributions, *end) {
                    e if e > *end => e,
                    _ => self
                        .past_bracketed_place(scan, *end)
                        .unwrap_or_else(|| self.past_bracketed_parts(scan, *end)),
                },
            };
            // (The next figure after them: the parts' figures are inside.)
            let next_first = if lead > *end {
                scan.quantities
                    .get(n + 1..)
                    .and_then(|rest| rest.iter().find(|(_, f, _)| *f >= lead))
                    .map_or(t.len(), |(_, f, _)| *f)
            } else {
                next_first
            };
            // "entre 92 (selon Al-Masdar News) et 261 (selon l'OSDH) loyalistes", "92
            // (according to X) or 261 soldiers": a figure whose source in brackets is
            // followed by an alternative's or a range's closing word and the next figure
            // has that figure's noun.
            // ("8 000 (selon HRW) à 25 000 (selon l'ONU) morts": some words only
            // when the next figure has its source in brackets too.)
            let (lead, next_first) = match scan.quantities.get(n + 1) {
                Some((_, f, e))
                    if lead > *end
                        && self.alternative_at(
                            scan,
                            *first,
                            lead,
                            past_bracketed_source(scan, &attributions, *e) > *e,
                        ) == Some(*f) =>
                {
                    let after = scan.quantities.get(n + 2).map_or(t.len(), |(_, f, _)| *f);
                    (past_bracketed_source(scan, &attributions, *e), after)
                }
                // A bracket with another figure right after it is not before this
                // one's noun ("tué 40 (selon l'OSDH) et 60 personnes…", "à 18 heures").
                Some(_) if next_first <= lead + 1 => (
                    *end,
                    scan.quantities.get(n + 1).map_or(t.len(), |(_, f, _)| *f),
                ),
                _ => (lead, next_first),
            };
            // "261 and 92 loyalist deaths respectively": a bare figure of such a list
            // has its last figure's noun.
            let (lead, next_first) = match respective.get(n) {
                Some(Some((last, _)))
                    if *last > n
                        && (t.tok_text(*end) == ","
                            || scan.any_at(*end, &self.words.category_joiners).is_some()) =>
                {
                    let after = scan
                        .quantities
                        .get(last + 1)
                        .map_or(t.len(), |(_, f, _)| *f);
                    (scan.quantities[*last].2, after)
                }
                _ => (lead, next_first),
            };
            let lead = if matches!(t.tok_text(lead), "\"" | "«" | "“") && lead + 1 < next_first {
                lead + 1
            } else {
                lead
            };
            // ("…lost 40 and 60 fighters respectively": that word ends them too.)
            let stop = (lead..next_first.min(lead + 7))
                .find(|&i| {
                    scan.is_break(i)
                        || attributions.iter().any(|(a, _)| *a == i)
                        || !respective.is_empty()
                            && scan.any_at(i, &self.words.respectively).is_some()
                })
                .unwrap_or(next_first.min(lead + 7));
            let noun_start = (lead..stop)
                .find(|&i| scan.any_at(i, &self.words.determiners).is_none())
                .unwrap_or(lead);
            // "l'ONU estime à 400 000 le nombre de déplacés": what it counts follows.
            let noun_start = match scan.any_at(noun_start, &self.words.number_of) {
                Some(e) if e < stop && noun_start > *end => (e..stop)
                    .find(|&i| scan.any_at(i, &self.words.determiners).is_none())
                    .unwrap_or(e),
                _ => noun_start,
            };
            // Whether it counts people, the longer phrase says ("plus de 10 000 celui
            // mobilisé par les djihadistes"); whose they are, only its own words, which
            // end before a joiner, a side marker or a category word ("50 soldiers and
            // lost 20 fighters": "and lost" is not the soldiers').
            let phrase_stop = stop;
            let stop = (noun_start + 1..stop)
                .find(|&i| {
                    scan.any_at(i, &self.words.category_joiners).is_some()
                        || scan.any_at(i, &self.words.clause_openers).is_some()
                        || scan.any_at(i, &self.words.side_markers).is_some()
                        || scan.match_at(i, &self.words.categories).is_some()
                })
                .unwrap_or(stop);
            // A joiner, an agent, a place's word or a date is no noun: "killed 3 and
            // wounded 5", "injured 30 on 4 May".
            // "injured 30 near Aleppo", "3,000 on the northern front", "120 on the
            // government side": a place's word, a toll's complement but for a noun's
            // ("120 of the soldiers"); what follows says where or whose, not what.
            let placed = scan.any_at(noun_start, &self.words.place_before).is_some()
                || scan
                    .any_at(noun_start, &self.words.toll_complements)
                    .is_some()
                    && scan.any_at(noun_start, &self.words.complement).is_none()
                    && scan.any_at(noun_start, &self.words.determiners).is_none();
            let no_noun = scan
                .any_at(noun_start, &self.words.category_joiners)
                .is_some()
                || scan.any_at(noun_start, &self.words.agent).is_some()
                || placed
                // "120 among the rebels", "120 chez les rebelles": a side's marker.
                || scan.any_at(noun_start, &self.words.side_markers).is_some()
                // ("et 20 le 4 mai": the date's article is no determiner of a noun.)
                || scan
                    .periods
                    .get(scan.periods.partition_point(|p| p.first < lead)..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|p| p.first <= noun_start + 1)
                    .any(|p| {
                        p.first <= noun_start
                            || p.first == noun_start + 1
                                && scan.match_at(noun_start, &self.words.categories).is_none()
                                && scan.match_at(noun_start, &self.words.sides).is_none()
                                && scan.any_at(noun_start, &self.words.people).is_none()
                    });
            let bare = noun_start >= stop || no_noun;
            previous_stop = stop;
            // "a 70-year-old woman", "a 3-day siege": a figure hyphenated to a word of
            // `not_counts` qualifies a noun; it counts nothing.
            let hyphened = t.tok_text(*end) == "-"
                && t.gap_after(end.saturating_sub(1)).is_empty()
                && scan.any_at(end + 1, &self.words.not_counts).is_some();
            if hyphened {
                pass_over(&mut rival_link, n);
                continue;
            }
            if !bare && scan.any_at(noun_start, &self.words.not_counts).is_some() {
                // A population ("une ville de 50 000 habitants") counts no one, unless
                // a category word follows it at once ("15 000 habitants ont fui").
                let of_people = scan.match_at(noun_start, &self.words.sides).is_some()
                    || scan.any_at(noun_start, &self.words.people).is_some();
                // Nor when a verb that counts its object is right before it ("tuent au
                // moins 132 habitants").
                let object = || {
                    marks
                        .category_ending_at(*first)
                        .is_some_and(|c| c != "strength")
                };
                let counted = of_people
                    && (self
                        .category_after_auxiliaries(scan, noun_start + 1, words_end, Need::Nothing)
                        // "a town of 40,000 inhabitants besieged by rebels"
                        .is_some_and(|c| c != "strength")
                        || object());
                if !counted {
                    pass_over(&mut rival_link, n);
                    continue;
                }
            }
            let is_others = self.words.others.iter().any(|o| o == t.folded(noun_start));
            let people = !bare
                && ((noun_start..phrase_stop)
                    .any(|i| scan.any_at(i, &self.words.people).is_some())
                    || self.side_in(scan, noun_start, phrase_stop, true).is_some());
            // "40 confirmed deaths", "1,500 extrajudicial executions": one lower-case
            // word of no list (an adjective) before the figure's noun, which says what
            // the figure counts (the figure was lost). Not an auxiliary ("12 were
            // wounded", read below), nor a verb whose object follows ("3 ont tué 5
            // rebelles", "3 ont tué des civils": the three are agents).
            let object_after = |e: usize| next_first == e || self.takes_object(scan, e);
            // A noun of what a figure counts at token `k`: a category word that takes no
            // object, or a noun of casualties.
            let counted_at = |k: usize| {
                scan.match_at(k, &self.words.categories)
                    .is_some_and(|(_, e)| !object_after(e))
                    || scan.any_at(k, &self.words.casualties).is_some()
            };
            let adjective = || {
                t.kind(noun_start) == Some(Kind::Word)
                    && t.tok_text(noun_start)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
                    && !is_others
                    && noun_start + 1 < phrase_stop
                    && scan.any_at(noun_start, &self.words.not_counts).is_none()
                    && scan.any_at(noun_start, &self.words.people).is_none()
                    && scan.any_at(noun_start, &self.words.auxiliaries).is_none()
                    && scan.match_at(noun_start, &self.words.sides).is_none()
                    && scan.match_at(noun_start, &self.words.categories).is_none()
                    && counted_at(noun_start + 1)
                    // "800 Russian casualties", "12 Russian tanks": a side's one word
                    // before the noun is an adjective too.
                    || scan
                        .match_at(noun_start, &self.words.sides)
                        .is_some_and(|(_, e)| e == noun_start + 1)
                        && !is_others
                        && noun_start + 1 < phrase_stop
                        && scan.any_at(noun_start, &self.words.people).is_none()
                        && counted_at(noun_start + 1)
            };
            let noun_category = if bare {
                None
            } else {
                // "300 casualties": the killed and wounded, as a figure's own noun only
                // (as the nearest word of another figure it would say too much:
                // "1,500 Iraqi troops; casualties were heavy").
                let casualties = |k: usize| {
                    scan.any_at(k, &self.words.casualties)
                        .map(|_| KILLED_OR_WOUNDED)
                };
                self.category_word_at(scan, noun_start, words_end)
                    .or_else(|| casualties(noun_start))
                    .or_else(|| {
                        adjective()
                            .then(|| {
                                self.category_word_at(scan, noun_start + 1, words_end)
                                    .or_else(|| casualties(noun_start + 1))
                            })
                            .flatten()
                    })
                    .map(str::to_owned)
            };
            // "Trois hommes ont tué des civils": the three are agents, not victims.
            if noun_category.is_none() && self.agents(scan, *end, words_end) {
                pass_over(&mut rival_link, n);
                continue;
            }
            // The category word nearest the figure in tokens `window`.
            let near_in = |window: (usize, usize)| {
                self.nearest_category(scan, &marks, (*first, *end), next, window)
            };
            let near = || near_in((clause_start, words_end));
            // A category word of the figure's own phrase, after it and before the next
            // figure ("30 of them killed", "who were all killed", "who fled").
            let own_after = || near_in((*end, next_first.min(words_end)));
            // "90 officiers figurent parmi les morts": a part of the paragraph's last total.
            let part_of_previous =
                sub_parent.is_none() && any_in(&marks.part_of_previous, *end, words_end);
            // The claims before are only read here: borrowed, not copied.
            let mut parent = sub_parent.and_then(|p| self.claims.get(p)).or_else(|| {
                part_of_previous
                    .then(|| ctx.last_total.and_then(|p| self.claims.get(p)))
                    .flatten()
            });
            let casualty = |c: &str| PRECEDENCE.contains(&c) && c != "strength";
            // A part says nothing of another kind: "dont 20 enfants, et 30 soldats sont
            // blessés" — the 30 wounded are no part of the dead.
            let mut part_category: Option<String> = None;
            if let Some(p) = parent {
                let own = noun_category
                    .clone()
                    .filter(|c| casualty(c))
                    .or_else(own_after);
                // Killed or wounded of the casualties are parts of them: "lost 80
                // fighters, 30 of them killed".
                let of_casualties = own
                    .as_deref()
                    .is_some_and(|c| part_of_joined(&p.category, c));
                if of_casualties {
                    part_category = own;
                } else if own.is_some_and(|c| c != p.category) {
                    parent = None;
                }
            }
            let previous = sentence_claims.last().and_then(|&c| self.claims.get(c));
            // A total's verb right before a figure that counts no people ("le bilan
            // s'élève à 290"): where it starts.
            let amount = (!people)
                .then(|| scan.phrase_ending_at(&self.words.amounts_to, *first))
                .flatten();
            // A bare figure set against the figure claimed before it, with no other
            // figure, category word or end of clause between: a total set against a
            // total by a joiner or a rival's word ("…à 270 selon l'OSDH, contre 300
            // selon SANA"), or any figure by its source, when this one has its own
            // right after it ("40 soldiers according to the SOHR, 60 according to the
            // rebels"). It counts what that one counts: its claim, and whether a total.
            let source_at = |from: usize, to: usize| {
                attributions
                    .iter()
                    .find(|(a, _)| (from..to).contains(a))
                    .map(|(a, _)| *a)
            };
            let own_source = source_at(*end, next_first.min(end + 2)).is_some_and(|a| {
                scan.any_at(a, &self.words.attribution_before).is_some()
                    || scan.any_at(a, &self.words.agent).is_some()
                    // ("…far more than the 92 reported by Al-Masdar News")
                    || self.figure_participle(scan, a).is_some()
                    || scan.any_at(a, &self.words.after_rival).is_some()
                    || t.tok_text(a) == "("
            });
            // "…, while the SOHR counted 47", "mais l'armée ne reconnaît que 15 morts": a
            // figure right after a source's verb, in a clause of its own, set against the
            // figure claimed just before it.
            // "…l'armée annonce la mort de 40 rebelles. L'OSDH, de son côté, n'en
            // dénombre que 25": a sentence's first figure may answer the paragraph's
            // last total.
            let from_paragraph = (n == 0 && rival_before.is_none())
                .then_some(ctx.last_total)
                .flatten()
                .and_then(|id| {
                    self.claims
                        .get(id)
                        .map(|c| (id, 0, c.flags.iter().any(|f| f == "total")))
                });
            // "…, while the Syrian army's estimate was 40", "…, tandis que l'estimation
            // d'Al-Masdar News était de 40": or right after a total's verb whose subject
            // is a source's count.
            let source_count = amount.and_then(|v| {
                let after = rival_before.or(from_paragraph)?.1;
                let &(a, _) = attributions
                    .iter()
                    .rev()
                    .find(|(a, _)| (after..*first).contains(a))?;
                let (&count, e) = self.words.toll_nouns.at(t, a)?;
                // Nothing after the noun but the verb, or the source in its complement
                // (not "the army's estimate of its strength was 5,000").
                let whole = e == v || self.complement_source(scan, (e, v), true).is_some();
                (count && whole && !(a..*first).any(|i| scan.is_break(i))).then_some(a)
            });
            let answers_previous = rival_before
                .or(from_paragraph)
                .is_some_and(|(_, after, _)| {
                    let Some((verb, source)) = attributions
                        .iter()
                        .rev()
                        .find(|(a, _)| (after..*first).contains(a))
                    else {
                        return false;
                    };
                    let verb = *verb;
                    // ("…, while Al-Masdar News put it at 92": its object between.)
                    let mut k = self
                        .put_at_answer(scan, verb)
                        .or_else(|| scan.any_at(verb, &self.words.attribution_verbs));
                    while let Some(e) = k.filter(|&e| e < *first) {
                        k = scan.any_at(e, &self.words.to_figure);
                    }
                    if source_count == Some(verb) {
                        k = Some(*first);
                    }
                    let own_sentence = rival_before.is_none();
                    // A clause after a ";" is as a sentence of its own ("Ukraine said 366
                    // of its soldiers died; other estimates put the figure at over 1,000").
                    // So is the main clause after a sentence's opening subordinate one
                    // ("While the government claimed 300 rebels were killed, the SOHR put
                    // the figure at 120").
                    // (Or after a dash or in a bracket: "The SOHR counted 261 loyalist
                    // dead — Al-Masdar News put the figure at 92".)
                    let own_clause = || {
                        (after..verb).any(|i| matches!(t.tok_text(i), ";" | "("))
                            || lone_dash(t, after, verb).is_some()
                            || scan.any_at(0, &self.words.clause_openers).is_some()
                                && (after..verb).any(|i| t.tok_text(i) == ",")
                    };
                    // So is a relative one after a comma ("…, a figure denied by the
                    // IDF, which acknowledged 67 deaths").
                    let relative = || {
                        (after.max(1)..verb).any(|i| {
                            t.tok_text(i - 1) == ","
                                && scan.any_at(i, &self.words.relatives).is_some()
                        })
                    };
                    // So is one whose subject alone stands between a comma and its
                    // verb ("L'armée reconnaît 92 morts, l'OSDH en recense 261", "The
                    // army acknowledged 92 dead, the SOHR counted 261").
                    // The source right after the comma, past determiners (not "on
                    // Tuesday the LCC counted 120"), and the figure ending its clause
                    // (not "…, les rebelles en annoncent 261 dans les leurs").
                    let spliced = || {
                        let Some(c) = (after..verb).rev().find(|&i| scan.is_break(i)) else {
                            return false;
                        };
                        let subject = scan.past(c + 1, &self.words.determiners, verb);
                        // (One comma: not "À Homs, l'OSDH recense 92 morts, à Hama, les
                        // LCC en comptent 40".)
                        t.tok_text(c) == ","
                            && !(after..c).any(|i| scan.is_break(i))
                            && verb - c <= 6
                            && self
                                .source_in(scan.names(), subject, verb, true)
                                .or_else(|| self.claimant_source(scan, c + 1, verb))
                                .as_ref()
                                == Some(source)
                            && (*end >= t.len() || scan.is_break(*end))
                    };
                    k == Some(*first)
                        && (own_sentence || rival_link.is_some_and(|k| k + 1 == n))
                        && !(after..*first).any(|i| {
                            scan.is_break(i)
                                && !matches!(t.tok_text(i), "," | ";" | "—" | "–" | "(")
                        })
                        && (own_sentence
                            || own_clause()
                            || relative()
                            || spliced()
                            || (after..verb)
                                .any(|i| scan.any_at(i, &self.words.clause_openers).is_some()))
                });
            let rival = rival_before
                .filter(|&(_, after, total)| {
                    bare && (amount.is_none() || source_count.is_some())
                        && after <= *first
                        && rival_link.is_some_and(|k| k + 1 == n)
                        // (A source in brackets between: "120 morts (OSDH), 300 selon SANA".)
                        && !(after..*first).any(|i| {
                            scan.is_break(i)
                                && !matches!(t.tok_text(i), "," | "(" | ")")
                                && !(answers_previous
                                    && matches!(t.tok_text(i), ";" | "—" | "–"))
                        })
                        && {
                            // No category word between: after the source between them
                            // for figures set against each other by their sources.
                            let plain = |from: usize| {
                                !(from..*first)
                                    .any(|i| scan.match_at(i, &self.words.categories).is_some())
                            };
                            // (Near the source between, however long the figure's
                            // words before it: "Au moins 14 djihadistes du Front
                            // al-Nosra sont tués selon l'OSDH, et 20 selon l'AFP".)
                            let near = |i: usize| *first - i <= 12;
                            let by_sources = own_source
                                && source_at(after, *first).is_some_and(|a| plain(a) && near(a));
                            // Or by a rival's word ("L'OSDH a recensé 261 morts, contre
                            // 92 selon Al-Masdar News").
                            let by_rival_word = own_source
                                && (after..*first)
                                    .find(|&i| scan.any_at(i, &self.words.rivals).is_some())
                                    .is_some_and(|r| plain(r) && near(r));
                            let by_words = total
                                && near(after)
                                && plain(after)
                                && (after..*first).any(|i| {
                                    scan.any_at(i, &self.words.rivals).is_some()
                                        || scan.any_at(i, &self.words.category_joiners).is_some()
                                });
                            // Or by its own source alone, after the comma that
                            // closes the one before ("The clashes killed 40 rebels,
                            // 60 according to SANA"), or in a bracket after it ("40
                            // soldiers (50 according to the army)").
                            let by_comma = own_source
                                && matches!(t.tok_text(first.saturating_sub(1)), "," | "(")
                                && after < *first
                                && *first - after <= 6
                                && plain(after)
                                && !(after..*first - 1).any(|i| scan.is_break(i));
                            // "…, while the SOHR counted 47": nothing after it
                            // saying what it counts.
                            let by_verb = answers_previous
                                && !(*end..clause_end)
                                    .any(|i| scan.match_at(i, &self.words.categories).is_some());
                            // (Set against each other by sources or words, near: a
                            // verb's own clause may be longer.)
                            by_sources
                                || by_words
                                || by_rival_word
                                || by_comma
                                || by_verb
                        }
                })
                .map(|(c, _, total)| (c, total))
                .or_else(|| {
                    from_paragraph
                        .filter(|_| {
                            answers_previous
                                && bare
                                && amount.is_none()
                                && !(*end..clause_end)
                                    .any(|i| scan.match_at(i, &self.words.categories).is_some())
                        })
                        .map(|(c, _, total)| (c, total))
                });
            // "put loyalist deaths at 261 and 92, respectively": a bare figure of a list
            // paired with sources counts what the figure before it counts, per another.
            // ("The rebels and the army lost 40 and 60, respectively": of another side.)
            // (Not over a side the figure's own words name, but by default: "Armenia and
            // Azerbaijan lost 85 and 100 civilians respectively" were civilians.)
            let names_own = || {
                (noun_start..stop).any(|i| {
                    scan.match_at(i, &self.words.sides)
                        .is_some_and(|(_, e)| scan.any_at(i, &self.words.default_sides) != Some(e))
                })
            };
            let (respective_source, respective_side) = match respective.get(n) {
                Some(Some((_, Gap::Source(s)))) => (Some(s.clone()), None),
                Some(Some((_, Gap::Side(s)))) if !names_own() => (None, Some(s.clone())),
                _ => (None, None),
            };
            let paired = |m: usize| respective.get(m).is_some_and(Option::is_some);
            let respective_gap = rival_before
                .filter(|_| bare && amount.is_none() && n > 0 && paired(n) && paired(n - 1))
                .filter(|_| rival_link.is_some_and(|k| k + 1 == n));
            let rival = rival.or_else(|| {
                respective_gap
                    .filter(|_| respective_source.is_some())
                    .map(|(c, _, total)| (c, total))
            });
            // "…ont dénombré 96 morts, l'OSDH 82", "…lost 45 soldiers and the rebels
            // 30": a figure whose words are left out stands for the one claimed right
            // before it, counted by another source or of another side.
            let gap = rival_before
                .filter(|_| rival.is_none() && bare && amount.is_none())
                .filter(|_| rival_link.is_some_and(|k| k + 1 == n))
                .and_then(|(id, after, total)| {
                    let (_, pf, pe) = scan.quantities.get(n.checked_sub(1)?)?;
                    let previous = self.claims.get(id).filter(|_| *pe == after)?;
                    self.gapped(scan, &attributions, previous, (*pf, *pe), (n, *first, *end))
                        .map(|g| (id, total, g))
                });
            let gap = gap.or_else(|| {
                let (id, _, total) = respective_gap?;
                respective_side
                    .clone()
                    .map(|side| (id, total, Gap::Side(side)))
            });
            // A figure the text sets against the one before it, as another source's
            // count of the same (not one elsewhere, then, or of another side): compared
            // with it whatever its side ("The SOHR counted 120 deaths, while SANA
            // counted only 80").
            // (So is a figure of a list paired with sources by "respectively" against
            // the one before it: "The SOHR and SANA reported 120 and 80 deaths
            // respectively".)
            let by_source = |m: usize| matches!(respective.get(m), Some(Some((_, Gap::Source(_)))));
            let respective_rival = rival_before
                .filter(|_| n > 0 && by_source(n) && by_source(n - 1))
                .filter(|_| rival_link.is_some_and(|k| k + 1 == n))
                .map(|(id, _, _)| id);
            let set_against = rival
                .map(|(id, _)| id)
                .or(match &gap {
                    Some((id, _, Gap::Source(_))) => Some(*id),
                    _ => None,
                })
                .or(respective_rival);
            let rival = rival.or(gap.as_ref().map(|(id, total, _)| (*id, *total)));
            // "…in Aleppo and 20 in the countryside of Idlib": a figure elsewhere is
            // not in the place named before it.
            // (Not one at another time: "…in Aleppo in 2015 and 20 in 2016".)
            let elsewhere = matches!(gap, Some((_, _, Gap::Place { elsewhere: true })));
            let (gap_source, gap_side) = match gap {
                Some((_, _, Gap::Source(s))) => (Some(s), None),
                Some((_, _, Gap::Side(s))) => (None, Some(s)),
                Some((_, _, Gap::Place { .. })) | None => (None, None),
            };
            // "The worst year for civilian deaths was 2016.": four digits near the
            // narrative's year with no noun are a year, unless a total's verb is right
            // before them ("le nombre de morts atteint 2013, dont 600 civils").
            // "Men aged 18 to 40": an age is no count.
            if scan.phrase_ending_at(&self.words.ages, *first).is_some() {
                continue;
            }
            let year_like = *end == first + 1
                && t.tok_text(*first).len() == 4
                && t.kind(*first) == Some(Kind::Digits)
                && near_year(scan.year, q.value);
            // (Not after a copula: "the worst year for deaths was 2016".)
            // ("The death toll was 2016": a toll's noun before it counts.)
            let copula = amount.is_some_and(|a| {
                scan.any_at(a, &self.words.copulas) == Some(*first)
                    && scan.phrase_ending_at(&self.words.tolls, a).is_none()
            });
            if bare && year_like && (amount.is_none() || copula) {
                continue;
            }
            // "two thirds of them civilians": a share counts no one; "a third of the 900
            // fighters were killed": the figure after a share is the whole, not what
            // became of it.
            if !bare && scan.any_at(noun_start, &self.words.shares).is_some() {
                continue;
            }
            let k = scan.back_over(*first, &[&self.words.determiners, &self.words.complement]);
            if k < *first && scan.phrase_ending_at(&self.words.shares, k).is_some() {
                continue;
            }
            // "Of the 400 civilians trapped in the city, 150 were evacuated": a whole
            // opening its clause, with a figure after its comma, takes a category only
            // from its own words.
            // (Looked for only after such a word: a sentence may hold thousands of
            // figures.)
            let whole_comma = scan
                .phrase_ending_at(&self.words.wholes, *first)
                .filter(|&s| s == 0 || scan.is_break(s - 1))
                .and_then(|_| (*end..t.len()).find(|&i| scan.is_break(i)))
                .filter(|&c| {
                    t.tok_text(c) == "," && scan.quantities.last().is_some_and(|(_, f, _)| *f > c)
                });
            let whole_own = whole_comma.map(|comma| {
                noun_category
                    .clone()
                    .or_else(|| self.category_in(scan, *end..comma, false))
            });
            let category = if let Some(p) = parent {
                // "dont deux kamikazes": a part of 8 dead is dead, whatever its noun.
                part_category.or_else(|| Some(p.category.clone()))
            } else if is_others
                && previous.is_some_and(|p| NOUN_ONLY.contains(&p.category.as_str()))
            {
                // "sept autres sont capturés" after three tanks: seven more tanks.
                previous.map(|p| p.category.clone())
            } else {
                match noun_category {
                    // "23 prisonniers ont été exécutés": the clause says what became of them;
                    // not a word before a joiner, which is the figure before's ("150 were
                    // killed and 200 captured").
                    Some(c) if c == "captured" => match self.nearest_category(
                        scan,
                        &marks,
                        (*first, noun_start + 1),
                        next,
                        (
                            (figure_start..*first)
                                .rev()
                                .find_map(|i| scan.any_at(i, &self.words.category_joiners))
                                .unwrap_or(0)
                                .max(clause_start),
                            words_end,
                        ),
                    ) {
                        Some(v) if v == "executed" || v == "killed" => Some(v),
                        _ => Some(c),
                    },
                    Some(c) => Some(c),
                    // "deux soldats sont tués et quatre autres blessés": the word after
                    // "autres" is as near as the one before the figure, and is its own.
                    None if is_others => self
                        .nearest_category(
                            scan,
                            &marks,
                            (*first, noun_start + 1),
                            next,
                            (clause_start, words_end),
                        )
                        .or_else(|| previous.map(|p| p.category.clone())),
                    // "at least 23 people, including 7 children, were killed": the
                    // category after the list of parts, past the comma that closes it
                    // (not "7 refugees"), is the total's too.
                    // "tués par 200 rebelles", "attacked by 2000 fighters": the agents,
                    // who count as a force only after a word of one ("besieged by 2000
                    // rebels"), never as what was done to them.
                    None if people && self.after_agent(scan, *first) => own_after().or_else(|| {
                        self.nearest_category(
                            scan,
                            &marks,
                            (*first, *end),
                            next,
                            (clause_start, *first),
                        )
                        .filter(|c| c == "strength")
                    }),
                    // "les rebelles perdent 40 combattants": their losses, killed or
                    // wounded, unless a category word of their own phrase says what
                    // became of them ("lost 40 men captured", "lost 200,000 people who
                    // fled"); so are those of the figures joined to it that are only
                    // a noun ("perdent 40 soldats et 20 miliciens"; not "and 300
                    // others surrendered").
                    None if people
                        && (lost_here
                            || lost_joined && self.only_nouns(scan, noun_start, stop)) =>
                    {
                        own_after().or_else(|| Some(KILLED_OR_WOUNDED.to_owned()))
                    }
                    // "…fait 1 200 morts et 251 personnes sont enlevées": the figure's own
                    // verb, right after its noun, before any word nearer.
                    // (Its group read as any: "sont capturés et exécutés" is executed.)
                    None if people => self
                        .category_after_auxiliaries(scan, noun_start + 1, words_end, Need::Subject)
                        .filter(|_| noun_start < stop && noun_start + 1 < words_end)
                        .and_then(|_| near_in((noun_start + 1, words_end)))
                        .or_else(near)
                        .or_else(|| {
                            if words_end >= clause_end || !marks.sub_counts.contains(&words_end) {
                                return None;
                            }
                            // (The last figure before the clause's verb: "40 civils
                            // (dont 12 enfants) ont été tués et 60 blessés" lost the 40.)
                            let verb = marks
                                .first_category_in(words_end, clause_end)
                                .unwrap_or(clause_end);
                            let last_part = scan
                                .quantities
                                .iter()
                                .filter(|(_, f, _)| (words_end..verb).contains(f))
                                .map(|(_, _, e)| *e)
                                .next_back()?;
                            // (Or the bracket: "40 soldiers (including 3 officers) were killed".)
                            let after = (last_part..clause_end)
                                .find(|&i| matches!(t.tok_text(i), "," | ")"))?;
                            self.nearest_category(
                                scan,
                                &marks,
                                (*first, *end),
                                next,
                                (after + 1, clause_end),
                            )
                        })
                        // People after a copula or a total's verb: the killed and
                        // wounded when its subject is losses ("Les pertes loyalistes sont
                        // estimées à 300 soldats", "Casualties among government forces
                        // were estimated at 300 soldiers"); a force when, after a copula,
                        // it is a force ("Government forces were estimated at 5,000
                        // soldiers"). Not a rate ("…estimées à 40 combattants par
                        // village", "300 hommes par bataillon"; but "by early May").
                        .or_else(|| {
                            let rate = (noun_start + 1..=stop).any(|j| {
                                scan.any_at(j, &self.words.agent).is_some_and(|k| {
                                    t.kind(k) == Some(Kind::Word)
                                        && t.tok_text(k)
                                            .chars()
                                            .next()
                                            .is_some_and(char::is_lowercase)
                                        && scan.any_at(k, &self.words.determiners).is_none()
                                        // (Not a date: "by early May".)
                                        && !scan.periods.iter().any(|p| p.first <= k && k < p.end)
                                })
                            });
                            if rate {
                                return None;
                            }
                            let copula = scan.phrase_ending_at(&self.words.copulas, *first);
                            let a = copula.or_else(|| {
                                scan.phrase_ending_at(&self.words.amounts_to, *first)
                            })?;
                            let verb = self.verb_start(scan, a);
                            if self.losses_subject(scan, clause_start, verb) {
                                return Some(KILLED_OR_WOUNDED.to_owned());
                            }
                            // (Losses anywhere before it are no force: "Casualties were
                            // heavy; …", a toll's noun.)
                            let losses = (clause_start..verb).any(|j| {
                                scan.any_at(j, &self.words.loss_tolls).is_some()
                                    || scan.any_at(j, &self.words.casualties).is_some()
                                    || self
                                        .words
                                        .toll_nouns
                                        .at(scan.t, j)
                                        .is_some_and(|(&count, _)| !count)
                            });
                            (copula.is_some()
                                && verb > clause_start
                                && !losses
                                && self.force_subject(scan, verb, true))
                            .then(|| "strength".to_owned())
                        })
                        // "Le bilan s'élève à 500 : 261 soldats, 124 rebelles et 115
                        // civils": the figures of people listed after a bare total's
                        // colon count what it counts.
                        .or_else(|| {
                            let (colon, id) = colon_total?;
                            let listed = (colon + 1..*first)
                                .all(|i| !scan.is_break(i) || t.tok_text(i) == ",")
                                && !(colon + 1..*first)
                                    .any(|i| scan.match_at(i, &self.words.categories).is_some());
                            listed.then(|| self.claims.get(id).map(|c| c.category.clone()))?
                        })
                        .or_else(|| ctx.category.clone()),
                    // "…à 270 selon l'OSDH, contre 300 selon SANA": the rival total.
                    None if bare && rival.is_some() => rival
                        .and_then(|(c, _)| self.claims.get(c))
                        .map(|c| c.category.clone()),
                    // "le bilan s'élève à 290", "the death toll rose to 300 on 5 May":
                    // the category word right before the verb, or a toll's noun; else
                    // "…had mobilised more than 10,000.": a bare figure takes the verb
                    // right before it.
                    None if bare || amount.is_some() => amount
                        .and_then(|verb| {
                            // "The toll was later raised to 87", "le bilan a
                            // également été porté à 90": the subject ends before the
                            // auxiliaries and the adverb.
                            let verb = self.verb_start(scan, verb);
                            // Where the sides that end right before the verb start,
                            // looked up once (not once per category word).
                            // (Or a frame's adjective: "les pertes ukrainiennes
                            // s'élèvent à 300".)
                            let sides_before: Vec<usize> = (verb.saturating_sub(8)..verb)
                                .filter(|&j| {
                                    [&self.words.sides, &self.words.frame_sides].iter().any(
                                        |table| {
                                            scan.match_at(j, table).is_some_and(|(_, e)| e == verb)
                                        },
                                    )
                                })
                                .collect();
                            // Its noun may end in a side ("le nombre de morts civils
                            // est estimé à 14 000") or in people ("The number of
                            // displaced people was 40,000" was a force).
                            let people_before = scan.phrase_ending_at(&self.words.people, verb);
                            let ends: Vec<usize> = std::iter::once(verb)
                                .chain(sides_before.iter().copied())
                                .chain(people_before)
                                .collect();
                            self.toll_category(scan, &marks, &ends, verb)
                                // "The death toll from the bombing rose to 70", "le
                                // bilan de l'attaque s'élève à 70": the noun before its
                                // complement, in the verb's clause.
                                .or_else(|| {
                                    let head = self.head_before(scan, &marks, verb);
                                    (head < verb)
                                        .then(|| self.toll_category(scan, &marks, &[head], head))
                                        .flatten()
                                })
                                // "Government forces numbered around 5,000": a side or
                                // people joined to a figure by a copula are a force.
                                .or_else(|| {
                                    (copula && self.force_subject(scan, verb, false))
                                        .then(|| "strength".to_owned())
                                })
                        })
                        .or_else(|| {
                            bare.then(|| {
                                self.nearest_category(
                                    scan,
                                    &marks,
                                    (*first, *end),
                                    None,
                                    (first.saturating_sub(3), *first),
                                )
                            })
                            .flatten()
                        })
                        // "Le bilan varie selon les sources : 261 selon l'OSDH, 92 selon
                        // Al-Masdar News": a bare figure with its own source right after
                        // a colon counts what a toll's or losses' noun before the colon
                        // counts (the figures after it answer it as rivals; not "The
                        // death toll in the three villages: 12, 15 and 20").
                        .or_else(|| {
                            let colon = (clause_start..*first)
                                .rev()
                                .find(|&i| t.tok_text(i) == ":")
                                .filter(|&c| bare && own_source && c + 1 == *first)?;
                            (marks.clause_start(colon)..colon).find_map(|j| {
                                if scan.any_at(j, &self.words.tolls).is_some() {
                                    Some("killed".to_owned())
                                } else {
                                    scan.any_at(j, &self.words.loss_tolls)
                                        .map(|_| KILLED_OR_WOUNDED.to_owned())
                                }
                            })
                        })
                        // "Hezbollah lost 12 fighters, while Israel lost 3", "Hezbollah
                        // lost 12 in the battle": a bare figure a verb of losses counts
                        // people as the figure claimed right before it, or the killed and
                        // wounded as the sentence's first (not "The army deployed 20
                        // helicopters and lost 3").
                        .or_else(|| {
                            // (Not the first of figures sharing the noun after the
                            // last: "lost 70 and 40 soldiers respectively".)
                            let shared = scan
                                .any_at(*end, &self.words.category_joiners)
                                .or_else(|| (t.tok_text(*end) == ",").then_some(*end + 1))
                                == Some(next_first);
                            // (Nor one a noun follows, counted or not: "lost 3 villages
                            // in 2015", "lost 30 seats"; only a mark, a clause's end, a
                            // place's, a date's, a source's or a clause opener's word.)
                            let w = &self.words;
                            let ends_here = t.kind(*end) != Some(Kind::Word)
                                || [
                                    &w.place_before,
                                    &w.day_before,
                                    &w.attribution_before,
                                    &w.clause_openers,
                                ]
                                .iter()
                                .any(|table| scan.any_at(*end, table).is_some());
                            if !(bare && lost_here) || shared || !ends_here {
                                return None;
                            }
                            // (The sentence's first only when its subject names a side:
                            // not "It lost 3 in the first week" after "The army deployed
                            // 20 helicopters", nor "The team lost 3–1".)
                            if n == 0 {
                                return self
                                    .owner_side(scan, clause_start, *first, true)
                                    .or_else(|| self.shared_subject(scan, clause_start, *first))
                                    .map(|_| KILLED_OR_WOUNDED.to_owned());
                            }
                            previous
                                .filter(|p| {
                                    last_claimed.is_some_and(|(k, _)| k + 1 == n)
                                        && matches!(
                                            p.category.as_str(),
                                            "killed" | "wounded" | KILLED_OR_WOUNDED
                                        )
                                })
                                .map(|p| p.category.clone())
                        }),
                    // "…et 12 ont été blessés", "three were killed": no noun, and the
                    // clause goes on with an auxiliary and the category word; or a
                    // noun the lexicon does not know, then auxiliaries and the category
                    // word ("trois journalistes ont été blessés"; not "3 ont tué").
                    // The noun is the word after the hyphened ones that qualify it
                    // ("30 pro-Russian separatists were killed", "…died"); one
                    // lower-case word may qualify it ("30 séparatistes pacifiques ont
                    // été tués", "30 unarmed separatists were killed").
                    None => self
                        .category_after_auxiliaries(scan, *end, words_end, Need::AnyWord)
                        .or_else(|| {
                            let head = past_hyphened(t, noun_start, stop);
                            let after = |k: usize| {
                                self.category_after_auxiliaries(scan, k, words_end, Need::Subject)
                                    .or_else(|| {
                                        (head > noun_start && counted_at(k))
                                            .then(|| self.category_word_at(scan, k, words_end))
                                            .flatten()
                                            .map(str::to_owned)
                                    })
                            };
                            // (Not a noun that counts no one: "Three Kurdish-majority
                            // villages were captured"; after a qualifier, only what
                            // becomes of people: "20 houses nearby were evacuated".)
                            let counts =
                                |k: usize| scan.any_at(k, &self.words.not_counts).is_none();
                            (t.kind(head) == Some(Kind::Word) && counts(head))
                                .then(|| {
                                    after(head + 1).or_else(|| {
                                        (head + 2 < stop
                                            && counts(head + 1)
                                            && self.qualifier_at(scan, head + 1))
                                        .then(|| after(head + 2))
                                        .flatten()
                                        .filter(|c| PEOPLE_FATES.contains(&c.as_str()))
                                    })
                                })
                                .flatten()
                        }),
                }
            };
            // "The army's and the rebels' losses were 40 and 60 respectively", "ont perdu
            // respectivement 70 et 40 soldats lors de la bataille": a figure of a list
            // paired by "respectively" that says nothing of its own counts what the one
            // claimed before it in the list counts.
            let category = category.or_else(|| {
                let list = |m: usize| match respective.get(m) {
                    Some(Some((last, _))) => Some(*last),
                    _ => None,
                };
                let before = n.checked_sub(1)?;
                (list(n).is_some() && list(before) == list(n))
                    .then_some(previous)
                    .flatten()
                    .filter(|_| last_claimed.is_some_and(|(k, _)| k == before))
                    .map(|p| p.category.clone())
            });
            let Some(category) = category else { continue };
            let category = match whole_own {
                Some(Some(own)) => own,
                Some(None) => continue,
                None => category,
            };
            let total = bare && amount.is_some() || rival.is_some_and(|(_, total)| total);
            // Whose figure it is.
            // "Government forces besieged some 400,000 people": people of no side are
            // not the force's.
            let anyone = !bare && scan.any_at(noun_start, &self.words.anyone).is_some();
            let with_agents = (category == "strength" || category == "strikes") && !anyone;
            // A side's losses as the subject of a total's verb: the side named with
            // them, or none (not a side further on: "US casualties in the war against
            // the Taliban").
            // (Of people too, and after a verb left out but for its last word:
            // "Government losses amounted to 120 dead and rebel losses to 300".)
            let loss_side = scan
                .phrase_ending_at(&self.words.amounts_to, *first)
                .or_else(|| self.elided_total_verb(scan, n, *first))
                .and_then(|verb| self.loss_side(scan, figure_start.max(clause_start), verb));
            // A possessive in the figure's own words ("35 of their fighters").
            let possessive = !bare
                && (first.saturating_sub(1)..phrase_stop)
                    .any(|i| scan.any_at(i, &self.words.possessives).is_some());
            // Where the figure's clause starts, or one opened after a comma in it: the
            // owner of its people is named there ("According to Yerevan, 3,825
            // Armenian soldiers were killed, while Baku acknowledged 2,906 of its
            // servicemen killed" were no Armenians).
            // (Not an aside closed before the figure: "ISIL, while retreating from the
            // town, lost 70 of its fighters".)
            let opened = || {
                (clause_start + 1..*first)
                    .rev()
                    .find(|&i| {
                        t.tok_text(i - 1) == ","
                            && scan.any_at(i, &self.words.clause_openers).is_some()
                    })
                    .filter(|&o| !(o..*first).any(|j| scan.is_break(j)))
                    .unwrap_or(clause_start)
            };
            // A frame's side is that of the figures its clause tells of, not of
            // those its side killed ("On the Russian side, the ministry claimed to have
            // killed 300 soldiers") nor those a verb of losses gives a subject of its
            // own ("On the Russian side, 200 soldiers were killed and Ukraine lost 40").
            let framed = !lost_here && marks.category_ending_at(*first).is_none();
            // "Hezbollah's losses reached 500, and Israel's 70": a bare figure right after
            // a possessor is its side's.
            let possessed = || {
                bare.then(|| scan.possessor(*first, clause_start, self.words))
                    .flatten()
                    .map(|(side, _)| side.to_owned())
            };
            let side = respective_side
                .or_else(possessed)
                .or(gap_side)
                .or_else(|| {
                    // A rival with its own side named before it: "Government casualties
                    // numbered 120 and rebel casualties 300".
                    // (From the figure before: a bare one's phrase may run to this one.)
                    let (_, _, prev_end) = scan.quantities.get(n.checked_sub(1)?)?;
                    rival.filter(|_| bare).and_then(|_| {
                        self.rival_own_side(scan, (*prev_end).max(clause_start), *first)
                            .or_else(|| self.side_after(scan, *end))
                    })
                })
                .or_else(|| {
                    rival
                        .and_then(|(c, _)| self.claims.get(c))
                        .map(|c| c.side.clone())
                })
                .or_else(|| {
                    // "Russian forces had lost 250 soldiers", "the Houthis said 35 of their
                    // soldiers…", "les forces russes ont massé 150 000 soldats": a noun of
                    // people that names a side only as the lexicon's default ("soldiers"
                    // are the government's) gives way to the side that lost them, whose
                    // they are or that deployed them, named before it in its clause.
                    // (Civilians stay civilians, rebels rebels: "the Russian Centre said
                    // 1,200 civilians…", "Turkey deployed 5,000 Syrian rebels".)
                    // (Up to an enemy's or a rival's word: "Russian forces lost 500
                    // soldiers in fighting with Ukrainian troops" were Russian.)
                    let fought = (noun_start..stop)
                        .find(|&i| {
                            self.enemy_at(scan, i) || scan.any_at(i, &self.words.rivals).is_some()
                        })
                        .unwrap_or(stop);
                    // (A side's name that only starts with a noun by default is no
                    // default: "30 soldats russes".)
                    let generic = !bare
                        && (noun_start..fought).all(|i| {
                            match scan.match_at(i, &self.words.sides) {
                                Some((_, e)) => {
                                    scan.any_at(i, &self.words.default_sides) == Some(e)
                                }
                                None => true,
                            }
                        });
                    // "The IDF acknowledged 3 soldiers killed": a subject owning up
                    // to its losses.
                    // (Right before the figure, or its "that": "The IDF acknowledged that
                    // 21 soldiers were killed". Of people of its own: soldiers by
                    // default, or no noun of people; not "The IDF acknowledged 45 people
                    // killed in the strike".)
                    // (A noun of the side by default among the figure's words.)
                    let soldiers = (noun_start..fought)
                        .any(|i| scan.any_at(i, &self.words.default_sides).is_some());
                    let admitted = || {
                        let w = &self.words;
                        let verb = scan
                            .phrase_ending_at(&w.complementizers, *first)
                            .unwrap_or(*first);
                        let own = soldiers
                            || !(noun_start..fought).any(|i| scan.any_at(i, &w.people).is_some());
                        // (Of its losses: not "The Houthis admitted that 12 Saudi
                        // soldiers were captured", "The Islamic State admitted that 50
                        // soldiers were executed".)
                        let losses = matches!(
                            category.as_str(),
                            "killed" | "wounded" | "killed_or_wounded" | "missing"
                        );
                        losses && own && self.ends_before(scan, &w.admissions, verb)
                    };
                    (generic && (lost_here || possessive || with_agents || admitted())
                        || bare && lost_here)
                        .then(|| self.owner_side(scan, opened(), *first, category != "strikes"))
                        .flatten()
                        .or_else(|| {
                            lost_here
                                .then(|| self.shared_subject(scan, clause_start, *first))
                                .flatten()
                        })
                        // "Ukrainian losses reached 400 soldiers": the side of the losses
                        // the total's verb has as its subject.
                        .or_else(|| generic.then(|| loss_side.clone().flatten()).flatten())
                        // "Les rebelles perdent 80 combattants et les loyalistes 40
                        // hommes": the side right before a figure joined to the one the
                        // verb of losses counts is the verb's subject, left out.
                        .or_else(|| {
                            (generic && lost_joined)
                                .then(|| self.subject_left_out(scan, *first))
                                .flatten()
                        })
                        .or_else(|| {
                            // (Soldiers by default to a side that has soldiers: not "On
                            // the civilian side, 30 people were killed, including 5
                            // soldiers on leave".)
                            (generic && framed)
                                .then(|| self.frame_side(scan, clause_start, *first))
                                .flatten()
                                .filter(|s| !soldiers || armed(s))
                        })
                        // "Turkey said it had lost 60 soldiers, including 20 officers":
                        // a part's noun by default is its whole's side, unless that side
                        // is the civilians' ("80 civilians were killed, including 5
                        // off-duty soldiers") or two sides'.
                        .or_else(|| {
                            // (Of the same category, and not past a clause opened
                            // without a joiner: not "…, including 12 officers, and 40
                            // soldiers were killed", "…, including 12 officers, while
                            // the coalition lost 40 soldiers".)
                            let opened = (figure_start..*first).any(|i| self.opens_clause(scan, i));
                            parent
                                .filter(|p| generic && armed(&p.side))
                                .filter(|p| p.category == category && !opened)
                                .map(|p| p.side.clone())
                        })
                })
                .or_else(|| {
                    // "Government casualties numbered 120 and rebel casualties 300": the
                    // words after a bare figure's joiner, up to the next figure, are
                    // that figure's.
                    let next_s = bare
                        && phrase_stop == next_first
                        && next_first < t.len()
                        && scan
                            .any_at(noun_start, &self.words.category_joiners)
                            .is_some();
                    if next_s {
                        return None;
                    }
                    // "120 in government areas": after a place's or a complement's
                    // word, only a side that ends its clause ("120 on the government
                    // side") or follows a marker.
                    if bare && placed {
                        return self.side_after(scan, *end);
                    }
                    self.own_side(scan, (noun_start, stop, next_first), with_agents)
                })
                .or_else(|| loss_side.clone().flatten())
                .or_else(|| {
                    // "The Houthis said 35 of their fighters were killed", "l'armée
                    // syrienne annonce que 40 de ses soldats…", "40 rebels and 12 of their
                    // commanders": a possessive in the figure's own words makes its
                    // people those of the side named last before it in its clause.
                    possessive
                        .then(|| self.last_side_in(scan, opened(), *first))
                        .flatten()
                })
                .or_else(|| {
                    // "chez les loyalistes", "du côté des rebelles" after the figure.
                    // Not a verb of losses, whose side stands before it ("…, while the
                    // army lost 35 soldiers").
                    let marked_after = |from: usize, to: usize| {
                        (from..to).find_map(|i| {
                            scan.any_at(i, &self.words.side_markers)
                                .filter(|_| scan.any_at(i, &self.words.losses).is_none())
                                .and_then(|k| self.side_in(scan, k, (k + 4).min(t.len()), false))
                        })
                    };
                    marked_after(*end, next_first).or_else(|| {
                        // "40 morts et 60 blessés chez les rebelles": after the list
                        // the figure heads, its last figure's marker is all of theirs.
                        let last = *list_ends
                            .get_or_init(|| self.list_ends(scan, &attributions))
                            .get(n)?;
                        let (_, _, last_end) = scan.quantities.get(last).filter(|_| last > n)?;
                        let after_last = scan
                            .quantities
                            .get(last + 1)
                            .map_or(t.len(), |(_, f, _)| *f);
                        marked_after(*last_end, after_last)
                    })
                })
                .or_else(|| {
                    with_agents
                        .then(|| self.agent_side_in(scan, noun_start, next_first))
                        .flatten()
                })
                .or_else(|| {
                    if is_others {
                        previous.map(|p| p.side.clone())
                    } else {
                        None
                    }
                })
                .or_else(|| {
                    parent
                        .filter(|p| p.side != "unknown")
                        .map(|p| p.side.clone())
                })
                .or_else(|| self.marker_side_before(scan, figure_start, *first))
                .or_else(|| {
                    framed
                        .then(|| self.frame_side(scan, clause_start, *first))
                        .flatten()
                })
                .or_else(|| {
                    // "…, mais l'armée ne reconnaît que 15 morts": the same toll as the
                    // figure before, told otherwise.
                    previous
                        .filter(|p| {
                            answers_previous && p.category == category && p.side != "unknown"
                        })
                        .map(|p| p.side.clone())
                })
                .or_else(|| {
                    // "92 morts et 112 blessés", "14 hommes tués et deux chars détruits":
                    // joined to the figure before, with nothing of its own between, or
                    // in a bracket right after its words. Not
                    // a part's side when this one is none ("86 morts, dont 30 soldats, et
                    // 500 blessés"), nor the agents' of a strike when this one is no
                    // strike ("2 suicide bombers who killed 25 worshippers").
                    let prev = previous
                        .filter(|p| p.parent.is_none() || parent.is_some())
                        .filter(|p| p.category != "strikes" || category == "strikes")?;
                    let between = figure_start..*first;
                    // (Nor people of no side, nor across a clause opened without a
                    // joiner: "Hamas lost 1,500 fighters and 1,200 Israelis were
                    // killed", "Israel lost 12 soldiers while 200 people were killed".)
                    // (A figure there with no people of its own is of the same people,
                    // or the same side's: "40 soldiers were killed, while 20 were
                    // wounded", "…, but had only 3 wounded", "Les rebelles perdent 400
                    // hommes, mais aussi 12 chars"; not "…, while 40 Saudis were
                    // killed".)
                    let people = !bare
                        && (scan.any_at(noun_start, &self.words.people).is_some()
                            || t.tok_text(noun_start).starts_with(char::is_uppercase));
                    // (Nor the object of a verb of what befalls people after a figure
                    // that was none, its subject's own: "Hezbollah lost 12 fighters and
                    // killed 30", "The rebels lost 30 fighters and took 40 prisoners";
                    // but "The rebels killed 30 soldiers and captured 12".)
                    // (And past such an object, the subject's own again: "The army
                    // lost 12 soldiers, took 30 prisoners, and had 40 wounded".)
                    let object = self.fate_object(scan, &marks, *first, category == "captured");
                    let prev_object = n
                        .checked_sub(1)
                        .and_then(|m| scan.quantities.get(m))
                        .is_some_and(|(_, prev_first, _)| {
                            self.fate_object(scan, &marks, *prev_first, prev.category == "captured")
                        });
                    if object && !prev_object {
                        return None;
                    }
                    // (Not a part of the object: "…took 30 prisoners, 4 of whom were
                    // executed"; nor an object of a verb of captives, whatever it counts.)
                    let past_object = !object
                        && prev_object
                        && prev.side == "unknown"
                        && parent.is_none()
                        && !dont
                        && !self.fate_object(scan, &marks, *first, true);
                    let prev = if past_object {
                        let before = sentence_claims.len().checked_sub(2)?;
                        self.claims.get(sentence_claims[before])?
                    } else {
                        prev
                    };
                    let own = anyone
                        || between.clone().any(|i| {
                            scan.match_at(i, &self.words.sides).is_some()
                            // (Nor captives a possessive gives their holder: "Hamas's
                            // losses were 6,000, and its hostages numbered 240".)
                            // (Its own noun of captives: not "its captured men".)
                            || category == "captured"
                                && scan.any_at(i, &self.words.possessives).is_some_and(|e| {
                                    scan.match_at(e, &self.words.categories).is_some_and(
                                        |(c, ce)| {
                                            c == "captured"
                                                && scan.any_at(ce, &self.words.people).is_none()
                                        },
                                    )
                                })
                            || scan.any_at(i, &self.words.side_markers).is_some()
                            || scan.any_at(i, &self.words.attribution_verbs).is_some()
                            || people && self.opens_clause(scan, i)
                            // (A bracket opened right at it: "40 soldats tués (50 selon
                            // l'armée)".)
                            || scan.is_break(i)
                                && t.tok_text(i) != ","
                                && !(t.tok_text(i) == "(" && i + 1 == *first)
                        });
                    (!own && prev.side != "unknown").then(|| prev.side.clone())
                })
                .or_else(|| {
                    // Forces and strikes belong to whoever the sentence says acts, and a
                    // bare figure to its subject, but not the object of a verb of what
                    // befalls people ("The army killed 40": not the army's dead).
                    // (Its verb may be quoted: 'Turkey claimed to have "neutralised"
                    // 300' were Turkish dead.)
                    let fate_object =
                        || self.fate_object(scan, &marks, *first, category == "captured");
                    // (Of strikes, not a reporting verb's subject when the figure
                    // opens what it reports: "The IDF said 150 rockets were fired at
                    // Israel", "…said that 150 rockets…"; not "The IDF said it carried
                    // out 200 airstrikes", "Tsahal affirme avoir mené 200 frappes".)
                    // (Nor the source a lead opening the clause names, after its date
                    // if any: "According to Hamas, 150 airstrikes were carried out on
                    // Gaza"; but "According to the IDF, it carried out 200 airstrikes",
                    // "…, its jets carried out", "Russian aircraft, according to the
                    // SOHR, carried out".)
                    let from = figure_start.max(clause_start);
                    let from = if category == "strikes" {
                        let w = &self.words;
                        let dated = |i: usize| {
                            t.tok_text(i) == ","
                                || scan.periods.iter().any(|p| p.first <= i && i < p.end)
                        };
                        let points_back = |j: usize| {
                            scan.any_at(j, &w.pronouns).is_some()
                                || scan.any_at(j, &w.possessives).is_some()
                        };
                        let past_lead = (from..*first)
                            .find(|&j| !dated(j))
                            .filter(|&j| scan.any_at(j, &w.attribution_before).is_some())
                            .and_then(|j| (j..*first).find(|&c| t.tok_text(c) == ","))
                            .map(|c| c + 1)
                            .filter(|&c| !(c..*first).any(points_back))
                            // (Only when the figure opens what the lead reports, or a
                            // side is named there: not "According to the IDF, the air
                            // force carried out 150 strikes", whose subject is its own.)
                            .filter(|&c| {
                                c == *first
                                    || (c..*first).any(|j| {
                                        scan.match_at(j, &w.sides).is_some()
                                            || scan.match_at(j, &w.countries).is_some()
                                    })
                            });
                        (from..*first)
                            .rev()
                            .find_map(|j| {
                                scan.any_at(j, &w.attribution_verbs)
                                    .filter(|&e| e <= *first)
                            })
                            .filter(|&e| scan.any_at(e, &w.complementizers).unwrap_or(e) == *first)
                            .or(past_lead)
                            .unwrap_or(from)
                    } else {
                        from
                    };
                    ((with_agents || bare) && loss_side.is_none() && !(bare && fate_object()))
                        .then(|| self.last_side_in(scan, from, *first))
                        .flatten()
                })
                .or_else(|| ctx.side.clone().filter(|_| !with_agents))
                .unwrap_or_else(|| "unknown".to_owned());
            // When: a date in its clause after it, else before it — not the date of a
            // report ("Le 24 mai, l'OSDH affirme que…"). Dates come in order, one after
            // another: the first that starts after the figure ends first, the last that
            // ends before it starts last.
            let periods = &scan.periods;
            // "Le 3 mai, 30 soldats sont tués et 20 le lendemain": a date right after a
            // later figure with no verb of its own is that figure's.
            let later_figure_s = |p: &Period| {
                scan.quantities.get(n + 1).is_some_and(|(_, f2, e2)| {
                    // (After a joiner or a comma: not the "2" of "14 chars Leopard 2".)
                    let opened = f2.checked_sub(1).is_some_and(|o| {
                        t.tok_text(o) == ","
                            || scan.any_at(o, &self.words.category_joiners).is_some()
                    });
                    opened
                        && *f2 < p.first
                        && scan.past(*e2, &self.words.determiners, p.first + 1) >= p.first
                        && !(f2.saturating_sub(3)..*f2).any(|j| {
                            scan.match_at(j, &self.words.categories)
                                .is_some_and(|(_, c)| c == *f2)
                        })
                })
            };
            let after = periods
                .get(periods.partition_point(|p| p.first < clause_start.max(*end)))
                .filter(|p| p.end <= clause_end && !later_figure_s(p));
            let last_report = reports.partition_point(|&a| a < *first);
            let last_report = last_report.checked_sub(1).and_then(|k| reports.get(k));
            // "…; over the whole battle, SANA acknowledged 200 soldiers killed": a
            // clause over the whole story takes no date from before it.
            let whole_time = || {
                (clause_start..clause_end).any(|i| scan.any_at(i, &self.words.whole_time).is_some())
            };
            let last_before = periods
                .partition_point(|p| p.end <= *first)
                .checked_sub(1)
                .and_then(|k| periods.get(k))
                // A date opening the sentence dates it past a ";" ("On 3 May, the rebels
                // captured the town; 40 soldiers were killed").
                .filter(|p| p.first >= clause_start || p.first <= 1 && !whole_time());
            // The report's date: before its verb ("Le 24 mai, l'OSDH affirme que…"), or
            // between the verb and what it reports ("l'OSDH indique le 30 avril que
            // 200…"). It is not the figure's, but the figure was known by then.
            // Only a date whose first report comes before any figure: "Le 3 mai, 20
            // soldats ont été tués, tandis que l'OSDH en dénombre 35" dates both.
            // Not a period from one day, month or year to another: a report is made
            // on one ("Between 2014 and 2016, the SOHR documented…" dates the figures).
            let report_date = last_before.filter(|p| !p.runs_across()).filter(|p| {
                last_report.is_some_and(|&a| {
                    p.end <= a
                        && reports
                            .get(reports.partition_point(|&r| r < p.end))
                            .is_some_and(|&r| {
                                scan.quantities
                                    .get(scan.quantities.partition_point(|(_, f, _)| *f < p.end))
                                    .is_none_or(|(_, f, _)| *f >= r)
                            })
                        || Self::opens_report(&complementizers, a, p, *first)
                })
            });
            let before = last_before.filter(|_| report_date.is_none());
            // A day before the figure over a month or a year after it: "Le 10 mai, 30
            // soldats de la brigade créée en 2013 sont tués".
            let own = match (after, before) {
                // "Le 10 mai, 31 rebelles ont été tués depuis le 1er mai": from the one
                // to the other.
                (Some(a), Some(b))
                    if a.bound == Bound::Since
                        && b.to_the_day()
                        && b.bound == Bound::Span
                        && a.start <= b.last =>
                {
                    Some(Period {
                        last: b.last,
                        bound: Bound::Span,
                        ..*a
                    })
                }
                (Some(a), Some(b)) if !a.to_the_day() && b.to_the_day() => Some(*b),
                (a, b) => a.or(b).copied(),
            };
            // A month or a year inside a sentence dates its clause, not the paragraph;
            // nor does a period of one end ("Since 1 May, government forces have
            // besieged the town. 30 rebels were killed in an ambush.").
            if own.is_some_and(|p| moves_the_narrative(&p) && p.bound == Bound::Span) {
                last_own = own;
            }
            // "Dans l'après-midi, …": the time of the sentence before, which then dates
            // the paragraph's next sentences as an own date would.
            let same_time_period = if same_time { ctx.last_seen } else { None };
            if own.is_none() && last_own.is_none() {
                last_own = same_time_period;
            }
            // Not the paragraph's date when the sentence has a report's: what was
            // reported on 5 May is no figure of the 3 May of the sentence before.
            let period = own.or(same_time_period).or(ctx
                .period
                .filter(|_| report_date.is_none() && !whole_time()));
            // Undated otherwise, a figure told in a dated report was known by that date.
            let by = report_date
                .filter(|_| period.is_none_or(|p| p.bound == Bound::Since))
                .copied();
            // (After it in its clause: "In Aleppo, the SOHR counted 70 dead soldiers; in
            // Homs, SANA counted 40" put the 70 in Homs, "40 soldiers were killed;
            // fighting also broke out in Homs" the 40.)
            let place = self.place(
                scan,
                &places,
                (*first, !elsewhere),
                *end,
                next_first.min(clause_end),
            );
            // The site its sentence names, else its paragraph's; not when it names a place
            // of its own ("des obus … sur Jisr al-Choghour tuent sept civils" after a
            // sentence on an attack against a military base): that place is its scope.
            let claim_site = site
                .get_or_init(|| site_in(t, self.words))
                .clone()
                .or_else(|| ctx.site.clone().filter(|_| place.is_none()));
            // Whose part of its side: its own words, and a marker's after them ("40 tués
            // parmi les combattants du Hezbollah"), else the subject of a verb of losses,
            // a side's marker, a copula or a total's verb right before it ("Hezbollah
            // lost 20 fighters", "Les pertes du Hezbollah sont de 30 morts"), or the
            // subject left out before it ("…, and the army 40 men"); not the source that
            // gave it, nor a subject before a verb of another kind ("Al-Nusra attacked
            // the headquarters, killing 40 of its fighters"). A bare figure answering the
            // one before ("Hezbollah lost 60 fighters according to the SOHR, and 20
            // according to Al-Manar") is that one's faction's.
            let faction = if !self.factions_named || side == "unknown" || side.contains('+') {
                Faction::Unnamed
            } else {
                // (With a name of its side joined after them when they end in one: "30
                // Hezbollah and NDF fighters", "30 combattants du Front al-Nosra et
                // d'Ahrar al-Cham" are of two factions; not "Hezbollah lost 20 fighters
                // and government forces 60".)
                let ends_in_name = (noun_start..stop).any(|i| {
                    scan.match_at(i, &self.words.sides)
                        .is_some_and(|(_, e)| e == stop)
                });
                let joined_name = scan
                    .any_at(stop, &self.words.category_joiners)
                    .filter(|_| ends_in_name)
                    .map(|j| scan.past(j, &self.words.determiners, next_first))
                    .and_then(|j| scan.match_at(j, &self.words.sides))
                    .filter(|&(s, e)| s == side && e <= next_first.min(words_end))
                    .map(|(_, e)| e);
                let own = if bare {
                    (noun_start, noun_start)
                } else {
                    (noun_start, joined_name.unwrap_or(stop))
                };
                let marked = scan
                    .any_at(own.1, &self.words.side_markers)
                    .filter(|_| scan.any_at(own.1, &self.words.losses).is_none())
                    .map_or((0, 0), |k| {
                        let to = next_first.min(k + 12);
                        (k, (k..to).find(|&j| scan.is_break(j)).unwrap_or(to))
                    });
                // (A noun of the side by default, "45 militiamen", names it when nothing
                // else does.)
                let (strict, lenient) = self.factions(scan, &side, &[own, marked]);
                let found = match strict {
                    Faction::Unnamed => {
                        let from = figure_start.max(clause_start);
                        let subject = self.faction_subject(scan, *first, from, lost_joined);
                        self.faction(scan, &side, &[subject])
                    }
                    found => found,
                };
                match found {
                    Faction::Unnamed => match lenient {
                        Faction::Unnamed if bare && !is_others => rival
                            .and_then(|(c, _)| self.claims.get(c))
                            .filter(|p| p.side == side)
                            .map_or(Faction::Unnamed, |p| p.faction.clone()),
                        found => found,
                    },
                    found => found,
                }
            };
            let refs = cited.refs(q.span.end);
            // Its in-text source, when neither a list paired by "respectively" nor a
            // figure left out names its own.
            // (A count of the same: not "Government casualties numbered 120 and rebel
            // casualties 300".)
            let rival_of = set_against
                .and_then(|id| self.claims.get(id))
                .filter(|c| c.category == category && c.side == side)
                .map(|c| c.id.clone());
            let (in_text, joint) = (respective_source.is_none() && gap_source.is_none())
                .then(|| self.attribution_for(scan, &attributions, *first))
                .flatten()
                .map(|a| {
                    let k = attributions.partition_point(|(p, _)| *p < a.0);
                    match joints.get(k) {
                        Some(cell) => cell.get_or_init(|| self.joint_sources(scan, a)).clone(),
                        None => self.joint_sources(scan, a),
                    }
                })
                .unzip();
            let joint = joint.unwrap_or_default();
            // "The SOHR counted 40 rebel deaths, including 12 al-Nusra fighters, and 30
            // loyalist deaths": a later item of a list of parts, after a comma and a
            // joiner, whose side is none of its total's ends the list; it is no part
            // (but "including 80 soldiers and 30 Russian mercenaries" are parts).
            let comma_joined = (figure_start..*first).any(|i| {
                t.tok_text(i) == "," && scan.any_at(i + 1, &self.words.category_joiners).is_some()
            });
            if let Some(p) = parent.filter(|p| {
                sub_parent.is_some()
                    && !dont
                    && comma_joined
                    && p.side != "unknown"
                    && side != "unknown"
                    && !p.side.split('+').any(|s| s == side)
            }) {
                if sub_parent.is_some_and(|s| self.claims.get(s).is_some_and(|c| c.id == p.id)) {
                    parent = None;
                    sub_parent = None;
                }
            }
            let id = self.push(ClaimParts {
                sentence,
                needs_citation: cited.needs_citation,
                total,
                each: match respective.get(n) {
                    // (Figures of one side's toll are rivals: "…put the Palestinian
                    // death toll at 1,100 and 1,400 respectively"; those no one's but
                    // their own words' are not: "Armenia and Azerbaijan reported 85 and
                    // 100 civilian deaths respectively".)
                    Some(Some((end, Gap::Side(s)))) => {
                        s == "unknown"
                            || respective
                                .iter()
                                .flatten()
                                .any(|(e, g)| e == end && matches!(g, Gap::Side(o) if o != s))
                    }
                    _ => false,
                },
                infobox: false,
                category,
                side,
                faction,
                q: Some(q),
                figure: t
                    .text
                    .get(q.span.start..q.span.end)
                    .unwrap_or("")
                    .to_owned(),
                period,
                by,
                place,
                // A part with no source of its own is its total's, in the sentence
                // ("The SOHR said 65 fighters were killed; 41 of them were rebels").
                joint,
                attributed: respective_source.or(gap_source).or(in_text).or_else(|| {
                    parent
                        .filter(|_| sub_parent.is_some())
                        .and_then(|p| p.attributed_to.clone())
                }),
                refs,
                parent: parent.map(|p| p.id.clone()),
                rival_of,
                event: None,
                site: claim_site,
                at: (q.span.start, q.span.end),
            });
            sentence_claims.push(id);
            last_claimed = Some((n, q.leading));
            rival_link = Some(n);
            lost_before =
                (lost_here || lost_joined) && self.claims[id].category == KILLED_OR_WOUNDED;
            rival_before = Some((id, *end, total));
            if total && bare && t.tok_text(*end) == ":" {
                colon_total = Some((*end, id));
            }
            if self.claims[id].parent.is_none() {
                ctx.last_total = Some(id);
            }
        }
        self.events(sentence, scan, &cited, &attributed);
        // What dates the next sentences of the paragraph: the period of this one's last
        // dated figure, else a date that opens it ("Le 10 mai, …", "Mais le matin du
        // 27 avril, …") unless it is the date of a report. A date inside a sentence
        // dates only its own clause.
        let leading = scan
            .periods
            .iter()
            .find(|p| {
                // Not "Elle est lancée le 19 décembre".
                p.first <= 4
                    && moves_the_narrative(p)
                    && p.bound == Bound::Span
                    && (t.tok_text(p.end) == ","
                        || p.first == 0
                        || scan.any_at(0, &self.words.day_before).is_some())
                    && !attributions.iter().any(|(a, _)| *a >= p.end)
            })
            .copied();
        if let Some(p) = last_own.or(leading) {
            ctx.period = Some(p);
        }
        // "Le même jour": a day's; none after a sentence opened by a month or a year,
        // the same as before after one that names a year inside it.
        if let Some(p) = scan.periods.iter().rev().find(|p| p.to_the_day()) {
            // "Until 8 May, … The same day": 8 May.
            ctx.last_seen = Some(Period {
                start: if p.bound == Bound::Until {
                    p.last
                } else {
                    p.start
                },
                bound: Bound::Span,
                ..*p
            });
        } else if scan.periods.iter().any(moves_the_narrative) {
            ctx.last_seen = None;
        }
    }

    /// A place named in tokens `from..to` after a figure ("à Ichtabraq", "près de Jisr
    /// al-Choghour"), else, when `before`, the nearest one before its first token
    /// `first` ("à Darkoush, … 53 morts"). `places` holds the sentence's places with their tokens,
    /// found at the first figure that looks.
    fn place(
        &self,
        scan: &Scan<'_>,
        places: &OnceCell<Vec<(usize, String)>>,
        (first, before): (usize, bool),
        from: usize,
        to: usize,
    ) -> Option<String> {
        let t = &scan.t;
        let places = places.get_or_init(|| {
            (0..t.len())
                .filter_map(|i| {
                    // "killed 40 (Hama)": a name given as a place elsewhere, alone in
                    // brackets.
                    if self.past_bracketed_place(scan, i).is_some() {
                        return proper_noun(t, i + 1, &self.names).map(|p| (i, p));
                    }
                    let k = scan.any_at(i, &self.words.place_before)?;
                    // "selon l'OSDH, basé à Londres": a source's seat is no place.
                    if scan.phrase_ending_at(&self.words.seats, k).is_some() {
                        return None;
                    }
                    // "liés à al-Qaïda": a side is no place, nor a month ("in June").
                    if scan.match_at(k, &self.words.sides).is_some()
                        || scan.any_at(k, &self.words.months).is_some()
                    {
                        return None;
                    }
                    // "which began in October 2016": a date is no place.
                    let periods = &scan.periods;
                    if periods
                        .get(periods.partition_point(|p| p.end <= k))
                        .is_some_and(|p| p.first <= k)
                    {
                        return None;
                    }
                    let place = proper_noun(t, k, &self.names)?;
                    // "in Saudi-led airstrikes", "in Russian airstrikes": a name that
                    // qualifies the word after it is no place (a noun's; not a verb's,
                    // "sur Jisr al-Choghour tuent sept civils").
                    let name_end = t.toks.get(k)?.start + place.len();
                    let after = (k..t.len())
                        .find(|&j| t.toks.get(j).is_none_or(|x| x.start >= name_end))
                        .unwrap_or(t.len());
                    let glued = |j: usize| t.gap_after(j).is_empty();
                    let hyphenated = t.tok_text(after) == "-"
                        && glued(after - 1)
                        && glued(after)
                        && t.kind(after + 1) == Some(Kind::Word)
                        && t.tok_text(after + 1)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase);
                    let qualifies = scan
                        .match_at(after, &self.words.categories)
                        .is_some_and(|(c, _)| NOUN_ONLY.contains(&c));
                    (!hyphenated && !qualifies).then_some((i, place))
                })
                .collect()
        });
        places
            .get(places.partition_point(|(i, _)| *i < from)..)
            .and_then(|rest| rest.first())
            .filter(|(i, _)| *i < to.min(t.len()))
            .or_else(|| {
                if !before {
                    return None;
                }
                // (Not a place in brackets, its own figure's only.)
                let below = places.partition_point(|(i, _)| *i < first);
                below
                    .checked_sub(1)
                    .and_then(|k| places.get(k))
                    .filter(|(i, _)| t.tok_text(*i) != "(")
            })
            .map(|(_, place)| place.clone())
    }

    /// Dated events: a place taken, lost, besieged, evacuated; an offensive launched.
    /// Dated to the day: a month or a year is too often background for its verb ("La
    /// ville, qui comptait 50 000 habitants en 2011, est prise").
    fn events(
        &mut self,
        sentence: &Sentence,
        scan: &Scan<'_>,
        cited: &Cited,
        attributed: &Option<String>,
    ) {
        let days: Vec<&Period> = scan.periods.iter().filter(|p| p.to_the_day()).collect();
        if days.is_empty() {
            return;
        }
        let t = &scan.t;
        // The sentence's event verbs and the ends of its figures, in order.
        let verbs: Vec<(usize, &str, usize)> = (0..t.len())
            .filter_map(|i| {
                scan.match_at(i, &self.words.events)
                    // "la prise d'otages": words of `none` hold an event's word, and
                    // are none.
                    .filter(|(e, _)| *e != NO_EVENT)
                    .map(|(e, end)| (i, e, end))
            })
            .collect();
        let last_verb_before = |to: usize| {
            let k = verbs.partition_point(|v| v.0 < to);
            k.checked_sub(1).and_then(|k| verbs.get(k))
        };
        let mut figure_ends: Vec<usize> = scan.quantities.iter().map(|(_, _, e)| *e).collect();
        figure_ends.sort_unstable();
        let mut last_place: Option<String> = None;
        let mut previous_end = 0;
        for &p in &days {
            // The nearest event verb before the date (after the previous date, or for the
            // first date anywhere before it).
            let verb = last_verb_before(p.first)
                .filter(|v| v.0 >= previous_end)
                .or_else(|| {
                    // "s'emparent de Maarat al-Nouman le 29 janvier, puis de Saraqeb le 8
                    // février": the earlier verb again, when the segment names a new place.
                    let new_place =
                        (previous_end..p.first).any(|i| proper_noun(t, i, &self.names).is_some());
                    last_verb_before(previous_end).filter(|_| previous_end > 0 && new_place)
                })
                .map(|&(i, e, end)| (i, e.to_owned(), end))
                // "Le 14 mars 2016, les rebelles prennent la ville": in a sentence of one
                // date, the first event verb after it.
                .or_else(|| {
                    let k = verbs.partition_point(|v| v.0 < p.end);
                    verbs
                        .get(k)
                        .filter(|_| days.len() == 1)
                        .map(|&(i, e, end)| (i, e.to_owned(), end))
                });
            let Some((v, event, verb_end)) = verb else {
                previous_end = p.end;
                continue;
            };
            let verb_after = v >= p.end;
            // The verb's clause, for a verb after its date (there is one such date in a
            // sentence): to its first `:`, `;` or `,`.
            let verb_clause_end = if verb_after {
                (verb_end..t.len())
                    .find(|&i| matches!(t.tok_text(i), ":" | ";" | ","))
                    .unwrap_or(t.len())
            } else {
                t.len()
            };
            // Skip dates that date a figure rather than an event ("92 morts entre…"), and
            // a verb after its date whose object is a figure ("the rebels had taken 200
            // prisoners", "prennent une dizaine de villages"): no place was taken.
            // Nor a verb that says what became of the figure right before it, with nothing
            // after it taken but its date ("150 soldiers were killed and 200 captured",
            // "200 soldats sont capturés le 3 mai").
            // (The nearest figure's end before the verb is the only one that may be.)
            let of_figure = (verb_end >= t.len()
                || verb_end == p.first
                || scan.is_break(verb_end)
                || scan.any_at(verb_end, &self.words.agent).is_some())
                && figure_ends
                    .partition_point(|&e| e <= v)
                    .checked_sub(1)
                    .and_then(|k| figure_ends.get(k))
                    .is_some_and(|&e| v - e <= 3 && !(e..v).any(|i| scan.is_break(i)));
            let counted = if verb_after {
                of_figure
                    || scan
                        .quantities
                        .iter()
                        .any(|(_, first, _)| *first >= verb_end && *first < verb_end + 3)
            } else {
                of_figure || first_at_or_after(&figure_ends, verb_end).is_some_and(|e| e <= p.first)
            };
            if counted {
                previous_end = p.end;
                continue;
            }
            let segment_start = previous_end.max(if v < previous_end {
                previous_end
            } else {
                verb_end
            });
            let place = if verb_after {
                // After a verb after its date: a name in the verb's clause, not a side's
                // ("les rebelles lancent un assaut : … du Front al-Nosra").
                self.name_in(scan, verb_end, verb_clause_end)
                    .or_else(|| last_place.clone())
            } else {
                // Before the verb, a name that is no side's either ("Les combattants liés
                // à al-Qaïda prennent la ville" took place in "Qaïda").
                self.name_in(scan, segment_start, p.first)
                    .or_else(|| self.name_in(scan, previous_end, v.max(previous_end)))
                    .or_else(|| last_place.clone())
            };
            let next_date = scan
                .periods
                .get(scan.periods.partition_point(|q| q.first <= p.first))
                .map_or(t.len(), |q| q.first);
            // A verb after its date: a passive verb's agent in its clause ("…, qui est
            // ensuite pris par les rebelles"), else its subject, between the date and the
            // verb ("Le 6 juin, les rebelles prennent…"; "government forces captured the
            // village held by the rebels" is the government's), before any agent
            // further on.
            let subject = verb_after
                .then(|| {
                    self.passive(scan, (p.end, v), verb_end)
                        .then(|| self.agent_side_in(scan, verb_end, verb_clause_end))
                        .flatten()
                        .or_else(|| self.first_side_in(scan, p.end, v))
                })
                .flatten();
            // A verb before its date: an active one is its subject's, the side named
            // nearest before it ("Government forces captured the rebel-held village on 6
            // June" is the government's); a passive one its agent's, between it and the
            // date ("est prise par les rebelles le 25 avril"), or after the date.
            let subject = subject.or_else(|| {
                (!verb_after
                    && v >= previous_end
                    && !self.passive(scan, (previous_end, v), verb_end))
                .then(|| self.last_side_in(scan, previous_end, v))
                .flatten()
            });
            let side = subject
                .or_else(|| self.actor_side_in(scan, verb_end.max(previous_end), p.first))
                .or_else(|| self.agent_side_in(scan, p.end, next_date))
                .or_else(|| self.side_in(scan, previous_end, v.max(previous_end), true))
                .unwrap_or_else(|| "unknown".to_owned());
            let verb_text = t
                .text
                .get(t.toks[v].start..t.toks[verb_end - 1].end)
                .unwrap_or("")
                .to_owned();
            last_place = place.clone();
            let refs = cited.refs(t.toks.get(p.end.saturating_sub(1)).map_or(0, |x| x.end));
            self.push(ClaimParts {
                sentence,
                needs_citation: cited.needs_citation,
                total: false,
                each: false,
                infobox: false,
                category: "event".to_owned(),
                side,
                faction: Faction::Unnamed,
                q: None,
                figure: verb_text,
                period: Some(*p),
                by: None,
                place,
                attributed: attributed.clone(),
                joint: Vec::new(),
                refs,
                parent: None,
                rival_of: None,
                event: Some(event),
                site: None,
                at: (t.toks[v].start, t.toks[verb_end - 1].end),
            });
            previous_end = p.end;
        }
    }

    fn infobox(
        &mut self,
        sentence: &Sentence,
        scan: &Scan<'_>,
        field: &str,
        label: Option<&str>,
        cell: usize,
    ) {
        let category_of_field = match field {
            "strength" => Some("strength".to_owned()),
            "casualties" => None,
            _ => return,
        };
        let t = &scan.t;
        let site = OnceCell::new();
        let cited = Cited::new(self.article, sentence);
        // "261 killed (per SOHR)", "300 killed (government claim)": a cell's sources,
        // read as the body's are.
        let attributions = self.attributions(scan, &Marks::new(scan, self.words));
        self.name_sources(&attributions);
        for (n, (q, first, _end)) in scan.quantities.iter().enumerate() {
            let next = scan.quantities.get(n + 1).map_or(t.len(), |(_, f, _)| *f);
            // (A side named in its source is not the figure's: "300 killed (government
            // claim)" in the rebels' column.)
            let own = attributions
                .iter()
                .map(|(a, _)| *a)
                .find(|&a| a > *first && a < next)
                .unwrap_or(next);
            // The figure's own span may hold its noun ("261 morts au moins").
            let end = first;
            // A cell that names no category ("5 chars T-72" does; "3" does not) gives no claim.
            let Some(category) = category_of_field
                .clone()
                .or_else(|| self.category_in(scan, *end..next, true))
            else {
                continue;
            };
            let side = label
                .and_then(|l| {
                    let l = fold(l);
                    self.words
                        .column_labels
                        .iter()
                        .find(|(x, _)| *x == l)
                        .map(|(_, s)| s.clone())
                })
                .or_else(|| self.side_in(scan, *end, own, category == "strength"))
                .unwrap_or_else(|| format!("column:{cell}"));
            // A column is the whole side's, but for a figure whose own words name one
            // faction of it only ("60 killed (Hezbollah)").
            let faction = match self
                .factions_named
                .then(|| self.faction(scan, &side, &[(*first, own)]))
            {
                Some(Faction::Named(f)) => Faction::Named(f),
                _ => Faction::Side,
            };
            let refs = cited.refs(q.span.end);
            let (in_text, joint) = self
                .attribution_for(scan, &attributions, *first)
                .map(|a| self.joint_sources(scan, a))
                .unzip();
            self.push(ClaimParts {
                sentence,
                needs_citation: cited.needs_citation,
                total: false,
                each: false,
                infobox: true,
                category,
                side,
                faction,
                q: Some(q),
                figure: t
                    .text
                    .get(q.span.start..q.span.end)
                    .unwrap_or("")
                    .to_owned(),
                period: None,
                by: None,
                place: None,
                attributed: in_text,
                joint: joint.unwrap_or_default(),
                refs,
                parent: None,
                rival_of: None,
                event: None,
                site: site.get_or_init(|| site_in(t, self.words)).clone(),
                at: (q.span.start, q.span.end),
            });
        }
    }

    /// Gives the infobox's unlabelled figures the side of their column. Columns are the
    /// cells of a line (`6 000 hommes[1] 10 000 hommes[2]`) or, in the losses, runs of
    /// lines: a category seen again opens the next column. A column's side comes from
    /// the belligerents' lines, else from the body: the body's claim of the same
    /// category and figure, with its side.
    fn infobox_columns(&mut self) {
        let mut column_of: Vec<(usize, usize)> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut column = 0usize;
        let mut field_line: Option<(String, usize)> = None;
        for (i, c) in self.claims.iter().enumerate() {
            let Some(cell) = c
                .side
                .strip_prefix("column:")
                .and_then(|n| n.parse::<usize>().ok())
            else {
                continue;
            };
            let Some(s) = self.article.sentences.get(c.sentence.saturating_sub(1)) else {
                continue;
            };
            let (field, explicit) = match &s.context {
                Context::Infobox { field, column, .. } => (field.clone(), *column),
                Context::Body => continue,
            };
            // Wikitext says the column (`pertes2`): no guessing.
            if let Some(explicit) = explicit {
                column_of.push((i, explicit.saturating_sub(1)));
                continue;
            }
            if field_line.as_ref().is_none_or(|(f, _)| *f != field) {
                seen.clear();
                column = 0;
            }
            let col = if field == "strength" || cell > 0 {
                cell
            } else {
                if seen.contains(&c.category) {
                    column += 1;
                    seen.clear();
                }
                seen.push(c.category.clone());
                column
            };
            field_line = Some((field, s.line));
            column_of.push((i, col));
        }
        let mut votes: BTreeMap<usize, BTreeMap<String, usize>> = BTreeMap::new();
        for &(i, col) in &column_of {
            let c = &self.claims[i];
            for b in self
                .claims
                .iter()
                .filter(|b| !b.infobox && b.category == c.category && b.side != "unknown")
            {
                if b.value == c.value && b.value > 0 {
                    *votes
                        .entry(col)
                        .or_default()
                        .entry(b.side.clone())
                        .or_default() += 1;
                }
            }
        }
        // A column's belligerents, when the source names them (`belligérant1`), say
        // its side; else the body's claims of the same figures vote. Belligerents that
        // are one faction of their side only (Hezbollah alone at Arsal) make its figures
        // that faction's.
        let mut named: BTreeMap<usize, String> = BTreeMap::new();
        let mut column_factions: BTreeMap<usize, Faction> = BTreeMap::new();
        for f in self
            .article
            .infobox
            .iter()
            .filter(|f| f.key == "belligerents")
        {
            let Some(col) = f.column else { continue };
            // (The lines cut into tokens once, for the side and the faction.)
            let lines: Vec<Tokens<'_>> = f
                .sentences
                .iter()
                .filter_map(|&id| self.article.sentences.get(id.saturating_sub(1)))
                .map(|s| Tokens::new(&s.text))
                .collect();
            let side = lines.iter().find_map(|t| {
                (0..t.len()).find_map(|i| self.words.sides.at(t, i).map(|(side, _)| side.clone()))
            });
            if let Some(side) = side {
                let faction = lines
                    .iter()
                    .filter(|_| self.factions_named)
                    .map(|t| self.faction(&Scan::words_only(t), &side, &[(0, t.len())]))
                    .reduce(|a, b| match (a, b) {
                        (Faction::Unnamed, x) | (x, Faction::Unnamed) => x,
                        (Faction::Named(a), Faction::Named(b)) if a == b => Faction::Named(a),
                        _ => Faction::Side,
                    });
                if let Some(faction) = faction {
                    column_factions
                        .entry(col.saturating_sub(1))
                        .or_insert(faction);
                }
                named.entry(col.saturating_sub(1)).or_insert(side);
            }
        }
        let side_of = |col: usize| {
            named.get(&col).cloned().or_else(|| {
                votes
                    .get(&col)
                    .and_then(|v| v.iter().max_by_key(|(_, n)| **n).map(|(s, _)| s.clone()))
            })
        };
        for (i, col) in column_of {
            self.claims[i].side = side_of(col).unwrap_or_else(|| "unknown".to_owned());
            // (Where one faction is the column's whole side, the body's words for the
            // side are its too: its figures are compared with all of the side's.)
            if let (Faction::Side, Some(Faction::Named(_))) =
                (&self.claims[i].faction, column_factions.get(&col))
            {
                if named.get(&col) == Some(&self.claims[i].side) {
                    self.claims[i].faction = Faction::Unnamed;
                }
            }
        }
    }

    /// Who counted what a reference reports: a monitor or official source its title
    /// names ("… selon l'OSDH"), else its agency, else its first source.
    fn reference_origin(&self, r: &crate::model::Reference) -> Option<String> {
        let counted_by_title = r.title.as_deref().and_then(|title| {
            let t = Tokens::new(title);
            let names = NameRuns::new(&t);
            (0..t.len()).find_map(|i| {
                self.source_in(&names, i, (i + 8).min(t.len()), true)
                    .filter(|k| {
                        self.registry
                            .get(k)
                            .is_some_and(|s| COUNTERS.contains(&s.kind.as_str()))
                    })
            })
        });
        counted_by_title
            .or_else(|| {
                r.agencies
                    .iter()
                    .find_map(|a| self.registry.resolve(a))
                    .map(|s| s.key.clone())
            })
            .or_else(|| r.source_keys.first().cloned())
    }

    /// The article's reference numbered `n`, as [`Article::reference`] finds it.
    fn reference(&self, n: u32) -> Option<&crate::model::Reference> {
        self.reference_at
            .get(&n)
            .and_then(|&i| self.article.references.get(i))
    }

    /// The origin of reference `n`, from the cache when it was read before.
    fn origin_of(&mut self, n: u32) -> Option<String> {
        if let Some(origin) = self.origins.get(&n) {
            return origin.clone();
        }
        let origin = self.reference(n).and_then(|r| self.reference_origin(r));
        self.origins.insert(n, origin.clone());
        origin
    }

    fn push(&mut self, p: ClaimParts<'_>) -> usize {
        // The claim's lists are made with the room they can take, not the four items
        // a vector is given at its first push: they hold one or two keys, and a list of
        // thousands of figures keeps them all (three lists of four unused cells were
        // most of what each claim held besides its sentence).
        let attributed_key = p
            .attributed
            .as_ref()
            .filter(|a| self.registry.get(a).is_some())
            .cloned();
        let cited_keys: usize = p
            .refs
            .iter()
            .filter_map(|n| self.reference(*n))
            .map(|r| r.source_keys.len())
            .sum();
        let mut source_keys: Vec<String> =
            Vec::with_capacity(usize::from(attributed_key.is_some()) + p.joint.len() + cited_keys);
        if let Some(k) = &attributed_key {
            source_keys.push(k.clone());
            source_keys.extend(p.joint.iter().cloned());
        }
        for n in &p.refs {
            if let Some(r) = self.reference(*n) {
                for k in &r.source_keys {
                    if !source_keys.contains(k) {
                        source_keys.push(k.clone());
                    }
                }
            }
        }
        // Who counted: the in-text source (a claimant or an unnamed source the registry
        // does not know, as written), else per reference the monitor its title names,
        // its agency, or its first source. The others only carried the figure.
        let mut origin: Vec<String>;
        match &p.attributed {
            Some(k) => {
                origin = Vec::with_capacity(1 + p.joint.len());
                origin.push(k.clone());
                origin.extend(p.joint.iter().cloned());
            }
            None => {
                origin = Vec::with_capacity(p.refs.len());
                for n in &p.refs {
                    if let Some(k) = self.origin_of(*n) {
                        if !origin.contains(&k) {
                            origin.push(k);
                        }
                    }
                }
            }
        }
        let carried = |k: &&String| !origin.contains(k);
        let mut carriers: Vec<String> =
            Vec::with_capacity(source_keys.iter().filter(carried).count());
        carriers.extend(source_keys.iter().filter(carried).cloned());
        let partisan = |k: &String| {
            self.registry
                .get(k)
                .is_some_and(|s| !NEUTRAL_ALIGNMENTS.contains(&s.alignment.as_str()))
        };
        // Who counted, not who relayed: SANA's figure carried by AFP is still SANA's alone.
        let partisan_only = !origin.is_empty() && origin.iter().all(partisan);
        let flagged = [
            (p.infobox, "infobox"),
            (p.refs.is_empty(), "unsourced"),
            (partisan_only, "partisan_only"),
            (p.needs_citation, "citation_needed"),
            (p.total, "total"),
            (p.each, "each"),
        ];
        let mut flags = Vec::with_capacity(flagged.iter().filter(|(on, _)| *on).count());
        flags.extend(
            flagged
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, flag)| (*flag).to_owned()),
        );
        let (low, high, approx, qualifier, value) = match p.q {
            Some(q) => (
                q.low,
                q.high,
                q.approx,
                q.qualifier.map(|x| x.name().to_owned()),
                q.value,
            ),
            None => (0, None, false, None, 0),
        };
        // "depuis le 1er mai": from that day, to the report's if one is dated;
        // "jusqu'au 10 mai": up to that day, from none. An event is of its day ("prise
        // dès le 25 avril").
        let bound = p
            .period
            .map(|x| x.bound)
            .filter(|_| p.event.is_none())
            .unwrap_or(Bound::Span);
        let date_start = p
            .period
            .filter(|_| bound != Bound::Until)
            .map(|x| x.start_iso());
        let date_end = match p.period {
            Some(_) if bound == Bound::Since => p.by.map(|b| b.end_iso()),
            Some(x) => Some(x.end_iso()),
            None => p.by.map(|b| b.end_iso()),
        };
        let id = self.claims.len();
        self.claims.push(Claim {
            id: format!("c{}", id + 1),
            sentence: p.sentence.id,
            section: p.sentence.section,
            infobox: p.infobox,
            category: p.category,
            side: p.side,
            faction: p.faction,
            low,
            high,
            approx,
            qualifier,
            figure: p.figure,
            value,
            event: p.event,
            date_start,
            date_end,
            place: p.place,
            attributed_to: p.attributed,
            joint: p.joint,
            refs: p.refs,
            source_keys,
            origin,
            carriers,
            site: p.site,
            corroboration: Vec::new(),
            verification: Vec::new(),
            flags,
            parent: p.parent,
            rival_of: p.rival_of,
            text: excerpt(&p.sentence.text, p.at),
        });
        id
    }
}

struct ClaimParts<'s> {
    sentence: &'s Sentence,
    /// Whether the sentence carries a citation-needed marker.
    needs_citation: bool,
    /// A total stated as one, with no noun: "le bilan s'élève à 270".
    total: bool,
    /// One of a list paired with sides by "respectively": its figures count different
    /// people, no rivals of each other.
    each: bool,
    infobox: bool,
    category: String,
    side: String,
    /// The faction of its side its own words name ([`Claim::faction`]).
    faction: Faction,
    q: Option<&'s Quantity>,
    figure: String,
    period: Option<Period>,
    /// For a figure without a period, or with its start only, the date of the
    /// report that gave it: its `date_end`.
    by: Option<Period>,
    place: Option<String>,
    attributed: Option<String>,
    /// Registry sources named with it that gave the figure too.
    joint: Vec<String>,
    refs: Vec<u32>,
    parent: Option<String>,
    /// The claim the text sets this figure against.
    rival_of: Option<String>,
    event: Option<String>,
    site: Option<String>,
    /// Byte range of the figure (or the event's verb) in the sentence.
    at: (usize, usize),
}

/// Whether a name has a capital after its first letter ("La Presse", "SOHR"; not
/// "Reuters", "rebels").
fn capitals_after_first(name: &str) -> bool {
    name.chars().skip(1).any(char::is_uppercase)
}

/// The sentence around a figure, at most 300 characters, cut at word boundaries and
/// marked with `…`: a long sentence of many figures is not copied whole for each.
fn excerpt(text: &str, (start, end): (usize, usize)) -> String {
    const RADIUS: usize = 150;
    // Counted no further than needed: a sentence may be a whole article long.
    if text.chars().nth(2 * RADIUS).is_none() {
        return text.to_owned();
    }
    let mut from = start.saturating_sub(RADIUS);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + RADIUS).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    // Cut after the first space and before the last one of the window, when it has
    // them (a window without a space is kept whole).
    let from = if from == 0 {
        0
    } else {
        text.get(from..to)
            .and_then(|w| w.find(' '))
            .map_or(from, |p| from + p + 1)
    };
    let to = if to == text.len() {
        to
    } else {
        text.get(from..to)
            .and_then(|w| w.rfind(' '))
            .map(|p| from + p)
            .filter(|&p| p > from)
            .unwrap_or(to)
    };
    // Made to its length: `format!` would grow it to the next power of two, and a
    // sentence of thousands of figures keeps one excerpt per figure.
    let cut = |yes: bool| if yes { "…" } else { "" };
    [
        cut(from > 0),
        text.get(from..to).unwrap_or(""),
        cut(to < text.len()),
    ]
    .concat()
}

/// A proper noun at token `i`: capitalised words joined by particles
/// (`Jisr al-Choghour`, `Maarat al-Nouman`, `M5`). A capital that opens the sentence
/// counts only when the article also writes the word with a capital inside a sentence
/// (`Saraqeb est reprise` yes, `Fighting began` no).
fn proper_noun(t: &Tokens<'_>, i: usize, names: &Names) -> Option<String> {
    let capitalised = |k: usize| {
        t.kind(k) == Some(Kind::Word)
            && t.tok_text(k).chars().next().is_some_and(char::is_uppercase)
            && !names.not_places.iter().any(|w| w == t.folded(k))
    };
    let capital = |k: usize| capitalised(k) && (k > 0 || names.inner.contains(t.tok_text(k)));
    let particle = |k: usize| names.particles.iter().any(|w| w == t.folded(k));
    // A name's first word: not the end of one ("Nouman" in "Maarat al-Nouman"); the
    // sentence's first word when the text names it elsewhere, or when a particle goes
    // on with it ("Maarat al-Nouman est prise").
    let glued_hyphen = |k: usize| t.tok_text(k) == "-" && t.gap_after(k).is_empty();
    let inside = i > 0 && (particle(i - 1) || glued_hyphen(i - 1));
    let opens = capital(i)
        || i == 0
            && capitalised(0)
            && particle(1)
            && (glued_hyphen(2) && capitalised(3) || capitalised(2))
        // "d'al-Mastomah": a particle glued to the name it opens.
        || particle(i) && glued_hyphen(i + 1) && capitalised(i + 2);
    if inside || !opens {
        return None;
    }
    let mut end = i + 1;
    while capital(end)
        || particle(end)
        || (t.tok_text(end) == "-" && (capital(end + 1) || particle(end + 1)))
    {
        end += 1;
    }
    // A name does not end on a particle or a hyphen ("Jisr al-").
    while end > i + 1 && (particle(end - 1) || t.tok_text(end - 1) == "-") {
        end -= 1;
    }
    let start = t.toks.get(i)?.start;
    let stop = t.toks.get(end - 1)?.end;
    t.text.get(start..stop).map(str::to_owned)
}

/// The token after the words joined by hyphens from token `i` that qualify the word
/// after them, before token `stop` ("pro-Russian", "Turkish-backed" before
/// "separatists"); `i` when none do.
fn past_hyphened(t: &Tokens<'_>, mut i: usize, stop: usize) -> usize {
    let word = |k: usize| t.kind(k) == Some(Kind::Word);
    while i + 3 < stop
        && word(i)
        && t.tok_text(i + 1) == "-"
        && word(i + 2)
        && t.gap_after(i).is_empty()
        && t.gap_after(i + 1).is_empty()
        && word(i + 3)
    {
        i += 3;
    }
    i
}

/// The token after a source in brackets that opens right at token `end` ("261 (selon
/// l'OSDH) loyalistes"), else `end`: brackets closed within a dozen tokens, with an
/// in-text source inside and no other bracket.
fn past_bracketed_source(scan: &Scan<'_>, attributions: &[(usize, String)], end: usize) -> usize {
    let t = scan.t;
    if t.tok_text(end) != "(" {
        return end;
    }
    // (A bare name, "92 (SOHR)", is found at the bracket itself.)
    close_of(t, end, end + 1)
        .filter(|&close| attributions.iter().any(|(a, _)| (end..close).contains(a)))
        .map_or(end, |close| close + 1)
}

/// The `)` that closes the bracket opened at token `open`, looked for from token `from`
/// on: within a dozen tokens of the opening, with no other bracket before it.
fn close_of(t: &Tokens<'_>, open: usize, from: usize) -> Option<usize> {
    (from..t.len().min(open + 14))
        .find(|&i| matches!(t.tok_text(i), "(" | ")"))
        .filter(|&c| t.tok_text(c) == ")")
}

/// The first of tokens `walk` that closes a bracket opened before them: `brackets` is
/// the opening and the closing mark in the walk's direction (`("(", ")")` forward,
/// `(")", "(")` backward); brackets opened and closed within the walk are passed over.
fn unmatched(
    t: &Tokens<'_>,
    walk: impl Iterator<Item = usize>,
    (opens, closes): (&str, &str),
) -> Option<usize> {
    let mut depth = 0usize;
    for j in walk {
        let tok = t.tok_text(j);
        if tok == opens {
            depth += 1;
        } else if tok == closes {
            match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return Some(j),
            }
        }
    }
    None
}

/// A figure passed over (no count: "a 70-year-old woman", "une ville de 50 000
/// habitants", agents) keeps the chain of rival totals going past it.
fn pass_over(rival_link: &mut Option<usize>, n: usize) {
    if rival_link.is_some_and(|k| k + 1 == n) {
        *rival_link = Some(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fold_name;

    #[test]
    fn an_excerpt_is_the_figure_s_surroundings_cut_at_spaces() {
        let short = "Le 1 avril, les combats font 12 morts.";
        assert_eq!(excerpt(short, (29, 37)), short);
        // 100 clauses of 10 bytes: `50 morts` at byte 500, its window 350..658, cut
        // after its first space and before its last.
        let long: String = (0..100).map(|i| format!("{i:02} morts, ")).collect();
        let at = long.find("50 morts").expect("the list holds clause 50");
        assert_eq!(at, 500);
        let cut = excerpt(&long, (at, at + 8));
        let inside: String = (36..65).map(|i| format!(" {i:02} morts,")).collect();
        assert_eq!(cut, format!("…morts,{inside} 65…"));
        assert_eq!(cut.capacity(), cut.len());
    }

    #[test]
    fn a_run_folded_from_the_whole_text_is_its_own_fold() {
        let text = "  « Selon l’OSDH,\u{a0}l'Agence  France–Presse » : 6 000 morts. ";
        let t = Tokens::new(text);
        let names = NameRuns::new(&t);
        for first in 0..t.len() {
            for last in first..t.len() {
                let run = &text[t.toks[first].start..t.toks[last].end];
                assert_eq!(names.folded(first, last), fold_name(run), "{run:?}");
            }
        }
    }
}
