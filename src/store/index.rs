//! The index cache: what bulk reads need of every record, encrypted to the user's own
//! keys only, so that `find`, `remind`, `report`, `classify` and `add`'s duplicate check
//! decrypt a few files instead of the whole store.
//!
//! Records are spread over [`SHARDS`] parts by a hash of their path, each part two files:
//! the heads (each record's own fields, and what reminders and receivables read of its
//! logs, [`Projection::Dues`]) and the logs, which only reads of whole records and tallies
//! ([`Projection::Tally`]) decrypt. A change rewrites one part; the parts are decrypted in
//! parallel. The walk's listing is kept beside them (`store::listing`).
//!
//! It is an optimization only. Each entry is keyed by the record file's path, inode,
//! size, modification and change times; a record whose file changed is read again and its
//! entry replaced, an entry whose file is gone is dropped, and an index that is missing,
//! damaged, from another version or not readable with the user's identity is rebuilt.
//! Commands get the same answers with or without it (the tests compare both).
//!
//! The files live in `.crmfile/` (which git ignores) and are named after a hash of the
//! user's public keys, so two people working in one checkout do not overwrite each
//! other's. Set `CRMFILE_INDEX=off` to keep no index on disk.

use std::collections::HashMap;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::{Datelike, FixedOffset, NaiveDate, TimeZone};
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::Digest;
use zeroize::Zeroizing;

use super::record_io::{self, FileError, Loaded};
use super::scan::{self, PathList};
use super::timing::{self, Work};
use super::{Store, StoreLock};
use crate::crypt::{self, Keyring};
use crate::model::date::{Date, Timestamp};
use crate::model::id::{ID_LEN, IdList};
use crate::model::query::{Few, Said};
use crate::model::record::*;
use crate::model::span::Span;

/// First line of the plaintext: the layout, crmfile's version, and the enumerations
/// (stored by position), so an index made by any other build is rebuilt, not misread.
static MAGIC: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    fn names<E: Copy + std::fmt::Display>(all: &[E]) -> String {
        all.iter().map(E::to_string).collect::<Vec<_>>().join(",")
    }
    let enums = [
        names(Kind::ALL),
        names(Tier::ALL),
        names(Lifecycle::ALL),
        names(Stage::ALL),
        names(Channel::ALL),
        names(FeedbackKind::ALL),
        names(FeedbackStatus::ALL),
        names(Role::ALL),
        names(Purpose::ALL),
        names(ConsentStatus::ALL),
        names(Relation::ALL),
        names(PhoneKind::ALL),
    ]
    .join(";");
    let digest = sha2::Sha256::digest(enums.as_bytes());
    let tag: String = crate::crypt::hex(&digest[..8]);
    format!("crmfile-index 12 {} {tag}\n", env!("CARGO_PKG_VERSION")).into_bytes()
});

/// A file changed this recently may change again within the same timestamp tick without
/// its size or times showing it; its entry waits until it is older (git's "racy" rule).
pub(super) const RACY_NS: i128 = 2_000_000_000;

/// The time now, in nanoseconds since 1970, as file times are kept.
pub(super) fn now_ns() -> i128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

/// A decrypted index file written by this build: its generation tag and what follows
/// (the tag after the version line); `None` for another build's or a damaged file.
pub(super) fn split_header(plain: &[u8]) -> Option<([u8; GENERATION], &[u8])> {
    let rest = plain.strip_prefix(MAGIC.as_slice())?;
    Some((rest.get(..GENERATION)?.try_into().ok()?, &rest[GENERATION..]))
}

/// A file's modification and change times, in nanoseconds since 1970.
#[allow(clippy::useless_conversion, clippy::unnecessary_cast)]
pub(super) fn times_ns(st: &rustix::fs::Stat) -> (i128, i128) {
    let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
    (
        ns(st.st_mtime as i64, st.st_mtime_nsec as i64),
        ns(st.st_ctime as i64, st.st_ctime_nsec as i64),
    )
}

/// A new temporary file beside `path`, named as the ones a killed write leaves behind
/// (removed by the next writer under the store lock).
pub(super) fn temporary(path: &Path) -> crate::error::Result<tempfile::NamedTempFile> {
    let dir = path.parent().unwrap_or(Path::new("."));
    tempfile::Builder::new()
        .prefix(".crmfile-tmp-")
        .tempfile_in(dir)
        .map_err(|e| crate::error::Error::io("create a temporary file in", dir, e))
}

/// What identifies one version of a record file without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct FileKey {
    inode: u64,
    size: u64,
    mtime_ns: i128,
    ctime_ns: i128,
}

impl FileKey {
    /// The key of the file at `path` now; `None` when it is gone or not a plain file.
    fn of(path: &Path) -> Option<FileKey> {
        FileKey::at(rustix::fs::CWD, path)
    }

    /// [`FileKey::of`] for `name` in the open folder `dir` (or a path from the working
    /// folder with [`rustix::fs::CWD`]); links are not followed.
    fn at(dir: impl rustix::fd::AsFd, name: impl rustix::path::Arg) -> Option<FileKey> {
        let st = rustix::fs::statat(dir, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).ok()?;
        if rustix::fs::FileType::from_raw_mode(st.st_mode) != rustix::fs::FileType::RegularFile {
            return None;
        }
        let (mtime_ns, ctime_ns) = times_ns(&st);
        #[allow(clippy::unnecessary_cast)]
        Some(FileKey {
            inode: st.st_ino as u64,
            size: st.st_size as u64,
            mtime_ns,
            ctime_ns,
        })
    }
}

/// The folders of the record files, open, so that each file's key is looked up by its
/// name alone rather than by its whole path (the kernel walks one component, not all),
/// and each file's folder, found once by its position in the walk.
struct Folders {
    open: Vec<rustix::fd::OwnedFd>,
    /// For each path of the walk, its folder in `open`; `None` when not held open.
    slot: Vec<Option<u16>>,
}

impl Folders {
    /// At most this many folders are held open, far below the usual limit of 1,024 open
    /// files: the scan still opens records and shards. Files elsewhere are looked up by
    /// their whole path.
    const MAX_OPEN: usize = 256;

    fn open(paths: &PathList) -> Folders {
        use rustix::fs::{Mode, OFlags};
        let mut open = Vec::new();
        let mut by_dir: HashMap<PathBuf, Option<u16>> = HashMap::new();
        // A walk lists a folder's files together: most paths share the last one's folder,
        // told by comparing bytes, without hashing the path.
        let mut last: Option<(PathBuf, Option<u16>)> = None;
        let mut path = PathBuf::new();
        let slot = (0..paths.len())
            .map(|i| {
                paths.get_into(i, &mut path);
                let dir = path.parent()?;
                if let Some((d, s)) = &last
                    && d.as_os_str() == dir.as_os_str()
                {
                    return *s;
                }
                let s = *by_dir.entry(dir.to_path_buf()).or_insert_with(|| {
                    if open.len() >= Self::MAX_OPEN {
                        return None;
                    }
                    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
                    let fd = rustix::fs::open(dir, flags, Mode::empty()).ok()?;
                    open.push(fd);
                    u16::try_from(open.len() - 1).ok()
                });
                last = Some((dir.to_path_buf(), s));
                s
            })
            .collect();
        Folders { open, slot }
    }

    /// The key of the file at position `at` of the walk, `path`, now; `None` when it is
    /// gone or not a plain file.
    fn key(&self, at: usize, path: &Path) -> Option<FileKey> {
        match (self.slot.get(at).copied().flatten(), path.file_name()) {
            (Some(dir), Some(name)) => FileKey::at(&self.open[dir as usize], name),
            _ => FileKey::of(path),
        }
    }
}

/// The head of one entry: which file, which version of it.
#[derive(Serialize)]
struct EntryHead<'a> {
    path: &'a str,
    key: FileKey,
}

/// [`EntryHead`] as read: the path as the bytes it was written as (postcard writes a text
/// and bytes alike), borrowed from the shard, neither copied nor checked as UTF-8: it is
/// only compared with the walk's.
#[derive(Deserialize)]
struct EntryHeadRead<'a> {
    path: &'a [u8],
    key: FileKey,
}

/// The index is split into this many files by a hash of each record's path, so that a
/// change rewrites one part, the parts are decrypted in parallel, and no command holds
/// the whole index in plaintext at once.
const SHARDS: usize = 32;

/// The shard of a record file, from its path relative to the store (FNV-1a).
fn shard_of(rel: &str) -> usize {
    let hash = rel.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (hash % SHARDS as u64) as usize
}

/// How much of each record a bulk read needs from the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Projection {
    /// Everything [`index_view`] keeps.
    Full,
    /// Only the record's own fields, links and custom fields: key people, yearly dates and
    /// the logs (transactions, payments, contacts, feedback, consents) are left empty.
    /// For queries, duplicate checks and filters, which never look at them.
    Head,
    /// The record's own fields and what reminders and receivables read of the rest
    /// ([`crate::model::due::dues_view`]): kept beside the head, so the logs file is not
    /// read. For `remind` and `report --receivables`, whose filters name the record's own
    /// fields only.
    Dues,
    /// The record's own fields and what counts and classification read of its logs:
    /// purchases without their ids, contacts without the next step's words, feedback
    /// without its id, text or handler; key people, yearly dates, payments and consents
    /// come empty. Read from the logs file like [`Projection::Full`], without copying the
    /// texts out of it. For `report` and `classify`.
    Tally,
}

