#!/usr/bin/env python3
"""Benchmark `vawkg graph metrics` against igraph and NetworkX on a synthetic agency network.

The network imitates the actor network of a large corpus: MEASURES measures (default 100k),
each naming 2-8 agencies. Agencies belong to one of COUNTRIES countries (heavy-tailed country
sizes); a measure mostly names agencies of its own country (Zipf popularity within the country)
and sometimes international ones (UN agencies, NGOs: Zipf popularity). Two agencies named in the
same measure are linked; the weight is the number of such measures. Everything is seeded.

The edge list is written as CSV and read by `vawkg graph metrics --edges`, so the benchmark
times the analytics, not the store. Each tool runs PageRank (weighted), betweenness (hops) and
Louvain (weighted) RUNS times on the same graph; medians and ratios are printed as a Markdown
table. NetworkX's betweenness is too slow for the whole graph: it is timed on a sample of
source nodes and scaled to all sources (marked `est.`).

    usage: benches/analytics.py [--bin PATH] [--measures N] [--runs N] [--python-only-check]
    needs: python-igraph, networkx, scipy  (pip install igraph networkx scipy)
"""
import argparse, csv, json, os, platform, random, statistics, subprocess, sys, tempfile, time
from collections import Counter
from itertools import accumulate, combinations


def generate(measures, agencies, countries, international, seed):
    rng = random.Random(seed)
    # Heavy-tailed country sizes; agencies split among countries in proportion.
    country_weight = [1.0 / (rank + 1) ** 0.9 for rank in range(countries)]
    total = sum(country_weight)
    national = agencies - international
    sizes = [max(5, round(national * w / total)) for w in country_weight]
    members, next_id = [], international
    for size in sizes:
        members.append(list(range(next_id, next_id + size)))
        next_id += size
    zipf = lambda n, s=1.1: [1.0 / (rank + 1) ** s for rank in range(n)]
    cumulative = lambda weights: list(accumulate(weights))
    country_pick = cumulative(country_weight)
    inter_weights = cumulative(zipf(international))
    local_weights = {}
    edges = Counter()
    for _ in range(measures):
        country = rng.choices(range(countries), cum_weights=country_pick)[0]
        pool = members[country]
        weights = local_weights.setdefault(len(pool), cumulative(zipf(len(pool))))
        k = rng.randint(2, 8)
        named = set()
        while len(named) < k:
            if rng.random() < 0.2:
                named.add(rng.choices(range(international), cum_weights=inter_weights)[0])
            else:
                named.add(rng.choices(pool, cum_weights=weights)[0])
        for a, b in combinations(sorted(named), 2):
            edges[(a, b)] += 1
    return edges


