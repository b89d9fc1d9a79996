//! `crmfile accept`: take a record without a seal as a member's, after checking it.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::store::Mode;

/// Accept records that carry no seal from this store's members, after checking them,
/// and seal them as they are.
///
/// Once every record of a store is sealed, a record without a seal was written by hand
/// with age or rage, or by someone outside the team who knows only the public keys
/// (in git). Every read names it, `audit` reports it as an error, and every command
/// refuses to write it (a write would seal it as a member's). Check it first: `crmfile
/// show ID` for what it says, `git log -p -- FILE` for who brought it in. If it is
/// genuine, accept it; if not, remove the file.
///
/// The record is sealed as it is: nothing in it changes.
///
/// Examples:
///   crmfile audit --format json | jq -r '.[] | select(.code == "unsealed") | .id'
///   crmfile show c-7k3m9q2x
///   crmfile accept c-7k3m9q2x
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer ids, or queries each matching exactly one customer
    #[arg(required = true, value_name = "ID")]
    pub queries: Vec<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let keyring = ctx.keyring()?;
    let _lock = ctx.lock()?;
    match keyring.seal_key().map(|k| k.required) {
        None => return Err(Error::new(fl!("error-accept-no-seal-key")).hint(fl!("hint-accept-no-seal-key"))),
        Some(false) => {
            return Err(Error::usage(fl!("error-accept-not-required")).hint(fl!("hint-accept-not-required")));
        }
        Some(true) => {}
    }
    let mut failed = 0usize;
    for query in &args.queries {
        if let Err(e) = accept(query, ctx) {
            ctx.report().error(&e);
            failed += 1;
        }
    }
    if failed > 0 {
        return Err(Error::new(fl!("error-not-accepted", count = failed)));
    }
    Ok(0)
}

/// Seals one record without a seal as it is.
fn accept(query: &str, ctx: &Ctx) -> Result<()> {
    let loaded = ctx.resolve(query, true)?;
    let id = loaded.customer.id.clone();
    if !ctx.keyring()?.flagged(&loaded.path) {
        ctx.status(fl!("status-accept-sealed", id = id));
        return Ok(());
    }
    ctx.accept_unsealed(&loaded.path);
    ctx.seal(&loaded.path, &loaded.customer, Mode::Replace, false)?;
    ctx.status(fl!(
        "status-accepted",
        id = id,
        name = loaded.customer.name.clone()
    ));
    Ok(())
}
