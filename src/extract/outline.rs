//! [`Outline`]: the structure of one record, borrowed from the input, and its [`Record`].
//!
//! The parser ([`super::layout`]) finds a record's layout, header fields and prose blocks
//! without copying any text: an outline holds slices of the input and byte spans. Building the
//! owned [`Record`] from it (normalised block text, resolved country, split header values and,
//! when asked, the entities of the prose) cannot fail: every check has been made by then.

use std::ops::Range;

use super::country::{country_of, ordinary_case, title_case};
use super::entities::{self, Entities};
use crate::record::{
    Block, BlockKind, Layout, MeasurePath, Record, Section, Span, Spanned, YearSpan,
};

/// What the extractor reads besides the record structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Header fields and prose sections only; the entity lists of the record stay empty.
    Structure,
    /// The structure and the entities of the prose: agencies, pillars, amounts, instruments and
    /// the citation.
    #[default]
    Entities,
}

/// The structure of one parsed and checked record, with every value a slice of the input.
///
/// Spans are byte offsets into the whole input. Header values are as written (trimmed);
/// multi-valued fields are split by [`Outline::measure_types`] and
/// [`Outline::forms_of_violence`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline<'a> {
    /// The layout the record was written in.
    pub layout: Layout,
    /// The country as the header writes it (`DENMARK` in the newer layout).
    pub country: Spanned<&'a str>,
    /// Its ISO 3166-1 alpha-2 code.
    pub alpha2: &'static str,
    /// The region of the newer layout, as written (`EUROPE`).
    pub region: Option<Spanned<&'a str>>,
    /// The explicit title line of the newer layout.
    pub title: Option<Spanned<&'a str>>,
    /// The `Year` field, checked.
    pub years: Option<Spanned<YearSpan>>,
    /// The raw `Type of Measure` value (`A > B, C > D`).
    pub measure_types_value: Option<Spanned<&'a str>>,
    /// The raw `Form of Violence` value (`X, Y`).
    pub forms_value: Option<Spanned<&'a str>>,
    /// The paragraphs and list items of the description, then those of the source: one
    /// vector for the record, which each section indexes.
    pub blocks: Vec<BlockOutline>,
    /// The `Brief Description` (or the unheaded text of a table record).
    pub description: SectionOutline,
    /// The non-blank lines under `Full Text`: the title of the linked document.
    pub full_text: Vec<Span>,
    /// `Source of Information`, without trailing link text.
    pub source: Option<SectionOutline>,
    /// The whole record, from its first header line to its last content line.
    pub span: Span,
    /// The record's text, which starts at byte `base` of the input.
    pub(crate) text: &'a str,
    pub(crate) base: usize,
}

/// The blocks of a prose section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionOutline {
    /// Where its paragraphs and list items are in [`Outline::blocks`]
    /// ([`Outline::blocks_of`] gives them).
    pub blocks: Range<usize>,
    /// The raw body of the section, heading excluded.
    pub span: Span,
}

/// A paragraph or list item: its lines in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockOutline {
    /// Paragraph or list item.
    pub kind: BlockKind,
    /// The block's lines, bullet included.
    pub span: Span,
    /// Where its text starts: after the bullet or number of a list item.
    pub text_start: usize,
}

impl<'a> Outline<'a> {
    /// The input text at `span` (a span inside this record; empty otherwise).
    pub fn text_at(&self, span: &Span) -> &'a str {
        let start = span.start.saturating_sub(self.base);
        let end = span.end.saturating_sub(self.base);
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// The paragraphs and list items of `section`, one of this outline's sections.
    pub fn blocks_of(&self, section: &SectionOutline) -> &[BlockOutline] {
        &self.blocks[section.blocks.clone()]
    }

    /// The `Type of Measure` paths: each value between `, ` with its span.
    pub fn measure_types(&self) -> impl Iterator<Item = Spanned<&'a str>> + 'a {
        split_field(self.measure_types_value.clone())
    }

