//! The command-line definition: clap's own consistency checks, a summary and an example
//! for every command, and the committed shell completions matching what the binary prints.

use clap::CommandFactory;
use clap_complete::Shell;
use crmfile::cli::Cli;
use crmfile::cmd::completions::script;

#[test]
fn the_cli_definition_is_consistent() {
    Cli::command().debug_assert();
}

/// `completions/` holds what `crmfile completions` prints; regenerate with
/// `for s in bash zsh fish elvish powershell; do cargo run -- completions $s > completions/…; done`
/// (see completions/README.md), or run this test with CRMFILE_BLESS=1.
#[test]
fn committed_completions_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        (Shell::Bash, "crmfile.bash"),
        (Shell::Zsh, "_crmfile"),
        (Shell::Fish, "crmfile.fish"),
        (Shell::Elvish, "crmfile.elv"),
        (Shell::PowerShell, "_crmfile.ps1"),
    ] {
        let want = script(shell);
        let path = dir.join(file);
        if std::env::var_os("CRMFILE_BLESS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run `CRMFILE_BLESS=1 cargo test committed_completions`",
            path.display()
        );
    }
}

#[test]
fn every_command_has_a_summary_and_an_example() {
    let cli = Cli::command();
    let nested: Vec<clap::Command> = cli
        .get_subcommands()
        .flat_map(|s| s.get_subcommands().cloned())
        .collect();
    for sub in cli.get_subcommands().chain(nested.iter()) {
        let name = sub.get_name();
        assert!(sub.get_about().is_some(), "{name} has no one-line summary");
        let long = sub.get_long_about().map(|s| s.to_string()).unwrap_or_default();
        assert!(
            long.contains("Examples:\n  crmfile "),
            "{name} --help has no example"
        );
        for arg in sub.get_arguments() {
            if !["help", "version"].contains(&arg.get_id().as_str()) && !arg.is_global_set() {
                assert!(
                    arg.get_help().is_some(),
                    "{name}: --{} has no help text",
                    arg.get_id()
                );
            }
        }
    }
}
