//! `crmfile import`: customers and transactions from spreadsheets, vCards and NDJSON.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use rayon::prelude::*;

use super::Ctx;
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::{Date, Timestamp};
use crate::model::id::{self, IdKind};
use crate::model::import::vcard_fields;
use crate::model::query::{DedupKey, dedup_keys};
use crate::model::record::{Customer, Transaction};
use crate::model::sheet::{self, TextEncoding};
use crate::model::validate::{normalize_email, normalize_phone, validate};
use crate::model::when::parse_date;
use crate::model::xlsx;
use crate::output;
use crate::store::Mode;

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
    /// .xlsx .xls .ods, .vcf, .ndjson .jsonl)
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
    /// logs), or count it as an error
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
    /// else CSV in UTF-8 with BOM for Excel), the lines as they were (NDJSON), or line
    /// numbers and reasons (vCard). Not inside the store: it holds customer data in the
    /// clear
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnDuplicate {
    Skip,
    Update,
    Error,
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
    /// COLUMN=FIELD (customer, date, amount, currency, quantity, product, payment, ref)
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<String>,
    /// Count what would happen and show the first problems; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The file's text encoding, when the guess is wrong (CSV)
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<TextEncoding>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MatchBy {
    Ref,
    Id,
    Phone,
    Email,
    Company,
}

impl MatchBy {
    /// The name as typed on the command line.
    fn name(self) -> &'static str {
        match self {
            MatchBy::Ref => "ref",
            MatchBy::Id => "id",
            MatchBy::Phone => "phone",
            MatchBy::Email => "email",
            MatchBy::Company => "company",
        }
    }
}

/// A company name as rows and records are matched on: case and spacing left out
/// (`ACME  Ltd` = `acme ltd`, full-width spaces too).
fn company_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Inputs larger than this are refused before parsing.
const MAX_INPUT: u64 = 512 << 20;

fn read_input(file: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if file == Path::new("-") {
        std::io::stdin()
            .take(MAX_INPUT + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::new(fl!("error-read-stdin")).caused_by(e))?;
    } else {
        let f = crate::store::open_input(file)?;
        f.take(MAX_INPUT + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("read", file, e))?;
    }
    if bytes.len() as u64 > MAX_INPUT {
        return Err(Error::new(fl!(
            "error-input-too-large",
            path = file.display().to_string(),
            mib = (MAX_INPUT >> 20).to_string()
        )));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::usage(fl!(
            "error-empty-input",
            path = file.display().to_string()
        )));
    }
    Ok(bytes)
}

fn parse_maps(maps: &[String]) -> Result<HashMap<String, String>> {
    maps.iter()
        .map(|m| {
            let (col, field) = m
                .split_once('=')
                .ok_or_else(|| Error::usage(fl!("error-bad-map", map = m.to_string())))?;
            Ok((col.trim().to_lowercase(), field.trim().to_string()))
        })
        .collect()
}

