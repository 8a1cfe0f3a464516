//! Splitting a record file into records, on raw bytes.
//!
//! Record boundaries are found before any UTF-8 check, so that invalid bytes in one record
//! never hide the records around it. Every marker is ASCII: a `Country …` header line, a
//! `Country | … |` table row, or the newer site's breadcrumb (or its `Back` line).

use std::collections::VecDeque;
use std::ops::Range;

use memchr::memrchr;
use wide::u8x16;

use super::grammar::{self, Label};
use crate::record::Span;

/// One line of raw input, read once: its extent and what the splitter and the parser need to
/// know of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawLine {
    /// Start offset of the line.
    pub start: usize,
    /// End offset of the line's content: before its terminator and trailing ASCII white space
    /// (equal to `start` for a blank line).
    pub end: usize,
    /// What the line is to the splitter, or may be to the parser.
    pub marker: Marker,
}

impl RawLine {
    fn is_blank(&self) -> bool {
        self.marker == Marker::Blank
    }

    fn is_header(&self) -> bool {
        matches!(self.marker, Marker::Header(_))
    }
}

/// What a line is, told apart by its first bytes while the line is in cache: the lines that can
/// mark a record boundary, and first letters that rule out most lines the parser's rules for
/// headings and list items would look at. Each line is read once for both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// Nothing but ASCII white space.
    Blank,
    /// The newer site's breadcrumb.
    Breadcrumb,
    /// The newer site's `Back` line.
    Back,
    /// A header field with its value on the line (`Year 2012`, `Year | 2012 |`): the line starts
    /// with the label, then a space, a tab or a bar, and has more than white space after it.
    Header(Label),
    /// The `Brief Description` heading.
    BriefDescription,
    /// Starts as a heading may (`b`, `f` or `s` in any case): no boundary.
    MayBeHeading,
    /// Starts as a list item may (a symbol, a digit, `(` or a lowercase counter): no boundary.
    MayBeListItem,
    /// Anything else.
    Other,
}

/// The lines of an input, each found and marked as it is read.
///
/// Newlines are found 64 bytes at a time: each block of the input becomes a bit mask of its
/// newlines, and each line end is the next set bit, so a line costs a few bit operations
/// rather than a search call of its own.
#[derive(Debug, Clone)]
pub(crate) struct RawLines<'a> {
    input: &'a [u8],
    /// Where the next line starts.
    position: usize,
    /// Where the block of `newlines` starts.
    block: usize,
    /// The newlines of the block at `block` not yet handed out, bit `i` for byte `block + i`.
    newlines: u64,
}

impl<'a> RawLines<'a> {
    /// The lines of `input` from byte `from`.
    pub(crate) fn new(input: &'a [u8], from: usize) -> Self {
        RawLines {
            input,
            position: from,
            block: from,
            newlines: newline_mask(input, from),
        }
    }

    /// The offset of the next newline, if any.
    #[inline]
    fn next_newline(&mut self) -> Option<usize> {
        while self.newlines == 0 {
            self.block += BLOCK;
            if self.block >= self.input.len() {
                return None;
            }
            self.newlines = newline_mask(self.input, self.block);
        }
        let offset = self.newlines.trailing_zeros() as usize;
        self.newlines &= self.newlines - 1;
        Some(self.block + offset)
    }
}

impl Iterator for RawLines<'_> {
    type Item = RawLine;

    #[inline]
    fn next(&mut self) -> Option<RawLine> {
        let start = self.position;
        if start >= self.input.len() {
            return None;
        }
        // The end of the input ends a last line only when it has no terminator.
        let end = self.next_newline().unwrap_or(self.input.len());
        self.position = end + 1;
        Some(raw_line(self.input, start, end))
    }
}

/// The bytes [`newline_mask`] reads at a time.
const BLOCK: usize = 64;

/// The newlines of the (up to) 64 bytes of `input` from `from`: bit `i` is set when byte
/// `from + i` is `\n`. A block cut short by the end of the input is read as if zeros followed.
#[inline]
fn newline_mask(input: &[u8], from: usize) -> u64 {
    let rest = input.get(from..).unwrap_or_default();
    match rest.first_chunk::<BLOCK>() {
        Some(block) => block_newline_mask(block),
        None => {
            let mut block = [0; BLOCK];
            block[..rest.len()].copy_from_slice(rest);
            block_newline_mask(&block)
        }
    }
}

