//! The store on disk: finding its root, its config, recipients, the write lock, walking
//! and loading records, and sealing them again. Only this module and `crypt` touch files.

pub mod access_log;
pub mod erasures;
pub mod git;
mod index;
mod lock;
mod recipients;
mod record_io;
mod scan;
pub mod trust;

use std::path::{Component, Path, PathBuf};

pub use lock::StoreLock;
pub use recipients::{RecipientSet, Recipients, keys_text};
pub use record_io::{
    FileError, FileProblem, Loaded, Mode, load, parse_record, render_record, seal, write_atomic,
};
pub use scan::{Stray, load_map, stanza_count};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::config::Config;

/// The folder of local state and settings inside a store.
pub const STATE_DIR: &str = ".crmfile";
pub const CONFIG_FILE: &str = "config.toml";
pub const RECIPIENTS_FILE: &str = ".age-recipients";

/// An opened store: its root and its config.
pub struct Store {
    pub root: PathBuf,
    pub config: Config,
    pub recipients: Recipients,
    /// The recipients files the last walk saw.
    recipients_seen: std::sync::OnceLock<Vec<PathBuf>>,
}

impl Store {
    /// Finds the store: `explicit` (from `--store` or `CRMFILE_STORE`), else the nearest
    /// folder up from `cwd` that holds `.crmfile/config.toml`.
    pub fn discover(explicit: Option<&Path>, cwd: &Path) -> Result<Store> {
        let root = match explicit {
            Some(dir) => {
                if !dir.join(STATE_DIR).join(CONFIG_FILE).is_file() {
                    let shown = dir.display().to_string();
                    let config = dir.join(STATE_DIR).join(CONFIG_FILE).display().to_string();
                    return Err(Error::new(fl!("error-not-a-store", dir = shown.clone()))
                        .cause(fl!("cause-does-not-exist", path = config))
                        .hint(fl!("hint-init-store", dir = shown)));
                }
                dir.to_path_buf()
            }
            None => cwd
                .ancestors()
                .find(|d| d.join(STATE_DIR).join(CONFIG_FILE).is_file())
                .map(Path::to_path_buf)
                .ok_or_else(|| {
                    Error::new(fl!("error-no-store", dir = cwd.display().to_string()))
                        .hint(fl!("hint-no-store"))
                })?,
        };
        let root = std::fs::canonicalize(&root).map_err(|e| Error::io("open store", &root, e))?;
        let config_path = root.join(STATE_DIR).join(CONFIG_FILE);
        let text = std::fs::read_to_string(&config_path).map_err(|e| Error::io("read", &config_path, e))?;
        let config = Config::parse(&text).map_err(|e| {
            Error::new(fl!("error-bad-config", path = config_path.display().to_string())).cause(e)
        })?;
        Ok(Store {
            recipients: Recipients::new(root.clone()),
            recipients_seen: Default::default(),
            root,
            config,
        })
    }

    /// The folder `--folder SUBDIR` names, checked to stay inside the store.
    pub fn folder(&self, sub: Option<&str>) -> Result<PathBuf> {
        let Some(sub) = sub.filter(|s| !s.is_empty()) else {
            return Ok(self.root.clone());
        };
        let path = Path::new(sub);
        for part in path.components() {
            match part {
                Component::Normal(name) if !name.to_string_lossy().starts_with('.') => {}
                _ => {
                    return Err(Error::usage(fl!("error-bad-folder", folder = sub.to_string()))
                        .hint(fl!("hint-bad-folder")));
                }
            }
        }
        Ok(self.root.join(path))
    }

    /// A path relative to the root, for messages.
    pub fn rel<'a>(&self, path: &'a Path) -> std::borrow::Cow<'a, str> {
        path.strip_prefix(&self.root).unwrap_or(path).to_string_lossy()
    }

    pub fn state_dir(&self) -> PathBuf {
        self.root.join(STATE_DIR)
    }
}
