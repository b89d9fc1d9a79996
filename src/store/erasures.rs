//! Tombstones of erased customers (`.crmfile/erasures.toml`, kept in git): the id, the
//! date, the reason, and salted hashes of the phones and emails, so a re-import of an
//! erased person is noticed without keeping anything that identifies them.

use std::path::{Path, PathBuf};

use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::query::DedupKey;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: String,
    pub date: Date,
    pub reason: String,
    pub salt: String,
    pub hashes: Vec<String>,
}

#[derive(Default, Serialize, Deserialize)]
struct File {
    #[serde(default)]
    erasure: Vec<Tombstone>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash(salt: &str, key: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update([0]);
    h.update(key.as_bytes());
    hex(&h.finalize())
}

/// The keys tombstones remember: normalized phones and emails only.
fn key_text(k: &DedupKey) -> Option<String> {
    match k {
        DedupKey::Phone(p) => Some(format!("phone:{p}")),
        DedupKey::Email(e) => Some(format!("email:{e}")),
        _ => None,
    }
}

pub struct Erasures {
    path: PathBuf,
    file: File,
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
        Ok(Erasures { path, file })
    }

    /// The tombstone a customer with these keys matches, if any.
    pub fn matching(&self, keys: &[DedupKey]) -> Option<&Tombstone> {
        let texts: Vec<String> = keys.iter().filter_map(key_text).collect();
        self.file
            .erasure
            .iter()
            .find(|t| texts.iter().any(|k| t.hashes.contains(&hash(&t.salt, k))))
    }

    pub fn add(&mut self, id: &str, date: Date, reason: &str, keys: &[DedupKey]) {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        let salt = hex(&salt);
        let hashes = keys
            .iter()
            .filter_map(key_text)
            .map(|k| hash(&salt, &k))
            .collect();
        self.file.erasure.push(Tombstone {
            id: id.to_string(),
            date,
            reason: reason.to_string(),
            salt,
            hashes,
        });
    }

    pub fn save(&self) -> Result<()> {
        let body =
            toml::to_string(&self.file).map_err(|e| Error::new(fl!("error-write-erasures")).caused_by(e))?;
        let text = format!(
            "# Customers erased with `crmfile forget`: id, date, reason, and salted hashes of their\n\
             # phones and emails (no personal data), so that adding them again is noticed.\n{body}"
        );
        super::write_atomic(&self.path, text.as_bytes(), super::Mode::Replace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tombstone_matches_the_same_phone_and_holds_no_plaintext() {
        let dir = tempfile::tempdir().unwrap();
        let mut e = Erasures::load(dir.path()).unwrap();
        let keys = vec![
            DedupKey::Phone("+8613800138000".into()),
            DedupKey::NameCompany("张伟".into(), "x".into()),
        ];
        e.add("c-7k3m9q2x", "2026-11-23".parse().unwrap(), "request", &keys);
        e.save().unwrap();
        let text = std::fs::read_to_string(dir.path().join("erasures.toml")).unwrap();
        assert!(!text.contains("13800138000") && !text.contains("张伟"), "{text}");
        let e = Erasures::load(dir.path()).unwrap();
        assert!(e.matching(&[DedupKey::Phone("+8613800138000".into())]).is_some());
        assert!(e.matching(&[DedupKey::Phone("+8613900000000".into())]).is_none());
        assert!(
            e.matching(&[DedupKey::NameCompany("张伟".into(), "x".into())])
                .is_none()
        );
    }
}
