//! `crmfile remind`: what is due, for people and for cron.

use std::fmt::Write as _;

use chrono::{Days, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Todo};
use rayon::prelude::*;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result, exit};
use crate::i18n::fl;
use crate::model::due::{Due, DueKind, Part, due_parts, greeting_parts, review_part};
use crate::model::record::Customer;
use crate::model::record::{Channel, Tier};
use crate::model::span::Span;
use crate::model::vcard::line_text;
use crate::ops::{append, log_contact};
use crate::output;

/// List what is due: follow-ups, birthdays and anniversaries (customers' and their key
/// people's), complaints not resolved within the deadline in config (feedback.sla),
/// callbacks after resolved complaints (feedback.callback), and purchases on account
/// falling due or overdue (payment).
///
/// Lists what falls due from today through today + --within, and everything overdue,
/// sorted by date (overdue first). Prints nothing and exits 0 when nothing is due, so
/// cron mails only when there is something to do (--format ics always writes a whole
/// calendar, empty if need be, so a subscribed calendar drops what is done; --format
/// json always writes one JSON document, `[]` when nothing is due).
///
/// Examples:
///   crmfile remind
///   crmfile remind --within 30d --owner li.na --kind birthday
///   crmfile remind --kind greeting --within 10d                      (whom to greet before 春节, 中秋…)
///   crmfile remind --kind payment --within 1d                         (receivables due, 催款)
///   crmfile remind --format ics > ~/calendars/crm.ics
///   crmfile remind --done 张伟 --summary "Called, all fine"
///   0 8 * * 1-5  crmfile -q --store ~/acme remind | mail -E -s "Customers due today" team@example.com
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// How far ahead to look: 7d, 2w, 1m… (0d: today and what is overdue)
    #[arg(long, default_value = "7d", value_name = "DURATION", value_parser = within)]
    pub within: Span,
    /// Only customers of this account manager
    #[arg(long)]
    pub owner: Option<String>,
    /// Only customers of this value tier
    #[arg(long)]
    pub tier: Option<Tier>,
    /// Only customers with this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// Only these kinds of item (repeat for several)
    #[arg(long, value_enum)]
    pub kind: Vec<DueKind>,
    /// Exit with 3 when something is due (0 when nothing is)
    #[arg(long)]
    pub exit_code: bool,
    /// Mark a customer's follow-up done: logs a contact and clears the next-step date
    #[arg(long, value_name = "QUERY", conflicts_with_all = ["owner", "tier", "tag", "kind", "exit_code"])]
    pub done: Option<String>,
    /// With --done: how the follow-up happened
    #[arg(long, requires = "done", default_value = "phone")]
    pub channel: Channel,
    /// With --done: what was said [default: "follow-up done", in the language of the run]
    #[arg(long, requires = "done")]
    pub summary: Option<String>,
    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Ndjson, Format::Ics]))]
    pub format: Option<Format>,
}

