//! Attaching documents to customers, reading them back, detaching them; and what merge,
//! forget, reencrypt and audit do with them.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::id::{IdKind, new_id};
use crate::model::record::{Attachment, Customer};
use crate::ops::session::Session;
use crate::store::Loaded;
use crate::store::attachments;

/// The folder a record lives in.
pub fn folder_of(loaded: &Loaded) -> &Path {
    loaded.path.parent().unwrap_or(Path::new("."))
}

/// Attaches `file` to the record (the caller holds the lock): encrypted to the record's
/// folder readers as it is read, listed in the record. A symbolic link, a folder, a file
/// that cannot be read or one over the size cap is refused, and nothing is written.
pub fn attach(session: &Session, loaded: &Loaded, file: &Path, label: Option<String>) -> Result<Attachment> {
    let shown = file.display().to_string();
    let meta = std::fs::symlink_metadata(file).map_err(|e| Error::io("read", file, e))?;
    if meta.file_type().is_symlink() {
        return Err(Error::usage(fl!("error-attach-symlink", path = shown)));
    }
    if !meta.is_file() {
        return Err(Error::usage(fl!("error-attach-not-file", path = shown)));
    }
    let store = session.store()?;
    let cap = store.config.attachments.max_mb.saturating_mul(1_000_000);
    if meta.len() > cap {
        return Err(Error::usage(fl!(
            "error-attachment-too-large",
            mb = store.config.attachments.max_mb.to_string()
        ))
        .cause(fl!(
            "cause-file-size",
            path = shown.clone(),
            size = meta.len().to_string()
        )));
    }
    let mut source = std::fs::File::open(file).map_err(|e| Error::io("read", file, e))?;
    let folder = folder_of(loaded);
    let recipients = session.recipients_for_write(folder)?;
    let keyring = session.keyring()?;
    let id = new_id(IdKind::Attachment, &mut rand::rng());
    let (size, sha256) =
        attachments::store(folder, &id, &mut source, &recipients.1, &keyring.public_keys, cap)?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| id.clone());
    let entry = Attachment {
        id: id.clone(),
        label,
        name,
        size,
        sha256,
        added: session.timestamp(),
        by: session.actor(),
    };
    let mut c = loaded.customer.clone();
    c.attachments.push(entry.clone());
    if let Err(e) = session.update(loaded, c, false) {
        // The record did not take it: the file goes too.
        let _ = attachments::remove(folder, &id);
        return Err(e);
    }
    session.touch([attachments::path(folder, &id)]);
    Ok(entry)
}

/// The one attachment of `c` that `which` names: its id, its file name or its label.
pub fn find<'a>(c: &'a Customer, which: &str) -> Result<&'a Attachment> {
    let w = which.trim();
    let hits: Vec<&Attachment> = match c.attachments.iter().find(|a| a.id == w) {
        Some(a) => vec![a],
        None => c
            .attachments
            .iter()
            .filter(|a| a.name == w || a.label.as_deref() == Some(w))
            .collect(),
    };
    match hits.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::new(fl!(
            "error-no-attachment",
            id = c.id.clone(),
            which = w.to_string()
        ))
        .hint(fl!("hint-show-attachments", id = c.id.clone()))),
        many => Err(
            Error::new(fl!("error-attachment-ambiguous", which = w.to_string()))
                .cause(many.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", "))
                .hint(fl!("hint-attachment-by-id")),
        ),
    }
}

/// Decrypts an attachment into `out` as it is read, and checks it is what was attached
/// (size and SHA-256); an altered file is an error naming it.
pub fn get(session: &Session, loaded: &Loaded, a: &Attachment, out: &mut dyn std::io::Write) -> Result<()> {
    let file = attachments::path(folder_of(loaded), &a.id);
    let keyring = session.keyring()?;
    let (size, digest) = keyring.decrypt_stream(&file, out).map_err(|d| {
        Error::new(fl!(
            "error-file-problem",
            path = session.rel(&file),
            problem = d.text(&crate::i18n::LOADER)
        ))
    })?;
    if size != a.size || digest != a.sha256 {
        return Err(Error::new(fl!("error-attachment-altered", id = a.id.clone())));
    }
    Ok(())
}

/// Removes an attachment from the record and its file (the caller holds the lock).
pub fn detach(session: &Session, loaded: &Loaded, id: &str) -> Result<()> {
    let mut c = loaded.customer.clone();
    c.attachments.retain(|a| a.id != id);
    session.update(loaded, c, false)?;
    let folder = folder_of(loaded);
    attachments::remove(folder, id)?;
    session.touch([attachments::path(folder, id)]);
    Ok(())
}

