//! Node metrics of a [`Network`]: degree, weighted degree, PageRank, betweenness, closeness,
//! eigenvector centrality, connected components, shortest paths and ego networks.
//!
//! Definitions and defaults follow NetworkX so that results can be checked against it:
//! PageRank is weighted (alpha 0.85, NetworkX's power iteration and stopping rule); betweenness
//! (normalised) and closeness (Wasserman–Faust for disconnected graphs) count hops; eigenvector
//! centrality is weighted. Closeness and eigenvector centrality come from `rustworkx-core`;
//! PageRank (which it lacks), betweenness (faster here, see [`betweenness_with_threads`]),
//! components, paths and ego networks are written here, on the network's compact adjacency. Communities are in [`super::community`].

use std::collections::VecDeque;

use super::network::Network;

/// Node count above which `rustworkx-core` runs closeness in parallel.
const PARALLEL_THRESHOLD: usize = 50;

/// Why a metric could not be computed.
#[derive(Debug, thiserror::Error)]
pub enum MetricError {
    /// A power iteration did not converge.
    #[error("{metric} did not converge in {max_iter} iterations")]
    NoConvergence {
        /// The metric.
        metric: &'static str,
        /// The iteration limit.
        max_iter: usize,
    },
}

/// Options of [`pagerank`], with NetworkX's defaults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageRankOptions {
    /// Damping factor.
    pub alpha: f64,
    /// Per-node tolerance: iteration stops when the L1 change is below `n × tolerance`.
    pub tolerance: f64,
    /// Iteration limit.
    pub max_iter: usize,
}

impl Default for PageRankOptions {
    fn default() -> Self {
        PageRankOptions {
            alpha: 0.85,
            tolerance: 1e-6,
            max_iter: 100,
        }
    }
}

/// The number of neighbours of each node.
pub fn degrees(network: &Network) -> Vec<usize> {
    (0..network.node_count())
        .map(|node| network.neighbors(node).len())
        .collect()
}

/// The sum of the edge weights of each node (NetworkX `G.degree(weight="weight")`).
pub fn weighted_degrees(network: &Network) -> Vec<f64> {
    (0..network.node_count())
        .map(|node| network.neighbor_weights(node).iter().sum())
        .collect()
}

/// Weighted PageRank, as NetworkX's `pagerank(G, alpha, weight="weight")`: uniform start and
/// teleport, dangling (isolated) nodes spread uniformly, the same update and stopping rule, and
/// the result normalised to sum 1.
pub fn pagerank(network: &Network, options: PageRankOptions) -> Result<Vec<f64>, MetricError> {
    let n = network.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let n_float = n as f64;
    let strength = weighted_degrees(network);
    let inverse_strength: Vec<f64> = strength
        .iter()
        .map(|&s| if s != 0.0 { 1.0 / s } else { 0.0 })
        .collect();
    let dangling: Vec<usize> = (0..n).filter(|&node| strength[node] == 0.0).collect();
    let teleport = (1.0 - options.alpha) / n_float;
    let mut x = vec![1.0 / n_float; n];
    let mut scaled = vec![0.0; n];
    let mut next = vec![0.0; n];
    for _ in 0..options.max_iter {
        for ((scaled, value), inverse) in scaled.iter_mut().zip(&x).zip(&inverse_strength) {
            *scaled = value * inverse;
        }
        let dangling_sum: f64 = dangling.iter().map(|&node| x[node]).sum();
        let base = options.alpha * dangling_sum / n_float + teleport;
        let mut error = 0.0;
        for node in 0..n {
            let mut sum = 0.0;
            for (&neighbor, &weight) in network
                .neighbors(node)
                .iter()
                .zip(network.neighbor_weights(node))
            {
                sum += weight * scaled[neighbor];
            }
            let value = options.alpha * sum + base;
            error += (value - x[node]).abs();
            next[node] = value;
        }
        std::mem::swap(&mut x, &mut next);
        if error < n_float * options.tolerance {
            let total: f64 = x.iter().sum();
            return Ok(x.into_iter().map(|value| value / total).collect());
        }
    }
    Err(MetricError::NoConvergence {
        metric: "pagerank",
        max_iter: options.max_iter,
    })
}

/// Normalised betweenness centrality counting hops (NetworkX `betweenness_centrality(G)`), on
/// every available core.
pub fn betweenness(network: &Network) -> Vec<f64> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    // Below a few hundred nodes a thread costs more than it saves.
    let useful = network.node_count().div_ceil(256);
    betweenness_with_threads(network, threads.min(useful))
}

