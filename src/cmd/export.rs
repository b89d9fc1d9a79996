//! `crmfile export`: records out, for spreadsheets, phones, calendars and scripts.

use chrono::{Datelike, Days, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Todo};
use rayon::prelude::*;
use serde_json::json;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::{Lang, fl};
use crate::model::credit::Ledger;
use crate::model::fields;
use crate::model::lunar::LunarDate;
use crate::model::query::Filters;
use crate::model::record::Customer;
use crate::model::vcard::{self, Version};
use crate::model::xlsx;
use crate::output;

/// Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or
/// iCalendar; or their log entries, one row each; or everything held about one customer.
///
/// CSV columns are dotted field paths (--fields); lists are joined with `;`. The default
/// columns: id, name, kind, company, title, contact.phones, contact.emails,
/// contact.wechat, contact.address, birthday, tags, owner, source, ref, class.tier,
/// class.lifecycle, class.rfm, class.stage, follow_up.next, created, updated.
///
/// Examples:
///   crmfile export --format csv --bom > customers.csv                (for Excel)
///   crmfile export --format csv --headers zh --bom > 客户.csv        (Chinese headers, imports back)
///   crmfile export --format xlsx --headers zh > 客户.xlsx             (an Excel workbook)
///   crmfile export --tag vip --format csv --fields id,name,contact.phones,class.tier,extra.floor
///   crmfile export --format csv --headers zh --fields name,company,owner,credit.limit,balance   (欠款)
///   crmfile export --format vcard > customers.vcf                    (phones, khard)
///   crmfile export --format vcard --vcard-version 3.0 > old-phone.vcf
///   crmfile export --format ics > dates.ics                          (birthdays, anniversaries, next steps)
///   crmfile export --purpose marketing --format csv --fields name,contact.phones > campaign.csv
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
    /// CSV cells exactly as stored: no `'` before cells a spreadsheet would run as a
    /// formula (`=`, `+`, `-`, `@`); only for programs, never for Excel
    #[arg(long)]
    pub raw: bool,
    /// CSV headers: dotted field names for programs (machine), or people's names in
    /// Chinese (zh) or English (en), with enumerated values named in that language too;
    /// `import customers` reads all three back
    #[arg(long, value_enum, default_value = "machine")]
    pub headers: Headers,
    /// vCard version for --format vcard
    #[arg(long, value_enum, default_value = "4.0")]
    pub vcard_version: Version,
    /// One row per log entry (with its customer's id) instead of one per customer
    #[arg(long, value_enum, value_name = "KIND")]
    pub entries: Option<Entries>,
    /// Everything held about the one customer QUERY names, as JSON (subject access request)
    #[arg(long, requires = "query")]
    pub subject: bool,
    /// Only customers the store may use for this purpose: for `marketing`, by the
    /// store's `[consent] marketing` rule; for the others, consent given and not withdrawn
    #[arg(long, conflicts_with = "subject")]
    pub purpose: Option<crate::model::record::Purpose>,
    /// With --subject: also every committed version from git history
    #[arg(long, requires = "subject")]
    pub history: bool,
    /// Output format (required; --entries: csv, xlsx, json or ndjson). xlsx is an Excel
    /// workbook, written to stdout: redirect it to a file
    #[arg(long, value_parser = crate::cli::formats(&[Format::Csv, Format::Xlsx, Format::Json, Format::Ndjson, Format::Vcard, Format::Ics]))]
    pub format: Option<Format>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Headers {
    Machine,
    Zh,
    En,
}

impl Headers {
    /// The language of a spreadsheet for people; `None` for programs.
    fn lang(self) -> Option<Lang> {
        match self {
            Headers::Machine => None,
            Headers::Zh => Some(Lang::ZhCn),
            Headers::En => Some(Lang::En),
        }
    }
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
    "credit.limit",
    "credit.rating",
    "credit.terms",
    "created",
    "updated",
];

