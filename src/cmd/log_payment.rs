//! `crmfile log-payment`: money received from a customer (缴费记录).

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::credit::Ledger;
use crate::model::date::Date;
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Customer, Payment};
use crate::ops::append;
use crate::ops::session::Session;

/// Record money received. It pays the purchase named with --for first, then the oldest
/// purchases on account; what is more than the customer owes is kept as credit on account
/// (and said so). Prints the customer and payment ids; the new balance goes to stderr.
///
/// Examples:
///   crmfile log-payment 张伟 --amount 25800.00 --method bank-transfer --ref 回单-0042
///   crmfile log-payment 张伟 --amount 5000 --for t-3k9m2x7q
///   crmfile log-payment --json - < receipts.ndjson
///     (one object per line: {"customer":"ERP-00042","amount":"5000.00","date":"2026-11-20"})
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: Option<String>,
    #[command(flatten)]
    pub entry: Entry,
    /// Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref
    #[arg(long, value_name = "-")]
    pub json: Option<String>,
}

#[derive(Debug, Default, clap::Args, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Amount received, an exact decimal more than zero (5000, 5000.00, ¥5,000, 0.5万)
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// ISO 4217 currency code [default: the store's currency]
    #[arg(long)]
    pub currency: Option<String>,
    /// When: 2026-10-03, yesterday, -2d… [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// The purchase (t-…) this pays first, as `show` lists it
    #[arg(long = "for", value_name = "PURCHASE")]
    #[serde(rename = "for")]
    pub applies_to: Option<String>,
    /// How it was paid (bank-transfer, alipay, wechat-pay, cash…)
    #[arg(long, value_name = "METHOD")]
    pub method: Option<String>,
    /// Receipt or bank reference
    #[arg(long = "ref", value_name = "R")]
    #[serde(rename = "ref")]
    pub reference: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    append::run(
        ctx,
        &mut *ctx.writer(),
        args.query.as_deref(),
        args.json.as_deref(),
        args.entry,
        build,
        &apply,
    )
}

fn build(e: Entry, session: &Session) -> Result<Payment> {
    let text = e
        .amount
        .ok_or_else(|| Error::usage(fl!("error-amount-required")))?;
    let amount = crate::model::config::parse_money(&text)
        .ok_or_else(|| Error::usage(fl!("error-amount-not-decimal", text = text.clone())))?;
    if amount <= rust_decimal::Decimal::ZERO {
        return Err(Error::usage(fl!("error-payment-positive", text = text.clone())));
    }
    let currency = match e.currency {
        Some(c) => c.trim().to_uppercase(),
        None => session.store()?.config.currency.clone(),
    };
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::usage(fl!("error-currency", currency = currency.clone())));
    }
    let date = match &e.date {
        Some(t) => session.event_date("--date", t)?,
        None => session.today,
    };
    let clean = |o: Option<String>| o.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let applies_to = clean(e.applies_to);
    if let Some(t) = &applies_to
        && !crate::model::id::is_id(IdKind::Transaction, t)
    {
        return Err(Error::usage(fl!("error-not-purchase-id", id = t.clone())));
    }
    Ok(Payment {
        id: new_id(IdKind::Payment, &mut rand::rng()),
        date: Date(date),
        amount,
        currency,
        applies_to,
        method: clean(e.method),
        reference: clean(e.reference),
        by: session.actor(),
    })
}

fn apply(c: &mut Customer, p: Payment, session: &Session) -> Result<String> {
    let config = &session.store()?.config;
    if let Some(t) = &p.applies_to
        && !c.transactions.iter().any(|x| &x.id == t)
    {
        return Err(
            Error::new(fl!("error-no-purchase", id = c.id.clone(), entry = t.clone()))
                .hint(fl!("hint-show-purchases", id = c.id.clone())),
        );
    }
    // A payment for a purchase pays what is open of it: a cash sale, a refund or a
    // purchase paid off has nothing to pay.
    if let Some(t) = &p.applies_to
        && !Ledger::of(c, &p.currency, session.today)
            .open
            .iter()
            .any(|o| &o.id == t)
    {
        return Err(Error::new(fl!("error-purchase-not-open", entry = t.clone()))
            .hint(fl!("hint-pay-oldest", id = c.id.clone())));
    }
    let foreign = p.currency != config.currency;
    let before = Ledger::of(c, &config.currency, session.today);
    let said = format!("{}\t{}", c.id, p.id);
    if foreign {
        session.warn(fl!(
            "warn-foreign-receivable",
            id = p.id.clone(),
            currency = p.currency.clone(),
            store = config.currency.clone()
        ));
    }
    c.payments.push(p);
    c.payments.sort_by_key(|p| p.date);
    if foreign {
        return Ok(said);
    }
    append::tell_balance(session, c, &before)?;
    Ok(said)
}
