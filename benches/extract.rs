//! Extractor throughput on large inputs, beside a plain memchr line scan of the same bytes
//! (the floor any line-oriented parser pays), stage by stage: record boundaries
//! (`split_records`), outlines (the whole structural parse and every check, no text copied),
//! owned records without entities (`Scope::Structure`) and the full extractor.
//!
//! `cargo bench --bench extract`; criterion reports MB/s for each, and the ratios to the line
//! scan are the figures to watch. Two inputs of about 32 MiB:
//!
//! - `examples`: the example records (or the `*.txt` records of the file or folder named by
//!   `VAWKG_BENCH_RECORDS`), repeated in a new order each time round (the same on every run),
//!   so that the input has no short cycle for the branch predictor to learn (a fixed order
//!   makes the line scan about 15 % faster than the same records shuffled, and the ratios look
//!   worse than they are);
//! - `synthetic`: 28,000 distinct records from `benches/gen_corpus.py` (seed 1), the generator
//!   the pipeline benchmarks use, when `python3` can run it (the group is skipped otherwise).
#![allow(missing_docs)]

use std::hash::{DefaultHasher, Hash, Hasher};
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vawkg::extract::Scope;

/// The bytes each input reaches at least.
const TARGET_BYTES: usize = 32 * 1024 * 1024;

/// About `TARGET_BYTES` of records made from `examples/records` or `VAWKG_BENCH_RECORDS`, the
/// files in a new order each time round.
fn repeated_examples() -> Vec<u8> {
    let source = std::env::var_os("VAWKG_BENCH_RECORDS")
        .filter(|value| !value.is_empty())
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/records"),
            PathBuf::from,
        );
    let paths: Vec<PathBuf> = if source.is_dir() {
        std::fs::read_dir(&source)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
            .collect()
    } else {
        vec![source]
    };
    let mut originals: Vec<String> = paths
        .iter()
        .map(|path| String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned())
        .collect();
    originals.sort();
    let mut input = Vec::with_capacity(TARGET_BYTES + 64 * 1024);
    let mut order: Vec<usize> = (0..originals.len()).collect();
    for round in 0_u64.. {
        if input.len() >= TARGET_BYTES {
            break;
        }
        // A new order each round, the same on every run: `DefaultHasher::new` has fixed keys.
        order.sort_by_key(|&file| {
            let mut hasher = DefaultHasher::new();
            (round, file).hash(&mut hasher);
            hasher.finish()
        });
        for &file in &order {
            input.extend_from_slice(originals[file].trim_start_matches('\u{feff}').as_bytes());
            input.extend_from_slice(b"\n\n");
        }
    }
    input
}

/// 28,000 records of `benches/gen_corpus.py` (33 MB), or `None` when it cannot run.
fn synthetic_corpus() -> Option<Vec<u8>> {
    let out =
        std::env::temp_dir().join(format!("vawkg-bench-synthetic-{}.txt", std::process::id()));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/gen_corpus.py");
    let status = std::process::Command::new("python3")
        .arg(script)
        .args(["--records", "28000", "--seed", "1", "--jobs", "1", "--out"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .status()
        .ok()?;
    let input = status.success().then(|| std::fs::read(&out).ok()).flatten();
    let _ = std::fs::remove_file(&out);
    input
}

/// Visits every line as a slice, as any line-oriented parser must: the floor to compare with.
fn line_scan(input: &[u8]) -> usize {
    let mut start = 0;
    let mut n_header_lines = 0;
    for newline in memchr::memchr_iter(b'\n', input) {
        let line = &input[start..newline];
        n_header_lines += usize::from(line.first() == Some(&b'C'));
        start = newline + 1;
    }
    n_header_lines
}

fn extractor(c: &mut Criterion) {
    let inputs = [
        ("examples", Some(repeated_examples())),
        ("synthetic", synthetic_corpus()),
    ];
    for (name, input) in inputs {
        match input {
            Some(input) => bench_input(c, name, &input),
            None => eprintln!("{name}: skipped (python3 benches/gen_corpus.py did not run)"),
        }
    }
}

/// Every stage on one input, in the group `extract-<name>`.
fn bench_input(c: &mut Criterion, name: &str, input: &[u8]) {
    let n_records = vawkg::extract::split_records(input).len();
    // Records the parser rejects (a synthetic record may be made to be rejected) are counted
    // apart: the stages must agree on them.
    let n_ok = vawkg::extract::outlines(input)
        .filter(Result::is_ok)
        .count();
    let mut group = c.benchmark_group(format!("extract-{name}"));
    group.sample_size(10);
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("memchr-line-scan", |b| {
        b.iter(|| line_scan(black_box(input)))
    });
    // The first stage alone: record boundaries, with every line found and marked.
    group.bench_function("vawkg-split", |b| {
        b.iter(|| vawkg::extract::split_records(black_box(input)).len())
    });
    group.bench_function("vawkg-outlines", |b| {
        b.iter(|| {
            let n = vawkg::extract::outlines(black_box(input))
                .filter_map(Result::ok)
                .map(black_box)
                .count();
            assert_eq!(n, n_ok);
            n
        })
    });
    for (stage, scope) in [
        ("vawkg-records-structure", Scope::Structure),
        ("vawkg-records-entities", Scope::Entities),
    ] {
        group.bench_function(stage, |b| {
            b.iter(|| {
                let n = vawkg::extract::records_at(black_box(input), 0, scope)
                    .filter_map(Result::ok)
                    .map(black_box)
                    .count();
                assert_eq!(n, n_ok);
                n
            })
        });
    }
    group.finish();
    eprintln!(
        "{name}: {} bytes, {n_records} records ({n_ok} parsed)",
        input.len()
    );
}

criterion_group!(benches, extractor);
criterion_main!(benches);