/// A length of time ahead, or none: `0d` (`0`, `0天`, `today`, `今天`) looks at today only.
fn within(text: &str) -> std::result::Result<Span, String> {
    match text.trim().to_lowercase().as_str() {
        "0" | "0d" | "0天" | "today" | "今天" => Ok(Span::days(0)),
        _ => text.parse(),
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    if let Some(query) = &args.done {
        let entry = log_contact::Entry {
            channel: Some(args.channel),
            summary: Some(args.summary.clone().unwrap_or_else(|| fl!("remind-done-summary"))),
            done: true,
            ..Default::default()
        };
        let planned = log_contact::build(entry, ctx)?;
        return append::one(ctx, &mut *ctx.writer(), query, planned, &log_contact::apply);
    }
    let format = ctx.format(args.format, Format::Table);
    ctx.store()?;
    ctx.keyring()?;
    let today = ctx.today;
    let horizon = args
        .within
        .after(ctx.today)
        .ok_or_else(|| Error::usage(fl!("error-too-far", within = args.within.to_string())))?;
    // Text for scripts (plain lines, JSON) is made as each record is read, on the thread
    // that read it, and only that is kept, beside what orders it; tables and calendars
    // keep the items whole.
    let render = match format {
        Format::Json => Some(Render::Json),
        Format::Ndjson => Some(Render::Ndjson),
        Format::Ics => None,
        _ if !ctx.table(args.format) => Some(Render::Plain),
        _ => None,
    };
    // JSON is always a whole document (`[]` when nothing is due), and a calendar file is
    // always written whole (an empty one clears the old entries); plain text and tables
    // print nothing when nothing is due, for cron.
    let (found, errors) = match render {
        Some(render) => {
            let (lists, errors) = due_lists(&args, ctx, horizon, |c, p| Line::new(c, p, render, today))?;
            let found = print_in_order(lists, render == Render::Json, |items| {
                ctx.emit_stream(|out| write_lines(items, render, out))
            })?;
            (found, errors)
        }
        None => {
            let (lists, errors) = due_lists(&args, ctx, horizon, |c, p| Due::of(c, p, today))?;
            let found = print_in_order(lists, format == Format::Ics, |items| {
                let format_text = crate::store::timing::phase("format");
                let text = match format {
                    Format::Ics => ics(items, ctx),
                    _ => table(items, ctx),
                };
                drop(format_text);
                ctx.emit(&text)
            })?;
            (found, errors)
        }
    };
    if !errors.is_empty() {
        ctx.report_file_errors(&errors);
        return Err(Error::new(fl!("error-remind-unreadable", count = errors.len())));
    }
    Ok(if args.exit_code && found {
        exit::FOUND
    } else {
        exit::OK
    })
}

/// What is due of every record the filters keep, each item made into what the output
/// needs (`keep`) as its record is read: memory holds those only. Lists the files that
/// could not be read.
fn due_lists<T: Send>(
    args: &Args,
    ctx: &Ctx,
    horizon: NaiveDate,
    keep: impl Fn(&Customer, Part) -> T + Sync,
) -> Result<(Vec<Vec<T>>, Vec<crate::store::FileError>)> {
    let (config, today) = (&ctx.store()?.config, ctx.today);
    // The filters find and export take, so an owner or tag is tested on the index entry.
    let mut filters = crate::model::query::Filters::default();
    filters.owner.clone_from(&args.owner);
    filters.tier = args.tier;
    filters.tags.extend(args.tag.iter().cloned());
    // The filters name the record's own fields, so what reminders read of the logs is
    // enough (the index keeps it apart from the rest).
    let (lists, errors) = ctx.scan_filtered(crate::store::Projection::Dues, &filters, |_, c| {
        let mut parts = due_parts(&c, config, today, horizon);
        parts.retain(|p| args.kind.is_empty() || args.kind.contains(&p.kind));
        // Greetings are a campaign, not a task: listed only when asked for.
        if args.kind.contains(&DueKind::Greeting) {
            parts.extend(greeting_parts(&c, config, today, horizon));
        }
        // So is a review of stale details.
        if args.kind.contains(&DueKind::Review) {
            parts.extend(review_part(&c, config, horizon));
        }
        (!parts.is_empty()).then(|| each_into(parts, |p| keep(&c, p)))
    })?;
    ctx.warn_untrusted(None);
    Ok((lists, errors))
}

/// Each item made into what is kept, in a list of the kept values' own size: collected in
/// place, they would hold the items' larger allocation (two thirds of remind's memory at
/// 100,000 customers).
fn each_into<T>(items: Vec<Part>, keep: impl FnMut(Part) -> T) -> Vec<T> {
    let mut kept = Vec::with_capacity(items.len());
    kept.extend(items.into_iter().map(keep));
    kept
}

/// Puts the items in order and prints them (`always`: even when none is due); whether
/// any is due.
fn print_in_order<T: Ordered + Send>(
    lists: Vec<Vec<T>>,
    always: bool,
    print: impl FnOnce(&[&T]) -> Result<()>,
) -> Result<bool> {
    let items = {
        let _timed = crate::store::timing::phase("sort");
        in_order(&lists)
    };
    if !items.is_empty() || always {
        print(&items)?;
    }
    let found = !items.is_empty();
    // A long list is freed on both threads: a million items hold millions of texts.
    drop(items);
    lists.into_par_iter().for_each(drop);
    Ok(found)
}

/// The text formats, made item by item while the store is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Render {
    /// Five tab-separated columns for scripts (JSON has phone and company); the detail
    /// is for people in both.
    Plain,
    Json,
    Ndjson,
}

