//! Scores as RDF: the triples written back to the analytics graph
//! ([`ANALYTICS_GRAPH`]) so that SPARQL can use them.
//!
//! Only nodes whose id is an IRI get triples. The graph also says which network it describes
//! (`dcterms:source`) and its modularity.

use oxigraph::model::vocab::xsd;
use oxigraph::model::{Literal, NamedNode, Triple};

use super::network::Network;
use super::scores::Analysis;
use crate::vocab::{dcterms, vawkg};

pub use crate::store::ANALYTICS_GRAPH;

fn double(value: f64) -> Literal {
    Literal::new_typed_literal(value.to_string(), xsd::DOUBLE)
}

fn integer(value: usize) -> Literal {
    Literal::new_typed_literal(value.to_string(), xsd::INTEGER)
}

/// The triples of the analytics graph for a network built from the query named `source`.
pub fn score_triples(network: &Network, analysis: &Analysis, source: &str) -> Vec<Triple> {
    let graph = NamedNode::new_unchecked(ANALYTICS_GRAPH);
    let mut triples = vec![Triple::new(
        graph.clone(),
        dcterms::SOURCE,
        Literal::new_simple_literal(source),
    )];
    if let Some(partition) = &analysis.partition {
        triples.push(Triple::new(
            graph.clone(),
            vawkg::MODULARITY,
            double(partition.modularity),
        ));
    }
    let columns = [
        (vawkg::PAGE_RANK, &analysis.pagerank),
        (vawkg::BETWEENNESS_CENTRALITY, &analysis.betweenness),
        (vawkg::CLOSENESS_CENTRALITY, &analysis.closeness),
        (vawkg::EIGENVECTOR_CENTRALITY, &analysis.eigenvector),
    ];
    for (index, node) in network.nodes().iter().enumerate() {
        let Ok(subject) = NamedNode::new(node.id.as_str()) else {
            continue;
        };
        triples.push(Triple::new(
            subject.clone(),
            vawkg::DEGREE,
            integer(analysis.degree[index]),
        ));
        triples.push(Triple::new(
            subject.clone(),
            vawkg::WEIGHTED_DEGREE,
            double(analysis.weighted_degree[index]),
        ));
        for (property, values) in &columns {
            if let Some(values) = values {
                triples.push(Triple::new(
                    subject.clone(),
                    *property,
                    double(values[index]),
                ));
            }
        }
        triples.push(Triple::new(
            subject.clone(),
            vawkg::COMPONENT,
            integer(analysis.component[index]),
        ));
        if let Some(partition) = &analysis.partition {
            triples.push(Triple::new(
                subject,
                vawkg::COMMUNITY,
                integer(partition.membership[index]),
            ));
        }
    }
    triples
}
