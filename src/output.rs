//! Formats (table, plain, json, ndjson, csv, ids), colour, and the one place errors are
//! printed.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use tabled::builder::Builder;
use tabled::settings::Style;

use crate::cli::{ColorChoice, Format};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::record::Customer;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub bool);

fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

impl Color {
    pub fn for_output(choice: ColorChoice, out: &Out) -> Color {
        Color::decide(choice, out.terminal)
    }
    pub fn for_stderr(choice: ColorChoice) -> Color {
        Color::decide(choice, io::stderr().is_terminal())
    }
    fn decide(choice: ColorChoice, terminal: bool) -> Color {
        Color(match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && color_allowed(),
        })
    }
    pub fn paint(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Text for a terminal: control characters (and the bidirectional overrides that reorder
/// what is shown) are written visibly as `\x1b`, `\u{202e}`, the way `ls` shows odd file
/// names, so a stored name cannot move the cursor, retitle the window or clear the screen.
/// Line breaks and tabs stay: the text's own layout is not data.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    fn odd(c: char) -> bool {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    // Most text has none: told from its bytes first. Every character `odd` takes is a
    // byte below 0x20, 0x7f, or starts with 0xc2 (C1 controls) or 0xe2 (the bidi marks).
    let maybe = |b: &u8| (*b < 0x20 && *b != b'\n' && *b != b'\t') || matches!(*b, 0x7f | 0xc2 | 0xe2);
    if !text.as_bytes().iter().any(maybe) || !text.chars().any(odd) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !odd(c) {
            out.push(c);
        } else if (c as u32) < 0x80 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Prints `error: …`, its causes (the source chain included) and hint to stderr; maps to
/// the exit code. A closed stdout is not reported. Whatever the error quotes is shown with
/// its control characters escaped.
pub fn report_error(e: &Error, color: Color) -> ExitCode {
    if e.kind == crate::error::Kind::Closed {
        return ExitCode::SUCCESS;
    }
    let mut err = io::stderr().lock();
    let _ = writeln!(
        err,
        "{} {}",
        color.paint("1;31", &fl!("label-error")),
        terminal_safe(&e.message)
    );
    for line in &e.details {
        let _ = writeln!(err, "  {}", terminal_safe(line));
    }
    for cause in e.all_causes() {
        let _ = writeln!(err, "  {} {}", fl!("label-caused-by"), terminal_safe(&cause));
    }
    if let Some(hint) = &e.hint {
        let _ = writeln!(
            err,
            "{} {}",
            color.paint("1;36", &fl!("label-hint")),
            terminal_safe(hint)
        );
    }
    ExitCode::from(e.code())
}

/// The format to use: the one asked for, else table on a terminal and `plain` otherwise.
/// (Each command's `--format` accepts only what it writes: see `cli::formats`.)
pub fn choose(asked: Option<Format>, plain: Format, terminal: bool) -> Format {
    match asked {
        Some(f) => f,
        None if terminal => Format::Table,
        None => plain,
    }
}

/// A list for programs: one pretty JSON document (`[]` when empty), or NDJSON, one compact
/// object a line (nothing when empty).
pub fn json_list<T: serde::Serialize>(items: &[T], ndjson: bool) -> String {
    // Written into one buffer: a string per item would be made and copied for nothing.
    let mut out = Vec::new();
    if ndjson {
        for i in items {
            serde_json::to_writer(&mut out, i).expect("serializes");
            out.push(b'\n');
        }
    } else {
        serde_json::to_writer_pretty(&mut out, items).expect("serializes");
        out.push(b'\n');
    }
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Writes `items` through `emit` as [`json_list`] would make them, a part at a time, each
/// part's values made in parallel: a list of a million is never whole as text.
pub fn json_parts<T: serde::Serialize + Sync>(
    items: &[T],
    ndjson: bool,
    mut emit: impl FnMut(&str) -> Result<()>,
) -> Result<()> {
    use rayon::prelude::*;
    let mut list = JsonList::new(ndjson);
    for part in items.chunks(PART) {
        let texts: Vec<String> = part.par_iter().map(|item| list.render(item)).collect();
        let mut out = String::with_capacity(texts.iter().map(|t| t.len() + 8).sum());
        for text in &texts {
            list.push_rendered(text, &mut out);
        }
        emit(&out)?;
    }
    emit(list.end())
}

/// How many items a long list is written at a time.
pub const PART: usize = 8192;

/// A format some mode of a command cannot write (`export --entries --format ics`).
pub fn require(format: Format, supported: &[Format]) -> Result<()> {
    if supported.contains(&format) {
        return Ok(());
    }
    Err(Error::usage(fl!(
        "error-format-not-here",
        format = format!("{format:?}").to_lowercase()
    ))
    .hint(fl!(
        "hint-formats",
        formats = supported
            .iter()
            .map(|f| format!("{f:?}").to_lowercase())
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// Rows of text cells with a header, rendered as a table for people; the cells' control
/// characters are escaped ([`terminal_safe`]).
pub fn table<S: AsRef<str> + Sync>(header: &[S], rows: &[Vec<String>], color: Color) -> String {
    table_painted(header, rows, color, &[])
}

/// [`table`], with the columns in `painted` holding text crmfile made and coloured itself
/// (never stored data), left as they are.
pub fn table_painted<S: AsRef<str> + Sync>(
    header: &[S],
    rows: &[Vec<String>],
    color: Color,
    painted: &[usize],
) -> String {
    let mut out = Vec::new();
    write_table_in_parts(
        header,
        rows.len(),
        |i| rows[i].clone(),
        color,
        painted,
        rows.len(),
        &mut out,
    )
    .expect("writing to memory");
    String::from_utf8(out).expect("tables are text")
}

/// [`table_painted`] of `count` rows that `row` makes, written a part of `part` rows at
/// a time: a table of a million rows is never laid out whole (the table crate keeps
/// every cell of what it lays out: remind's table at a million customers took 2,889 MiB
/// for 298 MB of text). Every row is measured first; each part is then laid out with its
/// columns as wide as the whole list's, and the parts are joined into the one table, the
/// same text as laying it out at once.
///
/// Colour goes in after the layout (the header in bold, and the cells of the `painted`
/// columns as [`Color::paint`] made them), so the columns are as wide as the text people
/// see: the table crate counts colour codes as width.
pub fn write_table_in_parts<S: AsRef<str> + Sync>(
    header: &[S],
    count: usize,
    row: impl Fn(usize) -> Vec<String> + Sync,
    color: Color,
    painted: &[usize],
    part: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    use rayon::prelude::*;
    use tabled::grid::util::string::{count_lines, get_text_width};
    use tabled::settings::object::Cell;
    use tabled::settings::{Modify, width::MinWidth};
    if count == 0 {
        return out.write_all(format!("  {}\n", fl!("table-none")).as_bytes());
    }
    let header: Vec<String> = header.iter().map(|h| h.as_ref().to_string()).collect();
    // A row's cells as laid out, and the colour of each painted cell that has one.
    let safe = |i: usize| -> (Vec<String>, Vec<(usize, String)>) {
        let mut cells = row(i);
        let mut paints = Vec::new();
        for (c, cell) in cells.iter_mut().enumerate() {
            if painted.contains(&c) {
                if let Some((code, text)) = unpainted(cell) {
                    paints.push((c, code.to_string()));
                    *cell = text.to_string();
                }
            } else if let std::borrow::Cow::Owned(safe) = terminal_safe(cell) {
                *cell = safe;
            }
        }
        (cells, paints)
    };
    // Each column's width as the table crate measures it, over the header and every row.
    let widest = |a: Vec<usize>, b: Vec<usize>| -> Vec<usize> {
        let at = |w: &[usize], i: usize| w.get(i).copied().unwrap_or(0);
        (0..a.len().max(b.len()))
            .map(|i| at(&a, i).max(at(&b, i)))
            .collect()
    };
    let widths = (0..count)
        .into_par_iter()
        .fold(
            || vec![0; header.len()],
            |w, i| widest(w, safe(i).0.iter().map(|c| get_text_width(c)).collect()),
        )
        .reduce(|| header.iter().map(|h| get_text_width(h)).collect(), widest);
    // A part's lines: its top border, the header and the line under it, then its rows,
    // then its bottom border. Joined, the parts keep the first's top and header and the
    // last's bottom.
    let header_lines = header.iter().map(|h| count_lines(h)).max().unwrap_or(1);
    let part = part.max(1);
    let parts = count.div_ceil(part);
    let draw = |p: usize| -> String {
        let mut b = Builder::default();
        b.push_record(header.iter().cloned());
        // Each painted cell's line in the drawn part, column and colour.
        let mut paints = Vec::new();
        let mut line = 2 + header_lines;
        for i in p * part..((p + 1) * part).min(count) {
            let (cells, painted) = safe(i);
            paints.extend(
                painted
                    .into_iter()
                    .map(|(c, code)| (line, c, code, cells[c].clone())),
            );
            line += cells.iter().map(|c| count_lines(c)).max().unwrap_or(1);
            b.push_record(cells);
        }
        let mut t = b.build();
        t.with(Style::sharp());
        for (c, width) in widths.iter().enumerate() {
            t.with(Modify::new(Cell::new(0, c)).with(MinWidth::new(*width)));
        }
        let text = t.to_string();
        let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
        // From the right: colour codes put in move what lies after them.
        if color.0 {
            for (c, h) in header.iter().enumerate().rev() {
                paint_cell(&mut lines[1], &widths, c, h, "1");
            }
            for (line, c, code, text) in paints.into_iter().rev() {
                paint_cell(&mut lines[line], &widths, c, &text, &code);
            }
        }
        let from = if p == 0 { 0 } else { 2 + header_lines };
        let to = if p + 1 == parts {
            lines.len()
        } else {
            lines.len() - 1
        };
        let mut kept = lines[from..to].join("\n");
        kept.push('\n');
        kept
    };
    // A few parts at a time, in parallel.
    let together = rayon::current_num_threads().max(1) * 2;
    for first in (0..parts).step_by(together) {
        let drawn: Vec<String> = (first..(first + together).min(parts))
            .into_par_iter()
            .map(draw)
            .collect();
        for text in drawn {
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(())
}

/// The colour code and text of a cell [`Color::paint`] made; `None` for a cell without
/// colour.
fn unpainted(cell: &str) -> Option<(&str, &str)> {
    let (code, rest) = cell.strip_prefix("\x1b[")?.split_once('m')?;
    Some((code, rest.strip_suffix("\x1b[0m")?))
}

/// Paints the text of column `column` on a drawn line of a table whose columns are
/// `widths` wide, where the first line of `text` lies: found by its width from the left
/// border, and left as it is if it is not there.
fn paint_cell(line: &mut String, widths: &[usize], column: usize, text: &str, code: &str) {
    let text = text.lines().next().unwrap_or_default();
    if text.is_empty() {
        return;
    }
    // A border and a space, then each column before it with its space, border and space.
    let Some(before) = widths.get(..column) else {
        return;
    };
    let want = 2 + before.iter().map(|w| w + 3).sum::<usize>();
    let mut shown = 0;
    let Some(at) = line
        .char_indices()
        .find(|(_, ch)| {
            let here = shown >= want;
            shown += tabled::grid::util::string::get_char_width(*ch);
            here
        })
        .map(|(at, _)| at)
    else {
        return;
    };
    if line[at..].starts_with(text) {
        line.insert_str(at + text.len(), "\x1b[0m");
        line.insert_str(at, &format!("\x1b[{code}m"));
    }
}

/// Tab-separated lines without a header: what `cut`, `sort` and `awk` expect. A tab or
/// line break inside a cell becomes a space, so each row stays one line of its columns.
pub fn plain(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        plain_row(&mut out, row);
    }
    out
}

/// A date as `NaiveDate` displays it (`2026-11-22`), added to `out` without the
/// formatting machinery: for lists of a million lines.
pub fn push_date(out: &mut String, date: chrono::NaiveDate) {
    use chrono::Datelike;
    let (year, month, day) = (date.year(), date.month(), date.day());
    if !(0..=9999).contains(&year) {
        out.push_str(&date.to_string());
        return;
    }
    let digits = |n: u32, width: usize| {
        let mut d = [b'0'; 4];
        let mut n = n;
        for at in (4 - width..4).rev() {
            d[at] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        d
    };
    let y = digits(year as u32, 4);
    let (m, d) = (digits(month, 2), digits(day, 2));
    for b in [y[0], y[1], y[2], y[3], b'-', m[2], m[3], b'-', d[2], d[3]] {
        out.push(char::from(b));
    }
}

/// [`plain`] of `count` rows, `row(i)` each, written a part at a time, each part's lines
/// made in parallel: a list of hundreds of thousands is never whole as text.
pub fn write_plain_in_parts(
    count: usize,
    row: impl Fn(usize) -> Vec<String> + Sync,
    out: &mut dyn Write,
) -> io::Result<()> {
    use rayon::prelude::*;
    for start in (0..count).step_by(PART) {
        let lines: Vec<String> = (start..count.min(start + PART))
            .into_par_iter()
            .chunks(256)
            .map(|rows| {
                let mut lines = String::new();
                for i in rows {
                    plain_row(&mut lines, &row(i));
                }
                lines
            })
            .collect();
        for l in lines {
            out.write_all(l.as_bytes())?;
        }
    }
    Ok(())
}

/// One line of [`plain`], added to `out`.
pub fn plain_row<C: AsRef<str>>(out: &mut String, cells: &[C]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        let cell = cell.as_ref();
        // Bytes, not characters: both are ASCII, never part of another character.
        if cell.bytes().any(|b| b == b'\t' || b == b'\n') {
            out.push_str(&terminal_safe(&cell.replace(['\t', '\n'], " ")));
        } else {
            out.push_str(&terminal_safe(cell));
        }
    }
    out.push('\n');
}

/// CSV with a header; cells a spreadsheet would run as a formula are made text.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> Result<String> {
    let header = vec![header.iter().map(|h| h.to_string()).collect()];
    Ok(csv_rows(&header)? + &csv_rows(rows)?)
}

/// A JSON array (pretty, as `serde_json::to_string_pretty` writes it) or NDJSON lines,
/// written one value at a time, so a long list never needs to be whole in memory.
pub struct JsonList {
    ndjson: bool,
    count: usize,
}

impl JsonList {
    pub fn new(ndjson: bool) -> JsonList {
        JsonList::after(ndjson, 0)
    }

    /// The list with `count` values written before (by another part, made in parallel).
    pub fn after(ndjson: bool, count: usize) -> JsonList {
        JsonList { ndjson, count }
    }

    /// Appends one value's text to `out`.
    pub fn push(&mut self, value: &impl serde::Serialize, out: &mut String) {
        let text = self.render(value);
        self.push_rendered(&text, out);
    }

    /// One value as this list writes it (for rendering in parallel, then in order).
    pub fn render(&self, value: &impl serde::Serialize) -> String {
        self.try_render(value).expect("JSON values serialize")
    }

    /// [`JsonList::render`] for a value that may not serialize. In an array each line is
    /// indented here, where values are made in parallel, not where they are joined: the
    /// value is written as the one item of a pretty array, without its brackets.
    pub fn try_render(&self, value: &impl serde::Serialize) -> serde_json::Result<String> {
        if self.ndjson {
            return serde_json::to_string(value);
        }
        let mut text = serde_json::to_string_pretty(&[value])?;
        // `[\n`, the value indented, `\n]`.
        text.truncate(text.len() - "\n]".len());
        text.replace_range(.."[\n".len(), "");
        Ok(text)
    }

    /// Appends a value made by [`JsonList::render`].
    pub fn push_rendered(&mut self, text: &str, out: &mut String) {
        self.count += 1;
        if self.ndjson {
            out.push_str(text);
            out.push('\n');
            return;
        }
        out.push_str(if self.count == 1 { "[\n" } else { ",\n" });
        out.push_str(text);
    }

    /// The text that closes the list.
    pub fn end(&self) -> &'static str {
        match (self.ndjson, self.count) {
            (true, _) => "",
            (false, 0) => "[]\n",
            (false, _) => "\n]\n",
        }
    }
}

/// CSV rows without a header, for output written a part at a time; cells a spreadsheet
/// would run as a formula get a leading `'` ([`crate::model::csv_cell::guard`]).
pub fn csv_rows(rows: &[Vec<String>]) -> Result<String> {
    csv_rows_as(rows, true)
}

/// CSV rows, guarded against formulas or (`export --raw`) exactly as stored.
pub fn csv_rows_as(rows: &[Vec<String>], guarded: bool) -> Result<String> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let wrap = |e: csv::Error| Error::new(fl!("error-write-csv")).caused_by(e);
    for row in rows {
        if guarded {
            w.write_record(row.iter().map(|c| crate::model::csv_cell::guard(c).into_owned()))
        } else {
            w.write_record(row)
        }
        .map_err(wrap)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::new(fl!("error-write-csv")).cause(e.error()))?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 cells is UTF-8"))
}

/// Where a command's output goes: stdout when run as a program, a buffer in a test.
/// Commands write through it (`Ctx::emit`, `Ctx::writer`), never to stdout directly, so
/// every format of every command can be rendered and checked in-process.
pub struct Out {
    writer: std::sync::Mutex<Box<dyn Write + Send>>,
    /// Whether it is a terminal: tables and colour by default, escaped text.
    pub terminal: bool,
}

impl Out {
    /// The process's stdout.
    pub fn stdout() -> Out {
        Out::to(Box::new(io::stdout()), io::stdout().is_terminal())
    }

    /// Any writer, said to be a terminal or not.
    pub fn to(writer: Box<dyn Write + Send>, terminal: bool) -> Out {
        Out {
            writer: std::sync::Mutex::new(writer),
            terminal,
        }
    }

    /// The writer, for output written a part at a time.
    pub fn writer(&self) -> std::sync::MutexGuard<'_, Box<dyn Write + Send>> {
        self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes text, mapping a closed pipe to a quiet exit.
    pub fn text(&self, text: &str) -> Result<()> {
        self.bytes(text.as_bytes())
    }

    /// Writes bytes (a workbook), mapping a closed pipe to a quiet exit.
    pub fn bytes(&self, bytes: &[u8]) -> Result<()> {
        self.stream(|out| out.write_all(bytes))
    }

    /// Writes what `write` writes, a part at a time, then flushes; a closed pipe is a
    /// quiet exit.
    pub fn stream(&self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
        let mut out = self.writer();
        write(&mut **out)
            .and_then(|()| out.flush())
            .map_err(Error::stdout)
    }
}

/// A writer into a shared buffer: what a test hands to [`Out::to`] and reads back.
#[cfg(test)]
#[derive(Clone, Default)]
pub struct Buffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

#[cfg(test)]
impl Buffer {
    /// What was written so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// What was written so far, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes()).into_owned()
    }
}

#[cfg(test)]
impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A TOML value as JSON: datetimes become their RFC 3339 / ISO 8601 text.
pub fn toml_to_json(v: &toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::from(*i),
        toml::Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => J::Object(t.iter().map(|(k, v)| (k.clone(), toml_to_json(v))).collect()),
    }
}

/// Adds records to `list` in `out`, a part of a long list: each rendered in parallel,
/// then joined in order.
pub fn records_part(list: &mut JsonList, hits: &[&Customer], out: &mut String) -> Result<()> {
    use rayon::prelude::*;
    let rendered: Vec<String> = hits
        .par_iter()
        .map(|c| render_record(list, c))
        .collect::<Result<_>>()?;
    for text in rendered {
        list.push_rendered(&text, out);
    }
    Ok(())
}

/// The record as JSON, in the shape of `schemas/customer.schema.json`.
pub fn record_json(c: &Customer) -> Result<serde_json::Value> {
    Ok(toml_to_json(&c.to_toml().map_err(not_serialized)?))
}

fn not_serialized(why: String) -> Error {
    Error::new(fl!("error-serialize-record")).cause(why)
}

/// A record as `list` writes it: straight from its fields, dates and times as their text,
/// when nothing in it needs the TOML value tree (custom fields or conflicts holding a
/// datetime, keys this version does not know), else from that tree ([`TomlJson`]). The
/// same text either way (a property test checks); the first skips building the tree, a
/// seventh of an export's time.
pub fn render_record(list: &JsonList, c: &Customer) -> Result<String> {
    fn has_datetime(v: &toml::Value) -> bool {
        match v {
            toml::Value::Datetime(_) => true,
            toml::Value::Array(a) => a.iter().any(has_datetime),
            toml::Value::Table(t) => t.values().any(has_datetime),
            _ => false,
        }
    }
    let tables_plain = [&c.extra, &c.conflicts]
        .iter()
        .all(|t| !t.values().any(has_datetime));
    if c.unknown.is_none() && tables_plain {
        crate::model::date::with_dates_as_text(|| list.try_render(c))
            .map_err(|e| not_serialized(e.to_string()))
    } else {
        Ok(list.render(&TomlJson(&record_toml(c)?)))
    }
}

/// The record as the TOML value its JSON is written from (with [`TomlJson`]); its dates
/// and times are kept as their text (see [`Customer::to_toml_for_json`]).
pub fn record_toml(c: &Customer) -> Result<toml::Value> {
    c.to_toml_for_json().map_err(not_serialized)
}

/// A TOML value written as JSON exactly as [`toml_to_json`] turns it into JSON, without
/// building the JSON value first: exports write every record this way. A datetime still
/// in serde's one-key marker table is written as its text, as the datetime it stands for
/// is: a table read from a file never has that key (toml reads it as a datetime).
pub struct TomlJson<'a>(pub &'a toml::Value);

impl serde::Serialize for TomlJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self.0 {
            toml::Value::String(x) => s.serialize_str(x),
            toml::Value::Integer(i) => s.serialize_i64(*i),
            // As `serde_json::Number::from_f64`: no number for NaN or an infinity.
            toml::Value::Float(f) if f.is_finite() => s.serialize_f64(*f),
            toml::Value::Float(_) => s.serialize_unit(),
            toml::Value::Boolean(b) => s.serialize_bool(*b),
            toml::Value::Datetime(d) => s.collect_str(d),
            toml::Value::Array(a) => s.collect_seq(a.iter().map(TomlJson)),
            toml::Value::Table(t) => match t.get(crate::model::record::TOML_DATETIME_KEY) {
                Some(toml::Value::String(text)) if t.len() == 1 => s.serialize_str(text),
                _ => s.collect_map(t.iter().map(|(k, v)| (k, TomlJson(v)))),
            },
        }
    }
}

