//! The store on disk: finding its root, its config, recipients, the write lock, walking
//! and loading records, and sealing them again. Only this module and `crypt` touch files.

pub mod access_log;
pub mod attachments;
pub mod edit_copy;
pub mod erasures;
pub mod git;
mod index;
mod listing;
mod lock;
mod recipients;
mod record_io;
mod scan;
pub mod seal_key;
pub mod team;
pub mod timing;
pub mod trust;

use std::path::{Component, Path, PathBuf};

pub use index::{Compact, Passed, Prefilter, Projection, index_view};
pub use lock::StoreLock;
pub use recipients::{RecipientSet, Recipients, keys_text};
pub use record_io::{
    FileError, FileProblem, Loaded, Mode, ToSeal, load, load_text, parse_record, render_record, seal,
    seal_many, write_atomic, write_atomic_with,
};
pub(crate) use scan::PathList;
pub use scan::{Stray, header_digest, load_map, stanza_count};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::config::Config;

/// Makes a new store in `dir`: the state folder with its config and .gitignore, and the
/// root's recipients file. Never overwrites a file. Returns the store's canonical root.
pub fn create(dir: &Path, config: &str, recipients: &str) -> Result<PathBuf> {
    let state = dir.join(STATE_DIR);
    std::fs::create_dir_all(&state).map_err(|e| Error::io("create", &state, e))?;
    write_new(&state.join(CONFIG_FILE), config)?;
    write_new(&state.join(".gitignore"), GITIGNORE)?;
    write_new(&dir.join(RECIPIENTS_FILE), recipients)?;
    canonical(dir)
}

/// The first line of a store's config: its id (what trust in its recipients is bound to).
pub fn store_id_line(id: &str) -> String {
    format!(
        "# This store's id: trust in its recipients is bound to it. Do not copy it to another store.\nstore_id = \"{id}\"\n\n"
    )
}

/// What `.crmfile/.gitignore` lets git carry: the settings, the team, the erasures, the
/// seal key and the shared access trail; the rest (lock, index, local access log) stays on this machine.
const GITIGNORE: &str = "# Local state (lock, caches, local access log) stays on this machine.\n*\n!.gitignore\n!config.toml\n!erasures.toml\n!erasure-key.age\n!seal-key.age\n!team.toml\n!access/\n!access/*.log\n";

/// Lines a store made by an older crmfile lacks in its `.gitignore`, so git carries the
/// team file and the access trail.
const GITIGNORE_TEAM: &[&str] = &[
    "!erasure-key.age",
    "!seal-key.age",
    "!team.toml",
    "!access/",
    "!access/*.log",
];

/// Adds the team lines to a store's `.crmfile/.gitignore` when it ignores everything
/// else (a store made before teams); a `.gitignore` written by hand without `*` is left
/// alone.
pub fn ensure_gitignore(state_dir: &Path) -> Result<()> {
    let path = state_dir.join(".gitignore");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(());
    };
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    if !lines.contains(&"*") {
        return Ok(());
    }
    let missing: Vec<&str> = GITIGNORE_TEAM
        .iter()
        .copied()
        .filter(|l| !lines.contains(l))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut new = text.clone();
    if !new.ends_with('\n') {
        new.push('\n');
    }
    for l in missing {
        new.push_str(l);
        new.push('\n');
    }
    write_atomic(&path, new.as_bytes(), Mode::Replace)
}

/// Whether anything (a file, a folder, a link, even a dangling one) is at `path`.
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Whether `path` is a symbolic link (never followed by crmfile's writes).
pub fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Makes a folder of the store (and its parents), checked to stay inside the root once
/// made: a link put in its way is refused.
pub fn create_folder(root: &Path, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    let real = canonical(dir)?;
    if !real.starts_with(root) {
        return Err(Error::usage(fl!(
            "error-folder-symlink",
            folder = dir.display().to_string()
        )));
    }
    Ok(())
}

fn write_new(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io("create", path, e))?;
    f.write_all(text.as_bytes())
        .map_err(|e| Error::io("write", path, e))
}

