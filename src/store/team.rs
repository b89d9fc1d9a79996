//! `.crmfile/team.toml`: the team's members by name and public key. Committed to git, so
//! every clone knows who is who; `by`, `created_by`, `updated_by` and the access trail name
//! members from it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::fl;

pub const TEAM_FILE: &str = "team.toml";

/// One member: the public key their records are encrypted to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub key: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    #[serde(default)]
    pub members: BTreeMap<String, Member>,
}

/// A member name is also a file name (the member's access trail): letters and digits of
/// any script, `.`, `_` and `-`, not starting with `.` or `-`, at most 64 characters.
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.chars().count() <= 64
        && !name.starts_with(['.', '-'])
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(Error::usage(fl!("error-bad-member-name", name = name.to_string())).hint(fl!("hint-member-name")))
    }
}

/// The key as a recipients file lists it (type and key, no label), checked to parse.
pub fn normalize_key(key: &str) -> Result<String> {
    let trimmed = key.trim();
    if trimmed.contains('\n') {
        return Err(Error::usage(fl!(
            "error-bad-member-key",
            key = trimmed.to_string()
        )));
    }
    let parsed = crate::crypt::parse_recipients(trimmed, Path::new("KEY"))
        .map_err(|e| Error::usage(fl!("error-bad-member-key", key = trimmed.to_string())).cause(e.message))?;
    Ok(parsed[0].text.clone())
}

impl Team {
    pub fn path(state_dir: &Path) -> PathBuf {
        state_dir.join(TEAM_FILE)
    }

    /// The team of a store, or `None` when it has no team file (one person's store).
    pub fn load(state_dir: &Path) -> Result<Option<Team>> {
        let path = Team::path(state_dir);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::new(fl!(
                "error-symlink-refused",
                path = path.display().to_string()
            )));
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io("read", &path, e)),
        };
        let team: Team = toml::from_str(&text).map_err(|e| {
            Error::new(fl!("error-damaged", path = path.display().to_string()))
                .cause(crate::model::config::describe_toml_error(&e, &text))
        })?;
        for (name, m) in &team.members {
            check_name(name)?;
            normalize_key(&m.key)?;
        }
        Ok(Some(team))
    }

    pub fn save(&self, state_dir: &Path) -> Result<()> {
        let body = toml::to_string(self).map_err(|e| Error::new(fl!("error-save-team")).cause(e))?;
        let text = format!(
            "# The team: member names and their public keys (see `crmfile member`). Committed to git.\n{body}"
        );
        super::write_atomic(&Team::path(state_dir), text.as_bytes(), super::Mode::Replace)?;
        super::ensure_gitignore(state_dir)
    }

    /// The member one of these public keys belongs to.
    pub fn member_of(&self, keys: &[String]) -> Option<&str> {
        self.members
            .iter()
            .find(|(_, m)| keys.contains(&m.key))
            .map(|(n, _)| n.as_str())
    }

    /// The member whose key this is.
    pub fn name_of(&self, key: &str) -> Option<&str> {
        self.members
            .iter()
            .find(|(_, m)| m.key == key)
            .map(|(n, _)| n.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_file_names() {
        for ok in ["李娜", "li.na", "wang_fang-2"] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", ".hidden", "-x", "a/b", "a b", "..", "a\\b", &"x".repeat(65)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn round_trip_and_lookup() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Team::load(dir.path()).unwrap(), None);
        let (_, key) = crate::crypt::generate_identity("now");
        let mut t = Team::default();
        t.members.insert("李娜".into(), Member { key: key.clone() });
        t.save(dir.path()).unwrap();
        let back = Team::load(dir.path()).unwrap().unwrap();
        assert_eq!(back, t);
        assert_eq!(back.member_of(std::slice::from_ref(&key)), Some("李娜"));
        assert_eq!(back.name_of("age1nope"), None);
        assert!(normalize_key("not a key").is_err());
        assert_eq!(normalize_key(&format!("  {key}  ")).unwrap(), key);
    }
}
