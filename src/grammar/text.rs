//! Small text helpers shared by the grammar rules: character folding for
//! comparisons, word scanning, and byte offsets turned into lines and columns.
//!
//! The grammar works on byte offsets into the whole document (`&str` slices and their
//! distance from the start); people get 1-based lines and columns from [`Locator`].
//! `nom_locate` is not used: its spans cannot start in the middle of a document
//! without `unsafe`, and the locator answers in order without rescanning, which keeps
//! a 50 MB line linear.

/// Folds one character for comparison: lower case, typographic apostrophes to `'`,
/// no-break and thin spaces to a plain space.
#[inline]
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        fold_wide(c)
    }
}

/// [`fold_char`] for the characters that are not ASCII.
fn fold_wide(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => ' ',
        // Latin-1 capitals (`À`–`Þ` but `×`) are their small letter less 0x20; the
        // other Latin-1 characters are their own lower case. The Unicode tables are
        // for the rest.
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        // Nor have Arabic letters a case.
        '\u{80}'..='\u{ff}' | '\u{620}'..='\u{657}' => c,
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// [`char::is_alphabetic`], answered without the Unicode tables for Latin-1, the
/// letters of most of an article that are not ASCII, and for the Arabic letters and
/// their vowel signs (U+0620–U+0657), which articles on Syria quote.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        match c {
            '\u{aa}' | '\u{b5}' | '\u{ba}' => true,
            '\u{80}'..='\u{bf}' | '\u{d7}' | '\u{f7}' => false,
            '\u{c0}'..='\u{ff}' | '\u{620}'..='\u{657}' => true,
            c => c.is_alphabetic(),
        }
    }
}

/// [`char::is_numeric`], answered without the Unicode tables for ASCII and Latin-1,
/// whose only numeric characters outside the digits are `²`, `³`, `¹`, `¼`, `½`, `¾`.
#[inline]
pub fn is_numeric(c: char) -> bool {
    match c {
        '0'..='9' | '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{bc}'..='\u{be}' => true,
        '\0'..='\u{ff}' => false,
        c => c.is_numeric(),
    }
}

/// [`char::is_alphanumeric`] (a letter or a numeric character, as the standard library
/// defines it), answered without the Unicode tables for Latin-1.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alphabetic(c) || is_numeric(c)
    }
}

/// [`char::is_uppercase`], answered without the Unicode tables for Latin-1 (whose
/// capitals are `À`–`Þ` but `×`).
#[inline]
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else if c <= '\u{ff}' {
        matches!(c, '\u{c0}'..='\u{de}') && c != '\u{d7}'
    } else {
        c.is_uppercase()
    }
}

/// If `hay` starts with `needle` (compared with [`fold_char`]), the byte length of
/// the matched prefix of `hay`.
///
/// ```
/// use crosscheck::grammar::text::strip_prefix_folded;
/// assert_eq!(strip_prefix_folded("Notes Et Références x", "notes et références"), Some(21));
/// assert_eq!(strip_prefix_folded("Notes", "notes et"), None);
/// ```
pub fn strip_prefix_folded(hay: &str, needle: &str) -> Option<usize> {
    let mut hay_chars = hay.char_indices();
    for n in needle.chars() {
        let (_, h) = hay_chars.next()?;
        if fold_char(h) != fold_char(n) {
            return None;
        }
    }
    Some(hay_chars.next().map_or(hay.len(), |(i, _)| i))
}

/// True when `a` and `b` are equal under [`fold_char`], ignoring surrounding space.
pub fn eq_folded(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    strip_prefix_folded(a, b) == Some(a.len())
}

/// The first place `needle` occurs in `hay` (folded), as a byte range of `hay`.
/// Linear in `hay` for the short needles the lexicons hold.
pub fn find_folded(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let first = fold_char(needle.chars().next()?);
    if first.is_ascii() && !first.is_ascii_alphabetic() && !matches!(first, ' ' | '\'') {
        // Only this very character folds to an ASCII sign or digit (the `[` of a
        // "[lien brisé]" marker): the byte search finds where the needle may start.
        return hay.match_indices(first).find_map(|(i, _)| {
            let rest = hay.get(i..)?;
            strip_prefix_folded(rest, needle).map(|len| (i, i + len))
        });
    }
    hay.char_indices()
        .filter(|&(_, c)| fold_char(c) == first)
        .find_map(|(i, _)| {
            let rest = hay.get(i..)?;
            strip_prefix_folded(rest, needle).map(|len| (i, i + len))
        })
}