def median_time(function, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/vawkg-target")),
        "release", "vawkg"))
    parser.add_argument("--measures", type=int, default=100_000)
    parser.add_argument("--agencies", type=int, default=20_000)
    parser.add_argument("--countries", type=int, default=190)
    parser.add_argument("--international", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--betweenness-runs", type=int, default=1)
    parser.add_argument("--nx-betweenness-sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--threads", default="all",
                        help="vawkg threads (RAYON_NUM_THREADS) for betweenness: a number or all")
    args = parser.parse_args()

    import igraph as ig
    import networkx as nx

    started = time.perf_counter()
    edges = generate(args.measures, args.agencies, args.countries, args.international, args.seed)
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "edges.csv")
    with open(path, "w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["source", "target", "weight"])
        for (a, b), w in sorted(edges.items()):
            writer.writerow([f"a{a}", f"a{b}", w])
    nodes = {n for pair in edges for n in pair}
    print(f"generated {len(nodes)} agencies, {len(edges)} edges from {args.measures} measures "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    env = dict(os.environ)
    if args.threads != "all":
        env["RAYON_NUM_THREADS"] = args.threads

    def vawkg(metrics, output="/dev/null", extra=()):
        run = subprocess.run([args.bin, "graph", "metrics", "--edges", path, "--metrics", metrics,
                              "--format", "json", "--top", "0", "--output", output, "--timings",
                              *extra], capture_output=True, text=True, env=env, check=True)
        return json.loads(run.stderr.strip().splitlines()[-1])

    ours = {"pagerank": [], "louvain": [], "betweenness": []}
    for _ in range(args.runs):
        timing = vawkg("pagerank,louvain")
        ours["pagerank"].append(timing["pagerank"])
        ours["louvain"].append(timing["louvain"])
    for _ in range(args.betweenness_runs):
        ours["betweenness"].append(vawkg("betweenness")["betweenness"])
    ours = {name: statistics.median(values) for name, values in ours.items()}
    # PageRank to igraph's precision (PRPACK solves the system exactly).
    ours["pagerank_tight"] = statistics.median(
        vawkg("pagerank", extra=("--tolerance", "1e-12"))["pagerank"] for _ in range(args.runs))
    scores = os.path.join(tmp, "scores.json")
    vawkg("pagerank,louvain", output=scores)
    result = json.load(open(scores))

    weighted = [(f"a{a}", f"a{b}", w) for (a, b), w in edges.items()]
    g = ig.Graph.TupleList(weighted, weights=True)
    theirs_ig = {}
    theirs_ig["pagerank"], pr_ig = median_time(lambda: g.pagerank(weights="weight"), args.runs)
    theirs_ig["louvain"], parts = median_time(
        lambda: g.community_multilevel(weights="weight"), args.runs)
    theirs_ig["betweenness"], _ = median_time(lambda: g.betweenness(directed=False),
                                              args.betweenness_runs)
    G = nx.Graph()
    G.add_weighted_edges_from(weighted)
    theirs_nx = {}
    theirs_nx["pagerank"], pr_nx = median_time(lambda: nx.pagerank(G, weight="weight"), args.runs)
    theirs_nx["louvain"], communities = median_time(
        lambda: nx.community.louvain_communities(G, weight="weight", seed=1), 1)
    sample, _ = median_time(lambda: nx.betweenness_centrality(
        G, k=args.nx_betweenness_sample, seed=1), 1)
    theirs_nx["betweenness"] = sample * G.number_of_nodes() / args.nx_betweenness_sample

    ours_pr = {node["id"]: node["pagerank"] for node in result["nodes"]}
    names = g.vs["name"]
    diff_ig = max(abs(ours_pr[names[i]] - pr_ig[i]) for i in range(len(names)))
    diff_nx = max(abs(ours_pr[n] - pr_nx[n]) for n in pr_nx)
    q_ig = g.modularity(parts, weights="weight")
    q_nx = nx.community.modularity(G, communities, weight="weight")

    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"\nnetwork: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
          f"({args.measures} measures, seed {args.seed}); {cpu}, {os.cpu_count()} cores; "
          f"vawkg betweenness threads: {args.threads}; medians of {args.runs} runs "
          f"(betweenness: {args.betweenness_runs})\n")
    print("| algorithm | vawkg (s) | igraph (s) | NetworkX (s) | igraph / vawkg | NetworkX / vawkg |")
    print("|---|---:|---:|---:|---:|---:|")
    theirs_ig["pagerank_tight"] = theirs_ig["pagerank"]
    theirs_nx["pagerank_tight"], _ = median_time(
        lambda: nx.pagerank(G, weight="weight", tol=1e-12, max_iter=10_000), args.runs)
    for name, label in [("pagerank", "PageRank (weighted, NetworkX tolerance)"),
                        ("pagerank_tight", "PageRank (weighted, tolerance 1e-12)"),
                        ("betweenness", "betweenness (hops)"),
                        ("louvain", "Louvain (weighted)")]:
        estimate = " est." if name == "betweenness" else ""
        print(f"| {label} | {ours[name]:.3f} | {theirs_ig[name]:.3f} | "
              f"{theirs_nx[name]:.2f}{estimate} | {theirs_ig[name] / ours[name]:.1f}× | "
              f"{theirs_nx[name] / ours[name]:.0f}×{estimate} |")
    tight = os.path.join(tmp, "tight.json")
    vawkg("pagerank", output=tight, extra=("--tolerance", "1e-12"))
    tight_pr = {node["id"]: node["pagerank"] for node in json.load(open(tight))["nodes"]}
    diff_tight = max(abs(tight_pr[names[i]] - pr_ig[i]) for i in range(len(names)))
    print(f"\nPageRank at tolerance 1e-12: max |vawkg - igraph| {diff_tight:.1e}")
    print(f"PageRank max |vawkg - igraph| {diff_ig:.1e}, max |vawkg - NetworkX| {diff_nx:.1e}; "
          f"Louvain modularity vawkg {result['modularity']:.4f} "
          f"({result['n_communities']} communities), igraph {q_ig:.4f} ({len(parts)}), "
          f"NetworkX {q_nx:.4f} ({len(communities)})")


if __name__ == "__main__":
    main()
