//! Excel workbooks in memory: one sheet read as rows of text (for import), rows of text
//! written as one sheet (for export and import's rejects). Nothing here touches a file:
//! the bytes come from and go to the caller, so no plaintext copy lands on disk (the
//! writer's "constant memory" mode, which spills to temporary files, is never used).
//!
//! Reading takes `.xlsx`, `.xlsm`, `.xls` (Excel 97–2003) and `.ods` alike: the format is
//! told from the bytes, not the name.

use std::io::Cursor;

use calamine::{Data, Reader};
use rust_xlsxwriter::{Format, Workbook};

/// A sheet's header and rows as text. Rows carry their number as the spreadsheet shows
/// it (the header is usually row 1), so a problem can name the row to fix.
#[derive(Debug, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
    /// The sheet read, and how many the workbook has.
    pub sheet: String,
    pub sheets: usize,
    /// The header's row number, and the rows above it that were taken for titles.
    pub header_row: usize,
    pub above: Vec<usize>,
}

/// Why a workbook could not be read.
#[derive(Debug, PartialEq)]
pub enum ReadError {
    /// Not a workbook calamine knows, or a damaged one.
    Unreadable(String),
    /// `--sheet` named a sheet the workbook lacks; the names it has.
    NoSuchSheet { wanted: String, names: Vec<String> },
    /// The sheet has no non-empty row to take as a header.
    Empty(String),
}

/// Reads `sheet` (the first sheet when `None`): the first row with any text is the
/// header; empty rows are skipped (Excel keeps formatted empty rows at the end).
pub fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ReadError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| match e {
        // No format calamine reads: said in the language of the run, not calamine's.
        calamine::Error::Msg("Cannot detect file format") => {
            ReadError::Unreadable(crate::i18n::fl!("xlsx-not-a-workbook"))
        }
        other => ReadError::Unreadable(other.to_string()),
    })?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .cloned()
            .ok_or_else(|| ReadError::NoSuchSheet {
                wanted: wanted.to_string(),
                names: names.clone(),
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| ReadError::Empty(String::new()))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| ReadError::Unreadable(e.to_string()))?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let first_col = range.start().map_or(0, |(_, col)| col as usize);
    let mut lines: Vec<(usize, Vec<String>)> = range
        .rows()
        .enumerate()
        .filter_map(|(i, cells)| {
            // Cells left of the used range are empty columns the header keeps in place.
            let texts: Vec<String> = std::iter::repeat_n(String::new(), first_col)
                .chain(cells.iter().map(cell_text))
                .collect();
            texts
                .iter()
                .any(|t| !t.trim().is_empty())
                .then_some((first_row + i + 1, texts))
        })
        .collect();
    // A title row above the header (客户档案表, merged across the columns) is passed over.
    let filled: Vec<usize> = lines
        .iter()
        .map(|(_, c)| c.iter().filter(|c| !c.trim().is_empty()).count())
        .collect();
    let Some(at) = super::sheet::header_row(&filled) else {
        return Err(ReadError::Empty(name));
    };
    let above: Vec<usize> = lines.drain(..at).map(|(n, _)| n).collect();
    let mut lines = lines.into_iter();
    let (header_row, mut header) = lines.next().expect("the header row is there");
    // Trailing empty header cells are formatting, not columns.
    while header.last().is_some_and(|h| h.trim().is_empty()) {
        header.pop();
    }
    let width = header.len();
    let rows = lines
        .map(|(n, mut cells)| {
            // A cell past the header's last column with text in it is kept, so it is
            // reported rather than lost; empty ones are trimmed to the header's width.
            while cells.len() > width && cells.last().is_some_and(|c| c.trim().is_empty()) {
                cells.pop();
            }
            cells.resize(width.max(cells.len()), String::new());
            (n, cells)
        })
        .collect();
    Ok(Table {
        header,
        rows,
        sheet: name,
        sheets: names.len(),
        header_row,
        above,
    })
}

