//! `crmfile recipients`: who can read which folder.

use std::path::PathBuf;

use clap::Subcommand;

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops::reencrypt::reseal;
use crate::output;
use crate::output::confirm;
use crate::store::trust::Standing;

/// See and change who can read which folder. Adding or removing a key edits the
/// folder's nearest .age-recipients and re-encrypts exactly the records it covers.
///
/// Removing a key does not take back what old git history holds: the removed person
/// can still decrypt every version they could read before (see the README).
///
/// Examples:
///   crmfile recipients list
///   crmfile recipients add age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
///   crmfile recipients add "$(cat ~/.ssh/id_ed25519.pub)" --folder vip --yes
///   crmfile recipients remove age1ql3z… --yes
///   crmfile recipients trust          (after reviewing a change pulled from git)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// List each recipients file with its keys, whether you trust it, and what it covers
    ///
    /// Examples:
    ///   crmfile recipients list
    ///   crmfile recipients list vip
    #[command(verbatim_doc_comment)]
    List {
        /// Only the file that governs this folder
        path: Option<PathBuf>,
    },
    /// Add a public key to a folder's recipients and re-encrypt what it covers
    ///
    /// Examples:
    ///   crmfile recipients add age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p --yes
    ///   crmfile recipients add "$(cat ~/.ssh/id_ed25519.pub)" --folder vip
    #[command(verbatim_doc_comment)]
    Add {
        /// age1… or ssh-ed25519/ssh-rsa public key
        key: String,
        /// The folder whose nearest recipients file to edit [default: the store root]
        #[arg(long, value_name = "F")]
        folder: Option<String>,
        /// Do not ask
        #[arg(long)]
        yes: bool,
    },
    /// Remove a public key from a folder's recipients and re-encrypt what it covers
    ///
    /// Examples:
    ///   crmfile recipients remove age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p --yes
    #[command(verbatim_doc_comment)]
    Remove {
        /// The key to remove, as listed
        key: String,
        /// The folder whose nearest recipients file to edit [default: the store root]
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
        Action::List { path } => list(ctx, path),
        Action::Add { key, folder, yes } => change(ctx, &key, folder.as_deref(), yes, true),
        Action::Remove { key, folder, yes } => change(ctx, &key, folder.as_deref(), yes, false),
        Action::Trust { yes } => trust(ctx, yes),
    }
}

fn list(ctx: &Ctx, path: Option<PathBuf>) -> Result<u8> {
    let store = ctx.store()?;
    let own = ctx.keyring().map(|k| k.public_keys.clone()).unwrap_or_default();
    let files = match path {
        Some(p) => {
            let dir = if p.is_absolute() { p } else { ctx.cwd.join(p) };
            vec![store.recipients.for_folder(&dir)?.0.clone()]
        }
        None => store.recipients_files(),
    };
    let mut out = String::new();
    for f in files {
        let set = store.recipients.for_folder(f.parent().unwrap_or(&store.root))?;
        let standing = ctx.standing(&set)?;
        let covered = store.governed_by(&f).len();
        let state = match standing {
            Standing::Trusted => fl!("recipients-trusted"),
            Standing::FirstUse => fl!("recipients-first-use"),
            Standing::Changed => fl!("recipients-changed"),
        };
        let file = store.rel(&f).into_owned();
        out.push_str(&fl!(
            "recipients-file",
            file = file,
            covered = covered,
            state = state
        ));
        out.push('\n');
        for k in &set.1 {
            let you = if own.contains(&k.text) {
                format!("  {}", fl!("recipients-you"))
            } else {
                String::new()
            };
            out.push_str(&format!("  {}{you}\n", k.text));
        }
    }
    output::emit(&out)?;
    Ok(0)
}

fn change(ctx: &Ctx, key: &str, folder: Option<&str>, yes: bool, add: bool) -> Result<u8> {
    let store = ctx.store()?;
    let dir = ctx.folder_arg(folder)?;
    let parsed = crate::crypt::parse_recipients(key, std::path::Path::new("KEY"))?;
    let wanted = parsed[0].text.clone();
    // Refuse to build on a recipients file the user has not reviewed.
    let set = ctx.recipients_for_write(&dir)?;
    let file = set.0.clone();
    let keys: Vec<String> = set.1.iter().map(|k| k.text.clone()).collect();
    let present = keys.contains(&wanted);
    let new_keys: Vec<String> = match (add, present) {
        (true, true) => return Err(Error::new(fl!("error-key-listed", file = ctx.rel(&file)))),
        (false, false) => {
            return Err(
                Error::new(fl!("error-key-not-listed", file = ctx.rel(&file))).hint(fl!("hint-list-keys"))
            );
        }
        (true, false) => keys.iter().cloned().chain([wanted.clone()]).collect(),
        (false, true) => keys.iter().filter(|k| **k != wanted).cloned().collect(),
    };
    if new_keys.is_empty() {
        return Err(Error::new(fl!("error-last-recipient")));
    }
    let own = &ctx.keyring()?.public_keys;
    if !add && own.contains(&wanted) && !new_keys.iter().any(|k| own.contains(k)) {
        return Err(Error::new(fl!("error-own-key")).hint(fl!("hint-own-key")));
    }
    let covered = store.governed_by(&file);
    confirm(
        &fl!(
            "ask-change-recipients",
            verb = if add { "add" } else { "remove" },
            file = ctx.rel(&file),
            records = covered.len(),
            recipients = new_keys.len()
        ),
        yes,
    )?;
    // Asked without the lock held; the answer holds only for the list as it was.
    let _lock = ctx.lock()?;
    let now = ctx.recipients_for_write(&dir)?;
    if now.0 != file || now.1.iter().map(|k| &k.text).ne(keys.iter()) {
        return Err(
            Error::new(fl!("error-changed-meanwhile", id = ctx.rel(&file))).hint(fl!("hint-run-again"))
        );
    }

    // Keep the file's comments and labels; add or drop the one line.
    let old_text = crate::store::read_text(&file)?;
    let mut text: String = old_text
        .lines()
        .filter(|l| add || l.split_whitespace().take(2).collect::<Vec<_>>().join(" ") != wanted)
        .map(|l| format!("{l}\n"))
        .collect();
    if add {
        text.push_str(key.trim());
        text.push('\n');
    }
    crate::crypt::parse_recipients(&text, &file)?;
    crate::store::write_atomic(&file, text.as_bytes(), crate::store::Mode::Replace)?;
    store.recipients.forget();
    let new_set = store.recipients.for_folder(&dir)?;
    ctx.with_trust(|t| {
        t.trust(&file, &crate::store::keys_text(&new_set));
        t.save()
    })?;
    ctx.touch([file.clone()]);
    if !add {
        ctx.warn(fl!("warn-removed-key-history"));
    }
    reseal(ctx, &covered)
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
