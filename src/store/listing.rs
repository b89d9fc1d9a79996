//! The walk's listing kept between runs, beside the index: the record files, the
//! recipients files and every folder, each folder with what identifies its contents as
//! listed (device, inode, modification and change times). A folder's times change
//! whenever a name in it is added, removed or renamed, so when every folder is as kept,
//! the names are too, and a warm read opens a few folders instead of listing 100,000
//! names. Each record file is still looked up by the index, so a file rewritten in place
//! is read again as before.
//!
//! A listing is kept only:
//! - from a walk without errors;
//! - on a local file system whose folder times are known to follow their names (ext4,
//!   XFS, Btrfs, tmpfs, F2FS, ZFS, overlayfs; Linux), every folder on the root's;
//! - when every folder's times are older than the walk by
//!   [`RACY_NS`](super::index::RACY_NS), by this machine's clock and by the file
//!   system's own (a name added in the same tick of the clock would leave the times as
//!   they were: git's "racy" rule);
//! - when no folder changed between the walk and the write, which takes the store lock
//!   for that moment only (and is skipped when another process holds it).
//!
//! It is encrypted to the user's own keys like the index, and dropped with it. A write
//! takes the store's recipients files from it too, when it is current. A listing older
//! than its root folder's last change is refused from the two files' times, without
//! being decrypted (the first read after every write).

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Store;
use super::record_io::FileError;
use super::scan::PathList;
use super::timing;
use crate::crypt::Keyring;

/// Opens a folder of the store for listing, with its key taken from the open folder
/// before any name is read: the root as the store was opened (a link to it is followed),
/// a folder in it only when it is one, not a link put in its place.
pub(super) fn open_folder(
    path: &Path,
    is_root: bool,
) -> rustix::io::Result<(rustix::fd::OwnedFd, FolderKey)> {
    use rustix::fs::{Mode, OFlags};
    let mut flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    if !is_root {
        flags |= OFlags::NOFOLLOW;
    }
    let fd = rustix::fs::open(path, flags, Mode::empty())?;
    let key = FolderKey::of(&rustix::fs::fstat(&fd)?);
    Ok((fd, key))
}

/// Whether the file system of `folder` keeps folder times that change with every name
/// added, removed or renamed, and seen at once by every reader: local file systems
/// only. Network and FUSE file systems may cache a folder's times or not keep them.
fn keeps_folder_times(folder: impl rustix::fd::AsFd) -> bool {
    #[cfg(target_os = "linux")]
    {
        const LOCAL: &[u64] = &[
            0xEF53,      // ext2, ext3, ext4
            0x5846_5342, // XFS
            0x9123_683E, // Btrfs
            0x0102_1994, // tmpfs
            0xF2F5_2010, // F2FS
            0x2FC1_2FC1, // ZFS
            0x794C_7630, // overlayfs
        ];
        #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
        rustix::fs::fstatfs(folder).is_ok_and(|st| LOCAL.contains(&(st.f_type as u64)))
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = folder;
        false
    }
}

/// What identifies one state of a folder's names without listing them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct FolderKey {
    dev: u64,
    ino: u64,
    mtime_ns: i128,
    ctime_ns: i128,
}

impl FolderKey {
    #[allow(clippy::unnecessary_cast)]
    fn of(st: &rustix::fs::Stat) -> FolderKey {
        let (mtime_ns, ctime_ns) = super::index::times_ns(st);
        FolderKey {
            dev: st.st_dev as u64,
            ino: st.st_ino as u64,
            mtime_ns,
            ctime_ns,
        }
    }

    /// The key of the folder at `path` now, opened as the walk opens it; `None` when it
    /// is gone, not a folder or cannot be opened (the walk then says why).
    fn now(path: &Path, is_root: bool) -> Option<FolderKey> {
        open_folder(path, is_root).ok().map(|(_, key)| key)
    }

