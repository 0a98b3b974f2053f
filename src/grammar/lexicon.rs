//! Loads the vocabulary in `grammars/`: one TOML lexicon per language and the source
//! registry (`sources.csv`).
//!
//! Input: a directory, or the copy of `grammars/` built into the binary. Output:
//! [`Grammars`]. It checks the files' shape, not their linguistics: a lexicon with an
//! empty list is valid, and simply recognises nothing of that kind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::error::{Error, Location, Result};
use crate::model::{Registry, Source};

/// The built-in copy of `grammars/`, used when no directory is given.
const BUILTIN: &[(&str, &str)] = &[
    ("fr.toml", include_str!("../../grammars/fr.toml")),
    ("en.toml", include_str!("../../grammars/en.toml")),
];
const BUILTIN_REGISTRY: &str = include_str!("../../grammars/sources.csv");

/// The registry's file name inside a grammars directory.
pub const REGISTRY_FILE: &str = "sources.csv";

/// Everything the grammar knows: the lexicons and the source registry.
#[derive(Debug, Clone)]
pub struct Grammars {
    /// One lexicon per language, in file-name order.
    pub lexicons: Vec<Lexicon>,
    /// The source registry.
    pub registry: Registry,
    /// Where they were loaded from (`None` for the built-in copy).
    pub dir: Option<PathBuf>,
    /// Problems that did not stop loading (a name given to two sources).
    pub warnings: Vec<String>,
    /// The lexicons' detection words, indexed once at load.
    pub(crate) detection: Detection,
}

impl Grammars {
    /// The lexicon for a language code.
    pub fn lexicon(&self, lang: &str) -> Option<&Lexicon> {
        self.lexicons.iter().find(|l| l.lang == lang)
    }

    /// The lexicon for a language tag or name as references give it: `en`, `en-US`,
    /// `French`.
    pub fn lexicon_for(&self, tag: &str) -> Option<&Lexicon> {
        let code = tag.split('-').next().unwrap_or(tag).to_lowercase();
        self.lexicon(&code).or_else(|| {
            self.lexicons.iter().find(|l| {
                l.name.eq_ignore_ascii_case(tag)
                    || l.aliases.iter().any(|a| a.eq_ignore_ascii_case(tag))
            })
        })
    }
}

/// The detection words of all the lexicons in one table, so that language detection
/// looks each word of a text up once, whatever the number of lexicons.
#[derive(Debug, Clone, Default)]
pub(crate) struct Detection {
    /// Each detection word, with the lexicons that list it (indexes into
    /// [`Grammars::lexicons`], each once).
    words: FxHashMap<String, Vec<usize>>,
    /// The longest detection word, in characters: a longer word is never one.
    longest: usize,
}

impl Detection {
    /// Indexes the `detect` words of `lexicons`.
    pub(crate) fn new(lexicons: &[Lexicon]) -> Self {
        let mut words: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut longest = 0;
        for (i, lexicon) in lexicons.iter().enumerate() {
            for word in &lexicon.detect {
                let listed = words.entry(word.clone()).or_default();
                if listed.last() != Some(&i) {
                    listed.push(i);
                }
                longest = longest.max(word.chars().count());
            }
        }
        Self { words, longest }
    }

    /// The longest detection word, in characters: a longer word is never one.
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }

    /// The lexicons that list a word already folded with [`fold_char`](super::text::fold_char).
    pub(crate) fn lexicons(&self, folded: &str) -> &[usize] {
        self.words.get(folded).map_or(&[], Vec::as_slice)
    }
}

/// The words of one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// Language code (`fr`).
    pub lang: String,
    /// Language name, for people.
    pub name: String,
    /// Other names of the language, as reference lists write them (`French`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Frequent words that tell this language from the others.
    pub detect: Vec<String>,
    /// Page layout words.
    pub layout: LayoutWords,
    /// Infobox labels.
    pub infobox: InfoboxWords,
    /// Reference-list words.
    pub reference: ReferenceWords,
    /// Sentence-splitting words.
    pub sentence: SentenceWords,
    /// Month names.
    pub months: MonthWords,
    /// How figures are written.
    pub numbers: NumberWords,
    /// What figures count, whose they are, who says so.
    pub claims: ClaimWords,
    /// Words of the suggestions to editors.
    pub suggest: SuggestWords,
    /// Templates and parameters of wikitext.
    pub wikitext: WikitextWords,
    /// Words of a page's rendered HTML.
    #[serde(default)]
    pub html: HtmlWords,
    /// The month names with the citation templates' extra spellings, made once at
    /// load time for the dates of citations.
    #[serde(skip)]
    pub citation_months: MonthWords,
    /// The words made ready for the rules, the first time an article is read.
    #[serde(skip)]
    prepared: OnceLock<Arc<Prepared>>,
}

impl Lexicon {
    /// The lexicon's words made ready for the rules: built the first time they are
    /// asked for, then kept for every article read with this lexicon.
    pub(crate) fn prepared(&self) -> &Prepared {
        self.prepared.get_or_init(|| Arc::new(Prepared::new(self)))
    }
}

/// A lexicon's words cut into folded parts and indexed (phrase tables, the number
/// reader) for the rules. Making them costs about as much as reading a short
/// article, so a lexicon makes them once ([`Lexicon::prepared`]), not per article.
pub(crate) struct Prepared {
    /// The claims' words.
    pub claims: super::claim::Words,
    /// The number reader.
    pub quantities: super::quantity::QuantityReader,
    /// The words of periods.
    pub periods: super::period::PeriodWords,
    /// What reference titles are read for.
    pub titles: super::headline::TitleWords,
}

impl Prepared {
    fn new(lexicon: &Lexicon) -> Self {
        Self {
            claims: super::claim::Words::new(lexicon),
            quantities: super::quantity::QuantityReader::new(lexicon),
            periods: super::period::PeriodWords::new(lexicon),
            titles: super::headline::TitleWords::new(lexicon),
        }
    }
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared").finish_non_exhaustive()
    }
}

