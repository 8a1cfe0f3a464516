//! N-Triples and N-Quads lines written straight into a byte buffer.
//!
//! The bytes are exactly those of Oxigraph's serializers (the same escapes, the same spacing;
//! a test checks it on every example record), written without going through `fmt`, which is
//! what made serialization a fifth of `vawkg extract --format nt`. Most literals need no escape
//! at all and are copied in one piece.

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphNameRef, LiteralRef, NamedOrBlankNodeRef, TermRef, TripleRef};

/// Appends `triple` as one N-Triples line (`s p o .` and a newline).
pub fn write_triple(out: &mut Vec<u8>, triple: TripleRef<'_>) {
    write_statement(out, triple, GraphNameRef::DefaultGraph);
}

/// Appends `triple` in `graph` as one N-Quads line (`s p o g .` and a newline; no `g` for the
/// default graph).
pub fn write_quad(out: &mut Vec<u8>, triple: TripleRef<'_>, graph: GraphNameRef<'_>) {
    write_statement(out, triple, graph);
}

fn write_statement(out: &mut Vec<u8>, triple: TripleRef<'_>, graph: GraphNameRef<'_>) {
    write_subject(out, triple.subject);
    out.push(b' ');
    write_iri(out, triple.predicate.as_str());
    out.push(b' ');
    write_term(out, triple.object);
    match graph {
        GraphNameRef::DefaultGraph => {}
        GraphNameRef::NamedNode(node) => {
            out.push(b' ');
            write_iri(out, node.as_str());
        }
        GraphNameRef::BlankNode(node) => {
            out.extend_from_slice(b" _:");
            out.extend_from_slice(node.as_str().as_bytes());
        }
    }
    out.extend_from_slice(b" .\n");
}

fn write_iri(out: &mut Vec<u8>, iri: &str) {
    out.push(b'<');
    out.extend_from_slice(iri.as_bytes());
    out.push(b'>');
}

fn write_subject(out: &mut Vec<u8>, subject: NamedOrBlankNodeRef<'_>) {
    match subject {
        NamedOrBlankNodeRef::NamedNode(node) => write_iri(out, node.as_str()),
        NamedOrBlankNodeRef::BlankNode(node) => {
            out.extend_from_slice(b"_:");
            out.extend_from_slice(node.as_str().as_bytes());
        }
    }
}

/// Appends `term` as in N-Triples (an `<iri>`, a `_:label` or a quoted literal).
pub fn write_term(out: &mut Vec<u8>, term: TermRef<'_>) {
    match term {
        TermRef::NamedNode(node) => write_iri(out, node.as_str()),
        TermRef::BlankNode(node) => {
            out.extend_from_slice(b"_:");
            out.extend_from_slice(node.as_str().as_bytes());
        }
        TermRef::Literal(literal) => write_literal(out, literal),
        // RDF 1.2 triple terms, should the feature ever be on: Oxigraph's own text.
        #[allow(unreachable_patterns)]
        other => out.extend_from_slice(other.to_string().as_bytes()),
    }
}

fn write_literal(out: &mut Vec<u8>, literal: LiteralRef<'_>) {
    write_quoted(out, literal.value());
    if let Some(language) = literal.language() {
        out.push(b'@');
        out.extend_from_slice(language.as_bytes());
    } else if literal.datatype() != xsd::STRING {
        out.extend_from_slice(b"^^");
        write_iri(out, literal.datatype().as_str());
    }
}

/// Whether a byte can start something that must be escaped: a control character, `"`, `\`,
/// DEL, or the first byte of U+FFFE and U+FFFF.
fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || matches!(byte, b'"' | b'\\' | 0x7F | 0xEF)
}

