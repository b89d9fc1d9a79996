//! `crmfile member`: who is on the team.

use clap::Subcommand;

use super::Ctx;
use crate::cli::Format;
use crate::error::Result;
use crate::i18n::fl;
use crate::ops::member;
use crate::output;
use crate::output::confirm;

/// Name the team's members and their public keys, in .crmfile/team.toml (committed to
/// git). The member whose key your identity holds is you: log entries, `created_by`,
/// `updated_by` and the access trail carry that name. `crmfile recipients add NAME
/// --folder F` then lets a member read a folder.
///
/// Examples:
///   crmfile member add 李娜 age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
///   crmfile member list
///   crmfile member remove 李娜 --yes
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Add a member: a name and their public key
    ///
    /// Examples:
    ///   crmfile member add 李娜 age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    ///   crmfile member add wang.fang "$(cat wang.fang.pub)"
    #[command(verbatim_doc_comment)]
    Add {
        /// The member's name (letters and digits of any script, '.', '_', '-')
        name: String,
        /// Their age1… or ssh-ed25519/ssh-rsa public key
        key: String,
    },
    /// List the members, their keys and the folders they can read
    ///
    /// Examples:
    ///   crmfile member list
    ///   crmfile member list --format json
    #[command(verbatim_doc_comment)]
    List {
        /// Output format [default: table on a terminal, plain text otherwise]
        #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Ndjson]))]
        format: Option<Format>,
    },
    /// Remove a member: from the team and from every folder's recipients, re-encrypting
    /// what they could read
    ///
    /// Examples:
    ///   crmfile member remove 李娜 --yes
    #[command(verbatim_doc_comment)]
    Remove {
        /// The member's name
        name: String,
        /// Do not ask
        #[arg(long)]
        yes: bool,
    },
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    match args.action {
        Action::Add { name, key } => {
            let _lock = ctx.lock()?;
            member::add(ctx, &name, &key)?;
            ctx.status(fl!("status-member-added", name = name.trim().to_string()));
            Ok(0)
        }
        Action::List { format } => list(ctx, format),
        Action::Remove { name, yes } => {
            let (who, removal) = member::plan_remove(ctx, &name)?;
            let plans = &removal.plans;
            let records: usize = plans.iter().map(|p| p.covered.len()).sum();
            confirm(
                &fl!(
                    "ask-remove-member",
                    name = name.trim().to_string(),
                    files = plans.len(),
                    records = records
                ),
                yes,
            )?;
            let _lock = ctx.lock()?;
            let code = member::remove(ctx, &who, &removal)?;
            if !plans.is_empty() {
                ctx.warn(fl!("warn-removed-key-history"));
            }
            // Still listed where the user cannot change it: still a member.
            removal.all_done()?;
            ctx.status(fl!("status-member-removed", name = name.trim().to_string()));
            Ok(code)
        }
    }
}

fn list(ctx: &Ctx, asked: Option<Format>) -> Result<u8> {
    let format = ctx.format(asked, Format::Table);
    let members = member::list(ctx)?;
    let text = match format {
        Format::Json | Format::Ndjson => output::json_list(&members, format == Format::Ndjson),
        _ => {
            let rows: Vec<Vec<String>> = members
                .iter()
                .map(|m| {
                    vec![
                        m.name.clone(),
                        if m.you {
                            fl!("recipients-you")
                        } else {
                            String::new()
                        },
                        m.folders.join(" "),
                        m.key.clone(),
                    ]
                })
                .collect();
            if rows.is_empty() {
                String::new()
            } else if ctx.table(asked) {
                output::table(
                    &[
                        fl!("col-member"),
                        fl!("col-you"),
                        fl!("col-folders"),
                        fl!("col-key"),
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
