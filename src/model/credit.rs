//! Receivables (欠费记录) from purchases on account and payments (缴费记录): what a
//! customer owes, what is overdue, and how old it is. Exact decimals throughout; entries
//! in another currency than the store's are left out and counted.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::record::Customer;
use super::report::{decimal_opt, decimal_str};
use super::texts::Listed;

/// One purchase on account with what is still open of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OpenItem {
    pub id: String,
    pub date: NaiveDate,
    pub due: NaiveDate,
    #[serde(serialize_with = "decimal_str")]
    pub amount: Decimal,
    #[serde(serialize_with = "decimal_str")]
    pub open: Decimal,
}

/// Age buckets of what is open, by days since the purchase (账龄): 0–30, 31–60, 61–90,
/// over 90.
pub const BUCKETS: [&str; 4] = ["0-30", "31-60", "61-90", "90+"];

/// A customer's account in the store's currency.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Ledger {
    /// What is owed now: open purchases less credit on account (negative: the customer
    /// has paid ahead).
    #[serde(serialize_with = "decimal_str")]
    pub balance: Decimal,
    /// Open amounts past their due date.
    #[serde(serialize_with = "decimal_str")]
    pub overdue: Decimal,
    /// Money received that no open purchase took (credit on account).
    #[serde(serialize_with = "decimal_str")]
    pub credit: Decimal,
    /// Purchases on account still (partly) open, oldest due first.
    pub open: Vec<OpenItem>,
    /// Open amounts by age bucket ([`BUCKETS`]).
    #[serde(serialize_with = "decimal_array")]
    pub aging: [Decimal; 4],
    /// The oldest due date among open purchases.
    pub oldest_due: Option<NaiveDate>,
    /// Purchases on account and payments in another currency, left out.
    pub foreign: usize,
}

fn decimal_array<S: serde::Serializer>(a: &[Decimal; 4], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(4))?;
    for (k, v) in BUCKETS.iter().zip(a) {
        map.serialize_entry(k, &v.to_string())?;
    }
    map.end()
}

/// The bucket of an amount open since `date`.
pub fn bucket(date: NaiveDate, today: NaiveDate) -> usize {
    match (today - date).num_days() {
        ..=30 => 0,
        31..=60 => 1,
        61..=90 => 2,
        _ => 3,
    }
}

impl Ledger {
    /// True when there is nothing on account: no open purchase and no credit.
    pub fn is_empty(&self) -> bool {
        self.open.is_empty() && self.credit.is_zero()
    }

    /// The account of `c` in `currency` on `today`. Payments naming a purchase go to it
    /// first; everything else settles the oldest due purchases first; a refund on
    /// account counts as money received.
    pub fn of(c: &Customer, currency: &str, today: NaiveDate) -> Ledger {
        let mut foreign = 0;
        let mut open: Vec<OpenItem> = Vec::new();
        let mut pool = Decimal::ZERO;
        for t in &c.transactions {
            let Some(due) = t.due else { continue };
            if t.currency != currency {
                foreign += 1;
                continue;
            }
            if t.amount.is_sign_negative() {
                pool += -t.amount;
            } else if !t.amount.is_zero() {
                open.push(OpenItem {
                    id: t.id.clone(),
                    date: t.date.0,
                    due: due.0,
                    amount: t.amount,
                    open: t.amount,
                });
            }
        }
        open.sort_by(|a, b| (a.due, a.date, &a.id).cmp(&(b.due, b.date, &b.id)));
        for p in &c.payments {
            if p.currency != currency {
                foreign += 1;
                continue;
            }
            let mut left = p.amount;
            if let Some(item) = p
                .applies_to
                .as_deref()
                .and_then(|id| open.iter_mut().find(|i| i.id == id))
            {
                let take = left.min(item.open);
                item.open -= take;
                left -= take;
            }
            pool += left;
        }
        for item in &mut open {
            let take = pool.min(item.open);
            item.open -= take;
            pool -= take;
        }
        open.retain(|i| !i.open.is_zero());
        let mut ledger = Ledger {
            credit: pool,
            foreign,
            ..Ledger::default()
        };
        for item in &open {
            ledger.balance += item.open;
            if item.due < today {
                ledger.overdue += item.open;
            }
            ledger.aging[bucket(item.date, today)] += item.open;
        }
        ledger.balance -= pool;
        ledger.oldest_due = open.iter().map(|i| i.due).min();
        ledger.open = open;
        ledger
    }
}

