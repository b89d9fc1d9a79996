//! Fields named by dotted paths (`company`, `contact.phones`, `class.tier`,
//! `extra.floor`): read them for `find --where`, change them for `set`.

use chrono::NaiveDate;

use super::config::{Config, parse_money};
use super::phone::{Phone, PhoneKind};
use super::record::{Channel, Customer, Kind, Lifecycle, Stage, Tier};
use super::span::Span;
use super::validate::{check_email, normalize_phone};
use super::when::parse_date;
use crate::i18n::fl;

/// One field of the record, by its dotted name: what people call it, and what each
/// command does with it. [`FIELDS`] is the one list of them: `show`'s rows, `set`,
/// `--where`, export's columns and headers, import's headers and the JSON Schema's titles
/// all read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// The dotted name (`contact.phones`), the same in every language.
    pub name: &'static str,
    /// Its name for people in English and in Chinese (`--headers en|zh`, show's rows).
    pub en: &'static str,
    pub zh: &'static str,
    /// `set` changes it (and import reads a column of it).
    pub settable: bool,
    /// `show` lists it in its table of fields.
    pub shown: bool,
    /// Its place among export's default columns.
    pub column: Option<u8>,
    /// A list, whose items `+=` and `-=` add and remove.
    pub list: bool,
    /// The enumeration its values are named from (`tier`), for their names in a language.
    pub values: Option<&'static str>,
    /// A number a workbook keeps as a number, so Excel can sum it.
    pub numeric: bool,
    /// Other Chinese names people use for it (跟进周期 for 回访周期), read as its label.
    pub also: &'static [&'static str],
}

const fn field(name: &'static str, en: &'static str, zh: &'static str) -> Field {
    Field {
        name,
        en,
        zh,
        settable: false,
        shown: false,
        column: None,
        list: false,
        values: None,
        numeric: false,
        also: &[],
    }
}

impl Field {
    /// Changed by `set`, and listed by `show`.
    const fn set(mut self) -> Field {
        self.settable = true;
        self.shown = true;
        self
    }
    const fn shown(mut self) -> Field {
        self.shown = true;
        self
    }
    /// Not a row of `show`'s table (it has its own way of being shown).
    const fn hidden(mut self) -> Field {
        self.shown = false;
        self
    }
    const fn column(mut self, at: u8) -> Field {
        self.column = Some(at);
        self
    }
    const fn list(mut self) -> Field {
        self.list = true;
        self
    }
    const fn also(mut self, names: &'static [&'static str]) -> Field {
        self.also = names;
        self
    }
    const fn values(mut self, kind: &'static str) -> Field {
        self.values = Some(kind);
        self
    }
    const fn numeric(mut self) -> Field {
        self.numeric = true;
        self
    }
}

/// Every field of the record, in the order people read them (`show`'s rows).
pub const FIELDS: &[Field] = &[
    field("id", "ID", "客户ID").shown().column(0),
    field("name", "Name", "姓名").set().column(1),
    field("kind", "Kind", "类型").set().column(2).values("kind"),
    field("gender", "Gender", "性别").set(),
    field("company", "Company", "公司").set().column(3),
    field("title", "Title", "职位").set().column(4),
    field("birthday", "Birthday", "生日").set().column(9),
    field("lunar_birthday", "Lunar birthday", "农历生日").set(),
    field("industry", "Industry", "行业").set(),
    field("region", "Region", "地区")
        .set()
        .also(&["区域", "所在地区"]),
    field("size", "Company size", "规模").set(),
    field("tags", "Tags", "标签").set().column(10).list(),
    field("owner", "Account manager", "客户经理")
        .set()
        .also(&["负责人"])
        .column(11),
    field("source", "Source", "来源").set().column(12),
    field("ref", "Customer number", "客户编号").set().column(13),
    field("contact.phones", "Phones", "电话").set().column(5).list(),
    field("contact.phones.mobile", "Mobile", "手机").list(),
    field("contact.phones.work", "Work phone", "电话(公)").list(),
    field("contact.phones.home", "Home phone", "电话(家)").list(),
    field("contact.phones.fax", "Fax", "传真").list(),
    field("contact.phones.other", "Other phone", "其他电话").list(),
    field("contact.emails", "Emails", "邮箱").set().column(6).list(),
    field("contact.wechat", "WeChat", "微信").set().column(7),
    field("contact.qq", "QQ", "QQ").set(),
    field("contact.address", "Address", "地址").set().column(8),
    field("preferences.channel", "Preferred channel", "偏好渠道")
        .set()
        .values("channel"),
    field("preferences.products", "Preferred products", "偏好产品")
        .set()
        .list(),
    field("preferences.notes", "Notes", "备注").set(),
    field("class.tier", "Tier", "价值等级")
        .set()
        .column(14)
        .values("tier"),
    field("class.lifecycle", "Lifecycle", "生命周期")
        .set()
        .column(15)
        .values("lifecycle"),
    field("class.rfm", "RFM", "RFM").shown().column(16),
    field("class.stage", "Pipeline stage", "销售阶段")
        .set()
        .column(17)
        .values("stage"),
    // Shown as a row of its own, only when set.
    field("class.pin", "Tier pinned", "锁定等级").set().hidden(),
    field("follow_up.cadence", "Follow-up cadence", "回访周期")
        .set()
        .also(&["跟进周期"]),
    field("follow_up.next", "Next follow-up", "下次回访")
        .set()
        .also(&["下次跟进"])
        .column(18),
    field("credit.limit", "Credit limit", "信用额度")
        .set()
        .column(19)
        .numeric(),
    field("credit.rating", "Credit rating", "信用等级")
        .set()
        .column(20),
    field("credit.terms", "Payment terms (days)", "账期")
        .set()
        .column(21)
        .numeric(),
    // What a customer owes, worked out from purchases and payments: `--fields …,balance`.
    field("balance", "Balance owed", "欠款").numeric(),
    field("verified", "Verified", "核实日期").set(),
    field("created", "Created", "创建时间").shown().column(22),
    field("updated", "Updated", "更新时间").shown().column(23),
];

/// The field of a dotted name.
pub fn field_named(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The names `set` accepts, for help texts and errors: the settable fields, then
/// `extra.NAME`.
pub fn settable() -> Vec<&'static str> {
    FIELDS
        .iter()
        .filter(|f| f.settable)
        .map(|f| f.name)
        .chain(["extra.NAME"])
        .collect()
}