/// The start of a record file, where its age header is (an armored file whole, up to
/// the record size limit); empty when it cannot be read.
pub fn record_header(path: &Path) -> Vec<u8> {
    use std::io::Read;
    let mut head = Vec::new();
    let _ =
        std::fs::File::open(path).and_then(|f| f.take(crate::crypt::MAX_RECORD_BYTES).read_to_end(&mut head));
    if !head.starts_with(b"-----BEGIN") {
        // An age header grows with its recipients (a team's keys, an RSA key is 700
        // bytes); the seal stanza comes last.
        head.truncate(64 * 1024);
    }
    head
}

/// Removes a stray file (a temporary a killed writer left).
pub fn remove_stray(path: &Path) -> std::io::Result<()> {
    std::fs::remove_file(path)
}

/// A file the user gives a command to read (an import), opened for reading.
pub fn open_input(path: &Path) -> Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| Error::io("open", path, e))
}

/// The most a command reads from a file it is given or from stdin (an import, JSON or
/// NDJSON piped in); a larger input is refused before parsing, never cut short.
pub const MAX_INPUT: u64 = 512 << 20;

/// All of an input: the file named, or stdin for `-`, refused when over [`MAX_INPUT`].
pub fn read_input(file: &Path) -> Result<Vec<u8>> {
    read_input_at_most(file, MAX_INPUT)
}

fn read_input_at_most(file: &Path, limit: u64) -> Result<Vec<u8>> {
    let (bytes, shown) = if file == Path::new("-") {
        let bytes = read_capped(std::io::stdin(), limit)
            .map_err(|e| Error::new(fl!("error-read-stdin")).caused_by(e))?;
        (bytes, fl!("what-stdin"))
    } else {
        let bytes = read_capped(open_input(file)?, limit).map_err(|e| Error::io("read", file, e))?;
        (bytes, file.display().to_string())
    };
    bytes.ok_or_else(|| input_too_large(shown, limit))
}

/// The refusal of an input (named by `shown`) larger than `limit` bytes.
pub fn input_too_large(shown: String, limit: u64) -> Error {
    Error::new(fl!(
        "error-input-too-large",
        path = shown,
        mib = (limit >> 20).to_string()
    ))
}

/// All of stdin as text, for a command that reads JSON or NDJSON piped in: refused when
/// over [`MAX_INPUT`], not UTF-8 (the error `not_text`), or empty (with `empty_hint`).
pub fn read_stdin_text(not_text: String, empty_hint: String) -> Result<String> {
    let text =
        String::from_utf8(read_input(Path::new("-"))?).map_err(|e| Error::new(not_text).caused_by(e))?;
    if text.trim().is_empty() {
        return Err(Error::usage(fl!("error-stdin-empty")).hint(empty_hint));
    }
    Ok(text)
}

/// The size of a file the user gives a command to read.
pub fn input_size(path: &Path) -> Result<u64> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|e| Error::io("read", path, e))
}

/// A small text file of the store (recipients, attributes), read whole.
pub fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))
}

/// A file's bytes if it holds at most `cap` of them; `None` if it holds more (never read
/// past `cap + 1`, so `/dev/zero` or a huge file cannot exhaust memory).
pub fn read_at_most(path: &Path, cap: u64) -> Result<Option<Vec<u8>>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io("read", path, e))?;
    read_capped(file, cap).map_err(|e| Error::io("read", path, e))
}

/// All of `reader` if it holds at most `cap` bytes; `None` if it holds more (never read
/// past `cap + 1`).
fn read_capped(reader: impl std::io::Read, cap: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(cap + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= cap).then_some(bytes))
}

/// The absolute path with links resolved, for checking that it lies inside the store.
pub fn canonical(path: &Path) -> Result<PathBuf> {
    std::fs::canonicalize(path).map_err(|e| Error::io("find", path, e))
}

/// The folder of local state and settings inside a store.
pub const STATE_DIR: &str = ".crmfile";
pub const CONFIG_FILE: &str = "config.toml";
pub const RECIPIENTS_FILE: &str = ".age-recipients";

/// An opened store: its root and its config.
pub struct Store {
    pub root: PathBuf,
    pub config: Config,
    pub recipients: Recipients,
    /// The recipients files the last walk saw.
    recipients_seen: std::sync::Mutex<Option<Vec<PathBuf>>>,
    /// The kept listing's plaintext, when a write's check of the recipients files read
    /// it: the scan that follows in the same command takes it instead of decrypting it
    /// again.
    listing_read: std::sync::Mutex<Option<zeroize::Zeroizing<Vec<u8>>>>,
    /// The store's id (from config, or given on the first write to an older store).
    id: std::sync::OnceLock<String>,
    /// Records the last scan left out as not this member's to read.
    not_yours: std::sync::atomic::AtomicUsize,
    /// Whether scans skip records not this member's (set by the session: a team member).
    skip_not_yours: std::sync::atomic::AtomicBool,
}

