//! Command-line flags of `vawkg graph` (clap derive). Doc comments are the `--help` text.

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};

/// Arguments of `vawkg graph`.
#[derive(Debug, clap::Args)]
pub struct GraphArgs {
    /// What to compute or write.
    #[command(subcommand)]
    pub command: GraphCommand,
}

/// The subcommands of `vawkg graph`.
#[derive(Debug, Subcommand)]
pub enum GraphCommand {
    /// Centralities (degree, PageRank, betweenness, closeness, eigenvector), components and
    /// Louvain communities of every actor; the top actors as a table, or all as CSV or JSON.
    Metrics(MetricsArgs),
    /// The shortest path (in hops) between two actors, named by label or IRI.
    Path(PathArgs),
    /// The ego network of an actor: every actor within a number of hops.
    Ego(EgoArgs),
    /// Write the network as GraphML (Cytoscape), GEXF (Gephi), DOT (Graphviz) or an SVG
    /// picture, with the scores as node attributes.
    Export(GraphExportArgs),
}

/// Which network to analyse.
#[derive(Debug, Clone, clap::Args)]
pub struct NetworkArgs {
    /// The network: `agencies` (agencies named in the same measure, weighted by the number of
    /// such measures), `agency-country` (bipartite), `countries` (countries sharing agencies or
    /// instruments), `countries-instruments`, or any query returning `?source ?target` and
    /// optionally `?weight ?sourceLabel ?targetLabel` (a canned name, a .rq path, inline SPARQL).
    #[arg(
        long,
        short = 'n',
        default_value = "agencies",
        value_name = "NETWORK|QUERY"
    )]
    pub network: String,
    /// Bind a variable of the network query: `country="CA"`, `form=<https://…>`.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Read the network from a CSV edge list `source,target[,weight]` instead of the store.
    #[arg(long, value_name = "FILE")]
    pub edges: Option<PathBuf>,
}

/// Output formats of score tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// An aligned table for a terminal.
    Table,
    /// CSV with a header line.
    Csv,
    /// One JSON object.
    Json,
}

/// Arguments of `vawkg graph metrics`.
#[derive(Debug, clap::Args)]
pub struct MetricsArgs {
    /// The network.
    #[command(flatten)]
    pub network: NetworkArgs,
    /// Show the N highest-ranked actors (default: 20 in a table, all in CSV and JSON; 0: all).
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Rank by: pagerank, betweenness, closeness, eigenvector, degree or weighted_degree
    /// (default: PageRank when computed, else weighted degree).
    #[arg(long)]
    pub sort: Option<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Compute only these metrics (comma-separated): pagerank, betweenness, closeness,
    /// eigenvector, louvain. Degrees and components are always computed.
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub metrics: Vec<String>,
    /// Seed of the Louvain node order.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Louvain resolution: above 1 gives smaller communities.
    #[arg(long, default_value_t = 1.0)]
    pub resolution: f64,
    /// Write the scores and communities to the analytics graph of the store
    /// (<https://w3id.org/vawkg/graph/analytics>), replacing it.
    #[arg(long)]
    pub write_back: bool,
    /// Print the time each step took as JSON on standard error.
    #[arg(long)]
    pub timings: bool,
    /// PageRank tolerance per node: iteration stops when the total change is below N times
    /// this (NetworkX's rule and default).
    #[arg(long, default_value_t = 1e-6, value_name = "TOL")]
    pub tolerance: f64,
    /// Threads for betweenness (default: every core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

/// Arguments of `vawkg graph path`.
#[derive(Debug, clap::Args)]
pub struct PathArgs {
    /// The first actor: an IRI, a label, or a unique part of a label.
    pub from: String,
    /// The last actor.
    pub to: String,
    /// The network.
    #[command(flatten)]
    pub network: NetworkArgs,
    /// Print JSON instead of one actor per line.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `vawkg graph ego`.
#[derive(Debug, clap::Args)]
pub struct EgoArgs {
    /// The centre: an IRI, a label, or a unique part of a label.
    pub actor: String,
    /// How many hops from the centre.
    #[arg(long, short, default_value_t = 1)]
    pub radius: usize,
    /// The network.
    #[command(flatten)]
    pub network: NetworkArgs,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Network file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetworkFormat {
    /// GraphML (Cytoscape, yEd, NetworkX).
    Graphml,
    /// GEXF 1.2 (Gephi).
    Gexf,
    /// DOT (Graphviz).
    Dot,
    /// An SVG picture: communities coloured, node size by PageRank, top labels.
    Svg,
}

/// Arguments of `vawkg graph export`.
#[derive(Debug, clap::Args)]
pub struct GraphExportArgs {
    /// File format.
    #[arg(long, short, value_enum)]
    pub format: NetworkFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The network.
    #[command(flatten)]
    pub network: NetworkArgs,
    /// Only the ego network of this actor.
    #[arg(long, value_name = "ACTOR")]
    pub ego: Option<String>,
    /// Radius of the ego network.
    #[arg(long, default_value_t = 1, requires = "ego")]
    pub radius: usize,
    /// Leave the scores out (faster on large networks; SVG needs them and ignores this).
    #[arg(long)]
    pub no_scores: bool,
    /// Seed of the Louvain node order and of the SVG layout.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// How many actors get a label in the SVG picture.
    #[arg(long, default_value_t = 15, value_name = "N")]
    pub labels: usize,
}
