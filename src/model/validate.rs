//! Field rules shared by `add`, `set`, `edit` and the importers.

use std::collections::HashSet;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::config::Config;
use super::id::{IdKind, is_id};
use super::phone::is_cn_mobile;
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

/// A stored value as findings and errors may show it: a phone-like value keeps its first
/// three and last four digits (`138****8000`), anything else only its first character
/// and a mark, so a message never repeats what a record holds (terminals, logs and
/// support tickets keep what is printed).
pub fn mask(text: &str) -> String {
    let text = text.trim();
    let digits: Vec<char> = text.chars().filter(char::is_ascii_digit).collect();
    let phone_like = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
    if phone_like && digits.len() >= 9 {
        let head: String = digits[..3].iter().collect();
        let tail: String = digits[digits.len() - 4..].iter().collect();
        return format!("{head}****{tail}");
    }
    match text.chars().next() {
        Some(first) if !first.is_control() && text.chars().count() > 3 => format!("{first}****"),
        _ => "****".to_string(),
    }
}

/// A phone number reduced to the form duplicates are compared in: `+` and digits for
/// numbers with a country code (Chinese mobiles and landlines get +86), digits otherwise.
pub fn normalize_phone(text: &str) -> Result<String, String> {
    normalize_phone_in(&crate::i18n::LOADER, text)
}

/// [`normalize_phone`], its error in the language of `loader`.
fn normalize_phone_in(loader: &FluentLanguageLoader, text: &str) -> Result<String, String> {
    let mut s: String = phone_main(text)
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
    // Masked only for an error: most numbers are fine.
    let shown = || mask(text);
    let bad = || fl!(loader, "invalid-phone", text = shown());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    if plus {
        if !(7..=15).contains(&digits.len()) {
            return Err(fl!(loader, "invalid-phone-international", text = shown()));
        }
        // Beijing's area code is 10: `+86 10 …` is a landline, not a short mobile.
        if let Some(national) = digits.strip_prefix("86")
            && national.starts_with('1')
            && !national.starts_with("10")
            && !is_cn_mobile(national)
        {
            return Err(fl!(loader, "invalid-phone-cn-digits", text = shown()));
        }
        return Ok(format!("+{digits}"));
    }
    if is_cn_mobile(digits) {
        return Ok(format!("+86{digits}"));
    }
    if digits.starts_with('1') && digits.len() == 11 {
        return Err(fl!(loader, "invalid-phone-cn-prefix", text = shown()));
    }
    if digits.starts_with('0') && (10..=12).contains(&digits.len()) {
        return Ok(format!("+86{}", &digits[1..]));
    }
    if (5..=15).contains(&digits.len()) {
        return Ok(digits.to_string());
    }
    Err(bad())
}

/// The marks before a phone's extension (`ext. 8001`, `转8001`, `分机 8001`).
const EXTENSION_MARKS: [&str; 3] = ["ext.", "转", "分机"];

/// A phone text split at its extension's mark: the number, and what follows the mark.
fn split_extension(text: &str) -> (&str, Option<&str>) {
    EXTENSION_MARKS
        .iter()
        .find_map(|m| text.find(m).map(|at| (&text[..at], Some(&text[at + m.len()..]))))
        .unwrap_or((text, None))
}

/// The number of a phone text without its extension, which is no part of the number
/// compared.
pub fn phone_main(text: &str) -> &str {
    split_extension(text).0
}

/// The extension of a phone text (`8001` of `010-6275-1234 转 8001`): its digits, when
/// it has one.
pub fn phone_extension(text: &str) -> Option<&str> {
    let digits = split_extension(text).1?.trim();
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

pub fn normalize_email(text: &str) -> String {
    text.trim().to_lowercase()
}

pub fn check_email(text: &str) -> Result<(), String> {
    check_email_in(&crate::i18n::LOADER, text)
}

fn check_email_in(loader: &FluentLanguageLoader, text: &str) -> Result<(), String> {
    let text_trimmed = text.trim();
    // The domain (after the last `@`) must hold a dot: a dot in the local part says
    // nothing about whether `localhost`-style domains slip through.
    let dotted_domain = text_trimmed
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.contains('.'));
    if email_address::EmailAddress::is_valid(text_trimmed) && dotted_domain {
        Ok(())
    } else {
        Err(fl!(loader, "invalid-email", text = mask(text)))
    }
}