/// The templates and parameters that carry a wikitext article's structure.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WikitextWords {
    /// Names of the conflict infobox templates.
    pub infobox_templates: Vec<String>,
    /// Infobox parameters that name the conflict (the article's title for a file).
    pub title_params: Vec<String>,
    /// Names of the reference-list templates (`{{Références}}`, `{{reflist}}`).
    pub reference_list_templates: Vec<String>,
    /// Their parameter holding list-defined references (`références=`, `refs=`).
    pub reference_list_params: Vec<String>,
    /// Templates that ask for a citation (`{{Refnec}}`, `{{Citation needed}}`).
    pub citation_needed_templates: Vec<String>,
    /// Templates that mark a link dead (`{{Lien brisé}}`, `{{Dead link}}`).
    pub dead_link_templates: Vec<String>,
    /// Inline templates shown as one of their parameters (`"1"`, `"2"`, `"all"`, `"0"`
    /// for none).
    pub inline: BTreeMap<String, String>,
    /// Infobox parameters by field key; a trailing number is the column.
    pub infobox_params: BTreeMap<String, Vec<String>>,
    /// Citation-template parameters by meaning.
    pub citation: CitationParams,
    /// The names of the category namespace (`Catégorie`, `Category`), for the dump
    /// reader's `--category` filter.
    #[serde(default)]
    pub category_prefixes: Vec<String>,
    /// The names of the file namespace (`Fichier`, `File`, `Image`): such links show an
    /// image, no text.
    #[serde(default)]
    pub file_prefixes: Vec<String>,
}

/// Words of a page's rendered HTML (saved from the browser, or the wiki's own).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HtmlWords {
    /// What the wiki adds to an article's title in the page's `<title>`
    /// (`— Wikipédia`), cut off when the page has no title heading.
    #[serde(default)]
    pub title_suffixes: Vec<String>,
    /// The texts of the search links a dead-link template shows after a citation
    /// (`Archive.org`, `Wikiwix`, `Google`): they mark the link dead, and are neither
    /// the cited page nor a copy of it.
    #[serde(default)]
    pub dead_link_tools: Vec<String>,
    /// The words before the date in an archive link's text (`archive du`).
    #[serde(default)]
    pub archive_link_prefixes: Vec<String>,
    /// What the title of a page that is not there says (`Page introuvable`), for the
    /// link audit's soft 404s.
    #[serde(default)]
    pub not_found_titles: Vec<String>,
    /// What a page standing in front of the one asked for says (a captcha).
    #[serde(default)]
    pub blocked_pages: Vec<String>,
}

/// Citation-template parameters by meaning.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationParams {
    /// The title.
    pub title: Vec<String>,
    /// The URL.
    pub url: Vec<String>,
    /// The website.
    pub site: Vec<String>,
    /// The periodical or publisher.
    pub publisher: Vec<String>,
    /// The news agency.
    pub agency: Vec<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// The publication date.
    pub date: Vec<String>,
    /// The access date.
    pub access_date: Vec<String>,
    /// The archive URL.
    pub archive_url: Vec<String>,
    /// The archive date.
    pub archive_date: Vec<String>,
    /// A parameter whose presence marks the link dead (`brisé le`).
    pub dead: Vec<String>,
    /// A parameter whose value `dead` marks the link dead (`url-status`).
    pub url_status: Vec<String>,
    /// The language.
    pub lang: Vec<String>,
    /// More month spellings for citation dates, January first: English templates
    /// (`{{cite web|date=25 April 2015}}`) are common in other languages' articles.
    #[serde(default)]
    pub months: Vec<Vec<String>>,
}

/// Words of the suggestions to editors (`analyze --suggest`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestWords {
    /// The phrase that attributes a figure in text (`selon`, `according to`).
    pub according: String,
    /// The inline template that marks a disputed statement (`{{Douteux}}`).
    pub template: String,
}

/// The words of claims (`[claims]` in a lexicon). README.md, "Claims", gives their use.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimWords {
    /// Words that say what a figure counts, by category (`killed`, `strikes`, …).
    pub categories: BTreeMap<String, Vec<String>>,
    /// Words that name a side, by side (`loyalist`, `rebel`, …).
    pub sides: BTreeMap<String, Vec<String>>,
    /// Names of a side that name one faction of it, by faction (`hezbollah`): a figure
    /// whose words name that faction only is a part of the side's, not its rival.
    /// Each name is one of `sides` too.
    #[serde(default)]
    pub factions: BTreeMap<String, Vec<String>>,
    /// Words that name a side in a frame only, by side: the adjective after a frame's
    /// first words (`russe` in "Côté russe, 40 soldats…"), which elsewhere is no side
    /// ("145 Russes", "les touristes israéliens").
    #[serde(default)]
    pub frame_sides: BTreeMap<String, Vec<String>>,
    /// Names of a country that name a side only as the subject owning up to, losing or
    /// reporting its own people, by side (`Russia` in "Russia said it had lost 40
    /// soldiers"), and elsewhere none: "killed 40 people in Russia" were no Russians,
    /// and the country stays a place.
    #[serde(default)]
    pub countries: BTreeMap<String, Vec<String>>,
    /// Nouns of people, and nouns that are never casualties.
    pub nouns: NounWords,
    /// Side markers, agent words and sub-count words.
    pub markers: MarkerWords,
    /// In-text attribution.
    pub attribution: AttributionWords,
    /// Event verbs, by event (`taken`, `lost`, …).
    pub events: BTreeMap<String, Vec<String>>,
    /// Date and period words.
    pub periods: PeriodWords,
}