/// One item as it will be printed, and what orders it.
struct Line {
    date: NaiveDate,
    kind: DueKind,
    /// Where the name and the customer's id start in `buf`.
    name_at: u32,
    id_at: u32,
    /// The text printed (a plain line, or the item's JSON: pretty for a JSON list), then
    /// the name and the id: one allocation a line.
    buf: Box<str>,
}

thread_local! {
    /// Where a plain line is made before it is copied into its own allocation.
    static PLAIN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

impl Line {
    fn new(c: &Customer, p: Part, render: Render, today: NaiveDate) -> Line {
        let (date, kind) = (p.date, p.kind);
        let make = |text: &str| {
            let mut buf = String::with_capacity(text.len() + c.name.len() + c.id.len());
            buf.push_str(text);
            buf.push_str(&c.name);
            buf.push_str(&c.id);
            let at = |n: usize| u32::try_from(n).expect("one record's line is under 4 GiB");
            Line {
                date,
                kind,
                name_at: at(text.len()),
                id_at: at(text.len() + c.name.len()),
                buf: buf.into_boxed_str(),
            }
        };
        match render {
            Render::Plain => PLAIN.with_borrow_mut(|text| {
                text.clear();
                let _ = write!(text, "{date}\t");
                let detail = crate::i18n::shown(&p.detail.0, &p.detail.1);
                output::plain_row(text, &[kind.as_str(), &c.id, &c.name, detail]);
                make(text)
            }),
            Render::Json | Render::Ndjson => {
                make(&output::JsonList::new(render == Render::Ndjson).render(&Due::of(c, p, today)))
            }
        }
    }

    fn text(&self) -> &str {
        &self.buf[..self.name_at as usize]
    }
}

/// Writes the lines in order, a part at a time: the whole text is never in memory.
fn write_lines(items: &[&Line], render: Render, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut list = output::JsonList::new(render == Render::Ndjson);
    let mut part = String::with_capacity(1 << 17);
    for line in items {
        match render {
            Render::Plain => part.push_str(line.text()),
            Render::Json | Render::Ndjson => list.push_rendered(line.text(), &mut part),
        }
        if part.len() >= 1 << 16 {
            out.write_all(part.as_bytes())?;
            part.clear();
        }
    }
    if render != Render::Plain {
        part.push_str(list.end());
    }
    out.write_all(part.as_bytes())
}

/// The table for people: every column, the date coloured when overdue.
fn table(items: &[&Due], ctx: &Ctx) -> String {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            let date = if i.overdue {
                ctx.color
                    .paint("31", &fl!("remind-overdue", date = i.date.to_string()))
            } else {
                i.date.to_string()
            };
            vec![
                date,
                i.kind.label(),
                i.customer.clone(),
                i.name.clone(),
                i.company.clone().unwrap_or_default(),
                i.phone.clone().unwrap_or_default(),
                crate::i18n::shown(&i.detail, &i.shown).to_string(),
            ]
        })
        .collect();
    // The date column is crmfile's own text, coloured when overdue.
    output::table_painted(
        &[
            fl!("col-date"),
            fl!("col-kind"),
            fl!("col-id"),
            fl!("col-name"),
            fl!("col-company"),
            fl!("col-phone"),
            fl!("col-detail"),
        ],
        &rows,
        ctx.color,
        &[0],
    )
}

/// What orders an item: its date, kind, name and id.
trait Ordered: Sync {
    fn key(&self) -> (NaiveDate, DueKind, &str, &str);
}

impl Ordered for Due {
    fn key(&self) -> (NaiveDate, DueKind, &str, &str) {
        (self.date, self.kind, &self.name, &self.customer)
    }
}

/// A value and what it came with (in tests, to tell equal keys apart).
#[cfg(test)]
impl<T: Ordered, U: Sync> Ordered for (T, U) {
    fn key(&self) -> (NaiveDate, DueKind, &str, &str) {
        self.0.key()
    }
}

impl Ordered for Line {
    fn key(&self) -> (NaiveDate, DueKind, &str, &str) {
        let (name, id) = self.buf.split_at(self.id_at as usize);
        (self.date, self.kind, &name[self.name_at as usize..], id)
    }
}