/// The newlines of a block, compared 16 bytes at a time (SSE2 on x86-64, scalar elsewhere).
#[inline]
fn block_newline_mask(block: &[u8; BLOCK]) -> u64 {
    let newline = u8x16::splat(b'\n');
    block
        .chunks_exact(16)
        .enumerate()
        .fold(0, |mask, (index, chunk)| {
            let lanes = u8x16::new(chunk.try_into().expect("chunks of 16 bytes"));
            // The mask of 16 lanes fits the low 16 bits.
            let lane_mask = u64::from(lanes.cmp_eq(newline).move_mask() as u16);
            mask | lane_mask << (16 * index)
        })
}

#[inline]
fn raw_line(input: &[u8], start: usize, end: usize) -> RawLine {
    let line = input[start..end].trim_ascii_end();
    // Only a line ending in a byte that is not ASCII can still end in (Unicode) white space.
    let line = match line.last() {
        Some(last) if !last.is_ascii() => trim_end_white_space(line),
        _ => line,
    };
    let marker = match line.first() {
        None => Marker::Blank,
        Some(b'G') if line.starts_with(BREADCRUMB) => Marker::Breadcrumb,
        Some(b'C' | b'Y' | b'T' | b'F') => {
            inline_header_label(line).map_or_else(|| prose_marker(line), Marker::Header)
        }
        Some(first) if first.is_ascii_whitespace() => match line.trim_ascii_start() {
            b"" => Marker::Blank,
            b"Back" => Marker::Back,
            text => prose_marker(text),
        },
        Some(b'B') if line == b"Back" => Marker::Back,
        Some(_) => prose_marker(line),
    };
    RawLine {
        start,
        end: start + line.len(),
        marker,
    }
}

/// `line` without the white space at its end: what `str::trim_end` removes when the line is
/// UTF-8. A record that is not is rejected whole, so bytes that are not UTF-8 may stay.
fn trim_end_white_space(mut line: &[u8]) -> &[u8] {
    while let Some(last) = last_char(line).filter(|last| last.is_whitespace()) {
        line = &line[..line.len() - last.len_utf8()];
    }
    line
}

/// The last character of `bytes`, if they end in a whole UTF-8 character.
fn last_char(bytes: &[u8]) -> Option<char> {
    // A character is its lead byte and up to three continuation bytes (`10xxxxxx`).
    let lead = bytes
        .iter()
        .rev()
        .take(4)
        .position(|byte| byte & 0xC0 != 0x80)?;
    let start = bytes.len() - 1 - lead;
    std::str::from_utf8(&bytes[start..]).ok()?.chars().next()
}

/// The marker of a line that is no boundary but the `Brief Description` heading, from its text
/// after leading white space (not empty). The first bytes tested are a superset of those the
/// heading and list-item rules of [`super::grammar`] accept after leading spaces and tabs.
#[inline(always)]
fn prose_marker(text: &[u8]) -> Marker {
    match text {
        _ if grammar::starts_like_list_item(text) => Marker::MayBeListItem,
        [b'B' | b'b', ..] if text.eq_ignore_ascii_case(b"Brief Description") => {
            Marker::BriefDescription
        }
        [b'B' | b'b' | b'F' | b'f' | b'S' | b's', ..] => Marker::MayBeHeading,
        _ => Marker::Other,
    }
}

/// The breadcrumb that opens a record of the newer site.
pub(crate) const BREADCRUMB: &[u8] = b"GLOBAL DATABASE ON VIOLENCE AGAINST WOMEN";

/// The label of `line` if it is a header field with its value on the same line (`Year 2012`,
/// `Year | 2012 |`).
#[inline(always)]
pub(crate) fn inline_header_label(line: &[u8]) -> Option<Label> {
    // The labels start with different letters: the first byte says which one to compare.
    let label = line.first().copied().and_then(Label::starting_with)?;
    let after_label = match label {
        Label::Country => strip_label(line, b"Country"),
        Label::Year => strip_label(line, b"Year"),
        Label::TypeOfMeasure => strip_label(line, b"Type of Measure"),
        Label::FormOfViolence => strip_label(line, b"Form of Violence"),
    };
    after_label
        .is_some_and(|rest| {
            rest.len() > 1
                && matches!(rest[0], b' ' | b'\t' | b'|')
                && !rest.iter().all(u8::is_ascii_whitespace)
        })
        .then_some(label)
}

