//! Tombstones of erased customers (`.crmfile/erasures.toml`, kept in git): the id, the
//! date, the reason, and hashes of the phones and emails, so a re-import of an erased
//! person is noticed without keeping anything that identifies them.
//!
//! A phone number has few enough possible values that a plain salted hash is reversed by
//! trying them all. Tombstones are therefore keyed: Argon2id with a secret key that only
//! the store's members can open (`.crmfile/erasure-key.age`, age-encrypted to the root's
//! recipients and committed). Whoever holds a copy of the repository without the key can
//! no longer test a phone against them; a member (or a former member who kept the key)
//! still can, slowly.
//!
//! Older tombstones (`salt` + SHA-256) cannot be re-keyed, since the phones they hash are
//! gone: they are still matched the old way, and every new tombstone is keyed.

use std::path::{Path, PathBuf};

use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use zeroize::Zeroizing;

use crate::crypt::{Keyring, RecipientKey, hex};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::query::DedupKey;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: String,
    pub date: Date,
    pub reason: String,
    /// Older tombstones: the salt of their SHA-256 hashes. Empty for keyed ones.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub salt: String,
    /// `argon2id-keyed` for keyed tombstones; absent for older ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kdf: Option<String>,
    pub hashes: Vec<String>,
}

const KEYED: &str = "argon2id-keyed";
/// The key file, next to erasures.toml.
pub const KEY_FILE: &str = "erasure-key.age";

/// The secret that keys tombstone hashes (32 random bytes).
pub struct ErasureKey(Zeroizing<Vec<u8>>);

/// A keyed, slow hash of one phone or email: Argon2id (4 MiB, 2 passes) with the store's
/// erasure key as its secret.
fn keyed_hash(key: &ErasureKey, text: &str) -> String {
    let params = argon2::Params::new(4 * 1024, 2, 1, Some(32)).expect("valid Argon2 parameters");
    let argon = argon2::Argon2::new_with_secret(
        &key.0,
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        params,
    )
    .expect("a 32-byte secret is accepted");
    let mut out = [0u8; 32];
    argon
        .hash_password_into(text.as_bytes(), b"crmfile-erasure-v2", &mut out)
        .expect("valid Argon2 input");
    hex(&out)
}

#[derive(Default, Serialize, Deserialize)]
struct File {
    #[serde(default)]
    erasure: Vec<Tombstone>,
}

fn hash(salt: &str, key: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update([0]);
    h.update(key.as_bytes());
    hex(&h.finalize())
}

/// The keys tombstones remember: normalized phones and emails only. A phone with an
/// extension is remembered by its whole number too, so a tombstone is never narrower
/// than those written before extensions were told apart.
fn key_texts(k: &DedupKey) -> Vec<String> {
    match k {
        DedupKey::Phone(number, Some(ext)) => {
            vec![format!("phone:{number};ext={ext}"), format!("phone:{number}")]
        }
        DedupKey::Phone(number, None) => vec![format!("phone:{number}")],
        DedupKey::Email(e) => vec![format!("email:{e}")],
        _ => Vec::new(),
    }
}

pub struct Erasures {
    path: PathBuf,
    file: File,
    key: Option<ErasureKey>,
    /// A key file exists but this identity cannot open it.
    locked: bool,
}

