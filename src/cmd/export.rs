//! `crmfile export`: records out, for spreadsheets, phones, calendars and scripts.

use chrono::{Days, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Todo};
use serde_json::json;

use super::Ctx;
use super::find::Filters;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::fields;
use crate::model::record::Customer;
use crate::model::vcard::{self, Version};
use crate::output;

/// Export customers (filtered as `find` does) to stdout: CSV, JSON, NDJSON, vCard or
/// iCalendar; or their log entries, one row each; or everything held about one customer.
///
/// CSV columns are dotted field paths (--fields); lists are joined with `;`. The default
/// columns: id, name, kind, company, title, contact.phones, contact.emails,
/// contact.wechat, contact.address, birthday, tags, owner, source, ref, class.tier,
/// class.lifecycle, class.rfm, class.stage, follow_up.next, created, updated.
///
/// Examples:
///   crmfile export --format csv --bom > customers.csv                (for Excel)
///   crmfile export --tag vip --format csv --fields id,name,contact.phones,class.tier,extra.floor
///   crmfile export --format vcard > customers.vcf                    (phones, khard)
///   crmfile export --format vcard --vcard-version 3.0 > old-phone.vcf
///   crmfile export --format ics > dates.ics                          (birthdays, anniversaries, next steps)
///   crmfile export --entries transactions --format csv > sales.csv
///   crmfile export 张伟 --subject --history > ../subject-access.json  (PIPL art. 45 / GDPR art. 15)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    pub filters: Filters,
    /// Columns for CSV, as dotted field paths separated by commas
    #[arg(long, value_delimiter = ',', value_name = "a,b,c")]
    pub fields: Vec<String>,
    /// Start CSV with a byte-order mark, so Excel reads UTF-8
    #[arg(long)]
    pub bom: bool,
    /// vCard version for --format vcard
    #[arg(long, value_enum, default_value = "4.0")]
    pub vcard_version: Version,
    /// One row per log entry (with its customer's id) instead of one per customer
    #[arg(long, value_enum, value_name = "KIND")]
    pub entries: Option<Entries>,
    /// Everything held about the one customer QUERY names, as JSON (subject access request)
    #[arg(long, requires = "query")]
    pub subject: bool,
    /// With --subject: also every committed version from git history
    #[arg(long, requires = "subject")]
    pub history: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Entries {
    Contacts,
    Transactions,
    Feedback,
}

pub const DEFAULT_FIELDS: &[&str] = &[
    "id",
    "name",
    "kind",
    "company",
    "title",
    "contact.phones",
    "contact.emails",
    "contact.wechat",
    "contact.address",
    "birthday",
    "tags",
    "owner",
    "source",
    "ref",
    "class.tier",
    "class.lifecycle",
    "class.rfm",
    "class.stage",
    "follow_up.next",
    "created",
    "updated",
];

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    if args.subject {
        return subject(&args, ctx);
    }
    let supported: &[Format] = if args.entries.is_some() {
        &[Format::Csv, Format::Ndjson, Format::Json]
    } else {
        &[
            Format::Csv,
            Format::Json,
            Format::Ndjson,
            Format::Vcard,
            Format::Ics,
        ]
    };
    let Some(format) = ctx.global.format else {
        return Err(Error::usage(fl!("error-export-format")).hint(fl!("hint-export-format")));
    };
    output::choose(Some(format), supported, format)?;
    let fields: Vec<String> = if args.fields.is_empty() {
        let default: &[&str] = if args.entries.is_some() {
            &[]
        } else {
            DEFAULT_FIELDS
        };
        default.iter().map(|s| s.to_string()).collect()
    } else {
        args.fields.iter().map(|s| s.trim().to_string()).collect()
    };
    for f in &fields {
        let known = match args.entries {
            Some(kind) => entry_columns(kind).contains(&f.as_str()),
            None => {
                fields::get(&Customer::new(String::new(), String::new(), ctx.timestamp()), f).is_some()
                    || f.starts_with("extra.")
            }
        };
        if !known {
            return Err(Error::usage(fl!("error-not-a-field", field = f.to_string())));
        }
    }
    let scan = ctx.scan(matches!(format, Format::Json | Format::Ndjson))?;
    let mut hits = args.filters.select(&scan);
    hits.sort_by(|a, b| a.id.cmp(&b.id));

    let mut text = match (args.entries, format) {
        (Some(kind), _) => entries(kind, format, &hits, &fields)?,
        (None, Format::Csv) => {
            let header: Vec<&str> = fields.iter().map(String::as_str).collect();
            let rows: Vec<Vec<String>> = hits
                .iter()
                .map(|c| {
                    fields
                        .iter()
                        .map(|f| fields::get(c, f).unwrap_or_default().join(";"))
                        .collect()
                })
                .collect();
            output::csv(&header, &rows)?
        }
        (None, Format::Json | Format::Ndjson) => super::show::records_text(&hits, format == Format::Ndjson)?,
        (None, Format::Vcard) => hits.iter().map(|c| vcard::card(c, args.vcard_version)).collect(),
        (None, _) => calendar(&hits, ctx),
    };
    if args.bom && format == Format::Csv {
        text.insert(0, '\u{feff}');
    }
    output::emit(&text)?;
    if !scan.errors.is_empty() {
        ctx.report_file_errors(&scan.errors);
        return Err(Error::new(fl!(
            "error-export-unreadable",
            count = scan.errors.len()
        )));
    }
    Ok(0)
}

