//! `crmfile log-feedback`: a complaint, suggestion, praise or survey rating.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Customer, Feedback, FeedbackKind, FeedbackStatus};
use crate::ops::append;
use crate::ops::session::Session;

/// Record feedback. Complaints and suggestions start open until `crmfile resolve`;
/// praise and surveys need no answer and start resolved. A complaint is due to be
/// handled within the store's feedback.sla, by its handler (--handler, else the account
/// manager); `crmfile resolve` takes it through in progress, resolved and the callback.
///
/// Examples:
///   crmfile log-feedback 张伟 --kind complaint --text "Delivery was late" --rating 2
///   crmfile log-feedback 张伟 --kind 投诉 --text "发货晚了三天" --handler 王芳
///   crmfile log-feedback c-7k3m9q2x --kind survey --rating 5 --text "NPS survey Q4"
///   crmfile log-feedback --json - < survey.ndjson
///     (one object per line: {"customer":"c-7k3m9q2x","kind":"survey","rating":4,"text":"…"})
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: Option<String>,
    #[command(flatten)]
    pub entry: Entry,
    /// Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref
    #[arg(long, value_name = "-")]
    pub json: Option<String>,
}

#[derive(Debug, Default, clap::Args, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// complaint, suggestion, praise or survey
    #[arg(long)]
    pub kind: Option<FeedbackKind>,
    /// What the customer said
    #[arg(long)]
    pub text: Option<String>,
    /// Rating from 1 (worst) to 5 (best)
    #[arg(long, value_parser = crate::cli::rating)]
    pub rating: Option<u8>,
    /// When [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Who handles it: a team member [default: the account manager]
    #[arg(long, value_name = "NAME")]
    pub handler: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    append::run(
        ctx,
        &mut *ctx.writer(),
        args.query.as_deref(),
        args.json.as_deref(),
        args.entry,
        build,
        &apply,
    )
}

fn build(e: Entry, ctx: &Session) -> Result<Feedback> {
    let kind = e
        .kind
        .ok_or_else(|| Error::usage(fl!("error-required", flag = "--kind")))?;
    let text = e
        .text
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Error::usage(fl!("error-required", flag = "--text")))?;
    if let Some(r) = e.rating.filter(|r| !(1..=5).contains(r)) {
        return Err(Error::usage(fl!("error-rating", rating = r.to_string())));
    }
    let date = match &e.date {
        Some(t) => ctx.event_date("--date", t)?,
        None => ctx.today,
    };
    let open = matches!(kind, FeedbackKind::Complaint | FeedbackKind::Suggestion);
    let due = if kind == FeedbackKind::Complaint {
        ctx.store()?.config.feedback.sla.after(date).map(Date)
    } else {
        None
    };
    let handler = e.handler.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Feedback {
        id: new_id(IdKind::Feedback, &mut rand::rng()),
        date: Date(date),
        kind,
        rating: e.rating,
        text,
        status: if open {
            FeedbackStatus::Open
        } else {
            FeedbackStatus::Resolved
        },
        resolved: None,
        resolution: None,
        handler: if open { handler } else { None },
        due,
        started: None,
        callback_due: None,
        callback_done: None,
        callback_note: None,
        callback_rating: None,
    })
}

fn apply(c: &mut Customer, mut f: Feedback, session: &Session) -> Result<String> {
    if f.status.is_unresolved() && f.handler.is_none() {
        f.handler = c.owner.clone();
    } else if let Some(h) = &f.handler {
        session.check_handler(h, c.owner.as_deref());
    }
    let said = format!("{}\t{}", c.id, f.id);
    c.feedback.push(f);
    c.feedback.sort_by_key(|f| f.date);
    Ok(said)
}
