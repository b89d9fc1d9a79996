//! vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) cards of customers, for phones and address
//! books. Text is escaped and lines are folded at 75 octets, as both RFCs require.

use super::phone::PhoneKind;
use super::record::{Customer, Kind};
use crate::i18n::fl;

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
        let types = tel_types(p.kind);
        lines.push(match version {
            Version::V4 => format!(
                "TEL;VALUE=uri;TYPE={types}:tel:{}",
                line_text(&p.number).replace([' ', '\n'], "-")
            ),
            Version::V3 => format!("TEL;TYPE={}:{}", types.to_uppercase(), escape(&p.number)),
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

/// The TEL types of a phone's kind (RFC 6350 6.4.1, RFC 2426 3.3.1).
fn tel_types(kind: PhoneKind) -> &'static str {
    match kind {
        PhoneKind::Mobile => "cell",
        PhoneKind::Work => "work,voice",
        PhoneKind::Home => "home,voice",
        PhoneKind::Fax => "fax",
        PhoneKind::Other => "voice",
    }
}

/// The kind a TEL's TYPE parameters name (`TYPE=CELL`, `TYPE=WORK,VOICE`, 2.1's bare
/// `TEL;HOME;FAX:`); a fax is a fax whatever else it is.
fn type_kind(line: &Line) -> Option<PhoneKind> {
    let types: Vec<String> = line
        .params
        .iter()
        .filter(|(k, _)| k == "TYPE")
        .flat_map(|(_, v)| v.split(',').map(|t| t.trim().to_lowercase()))
        .collect();
    let has = |t: &str| types.iter().any(|x| x == t);
    if has("fax") {
        Some(PhoneKind::Fax)
    } else if has("cell") || has("mobile") || has("iphone") {
        Some(PhoneKind::Mobile)
    } else if has("work") {
        Some(PhoneKind::Work)
    } else if has("home") {
        Some(PhoneKind::Home)
    } else {
        None
    }
}

/// The kind an iOS label names (`_$!<Mobile>!$_`, `_$!<WorkFAX>!$_`, `iPhone`, 住宅,
/// 工作传真); `None` for a label of the user's own.
fn label_kind(label: &str) -> Option<PhoneKind> {
    let l = label
        .trim()
        .trim_start_matches("_$!<")
        .trim_end_matches(">!$_")
        .to_lowercase();
    if l.contains("fax") || l.contains("传真") {
        return Some(PhoneKind::Fax);
    }
    match l.as_str() {
        "iphone" | "移动" => Some(PhoneKind::Mobile),
        "住宅" | "家" => Some(PhoneKind::Home),
        "工作" | "公司" | "单位" => Some(PhoneKind::Work),
        "main" | "主要" | "pager" | "传呼机" => Some(PhoneKind::Other),
        _ => l.parse().ok(),
    }
}

/// The cards of a vCard file as phones and address books write them, each as its
/// `(NAME, value)` properties with values decoded. Read: vCard 2.1 (Android: bare type
/// parameters like `TEL;CELL:`, `ENCODING=QUOTED-PRINTABLE` with `=` soft line breaks,
/// `CHARSET=`), 3.0 and 4.0; folded lines; grouped properties (`item1.TEL`, as iOS
/// writes them) under their plain name, with `X-ABLabel` read as the label of its group.
/// Photos, logos and sounds are skipped and counted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Cards {
    pub cards: Vec<Vec<(String, String)>>,
    /// Where each card lies in the file: its first and last line (from 1, the lines of
    /// [`card_text`]).
    pub lines: Vec<(usize, usize)>,
    /// Each card's number in the file, from 1 (cards set aside count too).
    pub numbers: Vec<usize>,
    /// PHOTO properties skipped.
    pub photos: usize,
    /// The cards that could not be read.
    pub bad: Vec<BadCard>,
}

/// Why a card could not be read, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct BadCard {
    /// The card's number in the file, from 1.
    pub card: usize,
    /// The physical line the problem starts on.
    pub line: usize,
    /// Why, in the language of the run.
    pub reason: String,
    /// The card's first and last line (see [`card_text`]).
    pub span: (usize, usize),
}

