//! Store, query and export together: replace semantics, reopening, stats, the union default
//! graph, parameter binding, error messages, and every export format read back.

use oxigraph::io::RdfParser;
use oxigraph::model::vocab::rdf;
use oxigraph::model::{Literal, NamedNode, Quad, Term, Triple};
use oxigraph::sparql::QueryResults;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Instant;
use vawkg::export::{
    DatasetDescription, ExportFormat, describe_dataset, export, export_with,
    export_with_description,
};
use vawkg::query::{
    CannedQueries, QueryError, ResultFormat, evaluate, parse_param_assignment, render_table,
    resolve_query, update, write_results,
};
use vawkg::store::{ONTOLOGY_GRAPH, Store};

const NS: &str = "https://w3id.org/vawkg/ns#";
const ID: &str = "https://w3id.org/vawkg/id/";

fn iri(text: &str) -> NamedNode {
    NamedNode::new(text).unwrap()
}

fn vawkg(local: &str) -> NamedNode {
    iri(&format!("{NS}{local}"))
}

/// A record graph like `map` will make: the record, its country, agencies and a few literals.
fn record(record_idx: usize) -> (NamedNode, Vec<Triple>) {
    let record = iri(&format!("{ID}record/r{record_idx:05}"));
    let country = iri(&format!("{ID}country/C{}", record_idx % 7));
    let mut triples = vec![
        Triple::new(record.clone(), rdf::TYPE, vawkg("Measure")),
        Triple::new(
            record.clone(),
            iri("http://purl.org/dc/terms/title"),
            Literal::new_language_tagged_literal_unchecked(
                format!("Measure number {record_idx}, \"quoted\"\nsecond line"),
                "en",
            ),
        ),
        Triple::new(
            record.clone(),
            vawkg("year"),
            Literal::from(2000 + (record_idx % 20) as i64),
        ),
        Triple::new(
            record.clone(),
            vawkg("amount"),
            Literal::new_typed_literal("1.50", oxigraph::model::vocab::xsd::DECIMAL),
        ),
        Triple::new(record.clone(), vawkg("country"), country.clone()),
        // Shared across records: the same triple in several graphs.
        Triple::new(country.clone(), rdf::TYPE, vawkg("Country")),
        Triple::new(
            country,
            iri("http://www.w3.org/2004/02/skos/core#notation"),
            Literal::from(format!("C{}", record_idx % 7)),
        ),
    ];
    for agency_idx in 0..3 {
        let agency = iri(&format!("{ID}agency/a{}", (record_idx + agency_idx) % 50));
        triples.push(Triple::new(record.clone(), vawkg("agency"), agency.clone()));
        triples.push(Triple::new(
            agency.clone(),
            rdf::TYPE,
            iri("http://www.w3.org/ns/org#Organization"),
        ));
        triples.push(Triple::new(
            agency,
            iri("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal::from(format!("Agency {}", (record_idx + agency_idx) % 50)),
        ));
    }
    (record, triples)
}

fn load_records(store: &Store, range: std::ops::Range<usize>) {
    let records = range.map(record).collect::<Vec<_>>();
    store
        .replace_graphs(
            records
                .iter()
                .map(|(graph, triples)| (graph.as_ref(), triples.as_slice())),
            |_| {},
        )
        .unwrap();
}

fn sorted_quads(store: &Store) -> Vec<String> {
    let mut quads = store
        .quads()
        .map(|quad| quad.unwrap().to_string())
        .collect::<Vec<_>>();
    quads.sort();
    quads
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("vawkg-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        Self(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn loading_twice_leaves_the_same_quads() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..20);
    let first = sorted_quads(&store);
    load_records(&store, 0..20);
    assert_eq!(sorted_quads(&store), first);
}

#[test]
fn replacing_a_graph_drops_its_old_triples_only() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..3);
    let (graph, _) = record(1);
    let new_triple = Triple::new(graph.clone(), vawkg("replaced"), Literal::from(true));
    store
        .replace_graph(graph.as_ref(), std::slice::from_ref(&new_triple))
        .unwrap();
    let in_graph = store
        .as_oxigraph()
        .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
        .map(|quad| Triple::from(quad.unwrap()))
        .collect::<Vec<_>>();
    assert_eq!(in_graph, [new_triple]);
    let (other_graph, other_triples) = record(2);
    let other_count = store
        .as_oxigraph()
        .quads_for_pattern(None, None, None, Some(other_graph.as_ref().into()))
        .count();
    assert_eq!(other_count, other_triples.len());
}

