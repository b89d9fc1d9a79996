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
    let (mut merged, _) = merge(None, &table(first)?, &table(other)?);
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

/// An incoming duplicate folded into the existing record (for `import --on-duplicate update`).
/// Log entries the record already holds (the same purchase, contact, feedback or payment
/// under another id, as another system's export imported again gives them) are not added
/// twice.
pub fn fold_into(existing: &Customer, incoming: &Customer) -> Result<Customer> {
    fn without_id<T: Clone>(entry: &T, clear: impl Fn(&mut T)) -> T {
        let mut e = entry.clone();
        clear(&mut e);
        e
    }
    let mut incoming = incoming.clone();
    incoming
        .transactions
        .retain(|t| !existing.transactions.iter().any(|e| e.same_purchase(t)));
    let clear_contact = |k: &mut crate::model::record::ContactEntry| k.id.clear();
    incoming.contacts.retain(|k| {
        let k = without_id(k, clear_contact);
        !existing
            .contacts
            .iter()
            .any(|e| without_id(e, clear_contact) == k)
    });
    let clear_feedback = |f: &mut crate::model::record::Feedback| f.id.clear();
    incoming.feedback.retain(|f| {
        let f = without_id(f, clear_feedback);
        !existing
            .feedback
            .iter()
            .any(|e| without_id(e, clear_feedback) == f)
    });
    let clear_payment = |p: &mut crate::model::record::Payment| p.id.clear();
    incoming.payments.retain(|p| {
        let p = without_id(p, clear_payment);
        !existing
            .payments
            .iter()
            .any(|e| without_id(e, clear_payment) == p)
    });
    fold(existing, &incoming, existing)
}

/// The fields (dotted) where `incoming` holds a value and `existing` another, which
/// [`fold_into`] keeps: what an update leaves out, to be said. Lists and logs are united,
/// and the record's own bookkeeping (id, times, who) is not the file's to give.
pub fn kept_over(existing: &Customer, incoming: &Customer) -> Result<Vec<String>> {
    fn walk(prefix: &str, old: &toml::Table, new: &toml::Table, out: &mut Vec<String>) {
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
                (Some(toml::Value::Table(o)), toml::Value::Table(n)) => walk(&path, o, n, out),
                (_, toml::Value::Array(_) | toml::Value::Table(_)) => {}
                (Some(o), n) if o != n && !is_blank(o) && !is_blank(n) => out.push(path),
                _ => {}
            }
        }
    }
    fn is_blank(v: &toml::Value) -> bool {
        matches!(v, toml::Value::String(s) if s.trim().is_empty())
    }
    let mut out = Vec::new();
    walk("", &table(existing)?, &table(incoming)?, &mut out);
    Ok(out)
}
