//! `crmfile reencrypt`: seal records again to their folder's current recipients.

use std::path::{Path, PathBuf};

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::output;

/// Encrypt records again to the current recipients of their folders (after editing a
/// .age-recipients file by hand). `crmfile recipients add/remove` do this themselves.
///
/// Examples:
///   crmfile reencrypt
///   crmfile reencrypt vip
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Folder or record file [default: the whole store]
    pub path: Option<PathBuf>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let store = ctx.store()?;
    let target = match &args.path {
        Some(p) => {
            let p = if p.is_absolute() {
                p.clone()
            } else {
                ctx.cwd.join(p)
            };
            std::fs::canonicalize(&p).map_err(|e| Error::io("find", &p, e))?
        }
        None => store.root.clone(),
    };
    if !target.starts_with(&store.root) {
        return Err(Error::usage(fl!(
            "error-not-in-store",
            path = target.display().to_string()
        )));
    }
    let (paths, _) = store.record_paths();
    let paths: Vec<PathBuf> = paths.into_iter().filter(|p| p.starts_with(&target)).collect();
    let _lock = ctx.lock()?;
    reseal(ctx, &paths)
}

/// Decrypts each record and seals it again to its folder's recipients; reports the
/// files that could not be read and goes on.
pub fn reseal(ctx: &Ctx, paths: &[PathBuf]) -> Result<u8> {
    ctx.keyring()?;
    let mut done = 0usize;
    let mut failed = 0usize;
    for path in paths {
        match ctx.load(path, true) {
            Ok(loaded) => match ctx.seal(path, &loaded.customer, crate::store::Mode::Replace, false) {
                Ok(()) => done += 1,
                Err(e) => {
                    failed += 1;
                    output::report_error(&e, output::Color::for_stderr(ctx.global.color));
                }
            },
            Err(e) => {
                failed += 1;
                ctx.report_file_errors(&[e]);
            }
        }
    }
    ctx.status(fl!("status-reencrypted", count = done));
    if failed > 0 {
        return Err(
            Error::new(fl!("error-not-reencrypted", count = failed)).hint(fl!("hint-not-reencrypted"))
        );
    }
    Ok(0)
}

/// The folder a `--folder` flag names (or the root).
pub fn folder_arg(ctx: &Ctx, folder: Option<&str>) -> Result<PathBuf> {
    ctx.store()?.folder(folder)
}

/// Asks before a change that affects who can read records; `--yes` answers for scripts.
pub fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return Err(Error::usage(fl!("error-confirm-yes", question = question)));
    }
    eprint!("{question} {} ", fl!("ask-yes-no"));
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Error::new(fl!("error-read-answer")).cause(e))?;
    if answer.trim().eq_ignore_ascii_case("y") || answer.trim().eq_ignore_ascii_case("yes") {
        Ok(())
    } else {
        Err(Error::new(fl!("error-nothing-changed")))
    }
}

pub fn rel(ctx: &Ctx, p: &Path) -> String {
    ctx.store()
        .map(|s| s.rel(p).into_owned())
        .unwrap_or_else(|_| p.display().to_string())
}