#[test]
fn the_same_graph_twice_in_one_batch_keeps_the_last() {
    let store = Store::in_memory().unwrap();
    let (graph, triples) = record(0);
    let mut loader = store.loader().with_batch_size(1_000_000);
    loader
        .replace_graph(graph.as_ref(), triples.as_slice())
        .unwrap();
    loader.replace_graph(graph.as_ref(), &triples[..2]).unwrap();
    let progress = loader.finish().unwrap();
    assert_eq!(progress.n_commits, 1);
    assert_eq!(store.stats(&[]).unwrap().n_quads, 2);
}

#[test]
fn uncommitted_batches_are_discarded_and_progress_is_reported() {
    let store = Store::in_memory().unwrap();
    let mut reports = Vec::new();
    {
        let mut loader = store
            .loader()
            .with_batch_size(30)
            .with_bulk_size(0)
            .on_progress(|progress| reports.push(*progress));
        for record_idx in 0..11 {
            let (graph, triples) = record(record_idx);
            loader.replace_graph(graph.as_ref(), triples).unwrap();
        }
        // Dropped without finish(): the last, uncommitted batch is lost, whole.
    }
    assert!(reports.len() >= 3, "{reports:?}");
    assert!(
        reports
            .windows(2)
            .all(|pair| pair[0].n_graphs < pair[1].n_graphs)
    );
    let last = reports.last().unwrap();
    let stats = store.stats(&[]).unwrap();
    assert_eq!(stats.n_records, last.n_graphs);
    for graph in store.graph_names().unwrap() {
        let graph_iri = graph.to_string();
        let record_idx = graph_iri
            .trim_end_matches('>')
            .rsplit('r')
            .next()
            .unwrap()
            .parse::<usize>()
            .unwrap();
        let count = store
            .as_oxigraph()
            .quads_for_pattern(
                None,
                None,
                None,
                Some(oxigraph::model::GraphNameRef::from(graph.as_ref())),
            )
            .count();
        assert_eq!(
            count,
            record(record_idx).1.len(),
            "{graph_iri} is incomplete"
        );
    }
}

#[test]
fn bulk_and_transaction_commits_mix_to_the_same_result() {
    let dir = TempDir::new("bulk-mix");
    let store = Store::open(&dir.0).unwrap();
    let mut loader = store.loader().with_batch_size(20).with_bulk_size(50);
    let mut expected = std::collections::BTreeMap::new();
    let mut give = |record_idx: usize, n_triples: usize| {
        let (graph, triples) = record(record_idx);
        loader
            .replace_graph(graph.as_ref(), &triples[..n_triples])
            .unwrap();
        expected.insert(graph, triples[..n_triples].to_vec());
    };
    for record_idx in 0..6 {
        give(record_idx, 16);
    }
    give(2, 3); // still waiting in the bulk commit
    for record_idx in 4..9 {
        give(record_idx, 8 + record_idx);
    }
    let progress = loader.finish().unwrap();
    assert!(progress.n_commits >= 3, "{progress:?}");
    assert_eq!(progress.n_graphs, 12);
    // The same final graphs, each replaced alone in its own transaction.
    let reference = Store::in_memory().unwrap();
    for (graph, triples) in &expected {
        reference.replace_graph(graph.as_ref(), triples).unwrap();
    }
    assert_eq!(sorted_quads(&store), sorted_quads(&reference));
    assert_eq!(store.stats(&[]).unwrap().n_records, 9);
}

#[test]
fn a_dropped_loader_leaves_no_bulk_graph() {
    let dir = TempDir::new("bulk-drop");
    let store = Store::open(&dir.0).unwrap();
    {
        let mut loader = store.loader().with_batch_size(1);
        for record_idx in 0..3 {
            let (graph, triples) = record(record_idx);
            loader.replace_graph(graph.as_ref(), triples).unwrap();
        }
    }
    assert_eq!(store.stats(&[]).unwrap().n_quads, 0);
}

