//! `crmfile attach`, `crmfile attachment get`, `crmfile detach`: documents kept with a
//! customer (合同和协议等重要文件).

use std::path::PathBuf;

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::ops::attach;

/// Keep a document with a customer: a contract, a quotation, a scanned business card.
/// It is encrypted as it is read to the readers of the customer's folder, stored under
/// `.attachments/` by an id (never by its name), and listed in the record with its
/// label, original name, size, SHA-256, when and by whom. `git diff` shows the list
/// change, never the contents. Files over attachments.max_mb (25 MB) are refused.
///
/// Examples:
///   crmfile attach 张伟 ~/扫描/合同-2026-042.pdf --label 合同
///   crmfile attach c-7k3m9q2x card.jpg --label 名片
///   crmfile attachment get 张伟 合同 --output /dev/shm/contract.pdf
///   crmfile detach 张伟 a-3k9m2x7q
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// The file to keep
    pub file: PathBuf,
    /// What it is: 合同, 报价单, 名片…
    #[arg(long)]
    pub label: Option<String>,
}

/// Read documents kept with customers.
///
/// Examples:
///   crmfile attachment get 张伟 合同 > /dev/shm/contract.pdf
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct AttachmentArgs {
    #[command(subcommand)]
    pub command: AttachmentCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum AttachmentCommand {
    Get(GetArgs),
}

/// Decrypt an attachment to standard output or a file, checking it is the file that was
/// attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you
/// can: it is the document in the clear.
///
/// Examples:
///   crmfile attachment get 张伟 合同 > /dev/shm/contract.pdf
///   crmfile attachment get 张伟 a-3k9m2x7q --output /dev/shm/card.jpg
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct GetArgs {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// The attachment: its id, file name or label
    pub which: String,
    /// Write it here instead of standard output (not inside the store)
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

/// Remove a document from a customer: the entry and its encrypted file.
///
/// Examples:
///   crmfile detach 张伟 a-3k9m2x7q
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct DetachArgs {
    /// Customer id, or a query matching exactly one customer
    pub query: String,
    /// The attachment: its id, file name or label
    pub which: String,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let label = args.label.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let _lock = ctx.lock()?;
    let loaded = ctx.resolve_to_write(&args.query, true)?;
    let a = attach::attach(ctx, &loaded, &args.file, label)?;
    ctx.status(fl!(
        "status-attached",
        name = a.name.clone(),
        id = loaded.customer.id.clone(),
        size = a.size.to_string()
    ));
    ctx.emit(&format!("{}\t{}\n", loaded.customer.id, a.id))?;
    Ok(0)
}

pub fn run_attachment(args: AttachmentArgs, ctx: &Ctx) -> Result<u8> {
    let AttachmentCommand::Get(args) = args.command;
    let loaded = ctx.resolve(&args.query, false)?;
    let a = attach::find(&loaded.customer, &args.which)?.clone();
    match &args.output {
        None => {
            let mut out = ctx.writer();
            attach::get(ctx, &loaded, &a, &mut *out)?;
            std::io::Write::flush(&mut *out).map_err(Error::stdout)?;
        }
        Some(path) => {
            if ctx.store()?.holds(path) {
                return Err(Error::usage(fl!(
                    "error-output-in-store",
                    path = path.display().to_string()
                )));
            }
            // Checked before it is put in place: an altered file is never left there.
            crate::store::write_atomic_with(path, crate::store::Mode::Create, |file| {
                let mut out = std::io::BufWriter::new(file);
                attach::get(ctx, &loaded, &a, &mut out)?;
                std::io::Write::flush(&mut out).map_err(|e| Error::io("write", path, e))
            })?;
        }
    }
    Ok(0)
}

pub fn run_detach(args: DetachArgs, ctx: &Ctx) -> Result<u8> {
    let _lock = ctx.lock()?;
    let loaded = ctx.resolve_to_write(&args.query, true)?;
    let id = attach::find(&loaded.customer, &args.which)?.id.clone();
    attach::detach(ctx, &loaded, &id)?;
    ctx.status(fl!(
        "status-detached",
        id = id,
        customer = loaded.customer.id.clone()
    ));
    Ok(0)
}
