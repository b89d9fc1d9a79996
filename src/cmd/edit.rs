//! `crmfile edit`: the record in `$EDITOR`, on a copy in memory-backed storage.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::record::Customer;
use crate::model::validate::validate;
use crate::store::{Loaded, parse_record, render_record};

/// Edit one customer's record as TOML in $VISUAL or $EDITOR.
///
/// The decrypted copy lives in memory-backed storage (/dev/shm or $XDG_RUNTIME_DIR, mode
/// 0600) and is removed on every exit path, Ctrl-C included. The result is validated
/// before it is sealed again; on a terminal you are offered to reopen it to fix an error.
/// Unchanged content writes nothing. Log entries added by others while you edit are kept.
///
/// Examples:
///   crmfile edit 张伟
///   EDITOR="code --wait" crmfile edit c-7k3m9q2x
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// Write even if your identity could not read the record back
    #[arg(long)]
    pub force: bool,
}

static EDIT_COPY: Mutex<Option<PathBuf>> = Mutex::new(None);

/// A folder whose files live in memory, never on disk.
fn memory_dir() -> Result<PathBuf> {
    let candidates = [
        Some(PathBuf::from("/dev/shm")),
        std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|d| d.is_dir() && tempfile::Builder::new().tempfile_in(d).is_ok())
        .ok_or_else(|| Error::new(fl!("error-no-memory-folder")).hint(fl!("hint-no-memory-folder")))
}

/// Removes the copy when dropped, and on SIGINT/SIGTERM/SIGHUP through the handler.
struct EditCopy {
    path: PathBuf,
}

impl Drop for EditCopy {
    fn drop(&mut self) {
        wipe(&self.path);
        *EDIT_COPY.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

fn wipe(path: &Path) {
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::write(path, vec![0u8; meta.len() as usize]);
    }
    let _ = std::fs::remove_file(path);
}

fn editor() -> String {
    std::env::var("VISUAL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".into())
}

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let store = ctx.store()?;
    let original = ctx.resolve(&args.query, true)?;
    let dir = memory_dir()?;
    let file = tempfile::Builder::new()
        .prefix("crmfile-edit-")
        .suffix(".toml")
        .tempfile_in(&dir)
        .map_err(|e| Error::io("create a private copy in", &dir, e))?;
    let (_, path) = file
        .keep()
        .map_err(|e| Error::new(fl!("error-keep-copy")).cause(e.error))?;
    let copy = EditCopy { path: path.clone() };
    *EDIT_COPY.lock().unwrap_or_else(|p| p.into_inner()) = Some(path.clone());
    let _ = ctrlc::set_handler(|| {
        if let Some(p) = EDIT_COPY.lock().unwrap_or_else(|p| p.into_inner()).take() {
            wipe(&p);
        }
        std::process::exit(130);
    });

    let first = render_record(&original.customer)?;
    let mut text: Zeroizing<String> = first.clone();
    let edited = loop {
        std::fs::write(&copy.path, text.as_bytes()).map_err(|e| Error::io("write", &copy.path, e))?;
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{} \"$@\"", editor()))
            .arg("crmfile-editor")
            .arg(&copy.path)
            .status()
            .map_err(|e| {
                Error::new(fl!("error-start-editor"))
                    .cause(e)
                    .hint(fl!("hint-set-editor"))
            })?;
        if !status.success() {
            return Err(Error::new(fl!(
                "error-editor-failed",
                status = status.to_string()
            )));
        }
        text = Zeroizing::new(
            std::fs::read_to_string(&copy.path).map_err(|e| Error::io("read", &copy.path, e))?,
        );
        if *text == *first {
            ctx.status(fl!("status-nothing-changed", id = original.customer.id.clone()));
            return Ok(0);
        }
        match check(&text, &original.customer, store) {
            Ok(c) => break c,
            Err(e) => {
                if !std::io::stdin().is_terminal() {
                    return Err(e.hint(fl!("hint-edit-again")));
                }
                crate::output::report_error(&e, crate::output::Color::for_stderr(ctx.global.color));
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
    let current = ctx.load(&original.path, true).map_err(|e| ctx.file_error(e))?;
    let merged = keep_concurrent_entries(edited, &original.customer, &current.customer);
    let loaded = Loaded {
        path: current.path.clone(),
        customer: current.customer,
    };
    super::set::write_changed(ctx, &loaded, merged, args.force)
}

fn check(text: &str, original: &Customer, store: &crate::store::Store) -> Result<Customer> {
    let c =
        parse_record(text, true).map_err(|p| Error::new(fl!("error-edited-record", problem = p.shown())))?;
    if c.id != original.id {
        return Err(Error::new(fl!("error-id-changed", id = original.id.clone())));
    }
    let problems = validate(&c, &store.config);
    if problems.is_empty() {
        return Ok(c);
    }
    let mut e = Error::new(fl!("error-edited-invalid"));
    for p in problems {
        e = e.cause(p);
    }
    Err(e)
}

/// Log entries another writer added while the editor was open are kept: entries in
/// `current` that were neither in `original` nor in `edited`.
fn keep_concurrent_entries(mut edited: Customer, original: &Customer, current: &Customer) -> Customer {
    macro_rules! union {
        ($field:ident) => {
            for entry in &current.$field {
                let known = |list: &Vec<_>| list.iter().any(|x: &_| same_id(x, entry));
                if !known(&original.$field) && !known(&edited.$field) {
                    edited.$field.push(entry.clone());
                }
            }
        };
    }
    union!(contacts);
    union!(transactions);
    union!(feedback);
    union!(key_people);
    union!(dates);
    edited
}

trait HasId {
    fn entry_id(&self) -> &str;
}
macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn entry_id(&self) -> &str { &self.id } })* };
}
has_id!(
    crate::model::record::ContactEntry,
    crate::model::record::Transaction,
    crate::model::record::Feedback,
    crate::model::record::KeyPerson,
    crate::model::record::ImportantDate
);

fn same_id<T: HasId>(a: &T, b: &T) -> bool {
    a.entry_id() == b.entry_id()
}
