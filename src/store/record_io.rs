//! Reading one record file (size cap, decrypt, parse) and sealing one again
//! (serialize, encrypt in memory, check it reopens, atomic replace).

use std::io::Write;
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::crypt::{self, DecryptFailure, Keyring, MAX_RECORD_BYTES, RecipientKey};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::config::describe_toml_error;
use crate::model::id;
use crate::model::record::{Customer, SCHEMA_VERSION};
use crate::model::unknown;

/// A record read from its file.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub customer: Customer,
}

/// Why one file could not be used; never carries the record's content.
#[derive(Clone, Debug, PartialEq)]
pub enum FileProblem {
    Unreadable(crate::i18n::OsReason),
    TooLarge(u64),
    Decrypt(DecryptFailure),
    NotUtf8,
    NotToml(String),
    Schema(String),
    /// Written in a later record format (the number) than this build reads.
    Newer(i64),
    IdMismatch(String),
    Symlink,
}

impl FileProblem {
    /// The problem in the language of `loader`: English for audit's findings (JSON), the
    /// language of the run on stderr ([`FileProblem::shown`]).
    pub fn text(&self, loader: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        use i18n_embed_fl::fl;
        match self {
            FileProblem::Unreadable(e) => fl!(loader, "problem-unreadable", error = e.text(loader)),
            FileProblem::TooLarge(n) => fl!(
                loader,
                "problem-too-large",
                size = n.to_string(),
                limit = MAX_RECORD_BYTES.to_string()
            ),
            FileProblem::Decrypt(d) => d.text(loader),
            FileProblem::NotUtf8 => fl!(loader, "problem-not-utf8"),
            FileProblem::NotToml(e) => fl!(loader, "problem-not-toml", error = located(loader, e)),
            FileProblem::Schema(e) => fl!(loader, "problem-schema", error = located(loader, e)),
            FileProblem::Newer(n) => fl!(
                loader,
                "problem-newer",
                format = n.to_string(),
                reads = SCHEMA_VERSION.to_string()
            ),
            FileProblem::IdMismatch(_) => fl!(loader, "problem-id-mismatch"),
            FileProblem::Symlink => fl!(loader, "problem-symlink"),
        }
    }

    /// The problem in the language of this run.
    pub fn shown(&self) -> String {
        self.text(&crate::i18n::LOADER)
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&crate::i18n::ENGLISH))
    }
}

#[derive(Clone, Debug)]
pub struct FileError {
    pub path: PathBuf,
    pub problem: FileProblem,
}

/// A parser's message split at its place (`line 8, column 10: …`): line, column and
/// what follows; `None` for a message that names no place.
fn place_of(message: &str) -> Option<(&str, &str, &str)> {
    let (line, rest) = message.strip_prefix("line ")?.split_once(", column ")?;
    let (column, reason) = rest.split_once(": ")?;
    Some((line, column, reason))
}

/// A parser's message (worded in English where it was made) in the language of
/// `loader`: the place, then serde's reason ([`crate::i18n::serde_message`]).
fn located(loader: &i18n_embed::fluent::FluentLanguageLoader, message: &str) -> String {
    match place_of(message) {
        Some((line, column, reason)) => i18n_embed_fl::fl!(
            loader,
            "problem-at",
            line = line,
            column = column,
            reason = crate::i18n::serde_message_in(loader, reason)
        ),
        None => crate::i18n::serde_message_in(loader, message),
    }
}