/// One shard as read from disk: the plaintext of its heads file, where each file's head
/// and dues lie in it, and, once read, its logs file.
struct Cached {
    plain: Zeroizing<Vec<u8>>,
    /// Written in both files: a logs file goes with the heads file that has the same.
    generation: [u8; GENERATION],
    /// Each entry's path, head and dues, as ranges of `plain`, and its file's key; in
    /// the order written, which is the walk's.
    entries: Vec<ShardEntry>,
    /// The entry the next lookup most likely asks for: a scan asks for a shard's files
    /// in the walk's order, the order they were written in, so most lookups compare one
    /// path and hash none.
    next: std::cell::Cell<usize>,
    /// Entries by path, made on the first lookup out of order (files added or gone).
    by_path: std::cell::OnceCell<HashMap<Box<[u8]>, usize>>,
    /// The logs file's plaintext and each entry's logs in it, in the entries' order.
    logs: Option<LogsPart>,
}

/// Where the part written at `at` of a shard's plaintext lies: its length, then its
/// bytes (as [`write_shard`] frames them); `None` when cut short.
fn part(plain: &[u8], at: usize) -> Option<Range<usize>> {
    let (len, after): (u32, &[u8]) = postcard::take_from_bytes(plain.get(at..)?).ok()?;
    let start = plain.len() - after.len();
    let end = start
        .checked_add(len as usize)
        .filter(|end| *end <= plain.len())?;
    Some(start..end)
}

/// Where one entry lies in a heads file's plaintext.
struct ShardEntry {
    path: Range<usize>,
    key: FileKey,
    head: Range<usize>,
    dues: Range<usize>,
}

/// A logs file's plaintext and where each entry's logs lie in it.
type LogsPart = (Zeroizing<Vec<u8>>, Vec<Range<usize>>);

/// The length of the random tag that pairs a shard's heads and logs files.
pub(super) const GENERATION: usize = 16;

impl Cached {
    /// Splits a heads file's plaintext into entries; `None` when it is not a whole shard
    /// of this version (it is then rebuilt).
    fn parse(plain: Zeroizing<Vec<u8>>) -> Option<Cached> {
        let (generation, rest) = split_header(&plain)?;
        // An entry takes a few hundred bytes (path, key, head and dues): room for all
        // of them at once, not grown (and copied) a doubling at a time.
        let mut entries = Vec::with_capacity(plain.len() / 256);
        let offset = |part: &[u8]| part.as_ptr() as usize - plain.as_ptr() as usize;
        let mut at = offset(rest);
        while at < plain.len() {
            let (entry, after): (EntryHeadRead, &[u8]) = postcard::take_from_bytes(&plain[at..]).ok()?;
            let path = offset(entry.path)..offset(entry.path) + entry.path.len();
            let head = part(&plain, offset(after))?;
            let dues = part(&plain, head.end)?;
            at = dues.end;
            entries.push(ShardEntry {
                path,
                key: entry.key,
                head,
                dues,
            });
        }
        Some(Cached {
            plain,
            generation,
            entries,
            next: std::cell::Cell::new(0),
            by_path: std::cell::OnceCell::new(),
            logs: None,
        })
    }

    /// Adds the logs file's plaintext; `false` (and no logs) when it is not the one
    /// written with the heads file (a write was cut between the two) or is damaged.
    fn add_logs(&mut self, plain: Zeroizing<Vec<u8>>) -> bool {
        let ranges = (|| {
            let (generation, rest) = split_header(&plain)?;
            if generation != self.generation {
                return None;
            }
            let mut ranges = Vec::with_capacity(self.entries.len());
            let mut at = plain.len() - rest.len();
            while at < plain.len() {
                let logs = part(&plain, at)?;
                at = logs.end;
                ranges.push(logs);
            }
            (ranges.len() == self.entries.len()).then_some(ranges)
        })();
        match ranges {
            Some(ranges) => {
                self.logs = Some((plain, ranges));
                true
            }
            None => false,
        }
    }

    /// Which entry is `path`'s, when it is for this version of the file.
    fn entry(&self, path: &str, key: FileKey) -> Option<usize> {
        let at = self.find(path.as_bytes())?;
        (self.entries[at].key == key).then_some(at)
    }

    /// An entry's head.
    fn head(&self, at: usize) -> &[u8] {
        &self.plain[self.entries[at].head.clone()]
    }

    /// What reminders read of an entry's logs ([`Projection::Dues`]).
    fn dues(&self, at: usize) -> &[u8] {
        &self.plain[self.entries[at].dues.clone()]
    }

    /// An entry's logs, when the logs file was read.
    fn logs(&self, at: usize) -> Option<&[u8]> {
        self.logs
            .as_ref()
            .map(|(plain, ranges)| &plain[ranges[at].clone()])
    }

    /// Where the entry of `path` is: the one after the last found when it is that one,
    /// else looked up by path.
    fn find(&self, path: &[u8]) -> Option<usize> {
        let next = self.next.get();
        let at = match self.entries.get(next) {
            Some(e) if self.plain[e.path.clone()] == *path => next,
            _ => *self
                .by_path
                .get_or_init(|| {
                    let mut by_path = HashMap::with_capacity(self.entries.len());
                    for (i, e) in self.entries.iter().enumerate() {
                        by_path.entry(self.plain[e.path.clone()].into()).or_insert(i);
                    }
                    by_path
                })
                .get(path)?,
        };
        self.next.set(at + 1);
        Some(at)
    }
}

/// One record file's entry in the shard to be written.
enum Entry {
    /// The entry at this place in the shard read.
    Old(usize),
    New(Encoded),
}

/// What one record file gave this scan: what the command kept, its entry (`None` for a
/// file replaced while it was read: it is read again next time), and whether the file
/// was decrypted. Its id is its file's name (a load checks they agree, and the index
/// holds only what loaded).
type Scanned<T> = std::result::Result<(Option<T>, Option<(FileKey, Entry)>, bool), Box<FileError>>;

/// Whether this scan may write shards: decided once, by the first shard that changed.
enum IndexLock {
    /// This process held the store lock already (a writer running the scan).
    Held,
    /// Taken for this scan; released when it ends.
    Taken(#[allow(dead_code)] StoreLock),
    /// Another process holds it: the shards are left as they are.
    Busy,
}

impl Store {
    /// Where this user's index lives (`index-TAG-NN.age` in `.crmfile/`, NN the shard),
    /// as the path of shard 0's prefix, or `None` when the keys give no public key to
    /// encrypt it to or `CRMFILE_INDEX=off`.
    pub(super) fn index_tag(&self, keyring: &Keyring) -> Option<String> {
        if std::env::var("CRMFILE_INDEX").is_ok_and(|v| v == "off" || v == "0") {
            return None;
        }
        if keyring.public_keys.is_empty() {
            return None;
        }
        let mut keys = keyring.public_keys.clone();
        keys.sort();
        let digest = sha2::Sha256::digest(keys.join("\n").as_bytes());
        Some(crate::crypt::hex(&digest[..8]))
    }

    /// The two files of a shard: the records' heads (with each file's key, and each
    /// record's dues), and their logs, which only reads of whole records decrypt.
    fn shard_paths(&self, tag: &str, shard: usize) -> [PathBuf; 2] {
        [
            self.state_dir().join(format!("index-{tag}-{shard:02}.age")),
            self.state_dir().join(format!("index-{tag}-{shard:02}-logs.age")),
        ]
    }

