//! The scan engine of bulk commands: walk once, decrypt and parse in parallel with the
//! identities parsed once, collect per-file errors instead of stopping.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::Store;
use super::listing::FolderKey;
use super::record_io::{self, FileError, FileProblem, Loaded};
use crate::crypt::Keyring;
use crate::model::id::{self, IdList};
use crate::model::packed::Packed;
use std::os::unix::ffi::OsStrExt;

/// A walk of the store in the order the folders list their files: links are not
/// followed and hidden folders (`.crmfile`, `.git`) are skipped; hidden files are still
/// listed (stray temp files, `.age-recipients`). What needs an order sorts what it found
/// with [`walk_order`]: sorting 100,000 names the way walkdir does, by comparing their
/// paths, costs more than the rest of the walk.
fn walk_unsorted(root: &Path) -> impl Iterator<Item = walkdir::Result<walkdir::DirEntry>> {
    skip_hidden_folders(WalkDir::new(root).follow_links(false))
}

/// The order of a walk sorted by file name: by name within each folder, a folder's
/// contents where its name falls. The separator counts as a byte below every byte a name
/// can hold, so comparing bytes compares component by component. Compared in place: a
/// sort key per path would double the walk's memory (a million paths).
fn walk_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    let (x, y) = (a.as_os_str().as_encoded_bytes(), b.as_os_str().as_encoded_bytes());
    // Paths hold no zero byte, so only the first difference needs the separator's rank.
    match first_difference(x, y) {
        Some(i) => walk_rank(x[i]).cmp(&walk_rank(y[i])),
        None => x.len().cmp(&y.len()),
    }
}

/// A path's byte as [`walk_order`] ranks it: the separator below every other.
fn walk_rank(c: u8) -> u8 {
    if c == std::path::MAIN_SEPARATOR as u8 {
        0
    } else {
        c
    }
}

