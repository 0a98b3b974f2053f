//! The source registry: who publishes, how they are known, and how far they are trusted.
//!
//! The registry is data (`grammars/sources.csv`, loaded by
//! [`grammar::load_registry`](crate::grammar::load_registry)); this module only holds it
//! and answers "which source is this name or this host?". Names are compared after
//! [`fold_name`], hosts by domain suffix.

use rustc_hash::{FxHashMap, FxHashSet};

use serde::{Deserialize, Serialize};

/// One source of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The stable key (`sohr`, `afp`): used in every report.
    pub key: String,
    /// The usual name.
    pub name: String,
    /// What it is (`wire_agency`, `monitor_ngo`, `state_media`, `archive`, …).
    pub kind: String,
    /// ISO country code, when it has one.
    #[serde(default)]
    pub country: String,
    /// Whose side it is on (`independent`, `pro_government_syria`, …).
    pub alignment: String,
    /// Its standing with Wikipedia's reliable-sources noticeboard
    /// (`generally_reliable`, `deprecated`, `not_listed`, …).
    pub standing: String,
    /// Other names, `;`-separated in the file: French, English, Arabic, abbreviations.
    #[serde(deserialize_with = "split_list")]
    pub aliases: Vec<String>,
    /// Web domains, `;`-separated in the file.
    #[serde(deserialize_with = "split_list")]
    pub domains: Vec<String>,
    /// What the registry's authors know of it.
    #[serde(default)]
    pub note: String,
    /// Short names, `;`-separated in the file, that stand for it only once an article
    /// has named it in full (`Observatory`: "The Observatory later raised its toll").
    #[serde(default, deserialize_with = "split_list")]
    pub short: Vec<String>,
}

fn split_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let s = String::deserialize(d)?;
    Ok(s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect())
}

impl Source {
    /// True for archives (archive.today, the Wayback Machine): they carry copies,
    /// they are nobody's source.
    pub fn is_archive(&self) -> bool {
        self.kind == "archive"
    }

    /// True for the press (agencies, newspapers, broadcasters, magazines, state media,
    /// aggregators): what they report citing someone else is that one's figure
    /// ("Reuters, citing a military source, …"). A monitor, an official body or an
    /// agency of the UN owns what it reports from its own sources.
    pub fn relays(&self) -> bool {
        matches!(
            self.kind.as_str(),
            "wire_agency" | "newspaper" | "broadcaster" | "magazine" | "state_media" | "aggregator"
        )
    }
}

/// The registry: every source, and indexes by folded name and by domain. The indexes
/// hash with FxHash: the grammar asks them about many short runs of words, and their
/// keys come from the registry file, not from the input.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    sources: Vec<Source>,
    by_name: FxHashMap<String, usize>,
    /// Folded short names ([`Source::short`]).
    by_short: FxHashMap<String, usize>,
    /// Acronyms (`AFP`, `UN`, `OSDH`), matched in capitals only: `un` is no `UN`.
    by_acronym: FxHashMap<String, usize>,
    by_domain: FxHashMap<String, usize>,
    /// The byte length of the longest acronym and of the longest folded name: a
    /// longer text is no name, and is not hashed to find out.
    longest_acronym: usize,
    longest_name: usize,
    /// The [`prefix_key`] of every folded name: its first [`PREFIX`] bytes, or the
    /// whole of a shorter name. A text no name is a prefix of is no name, and
    /// neither are the runs of words from its start ([`Registry::may_name_start`]).
    name_prefixes: FxHashSet<u64>,
    /// Bit `n` is set when a folded name is `n < PREFIX` bytes long.
    short_names: u8,
    /// Bit `b` is set when an acronym starts with byte `b`.
    acronym_starts: [u128; 2],
}

/// How many bytes of a folded name [`Registry::may_name_start`] compares.
const PREFIX: usize = 4;

/// A prefix of at most [`PREFIX`] bytes as one number: its bytes, and its length in
/// the top byte, so that `ab` and `ab\0` differ.
fn prefix_key(bytes: &[u8]) -> u64 {
    let n = bytes.len().min(PREFIX);
    let packed = bytes
        .iter()
        .take(n)
        .enumerate()
        .fold(0u64, |acc, (i, &b)| acc | u64::from(b) << (8 * i));
    packed | (n as u64) << 56
}

/// True for a name written as an acronym: capitals (and dots or digits), five letters
/// at most.
fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (1..=5).contains(&letters)
        && name
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
}

