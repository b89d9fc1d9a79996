//! The report as one self-contained HTML page: inline CSS and SVG, no scripts.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::svg::{svg_bars, svg_months};
use super::{f, label, money, ranked};
use crate::i18n::{Lang, fl};
use crate::model::report::{Dimension, Group, Report};

/// A whole self-contained page: the shared style, a header, and `body` (sections) as the
/// main grid. Texts are escaped here; `body` is HTML already.
pub fn page(title: &str, heading: &str, subtitle: &str, body: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;background:#f5f7fb;color:#1f2937}}
header{{background:#1e3a8a;color:#fff;padding:24px 32px}} header h1{{margin:0;font-size:24px}} header p{{margin:4px 0 0;opacity:.85}}
main{{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:20px;padding:24px 32px}}
section{{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:18px 22px}} section.wide{{grid-column:1/-1}}
h2{{font-size:16px;margin:0 0 12px;color:#1e3a8a}} .kpis{{display:flex;gap:16px;flex-wrap:wrap}}
.kpi{{flex:1;min-width:120px;background:#eef2ff;border-radius:8px;padding:10px 14px}} .kpi b{{display:block;font-size:22px}}
table{{border-collapse:collapse;width:100%}} td,th{{padding:6px 8px;border-bottom:1px solid #e5e7eb;text-align:left}} .n{{text-align:right;font-variant-numeric:tabular-nums}}
svg text{{font-size:13px;fill:#374151}} svg .v{{fill:#6b7280}} svg .m{{text-anchor:middle;font-size:11px}}
</style></head><body>
<header><h1>{heading}</h1><p>{subtitle}</p></header>
<main>
{body}</main></body></html>
"#,
        lang = Lang::current().tag(),
        title = esc(title),
        heading = esc(heading),
        subtitle = esc(subtitle),
    )
}

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn html(r: &Report) -> String {
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
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td class=n>{}</td></tr>",
            i + 1,
            esc(&t.id),
            esc(&t.name),
            esc(t.company.as_deref().unwrap_or_default()),
            money(&t.revenue)
        );
    }
    let s = |v: Option<&str>| esc(v.unwrap_or_default());
    let mut overdue = String::new();
    for o in &r.overdue.customers {
        let _ = write!(
            overdue,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            o.due,
            esc(o.who.id()),
            esc(o.who.name()),
            s(o.who.company()),
            s(o.who.phone()),
            s(o.who.owner())
        );
    }
    let groups = r.by.map(|by| groups(r, by)).unwrap_or_default();
    let trend = r
        .trend_percent
        .map_or_else(|| fl!("report-no-base"), |t| format!("{t:+}%"));
    let rating = r
        .average_rating
        .map_or_else(|| "–".into(), |a| format!("{a} / 5"));
    let since_today = (r.since.to_string(), r.today.to_string());
    let body = format!(
        r#"<section><h2>{t_glance}</h2><div class="kpis">
<div class="kpi"><b>{customers}</b>{t_customers}</div><div class="kpi"><b>{overdue}</b>{t_overdue}</div>
<div class="kpi"><b>{trend}</b>{t_trend}</div><div class="kpi"><b>{rating}</b>{t_rating}</div></div></section>
<section><h2>{t_by_month}</h2>{months}</section>
<section><h2>{t_rev_tier}</h2>{tier_revenue}</section>
<section><h2>{t_by_tier}</h2>{by_tier}</section>
<section><h2>{t_by_lifecycle}</h2>{by_lifecycle}</section>
<section><h2>{t_by_stage}</h2>{by_stage}</section>
<section><h2>{t_top}</h2><table><tr><th>#</th><th>{t_id}</th><th>{t_name}</th><th>{t_company}</th><th class=n>{t_revenue}</th></tr>{top}</table></section>
{groups}<section><h2>{t_overdue_list}</h2><table><tr><th>{t_due}</th><th>{t_id}</th><th>{t_name}</th><th>{t_company}</th><th>{t_phone}</th><th>{t_owner}</th></tr>{overdue}</table></section>
<section><h2>{t_owners}</h2>{owners}</section>
<section><h2>{t_channels}</h2>{channels}</section>
<section><h2>{t_satisfaction}</h2><table>
<tr><td>{t_opened}</td><td class=n>{opened}</td></tr><tr><td>{t_resolved}</td><td class=n>{resolved}</td></tr>
<tr><td>{t_callbacks}</td><td class=n>{callbacks}</td></tr><tr><td>{t_open_now}</td><td class=n>{open_now}</td></tr><tr><td>{t_avg}</td><td class=n>{rating}</td></tr></table></section>
"#,
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
        t_company = esc(&fl!("col-company")),
        t_phone = esc(&fl!("col-phone")),
        t_owner = esc(&fl!("col-owner")),
        t_due = esc(&fl!("col-due")),
        t_overdue_list = esc(&fl!("report-overdue-list")),
        t_owners = esc(&fl!("report-contacts-by-owner", since = since_today.0.clone())),
        t_channels = esc(&fl!("report-contacts-by-channel", since = since_today.0.clone())),
        t_satisfaction = esc(&fl!("report-satisfaction", since = since_today.0.clone())),
        t_opened = esc(&fl!("html-complaints-opened")),
        t_resolved = esc(&fl!("html-complaints-resolved")),
        t_open_now = esc(&fl!("html-complaints-open-now")),
        t_callbacks = esc(&fl!("html-complaints-called-back")),
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
        callbacks = r.callbacks_done,
        open_now = r.complaints_open_now,
    );
    page(
        &format!("{} {}", fl!("html-title"), r.today),
        &fl!("html-heading"),
        &fl!(
            "html-subtitle",
            customers = r.customers,
            today = since_today.1.clone(),
            since = since_today.0.clone(),
            currency = r.currency.clone()
        ),
        &body,
    )
}

/// The `--by` sections: revenue and customers per group as SVG bars, and the figures in a
/// table.
fn groups(r: &Report, by: Dimension) -> String {
    let mut entries: Vec<(&String, &Group)> = r.groups.iter().collect();
    entries.sort_by(|a, b| (a.0 == "-", b.1.revenue, a.0).cmp(&(b.0 == "-", a.1.revenue, b.0)));
    let name = |k: &str| label(by.kind(), k);
    let revenue: Vec<(String, f64, String)> = entries
        .iter()
        .map(|(k, g)| (name(k), f(&g.revenue), money(&g.revenue)))
        .collect();
    let customers: Vec<(String, f64, String)> = entries
        .iter()
        .map(|(k, g)| (name(k), g.customers as f64, g.customers.to_string()))
        .collect();
    let mut rows = String::new();
    for (k, g) in &entries {
        let _ = write!(
            rows,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            esc(&name(k)),
            g.customers,
            g.new,
            g.churned,
            money(&g.revenue),
            g.complaints,
            g.open_complaints,
            g.average_rating
                .map(|a| a.to_string())
                .unwrap_or_else(|| "–".into())
        );
    }
    let field = crate::model::fields::label(by.field(), Lang::current() == Lang::ZhCn);
    let title = fl!(
        "report-by-dimension",
        field = field.clone(),
        since = r.since.to_string(),
        currency = r.currency.clone()
    );
    format!(
        "<section><h2>{t} · {t_rev}</h2>{rev}</section>\n<section><h2>{t} · {t_cust}</h2>{cust}</section>\n\
         <section><h2>{t}</h2><table><tr><th>{field}</th><th class=n>{c}</th><th class=n>{n}</th><th class=n>{ch}</th><th class=n>{rv}</th><th class=n>{cp}</th><th class=n>{op}</th><th class=n>{rt}</th></tr>{rows}</table></section>\n",
        t = esc(&title),
        t_rev = esc(&fl!("col-revenue")),
        t_cust = esc(&fl!("col-customers")),
        rev = svg_bars(&revenue),
        cust = svg_bars(&customers),
        field = esc(&field),
        c = esc(&fl!("col-customers")),
        n = esc(&fl!("col-new")),
        ch = esc(&fl!("col-churned")),
        rv = esc(&fl!("col-revenue")),
        cp = esc(&fl!("col-complaints")),
        op = esc(&fl!("col-open-complaints")),
        rt = esc(&fl!("col-rating")),
    )
}
