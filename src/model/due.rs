//! What falls due: follow-ups, birthdays, anniversaries and complaints past their
//! deadline (DESIGN.md, "Reminders, exactly").

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::config::Config;
use super::date::Date;
use super::lunar::LunarDate;
use super::record::{Customer, FeedbackKind, FeedbackStatus, Payment, Transaction};
use super::span::Span;
use crate::i18n::{Both, both};

/// The texts of items, made for nearly every record of a `remind` ([`Often`]).
mod texts {
    use crate::i18n::Often;
    pub static NEXT_STEP_TEXT: Often = Often::new("due-next-step-text", &["text"]);
    pub static CADENCE_LAST: Often = Often::new("due-cadence-last", &["every", "last"]);
    pub static CADENCE_NEVER: Often = Often::new("due-cadence-never", &["every"]);
    pub static LUNAR_TURNS: Often = Often::new("due-lunar-turns", &["date", "age"]);
    pub static LUNAR_BIRTHDAY: Often = Often::new("due-lunar-birthday", &["date"]);
    pub static TURNS: Often = Often::new("due-turns", &["age"]);
    pub static PERSON_TURNS: Often = Often::new("due-person-turns", &["name", "role", "age"]);
    pub static PERSON_BIRTHDAY: Often = Often::new("due-person-birthday", &["name", "role"]);
    pub static PERSON_LUNAR_TURNS: Often =
        Often::new("due-person-lunar-turns", &["name", "role", "date", "age"]);
    pub static PERSON_LUNAR_BIRTHDAY: Often =
        Often::new("due-person-lunar-birthday", &["name", "role", "date"]);
    pub static ANNIVERSARY: Often = Often::new("due-anniversary", &["label", "years"]);
    pub static COMPLAINT: Often = Often::new("due-complaint", &["since", "text"]);
    pub static COMPLAINT_HANDLER: Often =
        Often::new("due-complaint-handler", &["since", "status", "handler", "text"]);
    pub static CALLBACK: Often = Often::new("due-callback", &["resolved", "handler"]);
    pub static PAYMENT: Often = Often::new("due-payment", &["currency", "open", "date", "id"]);

    /// Every text above, for the test that holds them to the catalogs.
    #[cfg(test)]
    pub static ALL: [&Often; 15] = [
        &NEXT_STEP_TEXT,
        &CADENCE_LAST,
        &CADENCE_NEVER,
        &LUNAR_TURNS,
        &LUNAR_BIRTHDAY,
        &TURNS,
        &PERSON_TURNS,
        &PERSON_BIRTHDAY,
        &PERSON_LUNAR_TURNS,
        &PERSON_LUNAR_BIRTHDAY,
        &ANNIVERSARY,
        &COMPLAINT,
        &COMPLAINT_HANDLER,
        &CALLBACK,
        &PAYMENT,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum DueKind {
    #[value(alias = "回访", alias = "跟进")]
    FollowUp,
    #[value(alias = "生日")]
    Birthday,
    #[value(alias = "纪念日")]
    Anniversary,
    #[value(alias = "投诉")]
    Complaint,
    /// A resolved complaint's callback (回访).
    #[value(alias = "投诉回访")]
    Callback,
    /// A purchase on account falling due or overdue (催款).
    #[value(alias = "催款", alias = "收款")]
    Payment,
    /// A holiday greeting; listed only when asked for (`--kind greeting`).
    #[value(alias = "节日问候", alias = "问候")]
    Greeting,
    /// Details not verified for `review.days`; listed only when asked for (`--kind review`).
    #[value(alias = "资料核实", alias = "核实")]
    Review,
}

impl DueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DueKind::FollowUp => "follow-up",
            DueKind::Birthday => "birthday",
            DueKind::Anniversary => "anniversary",
            DueKind::Complaint => "complaint",
            DueKind::Callback => "callback",
            DueKind::Payment => "payment",
            DueKind::Greeting => "greeting",
            DueKind::Review => "review",
        }
    }

    /// The kind in the language of this run, for tables.
    pub fn label(self) -> String {
        crate::i18n::enum_label("due", self.as_str())
    }
}

/// One thing to do on a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Due {
    pub date: NaiveDate,
    pub kind: DueKind,
    pub overdue: bool,
    pub customer: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The customer's first phone, to call from the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The key person, log entry or date this is about, if not the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// Age on a birthday, years on an anniversary, where the year is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub years: Option<i32>,
    pub detail: String,
    /// `detail` in the language of this run where it differs (empty in English runs), for
    /// tables; JSON and calendars keep English. Read with [`crate::i18n::shown`].
    #[serde(skip)]
    pub shown: String,
    /// Stable across runs, so a calendar that re-imports updates instead of duplicating.
    pub uid: String,
}

/// What one item of a record says of itself; [`Due::of`] adds the customer's fields.
/// Each text is made once, as the item is found: a scan that prints lines needs the
/// parts and the customer it read, not a copy of the customer's fields per item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub date: NaiveDate,
    pub kind: DueKind,
    pub about: Option<String>,
    pub years: Option<i32>,
    pub detail: Detail,
    /// [`Due::uid`] without its `@crmfile`.
    pub uid: String,
}