/// The fields `show` lists, in order.
pub fn shown() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().filter(|f| f.shown).map(|f| f.name)
}

/// Export's columns when `--fields` names none, in order: the columns it has always
/// had first (scripts read them by position), then every other field `set` changes, so
/// that a sheet exported, edited and imported again loses nothing. The store's own
/// fields (`extra.NAME`) follow them (see `export`).
pub fn export_columns() -> Vec<&'static str> {
    let mut columns: Vec<&Field> = FIELDS.iter().filter(|f| f.column.is_some()).collect();
    columns.sort_by_key(|f| f.column);
    let rest = FIELDS.iter().filter(|f| f.column.is_none() && f.settable);
    columns.into_iter().chain(rest).map(|f| f.name).collect()
}

/// The label of a dotted field in English or Chinese; the dotted name itself for a field
/// with no label (`extra.floor`).
pub fn label(field: &str, chinese: bool) -> String {
    field_named(field).map_or_else(
        || field.to_string(),
        |f| if chinese { f.zh } else { f.en }.to_string(),
    )
}

/// The dotted name a field's label (in English or Chinese, any case) stands for, or the
/// text itself when it is no label.
pub fn dotted(name: &str) -> String {
    let n = name.trim();
    FIELDS
        .iter()
        .find(|f| f.name == n || f.en.eq_ignore_ascii_case(n) || f.zh == n || f.also.contains(&n))
        .map_or_else(|| n.to_string(), |f| f.name.to_string())
}

/// The enumerated type of a field's values (`tier` for `class.tier`), for their names.
pub fn enum_kind(field: &str) -> Option<&'static str> {
    field_named(field).and_then(|f| f.values)
}

/// What an assignment does: `=` replaces (empty clears), `+=` adds to a list, `-=` removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Set,
    Add,
    Remove,
}

/// One `FIELD=VALUE` (or `+=`, `-=`) as typed on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub field: String,
    pub op: Op,
    pub value: String,
}

impl std::str::FromStr for Assignment {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let eq = s.find('=').ok_or_else(|| fl!("error-not-assignment", text = s))?;
        let (lhs, value) = (&s[..eq], &s[eq + 1..]);
        let (field, op) = if let Some(f) = lhs.strip_suffix('+') {
            (f, Op::Add)
        } else if let Some(f) = lhs.strip_suffix('-') {
            (f, Op::Remove)
        } else {
            (lhs, Op::Set)
        };
        let field = field.trim();
        if field.is_empty() {
            return Err(fl!("error-no-field-named", text = s));
        }
        Ok(Assignment {
            field: dotted(field),
            op,
            value: value.to_string(),
        })
    }
}

/// True for a date said to be in the lunar calendar (`农历八月十五`).
pub fn is_lunar(value: &str) -> bool {
    let v = value.trim();
    ["农历", "阴历", "旧历"].iter().any(|p| v.starts_with(p))
}

fn opt(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()).then(|| v.to_string())
}

fn parsed<T: std::str::FromStr<Err = String>>(value: &str) -> Result<Option<T>, String> {
    opt(value).map(|v| v.parse()).transpose()
}

/// What a list cell is split on: commas, semicolons and the enumeration comma (、), the
/// way Chinese lists items (`vip、重点`), in both widths.
const LIST_SEPARATORS: [char; 5] = [',', '，', ';', '；', '、'];

/// Whether a list item holds a separator, so a sheet's cell of it would be read back as
/// more than one item.
pub fn holds_separator(item: &str) -> bool {
    item.contains(LIST_SEPARATORS)
}