impl Store {
    /// Finds the store: `explicit` (from `--store` or `CRMFILE_STORE`), else the nearest
    /// folder up from `cwd` that holds `.crmfile/config.toml`.
    pub fn discover(explicit: Option<&Path>, cwd: &Path) -> Result<Store> {
        let root = match explicit {
            Some(dir) => {
                if !dir.join(STATE_DIR).join(CONFIG_FILE).is_file() {
                    let shown = dir.display().to_string();
                    let config = dir.join(STATE_DIR).join(CONFIG_FILE).display().to_string();
                    return Err(Error::new(fl!("error-not-a-store", dir = shown.clone()))
                        .cause(fl!("cause-does-not-exist", path = config))
                        .hint(fl!("hint-init-store", dir = shown)));
                }
                dir.to_path_buf()
            }
            None => cwd
                .ancestors()
                .find(|d| d.join(STATE_DIR).join(CONFIG_FILE).is_file())
                .map(Path::to_path_buf)
                .ok_or_else(|| {
                    Error::new(fl!("error-no-store", dir = cwd.display().to_string()))
                        .hint(fl!("hint-no-store"))
                })?,
        };
        let root = std::fs::canonicalize(&root).map_err(|e| Error::io("open store", &root, e))?;
        let config_path = root.join(STATE_DIR).join(CONFIG_FILE);
        let text = std::fs::read_to_string(&config_path).map_err(|e| Error::io("read", &config_path, e))?;
        let config = Config::parse(&text).map_err(|e| {
            Error::new(fl!("error-bad-config", path = config_path.display().to_string())).cause(e)
        })?;
        // Checked by `Config::parse`: numbers without a country code are this store's.
        if let Ok(region) = crate::model::phone::parse_region(&config.phone_region) {
            crate::model::phone::set_region(region);
        }
        let id = std::sync::OnceLock::new();
        if let Some(given) = config.store_id.clone() {
            let _ = id.set(given);
        }
        Ok(Store {
            recipients: Recipients::new(root.clone()),
            recipients_seen: Default::default(),
            listing_read: Default::default(),
            id,
            not_yours: Default::default(),
            skip_not_yours: Default::default(),
            root,
            config,
        })
    }

    /// The store's id, if it has one yet.
    pub fn id(&self) -> Option<&str> {
        self.id.get().map(String::as_str)
    }

    /// Gives a store made before stores had ids its id: a `store_id` line at the top of
    /// `.crmfile/config.toml` (the caller holds the lock). Returns the id.
    pub fn assign_id(&self) -> Result<String> {
        if let Some(id) = self.id() {
            return Ok(id.to_string());
        }
        let path = self.state_dir().join(CONFIG_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
        let fresh = trust::new_store_id();
        let text = format!("{}{text}", store_id_line(&fresh));
        write_atomic(&path, text.as_bytes(), Mode::Replace)?;
        Ok(self.id.get_or_init(|| fresh).clone())
    }

    /// The config file, for git to commit after [`Store::assign_id`].
    pub fn config_path(&self) -> PathBuf {
        self.state_dir().join(CONFIG_FILE)
    }

    /// The folder `--folder SUBDIR` names, checked to stay inside the store.
    pub fn folder(&self, sub: Option<&str>) -> Result<PathBuf> {
        let Some(sub) = sub.filter(|s| !s.is_empty()) else {
            return Ok(self.root.clone());
        };
        let path = Path::new(sub);
        for part in path.components() {
            match part {
                Component::Normal(name) if !name.to_string_lossy().starts_with('.') => {}
                _ => {
                    return Err(Error::usage(fl!("error-bad-folder", folder = sub.to_string()))
                        .hint(fl!("hint-bad-folder")));
                }
            }
        }
        // A folder that is a symbolic link (or sits below one) would put records outside
        // the store, where no walk finds them.
        let mut at = self.root.clone();
        for part in path.components() {
            at.push(part);
            if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(
                    Error::usage(fl!("error-folder-symlink", folder = sub.to_string()))
                        .hint(fl!("hint-bad-folder")),
                );
            }
        }
        Ok(self.root.join(path))
    }