#[test]
fn a_store_on_disk_reopens_with_its_content() {
    let dir = TempDir::new("reopen");
    let path = dir.0.join("nested/store");
    let expected = {
        let store = Store::open(&path).unwrap();
        load_records(&store, 0..30);
        store
            .load_ontology(&[Triple::new(
                iri(NS),
                rdf::TYPE,
                iri("http://www.w3.org/2002/07/owl#Ontology"),
            )])
            .unwrap();
        sorted_quads(&store)
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(sorted_quads(&store), expected);
    assert_eq!(store.stats(&[]).unwrap().n_records, 30);
    drop(store);
    let read_only = Store::open_read_only(&path).unwrap();
    assert_eq!(sorted_quads(&read_only), expected);
    assert!(Store::open_read_only(dir.0.join("missing")).is_err());
}

/// A new store is made beside its path and renamed into place, so that a process killed while
/// creating it never leaves a half-made store: nothing of the making is left behind, an empty
/// directory can hold a new store, and what a killed creator left does not get in the way and
/// goes at the next open once its process is gone.
#[test]
fn a_new_store_appears_whole() {
    let dir = TempDir::new("whole");
    let path = dir.0.join("store");
    drop(Store::open(&path).unwrap());
    let names = |dir: &std::path::Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&dir.0), ["store"]);
    assert!(Store::open_read_only(&path).is_ok());

    let empty = dir.0.join("empty");
    std::fs::create_dir(&empty).unwrap();
    drop(Store::open(&empty).unwrap());
    assert!(Store::open_read_only(&empty).is_ok());

    // What a creator killed half-way left: a hidden directory with a store's first files.
    let left = dir.0.join(".later.creating-1");
    std::fs::create_dir(&left).unwrap();
    std::fs::write(left.join("CURRENT"), "MANIFEST-000001\n").unwrap();
    let later = dir.0.join("later");
    load_records(&Store::open(&later).unwrap(), 0..3);
    assert_eq!(
        Store::open_read_only(&later)
            .unwrap()
            .stats(&[])
            .unwrap()
            .n_records,
        3
    );

    // The next open removes what a creator that is gone left, and nothing of a creator that
    // still runs (here process 1).
    if std::path::Path::new("/proc/self").exists() {
        let mut gone = std::process::Command::new("true").spawn().unwrap();
        let gone_pid = gone.id();
        gone.wait().unwrap();
        let gone_dir = dir.0.join(format!(".later.creating-{gone_pid}"));
        std::fs::create_dir(&gone_dir).unwrap();
        drop(Store::open(&later).unwrap());
        assert!(!gone_dir.exists());
        let mut names = names(&dir.0);
        names.retain(|name| name.starts_with('.'));
        assert_eq!(names, [".later.creating-1"]);
    }
}

#[test]
fn stats_count_records_triples_and_class_instances() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..10);
    store
        .load_ontology(&[Triple::new(
            iri(NS),
            rdf::TYPE,
            iri("http://www.w3.org/2002/07/owl#Ontology"),
        )])
        .unwrap();
    let measure = vawkg("Measure");
    let country = vawkg("Country");
    let stats = store.stats(&[measure.as_ref(), country.as_ref()]).unwrap();
    assert_eq!(stats.n_records, 10);
    assert_eq!(stats.n_graphs, 11);
    let n_quads = (0..10)
        .map(|record_idx| record(record_idx).1.len())
        .sum::<usize>()
        + 1;
    assert_eq!(stats.n_quads, n_quads as u64);
    let distinct = (0..10)
        .flat_map(|record_idx| record(record_idx).1)
        .map(|triple| triple.to_string())
        .collect::<BTreeSet<_>>();
    assert_eq!(stats.n_triples, distinct.len() as u64 + 1);
    assert!(stats.n_triples < stats.n_quads);
    assert_eq!(stats.class_counts[0].n_instances, 10);
    assert_eq!(stats.class_counts[1].n_instances, 7);
}

#[test]
fn queries_see_the_union_of_all_graphs() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..5);
    let canned = CannedQueries::new();
    let query = resolve_query(
        &format!("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ ?m a <{NS}Measure> }}"),
        &canned,
    )
    .unwrap();
    let QueryResults::Solutions(mut solutions) = evaluate(&store, &query, &[]).unwrap() else {
        panic!("not a SELECT")
    };
    let solution = solutions.next().unwrap().unwrap();
    assert_eq!(solution.get("n"), Some(&Term::from(Literal::from(5))));
}

