//! The `vawkg` binary, run as a user would: inputs, outputs, messages and exit codes.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::scratch_dir;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn vawkg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vawkg"))
        .current_dir(root())
        .args(args)
        .output()
        .unwrap()
}

fn vawkg_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vawkg"))
        .current_dir(root())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

const RECORD: &str = "Country Chile\nYear 2019\nType of Measure Social services > Shelter/Safe accommodation\nForm of Violence Domestic violence/Intimate partner violence\n\nBrief Description\n\nThe national women's service opened two new shelters.\n\nSource of Information\n\nGovernment of Chile, National Review, 2019, p. 3\n";

#[test]
fn extract_reads_a_folder_recursively_in_sorted_order() {
    let output = vawkg(&["extract", "examples/records"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let records = json_lines(&output);
    assert!(records.len() >= 15);
    let files: Vec<&str> = records
        .iter()
        .map(|record| record["file"].as_str().unwrap())
        .collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    let countries: std::collections::BTreeSet<&str> = records
        .iter()
        .map(|record| record["country"]["iso2"].as_str().unwrap())
        .collect();
    assert!(countries.len() >= 10);
}

#[test]
fn extract_without_entities_keeps_every_other_field() {
    let full = json_lines(&vawkg(&["extract", "examples/records"]));
    let output = vawkg(&["extract", "--no-entities", "examples/records"]);
    assert_eq!(output.status.code(), Some(0));
    let structure = json_lines(&output);
    assert_eq!(structure.len(), full.len());
    let entity_keys = ["agencies", "pillars", "amounts", "instruments"];
    for (structure, full) in structure.iter().zip(&full) {
        for key in entity_keys {
            assert_eq!(structure[key], serde_json::json!([]), "{key}");
        }
        assert_eq!(structure["source"]["publisher"], serde_json::Value::Null);
        let (mut structure, mut full) = (structure.clone(), full.clone());
        for record in [&mut structure, &mut full] {
            let object = record.as_object_mut().unwrap();
            for key in entity_keys {
                object.remove(key);
            }
            if let Some(source) = object.get_mut("source").and_then(|s| s.as_object_mut()) {
                source.retain(|key, _| key == "text");
            }
        }
        assert_eq!(structure, full);
    }
    assert!(
        full.iter()
            .any(|record| record["agencies"] != serde_json::json!([]))
    );
}

#[test]
fn extract_reads_standard_input() {
    let output = vawkg_with_stdin(&["extract", "-"], RECORD.as_bytes());
    assert_eq!(output.status.code(), Some(0));
    let records = json_lines(&output);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["file"], "-");
    assert_eq!(records[0]["record"], 0);
    assert_eq!(records[0]["line"], 1);
    assert_eq!(records[0]["country"]["iso3"], "CHL");
    assert_eq!(
        records[0]["years"],
        serde_json::json!({"start": 2019, "end": 2019})
    );
    assert_eq!(
        records[0]["source"]["text"],
        "Government of Chile, National Review, 2019, p. 3"
    );
}

#[test]
fn extract_with_no_path_reads_standard_input() {
    let output = vawkg_with_stdin(&["extract"], RECORD.as_bytes());
    assert_eq!(json_lines(&output).len(), 1);
}

#[test]
fn extract_writes_to_an_output_file() {
    let dir = scratch_dir("output");
    let path = dir.join("out.jsonl");
    let output = vawkg(&[
        "extract",
        "--output",
        path.to_str().unwrap(),
        "examples/records",
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.lines().count() >= 15);
}

#[test]
fn bad_records_are_reported_and_the_rest_still_come_out() {
    let output = vawkg(&["extract", "tests/data/bad/invalid-utf8.txt"]);
    assert_eq!(output.status.code(), Some(2));
    let records = json_lines(&output);
    assert_eq!(records.len(), 2);
    assert_eq!(
        records[1]["record"], 2,
        "indices count rejected records too"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("tests/data/bad/invalid-utf8.txt:"),
        "{stderr}"
    );
    assert!(stderr.contains("invalid UTF-8 at byte offset"));
}

#[test]
fn records_across_files_and_stdin_keep_their_own_indices() {
    let output = vawkg_with_stdin(
        &["extract", "tests/data/bad/malformed-year.txt", "-"],
        format!("{RECORD}\n{RECORD}").as_bytes(),
    );
    assert_eq!(output.status.code(), Some(2));
    let records = json_lines(&output);
    let keys: Vec<(String, u64, u64)> = records
        .iter()
        .map(|r| {
            let file = r["file"].as_str().unwrap().to_owned();
            (
                file,
                r["record"].as_u64().unwrap(),
                r["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(keys[1..], [("-".to_owned(), 0, 1), ("-".to_owned(), 1, 14)]);
}

#[test]
fn unreadable_input_alone_is_a_failure() {
    let output = vawkg(&["extract", "does/not/exist.txt"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("does/not/exist.txt: cannot read"),
        "{stderr}"
    );
}

#[test]
fn unreadable_input_beside_good_input_is_partial() {
    let output = vawkg(&[
        "extract",
        "does/not/exist.txt",
        "examples/records/FI-2016-nollalinja-helpline.txt",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(json_lines(&output).len(), 1);
}

#[test]
fn usage_errors_exit_64_and_help_exits_0() {
    assert_eq!(
        vawkg(&["extract", "--format", "xml"]).status.code(),
        Some(64)
    );
    assert_eq!(vawkg(&["no-such-command"]).status.code(), Some(64));
    let help = vawkg(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Exit codes"));
}
