//! RDF serialisations of the store (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML), the
//! prefix table, and the VoID + DCAT description of the dataset.
//!
//! It owns byte-for-byte determinism: the same store content gives the same bytes, whatever the
//! order it was loaded in. It does not open stores (`store`) or evaluate SPARQL (`query`).
//!
//! # Order and memory
//!
//! An export reads the store in one pass, **one graph at a time**: the default graph first, then
//! the named graphs sorted by IRI, then graphs named by blank nodes (ordered and labelled
//! `_:g…` by a hash of their canonical content). Each graph's triples are sorted canonically
//! ([`compare_triples`]: subject, `rdf:type` first, predicate, object) and written before the
//! next graph is read, so memory holds one graph, not the store.
//!
//! - N-Quads and TriG write every graph in that order: graph, then triple.
//! - Turtle, N-Triples, JSON-LD and RDF/XML write the *union* of the graphs: a triple held by
//!   several graphs appears once, in the first graph block that holds it. A triple whose subject
//!   is local to a record graph `{base}graph/record/{id}` (the graph IRI, the measure
//!   `{base}measure/{id}`, and IRIs under either) never repeats in another record and is written
//!   straight away by its record graph. Every other triple (agencies, countries, concepts,
//!   sources, files, the ontology) is remembered as a 128-bit hash when first written, so the
//!   union filter costs about 16–32 bytes per distinct *shared* triple. In Turtle a shared
//!   subject may therefore head a block in more than one graph's part of the file (valid Turtle:
//!   the blocks add up); JSON-LD likewise repeats its `@id` in several node objects, which
//!   JSON-LD merges.
//! - Blank nodes (only SPARQL updates make them; the loader never does) are relabelled per
//!   graph with RDFC-1.0, behind a hash of the graph name (`_:b<hash>_c14n0`) so that labels of
//!   different graphs never clash. A blank node shared by two graphs is exported as two.
//!
//! # Prefixes
//!
//! Turtle, TriG and JSON-LD declare only the prefixes they use: the body is written first to an
//! unnamed temporary file while the prefixes used are noted, then the header is written and the
//! body copied after it. Data prefixes (`agency:`, `measure:`, `form:`…) are derived from each
//! subject, object and graph IRI as it is met (its first path segment under [`DATA_BASE_IRI`] or
//! [`CONCEPT_BASE_IRI`]); should a data and a concept segment share a name, the one met first in
//! the export order gets the plain name. RDF/XML, written through Oxigraph's serializer as it
//! goes, declares the whole [`FIXED_PREFIXES`] table (its prefixes only name predicates and
//! classes).
//!
//! # The description
//!
//! The dataset description ([`describe_dataset`]) is not part of an export unless asked for with
//! [`export_with_description`] (the CLI's default; `--no-description` leaves it out), in every
//! format alike: so an export is otherwise exactly the store's content, and Turtle and N-Triples
//! exports count the same triples. Its statistics are gathered during the same pass (distinct
//! subjects, objects and entities as sets of 64-bit hashes: 8–16 bytes per distinct term) and
//! its graph is written **last**, after every graph of the store, in every format.
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
use oxigraph::io::{RdfFormat, RdfSerializer, WriterQuadSerializer};
use oxigraph::model::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{
    BlankNode, Dataset, GraphName, GraphNameRef, Literal, LiteralRef, NamedNode, NamedNodeRef,
    NamedOrBlankNode, NamedOrBlankNodeRef, Quad, Term, TermRef, Triple, TripleRef,
};
use siphasher::sip128::{Hasher128, SipHasher13};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::fs::{File, OpenOptions};
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, BufWriter, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

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
    /// Turtle: the union graph, graph block by graph block, grouped by subject, used prefixes only.
    Turtle,
    /// N-Triples: the union graph, graph block by graph block, each sorted.
    NTriples,
    /// N-Quads: every graph, graph by graph, each sorted.
    NQuads,
    /// TriG: every graph, grouped by graph then subject.
    TriG,
    /// JSON-LD: the union graph as `@context` (used prefixes) + `@graph` of node objects.
    JsonLd,
    /// RDF/XML: the union graph, streamed through Oxigraph's serializer.
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

/// Writes the whole store in `format`, one graph at a time (see the module documentation for the
/// order and the memory it needs), reading graphs on one thread per core. Returns the writer.
pub fn export<W: Write>(store: &Store, format: ExportFormat, writer: W) -> Result<W, ExportError> {
    export_with(store, format, None, 0, writer)
}

/// Writes the whole store plus its VoID/DCAT description (in [`DESCRIPTION_GRAPH`]), which comes
/// last in every format. A description graph held by the store is replaced by the new one.
pub fn export_with_description<W: Write>(
    store: &Store,
    format: ExportFormat,
    description: &DatasetDescription,
    writer: W,
) -> Result<W, ExportError> {
    export_with(store, format, Some(description), 0, writer)
}

/// [`export`] or [`export_with_description`], reading the store's graphs on `threads` threads
/// (0: one per core). The bytes written are the same whatever the number of threads; the
/// graphs waiting to be written are at most two per thread.
pub fn export_with<W: Write>(
    store: &Store,
    format: ExportFormat,
    description: Option<&DatasetDescription>,
    threads: usize,
    writer: W,
) -> Result<W, ExportError> {
    let (writer, _) = stream(store, Some(format), description, threads, writer)?;
    Ok(writer)
}

