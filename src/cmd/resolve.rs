//! `crmfile resolve`: take a complaint or suggestion through to the end: in progress,
//! resolved, called back.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::record::{Customer, FeedbackKind, FeedbackStatus};
use crate::ops::append;
use crate::ops::session::Session;

/// Mark a feedback entry resolved, with what was done. A resolved complaint is due for a
/// callback (回访) the store's feedback.callback later; --callback records it, with what the
/// customer said. --start marks it in progress (and --handler hands it over).
///
/// Examples:
///   crmfile resolve 张伟 f-3k9m2x7q --start --handler 王芳
///   crmfile resolve 张伟 f-3k9m2x7q --note "Refunded the shipping fee"
///   crmfile resolve 张伟 f-3k9m2x7q --callback --note "满意，下月续订" --rating 5
///   crmfile show 张伟 --format json | jq -r '.feedback[] | select(.status=="open") | .id'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// The feedback entry's id (f-…), as `show` lists it
    pub feedback_id: String,
    /// What was done about it
    #[arg(long)]
    pub note: Option<String>,
    /// When it was resolved [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Mark it in progress instead of resolved
    #[arg(long, conflicts_with_all = ["callback", "note"])]
    pub start: bool,
    /// Record the callback after resolution; --note is what the customer said
    #[arg(long)]
    pub callback: bool,
    /// Who handles it from now on
    #[arg(long, value_name = "NAME", conflicts_with = "callback")]
    pub handler: Option<String>,
    /// With --callback: the customer's satisfaction, 1 (worst) to 5 (best)
    #[arg(long, requires = "callback", value_parser = crate::cli::rating)]
    pub rating: Option<u8>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Start,
    Resolve,
    Callback,
}

struct Resolution {
    id: String,
    date: Date,
    note: Option<String>,
    step: Step,
    handler: Option<String>,
    rating: Option<u8>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let date = match &args.date {
        Some(t) => ctx.event_date("--date", t)?,
        None => ctx.today,
    };
    let clean = |o: Option<String>| o.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let r = Resolution {
        id: args.feedback_id.trim().to_string(),
        date: Date(date),
        note: clean(args.note),
        step: match (args.start, args.callback) {
            (true, _) => Step::Start,
            (_, true) => Step::Callback,
            _ => Step::Resolve,
        },
        handler: clean(args.handler),
        rating: args.rating,
    };
    append::one(ctx, &mut *ctx.writer(), &args.query, r, &apply)
}

fn apply(c: &mut Customer, r: Resolution, session: &Session) -> Result<String> {
    let id = c.id.clone();
    let c_owner = c.owner.clone();
    let f = c.feedback.iter_mut().find(|f| f.id == r.id).ok_or_else(|| {
        Error::new(fl!(
            "error-no-feedback",
            id = id.to_string(),
            entry = r.id.clone()
        ))
        .hint(fl!("hint-show-feedback", id = id.to_string()))
    })?;
    if r.date < f.date {
        return Err(Error::usage(fl!(
            "error-resolved-before",
            date = r.date.to_string(),
            feedback = f.date.to_string()
        )));
    }
    let said = format!("{id}\t{}", r.id);
    if let Some(h) = r.handler {
        session.check_handler(&h, c_owner.as_deref());
        f.handler = Some(h);
    }
    match r.step {
        Step::Start | Step::Resolve if !f.status.is_unresolved() => {
            let e = Error::new(fl!(
                "error-already-resolved",
                entry = r.id.clone(),
                id = id.to_string()
            ));
            // Only a complaint waits for a callback.
            return Err(
                if f.status == FeedbackStatus::Resolved && f.kind == FeedbackKind::Complaint {
                    e.hint(fl!("hint-callback", id = id.to_string(), entry = r.id.clone()))
                } else {
                    e
                },
            );
        }
        Step::Start => {
            f.status = FeedbackStatus::InProgress;
            f.started = Some(r.date);
        }
        Step::Resolve => {
            f.status = FeedbackStatus::Resolved;
            f.resolved = Some(r.date);
            f.resolution = r.note;
            if f.kind == FeedbackKind::Complaint {
                let wait = session.store()?.config.feedback.callback;
                f.callback_due = wait.after(r.date.0).map(Date);
            }
        }
        Step::Callback => {
            if let (FeedbackStatus::CallbackDone, Some(on)) = (f.status, f.callback_done) {
                return Err(Error::new(fl!(
                    "error-already-called-back",
                    entry = r.id.clone(),
                    date = on.to_string()
                )));
            }
            if f.status != FeedbackStatus::Resolved {
                return Err(Error::new(fl!(
                    "error-callback-not-resolved",
                    entry = r.id.clone(),
                    status = f.status.label()
                )));
            }
            if let Some(resolved) = f.resolved.filter(|d| r.date < *d) {
                return Err(Error::usage(fl!(
                    "error-callback-before",
                    date = r.date.to_string(),
                    resolved = resolved.to_string()
                )));
            }
            f.status = FeedbackStatus::CallbackDone;
            f.callback_done = Some(r.date);
            f.callback_note = r.note;
            f.callback_rating = r.rating;
        }
    }
    Ok(said)
}
