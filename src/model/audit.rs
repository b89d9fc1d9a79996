//! Audit findings about one record's content: data quality and retention. Checks of
//! files, keys and permissions live with the command, which owns the I/O.

use chrono::NaiveDate;
use serde::Serialize;

use super::config::Config;
use rust_decimal::Decimal;

use super::record::{Customer, FeedbackKind, Purpose};
use super::span::Span;
use super::validate::{validate, validate_in};
use crate::i18n::{Both, Lang, both};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// One thing audit found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// Stable, for scripts: `invalid-field`, `no-contact`, …
    pub code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub message: String,
    pub hint: String,
    /// `message` and `hint` in the language of this run where they differ from English
    /// (empty otherwise), for the table; JSON keeps English. Read through
    /// [`Finding::shown_message`] and [`Finding::shown_hint`].
    #[serde(skip)]
    pub shown: Both,
}

/// A finding's text: the same in both languages (a path, a library's message), or made
/// by [`both!`] from one catalog entry.
pub struct Text(Both);

impl From<Both> for Text {
    fn from(both: Both) -> Text {
        Text(both)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text((text, String::new()))
    }
}

impl Finding {
    pub fn new(
        severity: Severity,
        code: &'static str,
        message: impl Into<Text>,
        hint: impl Into<Text>,
    ) -> Finding {
        let (Text((message, shown_message)), Text((hint, shown_hint))) = (message.into(), hint.into());
        // Kept only where it differs from the English (memory, at 100,000 findings).
        let differs = |english: &String, shown: String| if shown == *english { String::new() } else { shown };
        let shown = (differs(&message, shown_message), differs(&hint, shown_hint));
        Finding {
            severity,
            code,
            id: None,
            path: None,
            message,
            hint,
            shown,
        }
    }

    /// The message in the language of this run.
    pub fn shown_message(&self) -> &str {
        crate::i18n::shown(&self.message, &self.shown.0)
    }

    /// The hint in the language of this run.
    pub fn shown_hint(&self) -> &str {
        crate::i18n::shown(&self.hint, &self.shown.1)
    }
    pub fn record(mut self, id: &str, path: &str) -> Finding {
        self.id = Some(id.to_string());
        self.path = Some(path.to_string());
        self
    }
}

/// The last day something happened with the customer: a contact, a purchase, a payment,
/// feedback. Creating, importing or updating the record is not activity: a customer
/// migrated from another system counts from its last real dealing. The creation date
/// only when nothing ever happened.
pub fn last_activity(c: &Customer) -> NaiveDate {
    let dealings = c
        .contacts
        .iter()
        .map(|k| k.at.date())
        .chain(c.transactions.iter().map(|t| t.date.0))
        .chain(c.payments.iter().map(|p| p.date.0))
        .chain(c.feedback.iter().map(|f| f.date.0));
    dealings.max().unwrap_or_else(|| c.created.date())
}

/// Whether the store's retention period (`retention.days`) has passed since the
/// customer's last activity: a candidate for destruction (`forget --expired`).
pub fn expired(c: &Customer, config: &Config, today: NaiveDate) -> Option<NaiveDate> {
    let days = config.retention.days?;
    let last = last_activity(c);
    ((today - last).num_days() > i64::from(days)).then_some(last)
}

/// What [`check_record`] found in one record: the facts, put into a [`Finding`]'s words
/// only when it is written ([`Found::finding`]). At a million records an audit keeps a
/// million and a half of these; keeping their words in two languages, it peaked at 2 GB.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A field breaks a rule ([`validate`]).
    InvalidField(Box<InvalidField>),
    /// No phone, email, WeChat or QQ.
    NoContactDetails,
    /// Not contacted for twice the cadence since `since`.
    NoContact { since: NaiveDate, cadence: Span },
    /// Reachable, without consent given for a purpose the store requires.
    NoConsent(Purpose),
    /// Owes more than the credit limit: balance, limit, overdue.
    OverCreditLimit(Box<[Decimal; 3]>),
    /// A complaint (`entry`, of `since`) still open past its deadline.
    ComplaintOverdue { entry: Box<str>, since: NaiveDate },
    /// A field a merge left in conflict.
    MergeConflict(Box<str>),
    /// The retention period has passed since the last activity.
    Retention { last: NaiveDate },
}

const _: () = assert!(std::mem::size_of::<Found>() == 24);

/// A field that breaks a rule, as [`Found::InvalidField`] keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidField {
    pub field: String,
    /// The rule's words in English, and in the language of this run where they differ
    /// (empty otherwise).
    pub message: Both,
}

