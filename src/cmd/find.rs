//! `crmfile find` (alias `list`): a filtered list of customers.

use std::io::Write;

use rayon::prelude::*;

use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::query::Filters;
use crate::model::record::Customer;
use crate::model::texts::Texts;
use crate::output;

/// List customers, filtered by a query and conditions.
///
/// QUERY matches id, name, company, ref, email or phone as a case-insensitive substring.
/// Every filter must hold. Unreadable files are reported on stderr and the exit code is 1,
/// but every readable match is still listed.
///
/// Examples:
///   crmfile find 星河
///   crmfile find --tag vip --owner li.na
///   crmfile list --tier strategic --format csv > strategic.csv
///   crmfile find --where class.stage=red --where 'company~科技' --format ids | xargs -n1 crmfile show
///   crmfile find --where extra.floor=12 --format json | jq '.[].name'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    pub filters: Filters,
    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Ndjson, Format::Csv, Format::Ids]))]
    pub format: Option<Format>,
}

/// The CSV header: machine names, the same in every language.
const HEADER: &[&str] = &["id", "name", "company", "phone", "email", "tier", "owner", "tags"];

/// Records read in full for JSON at a time: memory holds one part, not every match.
const JSON_PART: usize = 256;

pub fn run(mut args: Args, ctx: &super::Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table);
    ctx.keyring()?;
    // Matched through the index; JSON needs whole records, so only the matches are
    // decrypted again for it, a part at a time.
    ctx.prepare_filters(&mut args.filters)?;
    let filters = &args.filters;
    let table = format == Format::Table && ctx.table(args.format);
    let json = matches!(format, Format::Json | Format::Ndjson);
    // Every column is kept for a table, CSV and plain text; the id and name (the order)
    // for the rest.
    let columns = !json && format != Format::Ids;
    // Of each match only what is printed is kept, in one allocation: a query can match
    // most of the store.
    let (paths, mut hits, mut errors) =
        ctx.scan_filtered_numbered(crate::store::Projection::Head, filters, |at, _, c| {
            let cells = if columns {
                cells(&c, table)
            } else {
                Texts::new([Some(&c.id), Some(&c.name), None, None, None, None, None, None])
            };
            // Boxed: a slot for every file of the store holds a pointer, not a match.
            Some(Box::new(Hit { cells, at }))
        })?;
    ctx.warn_untrusted(None);
    // By name, then id; the walk's order last, so the order never depends on the sort.
    hits.par_sort_unstable_by(|a, b| (a.name(), a.id(), a.at).cmp(&(b.name(), b.id(), b.at)));
    if json {
        let mut list = output::JsonList::new(format == Format::Ndjson);
        let mut text = String::new();
        for part in hits.chunks(JSON_PART) {
            let part: Vec<_> = part.iter().map(|h| paths.get(h.at as usize)).collect();
            let (full, failed) = ctx.load_all(&part, true)?;
            errors.extend(failed);
            // A record changed since the index was read is checked again (and kept in
            // the place its name had then).
            let kept: Vec<&Customer> = full
                .iter()
                .map(|l| &l.customer)
                .filter(|c| filters.keeps(c))
                .collect();
            output::records_part(&mut list, &kept, &mut text)?;
            ctx.emit(&text)?;
            text.clear();
        }
        ctx.emit(list.end())?;
        return finish(&errors, ctx);
    }
    // Only JSON reads the records again: the scan's list of every path can go.
    drop(paths);
    match format {
        Format::Ids => ctx.emit_stream(|out| {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
            for hit in &hits {
                writeln!(out, "{}", hit.id())?;
            }
            out.flush()
        })?,
        Format::Csv => {
            ctx.emit(&output::csv(HEADER, &[])?)?;
            for part in hits.chunks(output::PART) {
                let rows: Vec<Vec<String>> = part.par_iter().map(|hit| hit.row()).collect();
                ctx.emit(&output::csv_rows(&rows)?)?;
            }
        }
        _ if !table => {
            // Plain text for scripts: each part's lines made in parallel.
            ctx.emit_stream(|out| output::write_plain_in_parts(hits.len(), |i| hits[i].row(), out))?
        }
        _ if hits.is_empty() => {}
        _ => ctx.emit_stream(|out| {
            let header = [
                fl!("col-id"),
                fl!("col-name"),
                fl!("col-company"),
                fl!("col-phone"),
                fl!("col-email"),
                fl!("col-tier"),
                fl!("col-owner"),
                fl!("col-tags"),
            ];
            let row = |i: usize| hits[i].row();
            output::write_table_in_parts(&header, hits.len(), row, ctx.color, &[], output::PART, out)
        })?,
    }
    finish(&errors, ctx)
}

/// The end of a find: the files it could not read, named, and a failing exit.
fn finish(errors: &[crate::store::FileError], ctx: &super::Ctx) -> Result<u8> {
    ctx.end_unreadable(errors, |count| {
        Error::new(fl!("error-files-unreadable", count = count)).hint(fl!("hint-run-audit"))
    })
}

/// The columns of a match: id, name, company, first phone, first email, tier (its label
/// in a table for people), owner and tags.
fn cells(c: &Customer, table: bool) -> Texts<8> {
    let tier = c
        .class
        .tier
        .map(|t| if table { t.label() } else { t.to_string() });
    let tags = (!c.tags.is_empty()).then(|| c.tags.join(";"));
    Texts::new([
        Some(&c.id),
        Some(&c.name),
        c.company.as_deref(),
        c.contact.phones.first().map(|p| p.number.as_str()),
        c.contact.emails.first().map(String::as_str),
        tier.as_deref(),
        c.owner.as_deref(),
        tags.as_deref(),
    ])
}

/// What a match keeps to be printed: its columns (or only its id and name), and where its
/// file is in the scan's list.
struct Hit {
    cells: Texts<8>,
    at: u32,
}

impl Hit {
    fn id(&self) -> &str {
        self.cells.get(0).unwrap_or_default()
    }

    fn name(&self) -> &str {
        self.cells.get(1).unwrap_or_default()
    }

    /// Its cells as a table or CSV row; a column it lacks is empty.
    fn row(&self) -> Vec<String> {
        (0..HEADER.len())
            .map(|i| self.cells.get(i).unwrap_or_default().to_string())
            .collect()
    }
}