/// [`betweenness`] on `threads` threads (at least one).
///
/// Brandes' algorithm on the compact adjacency, with buffers reused across sources and
/// dependencies accumulated over successors (no predecessor lists). Sources are split into
/// contiguous chunks, one per thread, and the partial sums are added in chunk order, so the
/// result depends only on the number of threads (and then only in the last bits).
/// `rustworkx-core` has the same algorithm for any petgraph graph, but allocates a predecessor
/// list per node and source; this one is several times faster on networks of 10⁴ nodes.
pub fn betweenness_with_threads(network: &Network, threads: usize) -> Vec<f64> {
    let n = network.node_count();
    if n == 0 {
        return Vec::new();
    }
    let threads = threads.clamp(1, n);
    let chunk = n.div_ceil(threads);
    let adjacency = CompactAdjacency::new(network);
    let adjacency = &adjacency;
    let partials: Vec<Vec<f64>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|thread| {
                let sources = (thread * chunk).min(n)..((thread + 1) * chunk).min(n);
                scope.spawn(move || brandes(adjacency, sources))
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("a betweenness thread panicked"))
            .collect()
    });
    let mut total = vec![0.0; n];
    for partial in partials {
        for (sum, value) in total.iter_mut().zip(partial) {
            *sum += value;
        }
    }
    // NetworkX's normalisation for undirected graphs: both directions of every pair were
    // counted, and 1 / ((n - 1)(n - 2)) scales that to the fraction of pairs.
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for value in &mut total {
            *value *= scale;
        }
    }
    total
}

/// The adjacency with 32-bit node indices: half the memory traffic of the network's own.
struct CompactAdjacency {
    offsets: Vec<u32>,
    neighbors: Vec<u32>,
}

impl CompactAdjacency {
    fn new(network: &Network) -> Self {
        let mut offsets = Vec::with_capacity(network.node_count() + 1);
        let mut neighbors = Vec::new();
        offsets.push(0);
        for node in 0..network.node_count() {
            neighbors.extend(
                network
                    .neighbors(node)
                    .iter()
                    .map(|&neighbor| neighbor as u32),
            );
            offsets.push(neighbors.len() as u32);
        }
        CompactAdjacency { offsets, neighbors }
    }

    fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    fn neighbors(&self, node: usize) -> &[u32] {
        &self.neighbors[self.offsets[node] as usize..self.offsets[node + 1] as usize]
    }
}

