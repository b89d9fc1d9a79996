//! One write lock per store. The kernel drops it when the holder dies, so a killed
//! writer never blocks the next one.

use std::fs::{File, OpenOptions};
use std::path::Path;

use crate::error::{Error, Result};

pub struct StoreLock {
    _file: File,
}

impl StoreLock {
    /// Blocks until the store's write lock is ours.
    pub fn acquire(state_dir: &Path) -> Result<StoreLock> {
        let path = state_dir.join("lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io("open lock file", &path, e))?;
        file.lock().map_err(|e| Error::io("lock", &path, e))?;
        Ok(StoreLock { _file: file })
    }
}
