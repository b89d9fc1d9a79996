//! `.crmfile/access.log`: one NDJSON line per command that decrypted or wrote records —
//! when, who, which command, which ids. Never names. Local to this machine (git-ignored).

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::fl;

/// Ids listed per line at most; a bulk command over the whole store logs the count.
pub const MAX_IDS: usize = 100;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Access {
    pub at: String,
    pub user: String,
    pub command: String,
    pub read: usize,
    pub written: usize,
    pub ids: Vec<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more: usize,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub failed: bool,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub fn append(state_dir: &Path, entry: &Access) -> Result<()> {
    let path = state_dir.join("access.log");
    let mut line =
        serde_json::to_string(entry).map_err(|e| Error::new(fl!("error-write-access-log")).caused_by(e))?;
    line.push('\n');
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(&path).map_err(|e| Error::io("open", &path, e))?;
    // One write of one line: appends from concurrent processes do not interleave.
    f.write_all(line.as_bytes())
        .map_err(|e| Error::io("write", &path, e))
}

pub fn read(state_dir: &Path) -> Result<Vec<Access>> {
    let path = state_dir.join("access.log");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io("read", &path, e)),
    };
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect())
}
