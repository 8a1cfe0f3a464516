//! Data-driven golden tests: every record file in `examples/records/` and `tests/data/bad/`
//! goes through the real `vawkg extract` binary; its JSON output and its error messages must
//! equal `tests/data/golden/<name>.json` and `<name>.stderr`.
//!
//! After an intended change, regenerate with `UPDATE_GOLDEN=1 cargo test --release --test golden`
//! and review the diff.

use std::path::{Path, PathBuf};
use std::process::Command;

fn record_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in ["examples/records", "tests/data/bad"] {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|extension| extension == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Runs `vawkg extract` on `file` from the crate root, so paths in messages are relative.
fn extract(file: &Path) -> (String, String, i32) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let relative = file.strip_prefix(root).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_vawkg"))
        .current_dir(root)
        .args(["extract", "--format", "jsonl"])
        .arg(relative)
        .output()
        .unwrap();
    let records: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let json = serde_json::to_string_pretty(&records).unwrap() + "\n";
    (
        json,
        String::from_utf8(output.stderr).unwrap(),
        output.status.code().unwrap(),
    )
}

fn check(expected_path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        if actual.is_empty() {
            let _ = std::fs::remove_file(expected_path);
        } else {
            std::fs::write(expected_path, actual).unwrap();
        }
        return;
    }
    let expected = std::fs::read_to_string(expected_path).unwrap_or_default();
    if expected != actual {
        failures.push(format!(
            "{} differs:\n--- expected\n{expected}\n--- actual\n{actual}",
            expected_path.display()
        ));
    }
}

#[test]
fn extract_output_matches_golden_files() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    let mut failures = Vec::new();
    let files = record_files();
    assert!(
        files.len() >= 20,
        "expected the example and bad record files"
    );
    for file in files {
        let stem = file.file_stem().unwrap().to_str().unwrap();
        let (json, stderr, code) = extract(&file);
        check(&golden.join(format!("{stem}.json")), &json, &mut failures);
        check(
            &golden.join(format!("{stem}.stderr")),
            &stderr,
            &mut failures,
        );
        let has_errors = stderr.lines().any(|line| {
            line.contains(": ") && !line.contains(": warning: ") && !line.starts_with(' ')
        });
        let expected_code = if has_errors { 2 } else { 0 };
        if code != expected_code {
            failures.push(format!(
                "{stem}: exit code {code}, expected {expected_code}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