/// The column of what a customer owes now (欠款), worked out from purchases and payments:
/// asked for with `--fields …,balance`, never imported back.
pub const BALANCE: &str = "balance";

pub fn run(mut args: Args, ctx: &Ctx) -> Result<u8> {
    if args.subject {
        return subject(&args, ctx);
    }
    let supported: &[Format] = if args.entries.is_some() {
        &[Format::Csv, Format::Xlsx, Format::Ndjson, Format::Json]
    } else {
        &[
            Format::Csv,
            Format::Xlsx,
            Format::Json,
            Format::Ndjson,
            Format::Vcard,
            Format::Ics,
        ]
    };
    let Some(format) = args.format else {
        return Err(Error::usage(fl!("error-export-format")).hint(fl!("hint-export-format")));
    };
    output::require(format, supported)?;
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
                    || f == BALANCE
            }
        };
        if !known {
            return Err(Error::usage(fl!("error-not-a-field", field = f.to_string())));
        }
    }
    // Chosen through the index, in id order; then read in full a part at a time and
    // written out as they are read, so memory holds one part, not the store. A calendar
    // needs nothing the index lacks.
    ctx.prepare_filters(&mut args.filters)?;
    let filters = &args.filters;
    let calendar_only = args.entries.is_none() && format == Format::Ics;
    let stamp = ctx.now.with_timezone(&Utc);
    let (mut chosen, mut errors) = if filters.is_empty() && !calendar_only {
        // Everything, read once below: the index would only add a pass when it is cold.
        let (paths, errors) = ctx.readable_paths()?;
        let chosen = paths
            .into_iter()
            .filter_map(|p| {
                let id = p
                    .file_name()?
                    .to_str()
                    .and_then(crate::model::id::id_from_file_name)?;
                Some((id.to_string(), p, None))
            })
            .collect();
        (chosen, errors)
    } else {
        ctx.scan_indexed(|path, c| {
            filters.keeps(&c).then(|| {
                let parts = calendar_only.then(|| calendar_parts(&c, stamp));
                (c.id, path.to_path_buf(), parts)
            })
        })?
    };
    chosen.sort_by(|a, b| a.0.cmp(&b.0));
    if calendar_only {
        output::emit(&calendar(chosen.into_iter().filter_map(|(_, _, p)| p).collect()))?;
    } else {
        let mut text = String::new();
        if args.bom && format == Format::Csv {
            text.push('\u{feff}');
        }
        let people = args.headers.lang().filter(|_| args.entries.is_none());
        let labels: Vec<String> = match people {
            Some(lang) => fields
                .iter()
                .map(|f| fields::label(f, lang == Lang::ZhCn))
                .collect(),
            None => Vec::new(),
        };
        let entry_header: Vec<&str> = match args.entries {
            Some(kind) if fields.is_empty() => entry_columns(kind).to_vec(),
            _ if people.is_some() => labels.iter().map(String::as_str).collect(),
            _ => fields.iter().map(String::as_str).collect(),
        };
        let mut book = None;
        if format == Format::Xlsx {
            use std::io::IsTerminal;
            if std::io::stdout().is_terminal() {
                return Err(Error::usage(fl!("error-xlsx-to-terminal")).hint(fl!("hint-xlsx-to-terminal")));
            }
            let names: &[&str] = match args.entries {
                Some(_) if fields.is_empty() => &entry_header,
                _ => &fields.iter().map(String::as_str).collect::<Vec<_>>(),
            };
            let numeric: Vec<bool> = names.iter().map(|f| NUMERIC.contains(f)).collect();
            let header: Vec<String> = entry_header.iter().map(|h| h.to_string()).collect();
            let sheet = match args.entries {
                None => fl!("sheet-customers"),
                Some(Entries::Contacts) => fl!("sheet-contacts"),
                Some(Entries::Transactions) => fl!("sheet-transactions"),
                Some(Entries::Feedback) => fl!("sheet-feedback"),
            };
            book = Some(xlsx::Writer::new(&sheet, &header, &numeric).map_err(xlsx_error)?);
        }
        if format == Format::Csv {
            text.push_str(&output::csv(&entry_header, &[])?);
        }
        let mut list = output::JsonList::new(format == Format::Ndjson);
        let keep_unknown = matches!(format, Format::Json | Format::Ndjson);
        for part in chosen.chunks(PART) {
            let paths: Vec<_> = part.iter().map(|(_, p, _)| p.clone()).collect();
            let (loaded, failed) = ctx.load_all(&paths, keep_unknown)?;
            errors.extend(failed);
            // A record changed since the index was read is checked again.
            let hits: Vec<&Customer> = loaded
                .iter()
                .map(|l| &l.customer)
                .filter(|c| filters.keeps(c) && purpose_allows(args.purpose, c, ctx))
                .collect();
            // Each record is turned into text in parallel, then written in order.
            match (args.entries, format) {
                (Some(kind), Format::Csv | Format::Xlsx) => {
                    let rows: Vec<Vec<String>> = entry_rows(kind, &hits)?
                        .iter()
                        .map(|r| entry_header.iter().map(|h| cell(r.get(*h))).collect())
                        .collect();
                    sheet_rows(&rows, book.as_mut(), args.raw, &mut text)?;
                }
                (Some(kind), _) => {
                    let rendered: Vec<String> = entry_rows(kind, &hits)?
                        .par_iter()
                        .map(|row| list.render(row))
                        .collect();
                    for row in rendered {
                        list.push_rendered(&row, &mut text);
                    }
                }
                (None, Format::Csv | Format::Xlsx) => {
                    let (currency, today) = (&ctx.store()?.config.currency, ctx.today);
                    let rows: Vec<Vec<String>> = hits
                        .par_iter()
                        .map(|c| {
                            fields
                                .iter()
                                .map(|f| {
                                    if f == BALANCE {
                                        let ledger = Ledger::of(c, currency, today);
                                        return if ledger.is_empty() {
                                            String::new()
                                        } else {
                                            ledger.balance.to_string()
                                        };
                                    }
                                    let mut values = fields::get(c, f).unwrap_or_default();
                                    if let (Some(lang), Some(kind)) = (people, fields::enum_kind(f)) {
                                        values = values
                                            .iter()
                                            .map(|v| crate::i18n::enum_label_in(lang, kind, v))
                                            .collect();
                                    }
                                    values.join(";")
                                })
                                .collect()
                        })
                        .collect();
                    sheet_rows(&rows, book.as_mut(), args.raw, &mut text)?;
                }
                (None, Format::Json | Format::Ndjson) => {
                    let rendered: Vec<String> = hits
                        .par_iter()
                        .map(|c| output::record_json(c).map(|j| list.render(&j)))
                        .collect::<Result<_>>()?;
                    for record in rendered {
                        list.push_rendered(&record, &mut text);
                    }
                }
                (None, _) => text.extend(
                    hits.par_iter()
                        .map(|c| vcard::card(c, args.vcard_version))
                        .collect::<Vec<_>>(),
                ),
            }
            output::emit(&text)?;
            text.clear();
        }
        // The header (and BOM) of an export that matched nothing.
        output::emit(&text)?;
        if let Some(book) = book {
            output::emit_bytes(&book.finish().map_err(xlsx_error)?)?;
        }
        if matches!(format, Format::Json | Format::Ndjson) {
            output::emit(list.end())?;
        }
    }
    if !errors.is_empty() {
        ctx.report_file_errors(&errors);
        return Err(Error::new(fl!("error-export-unreadable", count = errors.len())));
    }
    Ok(0)
}

