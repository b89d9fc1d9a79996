//! The command line: global flags and the list of commands.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::cmd;

const ABOUT: &str = "Keep a customer archive as age-encrypted, git-friendly TOML files";

const AFTER_HELP: &str = "\
Examples:
  crmfile init                              make a store here, with a new identity
  crmfile add --name 张伟 --phone 13800138000 --company 星河科技
  crmfile find 星河 --format ids | xargs -n1 crmfile show
  crmfile set 张伟 title=采购经理 class.stage=yellow

The store is found from --store, CRMFILE_STORE, or the nearest folder above the current
one that holds .crmfile/config.toml. Exit codes: 0 ok, 1 error, 2 bad usage, 3 a check
found something.";

#[derive(Debug, Parser)]
// Help is not re-wrapped: examples stay one command per line (the texts are wrapped by hand).
#[command(name = "crmfile", version, about = ABOUT, after_help = AFTER_HELP, propagate_version = true, term_width = 0)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// The store's root folder [default: found from the current folder upwards]
    #[arg(long, global = true, env = "CRMFILE_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,

    /// Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt,
    /// else ~/.ssh/id_ed25519]
    #[arg(long, global = true, env = "CRMFILE_IDENTITY", value_name = "FILE")]
    pub identity: Option<PathBuf>,

    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,

    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Print no status lines (errors are still printed)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs
    #[arg(long, global = true, value_name = "DATE", allow_hyphen_values = true)]
    pub today: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people
    Table,
    /// One JSON document (records as in schemas/)
    Json,
    /// One JSON object per line
    Ndjson,
    /// Comma-separated values with a header
    Csv,
    /// One customer id per line, for xargs
    Ids,
    /// The record as TOML (show)
    Toml,
    /// iCalendar (remind, export)
    Ics,
    /// vCard (export)
    Vcard,
    /// A self-contained HTML page (report)
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant, reason = "parsed once per run")]
pub enum Command {
    Init(cmd::init::Args),
    Add(cmd::add::Args),
    Show(cmd::show::Args),
    #[command(visible_alias = "list")]
    Find(cmd::find::Args),
    Set(cmd::set::Args),
    Tag(cmd::tag::Args),
    Edit(cmd::edit::Args),
    LogContact(cmd::log_contact::Args),
    LogPurchase(cmd::log_purchase::Args),
    LogFeedback(cmd::log_feedback::Args),
    Resolve(cmd::resolve::Args),
    AddPerson(cmd::add_person::Args),
    AddDate(cmd::add_date::Args),
    Classify(cmd::classify::Args),
    Audit(cmd::audit::Args),
    Export(cmd::export::Args),
    Import(cmd::import::Args),
    Merge(cmd::merge::Args),
    Remind(cmd::remind::Args),
    Report(cmd::report::Args),
    Forget(cmd::forget::Args),
    AccessLog(cmd::access_log::Args),
    Recipients(cmd::recipients::Args),
    Reencrypt(cmd::reencrypt::Args),
    GitSetup(cmd::git_setup::Args),
    Cat(cmd::cat::Args),
    MergeDriver(cmd::merge_driver::Args),
    Schema(cmd::schema::Args),
    Completions(cmd::completions::Args),
    Man(cmd::completions::ManArgs),
    #[command(hide = true)]
    Generate(cmd::generate::Args),
}
