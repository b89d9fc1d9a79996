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

/// Escapes a text value: backslash, comma, semicolon and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
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
            Version::V4 => format!("TEL;VALUE=uri;TYPE=voice:tel:{}", p.replace(' ', "-")),
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
    if let Some(n) = &c.preferences.notes {
        lines.push(format!("NOTE:{}", escape(n)));
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
    fn escaping_and_folding() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("NOTE:{}", "张".repeat(40));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    #[test]
    fn names_split_for_n() {
        assert_eq!(split_name("Anna Schmidt"), ("Schmidt".into(), "Anna".into()));
        assert_eq!(split_name("张伟"), ("张伟".into(), String::new()));
    }
}