/// Receivables of many customers added up: totals per age bucket, per customer and per
/// account manager, for `report --receivables`.
#[derive(Debug, Default, Serialize)]
pub struct Receivables {
    pub today: Option<NaiveDate>,
    pub currency: String,
    #[serde(serialize_with = "decimal_str")]
    pub total: Decimal,
    #[serde(serialize_with = "decimal_str")]
    pub overdue: Decimal,
    #[serde(serialize_with = "decimal_array")]
    pub aging: [Decimal; 4],
    /// Every customer who owes, largest debts first once [`Receivables::finish`]ed: kept
    /// in parts (at a million customers, 384,631 owe).
    pub customers: super::parts::Parts<CustomerDebt>,
    pub owners: BTreeMap<String, OwnerDebt>,
}

/// One customer who owes. Its texts are kept in one allocation ([`Listed`]): a large
/// store keeps hundreds of thousands of these at once (384,631 of a million).
#[derive(Debug)]
pub struct CustomerDebt {
    pub who: Listed,
    pub balance: Decimal,
    pub overdue: Decimal,
    pub aging: [Decimal; 4],
    pub oldest_due: Option<NaiveDate>,
    pub limit: Option<Decimal>,
}

/// A [`CustomerDebt`] as written: its texts as fields of their own, in this order.
#[derive(Serialize)]
struct DebtFields<'a> {
    id: &'a str,
    name: &'a str,
    company: Option<&'a str>,
    owner: Option<&'a str>,
    phone: Option<&'a str>,
    #[serde(serialize_with = "decimal_str")]
    balance: Decimal,
    #[serde(serialize_with = "decimal_str")]
    overdue: Decimal,
    #[serde(serialize_with = "decimal_array")]
    aging: [Decimal; 4],
    oldest_due: Option<NaiveDate>,
    #[serde(serialize_with = "decimal_opt")]
    limit: Option<Decimal>,
}

impl Serialize for CustomerDebt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let who = &self.who;
        DebtFields {
            id: who.id(),
            name: who.name(),
            company: who.company(),
            owner: who.owner(),
            phone: who.phone(),
            balance: self.balance,
            overdue: self.overdue,
            aging: self.aging,
            oldest_due: self.oldest_due,
            limit: self.limit,
        }
        .serialize(s)
    }
}

#[derive(Debug, Default, Serialize)]
pub struct OwnerDebt {
    pub customers: usize,
    #[serde(serialize_with = "decimal_str")]
    pub balance: Decimal,
    #[serde(serialize_with = "decimal_str")]
    pub overdue: Decimal,
    #[serde(serialize_with = "decimal_array")]
    pub aging: [Decimal; 4],
}

impl Receivables {
    pub fn new(currency: &str, today: NaiveDate) -> Receivables {
        Receivables {
            today: Some(today),
            currency: currency.to_string(),
            ..Receivables::default()
        }
    }

    /// Counts one customer that owes something.
    pub fn add(&mut self, c: &Customer, ledger: &Ledger) {
        if ledger.balance <= Decimal::ZERO {
            return;
        }
        self.total += ledger.balance;
        self.overdue += ledger.overdue;
        let owner = self
            .owners
            .entry(c.owner.clone().unwrap_or_else(|| "-".into()))
            .or_default();
        owner.customers += 1;
        owner.balance += ledger.balance;
        owner.overdue += ledger.overdue;
        for i in 0..4 {
            self.aging[i] += ledger.aging[i];
            owner.aging[i] += ledger.aging[i];
        }
        self.customers.push(CustomerDebt {
            who: Listed::of(c),
            balance: ledger.balance,
            overdue: ledger.overdue,
            aging: ledger.aging,
            oldest_due: ledger.oldest_due,
            limit: c.credit.limit,
        });
    }

