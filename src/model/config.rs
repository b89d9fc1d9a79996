//! `.crmfile/config.toml`: the store's settings, with documented defaults.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::classify::ClassifyConfig;
use super::date::Date;
use super::record::Tier;
use super::span::Span;
use crate::i18n::fl;

/// The config file `init` writes: every setting at its default, with comments.
pub const DEFAULT_CONFIG: &str = r#"# crmfile store configuration. Every key is optional; shown here at its default.

# The store's currency: sums and RFM use transactions in this currency only.
currency = "CNY"

# Phone numbers typed without a country code are read as numbers of this region.
phone_region = "CN"

[follow_up]
# Follow-up cadence for a customer without a tier default or a cadence of its own.
default_cadence = "30d"

# Default cadence per value tier (a record's own follow_up.cadence wins).
[follow_up.tiers]
strategic = "14d"
important = "30d"
general = "60d"
potential = "90d"

# Classification rules (crmfile classify), evaluated in order: the first rule whose
# conditions all hold sets the value; a rule without `when` always holds. Metrics:
# transactions, monetary, recency_days, r_score, f_score, m_score, monetary_top_percent,
# days_since_first_transaction, days_since_contact, days_since_created, complaints,
# open_complaints (投诉次数: a rule can mark problem customers); bounds: lt, le,
# gt, ge, eq. Giving a list replaces the shipped one. These are the shipped rules:
[classify]
# window_days = 730      # only transactions of the last N days count (default: all)

[[classify.tier]]
tier = "strategic"       # top 5% of buyers by amount
when = { monetary_top_percent = { lt = 5 } }
[[classify.tier]]
tier = "important"       # the next 15%
when = { monetary_top_percent = { lt = 20 } }
[[classify.tier]]
tier = "general"         # every other buyer
when = { transactions = { ge = 1 } }
[[classify.tier]]
tier = "potential"       # no transaction yet

[[classify.lifecycle]]
lifecycle = "potential"
when = { transactions = { eq = 0 } }
[[classify.lifecycle]]
lifecycle = "churned"
when = { recency_days = { gt = 365 } }
[[classify.lifecycle]]
lifecycle = "dormant"
when = { recency_days = { gt = 180 } }
[[classify.lifecycle]]
lifecycle = "new"
when = { days_since_first_transaction = { le = 90 } }
[[classify.lifecycle]]
lifecycle = "loyal"
when = { transactions = { ge = 5 }, recency_days = { le = 90 } }
[[classify.lifecycle]]
lifecycle = "active"

[git]
# When the store is in a git work tree: commit each change crmfile makes, with a message
# naming the command and the record ids (never names).
autocommit = false

[retention]
# Customers with no contact, transaction or feedback for longer than this many days are
# listed by `crmfile audit` as candidates for destruction (off unless set).
# days = 1825

[consent]
# Marketing (holiday greetings, `export --purpose marketing`) reaches only customers who
# gave consent to marketing ("opt-in", PIPL art. 13-14), or everyone but those who
# withdrew it ("opt-out").
marketing = "opt-in"
# `audit` lists customers with contact details and no consent given for each of these
# purposes (e.g. ["service"]).
required = []

[attachments]
# The largest file `crmfile attach` takes, in MB.
max_mb = 25

[review]
# `remind --kind review` lists customers whose details were not checked (`set … verified=today`)
# for longer than this many days, counted from creation when never (off unless set).
# days = 365

[access_log]
# One line per command that decrypts or writes records: time, member, command, ids.
# Never names. With a team (.crmfile/team.toml) each member's lines go to
# .crmfile/access/<member>@<clone>.log, hash-chained and carried by git; `shared = false` keeps
# them in .crmfile/access.log on this machine only (as without a team).
enabled = true
shared = true

[feedback]
# A complaint not resolved this long after it was made is listed by `remind`.
sla = "2d"
# After a complaint is resolved, call the customer back (回访) this much later.
callback = "7d"