/// Line numbers of byte offsets, counted forward once (offsets come in order). LF, CRLF
/// and lone CR (old Mac spreadsheets) each end a line. A record read after a line end is
/// placed on the terminator before it by the csv crate, so terminators at the offset are
/// skipped first.
struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a [u8]) -> Lines<'a> {
        Lines { text, at: 0, line: 1 }
    }

    fn line_at(&mut self, byte: u64) -> usize {
        let mut end = (byte as usize).min(self.text.len());
        while end < self.text.len() && matches!(self.text[end], b'\r' | b'\n') {
            end += 1;
        }
        while self.at < end {
            match self.text[self.at] {
                b'\n' => self.line += 1,
                b'\r' if self.text.get(self.at + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.line
    }
}

/// One input row, as field assignments, with where it came from.
struct Row {
    line: usize,
    fields: Vec<(String, String)>,
    /// A whole record as JSON text (NDJSON), instead of fields.
    record: Option<String>,
    /// The spreadsheet row's cells as they were (CSV), for `--rejects`.
    raw: Vec<String>,
}

/// A spreadsheet's text: decoded from whatever encoding it was saved in, with a warning
/// when the encoding is a guess, and its field separator.
fn sheet_text(bytes: &[u8], file: &Path, encoding: Option<TextEncoding>, ctx: &Ctx) -> Result<(String, u8)> {
    let decoded = sheet::decode(bytes, encoding).map_err(|e| {
        Error::new(fl!("error-decode", path = file.display().to_string(), error = e))
            .hint(fl!("hint-encoding"))
    })?;
    if decoded.unsure {
        ctx.warn(fl!(
            "warn-encoding-guess",
            path = file.display().to_string(),
            encoding = decoded.encoding
        ));
    }
    let delimiter = sheet::delimiter(&decoded.text);
    Ok((decoded.text, delimiter))
}

/// A spreadsheet's header and rows of cells, each row with its line (CSV) or its row
/// number (a workbook), as the user would look it up.
struct Sheet {
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

/// The format a file's name says it is, for `--format` left out.
fn format_of(file: &Path) -> Option<Format> {
    let ext = file.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "csv" | "txt" | "tsv" => Format::Csv,
        "xlsx" | "xlsm" | "xls" | "ods" => Format::Xlsx,
        "vcf" | "vcard" => Format::Vcard,
        "ndjson" | "jsonl" => Format::Ndjson,
        _ => return None,
    })
}

/// `--format`, or the one the file's extension names; `missing` is the error for neither.
fn input_format(asked: Option<Format>, file: &Path, missing: impl FnOnce() -> Error) -> Result<Format> {
    asked.or_else(|| format_of(file)).ok_or_else(missing)
}

/// Reads a CSV (in whatever encoding it was saved) or a workbook's sheet. CSV cells lose
/// the `'` an export put before formula-like text.
fn read_sheet(
    bytes: &[u8],
    format: Format,
    file: &Path,
    encoding: Option<TextEncoding>,
    sheet_name: Option<&str>,
    ctx: &Ctx,
) -> Result<Sheet> {
    let path = || file.display().to_string();
    if format == Format::Xlsx {
        let table = xlsx::read(bytes, sheet_name).map_err(|e| match e {
            xlsx::ReadError::Unreadable(why) => Error::new(fl!("error-workbook", path = path()))
                .cause(why)
                .hint(fl!("hint-workbook")),
            xlsx::ReadError::NoSuchSheet { wanted, names } => Error::usage(fl!(
                "error-no-sheet",
                path = path(),
                sheet = wanted,
                sheets = names.join(", ")
            )),
            xlsx::ReadError::Empty(sheet) => {
                Error::usage(fl!("error-empty-sheet", path = path(), sheet = sheet))
            }
        })?;
        if table.sheets > 1 && sheet_name.is_none() {
            ctx.status(fl!(
                "import-first-sheet",
                sheet = table.sheet.clone(),
                count = table.sheets
            ));
        }
        if !table.above.is_empty() {
            let rows: Vec<String> = table.above.iter().map(usize::to_string).collect();
            ctx.status(fl!(
                "import-title-rows",
                rows = rows.join(", "),
                header = table.header_row
            ));
        }
        check_width(table.header.len())?;
        return Ok(Sheet {
            header: table.header,
            rows: table.rows,
        });
    }
    let (text, delimiter) = sheet_text(bytes, file, encoding, ctx)?;
    let text = text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(delimiter)
        .from_reader(text);
    let header = reader
        .headers()
        .map_err(|e| Error::new(fl!("error-csv-header")).caused_by(e))?
        .iter()
        .map(String::from)
        .collect::<Vec<_>>();
    // Refused before any row is read.
    check_width(header.len())?;
    let mut rows = Vec::new();
    let mut lines = Lines::new(text);
    for (i, rec) in reader.records().enumerate() {
        let rec =
            rec.map_err(|e| Error::new(fl!("error-bad-csv", line = (i + 2).to_string())).caused_by(e))?;
        let line = rec.position().map_or(i + 2, |p| lines.line_at(p.byte()));
        let cells = rec
            .iter()
            .map(|v| crate::model::csv_cell::unguard(v).to_string())
            .collect();
        rows.push((line, cells));
    }
    Ok(Sheet { header, rows })
}

/// A sheet wider than any customer list is refused: it is not one, and reading it would
/// hold every cell.
fn check_width(columns: usize) -> Result<()> {
    if columns > 1000 {
        return Err(Error::new(fl!("error-too-many-columns", count = columns)));
    }
    Ok(())
}

fn customer_rows(
    sheet: Sheet,
    args: &CustomerArgs,
    maps: &HashMap<String, String>,
    ctx: &Ctx,
) -> Result<Vec<Row>> {
    let config = &ctx.store()?.config;
    let names: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    let plan = sheet::plan(
        &names,
        maps,
        &|n| config.fields.contains_key(n),
        args.keep_unmapped,
    );
    if args.dry_run {
        ctx.status(fl!("import-mapping"));
        for (h, f) in names.iter().zip(&plan.fields) {
            ctx.status(match f {
                Some(f) => fl!(
                    "import-mapping-column",
                    column = h.to_string(),
                    field = sheet::describe(f)
                ),
                None => fl!("import-mapping-none", column = h.to_string()),
            });
        }
    }
    let columns = plan.fields.clone();
    if !plan.has_name() {
        return Err(Error::usage(fl!("error-no-name-column")).hint(fl!("hint-map-name")));
    }
    if !plan.unmapped.is_empty() {
        if args.keep_unmapped {
            ctx.warn(fl!("warn-kept", columns = plan.unmapped.join(", ")));
        } else {
            ctx.warn(fl!("warn-unmapped", columns = plan.unmapped.join(", ")));
        }
    }
    let width = sheet.header.len();
    let beyond: Vec<String> = sheet
        .rows
        .iter()
        .filter(|(_, cells)| cells.iter().skip(width).any(|c| !c.trim().is_empty()))
        .map(|(line, _)| line.to_string())
        .collect();
    if !beyond.is_empty() {
        ctx.warn(fl!(
            "warn-cells-past-header",
            count = beyond.len(),
            rows = beyond.iter().take(10).cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    let keep_raw = args.rejects.is_some();
    Ok(sheet
        .rows
        .into_iter()
        .map(|(line, cells)| {
            let fields = cells
                .iter()
                .zip(&columns)
                .filter_map(|(v, c)| c.as_ref().map(|c| (c.clone(), v.clone())))
                .filter(|(_, v)| !v.trim().is_empty())
                .collect();
            Row {
                line,
                fields,
                record: None,
                raw: if keep_raw { cells } else { Vec::new() },
            }
        })
        .collect())
}

/// What a problem is counted under in the summary: the field it names
/// (`contact.phones: …`), else the whole reason.
fn reason_key(reason: &str) -> String {
    match reason.split_once(": ") {
        Some((field, _)) if !field.is_empty() && field.len() <= 40 && !field.contains(' ') => {
            field.to_string()
        }
        _ => reason.to_string(),
    }
}

/// What `--rejects` writes: each row or line that was not imported, as it was, with why.
struct Rejects {
    path: Option<PathBuf>,
    format: Format,
    header: Vec<String>,
    /// The rows of the part being imported, by line, as they were.
    pending: HashMap<usize, (Vec<String>, Option<String>)>,
    out: Vec<Vec<String>>,
    lines: String,
    /// How many rows were not taken, by reason: the field at fault, or what kept the row out.
    reasons: BTreeMap<String, usize>,
}

impl Rejects {
    fn new(path: Option<&Path>, format: Format, header: Vec<String>, ctx: &Ctx) -> Result<Rejects> {
        if let Some(p) = path
            && ctx.store()?.holds(p)
        {
            return Err(Error::usage(fl!(
                "error-output-in-store",
                path = p.display().to_string()
            )));
        }
        Ok(Rejects {
            path: path.map(Path::to_path_buf),
            format,
            header,
            pending: HashMap::new(),
            out: Vec::new(),
            lines: String::new(),
            reasons: BTreeMap::new(),
        })
    }

    /// Forgets the rows of a part once it is done: memory holds one part.
    fn end_part(&mut self) {
        self.pending.clear();
    }

    /// Remembers a row of the part about to be imported.
    fn keep(&mut self, row: &Row) {
        if self.path.is_some() {
            self.pending
                .insert(row.line, (row.raw.clone(), row.record.clone()));
        }
    }

    /// A row that was not imported, and why.
    /// `key` is what the summary counts it under; `None`: the field the reason names.
    fn add(&mut self, line: usize, reason: &str, key: Option<String>) {
        let key = key.unwrap_or_else(|| reason_key(reason));
        *self.reasons.entry(key).or_default() += 1;
        if self.path.is_none() {
            return;
        }
        let (cells, record) = self.pending.remove(&line).unwrap_or_default();
        match (self.format, record) {
            (Format::Ndjson, Some(text)) => {
                self.lines.push_str(&text);
                self.lines.push('\n');
            }
            (Format::Csv | Format::Xlsx, _) => {
                let mut row = cells;
                row.push(reason.to_string());
                self.out.push(row);
            }
            _ => self.out.push(vec![line.to_string(), reason.to_string()]),
        }
    }

    /// Writes the file (nothing when nothing was rejected), and says where.
    fn finish(self, ctx: &Ctx) -> Result<()> {
        if !self.reasons.is_empty() {
            let mut counts: Vec<(&String, &usize)> = self.reasons.iter().collect();
            counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let list: Vec<String> = counts.iter().map(|(r, n)| format!("{r} ×{n}")).collect();
            ctx.status(fl!("import-by-reason", reasons = list.join(", ")));
        }
        let Some(path) = self.path else { return Ok(()) };
        let count = self.out.len() + self.lines.lines().count();
        let bytes = match self.format {
            Format::Ndjson => self.lines.into_bytes(),
            format => {
                let header: Vec<String> = if matches!(format, Format::Csv | Format::Xlsx) {
                    let mut h = self.header;
                    h.push(fl!("col-reason"));
                    h
                } else {
                    vec![fl!("col-line"), fl!("col-reason")]
                };
                if format_of(&path) == Some(Format::Xlsx) {
                    let mut book = xlsx::Writer::new(&fl!("sheet-rejects"), &header, &[])
                        .map_err(|e| Error::new(fl!("error-write-xlsx")).cause(e))?;
                    for row in &self.out {
                        book.row(row)
                            .map_err(|e| Error::new(fl!("error-write-xlsx")).cause(e))?;
                    }
                    book.finish()
                        .map_err(|e| Error::new(fl!("error-write-xlsx")).cause(e))?
                } else {
                    // Guarded as an export is: the file is for a spreadsheet.
                    let text =
                        output::csv(&header.iter().map(String::as_str).collect::<Vec<_>>(), &self.out)?;
                    format!("\u{feff}{text}").into_bytes()
                }
            }
        };
        crate::store::write_atomic(&path, &bytes, crate::store::Mode::Replace)?;
        ctx.status(fl!(
            "status-rejects",
            count = count,
            path = path.display().to_string()
        ));
        Ok(())
    }
}

fn vcard_rows(bytes: &[u8], args: &CustomerArgs, ctx: &Ctx) -> Result<Vec<Row>> {
    let (text, _) = sheet_text(bytes, &args.file, args.encoding, ctx)?;
    let cards = crate::model::vcard::parse_cards(&text).map_err(|e| {
        Error::new(fl!(
            "error-bad-vcard",
            path = args.file.display().to_string(),
            card = e.card.to_string(),
            line = e.line.to_string()
        ))
        .cause(e.reason)
    })?;
    if cards.photos > 0 {
        ctx.status(fl!("import-photos", count = cards.photos));
    }
    let mut unread: BTreeMap<String, usize> = BTreeMap::new();
    for name in cards
        .cards
        .iter()
        .flat_map(|c| crate::model::import::vcard_unread(c))
    {
        *unread.entry(name).or_default() += 1;
    }
    if !unread.is_empty() {
        let list: Vec<String> = unread.iter().map(|(n, k)| format!("{n} ×{k}")).collect();
        ctx.warn(fl!("warn-vcard-unread", properties = list.join(", ")));
    }
    Ok(cards
        .cards
        .iter()
        .enumerate()
        .map(|(i, props)| Row {
            line: i + 1,
            fields: vcard_fields(props)
                .into_iter()
                .map(|(f, v)| (f.to_string(), v))
                .collect(),
            record: None,
            raw: Vec::new(),
        })
        .collect())
}

/// NDJSON lines, read as they are used. A file is checked whole first (size, UTF-8,
/// not empty) without being held, so bad input is refused before anything is written;
/// stdin, which cannot be read twice, is read whole (up to [`MAX_INPUT`]).
fn ndjson_rows(file: &Path) -> Result<impl Iterator<Item = Result<Row>>> {
    let open = || -> Result<Box<dyn std::io::BufRead>> {
        if file == Path::new("-") {
            return Ok(Box::new(std::io::Cursor::new(read_input(file)?)));
        }
        let f = crate::store::open_input(file)?;
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, f)))
    };
    if file != Path::new("-") {
        let size = crate::store::input_size(file)?;
        if size > MAX_INPUT {
            return Err(Error::new(fl!(
                "error-input-too-large",
                path = file.display().to_string(),
                mib = (MAX_INPUT >> 20).to_string()
            )));
        }
        let mut any = false;
        for line in numbered_lines(open()?, file) {
            let (_, text) = line?;
            any |= !text.trim().is_empty();
        }
        if !any {
            return Err(Error::usage(fl!(
                "error-empty-input",
                path = file.display().to_string()
            )));
        }
    }
    Ok(numbered_lines(open()?, file)
        .filter(|r| !matches!(r, Ok((_, text)) if text.trim().is_empty()))
        .map(|r| {
            r.map(|(i, text)| Row {
                line: i + 1,
                fields: Vec::new(),
                record: Some(text),
                raw: Vec::new(),
            })
        }))
}

/// The lines of `reader` with their index, each checked to be UTF-8.
fn numbered_lines(
    reader: Box<dyn std::io::BufRead>,
    file: &Path,
) -> impl Iterator<Item = Result<(usize, String)>> + use<> {
    let path = file.to_path_buf();
    <Box<dyn std::io::BufRead> as std::io::BufRead>::split(reader, b'\n')
        .enumerate()
        .map(move |(i, line)| {
            let line = line.map_err(|e| Error::io("read", &path, e))?;
            let text = String::from_utf8(line).map_err(|_| Error::new(fl!("error-not-utf8")))?;
            Ok((i, text))
        })
}

/// What building a record needs of the run: shared by threads that build in parallel.
struct Stamp<'a> {
    config: &'a crate::model::config::Config,
    now: Timestamp,
    today: chrono::NaiveDate,
}

