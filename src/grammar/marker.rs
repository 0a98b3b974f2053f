//! Inline citation markers: `[12]`, `[4],[16]` (French), `[3][4]` (English),
//! `[réf. nécessaire]` / `[citation needed]`, and note markers `[a]`, `[N 1]`.
//!
//! Input: text starting at a `[`. Output: the marker and the input after it. Text in
//! brackets that is none of these (`[sic]`, `[…]`) is not a marker and stays prose.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, space0};
use nom::combinator::{map, map_res, opt, recognize, verify};
use nom::error::{context, ContextError, ParseError};
use nom::sequence::{delimited, preceded};
use nom::{IResult, Parser};

use super::text::eq_folded;
use crate::model::MarkerKind;

/// A reference marker. Accepts `[12]`.
pub fn reference_marker<'a, E>(i: &'a str) -> IResult<&'a str, MarkerKind, E>
where
    E: ParseError<&'a str>
        + ContextError<&'a str>
        + nom::error::FromExternalError<&'a str, std::num::ParseIntError>,
{
    context(
        "reference marker",
        map(
            delimited(char('['), map_res(digit1, str::parse::<u32>), char(']')),
            MarkerKind::Reference,
        ),
    )
    .parse(i)
}

/// A note marker. Accepts `[a]`, `[N 1]`, `[note 3]`, `[n. 2]`.
pub fn note_marker<'a, E>(i: &'a str) -> IResult<&'a str, MarkerKind, E>
where
    E: ParseError<&'a str> + ContextError<&'a str>,
{
    let letter = take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase());
    let numbered = recognize((
        alt((tag("note"), tag("Note"), tag("N"), tag("n."), tag("n"))),
        space0,
        digit1,
    ));
    context(
        "note marker",
        map(
            delimited(char('['), alt((numbered, letter)), char(']')),
            |s: &str| MarkerKind::Note(s.to_owned()),
        ),
    )
    .parse(i)
}

/// A citation-needed marker whose words are in `phrases`. Accepts
/// `[réf. nécessaire]` with the French lexicon.
pub fn citation_needed_marker<'a, E>(
    phrases: &[String],
    i: &'a str,
) -> IResult<&'a str, MarkerKind, E>
where
    E: ParseError<&'a str> + ContextError<&'a str>,
{
    context(
        "citation-needed marker",
        map(
            delimited(
                char('['),
                verify(
                    take_while1(|c| c != ']' && c != '[' && c != '\n'),
                    |s: &str| phrases.iter().any(|p| eq_folded(s, p)),
                ),
                char(']'),
            ),
            |s: &str| MarkerKind::CitationNeeded(s.trim().to_owned()),
        ),
    )
    .parse(i)
}

/// Any marker. Accepts `[12]`, `[a]`, `[citation needed]`.
pub fn marker<'a, E>(citation_needed: &[String], i: &'a str) -> IResult<&'a str, MarkerKind, E>
where
    E: ParseError<&'a str>
        + ContextError<&'a str>
        + nom::error::FromExternalError<&'a str, std::num::ParseIntError>,
{
    alt((reference_marker, note_marker, |i| {
        citation_needed_marker(citation_needed, i)
    }))
    .parse(i)
}

/// The separator between two markers of one group: the comma of French pages
/// (`[4],[16]`), nothing in English ones (`[3][4]`). Accepts `,` before a `[`.
pub fn group_separator<'a, E: ParseError<&'a str>>(i: &'a str) -> IResult<&'a str, (), E> {
    map(opt(preceded(space0, char(','))), |_| ()).parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::error::Error as NomError;
    use rstest::rstest;

    type E<'a> = NomError<&'a str>;

    #[rstest]
    #[case("[12] la suite", " la suite", MarkerKind::Reference(12))]
    #[case("[4],[16]", ",[16]", MarkerKind::Reference(4))]
    #[case("[a] x", " x", MarkerKind::Note("a".into()))]
    #[case("[N 1].", ".", MarkerKind::Note("N 1".into()))]
    fn reads_markers(#[case] input: &str, #[case] rest: &str, #[case] kind: MarkerKind) {
        let phrases = vec!["réf. nécessaire".to_owned()];
        assert_eq!(marker::<E>(&phrases, input), Ok((rest, kind)));
    }

    #[rstest]
    #[case("[réf. nécessaire].", ".", "réf. nécessaire")]
    #[case("[Réf. Nécessaire]", "", "Réf. Nécessaire")]
    #[case("[citation needed] x", " x", "citation needed")]
    fn reads_citation_needed(#[case] input: &str, #[case] rest: &str, #[case] words: &str) {
        let phrases = vec!["réf. nécessaire".to_owned(), "citation needed".to_owned()];
        assert_eq!(
            marker::<E>(&phrases, input),
            Ok((rest, MarkerKind::CitationNeeded(words.into())))
        );
    }

    #[rstest]
    #[case("[sic]")]
    #[case("[modifier | modifier le code]")]
    #[case("[12")]
    #[case("[99999999999]")]
    #[case("12]")]
    fn rejects_what_is_no_marker(#[case] input: &str) {
        let phrases = vec!["réf. nécessaire".to_owned()];
        assert!(marker::<E>(&phrases, input).is_err());
    }
}
