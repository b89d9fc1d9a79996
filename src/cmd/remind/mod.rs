//! `crmfile remind`: what is due, for people and for cron.

mod held;

use chrono::{DateTime, Days, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Todo};
use rayon::prelude::*;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result, exit};
use crate::i18n::fl;
use crate::model::due::{
    Due, DueKind, Part, due_parts, greeting_parts, is_usual_uid, review_part, usual_uid,
};
use crate::model::record::Customer;
use crate::model::record::{Channel, Tier};
use crate::model::span::Span;
use crate::model::vcard::line_text;
use crate::ops::{append, log_contact};
use crate::output;
use held::{Held, text};

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
    // What each record's items need for this output is kept as the record is read (for
    // plain lines less than for the rest), and made into text once they are in order.
    let keep = match format {
        Format::Json | Format::Ndjson | Format::Ics => Keep::Items,
        _ if ctx.table(args.format) => Keep::Items,
        _ => Keep::Lines,
    };
    let (lists, errors) = due_lists(&args, ctx, horizon, |c, parts| held(c, parts, keep))?;
    // JSON is always a whole document (`[]` when nothing is due), and a calendar file is
    // always written whole (an empty one clears the old entries); plain text and tables
    // print nothing when nothing is due, for cron.
    let always = matches!(format, Format::Json | Format::Ics);
    let found = print_in_order(lists, always, |lists, places| {
        let written = match (keep, format) {
            (Keep::Lines, _) => Written::Lines,
            (_, Format::Json) => Written::Json { ndjson: false },
            (_, Format::Ndjson) => Written::Json { ndjson: true },
            (_, Format::Ics) => Written::Calendar(ctx.now.with_timezone(&Utc)),
            _ => return ctx.emit_stream(|out| write_table(lists, places, today, ctx, out)),
        };
        ctx.emit_stream(|out| write_lines(lists, places, written, today, out))
    })?;
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

/// What is due of every record the filters keep, its items made into what the output
/// needs (`keep`) as its record is read: memory holds those only. Lists the files that
/// could not be read.
fn due_lists(
    args: &Args,
    ctx: &Ctx,
    horizon: NaiveDate,
    keep: impl Fn(&Customer, Vec<Part>) -> Held + Sync,
) -> Result<(Vec<Held>, Vec<crate::store::FileError>)> {
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
        (!parts.is_empty()).then(|| keep(&c, parts))
    })?;
    ctx.warn_untrusted(None);
    Ok((lists, errors))
}

/// Puts the items of every record in order and prints them (`always`: even when none is
/// due); whether any is due.
fn print_in_order(
    lists: Vec<Held>,
    always: bool,
    print: impl FnOnce(&[Held], &[Place]) -> Result<()>,
) -> Result<bool> {
    let places = {
        let _timed = crate::store::timing::phase("sort");
        in_order(&lists)
    };
    if !places.is_empty() || always {
        print(&lists, &places)?;
    }
    let found = !places.is_empty();
    // A long list is freed on both threads: a million items hold millions of texts.
    drop(places);
    lists.into_par_iter().for_each(drop);
    Ok(found)
}

/// What is kept of each record's items until they are printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// For plain lines (five tab-separated columns for scripts; JSON has phone and
    /// company): the name and id, and each item's detail as shown.
    Lines,
    /// Everything an item says ([`Due`]), for JSON, tables and calendars.
    Items,
}

/// Where [`held`] keeps a record's fields, and each item's: for plain lines the detail
/// as shown alone ([`LINE`]), else each of the others.
const NAME: usize = 0;
const ID: usize = 1;
const COMPANY: usize = 2;
const PHONE: usize = 3;
const ABOUT: usize = 0;
const DETAIL: usize = 1;
const SHOWN: usize = 2;
const UID: usize = 3;
const LINE: usize = 0;

/// What is kept of a record's items as `keep` says.
fn held(c: &Customer, parts: Vec<Part>, keep: Keep) -> Held {
    let (record, items): (Vec<Option<&str>>, Vec<held::Item>) = match keep {
        Keep::Lines => (
            vec![Some(&c.name), Some(&c.id)],
            parts
                .iter()
                .map(|p| {
                    let shown = crate::i18n::shown(&p.detail.0, &p.detail.1);
                    (p.date, p.kind, None, vec![Some(shown)])
                })
                .collect(),
        ),
        Keep::Items => (
            vec![
                Some(&c.name),
                Some(&c.id),
                c.company.as_deref(),
                c.contact.phones.first().map(|p| p.number.as_str()),
            ],
            parts
                .iter()
                .map(|p| {
                    // The words of an English run are the detail: nothing more to keep.
                    let shown = Some(p.detail.1.as_str()).filter(|s| !s.is_empty());
                    // Nor the uid most items have, made again from their kind and subject.
                    let subject = p.about.as_deref().unwrap_or(&c.id);
                    let uid = Some(p.uid.as_str()).filter(|u| !is_usual_uid(u, p.kind, subject));
                    let fields = vec![p.about.as_deref(), Some(p.detail.0.as_str()), shown, uid];
                    (p.date, p.kind, p.years, fields)
                })
                .collect(),
        ),
    };
    Held::of(&record, &items)
}

