//! Entities in the prose of a record: agencies, pillars, amounts, instruments, citation.
//!
//! The module owns everything that is read from free text: the Brief Description, the Full Text
//! title, the Type of Measure paths (for pillars) and the Source of Information. It does not
//! parse record layouts or header fields, and it knows nothing of RDF. Every function is pure:
//! no I/O, no panics on any input, deterministic output.
//!
//! Data flow: `text` tokenizes each field with byte spans; `names` finds proper names with an
//! organisation/instrument grammar (runs of capitalised words, head nouns, brackets, cues);
//! `agencies` and `instruments` merge name mentions into one entry each; `amounts`, `pillars`
//! and `citation` read the raw text with keyword families and element rules. Word lists and
//! gazetteers (head nouns, international bodies, instrument aliases, country currencies, currency
//! symbols and names, pillar keywords) live in plain files under `data/`, parsed once by
//! `gazetteer`; rules never hard-code a record.
//!
//! Invariants: every fact carries [`Evidence`] whose span indexes the raw text of its [`Field`];
//! lists keep first-mention order (description, then source or Full Text title); pillars keep the
//! order prevention, protection, prosecution, partnership.
//!
//! ```
//! use vawkg::extract::entities::{find_entities, ProseInput};
//! let input = ProseInput {
//!     country_iso2: Some("NZ"),
//!     country_name: "New Zealand",
//!     measure_types: &[],
//!     description: "The Ministry of Fisheries (MOF) gives NZ$2 million a year to shelters.",
//!     full_text_title: None,
//!     source: Some("Ministry of Fisheries, Harbour Report, 2015, p. 3"),
//! };
//! let entities = find_entities(&input);
//! assert_eq!(entities.agencies[0].name, "Ministry of Fisheries");
//! assert_eq!(entities.agencies[0].acronym.as_deref(), Some("MOF"));
//! assert_eq!(entities.amounts[0].currency.as_deref(), Some("NZD"));
//! assert_eq!(entities.citation.unwrap().year, Some(2015));
//! ```

mod agencies;
mod amounts;
mod citation;
mod facts;
mod gazetteer;
mod instruments;
mod names;
mod pillars;
mod text;

use std::ops::Range;

use serde::{Serialize, Serializer};

/// Everything the entity rules read from one record.
#[derive(Debug, Clone, Copy)]
pub struct ProseInput<'a> {
    /// ISO 3166-1 alpha-2 code of the record's country (e.g. "CA"), when known.
    pub country_iso2: Option<&'a str>,
    /// The country name as the header writes it (e.g. "Canada", "Viet Nam").
    pub country_name: &'a str,
    /// Type of Measure paths as level lists, e.g. [["Police","Training"],["Justice","Training"]].
    pub measure_types: &'a [Vec<String>],
    /// Raw text of the description section exactly as in the input file (may contain CRLF, hard
    /// line breaks inside sentences, bullets "  • ", "- ", "1. ", curly quotes, double spaces).
    pub description: &'a str,
    /// Raw text of the Full Text document title, when the record has one. Pass only the title
    /// under a `Full Text` heading: the title line of a data.unwomen.org (2c) record is the
    /// record's title, not a further instrument mention.
    pub full_text_title: Option<&'a str>,
    /// Raw text of the Source of Information section without trailing "click here" link text.
    pub source: Option<&'a str>,
}

/// The field of the record a piece of evidence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The Brief Description.
    Description,
    /// The Full Text document title.
    FullText,
    /// The Source of Information.
    Source,
    /// The Type of Measure value (the span indexes the joined `a > b, c > d` string).
    MeasureType,
}

/// Where a fact was read: a byte range inside one field's raw text, and the text there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The field the span indexes.
    pub field: Field,
    /// Byte range inside that field's raw text.
    pub span: Range<usize>,
    /// The quoted text.
    pub text: String,
}

impl Evidence {
    /// Evidence for `span` of `source`, with the text copied out (empty if the span is invalid).
    pub fn new(field: Field, source: &str, span: Range<usize>) -> Self {
        let text = source.get(span.clone()).unwrap_or("").to_string();
        Evidence { field, span, text }
    }
}

/// Kind of organisation, as fine as the text makes clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    /// A government, department, office, agency, commission or council of the state.
    Government,
    /// A ministry.
    Ministry,
    /// A police force or police unit.
    Police,
    /// A court, tribunal or prosecution body.
    Court,
    /// A parliament or assembly.
    Parliament,
    /// A United Nations body or agency.
    UnBody,
    /// Another international organisation (European Union, Council of Europe, …).
    InternationalOrganisation,
    /// A non-governmental or mass organisation.
    NonGovernmental,
    /// A university or research institute.
    Academic,
    /// Any other named body.
    Other,
}

impl AgencyKind {
    /// Reads a kind from its name in the data files (unknown names give `Other`).
    fn from_name(name: &str) -> Self {
        match name {
            "Government" => AgencyKind::Government,
            "Ministry" => AgencyKind::Ministry,
            "Police" => AgencyKind::Police,
            "Court" => AgencyKind::Court,
            "Parliament" => AgencyKind::Parliament,
            "UnBody" => AgencyKind::UnBody,
            "InternationalOrganisation" => AgencyKind::InternationalOrganisation,
            "NonGovernmental" => AgencyKind::NonGovernmental,
            "Academic" => AgencyKind::Academic,
            _ => AgencyKind::Other,
        }
    }
}

