//! One write lock per store. The kernel drops it when the holder dies, so a killed
//! writer never blocks the next one.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::i18n::fl;

/// How many store locks this process holds (a second `flock` of the same file from the
/// same process would wait for itself).
static HELD: AtomicUsize = AtomicUsize::new(0);

pub struct StoreLock {
    _file: File,
}

/// How often a waiting writer tries the lock again.
const RETRY: Duration = Duration::from_millis(25);

impl StoreLock {
    /// The store's write lock, waited for at most `wait`; then an error naming the holder
    /// (pid, command, since when). The holder is written into the lock file for that.
    pub fn acquire(state_dir: &Path, wait: Duration, command: &str) -> Result<StoreLock> {
        let (mut file, path) = Self::open(state_dir)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => std::thread::sleep(RETRY),
                Err(TryLockError::WouldBlock) => {
                    let holder = std::fs::read_to_string(&path).unwrap_or_default();
                    let holder = holder.trim();
                    let holder = if holder.is_empty() {
                        fl!("lock-holder-unknown")
                    } else {
                        holder_said(holder)
                    };
                    return Err(Error::of(
                        crate::error::Kind::Busy,
                        fl!(
                            "error-store-locked",
                            seconds = wait.as_secs().to_string(),
                            holder = holder
                        ),
                    )
                    .hint(fl!("hint-store-locked")));
                }
                Err(TryLockError::Error(e)) => return Err(Error::io("lock", &path, e)),
            }
        }
        // Who holds it, for a writer that has to give up waiting. Best effort: the lock
        // itself is the kernel's, not this text.
        let since = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let note = format!("pid {} (crmfile {command}) since {since}\n", std::process::id());
        let _ = file.set_len(0).and_then(|()| file.write_all(note.as_bytes()));
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

/// The lock file's note (`pid 9588 (crmfile member) since 2026-12-07T09:49:20+08:00`,
/// written by whichever language) in the language of the run; another text as it is.
fn holder_said(note: &str) -> String {
    let parsed = note.strip_prefix("pid ").and_then(|rest| {
        let (pid, rest) = rest.split_once(" (crmfile ")?;
        let (command, since) = rest.split_once(") since ")?;
        Some((pid, command, since))
    });
    match parsed {
        Some((pid, command, since)) => fl!("lock-holder", pid = pid, command = command, since = since),
        None => note.to_string(),
    }
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        HELD.fetch_sub(1, Ordering::SeqCst);
    }
}
