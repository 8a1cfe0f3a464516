//! Errors of the extractor: what went wrong with a record and where.
//!
//! Positions are byte offsets into the whole input; they become one-based lines and columns
//! only when an error is displayed with [`render_error`].

use crate::record::Span;

/// The kinds of record the extractor rejects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The record's bytes are not valid UTF-8.
    InvalidUtf8,
    /// The header has no `Country` field.
    MissingCountry,
    /// The country name matches no ISO 3166-1 country.
    UnknownCountry,
    /// The `Year` value is neither `YYYY` nor `YYYY - YYYY`.
    MalformedYear,
    /// A header line carries a label the format does not have.
    UnknownLabel,
    /// A header label occurs twice.
    DuplicateLabel,
    /// A header label has no value.
    MissingValue,
    /// The record stops inside its header, before any description.
    TruncatedHeader,
    /// The newer layout lacks its `COUNTRY | REGION` line.
    MissingCountryRegion,
    /// Text before the first record header of a file.
    NoRecordHeader,
}

/// A record the extractor rejected: the kind, a message and the span it is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ExtractError {
    /// What kind of problem this is.
    pub kind: ErrorKind,
    /// A lowercase message without a trailing period.
    pub message: String,
    /// The bytes the message is about (may be empty: a point).
    pub span: Span,
    /// The span of the whole rejected record.
    pub record_span: Span,
}

impl ExtractError {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>, span: Span) -> Self {
        ExtractError {
            kind,
            message: message.into(),
            record_span: span.clone(),
            span,
        }
    }
}

/// A one-based line and column (in characters) of a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// One-based line number.
    pub line: usize,
    /// One-based column, counted in characters.
    pub column: usize,
}

/// The line starts of an input, to turn byte offsets into lines and columns quickly.
///
/// Built once per input in one pass; each lookup is a binary search plus a count of the
/// characters before the offset on its line. An index can also cover a piece of a larger input
/// ([`LineIndex::at`]): offsets and lines are then those of the whole input.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Starts of the piece's lines, relative to the piece.
    line_starts: Vec<usize>,
    /// Offset of the piece in the whole input.
    origin: usize,
    /// One-based line number of the piece's first line in the whole input.
    first_line: usize,
}

impl LineIndex {
    /// Indexes the line starts of `input`.
    pub fn new(input: &[u8]) -> Self {
        Self::at(input, 0, 1)
    }

    /// Indexes `piece`, which starts at byte `origin` and on line `first_line` (one-based, at a
    /// line start) of a larger input.
    pub fn at(piece: &[u8], origin: usize, first_line: usize) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', piece).map(|newline| newline + 1));
        LineIndex {
            line_starts,
            origin,
            first_line,
        }
    }

    /// The offset in the whole input of the indexed piece.
    pub fn origin(&self) -> usize {
        self.origin
    }

    /// The line and column of byte `offset` of the whole input; `input` is the indexed piece.
    pub fn location(&self, input: &[u8], offset: usize) -> Location {
        let offset = offset.saturating_sub(self.origin).min(input.len());
        let line_index = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line_index];
        let column = String::from_utf8_lossy(&input[line_start..offset])
            .chars()
            .count()
            + 1;
        Location {
            line: line_index + self.first_line,
            column,
        }
    }
}

/// The line and column of byte `offset` in `input` (invalid UTF-8 counts one per byte).
///
/// Scans the input up to `offset`; use a [`LineIndex`] for many lookups in one input.
pub fn location(input: &[u8], offset: usize) -> Location {
    let offset = offset.min(input.len());
    let before = &input[..offset];
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |newline| newline + 1);
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Location { line, column }
}

