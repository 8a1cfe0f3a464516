//! Record → quads: the RDF mapping of one record into its own named graph, with PROV-O
//! provenance, and the ontology files as quads of the ontology graph.
//!
//! This module is pure: no store, no I/O, no clock. The same record, provenance and base IRI
//! always give the same quads in the same order, with no blank nodes. It owns the shape of the
//! graph (which triples a record becomes); the names come from [`crate::mint`] and
//! [`crate::vocab`], and loading the quads into Oxigraph is the `store` module's job.
//!
//! The entry point is [`record_quads`]. Extracted entities (agencies, pillars, amounts,
//! instruments, the citation) are added through [`RecordMapper`]'s `add_*` methods, which take
//! plain facts, so that the mapping does not depend on how the extractor found them.
//!
//! ```
//! use vawkg::map::{self, Provenance};
//! use vawkg::mint::BaseIri;
//!
//! # fn run(record: &vawkg::record::Record) {
//! let provenance = Provenance::new("records/CA-2012.txt", 1, 30);
//! let quads = map::record_quads(record, &provenance, &BaseIri::default());
//! assert!(quads.iter().all(|quad| !quad.subject.is_blank_node()));
//! # }
//! ```

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use oxigraph::io::{RdfFormat, RdfParser, RdfSyntaxError};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, Triple};

use crate::mint::{self, BaseIri, Scope};
use crate::record::Record;
use crate::vocab::{concept, dcterms, foaf, org, prov, schema, skos, vawkg};

/// The ontology files (file name, Turtle text) that make up the ontology graph, in load order.
/// The SHACL shapes are kept apart: see [`SHAPES_TURTLE`].
pub const ONTOLOGY_FILES: [(&str, &str); 4] = [
    ("vawkg.ttl", include_str!("../ontology/vawkg.ttl")),
    (
        "measure-types.ttl",
        include_str!("../ontology/measure-types.ttl"),
    ),
    (
        "forms-of-violence.ttl",
        include_str!("../ontology/forms-of-violence.ttl"),
    ),
    ("pillars.ttl", include_str!("../ontology/pillars.ttl")),
];

/// The SHACL shapes (`ontology/shapes.ttl`) that a built graph conforms to.
pub const SHAPES_TURTLE: &str = include_str!("../ontology/shapes.ttl");

/// The ontology and the concept schemes as quads of the named graph
/// [`concept::ONTOLOGY_GRAPH`] (`https://w3id.org/vawkg/graph/ontology`).
pub fn ontology_quads() -> Result<Vec<Quad>, RdfSyntaxError> {
    let mut quads = Vec::new();
    for (_, turtle) in ONTOLOGY_FILES {
        for quad in RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(concept::ONTOLOGY_GRAPH)
            .for_slice(turtle.as_bytes())
        {
            quads.push(quad?);
        }
    }
    Ok(quads)
}

/// Where a record was read: the file path as given to the loader and its one-based line range.
///
/// Give the path in a stable form (as written on the command line, or relative to the
/// project), since it is part of the output and of the source file's IRI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The path of the file, as given.
    pub file: String,
    /// The one-based line where the record starts.
    pub first_line: usize,
    /// The one-based line where the record ends (inclusive).
    pub last_line: usize,
}

impl Provenance {
    /// Provenance from a file path and a one-based, inclusive line range.
    pub fn new(file: impl Into<String>, first_line: usize, last_line: usize) -> Self {
        Provenance {
            file: file.into(),
            first_line,
            last_line,
        }
    }

    /// Provenance of the record at byte `span` of the file's `text`: the lines it covers.
    ///
    /// ```
    /// let text = "a\nCountry Canada\nYear 2012\n\nb\n";
    /// let provenance = vawkg::map::Provenance::from_span("f.txt", text, &(2..27));
    /// assert_eq!((provenance.first_line, provenance.last_line), (2, 3));
    /// ```
    pub fn from_span(file: impl Into<String>, text: &str, span: &Range<usize>) -> Self {
        let bytes = text.as_bytes();
        let start = span.start.min(bytes.len());
        let end = span.end.min(bytes.len()).max(start);
        let line_of = |offset: usize| {
            1 + bytes[..offset]
                .iter()
                .filter(|byte| **byte == b'\n')
                .count()
        };
        // A span that ends just after a line break ends on the line before it.
        let last = if end > start && bytes[end - 1] == b'\n' {
            end - 1
        } else {
            end
        };
        Provenance {
            file: file.into(),
            first_line: line_of(start),
            last_line: line_of(last),
        }
    }
}

/// The record's triples as quads of its named graph `{base}graph/record/{id}`.
///
/// The graph holds the measure (its kind classes, country, years, Type of Measure and Form of
/// Violence concepts, prose with `@en`), the country (ISO codes, EU authority link), concepts
/// minted for values missing from the ontology's schemes, the first citation of the Source of
/// Information, and PROV-O provenance: the graph and the measure `prov:wasDerivedFrom` the source
/// file, and a `prov:qualifiedDerivation` gives the file path and line range.
pub fn record_quads(record: &Record, provenance: &Provenance, base: &BaseIri) -> Vec<Quad> {
    record_mapper(record, provenance, base).into_quads()
}

/// Like [`record_quads`], as the graph's name and its triples (cheaper: the name is not
/// repeated in every statement).
pub fn record_graph(record: &Record, provenance: &Provenance, base: &BaseIri) -> RecordGraph {
    record_mapper(record, provenance, base).into_graph()
}

/// One record's named graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordGraph {
    /// The graph's name.
    pub graph: NamedNode,
    /// Its triples, each once, in canonical order.
    pub triples: Vec<Triple>,
}

fn record_mapper<'a>(
    record: &Record,
    provenance: &Provenance,
    base: &'a BaseIri,
) -> RecordMapper<'a> {
    let mut mapper = RecordMapper::new(record, provenance, base);
    map_entities(&mut mapper, &record.entities);
    if !mapper.has_source() {
        if let Some(citation) = first_citation(record) {
            mapper.add_citation(&CitationFacts {
                text: &citation,
                ..CitationFacts::default()
            });
        }
    }
    mapper
}

/// The first paragraph of the Source of Information, the record's main citation.
fn first_citation(record: &Record) -> Option<String> {
    let source = record.source.as_ref()?;
    let block = source
        .blocks
        .iter()
        .find(|block| !block.text.trim().is_empty())?;
    Some(block.text.trim().to_owned())
}

/// An agency as the extractor found it, ready to map.
#[derive(Debug, Clone, Copy)]
pub struct AgencyFacts<'a> {
    /// The fullest name as written.
    pub name: &'a str,
    /// The acronym, when the text gives one.
    pub acronym: Option<&'a str>,
    /// The finest vawkg class, e.g. [`vawkg::MINISTRY`]; [`vawkg::AGENCY`] when unknown.
    pub class: NamedNodeRef<'a>,
    /// An international body: shared by every country, not linked to the record's country.
    pub international: bool,
}

/// A legal or policy instrument as the extractor found it, ready to map.
#[derive(Debug, Clone, Copy)]
pub struct InstrumentFacts<'a> {
    /// The name at its fullest mention.
    pub name: &'a str,
    /// A short form such as `Istanbul Convention`.
    pub short_name: Option<&'a str>,
    /// The finest vawkg class, e.g. [`vawkg::LAW`]; [`vawkg::INSTRUMENT`] when unknown.
    pub class: NamedNodeRef<'a>,
    /// An international instrument (a convention, a declaration): shared by every country.
    pub international: bool,
}

/// An amount of money as the extractor found it, ready to map.
#[derive(Debug, Clone, Copy)]
pub struct AmountFacts<'a> {
    /// The amount in units (`$6M` is 6 000 000).
    pub value: f64,
    /// The ISO 4217 code, when known.
    pub currency: Option<&'a str>,
    /// [`vawkg::ANNUAL`] or [`vawkg::ONE_OFF`], when the text says so.
    pub period: Option<NamedNodeRef<'a>>,
}

/// The record's first citation, ready to map. Only `text` is required.
#[derive(Debug, Clone, Copy, Default)]
pub struct CitationFacts<'a> {
    /// The citation as written.
    pub text: &'a str,
    /// The issuing government or organisation.
    pub publisher: Option<&'a str>,
    /// The title of the cited document.
    pub title: Option<&'a str>,
    /// The year of the citation.
    pub year: Option<i32>,
    /// The page or paragraph locator as written.
    pub page: Option<&'a str>,
    /// A UN document symbol.
    pub symbol: Option<&'a str>,
}

/// A span of record text that supports an extracted fact.
#[derive(Debug, Clone)]
pub struct EvidenceFacts<'a> {
    /// The field the span lies in: `description`, `full-text`, `source` or `measure-type`.
    pub field: &'a str,
    /// Byte range within that field's raw text.
    pub span: Range<usize>,
    /// The text of the span.
    pub text: &'a str,
}

/// Evidence spans mapped per fact and record; real records mention a body a handful of times.
pub const MAX_EVIDENCE_PER_FACT: usize = 16;

/// Builds the quads of one record's graph: [`RecordMapper::new`] maps the record's own fields,
/// the `add_*` methods add extracted entities, [`RecordMapper::into_quads`] returns the quads
/// in insertion order without duplicates.
#[derive(Debug)]
pub struct RecordMapper<'a> {
    base: &'a BaseIri,
    graph: NamedNode,
    measure: NamedNode,
    country: NamedNode,
    alpha2: String,
    triples: Vec<Triple>,
    n_amounts: usize,
    n_evidence: usize,
    has_source: bool,
}