/// Every item, by date, kind, name and id (the walk's order for the same), as references
/// where they were made (an item is a few hundred bytes), each sorted beside the start of
/// its name: most comparisons are then decided without reading the item.
fn in_order<T: Ordered>(lists: &[Vec<T>]) -> Vec<&T> {
    let mut keyed: Vec<(NaiveDate, DueKind, [u8; 8], u32, &T)> = lists
        .iter()
        .flatten()
        .enumerate()
        .map(|(at, i)| {
            let (date, kind, name, _) = i.key();
            let mut start = [0u8; 8];
            let n = name.len().min(8);
            start[..n].copy_from_slice(&name.as_bytes()[..n]);
            let at = u32::try_from(at).expect("fewer than 4 billion items");
            (date, kind, start, at, i)
        })
        .collect();
    // The start's bytes order as the name does up to the eighth; a name ending sooner is
    // padded with zeros, and equal starts leave the whole names to decide, then the
    // position (the walk's order): no two items compare equal, so a sort in place that
    // is not stable (and needs no buffer as large as the list) gives one order.
    keyed.par_sort_unstable_by(|a, b| {
        (a.0, a.1, a.2)
            .cmp(&(b.0, b.1, b.2))
            .then_with(|| a.4.key().cmp(&b.4.key()))
            .then(a.3.cmp(&b.3))
    });
    keyed.into_iter().map(|(.., i)| i).collect()
}