/// Nouns that steer the category of a figure.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NounWords {
    /// Nouns of people: their figure takes its category from the clause.
    pub people: Vec<String>,
    /// Nouns of casualties: as a figure's own noun, its killed and wounded (`suffered
    /// 300 casualties`); never the category of a figure near them.
    #[serde(default)]
    pub casualties: Vec<String>,
    /// Words for "the others" (`13 autres`): the kind and side of the figure before.
    pub others: Vec<String>,
    /// Nouns of people of no side: a force's or a strike's actors are not theirs
    /// (`Government forces besieged some 400,000 people`).
    #[serde(default)]
    pub anyone: Vec<String>,
    /// Words after a figure, its determiners skipped, before what it counts (`l'ONU
    /// estime à 400 000 le nombre de déplacés`): the figure's noun is the one after them.
    #[serde(default)]
    pub number_of: Vec<String>,
    /// Words before an age (`aged`, `âgés de`): the figure after them counts no one
    /// (`Men aged 18 to 40 were detained`).
    #[serde(default)]
    pub ages: Vec<String>,
    /// Nouns that are never casualties (`kilomètres`, `habitants`).
    pub not_counts: Vec<String>,
    /// Nouns of people that name a side only by default (`soldiers` are the
    /// government's): the side that lost, owns or deployed them, named as the subject
    /// of the verb before them, is theirs (`Russian forces had lost 250 soldiers`).
    #[serde(default)]
    pub default_sides: Vec<String>,
    /// Capitalised words that never name a place (determiners, pronouns).
    pub not_places: Vec<String>,
    /// Lower-case particles inside place names (`al` of `Jisr al-Choghour`).
    pub name_particles: Vec<String>,
    /// Sites that narrow a claim's scope (`hôpital`, `aéroport`).
    pub sites: Vec<String>,
    /// Nouns of areas: a side's word right before or after one qualifies a place,
    /// and is no side of the figure (`120 dead in government areas`, `40 morts dans
    /// les quartiers gouvernementaux`).
    #[serde(default)]
    pub areas: Vec<String>,
    /// Nouns of a force: ending the subject of a copula, with a side's words or not,
    /// they make the figure after it a force (`Rebel forces were estimated at 2,000`,
    /// `The garrison numbered 800 men`).
    #[serde(default)]
    pub forces: Vec<String>,
    /// Words between a figure and its noun (`de`, `des`, `of`, `the`).
    pub determiners: Vec<String>,
}

