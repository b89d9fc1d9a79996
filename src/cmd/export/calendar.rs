//! `export --format ics`: birthdays, yearly dates and next steps as iCalendar events.

use chrono::{Datelike, Days, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Todo};

use crate::i18n::fl;
use crate::model::lunar::LunarDate;
use crate::model::record::Customer;
use crate::store::Compact;

/// Yearly birthdays and anniversaries (customers' and key people's) as recurring all-day
/// events, then each explicit next step as a to-do; UIDs are stable. Made from what each
/// customer kept for it ([`dated`]), in the order given, and written a part at a time:
/// a calendar of a million customers is never whole in memory.
pub(super) fn write_calendar(
    kept: &[Compact],
    stamp: chrono::DateTime<Utc>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//crmfile//export//EN"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    let empty = cal.done().to_string();
    let (head, end) = empty.split_at(empty.len() - "END:VCALENDAR\r\n".len());
    out.write_all(head.as_bytes())?;
    let entries: [fn(&Customer, chrono::DateTime<Utc>) -> String; 2] = [calendar_events, calendar_todo];
    for entries in entries {
        for part in kept.chunks(crate::output::PART) {
            let texts: Vec<String> = part
                .par_iter()
                .map(|k| k.customer().map(|c| entries(&c, stamp)))
                .collect::<Option<_>>()
                .ok_or_else(|| std::io::Error::other(fl!("error-calendar-read-back")))?;
            out.write_all(texts.concat().as_bytes())?;
        }
    }
    out.write_all(end.as_bytes())
}

/// What a calendar reads of a customer (id, name, dates, key people, the next step),
/// kept compact; `None` when it has nothing for a calendar.
pub(super) fn dated(c: Customer) -> Option<Compact> {
    if c.birthday.is_none()
        && c.lunar_birthday.is_none()
        && c.key_people.is_empty()
        && c.dates.is_empty()
        && c.follow_up.next.is_none()
    {
        return None;
    }
    let mut view = Customer::new(c.id, c.name, c.created);
    view.birthday = c.birthday;
    view.lunar_birthday = c.lunar_birthday;
    view.key_people = c.key_people;
    view.dates = c.dates;
    view.follow_up.next = c.follow_up.next;
    // Without custom fields a record always encodes.
    Compact::of(&view)
}

/// How many years of a lunar birthday an exported calendar holds.
pub(super) const LUNAR_YEARS: i32 = 5;

/// One customer's yearly events as text.
fn calendar_events(c: &Customer, stamp: chrono::DateTime<Utc>) -> String {
    let mut events = String::new();
    let mut yearly = |uid: String, summary: String, date: chrono::NaiveDate| {
        let end = date.checked_add_days(Days::new(1)).unwrap_or(date);
        let mut e = Event::new();
        e.uid(&uid)
            .timestamp(stamp)
            .summary(&crate::model::vcard::line_text(&summary))
            .starts(date)
            .ends(end);
        // 29 February births recur on the last day of February in common years.
        let rule = if date.format("%m-%d").to_string() == "02-29" {
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
        } else {
            "FREQ=YEARLY"
        };
        e.add_property("RRULE", rule);
        e.done().fmt_write(&mut events).expect("writing to memory");
    };
    if let Some(b) = c.birthday {
        yearly(
            format!("birthday.{}@crmfile", c.id),
            fl!("ics-birthday", name = c.name.clone()),
            b.0,
        );
    }
    for p in &c.key_people {
        if let Some(b) = p.birthday {
            yearly(
                format!("birthday.{}@crmfile", p.id),
                fl!(
                    "ics-person-birthday",
                    person = p.name.clone(),
                    role = p.role.label(),
                    name = c.name.clone()
                ),
                b.0,
            );
        }
    }
    for d in c.dates.iter().filter(|d| d.lunar.is_none()) {
        yearly(
            format!("anniversary.{}@crmfile", d.id),
            fl!("ics-anniversary", label = d.label.clone(), name = c.name.clone()),
            d.date.0,
        );
    }
    // A date of the Chinese calendar moves against the Gregorian one, which RRULE cannot
    // say: one event for each of the next years, from the day it first happened.
    let from = stamp.date_naive();
    let mut lunar = |stem: &str, summary: String, l: LunarDate, first: Option<chrono::NaiveDate>| {
        for year in from.year()..from.year() + LUNAR_YEARS {
            let Some(date) = l.in_year(year).filter(|d| first.is_none_or(|f| *d >= f)) else {
                continue;
            };
            let end = date.checked_add_days(Days::new(1)).unwrap_or(date);
            let mut e = Event::new();
            e.uid(&format!("{stem}.{year}@crmfile"))
                .timestamp(stamp)
                .summary(&crate::model::vcard::line_text(&summary))
                .starts(date)
                .ends(end);
            e.done().fmt_write(&mut events).expect("writing to memory");
        }
    };
    let day_name = |l: LunarDate| LunarDate { year: None, ..l }.name();
    if let Some(l) = c.lunar_birthday {
        let summary = fl!("ics-lunar-birthday", name = c.name.clone(), date = day_name(l));
        lunar(&format!("lunar-birthday.{}", c.id), summary, l, None);
    }
    for d in &c.dates {
        if let Some(l) = d.lunar {
            let summary = fl!("ics-anniversary", label = d.label.clone(), name = c.name.clone());
            lunar(&format!("anniversary.{}", d.id), summary, l, Some(d.date.0));
        }
    }
    for p in &c.key_people {
        if let Some(l) = p.lunar_birthday {
            let summary = fl!(
                "ics-person-birthday",
                person = format!("{} ({})", p.name, day_name(l)),
                role = p.role.label(),
                name = c.name.clone()
            );
            lunar(&format!("lunar-birthday.{}", p.id), summary, l, None);
        }
    }
    events
}

/// One customer's next step as a to-do, as text (empty without one).
fn calendar_todo(c: &Customer, stamp: chrono::DateTime<Utc>) -> String {
    let mut todo_text = String::new();
    if let Some(next) = c.follow_up.next {
        let mut todo = Todo::new();
        todo.uid(&format!("follow-up.{}@crmfile", c.id))
            .timestamp(stamp)
            .summary(&crate::model::vcard::line_text(&fl!(
                "ics-follow-up",
                name = c.name.clone(),
                id = c.id.clone()
            )))
            .due(next.0);
        todo.done().fmt_write(&mut todo_text).expect("writing to memory");
    }
    todo_text
}