impl Registry {
    /// Builds the indexes. A name or domain claimed by two sources stays with the
    /// first; the clashes are returned so the loader can report them.
    pub fn new(sources: Vec<Source>) -> (Self, Vec<String>) {
        let mut registry = Registry {
            sources,
            ..Registry::default()
        };
        let mut clashes = Vec::new();
        for (i, source) in registry.sources.iter().enumerate() {
            // Keys are identifiers, not names: `un` must not match the French article.
            let names = std::iter::once(&source.name).chain(&source.aliases);
            for name in names {
                if is_acronym(name) {
                    registry.by_acronym.entry(name.clone()).or_insert(i);
                    continue;
                }
                let folded = fold_name(name);
                if folded.is_empty() {
                    continue;
                }
                match registry.by_name.get(&folded) {
                    Some(&j) if j != i => clashes.push(format!(
                        "name {name:?} is given to both {} and {}",
                        registry.sources[j].key, source.key
                    )),
                    Some(_) => {}
                    None => {
                        registry.by_name.insert(folded, i);
                    }
                }
            }
            for name in &source.short {
                let folded = fold_name(name);
                if !folded.is_empty() {
                    registry.by_short.entry(folded).or_insert(i);
                }
            }
            for domain in &source.domains {
                let domain = domain.trim().to_lowercase();
                match registry.by_domain.get(&domain) {
                    Some(&j) if j != i => clashes.push(format!(
                        "domain {domain} is given to both {} and {}",
                        registry.sources[j].key, source.key
                    )),
                    Some(_) => {}
                    None => {
                        registry.by_domain.insert(domain, i);
                    }
                }
            }
        }
        registry.longest_acronym = registry
            .by_acronym
            .keys()
            .map(String::len)
            .max()
            .unwrap_or(0);
        registry.longest_name = registry
            .by_name
            .keys()
            .chain(registry.by_short.keys())
            .map(String::len)
            .max()
            .unwrap_or(0);
        for acronym in registry.by_acronym.keys() {
            if let Some(&b) = acronym.as_bytes().first() {
                registry.acronym_starts[usize::from(b >> 7)] |= 1 << (b & 127);
            }
        }
        for name in registry.by_name.keys().chain(registry.by_short.keys()) {
            registry.name_prefixes.insert(prefix_key(name.as_bytes()));
            if name.len() < PREFIX {
                registry.short_names |= 1 << name.len();
            }
        }
        (registry, clashes)
    }

