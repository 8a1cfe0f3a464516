//! Command-line flags (clap derive). Doc comments here are the `--help` text; no logic.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Build a knowledge graph of government measures on violence against women.
///
/// vawkg reads records of the UN Women Global Database on Violence against Women, in any of
/// the layouts the database has published, and turns them into linked data.
///
/// Exit codes: 0 everything was processed; 2 some records or inputs were rejected (each is
/// reported on stderr as `file:line:column: message`) and the rest were processed; 1 nothing
/// could be done (unreadable input, store or query error); 64 invalid command line.
#[derive(Debug, Parser)]
#[command(name = "vawkg", version, about, long_about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract records from files and print them as JSON Lines (no store needed).
    Extract(ExtractArgs),
}

/// Arguments of `vawkg extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Record files, folders (searched recursively for `*.txt`) or `-` for standard input.
    #[arg(default_value = "-")]
    pub paths: Vec<PathBuf>,
    /// Output format: one JSON object per record per line.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Output formats of `vawkg extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// JSON Lines: one object per record, in the shape of the gold annotations.
    Jsonl,
}
