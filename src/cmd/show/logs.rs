//! `show`'s tables of a record's logs: key people, dates, transactions, payments,
//! contacts, documents, links, consents and feedback.

use crate::i18n::fl;
use crate::model::record::{Customer, FeedbackStatus};
use crate::output;

/// Appends a titled table for each log the record has entries in.
pub(super) fn sections(c: &Customer, ctx: &crate::cmd::Ctx, out: &mut String) {
    let mut section = |title: String, header: &[String], rows: Vec<Vec<String>>| {
        if !rows.is_empty() {
            out.push_str(&format!("\n{title}\n"));
            out.push_str(&output::table(header, &rows, ctx.color));
        }
    };
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    section(
        fl!("show-key-people"),
        &[
            fl!("col-id"),
            fl!("col-name"),
            fl!("col-role"),
            fl!("col-birthday"),
            fl!("col-phone"),
        ],
        c.key_people
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.name.clone(),
                    p.role.label(),
                    match (p.birthday, p.lunar_birthday) {
                        (Some(d), _) => d.to_string(),
                        (None, Some(l)) => l.name(),
                        (None, None) => String::new(),
                    },
                    s(&p.phone),
                ]
            })
            .collect(),
    );
    section(
        fl!("show-dates"),
        &[fl!("col-id"), fl!("col-label"), fl!("col-date")],
        c.dates
            .iter()
            .map(|d| {
                let date = match d.lunar {
                    Some(l) => format!("{} ({})", l.name(), d.date),
                    None => d.date.to_string(),
                };
                vec![d.id.clone(), d.label.clone(), date]
            })
            .collect(),
    );
    section(
        fl!("show-transactions"),
        &[
            fl!("col-id"),
            fl!("col-date"),
            fl!("col-product"),
            fl!("col-qty"),
            fl!("col-amount"),
            fl!("col-payment"),
            fl!("col-due"),
        ],
        c.transactions
            .iter()
            .map(|t| {
                let refund = t.amount.is_sign_negative();
                let due = match t.due {
                    Some(_) if refund => fl!("show-credited"),
                    Some(d) if t.over_limit => fl!("show-due-over-limit", date = d.to_string()),
                    Some(d) => d.to_string(),
                    None if refund => fl!("show-paid-back"),
                    None => fl!("show-paid"),
                };
                vec![
                    t.id.clone(),
                    t.date.to_string(),
                    s(&t.product),
                    t.quantity.map(|q| q.to_string()).unwrap_or_default(),
                    format!("{} {}", t.amount, t.currency),
                    s(&t.payment),
                    due,
                ]
            })
            .collect(),
    );
    section(
        fl!("show-payments"),
        &[
            fl!("col-id"),
            fl!("col-date"),
            fl!("col-amount"),
            fl!("col-for"),
            fl!("col-method"),
            fl!("col-ref"),
        ],
        c.payments
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.date.to_string(),
                    format!("{} {}", p.amount, p.currency),
                    s(&p.applies_to),
                    s(&p.method),
                    s(&p.reference),
                ]
            })
            .collect(),
    );
    section(
        fl!("show-contacts"),
        &[
            fl!("col-id"),
            fl!("col-at"),
            fl!("col-channel"),
            fl!("col-by"),
            fl!("col-summary"),
            fl!("col-outcome"),
            fl!("col-next"),
        ],
        c.contacts
            .iter()
            .map(|k| {
                vec![
                    k.id.clone(),
                    k.at.0.format("%Y-%m-%d %H:%M").to_string(),
                    k.channel.label(),
                    s(&k.by),
                    k.summary.clone(),
                    s(&k.outcome),
                    k.next.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    );
    section(
        fl!("show-attachments"),
        &[
            fl!("col-id"),
            fl!("col-label"),
            fl!("col-file"),
            fl!("col-size"),
            fl!("col-added"),
            fl!("col-by"),
        ],
        c.attachments
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    s(&a.label),
                    a.name.clone(),
                    a.size.to_string(),
                    a.added.0.format("%Y-%m-%d %H:%M").to_string(),
                    s(&a.by),
                ]
            })
            .collect(),
    );
    section(
        fl!("show-links"),
        &[
            fl!("col-relation"),
            fl!("col-id"),
            fl!("col-name"),
            fl!("col-company"),
            fl!("col-notes"),
        ],
        c.links
            .iter()
            .map(|l| {
                // The other record read for its name; one that is gone is said to be.
                let (name, company) = match ctx.resolve(&l.to, false) {
                    Ok(other) => (other.customer.name, other.customer.company.unwrap_or_default()),
                    Err(_) => (fl!("show-link-missing"), String::new()),
                };
                vec![l.relation.label(), l.to.clone(), name, company, s(&l.note)]
            })
            .collect(),
    );
    section(
        fl!("show-consents"),
        &[
            fl!("col-id"),
            fl!("col-date"),
            fl!("col-purpose"),
            fl!("col-status"),
            fl!("col-scope"),
            fl!("col-channel"),
            fl!("col-evidence"),
        ],
        c.consents
            .iter()
            .map(|k| {
                vec![
                    k.id.clone(),
                    k.date.to_string(),
                    k.purpose.label(),
                    k.status.label(),
                    s(&k.scope),
                    s(&k.channel),
                    s(&k.evidence),
                ]
            })
            .collect(),
    );
    section(
        fl!("show-feedback"),
        &[
            fl!("col-id"),
            fl!("col-date"),
            fl!("col-kind"),
            fl!("col-rating"),
            fl!("col-status"),
            fl!("col-handler"),
            fl!("col-text"),
            fl!("col-resolution"),
            fl!("col-callback"),
        ],
        c.feedback
            .iter()
            .map(|f| {
                let day = |d: Option<crate::model::date::Date>| d.map(|d| d.to_string());
                // Called back: the day of the callback; resolved: the day of the resolution.
                let done = match f.status {
                    FeedbackStatus::CallbackDone => day(f.callback_done).or(day(f.resolved)),
                    _ => day(f.resolved),
                };
                let status = match (f.status.is_unresolved(), day(f.due), done) {
                    (true, Some(due), _) => fl!("show-status-due", status = f.status.label(), date = due),
                    (false, _, Some(on)) => fl!("show-status-on", status = f.status.label(), date = on),
                    _ => f.status.label(),
                };
                let callback = match (day(f.callback_done), day(f.callback_due)) {
                    (Some(done), _) => {
                        let note = f.callback_note.clone().unwrap_or_default();
                        fl!("show-callback-done", date = done, note = note)
                    }
                    (None, Some(due)) => fl!("show-callback-due", date = due),
                    _ => String::new(),
                };
                vec![
                    f.id.clone(),
                    f.date.to_string(),
                    f.kind.label(),
                    f.rating.map(|r| r.to_string()).unwrap_or_default(),
                    status,
                    s(&f.handler),
                    f.text.clone(),
                    s(&f.resolution),
                    callback,
                ]
            })
            .collect(),
    );
}
