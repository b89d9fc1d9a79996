//! The tamper check: a hash of every `.age-recipients` file the user last trusted, kept
//! outside the repository, so a pulled change that adds a stranger's key is noticed
//! before anything is encrypted to it.

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
    /// Store root → (recipients file relative to the root → hash of its keys).
    #[serde(default)]
    stores: BTreeMap<String, BTreeMap<String, String>>,
}

/// How a recipients file stands against what was trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    Trusted,
    /// The store was never seen: everything in it is trusted on first use.
    FirstUse,
    /// Changed, or new in a store that was seen before.
    Changed,
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
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub struct Trust {
    file: PathBuf,
    root: String,
    db: TrustDb,
}

impl Trust {
    pub fn load(config_dir: &Path, store_root: &Path) -> Result<Trust> {
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
            root: store_root.to_string_lossy().into_owned(),
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

    pub fn standing(&self, recipients_file: &Path, text: &str) -> Standing {
        match self.db.stores.get(&self.root) {
            None => Standing::FirstUse,
            Some(files) => match files.get(&self.key(recipients_file)) {
                Some(h) if *h == keys_hash(text) => Standing::Trusted,
                _ => Standing::Changed,
            },
        }
    }

    /// Records the current keys of `recipients_file` as trusted.
    pub fn trust(&mut self, recipients_file: &Path, text: &str) {
        let key = self.key(recipients_file);
        self.db
            .stores
            .entry(self.root.clone())
            .or_default()
            .insert(key, keys_hash(text));
    }

    pub fn save(&self) -> Result<()> {
        let text = toml::to_string(&self.db).map_err(|e| Error::new(fl!("error-save-trust")).caused_by(e))?;
        let text =
            format!("# Recipients files crmfile trusts, by store; see `crmfile recipients trust`.\n{text}");
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
        let mut t = Trust::load(dir.path(), &root).unwrap();
        assert_eq!(t.standing(&file, "age1a\n"), Standing::FirstUse);
        t.trust(&file, "age1a\n");
        t.save().unwrap();
        let t = Trust::load(dir.path(), &root).unwrap();
        assert_eq!(t.standing(&file, "# c\nage1a\n"), Standing::Trusted);
        assert_eq!(t.standing(&file, "age1a\nage1evil\n"), Standing::Changed);
        assert_eq!(
            t.standing(&root.join("vip/.age-recipients"), "age1a\n"),
            Standing::Changed
        );
    }
}