impl Found {
    /// Stable, for scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Found::InvalidField(_) => "invalid-field",
            Found::NoContactDetails => "no-contact-details",
            Found::NoContact { .. } => "no-contact",
            Found::NoConsent(_) => "no-consent",
            Found::OverCreditLimit(_) => "over-credit-limit",
            Found::ComplaintOverdue { .. } => "complaint-overdue",
            Found::MergeConflict(_) => "merge-conflict",
            Found::Retention { .. } => "retention",
        }
    }

    pub fn severity(&self) -> Severity {
        match self {
            Found::InvalidField(_) => Severity::Error,
            Found::Retention { .. } => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// The finding in words, for the record `id` of a store with this `config` (the
    /// one it was found with).
    pub fn finding(&self, id: &str, config: &Config) -> Finding {
        let (message, hint): (Text, Text) = match self {
            Found::InvalidField(f) => {
                // `set` cannot reach a record by a broken id; `edit` opens it by its
                // file's name.
                let hint = if f.field == "id" {
                    both!(
                        "audit-hint-invalid-id",
                        new = crate::model::id::replacement_id(id)
                    )
                } else {
                    both!(
                        "audit-hint-invalid-field",
                        id = id.to_string(),
                        field = f.field.clone()
                    )
                };
                (f.message.clone().into(), hint.into())
            }
            Found::NoContactDetails => (
                both!("audit-no-contact-details").into(),
                both!("audit-hint-no-contact-details", id = id.to_string()).into(),
            ),
            // The cadence is said in each text's language: `14d`, `每两周`.
            Found::NoContact { since, cadence } => (
                crate::i18n::both_of(
                    crate::i18n::fl_en!(
                        "audit-no-contact",
                        since = since.to_string(),
                        cadence = cadence.to_string()
                    ),
                    || {
                        crate::i18n::fl!(
                            "audit-no-contact",
                            since = since.to_string(),
                            cadence = cadence.every()
                        )
                    },
                )
                .into(),
                both!("audit-hint-no-contact", id = id.to_string()).into(),
            ),
            // The purpose is named in each text's language.
            Found::NoConsent(purpose) => (
                crate::i18n::both_of(
                    crate::i18n::fl_en!("audit-no-consent", purpose = purpose.as_str()),
                    || crate::i18n::fl!("audit-no-consent", purpose = purpose.label()),
                )
                .into(),
                both!(
                    "audit-hint-no-consent",
                    id = id.to_string(),
                    purpose = purpose.as_str()
                )
                .into(),
            ),
            Found::OverCreditLimit(figures) => {
                let [balance, limit, overdue] = &**figures;
                (
                    both!(
                        "audit-over-credit-limit",
                        currency = config.currency.clone(),
                        balance = balance.to_string(),
                        limit = limit.to_string(),
                        overdue = overdue.to_string()
                    )
                    .into(),
                    both!("audit-hint-over-credit-limit", id = id.to_string()).into(),
                )
            }
            // The deadline's length is said in each text's language.
            Found::ComplaintOverdue { entry, since } => (
                crate::i18n::both_of(
                    crate::i18n::fl_en!(
                        "audit-complaint-overdue",
                        entry = entry.to_string(),
                        since = since.to_string(),
                        sla = config.feedback.sla.to_string()
                    ),
                    || {
                        crate::i18n::fl!(
                            "audit-complaint-overdue",
                            entry = entry.to_string(),
                            since = since.to_string(),
                            sla = config.feedback.sla.length_zh()
                        )
                    },
                )
                .into(),
                both!(
                    "audit-hint-complaint-overdue",
                    id = id.to_string(),
                    entry = entry.to_string()
                )
                .into(),
            ),
            Found::MergeConflict(field) => (
                both!("audit-merge-conflict", field = field.to_string()).into(),
                both!(
                    "audit-hint-merge-conflict",
                    id = id.to_string(),
                    field = field.to_string()
                )
                .into(),
            ),
            Found::Retention { last } => (
                both!(
                    "audit-retention",
                    last = last.to_string(),
                    days = config.retention.days.unwrap_or_default().to_string()
                )
                .into(),
                both!("audit-hint-retention", id = id.to_string()).into(),
            ),
        };
        Finding::new(self.severity(), self.code(), message, hint)
    }
}

/// Data quality and retention findings for one record, as facts ([`Found`]).
pub fn check_record(c: &Customer, config: &Config, today: NaiveDate) -> Vec<Found> {
    let mut out = Vec::new();
    let english = validate_in(&crate::i18n::ENGLISH, c, config);
    // The same rules again, worded for people, when they read another language.
    let shown = if Lang::current() == Lang::En {
        english.clone()
    } else {
        validate(c, config)
    };
    for (p, s) in english.iter().zip(&shown) {
        let (message, shown) = (p.to_string(), s.to_string());
        // Kept only where it differs from the English.
        let shown = if shown == message { String::new() } else { shown };
        out.push(Found::InvalidField(Box::new(InvalidField {
            field: p.field.clone(),
            message: (message, shown),
        })));
    }
    if c.contact.phones.is_empty()
        && c.contact.emails.is_empty()
        && c.contact.wechat.is_none()
        && c.contact.qq.is_none()
    {
        out.push(Found::NoContactDetails);
    }
    let cadence = c
        .follow_up
        .cadence
        .unwrap_or_else(|| config.cadence_for(c.class.tier));
    let since = c.last_contact().unwrap_or_else(|| c.created.date());
    let twice = cadence.after(since).and_then(|d| cadence.after(d));
    if let Some(limit) = twice
        && limit < today
    {
        out.push(Found::NoContact { since, cadence });
    }
    let reachable = !(c.contact.phones.is_empty()
        && c.contact.emails.is_empty()
        && c.contact.wechat.is_none()
        && c.contact.qq.is_none()
        && c.contact.address.is_none());
    for purpose in config.consent.required.iter().filter(|_| reachable) {
        if c.consent(*purpose) != Some(super::record::ConsentStatus::Given) {
            out.push(Found::NoConsent(*purpose));
        }
    }
    let ledger = super::credit::Ledger::of(c, &config.currency, today);
    if let Some(limit) = c.credit.limit
        && ledger.balance > limit
    {
        out.push(Found::OverCreditLimit(Box::new([
            ledger.balance,
            limit,
            ledger.overdue,
        ])));
    }
    for f in &c.feedback {
        if f.kind == FeedbackKind::Complaint
            && f.status.is_unresolved()
            && f.due
                .map(|d| d.0)
                .or_else(|| config.feedback.sla.after(f.date.0))
                .is_some_and(|d| d < today)
        {
            out.push(Found::ComplaintOverdue {
                entry: f.id.as_str().into(),
                since: f.date.0,
            });
        }
    }
    for path in c.conflicts.keys() {
        out.push(Found::MergeConflict(path.as_str().into()));
    }
    if config.retention.days.is_some()
        && let Some(last) = expired(c, config, today)
    {
        out.push(Found::Retention { last });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Timestamp;

    #[test]
    fn a_fresh_complete_record_is_clean_and_a_neglected_one_is_not() {
        let mut config = Config::default();
        config.retention.days = Some(365);
        let created = Timestamp("2024-01-01T09:00:00+08:00".parse().unwrap());
        let mut c = Customer::new("c-7k3m9q2x".into(), "张伟".into(), created);
        c.contact.phones.push("13800138000".into());
        let today: NaiveDate = "2024-01-20".parse().unwrap();
        assert!(check_record(&c, &config, today).is_empty());
        let later: NaiveDate = "2026-01-20".parse().unwrap();
        let codes: Vec<&str> = check_record(&c, &config, later).iter().map(Found::code).collect();
        assert_eq!(codes, ["no-contact", "retention"]);
    }

    use crate::model::record::{FeedbackKind, FeedbackStatus};
    use crate::model::testing::{contact, customer, d, feedback, transaction};

    fn codes(c: &Customer, config: &Config, today: &str) -> Vec<&'static str> {
        check_record(c, config, d(today))
            .iter()
            .map(Found::code)
            .collect()
    }

    /// What `check_record` found, in words.
    fn findings(c: &Customer, config: &Config, today: &str) -> Vec<Finding> {
        check_record(c, config, d(today))
            .iter()
            .map(|f| f.finding(&c.id, config))
            .collect()
    }

    fn reachable() -> Customer {
        let mut c = customer();
        c.contact.phones.push("13800138000".into());
        c
    }

    #[test]
    fn a_record_without_any_way_to_reach_it_is_a_warning() {
        let c = customer();
        let f = findings(&c, &Config::default(), "2026-01-11");
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].code, f[0].severity),
            ("no-contact-details", Severity::Warning)
        );
        assert_eq!(f[0].message, "no phone, email, WeChat or QQ");
    }

    #[test]
    fn a_wechat_or_qq_alone_is_a_way_to_reach_a_customer() {
        let mut c = customer();
        c.contact.wechat = Some("zw".into());
        assert_eq!(codes(&c, &Config::default(), "2026-01-11"), Vec::<&str>::new());
        c.contact.wechat = None;
        c.contact.qq = Some("12345".into());
        assert_eq!(codes(&c, &Config::default(), "2026-01-11"), Vec::<&str>::new());
    }

    #[test]
    fn no_contact_is_flagged_only_after_twice_the_cadence() {
        let mut c = reachable();
        c.contacts
            .push(contact("k-00000001", "2026-11-01T10:00:00+08:00"));
        c.class.tier = Some(crate::model::record::Tier::Strategic);
        // 14d twice from 1 November: 29 November is the limit, flagged from the 30th.
        assert_eq!(codes(&c, &Config::default(), "2026-11-29"), Vec::<&str>::new());
        let f = findings(&c, &Config::default(), "2026-11-30");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, "no-contact");
        assert!(
            f[0].message.contains("2026-11-01") && f[0].message.contains("14d"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn an_open_complaint_is_overdue_the_day_after_its_deadline() {
        let mut c = reachable();
        c.follow_up.cadence = Some("1y".parse().unwrap());
        c.feedback.push(feedback(
            "f-00000001",
            "2026-03-01",
            FeedbackKind::Complaint,
            FeedbackStatus::Open,
        ));
        assert_eq!(codes(&c, &Config::default(), "2026-03-03"), Vec::<&str>::new());
        assert_eq!(codes(&c, &Config::default(), "2026-03-04"), ["complaint-overdue"]);
        c.feedback[0].status = FeedbackStatus::Resolved;
        assert_eq!(codes(&c, &Config::default(), "2026-03-04"), Vec::<&str>::new());
    }

    #[test]
    fn each_merge_conflict_is_a_finding() {
        let mut c = reachable();
        c.conflicts
            .insert("title".into(), toml::Value::String("x".into()));
        c.conflicts
            .insert("class.tier".into(), toml::Value::String("general".into()));
        let f = findings(&c, &Config::default(), "2026-01-11");
        let codes: Vec<&str> = f.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["merge-conflict", "merge-conflict"]);
        assert!(f.iter().any(|f| f.message.contains("class.tier")));
        assert!(f.iter().any(|f| f.message.contains("title")));
    }

    #[test]
    fn invalid_fields_are_errors_naming_the_field() {
        let mut c = reachable();
        c.tags.push("two words".into());
        let f = findings(&c, &Config::default(), "2026-01-11");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].code, f[0].severity), ("invalid-field", Severity::Error));
        assert!(f[0].message.starts_with("tags: "), "{}", f[0].message);
    }

    #[test]
    fn retention_is_off_unless_configured() {
        let mut c = reachable();
        c.follow_up.cadence = Some("100y".parse().unwrap());
        assert_eq!(codes(&c, &Config::default(), "2036-01-11"), Vec::<&str>::new());
    }

    #[test]
    fn retention_flags_a_record_one_day_past_the_limit_after_its_last_activity() {
        let mut config = Config::default();
        config.retention.days = Some(30);
        let mut c = reachable();
        c.follow_up.cadence = Some("100y".parse().unwrap());
        c.transactions
            .push(transaction("t-00000001", "2026-03-01", "1", "CNY"));
        assert_eq!(codes(&c, &config, "2026-03-31"), Vec::<&str>::new());
        let f = findings(&c, &config, "2026-04-01");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].code, f[0].severity), ("retention", Severity::Info));
    }

    #[test]
    fn the_last_activity_is_the_latest_contact_transaction_or_feedback() {
        let mut c = customer();
        assert_eq!(last_activity(&c), d("2026-01-10"));
        c.contacts
            .push(contact("k-00000001", "2026-04-01T10:00:00+08:00"));
        assert_eq!(last_activity(&c), d("2026-04-01"));
        c.transactions
            .push(transaction("t-00000001", "2026-05-01", "1", "CNY"));
        assert_eq!(last_activity(&c), d("2026-05-01"));
        c.feedback.push(feedback(
            "f-00000001",
            "2026-06-01",
            FeedbackKind::Praise,
            FeedbackStatus::Resolved,
        ));
        assert_eq!(last_activity(&c), d("2026-06-01"));
        c.transactions[0].date = crate::model::date::Date(d("2025-01-01"));
        c.feedback.clear();
        c.contacts.clear();
        // Imported on 2026-01-10 with a purchase of 2025: the purchase is the last dealing.
        assert_eq!(last_activity(&c), d("2025-01-01"));
        c.transactions.clear();
        assert_eq!(last_activity(&c), d("2026-01-10"), "nothing ever happened");
    }

    #[test]
    fn a_finding_shows_english_when_the_run_is_english() {
        let f = Finding::new(Severity::Info, "x", "message".to_string(), "hint".to_string())
            .record("c-7k3m9q2x", "c-7k3m9q2x.toml.age");
        assert_eq!((f.shown_message(), f.shown_hint()), ("message", "hint"));
        assert_eq!(f.id.as_deref(), Some("c-7k3m9q2x"));
        assert_eq!(f.path.as_deref(), Some("c-7k3m9q2x.toml.age"));
    }
}
