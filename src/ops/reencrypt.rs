//! Sealing records again to their folder's current recipients.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops::session::Session;

/// Seals again only the records whose header says they were sealed to another list than
/// their folder's now (or does not say: sealed by age or an older crmfile); the others
/// are not decrypted. Returns how many were left as they were, and the exit code.
pub fn reseal_changed(session: &Session, paths: &[PathBuf], after_rotation: bool) -> Result<(usize, u8)> {
    let store = session.store()?;
    let mut stale = Vec::new();
    let mut skipped = 0usize;
    for path in paths {
        // A list not trusted yet: sealing says why, record by record.
        let Ok(set) = session.recipients_for_write(path.parent().unwrap_or(&store.root)) else {
            stale.push(path.clone());
            continue;
        };
        let want = crate::crypt::recipients_digest(set.1.iter().map(|k| k.text.as_str()));
        if crate::store::header_digest(&crate::store::record_header(path)).as_deref() == Some(want.as_str()) {
            skipped += 1;
        } else {
            stale.push(path.clone());
        }
    }
    // Right after a change of seal key sealed every record again, none left means
    // nothing more to say.
    let code = if stale.is_empty() && after_rotation {
        0
    } else {
        reseal(session, &stale)?
    };
    reseal_documents(session, paths)?;
    Ok((skipped, code))
}

/// Seals again the documents in the folders of `paths` whose header names another list
/// than their folder's.
fn reseal_documents(session: &Session, paths: &[PathBuf]) -> Result<()> {
    let store = session.store()?;
    let mut folders: Vec<&std::path::Path> =
        paths.iter().map(|p| p.parent().unwrap_or(&store.root)).collect();
    folders.sort();
    folders.dedup();
    let done = crate::ops::attach::reseal_stale(session, &folders)?;
    if done > 0 {
        session.status(fl!("status-attachments-resealed", count = done));
    }
    Ok(())
}

/// Decrypts each record and seals it again to its folder's recipients; reports the
/// files that could not be read and goes on.
pub fn reseal(session: &Session, paths: &[PathBuf]) -> Result<u8> {
    reseal_counted(session, paths)?.result()
}

/// What [`reseal_counted`] left as it was, and why.
pub struct Resealed {
    /// Records that could not be read or written: they keep whatever seal they had.
    pub failed: usize,
    /// Records carrying no seal of this store (hand-written or planted) or of an erased
    /// customer: refused, and carrying no seal a change of key needs to replace.
    pub refused: usize,
}

impl Resealed {
    /// An error when any record was left as it was.
    pub fn result(&self) -> Result<u8> {
        let left = self.failed + self.refused;
        if left > 0 {
            return Err(
                Error::new(fl!("error-not-reencrypted", count = left)).hint(fl!("hint-not-reencrypted"))
            );
        }
        Ok(0)
    }
}

/// [`reseal`], counting what was left as it was by reason.
pub fn reseal_counted(session: &Session, paths: &[PathBuf]) -> Result<Resealed> {
    let keyring = session.keyring()?;
    let mut done = 0usize;
    let mut failed = 0usize;
    let mut refused = 0usize;
    // An erased customer's file brought back by git is never given to today's readers:
    // it is named and left as it was.
    let store = session.store()?;
    let erasures = crate::store::erasures::Erasures::load(&store.state_dir())?;
    let paths: Vec<PathBuf> = paths
        .iter()
        .filter(|path| {
            let id = crate::model::id::id_of_path(path);
            let Some(id) = id.filter(|id| erasures.of_id(id).is_some()) else {
                return true;
            };
            session
                .report()
                .error(&crate::store::erasures::Erasures::present_error(
                    id,
                    &store.rel(path),
                ));
            refused += 1;
            false
        })
        .cloned()
        .collect();
    let paths = paths.as_slice();
    // A part at a time: decrypted in parallel, sealed with batched syncs.
    for part in paths.chunks(1024) {
        let (loaded, errors) = session.load_all(part, true)?;
        failed += errors.len();
        session.report_file_errors(&errors);
        let items: Vec<(PathBuf, crate::model::record::Customer)> =
            loaded.into_iter().map(|l| (l.path, l.customer)).collect();
        let results = session.seal_many(&items, crate::store::Mode::Replace, false)?;
        for ((path, _), result) in items.iter().zip(results) {
            match result {
                Ok(()) => done += 1,
                Err(e) => {
                    if keyring.flagged(path) {
                        refused += 1;
                    } else {
                        failed += 1;
                    }
                    session.report().error(&e);
                }
            }
        }
    }
    session.status(fl!("status-reencrypted", count = done));
    reseal_documents(session, paths)?;
    Ok(Resealed { failed, refused })
}
