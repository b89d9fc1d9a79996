//! The report on a terminal: tables with bars and a sparkline.

use std::fmt::Write as _;

use super::{Ctx, bar, counts, f, label, money, ranked, sparkline};
use crate::i18n::fl;
use crate::model::report::{Dimension, Group, Report};
use crate::output;

pub fn terminal(r: &Report, ctx: &Ctx) -> String {
    let mut out = String::new();
    let (today, since) = (r.today.to_string(), r.since.to_string());
    let _ = writeln!(
        out,
        "{}\n",
        fl!(
            "report-summary",
            customers = r.customers,
            today = today.clone(),
            since = since.clone()
        )
    );
    counts(&fl!("report-by-tier"), "tier", &r.by_tier, ctx, &mut out);
    counts(
        &fl!("report-by-lifecycle"),
        "lifecycle",
        &r.by_lifecycle,
        ctx,
        &mut out,
    );
    counts(&fl!("report-by-stage"), "stage", &r.by_stage, ctx, &mut out);

    let max = r.revenue_by_tier.values().map(f).fold(0.0, f64::max);
    let rows: Vec<Vec<String>> = ranked("tier", &r.revenue_by_tier)
        .into_iter()
        .map(|(k, v)| vec![label("tier", k), money(v), bar(f(v), max, 30)])
        .collect();
    let _ = writeln!(
        out,
        "{}",
        ctx.color.paint(
            "1",
            &fl!("report-revenue-by-tier-in", currency = r.currency.clone())
        )
    );
    out.push_str(&output::table(
        &[fl!("col-tier"), fl!("col-revenue"), String::new()],
        &rows,
        ctx.color,
    ));

    let values: Vec<f64> = r.revenue_by_month.iter().map(|m| f(&m.revenue)).collect();
    let max = values.iter().cloned().fold(0.0, f64::max);
    let rows: Vec<Vec<String>> = r
        .revenue_by_month
        .iter()
        .map(|m| vec![m.month.clone(), money(&m.revenue), bar(f(&m.revenue), max, 30)])
        .collect();
    let trend = r.trend_percent.map_or_else(
        || fl!("report-no-base"),
        |t| fl!("report-trend-percent", percent = format!("{t:+}")),
    );
    let _ = writeln!(
        out,
        "\n{}  {}  {}",
        ctx.color.paint("1", &fl!("report-revenue-by-month")),
        sparkline(&values),
        fl!("report-trend", trend = trend)
    );
    out.push_str(&output::table(
        &[fl!("col-month"), fl!("col-revenue"), String::new()],
        &rows,
        ctx.color,
    ));

    let rows: Vec<Vec<String>> = r
        .top_customers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            vec![
                (i + 1).to_string(),
                t.id.clone(),
                t.name.clone(),
                t.company.clone().unwrap_or_default(),
                money(&t.revenue),
            ]
        })
        .collect();
    let _ = writeln!(out, "\n{}", ctx.color.paint("1", &fl!("report-top-customers")));
    out.push_str(&output::table(
        &[
            "#".to_string(),
            fl!("col-id"),
            fl!("col-name"),
            fl!("col-company"),
            fl!("col-revenue"),
        ],
        &rows,
        ctx.color,
    ));

    for (title, kind, m) in [
        (
            fl!("report-contacts-by-owner", since = since.clone()),
            "",
            &r.contacts_by_owner,
        ),
        (
            fl!("report-contacts-by-channel", since = since.clone()),
            "channel",
            &r.contacts_by_channel,
        ),
    ] {
        let max = m.values().copied().max().unwrap_or(0) as f64;
        let rows: Vec<Vec<String>> = m
            .iter()
            .map(|(k, v)| vec![label(kind, k), v.to_string(), bar(*v as f64, max, 30)])
            .collect();
        let _ = writeln!(out, "\n{}", ctx.color.paint("1", &title));
        out.push_str(&output::table(&["", &fl!("col-contacts"), ""], &rows, ctx.color));
    }
    let rating = r.average_rating.map_or_else(
        || fl!("report-no-ratings"),
        |a| fl!("report-rating-of-5", rating = a.to_string(), ratings = r.ratings),
    );
    let _ = writeln!(
        out,
        "\n{}\n  {}",
        ctx.color
            .paint("1", &fl!("report-satisfaction", since = since.clone())),
        fl!(
            "report-complaints",
            opened = r.complaints_opened,
            resolved = r.complaints_resolved,
            callbacks = r.callbacks_done,
            open_now = r.complaints_open_now,
            rating = rating
        )
    );
    let _ = writeln!(
        out,
        "\n{} {}",
        ctx.color.paint("1", &fl!("report-overdue")),
        r.overdue_follow_ups
    );
    // The most overdue, to call from the list; JSON has them all.
    let rows: Vec<Vec<String>> = r
        .overdue
        .customers
        .iter()
        .take(OVERDUE_SHOWN)
        .map(|o| {
            let s = |v: Option<&str>| v.unwrap_or_default().to_string();
            vec![
                o.due.to_string(),
                o.who.id().to_string(),
                o.who.name().to_string(),
                s(o.who.company()),
                s(o.who.phone()),
                s(o.who.owner()),
            ]
        })
        .collect();
    if !rows.is_empty() {
        out.push_str(&output::table(
            &[
                fl!("col-due"),
                fl!("col-id"),
                fl!("col-name"),
                fl!("col-company"),
                fl!("col-phone"),
                fl!("col-owner"),
            ],
            &rows,
            ctx.color,
        ));
        if r.overdue.customers.len() > OVERDUE_SHOWN {
            let more = r.overdue.customers.len() - OVERDUE_SHOWN;
            let _ = writeln!(out, "{}", fl!("report-overdue-more", count = more));
        }
    }
    if let Some(by) = r.by {
        groups(r, by, ctx, &mut out);
    }
    out
}

/// How many overdue customers the terminal lists.
const OVERDUE_SHOWN: usize = 20;

/// The `--by` table: one row per group, largest revenue first, "-" (none) last.
fn groups(r: &Report, by: Dimension, ctx: &Ctx, out: &mut String) {
    let mut entries: Vec<(&String, &Group)> = r.groups.iter().collect();
    entries.sort_by(|a, b| (a.0 == "-", b.1.revenue, a.0).cmp(&(b.0 == "-", a.1.revenue, b.0)));
    let max = entries.iter().map(|(_, g)| f(&g.revenue)).fold(0.0, f64::max);
    let rows: Vec<Vec<String>> = entries
        .into_iter()
        .map(|(k, g)| {
            vec![
                label(by.kind(), k),
                g.customers.to_string(),
                g.new.to_string(),
                g.churned.to_string(),
                money(&g.revenue),
                g.complaints.to_string(),
                g.open_complaints.to_string(),
                g.average_rating
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "-".into()),
                bar(f(&g.revenue), max, 20),
            ]
        })
        .collect();
    let field = crate::model::fields::label(
        by.field(),
        crate::i18n::Lang::current() == crate::i18n::Lang::ZhCn,
    );
    let _ = writeln!(
        out,
        "\n{}",
        ctx.color.paint(
            "1",
            &fl!(
                "report-by-dimension",
                field = field.clone(),
                since = r.since.to_string(),
                currency = r.currency.clone()
            )
        )
    );
    out.push_str(&output::table(
        &[
            field,
            fl!("col-customers"),
            fl!("col-new"),
            fl!("col-churned"),
            fl!("col-revenue"),
            fl!("col-complaints"),
            fl!("col-open-complaints"),
            fl!("col-rating"),
            String::new(),
        ],
        &rows,
        ctx.color,
    ));
}
