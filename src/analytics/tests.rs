//! Every metric on small graphs, against values computed with NetworkX 3.6 (pasted below).

use super::formats;
use super::metrics::{self, PageRankOptions};
use super::svg;
use super::*;

/// Two weighted clusters joined by one edge, plus a separate path `h - i - j`.
const SMALL: &str = "a,b,3\na,c,1\nb,c,2\nc,d,1\nd,e,2\ne,f,1\nd,f,1\nf,g,4\ne,g,1\nh,i,1\ni,j,2\n";

// NetworkX 3.6.1 on SMALL, nodes in order a..j.
const PAGERANK: [f64; 10] = [
    0.091964281979566,
    0.11265138299684802,
    0.09182153677660886,
    0.08930661917570831,
    0.08794465899911084,
    0.12295102986203205,
    0.10336049021012585,
    0.05635059333179342,
    0.14594822000461977,
    0.09770118666358683,
];
const BETWEENNESS: [f64; 10] = [
    0.0,
    0.0,
    0.2222222222222222,
    0.25,
    0.05555555555555555,
    0.05555555555555555,
    0.0,
    0.0,
    0.027777777777777776,
    0.0,
];
const CLOSENESS: [f64; 10] = [
    0.2857142857142857,
    0.2857142857142857,
    0.39999999999999997,
    0.4444444444444444,
    0.3636363636363636,
    0.3636363636363636,
    0.26666666666666666,
    0.14814814814814814,
    0.2222222222222222,
    0.14814814814814814,
];
const EIGENVECTOR: [f64; 10] = [
    0.0939803653361285,
    0.11017078066312133,
    0.12747083791603686,
    0.3068736734260866,
    0.37361500799200487,
    0.6207915777139527,
    0.5862076994554788,
    1.64720706003909e-20,
    3.683266959264983e-20,
    3.29441412007818e-20,
];
const WEIGHTED_DEGREE: [f64; 10] = [4.0, 5.0, 4.0, 4.0, 4.0, 6.0, 5.0, 1.0, 3.0, 2.0];
/// `modularity(G, [{a,b,c}, {d,e,f,g}, {h,i,j}])`, at resolution 1 and 0.5.
const MODULARITY_3: f64 = 0.5554016620498614;
const MODULARITY_3_HALF: f64 = 0.7513850415512464;

/// Zachary's karate club (NetworkX `karate_club_graph()`, unweighted).
const KARATE: [(u8, u8); 78] = [
    (0, 1),
    (0, 2),
    (0, 3),
    (0, 4),
    (0, 5),
    (0, 6),
    (0, 7),
    (0, 8),
    (0, 10),
    (0, 11),
    (0, 12),
    (0, 13),
    (0, 17),
    (0, 19),
    (0, 21),
    (0, 31),
    (1, 2),
    (1, 3),
    (1, 7),
    (1, 13),
    (1, 17),
    (1, 19),
    (1, 21),
    (1, 30),
    (2, 3),
    (2, 7),
    (2, 8),
    (2, 9),
    (2, 13),
    (2, 27),
    (2, 28),
    (2, 32),
    (3, 7),
    (3, 12),
    (3, 13),
    (4, 6),
    (4, 10),
    (5, 6),
    (5, 10),
    (5, 16),
    (6, 16),
    (8, 30),
    (8, 32),
    (8, 33),
    (9, 33),
    (13, 33),
    (14, 32),
    (14, 33),
    (15, 32),
    (15, 33),
    (18, 32),
    (18, 33),
    (19, 33),
    (20, 32),
    (20, 33),
    (22, 32),
    (22, 33),
    (23, 25),
    (23, 27),
    (23, 29),
    (23, 32),
    (23, 33),
    (24, 25),
    (24, 27),
    (24, 31),
    (25, 31),
    (26, 29),
    (26, 33),
    (27, 33),
    (28, 31),
    (28, 33),
    (29, 32),
    (29, 33),
    (30, 32),
    (30, 33),
    (31, 32),
    (31, 33),
    (32, 33),
];
/// NetworkX on the karate club: `(node, pagerank, betweenness, closeness, eigenvector)`.
const KARATE_SCORES: [(u8, f64, f64, f64, f64); 1] = [(
    0,
    0.09700181758983706,
    0.43763528138528146,
    0.5689655172413793,
    0.35548349418519426,
)];
const KARATE_EIGENVECTOR_33: f64 = 0.37337121301323506;
/// NetworkX `louvain_communities(K, seed=1)` modularity.
const KARATE_LOUVAIN_MODULARITY: f64 = 0.41880341880341876;

fn small() -> Network {
    Network::from_csv(SMALL).unwrap()
}

