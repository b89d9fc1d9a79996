//! `crmfile export`: records out, for spreadsheets, phones, calendars and scripts.

use chrono::Utc;
use rayon::prelude::*;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::{Lang, fl};
use crate::model::fields;
use crate::model::query::Filters;
use crate::model::record::Customer;
use crate::model::vcard::Version;
use crate::output;

mod calendar;
mod entries;
mod subject;
mod writer;

use calendar::{dated, write_calendar};
use entries::entry_columns;
use subject::subject;
use writer::Writer;

/// Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or
/// iCalendar; or their log entries, one row each; or everything held about one customer.
///
/// CSV columns are dotted field paths (--fields); lists are joined with `;`. The default
/// columns: id, name, kind, company, title, contact.phones, contact.emails,
/// contact.wechat, contact.address, birthday, tags, owner, source, ref, class.tier,
/// class.lifecycle, class.rfm, class.stage, follow_up.next, credit.limit, credit.rating,
/// credit.terms, created, updated; then every other field `set` changes (gender,
/// lunar_birthday, industry, region, size, contact.qq, preferences.*, class.pin,
/// follow_up.cadence, verified) and the store's own fields (extra.NAME), so that a sheet
/// exported, edited and imported again loses nothing.
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
///   crmfile export --entries payments --format xlsx > 收款.xlsx
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
    /// Money received (缴费记录)
    Payments,
    Feedback,
}

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
        match args.entries {
            Some(_) => Vec::new(),
            // Every field, the store's own last: a default sheet comes back whole.
            None => {
                let own = ctx.store()?.config.fields.keys().map(|k| format!("extra.{k}"));
                fields::export_columns()
                    .into_iter()
                    .map(String::from)
                    .chain(own)
                    .collect()
            }
        }
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
    // written out as they are read, so memory holds one part, not the store.
    ctx.prepare_filters(&mut args.filters)?;
    let filters = &args.filters;
    let rules = &ctx.store()?.config.consent;
    if args.entries.is_none() && format == Format::Ics {
        // A calendar needs nothing the index lacks: each customer's dates are kept
        // compact, then written in id order a part at a time.
        let stamp = ctx.now.with_timezone(&Utc);
        let (mut kept, errors) = ctx.scan_filtered(crate::store::Projection::Full, filters, |_, c| {
            purpose_allows(args.purpose, &c, rules)
                .then(|| dated(c))
                .flatten()
        })?;
        // Stable: two files of one id stay in the walk's order.
        kept.par_sort_by(|a, b| a.id().cmp(b.id()));
        ctx.emit_stream(|out| write_calendar(&kept, stamp, out))?;
        return unreadable(&errors, ctx);
    }
    let (mut chosen, mut errors) = if filters.is_empty() {
        // Everything, read once below: the index would only add a pass when it is cold.
        let (paths, errors) = ctx.readable_paths()?;
        let chosen = paths
            .into_iter()
            .filter_map(|p| {
                let id = p
                    .file_name()?
                    .to_str()
                    .and_then(crate::model::id::id_from_file_name)?;
                Some((id.to_string(), p))
            })
            .collect();
        (chosen, errors)
    } else {
        // Chosen by their heads; read again in full below.
        ctx.scan_filtered(crate::store::Projection::Head, filters, |path, c| {
            Some((c.id, path.to_path_buf()))
        })?
    };
    chosen.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Writer::start(&args, format, &fields, ctx)?;
    let keep_unknown = matches!(format, Format::Json | Format::Ndjson);
    for part in chosen.chunks(PART) {
        let paths: Vec<_> = part.iter().map(|(_, p)| p.clone()).collect();
        let (loaded, failed) = ctx.load_all(&paths, keep_unknown)?;
        errors.extend(failed);
        // A record changed since the index was read is checked again.
        let hits: Vec<&Customer> = loaded
            .iter()
            .map(|l| &l.customer)
            .filter(|c| filters.keeps(c) && purpose_allows(args.purpose, c, rules))
            .collect();
        out.part(&hits, ctx)?;
    }
    out.finish(ctx)?;
    unreadable(&errors, ctx)
}

/// The end of an export: the files it could not read, named, and a failing exit.
fn unreadable(errors: &[crate::store::FileError], ctx: &Ctx) -> Result<u8> {
    ctx.end_unreadable(errors, |count| {
        Error::new(fl!("error-export-unreadable", count = count))
    })
}

/// Whether the store (its consent rules `rules`) may use `c` for `purpose` (none asked:
/// yes).
fn purpose_allows(
    purpose: Option<crate::model::record::Purpose>,
    c: &Customer,
    rules: &crate::model::config::ConsentConfig,
) -> bool {
    use crate::model::record::{ConsentStatus, Purpose};
    match purpose {
        None => true,
        Some(Purpose::Marketing) => rules.marketing_allowed(c),
        Some(p) => c.consent(p) == Some(ConsentStatus::Given),
    }
}

/// Records read in full, turned into text and written at a time.
const PART: usize = 256;
