//! The customer record: the decrypted TOML of one `<id>.toml.age` file.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date::{Date, Timestamp};
use super::span::Span;

/// The record format this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

fn is_false(b: &bool) -> bool {
    !*b
}

/// Enumerations stored by their English name; the Chinese names (and a few short forms)
/// are accepted as input, so `--channel 微信` and `class.stage=红` work.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $(#[serde(rename = $text $(, alias = $alias)*)] $variant),+
        }

        impl $name {
            #[allow(dead_code, reason = "not every enum is enumerated yet")]
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The value's name in the language of this run, for tables and text reports
            /// (`enum-<type>-<value>` in the catalog); files keep [`Self::as_str`].
            #[allow(dead_code, reason = "not every enum is shown to people")]
            pub fn label(self) -> String {
                crate::i18n::enum_label(stringify!($name), self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let lower = s.trim().to_lowercase();
                // `战略客户` is `战略`: a trailing 客户 ("customer") names nothing more.
                let short = lower.strip_suffix("客户").unwrap_or(&lower);
                for t in [lower.as_str(), short] {
                    $(if t == $text $(|| t == $alias)* { return Ok($name::$variant); })+
                }
                Err(crate::i18n::fl!(
                    "error-not-one-of",
                    text = s,
                    values = [$(crate::i18n::enum_choice(stringify!($name), $text)),+].join(", ")
                ))
            }
        }
    };
}

string_enum!(
    /// A private person or an organisation.
    Kind { Person = "person" | "个人", Company = "company" | "公司" | "企业" | "单位" }
);
string_enum!(
    /// Value tier (战略/重要/一般/潜在).
    Tier { Strategic = "strategic" | "战略" | "战略级", Important = "important" | "重要" | "重点", General = "general" | "一般" | "普通", Potential = "potential" | "潜在" }
);
string_enum!(
    /// Lifecycle stage.
    Lifecycle { Potential = "potential" | "潜在", New = "new" | "新客户" | "新", Active = "active" | "活跃", Loyal = "loyal" | "忠诚", Dormant = "dormant" | "沉睡" | "休眠", Churned = "churned" | "流失" }
);
string_enum!(
    /// Sales-pipeline stage, set by hand: red is closing, green is nurture.
    Stage { Red = "red" | "红" | "红苹果", Yellow = "yellow" | "黄" | "黄苹果", Green = "green" | "青" | "绿" | "青苹果" | "绿苹果", Rotten = "rotten" | "烂" | "烂苹果" }
);
string_enum!(
    /// How a contact happened or how the customer likes to be reached.
    Channel { Phone = "phone" | "电话" | "打电话" | "来电", Email = "email" | "e-mail" | "邮件" | "电子邮件" | "电邮" | "邮箱", Meeting = "meeting" | "面谈" | "会议" | "见面" | "会面", Visit = "visit" | "拜访" | "上门" | "走访", Wechat = "wechat" | "微信", Qq = "qq", Sms = "sms" | "短信", Other = "other" | "其他" | "其它" }
);
string_enum!(
    /// Who started a contact.
    Direction { Inbound = "inbound" | "in" | "呼入" | "来电" | "客户来访", Outbound = "outbound" | "out" | "呼出" | "去电" | "主动联系" }
);
string_enum!(
    /// The kind of a feedback entry.
    FeedbackKind { Complaint = "complaint" | "投诉", Suggestion = "suggestion" | "建议", Praise = "praise" | "表扬" | "好评", Survey = "survey" | "调查" | "问卷" | "回访调查" }
);
string_enum!(
    /// Whether a feedback entry still needs an answer.
    FeedbackStatus { Open = "open" | "待处理" | "未解决" | "未处理", InProgress = "in-progress" | "处理中" | "跟进中", Resolved = "resolved" | "已解决" | "已处理", CallbackDone = "callback-done" | "已回访" | "回访完成" }
);
string_enum!(
    /// The part a key person plays around the customer.
    Role { Referrer = "referrer" | "推荐人" | "介绍人", DecisionMaker = "decision-maker" | "决策人" | "决策者" | "拍板人", SignOff = "sign-off" | "签字人" | "审批人", Other = "other" | "其他" | "其它" }
);

