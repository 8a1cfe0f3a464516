//! The JSON Lines view of a record: one object per record, in the shape of the gold files.
//!
//! Pure conversion, no I/O: the CLI writes the lines. Keys beyond the gold shape (layout,
//! region, spans, evidence) are extra information that consumers may ignore.

use serde::Serialize;

use crate::extract::entities::{Agency, Amount, Instrument, PillarFinding};
use crate::record::{Block, Layout, Record, YearSpan};

/// One record as a JSON object, borrowing from the record.
#[derive(Debug, Serialize)]
pub struct RecordJson<'a> {
    /// The input path as given on the command line (`-` for standard input).
    pub file: &'a str,
    /// Zero-based index of the record in its file, counting rejected records too.
    pub record: usize,
    /// One-based line of the record's first line.
    pub line: usize,
    /// The layout the record was written in.
    pub layout: Layout,
    /// Country name as written and its ISO 3166-1 codes.
    pub country: CountryJson<'a>,
    /// The region of the newer layout.
    pub region: Option<&'a str>,
    /// The `Year` field, or null when the record has none.
    pub years: Option<YearSpan>,
    /// Type of Measure paths as lists of levels.
    pub measure_types: Vec<&'a [String]>,
    /// Forms of violence as written.
    pub forms_of_violence: Vec<&'a str>,
    /// The explicit title, else the Full Text title.
    pub title: Option<&'a str>,
    /// The Full Text document title.
    pub full_text_title: Option<&'a str>,
    /// The description as text: paragraphs separated by blank lines.
    pub description: String,
    /// The description as paragraphs and list items.
    pub description_blocks: &'a [Block],
    /// Named organisations, with acronyms and evidence.
    pub agencies: &'a [Agency],
    /// The pillars the measure works on, with evidence.
    pub pillars: &'a [PillarFinding],
    /// Amounts of money, with ISO 4217 currency and period.
    pub amounts: &'a [Amount],
    /// Named laws, conventions, plans and other instruments.
    pub instruments: &'a [Instrument],
    /// The Source of Information and its first citation's parts, or null.
    pub source: Option<SourceJson<'a>>,
}

/// The `country` object.
#[derive(Debug, Serialize)]
pub struct CountryJson<'a> {
    /// As the header writes it.
    pub name: &'a str,
    /// ISO 3166-1 alpha-2.
    pub iso2: &'a str,
    /// ISO 3166-1 alpha-3.
    pub iso3: &'a str,
    /// ISO 3166-1 numeric.
    pub numeric: u16,
}

/// The `source` object.
#[derive(Debug, Serialize)]
pub struct SourceJson<'a> {
    /// The section's text.
    pub text: String,
    /// Who issued the cited document.
    pub publisher: Option<&'a str>,
    /// The cited document's title.
    pub title: Option<&'a str>,
    /// The citation's year.
    pub year: Option<i32>,
    /// Page or paragraph locator as written.
    pub page: Option<&'a str>,
    /// UN document symbol such as `CEDAW/C/COL/7-8`.
    pub symbol: Option<&'a str>,
}

/// Builds the JSON view of `record`, the `record_index`-th of `file`, starting at `line`.
pub fn record_json<'a>(
    file: &'a str,
    record_index: usize,
    line: usize,
    record: &'a Record,
) -> RecordJson<'a> {
    let country = &record.country.value;
    RecordJson {
        file,
        record: record_index,
        line,
        layout: record.layout,
        country: CountryJson {
            name: &country.name,
            iso2: &country.alpha2,
            iso3: &country.alpha3,
            numeric: country.numeric,
        },
        region: record.region.as_ref().map(|region| region.value.as_str()),
        years: record.years.as_ref().map(|years| years.value),
        measure_types: record
            .measure_types
            .iter()
            .map(|path| path.value.levels.as_slice())
            .collect(),
        forms_of_violence: record
            .forms_of_violence
            .iter()
            .map(|form| form.value.as_str())
            .collect(),
        title: record.display_title(),
        full_text_title: record
            .full_text_title
            .as_ref()
            .map(|title| title.value.as_str()),
        description: record.description.text(),
        description_blocks: &record.description.blocks,
        agencies: &record.entities.agencies,
        pillars: &record.entities.pillars,
        amounts: &record.entities.amounts,
        instruments: &record.entities.instruments,
        source: record.source.as_ref().map(|source| {
            let citation = record.entities.citation.as_ref();
            SourceJson {
                text: source.text(),
                publisher: citation.and_then(|citation| citation.publisher.as_deref()),
                title: citation.and_then(|citation| citation.title.as_deref()),
                year: citation.and_then(|citation| citation.year),
                page: citation.and_then(|citation| citation.page.as_deref()),
                symbol: citation.and_then(|citation| citation.symbol.as_deref()),
            }
        }),
    }
}
