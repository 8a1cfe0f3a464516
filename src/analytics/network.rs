//! Actor networks: nodes with an identity (an IRI) and a label, undirected weighted edges, built
//! from the `?source ?target ?weight` rows of a SPARQL SELECT or from a CSV edge list.
//!
//! This module owns the graph data structure and actor look-up; it computes no metrics (see
//! [`super::metrics`] and [`super::community`]) and writes no files (see [`super::formats`]).

use std::collections::HashMap;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::UnGraph;

use crate::query::QueryError;

/// Why a network could not be built or an actor could not be found.
#[derive(Debug, thiserror::Error)]
pub enum NetworkError {
    /// The query failed.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// The query is not a SELECT.
    #[error("a network query must be a SELECT returning ?source and ?target")]
    NotSelect,
    /// A required variable is not projected by the query.
    #[error("the network query does not return ?{name}")]
    MissingVariable {
        /// The variable name.
        name: &'static str,
    },
    /// A `?weight` (or CSV weight) is not a number.
    #[error("weight `{value}` is not a number")]
    BadWeight {
        /// The value as written.
        value: String,
    },
    /// A CSV edge list line is malformed.
    #[error("line {line}: {message}")]
    Csv {
        /// One-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// No node matches an actor name.
    #[error("no actor `{name}` in the network{hint}")]
    UnknownActor {
        /// The name as given.
        name: String,
        /// A suggestion (`; did you mean …?`) or nothing.
        hint: String,
    },
    /// Several nodes match an actor name.
    #[error("`{name}` names several actors: {candidates}; give an IRI")]
    AmbiguousActor {
        /// The name as given.
        name: String,
        /// The matching labels and IRIs.
        candidates: String,
    },
}

/// One actor of a network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Identity: the IRI (or the literal value, for networks of literals or CSV ids).
    pub id: String,
    /// Display label (the id when the source gives none).
    pub label: String,
    /// The side of a bipartite network (`agency`, `country`), when the query says.
    pub kind: Option<String>,
}

/// One undirected edge, `source < target` as node indices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// Index of the first node.
    pub source: usize,
    /// Index of the second node.
    pub target: usize,
    /// The weight (1 when the source gives none); duplicate rows add up.
    pub weight: f64,
}

/// An undirected weighted network with nodes sorted by id and edges sorted by node indices.
///
/// Self-loops are dropped when the network is built. Besides the edge list it keeps a compact
/// adjacency (neighbours of each node sorted by index) and the same graph as a petgraph
/// [`UnGraph`] for the algorithms of `rustworkx-core`.
#[derive(Debug, Clone)]
pub struct Network {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    offsets: Vec<usize>,
    neighbors: Vec<usize>,
    neighbor_weights: Vec<f64>,
    graph: UnGraph<(), f64>,
}

/// Collects edges by node id, then builds a [`Network`] with a stable node order.
#[derive(Debug, Default)]
pub struct NetworkBuilder {
    index: HashMap<String, usize>,
    nodes: Vec<Node>,
    edges: HashMap<(usize, usize), f64>,
}

