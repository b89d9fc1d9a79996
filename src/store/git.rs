//! The store inside a git work tree: drivers, autocommit. git is run as a program; no
//! plaintext is ever handed to it except through `crmfile cat` as a textconv (never
//! cached) and the merge driver, which writes ciphertext.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::id;

fn git(root: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(root).stdin(Stdio::null());
    c
}

fn output(root: &Path, args: &[&str]) -> Option<String> {
    let out = git(root).args(args).stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// True when `root` is inside a git work tree (git installed and answering).
pub fn in_work_tree(root: &Path) -> bool {
    // Cheap check first: no .git up the tree means no git at all.
    root.ancestors().any(|d| d.join(".git").exists())
        && output(root, &["rev-parse", "--is-inside-work-tree"]).as_deref() == Some("true")
}

pub fn drivers_configured(root: &Path) -> bool {
    output(root, &["config", "--get", "merge.crmfile.driver"]).is_some()
        && output(root, &["config", "--get", "diff.crmfile.textconv"]).is_some()
}

/// True while a merge, rebase or cherry-pick is under way: a partial commit would fail.
pub fn operation_in_progress(root: &Path) -> bool {
    ["MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD"]
        .iter()
        .any(|r| output(root, &["rev-parse", "-q", "--verify", r]).is_some())
}

/// A file's content at a revision (`HEAD`, `MERGE_HEAD`…), path relative to `cwd`.
pub fn show(cwd: &Path, rev: &str, path: &Path) -> Option<String> {
    let spec = format!("{rev}:./{}", path.display());
    let out = git(cwd)
        .args(["show", &spec])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Every committed version of a file, newest first: (commit, commit date, bytes). `None`
/// when the folder is not in a git work tree.
pub fn history(root: &Path, file: &Path) -> Option<Vec<(String, String, Vec<u8>)>> {
    if !in_work_tree(root) {
        return None;
    }
    let rel = file.strip_prefix(root).ok()?;
    let log = output(root, &["log", "--format=%H %cI", "--", &rel.to_string_lossy()])?;
    let mut out = Vec::new();
    for line in log.lines() {
        let Some((commit, date)) = line.split_once(' ') else {
            continue;
        };
        let spec = format!("{commit}:./{}", rel.display());
        let Ok(o) = git(root).args(["show", &spec]).stderr(Stdio::null()).output() else {
            continue;
        };
        if o.status.success() {
            out.push((commit.to_string(), date.to_string(), o.stdout));
        }
    }
    Some(out)
}

/// Sets a key in the repository's own config (`.git/config`, never global).
pub fn set_config(root: &Path, key: &str, value: &str) -> Result<()> {
    let status = git(root)
        .args(["config", "--local", key, value])
        .status()
        .map_err(|e| Error::new(fl!("error-run-git")).caused_by(e))?;
    if !status.success() {
        return Err(Error::new(fl!("error-git-config", key = key.to_string())));
    }
    Ok(())
}

/// Commits exactly `paths` with a message naming the command and the record ids (file
/// names), never customer names.
pub fn commit(root: &Path, command: &str, paths: &[std::path::PathBuf]) -> Result<()> {
    let mut ids: Vec<&str> = paths
        .iter()
        .filter_map(|p| p.file_name()?.to_str())
        .filter_map(id::id_from_file_name)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let shown = if ids.len() > 10 {
        format!("{} records", ids.len())
    } else {
        ids.join(", ")
    };
    let message = format!("crmfile {command}: {shown}");
    let run = |args: &[&std::ffi::OsStr]| -> Result<()> {
        let out = git(root)
            .args(args)
            .stdout(Stdio::null())
            .output()
            .map_err(|e| Error::new(fl!("error-run-git")).caused_by(e))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(Error::new(fl!("error-autocommit"))
                .cause(String::from_utf8_lossy(&out.stderr).trim().to_string())
                .hint(fl!("hint-autocommit")))
        }
    };
    let mut add: Vec<&std::ffi::OsStr> = vec!["add".as_ref(), "--".as_ref()];
    add.extend(paths.iter().map(|p| p.as_os_str()));
    run(&add)?;
    let mut commit: Vec<&std::ffi::OsStr> = vec![
        "commit".as_ref(),
        "-q".as_ref(),
        "-m".as_ref(),
        message.as_ref(),
        "--".as_ref(),
    ];
    commit.extend(paths.iter().map(|p| p.as_os_str()));
    run(&commit)
}
