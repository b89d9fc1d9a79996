//! `crmfile report`: segments, revenue, top customers, activity and satisfaction.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::Days;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::{Lang, enum_label, fl};
use crate::model::report::{Report, Tally};
use crate::model::when::parse_date;
use crate::output;

/// Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by
/// tier and by month over the last 12 months with the trend; the top 10 customers by
/// revenue; contacts per owner and channel, complaints and ratings in the period
/// (--since, default the last 30 days); customers overdue for follow-up.
///
/// On a terminal: tables with bar charts and a sparkline. --format json for scripts;
/// --format html writes one self-contained page (inline CSS and SVG, no scripts, nothing
/// fetched) to stdout. Names appear only in the top-customers list.
///
/// Examples:
///   crmfile report --today 2026-11-22
///   crmfile report --since 2026-01-01 --format json | jq .revenue_by_month
///   crmfile report --format html > /dev/shm/report.html
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Start of the period for activity, complaints and ratings [default: 30 days ago]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Html]))]
    pub format: Option<Format>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table);
    let since = match &args.since {
        Some(t) => parse_date(t, ctx.today).map_err(|e| Error::usage(format!("--since: {e}")))?,
        None => ctx.today.checked_sub_days(Days::new(30)).unwrap_or(ctx.today),
    };
    let store = ctx.store()?;
    ctx.keyring()?;
    // Each record is counted as it is read; none is kept.
    let tally = std::sync::Mutex::new(Tally::new(&store.config, ctx.today, since));
    let (_, errors) = ctx.scan_indexed(|_, c| {
        tally.lock().unwrap_or_else(|p| p.into_inner()).add(&c);
        None::<()>
    })?;
    let r = tally.into_inner().unwrap_or_else(|p| p.into_inner()).finish();
    let text = match format {
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&r).expect("serializes")),
        Format::Html => html(&r),
        _ => terminal(&r, ctx),
    };
    output::emit(&text)?;
    if !errors.is_empty() {
        ctx.report_file_errors(&errors);
        return Err(Error::new(fl!("error-report-unreadable", count = errors.len())));
    }
    Ok(0)
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

