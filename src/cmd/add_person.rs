//! `crmfile add-person`: a key person around the customer.

use super::Ctx;
use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::id::{IdKind, new_id};
use crate::model::phone::Phone;
use crate::model::record::{Customer, KeyPerson, Role};
use crate::model::validate::check_email;
use crate::model::when::parse_date;
use crate::ops::append;
use crate::ops::session::Session;

/// Add a key person: the referrer, the decision maker, the one who signs off…
/// Their birthdays are reminded like the customer's.
///
/// Examples:
///   crmfile add-person 张伟 --name 王芳 --role decision-maker --birthday 1979-07-02
///   crmfile add-person c-7k3m9q2x --name "Li Lei" --role referrer --phone 13912345678
///   crmfile add-person 张伟 --name 王总 --role 决策人 --birthday 农历1962年腊月初八
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Customer id, or a query matching exactly one customer
    pub query: Option<String>,
    #[command(flatten)]
    pub entry: Entry,
    /// Read people as NDJSON from stdin (`-`), each naming its customer by id or ref
    #[arg(long, value_name = "-")]
    pub json: Option<String>,
}

#[derive(Debug, Default, clap::Args, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Their name
    #[arg(long)]
    pub name: Option<String>,
    /// referrer, decision-maker, sign-off or other
    #[arg(long)]
    pub role: Option<Role>,
    /// YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// Their phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// Their email address
    #[arg(long)]
    pub email: Option<String>,
    /// Anything worth remembering about them
    #[arg(long)]
    pub notes: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<u8> {
    append::run(
        ctx,
        &mut *ctx.writer(),
        args.query.as_deref(),
        args.json.as_deref(),
        args.entry,
        build,
        &apply,
    )
}

fn build(e: Entry, ctx: &Session) -> Result<KeyPerson> {
    let clean = |o: Option<String>| o.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let name = clean(e.name).ok_or_else(|| Error::usage(fl!("error-required", flag = "--name")))?;
    let role = e
        .role
        .ok_or_else(|| Error::usage(fl!("error-required", flag = "--role")))?;
    // Checked as a customer's own numbers are, and kept in the same one form.
    let phone = clean(e.phone)
        .map(|p| Phone::parse(&p).map(|p| p.number))
        .transpose()
        .map_err(|e| Error::usage(format!("--phone: {e}")))?;
    let email = clean(e.email);
    if let Some(m) = &email {
        check_email(m).map_err(|e| Error::usage(format!("--email: {e}")))?;
    }
    let (mut birthday, mut lunar_birthday) = (None, None);
    match &e.birthday {
        Some(t) if crate::model::fields::is_lunar(t) => {
            lunar_birthday = Some(
                crate::model::lunar::LunarDate::parse(t)
                    .map_err(|e| Error::usage(format!("--birthday: {e}")))?,
            )
        }
        Some(t) => {
            birthday = Some(Date(
                parse_date(t, ctx.today).map_err(|e| Error::usage(format!("--birthday: {e}")))?,
            ))
        }
        None => {}
    }
    Ok(KeyPerson {
        id: new_id(IdKind::Person, &mut rand::rng()),
        name,
        role,
        birthday,
        lunar_birthday,
        phone,
        email,
        notes: clean(e.notes),
    })
}

fn apply(c: &mut Customer, p: KeyPerson, _: &Session) -> Result<String> {
    let said = format!("{}\t{}", c.id, p.id);
    c.key_people.push(p);
    Ok(said)
}