/// Hides what a parser's message quotes of the record (its content), keeping what it
/// quotes of the format: the field missing or unknown, the values a field takes, what a
/// value should have been. A message of another shape is hidden wholly.
fn redact_values(message: &str) -> String {
    let (place, reason) = match place_of(message) {
        Some((line, column, reason)) => (Some((line, column)), reason),
        None => (None, message),
    };
    // TOML's syntax errors are the parser's own words, and what they say was expected
    // its tokens: nothing of the record.
    let kept = if crate::i18n::toml_syntax_id(reason).is_some()
        || ["missing field `", "duplicate field `", "unknown field `"]
            .iter()
            .any(|p| reason.starts_with(p))
    {
        reason.to_string()
    } else if let Some(rest) = reason.strip_prefix("unknown variant `")
        && let Some((_, choices)) = rest.split_once('`')
    {
        format!("unknown variant `…`{choices}")
    } else if let Some((shape, found, expected)) = ["invalid type: ", "invalid value: "]
        .iter()
        .find_map(|p| reason.strip_prefix(p).map(|rest| (*p, rest)))
        .and_then(|(p, rest)| rest.rsplit_once(", expected ").map(|(f, e)| (p, f, e)))
    {
        format!("{shape}{}, expected {expected}", redact(found))
    } else {
        redact(reason)
    };
    match place {
        Some((line, column)) => format!("line {line}, column {column}: {kept}"),
        None => kept,
    }
}

/// Hides values quoted in a parser message: they are the record's content.
fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut quote: Option<char> = None;
    for ch in message.chars() {
        match quote {
            Some(q) if ch == q => {
                out.push('…');
                out.push(ch);
                quote = None;
            }
            Some(_) => {}
            None if ch == '"' || ch == '`' => {
                out.push(ch);
                quote = Some(ch);
            }
            None => out.push(ch),
        }
    }
    if quote.is_some() {
        out.push('…');
    }
    out
}

/// Parses decrypted record text. With `keep_unknown`, keys this build does not know are
/// kept on the record so a rewrite puts them back.
pub fn parse_record(text: &str, keep_unknown: bool) -> std::result::Result<Customer, FileProblem> {
    // One typed parse, which also notes whether any key was ignored: only a record with
    // keys this build does not know is read a second time to keep them.
    let mut ignored = false;
    let parsed =
        toml::de::Deserializer::parse(text).and_then(|de| serde_ignored::deserialize(de, |_| ignored = true));
    let mut customer: Customer = match parsed {
        Ok(c) => c,
        Err(e) => {
            return Err(match toml::from_str::<toml::Table>(text) {
                Err(syntax) => FileProblem::NotToml(redact_values(&describe_toml_error(&syntax, text))),
                // A record of a later format fails for what changed in it; the format is
                // the reason to give (a newer crmfile wrote it).
                Ok(doc) => match doc.get("schema").and_then(toml::Value::as_integer) {
                    Some(n) if n > i64::from(SCHEMA_VERSION) => FileProblem::Newer(n),
                    _ => FileProblem::Schema(redact_values(&describe_toml_error(&e, text))),
                },
            });
        }
    };
    if customer.schema != SCHEMA_VERSION {
        return Err(FileProblem::Newer(customer.schema.into()));
    }
    if (keep_unknown && ignored) || !customer.extra.is_empty() || !customer.conflicts.is_empty() {
        let doc: toml::Table = toml::from_str(text)
            .map_err(|e| FileProblem::NotToml(redact_values(&describe_toml_error(&e, text))))?;
        // Free-form tables are taken as written: serde would turn their datetimes into text.
        for (key, table) in [
            ("extra", &mut customer.extra),
            ("conflicts", &mut customer.conflicts),
        ] {
            if let Some(toml::Value::Table(t)) = doc.get(key) {
                *table = t.clone();
            }
        }
        if keep_unknown && ignored {
            let known = customer.to_toml().map_err(FileProblem::Schema)?;
            customer.unknown = unknown::extract(&toml::Value::Table(doc), &known);
        }
    }
    Ok(customer)
}

/// The record as canonical TOML: fields in schema order, unknown keys put back.
pub fn render_record(c: &Customer) -> Result<Zeroizing<String>> {
    let value = c
        .to_toml()
        .map_err(|e| Error::new(fl!("error-serialize-record")).cause(e))?;
    toml::to_string(&value)
        .map(Zeroizing::new)
        .map_err(|e| Error::new(fl!("error-serialize-record")).caused_by(e))
}