/// One VTODO per follow-up and complaint, one all-day VEVENT per birthday and anniversary.
fn ics(items: &[&Due], ctx: &Ctx) -> String {
    let stamp = ctx.now.with_timezone(&Utc);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//crmfile//remind//EN"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.name(&fl!("ics-calendar-name"));
    for i in items {
        // What a calendar shows is read by people: it follows the language. A bare CR or
        // another control character must not start a property of its own.
        let summary = line_text(&format!("{}: {} ({})", i.kind.label(), i.name, i.customer));
        let description = line_text(crate::i18n::shown(&i.detail, &i.shown));
        match i.kind {
            DueKind::FollowUp
            | DueKind::Complaint
            | DueKind::Callback
            | DueKind::Payment
            | DueKind::Review => {
                let mut todo = Todo::new();
                todo.uid(&i.uid)
                    .timestamp(stamp)
                    .summary(&summary)
                    .description(&description)
                    .due(i.date);
                cal.push(todo.done());
            }
            DueKind::Birthday | DueKind::Anniversary | DueKind::Greeting => {
                let mut event = Event::new();
                let end = i.date.checked_add_days(Days::new(1)).unwrap_or(i.date);
                event
                    .uid(&i.uid)
                    .timestamp(stamp)
                    .summary(&summary)
                    .description(&description)
                    .starts(i.date)
                    .ends(end);
                cal.push(event.done());
            }
        }
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Customer `n` of the tests: names with quotes, tabs, line breaks and escapes; some
    /// with a company and a phone.
    fn customer(n: u64) -> Customer {
        let name = [
            "张伟",
            "Anna \"Q\" Schmidt",
            "tab\there",
            "line\nbreak",
            "\u{1b}[31m",
        ][n as usize % 5];
        let created = "2026-01-10T09:00:00+08:00".parse().unwrap();
        let mut c = Customer::new(
            format!("c-{n:08}"),
            name.to_string(),
            crate::model::date::Timestamp(created),
        );
        c.company = n.is_multiple_of(4).then(|| "北京星河科技有限公司".to_string());
        if n.is_multiple_of(3) {
            c.contact
                .phones
                .push(crate::model::phone::Phone::parse("+86 138 0013 8000").unwrap());
        }
        c
    }

    /// Lines made one at a time and written a part at a time give the text the whole
    /// list gives: JSON as one document, NDJSON and plain lines, past many parts.
    #[test]
    fn lines_written_in_parts_are_the_whole_list() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let items: Vec<(Customer, Part)> = (0..6000)
            .map(|n| {
                let part = Part {
                    date: today + chrono::Days::new(n % 40) - chrono::Days::new(5),
                    kind: [DueKind::FollowUp, DueKind::Payment, DueKind::Complaint][n as usize % 3],
                    about: None,
                    years: (n % 7 == 0).then_some(40),
                    detail: (
                        format!("every 14d, last contact {n} days ago"),
                        if n % 2 == 0 {
                            String::new()
                        } else {
                            format!("每 14 天，{n} 天前联系")
                        },
                    ),
                    uid: format!("follow-up.c-{n:08}"),
                };
                (customer(n), part)
            })
            .collect();
        let dues: Vec<Due> = items.iter().map(|(c, p)| Due::of(c, p.clone(), today)).collect();
        let written = |render: Render| {
            let parts = items.iter().map(|(_, p)| p.clone()).collect();
            let mut made = items.iter().map(|(c, _)| c);
            let lines = each_into(parts, |p| Line::new(made.next().unwrap(), p, render, today));
            // Lines are kept for the whole run: never in the items' larger allocation.
            assert_eq!(lines.capacity(), lines.len());
            for (line, due) in lines.iter().zip(&dues) {
                assert_eq!(line.key(), due.key());
            }
            let mut out = Vec::new();
            write_lines(&lines.iter().collect::<Vec<_>>(), render, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(written(Render::Json), output::json_list(&dues, false));
        assert_eq!(written(Render::Ndjson), output::json_list(&dues, true));
        let mut plain = String::new();
        for i in &dues {
            let date = i.date.to_string();
            let detail = crate::i18n::shown(&i.detail, &i.shown);
            output::plain_row(
                &mut plain,
                &[&date, i.kind.as_str(), &i.customer, &i.name, detail],
            );
        }
        assert!(plain.len() > 4 << 16, "the list spans several parts");
        assert_eq!(written(Render::Plain), plain);
        let empty = |render: Render| {
            let mut out = Vec::new();
            write_lines(&[], render, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(empty(Render::Json), "[]\n");
        assert_eq!(empty(Render::Ndjson), "");
    }

    proptest::proptest! {
        /// The order is the items' own (date, kind, name, id), ties in the order made.
        #[test]
        fn items_are_put_in_order_of_date_kind_name_and_id(
            made in proptest::collection::vec(
                (0i64..3, 0usize..2, proptest::sample::select(vec!["", "\0", "a", "a\0", "ab", "abcdefgh", "abcdefghi", "abcdefgh\0", "张伟", "张伟伟"]), 0u8..3, 0u8..3),
                0..40,
            )
        ) {
            let lists: Vec<Vec<Due>> = made
                .iter()
                .enumerate()
                .map(|(n, (day, kind, name, id, uid))| {
                    vec![Due {
                        date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap() + chrono::Days::new(*day as u64),
                        kind: [DueKind::FollowUp, DueKind::Birthday][*kind],
                        overdue: false,
                        customer: format!("c-{id}"),
                        name: name.to_string(),
                        company: None,
                        phone: None,
                        about: None,
                        years: None,
                        detail: String::new(),
                        shown: String::new(),
                        uid: format!("{n}.{uid}"),
                    }]
                })
                .collect();
            let mut expected: Vec<&Due> = lists.iter().flatten().collect();
            expected.sort_by(|a, b| (a.date, a.kind, &a.name, &a.customer).cmp(&(b.date, b.kind, &b.name, &b.customer)));
            let uids = |items: Vec<&Due>| items.iter().map(|i| i.uid.clone()).collect::<Vec<_>>();
            let expected = uids(expected);
            proptest::prop_assert_eq!(uids(in_order(&lists)), expected.clone());
            // Lines, which keep the name and id after their text, order the same.
            let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
            let lines: Vec<Vec<(Line, String)>> = lists
                .iter()
                .flatten()
                .map(|i| {
                    let mut c = customer(0);
                    c.id.clone_from(&i.customer);
                    c.name.clone_from(&i.name);
                    let part = Part { date: i.date, kind: i.kind, about: None, years: None, detail: Default::default(), uid: String::new() };
                    vec![(Line::new(&c, part, Render::Plain, today), i.uid.clone())]
                })
                .collect();
            let ordered: Vec<String> = in_order(&lines).iter().map(|(_, uid)| uid.clone()).collect();
            proptest::prop_assert_eq!(ordered, expected);
        }
    }
}