impl Due {
    /// The item `p` of customer `c`, as lists and calendars show it.
    pub fn of(c: &Customer, p: Part, today: NaiveDate) -> Due {
        let phone = c.contact.phones.first().map(|p| p.number.as_str());
        Due::of_customer([&c.id, &c.name], c.company.as_deref(), phone, p, today)
    }

    /// The item `p` of the customer with this id and name, company and first phone.
    pub fn of_customer(
        [id, name]: [&str; 2],
        company: Option<&str>,
        phone: Option<&str>,
        p: Part,
        today: NaiveDate,
    ) -> Due {
        let (detail, shown) = p.detail;
        let mut uid = p.uid;
        uid.push_str("@crmfile");
        Due {
            date: p.date,
            kind: p.kind,
            overdue: p.date < today,
            customer: id.to_string(),
            name: name.to_string(),
            company: company.map(str::to_string),
            phone: phone.map(str::to_string),
            about: p.about,
            years: p.years,
            detail,
            shown,
            uid,
        }
    }
}

/// The uid (without `@crmfile`) of an item due once: a follow-up, a complaint, its
/// callback, a payment or a review is its kind and the id of what it is about (the
/// customer's for a follow-up or a review). Items that recur (birthdays, anniversaries,
/// greetings) add the year and are made apart.
pub fn usual_uid(kind: DueKind, subject: &str) -> String {
    format!("{}.{subject}", kind.as_str())
}

/// Whether `uid` is [`usual_uid`] of this kind and subject: what a list of a million items
/// need not keep.
pub fn is_usual_uid(uid: &str, kind: DueKind, subject: &str) -> bool {
    uid.strip_prefix(kind.as_str())
        .and_then(|rest| rest.strip_prefix('.'))
        == Some(subject)
}

/// The day `original` recurs in `year`; 29 February falls on 28 February in common years.
pub fn recurrence_in(original: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, original.month(), original.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, original.month(), original.day() - 1))
}

/// The first recurrence of `original` on or after `today`, and never before `original`
/// itself: a date that first happens in a later year (a wedding planned for next year) is
/// not reminded before then, so the search starts in whichever year comes later.
pub fn next_recurrence(original: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    let year = today.year().max(original.year());
    let first = recurrence_in(original, year)?;
    if first >= today {
        Some(first)
    } else {
        recurrence_in(original, year + 1)
    }
}

/// A reminder's detail: in English, and in the language of this run.
pub type Detail = Both;

/// Why a follow-up falls due: an explicit next step, or the cadence counted from the last
/// contact (`None`: never contacted, counted from creation).
enum Basis {
    Next(NaiveDate),
    Cadence(Span, Option<NaiveDate>),
}

fn basis(c: &Customer, config: &Config) -> Basis {
    match c.follow_up.next {
        Some(next) => Basis::Next(next.0),
        None => Basis::Cadence(
            c.follow_up
                .cadence
                .unwrap_or_else(|| config.cadence_for(c.class.tier)),
            c.last_contact(),
        ),
    }
}

impl Basis {
    fn date(&self, c: &Customer) -> Option<NaiveDate> {
        match *self {
            Basis::Next(date) => Some(date),
            Basis::Cadence(cadence, last) => cadence.after(last.unwrap_or_else(|| c.created.date())),
        }
    }
}

/// When the customer's next follow-up falls due (without saying why: cheaper).
pub fn follow_up_date(c: &Customer, config: &Config) -> Option<NaiveDate> {
    basis(c, config).date(c)
}

/// When the customer's next follow-up falls due, and why, if on or before `until` (the
/// reason is said only for what falls due).
pub fn follow_up_due(c: &Customer, config: &Config, until: NaiveDate) -> Option<(NaiveDate, Detail)> {
    let basis = basis(c, config);
    let date = basis.date(c).filter(|d| *d <= until)?;
    let why = match basis {
        // The step's own words, from the contact that set it.
        Basis::Next(next) => match c
            .contacts
            .iter()
            .rev()
            .find(|k| k.next.map(|d| d.0) == Some(next) && !k.summary.trim().is_empty())
        {
            Some(k) => texts::NEXT_STEP_TEXT.both(&[&k.summary]),
            None => both!("due-next-step"),
        },
        // Both texts are made apart: the cadence is said in each one's language.
        Basis::Cadence(cadence, Some(last)) => {
            let last = last.to_string();
            crate::i18n::both_of(texts::CADENCE_LAST.en(&[&cadence.every_en(), &last]), || {
                texts::CADENCE_LAST.local(&[&cadence.every(), &last])
            })
        }
        Basis::Cadence(cadence, None) => {
            crate::i18n::both_of(texts::CADENCE_NEVER.en(&[&cadence.every_en()]), || {
                texts::CADENCE_NEVER.local(&[&cadence.every()])
            })
        }
    };
    Some((date, why))
}

