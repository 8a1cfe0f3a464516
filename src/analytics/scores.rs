//! Every metric of a network at once, as one [`Analysis`], with the time each took.
//!
//! This module chooses and runs metrics; the algorithms are in [`super::metrics`] and
//! [`super::community`].

use std::str::FromStr;
use std::time::{Duration, Instant};

use super::community::{self, LouvainOptions, Partition};
use super::metrics::{self, MetricError, PageRankOptions};
use super::network::Network;

/// A metric that [`analyse`] can compute (degree, weighted degree and components always are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    /// Weighted PageRank.
    PageRank,
    /// Normalised betweenness centrality (hops).
    Betweenness,
    /// Closeness centrality (hops, Wasserman–Faust).
    Closeness,
    /// Weighted eigenvector centrality.
    Eigenvector,
    /// Louvain communities and their modularity.
    Louvain,
}

impl Metric {
    /// Every metric, in output column order.
    pub const ALL: [Metric; 5] = [
        Metric::PageRank,
        Metric::Betweenness,
        Metric::Closeness,
        Metric::Eigenvector,
        Metric::Louvain,
    ];

    /// The name used on the command line, in JSON and CSV.
    pub fn name(self) -> &'static str {
        match self {
            Metric::PageRank => "pagerank",
            Metric::Betweenness => "betweenness",
            Metric::Closeness => "closeness",
            Metric::Eigenvector => "eigenvector",
            Metric::Louvain => "louvain",
        }
    }
}

impl FromStr for Metric {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Metric::ALL
            .into_iter()
            .find(|metric| metric.name() == text.trim().to_lowercase())
            .ok_or_else(|| {
                format!(
                    "unknown metric `{text}`; expected one of {}",
                    Metric::ALL.map(Metric::name).join(", ")
                )
            })
    }
}

/// What [`analyse`] computes and how.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisOptions {
    /// The metrics to compute.
    pub metrics: Vec<Metric>,
    /// PageRank options.
    pub pagerank: PageRankOptions,
    /// Louvain options.
    pub louvain: LouvainOptions,
    /// Threads for betweenness (`None`: every core).
    pub threads: Option<usize>,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            metrics: Metric::ALL.to_vec(),
            pagerank: PageRankOptions::default(),
            louvain: LouvainOptions::default(),
            threads: None,
        }
    }
}

/// The scores of every node, indexed like [`Network::nodes`].
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Number of neighbours.
    pub degree: Vec<usize>,
    /// Sum of edge weights.
    pub weighted_degree: Vec<f64>,
    /// Weighted PageRank, if computed.
    pub pagerank: Option<Vec<f64>>,
    /// Betweenness, if computed.
    pub betweenness: Option<Vec<f64>>,
    /// Closeness, if computed.
    pub closeness: Option<Vec<f64>>,
    /// Eigenvector centrality, if computed.
    pub eigenvector: Option<Vec<f64>>,
    /// Connected components, largest first.
    pub components: Vec<Vec<usize>>,
    /// Component index of each node.
    pub component: Vec<usize>,
    /// Louvain communities, if computed.
    pub partition: Option<Partition>,
    /// Wall time of each computed metric.
    pub timings: Vec<(Metric, Duration)>,
}

impl Analysis {
    /// The score columns that were computed: `(name, values)`, in [`Metric::ALL`] order.
    pub fn score_columns(&self) -> Vec<(&'static str, &[f64])> {
        [
            ("pagerank", &self.pagerank),
            ("betweenness", &self.betweenness),
            ("closeness", &self.closeness),
            ("eigenvector", &self.eigenvector),
        ]
        .into_iter()
        .filter_map(|(name, values)| values.as_deref().map(|values| (name, values)))
        .collect()
    }

    /// The best available size score for pictures and rankings: PageRank, else weighted degree.
    pub fn ranking_score(&self) -> Vec<f64> {
        self.pagerank
            .clone()
            .unwrap_or_else(|| self.weighted_degree.clone())
    }

    /// Node indices sorted by a named column (`degree`, `weighted_degree` or a score column),
    /// highest first, ties by index; `None` when the column was not computed.
    pub fn ranking(&self, column: &str) -> Option<Vec<usize>> {
        let values: Vec<f64> = match column {
            "degree" => self.degree.iter().map(|&d| d as f64).collect(),
            "weighted_degree" => self.weighted_degree.clone(),
            name => self
                .score_columns()
                .into_iter()
                .find(|(column, _)| *column == name)?
                .1
                .to_vec(),
        };
        let mut order: Vec<usize> = (0..values.len()).collect();
        order.sort_by(|&a, &b| values[b].total_cmp(&values[a]).then(a.cmp(&b)));
        Some(order)
    }
}

/// Computes the chosen metrics of a network.
pub fn analyse(network: &Network, options: &AnalysisOptions) -> Result<Analysis, MetricError> {
    let components = metrics::components(network);
    let mut analysis = Analysis {
        degree: metrics::degrees(network),
        weighted_degree: metrics::weighted_degrees(network),
        component: metrics::component_membership(&components, network.node_count()),
        components,
        ..Analysis::default()
    };
    for metric in Metric::ALL {
        if !options.metrics.contains(&metric) {
            continue;
        }
        let started = Instant::now();
        match metric {
            Metric::PageRank => {
                analysis.pagerank = Some(metrics::pagerank(network, options.pagerank)?);
            }
            Metric::Betweenness => {
                analysis.betweenness = Some(match options.threads {
                    Some(threads) => metrics::betweenness_with_threads(network, threads),
                    None => metrics::betweenness(network),
                });
            }
            Metric::Closeness => analysis.closeness = Some(metrics::closeness(network)),
            Metric::Eigenvector => analysis.eigenvector = Some(metrics::eigenvector(network)?),
            Metric::Louvain => {
                analysis.partition = Some(community::louvain(network, options.louvain));
            }
        }
        analysis.timings.push((metric, started.elapsed()));
    }
    Ok(analysis)
}
