//! `crmfile find` (alias `list`): a filtered list of customers.

use crate::cli::Format;
use crate::error::{Error, Result};
use crate::model::fields::Condition;
use crate::model::query;
use crate::model::record::{Customer, Tier};
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
    /// Text to look for in id, name, company, ref, email and phone
    pub query: Option<String>,
    /// Only customers with this tag (repeat: all of them)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Only customers of this account manager
    #[arg(long)]
    pub owner: Option<String>,
    /// Only customers of this value tier
    #[arg(long)]
    pub tier: Option<Tier>,
    /// FIELD=VALUE, FIELD!=VALUE or FIELD~TEXT on a dotted field (repeat: all must hold)
    #[arg(long = "where", value_name = "COND")]
    pub conditions: Vec<Condition>,
}

const HEADER: &[&str] = &["id", "name", "company", "phone", "email", "tier", "owner", "tags"];

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let format = ctx.format(
        &[
            Format::Table,
            Format::Json,
            Format::Ndjson,
            Format::Csv,
            Format::Ids,
        ],
        Format::Table,
    )?;
    ctx.keyring()?;
    ctx.warn_untrusted();
    let scan = ctx.scan(matches!(format, Format::Json | Format::Ndjson))?;
    let mut hits: Vec<&Customer> = scan
        .records
        .iter()
        .map(|l| &l.customer)
        .filter(|c| args.query.as_deref().is_none_or(|q| query::matches(c, q)))
        .filter(|c| {
            args.tags
                .iter()
                .all(|t| c.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
        })
        .filter(|c| {
            args.owner
                .as_deref()
                .is_none_or(|o| c.owner.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(o)))
        })
        .filter(|c| args.tier.is_none_or(|t| c.class.tier == Some(t)))
        .filter(|c| args.conditions.iter().all(|cond| cond.matches(c)))
        .collect();
    hits.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));

    let row = |c: &Customer| {
        vec![
            c.id.clone(),
            c.name.clone(),
            c.company.clone().unwrap_or_default(),
            c.contact.phones.first().cloned().unwrap_or_default(),
            c.contact.emails.first().cloned().unwrap_or_default(),
            c.class.tier.map(|t| t.to_string()).unwrap_or_default(),
            c.owner.clone().unwrap_or_default(),
            c.tags.join(";"),
        ]
    };
    let text = match format {
        Format::Ids => hits.iter().map(|c| format!("{}\n", c.id)).collect(),
        Format::Json => {
            let all = hits
                .iter()
                .map(|c| super::show::record_json(c))
                .collect::<Result<Vec<_>>>()?;
            format!(
                "{}\n",
                serde_json::to_string_pretty(&all).expect("JSON values serialize")
            )
        }
        Format::Ndjson => {
            let mut s = String::new();
            for c in &hits {
                s.push_str(
                    &serde_json::to_string(&super::show::record_json(c)?).expect("JSON values serialize"),
                );
                s.push('\n');
            }
            s
        }
        Format::Csv => output::csv(HEADER, &hits.iter().map(|c| row(c)).collect::<Vec<_>>())?,
        _ if std::io::IsTerminal::is_terminal(&std::io::stdout())
            || ctx.global.format == Some(Format::Table) =>
        {
            if hits.is_empty() {
                String::new()
            } else {
                output::table(
                    HEADER,
                    &hits.iter().map(|c| row(c)).collect::<Vec<_>>(),
                    ctx.color,
                )
            }
        }
        _ => output::plain(&hits.iter().map(|c| row(c)).collect::<Vec<_>>()),
    };
    output::emit(&text)?;
    if !scan.errors.is_empty() {
        ctx.report_file_errors(&scan.errors);
        return Err(
            Error::new(format!("{} record file(s) could not be read", scan.errors.len()))
                .hint("`crmfile audit` lists every problem with a fix"),
        );
    }
    Ok(0)
}