/// Everything about `c` due on or before `horizon` (birthdays and anniversaries only from
/// `today` on: a missed birthday is not a task), without the customer's own fields
/// ([`Due::of`] adds them): what is due and why.
pub fn due_parts(c: &Customer, config: &Config, today: NaiveDate, horizon: NaiveDate) -> Vec<Part> {
    let mut out = Vec::new();
    let item =
        |date: NaiveDate, kind: DueKind, about: Option<String>, years, detail: Detail, uid: String| Part {
            date,
            kind,
            about,
            years,
            detail,
            uid,
        };
    if let Some((date, why)) = follow_up_due(c, config, horizon) {
        out.push(item(
            date,
            DueKind::FollowUp,
            None,
            None,
            why,
            usual_uid(DueKind::FollowUp, &c.id),
        ));
    }
    let yearly = |original: NaiveDate| next_recurrence(original, today).filter(|d| *d <= horizon);
    let years = |original: NaiveDate, on: NaiveDate| Some(on.year() - original.year()).filter(|y| *y > 0);
    // A date of the Chinese calendar: its next Gregorian day through `horizon` (never
    // before it first happened), and the lunar years since then.
    let lunar_next = |lunar: LunarDate, first: Option<NaiveDate>| {
        lunar
            .next_from(today)
            .filter(|d| *d <= horizon && first.is_none_or(|f| *d >= f))
    };
    if let Some(lunar) = c.lunar_birthday
        && let Some(on) = lunar_next(lunar, None)
    {
        let age = lunar_years(lunar.year, on);
        let date = LunarDate { year: None, ..lunar }.name();
        let detail = match age {
            Some(a) => texts::LUNAR_TURNS.both(&[&date, &a.to_string()]),
            None => texts::LUNAR_BIRTHDAY.both(&[&date]),
        };
        out.push(item(
            on,
            DueKind::Birthday,
            None,
            age,
            detail,
            format!("lunar-birthday.{}.{}", c.id, on.year()),
        ));
    }
    if let Some(b) = c.birthday
        && let Some(on) = yearly(b.0)
    {
        let age = years(b.0, on);
        let detail = match age {
            Some(a) => texts::TURNS.both(&[&a.to_string()]),
            None => both!("due-birthday"),
        };
        out.push(item(
            on,
            DueKind::Birthday,
            None,
            age,
            detail,
            format!("birthday.{}.{}", c.id, on.year()),
        ));
    }
    for p in &c.key_people {
        if let Some(b) = p.birthday
            && let Some(on) = yearly(b.0)
        {
            let age = years(b.0, on);
            let (name, role) = (p.name.as_str(), p.role.as_str());
            let detail = match age {
                Some(a) => texts::PERSON_TURNS.both(&[name, role, &a.to_string()]),
                None => texts::PERSON_BIRTHDAY.both(&[name, role]),
            };
            let uid = format!("birthday.{}.{}", p.id, on.year());
            out.push(item(on, DueKind::Birthday, Some(p.id.clone()), age, detail, uid));
        }
    }
    // A key person's birthday in the Chinese calendar, on its Gregorian day this year.
    for p in &c.key_people {
        if let Some(lunar) = p.lunar_birthday
            && let Some(on) = lunar_next(lunar, None)
        {
            let age = lunar_years(lunar.year, on);
            let date = LunarDate { year: None, ..lunar }.name();
            let (name, role) = (p.name.as_str(), p.role.as_str());
            let detail = match age {
                Some(a) => texts::PERSON_LUNAR_TURNS.both(&[name, role, &date, &a.to_string()]),
                None => texts::PERSON_LUNAR_BIRTHDAY.both(&[name, role, &date]),
            };
            let uid = format!("lunar-birthday.{}.{}", p.id, on.year());
            out.push(item(on, DueKind::Birthday, Some(p.id.clone()), age, detail, uid));
        }
    }
    for d in &c.dates {
        // In the Chinese calendar: on its lunar day this year, years counted in lunar years.
        if let Some(lunar) = d.lunar {
            if let Some(on) = lunar_next(lunar, Some(d.date.0)) {
                let first_year = LunarDate::from_gregorian(d.date.0).and_then(|l| l.year);
                let n = lunar_years(first_year, on);
                let detail = match n {
                    Some(n) => texts::ANNIVERSARY.both(&[&d.label, &n.to_string()]),
                    None => (d.label.clone(), d.label.clone()),
                };
                let uid = format!("anniversary.{}.{}", d.id, on.year());
                out.push(item(on, DueKind::Anniversary, Some(d.id.clone()), n, detail, uid));
            }
            continue;
        }
        if let Some(on) = yearly(d.date.0) {
            let n = years(d.date.0, on);
            let detail = match n {
                Some(n) => texts::ANNIVERSARY.both(&[&d.label, &n.to_string()]),
                None => (d.label.clone(), d.label.clone()),
            };
            let uid = format!("anniversary.{}.{}", d.id, on.year());
            out.push(item(on, DueKind::Anniversary, Some(d.id.clone()), n, detail, uid));
        }
    }
    for f in &c.feedback {
        if f.kind != FeedbackKind::Complaint {
            continue;
        }
        let handler = f.handler.as_deref().unwrap_or("-");
        if f.status.is_unresolved()
            && let Some(deadline) = f.due.map(|d| d.0).or_else(|| config.feedback.sla.after(f.date.0))
            && deadline <= horizon
        {
            // In progress since it was started; open since it came in.
            let since = f
                .started
                .filter(|_| f.status == FeedbackStatus::InProgress)
                .unwrap_or(f.date);
            // The state is said in each text's language.
            let since = since.to_string();
            let detail = if f.handler.is_none() && f.status == FeedbackStatus::Open {
                texts::COMPLAINT.both(&[&since, &f.text])
            } else {
                let handled = &texts::COMPLAINT_HANDLER;
                crate::i18n::both_of(handled.en(&[&since, f.status.as_str(), handler, &f.text]), || {
                    handled.local(&[&since, &f.status.label(), handler, &f.text])
                })
            };
            out.push(item(
                deadline,
                DueKind::Complaint,
                Some(f.id.clone()),
                None,
                detail,
                usual_uid(DueKind::Complaint, &f.id),
            ));
        }
        if f.status == FeedbackStatus::Resolved
            && let Some(on) = f.callback_due.filter(|d| d.0 <= horizon)
        {
            let resolved = f.resolved.map(|d| d.to_string()).unwrap_or_default();
            let detail = texts::CALLBACK.both(&[&resolved, handler]);
            out.push(item(
                on.0,
                DueKind::Callback,
                Some(f.id.clone()),
                None,
                detail,
                usual_uid(DueKind::Callback, &f.id),
            ));
        }
    }
    let ledger = super::credit::Ledger::of(c, &config.currency, today);
    for open in ledger.open.iter().filter(|i| i.due <= horizon) {
        let detail = texts::PAYMENT.both(&[
            &config.currency,
            &open.open.to_string(),
            &open.date.to_string(),
            &open.id,
        ]);
        out.push(item(
            open.due,
            DueKind::Payment,
            Some(open.id.clone()),
            None,
            detail,
            usual_uid(DueKind::Payment, &open.id),
        ));
    }
    out
}