/// The rest of `line` after `label`, if it starts with it. The label's length is a constant,
/// so the comparison compiles to a few loads rather than a call to `memcmp`: most lines that
/// start with the label's first letter are prose (`The …`, `For …`).
#[inline]
fn strip_label<'a, const N: usize>(line: &'a [u8], label: &[u8; N]) -> Option<&'a [u8]> {
    let (start, rest) = line.split_first_chunk::<N>()?;
    (start == label).then_some(rest)
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
    let mut splitter = Splitter::new(input);
    let mut spans = Vec::new();
    while let Some((span, _)) = splitter.next_record() {
        spans.push(span);
    }
    spans
}

/// Hands out the records of an input one at a time, each with its lines, reading every line
/// once: a record is found while its bytes are still in cache for the parser.
///
/// Whether a line starts a record depends on the lines around it. A header line does only
/// when the line before it is not a header line and either the next line is one or (for
/// `Country`) the next content line is the `Brief Description` heading or the end; a `Back`
/// line only when the next content line is a `COUNTRY | REGION` line and the content line
/// before it is not the breadcrumb; a breadcrumb always does. A line that may start a record
/// waits for the lines that decide it, so the splitter reads a little ahead of the record it
/// hands out. At most one line waits at a time: the next line, or the next content line,
/// settles it, and a line that may start a record is itself a content line.
#[derive(Debug)]
pub(crate) struct Splitter<'a> {
    input: &'a [u8],
    reader: RawLines<'a>,
    /// The lines read: those handed out before `open`, the open record from `open`, then what
    /// was read past it. Lines handed out are dropped only now and then, a few hundred at a
    /// time, so that a record costs no move of the lines after it.
    lines: Vec<RawLine>,
    /// Where the open record starts in `lines`.
    open: usize,
    /// Where the open record will start once the last record handed out is done with.
    next_open: usize,
    /// Lines of `lines` known to start a record, in order.
    starts: VecDeque<usize>,
    /// A line of `lines` that may start a record, waiting for the lines that decide it.
    candidate: Option<usize>,
    /// Was the last line read a header line?
    after_header: bool,
    /// Was the last content line read the breadcrumb?
    after_breadcrumb: bool,
    at_end: bool,
}

/// How many handed-out lines [`Splitter`] keeps before it drops them.
const HANDED_OUT_KEPT: usize = 256;

impl<'a> Splitter<'a> {
    /// The records of `input`, a leading byte order mark skipped.
    pub(crate) fn new(input: &'a [u8]) -> Self {
        let bom = if input.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        Splitter {
            input,
            reader: RawLines::new(input, bom),
            lines: Vec::with_capacity(2 * HANDED_OUT_KEPT),
            open: 0,
            next_open: 0,
            starts: VecDeque::with_capacity(2),
            candidate: None,
            after_header: false,
            after_breadcrumb: false,
            at_end: false,
        }
    }

    /// The next record: its span (without trailing white space) and its lines, from the first
    /// to the last that is not blank. Text before the first record comes out as a record of
    /// its own unless it is blank.
    pub(crate) fn next_record(&mut self) -> Option<(Span, &[RawLine])> {
        self.open = self.next_open;
        self.drop_handed_out();
        loop {
            // A start after the open record's first line closes the open record.
            match self.starts.pop_front() {
                Some(start) if start == self.open => {}
                Some(start) => {
                    if let Some((span, lines)) = self.hand_out(start) {
                        return Some((span, &self.lines[lines]));
                    }
                }
                None if self.at_end => {
                    let (span, lines) = self.hand_out(self.lines.len())?;
                    return Some((span, &self.lines[lines]));
                }
                None => match self.reader.next() {
                    Some(line) => self.push(line),
                    None => {
                        self.at_end = true;
                        if let Some(candidate) = self.candidate.take() {
                            let kind = self.lines[candidate].marker;
                            if kind == Marker::Header(Label::Country) {
                                self.starts.push_back(candidate);
                            }
                        }
                    }
                },
            }
        }
    }

