//! `crmfile`: parse, run, report the error once, exit.

mod cli;
mod cmd;
mod crypt;
mod error;
mod model;
mod output;
mod store;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

fn main() -> ExitCode {
    let matches = cli::Cli::command().get_matches();
    // The command's name as typed, for commit messages and the access log.
    let name = matches.subcommand_name().unwrap_or_default().to_string();
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let color = output::Color::for_stderr(cli.global.color);
    match cmd::run(cli, &name) {
        Ok(code) => ExitCode::from(code),
        Err(e) => output::report_error(&e, color),
    }
}
