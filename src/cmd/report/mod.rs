//! `crmfile report`: segments, revenue, top customers, activity and satisfaction.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::Days;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::{enum_label, fl};
use crate::model::query::Filters;
use crate::model::report::{Dimension, Tally};
use crate::model::when::parse_past_date;
use crate::output;
use crate::per_thread::PerThread;

mod html;
mod receivables;
mod svg;
mod terminal;

/// Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by
/// tier and by month over the last 12 months with the trend; the top 10 customers by
/// revenue; contacts per owner and channel, complaints and ratings in the period
/// (--since, default the last 30 days); customers overdue for follow-up, with phone and
/// owner. --by breaks customers, revenue, new and churned customers, complaints and
/// satisfaction down by region, industry, owner, source, tier, stage or lifecycle;
/// --receivables gives what customers owe by age (0-30, 31-60, 61-90, 90+ days since
/// the purchase), per customer and per account manager. The filters of `find` narrow
/// every figure to the customers they keep.
///
/// On a terminal: tables with bar charts and a sparkline. --format json for scripts;
/// --format html writes one self-contained page (inline CSS and SVG, no scripts, nothing
/// fetched) to stdout. Names appear only in the lists of customers.
///
/// Examples:
///   crmfile report --today 2026-11-22
///   crmfile report --since 2026-01-01 --format json | jq .revenue_by_month
///   crmfile report --by industry --since 2026-01-01
///   crmfile report --by region --owner li.na --format html > /dev/shm/report.html
///   crmfile report --receivables
///   crmfile report --receivables --format json | jq '.customers[] | select(.overdue != "0")'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    pub filters: Filters,
    /// Start of the period for activity, complaints and ratings [default: 30 days ago]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Break the figures down by this field
    #[arg(long, value_enum, value_name = "FIELD")]
    pub by: Option<Dimension>,
    /// What customers owe, by age, per customer and per account manager
    #[arg(long, conflicts_with_all = ["by", "since"])]
    pub receivables: bool,
    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Html]))]
    pub format: Option<Format>,
}

pub fn run(mut args: Args, ctx: &Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table);
    let since = match &args.since {
        Some(t) => parse_past_date(t, ctx.today).map_err(|e| Error::usage(format!("--since: {e}")))?,
        None => ctx.today.checked_sub_days(Days::new(30)).unwrap_or(ctx.today),
    };
    let store = ctx.store()?;
    ctx.keyring()?;
    ctx.prepare_filters(&mut args.filters)?;
    let filters = &args.filters;
    if args.receivables {
        return receivables::run(filters, format, args.format, ctx);
    }
    // Each record is counted as it is read, by the thread that read it; none is kept.
    let tally = PerThread::new(|| Tally::new(&store.config, ctx.today, since, args.by));
    // What it counts is what a tally read keeps: the logs' texts stay in the index.
    let (_, errors) = ctx.scan_filtered(crate::store::Projection::Tally, filters, |_, c| {
        tally.with(|t| t.add(&c));
        None::<()>
    })?;
    let r = {
        let _timed = crate::store::timing::phase("tally");
        tally.combined().finish()
    };
    if format == Format::Json {
        ctx.emit_json(&r)?;
        return unreadable(&errors, ctx);
    }
    let format_text = crate::store::timing::phase("format");
    let text = match format {
        Format::Html => html::html(&r),
        _ => terminal::terminal(&r, ctx),
    };
    drop(format_text);
    ctx.emit(&text)?;
    unreadable(&errors, ctx)
}

/// The end of a report: the files it could not read, named, and a failure.
fn unreadable(errors: &[crate::store::FileError], ctx: &Ctx) -> Result<u8> {
    ctx.end_unreadable(errors, |count| {
        Error::new(fl!("error-report-unreadable", count = count))
    })
}

fn bar(value: f64, max: f64, width: usize) -> String {
    if max <= 0.0 {
        return String::new();
    }
    let eighths = ((value / max) * (width * 8) as f64).round() as usize;
    let blocks = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(blocks[eighths % 8]);
    }
    s
}

fn sparkline(values: &[f64]) -> String {
    let ticks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.iter().cloned().fold(0.0, f64::max);
    values
        .iter()
        .map(|v| {
            if max <= 0.0 {
                ticks[0]
            } else {
                ticks[((v / max) * 7.0).round() as usize]
            }
        })
        .collect()
}

fn f(d: &Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// `kind`'s value `key` (a tier, a stage, a channel…) in the language of this run.
/// An empty `kind` is a free text (an owner), shown as it is.
fn label(kind: &str, key: &str) -> String {
    if kind.is_empty() {
        key.to_string()
    } else {
        enum_label(kind, key)
    }
}

/// The entries of `m` in rank order for an enumeration (战略 before 重要, active before
/// dormant, red before green), then any other key, then "-" (none).
fn ranked<'a, V>(kind: &str, m: &'a BTreeMap<String, V>) -> Vec<(&'a String, &'a V)> {
    use crate::model::record::{Lifecycle, Stage, Tier};
    let order: Vec<&str> = match kind {
        "tier" => Tier::ALL.iter().map(|t| t.as_str()).collect(),
        "lifecycle" => Lifecycle::ALL.iter().map(|t| t.as_str()).collect(),
        "stage" => Stage::ALL.iter().map(|t| t.as_str()).collect(),
        _ => Vec::new(),
    };
    let mut entries: Vec<(&String, &V)> = m.iter().collect();
    entries.sort_by_key(|(k, _)| {
        let rank = order.iter().position(|o| o == k).unwrap_or(order.len());
        (k.as_str() == "-", rank)
    });
    entries
}

fn counts(title: &str, kind: &str, m: &BTreeMap<String, usize>, ctx: &Ctx, out: &mut String) {
    let max = m.values().copied().max().unwrap_or(0) as f64;
    let rows: Vec<Vec<String>> = ranked(kind, m)
        .into_iter()
        .map(|(k, v)| vec![label(kind, k), v.to_string(), bar(*v as f64, max, 30)])
        .collect();
    let _ = writeln!(out, "{}", ctx.color.paint("1", title));
    out.push_str(&output::table(&["", &fl!("col-customers"), ""], &rows, ctx.color));
    out.push('\n');
}

/// Decimal money display for people (exact, grouped is left to the reader).
fn money(d: &Decimal) -> String {
    d.round_dp(2).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_sparklines_scale() {
        assert_eq!(bar(10.0, 10.0, 4), "████");
        assert_eq!(bar(0.0, 10.0, 4), "");
        assert_eq!(sparkline(&[0.0, 5.0, 10.0]), "▁▅█");
        assert_eq!(html::esc("<a&b>"), "&lt;a&amp;b&gt;");
    }

    #[test]
    fn segments_are_listed_by_rank_with_none_last() {
        let m: BTreeMap<String, usize> = ["-", "general", "important", "potential", "strategic", "vip"]
            .into_iter()
            .map(|k| (k.to_string(), 1))
            .collect();
        let keys: Vec<&str> = ranked("tier", &m).into_iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            ["strategic", "important", "general", "potential", "vip", "-"]
        );
        let owners: Vec<&str> = ranked("", &m).into_iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            owners,
            ["general", "important", "potential", "strategic", "vip", "-"]
        );
    }
}
