//! `crmfile classify`: RFM, tier and lifecycle for every customer.

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
        ctx.warn(format!(
            "{foreign} transaction(s) not in {} were left out of the sums (crmfile does not convert currencies)",
            ctx.store()?.config.currency
        ));
    }

    let listed: Vec<&Change> = changes.iter().filter(|c| args.all || c.changed).collect();
    // Stored names for CSV, names in the language of this run for people.
    let cell = |s: &Shown, people: bool| {
        [
            s.tier
                .map(|t| if people { t.label() } else { t.to_string() })
                .unwrap_or_default(),
            s.lifecycle
                .map(|t| if people { t.label() } else { t.to_string() })
                .unwrap_or_default(),
            s.rfm.clone().unwrap_or_default(),
        ]
    };
    // The table's rows, in the language of this run: made only for a table.
    let rows = || -> Vec<Vec<String>> {
        listed
            .iter()
            .map(|c| {
                let (o, n) = (cell(&c.old, true), cell(&c.new, true));
                let arrow = |a: &String, b: &String| if a == b { b.clone() } else { format!("{a} → {b}") };
                vec![
                    c.id.clone(),
                    c.name.clone(),
                    arrow(&o[0], &n[0]),
                    arrow(&o[1], &n[1]),
                    arrow(&o[2], &n[2]),
                ]
            })
            .collect()
    };
    let format_text = crate::store::timing::phase("format");
    let text = match format {
        Format::Json | Format::Ndjson => output::json_list(&listed, format == Format::Ndjson),
        Format::Csv => {
            let rows: Vec<Vec<String>> = listed
                .iter()
                .map(|c| {
                    let (o, n) = (cell(&c.old, false), cell(&c.new, false));
                    vec![
                        c.id.clone(),
                        o[0].clone(),
                        n[0].clone(),
                        o[1].clone(),
                        n[1].clone(),
                        o[2].clone(),
                        n[2].clone(),
                    ]
                })
                .collect();
            output::csv(
                &[
                    "id",
                    "old_tier",
                    "tier",
                    "old_lifecycle",
                    "lifecycle",
                    "old_rfm",
                    "rfm",
                ],
                &rows,
            )?
        }
        // The changes are for people reviewing a dry run (or asking for them): a table on
        // a terminal, the same columns as tab-separated lines otherwise (for `grep`, a
        // pager, a mail; `--format csv` or `json` for programs).
        _ if (args.dry_run || args.all) && !(ctx.terminal() || args.format == Some(Format::Table)) => {
            plain(&listed)
        }
        _ if args.dry_run || args.format == Some(Format::Table) || args.all => {
            if listed.is_empty() {
                String::new()
            } else {
                output::table(
                    &[
                        fl!("col-id"),
                        fl!("col-name"),
                        fl!("col-tier"),
                        fl!("col-lifecycle"),
                        fl!("col-rfm"),
                    ],
                    &rows(),
                    ctx.color,
                )
            }
        }
        _ => String::new(),
    };
    drop(format_text);
    ctx.emit(&text)?;

    // Counted by value, named once per value (a label is a catalog lookup).
    let mut tier_counts: BTreeMap<Option<Tier>, usize> = BTreeMap::new();
    let mut stage_counts: BTreeMap<Option<Lifecycle>, usize> = BTreeMap::new();
    for c in &changes {
        *tier_counts.entry(c.new.tier).or_default() += 1;
        *stage_counts.entry(c.new.lifecycle).or_default() += 1;
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

/// The changes as tab-separated lines, as the table's columns (id, name, tier,
/// lifecycle, rfm; a changed value as `old → new`) with the stored names.
fn plain(listed: &[&Change]) -> String {
    let mut out = String::with_capacity(listed.len() * 80);
    let mut cells: [String; 3] = Default::default();
    fn values(s: &Shown) -> [Option<&str>; 3] {
        [
            s.tier.map(Tier::as_str),
            s.lifecycle.map(Lifecycle::as_str),
            s.rfm.as_deref(),
        ]
    }
    for c in listed {
        for ((cell, old), new) in cells.iter_mut().zip(values(&c.old)).zip(values(&c.new)) {
            let (old, new) = (old.unwrap_or_default(), new.unwrap_or_default());
            cell.clear();
            if old != new {
                cell.push_str(old);
                cell.push_str(" → ");
            }
            cell.push_str(new);
        }
        output::plain_row(&mut out, &[&c.id, &c.name, &cells[0], &cells[1], &cells[2]]);
    }
    out
}
