//! `crmfile resolve`: close a complaint or suggestion.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::record::{Customer, FeedbackStatus};
use crate::model::when::parse_date;
use crate::ops::append;
use crate::ops::session::Session;

/// Mark a feedback entry resolved, with what was done.
///
/// Examples:
///   crmfile resolve 张伟 f-3k9m2x7q --note "Refunded the shipping fee"
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
}

struct Resolution {
    id: String,
    date: Date,
    note: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let date = match &args.date {
        Some(t) => parse_date(t, ctx.today).map_err(|e| Error::usage(format!("--date: {e}")))?,
        None => ctx.today,
    };
    let r = Resolution {
        id: args.feedback_id.trim().to_string(),
        date: Date(date),
        note: args.note.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
    };
    append::one(ctx, &mut std::io::stdout().lock(), &args.query, r, &apply)
}

fn apply(c: &mut Customer, r: Resolution, _: &Session) -> Result<String> {
    let id = c.id.clone();
    let f = c.feedback.iter_mut().find(|f| f.id == r.id).ok_or_else(|| {
        Error::new(fl!(
            "error-no-feedback",
            id = id.to_string(),
            entry = r.id.clone()
        ))
        .hint(fl!("hint-show-feedback", id = id.to_string()))
    })?;
    if f.status == FeedbackStatus::Resolved {
        return Err(Error::new(fl!(
            "error-already-resolved",
            entry = r.id.clone(),
            id = id.to_string()
        )));
    }
    if r.date < f.date {
        return Err(Error::usage(fl!(
            "error-resolved-before",
            date = r.date.to_string(),
            feedback = f.date.to_string()
        )));
    }
    f.status = FeedbackStatus::Resolved;
    f.resolved = Some(r.date);
    f.resolution = r.note;
    Ok(format!("{id}\t{}", r.id))
}
