//! The access log: one NDJSON line per command that decrypted or wrote records — when,
//! who, which command, which ids. Never names.
//!
//! Two places: `.crmfile/access.log`, local to this machine (git-ignored), for a store
//! without a team or with `[access_log] shared = false`; and the team's trail,
//! `.crmfile/access/<member>@<device>.log`, which git carries. The trail has one file per
//! member and clone ([`device`]) so that merges never conflict, and is hash-chained: each
//! line carries the SHA-256 of the line before it, so a line deleted or edited is found
//! by [`verify`]. Lines are written
//! whole, in one write; a torn last line (a full disk, a crash) is found, reported and cut
//! off before the next line is written. Symbolic links are refused.

use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::i18n::fl;

/// Ids listed per line at most; a bulk command over the whole store logs the count.
pub const MAX_IDS: usize = 100;

/// The first [`MAX_IDS`] of `ids` in order, without repeats, and how many different ids
/// there are in all: what a line of the log lists. A bulk read notes every record it saw
/// (100,000 ids), so they are ordered by their first 16 bytes, held beside each id, and
/// the text is compared only where those are equal: sorting the texts themselves, each
/// behind a pointer, cost 25-30 ms.
pub fn first_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> (Vec<String>, usize) {
    use rayon::prelude::*;
    // Zero pads: it sorts below every byte, as the end of a shorter text does.
    let prefix = |s: &str| {
        let mut key = [0u8; 16];
        let n = s.len().min(16);
        key[..n].copy_from_slice(&s.as_bytes()[..n]);
        u128::from_be_bytes(key)
    };
    let mut keyed: Vec<(u128, &str)> = ids.into_iter().map(|s| (prefix(s), s)).collect();
    keyed.par_sort_unstable();
    keyed.dedup_by(|a, b| a.1 == b.1);
    let first = keyed.iter().take(MAX_IDS).map(|(_, s)| s.to_string()).collect();
    (first, keyed.len())
}

/// The folder of the shared trail inside `.crmfile/`.
pub const SHARED_DIR: &str = "access";

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Access {
    pub at: String,
    /// The member (in a team), else the login name.
    pub user: String,
    pub command: String,
    pub read: usize,
    pub written: usize,
    pub ids: Vec<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more: usize,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub failed: bool,
    /// In the shared trail: the SHA-256 (hex) of the line before, empty on the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The hash a line's successor carries.
pub fn line_hash(line: &str) -> String {
    crate::crypt::hex(&Sha256::digest(line.as_bytes()))
}

fn refuse_symlink(path: &Path) -> Result<()> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Error::new(fl!(
            "error-symlink-refused",
            path = path.display().to_string()
        )));
    }
    Ok(())
}

fn open_options() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
        // Never through a link, even one made between the check and the open.
        options.custom_flags(libc_o_nofollow());
    }
    options
}

#[cfg(all(unix, any(target_os = "linux", target_os = "android")))]
fn libc_o_nofollow() -> i32 {
    0o400000
}

#[cfg(all(unix, not(any(target_os = "linux", target_os = "android"))))]
fn libc_o_nofollow() -> i32 {
    0x0100
}

/// Appends to the local log (`.crmfile/access.log`).
pub fn append(state_dir: &Path, entry: &Access) -> Result<()> {
    let path = state_dir.join("access.log");
    refuse_symlink(&path)?;
    let mut line =
        serde_json::to_string(entry).map_err(|e| Error::new(fl!("error-write-access-log")).caused_by(e))?;
    line.push('\n');
    let mut options = open_options();
    options.create(true).append(true);
    let mut f = options.open(&path).map_err(|e| Error::io("open", &path, e))?;
    // One write of one line: appends from concurrent processes do not interleave.
    f.write_all(line.as_bytes())
        .map_err(|e| Error::io("write", &path, e))
}

/// The file, in `.crmfile/` and ignored by git, that names this clone of the store in the
/// shared trail.
const DEVICE_FILE: &str = "device";