impl Erasures {
    pub fn load(state_dir: &Path) -> Result<Erasures> {
        let path = state_dir.join("erasures.toml");
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                Error::new(fl!("error-damaged", path = path.display().to_string()))
                    .cause(crate::model::config::describe_toml_error(&e, &text))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => File::default(),
            Err(e) => return Err(Error::io("read", &path, e)),
        };
        Ok(Erasures {
            path,
            file,
            key: None,
            locked: false,
        })
    }

    /// [`Erasures::load`], and the erasure key opened with `keyring` when the store has
    /// one (see [`Erasures::locked`] when it cannot be opened).
    pub fn open(state_dir: &Path, keyring: &Keyring) -> Result<Erasures> {
        let mut e = Erasures::load(state_dir)?;
        let key_path = state_dir.join(KEY_FILE);
        if e.file.erasure.iter().any(|t| t.kdf.is_some()) || key_path.is_file() {
            match super::read_at_most(&key_path, 4096).ok().flatten() {
                Some(bytes) => match keyring.decrypt(&bytes) {
                    Ok(plain) if plain.len() == 32 => {
                        e.key = Some(ErasureKey(Zeroizing::new(plain.to_vec())))
                    }
                    _ => e.locked = true,
                },
                None => e.locked = true,
            }
        }
        Ok(e)
    }

    /// Keyed tombstones exist, but this identity cannot open the erasure key: they cannot
    /// be checked (ask a member to re-encrypt the key to you).
    pub fn locked(&self) -> bool {
        self.locked && self.file.erasure.iter().any(|t| t.kdf.is_some())
    }

    /// The error for the file of erased customer `id` found in the store again (`path`,
    /// relative to the store): left as it was, never sealed to today's readers.
    pub fn present_error(id: &str, path: &str) -> Error {
        Error::new(fl!(
            "error-erased-present",
            id = id.to_string(),
            path = path.to_string()
        ))
        .hint(fl!("hint-erased-present", id = id.to_string()))
    }

    /// The tombstone of the customer with this id, if one was erased: a file with it is
    /// an erased customer brought back (by a merge, a checkout, a copy).
    pub fn of_id(&self, id: &str) -> Option<&Tombstone> {
        self.file.erasure.iter().find(|t| t.id == id)
    }

    /// The tombstone a customer with these keys matches, if any.
    pub fn matching(&self, keys: &[DedupKey]) -> Option<&Tombstone> {
        let texts: Vec<String> = keys.iter().flat_map(key_texts).collect();
        if texts.is_empty() || self.file.erasure.is_empty() {
            return None;
        }
        // One slow hash per phone or email, whatever the number of tombstones.
        let keyed: Vec<String> = match &self.key {
            Some(key) if self.file.erasure.iter().any(|t| t.kdf.as_deref() == Some(KEYED)) => {
                texts.iter().map(|k| keyed_hash(key, k)).collect()
            }
            _ => Vec::new(),
        };
        self.file.erasure.iter().find(|t| match t.kdf.as_deref() {
            None => texts.iter().any(|k| t.hashes.contains(&hash(&t.salt, k))),
            Some(KEYED) => keyed.iter().any(|h| t.hashes.contains(h)),
            Some(_) => false,
        })
    }

    /// Adds a keyed tombstone; the store's erasure key is made first if there is none
    /// (sealed to `recipients`, the root's). Returns the files written besides
    /// erasures.toml (for git), once [`Erasures::save`] ran.
    pub fn add(
        &mut self,
        id: &str,
        date: Date,
        reason: &str,
        keys: &[DedupKey],
        recipients: &[RecipientKey],
        own: &[String],
    ) -> Result<Vec<PathBuf>> {
        let mut written = Vec::new();
        if self.key.is_none() {
            if self.locked {
                return Err(Error::new(fl!("error-erasure-key-locked")).hint(fl!("hint-erasure-key-locked")));
            }
            let state_dir = self.path.parent().unwrap_or(Path::new("."));
            let mut secret = Zeroizing::new(vec![0u8; 32]);
            rand::rng().fill_bytes(&mut secret);
            let sealed = crate::crypt::encrypt(recipients, own, &secret)?;
            let key_path = state_dir.join(KEY_FILE);
            super::write_atomic(&key_path, &sealed, super::Mode::Create)?;
            written.push(key_path);
            // Stores made before the key existed ignore everything in .crmfile but a few
            // files: the key must reach git like erasures.toml does.
            let ignore = state_dir.join(".gitignore");
            if let Ok(text) = std::fs::read_to_string(&ignore)
                && !text.lines().any(|l| l.trim() == "!erasure-key.age")
            {
                let text = format!(
                    "{}{}!erasure-key.age\n",
                    text,
                    if text.ends_with('\n') { "" } else { "\n" }
                );
                super::write_atomic(&ignore, text.as_bytes(), super::Mode::Replace)?;
                written.push(ignore);
            }
            self.key = Some(ErasureKey(secret));
        }
        let key = self.key.as_ref().expect("made above");
        let hashes = keys
            .iter()
            .flat_map(key_texts)
            .map(|k| keyed_hash(key, &k))
            .collect();
        self.file.erasure.push(Tombstone {
            id: id.to_string(),
            date,
            reason: reason.to_string(),
            salt: String::new(),
            kdf: Some(KEYED.to_string()),
            hashes,
        });
        Ok(written)
    }

    pub fn save(&self) -> Result<()> {
        let body =
            toml::to_string(&self.file).map_err(|e| Error::new(fl!("error-write-erasures")).caused_by(e))?;
        let text = format!(
            "# Customers erased with `crmfile forget`: id, date, reason, and hashes of their phones\n\
             # and emails (no personal data), so that adding them again is noticed. Newer entries\n\
             # are keyed with erasure-key.age (only members can test a phone); older ones, with a\n\
             # salt, are still matched as they were.\n{body}"
        );
        super::write_atomic(&self.path, text.as_bytes(), super::Mode::Replace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyed(dir: &Path) -> Erasures {
        let mut e = Erasures::load(dir).unwrap();
        e.key = Some(ErasureKey(Zeroizing::new(vec![7u8; 32])));
        e
    }

    #[test]
    fn a_tombstone_matches_the_same_phone_and_holds_no_plaintext() {
        let dir = tempfile::tempdir().unwrap();
        let mut e = keyed(dir.path());
        let keys = vec![
            DedupKey::Phone("+8613800138000".into(), None),
            DedupKey::NameCompany("张伟".into(), "x".into()),
        ];
        e.add(
            "c-7k3m9q2x",
            "2026-11-23".parse().unwrap(),
            "request",
            &keys,
            &[],
            &[],
        )
        .unwrap();
        e.save().unwrap();
        let text = std::fs::read_to_string(dir.path().join("erasures.toml")).unwrap();
        assert!(!text.contains("13800138000") && !text.contains("张伟"), "{text}");
        assert!(text.contains(KEYED), "{text}");
        let e = keyed(dir.path());
        assert!(
            e.matching(&[DedupKey::Phone("+8613800138000".into(), None)])
                .is_some()
        );
        assert!(
            e.matching(&[DedupKey::Phone("+8613900000000".into(), None)])
                .is_none()
        );
        assert!(
            e.matching(&[DedupKey::NameCompany("张伟".into(), "x".into())])
                .is_none()
        );
        // Without the key, nothing can be tested.
        let e = Erasures::load(dir.path()).unwrap();
        assert!(
            e.matching(&[DedupKey::Phone("+8613800138000".into(), None)])
                .is_none()
        );
    }

    /// A number with an extension is told apart from its colleagues' for duplicates,
    /// but a tombstone is never narrower than the whole number: it matches the number
    /// with any extension or none, as tombstones written before extensions counted do.
    #[test]
    fn a_tombstone_of_an_extension_covers_the_whole_number() {
        let dir = tempfile::tempdir().unwrap();
        let mut e = keyed(dir.path());
        let phone = |p: &str| {
            let (number, ext) = p
                .split_once(";ext=")
                .map_or((p, None), |(n, e)| (n, Some(e.into())));
            vec![DedupKey::Phone(number.into(), ext)]
        };
        let day = "2026-11-23".parse().unwrap();
        e.add(
            "c-7k3m9q2x",
            day,
            "request",
            &phone("+861062751234;ext=8001"),
            &[],
            &[],
        )
        .unwrap();
        for matched in [
            "+861062751234;ext=8001",
            "+861062751234",
            "+861062751234;ext=8002",
        ] {
            assert!(e.matching(&phone(matched)).is_some(), "{matched}");
        }
        assert!(e.matching(&phone("+861062759999;ext=8001")).is_none());
        // One written from the whole number matches it with an extension.
        let dir = tempfile::tempdir().unwrap();
        let mut e = keyed(dir.path());
        e.add("c-7k3m9q2x", day, "request", &phone("+861062751234"), &[], &[])
            .unwrap();
        assert!(e.matching(&phone("+861062751234;ext=8001")).is_some());
    }

    #[test]
    fn older_salted_tombstones_still_match() {
        let dir = tempfile::tempdir().unwrap();
        let salt = "00112233445566778899aabbccddeeff";
        let old = format!(
            "[[erasure]]\nid = \"c-7k3m9q2x\"\ndate = 2026-01-01\nreason = \"r\"\nsalt = \"{salt}\"\nhashes = [\"{}\"]\n",
            hash(salt, "phone:+8613800138000")
        );
        std::fs::write(dir.path().join("erasures.toml"), old).unwrap();
        let e = keyed(dir.path());
        assert!(
            e.matching(&[DedupKey::Phone("+8613800138000".into(), None)])
                .is_some()
        );
    }

    #[test]
    fn a_check_is_quick_enough() {
        let dir = tempfile::tempdir().unwrap();
        let key = ErasureKey(Zeroizing::new(vec![1u8; 32]));
        let start = std::time::Instant::now();
        let _ = keyed_hash(&key, "phone:+8613800138000");
        let _ = dir;
        // Generous: debug builds are far slower than release.
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }
}
