//! `crmfile recipients`: who can read which folder.

use std::path::PathBuf;

use clap::Subcommand;

use super::Ctx;
use crate::cli::Format;
use crate::error::Result;
use crate::i18n::fl;
use crate::ops::recipients;
use crate::output;
use crate::output::confirm;
use crate::store::trust::Standing;

/// See and change who can read which folder. A folder is an access level: its own
/// .age-recipients says who its records are encrypted to. Name a key or a team member
/// (see `crmfile member`); adding or removing one re-encrypts exactly the records it covers.
///
/// Removing a key does not take back what old git history holds: the removed person
/// can still decrypt every version they could read before (see the README).
///
/// Examples:
///   crmfile recipients list
///   crmfile recipients add 李娜 --folder vip
///   crmfile recipients add 王芳 --folder east --inherit --yes
///   crmfile recipients add "$(cat ~/.ssh/id_ed25519.pub)" --folder vip --yes
///   crmfile recipients remove 李娜 --yes
///   crmfile recipients trust          (after reviewing a change pulled from git)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Show who can read each folder, as a table: its recipients file, the members (or
    /// keys) it lists, how many records it covers, and whether you trust it
    ///
    /// Examples:
    ///   crmfile recipients list
    ///   crmfile recipients list vip
    #[command(verbatim_doc_comment)]
    List {
        /// Only the file that governs this folder
        path: Option<PathBuf>,
        /// Output format [default: table on a terminal, plain text otherwise]
        #[arg(long, value_parser = crate::cli::formats(&[Format::Table]))]
        format: Option<Format>,
    },
    /// Let a member or key read a folder, and re-encrypt what it covers
    ///
    /// Without a recipients file of its own, the folder gets one: listing you and the
    /// new reader, or (with --inherit) everyone who reads it now and the new reader.
    ///
    /// Examples:
    ///   crmfile recipients add 李娜 --folder vip
    ///   crmfile recipients add age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p --yes
    ///   crmfile recipients add "$(cat ~/.ssh/id_ed25519.pub)" --folder vip
    #[command(verbatim_doc_comment)]
    Add {
        /// A member name from team.toml, or an age1… or ssh-ed25519/ssh-rsa public key
        key: String,
        /// The folder to let them read [default: the store root]
        #[arg(long, value_name = "F")]
        folder: Option<String>,
        /// A new recipients file starts from the folder's current readers
        #[arg(long)]
        inherit: bool,
        /// Do not ask
        #[arg(long)]
        yes: bool,
    },
    /// Stop a member or key from reading, and re-encrypt what they could read
    ///
    /// Without --folder, the key leaves every recipients file that lists it.
    ///
    /// Examples:
    ///   crmfile recipients remove 李娜 --yes
    ///   crmfile recipients remove age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p --folder vip
    #[command(verbatim_doc_comment)]
    Remove {
        /// A member name, or the key as listed
        key: String,
        /// Only the recipients file that governs this folder [default: every file]
        #[arg(long, value_name = "F")]
        folder: Option<String>,
        /// Do not ask
        #[arg(long)]
        yes: bool,
    },
    /// Trust the recipients files as they are now, after reviewing them
    ///
    /// Examples:
    ///   crmfile recipients list && crmfile recipients trust
    #[command(verbatim_doc_comment)]
    Trust {
        /// Do not ask
        #[arg(long)]
        yes: bool,
    },
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    match args.action {
        Action::List { path, format } => list(ctx, path, format),
        Action::Add {
            key,
            folder,
            inherit,
            yes,
        } => {
            let who = recipients::who(ctx, &key)?;
            let dir = ctx.folder_arg(folder.as_deref())?;
            let plan = recipients::plan_add(ctx, &who, &dir, inherit)?;
            change(ctx, &[plan], yes, "add")
        }
        Action::Remove { key, folder, yes } => {
            let who = recipients::who(ctx, &key)?;
            let dir = match folder.as_deref() {
                Some(f) => Some(ctx.folder_arg(Some(f))?),
                None => None,
            };
            let removal = recipients::plan_remove(ctx, &who, dir.as_deref())?;
            let code = change(ctx, &removal.plans, yes, "remove")?;
            removal.all_done()?;
            Ok(code)
        }
        Action::Trust { yes } => trust(ctx, yes),
    }
}