/// Appends `s` in ASCII lower case: copied whole, then lowered where it lands (the
/// fold of an ASCII word, which most words of an article are).
pub fn push_ascii_lowercase(out: &mut String, s: &str) {
    let start = out.len();
    out.push_str(s);
    if let Some(added) = out.get_mut(start..) {
        added.make_ascii_lowercase();
    }
}

/// True for the white space of articles, no-break spaces included.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Collapses runs of white space (no-break spaces included) into one space and trims.
///
/// ```
/// use crosscheck::grammar::text::squash_spaces;
/// assert_eq!(squash_spaces(" Le\u{a0}\u{a0}titre,\n\t« cité »\u{3000}"), "Le titre, « cité »");
/// ```
pub fn squash_spaces(s: &str) -> String {
    let s = s.trim_matches(is_space);
    let mut out = String::with_capacity(s.len());
    // Text is copied in runs up to a space that needs changing: a run of several, or
    // white space other than ` `.
    let mut copied = 0;
    let mut i = 0;
    while let Some(&b) = s.as_bytes().get(i) {
        if !may_start_space(b) {
            i += 1;
            continue;
        }
        // A lone space, the common case, stays.
        if b == b' '
            && s.as_bytes()
                .get(i + 1)
                .is_some_and(|&n| !may_start_space(n))
        {
            i += 2;
            continue;
        }
        let rest = s.get(i..).unwrap_or_default();
        let after = rest.trim_start_matches(is_space);
        let run = rest.len() - after.len();
        if run == 0 {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        if !(b == b' ' && run == 1) {
            out.push_str(s.get(copied..i).unwrap_or_default());
            out.push(' ');
            copied = i + run;
        }
        i += run;
    }
    out.push_str(s.get(copied..).unwrap_or_default());
    out
}

/// False for a byte no white space starts with, which can be passed without decoding
/// its character: white space is a control or space byte (`\t`–`\r`, ` `), or starts with
/// 0xC2 (U+0085, U+00A0), 0xE1 (U+1680), 0xE2 (U+2000–U+205F) or 0xE3 (U+3000).
fn may_start_space(b: u8) -> bool {
    b <= b' ' || matches!(b, 0xc2 | 0xe1..=0xe3)
}

/// The words of `s` with their byte offsets. An apostrophe ends a word (`L'offensive`
/// gives `L'` and `offensive`), as tokenized exports already do (`L' offensive`).
pub fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if is_space(c) {
            if let Some(st) = start.take() {
                out.push((st, &s[st..i]));
            }
        } else {
            if start.is_none() {
                start = Some(i);
            }
            if matches!(c, '\'' | '\u{2019}') {
                if let Some(st) = start.take() {
                    let end = i + c.len_utf8();
                    out.push((st, &s[st..end]));
                }
            }
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// Turns byte offsets into 1-based lines and columns (columns in characters).
///
/// Queries in increasing order cost only the distance from the previous one, so a
/// whole document is located in linear time; an earlier offset restarts from its
/// line's start.
#[derive(Debug)]
pub struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    last: (usize, usize, usize),
}

impl<'a> Locator<'a> {
    /// A locator over `text`.
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            text,
            line_starts,
            last: (0, 0, 1),
        }
    }

    /// The 1-based line and column of a byte offset (clamped to the text).
    pub fn locate(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let line_start = self.line_starts.get(line).copied().unwrap_or(0);
        let (from, column) = match self.last {
            (l, o, c) if l == line && o <= offset => (o, c),
            _ => (line_start, 1),
        };
        let column = column + self.text.get(from..offset).map_or(0, |s| s.chars().count());
        self.last = (line, offset, column);
        (line + 1, column)
    }
}

/// The consonant skeleton of a name, so that transliterations of one place compare
/// equal: `Jisr al-Choghour`, `Jesr al-Shughour` and `Jeser al- Shagour` all give
/// `jsrlsgr`; `Palmyre` and `Palmyra` give `plmr`.
///
/// ```
/// use crosscheck::grammar::text::skeleton;
/// assert_eq!(skeleton("Jisr al-Choghour"), skeleton("Jeser al- Shagour"));
/// assert_eq!(skeleton("Palmyre"), skeleton("Palmyra"));
/// assert_eq!(skeleton("Souheil al-Hassan"), skeleton("Sohil al- Hasan"));
/// assert_ne!(skeleton("Darkoush"), skeleton("Ariha"));
/// ```
pub fn skeleton(name: &str) -> String {
    let mut out = String::new();
    push_skeleton(name, &mut out);
    out
}