/// Where two byte strings first differ, eight bytes a step: the paths of one store share
/// their long root, which a byte-at-a-time scan would walk in every comparison.
fn first_difference(x: &[u8], y: &[u8]) -> Option<usize> {
    let n = x.len().min(y.len());
    let word = |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().expect("eight bytes"));
    let mut i = 0;
    while i + 8 <= n {
        let diff = word(x, i) ^ word(y, i);
        if diff != 0 {
            // Little-endian: the lowest set bit is in the first differing byte.
            return Some(i + diff.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    (i..n).find(|&j| x[j] != y[j])
}

/// Sorts paths into [`walk_order`] on every core.
fn sort_walk_order(paths: &mut [PathBuf]) {
    paths.par_sort_unstable_by(|a, b| walk_order(a, b));
}

fn skip_hidden_folders(w: WalkDir) -> impl Iterator<Item = walkdir::Result<walkdir::DirEntry>> {
    w.into_iter().filter_entry(|e| {
        e.depth() == 0 || !(e.file_type().is_dir() && e.file_name().to_string_lossy().starts_with('.'))
    })
}

/// What a walk of the store found.
#[derive(Default)]
pub(super) struct Found {
    /// Files named like records, in the walk's order.
    pub(super) records: PathList,
    /// `.age-recipients` files.
    pub(super) recipients: Vec<PathBuf>,
    /// Links named like records, and folders that could not be read.
    pub(super) errors: Vec<FileError>,
    /// Every folder listed, with what identifies its listing as taken (from the open
    /// folder, before its names were read).
    pub(super) folders: Vec<(PathBuf, FolderKey)>,
}

/// Lists the store's folders with one `getdents` stream each and the types it reports,
/// without a `stat` per file or a path built for names that are not records: the walk
/// of [`walk_unsorted`] for what [`Store::record_paths`] needs, at a third of its cost.
/// Links are never followed and hidden folders (`.crmfile`, `.git`) are skipped.
fn walk_store(root: &Path) -> Found {
    use rustix::fs::{AtFlags, FileType};
    let mut found = Found::default();
    let unreadable = |path: &Path, e: std::io::Error| FileError {
        path: path.to_path_buf(),
        problem: FileProblem::Unreadable(crate::i18n::OsReason::of(&e)),
    };
    // Each record file's name, one after another, and its folder (in `found.folders`),
    // where its name starts and how long it is: put in order and made paths once the
    // walk is done, side by side in one buffer, not a path apiece.
    let mut names: Vec<u8> = Vec::new();
    let mut records: Vec<(u32, u32, u32)> = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(dir) = folders.pop() {
        let listing = super::listing::open_folder(&dir, dir == root)
            .and_then(|(fd, key)| Ok((key, rustix::fs::Dir::new(fd)?)));
        let mut listing = match listing {
            Ok((key, l)) => {
                found.folders.push((dir.clone(), key));
                l
            }
            Err(e) => {
                found.errors.push(unreadable(&dir, e.into()));
                continue;
            }
        };
        while let Some(entry) = listing.read() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    found.errors.push(unreadable(&dir, e.into()));
                    break;
                }
            };
            let name = entry.file_name().to_bytes();
            if name == b"." || name == b".." {
                continue;
            }
            let path = || {
                dir.join(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(
                    name,
                ))
            };
            let mut kind = entry.file_type();
            if kind == FileType::Unknown {
                // File systems that do not report types in the listing.
                match rustix::fs::Dir::fd(&listing)
                    .and_then(|fd| rustix::fs::statat(fd, entry.file_name(), AtFlags::SYMLINK_NOFOLLOW))
                {
                    Ok(st) => kind = FileType::from_raw_mode(st.st_mode),
                    Err(e) => {
                        found.errors.push(unreadable(&path(), e.into()));
                        continue;
                    }
                }
            }
            let hidden = name.starts_with(b".");
            match kind {
                FileType::Directory if !hidden => folders.push(path()),
                FileType::RegularFile if name == super::RECIPIENTS_FILE.as_bytes() => {
                    found.recipients.push(path())
                }
                FileType::RegularFile | FileType::Symlink if !hidden && is_record_name(name) => {
                    if kind == FileType::Symlink {
                        found.errors.push(FileError {
                            path: path(),
                            problem: FileProblem::Symlink,
                        });
                    } else {
                        let folder =
                            u32::try_from(found.folders.len() - 1).expect("fewer than 4 billion folders");
                        let start = u32::try_from(names.len()).expect("names under 4 GiB");
                        names.extend_from_slice(name);
                        records.push((folder, start, name.len() as u32));
                    }
                }
                _ => {}
            }
        }
    }
    let _sort = super::timing::phase("walk: sort");
    let dirs: Vec<&Path> = found.folders.iter().map(|(dir, _)| dir.as_path()).collect();
    found.records = in_walk_order(root, &dirs, &names, records);
    found
}

/// The record files a walk found (each as its folder, and where its name lies in `names`)
/// as paths in [`walk_order`]: names in one folder compare as bytes; across folders the
/// paths they make are compared.
fn in_walk_order(
    root: &Path,
    folders: &[&Path],
    names: &[u8],
    mut records: Vec<(u32, u32, u32)>,
) -> PathList {
    let name = |&(_, start, len): &(u32, u32, u32)| &names[start as usize..(start + len) as usize];
    let folder = |r: &(u32, u32, u32)| folders[r.0 as usize].as_os_str().as_bytes();
    // A path as the walk joins it (its folder, a separator unless the folder ends in one,
    // its name), each byte ranked as `walk_order` ranks it.
    let path = |r: &(u32, u32, u32)| {
        let dir = folder(r);
        let sep: &[u8] = if dir.ends_with(b"/") { b"" } else { b"/" };
        dir.iter().chain(sep).chain(name(r)).map(|&c| walk_rank(c))
    };
    records.par_sort_unstable_by(|a, b| {
        if a.0 == b.0 {
            name(a).cmp(name(b))
        } else {
            path(a).cmp(path(b))
        }
    });
    let mut list = PathList::under(root, records.len(), 0);
    // Each folder's part of its files' paths after the root: empty for the root itself.
    let under: Vec<Option<Vec<u8>>> = folders
        .iter()
        .map(|dir| {
            if *dir == root {
                return Some(Vec::new());
            }
            let mut rest = dir
                .as_os_str()
                .as_bytes()
                .strip_prefix(list.prefix.as_bytes())?
                .to_vec();
            rest.push(b'/');
            Some(rest)
        })
        .collect();
    if under.iter().any(Option::is_none) {
        // Not every folder lies under the root as the walk joined it: paths kept whole.
        list.prefix.clear();
    }
    let bytes = records
        .iter()
        .map(|r| name(r).len() + under[r.0 as usize].as_ref().map_or(folder(r).len() + 1, Vec::len))
        .sum();
    list.rest = Packed::with_capacity(records.len(), bytes);
    let mut rest = Vec::new();
    for r in &records {
        rest.clear();
        match &under[r.0 as usize] {
            Some(dir) if !list.prefix.is_empty() => rest.extend_from_slice(dir),
            _ => {
                let dir = folder(r);
                rest.extend_from_slice(dir);
                if !dir.ends_with(b"/") {
                    rest.push(b'/');
                }
            }
        }
        rest.extend_from_slice(name(r));
        list.push_rest(&rest);
    }
    list
}