/// Renders `error` as `path:line:column: message`, the offending line and a caret under the spot.
///
/// ```
/// let input = b"Country Chile\nYear 20x4\n\nBrief Description\n\nText.\n";
/// let error = vawkg::extract::extract(input).into_iter().next().unwrap().unwrap_err();
/// let lines = vawkg::extract::LineIndex::new(input);
/// let text = vawkg::extract::render_error("a.txt", input, &lines, &error);
/// assert!(text.starts_with("a.txt:2:6: malformed year"));
/// assert!(text.contains("2 | Year 20x4\n  |      ^^^^"));
/// ```
///
/// A line longer than 240 bytes is shown as a window of that many bytes around the error,
/// with `…` where it was cut, so that a huge single-line input gives a short report.
///
/// `input` is the text `lines` indexes: the whole input, or the piece of it that holds the
/// record (see [`LineIndex::at`]).
pub fn render_error(path: &str, input: &[u8], lines: &LineIndex, error: &ExtractError) -> String {
    let Location { line, column } = lines.location(input, error.span.start);
    let local = |offset: usize| offset.saturating_sub(lines.origin).min(input.len());
    let start = local(error.span.start);
    let line_start = memchr::memrchr(b'\n', &input[..start]).map_or(0, |newline| newline + 1);
    let line_end = memchr::memchr(b'\n', &input[start..]).map_or(input.len(), |n| start + n);
    let (shown_start, shown_end) = snippet_window(input, line_start, start, line_end);
    let cut_before = if shown_start > line_start { "…" } else { "" };
    let cut_after = if shown_end < line_end { "…" } else { "" };
    let line_text = String::from_utf8_lossy(&input[shown_start..shown_end]);
    let line_text = line_text.trim_end_matches(['\r', '\n']);
    let span_end = local(error.span.end).clamp(start, shown_end);
    let width = String::from_utf8_lossy(&input[start..span_end])
        .trim_end()
        .chars()
        .count()
        .max(1);
    let gutter = " ".repeat(line.to_string().len());
    let indent: String = cut_before
        .chars()
        .map(|_| ' ')
        .chain(
            String::from_utf8_lossy(&input[shown_start..start])
                .chars()
                .map(|c| if c == '\t' { '\t' } else { ' ' }),
        )
        .collect();
    format!(
        "{path}:{line}:{column}: {message}\n{gutter} |\n{line} | {cut_before}{line_text}{cut_after}\n{gutter} | {indent}{carets}\n",
        message = error.message,
        carets = "^".repeat(width),
    )
}

/// Snippet lines longer than this many bytes are cut to a window around the error.
const MAX_SNIPPET_BYTES: usize = 240;

/// The bytes of the line `line_start..line_end` to show for an error at `start`: the whole line
/// when it is short, else about [`MAX_SNIPPET_BYTES`] from a little before `start`, cut on
/// character boundaries.
fn snippet_window(
    input: &[u8],
    line_start: usize,
    start: usize,
    line_end: usize,
) -> (usize, usize) {
    if line_end - line_start <= MAX_SNIPPET_BYTES {
        return (line_start, line_end);
    }
    let is_continuation = |offset: usize| offset < input.len() && input[offset] & 0xC0 == 0x80;
    let mut shown_start = start.saturating_sub(MAX_SNIPPET_BYTES / 4).max(line_start);
    while shown_start < start && is_continuation(shown_start) {
        shown_start += 1;
    }
    let mut shown_end = (shown_start + MAX_SNIPPET_BYTES).min(line_end).max(start);
    while shown_end > start && is_continuation(shown_end) {
        shown_end -= 1;
    }
    (shown_start, shown_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_line_is_shown_as_a_window_around_the_error() {
        let mut input = "é".repeat(100_000).into_bytes();
        let start = input.len() + 1; // the `b` of `bad`
        input.extend_from_slice(b" bad tail\nnext\n");
        let error = ExtractError::new(ErrorKind::NoRecordHeader, "outside", start..start + 100);
        let text = render_error("big.txt", &input, &LineIndex::new(&input), &error);
        assert!(text.starts_with("big.txt:1:"), "{text}");
        assert!(text.len() < 4 * MAX_SNIPPET_BYTES, "{} bytes", text.len());
        let snippet: Vec<&str> = text.lines().collect();
        assert!(
            snippet[2].starts_with("1 | …") && snippet[2].ends_with("bad tail"),
            "{text}"
        );
        let caret_column = snippet[3].chars().position(|c| c == '^').unwrap();
        let bad_column = snippet[2].chars().position(|c| c == 'b').unwrap();
        assert_eq!(caret_column, bad_column, "{text}");
        assert!(snippet[3].ends_with("^^^^^^^^"), "{text}");
    }

    #[test]
    fn location_counts_characters_not_bytes() {
        let input = "é\nab€c".as_bytes();
        assert_eq!(location(input, 0), Location { line: 1, column: 1 });
        let offset = "é\nab€".len();
        assert_eq!(location(input, offset), Location { line: 2, column: 4 });
    }

    #[test]
    fn line_index_agrees_with_location() {
        let input = "ab\n\nçd\r\nlast".as_bytes();
        let index = LineIndex::new(input);
        for offset in 0..=input.len() {
            assert_eq!(
                index.location(input, offset),
                location(input, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn render_points_at_the_span() {
        let input = b"Country Chile\nYear 20x4\nmore";
        let error = ExtractError::new(ErrorKind::MalformedYear, "malformed year", 19..23);
        assert_eq!(
            render_error("f.txt", input, &LineIndex::new(input), &error),
            "f.txt:2:6: malformed year\n  |\n2 | Year 20x4\n  |      ^^^^\n"
        );
    }

    #[test]
    fn render_handles_a_point_at_the_end() {
        let input = b"Country Chile";
        let error = ExtractError::new(ErrorKind::TruncatedHeader, "truncated", 13..13);
        assert!(
            render_error("f", input, &LineIndex::new(input), &error)
                .starts_with("f:1:14: truncated")
        );
    }
}