#[test]
fn parameters_are_bound_as_single_terms() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..5);
    let n_quads = store.stats(&[]).unwrap().n_quads;
    let canned = CannedQueries::from_texts([(
        "02-records-of-country",
        "#+ summary: Records of a country\n\
         #+ param: code (default \"C1\"): country notation\n\
         PREFIX vawkg: <https://w3id.org/vawkg/ns#>\n\
         PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n\
         SELECT ?code ?record WHERE { ?record vawkg:country ?c . ?c skos:notation ?code } ORDER BY ?record\n",
    )])
    .unwrap();
    let query = resolve_query("records-of-country", &canned).unwrap();

    let csv = |params: &[(String, Term)]| {
        let results = evaluate(&store, &query, params).unwrap();
        String::from_utf8(write_results(results, ResultFormat::Csv, Vec::new()).unwrap()).unwrap()
    };
    // Default.
    assert_eq!(
        csv(&[]),
        "code,record\r\nC1,https://w3id.org/vawkg/id/record/r00001\r\n"
    );
    // Given.
    let params = [parse_param_assignment("code=C2").unwrap()];
    assert_eq!(
        csv(&params),
        "code,record\r\nC2,https://w3id.org/vawkg/id/record/r00002\r\n"
    );
    // An injection attempt is one literal that matches nothing, and changes nothing.
    for value in [
        "\"x\" } ; DROP ALL ; {",
        "C1\" } UNION { ?record ?p ?code",
        "?record",
    ] {
        let params = [parse_param_assignment(&format!("code={value}")).unwrap()];
        assert_eq!(csv(&params), "code,record\r\n", "{value}");
        assert_eq!(params[0].1, Term::from(Literal::from(value)));
    }
    assert_eq!(store.stats(&[]).unwrap().n_quads, n_quads);

    // Unknown parameter names list the known ones.
    let params = [parse_param_assignment("country=C1").unwrap()];
    let error = evaluate(&store, &query, &params).err().unwrap();
    assert!(matches!(error, QueryError::UnknownParam { .. }));
    assert!(
        error.to_string().contains("known parameters: code"),
        "{error}"
    );
}

#[test]
fn a_parameter_outside_the_select_clause_is_bound_too() {
    let store = Store::in_memory().unwrap();
    let graph = NamedNode::new("https://example.org/g").unwrap();
    let predicate = NamedNode::new("https://example.org/p").unwrap();
    let triples: Vec<Triple> = ["C1", "C2"]
        .iter()
        .enumerate()
        .map(|(index, code)| {
            let subject = NamedNode::new(format!("https://example.org/s{index}")).unwrap();
            Triple::new(
                subject,
                predicate.clone(),
                Literal::new_simple_literal(*code),
            )
        })
        .collect();
    store.replace_graph(graph.as_ref(), &triples).unwrap();
    let canned = CannedQueries::from_texts([(
        "04-hidden",
        "#+ param: code (default \"C1\"): x\nSELECT ?s WHERE { ?s ?p ?code } ORDER BY ?s\n",
    )])
    .unwrap();
    let query = resolve_query("hidden", &canned).unwrap();
    let rows = |given: &[(String, Term)]| {
        let results = evaluate(&store, &query, given).unwrap();
        String::from_utf8(write_results(results, ResultFormat::Csv, Vec::new()).unwrap()).unwrap()
    };
    assert_eq!(rows(&[]), "s\r\nhttps://example.org/s0\r\n");
    let c2 = parse_param_assignment("code=C2").unwrap();
    assert_eq!(rows(&[c2]), "s\r\nhttps://example.org/s1\r\n");
}

#[test]
fn a_blank_node_cannot_be_bound() {
    let store = Store::in_memory().unwrap();
    let query = resolve_query("SELECT ?s WHERE { ?s ?p ?o }", &CannedQueries::new()).unwrap();
    let given = [(
        "o".to_owned(),
        Term::from(oxigraph::model::BlankNode::default()),
    )];
    let error = evaluate(&store, &query, &given).err().unwrap();
    assert!(matches!(error, QueryError::BadParamValue { .. }), "{error}");
    assert!(error.to_string().contains("blank node"), "{error}");
}