/// A scan's list of record files, in order, in one buffer (a `PathBuf` each was about
/// 70 MB and a million allocations at a million records), each without the root and
/// separator that every one of them starts with (as many bytes a path as the root's path).
pub struct PathList {
    /// What every path starts with: the store's root and a separator (empty should a
    /// path not start so).
    prefix: std::ffi::OsString,
    /// Each path after the prefix.
    rest: Packed<Path>,
}

impl Default for PathList {
    /// No paths.
    fn default() -> PathList {
        PathList {
            prefix: std::ffi::OsString::new(),
            rest: Packed::with_capacity(0, 0),
        }
    }
}

impl PathList {
    /// An empty list of paths under `root`, with room for `count` of `bytes` bytes after it.
    pub(crate) fn under(root: &Path, count: usize, bytes: usize) -> PathList {
        let mut prefix = root.as_os_str().to_os_string();
        if !prefix.as_bytes().ends_with(b"/") {
            prefix.push("/");
        }
        PathList {
            prefix,
            rest: Packed::with_capacity(count, bytes),
        }
    }

    /// Adds the path that is the prefix (the root and a separator) and `rest`.
    pub(crate) fn push_rest(&mut self, rest: &[u8]) {
        self.rest.push(Path::new(std::ffi::OsStr::from_bytes(rest)));
    }

    pub fn len(&self) -> usize {
        self.rest.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// Path `i`.
    pub fn get(&self, i: usize) -> PathBuf {
        let mut path = PathBuf::new();
        self.get_into(i, &mut path);
        path
    }

    /// Path `i`, made in `path` (no allocation once it is long enough).
    pub fn get_into(&self, i: usize, path: &mut PathBuf) {
        let bytes = path.as_mut_os_string();
        bytes.clear();
        bytes.push(&self.prefix);
        bytes.push(self.rest.get(i).as_os_str());
    }

    /// Path `i` after the root and separator: its folder in the store and its name.
    pub fn rest(&self, i: usize) -> &Path {
        self.rest.get(i)
    }

    /// Each path after the root and separator, in order, as bytes; `None` when not every
    /// path starts with them.
    pub(super) fn rests_under_root(&self) -> Option<impl Iterator<Item = &[u8]> + '_> {
        (!self.prefix.is_empty()).then(|| (0..self.len()).map(|i| self.rest.get(i).as_os_str().as_bytes()))
    }

    /// Every path, made one at a time.
    pub fn iter(&self) -> impl Iterator<Item = PathBuf> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Keeps the paths `keep` says to keep, in their order.
    pub fn retain(&mut self, keep: &mut dyn FnMut(&Path) -> bool) {
        let mut path = PathBuf::from(&self.prefix);
        let prefix = &self.prefix;
        self.rest.retain(&mut |rest| {
            let bytes = path.as_mut_os_string();
            bytes.clear();
            bytes.push(prefix);
            bytes.push(rest.as_os_str());
            keep(&path)
        });
    }
}

/// Whether a file name is a record's: named like one, whether or not the name is UTF-8
/// (reading it then says what is wrong).
fn is_record_name(name: &[u8]) -> bool {
    id::id_from_file_name(&String::from_utf8_lossy(name)).is_some()
}

impl Store {
    /// Every record file under the root, sorted; symbolic links are reported, never
    /// followed. The same walk notes the recipients files, for [`Store::recipients_files`].
    pub fn record_paths(&self) -> (Vec<PathBuf>, Vec<FileError>) {
        let found = self.walk_in_order();
        (found.records.iter().collect(), found.errors)
    }

