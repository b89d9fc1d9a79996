//! `crmfile classify`: RFM, tier and lifecycle for every customer.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::record::{Lifecycle, Tier};
use crate::ops::classify::{self, Change, Outcome, Shown};
use crate::output;

/// Compute RFM scores, value tier and lifecycle stage for every customer, from the rules
/// in .crmfile/config.toml ([classify]; the shipped rules are listed there and in the
/// README).
///
/// Only records whose class changes are rewritten, so a second run on the same day
/// changes nothing. A tier pinned by hand (`set ID class.pin=true`) is kept; its RFM is
/// still computed. Transactions in another currency than the store's are left out and
/// reported.
///
/// Examples:
///   crmfile classify --dry-run
///   crmfile classify --today 2026-12-31 --format json | jq '.[] | select(.new.tier=="strategic")'
///   15 2 * * *  crmfile -q --store ~/acme classify      (nightly, from cron)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Show what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// List every customer, not only those whose class changes
    #[arg(long)]
    pub all: bool,
    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Ndjson, Format::Csv]))]
    pub format: Option<Format>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table);
    let _lock = if args.dry_run { None } else { Some(ctx.lock()?) };
    let Outcome {
        changes,
        foreign,
        unreadable: errors,
        failed,
    } = classify::run(ctx, !args.dry_run)?;
    if foreign > 0 {
        ctx.warn(fl!(
            "warn-classify-foreign",
            count = foreign,
            currency = ctx.store()?.config.currency.clone()
        ));
    }

    let listed: Vec<&Change> = changes.iter().filter(|c| args.all || c.changed).collect();
    // A table's row, in the language of this run.
    let row = |c: &Change| -> Vec<String> {
        let (old, new) = (values(c.before(), true), values(c.after(), true));
        let mut row = vec![c.id().to_string(), c.name().to_string()];
        row.extend(old.iter().zip(&new).map(|(o, n)| {
            let mut cell = String::new();
            changed(o, n, &mut cell);
            cell
        }));
        row
    };
    let format_text = crate::store::timing::phase("format");
    // A long list is written a part at a time, a table too (its columns measured first).
    match format {
        Format::Json | Format::Ndjson => {
            output::json_parts(&listed, format == Format::Ndjson, |text| ctx.emit(text))?;
        }
        Format::Csv => {
            ctx.emit(&output::csv(
                &[
                    "id",
                    "old_tier",
                    "tier",
                    "old_lifecycle",
                    "lifecycle",
                    "old_rfm",
                    "rfm",
                ],
                &[],
            )?)?;
            for part in listed.chunks(output::PART) {
                let rows: Vec<Vec<String>> = part
                    .iter()
                    .map(|c| {
                        let (o, n) = (values(c.before(), false), values(c.after(), false));
                        let mut row = vec![c.id().to_string()];
                        row.extend(o.iter().zip(&n).flat_map(|(o, n)| [o.to_string(), n.to_string()]));
                        row
                    })
                    .collect();
                ctx.emit(&output::csv_rows(&rows)?)?;
            }
        }
        // The changes are for people reviewing a dry run (or asking for them); a real run
        // prints only its status line.
        _ if !(args.dry_run || args.all || args.format == Some(Format::Table)) => {}
        // Piped, the table's columns as tab-separated lines (for `grep`, a pager, a mail;
        // `--format csv` or `json` for programs).
        _ if !ctx.table(args.format) => {
            for part in listed.chunks(output::PART) {
                ctx.emit(&plain(part))?;
            }
        }
        _ if listed.is_empty() => {}
        _ => ctx.emit_stream(|out| {
            let header = [
                fl!("col-id"),
                fl!("col-name"),
                fl!("col-tier"),
                fl!("col-lifecycle"),
                fl!("col-rfm"),
            ];
            let row = |i: usize| row(listed[i]);
            output::write_table_in_parts(&header, listed.len(), row, ctx.color, &[], output::PART, out)
        })?,
    }
    drop(format_text);

    // Counted by value, named once per value (a label is a catalog lookup).
    let mut tier_counts: BTreeMap<Option<Tier>, usize> = BTreeMap::new();
    let mut stage_counts: BTreeMap<Option<Lifecycle>, usize> = BTreeMap::new();
    for c in &changes {
        let new = c.after();
        *tier_counts.entry(new.tier).or_default() += 1;
        *stage_counts.entry(new.lifecycle).or_default() += 1;
    }
    let mut tiers: BTreeMap<String, usize> = BTreeMap::new();
    for (t, n) in tier_counts {
        *tiers.entry(t.map_or("-".into(), |t| t.label())).or_default() += n;
    }
    let mut stages: BTreeMap<String, usize> = BTreeMap::new();
    for (l, n) in stage_counts {
        *stages.entry(l.map_or("-".into(), |l| l.label())).or_default() += n;
    }
    let join = |m: &BTreeMap<String, usize>| {
        m.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (customers, changed) = (changes.len(), changes.iter().filter(|c| c.changed).count());
    // A real run counts what it wrote: a change it could not write is named below.
    let changed = if args.dry_run {
        changed
    } else {
        changed.saturating_sub(failed.len())
    };
    let (tiers, lifecycles) = (join(&tiers), join(&stages));
    ctx.status(fl!(
        "classify-status",
        customers = customers,
        dry_run = args.dry_run.to_string(),
        changed = changed,
        tiers = tiers,
        lifecycles = lifecycles
    ));

    let error_count = errors.len() + failed.len();
    ctx.report_file_errors(&errors);
    for e in &failed {
        ctx.report().error(e);
    }
    if error_count > 0 {
        return Err(Error::new(fl!("error-not-classified", count = error_count)));
    }
    Ok(0)
}

/// A class's tier, lifecycle and RFM as shown: in the language of this run for people,
/// the stored names for programs; empty where there is none.
fn values(s: Shown<'_>, people: bool) -> [Cow<'_, str>; 3] {
    let tier = s.tier.map_or(Cow::Borrowed(""), |t| {
        if people {
            t.label().into()
        } else {
            t.as_str().into()
        }
    });
    let lifecycle = s.lifecycle.map_or(Cow::Borrowed(""), |l| {
        if people {
            l.label().into()
        } else {
            l.as_str().into()
        }
    });
    [tier, lifecycle, Cow::Borrowed(s.rfm.unwrap_or_default())]
}

/// A value as a change shows it, into `out`: `old → new` where it changed, else the value.
fn changed(old: &str, new: &str, out: &mut String) {
    out.clear();
    if old != new {
        out.push_str(old);
        out.push_str(" → ");
    }
    out.push_str(new);
}

/// The changes as tab-separated lines, as the table's columns (id, name, tier,
/// lifecycle, rfm) with the stored names.
fn plain(listed: &[&Change]) -> String {
    let mut out = String::with_capacity(listed.len() * 80);
    let mut cells: [String; 3] = Default::default();
    for c in listed {
        let (old, new) = (values(c.before(), false), values(c.after(), false));
        for ((cell, o), n) in cells.iter_mut().zip(&old).zip(&new) {
            changed(o, n, cell);
        }
        output::plain_row(&mut out, &[c.id(), c.name(), &cells[0], &cells[1], &cells[2]]);
    }
    out
}
