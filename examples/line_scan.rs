//! Counts the lines of a file with `memchr::memchr_iter` and prints the count: the floor any
//! line-oriented reader pays, timed beside `vawkg extract` by `benches/pipeline.py`.
//!
//! Like the extractor, it reads the whole file into memory first.
//!
//! ```sh
//! cargo build --release --examples
//! target/release/examples/line_scan corpus.txt
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: line_scan FILE");
        return ExitCode::from(64);
    };
    match std::fs::read(&path) {
        Ok(bytes) => {
            println!("{}", memchr::memchr_iter(b'\n', &bytes).count());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}: {error}", path.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}
