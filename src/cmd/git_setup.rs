//! `crmfile git-setup`: decrypted diffs and structural merges for a store in git.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::store::git;

const ATTRIBUTES: &str = "*.age -text diff=crmfile merge=crmfile";

/// Documents kept with customers are binary to git: never decrypted for a diff, never
/// merged by the record driver (a conflict keeps ours and says so).
const DOCUMENTS: &str = "**/.attachments/*.age -diff merge=binary";

/// So are the keys the store keeps for its team (the seal key, the erasure key): they are
/// not records, and two members who change the readers at the same time get a conflict
/// to settle by hand (keep one side, then `crmfile reencrypt`), not a record merge.
const KEYS: &str = ".crmfile/*.age -diff merge=binary";

/// Make git show decrypted diffs of records and merge concurrent edits structurally.
///
/// Writes .gitattributes (`*.age -text diff=crmfile merge=crmfile`; documents and the
/// store's own keys under .crmfile are binary to git) in the store and sets,
/// in this repository's own config: diff.crmfile.textconv = "crmfile cat --lenient" (never
/// cachetextconv: that would keep plaintext in .git) and merge.crmfile.driver =
/// "crmfile merge-driver %O %A %B %P". Each clone runs it once.
///
/// Examples:
///   crmfile git-setup
///   git init && crmfile git-setup && git add -A && git commit -m "customer archive"
///   git log -p -- c-7k3m9q2x.toml.age
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The crmfile program git should run [default: crmfile if it is on PATH, else this
    /// program's full path]
    #[arg(long, value_name = "PATH")]
    pub binary: Option<String>,
}

fn default_binary() -> String {
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join("crmfile").is_file()))
        .unwrap_or(false);
    if on_path {
        return "crmfile".into();
    }
    std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "crmfile".into())
}

fn quote(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let store = ctx.store()?;
    if !git::in_work_tree(&store.root) {
        return Err(
            Error::new(fl!("error-not-in-git", path = store.root.display().to_string()))
                .hint(fl!("hint-git-init")),
        );
    }
    let path = store.root.join(".gitattributes");
    let existing = if path.exists() {
        crate::store::read_text(&path)?
    } else {
        String::new()
    };
    // What is missing is added, in this order (a later line wins for the documents and
    // the keys); a store set up before them gets their lines on the next run.
    let missing: Vec<&str> = [ATTRIBUTES, DOCUMENTS, KEYS]
        .into_iter()
        .filter(|want| !existing.lines().any(|l| l.trim() == *want))
        .collect();
    if !missing.is_empty() {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str("# crmfile: decrypted diffs and structural merges of records (crmfile git-setup)\n");
        for line in missing {
            text.push_str(line);
            text.push('\n');
        }
        crate::store::write_atomic(&path, text.as_bytes(), crate::store::Mode::Replace)?;
    }
    let bin = quote(&args.binary.unwrap_or_else(default_binary));
    git::set_config(
        &store.root,
        "diff.crmfile.textconv",
        &format!("{bin} cat --lenient"),
    )?;
    // Without textconv (`--no-textconv`, other tools), records are binary, never garbage.
    git::set_config(&store.root, "diff.crmfile.binary", "true")?;
    git::set_config(
        &store.root,
        "merge.crmfile.name",
        "crmfile structural record merge",
    )?;
    git::set_config(
        &store.root,
        "merge.crmfile.driver",
        &format!("{bin} merge-driver %O %A %B %P"),
    )?;
    ctx.status(fl!("status-git-setup"));
    Ok(0)
}