    /// Removes every user's index in this store (after an erasure: no cached copy stays).
    /// Called under the store lock, which index writes take too.
    pub fn drop_indexes(&self) {
        self.remove_temporaries();
        let Ok(entries) = std::fs::read_dir(self.state_dir()) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("index-") && name.ends_with(".age") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// Temporary files left in `.crmfile/` by writes that were killed. Only called under
    /// the store lock, which every writer there holds: none of them is being written.
    fn remove_temporaries(&self) {
        let Ok(entries) = std::fs::read_dir(self.state_dir()) else {
            return;
        };
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(".crmfile-tmp-") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// The names of this user's index files now in `.crmfile/`.
    fn index_files(&self, tag: &str) -> Vec<String> {
        let prefix = format!("index-{tag}");
        std::fs::read_dir(self.state_dir())
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with(&prefix) && n.ends_with(".age"))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every record as the index keeps it (see [`index_view`] and [`Projection`]), through
    /// `f`, which keeps what the command needs: from the index for files that did not
    /// change, decrypted for the others, shard by shard in parallel. Each shard is brought
    /// up to date on the way. `f` is told where the record's path is in the list of paths
    /// returned (the records this keyring may read, in the walk's order), so what keeps a
    /// result per record can keep a number instead of a path. Returns that list, what `f`
    /// kept (in the walk's order), the ids of every record seen, and the files that could
    /// not be used.
    pub fn scan_indexed<T: Send>(
        &self,
        keyring: &Keyring,
        projection: Projection,
        pre: Option<&Prefilter<'_>>,
        f: impl Fn(u32, &Path, Customer, Passed) -> Option<T> + Sync,
    ) -> (PathList, Vec<T>, IdList, Vec<FileError>) {
        if std::mem::size_of::<T>() > scan::INLINE {
            let (paths, boxed, ids, errors) =
                self.scan_slots(keyring, projection, pre, |at, path, c, passed| {
                    f(at, path, c, passed).map(Box::new)
                });
            return (paths, scan::unboxed(boxed), ids, errors);
        }
        self.scan_slots(keyring, projection, pre, f)
    }

    /// [`Store::scan_indexed`] with each result in a slot of one list, whatever its size.
    fn scan_slots<T: Send>(
        &self,
        keyring: &Keyring,
        projection: Projection,
        pre: Option<&Prefilter<'_>>,
        f: impl Fn(u32, &Path, Customer, Passed) -> Option<T> + Sync,
    ) -> (PathList, Vec<T>, IdList, Vec<FileError>) {
        let Some(tag) = self.index_tag(keyring) else {
            // No index: every record is read in full (the reference the tests compare with).
            return self.scan_listed(keyring, false, |at, l| {
                f(at, &l.path, l.customer, Passed::Untested)
            });
        };
        let started = now_ns();
        let lock = std::sync::OnceLock::new();
        let walk = timing::phase("walk");
        let list = timing::phase("walk: list");
        let (paths, mut errors) = self.record_paths_kept(keyring, &tag);
        let paths = self.readable_in(paths, keyring);
        drop(list);
        let _prepare = timing::phase("walk: shards and folders");
        // Each file's name in the store is made from its path where it is needed (for
        // names in UTF-8, as they all are, without copying it), not kept for every file.
        let mut shards: Vec<Vec<u32>> = vec![Vec::new(); SHARDS];
        let mut record = PathBuf::new();
        for i in 0..paths.len() {
            paths.get_into(i, &mut record);
            shards[shard_of(&self.rel(&record))]
                .push(u32::try_from(i).expect("fewer than 4 billion records"));
        }
        let on_disk = self.index_files(&tag);
        let folders = Folders::open(&paths);
        // What `f` keeps goes straight to its place in the walk's order.
        let slots = scan::Slots::new(paths.len());
        drop(_prepare);
        drop(walk);

        let _records = timing::phase("records");
        let failed: Vec<Vec<(usize, FileError)>> = shards
            .par_iter()
            .enumerate()
            .map(|(shard, positions)| {
                let [path, logs_path] = self.shard_paths(&tag, shard);
                let on_disk = |p: &Path| {
                    p.file_name()
                        .is_some_and(|n| on_disk.iter().any(|d| n == d.as_str()))
                };
                let exists = on_disk(&path) || on_disk(&logs_path);
                let read_logs = |c: &mut Cached| {
                    timing::time(Work::Shards, || {
                        keyring
                            .decrypt_file(&logs_path)
                            .ok()
                            .is_some_and(|plain| c.add_logs(plain))
                    })
                };
                let mut cached = if exists && !positions.is_empty() {
                    timing::time(Work::Shards, || {
                        keyring.decrypt_file(&path).ok().and_then(Cached::parse)
                    })
                } else {
                    None
                };
                // A read of whole records needs the logs too: without them (or with logs
                // from another write), the shard is rebuilt.
                if matches!(projection, Projection::Full | Projection::Tally)
                    && cached.as_mut().is_some_and(|c| !read_logs(c))
                {
                    cached = None;
                }
                // One thread per shard: with many more shards than cores the work stays
                // balanced, and only as many shards as threads are in memory at once.
                // Each record's path is made in one buffer (`path` is the shard's).
                let mut record = PathBuf::new();
                let results: Vec<(usize, Scanned<T>)> = positions
                    .iter()
                    .map(|&i| {
                        let i = i as usize;
                        paths.get_into(i, &mut record);
                        (
                            i,
                            self.scan_one(
                                i,
                                &record,
                                &self.rel(&record),
                                &folders,
                                cached.as_ref(),
                                keyring,
                                projection,
                                pre,
                                started,
                                &f,
                            ),
                        )
                    })
                    .collect();
                // A record read again changes the shard only when its entry can be kept;
                // entries of files that are gone are dropped by writing it again.
                let kept = results
                    .iter()
                    .filter(|(_, r)| matches!(r, Ok((_, Some(_), _))))
                    .count();
                let changed = if positions.is_empty() {
                    exists
                } else {
                    cached.as_ref().is_none_or(|c| c.entries.len() != kept)
                        || results.iter().any(|(_, r)| matches!(r, Ok((_, Some(_), true))))
                };
                if changed && self.lock_for_index(&lock) {
                    // Entries kept from the shard read are written with their logs: a
                    // read of heads alone reads them now. Logs it cannot read (gone, or
                    // from another write) leave the part unwritable: it is removed, and
                    // the next read builds it again, rather than every read decrypting
                    // the records that changed.
                    let has_old = results
                        .iter()
                        .any(|(_, r)| matches!(r, Ok((_, Some((_, Entry::Old(_))), _))));
                    let no_logs =
                        has_old && !cached.as_mut().is_some_and(|c| c.logs.is_some() || read_logs(c));
                    // A cache that cannot be written costs speed next time, nothing else.
                    if positions.is_empty() || no_logs {
                        let _ = std::fs::remove_file(&path);
                        let _ = std::fs::remove_file(&logs_path);
                    } else {
                        let entries: Vec<ToWrite<String>> = results
                            .iter()
                            .filter_map(|(i, r)| match r {
                                Ok((_, Some((key, entry)), _)) => Some((*i, *key, entry)),
                                _ => None,
                            })
                            .filter_map(|(i, key, entry)| {
                                let file = paths.get(i);
                                // Only entries whose files are still as they were read: a record
                                // deleted meanwhile (`forget`) does not come back through the cache.
                                if folders.key(i, &file) != Some(key) {
                                    return None;
                                }
                                let parts = match entry {
                                    Entry::Old(at) => {
                                        let c = cached.as_ref().expect("old entries come from the shard");
                                        // Never missing here: without logs nothing is written.
                                        [c.head(*at), c.dues(*at), c.logs(*at)?]
                                    }
                                    Entry::New(e) => [e.head(), e.dues(), e.logs()],
                                };
                                Some((self.rel(&file).into_owned(), key, parts))
                            })
                            .collect();
                        let _ = write_shard([&path, &logs_path], keyring, &entries);
                    }
                }
                // Only what the command kept leaves the shard; its plaintext and new
                // entries are dropped (and zeroized) here.
                let mut failed = Vec::new();
                for (i, r) in results {
                    match r {
                        Ok((Some(item), _, _)) => slots.put(i, item),
                        Ok((None, _, _)) => {}
                        // Unreadable files have no entry; an entry they had was dropped.
                        Err(e) => failed.push((i, *e)),
                    }
                }
                failed
            })
            .collect();
        drop(_records);
        timing::report_work();

        // In the walk's order, as a scan without the index gives them.
        let items = slots.into_items();
        let mut failed: Vec<(usize, FileError)> = failed.into_iter().flatten().collect();
        failed.sort_unstable_by_key(|(i, _)| *i);
        // Every file read but those that failed, named by its file.
        let mut ids =
            IdList::with_capacity(paths.len() - failed.len(), (paths.len() - failed.len()) * ID_LEN);
        let mut next_failed = failed.iter().map(|(i, _)| *i).peekable();
        for i in 0..paths.len() {
            if next_failed.next_if_eq(&i).is_none() {
                ids.push(crate::model::id::id_of_path(paths.rest(i)).unwrap_or_default());
            }
        }
        errors.extend(failed.into_iter().map(|(_, e)| e));
        // The single-file index of earlier versions, and shards of another count: files
        // of this user's that are neither a shard nor the listing.
        let own: Vec<PathBuf> = (0..SHARDS)
            .flat_map(|s| self.shard_paths(&tag, s))
            .chain([self.listing_path(&tag)])
            .collect();
        let stale: Vec<&String> = on_disk
            .iter()
            .filter(|n| !own.iter().any(|p| p.file_name().is_some_and(|f| f == n.as_str())))
            .collect();
        if !stale.is_empty() && self.lock_for_index(&lock) {
            for name in stale {
                let _ = std::fs::remove_file(self.state_dir().join(name));
            }
        }
        (paths, items, ids, errors)
    }

    /// Takes the store lock for writing index shards, once per scan: `true` when this
    /// process holds it (a writer running the scan holds it already), `false` when another
    /// process does (the index is then not written this time).
    fn lock_for_index(&self, lock: &std::sync::OnceLock<IndexLock>) -> bool {
        let state = lock.get_or_init(|| {
            if StoreLock::held() {
                return IndexLock::Held;
            }
            match StoreLock::try_acquire(&self.state_dir()) {
                Some(guard) => {
                    self.remove_temporaries();
                    IndexLock::Taken(guard)
                }
                None => IndexLock::Busy,
            }
        });
        !matches!(state, IndexLock::Busy)
    }

    /// One record file of a scan: from its shard's entry when the file is as indexed,
    /// else decrypted, checked and turned into what the index would hold.
    #[allow(clippy::too_many_arguments)]
    fn scan_one<T>(
        &self,
        at: usize,
        path: &Path,
        rel: &str,
        folders: &Folders,
        cached: Option<&Cached>,
        keyring: &Keyring,
        projection: Projection,
        pre: Option<&Prefilter<'_>>,
        started: i128,
        f: &(impl Fn(u32, &Path, Customer, Passed) -> Option<T> + Sync),
    ) -> Scanned<T> {
        let at32 = u32::try_from(at).expect("fewer than 4 billion records");
        let key = timing::time(Work::Stat, || folders.key(at, path));
        if let (Some(c), Some(key)) = (cached, key)
            && let Some(entry) = c.entry(rel, key)
        {
            let head = c.head(entry);
            // A record the prefilter turns down is never decoded.
            let mut passed = Passed::Untested;
            if let Some(pre) = pre
                && let Some(said) = timing::time(Work::Decode, || head_start(head).map(HeadStart::said))
            {
                if !timing::time(Work::Command, || pre(&said)) {
                    return Ok((None, Some((key, Entry::Old(entry))), false));
                }
                passed = Passed::Yes;
            }
            // A whole record needs the logs, which a shard read for it always has.
            let logs = match projection {
                Projection::Full => c.logs(entry).map(Read::Logs),
                Projection::Tally => c.logs(entry).map(Read::Tally),
                Projection::Dues => Some(Read::Logs(c.dues(entry))),
                Projection::Head => Some(Read::Head),
            };
            if let Some(customer) = logs.and_then(|logs| timing::time(Work::Decode, || decode(head, logs))) {
                let kept = timing::time(Work::Command, || f(at32, path, customer, passed));
                return Ok((kept, Some((key, Entry::Old(entry))), false));
            }
        }
        let Loaded { customer, .. } =
            timing::time(Work::Records, || record_io::load(path, keyring, false)).map_err(Box::new)?;
        // What the index would hold, so the answer is the same read either way; a record
        // the index cannot hold exactly is passed whole and not cached, and so is one
        // flagged for carrying no seal, so every read flags it again.
        let encoded = encode(&customer).filter(|_| !keyring.not_checked(path));
        let Some((bytes, view)) = encoded.and_then(|e| e.decode(projection).map(|v| (e, v))) else {
            return Ok((f(at32, path, customer, Passed::Untested), None, true));
        };
        let entry = key
            .filter(|k| folders.key(at, path) == Some(*k))
            .filter(|k| started - k.mtime_ns.max(k.ctime_ns) > RACY_NS)
            .map(|k| (k, Entry::New(bytes)));
        Ok((f(at32, path, view, Passed::Untested), entry, true))
    }
}

/// One entry of a shard to write: its file's name in the store, the file's key, and the
/// entry's head, dues and logs.
type ToWrite<'a, N> = (N, FileKey, [&'a [u8]; 3]);

/// Writes one shard's two files, heads (with each entry's dues) and logs, encrypted to
/// the user's own keys only, in place of the old ones; both carry a new random tag, so a
/// logs file is never read with heads written at another time.
fn write_shard(
    [heads, logs]: [&Path; 2],
    keyring: &Keyring,
    entries: &[ToWrite<impl AsRef<str>>],
) -> crate::error::Result<()> {
    let generation: [u8; GENERATION] = rand::random();
    let mut bytes = Vec::new();
    // Each part is its length, then its bytes; a heads file's entries start with the
    // file's path and key.
    let mut frame = |out: &mut dyn Write, head: Option<&EntryHead>, parts: &[&[u8]]| {
        bytes.clear();
        if let Some(head) = head {
            postcard::to_io(head, &mut bytes).expect("writing to memory");
        }
        out.write_all(&bytes)?;
        parts.iter().try_for_each(|part| {
            let len = u32::try_from(part.len()).expect("a record entry is far below 4 GiB");
            bytes.clear();
            postcard::to_io(&len, &mut bytes).expect("writing to memory");
            out.write_all(&bytes)?;
            out.write_all(part)
        })
    };
    // Logs first: heads written with no logs yet are the smaller loss if a write is cut.
    write_part(logs, keyring, &generation, |out| {
        entries
            .iter()
            .try_for_each(|(_, _, [_, _, logs])| frame(out, None, &[logs]))
    })?;
    write_part(heads, keyring, &generation, |out| {
        entries.iter().try_for_each(|(rel, key, [head, dues, _])| {
            let path = rel.as_ref();
            frame(out, Some(&EntryHead { path, key: *key }), &[head, dues])
        })
    })
}

/// Writes one file of a shard: the version line, the shard's tag, then what `body`
/// writes, encrypted as it is written, so the plaintext is never whole in memory twice.
pub(super) fn write_part(
    path: &Path,
    keyring: &Keyring,
    generation: &[u8; GENERATION],
    body: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> crate::error::Result<()> {
    use crate::error::Error;
    let tmp = temporary(path)?;
    let own = crypt::parse_recipients(&keyring.public_keys.join("\n"), path)?;
    // A cache: no fsync; a shard torn by a crash fails to decrypt and is rebuilt.
    let failed = |e: std::io::Error| Error::io("write", tmp.path(), e);
    let mut out = crypt::encrypting_writer(&own, std::io::BufWriter::new(tmp.as_file()))?;
    out.write_all(&MAGIC).map_err(failed)?;
    out.write_all(generation).map_err(failed)?;
    body(&mut out).map_err(failed)?;
    out.finish().and_then(|mut w| w.flush()).map_err(failed)?;
    tmp.persist(path)
        .map(drop)
        .map_err(|e| Error::io("replace", path, e.error))
}

/// What the index keeps of a record: every field a `--where` condition or a query can
/// name, the classification and follow-up, key people's and yearly dates, and of the
/// logs only what reminders, classification and reports count. Texts of contacts and
/// feedback (but an open complaint's), transaction details, notes on people, merge
/// conflicts and keys this build does not know are left out.
pub fn index_view(mut c: Customer) -> Customer {
    c.conflicts.clear();
    c.unknown = None;
    for p in &mut c.key_people {
        p.phone = None;
        p.email = None;
        p.notes = None;
    }
    for t in &mut c.transactions {
        // A purchase on account keeps its id: payments may name it.
        if t.due.is_none() {
            t.id.clear();
        }
        t.product = None;
        t.quantity = None;
        t.payment = None;
        t.reference = None;
    }
    for p in &mut c.payments {
        p.id.clear();
        p.method = None;
        p.reference = None;
        p.by = None;
    }
    let next = c.follow_up.next;
    for k in &mut c.contacts {
        k.id.clear();
        k.direction = None;
        k.outcome = None;
        // The entry that set the next step keeps its text: reminders say what it is.
        if next.is_none() || k.next != next {
            k.summary.clear();
            k.next = None;
        }
    }
    for l in &mut c.links {
        l.note = None;
    }
    // Bulk commands never read documents: `audit` and `attachment` read the record.
    c.attachments.clear();
    for k in &mut c.consents {
        k.id.clear();
        k.scope = None;
        k.channel = None;
        k.evidence = None;
        k.by = None;
    }
    for f in &mut c.feedback {
        if !(f.kind == FeedbackKind::Complaint && f.status.is_unresolved()) {
            f.text.clear();
        }
        f.resolution = None;
        f.callback_note = None;
    }
    c
}

/// An instant to the second with its UTC offset.
#[derive(Serialize, Deserialize)]
struct At(i64, i32);

impl From<Timestamp> for At {
    fn from(t: Timestamp) -> At {
        At(t.0.timestamp(), t.0.offset().local_minus_utc())
    }
}

impl At {
    fn get(&self) -> Option<Timestamp> {
        let offset = FixedOffset::east_opt(self.1)?;
        offset.timestamp_opt(self.0, 0).single().map(Timestamp)
    }
}

/// A Chinese calendar date from its entry: year, month, leap, day.
fn lunar_date((year, month, leap, day): LunarEntry) -> crate::model::lunar::LunarDate {
    crate::model::lunar::LunarDate {
        calendar: crate::model::lunar::CalendarName::Chinese,
        year,
        month,
        leap,
        day,
    }
}

fn lunar_entry(l: crate::model::lunar::LunarDate) -> LunarEntry {
    (l.year, l.month, l.leap, l.day)
}

/// A Chinese calendar date: year (when known), month, leap, day.
type LunarEntry = (Option<i32>, u8, bool, u8);

fn day(d: Date) -> i32 {
    d.0.num_days_from_ce()
}

fn from_day(n: i32) -> Option<Date> {
    NaiveDate::from_num_days_from_ce_opt(n).map(Date)
}

fn from_opt_day(n: Option<i32>) -> Option<Option<Date>> {
    n.map(from_day).map_or(Some(None), |d| d.map(Some))
}

/// A feedback entry: id, date, kind, rating, text, status, resolved, handler, the days of
/// due, started, callback due and callback done, and the callback's rating.
type FeedbackEntry = (
    String,
    i32,
    FeedbackKind,
    Option<u8>,
    String,
    FeedbackStatus,
    Option<i32>,
    Option<String>,
    [Option<i32>; 4],
    Option<u8>,
);

/// A yearly date: id, label, date, lunar (year, month, leap, day).
type DateEntry = (String, String, i32, Option<LunarEntry>);

/// A key person: id, name, role, birthday, lunar birthday (year, month, leap, day).
type PersonEntry = (String, String, Role, Option<i32>, Option<LunarEntry>);

/// A transaction: id (on account only), date, amount, currency, due, over limit.
type TransactionEntry = (String, i32, [u8; 16], String, Option<i32>, bool);

/// A payment: date, amount, currency, the purchase it pays.
type PaymentEntry = (i32, [u8; 16], String, Option<String>);

/// A consent: purpose, status, date.
type ConsentEntry = (Purpose, ConsentStatus, i32);

/// A contact: at, channel, by, and the next step it set with its text.
type ContactEntryRow = (At, Channel, Option<String>, Option<(i32, String)>);

/// The first part of an entry: the record's own fields, what queries and filters read.
#[derive(Serialize, Deserialize)]
struct Head {
    id: String,
    name: String,
    kind: Kind,
    gender: Option<String>,
    company: Option<String>,
    title: Option<String>,
    birthday: Option<i32>,
    /// year, month, leap, day
    lunar_birthday: Option<LunarEntry>,
    industry: Option<String>,
    region: Option<String>,
    size: Option<String>,
    tags: Vec<String>,
    owner: Option<String>,
    source: Option<String>,
    reference: Option<String>,
    created: At,
    updated: At,
    phones: Vec<(String, PhoneKind)>,
    emails: Vec<String>,
    wechat: Option<String>,
    qq: Option<String>,
    address: Option<String>,
    channel: Option<Channel>,
    products: Vec<String>,
    notes: Option<String>,
    tier: Option<Tier>,
    lifecycle: Option<Lifecycle>,
    rfm: Option<String>,
    stage: Option<Stage>,
    pin: bool,
    classified: Option<i32>,
    cadence: Option<Span>,
    next: Option<i32>,
    verified: Option<i32>,
    /// limit, rating, terms
    credit: (Option<[u8; 16]>, Option<String>, Option<u32>),
    /// to, as
    links: Vec<(String, Relation)>,
    /// Custom fields as TOML text.
    extra: String,
}

/// A test of what is said of a record ([`Said`]) that lets a scan skip decoding the
/// entries it turns down; it must be false only where the scan's own test is false.
pub type Prefilter<'p> = dyn Fn(&Said) -> bool + Sync + 'p;

/// Whether a record handed to a scan's function has passed its [`Prefilter`] (records
/// read from their files, and scans without one, are untested).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Passed {
    Yes,
    Untested,
}

/// The first fields of an entry's [`Head`], in its order, borrowed from the shard: what
/// [`Said`] holds, read without decoding (or copying) the rest of the entry.
#[derive(Deserialize)]
struct HeadStart<'a> {
    id: &'a str,
    name: &'a str,
    _kind: Kind,
    #[serde(borrow)]
    _gender: Option<&'a str>,
    #[serde(borrow)]
    company: Option<&'a str>,
    #[serde(borrow)]
    _title: Option<&'a str>,
    _birthday: Option<i32>,
    _lunar_birthday: Option<LunarEntry>,
    #[serde(borrow)]
    _industry: Option<&'a str>,
    #[serde(borrow)]
    _region: Option<&'a str>,
    #[serde(borrow)]
    _size: Option<&'a str>,
    #[serde(borrow)]
    tags: Few<&'a str>,
    #[serde(borrow)]
    owner: Option<&'a str>,
    #[serde(borrow)]
    _source: Option<&'a str>,
    #[serde(borrow)]
    reference: Option<&'a str>,
    _created: At,
    _updated: At,
    #[serde(borrow)]
    phones: Few<(&'a str, PhoneKind)>,
    #[serde(borrow)]
    emails: Few<&'a str>,
    #[serde(borrow)]
    wechat: Option<&'a str>,
    #[serde(borrow)]
    qq: Option<&'a str>,
    #[serde(borrow)]
    address: Option<&'a str>,
}

impl<'a> HeadStart<'a> {
    fn said(self) -> Said<'a> {
        Said {
            id: self.id,
            name: self.name,
            company: self.company,
            reference: self.reference,
            emails: self.emails,
            wechat: self.wechat,
            qq: self.qq,
            address: self.address,
            phones: self.phones.into_iter().map(|(number, _)| number).collect(),
            tags: self.tags,
            owner: self.owner,
        }
    }
}

