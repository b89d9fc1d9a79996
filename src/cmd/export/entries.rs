//! `export --entries`: one row per log entry, with its customer's id.

use rayon::prelude::*;
use serde_json::json;

use super::Entries;
use crate::error::Result;
use crate::model::record::Customer;
use crate::output;

/// A JSON value as a CSV cell.
pub(super) fn cell(v: Option<&serde_json::Value>) -> String {
    match v {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// The columns of `--entries` output, in order.
pub(super) fn entry_columns(kind: Entries) -> &'static [&'static str] {
    match kind {
        Entries::Contacts => &[
            "customer",
            "id",
            "at",
            "channel",
            "direction",
            "by",
            "summary",
            "outcome",
            "next",
        ],
        Entries::Transactions => &[
            "customer",
            "id",
            "date",
            "product",
            "quantity",
            "amount",
            "currency",
            "payment",
            "ref",
            "due",
            "over_limit",
        ],
        Entries::Payments => &[
            "customer", "id", "date", "amount", "currency", "for", "method", "ref", "by",
        ],
        Entries::Feedback => &[
            "customer",
            "id",
            "date",
            "kind",
            "rating",
            "text",
            "status",
            "resolved",
            "resolution",
        ],
    }
}

/// One row per log entry of these customers, each with its customer's id first.
pub(super) fn entry_rows(kind: Entries, hits: &[&Customer]) -> Result<Vec<serde_json::Value>> {
    let key = match kind {
        Entries::Contacts => "contacts",
        Entries::Transactions => "transactions",
        Entries::Payments => "payments",
        Entries::Feedback => "feedback",
    };
    let per_customer: Vec<Vec<serde_json::Value>> = hits
        .par_iter()
        .map(|c| {
            let full = output::record_json(c)?;
            let entries = full.get(key).and_then(|v| v.as_array()).into_iter().flatten();
            Ok(entries
                .map(|e| {
                    let mut obj = serde_json::Map::new();
                    obj.insert("customer".into(), json!(c.id));
                    if let Some(fields) = e.as_object() {
                        obj.extend(fields.clone());
                    }
                    serde_json::Value::Object(obj)
                })
                .collect())
        })
        .collect::<Result<_>>()?;
    Ok(per_customer.into_iter().flatten().collect())
}