impl NetworkBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a node (or completes its label and kind) and returns its provisional index.
    pub fn add_node(&mut self, id: &str, label: Option<&str>, kind: Option<&str>) -> usize {
        if let Some(&index) = self.index.get(id) {
            let node = &mut self.nodes[index];
            if let Some(label) = label
                && node.label == node.id
            {
                node.label = label.to_owned();
            }
            if node.kind.is_none() {
                node.kind = kind.map(str::to_owned);
            }
            return index;
        }
        let index = self.nodes.len();
        self.index.insert(id.to_owned(), index);
        self.nodes.push(Node {
            id: id.to_owned(),
            label: label.unwrap_or(id).to_owned(),
            kind: kind.map(str::to_owned),
        });
        index
    }

    /// Adds an undirected edge between two nodes added before; weights of repeated pairs add
    /// up; self-loops are ignored.
    pub fn add_edge(&mut self, source: usize, target: usize, weight: f64) {
        if source == target {
            return;
        }
        let key = (source.min(target), source.max(target));
        *self.edges.entry(key).or_insert(0.0) += weight;
    }

    /// The network, nodes sorted by id, edges by node indices.
    pub fn build(self) -> Network {
        let mut order: Vec<usize> = (0..self.nodes.len()).collect();
        order.sort_by(|&a, &b| self.nodes[a].id.cmp(&self.nodes[b].id));
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut nodes_by_old: Vec<Option<Node>> = self.nodes.into_iter().map(Some).collect();
        let nodes: Vec<Node> = order
            .iter()
            .map(|&old| nodes_by_old[old].take().expect("each node is taken once"))
            .collect();
        let mut edges: Vec<Edge> = self
            .edges
            .into_iter()
            .map(|((a, b), weight)| {
                let (a, b) = (new_index[a], new_index[b]);
                Edge {
                    source: a.min(b),
                    target: a.max(b),
                    weight,
                }
            })
            .collect();
        edges.sort_by_key(|edge| (edge.source, edge.target));
        Network::from_parts(nodes, edges)
    }
}

