//! `crmfile reencrypt`: seal records again to their folder's current recipients.

use std::path::PathBuf;

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops;

/// Encrypt records again to the current recipients of their folders (after editing a
/// .age-recipients file by hand). Only records sealed to another list than their
/// folder's are touched (told from the file's header, without decrypting); the others
/// are counted as skipped. `crmfile recipients add/remove` do this themselves.
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
            crate::store::canonical(&p)?
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
    // The store's seal key, sealed again to every current reader; a change of key that was
    // cut short is finished (every record sealed with the new key).
    ops::seal::resync(ctx)?;
    let rotated = ctx.keyring()?.seal_key().is_some_and(|k| k.is_rotating());
    if rotated {
        ops::seal::rotate(ctx, false)?;
    }
    let (skipped, code) = ops::reencrypt::reseal_changed(ctx, &paths, rotated)?;
    // After a change of key was finished, every record was just sealed again: it said so.
    if !rotated {
        ctx.status(fl!("status-reencrypt-skipped", count = skipped));
    }
    Ok(code)
}
