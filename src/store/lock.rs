//! One write lock per store. The kernel drops it when the holder dies, so a killed
//! writer never blocks the next one.

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, Result};

/// How many store locks this process holds (a second `flock` of the same file from the
/// same process would wait for itself).
static HELD: AtomicUsize = AtomicUsize::new(0);

pub struct StoreLock {
    _file: File,
}

impl StoreLock {
    /// Blocks until the store's write lock is ours.
    pub fn acquire(state_dir: &Path) -> Result<StoreLock> {
        let (file, path) = Self::open(state_dir)?;
        file.lock().map_err(|e| Error::io("lock", &path, e))?;
        HELD.fetch_add(1, Ordering::SeqCst);
        Ok(StoreLock { _file: file })
    }

    /// The lock if no one holds it now; `None` at once otherwise.
    pub fn try_acquire(state_dir: &Path) -> Option<StoreLock> {
        let (file, _) = Self::open(state_dir).ok()?;
        file.try_lock().ok()?;
        HELD.fetch_add(1, Ordering::SeqCst);
        Some(StoreLock { _file: file })
    }

    /// Whether this process holds a store lock.
    pub fn held() -> bool {
        HELD.load(Ordering::SeqCst) > 0
    }

    fn open(state_dir: &Path) -> Result<(File, std::path::PathBuf)> {
        let path = state_dir.join("lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io("open lock file", &path, e))?;
        Ok((file, path))
    }
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        HELD.fetch_sub(1, Ordering::SeqCst);
    }
}
