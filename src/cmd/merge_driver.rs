//! `crmfile merge-driver`: git's three-way merge of one record, done on the structure.

use std::path::{Path, PathBuf};

use super::Ctx;
use crate::crypt::MAX_RECORD_BYTES;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::merge::merge;
use crate::store::{Mode, parse_record};

/// Merge two versions of a record for git (set up by `crmfile git-setup`).
///
/// Decrypts base, ours and theirs in memory and merges them field by field: log entries
/// as a union by id, lists as sets, other values from the side that changed them. The
/// result is encrypted to the folder's recipients and written to OURS. Exits 0 when the
/// merge is clean; when both sides changed a value differently, ours is kept, theirs is
/// recorded under [conflicts] in the record, and the exit code is 1 so git reports the
/// conflict (settle it with `crmfile set` or `crmfile edit`, then commit).
///
/// Examples:
///   crmfile merge-driver base.age ours.age theirs.age c-7k3m9q2x.toml.age
///   git config merge.crmfile.driver "crmfile merge-driver %O %A %B %P"
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The common ancestor's file (%O); may be empty
    pub base: PathBuf,
    /// Our version (%A): the merge result is written here
    pub ours: PathBuf,
    /// Their version (%B)
    pub theirs: PathBuf,
    /// The record's path in the work tree (%P)
    pub path: PathBuf,
}

fn read(ctx: &Ctx, file: &Path, what: &str) -> Result<Option<toml::Table>> {
    let bytes = crate::store::read_at_most(file, MAX_RECORD_BYTES)?
        .ok_or_else(|| Error::new(fl!("error-side-too-large", side = what)))?;
    if bytes.is_empty() {
        return Ok(None);
    }
    // A side whose seal does not match is refused: a merge would seal it as a member's.
    let plain = ctx.keyring()?.open_record(&bytes, file).map_err(|d| {
        Error::new(fl!(
            "error-side-problem",
            side = what,
            problem = d.text(&crate::i18n::LOADER)
        ))
    })?;
    if ctx.keyring()?.flagged(file) {
        // Unsealed where every record is sealed: merged, it would be sealed as a member's.
        return Err(Error::new(fl!("error-side-unsealed", side = what)));
    }
    let text =
        std::str::from_utf8(&plain).map_err(|_| Error::new(fl!("error-side-not-text", side = what)))?;
    toml::from_str(text).map(Some).map_err(|e| {
        Error::new(fl!("error-side-not-toml", side = what))
            .cause(crate::model::config::describe_toml_error(&e, text))
    })
}

/// The folder's recipients (as trusted in the work tree), less any key the other side of
/// the merge no longer lists.
fn agreed_recipients(ctx: &Ctx, folder: &Path) -> Result<crate::store::RecipientSet> {
    let ours = ctx.recipients_for_write(folder)?;
    let rel = ours.0.strip_prefix(&ctx.cwd).unwrap_or(&ours.0);
    // Git names the other side only in some of these while the driver runs (a pull has
    // FETCH_HEAD; MERGE_HEAD is written later); every version found can only narrow.
    let mut other_sides = Vec::new();
    for rev in ["MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD", "FETCH_HEAD"] {
        if let Some(text) = crate::store::git::show(&ctx.cwd, rev, rel) {
            other_sides.push(crate::crypt::parse_recipients(&text, rel)?);
        }
    }
    let kept: Vec<&str> = ours
        .1
        .iter()
        .filter(|k| {
            other_sides
                .iter()
                .all(|side| side.iter().any(|t| t.text == k.text))
        })
        .map(|k| k.text.as_str())
        .collect();
    if kept.len() == ours.1.len() {
        return Ok(ours);
    }
    if kept.is_empty() {
        return Err(Error::new(fl!(
            "error-merge-no-shared-key",
            path = rel.display().to_string()
        )));
    }
    ctx.warn(fl!(
        "warn-merge-sealed-to-shared",
        path = rel.display().to_string(),
        count = kept.len()
    ));
    let keys = crate::crypt::parse_recipients(&kept.join("\n"), rel)?;
    Ok(std::sync::Arc::new((ours.0.clone(), keys)))
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let shown = args.path.display().to_string();
    let fail = |e: Error| e.context(|m| fl!("error-merging", path = shown.clone(), error = m));
    let work_path = ctx.cwd.join(&args.path);
    ctx.use_store_near(&work_path).map_err(fail)?;
    let base = read(ctx, &args.base, "the base").map_err(fail)?;
    let ours = read(ctx, &args.ours, "our")
        .map_err(fail)?
        .ok_or_else(|| fail(Error::new(fl!("error-side-empty", side = "our"))))?;
    let theirs = read(ctx, &args.theirs, "their")
        .map_err(fail)?
        .ok_or_else(|| fail(Error::new(fl!("error-side-empty", side = "their"))))?;

    let (mut merged, conflicts) = merge(base.as_ref(), &ours, &theirs);
    if !conflicts.is_empty() {
        let table = merged
            .entry("conflicts")
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        if let toml::Value::Table(t) = table {
            for c in &conflicts {
                t.insert(c.path.clone(), c.theirs.clone());
            }
        }
    }
    let text =
        toml::to_string(&merged).map_err(|e| fail(Error::new(fl!("error-write-merged")).caused_by(e)))?;
    let text = zeroize::Zeroizing::new(text);
    let customer = parse_record(&text, true).map_err(|p| {
        fail(Error::new(fl!("error-merged-record", problem = p.shown())).hint(fl!("hint-merge-by-hand")))
    })?;
    // Seal to the keys both sides of the merge give the folder: git may not have merged
    // the .age-recipients yet, and a key one side removed must not read the result.
    let folder = work_path.parent().unwrap_or(&ctx.cwd).to_path_buf();
    let recipients = agreed_recipients(ctx, &folder).map_err(fail)?;
    crate::store::seal(
        &args.ours,
        &customer,
        &recipients,
        ctx.keyring()?,
        Mode::Replace,
        false,
    )
    .map_err(fail)?;
    if conflicts.is_empty() {
        return Ok(0);
    }
    for c in &conflicts {
        ctx.warn(fl!(
            "warn-merge-conflict",
            path = shown.clone(),
            field = c.path.to_string()
        ));
    }
    Ok(1)
}
