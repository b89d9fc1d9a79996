//! Logging a contact: the entry checked from flags or a JSON line, and applied to the
//! record (a due next step is settled by it).

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::{Date, Timestamp};
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Channel, ContactEntry, Customer, Direction};
use crate::model::when::parse_date;
use crate::ops::session::Session;

#[derive(Debug, Default, clap::Args, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// phone, email, meeting, visit, wechat, qq, sms or other
    #[arg(long)]
    pub channel: Option<Channel>,
    /// What was said
    #[arg(long)]
    pub summary: Option<String>,
    /// When: 2026-11-20T15:00:00+08:00, "2026-11-20 15:00", or a date [default: now]
    #[arg(long, value_name = "DATETIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// in (the customer reached out) or out
    #[arg(long)]
    pub direction: Option<Direction>,
    /// Who made the contact; a member name in a team [default: you: your member name, else
    /// $CRMFILE_USER, else the login name]
    #[arg(long, value_name = "WHO")]
    pub by: Option<String>,
    /// The result (quote-sent, no-answer, order…)
    #[arg(long)]
    pub outcome: Option<String>,
    /// Next follow-up: 2026-12-01, +3d, 2w, monday…
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub next: Option<String>,
    /// Clear the next-step date even if it is still ahead (`remind --done`).
    #[arg(skip)]
    #[serde(skip)]
    pub done: bool,
}

/// A checked contact entry, and whether it settles a pending next step.
pub struct Planned {
    pub entry: ContactEntry,
    pub done: bool,
}

/// Parses `--at`: RFC 3339, a local "YYYY-MM-DD HH:MM", or a date (at the clock's time).
pub fn parse_at(text: &str, ctx: &Session) -> Result<Timestamp> {
    let offset: FixedOffset = *ctx.now.offset();
    if let Ok(dt) = DateTime::parse_from_rfc3339(text.trim()) {
        return Ok(Timestamp::new(dt));
    }
    for fmt in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text.trim(), fmt)
            && let Some(dt) = offset.from_local_datetime(&naive).single()
        {
            return Ok(Timestamp::new(dt));
        }
    }
    let date = ctx.event_date("--at", text)?;
    let dt = offset
        .from_local_datetime(&date.and_time(ctx.now.time()))
        .single()
        .ok_or_else(|| Error::usage(fl!("error-not-a-time", text = text)))?;
    Ok(Timestamp::new(dt))
}

/// Checks the flags (or a JSON line) and makes the entry, before the store is touched.
pub fn build(e: Entry, ctx: &Session) -> Result<Planned> {
    let channel = e
        .channel
        .ok_or_else(|| Error::usage(fl!("error-required", flag = "--channel")))?;
    let summary = e
        .summary
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Error::usage(fl!("error-required", flag = "--summary")))?;
    let at = match &e.at {
        Some(t) => parse_at(t, ctx)?,
        // Now, or the same time of day on --today.
        None => parse_at("today", ctx)?,
    };
    let next = match &e.next {
        Some(t) => Some(Date(
            parse_date(t, at.date()).map_err(|e| Error::usage(format!("--next: {e}")))?,
        )),
        None => None,
    };
    let entry = ContactEntry {
        id: new_id(IdKind::Contact, &mut rand::rng()),
        at,
        channel,
        direction: e.direction,
        by: match e.by.filter(|s| !s.trim().is_empty()) {
            Some(by) => {
                // In a team, `--by` names a member, so the log says who, the same way.
                if let Some(team) = ctx.team()?
                    && !team.members.contains_key(by.trim())
                {
                    return Err(Error::usage(fl!("error-unknown-member", name = by.clone()))
                        .hint(fl!("hint-member-list")));
                }
                Some(by.trim().to_string())
            }
            None => ctx.actor(),
        },
        summary,
        outcome: e.outcome.filter(|s| !s.trim().is_empty()),
        next,
    };
    Ok(Planned { entry, done: e.done })
}

pub fn apply(c: &mut Customer, Planned { entry, done }: Planned, _: &Session) -> Result<String> {
    match entry.next {
        Some(n) => c.follow_up.next = Some(n),
        None => {
            if done || c.follow_up.next.is_some_and(|n| n.0 <= entry.at.date()) {
                c.follow_up.next = None;
            }
        }
    }
    let said = format!("{}\t{}", c.id, entry.id);
    c.contacts.push(entry);
    c.contacts.sort_by_key(|k| k.at);
    Ok(said)
}