/// The start of an entry's head; `None` when it does not read as one.
fn head_start(bytes: &[u8]) -> Option<HeadStart<'_>> {
    postcard::take_from_bytes(bytes).ok().map(|(start, _)| start)
}

/// The logs of an entry, after [`Head`]: what only reminders, classification and reports
/// read, skipped by a [`Projection::Head`] read. Written twice: whole (the logs file),
/// and of the record's [`crate::model::due::dues_view`] (beside the head).
#[derive(Serialize, Deserialize)]
struct Logs {
    /// id, name, role, birthday, lunar birthday (year, month, leap, day)
    people: Vec<PersonEntry>,
    /// id, label, date, lunar (year, month, leap, day)
    dates: Vec<DateEntry>,
    transactions: Vec<TransactionEntry>,
    payments: Vec<PaymentEntry>,
    contacts: Vec<ContactEntryRow>,
    feedback: Vec<FeedbackEntry>,
    consents: Vec<ConsentEntry>,
}

/// [`Logs`] as read: each list straight into the record's own entries, row by row, with
/// no list of rows in between (the same bytes: the fields and rows in the same order).
#[derive(Deserialize)]
struct LogsRead {
    people: Rows<PersonEntry, KeyPerson>,
    dates: Rows<DateEntry, ImportantDate>,
    transactions: Rows<TransactionEntry, Transaction>,
    payments: Rows<PaymentEntry, Payment>,
    contacts: Rows<ContactEntryRow, ContactEntry>,
    feedback: Rows<FeedbackEntry, Feedback>,
    consents: Rows<ConsentEntry, Consent>,
}

