//! Actor networks: build a network from a SPARQL edge query (or a CSV edge list), compute
//! centralities, components and communities, and write the network as GraphML, GEXF, DOT, SVG
//! or RDF.
//!
//! ```text
//! SELECT ?source ?target ?weight ─▶ Network ─▶ analyse ─▶ Analysis ─▶ formats / svg / rdf
//! ```
//!
//! The modules: [`network`] (the graph, built from query results or CSV; actor look-up),
//! [`metrics`] (degree, PageRank, betweenness, closeness, eigenvector, components, paths, ego
//! networks), [`community`] (Louvain, modularity), [`scores`] (every metric at once),
//! [`formats`] (GraphML, GEXF, DOT, CSV, JSON), [`svg`] (layout and picture) and [`rdf`] (the
//! analytics graph). Nothing here prints or opens files.
//!
//! ```
//! use vawkg::analytics::{Network, analyse, AnalysisOptions};
//!
//! let network = Network::from_csv("a,b,2\nb,c,1\nc,a,1\nc,d,1\n").unwrap();
//! let analysis = analyse(&network, &AnalysisOptions::default()).unwrap();
//! let pagerank = analysis.pagerank.unwrap();
//! assert!((pagerank.iter().sum::<f64>() - 1.0).abs() < 1e-12);
//! assert_eq!(analysis.components.len(), 1);
//! ```

pub mod community;
pub mod formats;
pub mod metrics;
pub mod network;
pub mod rdf;
pub mod scores;
pub mod svg;

pub use community::{LouvainOptions, Partition, louvain, modularity};
pub use network::{Edge, Network, NetworkBuilder, NetworkError, Node};
pub use scores::{Analysis, AnalysisOptions, Metric, analyse};

#[cfg(test)]
mod tests;
