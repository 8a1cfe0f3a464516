//! `benches/gen_corpus.py`, the synthetic corpus behind the benchmarks: seeded output is
//! byte-identical from run to run, in one file or split into parts, and `vawkg extract` accepts
//! every record of it in all three layouts.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const RECORDS: usize = 300;
const SEED: &str = "42";

/// Runs `python3 benches/gen_corpus.py --records 300 --seed 42 --out OUT [EXTRA…]`.
fn generate(out: &Path, extra: &[&str]) {
    let output = Command::new("python3")
        .current_dir(common::root())
        .arg("benches/gen_corpus.py")
        .args(["--records", &RECORDS.to_string(), "--seed", SEED, "--out"])
        .arg(out)
        .args(extra)
        .output()
        .expect("python3 must be on PATH to run benches/gen_corpus.py");
    assert!(
        output.status.success(),
        "gen_corpus.py failed: {}",
        common::stderr(&output)
    );
    let summary = common::stderr(&output);
    assert!(
        summary.starts_with(&format!("gen_corpus: {RECORDS} records,")),
        "unexpected summary: {summary}"
    );
}

/// The files of a folder, sorted, with their bytes.
fn folder_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect()
}

fn extract(input: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vawkg"))
        .current_dir(common::root())
        .args(["extract", "--format", "jsonl"])
        .arg(input)
        .output()
        .unwrap()
}

/// The records of a run that must have accepted everything.
fn accepted_records(input: &Path) -> Vec<serde_json::Value> {
    let output = extract(input);
    assert_eq!(
        output.status.code(),
        Some(0),
        "vawkg extract rejected generated records:\n{}",
        common::stderr(&output)
    );
    assert_eq!(common::stderr(&output), "", "warnings on generated records");
    common::stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// What a record's identifier hashes: country, years, measure types, forms and description.
fn identity(record: &serde_json::Value) -> String {
    [
        "country",
        "years",
        "measure_types",
        "forms_of_violence",
        "description",
    ]
    .iter()
    .map(|key| record[key].to_string())
    .collect::<Vec<_>>()
    .join("\u{1f}")
}

#[test]
fn the_same_seed_gives_the_same_bytes_in_one_file_and_in_parts() {
    let dir = common::scratch_dir("gen-corpus-determinism");
    let (first, second) = (dir.join("first.txt"), dir.join("second.txt"));
    generate(&first, &[]);
    generate(&second, &["--jobs", "2"]);
    let bytes = std::fs::read(&first).unwrap();
    assert!(
        bytes.len() > 100_000,
        "{} bytes for {RECORDS} records",
        bytes.len()
    );
    assert!(
        bytes == std::fs::read(&second).unwrap(),
        "two runs with the same seed differ"
    );

    let (parts_a, parts_b) = (dir.join("parts-a"), dir.join("parts-b"));
    generate(&parts_a, &["--per-file", "50"]);
    generate(&parts_b, &["--per-file", "50", "--jobs", "1"]);
    let files = folder_bytes(&parts_a);
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "part-00000.txt",
            "part-00001.txt",
            "part-00002.txt",
            "part-00003.txt",
            "part-00004.txt",
            "part-00005.txt"
        ]
    );
    assert!(files == folder_bytes(&parts_b), "split runs differ");

    let other_seed = dir.join("other-seed.txt");
    let output = Command::new("python3")
        .current_dir(common::root())
        .args([
            "benches/gen_corpus.py",
            "--records",
            "300",
            "--seed",
            "43",
            "--out",
        ])
        .arg(&other_seed)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", common::stderr(&output));
    assert!(
        bytes != std::fs::read(&other_seed).unwrap(),
        "the seed changes nothing"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn vawkg_extract_accepts_every_generated_record_in_all_three_layouts() {
    let dir = common::scratch_dir("gen-corpus-extract");
    let (single, parts) = (dir.join("corpus.txt"), dir.join("parts"));
    generate(&single, &[]);
    generate(&parts, &["--per-file", "50"]);

    let records = accepted_records(&single);
    assert_eq!(records.len(), RECORDS);
    let layouts: BTreeSet<&str> = records
        .iter()
        .map(|record| record["layout"].as_str().unwrap())
        .collect();
    assert_eq!(
        layouts,
        BTreeSet::from(["data-site", "labelled", "table"]),
        "all three layouts must appear"
    );
    let identities: BTreeSet<String> = records.iter().map(identity).collect();
    assert_eq!(
        identities.len(),
        RECORDS,
        "every generated record is unique"
    );
    let countries: BTreeSet<&str> = records
        .iter()
        .map(|record| record["country"]["iso2"].as_str().unwrap())
        .collect();
    assert!(countries.len() > 50, "only {} countries", countries.len());

    // Split into parts, the corpus holds the same records in the same order.
    let split = accepted_records(&parts);
    assert_eq!(split.len(), RECORDS);
    let files: BTreeSet<&str> = split
        .iter()
        .map(|record| record["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), RECORDS / 50);
    for (whole, part) in records.iter().zip(&split) {
        assert_eq!(identity(whole), identity(part));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
