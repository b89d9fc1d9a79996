//! `report --receivables`: what customers owe, by age (账龄), per customer and per
//! account manager.

use std::fmt::Write as _;

use super::html::{esc, page};
use super::svg::svg_bars;
use super::{Ctx, bar, f, money, unreadable};
use crate::cli::Format;
use crate::error::Result;
use crate::i18n::fl;
use crate::model::credit::{BUCKETS, Ledger, Receivables};
use crate::model::query::Filters;
use crate::output;
use crate::per_thread::PerThread;

/// `asked` is the `--format` given, if any: piped without one, the list of customers is
/// tab-separated lines rather than a table.
pub fn run(filters: &Filters, format: Format, asked: Option<Format>, ctx: &Ctx) -> Result<u8> {
    let store = ctx.store()?;
    let (currency, today) = (&store.config.currency, ctx.today);
    // Each record is counted as it is read: memory holds one row per customer who owes.
    let tally = PerThread::new(|| Receivables::new(currency, today));
    // The filters name the record's own fields; what is open of each purchase is kept
    // apart from the rest of the logs (the credit on account of one who owes nothing is
    // not, and is not counted).
    let (_, errors) = ctx.scan_filtered(crate::store::Projection::Dues, filters, |_, c| {
        let ledger = Ledger::of(&c, currency, today);
        if ledger.balance > rust_decimal::Decimal::ZERO {
            tally.with(|t| t.add(&c, &ledger));
        }
        None::<()>
    })?;
    let r = tally.combined().finish();
    if format == Format::Json {
        ctx.emit_json(&r)?;
        return unreadable(&errors, ctx);
    }
    if format == Format::Html {
        ctx.emit_stream(|out| html(&r, out))?;
    } else {
        ctx.emit_stream(|out| terminal(&r, ctx.table(asked), ctx, out))?;
    }
    unreadable(&errors, ctx)
}

fn bucket_labels() -> Vec<String> {
    BUCKETS
        .iter()
        .map(|b| fl!("report-age-bucket", days = b.to_string()))
        .collect()
}

/// The report as text: tables on a terminal (or when asked for); piped, the list of
/// customers (one line each, hundreds of thousands in a large store) as tab-separated
/// lines under a line of their headers, for `sort`, `awk` or a spreadsheet, written a
/// part at a time: the whole list is never text in memory at once.
fn terminal(r: &Receivables, tables: bool, ctx: &Ctx, sink: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        fl!(
            "report-receivables-summary",
            currency = r.currency.clone(),
            total = money(&r.total),
            overdue = money(&r.overdue),
            customers = r.customers.len()
        )
    );
    let max = r.aging.iter().map(f).fold(0.0, f64::max);
    let rows: Vec<Vec<String>> = bucket_labels()
        .into_iter()
        .zip(&r.aging)
        .map(|(b, v)| vec![b, money(v), bar(f(v), max, 30)])
        .collect();
    let _ = writeln!(out, "{}", ctx.color.paint("1", &fl!("report-aging")));
    out.push_str(&output::table(
        &[fl!("col-age"), fl!("col-owed"), String::new()],
        &rows,
        ctx.color,
    ));
    let mut header = vec![
        fl!("col-owner"),
        fl!("col-customers"),
        fl!("col-owed"),
        fl!("col-overdue"),
    ];
    header.extend(bucket_labels());
    let rows: Vec<Vec<String>> = r
        .owners
        .iter()
        .map(|(owner, o)| {
            let mut row = vec![
                owner.clone(),
                o.customers.to_string(),
                money(&o.balance),
                money(&o.overdue),
            ];
            row.extend(o.aging.iter().map(money));
            row
        })
        .collect();
    let _ = writeln!(
        out,
        "\n{}",
        ctx.color.paint("1", &fl!("report-receivables-by-owner"))
    );
    out.push_str(&output::table(&header, &rows, ctx.color));
    let mut header = vec![
        fl!("col-id"),
        fl!("col-name"),
        fl!("col-company"),
        fl!("col-phone"),
        fl!("col-owner"),
        fl!("col-owed"),
        fl!("col-overdue"),
        fl!("col-oldest-due"),
    ];
    header.extend(bucket_labels());
    let row = |c: &crate::model::credit::CustomerDebt| {
        let s = |o: Option<&str>| o.unwrap_or_default().to_string();
        let mut row = vec![
            c.who.id().to_string(),
            c.who.name().to_string(),
            s(c.who.company()),
            s(c.who.phone()),
            s(c.who.owner()),
            money(&c.balance),
            money(&c.overdue),
            c.oldest_due.map(|d| d.to_string()).unwrap_or_default(),
        ];
        row.extend(c.aging.iter().map(money));
        row
    };
    let _ = writeln!(
        out,
        "\n{}",
        ctx.color.paint("1", &fl!("report-receivables-by-customer"))
    );
    let row = |i: usize| r.customers.get(i).map(row).unwrap_or_default();
    if tables {
        // Laid out a part at a time: a large store has hundreds of thousands who owe.
        sink.write_all(out.as_bytes())?;
        output::write_table_in_parts(
            &header,
            r.customers.len(),
            row,
            ctx.color,
            &[],
            output::PART,
            sink,
        )
    } else {
        output::plain_row(&mut out, &header);
        sink.write_all(out.as_bytes())?;
        output::write_plain_in_parts(r.customers.len(), row, sink)
    }
}