fn karate() -> Network {
    let mut builder = NetworkBuilder::new();
    for (a, b) in KARATE {
        let a = builder.add_node(&format!("k{a:02}"), None, None);
        let b = builder.add_node(&format!("k{b:02}"), None, None);
        builder.add_edge(a, b, 1.0);
    }
    builder.build()
}

fn assert_close(name: &str, ours: &[f64], theirs: &[f64], tolerance: f64) {
    assert_eq!(ours.len(), theirs.len(), "{name}: lengths");
    for (index, (a, b)) in ours.iter().zip(theirs).enumerate() {
        assert!(
            (a - b).abs() <= tolerance,
            "{name}[{index}]: ours {a}, NetworkX {b}"
        );
    }
}

#[test]
fn degrees_match_networkx() {
    let network = small();
    assert_eq!(metrics::degrees(&network), [2, 2, 3, 3, 3, 3, 2, 1, 2, 1]);
    assert_close(
        "weighted degree",
        &metrics::weighted_degrees(&network),
        &WEIGHTED_DEGREE,
        0.0,
    );
}

#[test]
fn pagerank_matches_networkx() {
    let ours = metrics::pagerank(&small(), PageRankOptions::default()).unwrap();
    assert_close("pagerank", &ours, &PAGERANK, 1e-9);
    let karate = metrics::pagerank(&karate(), PageRankOptions::default()).unwrap();
    assert!((karate[0] - KARATE_SCORES[0].1).abs() < 1e-9);
}

#[test]
fn betweenness_closeness_and_eigenvector_match_networkx() {
    let network = small();
    assert_close(
        "betweenness",
        &metrics::betweenness(&network),
        &BETWEENNESS,
        1e-9,
    );
    assert_close("closeness", &metrics::closeness(&network), &CLOSENESS, 1e-9);
    assert_close(
        "eigenvector",
        &metrics::eigenvector(&network).unwrap(),
        &EIGENVECTOR,
        1e-6,
    );
    let karate = karate();
    let (_, _, betweenness, closeness, eigenvector) = KARATE_SCORES[0];
    assert!((metrics::betweenness(&karate)[0] - betweenness).abs() < 1e-9);
    assert!((metrics::closeness(&karate)[0] - closeness).abs() < 1e-9);
    let ours = metrics::eigenvector(&karate).unwrap();
    assert!((ours[0] - eigenvector).abs() < 1e-6);
    assert!((ours[33] - KARATE_EIGENVECTOR_33).abs() < 1e-6);
}

#[test]
fn betweenness_agrees_with_rustworkx_on_any_number_of_threads() {
    for network in [small(), karate()] {
        let reference: Vec<f64> = rustworkx_core::centrality::betweenness_centrality(
            network.graph(),
            false,
            true,
            usize::MAX,
        )
        .into_iter()
        .map(Option::unwrap)
        .collect();
        for threads in [1, 2, 3, 8] {
            let ours = metrics::betweenness_with_threads(&network, threads);
            assert_close("betweenness", &ours, &reference, 1e-12);
        }
    }
}

#[test]
fn components_paths_and_ego_networks() {
    let network = small();
    let components = metrics::components(&network);
    assert_eq!(components, [vec![0, 1, 2, 3, 4, 5, 6], vec![7, 8, 9]]);
    assert_eq!(metrics::component_membership(&components, 10)[8], 1);
    // NetworkX: shortest_path(G, "a", "g") == ["a", "c", "d", "e", "g"].
    assert_eq!(
        metrics::shortest_path(&network, 0, 6),
        Some(vec![0, 2, 3, 4, 6])
    );
    assert_eq!(metrics::shortest_path(&network, 0, 9), None);
    assert_eq!(metrics::shortest_path(&network, 3, 3), Some(vec![3]));
    // NetworkX: ego_graph(G, "d", 1) has c d e f; radius 2 has a..g.
    let ego: Vec<usize> = metrics::ego(&network, 3, 1)
        .into_iter()
        .map(|(node, _)| node)
        .collect();
    assert_eq!(ego, [3, 2, 4, 5]);
    let mut ego2: Vec<usize> = metrics::ego(&network, 3, 2)
        .into_iter()
        .map(|(node, _)| node)
        .collect();
    ego2.sort_unstable();
    assert_eq!(ego2, [0, 1, 2, 3, 4, 5, 6]);
    // NetworkX: ego_graph(G, "d", 1) has 4 edges.
    assert_eq!(network.induced(&ego).edge_count(), 4);
}

