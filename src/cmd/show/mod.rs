//! `crmfile show`: one record.

use crate::cli::Format;
use crate::error::Result;
use crate::i18n::fl;
use crate::model::credit::Ledger;
use crate::model::fields;
use crate::model::record::Customer;
use crate::output;

mod logs;

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
    ctx.emit(&text)?;
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
    for f in fields::shown() {
        let mut values = fields::get(c, f).unwrap_or_default();
        // Enumerated values by their name in the language of this run.
        if let Some(kind) = fields::enum_kind(f) {
            values = values.iter().map(|v| crate::i18n::enum_label(kind, v)).collect();
        }
        // A lunar birthday in both calendars: its lunar name and this year's day.
        if f == "lunar_birthday"
            && let Some(l) = c.lunar_birthday
            && let Some(on) = l.next_from(ctx.today)
        {
            values = vec![fl!("show-lunar-next", lunar = l.name(), date = on.to_string())];
        }
        // Each number with its kind: `+86 138 0013 8000 (mobile)`.
        if f == "contact.phones" {
            values = c
                .contact
                .phones
                .iter()
                .map(|p| format!("{} ({})", p.number, p.kind.label()))
                .collect();
        }
        if f == "follow_up.cadence" && crate::i18n::Lang::current() != crate::i18n::Lang::En {
            values = c.follow_up.cadence.iter().map(|s| s.every()).collect();
        }
        if !values.is_empty() {
            rows.push(vec![field_label(f), values.join(", ")]);
        }
    }
    if c.class.pin {
        rows.push(vec![field_label("class.pin"), fl!("show-yes")]);
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
    logs::sections(c, ctx, &mut out);
    out
}