/// Writes `quads` in `format`, canonically, by the same rules as [`export`]: graph by graph,
/// sorted, duplicates removed, used prefixes only, blank nodes relabelled canonically per graph.
/// Graph-only formats write the union of the graphs.
pub fn write_quads<W: Write>(
    quads: Vec<Quad>,
    format: ExportFormat,
    writer: W,
) -> Result<W, ExportError> {
    let mut graphs: HashMap<GraphName, Vec<Triple>> = HashMap::new();
    for quad in quads {
        let graph = quad.graph_name.clone();
        graphs.entry(graph).or_default().push(Triple::from(quad));
    }
    let (writer, _) = stream(&MemoryGraphs(graphs), Some(format), None, 1, writer)?;
    Ok(writer)
}

/// Writes `triples` (e.g. the result of a CONSTRUCT query) in `format`, canonically. N-Quads and
/// TriG put them in the default graph.
pub fn write_triples<W: Write>(
    triples: Vec<Triple>,
    format: ExportFormat,
    writer: W,
) -> Result<W, ExportError> {
    let graphs = HashMap::from([(GraphName::DefaultGraph, triples)]);
    let (writer, _) = stream(&MemoryGraphs(graphs), Some(format), None, 1, writer)?;
    Ok(writer)
}

// ---------------------------------------------------------------------------------------------
// Streaming, one graph at a time

/// Where an export reads its graphs: the store, or quads already in memory.
trait GraphSource {
    /// The named graphs, in any order.
    fn named_graphs(&self) -> Result<Vec<NamedOrBlankNode>, ExportError>;
    /// The triples of one graph, in any order.
    fn graph_triples(&self, graph: GraphNameRef<'_>) -> Result<Vec<Triple>, ExportError>;
    /// Whether `graph` holds `triple`.
    fn contains(&self, triple: &Triple, graph: NamedNodeRef<'_>) -> Result<bool, ExportError>;
}

impl GraphSource for Store {
    fn named_graphs(&self) -> Result<Vec<NamedOrBlankNode>, ExportError> {
        Ok(self.graph_names()?)
    }

    fn graph_triples(&self, graph: GraphNameRef<'_>) -> Result<Vec<Triple>, ExportError> {
        Ok(self
            .graph_quads(graph)
            .map(|quad| quad.map(Triple::from))
            .collect::<Result<Vec<_>, _>>()?)
    }

    fn contains(&self, triple: &Triple, graph: NamedNodeRef<'_>) -> Result<bool, ExportError> {
        Ok(self.contains_quad(triple.as_ref().in_graph(graph))?)
    }
}

struct MemoryGraphs(HashMap<GraphName, Vec<Triple>>);

impl GraphSource for MemoryGraphs {
    fn named_graphs(&self) -> Result<Vec<NamedOrBlankNode>, ExportError> {
        Ok(self
            .0
            .keys()
            .filter_map(|graph| match graph {
                GraphName::NamedNode(node) => Some(node.clone().into()),
                GraphName::BlankNode(node) => Some(node.clone().into()),
                GraphName::DefaultGraph => None,
            })
            .collect())
    }

    fn graph_triples(&self, graph: GraphNameRef<'_>) -> Result<Vec<Triple>, ExportError> {
        Ok(self.0.get(&graph.into_owned()).cloned().unwrap_or_default())
    }

    fn contains(&self, triple: &Triple, graph: NamedNodeRef<'_>) -> Result<bool, ExportError> {
        Ok(self
            .0
            .get(&GraphName::NamedNode(graph.into_owned()))
            .is_some_and(|triples| triples.contains(triple)))
    }
}

/// Reads the graphs of `source` in the canonical order and writes each (if `format` is given),
/// then the description (if asked for). Returns the writer and the description quads.
fn stream<W: Write>(
    source: &(impl GraphSource + Sync),
    format: Option<ExportFormat>,
    description: Option<&DatasetDescription>,
    threads: usize,
    writer: W,
) -> Result<(W, Vec<Quad>), ExportError> {
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    };
    let mut exporter = Exporter::new(source, format, description.is_some(), writer)?;
    let triples = source.graph_triples(GraphNameRef::DefaultGraph)?;
    exporter.graph(GraphNameRef::DefaultGraph, canonical_triples(triples, ""))?;

    let mut iri_graphs = Vec::new();
    let mut blank_graphs = Vec::new();
    for graph in source.named_graphs()? {
        match graph {
            NamedOrBlankNode::NamedNode(node) => iri_graphs.push(node),
            NamedOrBlankNode::BlankNode(node) => blank_graphs.push(node),
        }
    }
    iri_graphs.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    if description.is_some() {
        iri_graphs.retain(|graph| graph.as_str() != DESCRIPTION_GRAPH);
    }
    // Reading a graph (a store look-up per term) is most of the cost: graphs are read and put in
    // canonical order on `threads` threads, and written one by one in IRI order.
    crate::parallel::for_each_ordered(
        &iri_graphs,
        threads,
        |graph| {
            let triples = source.graph_triples(graph.as_ref().into())?;
            let prefix = format!("b{:016x}_", stable_hash(graph.as_str()));
            Ok(canonical_triples(triples, &prefix))
        },
        |graph, triples| exporter.graph(graph.as_ref().into(), triples),
    )?;

    // Graphs named by blank nodes: named and ordered by a hash of their canonical content.
    let mut keyed = Vec::with_capacity(blank_graphs.len());
    for graph in blank_graphs {
        let triples = canonical_triples(source.graph_triples(graph.as_ref().into())?, "");
        let mut lines = Vec::new();
        for triple in &triples {
            crate::ntriples::write_triple(&mut lines, triple.as_ref());
        }
        keyed.push((stable_hash_bytes(&lines), graph));
    }
    keyed.sort_by_key(|(key, _)| *key);
    for (index, (key, graph)) in keyed.iter().enumerate() {
        let n_before = keyed[..index]
            .iter()
            .filter(|(other, _)| other == key)
            .count();
        let label = if n_before == 0 {
            format!("g{key:016x}")
        } else {
            format!("g{key:016x}n{n_before}")
        };
        let triples = source.graph_triples(graph.as_ref().into())?;
        let triples = canonical_triples(triples, &format!("{label}_"));
        let name = BlankNode::new_unchecked(label);
        exporter.graph(name.as_ref().into(), triples)?;
    }

    let mut described = Vec::new();
    if let Some(description) = description {
        let statistics = exporter.statistics.take().unwrap_or_default();
        described = describe(&statistics, description);
        let triples = described.iter().map(|quad| Triple::from(quad.clone()));
        let graph = NamedNode::new_unchecked(DESCRIPTION_GRAPH);
        exporter.graph(
            graph.as_ref().into(),
            canonical_triples(triples.collect(), ""),
        )?;
    }
    Ok((exporter.finish()?, described))
}

/// Relabels the blank nodes of one graph canonically (`label_prefix` + RDFC-1.0 label), sorts the
/// triples in the canonical order and removes duplicates.
fn canonical_triples(triples: Vec<Triple>, label_prefix: &str) -> Vec<Triple> {
    let mut triples = canonicalize_blank_nodes(triples, label_prefix);
    triples.sort_by(compare_triples);
    triples.dedup();
    triples
}

/// Where the bytes go: straight to the output (N-Triples, N-Quads), to a body written after the
/// prefix header (Turtle, TriG, JSON-LD), or through Oxigraph's RDF/XML serializer.
enum Output<W: Write> {
    Direct(BufWriter<W>),
    Body { out: BufWriter<W>, body: TempBody },
    RdfXml(Box<WriterQuadSerializer<BufWriter<W>>>),
}

/// One export in progress: the output, the prefixes met so far, the union filter and the
/// statistics of the description.
struct Exporter<'s, S, W: Write> {
    source: &'s S,
    format: Option<ExportFormat>,
    output: Output<W>,
    prefixes: StreamPrefixes,
    /// 128-bit hashes of the shared triples written so far (see [`Exporter::first_in_union`]).
    seen: HashKeySet<u128>,
    statistics: Option<Statistics>,
    buffer: Vec<u8>,
    n_json_nodes: u64,
}

