//! `crmfile merge`: fold a duplicate into the record it duplicates.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::merge::merge;
use crate::model::record::Customer;
use crate::model::validate::{normalize_email, normalize_phone};
use crate::output;
use crate::store::{Mode, parse_record};

/// Fold a duplicate customer into the one to keep, then delete the duplicate.
///
/// Log entries (contacts, transactions, feedback, key people, dates) are united by id,
/// lists (phones, emails, tags…) are united, a field empty on one side takes the other's
/// value, and a field both have with different values takes the --prefer side. Prints
/// the kept id. `crmfile audit` lists likely duplicates.
///
/// Examples:
///   crmfile merge c-7k3m9q2x c-m2x8k4aa --yes
///   crmfile merge 张伟 "Zhang Wei" --prefer dup --yes
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The customer to keep (id or query)
    pub keep: String,
    /// The duplicate to fold in and delete (id or query)
    pub dup: String,
    /// Whose value wins where both have one
    #[arg(long, value_enum, default_value = "keep")]
    pub prefer: Prefer,
    /// Do not ask
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Prefer {
    Keep,
    Dup,
}

fn table(c: &Customer) -> Result<toml::Table> {
    match c.to_toml() {
        Ok(toml::Value::Table(t)) => Ok(t),
        _ => Err(Error::new(fl!("error-serialize", id = c.id.clone()))),
    }
}

/// `other` folded into `first`: empty fields filled, lists and logs united; where both
/// have a value, `first`'s stays. The result keeps `id_of`'s id and the earlier creation.
pub fn fold(first: &Customer, other: &Customer, id_of: &Customer) -> Result<Customer> {
    let (mut merged, _) = merge(None, &table(first)?, &table(other)?);
    merged.insert("id".into(), toml::Value::String(id_of.id.clone()));
    let text = zeroize::Zeroizing::new(
        toml::to_string(&merged).map_err(|e| Error::new(fl!("error-cannot-merge")).cause(e))?,
    );
    let mut c =
        parse_record(&text, true).map_err(|p| Error::new(fl!("error-merged-record", problem = p.shown())))?;
    c.created = first.created.min(other.created);
    // The same phone or email written two ways is one entry.
    let mut seen = std::collections::HashSet::new();
    c.contact
        .phones
        .retain(|p| seen.insert(normalize_phone(p).unwrap_or_else(|_| p.clone())));
    let mut seen = std::collections::HashSet::new();
    c.contact.emails.retain(|e| seen.insert(normalize_email(e)));
    Ok(c)
}

/// An incoming duplicate folded into the existing record (for `import --on-duplicate update`).
pub fn fold_into(existing: &Customer, incoming: &Customer) -> Result<Customer> {
    fold(existing, incoming, existing)
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let _lock = ctx.lock()?;
    let keep = ctx.resolve(&args.keep, true)?;
    let dup = ctx.resolve(&args.dup, true)?;
    if keep.customer.id == dup.customer.id {
        return Err(Error::usage(fl!(
            "error-same-customer",
            keep = args.keep.clone(),
            dup = args.dup.clone(),
            id = keep.customer.id.clone()
        )));
    }
    let (first, other) = match args.prefer {
        Prefer::Keep => (&keep.customer, &dup.customer),
        Prefer::Dup => (&dup.customer, &keep.customer),
    };
    let mut merged = fold(first, other, &keep.customer)?;
    merged.updated = ctx.timestamp().max(merged.created);
    let problems = crate::model::validate::validate(&merged, &ctx.store()?.config);
    if let Some(p) = problems.first() {
        return Err(
            Error::new(fl!("error-merged-invalid", problem = p.to_string())).hint(fl!("hint-fix-first"))
        );
    }
    output::confirm(
        &fl!(
            "ask-fold",
            dup = dup.customer.id.clone(),
            dup_name = dup.customer.name.clone(),
            keep = keep.customer.id.clone(),
            keep_name = keep.customer.name.clone()
        ),
        args.yes,
    )?;
    ctx.seal(&keep.path, &merged, Mode::Replace, false)?;
    std::fs::remove_file(&dup.path).map_err(|e| Error::io("delete", &dup.path, e))?;
    ctx.touch([dup.path.clone()]);
    ctx.status(fl!(
        "status-folded",
        dup = dup.customer.id.clone(),
        keep = keep.customer.id.clone()
    ));
    output::emit(&format!("{}\n", keep.customer.id))?;
    Ok(0)
}