fn list(ctx: &Ctx, path: Option<PathBuf>, format: Option<Format>) -> Result<u8> {
    let store = ctx.store()?;
    let own = ctx.keyring().map(|k| k.public_keys.clone()).unwrap_or_default();
    let team = ctx.team()?;
    let files = match path {
        Some(p) => {
            let dir = if p.is_absolute() { p } else { ctx.cwd.join(p) };
            vec![store.recipients.for_folder(&dir)?.0.clone()]
        }
        None => store.recipients_files(),
    };
    let mut rows = Vec::new();
    for f in files {
        let set = store.recipients.for_folder(f.parent().unwrap_or(&store.root))?;
        let state = match ctx.standing(&set)? {
            Standing::Trusted => fl!("recipients-trusted"),
            Standing::FirstUse => fl!("recipients-first-use"),
            Standing::Changed => fl!("recipients-changed"),
        };
        let readers: Vec<String> = set
            .1
            .iter()
            .map(|k| {
                let name = team
                    .and_then(|t| t.name_of(&k.text))
                    .map_or_else(|| k.text.clone(), String::from);
                if own.contains(&k.text) {
                    format!("{name} {}", fl!("recipients-you"))
                } else {
                    name
                }
            })
            .collect();
        let folder = f
            .parent()
            .map(|d| store.rel(d).into_owned())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| ".".into());
        rows.push(vec![
            folder,
            store.governed_by(&f).len().to_string(),
            state,
            readers.join(", "),
        ]);
    }
    let text = if format == Some(Format::Table) || ctx.terminal() {
        output::table(
            &[
                fl!("col-folder"),
                fl!("col-records"),
                fl!("col-state"),
                fl!("col-readers"),
            ],
            &rows,
            ctx.color,
        )
    } else {
        output::plain(&rows)
    };
    ctx.emit(&text)?;
    Ok(0)
}

/// Asks about each planned file (without the lock), then writes them and re-seals.
fn change(ctx: &Ctx, plans: &[recipients::Plan], yes: bool, verb: &str) -> Result<u8> {
    for p in plans {
        // A new file narrows its folder to you and the new reader: who loses it is said
        // before anything is asked or done (--inherit keeps them).
        if !p.losing.is_empty() {
            ctx.warn(fl!(
                "warn-readers-lose",
                folder = ctx.rel(p.file.parent().unwrap_or(&p.file)),
                readers = p.losing.join(", ")
            ));
        }
        confirm(
            &fl!(
                "ask-change-recipients",
                verb = verb,
                file = ctx.rel(&p.file),
                records = p.covered.len(),
                recipients = p.recipients
            ),
            yes,
        )?;
    }
    // Asked without the lock held; the answer holds only for the lists as they were.
    let _lock = ctx.lock()?;
    let code = recipients::apply(ctx, plans)?;
    if verb == "remove" {
        ctx.warn(fl!("warn-removed-key-history"));
    }
    Ok(code)
}

fn trust(ctx: &Ctx, yes: bool) -> Result<u8> {
    let store = ctx.store()?;
    let mut changed = Vec::new();
    for f in store.recipients_files() {
        let set = store.recipients.for_folder(f.parent().unwrap_or(&store.root))?;
        if ctx.standing(&set)? != Standing::Trusted {
            changed.push((
                f.clone(),
                set.1.iter().map(|k| k.text.clone()).collect::<Vec<_>>(),
            ));
        }
    }
    if changed.is_empty() {
        ctx.status(fl!("status-all-trusted"));
        return Ok(0);
    }
    for (f, keys) in &changed {
        eprintln!("{}:", store.rel(f));
        for k in keys {
            eprintln!("  {k}");
        }
    }
    confirm(&fl!("ask-trust"), yes)?;
    ctx.trust_all()?;
    Ok(0)
}