const OUTPUT_BUFFER_BYTES: usize = 1 << 20;

impl<'s, S: GraphSource, W: Write> Exporter<'s, S, W> {
    fn new(
        source: &'s S,
        format: Option<ExportFormat>,
        with_statistics: bool,
        writer: W,
    ) -> Result<Self, ExportError> {
        let out = BufWriter::with_capacity(OUTPUT_BUFFER_BYTES, writer);
        let output = match format {
            Some(ExportFormat::Turtle | ExportFormat::TriG | ExportFormat::JsonLd) => {
                Output::Body {
                    out,
                    body: TempBody::new()?,
                }
            }
            Some(ExportFormat::RdfXml) => {
                let mut serializer = RdfSerializer::from_format(RdfFormat::RdfXml);
                for (name, namespace) in FIXED_PREFIXES {
                    serializer = serializer
                        .with_prefix(*name, *namespace)
                        .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, error))?;
                }
                Output::RdfXml(Box::new(serializer.for_writer(out)))
            }
            _ => Output::Direct(out),
        };
        Ok(Self {
            source,
            format,
            output,
            prefixes: StreamPrefixes::default(),
            seen: HashKeySet::default(),
            statistics: with_statistics.then(Statistics::default),
            buffer: Vec::with_capacity(OUTPUT_BUFFER_BYTES),
            n_json_nodes: 0,
        })
    }

    /// Writes one graph's canonical triples: all of them for N-Quads and TriG, those not written
    /// before for the union formats.
    fn graph(&mut self, graph: GraphNameRef<'_>, triples: Vec<Triple>) -> Result<(), ExportError> {
        let keeps_graphs = self.format.is_some_and(ExportFormat::keeps_graphs);
        let needs_union = self.statistics.is_some() || !keeps_graphs;
        let mut kept = Vec::with_capacity(triples.len());
        for triple in &triples {
            let first = needs_union && self.first_in_union(graph, triple)?;
            if first {
                if let Some(statistics) = &mut self.statistics {
                    statistics.add(triple);
                }
            }
            if first || keeps_graphs {
                kept.push(triple);
            }
        }
        if !kept.is_empty() {
            self.write_block(graph, &kept)?;
        }
        Ok(())
    }

    /// Whether `triple` of `graph` is met for the first time in the union of the graphs.
    ///
    /// A triple whose subject is local to a record graph (the graph IRI and IRIs under it, the
    /// measure IRI and IRIs under it, see [`record_of`]) belongs to that graph: it is written
    /// there, without being remembered, and skipped in any other graph that also holds it (a
    /// store look-up, for such rare triples only). Blank-node subjects are local to their graph
    /// (their labels carry the graph). Every other triple is remembered as a 128-bit hash.
    fn first_in_union(
        &mut self,
        graph: GraphNameRef<'_>,
        triple: &Triple,
    ) -> Result<bool, ExportError> {
        let NamedOrBlankNode::NamedNode(subject) = &triple.subject else {
            return Ok(true);
        };
        if let Some((base, record_id)) = record_of(subject.as_str()) {
            let owner = format!("{base}graph/record/{record_id}");
            if matches!(graph, GraphNameRef::NamedNode(node) if node.as_str() == owner) {
                return Ok(true);
            }
            if self
                .source
                .contains(triple, NamedNodeRef::new_unchecked(&owner))?
            {
                return Ok(false);
            }
        }
        Ok(self.seen.insert(triple_hash(triple.as_ref())))
    }

    fn write_block(
        &mut self,
        graph: GraphNameRef<'_>,
        triples: &[&Triple],
    ) -> Result<(), ExportError> {
        let Some(format) = self.format else {
            return Ok(());
        };
        self.buffer.clear();
        match format {
            ExportFormat::NTriples => {
                for triple in triples {
                    crate::ntriples::write_triple(&mut self.buffer, triple.as_ref());
                }
            }
            ExportFormat::NQuads => {
                for triple in triples {
                    crate::ntriples::write_quad(&mut self.buffer, triple.as_ref(), graph);
                }
            }
            ExportFormat::Turtle => {
                write_turtle_subjects(triples, &mut self.prefixes, "", &mut self.buffer);
            }
            ExportFormat::TriG => match graph {
                GraphNameRef::DefaultGraph => {
                    write_turtle_subjects(triples, &mut self.prefixes, "", &mut self.buffer);
                }
                GraphNameRef::NamedNode(node) => {
                    self.buffer.push(b'\n');
                    self.prefixes.derive(node.as_str());
                    self.prefixes.write_iri(&mut self.buffer, node.as_str());
                    self.buffer.extend_from_slice(b" {\n");
                    write_turtle_subjects(triples, &mut self.prefixes, "    ", &mut self.buffer);
                    self.buffer.extend_from_slice(b"}\n");
                }
                GraphNameRef::BlankNode(node) => {
                    self.buffer.extend_from_slice(b"\n_:");
                    self.buffer.extend_from_slice(node.as_str().as_bytes());
                    self.buffer.extend_from_slice(b" {\n");
                    write_turtle_subjects(triples, &mut self.prefixes, "    ", &mut self.buffer);
                    self.buffer.extend_from_slice(b"}\n");
                }
            },
            ExportFormat::JsonLd => {
                self.n_json_nodes += write_json_ld_nodes(
                    triples,
                    &mut self.prefixes,
                    self.n_json_nodes == 0,
                    &mut self.buffer,
                )?;
            }
            ExportFormat::RdfXml => {
                if let Output::RdfXml(serializer) = &mut self.output {
                    for triple in triples {
                        serializer.serialize_triple(triple.as_ref())?;
                    }
                }
                return Ok(());
            }
        }
        match &mut self.output {
            Output::Direct(out) => out.write_all(&self.buffer)?,
            Output::Body { body, .. } => body.file.write_all(&self.buffer)?,
            Output::RdfXml(_) => unreachable!("RDF/XML goes through the serializer"),
        }
        Ok(())
    }

    /// Writes the prefix header, then the body after it; returns the writer.
    fn finish(self) -> Result<W, ExportError> {
        let mut out = match self.output {
            Output::Direct(out) => out,
            Output::RdfXml(serializer) => serializer.finish()?,
            Output::Body { mut out, body } => {
                let used = self.prefixes.used();
                if self.format == Some(ExportFormat::JsonLd) {
                    let context = used
                        .into_iter()
                        .map(|(name, namespace)| (name, serde_json::Value::String(namespace)))
                        .collect::<serde_json::Map<_, _>>();
                    let mut header = b"{\n  \"@context\": ".to_vec();
                    let context = serde_json::to_vec_pretty(&serde_json::Value::Object(context))?;
                    indent_json(&context, b"  ", &mut header);
                    header.extend_from_slice(b",\n  \"@graph\": [");
                    out.write_all(&header)?;
                    body.copy_to(&mut out)?;
                    let end: &[u8] = if self.n_json_nodes == 0 {
                        b"]\n}\n"
                    } else {
                        b"\n  ]\n}\n"
                    };
                    out.write_all(end)?;
                } else {
                    for (name, namespace) in used {
                        writeln!(out, "@prefix {name}: <{namespace}> .")?;
                    }
                    body.copy_to(&mut out)?;
                }
                out
            }
        };
        out.flush()?;
        out.into_inner()
            .map_err(|error| ExportError::Io(error.into_error()))
    }
}