string_enum!(
    /// What personal data is used for, as a consent names it (PIPL art. 14, 17).
    Purpose { Service = "service" | "服务" | "履约" | "合同", Marketing = "marketing" | "营销" | "推广" | "营销推广", Profiling = "profiling" | "画像" | "用户画像" | "分析", Sharing = "sharing" | "共享" | "第三方共享" | "对外提供", Other = "other" | "其他" | "其它" }
);
string_enum!(
    /// What a phone number reaches (手机, 电话(公), 电话(家), 传真 of the seed forms; 座机
    /// and 固定电话 are read as the office line).
    PhoneKind { Mobile = "mobile" | "cell" | "cellphone" | "手机" | "手机号" | "手机号码" | "移动电话", Work = "work" | "office" | "business" | "电话(公)" | "电话（公）" | "办公电话" | "座机" | "固定电话" | "单位电话" | "公司电话" | "工作电话", Home = "home" | "电话(家)" | "电话（家）" | "电话(宅)" | "电话（宅）" | "家庭电话" | "住宅电话" | "宅电", Fax = "fax" | "传真" | "传真号码", Other = "other" | "voice" | "其他" | "其它" }
);
string_enum!(
    /// Whether a consent entry gives or withdraws consent.
    ConsentStatus { Given = "given" | "同意" | "已同意", Withdrawn = "withdrawn" | "撤回" | "已撤回" }
);

string_enum!(
    /// How another customer stands to this one (客户、供应商、合作伙伴之间的关系).
    Relation { Parent = "parent" | "母公司" | "总公司" | "上级单位", Branch = "branch" | "子公司" | "分公司" | "下级单位", Supplier = "supplier" | "供应商", Buyer = "buyer" | "采购方" | "买方", Partner = "partner" | "合作伙伴" | "伙伴", Referrer = "referrer" | "推荐人" | "介绍人" | "推荐方", Referred = "referred" | "被推荐" | "被推荐人" | "被介绍", Competitor = "competitor" | "竞争对手" | "同行" }
);

impl Relation {
    /// How this customer stands to the other, when the other stands to it as `self`.
    pub fn inverse(self) -> Relation {
        match self {
            Relation::Parent => Relation::Branch,
            Relation::Branch => Relation::Parent,
            Relation::Supplier => Relation::Buyer,
            Relation::Buyer => Relation::Supplier,
            Relation::Referrer => Relation::Referred,
            Relation::Referred => Relation::Referrer,
            Relation::Partner => Relation::Partner,
            Relation::Competitor => Relation::Competitor,
        }
    }
}

/// Another customer this one is related to: `to` is this one's `as` (`{ to = "c-…",
/// as = "parent" }`: that customer is this one's parent company). The other record holds
/// the inverse.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    #[schemars(regex(pattern = r"^c-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub to: String,
    #[serde(rename = "as")]
    pub relation: Relation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[allow(clippy::derivable_impls, reason = "the enum is made by a macro")]
impl Default for Kind {
    fn default() -> Self {
        Kind::Person
    }
}

