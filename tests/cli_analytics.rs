//! `vawkg graph` through the built binary, on a store loaded from `examples/records`.

mod common;

use common::*;

use std::path::Path;

/// Runs and checks success; returns standard output.
fn ok(store: &Path, args: &[&str]) -> String {
    let output = vawkg(store, args);
    assert!(
        output.status.success(),
        "vawkg {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn loaded_store(name: &str) -> Scratch {
    let store = scratch_dir(name).child("store");
    ok(&store, &["load", "--quiet", "examples/records"]);
    store
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn metrics_of_every_canned_network_in_every_format() {
    let store = loaded_store("metrics");
    for network in [
        "agencies",
        "agency-country",
        "countries",
        "countries-instruments",
    ] {
        let table = ok(
            &store,
            &["graph", "metrics", "--network", network, "--top", "3"],
        );
        assert!(
            table.contains("actors") && table.contains("modularity"),
            "{table}"
        );
        assert!(table.contains("pagerank"), "{table}");
        let value = json(&ok(
            &store,
            &["graph", "metrics", "--network", network, "--format", "json"],
        ));
        let n_nodes = value["n_nodes"].as_u64().unwrap();
        assert!(n_nodes > 2, "{network}: {n_nodes} nodes");
        assert_eq!(value["nodes"].as_array().unwrap().len() as u64, n_nodes);
        let total: f64 = value["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|node| node["pagerank"].as_f64().unwrap())
            .sum();
        assert!(
            (total - 1.0).abs() < 1e-9,
            "{network}: pagerank sums to {total}"
        );
        assert!(value["modularity"].as_f64().unwrap() > 0.0);
    }
    let agencies = json(&ok(&store, &["graph", "metrics", "--format", "json"]));
    let labels: Vec<&str> = agencies["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .take(5)
        .map(|node| node["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&"UNFPA"), "{labels:?}");
    let csv = ok(
        &store,
        &[
            "graph",
            "metrics",
            "--format",
            "csv",
            "--top",
            "4",
            "--sort",
            "betweenness",
        ],
    );
    assert_eq!(csv.lines().count(), 5);
    assert!(csv.starts_with("id,label,kind,degree,weighted_degree,pagerank,"));
    // A user query by text, with only some metrics.
    let inline = ok(
        &store,
        &[
            "graph",
            "metrics",
            "--network",
            "PREFIX vawkg: <https://w3id.org/vawkg/ns#> SELECT ?source ?target WHERE { ?m vawkg:agency ?source ; vawkg:country ?target }",
            "--metrics",
            "pagerank",
            "--format",
            "csv",
        ],
    );
    assert!(
        inline
            .lines()
            .next()
            .unwrap()
            .ends_with("pagerank,component"),
        "{inline}"
    );
}

#[test]
fn write_back_fills_the_analytics_graph() {
    let store = loaded_store("write-back");
    let before = json(&ok(&store, &["stats", "--json"]));
    ok(&store, &["graph", "metrics", "--write-back", "--top", "1"]);
    let csv = ok(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "PREFIX vawkg: <https://w3id.org/vawkg/ns#> SELECT ?agency ?rank ?community WHERE { GRAPH <https://w3id.org/vawkg/graph/analytics> { ?agency vawkg:pageRank ?rank ; vawkg:community ?community } } ORDER BY DESC(?rank) LIMIT 3",
        ],
    );
    assert_eq!(csv.lines().count(), 4, "{csv}");
    // Replaced as a whole: a second run on a smaller network leaves only its nodes.
    ok(
        &store,
        &["graph", "metrics", "--network", "countries", "--write-back"],
    );
    let count = ok(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH <https://w3id.org/vawkg/graph/analytics> { ?s <https://w3id.org/vawkg/ns#pageRank> ?r } }",
        ],
    );
    let countries = json(&ok(
        &store,
        &[
            "graph",
            "metrics",
            "--network",
            "countries",
            "--format",
            "json",
        ],
    ));
    assert_eq!(
        count.lines().nth(1).unwrap(),
        countries["n_nodes"].to_string()
    );
    let after = json(&ok(&store, &["stats", "--json"]));
    assert_eq!(
        before["records"], after["records"],
        "the analytics graph is not a record"
    );
}

#[test]
fn path_and_ego_by_label_or_iri() {
    let store = loaded_store("path");
    let path = ok(&store, &["graph", "path", "UNFPA", "UNICEF", "--json"]);
    let path = json(&path);
    let steps = path["path"].as_array().unwrap();
    assert_eq!(steps.first().unwrap()["label"], "UNFPA");
    assert_eq!(steps.last().unwrap()["label"], "UNICEF");
    assert_eq!(path["length"].as_u64().unwrap() as usize, steps.len() - 1);
    let iri = steps[0]["id"].as_str().unwrap().to_owned();
    let plain = ok(&store, &["graph", "path", &iri, "UNICEF"]);
    assert!(plain.starts_with("0\tUNFPA\t<"), "{plain}");

    let ego = json(&ok(
        &store,
        &["graph", "ego", "UNFPA", "--radius", "1", "--format", "json"],
    ));
    let nodes = ego["nodes"].as_array().unwrap();
    assert_eq!(nodes[0]["label"], "UNFPA");
    assert_eq!(nodes[0]["distance"], 0);
    assert_eq!(nodes.len() as u64, nodes[0]["degree"].as_u64().unwrap() + 1);
    let wider = json(&ok(
        &store,
        &["graph", "ego", &iri, "--radius", "2", "--format", "json"],
    ));
    assert!(wider["n_nodes"].as_u64() >= ego["n_nodes"].as_u64());
    let table = ok(&store, &["graph", "ego", "UNFPA"]);
    assert!(table.contains("ego network of UNFPA (radius 1)"), "{table}");

    let unknown = vawkg(
        &store,
        &["graph", "path", "UNFPA", "No Such Agency Anywhere"],
    );
    assert_eq!(unknown.status.code(), Some(1));
    let message = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        message.contains("no actor `No Such Agency Anywhere`"),
        "{message}"
    );
}

#[test]
fn exports_in_every_format() {
    let store = loaded_store("export");
    let dir = store.parent().unwrap().to_owned();
    let graphml = ok(&store, &["graph", "export", "--format", "graphml"]);
    assert!(graphml.starts_with("<?xml") && graphml.trim_end().ends_with("</graphml>"));
    assert!(graphml.contains("attr.name=\"pagerank\""));
    let gexf = ok(
        &store,
        &["graph", "export", "--format", "gexf", "--no-scores"],
    );
    assert!(gexf.contains("<gexf") && !gexf.contains("pagerank"));
    let dot = ok(&store, &["graph", "export", "--format", "dot"]);
    assert!(dot.starts_with("graph vawkg {") && dot.contains(" -- "));
    let output = dir.join("agencies.svg");
    ok(
        &store,
        &[
            "graph",
            "export",
            "--format",
            "svg",
            "--output",
            output.to_str().unwrap(),
        ],
    );
    let svg = std::fs::read_to_string(&output).unwrap();
    assert!(svg.contains("<svg") && svg.contains("<circle") && svg.contains("UNFPA"));
    let again = ok(&store, &["graph", "export", "--format", "svg"]);
    assert_eq!(svg, again, "the picture is deterministic");
    let ego = ok(
        &store,
        &[
            "graph", "export", "--format", "graphml", "--ego", "UNFPA", "--radius", "1",
        ],
    );
    assert!(ego.matches("<node ").count() < graphml.matches("<node ").count());
}

#[test]
fn csv_edge_lists_need_no_store() {
    let dir = scratch_dir("edges");
    let edges = dir.join("edges.csv");
    std::fs::write(
        &edges,
        "source,target,weight\na,b,3\nb,c,1\nc,a,1\nc,d,2\nx,y,1\n",
    )
    .unwrap();
    let store = dir.join("unused-store");
    let value = json(&ok(
        &store,
        &[
            "graph",
            "metrics",
            "--edges",
            edges.to_str().unwrap(),
            "--format",
            "json",
        ],
    ));
    assert_eq!(value["n_nodes"], 6);
    assert_eq!(value["n_components"], 2);
    let path = ok(
        &store,
        &[
            "graph",
            "path",
            "a",
            "d",
            "--edges",
            edges.to_str().unwrap(),
        ],
    );
    assert_eq!(path.lines().count(), 3, "{path}");
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "a,b,heavy\n").unwrap();
    let output = vawkg(
        &store,
        &["graph", "metrics", "--edges", bad.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("line 1"));
    let write_back = vawkg(
        &store,
        &[
            "graph",
            "metrics",
            "--edges",
            edges.to_str().unwrap(),
            "--write-back",
        ],
    );
    assert_eq!(write_back.status.code(), Some(1));
}
