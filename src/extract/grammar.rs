//! The grammar of record lines: one small nom 8 parser per rule, composed bottom-up.
//!
//! Each rule works on one line (without its terminator) and returns plain values and
//! offsets into that line; no nom type leaves this module.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, digit1, one_of, space0, space1};
use nom::combinator::{all_consuming, eof, map, opt, recognize, rest, value, verify};
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};

use crate::record::YearSpan;

/// Runs `parser` on `input`: the rest and the output on success, `None` on failure.
fn run<I, O>(
    mut parser: impl Parser<I, Output = O, Error = nom::error::Error<I>>,
    input: I,
) -> Option<(I, O)> {
    parser.parse(input).ok()
}

/// `text.trim()`, that is without leading and trailing Unicode white space. Most values start
/// and end with an ASCII character that is not white space, which the first and last bytes
/// tell, and then there is nothing to trim.
#[inline]
pub(crate) fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if is_solid(*first) && is_solid(*last) => text,
        _ => text.trim(),
    }
}

/// `text.trim_end()`, with the same shortcut as [`trim`].
#[inline]
pub(crate) fn trim_end(text: &str) -> &str {
    match text.as_bytes().last() {
        Some(&last) if is_solid(last) => text,
        _ => text.trim_end(),
    }
}

/// Is `byte` an ASCII character that is not Unicode white space (ASCII's white space and the
/// vertical tab, which `u8::is_ascii_whitespace` leaves out)?
#[inline]
fn is_solid(byte: u8) -> bool {
    byte.is_ascii() && !byte.is_ascii_whitespace() && byte != 0x0B
}

/// A field of the record header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Country,
    Year,
    TypeOfMeasure,
    FormOfViolence,
}

impl Label {
    /// The label that starts with `byte`, if any: each starts with a letter of its own.
    pub(crate) fn starting_with(byte: u8) -> Option<Label> {
        match byte {
            b'C' => Some(Label::Country),
            b'Y' => Some(Label::Year),
            b'T' => Some(Label::TypeOfMeasure),
            b'F' => Some(Label::FormOfViolence),
            _ => None,
        }
    }

    #[inline]
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Label::Country => "Country",
            Label::Year => "Year",
            Label::TypeOfMeasure => "Type of Measure",
            Label::FormOfViolence => "Form of Violence",
        }
    }
}

/// A heading of a prose section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Heading {
    BriefDescription,
    FullText,
    SourceOfInformation,
}

/// `label`: one of the four header labels, case-sensitive as the site writes them.
///
/// The labels start with different letters, so the first byte says which one to try: one
/// comparison per line instead of up to four. The header rules run on bytes: labels, spaces
/// and bars are ASCII, so every offset they return is a character boundary of the line.
fn label(input: &[u8]) -> IResult<&[u8], Label> {
    let Some(label) = input.first().copied().and_then(Label::starting_with) else {
        let error = nom::error::Error::new(input, nom::error::ErrorKind::Tag);
        return Err(nom::Err::Error(error));
    };
    value(label, tag(label.as_str().as_bytes())).parse(input)
}

/// `label_line := label ' '+ value` (the labelled layout), returning the value's offset.
///
/// The parser runs [`label_line_after`] on the lines the record splitter marked with their
/// label; only a marked line can be a label line.
#[cfg(test)]
pub(crate) fn label_line(line: &str) -> Option<(Label, usize)> {
    let (_, label) = run(label, line.as_bytes())?;
    label_line_after(label, line)
}

/// The rest of [`label_line`] for a line that starts with `label` (the record splitter reads
/// the label of every header line once, as it marks the line).
pub(crate) fn label_line_after(label: Label, line: &str) -> Option<(Label, usize)> {
    let after_label = line.as_bytes().get(label.as_str().len()..)?;
    let (remainder, _) = run(space1, after_label)?;
    let offset = line.len() - remainder.len();
    (!trim_end(&line[offset..]).is_empty()).then_some((label, offset))
}

/// `label_alone := label ' '*` (the newer layout puts the value on the next line).
pub(crate) fn label_alone(line: &str) -> Option<Label> {
    run(all_consuming(terminated(label, space0)), line.as_bytes()).map(|(_, label)| label)
}

/// `table_row := label ' '* '|' ' '* value ' '* '|'?`, returning the value's offset and length.
pub(crate) fn table_row(line: &str) -> Option<(Label, usize, usize)> {
    // Most lines have no bar at all; `memchr` says so faster than the rule can.
    memchr::memchr(b'|', line.as_bytes())?;
    let (_, label) = run(label, line.as_bytes())?;
    table_row_after(label, line)
}

