//! Field rules shared by `add`, `set`, `edit` and the importers.

use std::collections::HashSet;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::config::Config;
use super::id::{IdKind, is_id};
use super::record::{Customer, SCHEMA_VERSION};

/// One thing wrong with a record, named by its dotted field path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// A phone number reduced to the form duplicates are compared in: `+` and digits for
/// numbers with a country code (Chinese mobiles and landlines get +86), digits otherwise.
pub fn normalize_phone(text: &str) -> Result<String, String> {
    normalize_phone_in(&crate::i18n::LOADER, text)
}

/// [`normalize_phone`], its error in the language of `loader`.
fn normalize_phone_in(loader: &FluentLanguageLoader, text: &str) -> Result<String, String> {
    let mut s: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.' | '\u{3000}'))
        .collect();
    if let Some(rest) = s.strip_prefix("00") {
        s = format!("+{rest}");
    }
    let (plus, digits) = match s.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let bad = || fl!(loader, "invalid-phone", text = text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let is_cn_mobile =
        |d: &str| d.len() == 11 && d.starts_with('1') && matches!(d.as_bytes()[1], b'3'..=b'9');
    if plus {
        if !(7..=15).contains(&digits.len()) {
            return Err(fl!(loader, "invalid-phone-international", text = text));
        }
        if let Some(national) = digits.strip_prefix("86")
            && national.starts_with('1')
            && !is_cn_mobile(national)
        {
            return Err(fl!(loader, "invalid-phone-cn-digits", text = text));
        }
        return Ok(format!("+{digits}"));
    }
    if is_cn_mobile(digits) {
        return Ok(format!("+86{digits}"));
    }
    if digits.starts_with('1') && digits.len() == 11 {
        return Err(fl!(loader, "invalid-phone-cn-prefix", text = text));
    }
    if digits.starts_with('0') && (10..=12).contains(&digits.len()) {
        return Ok(format!("+86{}", &digits[1..]));
    }
    if (5..=15).contains(&digits.len()) {
        return Ok(digits.to_string());
    }
    Err(bad())
}

pub fn normalize_email(text: &str) -> String {
    text.trim().to_lowercase()
}

pub fn check_email(text: &str) -> Result<(), String> {
    check_email_in(&crate::i18n::LOADER, text)
}

fn check_email_in(loader: &FluentLanguageLoader, text: &str) -> Result<(), String> {
    if email_address::EmailAddress::is_valid(text.trim()) && text.contains('.') {
        Ok(())
    } else {
        Err(fl!(loader, "invalid-email", text = text))
    }
}

/// Every rule a stored record must satisfy, said in the language of this run.
pub fn validate(c: &Customer, config: &Config) -> Vec<Problem> {
    validate_in(&crate::i18n::LOADER, c, config)
}

/// [`validate`], the problems in the language of `loader` (audit's findings are JSON too,
/// so audit asks for English).
pub fn validate_in(loader: &FluentLanguageLoader, c: &Customer, config: &Config) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut add = |field: &str, message: String| {
        problems.push(Problem {
            field: field.to_string(),
            message,
        })
    };
    if c.schema != SCHEMA_VERSION {
        add(
            "schema",
            fl!(
                loader,
                "invalid-schema",
                schema = c.schema.to_string(),
                supported = SCHEMA_VERSION.to_string()
            ),
        );
    }
    if !is_id(IdKind::Customer, &c.id) {
        add("id", fl!(loader, "invalid-id", id = c.id.as_str()));
    }
    if c.name.trim().is_empty() {
        add("name", fl!(loader, "invalid-empty"));
    }
    for phone in &c.contact.phones {
        if let Err(e) = normalize_phone_in(loader, phone) {
            add("contact.phones", e);
        }
    }
    for email in &c.contact.emails {
        if let Err(e) = check_email_in(loader, email) {
            add("contact.emails", e);
        }
    }
    for tag in &c.tags {
        if tag.trim().is_empty()
            || tag
                .chars()
                .any(|ch| ch.is_whitespace() || matches!(ch, ',' | ';' | '，' | '；'))
        {
            add("tags", fl!(loader, "invalid-tag", tag = tag.as_str()));
        }
    }
    if let Some(rfm) = &c.class.rfm
        && (rfm.len() != 3 || !rfm.bytes().all(|b| (b'1'..=b'5').contains(&b)))
    {
        add("class.rfm", fl!(loader, "invalid-rfm", rfm = rfm.as_str()));
    }
    if c.updated < c.created {
        add("updated", fl!(loader, "invalid-updated"));
    }
    let mut ids = HashSet::new();
    let mut entry_id = |field: &str, kind: IdKind, id: &str| {
        if !is_id(kind, id) {
            add(field, fl!(loader, "invalid-entry-id", id = id));
        } else if !ids.insert(id.to_string()) {
            add(field, fl!(loader, "invalid-entry-id-twice", id = id));
        }
    };
    for p in &c.key_people {
        entry_id("key_people.id", IdKind::Person, &p.id);
    }
    for d in &c.dates {
        entry_id("dates.id", IdKind::Date, &d.id);
    }
    for t in &c.transactions {
        entry_id("transactions.id", IdKind::Transaction, &t.id);
    }
    for k in &c.contacts {
        entry_id("contacts.id", IdKind::Contact, &k.id);
    }
    for f in &c.feedback {
        entry_id("feedback.id", IdKind::Feedback, &f.id);
    }
    for p in &c.key_people {
        if p.name.trim().is_empty() {
            add("key_people.name", fl!(loader, "invalid-empty"));
        }
        if let Some(phone) = &p.phone
            && let Err(e) = normalize_phone_in(loader, phone)
        {
            add("key_people.phone", e);
        }
        if let Some(email) = &p.email
            && let Err(e) = check_email_in(loader, email)
        {
            add("key_people.email", e);
        }
    }
    for t in &c.transactions {
        if t.currency.len() != 3 || !t.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            add(
                "transactions.currency",
                fl!(loader, "invalid-currency", currency = t.currency.as_str()),
            );
        }
        if t.quantity == Some(0) {
            add("transactions.quantity", fl!(loader, "invalid-quantity"));
        }
    }
    for k in &c.contacts {
        if k.summary.trim().is_empty() {
            add(
                "contacts.summary",
                fl!(loader, "invalid-summary", id = k.id.as_str()),
            );
        }
    }
    for f in &c.feedback {
        if let Some(r) = f.rating
            && !(1..=5).contains(&r)
        {
            add(
                "feedback.rating",
                fl!(loader, "invalid-rating", rating = r.to_string()),
            );
        }
    }
    for (field, problem) in config.check_extra(loader, &c.extra) {
        add(&field, problem);
    }
    problems
}