/// The files of a record that goes away with it (forget).
pub fn remove_all(session: &Session, loaded: &Loaded) -> Result<()> {
    let folder = folder_of(loaded);
    for a in &loaded.customer.attachments {
        attachments::remove(folder, &a.id)?;
        session.touch([attachments::path(folder, &a.id)]);
    }
    Ok(())
}

/// After `dup` was folded into `keep`: its files move to `keep`'s folder, sealed to that
/// folder's readers, when the two live in different folders.
pub fn carry(session: &Session, dup: &Loaded, keep: &Loaded) -> Result<()> {
    let (from, to) = (folder_of(dup), folder_of(keep));
    if from == to || dup.customer.attachments.is_empty() {
        return Ok(());
    }
    let recipients = session.recipients_for_write(to)?;
    let keyring = session.keyring()?;
    for a in &dup.customer.attachments {
        attachments::reseal(keyring, from, to, &a.id, &recipients.1)?;
        session.touch([attachments::path(from, &a.id), attachments::path(to, &a.id)]);
    }
    Ok(())
}

/// Seals again the attachment files in `folders` whose header names another recipients
/// list than their folder's. Returns how many were sealed again.
pub fn reseal_stale(session: &Session, folders: &[&Path]) -> Result<usize> {
    let keyring = session.keyring()?;
    let mut done = 0;
    for folder in folders {
        let files = attachments::files(folder);
        if files.is_empty() {
            continue;
        }
        let recipients = session.recipients_for_write(folder)?;
        let want = crate::crypt::recipients_digest(recipients.1.iter().map(|k| k.text.as_str()));
        for (id, path) in files {
            if crate::store::header_digest(&crate::store::record_header(&path)).as_deref()
                == Some(want.as_str())
            {
                continue;
            }
            attachments::reseal(keyring, folder, folder, &id, &recipients.1)?;
            session.touch([path]);
            done += 1;
        }
    }
    Ok(done)
}

/// What `audit` finds about documents: a listed one whose file is missing, will not
/// decrypt or is not what was attached (each decrypted to check its SHA-256), and files
/// in a record folder's `.attachments/` that no record lists.
pub fn audit<'a>(
    session: &Session,
    records: impl IntoIterator<Item = (&'a str, PathBuf, &'a [Attachment])>,
) -> Vec<crate::model::audit::Finding> {
    use crate::i18n::both;
    use crate::model::audit::{Finding, Severity};
    let Ok(keyring) = session.keyring() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut known = std::collections::HashSet::new();
    let mut folders = std::collections::BTreeSet::new();
    for (id, path, list) in records {
        let folder = path.parent().unwrap_or(Path::new("."));
        if !folders.contains(folder) {
            folders.insert(folder.to_path_buf());
        }
        for a in list {
            known.insert(a.id.clone());
            let file = attachments::path(folder, &a.id);
            let rel = session.rel(&file);
            let finding = if !file.exists() {
                Some(Finding::new(
                    Severity::Error,
                    "attachment-missing",
                    both!(
                        "audit-attachment-missing",
                        entry = a.id.clone(),
                        name = a.name.clone()
                    ),
                    both!(
                        "audit-hint-attachment-missing",
                        id = id.to_string(),
                        entry = a.id.clone(),
                        file = rel.to_string()
                    ),
                ))
            } else {
                match keyring.decrypt_stream(&file, &mut std::io::sink()) {
                    Err(d) => Some(Finding::new(
                        Severity::Error,
                        "attachment-unreadable",
                        (d.text(&crate::i18n::ENGLISH), d.text(&crate::i18n::LOADER)),
                        both!(
                            "audit-hint-attachment-missing",
                            id = id.to_string(),
                            entry = a.id.clone(),
                            file = rel.to_string()
                        ),
                    )),
                    Ok((size, digest)) if size != a.size || digest != a.sha256 => Some(Finding::new(
                        Severity::Error,
                        "attachment-altered",
                        both!("audit-attachment-altered", entry = a.id.clone()),
                        both!(
                            "audit-hint-attachment-missing",
                            id = id.to_string(),
                            entry = a.id.clone(),
                            file = rel.to_string()
                        ),
                    )),
                    Ok(_) => None,
                }
            };
            if let Some(f) = finding {
                out.push(Finding {
                    id: Some(id.to_string()),
                    path: Some(rel),
                    ..f
                });
            }
        }
    }
    for folder in folders {
        for (id, file) in attachments::files(&folder) {
            if !known.contains(&id) {
                out.push(Finding {
                    path: Some(session.rel(&file)),
                    ..Finding::new(
                        Severity::Warning,
                        "attachment-orphaned",
                        both!("audit-attachment-orphaned", entry = id.clone()),
                        both!("audit-hint-attachment-orphaned"),
                    )
                });
            }
        }
    }
    out
}