/// One content line: `group.NAME;PARAM=x;TYPE:value`.
struct Line<'a> {
    /// `item1` of `item1.TEL`: ties a property to its `X-ABLabel`.
    group: Option<&'a str>,
    name: String,
    params: Vec<(String, String)>,
    value: &'a str,
}

fn is_quoted_printable(head: &str) -> bool {
    head.split(';').skip(1).any(|p| {
        p.trim().eq_ignore_ascii_case("ENCODING=QUOTED-PRINTABLE")
            || p.trim().eq_ignore_ascii_case("QUOTED-PRINTABLE")
    })
}

/// Content lines unfolded: a line starting with a space or tab continues the one before
/// (RFC 6350 §3.2); a quoted-printable value ending in `=` continues on the next line
/// (vCard 2.1). Each with the physical line it starts on.
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut soft_break = false;
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if soft_break && let Some((_, last)) = out.last_mut() {
            last.pop();
            last.push_str(line);
        } else if (line.starts_with(' ') || line.starts_with('\t')) && !out.is_empty() {
            out.last_mut().expect("a line").1.push_str(&line[1..]);
        } else if line.trim().is_empty() {
            soft_break = false;
            continue;
        } else {
            out.push((i + 1, line.to_string()));
        }
        let last = &out.last().expect("a line").1;
        soft_break = last.ends_with('=')
            && last
                .split_once(':')
                .is_some_and(|(head, _)| is_quoted_printable(head));
    }
    out
}

fn split_line(line: &str) -> Option<Line<'_>> {
    // The name and parameters end at the first colon outside a quoted parameter value.
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        ':' if !quoted => Some(i),
        _ => None,
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let full = parts.next()?.trim();
    let (group, name) = match full.rsplit_once('.') {
        Some((g, n)) => (Some(g), n),
        None => (None, full),
    };
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_uppercase(), v.trim().trim_matches('"').to_string()),
            // vCard 2.1 writes a bare type: `TEL;CELL;PREF:`.
            None => ("TYPE".to_string(), p.trim().to_string()),
        })
        .collect();
    Some(Line {
        group,
        name: name.to_uppercase(),
        params,
        value,
    })
}

fn decode_value(line: &Line) -> Result<String, String> {
    let param = |k: &str| {
        line.params
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.to_uppercase())
    };
    if line
        .params
        .iter()
        .any(|(k, v)| (k == "ENCODING" || k == "TYPE") && v.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
    {
        let property = line.name.as_str();
        let bytes = quoted_printable::decode(line.value.as_bytes(), quoted_printable::ParseMode::Robust)
            .map_err(|_| fl!("vcard-bad-quoted-printable", property = property))?;
        let charset = param("CHARSET").unwrap_or_else(|| "UTF-8".into());
        let enc = encoding_rs::Encoding::for_label(charset.as_bytes()).ok_or_else(|| {
            fl!(
                "vcard-unknown-charset",
                property = property,
                charset = charset.clone()
            )
        })?;
        return enc
            .decode_without_bom_handling_and_without_replacement(&bytes)
            .map(|t| t.into_owned())
            .ok_or_else(|| {
                fl!(
                    "vcard-not-charset",
                    property = property,
                    charset = charset.clone()
                )
            });
    }
    Ok(line.value.to_string())
}

/// An instant-messaging handle of a service crmfile keeps (iOS writes QQ and WeChat as
/// `IMPP;X-SERVICE-TYPE=QQ:x-apple:12345`): the property it stands for.
fn messenger(line: &Line) -> Option<String> {
    if line.name != "IMPP" {
        return None;
    }
    let service = line
        .params
        .iter()
        .find(|(k, _)| k == "X-SERVICE-TYPE")
        .map(|(_, v)| v.to_lowercase())?;
    match service.as_str() {
        "qq" => Some("X-QQ".into()),
        "wechat" | "weixin" | "微信" => Some("X-WECHAT".into()),
        _ => None,
    }
}

/// The text of lines `first..=last` (from 1) of a vCard file, as [`parse_cards`] counts
/// them: a card as it was written, to be written again.
pub fn card_text(text: &str, (first, last): (usize, usize)) -> String {
    let text = text.trim_start_matches('\u{feff}');
    let mut card: String = text
        .split('\n')
        .skip(first.saturating_sub(1))
        .take((last + 1).saturating_sub(first.max(1)))
        .collect::<Vec<_>>()
        .join("\n");
    card.push('\n');
    card
}