    /// Whether the folder's names may still change without its times showing it, for a
    /// walk started at `started_ns`.
    fn is_racy(&self, started_ns: i128) -> bool {
        started_ns - self.mtime_ns.max(self.ctime_ns) <= super::index::RACY_NS
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

/// A listing to keep (see [`Store::keep_listing`]).
struct ToKeep {
    /// Each folder and its key as the walk took it.
    folders: Vec<(PathBuf, FolderKey)>,
    /// The listing as written ([`Written`]).
    plain: Vec<u8>,
}

impl Store {
    /// [`Store::record_paths`] for a read through the index tagged `tag`: from the kept
    /// listing when no folder changed since it was taken, else from a walk, kept for the
    /// next reads when it can be (see [`Store::keep_listing`]).
    pub(super) fn record_paths_kept(&self, keyring: &Keyring, tag: &str) -> (PathList, Vec<FileError>) {
        if let Some((records, recipients)) = self.kept_listing(&self.listing_path(tag), keyring, true) {
            self.saw_recipients(recipients);
            return (records, Vec::new());
        }
        let started = self.walk_start(tag);
        let found = self.walk_in_order();
        let _keep = timing::phase("walk: keep");
        if let Some(keep) = started.and_then(|started| self.to_keep(&found, started)) {
            self.keep_listing(keep, keyring, tag);
        }
        (found.records, found.errors)
    }

    /// When a walk starting now starts, by the earlier of this machine's clock and the
    /// file system's (the time of a file made in `.crmfile/`); `None` when its listing
    /// could not be kept here (not a local file system, or nothing can be written).
    fn walk_start(&self, tag: &str) -> Option<i128> {
        let (root, _) = open_folder(&self.root, true).ok()?;
        if !keeps_folder_times(root) {
            return None;
        }
        let tmp = super::index::temporary(&self.listing_path(tag)).ok()?;
        let (fs_now, _) = super::index::times_ns(&rustix::fs::fstat(tmp.as_file()).ok()?);
        Some(fs_now.min(super::index::now_ns()))
    }

    /// What to keep of a walk started at `started`, when it may be kept.
    fn to_keep(&self, found: &super::scan::Found, started: i128) -> Option<ToKeep> {
        let root = found.folders.iter().find(|(p, _)| *p == self.root)?.1;
        if !found.errors.is_empty()
            || found
                .folders
                .iter()
                .any(|(_, k)| k.dev != root.dev || k.is_racy(started))
        {
            return None;
        }
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
        // A path that does not lie plainly under the root is listed by a walk every time.
        let written = Written {
            folders: found
                .folders
                .iter()
                .map(|(p, k)| rel(p, root).map(|r| (r, *k)))
                .collect::<Option<Vec<_>>>()?,
            records: found
                .records
                .rests_under_root()?
                .map(|rest| super::plain_names(rest).then_some(rest))
                .collect::<Option<_>>()?,
            recipients: rels(&found.recipients, root)?,
        };
        Some(ToKeep {
            folders: found.folders.clone(),
            plain: postcard::to_stdvec(&written).ok()?,
        })
    }

    /// Writes a walk's listing for the next reads, under the store lock for that moment
    /// (not when another process holds it), unless a folder changed since the walk (a
    /// record erased meanwhile is not named again). Written before the scan reads the
    /// records, so its plaintext is gone before the scan's own memory peaks. A cache: one
    /// that cannot be written costs the next read a walk, nothing else.
    fn keep_listing(&self, keep: ToKeep, keyring: &Keyring, tag: &str) {
        let _lock = if super::StoreLock::held() {
            None
        } else {
            match super::StoreLock::try_acquire(&self.state_dir()) {
                Some(lock) => Some(lock),
                None => return,
            }
        };
        if keep
            .folders
            .iter()
            .all(|(p, key)| FolderKey::now(p, *p == self.root) == Some(*key))
        {
            // One file: no other part to be paired with by a generation tag.
            let file = self.listing_path(tag);
            let _ = super::index::write_part(&file, keyring, &[0; super::index::GENERATION], |out| {
                out.write_all(&keep.plain)
            });
        }
    }

    pub(super) fn listing_path(&self, tag: &str) -> PathBuf {
        self.state_dir().join(format!("index-{tag}-listing.age"))
    }

    /// The recipients files of the kept listing, when it is current, noted for
    /// [`Store::recipients_files`]: a write's check of every recipients file then lists no
    /// folder (at 100,000 records that costs more than the rest of a single write).
    pub fn recipients_from_listing(&self, keyring: &Keyring) {
        if self
            .recipients_seen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some()
        {
            return;
        }
        if let Some(tag) = self.index_tag(keyring)
            && let Some((_, recipients)) = self.kept_listing(&self.listing_path(&tag), keyring, false)
        {
            self.saw_recipients(recipients);
        }
    }

    /// The kept listing's record (when `with_records`) and recipients files, when it can be
    /// read and every folder in it is as it was listed.
    fn kept_listing(
        &self,
        file: &Path,
        keyring: &Keyring,
        with_records: bool,
    ) -> Option<(PathList, Vec<PathBuf>)> {
        let _phase = timing::phase("walk: kept listing");
        // A root changed after the listing was written is not as listed (the listing
        // holds folders older than the walk that made it): told without decrypting it,
        // as on the first read after every write.
        let written = rustix::fs::stat(file).ok()?;
        let root = FolderKey::now(&self.root, true)?;
        if root.mtime_ns.max(root.ctime_ns) > super::index::times_ns(&written).0 {
            return None;
        }
        // Read once per command: a write checks the recipients files before its scan.
        let read_before = self.listing_read.lock().unwrap_or_else(|p| p.into_inner()).take();
        let plain = match read_before {
            Some(plain) => plain,
            None => keyring.decrypt_file(file).ok()?,
        };
        let (_, body) = super::index::split_header(&plain)?;
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
        // In one buffer, each path's part under the root, without a path made apiece.
        let mut records = PathList::under(&self.root, 0, 0);
        if with_records {
            let bytes = kept.records.iter().map(|r| r.len()).sum();
            records = PathList::under(&self.root, kept.records.len(), bytes);
            for rel in &kept.records {
                records.push_rest(rel);
            }
        }
        let recipients = kept.recipients.iter().map(|r| path(r)).collect();
        if !with_records {
            // Any read of it is as good as the next: it is checked against the folders
            // each time.
            drop(kept);
            *self.listing_read.lock().unwrap_or_else(|p| p.into_inner()) = Some(plain);
        }
        Some((records, recipients))
    }
}