#[test]
fn a_parameter_is_bound_below_grouping_filters_and_binds() {
    // As if `VALUES ?n { 2 }` began the WHERE clause: the FILTER and the BIND see it, the
    // grouping counts only the bound rows, and a SELECT expression may use it.
    let store = Store::in_memory().unwrap();
    let canned = CannedQueries::from_texts([(
        "05-grouped",
        "#+ param: n (default 1): x\n\
         SELECT (COUNT(*) AS ?rows) (SUM(?double) AS ?total) (MIN(?n) + 0 AS ?seen) WHERE {\n\
           VALUES ?m { 1 2 3 } FILTER(?m >= ?n) BIND(2 * ?n AS ?double)\n\
         } HAVING (COUNT(*) > 0) LIMIT 5\n",
    )])
    .unwrap();
    let query = resolve_query("grouped", &canned).unwrap();
    let given = [parse_param_assignment("n=2").unwrap()];
    let results = evaluate(&store, &query, &given).unwrap();
    let csv = String::from_utf8(write_results(results, ResultFormat::Csv, Vec::new()).unwrap());
    assert_eq!(csv.unwrap(), "rows,total,seen\r\n2,8,2\r\n");
}

#[test]
fn malformed_queries_carry_the_parser_message_with_its_location() {
    let store = Store::in_memory().unwrap();
    let query = resolve_query("SELECT ?s WHERE {\n  ?s ?p \n}", &CannedQueries::new()).unwrap();
    let error = evaluate(&store, &query, &[]).err().unwrap();
    let message = error.to_string();
    assert!(matches!(error, QueryError::Syntax { .. }), "{message}");
    assert!(message.contains("inline"), "{message}");
    assert!(message.contains("error at 3:"), "{message}");
}

#[test]
fn result_formats_for_select_ask_and_construct() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..2);
    let canned = CannedQueries::new();
    let select = resolve_query(
        &format!("SELECT ?m ?y WHERE {{ ?m <{NS}year> ?y }} ORDER BY ?m"),
        &canned,
    )
    .unwrap();
    let table = render_table(evaluate(&store, &select, &[]).unwrap()).unwrap();
    assert!(table.contains("record:r00000"), "{table}");
    assert!(table.contains("2001"), "{table}");
    for format in ["csv", "tsv", "json", "xml", "table"] {
        let format = format.parse::<ResultFormat>().unwrap();
        let output =
            write_results(evaluate(&store, &select, &[]).unwrap(), format, Vec::new()).unwrap();
        assert!(!output.is_empty());
    }
    let error = write_results(
        evaluate(&store, &select, &[]).unwrap(),
        "ttl".parse().unwrap(),
        Vec::new(),
    )
    .unwrap_err();
    assert!(matches!(error, QueryError::FormatMismatch { .. }));

    let ask = resolve_query(&format!("ASK {{ ?m a <{NS}Measure> }}"), &canned).unwrap();
    let json = write_results(
        evaluate(&store, &ask, &[]).unwrap(),
        ResultFormat::Json,
        Vec::new(),
    )
    .unwrap();
    assert_eq!(
        String::from_utf8(json).unwrap(),
        "{\"head\":{},\"boolean\":true}"
    );

    let construct = resolve_query(
        &format!("CONSTRUCT {{ ?m <{NS}year> ?y }} WHERE {{ ?m <{NS}year> ?y }}"),
        &canned,
    )
    .unwrap();
    let turtle = write_results(
        evaluate(&store, &construct, &[]).unwrap(),
        ResultFormat::Rdf(ExportFormat::Turtle),
        Vec::new(),
    )
    .unwrap();
    let turtle = String::from_utf8(turtle).unwrap();
    assert!(
        turtle.find("r00000").unwrap() < turtle.find("r00001").unwrap(),
        "{turtle}"
    );
    let csv = write_results(
        evaluate(&store, &construct, &[]).unwrap(),
        ResultFormat::Csv,
        Vec::new(),
    )
    .unwrap();
    assert!(
        String::from_utf8(csv)
            .unwrap()
            .starts_with("subject,predicate,object\r\n")
    );
}

#[test]
fn sparql_update_changes_the_store() {
    let store = Store::in_memory().unwrap();
    update(
        &store,
        &format!("INSERT DATA {{ GRAPH <{ID}record/x> {{ <{ID}record/x> a <{NS}Measure> }} }}"),
    )
    .unwrap();
    assert_eq!(store.stats(&[]).unwrap().n_records, 1);
    let error = update(&store, "INSERT DATA {").unwrap_err();
    assert!(matches!(error, QueryError::Syntax { .. }), "{error}");
}

fn count_parsed(format: ExportFormat, bytes: &[u8]) -> usize {
    let quads = RdfParser::from_format(format.rdf_format())
        .for_slice(bytes)
        .collect::<Result<Vec<Quad>, _>>()
        .unwrap_or_else(|error| panic!("{format}: {error}\n{}", String::from_utf8_lossy(bytes)));
    quads
        .into_iter()
        .map(|quad| quad.to_string())
        .collect::<BTreeSet<_>>()
        .len()
}

