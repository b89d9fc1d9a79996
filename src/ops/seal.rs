//! The store's seal key in a run ([`crate::crypt::seal`], [`crate::store::seal_key`]):
//! opened with the identity before any record is read, so every read checks seals; made
//! on the first write to a store that has none; sealed again to the current members when
//! they changed; remembered on this machine, so a key that vanishes or is replaced is
//! noticed.

use crate::crypt::seal::SealKey;
use crate::crypt::{Keyring, RecipientKey};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::store::seal_key::{self, KeyState};
use crate::store::trust::Standing;

use super::session::Session;

/// What opening the key found, for the writes of the run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Found {
    #[default]
    Absent,
    Open,
    /// There is a key, not sealed to this identity.
    Locked,
    /// This machine saw a key for this store, and it is gone.
    Gone,
    /// The key file is not the one this machine last saw (a member changed it, or an
    /// older copy was put back): used to check, refused for writes until trusted.
    Changed,
}

/// Opens the store's seal key into `keyring` (nothing outside a store).
pub fn open(session: &Session, keyring: &Keyring) -> Found {
    let Ok(store) = session.store() else {
        return Found::Absent;
    };
    let path = store.rel(&store.state_dir().join(seal_key::FILE)).into_owned();
    // Records read without a key cannot be checked: said once (-q does not hide it), and
    // nothing read this way goes into the index.
    let unchecked = |why: String| {
        session.warn(why);
        keyring.seals_unchecked();
    };
    let state = match seal_key::open(&store.state_dir(), keyring) {
        Ok(state) => state,
        Err(e) => {
            unchecked(e.message);
            return Found::Locked;
        }
    };
    let known: Option<Vec<String>> = session
        .with_trust(|t| Ok(t.seal_keys().map(<[String]>::to_vec)))
        .ok()
        .flatten();
    match state {
        KeyState::Open(key) => {
            let changed = known.is_some_and(|known| !known.contains(&key.fingerprint()));
            keyring.use_seal_key(key);
            if changed {
                // A security notice: -q does not hide it.
                session.warn(fl!("warn-seal-key-changed"));
                Found::Changed
            } else {
                Found::Open
            }
        }
        KeyState::Locked => {
            unchecked(fl!("warn-seal-key-locked", path = path));
            Found::Locked
        }
        KeyState::Absent if known.is_some() => {
            unchecked(fl!("warn-seal-key-gone", path = path));
            Found::Gone
        }
        KeyState::Absent => Found::Absent,
    }
}

/// Every key of every recipients file, when all of them are trusted on this machine
/// (the seal key is never sealed to a key the user has not reviewed); `None` otherwise.
fn members(session: &Session) -> Result<Option<Vec<RecipientKey>>> {
    let store = session.store()?;
    store.recipients_from_listing(session.keyring()?);
    let mut texts: Vec<String> = Vec::new();
    for file in store.recipients_files() {
        let set = store
            .recipients
            .for_folder(file.parent().unwrap_or(&store.root))?;
        if session.standing(&set)? != Standing::Trusted {
            return Ok(None);
        }
        for k in &set.1 {
            if !texts.contains(&k.text) {
                texts.push(k.text.clone());
            }
        }
    }
    let path = store.state_dir().join(seal_key::FILE);
    crate::crypt::parse_recipients(&texts.join("\n"), &path).map(Some)
}

/// Before a write: the key is there, open, and sealed to the current members; made when
/// the store has none (required at once when the store has no record yet). The caller
/// holds the lock.
pub fn ensure(session: &Session, found: Found) -> Result<()> {
    let store = session.store()?;
    let keyring = session.keyring()?;
    let state_dir = store.state_dir();
    let path = state_dir.join(seal_key::FILE);
    match found {
        Found::Locked => {
            return Err(Error::new(fl!("error-seal-key-locked")).hint(fl!("hint-seal-key-locked")));
        }
        Found::Gone => {
            return Err(
                Error::new(fl!("error-seal-key-gone", path = store.rel(&path).into_owned()))
                    .hint(fl!("hint-seal-key-gone")),
            );
        }
        Found::Changed => {
            return Err(Error::new(fl!("error-seal-key-changed")).hint(fl!("hint-review-recipients")));
        }
        Found::Absent | Found::Open => {}
    }
    let Some(members) = members(session)? else {
        // A recipients file not trusted here: the write itself is refused elsewhere, or
        // its folder is not the one written; the key is left as it is.
        return Ok(());
    };
    match keyring.seal_key() {
        None => {
            let (paths, _) = store.record_paths();
            let key = SealKey::generate(paths.is_empty());
            write_key(session, &state_dir, &members, keyring, &key)?;
            keyring.use_seal_key(key);
            if !paths.is_empty() {
                session.warn(fl!("status-seal-key-made", path = store.rel(&path).into_owned()));
            }
        }
        // Sealed again when the readers changed; remembered on the first write from a
        // machine that had not seen it (a fresh clone).
        Some(key) if !seal_key::sealed_to(&state_dir, &members) => {
            write_key(session, &state_dir, &members, keyring, &key)?;
        }
        Some(key) => {
            let fingerprint = key.fingerprint();
            session.with_trust(|t| {
                if t.seal_keys().is_none_or(|k| !k.contains(&fingerprint)) {
                    t.remember_seal(&fingerprint);
                    t.save()?;
                }
                Ok(())
            })?;
        }
    }
    Ok(())
}