/// Reads every card of a vCard file. A card that cannot be read (a line that is no
/// content line, a value that does not decode, no END:VCARD) is set aside with why and
/// where, and the reading goes on with the next card: one damaged contact does not keep
/// the others out.
pub fn parse_cards(text: &str) -> Cards {
    let text = text.trim_start_matches('\u{feff}');
    let mut out = Cards::default();
    // Cards begun so far: each card's number in the file, read or not.
    let mut seen = 0;
    let mut current: Option<Vec<(String, String)>> = None;
    let mut begun = 0;
    // Set when the card being read cannot be: the line and why; the rest of it is skipped.
    let mut broken: Option<(usize, String)> = None;
    // iOS dates (`item5.X-ABDATE`) by group and place in the card, and the labels of
    // the groups (`item5.X-ABLabel:_$!<Anniversary>!$_`).
    let mut dates: Vec<(String, usize)> = Vec::new();
    let mut labels: std::collections::HashMap<String, String> = Default::default();
    // Phones by place in the card, with their group and the kind their TYPE says.
    let mut tels: Vec<(Option<String>, usize, Option<PhoneKind>)> = Vec::new();
    let set_aside = |out: &mut Cards, card: usize, (line, reason): (usize, String), span: (usize, usize)| {
        out.bad.push(BadCard {
            card,
            line,
            reason,
            span,
        });
    };
    for (number, line) in logical_lines(text) {
        let Some(l) = split_line(&line) else {
            if current.is_some() && broken.is_none() {
                broken = Some((number, fl!("vcard-not-content-line")));
            }
            continue;
        };
        match (l.name.as_str(), l.value.trim().to_uppercase().as_str()) {
            ("BEGIN", "VCARD") => {
                if current.take().is_some() {
                    let why = broken
                        .take()
                        .unwrap_or_else(|| (number, fl!("vcard-begin-in-card")));
                    set_aside(&mut out, seen, why, (begun, number - 1));
                }
                seen += 1;
                current = Some(Vec::new());
                begun = number;
                dates.clear();
                labels.clear();
                tels.clear();
                continue;
            }
            ("END", "VCARD") => {
                let Some(mut props) = current.take() else {
                    seen += 1;
                    set_aside(&mut out, seen, (number, fl!("vcard-end-alone")), (number, number));
                    continue;
                };
                if let Some(why) = broken.take() {
                    set_aside(&mut out, seen, why, (begun, number));
                    continue;
                }
                // An X-ABDATE becomes `date label`, its label as iOS shows it.
                for (group, i) in dates.drain(..) {
                    let label = labels.get(&group).map_or("date", |l| {
                        l.strip_prefix("_$!<")
                            .and_then(|l| l.strip_suffix(">!$_"))
                            .unwrap_or(l)
                    });
                    let label = label.trim().to_lowercase();
                    let date = std::mem::take(&mut props[i].1);
                    props[i].1 = format!("{} {label}", date.trim());
                }
                // A phone becomes `kind:number`, its group's label winning over its TYPE.
                for (group, i, typed) in tels.drain(..) {
                    let labelled = group.and_then(|g| labels.get(&g)).and_then(|l| label_kind(l));
                    if let Some(kind) = labelled.or(typed) {
                        let number = props[i].1.trim().trim_start_matches("tel:").to_string();
                        props[i].1 = format!("{kind}:{number}");
                    }
                }
                out.cards.push(props);
                out.lines.push((begun, number));
                out.numbers.push(seen);
                continue;
            }
            _ => {}
        }
        let Some(props) = current.as_mut() else {
            continue;
        };
        if broken.is_some() {
            continue;
        }
        match l.name.as_str() {
            "PHOTO" => out.photos += 1,
            // An iOS label (`_$!<Mobile>!$_`, 公司) names the kind of its group's
            // value; crmfile keeps phones and emails without kinds.
            "LOGO" | "SOUND" | "KEY" => {}
            "X-ABLABEL" => match (l.group, decode_value(&l)) {
                (Some(g), Ok(label)) => {
                    labels.insert(g.to_string(), label);
                }
                (_, Err(e)) => broken = Some((number, e)),
                (None, Ok(_)) => {}
            },
            _ => match decode_value(&l) {
                Ok(value) => {
                    if l.name == "X-ABDATE" {
                        dates.push((l.group.unwrap_or_default().to_string(), props.len()));
                    }
                    if l.name == "TEL" {
                        tels.push((l.group.map(str::to_string), props.len(), type_kind(&l)));
                    }
                    props.push((messenger(&l).unwrap_or_else(|| l.name.clone()), value));
                }
                Err(e) => broken = Some((number, e)),
            },
        }
    }
    if current.is_some() {
        let last = text.trim_end_matches(['\n', '\r']).split('\n').count();
        let why = broken.take().unwrap_or_else(|| (last, fl!("vcard-no-end")));
        set_aside(&mut out, seen, why, (begun, last));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_card_s_lines_give_it_back_as_written() {
        let first = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\n\
                     PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n AQEASABIAAD\r\nEND:VCARD\r\n";
        let second = "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=\n=E5=A8=9C\nEND:VCARD\n";
        let file = format!("\u{feff}{first}\r\n{second}");
        let cards = parse_cards(&file);
        assert_eq!(cards.lines, [(1, 6), (8, 12)]);
        assert_eq!(card_text(&file, cards.lines[0]), first);
        assert_eq!(card_text(&file, cards.lines[1]), second);
    }

    #[test]
    fn ios_groups_and_labels() {
        let vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:张;伟;;;\r\nFN:张伟\r\n\
                   item1.TEL;type=pref:+86 138 0013 8000\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n\
                   item3.EMAIL;type=INTERNET:zw@example.cn\r\nitem3.X-ABLabel:公司\r\n\
                   item4.ADR;type=HOME:;;海淀区中关村大街1号;北京;;100080;中国\r\n\
                   PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgAB\r\n AQEASABIAAD\r\nEND:VCARD\r\n";
        let cards = parse_cards(vcf);
        assert_eq!(cards.photos, 1);
        let names: Vec<&str> = cards.cards[0].iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["VERSION", "N", "FN", "TEL", "EMAIL", "ADR"]);
        assert_eq!(cards.cards[0][3].1, "mobile:+86 138 0013 8000");
        // A label wins over the TYPE; labels of the user's own leave the kind to the number.
        let vcf = "BEGIN:VCARD\r\nFN:x\r\nitem1.TEL;type=CELL:010 6275 1235\r\n\
                   item1.X-ABLabel:_$!<WorkFAX>!$_\r\nitem2.TEL:010 6275 1234\r\n\
                   item2.X-ABLabel:住宅\r\nitem3.TEL:13800138000\r\nitem3.X-ABLabel:老板\r\n\
                   TEL;type=WORK,VOICE:tel:+86-10-6275-1236\r\nEND:VCARD\r\n";
        let card = &parse_cards(vcf).cards[0];
        let tels: Vec<&str> = card.iter().skip(1).map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            tels,
            [
                "fax:010 6275 1235",
                "home:010 6275 1234",
                "13800138000",
                "work:+86-10-6275-1236"
            ]
        );
        let vcf = "BEGIN:VCARD\r\nFN:x\r\nIMPP;X-SERVICE-TYPE=QQ;type=pref:x-apple:12345\r\n\
                   IMPP;X-SERVICE-TYPE=WeChat:x-apple:zw88\r\nIMPP;X-SERVICE-TYPE=Skype:skype:a\r\nEND:VCARD\r\n";
        let card = &parse_cards(vcf).cards[0];
        assert_eq!(card[1], ("X-QQ".into(), "x-apple:12345".into()));
        assert_eq!(card[2], ("X-WECHAT".into(), "x-apple:zw88".into()));
        assert_eq!(card[3].0, "IMPP");
        let vcf = "BEGIN:VCARD\r\nFN:x\r\nitem5.X-ABDATE;type=pref:2010-05-01\r\n\
                   item5.X-ABLabel:_$!<Anniversary>!$_\r\nitem6.X-ABDATE:2015-09-10\r\n\
                   item6.X-ABLabel:合作开始\r\nEND:VCARD\r\n";
        let card = &parse_cards(vcf).cards[0];
        assert_eq!(card[1], ("X-ABDATE".into(), "2010-05-01 anniversary".into()));
        assert_eq!(card[2], ("X-ABDATE".into(), "2015-09-10 合作开始".into()));
    }

    #[test]
    fn android_quoted_printable() {
        let vcf = "BEGIN:VCARD\r\nVERSION:2.1\r\n\
                   N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E8=8A=B3;;;\r\n\
                   FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E8=8A=\r\n=B3\r\n\
                   TEL;CELL:139-1234-5678\r\nTEL;WORK;VOICE:010-87654321\r\n\
                   NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=GBK:=C0=CF=BF=CD=BB=A7\r\n\
                   END:VCARD\r\n";
        let cards = parse_cards(vcf);
        let card = &cards.cards[0];
        assert_eq!(card[1], ("N".into(), "王;芳;;;".into()));
        assert_eq!(card[2], ("FN".into(), "王芳".into()));
        assert_eq!(card[3], ("TEL".into(), "mobile:139-1234-5678".into()));
        assert_eq!(card[4], ("TEL".into(), "work:010-87654321".into()));
        assert_eq!(card[5], ("NOTE".into(), "老客户".into()));
        let cut = parse_cards("BEGIN:VCARD\r\nFN:x\r\n");
        assert!(cut.cards.is_empty());
        assert_eq!((cut.bad[0].card, cut.bad[0].span), (1, (1, 2)));
    }

    /// A card that cannot be read is set aside with where and why; the cards around it
    /// are read, and each keeps its number in the file.
    #[test]
    fn a_damaged_card_is_set_aside_and_the_rest_read() {
        let good = |name: &str| format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n");
        let undecodable =
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=FF=FF\r\nEND:VCARD\r\n";
        let not_content = "BEGIN:VCARD\r\nVERSION:3.0\r\nthis is no property\r\nFN:x\r\nEND:VCARD\r\n";
        let unended = "BEGIN:VCARD\r\nFN:半张\r\n";
        let file = format!(
            "{}{undecodable}{}{not_content}END:VCARD\r\n{unended}{}",
            good("一"),
            good("二"),
            good("三")
        );
        let cards = parse_cards(&file);
        let names: Vec<&str> = cards.cards.iter().map(|c| c[1].1.as_str()).collect();
        assert_eq!(names, ["一", "二", "三"]);
        assert_eq!(cards.numbers, [1, 3, 7]);
        let bad: Vec<(usize, usize)> = cards.bad.iter().map(|b| (b.card, b.line)).collect();
        // The stray END is a card of its own; the unended one ends where the next begins.
        assert_eq!(bad, [(2, 7), (4, 15), (5, 18), (6, 21)]);
        assert_eq!(card_text(&file, cards.bad[0].span), undecodable);
        assert_eq!(card_text(&file, cards.bad[1].span), not_content);
        assert_eq!(card_text(&file, cards.bad[3].span), unended);
    }

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
    fn phones_are_uris_in_4_0_and_text_in_3_0_typed_by_kind() {
        let mut c = customer();
        c.contact.phones.push("+86 138 0013 8000".into());
        c.contact
            .phones
            .push(crate::model::phone::Phone::parse("work:010 6275 1234").unwrap());
        c.contact
            .phones
            .push(crate::model::phone::Phone::parse("fax:010 6275 1235").unwrap());
        let v4 = card(&c, Version::V4);
        assert!(
            v4.contains("TEL;VALUE=uri;TYPE=cell:tel:+86-138-0013-8000\r\n"),
            "{v4}"
        );
        assert!(
            v4.contains("TEL;VALUE=uri;TYPE=work,voice:tel:+86-10-6275-1234\r\n"),
            "{v4}"
        );
        assert!(
            v4.contains("TEL;VALUE=uri;TYPE=fax:tel:+86-10-6275-1235\r\n"),
            "{v4}"
        );
        let v3 = card(&c, Version::V3);
        assert!(v3.contains("TEL;TYPE=CELL:+86 138 0013 8000\r\n"), "{v3}");
        assert!(v3.contains("TEL;TYPE=WORK,VOICE:+86 10 6275 1234\r\n"), "{v3}");
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