/// Side markers, agents and sub-counts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerWords {
    /// Phrases that tie a figure to the side named next to them (`chez les`, `pertes de`).
    pub side_markers: Vec<String>,
    /// Nouns of an attack: a side right before one is its author, not the people of a
    /// figure whose words name it (`five wounded in a YPG rocket attack`).
    #[serde(default)]
    pub attacks: Vec<String>,
    /// Words before the side a figure's people were lost to, fought or fell into the
    /// hands of: not theirs (`lost 40 fighters to ISIL`, `in clashes with ISIL`, `tombés
    /// aux mains de l'EI`).
    #[serde(default)]
    pub enemy: Vec<String>,
    /// Words before the side a figure's people are loyal or bound to, which is theirs
    /// though the words end in an `enemy` word (`fighters loyal to the government`).
    #[serde(default)]
    pub allegiance: Vec<String>,
    /// Possessives that make a figure's people those of the one who reports it
    /// (`their`, `ses`: "The Houthis said 35 of their fighters were killed").
    #[serde(default)]
    pub possessives: Vec<String>,
    /// Modal verbs and negations that end an agent's words, as a verb does ("The 40
    /// deaths reported by the army could not be verified" are the army's).
    #[serde(default)]
    pub modals: Vec<String>,
    /// Subject pronouns between a report verb and a verb of losses, that stand for the
    /// report's subject (`it`, `elle`: "The Ukrainian army said it had lost 25
    /// soldiers").
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// Verbs by which a subject owns up to its own losses (`acknowledged`, `reconnaît`):
    /// a figure of people whose noun names a side only by default is the subject's
    /// ("The IDF acknowledged 3 soldiers killed").
    #[serde(default)]
    pub admissions: Vec<String>,
    /// Verbs whose subject takes, holds or frees the captives its figure counts
    /// (`took`, `held`, `fait`): a count of prisoners or hostages right after one is
    /// the verb's object, as a count right after `captured` is ("The rebels lost 30
    /// fighters and took 40 prisoners": not the rebels' men).
    #[serde(default)]
    pub captors: Vec<String>,
    /// Words that make a figure's people its subject's enemies (`enemy`, `ennemis`):
    /// "Russia and Ukraine claimed 700 and 400 enemy soldiers killed respectively" are
    /// neither's own.
    #[serde(default)]
    pub hostile: Vec<String>,
    /// Verbs whose subject inflicts the casualties they count on others (`inflicted`,
    /// `infligé`): "Russia and Ukraine inflicted 700 and 400 casualties respectively"
    /// counts neither's own.
    #[serde(default)]
    pub inflicted: Vec<String>,
    /// The first words of a frame that opens a clause with a side (`on the`, `côté`):
    /// that clause's figures of no side, or of a side only by default, are its ("On the
    /// Israeli side, 12 soldiers were killed", "Côté ukrainien, 40 soldats…").
    #[serde(default)]
    pub frames: Vec<String>,
    /// Words that may close a frame after its side, before its comma (`side`).
    #[serde(default)]
    pub frame_ends: Vec<String>,
    /// Words before a perpetrator (`par`, `by`).
    pub agent: Vec<String>,
    /// Words opening sub-counts (`dont`, `including`).
    pub sub_counts: Vec<String>,
    /// Words right after a figure that make it a sub-count of the figure before it
    /// (`27 people, 20 of them fighters`, `27 morts, 20 d'entre eux combattants`).
    #[serde(default)]
    pub sub_counts_after: Vec<String>,
    /// Auxiliaries that may stand between a figure without a noun and its category word
    /// (`12 ont été blessés`, `three were killed`); one before an event verb makes it
    /// passive (`est pris par les rebelles`).
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// Auxiliaries of an active verb (`ont`, `had`): a figure of people before one and a
    /// verb of the dead, wounded, captured or executed with an object counts the agents,
    /// not what they did (`Trois hommes ont tué des civils`, `three had killed 12 civilians`).
    #[serde(default)]
    pub active_auxiliaries: Vec<String>,
    /// Adverbs that may stand among the auxiliaries (`sont ensuite exécutés`, `were later`)
    /// or stand in for them after a bare figure (`three later died`), but make no verb
    /// passive and, after a noun the lexicon does not know, no category word its
    /// (`3 gunmen reportedly killed…`).
    #[serde(default)]
    pub adverbs: Vec<String>,
    /// Words before a figure that start a new item of a list, ending the sub-counts
    /// (`de 20 rebelles` after `43 combattants, dont 13 Tchétchènes`).
    pub list_restart: Vec<String>,
    /// Words before a place (`à Ichtabraq`, `près de Jisr al-Choghour`).
    pub place_before: Vec<String>,
    /// Words before a source's seat, which is no place of a figure (`l'OSDH, basé à
    /// Londres`, `the SOHR, which is based in Coventry`), each ending in a word of
    /// `place_before`.
    #[serde(default)]
    pub seats: Vec<String>,
    /// Phrases that make a figure a part of the paragraph's last total
    /// (`90 officiers figurent parmi les morts`).
    pub part_of_previous: Vec<String>,
    /// Words that make the side after them a complement, not a subject (`une attaque
    /// des djihadistes laisse 40 morts`).
    pub complement: Vec<String>,
    /// Words joining two category words or two nouns (`tués ou blessés`).
    pub joiners: Vec<String>,
    /// Words before a side that an event is done to or taken from, not by (`reprennent
    /// la ville aux rebelles`, `retook the town from the rebels`, `lancée contre`).
    #[serde(default)]
    pub opponent: Vec<String>,
    /// Verbs between a total's noun and its figure written without one (`le bilan
    /// s'élève à 290`, `the death toll has risen to 230`): the figure takes its category
    /// from the words just before them.
    #[serde(default)]
    pub amounts_to: Vec<String>,
    /// Verbs that only join a total's noun to its figure (`the death toll was 14,000`,
    /// `le bilan est de 290`): read as `amounts_to`, but a year after them stays a year
    /// (`the worst year for deaths was 2016`).
    #[serde(default)]
    pub copulas: Vec<String>,
    /// Nouns of a toll of the dead right before those verbs, when nothing else names
    /// what it counts (`le bilan s'élève à 290`).
    #[serde(default)]
    pub tolls: Vec<String>,
    /// Words opening the complement of a toll's noun or a category word before one of
    /// those verbs (`the death toll from the bombing rose to 70`, `le bilan de
    /// l'attaque s'élève à 70`).
    #[serde(default)]
    pub toll_complements: Vec<String>,
    /// Nouns of a side's losses right before those verbs, or before the side named
    /// after them, when nothing else names what they count (`les pertes loyalistes sont
    /// estimées à 261`): its killed and wounded, not a force.
    #[serde(default)]
    pub loss_tolls: Vec<String>,
    /// Words between two figures that are alternatives of one count (`92 (according to
    /// X) or 261 soldiers`): the first has the second's noun.
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// Words between two figures that are alternatives of one count only when both
    /// have their source in brackets (`8 000 (selon HRW) à 25 000 (selon l'ONU) morts`;
    /// not `s'élève à 40 (selon l'OSDH) à 18 heures`).
    #[serde(default)]
    pub sourced_alternatives: Vec<String>,
    /// Verbs of losses right before a figure of people with no category word of its
    /// own: a count of the killed or wounded (`les rebelles perdent 40 combattants`, `the
    /// army lost 40 men`; not `lost contact with 20 soldiers`, nor `lost 40 men
    /// captured`).
    #[serde(default)]
    pub losses: Vec<String>,
    /// Words that set a total written without a noun against the one before it (`le
    /// bilan s'élève à 270 selon l'OSDH, contre 300 selon SANA`); the `joiners` do too
    /// (`and to 300 according to SANA`): it counts what that one counts.
    #[serde(default)]
    pub rivals: Vec<String>,
    /// Words before a figure that the sentence denies (`…stating that 60 soldiers had
    /// been killed, not 10`, `60 soldats et non 10`): the speaker before it did not give
    /// it; only a source after it does.
    #[serde(default)]
    pub denied: Vec<String>,
    /// Shares of a whole (`third`, `40 %`, `moitié`): a figure after one and its
    /// complement is the whole, not what became of it (`a third of the 900 fighters
    /// were killed`: no 900 dead), and a figure whose noun is one counts nothing (`two
    /// thirds of them`).
    #[serde(default)]
    pub shares: Vec<String>,
    /// Words opening a clause on the whole a later figure is part of (`Of the 400
    /// civilians trapped in the city, 150 were evacuated`, `Sur les 300 soldats de la
    /// garnison, 120 sont tués`): that figure takes a category only from its own words
    /// before the comma.
    #[serde(default)]
    pub wholes: Vec<String>,
}

