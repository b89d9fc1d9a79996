//! `crmfile add`: a new customer from flags, or from JSON on stdin.

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::date::Date;
use crate::model::id::{self, IdKind};
use crate::model::lunar::LunarDate;
use crate::model::phone::Phone;
use crate::model::record::{Customer, Kind};
use crate::model::when::parse_date;

/// Add a customer; prints the new id.
///
/// Refuses a likely duplicate (same phone, email, ref, or name and company) and names
/// the record it duplicates, unless --force.
///
/// Examples:
///   crmfile add --name 张伟 --phone "+86 138 0013 8000" --company 北京星河科技有限公司 --tag beijing
///   crmfile add --name "Anna Schmidt" --kind person --email anna@example.de --owner li.na --folder eu
///   echo '{"name":"王芳","contact":{"phones":["13912345678"]}}' | crmfile add --json -
///   crmfile add --json - < customers.ndjson     (one JSON object per line)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Full name (of the person, or of the company for --kind company)
    #[arg(long, required_unless_present = "json")]
    pub name: Option<String>,
    /// person or company (个人, 公司)
    #[arg(long)]
    pub kind: Option<Kind>,
    /// Phone number (repeat for several), `KIND:` first for its kind (work:010-6275 1234,
    /// 传真:…; kinds: mobile, work, home, fax, other); checked and written +86 138 0013 8000
    #[arg(long = "phone", value_name = "PHONE")]
    pub phones: Vec<String>,
    /// Email address (repeat for several)
    #[arg(long = "email", value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// Company the person works for (or, for a company, its full legal name)
    #[arg(long)]
    pub company: Option<String>,
    /// Job title
    #[arg(long)]
    pub title: Option<String>,
    /// Birthday, YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// Birthday in the Chinese calendar: 1975-08-15, 08-15, 2020-04L-08 (leap month) or
    /// 农历八月十五 (reminded on its Gregorian day each year)
    #[arg(long, value_name = "LUNAR DATE")]
    pub lunar_birthday: Option<String>,
    /// Gender, as the customer describes it
    #[arg(long)]
    pub gender: Option<String>,
    /// Postal address
    #[arg(long)]
    pub address: Option<String>,
    /// WeChat id
    #[arg(long)]
    pub wechat: Option<String>,
    /// QQ number
    #[arg(long)]
    pub qq: Option<String>,
    /// Industry (制造, retail, …)
    #[arg(long)]
    pub industry: Option<String>,
    /// Sales region (华东, EU, …)
    #[arg(long)]
    pub region: Option<String>,
    /// Tag (repeat for several)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Account manager
    #[arg(long)]
    pub owner: Option<String>,
    /// Where the customer came from (referral, fair, web…)
    #[arg(long)]
    pub source: Option<String>,
    /// The customer's number in another system
    #[arg(long = "ref", value_name = "EXTERNAL_ID")]
    pub reference: Option<String>,
    /// Sub-folder of the store to keep the record in (e.g. vip)
    #[arg(long, value_name = "SUBDIR")]
    pub folder: Option<String>,
    /// Any other field, as `set` takes it (extra.floor=12, follow_up.cadence=14d); repeat
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub set: Vec<crate::model::fields::Assignment>,
    /// Add even if it looks like a duplicate, or if your identity could not read it back
    #[arg(long)]
    pub force: bool,
    /// Read the record(s) as JSON from stdin instead: one object, or one per line
    #[arg(long, value_name = "-", conflicts_with_all = ["name", "phones", "emails", "company", "title", "birthday", "tags"])]
    pub json: Option<String>,
}

pub fn run(args: Args, ctx: &super::Ctx) -> Result<u8> {
    let store = ctx.store()?;
    let folder = store.folder(args.folder.as_deref())?;
    let mut rng = rand::rng();

    // Parse and validate everything before touching the store.
    let validate = crate::store::timing::phase("validate");
    let batch: Vec<(String, Result<Customer>)> = match &args.json {
        Some(src) if src == "-" => {
            let text = crate::store::read_stdin_text(fl!("error-read-json-stdin"), fl!("hint-pipe-json"))?;
            crate::ops::add::records_from_json_text(&text, &store.config, ctx.timestamp(), &mut rng)
        }
        Some(other) => {
            return Err(Error::usage(fl!("error-json-stdin-only", value = other.as_str())));
        }
        None => vec![(fl!("what-new-customer"), from_flags(&args, ctx, &mut rng))],
    };
    let batch = crate::ops::add::validated(batch, &store.config);
    drop(validate);

    let single = batch.len() == 1;
    let mut failed = 0usize;
    let mut out = String::new();
    for result in crate::ops::add::add_new(ctx, &folder, batch, args.force)? {
        match result {
            Ok(id) => {
                out.push_str(&id);
                out.push('\n');
            }
            Err(e) if single => return Err(e),
            Err(e) => {
                failed += 1;
                ctx.report().error(&e);
            }
        }
    }
    ctx.emit(&out)?;
    if failed > 0 {
        return Err(
            Error::new(fl!("error-records-not-added", count = failed)).hint(fl!("hint-fix-lines-add"))
        );
    }
    Ok(0)
}

fn from_flags(a: &Args, ctx: &super::Ctx, rng: &mut impl rand::Rng) -> Result<Customer> {
    let name = a.name.clone().unwrap_or_default();
    let mut c = Customer::new(
        id::new_id(IdKind::Customer, rng),
        name.trim().to_string(),
        ctx.timestamp(),
    );
    c.kind = a.kind.unwrap_or(Kind::Person);
    let clean = |o: &Option<String>| {
        o.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    c.contact.phones = a
        .phones
        .iter()
        .map(|p| Phone::parse(p).map_err(|e| Error::usage(format!("--phone: {e}"))))
        .collect::<Result<_>>()?;
    c.contact.emails = a.emails.iter().map(|e| e.trim().to_string()).collect();
    c.company = clean(&a.company);
    c.title = clean(&a.title);
    c.gender = clean(&a.gender);
    c.contact.address = clean(&a.address);
    c.contact.wechat = clean(&a.wechat);
    c.contact.qq = clean(&a.qq);
    c.industry = clean(&a.industry);
    c.region = clean(&a.region);
    c.owner = clean(&a.owner);
    c.source = clean(&a.source);
    c.reference = clean(&a.reference);
    for t in &a.tags {
        let t = t.trim().to_string();
        if !c.tags.contains(&t) {
            c.tags.push(t);
        }
    }
    let config = &ctx.store()?.config;
    for assignment in &a.set {
        crate::model::fields::apply(&mut c, assignment, config, ctx.today)
            .map_err(|e| Error::usage(format!("--set {}: {e}", assignment.field)))?;
    }
    if let Some(b) = &a.birthday {
        if crate::model::fields::is_lunar(b) {
            c.lunar_birthday =
                Some(LunarDate::parse(b).map_err(|e| Error::usage(format!("--birthday: {e}")))?);
        } else {
            c.birthday = Some(Date(
                parse_date(b, ctx.today).map_err(|e| Error::usage(format!("--birthday: {e}")))?,
            ));
        }
    }
    if let Some(b) = &a.lunar_birthday {
        c.lunar_birthday =
            Some(LunarDate::parse(b).map_err(|e| Error::usage(format!("--lunar-birthday: {e}")))?);
    }
    Ok(c)
}