    /// The walk, in the order of a walk sorted by name, folder by folder: the same on
    /// every run.
    pub(super) fn walk_in_order(&self) -> Found {
        let mut found = {
            let _read = super::timing::phase("walk: read");
            walk_store(&self.root)
        };
        sort_walk_order(&mut found.recipients);
        found.errors.sort_by(|a, b| walk_order(&a.path, &b.path));
        self.saw_recipients(found.recipients.clone());
        found
    }

    /// Notes the recipients files a walk found, for [`Store::recipients_files`].
    pub(super) fn saw_recipients(&self, recipients: Vec<PathBuf>) {
        *self.recipients_seen.lock().unwrap_or_else(|p| p.into_inner()) = Some(recipients);
    }

    /// Every `.age-recipients` in the store, root first; from the last walk when there was
    /// one (see [`Store::forget_recipients`]).
    pub fn recipients_files(&self) -> Vec<PathBuf> {
        if let Some(seen) = &*self.recipients_seen.lock().unwrap_or_else(|p| p.into_inner()) {
            return seen.clone();
        }
        let _walk = super::timing::phase("walk: recipients");
        // Sorting the few found is far cheaper than walking 100,000 names in order.
        let mut files: Vec<PathBuf> = walk_unsorted(&self.root)
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.file_name() == super::RECIPIENTS_FILE)
            .map(|e| e.into_path())
            .collect();
        sort_walk_order(&mut files);
        *self.recipients_seen.lock().unwrap_or_else(|p| p.into_inner()) = Some(files.clone());
        files
    }

    /// Drops what was read of the recipients files, after one was added or changed.
    pub fn forget_recipients(&self) {
        *self.recipients_seen.lock().unwrap_or_else(|p| p.into_inner()) = None;
        self.recipients.forget();
    }

    /// The record files a recipients file governs: those in its folder and below, except
    /// under a sub-folder with a recipients file of its own.
    pub fn governed_by(&self, recipients_file: &Path) -> Vec<PathBuf> {
        let (paths, _) = self.record_paths();
        let dirs: std::collections::HashSet<PathBuf> = self
            .recipients_files()
            .iter()
            .filter_map(|f| f.parent().map(Path::to_path_buf))
            .collect();
        let folder = recipients_file.parent().unwrap_or(&self.root);
        paths
            .into_iter()
            .filter(|p| p.ancestors().skip(1).find(|d| dirs.contains(*d)) == Some(folder))
            .collect()
    }

    /// The record files whose folder's recipients list one of the keyring's keys; the
    /// others are not this member's to read and are counted (see [`Store::not_yours`]),
    /// never decrypted. When a key of the keyring is not known (an SSH identity without
    /// its `.pub`), nothing can be told apart and every path is kept.
    pub fn readable_by(&self, paths: Vec<PathBuf>, keyring: &Keyring) -> Vec<PathBuf> {
        let mut paths = paths;
        self.keep_readable(keyring, |keep| paths.retain(|p| keep(p)));
        paths
    }

    /// [`Store::readable_by`] for a scan's list of paths.
    pub(super) fn readable_in(&self, mut paths: PathList, keyring: &Keyring) -> PathList {
        self.keep_readable(keyring, |keep| paths.retain(keep));
        paths
    }

    /// Runs `filter` with the test of whether a path is the keyring's to read (when one
    /// is made), and counts what it turned down.
    fn keep_readable(&self, keyring: &Keyring, filter: impl FnOnce(&mut dyn FnMut(&Path) -> bool)) {
        if !keyring.knows_all_public_keys() || !self.skip_not_yours.load(std::sync::atomic::Ordering::Relaxed)
        {
            return;
        }
        let own = &keyring.public_keys;
        // The paths come sorted, a folder's files together: its verdict is asked once.
        let mut last: Option<(PathBuf, bool)> = None;
        let mut skipped = 0usize;
        filter(&mut |p: &Path| {
            let folder = p.parent().unwrap_or(&self.root);
            let ok = match &last {
                // Compared as bytes: `Path`'s own comparison goes component by component.
                Some((f, ok)) if f.as_os_str() == folder.as_os_str() => *ok,
                _ => {
                    // No recipients file, or one that does not parse: read it and let
                    // the load say what is wrong.
                    let ok = self
                        .recipients
                        .for_folder(folder)
                        .map_or(true, |set| set.1.iter().any(|k| own.contains(&k.text)));
                    last = Some((folder.to_path_buf(), ok));
                    ok
                }
            };
            if !ok {
                skipped += 1;
            }
            ok
        });
        self.not_yours
            .store(skipped, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether [`Store::readable_by`] leaves out records whose folder does not list the
    /// keyring: for a member of the store's team (anyone else is told each file is not
    /// theirs, as their identity is more likely the wrong one).
    pub fn skip_not_yours(&self, on: bool) {
        self.skip_not_yours
            .store(on, std::sync::atomic::Ordering::Relaxed);
    }

    /// How many records the last scan left out because their folder is not readable by
    /// this member.
    pub fn not_yours(&self) -> usize {
        self.not_yours.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The file of the record with this id, found by name without decrypting anything.
    pub fn path_of(&self, customer_id: &str) -> Option<PathBuf> {
        if !id::is_id(id::IdKind::Customer, customer_id) {
            return None;
        }
        let want = id::file_name(customer_id);
        // Most records live at the root: one stat instead of a walk.
        let direct = self.root.join(&want);
        if std::fs::symlink_metadata(&direct).is_ok_and(|m| m.file_type().is_file()) {
            return Some(direct);
        }
        // The first in walk order, should a copy lie in two folders; found without
        // sorting every folder's names.
        walk_unsorted(&self.root)
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.file_name().to_string_lossy() == want)
            .map(|e| e.into_path())
            .min_by(|a, b| walk_order(a, b))
    }

    /// Decrypts every record in parallel and keeps only what `f` makes of each, so memory
    /// holds the results, not the store. Returns the results, the ids read, and the files
    /// that could not be used.
    pub fn scan_map<T: Send>(
        &self,
        keyring: &Keyring,
        keep_unknown: bool,
        f: impl Fn(Loaded) -> Option<T> + Sync,
    ) -> (Vec<T>, IdList, Vec<FileError>) {
        let (_, items, ids, errors) = self.scan_listed(keyring, keep_unknown, |_, l| f(l));
        (items, ids, errors)
    }

    /// [`Store::scan_map`] that tells `f` where the record's path is in the list it
    /// returns beside the results (the records this keyring may read, in the walk's
    /// order): what keeps a million results can keep a number each instead of a path.
    pub fn scan_listed<T: Send>(
        &self,
        keyring: &Keyring,
        keep_unknown: bool,
        f: impl Fn(u32, Loaded) -> Option<T> + Sync,
    ) -> (PathList, Vec<T>, IdList, Vec<FileError>) {
        let walk = super::timing::phase("walk");
        // Packed straight from the walk's paths (which they also put side by side).
        let found = self.walk_in_order();
        let mut errors = found.errors;
        let paths = self.readable_in(found.records, keyring);
        drop(walk);
        let _records = super::timing::phase("records");
        let (items, ids, failed) = load_map(paths.len(), |i| paths.get(i).into(), keyring, keep_unknown, f);
        errors.extend(failed);
        (paths, items, ids, errors)
    }
}

/// Decrypts the record files `path_at` gives for `0..count` in parallel and keeps what
/// `f` makes of each (told the path's number), in that order. Returns the results, the
/// ids read, and the files that could not be used.
///
/// The results are made in one list of a slot per file and taken out of it in place: no
/// second list as long. A result of more than a few words is boxed in its slot, so a
/// file that yields nothing (a scan through a filter) costs a pointer, not a result.
pub fn load_map<'p, T: Send>(
    count: usize,
    path_at: impl Fn(usize) -> std::borrow::Cow<'p, Path> + Sync,
    keyring: &Keyring,
    keep_unknown: bool,
    f: impl Fn(u32, Loaded) -> Option<T> + Sync,
) -> (Vec<T>, IdList, Vec<FileError>) {
    if std::mem::size_of::<T>() > INLINE {
        let (boxed, ids, errors) = load_slots(count, path_at, keyring, keep_unknown, |i, l| {
            f(i, l).map(Box::new)
        });
        return (unboxed(boxed), ids, errors);
    }
    load_slots(count, path_at, keyring, keep_unknown, f)
}

