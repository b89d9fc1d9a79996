//! The team's members (`.crmfile/team.toml`): adding, listing and removing them.

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops::recipients::{self, Who};
use crate::ops::session::Session;
use crate::store::team::{self, Member, Team};

/// One member as listed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Listed {
    pub name: String,
    pub key: String,
    /// The identity in use holds this member's key.
    pub you: bool,
    /// Folders (relative to the store's root, `.` for the root) whose recipients list them.
    pub folders: Vec<String>,
}

/// Adds a member (the caller holds the lock). The name and key are checked before
/// anything is written; a name or key already in the team is refused.
pub fn add(session: &Session, name: &str, key: &str) -> Result<()> {
    let name = name.trim();
    team::check_name(name)?;
    let key = team::normalize_key(key)?;
    let store = session.store()?;
    let mut t = Team::load(&store.state_dir())?.unwrap_or_default();
    if t.members.contains_key(name) {
        return Err(Error::usage(fl!("error-member-exists", name = name.to_string())));
    }
    if let Some(other) = t.name_of(&key) {
        return Err(Error::usage(fl!("error-key-of-member", name = other.to_string())));
    }
    t.members.insert(name.to_string(), Member { key });
    t.save(&store.state_dir())?;
    session.touch([Team::path(&store.state_dir())]);
    Ok(())
}

/// The members, by name.
pub fn list(session: &Session) -> Result<Vec<Listed>> {
    let store = session.store()?;
    let own = session
        .keyring()
        .map(|k| k.public_keys.clone())
        .unwrap_or_default();
    let Some(t) = session.team()? else {
        return Ok(Vec::new());
    };
    let files = store.recipients_files();
    Ok(t.members
        .iter()
        .map(|(name, m)| Listed {
            name: name.clone(),
            key: m.key.clone(),
            you: own.contains(&m.key),
            folders: files
                .iter()
                .filter(|f| {
                    store
                        .recipients
                        .for_folder(f.parent().unwrap_or(&store.root))
                        .is_ok_and(|s| s.1.iter().any(|k| k.text == m.key))
                })
                .map(|f| {
                    let d = store.rel(f.parent().unwrap_or(&store.root)).into_owned();
                    if d.is_empty() { ".".into() } else { d }
                })
                .collect(),
        })
        .collect())
}

/// What removing a member will do: the recipients files that list them, re-sealed
/// without their key.
pub fn plan_remove(session: &Session, name: &str) -> Result<(Who, recipients::Removal)> {
    let name = name.trim();
    let t = session.team()?.ok_or_else(|| {
        Error::usage(fl!("error-unknown-member", name = name.to_string())).hint(fl!("hint-member-add"))
    })?;
    let Some(m) = t.members.get(name) else {
        return Err(
            Error::usage(fl!("error-unknown-member", name = name.to_string())).hint(fl!("hint-member-list"))
        );
    };
    let who = Who {
        key: m.key.clone(),
        member: Some(name.to_string()),
    };
    let removal = match recipients::plan_remove(session, &who, None) {
        Ok(r) => r,
        // Listed nowhere: only the team file changes.
        Err(_) if !lists_key(session, &who.key)? => recipients::Removal {
            plans: Vec::new(),
            not_yours: 0,
        },
        Err(e) => return Err(e),
    };
    Ok((who, removal))
}

fn lists_key(session: &Session, key: &str) -> Result<bool> {
    let store = session.store()?;
    for f in store.recipients_files() {
        let set = store.recipients.for_folder(f.parent().unwrap_or(&store.root))?;
        if set.1.iter().any(|k| k.text == key) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Removes the member from every recipients file the user reads, re-sealing what they
/// could read, and from the team once no file the user cannot change still lists them
/// (the caller holds the lock): a member still listed somewhere stays a member, for a
/// reader of that folder to finish the removal.
pub fn remove(session: &Session, who: &Who, removal: &recipients::Removal) -> Result<u8> {
    let plans = &removal.plans;
    let store = session.store()?;
    let name = who.member.as_deref().unwrap_or_default();
    let mut t = Team::load(&store.state_dir())?.unwrap_or_default();
    if t.members.get(name).map(|m| &m.key) != Some(&who.key) {
        return Err(
            Error::new(fl!("error-changed-meanwhile", id = team::TEAM_FILE)).hint(fl!("hint-run-again"))
        );
    }
    let code = if plans.is_empty() {
        0
    } else {
        recipients::apply(session, plans)?
    };
    if removal.not_yours == 0 {
        t.members.remove(name);
        t.save(&store.state_dir())?;
        session.touch([Team::path(&store.state_dir())]);
    }
    Ok(code)
}
