//! Splitting a record file into records, on raw bytes.
//!
//! Record boundaries are found before any UTF-8 check, so that invalid bytes in one record
//! never hide the records around it. Every marker is ASCII: a `Country …` header line, a
//! `Country | … |` table row, or the newer site's breadcrumb (or its `Back` line).

use memchr::{memchr, memrchr};

use crate::record::Span;

/// One line of raw input: `span` excludes the line terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawLine {
    /// Start offset of the line.
    pub start: usize,
    /// End offset of the line content (before `\r\n` or `\n`).
    pub end: usize,
}

/// The lines of `input` from `from`, each without its terminator.
pub(crate) fn raw_lines(input: &[u8]) -> impl Iterator<Item = RawLine> + '_ {
    let mut position = 0;
    std::iter::from_fn(move || {
        if position >= input.len() {
            return None;
        }
        let start = position;
        let (mut end, next) = match memchr(b'\n', &input[start..]) {
            Some(offset) => (start + offset, start + offset + 1),
            None => (input.len(), input.len()),
        };
        if end > start && input[end - 1] == b'\r' {
            end -= 1;
        }
        position = next;
        Some(RawLine { start, end })
    })
}

/// The labels of a record header, in the order the labelled layout writes them.
pub(crate) const HEADER_LABELS: [&str; 4] =
    ["Country", "Year", "Type of Measure", "Form of Violence"];

/// The breadcrumb that opens a record of the newer site.
pub(crate) const BREADCRUMB: &[u8] = b"GLOBAL DATABASE ON VIOLENCE AGAINST WOMEN";

/// Is `line` a header field with its value on the same line (`Year 2012`, `Year | 2012 |`)?
pub(crate) fn is_inline_header_line(line: &[u8]) -> bool {
    HEADER_LABELS.iter().any(|label| {
        let label = label.as_bytes();
        line.len() > label.len() + 1
            && line.starts_with(label)
            && matches!(line[label.len()], b' ' | b'\t' | b'|')
            && !line[label.len()..].iter().all(u8::is_ascii_whitespace)
    })
}

fn is_country_line(line: &[u8]) -> bool {
    is_inline_header_line(line) && line.starts_with(b"Country")
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|byte| byte.is_ascii_whitespace())
}

fn trim_ascii(line: &[u8]) -> &[u8] {
    line.trim_ascii()
}

/// Does `line` look like the newer site's `COUNTRY | REGION` line?
pub(crate) fn is_country_region_line(line: &[u8]) -> bool {
    let line = trim_ascii(line);
    let bars = line.iter().filter(|&&byte| byte == b'|').count();
    bars == 1
        && !line.starts_with(b"|")
        && !line.ends_with(b"|")
        && !line.iter().any(|byte| byte.is_ascii_lowercase())
}

/// Splits `input` into the byte spans of its records.
///
/// Text before the first record header is returned as a span of its own when it holds
/// anything but blank lines, so that the caller can report it rather than drop it silently.
/// Blank lines at the end of a record are not part of its span.
pub fn split_records(input: &[u8]) -> Vec<Span> {
    let bom = if input.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let lines: Vec<RawLine> = raw_lines(&input[bom..])
        .map(|line| RawLine {
            start: line.start + bom,
            end: line.end + bom,
        })
        .collect();
    let text = |index: usize| &input[lines[index].start..lines[index].end];
    let next_content = |index: usize| (index + 1..lines.len()).find(|&i| !is_blank(text(i)));
    let previous_content = |index: usize| (0..index).rev().find(|&i| !is_blank(text(i)));

    let mut starts = Vec::new();
    for index in 0..lines.len() {
        let line = text(index);
        let starts_here = if line.starts_with(BREADCRUMB) {
            true
        } else if trim_ascii(line) == b"Back" {
            let after = next_content(index).map(text);
            let before = previous_content(index).map(text);
            after.is_some_and(is_country_region_line)
                && !before.is_some_and(|line| line.starts_with(BREADCRUMB))
        } else if is_inline_header_line(line) {
            let follows_header = index > 0 && is_inline_header_line(text(index - 1));
            let next_is_header = index + 1 < lines.len() && is_inline_header_line(text(index + 1));
            let next_is_heading_or_end = next_content(index).is_none_or(|next| {
                trim_ascii(text(next)).eq_ignore_ascii_case(b"Brief Description")
            });
            !follows_header && (next_is_header || (is_country_line(line) && next_is_heading_or_end))
        } else {
            false
        };
        if starts_here {
            starts.push(lines[index].start);
        }
    }

    let mut spans = Vec::with_capacity(starts.len() + 1);
    let first_start = starts.first().copied().unwrap_or(input.len());
    if !is_blank(&input[bom..first_start]) {
        spans.push(trimmed_span(input, bom, first_start));
    }
    for (position, &start) in starts.iter().enumerate() {
        let end = starts.get(position + 1).copied().unwrap_or(input.len());
        spans.push(trimmed_span(input, start, end));
    }
    spans
}