/// The largest result [`load_map`] and [`Store::scan_indexed`] keep in a slot of their
/// own; larger ones are boxed in it.
pub(super) const INLINE: usize = 96;

/// Unboxes results boxed in their slots (see [`INLINE`]).
pub(super) fn unboxed<T>(boxed: Vec<Box<T>>) -> Vec<T> {
    boxed.into_iter().map(|b| *b).collect()
}

/// A result per file of a scan, put in any order from any thread and taken out in the
/// files' order: the one list's memory becomes the results' (no second list as long,
/// no sort), and a file that gave nothing leaves a gap that is dropped.
pub(super) struct Slots<T>(Vec<std::sync::Mutex<Option<T>>>);

impl<T> Slots<T> {
    pub(super) fn new(count: usize) -> Slots<T> {
        Slots((0..count).map(|_| std::sync::Mutex::new(None)).collect())
    }

    /// Puts file `i`'s result (each file's once; never contended).
    pub(super) fn put(&self, i: usize, item: T) {
        *self.0[i]
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(item);
    }

    /// The results in the files' order, taken out in place.
    pub(super) fn into_items(self) -> Vec<T> {
        fitted(
            self.0
                .into_iter()
                .filter_map(|slot| {
                    slot.into_inner()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                })
                .collect(),
        )
    }
}

