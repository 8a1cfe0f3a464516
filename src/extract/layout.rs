//! One record's text to an [`Outline`]: layout detection, the three header layouts, sections.
//!
//! Works on the lines of one record as the splitter found them (the record already checked to be
//! UTF-8) and copies no text: a line's text is sliced only when a rule reads it, and values are
//! slices of the record. Offsets in the returned outline and errors are
//! absolute: the record's position in its file is added. Every check a record must pass is
//! made here, so that building the [`crate::record::Record`] from the outline cannot fail.

use std::ops::Range;

use super::country::resolve_header_alpha2;
use super::error::{ErrorKind, ExtractError};
use super::grammar::{self, Heading, Label};
use super::outline::{BlockOutline, Outline, SectionOutline};
use super::split::{Marker, RawLine};
use crate::record::{BlockKind, Layout, Span, Spanned, YearSpan};

/// A line of the record: absolute start offset, text without terminator or trailing white
/// space, and the splitter's marker for it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    start: usize,
    text: &'a str,
    marker: Marker,
}

impl Line<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }

    fn span(&self) -> Span {
        self.start..self.end()
    }

    /// The section heading the line is, if any; the marker rules out most lines unread.
    fn heading(&self) -> Option<Heading> {
        let may_be = matches!(self.marker, Marker::BriefDescription | Marker::MayBeHeading);
        may_be.then(|| grammar::heading(self.text)).flatten()
    }

    /// Where the item text starts if the line starts a list item.
    fn list_marker(&self) -> Option<usize> {
        let may_be = self.marker == Marker::MayBeListItem;
        may_be.then(|| grammar::list_marker(self.text)).flatten()
    }

    /// [`grammar::label_line`] of the line. Only a line the splitter marked as a header field can
    /// be one, and the mark has its label.
    fn label_line(&self) -> Option<(Label, usize)> {
        match self.marker {
            Marker::Header(label) => grammar::label_line_after(label, self.text),
            _ => None,
        }
    }

    /// [`grammar::table_row`] of the line. A row's label may be followed by a bar and nothing
    /// else (`Year|`), which the splitter does not mark: only a marked line skips the rule's
    /// first steps.
    fn table_row(&self) -> Option<(Label, usize, usize)> {
        match self.marker {
            Marker::Header(label) => grammar::table_row_after(label, self.text),
            _ => grammar::table_row(self.text),
        }
    }

    /// The span of `part`, a sub-slice of this line's text.
    fn span_of(&self, part: &str) -> Span {
        let offset = part.as_ptr() as usize - self.text.as_ptr() as usize;
        self.start + offset..self.start + offset + part.len()
    }
}

/// Some lines of a record, read in place: the splitter's lines (offsets in its input, ends
/// before trailing white space, so that a blank line is an empty one) and the record's text.
#[derive(Clone, Copy)]
struct RecordLines<'a, 'b> {
    raw: &'b [RawLine],
    /// The record's text, which starts at byte `offset` of the splitter's input and at byte
    /// `base` of the whole input.
    text: &'a str,
    offset: usize,
    base: usize,
}

impl<'a, 'b> RecordLines<'a, 'b> {
    #[inline]
    fn len(&self) -> usize {
        self.raw.len()
    }

    /// The line at `index`, its text sliced.
    #[inline]
    fn line(&self, index: usize) -> Line<'a> {
        let raw = &self.raw[index];
        Line {
            start: self.absolute(raw.start),
            text: &self.text[raw.start - self.offset..raw.end - self.offset],
            marker: raw.marker,
        }
    }

    #[inline]
    fn is_blank(&self, index: usize) -> bool {
        let raw = &self.raw[index];
        raw.start == raw.end
    }

    #[inline]
    fn span(&self, index: usize) -> Span {
        let raw = &self.raw[index];
        self.absolute(raw.start)..self.absolute(raw.end)
    }

    /// The offset in the whole input of `offset`, an offset in the splitter's input.
    #[inline]
    fn absolute(&self, offset: usize) -> usize {
        offset - self.offset + self.base
    }

    /// The section heading the line at `index` is, if any; the marker rules out most lines
    /// unread.
    #[inline]
    fn heading(&self, index: usize) -> Option<Heading> {
        let may_be = matches!(
            self.raw[index].marker,
            Marker::BriefDescription | Marker::MayBeHeading
        );
        may_be.then(|| self.line(index).heading()).flatten()
    }

    /// The lines from `start` on.
    fn from(self, start: usize) -> Self {
        RecordLines {
            raw: &self.raw[start..],
            ..self
        }
    }

    /// The lines before `end`.
    fn to(self, end: usize) -> Self {
        RecordLines {
            raw: &self.raw[..end],
            ..self
        }
    }
}

