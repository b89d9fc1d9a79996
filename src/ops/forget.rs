//! Erasing customers: each record deleted, each leaving a tombstone without personal
//! data in `.crmfile/erasures.toml`.

use crate::error::Result;
use crate::model::audit::expired;
use crate::model::date::Date;
use crate::model::query::dedup_keys;
use crate::ops::session::Session;
use crate::store::Loaded;
use crate::store::erasures::Erasures;

/// A customer past the retention period: who, and the last day anything happened.
pub struct Expired {
    pub path: std::path::PathBuf,
    pub id: String,
    pub name: String,
    pub last: chrono::NaiveDate,
}

/// The customers whose last activity is longer ago than `retention.days`, oldest first
/// (through the index: the dates it keeps are the ones activity counts).
pub fn expired_customers(session: &Session) -> Result<(Vec<Expired>, Vec<crate::store::FileError>)> {
    let config = &session.store()?.config;
    let today = session.today;
    let (mut list, errors) = session.scan_indexed(|path, c| {
        expired(&c, config, today).map(|last| Expired {
            path: path.to_path_buf(),
            id: c.id,
            name: c.name,
            last,
        })
    })?;
    list.sort_by(|a, b| (a.last, &a.id).cmp(&(b.last, &b.id)));
    Ok((list, errors))
}

/// Erases each record (the caller holds the lock and has checked they did not change):
/// tombstones written once for all, then the files removed. Returns the files touched.
pub fn erase(session: &Session, records: &[Loaded], reason: &str) -> Result<()> {
    // A record without a seal may be planted: its phones would become a tombstone that
    // turns the real customer away, its document list would delete another's files.
    for l in records {
        session.refuse_unsealed(&l.path)?;
    }
    let store = session.store()?;
    let keyring = session.keyring()?;
    let mut erasures = Erasures::open(&store.state_dir(), keyring)?;
    // The erasure key is sealed to the root's recipients, as trusted.
    let recipients = session.recipients_for_write(&store.root)?;
    for l in records {
        let written = erasures.add(
            &l.customer.id,
            Date(session.today),
            reason,
            &dedup_keys(&l.customer),
            &recipients.1,
            &keyring.public_keys,
        )?;
        session.touch(written);
    }
    erasures.save()?;
    session.touch([store.state_dir().join("erasures.toml")]);
    for l in records {
        store.remove_record(&l.path)?;
        session.touch([l.path.clone()]);
        super::attach::remove_all(session, l)?;
    }
    // The records linked to an erased one lose the link: nothing points at it any more.
    for l in records {
        let failed = super::link::repoint(session, &l.customer, None);
        if !failed.is_empty() {
            session.warn(crate::i18n::fl!("warn-links-not-mended", ids = failed.join(", ")));
        }
    }
    // The index caches held the customers too: they go now, not at the next read (they
    // are rebuilt then).
    store.drop_indexes();
    Ok(())
}