#[test]
fn modularity_and_louvain_match_networkx() {
    let network = small();
    let membership = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2];
    assert!((modularity(&network, &membership, 1.0) - MODULARITY_3).abs() < 1e-12);
    assert!((modularity(&network, &membership, 0.5) - MODULARITY_3_HALF).abs() < 1e-12);
    let partition = louvain(&network, LouvainOptions::default());
    assert_eq!(partition.membership, [1, 1, 1, 0, 0, 0, 0, 2, 2, 2]);
    assert!((partition.modularity - MODULARITY_3).abs() < 1e-12);
    let karate = karate();
    for seed in 0..20 {
        let options = LouvainOptions {
            seed,
            ..LouvainOptions::default()
        };
        let partition = louvain(&karate, options);
        assert_eq!(
            partition,
            louvain(&karate, options),
            "seed {seed} is not deterministic"
        );
        assert!(
            partition.modularity > KARATE_LOUVAIN_MODULARITY - 0.03,
            "seed {seed}: {}",
            partition.modularity
        );
        let recomputed = modularity(&karate, &partition.membership, 1.0);
        assert!((recomputed - partition.modularity).abs() < 1e-12);
    }
}

#[test]
fn analysis_ranks_and_formats() {
    let network = small();
    let analysis = analyse(&network, &AnalysisOptions::default()).unwrap();
    assert_eq!(analysis.ranking("pagerank").unwrap()[0], 8);
    assert_eq!(analysis.ranking("degree").unwrap()[..2], [2, 3]);
    assert!(analysis.ranking("nonsense").is_none());
    assert_eq!(analysis.timings.len(), Metric::ALL.len());
    let order: Vec<usize> = (0..network.node_count()).collect();

    let graphml = formats::graphml(&network, Some(&analysis));
    assert_well_formed(&graphml);
    assert_eq!(graphml.matches("<node ").count(), 10);
    assert_eq!(graphml.matches("<edge ").count(), 11);
    assert!(graphml.contains("<data key=\"community\">"));

    let gexf = formats::gexf(&network, Some(&analysis));
    assert_well_formed(&gexf);
    assert_eq!(gexf.matches("<node ").count(), 10);
    assert!(gexf.contains("weight=\"4\""));

    let dot = formats::dot(&network, Some(&analysis));
    assert!(dot.starts_with("graph vawkg {") && dot.ends_with("}\n"));
    assert_eq!(dot.matches(" -- ").count(), 11);

    let csv = formats::scores_csv(&network, &analysis, &order);
    assert!(csv.starts_with(
        "id,label,kind,degree,weighted_degree,pagerank,betweenness,closeness,eigenvector,component,community\n"
    ));
    assert_eq!(csv.lines().count(), 11);
    let json = formats::scores_json(&network, &analysis, &order);
    assert_eq!(json["n_nodes"], 10);
    assert_eq!(json["n_components"], 2);
    assert_eq!(json["nodes"][0]["id"], "a");

    let picture = svg::svg(&network, &analysis, svg::SvgOptions::default());
    assert_well_formed(&picture);
    assert_eq!(picture.matches("<circle ").count(), 10);
    assert_eq!(picture.matches("<line ").count(), 11);
    assert_eq!(
        picture,
        svg::svg(&network, &analysis, svg::SvgOptions::default())
    );
}

#[test]
fn escaping_keeps_xml_and_dot_well_formed() {
    let mut builder = NetworkBuilder::new();
    let a = builder.add_node(
        "https://x/a?b=1&c=<2>",
        Some("Say \"hi\" & <go>"),
        Some("agency"),
    );
    let b = builder.add_node("https://x/b", Some("back\\slash"), Some("country"));
    builder.add_edge(a, b, 1.5);
    let network = builder.build();
    let analysis = analyse(&network, &AnalysisOptions::default()).unwrap();
    for text in [
        formats::graphml(&network, Some(&analysis)),
        formats::gexf(&network, None),
        svg::svg(&network, &analysis, svg::SvgOptions::default()),
    ] {
        assert_well_formed(&text);
        assert!(text.contains("&amp;") && !text.contains("& <"));
    }
    let dot = formats::dot(&network, None);
    assert!(dot.contains("label=\"Say \\\"hi\\\" & <go>\""), "{dot}");
    assert!(dot.contains("back\\\\slash"));
    let triples = rdf::score_triples(&network, &analysis, "test");
    assert!(
        triples
            .iter()
            .any(|triple| triple.predicate == crate::vocab::vawkg::PAGE_RANK)
    );
}

/// A tiny XML well-formedness check: tags balance, attributes are quoted, entities are known.
fn assert_well_formed(xml: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        check_text(&rest[..start]);
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.trim()),
                "mismatched </{name}>"
            );
            continue;
        }
        let name = tag
            .split_whitespace()
            .next()
            .unwrap()
            .trim_end_matches('/')
            .to_owned();
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "unbalanced quotes in <{tag}>"
        );
        check_text(tag);
        if !tag.ends_with('/') {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed elements {stack:?}");
}

fn check_text(text: &str) {
    for (index, _) in text.match_indices('&') {
        let entity = &text[index..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                .iter()
                .any(|known| entity.starts_with(known)),
            "bad entity in {text}"
        );
    }
}
