//! Reading what is imported: the file or stdin (size-capped), CSV in whatever encoding it
//! was saved, a workbook's sheet, vCards, NDJSON lines; columns mapped to fields; each row
//! with the line or row number the user looks it up by.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use super::{CustomerImport, Input};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::import::vcard_fields;
use crate::model::sheet::{self, TextEncoding};
use crate::model::xlsx;
use crate::ops::session::Session;
use crate::store::MAX_INPUT;

/// The input, refused when it is too large or holds nothing.
pub(super) fn read_input(file: &Path) -> Result<Vec<u8>> {
    let bytes = crate::store::read_input(file)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::usage(fl!(
            "error-empty-input",
            path = file.display().to_string()
        )));
    }
    Ok(bytes)
}

pub(super) fn parse_maps(maps: &[String]) -> Result<HashMap<String, String>> {
    maps.iter()
        .map(|m| {
            let (col, field) = m
                .split_once('=')
                .ok_or_else(|| Error::usage(fl!("error-bad-map", map = m.to_string())))?;
            Ok((sheet::normal(col), field.trim().to_string()))
        })
        .collect()
}

/// Line numbers of byte offsets, counted forward once (offsets come in order). LF, CRLF
/// and lone CR (old Mac spreadsheets) each end a line. A record read after a line end is
/// placed on the terminator before it by the csv crate, so terminators at the offset are
/// skipped first.
pub(super) struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    pub(super) fn new(text: &'a [u8]) -> Lines<'a> {
        Lines { text, at: 0, line: 1 }
    }

    pub(super) fn line_at(&mut self, byte: u64) -> usize {
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
pub(super) struct Row {
    pub(super) line: usize,
    pub(super) fields: Vec<(String, String)>,
    /// A whole record as JSON text (NDJSON), instead of fields.
    pub(super) record: Option<String>,
    /// The spreadsheet row's cells as they were (CSV), for `--rejects`.
    pub(super) raw: Vec<String>,
    /// Why the row could not be read at all (a vCard that does not parse): it is listed
    /// as not imported, with this.
    pub(super) problem: Option<String>,
}

/// A spreadsheet's text: decoded from whatever encoding it was saved in, with a warning
/// when the encoding is a guess, and its field separator.
pub(super) fn sheet_text(
    bytes: &[u8],
    file: &Path,
    encoding: Option<TextEncoding>,
    ctx: &Session,
) -> Result<(String, u8)> {
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
pub(super) struct Sheet {
    pub(super) header: Vec<String>,
    pub(super) rows: Vec<(usize, Vec<String>)>,
}

/// The format a file's name says it is, for `--format` left out.
pub(super) fn format_of(file: &Path) -> Option<Input> {
    let ext = file.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "csv" | "txt" | "tsv" => Input::Csv,
        "xlsx" | "xlsm" | "xls" | "ods" => Input::Xlsx,
        "vcf" | "vcard" => Input::Vcard,
        // A JSON list (`export --format json`) is read as its records, one a line.
        "ndjson" | "jsonl" | "json" => Input::Ndjson,
        _ => return None,
    })
}

/// `--format`, or the one the file's extension names; `missing` is the error for neither.
pub(super) fn input_format(
    asked: Option<Input>,
    file: &Path,
    missing: impl FnOnce() -> Error,
) -> Result<Input> {
    asked.or_else(|| format_of(file)).ok_or_else(missing)
}

/// Reads a CSV (in whatever encoding it was saved) or a workbook's sheet. CSV cells lose
/// the `'` an export put before formula-like text.
pub(super) fn read_sheet(
    bytes: &[u8],
    format: Input,
    file: &Path,
    encoding: Option<TextEncoding>,
    sheet_name: Option<&str>,
    ctx: &Session,
) -> Result<Sheet> {
    let path = || file.display().to_string();
    if format == Input::Xlsx {
        let table = xlsx::read(bytes, sheet_name).map_err(|e| match e {
            xlsx::ReadError::Unreadable(why) => Error::new(fl!("error-workbook", path = path()))
                .cause(why)
                .hint(fl!("hint-workbook")),
            xlsx::ReadError::NoSuchSheet { wanted, names } => Error::usage(fl!(
                "error-no-sheet",
                path = path(),
                sheet = wanted,
                sheets = crate::i18n::joined(&names)
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
                rows = crate::i18n::joined(&rows),
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
    // Rows of another length than the header: a short row is padded (and said), a blank
    // one skipped, one with text past the header refused with its line.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(text);
    let mut lines = Lines::new(text);
    let mut records = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let rec =
            rec.map_err(|e| Error::new(fl!("error-bad-csv", line = (i + 1).to_string())).caused_by(e))?;
        let line = rec.position().map_or(i + 1, |p| lines.line_at(p.byte()));
        if let Err(e) = check_width(rec.len()) {
            return Err(Error::new(fl!("error-bad-csv", line = line.to_string())).cause(e.message));
        }
        // A blank row (`,,,` as Excel writes one) is no customer.
        if rec.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        records.push((line, rec));
    }
    // A title row above the header (2024年客户名单,,,,) is passed over, as in a workbook.
    let filled: Vec<usize> = records
        .iter()
        .map(|(_, r)| r.iter().filter(|c| !c.trim().is_empty()).count())
        .collect();
    let Some(at) = sheet::header_row(&filled) else {
        // Nothing but blank rows: an empty input, said as such by the caller.
        return Ok(Sheet {
            header: Vec::new(),
            rows: Vec::new(),
        });
    };
    let above: Vec<String> = records.drain(..at).map(|(n, _)| n.to_string()).collect();
    let (header_line, header) = records.remove(0);
    let header: Vec<String> = header.iter().map(String::from).collect();
    if !above.is_empty() {
        ctx.status(fl!(
            "import-title-rows",
            rows = crate::i18n::joined(&above),
            header = header_line
        ));
    }
    // Refused before any row is read.
    check_width(header.len())?;
    let mut rows = Vec::new();
    let mut short = Vec::new();
    for (line, rec) in records {
        let mut cells: Vec<String> = rec
            .iter()
            .map(|v| crate::model::csv_cell::unguard(v).to_string())
            .collect();
        while cells.len() > header.len() && cells.last().is_some_and(|c| c.trim().is_empty()) {
            cells.pop();
        }
        // Text past the header's last column in CSV is most often a comma not in quotes,
        // which moves every later cell into the wrong column: refused, not guessed.
        if cells.len() > header.len() {
            return Err(
                Error::new(fl!("error-bad-csv", line = line.to_string())).cause(fl!(
                    "cause-row-too-long",
                    cells = cells.len(),
                    columns = header.len()
                )),
            );
        }
        if cells.len() < header.len() {
            short.push(line.to_string());
        }
        cells.resize(header.len(), String::new());
        rows.push((line, cells));
    }
    if !short.is_empty() {
        ctx.warn(fl!(
            "warn-short-rows",
            count = short.len(),
            rows = crate::i18n::joined(&short.iter().take(10).collect::<Vec<_>>())
        ));
    }
    Ok(Sheet { header, rows })
}

/// A sheet wider than any customer list is refused: it is not one, and reading it would
/// hold every cell.
pub(super) fn check_width(columns: usize) -> Result<()> {
    if columns > 1000 {
        return Err(Error::new(fl!("error-too-many-columns", count = columns)));
    }
    Ok(())
}

/// Says which rows have text in a column without a header (past the header's last
/// column, or under an empty header cell): no field takes it, so it is not imported.
pub(super) fn warn_headless_cells(sheet: &Sheet, ctx: &Session) {
    let headless = |col: usize| sheet.header.get(col).is_none_or(|h| h.trim().is_empty());
    let rows: Vec<String> = sheet
        .rows
        .iter()
        .filter(|(_, cells)| {
            cells
                .iter()
                .enumerate()
                .any(|(col, c)| headless(col) && !c.trim().is_empty())
        })
        .map(|(line, _)| line.to_string())
        .collect();
    if !rows.is_empty() {
        ctx.warn(fl!(
            "warn-cells-past-header",
            count = rows.len(),
            rows = crate::i18n::joined(&rows.iter().take(10).collect::<Vec<_>>())
        ));
    }
}

pub(super) fn customer_rows(
    sheet: Sheet,
    args: &CustomerImport,
    maps: &HashMap<String, String>,
    ctx: &Session,
) -> Result<Vec<Row>> {
    let config = &ctx.store()?.config;
    let names: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    // A --map names a column of this sheet and a field crmfile has: else nothing would
    // take the column, and every row would fail, or the map would be ignored unsaid.
    for (column, field) in maps {
        if !names.iter().any(|n| sheet::normal(n) == *column) {
            return Err(Error::usage(fl!(
                "error-map-no-column",
                column = column.clone(),
                columns = crate::i18n::joined(&names)
            )));
        }
        let known = crate::model::import::header_field(field).is_some()
            || field.strip_prefix("extra.").is_some_and(|n| !n.is_empty());
        if !known {
            return Err(Error::usage(fl!("error-map-not-a-field", field = field.clone()))
                .hint(fl!("hint-map-fields")));
        }
    }
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
            ctx.warn(fl!("warn-kept", columns = crate::i18n::joined(&plan.unmapped)));
        } else {
            ctx.warn(fl!(
                "warn-unmapped",
                columns = crate::i18n::joined(&plan.unmapped)
            ));
        }
    }
    warn_headless_cells(&sheet, ctx);
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
                problem: None,
            }
        })
        .collect())
}

