//! Verification: does the page a claim cites give its figure?
//!
//! Input: the articles with their claims, the link rows with the text of each
//! reference's page ([`super::page`]), and the grammars. Output: each claim's
//! `verification`, one [`Verdict`] per cited reference that has a URL, and each row's
//! `verdicts` (the same, by claim).
//!
//! The page is read with the quantity grammar of its language: the language it
//! declares (`<html lang>`) when a lexicon has it, else the one its frequent words
//! point to. A page in a language no lexicon has (Arabic) is read with the article's
//! lexicon, whose words do not occur in it: what is read is its digits. Before reading,
//! Arabic-Indic digits (U+0660–0669) and Eastern Arabic-Indic digits (U+06F0–06F9) become
//! ASCII digits, the Arabic thousands separator (U+066C) is dropped, the Arabic decimal
//! separator (U+066B) becomes the lexicon's decimal mark, and a digit glued to an Arabic
//! letter (`و٣٠٠`, "and 300") is set apart from it.
//!
//! The rule ([`supports`]): a page's figure supports a claim's when it gives the same
//! interval (`at least 261` for `au moins 261`: 261..), or the same written number
//! (`261 soldiers` for `au moins 261`; `about 100` for `une centaine`), unless either
//! is a range, whose written number is only its low end: `350 à 500` is supported by a
//! page's `between 350 and 500`, not by its `350`. A figure followed by a word the
//! lexicon says is no count (`20 km`, `50 000 habitants`) supports nothing; dates,
//! years, percentages and codes are no quantities at all. A claim's figure is verified
//! by a page when any of the page's figures supports it.
//!
//! It does not judge the page: a figure found may stand there for something else
//! (another battle, another side). `verified` says the number is there to be read.

use std::collections::HashMap;
use std::sync::Arc;

use super::LinkRow;
use crate::grammar::quantity::{Quantity, QuantityReader};
use crate::grammar::text::fold_char;
use crate::grammar::{detect_language, Grammars, Lexicon};
use crate::model::{Article, Claim, Verdict};

/// A page's text with Arabic digits and separators in the forms the quantity grammar
/// reads: ASCII digits, no thousands separator, `decimal` for the decimal separator,
/// and a space between a digit and an Arabic letter glued to it.
///
/// ```
/// use crosscheck::links::verify::ascii_digits;
/// assert_eq!(ascii_digits("مقتل ٢٦١ جندياً", '.'), "مقتل 261 جندياً");
/// assert_eq!(ascii_digits("۱۲۳٬۴۵۶ و٣٠٠", '.'), "123456 و 300");
/// assert_eq!(ascii_digits("١٫٥ مليون", ','), "1,5 مليون");
/// assert_eq!(ascii_digits("at least 261", '.'), "at least 261");
/// ```
pub fn ascii_digits(text: &str, decimal: char) -> String {
    let arabic_letter = |c: char| matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}');
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for c in text.chars() {
        let mapped = match c {
            '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(u32::from(c) - 0x06F0, 10),
            '\u{066C}' => None,
            '\u{066B}' => Some(decimal),
            _ => Some(c),
        };
        let Some(m) = mapped else { continue };
        let glued = previous.is_some_and(|p| {
            (p.is_ascii_digit() && arabic_letter(m)) || (arabic_letter(p) && m.is_ascii_digit())
        });
        if glued {
            out.push(' ');
        }
        out.push(m);
        previous = Some(m);
    }
    out
}

/// A claim's figure is a range (`350 à 500`): two written numbers, no qualifier.
fn is_range(c: &Claim) -> bool {
    c.qualifier.is_none() && !c.approx && c.high != Some(c.low)
}