/// Asks before a change that affects who can read records; `--yes` answers for scripts.
pub fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        return Err(Error::usage(fl!("error-confirm-yes", question = question)));
    }
    eprint!("{question} {} ", fl!("ask-yes-no"));
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Error::new(fl!("error-read-answer")).caused_by(e))?;
    if is_yes(&answer) {
        Ok(())
    } else {
        Err(Error::new(fl!("error-nothing-changed")))
    }
}

/// Whether an answer is yes, in either language (`y`, `yes`, `是`, `好`, `确定`…).
fn is_yes(answer: &str) -> bool {
    let a = answer.trim();
    ["y", "yes"].iter().any(|y| a.eq_ignore_ascii_case(y))
        || ["是", "是的", "好", "确定", "确认", "对"].contains(&a)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    #[test]
    fn a_list_written_in_parts_is_the_list_written_whole() {
        for count in [0, 1, 2, super::PART, super::PART + 1, 2 * super::PART + 5] {
            let items: Vec<serde_json::Value> = (0..count)
                .map(|n| serde_json::json!({"n": n, "name": format!("张伟 {n}"), "tags": ["a", "b"], "note": "一\n二\r\n"}))
                .collect();
            for ndjson in [false, true] {
                let mut parts = String::new();
                super::json_parts(&items, ndjson, |text| {
                    parts.push_str(text);
                    Ok(())
                })
                .unwrap();
                assert_eq!(
                    parts,
                    super::json_list(&items, ndjson),
                    "{count} items, ndjson {ndjson}"
                );
            }
        }
    }

    #[test]
    fn yes_is_yes_in_either_language() {
        for yes in ["y", "YES", " 是\n", "确定"] {
            assert!(super::is_yes(yes), "{yes:?}");
        }
        for no in ["", "n", "否", "不", "yes please"] {
            assert!(!super::is_yes(no), "{no:?}");
        }
    }

    /// Any TOML value: every kind, nested, floats that JSON has no number for included.
    fn toml_value() -> impl Strategy<Value = toml::Value> {
        let leaf = prop_oneof![
            "\\PC{0,8}".prop_map(toml::Value::String),
            any::<i64>().prop_map(toml::Value::Integer),
            prop_oneof![any::<f64>(), Just(f64::NAN), Just(f64::INFINITY), Just(-0.0)]
                .prop_map(toml::Value::Float),
            any::<bool>().prop_map(toml::Value::Boolean),
            prop::sample::select(vec![
                "2026-11-22",
                "2026-11-22T09:30:00+08:00",
                "09:30:00",
                "2026-11-22T09:30:00.5"
            ])
            .prop_map(|d| toml::Value::Datetime(d.parse().unwrap())),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
                prop::collection::btree_map("[a-z_]{1,6}", inner, 0..4)
                    .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Written straight from TOML, a value is the same text as through a JSON value,
        /// on one line and pretty.
        #[test]
        fn toml_is_written_as_json_as_its_json_value_is(v in toml_value()) {
            let json = super::toml_to_json(&v);
            prop_assert_eq!(
                serde_json::to_string(&super::TomlJson(&v)).unwrap(),
                serde_json::to_string(&json).unwrap()
            );
            prop_assert_eq!(
                serde_json::to_string_pretty(&super::TomlJson(&v)).unwrap(),
                serde_json::to_string_pretty(&json).unwrap()
            );
        }
    }

    proptest! {
        /// A record's dates and times, written from their text as serde leaves them, are
        /// the same JSON as when read back as TOML datetimes first.
        #[test]
        fn dates_written_from_their_text_are_the_json_of_the_datetimes(
            secs in 0i64..4_000_000_000,
            offset_min in -720i32..=840,
            days in prop::collection::vec(1i32..800_000, 1..4),
        ) {
            use chrono::TimeZone;
            let text = include_str!("../fixtures/records/full.toml");
            let mut c = crate::store::parse_record(text, false).unwrap();
            let offset = chrono::FixedOffset::east_opt(offset_min * 60).unwrap();
            let at = crate::model::date::Timestamp(offset.timestamp_opt(secs, 0).unwrap());
            c.created = at;
            c.updated = at;
            for k in &mut c.contacts {
                k.at = at;
            }
            let date = |n: i32| crate::model::date::Date(chrono::NaiveDate::from_num_days_from_ce_opt(n).unwrap());
            c.birthday = Some(date(days[0]));
            for (t, n) in c.transactions.iter_mut().zip(days.iter().cycle()) {
                t.date = date(*n);
            }
            for ndjson in [true, false] {
                let list = super::JsonList::new(ndjson);
                prop_assert_eq!(
                    list.render(&super::TomlJson(&super::record_toml(&c).unwrap())),
                    list.render(&super::record_json(&c).unwrap())
                );
            }
            // Written straight from the fields (custom fields of text and numbers), and
            // through the tree (one holding a datetime): the record's JSON value both ways.
            prop_assert!(c.unknown.is_none() && c.conflicts.is_empty() && !c.extra.is_empty());
            let mut dated = c.clone();
            dated.extra.insert("since".into(), toml::Value::Datetime("2026-11-22".parse().unwrap()));
            for c in [c, dated] {
                for ndjson in [true, false] {
                    let list = super::JsonList::new(ndjson);
                    prop_assert_eq!(
                        super::render_record(&list, &c).unwrap(),
                        list.render(&super::record_json(&c).unwrap())
                    );
                }
            }
        }
    }

    #[test]
    fn a_table_read_from_toml_never_holds_the_datetime_marker() {
        // What `TomlJson` relies on: toml reads the marker key as a datetime, or refuses it.
        let key = crate::model::record::TOML_DATETIME_KEY;
        let read: toml::Table = toml::from_str(&format!("a = {{ \"{key}\" = \"2026-11-22\" }}")).unwrap();
        assert!(matches!(read["a"], toml::Value::Datetime(_)), "{read:?}");
        assert!(toml::from_str::<toml::Table>(&format!("a = {{ \"{key}\" = \"x\" }}")).is_err());
    }

    #[test]
    fn a_record_is_written_as_its_json_value() {
        let text = include_str!("../fixtures/records/full.toml");
        let c = crate::store::parse_record(text, false).unwrap();
        let value = super::record_toml(&c).unwrap();
        for ndjson in [true, false] {
            let list = super::JsonList::new(ndjson);
            assert_eq!(
                list.render(&super::TomlJson(&value)),
                list.render(&super::record_json(&c).unwrap())
            );
        }
    }

    #[test]
    fn json_lists_are_a_document_or_one_object_a_line() {
        let items = [serde_json::json!({"id": "c-1"}), serde_json::json!({"id": "c-2"})];
        assert_eq!(json_list(&items, true), "{\"id\":\"c-1\"}\n{\"id\":\"c-2\"}\n");
        let doc: serde_json::Value = serde_json::from_str(&json_list(&items, false)).unwrap();
        assert_eq!(doc, serde_json::json!([{"id": "c-1"}, {"id": "c-2"}]));
        let none: [serde_json::Value; 0] = [];
        assert_eq!(
            (json_list(&none, false), json_list(&none, true)),
            ("[]\n".into(), String::new())
        );
    }

    use super::*;

    proptest::proptest! {
        /// Dates are written as their `Display` writes them, years past 9999 and before 0
        /// too.
        #[test]
        fn dates_are_pushed_as_displayed(days in -1_000_000i32..4_000_000) {
            let date = chrono::NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let mut out = String::from("x");
            push_date(&mut out, date);
            proptest::prop_assert_eq!(out, format!("x{date}"));
        }
    }

    #[test]
    fn plain_output_keeps_one_record_per_line() {
        let rows = vec![vec!["a\tb".to_string(), "c\nd".to_string()]];
        assert_eq!(plain(&rows), "a b\tc d\n");
    }

    #[test]
    fn terminal_text_shows_control_characters() {
        assert_eq!(terminal_safe("a\x1b[31mb\x07\r\n"), "a\\x1b[31mb\\x07\\x0d\n");
        assert_eq!(terminal_safe("x\u{9b}2J\u{202e}"), "x\\u{9b}2J\\u{202e}");
        assert_eq!(terminal_safe("张伟\tok"), "张伟\tok");
    }

    #[test]
    fn csv_cells_that_would_run_are_text() {
        let out = csv(&["n"], &[vec!["=1+2".into()], vec!["-12.50".into()]]).unwrap();
        assert_eq!(out, "n\n'=1+2\n-12.50\n");
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let out = csv(&["id", "name"], &[vec!["c-1".into(), "Li, Na".into()]]).unwrap();
        assert_eq!(out, "id,name\nc-1,\"Li, Na\"\n");
    }

    #[test]
    fn toml_dates_become_json_strings() {
        let t: toml::Table = toml::from_str("d = 2026-11-22\nn = [1, 2]\n").unwrap();
        let j = toml_to_json(&toml::Value::Table(t));
        assert_eq!(j, serde_json::json!({"d": "2026-11-22", "n": [1, 2]}));
    }

    /// A painted column after columns of Chinese text is found by the width shown.
    #[test]
    fn a_painted_cell_is_found_after_wide_text() {
        let rows = |color: Color| {
            vec![
                vec![
                    "欧阳娜娜".to_string(),
                    color.paint("31", "逾期 2026-11-01"),
                    "x".into(),
                ],
                vec!["Li".to_string(), "2026-11-02".to_string(), "张".into()],
            ]
        };
        let plain = table_painted(&["客户", "日期", "备注"], &rows(Color(false)), Color(false), &[1]);
        let coloured = table_painted(&["客户", "日期", "备注"], &rows(Color(true)), Color(true), &[1]);
        assert!(
            coloured.contains("│ \x1b[31m逾期 2026-11-01\x1b[0m │"),
            "{coloured}"
        );
        assert!(coloured.contains("│ \x1b[1m备注\x1b[0m"), "{coloured}");
        let shown = coloured
            .replace("\x1b[31m", "")
            .replace("\x1b[1m", "")
            .replace("\x1b[0m", "");
        assert_eq!(shown, plain);
    }

    /// A table written a part at a time (and a table made in one part) is the table laid
    /// out whole, whatever the part's size: widths of Chinese text, cells of several lines,
    /// control characters escaped, a painted column, the widest cell in any part, and no
    /// rows at all. In colour it is the same table with the header and painted cells
    /// coloured: as wide as the text shown.
    #[test]
    fn a_table_in_parts_is_the_table_laid_out_whole() {
        let names = [
            "张伟",
            "Li Na",
            "欧阳娜娜娜娜",
            "a\nsecond line",
            "tab\there",
            "bell\u{7}",
            "",
        ];
        let rows = |color: Color| -> Vec<Vec<String>> {
            (0..23)
                .map(|n| {
                    let date = format!("2026-11-{:02}", n + 1);
                    vec![
                        if n % 3 == 0 {
                            color.paint("31", &date)
                        } else {
                            date
                        },
                        names[n % names.len()].to_string(),
                        "x".repeat(if n == 17 { 30 } else { n % 5 }),
                    ]
                })
                .collect()
        };
        let header = ["日期", "name", "detail"];
        // The table crate laying out every row at once, as tables were drawn before parts.
        let whole = {
            let mut b = Builder::default();
            b.push_record(header);
            for row in rows(Color(false)) {
                b.push_record(row.iter().map(|c| terminal_safe(c).into_owned()));
            }
            let mut t = b.build();
            t.with(Style::sharp());
            format!("{t}\n")
        };
        let uncoloured = |text: &str| {
            let mut plain = text.to_string();
            for code in ["\x1b[1m", "\x1b[31m", "\x1b[0m"] {
                plain = plain.replace(code, "");
            }
            plain
        };
        for color in [Color(false), Color(true)] {
            let rows = rows(color);
            let check = |text: String, what: &str| {
                assert_eq!(uncoloured(&text), whole, "{what}");
                if color.0 {
                    assert!(text.contains("│ \x1b[1m日期\x1b[0m "), "{what}: {text}");
                    assert!(text.contains("│ \x1b[1mdetail\x1b[0m "), "{what}: {text}");
                    for n in (0..23).step_by(3) {
                        let date = format!("│ \x1b[31m2026-11-{:02}\x1b[0m │", n + 1);
                        assert!(text.contains(&date), "{what}: {date} in {text}");
                    }
                } else {
                    assert_eq!(text, whole, "{what}");
                }
            };
            check(table_painted(&header, &rows, color, &[0]), "in one part");
            for part in [1, 2, 5, 17, 22, 23, 100] {
                let mut out = Vec::new();
                write_table_in_parts(
                    &header,
                    rows.len(),
                    |i| rows[i].clone(),
                    color,
                    &[0],
                    part,
                    &mut out,
                )
                .unwrap();
                check(String::from_utf8(out).unwrap(), &format!("parts of {part}"));
            }
            let mut out = Vec::new();
            write_table_in_parts(&header, 0, |_| Vec::new(), color, &[0], 4, &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                format!("  {}\n", fl!("table-none"))
            );
            assert_eq!(
                table_painted(&header, &[], color, &[0]),
                format!("  {}\n", fl!("table-none"))
            );
        }
    }
}
