//! Who can read which folder: the plans `recipients add/remove` and `member remove` show
//! before they act, and carrying them out (write the recipients files, trust them,
//! re-seal what they cover).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops::session::Session;
use crate::store::RECIPIENTS_FILE;
use crate::store::team::normalize_key;

/// A key as the user named it: a public key, or a member of the team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Who {
    /// The key as a recipients file lists it.
    pub key: String,
    /// The member it belongs to, when the team knows it.
    pub member: Option<String>,
}

/// Reads `text` as a public key (`age1…`, `ssh-…`) or a member name from team.toml.
pub fn who(session: &Session, text: &str) -> Result<Who> {
    let t = text.trim();
    let team = session.team()?;
    if t.starts_with("age1") || t.starts_with("ssh-") {
        let key = normalize_key(t)?;
        let member = team.and_then(|tm| tm.name_of(&key)).map(String::from);
        return Ok(Who { key, member });
    }
    match team.and_then(|tm| tm.members.get(t).map(|m| m.key.clone())) {
        Some(key) => Ok(Who {
            key,
            member: Some(t.to_string()),
        }),
        None if team.is_none() => {
            Err(Error::usage(fl!("error-not-key-no-team", text = t.to_string())).hint(fl!("hint-member-add")))
        }
        None => {
            Err(Error::usage(fl!("error-unknown-member", name = t.to_string())).hint(fl!("hint-member-list")))
        }
    }
}

/// One recipients file to write.
#[derive(Debug)]
pub struct Plan {
    pub file: PathBuf,
    /// The file is new (the folder had none of its own).
    pub create: bool,
    /// Its text when planned (`None`: it did not exist), checked again under the lock.
    pub old_text: Option<String>,
    pub new_text: String,
    /// Keys it lists after the change.
    pub recipients: usize,
    /// The records it covers, to re-seal.
    pub covered: Vec<PathBuf>,
    /// Who reads the folder now and will not after (by member name, else key): a new
    /// file without `inherit` narrows the folder to you and the new reader.
    pub losing: Vec<String>,
}

fn key_of_line(line: &str) -> String {
    line.split_whitespace().take(2).collect::<Vec<_>>().join(" ")
}

/// Why a recipients file is not yours to change: you are not among its readers.
fn not_a_reader(session: &Session, file: &Path) -> Result<Error> {
    let store = session.store()?;
    Ok(
        Error::new(fl!("error-not-a-reader", file = store.rel(file).into_owned()))
            .hint(fl!("hint-not-a-reader")),
    )
}

/// A member's name as a comment above their key, so the file says who is who.
fn key_lines(session: &Session, key: &str) -> String {
    let name = session
        .team()
        .ok()
        .flatten()
        .and_then(|t| t.name_of(key))
        .map(|n| format!("# {n}\n"))
        .unwrap_or_default();
    format!("{name}{key}\n")
}

/// Adds `who` to the recipients of `folder`: to its own `.age-recipients` when it has
/// one; else a new one is made, listing the keys of the file that governs it now
/// (`inherit`), or your own keys, and `who`.
pub fn plan_add(session: &Session, who: &Who, folder: &Path, inherit: bool) -> Result<Plan> {
    let store = session.store()?;
    let own = &session.keyring()?.public_keys;
    let file = folder.join(RECIPIENTS_FILE);
    if crate::store::is_symlink(&file) {
        return Err(Error::usage(fl!(
            "error-symlink-refused",
            path = store.rel(&file).into_owned()
        )));
    }
    // Refuse to build on a recipients file the user has not reviewed.
    let current = session.recipients_for_write(folder)?;
    // Only one who reads a folder changes who reads it: another could not re-encrypt
    // its records, and the list would say what the files do not.
    if !current.1.iter().any(|k| own.contains(&k.text)) {
        return Err(not_a_reader(session, &current.0)?);
    }
    if current.0 == file {
        if current.1.iter().any(|k| k.text == who.key) {
            return Err(Error::new(fl!(
                "error-key-listed",
                file = store.rel(&file).into_owned()
            )));
        }
        let old = crate::store::read_text(&file)?;
        let mut text = old.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&key_lines(session, &who.key));
        return Ok(Plan {
            covered: store.governed_by(&file),
            file,
            create: false,
            old_text: Some(old),
            new_text: text,
            recipients: current.1.len() + 1,
            losing: Vec::new(),
        });
    }
    let mut keys: Vec<String> = if inherit {
        current.1.iter().map(|k| k.text.clone()).collect()
    } else {
        own.iter().take(1).cloned().collect()
    };
    if !keys.contains(&who.key) {
        keys.push(who.key.clone());
    }
    if !keys.iter().any(|k| own.contains(k)) {
        return Err(Error::new(fl!("error-own-key")).hint(fl!("hint-own-key")));
    }
    let mut text = fl!("recipients-new-file-comment");
    text.push('\n');
    for k in &keys {
        text.push_str(&key_lines(session, k));
    }
    let covered = store
        .governed_by(&current.0)
        .into_iter()
        .filter(|p| p.starts_with(folder))
        .collect();
    let team = session.team().ok().flatten();
    let losing = current
        .1
        .iter()
        .filter(|k| !keys.contains(&k.text))
        .map(|k| {
            team.and_then(|t| t.name_of(&k.text))
                .map_or_else(|| k.text.clone(), String::from)
        })
        .collect();
    Ok(Plan {
        file,
        create: true,
        old_text: None,
        new_text: text,
        recipients: keys.len(),
        covered,
        losing,
    })
}