/// Where to cut `input`, the start of a longer input still being read, so that the part before
/// the cut holds whole records that no further input can change: `(cut, n_records)`, where
/// `n_records` counts the records (and leading text) before the cut; `(0, 0)` when nothing can
/// be cut yet.
///
/// Whether a line starts a record depends on the lines after it, so the last record start seen
/// may still turn out not to be one, and the record before it may grow: only the records before
/// the second-to-last start are settled. Parsing `input[..cut]` and then the rest (with
/// whatever follows) gives the records of the whole input.
///
/// ```
/// let text = b"Country Chile\nYear 2019\n\nBrief Description\n\nA.\n\nCountry Peru\nYear 2015\n\nBrief Description\n\nB.\n\nCountry Cuba\nYear 20";
/// let (cut, n_records) = vawkg::extract::complete_prefix(text);
/// assert_eq!(n_records, 1);
/// assert!(text[cut..].starts_with(b"Country Peru"));
/// ```
pub fn complete_prefix(input: &[u8]) -> (usize, usize) {
    // Only whole lines can be judged.
    let Some(last_newline) = memrchr(b'\n', input) else {
        return (0, 0);
    };
    let spans = split_records(&input[..=last_newline]);
    if spans.len() < 3 {
        return (0, 0);
    }
    let n_records = spans.len() - 2;
    (spans[n_records].start, n_records)
}

/// `start..end` without trailing whitespace.
fn trimmed_span(input: &[u8], start: usize, mut end: usize) -> Span {
    while end > start && input[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected_first_lines: &[&str]) {
        let spans = split_records(input.as_bytes());
        let first_lines: Vec<&str> = spans
            .iter()
            .map(|span| input[span.clone()].lines().next().unwrap_or(""))
            .collect();
        assert_eq!(first_lines, expected_first_lines);
    }

    #[test]
    fn raw_lines_strip_both_terminators() {
        let input = b"one\r\ntwo\nthree";
        let lines: Vec<&[u8]> = raw_lines(input)
            .map(|line| &input[line.start..line.end])
            .collect();
        assert_eq!(lines, [&b"one"[..], b"two", b"three"]);
    }

    #[test]
    fn labelled_records_split_at_country_lines() {
        let input = "Country Chile\nYear 2019\nType of Measure A\nForm of Violence B\n\nBrief Description\n\nText.\n\nCountry Peru\nYear 2015\nType of Measure A\n";
        check(input, &["Country Chile", "Country Peru"]);
    }

    #[test]
    fn prose_starting_with_country_is_not_a_record() {
        let input =
            "Country Chile\nYear 2019\n\nBrief Description\n\nCountry teams met.\nMore text.\n";
        check(input, &["Country Chile"]);
    }

    #[test]
    fn header_without_country_starts_a_record() {
        let input = "Country Chile\nYear 2019\n\nBrief Description\n\nText.\n\nYear 2015\nType of Measure A\n";
        check(input, &["Country Chile", "Year 2015"]);
    }

    #[test]
    fn table_rows_and_breadcrumbs_start_records() {
        let input = "Country | Kenya |\nYear | 2015 |\nText\nGLOBAL DATABASE ON VIOLENCE AGAINST WOMENCOUNTRY-PROFILE\nBack\nDENMARK | EUROPE\nTitle\n";
        check(
            input,
            &[
                "Country | Kenya |",
                "GLOBAL DATABASE ON VIOLENCE AGAINST WOMENCOUNTRY-PROFILE",
            ],
        );
    }

    #[test]
    fn back_line_without_breadcrumb_starts_a_record() {
        let input = "Back\nDENMARK | EUROPE\nTitle\n";
        check(input, &["Back"]);
    }

    #[test]
    fn preamble_is_kept_and_bom_is_skipped() {
        check("\u{feff}Country Chile\nYear 2019\n", &["Country Chile"]);
        check(
            "stray words\n\nCountry Chile\nYear 2019\n",
            &["stray words", "Country Chile"],
        );
    }

    #[test]
    fn invalid_utf8_does_not_move_boundaries() {
        let mut input =
            b"Country Chile\nYear 2019\n\nBrief Description\n\nBad \xff byte.\n\n".to_vec();
        input.extend_from_slice(b"Country Peru\nYear 2015\n");
        let spans = split_records(&input);
        assert_eq!(spans.len(), 2);
        assert!(input[spans[1].clone()].starts_with(b"Country Peru"));
    }
}