/// Space the parser reuses from one record to the next, so that a record costs no allocation
/// beyond the outline it returns.
#[derive(Default)]
pub(crate) struct Scratch {
    headings: Vec<(usize, Heading)>,
    /// The blocks of the description and of the source as they are read, before they are
    /// copied into the outline's one vector.
    description: Vec<BlockOutline>,
    source: Vec<BlockOutline>,
}

/// The fields collected from a header, before validation.
#[derive(Default)]
struct Header<'a> {
    country: Option<Spanned<&'a str>>,
    years: Option<Spanned<&'a str>>,
    measure_types: Option<Spanned<&'a str>>,
    forms: Option<Spanned<&'a str>>,
    region: Option<Spanned<&'a str>>,
    title: Option<Spanned<&'a str>>,
}

impl<'a> Header<'a> {
    fn set(&mut self, label: Label, value: &'a str, span: Span) -> Result<(), ExtractError> {
        let slot = match label {
            Label::Country => &mut self.country,
            Label::Year => &mut self.years,
            Label::TypeOfMeasure => &mut self.measure_types,
            Label::FormOfViolence => &mut self.forms,
        };
        if slot.is_some() {
            let message = format!("duplicate `{}` field in the record header", label.as_str());
            return Err(ExtractError::new(ErrorKind::DuplicateLabel, message, span));
        }
        *slot = Some(Spanned::new(value, span));
        Ok(())
    }
}

/// Parses the text of one record that starts at byte `base` of its file. `lines` are the
/// record's lines as the record splitter found them, their offsets `offset` bytes after those
/// in `text`: terminators and trailing white space excluded.
pub(crate) fn parse_outline<'a>(
    text: &'a str,
    base: usize,
    lines: &[RawLine],
    offset: usize,
    scratch: &mut Scratch,
) -> Result<Outline<'a>, ExtractError> {
    let record_span = base..base + text.len();
    let lines = RecordLines {
        raw: lines,
        text,
        offset,
        base,
    };
    // Set in place: mapping the error would move the whole result, outline included.
    let mut result = parse_lines(lines, scratch, record_span.clone(), text);
    if let Err(error) = &mut result {
        error.record_span = record_span;
    }
    result
}

/// Parses the lines of one record; `text` is the record's text, starting at `record_span.start`.
fn parse_lines<'a>(
    lines: RecordLines<'a, '_>,
    scratch: &mut Scratch,
    record_span: Span,
    text: &'a str,
) -> Result<Outline<'a>, ExtractError> {
    let lines = strip_page_junk(lines);
    let Some(first) = (0..lines.len()).position(|index| !lines.is_blank(index)) else {
        let message = "empty record";
        return Err(ExtractError::new(
            ErrorKind::NoRecordHeader,
            message,
            record_span,
        ));
    };
    let lines = lines.from(first);
    let first_line = lines.line(0);
    let mut header = Header::default();
    let (layout, body) = if starts_data_site_header(&first_line) {
        (Layout::DataSite, data_site_header(lines, &mut header)?)
    } else if first_line.table_row().is_some() {
        (Layout::Table, table_header(lines, &mut header)?)
    } else if let Some(first_label) = first_line.label_line() {
        (
            Layout::Labelled,
            labelled_header(lines, first_label, &mut header)?,
        )
    } else {
        let message = "text outside any record: a record starts with `Country <name>`, \
                       `Country | <name> |` or the newer site's breadcrumb";
        return Err(ExtractError::new(
            ErrorKind::NoRecordHeader,
            message,
            first_line.span(),
        ));
    };
    let sections = Sections::read(body, scratch);
    check_record(layout, header, sections, lines, record_span, text)
}

/// Does the newer site's header start at `line` (the breadcrumb, `Back` or `COUNTRY | REGION`)?
/// A line marked as a header field is none of them: its label has lowercase letters before
/// any bar.
fn starts_data_site_header(line: &Line<'_>) -> bool {
    !matches!(line.marker, Marker::Header(_))
        && (line.text.starts_with("GLOBAL DATABASE")
            || line.text == "Back"
            || grammar::country_region(line.text).is_some())
}

