//! Network files and score tables: GraphML (Cytoscape, yEd), GEXF 1.2 (Gephi), DOT
//! (Graphviz), and the scores as CSV and JSON. Pictures are in [`super::svg`].
//!
//! Every writer is deterministic: nodes in network order, attributes in a fixed order, numbers
//! in Rust's shortest round-trip form. Node ids are the actors' IRIs.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use super::network::Network;
use super::scores::Analysis;

/// Escapes text for XML content and attribute values.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Node attributes written to GraphML and GEXF: `(name, type, value of node i)`.
type Attribute<'a> = (
    &'static str,
    &'static str,
    Box<dyn Fn(usize) -> Option<String> + 'a>,
);

fn node_attributes<'a>(network: &'a Network, analysis: Option<&'a Analysis>) -> Vec<Attribute<'a>> {
    let mut attributes: Vec<Attribute<'a>> = vec![(
        "label",
        "string",
        Box::new(move |node| Some(network.nodes()[node].label.clone())),
    )];
    if network.nodes().iter().any(|node| node.kind.is_some()) {
        attributes.push((
            "kind",
            "string",
            Box::new(move |node| network.nodes()[node].kind.clone()),
        ));
    }
    let Some(analysis) = analysis else {
        return attributes;
    };
    attributes.push((
        "degree",
        "int",
        Box::new(move |node| Some(analysis.degree[node].to_string())),
    ));
    attributes.push((
        "weighted_degree",
        "double",
        Box::new(move |node| Some(analysis.weighted_degree[node].to_string())),
    ));
    for (name, values) in analysis.score_columns() {
        attributes.push((
            name,
            "double",
            Box::new(move |node| Some(values[node].to_string())),
        ));
    }
    attributes.push((
        "component",
        "int",
        Box::new(move |node| Some(analysis.component[node].to_string())),
    ));
    if let Some(partition) = &analysis.partition {
        attributes.push((
            "community",
            "int",
            Box::new(move |node| Some(partition.membership[node].to_string())),
        ));
    }
    attributes
}