impl<'a> RecordMapper<'a> {
    /// Maps the record's own fields (everything but extracted entities) into its graph.
    pub fn new(record: &Record, provenance: &Provenance, base: &'a BaseIri) -> Self {
        let record_id = mint::record_id(record);
        let country = &record.country.value;
        let mut mapper = RecordMapper {
            base,
            graph: mint::record_graph(base, &record_id),
            measure: mint::measure(base, &record_id),
            country: mint::country(base, &country.alpha2),
            alpha2: country.alpha2.to_ascii_uppercase(),
            triples: Vec::new(),
            n_amounts: 0,
            n_evidence: 0,
            has_source: false,
        };
        mapper.map_provenance(provenance);
        mapper.map_measure(record, &record_id);
        mapper.map_country(record);
        mapper
    }

    /// The record's named graph.
    pub fn graph(&self) -> NamedNodeRef<'_> {
        self.graph.as_ref()
    }

    /// The record's measure.
    pub fn measure(&self) -> NamedNodeRef<'_> {
        self.measure.as_ref()
    }

    /// Whether a citation has been added (by [`RecordMapper::add_citation`]).
    pub fn has_source(&self) -> bool {
        self.has_source
    }

    /// The quads, each once, in the canonical order of [`crate::export::compare_quads`].
    pub fn into_quads(self) -> Vec<Quad> {
        let RecordGraph { graph, triples } = self.into_graph();
        triples
            .into_iter()
            .map(|triple| triple.in_graph(graph.clone()))
            .collect()
    }

    /// The record's graph: its name and its triples, each once, in the canonical order of
    /// [`crate::export::compare_triples`].
    pub fn into_graph(mut self) -> RecordGraph {
        self.triples
            .sort_unstable_by(crate::export::compare_triples);
        self.triples.dedup();
        RecordGraph {
            graph: self.graph,
            triples: self.triples,
        }
    }

    /// Adds one triple to the record's graph (duplicates go in [`Self::into_quads`]).
    fn add(
        &mut self,
        subject: impl Into<NamedOrBlankNode>,
        predicate: NamedNodeRef<'_>,
        object: impl Into<Term>,
    ) {
        self.triples.push(Triple::new(subject, predicate, object));
    }

    fn map_provenance(&mut self, provenance: &Provenance) {
        let file = mint::source_file(self.base, &provenance.file);
        let derivation = mint::derivation(self.graph.as_ref(), &provenance.file);
        let graph = self.graph.clone();
        self.add(graph.clone(), rdf::TYPE, vawkg::RECORD_GRAPH);
        self.add(graph.clone(), foaf::PRIMARY_TOPIC, self.measure.clone());
        self.add(graph.clone(), prov::WAS_DERIVED_FROM, file.clone());
        self.add(graph, prov::QUALIFIED_DERIVATION, derivation.clone());
        self.add(derivation.clone(), rdf::TYPE, prov::DERIVATION);
        self.add(derivation.clone(), prov::ENTITY_PROPERTY, file.clone());
        self.add(
            derivation.clone(),
            vawkg::SOURCE_FILE_PATH,
            plain(&provenance.file),
        );
        self.add(
            derivation.clone(),
            vawkg::FIRST_LINE,
            integer(provenance.first_line),
        );
        self.add(derivation, vawkg::LAST_LINE, integer(provenance.last_line));
        self.add(file.clone(), rdf::TYPE, vawkg::SOURCE_FILE);
        self.add(file.clone(), rdf::TYPE, prov::ENTITY);
        self.add(
            file.clone(),
            vawkg::SOURCE_FILE_PATH,
            plain(&provenance.file),
        );
        self.add(self.measure.clone(), prov::WAS_DERIVED_FROM, file);
    }

    fn map_measure(&mut self, record: &Record, record_id: &str) {
        let measure = self.measure.clone();
        self.add(measure.clone(), rdf::TYPE, vawkg::MEASURE);
        for path in &record.measure_types {
            for class in measure_classes(path.value.levels.as_slice()) {
                self.add(measure.clone(), rdf::TYPE, class);
            }
        }
        self.add(measure.clone(), dcterms::IDENTIFIER, plain(record_id));
        self.add(
            measure.clone(),
            rdfs::LABEL,
            english(&measure_label(record)),
        );
        self.add(
            measure.clone(),
            vawkg::COUNTRY_PROPERTY,
            self.country.clone(),
        );
        if let Some(years) = &record.years {
            self.add(
                measure.clone(),
                vawkg::START_YEAR,
                year(i32::from(years.value.start)),
            );
            self.add(
                measure.clone(),
                vawkg::END_YEAR,
                year(i32::from(years.value.end)),
            );
        }
        for path in &record.measure_types {
            if let Some(concept) = self.measure_type(&path.value.levels) {
                self.add(measure.clone(), vawkg::MEASURE_TYPE, concept);
            }
        }
        for form in &record.forms_of_violence {
            let concept = self.form(&form.value);
            self.add(measure.clone(), vawkg::FORM_OF_VIOLENCE, concept);
        }
        if let Some(title) = &record.title {
            self.add(measure.clone(), dcterms::TITLE, english(&title.value));
        }
        if let Some(title) = &record.full_text_title {
            self.add(
                measure.clone(),
                vawkg::FULL_TEXT_TITLE,
                english(&title.value),
            );
        }
        let description = record.description.text();
        if !description.trim().is_empty() {
            self.add(measure.clone(), dcterms::DESCRIPTION, english(&description));
        }
        if let Some(source) = &record.source {
            let text = source.text();
            if !text.trim().is_empty() {
                self.add(measure, vawkg::SOURCE_OF_INFORMATION, english(&text));
            }
        }
    }

    fn map_country(&mut self, record: &Record) {
        let country = &record.country.value;
        let node = self.country.clone();
        self.add(node.clone(), rdf::TYPE, vawkg::COUNTRY);
        self.add(node.clone(), skos::PREF_LABEL, english(&country.iso_name));
        if country.name != country.iso_name {
            self.add(node.clone(), skos::ALT_LABEL, english(&country.name));
        }
        self.add(
            node.clone(),
            vawkg::ISO_ALPHA2,
            plain(&country.alpha2.to_ascii_uppercase()),
        );
        self.add(
            node.clone(),
            vawkg::ISO_ALPHA3,
            plain(&country.alpha3.to_ascii_uppercase()),
        );
        self.add(
            node.clone(),
            vawkg::ISO_NUMERIC,
            plain(&format!("{:03}", country.numeric)),
        );
        self.add(
            node.clone(),
            skos::EXACT_MATCH,
            mint::country_authority(&country.alpha3),
        );
        if let Some(region) = &record.region {
            self.add(node, vawkg::REGION, english(region.value.trim()));
        }
    }

    /// The concept of a Type of Measure path, minting it (and its unseen ancestors) into the
    /// record graph when the ontology's scheme lacks it.
    fn measure_type(&mut self, levels: &[String]) -> Option<NamedNode> {
        let levels = mint::normalise_measure_path(levels);
        let mut broader: Option<NamedNode> = None;
        for depth in 1..=levels.len() {
            let concept = mint::measure_type_concept(&levels[..depth])?;
            if !is_known_concept(concept.as_str()) {
                let label = levels[..depth]
                    .iter()
                    .map(|level| clean_label(level))
                    .collect::<Vec<_>>();
                self.mint_concept(
                    &concept,
                    concept::MEASURE_TYPE_SCHEME,
                    &label.join(" > "),
                    broader.as_ref(),
                );
            }
            broader = Some(concept);
        }
        broader
    }

    /// The concept of a Form of Violence value, minted into the record graph when unseen.
    fn form(&mut self, form: &str) -> NamedNode {
        let concept = mint::form_concept(form);
        if !is_known_concept(concept.as_str()) {
            self.mint_concept(&concept, concept::FORM_SCHEME, &clean_label(form), None);
        }
        concept
    }

    fn mint_concept(
        &mut self,
        concept: &NamedNode,
        scheme: NamedNodeRef<'static>,
        label: &str,
        broader: Option<&NamedNode>,
    ) {
        self.add(concept.clone(), rdf::TYPE, skos::CONCEPT);
        self.add(concept.clone(), skos::IN_SCHEME, scheme);
        self.add(concept.clone(), skos::PREF_LABEL, english(label));
        match broader {
            Some(broader) => self.add(concept.clone(), skos::BROADER, broader.clone()),
            None => self.add(concept.clone(), skos::TOP_CONCEPT_OF, scheme),
        }
    }

    /// Adds spans of evidence for `fact` (an agency, pillar, amount or instrument): the first
    /// [`MAX_EVIDENCE_PER_FACT`] of them, so that a record naming one agency a million times
    /// maps to a graph of bounded size (the JSON Lines view keeps every span).
    pub fn add_evidence(&mut self, fact: NamedNodeRef<'_>, evidence: &[EvidenceFacts<'_>]) {
        for span in evidence.iter().take(MAX_EVIDENCE_PER_FACT) {
            self.n_evidence += 1;
            let node = mint::evidence(self.measure.as_ref(), self.n_evidence);
            self.add(self.measure.clone(), vawkg::EVIDENCE_PROPERTY, node.clone());
            self.add(node.clone(), rdf::TYPE, vawkg::EVIDENCE);
            self.add(node.clone(), vawkg::SUPPORTS, fact.into_owned());
            self.add(node.clone(), vawkg::FIELD, plain(span.field));
            self.add(node.clone(), vawkg::START_OFFSET, integer(span.span.start));
            self.add(node.clone(), vawkg::END_OFFSET, integer(span.span.end));
            self.add(node, vawkg::QUOTE, plain(span.text));
        }
    }

    /// Adds an agency the measure involves: an `org:Organization` shared across records
    /// (`{base}agency/{alpha2|int}/{slug}`), its acronym as `skos:altLabel`, and, for a
    /// national body, its country. Returns the agency's IRI.
    pub fn add_agency(
        &mut self,
        agency: &AgencyFacts<'_>,
        evidence: &[EvidenceFacts<'_>],
    ) -> NamedNode {
        let scope = if agency.international {
            Scope::International
        } else {
            Scope::Country(&self.alpha2)
        };
        let node = mint::agency(self.base, scope, agency.name, agency.acronym);
        self.add(self.measure.clone(), vawkg::AGENCY_PROPERTY, node.clone());
        self.describe_agency(&node, agency);
        self.add_evidence(node.as_ref(), evidence);
        node
    }

    fn describe_agency(&mut self, node: &NamedNode, agency: &AgencyFacts<'_>) {
        self.add(node.clone(), rdf::TYPE, org::ORGANIZATION);
        self.add(node.clone(), rdf::TYPE, vawkg::AGENCY);
        for class in agency_superclasses(agency.class) {
            self.add(node.clone(), rdf::TYPE, class);
        }
        self.add(node.clone(), skos::PREF_LABEL, plain(agency.name.trim()));
        if let Some(acronym) = agency
            .acronym
            .map(str::trim)
            .filter(|acronym| *acronym != agency.name.trim())
        {
            self.add(node.clone(), skos::ALT_LABEL, plain(acronym));
        }
        if !agency.international {
            self.add(node.clone(), vawkg::COUNTRY_PROPERTY, self.country.clone());
        }
    }

    /// Adds a pillar (one of [`concept::PILLARS`]) the measure gives evidence for.
    pub fn add_pillar(&mut self, pillar: NamedNodeRef<'_>, evidence: &[EvidenceFacts<'_>]) {
        self.add(
            self.measure.clone(),
            vawkg::PILLAR_PROPERTY,
            pillar.into_owned(),
        );
        self.add_evidence(pillar, evidence);
    }

    /// Adds an amount of money as a `schema:MonetaryAmount` (`{measure}/amount/{n}`) with an
    /// `xsd:decimal` value. Returns `None`, adding nothing, for a value that is not finite.
    pub fn add_amount(
        &mut self,
        amount: &AmountFacts<'_>,
        evidence: &[EvidenceFacts<'_>],
    ) -> Option<NamedNode> {
        let value = decimal(amount.value)?;
        self.n_amounts += 1;
        let node = mint::amount(self.measure.as_ref(), self.n_amounts);
        self.add(self.measure.clone(), vawkg::FUNDING, node.clone());
        self.add(node.clone(), rdf::TYPE, schema::MONETARY_AMOUNT);
        self.add(node.clone(), schema::VALUE, value);
        if let Some(currency) = amount
            .currency
            .map(str::trim)
            .filter(|currency| !currency.is_empty())
        {
            self.add(
                node.clone(),
                schema::CURRENCY,
                plain(&currency.to_ascii_uppercase()),
            );
        }
        if let Some(period) = amount.period {
            self.add(node.clone(), vawkg::PERIOD, period.into_owned());
        }
        self.add_evidence(node.as_ref(), evidence);
        Some(node)
    }

    /// Adds an instrument the record refers to (`{base}instrument/{alpha2|int}/{slug}`); a
    /// national instrument is linked to the record's country. Returns the instrument's IRI.
    pub fn add_instrument(
        &mut self,
        instrument: &InstrumentFacts<'_>,
        evidence: &[EvidenceFacts<'_>],
    ) -> NamedNode {
        let international = instrument.international
            || mint::international_instrument(instrument.name, instrument.short_name).is_some();
        let scope = if international {
            Scope::International
        } else {
            Scope::Country(&self.alpha2)
        };
        let node = mint::instrument(self.base, scope, instrument.name, instrument.short_name);
        self.add(
            self.measure.clone(),
            vawkg::INSTRUMENT_PROPERTY,
            node.clone(),
        );
        self.add(node.clone(), rdf::TYPE, vawkg::INSTRUMENT);
        if instrument.class != vawkg::INSTRUMENT {
            self.add(node.clone(), rdf::TYPE, instrument.class.into_owned());
        }
        self.add(
            node.clone(),
            skos::PREF_LABEL,
            plain(instrument.name.trim()),
        );
        if let Some(short_name) = instrument
            .short_name
            .map(str::trim)
            .filter(|short| *short != instrument.name.trim())
        {
            self.add(node.clone(), skos::ALT_LABEL, plain(short_name));
        }
        if !international {
            self.add(node.clone(), vawkg::COUNTRY_PROPERTY, self.country.clone());
        }
        self.add_evidence(node.as_ref(), evidence);
        node
    }

    /// Adds the record's citation as a `dcterms:BibliographicResource` shared by every record
    /// citing it the same way (`{base}source/{hash}`). The publisher becomes an agency of the
    /// record's country (or an international one when it is a known international body).
    /// Returns the source's IRI.
    pub fn add_citation(&mut self, citation: &CitationFacts<'_>) -> NamedNode {
        let node = mint::source(self.base, citation.text);
        self.has_source = true;
        self.add(self.measure.clone(), dcterms::SOURCE, node.clone());
        self.add(node.clone(), rdf::TYPE, dcterms::BIBLIOGRAPHIC_RESOURCE);
        self.add(
            node.clone(),
            dcterms::BIBLIOGRAPHIC_CITATION,
            plain(&mint::normalise_text(citation.text)),
        );
        if let Some(publisher) = citation
            .publisher
            .map(str::trim)
            .filter(|name| !name.is_empty())
        {
            let international = mint::international_agency(publisher, None).is_some();
            let scope = if international {
                Scope::International
            } else {
                Scope::Country(&self.alpha2)
            };
            let agency = mint::agency(self.base, scope, publisher, None);
            let facts = AgencyFacts {
                name: publisher,
                acronym: None,
                class: vawkg::AGENCY,
                international,
            };
            self.describe_agency(&agency, &facts);
            self.add(node.clone(), dcterms::PUBLISHER, agency);
        }
        if let Some(title) = citation
            .title
            .map(str::trim)
            .filter(|title| !title.is_empty())
        {
            self.add(node.clone(), dcterms::TITLE, plain(title));
        }
        if let Some(issued) = citation.year {
            self.add(node.clone(), dcterms::ISSUED, year(issued));
        }
        if let Some(page) = citation.page.map(str::trim).filter(|page| !page.is_empty()) {
            self.add(node.clone(), vawkg::LOCATOR, plain(page));
        }
        if let Some(symbol) = citation
            .symbol
            .map(str::trim)
            .filter(|symbol| !symbol.is_empty())
        {
            self.add(node.clone(), vawkg::DOCUMENT_SYMBOL, plain(symbol));
        }
        node
    }
}

/// Adds the entities the extractor found in the record's prose.
fn map_entities(mapper: &mut RecordMapper<'_>, entities: &crate::extract::entities::Entities) {
    use crate::extract::entities::{AgencyKind, Evidence, Field, InstrumentKind, Period, Pillar};

    fn evidence_facts(evidence: &[Evidence]) -> Vec<EvidenceFacts<'_>> {
        evidence
            .iter()
            .map(|span| EvidenceFacts {
                field: match span.field {
                    Field::Description => "description",
                    Field::FullText => "full-text",
                    Field::Source => "source",
                    Field::MeasureType => "measure-type",
                },
                span: span.span.clone(),
                text: &span.text,
            })
            .collect()
    }

    for agency in &entities.agencies {
        let class = match agency.kind {
            AgencyKind::Government => vawkg::GOVERNMENT,
            AgencyKind::Ministry => vawkg::MINISTRY,
            AgencyKind::Police => vawkg::POLICE_SERVICE,
            AgencyKind::Court => vawkg::COURT,
            AgencyKind::Parliament => vawkg::PARLIAMENT,
            AgencyKind::UnBody => vawkg::UNITED_NATIONS_BODY,
            AgencyKind::InternationalOrganisation => vawkg::INTERNATIONAL_ORGANISATION,
            AgencyKind::NonGovernmental => vawkg::NON_GOVERNMENTAL_ORGANISATION,
            AgencyKind::Academic => vawkg::ACADEMIC_INSTITUTION,
            AgencyKind::Other => vawkg::AGENCY,
        };
        let facts = AgencyFacts {
            name: &agency.name,
            acronym: agency.acronym.as_deref(),
            class,
            international: agency.international,
        };
        mapper.add_agency(&facts, &evidence_facts(&agency.evidence));
    }
    for finding in &entities.pillars {
        let pillar = match finding.pillar {
            Pillar::Prevention => concept::PREVENTION,
            Pillar::Protection => concept::PROTECTION,
            Pillar::Prosecution => concept::PROSECUTION,
            Pillar::Partnership => concept::PARTNERSHIP,
        };
        mapper.add_pillar(pillar, &evidence_facts(&finding.evidence));
    }
    for amount in &entities.amounts {
        let facts = AmountFacts {
            value: amount.value,
            currency: amount.currency.as_deref(),
            period: amount.period.as_ref().map(|period| match period {
                Period::Annual => vawkg::ANNUAL,
                Period::OneOff => vawkg::ONE_OFF,
            }),
        };
        mapper.add_amount(&facts, &evidence_facts(&amount.evidence));
    }
    for instrument in &entities.instruments {
        let class = match instrument.kind {
            InstrumentKind::Law => vawkg::LAW,
            InstrumentKind::Convention => vawkg::CONVENTION,
            InstrumentKind::Protocol => vawkg::PROTOCOL,
            InstrumentKind::Declaration => vawkg::DECLARATION,
            InstrumentKind::Plan => vawkg::PLAN,
            InstrumentKind::Strategy => vawkg::STRATEGY,
            InstrumentKind::Policy => vawkg::POLICY,
            InstrumentKind::Programme => vawkg::PROGRAMME,
            InstrumentKind::Code => vawkg::CODE,
            InstrumentKind::Constitution => vawkg::CONSTITUTION,
            InstrumentKind::Guideline => vawkg::GUIDELINE,
            InstrumentKind::Other => vawkg::INSTRUMENT,
        };
        let facts = InstrumentFacts {
            name: &instrument.name,
            short_name: instrument.short_name.as_deref(),
            class,
            international: matches!(
                instrument.kind,
                InstrumentKind::Convention | InstrumentKind::Declaration
            ),
        };
        mapper.add_instrument(&facts, &evidence_facts(&instrument.evidence));
    }
    if let Some(citation) = &entities.citation {
        mapper.add_citation(&CitationFacts {
            text: &citation.text,
            publisher: citation.publisher.as_deref(),
            title: citation.title.as_deref(),
            year: citation.year,
            page: citation.page.as_deref(),
            symbol: citation.symbol.as_deref(),
        });
    }
}

