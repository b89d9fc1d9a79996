//! `crmfile forget`: erase a customer (the right to erasure).

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::query::dedup_keys;
use crate::output;
use crate::store::erasures::Erasures;

/// Erase a customer: delete the record and leave a tombstone without personal data (id,
/// date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that
/// adding or importing the same person again is refused unless --force. The hashes are
/// keyed with .crmfile/erasure-key.age, which only the store's members can open.
///
/// Git history still holds the encrypted file: to erase it there too, rewrite the
/// history (README: "Removing someone") and have every clone re-cloned.
///
/// Examples:
///   crmfile forget c-7k3m9q2x --reason "erasure request 2026-11-20 (PIPL art. 47)" --yes
///   crmfile forget 张伟 --reason "retention period passed"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// Why (kept in the tombstone; write no personal data here)
    #[arg(long)]
    pub reason: String,
    /// Do not ask
    #[arg(long)]
    pub yes: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let reason = args.reason.trim();
    if reason.is_empty() {
        return Err(Error::usage(fl!("error-reason-required")));
    }
    let store = ctx.store()?;
    let loaded = ctx.resolve(&args.query, false)?;
    let c = &loaded.customer;
    output::confirm(
        &fl!("ask-erase", id = c.id.clone(), name = c.name.clone()),
        args.yes,
    )?;
    // Asked without the lock held; the answer holds only for the record as it was.
    let _lock = ctx.lock()?;
    ctx.check_unchanged(&[&loaded])?;
    let keyring = ctx.keyring()?;
    let mut erasures = Erasures::open(&store.state_dir(), keyring)?;
    // The erasure key is sealed to the root's recipients, as trusted.
    let recipients = ctx.recipients_for_write(&store.root)?;
    let written = erasures.add(
        &c.id,
        Date(ctx.today),
        reason,
        &dedup_keys(c),
        &recipients.1,
        &keyring.public_keys,
    )?;
    erasures.save()?;
    ctx.touch(written);
    store.remove_record(&loaded.path)?;
    // The index caches of this folder held the customer too: they go now, not at the next
    // read (they are rebuilt then).
    store.drop_indexes();
    ctx.touch([loaded.path.clone(), store.state_dir().join("erasures.toml")]);
    ctx.status(fl!("status-erased", id = c.id.clone()));
    ctx.warn(fl!("warn-erased-copies"));
    Ok(0)
}
