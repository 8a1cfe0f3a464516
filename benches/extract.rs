//! Extractor throughput on a large generated input, beside a plain memchr line scan of the
//! same bytes (the floor any line-oriented parser pays), stage by stage: record boundaries
//! (`split_records`), outlines (the whole structural parse and every check, no text copied),
//! owned records without entities (`Scope::Structure`) and the full extractor.
//!
//! `cargo bench --bench extract`; criterion reports MB/s for each, and the ratios to the line
//! scan are the figures to watch. The input repeats the example records, or the records of the
//! file or folder named by `VAWKG_BENCH_RECORDS` (`*.txt`, not recursive) when it is set.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vawkg::extract::Scope;

/// About `target_bytes` of records made from `examples/records` or `VAWKG_BENCH_RECORDS`.
fn generated_input(target_bytes: usize) -> (Vec<u8>, usize) {
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
    let mut input = Vec::with_capacity(target_bytes + 64 * 1024);
    while input.len() < target_bytes {
        for original in &originals {
            input.extend_from_slice(original.trim_start_matches('\u{feff}').as_bytes());
            input.extend_from_slice(b"\n\n");
        }
    }
    let n_records = vawkg::extract::split_records(&input).len();
    (input, n_records)
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
    let (input, n_records) = generated_input(32 * 1024 * 1024);
    let mut group = c.benchmark_group("extract-32MB");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_function("memchr-line-scan", |b| {
        b.iter(|| line_scan(black_box(&input)))
    });
    // The first stage alone: record boundaries, with every line found and marked.
    group.bench_function("vawkg-split", |b| {
        b.iter(|| vawkg::extract::split_records(black_box(&input)).len())
    });
    group.bench_function("vawkg-outlines", |b| {
        b.iter(|| {
            let n_ok = vawkg::extract::outlines(black_box(&input))
                .filter_map(Result::ok)
                .map(black_box)
                .count();
            assert_eq!(n_ok, n_records);
            n_ok
        })
    });
    for (name, scope) in [
        ("vawkg-records-structure", Scope::Structure),
        ("vawkg-records-entities", Scope::Entities),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let n_ok = vawkg::extract::records_at(black_box(&input), 0, scope)
                    .filter_map(Result::ok)
                    .map(black_box)
                    .count();
                assert_eq!(n_ok, n_records);
                n_ok
            })
        });
    }
    group.finish();
    eprintln!("input: {} bytes, {n_records} records", input.len());
}

criterion_group!(benches, extractor);
criterion_main!(benches);