#[test]
fn every_export_format_reads_back_with_the_same_statements() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..12);
    // A blank node, to exercise canonical relabelling.
    store
        .replace_graph(
            iri(&format!("{ID}record/blank")).as_ref(),
            &[Triple::new(
                oxigraph::model::BlankNode::default(),
                rdf::TYPE,
                vawkg("Note"),
            )],
        )
        .unwrap();
    let stats = store.stats(&[]).unwrap();
    for format in ExportFormat::ALL {
        let bytes = export(&store, format, Vec::new()).unwrap();
        let expected = if format.keeps_graphs() {
            stats.n_quads
        } else {
            stats.n_triples
        };
        assert_eq!(count_parsed(format, &bytes) as u64, expected, "{format}");
        let with_description =
            export_with_description(&store, format, &DatasetDescription::default(), Vec::new())
                .unwrap();
        assert!(
            count_parsed(format, &with_description) as u64 > expected,
            "{format}"
        );
    }
}

#[test]
fn exports_are_byte_identical_across_runs_and_reloads() {
    let dir = TempDir::new("deterministic");
    let store = Store::open(&dir.0).unwrap();
    load_records(&store, 0..15);
    let exports =
        |store: &Store| ExportFormat::ALL.map(|format| export(store, format, Vec::new()).unwrap());
    let first = exports(&store);
    assert_eq!(exports(&store), first);
    load_records(&store, 0..15);
    assert_eq!(exports(&store), first);
    drop(store);
    let other = Store::in_memory().unwrap();
    load_records(&other, 0..15);
    assert_eq!(exports(&other), first);
}

#[test]
fn turtle_declares_only_the_prefixes_it_uses() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..3);
    let turtle =
        String::from_utf8(export(&store, ExportFormat::Turtle, Vec::new()).unwrap()).unwrap();
    let (head, body) = turtle.split_once("\n\n").unwrap();
    let declared = head
        .lines()
        .map(|line| {
            line.strip_prefix("@prefix ")
                .unwrap()
                .split(':')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect::<BTreeSet<_>>();
    let expected = [
        "agency", "country", "dcterms", "org", "rdfs", "record", "skos", "vawkg", "xsd",
    ];
    assert_eq!(
        declared,
        expected.iter().map(|name| name.to_string()).collect()
    );
    for name in &declared {
        assert!(
            body.contains(&format!("{name}:")),
            "{name} is declared but not used"
        );
    }
    // Grouped by subject, sorted within each graph's block: the record subjects once each, in
    // order; a shared subject (country, agency) again in a later block only for new triples.
    let subjects = body
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with(' '))
        .collect::<Vec<_>>();
    let records = subjects
        .iter()
        .filter(|subject| subject.starts_with("record:"))
        .copied()
        .collect::<Vec<_>>();
    assert_eq!(records, ["record:r00000", "record:r00001", "record:r00002"]);
    assert!(
        subjects.windows(2).all(|pair| pair[0] != pair[1]),
        "{subjects:?}"
    );
    assert!(
        body.contains("record:r00000\n    a vawkg:Measure ;\n"),
        "{body}"
    );
    assert!(body.contains("    vawkg:year 2000 .\n"), "{body}");
}

/// Every export of `store` in the six formats.
fn all_exports(store: &Store) -> [Vec<u8>; 6] {
    ExportFormat::ALL.map(|format| export(store, format, Vec::new()).unwrap())
}

#[test]
fn exports_do_not_depend_on_the_load_order() {
    let forward = Store::in_memory().unwrap();
    load_records(&forward, 0..20);
    let backward = Store::in_memory().unwrap();
    for record_idx in (0..20).rev() {
        let (graph, triples) = record(record_idx);
        backward.replace_graph(graph.as_ref(), &triples).unwrap();
    }
    assert_eq!(all_exports(&backward), all_exports(&forward));
    let described = |store: &Store| {
        ExportFormat::ALL.map(|format| {
            export_with_description(store, format, &DatasetDescription::default(), Vec::new())
                .unwrap()
        })
    };
    assert_eq!(described(&backward), described(&forward));
}