/// Builds a record from a row; every error names the field.
fn build(row: Row, stamp: &Stamp) -> Result<Customer> {
    if let Some(text) = row.record {
        let value = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .filter(serde_json::Value::is_object)
            .ok_or_else(|| Error::new(fl!("error-not-json-object")))?;
        let value =
            crate::model::import::record_json(value, stamp.now, &mut rand::rng()).map_err(Error::new)?;
        return crate::ops::add::record_from_json(value, stamp.config, stamp.now, &mut rand::rng());
    }
    sheet::customer_from_row(row.fields, stamp.config, stamp.now, stamp.today, &mut rand::rng())
        .map_err(Error::new)
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    match args.what {
        What::Customers(a) => customers(a, ctx),
        What::Transactions(a) => transactions(a, ctx),
    }
}

/// Where a customer the import knows is: on disk, or among the new records not written
/// yet.
struct Target {
    id: String,
    path: Option<PathBuf>,
    /// Its place in [`Batch::new`] while it waits to be written.
    pending: Option<usize>,
    /// Made by this import: a later row merged into it leaves it counted as new.
    created: bool,
}

/// Records waiting to be written: written a part at a time, so memory holds one part.
#[derive(Default)]
struct Batch {
    new: Vec<Customer>,
    /// The targets of the new records, in the same order.
    new_targets: Vec<usize>,
    /// Existing customers an input row updated, by target: as read, and as merged.
    changed: BTreeMap<usize, (Customer, Customer)>,
}