/// A row of a log as the index writes it, and the entry it is read back as; `None` when
/// a day or time in it is out of range.
trait Row<'de, T>: Deserialize<'de> {
    fn entry(self) -> Option<T>;
}

/// A list of `T` written as rows of `E`.
struct Rows<E, T>(Vec<T>, std::marker::PhantomData<E>);

impl<'de, E: Row<'de, T>, T> Deserialize<'de> for Rows<E, T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Each<E, T>(std::marker::PhantomData<(E, T)>);
        impl<'de, E: Row<'de, T>, T> serde::de::Visitor<'de> for Each<E, T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of log entries")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                // The count is the entry's own: bounded, so a damaged one cannot reserve much.
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while let Some(row) = seq.next_element::<E>()? {
                    let entry = row
                        .entry()
                        .ok_or_else(|| serde::de::Error::custom("a day or time out of range"))?;
                    out.push(entry);
                }
                Ok(out)
            }
        }
        d.deserialize_seq(Each::<E, T>(std::marker::PhantomData))
            .map(|rows| Rows(rows, std::marker::PhantomData))
    }
}

impl Row<'_, KeyPerson> for PersonEntry {
    fn entry(self) -> Option<KeyPerson> {
        let (id, name, role, birthday, lunar) = self;
        Some(KeyPerson {
            id,
            name,
            role,
            birthday: from_opt_day(birthday)?,
            lunar_birthday: lunar.map(lunar_date),
            phone: None,
            email: None,
            notes: None,
        })
    }
}

impl Row<'_, ImportantDate> for DateEntry {
    fn entry(self) -> Option<ImportantDate> {
        let (id, label, date, lunar) = self;
        Some(ImportantDate {
            id,
            label,
            date: from_day(date)?,
            lunar: lunar.map(lunar_date),
        })
    }
}

impl Row<'_, Transaction> for TransactionEntry {
    fn entry(self) -> Option<Transaction> {
        let (id, date, amount, currency, due, over_limit) = self;
        Some(Transaction {
            id,
            date: from_day(date)?,
            product: None,
            quantity: None,
            amount: Decimal::deserialize(amount),
            currency,
            payment: None,
            reference: None,
            due: from_opt_day(due)?,
            over_limit,
        })
    }
}

impl Row<'_, Payment> for PaymentEntry {
    fn entry(self) -> Option<Payment> {
        let (date, amount, currency, applies_to) = self;
        Some(Payment {
            id: String::new(),
            date: from_day(date)?,
            amount: Decimal::deserialize(amount),
            currency,
            applies_to,
            method: None,
            reference: None,
            by: None,
        })
    }
}

impl Row<'_, ContactEntry> for ContactEntryRow {
    fn entry(self) -> Option<ContactEntry> {
        let (at, channel, by, next) = self;
        let (next, summary) = match next {
            Some((n, summary)) => (Some(from_day(n)?), summary),
            None => (None, String::new()),
        };
        Some(ContactEntry {
            id: String::new(),
            at: at.get()?,
            channel,
            direction: None,
            by,
            summary,
            outcome: None,
            next,
        })
    }
}

impl Row<'_, Feedback> for FeedbackEntry {
    fn entry(self) -> Option<Feedback> {
        let (id, date, kind, rating, text, status, resolved, handler, days, callback_rating) = self;
        let [due, started, callback_due, callback_done] = days.map(from_opt_day);
        Some(Feedback {
            id,
            date: from_day(date)?,
            kind,
            rating,
            text,
            status,
            resolved: from_opt_day(resolved)?,
            resolution: None,
            handler,
            due: due?,
            started: started?,
            callback_due: callback_due?,
            callback_done: callback_done?,
            callback_note: None,
            callback_rating,
        })
    }
}

impl Row<'_, Consent> for ConsentEntry {
    fn entry(self) -> Option<Consent> {
        let (purpose, status, date) = self;
        Some(Consent {
            id: String::new(),
            purpose,
            status,
            date: from_day(date)?,
            scope: None,
            channel: None,
            evidence: None,
            by: None,
        })
    }
}

/// [`Logs`] as a tally reads them ([`Projection::Tally`]): the same bytes, in the same
/// order; what it leaves out is read in place (borrowed from the shard, not copied) and
/// dropped.
#[derive(Deserialize)]
struct LogsTally<'a> {
    #[serde(borrow)]
    _people: Skipped<PersonTally<'a>>,
    #[serde(borrow)]
    _dates: Skipped<DateTally<'a>>,
    #[serde(borrow)]
    transactions: Rows<TransactionTally<'a>, Transaction>,
    #[serde(borrow)]
    _payments: Skipped<PaymentTally<'a>>,
    #[serde(borrow)]
    contacts: Rows<ContactTally<'a>, ContactEntry>,
    #[serde(borrow)]
    feedback: Rows<FeedbackTally<'a>, Feedback>,
    _consents: Skipped<ConsentEntry>,
}

