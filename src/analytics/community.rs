//! Communities: Louvain (weighted, resolution γ, seeded node order) and modularity.
//!
//! The algorithm follows NetworkX's `louvain_communities`: each level moves nodes one at a time
//! (in an order shuffled with the seed) to the neighbouring community of best positive gain
//! until no node moves, then aggregates communities into nodes; it stops when a level improves
//! modularity by no more than the threshold. The random generator is not NetworkX's, so the
//! partition may differ from NetworkX's for the same seed; its modularity is what to compare.

use super::network::Network;

/// Options of [`louvain`], with NetworkX's defaults (and a fixed seed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LouvainOptions {
    /// Resolution γ: above 1 favours smaller communities.
    pub resolution: f64,
    /// Minimum modularity gain for another level.
    pub threshold: f64,
    /// Seed of the node order shuffle.
    pub seed: u64,
}

impl Default for LouvainOptions {
    fn default() -> Self {
        LouvainOptions {
            resolution: 1.0,
            threshold: 1e-7,
            seed: 42,
        }
    }
}

/// A partition of the nodes into communities.
#[derive(Debug, Clone, PartialEq)]
pub struct Partition {
    /// The community index of each node: 0 is the largest community (ties: smallest node).
    pub membership: Vec<usize>,
    /// The number of communities.
    pub n_communities: usize,
    /// Its modularity on the network (at the resolution used).
    pub modularity: f64,
}

impl Partition {
    /// The members of each community, sorted by node index.
    pub fn communities(&self) -> Vec<Vec<usize>> {
        let mut communities = vec![Vec::new(); self.n_communities];
        for (node, &community) in self.membership.iter().enumerate() {
            communities[community].push(node);
        }
        communities
    }
}

/// Modularity of a partition (NetworkX `modularity(G, communities, weight="weight",
/// resolution)`): Σ_c L_c / m − γ (d_c / 2m)², with L_c the weight inside c and d_c its total
/// weighted degree. Zero for a network without edges.
pub fn modularity(network: &Network, membership: &[usize], resolution: f64) -> f64 {
    let total = network.total_weight();
    if total == 0.0 {
        return 0.0;
    }
    let n_communities = membership.iter().copied().max().map_or(0, |max| max + 1);
    let mut inside = vec![0.0; n_communities];
    let mut degree = vec![0.0; n_communities];
    for edge in network.edges() {
        let (a, b) = (membership[edge.source], membership[edge.target]);
        if a == b {
            inside[a] += edge.weight;
        }
        degree[a] += edge.weight;
        degree[b] += edge.weight;
    }
    (0..n_communities)
        .map(|c| inside[c] / total - resolution * (degree[c] / (2.0 * total)).powi(2))
        .sum()
}

/// One level of the Louvain hierarchy: a weighted graph whose nodes may carry self-loops.
struct Level {
    offsets: Vec<usize>,
    neighbors: Vec<usize>,
    weights: Vec<f64>,
    /// Self-loop weight of each node (the weight inside the community it stands for).
    self_loops: Vec<f64>,
    /// Weighted degree of each node, self-loops counted twice.
    strength: Vec<f64>,
}

impl Level {
    fn from_network(network: &Network) -> Self {
        let n = network.node_count();
        let mut offsets = Vec::with_capacity(n + 1);
        let mut neighbors = Vec::new();
        let mut weights = Vec::new();
        offsets.push(0);
        for node in 0..n {
            neighbors.extend_from_slice(network.neighbors(node));
            weights.extend_from_slice(network.neighbor_weights(node));
            offsets.push(neighbors.len());
        }
        let strength = (0..n)
            .map(|node| weights[offsets[node]..offsets[node + 1]].iter().sum())
            .collect();
        Level {
            offsets,
            neighbors,
            weights,
            self_loops: vec![0.0; n],
            strength,
        }
    }

    fn len(&self) -> usize {
        self.self_loops.len()
    }

    /// The graph of communities: one node per community, edge weights summed.
    fn aggregate(&self, community: &[usize], n_communities: usize) -> Level {
        let mut members = vec![Vec::new(); n_communities];
        for (node, &c) in community.iter().enumerate() {
            members[c].push(node);
        }
        let mut self_loops = vec![0.0; n_communities];
        let mut strength = vec![0.0; n_communities];
        let mut offsets = Vec::with_capacity(n_communities + 1);
        let mut neighbors = Vec::new();
        let mut weights = Vec::new();
        let mut accumulated = vec![0.0; n_communities];
        let mut touched: Vec<usize> = Vec::new();
        offsets.push(0);
        for (c, nodes) in members.iter().enumerate() {
            for &node in nodes {
                self_loops[c] += self.self_loops[node];
                strength[c] += self.strength[node];
                for slot in self.offsets[node]..self.offsets[node + 1] {
                    let other = community[self.neighbors[slot]];
                    let weight = self.weights[slot];
                    if other == c {
                        // Each inside edge is seen from both ends.
                        self_loops[c] += weight / 2.0;
                    } else {
                        if accumulated[other] == 0.0 {
                            touched.push(other);
                        }
                        accumulated[other] += weight;
                    }
                }
            }
            touched.sort_unstable();
            for &other in &touched {
                neighbors.push(other);
                weights.push(accumulated[other]);
                accumulated[other] = 0.0;
            }
            touched.clear();
            offsets.push(neighbors.len());
        }
        Level {
            offsets,
            neighbors,
            weights,
            self_loops,
            strength,
        }
    }