/// Reads and decrypts one record file without parsing it: what `edit` opens when the
/// record does not parse, so the user can repair it (in memory, like any edit copy).
pub fn load_text(path: &Path, keyring: &Keyring) -> std::result::Result<Zeroizing<String>, FileError> {
    let plain = read_decrypted(path, keyring)?;
    String::from_utf8(plain.to_vec())
        .map(Zeroizing::new)
        .map_err(|_| FileError {
            path: path.to_path_buf(),
            problem: FileProblem::NotUtf8,
        })
}

/// A record file's bytes decrypted: never through a link, never past the size cap.
fn read_decrypted(path: &Path, keyring: &Keyring) -> std::result::Result<Zeroizing<Vec<u8>>, FileError> {
    let fail = |problem| FileError {
        path: path.to_path_buf(),
        problem,
    };
    let meta = std::fs::symlink_metadata(path)
        .map_err(|e| fail(FileProblem::Unreadable(crate::i18n::OsReason::of(&e))))?;
    if meta.file_type().is_symlink() {
        return Err(fail(FileProblem::Symlink));
    }
    if meta.len() > MAX_RECORD_BYTES {
        return Err(fail(FileProblem::TooLarge(meta.len())));
    }
    let bytes =
        std::fs::read(path).map_err(|e| fail(FileProblem::Unreadable(crate::i18n::OsReason::of(&e))))?;
    keyring
        .open_record(&bytes, path)
        .map_err(|d| fail(FileProblem::Decrypt(d)))
}

/// Reads, decrypts and parses one record file.
pub fn load(path: &Path, keyring: &Keyring, keep_unknown: bool) -> std::result::Result<Loaded, FileError> {
    let fail = |problem| FileError {
        path: path.to_path_buf(),
        problem,
    };
    let plain = read_decrypted(path, keyring)?;
    let text = std::str::from_utf8(&plain).map_err(|_| fail(FileProblem::NotUtf8))?;
    let customer = parse_record(text, keep_unknown).map_err(fail)?;
    let file_id = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(id::id_from_file_name);
    if file_id != Some(customer.id.as_str()) {
        return Err(fail(FileProblem::IdMismatch(customer.id.clone())));
    }
    Ok(Loaded {
        path: path.to_path_buf(),
        customer,
    })
}

/// How a sealed record may land on disk.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A new record: never replaces an existing file.
    Create,
    /// A new version of an existing record.
    Replace,
}

/// Encrypts `customer` to `recipients` and writes it atomically to `path`: temporary file
/// in the same folder, fsync, rename, fsync the folder. Unless `force`, refuses to write a
/// file that `keyring` could not open again.
pub fn seal(
    path: &Path,
    customer: &Customer,
    recipients: &(PathBuf, Vec<RecipientKey>),
    keyring: &Keyring,
    mode: Mode,
    force: bool,
) -> Result<()> {
    let ciphertext = encrypt_checked(path, customer, recipients, keyring, force)?;
    write_atomic(path, &ciphertext, mode)
}

/// One record to seal in a batch: where, what, and to whom.
pub struct ToSeal<'a> {
    pub path: &'a Path,
    pub customer: &'a Customer,
    pub recipients: &'a (PathBuf, Vec<RecipientKey>),
}