/// Drops the newer site's page furniture and blank lines from the end of the record.
fn strip_page_junk<'a, 'b>(lines: RecordLines<'a, 'b>) -> RecordLines<'a, 'b> {
    let mut end = lines.len();
    while end > 0 && (lines.is_blank(end - 1) || grammar::is_page_junk(lines.line(end - 1).text)) {
        end -= 1;
    }
    lines.to(end)
}

fn unknown_label(line: &Line<'_>) -> ExtractError {
    let message = format!(
        "unknown header field `{}`: expected `Country`, `Year`, `Type of Measure` or `Form of Violence`",
        shorten(line.text.trim(), 40)
    );
    ExtractError::new(ErrorKind::UnknownLabel, message, line.start..line.end())
}

fn shorten(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// `Country Canada` … up to the first blank line or heading; `first_label` is the label of
/// the first line, which the layout detection has read.
fn labelled_header<'a, 'b>(
    lines: RecordLines<'a, 'b>,
    first_label: (Label, usize),
    header: &mut Header<'a>,
) -> Result<RecordLines<'a, 'b>, ExtractError> {
    let mut index = 0;
    while index < lines.len() {
        let line = &lines.line(index);
        let label = if index == 0 {
            // A label line is neither blank nor a heading.
            Some(first_label)
        } else if line.text.is_empty() || line.heading().is_some() {
            break;
        } else {
            line.label_line()
        };
        let Some((label, offset)) = label else {
            return Err(unknown_label(line));
        };
        let value = grammar::trim(&line.text[offset..]);
        header.set(label, value, line.span_of(value))?;
        index += 1;
    }
    Ok(lines.from(index))
}

/// `Country | Kenya |` rows, then the description without a heading.
fn table_header<'a, 'b>(
    lines: RecordLines<'a, 'b>,
    header: &mut Header<'a>,
) -> Result<RecordLines<'a, 'b>, ExtractError> {
    let mut index = 0;
    while index < lines.len() {
        if lines.is_blank(index) {
            index += 1;
            continue;
        }
        let line = &lines.line(index);
        match line.table_row() {
            Some((label, offset, length)) => {
                let value = grammar::trim(&line.text[offset..offset + length]);
                if value.is_empty() {
                    return Err(missing_value(label, line));
                }
                header.set(label, value, line.span_of(value))?;
            }
            None if grammar::unknown_table_row(line.text) => return Err(unknown_label(line)),
            None => break,
        }
        index += 1;
    }
    Ok(lines.from(index))
}

fn missing_value(label: Label, line: &Line<'_>) -> ExtractError {
    let message = format!("the `{}` field has no value", label.as_str());
    ExtractError::new(ErrorKind::MissingValue, message, line.end()..line.end())
}

/// Breadcrumb, `Back`, `DENMARK | EUROPE`, the title, then labels each above its value.
fn data_site_header<'a, 'b>(
    lines: RecordLines<'a, 'b>,
    header: &mut Header<'a>,
) -> Result<RecordLines<'a, 'b>, ExtractError> {
    let mut content = (0..lines.len())
        .filter(|&index| !lines.is_blank(index))
        .map(|index| (index, lines.line(index)))
        .peekable();
    while let Some((_, line)) = content.peek() {
        if line.text.starts_with("GLOBAL DATABASE") || line.text == "Back" {
            content.next();
        } else {
            break;
        }
    }
    let Some((_, line)) = content.next() else {
        let end = lines
            .len()
            .checked_sub(1)
            .map_or(0, |last| lines.span(last).end);
        let message = "truncated record: expected a `COUNTRY | REGION` line after `Back`";
        return Err(ExtractError::new(
            ErrorKind::TruncatedHeader,
            message,
            end..end,
        ));
    };
    let Some((country, region)) = grammar::country_region(line.text) else {
        let message = "expected a `COUNTRY | REGION` line such as `DENMARK | EUROPE`";
        return Err(ExtractError::new(
            ErrorKind::MissingCountryRegion,
            message,
            line.span(),
        ));
    };
    header.country = Some(Spanned::new(country, line.span_of(country)));
    header.region = Some(Spanned::new(region, line.span_of(region)));

    let mut body_start = lines.len();
    while let Some((index, line)) = content.next() {
        if line.heading().is_some() {
            body_start = index;
            break;
        }
        match grammar::label_alone(line.text) {
            Some(label) => {
                let Some((_, value_line)) = content.next() else {
                    return Err(missing_value(label, &line));
                };
                let value = grammar::trim(value_line.text);
                if grammar::label_alone(value).is_some() || grammar::heading(value).is_some() {
                    return Err(missing_value(label, &line));
                }
                header.set(label, value, value_line.span_of(value))?;
            }
            None if header.title.is_none() && header.measure_types.is_none() => {
                let title = grammar::trim(line.text);
                header.title = Some(Spanned::new(title, line.span_of(title)));
            }
            None => return Err(unknown_label(&line)),
        }
    }
    Ok(lines.from(body_start.min(lines.len())))
}

/// The prose sections of a record body, each line read once.
struct Sections {
    /// The blocks of the description, then those of the source.
    blocks: Vec<BlockOutline>,
    description: SectionOutline,
    full_text: Vec<Span>,
    /// The source, if it has a block.
    source: Option<SectionOutline>,
    /// Has the source any line, blank lines included?
    source_has_lines: bool,
}

impl Sections {
    /// Sorts the lines of a record body into sections (lines before any heading describe) and
    /// groups each section's lines into blocks, in one pass. A heading that re-opens a section
    /// ends its last block, as a blank line would. Blank lines and trailing link text at the end
    /// of the last section that has lines (source, else Full Text, else description) are then
    /// dropped.
    fn read(body: RecordLines<'_, '_>, scratch: &mut Scratch) -> Self {
        let headings = &mut scratch.headings;
        headings.clear();
        let mut description = SectionBlocks::new(std::mem::take(&mut scratch.description));
        let mut source = SectionBlocks::new(std::mem::take(&mut scratch.source));
        let mut full_text = Vec::new();
        // The index of each section's first line, blank or not.
        let mut first_lines = [None; 3];
        let mut section = Heading::BriefDescription;
        for index in 0..body.len() {
            if let Some(heading) = body.heading(index) {
                headings.push((index, heading));
                section = heading;
                description.close();
                source.close();
                continue;
            }
            first_lines[slot(section)].get_or_insert(index);
            match section {
                Heading::BriefDescription => description.push(body, index),
                Heading::SourceOfInformation => source.push(body, index),
                Heading::FullText if body.is_blank(index) => {}
                Heading::FullText => full_text.push(body.span(index)),
            }
        }
        let last = [Heading::SourceOfInformation, Heading::FullText]
            .into_iter()
            .find(|&section| first_lines[slot(section)].is_some())
            .unwrap_or(Heading::BriefDescription);
        let kept_end = kept_end(body, headings, last);
        if kept_end < body.len() {
            let cut = body.span(kept_end).start;
            let kept_last_end = kept_end.checked_sub(1).map(|kept| body.span(kept).end);
            match last {
                Heading::BriefDescription => description.cut(cut, kept_last_end),
                Heading::SourceOfInformation => source.cut(cut, kept_last_end),
                Heading::FullText => {
                    while full_text.last().is_some_and(|line| line.start >= cut) {
                        full_text.pop();
                    }
                }
            }
            if first_lines[slot(last)].is_some_and(|first| first >= kept_end) {
                first_lines[slot(last)] = None;
            }
        }
        // One allocation for both sections' blocks, of the size they need.
        let n_description = description.blocks.len();
        let mut blocks = Vec::with_capacity(n_description + source.blocks.len());
        blocks.extend_from_slice(&description.blocks);
        blocks.extend_from_slice(&source.blocks);
        let source_outline =
            (!source.blocks.is_empty()).then(|| source.outline(n_description..blocks.len()));
        let sections = Sections {
            description: description.outline(0..n_description),
            blocks,
            full_text,
            source: source_outline,
            source_has_lines: first_lines[slot(Heading::SourceOfInformation)].is_some(),
        };
        scratch.description = description.blocks;
        scratch.source = source.blocks;
        sections
    }
}

/// The place of a section in per-section arrays.
fn slot(section: Heading) -> usize {
    match section {
        Heading::BriefDescription => 0,
        Heading::FullText => 1,
        Heading::SourceOfInformation => 2,
    }
}

/// The lines of section `last` from this index of `body` on are its dropped tail: blank lines
/// and link text after its last other line. `headings` are the body's headings, in order.
fn kept_end(body: RecordLines<'_, '_>, headings: &[(usize, Heading)], last: Heading) -> usize {
    // Read from the end, the headings not yet passed say which section a line is in.
    let mut n_before = headings.len();
    for index in (0..body.len()).rev() {
        if n_before > 0 && headings[n_before - 1].0 == index {
            n_before -= 1;
            continue;
        }
        let section = n_before
            .checked_sub(1)
            .map_or(Heading::BriefDescription, |k| headings[k].1);
        if section == last && !body.is_blank(index) && !grammar::is_link_text(body.line(index).text)
        {
            return index + 1;
        }
    }
    0
}

/// Checks what the layouts leave to check (country, years, a body) and assembles the outline.
fn check_record<'a>(
    layout: Layout,
    header: Header<'a>,
    sections: Sections,
    lines: RecordLines<'a, '_>,
    record_span: Span,
    text: &'a str,
) -> Result<Outline<'a>, ExtractError> {
    let last_content = (0..lines.len())
        .rev()
        .find(|&index| !lines.is_blank(index))
        .map_or(0, |index| lines.span(index).end);
    let Some(country) = header.country else {
        let message = "missing `Country` field: a record header starts with `Country <name>`";
        let start = record_span.start;
        let first_line_end = if lines.len() == 0 {
            start
        } else {
            lines.span(0).end
        };
        return Err(ExtractError::new(
            ErrorKind::MissingCountry,
            message,
            start..first_line_end,
        ));
    };
    let Sections {
        blocks,
        description,
        full_text,
        source,
        source_has_lines,
    } = sections;
    if description.blocks.is_empty() && !source_has_lines {
        let missing: Vec<&str> = [
            (header.measure_types.is_none(), "`Type of Measure`"),
            (header.forms.is_none(), "`Form of Violence`"),
        ]
        .into_iter()
        .filter_map(|(missing, label)| missing.then_some(label))
        .collect();
        let missing = match missing.as_slice() {
            [] => "the description".to_owned(),
            labels => format!("{} and the description", labels.join(", ")),
        };
        let message = format!("truncated record: the header stops before {missing}");
        return Err(ExtractError::new(
            ErrorKind::TruncatedHeader,
            message,
            last_content..last_content,
        ));
    }
    let Some(alpha2) = resolve_header_alpha2(country.value) else {
        let message = format!(
            "unknown country `{}`: not an ISO 3166-1 country name",
            shorten(country.value, 80)
        );
        return Err(ExtractError::new(
            ErrorKind::UnknownCountry,
            message,
            country.span,
        ));
    };
    let years = match header.years {
        None => None,
        Some(years) => Some(Spanned::new(
            parse_years(years.value, &years.span)?,
            years.span,
        )),
    };
    Ok(Outline {
        layout,
        country,
        alpha2,
        region: header.region,
        title: header.title,
        years,
        measure_types_value: header.measure_types,
        forms_value: header.forms,
        blocks,
        description,
        full_text,
        source,
        span: record_span.start..last_content.max(record_span.start),
        text,
        base: record_span.start,
    })
}

