//! Making new records: from a JSON object, and writing them after the duplicate checks.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::session::Session;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::config::Config;
use crate::model::date::Timestamp;
use crate::model::id::{self, IdKind};
use crate::model::query::{DedupKey, DedupProbe, dedup_keys};
use crate::model::record::{Customer, SCHEMA_VERSION};
use crate::store::Mode;

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
    let mut c: Customer = serde_json::from_value(v).map_err(|e| {
        Error::new(fl!("error-not-a-record")).cause(crate::i18n::serde_message(&e.to_string()))
    })?;
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

/// Records from JSON text: one object, or NDJSON (an object a line), each with what it
/// is called in messages (`stdin`, `stdin line 3`).
pub fn records_from_json_text(
    text: &str,
    config: &Config,
    created: Timestamp,
    rng: &mut impl rand::Rng,
) -> Vec<(String, Result<Customer>)> {
    let single = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .filter(|v| v.is_object());
    if let Some(v) = single {
        return vec![(fl!("what-stdin"), record_from_json(v, config, created, rng))];
    }
    let mut batch = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let r = serde_json::from_str::<serde_json::Value>(line)
            .map_err(|e| {
                let detail = e.to_string();
                let detail = detail.split(" at line").next().unwrap_or("");
                Error::new(fl!(
                    "error-not-json-detail",
                    detail = crate::i18n::serde_message(detail)
                ))
            })
            .and_then(|v| record_from_json(v, config, created, rng));
        let what = fl!("what-stdin-line", line = (n + 1).to_string());
        let r = r.map_err(|e| e.context(|m| format!("{what}: {m}")));
        batch.push((what, r));
    }
    batch
}

/// Each record checked against the record's rules; one that breaks them is an error
/// naming it, with every problem as a cause.
pub fn validated(batch: Vec<(String, Result<Customer>)>, config: &Config) -> Vec<(String, Result<Customer>)> {
    batch
        .into_iter()
        .map(|(what, r)| {
            let r = r.and_then(|c| {
                let mut problems = crate::model::validate::validate(&c, config);
                problems.extend(crate::model::validate::split_items(&c, None));
                if problems.is_empty() {
                    Ok(c)
                } else {
                    let mut e = Error::new(fl!("error-not-valid", what = what.clone()));
                    for p in problems {
                        e = e.cause(p);
                    }
                    Err(e)
                }
            });
            (what, r)
        })
        .collect()
}

/// Writes new records (each with the text naming it in messages, or the error that
/// kept it from being made) under the store lock, in `folder`: each is refused when it
/// looks like a duplicate of a record in the store or of one written before it (same
/// phone, email, ref, or name and company) or matches an erased customer, unless
/// `force`; its id is drawn again if in use. Returns each one's id or why it was not
/// written, in order.
pub fn add_new(
    session: &Session,
    folder: &Path,
    batch: Vec<(String, Result<Customer>)>,
    force: bool,
) -> Result<Vec<Result<String>>> {
    let recipients = crate::store::timing::phase("keys and recipients");
    session.keyring()?;
    session.recipients_for_write(folder)?;
    drop(recipients);
    let _lock = session.lock()?;
    // Of each record read, only the duplicate keys the new records have (a map of every
    // key in the store would cost more than the scan); an indexed record that cannot have
    // one is not even decoded.
    let wanted: HashSet<DedupKey> = batch
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .flat_map(dedup_keys)
        .collect();
    let probe = DedupProbe::new(&wanted);
    let may_share = |said: &crate::model::query::Said| probe.may_share(said);
    let (known, ids, errors) = session.scan_heads_probed(&may_share, |_, c, _| {
        let mut keys = dedup_keys(&c);
        keys.retain(|k| wanted.contains(k));
        (!keys.is_empty()).then_some((c.id, keys))
    })?;
    if !errors.is_empty() {
        session.report_file_errors(&errors);
        session.warn(fl!("warn-dedup-unreadable", count = errors.len()));
    }
    // Every id in use, readable or not: a new id must not collide with any (the scan has
    // walked the whole store already; no second walk per record).
    // Borrowed from the scan's list (a million ids as a `String` each were 70 MB).
    let mut in_use: HashSet<&str> = ids.iter().collect();
    in_use.extend(errors.iter().filter_map(|e| id::id_of_path(&e.path)));
    // And the ids this batch makes.
    let mut made: HashSet<String> = HashSet::new();
    let erasures = session.erasures()?;
    let mut seen: HashMap<DedupKey, String> = HashMap::new();
    for (id, keys) in known {
        for k in keys {
            seen.insert(k, id.clone());
        }
    }

    // Ids and duplicates are decided in memory, record by record; then what passed is
    // written in one batch. (A record that then fails to be written still counted as
    // taken for the duplicate check of the records after it: it is listed as not added,
    // and so are they.)
    let mut results: Vec<Result<String>> = Vec::with_capacity(batch.len());
    let mut planned: Vec<(usize, PathBuf, Customer)> = Vec::new();
    for (what, r) in batch {
        let result = r.and_then(|mut c| {
            let keys = dedup_keys(&c);
            if !force && let Some((key, other)) = keys.iter().find_map(|k| seen.get(k).map(|o| (k, o))) {
                return Err(Error::new(fl!(
                    "error-duplicate",
                    what = what.clone(),
                    other = other.to_string(),
                    key = key.label()
                ))
                .hint(fl!("hint-duplicate", other = other.to_string())));
            }
            if !force && let Some(t) = erasures.matching(&keys) {
                return Err(Error::new(fl!(
                    "error-matches-erased",
                    what = what.clone(),
                    id = t.id.to_string(),
                    date = t.date.to_string(),
                    reason = t.reason.to_string()
                ))
                .hint(fl!("hint-erased-consent")));
            }
            let mut path = folder.join(id::file_name(&c.id));
            while in_use.contains(c.id.as_str()) || made.contains(&c.id) || path.exists() {
                c.id = id::new_id(IdKind::Customer, &mut rand::rng());
                path = folder.join(id::file_name(&c.id));
            }
            made.insert(c.id.clone());
            for k in keys {
                seen.insert(k, c.id.clone());
            }
            let id = c.id.clone();
            session.stamp_created(&mut c);
            planned.push((results.len(), path, c));
            Ok(id)
        });
        results.push(result);
    }
    let (at, items): (Vec<usize>, Vec<(PathBuf, Customer)>) =
        planned.into_iter().map(|(n, path, c)| (n, (path, c))).unzip();
    for (n, written) in at
        .into_iter()
        .zip(session.seal_many(&items, Mode::Create, force)?)
    {
        if let Err(e) = written {
            results[n] = Err(e);
        }
    }
    Ok(results)
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
