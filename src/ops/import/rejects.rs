//! `--rejects`: what was not imported, as it was, with the reason, to fix and import
//! again; and the count per reason the summary gives.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::Input;
use super::input::{Row, format_of};
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::xlsx;
use crate::ops::session::Session;

/// What a problem is counted under in the summary: the field it names
/// (`contact.phones: …`), else the whole reason; a line it names first (a damaged vCard's
/// `line 8: …`, `第 8 行：…`) is left out, so one reason of many cards is one count.
pub(super) fn reason_key(reason: &str) -> String {
    fn numbered<'a>(rest: &'a str, end: &str) -> Option<&'a str> {
        let (n, after) = rest.split_once(end)?;
        n.bytes().all(|b| b.is_ascii_digit()).then_some(after)
    }
    let reason = reason
        .strip_prefix("line ")
        .and_then(|r| numbered(r, ": "))
        .or_else(|| reason.strip_prefix("第 ").and_then(|r| numbered(r, " 行：")))
        .unwrap_or(reason);
    match reason.split_once(": ") {
        Some((field, _)) if !field.is_empty() && field.len() <= 40 && !field.contains(' ') => {
            field.to_string()
        }
        _ => reason.to_string(),
    }
}

/// What `--rejects` writes: each row or line that was not imported, as it was, with why.
pub(super) struct Rejects {
    path: Option<PathBuf>,
    format: Input,
    header: Vec<String>,
    /// The rows of the part being imported, by line, as they were.
    pending: HashMap<usize, (Vec<String>, Option<String>)>,
    out: Vec<Vec<String>>,
    lines: String,
    /// How many rows were not taken, by reason: the field at fault, or what kept the row out.
    reasons: BTreeMap<String, usize>,
}

impl Rejects {
    pub(super) fn new(
        path: Option<&Path>,
        format: Input,
        header: Vec<String>,
        ctx: &Session,
    ) -> Result<Rejects> {
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
    pub(super) fn end_part(&mut self) {
        self.pending.clear();
    }

    /// Remembers a row of the part about to be imported.
    pub(super) fn keep(&mut self, row: &Row) {
        if self.path.is_some() {
            self.pending
                .insert(row.line, (row.raw.clone(), row.record.clone()));
        }
    }

    /// A row that was not imported, and why.
    /// `key` is what the summary counts it under; `None`: the field the reason names.
    pub(super) fn add(&mut self, line: usize, reason: &str, key: Option<String>) {
        let key = key.unwrap_or_else(|| reason_key(reason));
        *self.reasons.entry(key).or_default() += 1;
        if self.path.is_none() {
            return;
        }
        let (cells, record) = self.pending.remove(&line).unwrap_or_default();
        match (self.format, record) {
            (Input::Ndjson, Some(text)) => {
                self.lines.push_str(&text);
                self.lines.push('\n');
            }
            (Input::Csv | Input::Xlsx, _) => {
                let mut row = cells;
                row.push(reason.to_string());
                self.out.push(row);
            }
            // A card: as it was written, then its number and why.
            (Input::Vcard, _) => {
                let card = cells.into_iter().next().unwrap_or_default();
                self.out.push(vec![line.to_string(), reason.to_string(), card]);
            }
            _ => self.out.push(vec![line.to_string(), reason.to_string()]),
        }
    }

    /// Writes the file (nothing when nothing was rejected), and says where.
    pub(super) fn finish(self, ctx: &Session) -> Result<()> {
        if !self.reasons.is_empty() {
            let mut counts: Vec<(&String, &usize)> = self.reasons.iter().collect();
            counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let list: Vec<String> = counts.iter().map(|(r, n)| format!("{r} ×{n}")).collect();
            ctx.status(fl!("import-by-reason", reasons = crate::i18n::joined(&list)));
        }
        let Some(path) = self.path else { return Ok(()) };
        let count = self.out.len() + self.lines.lines().count();
        let bytes = match self.format {
            Input::Ndjson => self.lines.into_bytes(),
            // Cards into a vCard file are the cards as they were, to fix and import again
            // (the reasons were said as they were found); into a sheet, a row each.
            Input::Vcard if format_of(&path) == Some(Input::Vcard) => self
                .out
                .into_iter()
                .filter_map(|mut row| row.pop())
                .collect::<String>()
                .into_bytes(),
            format => {
                let header: Vec<String> = if matches!(format, Input::Csv | Input::Xlsx) {
                    let mut h = self.header;
                    h.push(fl!("col-reason"));
                    h
                } else if format == Input::Vcard {
                    vec![fl!("col-card"), fl!("col-reason"), fl!("col-vcard")]
                } else {
                    vec![fl!("col-line"), fl!("col-reason")]
                };
                if format_of(&path) == Some(Input::Xlsx) {
                    let mut book =
                        xlsx::Writer::new(&fl!("sheet-rejects"), &header, &[], ctx.now.timestamp())
                            .map_err(|e| Error::new(fl!("error-write-xlsx")).cause(e))?;
                    for row in &self.out {
                        book.row(row)
                            .map_err(|e| Error::new(fl!("error-write-xlsx")).cause(e))?;
                    }
                    book.finish()
                        .map_err(|e| Error::new(fl!("error-write-xlsx")).cause(e))?
                } else {
                    // Guarded as an export is: the file is for a spreadsheet.
                    let text = crate::output::csv(
                        &header.iter().map(String::as_str).collect::<Vec<_>>(),
                        &self.out,
                    )?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_counted_by_the_field_they_name() {
        assert_eq!(
            reason_key("contact.phones: `****` is not a phone number"),
            "contact.phones"
        );
        assert_eq!(reason_key("birthday: not a date"), "birthday");
        // No field named: the reason itself.
        assert_eq!(reason_key("not a JSON object"), "not a JSON object");
        // A line named first is left out.
        assert_eq!(reason_key("line 3: FN: not valid GBK text"), "FN");
        assert_eq!(
            reason_key("第 3 行：FN：不是有效的 GBK 文本"),
            "FN：不是有效的 GBK 文本"
        );
        assert_eq!(reason_key("lines: of a poem"), "lines");
    }
}