/// Input rows read and built (in parallel) at a time, and records written at a time.
const PART: usize = 256;

fn customers(args: CustomerArgs, ctx: &Ctx) -> Result<u8> {
    let format = input_format(args.format, &args.file, || {
        Error::usage(fl!("error-import-format")).hint(fl!("hint-import-format"))
    })?;
    let store = ctx.store()?;
    let folder = store.folder(args.folder.as_deref())?;
    let maps = parse_maps(&args.maps)?;
    // CSV and vCard are read whole and checked before anything is written; NDJSON (whole
    // records, the large inputs) is read a line at a time.
    let mut header = Vec::new();
    let mut rows: Box<dyn Iterator<Item = Result<Row>>> = match format {
        Format::Csv | Format::Xlsx => {
            let bytes = read_input(&args.file)?;
            let sheet = read_sheet(
                &bytes,
                format,
                &args.file,
                args.encoding,
                args.sheet.as_deref(),
                ctx,
            )?;
            header = sheet.header.clone();
            Box::new(customer_rows(sheet, &args, &maps, ctx)?.into_iter().map(Ok))
        }
        Format::Vcard => Box::new(
            vcard_rows(&read_input(&args.file)?, &args, ctx)?
                .into_iter()
                .map(Ok),
        ),
        Format::Ndjson => Box::new(ndjson_rows(&args.file)?),
        _ => {
            return Err(Error::usage(fl!("error-import-customers-format")));
        }
    };
    let what = match format {
        Format::Vcard => "card",
        Format::Xlsx => "row",
        _ => "line",
    };
    let mut rejects = Rejects::new(args.rejects.as_deref(), format, header, ctx)?;

    ctx.keyring()?;
    let _lock = if args.dry_run { None } else { Some(ctx.lock()?) };
    // The store as the index knows it: ids, files and duplicate keys, no whole records.
    let (existing, errors) =
        ctx.scan_indexed(|path, c| Some((c.id.clone(), path.to_path_buf(), dedup_keys(&c))))?;
    ctx.report_file_errors(&errors);
    let erasures = crate::store::erasures::Erasures::open(&store.state_dir(), ctx.keyring()?)?;
    if erasures.locked() {
        ctx.warn(fl!("warn-erasures-locked"));
    }
    let mut seen: HashMap<DedupKey, usize> = HashMap::new();
    let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut targets: Vec<Target> = Vec::with_capacity(existing.len());
    for (id, path, keys) in existing {
        for k in keys {
            seen.insert(k, targets.len());
        }
        ids.insert(id.clone());
        targets.push(Target {
            id,
            path: Some(path),
            pending: None,
            created: false,
        });
    }
    let stamp = Stamp {
        config: &store.config,
        now: ctx.timestamp(),
        today: ctx.today,
    };
    let (mut added, mut skipped, mut invalid, mut dup_errors) = (0usize, 0usize, 0usize, 0usize);
    let mut updated: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut problems = 0usize;
    let mut report = |e: Error| {
        problems += 1;
        if !args.dry_run || problems <= 10 {
            ctx.report().error(&e);
        }
    };
    let mut rows_seen = 0usize;
    loop {
        let part: Vec<Row> = rows.by_ref().take(PART).collect::<Result<_>>()?;
        if part.is_empty() {
            break;
        }
        rows_seen += part.len();
        for row in &part {
            rejects.keep(row);
        }
        let built: Vec<(usize, Result<Customer>)> = part
            .into_par_iter()
            .map(|row| {
                let line = row.line;
                let r = build(row, &stamp).and_then(|c| match validate(&c, stamp.config).first() {
                    None => Ok(c),
                    Some(p) => Err(Error::new(p.to_string())),
                });
                (line, r)
            })
            .collect();
        let mut batch = Batch::default();
        for (line, r) in built {
            let mut c = match r {
                Ok(c) => c,
                Err(e) => {
                    invalid += 1;
                    rejects.add(line, &e.message, None);
                    report(
                        Error::new(fl!(
                            "error-unit",
                            unit = what,
                            line = line.to_string(),
                            error = e.message
                        ))
                        .hint(fl!("hint-skipped")),
                    );
                    continue;
                }
            };
            let keys = dedup_keys(&c);
            if !args.force
                && let Some(t) = erasures.matching(&keys)
            {
                invalid += 1;
                rejects.add(
                    line,
                    &fl!("reject-erased", id = t.id.to_string(), date = t.date.to_string()),
                    Some(fl!("reason-erased")),
                );
                report(
                    Error::new(fl!(
                        "error-unit-erased",
                        unit = what,
                        line = line.to_string(),
                        id = t.id.to_string(),
                        date = t.date.to_string()
                    ))
                    .hint(fl!("hint-import-consent")),
                );
                continue;
            }
            let dup = keys.iter().find_map(|k| seen.get(k).copied());
            match (dup, args.on_duplicate) {
                (None, _) => {
                    if ids.contains(&c.id) {
                        c.id = id::new_id(IdKind::Customer, &mut rand::rng());
                    }
                    for k in keys {
                        seen.insert(k, targets.len());
                    }
                    ids.insert(c.id.clone());
                    batch.new_targets.push(targets.len());
                    targets.push(Target {
                        id: c.id.clone(),
                        path: None,
                        pending: Some(batch.new.len()),
                        created: true,
                    });
                    batch.new.push(c);
                }
                (Some(i), OnDuplicate::Skip) => {
                    skipped += 1;
                    rejects.add(
                        line,
                        &fl!("reject-duplicate", other = targets[i].id.clone()),
                        Some(fl!("reason-duplicate")),
                    );
                }
                (Some(i), OnDuplicate::Error) => {
                    dup_errors += 1;
                    rejects.add(
                        line,
                        &fl!("reject-duplicate", other = targets[i].id.clone()),
                        Some(fl!("reason-duplicate")),
                    );
                    report(Error::new(fl!(
                        "error-unit-duplicate",
                        unit = what,
                        line = line.to_string(),
                        other = targets[i].id.clone()
                    )));
                }
                (Some(i), OnDuplicate::Update) => {
                    let t = &targets[i];
                    // A record that cannot be read or merged is this row's problem only.
                    let merged = if let Some(p) = t.pending {
                        crate::ops::merge::fold_into(&batch.new[p], &c).map(|m| batch.new[p] = m)
                    } else if let Some((_, merged)) = batch.changed.get_mut(&i) {
                        crate::ops::merge::fold_into(merged, &c).map(|m| *merged = m)
                    } else if let Some(path) = &t.path {
                        // Read in full, with the keys this build does not know, to update.
                        ctx.load(path, true).map_err(|e| ctx.file_error(e)).and_then(|l| {
                            let merged = crate::ops::merge::fold_into(&l.customer, &c)?;
                            batch.changed.insert(i, (l.customer, merged));
                            Ok(())
                        })
                    } else {
                        // A new record of this dry run, already counted.
                        Ok(())
                    };
                    if let Err(e) = merged {
                        invalid += 1;
                        rejects.add(line, &e.message, None);
                        report(Error::new(fl!(
                            "error-unit",
                            unit = what,
                            line = line.to_string(),
                            error = e.message
                        )));
                    }
                }
            }
        }
        rejects.end_part();
        // Written (or, in a dry run, counted) part by part.
        let changed: Vec<(PathBuf, Customer)> = std::mem::take(&mut batch.changed)
            .into_iter()
            .filter(|(_, (original, merged))| merged != original)
            .map(|(i, (_, mut c))| {
                if !targets[i].created {
                    updated.insert(i);
                }
                c.updated = ctx.timestamp().max(c.created);
                (targets[i].path.clone().expect("an existing record has a file"), c)
            })
            .collect();
        added += batch.new.len();
        for &i in &batch.new_targets {
            let t = &mut targets[i];
            t.pending = None;
            if !args.dry_run {
                t.path = Some(folder.join(id::file_name(&t.id)));
            }
        }
        if !args.dry_run {
            write_all(ctx, &folder, &batch.new, &changed)?;
            output::emit(
                &batch
                    .new
                    .iter()
                    .map(|c| format!("{}\n", c.id))
                    .collect::<String>(),
            )?;
        }
    }
    if rows_seen == 0 {
        return Err(Error::usage(fl!(
            "error-empty-input",
            path = args.file.display().to_string()
        )));
    }
    let summary = fl!(
        "import-summary",
        new = added,
        updated = updated.len(),
        duplicates = (skipped + dup_errors).to_string(),
        skipped = (args.on_duplicate == OnDuplicate::Skip).to_string(),
        invalid = invalid
    );
    if args.dry_run {
        ctx.status(fl!("status-dry-run", summary = summary));
    } else {
        ctx.status(fl!("status-imported", summary = summary));
    }
    rejects.finish(ctx)?;
    if invalid + dup_errors > 0 || !errors.is_empty() {
        return Err(Error::new(fl!(
            "error-units-not-imported",
            count = (invalid + dup_errors).to_string(),
            unit = what
        ))
        .hint(fl!("hint-import-again")));
    }
    Ok(0)
}

