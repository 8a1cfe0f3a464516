//! Extraction then the RDF mapping of every good record: no panic, no blank node, and every
//! quad in a named graph (the record's own). The first byte chooses raw bytes (even) or a
//! record file built in the three layouts (odd).

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use oxigraph::model::{GraphName, NamedOrBlankNode, Term};
use vawkg::extract::records;
use vawkg::map::{Provenance, record_quads};
use vawkg::mint::BaseIri;

fuzz_target!(|data: &[u8]| {
    let Some((selector, rest)) = data.split_first() else {
        return;
    };
    let input = if selector % 2 == 1 {
        common::record_file(rest)
    } else {
        rest.to_vec()
    };
    let base = BaseIri::default();
    for record in records(&input).flatten() {
        let provenance = Provenance::new("fuzz.txt", 1, 2);
        let quads = record_quads(&record, &provenance, &base);
        assert!(!quads.is_empty(), "a record mapped to no quads");
        let graph = quads[0].graph_name.clone();
        for quad in &quads {
            assert!(
                matches!(quad.subject, NamedOrBlankNode::NamedNode(_)),
                "blank subject: {quad}"
            );
            assert!(
                !matches!(quad.object, Term::BlankNode(_)),
                "blank object: {quad}"
            );
            assert!(
                matches!(quad.graph_name, GraphName::NamedNode(_)),
                "not in a named graph: {quad}"
            );
            assert_eq!(
                quad.graph_name, graph,
                "a record spread over two graphs: {quad}"
            );
        }
    }
});