/// A named organisation mentioned in the description or the source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agency {
    /// The fullest mention, as written, without a leading "the".
    pub name: String,
    /// The short form the text gives for it, as written.
    pub acronym: Option<String>,
    /// Kind of organisation.
    pub kind: AgencyKind,
    /// Whether the body is international (UN, EU, Council of Europe, …).
    pub international: bool,
    /// Every mention.
    pub evidence: Vec<Evidence>,
}

/// One of the "4-Ps".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Pillar {
    /// Awareness, education, attitudes, research and data.
    Prevention,
    /// Services and support for victims and survivors.
    Protection,
    /// Criminal law, policing, courts, sanctions.
    Prosecution,
    /// Coordination and joint work.
    Partnership,
}

impl Pillar {
    /// Reads a pillar from its lowercase name.
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "prevention" => Some(Pillar::Prevention),
            "protection" => Some(Pillar::Protection),
            "prosecution" => Some(Pillar::Prosecution),
            "partnership" => Some(Pillar::Partnership),
            _ => None,
        }
    }
}

/// A pillar and the text that shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PillarFinding {
    /// The pillar.
    pub pillar: Pillar,
    /// The keywords or Type of Measure levels that show it.
    pub evidence: Vec<Evidence>,
}

/// How often an amount is spent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Period {
    /// Per year.
    #[serde(rename = "annual")]
    Annual,
    /// Once.
    #[serde(rename = "one-off")]
    OneOff,
}

/// An explicit amount of money.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    /// Value in units of the currency.
    #[serde(serialize_with = "serialize_value")]
    pub value: f64,
    /// ISO 4217 code, when known.
    pub currency: Option<String>,
    /// Period, when the text states one.
    pub period: Option<Period>,
    /// The amount as written.
    pub evidence: Vec<Evidence>,
}

/// Writes whole values as integers so `6000000.0` reads `6000000`.
fn serialize_value<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// Kind of legal or policy instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InstrumentKind {
    /// An act, law, decree or regulation.
    Law,
    /// A convention, covenant, charter or treaty.
    Convention,
    /// A protocol.
    Protocol,
    /// A declaration or platform for action.
    Declaration,
    /// A plan or action plan.
    Plan,
    /// A strategy.
    Strategy,
    /// A policy or framework.
    Policy,
    /// A government policy programme.
    Programme,
    /// A code (penal code, code of conduct).
    Code,
    /// A constitution.
    Constitution,
    /// Official guidelines or standards.
    Guideline,
    /// Anything else (resolutions, pacts, agendas).
    Other,
}

impl InstrumentKind {
    /// Reads a kind from its name in the data files (unknown names give `Other`).
    fn from_name(name: &str) -> Self {
        match name {
            "Law" => InstrumentKind::Law,
            "Convention" => InstrumentKind::Convention,
            "Protocol" => InstrumentKind::Protocol,
            "Declaration" => InstrumentKind::Declaration,
            "Plan" => InstrumentKind::Plan,
            "Strategy" => InstrumentKind::Strategy,
            "Policy" => InstrumentKind::Policy,
            "Programme" => InstrumentKind::Programme,
            "Code" => InstrumentKind::Code,
            "Constitution" => InstrumentKind::Constitution,
            "Guideline" => InstrumentKind::Guideline,
            _ => InstrumentKind::Other,
        }
    }
}

/// A named legal or policy instrument.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Instrument {
    /// The fullest form written in the text (the short form when only that is written).
    pub name: String,
    /// Kind of instrument.
    pub kind: InstrumentKind,
    /// A short form the text gives for it (`Istanbul Convention`, `NSP GBVF`).
    pub short_name: Option<String>,
    /// Every mention.
    pub evidence: Vec<Evidence>,
}

/// The first citation of the Source of Information, split into parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The first citation as written (whitespace collapsed).
    pub text: String,
    /// The government or organisation that issues the document.
    pub publisher: Option<String>,
    /// The document title.
    pub title: Option<String>,
    /// Year of the citation.
    pub year: Option<i32>,
    /// Page or paragraph locator (`22`, `p. 214`, `paras. 41-43`).
    pub page: Option<String>,
    /// UN document symbol, when the citation is or contains one (`CEDAW/C/COL/7-8`).
    pub symbol: Option<String>,
}

/// All entities of one record.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Entities {
    /// Named organisations in order of first mention (description, then source).
    pub agencies: Vec<Agency>,
    /// Pillars in the order prevention, protection, prosecution, partnership.
    pub pillars: Vec<PillarFinding>,
    /// Amounts of money in order of mention.
    pub amounts: Vec<Amount>,
    /// Instruments in order of first mention (description, then Full Text title).
    pub instruments: Vec<Instrument>,
    /// The first citation of the source, when there is a source.
    pub citation: Option<Citation>,
}

/// Finds every entity in the prose of one record.
pub fn find_entities(input: &ProseInput<'_>) -> Entities {
    let description_names = names::find_names_for(input.description, input.country_name);
    let source_names = input
        .source
        .map(|source| names::find_names_for(source, input.country_name))
        .unwrap_or_default();
    let agencies = agencies::collect_agencies(input, &description_names, &source_names);
    let instruments = instruments::collect_instruments(input, &description_names);
    let amounts = amounts::find_amounts(input.description, input.country_iso2);
    let pillars = pillars::find_pillars(input, &description_names);
    let citation = input.source.and_then(|source| {
        citation::parse_citation_with(source, &source_names, input.country_name)
    });
    Entities {
        agencies,
        pillars,
        amounts,
        instruments,
        citation,
    }
}