fn parse_years(text: &str, span: &Span) -> Result<YearSpan, ExtractError> {
    let Some(years) = grammar::year_value(text) else {
        let message = format!(
            "malformed year `{}`: expected a year such as `2012` or a range such as `2014 - 2018`",
            shorten(text, 40)
        );
        return Err(ExtractError::new(
            ErrorKind::MalformedYear,
            message,
            span.clone(),
        ));
    };
    if years.end < years.start {
        let message = format!("the year range `{text}` ends before it starts");
        return Err(ExtractError::new(
            ErrorKind::MalformedYear,
            message,
            span.clone(),
        ));
    }
    Ok(years)
}

/// The blocks of a section as its lines are read: paragraphs and list items.
///
/// A blank line ends a block; a list marker starts an item; a line after an item continues
/// it when it is indented or the item has not ended its sentence, else it starts a paragraph.
struct SectionBlocks {
    blocks: Vec<BlockOutline>,
    /// The start of the section's first line, blank or not.
    first_line: Option<usize>,
    /// Does the next line continue the last block, unless it says otherwise?
    open: bool,
    /// The last byte of the open block's text: the sentence ends it tells are ASCII, and the last
    /// byte of any other character is none of them.
    last_byte: u8,
}

impl SectionBlocks {
    /// A section with no line read yet, whose blocks go into `blocks` (emptied first).
    fn new(mut blocks: Vec<BlockOutline>) -> Self {
        blocks.clear();
        SectionBlocks {
            blocks,
            first_line: None,
            open: false,
            last_byte: b' ',
        }
    }

