//! Vocabularies as `const` IRIs: the vawkg ontology (mirroring `ontology/*.ttl`), its concept
//! schemes and named graphs, and the terms of the external vocabularies the mapping uses.
//!
//! This module owns names only: it builds no triples (see [`crate::map`]) and mints no data
//! IRIs (see [`crate::mint`]). RDF, RDFS and XSD terms come from [`oxigraph::model::vocab`].
//! A unit test checks that every [`vawkg`] term is declared in `ontology/vawkg.ttl` and that
//! every term declared there has a constant here.

/// Declares one `const` [`NamedNodeRef`](oxigraph::model::NamedNodeRef) per term of a
/// namespace, plus `NAMESPACE` and `ALL` (every term, in declaration order).
macro_rules! vocabulary {
    ($namespace:literal; $( $(#[$doc:meta])* $name:ident = $local:literal ),* $(,)?) => {
        use oxigraph::model::NamedNodeRef;

        /// The namespace IRI every term of this module starts with.
        pub const NAMESPACE: &str = $namespace;

        $(
            $(#[$doc])*
            pub const $name: NamedNodeRef<'static> =
                NamedNodeRef::new_unchecked(concat!($namespace, $local));
        )*

        /// Every term of this module, in declaration order.
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

pub mod vawkg {
    //! The vawkg ontology, `https://w3id.org/vawkg/ns#` (file `ontology/vawkg.ttl`).
    vocabulary! { "https://w3id.org/vawkg/ns#";
        /// Class: a state measure as documented by one record.
        MEASURE = "Measure",
        /// Class: a measure whose type is legislation on violence against women.
        LEGISLATION = "Legislation",
        /// Class: a plan, strategy or other policy.
        POLICY_MEASURE = "PolicyMeasure",
        /// Class: a body or coordination mechanism.
        INSTITUTIONAL_MECHANISM = "InstitutionalMechanism",
        /// Class: awareness raising, campaigns, community mobilisation.
        PREVENTION_MEASURE = "PreventionMeasure",
        /// Class: social, health or coordinated services.
        SERVICE_MEASURE = "ServiceMeasure",
        /// Class: police and justice protocols, guidelines and training.
        JUSTICE_SECTOR_MEASURE = "JusticeSectorMeasure",
        /// Class: administrative data, surveys, research.
        DATA_COLLECTION = "DataCollection",
        /// Class: monitoring and evaluation of laws, policies or services.
        MONITORING_AND_EVALUATION = "MonitoringAndEvaluation",
        /// Class: work with public and private sectors.
        SECTOR_ENGAGEMENT = "SectorEngagement",
        /// Class: an initiative of several countries of a region.
        REGIONAL_INITIATIVE = "RegionalInitiative",
        /// Class: a measure that trains a sector.
        TRAINING = "Training",
        /// Class: the named graph of one record.
        RECORD_GRAPH = "RecordGraph",
        /// Class: a text file holding records.
        SOURCE_FILE = "SourceFile",
        /// Property: the path of a source file.
        SOURCE_FILE_PATH = "sourceFile",
        /// Property: the one-based first line of a record in its file.
        FIRST_LINE = "firstLine",
        /// Property: the one-based last line (inclusive) of a record in its file.
        LAST_LINE = "lastLine",
        /// Class: a span of record text supporting an extracted fact.
        EVIDENCE = "Evidence",
        /// Property: from a measure to a span of evidence.
        EVIDENCE_PROPERTY = "evidence",
        /// Property: from a span of evidence to the fact it supports.
        SUPPORTS = "supports",
        /// Property: the record field a span of evidence lies in.
        FIELD = "field",
        /// Property: zero-based byte offset where a span starts.
        START_OFFSET = "startOffset",
        /// Property: zero-based byte offset where a span ends (exclusive).
        END_OFFSET = "endOffset",
        /// Property: the text of a span of evidence.
        QUOTE = "quote",
        /// Property: the country of a measure, or of a national agency or instrument.
        COUNTRY_PROPERTY = "country",
        /// Property: the first year of the Year field, as `xsd:gYear`.
        START_YEAR = "startYear",
        /// Property: the last year of the Year field, as `xsd:gYear`.
        END_YEAR = "endYear",
        /// Property: a Type of Measure concept.
        MEASURE_TYPE = "measureType",
        /// Property: a Form of Violence concept.
        FORM_OF_VIOLENCE = "formOfViolence",
        /// Property: a pillar concept.
        PILLAR_PROPERTY = "pillar",
        /// Property: the title of the linked full-text document.
        FULL_TEXT_TITLE = "fullTextTitle",
        /// Property: the whole Source of Information section.
        SOURCE_OF_INFORMATION = "sourceOfInformation",
        /// Property: an organisation taking part in a measure.
        AGENCY_PROPERTY = "agency",
        /// Property: an instrument a record refers to.
        INSTRUMENT_PROPERTY = "instrument",
        /// Property: an amount of money stated for a measure.
        FUNDING = "funding",
        /// Class: a country of ISO 3166-1.
        COUNTRY = "Country",
        /// Property: ISO 3166-1 alpha-2 code.
        ISO_ALPHA2 = "isoAlpha2",
        /// Property: ISO 3166-1 alpha-3 code.
        ISO_ALPHA3 = "isoAlpha3",
        /// Property: ISO 3166-1 numeric code, three digits.
        ISO_NUMERIC = "isoNumeric",
        /// Property: the world region a country is filed under.
        REGION = "region",
        /// Class: a named organisation.
        AGENCY = "Agency",
        /// Class: a public body.
        PUBLIC_BODY = "PublicBody",
        /// Class: the government of a country.
        GOVERNMENT = "Government",
        /// Class: a ministry, department or government agency.
        MINISTRY = "Ministry",
        /// Class: a police force or unit.
        POLICE_SERVICE = "PoliceService",
        /// Class: a court or prosecution service.
        COURT = "Court",
        /// Class: a parliament.
        PARLIAMENT = "Parliament",
        /// Class: an international organisation.
        INTERNATIONAL_ORGANISATION = "InternationalOrganisation",
        /// Class: a United Nations body.
        UNITED_NATIONS_BODY = "UnitedNationsBody",
        /// Class: a non-governmental organisation.
        NON_GOVERNMENTAL_ORGANISATION = "NonGovernmentalOrganisation",
        /// Class: a university, institute or academy.
        ACADEMIC_INSTITUTION = "AcademicInstitution",
        /// Class: one of the four pillars.
        PILLAR = "Pillar",
        /// Class: a legal or policy instrument.
        INSTRUMENT = "Instrument",
        /// Class: a law or act.
        LAW = "Law",
        /// Class: a code.
        CODE = "Code",
        /// Class: a constitution.
        CONSTITUTION = "Constitution",
        /// Class: a convention.
        CONVENTION = "Convention",
        /// Class: a protocol.
        PROTOCOL = "Protocol",
        /// Class: a declaration.
        DECLARATION = "Declaration",
        /// Class: a plan.
        PLAN = "Plan",
        /// Class: a strategy.
        STRATEGY = "Strategy",
        /// Class: a policy.
        POLICY = "Policy",
        /// Class: a government policy programme.
        PROGRAMME = "Programme",
        /// Class: an official guideline.
        GUIDELINE = "Guideline",
        /// Property: a UN document symbol of a citation.
        DOCUMENT_SYMBOL = "documentSymbol",
        /// Property: the page or paragraph locator of a citation.
        LOCATOR = "locator",
        /// Class: how often an amount is spent.
        FUNDING_PERIOD = "FundingPeriod",
        /// Individual: spent every year.
        ANNUAL = "annual",
        /// Individual: spent once.
        ONE_OFF = "oneOff",
        /// Property: the funding period of an amount.
        PERIOD = "period",
        /// Annotation property: the class of measures of a top measure-type concept.
        MEASURE_CLASS = "measureClass",
        /// Property (analytics): degree.
        DEGREE = "degree",
        /// Property (analytics): weighted degree.
        WEIGHTED_DEGREE = "weightedDegree",
        /// Property (analytics): PageRank.
        PAGE_RANK = "pageRank",
        /// Property (analytics): betweenness centrality.
        BETWEENNESS_CENTRALITY = "betweennessCentrality",
        /// Property (analytics): closeness centrality.
        CLOSENESS_CENTRALITY = "closenessCentrality",
        /// Property (analytics): eigenvector centrality.
        EIGENVECTOR_CENTRALITY = "eigenvectorCentrality",
        /// Property (analytics): connected component index.
        COMPONENT = "component",
        /// Property (analytics): Louvain community index.
        COMMUNITY = "community",
        /// Property (analytics): modularity of the communities of the analytics graph.
        MODULARITY = "modularity",
    }
}

pub mod concept {
    //! The vawkg concept schemes, their namespaces and the named graph of the ontology.
    //!
    //! These IRIs are fixed, not under the configurable data base IRI, so that the ontology
    //! files and the concepts minted for unseen values agree.
    use oxigraph::model::NamedNodeRef;

    /// Where every concept scheme and concept lives.
    pub const BASE: &str = "https://w3id.org/vawkg/concept/";
    /// The Type of Measure scheme (`ontology/measure-types.ttl`); concepts are `{this}/{slug}/…`.
    pub const MEASURE_TYPE_SCHEME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/concept/measure-type");
    /// The Form of Violence scheme (`ontology/forms-of-violence.ttl`).
    pub const FORM_SCHEME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/concept/form");
    /// The pillar scheme (`ontology/pillars.ttl`).
    pub const PILLAR_SCHEME: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/concept/pillar");
    /// Pillar: prevention.
    pub const PREVENTION: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/concept/pillar/prevention");
    /// Pillar: protection.
    pub const PROTECTION: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/concept/pillar/protection");
    /// Pillar: prosecution.
    pub const PROSECUTION: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/concept/pillar/prosecution");
    /// Pillar: partnership.
    pub const PARTNERSHIP: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/concept/pillar/partnership");
    /// The four pillars in their fixed order.
    pub const PILLARS: [NamedNodeRef<'static>; 4] =
        [PREVENTION, PROTECTION, PROSECUTION, PARTNERSHIP];
    /// The named graph that holds the ontology and the concept schemes.
    pub const ONTOLOGY_GRAPH: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("https://w3id.org/vawkg/graph/ontology");
}

pub mod dcterms {
    //! DCMI Metadata Terms, `http://purl.org/dc/terms/`.
    vocabulary! { "http://purl.org/dc/terms/";
        /// The class of bibliographic resources.
        BIBLIOGRAPHIC_RESOURCE = "BibliographicResource",
        /// A bibliographic reference for the resource, as text.
        BIBLIOGRAPHIC_CITATION = "bibliographicCitation",
        /// An account of the resource.
        DESCRIPTION = "description",
        /// An unambiguous reference to the resource.
        IDENTIFIER = "identifier",
        /// Date of formal issuance.
        ISSUED = "issued",
        /// An entity responsible for making the resource available.
        PUBLISHER = "publisher",
        /// A related resource from which the described resource is derived.
        SOURCE = "source",
        /// A name given to the resource.
        TITLE = "title",
    }
}

pub mod skos {
    //! SKOS, `http://www.w3.org/2004/02/skos/core#`.
    vocabulary! { "http://www.w3.org/2004/02/skos/core#";
        /// The class of concepts.
        CONCEPT = "Concept",
        /// The class of concept schemes.
        CONCEPT_SCHEME = "ConceptScheme",
        /// An alternative label.
        ALT_LABEL = "altLabel",
        /// A broader concept.
        BROADER = "broader",
        /// A mapping to a concept of another scheme with the same meaning.
        EXACT_MATCH = "exactMatch",
        /// A label for text search, not for display.
        HIDDEN_LABEL = "hiddenLabel",
        /// The scheme a concept belongs to.
        IN_SCHEME = "inScheme",
        /// The preferred label.
        PREF_LABEL = "prefLabel",
        /// A top concept of a scheme.
        TOP_CONCEPT_OF = "topConceptOf",
    }
}

pub mod org {
    //! The W3C Organization Ontology, `http://www.w3.org/ns/org#`.
    vocabulary! { "http://www.w3.org/ns/org#";
        /// The class of organisations.
        ORGANIZATION = "Organization",
    }
}

pub mod prov {
    //! PROV-O, `http://www.w3.org/ns/prov#`.
    vocabulary! { "http://www.w3.org/ns/prov#";
        /// The class of qualified derivations.
        DERIVATION = "Derivation",
        /// The class of entities.
        ENTITY = "Entity",
        /// The entity a qualified influence is about.
        ENTITY_PROPERTY = "entity",
        /// Links an entity to the qualification of a derivation.
        QUALIFIED_DERIVATION = "qualifiedDerivation",
        /// An entity that another entity was derived from.
        WAS_DERIVED_FROM = "wasDerivedFrom",
    }
}

pub mod schema {
    //! Schema.org, `http://schema.org/`.
    vocabulary! { "http://schema.org/";
        /// The class of amounts of money.
        MONETARY_AMOUNT = "MonetaryAmount",
        /// The currency of an amount, as an ISO 4217 code.
        CURRENCY = "currency",
        /// The value of an amount.
        VALUE = "value",
    }
}

pub mod foaf {
    //! FOAF, `http://xmlns.com/foaf/0.1/`.
    vocabulary! { "http://xmlns.com/foaf/0.1/";
        /// The main topic of a document (here: the measure of a record graph).
        PRIMARY_TOPIC = "primaryTopic",
    }
}

pub mod authority {
    //! External authorities whose IRIs are computed from codes.

    /// The EU Publications Office country authority; append the ISO 3166-1 alpha-3 code.
    pub const EU_COUNTRY: &str = "http://publications.europa.eu/resource/authority/country/";
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, vocab::rdf};

    use super::*;

    /// The subjects given an `rdf:type` in a Turtle file.
    fn typed_subjects(turtle: &str) -> BTreeSet<String> {
        RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(turtle.as_bytes())
            .map(|quad| quad.expect("the ontology file parses"))
            .filter(|quad| quad.predicate == rdf::TYPE)
            .filter_map(|quad| match quad.subject {
                NamedOrBlankNode::NamedNode(node) => Some(node.into_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_vawkg_term_is_declared_in_the_ontology_and_back() {
        let declared = typed_subjects(include_str!("../ontology/vawkg.ttl"));
        let constants: BTreeSet<String> = vawkg::ALL
            .iter()
            .map(|term| term.as_str().to_owned())
            .collect();
        for term in &constants {
            assert!(
                declared.contains(term),
                "{term} is not declared in ontology/vawkg.ttl"
            );
        }
        for term in declared
            .iter()
            .filter(|term| term.starts_with(vawkg::NAMESPACE))
        {
            assert!(
                constants.contains(term),
                "{term} has no constant in vocab::vawkg"
            );
        }
        assert_eq!(
            constants.len(),
            vawkg::ALL.len(),
            "a vawkg constant is listed twice"
        );
    }

    #[test]
    fn concept_constants_are_declared_in_their_schemes() {
        let pillars = typed_subjects(include_str!("../ontology/pillars.ttl"));
        for term in concept::PILLARS.iter().chain([&concept::PILLAR_SCHEME]) {
            assert!(
                pillars.contains(term.as_str()),
                "{term} is not in ontology/pillars.ttl"
            );
        }
        let types = typed_subjects(include_str!("../ontology/measure-types.ttl"));
        assert!(types.contains(concept::MEASURE_TYPE_SCHEME.as_str()));
        let forms = typed_subjects(include_str!("../ontology/forms-of-violence.ttl"));
        assert!(forms.contains(concept::FORM_SCHEME.as_str()));
    }
}
