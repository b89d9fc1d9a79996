//! The command line: global flags and the list of commands.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::cmd;
use crate::i18n::{Lang, fl};

const ABOUT: &str = "Keep a customer archive as age-encrypted, git-friendly TOML files";

const AFTER_HELP: &str = "\
Examples:
  crmfile init                              make a store here, with a new identity
  crmfile add --name 张伟 --phone 13800138000 --company 星河科技
  crmfile find 星河 --format ids | xargs -n1 crmfile show
  crmfile set 张伟 title=采购经理 class.stage=yellow

The store is found from --store, CRMFILE_STORE, or the nearest folder above the current
one that holds .crmfile/config.toml. Exit codes: 0 ok, 1 error, 2 bad usage, 3 a check
found something. Messages and help are in English or Chinese: --lang, CRMFILE_LANG, or
the locale (LC_ALL, LC_MESSAGES, LANG).";

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

    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Print no status lines (errors are still printed)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Say more: how many records a bulk command left out because they are in folders
    /// you cannot read
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs
    #[arg(long, global = true, value_name = "DATE", allow_hyphen_values = true)]
    pub today: Option<String>,

    /// How long a writer waits for another one to finish before giving up
    #[arg(
        long,
        global = true,
        env = "CRMFILE_WAIT",
        value_name = "SECONDS",
        default_value_t = 10
    )]
    pub wait: u64,

    /// Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the
    /// locale (LC_ALL, LC_MESSAGES, LANG), else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| fl!("error-unknown-lang", lang = text))
}

/// A rating from 1 (worst) to 5 (best), as typed: `4`, `四`, `4星`, `五星`, `4分`.
pub fn rating(text: &str) -> Result<u8, String> {
    let t = text.trim();
    let number = t
        .strip_suffix('星')
        .or_else(|| t.strip_suffix('分'))
        .unwrap_or(t)
        .trim();
    crate::model::span::chinese_number(number)
        .and_then(|n| u8::try_from(n).ok())
        .filter(|n| (1..=5).contains(n))
        .ok_or_else(|| fl!("error-rating-value", text = text))
}

/// A command's own `--format`: it accepts, and its help lists, only the formats that
/// command writes.
pub fn formats(allowed: &'static [Format]) -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(allowed.iter().filter_map(ValueEnum::to_possible_value))
        .map(|name: String| Format::from_str(&name, true).expect("a listed format"))
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
    /// An Excel workbook (.xlsx; .xls and .ods are read too)
    Xlsx,
    /// One customer id per line, for xargs
    Ids,
    /// The record as TOML
    Toml,
    /// iCalendar events
    Ics,
    /// vCard contacts
    Vcard,
    /// A self-contained HTML page
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
    LogPayment(cmd::log_payment::Args),
    LogFeedback(cmd::log_feedback::Args),
    Resolve(cmd::resolve::Args),
    Consent(cmd::consent::Args),
    Link(cmd::link::Args),
    Unlink(cmd::link::UnlinkArgs),
    Attach(cmd::attach::Args),
    Attachment(cmd::attach::AttachmentArgs),
    Detach(cmd::attach::DetachArgs),
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
    Member(cmd::member::Args),
    Move(cmd::move_to::Args),
    Recipients(cmd::recipients::Args),
    Reencrypt(cmd::reencrypt::Args),
    Accept(cmd::accept::Args),
    GitSetup(cmd::git_setup::Args),
    Cat(cmd::cat::Args),
    MergeDriver(cmd::merge_driver::Args),
    Schema(cmd::schema::Args),
    Completions(cmd::completions::Args),
    Man(cmd::completions::ManArgs),
    #[command(hide = true)]
    Generate(cmd::generate::Args),
}