pub(super) fn vcard_rows(bytes: &[u8], args: &CustomerImport, ctx: &Session) -> Result<Vec<Row>> {
    let (text, _) = sheet_text(bytes, &args.file, args.encoding, ctx)?;
    let cards = crate::model::vcard::parse_cards(&text);
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
        ctx.warn(fl!("warn-vcard-unread", properties = crate::i18n::joined(&list)));
    }
    // The card as written, for `--rejects` only: a card may hold a photo.
    let raw = |span: (usize, usize)| match args.rejects {
        Some(_) => vec![crate::model::vcard::card_text(&text, span)],
        None => Vec::new(),
    };
    let read = cards
        .cards
        .iter()
        .zip(&cards.lines)
        .zip(&cards.numbers)
        .map(|((props, lines), number)| Row {
            line: *number,
            fields: vcard_fields(props)
                .into_iter()
                .map(|(f, v)| (f.to_string(), v))
                .collect(),
            record: None,
            raw: raw(*lines),
            problem: None,
        });
    // Cards that could not be read are listed, by number, with the line and why.
    let set_aside = cards.bad.iter().map(|b| Row {
        line: b.card,
        fields: Vec::new(),
        record: None,
        raw: raw(b.span),
        problem: Some(fl!(
            "vcard-problem-at",
            line = b.line.to_string(),
            reason = b.reason.clone()
        )),
    });
    let mut rows: Vec<Row> = read.chain(set_aside).collect();
    rows.sort_by_key(|r| r.line);
    Ok(rows)
}