/// Whether a page's figure supports a claim's: the same interval, or the same written
/// number when neither is a range.
///
/// ```
/// use crosscheck::grammar::{lexicon, quantity::quantities};
/// use crosscheck::links::verify::supports;
/// # let g = lexicon::load(None).unwrap();
/// # let fr = g.lexicon("fr").unwrap();
/// # let en = g.lexicon("en").unwrap();
/// # let claim = |figure: &str| {
/// #     let a = crosscheck::analyze_document(&crosscheck::input::Document::new("x.txt",
/// #         format!("Bataille de X\n\nSelon l'OSDH, {figure} soldats sont tués le 4 mai 2015.[1]\n\nNotes et références\n\n[modifier | modifier le code]\n  1. « Titre », OSDH,\n")), &g, Some("fr"), None).unwrap();
/// #     a.claims[0].clone()
/// # };
/// let at_least = claim("au moins 261"); // 261.., written 261
/// assert!(supports(&at_least, &quantities("at least 261", 0, en)[0]));
/// assert!(supports(&at_least, &quantities("261 soldiers", 0, en)[0]));
/// assert!(!supports(&at_least, &quantities("262 soldiers", 0, en)[0]));
/// let range = claim("350 à 500");
/// assert!(supports(&range, &quantities("between 350 and 500", 0, en)[0]));
/// assert!(!supports(&range, &quantities("350 soldiers", 0, en)[0]));
/// # let _ = fr;
/// ```
pub fn supports(claim: &Claim, q: &Quantity) -> bool {
    let same_interval = q.low == claim.low && q.high == claim.high;
    if same_interval {
        return true;
    }
    // The same written number, bounded the same way or not at all, over intervals that
    // meet: "more than 261" supports "au moins 261"; "fewer than 300" does not support
    // "plus de 300", nor "more than 261" a claim of exactly 261.
    let up = |qualifier: Option<&str>| match qualifier {
        Some("at_least" | "more_than") => 1,
        Some("up_to" | "fewer_than" | "nearly") => -1,
        _ => 0,
    };
    let (a, b) = (
        up(claim.qualifier.as_deref()),
        up(q.qualifier.map(|q| q.name())),
    );
    let meet = q.high.is_none_or(|h| h >= claim.low) && claim.high.is_none_or(|h| h >= q.low);
    (a == 0 || b == 0 || a == b) && meet && !q.range && !is_range(claim) && q.value == claim.value
}

/// The figures of a page, read with a lexicon; figures followed by a word that is no
/// count (`20 km`) are left out.
pub fn page_figures(text: &str, lexicon: &Lexicon) -> Vec<Quantity> {
    let decimal = lexicon.numbers.decimal_mark.chars().next().unwrap_or('.');
    let text = ascii_digits(text, decimal);
    let not_counts: Vec<String> = lexicon
        .claims
        .nouns
        .not_counts
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    QuantityReader::new(lexicon)
        .read(&text, 0)
        .into_iter()
        .filter(|q| {
            // The word after the figure, looked for in a bounded window: a page of
            // `1;1;1;…` must not make every figure scan the rest of the page.
            let after = text.get(q.span.end..).unwrap_or("").trim_start();
            let window = after
                .char_indices()
                .nth(64)
                .map_or(after, |(i, _)| after.get(..i).unwrap_or(""));
            let next = window
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '%')
                .to_lowercase();
            next.is_empty() || !not_counts.contains(&next)
        })
        .collect()
}

/// The lexicon to read a page with: the one of the language it declares, else the
/// article's for a declared language no lexicon has; for a page that declares none,
/// the detected one when the page holds some of its frequent words, else the
/// article's.
fn page_lexicon<'g>(
    lang: Option<&str>,
    text: &str,
    article: &'g Lexicon,
    grammars: &'g Grammars,
) -> &'g Lexicon {
    match lang {
        Some(tag) => grammars.lexicon_for(tag).unwrap_or(article),
        None => detect_language(text, grammars)
            .filter(|lex| {
                text.split(|c: char| !c.is_alphabetic() && c != '\'')
                    .filter(|w| !w.is_empty())
                    .take(5_000)
                    .any(|w| {
                        let w: String = w.chars().map(fold_char).collect();
                        lex.detect.contains(&w)
                    })
            })
            .unwrap_or(article),
    }
}

/// Fills each claim's `verification` and each row's `verdicts` from the pages read.
/// Rows without a page read (no `verify`) give nothing; events give nothing.
pub fn verify(articles: &mut [Article], rows: &mut [LinkRow], grammars: &Grammars) {
    // The figures of each page, per lexicon, read once.
    let mut figures: HashMap<(String, String), Arc<Vec<Quantity>>> = HashMap::new();
    for article in articles.iter_mut() {
        let Some(lexicon) = grammars
            .lexicon(&article.lang)
            .or_else(|| grammars.lexicons.first())
        else {
            continue;
        };
        let mut by_ref: HashMap<u32, usize> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            if r.target.article == article.name {
                by_ref.entry(r.target.reference).or_insert(i);
            }
        }
        for claim in &mut article.claims {
            if claim.category == "event" {
                continue;
            }
            let mut verdicts = Vec::new();
            for n in &claim.refs {
                let Some(row) = by_ref.get(n).and_then(|&i| rows.get_mut(i)) else {
                    continue;
                };
                let Some(read) = &row.read else { continue };
                let verdict = match (&read.text, &read.from) {
                    (Some(page), Some((url, _))) => {
                        let lex = page_lexicon(page.lang.as_deref(), &page.text, lexicon, grammars);
                        let key = (url.clone(), lex.lang.clone());
                        let found = figures
                            .entry(key)
                            .or_insert_with(|| Arc::new(page_figures(&page.text, lex)))
                            .clone();
                        if found.iter().any(|q| supports(claim, q)) {
                            Verdict::Verified
                        } else {
                            Verdict::FigureNotFound
                        }
                    }
                    _ => Verdict::Unreachable,
                };
                verdicts.push((*n, verdict));
                row.verdicts.push((claim.id.clone(), verdict));
            }
            claim.verification = verdicts;
        }
    }
}