/// In-text attribution words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionWords {
    /// Before the source (`selon`, `according to`).
    pub before: Vec<String>,
    /// Before the source only where they open a clause, at the sentence's start or
    /// after a comma (`Pour l'OSDH, …`; not `54 morts pour l'armée syrienne`).
    #[serde(default)]
    pub before_opening: Vec<String>,
    /// Before a source right after a bare figure set against another by a rival's word
    /// (`…, against 261 for the SOHR`, `…, contre 261 pour l'OSDH`): only a registry
    /// source that counts others' dead, not an official body (`54 morts pour l'armée
    /// syrienne` are its dead).
    #[serde(default)]
    pub after_rival: Vec<String>,
    /// Words that pair a list of figures with a list of sources named before it, in
    /// order (`The SOHR and Al-Masdar News reported 261 and 92 loyalist deaths
    /// respectively`: 261 per the SOHR, 92 per Al-Masdar News); the figures of the
    /// list count what its last figure's noun counts.
    #[serde(default)]
    pub respectively: Vec<String>,
    /// Words right before a word of `before` that make it name no source: the figures
    /// differ by source (`le bilan varie selon les sources : 261 morts selon l'OSDH…`).
    #[serde(default)]
    pub not_before: Vec<String>,
    /// Verbs after the source (`affirme`, `said`).
    pub verbs: Vec<String>,
    /// Words right after a verb of `verbs` that make it report no figure (`claimed
    /// responsibility for the attack, which killed 16`, `revendique l'attentat`).
    #[serde(default)]
    pub not_reports: Vec<String>,
    /// Verbs of `verbs` that report only the figure they give at once, after a
    /// `to_figure` phrase or as their object (`Al-Masdar News gave a lower figure of 92`,
    /// `L'OSDH donne un bilan de 261 morts`; not `The army gave the rebels 24 hours to
    /// leave, and 40 rebels were killed`).
    #[serde(default)]
    pub figure_verbs: Vec<String>,
    /// Words of `verbs` that are nouns too (`reports`): right before another of
    /// `verbs`, they are its subject's (`Initial reports said…`), no verb.
    #[serde(default)]
    pub verb_nouns: Vec<String>,
    /// Verbs of `verbs` that, with an attack of `[claims.markers]` as object, claim the
    /// attack rather than report a figure (`L'EI revendique l'attentat, qui a fait 40
    /// morts`, `ISIL claimed the bombing, which killed 40`; not `l'armée signale une
    /// attaque qui a fait 16 morts`, the army's count).
    #[serde(default)]
    pub responsibility: Vec<String>,
    /// Present participles of reporting verbs (`saying`, `affirmant`): right after a
    /// comma, they report for the speaker of the reporting verb before them ("ISIL
    /// claimed responsibility for the attack, saying its fighters had killed 40") or the
    /// subject they stand in an apposition of ("SANA, saying 12 soldiers died, denied
    /// it"), and name no speaker of their own.
    #[serde(default)]
    pub participles: Vec<String>,
    /// Past participles of verbs after the source, read after an active auxiliary of
    /// `[claims.markers]` (`a recensé`, `n'a reconnu`, `avaient annoncé`).
    #[serde(default)]
    pub past: Vec<String>,
    /// Past participles of `past` that report after a joiner too, sharing the
    /// auxiliary before it (`ont revendiqué l'attaque et affirmé que…`); not those that
    /// also count a subject's own (`et compté 25 blessés`).
    #[serde(default)]
    pub joined_past: Vec<String>,
    /// Nouns of a source left unnamed (`selon une source de sécurité de L'Orient-Le
    /// Jour`, `according to security sources`): who counted is that source, as
    /// written; a registry name after it only published it.
    #[serde(default)]
    pub unnamed: Vec<String>,
    /// Nouns of claimants the registry does not list (`officials`, `ministère`,
    /// `état-major`): a source phrase or a reporting verb's subject naming one is kept
    /// as written (`according to city officials`, `Iraqi officials said`), as one
    /// naming a side or a proper name is.
    #[serde(default)]
    pub claimants: Vec<String>,
    /// Words that open what a source reports (`que`, `that`): a date between the
    /// verb and them is the report's (`l'OSDH indique le 30 avril que…`), not the
    /// figure's.
    #[serde(default)]
    pub complementizers: Vec<String>,
    /// Words that open a clause before its subject (`while`, `alors que`): not part of
    /// a source kept as written (`while the opposition claimed…` is `the opposition`).
    #[serde(default)]
    pub clause_openers: Vec<String>,
    /// Words between a subject and its verb that are no part of it (`ne`, `en`:
    /// `l'armée n'en reconnaît que 15` is `l'armée`'s).
    #[serde(default)]
    pub before_verb: Vec<String>,
    /// Words between a reporting verb and a bare figure it gives (`only`, `que`:
    /// `while the army admitted only 15`, `l'armée n'en reconnaît que 15`).
    #[serde(default)]
    pub to_figure: Vec<String>,
    /// Nouns after a source in brackets (`claim`, `estimate`: `400+ killed (rebel
    /// claim)`), not part of its name.
    #[serde(default)]
    pub claim_nouns: Vec<String>,
    /// Nouns of a count a source gave (`estimate`, `count`, `estimation`): with the
    /// source's name before them or in their complement and a total's verb after
    /// them, the figure is that source's (`The SOHR's estimate was 281 dead`,
    /// `L'estimation de l'OSDH est de 281 morts`). Unlike a toll, a party's estimate is
    /// its count, not its own dead (`the army's estimate`, `the army's death toll`).
    #[serde(default)]
    pub count_nouns: Vec<String>,
    /// Reflexive pronouns: a verb after one reports nothing (`le nombre de morts se
    /// chiffre à 1 200`).
    #[serde(default)]
    pub reflexive: Vec<String>,
    /// Participles whose agent gave the figure (`a toll of 5,000 dead was reported by
    /// the UN`, `selon un bilan publié par l'OSDH`); not those of a claim of
    /// responsibility (`an attack claimed by ISIL`).
    #[serde(default)]
    pub by_agent: Vec<String>,
    /// Participles whose agent gave the figure right before them only (`the 92
    /// acknowledged by pro-government media`); elsewhere they say something else (`the
    /// rebels, acknowledged by Turkey`).
    #[serde(default)]
    pub figure_by_agent: Vec<String>,
    /// Between a participle of `by_agent` and the figure it gives, whose agent then
    /// follows the figure (`estimated at 261 by the SOHR and at 92 by Al-Masdar News`,
    /// `estimées à 261 morts par l'OSDH`).
    #[serde(default)]
    pub estimated_at: Vec<String>,
    /// Nouns between such a figure and its agent, which leave the agent the figure's
    /// giver (`estimées à 261 morts par l'OSDH`); not participles, whose agent is their
    /// author (`estimated at 40 killed by the army`: the army killed).
    #[serde(default)]
    pub estimate_nouns: Vec<String>,
    /// Verbs that report a figure with their object between them and a word of
    /// `estimated_at` right before it (`the army put rebel losses at 90`, `Houthi-run
    /// media put the government toll at over 100`).
    #[serde(default)]
    pub put_at: Vec<String>,
    /// Object pronouns that stand for the figure before as the object of a verb of
    /// `put_at`, after it (`it`: "Al-Masdar News put it at 92") or before it (`l'`:
    /// "Al-Masdar News l'évalue à 92").
    #[serde(default)]
    pub object_pronouns: Vec<String>,
    /// Verbs that revise a toll: with a possessive or an article and a toll's noun
    /// (`tolls` of `[claims.markers]`) after them, they report the figure that follows
    /// (`raised its death toll to 70`, `porte son bilan à 70 morts`). As participles
    /// after a toll's noun, their agent after the figure is its source (`The toll was
    /// revised upwards to 87 dead by the SOHR`).
    #[serde(default)]
    pub revisions: Vec<String>,
    /// Words that open an apposition naming whom a reporting subject cites: the source
    /// is the one cited (`Reuters, citing a military source, reported 40`).
    #[serde(default)]
    pub citing: Vec<String>,
    /// Words of an aside between a subject and its reporting verb that say where its
    /// figure comes from, as `citing` does (`The army, relying on figures from the
    /// SOHR, said…` gives the SOHR's figure).
    #[serde(default)]
    pub relaying: Vec<String>,
    /// Nouns that name again, as a subject, a claimant named before them (`ISIL
    /// claimed the attack and the group said…` is still ISIL).
    #[serde(default)]
    pub anaphors: Vec<String>,
    /// Words that end a speaker written out after its verb, besides places, months and
    /// figures (`…, said the army on Monday`, `…, a indiqué l'armée lundi`).
    #[serde(default)]
    pub speaker_ends: Vec<String>,
    /// Words between a verb and the speaker written out after it, passed over to reach
    /// the speaker: a time, the outlet told (`…, a annoncé lundi l'armée`, `…, a déclaré
    /// à l'AFP un porte-parole`).
    #[serde(default)]
    pub speaker_preludes: Vec<String>,
    /// Articles that may open a speaker written out after its verb, besides the
    /// determiners and capitals (`…, a indiqué une source sécuritaire`, `…, said a
    /// spokesman`).
    #[serde(default)]
    pub indefinites: Vec<String>,
    /// Reporting verbs whose object right after them is the one told, not the speaker
    /// (`…, told AFP a medical source`): no speaker is read after them.
    #[serde(default)]
    pub addressed: Vec<String>,
    /// Words that open a clause of a subject and its participle (`with ISIL claiming
    /// 25`, `avec l'EI revendiquant 25`): the clause has a speaker of its own.
    #[serde(default)]
    pub absolute: Vec<String>,
    /// Words opening a clause that sets another party against the one before (`while`,
    /// `tandis que`): no speaker before one reaches a figure of a clause it opens with a
    /// claimant as subject.
    #[serde(default)]
    pub contrasts: Vec<String>,
    /// Verbs by which the subject of a clause a word of `contrasts` opens gives its own
    /// figure (`acknowledged`, `spoke of`, `évoquait`), besides the reporting verbs.
    #[serde(default)]
    pub contrast_verbs: Vec<String>,
    /// Verbs by which a record (a list, a video, a register) gives a figure in a clause a
    /// word of `contrasts` opens (`showed`, `montraient`): the figure is not the speaker's
    /// before it, whoever the record is, unless a possessive names it back (`its own
    /// records showed 30`).
    #[serde(default)]
    pub record_verbs: Vec<String>,
    /// Endings of a verb's infinitive or gerund (`er`, `ir`, `ing`): a complement that
    /// opens on such a word after a reporting verb's object is the verb's (`…, a accusé
    /// l'opposition de mentir`), so the object is no subject written out.
    #[serde(default)]
    pub verb_endings: Vec<String>,
    /// Relative pronouns after a comma: the name before the comma is a reporting
    /// verb's subject (`…, a figure denied by the IDF, which acknowledged 67 deaths`;
    /// `l'armée, qui reconnaît 15 morts`).
    #[serde(default)]
    pub relatives: Vec<String>,
}