/// This clone's name in the shared trail: eight random letters and digits, made on first
/// use and kept in `.crmfile/device` (which git ignores) with the machine and folder it
/// was made for. A member who works in two clones (a laptop and the machine that runs
/// their reminders) writes one trail in each, so neither forks the other's chain and a
/// pull never meets a trail changed on both sides. A copy of the folder (`cp -a`, rsync,
/// a device file committed by mistake) is elsewhere, so it makes a name of its own.
pub fn device(state_dir: &Path) -> Result<String> {
    use rand::Rng;
    let path = state_dir.join(DEVICE_FILE);
    refuse_symlink(&path)?;
    let folder = std::fs::canonicalize(state_dir).unwrap_or_else(|_| state_dir.to_path_buf());
    let host = rustix::system::uname().nodename().to_string_lossy().into_owned();
    let here = format!("{host} {}", folder.display());
    let mut options = open_options();
    options.read(true).write(true).create(true);
    let mut f = options.open(&path).map_err(|e| Error::io("open", &path, e))?;
    // Locked while read and, when new, written: two first commands agree on one name.
    f.lock().map_err(|e| Error::io("lock", &path, e))?;
    let mut text = String::new();
    let _ = f.read_to_string(&mut text);
    let mut lines = text.lines();
    if let (Some(id), Some(place)) = (lines.next(), lines.next())
        && id.len() == 8
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && place == here
    {
        return Ok(id.to_string());
    }
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    let made: String = (0..8)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    f.set_len(0)
        .and_then(|()| f.seek(std::io::SeekFrom::Start(0)).map(drop))
        .and_then(|()| f.write_all(format!("{made}\n{here}\n").as_bytes()))
        .and_then(|()| f.sync_data())
        .map_err(|e| Error::io("write", &path, e))?;
    ignore_device(state_dir)?;
    Ok(made)
}

/// Adds the device file to `.crmfile/.gitignore` when that file does not ignore
/// everything (one written by hand): it names this clone, and must not go to the others.
fn ignore_device(state_dir: &Path) -> Result<()> {
    let path = state_dir.join(".gitignore");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(());
    };
    if text.lines().map(str::trim).any(|l| l == "*" || l == DEVICE_FILE) {
        return Ok(());
    }
    let mut new = text;
    if !new.is_empty() && !new.ends_with('\n') {
        new.push('\n');
    }
    new.push_str(DEVICE_FILE);
    new.push('\n');
    crate::store::write_atomic(&path, new.as_bytes(), crate::store::Mode::Replace)
}

/// The file of `member`'s shared trail written from this clone.
pub fn member_file(state_dir: &Path, member: &str) -> Result<PathBuf> {
    let device = device(state_dir)?;
    Ok(state_dir.join(SHARED_DIR).join(format!("{member}@{device}.log")))
}

/// What appending to the shared trail found and did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Appended {
    /// The trail's file.
    pub path: PathBuf,
    /// Bytes of a torn last line that were cut off before writing.
    pub repaired: usize,
}

/// Appends a line to `member`'s shared trail, chained to the line before. The file is
/// locked while its end is read and the line written, so two commands of one member do
/// not chain to the same line.
pub fn append_shared(state_dir: &Path, member: &str, entry: &Access) -> Result<Appended> {
    crate::store::team::check_name(member)?;
    let dir = state_dir.join(SHARED_DIR);
    refuse_symlink(&dir)?;
    std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
    refuse_symlink(&dir)?;
    crate::store::ensure_gitignore(state_dir)?;
    let path = member_file(state_dir, member)?;
    refuse_symlink(&path)?;
    let mut repaired = repair_legacy(&dir.join(format!("{member}.log")))?;
    let mut options = open_options();
    options.create(true).read(true).write(true);
    let mut f = options.open(&path).map_err(|e| Error::io("open", &path, e))?;
    f.lock().map_err(|e| Error::io("lock", &path, e))?;
    let mut text = Vec::new();
    f.read_to_end(&mut text)
        .map_err(|e| Error::io("read", &path, e))?;
    // The chain goes on from the last whole line.
    repaired += cut_torn_tail(&f, &mut text, &path)?;
    let last = String::from_utf8_lossy(&text);
    let prev = last.lines().last().map(line_hash).unwrap_or_default();
    let mut entry = entry.clone();
    entry.prev = Some(prev);
    let mut line =
        serde_json::to_string(&entry).map_err(|e| Error::new(fl!("error-write-access-log")).cause(e))?;
    line.push('\n');
    f.seek(std::io::SeekFrom::End(0))
        .map_err(|e| Error::io("write", &path, e))?;
    f.write_all(line.as_bytes())
        .and_then(|()| f.sync_data())
        .map_err(|e| Error::io("write", &path, e))?;
    Ok(Appended { path, repaired })
}