/// How `audit --fix` writes a phone number: Chinese numbers with their country code
/// (mobiles grouped as `+86 138 0013 8000`); other numbers as typed, spaces tidied.
pub fn display_phone(text: &str) -> Result<String, String> {
    let n = normalize_phone(text)?;
    if let Some(m) = n.strip_prefix("+86") {
        if m.len() == 11 && m.starts_with('1') {
            return Ok(format!("+86 {} {} {}", &m[..3], &m[3..7], &m[7..]));
        }
        return Ok(format!("+86 {m}"));
    }
    Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_normalize_to_one_form() {
        assert_eq!(normalize_phone("+86 138 0013 8000").unwrap(), "+8613800138000");
        assert_eq!(normalize_phone("138-0013-8000").unwrap(), "+8613800138000");
        assert_eq!(normalize_phone("0086 13800138000").unwrap(), "+8613800138000");
        assert_eq!(normalize_phone("010-6275 1234").unwrap(), "+861062751234");
        assert_eq!(normalize_phone("+1 (415) 555-0100").unwrap(), "+14155550100");
        assert_eq!(normalize_phone("5550100").unwrap(), "5550100");
    }

    #[test]
    fn phones_display_one_way() {
        assert_eq!(display_phone("138-0013-8000").unwrap(), "+86 138 0013 8000");
        assert_eq!(display_phone("+1 (415)  555-0100").unwrap(), "+1 (415) 555-0100");
        assert_eq!(display_phone("010-6275 1234").unwrap(), "+86 1062751234");
    }

    #[test]
    fn bad_phones_are_refused() {
        for bad in [
            "",
            "abc",
            "+86 1380013800",
            "12345678901",
            "+123",
            "138 0013 8000 x12",
            "1234",
        ] {
            assert!(normalize_phone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert!(check_email("zhang.wei@example.cn").is_ok());
        assert!(check_email("张伟@例子.中国").is_ok());
        for bad in ["zhang", "a@b", "@example.com", "a b@example.com"] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }
}