    /// Reads `line`: decides the waiting candidate if the line settles it, then whether the
    /// line itself starts a record or may.
    fn push(&mut self, line: RawLine) {
        let index = self.lines.len();
        self.lines.push(line);
        if let Some(candidate) = self.candidate {
            let decision = match self.lines[candidate].marker {
                Marker::Header(_) if index == candidate + 1 && line.is_header() => Some(true),
                Marker::Header(label) if label != Label::Country => Some(false),
                _ if line.is_blank() => None,
                Marker::Header(_) => Some(line.marker == Marker::BriefDescription),
                _ => Some(is_country_region_line(&self.input[line.start..line.end])),
            };
            if let Some(starts_here) = decision {
                self.candidate = None;
                if starts_here {
                    self.starts.push_back(candidate);
                }
            }
        }
        match line.marker {
            Marker::Breadcrumb => self.starts.push_back(index),
            Marker::Back if !self.after_breadcrumb => self.candidate = Some(index),
            Marker::Header(_) if !self.after_header => {
                self.candidate = Some(index);
            }
            _ => {}
        }
        self.after_header = line.is_header();
        if !line.is_blank() {
            self.after_breadcrumb = line.marker == Marker::Breadcrumb;
        }
    }

    /// Hands out the open record's lines up to `end` (the blank lines at its end go with it):
    /// its span and the range of its lines up to its last content line, or `None` (and the
    /// lines dropped) when they are all blank.
    fn hand_out(&mut self, end: usize) -> Option<(Span, Range<usize>)> {
        let record = &self.lines[self.open..end];
        match record.iter().rposition(|line| !line.is_blank()) {
            Some(last) => {
                self.next_open = end;
                let span = record[0].start..record[last].end;
                Some((span, self.open..self.open + last + 1))
            }
            None => {
                self.open = end;
                self.next_open = end;
                None
            }
        }
    }