impl Network {
    /// A network from nodes and edges given by index (`source < target`, no duplicates).
    pub fn from_parts(nodes: Vec<Node>, edges: Vec<Edge>) -> Self {
        let n = nodes.len();
        let mut degree = vec![0usize; n];
        for edge in &edges {
            degree[edge.source] += 1;
            degree[edge.target] += 1;
        }
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0);
        for d in &degree {
            offsets.push(offsets.last().copied().unwrap_or(0) + d);
        }
        let mut fill = offsets[..n].to_vec();
        let mut neighbors = vec![0; offsets[n]];
        let mut neighbor_weights = vec![0.0; offsets[n]];
        // Edges are sorted by (source, target), so each node's neighbours come out sorted.
        for edge in &edges {
            neighbors[fill[edge.target]] = edge.source;
            neighbor_weights[fill[edge.target]] = edge.weight;
            fill[edge.target] += 1;
        }
        for edge in &edges {
            neighbors[fill[edge.source]] = edge.target;
            neighbor_weights[fill[edge.source]] = edge.weight;
            fill[edge.source] += 1;
        }
        for node in 0..n {
            let range = offsets[node]..offsets[node + 1];
            if !neighbors[range.clone()].is_sorted() {
                let mut pairs: Vec<(usize, f64)> = neighbors[range.clone()]
                    .iter()
                    .copied()
                    .zip(neighbor_weights[range.clone()].iter().copied())
                    .collect();
                pairs.sort_by_key(|pair| pair.0);
                for (slot, (neighbor, weight)) in range.zip(pairs) {
                    neighbors[slot] = neighbor;
                    neighbor_weights[slot] = weight;
                }
            }
        }
        let mut graph = UnGraph::with_capacity(n, edges.len());
        for _ in 0..n {
            graph.add_node(());
        }
        for edge in &edges {
            graph.add_edge(
                petgraph::graph::NodeIndex::new(edge.source),
                petgraph::graph::NodeIndex::new(edge.target),
                edge.weight,
            );
        }
        Network {
            nodes,
            edges,
            offsets,
            neighbors,
            neighbor_weights,
            graph,
        }
    }

    /// Builds a network from SELECT results with `?source ?target` and optionally `?weight`,
    /// `?sourceLabel ?targetLabel` and `?sourceKind ?targetKind`. Rows with an unbound source
    /// or target are skipped.
    pub fn from_query_results(results: QueryResults<'_>) -> Result<Self, NetworkError> {
        let QueryResults::Solutions(solutions) = results else {
            return Err(NetworkError::NotSelect);
        };
        let variables: Vec<String> = solutions
            .variables()
            .iter()
            .map(|variable| variable.as_str().to_owned())
            .collect();
        for name in ["source", "target"] {
            if !variables.iter().any(|variable| variable == name) {
                return Err(NetworkError::MissingVariable { name });
            }
        }
        let mut builder = NetworkBuilder::new();
        for solution in solutions {
            let solution = solution.map_err(QueryError::Evaluation)?;
            let (Some(source), Some(target)) = (solution.get("source"), solution.get("target"))
            else {
                continue;
            };
            let text = |name: &str| solution.get(name).map(term_text);
            let weight = match solution.get("weight") {
                Some(term) => parse_weight(&term_text(term))?,
                None => 1.0,
            };
            let source = builder.add_node(
                &term_text(source),
                text("sourceLabel").as_deref(),
                text("sourceKind").as_deref(),
            );
            let target = builder.add_node(
                &term_text(target),
                text("targetLabel").as_deref(),
                text("targetKind").as_deref(),
            );
            builder.add_edge(source, target, weight);
        }
        Ok(builder.build())
    }

    /// Builds a network from a CSV edge list `source,target[,weight]` (an optional header line
    /// starting with `source`; fields may be double-quoted). Ids double as labels.
    pub fn from_csv(text: &str) -> Result<Self, NetworkError> {
        let mut builder = NetworkBuilder::new();
        for (line_index, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || (line_index == 0 && line.starts_with("source")) {
                continue;
            }
            let fields = split_csv_line(line).map_err(|message| NetworkError::Csv {
                line: line_index + 1,
                message,
            })?;
            if fields.len() < 2 || fields.len() > 3 {
                return Err(NetworkError::Csv {
                    line: line_index + 1,
                    message: format!(
                        "expected source,target[,weight], found {} fields",
                        fields.len()
                    ),
                });
            }
            let weight = match fields.get(2) {
                Some(text) => parse_weight(text).map_err(|error| NetworkError::Csv {
                    line: line_index + 1,
                    message: error.to_string(),
                })?,
                None => 1.0,
            };
            let source = builder.add_node(&fields[0], None, None);
            let target = builder.add_node(&fields[1], None, None);
            builder.add_edge(source, target, weight);
        }
        Ok(builder.build())
    }

    /// The nodes, sorted by id.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The edges, sorted by `(source, target)`.
    pub fn edges(&self) -> &[Edge] {
        &self.edges
    }

    /// The number of nodes.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The number of edges.
    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// The sum of the edge weights.
    pub fn total_weight(&self) -> f64 {
        self.edges.iter().map(|edge| edge.weight).sum()
    }

    /// The neighbours of a node, sorted by index.
    pub fn neighbors(&self, node: usize) -> &[usize] {
        &self.neighbors[self.offsets[node]..self.offsets[node + 1]]
    }

    /// The weights of the edges to [`Network::neighbors`], in the same order.
    pub fn neighbor_weights(&self, node: usize) -> &[f64] {
        &self.neighbor_weights[self.offsets[node]..self.offsets[node + 1]]
    }

    /// The same network as a petgraph graph (node `i` is `NodeIndex::new(i)`, edge weights).
    pub fn graph(&self) -> &UnGraph<(), f64> {
        &self.graph
    }

    /// The subnetwork induced by `keep` (node indices, any order); nodes keep their order.
    pub fn induced(&self, keep: &[usize]) -> Network {
        let mut new_index = vec![usize::MAX; self.nodes.len()];
        let mut kept: Vec<usize> = keep.to_vec();
        kept.sort_unstable();
        kept.dedup();
        for (new, &old) in kept.iter().enumerate() {
            new_index[old] = new;
        }
        let nodes = kept.iter().map(|&old| self.nodes[old].clone()).collect();
        let edges = self
            .edges
            .iter()
            .filter(|edge| {
                new_index[edge.source] != usize::MAX && new_index[edge.target] != usize::MAX
            })
            .map(|edge| Edge {
                source: new_index[edge.source],
                target: new_index[edge.target],
                weight: edge.weight,
            })
            .collect();
        Network::from_parts(nodes, edges)
    }

    /// Finds an actor by IRI (exact), else by label (case-insensitive, exact), else by a label
    /// that contains the name (when only one does).
    pub fn find_actor(&self, name: &str) -> Result<usize, NetworkError> {
        let name_trimmed = name.trim().trim_start_matches('<').trim_end_matches('>');
        if let Some(index) = self.nodes.iter().position(|node| node.id == name_trimmed) {
            return Ok(index);
        }
        let wanted = name.trim().to_lowercase();
        let exact: Vec<usize> = (0..self.nodes.len())
            .filter(|&index| self.nodes[index].label.to_lowercase() == wanted)
            .collect();
        let partial: Vec<usize> = (0..self.nodes.len())
            .filter(|&index| self.nodes[index].label.to_lowercase().contains(&wanted))
            .collect();
        let candidates = if exact.is_empty() { partial } else { exact };
        match candidates.as_slice() {
            [index] => Ok(*index),
            [] => Err(NetworkError::UnknownActor {
                name: name.to_owned(),
                hint: String::new(),
            }),
            many => Err(NetworkError::AmbiguousActor {
                name: name.to_owned(),
                candidates: many
                    .iter()
                    .take(5)
                    .map(|&index| format!("{} <{}>", self.nodes[index].label, self.nodes[index].id))
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}

/// The text of a term: an IRI, a literal's value or a blank node's `_:id`.
fn term_text(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => node.as_str().to_owned(),
        Term::BlankNode(node) => format!("_:{}", node.as_str()),
        Term::Literal(literal) => literal.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn parse_weight(text: &str) -> Result<f64, NetworkError> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|weight| weight.is_finite())
        .ok_or_else(|| NetworkError::BadWeight {
            value: text.to_owned(),
        })
}

/// Splits one CSV line on commas, honouring double quotes (`""` inside quotes is a quote).
fn split_csv_line(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars().peekable();
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        match (c, in_quotes) {
            ('"', false) if field.is_empty() => in_quotes = true,
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => in_quotes = false,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    if in_quotes {
        return Err("unterminated quoted field".to_owned());
    }
    fields.push(field);
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_edges_merge_sort_and_drop_self_loops() {
        let network =
            Network::from_csv("source,target,weight\nb,a,2\na,b,1\n\"c,1\",a,0.5\nc,c,3\n")
                .unwrap();
        let ids: Vec<&str> = network
            .nodes()
            .iter()
            .map(|node| node.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "b", "c", "c,1"]);
        assert_eq!(network.edge_count(), 2);
        assert_eq!(
            network.edges()[0],
            Edge {
                source: 0,
                target: 1,
                weight: 3.0
            }
        );
        assert_eq!(network.neighbors(0), [1, 3]);
        assert_eq!(network.neighbor_weights(0), [3.0, 0.5]);
        assert!(network.neighbors(2).is_empty());
        assert!(matches!(
            Network::from_csv("a,b,x"),
            Err(NetworkError::Csv { line: 1, .. })
        ));
    }

    #[test]
    fn actors_are_found_by_iri_label_or_unique_part_of_a_label() {
        let mut builder = NetworkBuilder::new();
        let a = builder.add_node("https://x/a", Some("Ministry of Justice"), None);
        let b = builder.add_node("https://x/b", Some("Ministry of Health"), None);
        builder.add_edge(a, b, 1.0);
        let network = builder.build();
        assert_eq!(network.find_actor("<https://x/b>").unwrap(), 1);
        assert_eq!(network.find_actor("ministry of justice").unwrap(), 0);
        assert_eq!(network.find_actor("Health").unwrap(), 1);
        assert!(matches!(
            network.find_actor("Ministry"),
            Err(NetworkError::AmbiguousActor { .. })
        ));
        assert!(matches!(
            network.find_actor("Police"),
            Err(NetworkError::UnknownActor { .. })
        ));
    }
}
