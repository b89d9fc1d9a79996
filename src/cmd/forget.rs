//! `crmfile forget`: erase a customer (the right to erasure), or every customer past the
//! retention period.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops::forget;
use crate::output;

/// Erase a customer: delete the record and leave a tombstone without personal data (id,
/// date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that
/// adding or importing the same person again is refused unless --force. The hashes are
/// keyed with .crmfile/erasure-key.age, which only the store's members can open.
///
/// --expired erases, in one run, every customer whose last activity (contact, purchase,
/// payment or feedback; not being imported or edited) is longer ago than the store's
/// retention.days: they are listed first, then asked about once (or --yes).
///
/// Git history still holds the encrypted file: to erase it there too, rewrite the
/// history (README: "Removing someone") and have every clone re-cloned.
///
/// Examples:
///   crmfile forget c-7k3m9q2x --reason "erasure request 2026-11-20 (PIPL art. 47)" --yes
///   crmfile forget 张伟 --reason "retention period passed"
///   crmfile forget --expired                       (lists them, then asks)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    #[arg(required_unless_present = "expired", conflicts_with = "expired")]
    pub query: Option<String>,
    /// Every customer past the retention period since its last activity
    #[arg(long)]
    pub expired: bool,
    /// Why (kept in the tombstone; write no personal data here) [default with --expired:
    /// the retention period]
    #[arg(long, required_unless_present = "expired")]
    pub reason: Option<String>,
    /// Do not ask
    #[arg(long)]
    pub yes: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let reason = args
        .reason
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_string();
    match &args.query {
        Some(query) => one(query, &reason, args.yes, ctx),
        None => expired(reason, args.yes, ctx),
    }
}

fn one(query: &str, reason: &str, yes: bool, ctx: &Ctx) -> Result<u8> {
    if reason.is_empty() {
        return Err(Error::usage(fl!("error-reason-required")));
    }
    let loaded = ctx.resolve_to_write(query, false)?;
    let c = &loaded.customer;
    output::confirm(&fl!("ask-erase", id = c.id.clone(), name = c.name.clone()), yes)?;
    // Asked without the lock held; the answer holds only for the record as it was.
    let _lock = ctx.lock()?;
    ctx.check_unchanged(&[&loaded])?;
    forget::erase(ctx, std::slice::from_ref(&loaded), reason)?;
    ctx.status(fl!("status-erased", id = c.id.clone()));
    ctx.warn(fl!("warn-erased-copies"));
    Ok(0)
}

fn expired(reason: String, yes: bool, ctx: &Ctx) -> Result<u8> {
    let store = ctx.store()?;
    let Some(days) = store.config.retention.days else {
        return Err(Error::usage(fl!("error-no-retention")).hint(fl!("hint-no-retention")));
    };
    let reason = if reason.is_empty() {
        fl!("reason-retention", days = days.to_string())
    } else {
        reason
    };
    let (list, errors) = forget::expired_customers(ctx)?;
    if !errors.is_empty() {
        // A record that cannot be read cannot be judged: nothing is erased.
        ctx.report_file_errors(&errors);
        return Err(Error::new(fl!("error-expired-unreadable", count = errors.len())));
    }
    if list.is_empty() {
        ctx.status(fl!("status-none-expired", days = days.to_string()));
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|e| vec![e.id.clone(), e.name.clone(), e.last.to_string()])
        .collect();
    ctx.status(fl!("status-expired", count = list.len(), days = days.to_string()));
    eprint!(
        "{}",
        output::table(
            &[fl!("col-id"), fl!("col-name"), fl!("col-last-activity")],
            &rows,
            ctx.color
        )
    );
    output::confirm(&fl!("ask-erase-expired", count = list.len()), yes)?;
    let _lock = ctx.lock()?;
    let mut records = Vec::with_capacity(list.len());
    for e in &list {
        let loaded = ctx.load(&e.path, false).map_err(|err| ctx.file_error(err))?;
        // Changed since the list was shown (a new contact, say): not past retention any
        // more, so not erased.
        if crate::model::audit::expired(&loaded.customer, &store.config, ctx.today).is_none() {
            ctx.warn(fl!("warn-no-longer-expired", id = e.id.clone()));
            continue;
        }
        records.push(loaded);
    }
    forget::erase(ctx, &records, &reason)?;
    ctx.status(fl!("status-erased-count", count = records.len()));
    ctx.warn(fl!("warn-erased-copies"));
    Ok(0)
}
