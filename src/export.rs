//! RDF serialisations of the store (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML), the
//! prefix table, and the VoID + DCAT description of the dataset.
//!
//! It owns byte-for-byte determinism: every export sorts its statements in a canonical order,
//! declares only the prefixes it uses, and relabels blank nodes canonically (RDFC-1.0) when there
//! are any, so that two exports of the same graph are identical files. It does not open stores
//! (`store`) or evaluate SPARQL (`query`).
//!
//! Graph-only formats (Turtle, N-Triples, JSON-LD, RDF/XML) serialise the *union* of all graphs:
//! a triple held by several record graphs appears once. N-Quads and TriG keep the graphs.
//!
//! The dataset description ([`describe_dataset`]) is not part of an export unless asked for with
//! [`export_with_description`] (the CLI's `--with-void`), in every format alike: so an export is
//! by default exactly the store's content, and Turtle and N-Triples exports count the same triples.
//!
//! ```
//! use oxigraph::model::{NamedNode, Triple};
//! use vawkg::export::{ExportFormat, export};
//! use vawkg::store::Store;
//!
//! let store = Store::in_memory()?;
//! let record = NamedNode::new("https://w3id.org/vawkg/id/record/ca-2012")?;
//! let class = NamedNode::new("https://w3id.org/vawkg/ns#Record")?;
//! store.replace_graph(
//!     record.as_ref(),
//!     &[Triple::new(record.clone(), oxigraph::model::vocab::rdf::TYPE, class)],
//! )?;
//! let turtle = export(&store, ExportFormat::Turtle, Vec::new())?;
//! assert_eq!(
//!     String::from_utf8(turtle)?,
//!     "@prefix record: <https://w3id.org/vawkg/id/record/> .\n\
//!      @prefix vawkg: <https://w3id.org/vawkg/ns#> .\n\
//!      \n\
//!      record:ca-2012\n    a vawkg:Record .\n"
//! );
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use crate::store::{DESCRIPTION_GRAPH, Store, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{
    BlankNode, Dataset, GraphName, GraphNameRef, Literal, LiteralRef, NamedNode, NamedNodeRef,
    NamedOrBlankNode, NamedOrBlankNodeRef, Quad, Term, TermRef, Triple,
};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::io::{self, BufWriter, Write};
use std::str::FromStr;

/// The base of every IRI minted for data (records, agencies, countries…).
pub const DATA_BASE_IRI: &str = "https://w3id.org/vawkg/id/";

/// The base of the SKOS concepts of the vawkg schemes (forms of violence, measure types, pillars).
pub const CONCEPT_BASE_IRI: &str = "https://w3id.org/vawkg/concept/";

/// The vawkg ontology namespace.
pub const VAWKG_NAMESPACE: &str = "https://w3id.org/vawkg/ns#";

/// The IRI of the dataset in its VoID/DCAT description.
pub const DATASET_IRI: &str = "https://w3id.org/vawkg/id/dataset";

/// The fixed prefix table, `(name, namespace)`. Exports declare only those they use. Data
/// prefixes are added per export from the IRIs under [`DATA_BASE_IRI`] (see [`Prefixes`]).
pub const FIXED_PREFIXES: &[(&str, &str)] = &[
    ("concept", CONCEPT_BASE_IRI),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("id", DATA_BASE_IRI),
    ("org", "http://www.w3.org/ns/org#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("schema", "http://schema.org/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("time", "http://www.w3.org/2006/time#"),
    ("vann", "http://purl.org/vocab/vann/"),
    ("vawkg", VAWKG_NAMESPACE),
    ("void", "http://rdfs.org/ns/void#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// Names a derived data prefix may not take (IRI schemes, which JSON-LD would confuse).
const FORBIDDEN_PREFIX_NAMES: &[&str] = &["http", "https", "urn", "file", "mailto", "_"];

/// Errors of the export module.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing the output failed (or RDF/XML could not express an IRI).
    #[error("cannot write the export: {0}")]
    Io(#[from] io::Error),
    /// The format name is not one of [`ExportFormat::NAMES`].
    #[error("unknown export format `{0}`; expected one of: ttl, nt, nq, trig, jsonld, rdfxml")]
    UnknownFormat(String),
    /// JSON-LD serialisation failed.
    #[error("cannot write JSON-LD: {0}")]
    Json(#[from] serde_json::Error),
}

/// An RDF serialisation that [`export`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// Turtle: the union graph, grouped by subject, sorted, used prefixes only.
    Turtle,
    /// N-Triples: the union graph, sorted lines.
    NTriples,
    /// N-Quads: every graph, sorted lines.
    NQuads,
    /// TriG: every graph, grouped by graph then subject.
    TriG,
    /// JSON-LD: the union graph as `@context` (used prefixes) + `@graph` of node objects.
    JsonLd,
    /// RDF/XML: the union graph.
    RdfXml,
}

impl ExportFormat {
    /// Every format, in the order of [`ExportFormat::NAMES`].
    pub const ALL: [Self; 6] = [
        Self::Turtle,
        Self::NTriples,
        Self::NQuads,
        Self::TriG,
        Self::JsonLd,
        Self::RdfXml,
    ];

    /// The short names accepted by [`ExportFormat::from_str`].
    pub const NAMES: [&'static str; 6] = ["ttl", "nt", "nq", "trig", "jsonld", "rdfxml"];

    /// The short name (`ttl`, `nt`, …), also the usual file extension except `rdfxml` (`rdf`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Turtle => "ttl",
            Self::NTriples => "nt",
            Self::NQuads => "nq",
            Self::TriG => "trig",
            Self::JsonLd => "jsonld",
            Self::RdfXml => "rdfxml",
        }
    }

    /// The usual file extension.
    pub fn file_extension(self) -> &'static str {
        match self {
            Self::RdfXml => "rdf",
            other => other.name(),
        }
    }

    /// The IANA media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Turtle => "text/turtle",
            Self::NTriples => "application/n-triples",
            Self::NQuads => "application/n-quads",
            Self::TriG => "application/trig",
            Self::JsonLd => "application/ld+json",
            Self::RdfXml => "application/rdf+xml",
        }
    }

    /// Whether the format keeps named graphs (N-Quads, TriG); the others write the union graph.
    pub fn keeps_graphs(self) -> bool {
        matches!(self, Self::NQuads | Self::TriG)
    }

    /// The matching Oxigraph parser format (to read an export back).
    pub fn rdf_format(self) -> RdfFormat {
        match self {
            Self::Turtle => RdfFormat::Turtle,
            Self::NTriples => RdfFormat::NTriples,
            Self::NQuads => RdfFormat::NQuads,
            Self::TriG => RdfFormat::TriG,
            Self::JsonLd => RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            Self::RdfXml => RdfFormat::RdfXml,
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ExportFormat {
    type Err = ExportError;

    /// Accepts the short names and a few common aliases (`turtle`, `ntriples`, `json-ld`, `xml`…).
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Ok(match name.to_ascii_lowercase().as_str() {
            "ttl" | "turtle" => Self::Turtle,
            "nt" | "ntriples" | "n-triples" => Self::NTriples,
            "nq" | "nquads" | "n-quads" => Self::NQuads,
            "trig" => Self::TriG,
            "jsonld" | "json-ld" => Self::JsonLd,
            "rdfxml" | "rdf" | "xml" | "rdf/xml" | "owl" => Self::RdfXml,
            _ => return Err(ExportError::UnknownFormat(name.to_owned())),
        })
    }
}

/// Writes the whole store in `format`. Returns the writer.
pub fn export<W: Write>(store: &Store, format: ExportFormat, writer: W) -> Result<W, ExportError> {
    let quads = store.quads().collect::<Result<Vec<_>, _>>()?;
    write_quads(quads, format, writer)
}

/// Writes the whole store plus its VoID/DCAT description (in [`DESCRIPTION_GRAPH`]).
pub fn export_with_description<W: Write>(
    store: &Store,
    format: ExportFormat,
    description: &DatasetDescription,
    writer: W,
) -> Result<W, ExportError> {
    let mut quads = store.quads().collect::<Result<Vec<_>, _>>()?;
    quads.extend(describe_quads(&quads, description));
    write_quads(quads, format, writer)
}

/// Writes `quads` in `format`, canonically: sorted, duplicates removed, used prefixes only,
/// blank nodes relabelled canonically. Graph-only formats write the union of the graphs.
pub fn write_quads<W: Write>(
    quads: Vec<Quad>,
    format: ExportFormat,
    writer: W,
) -> Result<W, ExportError> {
    let quads = canonicalize_blank_nodes(quads);
    let mut out = BufWriter::new(writer);
    if format.keeps_graphs() {
        let mut quads = quads;
        quads.sort_by(compare_quads);
        quads.dedup();
        match format {
            ExportFormat::NQuads => {
                write_sorted_lines(quads.iter().map(|quad| quad.to_string()), &mut out)?
            }
            _ => write_trig(&quads, &mut out)?,
        }
    } else {
        let triples = union_triples(quads);
        write_sorted_triples(&triples, format, &mut out)?;
    }
    out.into_inner()
        .map_err(|error| ExportError::Io(error.into_error()))
}

/// Writes `triples` (e.g. the result of a CONSTRUCT query) in `format`, canonically. N-Quads and
/// TriG put them in the default graph.
pub fn write_triples<W: Write>(
    triples: Vec<Triple>,
    format: ExportFormat,
    writer: W,
) -> Result<W, ExportError> {
    write_quads(
        triples
            .into_iter()
            .map(|triple| triple.in_graph(GraphName::DefaultGraph))
            .collect(),
        format,
        writer,
    )
}

fn union_triples(quads: Vec<Quad>) -> Vec<Triple> {
    let mut triples = quads.into_iter().map(Triple::from).collect::<Vec<_>>();
    triples.sort_by(compare_triples);
    triples.dedup();
    triples
}

fn write_sorted_triples(
    triples: &[Triple],
    format: ExportFormat,
    out: &mut impl Write,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::Turtle => {
            let prefixes = Prefixes::for_triples(triples);
            let used = prefixes.used_by(
                triples
                    .iter()
                    .map(|triple| triple.as_ref().in_graph(GraphNameRef::DefaultGraph)),
            );
            write_prefix_lines(&used, out)?;
            write_turtle_subjects(triples, &prefixes, "", out)?;
        }
        ExportFormat::NTriples => {
            write_sorted_lines(triples.iter().map(|triple| triple.to_string()), out)?;
        }
        ExportFormat::JsonLd => write_json_ld(triples, out)?,
        ExportFormat::RdfXml => {
            let prefixes = Prefixes::for_triples(triples);
            let used = prefixes.used_by(
                triples
                    .iter()
                    .map(|triple| triple.as_ref().in_graph(GraphNameRef::DefaultGraph)),
            );
            let mut serializer = RdfSerializer::from_format(RdfFormat::RdfXml);
            for (name, namespace) in &used {
                serializer = serializer
                    .with_prefix(name.as_str(), namespace.as_str())
                    .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, error))?;
            }
            let mut serializer = serializer.for_writer(&mut *out);
            for triple in triples {
                serializer.serialize_triple(triple)?;
            }
            serializer.finish()?;
        }
        ExportFormat::NQuads | ExportFormat::TriG => {
            unreachable!("graph formats are handled by write_quads")
        }
    }
    Ok(())
}