/// One customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "crmfile customer record", extend("additionalProperties" = true))]
pub struct Customer {
    /// Record format version; always 1 for now.
    pub schema: u32,
    /// Opaque id: `c-` and 8 Crockford base32 characters; also the file name.
    #[schemars(regex(pattern = r"^c-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    #[schemars(length(min = 1))]
    pub name: String,
    #[serde(default)]
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday: Option<Date>,
    /// A birthday kept in the Chinese calendar (农历), reminded on its Gregorian day
    /// each year: `{ calendar = "chinese", year = 1975, month = 8, day = 15 }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lunar_birthday: Option<super::lunar::LunarDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Company size as the user writes it (`50-200`, `large`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Account manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The customer's number in another system; imports match on it.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// The team member who made the record (the login name in a store without a team).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// The team member who changed it last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// When the details were last checked with the customer (定期更新客户信息);
    /// `remind --kind review` lists records not checked for `review.days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<Date>,
    #[serde(default, skip_serializing_if = "ContactInfo::is_empty")]
    pub contact: ContactInfo,
    #[serde(default, skip_serializing_if = "Preferences::is_empty")]
    pub preferences: Preferences,
    #[serde(default, skip_serializing_if = "Credit::is_empty")]
    pub credit: Credit,
    #[serde(default, skip_serializing_if = "Class::is_empty")]
    pub class: Class,
    #[serde(default, skip_serializing_if = "FollowUp::is_empty")]
    pub follow_up: FollowUp,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_people: Vec<KeyPerson>,
    /// Anniversaries and other yearly dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<ImportantDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transactions: Vec<Transaction>,
    /// Money received (缴费记录), applied to the oldest open purchases or to the one it
    /// names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub payments: Vec<Payment>,
    /// The communication log, append-only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<ContactEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<Feedback>,
    /// Consent given and withdrawn, per purpose, append-only: the latest entry of a
    /// purpose is the customer's word on it now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<Consent>,
    /// Documents kept with the customer (合同、报价单、名片…), each an encrypted file in
    /// the record's folder under `.attachments/`, named by its id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// Other customers this one is related to; each holds the inverse link back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Custom fields declared in `.crmfile/config.toml`.
    #[serde(default, skip_serializing_if = "toml::Table::is_empty")]
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub extra: toml::Table,
    /// Values a merge could not keep (both sides changed them differently), by dotted
    /// path; `audit` lists them until `set` or `edit` settles the field.
    #[serde(default, skip_serializing_if = "toml::Table::is_empty")]
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub conflicts: toml::Table,
    /// Keys this build does not know, kept so that a rewrite loses nothing.
    #[serde(skip)]
    #[schemars(skip)]
    pub unknown: Option<toml::Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContactInfo {
    /// Each number with its kind; a plain string (older records, other systems' JSON)
    /// is read as a number whose kind is told from the number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<super::phone::Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechat: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qq: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

impl ContactInfo {
    fn is_empty(&self) -> bool {
        *self == ContactInfo::default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Preferences {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl Preferences {
    fn is_empty(&self) -> bool {
        *self == Preferences::default()
    }
}

/// Classification: tier, lifecycle and rfm are written by `classify`; stage and pin by hand.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Class {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<Lifecycle>,
    /// Recency, frequency and monetary scores, 1-5 each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[1-5]{3}$"))]
    pub rfm: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// Keeps a hand-set tier through `classify`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub pin: bool,
    /// When `classify` last changed this class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classified: Option<Date>,
}

impl Class {
    fn is_empty(&self) -> bool {
        *self == Class::default()
    }
}

/// Credit (客户信用状况): how much may be owed, how good the customer is for it, and
/// how many days a purchase on account may stay unpaid.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Credit {
    /// Credit limit in the store's currency, an exact decimal.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "amount_opt")]
    #[schemars(with = "Option<String>", regex(pattern = r"^[0-9]+(\.[0-9]+)?$"))]
    pub limit: Option<Decimal>,
    /// Credit rating, one of the store's `credit.ratings` (A, B, C, D by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<String>,
    /// Payment terms (账期) in days; the store's `credit.terms` when unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<u32>,
}

impl Credit {
    fn is_empty(&self) -> bool {
        *self == Credit::default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FollowUp {
    /// Overrides the tier's default cadence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Span>,
    /// An explicit next step; overrides the cadence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Date>,
}

impl FollowUp {
    fn is_empty(&self) -> bool {
        *self == FollowUp::default()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KeyPerson {
    #[schemars(regex(pattern = r"^p-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    #[schemars(length(min = 1))]
    pub name: String,
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday: Option<Date>,
    /// A birthday kept in the Chinese calendar (农历), as the customer's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lunar_birthday: Option<super::lunar::LunarDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ImportantDate {
    #[schemars(regex(pattern = r"^d-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    #[schemars(length(min = 1))]
    pub label: String,
    /// The first day it happened, in the Gregorian calendar.
    pub date: Date,
    /// Kept in the Chinese calendar (农历): it recurs on this lunar day each year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lunar: Option<super::lunar::LunarDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Transaction {
    #[schemars(regex(pattern = r"^t-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
    /// Exact decimal as a string; negative for a refund.
    #[serde(with = "amount")]
    #[schemars(with = "String", regex(pattern = r"^-?[0-9]+(\.[0-9]+)?$"))]
    pub amount: Decimal,
    /// ISO 4217 code.
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<String>,
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Sold on account: the amount is owed until this date. Absent: paid at the sale. A
    /// refund with a date is credited to the account (taken off what is owed); without
    /// one it was paid back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Logged with `--force` although it took the balance over the credit limit.
    #[serde(default, skip_serializing_if = "is_false")]
    pub over_limit: bool,
}

/// Money received from the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Payment {
    #[schemars(regex(pattern = r"^r-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    pub date: Date,
    /// Exact decimal as a string, more than zero.
    #[serde(with = "amount")]
    #[schemars(with = "String", regex(pattern = r"^[0-9]+(\.[0-9]+)?$"))]
    pub amount: Decimal,
    /// ISO 4217 code.
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: String,
    /// The purchase (`t-…`) this pays first; the rest goes to the oldest open ones.
    #[serde(rename = "for", default, skip_serializing_if = "Option::is_none")]
    pub applies_to: Option<String>,
    /// How it was paid (bank-transfer, alipay, cash…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

impl Transaction {
    /// Whether `other` records the same purchase, so importing an order file twice adds
    /// nothing: the same order number (`ref`) when both have one; otherwise the same
    /// date, product, quantity, amount and currency. A refund is never the purchase it
    /// refunds, though it quote the same order number (退货 against SO-1042).
    pub fn same_purchase(&self, other: &Transaction) -> bool {
        fn order(t: &Transaction) -> Option<&str> {
            t.reference.as_deref().map(str::trim).filter(|r| !r.is_empty())
        }
        if self.id == other.id {
            return true;
        }
        if self.amount.is_sign_negative() != other.amount.is_sign_negative() {
            return false;
        }
        match (order(self), order(other)) {
            (Some(a), Some(b)) => a == b,
            _ => {
                self.date == other.date
                    && self.product.as_deref().map(str::trim) == other.product.as_deref().map(str::trim)
                    && self.quantity == other.quantity
                    && self.amount == other.amount
                    && self.currency == other.currency
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContactEntry {
    #[schemars(regex(pattern = r"^k-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    pub at: Timestamp,
    pub channel: Channel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Feedback {
    #[schemars(regex(pattern = r"^f-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    pub date: Date,
    pub kind: FeedbackKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 5))]
    pub rating: Option<u8>,
    pub text: String,
    pub status: FeedbackStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    /// Who handles it: a team member or the account manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<String>,
    /// When handling must be done by (the store's `feedback.sla` after `date`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// When handling started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<Date>,
    /// When to call the customer back (回访) after resolution (`feedback.callback` days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_due: Option<Date>,
    /// When the callback was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_done: Option<Date>,
    /// What the customer said on the callback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_note: Option<String>,
    /// How satisfied the customer was on the callback, 1 (worst) to 5 (best).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 5))]
    pub callback_rating: Option<u8>,
}

/// A document kept with the customer: what it is, and what its encrypted file must hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Attachment {
    #[schemars(regex(pattern = r"^a-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    /// What it is: 合同, 报价单, 名片…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The file's name when it was attached.
    pub name: String,
    /// Bytes of the original.
    pub size: u64,
    /// SHA-256 of the original, hex: `audit` and `attachment get` check it.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: String,
    pub added: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// One consent given or withdrawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Consent {
    #[schemars(regex(pattern = r"^n-[0-9a-hjkmnp-tv-z]{8}$"))]
    pub id: String,
    pub purpose: Purpose,
    pub status: ConsentStatus,
    pub date: Date,
    /// What the customer was told the data is used for, and agreed to (目的、范围).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// How it was given: a signed form, WeChat, a web form, by phone…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Where the proof is: a form number, a file, a message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

impl Customer {
    /// The customer's word on `purpose` now: the latest entry for it (`None`: never
    /// asked).
    pub fn consent(&self, purpose: Purpose) -> Option<ConsentStatus> {
        self.consents
            .iter()
            .enumerate()
            .filter(|(_, c)| c.purpose == purpose)
            .max_by_key(|(i, c)| (c.date, *i))
            .map(|(_, c)| c.status)
    }
}

impl FeedbackStatus {
    /// Still needs handling: open or in progress.
    pub fn is_unresolved(self) -> bool {
        matches!(self, FeedbackStatus::Open | FeedbackStatus::InProgress)
    }
}

impl Customer {
    /// A new record with only the required fields set.
    pub fn new(id: String, name: String, now: Timestamp) -> Customer {
        Customer {
            schema: SCHEMA_VERSION,
            id,
            name,
            kind: Kind::Person,
            gender: None,
            company: None,
            title: None,
            birthday: None,
            lunar_birthday: None,
            industry: None,
            region: None,
            size: None,
            tags: Vec::new(),
            owner: None,
            source: None,
            reference: None,
            created: now,
            updated: now,
            created_by: None,
            updated_by: None,
            verified: None,
            contact: ContactInfo::default(),
            preferences: Preferences::default(),
            credit: Credit::default(),
            class: Class::default(),
            follow_up: FollowUp::default(),
            key_people: Vec::new(),
            dates: Vec::new(),
            transactions: Vec::new(),
            payments: Vec::new(),
            contacts: Vec::new(),
            feedback: Vec::new(),
            consents: Vec::new(),
            attachments: Vec::new(),
            links: Vec::new(),
            extra: toml::Table::new(),
            conflicts: toml::Table::new(),
            unknown: None,
        }
    }

    /// The date of the most recent contact, if any.
    pub fn last_contact(&self) -> Option<chrono::NaiveDate> {
        self.contacts.iter().map(|c| c.at.date()).max()
    }
}

/// Amounts as exact decimal strings; read with the same rule as `--amount` (digits and
/// an optional point, nothing rounded, no exponent).
mod amount {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let text = String::deserialize(d)?;
        crate::model::config::parse_decimal(&text)
            .ok_or_else(|| serde::de::Error::custom("an amount is a decimal like \"25800.00\""))
    }
}

/// Optional amounts, as [`amount`].
mod amount_opt {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        let text = String::deserialize(d)?;
        crate::model::config::parse_decimal(&text)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom("an amount is a decimal like \"100000.00\""))
    }
}

/// Marker key toml uses for datetimes inside serde's data model.
pub const TOML_DATETIME_KEY: &str = "$__toml_private_datetime";

/// `toml::Value::try_from` leaves datetimes as one-key marker tables; turn them back
/// into real datetimes.
fn restore_datetimes(v: &mut toml::Value) {
    match v {
        toml::Value::Table(t) => {
            if t.len() == 1
                && let Some(toml::Value::String(s)) = t.get(TOML_DATETIME_KEY)
                && let Ok(dt) = s.parse::<toml::value::Datetime>()
            {
                *v = toml::Value::Datetime(dt);
                return;
            }
            t.iter_mut().for_each(|(_, x)| restore_datetimes(x));
        }
        toml::Value::Array(a) => a.iter_mut().for_each(restore_datetimes),
        _ => {}
    }
}

impl Customer {
    /// The record as a TOML value tree, fields in schema order, unknown keys put back.
    pub fn to_toml(&self) -> Result<toml::Value, String> {
        self.value_tree(true)
    }

    /// [`Customer::to_toml`] with the record's own dates and times left as the one-key
    /// marker tables serde gives them (holding their text), for writing as JSON, which
    /// needs only that text (see `output::TomlJson`), rather than read each back as a
    /// datetime only to write it out again.
    pub fn to_toml_for_json(&self) -> Result<toml::Value, String> {
        self.value_tree(false)
    }

    fn value_tree(&self, restore: bool) -> Result<toml::Value, String> {
        let mut value = toml::Value::try_from(self).map_err(|e| e.to_string())?;
        if restore {
            restore_datetimes(&mut value);
        }
        // Free-form tables go in as they are: serde would turn their datetimes into text.
        if let toml::Value::Table(t) = &mut value {
            for (key, table) in [("extra", &self.extra), ("conflicts", &self.conflicts)] {
                if !table.is_empty() {
                    t.insert(key.into(), toml::Value::Table(table.clone()));
                }
            }
        }
        if let Some(extra) = &self.unknown {
            super::unknown::merge(&mut value, extra);
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_purchase_is_the_same_by_order_number_or_else_by_its_values() {
        let t = |r: Option<&str>, day: u32, amount: &str| Transaction {
            id: format!("t-{day}{amount}{}", r.unwrap_or("-")),
            date: Date(chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap()),
            product: Some("冷柜".into()),
            quantity: Some(1),
            amount: amount.parse().unwrap(),
            currency: "CNY".into(),
            payment: None,
            reference: r.map(String::from),
            due: None,
            over_limit: false,
        };
        assert!(t(Some("SO-1"), 5, "100").same_purchase(&t(Some(" SO-1 "), 9, "999")));
        assert!(!t(Some("SO-1"), 5, "100").same_purchase(&t(Some("SO-2"), 5, "100")));
        assert!(t(None, 5, "100.00").same_purchase(&t(Some("SO-1"), 5, "100")));
        assert!(!t(None, 5, "100").same_purchase(&t(None, 6, "100")));
        assert!(!t(None, 5, "100").same_purchase(&t(None, 5, "101")));
        // A refund quoting the order it refunds is not that order; two refunds of one
        // return are one.
        assert!(!t(Some("SO-1"), 5, "8000").same_purchase(&t(Some("SO-1"), 9, "-1000")));
        assert!(t(Some("RMA-7"), 9, "-1000").same_purchase(&t(Some("RMA-7"), 10, "-1000")));
        // The same entry (an export imported back) is the same purchase whatever it says.
        let mut changed = t(None, 5, "100");
        changed.amount = "120".parse().unwrap();
        assert!(t(None, 5, "100").same_purchase(&changed));
    }

    use super::*;
    use crate::model::testing::{contact, customer, d, transaction, ts};

    #[test]
    fn chinese_names_of_enum_values_parse_to_the_english_variant() {
        assert_eq!("红".parse::<Stage>(), Ok(Stage::Red));
        assert_eq!("青".parse::<Stage>(), Ok(Stage::Green));
        assert_eq!("绿".parse::<Stage>(), Ok(Stage::Green));
        assert_eq!("烂苹果".parse::<Stage>(), Ok(Stage::Rotten));
        assert_eq!("战略".parse::<Tier>(), Ok(Tier::Strategic));
        assert_eq!("流失".parse::<Lifecycle>(), Ok(Lifecycle::Churned));
        assert_eq!("投诉".parse::<FeedbackKind>(), Ok(FeedbackKind::Complaint));
        assert_eq!("in".parse::<Direction>(), Ok(Direction::Inbound));
    }

    #[test]
    fn enum_values_parse_ignoring_case_and_surrounding_space() {
        assert_eq!(" Strategic ".parse::<Tier>(), Ok(Tier::Strategic));
        assert_eq!("WECHAT".parse::<Channel>(), Ok(Channel::Wechat));
        assert_eq!("Decision-Maker".parse::<Role>(), Ok(Role::DecisionMaker));
    }

    #[test]
    fn an_unknown_enum_value_is_refused_naming_every_choice() {
        let e = "purple".parse::<Stage>().unwrap_err();
        assert!(
            e.contains("purple") && e.contains("red, yellow, green, rotten"),
            "{e}"
        );
    }

    #[test]
    fn enum_values_are_written_by_their_english_name() {
        assert_eq!(Role::DecisionMaker.to_string(), "decision-maker");
        assert_eq!(Role::SignOff.as_str(), "sign-off");
        let v = toml::Value::try_from(Lifecycle::Dormant).unwrap();
        assert_eq!(v.as_str(), Some("dormant"));
        assert_eq!(Tier::ALL.len(), 4);
    }

    #[test]
    fn a_new_customer_writes_only_the_required_fields() {
        let c = customer();
        assert_eq!(c.schema, SCHEMA_VERSION);
        assert_eq!(c.created, c.updated);
        let v = c.to_toml().unwrap();
        let keys: Vec<&str> = v.as_table().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["schema", "id", "name", "kind", "created", "updated"]);
    }

    #[test]
    fn a_record_without_kind_reads_as_a_person() {
        let text = "schema = 1\nid = \"c-7k3m9q2x\"\nname = \"A\"\n\
                    created = 2026-01-10T09:00:00+08:00\nupdated = 2026-01-10T09:00:00+08:00\n";
        let c: Customer = toml::from_str(text).unwrap();
        assert_eq!(c.kind, Kind::Person);
    }

    #[test]
    fn last_contact_is_the_latest_date_whatever_the_log_order() {
        let mut c = customer();
        c.contacts
            .push(contact("k-00000001", "2026-05-01T10:00:00+08:00"));
        c.contacts
            .push(contact("k-00000002", "2026-09-03T10:00:00+08:00"));
        c.contacts
            .push(contact("k-00000003", "2026-07-01T10:00:00+08:00"));
        assert_eq!(c.last_contact(), Some(d("2026-09-03")));
    }

    #[test]
    fn last_contact_is_the_local_date_of_the_entry() {
        let mut c = customer();
        // 23:30 at -05:00 is already the next day in UTC; the stored day counts.
        c.contacts
            .push(contact("k-00000001", "2026-05-01T23:30:00-05:00"));
        assert_eq!(c.last_contact(), Some(d("2026-05-01")));
    }

    #[test]
    fn a_customer_never_contacted_has_no_last_contact() {
        assert_eq!(customer().last_contact(), None);
    }

    #[test]
    fn dates_are_written_as_native_toml_datetimes() {
        let mut c = customer();
        c.birthday = Some(crate::model::date::Date(d("1985-03-12")));
        let v = c.to_toml().unwrap();
        assert_eq!(v["birthday"].as_datetime().unwrap().to_string(), "1985-03-12");
        assert!(v["created"].as_datetime().is_some());
    }

    #[test]
    fn dates_inside_extra_stay_native_toml_datetimes() {
        let mut c = customer();
        let date: toml::value::Datetime = "2026-12-01".parse().unwrap();
        c.extra.insert("renewal".into(), toml::Value::Datetime(date));
        let v = c.to_toml().unwrap();
        assert_eq!(v["extra"]["renewal"], toml::Value::Datetime(date));
    }

    #[test]
    fn unknown_keys_are_put_back_without_overwriting_known_ones() {
        let mut c = customer();
        let unknown: toml::Table = toml::from_str("name = \"other\"\nfuture = \"x\"\n").unwrap();
        c.unknown = Some(toml::Value::Table(unknown));
        let v = c.to_toml().unwrap();
        assert_eq!(v["name"].as_str(), Some("张伟"));
        assert_eq!(v["future"].as_str(), Some("x"));
    }

    #[test]
    fn amounts_are_written_as_exact_decimal_strings() {
        let mut c = customer();
        c.transactions
            .push(transaction("t-00000001", "2026-03-01", "25800.00", "CNY"));
        let v = c.to_toml().unwrap();
        assert_eq!(v["transactions"][0]["amount"].as_str(), Some("25800.00"));
    }

    #[test]
    fn an_amount_with_an_exponent_is_refused_when_read() {
        let entry = "id = \"t-00000001\"\ndate = 2026-03-01\ncurrency = \"CNY\"\namount = ";
        assert!(toml::from_str::<Transaction>(&format!("{entry}\"1e3\"\n")).is_err());
        assert!(toml::from_str::<Transaction>(&format!("{entry}\"12_5\"\n")).is_err());
        let t: Transaction = toml::from_str(&format!("{entry}\"-12.50\"\n")).unwrap();
        assert_eq!(t.amount, "-12.50".parse::<Decimal>().unwrap());
    }

    #[test]
    fn a_full_record_survives_a_round_trip_through_toml_text() {
        let mut c = customer();
        c.kind = Kind::Company;
        c.tags = vec!["vip".into()];
        c.contact.phones.push("+86 138 0013 8000".into());
        c.class.tier = Some(Tier::Important);
        c.class.pin = true;
        c.follow_up.cadence = Some(crate::model::span::Span::days(14));
        c.transactions
            .push(transaction("t-00000001", "2026-03-01", "99.90", "USD"));
        c.contacts
            .push(contact("k-00000001", "2026-05-01T10:00:00+08:00"));
        c.updated = ts("2026-05-01T10:00:00+08:00");
        let text = toml::to_string(&c.to_toml().unwrap()).unwrap();
        let back: Customer = toml::from_str(&text).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn empty_sub_tables_and_a_false_pin_are_left_out() {
        let mut c = customer();
        c.class.pin = false;
        let text = toml::to_string(&c.to_toml().unwrap()).unwrap();
        for key in [
            "[contact]",
            "[preferences]",
            "[class]",
            "[follow_up]",
            "pin",
            "extra",
        ] {
            assert!(!text.contains(key), "{key} in {text}");
        }
    }
}
