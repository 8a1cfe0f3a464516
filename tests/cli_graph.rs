//! The knowledge-graph commands through the built binary: load, query, update, export, stats,
//! optimize.
//!
//! Every test loads `examples/records` into a store of its own in a temporary folder.

mod common;

use common::*;

use std::path::Path;

fn loaded_store(name: &str) -> Scratch {
    let store = scratch_dir(name).child("store");
    let output = vawkg(&store, &["load", "examples/records"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    store
}

/// The rows of a CSV result, header excluded.
fn csv_rows(store: &Path, args: &[&str]) -> Vec<String> {
    let mut full = vec!["query", "--format", "csv"];
    full.extend_from_slice(args);
    stdout(&vawkg(store, &full))
        .lines()
        .skip(1)
        .map(str::to_owned)
        .collect()
}

#[test]
fn load_reports_a_summary_and_loading_twice_changes_nothing() {
    let store = scratch_dir("twice").child("store");
    let first = vawkg(&store, &["load", "examples/records"]);
    let summary = String::from_utf8_lossy(&first.stderr);
    assert!(
        summary.contains("loaded 22 records (0 rejected) as"),
        "{summary}"
    );
    assert!(summary.contains("triples/s"), "{summary}");
    let before = sorted_n_quads(&store);
    assert!(before.len() > 1000);
    let second = vawkg(&store, &["load", "examples/records"]);
    assert_eq!(second.status.code(), Some(0));
    assert_eq!(sorted_n_quads(&store), before);
}

#[test]
fn rejected_records_are_reported_and_the_rest_loaded() {
    let store = scratch_dir("partial").child("store");
    let output = vawkg(&store, &["load", "tests/data/bad/malformed-year.txt"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("malformed-year.txt:2:6: malformed year"),
        "{stderr}"
    );
    assert!(stderr.contains("loaded 1 records (1 rejected)"), "{stderr}");
    let stats: serde_json::Value =
        serde_json::from_str(&stdout(&vawkg(&store, &["stats", "--json"]))).unwrap();
    assert_eq!(stats["records"], 1);
}

#[test]
fn stats_count_records_countries_and_agencies() {
    let store = loaded_store("stats");
    let stats: serde_json::Value =
        serde_json::from_str(&stdout(&vawkg(&store, &["stats", "--json"]))).unwrap();
    assert_eq!(stats["records"], 22);
    assert_eq!(stats["measures"], 22);
    assert_eq!(stats["countries"], 22);
    assert!(stats["agencies"].as_u64().unwrap() > 60);
    assert!(stats["triples"].as_u64().unwrap() > 3000);
    assert_eq!(
        stats["graphs"], 23,
        "22 record graphs and the ontology graph"
    );
    let table = stdout(&vawkg(&store, &["stats"]));
    assert!(table.contains("records") && table.contains("22"), "{table}");
}

#[test]
fn optimize_keeps_every_answer_and_needs_an_existing_store() {
    let store = loaded_store("optimize");
    let before = sorted_n_quads(&store);
    let names = ["03-agencies-by-country", "08-agency-co-occurrence-edges"];
    let answers: Vec<Vec<String>> = names.iter().map(|name| csv_rows(&store, &[name])).collect();
    let output = vawkg(&store, &["optimize"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("optimized "),
        "{}",
        stderr(&output)
    );
    assert_eq!(sorted_n_quads(&store), before);
    for (name, answer) in names.iter().zip(&answers) {
        assert_eq!(&csv_rows(&store, &[name]), answer, "{name}");
    }

    let missing = scratch_dir("optimize-missing").child("store");
    let output = vawkg(&missing, &["optimize"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no store at"),
        "{}",
        stderr(&output)
    );
    assert!(!missing.exists(), "optimizing created a store");
}

#[test]
fn every_canned_query_runs_with_its_defaults_and_answers() {
    let store = loaded_store("canned");
    let list = stdout(&vawkg(&store, &["query", "--list"]));
    let names: Vec<&str> = list.lines().filter(|line| !line.starts_with(' ')).collect();
    assert!(names.len() >= 10, "{list}");
    for name in names {
        let rows = csv_rows(&store, &[name]);
        assert!(!rows.is_empty(), "{name} answered nothing on the examples");
    }
}

#[test]
fn canned_queries_give_the_expected_answers() {
    let store = loaded_store("answers");
    let finland = csv_rows(
        &store,
        &[
            "01-measures-by-country-and-year",
            "--param",
            "country=\"FI\"",
        ],
    );
    assert_eq!(finland.len(), 1);
    assert!(
        finland[0].starts_with("FI,Finland,2016,2016,"),
        "{finland:?}"
    );

    let canada_agencies = csv_rows(&store, &["agencies-by-country"]).join("\n");
    for agency in [
        "Royal Canadian Mounted Police",
        "Canada Border Services Agency",
        "UNFPA",
    ] {
        assert!(canada_agencies.contains(agency), "{agency} missing");
    }

    let trafficking_plans = csv_rows(&store, &["2"]).join("\n");
    assert!(trafficking_plans.contains("Canada"), "{trafficking_plans}");

    let matrix = csv_rows(&store, &["04-country-pillar-matrix"]).join("\n");
    assert!(matrix.contains("CA"), "{matrix}");

    let funding = csv_rows(&store, &["11-funding-by-country-and-currency"]).join("\n");
    assert!(funding.contains("CAD") && funding.contains("GBP") && funding.contains("INR"));

    let provenance = csv_rows(&store, &["13-record-provenance"]).join("\n");
    assert!(
        provenance.contains("examples/records/CA-2019-national-strategy-human-trafficking.txt")
    );
}

#[test]
fn parameters_are_bound_as_terms_never_spliced() {
    let store = loaded_store("injection");
    let before = sorted_n_quads(&store);
    for value in [
        r#""x" } ; DROP ALL ; {"#,
        r#"CA" } UNION { ?s ?p ?o "#,
        "?country",
        "<http://e/x> . ?a ?b ?c",
        "FI\"",
    ] {
        let output = vawkg(
            &store,
            &[
                "query",
                "1",
                "--format",
                "csv",
                "--param",
                &format!("country={value}"),
            ],
        );
        if output.status.success() {
            let rows = String::from_utf8_lossy(&output.stdout)
                .lines()
                .skip(1)
                .count();
            assert_eq!(rows, 0, "{value} matched rows");
        } else {
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                stderr.contains("parameter") || stderr.contains("value"),
                "{value}: {stderr}"
            );
        }
    }
    assert_eq!(sorted_n_quads(&store), before);
}

#[test]
fn inline_queries_formats_and_errors() {
    let store = loaded_store("inline");
    let ask = stdout(&vawkg(
        &store,
        &[
            "query",
            "ASK { ?m a <https://w3id.org/vawkg/ns#Measure> }",
            "--format",
            "json",
        ],
    ));
    assert!(ask.contains("\"boolean\":true"), "{ask}");
    let construct = stdout(&vawkg(
        &store,
        &[
            "query",
            "CONSTRUCT { ?c a ?k } WHERE { ?c a ?k ; <https://w3id.org/vawkg/ns#isoAlpha2> \"FI\" }",
        ],
    ));
    assert!(construct.contains("country:FI"), "{construct}");
    let table = stdout(&vawkg(&store, &["query", "06-measures-per-year"]));
    assert!(table.contains("2019"), "{table}");

    let bad = vawkg(&store, &["query", "SELECT ?x WHERE { ?x ?y }"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("1:26"));
}

#[test]
fn update_changes_the_store() {
    let store = loaded_store("update");
    let insert = "INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/a> <https://example.org/b> \"c\" } }";
    stdout(&vawkg(&store, &["update", insert]));
    let rows = csv_rows(
        &store,
        &["SELECT ?o WHERE { <https://example.org/a> ?p ?o }"],
    );
    assert_eq!(rows, ["c"]);
}

#[test]
fn exports_are_deterministic_and_parse_back() {
    let store = loaded_store("export");
    let first = stdout(&vawkg(&store, &["export", "--format", "ttl"]));
    let second = stdout(&vawkg(&store, &["export", "--format", "ttl"]));
    assert_eq!(first, second);
    assert!(
        first.contains("void:Dataset"),
        "the dataset description is included"
    );
    let dir = store.parent().unwrap();
    for format in ["ttl", "nt", "nq", "trig", "jsonld", "rdfxml"] {
        let path = dir.join(format!("all.{format}"));
        let output = vawkg(
            &store,
            &[
                "export",
                "--format",
                format,
                "--output",
                path.to_str().unwrap(),
            ],
        );
        assert_eq!(output.status.code(), Some(0), "{format}");
        let bytes = std::fs::read(&path).unwrap();
        let rdf_format = match format {
            "ttl" => oxigraph::io::RdfFormat::Turtle,
            "nt" => oxigraph::io::RdfFormat::NTriples,
            "nq" => oxigraph::io::RdfFormat::NQuads,
            "trig" => oxigraph::io::RdfFormat::TriG,
            "jsonld" => oxigraph::io::RdfFormat::JsonLd {
                profile: Default::default(),
            },
            _ => oxigraph::io::RdfFormat::RdfXml,
        };
        let n = oxigraph::io::RdfParser::from_format(rdf_format)
            .for_slice(&bytes)
            .collect::<Result<Vec<_>, _>>()
            .unwrap_or_else(|error| panic!("{format}: {error}"))
            .len();
        assert!(n > 3000, "{format}: {n} quads");
    }
}
