//! `crmfile move`: put customers in another folder (another access level).

use super::Ctx;
use crate::error::Result;
use crate::i18n::fl;
use crate::ops;

/// Move customers to another folder and encrypt them to that folder's recipients. A
/// folder is an access level: moving a customer to `vip` lets exactly the readers of
/// `vip` read it (see `crmfile recipients list`). The folder is made if missing.
///
/// Examples:
///   crmfile move 张伟 --folder vip
///   crmfile find --where class.tier=strategic --format ids | xargs crmfile move --folder vip
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer ids, or queries matching exactly one customer each
    #[arg(required = true)]
    pub query: Vec<String>,
    /// The folder to move them to, inside the store ("" for the root)
    #[arg(long, value_name = "F", required = true)]
    pub folder: String,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let dir = ctx.folder_arg(Some(&args.folder))?;
    let _lock = ctx.lock()?;
    let mut loaded = Vec::new();
    for q in &args.query {
        loaded.push(ctx.resolve_to_write(q, true)?);
    }
    let moved = ops::move_to::move_to(ctx, &loaded, &dir)?;
    for m in &moved {
        ctx.status(fl!(
            "status-moved",
            id = m.id.clone(),
            folder = ctx.rel(m.to.parent().unwrap_or(&dir))
        ));
    }
    Ok(0)
}