/// The item at `place`, of a record kept whole ([`Keep::Items`]), as [`Due::of`] makes it.
fn due_of(lists: &[Held], place: &Place, today: NaiveDate) -> Due {
    let (held, at) = (&lists[place.record as usize], place.item as usize);
    let field = |k: usize| held.item_field(at, k);
    let owned = |t: Option<&str>| t.unwrap_or_default().to_string();
    let (date, kind) = held.date_and_kind(at);
    let record = |k: usize| held.record_field(k);
    let who = [record(ID).unwrap_or_default(), record(NAME).unwrap_or_default()];
    let about = field(ABOUT);
    let uid = match field(UID) {
        Some(uid) => uid.to_string(),
        None => usual_uid(kind, about.unwrap_or(who[0])),
    };
    let part = Part {
        date,
        kind,
        about: about.map(str::to_string),
        years: held.years(at),
        detail: (owned(field(DETAIL)), owned(field(SHOWN))),
        uid,
    };
    Due::of_customer(who, record(COMPANY), record(PHONE), part, today)
}

/// How [`write_lines`] writes the items.
#[derive(Clone, Copy, Debug)]
enum Written {
    /// Plain lines (kept as [`Keep::Lines`]).
    Lines,
    /// JSON, or NDJSON.
    Json { ndjson: bool },
    /// An iCalendar file, stamped with this time.
    Calendar(DateTime<Utc>),
}

/// Writes the items in order, a part at a time: the whole text is never in memory. The
/// parts of a few at a time are made in parallel.
fn write_lines(
    lists: &[Held],
    places: &[Place],
    written: Written,
    today: NaiveDate,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    const PART: usize = 4096;
    const TOGETHER: usize = 8 * PART;
    let ndjson = matches!(written, Written::Json { ndjson: true });
    if let Written::Calendar(_) = written {
        out.write_all(calendar_head().as_bytes())?;
    }
    for (w, window) in places.chunks(TOGETHER).enumerate() {
        let parts: Vec<String> = window
            .par_chunks(PART)
            .enumerate()
            .map(|(p, places)| {
                let mut list = output::JsonList::after(ndjson, w * TOGETHER + p * PART);
                let mut part = String::with_capacity(128 * places.len());
                for place in places {
                    match written {
                        Written::Json { .. } => list.push(&due_of(lists, place, today), &mut part),
                        Written::Calendar(stamp) => {
                            calendar_item(&due_of(lists, place, today), stamp, &mut part);
                        }
                        Written::Lines => {
                            let (held, at) = (&lists[place.record as usize], place.item as usize);
                            let (name, id) = held.name_and_id();
                            let (date, kind) = held.date_and_kind(at);
                            output::push_date(&mut part, date);
                            part.push('\t');
                            let detail = held.item_field(at, LINE).unwrap_or_default();
                            output::plain_row(&mut part, &[kind.as_str(), text(id), text(name), detail]);
                        }
                    }
                }
                part
            })
            .collect();
        for part in parts {
            out.write_all(part.as_bytes())?;
        }
    }
    match written {
        Written::Lines => Ok(()),
        Written::Json { .. } => out.write_all(output::JsonList::after(ndjson, places.len()).end().as_bytes()),
        Written::Calendar(_) => out.write_all(CALENDAR_END.as_bytes()),
    }
}

/// The table for people: every column, the date coloured when overdue. Drawn a part at a
/// time (a million items laid out at once took gigabytes).
fn write_table(
    lists: &[Held],
    places: &[Place],
    today: NaiveDate,
    ctx: &Ctx,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let color = ctx.color;
    // The date column is crmfile's own text, coloured when overdue.
    output::write_table_in_parts(
        &table_header(),
        places.len(),
        |n| table_row(&due_of(lists, &places[n], today), color),
        color,
        &[0],
        TABLE_PART,
        out,
    )
}

/// Rows of remind's table laid out at once.
const TABLE_PART: usize = 4096;

