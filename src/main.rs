//! `crmfile`: parse, run, report the error once, exit.

mod cli;
mod cmd;
mod crypt;
mod error;
mod model;
mod output;
mod store;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let color = output::Color::for_stderr(cli.global.color);
    match cmd::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => output::report_error(&e, color),
    }
}
