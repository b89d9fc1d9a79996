//! Sealing records again to their folder's current recipients.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops::session::Session;

/// Decrypts each record and seals it again to its folder's recipients; reports the
/// files that could not be read and goes on.
pub fn reseal(session: &Session, paths: &[PathBuf]) -> Result<u8> {
    session.keyring()?;
    let mut done = 0usize;
    let mut failed = 0usize;
    // A part at a time: decrypted in parallel, sealed with batched syncs.
    for part in paths.chunks(1024) {
        let (loaded, errors) = session.load_all(part, true)?;
        failed += errors.len();
        session.report_file_errors(&errors);
        let items: Vec<(PathBuf, crate::model::record::Customer)> =
            loaded.into_iter().map(|l| (l.path, l.customer)).collect();
        for result in session.seal_many(&items, crate::store::Mode::Replace)? {
            match result {
                Ok(()) => done += 1,
                Err(e) => {
                    failed += 1;
                    session.report().error(&e);
                }
            }
        }
    }
    session.status(fl!("status-reencrypted", count = done));
    if failed > 0 {
        return Err(
            Error::new(fl!("error-not-reencrypted", count = failed)).hint(fl!("hint-not-reencrypted"))
        );
    }
    Ok(0)
}
