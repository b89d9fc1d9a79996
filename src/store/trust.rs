//! The tamper check: a hash of every `.age-recipients` file the user last trusted, kept
//! outside the repository, so a pulled change that adds a stranger's key is noticed
//! before anything is encrypted to it.
//!
//! Trust is bound to the store's id (`store_id` in `.crmfile/config.toml`) and the keys'
//! content, never to where the store lies: a copied, moved or re-cloned store keeps the
//! trust its id earned, and a store this machine has never seen is trusted by no one until
//! the user says so (`crmfile recipients trust`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::i18n::fl;

/// `$XDG_CONFIG_HOME/crmfile/trusted-recipients.toml`.
pub fn trust_file(config_dir: &Path) -> PathBuf {
    config_dir.join("trusted-recipients.toml")
}

#[derive(Default, Serialize, Deserialize)]
struct TrustDb {
    /// Store id → (recipients file relative to the root → hashes of the key lists the
    /// user trusted there). More than one: each work tree of the store (a clone that has
    /// not pulled yet) may hold a list the user trusted at its time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    ids: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Before stores had ids: store root → (file → hash). Read to carry trust over to a
    /// store's id once it has one; never grants trust to a store seen for the first time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    stores: BTreeMap<String, BTreeMap<String, String>>,
}

/// How a recipients file stands against what was trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    Trusted,
    /// This store was never trusted on this machine: nothing is written to its keys until
    /// the user reviews and trusts them.
    FirstUse,
    /// Changed, or new in a store that was seen before.
    Changed,
}

/// A fresh store id: 128 random bits as hex.
pub fn new_store_id() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// The hash of the keys a recipients file lists; comments, blank lines and order do not
/// count.
pub fn keys_hash(text: &str) -> String {
    let mut keys: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .collect();
    keys.sort();
    keys.dedup();
    let digest = Sha256::digest(keys.join("\n").as_bytes());
    crate::crypt::hex(&digest)
}

/// The entry under which a store's seal key fingerprints are kept, beside its recipients
/// files (a name no recipients file has).
const SEAL_ENTRY: &str = ".crmfile/seal-key.age";

pub struct Trust {
    file: PathBuf,
    root: PathBuf,
    /// The store's id; `None` for an older store that has not been written to yet.
    id: Option<String>,
    db: TrustDb,
}

