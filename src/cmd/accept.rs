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
/// The record is sealed as it is: nothing in it changes. One that is not valid (or does
/// not parse) is refused: `crmfile edit --accept ID` opens it to repair, and seals what
/// you save. An erased customer's file brought back by git is refused too.
///
/// Examples:
///   crmfile audit --format json | jq -r '.[] | select(.code == "unsealed") | .id'
///   crmfile show c-7k3m9q2x
///   crmfile accept c-7k3m9q2x
///   crmfile accept c-7k3m9q2x c-9hand0wr --yes
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer ids, or queries each matching exactly one customer
    #[arg(required = true, value_name = "ID")]
    pub queries: Vec<String>,
    /// Do not ask
    #[arg(long)]
    pub yes: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let keyring = ctx.keyring()?;
    match keyring.seal_key().map(|k| k.required) {
        None => return Err(Error::new(fl!("error-accept-no-seal-key")).hint(fl!("hint-accept-no-seal-key"))),
        Some(false) => {
            return Err(Error::usage(fl!("error-accept-not-required")).hint(fl!("hint-accept-not-required")));
        }
        Some(true) => {}
    }
    let mut failed = 0usize;
    for query in &args.queries {
        if let Err(e) = accept(query, args.yes, ctx) {
            ctx.report().error(&e);
            failed += 1;
        }
    }
    if failed > 0 {
        return Err(Error::new(fl!("error-not-accepted", count = failed)));
    }
    Ok(0)
}

/// Seals one record without a seal as it is, once the user said yes to what it is.
fn accept(query: &str, yes: bool, ctx: &Ctx) -> Result<()> {
    let loaded = ctx.resolve(query, true)?;
    let id = loaded.customer.id.clone();
    if !ctx.keyring()?.flagged(&loaded.path) {
        ctx.status(fl!("status-accept-sealed", id = id));
        return Ok(());
    }
    let store = ctx.store()?;
    let path = store.rel(&loaded.path).into_owned();
    // An erased customer brought back is not taken in again.
    use crate::store::erasures::Erasures;
    if Erasures::load(&store.state_dir())?.of_id(&id).is_some() {
        return Err(Erasures::present_error(&id, &path));
    }
    // Sealed as it is, it must be a record the store can keep.
    let problems = crate::model::validate::validate(&loaded.customer, &store.config);
    if !problems.is_empty() {
        let mut e = Error::new(fl!("error-accept-invalid", id = id.clone()));
        for p in problems {
            e = e.cause(p);
        }
        return Err(e.hint(fl!("hint-accept-invalid", id = id)));
    }
    let c = &loaded.customer;
    crate::output::confirm(
        &fl!(
            "ask-accept",
            id = id.clone(),
            name = c.name.clone(),
            path = path.clone(),
            by = c.updated_by.clone().unwrap_or_else(|| "-".into()),
            updated = c.updated.to_string()
        ),
        yes,
    )?;
    // Asked without the lock held; the answer holds only for the record as it was.
    let _lock = ctx.lock()?;
    ctx.check_unchanged(&[&loaded])?;
    ctx.accept_unsealed(&loaded.path);
    ctx.seal(&loaded.path, &loaded.customer, Mode::Replace, false)?;
    ctx.status(fl!(
        "status-accepted",
        id = id,
        name = loaded.customer.name.clone()
    ));
    Ok(())
}