/// The command tree with its help in the language of this run. The English help is the
/// doc comments above, as they are (completions and the man page are made from it); in
/// another language each text the catalog has replaces its English one: `help-about`,
/// `help-<command>-about`, `help-<command>-long-about`, `help-<command>-after-help`,
/// `help-<command>-arg-<id>` and `help-<command>-arg-<id>-long`.
pub fn localized_command() -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command();
    if Lang::current() == Lang::En {
        return cmd;
    }
    let mut cmd = localize(cmd, "help");
    cmd.build();
    // clap makes the `help` commands while it builds the tree: one beside every list of
    // subcommands (`crmfile help`, `crmfile member help`…).
    localize_help(cmd)
}

/// The `help` command of `cmd` and of its subcommands, in the language of the run.
fn localize_help(mut cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .filter(|c| c.get_name() != "help" && c.has_subcommands())
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, localize_help);
    }
    if cmd.find_subcommand("help").is_some() {
        cmd = cmd.mut_subcommand("help", |c| c.about(fl!("clap-help-command")));
    }
    cmd
}

/// The catalog's key prefix for each command of the tree, with the command's names.
#[cfg(test)]
pub fn help_keys(cmd: &clap::Command, key: &str, out: &mut Vec<(String, clap::Command)>) {
    out.push((key.to_string(), cmd.clone()));
    for sub in cmd.get_subcommands() {
        help_keys(sub, &format!("{key}-{}", sub.get_name()), out);
    }
}

fn localize(mut cmd: clap::Command, key: &str) -> clap::Command {
    use crate::i18n::lookup;
    use clap::ArgAction;

    if let Some(t) = lookup(&format!("{key}-about")) {
        cmd = cmd.about(t);
    }
    // clap's "[alias: list]" in this language: the aliases keep working, unlisted by clap.
    let shown: Vec<String> = cmd.get_visible_aliases().map(String::from).collect();
    if !shown.is_empty() {
        let all: Vec<String> = cmd.get_all_aliases().map(String::from).collect();
        let about = cmd.get_about().map(|s| s.to_string()).unwrap_or_default();
        cmd = cmd.visible_alias(None).aliases(all).about(format!(
            "{about} {}",
            fl!("clap-aliases", aliases = shown.join(", "))
        ));
    }
    if cmd.get_long_about().is_some()
        && let Some(t) = lookup(&format!("{key}-long-about"))
    {
        cmd = cmd.long_about(t);
    }
    if cmd.get_after_help().is_some()
        && let Some(t) = lookup(&format!("{key}-after-help"))
    {
        cmd = cmd.after_help(t);
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        fl!("clap-usage")
    );
    let has_version = cmd.get_version().is_some();
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(fl!("clap-commands"))
        .mut_args(|a| localize_arg(a, key))
        .disable_help_flag(true)
        .arg(builtin("help", 'h', ArgAction::Help, fl!("clap-help")));
    if has_version {
        cmd = cmd.disable_version_flag(true).arg(builtin(
            "version",
            'V',
            ArgAction::Version,
            fl!("clap-version"),
        ));
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let sub_key = format!("{key}-{name}");
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_key));
    }
    cmd
}

/// clap's own `--help` or `--version` flag, with its help in this language.
fn builtin(name: &'static str, short: char, action: clap::ArgAction, help: String) -> clap::Arg {
    clap::Arg::new(name)
        .short(short)
        .long(name)
        .action(action)
        .help(help)
        .help_heading(fl!("clap-options"))
}

