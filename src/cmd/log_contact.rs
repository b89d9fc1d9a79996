//! `crmfile log-contact`: append to the communication log.

use super::Ctx;
use crate::error::Result;
use crate::ops::append;
use crate::ops::log_contact::{Entry, apply, build};

/// Log a call, email, meeting, visit or chat with a customer.
///
/// --next sets the next follow-up date. Without --next, a follow-up date on or before
/// the contact is cleared: this contact was that follow-up, and the cadence counts again
/// from it.
///
/// Examples:
///   crmfile log-contact 张伟 --channel phone --summary "Asked for a quote on 4 more units" --next 2w
///   crmfile log-contact c-7k3m9q2x --channel wechat --direction in --summary "Sent the drawings" --outcome received
///   crmfile log-contact 张伟 --channel visit --at "2026-11-20 15:00" --summary "Site visit"
///   crmfile log-contact --json - < calls.ndjson
///     (one object per line: {"customer":"c-7k3m9q2x","channel":"phone","summary":"…","next":"2026-12-01"};
///      "customer" is an id or a ref)
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
