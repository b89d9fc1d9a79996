//! Links between customers, kept consistent on both sides: `link`, `unlink`, and what
//! `merge` and `forget` do to the links of the records they remove.

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::record::{Customer, Link, Relation};
use crate::ops::session::Session;
use crate::store::Loaded;

/// Puts `to` into `c`'s links as `relation`, replacing a link to the same customer.
fn set_link(c: &mut Customer, to: &str, relation: Relation, note: Option<String>) {
    c.links.retain(|l| l.to != to);
    c.links.push(Link {
        to: to.to_string(),
        relation,
        note,
    });
}

/// Links `a` to `b`: `b` is `a`'s `relation`, `a` is `b`'s inverse. Both records are
/// written (the caller holds the lock).
pub fn link(
    session: &Session,
    a: &Loaded,
    b: &Loaded,
    relation: Relation,
    note: Option<String>,
) -> Result<()> {
    let (mut ca, mut cb) = (a.customer.clone(), b.customer.clone());
    if ca.id == cb.id {
        return Err(Error::usage(fl!("error-link-self", id = ca.id.clone())));
    }
    set_link(&mut ca, &cb.id.clone(), relation, note.clone());
    set_link(&mut cb, &ca.id.clone(), relation.inverse(), note);
    session.update(a, ca, false)?;
    session.update(b, cb, false)
}

/// Removes the links between `a` and `b` on both sides; false when there were none.
pub fn unlink(session: &Session, a: &Loaded, b: &Loaded) -> Result<bool> {
    let (mut ca, mut cb) = (a.customer.clone(), b.customer.clone());
    let before = ca.links.len() + cb.links.len();
    ca.links.retain(|l| l.to != cb.id);
    cb.links.retain(|l| l.to != ca.id);
    if ca.links.len() + cb.links.len() == before {
        return Ok(false);
    }
    session.update(a, ca, false)?;
    session.update(b, cb, false)?;
    Ok(true)
}

/// After `gone` was merged into `kept` (`Some`) or forgotten (`None`): every other record
/// it was linked to points at `kept` instead, or loses the link. A record that cannot be
/// read is named and left as it is (audit reports a link to nothing). The caller holds
/// the lock. Returns the ids whose links could not be mended.
pub fn repoint(session: &Session, gone: &Customer, kept: Option<&Customer>) -> Vec<String> {
    let mut failed = Vec::new();
    for l in &gone.links {
        if kept.is_some_and(|k| k.id == l.to) {
            continue;
        }
        let mended = session.resolve_to_write(&l.to, true).and_then(|other| {
            let mut c = other.customer.clone();
            let back = c.links.iter().find(|x| x.to == gone.id).cloned();
            c.links.retain(|x| x.to != gone.id);
            if let (Some(k), Some(back)) = (kept, back)
                && !c.links.iter().any(|x| x.to == k.id)
            {
                c.links.push(Link {
                    to: k.id.clone(),
                    ..back
                });
            }
            if c == other.customer {
                return Ok(());
            }
            session.update(&other, c, false)
        });
        if mended.is_err() {
            failed.push(l.to.clone());
        }
    }
    failed
}

/// The links of a record made by folding `dup` into `keep`: none to either of the two.
pub fn without_self_links(mut c: Customer, keep: &str, dup: &str) -> Customer {
    c.links.retain(|l| l.to != keep && l.to != dup);
    c
}