    /// Every source, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The source with this key.
    pub fn get(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.key == key)
    }

    /// The source known by this name (any alias, any case; a host name such as
    /// `www.romandie.com` is looked up as a domain).
    ///
    /// ```
    /// use crosscheck::model::{Registry, Source};
    /// let sohr = Source {
    ///     key: "sohr".into(), name: "Syrian Observatory for Human Rights".into(),
    ///     kind: "monitor_ngo".into(), country: "GB".into(), alignment: "opposition_syria".into(),
    ///     standing: "not_listed".into(), aliases: vec!["OSDH".into()],
    ///     domains: vec!["syriahr.com".into()], note: String::new(), short: vec![],
    /// };
    /// let (registry, _) = Registry::new(vec![sohr]);
    /// assert_eq!(registry.resolve("OSDH").map(|s| s.key.as_str()), Some("sohr"));
    /// assert!(registry.resolve("osdh").is_none(), "an acronym is matched in capitals");
    /// assert_eq!(registry.resolve("www.syriahr.com").map(|s| s.key.as_str()), Some("sohr"));
    /// assert!(registry.resolve("Le Monde").is_none());
    /// ```
    pub fn resolve(&self, name: &str) -> Option<&Source> {
        // The fold is read where it is made, in a buffer the size of the name (the
        // fold of mostly ASCII text is no longer), not copied out as `fold_name`'s.
        let mut folder = NameFolder::with_capacity(name.len());
        folder.push_str(name);
        self.resolve_folded(name, folder.folded_at(folder.len()))
    }

    /// As [`Registry::resolve`], with the name's [`fold_name`] already made.
    pub(crate) fn resolve_folded(&self, name: &str, folded: &str) -> Option<&Source> {
        self.resolve_acronym(name)
            .or_else(|| self.resolve_folded_name(folded))
    }

    /// The source of this acronym, written as the registry writes it: the first
    /// look-up of [`Registry::resolve_folded`].
    pub(crate) fn resolve_acronym(&self, name: &str) -> Option<&Source> {
        let raw = name.trim();
        if raw.len() <= self.longest_acronym && self.may_acronym_start(raw) {
            if let Some(&i) = self.by_acronym.get(raw) {
                return self.sources.get(i);
            }
        }
        None
    }

    /// False when no acronym starts as `text` does (its first byte is compared):
    /// then [`Registry::resolve_acronym`] finds nothing for `text` or a prefix of it.
    pub(crate) fn may_acronym_start(&self, text: &str) -> bool {
        text.as_bytes().first().is_some_and(|&b| {
            self.acronym_starts
                .get(usize::from(b >> 7))
                .is_some_and(|bits| bits & (1 << (b & 127)) != 0)
        })
    }

    /// False when no folded name and no host name can start `rest`, a [`fold_name`]:
    /// then [`Registry::resolve_folded_name`] finds nothing for any prefix of it.
    /// A caller trying runs of words from one start (`Agence`, `Agence France`, …),
    /// whose folds are all prefixes of the fold of the text from there, asks once.
    ///
    /// It compares the first [`PREFIX`] bytes with those of every name (or a
    /// shorter name whole), and looks for a dot in the first word, which a host
    /// name has.
    pub(crate) fn may_name_start(&self, rest: &str) -> bool {
        let bytes = rest.as_bytes();
        let name = (1..PREFIX)
            .filter(|&n| self.short_names & (1 << n) != 0)
            .chain(std::iter::once(PREFIX))
            .any(|n| {
                bytes
                    .get(..n)
                    .is_some_and(|p| self.name_prefixes.contains(&prefix_key(p)))
            });
        let host = || bytes.iter().take_while(|&&b| b != b' ').any(|&b| b == b'.');
        name || host()
    }

    /// The source of a folded name or host name: the look-ups of
    /// [`Registry::resolve_folded`] after the acronym's.
    pub(crate) fn resolve_folded_name(&self, folded: &str) -> Option<&Source> {
        if folded.len() <= self.longest_name {
            if let Some(&i) = self.by_name.get(folded) {
                return self.sources.get(i);
            }
        }
        if looks_like_host(folded) {
            return self.resolve_host(folded);
        }
        None
    }

    /// The source a folded short name stands for ([`Source::short`]); the caller
    /// knows whether the article has named it in full.
    pub(crate) fn resolve_short_folded(&self, folded: &str) -> Option<&Source> {
        self.by_short.get(folded).and_then(|&i| self.sources.get(i))
    }

    /// The source whose domain this host is, or is under (`fr.reuters.com` → reuters).
    pub fn resolve_host(&self, host: &str) -> Option<&Source> {
        let host = host.trim().trim_end_matches('.');
        // Hosts come lower-cased from `url_host` and the name fold: only others are
        // lowered into a copy. The parent domains are slices of it.
        let lowered = if host
            .bytes()
            .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
        {
            std::borrow::Cow::Owned(host.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(host)
        };
        let mut host: &str = &lowered;
        loop {
            if let Some(&i) = self.by_domain.get(host) {
                return self.sources.get(i);
            }
            match host.split_once('.') {
                Some((_, rest)) if rest.contains('.') => host = rest,
                _ => return None,
            }
        }
    }
}