/// Writes `key` sealed to `members`, the user's own keys first, and remembers it as this
/// machine's; the files go to git.
fn write_key(
    session: &Session,
    state_dir: &std::path::Path,
    members: &[RecipientKey],
    keyring: &Keyring,
    key: &SealKey,
) -> Result<()> {
    session.touch(seal_key::write(state_dir, key, members, &keyring.public_keys)?);
    let fingerprint = key.fingerprint();
    session.with_trust(|t| {
        t.remember_seal(&fingerprint);
        t.save()
    })
}

/// What changing the key file needs: the store's state folder, the keyring, the key it
/// opened, and the members to seal to; `None` without a key, or when a recipients file is
/// not trusted here.
struct Keyed<'a> {
    state_dir: std::path::PathBuf,
    keyring: &'a Keyring,
    key: std::sync::Arc<SealKey>,
    members: Vec<RecipientKey>,
}

impl Keyed<'_> {
    fn of(session: &Session) -> Result<Option<Keyed<'_>>> {
        let store = session.store()?;
        let keyring = session.keyring()?;
        let Some(key) = keyring.seal_key() else {
            return Ok(None);
        };
        let Some(members) = members(session)? else {
            return Ok(None);
        };
        Ok(Some(Keyed {
            state_dir: store.state_dir(),
            keyring,
            key,
            members,
        }))
    }

    fn write(&self, session: &Session, key: &SealKey) -> Result<()> {
        write_key(session, &self.state_dir, &self.members, self.keyring, key)
    }
}

/// Seals the key again to the store's current members when they changed (after
/// recipients were added or removed, and on `reencrypt`). The caller holds the lock.
pub fn resync(session: &Session) -> Result<()> {
    let Some(k) = Keyed::of(session)? else {
        return Ok(());
    };
    if !seal_key::sealed_to(&k.state_dir, &k.members) {
        k.write(session, &k.key)?;
    }
    Ok(())
}

/// After a reader was removed (and by `reencrypt`, to finish one cut short): a new seal
/// key, sealed to the readers left, and every record sealed again with it, so a seal made with the key the removed reader kept is
/// refused. The old key is accepted (kept in the key file beside the new one) until
/// every record carries the new seal: a run cut short leaves nothing refused, and the
/// next one finishes. The caller holds the lock.
pub fn rotate(session: &Session, fresh: bool) -> Result<bool> {
    let Some(k) = Keyed::of(session)? else {
        return Ok(false);
    };
    // A rotation cut short is finished with the key it had begun, unless another reader
    // left meanwhile (they may hold that key too).
    if fresh || !k.key.is_rotating() {
        let next = k.key.rotated();
        k.write(session, &next)?;
        k.keyring.use_seal_key(next);
    }
    let (paths, _) = session.store()?.record_paths();
    let resealed = crate::ops::reencrypt::reseal_counted(session, &paths)?;
    // A record refused for carrying no seal (or an erased customer's) does not hold the
    // old key's seal for anyone: it must not keep that key accepted. One that could not
    // be read or written may, so the old key stays until a reader's `reencrypt`.
    if resealed.failed == 0 {
        let settled = k.keyring.seal_key().expect("set above").settled();
        k.write(session, &settled)?;
        k.keyring.use_seal_key(settled);
    }
    resealed.result()?;
    Ok(true)
}

/// Marks the store's records as all sealed: from now on a record without a seal is
/// flagged. `audit --fix` calls it once every record carries one.
pub fn require(session: &Session) -> Result<bool> {
    let Some(k) = Keyed::of(session)? else {
        return Ok(false);
    };
    if k.key.required {
        return Ok(false);
    }
    let required = k.key.requiring();
    k.write(session, &required)?;
    k.keyring.use_seal_key(required);
    Ok(true)
}
