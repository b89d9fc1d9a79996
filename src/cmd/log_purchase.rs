//! `crmfile log-purchase`: append a transaction.

use rust_decimal::Decimal;

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Customer, Transaction};
use crate::model::when::parse_date;
use crate::ops::append;
use crate::ops::session::Session;

/// Record a purchase (or, with --refund, a refund) as an exact decimal amount.
///
/// Examples:
///   crmfile log-purchase 张伟 --amount 25800.00 --product "R740 server" --quantity 2 --payment bank-transfer
///   crmfile log-purchase c-7k3m9q2x --amount 199 --currency USD --date 2026-10-03 --ref INV-1042
///   crmfile log-purchase 张伟 --refund --amount 1200 --product "R740 server" --ref RMA-7
///   crmfile log-purchase --json - < orders.ndjson
///     (one object per line: {"customer":"ERP-00042","amount":"25800.00","product":"R740 server"})
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
    /// Amount as an exact decimal (25800.00); negative only with --refund
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// This is a refund: the amount is stored negative
    #[arg(long)]
    #[serde(default)]
    pub refund: bool,
    /// ISO 4217 currency code [default: the store's currency]
    #[arg(long)]
    pub currency: Option<String>,
    /// What was bought
    #[arg(long)]
    pub product: Option<String>,
    /// How many
    #[arg(long)]
    pub quantity: Option<u32>,
    /// When: 2026-10-03, yesterday, -2d… [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// How it was paid (bank-transfer, alipay, wechat-pay, cash, card…)
    #[arg(long, value_name = "METHOD")]
    pub payment: Option<String>,
    /// Invoice or order number
    #[arg(long = "ref", value_name = "R")]
    #[serde(rename = "ref")]
    pub reference: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    append::run(
        ctx,
        &mut std::io::stdout().lock(),
        args.query.as_deref(),
        args.json.as_deref(),
        args.entry,
        build,
        &apply,
    )
}

fn build(e: Entry, ctx: &Session) -> Result<Transaction> {
    let text = e
        .amount
        .ok_or_else(|| Error::usage(fl!("error-amount-required")))?;
    let amount: Decimal = crate::model::config::parse_decimal(&text)
        .ok_or_else(|| Error::usage(fl!("error-amount-not-decimal", text = text.clone())))?;
    let amount = match (e.refund, amount.is_sign_negative() && !amount.is_zero()) {
        (false, true) => {
            return Err(
                Error::usage(fl!("error-amount-negative", text = text.clone())).hint(fl!("hint-refund"))
            );
        }
        (true, _) => -amount.abs(),
        (false, false) => amount,
    };
    if amount.is_zero() {
        return Err(Error::usage(fl!("error-amount-zero")));
    }
    let currency = e.currency.map(|c| c.trim().to_uppercase()).unwrap_or_else(|| {
        ctx.store()
            .map(|s| s.config.currency.clone())
            .unwrap_or_else(|_| "CNY".into())
    });
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::usage(fl!("error-currency", currency = currency.clone())));
    }
    if e.quantity == Some(0) {
        return Err(Error::usage(fl!("error-quantity")));
    }
    let date = match &e.date {
        Some(t) => parse_date(t, ctx.today).map_err(|e| Error::usage(format!("--date: {e}")))?,
        None => ctx.today,
    };
    let clean = |o: Option<String>| o.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Transaction {
        id: new_id(IdKind::Transaction, &mut rand::rng()),
        date: Date(date),
        product: clean(e.product),
        quantity: e.quantity,
        amount,
        currency,
        payment: clean(e.payment),
        reference: clean(e.reference),
    })
}

fn apply(c: &mut Customer, t: Transaction, _: &Session) -> Result<String> {
    let said = format!("{}\t{}", c.id, t.id);
    c.transactions.push(t);
    c.transactions.sort_by_key(|t| t.date);
    Ok(said)
}
