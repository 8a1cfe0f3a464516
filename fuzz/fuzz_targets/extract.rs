//! Arbitrary bytes into the extractor: it must never panic, every span must lie inside the
//! input, and every error must render with its line and column.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vawkg::extract::{LineIndex, extract, render_error};

fuzz_target!(|input: &[u8]| {
    let lines = LineIndex::new(input);
    for result in extract(input) {
        match result {
            Ok(record) => {
                assert!(record.span.start <= record.span.end && record.span.end <= input.len());
                assert!(record.country.span.end <= input.len());
            }
            Err(error) => {
                assert!(
                    error.span.start <= input.len(),
                    "error span outside the input"
                );
                let text = render_error("fuzz.txt", input, &lines, &error);
                assert!(text.starts_with("fuzz.txt:"));
            }
        }
    }
});