/// What [`due_parts`], [`greeting_parts`] and [`review_part`] read of a record's logs, and
/// nothing more, so that `remind` reads a few entries of each record instead of every one.
/// The three give the same items for the view as for the record on any day, and the
/// view's ledger owes what the record's does, to the day (checked by a property test in
/// the index, which keeps this view beside each record):
///
/// - contacts: one of the latest day (the last contact), and the last one that set the
///   pending next step with words;
/// - purchases on account: what is still open of each, payments applied, as purchases
///   of that amount, for every currency; payments themselves are left out (so credit on
///   account is not kept: a customer with some owes nothing either way), but for money
///   owed with nothing open, kept as one payment below zero;
/// - feedback: complaints unresolved, and resolved ones with a callback date;
/// - key people, yearly dates and consents whole.
pub fn dues_view(mut c: Customer) -> Customer {
    let next = c.follow_up.next.map(|d| d.0);
    let latest = c
        .contacts
        .iter()
        .enumerate()
        .max_by_key(|(_, k)| k.at.date())
        .map(|(i, _)| i);
    let stepped = next.and_then(|n| {
        c.contacts
            .iter()
            .rposition(|k| k.next.map(|d| d.0) == Some(n) && !k.summary.trim().is_empty())
    });
    let mut at = 0;
    c.contacts.retain(|_| {
        let keep = Some(at) == latest || Some(at) == stepped;
        at += 1;
        keep
    });
    // Open items depend on the purchases and payments only (the day says which are
    // overdue): per currency, what is open of each purchase, and money owed with none
    // open (a payment below zero, in a file no crmfile command wrote).
    let mut currencies: Vec<String> = Vec::new();
    let on_account = c
        .transactions
        .iter()
        .filter(|t| t.due.is_some())
        .map(|t| &t.currency);
    for currency in on_account.chain(c.payments.iter().map(|p| &p.currency)) {
        if !currencies.contains(currency) {
            currencies.push(currency.clone());
        }
    }
    let created = c.created.date();
    let mut open: Vec<Transaction> = Vec::new();
    let mut owed: Vec<Payment> = Vec::new();
    for currency in currencies {
        let ledger = super::credit::Ledger::of(&c, &currency, created);
        open.extend(ledger.open.into_iter().map(|o| Transaction {
            id: o.id,
            date: Date(o.date),
            product: None,
            quantity: None,
            amount: o.open,
            currency: currency.clone(),
            payment: None,
            reference: None,
            due: Some(Date(o.due)),
            over_limit: false,
        }));
        if ledger.credit < rust_decimal::Decimal::ZERO {
            owed.push(Payment {
                id: String::new(),
                date: Date(created),
                amount: ledger.credit,
                currency,
                applies_to: None,
                method: None,
                reference: None,
                by: None,
            });
        }
    }
    c.transactions = open;
    c.payments = owed;
    c.feedback.retain(|f| {
        f.kind == FeedbackKind::Complaint
            && (f.status.is_unresolved()
                || (f.status == FeedbackStatus::Resolved && f.callback_due.is_some()))
    });
    c
}

/// Lunar years from the lunar year `since` to the one `on` falls in (which starts in the
/// Gregorian year of `on`, or the one before: a day of the 12th month can fall in
/// January); `None` without a year, or when not yet one.
fn lunar_years(since: Option<i32>, on: NaiveDate) -> Option<i32> {
    let year = LunarDate::from_gregorian(on)?.year?;
    Some(year - since?).filter(|n| *n > 0)
}

