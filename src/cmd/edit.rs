//! `crmfile edit`: the record in `$EDITOR`, on a copy in memory-backed storage.

use std::io::{IsTerminal, Write};

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::merge::keep_concurrent_entries;
use crate::model::record::Customer;
use crate::model::validate::validate;
use crate::store::edit_copy::EditCopy;
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
    let copy = EditCopy::create()?;

    let first = render_record(&original.customer)?;
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
            return Err(Error::new(fl!(
                "error-editor-failed",
                status = status.to_string()
            )));
        }
        text = copy.read()?;
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
    ctx.update_if_changed(&loaded, merged, args.force)?;
    Ok(0)
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