/// NDJSON lines, read as they are used. A file is checked whole first (size, UTF-8,
/// not empty) without being held, so bad input is refused before anything is written;
/// stdin, which cannot be read twice, is read whole (up to [`MAX_INPUT`]).
/// The records of a JSON list (`[{…}, {…}]`, as `export --format json` writes it), each as
/// one line of NDJSON with its place in the list (from 1); `None` when `text` is not a
/// list, and an error naming the file when it starts like one but is no JSON.
pub(super) fn json_list(text: &str, file: &Path) -> Result<Option<Vec<(usize, String)>>> {
    if !text.trim_start_matches('\u{feff}').trim_start().starts_with('[') {
        return Ok(None);
    }
    let list: Vec<serde_json::Value> = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| Error::new(fl!("error-json-list", path = file.display().to_string())).caused_by(e))?;
    Ok(Some(
        list.iter()
            .enumerate()
            .map(|(i, v)| (i + 1, v.to_string()))
            .collect(),
    ))
}

pub(super) fn ndjson_rows(file: &Path) -> Result<Box<dyn Iterator<Item = Result<Row>>>> {
    let row = |line: usize, text: String| Row {
        line,
        fields: Vec::new(),
        record: Some(text),
        raw: Vec::new(),
        problem: None,
    };
    // A JSON list is read whole (an export of the store is one); NDJSON a line at a time.
    {
        let mut start = [0u8; 64];
        let n = if file == Path::new("-") {
            0
        } else {
            use std::io::Read;
            crate::store::open_input(file)?.read(&mut start).unwrap_or(0)
        };
        let head = String::from_utf8_lossy(&start[..n]);
        if head.trim_start_matches('\u{feff}').trim_start().starts_with('[') {
            let bytes = read_input(file)?;
            let text = std::str::from_utf8(&bytes).map_err(|_| Error::new(fl!("error-not-utf8")))?;
            let records = json_list(text, file)?.unwrap_or_default();
            return Ok(Box::new(records.into_iter().map(move |(i, t)| Ok(row(i, t)))));
        }
    }
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
            return Err(crate::store::input_too_large(
                file.display().to_string(),
                MAX_INPUT,
            ));
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
    Ok(Box::new(
        numbered_lines(open()?, file)
            .filter(|r| !matches!(r, Ok((_, text)) if text.trim().is_empty()))
            .map(move |r| r.map(|(i, text)| row(i + 1, text))),
    ))
}

/// The lines of `reader` with their index, each checked to be UTF-8.
pub(super) fn numbered_lines(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_extension_in_any_case() {
        let of = |name: &str| format_of(Path::new(name));
        assert_eq!(of("客户.CSV"), Some(Input::Csv));
        assert_eq!(of("unicode.txt"), Some(Input::Csv));
        assert_eq!(of("客户档案.xlsx"), Some(Input::Xlsx));
        assert_eq!(of("old.xls"), Some(Input::Xlsx));
        assert_eq!(of("calc.ods"), Some(Input::Xlsx));
        assert_eq!(of("phone.vcf"), Some(Input::Vcard));
        assert_eq!(of("export.jsonl"), Some(Input::Ndjson));
        assert_eq!(of("-"), None);
        assert_eq!(of("客户"), None);
        assert!(input_format(None, Path::new("客户"), || Error::usage("no format")).is_err());
        assert_eq!(
            input_format(Some(Input::Ndjson), Path::new("a.csv"), || Error::usage("x")).unwrap(),
            Input::Ndjson,
            "--format wins over the name"
        );
    }

    #[test]
    fn a_sheet_wider_than_a_customer_list_is_refused() {
        assert!(check_width(1000).is_ok());
        assert!(check_width(1001).is_err());
    }

    #[test]
    fn maps_are_column_equals_field_with_the_column_case_folded() {
        let m = parse_maps(&["Mobile 2 = contact.phones".into()]).unwrap();
        assert_eq!(m.get("mobile 2").map(String::as_str), Some("contact.phones"));
        assert!(parse_maps(&["no equals sign".into()]).is_err());
    }
}