/// Where the list of customers goes in the page: a comment no escaped text can hold.
const ROWS: &str = "<!--rows-->";

/// The report as a web page, its list of customers (hundreds of thousands in a large
/// store) written a part at a time: the page is never whole in memory.
fn html(r: &Receivables, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let aging: Vec<(String, f64, String)> = bucket_labels()
        .into_iter()
        .zip(&r.aging)
        .map(|(b, v)| (b, f(v), money(v)))
        .collect();
    let owners: Vec<(String, f64, String)> = r
        .owners
        .iter()
        .map(|(o, d)| (o.clone(), f(&d.balance), money(&d.balance)))
        .collect();
    // The age columns, as the table and JSON have them.
    let ages = |aging: &[rust_decimal::Decimal; 4]| {
        aging
            .iter()
            .map(|v| format!("<td class=n>{}</td>", money(v)))
            .collect::<String>()
    };
    let age_heads: String = bucket_labels()
        .iter()
        .map(|b| format!("<th class=n>{}</th>", esc(b)))
        .collect();
    let mut owner_rows = String::new();
    for (owner, o) in &r.owners {
        let _ = write!(
            owner_rows,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td>{}</tr>",
            esc(owner),
            o.customers,
            money(&o.balance),
            money(&o.overdue),
            ages(&o.aging)
        );
    }
    let row = |rows: &mut String, c: &crate::model::credit::CustomerDebt| {
        let s = |o: Option<&str>| esc(o.unwrap_or_default());
        let _ = write!(
            rows,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td><td class=n>{}</td><td>{}</td>{}</tr>",
            esc(c.who.id()),
            esc(c.who.name()),
            s(c.who.company()),
            s(c.who.phone()),
            s(c.who.owner()),
            money(&c.balance),
            money(&c.overdue),
            c.oldest_due.map(|d| d.to_string()).unwrap_or_default(),
            ages(&c.aging)
        );
    };
    let summary = fl!(
        "report-receivables-summary",
        currency = r.currency.clone(),
        total = money(&r.total),
        overdue = money(&r.overdue),
        customers = r.customers.len()
    );
    let body = format!(
        r#"<section><h2>{t_aging}</h2>{aging}</section>
<section><h2>{t_owners}</h2>{owners}</section>
<section class="wide"><h2>{t_owners}</h2><table><tr><th>{t_owner}</th><th class=n>{t_count}</th><th class=n>{t_owed}</th><th class=n>{t_overdue}</th>{age_heads}</tr>{owner_rows}</table></section>
<section class="wide"><h2>{t_customers}</h2><table><tr><th>{t_id}</th><th>{t_name}</th><th>{t_company}</th><th>{t_phone}</th><th>{t_owner}</th><th class=n>{t_owed}</th><th class=n>{t_overdue}</th><th>{t_oldest}</th>{age_heads}</tr>{ROWS}</table></section>
"#,
        t_count = esc(&fl!("col-customers")),
        t_aging = esc(&fl!("report-aging")),
        t_owners = esc(&fl!("report-receivables-by-owner")),
        t_customers = esc(&fl!("report-receivables-by-customer")),
        t_id = esc(&fl!("col-id")),
        t_name = esc(&fl!("col-name")),
        t_company = esc(&fl!("col-company")),
        t_phone = esc(&fl!("col-phone")),
        t_owner = esc(&fl!("col-owner")),
        t_owed = esc(&fl!("col-owed")),
        t_overdue = esc(&fl!("col-overdue")),
        t_oldest = esc(&fl!("col-oldest-due")),
        aging = svg_bars(&aging),
        owners = svg_bars(&owners),
    );
    let title = fl!(
        "report-receivables-title",
        today = r.today.map(|d| d.to_string()).unwrap_or_default()
    );
    let page = page(&title, &title, &summary, &body);
    let (head, end) = page.split_once(ROWS).expect("the page has its list's place");
    out.write_all(head.as_bytes())?;
    let mut rows = String::new();
    for c in &r.customers {
        row(&mut rows, c);
        if rows.len() >= 1 << 16 {
            out.write_all(rows.as_bytes())?;
            rows.clear();
        }
    }
    out.write_all(rows.as_bytes())?;
    out.write_all(end.as_bytes())
}
