//! Export's output, written a part at a time: the header (and BOM) first, each part of
//! records as it is read, then what closes the format (a workbook, a JSON list's end).

use rayon::prelude::*;

use super::entries::{cell, entry_columns, entry_rows};
use super::{Args, BALANCE, Entries};
use crate::cli::Format;
use crate::cmd::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{Lang, fl};
use crate::model::credit::Ledger;
use crate::model::fields;
use crate::model::record::Customer;
use crate::model::{vcard, xlsx};
use crate::output;

pub(super) struct Writer<'a> {
    args: &'a Args,
    format: Format,
    /// The columns asked for (none: an entry kind's own).
    fields: &'a [String],
    /// The language of a sheet for people; `None` for programs.
    people: Option<Lang>,
    /// The header row as written.
    header: Vec<String>,
    book: Option<xlsx::Writer>,
    list: output::JsonList,
    /// What is waiting to be written.
    text: String,
    /// List items written that hold a list separator, by field: an import of the sheet
    /// would split them.
    split: std::collections::BTreeMap<String, usize>,
}

impl<'a> Writer<'a> {
    /// Starts the output: a BOM and header row for CSV, a workbook for xlsx.
    pub(super) fn start(
        args: &'a Args,
        format: Format,
        fields: &'a [String],
        ctx: &Ctx,
    ) -> Result<Writer<'a>> {
        let people = args.headers.lang().filter(|_| args.entries.is_none());
        let header: Vec<String> = match (args.entries, people) {
            (Some(kind), _) if fields.is_empty() => {
                entry_columns(kind).iter().map(|c| c.to_string()).collect()
            }
            (_, Some(lang)) => fields
                .iter()
                .map(|f| fields::label(f, lang == Lang::ZhCn))
                .collect(),
            _ => fields.to_vec(),
        };
        let mut w = Writer {
            args,
            format,
            fields,
            people,
            header,
            book: None,
            list: output::JsonList::new(format == Format::Ndjson),
            text: String::new(),
            split: std::collections::BTreeMap::new(),
        };
        if args.bom && format == Format::Csv {
            w.text.push('\u{feff}');
        }
        if format == Format::Xlsx {
            if ctx.terminal() {
                return Err(Error::usage(fl!("error-xlsx-to-terminal")).hint(fl!("hint-xlsx-to-terminal")));
            }
            let names: Vec<&str> = match args.entries {
                Some(_) if fields.is_empty() => w.header.iter().map(String::as_str).collect(),
                _ => fields.iter().map(String::as_str).collect(),
            };
            let numeric: Vec<bool> = names.iter().map(|f| is_numeric(f)).collect();
            let sheet = match args.entries {
                // The sheet is named in the language of its headers.
                None => people
                    .and_then(|lang| crate::i18n::message_in(lang, "sheet-customers"))
                    .unwrap_or_else(|| fl!("sheet-customers")),
                Some(Entries::Contacts) => fl!("sheet-contacts"),
                Some(Entries::Transactions) => fl!("sheet-transactions"),
                Some(Entries::Payments) => fl!("sheet-payments"),
                Some(Entries::Feedback) => fl!("sheet-feedback"),
            };
            w.book = Some(
                xlsx::Writer::new(&sheet, &w.header, &numeric, ctx.now.timestamp()).map_err(xlsx_error)?,
            );
        }
        if format == Format::Csv {
            let header: Vec<&str> = w.header.iter().map(String::as_str).collect();
            w.text.push_str(&output::csv(&header, &[])?);
        }
        Ok(w)
    }

    /// Writes one part of the records: each turned into text in parallel, then written
    /// in order.
    pub(super) fn part(&mut self, hits: &[&Customer], ctx: &Ctx) -> Result<()> {
        match (self.args.entries, self.format) {
            (Some(kind), Format::Csv | Format::Xlsx) => {
                let rows: Vec<Vec<String>> = entry_rows(kind, hits)?
                    .iter()
                    .map(|r| self.header.iter().map(|h| cell(r.get(h))).collect())
                    .collect();
                self.sheet_rows(&rows)?;
            }
            (Some(kind), _) => {
                let rendered: Vec<String> = entry_rows(kind, hits)?
                    .par_iter()
                    .map(|row| self.list.render(row))
                    .collect();
                for row in rendered {
                    self.list.push_rendered(&row, &mut self.text);
                }
            }
            (None, Format::Csv | Format::Xlsx) => {
                let (config, today) = (&ctx.store()?.config, ctx.today);
                let cells: Vec<Vec<(String, usize)>> = hits
                    .par_iter()
                    .map(|c| {
                        self.fields
                            .iter()
                            .map(|f| customer_cell(c, f, self.people, config, today))
                            .collect()
                    })
                    .collect();
                let mut rows = Vec::with_capacity(cells.len());
                for row in cells {
                    let mut texts = Vec::with_capacity(row.len());
                    for (field, (text, split)) in self.fields.iter().zip(row) {
                        if split > 0 {
                            *self.split.entry(field.clone()).or_default() += split;
                        }
                        texts.push(text);
                    }
                    rows.push(texts);
                }
                self.sheet_rows(&rows)?;
            }
            (None, Format::Json | Format::Ndjson) => {
                output::records_part(&mut self.list, hits, &mut self.text)?
            }
            (None, _) => self.text.extend(
                hits.par_iter()
                    .map(|c| vcard::card(c, self.args.vcard_version))
                    .collect::<Vec<_>>(),
            ),
        }
        ctx.emit(&self.text)?;
        self.text.clear();
        Ok(())
    }

    /// Ends the output: the header (and BOM) of an export that matched nothing, the
    /// workbook, the end of a JSON list.
    pub(super) fn finish(self, ctx: &Ctx) -> Result<()> {
        ctx.emit(&self.text)?;
        for (field, count) in &self.split {
            ctx.warn(fl!(
                "warn-export-split",
                field = field.clone(),
                count = count.to_string()
            ));
        }
        if let Some(book) = self.book {
            ctx.emit_bytes(&book.finish().map_err(xlsx_error)?)?;
        }
        if matches!(self.format, Format::Json | Format::Ndjson) {
            ctx.emit(self.list.end())?;
        }
        Ok(())
    }

    /// Rows for a spreadsheet: into the workbook being written, else as CSV text.
    fn sheet_rows(&mut self, rows: &[Vec<String>]) -> Result<()> {
        match self.book.as_mut() {
            Some(book) => rows.iter().try_for_each(|r| book.row(r)).map_err(xlsx_error),
            None => {
                self.text.push_str(&output::csv_rows_as(rows, !self.args.raw)?);
                Ok(())
            }
        }
    }
}

