//! The `vawkg` binary: parse the command line, run it, map the outcome to an exit code.

mod cli;
mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 64 } else { 0 });
        }
    };
    match commands::run(cli) {
        Ok(commands::Outcome::Complete) => ExitCode::SUCCESS,
        Ok(commands::Outcome::SomeRejected) => ExitCode::from(2),
        Err(error) => {
            eprintln!("vawkg: error: {error:#}");
            ExitCode::from(1)
        }
    }
}