    /// Deletes a record file and makes the deletion durable (the folder is synced).
    pub fn remove_record(&self, path: &Path) -> Result<()> {
        std::fs::remove_file(path).map_err(|e| Error::io("delete", path, e))?;
        if let Some(dir) = path.parent() {
            std::fs::File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| Error::io("sync folder", dir, e))?;
        }
        Ok(())
    }

    /// Whether a file written at `path` would be inside the store (where plaintext must
    /// never be written), judged by its folder's real location.
    pub fn holds(&self, path: &Path) -> bool {
        let parent = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        canonical(parent)
            .ok()
            .zip(canonical(&self.root).ok())
            .is_some_and(|(d, root)| d.starts_with(root))
    }

    /// A path relative to the root, for messages.
    pub fn rel<'a>(&self, path: &'a Path) -> std::borrow::Cow<'a, str> {
        match plain_rest(path, &self.root) {
            Some(rest) => rest.to_string_lossy(),
            None => path.strip_prefix(&self.root).unwrap_or(path).to_string_lossy(),
        }
    }

    pub fn state_dir(&self) -> PathBuf {
        self.root.join(STATE_DIR)
    }
}

/// What follows `root` in `path` when `path` is `root`, one separator and plain names
/// (as a walk of `root` makes them): found by comparing bytes, where
/// [`Path::strip_prefix`] compares component by component (a tenth of a second over
/// 100,000 paths). `None` for any other shape, which is left to `strip_prefix`.
pub(super) fn plain_rest<'a>(path: &'a Path, root: &Path) -> Option<&'a Path> {
    use std::os::unix::ffi::OsStrExt;
    let rest = path
        .as_os_str()
        .as_bytes()
        .strip_prefix(root.as_os_str().as_bytes())?
        .strip_prefix(&[std::path::MAIN_SEPARATOR as u8])?;
    plain_names(rest).then(|| Path::new(std::ffi::OsStr::from_bytes(rest)))
}

/// Whether a path under a folder is plain names only: none empty, `.` or `..`.
pub(super) fn plain_names(rest: &[u8]) -> bool {
    rest.split(|&b| b == std::path::MAIN_SEPARATOR as u8)
        .all(|name| !name.is_empty() && name != b"." && name != b"..")
}

#[cfg(test)]
mod tests {
    use super::plain_rest;
    use std::path::Path;

    #[test]
    fn a_plain_rest_is_what_strip_prefix_gives() {
        let cases = [
            ("/s/a.toml.age", "/s"),
            ("/s/vip/a", "/s"),
            ("/s//a", "/s"),
            ("/s/./a", "/s"),
            ("/s/a/", "/s"),
            ("/s/a/.", "/s"),
            ("/s/../a", "/s"),
            ("/st/a", "/s"),
            ("/s", "/s"),
            ("/s/a", "/s/"),
            ("./a", "."),
            ("/a", "/"),
            ("/s/客户/a", "/s"),
        ];
        for (path, root) in cases {
            let (path, root) = (Path::new(path), Path::new(root));
            if let Some(rest) = plain_rest(path, root) {
                assert_eq!(Ok(rest), path.strip_prefix(root), "{path:?} under {root:?}");
            }
        }
        assert_eq!(
            plain_rest(Path::new("/s/vip/a"), Path::new("/s")),
            Some(Path::new("vip/a"))
        );
        assert_eq!(plain_rest(Path::new("/st/a"), Path::new("/s")), None);
        assert_eq!(plain_rest(Path::new("/s/./a"), Path::new("/s")), None);
    }
    /// An input over the limit is refused whole, naming it, never cut short at the limit.
    #[test]
    fn an_input_over_the_limit_is_refused_not_cut_short() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rows.ndjson");
        std::fs::write(&file, "{\"name\":\"王芳\"}\n".repeat(4)).unwrap();
        let size = std::fs::metadata(&file).unwrap().len();
        assert_eq!(super::read_input_at_most(&file, size).unwrap().len() as u64, size);
        let e = super::read_input_at_most(&file, size - 1).unwrap_err();
        assert!(e.message.contains("rows.ndjson is larger than"), "{}", e.message);
    }
}