fn write_sorted_lines(lines: impl Iterator<Item = String>, out: &mut impl Write) -> io::Result<()> {
    let mut lines = lines.collect::<Vec<_>>();
    lines.sort_unstable();
    lines.dedup();
    for line in lines {
        out.write_all(line.as_bytes())?;
        out.write_all(b" .\n")?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Canonical order

fn term_rank(term: TermRef<'_>) -> u8 {
    match term {
        TermRef::NamedNode(_) => 0,
        TermRef::BlankNode(_) => 1,
        TermRef::Literal(_) => 2,
        #[allow(unreachable_patterns)]
        _ => 3,
    }
}

/// The canonical order of terms: IRIs, then blank nodes, then literals; IRIs and blank nodes by
/// their string; literals by value, then datatype, then language.
pub fn compare_terms(a: TermRef<'_>, b: TermRef<'_>) -> Ordering {
    match (a, b) {
        (TermRef::NamedNode(a), TermRef::NamedNode(b)) => a.as_str().cmp(b.as_str()),
        (TermRef::BlankNode(a), TermRef::BlankNode(b)) => a.as_str().cmp(b.as_str()),
        (TermRef::Literal(a), TermRef::Literal(b)) => a
            .value()
            .cmp(b.value())
            .then_with(|| a.datatype().as_str().cmp(b.datatype().as_str()))
            .then_with(|| a.language().cmp(&b.language())),
        (a, b) => term_rank(a)
            .cmp(&term_rank(b))
            .then_with(|| a.to_string().cmp(&b.to_string())),
    }
}

fn compare_subjects(a: NamedOrBlankNodeRef<'_>, b: NamedOrBlankNodeRef<'_>) -> Ordering {
    compare_terms(a.into(), b.into())
}

/// `rdf:type` first, then by IRI.
fn compare_predicates(a: NamedNodeRef<'_>, b: NamedNodeRef<'_>) -> Ordering {
    (a != rdf::TYPE)
        .cmp(&(b != rdf::TYPE))
        .then_with(|| a.as_str().cmp(b.as_str()))
}

/// The canonical order of triples: subject, then predicate (`rdf:type` first), then object.
pub fn compare_triples(a: &Triple, b: &Triple) -> Ordering {
    compare_subjects(a.subject.as_ref(), b.subject.as_ref())
        .then_with(|| compare_predicates(a.predicate.as_ref(), b.predicate.as_ref()))
        .then_with(|| compare_terms(a.object.as_ref(), b.object.as_ref()))
}

fn compare_graph_names(a: GraphNameRef<'_>, b: GraphNameRef<'_>) -> Ordering {
    match (a, b) {
        (GraphNameRef::DefaultGraph, GraphNameRef::DefaultGraph) => Ordering::Equal,
        (GraphNameRef::DefaultGraph, _) => Ordering::Less,
        (_, GraphNameRef::DefaultGraph) => Ordering::Greater,
        (GraphNameRef::NamedNode(a), GraphNameRef::NamedNode(b)) => a.as_str().cmp(b.as_str()),
        (GraphNameRef::BlankNode(a), GraphNameRef::BlankNode(b)) => a.as_str().cmp(b.as_str()),
        (GraphNameRef::NamedNode(_), _) => Ordering::Less,
        (_, GraphNameRef::NamedNode(_)) => Ordering::Greater,
    }
}

/// The canonical order of quads: the default graph first, then graphs by name, then triples.
pub fn compare_quads(a: &Quad, b: &Quad) -> Ordering {
    compare_graph_names(a.graph_name.as_ref(), b.graph_name.as_ref())
        .then_with(|| compare_subjects(a.subject.as_ref(), b.subject.as_ref()))
        .then_with(|| compare_predicates(a.predicate.as_ref(), b.predicate.as_ref()))
        .then_with(|| compare_terms(a.object.as_ref(), b.object.as_ref()))
}

/// Relabels blank nodes with their RDFC-1.0 canonical labels (only if there are any), so that
/// exports do not depend on the random labels a load gave them.
fn canonicalize_blank_nodes(quads: Vec<Quad>) -> Vec<Quad> {
    let has_blank_nodes = quads.iter().any(|quad| {
        quad.subject.is_blank_node()
            || quad.object.is_blank_node()
            || quad.graph_name.is_blank_node()
    });
    if !has_blank_nodes {
        return quads;
    }
    let dataset = quads.iter().collect::<Dataset>();
    let mapping = dataset.canonicalize_blank_nodes(CanonicalizationAlgorithm::Rdfc10 {
        hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
    });
    let mapping = mapping
        .into_iter()
        .map(|(from, to)| (from.as_str().to_owned(), to))
        .collect::<HashMap<String, BlankNode>>();
    let relabel = |node: &BlankNode| {
        mapping
            .get(node.as_str())
            .cloned()
            .unwrap_or_else(|| node.clone())
    };
    quads
        .into_iter()
        .map(|mut quad| {
            if let NamedOrBlankNode::BlankNode(node) = &quad.subject {
                quad.subject = relabel(node).into();
            }
            if let Term::BlankNode(node) = &quad.object {
                quad.object = relabel(node).into();
            }
            if let GraphName::BlankNode(node) = &quad.graph_name {
                quad.graph_name = relabel(node).into();
            }
            quad
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Prefixes

/// Candidate prefixes for one export: [`FIXED_PREFIXES`] plus data prefixes derived from the
/// IRIs under [`DATA_BASE_IRI`] and [`CONCEPT_BASE_IRI`], one per first path segment:
/// `https://w3id.org/vawkg/id/measure/x` gives `measure: <https://w3id.org/vawkg/id/measure/>`
/// and `https://w3id.org/vawkg/concept/form/y` gives `form: <https://w3id.org/vawkg/concept/form/>`
/// (a name already taken gets `-id` or `-concept` appended). IRIs deeper than one segment
/// (`…/id/agency/ca/rcmp`) are written in full. An IRI is abbreviated with the longest
/// matching namespace whose local part is a plain name (ASCII letters, digits, `_`, `-`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefixes {
    /// `(name, namespace)`, longest namespace first.
    by_length: Vec<(String, String)>,
}

impl Default for Prefixes {
    fn default() -> Self {
        Self::with_data_prefixes(std::iter::empty())
    }
}

impl Prefixes {
    /// The fixed prefixes plus the data prefixes the given IRIs call for.
    pub fn with_data_prefixes<'a>(iris: impl IntoIterator<Item = &'a str>) -> Self {
        let mut entries = FIXED_PREFIXES
            .iter()
            .map(|(name, namespace)| ((*name).to_owned(), (*namespace).to_owned()))
            .collect::<Vec<_>>();
        let mut segments = BTreeSet::new();
        for iri in iris {
            for base in [DATA_BASE_IRI, CONCEPT_BASE_IRI] {
                if let Some(segment) = data_segment(base, iri) {
                    segments.insert((base, segment));
                }
            }
        }
        // Data segments first, so that a concept segment of the same name yields.
        let mut ordered = segments.into_iter().collect::<Vec<_>>();
        ordered.sort_by_key(|(base, segment)| (*base != DATA_BASE_IRI, *segment));
        for (base, segment) in ordered {
            let taken = |name: &str| entries.iter().any(|(known, _)| known == name);
            let name = if !taken(segment) {
                segment.to_owned()
            } else if base == DATA_BASE_IRI {
                format!("{segment}-id")
            } else {
                format!("{segment}-concept")
            };
            entries.push((name, format!("{base}{segment}/")));
        }
        entries.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
        Self { by_length: entries }
    }

    fn for_triples(triples: &[Triple]) -> Self {
        Self::with_data_prefixes(triples.iter().flat_map(|triple| {
            let subject = match &triple.subject {
                NamedOrBlankNode::NamedNode(node) => Some(node.as_str()),
                NamedOrBlankNode::BlankNode(_) => None,
            };
            let object = match &triple.object {
                Term::NamedNode(node) => Some(node.as_str()),
                _ => None,
            };
            subject.into_iter().chain(object)
        }))
    }

    fn for_quads(quads: &[Quad]) -> Self {
        Self::with_data_prefixes(quads.iter().flat_map(|quad| {
            let subject = match &quad.subject {
                NamedOrBlankNode::NamedNode(node) => Some(node.as_str()),
                NamedOrBlankNode::BlankNode(_) => None,
            };
            let object = match &quad.object {
                Term::NamedNode(node) => Some(node.as_str()),
                _ => None,
            };
            let graph = match &quad.graph_name {
                GraphName::NamedNode(node) => Some(node.as_str()),
                _ => None,
            };
            subject.into_iter().chain(object).chain(graph)
        }))
    }

    /// `(prefix name, local name)` for `iri`, if some prefix abbreviates it.
    pub fn split<'a>(&self, iri: &'a str) -> Option<(&str, &'a str)> {
        self.by_length.iter().find_map(|(name, namespace)| {
            let local = iri.strip_prefix(namespace.as_str())?;
            is_plain_local_name(local).then_some((name.as_str(), local))
        })
    }

    /// `prefix:local` for `iri`, if some prefix abbreviates it.
    pub fn compact(&self, iri: &str) -> Option<String> {
        self.split(iri)
            .map(|(name, local)| format!("{name}:{local}"))
    }

    /// All candidate `(name, namespace)` pairs, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        let mut pairs = self
            .by_length
            .iter()
            .map(|(name, namespace)| (name.as_str(), namespace.as_str()))
            .collect::<Vec<_>>();
        pairs.sort();
        pairs.into_iter()
    }

    /// The prefixes that abbreviate at least one IRI of `quads`, sorted by name.
    fn used_by<'a>(
        &self,
        quads: impl Iterator<Item = oxigraph::model::QuadRef<'a>>,
    ) -> BTreeMap<String, String> {
        let mut used = HashSet::new();
        let mut note = |iri: &str| {
            if let Some((name, _)) = self.split(iri) {
                used.insert(name.to_owned());
            }
        };
        for quad in quads {
            if let NamedOrBlankNodeRef::NamedNode(node) = quad.subject {
                note(node.as_str());
            }
            // `rdf:type` is written `a` (Turtle, TriG) or `@type` (JSON-LD).
            if quad.predicate != rdf::TYPE {
                note(quad.predicate.as_str());
            }
            match quad.object {
                TermRef::NamedNode(node) => note(node.as_str()),
                TermRef::Literal(literal)
                    if !is_inline_literal(literal) && !is_plain_string(literal) =>
                {
                    note(literal.datatype().as_str());
                }
                _ => {}
            }
            if let GraphNameRef::NamedNode(node) = quad.graph_name {
                note(node.as_str());
            }
        }
        self.by_length
            .iter()
            .filter(|(name, _)| used.contains(name))
            .map(|(name, namespace)| (name.clone(), namespace.clone()))
            .collect()
    }
}

