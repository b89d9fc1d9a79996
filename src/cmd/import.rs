//! `crmfile import`: customers and transactions from spreadsheets, vCards and NDJSON.

use std::path::PathBuf;

use clap::Subcommand;

use super::Ctx;
use crate::cli::Format;
use crate::error::Result;
use crate::model::sheet::TextEncoding;
use crate::ops;
use crate::ops::import::{CustomerImport, Input, MatchBy, OnDuplicate, TransactionImport};

/// Import customers or transactions.
///
/// Examples:
///   crmfile import customers 客户.csv --dry-run
///   crmfile import customers 客户档案.xlsx --sheet 客户 --rejects 未导入.xlsx
///   crmfile import customers --format csv contacts.csv --map "Mobile 2=contact.phones" --on-duplicate update
///   crmfile import customers --format vcard phone-export.vcf --folder leads
///   crmfile export --format ndjson | crmfile --store ../copy import customers --format ndjson -
///   crmfile import transactions --format csv orders.csv --match ref
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, Subcommand)]
pub enum What {
    /// Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON
    ///
    /// Examples:
    ///   crmfile import customers 客户.csv --dry-run
    ///   crmfile import customers 客户档案.xlsx --sheet 客户
    ///   crmfile import customers --format vcard phone-export.vcf --on-duplicate update
    #[command(verbatim_doc_comment)]
    Customers(CustomerArgs),
    /// Transactions from CSV, Excel or NDJSON, appended to the customers they name
    ///
    /// A row with a due date (a `due` or 到期日 column, as `export --entries transactions`
    /// writes it) is a purchase on account, owed until paid; without one, a cash sale.
    /// Columns or NDJSON keys that no field takes are named, not imported.
    ///
    /// Examples:
    ///   crmfile import transactions --format csv orders.csv --match ref
    ///   crmfile import transactions 订单.xlsx --match company
    ///   crmfile import transactions --format ndjson - --match phone < pos-export.ndjson
    #[command(verbatim_doc_comment)]
    Transactions(TransactionArgs),
}

#[derive(Debug, clap::Args)]
pub struct CustomerArgs {
    /// The file to read, or - for stdin
    pub file: PathBuf,
    /// The file's format; without it, told from the file's extension (.csv .txt .tsv,
    /// .xlsx .xls .ods, .vcf, .ndjson .jsonl .json; a JSON list is read as NDJSON)
    #[arg(long, value_parser = crate::cli::formats(&[Format::Csv, Format::Xlsx, Format::Vcard, Format::Ndjson]))]
    pub format: Option<Format>,
    /// The workbook's sheet to read (Excel); the first one without it
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// COLUMN=FIELD: read a column into a dotted field (wins over the automatic mapping)
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<String>,
    /// What to do with a likely duplicate of a customer already in the store or earlier
    /// in the file: skip it, update the existing one (fill empty fields, unite lists and
    /// logs; fields whose values differ keep the record's and are named), or count it as
    /// an error
    #[arg(long, value_enum, default_value = "skip")]
    pub on_duplicate: OnDuplicate,
    /// Count what would happen and show the first problems; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Sub-folder of the store for the new records
    #[arg(long, value_name = "SUBDIR")]
    pub folder: Option<String>,
    /// Import customers that match an erased one (they consented again)
    #[arg(long)]
    pub force: bool,
    /// The file's text encoding, when the guess is wrong (CSV and vCard)
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<TextEncoding>,
    /// Keep the columns no field takes under extra.imported, by header (CSV)
    #[arg(long)]
    pub keep_unmapped: bool,
    /// Write what was not imported to this file, with the reason, to fix and import again:
    /// the rows as they were with a reason column (a workbook when FILE ends in .xlsx,
    /// else CSV in UTF-8 with BOM for Excel), the lines as they were (NDJSON), or the
    /// cards as they were (vCard: into a .vcf file; into a sheet, each card's number,
    /// reason and text). Not inside the store: it holds customer data in the clear
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct TransactionArgs {
    /// The file to read, or - for stdin
    pub file: PathBuf,
    /// The file's format; without it, told from the file's extension (.csv .txt .tsv,
    /// .xlsx .xls .ods, .ndjson .jsonl)
    #[arg(long, value_parser = crate::cli::formats(&[Format::Csv, Format::Xlsx, Format::Ndjson]))]
    pub format: Option<Format>,
    /// The workbook's sheet to read (Excel); the first one without it
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// How rows name their customer: by ref, id, phone, email or company name (a name
    /// that several customers share is reported, not guessed)
    #[arg(long = "match", value_enum, default_value = "ref")]
    pub by: MatchBy,
    /// COLUMN=FIELD, for a column or an NDJSON key (customer, date, amount, currency,
    /// quantity, product, payment, ref, due, over_limit)
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<String>,
    /// Count what would happen and show the first problems; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The file's text encoding, when the guess is wrong (CSV)
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<TextEncoding>,
    /// Write the rows that were not imported to this file, with the reason, to fix and
    /// import again: the rows as they were with a reason column (a workbook when FILE
    /// ends in .xlsx, else CSV in UTF-8 with BOM for Excel), or the lines as they were
    /// (NDJSON). Not inside the store: it holds customer data in the clear
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    match args.what {
        What::Customers(a) => {
            let import = CustomerImport {
                file: a.file,
                format: a.format.map(input),
                maps: a.maps,
                on_duplicate: a.on_duplicate,
                dry_run: a.dry_run,
                folder: a.folder,
                force: a.force,
                encoding: a.encoding,
                keep_unmapped: a.keep_unmapped,
                rejects: a.rejects,
                sheet: a.sheet,
            };
            // Each part's new ids as soon as they are written, for `| xargs`.
            ops::import::customers(&import, ctx, &mut |ids| {
                ctx.emit(&ids.iter().map(|id| format!("{id}\n")).collect::<String>())
            })
        }
        What::Transactions(a) => ops::import::transactions(
            &TransactionImport {
                file: a.file,
                format: a.format.map(input),
                sheet: a.sheet,
                by: a.by,
                maps: a.maps,
                dry_run: a.dry_run,
                encoding: a.encoding,
                rejects: a.rejects,
            },
            ctx,
        ),
    }
}

/// The input formats `--format` offers, as import reads them.
fn input(format: Format) -> Input {
    match format {
        Format::Xlsx => Input::Xlsx,
        Format::Vcard => Input::Vcard,
        Format::Ndjson => Input::Ndjson,
        // clap offers import nothing else.
        _ => Input::Csv,
    }
}
