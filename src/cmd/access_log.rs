//! `crmfile access-log`: who decrypted or changed which records, when.

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::when::parse_past_date;
use crate::output;
use crate::store::access_log;

/// Show the access log: one line per command that decrypted or wrote records (time,
/// member, command, ids; never names). In a team store it reads every member's trail
/// (.crmfile/access/<member>@<clone>.log, carried by git: pull to see the others'), and
/// this machine's .crmfile/access.log. Turned off with `[access_log] enabled = false` in
/// config; `shared = false` keeps it on this machine.
///
/// Examples:
///   crmfile access-log --since -7d
///   crmfile access-log --member 李娜 --since -30d
///   crmfile access-log --member li.na --format json | jq '.[].ids[]' | sort | uniq -c
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Only from this date on
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Only this member (or user, in a store without a team)
    #[arg(long, alias = "user", value_name = "NAME")]
    pub member: Option<String>,
    /// Only entries that touched this customer id
    #[arg(long)]
    pub id: Option<String>,
    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Ndjson]))]
    pub format: Option<Format>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table);
    let store = ctx.store()?;
    let since = match &args.since {
        Some(t) => Some(parse_past_date(t, ctx.today).map_err(|e| Error::usage(format!("--since: {e}")))?),
        None => None,
    };
    let entries: Vec<_> = access_log::read(&store.state_dir())?
        .into_iter()
        .filter(|e| since.is_none_or(|s| e.at.get(..10).is_some_and(|d| d >= s.to_string().as_str())))
        .filter(|e| args.member.as_deref().is_none_or(|u| e.user == u))
        .filter(|e| args.id.as_deref().is_none_or(|id| e.ids.iter().any(|x| x == id)))
        .collect();
    let text = match format {
        Format::Json | Format::Ndjson => output::json_list(&entries, format == Format::Ndjson),
        _ => {
            let rows: Vec<Vec<String>> = entries
                .iter()
                .map(|e| {
                    let mut ids = e.ids.join(" ");
                    if e.more > 0 {
                        ids.push_str(&format!(" (+{} more)", e.more));
                    }
                    vec![
                        e.at.clone(),
                        e.user.clone(),
                        e.command.clone(),
                        e.read.to_string(),
                        e.written.to_string(),
                        ids,
                    ]
                })
                .collect();
            if rows.is_empty() {
                String::new()
            } else if ctx.table(args.format) {
                output::table(
                    &[
                        fl!("col-at"),
                        fl!("col-user"),
                        fl!("col-command"),
                        fl!("col-read"),
                        fl!("col-written"),
                        fl!("col-ids"),
                    ],
                    &rows,
                    ctx.color,
                )
            } else {
                output::plain(&rows)
            }
        }
    };
    ctx.emit(&text)?;
    Ok(0)
}
