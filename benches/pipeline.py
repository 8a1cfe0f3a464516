#!/usr/bin/env python3
"""Time the vawkg pipeline against the Oxigraph CLI on the same generated corpus, side by side.

For each corpus size (records from benches/gen_corpus.py, generated once into --work):

  extract  vawkg extract CORPUS --format nt  vs  oxigraph convert CORPUS.ttl -> .nt
           and a memchr line scan of the corpus bytes (examples/line_scan.rs)
  load     vawkg load --store FRESH CORPUS   vs  oxigraph load --location FRESH --file CORPUS.nq
  query    vawkg query NAME --format csv     vs  oxigraph query --union-default-graph, each
           canned query
  export   vawkg export --format ttl|trig|nq vs  oxigraph dump (N-Quads, TriG)
  growth   time per record and peak RSS across sizes; extract on one file and on 1000-record files

CORPUS.ttl and CORPUS.nq are made beforehand, outside timing, by `vawkg extract --format ttl|nq`
(the N-Quads followed by vawkg's ontology graph, which `vawkg load` also loads), so both stores
hold the same quads; the script checks that, and that both tools answer every query with the
same rows. Every command is a child process timed from spawn to exit (wall clock), with its
rusage from os.wait4 (user + system CPU, peak RSS): one warm-up run, then --repeat timed runs
(one when the warm-up took over --slow seconds); a command is killed after --timeout seconds and
then skipped at larger sizes. Medians with min and max go into a Markdown report, every run into
a JSON file.

    usage: benches/pipeline.py [--sizes 1k,10k,100k] [--repeat 5] [--only extract,load,...]
    needs: Python 3.9+, the oxigraph CLI (pip install oxigraph), a release build of vawkg,
           and `cargo build --release --examples` for the memchr line scan (else `wc -l`)
"""
import argparse, csv, datetime, hashlib, json, math, os, platform, re, shlex, shutil
import statistics, subprocess, sys, tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ONTOLOGY_GRAPH = "https://w3id.org/vawkg/graph/ontology"
PHASES = ("extract", "load", "query", "export", "growth")
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT_ONTOLOGY = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# Process start and store opening, with a query that touches no data.
TRIVIAL_QUERY = "SELECT (1 AS ?one) WHERE {}"
TARGETS = {"extract": 1.0, "load": 1.0, "query": 1.1, "export": 1.0, "growth": 1.5}
FOLDER_RECORDS_PER_FILE = 1000


# ---------------------------------------------------------------------------------------------
# Running and timing commands


class CommandFailed(RuntimeError):
    pass


# A child's peak RSS (ru_maxrss) starts at the RSS of the process that forked it, because Linux
# carries the high-water mark of the old memory over an exec. So commands are not forked from
# this script (30 MB and growing) but from a tiny Python started first, which forks, execs,
# times and os.wait4s each command (killing it after its timeout) and answers
# `wall user sys max_rss_kib exit_code timed_out`.
SPAWNER = r"""
import os, signal, sys, time
requests, answers = sys.stdin, sys.stdout
waiting_for, timed_out = 0, 0
def expire(signal_number, frame):
    global timed_out
    if waiting_for:
        timed_out = 1
        os.kill(waiting_for, signal.SIGKILL)
signal.signal(signal.SIGALRM, expire)
for request in requests:
    timeout, stdout, stderr, *argv = [bytes.fromhex(field) for field in request.split()]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            for fd, path, flags in ((0, b"/dev/null", os.O_RDONLY),
                                    (1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                                    (2, stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
                opened = os.open(path, flags, 0o644)
                os.dup2(opened, fd)
                os.close(opened)
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    waiting_for, timed_out = pid, 0
    if float(timeout) > 0:
        signal.setitimer(signal.ITIMER_REAL, float(timeout))
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    waiting_for = 0
    signal.setitimer(signal.ITIMER_REAL, 0)
    answers.write("%r %r %r %d %d %d\n" % (wall, usage.ru_utime, usage.ru_stime,
                                            usage.ru_maxrss, os.waitstatus_to_exitcode(status),
                                            timed_out))
    answers.flush()
"""


class Spawner:
    def __init__(self):
        self.process = subprocess.Popen([sys.executable, "-I", "-S", "-c", SPAWNER],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, argv, stdout, stderr, timeout):
        executable = shutil.which(argv[0]) or argv[0]
        fields = [str(timeout or 0), stdout, stderr, executable, *argv[1:]]
        self.process.stdin.write(" ".join(os.fsencode(field).hex() for field in fields) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().split()
        if len(answer) != 6:
            raise CommandFailed("the spawner process died")
        wall, user, system, max_rss, exit_code, timed_out = answer
        return {"wall_s": float(wall), "user_s": float(user), "sys_s": float(system),
                "max_rss_kib": int(max_rss), "exit_code": int(exit_code),
                "timed_out": timed_out == "1"}


SPAWN = None


def run(argv, stdout=None, ok=(0,), timeout=None):
    """Runs `argv` once with stdout to a file (or nowhere), killed after `timeout` seconds;
    returns its timings and its stderr."""
    global SPAWN
    SPAWN = SPAWN or Spawner()
    argv = [str(part) for part in argv]
    with tempfile.NamedTemporaryFile(prefix="pipeline-stderr-") as errors:
        timing = SPAWN.run(argv, str(stdout or os.devnull), errors.name, timeout)
        stderr = Path(errors.name).read_text(errors="replace")
    if not timing["timed_out"] and timing["exit_code"] not in ok:
        raise CommandFailed(f"`{shlex.join(argv)}` exited with {timing['exit_code']}:\n"
                            f"{stderr[-3000:]}")
    return timing, stderr


def output_of(argv, ok=(0,)):
    """Runs a short command that is not timed and returns its stdout as text."""
    completed = subprocess.run([str(part) for part in argv], stdin=subprocess.DEVNULL,
                               capture_output=True, text=True)
    if completed.returncode not in ok:
        raise CommandFailed(f"`{shlex.join(map(str, argv))}` exited with "
                            f"{completed.returncode}:\n{completed.stderr[-3000:]}")
    return completed.stdout


def measure(argv, repeat, before=None, stdout=None, ok=(0,), timeout=None, slow=None):
    """One warm-up run, then `repeat` timed runs (one if the warm-up took over `slow` seconds);
    `before` runs (untimed) before each run. A run killed after `timeout` seconds ends the
    measurement: it has no median then. `repeat` 0 means one timed run and no warm-up (for the
    largest sizes, where a run takes minutes and the page cache is not what matters)."""
    runs, stderr, index = [], "", 0
    if repeat == 0:
        repeat, index = 1, 1
    while index <= repeat:
        if before:
            before()
        timing, stderr = run(argv, stdout=stdout, ok=ok, timeout=timeout)
        if timing["timed_out"]:
            return {"command": shlex.join(map(str, argv)), "runs": runs, "timed_out": True,
                    "timeout_s": timeout, "median_s": None, "stderr_last": stderr[-2000:]}
        if index:
            runs.append(timing)
        elif slow and timing["wall_s"] > slow:
            repeat = 1
        index += 1
    walls = [timing["wall_s"] for timing in runs]
    return {
        "command": shlex.join(map(str, argv)),
        "runs": runs,
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "cpu_median_s": statistics.median(t["user_s"] + t["sys_s"] for t in runs),
        "max_rss_kib": max(timing["max_rss_kib"] for timing in runs),
        "stderr_last": stderr[-2000:],
    }


def remover(*paths):
    def remove():
        for path in paths:
            remove_path(path)
    return remove


def remove_path(path):
    path = Path(path)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def disk_usage_bytes(path):
    path = Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(child.stat().st_size for child in path.rglob("*") if child.is_file())


def count_lines(path):
    lines = 0
    with open(path, "rb") as data:
        while chunk := data.read(1 << 22):
            lines += chunk.count(b"\n")
    return lines


def quad_multiset_digest(path):
    """An order-independent digest of the lines of an N-Quads file: (line count, sum of hashes)."""
    lines, total = 0, 0
    with open(path, "rb") as data:
        for line in data:
            line = line.strip()
            if not line or line.startswith(b"#"):
                continue
            lines += 1
            total += int.from_bytes(hashlib.blake2b(line, digest_size=8).digest(), "little")
    return {"lines": lines, "digest": f"{total % (1 << 64):016x}"}


def csv_rows(path):
    """The rows of a SPARQL CSV result (header excluded), parsed as CSV, not counted as lines."""
    with open(path, newline="", encoding="utf-8") as data:
        rows = list(csv.reader(data))
    return rows[1:] if rows else []


# ---------------------------------------------------------------------------------------------
# Tools, machine and corpus


def parse_size(text):
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([km]?)", text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(f"invalid size `{text}`: expected e.g. 1k, 10k, 1m, 500")
    return int(float(match.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2)])