fn list_items(value: &str) -> Vec<String> {
    value
        .split(LIST_SEPARATORS)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Whether a list item is the one named: the same text, ignoring ASCII case.
fn same_text(item: &str, named: &str) -> bool {
    item.eq_ignore_ascii_case(named)
}

/// Whether a phone is the one named: the same number once both are normalised
/// (`13800138000` names `+86 138 0013 8000`), or the same text, so a stored number too
/// malformed to normalise can still be removed.
fn same_phone(item: &str, named: &str) -> bool {
    same_text(item, named)
        || matches!(
            (normalize_phone(item), normalize_phone(named)),
            (Ok(a), Ok(b)) if a == b
        )
}

/// `contact.phones` (kind told by each item or its number) or `contact.phones.KIND`:
/// every item is checked and written in its one form; a number already there is not
/// added again, though a kind named for it replaces the one it had.
fn apply_phones(list: &mut Vec<Phone>, op: Op, value: &str, kind: Option<PhoneKind>) -> Result<(), String> {
    let items = list_items(value);
    if op == Op::Remove {
        let before = list.len();
        list.retain(|x| !items.iter().any(|i| same_phone(&x.number, i)));
        if list.len() == before {
            return Err(fl!("error-not-in-list", value = value));
        }
        return Ok(());
    }
    let parsed: Vec<(Phone, bool)> = items
        .iter()
        .map(|item| {
            let named = kind.is_some() || super::phone::named_kind(item).is_some();
            Phone::parse_as(item, kind).map(|p| (p, named))
        })
        .collect::<Result<_, _>>()?;
    if op == Op::Set {
        match kind {
            // `contact.phones.work=…` replaces the work numbers only.
            Some(k) => list.retain(|p| p.kind != k),
            None => list.clear(),
        }
    }
    for (phone, named) in parsed {
        match list.iter_mut().find(|p| same_phone(&p.number, &phone.number)) {
            Some(have) if named => have.kind = phone.kind,
            Some(_) => {}
            None => list.push(phone),
        }
    }
    Ok(())
}

fn apply_list(
    list: &mut Vec<String>,
    op: Op,
    value: &str,
    check: impl Fn(&str) -> Result<(), String>,
    same: impl Fn(&str, &str) -> bool,
) -> Result<(), String> {
    let items = list_items(value);
    if op != Op::Remove {
        for item in &items {
            check(item)?;
        }
    }
    match op {
        Op::Set => *list = items,
        Op::Add => {
            for item in items {
                if !list.contains(&item) {
                    list.push(item);
                }
            }
        }
        Op::Remove => {
            let before = list.len();
            list.retain(|x| !items.iter().any(|i| same(x, i)));
            if list.len() == before {
                return Err(fl!("error-not-in-list", value = value));
            }
        }
    }
    Ok(())
}

/// Whether a field is a list, which `+=` and `-=` change an item at a time. The phones
/// of one kind are a list under every name the kind has (`contact.phones.cell`, `…手机`),
/// not only under the registry's.
pub fn is_list(field: &str) -> bool {
    field.starts_with("contact.phones.") || field_named(field).is_some_and(|f| f.list)
}

/// Applies one assignment to a record; the caller validates the whole record after.
pub fn apply(c: &mut Customer, a: &Assignment, config: &Config, today: NaiveDate) -> Result<(), String> {
    apply_field(c, a, config, today)?;
    // Setting a field settles a merge conflict recorded for it.
    c.conflicts.remove(&a.field);
    Ok(())
}

fn apply_field(c: &mut Customer, a: &Assignment, config: &Config, today: NaiveDate) -> Result<(), String> {
    let v = a.value.as_str();
    let field = a.field.as_str();
    // A kind that does not exist is named as such, before anything else is said of it.
    if let Some(kind) = field.strip_prefix("contact.phones.") {
        let kind = kind.parse::<PhoneKind>()?;
        return apply_phones(&mut c.contact.phones, a.op, v, Some(kind));
    }
    if a.op != Op::Set && !is_list(field) {
        return Err(fl!("error-not-a-list", field = field));
    }
    let no_check = |_: &str| Ok(());
    match field {
        "name" => c.name = opt(v).ok_or_else(|| fl!("error-set-name-empty"))?,
        "kind" => c.kind = parsed::<Kind>(v)?.ok_or_else(|| fl!("error-set-kind-empty"))?,
        "gender" => c.gender = opt(v),
        "company" => c.company = opt(v),
        "title" => c.title = opt(v),
        // `birthday=农历八月十五` keeps the birthday in the Chinese calendar.
        "birthday" if is_lunar(v) => c.lunar_birthday = Some(super::lunar::LunarDate::parse(v)?),
        "birthday" => {
            c.birthday = opt(v)
                .map(|t| super::when::parse_dated_with_year(&t, today).map(super::date::Date))
                .transpose()?
        }
        "lunar_birthday" => {
            c.lunar_birthday = opt(v).map(|t| super::lunar::LunarDate::parse(&t)).transpose()?
        }
        "industry" => c.industry = opt(v),
        "region" => c.region = opt(v),
        "size" => c.size = opt(v),
        "owner" => c.owner = opt(v),
        "source" => c.source = opt(v),
        "ref" => c.reference = opt(v),
        "tags" => apply_list(&mut c.tags, a.op, v, no_check, same_text)?,
        "contact.phones" => apply_phones(&mut c.contact.phones, a.op, v, None)?,
        "contact.emails" => apply_list(&mut c.contact.emails, a.op, v, check_email, same_text)?,
        "contact.wechat" => c.contact.wechat = opt(v),
        "contact.qq" => c.contact.qq = opt(v),
        "contact.address" => c.contact.address = opt(v),
        "preferences.channel" => c.preferences.channel = parsed::<Channel>(v)?,
        "preferences.products" => apply_list(&mut c.preferences.products, a.op, v, no_check, same_text)?,
        "preferences.notes" => c.preferences.notes = opt(v),
        "class.tier" => c.class.tier = parsed::<Tier>(v)?,
        "class.lifecycle" => c.class.lifecycle = parsed::<Lifecycle>(v)?,
        "class.stage" => c.class.stage = parsed::<Stage>(v)?,
        "class.rfm" => c.class.rfm = opt(v),
        "class.pin" => {
            c.class.pin = match v.trim().to_lowercase().as_str() {
                "true" | "yes" | "1" | "是" | "锁定" => true,
                "false" | "no" | "0" | "" | "否" => false,
                _ => return Err(fl!("error-pin", value = v)),
            }
        }
        "follow_up.cadence" => c.follow_up.cadence = parsed::<Span>(v)?,
        "follow_up.next" => {
            c.follow_up.next = opt(v)
                .map(|t| parse_date(&t, today).map(super::date::Date))
                .transpose()?
        }
        "credit.limit" => {
            c.credit.limit = opt(v)
                .map(|t| match parse_money(&t) {
                    Some(d) if d.is_sign_negative() => Err(fl!("error-limit-negative", text = t)),
                    Some(d) => Ok(d),
                    None => Err(fl!("error-not-an-amount", text = t)),
                })
                .transpose()?
        }
        "credit.rating" => c.credit.rating = opt(v).map(|t| config.credit.rating(&t)).transpose()?,
        "verified" => {
            c.verified = opt(v)
                .map(|t| parse_date(&t, today).map(super::date::Date))
                .transpose()?
        }
        "credit.terms" => {
            c.credit.terms = opt(v)
                .map(|t| {
                    let days = t.trim_end_matches(['d', '天']).trim();
                    days.parse::<u32>()
                        .map_err(|_| fl!("error-terms", text = t.clone()))
                })
                .transpose()?
        }
        _ => {
            let Some(name) = field.strip_prefix("extra.") else {
                return Err(fl!(
                    "error-not-settable",
                    field = field.to_string(),
                    fields = settable().join(", ")
                ));
            };
            match opt(v) {
                None => {
                    c.extra.remove(name);
                }
                Some(text) => {
                    let value = config.parse_extra(name, &text, today)?;
                    c.extra.insert(name.to_string(), value);
                }
            }
        }
    }
    Ok(())
}

/// The values of a field as text, for filters and tables (a list gives one per item).
pub fn get(c: &Customer, field: &str) -> Option<Vec<String>> {
    let one = |o: Option<String>| Some(o.into_iter().collect::<Vec<_>>());
    match field {
        "id" => one(Some(c.id.clone())),
        "name" => one(Some(c.name.clone())),
        "kind" => one(Some(c.kind.to_string())),
        "gender" => one(c.gender.clone()),
        "company" => one(c.company.clone()),
        "title" => one(c.title.clone()),
        "birthday" => one(c.birthday.map(|d| d.to_string())),
        "lunar_birthday" => one(c.lunar_birthday.map(|d| d.name())),
        "industry" => one(c.industry.clone()),
        "region" => one(c.region.clone()),
        "size" => one(c.size.clone()),
        "tags" => Some(c.tags.clone()),
        "owner" => one(c.owner.clone()),
        "source" => one(c.source.clone()),
        "ref" => one(c.reference.clone()),
        "created" => one(Some(c.created.to_string())),
        "updated" => one(Some(c.updated.to_string())),
        "contact.phones" => Some(c.contact.phones.iter().map(|p| p.number.clone()).collect()),
        "contact.emails" => Some(c.contact.emails.clone()),
        "contact.wechat" => one(c.contact.wechat.clone()),
        "contact.qq" => one(c.contact.qq.clone()),
        "contact.address" => one(c.contact.address.clone()),
        "preferences.channel" => one(c.preferences.channel.map(|x| x.to_string())),
        "preferences.products" => Some(c.preferences.products.clone()),
        "preferences.notes" => one(c.preferences.notes.clone()),
        "class.tier" => one(c.class.tier.map(|x| x.to_string())),
        "class.lifecycle" => one(c.class.lifecycle.map(|x| x.to_string())),
        "class.rfm" => one(c.class.rfm.clone()),
        "class.stage" => one(c.class.stage.map(|x| x.to_string())),
        "class.pin" => one(Some(c.class.pin.to_string())),
        "follow_up.cadence" => one(c.follow_up.cadence.map(|x| x.to_string())),
        "follow_up.next" => one(c.follow_up.next.map(|x| x.to_string())),
        "class.classified" => one(c.class.classified.map(|x| x.to_string())),
        "credit.limit" => one(c.credit.limit.map(|x| x.to_string())),
        "credit.rating" => one(c.credit.rating.clone()),
        "credit.terms" => one(c.credit.terms.map(|x| x.to_string())),
        "verified" => one(c.verified.map(|x| x.to_string())),
        _ if field.starts_with("contact.phones.") => {
            let kind = field["contact.phones.".len()..].parse::<PhoneKind>().ok()?;
            Some(
                c.contact
                    .phones
                    .iter()
                    .filter(|p| p.kind == kind)
                    .map(|p| p.number.clone())
                    .collect(),
            )
        }
        _ => {
            let name = field.strip_prefix("extra.")?;
            one(c.extra.get(name).map(|v| match v {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            }))
        }
    }
}

/// A `--where` condition: `FIELD=VALUE` (equal), `FIELD!=VALUE`, `FIELD~TEXT` (contains),
/// or `FIELD>VALUE`, `>=`, `<`, `<=` on a number, an amount or a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub field: String,
    pub test: Test,
    pub value: String,
    /// What an ordering test compares with, read from `value`.
    pub bound: Option<Bound>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Test {
    Equal,
    NotEqual,
    Contains,
    Greater,
    GreaterEq,
    Less,
    LessEq,
}

/// The value an ordering test compares with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Number(rust_decimal::Decimal),
    Date(NaiveDate),
}

