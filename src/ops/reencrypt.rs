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
    for path in paths {
        match session.load(path, true) {
            Ok(loaded) => match session.seal(path, &loaded.customer, crate::store::Mode::Replace, false) {
                Ok(()) => done += 1,
                Err(e) => {
                    failed += 1;
                    session.report().error(&e);
                }
            },
            Err(e) => {
                failed += 1;
                session.report_file_errors(&[e]);
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