/// [`skeleton`], appended to `out` (what `out` held before is left as it was).
pub fn push_skeleton(name: &str, out: &mut String) {
    // One pass over the folded characters: "ch" counts as "sh" (the `h` then goes with
    // the vowels), and a consonant repeated is kept once.
    let mut last = None;
    let mut chars = name.chars().map(fold_char).peekable();
    while let Some(c) = chars.next() {
        let c = if c == 'c' && chars.peek() == Some(&'h') {
            's'
        } else {
            c
        };
        let vowel_like = matches!(
            c,
            'a' | 'e'
                | 'i'
                | 'o'
                | 'u'
                | 'y'
                | 'h'
                | 'w'
                | 'é'
                | 'è'
                | 'ê'
                | 'ë'
                | 'à'
                | 'â'
                | 'î'
                | 'ï'
                | 'ô'
                | 'û'
                | 'ù'
        );
        // "Hassan" and "Hasan" are one name.
        if is_alphabetic(c) && !vowel_like && last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_shortcuts_agree_with_the_unicode_tables() {
        for c in (0..0x700).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            let lower = match c {
                '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
                '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => ' ',
                c => c.to_lowercase().next().unwrap_or(c),
            };
            assert_eq!(fold_char(c), lower, "{c:?}");
        }
    }

    #[test]
    fn locator_counts_characters_not_bytes() {
        let text = "ab\nçé x\n";
        let mut loc = Locator::new(text);
        assert_eq!(loc.locate(0), (1, 1));
        assert_eq!(loc.locate(3), (2, 1));
        assert_eq!(loc.locate(8), (2, 4));
        assert_eq!(loc.locate(1), (1, 2));
    }

    #[test]
    fn skeleton_reads_ch_as_sh_and_keeps_a_repeated_consonant_once() {
        // "cch" is c + sh; "chh" is sh; what follows a replaced "ch" is read as usual.
        assert_eq!(skeleton("Cch"), "cs");
        assert_eq!(skeleton("CHH"), "s");
        assert_eq!(skeleton("Achchab"), "sb");
        assert_eq!(skeleton("Sshh"), "s");
        assert_eq!(skeleton("Jisr al-Choghour"), "jsrlsgr");
        assert_eq!(skeleton("12 Ç-h"), "ç");
        assert_eq!(skeleton(""), "");
    }

    #[test]
    fn only_ascii_folds_to_ascii_signs_and_digits() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let f = fold_char(c);
            if f.is_ascii() && !f.is_ascii_alphabetic() && !matches!(f, ' ' | '\'') {
                assert_eq!(f, c, "{c:?}");
            }
        }
        assert_eq!(
            find_folded("a [Lien brisé] b", "[lien brisé]"),
            Some((2, 15))
        );
        assert_eq!(find_folded("a [lien b", "[lien brisé]"), None);
    }

    #[test]
    fn push_skeleton_appends_without_looking_at_what_was_there() {
        let mut out = "s".to_owned();
        push_skeleton("Sam", &mut out);
        assert_eq!(out, "ssm");
    }

    #[test]
    fn words_split_after_apostrophes() {
        let w: Vec<&str> = words("L'offensive d’ Idleb")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["L'", "offensive", "d’", "Idleb"]);
    }

    #[test]
    fn white_space_starts_where_may_start_space_says() {
        let mut utf8 = [0; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let first = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(!c.is_whitespace() || may_start_space(first), "{c:?}");
        }
    }

    #[test]
    fn squash_spaces_joins_the_words_split_at_any_white_space() {
        for s in [
            "",
            "  ",
            "a",
            " a  b\tc\n",
            "\u{b}x\u{c}y\rz\u{7f}",
            "« cité »\u{a0}\u{a0}le\u{85}1er\u{3000}mai\u{2028}",
            "é\u{202f}ü \u{2009} Ω",
            " l’OSDH  «\u{a0}x\u{a0}» \u{1680}\u{2001}ー\u{3000} ",
        ] {
            let words: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(squash_spaces(s), words.join(" "), "{s:?}");
        }
    }

    #[test]
    fn find_folded_ignores_case_and_no_break_spaces() {
        assert_eq!(
            find_folded("x Géolocalisation\u{a0}sur", "géolocalisation sur"),
            Some((2, 23))
        );
        assert_eq!(find_folded("abc", "d"), None);
    }
}
