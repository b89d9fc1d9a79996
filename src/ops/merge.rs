//! Folding one customer's record into another's (`merge`, `import --on-duplicate update`).

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::merge::merge;
use crate::model::record::Customer;
use crate::model::validate::{normalize_email, normalize_phone};
use crate::store::parse_record;

fn table(c: &Customer) -> Result<toml::Table> {
    match c.to_toml() {
        Ok(toml::Value::Table(t)) => Ok(t),
        _ => Err(Error::new(fl!("error-serialize", id = c.id.clone()))),
    }
}

/// `other` folded into `first`: empty fields filled, lists and logs united; where both
/// have a value, `first`'s stays. The result keeps `id_of`'s id and the earlier creation.
pub fn fold(first: &Customer, other: &Customer, id_of: &Customer) -> Result<Customer> {
    fold_tables(first, &table(first)?, other, &table(other)?, id_of)
}

/// [`fold`] of records already turned into tables (`first_t` of `first`, `other_t` of
/// `other`).
fn fold_tables(
    first: &Customer,
    first_t: &toml::Table,
    other: &Customer,
    other_t: &toml::Table,
    id_of: &Customer,
) -> Result<Customer> {
    let (mut merged, _) = merge(None, first_t, other_t);
    merged.insert("id".into(), toml::Value::String(id_of.id.clone()));
    let text = zeroize::Zeroizing::new(
        toml::to_string(&merged).map_err(|e| Error::new(fl!("error-cannot-merge")).caused_by(e))?,
    );
    let mut c =
        parse_record(&text, true).map_err(|p| Error::new(fl!("error-merged-record", problem = p.shown())))?;
    c.created = first.created.min(other.created);
    // The same phone or email written two ways is one entry.
    // A number of kind `other` on one side and of a named kind on the other takes the
    // named one.
    let mut phones: Vec<crate::model::phone::Phone> = Vec::new();
    for p in std::mem::take(&mut c.contact.phones) {
        let key = |x: &str| normalize_phone(x).unwrap_or_else(|_| x.to_string());
        match phones.iter_mut().find(|q| key(&q.number) == key(&p.number)) {
            Some(q) if q.kind == crate::model::phone::PhoneKind::Other => q.kind = p.kind,
            Some(_) => {}
            None => phones.push(p),
        }
    }
    c.contact.phones = phones;
    let mut seen = std::collections::HashSet::new();
    c.contact.emails.retain(|e| seen.insert(normalize_email(e)));
    Ok(c)
}

/// Drops from `incoming` the entries `existing` already holds under another id (`id`
/// gives an entry's id, cleared to compare).
fn drop_known<T: Clone + PartialEq>(incoming: &mut Vec<T>, existing: &[T], id: fn(&mut T) -> &mut String) {
    let without_id = |e: &T| {
        let mut e = e.clone();
        id(&mut e).clear();
        e
    };
    let known: Vec<T> = existing.iter().map(without_id).collect();
    incoming.retain(|e| !known.contains(&without_id(e)));
}

/// An incoming duplicate folded into the existing record (for `import --on-duplicate
/// update`), and the fields (dotted) where the incoming record holds another value than
/// the existing one, which the fold keeps: what an update leaves out, to be said. Log
/// entries the record already holds (the same purchase, contact, feedback or payment
/// under another id, as another system's export imported again gives them) are not added
/// twice; lists are united; the record's own bookkeeping (id, times, who) is not the
/// incoming record's to give.
pub fn fold_into(existing: &Customer, incoming: &Customer) -> Result<(Customer, Vec<String>)> {
    let mut incoming = incoming.clone();
    incoming
        .transactions
        .retain(|t| !existing.transactions.iter().any(|e| e.same_purchase(t)));
    drop_known(&mut incoming.contacts, &existing.contacts, |k| &mut k.id);
    drop_known(&mut incoming.feedback, &existing.feedback, |f| &mut f.id);
    drop_known(&mut incoming.payments, &existing.payments, |p| &mut p.id);
    let (old, new) = (table(existing)?, table(&incoming)?);
    let mut kept = Vec::new();
    kept_values("", &old, &new, &mut kept);
    Ok((fold_tables(existing, &old, &incoming, &new, existing)?, kept))
}

/// The dotted fields under `prefix` where `new` holds a value and `old` another.
fn kept_values(prefix: &str, old: &toml::Table, new: &toml::Table, out: &mut Vec<String>) {
    let blank = |v: &toml::Value| matches!(v, toml::Value::String(s) if s.trim().is_empty());
    for (key, value) in new {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        if matches!(
            path.as_str(),
            "id" | "schema" | "created" | "updated" | "created_by" | "updated_by" | "kind"
        ) {
            continue;
        }
        match (old.get(key), value) {
            (Some(toml::Value::Table(o)), toml::Value::Table(n)) => kept_values(&path, o, n, out),
            (_, toml::Value::Array(_) | toml::Value::Table(_)) => {}
            (Some(o), n) if o != n && !blank(o) && !blank(n) => out.push(path),
            _ => {}
        }
    }
}