/// What a field holds, for ordering tests: numbers, dates, or (for custom fields) whatever
/// the value typed says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ordered {
    Number,
    Date,
    Either,
}

fn ordered(field: &str) -> Option<Ordered> {
    Some(match field {
        "credit.limit" | "credit.terms" => Ordered::Number,
        "birthday" | "created" | "updated" | "follow_up.next" | "class.classified" | "verified" => {
            Ordered::Date
        }
        f if f.starts_with("extra.") => Ordered::Either,
        _ => return None,
    })
}

/// The bound of `value` for an ordering test on `field`, dates read relative to `today`.
fn bound(field: &str, value: &str, today: NaiveDate) -> Result<Bound, String> {
    let number = || parse_money(value).map(Bound::Number);
    let date = || parse_date(value, today).ok().map(Bound::Date);
    match ordered(field) {
        None => Err(fl!("error-compare-text", field = field)),
        Some(Ordered::Number) => {
            number().ok_or_else(|| fl!("error-compare-number", field = field, value = value))
        }
        Some(Ordered::Date) => date().ok_or_else(|| fl!("error-compare-date", field = field, value = value)),
        Some(Ordered::Either) => number()
            .or_else(date)
            .ok_or_else(|| fl!("error-compare-either", field = field, value = value)),
    }
}

impl std::str::FromStr for Condition {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        // The operator is whichever of `!=`, `=`, `~` comes first, so the value may hold
        // the others (`preferences.notes~a=b` looks for `a=b`).
        let found = s.char_indices().find_map(|(i, ch)| match ch {
            '!' if s[i..].starts_with("!=") => Some((i, 2, Test::NotEqual)),
            '>' if s[i..].starts_with(">=") => Some((i, 2, Test::GreaterEq)),
            '<' if s[i..].starts_with("<=") => Some((i, 2, Test::LessEq)),
            '>' => Some((i, 1, Test::Greater)),
            '<' => Some((i, 1, Test::Less)),
            '=' => Some((i, 1, Test::Equal)),
            '~' => Some((i, 1, Test::Contains)),
            _ => None,
        });
        let Some((at, len, test)) = found else {
            return Err(fl!("error-not-condition", text = s));
        };
        let (field, value) = (&s[..at], &s[at + len..]);
        let field = dotted(field);
        if get(&probe(), &field).is_none() && !field.starts_with("extra.") {
            return Err(fl!("error-not-field", field = field.clone()));
        }
        let mut value = value.trim().to_string();
        // Numbers and dates are compared by value, whichever way they are written
        // (`credit.limit=10万` is 100000; `birthday=1990年5月1日`); a custom field's by its text
        // unless ordered.
        let by_value = matches!(ordered(&field), Some(Ordered::Number | Ordered::Date))
            && matches!(test, Test::Equal | Test::NotEqual)
            && !value.is_empty();
        if test.is_ordering() || by_value {
            // Checked now with today's date; `Filters::resolve` reads it again against
            // the run's own today.
            let bound = Some(bound(&field, &value, chrono::Local::now().date_naive())?);
            return Ok(Condition {
                field,
                test,
                value,
                bound,
            });
        }
        // An enumerated field is compared by its stored name, so `class.stage=红` finds
        // the red ones; a value that names nothing is an error, not an empty result.
        if test != Test::Contains && !value.is_empty() {
            value = canonical(&field, &value)?;
        }
        Ok(Condition {
            field,
            test,
            value,
            bound: None,
        })
    }
}