/// A [`PersonEntry`], a [`DateEntry`] and a [`PaymentEntry`] read in place, to be dropped.
type PersonTally<'a> = (&'a str, &'a str, Role, Option<i32>, Option<LunarEntry>);
type DateTally<'a> = (&'a str, &'a str, i32, Option<LunarEntry>);
type PaymentTally<'a> = (i32, [u8; 16], &'a str, Option<&'a str>);

/// A [`TransactionEntry`] whose id is left in the shard.
type TransactionTally<'a> = (&'a str, i32, [u8; 16], String, Option<i32>, bool);

/// A [`ContactEntryRow`] whose next step's words are left in the shard.
type ContactTally<'a> = (At, Channel, Option<String>, Option<(i32, &'a str)>);

/// A [`FeedbackEntry`] whose id, text and handler are left in the shard.
type FeedbackTally<'a> = (
    &'a str,
    i32,
    FeedbackKind,
    Option<u8>,
    &'a str,
    FeedbackStatus,
    Option<i32>,
    Option<&'a str>,
    [Option<i32>; 4],
    Option<u8>,
);

impl<'de: 'a, 'a> Row<'de, Transaction> for TransactionTally<'a> {
    fn entry(self) -> Option<Transaction> {
        let (_, date, amount, currency, due, over_limit) = self;
        (String::new(), date, amount, currency, due, over_limit).entry()
    }
}

impl<'de: 'a, 'a> Row<'de, ContactEntry> for ContactTally<'a> {
    fn entry(self) -> Option<ContactEntry> {
        let (at, channel, by, next) = self;
        (at, channel, by, next.map(|(day, _)| (day, String::new()))).entry()
    }
}

impl<'de: 'a, 'a> Row<'de, Feedback> for FeedbackTally<'a> {
    fn entry(self) -> Option<Feedback> {
        let (_, date, kind, rating, _, status, resolved, _, days, callback_rating) = self;
        let row: FeedbackEntry = (
            String::new(),
            date,
            kind,
            rating,
            String::new(),
            status,
            resolved,
            None,
            days,
            callback_rating,
        );
        row.entry()
    }
}

/// A list of rows of `E` read and dropped.
struct Skipped<E>(std::marker::PhantomData<E>);

impl<'de, E: Deserialize<'de>> Deserialize<'de> for Skipped<E> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Each<E>(std::marker::PhantomData<E>);
        impl<'de, E: Deserialize<'de>> serde::de::Visitor<'de> for Each<E> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of log entries")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
                while seq.next_element::<E>()?.is_some() {}
                Ok(())
            }
        }
        d.deserialize_seq(Each::<E>(std::marker::PhantomData))
            .map(|()| Skipped(std::marker::PhantomData))
    }
}

/// A record kept small in memory by a command that holds many of them before it writes
/// them out (an exported calendar of a million customers): what the index keeps of it
/// ([`index_view`]), as the index writes it, zeroized when dropped.
pub struct Compact {
    /// The head, then the logs.
    bytes: Zeroizing<Box<[u8]>>,
    head_len: u32,
}

impl Compact {
    /// `None` when its custom fields cannot be written back as TOML.
    pub fn of(c: &Customer) -> Option<Compact> {
        let e = encode(c)?;
        Some(Compact {
            bytes: Zeroizing::new(e.bytes[..e.logs_end].into()),
            head_len: u32::try_from(e.head_len).ok()?,
        })
    }

    /// The record's id, read without decoding the rest.
    pub fn id(&self) -> &str {
        postcard::take_from_bytes::<&str>(&self.bytes)
            .map(|(id, _)| id)
            .unwrap_or_default()
    }

    /// [`index_view`] of the record it was made from.
    pub fn customer(&self) -> Option<Customer> {
        let (head, logs) = self.bytes.split_at(self.head_len as usize);
        decode(head, Read::Logs(logs))
    }
}

/// One record's index entry: its head, its logs, then its dues.
struct Encoded {
    /// The head, the logs, then the dues.
    bytes: Zeroizing<Vec<u8>>,
    head_len: usize,
    logs_end: usize,
}

impl Encoded {
    fn head(&self) -> &[u8] {
        &self.bytes[..self.head_len]
    }

    fn logs(&self) -> &[u8] {
        &self.bytes[self.head_len..self.logs_end]
    }

    fn dues(&self) -> &[u8] {
        &self.bytes[self.logs_end..]
    }

    /// The record as a read of `projection` gives it from this entry.
    fn decode(&self, projection: Projection) -> Option<Customer> {
        decode(
            self.head(),
            match projection {
                Projection::Full => Read::Logs(self.logs()),
                Projection::Tally => Read::Tally(self.logs()),
                Projection::Dues => Read::Logs(self.dues()),
                Projection::Head => Read::Head,
            },
        )
    }
}

/// The logs of an entry, taken out of `c`.
fn logs_of(c: &mut Customer) -> Logs {
    Logs {
        people: std::mem::take(&mut c.key_people)
            .into_iter()
            .map(|p| {
                let lunar = p.lunar_birthday.map(lunar_entry);
                (p.id, p.name, p.role, p.birthday.map(day), lunar)
            })
            .collect(),
        dates: std::mem::take(&mut c.dates)
            .into_iter()
            .map(|d| {
                let lunar = d.lunar.map(lunar_entry);
                (d.id, d.label, day(d.date), lunar)
            })
            .collect(),
        transactions: std::mem::take(&mut c.transactions)
            .into_iter()
            .map(|t| {
                (
                    t.id,
                    day(t.date),
                    t.amount.serialize(),
                    t.currency,
                    t.due.map(day),
                    t.over_limit,
                )
            })
            .collect(),
        payments: std::mem::take(&mut c.payments)
            .into_iter()
            .map(|p| (day(p.date), p.amount.serialize(), p.currency, p.applies_to))
            .collect(),
        contacts: std::mem::take(&mut c.contacts)
            .into_iter()
            .map(|k| {
                let next = k.next.map(|n| (day(n), k.summary));
                (k.at.into(), k.channel, k.by, next)
            })
            .collect(),
        feedback: std::mem::take(&mut c.feedback)
            .into_iter()
            .map(|f| {
                (
                    f.id,
                    day(f.date),
                    f.kind,
                    f.rating,
                    f.text,
                    f.status,
                    f.resolved.map(day),
                    f.handler,
                    [f.due, f.started, f.callback_due, f.callback_done].map(|d| d.map(day)),
                    f.callback_rating,
                )
            })
            .collect(),
        consents: std::mem::take(&mut c.consents)
            .into_iter()
            .map(|k| (k.purpose, k.status, day(k.date)))
            .collect(),
    }
}

/// One record's index entry; `None` when custom fields cannot be written back as TOML.
fn encode(c: &Customer) -> Option<Encoded> {
    let mut c = index_view(c.clone());
    let dues = logs_of(&mut crate::model::due::dues_view(c.clone()));
    let logs = logs_of(&mut c);
    let head = Head {
        birthday: c.birthday.map(day),
        lunar_birthday: c.lunar_birthday.map(lunar_entry),
        created: c.created.into(),
        updated: c.updated.into(),
        phones: c.contact.phones.into_iter().map(|p| (p.number, p.kind)).collect(),
        emails: c.contact.emails,
        wechat: c.contact.wechat,
        qq: c.contact.qq,
        address: c.contact.address,
        channel: c.preferences.channel,
        products: c.preferences.products,
        notes: c.preferences.notes,
        tier: c.class.tier,
        lifecycle: c.class.lifecycle,
        rfm: c.class.rfm,
        stage: c.class.stage,
        pin: c.class.pin,
        classified: c.class.classified.map(day),
        cadence: c.follow_up.cadence,
        next: c.follow_up.next.map(day),
        verified: c.verified.map(day),
        credit: (
            c.credit.limit.map(|l| l.serialize()),
            c.credit.rating,
            c.credit.terms,
        ),
        links: c.links.into_iter().map(|l| (l.to, l.relation)).collect(),
        extra: if c.extra.is_empty() {
            String::new()
        } else {
            toml::to_string(&c.extra).ok()?
        },
        id: c.id,
        name: c.name,
        kind: c.kind,
        gender: c.gender,
        company: c.company,
        title: c.title,
        industry: c.industry,
        region: c.region,
        size: c.size,
        tags: c.tags,
        owner: c.owner,
        source: c.source,
        reference: c.reference,
    };
    let mut bytes = Zeroizing::new(Vec::new());
    postcard::to_io(&head, &mut *bytes).expect("serializing to memory");
    let head_len = bytes.len();
    postcard::to_io(&logs, &mut *bytes).expect("serializing to memory");
    let logs_end = bytes.len();
    postcard::to_io(&dues, &mut *bytes).expect("serializing to memory");
    Some(Encoded {
        bytes,
        head_len,
        logs_end,
    })
}