    /// Drops the lines before the open record once there are many of them.
    fn drop_handed_out(&mut self) {
        let n = self.open;
        if n < HANDED_OUT_KEPT {
            return;
        }
        self.lines.drain(..n);
        for start in &mut self.starts {
            *start -= n;
        }
        if let Some(candidate) = &mut self.candidate {
            *candidate -= n;
        }
        self.open = 0;
        self.next_open = 0;
    }
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
        let lines: Vec<&[u8]> = RawLines::new(input, 0)
            .map(|line| &input[line.start..line.end])
            .collect();
        assert_eq!(lines, [&b"one"[..], b"two", b"", b"three"]);
    }

    /// A line ends before its trailing ASCII white space and, when it then ends in a character
    /// that is not ASCII, before its trailing Unicode white space, as `str::trim_end` would cut
    /// it; a line with nothing else is blank.
    #[test]
    fn raw_lines_strip_unicode_white_space_at_the_end() {
        let pieces = [
            "a", " ", "\t", "\u{b}", "\u{85}", "\u{a0}", "\u{1680}", "\u{2003}", "\u{2028}",
            "\u{3000}", "é", "”",
        ];
        for line in crate::extract::joined_pieces(&pieces, 4) {
            let ascii_trimmed = line.trim_end_matches(|c: char| c.is_ascii_whitespace());
            let expected = match ascii_trimmed.as_bytes().last() {
                Some(last) if !last.is_ascii() => ascii_trimmed.trim_end(),
                _ => ascii_trimmed,
            };
            let Some(raw) = RawLines::new(line.as_bytes(), 0).next() else {
                assert!(line.is_empty());
                continue;
            };
            assert_eq!(&line[raw.start..raw.end], expected, "{line:?}");
            assert_eq!(raw.is_blank(), expected.is_empty(), "{line:?}");
        }
        // Bytes that are not UTF-8 stay: their record is rejected whole.
        let raw = RawLines::new(b"a \xA0", 0).next().unwrap();
        assert_eq!(raw.end, 3);
    }

    /// The lines found by the newline masks are those a plain search finds, whatever the
    /// lengths of the lines and wherever their ends fall in the 64-byte blocks.
    #[test]
    fn raw_lines_agree_with_a_plain_split() {
        let naive = |input: &[u8], from: usize| -> Vec<(usize, usize)> {
            let mut lines = Vec::new();
            let mut start = from;
            while start < input.len() {
                let end = input[start..]
                    .iter()
                    .position(|&byte| byte == b'\n')
                    .map_or(input.len(), |offset| start + offset);
                let text = input[start..end].trim_ascii_end();
                lines.push((start, start + text.len()));
                start = end + 1;
            }
            lines
        };
        let check = |input: &[u8], from: usize| {
            let found: Vec<(usize, usize)> = RawLines::new(input, from)
                .map(|line| (line.start, line.end))
                .collect();
            assert_eq!(found, naive(input, from), "{input:?} from {from}");
        };
        let mut inputs: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"\n".to_vec(),
            b"\n\n\n".to_vec(),
            b"no final newline".to_vec(),
            b"one\r\ntwo\r\n\r\n".to_vec(),
            b"\xEF\xBB\xBFCountry Chile\nYear 2019\n".to_vec(),
            vec![b'x'; 200],
        ];
        // A newline at every offset around the block boundaries, in inputs of every length
        // around them.
        for length in [1, 2, 63, 64, 65, 127, 128, 129, 191, 192, 193] {
            for newline in [0, 1, 62, 63, 64, 65, 126, 127, 128, 129] {
                let mut input = vec![b'a'; length];
                if let Some(byte) = input.get_mut(newline) {
                    *byte = b'\n';
                }
                inputs.push(input);
            }
        }
        // And random lines of random lengths, drawn with a fixed xorshift generator.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut draw = |bound: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound) as usize
        };
        for _ in 0..2_000 {
            let input: Vec<u8> = (0..draw(400))
                .map(|_| b"\n\r \tab\xC3\xA9"[draw(8)])
                .collect();
            inputs.push(input);
        }
        for input in &inputs {
            for from in [0, 1, 3, 63, 64, 65] {
                check(input, from.min(input.len()));
            }
        }
    }

    #[test]
    fn labels_are_the_grammar_labels() {
        for label in [
            Label::Country,
            Label::Year,
            Label::TypeOfMeasure,
            Label::FormOfViolence,
        ] {
            let line = format!("{} x", label.as_str());
            assert_eq!(inline_header_label(line.as_bytes()), Some(label));
        }
    }

    #[test]
    fn lines_are_marked() {
        let marker = |line: &str| raw_line(line.as_bytes(), 0, line.len()).marker;
        assert_eq!(marker("  \t"), Marker::Blank);
        assert_eq!(marker("Country Chile"), Marker::Header(Label::Country));
        assert_eq!(marker("Country | Kenya |"), Marker::Header(Label::Country));
        assert_eq!(marker("Year 2019 "), Marker::Header(Label::Year));
        assert_eq!(marker("Country "), Marker::Other);
        assert_eq!(marker("Countryside"), Marker::Other);
        assert_eq!(
            marker("Type of Measure A > B"),
            Marker::Header(Label::TypeOfMeasure)
        );
        assert_eq!(
            marker("Form of Violence\tRape"),
            Marker::Header(Label::FormOfViolence)
        );
        assert_eq!(marker("Year|2015|"), Marker::Header(Label::Year));
        assert_eq!(marker("Year |"), Marker::Header(Label::Year));
        assert_eq!(marker("Year|"), Marker::Other);
        assert_eq!(marker("Type of Measures taken"), Marker::Other);
        assert_eq!(marker("Form of Violence"), Marker::MayBeHeading);
        assert_eq!(marker("Tear 2015"), Marker::Other);
        assert_eq!(marker(" Back "), Marker::Back);
        assert_eq!(marker("BRIEF DESCRIPTION"), Marker::BriefDescription);
        assert_eq!(
            marker("GLOBAL DATABASE ON VIOLENCE AGAINST WOMENCOUNTRY"),
            Marker::Breadcrumb
        );
        assert_eq!(marker("Brief notes"), Marker::MayBeHeading);
        assert_eq!(marker("  source of information:"), Marker::MayBeHeading);
        assert_eq!(marker("  • An item"), Marker::MayBeListItem);
        assert_eq!(marker("b) An item"), Marker::MayBeListItem);
        assert_eq!(marker("The text"), Marker::Other);
    }

    /// The markers may let through lines the parser's rules reject, never the other way round:
    /// every line a heading or list-item rule accepts is marked as one that may be.
    #[test]
    fn markers_never_rule_out_a_heading_or_a_list_item() {
        let pieces = [
            " ", "\t", "\u{c}", "-", "*", "(", ")", ".", ":", "1", "12", "a", "b", "i", "v", "x",
            "B", "F", "S", "f", "s", "•", "–", "é", "\u{a0}",
        ];
        let tails = [
            "",
            " item",
            "rief Description",
            "RIEF DESCRIPTION:",
            "ull Text",
            "ource of Information",
            "ources of information ",
        ];
        let heads = crate::extract::joined_pieces(&pieces, 3);
        let mut n_checked = 0;
        for head in &heads {
            for tail in tails {
                let line = format!("{head}{tail}");
                let marker = raw_line(line.as_bytes(), 0, line.len()).marker;
                let text = line.trim_end();
                if grammar::heading(text).is_some() {
                    assert!(
                        matches!(marker, Marker::BriefDescription | Marker::MayBeHeading),
                        "{line:?} is a heading marked {marker:?}"
                    );
                    n_checked += 1;
                }
                if grammar::list_marker(text).is_some() {
                    assert_eq!(marker, Marker::MayBeListItem, "{line:?} is a list item");
                    n_checked += 1;
                }
            }
        }
        assert!(
            n_checked > 1000,
            "only {n_checked} lines were headings or list items"
        );
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

    /// A line of Unicode white space (here no-break spaces) is blank to the splitter as it is to
    /// the parser: it does not stand between a `Country` line and its `Brief Description`.
    #[test]
    fn unicode_white_space_lines_are_blank() {
        let input = "Country Chile\nYear 2019\n\nBrief Description\n\nText.\n\nCountry Peru\n\u{a0}\u{a0}\nBrief Description\u{a0}\n\nText.\n";
        check(input, &["Country Chile", "Country Peru"]);
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

    /// The splitting rule applied to the whole line list at once, as the splitter's reference.
    fn reference_split(input: &[u8]) -> Vec<Span> {
        let bom = if input.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let lines: Vec<RawLine> = RawLines::new(input, bom).collect();
        let next_content = |index: usize| lines[index + 1..].iter().find(|line| !line.is_blank());
        let previous_content =
            |index: usize| lines[..index].iter().rev().find(|line| !line.is_blank());
        let starts_record = |index: usize| {
            let line = &lines[index];
            match line.marker {
                Marker::Breadcrumb => true,
                Marker::Back => {
                    next_content(index)
                        .is_some_and(|after| is_country_region_line(&input[after.start..after.end]))
                        && previous_content(index)
                            .is_none_or(|before| before.marker != Marker::Breadcrumb)
                }
                Marker::Header(label) => {
                    let follows_header = index > 0 && lines[index - 1].is_header();
                    let next_is_header = lines.get(index + 1).is_some_and(RawLine::is_header);
                    !follows_header
                        && (next_is_header
                            || (label == Label::Country
                                && next_content(index)
                                    .is_none_or(|next| next.marker == Marker::BriefDescription)))
                }
                _ => false,
            }
        };
        let mut bounds: Vec<usize> = (0..lines.len()).filter(|&i| starts_record(i)).collect();
        bounds.insert(0, 0);
        bounds.push(lines.len());
        bounds
            .windows(2)
            .filter_map(|pair| {
                let record = &lines[pair[0]..pair[1]];
                let last = record.iter().rposition(|line| !line.is_blank())?;
                Some(record[0].start..record[last].end)
            })
            .collect()
    }

    #[test]
    fn the_splitter_agrees_with_the_rule_applied_to_all_lines() {
        let kinds = [
            "",
            "  ",
            "Country Chile",
            "Country | Kenya |",
            "Year 2019",
            "Brief Description",
            "Back",
            "DENMARK | EUROPE",
            "GLOBAL DATABASE ON VIOLENCE AGAINST WOMEN",
            "Some text.",
        ];
        let check_lines = |indices: &[usize]| {
            let text: String = indices.iter().map(|&i| format!("{}\n", kinds[i])).collect();
            assert_eq!(
                split_records(text.as_bytes()),
                reference_split(text.as_bytes()),
                "{text:?}"
            );
        };
        // Every sequence of up to five lines.
        let mut sequences: Vec<Vec<usize>> = vec![Vec::new()];
        for _ in 0..5 {
            sequences = sequences
                .iter()
                .flat_map(|sequence| {
                    (0..kinds.len()).map(move |kind| {
                        let mut longer = sequence.clone();
                        longer.push(kind);
                        longer
                    })
                })
                .collect();
            sequences.iter().for_each(|sequence| check_lines(sequence));
        }
        // And longer ones, drawn with a fixed xorshift generator; one in a hundred has more
        // lines than the splitter keeps once handed out.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for round in 0..20_000 {
            let n_lines = if round % 100 == 0 { 2_000 } else { 40 };
            let sequence: Vec<usize> = (0..n_lines)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state % kinds.len() as u64) as usize
                })
                .collect();
            check_lines(&sequence);
        }
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