/// The rest of [`table_row`] for a line that starts with `label`.
pub(crate) fn table_row_after(label: Label, line: &str) -> Option<(Label, usize, usize)> {
    let after_label = line.as_bytes().get(label.as_str().len()..)?;
    let (remainder, _) = run((space0, char('|'), space0), after_label)?;
    let offset = line.len() - remainder.len();
    let value = trim_end(&line[offset..]);
    let value = trim_end(value.strip_suffix('|').unwrap_or(value));
    Some((label, offset, value.len()))
}

/// Does the line look like a table row with a label we do not know (`Target group | … |`)?
pub(crate) fn unknown_table_row(line: &str) -> bool {
    // Two bars at least; most lines have none.
    let Some(first_bar) = memchr::memchr(b'|', line.as_bytes()) else {
        return false;
    };
    if memchr::memchr(b'|', &line.as_bytes()[first_bar + 1..]).is_none() {
        return false;
    }
    let mut cells = line.split('|');
    let first_cell_is_a_label = cells
        .next()
        .and_then(|cell| cell.trim().chars().next())
        .is_some_and(char::is_alphabetic);
    // Three cells at least: the label, the value and what follows the closing bar.
    first_cell_is_a_label && cells.nth(1).is_some()
}

/// `heading := "Brief Description" | "Full Text" | "Source of Information"`, any case, optional `:`.
pub(crate) fn heading(line: &str) -> Option<Heading> {
    // Most headings are written as the site writes them.
    match line {
        "Brief Description" => return Some(Heading::BriefDescription),
        "Full Text" => return Some(Heading::FullText),
        "Source of Information" => return Some(Heading::SourceOfInformation),
        _ => {}
    }
    // Most lines are prose: too long, or not starting with the first letters of a heading.
    let may_be_heading = line.len() <= 40 && {
        let start = line.trim_start_matches([' ', '\t']).as_bytes();
        start.len() >= 5
            && [b"brief", b"full ", b"sourc"]
                .iter()
                .any(|prefix| start[..5].eq_ignore_ascii_case(*prefix))
    };
    if may_be_heading {
        parse_heading(line)
    } else {
        None
    }
}

/// The rule runs on bytes: headings are ASCII, and comparing ASCII bytes without case is far
/// faster than nom's `tag_no_case`, which lowercases character by character.
fn parse_heading(line: &str) -> Option<Heading> {
    let heading_name = alt((
        value(
            Heading::BriefDescription,
            ascii_no_case(b"Brief Description"),
        ),
        value(Heading::FullText, ascii_no_case(b"Full Text")),
        value(
            Heading::SourceOfInformation,
            ascii_no_case(b"Source of Information"),
        ),
        value(
            Heading::SourceOfInformation,
            ascii_no_case(b"Sources of Information"),
        ),
    ));
    run(
        all_consuming(delimited(space0, heading_name, (opt(char(':')), space0))),
        line.as_bytes(),
    )
    .map(|(_, heading)| heading)
}