    /// Ends the open block, as a blank line does.
    fn close(&mut self) {
        self.open = false;
    }

    /// Reads the line at `index` of `lines`. Most lines are read from their marker and end
    /// bytes; only a line marked as a possible list item has its text sliced.
    #[inline(always)]
    fn push(&mut self, lines: RecordLines<'_, '_>, index: usize) {
        let raw = &lines.raw[index];
        let span = lines.span(index);
        self.first_line.get_or_insert(span.start);
        if raw.start == raw.end {
            self.open = false;
            return;
        }
        let bytes = lines.text.as_bytes();
        let ends_with = bytes[raw.end - lines.offset - 1];
        let list_marker = match raw.marker {
            Marker::MayBeListItem => lines.line(index).list_marker(),
            _ => None,
        };
        if let Some(text_start) = list_marker {
            self.start_block(BlockOutline {
                kind: BlockKind::ListItem,
                text_start: span.start + text_start,
                span,
            });
            self.open = true;
            self.last_byte = ends_with;
            return;
        }
        let continues = self.open
            && self.blocks.last().is_some_and(|block| {
                block.kind == BlockKind::Paragraph
                    || matches!(bytes[raw.start - lines.offset], b' ' | b'\t')
                    || !matches!(self.last_byte, b'.' | b'!' | b'?' | b';' | b':')
            });
        match self.blocks.last_mut() {
            Some(block) if continues => block.span.end = span.end,
            _ => self.start_block(BlockOutline {
                kind: BlockKind::Paragraph,
                text_start: span.start,
                span,
            }),
        }
        self.open = true;
        self.last_byte = ends_with;
    }