/// Cuts a torn last line off the member's trail from before trails were kept per clone
/// (`<member>.log`, no longer written to), so that its chain verifies again; returns the
/// bytes cut.
fn repair_legacy(path: &Path) -> Result<usize> {
    refuse_symlink(path)?;
    let mut options = open_options();
    options.read(true).write(true);
    let mut f = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(Error::io("open", path, e)),
    };
    f.lock().map_err(|e| Error::io("lock", path, e))?;
    let mut text = Vec::new();
    f.read_to_end(&mut text).map_err(|e| Error::io("read", path, e))?;
    let cut = cut_torn_tail(&f, &mut text, path)?;
    if cut > 0 {
        f.sync_data().map_err(|e| Error::io("repair", path, e))?;
    }
    Ok(cut)
}

/// Cuts a torn last line (one without its newline: a full disk, a crash) off the file
/// `f` at `path`, whose bytes `text` holds, and off `text`; returns the bytes cut.
fn cut_torn_tail(f: &std::fs::File, text: &mut Vec<u8>, path: &Path) -> Result<usize> {
    let whole = text.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let cut = text.len() - whole;
    if cut > 0 {
        f.set_len(whole as u64)
            .map_err(|e| Error::io("repair", path, e))?;
        text.truncate(whole);
    }
    Ok(cut)
}

/// Reads a log file's lines; an unreadable line is skipped (and found by [`verify`]).
fn read_file(path: &Path) -> Result<Vec<Access>> {
    refuse_symlink(path)?;
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io("read", path, e)),
    };
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect())
}

/// The shared trail's files, by member name: one per clone the member wrote from
/// (`<member>@<device>.log`), and the one file a member had before trails were kept per
/// clone (`<member>.log`).
pub fn shared_files(state_dir: &Path) -> Vec<(String, PathBuf)> {
    let dir = state_dir.join(SHARED_DIR);
    if refuse_symlink(&dir).is_err() {
        return Vec::new();
    }
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(String, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let file = name.strip_suffix(".log")?;
            let member = file.split_once('@').map_or(file, |(m, _)| m).to_string();
            Some((member, e.path()))
        })
        .collect();
    out.sort();
    out
}

/// Every line: this machine's log and every member's trail, oldest first.
pub fn read(state_dir: &Path) -> Result<Vec<Access>> {
    let mut all = read_file(&state_dir.join("access.log"))?;
    for (_, path) in shared_files(state_dir) {
        all.extend(read_file(&path)?);
    }
    all.sort_by(|a, b| a.at.cmp(&b.at));
    Ok(all)
}

/// What is wrong with one member's trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    /// The file is a symbolic link (never read).
    Symlink,
    /// The last line has no newline: a write was cut short.
    TornTail,
    /// A line is not an access entry (1-based).
    Unreadable(usize),
    /// A line does not carry the hash of the line before it: a line was deleted,
    /// inserted or edited (1-based).
    ChainBroken(usize),
}

/// Checks every member's trail; returns the problems by member file.
pub fn verify(state_dir: &Path) -> Vec<(PathBuf, Broken)> {
    let mut out = Vec::new();
    for (_, path) in shared_files(state_dir) {
        if refuse_symlink(&path).is_err() {
            out.push((path, Broken::Symlink));
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            out.push((path, Broken::Unreadable(1)));
            continue;
        };
        if !text.is_empty() && !text.ends_with('\n') {
            out.push((path.clone(), Broken::TornTail));
        }
        let whole = text.rfind('\n').map_or("", |i| &text[..i]);
        let mut prev = String::new();
        for (n, line) in whole.lines().enumerate() {
            match serde_json::from_str::<Access>(line) {
                Ok(a) if a.prev.as_deref().unwrap_or("") == prev => {}
                Ok(_) => {
                    out.push((path.clone(), Broken::ChainBroken(n + 1)));
                    break;
                }
                Err(_) => {
                    out.push((path.clone(), Broken::Unreadable(n + 1)));
                    break;
                }
            }
            prev = line_hash(line);
        }
    }
    out
}