/// The vawkg classes of a measure with this Type of Measure path, from its top level (see
/// `vawkg:measureClass` in `ontology/measure-types.ttl`), plus [`vawkg::TRAINING`] for a
/// `… > Training` path. Unknown top levels give no class beyond [`vawkg::MEASURE`].
pub fn measure_classes<S: AsRef<str>>(levels: &[S]) -> Vec<NamedNodeRef<'static>> {
    let levels = mint::normalise_measure_path(levels);
    let mut classes = Vec::new();
    let Some(top) = levels.first() else {
        return classes;
    };
    let class = match mint::slug(top).as_str() {
        "policies" => Some(vawkg::POLICY_MEASURE),
        "violence-against-women" => Some(vawkg::LEGISLATION),
        "monitoring-and-evaluation" => Some(vawkg::MONITORING_AND_EVALUATION),
        "institutional-mechanisms" => Some(vawkg::INSTITUTIONAL_MECHANISM),
        "prevention" => Some(vawkg::PREVENTION_MEASURE),
        "social-services" | "health" | "coordinated-and-or-integrated-service-delivery" => {
            Some(vawkg::SERVICE_MEASURE)
        }
        "police" | "justice" => Some(vawkg::JUSTICE_SECTOR_MEASURE),
        "administrative-data" | "research-and-statistical-data" => Some(vawkg::DATA_COLLECTION),
        "work-with-public-private-sectors" => Some(vawkg::SECTOR_ENGAGEMENT),
        "regional-initiatives" => Some(vawkg::REGIONAL_INITIATIVE),
        _ => None,
    };
    classes.extend(class);
    if levels.len() > 1
        && levels
            .last()
            .is_some_and(|level| mint::slug(level) == "training")
    {
        classes.push(vawkg::TRAINING);
    }
    classes
}

