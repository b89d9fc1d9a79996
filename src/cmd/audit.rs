//! `crmfile audit`: integrity, security, data quality and retention findings.

use super::Ctx;
use crate::cli::Format;
use crate::error::{Result, exit};
use crate::i18n::fl;
use crate::model::audit::Severity;
use crate::ops;
use crate::ops::audit::Audit;
use crate::output;

/// Check the store: files that do not decrypt or parse, records not encrypted to their
/// folder's current recipients, stray temporary or plaintext files, your identity's file
/// permissions, invalid fields, likely duplicates, customers not contacted for more than
/// twice their cadence, complaints past their deadline, merge conflicts, customers
/// erased earlier whose files are back, and customers past the retention period. Each
/// finding has a severity, a code, the record and a hint.
///
/// Exits 3 when there is a finding at or above --fail-on (default: error), 0 otherwise.
/// --fix applies only safe fixes (removes stray temporary files, re-encrypts records to
/// their folder's recipients, writes phone numbers one way) and lists what it changed.
///
/// Examples:
///   crmfile audit
///   crmfile audit --fail-on warning --format json | jq '.[] | select(.code=="likely-duplicate")'
///   crmfile audit --fix
///   0 7 * * 1  crmfile -q --store ~/acme audit --fail-on warning | mail -E -s "crm audit" admin@example.com
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Exit with 3 when a finding is at least this severe
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: Severity,
    /// Apply the safe fixes and list what changed
    #[arg(long)]
    pub fix: bool,
    /// Output format [default: table on a terminal, plain text otherwise]
    #[arg(long, value_parser = crate::cli::formats(&[Format::Table, Format::Json, Format::Ndjson]))]
    pub format: Option<Format>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    let format = ctx.format(args.format, Format::Table);
    let Audit {
        findings,
        fixed,
        records,
    } = ops::audit::run(ctx, args.fix)?;
    for f in &fixed {
        ctx.status(fl!("status-fixed", fix = f.as_str()));
    }
    let table = ctx.table(args.format) && !matches!(format, Format::Json | Format::Ndjson);
    // A finding's cells, for a table or plain text: finding and fix are for people in
    // both.
    let row = |f: &crate::model::audit::Finding| {
        let mut sev = format!("{:?}", f.severity).to_lowercase();
        if table {
            sev = crate::i18n::enum_label("severity", &sev);
        }
        vec![
            sev,
            f.code.to_string(),
            f.id.clone().unwrap_or_default(),
            f.shown_message().to_string(),
            f.shown_hint().to_string(),
        ]
    };
    // Put into words and written a part at a time: a large store has a million findings.
    let mut list = output::JsonList::new(format == Format::Ndjson);
    // An empty table is nothing: the status line below says so.
    if table && !findings.is_empty() {
        ctx.emit_stream(|out| {
            let header = [
                fl!("col-severity"),
                fl!("col-code"),
                fl!("col-id"),
                fl!("col-finding"),
                fl!("col-fix"),
            ];
            let row = |i: usize| row(&findings.word(i));
            output::write_table_in_parts(&header, findings.len(), row, ctx.color, &[], output::PART, out)
        })?;
    } else {
        for start in (0..findings.len()).step_by(output::PART) {
            let chunk = findings.words(start..(start + output::PART).min(findings.len()));
            let mut text = String::new();
            if matches!(format, Format::Json | Format::Ndjson) {
                for f in &chunk {
                    list.push(f, &mut text);
                }
            } else {
                text = output::plain(&chunk.iter().map(row).collect::<Vec<_>>());
            }
            ctx.emit(&text)?;
        }
    }
    if matches!(format, Format::Json | Format::Ndjson) {
        ctx.emit(list.end())?;
    }
    let counts = [Severity::Error, Severity::Warning, Severity::Info].map(|s| {
        format!(
            "{} {}",
            findings.severities().filter(|f| *f == s).count(),
            crate::i18n::enum_label("severity", &format!("{s:?}").to_lowercase())
        )
    });
    ctx.status(fl!(
        "status-audit",
        records = records,
        counts = crate::i18n::joined(&counts)
    ));
    if findings.severities().any(|s| s >= args.fail_on) {
        return Ok(exit::FOUND);
    }
    Ok(exit::OK)
}
