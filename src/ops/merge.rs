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
pub fn fold_into(existing: &Customer, incoming: &Customer) -> Result<Customer> {
    fold(existing, incoming, existing)
}