/// The columns of `--entries` output, in order.
fn entry_columns(kind: Entries) -> &'static [&'static str] {
    match kind {
        Entries::Contacts => &[
            "customer",
            "id",
            "at",
            "channel",
            "direction",
            "by",
            "summary",
            "outcome",
            "next",
        ],
        Entries::Transactions => &[
            "customer", "id", "date", "product", "quantity", "amount", "currency", "payment", "ref",
        ],
        Entries::Feedback => &[
            "customer",
            "id",
            "date",
            "kind",
            "rating",
            "text",
            "status",
            "resolved",
            "resolution",
        ],
    }
}

fn entries(kind: Entries, format: Format, hits: &[&Customer], fields: &[String]) -> Result<String> {
    let mut rows: Vec<serde_json::Value> = Vec::new();
    for c in hits {
        let full = super::show::record_json(c)?;
        let key = match kind {
            Entries::Contacts => "contacts",
            Entries::Transactions => "transactions",
            Entries::Feedback => "feedback",
        };
        for e in full.get(key).and_then(|v| v.as_array()).into_iter().flatten() {
            let mut obj = serde_json::Map::new();
            obj.insert("customer".into(), json!(c.id));
            if let Some(fields) = e.as_object() {
                obj.extend(fields.clone());
            }
            rows.push(serde_json::Value::Object(obj));
        }
    }
    Ok(match format {
        Format::Csv => {
            let header: Vec<&str> = if fields.is_empty() {
                entry_columns(kind).to_vec()
            } else {
                fields.iter().map(String::as_str).collect()
            };
            let cell = |v: Option<&serde_json::Value>| match v {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Null) | None => String::new(),
                Some(other) => other.to_string(),
            };
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| header.iter().map(|h| cell(r.get(*h))).collect())
                .collect();
            output::csv(&header, &table)?
        }
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&rows).expect("serializes")),
        _ => rows
            .iter()
            .map(|r| serde_json::to_string(r).expect("serializes") + "\n")
            .collect(),
    })
}

/// Yearly birthdays and anniversaries (customers' and key people's) as recurring all-day
/// events, and each explicit next step as a to-do; UIDs are stable.
fn calendar(hits: &[&Customer], ctx: &Ctx) -> String {
    let stamp = ctx.now.with_timezone(&Utc);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//crmfile//export//EN"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    let mut yearly = |uid: String, summary: String, date: chrono::NaiveDate| {
        let end = date.checked_add_days(Days::new(1)).unwrap_or(date);
        let mut e = Event::new();
        e.uid(&uid)
            .timestamp(stamp)
            .summary(&summary)
            .starts(date)
            .ends(end);
        // 29 February births recur on the last day of February in common years.
        let rule = if date.format("%m-%d").to_string() == "02-29" {
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
        } else {
            "FREQ=YEARLY"
        };
        e.add_property("RRULE", rule);
        cal.push(e.done());
    };
    for c in hits {
        if let Some(b) = c.birthday {
            yearly(
                format!("birthday.{}@crmfile", c.id),
                format!("birthday: {}", c.name),
                b.0,
            );
        }
        for p in &c.key_people {
            if let Some(b) = p.birthday {
                yearly(
                    format!("birthday.{}@crmfile", p.id),
                    format!("birthday: {} ({} of {})", p.name, p.role, c.name),
                    b.0,
                );
            }
        }
        for d in &c.dates {
            yearly(
                format!("anniversary.{}@crmfile", d.id),
                format!("{}: {}", d.label, c.name),
                d.date.0,
            );
        }
    }
    for c in hits {
        if let Some(next) = c.follow_up.next {
            let mut todo = Todo::new();
            todo.uid(&format!("follow-up.{}@crmfile", c.id))
                .timestamp(stamp)
                .summary(&format!("follow up: {} ({})", c.name, c.id))
                .due(next.0);
            cal.push(todo.done());
        }
    }
    cal.done().to_string()
}

/// Everything about one customer: the record, and with --history each committed version.
fn subject(args: &Args, ctx: &Ctx) -> Result<u8> {
    let query = args.filters.query.as_deref().expect("clap requires the query");
    let loaded = ctx.resolve(query, true)?;
    let store = ctx.store()?;
    let mut out = json!({
        "exported": ctx.now.to_rfc3339(),
        "customer": loaded.customer.id,
        "record": super::show::record_json(&loaded.customer)?,
    });
    if args.history {
        let versions = crate::store::git::history(&store.root, &loaded.path)
            .ok_or_else(|| Error::new(fl!("error-history-no-git")).hint(fl!("hint-drop-history")))?;
        let keyring = ctx.keyring()?;
        let mut list = Vec::new();
        for (commit, date, bytes) in versions {
            let record = match keyring.decrypt(&bytes) {
                Ok(plain) => match std::str::from_utf8(&plain)
                    .ok()
                    .map(|t| crate::store::parse_record(t, true))
                {
                    Some(Ok(c)) => super::show::record_json(&c)?,
                    _ => json!({ "error": "this version does not parse" }),
                },
                Err(e) => json!({ "error": e.to_string() }),
            };
            list.push(json!({ "commit": commit, "date": date, "record": record }));
        }
        out["history"] = serde_json::Value::Array(list);
    }
    output::emit(&format!(
        "{}\n",
        serde_json::to_string_pretty(&out).expect("serializes")
    ))?;
    Ok(0)
}
