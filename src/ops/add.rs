//! Making new records: from a JSON object.

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::id::{self, IdKind};
use crate::model::record::{Customer, SCHEMA_VERSION};

/// A record from a JSON object (`add --json`, NDJSON import): `schema`, `id`, `created`
/// and `updated` are filled in when absent (`now` stamps the dates). A key the record
/// does not know is an error naming it, never dropped.
pub fn record_from_json(
    v: serde_json::Value,
    config: &crate::model::config::Config,
    now: crate::model::date::Timestamp,
    rng: &mut impl rand::Rng,
) -> Result<Customer> {
    let mut v = v;
    let obj = v
        .as_object_mut()
        .ok_or_else(|| Error::new(fl!("error-not-an-object")))?;
    let now = now.to_string();
    obj.entry("schema").or_insert(SCHEMA_VERSION.into());
    obj.entry("id")
        .or_insert_with(|| id::new_id(IdKind::Customer, rng).into());
    obj.entry("created").or_insert_with(|| now.clone().into());
    obj.entry("updated").or_insert_with(|| now.into());
    let input = v.clone();
    let mut c: Customer =
        serde_json::from_value(v).map_err(|e| Error::new(fl!("error-not-a-record")).caused_by(e))?;
    crate::model::config::normalize_extra(config, &mut c.extra);
    // Numbers from input are checked as typed ones are, and written in their one form.
    for (i, p) in c.contact.phones.iter_mut().enumerate() {
        *p = crate::model::phone::Phone::parse_as(&p.number, Some(p.kind))
            .map_err(|e| Error::new(fl!("error-not-a-record")).cause(format!("contact.phones[{i}]: {e}")))?;
    }
    let back = crate::output::toml_to_json(
        &c.to_toml()
            .map_err(|e| Error::new(fl!("error-not-a-record")).cause(e))?,
    );
    let mut unknown = Vec::new();
    unknown_keys(&input, &back, "", &mut unknown);
    if !unknown.is_empty() {
        return Err(
            Error::new(fl!("error-unknown-fields", fields = unknown.join(", "))).hint(fl!("hint-see-schema")),
        );
    }
    Ok(c)
}

/// Null, false, empty text, or a list or table of nothing but such values: what a record
/// leaves out, so its absence is not an unknown field.
fn is_empty_value(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Null => true,
        serde_json::Value::Array(a) => a.is_empty(),
        serde_json::Value::Object(o) => o.values().all(is_empty_value),
        serde_json::Value::String(s) => s.is_empty(),
        serde_json::Value::Bool(b) => !b,
        _ => false,
    }
}

fn unknown_keys(input: &serde_json::Value, known: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
    let (Some(i), Some(k)) = (input.as_object(), known.as_object()) else {
        return;
    };
    for (key, value) in i {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        let empty = is_empty_value(value);
        match k.get(key) {
            Some(kv) => unknown_keys(value, kv, &path, out),
            None if !empty => out.push(path),
            None => {}
        }
    }
}
