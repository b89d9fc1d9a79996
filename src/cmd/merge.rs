//! `crmfile merge`: fold a duplicate into the record it duplicates.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::output;
use crate::store::Mode;

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

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let keep = ctx.resolve_to_write(&args.keep, true)?;
    let dup = ctx.resolve_to_write(&args.dup, true)?;
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
    let merged = crate::ops::merge::fold(first, other, &keep.customer)?;
    // A link between the two would now point at the record itself.
    let mut merged = crate::ops::link::without_self_links(merged, &keep.customer.id, &dup.customer.id);
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
    // Asked without the lock held; the answer holds only for the records as they were.
    let _lock = ctx.lock()?;
    ctx.check_unchanged(&[&keep, &dup])?;
    // The duplicate's documents go to the kept record's folder first.
    crate::ops::attach::carry(ctx, &dup, &keep)?;
    ctx.seal(&keep.path, &merged, Mode::Replace, false)?;
    ctx.store()?.remove_record(&dup.path)?;
    ctx.touch([dup.path.clone()]);
    // The records linked to the duplicate point at the one kept now.
    let failed = crate::ops::link::repoint(ctx, &dup.customer, Some(&merged));
    if !failed.is_empty() {
        ctx.warn(fl!("warn-links-not-mended", ids = failed.join(", ")));
    }
    ctx.status(fl!(
        "status-folded",
        dup = dup.customer.id.clone(),
        keep = keep.customer.id.clone()
    ));
    ctx.emit(&format!("{}\n", keep.customer.id))?;
    Ok(0)
}