/// A cell as the text a person sees in it, in the forms import reads: whole numbers
/// without `.0` (a phone typed as a number, 13800138000), dates as `YYYY-MM-DD` (with the
/// time when it has one), errors as Excel shows them (`#N/A`).
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => match dt.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.format("%Y-%m-%d").to_string(),
            Some(t) => t.format("%Y-%m-%d %H:%M:%S").to_string(),
            None => number_text(dt.as_f64()),
        },
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// A number as Excel shows it: at most 15 significant digits (its precision, so a
/// formula's `3*19.9` = 59.699999999999996 reads 59.7), integers without a fraction.
fn number_text(f: f64) -> String {
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        format!("{}", rounded as i64)
    } else {
        rounded.to_string()
    }
}

/// A workbook of one sheet being written: a bold, frozen header row, then rows of text.
/// Cells are written as text, never as formulas, so `=…` in a name cannot run; the
/// columns marked in `numeric` hold numbers (amounts Excel can sum) when the text is one.
pub struct Writer {
    book: Workbook,
    numeric: Vec<bool>,
    row: u32,
    widths: Vec<usize>,
}

impl Writer {
    /// A workbook of one sheet under `header`, dated `created` (seconds since 1970, UTC):
    /// the run's clock, so a workbook written at a given `CRMFILE_NOW` is the same bytes.
    pub fn new(sheet: &str, header: &[String], numeric: &[bool], created: i64) -> Result<Writer, String> {
        let mut book = Workbook::new();
        let when = rust_xlsxwriter::ExcelDateTime::from_timestamp(created).map_err(|e| e.to_string())?;
        book.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&when));
        let bold = Format::new().set_bold();
        let sheet_ref = book.add_worksheet();
        sheet_ref.set_name(sheet).map_err(|e| e.to_string())?;
        for (col, h) in header.iter().enumerate() {
            sheet_ref
                .write_string_with_format(0, col as u16, h, &bold)
                .map_err(|e| e.to_string())?;
        }
        sheet_ref.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
        Ok(Writer {
            book,
            numeric: numeric.to_vec(),
            row: 1,
            widths: header.iter().map(|h| display_width(h)).collect(),
        })
    }

    /// Appends one row.
    pub fn row(&mut self, cells: &[String]) -> Result<(), String> {
        let sheet = self.book.worksheet_from_index(0).map_err(|e| e.to_string())?;
        for (col, text) in cells.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let number = self
                .numeric
                .get(col)
                .copied()
                .unwrap_or(false)
                .then(|| text.parse::<f64>().ok().filter(|f| f.is_finite()))
                .flatten();
            match number {
                Some(n) => sheet.write_number(self.row, col as u16, n),
                None => sheet.write_string(self.row, col as u16, text),
            }
            .map_err(|e| e.to_string())?;
            if let Some(w) = self.widths.get_mut(col) {
                *w = (*w).max(display_width(text));
            }
        }
        self.row += 1;
        Ok(())
    }

    /// The workbook's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, String> {
        let sheet = self.book.worksheet_from_index(0).map_err(|e| e.to_string())?;
        for (col, w) in self.widths.iter().enumerate() {
            // Wide enough to read, never wider than a screen.
            sheet
                .set_column_width(col as u16, (*w as f64 + 2.0).min(60.0))
                .map_err(|e| e.to_string())?;
        }
        self.book.save_to_buffer().map_err(|e| e.to_string())
    }
}

