//! Field rules shared by `add`, `set`, `edit` and the importers.

use std::collections::HashSet;

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
    let bad = || format!("`{text}` is not a phone number");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let is_cn_mobile =
        |d: &str| d.len() == 11 && d.starts_with('1') && matches!(d.as_bytes()[1], b'3'..=b'9');
    if plus {
        if !(7..=15).contains(&digits.len()) {
            return Err(format!("`{text}`: an international number has 7 to 15 digits"));
        }
        if let Some(national) = digits.strip_prefix("86")
            && national.starts_with('1')
            && !is_cn_mobile(national)
        {
            return Err(format!(
                "`{text}`: a Chinese mobile number has 11 digits starting 13-19"
            ));
        }
        return Ok(format!("+{digits}"));
    }
    if is_cn_mobile(digits) {
        return Ok(format!("+86{digits}"));
    }
    if digits.starts_with('1') && digits.len() == 11 {
        return Err(format!("`{text}`: a Chinese mobile number starts 13-19"));
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
    if email_address::EmailAddress::is_valid(text.trim()) && text.contains('.') {
        Ok(())
    } else {
        Err(format!("`{text}` is not an email address"))
    }
}

/// Every rule a stored record must satisfy.
pub fn validate(c: &Customer, config: &Config) -> Vec<Problem> {
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
            format!(
                "record format {} is not supported (this crmfile reads {SCHEMA_VERSION})",
                c.schema
            ),
        );
    }
    if !is_id(IdKind::Customer, &c.id) {
        add(
            "id",
            format!("`{}` is not a customer id (c- and 8 characters)", c.id),
        );
    }
    if c.name.trim().is_empty() {
        add("name", "must not be empty".into());
    }
    for phone in &c.contact.phones {
        if let Err(e) = normalize_phone(phone) {
            add("contact.phones", e);
        }
    }
    for email in &c.contact.emails {
        if let Err(e) = check_email(email) {
            add("contact.emails", e);
        }
    }
    for tag in &c.tags {
        if tag.trim().is_empty()
            || tag
                .chars()
                .any(|ch| ch.is_whitespace() || matches!(ch, ',' | ';' | '，' | '；'))
        {
            add(
                "tags",
                format!("`{tag}`: a tag is one word, without spaces, commas or semicolons"),
            );
        }
    }
    if let Some(rfm) = &c.class.rfm
        && (rfm.len() != 3 || !rfm.bytes().all(|b| (b'1'..=b'5').contains(&b)))
    {
        add("class.rfm", format!("`{rfm}` is not three scores 1-5"));
    }
    if c.updated < c.created {
        add("updated", "is before `created`".into());
    }
    let mut ids = HashSet::new();
    let mut entry_id = |field: &str, kind: IdKind, id: &str| {
        if !is_id(kind, id) {
            add(field, format!("`{id}` is not a well-formed entry id"));
        } else if !ids.insert(id.to_string()) {
            add(field, format!("entry id `{id}` appears twice"));
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
            add("key_people.name", "must not be empty".into());
        }
        if let Some(phone) = &p.phone
            && let Err(e) = normalize_phone(phone)
        {
            add("key_people.phone", e);
        }
        if let Some(email) = &p.email
            && let Err(e) = check_email(email)
        {
            add("key_people.email", e);
        }
    }
    for t in &c.transactions {
        if t.currency.len() != 3 || !t.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            add(
                "transactions.currency",
                format!("`{}` is not a currency code like CNY", t.currency),
            );
        }
        if t.quantity == Some(0) {
            add("transactions.quantity", "must be at least 1".into());
        }
    }
    for k in &c.contacts {
        if k.summary.trim().is_empty() {
            add("contacts.summary", format!("entry {} has an empty summary", k.id));
        }
    }
    for f in &c.feedback {
        if let Some(r) = f.rating
            && !(1..=5).contains(&r)
        {
            add("feedback.rating", format!("{r} is not a rating from 1 to 5"));
        }
    }
    for (field, problem) in config.check_extra(&c.extra) {
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