/// Seals many records as [`seal`] does one, with the same crash safety but batched
/// syncs: a part of the records is encrypted and written to temporary files in
/// parallel, the temporaries are made durable (one `syncfs` for the part where that is
/// sound, else an `fsync` each), then each is renamed into place; at the end each folder
/// is synced once. The results are in the order of `items`; a record that fails leaves
/// its file as it was.
pub fn seal_many(items: &[ToSeal], keyring: &Keyring, mode: Mode, force: bool) -> Vec<Result<()>> {
    use rayon::prelude::*;
    // Temporary files are open from their write to their rename: a part at a time keeps
    // the open files far below the process's limit.
    const PART: usize = 256;
    let mut folders: std::collections::HashSet<&Path> = std::collections::HashSet::new();
    let mut results: Vec<Result<()>> = Vec::with_capacity(items.len());
    // Whether this identity can open what is sealed to a set of recipients depends on the
    // set, not on the record: it is tried once for each set, with an empty probe, and
    // each record of a set that failed is tried again for its own error.
    // (A set is known by its address: the records of one folder share one.)
    let set_of = |t: &ToSeal| std::ptr::from_ref(t.recipients) as usize;
    let mut opens: std::collections::HashMap<usize, bool> = std::collections::HashMap::new();
    if !force {
        for t in items {
            opens
                .entry(set_of(t))
                .or_insert_with(|| can_open(t.recipients, keyring));
        }
    }
    let opens_known = |t: &ToSeal| force || opens.get(&set_of(t)) == Some(&true);
    // Opened before any temporary is written, so its `syncfs` sees every error since. A
    // single record is synced by itself: cheaper than a `syncfs` of its file system.
    let batch = if items.len() > 1 {
        BatchSync::open(items)
    } else {
        None
    };
    for part in items.chunks(PART) {
        let mut prepared: Vec<Result<tempfile::NamedTempFile>> = part
            .par_iter()
            .map(|t| {
                let ciphertext = encrypt_checked(t.path, t.customer, t.recipients, keyring, opens_known(t))?;
                let write = |f: &mut std::fs::File| {
                    f.write_all(&ciphertext)
                        .map_err(|e| Error::io("write", t.path, e))
                };
                match batch {
                    Some(_) => temporary_with(t.path, write),
                    None => synced_temporary_with(t.path, write),
                }
                .map(|(tmp, ())| tmp)
            })
            .collect();
        if let Some(batch) = &batch {
            batch.sync(part, &mut prepared);
        }
        for (t, tmp) in part.iter().zip(prepared) {
            results.push(tmp.and_then(|tmp| persist(tmp, t.path, mode)));
            let dir = folder_of(t.path);
            folders.insert(dir);
        }
    }
    // Until its folder is synced a rename may be lost in a crash: the old file stays,
    // whole. Only then is a record reported written.
    let synced: std::collections::HashMap<&Path, Result<()>> =
        folders.into_iter().map(|d| (d, sync_folder(d))).collect();
    results
        .into_iter()
        .zip(items)
        .map(|(r, t)| {
            r?;
            let dir = folder_of(t.path);
            match synced.get(dir) {
                Some(Err(e)) => Err(
                    Error::new(fl!("error-sync-folder", path = dir.display().to_string())).cause(&e.message),
                ),
                _ => Ok(()),
            }
        })
        .collect()
}

/// Whether `keyring` opens what is sealed to `recipients`: an empty record sealed to
/// them and opened again.
fn can_open(recipients: &(PathBuf, Vec<RecipientKey>), keyring: &Keyring) -> bool {
    crypt::encrypt_sealed(&recipients.1, &keyring.public_keys, b"", keyring.mac(b""))
        .is_ok_and(|probe| keyring.decrypt(&probe).is_ok())
}

