//! The decrypted copy `crmfile edit` hands to the editor: in memory-backed storage
//! (/dev/shm or $XDG_RUNTIME_DIR, checked to be tmpfs or ramfs), mode 0600, wiped and
//! removed on every exit path, Ctrl-C included. A copy a killed run left (SIGKILL cannot
//! be caught) carries its process id in its name and is removed by the next `edit`, and
//! listed by `audit`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::i18n::fl;

static EDIT_COPY: Mutex<Option<PathBuf>> = Mutex::new(None);

const PREFIX: &str = "crmfile-edit-";

/// Whether files in `dir` live in memory (tmpfs or ramfs), never on a disk.
pub fn memory_backed(dir: &Path) -> bool {
    const TMPFS_MAGIC: u64 = 0x0102_1994;
    const RAMFS_MAGIC: u64 = 0x8584_58f6;
    rustix::fs::statfs(dir).is_ok_and(|s| {
        #[allow(clippy::unnecessary_cast)]
        let kind = (s.f_type as u64) & 0xffff_ffff;
        kind == TMPFS_MAGIC || kind == RAMFS_MAGIC
    })
}

/// The folders edit copies go to, memory-backed or not.
fn candidate_dirs() -> Vec<PathBuf> {
    [
        Some(PathBuf::from("/dev/shm")),
        std::env::var_os("XDG_RUNTIME_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A writable folder whose files live in memory.
fn memory_dir() -> Result<PathBuf> {
    candidate_dirs()
        .into_iter()
        .find(|d| d.is_dir() && memory_backed(d) && tempfile::Builder::new().tempfile_in(d).is_ok())
        .ok_or_else(|| Error::new(fl!("error-no-memory-folder")).hint(fl!("hint-no-memory-folder")))
}

/// Edit copies whose `edit` run is gone (killed before it could remove them): named with
/// a process id that no longer runs, or, from older versions, over an hour old.
pub fn stale_copies() -> Vec<PathBuf> {
    let own = std::process::id();
    let mut out = Vec::new();
    for dir in candidate_dirs() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some(rest) = name.strip_prefix(PREFIX) else {
                continue;
            };
            if !e.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
            let stale = match pid {
                Some(pid) => pid != own && !Path::new("/proc").join(pid.to_string()).exists(),
                None => e
                    .metadata()
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age.as_secs() > 3600),
            };
            // Only the user's own copies: another user's are theirs to clean.
            if stale && owned_by_me(&e.path()) {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

fn owned_by_me(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.uid() == rustix::process::getuid().as_raw())
}

/// Wipes and removes the stale copies; returns those removed.
pub fn remove_stale() -> Vec<PathBuf> {
    stale_copies()
        .into_iter()
        .filter(|p| {
            wipe(p);
            !p.exists()
        })
        .collect()
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
    /// A new, empty private copy in memory-backed storage (or in `unsafe_dir`, which the
    /// user chose knowing it may be a disk); removed when dropped or when the process is
    /// interrupted. The second value says whether the folder is memory-backed.
    pub fn create(unsafe_dir: Option<&Path>) -> Result<(EditCopy, bool)> {
        let dir = match unsafe_dir {
            Some(d) => d.to_path_buf(),
            None => memory_dir()?,
        };
        let in_memory = memory_backed(&dir);
        let file = tempfile::Builder::new()
            .prefix(&format!("{PREFIX}{}-", std::process::id()))
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
        Ok((copy, in_memory))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dev_shm_is_memory_and_a_disk_is_not() {
        if Path::new("/dev/shm").is_dir() {
            assert!(memory_backed(Path::new("/dev/shm")));
        }
        assert!(!memory_backed(Path::new("/proc/self/nonexistent")));
    }
}