impl Trust {
    pub fn load(config_dir: &Path, store_root: &Path, store_id: Option<&str>) -> Result<Trust> {
        let file = trust_file(config_dir);
        let db = match std::fs::read_to_string(&file) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                Error::new(fl!("error-damaged", path = file.display().to_string()))
                    .cause(crate::model::config::describe_toml_error(&e, &text))
                    .hint(fl!("hint-trust-again"))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => TrustDb::default(),
            Err(e) => return Err(Error::io("read", &file, e)),
        };
        Ok(Trust {
            file,
            root: store_root.to_path_buf(),
            id: store_id.map(String::from),
            db,
        })
    }

    fn key(&self, recipients_file: &Path) -> String {
        recipients_file
            .strip_prefix(&self.root)
            .unwrap_or(recipients_file)
            .to_string_lossy()
            .into_owned()
    }

    fn legacy(&self) -> Option<&BTreeMap<String, String>> {
        self.db.stores.get(&*self.root.to_string_lossy())
    }

    pub fn standing(&self, recipients_file: &Path, text: &str) -> Standing {
        let key = self.key(recipients_file);
        let hash = keys_hash(text);
        let files = self.id.as_ref().and_then(|id| self.db.ids.get(id));
        match files {
            Some(files) => match files.get(&key) {
                Some(trusted) if trusted.contains(&hash) => Standing::Trusted,
                _ => Standing::Changed,
            },
            // An older entry by path counts only for exactly what it trusted.
            None => match self.legacy() {
                Some(files) if files.get(&key) == Some(&hash) => Standing::Trusted,
                Some(_) => Standing::Changed,
                None => Standing::FirstUse,
            },
        }
    }

    /// Gives an older store its id, carrying over what was trusted at its path.
    pub fn adopt_id(&mut self, id: &str) {
        self.id = Some(id.to_string());
        let root = self.root.to_string_lossy().into_owned();
        if let Some(files) = self.db.stores.remove(&root) {
            let entry = self.db.ids.entry(id.to_string()).or_default();
            for (file, hash) in files {
                let trusted = entry.entry(file).or_default();
                if !trusted.contains(&hash) {
                    trusted.push(hash);
                }
            }
        }
    }

    /// Records the current keys of `recipients_file` as trusted.
    pub fn trust(&mut self, recipients_file: &Path, text: &str) {
        let key = self.key(recipients_file);
        let hash = keys_hash(text);
        match &self.id {
            Some(id) => {
                let trusted = self.db.ids.entry(id.clone()).or_default().entry(key).or_default();
                if !trusted.contains(&hash) {
                    trusted.push(hash);
                }
            }
            None => {
                self.db
                    .stores
                    .entry(self.root.to_string_lossy().into_owned())
                    .or_default()
                    .insert(key, hash);
            }
        }
    }

    /// The fingerprints of the seal keys this machine saw for this store ([`SEAL_ENTRY`]);
    /// `None` when it never saw one.
    pub fn seal_keys(&self) -> Option<&[String]> {
        let files = self.db.ids.get(self.id.as_ref()?)?;
        files.get(SEAL_ENTRY).map(Vec::as_slice).filter(|l| !l.is_empty())
    }

    /// Remembers the store's seal key by its fingerprint (stores with an id only).
    pub fn remember_seal(&mut self, fingerprint: &str) {
        let Some(id) = &self.id else { return };
        let known = self
            .db
            .ids
            .entry(id.clone())
            .or_default()
            .entry(SEAL_ENTRY.to_string())
            .or_default();
        // Every state of the key file this machine accepted stays accepted, as recipients
        // lists do: two work trees of one store may be at different commits.
        if !known.iter().any(|k| k == fingerprint) {
            known.push(fingerprint.to_string());
        }
    }

    /// Forgets the seal keys seen (the user accepted a store without one).
    pub fn forget_seal(&mut self) {
        if let Some(files) = self.id.as_ref().and_then(|id| self.db.ids.get_mut(id)) {
            files.remove(SEAL_ENTRY);
        }
    }

    pub fn save(&self) -> Result<()> {
        let text = toml::to_string(&self.db).map_err(|e| Error::new(fl!("error-save-trust")).caused_by(e))?;
        let text = format!(
            "# Recipients files crmfile trusts, by store id; see `crmfile recipients trust`.\n{text}"
        );
        if let Some(dir) = self.file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
        }
        super::record_io::write_atomic(&self.file, text.as_bytes(), super::record_io::Mode::Replace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_ignores_comments_order_and_labels() {
        let a = keys_hash("# team\nage1aaa\nssh-ed25519 AAAAkey li@laptop\n");
        let b = keys_hash("ssh-ed25519 AAAAkey other-label\n\nage1aaa\n");
        assert_eq!(a, b);
        assert_ne!(a, keys_hash("age1aaa\nage1bbb\n"));
    }

    #[test]
    fn first_use_then_trusted_then_changed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("store");
        let file = root.join(".age-recipients");
        let mut t = Trust::load(dir.path(), &root, Some("s1")).unwrap();
        assert_eq!(t.standing(&file, "age1a\n"), Standing::FirstUse);
        t.trust(&file, "age1a\n");
        t.save().unwrap();
        let t = Trust::load(dir.path(), &root, Some("s1")).unwrap();
        assert_eq!(t.standing(&file, "# c\nage1a\n"), Standing::Trusted);
        assert_eq!(t.standing(&file, "age1a\nage1evil\n"), Standing::Changed);
        assert_eq!(
            t.standing(&root.join("vip/.age-recipients"), "age1a\n"),
            Standing::Changed
        );
    }

    #[test]
    fn trust_follows_the_id_not_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("store");
        let mut t = Trust::load(dir.path(), &root, Some("s1")).unwrap();
        t.trust(&root.join(".age-recipients"), "age1a\n");
        t.save().unwrap();
        // The same store elsewhere: trusted for the same keys, not for more.
        let moved = dir.path().join("copy");
        let t = Trust::load(dir.path(), &moved, Some("s1")).unwrap();
        let file = moved.join(".age-recipients");
        assert_eq!(t.standing(&file, "age1a\n"), Standing::Trusted);
        assert_eq!(t.standing(&file, "age1a\nage1evil\n"), Standing::Changed);
        // Another store at the old path is a stranger.
        let t = Trust::load(dir.path(), &root, Some("s2")).unwrap();
        assert_eq!(
            t.standing(&root.join(".age-recipients"), "age1a\n"),
            Standing::FirstUse
        );
    }

    #[test]
    fn an_older_path_entry_carries_over_to_the_id() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("store");
        let file = root.join(".age-recipients");
        let mut t = Trust::load(dir.path(), &root, None).unwrap();
        t.trust(&file, "age1a\n");
        assert_eq!(t.standing(&file, "age1a\n"), Standing::Trusted);
        t.adopt_id("s9");
        t.save().unwrap();
        let t = Trust::load(dir.path(), &root, Some("s9")).unwrap();
        assert_eq!(t.standing(&file, "age1a\n"), Standing::Trusted);
    }
}