/// The record rendered, checked and encrypted: refused if crmfile could not read it
/// back (too large or too deep), or, unless `opens_known` (forced, or the recipients
/// were already shown to open), if `keyring` could not open it.
fn encrypt_checked(
    path: &Path,
    customer: &Customer,
    recipients: &(PathBuf, Vec<RecipientKey>),
    keyring: &Keyring,
    opens_known: bool,
) -> Result<Vec<u8>> {
    let text = render_record(customer)?;
    // Never write what crmfile could not read back: too large, or too deep to parse.
    if let Err(problem) = parse_record(&text, false) {
        return Err(Error::new(fl!(
            "error-refuse-write-problem",
            id = customer.id.clone(),
            problem = problem.to_string()
        )));
    }
    let ciphertext = crypt::encrypt_sealed(
        &recipients.1,
        &keyring.public_keys,
        text.as_bytes(),
        keyring.mac(text.as_bytes()),
    )?;
    if ciphertext.len() as u64 > MAX_RECORD_BYTES {
        return Err(Error::new(fl!(
            "error-refuse-write-size",
            id = customer.id.clone(),
            size = ciphertext.len().to_string(),
            limit = MAX_RECORD_BYTES.to_string()
        ))
        .hint(fl!("hint-long-texts")));
    }
    if !opens_known && keyring.decrypt(&ciphertext).is_err() {
        return Err(Error::new(fl!(
            "error-refuse-write-unreadable",
            path = path.display().to_string()
        ))
        .cause(fl!(
            "cause-no-own-key",
            recipients = recipients.0.display().to_string(),
            identity = keyring.path.display().to_string()
        ))
        .hint(fl!("hint-add-own-key")));
    }
    Ok(ciphertext)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// What `fill` writes, in a temporary file beside `path`, not yet synced.
fn temporary_with<T>(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> Result<T>,
) -> Result<(tempfile::NamedTempFile, T)> {
    let dir = folder_of(path);
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create folder", dir, e))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".crmfile-tmp-")
        .tempfile_in(dir)
        .map_err(|e| Error::io("create a temporary file in", dir, e))?;
    let out = fill(tmp.as_file_mut())?;
    Ok((tmp, out))
}

/// What `fill` writes, in a synced temporary file beside `path`.
fn synced_temporary_with<T>(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> Result<T>,
) -> Result<(tempfile::NamedTempFile, T)> {
    let (tmp, out) = temporary_with(path, fill)?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io("sync", tmp.path(), e))?;
    Ok((tmp, out))
}

/// File systems (`statfs` types) whose `syncfs` reports a failed write-back: ext2/3/4,
/// XFS, btrfs, F2FS, tmpfs.
#[cfg(target_os = "linux")]
const BATCH_SYNCED: &[i64] = &[0xEF53, 0x5846_5342, 0x9123_683E, 0xF2F5_2010, 0x0102_1994];

/// The file systems a batch writes to, each through a handle opened before the batch
/// wrote anything: their temporaries are made durable with one `syncfs` each (a journal
/// commit for the whole part, where an `fsync` a file commits once per file).
///
/// Only where `syncfs` is known to report a failed write-back to that handle: Linux 5.8
/// or later (earlier kernels drop the error), on ext2/3/4, XFS, btrfs, F2FS or tmpfs
/// (not FUSE or network file systems, whose `syncfs` may not reach the server's disk).
/// Anywhere else, or when a folder cannot be opened, each temporary is synced itself.
struct BatchSync<'a> {
    /// Each folder and the file system (`st_dev`) it is on.
    folders: std::collections::HashMap<&'a Path, u64>,
    /// One handle a file system.
    handles: Vec<(u64, std::fs::File)>,
}