/// Date and period words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodWords {
    /// Words before a day (`le`, `on`).
    pub day_before: Vec<String>,
    /// Pairs around a period (`entre … et`, `du … au`).
    pub between: Vec<[String; 2]>,
    /// Words joining two days of one month (`les 23 et le 24 avril`).
    pub and: Vec<String>,
    /// Phrases that put a sentence at the time of the one before (`le même jour`).
    pub same_time: Vec<String>,
    /// Phrases that put a figure's clause over the whole of its story (`au total`, `over
    /// the whole battle`): it takes no date from before its clause.
    #[serde(default)]
    pub whole_time: Vec<String>,
    /// Phrases of a day counted from the last date read, and by how many days (`le
    /// lendemain` = 1, `the previous day` = -1).
    #[serde(default)]
    pub relative_days: BTreeMap<String, i64>,
    /// Phrases after a number of days counted forward from the last date read (`deux
    /// jours plus tard`, `two days later`).
    #[serde(default)]
    pub days_later: Vec<String>,
    /// Phrases after a number of days counted back from it (`three days earlier`).
    #[serde(default)]
    pub days_earlier: Vec<String>,
    /// Words before a month or a year that make it the period (`en mars`, `in 2014`,
    /// `au mois de mai`).
    #[serde(default)]
    pub month_before: Vec<String>,
    /// Words before a month or a year that make its first, middle or last third the
    /// period (`début` = 1, `mi` = 2, `fin` = 3; `early`, `mid`, `late`).
    #[serde(default)]
    pub thirds: BTreeMap<String, u32>,
    /// Words before the first day of a period whose end is not written (`depuis le`,
    /// `since`): the figure counts from that day on.
    #[serde(default)]
    pub since: Vec<String>,
    /// Words before the last day of a period whose start is not written (`jusqu'au`,
    /// `until`): the figure counts up to that day.
    #[serde(default)]
    pub until: Vec<String>,
}