/// The body of an export whose header depends on it (the used prefixes): an unnamed file in the
/// temporary folder, removed as soon as it is created (or when dropped, where an open file
/// cannot be removed).
struct TempBody {
    file: BufWriter<File>,
    path: Option<PathBuf>,
}

impl TempBody {
    fn new() -> io::Result<Self> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.subsec_nanos());
        let path = std::env::temp_dir().join(format!(
            "vawkg-export-{}-{}-{nanos}.tmp",
            std::process::id(),
            COUNTER.fetch_add(1, AtomicOrdering::Relaxed)
        ));
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)?;
        let path = std::fs::remove_file(&path).err().map(|_| path);
        Ok(Self {
            file: BufWriter::with_capacity(OUTPUT_BUFFER_BYTES, file),
            path,
        })
    }

    fn copy_to(mut self, out: &mut impl Write) -> io::Result<()> {
        self.file.flush()?;
        let file = self.file.get_mut();
        file.seek(SeekFrom::Start(0))?;
        io::copy(file, out)?;
        Ok(())
    }
}

impl Drop for TempBody {
    fn drop(&mut self) {
        if let Some(path) = &self.path {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// For an IRI local to a record graph, `(base, record id)`: the record graph is
/// `{base}graph/record/{id}`, and its local IRIs are the graph IRI, the measure IRI
/// `{base}measure/{id}`, and the IRIs under either (`…/derivation/…`, `…/amount/1`, see `mint`).
fn record_of(iri: &str) -> Option<(&str, &str)> {
    for marker in ["graph/record/", "measure/"] {
        let Some(at) = iri.find(marker) else {
            continue;
        };
        if at == 0 || !matches!(iri.as_bytes()[at - 1], b'/' | b'#') {
            continue;
        }
        let rest = &iri[at + marker.len()..];
        let record_id = rest.split('/').next().unwrap_or_default();
        if !record_id.is_empty() {
            return Some((&iri[..at], record_id));
        }
    }
    None
}

/// A hasher for keys that are hashes already: it keeps the low 64 bits.
#[derive(Default)]
struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn write_u128(&mut self, n: u128) {
        self.0 = n as u64;
    }
}

type HashKeySet<T> = HashSet<T, BuildHasherDefault<PassThroughHasher>>;

/// Fixed SipHash-1-3 keys: the hashes only decide what is skipped or counted within one run.
const HASH_KEYS: (u64, u64) = (0x7661_776b_6765_7870, 0x6f72_7473_6861_7265);

fn hash_term(hasher: &mut SipHasher13, term: TermRef<'_>) {
    let mut write_text = |tag: u8, text: &str| {
        hasher.write_u8(tag);
        hasher.write_u64(text.len() as u64);
        hasher.write(text.as_bytes());
    };
    match term {
        TermRef::NamedNode(node) => write_text(0, node.as_str()),
        TermRef::BlankNode(node) => write_text(1, node.as_str()),
        TermRef::Literal(literal) => {
            write_text(2, literal.value());
            write_text(3, literal.datatype().as_str());
            write_text(4, literal.language().unwrap_or_default());
        }
        #[allow(unreachable_patterns)]
        other => write_text(5, &other.to_string()),
    }
}

/// A 128-bit hash of a triple: the probability that two of a billion distinct triples share one
/// is about 10⁻²¹.
fn triple_hash(triple: TripleRef<'_>) -> u128 {
    let mut hasher = SipHasher13::new_with_keys(HASH_KEYS.0, HASH_KEYS.1);
    hash_term(&mut hasher, triple.subject.into());
    hash_term(&mut hasher, triple.predicate.into());
    hash_term(&mut hasher, triple.object);
    hasher.finish128().as_u128()
}

/// A 64-bit hash of a term, for the distinct counts of the description.
fn term_hash(term: TermRef<'_>) -> u64 {
    let mut hasher = SipHasher13::new_with_keys(HASH_KEYS.0, HASH_KEYS.1);
    hash_term(&mut hasher, term);
    hasher.finish128().as_u128() as u64
}

/// Prefixes each line of a pretty-printed JSON value but the first with `indent` (JSON strings
/// hold no raw newline, so every newline is between tokens).
fn indent_json(json: &[u8], indent: &[u8], out: &mut Vec<u8>) {
    for (index, line) in json.split(|byte| *byte == b'\n').enumerate() {
        if index > 0 {
            out.push(b'\n');
            out.extend_from_slice(indent);
        }
        out.extend_from_slice(line);
    }
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

/// Relabels the blank nodes of one graph's triples with their RDFC-1.0 canonical labels behind
/// `label_prefix` (only if there are any), so that exports do not depend on the random labels a
/// load gave them and labels of different graphs never clash.
fn canonicalize_blank_nodes(triples: Vec<Triple>, label_prefix: &str) -> Vec<Triple> {
    let has_blank_nodes = triples
        .iter()
        .any(|triple| triple.subject.is_blank_node() || triple.object.is_blank_node());
    if !has_blank_nodes {
        return triples;
    }
    let dataset = triples
        .iter()
        .map(|triple| triple.as_ref().in_graph(GraphNameRef::DefaultGraph))
        .collect::<Dataset>();
    let mapping = dataset.canonicalize_blank_nodes(CanonicalizationAlgorithm::Rdfc10 {
        hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
    });
    let mapping = mapping
        .into_iter()
        .map(|(from, to)| {
            let to = if label_prefix.is_empty() {
                to
            } else {
                BlankNode::new_unchecked(format!("{label_prefix}{}", to.as_str()))
            };
            (from.as_str().to_owned(), to)
        })
        .collect::<HashMap<String, BlankNode>>();
    let relabel = |node: &BlankNode| {
        mapping
            .get(node.as_str())
            .cloned()
            .unwrap_or_else(|| node.clone())
    };
    triples
        .into_iter()
        .map(|mut triple| {
            if let NamedOrBlankNode::BlankNode(node) = &triple.subject {
                triple.subject = relabel(node).into();
            }
            if let Term::BlankNode(node) = &triple.object {
                triple.object = relabel(node).into();
            }
            triple
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Prefixes

/// The prefix name of the namespace `{base}{segment}/`: the segment itself, or with `-id` or
/// `-concept` appended when `taken` says another prefix has that name.
fn data_prefix_name(base: &str, segment: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(segment) {
        segment.to_owned()
    } else if base == DATA_BASE_IRI {
        format!("{segment}-id")
    } else {
        format!("{segment}-concept")
    }
}

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
            let name = data_prefix_name(base, segment, |name| {
                entries.iter().any(|(known, _)| known == name)
            });
            entries.push((name, format!("{base}{segment}/")));
        }
        entries.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
        Self { by_length: entries }
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

/// The prefixes of one export in progress: [`FIXED_PREFIXES`] plus data prefixes derived from
/// each subject, object and graph IRI as it is met (first path segment under [`DATA_BASE_IRI`] or
/// [`CONCEPT_BASE_IRI`], as in [`Prefixes`]; a name already taken — by a fixed prefix or by a
/// prefix derived earlier in the export order — gets `-id` or `-concept` appended). It
/// remembers which prefixes abbreviated something, for the header written after the body.
#[derive(Debug)]
struct StreamPrefixes {
    /// `(name, namespace, used)`, longest namespace first.
    entries: Vec<(String, String, bool)>,
    data_segments: HashSet<String>,
    concept_segments: HashSet<String>,
}

impl Default for StreamPrefixes {
    fn default() -> Self {
        let mut prefixes = Self {
            entries: FIXED_PREFIXES
                .iter()
                .map(|(name, namespace)| ((*name).to_owned(), (*namespace).to_owned(), false))
                .collect(),
            data_segments: HashSet::new(),
            concept_segments: HashSet::new(),
        };
        prefixes.sort();
        prefixes
    }
}

impl StreamPrefixes {
    fn sort(&mut self) {
        self.entries
            .sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    }

    /// Adds the data prefix `iri` calls for, if new.
    fn derive(&mut self, iri: &str) {
        for base in [DATA_BASE_IRI, CONCEPT_BASE_IRI] {
            let Some(segment) = data_segment(base, iri) else {
                continue;
            };
            let known = if base == DATA_BASE_IRI {
                &mut self.data_segments
            } else {
                &mut self.concept_segments
            };
            if known.contains(segment) {
                continue;
            }
            known.insert(segment.to_owned());
            let name = data_prefix_name(base, segment, |name| {
                self.entries.iter().any(|(known, _, _)| known == name)
            });
            self.entries
                .push((name, format!("{base}{segment}/"), false));
            self.sort();
        }
    }

    /// `(prefix name, local name)` for `iri`, marking the prefix used.
    fn split<'a>(&mut self, iri: &'a str) -> Option<(&str, &'a str)> {
        let (name, namespace, used) = self.entries.iter_mut().find(|(_, namespace, _)| {
            iri.strip_prefix(namespace.as_str())
                .is_some_and(is_plain_local_name)
        })?;
        *used = true;
        Some((name.as_str(), &iri[namespace.len()..]))
    }

    /// `prefix:local` or `<iri>`.
    fn write_iri(&mut self, out: &mut Vec<u8>, iri: &str) {
        match self.split(iri) {
            Some((name, local)) => {
                out.extend_from_slice(name.as_bytes());
                out.push(b':');
                out.extend_from_slice(local.as_bytes());
            }
            None => {
                out.push(b'<');
                out.extend_from_slice(iri.as_bytes());
                out.push(b'>');
            }
        }
    }

    /// `prefix:local` or the full IRI, as JSON-LD writes it.
    fn json_ld_iri(&mut self, iri: &str) -> String {
        match self.split(iri) {
            Some((name, local)) => format!("{name}:{local}"),
            None => iri.to_owned(),
        }
    }

    /// The prefixes used so far, sorted by name.
    fn used(&self) -> BTreeMap<String, String> {
        self.entries
            .iter()
            .filter(|(_, _, used)| *used)
            .map(|(name, namespace, _)| (name.clone(), namespace.clone()))
            .collect()
    }
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

/// Appends a subject or object in Turtle syntax; derives the data prefix of an IRI first.
fn write_turtle_term(out: &mut Vec<u8>, term: TermRef<'_>, prefixes: &mut StreamPrefixes) {
    match term {
        TermRef::NamedNode(node) => {
            prefixes.derive(node.as_str());
            prefixes.write_iri(out, node.as_str());
        }
        TermRef::Literal(literal) if is_plain_string(literal) => {
            crate::ntriples::write_term(out, term);
        }
        TermRef::Literal(literal) if is_inline_literal(literal) => {
            out.extend_from_slice(literal.value().as_bytes());
        }
        TermRef::Literal(literal) => {
            crate::ntriples::write_quoted(out, literal.value());
            out.extend_from_slice(b"^^");
            prefixes.write_iri(out, literal.datatype().as_str());
        }
        other => crate::ntriples::write_term(out, other),
    }
}

/// Appends sorted triples grouped by subject: the subject on its own line, one predicate per
/// line, several objects of a predicate on following lines; a blank line before each subject.
fn write_turtle_subjects(
    triples: &[&Triple],
    prefixes: &mut StreamPrefixes,
    indent: &str,
    out: &mut Vec<u8>,
) {
    let indent = indent.as_bytes();
    let mut index = 0;
    while index < triples.len() {
        let subject = &triples[index].subject;
        let end = index
            + triples[index..]
                .iter()
                .take_while(|triple| triple.subject == *subject)
                .count();
        out.push(b'\n');
        out.extend_from_slice(indent);
        write_turtle_term(out, subject.as_ref().into(), prefixes);
        out.push(b'\n');
        let mut previous_predicate: Option<&NamedNode> = None;
        for triple in &triples[index..end] {
            if previous_predicate == Some(&triple.predicate) {
                out.extend_from_slice(b" ,\n");
                out.extend_from_slice(indent);
                out.extend_from_slice(b"        ");
            } else {
                if previous_predicate.is_some() {
                    out.extend_from_slice(b" ;\n");
                }
                out.extend_from_slice(indent);
                out.extend_from_slice(b"    ");
                if triple.predicate == rdf::TYPE {
                    out.push(b'a');
                } else {
                    prefixes.write_iri(out, triple.predicate.as_str());
                }
                out.push(b' ');
                previous_predicate = Some(&triple.predicate);
            }
            write_turtle_term(out, triple.object.as_ref(), prefixes);
        }
        out.extend_from_slice(b" .\n");
        index = end;
    }
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

fn json_ld_node_id(node: NamedOrBlankNodeRef<'_>, prefixes: &mut StreamPrefixes) -> String {
    match node {
        NamedOrBlankNodeRef::NamedNode(node) => {
            prefixes.derive(node.as_str());
            prefixes.json_ld_iri(node.as_str())
        }
        NamedOrBlankNodeRef::BlankNode(node) => node.to_string(),
    }
}

fn json_ld_value(term: TermRef<'_>, prefixes: &mut StreamPrefixes) -> serde_json::Value {
    use serde_json::{Map, Value};
    let mut object = Map::new();
    match term {
        TermRef::NamedNode(node) => {
            object.insert(
                "@id".into(),
                Value::String(json_ld_node_id(node.into(), prefixes)),
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
                    Value::String(prefixes.json_ld_iri(literal.datatype().as_str())),
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

/// Appends one node object per subject of sorted triples to the `@graph` array, each preceded by
/// a comma unless `first`; returns the number of nodes. `rdf:type` with IRI objects becomes
/// `@type`; every value is an expanded value object, so literals keep their exact lexical form
/// and datatype. A subject met again in a later graph gets a second node object, which JSON-LD
/// merges.
fn write_json_ld_nodes(
    triples: &[&Triple],
    prefixes: &mut StreamPrefixes,
    first: bool,
    out: &mut Vec<u8>,
) -> Result<u64, ExportError> {
    use serde_json::{Map, Value};
    let mut n_nodes = 0;
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
            Value::String(json_ld_node_id(subject.as_ref(), prefixes)),
        );
        let mut types = Vec::new();
        let mut properties: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        for triple in &triples[index..end] {
            match (&triple.object, triple.predicate == rdf::TYPE) {
                (Term::NamedNode(class), true) => {
                    prefixes.derive(class.as_str());
                    types.push(Value::String(prefixes.json_ld_iri(class.as_str())));
                }
                // `rdf:` is not declared for `rdf:type`: use the full IRI.
                (_, true) => properties
                    .entry(rdf::TYPE.as_str().to_owned())
                    .or_default()
                    .push(json_ld_value(triple.object.as_ref(), prefixes)),
                _ => {
                    let key = prefixes.json_ld_iri(triple.predicate.as_str());
                    let value = json_ld_value(triple.object.as_ref(), prefixes);
                    properties.entry(key).or_default().push(value);
                }
            }
        }
        if !types.is_empty() {
            node.insert("@type".into(), Value::Array(types));
        }
        for (key, values) in properties {
            node.insert(key, Value::Array(values));
        }
        if !(first && n_nodes == 0) {
            out.push(b',');
        }
        out.extend_from_slice(b"\n    ");
        let json = serde_json::to_vec_pretty(&Value::Object(node))?;
        indent_json(&json, b"    ", out);
        n_nodes += 1;
        index = end;
    }
    Ok(n_nodes)
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
    let (_, quads) = stream(store, None, Some(description), 0, io::sink())?;
    Ok(quads)
}

/// What the description counts, gathered during the export as each triple of the union is met
/// for the first time: the distinct subjects, objects and entities as sets of 64-bit hashes
/// (8–16 bytes each, not the terms), the properties and classes by name.
#[derive(Debug, Default)]
struct Statistics {
    n_triples: u64,
    subjects: HashKeySet<u64>,
    objects: HashKeySet<u64>,
    entities: HashKeySet<u64>,
    properties: BTreeSet<String>,
    /// Class IRI to the number of its instances (distinct `?s rdf:type class` triples).
    class_instances: BTreeMap<String, u64>,
}

impl Statistics {
    fn add(&mut self, triple: &Triple) {
        self.n_triples += 1;
        let subject = term_hash(triple.subject.as_ref().into());
        self.subjects.insert(subject);
        let object = term_hash(triple.object.as_ref());
        self.objects.insert(object);
        if !self.properties.contains(triple.predicate.as_str()) {
            self.properties.insert(triple.predicate.as_str().to_owned());
        }
        if let NamedOrBlankNode::NamedNode(node) = &triple.subject {
            if node.as_str().starts_with(DATA_BASE_IRI) {
                self.entities.insert(subject);
            }
        }
        if let Term::NamedNode(node) = &triple.object {
            if node.as_str().starts_with(DATA_BASE_IRI) {
                self.entities.insert(object);
            }
            if triple.predicate == rdf::TYPE {
                match self.class_instances.get_mut(node.as_str()) {
                    Some(count) => *count += 1,
                    None => {
                        self.class_instances.insert(node.as_str().to_owned(), 1);
                    }
                }
            }
        }
    }
}

fn describe(statistics: &Statistics, description: &DatasetDescription) -> Vec<Quad> {
    const VOID: &str = "http://rdfs.org/ns/void#";
    const DCAT: &str = "http://www.w3.org/ns/dcat#";
    const DCTERMS: &str = "http://purl.org/dc/terms/";
    let iri =
        |namespace: &str, local: &str| NamedNode::new_unchecked(format!("{namespace}{local}"));
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(DESCRIPTION_GRAPH));
    let dataset = description.dataset.clone();
    let properties = &statistics.properties;
    let class_instances = &statistics.class_instances;

    let vocabularies = properties
        .iter()
        .chain(class_instances.keys())
        .filter_map(|iri| {
            FIXED_PREFIXES
                .iter()
                .filter(|(_, namespace)| *namespace != DATA_BASE_IRI && iri.starts_with(namespace))
                .max_by_key(|(_, namespace)| namespace.len())
                .map(|(_, namespace)| *namespace)
        })
        .collect::<BTreeSet<_>>();

    let count = |n: u64| Term::from(Literal::from(n));
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
    add(&dataset, iri(VOID, "triples"), count(statistics.n_triples));
    add(
        &dataset,
        iri(VOID, "entities"),
        count(statistics.entities.len() as u64),
    );
    add(
        &dataset,
        iri(VOID, "distinctSubjects"),
        count(statistics.subjects.len() as u64),
    );
    add(
        &dataset,
        iri(VOID, "distinctObjects"),
        count(statistics.objects.len() as u64),
    );
    add(
        &dataset,
        iri(VOID, "classes"),
        count(class_instances.len() as u64),
    );
    add(
        &dataset,
        iri(VOID, "properties"),
        count(properties.len() as u64),
    );
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
    for (class, instances) in class_instances {
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
            NamedNode::new_unchecked(class.clone()).into(),
        );
        add(&partition, iri(VOID, "entities"), count(*instances));
    }
    out
}

/// FNV-1a: a hash that does not change between runs or Rust versions.
fn stable_hash(text: &str) -> u64 {
    stable_hash_bytes(text.as_bytes())
}

fn stable_hash_bytes(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
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
        let mut prefixes = StreamPrefixes::default();
        let mut term = |literal: Literal| {
            let mut out = Vec::new();
            write_turtle_term(&mut out, literal.as_ref().into(), &mut prefixes);
            String::from_utf8(out).unwrap()
        };
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
        assert_eq!(prefixes.used().into_keys().collect::<Vec<_>>(), ["xsd"]);
    }

    #[test]
    fn record_local_iris_name_their_record() {
        let base = "https://w3id.org/vawkg/id/";
        assert_eq!(
            record_of("https://w3id.org/vawkg/id/measure/ca-2012-00"),
            Some((base, "ca-2012-00"))
        );
        assert_eq!(
            record_of("https://w3id.org/vawkg/id/measure/ca-2012-00/amount/1"),
            Some((base, "ca-2012-00"))
        );
        assert_eq!(
            record_of("https://w3id.org/vawkg/id/graph/record/ca-2012-00/derivation/ab"),
            Some((base, "ca-2012-00"))
        );
        assert_eq!(record_of("https://w3id.org/vawkg/id/agency/ca/rcmp"), None);
        assert_eq!(record_of("https://w3id.org/vawkg/id/measure/"), None);
    }
}