#[test]
fn exports_do_not_depend_on_the_number_of_threads() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..40);
    let description = DatasetDescription::default();
    for format in ExportFormat::ALL {
        for with_description in [false, true] {
            let description = with_description.then_some(&description);
            let one = export_with(&store, format, description, 1, Vec::new()).unwrap();
            for threads in [2, 3, 8] {
                let many = export_with(&store, format, description, threads, Vec::new()).unwrap();
                assert!(one == many, "{format}, {threads} threads");
            }
        }
    }
}

#[test]
fn a_triple_held_by_several_graphs_is_written_once_in_the_union_formats() {
    let store = Store::in_memory().unwrap();
    let country = iri(&format!("{ID}country/C0"));
    let shared = Triple::new(country.clone(), rdf::TYPE, vawkg("Country"));
    for id in ["a", "b"] {
        let graph = iri(&format!("{ID}graph/record/{id}"));
        let measure = iri(&format!("{ID}measure/{id}"));
        let triples = [
            shared.clone(),
            Triple::new(measure.clone(), vawkg("country"), country.clone()),
            Triple::new(measure, rdf::TYPE, vawkg("Measure")),
        ];
        store.replace_graph(graph.as_ref(), &triples).unwrap();
    }
    // A record-local triple also held by another graph: written once, by its record graph.
    let other = iri(&format!("{ID}graph/other"));
    let copied = Triple::new(iri(&format!("{ID}measure/b")), rdf::TYPE, vawkg("Measure"));
    store.replace_graph(other.as_ref(), &[copied]).unwrap();

    let nt =
        String::from_utf8(export(&store, ExportFormat::NTriples, Vec::new()).unwrap()).unwrap();
    assert_eq!(nt.lines().count(), 5, "{nt}");
    assert_eq!(
        nt.matches(&format!("<{ID}country/C0> <")).count(),
        1,
        "{nt}"
    );
    assert_eq!(
        nt.matches(&format!("<{ID}measure/b> <{}", rdf::TYPE.as_str()))
            .count(),
        1
    );
    let ttl = String::from_utf8(export(&store, ExportFormat::Turtle, Vec::new()).unwrap()).unwrap();
    assert_eq!(ttl.matches("country:C0").count(), 3, "{ttl}");
    assert_eq!(count_parsed(ExportFormat::Turtle, ttl.as_bytes()), 5);
    let nq = String::from_utf8(export(&store, ExportFormat::NQuads, Vec::new()).unwrap()).unwrap();
    assert_eq!(nq.lines().count(), 7, "{nq}");
}

#[test]
fn the_description_comes_last_in_every_format() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..3);
    for format in ExportFormat::ALL {
        let bytes =
            export_with_description(&store, format, &DatasetDescription::default(), Vec::new())
                .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let last_record = text.rfind("r00002").unwrap();
        let dataset = text
            .find("/id/dataset")
            .or_else(|| text.find("id:dataset"))
            .unwrap();
        assert!(last_record < dataset, "{format}: {text}");
    }
}

#[test]
fn blank_node_graphs_export_deterministically() {
    let load = |order: &[usize]| {
        let store = Store::in_memory().unwrap();
        load_records(&store, 0..2);
        for &index in order {
            update(
                &store,
                &format!(
                    "INSERT DATA {{ GRAPH <{ID}graph/record/n{index}> {{ _:x <{NS}note> \"{index}\" . _:x <{NS}next> _:y }} }}"
                ),
            )
            .unwrap();
            // A graph named by a blank node (SPARQL cannot make one; the store can).
            let graph = oxigraph::model::BlankNode::default();
            store
                .as_oxigraph()
                .insert(&Quad::new(
                    oxigraph::model::BlankNode::default(),
                    vawkg("blank"),
                    Literal::from(index.to_string()),
                    graph,
                ))
                .unwrap();
        }
        store
    };
    let first = all_exports(&load(&[0, 1, 2]));
    assert_eq!(all_exports(&load(&[2, 0, 1])), first);
    let nq = String::from_utf8(first[2].clone()).unwrap();
    // A blank node of each graph keeps a label of its own, prefixed by a hash of the graph.
    let labels = nq
        .split_whitespace()
        .filter(|token| token.starts_with("_:"))
        .collect::<BTreeSet<_>>();
    assert_eq!(labels.len(), 6 + 3 + 3, "{labels:?}");
    assert_eq!(
        count_parsed(ExportFormat::NQuads, nq.as_bytes()),
        2 * 16 + 6 + 3
    );
}