/// Columns a workbook holds as numbers, so Excel can sum them; every other cell is text
/// (a phone keeps its `+` and leading zero, a name is never a formula).
const NUMERIC: &[&str] = &[
    "credit.limit",
    "credit.terms",
    BALANCE,
    "amount",
    "quantity",
    "rating",
];

/// Rows for a spreadsheet: into the workbook being written, else as CSV text.
fn sheet_rows(
    rows: &[Vec<String>],
    book: Option<&mut xlsx::Writer>,
    raw: bool,
    text: &mut String,
) -> Result<()> {
    match book {
        Some(book) => rows.iter().try_for_each(|r| book.row(r)).map_err(xlsx_error),
        None => {
            text.push_str(&output::csv_rows_as(rows, !raw)?);
            Ok(())
        }
    }
}

fn xlsx_error(why: String) -> Error {
    Error::new(fl!("error-write-xlsx")).cause(why)
}

/// Whether the store may use `c` for `purpose` (none asked: yes).
fn purpose_allows(purpose: Option<crate::model::record::Purpose>, c: &Customer, ctx: &Ctx) -> bool {
    use crate::model::record::{ConsentStatus, Purpose};
    match purpose {
        None => true,
        Some(Purpose::Marketing) => ctx.store().is_ok_and(|s| s.config.consent.marketing_allowed(c)),
        Some(p) => c.consent(p) == Some(ConsentStatus::Given),
    }
}

