//! The record and its rules: serde types and pure functions, no I/O.

pub mod audit;
pub mod classify;
pub mod config;
pub mod credit;
pub mod csv_cell;
pub mod date;
pub mod due;
pub mod fields;
pub mod id;
pub mod import;
pub mod lunar;
pub mod merge;
pub mod packed;
pub mod parts;
pub mod phone;
pub mod query;
pub mod record;
pub mod report;
pub mod sample;
pub mod sheet;
pub mod span;
pub mod texts;
pub mod unknown;
pub mod validate;
pub mod vcard;
pub mod when;
pub mod xlsx;

/// Small builders for the unit tests of this module's files.
#[cfg(test)]
pub(crate) mod testing {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::date::{Date, Timestamp};
    use super::record::*;

    pub fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A date-time with offset, `2026-11-20T15:00:00+08:00`.
    pub fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    /// A customer created 2026-01-10, with nothing but the required fields.
    pub fn customer() -> Customer {
        Customer::new(
            "c-7k3m9q2x".into(),
            "张伟".into(),
            ts("2026-01-10T09:00:00+08:00"),
        )
    }

    pub fn transaction(id: &str, date: &str, amount: &str, currency: &str) -> Transaction {
        Transaction {
            id: id.into(),
            date: Date(d(date)),
            product: None,
            quantity: None,
            amount: amount.parse::<Decimal>().unwrap(),
            currency: currency.into(),
            payment: None,
            reference: None,
            due: None,
            over_limit: false,
        }
    }

    pub fn contact(id: &str, at: &str) -> ContactEntry {
        ContactEntry {
            id: id.into(),
            at: ts(at),
            channel: Channel::Phone,
            direction: None,
            by: None,
            summary: "called".into(),
            outcome: None,
            next: None,
        }
    }

    pub fn feedback(id: &str, date: &str, kind: FeedbackKind, status: FeedbackStatus) -> Feedback {
        Feedback {
            id: id.into(),
            date: Date(d(date)),
            kind,
            rating: None,
            text: "late delivery".into(),
            status,
            resolved: None,
            resolution: None,
            handler: None,
            due: None,
            started: None,
            callback_due: None,
            callback_done: None,
            callback_note: None,
            callback_rating: None,
        }
    }

    pub fn person(id: &str, name: &str, birthday: Option<&str>) -> KeyPerson {
        KeyPerson {
            id: id.into(),
            name: name.into(),
            role: Role::DecisionMaker,
            birthday: birthday.map(|b| Date(d(b))),
            lunar_birthday: None,
            phone: None,
            email: None,
            notes: None,
        }
    }

    pub fn yearly(id: &str, label: &str, date: &str) -> ImportantDate {
        ImportantDate {
            id: id.into(),
            label: label.into(),
            date: Date(d(date)),
            lunar: None,
        }
    }
}
