//! crmfile: a customer archive kept as one age-encrypted TOML file per customer.
//!
//! The layers, from the bottom (ARCHITECTURE.md has the whole picture):
//!
//! - [`model`]: the record and its rules, as serde types and pure functions; no I/O.
//! - [`crypt`]: age in and out, identities.
//! - [`store`]: the only code that touches the disk: discovery, recipients, trust, lock,
//!   walk, load, atomic save, index, access log, git.
//! - [`ops`]: one module per operation, typed input to typed result; no printing.
//! - [`cli`] and [`cmd`]: the argument definitions, one call into `ops`, rendering.
//! - [`output`]: formats, colour, terminal escaping, and the one place errors are printed.

pub mod cli;
pub mod cmd;
pub mod crypt;
pub mod error;
pub mod i18n;
pub mod model;
pub mod ops;
pub mod output;
pub mod per_thread;
pub mod store;

use std::process::ExitCode;

use clap::FromArgMatches;

/// The whole program: parse, run, report the error once, exit.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language first: `--help` is printed while clap parses.
    i18n::select(i18n::from_env(i18n::flag_in_args(&args).as_deref()));
    let matches = match cli::localized_command().try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) if e.use_stderr() && i18n::Lang::current() != i18n::Lang::En => {
            e.apply::<cli::LocalizedErrors>().exit()
        }
        Err(e) => e.exit(),
    };
    // The command's name as typed, for commit messages and the access log.
    let name = matches.subcommand_name().unwrap_or_default().to_string();
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let color = output::Color::for_stderr(cli.global.color);
    match cmd::run(cli, &name) {
        Ok(code) => ExitCode::from(code),
        Err(e) => output::report_error(&e, color),
    }
}