/// True when a folded name has the shape of a host name (`www.romandie.com`).
fn looks_like_host(s: &str) -> bool {
    !s.contains(' ')
        && s.contains('.')
        && s.rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Folds a name for comparison: lower case, typographic apostrophes and dashes made
/// plain, no-break spaces made spaces, white space collapsed, surrounding punctuation
/// dropped.
///
/// ```
/// assert_eq!(crosscheck::model::fold_name("  L’Orient–Le\u{a0}Jour "), "l'orient-le jour");
/// ```
pub fn fold_name(name: &str) -> String {
    let mut folder = NameFolder::default();
    folder.push_str(name);
    folder.folded_at(folder.len()).to_owned()
}

/// [`fold_name`] a piece at a time: after pieces are pushed, `folded_at(len())` is
/// the fold of their concatenation, and a length recorded after an earlier piece
/// gives the fold of the pieces up to it; [`NameFolder::folded_between`] gives the
/// fold of any run of pieces that starts and ends off white space. A caller trying
/// runs of words (`Agence`, `Agence France`, `Agence France-Presse`, from every start)
/// folds each character of its text once.
#[derive(Debug, Default)]
pub(crate) struct NameFolder {
    /// The fold so far, before the surrounding punctuation is dropped.
    out: String,
    /// White space was seen after the last character kept.
    space: bool,
}

impl NameFolder {
    /// A folder with room for the fold of `len` bytes of text, most of them ASCII.
    pub(crate) fn with_capacity(len: usize) -> Self {
        Self {
            out: String::with_capacity(len),
            space: false,
        }
    }

    /// Folds `piece` onto what was pushed before.
    pub(crate) fn push_str(&mut self, piece: &str) {
        let mut rest = piece;
        while !rest.is_empty() {
            // Most characters: ASCII letters and digits, kept in lower case, a run of
            // them copied whole and lowered where it lands.
            let run = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
            if run > 0 {
                if self.space {
                    self.out.push(' ');
                    self.space = false;
                }
                let (word, after) = rest.split_at(run);
                crate::grammar::text::push_ascii_lowercase(&mut self.out, word);
                rest = after;
                continue;
            }
            let mut chars = rest.chars();
            let Some(c) = chars.next() else { break };
            rest = chars.as_str();
            let c = match c {
                '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => '\'',
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => '-',
                c if c.is_whitespace() => ' ',
                c => c,
            };
            if c == ' ' {
                self.space = !self.out.is_empty();
                continue;
            }
            if self.space {
                self.out.push(' ');
                self.space = false;
            }
            if c.is_ascii() {
                self.out.push(c.to_ascii_lowercase());
            } else {
                self.out.extend(c.to_lowercase());
            }
        }
    }

    /// The length of the fold so far, to give to [`NameFolder::folded_at`] later.
    pub(crate) fn len(&self) -> usize {
        self.out.len()
    }

    /// The fold of the pieces pushed when [`NameFolder::len`] was `len`.
    pub(crate) fn folded_at(&self, len: usize) -> &str {
        self.folded_between(0, len)
    }

    /// Where the next character kept will start: after the space that white space
    /// pushed before it brings.
    pub(crate) fn next_start(&self) -> usize {
        self.out.len() + usize::from(self.space)
    }

    /// The fold of a piece pushed after others, between a [`NameFolder::next_start`]
    /// and a [`NameFolder::len`]: the same as folding it alone, since white space
    /// between pieces folds to one space and a piece that starts and ends with
    /// another character has none around it.
    pub(crate) fn folded_between(&self, start: usize, end: usize) -> &str {
        let run = self.out.get(start..end).unwrap_or("");
        let kept = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
        if kept(run.as_bytes().first()) && kept(run.as_bytes().last()) {
            // Most runs start and end with a letter or a digit: nothing to drop.
            return run;
        }
        run.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.' | '"' | '«' | '»' | '“' | '”'))
            .trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(key: &str, name: &str, aliases: &[&str], domains: &[&str]) -> Source {
        Source {
            key: key.into(),
            name: name.into(),
            kind: "wire_agency".into(),
            country: String::new(),
            alignment: "independent".into(),
            standing: "not_listed".into(),
            aliases: aliases.iter().map(|&a| a.into()).collect(),
            domains: domains.iter().map(|&d| d.into()).collect(),
            note: String::new(),
            short: Vec::new(),
        }
    }

    #[test]
    fn a_text_a_name_or_host_may_start_is_told_apart() {
        let (registry, _) = Registry::new(vec![
            source("afp", "Agence France-Presse", &["AFP", "Al"], &["afp.com"]),
            source("lm", "Le Monde", &[], &["lemonde.fr"]),
        ]);
        // Every name, and every text it starts.
        for text in [
            "agence france-presse",
            "agence x",
            "le monde, 3 mai",
            "al",
            "al-",
        ] {
            assert!(registry.may_name_start(text), "{text:?}");
        }
        // Hosts: a dot in the first word.
        assert!(registry.may_name_start("www.lemonde.fr 2015"));
        // Other words; an acronym (looked up apart); a dot after the first word.
        for text in ["agi", "a", "", "selon l'osdh", "afp", "le", "un deux.fr"] {
            assert!(!registry.may_name_start(text), "{text:?}");
        }
        // Hosts: any case, under a domain, a final dot.
        for host in ["lemonde.fr", "FR.LeMonde.fr.", " www.lemonde.fr"] {
            assert_eq!(
                registry.resolve_host(host).map(|s| s.key.as_str()),
                Some("lm"),
                "{host:?}"
            );
        }
        assert!(registry.resolve_host("monde.fr").is_none());
        // A name's first bytes: a run may still be cut short of the name.
        assert!(registry.may_name_start("agen"));
        // Acronyms: by their first byte.
        assert!(registry.may_acronym_start("AFP."));
        assert!(!registry.may_acronym_start("OSDH"));
        assert!(!registry.may_acronym_start(""));
        // What it lets through is what resolve_folded_name finds.
        assert_eq!(
            registry
                .resolve_folded_name("le monde")
                .map(|s| s.key.as_str()),
            Some("lm")
        );
    }
}