impl<'a> BatchSync<'a> {
    #[cfg(target_os = "linux")]
    fn open(items: &[ToSeal<'a>]) -> Option<BatchSync<'a>> {
        if !Self::kernel_reports_errors() {
            return None;
        }
        let mut batch = BatchSync {
            folders: std::collections::HashMap::new(),
            handles: Vec::new(),
        };
        for t in items {
            let dir = folder_of(t.path);
            if batch.folders.contains_key(dir) {
                continue;
            }
            std::fs::create_dir_all(dir).ok()?;
            let handle = std::fs::File::open(dir).ok()?;
            let kind = rustix::fs::fstatfs(&handle).ok()?.f_type as i64;
            if !BATCH_SYNCED.contains(&kind) {
                return None;
            }
            let dev = rustix::fs::fstat(&handle).ok()?.st_dev as u64;
            batch.folders.insert(dir, dev);
            if !batch.handles.iter().any(|(d, _)| *d == dev) {
                batch.handles.push((dev, handle));
            }
        }
        Some(batch)
    }

    /// Linux 5.8 or later: `syncfs` reports a failed write-back to each handle.
    #[cfg(target_os = "linux")]
    fn kernel_reports_errors() -> bool {
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
        let mut numbers = release
            .trim()
            .split(['.', '-'])
            .map(|n| n.parse::<u32>().unwrap_or(0));
        (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0)) >= (5, 8)
    }

    #[cfg(not(target_os = "linux"))]
    fn open(_: &[ToSeal<'a>]) -> Option<BatchSync<'a>> {
        None
    }

    /// Makes the part's temporaries durable before any is renamed. A file system whose
    /// `syncfs` failed fails every temporary on it (the error names no file); those are
    /// removed when dropped.
    fn sync(&self, part: &[ToSeal], prepared: &mut [Result<tempfile::NamedTempFile>]) {
        #[cfg(target_os = "linux")]
        {
            let failed: Vec<(u64, String)> = self
                .handles
                .iter()
                .filter_map(|(dev, handle)| rustix::fs::syncfs(handle).err().map(|e| (*dev, e.to_string())))
                .collect();
            if failed.is_empty() {
                return;
            }
            for (t, tmp) in part.iter().zip(prepared.iter_mut()) {
                let dir = folder_of(t.path);
                let dev = self.folders.get(dir).copied();
                if let (Ok(_), Some((_, why))) = (&tmp, failed.iter().find(|(d, _)| Some(*d) == dev)) {
                    *tmp = Err(
                        Error::new(fl!("error-sync-folder", path = dir.display().to_string())).cause(why),
                    );
                }
            }
        }
        #[cfg(not(target_os = "linux"))]
        let _ = (part, prepared);
    }
}

fn persist(tmp: tempfile::NamedTempFile, path: &Path, mode: Mode) -> Result<()> {
    match mode {
        Mode::Create => tmp
            .persist_noclobber(path)
            .map(drop)
            .map_err(|e| Error::io("create", path, e.error)),
        Mode::Replace => tmp
            .persist(path)
            .map(drop)
            .map_err(|e| Error::io("replace", path, e.error)),
    }
}

fn sync_folder(dir: &Path) -> Result<()> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io("sync folder", dir, e))
}

/// Writes `path` atomically from what `fill` streams into a temporary file beside it:
/// synced, then renamed into place; nothing is left behind when `fill` fails.
pub fn write_atomic_with<T>(
    path: &Path,
    mode: Mode,
    fill: impl FnOnce(&mut std::fs::File) -> Result<T>,
) -> Result<T> {
    let (tmp, out) = synced_temporary_with(path, fill)?;
    persist(tmp, path, mode)?;
    sync_folder(folder_of(path))?;
    Ok(out)
}

pub fn write_atomic(path: &Path, bytes: &[u8], mode: Mode) -> Result<()> {
    write_atomic_with(path, mode, |f| {
        f.write_all(bytes).map_err(|e| Error::io("write", path, e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_never_echo_content() {
        let text = "schema = 1\nid = \"c-7k3m9q2x\"\nname = \"SECRET-NAME\"\ncreated = \"SECRET-DATE\"\n";
        let e = parse_record(text, false).unwrap_err().to_string();
        assert!(!e.contains("SECRET"), "{e}");
        assert!(e.contains("line 4"), "{e}");
        let e = parse_record("name = \"SECRET\n", false).unwrap_err().to_string();
        assert!(!e.contains("SECRET") && e.contains("line 1"), "{e}");
    }

    #[test]
    fn unknown_keys_survive_a_rewrite() {
        let text = "schema = 1\nid = \"c-7k3m9q2x\"\nname = \"x\"\nfuture = 7\ncreated = 2026-11-22T09:30:00+08:00\nupdated = 2026-11-22T09:30:00+08:00\n\n[contact]\nphones = [\"13800138000\"]\nfax = \"1\"\n";
        let c = parse_record(text, true).unwrap();
        let out = render_record(&c).unwrap();
        let again: toml::Table = toml::from_str(&out).unwrap();
        assert_eq!(again["future"].as_integer(), Some(7));
        assert_eq!(again["contact"]["fax"].as_str(), Some("1"));
        assert_eq!(parse_record(&out, true).unwrap(), c);
    }

    #[test]
    fn a_later_format_is_named_as_the_reason_even_when_its_fields_do_not_parse() {
        let text = "schema = 9\nid = \"c-7k3m9q2x\"\nname = 7\ncreated = 2026-11-22T09:30:00+08:00\nupdated = 2026-11-22T09:30:00+08:00\n";
        let e = parse_record(text, false).unwrap_err().to_string();
        assert!(
            e.contains("record format 9, which this crmfile (format 1) does not read")
                && e.contains("newer crmfile"),
            "{e}"
        );
        let fine = text.replace("name = 7", "name = \"x\"");
        let e = parse_record(&fine, false).unwrap_err().to_string();
        assert!(e.contains("record format 9"), "{e}");
    }

    /// A record that fails the schema names the field and what it takes, never what the
    /// record holds; in Chinese, the place and the reason are Chinese.
    #[test]
    fn a_schema_problem_names_the_field_not_the_content() {
        let base = "schema = 1\nid = \"c-7k3m9q2x\"\ncreated = 2026-11-22T09:30:00+08:00\nupdated = 2026-11-22T09:30:00+08:00\n";
        let problem = |extra: &str| parse_record(&format!("{base}{extra}"), false).unwrap_err();
        let missing = problem("");
        assert!(missing.to_string().contains("missing field `name`"), "{missing}");
        let tier = problem("name = \"x\"\n[class]\ntier = \"秘密客户\"\n");
        let said = tier.to_string();
        assert!(said.contains("`…` is not one of: strategic, 战略"), "{said}");
        assert!(!said.contains("秘密"), "{said}");
        let owner = problem("name = \"x\"\nowner = 5\n");
        assert!(
            owner
                .to_string()
                .contains("line 6, column 9: invalid type: expected a string, found an integer `…`"),
            "{owner}"
        );
        let chinese = owner.text(&crate::i18n::CHINESE);
        assert!(
            chinese.contains("第 6 行第 9 列：类型不对：应为文本，实为整数 `…`"),
            "{chinese}"
        );
    }

    #[test]
    fn phones_are_written_as_tables_with_their_kinds() {
        let text = "schema = 1\nid = \"c-7k3m9q2x\"\nname = \"x\"\ncreated = 2026-11-22T09:30:00+08:00\nupdated = 2026-11-22T09:30:00+08:00\n\n[contact]\nphones = [\"13800138000\", { number = \"+86 10 6275 1234\", kind = \"work\" }]\n";
        let c = parse_record(text, true).unwrap();
        let out = render_record(&c).unwrap().to_string();
        assert!(
            out.contains("[[contact.phones]]\nnumber = \"13800138000\"\nkind = \"mobile\"\n"),
            "{out}"
        );
        assert!(
            out.contains("number = \"+86 10 6275 1234\"\nkind = \"work\"\n"),
            "{out}"
        );
        assert_eq!(parse_record(&out, true).unwrap(), c);
    }

    /// A batch sealed to a set this identity cannot open is refused record by record,
    /// whatever the other sets in the batch; with `force` it is written.
    #[test]
    fn a_batch_refuses_records_sealed_to_a_set_the_identity_cannot_open() {
        let dir = tempfile::tempdir().unwrap();
        let (mine, my_key) = crypt::generate_identity("test");
        let (_, their_key) = crypt::generate_identity("test");
        let identity = dir.path().join("id.txt");
        std::fs::write(&identity, mine.as_bytes()).unwrap();
        std::fs::set_permissions(&identity, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
        let keyring = Keyring::load(&identity, &crypt::AskPassphrase).unwrap();
        let set = |key: &str| {
            let path = dir.path().join(".age-recipients");
            (path.clone(), crypt::parse_recipients(key, &path).unwrap())
        };
        let (ours, theirs) = (set(&my_key), set(&their_key));
        let stamp = crate::model::date::Timestamp::new(chrono::DateTime::UNIX_EPOCH.fixed_offset());
        let people: Vec<(PathBuf, Customer)> = (0..4)
            .map(|n| {
                let id = format!("c-0000000{n}");
                (
                    dir.path().join(format!("{id}.toml.age")),
                    Customer::new(id, format!("客户{n}"), stamp),
                )
            })
            .collect();
        let batch: Vec<ToSeal> = people
            .iter()
            .enumerate()
            .map(|(n, (path, customer))| ToSeal {
                path,
                customer,
                recipients: if n % 2 == 0 { &ours } else { &theirs },
            })
            .collect();
        // The probe tells the two sets apart, so only the set without our key is checked
        // record by record.
        assert!(can_open(&ours, &keyring));
        assert!(!can_open(&theirs, &keyring));
        let results = seal_many(&batch, &keyring, Mode::Create, false);
        for (n, (r, (path, _))) in results.iter().zip(&people).enumerate() {
            if n % 2 == 0 {
                assert!(r.is_ok(), "{n}: {:?}", r.as_ref().err().map(|e| &e.message));
                assert!(keyring.decrypt(&std::fs::read(path).unwrap()).is_ok());
            } else {
                let e = r.as_ref().expect_err("sealed to a key that is not ours");
                assert!(
                    e.message.contains("none of your identities could open it again"),
                    "{}",
                    e.message
                );
                assert!(!path.exists());
            }
        }
        let forced: Vec<ToSeal> = batch.into_iter().skip(1).step_by(2).collect();
        assert!(
            seal_many(&forced, &keyring, Mode::Create, true)
                .iter()
                .all(Result::is_ok)
        );
        assert!(people[1].0.exists() && people[3].0.exists());
    }

    /// A batch over two folders of one file system syncs it through one handle, opened
    /// before anything is written; on a file system not known to report write-back
    /// errors to `syncfs`, each file is synced instead.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_batch_syncs_each_local_file_system_once() {
        let dir = tempfile::tempdir().unwrap();
        let stamp = crate::model::date::Timestamp::new(chrono::DateTime::UNIX_EPOCH.fixed_offset());
        let people: Vec<(PathBuf, Customer)> = ["a", "b", "a"]
            .iter()
            .enumerate()
            .map(|(n, folder)| {
                let id = format!("c-0000000{n}");
                let path = dir.path().join(folder).join(format!("{id}.toml.age"));
                (path, Customer::new(id, "王芳".into(), stamp))
            })
            .collect();
        let recipients = (dir.path().join(".age-recipients"), Vec::new());
        let items: Vec<ToSeal> = people
            .iter()
            .map(|(path, customer)| ToSeal {
                path,
                customer,
                recipients: &recipients,
            })
            .collect();
        let kind = rustix::fs::statfs(dir.path()).unwrap().f_type as i64;
        let local = BATCH_SYNCED.contains(&kind) && BatchSync::kernel_reports_errors();
        match BatchSync::open(&items) {
            Some(batch) => {
                assert!(local, "batched on a file system of type {kind:#x}");
                assert_eq!(batch.folders.len(), 2);
                assert_eq!(batch.handles.len(), 1);
                assert!(
                    dir.path().join("b").is_dir(),
                    "folders are made before the handle is opened"
                );
            }
            None => assert!(!local, "not batched on a local file system"),
        }
    }
}