    /// Largest debts first.
    pub fn finish(mut self) -> Receivables {
        self.customers
            .sort_by(|a, b| (b.overdue, b.balance, a.who.id()).cmp(&(a.overdue, a.balance, b.who.id())));
        self
    }
}

/// Another share of the same store's debts (counted by another thread): the customers are
/// put in order by [`Receivables::finish`].
impl crate::per_thread::Merge for Receivables {
    fn merge(&mut self, other: Receivables) {
        self.total += other.total;
        self.overdue += other.overdue;
        for (into, from) in self.aging.iter_mut().zip(other.aging) {
            *into += from;
        }
        self.customers.append(other.customers);
        for (name, o) in other.owners {
            let into = self.owners.entry(name).or_default();
            into.customers += o.customers;
            into.balance += o.balance;
            into.overdue += o.overdue;
            for (a, b) in into.aging.iter_mut().zip(o.aging) {
                *a += b;
            }
        }
    }
}

/// The due date of a purchase on `date` with `terms` days to pay.
pub fn due_date(date: NaiveDate, terms: u32) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(u64::from(terms)))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;
    use crate::model::record::{Payment, Transaction};
    use crate::model::testing::{customer, d, transaction};

    /// A customer who owes is written with its texts first, in this order, and the texts
    /// and limit it lacks as null.
    #[test]
    fn a_debt_is_written_field_by_field() {
        let mut c = crate::model::testing::customer();
        c.company = None;
        c.owner = Some("wang".into());
        c.contact.phones.clear();
        let debt = CustomerDebt {
            who: Listed::of(&c),
            balance: Decimal::new(12050, 2),
            overdue: Decimal::ZERO,
            aging: [
                Decimal::new(12050, 2),
                Decimal::ZERO,
                Decimal::ZERO,
                Decimal::ZERO,
            ],
            oldest_due: None,
            limit: None,
        };
        assert_eq!(
            serde_json::to_value(&debt).unwrap().to_string(),
            format!(
                r#"{{"id":"{}","name":"{}","company":null,"owner":"wang","phone":null,"balance":"120.50","overdue":"0","aging":{{"0-30":"120.50","31-60":"0","61-90":"0","90+":"0"}},"oldest_due":null,"limit":null}}"#,
                c.id, c.name
            )
        );
    }

    fn on_account(id: &str, date: &str, due: &str, amount: &str) -> Transaction {
        let mut t = transaction(id, date, amount, "CNY");
        t.due = Some(Date(d(due)));
        t
    }

    fn payment(id: &str, date: &str, amount: &str, applies_to: Option<&str>) -> Payment {
        Payment {
            id: id.into(),
            date: Date(d(date)),
            amount: amount.parse().unwrap(),
            currency: "CNY".into(),
            applies_to: applies_to.map(String::from),
            method: None,
            reference: None,
            by: None,
        }
    }

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn receivables_counted_apart_and_merged_are_the_same() {
        use crate::per_thread::Merge;
        let today = d("2026-11-22");
        let debtors: Vec<(Customer, Ledger)> = (0..9)
            .map(|i| {
                let mut c = customer();
                c.id = format!("c-0000000{i}");
                c.owner = ["wang", "li.na", ""][i % 3].to_string().into();
                c.owner = c.owner.filter(|o| !o.is_empty());
                let due = ["2026-06-01", "2026-10-30", "2026-12-30"][i % 3];
                c.transactions.push(on_account(
                    "t-00000001",
                    "2026-05-01",
                    due,
                    &format!("{}.25", 100 + i),
                ));
                let l = Ledger::of(&c, "CNY", today);
                (c, l)
            })
            .collect();
        let json = |r: Receivables| serde_json::to_string(&r.finish()).unwrap();
        let mut whole = Receivables::new("CNY", today);
        debtors.iter().for_each(|(c, l)| whole.add(c, l));
        let whole = json(whole);
        for first in [0, 1] {
            let mut parts = [0, 1].map(|_| Receivables::new("CNY", today));
            for (i, (c, l)) in debtors.iter().enumerate() {
                parts[(i + first) % 2].add(c, l);
            }
            let [mut a, b] = parts;
            a.merge(b);
            assert_eq!(json(a), whole);
        }
    }

    #[test]
    fn payments_settle_the_oldest_due_purchase_first() {
        let mut c = customer();
        c.transactions
            .push(on_account("t-00000002", "2026-09-01", "2026-10-01", "300.00"));
        c.transactions
            .push(on_account("t-00000001", "2026-08-01", "2026-09-01", "200.00"));
        c.payments
            .push(payment("r-00000001", "2026-10-05", "250.00", None));
        let l = Ledger::of(&c, "CNY", d("2026-11-01"));
        assert_eq!(l.open.len(), 1);
        assert_eq!(
            (l.open[0].id.as_str(), l.open[0].open),
            ("t-00000002", dec("250.00"))
        );
        assert_eq!(l.balance, dec("250.00"));
        assert_eq!(l.overdue, dec("250.00"));
        assert_eq!(l.oldest_due, Some(d("2026-10-01")));
    }

    #[test]
    fn a_payment_naming_a_purchase_pays_it_first() {
        let mut c = customer();
        c.transactions
            .push(on_account("t-00000001", "2026-08-01", "2026-09-01", "200"));
        c.transactions
            .push(on_account("t-00000002", "2026-09-01", "2026-12-01", "300"));
        c.payments
            .push(payment("r-00000001", "2026-10-05", "350", Some("t-00000002")));
        let l = Ledger::of(&c, "CNY", d("2026-11-01"));
        // 300 to the named one, the other 50 to the oldest.
        assert_eq!(l.open.len(), 1);
        assert_eq!(
            (l.open[0].id.as_str(), l.open[0].open),
            ("t-00000001", dec("150"))
        );
        assert_eq!(l.overdue, dec("150"));
    }

    #[test]
    fn paying_more_than_is_open_leaves_credit_on_account() {
        let mut c = customer();
        c.transactions
            .push(on_account("t-00000001", "2026-08-01", "2026-09-01", "100"));
        c.payments
            .push(payment("r-00000001", "2026-10-05", "160.50", None));
        let l = Ledger::of(&c, "CNY", d("2026-11-01"));
        assert!(l.open.is_empty());
        assert_eq!(l.credit, dec("60.50"));
        assert_eq!(l.balance, dec("-60.50"));
        // A later purchase takes the credit.
        c.transactions
            .push(on_account("t-00000002", "2026-10-10", "2026-11-10", "100"));
        let l = Ledger::of(&c, "CNY", d("2026-11-01"));
        assert_eq!(l.balance, dec("39.50"));
        assert_eq!(l.overdue, Decimal::ZERO);
    }

    #[test]
    fn cash_sales_and_other_currencies_stay_out_of_the_balance() {
        let mut c = customer();
        c.transactions
            .push(transaction("t-00000001", "2026-08-01", "999", "CNY"));
        let mut usd = on_account("t-00000002", "2026-08-01", "2026-09-01", "50");
        usd.currency = "USD".into();
        c.transactions.push(usd);
        let l = Ledger::of(&c, "CNY", d("2026-11-01"));
        assert!(l.is_empty());
        assert_eq!(l.foreign, 1);
    }

    #[test]
    fn open_amounts_are_aged_by_days_since_the_purchase() {
        let mut c = customer();
        for (id, date) in [
            ("t-00000001", "2026-10-20"),
            ("t-00000002", "2026-09-20"),
            ("t-00000003", "2026-08-20"),
            ("t-00000004", "2026-01-20"),
        ] {
            c.transactions.push(on_account(id, date, date, "10"));
        }
        let l = Ledger::of(&c, "CNY", d("2026-11-01"));
        assert_eq!(l.aging, [dec("10"), dec("10"), dec("10"), dec("10")]);
        assert_eq!(bucket(d("2026-10-02"), d("2026-11-01")), 0);
        assert_eq!(bucket(d("2026-10-01"), d("2026-11-01")), 1);
    }

    #[test]
    fn a_due_date_is_the_terms_after_the_purchase() {
        assert_eq!(due_date(d("2026-01-31"), 30), d("2026-03-02"));
        assert_eq!(due_date(d("2026-01-31"), 0), d("2026-01-31"));
    }
}