[credit]
# Days a purchase on account may stay unpaid (账期) when the customer has no terms of its
# own (credit.terms); `log-purchase --paid` records a cash sale.
terms = 30
# Credit ratings, best first, and the other names they are typed as.
ratings = ["A", "B", "C", "D"]
aliases = { "优" = "A", "良" = "B", "中" = "C", "差" = "D" }

[greetings]
# `remind --kind greeting` lists customers of these tiers, or with one of these tags,
# before 春节, 元宵, 端午, 中秋, 重阳 (lunar), 元旦 and 国庆, and the holidays below.
tiers = ["strategic", "important"]
tags = []
# holidays = [{ name = "公司周年庆", date = "06-18" }, { name = "腊八", lunar = "12-08" }]

# Custom fields, stored under [extra] in each record and validated like built-in ones:
# [fields.floor]
# type = "int"            # string | int | decimal | date | bool | enum
# required = false
# [fields.industry_code]
# type = "string"
# pattern = "^[A-Z][0-9]{4}$"
# [fields.plan]
# type = "enum"
# values = ["basic", "pro"]
"#;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The store's identity, written by `init` (or on the first write to an older store):
    /// what the user's trust in its recipients files is bound to, wherever the store lives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store_id: Option<String>,
    pub currency: String,
    /// The region of phone numbers typed without a country code (CN, HK, US…).
    pub phone_region: String,
    pub follow_up: FollowUpConfig,
    pub feedback: FeedbackConfig,
    pub credit: CreditConfig,
    pub classify: ClassifyConfig,
    pub fields: BTreeMap<String, FieldDef>,
    pub git: GitConfig,
    pub retention: RetentionConfig,
    pub review: ReviewConfig,
    pub attachments: AttachmentsConfig,
    pub consent: ConsentConfig,
    pub access_log: AccessLogConfig,
    pub greetings: GreetingsConfig,
}

/// Who `remind --kind greeting` lists before a holiday, and the store's own holidays.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct GreetingsConfig {
    /// Customers of these tiers are greeted…
    pub tiers: Vec<Tier>,
    /// …and customers with any of these tags.
    pub tags: Vec<String>,
    /// Holidays beyond 春节, 元宵, 端午, 中秋, 重阳, 元旦 and 国庆.
    pub holidays: Vec<Holiday>,
}

impl Default for GreetingsConfig {
    fn default() -> Self {
        GreetingsConfig {
            tiers: vec![Tier::Strategic, Tier::Important],
            tags: Vec::new(),
            holidays: Vec::new(),
        }
    }
}

/// A holiday of the store's: `{ name = "公司周年庆", date = "06-18" }`, or with
/// `lunar = "08-15"` for a day of the Chinese calendar.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lunar: Option<String>,
}

impl Holiday {
    /// The holiday's month and day, and whether they are of the Chinese calendar; a
    /// holiday with both or neither of `date` and `lunar`, or a day that is not `MM-DD`,
    /// is an error naming it.
    pub fn month_day(&self) -> Result<(u8, u8, bool), String> {
        let (text, lunar) = match (&self.date, &self.lunar) {
            (Some(date), None) => (date, false),
            (None, Some(date)) => (date, true),
            _ => return Err(fl!("config-holiday-one-date", name = self.name.as_str())),
        };
        let max_day = if lunar { 30 } else { 31 };
        text.split_once('-')
            .and_then(|(m, d)| Some((m.trim().parse::<u8>().ok()?, d.trim().parse::<u8>().ok()?)))
            .filter(|(m, d)| (1..=12).contains(m) && (1..=max_day).contains(d))
            .map(|(m, d)| (m, d, lunar))
            .ok_or_else(|| {
                fl!(
                    "config-holiday-date",
                    name = self.name.as_str(),
                    text = text.as_str()
                )
            })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionConfig {
    /// Customers without activity for longer are listed by `audit` for destruction.
    pub days: Option<u32>,
}

/// Documents kept with customers.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AttachmentsConfig {
    /// The largest file `attach` takes, in MB (10^6 bytes).
    pub max_mb: u64,
}

impl Default for AttachmentsConfig {
    fn default() -> Self {
        AttachmentsConfig { max_mb: 25 }
    }
}

/// Who marketing may reach, and which purposes every customer needs consent for.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConsentConfig {
    pub marketing: MarketingRule,
    pub required: Vec<super::record::Purpose>,
}

