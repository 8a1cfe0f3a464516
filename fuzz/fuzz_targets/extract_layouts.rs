//! Structure-aware: record files in the labelled, table and newer-site layouts built from the
//! fuzz bytes. The extractor must never panic and must find at least one record or error.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use vawkg::extract::{LineIndex, extract, render_error};

fuzz_target!(|data: &[u8]| {
    let input = common::record_file(data);
    let lines = LineIndex::new(&input);
    let results = extract(&input);
    assert!(
        !results.is_empty(),
        "a built record file gave no record and no error"
    );
    for result in results {
        match result {
            Ok(record) => assert!(record.span.end <= input.len()),
            Err(error) => {
                assert!(error.span.start <= input.len());
                let _ = render_error("fuzz.txt", &input, &lines, &error);
            }
        }
    }
});
