//! Dates as references and sentences write them: `24 mai 2015`, `1er mai 2015`,
//! `24 May 2015`, `May 24, 2015`, `mai 2015`, `2015-05-24`.
//!
//! Input: a short text and the lexicon's month names. Output: an ISO 8601 date
//! (`2015-05-24`, or `2015-05` when the day is not given). It does not read relative
//! dates ("le lendemain") or date ranges; the claims layer does.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{all_consuming, map, map_opt, opt};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

use super::lexicon::MonthWords;

type E<'a> = nom::error::Error<&'a str>;

fn number<'a>(min: usize, max: usize) -> impl Parser<&'a str, Output = u32, Error = E<'a>> {
    map_opt(
        take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse().ok(),
    )
}

fn month<'a, 'm>(months: &'m MonthWords) -> impl Parser<&'a str, Output = u32, Error = E<'a>> + 'm
where
    'a: 'm,
{
    map_opt(
        take_while1(|c: char| c.is_alphabetic() || c == '.'),
        move |w: &str| {
            months
                .month(w)
                .or_else(|| months.month(w.trim_end_matches('.')))
        },
    )
}

/// `2015-05-24`.
fn iso(i: &str) -> IResult<&str, (u32, u32, Option<u32>), E<'_>> {
    map(
        (
            number(4, 4),
            char('-'),
            number(2, 2),
            char('-'),
            number(2, 2),
        ),
        |(y, _, m, _, d)| (y, m, Some(d)),
    )
    .parse(i)
}

/// Reads a whole text as a date. The result is `YYYY-MM-DD` or `YYYY-MM`.
///
/// ```
/// use crosscheck::grammar::{date::parse_date, lexicon};
/// let g = lexicon::load(None).unwrap();
/// let fr = &g.lexicon("fr").unwrap().months;
/// assert_eq!(parse_date("1er mai 2015", fr).as_deref(), Some("2015-05-01"));
/// assert_eq!(parse_date("mai 2015", fr).as_deref(), Some("2015-05"));
/// assert_eq!(parse_date("le 3", fr), None);
/// ```
pub fn parse_date(text: &str, months: &MonthWords) -> Option<String> {
    let text = text.trim().trim_end_matches(['.', ',']);
    let ordinal = opt(alt((
        tag("er"),
        tag("re"),
        tag("st"),
        tag("nd"),
        tag("rd"),
        tag("th"),
    )));
    let day_month_year = map(
        (
            terminated(number(1, 2), (ordinal, space1)),
            month(months),
            space1,
            number(4, 4),
        ),
        |(d, m, _, y)| (y, m, Some(d)),
    );
    let month_day_year = map(
        (
            month(months),
            space1,
            number(1, 2),
            char(','),
            space0,
            number(4, 4),
        ),
        |(m, _, d, _, _, y)| (y, m, Some(d)),
    );
    let month_year = map((month(months), preceded(space1, number(4, 4))), |(m, y)| {
        (y, m, None)
    });
    let (_, (y, m, d)) = all_consuming(alt((iso, day_month_year, month_day_year, month_year)))
        .parse(text)
        .ok()?;
    if !(1..=12).contains(&m) || d.is_some_and(|d| !(1..=31).contains(&d)) {
        return None;
    }
    // Written digit by digit: a reference list holds thousands of dates, and the
    // parts are known to fit (a year of four digits, a month and day of two).
    let mut out = String::with_capacity(10);
    push_digits(&mut out, y, 4);
    out.push('-');
    push_digits(&mut out, m, 2);
    if let Some(d) = d {
        out.push('-');
        push_digits(&mut out, d, 2);
    }
    Some(out)
}

/// The digits of `n`, zeros before up to `width`.
fn push_digits(out: &mut String, n: u32, width: u32) {
    let digits = n.checked_ilog10().map_or(1, |l| l + 1).max(width);
    for place in (0..digits).rev() {
        out.extend(char::from_digit(n / 10u32.pow(place) % 10, 10));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::lexicon::load;
    use rstest::rstest;

    #[rstest]
    #[case(7, 2, "07")]
    #[case(0, 4, "0000")]
    #[case(2015, 4, "2015")]
    #[case(12_345, 4, "12345")]
    #[case(u32::MAX, 2, "4294967295")]
    fn digits_are_padded_never_cut(#[case] n: u32, #[case] width: u32, #[case] want: &str) {
        let mut out = String::new();
        push_digits(&mut out, n, width);
        assert_eq!(out, want);
    }

    #[rstest]
    #[case("fr", "24 mai 2015", Some("2015-05-24"))]
    #[case("fr", "1er mai 2015", Some("2015-05-01"))]
    #[case("fr", "2 février 2020.", Some("2020-02-02"))]
    #[case("en", "24 May 2015", Some("2015-05-24"))]
    #[case("en", "May 24, 2015", Some("2015-05-24"))]
    #[case("en", "2015-05-26", Some("2015-05-26"))]
    #[case("en", "Sept. 2015", Some("2015-09"))]
    #[case("en", "32 May 2015", None)]
    #[case("en", "2015-13-01", None)]
    #[case("fr", "OSDH", None)]
    #[case("fr", "", None)]
    fn reads_dates(#[case] lang: &str, #[case] text: &str, #[case] want: Option<&str>) {
        let g = load(None).expect("built-in grammars load");
        let months = &g.lexicon(lang).expect("lexicon").months;
        assert_eq!(parse_date(text, months).as_deref(), want);
    }
}
