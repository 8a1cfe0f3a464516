//! Golden graphs: the RDF of every example record file, compared as graphs.
//!
//! `vawkg extract --format nq FILE` must give a dataset isomorphic (rdf-types'
//! `are_isomorphic`: equal up to blank-node renaming, in any order) to
//! `tests/data/golden-graphs/<name>.nq`. The mapping mints no blank nodes, so isomorphism here
//! is set equality, but the comparison does not depend on it nor on quad order.
//! Regenerate with `UPDATE_GOLDEN=1 cargo test --release --test golden_graph` and review.

use std::path::Path;
use std::process::Command;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedOrBlankNode, Term};
use rdf_types::pattern::Pattern;
use rdf_types::{BTreeDataset, Quad as RdfQuad};

type Resource = Pattern<String, String>;

fn resource_of_term(term: Term) -> Resource {
    match term {
        Term::BlankNode(node) => Pattern::Var(node.as_str().to_owned()),
        other => Pattern::Ground(other.to_string()),
    }
}

fn resource_of_subject(subject: NamedOrBlankNode) -> Resource {
    resource_of_term(subject.into())
}

/// Parses N-Quads into an rdf-types dataset, blank nodes as variables.
fn dataset(n_quads: &[u8]) -> BTreeDataset<Resource> {
    let mut dataset = BTreeDataset::new();
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(n_quads) {
        let quad = quad.expect("valid N-Quads");
        let graph = match quad.graph_name {
            GraphName::NamedNode(node) => Some(Pattern::Ground(node.to_string())),
            GraphName::BlankNode(node) => Some(Pattern::Var(node.as_str().to_owned())),
            GraphName::DefaultGraph => None,
        };
        dataset.insert(RdfQuad(
            resource_of_subject(quad.subject),
            Pattern::Ground(quad.predicate.to_string()),
            resource_of_term(quad.object),
            graph,
        ));
    }
    dataset
}

#[test]
fn example_graphs_match_their_golden_graphs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let golden = root.join("tests/data/golden-graphs");
    let mut files: Vec<_> = std::fs::read_dir(root.join("examples/records"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 15);
    let mut failures = Vec::new();
    for file in files {
        let relative = file.strip_prefix(root).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_vawkg"))
            .current_dir(root)
            .args(["extract", "--format", "nq"])
            .arg(relative)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", relative.display());
        let actual = dataset(&output.stdout);
        assert!(
            actual.len() > 20,
            "{} maps to almost nothing",
            relative.display()
        );
        let expected_path = golden.join(relative.with_extension("nq").file_name().unwrap());
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&expected_path, &output.stdout).unwrap();
            continue;
        }
        let expected = dataset(&std::fs::read(&expected_path).unwrap_or_default());
        if !rdf_types::are_isomorphic(&actual, &expected) {
            let missing: Vec<_> = expected
                .iter()
                .filter(|quad| !actual.contains(*quad))
                .take(5)
                .collect();
            let extra: Vec<_> = actual
                .iter()
                .filter(|quad| !expected.contains(*quad))
                .take(5)
                .collect();
            failures.push(format!(
                "{}: not isomorphic to its golden graph\n  missing: {missing:?}\n  extra: {extra:?}",
                relative.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn isomorphism_ignores_blank_node_names_and_order_but_not_content() {
    let a = dataset(b"_:x <http://e/p> <http://e/o> .\n<http://e/s> <http://e/q> _:x .\n");
    let b = dataset(b"<http://e/s> <http://e/q> _:y .\n_:y <http://e/p> <http://e/o> .\n");
    let c = dataset(b"<http://e/s> <http://e/q> _:y .\n_:z <http://e/p> <http://e/o> .\n");
    assert!(rdf_types::are_isomorphic(&a, &b));
    assert!(!rdf_types::are_isomorphic(&a, &c));
}
