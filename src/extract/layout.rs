//! One record's text to a [`Record`]: layout detection, the three header layouts, sections.
//!
//! Works on the lines of one record (already split and checked to be UTF-8). Offsets in the
//! returned record and errors are absolute: the record's position in its file is added.

use super::country::{ordinary_case, resolve_country, title_case};
use super::entities;
use super::error::{ErrorKind, ExtractError};
use super::grammar::{self, Heading, Label};
use crate::record::{
    Block, BlockKind, Layout, MeasurePath, Record, Section, Span, Spanned, YearSpan,
};

/// A line of the record: absolute start offset and text without terminator or trailing spaces.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

impl Line<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }

    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    fn span(&self) -> Span {
        self.start..self.end()
    }

    /// The span of `part`, a sub-slice of this line's text.
    fn span_of(&self, part: &str) -> Span {
        let offset = part.as_ptr() as usize - self.text.as_ptr() as usize;
        self.start + offset..self.start + offset + part.len()
    }
}

fn lines_of(text: &str, base: usize) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']).trim_end();
        lines.push(Line {
            start: base + start,
            text: content,
        });
        start += piece.len();
    }
    lines
}

/// The fields collected from a header, before validation.
#[derive(Default)]
struct Header {
    country: Option<(String, Span)>,
    years: Option<(String, Span)>,
    measure_types: Option<(String, Span)>,
    forms: Option<(String, Span)>,
    region: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
}

impl Header {
    fn set(&mut self, label: Label, value: &str, span: Span) -> Result<(), ExtractError> {
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
        *slot = Some((value.to_owned(), span));
        Ok(())
    }
}

/// Parses the text of one record that starts at byte `base` of its file.
pub(crate) fn parse_record(text: &str, base: usize) -> Result<Record, ExtractError> {
    let record_span = base..base + text.len();
    parse_lines(&lines_of(text, base), record_span.clone(), text).map_err(|mut error| {
        error.record_span = record_span;
        error
    })
}

/// Parses the lines of one record; `text` is the record's text, starting at `record_span.start`.
fn parse_lines(lines: &[Line<'_>], record_span: Span, text: &str) -> Result<Record, ExtractError> {
    let lines = strip_page_junk(lines);
    let Some(first) = lines.iter().position(|line| !line.is_blank()) else {
        let message = "empty record";
        return Err(ExtractError::new(
            ErrorKind::NoRecordHeader,
            message,
            record_span,
        ));
    };
    let lines = &lines[first..];
    let (layout, header, body) = if lines[0].text.starts_with("GLOBAL DATABASE")
        || lines[0].text == "Back"
        || grammar::country_region(lines[0].text).is_some()
    {
        let (header, body) = data_site_header(lines)?;
        (Layout::DataSite, header, body)
    } else if grammar::table_row(lines[0].text).is_some() {
        let (header, body) = table_header(lines)?;
        (Layout::Table, header, body)
    } else if grammar::label_line(lines[0].text).is_some() {
        let (header, body) = labelled_header(lines)?;
        (Layout::Labelled, header, body)
    } else {
        let message = "text outside any record: a record starts with `Country <name>`, \
                       `Country | <name> |` or the newer site's breadcrumb";
        return Err(ExtractError::new(
            ErrorKind::NoRecordHeader,
            message,
            lines[0].span(),
        ));
    };
    let sections = sections(body);
    build_record(layout, header, sections, lines, record_span, text)
}

/// Drops the newer site's page furniture and blank lines from the end of the record.
fn strip_page_junk<'a, 'b>(lines: &'b [Line<'a>]) -> &'b [Line<'a>] {
    let mut end = lines.len();
    while end > 0 && (lines[end - 1].is_blank() || grammar::is_page_junk(lines[end - 1].text)) {
        end -= 1;
    }
    &lines[..end]
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

/// `Country Canada` … up to the first blank line or heading.
fn labelled_header<'a, 'b>(
    lines: &'b [Line<'a>],
) -> Result<(Header, &'b [Line<'a>]), ExtractError> {
    let mut header = Header::default();
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        if line.is_blank() || grammar::heading(line.text).is_some() {
            break;
        }
        let Some((label, offset)) = grammar::label_line(line.text) else {
            return Err(unknown_label(line));
        };
        let value = line.text[offset..].trim();
        header.set(label, value, line.span_of(value))?;
        index += 1;
    }
    Ok((header, &lines[index..]))
}