/// Removes `who` from the file that governs `folder`, or, without a folder, from every
/// recipients file that lists them (everything they could read).
/// What removing a key will change, and how many recipients files that list it are not
/// yours to change (each reported already).
pub struct Removal {
    pub plans: Vec<Plan>,
    pub not_yours: usize,
}

impl Removal {
    /// Fails when recipients files that list the removed key were not yours to change
    /// (each named already): the key still reads what they cover.
    pub fn all_done(&self) -> Result<()> {
        if self.not_yours == 0 {
            return Ok(());
        }
        Err(Error::new(fl!("error-some-not-yours", count = self.not_yours)).hint(fl!("hint-not-a-reader")))
    }
}

pub fn plan_remove(session: &Session, who: &Who, folder: Option<&Path>) -> Result<Removal> {
    let store = session.store()?;
    let own = &session.keyring()?.public_keys;
    let files: Vec<PathBuf> = match folder {
        Some(f) => vec![store.recipients.for_folder(f)?.0.clone()],
        None => store.recipients_files(),
    };
    let mut plans = Vec::new();
    let mut not_yours = 0usize;
    for file in files {
        let dir = file.parent().unwrap_or(&store.root).to_path_buf();
        let set = session.recipients_for_write(&dir)?;
        if !set.1.iter().any(|k| k.text == who.key) {
            continue;
        }
        if !set.1.iter().any(|k| own.contains(&k.text)) {
            // Named with --folder: refused. Everywhere: what you read is done, and the
            // rest is said, for one of its readers to do.
            let e = not_a_reader(session, &file)?;
            if folder.is_some() {
                return Err(e);
            }
            session.report().error(&e);
            not_yours += 1;
            continue;
        }
        let remaining: Vec<&String> = set.1.iter().map(|k| &k.text).filter(|k| **k != who.key).collect();
        if remaining.is_empty() {
            return Err(Error::new(fl!("error-last-recipient")).cause(store.rel(&file).into_owned()));
        }
        if own.contains(&who.key) && !remaining.iter().any(|k| own.contains(k)) {
            return Err(Error::new(fl!("error-own-key")).hint(fl!("hint-own-key")));
        }
        let old = crate::store::read_text(&file)?;
        let label = who.member.as_ref().map(|m| format!("# {m}"));
        let text: String = old
            .lines()
            .filter(|l| key_of_line(l) != who.key && Some(l.trim()) != label.as_deref())
            .map(|l| format!("{l}\n"))
            .collect();
        plans.push(Plan {
            covered: store.governed_by(&file),
            file,
            create: false,
            old_text: Some(old),
            new_text: text,
            recipients: remaining.len(),
            // The one removed is said by the command itself.
            losing: Vec::new(),
        });
    }
    if plans.is_empty() && not_yours > 0 {
        return Err(Error::new(fl!("error-no-file-changed")));
    }
    if plans.is_empty() {
        let where_ = match folder {
            Some(f) => store.rel(&store.recipients.for_folder(f)?.0).into_owned(),
            None => RECIPIENTS_FILE.to_string(),
        };
        return Err(Error::new(fl!("error-key-not-listed", file = where_)).hint(fl!("hint-list-keys")));
    }
    Ok(Removal { plans, not_yours })
}

/// Writes the planned recipients files (the caller holds the lock), trusts them as
/// written, and re-seals every record they cover. Nothing is written when a file
/// changed since it was planned.
pub fn apply(session: &Session, plans: &[Plan]) -> Result<u8> {
    let store = session.store()?;
    for p in plans {
        let now = if crate::store::exists(&p.file) {
            Some(crate::store::read_text(&p.file)?)
        } else {
            None
        };
        if now != p.old_text {
            return Err(Error::new(fl!(
                "error-changed-meanwhile",
                id = store.rel(&p.file).into_owned()
            ))
            .hint(fl!("hint-run-again")));
        }
        crate::crypt::parse_recipients(&p.new_text, &p.file)?;
    }
    let mut covered = Vec::new();
    for p in plans {
        if p.create {
            crate::store::create_folder(&store.root, p.file.parent().unwrap_or(&store.root))?;
        }
        let mode = if p.create {
            crate::store::Mode::Create
        } else {
            crate::store::Mode::Replace
        };
        crate::store::write_atomic(&p.file, p.new_text.as_bytes(), mode)?;
        covered.extend(p.covered.iter().cloned());
    }
    store.forget_recipients();
    session.with_trust(|t| {
        for p in plans {
            let set = store
                .recipients
                .for_folder(p.file.parent().unwrap_or(&store.root))?;
            t.trust(&p.file, &crate::store::keys_text(&set));
        }
        t.save()
    })?;
    session.touch(plans.iter().map(|p| p.file.clone()));
    covered.sort();
    covered.dedup();
    // The seal key goes to the readers as they are now, records or not. A reader who
    // left keeps the key they had: the store gets a new one, and every record is sealed
    // with it (which re-encrypts what they could read, too).
    // Both texts were checked above (the old one is the file as it was); a folder's new
    // file had none, which lists no key.
    let keys_of = |text: &str, file: &Path| -> Vec<String> {
        crate::crypt::parse_recipients(text, file)
            .map(|keys| keys.into_iter().map(|k| k.text).collect())
            .unwrap_or_default()
    };
    let removed = plans.iter().any(|p| {
        let now = keys_of(&p.new_text, &p.file);
        keys_of(p.old_text.as_deref().unwrap_or_default(), &p.file)
            .iter()
            .any(|k| !now.contains(k))
    });
    crate::ops::seal::resync(session)?;
    if removed && crate::ops::seal::rotate(session, true)? {
        return Ok(0);
    }
    crate::ops::reencrypt::reseal(session, &covered)
}
