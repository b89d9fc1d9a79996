//! The decrypted copy `crmfile edit` hands to the editor: in memory-backed storage
//! (/dev/shm or $XDG_RUNTIME_DIR), mode 0600, wiped and removed on every exit path,
//! Ctrl-C included.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::i18n::fl;

static EDIT_COPY: Mutex<Option<PathBuf>> = Mutex::new(None);

/// A folder whose files live in memory, never on disk.
fn memory_dir() -> Result<PathBuf> {
    let candidates = [
        Some(PathBuf::from("/dev/shm")),
        std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|d| d.is_dir() && tempfile::Builder::new().tempfile_in(d).is_ok())
        .ok_or_else(|| Error::new(fl!("error-no-memory-folder")).hint(fl!("hint-no-memory-folder")))
}

/// Removes the copy when dropped, and on SIGINT/SIGTERM/SIGHUP through the handler.
pub struct EditCopy {
    pub path: PathBuf,
}

impl Drop for EditCopy {
    fn drop(&mut self) {
        wipe(&self.path);
        *EDIT_COPY.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

fn wipe(path: &Path) {
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::write(path, vec![0u8; meta.len() as usize]);
    }
    let _ = std::fs::remove_file(path);
}

impl EditCopy {
    /// A new, empty private copy in memory-backed storage; removed when dropped or when
    /// the process is interrupted.
    pub fn create() -> Result<EditCopy> {
        let dir = memory_dir()?;
        let file = tempfile::Builder::new()
            .prefix("crmfile-edit-")
            .suffix(".toml")
            .tempfile_in(&dir)
            .map_err(|e| Error::io("create a private copy in", &dir, e))?;
        let (_, path) = file
            .keep()
            .map_err(|e| Error::new(fl!("error-keep-copy")).cause(e.error))?;
        let copy = EditCopy { path: path.clone() };
        *EDIT_COPY.lock().unwrap_or_else(|p| p.into_inner()) = Some(path);
        let _ = ctrlc::set_handler(|| {
            if let Some(p) = EDIT_COPY.lock().unwrap_or_else(|p| p.into_inner()).take() {
                wipe(&p);
            }
            std::process::exit(130);
        });
        Ok(copy)
    }

    pub fn write(&self, text: &str) -> Result<()> {
        std::fs::write(&self.path, text.as_bytes()).map_err(|e| Error::io("write", &self.path, e))
    }

    pub fn read(&self) -> Result<Zeroizing<String>> {
        std::fs::read_to_string(&self.path)
            .map(Zeroizing::new)
            .map_err(|e| Error::io("read", &self.path, e))
    }
}