fn localize_arg(mut a: clap::Arg, key: &str) -> clap::Arg {
    use crate::i18n::lookup;

    let id = format!("{key}-arg-{}", a.get_id());
    let Some(help) = lookup(&id) else {
        return a;
    };
    // clap's own notes ([default: …], [possible values: …], [env: …]) in this language.
    let mut notes = Vec::new();
    let mut values_note = None;
    if a.get_action().takes_values() {
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && !a.is_hide_default_value_set() {
            notes.push(fl!("clap-default", value = defaults.join(", ")));
        }
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() && !a.is_hide_possible_values_set() {
            values_note = Some(fl!("clap-possible-values", values = values.join(", ")));
        }
    }
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        notes.push(fl!("clap-env", name = env.to_string_lossy().into_owned()));
    }
    let with_notes = |text: String, values: bool| {
        let notes: Vec<&String> = notes
            .iter()
            .chain(values_note.iter().filter(|_| values))
            .collect();
        if notes.is_empty() {
            text
        } else {
            let notes: Vec<&str> = notes.iter().map(|n| n.as_str()).collect();
            format!("{text} {}", notes.join(" "))
        }
    };
    // Values described one by one (`--format`), as clap lists them in the long help:
    // every value, with its text where it has one (clap lists the others by name).
    let mut described: Vec<(String, Option<String>)> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let text = lookup(&format!("{id}-value-{}", v.get_name()));
            (v.get_name().to_string(), text)
        })
        .collect();
    if described.iter().all(|(_, text)| text.is_none()) {
        described.clear();
    }
    if a.get_long_help().is_some() || !described.is_empty() {
        // The long help lists the values one by one where they are described.
        let long = lookup(&format!("{id}-long")).unwrap_or_else(|| help.clone());
        let mut long = with_notes(long, described.is_empty());
        let width = described.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
        if !described.is_empty() {
            long.push_str(&format!("\n\n{}", fl!("clap-values-described")));
        }
        for (name, text) in &described {
            match text {
                Some(text) => long.push_str(&format!("\n- {name:width$}  {text}")),
                None => long.push_str(&format!("\n- {name}")),
            }
        }
        a = a.long_help(long);
    }
    a = a.help(with_notes(help, true));
    // clap accepts these only on flags that take a value or read the environment.
    if a.get_action().takes_values() {
        a = a.hide_default_value(true).hide_possible_values(true);
    }
    if a.get_env().is_some() {
        a = a.hide_env(true);
    }
    if a.get_help_heading().is_none() {
        let heading = if a.is_positional() {
            fl!("clap-arguments")
        } else {
            fl!("clap-options")
        };
        a = a.help_heading(heading);
    }
    a
}

/// clap's parse errors in the language of this run. clap words them in English only, so
/// in another language they are told again from the error's kind and context.
pub struct LocalizedErrors;

impl clap::error::ErrorFormatter for LocalizedErrors {
    fn format_error(error: &clap::error::Error<Self>) -> clap::builder::StyledStr {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let text = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        let arg = text(ContextKind::InvalidArg);
        let value = text(ContextKind::InvalidValue);
        let mut message = match error.kind() {
            ErrorKind::UnknownArgument => fl!("clap-error-unknown-argument", arg = arg),
            ErrorKind::InvalidSubcommand => {
                fl!(
                    "clap-error-unknown-command",
                    command = text(ContextKind::InvalidSubcommand)
                )
            }
            ErrorKind::InvalidValue if value.is_empty() => fl!("clap-error-value-required", arg = arg),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                fl!("clap-error-invalid-value", value = value, arg = arg)
            }
            ErrorKind::MissingRequiredArgument => fl!("clap-error-missing", args = arg),
            ErrorKind::MissingSubcommand => fl!("clap-error-missing-command"),
            ErrorKind::ArgumentConflict => {
                fl!(
                    "clap-error-conflict",
                    arg = arg,
                    other = text(ContextKind::PriorArg)
                )
            }
            _ => fl!("clap-error-other", arg = arg),
        };
        if let Some(source) = std::error::Error::source(error) {
            message = format!("{message}: {source}");
        }
        let valid = match error.get(ContextKind::ValidValue) {
            Some(ContextValue::Strings(values)) => said_values(values),
            _ => text(ContextKind::ValidValue),
        };
        if !valid.is_empty() {
            message.push_str(&format!("\n  {}", fl!("clap-possible-values", values = valid)));
        }
        for kind in [
            ContextKind::SuggestedArg,
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedValue,
        ] {
            let suggested = text(kind);
            if !suggested.is_empty() {
                message.push_str(&format!(
                    "\n\n  {}",
                    fl!("clap-error-did-you-mean", suggestion = suggested)
                ));
            }
        }
        let usage = text(ContextKind::Usage);
        if let Some(rest) = usage.strip_prefix("Usage:") {
            message.push_str(&format!("\n\n{}{rest}", fl!("clap-usage")));
        }
        format!(
            "{} {message}\n\n{}\n",
            fl!("label-error"),
            fl!("clap-error-try-help")
        )
        .into()
    }
}

