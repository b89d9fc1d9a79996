//! `export QUERY --subject [--history]`: everything held about one customer (subject access).

use serde_json::json;

use super::Args;
use crate::cmd::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::output;

/// Everything about one customer: the record, and with --history each committed version.
pub(super) fn subject(args: &Args, ctx: &Ctx) -> Result<u8> {
    let query = args.filters.query.as_deref().expect("clap requires the query");
    let loaded = ctx.resolve(query, true)?;
    let store = ctx.store()?;
    let mut out = json!({
        "exported": ctx.now.to_rfc3339(),
        "customer": loaded.customer.id,
        "record": output::record_json(&loaded.customer)?,
    });
    if args.history {
        let versions = crate::store::git::history(&store.root, &loaded.path)
            .ok_or_else(|| Error::new(fl!("error-history-no-git")).hint(fl!("hint-drop-history")))?;
        let keyring = ctx.keyring()?;
        let mut list = Vec::new();
        for (commit, date, bytes) in versions {
            let record = match keyring.decrypt(&bytes) {
                Ok(plain) => match std::str::from_utf8(&plain)
                    .ok()
                    .map(|t| crate::store::parse_record(t, true))
                {
                    Some(Ok(c)) => output::record_json(&c)?,
                    _ => json!({ "error": "this version does not parse" }),
                },
                Err(e) => json!({ "error": e.to_string() }),
            };
            list.push(json!({ "commit": commit, "date": date, "record": record }));
        }
        out["history"] = serde_json::Value::Array(list);
    }
    ctx.emit(&format!(
        "{}\n",
        serde_json::to_string_pretty(&out).expect("serializes")
    ))?;
    Ok(0)
}