def size_label(records):
    for unit, factor in (("m", 1_000_000), ("k", 1_000)):
        if records >= factor and records % factor == 0:
            return f"{records // factor}{unit}"
    return str(records)


def is_executable_binary(path):
    try:
        with open(path, "rb") as data:
            return data.read(4) == b"\x7fELF"
    except OSError:
        return False


def resolve_oxigraph(given):
    """The oxigraph executable itself, not a pyenv shim (a shell script that would add ~50 ms)."""
    path = shutil.which(given) or given
    if not os.path.exists(path):
        sys.exit(f"pipeline.py: oxigraph not found at `{given}` (pip install oxigraph)")
    if not is_executable_binary(path) and shutil.which("pyenv"):
        real = output_of(["pyenv", "which", os.path.basename(path)], ok=(0, 1)).strip()
        if real and is_executable_binary(real):
            return os.path.realpath(real)
    return os.path.realpath(path)


def default_vawkg():
    if os.environ.get("CARGO_TARGET_DIR"):
        return str(Path(os.environ["CARGO_TARGET_DIR"]) / "release" / "vawkg")
    local = REPO / "target" / "release" / "vawkg"
    if local.exists():
        return str(local)
    return os.path.expanduser("~/.cache/vawkg-target/release/vawkg")


def machine_facts(tools):
    def read(path):
        try:
            return Path(path).read_text()
        except OSError:
            return ""
    cpuinfo = read("/proc/cpuinfo")
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    memory = re.search(r"^MemTotal:\s*(\d+) kB", read("/proc/meminfo"), re.M)
    git = lambda *args: subprocess.run(["git", "-C", str(REPO), *args], capture_output=True,
                                       text=True).stdout.strip()
    dirty_src = git("status", "--porcelain", "--", "src", "Cargo.toml", "Cargo.lock")
    vawkg_stat = os.stat(tools["vawkg"])
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_model": model.group(1).strip() if model else platform.processor(),
        "memory_gib": round(int(memory.group(1)) / 1024 / 1024, 1) if memory else None,
        "kernel": platform.release(),
        "os": (re.search(r'^PRETTY_NAME="?([^"\n]+)', read("/etc/os-release"), re.M) or
               re.search("(.*)", platform.platform())).group(1),
        "python": platform.python_version(),
        "load_average_start": os.getloadavg(),
        "vawkg_commit": git("rev-parse", "--short=12", "HEAD"),
        "vawkg_commit_subject": git("log", "-1", "--format=%s"),
        "vawkg_tree_dirty_src": bool(dirty_src),
        "vawkg_binary": tools["vawkg"],
        "vawkg_binary_built": datetime.datetime.fromtimestamp(vawkg_stat.st_mtime)
                              .astimezone().isoformat(timespec="seconds"),
        "vawkg_version": output_of([tools["vawkg"], "--version"]).strip(),
        "oxigraph": tools["oxigraph"],
        "oxigraph_version": output_of([tools["oxigraph"], "--version"]).strip(),
        "line_scan": tools["line_scan"] or "wc -l",
        "spawn_floor_rss_kib": run(["true"])[0]["max_rss_kib"],
    }


def binary_fingerprint(path):
    stat = os.stat(path)
    return hashlib.sha256(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:10]


class Corpus:
    """One size of the corpus: the records as one file and as a folder, plus derived RDF."""

    def __init__(self, bench, records, derive=True):
        self.records = records
        self.label = size_label(records)
        generator = REPO / "benches" / "gen_corpus.py"
        if generator.exists() and not bench.args.stand_in:
            digest = hashlib.sha256(generator.read_bytes()).hexdigest()[:10]
            seed = "default" if bench.args.seed is None else bench.args.seed
            self.kind = "generator"
            key = f"gen-{self.label}-seed{seed}-{digest}"
        else:
            self.kind = "stand-in"
            key = f"stand-in-{self.label}"
        self.folder = bench.work / "corpus" / key
        self.single = self.folder / "corpus.txt"
        self.split = self.folder / f"per-file-{FOLDER_RECORDS_PER_FILE}"
        if not (self.folder / "done").exists():
            remove_path(self.folder)
            self.folder.mkdir(parents=True)
            print(f"[{self.label}] generating the corpus in {self.folder}", file=sys.stderr)
            if self.kind == "generator":
                seed = [] if bench.args.seed is None else ["--seed", bench.args.seed]
                command = [sys.executable, generator, "--records", records, *seed]
                output_of([*command, "--out", self.single])
                output_of([*command, "--out", self.split, "--per-file",
                           FOLDER_RECORDS_PER_FILE])
            else:
                write_stand_in(bench, records, self.single, self.split)
            (self.folder / "done").write_text("")
        self.bytes = self.single.stat().st_size
        self.split_files = len(list(self.split.rglob("*.txt")))
        self.ttl_bytes = self.nq_bytes = None
        if derive:
            self.derive(bench)

    def derive(self, bench):
        # RDF made from the corpus by the vawkg binary at hand (remade when the binary changes).
        derived = self.folder / f"derived-{binary_fingerprint(bench.tools['vawkg'])}"
        self.ttl = derived / "corpus.ttl"
        self.nq = derived / "corpus.nq"
        if not (derived / "done").exists():
            for old in self.folder.glob("derived-*"):
                remove_path(old)
            derived.mkdir()
            print(f"[{self.label}] making corpus.ttl and corpus.nq with vawkg extract",
                  file=sys.stderr)
            vawkg = bench.tools["vawkg"]
            output_of([vawkg, "extract", self.single, "--format", "ttl", "-o", self.ttl],
                      ok=(0, 2))
            records_nq = derived / "records.nq"
            output_of([vawkg, "extract", self.single, "--format", "nq", "-o", records_nq],
                      ok=(0, 2))
            with open(self.nq, "wb") as out:
                out.write(bench.ontology_nq.read_bytes())
                with open(records_nq, "rb") as data:
                    shutil.copyfileobj(data, out, 1 << 22)
            records_nq.unlink()
            (derived / "done").write_text("")
        self.ttl_bytes = self.ttl.stat().st_size
        self.nq_bytes = self.nq.stat().st_size

    def facts(self):
        return {"records": self.records, "kind": self.kind, "file": str(self.single),
                "bytes": self.bytes, "folder": str(self.split), "folder_files": self.split_files,
                "ttl_bytes": self.ttl_bytes, "nq_bytes": self.nq_bytes}


