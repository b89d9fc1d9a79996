//! `crmfile tag`: add and remove tags.

use crate::error::{Error, Result};
use crate::i18n::fl;

/// Add (+tag or tag) and remove (-tag) tags of one customer.
///
/// Examples:
///   crmfile tag 张伟 +vip -cold
///   crmfile find --owner li.na --format ids | xargs -I{} crmfile tag {} +q4-campaign
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// +TAG to add, -TAG to remove
    #[arg(required = true, allow_hyphen_values = true, value_name = "+TAG|-TAG")]
    pub changes: Vec<String>,
}

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let mut plan = Vec::new();
    for change in &args.changes {
        let (add, tag) = match change.strip_prefix('-') {
            Some(t) => (false, t),
            None => (true, change.strip_prefix('+').unwrap_or(change)),
        };
        let tag = tag.trim();
        if tag.is_empty() || tag.chars().any(|c| c.is_whitespace() || c == ',') {
            return Err(Error::usage(fl!("error-bad-tag", change = change.to_string())).hint(fl!("hint-tag")));
        }
        plan.push((add, tag.to_string()));
    }
    let _lock = ctx.lock()?;
    let loaded = ctx.resolve_to_write(&args.query, true)?;
    let mut c = loaded.customer.clone();
    for (add, tag) in plan {
        let present = c.tags.iter().position(|t| t.eq_ignore_ascii_case(&tag));
        match (add, present) {
            (true, None) => c.tags.push(tag),
            (false, Some(i)) => {
                c.tags.remove(i);
            }
            (false, None) => ctx.warn(fl!("warn-no-tag", id = c.id.clone(), tag = tag.to_string())),
            (true, Some(_)) => {}
        }
    }
    ctx.update_if_changed(&loaded, c, false)?;
    Ok(0)
}
