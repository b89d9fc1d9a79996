//! The scan engine of bulk commands: walk once, decrypt and parse in parallel with the
//! identities parsed once, collect per-file errors instead of stopping.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::Store;
use super::record_io::{self, FileError, FileProblem, Loaded};
use crate::crypt::Keyring;
use crate::model::id;

/// What a scan found: the readable records and the files that could not be used.
pub struct ScanResult {
    pub records: Vec<Loaded>,
    pub errors: Vec<FileError>,
}

impl Store {
    /// Every record file under the root (hidden folders such as `.crmfile` and `.git`
    /// skipped), sorted; symbolic links are reported, never followed.
    pub fn record_paths(&self) -> (Vec<PathBuf>, Vec<FileError>) {
        let mut paths = Vec::new();
        let mut errors = Vec::new();
        let walker = WalkDir::new(&self.root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter();
        for entry in
            walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| self.root.clone());
                    errors.push(FileError {
                        path,
                        problem: FileProblem::Unreadable(e.to_string()),
                    });
                    continue;
                }
            };
            let name = entry.file_name().to_string_lossy();
            if id::id_from_file_name(&name).is_none() {
                continue;
            }
            if entry.path_is_symlink() {
                errors.push(FileError {
                    path: entry.into_path(),
                    problem: FileProblem::Symlink,
                });
            } else if entry.file_type().is_file() {
                paths.push(entry.into_path());
            }
        }
        (paths, errors)
    }

    /// Every `.age-recipients` in the store, root first.
    pub fn recipients_files(&self) -> Vec<PathBuf> {
        WalkDir::new(&self.root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.') || e.file_type().is_file()
            })
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.file_name() == super::RECIPIENTS_FILE)
            .map(|e| e.into_path())
            .collect()
    }

    /// The record files a recipients file governs: those in its folder and below, except
    /// under a sub-folder with a recipients file of its own.
    pub fn governed_by(&self, recipients_file: &Path) -> Vec<PathBuf> {
        let folder = recipients_file.parent().unwrap_or(&self.root);
        let (paths, _) = self.record_paths();
        paths
            .into_iter()
            .filter(|p| p.starts_with(folder))
            .filter(|p| {
                p.parent()
                    .map(|d| {
                        d.ancestors()
                            .take_while(|a| a.starts_with(folder) && *a != folder)
                            .all(|a| !a.join(super::RECIPIENTS_FILE).is_file())
                    })
                    .unwrap_or(true)
            })
            .collect()
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
        WalkDir::new(&self.root)
            .follow_links(false)
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(Result::ok)
            .find(|e| e.file_type().is_file() && e.file_name().to_string_lossy() == want)
            .map(|e| e.into_path())
    }

    /// Decrypts and parses every record in parallel.
    pub fn scan(&self, keyring: &Keyring, keep_unknown: bool) -> ScanResult {
        let (paths, mut errors) = self.record_paths();
        let results: Vec<_> = paths
            .par_iter()
            .map(|p| record_io::load(p, keyring, keep_unknown))
            .collect();
        let mut records = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok(loaded) => records.push(loaded),
                Err(e) => errors.push(e),
            }
        }
        ScanResult { records, errors }
    }

    /// Decrypts every record in parallel and keeps only what `f` makes of each, so memory
    /// holds the results, not the store. Returns the results, the ids read, and the files
    /// that could not be used.
    pub fn scan_map<T: Send>(
        &self,
        keyring: &Keyring,
        keep_unknown: bool,
        f: impl Fn(Loaded) -> Option<T> + Sync,
    ) -> (Vec<T>, Vec<String>, Vec<FileError>) {
        let (paths, mut errors) = self.record_paths();
        // Boxed, so a record that yields nothing costs a pointer, not a T.
        let results: Vec<Mapped<T>> = paths
            .par_iter()
            .map(|p| match record_io::load(p, keyring, keep_unknown) {
                Ok(l) => {
                    let id = l.customer.id.clone();
                    Ok((id, f(l).map(Box::new)))
                }
                Err(e) => Err(Box::new(e)),
            })
            .collect();
        let mut items = Vec::new();
        let mut ids = Vec::with_capacity(results.len());
        for r in results {
            match r {
                Ok((id, item)) => {
                    ids.push(id);
                    items.extend(item.map(|b| *b));
                }
                Err(e) => errors.push(*e),
            }
        }
        (items, ids, errors)
    }
}

/// One record's id and what a scan made of it, or why it could not be read.
type Mapped<T> = std::result::Result<(String, Option<Box<T>>), Box<FileError>>;

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

impl Store {
    /// Stray files under the root, outside `.git` and `.crmfile`.
    pub fn stray_files(&self) -> Vec<(PathBuf, Stray)> {
        let mut out = Vec::new();
        let walker = WalkDir::new(&self.root)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter();
        for e in walker
            .filter_entry(|e| {
                e.depth() == 0
                    || !(e.file_type().is_dir() && e.file_name().to_string_lossy().starts_with('.'))
            })
            .filter_map(Result::ok)
        {
            let name = e.file_name().to_string_lossy();
            let kind = if e.path_is_symlink() {
                // A link named like a record is reported by the record scan already.
                (id::id_from_file_name(&name).is_none()).then_some(Stray::Symlink)
            } else if !e.file_type().is_file() {
                None
            } else if name.starts_with(".crmfile-tmp-") {
                Some(Stray::TempFile)
            } else if [
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
            {
                Some(Stray::Plaintext)
            } else {
                None
            };
            if let Some(k) = kind {
                out.push((e.into_path(), k));
            }
        }
        out
    }
}

/// The number of recipient stanzas in an age file's header (`-> ` lines before `---`),
/// not counting the random "grease" stanzas age adds.
pub fn stanza_count(ciphertext: &[u8]) -> Option<usize> {
    if ciphertext.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----") {
        use std::io::Read;
        let mut decoded = Vec::new();
        let _ = age::armor::ArmoredReader::new(ciphertext)
            .take(64 * 1024)
            .read_to_end(&mut decoded);
        return stanza_count(&decoded).filter(|_| !decoded.starts_with(b"-----"));
    }
    let end = ciphertext.windows(4).position(|w| w == b"\n---")?;
    let header = std::str::from_utf8(&ciphertext[..end]).ok()?;
    let tag = |l: &str| {
        l.strip_prefix("-> ")
            .and_then(|rest| rest.split_whitespace().next())
            .map(String::from)
    };
    Some(
        header
            .lines()
            .filter_map(tag)
            .filter(|t| !t.ends_with("-grease"))
            .count(),
    )
}