fn table_header() -> [String; 7] {
    [
        fl!("col-date"),
        fl!("col-kind"),
        fl!("col-id"),
        fl!("col-name"),
        fl!("col-company"),
        fl!("col-phone"),
        fl!("col-detail"),
    ]
}

/// An item's row of the table.
fn table_row(i: &Due, color: crate::output::Color) -> Vec<String> {
    let date = if i.overdue {
        color.paint("31", &fl!("remind-overdue", date = i.date.to_string()))
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
}

/// Where an item is (its record's place in the walk and its own in the record), with its
/// date, kind and the start of its name (three Chinese characters and more), which decide
/// most comparisons without reading the item: 24 bytes.
#[derive(Clone, Copy, Debug)]
struct Place {
    date: NaiveDate,
    record: u32,
    item: u32,
    kind: DueKind,
    start: [u8; START],
}

/// How many of a name's first bytes a [`Place`] keeps.
const START: usize = 11;
const _: () = assert!(std::mem::size_of::<Place>() == 24);

/// Every item, by date, kind, name and id (the walk's order for the same).
fn in_order(lists: &[Held]) -> Vec<Place> {
    let index = |n: usize| u32::try_from(n).expect("fewer than 4 billion items");
    let mut places = Vec::with_capacity(lists.iter().map(Held::count).sum());
    for (record, items) in lists.iter().enumerate() {
        for item in 0..items.count() {
            let (date, kind) = items.date_and_kind(item);
            let (name, _) = items.name_and_id();
            let mut start = [0u8; START];
            let n = name.len().min(START);
            start[..n].copy_from_slice(&name[..n]);
            places.push(Place {
                date,
                record: index(record),
                item: index(item),
                kind,
                start,
            });
        }
    }
    // The start's bytes order as the name does up to the eleventh; a name ending sooner is
    // padded with zeros, and equal starts leave the whole names to decide, then the
    // places (the walk's order): no two items compare equal, so a sort in place that is
    // not stable (and needs no buffer as large as the list) gives one order.
    let names = |p: &Place| lists[p.record as usize].name_and_id();
    places.par_sort_unstable_by(|a, b| {
        (a.date, a.kind, a.start)
            .cmp(&(b.date, b.kind, b.start))
            .then_with(|| names(a).cmp(&names(b)))
            .then((a.record, a.item).cmp(&(b.record, b.item)))
    });
    places
}

/// The end of a calendar file.
const CALENDAR_END: &str = "END:VCALENDAR\r\n";

/// A calendar file up to its first component: its version, maker, scale and name.
fn calendar_head() -> String {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//crmfile//remind//EN"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.name(&fl!("ics-calendar-name"));
    let mut head = cal.done().to_string();
    head.truncate(head.len() - CALENDAR_END.len());
    head
}

/// An item in a calendar: a to-do or an all-day event.
enum Entry {
    Todo(Todo),
    Event(Event),
}

/// A follow-up, complaint, callback, payment or review as a VTODO, a birthday,
/// anniversary or greeting as an all-day VEVENT.
fn calendar_component(i: &Due, stamp: DateTime<Utc>) -> Entry {
    // What a calendar shows is read by people: it follows the language. A bare CR or
    // another control character must not start a property of its own.
    let summary = line_text(&format!("{}: {} ({})", i.kind.label(), i.name, i.customer));
    let description = line_text(crate::i18n::shown(&i.detail, &i.shown));
    match i.kind {
        DueKind::FollowUp | DueKind::Complaint | DueKind::Callback | DueKind::Payment | DueKind::Review => {
            Entry::Todo(
                Todo::new()
                    .uid(&i.uid)
                    .timestamp(stamp)
                    .summary(&summary)
                    .description(&description)
                    .due(i.date)
                    .done(),
            )
        }
        DueKind::Birthday | DueKind::Anniversary | DueKind::Greeting => {
            let end = i.date.checked_add_days(Days::new(1)).unwrap_or(i.date);
            Entry::Event(
                Event::new()
                    .uid(&i.uid)
                    .timestamp(stamp)
                    .summary(&summary)
                    .description(&description)
                    .starts(i.date)
                    .ends(end)
                    .done(),
            )
        }
    }
}

/// An item's calendar component, as the calendar crate writes it, added to `out`.
fn calendar_item(i: &Due, stamp: DateTime<Utc>, out: &mut String) {
    let written = match calendar_component(i, stamp) {
        Entry::Todo(todo) => todo.fmt_write(out),
        Entry::Event(event) => event.fmt_write(out),
    };
    written.expect("writing to a string");
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

    /// Items kept as each record is read (one to three a record) and written a part at a
    /// time give the text the whole list gives: JSON as one document, NDJSON and plain
    /// lines, past many parts and windows.
    #[test]
    fn items_kept_and_written_in_parts_are_the_whole_list() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let part = |n: u64| Part {
            date: today + chrono::Days::new(n % 40) - chrono::Days::new(5),
            kind: [DueKind::FollowUp, DueKind::Payment, DueKind::Complaint][n as usize % 3],
            about: n.is_multiple_of(5).then(|| format!("p-{n:08}")),
            years: n.is_multiple_of(7).then_some(40),
            detail: (
                format!("every 14d, last contact {n} days ago"),
                if n.is_multiple_of(2) {
                    String::new()
                } else {
                    format!("每 14 天，{n} 天前联系")
                },
            ),
            uid: format!("follow-up.c-{n:08}"),
        };
        let records: Vec<(Customer, Vec<Part>)> = (0..17_000)
            .map(|n| (customer(n), (0..=n % 3).map(|k| part(n * 3 + k)).collect()))
            .collect();
        // The whole list, in the order remind prints it.
        let mut dues: Vec<Due> = records
            .iter()
            .flat_map(|(c, parts)| parts.iter().map(|p| Due::of(c, p.clone(), today)))
            .collect();
        dues.sort_by(|a, b| {
            (a.date, a.kind, &a.name, &a.customer).cmp(&(b.date, b.kind, &b.name, &b.customer))
        });
        let kept = |keep: Keep| -> Vec<Held> {
            records
                .iter()
                .map(|(c, parts)| held(c, parts.clone(), keep))
                .collect()
        };
        let written = |keep: Keep, written: Written| {
            let lists = kept(keep);
            let mut out = Vec::new();
            write_lines(&lists, &in_order(&lists), written, today, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(
            written(Keep::Items, Written::Json { ndjson: false }),
            output::json_list(&dues, false)
        );
        assert_eq!(
            written(Keep::Items, Written::Json { ndjson: true }),
            output::json_list(&dues, true)
        );
        // Tables and calendars get each item whole, as it was made, words shown and all.
        let lists = kept(Keep::Items);
        let whole: Vec<Due> = in_order(&lists)
            .iter()
            .map(|p| due_of(&lists, p, today))
            .collect();
        assert_eq!(whole, dues);
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
        assert!(dues.len() > 32_768, "and several windows of parts made together");
        assert_eq!(written(Keep::Lines, Written::Lines), plain);
        // A calendar written a part at a time is the one the calendar crate writes whole.
        let stamp = DateTime::from_timestamp(1_795_000_000, 0).unwrap();
        let whole = || {
            let mut cal = Calendar::empty();
            cal.append_property(("VERSION", "2.0"));
            cal.append_property(("PRODID", "-//crmfile//remind//EN"));
            cal.append_property(("CALSCALE", "GREGORIAN"));
            cal.name(&fl!("ics-calendar-name"));
            for i in &dues {
                match calendar_component(i, stamp) {
                    Entry::Todo(todo) => cal.push(todo),
                    Entry::Event(event) => cal.push(event),
                };
            }
            cal.done().to_string()
        };
        assert_eq!(written(Keep::Items, Written::Calendar(stamp)), whole());
        let empty = |written: Written| {
            let mut out = Vec::new();
            write_lines(&[], &[], written, today, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(empty(Written::Json { ndjson: false }), "[]\n");
        assert_eq!(empty(Written::Json { ndjson: true }), "");
        assert_eq!(empty(Written::Lines), "");
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
            let expected: Vec<String> = expected.iter().map(|i| i.uid.clone()).collect();
            let uids = |places: Vec<Place>| -> Vec<String> {
                places.iter().map(|p| lists[p.record as usize][p.item as usize].uid.clone()).collect()
            };
            // Each record's name and id kept once, its items in place.
            let held: Vec<Held> = lists
                .iter()
                .flatten()
                .map(|i| Held::of(&[Some(&i.name), Some(&i.customer)], &[(i.date, i.kind, None, vec![])]))
                .collect();
            proptest::prop_assert_eq!(uids(in_order(&held)), expected.clone());
            // So do a record's items kept together (ties keep the order they were made).
            let together: Vec<held::Item> = lists.iter().flatten().map(|i| (i.date, i.kind, None, vec![Some("")])).collect();
            let one = [Held::of(&[Some("n"), Some("c-1")], &together)];
            let mut in_made_order: Vec<usize> = (0..together.len()).collect();
            in_made_order.sort_by_key(|at| (together[*at].0, together[*at].1));
            let ordered: Vec<usize> = in_order(&one).iter().map(|p| p.item as usize).collect();
            proptest::prop_assert_eq!(ordered, in_made_order);
        }
    }
}