/// The words of quantities (`[numbers]` in a lexicon). README.md, "Quantities", gives
/// the interval each one means.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberWords {
    /// Number words that add up (`trente` = 30, `deux` = 2), multi-word keys allowed.
    pub words: BTreeMap<String, u64>,
    /// Words that multiply by 100 (`cent`, `hundred`).
    pub hundreds: Vec<String>,
    /// Scale words (`mille`, `million`) and their values.
    pub scales: BTreeMap<String, u64>,
    /// Words joining number words (`et`, `and`).
    pub connectors: Vec<String>,
    /// Number words that are a quantity only before a scale or an approximate noun.
    pub articles: Vec<String>,
    /// The decimal mark, read before a scale word (`1,1 million`).
    pub decimal_mark: String,
    /// Marks between groups of three digits inside a number (`6.000`, `6,000`).
    pub group_separators: Vec<String>,
    /// Nouns of approximate quantity and the interval one of them means.
    pub approximate: BTreeMap<String, [u64; 2]>,
    /// Phrases that are a quantity by themselves, and their interval.
    pub collective: BTreeMap<String, [u64; 2]>,
    /// Qualifiers before a figure, by meaning.
    pub before: BTreeMap<String, Vec<String>>,
    /// Qualifiers after a figure (or after its noun), by meaning.
    pub after: BTreeMap<String, Vec<String>>,
    /// Range words.
    pub ranges: RangeWords,
    /// What makes a number a date or a year.
    pub dates: DateWords,
    /// Widths of approximate qualifiers.
    pub widths: Widths,
    /// Words after a number that make it a percentage, never a count, read with it
    /// (`40 pour cent`: no `cent` of 100 after it); `%` always is.
    #[serde(default)]
    pub percent: Vec<String>,
}

/// Range words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeWords {
    /// Pairs around a range: `entre … et …`, `between … and …`.
    pub open_close: Vec<[String; 2]>,
    /// Words between the two ends: `à`, `-`, `to`.
    pub joiners: Vec<String>,
    /// Words before an opened range that make it a change, whose figure is its second
    /// end (`le bilan passe de 40 à 60`, `rose from 40 to 60`).
    #[serde(default)]
    pub changes: Vec<String>,
}

/// Words that make a number a date or a year.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWords {
    /// Words before a day of the month (`le`, `on`).
    pub day_determiners: Vec<String>,
    /// Words before a year (`en`, `in`).
    pub year_introducers: Vec<String>,
    /// Nouns that make a number after a year's introducer a count when they follow it
    /// (`resulted in 1500 deaths`); the claims' nouns of people and side names do too
    /// after `count_introducers`. Not after an introducer that opens the sentence
    /// (`In 2012 rebels took the town`).
    #[serde(default)]
    pub counted: Vec<String>,
    /// The introducers after which a noun of people or a side after the number makes it
    /// a count too (`attacked by 2000 fighters`, `a force of 1200 soldiers`); after the
    /// others, only a `counted` noun does (`where in 1980 soldiers killed…` keeps its
    /// year).
    #[serde(default)]
    pub count_introducers: Vec<String>,
    /// Names a number belongs to (`Brigade 93`, `Route 5`): never a count.
    pub unit_names: Vec<String>,
}

/// Widths of the approximate qualifiers, as fractions of the figure.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Widths {
    /// `environ N` is N × (1 − about) .. N × (1 + about).
    pub about: f64,
    /// `près de N` is N × (1 − nearly) .. N.
    pub nearly: f64,
}

/// Words of the page layout.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LayoutWords {
    /// Section edit links (`[modifier | modifier le code]`, `[edit]`).
    pub edit_markers: Vec<String>,
    /// Headings of the reference-list section.
    pub reference_headings: Vec<String>,
    /// Openings of a hatnote line.
    pub hatnote_prefixes: Vec<String>,
    /// Texts inside a citation-needed marker.
    pub citation_needed: Vec<String>,
    /// Determiners before the title in the lead sentence.
    pub lead_determiners: Vec<String>,
    /// Ordinal suffixes (`er`, `e`, `th`).
    pub ordinal_suffixes: Vec<String>,
    /// Phrases of the location map.
    pub map_labels: Vec<String>,
    /// Phrases of a map legend.
    pub legend_phrases: Vec<String>,
}

/// Infobox labels.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InfoboxWords {
    /// Lines that open the field list.
    pub start: Vec<String>,
    /// Labels by canonical field key.
    pub fields: BTreeMap<String, Vec<String>>,
    /// Column labels inside a field, by canonical key.
    pub column_labels: BTreeMap<String, Vec<String>>,
}

/// Reference-list words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceWords {
    /// The word before the last backlink letter (`et`), or empty.
    pub backlink_and: String,
    /// Prefixes of the site a reference was read on (`sur`).
    pub site_prefixes: Vec<String>,
    /// Access-date phrases (`consulté le`, `Retrieved`).
    pub accessed: Vec<String>,
    /// Words opening a segment that locates a passage (`p.`, `ISBN`): not a source.
    pub locators: Vec<String>,
    /// The word of a language note after an English work (`in` of "(in French)").
    pub language_notes: Vec<String>,
    /// Joiners of a publisher and an agency (`avec`: `OLJ avec AFP`).
    pub agency_joiners: Vec<String>,
    /// Dead-link markers of an entry.
    pub dead_link: Vec<String>,
    /// "Archived from the original on" phrases.
    pub archived_from: Vec<String>,
    /// "Retrieved" phrases.
    pub retrieved: Vec<String>,
}

/// Sentence-splitting words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceWords {
    /// Abbreviations whose full stop ends no sentence (without the final dot).
    pub abbreviations: Vec<String>,
}