fn terminal(r: &Report, ctx: &Ctx) -> String {
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
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Horizontal SVG bars, one per (label, value).
fn svg_bars(items: &[(String, f64, String)]) -> String {
    let max = items.iter().map(|i| i.1).fold(0.0, f64::max);
    let h = 26 * items.len().max(1) + 4;
    let mut s = format!(r#"<svg viewBox="0 0 640 {h}" width="100%" role="img">"#);
    for (i, (label, v, shown)) in items.iter().enumerate() {
        let y = 4 + i * 26;
        let w = if max > 0.0 {
            (v / max * 380.0).clamp(1.0, 380.0)
        } else {
            1.0
        };
        let _ = write!(
            s,
            r##"<text x="0" y="{ty}" class="l">{label}</text><rect x="140" y="{y}" width="{w:.1}" height="18" rx="3" fill="#3b82f6"/><text x="{tx:.1}" y="{ty}" class="v">{shown}</text>"##,
            ty = y + 14,
            label = esc(label),
            tx = 146.0 + w,
            shown = esc(shown)
        );
    }
    s.push_str("</svg>");
    s
}

/// Vertical SVG columns for the months.
fn svg_months(r: &Report) -> String {
    let max = r
        .revenue_by_month
        .iter()
        .map(|m| f(&m.revenue))
        .fold(0.0, f64::max);
    let mut s = String::from(r#"<svg viewBox="0 0 640 220" width="100%" role="img">"#);
    for (i, m) in r.revenue_by_month.iter().enumerate() {
        let x = 10 + i * 52;
        // A month of refunds only is drawn as nothing, not as a negative bar.
        let h = if max > 0.0 {
            (f(&m.revenue) / max * 160.0).max(0.0)
        } else {
            0.0
        };
        let _ = write!(
            s,
            r##"<rect x="{x}" y="{y:.1}" width="38" height="{h:.1}" rx="3" fill="#10b981"><title>{month}: {v}</title></rect><text x="{tx}" y="205" class="m">{label}</text>"##,
            y = 180.0 - h,
            month = esc(&m.month),
            v = money(&m.revenue),
            tx = x + 19,
            label = esc(&m.month[2..])
        );
    }
    s.push_str("</svg>");
    s
}

fn html(r: &Report) -> String {
    let counts = |kind: &str, m: &BTreeMap<String, usize>| -> Vec<(String, f64, String)> {
        ranked(kind, m)
            .into_iter()
            .map(|(k, v)| (label(kind, k), *v as f64, v.to_string()))
            .collect()
    };
    let tiers: Vec<(String, f64, String)> = ranked("tier", &r.revenue_by_tier)
        .into_iter()
        .map(|(k, v)| (label("tier", k), f(v), money(v)))
        .collect();
    let mut top = String::new();
    for (i, t) in r.top_customers.iter().enumerate() {
        let _ = write!(
            top,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td class=n>{}</td></tr>",
            i + 1,
            esc(&t.id),
            esc(&t.name),
            money(&t.revenue)
        );
    }
    let trend = r
        .trend_percent
        .map_or_else(|| fl!("report-no-base"), |t| format!("{t:+}%"));
    let rating = r
        .average_rating
        .map_or_else(|| "–".into(), |a| format!("{a} / 5"));
    let since_today = (r.since.to_string(), r.today.to_string());
    format!(
        r#"<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t_title} {today}</title>
<style>
body{{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;background:#f5f7fb;color:#1f2937}}
header{{background:#1e3a8a;color:#fff;padding:24px 32px}} header h1{{margin:0;font-size:24px}} header p{{margin:4px 0 0;opacity:.85}}
main{{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:20px;padding:24px 32px}}
section{{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:18px 22px}}
h2{{font-size:16px;margin:0 0 12px;color:#1e3a8a}} .kpis{{display:flex;gap:16px;flex-wrap:wrap}}
.kpi{{flex:1;min-width:120px;background:#eef2ff;border-radius:8px;padding:10px 14px}} .kpi b{{display:block;font-size:22px}}
table{{border-collapse:collapse;width:100%}} td,th{{padding:6px 8px;border-bottom:1px solid #e5e7eb;text-align:left}} .n{{text-align:right;font-variant-numeric:tabular-nums}}
svg text{{font-size:13px;fill:#374151}} svg .v{{fill:#6b7280}} svg .m{{text-anchor:middle;font-size:11px}}
</style></head><body>
<header><h1>{t_h1}</h1><p>{t_sub}</p></header>
<main>
<section><h2>{t_glance}</h2><div class="kpis">
<div class="kpi"><b>{customers}</b>{t_customers}</div><div class="kpi"><b>{overdue}</b>{t_overdue}</div>
<div class="kpi"><b>{trend}</b>{t_trend}</div><div class="kpi"><b>{rating}</b>{t_rating}</div></div></section>
<section><h2>{t_by_month}</h2>{months}</section>
<section><h2>{t_rev_tier}</h2>{tier_revenue}</section>
<section><h2>{t_by_tier}</h2>{by_tier}</section>
<section><h2>{t_by_lifecycle}</h2>{by_lifecycle}</section>
<section><h2>{t_by_stage}</h2>{by_stage}</section>
<section><h2>{t_top}</h2><table><tr><th>#</th><th>{t_id}</th><th>{t_name}</th><th class=n>{t_revenue}</th></tr>{top}</table></section>
<section><h2>{t_owners}</h2>{owners}</section>
<section><h2>{t_channels}</h2>{channels}</section>
<section><h2>{t_satisfaction}</h2><table>
<tr><td>{t_opened}</td><td class=n>{opened}</td></tr><tr><td>{t_resolved}</td><td class=n>{resolved}</td></tr>
<tr><td>{t_open_now}</td><td class=n>{open_now}</td></tr><tr><td>{t_avg}</td><td class=n>{rating}</td></tr></table></section>
</main></body></html>
"#,
        lang = Lang::current().tag(),
        today = r.today,
        t_title = esc(&fl!("html-title")),
        t_h1 = esc(&fl!("html-heading")),
        t_sub = esc(&fl!(
            "html-subtitle",
            customers = r.customers,
            today = since_today.1.clone(),
            since = since_today.0.clone(),
            currency = r.currency.clone()
        )),
        t_glance = esc(&fl!("html-at-a-glance")),
        t_customers = esc(&fl!("html-customers")),
        t_overdue = esc(&fl!("html-overdue")),
        t_trend = esc(&fl!("html-trend")),
        t_rating = esc(&fl!("html-average-rating")),
        t_by_month = esc(&fl!("report-revenue-by-month-12")),
        t_rev_tier = esc(&fl!("report-revenue-by-tier")),
        t_by_tier = esc(&fl!("report-by-tier")),
        t_by_lifecycle = esc(&fl!("report-by-lifecycle")),
        t_by_stage = esc(&fl!("report-by-stage")),
        t_top = esc(&fl!("report-top-customers")),
        t_id = esc(&fl!("col-id")),
        t_name = esc(&fl!("col-name")),
        t_revenue = esc(&fl!("col-revenue")),
        t_owners = esc(&fl!("report-contacts-by-owner", since = since_today.0.clone())),
        t_channels = esc(&fl!("report-contacts-by-channel", since = since_today.0.clone())),
        t_satisfaction = esc(&fl!("report-satisfaction", since = since_today.0.clone())),
        t_opened = esc(&fl!("html-complaints-opened")),
        t_resolved = esc(&fl!("html-complaints-resolved")),
        t_open_now = esc(&fl!("html-complaints-open-now")),
        t_avg = esc(&fl!("html-average-rating-of", ratings = r.ratings)),
        customers = r.customers,
        overdue = r.overdue_follow_ups,
        months = svg_months(r),
        tier_revenue = svg_bars(&tiers),
        by_tier = svg_bars(&counts("tier", &r.by_tier)),
        by_lifecycle = svg_bars(&counts("lifecycle", &r.by_lifecycle)),
        by_stage = svg_bars(&counts("stage", &r.by_stage)),
        owners = svg_bars(&counts("", &r.contacts_by_owner)),
        channels = svg_bars(&counts("channel", &r.contacts_by_channel)),
        opened = r.complaints_opened,
        resolved = r.complaints_resolved,
        open_now = r.complaints_open_now,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_sparklines_scale() {
        assert_eq!(bar(10.0, 10.0, 4), "████");
        assert_eq!(bar(0.0, 10.0, 4), "");
        assert_eq!(sparkline(&[0.0, 5.0, 10.0]), "▁▅█");
        assert_eq!(esc("<a&b>"), "&lt;a&amp;b&gt;");
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