/// `Country | Kenya |` rows, then the description without a heading.
fn table_header<'a, 'b>(lines: &'b [Line<'a>]) -> Result<(Header, &'b [Line<'a>]), ExtractError> {
    let mut header = Header::default();
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        if line.is_blank() {
            index += 1;
            continue;
        }
        match grammar::table_row(line.text) {
            Some((label, offset, length)) => {
                let value = line.text[offset..offset + length].trim();
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
    Ok((header, &lines[index..]))
}

fn missing_value(label: Label, line: &Line<'_>) -> ExtractError {
    let message = format!("the `{}` field has no value", label.as_str());
    ExtractError::new(ErrorKind::MissingValue, message, line.end()..line.end())
}

/// Breadcrumb, `Back`, `DENMARK | EUROPE`, the title, then labels each above its value.
fn data_site_header<'a, 'b>(
    lines: &'b [Line<'a>],
) -> Result<(Header, &'b [Line<'a>]), ExtractError> {
    let mut header = Header::default();
    let mut content = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| !line.is_blank())
        .peekable();
    while let Some((_, line)) = content.peek() {
        if line.text.starts_with("GLOBAL DATABASE") || line.text == "Back" {
            content.next();
        } else {
            break;
        }
    }
    let Some((_, line)) = content.next() else {
        let end = lines.last().map_or(0, Line::end);
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
    header.country = Some((country.to_owned(), line.span_of(country)));
    header.region = Some(Spanned::new(title_case(region), line.span_of(region)));

    let mut body_start = lines.len();
    while let Some((index, line)) = content.next() {
        if grammar::heading(line.text).is_some() {
            body_start = index;
            break;
        }
        match grammar::label_alone(line.text) {
            Some(label) => {
                let Some((_, value_line)) = content.next() else {
                    return Err(missing_value(label, line));
                };
                let value = value_line.text.trim();
                if grammar::label_alone(value).is_some() || grammar::heading(value).is_some() {
                    return Err(missing_value(label, line));
                }
                header.set(label, value, value_line.span_of(value))?;
            }
            None if header.title.is_none() && header.measure_types.is_none() => {
                let title = line.text.trim();
                header.title = Some(Spanned::new(title.to_owned(), line.span_of(title)));
            }
            None => return Err(unknown_label(line)),
        }
    }
    Ok((header, &lines[body_start.min(lines.len())..]))
}

/// The prose sections of a record body.
#[derive(Default)]
struct Sections<'a> {
    description: Vec<Line<'a>>,
    full_text: Vec<Line<'a>>,
    source: Vec<Line<'a>>,
}

fn sections<'a>(body: &[Line<'a>]) -> Sections<'a> {
    let mut sections = Sections::default();
    let mut current = Heading::BriefDescription;
    for line in body {
        if let Some(heading) = grammar::heading(line.text) {
            current = heading;
            continue;
        }
        match current {
            Heading::BriefDescription => sections.description.push(*line),
            Heading::FullText => sections.full_text.push(*line),
            Heading::SourceOfInformation => sections.source.push(*line),
        }
    }
    let last = if !sections.source.is_empty() {
        &mut sections.source
    } else if !sections.full_text.is_empty() {
        &mut sections.full_text
    } else {
        &mut sections.description
    };
    while last
        .last()
        .is_some_and(|line| line.is_blank() || grammar::is_link_text(line.text))
    {
        last.pop();
    }
    sections
}