def write_stand_in(bench, records, single, split):
    """Example records repeated up to `records` (repeats share IRIs: for testing the script)."""
    sources = sorted((REPO / "examples" / "records").glob("*.txt"))
    pieces = []
    for source in sources:
        text = source.read_bytes().decode("utf-8").lstrip("\ufeff").rstrip("\n") + "\n\n"
        count = output_of([bench.tools["vawkg"], "extract", source], ok=(0, 2)).count("\n")
        pieces.append((count, text.encode()))
    split.mkdir(parents=True)
    written, part, part_records, part_file = 0, 0, 0, None
    with open(single, "wb") as out:
        while written < records:
            for count, text in pieces:
                if written >= records:
                    break
                out.write(text)
                if part_file is None or part_records >= FOLDER_RECORDS_PER_FILE:
                    if part_file:
                        part_file.close()
                    part += 1
                    part_records = 0
                    part_file = open(split / f"part-{part:05}.txt", "wb")
                part_file.write(text)
                part_records += count
                written += count
    if part_file:
        part_file.close()


# ---------------------------------------------------------------------------------------------
# The measurements


class Bench:
    def __init__(self, args):
        self.args = args
        self.work = Path(args.work).resolve()
        self.work.mkdir(parents=True, exist_ok=True)
        vawkg = os.path.realpath(args.vawkg)
        if not is_executable_binary(vawkg):
            sys.exit(f"pipeline.py: no vawkg binary at `{args.vawkg}`: build it with "
                     "cargo build --release")
        line_scan = args.line_scan or str(Path(vawkg).parent / "examples" / "line_scan")
        if not is_executable_binary(line_scan):
            print(f"pipeline.py: no line_scan at {line_scan} (cargo build --release --examples):"
                  " the scan floor is `wc -l`", file=sys.stderr)
            line_scan = None
        self.tools = {"vawkg": vawkg, "oxigraph": resolve_oxigraph(args.oxigraph),
                      "line_scan": line_scan}
        self.results = {"machine": machine_facts(self.tools),
                        "options": {"sizes": [size_label(n) for n in args.sizes],
                                    "repeat": args.repeat, "repeat_large": args.repeat_large,
                                    "large_from": size_label(args.large_from),
                                    "only": list(args.only), "seed": args.seed,
                                    "timeout_s": args.timeout, "slow_s": args.slow},
                        "sizes": {}, "notes": []}
        self.timed_out = set()  # measurement keys that timed out: not run at larger sizes
        self.binary_fingerprint = binary_fingerprint(vawkg)
        built = os.stat(vawkg).st_mtime
        changed = [path.name for path in sorted((REPO / "queries").glob("*.rq"))
                   if path.stat().st_mtime > built]
        if changed:
            self.note(f"queries changed after the vawkg binary was built: {', '.join(changed)}; "
                      "vawkg runs the copies built into it, oxigraph the files")
        self.ontology_nq = self.work / "ontology.nq"
        self.make_ontology_nq()

    def note(self, text):
        print(f"pipeline.py: {text}", file=sys.stderr)
        if text not in self.results["notes"]:
            self.results["notes"].append(text)

    def make_ontology_nq(self):
        """The ontology graph as `vawkg load` writes it: load nothing, export N-Quads."""
        store = self.work / "ontology-store"
        remove_path(store)
        output_of([self.tools["vawkg"], "load", "--store", store, "--quiet", "-"])
        output_of([self.tools["vawkg"], "export", "--store", store, "--format", "nq",
                   "--no-description", "-o", self.ontology_nq])
        remove_path(store)
        self.ontology_quads = count_lines(self.ontology_nq)

    def check_binary(self, where):
        """Others may rebuild vawkg during a run: say so, and forget what timed out before."""
        fingerprint = binary_fingerprint(self.tools["vawkg"])
        if fingerprint != self.binary_fingerprint:
            self.binary_fingerprint = fingerprint
            self.timed_out.clear()
            self.note(f"the vawkg binary was rebuilt during the run, as seen after {where}: "
                      f"what came after, and maybe part of {where}, ran a newer binary")

    def repeat_for(self, records):
        return self.args.repeat_large if records >= self.args.large_from else self.args.repeat

    def save(self):
        Path(self.args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(self.args.json).write_text(json.dumps(self.results, indent=1) + "\n")
        Path(self.args.report).parent.mkdir(parents=True, exist_ok=True)
        Path(self.args.report).write_text(render_report(self.results))

    def run_size(self, records):
        corpus = Corpus(self, records)
        scratch = self.work / "run" / corpus.label
        remove_path(scratch)
        scratch.mkdir(parents=True)
        size = self.results["sizes"].setdefault(corpus.label, {})
        size["corpus"] = corpus.facts()
        size["measurements"] = {}
        size["repeat"] = self.repeat_for(records)
        if corpus.kind == "stand-in":
            self.note("stand-in corpus (benches/gen_corpus.py absent or --stand-in): example "
                      "records repeated, so repeats share IRIs and graphs; vawkg keeps one copy "
                      "of each record graph, oxigraph the union of the copies' provenance, so "
                      "quad counts and query rows differ. Not for published numbers")
        needed = max(3 * corpus.nq_bytes + 2 * corpus.ttl_bytes, 1)
        free = shutil.disk_usage(self.work).free
        if free < needed:
            size["skipped"] = (f"not enough disk: {free / 1e9:.1f} GB free in {self.work}, "
                               f"about {needed / 1e9:.1f} GB needed")
            self.note(f"size {corpus.label} skipped: {size['skipped']}")
            return
        context = SizeRun(self, corpus, scratch, size)
        for phase in PHASES:
            if phase in self.args.only:
                print(f"[{corpus.label}] {phase}", file=sys.stderr)
                try:
                    getattr(context, phase)()
                except Skip as skip:
                    self.note(f"[{corpus.label}] {phase} skipped: {skip}")
                except CommandFailed as failure:
                    self.note(f"[{corpus.label}] {phase} FAILED: {failure}")
                self.check_binary(f"{corpus.label} {phase}")
                self.save()
        if not self.args.keep:
            remove_path(scratch)


class Skip(Exception):
    """A phase that cannot run at this size (its inputs timed out or failed)."""


class SizeRun:
    """The measurements of one corpus size; each is taken once and shared between phases."""

    def __init__(self, bench, corpus, scratch, size):
        self.bench, self.corpus, self.scratch, self.size = bench, corpus, scratch, size
        self.vawkg, self.oxigraph = bench.tools["vawkg"], bench.tools["oxigraph"]
        self.repeat = bench.repeat_for(corpus.records)
        self.measurements = size["measurements"]
        self.vawkg_store = scratch / "store-vawkg"
        self.oxigraph_store = scratch / "store-oxigraph"
        self.stores_ready = False

    def get(self, key):
        if key not in self.measurements:
            getattr(self, "measure_" + key.replace(".", "_"))()
        return self.measurements[key]

    def timed(self, key, argv, before=None, ok=(0,)):
        """Measures `argv` as `key`, unless it timed out at a smaller size (it is skipped)."""
        if key in self.bench.timed_out:
            result = {"command": shlex.join(map(str, argv)), "runs": [], "median_s": None,
                      "skipped": "timed out at a smaller size"}
        else:
            timeout = self.bench.args.timeout or None
            result = measure(argv, self.repeat, before=before, ok=ok, timeout=timeout,
                             slow=self.bench.args.slow or None)
            if result.get("timed_out"):
                self.bench.timed_out.add(key)
                self.bench.note(f"[{self.corpus.label}] {key} timed out after {timeout:g} s: "
                                f"`{result['command']}` (not run at larger sizes)")
        self.measurements[key] = result
        return result

    # extract ---------------------------------------------------------------------------------

    def measure_extract_vawkg(self):
        self.extract_to_nt("extract.vawkg", [self.vawkg, "extract", self.corpus.single,
                                             "--format", "nt"], ok=(0, 2))

    def measure_extract_vawkg_folder(self):
        self.extract_to_nt("extract.vawkg_folder", [self.vawkg, "extract", self.corpus.split,
                                                    "--format", "nt"], ok=(0, 2))

    def measure_extract_oxigraph(self):
        self.extract_to_nt("extract.oxigraph", [self.oxigraph, "convert", "--from-file",
                                                self.corpus.ttl, "--to-file"])

    def extract_to_nt(self, key, argv, ok=(0,)):
        out = self.scratch / f"{key}.nt"
        argv = [*argv, out] if argv[-1] == "--to-file" else [*argv, "-o", out]
        result = self.timed(key, argv, before=remover(out), ok=ok)
        if result["median_s"] is not None:
            result["output_bytes"] = out.stat().st_size
            result["output_triples"] = count_lines(out)
        remove_path(out)

    def measure_extract_line_scan(self):
        scanner = self.bench.tools["line_scan"]
        argv = [scanner, self.corpus.single] if scanner else ["wc", "-l", self.corpus.single]
        self.timed("extract.line_scan", argv)

    def extract(self):
        vawkg, oxigraph = self.get("extract.vawkg"), self.get("extract.oxigraph")
        self.get("extract.line_scan")
        triples = (vawkg.get("output_triples"), oxigraph.get("output_triples"))
        if None not in triples and triples[0] != triples[1]:
            self.bench.note(f"[{self.corpus.label}] extract: vawkg wrote {triples[0]} triples, "
                            f"oxigraph convert {triples[1]}")

    # load ------------------------------------------------------------------------------------

    def measure_load_vawkg(self):
        store = self.vawkg_store
        result = self.timed("load.vawkg", [self.vawkg, "load", "--store", store, "--quiet",
                                           self.corpus.single], before=remover(store), ok=(0, 2))
        summary = re.search(r"loaded (\d+) records \((\d+) rejected\) as (\d+) triples",
                            result["stderr_last"] if result["median_s"] is not None else "")
        if summary:
            result["records_loaded"], result["records_rejected"], result["triples_reported"] = (
                int(group) for group in summary.groups())
            if result["records_rejected"]:
                self.bench.note(f"[{self.corpus.label}] vawkg load rejected "
                                f"{result['records_rejected']} records")
        self.after_load(result, store)

    def measure_load_oxigraph(self):
        store = self.oxigraph_store
        result = self.timed("load.oxigraph", [self.oxigraph, "load", "--location", store,
                                              "--file", self.corpus.nq], before=remover(store))
        self.after_load(result, store)

    def after_load(self, result, store):
        if result["median_s"] is None:
            remove_path(store)  # killed half-way, or never loaded: not a store to query
        else:
            result["store_bytes"] = disk_usage_bytes(store)

    def count(self, tool, query):
        out = self.scratch / f"count-{tool}.csv"
        if tool == "vawkg":
            output_of([self.vawkg, "query", "--store", self.vawkg_store, query,
                       "--format", "csv", "-o", out])
        else:
            output_of([self.oxigraph, "query", "--location", self.oxigraph_store,
                       "--query", query, "--results-format", "csv", "--results-file", out])
        return int(csv_rows(out)[0][0])

    def load(self):
        self.get("load.vawkg")
        self.get("load.oxigraph")
        self.check_stores()

    def check_stores(self):
        """Both stores must hold the same quads: counted here, compared line by line in export."""
        if not (self.vawkg_store.exists() and self.oxigraph_store.exists()):
            raise Skip("a load timed out, so there are no stores to compare")
        self.stores_ready = True
        counts = {}
        for name, query in (("quads", COUNT_QUADS), ("ontology_quads", COUNT_ONTOLOGY),
                            ("graphs", COUNT_GRAPHS)):
            counts[name] = {tool: self.count(tool, query) for tool in ("vawkg", "oxigraph")}
        counts["nq_file_lines"] = count_lines(self.corpus.nq)
        counts["ontology_nq_lines"] = self.bench.ontology_quads
        self.size["load_counts"] = counts
        if counts["quads"]["vawkg"] != counts["quads"]["oxigraph"]:
            self.bench.note(f"[{self.corpus.label}] MISMATCH: vawkg's store holds "
                            f"{counts['quads']['vawkg']} quads, oxigraph's "
                            f"{counts['quads']['oxigraph']}")

    def ensure_stores(self):
        """Stores for query and export: those the load phase left, else loaded now, untimed."""
        if self.stores_ready:
            return
        if "load.vawkg" in self.measurements or "load.oxigraph" in self.measurements:
            self.check_stores()
            return
        if "load.vawkg" in self.bench.timed_out or "load.oxigraph" in self.bench.timed_out:
            raise Skip("a load timed out at a smaller size")
        for store in (self.vawkg_store, self.oxigraph_store):
            remove_path(store)
        output_of([self.vawkg, "load", "--store", self.vawkg_store, "--quiet",
                   self.corpus.single], ok=(0, 2))
        output_of([self.oxigraph, "load", "--location", self.oxigraph_store,
                   "--file", self.corpus.nq])
        self.check_stores()

    # query -----------------------------------------------------------------------------------

    def canned_queries(self):
        """(name, {param: default term}) for each canned query, from `vawkg query --list`."""
        queries, current = [], None
        for line in output_of([self.vawkg, "query", "--list"]).splitlines():
            if line and not line[0].isspace():
                current = (line.strip(), {})
                queries.append(current)
            elif current and (param := re.search(r"--param (\w+)=\S* \(default (.+?)\):", line)):
                current[1][param.group(1)] = param.group(2)
        return queries

    def oxigraph_query_file(self, name, params):
        """queries/NAME.rq, with a VALUES row binding each parameter to its default."""
        source = REPO / "queries" / f"{name}.rq"
        if not source.exists():
            raise CommandFailed(f"{source} not found: `vawkg query --list` names `{name}`")
        if not params:
            return source, None
        text = "\n".join(line for line in source.read_text().splitlines()
                         if not line.startswith("#+"))
        # The first WHERE outside comments opens the outer group (sub-SELECTs come inside it).
        code = re.sub(r"#[^\n]*", lambda comment: " " * len(comment.group(0)), text)
        where = re.search(r"\bWHERE\s*\{", code, re.I)
        if not where:
            raise CommandFailed(f"{source}: no `WHERE {{` to bind {sorted(params)} in")
        variables = " ".join(f"?{param}" for param in params)
        terms = " ".join(params.values())
        values = f"VALUES ({variables}) {{ ({terms}) }}"
        bound = self.scratch / "queries" / f"{name}.rq"
        bound.parent.mkdir(exist_ok=True)
        bound.write_text(f"{text[:where.end()]}\n  {values}{text[where.end():]}")
        return bound, values

    def query(self):
        self.ensure_stores()
        outputs = self.scratch / "results"
        outputs.mkdir(exist_ok=True)
        vawkg_out, oxigraph_out = outputs / "vawkg.csv", outputs / "oxigraph.csv"
        vawkg_query = [self.vawkg, "query", "--store", self.vawkg_store]
        vawkg_csv = ["--format", "csv", "-o", vawkg_out]
        oxigraph_query = [self.oxigraph, "query", "--location", self.oxigraph_store]
        oxigraph_csv = ["--results-format", "csv", "--results-file", oxigraph_out,
                        "--union-default-graph"]
        self.timed("query.startup.vawkg", [*vawkg_query, TRIVIAL_QUERY, *vawkg_csv])
        self.timed("query.startup.oxigraph", [*oxigraph_query, "--query", TRIVIAL_QUERY,
                                              *oxigraph_csv])
        entries = []
        self.size["queries"] = entries
        for name, params in self.canned_queries():
            query_file, binding = self.oxigraph_query_file(name, params)
            vawkg = self.timed(f"query.{name}.vawkg", [*vawkg_query, name, *vawkg_csv],
                               before=remover(vawkg_out))
            vawkg_rows = csv_rows(vawkg_out) if vawkg["median_s"] is not None else None
            oxigraph = self.timed(f"query.{name}.oxigraph",
                                  [*oxigraph_query, "--query-file", query_file, *oxigraph_csv],
                                  before=remover(oxigraph_out))
            oxigraph_rows = csv_rows(oxigraph_out) if oxigraph["median_s"] is not None else None
            entry = {"name": name, "params": params, "oxigraph_binding": binding,
                     "vawkg_rows": None if vawkg_rows is None else len(vawkg_rows),
                     "oxigraph_rows": None if oxigraph_rows is None else len(oxigraph_rows),
                     "same_rows": None}
            entries.append(entry)
            if binding and vawkg_rows is not None:
                # The rewrite is fair only if it means the same: vawkg runs it too, and how
                # long it takes there tells the cost of binding from the cost of the tool.
                rewritten = self.timed(f"query.{name}.vawkg_values",
                                       [*vawkg_query, query_file, *vawkg_csv],
                                       before=remover(vawkg_out))
                if rewritten["median_s"] is not None:
                    entry["vawkg_rows_on_rewritten_query"] = len(csv_rows(vawkg_out))
                    if entry["vawkg_rows_on_rewritten_query"] != entry["vawkg_rows"]:
                        self.bench.note(
                            f"[{self.corpus.label}] {name}: with the VALUES rewrite vawkg "
                            f"answers {entry['vawkg_rows_on_rewritten_query']} rows, bound "
                            f"by --param {entry['vawkg_rows']}")
            if vawkg_rows is None or oxigraph_rows is None:
                continue
            entry["same_rows"] = sorted(vawkg_rows) == sorted(oxigraph_rows)
            if entry["vawkg_rows"] != entry["oxigraph_rows"]:
                self.bench.note(f"[{self.corpus.label}] ROW COUNT MISMATCH in {name}: vawkg "
                                f"{entry['vawkg_rows']} rows, oxigraph {entry['oxigraph_rows']}")
            elif not entry["same_rows"]:
                self.bench.note(f"[{self.corpus.label}] {name}: same number of rows "
                                f"({entry['vawkg_rows']}) but different values")

    # export ----------------------------------------------------------------------------------

    EXPORTS = (  # (label, vawkg arguments, oxigraph dump format)
        ("ttl", ["--format", "ttl"], "nq"),
        ("ttl --no-description", ["--format", "ttl", "--no-description"], "nq"),
        ("trig --no-description", ["--format", "trig", "--no-description"], "trig"),
        ("nq --no-description", ["--format", "nq", "--no-description"], "nq"),
    )

    def export(self):
        self.ensure_stores()
        dumps = {}
        for extension in ("nq", "trig"):
            out = self.scratch / f"oxigraph-dump.{extension}"
            result = self.timed(f"export.oxigraph.{extension}",
                                [self.oxigraph, "dump", "--location", self.oxigraph_store,
                                 "--file", out], before=remover(out))
            if result["median_s"] is not None:
                result["output_bytes"] = out.stat().st_size
                dumps[extension] = out
        rows = []
        self.size["exports"] = rows
        for label, arguments, dump in self.EXPORTS:
            out = self.scratch / ("vawkg-export." + arguments[1])
            result = self.timed(f"export.vawkg.{label}",
                                [self.vawkg, "export", "--store", self.vawkg_store, *arguments,
                                 "-o", out], before=remover(out))
            rows.append({"vawkg": label, "oxigraph": dump})
            if result["median_s"] is not None:
                result["output_bytes"] = out.stat().st_size
                if label == "nq --no-description" and "nq" in dumps:
                    self.compare_dumps(out, dumps["nq"])
            remove_path(out)
        for out in dumps.values():
            remove_path(out)

    def compare_dumps(self, vawkg_nq, oxigraph_nq):
        same = {"vawkg": quad_multiset_digest(vawkg_nq),
                "oxigraph": quad_multiset_digest(oxigraph_nq)}
        same["equal"] = same["vawkg"] == same["oxigraph"]
        self.size["export_same_quads"] = same
        if not same["equal"]:
            self.bench.note(f"[{self.corpus.label}] MISMATCH: vawkg export nq and oxigraph "
                            f"dump nq differ as multisets of lines: {same}")

    # growth ----------------------------------------------------------------------------------

    def growth(self):
        for key in GROWTH_KEYS:
            self.get(key)


GROWTH_KEYS = ("extract.vawkg", "extract.vawkg_folder", "extract.oxigraph", "load.vawkg",
               "load.oxigraph")


# ---------------------------------------------------------------------------------------------
# The report


def render_report(results):
    machine, options, out = results["machine"], results["options"], []
    add = out.append
    add("# vawkg pipeline vs the Oxigraph CLI\n")
    add(f"Run {machine['date']} by `benches/pipeline.py` (sizes {', '.join(options['sizes'])}; "
        f"one warm-up, then {options['repeat']} timed runs per command, "
        f"{options['repeat_large']} from {options['large_from']} records, 1 if the warm-up took "
        f"over {options['slow_s']:g} s; a command is killed after {options['timeout_s']:g} s "
        "and then not run at larger sizes). Times are wall "
        "clock from spawn to exit, so they include process start and opening the store: "
        "median (min–max).\n")
    add("| machine | |\n|---|---|")
    dirty = " (uncommitted changes in src/ at run time)" if machine["vawkg_tree_dirty_src"] else ""
    facts = (
        ("CPU", f"{machine['cpu_model']}, {machine['nproc']} cores (`nproc`)"),
        ("memory", f"{machine['memory_gib']} GiB"),
        ("OS, kernel", f"{machine['os']}, {machine['kernel']}"),
        ("load average (1, 5, 15 min) at start",
         " ".join(f"{x:.2f}" for x in machine["load_average_start"])),
        ("load average at end", " ".join(f"{x:.2f}" for x in machine.get("load_average_end", ()))),
        ("vawkg", f"{machine['vawkg_version']}, commit `{machine['vawkg_commit']}`{dirty}, binary "
                  f"built {machine['vawkg_binary_built']}"),
        ("oxigraph", f"{machine['oxigraph_version']} (`{machine['oxigraph']}`)"),
        ("line scan", "`examples/line_scan.rs` (memchr)" if machine["line_scan"] != "wc -l"
                      else "`wc -l` (examples/line_scan is not built)"),
        ("peak RSS floor", f"{machine['spawn_floor_rss_kib'] / 1024:.1f} MiB (of `true`: what "
                           "the spawning process adds to any child's peak RSS)"),
        ("Python", machine["python"]))
    for label, value in facts:
        add(f"| {label} | {value} |")
    add("")
    if results["notes"]:
        add("**Notes from the run**\n")
        for note in results["notes"]:
            add(f"- {note}")
        add("")
    add("| size | corpus | records | corpus MB | as Turtle MB | as N-Quads MB | folder files |")
    add("|---|---|---:|---:|---:|---:|---:|")
    for label, size in results["sizes"].items():
        corpus = size.get("corpus")
        if corpus:
            add(f"| {label} | {corpus['kind']} | {corpus['records']:,} | {mb(corpus['bytes'])} | "
                f"{mb(corpus['ttl_bytes'])} | {mb(corpus['nq_bytes'])} | "
                f"{corpus['folder_files']} |")
    add("")
    sizes = {label: size for label, size in results["sizes"].items() if "skipped" not in size}
    for render in (render_extract, render_load, render_query, render_export, render_growth):
        render(sizes, add)
    return "\n".join(out) + "\n"


def mb(n_bytes):
    return f"{n_bytes / 1e6:,.1f}"


def fmt_s(value):
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def seconds(measurement):
    if measurement.get("timed_out"):
        return f"timeout (> {measurement['timeout_s']:g})"
    if measurement.get("skipped"):
        return "not run"
    return (f"{fmt_s(measurement['median_s'])} "
            f"({fmt_s(measurement['min_s'])}–{fmt_s(measurement['max_s'])})")


def done(measurement):
    return measurement.get("median_s") is not None


def ratio(numerator, denominator):
    if done(numerator) and done(denominator):
        return numerator["median_s"] / denominator["median_s"]
    return None


def cpu_ratio(numerator, denominator):
    if done(numerator) and done(denominator) and denominator["cpu_median_s"] > 0:
        return f"{numerator['cpu_median_s'] / denominator['cpu_median_s']:.2f}"
    return "—"


def verdict(value, target):
    return "—" if value is None else f"{value:.2f} {'✓' if value <= target else '✗'}"


def rate(amount, measurement, digits=0):
    return f"{amount / measurement['median_s']:,.{digits}f}" if done(measurement) else "—"


def cpu(measurement):
    return f"{measurement['cpu_median_s']:.3f}" if done(measurement) else "—"


def rss(measurement):
    return f"{measurement['max_rss_kib'] / 1024:,.0f}" if done(measurement) else "—"


def render_extract(sizes, add):
    keys = ("extract.vawkg", "extract.oxigraph", "extract.line_scan")
    rows = [(label, size) for label, size in sizes.items()
            if all(key in size["measurements"] for key in keys)]
    if not rows:
        return
    add("## extract\n")
    add("`vawkg extract CORPUS --format nt -o OUT` (record text to N-Triples) vs `oxigraph "
        "convert --from-file CORPUS.ttl --to-file OUT.nt` (the same graph, as Turtle, to "
        "N-Triples), and a memchr line scan of the corpus bytes (the floor). MB/s is of each "
        "tool's own input; records/s of the corpus records. Target vawkg/oxigraph ≤ "
        f"{TARGETS['extract']}.\n")
    add("| size | tool | input MB | s | MB/s | records/s | CPU s | peak RSS MiB | triples out |")
    add("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, size in rows:
        corpus, m = size["corpus"], size["measurements"]
        for tool, key, n_bytes in (("vawkg extract", "extract.vawkg", corpus["bytes"]),
                                   ("oxigraph convert", "extract.oxigraph", corpus["ttl_bytes"]),
                                   ("line scan", "extract.line_scan", corpus["bytes"])):
            measurement = m[key]
            triples = measurement.get("output_triples")
            add(f"| {label} | {tool} | {mb(n_bytes)} | {seconds(measurement)} | "
                f"{rate(n_bytes / 1e6, measurement, 1)} | "
                f"{rate(corpus['records'], measurement)} | {cpu(measurement)} | "
                f"{rss(measurement)} | {'' if triples is None else f'{triples:,}'} |")
    add("")
    add("| size | vawkg / oxigraph | in CPU time | vawkg / line scan |")
    add("|---|---:|---:|---:|")
    for label, size in rows:
        m = size["measurements"]
        vawkg, oxigraph, scan = m["extract.vawkg"], m["extract.oxigraph"], m["extract.line_scan"]
        versus_scan = ratio(vawkg, scan)
        add(f"| {label} | {verdict(ratio(vawkg, oxigraph), TARGETS['extract'])} | "
            f"{cpu_ratio(vawkg, oxigraph)} | "
            f"{'—' if versus_scan is None else f'{versus_scan:,.0f}'} |")
    add("")


def render_load(sizes, add):
    keys = ("load.vawkg", "load.oxigraph")
    rows = [(label, size) for label, size in sizes.items()
            if all(key in size["measurements"] for key in keys)]
    if not rows:
        return
    add("## load\n")
    add("`vawkg load --store FRESH CORPUS` (record text: extract, map, load) vs `oxigraph load "
        "--location FRESH --file CORPUS.nq` (the same records, already N-Quads, plus vawkg's "
        "ontology graph). A fresh store for each run. Quads/s counts the quads in the store. "
        f"Target vawkg/oxigraph ≤ {TARGETS['load']}.\n")
    add("| size | tool | s | records/s | quads/s | CPU s | peak RSS MiB | store MB |")
    add("|---|---|---:|---:|---:|---:|---:|---:|")
    for label, size in rows:
        m, counts = size["measurements"], size.get("load_counts")
        records = size["corpus"]["records"]
        for tool, key in (("vawkg load", "load.vawkg"), ("oxigraph load", "load.oxigraph")):
            measurement = m[key]
            quads = counts["quads"][key.split(".")[1]] if counts else None
            store = measurement.get("store_bytes")
            add(f"| {label} | {tool} | {seconds(measurement)} | {rate(records, measurement)} | "
                f"{'—' if quads is None else rate(quads, measurement)} | {cpu(measurement)} | "
                f"{rss(measurement)} | {'—' if store is None else mb(store)} |")
    add("")
    add("| size | vawkg / oxigraph | in CPU time | quads in vawkg's store | in oxigraph's | of "
        "which ontology (vawkg / oxigraph) | graphs (vawkg / oxigraph) | same count |")
    add("|---|---:|---:|---:|---:|---:|---:|---|")
    for label, size in rows:
        m, counts = size["measurements"], size.get("load_counts")
        versus = (f"{verdict(ratio(m['load.vawkg'], m['load.oxigraph']), TARGETS['load'])} | "
                  f"{cpu_ratio(m['load.vawkg'], m['load.oxigraph'])}")
        if not counts:
            add(f"| {label} | {versus} | — | — | — | — | — |")
            continue
        same = counts["quads"]["vawkg"] == counts["quads"]["oxigraph"]
        add(f"| {label} | {versus} | {counts['quads']['vawkg']:,} | "
            f"{counts['quads']['oxigraph']:,} | {counts['ontology_quads']['vawkg']:,} / "
            f"{counts['ontology_quads']['oxigraph']:,} | {counts['graphs']['vawkg']:,} / "
            f"{counts['graphs']['oxigraph']:,} | {'yes' if same else '**NO**'} |")
    add("")


def render_query(sizes, add):
    rows = [(label, size) for label, size in sizes.items() if "queries" in size]
    if not rows:
        return
    add("## query\n")
    add("`vawkg query --store S NAME --format csv -o OUT` vs `oxigraph query --location S2 "
        "--query-file queries/NAME.rq --results-format csv --results-file OUT "
        "--union-default-graph`, on stores holding the same quads. A query with parameters runs "
        "with their defaults: vawkg binds them itself (`--param` defaults); oxigraph gets a copy "
        "of the query with the `VALUES` row shown at the start of the outer `WHERE`, which vawkg "
        "also runs (last column), to check that it answers the same rows and to tell the cost of "
        "binding from the cost of the tool. Rows are compared as sorted CSV rows. Target: "
        "geometric mean of vawkg/oxigraph ≤ "
        f"{TARGETS['query']}, over the queries both finished.\n")
    for label, size in rows:
        m = size["measurements"]
        add(f"### {label} records\n")
        add("| query | vawkg s | oxigraph s | vawkg / oxigraph | rows (vawkg / oxigraph) | "
            "same rows | vawkg s on the `VALUES` copy |")
        add("|---|---:|---:|---:|---:|---|---:|")
        startup = (m.get("query.startup.vawkg"), m.get("query.startup.oxigraph"))
        if None not in startup:
            versus = ratio(*startup)
            add(f"| *start, open the store* (`{TRIVIAL_QUERY}`) | {seconds(startup[0])} | "
                f"{seconds(startup[1])} | {'—' if versus is None else f'{versus:.2f}'} | | | |")
        ratios, unfinished = [], 0
        for entry in size["queries"]:
            vawkg = m.get(f"query.{entry['name']}.vawkg")
            oxigraph = m.get(f"query.{entry['name']}.oxigraph")
            if vawkg is None or oxigraph is None:
                continue
            versus = ratio(vawkg, oxigraph)
            if versus is None:
                unfinished += 1
            else:
                ratios.append(versus)
            name = entry["name"]
            if entry["oxigraph_binding"]:
                name += f"<br>`{entry['oxigraph_binding']}`"
            counted = [entry["vawkg_rows"], entry["oxigraph_rows"]]
            shown_rows = " / ".join("—" if n is None else f"{n:,}" for n in counted)
            if entry["same_rows"] is None:
                same = "—"
            elif entry["same_rows"]:
                same = "yes"
            elif counted[0] == counted[1]:
                same = "values differ"
            else:
                same = "**ROW COUNT MISMATCH**"
            rewritten = m.get(f"query.{entry['name']}.vawkg_values")
            add(f"| {name} | {seconds(vawkg)} | {seconds(oxigraph)} | "
                f"{'—' if versus is None else f'{versus:.2f}'} | {shown_rows} | {same} | "
                f"{seconds(rewritten) if rewritten else ''} |")
        if ratios:
            geomean = math.exp(statistics.fmean(math.log(r) for r in ratios))
            excluded = f" ({unfinished} not finished, left out)" if unfinished else ""
            add(f"| **geometric mean** of {len(ratios)}{excluded} | | | "
                f"**{verdict(geomean, TARGETS['query'])}** | | | |")
        add("")


def render_export(sizes, add):
    rows = [(label, size) for label, size in sizes.items() if "exports" in size]
    if not rows:
        return
    add("## export\n")
    add("`vawkg export --store S --format F -o OUT` (sorted, prefix-minimal; `ttl` is the union "
        "graph, with the VoID + DCAT description unless `--no-description`) vs `oxigraph dump "
        "--location S2 --file OUT.nq|trig` (every graph, in index order: Oxigraph cannot dump "
        "the union graph as Turtle). `nq --no-description` against the N-Quads dump is the "
        f"like-for-like row. Target vawkg/oxigraph ≤ {TARGETS['export']}.\n")
    add("| size | vawkg export | s | MB out | peak RSS MiB | oxigraph dump | s | MB out | "
        "peak RSS MiB | vawkg / oxigraph |")
    add("|---|---|---:|---:|---:|---|---:|---:|---:|---:|")
    size_of = lambda m: mb(m["output_bytes"]) if "output_bytes" in m else "—"
    for label, size in rows:
        m = size["measurements"]
        for entry in size["exports"]:
            vawkg = m[f"export.vawkg.{entry['vawkg']}"]
            oxigraph = m[f"export.oxigraph.{entry['oxigraph']}"]
            add(f"| {label} | {entry['vawkg']} | {seconds(vawkg)} | {size_of(vawkg)} | "
                f"{rss(vawkg)} | {entry['oxigraph']} | {seconds(oxigraph)} | "
                f"{size_of(oxigraph)} | {rss(oxigraph)} | "
                f"{verdict(ratio(vawkg, oxigraph), TARGETS['export'])} |")
    add("")
    for label, size in rows:
        same = size.get("export_same_quads")
        if same:
            add(f"- {label}: `vawkg export --format nq --no-description` and `oxigraph dump` to "
                f"N-Quads, compared as multisets of lines: {same['vawkg']['lines']:,} and "
                f"{same['oxigraph']['lines']:,} lines, "
                f"{'identical' if same['equal'] else '**DIFFERENT**'}")
    add("")


def render_growth(sizes, add):
    rows = [(label, size) for label, size in sizes.items()
            if all(key in size["measurements"] for key in GROWTH_KEYS)]
    if not rows:
        return
    add("## growth\n")
    add("Time per record (median wall clock / records, µs) and peak RSS (MiB, the largest of "
        "the timed runs) as the corpus grows. `extract` reads the corpus as one file; `extract "
        f"(folder)` reads the same records as files of {FOLDER_RECORDS_PER_FILE} records, where "
        f"memory should stay flat. Target: time per record within {TARGETS['growth']}× across "
        "sizes.\n")
    add("| size | vawkg extract µs | RSS | vawkg extract (folder) µs | RSS | oxigraph convert "
        "µs | RSS | vawkg load µs | RSS | oxigraph load µs | RSS |")
    add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    per_record = {key: [] for key in GROWTH_KEYS}
    memory = {key: [] for key in GROWTH_KEYS}
    for label, size in rows:
        records, cells = size["corpus"]["records"], []
        for key in GROWTH_KEYS:
            measurement = size["measurements"][key]
            if done(measurement):
                per_record[key].append(measurement["median_s"] / records * 1e6)
                memory[key].append(measurement["max_rss_kib"])
                cells += [f"{per_record[key][-1]:,.0f}", rss(measurement)]
            else:
                cells += ["—", "—"]
        add(f"| {label} | " + " | ".join(cells) + " |")
    add("")
    if len(rows) < 2:
        return
    add("| spread across sizes (max / min) | time per record | peak RSS |")
    add("|---|---:|---:|")
    for key, name in (("extract.vawkg", "vawkg extract (one file)"),
                      ("extract.vawkg_folder", "vawkg extract (folder)"),
                      ("load.vawkg", "vawkg load"), ("extract.oxigraph", "oxigraph convert"),
                      ("load.oxigraph", "oxigraph load")):
        if len(per_record[key]) < 2:
            add(f"| {name} | — | — |")
            continue
        spread = max(per_record[key]) / min(per_record[key])
        shown = verdict(spread, TARGETS["growth"]) if "vawkg" in key else f"{spread:.2f}"
        add(f"| {name} | {shown} | {max(memory[key]) / min(memory[key]):.2f}× |")
    add("")


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vawkg", default=default_vawkg(), help="the vawkg binary")
    parser.add_argument("--oxigraph", default="oxigraph", help="the oxigraph CLI")
    parser.add_argument("--line-scan", help="the line_scan example binary "
                        "(default: next to vawkg, in examples/; else `wc -l`)")
    parser.add_argument("--sizes", default="1k,10k,100k",
                        type=lambda text: [parse_size(part) for part in text.split(",") if part],
                        help="corpus sizes in records, e.g. 1k,10k,100k,1m")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per command")
    parser.add_argument("--repeat-large", type=int, default=2,
                        help="timed runs per command from --large-from records (0: one run, "
                             "no warm-up)")
    parser.add_argument("--large-from", type=parse_size, default=parse_size("100k"))
    parser.add_argument("--timeout", type=float, default=300,
                        help="kill a command after this many seconds and skip it at larger "
                             "sizes (0: never)")
    parser.add_argument("--slow", type=float, default=60,
                        help="one timed run only for a command whose warm-up took longer than "
                             "this many seconds (0: always --repeat)")
    parser.add_argument("--seed", help="corpus generator seed (default: the generator's)")
    parser.add_argument("--stand-in", action="store_true",
                        help="use repeated example records even if benches/gen_corpus.py exists")
    parser.add_argument("--work", default="/tmp/vawkg-bench",
                        help="cache of corpora, stores and outputs")
    parser.add_argument("--report", help="Markdown report (default: WORK/report.md)")
    parser.add_argument("--json", help="raw results (default: WORK/results.json)")
    parser.add_argument("--only", default=",".join(PHASES),
                        type=lambda text: [part for part in text.split(",") if part],
                        help="phases to run: " + ",".join(PHASES))
    parser.add_argument("--keep", action="store_true",
                        help="keep the stores and outputs of each size under WORK/run")
    args = parser.parse_args()
    unknown = set(args.only) - set(PHASES)
    if unknown or args.repeat < 1 or args.repeat_large < 0:
        parser.error(f"unknown phase {sorted(unknown)}" if unknown else "--repeat must be ≥ 1, --repeat-large ≥ 0")
    args.report = args.report or os.path.join(args.work, "report.md")
    args.json = args.json or os.path.join(args.work, "results.json")
    global SPAWN
    SPAWN = Spawner()  # first, while this process is small
    bench = Bench(args)
    for records in args.sizes:
        bench.run_size(records)
    bench.results["machine"]["load_average_end"] = os.getloadavg()
    bench.save()
    print(f"pipeline.py: wrote {args.report} and {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