/// What a decode reads after an entry's head.
#[derive(Clone, Copy)]
enum Read<'b> {
    /// Nothing: the head alone ([`Projection::Head`]).
    Head,
    /// Logs as written: the record's ([`Projection::Full`]) or its dues view's
    /// ([`Projection::Dues`]).
    Logs(&'b [u8]),
    /// The record's logs, of which what [`Projection::Tally`] keeps.
    Tally(&'b [u8]),
}

/// A record from its index entry: [`index_view`] of the record it was made from, of its
/// dues view, of its head alone, or what a tally reads of it, as `logs` says.
fn decode(head: &[u8], logs: Read<'_>) -> Option<Customer> {
    let r: Head = postcard::from_bytes(head).ok()?;
    let mut c = Customer::new(r.id, r.name, r.created.get()?);
    c.updated = r.updated.get()?;
    c.kind = r.kind;
    c.gender = r.gender;
    c.company = r.company;
    c.title = r.title;
    c.birthday = from_opt_day(r.birthday)?;
    c.lunar_birthday = r.lunar_birthday.map(lunar_date);
    c.industry = r.industry;
    c.region = r.region;
    c.size = r.size;
    c.tags = r.tags;
    c.owner = r.owner;
    c.source = r.source;
    c.reference = r.reference;
    c.contact = ContactInfo {
        phones: r
            .phones
            .into_iter()
            .map(|(number, kind)| crate::model::phone::Phone { number, kind })
            .collect(),
        emails: r.emails,
        wechat: r.wechat,
        qq: r.qq,
        address: r.address,
    };
    c.preferences = Preferences {
        channel: r.channel,
        products: r.products,
        notes: r.notes,
    };
    c.class = Class {
        tier: r.tier,
        lifecycle: r.lifecycle,
        rfm: r.rfm,
        stage: r.stage,
        pin: r.pin,
        classified: from_opt_day(r.classified)?,
    };
    c.follow_up = FollowUp {
        cadence: r.cadence,
        next: from_opt_day(r.next)?,
    };
    c.verified = from_opt_day(r.verified)?;
    c.credit = Credit {
        limit: r.credit.0.map(Decimal::deserialize),
        rating: r.credit.1,
        terms: r.credit.2,
    };
    c.links = r
        .links
        .into_iter()
        .map(|(to, relation)| Link {
            to,
            relation,
            note: None,
        })
        .collect();
    if !r.extra.is_empty() {
        c.extra = toml::from_str(&r.extra).ok()?;
    }
    match logs {
        Read::Head => {}
        Read::Logs(logs) => {
            let l: LogsRead = postcard::from_bytes(logs).ok()?;
            c.key_people = l.people.0;
            c.dates = l.dates.0;
            c.transactions = l.transactions.0;
            c.payments = l.payments.0;
            c.contacts = l.contacts.0;
            c.feedback = l.feedback.0;
            c.consents = l.consents.0;
        }
        Read::Tally(logs) => {
            let l: LogsTally = postcard::from_bytes(logs).ok()?;
            c.transactions = l.transactions.0;
            c.contacts = l.contacts.0;
            c.feedback = l.feedback.0;
        }
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Customer {
        let text = include_str!("../../fixtures/records/full.toml");
        record_io::parse_record(text, false).expect("the fixture parses")
    }

    /// `c` through its entry, whole or its head alone.
    fn round(c: &Customer, projection: Projection) -> Option<Customer> {
        encode(c)?.decode(projection)
    }

    #[test]
    fn an_entry_decodes_to_the_index_view() {
        let c = sample();
        assert_eq!(round(&c, Projection::Full), Some(index_view(c)));
    }

    #[test]
    fn a_compact_record_is_its_index_view() {
        let c = sample();
        let kept = Compact::of(&c).expect("the fixture encodes");
        assert_eq!(kept.id(), c.id);
        assert_eq!(kept.customer(), Some(index_view(c)));
    }

    /// The view a head-only read gives: the record's own fields, nothing of the logs.
    fn head_of(c: Customer) -> Customer {
        let mut c = index_view(c);
        c.key_people.clear();
        c.dates.clear();
        c.transactions.clear();
        c.payments.clear();
        c.contacts.clear();
        c.feedback.clear();
        c.consents.clear();
        c
    }

    #[test]
    fn a_head_read_skips_the_logs_and_nothing_else() {
        let c = sample();
        assert!(
            !(c.contacts.is_empty() || c.transactions.is_empty() || c.key_people.is_empty()),
            "control: the fixture has logs and people"
        );
        let head = round(&c, Projection::Head).unwrap();
        assert_eq!(head, head_of(c.clone()));
        assert_eq!(head.contact, c.contact);
        assert_eq!(head.links.len(), c.links.len());
    }

    #[test]
    fn shards_are_stable_and_spread() {
        // The shard of a path never changes between builds (an index written by one
        // run is read by the next): FNV-1a of the path, as computed independently.
        assert_eq!(shard_of("c-7k3m9q2x.toml.age"), 10);
        assert_eq!(shard_of("vip/c-7k3m9q2x.toml.age"), 2);
        let mut counts = [0usize; SHARDS];
        for n in 0..32_000u32 {
            counts[shard_of(&format!("team/c-{n:08x}.toml.age"))] += 1;
        }
        let (min, max) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(*min > 800 && *max < 1200, "{counts:?}");
    }

    proptest! {
        #[test]
        fn entries_round_trip(
            name in "\\PC{1,20}",
            phones in proptest::collection::vec("[0-9+ -]{3,15}", 0..3),
            amounts in proptest::collection::vec((-1_000_000_000i64..1_000_000_000, 0u32..6), 0..5),
            offset_min in -720i32..=840,
            secs in 0i64..4_000_000_000,
            extra in proptest::option::of("\\PC{0,12}"),
            company in proptest::option::of("\\PC{0,12}"),
            owner in proptest::option::of("\\PC{0,8}"),
            tags in proptest::collection::vec("\\PC{0,8}", 0..3),
            emails in proptest::collection::vec("[a-z.]{1,8}@[a-z]{1,8}\\.cn", 0..3),
        ) {
            let mut c = sample();
            c.name = name;
            c.company = company;
            c.owner = owner;
            c.tags = tags;
            c.contact.emails = emails;
            c.contact.phones = phones.iter().map(|p| p.as_str().into()).collect();
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let at = Timestamp(offset.timestamp_opt(secs, 0).unwrap());
            c.updated = at;
            for k in &mut c.contacts {
                k.at = at;
            }
            c.transactions.truncate(1);
            let template = c.transactions.pop();
            if let Some(t) = template {
                for (n, scale) in amounts {
                    let mut t = t.clone();
                    t.amount = Decimal::new(n, scale);
                    c.transactions.push(t);
                }
            }
            if let Some(v) = extra {
                c.extra.insert("note".into(), toml::Value::String(v));
            }
            // What a prefilter reads of an entry is what decoding its head gives.
            let entry = encode(&c).unwrap();
            let head = round(&c, Projection::Head).unwrap();
            prop_assert_eq!(head_start(entry.head()).map(|s| s.said()), Some(Said::of(&head)));
            prop_assert_eq!(Some(head), Some(head_of(c.clone())));
            prop_assert_eq!(round(&c, Projection::Full), Some(index_view(c)));
        }
    }

    /// A made-up record varied where reminders look: currencies, payments for named
    /// purchases or none, refunds on account, a next step set by a contact (or by none),
    /// every complaint state with and without a callback date, a marketing consent.
    fn varied(seed: u64, today: NaiveDate, turns: &[u8]) -> Customer {
        use rand::SeedableRng;
        let mut c =
            crate::model::sample::customer(&mut rand::rngs::StdRng::seed_from_u64(seed), today, 40, 1);
        let mut turn = turns.iter().copied().cycle();
        let mut next = || turn.next().unwrap_or(0);
        for t in &mut c.transactions {
            match next() % 5 {
                0 => t.currency = "USD".into(),
                1 if t.due.is_some() => t.amount = -t.amount,
                2 => t.due = Some(Date(t.date.0 + chrono::Days::new(u64::from(next())))),
                _ => {}
            }
        }
        for p in &mut c.payments {
            match next() % 6 {
                0 => p.applies_to = None,
                1 => p.currency = "USD".into(),
                2 => p.amount *= Decimal::new(i64::from(next() % 3 + 1), 0),
                // Written by hand or by another tool: refused by crmfile's own commands.
                3 => p.amount = -p.amount,
                4 => p.amount = Decimal::ZERO,
                _ => {}
            }
        }
        let len = c.contacts.len();
        if len > 0 {
            let setter = usize::from(next()) % len;
            let on = Date(today + chrono::Days::new(u64::from(next() % 20)));
            for (i, k) in c.contacts.iter_mut().enumerate() {
                if i == setter || next() % 4 == 0 {
                    k.next = Some(on);
                    k.summary = if next() % 3 == 0 {
                        " ".into()
                    } else {
                        format!("step {i}")
                    };
                }
            }
            c.contacts.swap(0, len - 1);
            c.follow_up.next = (next() % 3 != 0).then_some(on);
        }
        for f in &mut c.feedback {
            f.kind = FeedbackKind::ALL[usize::from(next()) % FeedbackKind::ALL.len()];
            f.status = FeedbackStatus::ALL[usize::from(next()) % FeedbackStatus::ALL.len()];
            f.callback_due =
                (next() % 2 == 0).then(|| Date(today + chrono::Days::new(u64::from(next() % 30))));
            f.handler = (next() % 2 == 0).then(|| "li".into());
        }
        c.class.tier = Some(Tier::ALL[usize::from(next()) % Tier::ALL.len()]);
        if next() % 2 == 0 {
            c.consents.push(Consent {
                id: "g-00000001".into(),
                purpose: Purpose::Marketing,
                status: ConsentStatus::ALL[usize::from(next()) % ConsentStatus::ALL.len()],
                date: Date(today),
                scope: None,
                channel: None,
                evidence: None,
                by: None,
            });
        }
        c
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// What a reminders read gives is what a whole read gives, on any day.
        #[test]
        fn a_dues_read_gives_the_reminders_of_a_whole_read(
            seed in 0u64..1_000_000,
            turns in proptest::collection::vec(any::<u8>(), 1..40),
            days in proptest::collection::vec((0u64..1500, 0u64..400), 1..4),
        ) {
            use crate::model::credit::Ledger;
            use crate::model::due::{due_parts, greeting_parts, review_part};
            let made: NaiveDate = "2026-11-22".parse().unwrap();
            let c = varied(seed, made, &turns);
            let (whole, dues) = (round(&c, Projection::Full).unwrap(), round(&c, Projection::Dues).unwrap());
            let mut config = crate::model::config::Config::default();
            config.review.days = Some(180);
            config.greetings.tiers = Tier::ALL.to_vec();
            for (back, within) in days {
                let today = made - chrono::Days::new(back) + chrono::Days::new(200);
                let horizon = today + chrono::Days::new(within);
                prop_assert_eq!(due_parts(&dues, &config, today, horizon), due_parts(&whole, &config, today, horizon));
                prop_assert_eq!(greeting_parts(&dues, &config, today, horizon), greeting_parts(&whole, &config, today, horizon));
                prop_assert_eq!(review_part(&dues, &config, horizon), review_part(&whole, &config, horizon));
                // What is owed, as `report --receivables` counts it: customers who owe.
                for currency in ["CNY", "USD"] {
                    let (a, b) = (Ledger::of(&whole, currency, today), Ledger::of(&dues, currency, today));
                    prop_assert_eq!(a.balance > Decimal::ZERO, b.balance > Decimal::ZERO);
                    if a.balance > Decimal::ZERO {
                        prop_assert_eq!((a.balance, a.overdue, a.aging, a.oldest_due), (b.balance, b.overdue, b.aging, b.oldest_due));
                    }
                    // Each open purchase by what is open of it (its amount is that, in the view).
                    let open = |l: &Ledger| l.open.iter().map(|o| (o.id.clone(), o.date, o.due, o.open)).collect::<Vec<_>>();
                    prop_assert_eq!(open(&a), open(&b));
                }
            }
            // Control: of the payments, the view keeps at most one per currency, for money
            // owed with nothing open.
            prop_assert!(dues.payments.len() <= whole.payments.len());
            prop_assert!(dues.payments.iter().all(|p| p.amount.is_sign_negative() && p.applies_to.is_none()));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// What a tally read gives counts and classifies as a whole read does, on any
        /// day and by any dimension, and holds none of the texts it leaves out.
        #[test]
        fn a_tally_read_counts_and_classifies_as_a_whole_read(
            seed in 0u64..1_000_000,
            turns in proptest::collection::vec(any::<u8>(), 1..40),
            back in 0u64..1500,
            window in proptest::option::of(30u32..800),
        ) {
            use crate::model::classify::{complaint_counts, totals};
            use crate::model::report::{Dimension, Tally};
            let made: NaiveDate = "2026-11-22".parse().unwrap();
            let c = varied(seed, made, &turns);
            let (whole, tally) = (round(&c, Projection::Full).unwrap(), round(&c, Projection::Tally).unwrap());
            let today = made - chrono::Days::new(back) + chrono::Days::new(200);
            let since = today - chrono::Days::new(90);
            let config = crate::model::config::Config::default();
            for by in [None, Some(Dimension::Owner), Some(Dimension::Industry), Some(Dimension::Tier)] {
                let report = |c: &Customer| {
                    let mut t = Tally::new(&config, today, since, by);
                    t.add(c);
                    t.finish()
                };
                prop_assert_eq!(report(&tally), report(&whole));
            }
            for currency in ["CNY", "USD"] {
                prop_assert_eq!(totals(&tally, currency, today, window), totals(&whole, currency, today, window));
            }
            prop_assert_eq!(complaint_counts(&tally, today, window), complaint_counts(&whole, today, window));
            prop_assert_eq!(tally.last_contact(), whole.last_contact());
            // Control: what it leaves out is not there.
            prop_assert!(tally.key_people.is_empty() && tally.dates.is_empty());
            prop_assert!(tally.payments.is_empty() && tally.consents.is_empty());
            prop_assert!(tally.transactions.iter().all(|t| t.id.is_empty()));
            prop_assert!(tally.feedback.iter().all(|f| f.id.is_empty() && f.text.is_empty() && f.handler.is_none()));
            prop_assert!(tally.contacts.iter().all(|k| k.summary.is_empty()));
            prop_assert_eq!(tally.transactions.len(), whole.transactions.len());
            prop_assert_eq!(tally.feedback.len(), whole.feedback.len());
        }
    }

    /// A heads file's plaintext with one entry of `head` (its dues empty), and its logs
    /// file's with `logs`.
    fn shard_plain(generation: [u8; GENERATION], head: &[u8], logs: &[&[u8]]) -> (Vec<u8>, Vec<u8>) {
        let mut heads = MAGIC.clone();
        heads.extend_from_slice(&generation);
        let key = FileKey {
            inode: 1,
            size: 2,
            mtime_ns: 3,
            ctime_ns: 4,
        };
        postcard::to_io(
            &EntryHead {
                path: "c-7k3m9q2x.toml.age",
                key,
            },
            &mut heads,
        )
        .unwrap();
        for part in [head, &[][..]] {
            postcard::to_io(&(part.len() as u32), &mut heads).unwrap();
            heads.extend_from_slice(part);
        }
        let mut plain_logs = MAGIC.clone();
        plain_logs.extend_from_slice(&generation);
        for l in logs {
            postcard::to_io(&(l.len() as u32), &mut plain_logs).unwrap();
            plain_logs.extend_from_slice(l);
        }
        (heads, plain_logs)
    }

    #[test]
    fn damaged_entries_and_indexes_are_refused() {
        let e = encode(&sample()).unwrap();
        assert!(decode(e.head(), Read::Logs(&e.logs()[..e.logs().len() / 2])).is_none());
        assert!(decode(e.head(), Read::Tally(&e.logs()[..e.logs().len() / 2])).is_none());
        assert!(decode(&e.head()[..10], Read::Head).is_none());
        assert!(Cached::parse(Zeroizing::new(b"crmfile-index 0\n".to_vec())).is_none());
        let (mut heads, _) = shard_plain([7; GENERATION], e.head(), &[]);
        heads.truncate(heads.len() - 10);
        assert!(
            Cached::parse(Zeroizing::new(heads)).is_none(),
            "a truncated entry"
        );
    }

    #[test]
    fn logs_are_read_only_with_the_heads_written_with_them() {
        let e = encode(&sample()).unwrap();
        let (heads, logs) = shard_plain([7; GENERATION], e.head(), &[e.logs()]);
        let mut c = Cached::parse(Zeroizing::new(heads.clone())).unwrap();
        assert_eq!(c.logs(0), None, "heads alone");
        assert!(c.add_logs(Zeroizing::new(logs)));
        assert_eq!((c.head(0), c.logs(0)), (e.head(), Some(e.logs())));

        // From another write of the shard, with as many entries: refused.
        let (_, other) = shard_plain([8; GENERATION], e.head(), &[e.logs()]);
        let mut c = Cached::parse(Zeroizing::new(heads.clone())).unwrap();
        assert!(!c.add_logs(Zeroizing::new(other)));
        assert_eq!(c.logs(0), None);
        // As many entries as the heads, or refused: none, two, or one cut short.
        for logs in [&[][..], &[e.logs(), e.logs()], &[&e.logs()[..3]]] {
            let (_, mut plain) = shard_plain([7; GENERATION], e.head(), logs);
            if logs.len() == 1 {
                plain.truncate(plain.len() - 1);
            }
            let mut c = Cached::parse(Zeroizing::new(heads.clone())).unwrap();
            assert!(!c.add_logs(Zeroizing::new(plain)), "{} entries", logs.len());
        }
    }

    #[test]
    fn entries_are_found_in_order_and_out_of_it() {
        let e = encode(&sample()).unwrap();
        let mut plain = MAGIC.clone();
        plain.extend_from_slice(&[7; GENERATION]);
        let key = |n| FileKey {
            inode: n,
            size: 2,
            mtime_ns: 3,
            ctime_ns: 4,
        };
        let names = ["a.toml.age", "b.toml.age", "c.toml.age"];
        for (n, name) in names.iter().enumerate() {
            postcard::to_io(
                &EntryHead {
                    path: name,
                    key: key(n as u64),
                },
                &mut plain,
            )
            .unwrap();
            for part in [e.head(), e.dues()] {
                postcard::to_io(&(part.len() as u32), &mut plain).unwrap();
                plain.extend_from_slice(part);
            }
        }
        let c = Cached::parse(Zeroizing::new(plain)).unwrap();
        // In order, then a file that is gone (b), one that is new, one changed, and back.
        assert_eq!(c.entry("a.toml.age", key(0)), Some(0));
        assert_eq!(c.entry("c.toml.age", key(2)), Some(2));
        assert_eq!(c.entry("new.toml.age", key(9)), None);
        assert_eq!(c.entry("a.toml.age", key(5)), None, "changed since");
        assert_eq!(c.entry("b.toml.age", key(1)), Some(1));
        assert_eq!(c.entry("c.toml.age", key(2)), Some(2));
    }
}