/// `tag_no_case` for an ASCII word on bytes.
fn ascii_no_case<'a>(word: &'static [u8]) -> impl Fn(&'a [u8]) -> IResult<&'a [u8], &'a [u8]> {
    move |input: &'a [u8]| match input.get(..word.len()) {
        Some(start) if start.eq_ignore_ascii_case(word) => Ok((&input[word.len()..], start)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `year := digit{4}`, a calendar year.
fn year(input: &[u8]) -> IResult<&[u8], u16> {
    map(
        take_while_m_n(4, 4, |byte: u8| byte.is_ascii_digit()),
        digits_value,
    )
    .parse(input)
}

/// The number ASCII digits write.
fn digits_value(digits: &[u8]) -> u16 {
    digits
        .iter()
        .fold(0, |value, digit| value * 10 + u16::from(digit - b'0'))
}

/// `dash := '-' | '–' | '—' | '‐'`
fn dash(input: &[u8]) -> IResult<&[u8], &[u8]> {
    alt((
        tag(&b"-"[..]),
        tag("\u{2013}".as_bytes()),
        tag("\u{2014}".as_bytes()),
        tag("\u{2010}".as_bytes()),
    ))
    .parse(input)
}

/// `year_value := year (' '* dash ' '* year)?`: `2012`, `2014 - 2018`, `2014-2018`, `2014 – 2018`.
pub(crate) fn year_value(input: &str) -> Option<YearSpan> {
    // Most values are a single year, which the rule would read the same way.
    if input.len() == 4 && input.bytes().all(|byte| byte.is_ascii_digit()) {
        let year = digits_value(input.as_bytes());
        return Some(YearSpan {
            start: year,
            end: year,
        });
    }
    parse_year_value(input)
}

/// The rule of [`year_value`] itself, for any value.
fn parse_year_value(input: &str) -> Option<YearSpan> {
    let (_, (start, end)) = run(
        all_consuming(terminated(
            (year, opt(preceded((space0, dash, space0), year))),
            (space0, eof),
        )),
        input.as_bytes(),
    )?;
    Some(YearSpan {
        start,
        end: end.unwrap_or(start),
    })
}

/// A list marker at the start of a line, returning the offset of the item text.
///
/// `bullet := ' '* ('•' | '◦' | '▪' | '●' | '‣' | '-' | '–' | '*') ' '+`
/// `number := ' '* (digit{1,3} | letter | roman) ('.' | ')') ' '+` or the same inside `( )`.
///
/// The rule runs on bytes: its markers are ASCII or three-byte symbols, and matching the
/// symbols as byte strings is faster than decoding characters. The record splitter's marks
/// ([`starts_like_list_item`]) rule out most lines before it runs.
pub(crate) fn list_marker(line: &str) -> Option<usize> {
    let symbol = alt((
        tag(&b"-"[..]),
        tag(&b"*"[..]),
        tag("•".as_bytes()),
        tag("–".as_bytes()),
        tag("◦".as_bytes()),
        tag("▪".as_bytes()),
        tag("●".as_bytes()),
        tag("‣".as_bytes()),
    ));
    let counter = || {
        alt((
            verify(digit1, |digits: &[u8]| digits.len() <= 3),
            take_while1(|byte: u8| matches!(byte, b'i' | b'v' | b'x')),
            take_while_m_n(1, 1, |byte: u8| byte.is_ascii_lowercase()),
        ))
    };
    let numbered = alt((
        recognize((counter(), one_of(&b".)"[..]))),
        recognize((char('('), counter(), char(')'))),
    ));
    let (remainder, _) = run(
        recognize((space0, alt((symbol, numbered)), space1)),
        line.as_bytes(),
    )?;
    let text_start = line.len() - remainder.len();
    (!trim(&line[text_start..]).is_empty()).then_some(text_start)
}

/// Whether text (after its leading white space) starts as a list item may, a superset of what
/// [`list_marker`] accepts: with `-` or `*` before a space, a symbol (all but `-` and `*`
/// encode with the lead byte 0xE2), `(`, up to three digits or a counter (a run of `i`, `v`
/// and `x`, or another lowercase letter) before `.` or `)`. Hard-wrapped prose often goes on
/// with a lowercase word or a number, which this rules out unread. The record splitter marks
/// lines with it, so that the rule runs only on lines that pass it.
#[inline]
pub(crate) fn starts_like_list_item(text: &[u8]) -> bool {
    let counter_ends_at = |end: usize| matches!(text.get(end), Some(b'.' | b')'));
    match text {
        [b'-' | b'*', next, ..] => matches!(next, b' ' | b'\t'),
        [b'(' | 0xE2, ..] => true,
        [b'0'..=b'9', ..] => {
            let digits = text.iter().take(4).take_while(|byte| byte.is_ascii_digit());
            let n_digits = digits.count();
            n_digits <= 3 && counter_ends_at(n_digits)
        }
        [b'i' | b'v' | b'x', ..] => counter_ends_at(
            text.iter()
                .take_while(|byte| matches!(byte, b'i' | b'v' | b'x'))
                .count(),
        ),
        [b'a'..=b'z', ..] => counter_ends_at(1),
        _ => false,
    }
}

/// `country_region := name ' '* '|' ' '* region` (the newer layout), returning both parts.
pub(crate) fn country_region(line: &str) -> Option<(&str, &str)> {
    // Most lines have no bar at all, and a header row's label has lowercase letters before
    // it: bytes say so faster than the rule can.
    let bar = memchr::memchr(b'|', line.as_bytes())?;
    if line.as_bytes()[..bar].iter().any(u8::is_ascii_lowercase) {
        return None;
    }
    let name = take_while1(|c: char| c != '|');
    let (_, (country, region)) = run(
        all_consuming((
            terminated(name, (char('|'), space0)),
            preceded(space0, rest),
        )),
        line,
    )?;
    let (country, region) = (country.trim(), region.trim());
    let no_lowercase = |text: &str| !text.chars().any(char::is_lowercase);
    (!country.is_empty() && !region.is_empty() && no_lowercase(country) && no_lowercase(region))
        .then_some((country, region))
}

/// Is the line trailing link text such as "For more information, please click here."?
pub(crate) fn is_link_text(line: &str) -> bool {
    const CLICK_HERE: &[u8] = b"click here";
    /// Where the `k` is in the phrase: a rarer letter than `c` to look for.
    const K_AT: usize = 4;
    let line = trim(line).as_bytes();
    line.len() < 160
        && memchr::memchr2_iter(b'k', b'K', line).any(|k| {
            k.checked_sub(K_AT)
                .and_then(|start| line.get(start..start + CLICK_HERE.len()))
                .is_some_and(|word| word.eq_ignore_ascii_case(CLICK_HERE))
        })
}

/// Is the line page furniture of the newer site (`loading`, `show filters hide filters`, …)?
pub(crate) fn is_page_junk(line: &str) -> bool {
    const JUNK: [&str; 6] = [
        "loading",
        "experiencing violence?",
        "show filters hide filters",
        "show filters",
        "hide filters",
        "back to top",
    ];
    // Each ends with `g`, `?`, `s` or `p`: most lines are ruled out before the start is trimmed.
    let may_be_junk = matches!(
        trim_end(line).as_bytes().last(),
        Some(b'g' | b'G' | b'?' | b's' | b'S' | b'p' | b'P')
    );
    may_be_junk && {
        let line = trim(line);
        JUNK.iter().any(|junk| line.eq_ignore_ascii_case(junk))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts of [`trim`] and [`trim_end`] agree with the standard library's, whatever
    /// the characters at the ends.
    #[test]
    fn trims_agree_with_the_standard_ones() {
        let ends: Vec<String> = (0..=0x7f_u8)
            .map(|byte| char::from(byte).to_string())
            .chain(["\u{85}", "\u{a0}", "\u{2003}", "\u{3000}", "é", "•"].map(String::from))
            .collect();
        for first in &ends {
            for last in &ends {
                for middle in ["", "x", " "] {
                    let text = format!("{first}{middle}{last}");
                    assert_eq!(trim(&text), text.trim(), "{text:?}");
                    assert_eq!(trim_end(&text), text.trim_end(), "{text:?}");
                }
            }
        }
        assert_eq!(trim(""), "");
        assert_eq!(trim_end(""), "");
    }

    #[test]
    fn label_line_rule() {
        assert_eq!(label_line("Country Canada"), Some((Label::Country, 8)));
        assert_eq!(
            label_line("Type of Measure Police > Training"),
            Some((Label::TypeOfMeasure, 16))
        );
        assert_eq!(
            label_line("Form of Violence  Trafficking  "),
            Some((Label::FormOfViolence, 18))
        );
        assert_eq!(label_line("Country"), None);
        assert_eq!(label_line("Country   "), None);
        assert_eq!(label_line("Countryside matters"), None);
        assert_eq!(label_line("Target Group Girls"), None);
    }

    #[test]
    fn label_alone_rule() {
        assert_eq!(label_alone("Type of Measure"), Some(Label::TypeOfMeasure));
        assert_eq!(label_alone("Year "), Some(Label::Year));
        assert_eq!(label_alone("Year 2004"), None);
    }

    #[test]
    fn table_row_rule() {
        assert_eq!(
            table_row("Country | Kenya |"),
            Some((Label::Country, 10, 5))
        );
        assert_eq!(table_row("Year|2015"), Some((Label::Year, 5, 4)));
        assert_eq!(table_row("Country Kenya"), None);
        assert!(unknown_table_row("Target group | Girls |"));
        assert!(!unknown_table_row("A sentence with one | bar"));
    }

    #[test]
    fn heading_rule() {
        assert_eq!(
            heading("Brief Description"),
            Some(Heading::BriefDescription)
        );
        assert_eq!(
            heading("  Source of information: "),
            Some(Heading::SourceOfInformation)
        );
        assert_eq!(heading("Full Text"), Some(Heading::FullText));
        assert_eq!(heading("Full Text of the law"), None);
    }

    #[test]
    fn year_value_rule() {
        assert_eq!(
            year_value("2012"),
            Some(YearSpan {
                start: 2012,
                end: 2012
            })
        );
        assert_eq!(
            year_value("2014 - 2018"),
            Some(YearSpan {
                start: 2014,
                end: 2018
            })
        );
        assert_eq!(
            year_value("2014-2018 "),
            Some(YearSpan {
                start: 2014,
                end: 2018
            })
        );
        assert_eq!(
            year_value("2014 \u{2013} 2018"),
            Some(YearSpan {
                start: 2014,
                end: 2018
            })
        );
        assert_eq!(year_value("20x4"), None);
        assert_eq!(year_value("12"), None);
        assert_eq!(year_value("20123"), None);
        assert_eq!(year_value("2014 - "), None);
        // The single-year shortcut agrees with the rule.
        for value in [
            "2012", "0000", "9999", "201", "20123", " 2012", "2012 ", "20a2", "٢٠١٢", "2012-",
        ] {
            assert_eq!(year_value(value), parse_year_value(value), "{value:?}");
        }
    }

    #[test]
    fn list_marker_rule() {
        assert_eq!(list_marker("  • The protection of victims."), Some(6));
        assert_eq!(list_marker("- Building capacity"), Some(2));
        assert_eq!(list_marker("1. To cut back"), Some(3));
        assert_eq!(list_marker("  12) Twelfth"), Some(6));
        assert_eq!(list_marker("(a) first"), Some(4));
        assert_eq!(list_marker("iv. fourth"), Some(4));
        assert_eq!(list_marker("2004. The law"), None);
        assert_eq!(list_marker("-"), None);
        assert_eq!(list_marker("In 2004 the law"), None);
        assert_eq!(list_marker("A. Not lowercase"), None);
    }

    /// The quick tests in front of [`heading`] and [`list_marker`] (the splitter's, on the
    /// text after leading ASCII white space) never reject a line the rule itself accepts:
    /// every short combination of the bytes that matter is tried.
    #[test]
    fn quick_tests_agree_with_the_rules() {
        let pieces = [
            " ",
            "\t",
            "-",
            "*",
            "(",
            ")",
            ".",
            ":",
            "1",
            "12",
            "i",
            "v",
            "x",
            "iv",
            "a",
            "z",
            "A",
            "•",
            "–",
            "◦",
            "brief description",
            "BRIEF DESCRIPTION",
            "Full text",
            "sources of information",
            "Source of Information",
            "word",
            "\u{a0}",
        ];
        let lines = crate::extract::joined_pieces(&pieces, 4);
        assert!(lines.len() > 100_000);
        for line in &lines {
            if list_marker(line).is_some() {
                let text = line.as_bytes().trim_ascii_start();
                assert!(starts_like_list_item(text), "{line:?}");
            }
            if line.len() <= 40 {
                assert_eq!(heading(line), parse_heading(line), "{line:?}");
            }
        }
    }

    #[test]
    fn country_region_rule() {
        assert_eq!(
            country_region("DENMARK | EUROPE"),
            Some(("DENMARK", "EUROPE"))
        );
        assert_eq!(
            country_region("CÔTE D'IVOIRE | AFRICA"),
            Some(("CÔTE D'IVOIRE", "AFRICA"))
        );
        assert_eq!(country_region("Denmark | Europe"), None);
        assert_eq!(country_region("DENMARK |"), None);
    }

    #[test]
    fn link_text_and_junk_rules() {
        assert!(is_link_text("For more information, please click here."));
        assert!(is_link_text("Please click here for more information"));
        assert!(!is_link_text("Government of Canada, 2014, page 22"));
        assert!(is_page_junk("loading"));
        assert!(is_page_junk("Experiencing Violence?"));
        assert!(!is_page_junk("Loading the data took years."));
        assert!(is_link_text("Click Here"));
        assert!(is_link_text("CLICK HERE: the law"));
        assert!(!is_link_text("click  here"));
        assert!(!is_link_text("k click"));
        assert!(!is_link_text(&format!("{} click here", "x".repeat(160))));
        for junk in [
            "loading",
            " \u{a0}Loading\u{a0}",
            "EXPERIENCING VIOLENCE?",
            "show filters hide filters",
            "Show filters",
            "\thide filters ",
            "Back to top",
        ] {
            assert!(is_page_junk(junk), "{junk:?}");
        }
        for prose in ["loadings", "filters", "top", "Back to the top", ""] {
            assert!(!is_page_junk(prose), "{prose:?}");
        }
    }
}