/// Month names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthWords {
    /// Twelve lists of spellings, January first.
    pub names: Vec<Vec<String>>,
    /// Every spelling in lower case with its month, January's first: made the first
    /// time a word is asked about.
    #[serde(skip)]
    lowered: OnceLock<Vec<(String, u32)>>,
}

impl MonthWords {
    /// The month number (1–12) of a word, any case.
    pub fn month(&self, word: &str) -> Option<u32> {
        let spellings = self.lowered.get_or_init(|| {
            (1..)
                .zip(&self.names)
                .flat_map(|(m, names)| names.iter().map(move |n| (n.to_lowercase(), m)))
                .collect()
        });
        // An ASCII word is compared without being lowered (a spelling that is not ASCII
        // once lowered is never equal to it).
        let found = if word.is_ascii() {
            spellings.iter().find(|(s, _)| s.eq_ignore_ascii_case(word))
        } else {
            let word = word.to_lowercase();
            spellings.iter().find(|(s, _)| *s == word)
        };
        found.map(|&(_, m)| m)
    }
}

/// Loads the grammars from a directory, or the built-in copy when `dir` is `None`.
///
/// # Errors
/// A file that cannot be read, a lexicon that is not valid TOML of the expected shape,
/// a registry row that is not valid CSV, or a directory with no lexicon.
pub fn load(dir: Option<&Path>) -> Result<Grammars> {
    match dir {
        None => {
            let lexicons = BUILTIN
                .iter()
                .map(|(name, text)| parse_lexicon(name, text))
                .collect::<Result<Vec<_>>>()?;
            let (registry, warnings) = parse_registry(REGISTRY_FILE, BUILTIN_REGISTRY)?;
            Ok(Grammars {
                detection: Detection::new(&lexicons),
                lexicons,
                registry,
                dir: None,
                warnings,
            })
        }
        Some(dir) => {
            let io = |source| Error::Io {
                path: dir.to_path_buf(),
                source,
            };
            let mut paths = std::fs::read_dir(dir)
                .map_err(io)?
                .map(|e| e.map(|e| e.path()))
                .collect::<std::io::Result<Vec<_>>>()
                .map_err(io)?;
            paths.sort();
            let mut lexicons = Vec::new();
            for path in paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            {
                let text = read(path)?;
                lexicons.push(parse_lexicon(&path.display().to_string(), &text)?);
            }
            if lexicons.is_empty() {
                return Err(Error::Grammar {
                    location: Location {
                        file: dir.display().to_string(),
                        line: 1,
                        column: 1,
                    },
                    message: "no lexicon (*.toml) in this directory".into(),
                });
            }
            let registry_path = dir.join(REGISTRY_FILE);
            let text = read(&registry_path)?;
            let (registry, warnings) = parse_registry(&registry_path.display().to_string(), &text)?;
            Ok(Grammars {
                detection: Detection::new(&lexicons),
                lexicons,
                registry,
                dir: Some(dir.to_path_buf()),
                warnings,
            })
        }
    }
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Parses one lexicon file.
///
/// # Errors
/// TOML that does not parse or lacks a section, with the line and column.
pub fn parse_lexicon(file: &str, text: &str) -> Result<Lexicon> {
    let mut lexicon = toml::from_str::<Lexicon>(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|span| line_column(text, span.start))
            .unwrap_or((1, 1));
        Error::Grammar {
            location: Location {
                file: file.to_owned(),
                line,
                column,
            },
            message: e.message().to_owned(),
        }
    })?;
    let mut months = lexicon.months.clone();
    for (names, more) in months
        .names
        .iter_mut()
        .zip(&lexicon.wikitext.citation.months)
    {
        names.extend(more.iter().cloned());
    }
    lexicon.citation_months = months;
    Ok(lexicon)
}

/// Parses the registry CSV.
///
/// # Errors
/// A row that is not valid CSV or lacks a column, with its line.
pub fn parse_registry(file: &str, text: &str) -> Result<(Registry, Vec<String>)> {
    // Flexible: a row written before a column was added at the end (`short`) lacks
    // it, and is read with it empty.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let at = |e: &csv::Error| Error::Grammar {
        location: Location {
            file: file.to_owned(),
            line: e
                .position()
                .and_then(|p| usize::try_from(p.line()).ok())
                .unwrap_or(1),
            column: 1,
        },
        message: e.to_string(),
    };
    let headers = reader.headers().map_err(|e| at(&e))?.clone();
    let mut sources = Vec::new();
    for row in reader.records() {
        let mut row = row.map_err(|e| at(&e))?;
        while row.len() < headers.len() {
            row.push_field("");
        }
        let source: Source = row.deserialize(Some(&headers)).map_err(|e| at(&e))?;
        sources.push(source);
    }
    let (registry, clashes) = Registry::new(sources);
    let warnings = clashes
        .into_iter()
        .map(|c| format!("{file}: {c}"))
        .collect();
    Ok((registry, warnings))
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_grammars_load_both_languages_and_the_registry() {
        let g = load(None).expect("the built-in grammars are valid");
        assert!(g.lexicon("fr").is_some());
        assert!(g.lexicon("en").is_some());
        assert_eq!(
            g.registry.resolve("OSDH").map(|s| s.key.as_str()),
            Some("sohr")
        );
        assert!(g.warnings.is_empty(), "{:?}", g.warnings);
    }

    #[test]
    fn a_broken_lexicon_names_its_line_and_column() {
        let err = parse_lexicon("x.toml", "lang = \"fr\"\nname = \n").unwrap_err();
        let Error::Grammar { location, .. } = err else {
            panic!("expected a grammar error, got {err:?}");
        };
        assert_eq!((location.line, location.column), (2, 8));
    }

    #[test]
    fn months_are_read_in_any_case() {
        let g = load(None).expect("the built-in grammars are valid");
        let fr = g.lexicon("fr").expect("fr lexicon");
        assert_eq!(fr.months.month("Avril"), Some(4));
        assert_eq!(fr.months.month("août"), Some(8));
        assert_eq!(fr.months.month("avrile"), None);
    }
}
