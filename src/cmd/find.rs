//! `crmfile find` (alias `list`): a filtered list of customers.

use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::query::Filters;
use crate::model::record::Customer;
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

pub fn run(mut args: Args, ctx: &super::Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table);
    ctx.keyring()?;
    // Matched through the index; JSON needs whole records, so only the matches are
    // decrypted again for it.
    ctx.prepare_filters(&mut args.filters)?;
    let filters = &args.filters;
    let table = format == Format::Table && ctx.table(args.format);
    let row = |c: &Customer| {
        vec![
            c.id.clone(),
            c.name.clone(),
            c.company.clone().unwrap_or_default(),
            c.contact
                .phones
                .first()
                .map(|p| p.number.clone())
                .unwrap_or_default(),
            c.contact.emails.first().cloned().unwrap_or_default(),
            c.class
                .tier
                .map(|t| if table { t.label() } else { t.to_string() })
                .unwrap_or_default(),
            c.owner.clone().unwrap_or_default(),
            c.tags.join(";"),
        ]
    };
    let json = matches!(format, Format::Json | Format::Ndjson);
    // Plain text for scripts: each match's line is written where it is read, in parallel.
    let plain = !json && !table && matches!(format, Format::Table);
    // Of each match only what is printed is kept: a query can match most of the store.
    let (found, mut errors) = ctx.scan_filtered(crate::store::Projection::Head, filters, |path, c| {
        let printed = if plain {
            let mut line = String::new();
            output::plain_row(&mut line, &row(&c));
            Printed::Line(line)
        } else if !json && format != Format::Ids {
            Printed::Row(row(&c))
        } else {
            Printed::Nothing
        };
        Some((json.then(|| path.to_path_buf()), c.name, c.id, printed))
    })?;
    let text = if json {
        let paths: Vec<_> = found.into_iter().filter_map(|(p, ..)| p).collect();
        let (full, failed) = ctx.load_all(&paths, true)?;
        errors.extend(failed);
        ctx.warn_untrusted(None);
        // A record changed since the index was read is checked again.
        let mut hits: Vec<&Customer> = full
            .iter()
            .map(|l| &l.customer)
            .filter(|c| filters.keeps(c))
            .collect();
        hits.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
        output::records_text(&hits, format == Format::Ndjson)?
    } else {
        ctx.warn_untrusted(None);
        let mut hits = found;
        hits.sort_by(|a, b| (&a.1, &a.2).cmp(&(&b.1, &b.2)));
        if format == Format::Ids {
            hits.iter().map(|(_, _, id, _)| format!("{id}\n")).collect()
        } else if plain {
            hits.into_iter()
                .filter_map(|(.., printed)| match printed {
                    Printed::Line(line) => Some(line),
                    _ => None,
                })
                .collect()
        } else {
            let rows: Vec<Vec<String>> = hits
                .into_iter()
                .filter_map(|(.., printed)| match printed {
                    Printed::Row(row) => Some(row),
                    _ => None,
                })
                .collect();
            // What is left is CSV or a table (plain text has its lines).
            match format {
                Format::Csv => output::csv(HEADER, &rows)?,
                _ if rows.is_empty() => String::new(),
                _ => output::table(
                    &[
                        fl!("col-id"),
                        fl!("col-name"),
                        fl!("col-company"),
                        fl!("col-phone"),
                        fl!("col-email"),
                        fl!("col-tier"),
                        fl!("col-owner"),
                        fl!("col-tags"),
                    ],
                    &rows,
                    ctx.color,
                ),
            }
        }
    };
    ctx.emit(&text)?;
    if !errors.is_empty() {
        ctx.report_file_errors(&errors);
        return Err(
            Error::new(fl!("error-files-unreadable", count = errors.len())).hint(fl!("hint-run-audit"))
        );
    }
    Ok(0)
}

/// What a match keeps to be printed.
enum Printed {
    Nothing,
    /// Its line of plain text, made as it was read.
    Line(String),
    /// Its cells, for a table or CSV.
    Row(Vec<String>),
}
