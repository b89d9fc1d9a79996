//! `crmfile consent`: a customer's consent to a purpose, given or withdrawn.

use super::Ctx;
use crate::error::Result;
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Consent, ConsentStatus, Customer, Purpose};
use crate::ops::append;
use crate::ops::session::Session;

/// Record that a customer gave or withdrew consent to a use of their data (PIPL art. 13,
/// 14, 15; GDPR art. 6, 7), with what they were told (--scope), how (--channel) and where
/// the proof is (--evidence). Entries are kept, never overwritten: the latest one of a
/// purpose is what holds now. Marketing (holiday greetings, `export --purpose marketing`)
/// follows the store's `[consent] marketing` rule.
///
/// Examples:
///   crmfile consent 张伟 --purpose marketing --given --channel 微信 --scope "节日问候、新品通知" --evidence "聊天记录 2026-11-20"
///   crmfile consent 张伟 --purpose 营销 --withdrawn --channel 电话
///   crmfile consent 张伟 --purpose service --given --evidence "合同 HT-2026-042 第 9 条"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// What the data is used for: service, marketing, profiling, sharing, other
    #[arg(long)]
    pub purpose: Purpose,
    /// The customer agreed
    #[arg(long, conflicts_with = "withdrawn", required_unless_present = "withdrawn")]
    pub given: bool,
    /// The customer withdrew consent
    #[arg(long)]
    pub withdrawn: bool,
    /// What the customer was told and agreed to (目的、范围)
    #[arg(long)]
    pub scope: Option<String>,
    /// How: a signed form, WeChat, a web form, by phone…
    #[arg(long)]
    pub channel: Option<String>,
    /// Where the proof is: a form number, a file, a message (no personal data of others)
    #[arg(long)]
    pub evidence: Option<String>,
    /// When [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let date = match &args.date {
        Some(t) => ctx.event_date("--date", t)?,
        None => ctx.today,
    };
    let clean = |o: Option<String>| o.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let entry = Consent {
        id: new_id(IdKind::Consent, &mut rand::rng()),
        purpose: args.purpose,
        status: if args.withdrawn {
            ConsentStatus::Withdrawn
        } else {
            ConsentStatus::Given
        },
        date: Date(date),
        scope: clean(args.scope),
        channel: clean(args.channel),
        evidence: clean(args.evidence),
        by: ctx.actor(),
    };
    append::one(ctx, &mut *ctx.writer(), &args.query, entry, &apply)
}

fn apply(c: &mut Customer, entry: Consent, session: &Session) -> Result<String> {
    let said = format!("{}\t{}", c.id, entry.id);
    session.status(fl!(
        "status-consent",
        name = c.name.clone(),
        purpose = entry.purpose.label(),
        status = entry.status.label(),
        date = entry.date.to_string()
    ));
    c.consents.push(entry);
    c.consents.sort_by_key(|k| k.date);
    Ok(said)
}
