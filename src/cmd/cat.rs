//! `crmfile cat`: a record file decrypted, as canonical TOML (git's textconv).

use std::path::PathBuf;

use super::Ctx;
use crate::crypt::MAX_RECORD_BYTES;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::store::{parse_record, render_record};

/// Print a record file decrypted, in canonical TOML (stable key order), so `git diff`
/// and `git log -p` show real field changes. `crmfile git-setup` makes git use it.
///
/// Examples:
///   crmfile cat c-7k3m9q2x.toml.age
///   git show HEAD~3:c-7k3m9q2x.toml.age > /dev/shm/old.age && crmfile cat /dev/shm/old.age
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The encrypted record file
    pub file: PathBuf,
    /// Print a one-line note instead of failing when the file cannot be read (for git)
    #[arg(long)]
    pub lenient: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    match render(&args, ctx) {
        Ok(text) => ctx.emit(&text)?,
        Err(e) if args.lenient => ctx.emit(&format!("# crmfile: {}\n", e.message))?,
        Err(e) => return Err(e),
    }
    Ok(0)
}

fn render(args: &Args, ctx: &Ctx) -> Result<String> {
    let shown = args.file.display();
    // A document kept with a customer is never shown. `git-setup` marks documents binary
    // for git, so git does not hand them here; this holds for a store set up before that
    // line existed, and for anyone running `cat` on one by hand.
    // (git hands over a temporary copy for the old side: `git-blob-XXXXXX/a-….age` in
    // git 2.47, `XXXXXX_a-….age` in older versions; the name ends the same either way.)
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".age").unwrap_or_default();
    let attachment = stem
        .get(stem.len().saturating_sub(10)..)
        .is_some_and(|id| crate::model::id::is_id(crate::model::id::IdKind::Attachment, id))
        || args
            .file
            .parent()
            .and_then(|p| p.file_name())
            .is_some_and(|d| d == crate::store::attachments::DIR);
    if attachment {
        return Ok(format!(
            "# crmfile: {}\n",
            fl!("cat-not-a-record", path = shown.to_string())
        ));
    }
    let bytes = crate::store::read_at_most(&args.file, MAX_RECORD_BYTES)?
        .ok_or_else(|| Error::new(fl!("error-too-large", path = shown.to_string())))?;
    let plain = ctx.keyring()?.open_record(&bytes, &args.file).map_err(|d| {
        Error::new(fl!(
            "error-file-problem",
            path = shown.to_string(),
            problem = d.text(&crate::i18n::LOADER)
        ))
    })?;
    let text = std::str::from_utf8(&plain)
        .map_err(|_| Error::new(fl!("error-not-text", path = shown.to_string())))?;
    match parse_record(text, true) {
        Ok(c) => Ok(render_record(&c)?.to_string()),
        // Not a valid record: show it as it is, so the diff still says what changed.
        Err(_) => Ok(text.to_string()),
    }
}