    /// Modularity of the partition where every node of this level is its own community.
    fn modularity(&self, total: f64, resolution: f64) -> f64 {
        (0..self.len())
            .map(|node| {
                self.self_loops[node] / total
                    - resolution * (self.strength[node] / (2.0 * total)).powi(2)
            })
            .sum()
    }
}

/// SplitMix64: a small seeded generator for the node order.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for index in (1..items.len()).rev() {
            let other = (self.next() % (index as u64 + 1)) as usize;
            items.swap(index, other);
        }
    }
}

/// Moves nodes of one level until none moves; returns each node's community (renumbered
/// 0..k in order of first appearance), k, and whether anything moved.
fn one_level(
    level: &Level,
    total: f64,
    resolution: f64,
    rng: &mut SplitMix64,
) -> (Vec<usize>, usize, bool) {
    let n = level.len();
    let mut community: Vec<usize> = (0..n).collect();
    let mut community_strength = level.strength.clone();
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut weight_to = vec![0.0; n];
    let mut seen = vec![false; n];
    let mut touched: Vec<usize> = Vec::new();
    let two_m_squared = 2.0 * total * total;
    let mut improved = false;
    loop {
        let mut n_moves = 0;
        for &node in &order {
            let current = community[node];
            let degree = level.strength[node];
            for slot in level.offsets[node]..level.offsets[node + 1] {
                let c = community[level.neighbors[slot]];
                if !seen[c] {
                    seen[c] = true;
                    touched.push(c);
                }
                weight_to[c] += level.weights[slot];
            }
            community_strength[current] -= degree;
            let remove_cost = -weight_to[current] / total
                + resolution * community_strength[current] * degree / two_m_squared;
            let mut best_gain = 0.0;
            let mut best = current;
            for &c in &touched {
                let gain = remove_cost + weight_to[c] / total
                    - resolution * community_strength[c] * degree / two_m_squared;
                if gain > best_gain {
                    best_gain = gain;
                    best = c;
                }
            }
            community_strength[best] += degree;
            if best != current {
                community[node] = best;
                n_moves += 1;
            }
            for &c in &touched {
                weight_to[c] = 0.0;
                seen[c] = false;
            }
            touched.clear();
        }
        if n_moves == 0 {
            break;
        }
        improved = true;
    }
    let mut renumber = vec![usize::MAX; n];
    let mut n_communities = 0;
    for c in community.iter_mut() {
        if renumber[*c] == usize::MAX {
            renumber[*c] = n_communities;
            n_communities += 1;
        }
        *c = renumber[*c];
    }
    (community, n_communities, improved)
}

/// Louvain communities of a weighted network (see the module docs). Deterministic for a seed.
pub fn louvain(network: &Network, options: LouvainOptions) -> Partition {
    let n = network.node_count();
    let total = network.total_weight();
    let mut membership: Vec<usize> = (0..n).collect();
    if total == 0.0 {
        return finish(network, membership, options.resolution);
    }
    let mut rng = SplitMix64(options.seed);
    let mut level = Level::from_network(network);
    let mut current_modularity = level.modularity(total, options.resolution);
    // As NetworkX: the first level is always kept; later levels only while they improve.
    let (mut community, mut n_communities, _) =
        one_level(&level, total, options.resolution, &mut rng);
    membership.clone_from(&community);
    loop {
        let next = level.aggregate(&community, n_communities);
        let next_modularity = next.modularity(total, options.resolution);
        if next_modularity - current_modularity <= options.threshold {
            break;
        }
        current_modularity = next_modularity;
        level = next;
        let improved;
        (community, n_communities, improved) =
            one_level(&level, total, options.resolution, &mut rng);
        if !improved {
            break;
        }
        for c in membership.iter_mut() {
            *c = community[*c];
        }
    }
    finish(network, membership, options.resolution)
}

/// Renumbers communities by size (largest first, ties by smallest node) and scores them.
fn finish(network: &Network, membership: Vec<usize>, resolution: f64) -> Partition {
    let n_communities = membership.iter().copied().max().map_or(0, |max| max + 1);
    let mut sizes = vec![(0usize, usize::MAX); n_communities];
    for (node, &c) in membership.iter().enumerate() {
        sizes[c].0 += 1;
        sizes[c].1 = sizes[c].1.min(node);
    }
    let mut order: Vec<usize> = (0..n_communities).collect();
    order.sort_by(|&a, &b| {
        sizes[b]
            .0
            .cmp(&sizes[a].0)
            .then(sizes[a].1.cmp(&sizes[b].1))
    });
    let mut rank = vec![0; n_communities];
    for (new, &old) in order.iter().enumerate() {
        rank[old] = new;
    }
    let membership: Vec<usize> = membership.into_iter().map(|c| rank[c]).collect();
    let modularity = modularity(network, &membership, resolution);
    Partition {
        membership,
        n_communities,
        modularity,
    }
}
