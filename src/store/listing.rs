//! The walk's listing kept between runs, beside the index: the record files, the
//! recipients files and every folder, each folder with what identifies its contents as
//! listed (device, inode, modification and change times). A folder's times change
//! whenever a name in it is added, removed or renamed, so when every folder is as kept,
//! the names are too, and a warm read stats a few folders instead of listing 100,000
//! names. Each record file is still looked up by the index, so a file rewritten in place
//! is read again as before.
//!
//! A listing is kept only when every folder's times are older than the walk by
//! [`RACY_NS`](super::index::RACY_NS): a name added in the same clock tick as the walk
//! would leave the times unchanged (git's "racy" rule). It is kept only from a walk
//! without errors, encrypted to the user's own keys like the index, and dropped with it.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Store;
use super::record_io::FileError;
use super::timing;
use crate::crypt::Keyring;

/// What identifies one state of a folder's names without listing them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct FolderKey {
    dev: u64,
    ino: u64,
    mtime_ns: i128,
    ctime_ns: i128,
}

impl FolderKey {
    #[allow(clippy::useless_conversion, clippy::unnecessary_cast)]
    pub(super) fn of(st: &rustix::fs::Stat) -> FolderKey {
        let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
        FolderKey {
            dev: st.st_dev as u64,
            ino: st.st_ino as u64,
            mtime_ns: ns(st.st_mtime as i64, st.st_mtime_nsec as i64),
            ctime_ns: ns(st.st_ctime as i64, st.st_ctime_nsec as i64),
        }
    }

    /// The key of the folder at `path` now; `None` when it is gone or not a folder. The
    /// root is followed if it is a link, as the walk opens it; folders in it are not.
    fn now(path: &Path, follow: bool) -> Option<FolderKey> {
        let flags = if follow {
            rustix::fs::AtFlags::empty()
        } else {
            rustix::fs::AtFlags::SYMLINK_NOFOLLOW
        };
        let st = rustix::fs::statat(rustix::fs::CWD, path, flags).ok()?;
        (rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::Directory)
            .then(|| FolderKey::of(&st))
    }

    /// Whether the folder's names may still change without its times showing it.
    fn is_racy(&self, walk_started_ns: i128) -> bool {
        walk_started_ns - self.mtime_ns.max(self.ctime_ns) <= super::index::RACY_NS
    }
}

/// The listing as written: paths relative to the root, as bytes (names need not be
/// UTF-8); the root is the empty path. Records and recipients files in walk order.
#[derive(Serialize)]
struct Written<'a> {
    folders: Vec<(&'a [u8], FolderKey)>,
    records: Vec<&'a [u8]>,
    recipients: Vec<&'a [u8]>,
}

/// [`Written`] as read, borrowing from the plaintext.
#[derive(Deserialize)]
struct Read<'a> {
    #[serde(borrow)]
    folders: Vec<(&'a [u8], FolderKey)>,
    #[serde(borrow)]
    records: Vec<&'a [u8]>,
    #[serde(borrow)]
    recipients: Vec<&'a [u8]>,
}

impl Store {
    /// [`Store::record_paths`] for a read through the index tagged `tag`: from the kept
    /// listing when no folder changed since it was taken, else from a walk, which is kept
    /// for the next read when it can be (`may_write` is asked first: it takes the lock
    /// index writes hold).
    pub(super) fn record_paths_kept(
        &self,
        keyring: &Keyring,
        tag: &str,
        may_write: impl FnOnce() -> bool,
    ) -> (Vec<PathBuf>, Vec<FileError>) {
        let file = self.listing_path(tag);
        if let Some((records, recipients)) = self.kept_listing(&file, keyring) {
            self.saw_recipients(recipients);
            return (records, Vec::new());
        }
        let started = super::index::now_ns();
        let found = self.walk_sorted();
        let keep = found.errors.is_empty() && !found.folders.iter().any(|(_, k)| k.is_racy(started));
        if keep && may_write() {
            // A cache: one that cannot be written costs the next read a walk, nothing else.
            let _ = self.write_listing(&file, keyring, &found);
        }
        (found.records, found.errors)
    }

    pub(super) fn listing_path(&self, tag: &str) -> PathBuf {
        self.state_dir().join(format!("index-{tag}-listing.age"))
    }

    /// The kept listing's record and recipients files, when it can be read and every
    /// folder in it is as it was listed.
    fn kept_listing(&self, file: &Path, keyring: &Keyring) -> Option<(Vec<PathBuf>, Vec<PathBuf>)> {
        let _phase = timing::phase("walk: kept listing");
        let plain = keyring.decrypt_file(file).ok()?;
        let body = super::index::strip_magic(&plain)?;
        let kept: Read = postcard::from_bytes(body).ok()?;
        let path = |rel: &[u8]| {
            if rel.is_empty() {
                return self.root.clone();
            }
            let mut p = PathBuf::with_capacity(self.root.as_os_str().len() + 1 + rel.len());
            p.push(&self.root);
            p.push(std::ffi::OsStr::from_bytes(rel));
            p
        };
        let unchanged = !kept.folders.is_empty()
            && kept
                .folders
                .iter()
                .all(|(rel, key)| FolderKey::now(&path(rel), rel.is_empty()) == Some(*key));
        if !unchanged {
            return None;
        }
        let records = kept.records.iter().map(|r| path(r)).collect();
        let recipients = kept.recipients.iter().map(|r| path(r)).collect();
        Some((records, recipients))
    }

    fn write_listing(
        &self,
        file: &Path,
        keyring: &Keyring,
        found: &super::scan::Found,
    ) -> crate::error::Result<()> {
        let root = self.root.as_path();
        fn rel<'a>(p: &'a Path, root: &Path) -> Option<&'a [u8]> {
            if p == root {
                return Some(&[]);
            }
            super::plain_rest(p, root).map(|r| r.as_os_str().as_bytes())
        }
        fn rels<'a>(paths: &'a [PathBuf], root: &Path) -> Option<Vec<&'a [u8]>> {
            paths.iter().map(|p| rel(p, root)).collect()
        }
        let (Some(records), Some(recipients), Some(folders)) = (
            rels(&found.records, root),
            rels(&found.recipients, root),
            found
                .folders
                .iter()
                .map(|(p, k)| rel(p, root).map(|r| (r, *k)))
                .collect::<Option<Vec<_>>>(),
        ) else {
            // A path that does not lie plainly under the root is listed by a walk every time.
            return Ok(());
        };
        let written = Written {
            folders,
            records,
            recipients,
        };
        super::index::write_part(file, keyring, &[0; super::index::GENERATION], |out| {
            postcard::to_io(&written, out)
                .map(drop)
                .map_err(std::io::Error::other)
        })
    }
}
