//! vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) cards of customers, for phones and address
//! books. Text is escaped and lines are folded at 75 octets, as both RFCs require.

use super::record::{Customer, Kind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Version {
    #[value(name = "4.0")]
    V4,
    #[value(name = "3.0")]
    V3,
}

/// Text for a content line of a vCard or iCalendar file: every line break (CRLF, a bare
/// CR, LF, and the Unicode line separators) becomes one `\n`, and other control
/// characters are dropped (neither format can carry them, and a bare CR would start a new
/// line, i.e. a property, in some readers). Tabs stay.
pub fn line_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes a text value: backslash, comma, semicolon and line breaks; drops other control
/// characters ([`line_text`]).
pub fn escape(text: &str) -> String {
    let text = line_text(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character, CRLF-ended.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// Family and given name: "Anna Schmidt" → (Schmidt, Anna); a name without spaces (张伟)
/// is kept whole as the family part, which is how most address books show it.
fn split_name(name: &str) -> (String, String) {
    match name.trim().rsplit_once(' ') {
        Some((given, family)) => (family.to_string(), given.to_string()),
        None => (name.trim().to_string(), String::new()),
    }
}

pub fn card(c: &Customer, version: Version) -> String {
    let mut lines = vec!["BEGIN:VCARD".to_string()];
    lines.push(format!(
        "VERSION:{}",
        if version == Version::V4 { "4.0" } else { "3.0" }
    ));
    lines.push(format!("UID:{}", c.id));
    lines.push(format!("FN:{}", escape(&c.name)));
    if c.kind == Kind::Person {
        let (family, given) = split_name(&c.name);
        lines.push(format!("N:{};{};;;", escape(&family), escape(&given)));
    } else {
        lines.push(format!("N:{};;;;", escape(&c.name)));
        if version == Version::V4 {
            lines.push("KIND:org".into());
        }
    }
    match (&c.company, c.kind) {
        (Some(org), _) => lines.push(format!("ORG:{}", escape(org))),
        (None, Kind::Company) => lines.push(format!("ORG:{}", escape(&c.name))),
        _ => {}
    }
    if let Some(t) = &c.title {
        lines.push(format!("TITLE:{}", escape(t)));
    }
    for p in &c.contact.phones {
        lines.push(match version {
            Version::V4 => format!(
                "TEL;VALUE=uri;TYPE=voice:tel:{}",
                line_text(p).replace([' ', '\n'], "-")
            ),
            Version::V3 => format!("TEL;TYPE=VOICE:{}", escape(p)),
        });
    }
    for e in &c.contact.emails {
        lines.push(format!("EMAIL;TYPE=INTERNET:{}", escape(e)));
    }
    if let Some(a) = &c.contact.address {
        lines.push(format!("ADR;TYPE=WORK:;;{};;;;", escape(a)));
    }
    if let Some(b) = c.birthday {
        lines.push(format!("BDAY:{}", b.0.format("%Y%m%d")));
    }
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| escape(t)).collect();
        lines.push(format!("CATEGORIES:{}", tags.join(",")));
    }
    if let Some(w) = &c.contact.wechat {
        lines.push(format!("X-WECHAT:{}", escape(w)));
    }
    if let Some(q) = &c.contact.qq {
        lines.push(format!("X-QQ:{}", escape(q)));
    }
    lines.push(format!(
        "REV:{}",
        c.updated.0.with_timezone(&chrono::Utc).format("%Y%m%dT%H%M%SZ")
    ));
    lines.push("END:VCARD".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_start_a_line() {
        assert_eq!(escape("a\rBEGIN:VEVENT\x1b[2J\r\nb"), "a\\nBEGIN:VEVENT[2J\\nb");
        assert_eq!(line_text("x\x07\ty\u{2028}z"), "x\ty\nz");
    }

    #[test]
    fn escaping_and_folding() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("NOTE:{}", "张".repeat(40));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    use crate::model::testing::customer;

    fn lines(card: &str) -> Vec<&str> {
        card.split("\r\n").collect()
    }

    #[test]
    fn a_company_card_is_an_org_in_4_0_only() {
        let mut c = customer();
        c.kind = Kind::Company;
        c.name = "星河科技".into();
        let v4 = card(&c, Version::V4);
        assert!(lines(&v4).contains(&"KIND:org"), "{v4}");
        assert!(lines(&v4).contains(&"ORG:星河科技"));
        assert!(lines(&v4).contains(&"N:星河科技;;;;"));
        assert!(!card(&c, Version::V3).contains("KIND:"));
    }

    #[test]
    fn phones_are_uris_in_4_0_and_text_in_3_0() {
        let mut c = customer();
        c.contact.phones.push("+86 138 0013 8000".into());
        assert!(card(&c, Version::V4).contains("TEL;VALUE=uri;TYPE=voice:tel:+86-138-0013-8000\r\n"));
        assert!(card(&c, Version::V3).contains("TEL;TYPE=VOICE:+86 138 0013 8000\r\n"));
    }

    #[test]
    fn a_card_begins_and_ends_and_gives_its_revision_in_utc() {
        let mut c = customer();
        c.birthday = Some(crate::model::date::Date("1985-03-12".parse().unwrap()));
        c.tags = vec!["vip".into(), "a,b".into()];
        let text = card(&c, Version::V4);
        let l = lines(&text);
        assert_eq!(l[0], "BEGIN:VCARD");
        assert_eq!(l[1], "VERSION:4.0");
        assert_eq!(l[2], "UID:c-7k3m9q2x");
        assert!(l.contains(&"BDAY:19850312"));
        assert!(l.contains(&"CATEGORIES:vip,a\\,b"));
        assert!(l.contains(&"REV:20260110T010000Z"), "{text}");
        assert_eq!(l[l.len() - 2], "END:VCARD");
        assert_eq!(l[l.len() - 1], "");
    }

    #[test]
    fn a_short_line_is_not_folded_and_a_75_octet_line_fits() {
        assert_eq!(fold("FN:A"), "FN:A\r\n");
        let exact = "x".repeat(75);
        assert_eq!(fold(&exact), format!("{exact}\r\n"));
        assert_eq!(fold(&"x".repeat(76)), format!("{exact}\r\n x\r\n"));
    }

    #[test]
    fn names_split_for_n() {
        assert_eq!(split_name("Anna Schmidt"), ("Schmidt".into(), "Anna".into()));
        assert_eq!(split_name("张伟"), ("张伟".into(), String::new()));
    }
}