/// Results taken out of a list of slots in place, which keeps the room of every slot:
/// given back when most slots were empty.
fn fitted<T>(mut items: Vec<T>) -> Vec<T> {
    if items.capacity() > 2 * items.len() {
        items.shrink_to_fit();
    }
    items
}

fn load_slots<'p, T: Send>(
    count: usize,
    path_at: impl Fn(usize) -> std::borrow::Cow<'p, Path> + Sync,
    keyring: &Keyring,
    keep_unknown: bool,
    f: impl Fn(u32, Loaded) -> Option<T> + Sync,
) -> (Vec<T>, IdList, Vec<FileError>) {
    let results: Vec<Mapped<T>> = (0..count)
        .into_par_iter()
        .map(|i| match record_io::load(&path_at(i), keyring, keep_unknown) {
            Ok(l) => Ok(f(u32::try_from(i).expect("fewer than 4 billion records"), l)),
            Err(e) => Err(Box::new(e)),
        })
        .collect();
    let mut ids = IdList::with_capacity(count, count * id::ID_LEN);
    let mut errors = Vec::new();
    let items: Vec<T> = results
        .into_iter()
        .enumerate()
        .filter_map(|(i, r)| match r {
            Ok(item) => {
                // A record read is named by its id (the load checks it).
                ids.push(id::id_of_path(&path_at(i)).unwrap_or_default());
                item
            }
            Err(e) => {
                errors.push(*e);
                None
            }
        })
        .collect();
    (fitted(items), ids, errors)
}

/// What a scan made of one record file, or why it could not be read.
type Mapped<T> = std::result::Result<Option<T>, Box<FileError>>;

/// Files in a store that should not be there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stray {
    /// A temporary file left by a write that was interrupted.
    TempFile,
    /// A decrypted record or other plaintext TOML outside `.crmfile/`.
    Plaintext,
    /// A symbolic link (never followed).
    Symlink,
}

/// Files the state folder keeps on purpose (never record content in the clear).
const STATE_FILES: &[&str] = &[
    "config.toml",
    ".gitignore",
    "lock",
    "erasures.toml",
    "erasure-key.age",
    "team.toml",
];

/// Whether a file holds customer data in the clear, whatever its name: not age-encrypted,
/// and holding a customer id, a vCard or calendar, or a record's TOML.
fn holds_plaintext(path: &Path) -> bool {
    use std::io::Read;
    static MARKS: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
    let marks = MARKS.get_or_init(|| {
        regex::bytes::Regex::new(
            r"(?m)\bc-[0-9a-hjkmnp-tv-z]{8}\b|BEGIN:VCARD|BEGIN:VCALENDAR|^\s*schema\s*=\s*\d+\s*$",
        )
        .expect("a valid pattern")
    });
    let mut head = Vec::new();
    if std::fs::File::open(path)
        .and_then(|f| f.take(256 * 1024).read_to_end(&mut head))
        .is_err()
    {
        return false;
    }
    if head.starts_with(b"age-encryption.org/") || head.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----") {
        return false;
    }
    marks.is_match(&head)
}

