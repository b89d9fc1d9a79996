//! Who records are encrypted to: the nearest `.age-recipients` up from a record's folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::RECIPIENTS_FILE;
use crate::crypt::{RecipientKey, parse_recipients};
use crate::error::{Error, Result};
use crate::i18n::fl;

/// A recipients file and the keys it lists.
pub type RecipientSet = Arc<(PathBuf, Vec<RecipientKey>)>;

/// The keys of a recipients set as text, one per line: what the trust hash covers.
pub fn keys_text(set: &RecipientSet) -> String {
    set.1
        .iter()
        .map(|k| k.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

pub struct Recipients {
    root: PathBuf,
    cache: Mutex<HashMap<PathBuf, RecipientSet>>,
}

impl Recipients {
    pub fn new(root: PathBuf) -> Recipients {
        Recipients {
            root,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// Drops what was read, after a recipients file changed.
    pub fn forget(&self) {
        self.cache.lock().expect("not poisoned").clear();
    }

    /// The recipients file that governs `folder`, and its keys.
    pub fn for_folder(&self, folder: &Path) -> Result<RecipientSet> {
        if let Some(hit) = self.cache.lock().expect("not poisoned").get(folder) {
            return Ok(hit.clone());
        }
        let file = folder
            .ancestors()
            .take_while(|d| d.starts_with(&self.root))
            .map(|d| d.join(RECIPIENTS_FILE))
            .find(|f| f.is_file())
            .ok_or_else(|| {
                Error::new(fl!(
                    "error-no-recipients-file",
                    file = RECIPIENTS_FILE,
                    folder = folder.display().to_string()
                ))
                .hint(fl!("hint-recipients-file"))
            })?;
        let text = std::fs::read_to_string(&file).map_err(|e| Error::io("read", &file, e))?;
        let keys = Arc::new((file.clone(), parse_recipients(&text, &file)?));
        self.cache
            .lock()
            .expect("not poisoned")
            .insert(folder.to_path_buf(), keys.clone());
        Ok(keys)
    }
}