/// Appends `value` as a quoted N-Triples string (`"…"` with escapes), as Turtle writes it too.
pub fn write_quoted(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    if !value.bytes().any(needs_escape) {
        out.extend_from_slice(value.as_bytes());
    } else {
        for c in value.chars() {
            match c {
                '\u{8}' => out.extend_from_slice(b"\\b"),
                '\t' => out.extend_from_slice(b"\\t"),
                '\n' => out.extend_from_slice(b"\\n"),
                '\u{C}' => out.extend_from_slice(b"\\f"),
                '\r' => out.extend_from_slice(b"\\r"),
                '"' => out.extend_from_slice(b"\\\""),
                '\\' => out.extend_from_slice(b"\\\\"),
                '\0'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => {
                    out.extend_from_slice(format!("\\u{:04X}", u32::from(c)).as_bytes());
                }
                _ => {
                    let mut buffer = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                }
            }
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use oxigraph::io::{RdfFormat, RdfSerializer};
    use oxigraph::model::vocab::xsd;
    use oxigraph::model::{BlankNode, Literal, NamedNode, Quad, Term, Triple};

    use super::*;

    fn oxigraph_bytes(quads: &[Quad], format: RdfFormat) -> Vec<u8> {
        let mut serializer = RdfSerializer::from_format(format).for_writer(Vec::new());
        for quad in quads {
            if format.supports_datasets() {
                serializer.serialize_quad(quad).unwrap();
            } else {
                serializer.serialize_triple(quad.as_ref()).unwrap();
            }
        }
        serializer.finish().unwrap()
    }

    fn ours(quads: &[Quad], with_graph: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for quad in quads {
            let triple = TripleRef::new(
                quad.subject.as_ref(),
                quad.predicate.as_ref(),
                quad.object.as_ref(),
            );
            if with_graph {
                write_quad(&mut out, triple, quad.graph_name.as_ref());
            } else {
                write_triple(&mut out, triple);
            }
        }
        out
    }

    fn check(quads: &[Quad]) {
        assert_eq!(
            String::from_utf8(ours(quads, false)).unwrap(),
            String::from_utf8(oxigraph_bytes(quads, RdfFormat::NTriples)).unwrap()
        );
        assert_eq!(
            String::from_utf8(ours(quads, true)).unwrap(),
            String::from_utf8(oxigraph_bytes(quads, RdfFormat::NQuads)).unwrap()
        );
    }

    #[test]
    fn every_escape_and_term_kind_matches_oxigraph() {
        let s = NamedNode::new_unchecked("https://example.org/s");
        let p = NamedNode::new_unchecked("https://example.org/p");
        let g = NamedNode::new_unchecked("https://example.org/g");
        let nasty = "tab\tnew\nret\r\"q\" back\\ bell\u{7} del\u{7F} nul\0 ff\u{C} bs\u{8} \u{FFFE}\u{FFFF} é – 𝄞 \u{EFFF}";
        let objects: [Term; 8] = [
            Literal::new_simple_literal("plain").into(),
            Literal::new_simple_literal(nasty).into(),
            Literal::new_language_tagged_literal_unchecked(nasty, "en").into(),
            Literal::new_typed_literal("12.5", xsd::DECIMAL).into(),
            Literal::new_typed_literal("x\"y", NamedNode::new_unchecked("https://example.org/dt"))
                .into(),
            Literal::new_typed_literal("", xsd::STRING).into(),
            BlankNode::new_unchecked("b0").into(),
            g.clone().into(),
        ];
        let mut quads = Vec::new();
        for object in objects {
            let triple = Triple::new(s.clone(), p.clone(), object);
            quads.push(triple.clone().in_graph(g.clone()));
            quads.push(triple.in_graph(oxigraph::model::GraphName::DefaultGraph));
        }
        quads.push(Quad::new(
            BlankNode::new_unchecked("s1"),
            p.clone(),
            s.clone(),
            BlankNode::new_unchecked("g1"),
        ));
        check(&quads);
    }

    #[test]
    fn the_example_records_match_oxigraph() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/records");
        let base = crate::mint::BaseIri::default();
        let mut quads = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            for record in crate::extract::records(&bytes).flatten() {
                let provenance = crate::map::Provenance::new("a.txt", 1, 2);
                quads.extend(crate::map::record_quads(&record, &provenance, &base));
            }
        }
        assert!(quads.len() > 1000);
        check(&quads);
    }
}