impl Store {
    /// Stray files under the root, outside `.git`: temporary files, links, and files that
    /// hold customer data in the clear whatever their name (in `.crmfile/` too, beside the
    /// files it keeps on purpose).
    pub fn stray_files(&self) -> Vec<(PathBuf, Stray)> {
        let mut out = Vec::new();
        let state = self.state_dir();
        // Every folder but git's own: hidden ones too, where a copy is easily forgotten.
        // Walked as the folders list their files and put in order at the end: a walk
        // sorted as it goes holds a folder's every entry at once (at 100,000 records in one
        // folder, 17 MiB of audit's peak).
        let entries = WalkDir::new(&self.root)
            .follow_links(false)
            .into_iter()
            .filter_entry(|e| !(e.depth() == 1 && e.file_type().is_dir() && e.file_name() == ".git"))
            .filter_map(Result::ok);
        for e in entries {
            let name = e.file_name().to_string_lossy();
            let in_state = e.path().starts_with(&state);
            if in_state
                && (e.depth() == 2 && STATE_FILES.contains(&&*name)
                    || name.starts_with("access.log")
                    || name.starts_with("index")
                    // The shared access trail: ids, times, commands, members; no names.
                    || e.path().parent() == Some(&state.join("access")) && name.ends_with(".log"))
            {
                continue;
            }
            let kind = if e.path_is_symlink() {
                // A link named like a record is reported by the record scan already.
                (id::id_from_file_name(&name).is_none()).then_some(Stray::Symlink)
            } else if !e.file_type().is_file() {
                None
            } else if name.starts_with(".crmfile-tmp-") {
                Some(Stray::TempFile)
            } else if id::id_from_file_name(&name).is_some() && !in_state {
                // Records: the record scan reports one that is not encrypted.
                None
            } else if !in_state
                && [
                    ".toml",
                    ".toml.txt",
                    ".json",
                    ".ndjson",
                    ".csv",
                    ".vcf",
                    ".ics",
                    ".html",
                ]
                .iter()
                .any(|ext| name.ends_with(ext))
                || (name != super::RECIPIENTS_FILE && holds_plaintext(e.path()))
            {
                Some(Stray::Plaintext)
            } else {
                None
            };
            if let Some(k) = kind {
                out.push((e.into_path(), k));
            }
        }
        out.sort_by(|a, b| walk_order(&a.0, &b.0));
        out
    }
}

/// The number of recipient stanzas in an age file's header (`-> ` lines before `---`),
/// not counting the random "grease" stanzas age adds.
pub fn stanza_count(ciphertext: &[u8]) -> Option<usize> {
    let ours = [crate::crypt::RECIPIENTS_TAG, crate::crypt::seal::MAC_TAG];
    Some(
        crate::crypt::seal::header_stanzas(ciphertext)?
            .iter()
            .filter(|(t, _)| !t.ends_with("-grease") && !ours.contains(&t.as_str()))
            .count(),
    )
}