/// The holidays every store greets on: key, the catalog's name, month, day, lunar.
const HOLIDAYS: &[(&str, &str, u8, u8, bool)] = &[
    ("new-year", "holiday-new-year", 1, 1, false),
    ("spring-festival", "holiday-spring-festival", 1, 1, true),
    ("lantern", "holiday-lantern", 1, 15, true),
    ("dragon-boat", "holiday-dragon-boat", 5, 5, true),
    ("mid-autumn", "holiday-mid-autumn", 8, 15, true),
    ("double-ninth", "holiday-double-ninth", 9, 9, true),
    ("national-day", "holiday-national-day", 10, 1, false),
];

/// A holiday's days from `today` through `horizon`, in the Gregorian calendar.
fn holiday_days(month: u8, day: u8, lunar: bool, today: NaiveDate, horizon: NaiveDate) -> Vec<NaiveDate> {
    (today.year() - 1..=horizon.year())
        .filter_map(|y| {
            if lunar {
                LunarDate {
                    calendar: super::lunar::CalendarName::Chinese,
                    year: None,
                    month,
                    leap: false,
                    day,
                }
                .in_year(y)
            } else {
                NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day))
            }
        })
        .filter(|d| *d >= today && *d <= horizon)
        .collect()
}

/// A review of the customer's details (定期更新客户信息) when they were last verified
/// (or, never verified, the record made) longer than `review.days` ago by `horizon`.
pub fn review_part(c: &Customer, config: &Config, horizon: NaiveDate) -> Option<Part> {
    let days = config.review.days?;
    let since = c.verified.map_or_else(|| c.created.date(), |v| v.0);
    let on = since.checked_add_days(chrono::Days::new(u64::from(days)))?;
    if on > horizon {
        return None;
    }
    let detail = match c.verified {
        Some(v) => both!("due-review", since = v.to_string()),
        None => both!("due-review-never", since = since.to_string()),
    };
    Some(Part {
        date: on,
        kind: DueKind::Review,
        about: None,
        years: None,
        detail,
        uid: usual_uid(DueKind::Review, &c.id),
    })
}

