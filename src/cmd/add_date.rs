//! `crmfile add-date`: an anniversary or other yearly date.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Customer, ImportantDate};
use crate::model::when::parse_date;
use crate::ops::append;
use crate::ops::session::Session;

/// Add a yearly date to remember (first order, company founding, wedding…).
///
/// Examples:
///   crmfile add-date 张伟 --label "first order" --date 2019-05-20
///   crmfile add-date c-7k3m9q2x --label 公司成立纪念日 --date 2008-09-01
///   crmfile add-date 张伟 --label 结婚纪念日 --date 农历2010年七月初七
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: Option<String>,
    #[command(flatten)]
    pub entry: Entry,
    /// Read dates as NDJSON from stdin (`-`), each naming its customer by id or ref
    #[arg(long, value_name = "-")]
    pub json: Option<String>,
}

#[derive(Debug, Default, clap::Args, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// What the date is
    #[arg(long)]
    pub label: Option<String>,
    /// The original date, YYYY-MM-DD (the year gives the count of years), or in the Chinese
    /// calendar: 农历2019年八月十五 (then it recurs on that lunar day)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    append::run(
        ctx,
        &mut *ctx.writer(),
        args.query.as_deref(),
        args.json.as_deref(),
        args.entry,
        build,
        &apply,
    )
}

fn build(e: Entry, ctx: &Session) -> Result<ImportantDate> {
    let label = e
        .label
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Error::usage(fl!("error-required", flag = "--label")))?;
    let text = e
        .date
        .ok_or_else(|| Error::usage(fl!("error-required", flag = "--date")))?;
    let (date, lunar) = if crate::model::fields::is_lunar(&text) {
        let lunar =
            crate::model::lunar::LunarDate::parse(&text).map_err(|e| Error::usage(format!("--date: {e}")))?;
        // The first day it happened: in its lunar year when given, else its next day.
        let first = match lunar.year {
            Some(y) => lunar.exact(y).map_err(|e| Error::usage(format!("--date: {e}")))?,
            None => lunar
                .next_from(ctx.today)
                .ok_or_else(|| Error::usage(fl!("error-not-a-lunar-date", text = text.clone())))?,
        };
        (first, Some(lunar))
    } else {
        let date = parse_date(&text, ctx.today).map_err(|e| Error::usage(format!("--date: {e}")))?;
        (date, None)
    };
    Ok(ImportantDate {
        id: new_id(IdKind::Date, &mut rand::rng()),
        label,
        date: Date(date),
        lunar,
    })
}

fn apply(c: &mut Customer, d: ImportantDate, _: &Session) -> Result<String> {
    let said = format!("{}\t{}", c.id, d.id);
    c.dates.push(d);
    Ok(said)
}