/// The recipients digest a record's header carries (see [`crate::crypt::RECIPIENTS_TAG`]);
/// `None` for a file sealed without one (by age, or an older crmfile).
pub fn header_digest(ciphertext: &[u8]) -> Option<String> {
    crate::crypt::seal::header_stanza(ciphertext, crate::crypt::RECIPIENTS_TAG)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names kept by folder and put in order are the paths sorted in walk order, under a
    /// root and under `/`.
    #[test]
    fn names_in_walk_order_are_the_paths_sorted() {
        for root in ["/s", "/", "/s/"] {
            let rels = [
                "c", "b-c", "b/x", "a", "b/a/z", "B", "b/a/y", "b/a-b/q", "b.d/e", "bb",
            ];
            let paths: Vec<PathBuf> = rels.iter().map(|r| Path::new(root).join(r)).collect();
            let mut want = paths.clone();
            sort_walk_order(&mut want);
            assert_eq!(
                walked(root, &paths).iter().collect::<Vec<_>>(),
                want,
                "under {root}"
            );
        }
    }

    #[test]
    fn walk_order_lists_a_folder_where_its_name_falls() {
        let mut paths: Vec<PathBuf> = ["s/c", "s/b-c", "s/b/x", "s/a", "s/b/a/z", "s/B"]
            .iter()
            .map(PathBuf::from)
            .collect();
        sort_walk_order(&mut paths);
        let got: Vec<&str> = paths.iter().map(|p| p.to_str().unwrap()).collect();
        // As walkdir sorted by file name lists them: a folder's files before a name that
        // sorts after the folder's own name, byte order (upper case first).
        assert_eq!(got, ["s/B", "s/a", "s/b/a/z", "s/b/x", "s/b-c", "s/c"]);
    }

    /// The list a walk makes (see [`in_walk_order`]) of `paths`, met in reverse order, each
    /// folder where its first file is met.
    fn walked(root: &str, paths: &[PathBuf]) -> PathList {
        let mut dirs: Vec<PathBuf> = Vec::new();
        let mut names = Vec::new();
        let mut records = Vec::new();
        for p in paths.iter().rev() {
            let dir = p.parent().unwrap().to_path_buf();
            let at = dirs.iter().position(|d| *d == dir).unwrap_or_else(|| {
                dirs.push(dir);
                dirs.len() - 1
            });
            let name = p.file_name().unwrap().as_bytes();
            records.push((at as u32, names.len() as u32, name.len() as u32));
            names.extend_from_slice(name);
        }
        let folders: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
        in_walk_order(Path::new(root), &folders, &names, records)
    }

    /// A list keeps each path without its root and gives the whole path back, in order,
    /// kept or dropped as asked; a path not under the root is kept whole.
    #[test]
    fn a_path_list_gives_back_the_walk_s_paths() {
        let all = |list: &PathList| list.iter().collect::<Vec<_>>();
        for root in ["/s", "/"] {
            let under = |name: &str| Path::new(root).join(name);
            let paths: Vec<PathBuf> = ["a/b/c-3.toml.age", "c-1.toml.age", "名/c-2.toml.age"]
                .iter()
                .map(|n| under(n))
                .collect();
            let mut list = walked(root, &paths);
            assert_eq!(all(&list), paths);
            assert_eq!(
                list.rest(2),
                Path::new("名/c-2.toml.age"),
                "kept without the root"
            );
            let mut made = PathBuf::from("/something/long/before");
            list.get_into(0, &mut made);
            assert_eq!(made, paths[0]);
            let mut seen = Vec::new();
            list.retain(&mut |p| {
                seen.push(p.to_path_buf());
                !p.starts_with(under("名"))
            });
            assert_eq!(seen, paths, "retain is shown each whole path");
            assert_eq!(all(&list), paths[..2]);
            // Made from the parts under the root, as the kept listing makes it.
            let mut listed = PathList::under(Path::new(root), 0, 0);
            listed.push_rest(b"a/b/c-3.toml.age");
            assert_eq!(all(&listed), [paths[0].clone()]);
        }
        // A folder elsewhere (not from a walk of the root) keeps every path whole.
        let odd: Vec<PathBuf> = ["/s/c-1.toml.age", "/t/c-2.toml.age"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let list = walked("/s", &odd);
        assert_eq!(all(&list), odd);
        assert_eq!(list.rest(0), Path::new("/s/c-1.toml.age"), "whole");
        assert!(walked("/s", &[]).is_empty());
    }

    proptest::proptest! {
        /// The word-at-a-time scan finds the same first difference as a byte-at-a-time
        /// one, wherever it falls against the eight-byte steps.
        #[test]
        fn first_difference_is_the_first_differing_byte(
            shared in proptest::collection::vec(0u8..4, 0..40),
            a in proptest::collection::vec(0u8..4, 0..12),
            b in proptest::collection::vec(0u8..4, 0..12),
        ) {
            // A shared start of any length, as a store's paths share their root, so the
            // difference falls in every word and at every place in it.
            let x: Vec<u8> = shared.iter().chain(&a).copied().collect();
            let y: Vec<u8> = shared.iter().chain(&b).copied().collect();
            let plain = x.iter().zip(&y).position(|(p, q)| p != q);
            proptest::prop_assert_eq!(first_difference(&x, &y), plain);
        }
    }
}
