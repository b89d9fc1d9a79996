//! `crmfile link` and `crmfile unlink`: relations between customers, kept on both sides.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::record::Relation;
use crate::ops::link;

/// Record how two customers are related: B is A's --as (parent company, branch,
/// supplier, buyer, partner, referrer, referred, competitor). Both records get the link,
/// B's the inverse (A is B's branch when B is A's parent). `show` lists links by name;
/// `find --linked-to` follows them; `merge` and `forget` keep them consistent.
///
/// Examples:
///   crmfile link 星河上海分公司 北京星河科技有限公司 --as parent
///   crmfile link 张伟 李娜 --as 推荐人 --note "2025 展会上介绍"
///   crmfile find --linked-to 北京星河科技有限公司
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The customer the link is added to (id or query)
    pub a: String,
    /// The customer it points at (id or query)
    pub b: String,
    /// What B is to A
    #[arg(long = "as", value_name = "RELATION")]
    pub relation: Relation,
    /// A few words on the relation
    #[arg(long)]
    pub note: Option<String>,
}

/// Remove the link between two customers, on both sides.
///
/// Examples:
///   crmfile unlink 星河上海分公司 北京星河科技有限公司
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct UnlinkArgs {
    /// One customer (id or query)
    pub a: String,
    /// The other (id or query)
    pub b: String,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let _lock = ctx.lock()?;
    let a = ctx.resolve_to_write(&args.a, true)?;
    let b = ctx.resolve_to_write(&args.b, true)?;
    let note = args.note.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    link::link(ctx, &a, &b, args.relation, note)?;
    ctx.status(fl!(
        "status-linked",
        a = a.customer.name.clone(),
        b = b.customer.name.clone(),
        relation = args.relation.label()
    ));
    ctx.emit(&format!("{}\t{}\n", a.customer.id, b.customer.id))?;
    Ok(0)
}

pub fn run_unlink(args: UnlinkArgs, ctx: &Ctx) -> Result<u8> {
    let _lock = ctx.lock()?;
    let a = ctx.resolve_to_write(&args.a, true)?;
    let b = ctx.resolve_to_write(&args.b, true)?;
    if !link::unlink(ctx, &a, &b)? {
        return Err(Error::new(fl!(
            "error-not-linked",
            a = a.customer.id.clone(),
            b = b.customer.id.clone()
        )));
    }
    ctx.status(fl!(
        "status-unlinked",
        a = a.customer.id.clone(),
        b = b.customer.id.clone()
    ));
    Ok(0)
}