/// The accepted values of a flag as a user of this language knows them, each with the
/// name typed on the command line: `生日（birthday）` when one enumeration names them all,
/// `行业（industry）` for fields; as they are otherwise.
fn said_values(values: &[String]) -> String {
    const KINDS: &[&str] = &[
        "due",
        "tier",
        "lifecycle",
        "stage",
        "channel",
        "direction",
        "role",
        "purpose",
        "consentstatus",
        "feedbackkind",
        "feedbackstatus",
        "relation",
        "phonekind",
        "kind",
        "severity",
    ];
    let named = |kind: &str, v: &str| crate::i18n::lookup(&format!("enum-{kind}-{v}"));
    if let Some(kind) = KINDS
        .iter()
        .find(|kind| values.iter().all(|v| named(kind, v).is_some()))
    {
        return values
            .iter()
            .map(|v| crate::i18n::enum_choice(kind, v))
            .collect::<Vec<_>>()
            .join("、");
    }
    let field = |v: &str| {
        [v.to_string(), format!("class.{v}")]
            .into_iter()
            .find(|f| crate::model::fields::field_named(f).is_some())
    };
    if values.iter().all(|v| field(v).is_some()) {
        return values
            .iter()
            .map(|v| {
                let label = crate::model::fields::label(&field(v).unwrap_or_default(), true);
                format!("{label}（{v}）")
            })
            .collect::<Vec<_>>()
            .join("、");
    }
    values.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{catalog_text, message_ids};

    /// Every help text of the command tree, by the catalog id that translates it.
    fn english_help() -> Vec<(String, String)> {
        let mut commands = Vec::new();
        help_keys(&<Cli as clap::CommandFactory>::command(), "help", &mut commands);
        let mut texts = Vec::new();
        for (key, cmd) in commands {
            let mut put = |id: String, text: Option<String>| {
                if let Some(text) = text {
                    texts.push((id, text));
                }
            };
            put(format!("{key}-about"), cmd.get_about().map(|s| s.to_string()));
            put(
                format!("{key}-long-about"),
                cmd.get_long_about().map(|s| s.to_string()),
            );
            put(
                format!("{key}-after-help"),
                cmd.get_after_help().map(|s| s.to_string()),
            );
            for a in cmd.get_arguments() {
                let id = format!("{key}-arg-{}", a.get_id());
                for v in a.get_possible_values() {
                    put(
                        format!("{id}-value-{}", v.get_name()),
                        v.get_help().map(|s| s.to_string()),
                    );
                }
                put(format!("{id}-long"), a.get_long_help().map(|s| s.to_string()));
                put(id, a.get_help().map(|s| s.to_string()));
            }
        }
        texts
    }

    #[test]
    fn every_help_text_is_translated_and_no_translation_is_stale() {
        let english = english_help();
        let wanted: std::collections::BTreeSet<&str> = english.iter().map(|(id, _)| id.as_str()).collect();
        // Every language but English, whose help is the doc comments.
        let lang = Lang::ZhCn;
        {
            let have = message_ids(&catalog_text(lang));
            let have: std::collections::BTreeSet<&str> = have
                .iter()
                .map(String::as_str)
                .filter(|id| id.starts_with("help-"))
                .collect();
            let missing: Vec<String> = english
                .iter()
                .filter(|(id, _)| !have.contains(id.as_str()))
                .map(|(id, text)| format!("{id} = {}", text.replace('\n', "\n    ")))
                .collect();
            let stale: Vec<&&str> = have.difference(&wanted).collect();
            assert!(
                missing.is_empty() && stale.is_empty(),
                "{}: help without a translation:\n{}\n\ntranslations of no help text: {stale:?}",
                lang.tag(),
                missing.join("\n")
            );
        }
    }
}
