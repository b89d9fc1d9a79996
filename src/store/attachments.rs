//! Documents kept with customers: each an age file in its record's folder, under
//! `.attachments/`, named by the attachment's id (never by anything personal). Written and
//! read as streams: memory does not grow with the file.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::crypt::{Keyring, RecipientKey};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::id::{IdKind, is_id};

/// The folder of attachments inside a record folder; hidden, so record walks pass it by.
pub const DIR: &str = ".attachments";

/// The file of attachment `id` for records in `folder`.
pub fn path(folder: &Path, id: &str) -> PathBuf {
    folder.join(DIR).join(format!("{id}.age"))
}

/// The attachment files of `folder`: (id, path). Files with other names are not listed.
pub fn files(folder: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(folder.join(DIR)) else {
        return Vec::new();
    };
    let mut out: Vec<(String, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let id = name.strip_suffix(".age")?;
            is_id(IdKind::Attachment, id).then(|| (id.to_string(), e.path()))
        })
        .collect();
    out.sort();
    out
}

/// Counts and hashes what passes through, and stops past `cap` bytes.
struct Measured<R> {
    inner: R,
    size: u64,
    cap: u64,
    hash: sha2::Sha256,
}

impl<R: Read> Read for Measured<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        self.size += n as u64;
        if self.size > self.cap {
            return Err(std::io::Error::other("over the size cap"));
        }
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}

/// Encrypts what `source` gives into the file of `id` in `folder`, to `recipients` (the
/// user's own keys first), atomically. Returns the plaintext's size and SHA-256 (hex).
/// More than `cap` bytes is an error, and nothing is written.
pub fn store(
    folder: &Path,
    id: &str,
    source: &mut dyn Read,
    recipients: &[RecipientKey],
    first: &[String],
    cap: u64,
) -> Result<(u64, String)> {
    let dir = folder.join(DIR);
    if crate::store::is_symlink(&dir) {
        return Err(Error::new(fl!(
            "error-attachments-symlink",
            path = dir.display().to_string()
        )));
    }
    let target = path(folder, id);
    let mut measured = Measured {
        inner: source,
        size: 0,
        cap,
        hash: <sha2::Sha256 as sha2::Digest>::new(),
    };
    crate::store::write_atomic_with(&target, crate::store::Mode::Create, |file| {
        let mut writer = crate::crypt::encrypting_stream(recipients, first, std::io::BufWriter::new(file))?;
        std::io::copy(&mut measured, &mut writer).map_err(|e| {
            if measured.size > measured.cap {
                Error::new(fl!(
                    "error-attachment-too-large",
                    mb = (cap / 1_000_000).to_string()
                ))
            } else {
                Error::io("read", &target, e)
            }
        })?;
        let mut inner = writer
            .finish()
            .map_err(|e| Error::new(fl!("error-encryption-failed")).caused_by(e))?;
        inner.flush().map_err(|e| Error::io("write", &target, e))?;
        Ok(())
    })?;
    let digest = sha2::Digest::finalize(measured.hash);
    Ok((measured.size, crate::crypt::hex(&digest)))
}

/// Seals the file of `id` again, from `from` (a folder) to `to`, to `recipients`: decrypted
/// and encrypted as a stream into a temporary file, then renamed; the old file goes when
/// the folders differ. Returns the plaintext's SHA-256.
pub fn reseal(
    keyring: &Keyring,
    from: &Path,
    to: &Path,
    id: &str,
    recipients: &[RecipientKey],
) -> Result<String> {
    let source = path(from, id);
    let target = path(to, id);
    let mode = if from == to {
        crate::store::Mode::Replace
    } else {
        crate::store::Mode::Create
    };
    let digest = crate::store::write_atomic_with(&target, mode, |file| {
        let mut writer =
            crate::crypt::encrypting_stream(recipients, &keyring.public_keys, std::io::BufWriter::new(file))?;
        let (_, digest) = keyring.decrypt_stream(&source, &mut writer).map_err(|d| {
            Error::new(fl!(
                "error-file-problem",
                path = source.display().to_string(),
                problem = d.text(&crate::i18n::LOADER)
            ))
        })?;
        let mut inner = writer
            .finish()
            .map_err(|e| Error::new(fl!("error-encryption-failed")).caused_by(e))?;
        inner.flush().map_err(|e| Error::io("write", &target, e))?;
        Ok(digest)
    })?;
    if from != to {
        remove(from, id)?;
    }
    Ok(digest)
}

/// Removes the file of `id` in `folder`; one already gone is no error.
pub fn remove(folder: &Path, id: &str) -> Result<()> {
    let p = path(folder, id);
    match std::fs::remove_file(&p) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("delete", &p, e)),
    }
}