/// One customer's cell of a column: list items joined with `;`, enumerated values named
/// in the sheet's language, what they owe worked out; and how many of its list items
/// hold a separator, which an import of the sheet would split.
fn customer_cell(
    c: &Customer,
    field: &str,
    people: Option<Lang>,
    config: &crate::model::config::Config,
    today: chrono::NaiveDate,
) -> (String, usize) {
    if field == BALANCE {
        let ledger = Ledger::of(c, &config.currency, today);
        let owed = if ledger.is_empty() {
            String::new()
        } else {
            ledger.balance.to_string()
        };
        return (owed, 0);
    }
    // Phones with the kind their number does not say, so the sheet imports back to the
    // same phones.
    if field == "contact.phones" {
        let chinese = people == Some(Lang::ZhCn);
        let cells: Vec<String> = c.contact.phones.iter().map(|p| p.cell(chinese)).collect();
        return (cells.join(";"), 0);
    }
    let mut values = fields::get(c, field).unwrap_or_default();
    let split = match fields::is_list(field) {
        true => values.iter().filter(|v| fields::holds_separator(v)).count(),
        false => 0,
    };
    // A credit rating by its Chinese name from the store's config (A is 优), which
    // import reads back.
    if field == "credit.rating" && people == Some(Lang::ZhCn) {
        let aliases = &config.credit.aliases;
        for v in &mut values {
            if let Some((name, _)) = aliases.iter().find(|(_, rating)| *rating == v) {
                v.clone_from(name);
            }
        }
    }
    if let (Some(lang), Some(kind)) = (people, fields::enum_kind(field)) {
        values = values
            .iter()
            .map(|v| crate::i18n::enum_label_in(lang, kind, v))
            .collect();
    }
    (values.join(";"), split)
}

/// Whether a workbook holds a column as numbers, so Excel can sum them; every other cell
/// is text (a phone keeps its `+` and leading zero, a name is never a formula).
fn is_numeric(column: &str) -> bool {
    fields::field_named(column).is_some_and(|f| f.numeric)
        || ["amount", "quantity", "rating"].contains(&column)
}

fn xlsx_error(why: String) -> Error {
    Error::new(fl!("error-write-xlsx")).cause(why)
}