/// The vawkg classes between an agency class and [`vawkg::AGENCY`], the class itself first.
fn agency_superclasses(class: NamedNodeRef<'_>) -> Vec<NamedNode> {
    let mut classes = Vec::new();
    if class != vawkg::AGENCY && class != org::ORGANIZATION {
        classes.push(class.into_owned());
    }
    if [
        vawkg::GOVERNMENT,
        vawkg::MINISTRY,
        vawkg::POLICE_SERVICE,
        vawkg::COURT,
        vawkg::PARLIAMENT,
    ]
    .contains(&class)
    {
        classes.push(vawkg::PUBLIC_BODY.into_owned());
    }
    if class == vawkg::UNITED_NATIONS_BODY {
        classes.push(vawkg::INTERNATIONAL_ORGANISATION.into_owned());
    }
    classes
}

/// The IRIs of every concept of the measure-type and form schemes of the ontology files.
fn is_known_concept(iri: &str) -> bool {
    static KNOWN: OnceLock<HashSet<String>> = OnceLock::new();
    KNOWN
        .get_or_init(|| {
            ONTOLOGY_FILES
                .iter()
                .flat_map(|(_, turtle)| {
                    RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes())
                })
                .filter_map(Result::ok)
                .filter(|quad| {
                    quad.predicate == rdf::TYPE
                        && quad.object == Term::NamedNode(skos::CONCEPT.into_owned())
                })
                .filter_map(|quad| match quad.subject {
                    NamedOrBlankNode::NamedNode(node) => Some(node.into_string()),
                    _ => None,
                })
                .collect()
        })
        .contains(iri)
}