/// GraphML, undirected, with node attributes (label, kind, scores) and edge weights.
pub fn graphml(network: &Network, analysis: Option<&Analysis>) -> String {
    let attributes = node_attributes(network, analysis);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (name, kind, _) in &attributes {
        let _ = writeln!(
            out,
            "  <key id=\"{name}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
        );
    }
    out.push_str("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
    out.push_str("  <graph id=\"vawkg\" edgedefault=\"undirected\">\n");
    for (index, node) in network.nodes().iter().enumerate() {
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&node.id));
        for (name, _, value) in &attributes {
            if let Some(value) = value(index) {
                let _ = writeln!(
                    out,
                    "      <data key=\"{name}\">{}</data>",
                    xml_escape(&value)
                );
            }
        }
        out.push_str("    </node>\n");
    }
    for edge in network.edges() {
        let _ = writeln!(
            out,
            "    <edge source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data></edge>",
            xml_escape(&network.nodes()[edge.source].id),
            xml_escape(&network.nodes()[edge.target].id),
            edge.weight
        );
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// GEXF 1.2 (Gephi), undirected, with node attributes and edge weights.
pub fn gexf(network: &Network, analysis: Option<&Analysis>) -> String {
    let attributes: Vec<Attribute<'_>> = node_attributes(network, analysis)
        .into_iter()
        .filter(|(name, _, _)| *name != "label")
        .collect();
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n  <meta>\n    \
         <creator>vawkg</creator>\n  </meta>\n",
    );
    out.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    if !attributes.is_empty() {
        out.push_str("    <attributes class=\"node\" mode=\"static\">\n");
        for (index, (name, kind, _)) in attributes.iter().enumerate() {
            let kind = if *kind == "int" { "integer" } else { kind };
            let _ = writeln!(
                out,
                "      <attribute id=\"{index}\" title=\"{name}\" type=\"{kind}\"/>"
            );
        }
        out.push_str("    </attributes>\n");
    }
    out.push_str("    <nodes>\n");
    for (index, node) in network.nodes().iter().enumerate() {
        let _ = write!(
            out,
            "      <node id=\"{}\" label=\"{}\">",
            xml_escape(&node.id),
            xml_escape(&node.label)
        );
        let values: Vec<(usize, String)> = attributes
            .iter()
            .enumerate()
            .filter_map(|(attribute, (_, _, value))| value(index).map(|value| (attribute, value)))
            .collect();
        if !values.is_empty() {
            out.push_str("<attvalues>");
            for (attribute, value) in values {
                let _ = write!(
                    out,
                    "<attvalue for=\"{attribute}\" value=\"{}\"/>",
                    xml_escape(&value)
                );
            }
            out.push_str("</attvalues>");
        }
        out.push_str("</node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (index, edge) in network.edges().iter().enumerate() {
        let _ = writeln!(
            out,
            "      <edge id=\"{index}\" source=\"{}\" target=\"{}\" weight=\"{}\"/>",
            xml_escape(&network.nodes()[edge.source].id),
            xml_escape(&network.nodes()[edge.target].id),
            edge.weight
        );
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

/// Quotes a DOT identifier.
fn dot_quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// DOT (Graphviz), undirected: nodes labelled, coloured by community when known, edges with
/// `weight` and a pen width that grows with it.
pub fn dot(network: &Network, analysis: Option<&Analysis>) -> String {
    let mut out = String::from("graph vawkg {\n  graph [overlap=false, splines=true];\n");
    out.push_str("  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontsize=10];\n");
    let partition = analysis.and_then(|analysis| analysis.partition.as_ref());
    for (index, node) in network.nodes().iter().enumerate() {
        let colour = partition.map_or("#dddddd", |partition| {
            super::svg::community_colour(partition.membership[index])
        });
        let _ = writeln!(
            out,
            "  {} [label={}, fillcolor=\"{colour}\"];",
            dot_quote(&node.id),
            dot_quote(&node.label)
        );
    }
    let max_weight = network
        .edges()
        .iter()
        .map(|edge| edge.weight)
        .fold(0.0_f64, f64::max);
    for edge in network.edges() {
        let width = if max_weight > 0.0 {
            1.0 + 3.0 * edge.weight / max_weight
        } else {
            1.0
        };
        let _ = writeln!(
            out,
            "  {} -- {} [weight={}, penwidth={width:.2}];",
            dot_quote(&network.nodes()[edge.source].id),
            dot_quote(&network.nodes()[edge.target].id),
            edge.weight
        );
    }
    out.push_str("}\n");
    out
}

/// The column names of [`score_rows`], in order.
pub fn score_header(analysis: &Analysis) -> Vec<&'static str> {
    let mut header = vec!["id", "label", "kind", "degree", "weighted_degree"];
    header.extend(analysis.score_columns().into_iter().map(|(name, _)| name));
    header.push("component");
    if analysis.partition.is_some() {
        header.push("community");
    }
    header
}

/// One row of text per node, in `order`, matching [`score_header`].
pub fn score_rows(network: &Network, analysis: &Analysis, order: &[usize]) -> Vec<Vec<String>> {
    let columns = analysis.score_columns();
    order
        .iter()
        .map(|&node| {
            let info = &network.nodes()[node];
            let mut row = vec![
                info.id.clone(),
                info.label.clone(),
                info.kind.clone().unwrap_or_default(),
                analysis.degree[node].to_string(),
                analysis.weighted_degree[node].to_string(),
            ];
            row.extend(columns.iter().map(|(_, values)| values[node].to_string()));
            row.push(analysis.component[node].to_string());
            if let Some(partition) = &analysis.partition {
                row.push(partition.membership[node].to_string());
            }
            row
        })
        .collect()
}

/// Quotes a CSV field when needed (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The scores as CSV, one line per node in `order`, with a header.
pub fn scores_csv(network: &Network, analysis: &Analysis, order: &[usize]) -> String {
    let mut out = score_header(analysis).join(",");
    out.push('\n');
    for row in score_rows(network, analysis, order) {
        let fields: Vec<String> = row.iter().map(|field| csv_field(field)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// The scores as one JSON object: network size, components, communities with modularity, and
/// one object per node in `order`.
pub fn scores_json(network: &Network, analysis: &Analysis, order: &[usize]) -> Value {
    let columns = analysis.score_columns();
    let nodes: Vec<Value> = order
        .iter()
        .map(|&node| {
            let info = &network.nodes()[node];
            let mut object = Map::new();
            object.insert("id".into(), json!(info.id));
            object.insert("label".into(), json!(info.label));
            if let Some(kind) = &info.kind {
                object.insert("kind".into(), json!(kind));
            }
            object.insert("degree".into(), json!(analysis.degree[node]));
            object.insert(
                "weighted_degree".into(),
                json!(analysis.weighted_degree[node]),
            );
            for (name, values) in &columns {
                object.insert((*name).into(), json!(values[node]));
            }
            object.insert("component".into(), json!(analysis.component[node]));
            if let Some(partition) = &analysis.partition {
                object.insert("community".into(), json!(partition.membership[node]));
            }
            Value::Object(object)
        })
        .collect();
    let mut object = Map::new();
    object.insert("n_nodes".into(), json!(network.node_count()));
    object.insert("n_edges".into(), json!(network.edge_count()));
    object.insert("total_weight".into(), json!(network.total_weight()));
    object.insert("n_components".into(), json!(analysis.components.len()));
    if let Some(partition) = &analysis.partition {
        object.insert("n_communities".into(), json!(partition.n_communities));
        object.insert("modularity".into(), json!(partition.modularity));
    }
    object.insert("nodes".into(), Value::Array(nodes));
    Value::Object(object)
}