    /// Drops what the section read from the line starting at `cut` on: blocks that start
    /// there or later go, and the last block left ends by `kept_last_end` (the end of the last
    /// line kept before the cut, if any).
    fn cut(&mut self, cut: usize, kept_last_end: Option<usize>) {
        while self
            .blocks
            .last()
            .is_some_and(|block| block.span.start >= cut)
        {
            self.blocks.pop();
        }
        if let (Some(block), Some(end)) = (self.blocks.last_mut(), kept_last_end) {
            block.span.end = block.span.end.min(end);
        }
        if self.first_line.is_some_and(|first| first >= cut) {
            self.first_line = None;
        }
    }

    fn start_block(&mut self, block: BlockOutline) {
        self.blocks.push(block);
    }

    /// The section's outline, its blocks at `blocks` of the outline's vector: spanning from the
    /// first block to the last (or empty at the start of its first line when it has none).
    fn outline(&self, blocks: Range<usize>) -> SectionOutline {
        let span = match (self.blocks.first(), self.blocks.last()) {
            (Some(first), Some(last)) => first.span.start..last.span.end,
            _ => self.first_line.map_or(0..0, |start| start..start),
        };
        SectionOutline { blocks, span }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::Scope;
    use crate::extract::split::RawLines;
    use crate::record::Record;

    fn parse(text: &str) -> Result<Record, ExtractError> {
        let mut scratch = Scratch::default();
        outline(text, &mut scratch).map(|outline| outline.to_record(Scope::Entities))
    }

    /// The outline of `text`, one record, with its lines as the splitter marks them.
    fn outline<'a>(text: &'a str, scratch: &mut Scratch) -> Result<Outline<'a>, ExtractError> {
        let lines: Vec<RawLine> = RawLines::new(text.as_bytes(), 0).collect();
        parse_outline(text, 0, &lines, 0, scratch)
    }

    const LABELLED: &str = "Country Canada\nYear 2014 - 2018\nType of Measure Police > Training, Justice > Training\nForm of Violence Trafficking, Sexual violence\n\nBrief Description\n\n\nFirst paragraph\nwraps here.\n\n  • One item.\n  • Two item\n    continues.\nAfter the list.\n\nFull Text\n\nA Plan: \"Safe\"\n\nSource of Information\n\nGovernment of Canada, Review, 2014, page 22\n\nFor more information please click here.\n";

    #[test]
    fn labelled_layout() {
        let record = parse(LABELLED).unwrap();
        assert_eq!(record.layout, Layout::Labelled);
        assert_eq!(record.country.value.alpha2, "CA");
        assert_eq!(
            record.years.as_ref().unwrap().value,
            YearSpan {
                start: 2014,
                end: 2018
            }
        );
        let paths: Vec<_> = record
            .measure_types
            .iter()
            .map(|p| p.value.levels.clone())
            .collect();
        assert_eq!(paths, [["Police", "Training"], ["Justice", "Training"]]);
        assert_eq!(
            &LABELLED[record.measure_types[1].span.clone()],
            "Justice > Training"
        );
        assert_eq!(
            &LABELLED[record.forms_of_violence[1].span.clone()],
            "Sexual violence"
        );
        let blocks: Vec<_> = record
            .description
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Paragraph, "First paragraph wraps here."),
                (BlockKind::ListItem, "One item."),
                (BlockKind::ListItem, "Two item continues."),
                (BlockKind::Paragraph, "After the list."),
            ]
        );
        assert_eq!(record.full_text_title.unwrap().value, "A Plan: \"Safe\"");
        assert_eq!(
            record.source.unwrap().text(),
            "Government of Canada, Review, 2014, page 22"
        );
    }

    #[test]
    fn table_layout() {
        let text = "Country | Kenya |\nYear | 2015 |\nType of Measure | Prevention > Awareness-raising /Campaigns |\nForm of Violence | Violence against women and girls |\nThe campaign ran.\n";
        let record = parse(text).unwrap();
        assert_eq!(record.layout, Layout::Table);
        assert_eq!(
            record.measure_types[0].value.levels[1],
            "Awareness-raising /Campaigns"
        );
        assert_eq!(record.description.text(), "The campaign ran.");
        assert!(record.source.is_none());
    }

    #[test]
    fn data_site_layout() {
        let text = "GLOBAL DATABASE ON VIOLENCE AGAINST WOMENCOUNTRY-PROFILEVIET NAMMEASURESX\nBack\nVIET NAM | ASIA\nNational Programme 2021-2025\nType of Measure\nLaws > Violence against women > Legislation\nForm of Violence\nSexual violence\nYear\n2021 - 2025\nBrief Description\n\nText.\n\nSource of Information\nMinistry, Report, 2022, p. 35\nloading\nExperiencing Violence?\nshow filters hide filters\n";
        let record = parse(text).unwrap();
        assert_eq!(record.layout, Layout::DataSite);
        assert_eq!(record.country.value.name, "Viet Nam");
        assert_eq!(record.region.unwrap().value, "Asia");
        assert_eq!(record.title.unwrap().value, "National Programme 2021-2025");
        assert_eq!(record.measure_types[0].value.levels.len(), 3);
        assert_eq!(
            record.source.unwrap().text(),
            "Ministry, Report, 2022, p. 35"
        );
    }

    #[test]
    fn crlf_and_trailing_spaces() {
        let text = "Country Chile  \r\nYear 2019\r\nType of Measure A > B\r\nForm of Violence C\r\n\r\nBrief Description\r\n\r\nText  here. \r\n";
        let record = parse(text).unwrap();
        assert_eq!(record.country.value.name, "Chile");
        assert_eq!(record.description.text(), "Text here.");
    }

    #[test]
    fn a_heading_that_reopens_a_section_ends_its_block() {
        let text = "Country Chile\nYear 2019\n\nBrief Description\nFirst part\nSource of Information\nA source\nBrief Description\nsecond part.\n";
        let record = parse(text).unwrap();
        let blocks: Vec<&str> = record
            .description
            .blocks
            .iter()
            .map(|block| block.text.as_str())
            .collect();
        assert_eq!(blocks, ["First part", "second part."]);
        assert_eq!(record.source.unwrap().text(), "A source");
    }

    #[test]
    fn outline_and_record_agree() {
        let mut scratch = Scratch::default();
        let outline = outline(LABELLED, &mut scratch).unwrap();
        assert_eq!(outline.country.value, "Canada");
        let paths: Vec<&str> = outline.measure_types().map(|path| path.value).collect();
        assert_eq!(paths, ["Police > Training", "Justice > Training"]);
        assert_eq!(outline.blocks_of(&outline.description).len(), 4);
        assert_eq!(
            outline.blocks_of(&outline.description)[1].kind,
            BlockKind::ListItem
        );
        assert_eq!(
            outline.text_at(
                &(outline.blocks_of(&outline.description)[1].text_start
                    ..outline.blocks_of(&outline.description)[1].span.end)
            ),
            "One item."
        );
        let structure = outline.to_record(Scope::Structure);
        let full = outline.to_record(Scope::Entities);
        assert!(structure.entities.agencies.is_empty() && structure.entities.citation.is_none());
        assert!(full.entities.citation.is_some());
        assert_eq!(
            Record {
                entities: full.entities.clone(),
                ..structure
            },
            full
        );
    }

    #[test]
    fn trailing_link_text_is_dropped_from_the_last_section_only() {
        let text = "Country Chile\nYear 2019\n\nBrief Description\nText.\nClick here for the law.\nSource of Information\nA source\n\nSource of Information\n\nFor more, click here.\n";
        let record = parse(text).unwrap();
        assert_eq!(record.description.text(), "Text. Click here for the law.");
        let source = record.source.unwrap();
        assert_eq!(source.text(), "A source");
        assert_eq!(&text[source.span], "A source");

        let text = "Country Chile\nYear 2019\n\nBrief Description\nText.\nFull Text\nclick here\n";
        let record = parse(text).unwrap();
        assert!(record.full_text_title.is_none());
        assert_eq!(record.description.text(), "Text.");
    }

    /// A line's label and table-row rules, run from the splitter's mark, give what the rules
    /// give run on the line's text: every short combination of the pieces that matter is tried.
    #[test]
    fn marked_header_lines_agree_with_the_rules() {
        let pieces = [
            "Country",
            "Year",
            "Type of Measure",
            "Form of Violence",
            "Countr",
            " ",
            "\t",
            "|",
            "x",
            "2015",
            "\u{a0}",
            "\u{b}",
            "é",
        ];
        let lines = crate::extract::joined_pieces(&pieces, 4);
        let mut n_rows = 0;
        for text in &lines {
            let raw = RawLines::new(text.as_bytes(), 0).next();
            let Some(raw) = raw else { continue };
            let lines = RecordLines {
                raw: &[raw],
                text,
                offset: 0,
                base: 0,
            };
            let line = lines.line(0);
            assert_eq!(
                line.label_line(),
                grammar::label_line(line.text),
                "{text:?}"
            );
            assert_eq!(line.table_row(), grammar::table_row(line.text), "{text:?}");
            n_rows += usize::from(line.table_row().is_some());
        }
        assert!(n_rows > 500, "only {n_rows} table rows");
    }

    #[test]
    fn no_year_line() {
        let text = "Country Colombia\nType of Measure A\nForm of Violence B\n\nBrief Description\n\nText.\n";
        assert!(parse(text).unwrap().years.is_none());
    }

    fn error(text: &str) -> (ErrorKind, String, String) {
        let error = parse(text).unwrap_err();
        let spanned = text[error.span.clone()].to_owned();
        (error.kind, error.message, spanned)
    }

    #[test]
    fn errors_point_at_the_problem() {
        let (kind, message, at) =
            error("Country Chile\nYear 20x4\nType of Measure A\n\nBrief Description\n\nT.\n");
        assert_eq!(kind, ErrorKind::MalformedYear);
        assert!(message.starts_with("malformed year `20x4`"));
        assert_eq!(at, "20x4");

        let (kind, _, at) = error("Country Atlantis\nYear 2012\n\nBrief Description\n\nT.\n");
        assert_eq!((kind, at.as_str()), (ErrorKind::UnknownCountry, "Atlantis"));

        let (kind, message, at) =
            error("Country Chile\nTarget Group Girls\n\nBrief Description\n\nT.\n");
        assert_eq!(
            (kind, at.as_str()),
            (ErrorKind::UnknownLabel, "Target Group Girls")
        );
        assert!(message.contains("`Target Group Girls`"));

        let (kind, _, at) = error("Year 2012\nType of Measure A\n\nBrief Description\n\nT.\n");
        assert_eq!(
            (kind, at.as_str()),
            (ErrorKind::MissingCountry, "Year 2012")
        );

        let (kind, message, _) = error("Country Sweden\nYear 2008\nType of Measure Poli");
        assert_eq!(kind, ErrorKind::TruncatedHeader);
        assert_eq!(
            message,
            "truncated record: the header stops before `Form of Violence` and the description"
        );

        let (kind, _, _) = error("Country Chile\nYear 2018 - 2014\n\nBrief Description\n\nT.\n");
        assert_eq!(kind, ErrorKind::MalformedYear);

        let (kind, _, _) =
            error("Country Chile\nYear 2018\nYear 2019\n\nBrief Description\n\nT.\n");
        assert_eq!(kind, ErrorKind::DuplicateLabel);
    }
}