#[test]
fn a_store_on_disk_with_many_graphs_exports_like_its_quads() {
    let dir = TempDir::new("many-graphs");
    let store = Store::open(&dir.0).unwrap();
    load_records(&store, 0..400);
    let nq = export(&store, ExportFormat::NQuads, Vec::new()).unwrap();
    let mut lines = String::from_utf8(nq)
        .unwrap()
        .lines()
        .map(|line| line.strip_suffix(" .").unwrap().to_owned())
        .collect::<Vec<_>>();
    lines.sort();
    assert_eq!(lines, sorted_quads(&store));
    let stats = store.stats(&[]).unwrap();
    let nt = export(&store, ExportFormat::NTriples, Vec::new()).unwrap();
    assert_eq!(
        count_parsed(ExportFormat::NTriples, &nt) as u64,
        stats.n_triples
    );
    assert_eq!(
        nt.iter().filter(|byte| **byte == b'\n').count() as u64,
        stats.n_triples
    );
}

#[test]
fn the_dataset_description_counts_the_store() {
    let store = Store::in_memory().unwrap();
    load_records(&store, 0..4);
    let quads = describe_dataset(&store, &DatasetDescription::default()).unwrap();
    let stats = store.stats(&[]).unwrap();
    let value_of = |local: &str| {
        quads
            .iter()
            .find(|quad| {
                quad.predicate.as_str() == format!("http://rdfs.org/ns/void#{local}")
                    && quad.subject.to_string().ends_with("/id/dataset>")
            })
            .map(|quad| quad.object.clone())
    };
    assert_eq!(
        value_of("triples"),
        Some(Literal::from(stats.n_triples as i64).into())
    );
    assert_eq!(value_of("classes"), Some(Literal::from(3).into()));
    assert!(
        quads
            .iter()
            .any(|quad| quad.predicate.as_str().ends_with("#vocabulary")
                && quad.object.to_string() == format!("<{NS}>"))
    );
}

#[test]
fn default_graph_is_not_a_record() {
    let store = Store::in_memory().unwrap();
    store
        .load_ontology(&[Triple::new(
            iri(NS),
            rdf::TYPE,
            iri("http://www.w3.org/2002/07/owl#Ontology"),
        )])
        .unwrap();
    assert_eq!(store.stats(&[]).unwrap().n_records, 0);
    assert_eq!(
        store.graph_names().unwrap()[0].to_string(),
        format!("<{ONTOLOGY_GRAPH}>")
    );
}

/// Load throughput on generated records (fresh store, then the same records again):
/// `cargo test --release --test store_query_export -- --ignored --nocapture load_throughput`.
#[test]
#[ignore = "a measurement, not a check"]
fn load_throughput() {
    let n_records = std::env::var("VAWKG_BENCH_RECORDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(8_000);
    let records = (0..n_records).map(record).collect::<Vec<_>>();
    let n_triples = records
        .iter()
        .map(|(_, triples)| triples.len())
        .sum::<usize>();
    let batch_sizes = std::env::var("VAWKG_BENCH_BATCHES")
        .ok()
        .map(|sizes| {
            sizes
                .split(',')
                .filter_map(|size| size.parse().ok())
                .collect()
        })
        .unwrap_or_else(|| vec![1, 1_000, 5_000, 20_000]);
    for batch_size in batch_sizes {
        let dir = TempDir::new(&format!("throughput-{batch_size}"));
        let store = Store::open(&dir.0).unwrap();
        for round in ["fresh", "reload"] {
            let start = Instant::now();
            let mut loader = store.loader().with_batch_size(batch_size);
            for (graph, triples) in &records {
                loader
                    .replace_graph(graph.as_ref(), triples.as_slice())
                    .unwrap();
            }
            let progress = loader.finish().unwrap();
            let seconds = start.elapsed().as_secs_f64();
            println!(
                "batch {batch_size:>6} quads, {round:>6}: {n_records} records, {n_triples} triples, \
                 {} commits in {seconds:.2} s = {:.0} triples/s",
                progress.n_commits,
                n_triples as f64 / seconds
            );
        }
        if batch_size == 20_000 {
            let start = Instant::now();
            let turtle = export(&store, ExportFormat::Turtle, Vec::new()).unwrap();
            println!(
                "turtle export: {} bytes in {:.2} s",
                turtle.len(),
                start.elapsed().as_secs_f64()
            );
        }
    }
}