/// Seals new and changed records in parallel, after checking the recipients once.
fn write_all(ctx: &Ctx, folder: &Path, new: &[Customer], changed: &[(PathBuf, Customer)]) -> Result<()> {
    let created: Vec<(PathBuf, Customer)> = new
        .iter()
        .map(|c| {
            let mut c = c.clone();
            ctx.stamp_created(&mut c);
            (folder.join(id::file_name(&c.id)), c)
        })
        .collect();
    // New files and changed ones, each sealed with batched syncs.
    let mut results = ctx.seal_many(&created, Mode::Create)?;
    results.extend(ctx.seal_many(changed, Mode::Replace)?);
    let failed: Vec<Error> = results.into_iter().filter_map(Result::err).collect();
    for e in &failed {
        ctx.report().error(e);
    }
    if !failed.is_empty() {
        return Err(Error::new(fl!("error-not-written", count = failed.len())));
    }
    Ok(())
}

/// The key under which an NDJSON line that is not a JSON object carries serde's reason.
const NOT_JSON: &str = "\u{0}not-json";

fn transactions(args: TransactionArgs, ctx: &Ctx) -> Result<u8> {
    let format = input_format(args.format, &args.file, || {
        Error::usage(fl!("error-import-tx-format")).hint(fl!("hint-import-format"))
    })?;
    let store = ctx.store()?;
    let maps = parse_maps(&args.maps)?;
    let bytes = read_input(&args.file)?;
    // Each row as field → value.
    let rows: Vec<(usize, BTreeMap<String, String>)> = match format {
        Format::Csv | Format::Xlsx => {
            let sheet = read_sheet(
                &bytes,
                format,
                &args.file,
                args.encoding,
                args.sheet.as_deref(),
                ctx,
            )?;
            let columns = crate::model::import::transaction_columns(&sheet.header, &maps, args.by.name());
            let unmapped: Vec<&str> = sheet
                .header
                .iter()
                .zip(&columns)
                .filter(|(h, c)| c.is_none() && !h.trim().is_empty())
                .map(|(h, _)| h.as_str())
                .collect();
            if !unmapped.is_empty() {
                ctx.warn(fl!("warn-unmapped", columns = unmapped.join(", ")));
            }
            if !columns.iter().flatten().any(|c| c == "customer") {
                return Err(Error::usage(fl!("error-no-customer-column", by = args.by.name()))
                    .hint(fl!("hint-map-customer")));
            }
            sheet
                .rows
                .into_iter()
                .map(|(line, cells)| {
                    let map = cells
                        .iter()
                        .zip(&columns)
                        .filter_map(|(v, c)| Some((c.clone()?, v.trim().to_string())))
                        .collect();
                    (line, map)
                })
                .collect()
        }
        Format::Ndjson => {
            let text = std::str::from_utf8(&bytes).map_err(|_| Error::new(fl!("error-not-utf8")))?;
            text.lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(i, l)| {
                    let map = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(l)
                        .map(|m| {
                            m.into_iter()
                                .map(|(k, v)| (k, v.as_str().map_or_else(|| v.to_string(), String::from)))
                                .collect()
                        })
                        // Kept to be reported with its line, not taken for a row without a customer.
                        .unwrap_or_else(|e| BTreeMap::from([(NOT_JSON.to_string(), e.to_string())]));
                    (i + 1, map)
                })
                .collect()
        }
        _ => return Err(Error::usage(fl!("error-import-tx-reads"))),
    };

    ctx.keyring()?;
    let _lock = if args.dry_run { None } else { Some(ctx.lock()?) };
    // Customers are matched through the index; only those that get entries are read in
    // full, a part at a time, when they are written.
    let by = args.by;
    let (known, errors) = ctx.scan_indexed(|path, c| {
        let keys: Vec<String> = match by {
            MatchBy::Id => vec![c.id.clone()],
            MatchBy::Ref => c.reference.iter().map(|r| r.trim().to_string()).collect(),
            MatchBy::Phone => c
                .contact
                .phones
                .iter()
                .filter_map(|p| normalize_phone(p).ok())
                .collect(),
            MatchBy::Email => c.contact.emails.iter().map(|e| normalize_email(e)).collect(),
            // A company customer by its name, a person by the company they work for.
            MatchBy::Company => {
                let mut keys: Vec<String> = c.company.iter().map(|n| company_key(n)).collect();
                if c.kind == crate::model::record::Kind::Company {
                    keys.push(company_key(&c.name));
                }
                keys.dedup();
                keys
            }
        };
        Some((path.to_path_buf(), keys, c.id))
    })?;
    ctx.report_file_errors(&errors);
    // A key more than one customer has (a company with several contacts, a shared
    // phone) names none of them: its rows are reported, not given to one at random.
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    let mut paths: Vec<PathBuf> = Vec::with_capacity(known.len());
    // A customer column holding crmfile ids (an entries export) names customers by id.
    let mut by_id: HashMap<String, usize> = HashMap::with_capacity(known.len());
    for (i, (path, keys, customer_id)) in known.into_iter().enumerate() {
        by_id.insert(customer_id, i);
        for k in keys {
            let ids = index.entry(k).or_default();
            if ids.last() != Some(&i) {
                ids.push(i);
            }
        }
        paths.push(path);
    }
    let mut groups: BTreeMap<usize, Vec<Transaction>> = BTreeMap::new();
    let mut bad = 0usize;
    let mut report = |e: Error| {
        bad += 1;
        ctx.report().error(&e);
    };
    for (line, row) in rows {
        if let Some(reason) = row.get(NOT_JSON) {
            report(Error::new(fl!(
                "error-at-line",
                line = line.to_string(),
                error = format!("{}: {reason}", fl!("error-not-json-object"))
            )));
            continue;
        }
        let key = row.get("customer").cloned().unwrap_or_default();
        let key = match args.by {
            MatchBy::Phone => normalize_phone(&key).unwrap_or(key),
            MatchBy::Email => normalize_email(&key),
            MatchBy::Company => company_key(&key),
            _ => key.trim().to_string(),
        };
        let own_id = by_id.get(key.trim()).map(std::slice::from_ref);
        let found = index.get(&key).map(Vec::as_slice).or(own_id).unwrap_or_default();
        if found.len() > 1 {
            report(
                Error::new(fl!(
                    "error-line-several-customers",
                    line = line.to_string(),
                    by = args.by.name(),
                    count = found.len()
                ))
                .hint(fl!("hint-match-narrower")),
            );
            continue;
        }
        let Some(&i) = found.first() else {
            report(Error::new(fl!(
                "error-line-no-customer-by",
                line = line.to_string(),
                by = args.by.name(),
                key = key.to_string()
            )));
            continue;
        };
        match transaction(&row, ctx) {
            Ok(t) => groups.entry(i).or_default().push(t),
            Err(e) => report(Error::new(fl!(
                "error-at-line",
                line = line.to_string(),
                error = e.message
            ))),
        }
    }
    let entries: usize = groups.values().map(Vec::len).sum();
    let summary = fl!(
        "import-tx-summary",
        entries = entries,
        customers = groups.len(),
        bad = bad
    );
    if args.dry_run {
        ctx.status(fl!("status-dry-run", summary = summary));
    } else {
        let groups: Vec<(usize, Vec<Transaction>)> = groups.into_iter().collect();
        let mut already = 0usize;
        for part in groups.chunks(PART) {
            let targets: Vec<PathBuf> = part.iter().map(|(i, _)| paths[*i].clone()).collect();
            let (loaded, failed) = ctx.load_all(&targets, true)?;
            if let Some(e) = failed.into_iter().next() {
                return Err(ctx.file_error(e));
            }
            // A purchase already recorded (an order file imported again) is not added twice.
            let changed: Vec<(PathBuf, Customer)> = loaded
                .into_iter()
                .zip(part)
                .filter_map(|(l, (_, ts))| {
                    let mut c = l.customer;
                    let before = c.transactions.len();
                    for t in ts {
                        if c.transactions.iter().any(|x| x.same_purchase(t)) {
                            already += 1;
                        } else {
                            c.transactions.push(t.clone());
                        }
                    }
                    if c.transactions.len() == before {
                        return None;
                    }
                    c.transactions.sort_by_key(|t| t.date);
                    c.updated = ctx.timestamp().max(c.created);
                    Some((l.path, c))
                })
                .collect();
            write_all(ctx, &store.root, &[], &changed)?;
        }
        ctx.status(fl!("status-imported-tx", summary = summary));
        if already > 0 {
            ctx.status(fl!("status-tx-already", count = already));
        }
    }
    if bad > 0 {
        return Err(Error::new(fl!("error-rows-not-imported", count = bad)).hint(fl!("hint-import-again")));
    }
    Ok(0)
}