/// Records read in full, turned into text and written at a time.
const PART: usize = 256;

/// A JSON value as a CSV cell.
fn cell(v: Option<&serde_json::Value>) -> String {
    match v {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
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

/// One row per log entry of these customers, each with its customer's id first.
fn entry_rows(kind: Entries, hits: &[&Customer]) -> Result<Vec<serde_json::Value>> {
    let key = match kind {
        Entries::Contacts => "contacts",
        Entries::Transactions => "transactions",
        Entries::Feedback => "feedback",
    };
    let per_customer: Vec<Vec<serde_json::Value>> = hits
        .par_iter()
        .map(|c| {
            let full = output::record_json(c)?;
            let entries = full.get(key).and_then(|v| v.as_array()).into_iter().flatten();
            Ok(entries
                .map(|e| {
                    let mut obj = serde_json::Map::new();
                    obj.insert("customer".into(), json!(c.id));
                    if let Some(fields) = e.as_object() {
                        obj.extend(fields.clone());
                    }
                    serde_json::Value::Object(obj)
                })
                .collect())
        })
        .collect::<Result<_>>()?;
    Ok(per_customer.into_iter().flatten().collect())
}

/// Yearly birthdays and anniversaries (customers' and key people's) as recurring all-day
/// events, then each explicit next step as a to-do; UIDs are stable. Made from each
/// customer's parts (see [`calendar_parts`]), in the order given.
fn calendar(parts: Vec<(String, String)>) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//crmfile//export//EN"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    let empty = cal.done().to_string();
    let (head, end) = empty.split_at(empty.len() - "END:VCALENDAR\r\n".len());
    let mut text = head.to_string();
    text.extend(parts.iter().map(|(events, _)| events.as_str()));
    text.extend(parts.iter().map(|(_, todo)| todo.as_str()));
    text.push_str(end);
    text
}

/// How many years of a lunar birthday an exported calendar holds.
const LUNAR_YEARS: i32 = 5;

/// One customer's calendar entries as text: the yearly events, and the to-do.
fn calendar_parts(c: &Customer, stamp: chrono::DateTime<Utc>) -> (String, String) {
    let mut events = String::new();
    let mut yearly = |uid: String, summary: String, date: chrono::NaiveDate| {
        let end = date.checked_add_days(Days::new(1)).unwrap_or(date);
        let mut e = Event::new();
        e.uid(&uid)
            .timestamp(stamp)
            .summary(&crate::model::vcard::line_text(&summary))
            .starts(date)
            .ends(end);
        // 29 February births recur on the last day of February in common years.
        let rule = if date.format("%m-%d").to_string() == "02-29" {
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
        } else {
            "FREQ=YEARLY"
        };
        e.add_property("RRULE", rule);
        e.done().fmt_write(&mut events).expect("writing to memory");
    };
    if let Some(b) = c.birthday {
        yearly(
            format!("birthday.{}@crmfile", c.id),
            fl!("ics-birthday", name = c.name.clone()),
            b.0,
        );
    }
    for p in &c.key_people {
        if let Some(b) = p.birthday {
            yearly(
                format!("birthday.{}@crmfile", p.id),
                fl!(
                    "ics-person-birthday",
                    person = p.name.clone(),
                    role = p.role.label(),
                    name = c.name.clone()
                ),
                b.0,
            );
        }
    }
    for d in c.dates.iter().filter(|d| d.lunar.is_none()) {
        yearly(
            format!("anniversary.{}@crmfile", d.id),
            fl!("ics-anniversary", label = d.label.clone(), name = c.name.clone()),
            d.date.0,
        );
    }
    // A date of the Chinese calendar moves against the Gregorian one, which RRULE cannot
    // say: one event for each of the next years, from the day it first happened.
    let from = stamp.date_naive();
    let mut lunar = |stem: &str, summary: String, l: LunarDate, first: Option<chrono::NaiveDate>| {
        for year in from.year()..from.year() + LUNAR_YEARS {
            let Some(date) = l.in_year(year).filter(|d| first.is_none_or(|f| *d >= f)) else {
                continue;
            };
            let end = date.checked_add_days(Days::new(1)).unwrap_or(date);
            let mut e = Event::new();
            e.uid(&format!("{stem}.{year}@crmfile"))
                .timestamp(stamp)
                .summary(&crate::model::vcard::line_text(&summary))
                .starts(date)
                .ends(end);
            e.done().fmt_write(&mut events).expect("writing to memory");
        }
    };
    let day_name = |l: LunarDate| LunarDate { year: None, ..l }.name();
    if let Some(l) = c.lunar_birthday {
        let summary = fl!("ics-lunar-birthday", name = c.name.clone(), date = day_name(l));
        lunar(&format!("lunar-birthday.{}", c.id), summary, l, None);
    }
    for d in &c.dates {
        if let Some(l) = d.lunar {
            let summary = fl!("ics-anniversary", label = d.label.clone(), name = c.name.clone());
            lunar(&format!("anniversary.{}", d.id), summary, l, Some(d.date.0));
        }
    }
    for p in &c.key_people {
        if let Some(l) = p.lunar_birthday {
            let summary = fl!(
                "ics-person-birthday",
                person = format!("{} ({})", p.name, day_name(l)),
                role = p.role.label(),
                name = c.name.clone()
            );
            lunar(&format!("lunar-birthday.{}", p.id), summary, l, None);
        }
    }
    let mut todo_text = String::new();
    if let Some(next) = c.follow_up.next {
        let mut todo = Todo::new();
        todo.uid(&format!("follow-up.{}@crmfile", c.id))
            .timestamp(stamp)
            .summary(&crate::model::vcard::line_text(&fl!(
                "ics-follow-up",
                name = c.name.clone(),
                id = c.id.clone()
            )))
            .due(next.0);
        todo.done().fmt_write(&mut todo_text).expect("writing to memory");
    }
    (events, todo_text)
}

/// Everything about one customer: the record, and with --history each committed version.
fn subject(args: &Args, ctx: &Ctx) -> Result<u8> {
    let query = args.filters.query.as_deref().expect("clap requires the query");
    let loaded = ctx.resolve(query, true)?;
    let store = ctx.store()?;
    let mut out = json!({
        "exported": ctx.now.to_rfc3339(),
        "customer": loaded.customer.id,
        "record": output::record_json(&loaded.customer)?,
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
                    Some(Ok(c)) => output::record_json(&c)?,
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
