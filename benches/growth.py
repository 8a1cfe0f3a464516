#!/usr/bin/env python3
"""vawkg alone from 1k to 1M records: time per record and peak memory of extract and load.

`benches/pipeline.py` measures growth beside the Oxigraph CLI, which needs the corpus as Turtle
and N-Quads and a second store: at 1M records that is about 45 GB of derived files and twice
the store. This script measures vawkg alone, the same way at every size, so that 1M fits on a
machine with ~40 GB free:

- extract: `vawkg extract CORPUS --format nt -o /dev/null`, on the corpus as one file and as a
  folder of 1000-record files (serialising included, writing to disk excluded);
- load: `vawkg load --store FRESH CORPUS` (the one file) into a fresh store, removed afterwards
  (`--load-up-to SIZE` skips larger sizes: the store takes about 42 GB per million records).

Corpora come from `benches/gen_corpus.py`, cached in WORK/corpus exactly as pipeline.py caches
them (the two scripts share them). Runs are timed from spawn to exit by pipeline.py's spawner,
with user and system CPU and the peak RSS of the command alone. One warm-up run, then
`--repeat` timed runs (medians) below `--large-from` records and one timed run from there.

    python3 benches/growth.py --sizes 1k,10k,100k,1m --report growth.md --json growth.json
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pipeline  # noqa: E402  (the spawner, the corpus cache and the helpers)


class Tools:
    """What pipeline.Corpus reads from a bench."""

    def __init__(self, args):
        self.args = args
        self.work = Path(args.work).resolve()
        self.tools = {"vawkg": os.path.realpath(args.vawkg)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vawkg", default=pipeline.default_vawkg(), help="the vawkg binary")
    parser.add_argument("--sizes", default="1k,10k,100k,1m")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs below --large-from")
    parser.add_argument("--large-from", type=pipeline.parse_size,
                        default=pipeline.parse_size("100k"))
    parser.add_argument("--seed", help="corpus generator seed (default: the generator's)")
    parser.add_argument("--work", default="/tmp/vawkg-bench",
                        help="corpus cache and scratch stores (shared with pipeline.py)")
    parser.add_argument("--only", default="extract,load", help="extract, load or both")
    parser.add_argument("--load-up-to", type=pipeline.parse_size, default=None,
                        help="load only sizes up to this many records (a store takes about "
                             "42 GB per million records)")
    parser.add_argument("--report", help="Markdown table (default: standard output)")
    parser.add_argument("--json", help="raw results")
    args = parser.parse_args()
    args.stand_in = False
    tools = Tools(args)
    vawkg = tools.tools["vawkg"]
    phases = set(args.only.split(","))
    rows = []
    for size in args.sizes.split(","):
        records = pipeline.parse_size(size)
        corpus = pipeline.Corpus(tools, records, derive=False)
        # pipeline.measure: a warm-up, then `repeat` timed runs; 0 is one run without warm-up.
        repeat = 0 if records >= args.large_from else args.repeat
        row = {"size": corpus.label, "records": records, "bytes": corpus.bytes}
        if "extract" in phases:
            print(f"[{corpus.label}] extract", file=sys.stderr)
            for key, path in (("extract", corpus.single), ("extract_folder", corpus.split)):
                row[key] = pipeline.measure(
                    [vawkg, "extract", path, "--format", "nt", "-o", os.devnull], repeat)
        if "load" in phases and (args.load_up_to is None or records <= args.load_up_to):
            print(f"[{corpus.label}] load", file=sys.stderr)
            with tempfile.TemporaryDirectory(prefix="growth-", dir=tools.work) as scratch:
                store = Path(scratch) / "store"
                row["load"] = pipeline.measure([vawkg, "load", "--store", store, corpus.single],
                                               repeat, before=pipeline.remover(store))
                row["store_bytes"] = pipeline.disk_usage_bytes(store)
        rows.append(row)
    results = {"machine": {"nproc": os.cpu_count(), "load_average": os.getloadavg(),
                           "vawkg": vawkg, "vawkg_version": pipeline.output_of(
                               [vawkg, "--version"]).strip()},
               "rows": rows}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    report = render(rows)
    if args.report:
        Path(args.report).write_text(report)
    else:
        print(report)


def render(rows):
    out = ["| size | MB | step | runs | seconds, median (min–max) | µs / record | "
           "vs smallest | CPU s | peak RSS MiB |",
           "|---|---:|---|---:|---:|---:|---:|---:|---:|"]
    first = {}
    for row in rows:
        for key, label in (("extract", "extract, one file"), ("extract_folder", "extract, folder"),
                           ("load", "load")):
            measured = row.get(key)
            if not measured:
                continue
            per_record = measured["median_s"] / row["records"] * 1e6
            first.setdefault(key, per_record)
            n_runs = len(measured["runs"])
            spread = (f"{measured['median_s']:.2f} ({measured['min_s']:.2f}–"
                      f"{measured['max_s']:.2f})" if n_runs > 1
                      else f"{measured['median_s']:.2f}")
            extra = (f" (store {row['store_bytes'] / 2**30:.2f} GiB)"
                     if key == "load" and "store_bytes" in row else "")
            out.append(f"| {row['size']} | {row['bytes'] / 1e6:,.1f} | {label}{extra} | "
                       f"{n_runs} | {spread} | {per_record:,.0f} | "
                       f"{per_record / first[key]:.2f} | {measured['cpu_median_s']:.1f} | "
                       f"{measured['max_rss_kib'] / 1024:.0f} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
