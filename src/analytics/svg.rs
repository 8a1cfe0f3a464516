//! Pictures of a network: a seeded Fruchterman–Reingold force-directed layout and an SVG with
//! communities coloured, node size by centrality and labels for the top nodes.
//!
//! The layout is deterministic for a seed: positions start from a SplitMix64 sequence and every
//! step visits nodes in index order. It costs O(n²) per iteration, so the number of iterations
//! shrinks for large networks; pictures are meant for up to a few thousand nodes.

use std::fmt::Write as _;

use super::formats::xml_escape;
use super::network::Network;
use super::scores::Analysis;

/// A qualitative palette (Tableau 10) for communities; later communities are grey.
const PALETTE: [&str; 10] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac",
];

/// The fill colour of a community (by index; the ten largest get distinct colours).
pub fn community_colour(community: usize) -> &'static str {
    PALETTE.get(community).copied().unwrap_or("#cccccc")
}

/// Options of [`layout`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutOptions {
    /// Iterations for small networks (fewer above 1,000 nodes).
    pub iterations: usize,
    /// Seed of the initial positions.
    pub seed: u64,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            iterations: 100,
            seed: 42,
        }
    }
}

/// Positions in the unit square, one `(x, y)` per node: Fruchterman–Reingold with edge
/// weights scaling attraction and a weak pull to the centre that keeps components together.
pub fn layout(network: &Network, options: LayoutOptions) -> Vec<(f64, f64)> {
    let n = network.node_count();
    let mut state = options.seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut position: Vec<(f64, f64)> = (0..n).map(|_| (next(), next())).collect();
    if n < 2 {
        return position.into_iter().map(|_| (0.5, 0.5)).collect();
    }
    let k = (1.0 / n as f64).sqrt();
    let max_weight = network
        .edges()
        .iter()
        .map(|edge| edge.weight)
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let iterations = if n > 1000 {
        (options.iterations * 1_000_000 / (n * n)).max(10)
    } else {
        options.iterations
    };
    let mut temperature = 0.1;
    let cooling = temperature / (iterations as f64 + 1.0);
    let mut displacement = vec![(0.0, 0.0); n];
    for _ in 0..iterations {
        displacement.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for a in 0..n {
            for b in (a + 1)..n {
                let dx = position[a].0 - position[b].0;
                let dy = position[a].1 - position[b].1;
                let distance = (dx * dx + dy * dy).sqrt().max(0.01);
                let force = k * k / distance;
                let (fx, fy) = (dx / distance * force, dy / distance * force);
                displacement[a].0 += fx;
                displacement[a].1 += fy;
                displacement[b].0 -= fx;
                displacement[b].1 -= fy;
            }
        }
        for edge in network.edges() {
            let (a, b) = (edge.source, edge.target);
            let dx = position[a].0 - position[b].0;
            let dy = position[a].1 - position[b].1;
            let distance = (dx * dx + dy * dy).sqrt().max(0.01);
            let force = distance * distance / k * (0.5 + edge.weight / max_weight);
            let (fx, fy) = (dx / distance * force, dy / distance * force);
            displacement[a].0 -= fx;
            displacement[a].1 -= fy;
            displacement[b].0 += fx;
            displacement[b].1 += fy;
        }
        for node in 0..n {
            let gravity = 0.1 * k;
            displacement[node].0 += (0.5 - position[node].0) * gravity * 10.0;
            displacement[node].1 += (0.5 - position[node].1) * gravity * 10.0;
            let (dx, dy) = displacement[node];
            let length = (dx * dx + dy * dy).sqrt().max(1e-12);
            let step = length.min(temperature);
            position[node].0 += dx / length * step;
            position[node].1 += dy / length * step;
        }
        temperature -= cooling;
    }
    // Rescale into the unit square.
    let (mut min_x, mut max_x, mut min_y, mut max_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in &position {
        min_x = min_x.min(x);
        max_x = max_x.max(x);
        min_y = min_y.min(y);
        max_y = max_y.max(y);
    }
    let span = (max_x - min_x).max(max_y - min_y).max(1e-12);
    position
        .into_iter()
        .map(|(x, y)| ((x - min_x) / span, (y - min_y) / span))
        .collect()
}

/// Options of [`svg`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SvgOptions {
    /// Width and height in pixels.
    pub size: f64,
    /// How many of the highest-ranked nodes get a label.
    pub n_labels: usize,
    /// The layout.
    pub layout: LayoutOptions,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            size: 1000.0,
            n_labels: 15,
            layout: LayoutOptions::default(),
        }
    }
}

/// An SVG picture: nodes coloured by community, sized by [`Analysis::ranking_score`], edges
/// thicker with weight, labels on the top nodes, a `<title>` (tooltip) on every node.
pub fn svg(network: &Network, analysis: &Analysis, options: SvgOptions) -> String {
    let positions = layout(network, options.layout);
    let margin = 60.0;
    let scale = options.size - 2.0 * margin;
    let at = |node: usize| {
        (
            margin + positions[node].0 * scale,
            margin + positions[node].1 * scale,
        )
    };
    let score = analysis.ranking_score();
    let max_score = score
        .iter()
        .copied()
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let radius = |node: usize| 3.0 + 14.0 * (score[node] / max_score).sqrt();
    let max_weight = network
        .edges()
        .iter()
        .map(|edge| edge.weight)
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let mut out = String::new();
    let size = options.size;
    let _ = writeln!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
         width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" \
         font-family=\"Helvetica, Arial, sans-serif\">"
    );
    let _ = writeln!(
        out,
        "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    out.push_str("  <g id=\"edges\" stroke=\"#888888\" stroke-opacity=\"0.5\">\n");
    for edge in network.edges() {
        let (x1, y1) = at(edge.source);
        let (x2, y2) = at(edge.target);
        let width = 0.5 + 2.5 * edge.weight / max_weight;
        let _ = writeln!(
            out,
            "    <line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" \
             stroke-width=\"{width:.2}\"/>"
        );
    }
    out.push_str("  </g>\n  <g id=\"nodes\" stroke=\"#ffffff\" stroke-width=\"0.8\">\n");
    // Small nodes first so that large ones are drawn on top.
    let mut order: Vec<usize> = (0..network.node_count()).collect();
    order.sort_by(|&a, &b| score[a].total_cmp(&score[b]).then(a.cmp(&b)));
    for &node in &order {
        let (x, y) = at(node);
        let colour = analysis.partition.as_ref().map_or("#4e79a7", |partition| {
            community_colour(partition.membership[node])
        });
        let _ = writeln!(
            out,
            "    <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"{colour}\"><title>{}</title></circle>",
            radius(node),
            xml_escape(&network.nodes()[node].label)
        );
    }
    out.push_str("  </g>\n  <g id=\"labels\" font-size=\"12\" fill=\"#222222\">\n");
    for &node in order.iter().rev().take(options.n_labels) {
        let (x, y) = at(node);
        let _ = writeln!(
            out,
            "    <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            x + radius(node) + 2.0,
            y + 4.0,
            xml_escape(&network.nodes()[node].label)
        );
    }
    out.push_str("  </g>\n</svg>\n");
    out
}
