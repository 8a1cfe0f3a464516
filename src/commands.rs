//! Running the subcommands: the only place that reads files, prints and reports progress.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use vawkg::extract::{self, LineIndex, render_error};
use vawkg::jsonl::record_json;
use vawkg::record::Record;

use crate::cli::{Cli, Command, ExtractArgs, ExtractFormat};

/// How a run ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every input and record was processed.
    Complete,
    /// Some inputs or records were rejected and reported; the rest were processed.
    SomeRejected,
}

/// Runs the command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Extract(args) => extract_command(&args),
    }
}

/// One input: its display name and its bytes.
pub struct Input {
    /// The path as given (or as found under a given folder); `-` for standard input.
    pub name: String,
    /// The whole content.
    pub bytes: Vec<u8>,
}

/// Expands folders (recursively, `*.txt`, sorted) and keeps files and `-` as given.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            collect_txt_files(path, &mut files)
                .with_context(|| format!("cannot list folder {}", path.display()))?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn collect_txt_files(folder: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> =
        fs::read_dir(folder)?.map(|entry| entry.map(|entry| entry.path())).collect::<io::Result<_>>()?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_txt_files(&entry, files)?;
        } else if entry.extension().is_some_and(|extension| extension == "txt") {
            files.push(entry);
        }
    }
    Ok(())
}

/// Reads one input; `-` is standard input.
pub fn read_input(path: &Path) -> io::Result<Input> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(Input { name: "-".to_owned(), bytes });
    }
    Ok(Input { name: path.display().to_string(), bytes: fs::read(path)? })
}

/// Counts what a run did, to choose the exit code and print the summary.
#[derive(Debug, Default)]
pub struct Tally {
    /// Records that were parsed.
    pub records: usize,
    /// Records that were rejected.
    pub rejected: usize,
    /// Inputs that could not be read.
    pub unreadable: usize,
}

impl Tally {
    /// The outcome, or an error when nothing at all could be read.
    pub fn outcome(&self, n_inputs: usize) -> Result<Outcome> {
        if n_inputs > 0 && self.unreadable == n_inputs {
            anyhow::bail!("none of the {n_inputs} input(s) could be read");
        }
        Ok(if self.rejected + self.unreadable > 0 { Outcome::SomeRejected } else { Outcome::Complete })
    }
}

/// Calls `each` for every good record of every input; reports the rest on stderr.
pub fn for_each_record(
    paths: &[PathBuf],
    mut each: impl FnMut(&Input, &LineIndex, usize, &Record) -> Result<()>,
) -> Result<(Tally, usize)> {
    let files = expand_paths(paths)?;
    let mut tally = Tally::default();
    let stderr = io::stderr();
    for path in &files {
        let input = match read_input(path) {
            Ok(input) => input,
            Err(error) => {
                tally.unreadable += 1;
                writeln!(stderr.lock(), "{}: cannot read: {error}", path.display())?;
                continue;
            }
        };
        let lines = LineIndex::new(&input.bytes);
        let mut n_results = 0;
        for (record_index, result) in extract::records(&input.bytes).enumerate() {
            n_results += 1;
            match result {
                Ok(record) => {
                    tally.records += 1;
                    each(&input, &lines, record_index, &record)?;
                }
                Err(error) => {
                    tally.rejected += 1;
                    write!(stderr.lock(), "{}", render_error(&input.name, &input.bytes, &lines, &error))?;
                }
            }
        }
        if n_results == 0 {
            writeln!(stderr.lock(), "{}: warning: no records found", input.name)?;
        }
    }
    Ok((tally, files.len()))
}

fn output_writer(output: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match output {
        Some(path) => Box::new(BufWriter::new(
            fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

fn extract_command(args: &ExtractArgs) -> Result<Outcome> {
    let mut out = output_writer(args.output.as_deref())?;
    let (tally, n_inputs) = for_each_record(&args.paths, |input, lines, record_index, record| {
        match args.format {
            ExtractFormat::Jsonl => {
                let line = lines.location(&input.bytes, record.span.start).line;
                serde_json::to_writer(&mut out, &record_json(&input.name, record_index, line, record))?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    tally.outcome(n_inputs)
}