/// The stored name of an enumerated field's value, typed in any language; other
/// fields' values as they are.
fn canonical(field: &str, value: &str) -> Result<String, String> {
    fn name<T: std::str::FromStr<Err = String> + std::fmt::Display>(v: &str) -> Result<String, String> {
        v.parse::<T>().map(|x| x.to_string())
    }
    match field {
        "kind" => name::<Kind>(value),
        "class.tier" => name::<Tier>(value),
        "class.lifecycle" => name::<Lifecycle>(value),
        "class.stage" => name::<Stage>(value),
        "preferences.channel" => name::<Channel>(value),
        _ => Ok(value.to_string()),
    }
}

fn probe() -> Customer {
    Customer::new(
        String::new(),
        String::new(),
        super::date::Timestamp::new(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
    )
}

impl Test {
    fn is_ordering(self) -> bool {
        matches!(self, Test::Greater | Test::GreaterEq | Test::Less | Test::LessEq)
    }
}

/// A stored value as a number or a date, to order it against a bound.
fn ordering(stored: &str, bound: Bound) -> Option<std::cmp::Ordering> {
    match bound {
        Bound::Number(b) => parse_money(stored).map(|v| v.cmp(&b)),
        Bound::Date(b) => {
            let day = stored.get(..10)?;
            crate::model::date::parse_ymd(day).map(|v| v.cmp(&b))
        }
    }
}

impl Condition {
    /// Reads an ordering test's value again against `today` (`follow_up.next<today`,
    /// `created>-30d`).
    pub fn resolve(&mut self, today: NaiveDate) {
        if self.bound.is_some()
            && let Ok(b) = bound(&self.field, &self.value, today)
        {
            self.bound = Some(b);
        }
    }

    /// Reads a value the store's config names (a credit rating: `优` is `A`), or says
    /// what it accepts.
    pub fn resolve_config(&mut self, config: &Config) -> Result<(), String> {
        if self.field == "credit.rating" && self.test != Test::Contains && !self.value.is_empty() {
            self.value = config
                .credit
                .rating(&self.value)
                .map_err(|e| format!("--where {}: {e}", self.field))?;
        }
        Ok(())
    }

    pub fn matches(&self, c: &Customer) -> bool {
        let values = get(c, &self.field).unwrap_or_default();
        if let Some(bound) = self.bound {
            use std::cmp::Ordering::*;
            if self.test == Test::NotEqual {
                return !values.iter().any(|v| ordering(v, bound) == Some(Equal));
            }
            return values.iter().any(|v| match (self.test, ordering(v, bound)) {
                (Test::Equal, Some(o)) => o == Equal,
                (Test::Greater, Some(o)) => o == Greater,
                (Test::GreaterEq, Some(o)) => o != Less,
                (Test::Less, Some(o)) => o == Less,
                (Test::LessEq, Some(o)) => o != Greater,
                _ => false,
            });
        }
        let want = self.value.to_lowercase();
        let eq = |v: &String| v.to_lowercase() == want;
        match self.test {
            Test::Equal if want.is_empty() => values.is_empty(),
            Test::Equal => values.iter().any(eq),
            Test::NotEqual if want.is_empty() => !values.is_empty(),
            Test::NotEqual => !values.iter().any(eq),
            Test::Contains => values.iter().any(|v| v.to_lowercase().contains(&want)),
            // An ordering test always has its bound.
            Test::Greater | Test::GreaterEq | Test::Less | Test::LessEq => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Timestamp;

    fn customer() -> Customer {
        let now = Timestamp("2026-11-22T09:30:00+08:00".parse().unwrap());
        Customer::new("c-7k3m9q2x".into(), "张伟".into(), now)
    }

    fn set(c: &mut Customer, s: &str) -> Result<(), String> {
        let today = "2026-11-23".parse().unwrap();
        apply(c, &s.parse().unwrap(), &Config::default(), today)
    }

    #[test]
    fn assignments_parse_their_operator() {
        let a: Assignment = "tags+=vip,hot".parse().unwrap();
        assert_eq!(
            (a.field.as_str(), a.op, a.value.as_str()),
            ("tags", Op::Add, "vip,hot")
        );
        let a: Assignment = "title=A=B".parse().unwrap();
        assert_eq!((a.op, a.value.as_str()), (Op::Set, "A=B"));
        assert!("title".parse::<Assignment>().is_err());
    }

    #[test]
    fn set_get_and_clear() {
        let mut c = customer();
        set(&mut c, "company=北京星河科技有限公司").unwrap();
        set(&mut c, "class.stage=red").unwrap();
        set(&mut c, "follow_up.cadence=14d").unwrap();
        set(&mut c, "follow_up.next=+3d").unwrap();
        set(&mut c, "contact.phones+=138 0013 8000").unwrap();
        assert_eq!(get(&c, "company").unwrap(), ["北京星河科技有限公司"]);
        assert_eq!(get(&c, "follow_up.next").unwrap(), ["2026-11-26"]);
        assert_eq!(get(&c, "contact.phones").unwrap(), ["+86 138 0013 8000"]);
        set(&mut c, "company=").unwrap();
        assert!(c.company.is_none());
        assert!(set(&mut c, "class.stage=purple").is_err());
        assert!(set(&mut c, "contact.phones+=12").is_err());
        assert!(set(&mut c, "title+=x").is_err());
        assert!(set(&mut c, "nosuch=1").is_err());
        assert!(set(&mut c, "extra.floor=3").is_err());
    }

    #[test]
    fn chinese_names_of_values_are_accepted_and_stored_in_english() {
        let mut c = customer();
        set(&mut c, "class.stage=红").unwrap();
        set(&mut c, "class.tier=战略").unwrap();
        set(&mut c, "preferences.channel=微信").unwrap();
        assert_eq!(get(&c, "class.stage").unwrap(), ["red"]);
        assert_eq!(get(&c, "class.tier").unwrap(), ["strategic"]);
        assert_eq!(get(&c, "preferences.channel").unwrap(), ["wechat"]);
    }

    fn cond(s: &str) -> Condition {
        s.parse().unwrap()
    }

    #[test]
    fn a_minus_before_the_equals_sign_removes_and_the_field_is_trimmed() {
        let a: Assignment = " tags -=vip".parse().unwrap();
        assert_eq!(
            (a.field.as_str(), a.op, a.value.as_str()),
            ("tags", Op::Remove, "vip")
        );
        assert!("=x".parse::<Assignment>().is_err());
        assert!("+=x".parse::<Assignment>().is_err());
    }

    #[test]
    fn setting_a_list_splits_on_ascii_and_chinese_separators() {
        let mut c = customer();
        set(&mut c, "tags= vip ,hot；北京，上海;; ").unwrap();
        assert_eq!(c.tags, ["vip", "hot", "北京", "上海"]);
        set(&mut c, "tags=").unwrap();
        assert!(c.tags.is_empty());
    }

    #[test]
    fn adding_to_a_list_skips_items_already_there() {
        let mut c = customer();
        set(&mut c, "tags=vip").unwrap();
        set(&mut c, "tags+=hot,vip").unwrap();
        assert_eq!(c.tags, ["vip", "hot"]);
        // Listed the Chinese way, with the enumeration comma.
        set(&mut c, "tags+=重点、hot、老客户").unwrap();
        assert_eq!(c.tags, ["vip", "hot", "重点", "老客户"]);
    }

    #[test]
    fn removing_from_a_list_ignores_ascii_case() {
        let mut c = customer();
        set(&mut c, "tags=VIP,hot").unwrap();
        set(&mut c, "tags-=vip").unwrap();
        assert_eq!(c.tags, ["hot"]);
    }

    #[test]
    fn removing_what_is_not_in_the_list_is_an_error() {
        let mut c = customer();
        set(&mut c, "tags=vip").unwrap();
        let e = set(&mut c, "tags-=cold").unwrap_err();
        assert!(e.contains("cold"), "{e}");
        assert_eq!(c.tags, ["vip"]);
    }

    #[test]
    fn a_bad_phone_can_be_removed_though_it_cannot_be_added() {
        let mut c = customer();
        c.contact.phones = vec!["12".into(), "13800138000".into()];
        assert!(set(&mut c, "contact.phones+=12").is_err());
        set(&mut c, "contact.phones-=12").unwrap();
        assert_eq!(get(&c, "contact.phones").unwrap(), ["13800138000"]);
    }

    #[test]
    fn removing_a_phone_compares_normalised_numbers() {
        let mut c = customer();
        c.contact.phones = vec!["+86 138 0013 8000".into(), "010-6275 1234".into()];
        set(&mut c, "contact.phones-=13800138000").unwrap();
        assert_eq!(get(&c, "contact.phones").unwrap(), ["010-6275 1234"]);
        set(&mut c, "contact.phones-=(010) 62751234").unwrap();
        assert!(c.contact.phones.is_empty());
        c.contact.phones = vec!["138-0013-8000".into()];
        assert!(set(&mut c, "contact.phones-=13800138001").is_err());
        assert_eq!(get(&c, "contact.phones").unwrap(), ["138-0013-8000"]);
    }

    #[test]
    fn phones_of_one_kind_are_a_field_of_their_own() {
        use crate::model::phone::PhoneKind;
        let mut c = customer();
        set(&mut c, "contact.phones+=13800138000").unwrap();
        set(&mut c, "contact.phones.work+=010 6275 1234").unwrap();
        set(&mut c, "contact.phones+=传真:010 6275 1235").unwrap();
        let kinds: Vec<PhoneKind> = c.contact.phones.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PhoneKind::Mobile, PhoneKind::Work, PhoneKind::Fax]);
        assert_eq!(get(&c, "contact.phones.work").unwrap(), ["+86 10 6275 1234"]);
        assert_eq!(get(&c, "contact.phones.home").unwrap(), Vec::<String>::new());
        // Naming a kind for a number already there changes its kind, not the list.
        set(&mut c, "contact.phones+=home:010-6275 1234").unwrap();
        assert_eq!(c.contact.phones.len(), 3);
        assert_eq!(get(&c, "contact.phones.home").unwrap(), ["+86 10 6275 1234"]);
        // `=` on a kind replaces that kind's numbers only.
        set(&mut c, "contact.phones.fax=010 6275 1236").unwrap();
        assert_eq!(get(&c, "contact.phones.fax").unwrap(), ["+86 10 6275 1236"]);
        assert_eq!(c.contact.phones.len(), 3);
        set(&mut c, "contact.phones.mobile-=138 0013 8000").unwrap();
        assert_eq!(c.contact.phones.len(), 2);
        assert!(set(&mut c, "contact.phones.desk+=010 6275 1234").is_err());
    }

    #[test]
    fn one_bad_item_leaves_the_list_unchanged() {
        let mut c = customer();
        set(&mut c, "contact.emails=a@example.com").unwrap();
        assert!(set(&mut c, "contact.emails+=b@example.com,not-an-email").is_err());
        assert!(set(&mut c, "contact.emails=b@example.com,not-an-email").is_err());
        assert_eq!(c.contact.emails, ["a@example.com"]);
    }

    #[test]
    fn only_list_fields_take_plus_or_minus() {
        let mut c = customer();
        assert!(set(&mut c, "name-=张伟").is_err());
        assert!(set(&mut c, "class.tier+=general").is_err());
        set(&mut c, "preferences.products+=服务器").unwrap();
        assert_eq!(c.preferences.products, ["服务器"]);
        assert_eq!(c.name, "张伟");
    }

    #[test]
    fn a_name_cannot_be_cleared_and_is_trimmed() {
        let mut c = customer();
        assert!(set(&mut c, "name=  ").is_err());
        set(&mut c, "name= 李娜 ").unwrap();
        assert_eq!(c.name, "李娜");
    }

    #[test]
    fn kind_takes_english_or_chinese_and_cannot_be_cleared() {
        let mut c = customer();
        set(&mut c, "kind=公司").unwrap();
        assert_eq!(c.kind, Kind::Company);
        assert!(set(&mut c, "kind=").is_err());
        assert!(set(&mut c, "kind=robot").is_err());
        assert_eq!(c.kind, Kind::Company);
    }

    #[test]
    fn birthdays_name_their_year_and_clear_when_empty() {
        let mut c = customer();
        set(&mut c, "birthday=1985-03-12").unwrap();
        assert_eq!(get(&c, "birthday").unwrap(), ["1985-03-12"]);
        set(&mut c, "birthday=1985年3月13日").unwrap();
        assert_eq!(get(&c, "birthday").unwrap(), ["1985-03-13"]);
        // A word or a day alone would make up the year.
        assert!(set(&mut c, "birthday=yesterday").is_err());
        assert!(set(&mut c, "birthday=3月5日").is_err());
        assert_eq!(get(&c, "birthday").unwrap(), ["1985-03-13"]);
        assert!(set(&mut c, "birthday=1985-02-30").is_err());
        set(&mut c, "birthday=").unwrap();
        assert!(c.birthday.is_none());
    }

    #[test]
    fn pin_takes_yes_no_words_and_refuses_others() {
        let mut c = customer();
        for (text, want) in [
            ("yes", true),
            ("0", false),
            ("TRUE", true),
            ("", false),
            ("1", true),
            ("no", false),
        ] {
            set(&mut c, &format!("class.pin={text}")).unwrap();
            assert_eq!(c.class.pin, want, "{text}");
        }
        assert!(set(&mut c, "class.pin=maybe").is_err());
    }

    #[test]
    fn a_cadence_is_a_span_and_clears_when_empty() {
        let mut c = customer();
        set(&mut c, "follow_up.cadence=2 weeks").unwrap();
        assert_eq!(get(&c, "follow_up.cadence").unwrap(), ["2w"]);
        assert!(set(&mut c, "follow_up.cadence=0d").is_err());
        set(&mut c, "follow_up.cadence=").unwrap();
        assert!(c.follow_up.cadence.is_none());
    }

    #[test]
    fn setting_a_field_settles_its_merge_conflict_only() {
        let mut c = customer();
        c.conflicts
            .insert("title".into(), toml::Value::String("副总".into()));
        c.conflicts
            .insert("company".into(), toml::Value::String("X".into()));
        set(&mut c, "title=总监").unwrap();
        assert!(!c.conflicts.contains_key("title"));
        assert!(c.conflicts.contains_key("company"));
    }

    #[test]
    fn a_failed_assignment_leaves_the_conflict_in_place() {
        let mut c = customer();
        c.conflicts
            .insert("class.tier".into(), toml::Value::String("general".into()));
        assert!(set(&mut c, "class.tier=gold").is_err());
        assert!(c.conflicts.contains_key("class.tier"));
    }

    #[test]
    fn declared_extra_fields_are_typed_and_cleared_when_empty() {
        let config = Config::parse("[fields.floor]\ntype = \"int\"\n").unwrap();
        let today = "2026-11-23".parse().unwrap();
        let mut c = customer();
        apply(&mut c, &"extra.floor=12".parse().unwrap(), &config, today).unwrap();
        assert_eq!(c.extra["floor"], toml::Value::Integer(12));
        assert_eq!(get(&c, "extra.floor").unwrap(), ["12"]);
        apply(&mut c, &"extra.floor=".parse().unwrap(), &config, today).unwrap();
        assert!(c.extra.is_empty());
    }

    /// The registry's lists are what `set`, `show` and `export` have always offered, in
    /// the same order: scripts read export's columns by position.
    #[test]
    fn the_registry_keeps_each_command_s_fields_and_their_order() {
        let words = |s: &'static str| s.split_whitespace().collect::<Vec<_>>();
        let settable_before = words(
            "name kind gender company title birthday lunar_birthday industry region size tags \
             owner source ref contact.phones contact.emails contact.wechat contact.qq \
             contact.address preferences.channel preferences.products preferences.notes \
             class.tier class.lifecycle class.stage class.pin follow_up.cadence follow_up.next \
             credit.limit credit.rating credit.terms verified extra.NAME",
        );
        assert_eq!(settable(), settable_before);
        let columns_before = words(
            "id name kind company title contact.phones contact.emails contact.wechat \
             contact.address birthday tags owner source ref class.tier class.lifecycle class.rfm \
             class.stage follow_up.next credit.limit credit.rating credit.terms created updated \
             gender lunar_birthday industry region size contact.qq preferences.channel \
             preferences.products preferences.notes class.pin follow_up.cadence verified",
        );
        assert_eq!(export_columns(), columns_before);
        let shown_before = words(
            "id name kind gender company title birthday lunar_birthday industry region size tags \
             owner source ref contact.phones contact.emails contact.wechat contact.qq \
             contact.address preferences.channel preferences.products preferences.notes \
             class.tier class.lifecycle class.rfm class.stage follow_up.cadence follow_up.next \
             credit.limit credit.rating credit.terms verified created updated",
        );
        assert_eq!(shown().collect::<Vec<_>>(), shown_before);
    }

    #[test]
    fn registry_names_and_labels_are_unique_and_every_field_is_readable() {
        let c = customer();
        let mut seen = std::collections::HashMap::new();
        for f in FIELDS {
            for name in [f.name.to_string(), f.en.to_lowercase(), f.zh.to_string()] {
                let first = *seen.entry(name.clone()).or_insert(f.name);
                assert_eq!(first, f.name, "{name} names two fields");
            }
            assert_eq!(dotted(f.en), f.name);
            assert_eq!(dotted(f.zh), f.name);
            if f.name != "balance" {
                assert!(get(&c, f.name).is_some(), "`get` does not know {}", f.name);
            }
        }
        let mut columns: Vec<u8> = FIELDS.iter().filter_map(|f| f.column).collect();
        columns.sort();
        assert_eq!(columns, (0..columns.len() as u8).collect::<Vec<_>>());
    }

    /// A phone kind that does not exist is named as the problem, whatever the operator.
    #[test]
    fn an_unknown_phone_kind_is_the_error_for_every_operator() {
        let mut c = customer();
        for op in ["=", "+=", "-="] {
            let e = set(&mut c, &format!("contact.phones.pager{op}13800138000")).unwrap_err();
            assert!(e.contains("pager"), "{op}: {e}");
            assert!(!e.contains("not a list"), "{op}: {e}");
        }
        set(&mut c, "contact.phones.work+=010-6275 1234").unwrap();
        assert_eq!(c.contact.phones.len(), 1);
        // Every name of a kind is a list, so an imported column adds to the numbers of
        // that kind instead of replacing them.
        for alias in [
            "contact.phones.cell",
            "contact.phones.手机",
            "contact.phones.office",
        ] {
            assert!(is_list(alias), "{alias}");
        }
        assert!(!is_list("contact.wechat"));
    }

    #[test]
    fn get_knows_every_settable_field_and_not_others() {
        let c = customer();
        for f in settable().into_iter().filter(|f| *f != "extra.NAME") {
            assert!(get(&c, f).is_some(), "{f}");
        }
        assert_eq!(get(&c, "nosuch"), None);
        assert_eq!(get(&c, "extra.floor"), Some(vec![]));
        assert_eq!(get(&c, "class.pin").unwrap(), ["false"]);
        assert_eq!(get(&c, "id").unwrap(), ["c-7k3m9q2x"]);
    }

    #[test]
    fn an_empty_value_tests_whether_a_field_is_set() {
        let mut c = customer();
        assert!(cond("company=").matches(&c));
        assert!(!cond("company!=").matches(&c));
        set(&mut c, "company=星河").unwrap();
        assert!(!cond("company=").matches(&c));
        assert!(cond("company!=").matches(&c));
    }

    #[test]
    fn not_equal_holds_when_no_list_item_equals() {
        let mut c = customer();
        set(&mut c, "tags=vip,beijing").unwrap();
        assert!(!cond("tags!=VIP").matches(&c));
        assert!(cond("tags!=shanghai").matches(&c));
    }

    #[test]
    fn contains_is_a_case_insensitive_substring_of_any_item() {
        let mut c = customer();
        set(&mut c, "contact.emails=Zhang.Wei@Example.cn").unwrap();
        assert!(cond("contact.emails~example").matches(&c));
        assert!(!cond("contact.emails~example.com").matches(&c));
        assert!(cond("name ~ 伟").matches(&c));
    }

    #[test]
    fn a_contains_condition_may_look_for_an_equals_sign() {
        let c: Condition = "preferences.notes~a=b".parse().unwrap();
        assert_eq!(
            (c.field.as_str(), c.test, c.value.as_str()),
            ("preferences.notes", Test::Contains, "a=b")
        );
        // On an extra field the mistake is silent: it becomes field `extra.note~a` equal to `b`.
        let c: Condition = "extra.note~a=b".parse().unwrap();
        assert_eq!((c.field.as_str(), c.test), ("extra.note", Test::Contains));
    }

    #[test]
    fn the_first_operator_in_a_condition_wins() {
        let c: Condition = "preferences.notes=a~b".parse().unwrap();
        assert_eq!((c.test, c.value.as_str()), (Test::Equal, "a~b"));
        let c: Condition = "preferences.notes!=a=b".parse().unwrap();
        assert_eq!((c.test, c.value.as_str()), (Test::NotEqual, "a=b"));
        let c: Condition = "preferences.notes~!=".parse().unwrap();
        assert_eq!((c.test, c.value.as_str()), (Test::Contains, "!="));
    }

    #[test]
    fn conditions_on_extra_fields_parse_even_when_unset() {
        let c = customer();
        assert!(cond("extra.floor=").matches(&c));
        assert!(!cond("extra.floor=3").matches(&c));
        assert!("no operator".parse::<Condition>().is_err());
    }

    #[test]
    fn conditions() {
        let mut c = customer();
        set(&mut c, "tags=vip,beijing").unwrap();
        let cond: Condition = "tags=VIP".parse().unwrap();
        assert!(cond.matches(&c));
        assert!("tags!=cold".parse::<Condition>().unwrap().matches(&c));
        assert!("name~张".parse::<Condition>().unwrap().matches(&c));
        assert!("company=".parse::<Condition>().unwrap().matches(&c));
        assert!("bogus=1".parse::<Condition>().is_err());
    }

    #[test]
    fn ordering_conditions_compare_amounts_and_dates() {
        let mut c = customer();
        set(&mut c, "credit.limit=100000").unwrap();
        set(&mut c, "birthday=1985-03-12").unwrap();
        let holds = |s: &str| s.parse::<Condition>().unwrap().matches(&c);
        assert!(holds("credit.limit>99999.99"));
        assert!(holds("credit.limit>=10万"));
        assert!(!holds("credit.limit>10万"));
        assert!(holds("credit.limit<=¥100,000"));
        assert!(holds("birthday<1985-03-13"));
        assert!(holds("birthday>=1985年3月12日"));
        assert!(!holds("birthday>1985-03-12"));
        // No value never compares: an empty field is neither more nor less.
        assert!(!holds("credit.terms>0") && !holds("credit.terms<1000"));
        // `>=` is one operator, and `=` later in the value is part of it.
        let cond: Condition = "extra.floor>=3".parse().unwrap();
        assert_eq!((cond.test, cond.value.as_str()), (Test::GreaterEq, "3"));
    }

    #[test]
    fn ordering_a_text_field_or_comparing_with_words_is_an_error() {
        for bad in ["name>张", "company<=a", "credit.limit>lots", "birthday<soon"] {
            assert!(bad.parse::<Condition>().is_err(), "{bad}");
        }
    }

    #[test]
    fn relative_dates_resolve_against_the_run_s_today() {
        let mut cond: Condition = "follow_up.next<today".parse().unwrap();
        cond.resolve("2026-11-22".parse().unwrap());
        let mut c = customer();
        set(&mut c, "follow_up.next=2026-11-21").unwrap();
        assert!(cond.matches(&c));
        set(&mut c, "follow_up.next=2026-11-22").unwrap();
        assert!(!cond.matches(&c));
    }

    #[test]
    fn credit_fields_are_set_checked_and_read() {
        let mut c = customer();
        set(&mut c, "credit.rating=良").unwrap();
        set(&mut c, "credit.terms=45天").unwrap();
        set(&mut c, "credit.limit=1.5万").unwrap();
        assert_eq!(get(&c, "credit.rating").unwrap(), ["B"]);
        assert_eq!(get(&c, "credit.terms").unwrap(), ["45"]);
        assert_eq!(get(&c, "credit.limit").unwrap(), ["15000.0"]);
        assert!(set(&mut c, "credit.rating=E").is_err());
        assert!(set(&mut c, "credit.limit=-5").is_err());
        assert!(set(&mut c, "credit.terms=soon").is_err());
        set(&mut c, "credit.limit=").unwrap();
        assert!(c.credit.limit.is_none());
    }
}