/// The first path segment of an IRI under `base` if it can name a prefix.
fn data_segment<'a>(base: &str, iri: &'a str) -> Option<&'a str> {
    let rest = iri.strip_prefix(base)?;
    let (segment, _) = rest.split_once('/')?;
    let mut chars = segment.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !segment.ends_with('-')
        && !FORBIDDEN_PREFIX_NAMES.contains(&segment);
    valid.then_some(segment)
}

/// A local name every Turtle, JSON-LD and RDF/XML reader accepts without escapes.
fn is_plain_local_name(local: &str) -> bool {
    let mut chars = local.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn write_prefix_lines(used: &BTreeMap<String, String>, out: &mut impl Write) -> io::Result<()> {
    for (name, namespace) in used {
        writeln!(out, "@prefix {name}: <{namespace}> .")?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Turtle and TriG

fn is_plain_string(literal: LiteralRef<'_>) -> bool {
    literal.datatype() == xsd::STRING || literal.language().is_some()
}

/// Integers (`-?[0-9]+`) and booleans are written bare; they read back with the same lexical form.
fn is_inline_literal(literal: LiteralRef<'_>) -> bool {
    let value = literal.value();
    match literal.datatype() {
        xsd::BOOLEAN => value == "true" || value == "false",
        xsd::INTEGER => {
            let digits = value.strip_prefix('-').unwrap_or(value);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

fn turtle_iri(iri: NamedNodeRef<'_>, prefixes: &Prefixes) -> String {
    match prefixes.split(iri.as_str()) {
        Some((name, local)) => format!("{name}:{local}"),
        None => iri.to_string(),
    }
}

/// A term in Turtle syntax with the given prefixes.
fn turtle_term(term: TermRef<'_>, prefixes: &Prefixes) -> String {
    match term {
        TermRef::NamedNode(node) => turtle_iri(node, prefixes),
        TermRef::Literal(literal) if is_plain_string(literal) => literal.to_string(),
        TermRef::Literal(literal) if is_inline_literal(literal) => literal.value().to_owned(),
        TermRef::Literal(literal) => format!(
            "{}^^{}",
            LiteralRef::new_simple_literal(literal.value()),
            turtle_iri(literal.datatype(), prefixes)
        ),
        other => other.to_string(),
    }
}

/// Writes sorted triples grouped by subject: the subject on its own line, one predicate per
/// line, several objects of a predicate on following lines; a blank line before each subject.
fn write_turtle_subjects(
    triples: &[Triple],
    prefixes: &Prefixes,
    indent: &str,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut index = 0;
    while index < triples.len() {
        let subject = &triples[index].subject;
        let end = index
            + triples[index..]
                .iter()
                .take_while(|triple| triple.subject == *subject)
                .count();
        writeln!(out)?;
        writeln!(
            out,
            "{indent}{}",
            turtle_term(subject.as_ref().into(), prefixes)
        )?;
        let mut previous_predicate: Option<&NamedNode> = None;
        for triple in &triples[index..end] {
            let object = turtle_term(triple.object.as_ref(), prefixes);
            if previous_predicate == Some(&triple.predicate) {
                write!(out, " ,\n{indent}        {object}")?;
            } else {
                if previous_predicate.is_some() {
                    writeln!(out, " ;")?;
                }
                let predicate = if triple.predicate == rdf::TYPE {
                    "a".to_owned()
                } else {
                    turtle_iri(triple.predicate.as_ref(), prefixes)
                };
                write!(out, "{indent}    {predicate} {object}")?;
                previous_predicate = Some(&triple.predicate);
            }
        }
        writeln!(out, " .")?;
        index = end;
    }
    Ok(())
}

/// TriG: the default graph's triples first (outside braces), then each named graph sorted by
/// name, each subject block inside indented.
fn write_trig(quads: &[Quad], out: &mut impl Write) -> io::Result<()> {
    let prefixes = Prefixes::for_quads(quads);
    let used = prefixes.used_by(quads.iter().map(Quad::as_ref));
    write_prefix_lines(&used, out)?;
    let mut index = 0;
    while index < quads.len() {
        let graph = &quads[index].graph_name;
        let end = index
            + quads[index..]
                .iter()
                .take_while(|quad| quad.graph_name == *graph)
                .count();
        let triples = quads[index..end]
            .iter()
            .map(|quad| Triple::from(quad.clone()))
            .collect::<Vec<_>>();
        match graph {
            GraphName::DefaultGraph => write_turtle_subjects(&triples, &prefixes, "", out)?,
            GraphName::NamedNode(node) => {
                writeln!(out)?;
                writeln!(out, "{} {{", turtle_iri(node.as_ref(), &prefixes))?;
                write_turtle_subjects(&triples, &prefixes, "    ", out)?;
                writeln!(out, "}}")?;
            }
            GraphName::BlankNode(node) => {
                writeln!(out)?;
                writeln!(out, "{node} {{")?;
                write_turtle_subjects(&triples, &prefixes, "    ", out)?;
                writeln!(out, "}}")?;
            }
        }
        index = end;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

fn json_ld_iri(iri: &str, prefixes: &Prefixes) -> String {
    prefixes.compact(iri).unwrap_or_else(|| iri.to_owned())
}

fn json_ld_node_id(node: NamedOrBlankNodeRef<'_>, prefixes: &Prefixes) -> String {
    match node {
        NamedOrBlankNodeRef::NamedNode(node) => json_ld_iri(node.as_str(), prefixes),
        NamedOrBlankNodeRef::BlankNode(node) => node.to_string(),
    }
}

fn json_ld_value(term: TermRef<'_>, prefixes: &Prefixes) -> serde_json::Value {
    use serde_json::{Map, Value};
    let mut object = Map::new();
    match term {
        TermRef::NamedNode(node) => {
            object.insert(
                "@id".into(),
                Value::String(json_ld_iri(node.as_str(), prefixes)),
            );
        }
        TermRef::BlankNode(node) => {
            object.insert("@id".into(), Value::String(node.to_string()));
        }
        TermRef::Literal(literal) => {
            object.insert("@value".into(), Value::String(literal.value().to_owned()));
            if let Some(language) = literal.language() {
                object.insert("@language".into(), Value::String(language.to_owned()));
            } else if literal.datatype() != xsd::STRING {
                object.insert(
                    "@type".into(),
                    Value::String(json_ld_iri(literal.datatype().as_str(), prefixes)),
                );
            }
        }
        #[allow(unreachable_patterns)]
        other => {
            object.insert("@value".into(), Value::String(other.to_string()));
        }
    }
    Value::Object(object)
}

/// `{"@context": {used prefixes}, "@graph": [node objects sorted by @id]}`; `rdf:type` with IRI
/// objects becomes `@type`; every value is an expanded value object, so literals keep their exact
/// lexical form and datatype.
fn write_json_ld(triples: &[Triple], out: &mut impl Write) -> Result<(), ExportError> {
    use serde_json::{Map, Value};
    let prefixes = Prefixes::for_triples(triples);
    let used = prefixes.used_by(
        triples
            .iter()
            .map(|triple| triple.as_ref().in_graph(GraphNameRef::DefaultGraph)),
    );
    let context = used
        .into_iter()
        .map(|(name, namespace)| (name, Value::String(namespace)))
        .collect::<Map<_, _>>();
    let mut graph = Vec::new();
    let mut index = 0;
    while index < triples.len() {
        let subject = &triples[index].subject;
        let end = index
            + triples[index..]
                .iter()
                .take_while(|triple| triple.subject == *subject)
                .count();
        let mut node = Map::new();
        node.insert(
            "@id".into(),
            Value::String(json_ld_node_id(subject.as_ref(), &prefixes)),
        );
        let mut types = Vec::new();
        let mut properties: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for triple in &triples[index..end] {
            match (&triple.object, triple.predicate == rdf::TYPE) {
                (Term::NamedNode(class), true) => {
                    types.push(Value::String(json_ld_iri(class.as_str(), &prefixes)));
                }
                // `rdf:` is not declared for `rdf:type` (see `used_by`): use the full IRI.
                (_, true) => properties
                    .entry(rdf::TYPE.as_str().to_owned())
                    .or_default()
                    .push(json_ld_value(triple.object.as_ref(), &prefixes)),
                _ => properties
                    .entry(json_ld_iri(triple.predicate.as_str(), &prefixes))
                    .or_default()
                    .push(json_ld_value(triple.object.as_ref(), &prefixes)),
            }
        }
        if !types.is_empty() {
            node.insert("@type".into(), Value::Array(types));
        }
        for (key, values) in properties {
            node.insert(key, Value::Array(values));
        }
        graph.push(Value::Object(node));
        index = end;
    }
    let mut document = Map::new();
    document.insert("@context".into(), Value::Object(context));
    document.insert("@graph".into(), Value::Array(graph));
    serde_json::to_writer_pretty(&mut *out, &Value::Object(document))?;
    out.write_all(b"\n")?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// VoID + DCAT description

/// What [`describe_dataset`] says beyond the counts it computes. [`Default`] gives the vawkg
/// values; the licence is CC BY 4.0 (check it matches how the data is published).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetDescription {
    /// The dataset IRI ([`DATASET_IRI`] by default).
    pub dataset: NamedNode,
    /// `dcterms:title` (English).
    pub title: String,
    /// `dcterms:description` (English).
    pub description: String,
    /// `dcterms:license`.
    pub license: Option<NamedNode>,
    /// `dcterms:source`: where the records come from.
    pub source: Option<NamedNode>,
    /// `void:sparqlEndpoint`, if the graph is served.
    pub sparql_endpoint: Option<NamedNode>,
    /// Download URLs of dumps and their formats: `void:dataDump` + a `dcat:Distribution` each.
    pub data_dumps: Vec<(NamedNode, ExportFormat)>,
}

impl Default for DatasetDescription {
    fn default() -> Self {
        Self {
            dataset: NamedNode::new_unchecked(DATASET_IRI),
            title: "vawkg: the UN Women Global Database on Violence against Women as a knowledge graph".into(),
            description: "Records of government measures against violence against women (laws, policies, services, \
                          institutions, data collection), as linked data: one named graph per record."
                .into(),
            license: Some(NamedNode::new_unchecked("https://creativecommons.org/licenses/by/4.0/")),
            source: Some(NamedNode::new_unchecked("https://evaw-global-database.unwomen.org/")),
            sparql_endpoint: None,
            data_dumps: vec![
                (NamedNode::new_unchecked("https://w3id.org/vawkg/dump/vawkg.ttl"), ExportFormat::Turtle),
                (NamedNode::new_unchecked("https://w3id.org/vawkg/dump/vawkg.nq"), ExportFormat::NQuads),
            ],
        }
    }
}

/// The VoID + DCAT description of the store's content, as quads in [`DESCRIPTION_GRAPH`].
///
/// Counts (over the union of all graphs): `void:triples`, `void:entities` (distinct IRIs under
/// [`DATA_BASE_IRI`]), `void:distinctSubjects`, `void:distinctObjects`, `void:classes`,
/// `void:properties`, one `void:classPartition` per class with its `void:entities`, and the
/// vocabularies used (`void:vocabulary`, the namespaces of [`FIXED_PREFIXES`] used by
/// predicates and classes). No dates, so it is as deterministic as the content.
pub fn describe_dataset(
    store: &Store,
    description: &DatasetDescription,
) -> Result<Vec<Quad>, ExportError> {
    let quads = store.quads().collect::<Result<Vec<_>, _>>()?;
    Ok(describe_quads(&quads, description))
}

fn describe_quads(quads: &[Quad], description: &DatasetDescription) -> Vec<Quad> {
    const VOID: &str = "http://rdfs.org/ns/void#";
    const DCAT: &str = "http://www.w3.org/ns/dcat#";
    const DCTERMS: &str = "http://purl.org/dc/terms/";
    let iri =
        |namespace: &str, local: &str| NamedNode::new_unchecked(format!("{namespace}{local}"));
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(DESCRIPTION_GRAPH));
    let dataset = description.dataset.clone();

    let mut triples = quads
        .iter()
        .filter(|quad| {
            quad.graph_name.as_ref()
                != GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(DESCRIPTION_GRAPH))
        })
        .map(|quad| Triple::from(quad.clone()))
        .collect::<Vec<_>>();
    triples.sort_by(compare_triples);
    triples.dedup();

    let mut subjects = HashSet::new();
    let mut objects = HashSet::new();
    let mut entities = HashSet::new();
    let mut properties = BTreeSet::new();
    let mut class_instances: BTreeMap<&str, HashSet<&NamedOrBlankNode>> = BTreeMap::new();
    for triple in &triples {
        subjects.insert(&triple.subject);
        objects.insert(&triple.object);
        properties.insert(triple.predicate.as_str());
        if let NamedOrBlankNode::NamedNode(node) = &triple.subject {
            if node.as_str().starts_with(DATA_BASE_IRI) {
                entities.insert(node.as_str());
            }
        }
        if let Term::NamedNode(node) = &triple.object {
            if node.as_str().starts_with(DATA_BASE_IRI) {
                entities.insert(node.as_str());
            }
            if triple.predicate == rdf::TYPE {
                class_instances
                    .entry(node.as_str())
                    .or_default()
                    .insert(&triple.subject);
            }
        }
    }
    let vocabularies = properties
        .iter()
        .copied()
        .chain(class_instances.keys().copied())
        .filter_map(|iri| {
            FIXED_PREFIXES
                .iter()
                .filter(|(_, namespace)| *namespace != DATA_BASE_IRI && iri.starts_with(namespace))
                .max_by_key(|(_, namespace)| namespace.len())
                .map(|(_, namespace)| *namespace)
        })
        .collect::<BTreeSet<_>>();

    let count = |n: usize| Term::from(Literal::from(n as u64));
    let mut out = Vec::new();
    let mut add = |subject: &NamedNode, predicate: NamedNode, object: Term| {
        out.push(Quad::new(subject.clone(), predicate, object, graph.clone()));
    };
    add(
        &dataset,
        rdf::TYPE.into_owned(),
        iri(VOID, "Dataset").into(),
    );
    add(
        &dataset,
        rdf::TYPE.into_owned(),
        iri(DCAT, "Dataset").into(),
    );
    add(
        &dataset,
        iri(DCTERMS, "title"),
        Literal::new_language_tagged_literal_unchecked(&description.title, "en").into(),
    );
    add(
        &dataset,
        iri(DCTERMS, "description"),
        Literal::new_language_tagged_literal_unchecked(&description.description, "en").into(),
    );
    if let Some(license) = &description.license {
        add(&dataset, iri(DCTERMS, "license"), license.clone().into());
    }
    if let Some(source) = &description.source {
        add(&dataset, iri(DCTERMS, "source"), source.clone().into());
    }
    add(
        &dataset,
        iri(VOID, "uriSpace"),
        Literal::from(DATA_BASE_IRI).into(),
    );
    add(&dataset, iri(VOID, "triples"), count(triples.len()));
    add(&dataset, iri(VOID, "entities"), count(entities.len()));
    add(
        &dataset,
        iri(VOID, "distinctSubjects"),
        count(subjects.len()),
    );
    add(&dataset, iri(VOID, "distinctObjects"), count(objects.len()));
    add(&dataset, iri(VOID, "classes"), count(class_instances.len()));
    add(&dataset, iri(VOID, "properties"), count(properties.len()));
    for vocabulary in &vocabularies {
        add(
            &dataset,
            iri(VOID, "vocabulary"),
            NamedNode::new_unchecked(*vocabulary).into(),
        );
    }
    if let Some(endpoint) = &description.sparql_endpoint {
        add(
            &dataset,
            iri(VOID, "sparqlEndpoint"),
            endpoint.clone().into(),
        );
    }
    for (url, format) in &description.data_dumps {
        let distribution = NamedNode::new_unchecked(format!(
            "{}/distribution/{}",
            dataset.as_str(),
            format.name()
        ));
        add(&dataset, iri(VOID, "dataDump"), url.clone().into());
        add(
            &dataset,
            iri(DCAT, "distribution"),
            distribution.clone().into(),
        );
        add(
            &distribution,
            rdf::TYPE.into_owned(),
            iri(DCAT, "Distribution").into(),
        );
        add(&distribution, iri(DCAT, "downloadURL"), url.clone().into());
        add(
            &distribution,
            iri(DCAT, "mediaType"),
            NamedNode::new_unchecked(format!(
                "https://www.iana.org/assignments/media-types/{}",
                format.media_type()
            ))
            .into(),
        );
        if let Some(license) = &description.license {
            add(
                &distribution,
                iri(DCTERMS, "license"),
                license.clone().into(),
            );
        }
    }
    let prefixes = Prefixes::default();
    for (class, instances) in &class_instances {
        let slug = match prefixes.split(class) {
            Some((name, local)) => format!("{name}-{local}"),
            None => format!("{:016x}", stable_hash(class)),
        };
        let partition = NamedNode::new_unchecked(format!("{}/class/{slug}", dataset.as_str()));
        add(
            &dataset,
            iri(VOID, "classPartition"),
            partition.clone().into(),
        );
        add(
            &partition,
            iri(VOID, "class"),
            NamedNode::new_unchecked(*class).into(),
        );
        add(&partition, iri(VOID, "entities"), count(instances.len()));
    }
    out
}

/// FNV-1a: a hash that does not change between runs or Rust versions.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_prefixes_come_from_the_first_segment_under_the_base() {
        let prefixes = Prefixes::with_data_prefixes([
            "https://w3id.org/vawkg/id/agency/ministry-of-justice",
            "https://w3id.org/vawkg/id/org/x",
            "https://w3id.org/vawkg/id/http/x",
            "https://w3id.org/vawkg/concept/form/trafficking",
            "https://w3id.org/vawkg/concept/agency/x",
        ]);
        assert_eq!(
            prefixes
                .compact("https://w3id.org/vawkg/concept/form/trafficking")
                .as_deref(),
            Some("form:trafficking")
        );
        assert_eq!(
            prefixes
                .compact("https://w3id.org/vawkg/concept/agency/x")
                .as_deref(),
            Some("agency-concept:x")
        );
        assert_eq!(
            prefixes.compact("https://w3id.org/vawkg/id/agency/ca/rcmp"),
            None
        );
        assert_eq!(
            prefixes
                .compact("https://w3id.org/vawkg/id/agency/ministry-of-justice")
                .as_deref(),
            Some("agency:ministry-of-justice")
        );
        assert_eq!(
            prefixes
                .compact("https://w3id.org/vawkg/id/org/x")
                .as_deref(),
            Some("org-id:x")
        );
        assert_eq!(
            prefixes
                .compact("http://www.w3.org/ns/org#Organization")
                .as_deref(),
            Some("org:Organization")
        );
        assert_eq!(prefixes.compact("https://w3id.org/vawkg/id/http/x"), None);
        assert_eq!(
            prefixes
                .compact("https://w3id.org/vawkg/id/dataset")
                .as_deref(),
            Some("id:dataset")
        );
        assert_eq!(prefixes.compact("https://w3id.org/vawkg/ns#has.dot"), None);
    }

    #[test]
    fn literals_are_written_bare_only_when_lossless() {
        let prefixes = Prefixes::default();
        let term = |literal: Literal| turtle_term(literal.as_ref().into(), &prefixes);
        assert_eq!(term(Literal::from(2012)), "2012");
        assert_eq!(
            term(Literal::new_typed_literal("+5", xsd::INTEGER)),
            "\"+5\"^^xsd:integer"
        );
        assert_eq!(term(Literal::from(true)), "true");
        assert_eq!(
            term(Literal::new_typed_literal("1.50", xsd::DECIMAL)),
            "\"1.50\"^^xsd:decimal"
        );
        assert_eq!(
            term(Literal::new_simple_literal("a \"b\"\n")),
            "\"a \\\"b\\\"\\n\""
        );
        assert_eq!(
            term(Literal::new_language_tagged_literal_unchecked("x", "en")),
            "\"x\"@en"
        );
    }
}
