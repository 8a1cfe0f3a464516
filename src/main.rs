//! The `vawkg` binary: parse the command line, run it, map the outcome to an exit code.

mod cli;
mod commands;
mod graph_cli;
mod graph_commands;
mod pipeline;

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
        // The reader went away (`vawkg query … | head`): stop quietly, as Unix tools do.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("vawkg: error: {error:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let broken = |cause: &(dyn std::error::Error + 'static)| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || cause.to_string().contains("Broken pipe")
    };
    error.chain().any(broken)
}