/// Whom to greet before the holidays from `today` through `horizon`: customers the
/// config's rule names (their tier, or one of their tags), once per holiday.
pub fn greeting_parts(c: &Customer, config: &Config, today: NaiveDate, horizon: NaiveDate) -> Vec<Part> {
    let rule = &config.greetings;
    // A greeting is marketing: only to whom the store may market (`[consent]`).
    if !config.consent.marketing_allowed(c) {
        return Vec::new();
    }
    let chosen = c.class.tier.is_some_and(|t| rule.tiers.contains(&t))
        || c.tags
            .iter()
            .any(|t| rule.tags.iter().any(|r| r.eq_ignore_ascii_case(t)));
    if !chosen {
        return Vec::new();
    }
    // (key, English name, name in this run's language, month, day, lunar)
    let mut holidays: Vec<(String, String, String, u8, u8, bool)> = HOLIDAYS
        .iter()
        .map(|(key, id, m, d, lunar)| {
            (
                key.to_string(),
                crate::i18n::in_english(id),
                crate::i18n::lookup(id).unwrap_or_default(),
                *m,
                *d,
                *lunar,
            )
        })
        .collect();
    for h in &rule.holidays {
        // Checked when the config was read.
        let Ok((m, d, lunar)) = h.month_day() else {
            continue;
        };
        holidays.push((h.name.clone(), h.name.clone(), h.name.clone(), m, d, lunar));
    }
    let mut out = Vec::new();
    for (key, english, shown, m, d, lunar) in holidays {
        for on in holiday_days(m, d, lunar, today, horizon) {
            // Holidays are listed from today on: never overdue.
            out.push(Part {
                date: on,
                kind: DueKind::Greeting,
                about: Some(key.clone()),
                years: None,
                detail: crate::i18n::both_of(
                    crate::i18n::fl_en!("due-greeting", holiday = english.clone()),
                    || crate::i18n::fl!("due-greeting", holiday = shown.clone()),
                ),
                uid: format!("greeting.{key}.{}.{}", c.id, on.year()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is due of `c`, as lists show it.
    fn due_items(c: &Customer, config: &Config, today: NaiveDate, horizon: NaiveDate) -> Vec<Due> {
        due_parts(c, config, today, horizon)
            .into_iter()
            .map(|p| Due::of(c, p, today))
            .collect()
    }
    use crate::model::date::{Date, Timestamp};
    use crate::model::record::*;
    use crate::model::span::Span;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn customer() -> Customer {
        let created = Timestamp("2026-01-10T09:00:00+08:00".parse().unwrap());
        Customer::new("c-7k3m9q2x".into(), "张伟".into(), created)
    }

    fn contact(at: &str) -> ContactEntry {
        ContactEntry {
            id: "k-00000001".into(),
            at: Timestamp(at.parse().unwrap()),
            channel: Channel::Phone,
            direction: None,
            by: None,
            summary: "x".into(),
            outcome: None,
            next: None,
        }
    }

    fn kinds(items: &[Due]) -> Vec<(DueKind, NaiveDate)> {
        items.iter().map(|i| (i.kind, i.date)).collect()
    }

    use crate::model::testing::{feedback, person, yearly};

    fn complaint(date: &str) -> Feedback {
        feedback("f-00000001", date, FeedbackKind::Complaint, FeedbackStatus::Open)
    }

    /// A customer whose follow-up is far away, so only the other reminders show.
    fn quiet() -> Customer {
        let mut c = customer();
        c.follow_up.next = Some(Date(d("2030-01-01")));
        c
    }

    #[test]
    fn every_item_text_is_in_both_catalogs_with_its_arguments() {
        for text in texts::ALL {
            assert!(text.is_in_both_catalogs());
        }
    }

    #[test]
    fn a_date_recurs_on_the_same_day_every_year() {
        assert_eq!(recurrence_in(d("1985-03-12"), 2026), Some(d("2026-03-12")));
        assert_eq!(recurrence_in(d("1985-12-31"), 2027), Some(d("2027-12-31")));
    }

    #[test]
    fn a_recurrence_on_today_is_today_not_next_year() {
        assert_eq!(
            next_recurrence(d("1985-11-23"), d("2026-11-23")),
            Some(d("2026-11-23"))
        );
        assert_eq!(
            next_recurrence(d("1985-11-22"), d("2026-11-23")),
            Some(d("2027-11-22"))
        );
    }

    #[test]
    fn a_leap_day_birthday_is_reminded_on_28_february_in_a_common_year() {
        let mut c = quiet();
        c.birthday = Some(Date(d("2000-02-29")));
        let today = d("2027-02-20");
        let items = due_items(&c, &Config::default(), today, d("2027-02-28"));
        assert_eq!(kinds(&items), [(DueKind::Birthday, d("2027-02-28"))]);
        assert_eq!(items[0].years, Some(27));
        assert_eq!(items[0].detail, "turns 27");
        assert!(due_items(&c, &Config::default(), today, d("2027-02-27")).is_empty());
    }

    #[test]
    fn a_leap_day_birthday_is_on_29_february_in_a_leap_year() {
        let mut c = quiet();
        c.birthday = Some(Date(d("2000-02-29")));
        let items = due_items(&c, &Config::default(), d("2028-02-28"), d("2028-03-01"));
        assert_eq!(kinds(&items), [(DueKind::Birthday, d("2028-02-29"))]);
    }

    #[test]
    fn a_birthday_already_passed_this_year_is_not_a_task() {
        let mut c = quiet();
        c.birthday = Some(Date(d("1985-11-20")));
        assert!(due_items(&c, &Config::default(), d("2026-11-23"), d("2026-11-30")).is_empty());
    }

    #[test]
    fn a_birthday_just_after_new_year_is_seen_from_december() {
        let mut c = quiet();
        c.birthday = Some(Date(d("1985-01-02")));
        let items = due_items(&c, &Config::default(), d("2026-12-28"), d("2027-01-04"));
        assert_eq!(kinds(&items), [(DueKind::Birthday, d("2027-01-02"))]);
        assert_eq!(items[0].years, Some(42));
        assert_eq!(items[0].uid, "birthday.c-7k3m9q2x.2027@crmfile");
    }

    #[test]
    fn a_birthday_in_its_own_year_has_no_age() {
        let mut c = quiet();
        c.birthday = Some(Date(d("2026-11-25")));
        let items = due_items(&c, &Config::default(), d("2026-11-23"), d("2026-11-30"));
        assert_eq!(items[0].years, None);
        assert_eq!(items[0].detail, "birthday");
    }

    #[test]
    fn a_key_persons_birthday_is_about_that_person() {
        let mut c = quiet();
        c.key_people
            .push(person("p-00000001", "王芳", Some("1979-11-25")));
        c.key_people.push(person("p-00000002", "李娜", None));
        let items = due_items(&c, &Config::default(), d("2026-11-23"), d("2026-11-30"));
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].about.as_deref(), Some("p-00000001"));
        assert_eq!(items[0].detail, "王芳 (decision-maker) turns 47");
        assert_eq!(items[0].uid, "birthday.p-00000001.2026@crmfile");
        assert!(!items[0].overdue);
    }

    #[test]
    fn an_anniversary_counts_its_years_and_names_its_label() {
        let mut c = quiet();
        c.dates.push(yearly("d-00000001", "签约纪念日", "2020-12-01"));
        let items = due_items(&c, &Config::default(), d("2026-11-23"), d("2026-12-01"));
        assert_eq!(kinds(&items), [(DueKind::Anniversary, d("2026-12-01"))]);
        assert_eq!(items[0].years, Some(6));
        assert_eq!(items[0].detail, "签约纪念日 (6 years)");
        assert_eq!(items[0].about.as_deref(), Some("d-00000001"));
        assert_eq!(items[0].uid, "anniversary.d-00000001.2026@crmfile");
    }

    #[test]
    fn an_anniversary_in_its_first_year_is_just_its_label() {
        let mut c = quiet();
        c.dates.push(yearly("d-00000001", "opening", "2026-11-25"));
        let items = due_items(&c, &Config::default(), d("2026-11-23"), d("2026-11-30"));
        assert_eq!(items[0].years, None);
        assert_eq!(items[0].detail, "opening");
    }

    #[test]
    fn a_yearly_date_is_not_reminded_before_it_first_happens() {
        let mut c = quiet();
        c.dates.push(yearly("d-00000001", "wedding", "2027-05-01"));
        let items = due_items(&c, &Config::default(), d("2026-04-25"), d("2026-05-02"));
        assert_eq!(kinds(&items), []);
        let items = due_items(&c, &Config::default(), d("2027-04-25"), d("2027-05-02"));
        assert_eq!(kinds(&items), [(DueKind::Anniversary, d("2027-05-01"))]);
    }

    #[test]
    fn an_open_complaint_falls_due_when_the_sla_runs_out() {
        let mut c = quiet();
        c.feedback.push(complaint("2026-11-21"));
        let config = Config::default();
        // Made on the 21st, two days to answer: due on the 23rd.
        let items = due_items(&c, &config, d("2026-11-23"), d("2026-11-23"));
        assert_eq!(kinds(&items), [(DueKind::Complaint, d("2026-11-23"))]);
        assert!(!items[0].overdue);
        assert_eq!(items[0].detail, "open since 2026-11-21: late delivery");
        assert!(due_items(&c, &config, d("2026-11-21"), d("2026-11-22")).is_empty());
    }

    #[test]
    fn the_complaint_deadline_follows_the_configured_sla() {
        let mut c = quiet();
        c.feedback.push(complaint("2026-11-20"));
        let mut config = Config::default();
        config.feedback.sla = "1w".parse().unwrap();
        assert!(due_items(&c, &config, d("2026-11-23"), d("2026-11-26")).is_empty());
        let items = due_items(&c, &config, d("2026-11-23"), d("2026-11-27"));
        assert_eq!(kinds(&items), [(DueKind::Complaint, d("2026-11-27"))]);
    }

    #[test]
    fn only_open_complaints_are_reminded() {
        let mut c = quiet();
        c.feedback.push(feedback(
            "f-00000001",
            "2026-11-01",
            FeedbackKind::Suggestion,
            FeedbackStatus::Open,
        ));
        c.feedback.push(feedback(
            "f-00000002",
            "2026-11-01",
            FeedbackKind::Complaint,
            FeedbackStatus::Resolved,
        ));
        assert!(due_items(&c, &Config::default(), d("2026-11-23"), d("2026-11-30")).is_empty());
    }

    #[test]
    fn the_cadence_counts_from_the_latest_contact() {
        let mut c = customer();
        c.follow_up.cadence = Some("2w".parse().unwrap());
        c.contacts.push(contact("2026-11-01T10:00:00+08:00"));
        c.contacts.push(contact("2026-09-01T10:00:00+08:00"));
        let (date, (detail, _)) = follow_up_due(&c, &Config::default(), NaiveDate::MAX).unwrap();
        assert_eq!(date, d("2026-11-15"));
        assert_eq!(detail, "every 2w, last contact 2026-11-01");
        // Not due by the day before: nothing, and no reason said.
        assert_eq!(follow_up_due(&c, &Config::default(), d("2026-11-14")), None);
        assert!(follow_up_due(&c, &Config::default(), d("2026-11-15")).is_some());
    }

    #[test]
    fn a_never_contacted_customer_is_due_a_cadence_after_creation() {
        let c = customer();
        let (date, (detail, _)) = follow_up_due(&c, &Config::default(), NaiveDate::MAX).unwrap();
        assert_eq!(date, d("2026-02-09"));
        assert_eq!(detail, "every 30d, never contacted");
    }

    #[test]
    fn a_monthly_cadence_from_the_31st_lands_on_the_month_end() {
        let mut c = customer();
        c.follow_up.cadence = Some("1m".parse().unwrap());
        c.contacts.push(contact("2026-01-31T10:00:00+08:00"));
        assert_eq!(follow_up_date(&c, &Config::default()), Some(d("2026-02-28")));
    }

    #[test]
    fn each_tier_has_its_own_default_cadence() {
        let config = Config::default();
        let mut c = customer();
        c.contacts.push(contact("2026-11-01T10:00:00+08:00"));
        for (tier, due) in [
            (Tier::Strategic, "2026-11-15"),
            (Tier::Important, "2026-12-01"),
            (Tier::General, "2026-12-31"),
            (Tier::Potential, "2027-01-30"),
        ] {
            c.class.tier = Some(tier);
            assert_eq!(follow_up_date(&c, &config), Some(d(due)), "{tier}");
        }
    }

    #[test]
    fn a_tier_missing_from_config_uses_the_default_cadence() {
        let mut config = Config::default();
        config.follow_up.tiers.remove(&Tier::General);
        config.follow_up.default_cadence = Span::days(5);
        let mut c = customer();
        c.class.tier = Some(Tier::General);
        assert_eq!(follow_up_date(&c, &config), Some(d("2026-01-15")));
    }

    #[test]
    fn an_explicit_next_step_in_the_past_wins_and_is_overdue() {
        let mut c = customer();
        c.contacts.push(contact("2026-11-20T10:00:00+08:00"));
        c.follow_up.next = Some(Date(d("2026-11-10")));
        let items = due_items(&c, &Config::default(), d("2026-11-23"), d("2026-11-23"));
        assert_eq!(kinds(&items), [(DueKind::FollowUp, d("2026-11-10"))]);
        assert!(items[0].overdue);
        assert_eq!(items[0].detail, "next step set");
        assert_eq!(items[0].uid, "follow-up.c-7k3m9q2x@crmfile");
    }

    #[test]
    fn a_follow_up_due_today_is_not_overdue() {
        let mut c = customer();
        c.follow_up.next = Some(Date(d("2026-11-23")));
        let items = due_items(&c, &Config::default(), d("2026-11-23"), d("2026-11-23"));
        assert_eq!(items.len(), 1);
        assert!(!items[0].overdue);
        assert_eq!(
            (items[0].customer.as_str(), items[0].name.as_str()),
            ("c-7k3m9q2x", "张伟")
        );
    }

    #[test]
    fn leap_day_birthdays() {
        assert_eq!(recurrence_in(d("2000-02-29"), 2027), Some(d("2027-02-28")));
        assert_eq!(recurrence_in(d("2000-02-29"), 2028), Some(d("2028-02-29")));
        assert_eq!(
            next_recurrence(d("2000-02-29"), d("2027-02-28")),
            Some(d("2027-02-28"))
        );
        assert_eq!(
            next_recurrence(d("2000-02-29"), d("2027-03-01")),
            Some(d("2028-02-29"))
        );
        assert_eq!(
            next_recurrence(d("1985-03-12"), d("2026-11-23")),
            Some(d("2027-03-12"))
        );
    }

    #[test]
    fn a_future_date_first_recurs_on_itself() {
        // Not on the day before in the common year ahead of it, nor a year early.
        assert_eq!(
            next_recurrence(d("2028-02-29"), d("2026-11-23")),
            Some(d("2028-02-29"))
        );
        assert_eq!(
            next_recurrence(d("2028-02-29"), d("2028-03-01")),
            Some(d("2029-02-28"))
        );
        assert_eq!(
            next_recurrence(d("2026-11-25"), d("2026-11-23")),
            Some(d("2026-11-25"))
        );
    }

    #[test]
    fn follow_up_from_cadence_next_and_creation() {
        let config = Config::default();
        let mut c = customer();
        // Never contacted, no tier: store default 30d from creation.
        assert_eq!(
            follow_up_due(&c, &config, NaiveDate::MAX).unwrap().0,
            d("2026-02-09")
        );
        // Tier default.
        c.class.tier = Some(Tier::Strategic);
        c.contacts.push(contact("2026-11-01T10:00:00+08:00"));
        assert_eq!(
            follow_up_due(&c, &config, NaiveDate::MAX).unwrap().0,
            d("2026-11-15")
        );
        // The record's own cadence beats the tier's.
        c.follow_up.cadence = Some(Span::days(7));
        assert_eq!(
            follow_up_due(&c, &config, NaiveDate::MAX).unwrap().0,
            d("2026-11-08")
        );
        // An explicit next step beats the cadence.
        c.follow_up.next = Some(Date(d("2026-12-01")));
        assert_eq!(
            follow_up_due(&c, &config, NaiveDate::MAX).unwrap().0,
            d("2026-12-01")
        );
    }

    #[test]
    fn window_edges_and_overdue() {
        let config = Config::default();
        let mut c = customer();
        c.follow_up.next = Some(Date(d("2026-11-30")));
        let today = d("2026-11-23");
        assert_eq!(
            kinds(&due_items(&c, &config, today, d("2026-11-30"))),
            [(DueKind::FollowUp, d("2026-11-30"))]
        );
        assert!(due_items(&c, &config, today, d("2026-11-29")).is_empty());
        c.follow_up.next = Some(Date(d("2026-11-01")));
        let items = due_items(&c, &config, today, today);
        assert!(items[0].overdue);
    }

    #[test]
    fn complaints_past_sla_and_people() {
        let config = Config::default();
        let mut c = customer();
        c.follow_up.next = Some(Date(d("2027-06-01")));
        c.feedback.push(Feedback {
            id: "f-00000001".into(),
            date: Date(d("2026-11-20")),
            kind: FeedbackKind::Complaint,
            rating: None,
            text: "late".into(),
            status: FeedbackStatus::Open,
            resolved: None,
            resolution: None,
            handler: None,
            due: None,
            started: None,
            callback_due: None,
            callback_done: None,
            callback_note: None,
            callback_rating: None,
        });
        c.key_people.push(KeyPerson {
            id: "p-00000001".into(),
            name: "王芳".into(),
            role: Role::DecisionMaker,
            birthday: Some(Date(d("1979-11-25"))),
            lunar_birthday: None,
            phone: None,
            email: None,
            notes: None,
        });
        let items = due_items(&c, &config, d("2026-11-23"), d("2026-11-30"));
        assert_eq!(
            kinds(&items),
            [
                (DueKind::Birthday, d("2026-11-25")),
                (DueKind::Complaint, d("2026-11-22"))
            ]
        );
        assert_eq!(items[0].years, Some(47));
        assert!(items[1].overdue);
        assert_eq!(items[1].uid, "complaint.f-00000001@crmfile");
        c.feedback[0].status = FeedbackStatus::Resolved;
        assert_eq!(due_items(&c, &config, d("2026-11-23"), d("2026-11-30")).len(), 1);
    }
}
