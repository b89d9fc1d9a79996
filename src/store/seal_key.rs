//! The store's seal key file, `.crmfile/seal-key.age` (committed): the key records are
//! sealed with ([`crate::crypt::seal`]), age-encrypted to every key of every recipients
//! file in the store, so each member opens it and no one else does. Whoever writes finds
//! it sealed to the current members (the header's recipients digest tells) and seals it
//! again when they changed.

use std::path::{Path, PathBuf};

use crate::crypt::seal::SealKey;
use crate::crypt::{Keyring, RecipientKey};
use crate::error::{Error, Result};
use crate::i18n::fl;

pub const FILE: &str = "seal-key.age";

/// The largest key file read: its header holds a stanza per member key (an RSA key's is
/// about 700 bytes), so a large team's is well past a few KiB.
const MAX_BYTES: u64 = 256 * 1024;

/// The key file's state for this identity.
pub enum KeyState {
    /// The store has no seal key yet (made before sealing, or new).
    Absent,
    /// It has one, but it is not sealed to this identity (or it is damaged).
    Locked,
    Open(SealKey),
}

/// Opens the store's seal key with `keyring`.
pub fn open(state_dir: &Path, keyring: &Keyring) -> Result<KeyState> {
    let path = state_dir.join(FILE);
    if super::is_symlink(&path) {
        return Err(Error::new(fl!(
            "error-seal-key-link",
            path = path.display().to_string()
        )));
    }
    if !super::exists(&path) {
        return Ok(KeyState::Absent);
    }
    let Some(bytes) = super::read_at_most(&path, MAX_BYTES)? else {
        return Ok(KeyState::Locked);
    };
    Ok(
        match keyring.decrypt(&bytes).ok().and_then(|p| SealKey::from_bytes(&p)) {
            Some(key) => KeyState::Open(key),
            None => KeyState::Locked,
        },
    )
}

/// Whether the key file is sealed to exactly these keys (from its header, no decryption).
pub fn sealed_to(state_dir: &Path, keys: &[RecipientKey]) -> bool {
    let digest = crate::crypt::recipients_digest(keys.iter().map(|k| k.text.as_str()));
    super::read_at_most(&state_dir.join(FILE), MAX_BYTES)
        .ok()
        .flatten()
        .and_then(|bytes| super::header_digest(&bytes))
        .is_some_and(|d| d == digest)
}

/// Writes `key` sealed to `keys` (every member), the user's own keys first; returns the
/// files written, for git.
pub fn write(state_dir: &Path, key: &SealKey, keys: &[RecipientKey], own: &[String]) -> Result<Vec<PathBuf>> {
    let path = state_dir.join(FILE);
    let sealed = crate::crypt::encrypt(keys, own, &key.to_bytes())?;
    super::write_atomic(&path, &sealed, super::Mode::Replace)?;
    super::ensure_gitignore(state_dir)?;
    Ok(vec![path, state_dir.join(".gitignore")])
}
