//! `crmfile edit`: the record in `$EDITOR`, on a copy in memory-backed storage.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::merge::keep_concurrent_entries;
use crate::model::record::Customer;
use crate::model::validate::validate;
use crate::store::edit_copy::{EditCopy, remove_stale};
use crate::store::{FileError, FileProblem, Loaded, parse_record, render_record};

/// Edit one customer's record as TOML in $VISUAL or $EDITOR.
///
/// The decrypted copy lives in memory-backed storage (/dev/shm or $XDG_RUNTIME_DIR, mode
/// 0600) and is removed on every exit path, Ctrl-C included. The result is validated
/// before it is sealed again; on a terminal you are offered to reopen it to fix an error.
/// Unchanged content writes nothing. Log entries added by others while you edit are kept.
/// A record that does not parse (or holds the wrong id) opens as its text, so you can
/// repair it. Copies a killed edit left behind are removed (and said) on the next run.
///
/// A record that carries no seal where the store requires one (written by hand with
/// rage, or planted) is refused unless --accept: you read it whole in the editor, and
/// what you save is sealed as a member's record (`crmfile accept` takes one as it is).
///
/// Examples:
///   crmfile edit 张伟
///   EDITOR="code --wait" crmfile edit c-7k3m9q2x
///   crmfile edit --accept c-9hand0wr    (a hand-written record, checked in the editor)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// Write even if your identity could not read the record back
    #[arg(long)]
    pub force: bool,
    /// Put the decrypted copy in this folder even if it is not memory-backed (tmpfs):
    /// the record may then reach the disk and outlive a crash
    #[arg(long, value_name = "DIR")]
    pub unsafe_copy_dir: Option<std::path::PathBuf>,
    /// Take a record that carries no seal as a member's once you have read it in the
    /// editor: what you save is sealed
    #[arg(long)]
    pub accept: bool,
}

fn editor() -> String {
    std::env::var("VISUAL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".into())
}

/// What is opened: a record as read, or the text of one that does not parse.
enum Opened {
    Record(Box<Loaded>),
    Raw {
        path: PathBuf,
        id: String,
        text: Zeroizing<String>,
    },
}

fn open(query: &str, accept: bool, ctx: &super::Ctx) -> Result<Opened> {
    let store = ctx.store()?;
    // A record that could not be written back is refused before the editor opens;
    // with --accept, what the user saves after reading it is sealed.
    let writable_at = |path: &std::path::Path| {
        if accept && ctx.keyring()?.flagged(path) {
            ctx.accept_unsealed(path);
        }
        ctx.refuse_unsealed(path)
    };
    let writable = |l: crate::store::Loaded| {
        writable_at(&l.path)?;
        Ok(Opened::Record(Box::new(l)))
    };
    let Some(path) = store.path_of(query.trim()) else {
        return ctx.resolve(query, true).and_then(writable);
    };
    match ctx.load(&path, true) {
        Ok(l) => writable(l),
        Err(FileError {
            problem: FileProblem::NotToml(_) | FileProblem::Schema(_) | FileProblem::IdMismatch(_),
            ..
        }) => {
            let text = ctx.load_text(&path).map_err(|e| ctx.file_error(e))?;
            writable_at(&path)?;
            ctx.status(fl!("status-editing-raw", file = ctx.rel(&path)));
            Ok(Opened::Raw {
                path,
                id: query.trim().to_string(),
                text,
            })
        }
        Err(e) => Err(ctx.file_error(e)),
    }
}

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let store = ctx.store()?;
    for p in remove_stale() {
        ctx.warn(fl!("warn-stale-copy-removed", path = p.display().to_string()));
    }
    let opened = open(&args.query, args.accept, ctx)?;
    let (copy, in_memory) = EditCopy::create(args.unsafe_copy_dir.as_deref())?;
    if !in_memory {
        let dir = copy.path.parent().unwrap_or(&copy.path).display().to_string();
        ctx.warn(fl!("warn-copy-not-in-memory", dir = dir));
    }

    let (first, id) = match &opened {
        Opened::Record(l) => (render_record(&l.customer)?, l.customer.id.clone()),
        Opened::Raw { id, text, .. } => (text.clone(), id.clone()),
    };
    let mut text: Zeroizing<String> = first.clone();
    let edited = loop {
        copy.write(&text)?;
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{} \"$@\"", editor()))
            .arg("crmfile-editor")
            .arg(&copy.path)
            .status()
            .map_err(|e| {
                Error::new(fl!("error-start-editor"))
                    .caused_by(e)
                    .hint(fl!("hint-set-editor"))
            })?;
        if !status.success() {
            return Err(Error::new(match status.code() {
                Some(code) => fl!("error-editor-failed", code = code.to_string()),
                None => fl!("error-editor-killed"),
            }));
        }
        text = copy.read()?;
        if *text == *first {
            ctx.status(fl!("status-nothing-changed", id = id.clone()));
            return Ok(0);
        }
        let before = match &opened {
            Opened::Record(l) => Some(&l.customer),
            Opened::Raw { .. } => None,
        };
        match check(&text, &id, before, store) {
            Ok(c) => break c,
            Err(e) => {
                if !std::io::stdin().is_terminal() {
                    return Err(e.hint(fl!("hint-edit-again")));
                }
                ctx.report().error(&e);
                eprint!("{} ", fl!("ask-reopen-editor"));
                let _ = std::io::stderr().flush();
                let mut answer = String::new();
                let _ = std::io::stdin().read_line(&mut answer);
                if answer.trim().eq_ignore_ascii_case("n") {
                    return Err(Error::new(fl!("error-edit-abandoned")));
                }
            }
        }
    };
    drop(copy);

    let _lock = ctx.lock()?;
    match opened {
        Opened::Record(original) => {
            let current = ctx.load(&original.path, true).map_err(|e| ctx.file_error(e))?;
            let merged = keep_concurrent_entries(edited, &original.customer, &current.customer);
            let loaded = Loaded {
                path: current.path.clone(),
                customer: current.customer,
            };
            ctx.update_if_changed(&loaded, merged, args.force)?;
        }
        Opened::Raw { path, text, .. } => {
            // The broken text must still be what was opened: nothing to merge it with.
            let now = ctx.load_text(&path).map_err(|e| ctx.file_error(e))?;
            if *now != *text {
                return Err(
                    Error::new(fl!("error-changed-meanwhile", id = id.clone())).hint(fl!("hint-run-again"))
                );
            }
            let loaded = Loaded {
                path,
                customer: edited.clone(),
            };
            ctx.update(&loaded, edited, args.force)?;
            ctx.status(fl!("status-updated", id = id));
        }
    }
    Ok(0)
}

/// The edited record, when it parses, keeps its id and keeps the rules; a tag or product
/// it adds must hold no list separator (see [`crate::model::validate::split_items`]).
fn check(text: &str, id: &str, before: Option<&Customer>, store: &crate::store::Store) -> Result<Customer> {
    let c =
        parse_record(text, true).map_err(|p| Error::new(fl!("error-edited-record", problem = p.shown())))?;
    if c.id != id {
        return Err(Error::new(fl!("error-id-changed", id = id.to_string())));
    }
    let mut problems = validate(&c, &store.config);
    problems.extend(crate::model::validate::split_items(&c, before));
    if problems.is_empty() {
        return Ok(c);
    }
    let mut e = Error::new(fl!("error-edited-invalid"));
    for p in problems {
        e = e.cause(p);
    }
    Err(e)
}
