//! `crmfile set`: change fields by dotted path.

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::fields::{self, Assignment};

/// Change fields of one customer: FIELD=VALUE, FIELD+=ITEM and FIELD-=ITEM for lists.
///
/// An empty value clears an optional field. Lists take comma-separated items. Every
/// assignment is checked, and the record is validated as a whole, before anything is
/// written; nothing changes if one of them is wrong.
///
/// Fields: name kind gender company title birthday lunar_birthday industry region size tags
/// owner source ref contact.phones contact.phones.KIND (mobile work home fax other)
/// contact.emails contact.wechat contact.qq contact.address preferences.channel
/// preferences.products preferences.notes class.tier class.lifecycle class.stage class.pin
/// follow_up.cadence follow_up.next credit.limit credit.rating credit.terms verified
/// extra.NAME; or each one's label (价值等级 for class.tier, 信用额度 for credit.limit)
///
/// Examples:
///   crmfile set 张伟 title=采购总监 company=北京星河科技有限公司
///   crmfile set c-7k3m9q2x contact.phones+="+86 139 1234 5678" follow_up.cadence=14d
///   crmfile set 张伟 class.stage=red follow_up.next=monday
///   crmfile set 张伟 contact.phones+=传真:010-6275-1235 contact.phones.work=010-6275-1234
///   crmfile set 张伟 contact.wechat=          (clears it)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// FIELD=VALUE, FIELD+=ITEM or FIELD-=ITEM
    #[arg(required = true, value_name = "FIELD=VALUE")]
    pub assignments: Vec<Assignment>,
    /// Write even if your identity could not read the record back
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let store = ctx.store()?;
    let _lock = ctx.lock()?;
    let loaded = ctx.resolve_to_write(&args.query, true)?;
    let mut c = loaded.customer.clone();
    for a in &args.assignments {
        fields::apply(&mut c, a, &store.config, ctx.today)
            .map_err(|e| Error::usage(format!("{}: {e}", a.field)).hint(fl!("hint-set-help")))?;
    }
    one_birthday(&args.assignments, &mut c, ctx);
    ctx.update_if_changed(&loaded, c, args.force)?;
    Ok(0)
}

/// A birthday is kept in one calendar: `birthday=农历八月十五` replaces a Gregorian one,
/// and a Gregorian day a lunar one, said on stderr. Setting `lunar_birthday` in the same
/// command keeps both, as does `birthday=` (which clears the Gregorian one only).
fn one_birthday(assignments: &[Assignment], c: &mut crate::model::record::Customer, ctx: &super::Ctx) {
    if assignments.iter().any(|a| a.field == "lunar_birthday") {
        return;
    }
    let Some(set) = assignments.iter().rev().find(|a| a.field == "birthday") else {
        return;
    };
    if fields::is_lunar(&set.value) {
        if let Some(old) = c.birthday.take() {
            ctx.status(fl!("status-birthday-replaced", old = old.to_string()));
        }
    } else if !set.value.trim().is_empty()
        && let Some(old) = c.lunar_birthday.take()
    {
        ctx.status(fl!("status-birthday-replaced", old = old.name()));
    }
}