/// A label for display: whitespace runs made one space, ends trimmed.
fn clean_label(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The measure's `rdfs:label`, from the fields that identify the measure only (country, years,
/// the last level of its first Type of Measure), e.g. `Canada 2012: National action plan …`,
/// so that copies of one measure in different layouts agree on it. The title of the newer
/// layout is `dcterms:title`.
fn measure_label(record: &Record) -> String {
    let mut label = record.country.value.iso_name.clone();
    if let Some(years) = &record.years {
        if years.value.start == years.value.end {
            label.push_str(&format!(" {:04}", years.value.start));
        } else {
            label.push_str(&format!(" {:04}-{:04}", years.value.start, years.value.end));
        }
    }
    let kind = record.measure_types.first().and_then(|path| {
        mint::normalise_measure_path(path.value.levels.as_slice())
            .last()
            .map(|level| clean_label(level))
    });
    match kind {
        Some(kind) => format!("{label}: {kind}"),
        None => format!("{label}: measure"),
    }
}

/// A plain `xsd:string` literal.
fn plain(text: &str) -> Literal {
    Literal::new_simple_literal(text)
}

/// An English prose literal, `"…"@en`.
fn english(text: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(text, "en")
}

/// An `xsd:integer` literal.
fn integer(value: usize) -> Literal {
    Literal::new_typed_literal(value.to_string(), xsd::INTEGER)
}

/// An `xsd:gYear` literal, four digits at least (`-0044` for 44 BCE, never needed here).
fn year(value: i32) -> Literal {
    let lexical = if value < 0 {
        format!("-{:04}", -value)
    } else {
        format!("{value:04}")
    };
    Literal::new_typed_literal(lexical, xsd::G_YEAR)
}

/// An `xsd:decimal` literal in canonical form (`6000000.0`, `0.5`), or `None` when the value
/// is not finite.
fn decimal(value: f64) -> Option<Literal> {
    if !value.is_finite() {
        return None;
    }
    // `{}` on f64 never uses an exponent and gives the shortest text that reads back the same.
    let mut lexical = format!("{}", if value == 0.0 { 0.0 } else { value });
    if !lexical.contains('.') {
        lexical.push_str(".0");
    }
    Some(Literal::new_typed_literal(lexical, xsd::DECIMAL))
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use oxigraph::model::{GraphName, GraphNameRef};
    use oxigraph::sparql::{QueryResults, SparqlEvaluator};

    use crate::query::{CannedQueries, CannedQuery};
    use crate::store::Store;

    use super::*;
    use crate::extract::entities::Entities;
    use crate::record::{
        Block, BlockKind, Country, Layout, MeasurePath, Section, Spanned, YearSpan,
    };

    // ---------------------------------------------------------------------------------------
    // Hand-built records (the one place that constructs `Record`s in these tests).
    // ---------------------------------------------------------------------------------------

    fn spanned<T>(value: T) -> Spanned<T> {
        Spanned::new(value, 0..0)
    }

    fn section(paragraphs: &[&str]) -> Section {
        let blocks = paragraphs
            .iter()
            .map(|text| Block {
                kind: BlockKind::Paragraph,
                text: (*text).to_owned(),
                span: 0..0,
            })
            .collect();
        Section { blocks, span: 0..0 }
    }

    #[allow(clippy::too_many_arguments)]
    fn record(
        layout: Layout,
        (name, alpha2, alpha3, numeric, iso_name): (&str, &str, &str, u16, &str),
        years: Option<(u16, u16)>,
        measure_types: &[&[&str]],
        forms: &[&str],
        title: Option<&str>,
        region: Option<&str>,
        description: &[&str],
        source: Option<&str>,
    ) -> Record {
        Record {
            layout,
            country: spanned(Country {
                name: name.into(),
                alpha2: alpha2.into(),
                alpha3: alpha3.into(),
                numeric,
                iso_name: iso_name.into(),
            }),
            region: region.map(|region| spanned(region.to_owned())),
            title: title.map(|title| spanned(title.to_owned())),
            years: years.map(|(start, end)| spanned(YearSpan { start, end })),
            measure_types: measure_types
                .iter()
                .map(|levels| {
                    spanned(MeasurePath {
                        levels: levels.iter().map(|level| (*level).to_owned()).collect(),
                    })
                })
                .collect(),
            forms_of_violence: forms
                .iter()
                .map(|form| spanned((*form).to_owned()))
                .collect(),
            description: section(description),
            full_text_title: None,
            source: source
                .map(|source| section(&[source, "For more information please click here."])),
            entities: Entities {
                agencies: Vec::new(),
                pillars: Vec::new(),
                amounts: Vec::new(),
                instruments: Vec::new(),
                citation: None,
            },
            span: 0..0,
        }
    }

    const CANADA: (&str, &str, &str, u16, &str) = ("Canada", "CA", "CAN", 124, "Canada");
    const DENMARK: (&str, &str, &str, u16, &str) = ("Denmark", "DK", "DNK", 208, "Denmark");
    const MOLDOVA: (&str, &str, &str, u16, &str) = (
        "Republic of Moldova",
        "MD",
        "MDA",
        498,
        "Moldova, Republic of",
    );

    fn canada() -> Record {
        record(
            Layout::Labelled,
            CANADA,
            Some((2012, 2012)),
            &[&[
                "Policies",
                "National action plan specific to violence against women",
            ]],
            &["Trafficking"],
            None,
            None,
            &[
                "The National Action Plan to Combat Human Trafficking from the government of Canada builds on Canada’s responses.",
                "Furthermore, the Government will be investing over $6M on an annual basis.",
            ],
            Some("Government of Canada, National Review on Beijing+20, 2014, page 22"),
        )
    }

    fn denmark(layout: Layout) -> Record {
        let data_site = layout == Layout::DataSite;
        let path: &[&str] = if data_site {
            &["Laws", "Violence against women", "Legislation"]
        } else {
            &["Violence against women", "Legislation"]
        };
        record(
            layout,
            DENMARK,
            Some((2004, 2004)),
            &[path],
            &["Domestic violence/Intimate partner violence"],
            data_site.then_some("Amendment to the Act of Social Service"),
            data_site.then_some("Europe"),
            &["In 2004, the Danish Government added a new article to the Act of Social Service."],
            Some(
                "Response of the Government of Denmark to the questionnaire on violence against women",
            ),
        )
    }

    /// A record with unseen taxonomy values and no Year field.
    fn moldova() -> Record {
        record(
            Layout::Labelled,
            MOLDOVA,
            None,
            &[
                &["Prevention", "Working with men and boys"],
                &["Laws", "Something new", "Deeper"],
            ],
            &["Online violence", "Sexual violence"],
            None,
            None,
            &["UN Women and UNFPA helped the authorities; the European Union gave EUR 750 000."],
            None,
        )
    }

    /// Adds entities as the extractor would, through the public `add_*` methods.
    fn canada_quads(base: &BaseIri) -> Vec<Quad> {
        let record = canada();
        let mut mapper =
            RecordMapper::new(&record, &Provenance::new("dev/CA-2012.txt", 1, 31), base);
        let evidence = [EvidenceFacts {
            field: "description",
            span: 4..38,
            text: "National Action Plan",
        }];
        mapper.add_agency(
            &AgencyFacts {
                name: "Government of Canada",
                acronym: None,
                class: vawkg::GOVERNMENT,
                international: false,
            },
            &evidence,
        );
        mapper.add_agency(
            &AgencyFacts {
                name: "Royal Canadian Mounted Police",
                acronym: Some("RCMP"),
                class: vawkg::POLICE_SERVICE,
                international: false,
            },
            &[],
        );
        for pillar in concept::PILLARS {
            mapper.add_pillar(pillar, &[]);
        }
        mapper.add_amount(
            &AmountFacts {
                value: 6_000_000.0,
                currency: Some("CAD"),
                period: Some(vawkg::ANNUAL),
            },
            &evidence,
        );
        mapper.add_instrument(
            &InstrumentFacts {
                name: "National Action Plan to Combat Human Trafficking",
                short_name: None,
                class: vawkg::PLAN,
                international: false,
            },
            &[],
        );
        mapper.add_instrument(
            &InstrumentFacts {
                name: "Trafficking Protocol",
                short_name: None,
                class: vawkg::PROTOCOL,
                international: false,
            },
            &[],
        );
        mapper.add_citation(&CitationFacts {
            text: "Government of Canada, National Review on Beijing+20, 2014, page 22",
            publisher: Some("Government of Canada"),
            title: Some("National Review on Beijing+20"),
            year: Some(2014),
            page: Some("22"),
            symbol: None,
        });
        mapper.into_quads()
    }

    fn moldova_quads(base: &BaseIri) -> Vec<Quad> {
        let record = moldova();
        let mut mapper =
            RecordMapper::new(&record, &Provenance::new("dev/MULTI.txt", 40, 52), base);
        for (name, acronym) in [("UN Women", None), ("UNFPA", Some("UNFPA"))] {
            mapper.add_agency(
                &AgencyFacts {
                    name,
                    acronym,
                    class: vawkg::UNITED_NATIONS_BODY,
                    international: true,
                },
                &[],
            );
        }
        mapper.add_agency(
            &AgencyFacts {
                name: "European Union",
                acronym: None,
                class: vawkg::INTERNATIONAL_ORGANISATION,
                international: true,
            },
            &[],
        );
        mapper.add_pillar(concept::PARTNERSHIP, &[]);
        mapper.add_amount(
            &AmountFacts {
                value: 750_000.0,
                currency: Some("EUR"),
                period: None,
            },
            &[],
        );
        mapper.add_amount(
            &AmountFacts {
                value: f64::NAN,
                currency: None,
                period: None,
            },
            &[],
        );
        mapper.add_instrument(
            &InstrumentFacts {
                name: "Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence",
                short_name: Some("Istanbul Convention"),
                class: vawkg::CONVENTION,
                international: true,
            },
            &[],
        );
        mapper.add_instrument(
            &InstrumentFacts {
                name: "Trafficking Protocol",
                short_name: None,
                class: vawkg::PROTOCOL,
                international: false,
            },
            &[],
        );
        mapper.into_quads()
    }

    fn denmark_quads(base: &BaseIri) -> Vec<Quad> {
        let record = denmark(Layout::DataSite);
        let mut mapper = RecordMapper::new(
            &record,
            &Provenance::new("dev/DK-2004-dataunwomen.txt", 1, 20),
            base,
        );
        mapper.add_agency(
            &AgencyFacts {
                name: "Government of Denmark",
                acronym: None,
                class: vawkg::GOVERNMENT,
                international: false,
            },
            &[],
        );
        mapper.add_pillar(concept::PROTECTION, &[]);
        mapper.add_instrument(
            &InstrumentFacts {
                name: "Istanbul Convention",
                short_name: None,
                class: vawkg::CONVENTION,
                international: true,
            },
            &[],
        );
        mapper.into_quads()
    }

    // ---------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------

    fn has(
        quads: &[Quad],
        subject: &str,
        predicate: NamedNodeRef<'_>,
        object: impl Into<Term>,
    ) -> bool {
        let object = object.into();
        quads.iter().any(|quad| {
            matches!(&quad.subject, NamedOrBlankNode::NamedNode(node) if node.as_str() == subject)
                && quad.predicate == predicate
                && quad.object == object
        })
    }

    fn subject_of_type(quads: &[Quad], class: NamedNodeRef<'_>) -> String {
        quads
            .iter()
            .find(|quad| {
                quad.predicate == rdf::TYPE && quad.object == Term::from(class.into_owned())
            })
            .map(|quad| quad.subject.to_string().trim_matches(['<', '>']).to_owned())
            .unwrap_or_else(|| panic!("no {class}"))
    }

    fn assert_no_blank_nodes(quads: &[Quad]) {
        for quad in quads {
            assert!(!quad.subject.is_blank_node(), "blank subject in {quad}");
            assert!(!quad.object.is_blank_node(), "blank object in {quad}");
            assert!(
                !matches!(quad.graph_name, GraphName::BlankNode(_)),
                "blank graph in {quad}"
            );
        }
    }

    // ---------------------------------------------------------------------------------------
    // Mapping
    // ---------------------------------------------------------------------------------------

    #[test]
    fn record_iris_are_stable_and_content_based() {
        let base = BaseIri::default();
        let provenance = Provenance::new("a.txt", 1, 10);
        let first = record_quads(&canada(), &provenance, &base);
        assert_eq!(first, record_quads(&canada(), &provenance, &base));
        let id = mint::record_id(&canada());
        assert!(
            id.starts_with("ca-2012-") && id.len() == "ca-2012-".len() + 16,
            "{id}"
        );
        // The same record in another file gets the same measure; only provenance differs.
        let elsewhere = record_quads(&canada(), &Provenance::new("b/c.txt", 7, 9), &base);
        let measure = mint::measure(&base, &id);
        assert!(has(&elsewhere, measure.as_str(), rdf::TYPE, vawkg::MEASURE));
        // The same measure in both layouts (title line or not, `Laws >` or not) is one measure.
        assert_eq!(
            mint::record_id(&denmark(Layout::Labelled)),
            mint::record_id(&denmark(Layout::DataSite))
        );
        // Curly or straight apostrophes and spacing do not change the identifier.
        let mut straight = canada();
        straight.description.blocks[0].text =
            straight.description.blocks[0].text.replace('’', "'") + "  ";
        assert_eq!(mint::record_id(&straight), id);
        // Other content does.
        let mut other = canada();
        other
            .forms_of_violence
            .push(spanned("Sexual violence".to_owned()));
        assert_ne!(mint::record_id(&other), id);
        assert!(mint::record_id(&moldova()).starts_with("md-na-"));
    }

    #[test]
    fn record_quads_have_no_blank_nodes_and_sit_in_the_record_graph() {
        let base = BaseIri::default();
        for quads in [
            canada_quads(&base),
            moldova_quads(&base),
            denmark_quads(&base),
        ] {
            assert_no_blank_nodes(&quads);
            let graph = subject_of_type(&quads, vawkg::RECORD_GRAPH);
            assert!(graph.starts_with("https://w3id.org/vawkg/id/graph/record/"));
            for quad in &quads {
                assert_eq!(quad.graph_name.to_string(), format!("<{graph}>"));
            }
            let unique: HashSet<&Quad> = quads.iter().collect();
            assert_eq!(unique.len(), quads.len(), "duplicate quads");
        }
    }

    #[test]
    fn measure_country_and_provenance_triples() {
        let base = BaseIri::default();
        let quads = canada_quads(&base);
        let measure = mint::measure(&base, &mint::record_id(&canada()));
        let measure = measure.as_str();
        let country = "https://w3id.org/vawkg/id/country/CA";
        let nap = "https://w3id.org/vawkg/concept/measure-type/policies/national-action-plan-specific-to-violence-against-women";
        assert!(has(&quads, measure, rdf::TYPE, vawkg::POLICY_MEASURE));
        assert!(has(
            &quads,
            measure,
            vawkg::COUNTRY_PROPERTY,
            NamedNode::new_unchecked(country)
        ));
        assert!(has(
            &quads,
            measure,
            vawkg::START_YEAR,
            Literal::new_typed_literal("2012", xsd::G_YEAR)
        ));
        assert!(has(
            &quads,
            measure,
            vawkg::END_YEAR,
            Literal::new_typed_literal("2012", xsd::G_YEAR)
        ));
        assert!(has(
            &quads,
            measure,
            vawkg::MEASURE_TYPE,
            NamedNode::new_unchecked(nap)
        ));
        assert!(has(
            &quads,
            measure,
            vawkg::FORM_OF_VIOLENCE,
            NamedNode::new_unchecked("https://w3id.org/vawkg/concept/form/trafficking")
        ));
        assert!(has(
            &quads,
            measure,
            rdfs::LABEL,
            english("Canada 2012: National action plan specific to violence against women")
        ));
        assert!(quads.iter().any(|quad| quad.predicate == dcterms::DESCRIPTION
            && matches!(&quad.object, Term::Literal(literal) if literal.language() == Some("en"))));
        // Known concepts are not restated in the record graph.
        assert!(
            !quads
                .iter()
                .any(|quad| quad.subject.to_string() == format!("<{nap}>"))
        );
        // Country: codes, label, authority.
        assert!(has(&quads, country, rdf::TYPE, vawkg::COUNTRY));
        assert!(has(&quads, country, vawkg::ISO_ALPHA2, plain("CA")));
        assert!(has(&quads, country, vawkg::ISO_ALPHA3, plain("CAN")));
        assert!(has(&quads, country, vawkg::ISO_NUMERIC, plain("124")));
        assert!(has(&quads, country, skos::PREF_LABEL, english("Canada")));
        assert!(has(
            &quads,
            country,
            skos::EXACT_MATCH,
            NamedNode::new_unchecked(
                "http://publications.europa.eu/resource/authority/country/CAN"
            )
        ));
        // Provenance.
        let graph = mint::record_graph(&base, &mint::record_id(&canada()));
        let file = mint::source_file(&base, "dev/CA-2012.txt");
        let derivation = mint::derivation(graph.as_ref(), "dev/CA-2012.txt");
        assert!(has(
            &quads,
            graph.as_str(),
            foaf::PRIMARY_TOPIC,
            NamedNode::new_unchecked(measure)
        ));
        assert!(has(
            &quads,
            graph.as_str(),
            prov::WAS_DERIVED_FROM,
            file.clone()
        ));
        assert!(has(&quads, measure, prov::WAS_DERIVED_FROM, file.clone()));
        assert!(has(
            &quads,
            graph.as_str(),
            prov::QUALIFIED_DERIVATION,
            derivation.clone()
        ));
        assert!(has(
            &quads,
            derivation.as_str(),
            prov::ENTITY_PROPERTY,
            file
        ));
        assert!(has(
            &quads,
            derivation.as_str(),
            vawkg::SOURCE_FILE_PATH,
            plain("dev/CA-2012.txt")
        ));
        assert!(has(
            &quads,
            derivation.as_str(),
            vawkg::FIRST_LINE,
            integer(1)
        ));
        assert!(has(
            &quads,
            derivation.as_str(),
            vawkg::LAST_LINE,
            integer(31)
        ));
        // Moldova: the ISO name is the label, the header name an alternative label.
        let moldova = moldova_quads(&base);
        let md = "https://w3id.org/vawkg/id/country/MD";
        assert!(has(
            &moldova,
            md,
            skos::PREF_LABEL,
            english("Moldova, Republic of")
        ));
        assert!(has(
            &moldova,
            md,
            skos::ALT_LABEL,
            english("Republic of Moldova")
        ));
        let denmark = denmark_quads(&base);
        assert!(has(
            &denmark,
            "https://w3id.org/vawkg/id/country/DK",
            vawkg::REGION,
            english("Europe")
        ));
    }

    #[test]
    fn entities_become_shared_nodes() {
        let base = BaseIri::default();
        let quads = canada_quads(&base);
        let measure = mint::measure(&base, &mint::record_id(&canada()));
        let rcmp = "https://w3id.org/vawkg/id/agency/ca/royal-canadian-mounted-police";
        assert!(has(
            &quads,
            measure.as_str(),
            vawkg::AGENCY_PROPERTY,
            NamedNode::new_unchecked(rcmp)
        ));
        for class in [
            org::ORGANIZATION,
            vawkg::AGENCY,
            vawkg::POLICE_SERVICE,
            vawkg::PUBLIC_BODY,
        ] {
            assert!(has(&quads, rcmp, rdf::TYPE, class), "{class}");
        }
        assert!(has(
            &quads,
            rcmp,
            skos::PREF_LABEL,
            plain("Royal Canadian Mounted Police")
        ));
        assert!(has(&quads, rcmp, skos::ALT_LABEL, plain("RCMP")));
        assert!(has(
            &quads,
            rcmp,
            vawkg::COUNTRY_PROPERTY,
            NamedNode::new_unchecked("https://w3id.org/vawkg/id/country/CA")
        ));
        for pillar in concept::PILLARS {
            assert!(has(
                &quads,
                measure.as_str(),
                vawkg::PILLAR_PROPERTY,
                pillar
            ));
        }
        let amount = mint::amount(measure.as_ref(), 1);
        assert!(has(
            &quads,
            measure.as_str(),
            vawkg::FUNDING,
            amount.clone()
        ));
        assert!(has(
            &quads,
            amount.as_str(),
            rdf::TYPE,
            schema::MONETARY_AMOUNT
        ));
        assert!(has(
            &quads,
            amount.as_str(),
            schema::VALUE,
            Literal::new_typed_literal("6000000.0", xsd::DECIMAL)
        ));
        assert!(has(&quads, amount.as_str(), schema::CURRENCY, plain("CAD")));
        assert!(has(&quads, amount.as_str(), vawkg::PERIOD, vawkg::ANNUAL));
        let evidence = mint::evidence(measure.as_ref(), 1);
        assert!(has(
            &quads,
            evidence.as_str(),
            vawkg::SUPPORTS,
            NamedNode::new_unchecked("https://w3id.org/vawkg/id/agency/ca/government-of-canada")
        ));
        assert!(has(
            &quads,
            evidence.as_str(),
            vawkg::START_OFFSET,
            integer(4)
        ));
        let protocol = "https://w3id.org/vawkg/id/instrument/int/trafficking-protocol";
        assert!(has(
            &quads,
            measure.as_str(),
            vawkg::INSTRUMENT_PROPERTY,
            NamedNode::new_unchecked(protocol)
        ));
        assert!(
            !quads
                .iter()
                .any(|quad| quad.subject.to_string() == format!("<{protocol}>")
                    && quad.predicate == vawkg::COUNTRY_PROPERTY)
        );
        let plan = "https://w3id.org/vawkg/id/instrument/ca/national-action-plan-to-combat-human-trafficking";
        assert!(has(&quads, plan, rdf::TYPE, vawkg::PLAN));
        let source = mint::source(
            &base,
            "Government of Canada, National Review on Beijing+20, 2014, page 22",
        );
        assert!(has(
            &quads,
            measure.as_str(),
            dcterms::SOURCE,
            source.clone()
        ));
        assert!(has(
            &quads,
            source.as_str(),
            rdf::TYPE,
            dcterms::BIBLIOGRAPHIC_RESOURCE
        ));
        assert!(has(
            &quads,
            source.as_str(),
            dcterms::ISSUED,
            Literal::new_typed_literal("2014", xsd::G_YEAR)
        ));
        assert!(has(&quads, source.as_str(), vawkg::LOCATOR, plain("22")));
        assert!(has(
            &quads,
            source.as_str(),
            dcterms::PUBLISHER,
            NamedNode::new_unchecked("https://w3id.org/vawkg/id/agency/ca/government-of-canada")
        ));
        // Without entities, the first paragraph of the Source of Information is the citation.
        let bare = record_quads(&canada(), &Provenance::new("a.txt", 1, 2), &base);
        assert!(has(
            &bare,
            source.as_str(),
            dcterms::BIBLIOGRAPHIC_CITATION,
            plain("Government of Canada, National Review on Beijing+20, 2014, page 22")
        ));
        // International bodies are shared and carry no country.
        let moldova_graph = moldova_quads(&base);
        let unfpa = "https://w3id.org/vawkg/id/agency/int/united-nations-population-fund";
        assert!(has(
            &moldova_graph,
            unfpa,
            rdf::TYPE,
            vawkg::INTERNATIONAL_ORGANISATION
        ));
        assert!(
            !moldova_graph
                .iter()
                .any(|quad| quad.subject.to_string() == format!("<{unfpa}>")
                    && quad.predicate == vawkg::COUNTRY_PROPERTY)
        );
        // A value that is not finite is no amount.
        let md_measure = mint::measure(&base, &mint::record_id(&moldova()));
        assert!(!moldova_graph.iter().any(
            |quad| quad.subject == NamedOrBlankNode::from(mint::amount(md_measure.as_ref(), 2))
        ));
    }

    #[test]
    fn unseen_taxonomy_values_are_minted_into_the_record_graph() {
        let base = BaseIri::default();
        let quads = moldova_quads(&base);
        let men =
            "https://w3id.org/vawkg/concept/measure-type/prevention/working-with-men-and-boys";
        assert!(has(&quads, men, rdf::TYPE, skos::CONCEPT));
        assert!(has(
            &quads,
            men,
            skos::IN_SCHEME,
            concept::MEASURE_TYPE_SCHEME
        ));
        assert!(has(
            &quads,
            men,
            skos::PREF_LABEL,
            english("Prevention > Working with men and boys")
        ));
        assert!(has(
            &quads,
            men,
            skos::BROADER,
            NamedNode::new_unchecked("https://w3id.org/vawkg/concept/measure-type/prevention")
        ));
        // The known parent is not restated.
        assert!(!quads.iter().any(|quad| quad.subject.to_string()
            == "<https://w3id.org/vawkg/concept/measure-type/prevention>"));
        // An unseen top level is minted as a top concept, its children below it.
        let laws = "https://w3id.org/vawkg/concept/measure-type/laws";
        assert!(has(
            &quads,
            laws,
            skos::TOP_CONCEPT_OF,
            concept::MEASURE_TYPE_SCHEME
        ));
        assert!(has(
            &quads,
            &format!("{laws}/something-new/deeper"),
            skos::BROADER,
            NamedNode::new_unchecked(format!("{laws}/something-new"))
        ));
        let online = "https://w3id.org/vawkg/concept/form/online-violence";
        assert!(has(&quads, online, skos::IN_SCHEME, concept::FORM_SCHEME));
        assert!(has(
            &quads,
            online,
            skos::PREF_LABEL,
            english("Online violence")
        ));
        assert!(!quads.iter().any(|quad| quad.subject.to_string()
            == "<https://w3id.org/vawkg/concept/form/sexual-violence>"));
        // The measure gets the class of its known top level.
        let measure = mint::measure(&base, &mint::record_id(&moldova()));
        assert!(has(
            &quads,
            measure.as_str(),
            rdf::TYPE,
            vawkg::PREVENTION_MEASURE
        ));
        assert!(!quads.iter().any(
            |quad| quad.subject == NamedOrBlankNode::from(measure.clone())
                && quad.predicate == vawkg::START_YEAR
        ));
        // Denmark's three-level path is the two-level concept, a Legislation measure.
        let denmark_graph = denmark_quads(&base);
        let measure = mint::measure(&base, &mint::record_id(&denmark(Layout::DataSite)));
        assert!(has(
            &denmark_graph,
            measure.as_str(),
            rdf::TYPE,
            vawkg::LEGISLATION
        ));
        assert!(has(
            &denmark_graph,
            measure.as_str(),
            vawkg::MEASURE_TYPE,
            NamedNode::new_unchecked(
                "https://w3id.org/vawkg/concept/measure-type/violence-against-women/legislation"
            )
        ));
        assert!(has(
            &denmark_graph,
            measure.as_str(),
            dcterms::TITLE,
            english("Amendment to the Act of Social Service")
        ));
        assert!(has(
            &denmark_graph,
            measure.as_str(),
            rdfs::LABEL,
            english("Denmark 2004: Legislation")
        ));
    }

    #[test]
    fn provenance_lines_from_spans() {
        let text = "one\ntwo\nthree\n";
        assert_eq!(
            Provenance::from_span("f", text, &(0..4)),
            Provenance::new("f", 1, 1)
        );
        assert_eq!(
            Provenance::from_span("f", text, &(4..13)),
            Provenance::new("f", 2, 3)
        );
        assert_eq!(
            Provenance::from_span("f", text, &(4..14)),
            Provenance::new("f", 2, 3)
        );
        assert_eq!(
            Provenance::from_span("f", text, &(8..99)),
            Provenance::new("f", 3, 3)
        );
    }

    #[test]
    fn decimals_are_canonical() {
        let lexical = |value: f64| decimal(value).map(|literal| literal.value().to_owned());
        assert_eq!(lexical(6_000_000.0).as_deref(), Some("6000000.0"));
        assert_eq!(lexical(2_000_000_000.0).as_deref(), Some("2000000000.0"));
        assert_eq!(lexical(12_000_000_000.0).as_deref(), Some("12000000000.0"));
        assert_eq!(lexical(0.5).as_deref(), Some("0.5"));
        assert_eq!(lexical(-0.0).as_deref(), Some("0.0"));
        assert_eq!(lexical(f64::INFINITY), None);
    }

    // ---------------------------------------------------------------------------------------
    // Ontology
    // ---------------------------------------------------------------------------------------

    #[test]
    fn ontology_quads_parse_into_the_ontology_graph_without_blank_nodes() {
        let quads = ontology_quads().expect("the ontology parses");
        assert!(quads.len() > 300, "{} quads", quads.len());
        assert_no_blank_nodes(&quads);
        assert!(
            quads.iter().all(
                |quad| quad.graph_name == GraphName::from(concept::ONTOLOGY_GRAPH.into_owned())
            )
        );
        let shapes: Vec<Quad> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(SHAPES_TURTLE.as_bytes())
            .collect::<Result<_, _>>()
            .expect("the shapes parse");
        assert_no_blank_nodes(&shapes);
    }

    /// Every concept of the schemes has the IRI that minting its label gives, so that a
    /// record's value and the ontology's concept always meet.
    #[test]
    fn scheme_concepts_follow_the_slug_rule() {
        let quads = ontology_quads().unwrap();
        let mut checked = 0;
        for quad in &quads {
            if quad.predicate != skos::PREF_LABEL {
                continue;
            }
            let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
                continue;
            };
            let Term::Literal(label) = &quad.object else {
                continue;
            };
            let expected = if subject
                .as_str()
                .starts_with(concat!("https://w3id.org/vawkg/concept/measure-type", "/"))
            {
                let levels: Vec<&str> = label.value().split(" > ").collect();
                mint::measure_type_concept(&levels).unwrap()
            } else if subject
                .as_str()
                .starts_with("https://w3id.org/vawkg/concept/form/")
            {
                mint::form_concept(label.value())
            } else {
                continue;
            };
            assert_eq!(subject, &expected, "label {label}");
            checked += 1;
        }
        assert_eq!(checked, 38 + 8);
        // Every Type of Measure and Form of Violence value of TAXONOMY.md is known.
        for levels in [
            &["Laws", "Violence against women", "Legislation"][..],
            &["Prevention", "Awareness-raising /Campaigns"],
            &[
                "Coordinated and or Integrated service delivery",
                "Referral services",
            ],
            &["Work with public private sectors", "Military"],
            &["Regional Initiatives"],
        ] {
            assert!(
                is_known_concept(mint::measure_type_concept(levels).unwrap().as_str()),
                "{levels:?}"
            );
        }
        assert!(is_known_concept(
            mint::form_concept("Female Genital Mutilation/Cutting (FGM/C)").as_str()
        ));
    }

    #[test]
    fn measure_classes_agree_with_the_ontology() {
        let quads = ontology_quads().unwrap();
        let mut checked = 0;
        for quad in quads
            .iter()
            .filter(|quad| quad.predicate == vawkg::MEASURE_CLASS)
        {
            let label = quads
                .iter()
                .find(|other| other.subject == quad.subject && other.predicate == skos::PREF_LABEL)
                .map(|other| match &other.object {
                    Term::Literal(literal) => literal.value().to_owned(),
                    _ => unreachable!(),
                })
                .unwrap();
            let Term::NamedNode(class) = &quad.object else {
                panic!()
            };
            assert_eq!(
                measure_classes(&[label.as_str(), "Anything"]),
                vec![class.as_ref()],
                "{label}"
            );
            checked += 1;
        }
        assert_eq!(checked, 14);
        assert_eq!(
            measure_classes(&["Police", "Training"]),
            vec![vawkg::JUSTICE_SECTOR_MEASURE, vawkg::TRAINING]
        );
        assert!(measure_classes(&["Something unseen"]).is_empty());
    }

    // ---------------------------------------------------------------------------------------
    // Canned queries (queries/*.rq) on a store of the ontology and three records
    // ---------------------------------------------------------------------------------------

    /// The canned queries of `queries/`, read as the CLI reads them.
    fn canned_queries() -> Vec<CannedQuery> {
        let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        let canned = CannedQueries::from_dir(directory).unwrap();
        let mut queries: Vec<CannedQuery> = canned.iter().cloned().collect();
        queries.sort_by(|a, b| a.name.cmp(&b.name));
        queries
    }

    type Rows = Vec<BTreeMap<String, String>>;

    /// The rows of `query`: with its parameters bound to their defaults as the CLI binds them
    /// (`query::evaluate`), or with the parameters left as free variables.
    fn run(store: &Store, query: &CannedQuery, bind: bool) -> Rows {
        let results = if bind {
            crate::query::evaluate(store, query, &[])
                .unwrap_or_else(|error| panic!("{}: {error}", query.name))
        } else {
            let mut prepared = SparqlEvaluator::new()
                .parse_query(&query.text)
                .unwrap_or_else(|error| panic!("{}: {error}", query.name));
            prepared.dataset_mut().set_default_graph_as_union();
            prepared
                .on_store(store.as_oxigraph())
                .execute()
                .unwrap_or_else(|error| panic!("{}: {error}", query.name))
        };
        let QueryResults::Solutions(solutions) = results else {
            panic!("{} is not a SELECT query", query.name)
        };
        solutions
            .map(|solution| {
                let solution = solution.unwrap_or_else(|error| panic!("{}: {error}", query.name));
                solution
                    .iter()
                    .map(|(variable, term)| {
                        let text = match term {
                            Term::Literal(literal) => literal.value().to_owned(),
                            other => other.to_string().trim_matches(['<', '>']).to_owned(),
                        };
                        (variable.as_str().to_owned(), text)
                    })
                    .collect()
            })
            .collect()
    }

    /// Whether some row has every `(variable, value)` pair.
    /// Numbers compare by value (`6000000` matches `6000000.0`).
    fn has_row(rows: &Rows, pairs: &[(&str, &str)]) -> bool {
        let same = |found: &str, expected: &str| {
            found == expected
                || matches!((found.parse::<f64>(), expected.parse::<f64>()), (Ok(a), Ok(b)) if a == b)
        };
        rows.iter().any(|row| {
            pairs
                .iter()
                .all(|(variable, value)| row.get(*variable).is_some_and(|found| same(found, value)))
        })
    }

    fn test_store() -> Store {
        let base = BaseIri::default();
        let store = Store::in_memory().unwrap();
        let oxigraph = store.as_oxigraph();
        oxigraph.extend(ontology_quads().unwrap()).unwrap();
        for quads in [
            canada_quads(&base),
            moldova_quads(&base),
            denmark_quads(&base),
        ] {
            oxigraph.extend(quads).unwrap();
        }
        // The Denmark record read from its other layout lands in the same graph.
        let labelled = record_quads(
            &denmark(Layout::Labelled),
            &Provenance::new("dev/DK-2004.txt", 1, 12),
            &base,
        );
        oxigraph.extend(labelled).unwrap();
        store
    }

    #[test]
    fn every_canned_query_parses_runs_and_answers() {
        let store = test_store();
        let queries = canned_queries();
        assert!(queries.len() >= 12, "{} queries", queries.len());
        let mut names = BTreeSet::new();
        for query in &queries {
            assert!(
                query.text.starts_with("#+ summary: "),
                "{}: no summary header",
                query.name
            );
            assert!(
                names.insert(query.name[..2].to_owned()),
                "{}: number used twice",
                query.name
            );
            let unbound = run(&store, query, false);
            let bound = run(&store, query, true);
            assert!(
                !bound.is_empty(),
                "{}: no rows with the default parameters",
                query.name
            );
            assert!(
                unbound.len() >= bound.len(),
                "{}: binding a parameter added rows",
                query.name
            );
            check_answers(&query.name, &bound);
        }
    }

    fn check_answers(file: &str, rows: &Rows) {
        let ca = mint::record_id(&canada());
        let ca_measure = format!("https://w3id.org/vawkg/id/measure/{ca}");
        let check = match &file[..2] {
            "01" => {
                has_row(
                    rows,
                    &[
                        ("country", "CA"),
                        ("measure", &ca_measure),
                        ("startYear", "2012"),
                        (
                            "types",
                            "Policies > National action plan specific to violence against women",
                        ),
                        ("forms", "Trafficking"),
                    ],
                ) && rows.iter().all(|row| row["country"] == "CA")
            }
            "02" => {
                rows.len() == 1 && has_row(rows, &[("country", "CA"), ("formLabel", "Trafficking")])
            }
            "03" => {
                has_row(
                    rows,
                    &[
                        ("country", "CA"),
                        ("agencyName", "Royal Canadian Mounted Police"),
                        ("measures", "1"),
                    ],
                ) && has_row(rows, &[("country", "MD"), ("agencyName", "UNFPA")])
                    && rows.iter().all(|row| row["kind"] == vawkg::AGENCY.as_str())
            }
            "04" => {
                has_row(
                    rows,
                    &[
                        ("country", "CA"),
                        ("measures", "1"),
                        ("prevention", "1"),
                        ("protection", "1"),
                        ("prosecution", "1"),
                        ("partnership", "1"),
                    ],
                ) && has_row(
                    rows,
                    &[
                        ("country", "DK"),
                        ("measures", "1"),
                        ("protection", "1"),
                        ("prevention", "0"),
                    ],
                ) && has_row(rows, &[("country", "MD"), ("partnership", "1")])
            }
            "05" => {
                rows.len() == 1
                    && has_row(
                        rows,
                        &[
                            ("publisher", "Government of Canada"),
                            ("title", "National Review on Beijing+20"),
                            ("year", "2014"),
                            ("measure", &ca_measure),
                        ],
                    )
            }
            "06" => {
                rows.len() == 2
                    && has_row(rows, &[("year", "2004"), ("measures", "1")])
                    && has_row(
                        rows,
                        &[("year", "2012"), ("measures", "1"), ("countries", "1")],
                    )
            }
            "07" => {
                rows.len() == 1
                    && has_row(
                        rows,
                        &[("country", "DK"), ("laws", "1"), ("firstYear", "2004")],
                    )
            }
            "08" => {
                has_row(
                    rows,
                    &[
                        ("sourceLabel", "Government of Canada"),
                        ("targetLabel", "Royal Canadian Mounted Police"),
                        ("weight", "1"),
                    ],
                ) && rows.len() == 1 + 3
            }
            "09" => has_row(
                rows,
                &[
                    ("sourceLabel", "UNFPA"),
                    ("targetLabel", "Moldova, Republic of"),
                    ("weight", "1"),
                    ("sourceKind", "agency"),
                    ("targetKind", "country"),
                ],
            ),
            "10" => {
                has_row(
                    rows,
                    &[
                        ("sourceLabel", "Canada"),
                        ("targetLabel", "Moldova, Republic of"),
                        ("weight", "1"),
                        ("instruments", "Trafficking Protocol"),
                    ],
                ) && has_row(
                    rows,
                    &[
                        ("sourceLabel", "Denmark"),
                        ("targetLabel", "Moldova, Republic of"),
                        ("weight", "1"),
                    ],
                ) && rows.len() == 2
            }
            "11" => {
                has_row(
                    rows,
                    &[
                        ("country", "CA"),
                        ("currency", "CAD"),
                        ("amounts", "1"),
                        ("total", "6000000"),
                        ("annualTotal", "6000000"),
                    ],
                ) && has_row(
                    rows,
                    &[
                        ("country", "MD"),
                        ("currency", "EUR"),
                        ("total", "750000"),
                        ("annualTotal", "0"),
                    ],
                )
            }
            "12" => {
                has_row(
                    rows,
                    &[
                        (
                            "concept",
                            "https://w3id.org/vawkg/concept/measure-type/policies",
                        ),
                        ("directUses", "0"),
                        ("uses", "1"),
                    ],
                ) && has_row(
                    rows,
                    &[
                        (
                            "concept",
                            "https://w3id.org/vawkg/concept/measure-type/violence-against-women/legislation",
                        ),
                        ("directUses", "1"),
                        ("uses", "1"),
                    ],
                ) && has_row(
                    rows,
                    &[
                        (
                            "concept",
                            "https://w3id.org/vawkg/concept/measure-type/prevention/working-with-men-and-boys",
                        ),
                        (
                            "broader",
                            "https://w3id.org/vawkg/concept/measure-type/prevention",
                        ),
                    ],
                ) && has_row(
                    rows,
                    &[
                        (
                            "concept",
                            "https://w3id.org/vawkg/concept/measure-type/health",
                        ),
                        ("uses", "0"),
                    ],
                )
            }
            "13" => {
                rows.len() == 1
                    && has_row(
                        rows,
                        &[
                            ("country", "CA"),
                            ("file", "dev/CA-2012.txt"),
                            ("firstLine", "1"),
                            ("lastLine", "31"),
                        ],
                    )
            }
            "14" => {
                has_row(
                    rows,
                    &[
                        (
                            "concept",
                            "https://w3id.org/vawkg/concept/form/online-violence",
                        ),
                        ("measures", "1"),
                    ],
                ) && has_row(rows, &[("label", "Laws > Something new > Deeper")])
                    && !has_row(
                        rows,
                        &[("concept", "https://w3id.org/vawkg/concept/form/trafficking")],
                    )
            }
            _ => true,
        };
        assert!(check, "{file}: unexpected answer:\n{rows:#?}");
    }

    #[test]
    fn the_same_measure_from_two_layouts_shares_one_graph() {
        let store = test_store();
        let base = BaseIri::default();
        let graph = mint::record_graph(&base, &mint::record_id(&denmark(Layout::Labelled)));
        let files: BTreeSet<String> = store
            .as_oxigraph()
            .quads_for_pattern(
                None,
                Some(vawkg::SOURCE_FILE_PATH),
                None,
                Some(GraphNameRef::NamedNode(graph.as_ref())),
            )
            .map(|quad| quad.unwrap().object.to_string())
            .collect();
        assert_eq!(files.len(), 2, "{files:?}");
    }
}