#[cfg(test)]
mod first_ids_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same as sorting the texts, removing repeats and keeping the first: ids
        /// that share their first 16 bytes, are prefixes of each other, hold NUL bytes
        /// or bytes above 0x7F included.
        #[test]
        fn first_ids_are_the_sorted_distinct_ids(
            ids in proptest::collection::vec("(c-[0-9a-z]{8}|[ab\\x00é张\u{10FFFF}]{0,20}|c-aaaaaaaaaaaaaa[a-c张]{0,3})", 0..400),
        ) {
            let mut want = ids.clone();
            want.sort();
            want.dedup();
            let all = want.len();
            want.truncate(MAX_IDS);
            prop_assert_eq!(first_ids(ids.iter().map(String::as_str)), (want, all));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: usize) -> Access {
        Access {
            at: format!("2026-11-2{n}T09:00:00Z"),
            user: "李娜".into(),
            command: "show".into(),
            read: 1,
            written: 0,
            ids: vec!["c-7k3m9q2x".into()],
            more: 0,
            failed: false,
            prev: None,
        }
    }

    #[test]
    fn chain_detects_deleted_and_edited_lines() {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..4 {
            append_shared(dir.path(), "李娜", &entry(n)).unwrap();
        }
        assert!(verify(dir.path()).is_empty());
        assert_eq!(read(dir.path()).unwrap().len(), 4);
        let file = member_file(dir.path(), "李娜").unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        // Deleted second line.
        let cut = format!("{}\n{}\n{}\n", lines[0], lines[2], lines[3]);
        std::fs::write(&file, cut).unwrap();
        assert_eq!(verify(dir.path()), vec![(file.clone(), Broken::ChainBroken(2))]);
        // Edited first line.
        let edited = text.replacen("\"read\":1", "\"read\":2", 1);
        std::fs::write(&file, edited).unwrap();
        assert_eq!(verify(dir.path()), vec![(file.clone(), Broken::ChainBroken(2))]);
    }

    #[test]
    fn torn_tail_is_found_and_repaired_on_next_write() {
        let dir = tempfile::tempdir().unwrap();
        append_shared(dir.path(), "li.na", &entry(1)).unwrap();
        let file = member_file(dir.path(), "li.na").unwrap();
        let mut f = std::fs::OpenOptions::new().append(true).open(&file).unwrap();
        f.write_all(b"{\"at\":\"2026-11-2").unwrap();
        drop(f);
        assert_eq!(verify(dir.path()), vec![(file.clone(), Broken::TornTail)]);
        let done = append_shared(dir.path(), "li.na", &entry(2)).unwrap();
        assert_eq!(done.repaired, 16);
        assert!(verify(dir.path()).is_empty());
        assert_eq!(read(dir.path()).unwrap().len(), 2);
    }

    #[test]
    fn a_clone_keeps_its_name_and_a_copy_elsewhere_makes_its_own() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".gitignore"), "lock\nindex-*\n").unwrap();
        let name = device(dir.path()).unwrap();
        assert_eq!(device(dir.path()).unwrap(), name);
        // A hand-written .gitignore that does not ignore everything gets the file's line.
        let ignore = std::fs::read_to_string(dir.path().join(".gitignore")).unwrap();
        assert_eq!(ignore, "lock\nindex-*\ndevice\n");
        // The same file where another machine or folder made it: a name of its own.
        let file = dir.path().join(DEVICE_FILE);
        std::fs::write(&file, format!("{name}\nother-host /elsewhere/.crmfile\n")).unwrap();
        let moved = device(dir.path()).unwrap();
        assert_ne!(moved, name);
        assert_eq!(device(dir.path()).unwrap(), moved);
        // Damaged: replaced.
        std::fs::write(&file, "???\n").unwrap();
        let again = device(dir.path()).unwrap();
        assert!(again.len() == 8 && again != moved, "{again}");
    }

    #[test]
    fn a_torn_line_in_the_trail_from_before_clones_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(SHARED_DIR)).unwrap();
        let legacy = dir.path().join(SHARED_DIR).join("li.na.log");
        let whole = serde_json::to_string(&Access {
            prev: Some(String::new()),
            ..entry(1)
        })
        .unwrap();
        std::fs::write(&legacy, format!("{whole}\n{{\"at\":\"2026-1")).unwrap();
        assert_eq!(verify(dir.path()), vec![(legacy.clone(), Broken::TornTail)]);
        let done = append_shared(dir.path(), "li.na", &entry(2)).unwrap();
        assert_eq!(done.repaired, 13);
        assert!(verify(dir.path()).is_empty());
        assert_eq!(std::fs::read_to_string(&legacy).unwrap(), format!("{whole}\n"));
        assert_eq!(read(dir.path()).unwrap().len(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(SHARED_DIR)).unwrap();
        let elsewhere = dir.path().join("elsewhere.log");
        std::fs::write(&elsewhere, "").unwrap();
        std::os::unix::fs::symlink(&elsewhere, member_file(dir.path(), "li.na").unwrap()).unwrap();
        assert!(append_shared(dir.path(), "li.na", &entry(1)).is_err());
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "");
        assert_eq!(verify(dir.path()).len(), 1);
    }
}
