//! `crmfile classify`: RFM, tier and lifecycle for every customer.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::classify::{Totals, first_match, metrics, rfm_scores, top_percents, totals};
use crate::model::date::Date;
use crate::model::record::{Class, Lifecycle, Tier};
use crate::output;
use crate::store::Mode;

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

#[derive(Serialize, Clone, PartialEq)]
struct Shown {
    tier: Option<Tier>,
    lifecycle: Option<Lifecycle>,
    rfm: Option<String>,
}

#[derive(Serialize)]
struct Change {
    id: String,
    name: String,
    changed: bool,
    old: Shown,
    new: Shown,
}

/// What classify needs of one record, kept while the store is read.
struct Summary {
    path: std::path::PathBuf,
    id: String,
    name: String,
    class: Class,
    totals: Option<Totals>,
    foreign: usize,
    last_contact: Option<chrono::NaiveDate>,
    created: chrono::NaiveDate,
}

fn shown(c: &Class) -> Shown {
    Shown {
        tier: c.tier,
        lifecycle: c.lifecycle,
        rfm: c.rfm.clone(),
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table)?;
    let store = ctx.store()?;
    let keyring = ctx.keyring()?;
    let config = &store.config;
    let today = ctx.today;
    let _lock = if args.dry_run { None } else { Some(ctx.lock()?) };
    // Each record is reduced to what the rules read (through the index); changed records
    // are read again in full, one at a time, when they are written.
    let (currency, window) = (&config.currency, config.classify.window_days);
    let (mut summaries, errors) = ctx.scan_indexed(|path, c| {
        let (totals, foreign) = totals(&c, currency, today, window);
        Some(Summary {
            path: path.to_path_buf(),
            id: c.id.clone(),
            name: c.name.clone(),
            class: c.class.clone(),
            totals,
            foreign,
            last_contact: c.last_contact(),
            created: c.created.date(),
        })
    })?;
    summaries.sort_by(|a, b| a.id.cmp(&b.id));

    let foreign: usize = summaries.iter().map(|s| s.foreign).sum();
    let all_totals: Vec<Option<Totals>> = summaries.iter().map(|s| s.totals.clone()).collect();
    let scores = rfm_scores(&all_totals, today);
    let tops = top_percents(&all_totals);

    let mut changes = Vec::with_capacity(summaries.len());
    let mut to_write: Vec<(&std::path::Path, Class)> = Vec::new();
    for (i, s) in summaries.iter().enumerate() {
        let m = metrics(
            s.last_contact,
            s.created,
            all_totals[i].as_ref(),
            scores[i],
            tops[i],
            today,
        );
        let mut class = s.class.clone();
        if !class.pin {
            class.tier = first_match(&config.classify.tier, &m);
        }
        class.lifecycle = first_match(&config.classify.lifecycle, &m);
        class.rfm = scores[i].map(|(r, f, m)| format!("{r}{f}{m}"));
        let changed = shown(&class) != shown(&s.class);
        if changed {
            class.classified = Some(Date(today));
            to_write.push((&s.path, class.clone()));
        }
        changes.push(Change {
            id: s.id.clone(),
            name: s.name.clone(),
            changed,
            old: shown(&s.class),
            new: shown(&class),
        });
    }

    if foreign > 0 {
        ctx.warn(format!(
            "{foreign} transaction(s) not in {} were left out of the sums (crmfile does not convert currencies)",
            config.currency
        ));
    }

    let mut failed: Vec<Error> = Vec::new();
    if !args.dry_run {
        // Check each folder's recipients once, here, then read, update and seal in parallel.
        let mut sets = std::collections::HashMap::new();
        for (path, _) in &to_write {
            let folder = path.parent().unwrap_or(&store.root).to_path_buf();
            if let std::collections::hash_map::Entry::Vacant(slot) = sets.entry(folder) {
                let set = ctx.recipients_for_write(slot.key())?;
                slot.insert(set);
            }
        }
        let now = ctx.timestamp();
        let results: Vec<Result<()>> = to_write
            .par_iter()
            .map(|(path, class)| {
                let loaded = crate::store::load(path, keyring, true)
                    .map_err(|e| Error::new(format!("{} {}", e.path.display(), e.problem)))?;
                let mut c = loaded.customer;
                c.class = class.clone();
                c.updated = now.max(c.created);
                let set = &sets[path.parent().unwrap_or(&store.root)];
                crate::store::seal(path, &c, set, keyring, Mode::Replace, false)
            })
            .collect();
        ctx.touch(
            to_write
                .iter()
                .zip(&results)
                .filter(|(_, r)| r.is_ok())
                .map(|((p, _), _)| p.to_path_buf()),
        );
        failed = results.into_iter().filter_map(Result::err).collect();
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
    let rows: Vec<Vec<String>> = listed
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
        .collect();
    let text = match format {
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&listed).expect("serializes")),
        Format::Ndjson => listed
            .iter()
            .map(|c| serde_json::to_string(c).expect("serializes") + "\n")
            .collect(),
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
        // The change table is for people reviewing a dry run (or asking for it).
        _ if args.dry_run || args.format == Some(Format::Table) || args.all => {
            if rows.is_empty() {
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
                    &rows,
                    ctx.color,
                )
            }
        }
        _ => String::new(),
    };
    output::emit(&text)?;

    let mut tiers: BTreeMap<String, usize> = BTreeMap::new();
    let mut stages: BTreeMap<String, usize> = BTreeMap::new();
    for c in &changes {
        *tiers
            .entry(c.new.tier.map_or("-".into(), |t| t.label()))
            .or_default() += 1;
        *stages
            .entry(c.new.lifecycle.map_or("-".into(), |t| t.label()))
            .or_default() += 1;
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
        output::report_error(e, output::Color::for_stderr(ctx.global.color));
    }
    if error_count > 0 {
        return Err(Error::new(fl!("error-not-classified", count = error_count)));
    }
    Ok(0)
}