/// Every rule a stored record must satisfy, said in the language of this run.
pub fn validate(c: &Customer, config: &Config) -> Vec<Problem> {
    validate_in(&crate::i18n::LOADER, c, config)
}

/// Tags and products a sheet could not give back whole: items holding a list separator
/// (`,` `;` `、`, in either width), on which a spreadsheet's cell of the list is split.
/// Refused as they come in by hand (`add`, `edit`) unless `before`, the record as it
/// was, held them already: records that hold them stay valid (an export to a sheet warns
/// of them), and an NDJSON import, which gives them back whole, takes them.
/// Tags with a comma or semicolon are [`validate`]'s to refuse; the enumeration comma is
/// this check's.
pub fn split_items(c: &Customer, before: Option<&Customer>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let held = |old: Option<&Vec<String>>, item: &String| old.is_some_and(|o| o.contains(item));
    for tag in &c.tags {
        if tag.contains('、') && !held(before.map(|b| &b.tags), tag) {
            problems.push(Problem {
                field: "tags".into(),
                message: crate::i18n::fl!("invalid-list-item", item = mask(tag)),
            });
        }
    }
    for product in &c.preferences.products {
        if super::fields::holds_separator(product) && !held(before.map(|b| &b.preferences.products), product)
        {
            problems.push(Problem {
                field: "preferences.products".into(),
                message: crate::i18n::fl!("invalid-list-item", item = product.clone()),
            });
        }
    }
    problems
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
        add("id", fl!(loader, "invalid-id", id = mask(&c.id)));
    }
    if c.name.trim().is_empty() {
        add("name", fl!(loader, "invalid-empty"));
    }
    for phone in &c.contact.phones {
        if let Err(e) = normalize_phone_in(loader, &phone.number) {
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
            add("tags", fl!(loader, "invalid-tag", tag = mask(tag)));
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
    for p in &c.payments {
        entry_id("payments.id", IdKind::Payment, &p.id);
    }
    for k in &c.consents {
        entry_id("consents.id", IdKind::Consent, &k.id);
    }
    for a in &c.attachments {
        entry_id("attachments.id", IdKind::Attachment, &a.id);
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
    for a in &c.attachments {
        if a.sha256.len() != 64
            || !a
                .sha256
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        {
            add(
                "attachments.sha256",
                fl!(loader, "invalid-sha256", id = a.id.as_str()),
            );
        }
    }
    for p in &c.payments {
        if p.currency.len() != 3 || !p.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            add(
                "payments.currency",
                fl!(loader, "invalid-currency", currency = p.currency.as_str()),
            );
        }
        if p.amount <= rust_decimal::Decimal::ZERO {
            add("payments.amount", fl!(loader, "invalid-payment-amount"));
        }
        if let Some(t) = &p.applies_to
            && !c.transactions.iter().any(|x| &x.id == t)
        {
            add(
                "payments.for",
                fl!(loader, "invalid-payment-for", id = t.as_str()),
            );
        }
    }
    let mut linked = HashSet::new();
    for l in &c.links {
        if !is_id(IdKind::Customer, &l.to) || l.to == c.id {
            add("links.to", fl!(loader, "invalid-link", id = l.to.as_str()));
        } else if !linked.insert(l.to.as_str()) {
            add("links.to", fl!(loader, "invalid-link-twice", id = l.to.as_str()));
        }
    }
    if let Some(limit) = c.credit.limit
        && limit.is_sign_negative()
    {
        add("credit.limit", fl!(loader, "invalid-credit-limit"));
    }
    if let Some(rating) = &c.credit.rating
        && !config.credit.ratings.contains(rating)
    {
        add(
            "credit.rating",
            fl!(
                loader,
                "invalid-credit-rating",
                rating = rating.as_str(),
                ratings = config.credit.ratings.join(", ")
            ),
        );
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_normalize_to_one_form() {
        assert_eq!(normalize_phone("+86 138 0013 8000").unwrap(), "+8613800138000");
        assert_eq!(normalize_phone("138-0013-8000").unwrap(), "+8613800138000");
        assert_eq!(normalize_phone("0086 13800138000").unwrap(), "+8613800138000");
        assert_eq!(normalize_phone("010-6275 1234").unwrap(), "+861062751234");
        assert_eq!(normalize_phone("+86 10 6275 1234").unwrap(), "+861062751234");
        assert_eq!(
            normalize_phone("+86 10 6275 1234 ext. 8001").unwrap(),
            "+861062751234"
        );
        assert_eq!(normalize_phone("010-6275 1234转8001").unwrap(), "+861062751234");
        assert_eq!(normalize_phone("+1 (415) 555-0100").unwrap(), "+14155550100");
        assert_eq!(normalize_phone("5550100").unwrap(), "5550100");
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

    use crate::model::record::{Customer, FeedbackKind, FeedbackStatus};
    use crate::model::testing::{contact, customer, feedback, person, transaction, ts};

    fn problems(c: &Customer) -> Vec<Problem> {
        validate_in(&crate::i18n::ENGLISH, c, &Config::default())
    }

    fn fields(c: &Customer) -> Vec<String> {
        problems(c).into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn a_complete_record_has_no_problems() {
        let mut c = customer();
        c.contact.phones.push("138 0013 8000".into());
        c.contact.emails.push("zhang.wei@example.cn".into());
        c.tags.push("vip".into());
        c.class.rfm = Some("545".into());
        c.transactions
            .push(transaction("t-00000001", "2026-03-01", "10", "CNY"));
        c.contacts
            .push(contact("k-00000001", "2026-05-01T10:00:00+08:00"));
        c.key_people
            .push(person("p-00000001", "王芳", Some("1979-07-02")));
        assert_eq!(problems(&c), []);
    }

    #[test]
    fn a_schema_version_other_than_one_is_refused() {
        let mut c = customer();
        c.schema = 2;
        let p = problems(&c);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, "schema");
        assert!(p[0].message.contains('2'), "{}", p[0]);
    }

    #[test]
    fn a_malformed_customer_id_is_refused() {
        let mut c = customer();
        c.id = "k-7k3m9q2x".into();
        assert_eq!(fields(&c), ["id"]);
        c.id = "c-7K3M9Q2X".into();
        assert_eq!(fields(&c), ["id"]);
    }

    #[test]
    fn a_blank_name_is_refused() {
        let mut c = customer();
        c.name = " \t".into();
        assert_eq!(fields(&c), ["name"]);
    }

    #[test]
    fn each_bad_phone_is_one_problem_under_contact_phones() {
        let mut c = customer();
        c.contact.phones = vec!["13800138000".into(), "abc".into(), "1234".into()];
        assert_eq!(fields(&c), ["contact.phones", "contact.phones"]);
    }

    #[test]
    fn a_chinese_mobile_with_ten_digits_is_refused() {
        let e = normalize_phone("+86 138 0013 800").unwrap_err();
        assert!(e.contains("11 digits"), "{e}");
        assert!(normalize_phone("+86 138 0013 80001").is_err());
    }

    #[test]
    fn an_eleven_digit_number_starting_10_to_12_is_a_bad_mobile_prefix() {
        for bad in ["10012345678", "11012345678", "12012345678"] {
            let e = normalize_phone(bad).unwrap_err();
            assert!(e.contains("starts 13-19"), "{bad}: {e}");
        }
        assert_eq!(normalize_phone("19912345678").unwrap(), "+8619912345678");
    }

    #[test]
    fn international_numbers_have_7_to_15_digits() {
        assert!(normalize_phone("+123456").is_err());
        assert_eq!(normalize_phone("+1234567").unwrap(), "+1234567");
        assert_eq!(normalize_phone("+123456789012345").unwrap(), "+123456789012345");
        let e = normalize_phone("+1234567890123456").unwrap_err();
        assert!(e.contains("7 to 15"), "{e}");
    }

    #[test]
    fn landlines_with_a_trunk_zero_get_the_country_code() {
        assert_eq!(normalize_phone("0755-1234567").unwrap(), "+867551234567");
        assert_eq!(normalize_phone("(021) 1234 5678").unwrap(), "+862112345678");
        assert_eq!(normalize_phone("0123456789").unwrap(), "+86123456789");
    }

    #[test]
    fn local_numbers_have_5_to_15_digits() {
        assert_eq!(normalize_phone("55501").unwrap(), "55501");
        assert!(normalize_phone("5550").is_err());
        assert_eq!(normalize_phone("555012345678901").unwrap(), "555012345678901");
        assert!(normalize_phone("5550123456789012").is_err());
    }

    #[test]
    fn separators_including_the_ideographic_space_are_ignored() {
        assert_eq!(normalize_phone("138\u{3000}0013.8000").unwrap(), "+8613800138000");
        assert_eq!(normalize_phone("00 49 30 1234 5678").unwrap(), "+493012345678");
    }

    #[test]
    fn a_plus_in_the_middle_of_a_number_is_refused() {
        assert!(normalize_phone("138+0013").is_err());
        assert!(normalize_phone("+").is_err());
    }

    #[test]
    fn bad_emails_are_problems_under_contact_emails() {
        let mut c = customer();
        c.contact.emails = vec!["ok@example.com".into(), "nope".into(), "a@localhost".into()];
        assert_eq!(fields(&c), ["contact.emails", "contact.emails"]);
    }

    #[test]
    fn an_email_without_a_dot_in_its_domain_is_refused_whatever_its_local_part() {
        // `zhangwei@localhost` is refused; the same domain must not pass with a dotted name.
        assert!(check_email("zhangwei@localhost").is_err());
        assert!(check_email("zhang.wei@localhost").is_err());
    }

    #[test]
    fn emails_are_compared_trimmed_and_lower_case() {
        assert_eq!(normalize_email("  Zhang.Wei@Example.CN "), "zhang.wei@example.cn");
        assert!(check_email(" zhang.wei@example.cn ").is_ok());
    }

    #[test]
    fn tags_with_spaces_commas_or_semicolons_are_refused() {
        let mut c = customer();
        c.tags = [
            "vip",
            "key account",
            "a,b",
            "a;b",
            "甲，乙",
            "甲；乙",
            " ",
            "北京",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(fields(&c), ["tags"; 6]);
    }

    #[test]
    fn rfm_is_three_digits_from_1_to_5() {
        let mut c = customer();
        for good in ["111", "555", "153"] {
            c.class.rfm = Some(good.into());
            assert_eq!(fields(&c), Vec::<String>::new(), "{good}");
        }
        for bad in ["", "55", "5555", "505", "165", "5a5", "５５５"] {
            c.class.rfm = Some(bad.into());
            assert_eq!(fields(&c), ["class.rfm"], "{bad}");
        }
    }

    #[test]
    fn updated_before_created_is_refused_and_equal_is_fine() {
        let mut c = customer();
        assert_eq!(fields(&c), Vec::<String>::new());
        c.updated = ts("2026-01-10T08:59:59+08:00");
        assert_eq!(fields(&c), ["updated"]);
        // The same instant in another zone is not earlier.
        c.updated = ts("2026-01-10T01:00:00Z");
        assert_eq!(fields(&c), Vec::<String>::new());
    }

    #[test]
    fn entry_ids_must_have_their_own_prefix() {
        let mut c = customer();
        c.transactions
            .push(transaction("k-00000001", "2026-03-01", "10", "CNY"));
        c.contacts.push(contact("k-0000000", "2026-05-01T10:00:00+08:00"));
        assert_eq!(fields(&c), ["transactions.id", "contacts.id"]);
    }

    #[test]
    fn an_entry_id_used_twice_is_refused() {
        let mut c = customer();
        c.contacts
            .push(contact("k-00000001", "2026-05-01T10:00:00+08:00"));
        c.contacts
            .push(contact("k-00000001", "2026-06-01T10:00:00+08:00"));
        let p = problems(&c);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, "contacts.id");
        assert!(p[0].message.contains("twice"), "{}", p[0]);
    }

    #[test]
    fn key_people_need_a_name_and_valid_phone_and_email() {
        let mut c = customer();
        let mut p = person("p-00000001", " ", None);
        p.phone = Some("12".into());
        p.email = Some("wang@".into());
        c.key_people.push(p);
        assert_eq!(
            fields(&c),
            ["key_people.name", "key_people.phone", "key_people.email"]
        );
    }

    #[test]
    fn a_currency_is_three_upper_case_letters() {
        let mut c = customer();
        for (i, cur) in ["cny", "CN", "CNYY", "C1Y", "USD"].iter().enumerate() {
            c.transactions
                .push(transaction(&format!("t-0000000{i}"), "2026-03-01", "1", cur));
        }
        assert_eq!(fields(&c), ["transactions.currency"; 4]);
    }

    #[test]
    fn a_quantity_of_zero_is_refused_and_one_is_fine() {
        let mut c = customer();
        let mut t = transaction("t-00000001", "2026-03-01", "1", "CNY");
        t.quantity = Some(1);
        c.transactions.push(t.clone());
        assert_eq!(fields(&c), Vec::<String>::new());
        c.transactions[0].quantity = Some(0);
        assert_eq!(fields(&c), ["transactions.quantity"]);
    }

    #[test]
    fn a_contact_entry_needs_a_summary() {
        let mut c = customer();
        let mut k = contact("k-00000001", "2026-05-01T10:00:00+08:00");
        k.summary = "  ".into();
        c.contacts.push(k);
        let p = problems(&c);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, "contacts.summary");
        assert!(p[0].message.contains("k-00000001"));
    }

    #[test]
    fn ratings_run_from_1_to_5() {
        let mut c = customer();
        for (i, r) in [0u8, 1, 5, 6].iter().enumerate() {
            let mut f = feedback(
                &format!("f-0000000{i}"),
                "2026-03-01",
                FeedbackKind::Survey,
                FeedbackStatus::Resolved,
            );
            f.rating = Some(*r);
            c.feedback.push(f);
        }
        let p = problems(&c);
        assert_eq!(p.len(), 2);
        assert!(p.iter().all(|p| p.field == "feedback.rating"));
        assert!(p[0].message.starts_with('0') && p[1].message.starts_with('6'));
    }

    #[test]
    fn undeclared_and_missing_required_extra_fields_are_problems() {
        let config =
            Config::parse("[fields.plan]\ntype = \"enum\"\nvalues = [\"pro\"]\nrequired = true\n").unwrap();
        let mut c = customer();
        c.extra.insert("floor".into(), toml::Value::Integer(3));
        let got: Vec<String> = validate_in(&crate::i18n::ENGLISH, &c, &config)
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(got, ["extra.floor", "extra.plan"]);
    }

    #[test]
    fn a_problem_displays_as_field_and_message() {
        let p = Problem {
            field: "name".into(),
            message: "must not be empty".into(),
        };
        assert_eq!(p.to_string(), "name: must not be empty");
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