/// Counts of (claim, reference) verdicts, by verdict name.
pub fn counts(articles: &[Article]) -> Vec<(&'static str, usize)> {
    [
        Verdict::Verified,
        Verdict::FigureNotFound,
        Verdict::Unreachable,
    ]
    .into_iter()
    .map(|v| {
        let n = articles
            .iter()
            .flat_map(|a| &a.claims)
            .flat_map(|c| &c.verification)
            .filter(|(_, w)| *w == v)
            .count();
        (v.name(), n)
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use rstest::rstest;

    use super::*;
    use crate::grammar::lexicon;

    /// A claim whose figure is the first quantity the lexicon reads in `figure`, as
    /// the claims layer makes it.
    fn claim_of(figure: &str, lexicon: &Lexicon) -> Claim {
        let q = QuantityReader::new(lexicon)
            .read(figure, 0)
            .into_iter()
            .next()
            .expect("the test's figure reads as a quantity");
        Claim {
            id: "c1".into(),
            sentence: 1,
            section: 0,
            infobox: false,
            category: "killed".into(),
            side: "loyalist".into(),
            faction: crate::model::Faction::Unnamed,
            low: q.low,
            high: q.high,
            approx: q.approx,
            qualifier: q.qualifier.map(|x| x.name().to_owned()),
            figure: figure.into(),
            value: q.value,
            event: None,
            date_start: None,
            date_end: None,
            place: None,
            attributed_to: None,
            joint: Vec::new(),
            refs: vec![1],
            source_keys: vec![],
            origin: vec![],
            carriers: vec![],
            site: None,
            corroboration: vec![],
            verification: vec![],
            flags: vec![],
            parent: None,
            rival_of: None,
            text: String::new(),
        }
    }

    /// Whether a page in `page_lang` saying `page` verifies the French claim `figure`.
    fn verified(figure: &str, page_lang: &str, page: &str) -> bool {
        let g = lexicon::load(None).expect("built-in grammars");
        let fr = g.lexicon("fr").expect("fr");
        let lex = g.lexicon(page_lang).unwrap_or(fr);
        let c = claim_of(figure, fr);
        page_figures(page, lex).iter().any(|q| supports(&c, q))
    }

    #[rstest]
    // Lower bounds: the same interval, or the same written number.
    #[case(
        "au moins 261",
        "en",
        "At least 261 regime soldiers were killed.",
        true
    )]
    #[case("au moins 261", "en", "261 soldiers were killed.", true)]
    #[case("au moins 261", "fr", "261 morts au moins", true)]
    #[case("au moins 261", "en", "More than 261 soldiers were killed.", true)]
    #[case("au moins 261", "en", "At least 262 soldiers were killed.", false)]
    #[case("au moins 261", "en", "At least 2610 soldiers were killed.", false)]
    #[case("plus de 30", "en", "more than 30 dead", true)]
    #[case("plus de 30", "en", "31 dead", false)]
    // Bounds the other way, or a bound against an exact figure it excludes.
    #[case("plus de 300", "en", "Fewer than 300 soldiers were killed.", false)]
    #[case("moins de 100", "en", "More than 100 soldiers were killed.", false)]
    #[case("au moins 261", "en", "At most 261 soldiers were killed.", false)]
    #[case("261", "en", "More than 261 soldiers were killed.", false)]
    #[case("261", "en", "At least 261 soldiers were killed.", true)]
    #[case("jusqu'à 700", "en", "up to 700 displaced", true)]
    // Ranges: both ends, whichever words join them.
    #[case("entre 350 et 500", "en", "between 350 and 500 rebels", true)]
    #[case("entre 350 et 500", "en", "350-500 rebels", true)]
    #[case("350 à 500", "fr", "de 350 à 500 rebelles", true)]
    #[case("entre 350 et 500", "en", "350 rebels and later 500 more", false)]
    #[case("entre 350 et 500", "en", "between 350 and 600 rebels", false)]
    #[case("261", "en", "between 261 and 300 soldiers", false)]
    // Approximate words: the same interval or the same written number.
    #[case("une centaine", "en", "about 100 soldiers", true)]
    #[case("une centaine", "en", "a hundred soldiers", true)]
    #[case("une centaine", "fr", "une centaine de soldats", true)]
    #[case("une centaine", "en", "120 soldiers", false)]
    #[case("environ 500", "en", "some 500 soldiers", true)]
    #[case("des centaines", "en", "hundreds of soldiers", true)]
    #[case("des dizaines", "en", "dozens of soldiers", false)]
    // Thousands separators, in any language's way, and number words.
    #[case("6 000", "en", "6,000 fighters", true)]
    #[case("6 000", "fr", "6.000 combattants", true)]
    #[case("6 000", "fr", "6\u{202f}000 combattants", true)]
    #[case("6 000", "en", "six thousand fighters", true)]
    #[case("6 000", "ar", "٦٬٠٠٠ مقاتل", true)]
    #[case("1,1 million", "en", "1.1 million displaced", true)]
    #[case("deux", "en", "two tanks", true)]
    // Arabic-Indic and Eastern Arabic-Indic digits, glued or not.
    #[case("261", "ar", "مقتل ٢٦١ جندياً", true)]
    #[case("261", "ar", "مقتل ۲۶۱ جندياً", true)]
    #[case("300", "ar", "قتل ١٠ مدنيين و٣٠٠ جندي", true)]
    #[case("261", "ar", "مقتل ٩٢ جندياً", false)]
    // Dates, years, percentages and measures are no counts.
    #[case("25", "fr", "Les combats reprennent le 25 avril.", false)]
    #[case("25", "en", "Fighting resumed on 25 April.", false)]
    #[case("2015", "fr", "La ville tombe en 2015.", false)]
    #[case("20", "en", "The front moved 20 km north.", false)]
    #[case("20", "en", "20 soldiers were killed.", true)]
    #[case("40", "en", "turnout was 40% lower", false)]
    fn the_matching_rule(
        #[case] claim: &str,
        #[case] page_lang: &str,
        #[case] page: &str,
        #[case] expected: bool,
    ) {
        assert_eq!(
            verified(claim, page_lang, page),
            expected,
            "{claim} / {page}"
        );
    }

    #[test]
    fn a_page_is_read_in_its_language() {
        let g = lexicon::load(None).expect("built-in grammars");
        let (fr, en) = (g.lexicon("fr").expect("fr"), g.lexicon("en").expect("en"));
        let lang = |declared: Option<&str>, text: &str, article: &Lexicon| {
            page_lexicon(declared, text, article, &g).lang.clone()
        };
        assert_eq!(lang(Some("en-GB"), "", fr), "en");
        assert_eq!(lang(Some("ar"), "مقتل ٢٦١ جندياً", fr), "fr");
        assert_eq!(lang(Some("ar"), "مقتل ٢٦١ جندياً", en), "en");
        assert_eq!(
            lang(
                None,
                "The soldiers were killed in the town and the army said",
                fr
            ),
            "en"
        );
        assert_eq!(
            lang(None, "Les soldats sont tués dans la ville et le régime", en),
            "fr"
        );
        assert_eq!(lang(None, "مقتل ٢٦١ جندياً", fr), "fr");
        assert_eq!(lang(None, "مقتل ٢٦١ جندياً", en), "en");
    }

    #[test]
    fn a_page_of_figures_without_spaces_is_read_in_one_pass() {
        // Each figure once looked for its next word through the rest of the page:
        // 300 000 of them took minutes.
        let g = lexicon::load(None).expect("built-in grammars");
        let en = g.lexicon("en").expect("en");
        let page = format!("1 {}", "1;".repeat(300_000));
        assert_eq!(page_figures(&page, en).len(), 300_001);
    }

    #[test]
    fn arabic_separators_become_the_lexicons() {
        assert_eq!(ascii_digits("١٬٢٣٤٫٥", '.'), "1234.5");
        assert_eq!(ascii_digits("١٬٢٣٤٫٥", ','), "1234,5");
        assert_eq!(ascii_digits("و٣٠٠ب", '.'), "و 300 ب");
        assert_eq!(ascii_digits("M5 3rd", '.'), "M5 3rd");
    }
}