    /// The `Form of Violence` values with their spans.
    pub fn forms_of_violence(&self) -> impl Iterator<Item = Spanned<&'a str>> + 'a {
        split_field(self.forms_value.clone())
    }

    /// The owned [`Record`]: text normalised for reading, codes resolved and, for
    /// [`Scope::Entities`], the entities of the prose found.
    pub fn to_record(&self, scope: Scope) -> Record {
        let name = match self.layout {
            Layout::DataSite => ordinary_case(self.country.value, Some(self.alpha2)),
            _ => self.country.value.to_owned(),
        };
        let country = country_of(name, self.alpha2)
            .expect("the parser only accepts a country whose code resolves");
        let measure_types: Vec<Spanned<MeasurePath>> = self
            .measure_types()
            .map(|value| {
                let levels = value
                    .value
                    .split('>')
                    .map(|level| level.trim().to_owned())
                    .collect();
                Spanned::new(MeasurePath { levels }, value.span)
            })
            .collect();
        let forms_of_violence = self
            .forms_of_violence()
            .map(|value| Spanned::new(value.value.to_owned(), value.span))
            .collect();
        let description = self.section(&self.description);
        let full_text_title = self.full_text_span().map(|span| {
            let mut title = String::with_capacity(span.len());
            for line in &self.full_text {
                push_normalised(&mut title, self.text_at(line));
            }
            Spanned::new(title, span)
        });
        let source = self.source.as_ref().map(|source| self.section(source));
        let entities = match scope {
            Scope::Structure => Entities::default(),
            Scope::Entities => {
                let paths: Vec<Vec<String>> = measure_types
                    .iter()
                    .map(|path| path.value.levels.clone())
                    .collect();
                entities::find_entities(&entities::ProseInput {
                    country_iso2: Some(&country.alpha2),
                    country_name: &country.name,
                    measure_types: &paths,
                    description: self.text_at(&self.description.span),
                    full_text_title: self.full_text_span().map(|span| self.text_at(&span)),
                    source: self
                        .source
                        .as_ref()
                        .map(|source| self.text_at(&source.span)),
                })
            }
        };
        Record {
            layout: self.layout,
            country: Spanned::new(country, self.country.span.clone()),
            region: self
                .region
                .as_ref()
                .map(|region| Spanned::new(title_case(region.value), region.span.clone())),
            title: self
                .title
                .as_ref()
                .map(|title| Spanned::new(title.value.to_owned(), title.span.clone())),
            years: self.years.clone(),
            measure_types,
            forms_of_violence,
            description,
            full_text_title,
            source,
            entities,
            span: self.span.clone(),
        }
    }

    /// From the first to the last line of the Full Text title.
    fn full_text_span(&self) -> Option<Span> {
        Some(self.full_text.first()?.start..self.full_text.last()?.end)
    }

    fn section(&self, outline: &SectionOutline) -> Section {
        let blocks = self
            .blocks_of(outline)
            .iter()
            .map(|block| {
                let mut text = String::with_capacity(block.span.end - block.text_start);
                for line in self
                    .text_at(&(block.text_start..block.span.end))
                    .split('\n')
                {
                    push_normalised(&mut text, line.trim_end());
                }
                Block {
                    kind: block.kind,
                    text,
                    span: block.span.clone(),
                }
            })
            .collect();
        Section {
            blocks,
            span: outline.span.clone(),
        }
    }
}

/// Splits a header value on `", "`, with the absolute span of each trimmed part.
fn split_field(field: Option<Spanned<&str>>) -> impl Iterator<Item = Spanned<&str>> {
    let (text, base) = field.map_or(("", 0), |field| (field.value, field.span.start));
    let mut offset = 0;
    text.split(", ").filter_map(move |part| {
        let start = offset;
        offset += part.len() + 2;
        let trimmed = part.trim();
        let lead = part.len() - part.trim_start().len();
        (!trimmed.is_empty()).then(|| {
            Spanned::new(
                trimmed,
                base + start + lead..base + start + lead + trimmed.len(),
            )
        })
    })
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