fn transaction(row: &BTreeMap<String, String>, ctx: &Ctx) -> Result<Transaction> {
    let get = |k: &str| row.get(k).map(|s| s.trim()).filter(|s| !s.is_empty());
    let amount_text = get("amount").ok_or_else(|| Error::new(fl!("error-missing", field = "amount")))?;
    let amount = crate::model::config::parse_decimal(&amount_text.replace([',', '¥', '￥'], ""))
        .ok_or_else(|| Error::new(fl!("error-amount-not-number", text = amount_text)))?;
    let date = match get("date") {
        Some(d) => {
            let iso = sheet::sheet_date(d).unwrap_or_else(|| d.to_string());
            parse_date(&iso, ctx.today).map_err(|e| Error::new(format!("date: {e}")))?
        }
        None => return Err(Error::new(fl!("error-missing", field = "date"))),
    };
    let currency = get("currency")
        .map(str::to_uppercase)
        .unwrap_or_else(|| ctx.store().map(|s| s.config.currency.clone()).unwrap_or_default());
    let quantity = match get("quantity") {
        Some(q) => Some(
            q.parse::<u32>()
                .ok()
                .filter(|q| *q > 0)
                .ok_or_else(|| Error::new(fl!("error-quantity-not-number", text = q.to_string())))?,
        ),
        None => None,
    };
    // An entry's own id (crmfile's export) is kept; another system's id for the row is
    // its reference when it has no other.
    let entry_id = get("entry_id");
    let kept_id = entry_id.filter(|i| id::is_id(IdKind::Transaction, i));
    let reference = get("ref").or(entry_id.filter(|_| kept_id.is_none()));
    Ok(Transaction {
        id: kept_id.map_or_else(|| id::new_id(IdKind::Transaction, &mut rand::rng()), String::from),
        date: Date(date),
        product: get("product").map(String::from),
        quantity,
        amount,
        currency,
        payment: get("payment").map(String::from),
        reference: reference.map(String::from),
        due: None,
        over_limit: false,
    })
}
