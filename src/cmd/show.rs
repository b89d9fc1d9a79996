//! `crmfile show`: one record.

use crate::cli::Format;
use crate::error::Result;
use crate::i18n::fl;
use crate::model::credit::Ledger;
use crate::model::fields;
use crate::model::record::Customer;
use crate::output;

/// Show one customer: a table on a terminal, TOML otherwise, or JSON.
///
/// Examples:
///   crmfile show 张伟
///   crmfile show c-7k3m9q2x --format json | jq .contact.phones
///   crmfile show 13800138000 --format toml
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer (name, phone, email, company)
    pub query: String,
    /// Output format [default: table on a terminal, TOML otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Toml, Format::Json]))]
    pub format: Option<Format>,
}

/// The scalar and list fields a person reads first, in order.
const SHOWN: &[&str] = &[
    "id",
    "name",
    "kind",
    "gender",
    "company",
    "title",
    "birthday",
    "lunar_birthday",
    "industry",
    "region",
    "size",
    "tags",
    "owner",
    "source",
    "ref",
    "contact.phones",
    "contact.emails",
    "contact.wechat",
    "contact.qq",
    "contact.address",
    "preferences.channel",
    "preferences.products",
    "preferences.notes",
    "class.tier",
    "class.lifecycle",
    "class.rfm",
    "class.stage",
    "follow_up.cadence",
    "follow_up.next",
    "credit.limit",
    "credit.rating",
    "credit.terms",
    "verified",
    "created",
    "updated",
];

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Toml);
    let loaded = ctx.resolve(&args.query, true)?;
    ctx.warn_untrusted(loaded.path.parent());
    let c = &loaded.customer;
    let text = match format {
        Format::Toml => crate::store::render_record(c)?.to_string(),
        Format::Json => {
            let json = output::record_json(c)?;
            format!(
                "{}\n",
                serde_json::to_string_pretty(&json).expect("JSON values serialize")
            )
        }
        _ => as_tables(c, ctx),
    };
    output::emit(&text)?;
    Ok(0)
}

/// A field's row label: its Chinese name in a Chinese run (the dotted name is accepted
/// as well everywhere), the dotted name otherwise.
fn field_label(field: &str) -> String {
    if crate::i18n::Lang::current() == crate::i18n::Lang::ZhCn {
        fields::label(field, true)
    } else {
        field.to_string()
    }
}

fn as_tables(c: &Customer, ctx: &super::Ctx) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for f in SHOWN {
        let mut values = fields::get(c, f).unwrap_or_default();
        // Enumerated values by their name in the language of this run.
        if let Some(kind) = fields::enum_kind(f) {
            values = values.iter().map(|v| crate::i18n::enum_label(kind, v)).collect();
        }
        // A lunar birthday in both calendars: its lunar name and this year's day.
        if *f == "lunar_birthday"
            && let Some(l) = c.lunar_birthday
            && let Some(on) = l.next_from(ctx.today)
        {
            values = vec![fl!("show-lunar-next", lunar = l.name(), date = on.to_string())];
        }
        // Each number with its kind: `+86 138 0013 8000 (mobile)`.
        if *f == "contact.phones" {
            values = c
                .contact
                .phones
                .iter()
                .map(|p| format!("{} ({})", p.number, p.kind.label()))
                .collect();
        }
        if *f == "follow_up.cadence" && crate::i18n::Lang::current() != crate::i18n::Lang::En {
            values = c.follow_up.cadence.iter().map(|s| s.every()).collect();
        }
        if !values.is_empty() {
            rows.push(vec![field_label(f), values.join(", ")]);
        }
    }
    if c.class.pin {
        rows.push(vec![field_label("class.pin"), "true".into()]);
    }
    // What the customer owes: worked out from purchases on account and payments.
    if let Ok(store) = ctx.store() {
        let currency = &store.config.currency;
        let ledger = Ledger::of(c, currency, ctx.today);
        if !ledger.is_empty() {
            rows.push(if ledger.balance.is_sign_negative() {
                vec![fl!("show-credit"), format!("{currency} {}", ledger.credit)]
            } else {
                vec![fl!("show-balance"), format!("{currency} {}", ledger.balance)]
            });
            rows.push(vec![
                fl!("show-overdue"),
                format!("{currency} {}", ledger.overdue),
            ]);
        }
    }
    for (k, v) in &c.extra {
        let text = v.as_str().map_or_else(|| v.to_string(), String::from);
        rows.push(vec![format!("extra.{k}"), text]);
    }
    let mut out = output::table(&[fl!("col-field"), fl!("col-value")], &rows, ctx.color);
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
                let due = match t.due {
                    Some(d) if t.over_limit => fl!("show-due-over-limit", date = d.to_string()),
                    Some(d) => d.to_string(),
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
                let status = match (f.status.is_unresolved(), day(f.due), day(f.resolved)) {
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
    out
}
