//! Command-line flags (clap derive). Doc comments here are the `--help` text; no logic.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Build a knowledge graph of government measures on violence against women.
///
/// vawkg reads records of the UN Women Global Database on Violence against Women, in any of
/// the layouts the database has published, and turns them into linked data: an Oxigraph
/// store on disk that answers SPARQL, and exports for linked-data portals.
///
/// Exit codes: 0 everything was processed; 2 some records or inputs were rejected (each is
/// reported on stderr as `file:line:column: message`) and the rest were processed; 1 nothing
/// could be done (unreadable input, store or query error); 64 invalid command line.
#[derive(Debug, Parser)]
#[command(name = "vawkg", version, about, long_about)]
pub struct Cli {
    /// The store folder (RocksDB). Default: $XDG_DATA_HOME/vawkg/store, else
    /// ~/.local/share/vawkg/store.
    #[arg(long, global = true, env = "VAWKG_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract records from files and print them as JSON Lines or RDF (no store needed).
    Extract(ExtractArgs),
    /// Load records into the store: each record replaces its own named graph.
    Load(LoadArgs),
    /// Run a SPARQL query: a canned query name, a .rq file or inline SPARQL.
    Query(QueryArgs),
    /// Run a SPARQL Update on the store.
    Update(UpdateArgs),
    /// Export the whole store as RDF, with a VoID + DCAT description of the dataset.
    Export(ExportArgs),
    /// Count records, triples, countries, agencies and graphs in the store.
    Stats(StatsArgs),
    /// Compact the store after a large load, so that queries read fewer files.
    Optimize,
    /// Actor-network analytics: centralities, communities, paths, ego networks, and the
    /// network as GraphML, GEXF, DOT or SVG.
    Graph(crate::graph_cli::GraphArgs),
}

/// Arguments of `vawkg extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Record files, folders (searched recursively for `*.txt`) or `-` for standard input.
    #[arg(default_value = "-")]
    pub paths: Vec<PathBuf>,
    /// Output format: JSON Lines, or the records' RDF streamed record by record.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Base IRI under which record, agency and country IRIs are minted.
    #[arg(long, env = "VAWKG_BASE_IRI", default_value = vawkg::mint::DEFAULT_BASE_IRI)]
    pub base_iri: String,
    /// Worker threads for extraction and mapping; 0 uses one per core. Output is the same
    /// whatever the number.
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N")]
    pub jobs: usize,
    /// Read only the header fields and prose sections, not the entities of the prose: agencies,
    /// pillars, amounts, instruments and the citation stay empty, and extraction is several
    /// times faster.
    #[arg(long)]
    pub no_entities: bool,
}

/// Output formats of `vawkg extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// JSON Lines: one object per record, in the shape of the gold annotations.
    Jsonl,
    /// N-Triples of every record, streamed.
    Nt,
    /// N-Quads, each record in its own named graph, streamed.
    Nq,
    /// Turtle, streamed record by record (shared nodes repeat across records).
    Ttl,
}

/// Arguments of `vawkg load`.
#[derive(Debug, clap::Args)]
pub struct LoadArgs {
    /// Record files, folders (searched recursively for `*.txt`) or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Base IRI under which record, agency and country IRIs are minted.
    #[arg(long, env = "VAWKG_BASE_IRI", default_value = vawkg::mint::DEFAULT_BASE_IRI)]
    pub base_iri: String,
    /// Never show a progress bar, even on a terminal.
    #[arg(long)]
    pub quiet: bool,
    /// Worker threads for extraction and mapping; 0 uses one per core. Output is the same
    /// whatever the number.
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N")]
    pub jobs: usize,
}

/// Arguments of `vawkg query`.
#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// A canned query (`03-agencies-by-country`, `agencies-by-country` or `3`), a path to a
    /// `.rq` file, or inline SPARQL.
    #[arg(required_unless_present = "list")]
    pub query: Option<String>,
    /// Bind a query variable to an RDF term: `country="CA"`, `form=<https://…>`, `year=2012`.
    /// A bare word is a plain string. Values are bound as terms, never spliced into the text.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Result format: a table on a terminal, else csv|tsv|json|xml for SELECT and ASK, and
    /// ttl|nt for CONSTRUCT and DESCRIBE. Default: table for SELECT/ASK, ttl otherwise.
    #[arg(long, short)]
    pub format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// List the canned queries with their summaries and parameters.
    #[arg(long)]
    pub list: bool,
}

/// Arguments of `vawkg update`.
#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// SPARQL Update text, or a path to a `.ru` or `.rq` file.
    pub update: String,
}

/// Arguments of `vawkg export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// RDF syntax: ttl, nt, nq, trig, jsonld or rdfxml.
    #[arg(long, short, default_value = "ttl")]
    pub format: String,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Leave out the VoID + DCAT description of the dataset.
    #[arg(long)]
    pub no_description: bool,
    /// Threads reading graphs from the store; 0 uses one per core. Output is the same whatever
    /// the number.
    #[arg(long, short = 'j', default_value_t = 0, value_name = "N")]
    pub jobs: usize,
}

/// Arguments of `vawkg stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}