/// Unnormalised dependency sums of the sources in `sources` (Brandes 2001, unweighted).
///
/// The forward search records the edges of the shortest-path DAG in discovery order; walking
/// them backwards visits every edge out of a level after all edges out of the next level, so
/// each dependency is complete before it is used, and the backward pass reads only DAG edges.
fn brandes(adjacency: &CompactAdjacency, sources: std::ops::Range<usize>) -> Vec<f64> {
    let n = adjacency.len();
    let mut centrality = vec![0.0; n];
    let mut distance = vec![u32::MAX; n];
    let mut paths = vec![0.0_f64; n];
    let mut dependency = vec![0.0_f64; n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    let mut dag: Vec<(u32, u32)> = Vec::new();
    for source in sources {
        order.clear();
        dag.clear();
        distance[source] = 0;
        paths[source] = 1.0;
        order.push(source as u32);
        let mut head = 0;
        while head < order.len() {
            let node = order[head] as usize;
            head += 1;
            let next = distance[node] + 1;
            let node_paths = paths[node];
            for &neighbor in adjacency.neighbors(node) {
                let neighbor_index = neighbor as usize;
                let known = distance[neighbor_index];
                if known == u32::MAX {
                    distance[neighbor_index] = next;
                    order.push(neighbor);
                    paths[neighbor_index] += node_paths;
                    dag.push((node as u32, neighbor));
                } else if known == next {
                    paths[neighbor_index] += node_paths;
                    dag.push((node as u32, neighbor));
                }
            }
        }
        for &(node, successor) in dag.iter().rev() {
            let (node, successor) = (node as usize, successor as usize);
            dependency[node] += paths[node] / paths[successor] * (1.0 + dependency[successor]);
        }
        for &node in &order {
            let node = node as usize;
            if node != source {
                centrality[node] += dependency[node];
            }
            distance[node] = u32::MAX;
            paths[node] = 0.0;
            dependency[node] = 0.0;
        }
    }
    centrality
}

/// Closeness centrality counting hops, Wasserman–Faust scaled for disconnected networks
/// (NetworkX `closeness_centrality(G)`), by `rustworkx-core`.
pub fn closeness(network: &Network) -> Vec<f64> {
    rustworkx_core::centrality::closeness_centrality(network.graph(), true, PARALLEL_THRESHOLD)
        .into_iter()
        .map(|value| value.unwrap_or(0.0))
        .collect()
}

/// Weighted eigenvector centrality (NetworkX `eigenvector_centrality(G, weight="weight")`:
/// power iteration on A + I from a uniform start, tolerance 1e-6 per node, Euclidean norm 1),
/// by `rustworkx-core`.
pub fn eigenvector(network: &Network) -> Result<Vec<f64>, MetricError> {
    let max_iter = 1000;
    if network.node_count() == 0 {
        return Ok(Vec::new());
    }
    let result: Result<Option<Vec<f64>>, std::convert::Infallible> =
        rustworkx_core::centrality::eigenvector_centrality(
            network.graph(),
            |edge| Ok(*petgraph::visit::EdgeRef::weight(&edge)),
            Some(max_iter),
            Some(1e-6),
        );
    match result {
        Ok(Some(values)) => Ok(values),
        _ => Err(MetricError::NoConvergence {
            metric: "eigenvector centrality",
            max_iter,
        }),
    }
}

/// Connected components, largest first (ties: the one with the smaller first node), each
/// sorted by node index.
pub fn components(network: &Network) -> Vec<Vec<usize>> {
    let n = network.node_count();
    let mut seen = vec![false; n];
    let mut components = Vec::new();
    let mut queue = VecDeque::new();
    for start in 0..n {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        queue.push_back(start);
        let mut members = Vec::new();
        while let Some(node) = queue.pop_front() {
            members.push(node);
            for &neighbor in network.neighbors(node) {
                if !seen[neighbor] {
                    seen[neighbor] = true;
                    queue.push_back(neighbor);
                }
            }
        }
        members.sort_unstable();
        components.push(members);
    }
    components.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    components
}

/// The component index (into [`components`]) of each node.
pub fn component_membership(components: &[Vec<usize>], n_nodes: usize) -> Vec<usize> {
    let mut membership = vec![0; n_nodes];
    for (index, members) in components.iter().enumerate() {
        for &node in members {
            membership[node] = index;
        }
    }
    membership
}

/// Hop distances from `start` up to `radius` (`usize::MAX` for no limit); `None` beyond.
pub fn hop_distances(network: &Network, start: usize, radius: usize) -> Vec<Option<usize>> {
    let mut distance = vec![None; network.node_count()];
    distance[start] = Some(0);
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        let here = distance[node].unwrap_or(0);
        if here >= radius {
            continue;
        }
        for &neighbor in network.neighbors(node) {
            if distance[neighbor].is_none() {
                distance[neighbor] = Some(here + 1);
                queue.push_back(neighbor);
            }
        }
    }
    distance
}

/// A shortest path in hops from `from` to `to` (both included), or `None` when they are not
/// connected. Among paths of equal length, the one through the smallest node indices.
pub fn shortest_path(network: &Network, from: usize, to: usize) -> Option<Vec<usize>> {
    let n = network.node_count();
    let mut parent = vec![usize::MAX; n];
    let mut seen = vec![false; n];
    seen[from] = true;
    let mut queue = VecDeque::from([from]);
    while let Some(node) = queue.pop_front() {
        if node == to {
            let mut path = vec![to];
            let mut current = to;
            while current != from {
                current = parent[current];
                path.push(current);
            }
            path.reverse();
            return Some(path);
        }
        for &neighbor in network.neighbors(node) {
            if !seen[neighbor] {
                seen[neighbor] = true;
                parent[neighbor] = node;
                queue.push_back(neighbor);
            }
        }
    }
    None
}

/// The ego network of `center`: nodes within `radius` hops with their distance, sorted by
/// distance then index (NetworkX `ego_graph(G, center, radius)` has the same nodes).
pub fn ego(network: &Network, center: usize, radius: usize) -> Vec<(usize, usize)> {
    let mut members: Vec<(usize, usize)> = hop_distances(network, center, radius)
        .into_iter()
        .enumerate()
        .filter_map(|(node, distance)| distance.map(|distance| (node, distance)))
        .collect();
    members.sort_by_key(|&(node, distance)| (distance, node));
    members
}