/// Marketing to consenting customers only, or to all who did not withdraw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MarketingRule {
    /// Only customers who gave consent to marketing: what the law asks (PIPL art. 13-14,
    /// Advertising Law art. 43), so the default, for stores made before consents were
    /// kept too.
    #[default]
    OptIn,
    /// Everyone but those who withdrew it.
    OptOut,
}

impl ConsentConfig {
    /// Whether marketing may reach `c`.
    pub fn marketing_allowed(&self, c: &super::record::Customer) -> bool {
        use super::record::{ConsentStatus, Purpose};
        !matches!(
            (self.marketing, c.consent(Purpose::Marketing)),
            (_, Some(ConsentStatus::Withdrawn)) | (MarketingRule::OptIn, None)
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReviewConfig {
    /// Customers whose details were not verified for longer are listed by
    /// `remind --kind review`.
    pub days: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AccessLogConfig {
    /// Append a line (time, user, command, ids) to .crmfile/access.log for every command
    /// that decrypts or writes records.
    pub enabled: bool,
    /// In a store with a team (`.crmfile/team.toml`), write each member's lines to
    /// `.crmfile/access/<member>@<clone>.log`, which git carries, hash-chained; `false` keeps the
    /// log on this machine only.
    pub shared: bool,
}

impl Default for AccessLogConfig {
    fn default() -> Self {
        AccessLogConfig {
            enabled: true,
            shared: true,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct GitConfig {
    /// Commit every file a write command changed, with the command and ids as message.
    pub autocommit: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeedbackConfig {
    /// How long a complaint may stay unresolved before `remind` lists it.
    pub sla: Span,
    /// How long after resolution the customer is called back (回访).
    pub callback: Span,
}

impl Default for FeedbackConfig {
    fn default() -> Self {
        FeedbackConfig {
            sla: Span::days(2),
            callback: Span::days(7),
        }
    }
}

/// Credit terms and ratings.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CreditConfig {
    /// Days to pay a purchase on account when the customer has no terms of its own.
    pub terms: u32,
    /// The ratings, best first.
    pub ratings: Vec<String>,
    /// Other names of ratings: `优 = "A"`.
    pub aliases: BTreeMap<String, String>,
}

impl Default for CreditConfig {
    fn default() -> Self {
        CreditConfig {
            terms: 30,
            ratings: ["A", "B", "C", "D"].map(String::from).to_vec(),
            aliases: [("优", "A"), ("良", "B"), ("中", "C"), ("差", "D")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .into_iter()
                .collect(),
        }
    }
}

impl CreditConfig {
    /// The rating a typed name stands for (`优` is `A`, `b` is `B`).
    pub fn rating(&self, text: &str) -> Result<String, String> {
        let t = text.trim();
        let t = self.aliases.get(t).map_or(t, String::as_str);
        self.ratings
            .iter()
            .find(|r| r.eq_ignore_ascii_case(t))
            .cloned()
            .ok_or_else(|| fl!("error-not-one-of", text = text, values = self.ratings.join(", ")))
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            store_id: None,
            currency: "CNY".into(),
            phone_region: "CN".into(),
            follow_up: FollowUpConfig::default(),
            feedback: FeedbackConfig::default(),
            credit: CreditConfig::default(),
            classify: ClassifyConfig::default(),
            fields: BTreeMap::new(),
            git: GitConfig::default(),
            retention: RetentionConfig::default(),
            review: ReviewConfig::default(),
            attachments: AttachmentsConfig::default(),
            consent: ConsentConfig::default(),
            access_log: AccessLogConfig::default(),
            greetings: GreetingsConfig::default(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct FollowUpConfig {
    pub default_cadence: Span,
    pub tiers: BTreeMap<Tier, Span>,
}

impl Default for FollowUpConfig {
    fn default() -> Self {
        let tiers = [
            (Tier::Strategic, Span::days(14)),
            (Tier::Important, Span::days(30)),
            (Tier::General, Span::days(60)),
            (Tier::Potential, Span::days(90)),
        ];
        FollowUpConfig {
            default_cadence: Span::days(30),
            tiers: tiers.into_iter().collect(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    String,
    Int,
    Decimal,
    Date,
    Bool,
    Enum,
}

/// A custom field declared under `[fields.NAME]`.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    #[serde(rename = "type")]
    pub kind: FieldType,
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub description: Option<String>,
}

impl Config {
    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| describe_toml_error(&e, text))?;
        config.check()?;
        Ok(config)
    }

    /// Rules that serde cannot express: field names, patterns, enum values.
    fn check(&self) -> Result<(), String> {
        self.classify.check()?;
        for h in &self.greetings.holidays {
            h.month_day()?;
        }
        for (alias, rating) in &self.credit.aliases {
            if !self.credit.ratings.contains(rating) {
                return Err(fl!(
                    "config-credit-alias",
                    alias = alias.as_str(),
                    rating = rating.as_str(),
                    ratings = self.credit.ratings.join(", ")
                ));
            }
        }
        super::phone::parse_region(&self.phone_region)?;
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(fl!("config-currency", currency = self.currency.as_str()));
        }
        for (name, def) in &self.fields {
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(fl!("config-field-name", name = name.as_str()));
            }
            if let Some(p) = &def.pattern {
                regex::Regex::new(p).map_err(|e| format!("fields.{name}.pattern: {e}"))?;
            }
            if def.kind == FieldType::Enum && def.values.is_empty() {
                return Err(fl!("config-enum-values", name = name.as_str()));
            }
        }
        Ok(())
    }

    /// The follow-up cadence for a record without one of its own.
    pub fn cadence_for(&self, tier: Option<Tier>) -> Span {
        tier.and_then(|t| self.follow_up.tiers.get(&t).copied())
            .unwrap_or(self.follow_up.default_cadence)
    }

    /// Turns what a user typed for `extra.NAME` into the stored value.
    pub fn parse_extra(
        &self,
        name: &str,
        text: &str,
        today: chrono::NaiveDate,
    ) -> Result<toml::Value, String> {
        let def = self
            .fields
            .get(name)
            .ok_or_else(|| fl!("extra-undeclared-named", name = name))?;
        let text = text.trim();
        let value = match def.kind {
            FieldType::String | FieldType::Enum => toml::Value::String(text.to_string()),
            FieldType::Int => toml::Value::Integer(
                text.parse()
                    .map_err(|_| fl!("extra-not-int", name = name, text = text))?,
            ),
            FieldType::Decimal => {
                let d =
                    parse_decimal(text).ok_or_else(|| fl!("extra-not-decimal", name = name, text = text))?;
                toml::Value::String(d.to_string())
            }
            FieldType::Date => {
                let d = Date(super::when::parse_date(text, today).map_err(|e| format!("extra.{name}: {e}"))?);
                toml::Value::Datetime(d.to_string().parse().expect("a date is a TOML datetime"))
            }
            FieldType::Bool => toml::Value::Boolean(match text.to_lowercase().as_str() {
                "true" | "yes" | "1" => true,
                "false" | "no" | "0" => false,
                _ => return Err(fl!("extra-not-bool", name = name, text = text)),
            }),
        };
        let problems = self.check_one(&crate::i18n::LOADER, name, def, &value);
        match problems {
            Some(p) => Err(format!("extra.{name}: {p}")),
            None => Ok(value),
        }
    }

    fn check_one(
        &self,
        loader: &i18n_embed::fluent::FluentLanguageLoader,
        name: &str,
        def: &FieldDef,
        value: &toml::Value,
    ) -> Option<String> {
        use i18n_embed_fl::fl;
        let ok = match (def.kind, value) {
            (FieldType::String, toml::Value::String(_)) => true,
            (FieldType::Enum, toml::Value::String(s)) => {
                if !def.values.contains(s) {
                    return Some(fl!(
                        loader,
                        "extra-not-one-of",
                        name = name,
                        value = s.as_str(),
                        values = def.values.join(", ")
                    ));
                }
                true
            }
            (FieldType::Int, toml::Value::Integer(_)) => true,
            (FieldType::Decimal, toml::Value::String(s)) => s.parse::<Decimal>().is_ok(),
            (FieldType::Date, toml::Value::Datetime(d)) => d.date.is_some() && d.time.is_none(),
            (FieldType::Bool, toml::Value::Boolean(_)) => true,
            _ => false,
        };
        if !ok {
            return Some(fl!(
                loader,
                "extra-wrong-type",
                kind = format!("{:?}", def.kind).to_lowercase()
            ));
        }
        if let (Some(pattern), toml::Value::String(s)) = (&def.pattern, value) {
            let re = regex::Regex::new(pattern).expect("checked when the config was read");
            if !re.is_match(s) {
                return Some(fl!(
                    loader,
                    "extra-pattern",
                    name = name,
                    value = s.as_str(),
                    pattern = pattern.as_str()
                ));
            }
        }
        None
    }

    /// Problems with a record's `[extra]` table: undeclared keys, wrong types, patterns,
    /// missing required fields.
    pub fn check_extra(
        &self,
        loader: &i18n_embed::fluent::FluentLanguageLoader,
        extra: &toml::Table,
    ) -> Vec<(String, String)> {
        use i18n_embed_fl::fl;
        let mut out = Vec::new();
        for (name, value) in extra {
            match self.fields.get(name) {
                // Columns an import kept as they were (`import --keep-unmapped`).
                None if name == super::sheet::IMPORTED
                    && value
                        .as_table()
                        .is_some_and(|t| t.values().all(toml::Value::is_str)) => {}
                None => out.push((format!("extra.{name}"), fl!(loader, "extra-undeclared"))),
                Some(def) => {
                    if let Some(p) = self.check_one(loader, name, def, value) {
                        out.push((format!("extra.{name}"), p));
                    }
                }
            }
        }
        for (name, def) in &self.fields {
            if def.required && !extra.contains_key(name) {
                out.push((format!("extra.{name}"), fl!(loader, "extra-required")));
            }
        }
        out
    }
}

/// An exact decimal as people write it: digits, an optional point and fraction, an
/// optional minus. Nothing else (no `1e3`, no `12_5`), so a typo is an error, not an amount.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    // Up to 20 digits before the point and 12 after, 28 in all: exact in a Decimal,
    // never rounded.
    let ok = (1..=20).contains(&int.len())
        && (1..=12).contains(&frac.len())
        && int.len() + frac.len() <= 28
        && (int.bytes().chain(frac.bytes())).all(|b| b.is_ascii_digit());
    if ok { t.parse().ok() } else { None }
}

/// An amount as people type it: `100000`, `100,000.00`, `¥2,000`, `8000元`, `10万`,
/// `1.5万`, `2亿`; exact, never through floating point. A comma separates thousands
/// only (`12,5` is refused, not read as 125: elsewhere it is a decimal comma).
pub fn parse_money(text: &str) -> Option<Decimal> {
    let t: String = text
        .trim()
        .trim_start_matches(['¥', '￥', '$'])
        .trim_end_matches(['元', '圆'])
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '，' { ',' } else { c })
        .collect();
    let number = t.trim_start_matches('-').trim_end_matches(['万', '亿']);
    let whole = number.split('.').next().unwrap_or_default();
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    if whole.contains(',') && !((1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)) {
        return None;
    }
    if number
        .split('.')
        .nth(1)
        .is_some_and(|fraction| fraction.contains(','))
    {
        return None;
    }
    let t = t.replace(',', "");
    let (number, scale) = if let Some(n) = t.strip_suffix('万') {
        (n, Decimal::from(10_000))
    } else if let Some(n) = t.strip_suffix('亿') {
        (n, Decimal::from(100_000_000))
    } else {
        (t.as_str(), Decimal::ONE)
    };
    parse_decimal(number)?.checked_mul(scale)
}

/// Typed values for `[extra]` from JSON input: a date field given as "YYYY-MM-DD"
/// becomes a TOML date, a decimal given as a number its exact text.
pub fn normalize_extra(config: &Config, extra: &mut toml::Table) {
    for (name, value) in extra.iter_mut() {
        let Some(def) = config.fields.get(name) else {
            continue;
        };
        match (def.kind, &*value) {
            (FieldType::Date, toml::Value::String(s)) => {
                if let Ok(d) = s.parse::<Date>() {
                    *value = toml::Value::Datetime(d.to_string().parse().expect("a date is a TOML datetime"));
                }
            }
            (FieldType::Decimal, toml::Value::Integer(i)) => *value = toml::Value::String(i.to_string()),
            _ => {}
        }
    }
}

/// A TOML error's message and line:column, without the source line that `Display`
/// quotes (the line may hold personal data, and error text ends up in cron mail).
pub fn describe_toml_error(e: &toml::de::Error, source: &str) -> String {
    let message = e.message().trim_end();
    match e.span() {
        Some(span) => {
            let before = &source.as_bytes()[..span.start.min(source.len())];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
            format!("line {line}, column {column}: {message}")
        }
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_config_is_the_default() {
        // What `init` writes, read back, is every default: the commented file and the
        // Rust defaults cannot drift apart.
        assert_eq!(Config::parse(DEFAULT_CONFIG).unwrap(), Config::default());
        let c = Config::default();
        assert_eq!(c.cadence_for(Some(Tier::Strategic)).to_string(), "14d");
        assert_eq!(c.cadence_for(None).to_string(), "30d");
    }

    #[test]
    fn typos_and_bad_fields_are_errors() {
        assert!(Config::parse("curency = \"CNY\"").is_err());
        assert!(Config::parse("[fields.x]\ntype = \"enum\"\n").is_err());
        assert!(Config::parse("[fields.x]\ntype = \"string\"\npattern = \"(\"\n").is_err());
    }

    #[test]
    fn decimals_are_digits_with_an_optional_point_and_minus() {
        assert_eq!(parse_decimal(" 25800.00 "), Some("25800.00".parse().unwrap()));
        assert_eq!(parse_decimal("-12.5"), Some("-12.5".parse().unwrap()));
        assert_eq!(parse_decimal("7"), Some(Decimal::from(7)));
        for bad in ["1e3", "12_5", ".5", "5.", "+5", "--5", "1,000", "", "-", "1.2.3"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn decimals_have_at_most_20_digits_before_and_12_after_the_point() {
        assert!(parse_decimal(&"9".repeat(20)).is_some());
        assert!(parse_decimal(&"9".repeat(21)).is_none());
        assert!(parse_decimal(&format!("1.{}", "5".repeat(12))).is_some());
        assert!(parse_decimal(&format!("1.{}", "5".repeat(13))).is_none());
        assert!(parse_decimal(&format!("{}.{}", "9".repeat(17), "5".repeat(12))).is_none());
    }

    #[test]
    fn a_currency_must_be_three_upper_case_letters() {
        assert!(Config::parse("currency = \"cny\"").is_err());
        assert!(Config::parse("currency = \"EURO\"").is_err());
        assert_eq!(Config::parse("currency = \"EUR\"").unwrap().currency, "EUR");
    }

    #[test]
    fn a_field_name_is_letters_digits_underscore_and_dash() {
        assert!(Config::parse("[fields.\"floor no\"]\ntype = \"int\"\n").is_err());
        assert!(Config::parse("[fields.\"\"]\ntype = \"int\"\n").is_err());
        assert!(Config::parse("[fields.floor_no-2]\ntype = \"int\"\n").is_ok());
        assert!(Config::parse("[fields.x]\ntype = \"float\"\n").is_err());
    }

    #[test]
    fn a_tier_without_its_own_cadence_uses_the_default() {
        let c =
            Config::parse("[follow_up]\ndefault_cadence = \"3w\"\n[follow_up.tiers]\nstrategic = \"7d\"\n")
                .unwrap();
        assert_eq!(c.cadence_for(Some(Tier::Strategic)).to_string(), "7d");
        assert_eq!(c.cadence_for(Some(Tier::General)).to_string(), "3w");
    }

    #[test]
    fn extra_decimals_dates_and_bools_are_stored_typed() {
        let c = Config::parse(
            "[fields.rate]\ntype = \"decimal\"\n[fields.renewal]\ntype = \"date\"\n[fields.vip]\ntype = \"bool\"\n",
        )
        .unwrap();
        assert_eq!(
            c.parse_extra("rate", " 0.15 ", today()).unwrap(),
            toml::Value::String("0.15".into())
        );
        assert!(c.parse_extra("rate", "1e2", today()).is_err());
        let renewal = c.parse_extra("renewal", "+1w", today()).unwrap();
        assert_eq!(renewal.as_datetime().unwrap().to_string(), "2026-11-30");
        assert!(c.parse_extra("renewal", "someday", today()).is_err());
        assert_eq!(
            c.parse_extra("vip", "Yes", today()).unwrap(),
            toml::Value::Boolean(true)
        );
        assert_eq!(
            c.parse_extra("vip", "0", today()).unwrap(),
            toml::Value::Boolean(false)
        );
        assert!(c.parse_extra("vip", "maybe", today()).is_err());
    }

    #[test]
    fn stored_extra_values_of_the_wrong_type_are_problems() {
        let c = Config::parse(
            "[fields.renewal]\ntype = \"date\"\n[fields.plan]\ntype = \"enum\"\nvalues = [\"pro\"]\n",
        )
        .unwrap();
        let mut extra = toml::Table::new();
        extra.insert(
            "renewal".into(),
            toml::Value::Datetime("2026-11-30T10:00:00Z".parse().unwrap()),
        );
        extra.insert("plan".into(), toml::Value::String("basic".into()));
        let problems = c.check_extra(&crate::i18n::ENGLISH, &extra);
        let fields: Vec<&str> = problems.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["extra.renewal", "extra.plan"]);
        assert!(problems[1].1.contains("basic"), "{problems:?}");
    }

    #[test]
    fn extra_values_from_json_are_given_their_declared_types() {
        let c =
            Config::parse("[fields.renewal]\ntype = \"date\"\n[fields.rate]\ntype = \"decimal\"\n").unwrap();
        let mut extra = toml::Table::new();
        extra.insert("renewal".into(), toml::Value::String("2026-12-01".into()));
        extra.insert("rate".into(), toml::Value::Integer(3));
        extra.insert("other".into(), toml::Value::String("2026-12-01".into()));
        normalize_extra(&c, &mut extra);
        assert_eq!(extra["renewal"].as_datetime().unwrap().to_string(), "2026-12-01");
        assert_eq!(extra["rate"], toml::Value::String("3".into()));
        assert_eq!(extra["other"], toml::Value::String("2026-12-01".into()));
    }

    #[test]
    fn a_toml_error_names_line_and_column_without_quoting_the_line() {
        let source = "currency = \"CNY\"\nsecret = 张伟 \n";
        let e = toml::from_str::<toml::Table>(source).unwrap_err();
        let text = describe_toml_error(&e, source);
        assert!(text.starts_with("line 2, column 10: "), "{text}");
        assert!(!text.contains("张伟"), "{text}");
    }

    fn today() -> chrono::NaiveDate {
        "2026-11-23".parse().unwrap()
    }

    #[test]
    fn extra_values_are_typed_and_checked() {
        let c = Config::parse(
            "[fields.floor]\ntype = \"int\"\n[fields.plan]\ntype = \"enum\"\nvalues = [\"basic\", \"pro\"]\n[fields.code]\ntype = \"string\"\npattern = \"^[A-Z][0-9]{2}$\"\nrequired = true\n",
        )
        .unwrap();
        assert_eq!(
            c.parse_extra("floor", "12", today()).unwrap(),
            toml::Value::Integer(12)
        );
        assert!(c.parse_extra("floor", "twelve", today()).is_err());
        assert!(c.parse_extra("plan", "gold", today()).is_err());
        assert!(c.parse_extra("code", "a12", today()).is_err());
        assert!(c.parse_extra("nope", "1", today()).is_err());
        let mut extra = toml::Table::new();
        extra.insert("floor".into(), toml::Value::String("x".into()));
        let problems = c.check_extra(&crate::i18n::ENGLISH, &extra);
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn money_as_people_type_it_is_read_exactly() {
        let m = |s: &str| parse_money(s).map(|d| d.to_string());
        assert_eq!(m("100000").as_deref(), Some("100000"));
        assert_eq!(m("100,000.50").as_deref(), Some("100000.50"));
        assert_eq!(m("¥2,000").as_deref(), Some("2000"));
        assert_eq!(m("8000元").as_deref(), Some("8000"));
        assert_eq!(m("10万").as_deref(), Some("100000"));
        assert_eq!(m("1.5万").as_deref(), Some("15000.0"));
        assert_eq!(m("2亿").as_deref(), Some("200000000"));
        assert_eq!(m("1e5"), None);
        // A comma separates thousands only: a decimal comma is refused, not read as 125.
        assert_eq!(m("1,000万").as_deref(), Some("10000000"));
        assert_eq!(m("1，234，567").as_deref(), Some("1234567"));
        for bad in ["12,5", "12,5.0", "1,23", "1234,567", "1.000,50", ",100"] {
            assert_eq!(m(bad), None, "{bad}");
        }
        assert_eq!(m("万"), None);
        assert_eq!(m("lots"), None);
    }

    #[test]
    fn a_rating_alias_must_name_a_rating() {
        let bad = "[credit]\nratings = [\"A\", \"B\"]\naliases = { \"差\" = \"D\" }\n";
        assert!(Config::parse(bad).unwrap_err().contains("差"));
        let c = Config::default();
        assert_eq!(c.credit.rating("优").unwrap(), "A");
        assert_eq!(c.credit.rating(" d ").unwrap(), "D");
        assert!(c.credit.rating("E").unwrap_err().contains("A, B, C, D"));
    }

    #[test]
    fn a_malformed_holiday_is_an_error_naming_it() {
        let with = |h: &str| Config::parse(&format!("[greetings]\nholidays = [{h}]\n"));
        assert!(with(r#"{ name = "周年庆", date = "06-18" }"#).is_ok());
        assert!(with(r#"{ name = "腊八", lunar = "12-08" }"#).is_ok());
        for bad in [
            r#"{ name = "周年庆", date = "6月18日" }"#,
            r#"{ name = "周年庆", date = "13-01" }"#,
            r#"{ name = "周年庆" }"#,
            r#"{ name = "周年庆", date = "06-18", lunar = "05-01" }"#,
            r#"{ name = "腊八", lunar = "12-31" }"#,
        ] {
            let e = with(bad).unwrap_err();
            assert!(e.contains("周年庆") || e.contains("腊八"), "{bad}: {e}");
        }
    }
}