fn build_record(
    layout: Layout,
    header: Header,
    sections: Sections<'_>,
    lines: &[Line<'_>],
    record_span: Span,
    text: &str,
) -> Result<Record, ExtractError> {
    let header_end = lines
        .iter()
        .rev()
        .find(|line| !line.is_blank())
        .map_or(0, Line::end);
    let Some((country_name, country_span)) = header.country else {
        let message = "missing `Country` field: a record header starts with `Country <name>`";
        let start = record_span.start;
        let first_line_end = lines.first().map_or(start, Line::end);
        return Err(ExtractError::new(
            ErrorKind::MissingCountry,
            message,
            start..first_line_end,
        ));
    };
    let description = section_blocks(&sections.description);
    if description.blocks.is_empty() && sections.source.is_empty() {
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
            header_end..header_end,
        ));
    }

    let mut country = resolve_country(&country_name).ok_or_else(|| {
        let message = format!(
            "unknown country `{}`: not an ISO 3166-1 country name",
            shorten(&country_name, 80)
        );
        ExtractError::new(ErrorKind::UnknownCountry, message, country_span.clone())
    })?;
    if layout == Layout::DataSite {
        country.name = ordinary_case(&country_name, Some(&country.alpha2));
    }

    let years = match header.years {
        None => None,
        Some((text, span)) => Some(Spanned::new(parse_years(&text, &span)?, span)),
    };
    let measure_types = header.measure_types.map_or_else(Vec::new, |(text, span)| {
        split_values(&text, span.start)
            .map(|(value, span)| {
                let levels = value
                    .split('>')
                    .map(|level| level.trim().to_owned())
                    .collect();
                Spanned::new(MeasurePath { levels }, span)
            })
            .collect()
    });
    let forms_of_violence = header.forms.map_or_else(Vec::new, |(text, span)| {
        split_values(&text, span.start)
            .map(|(value, span)| Spanned::new(value.to_owned(), span))
            .collect()
    });
    let full_text_title = joined_text(&sections.full_text);
    let source =
        (!sections.source.iter().all(Line::is_blank)).then(|| section_blocks(&sections.source));
    let last_content = lines
        .iter()
        .rev()
        .find(|line| !line.is_blank())
        .map_or(0, Line::end);
    let raw = |span: &Span| {
        let start = span.start.saturating_sub(record_span.start);
        let end = span.end.saturating_sub(record_span.start);
        text.get(start..end.max(start)).unwrap_or("")
    };
    let paths: Vec<Vec<String>> = measure_types
        .iter()
        .map(|path: &Spanned<MeasurePath>| path.value.levels.clone())
        .collect();
    let found = entities::find_entities(&entities::ProseInput {
        country_iso2: Some(&country.alpha2),
        country_name: &country.name,
        measure_types: &paths,
        description: raw(&description.span),
        full_text_title: full_text_title.as_ref().map(|title| raw(&title.span)),
        source: source.as_ref().map(|source| raw(&source.span)),
    });

    Ok(Record {
        layout,
        country: Spanned::new(country, country_span),
        region: header.region,
        title: header.title,
        years,
        measure_types,
        forms_of_violence,
        description,
        full_text_title,
        source,
        entities: found,
        span: record_span.start..last_content.max(record_span.start),
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

/// Splits a header value on `", "`, with the absolute span of each trimmed part.
fn split_values(text: &str, base: usize) -> impl Iterator<Item = (&str, Span)> {
    let mut offset = 0;
    text.split(", ").filter_map(move |part| {
        let start = offset;
        offset += part.len() + 2;
        let trimmed = part.trim();
        let lead = part.len() - part.trim_start().len();
        (!trimmed.is_empty()).then(|| {
            (
                trimmed,
                base + start + lead..base + start + lead + trimmed.len(),
            )
        })
    })
}

fn joined_text(lines: &[Line<'_>]) -> Option<Spanned<String>> {
    let content: Vec<&Line<'_>> = lines.iter().filter(|line| !line.is_blank()).collect();
    let (first, last) = (content.first()?, content.last()?);
    let text = normalise_space(
        &content
            .iter()
            .map(|line| line.text)
            .collect::<Vec<_>>()
            .join(" "),
    );
    Some(Spanned::new(text, first.start..last.end()))
}

/// Collapses runs of white space to one space and trims.
fn normalise_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_normalised(&mut out, text);
    out
}

/// Appends `text` to `out` with runs of ASCII white space collapsed, separated from what
/// `out` already holds by one space. Lines that need no collapsing are copied in one go.
fn push_normalised(out: &mut String, text: &str) {
    let text = text.trim_ascii();
    if text.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    let bytes = text.as_bytes();
    let clean = memchr::memmem::find(bytes, b"  ").is_none()
        && memchr::memchr3(b'\t', b'\r', b'\n', bytes).is_none();
    if clean {
        out.push_str(text);
        return;
    }
    for (position, word) in text.split_ascii_whitespace().enumerate() {
        if position > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// Groups section lines into paragraphs and list items.
///
/// A blank line ends a block; a list marker starts an item; a line after an item continues
/// it when it is indented or the item has not ended its sentence, else it starts a paragraph.
fn section_blocks(lines: &[Line<'_>]) -> Section {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    for line in lines {
        if line.is_blank() {
            open = false;
            continue;
        }
        if let Some(text_start) = grammar::list_marker(line.text) {
            blocks.push(Block {
                kind: BlockKind::ListItem,
                text: normalise_space(&line.text[text_start..]),
                span: line.span(),
            });
            open = true;
            continue;
        }
        let continues = open
            && blocks.last().is_some_and(|block| {
                block.kind == BlockKind::Paragraph
                    || line.text.starts_with([' ', '\t'])
                    || !block.text.ends_with(['.', '!', '?', ';', ':'])
            });
        match blocks.last_mut() {
            Some(block) if continues => {
                push_normalised(&mut block.text, line.text);
                block.span.end = line.end();
            }
            _ => blocks.push(Block {
                kind: BlockKind::Paragraph,
                text: normalise_space(line.text),
                span: line.span(),
            }),
        }
        open = true;
    }
    let span = match (blocks.first(), blocks.last()) {
        (Some(first), Some(last)) => first.span.start..last.span.end,
        _ => lines.first().map_or(0..0, |line| line.start..line.start),
    };
    Section { blocks, span }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Record, ExtractError> {
        parse_record(text, 0)
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