/// Columns a text takes: Chinese characters count two.
fn display_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn what_is_written_reads_back_as_the_same_text() {
        let header = s(&["姓名", "手机", "credit.limit", "备注"]);
        let mut w = Writer::new("客户", &header, &[false, false, true, false], 0).unwrap();
        w.row(&s(&["王芳", "+86 138 0013 8000", "100000", "=1+1"]))
            .unwrap();
        w.row(&s(&["", "", "", ""])).unwrap();
        w.row(&s(&["李娜", "13900139000", "2500.5", ""])).unwrap();
        let bytes = w.finish().unwrap();
        let t = read(&bytes, None).unwrap();
        assert_eq!(t.header, header);
        assert_eq!(t.sheet, "客户");
        assert_eq!(t.sheets, 1);
        assert_eq!(
            t.rows,
            vec![
                (2, s(&["王芳", "+86 138 0013 8000", "100000", "=1+1"])),
                (4, s(&["李娜", "13900139000", "2500.5", ""])),
            ]
        );
    }

    #[test]
    fn a_formula_looking_name_is_a_text_cell_not_a_formula() {
        let mut w = Writer::new("s", &s(&["name"]), &[], 0).unwrap();
        w.row(&s(&["=HYPERLINK(\"http://x\",\"y\")"])).unwrap();
        let bytes = w.finish().unwrap();
        let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(&bytes[..])).unwrap();
        let formulas = book.worksheet_formula("s").unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
        let range = book.worksheet_range("s").unwrap();
        assert!(matches!(range.get((1, 0)), Some(Data::String(_))));
    }

    #[test]
    fn a_title_row_above_the_header_is_skipped_and_dates_read_as_dates() {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet
            .merge_range(0, 0, 0, 2, "客户档案表", &Format::new())
            .unwrap();
        for (col, h) in ["客户名称", "手机", "生日"].iter().enumerate() {
            sheet.write_string(2, col as u16, *h).unwrap();
        }
        sheet.write_string(3, 0, "王芳").unwrap();
        sheet.write_number(3, 1, 13800138000.0).unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(1982, 3, 5).unwrap();
        sheet
            .write_datetime_with_format(3, 2, &date, &Format::new().set_num_format("yyyy/m/d"))
            .unwrap();
        let t = read(&book.save_to_buffer().unwrap(), None).unwrap();
        assert_eq!(t.header, s(&["客户名称", "手机", "生日"]));
        assert_eq!((t.header_row, t.above.clone()), (3, vec![1]));
        assert_eq!(t.rows, vec![(4, s(&["王芳", "13800138000", "1982-03-05"]))]);
    }

    #[test]
    fn a_data_row_wider_than_the_header_is_not_taken_for_it() {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        for (col, h) in ["姓名", "手机"].iter().enumerate() {
            sheet.write_string(0, col as u16, *h).unwrap();
        }
        // A note typed past the header's last column.
        for (col, v) in ["王芳", "13800138000", "老客户"].iter().enumerate() {
            sheet.write_string(1, col as u16, *v).unwrap();
        }
        let t = read(&book.save_to_buffer().unwrap(), None).unwrap();
        assert_eq!(t.header, s(&["姓名", "手机"]));
        assert!(t.above.is_empty());
        assert_eq!(t.rows, vec![(2, s(&["王芳", "13800138000", "老客户"]))]);
    }

    #[test]
    fn cells_read_as_people_see_them() {
        assert_eq!(cell_text(&Data::Float(13800138000.0)), "13800138000");
        assert_eq!(cell_text(&Data::Float(25800.5)), "25800.5");
        assert_eq!(cell_text(&Data::Float(3.0 * 19.9)), "59.7", "a formula's result");
        assert_eq!(cell_text(&Data::Float(0.1 + 0.2)), "0.3");
        assert_eq!(cell_text(&Data::Int(-3)), "-3");
        assert_eq!(cell_text(&Data::Empty), "");
        assert_eq!(cell_text(&Data::Bool(true)), "TRUE");
        assert_eq!(cell_text(&Data::DateTimeIso("1982-03-05".into())), "1982-03-05");
    }

    #[test]
    fn a_named_sheet_that_is_missing_names_those_there_are() {
        let bytes = Writer::new("订单", &s(&["a"]), &[], 0).unwrap().finish().unwrap();
        assert_eq!(
            read(&bytes, Some("客户")),
            Err(ReadError::NoSuchSheet {
                wanted: "客户".into(),
                names: vec!["订单".into()]
            })
        );
    }

    #[test]
    fn bytes_that_are_not_a_workbook_are_an_error() {
        assert!(matches!(
            read(b"name,phone\n", None),
            Err(ReadError::Unreadable(why)) if why == crate::i18n::fl!("xlsx-not-a-workbook")
        ));
    }

    /// A workbook is dated by the clock it is given, not the wall clock: the same rows
    /// at the same `CRMFILE_NOW` are the same bytes, a second later or not.
    #[test]
    fn a_workbook_is_the_same_bytes_for_the_same_clock() {
        let write = |at: i64| {
            let mut w = Writer::new("客户", &s(&["姓名"]), &[], at).unwrap();
            w.row(&s(&["王芳"])).unwrap();
            w.finish().unwrap()
        };
        let first = write(1_795_000_000);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(first, write(1_795_000_000));
        assert_ne!(first, write(1_795_000_001));
    }
}
