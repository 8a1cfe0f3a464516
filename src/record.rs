//! `Record` and its parts: plain, validated data parsed from one measure record.
//!
//! This module owns the shape of a record and nothing else: no parsing, no RDF, no I/O.
//! Every field remembers the byte span it came from in the input, so that errors and
//! evidence can point back at the text; spans become lines and columns only for display.

use std::ops::Range;

use serde::Serialize;

use crate::extract::entities::Entities;

/// A byte range into the input text the record was parsed from.
pub type Span = Range<usize>;

/// A value together with the byte span of the text it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where the value was written in the input.
    #[serde(skip)]
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Wraps `value` with the span it was read from.
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

/// The page layout a record was written in (see `TAXONOMY.md` of the corpus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// `Country Canada`: label and value on one line, then headed sections.
    Labelled,
    /// `Country | Kenya |`: a pipe table, then the description with no heading.
    Table,
    /// The newer site: breadcrumb, `Back`, `DENMARK | EUROPE`, title, labels on their own lines.
    DataSite,
}

/// A country as the record names it, resolved to ISO 3166-1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Country {
    /// The name as the header writes it (`DENMARK` of the newer layout becomes `Denmark`).
    pub name: String,
    /// ISO 3166-1 alpha-2 code, e.g. `CA`.
    pub alpha2: String,
    /// ISO 3166-1 alpha-3 code, e.g. `CAN`.
    pub alpha3: String,
    /// ISO 3166-1 numeric code, e.g. 124.
    pub numeric: u16,
    /// The UN English short name, e.g. `Côte d'Ivoire` (the ISO name where the UN lists none).
    pub iso_name: String,
}

/// The `Year` field: one year (`start == end`) or a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YearSpan {
    /// First year the measure applies to.
    pub start: u16,
    /// Last year; equal to `start` for a single year.
    pub end: u16,
}

/// One `Type of Measure` path such as `Policies > National action plan …`, as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct MeasurePath {
    /// The levels from the top, exactly as written (odd spacing kept).
    pub levels: Vec<String>,
}

/// What a block of description text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// A paragraph of prose; hard line breaks inside it are joined with spaces.
    Paragraph,
    /// An item of a bulleted (`•`, `-`, `*`) or numbered (`1.`, `a)`) list.
    ListItem,
}

/// A paragraph or list item of a prose section, with its text normalised for reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// Paragraph or list item.
    pub kind: BlockKind,
    /// The text with line breaks joined, runs of spaces collapsed and the bullet removed.
    pub text: String,
    /// The raw text of the block in the input, bullet included.
    #[serde(skip)]
    pub span: Span,
}

/// A prose section (`Brief Description`, `Source of Information`): raw span plus blocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The blocks in order.
    pub blocks: Vec<Block>,
    /// The raw body of the section in the input, heading excluded.
    #[serde(skip)]
    pub span: Span,
}

impl Section {
    /// The section's text for reading: blocks joined with blank lines.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for block in &self.blocks {
            if !text.is_empty() {
                text.push_str(if block.kind == BlockKind::ListItem {
                    "\n"
                } else {
                    "\n\n"
                });
            }
            text.push_str(&block.text);
        }
        text
    }
}

/// One measure record parsed from the text of a record file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// The layout the record was written in.
    pub layout: Layout,
    /// The country: its name as the header writes it and its ISO 3166-1 codes.
    pub country: Spanned<Country>,
    /// The region of the newer layout (`EUROPE` becomes `Europe`).
    pub region: Option<Spanned<String>>,
    /// The explicit title line of the newer layout.
    pub title: Option<Spanned<String>>,
    /// The `Year` field, absent on some records.
    pub years: Option<Spanned<YearSpan>>,
    /// `Type of Measure` paths in header order.
    pub measure_types: Vec<Spanned<MeasurePath>>,
    /// `Form of Violence` values in header order, as written.
    pub forms_of_violence: Vec<Spanned<String>>,
    /// The `Brief Description` (or the unheaded text of a table record).
    pub description: Section,
    /// The title of the linked document under `Full Text`.
    pub full_text_title: Option<Spanned<String>>,
    /// `Source of Information`, without trailing link text such as "Please click here …".
    pub source: Option<Section>,
    /// What the prose names: agencies, pillars, amounts, instruments and the citation.
    /// Evidence spans are relative to the raw text of the field they were found in.
    pub entities: Entities,
    /// The whole record in the input, from its first header line to its last content line.
    #[serde(skip)]
    pub span: Span,
}

impl Record {
    /// The record's title: the explicit title of the newer layout, else the Full Text title.
    pub fn display_title(&self) -> Option<&str> {
        self.title
            .as_ref()
            .or(self.full_text_title.as_ref())
            .map(|title| title.value.as_str())
    }
}
