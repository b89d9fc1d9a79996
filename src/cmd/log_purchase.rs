//! `crmfile log-purchase`: append a transaction.

use rust_decimal::Decimal;

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::credit::{Ledger, due_date};
use crate::model::date::Date;
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Customer, Transaction};
use crate::model::when::parse_date;
use crate::ops::append;
use crate::ops::session::Session;

/// Record a purchase (or, with --refund, a refund) as an exact decimal amount.
///
/// A purchase is sold on account: it is owed until its due date, the customer's payment
/// terms (credit.terms, else the store's) after the purchase, and counts in the balance
/// until `log-payment` pays it. --paid records a cash sale. A purchase that takes the
/// balance over the customer's credit limit is refused with the figures; --force records
/// it anyway, marked in the record.
///
/// A refund is likewise booked to the account (a credit note, 红字冲销): it takes the
/// amount off what the customer owes, oldest due first, and what is left is credit on
/// account. --refund --paid records money paid back, which leaves the account as it is.
///
/// Examples:
///   crmfile log-purchase 张伟 --amount 25800.00 --product "R740 server" --quantity 2 --payment bank-transfer
///   crmfile log-purchase c-7k3m9q2x --amount 199 --currency USD --date 2026-10-03 --ref INV-1042
///   crmfile log-purchase 张伟 --refund --amount 1200 --product "R740 server" --ref RMA-7
///   crmfile log-purchase 张伟 --refund --amount 880 --paid --payment wechat-pay   (paid back)
///   crmfile log-purchase 张伟 --amount 880 --paid --payment wechat-pay           (cash sale)
///   crmfile log-purchase 张伟 --amount 300000 --force                            (over the limit)
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
    /// Amount as an exact decimal (25800.00, ¥25,800, 2.58万); negative only with --refund
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// This is a refund: the amount is stored negative and taken off what is owed (with
    /// --paid: paid back, the account left as it is)
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
    /// Paid at the sale (cash): nothing is owed; with --refund, the money was paid back
    #[arg(long)]
    #[serde(default)]
    pub paid: bool,
    /// Owed until this date [default: the purchase date + the payment terms]
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "paid"
    )]
    pub due: Option<String>,
    /// Record it even when it takes the balance over the credit limit, or (a refund) is
    /// more than the customer bought in all
    #[arg(long)]
    #[serde(default)]
    pub force: bool,
}

/// A checked purchase, and how it is to be booked.
pub struct Planned {
    t: Transaction,
    paid: bool,
    due: Option<chrono::NaiveDate>,
    force: bool,
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

fn build(e: Entry, ctx: &Session) -> Result<Planned> {
    let text = e
        .amount
        .ok_or_else(|| Error::usage(fl!("error-amount-required")))?;
    let amount: Decimal = crate::model::config::parse_money(&text)
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
        Some(t) => ctx.event_date("--date", t)?,
        None => ctx.today,
    };
    let due = match &e.due {
        Some(t) => Some(parse_date(t, ctx.today).map_err(|e| Error::usage(format!("--due: {e}")))?),
        None => None,
    };
    if e.refund && due.is_some() {
        return Err(Error::usage(fl!("error-refund-due")));
    }
    if let Some(due) = due
        && due < date
    {
        return Err(Error::usage(fl!(
            "error-due-before",
            due = due.to_string(),
            date = date.to_string()
        )));
    }
    let clean = |o: Option<String>| o.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let t = Transaction {
        id: new_id(IdKind::Transaction, &mut rand::rng()),
        date: Date(date),
        product: clean(e.product),
        quantity: e.quantity,
        amount,
        currency,
        payment: clean(e.payment),
        reference: clean(e.reference),
        due: None,
        over_limit: false,
    };
    Ok(Planned {
        t,
        paid: e.paid,
        due,
        force: e.force,
    })
}

fn apply(c: &mut Customer, p: Planned, session: &Session) -> Result<String> {
    let mut t = p.t;
    let config = &session.store()?.config;
    let refund = t.amount.is_sign_negative();
    // More refunded than was ever bought (in that currency) is a slip of the keyboard
    // far more often than a refund of purchases crmfile never saw.
    let bought: Decimal = c
        .transactions
        .iter()
        .filter(|x| x.currency == t.currency)
        .map(|x| x.amount)
        .sum();
    if refund && -t.amount > bought {
        let (amount, bought) = ((-t.amount).to_string(), bought.max(Decimal::ZERO).to_string());
        let (name, currency) = (c.name.clone(), t.currency.clone());
        unless_forced(
            p.force,
            session,
            Error::new(fl!(
                "error-refund-over-bought",
                name = name.clone(),
                amount = amount.clone(),
                bought = bought.clone(),
                currency = currency.clone()
            ))
            .hint(fl!("hint-refund-over-bought")),
            fl!(
                "warn-refund-over-bought",
                name = name,
                amount = amount,
                bought = bought,
                currency = currency
            ),
        )?;
    }
    if !p.paid {
        // A refund on account is credited on its day; a purchase is owed after the terms.
        let terms = c.credit.terms.unwrap_or(config.credit.terms);
        let due = match (refund, p.due) {
            (true, _) => t.date.0,
            (false, Some(due)) => due,
            (false, None) => due_date(t.date.0, terms),
        };
        t.due = Some(Date(due));
    }
    let before = Ledger::of(c, &config.currency, session.today);
    if t.due.is_some() {
        if t.currency != config.currency {
            session.warn(fl!(
                "warn-foreign-receivable",
                id = t.id.clone(),
                currency = t.currency.clone(),
                store = config.currency.clone()
            ));
            // The limit is in the store's currency: say that it could not be checked (a
            // refund is never checked against it).
            if let Some(limit) = c.credit.limit
                && !refund
            {
                session.warn(fl!(
                    "warn-limit-not-checked",
                    limit = limit.to_string(),
                    store = config.currency.clone()
                ));
            }
        } else if let Some(limit) = c.credit.limit
            && !refund
        {
            let before = before.balance;
            let after = before + t.amount;
            if after > limit {
                let (name, id) = (c.name.clone(), c.id.clone());
                let (limit, balance) = (limit.to_string(), before.to_string());
                let (amount, after) = (t.amount.to_string(), after.to_string());
                let currency = config.currency.clone();
                unless_forced(
                    p.force,
                    session,
                    Error::new(fl!(
                        "error-over-limit",
                        name = name.clone(),
                        id = id.clone(),
                        limit = limit.clone(),
                        balance = balance,
                        amount = amount,
                        after = after.clone(),
                        currency = currency.clone()
                    ))
                    .hint(fl!("hint-over-limit")),
                    fl!(
                        "warn-over-limit",
                        name = name,
                        id = id,
                        limit = limit,
                        after = after,
                        currency = currency
                    ),
                )?;
                t.over_limit = true;
            }
        }
    }
    let said = format!("{}\t{}", c.id, t.id);
    let credited = refund && t.due.is_some() && t.currency == config.currency;
    c.transactions.push(t);
    c.transactions.sort_by_key(|t| t.date);
    if credited {
        append::tell_balance(session, c, &before)?;
    }
    Ok(said)
}

/// What only `--force` records: refused with `refusal`, else recorded with `warning`.
fn unless_forced(force: bool, session: &Session, refusal: Error, warning: String) -> Result<()> {
    if !force {
        return Err(refusal);
    }
    session.warn(warning);
    Ok(())
}
