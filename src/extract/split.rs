//! Splitting a record file into records, on raw bytes.
//!
//! Record boundaries are found before any UTF-8 check, so that invalid bytes in one record
//! never hide the records around it. Every marker is ASCII: a `Country …` header line, a
//! `Country | … |` table row, or the newer site's breadcrumb (or its `Back` line).

use memchr::memrchr;

use crate::record::Span;

/// One line of raw input, read once: its extent and what the splitter needs to know of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawLine {
    /// Start offset of the line.
    pub start: usize,
    /// End offset of the line's content: before its terminator and trailing ASCII white space
    /// (equal to `start` for a blank line).
    pub end: usize,
    /// What the line is to the splitter.
    marker: Marker,
}

impl RawLine {
    fn is_blank(&self) -> bool {
        self.marker == Marker::Blank
    }

    fn is_header(&self) -> bool {
        matches!(self.marker, Marker::Header | Marker::CountryHeader)
    }
}

/// The lines that can mark a record boundary, told apart while each line is in cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// Nothing but white space.
    Blank,
    /// The newer site's breadcrumb.
    Breadcrumb,
    /// The newer site's `Back` line.
    Back,
    /// A header field with its value on the line (`Year 2012`, `Year | 2012 |`).
    Header,
    /// The same for `Country`.
    CountryHeader,
    /// The `Brief Description` heading.
    BriefDescription,
    /// Anything else.
    Other,
}

/// The lines of `input` from byte `from`, each without its terminator, marked.
fn raw_lines(input: &[u8], from: usize) -> Vec<RawLine> {
    let mut lines = Vec::with_capacity(input.len() / 64);
    let mut start = from;
    for newline in memchr::memchr_iter(b'\n', &input[from..]).map(|offset| from + offset) {
        lines.push(raw_line(input, start, newline));
        start = newline + 1;
    }
    // The end of the input ends a last line only when it has no terminator.
    if start < input.len() {
        lines.push(raw_line(input, start, input.len()));
    }
    lines
}

fn raw_line(input: &[u8], start: usize, end: usize) -> RawLine {
    let line = input[start..end].trim_ascii_end();
    let marker = match line.first() {
        None => Marker::Blank,
        Some(b'G') if line.starts_with(BREADCRUMB) => Marker::Breadcrumb,
        Some(b'C') if is_inline_header_line(line) => Marker::CountryHeader,
        Some(b'Y' | b'T' | b'F') if is_inline_header_line(line) => Marker::Header,
        Some(&first) if first.is_ascii_whitespace() || first == b'B' || first == b'b' => {
            match line.trim_ascii_start() {
                b"" => Marker::Blank,
                b"Back" => Marker::Back,
                text if text.eq_ignore_ascii_case(b"Brief Description") => Marker::BriefDescription,
                _ => Marker::Other,
            }
        }
        Some(_) => Marker::Other,
    };
    RawLine {
        start,
        end: start + line.len(),
        marker,
    }
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

/// Does `line` look like the newer site's `COUNTRY | REGION` line?
pub(crate) fn is_country_region_line(line: &[u8]) -> bool {
    let line = line.trim_ascii();
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
    split_lines(input)
        .1
        .into_iter()
        .map(|record| record.span)
        .collect()
}

/// A record found by [`split_lines`]: its span and the indices of its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RecordLines {
    /// The record, without trailing white space.
    pub span: Span,
    /// Its lines in the line list, from the first to the last that is not blank.
    pub lines: std::ops::Range<usize>,
}

/// Like [`split_records`], with the lines of `input` (a leading BOM skipped) and the range of
/// them each record covers, so that records are parsed without looking for lines again.
///
/// The input is read once: each line is marked as it is found, and boundaries are then decided
/// on the marks alone (the `COUNTRY | REGION` line after a `Back` line is the one exception).
pub(crate) fn split_lines(input: &[u8]) -> (Vec<RawLine>, Vec<RecordLines>) {
    let bom = if input.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let lines = raw_lines(input, bom);
    let next_content = |index: usize| lines[index + 1..].iter().find(|line| !line.is_blank());
    let previous_content = |index: usize| lines[..index].iter().rev().find(|line| !line.is_blank());

    let mut starts = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let starts_here = match line.marker {
            Marker::Breadcrumb => true,
            Marker::Back => {
                let after = next_content(index);
                let before = previous_content(index);
                after.is_some_and(|after| is_country_region_line(&input[after.start..after.end]))
                    && !before.is_some_and(|before| before.marker == Marker::Breadcrumb)
            }
            Marker::Header | Marker::CountryHeader => {
                let follows_header = index > 0 && lines[index - 1].is_header();
                let next_is_header = lines.get(index + 1).is_some_and(RawLine::is_header);
                let next_is_heading_or_end = || {
                    next_content(index).is_none_or(|next| next.marker == Marker::BriefDescription)
                };
                !follows_header
                    && (next_is_header
                        || (line.marker == Marker::CountryHeader && next_is_heading_or_end()))
            }
            Marker::Blank | Marker::BriefDescription | Marker::Other => false,
        };
        if starts_here {
            starts.push(index);
        }
    }

    let mut records = Vec::with_capacity(starts.len() + 1);
    let mut push = |first_line: usize, end_line: usize| {
        let Some(last) = lines[first_line..end_line]
            .iter()
            .rposition(|line| !line.is_blank())
        else {
            return;
        };
        let last = first_line + last;
        records.push(RecordLines {
            span: lines[first_line].start..lines[last].end,
            lines: first_line..last + 1,
        });
    };
    // Text before the first record is kept unless it is blank (`push` skips it then).
    push(0, starts.first().copied().unwrap_or(lines.len()));
    for (position, &start) in starts.iter().enumerate() {
        let end = starts.get(position + 1).copied().unwrap_or(lines.len());
        push(start, end);
    }
    (lines, records)
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
    fn raw_lines_strip_terminators_and_trailing_space() {
        let input = b"one\r\ntwo  \n \t\nthree";
        let lines: Vec<&[u8]> = raw_lines(input, 0)
            .iter()
            .map(|line| &input[line.start..line.end])
            .collect();
        assert_eq!(lines, [&b"one"[..], b"two", b"", b"three"]);
    }

    #[test]
    fn lines_are_marked() {
        let marker = |line: &str| raw_line(line.as_bytes(), 0, line.len()).marker;
        assert_eq!(marker("  \t"), Marker::Blank);
        assert_eq!(marker("Country Chile"), Marker::CountryHeader);
        assert_eq!(marker("Country | Kenya |"), Marker::CountryHeader);
        assert_eq!(marker("Year 2019 "), Marker::Header);
        assert_eq!(marker("Country "), Marker::Other);
        assert_eq!(marker("Countryside"), Marker::Other);
        assert_eq!(marker(" Back "), Marker::Back);
        assert_eq!(marker("BRIEF DESCRIPTION"), Marker::BriefDescription);
        assert_eq!(
            marker("GLOBAL DATABASE ON VIOLENCE AGAINST WOMENCOUNTRY"),
            Marker::Breadcrumb
        );
        assert_eq!(marker("Brief notes"), Marker::Other);
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
