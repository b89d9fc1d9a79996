//! Spreadsheets as people's software saves them: the text encoding (UTF-8 with or
//! without BOM, Excel's UTF-16 "Unicode text", GBK/GB18030 from Chinese Excel), the
//! separator, and dates as Chinese Excel writes them. Pure functions over bytes and text.

use chrono::{Days, NaiveDate};
use encoding_rs::{DecoderResult, Encoding};

use crate::i18n::fl;

/// A text encoding the user can name with `--encoding`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TextEncoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "utf-16le")]
    Utf16Le,
    #[value(name = "utf-16be")]
    Utf16Be,
    #[value(name = "gbk")]
    Gbk,
    #[value(name = "gb18030")]
    Gb18030,
}

impl TextEncoding {
    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => encoding_rs::UTF_8,
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
            // GBK text is GB18030 text; the GB18030 decoder also reads the 4-byte forms.
            TextEncoding::Gbk | TextEncoding::Gb18030 => encoding_rs::GB18030,
        }
    }
}

/// Text decoded from a file, and how.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding's name (`UTF-8`, `UTF-16LE`, `GBK`…).
    pub encoding: &'static str,
    /// The encoding was guessed from the bytes with little to go on: the caller should
    /// say which one was used and how to choose another.
    pub unsure: bool,
}

/// Decodes `bytes`: as `forced` when given, else by its byte order mark, else
/// as UTF-16 when it looks like it (every other byte zero), else as UTF-8 when it is valid,
/// else as the legacy encoding `chardetng` finds most likely (GBK for Chinese Excel).
/// Malformed input is an error naming the encoding and the line, never replaced.
/// How much of a file the encoding guess reads.
const SAMPLE: usize = 256 << 10;

pub fn decode(bytes: &[u8], forced: Option<TextEncoding>) -> Result<Decoded, String> {
    if let Some(f) = forced {
        let enc = f.encoding();
        let body = match Encoding::for_bom(bytes) {
            Some((bom, len)) if bom == enc => &bytes[len..],
            _ => bytes,
        };
        let name = match f {
            TextEncoding::Gbk => "GBK",
            _ => enc.name(),
        };
        return strict(enc, body, name).map(|text| Decoded {
            text,
            encoding: name,
            unsure: false,
        });
    }
    if let Some((enc, len)) = Encoding::for_bom(bytes) {
        return strict(enc, &bytes[len..], enc.name()).map(|text| Decoded {
            text,
            encoding: enc.name(),
            unsure: false,
        });
    }
    // Before UTF-8: ASCII in UTF-16 is valid UTF-8, with a NUL every other byte.
    if let Some(enc) = utf16_without_bom(bytes) {
        return strict(enc, bytes, enc.name()).map(|text| Decoded {
            text,
            encoding: enc.name(),
            unsure: true,
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
            unsure: false,
        });
    }
    // The guess is made on a sample: up to 256 KiB from the first byte that is not ASCII
    // (what comes before it tells nothing). A whole sheet would cost seconds for no better
    // guess; the decoding below still checks every byte.
    let start = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
    let end = (start + SAMPLE).min(bytes.len());
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes[start..end], end == bytes.len());
    // Told the file comes from a Chinese setting (the ".cn" hint), a short file that could
    // be several encodings is taken as GBK, as Chinese Excel writes it.
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Deny);
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let chinese = guess == encoding_rs::GBK || guess == encoding_rs::GB18030 || guess == encoding_rs::BIG5;
    let (enc, name) = if guess == encoding_rs::GBK {
        (encoding_rs::GB18030, "GBK")
    } else {
        (guess, guess.name())
    };
    strict(enc, bytes, name).map(|text| Decoded {
        text,
        encoding: name,
        unsure: !chinese || non_ascii < 16,
    })
}

/// UTF-16 without a byte order mark: at least a third of the even (BE) or odd (LE)
/// bytes are zero, as they are for text with ASCII separators and digits, and far fewer
/// on the other side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let zero_odd = bytes.chunks(2).filter(|p| p[1] == 0).count();
    let zero_even = bytes.chunks(2).filter(|p| p[0] == 0).count();
    // A character like 一 (U+4E00) puts a zero on the other side too, now and then.
    if zero_odd * 3 >= pairs && zero_even * 4 < zero_odd {
        Some(encoding_rs::UTF_16LE)
    } else if zero_even * 3 >= pairs && zero_odd * 4 < zero_even {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn strict(enc: &'static Encoding, bytes: &[u8], name: &str) -> Result<String, String> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, _) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        DecoderResult::InputEmpty => Ok(out),
        DecoderResult::Malformed(_, _) | DecoderResult::OutputFull => {
            let line = out.matches('\n').count() + 1;
            Err(fl!(
                "error-encoding-malformed",
                encoding = name,
                line = line.to_string()
            ))
        }
    }
}

/// The field separator of a spreadsheet's text, from its header line: a tab (Excel's
/// "Unicode text"), else a semicolon when the line has semicolons and no comma (Excel in
/// locales with a decimal comma), else a comma.
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c| header.matches(c).count();
    if count('\t') > count(',') {
        b'\t'
    } else if count(',') == 0 && count(';') > 0 {
        b';'
    } else {
        b','
    }
}

/// A date as a spreadsheet cell holds it, as `YYYY-MM-DD`: `1982/3/5`, `1982-3-5`,
/// `1982.3.5`, `1982年3月5日`, `19820305`, any of them followed by a time of day
/// (`1982/3/5 0:00:00`), or an Excel serial day number (`30015`, 1900 date system).
/// `None` when the text is none of these (the caller reads it as a typed date).
pub fn sheet_date(text: &str) -> Option<String> {
    let t = text.trim();
    // A time of day after the date is dropped.
    let t = t.split_once([' ', 'T']).map_or(t, |(d, _)| d);
    let t = t.trim_end_matches('日');
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(t) && t.len() == 8 {
        let ymd = (t[..4].parse().ok()?, t[4..6].parse().ok()?, t[6..].parse().ok()?);
        return NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2).map(|d| d.to_string());
    }
    if let Some(serial) = excel_serial(t) {
        return Some(serial.to_string());
    }
    let parts: Vec<&str> = t.split(['/', '-', '.', '年', '月']).collect();
    if parts.len() == 3
        && parts.iter().all(|p| digits(p))
        && parts[0].len() == 4
        && parts[1].len() <= 2
        && parts[2].len() <= 2
    {
        let d = NaiveDate::from_ymd_opt(
            parts[0].parse().ok()?,
            parts[1].parse().ok()?,
            parts[2].parse().ok()?,
        )?;
        return Some(d.to_string());
    }
    None
}

/// An Excel serial day number (whole, or with a time as the fraction) in the 1900 date
/// system: 1 is 1900-01-01, and 60 is the 29 February 1900 that Excel counts but that
/// never was. Only five digits (10000 to 99999: 1927-05-18 to 2173-10-13) are read as
/// serials, so that a year alone (`1985`) is an error, not a day in 1905.
fn excel_serial(text: &str) -> Option<NaiveDate> {
    let whole = match text.split_once('.') {
        Some((w, f)) if f.bytes().all(|b| b.is_ascii_digit()) => w,
        Some(_) => return None,
        None => text,
    };
    if whole.len() != 5 || !whole.bytes().all(|b| b.is_ascii_digit()) || whole.starts_with('0') {
        return None;
    }
    let n: u64 = whole.parse().ok()?;
    // Day 1 is 1900-01-01 and Excel counts a 1900-02-29, so from day 61 on the days
    // count from 1899-12-30.
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(Days::new(n))
}

/// The `extra` table where columns that have no field of their own are kept, by their
/// header as written: `extra.imported."信用额度" = "50000"`. It needs no declaration.
pub const IMPORTED: &str = "imported";

/// Headers naming the person to talk to at a customer, not the customer.
const CONTACT_PERSON: &[&str] = &[
    "联系人",
    "联系人姓名",
    "contact",
    "contact person",
    "contact name",
];
/// Headers naming a customer that is a company.
const COMPANY_NAME: &[&str] = &[
    "客户名称",
    "公司名称",
    "企业名称",
    "单位名称",
    "customer name",
    "company name",
];

/// Where a sheet's header is among its first rows, given how many cells each row has
/// filled (blank rows left out): the first row with two cells or more filled, so that a
/// title row above it (客户档案表, or `2024年客户名单,,,,` in CSV) is passed over; a sheet
/// of one column has its header first. `None` for no row.
pub fn header_row(filled: &[usize]) -> Option<usize> {
    let wanted = filled.iter().take(10).copied().max().unwrap_or(0).clamp(1, 2);
    filled.iter().position(|n| *n >= wanted)
}

/// A header as `--map` and the automatic mapping compare it: trimmed, without a byte
/// order mark, in lower case.
pub fn normal(header: &str) -> String {
    header.trim().trim_start_matches('\u{feff}').trim().to_lowercase()
}

/// What each column of a spreadsheet is read into.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// One entry per column: the dotted field, or a reading of the import's own
    /// (`name+company`, `person.name`, `address:city`, `address:postcode`,
    /// `imported:HEADER`), or `None` for a column not read.
    pub fields: Vec<Option<String>>,
    /// Headers of the columns not read, in order.
    pub unmapped: Vec<String>,
}

impl Plan {
    /// Whether some column gives the customer's name.
    pub fn has_name(&self) -> bool {
        self.fields
            .iter()
            .flatten()
            .any(|f| f == "name" || f == "name+company")
    }
}

/// Maps a spreadsheet's headers to fields. `maps` (lower-cased header → field, from
/// `--map`) wins; then the known headers of [`super::import::header_field`], read
/// together: a file whose only name is a company name (客户名称, 公司名称) is a list of
/// companies, and beside a company name a contact person (联系人) is a key person of that
/// company. A custom field the store does not declare (`declared` says) is kept under
/// [`IMPORTED`]; so is every other column when `keep` is set.
pub fn plan(
    headers: &[&str],
    maps: &std::collections::HashMap<String, String>,
    declared: &dyn Fn(&str) -> bool,
    keep: bool,
) -> Plan {
    let mut fields: Vec<Option<String>> = Vec::with_capacity(headers.len());
    let mut auto = Vec::with_capacity(headers.len());
    for h in headers {
        match maps.get(&normal(h)) {
            Some(f) => {
                fields.push(Some(f.clone()));
                auto.push(false);
            }
            None => {
                fields.push(super::import::header_field(h));
                auto.push(true);
            }
        }
    }
    let is = |i: usize, set: &[&str]| auto[i] && set.contains(&normal(headers[i]).as_str());
    let mapped_name = (0..headers.len()).any(|i| !auto[i] && fields[i].as_deref() == Some("name"));
    if !mapped_name {
        let person = (0..headers.len()).find(|&i| is(i, CONTACT_PERSON));
        let company = (0..headers.len())
            .find(|&i| is(i, COMPANY_NAME))
            .or_else(|| (0..headers.len()).find(|&i| auto[i] && fields[i].as_deref() == Some("company")));
        let other_name = (0..headers.len()).find(|&i| {
            auto[i] && fields[i].as_deref() == Some("name") && Some(i) != person && Some(i) != company
        });
        match (other_name, person, company) {
            // 姓名 names the customer: a company name is their company, a contact
            // person someone around them.
            (Some(_), p, c) => {
                if let Some(c) = c {
                    fields[c] = Some("company".into());
                }
                if let Some(p) = p {
                    fields[p] = Some("person.name".into());
                }
            }
            (None, Some(p), Some(c)) => {
                fields[c] = Some("name+company".into());
                fields[p] = Some("person.name".into());
            }
            (None, None, Some(c)) => fields[c] = Some("name+company".into()),
            (None, _, None) => {}
        }
    }
    let mut unmapped = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        if let Some(f) = &fields[i]
            && let Some(name) = f.strip_prefix("extra.")
            && auto[i]
            && !declared(name)
        {
            fields[i] = Some(format!("{IMPORTED}:{}", h.trim()));
        }
        if fields[i].is_none() && !h.trim().is_empty() {
            unmapped.push(h.to_string());
            if keep {
                fields[i] = Some(format!("{IMPORTED}:{}", h.trim()));
            }
        }
    }
    Plan { fields, unmapped }
}

/// A spreadsheet row's `(field, value)` pairs, in column order, made into the
/// assignments `fields::apply` takes, and what the import reads itself: the contact
/// person, the parts of an address, kept columns. Dates as spreadsheets write them are
/// read here; several notes or address columns are joined, not overwritten.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RowParts {
    /// `(field, value)` for `fields::apply`, lists as `+=` items.
    pub assignments: Vec<(String, String)>,
    /// The row names a company: `kind = "company"`.
    pub company: bool,
    /// The contact person of a company.
    pub person: Option<Person>,
    /// Columns kept under `extra.imported`, by header.
    pub kept: Vec<(String, String)>,
}

/// A company's contact person as a spreadsheet row gives them: the row's first phone
/// and email; the birthday and job title columns are theirs, not the company's.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// As `YYYY-MM-DD` when the cell held a date a spreadsheet writes.
    pub birthday: Option<String>,
    pub title: Option<String>,
}

/// How a column's reading is shown in `import --dry-run`.
pub fn describe(field: &str) -> String {
    match field {
        // The dotted names stay as they are in either language; what they mean is said
        // in the language of the run.
        "name+company" => format!("name, company ({})", crate::i18n::fl!("import-map-company-kind")),
        "person.name" => format!(
            "key_people.name ({})",
            crate::i18n::fl!("import-map-contact-person")
        ),
        "address:city" => "contact.address, region".into(),
        "address:postcode" => "contact.address".into(),
        f => match f.strip_prefix(IMPORTED).and_then(|r| r.strip_prefix(':')) {
            Some(header) => format!("extra.{IMPORTED}.\"{header}\""),
            None => f.to_string(),
        },
    }
}

/// Dotted fields that hold a calendar date.
const DATE_FIELDS: &[&str] = &["birthday", "follow_up.next"];

pub fn row_parts(row: Vec<(String, String)>, date_extra: &dyn Fn(&str) -> bool) -> RowParts {
    let mut out = RowParts::default();
    let (mut notes, mut street, mut city, mut postcode) = (Vec::new(), Vec::new(), None, None);
    let mut person: Option<String> = None;
    let (mut birthday, mut title) = (None, None);
    let mut region = false;
    let mut phone = None;
    let mut email = None;
    for (field, value) in row {
        let v = value.trim().to_string();
        if v.is_empty() {
            continue;
        }
        match field.as_str() {
            "name+company" => {
                out.company = true;
                out.assignments.push(("name".into(), v.clone()));
                out.assignments.push(("company".into(), v));
            }
            "person.name" => person = Some(v),
            "address:city" => city = Some(v),
            "address:postcode" => postcode = Some(v),
            "contact.address" => street.push(v),
            "preferences.notes" => notes.push(v),
            "class.tier" => {
                let t = v.trim_end_matches("客户").trim_end_matches('类').to_string();
                out.assignments.push((field, t));
            }
            f if DATE_FIELDS.contains(&f) || f.strip_prefix("extra.").is_some_and(date_extra) => {
                let d = sheet_date(&v).unwrap_or(v);
                if f == "birthday" {
                    birthday = Some(d);
                } else {
                    out.assignments.push((field, d));
                }
            }
            f => {
                if let Some(header) = f.strip_prefix(&format!("{IMPORTED}:")) {
                    out.kept.push((header.to_string(), v));
                    continue;
                }
                if f == "region" {
                    region = true;
                }
                if f == "title" {
                    title = Some(v);
                    continue;
                }
                if (f == "contact.phones" || f.starts_with("contact.phones.")) && phone.is_none() {
                    phone = v
                        .split([',', '，', ';', '；'])
                        .next()
                        .map(|p| p.trim().to_string());
                }
                if f == "contact.emails" && email.is_none() {
                    email = v
                        .split([',', '，', ';', '；'])
                        .next()
                        .map(|p| p.trim().to_string());
                }
                out.assignments.push((field, v));
            }
        }
    }
    if let Some(c) = &city {
        if !region {
            out.assignments.push(("region".into(), c.clone()));
        }
        if street.iter().any(|s| s.contains(c.as_str())) {
            city = None;
        }
    }
    let address: Vec<String> = city.into_iter().chain(street).chain(postcode).collect();
    if !address.is_empty() {
        out.assignments
            .push(("contact.address".into(), address.join(" ")));
    }
    if !notes.is_empty() {
        out.assignments
            .push(("preferences.notes".into(), notes.join("\n")));
    }
    match person {
        Some(name) if out.company => {
            out.person = Some(Person {
                name,
                phone,
                email,
                birthday,
                title,
            })
        }
        p => {
            out.assignments
                .extend(birthday.map(|b| ("birthday".to_string(), b)));
            out.assignments.extend(title.map(|t| ("title".to_string(), t)));
            out.person = p.map(|name| Person {
                name,
                ..Person::default()
            });
        }
    }
    out
}

/// A customer from a spreadsheet row's or a card's `(field, value)` pairs (see
/// [`row_parts`]); an error names the field. Another system's id (a vCard UID, a
/// spreadsheet number) is replaced by a new one.
pub fn customer_from_row(
    row: Vec<(String, String)>,
    config: &super::config::Config,
    now: super::date::Timestamp,
    today: NaiveDate,
    rng: &mut impl rand::Rng,
) -> Result<super::record::Customer, String> {
    let mut c = super::record::Customer::new(
        super::id::new_id(super::id::IdKind::Customer, rng),
        String::new(),
        now,
    );
    let date_extra = |n: &str| {
        config
            .fields
            .get(n)
            .is_some_and(|d| d.kind == super::config::FieldType::Date)
    };
    let parts = row_parts(row, &date_extra);
    for (field, value) in parts.assignments {
        match field.as_str() {
            "id" => {
                // Another system's id (a vCard UID, a spreadsheet number) gets a new one.
                if super::id::is_id(super::id::IdKind::Customer, value.trim()) {
                    c.id = value.trim().to_string();
                }
            }
            "dates" => {
                // `date label`, from a card's anniversary or iOS's labelled dates. iOS
                // writes a date without a year as 1604: not a date to keep.
                let (date, label) = value.trim().split_once(' ').unwrap_or((value.trim(), "date"));
                let iso = sheet_date(date).unwrap_or_else(|| date.to_string());
                if iso.starts_with("1604-") {
                    continue;
                }
                let date = super::when::parse_date(&iso, today).map_err(|e| format!("dates: {e}"))?;
                c.dates.push(super::record::ImportantDate {
                    id: super::id::new_id(super::id::IdKind::Date, rng),
                    label: label.trim().to_string(),
                    date: super::date::Date(date),
                    lunar: None,
                });
            }
            "created" | "updated" => {
                let t: super::date::Timestamp = value.parse().map_err(|e| format!("{field}: {e}"))?;
                if field == "created" {
                    c.created = t
                } else {
                    c.updated = t
                }
            }
            _ => {
                let a = super::fields::Assignment {
                    field: field.clone(),
                    op: if super::fields::is_list(&field) {
                        super::fields::Op::Add
                    } else {
                        super::fields::Op::Set
                    },
                    value,
                };
                super::fields::apply(&mut c, &a, config, today).map_err(|e| format!("{field}: {e}"))?;
            }
        }
    }
    if parts.company {
        c.kind = super::record::Kind::Company;
    }
    if !parts.kept.is_empty() {
        let kept = parts
            .kept
            .into_iter()
            .map(|(h, v)| (h, toml::Value::String(v)))
            .collect();
        c.extra.insert(IMPORTED.into(), toml::Value::Table(kept));
    }
    if let Some(p) = parts.person {
        let birthday = p
            .birthday
            .map(|b| super::when::parse_dated_with_year(&b, today).map(super::date::Date))
            .transpose()
            .map_err(|e| format!("key_people.birthday: {e}"))?;
        c.key_people.push(super::record::KeyPerson {
            id: super::id::new_id(super::id::IdKind::Person, rng),
            name: p.name,
            role: super::record::Role::Other,
            birthday,
            lunar_birthday: None,
            phone: p.phone,
            email: p.email,
            notes: p.title,
        });
    }
    if c.updated < c.created {
        c.updated = c.created;
    }
    Ok(c)
}

/// Whether a row's name cell says it is the sheet's total line (合计 under the names,
/// sums beside it), not a customer: import leaves such a row out and says so, never
/// imports it nor counts it as a mistake.
pub fn is_total_label(name: &str) -> bool {
    let label = name.trim().trim_end_matches([':', '：']).trim();
    TOTAL_LABELS.iter().any(|t| label.eq_ignore_ascii_case(t))
}

/// What a sheet's total line says where a row's name would be.
const TOTAL_LABELS: &[&str] = &[
    "合计",
    "总计",
    "小计",
    "共计",
    "合計",
    "總計",
    "小計",
    "total",
    "sum",
    "subtotal",
    "grand total",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_line_is_told_by_its_label_alone() {
        for total in ["合计", "合计：", " 总计 ", "Total:", "GRAND TOTAL"] {
            assert!(is_total_label(total), "{total:?}");
        }
        for name in ["合计科技有限公司", "张总", "Totalis GmbH", ""] {
            assert!(!is_total_label(name), "{name:?}");
        }
    }

    fn plan_of(headers: &[&str], keep: bool) -> Plan {
        plan(headers, &Default::default(), &|n| n == "floor", keep)
    }

    fn f(p: &Plan) -> Vec<&str> {
        p.fields.iter().map(|f| f.as_deref().unwrap_or("-")).collect()
    }

    #[test]
    fn headers_read_together() {
        let p = plan_of(&["公司名称", "移动电话", "传真"], false);
        assert_eq!(
            f(&p),
            ["name+company", "contact.phones.mobile", "contact.phones.fax"]
        );
        let p = plan_of(&["客户名称", "联系人", "手机", "备注"], false);
        assert_eq!(
            f(&p),
            [
                "name+company",
                "person.name",
                "contact.phones.mobile",
                "preferences.notes"
            ]
        );
        let p = plan_of(&["姓名", "客户名称", "联系人"], false);
        assert_eq!(f(&p), ["name", "company", "person.name"]);
        let p = plan_of(&["联系人", "电话(公)", "电话（家）"], false);
        assert_eq!(f(&p), ["name", "contact.phones.work", "contact.phones.home"]);
        let p = plan_of(&["姓名", "爱好", "extra.floor", "信用额度"], false);
        assert_eq!(f(&p), ["name", "-", "extra.floor", "credit.limit"]);
        assert_eq!(p.unmapped, ["爱好"]);
        let p = plan_of(&["姓名", "爱好"], true);
        assert_eq!(f(&p), ["name", "imported:爱好"]);
        assert_eq!(p.unmapped, ["爱好"]);
        // A --map naming the name column turns the company reading off.
        let maps = [("客户名称".to_string(), "name".to_string())]
            .into_iter()
            .collect();
        let p = plan(&["客户名称", "联系人"], &maps, &|_| false, false);
        assert_eq!(f(&p), ["name", "name"]);
    }

    #[test]
    fn rows_become_assignments() {
        let row = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        let parts = row_parts(
            row(&[
                ("name+company", "星河科技"),
                ("person.name", "王芳"),
                ("contact.phones", "13912345678"),
                ("address:city", "北京市"),
                ("contact.address", "海淀区中关村大街1号"),
                ("address:postcode", "100080"),
                ("preferences.notes", "老客户"),
                ("preferences.notes", "年底回访"),
                ("birthday", "1982年3月5日"),
                ("class.tier", "重要客户"),
                ("imported:信用额度", "50000"),
            ]),
            &|_| false,
        );
        assert!(parts.company);
        assert_eq!(
            parts.person,
            Some(Person {
                name: "王芳".into(),
                phone: Some("13912345678".into()),
                email: None,
                birthday: Some("1982-03-05".into()),
                title: None,
            })
        );
        assert_eq!(parts.kept, [("信用额度".to_string(), "50000".to_string())]);
        let a: Vec<(&str, &str)> = parts
            .assignments
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        assert_eq!(
            a,
            [
                ("name", "星河科技"),
                ("company", "星河科技"),
                ("contact.phones", "13912345678"),
                ("class.tier", "重要"),
                ("region", "北京市"),
                ("contact.address", "北京市 海淀区中关村大街1号 100080"),
                ("preferences.notes", "老客户\n年底回访"),
            ]
        );
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("姓名,手机\n".as_bytes(), None).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.unsure),
            ("姓名,手机\n", "UTF-8", false)
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice("姓名\n".as_bytes());
        assert_eq!(decode(&bom, None).unwrap().text, "姓名\n");
    }

    #[test]
    fn utf16_with_bom_and_without() {
        let text = "姓名\t手机\r\n张伟\t13800138000\r\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&le, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16LE"));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be, None).unwrap().text, text);
        let bare: Vec<u8> = "name,phone\r\nAnna,123\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&bare, None).unwrap();
        assert_eq!((d.encoding, d.unsure), ("UTF-16LE", true));
        let zh = "一,13800138000\r\n";
        let bare: Vec<u8> = zh.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&bare, None).unwrap().text, zh);
        assert_eq!(d.text, "name,phone\r\nAnna,123\r\n");
    }

    #[test]
    fn gbk_is_detected_and_can_be_forced() {
        let text =
            "姓名,手机,公司名称,详细地址\n张伟,13800138000,北京星河科技有限公司,北京市海淀区中关村大街1号\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let d = decode(&gbk, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.unsure), (text, "GBK", false));
        let d = decode(&gbk, Some(TextEncoding::Gb18030)).unwrap();
        assert_eq!(d.text, text);
        // The same bytes read as UTF-8 are an error naming the encoding and the line.
        let e = decode(&gbk, Some(TextEncoding::Utf8)).unwrap_err();
        assert!(e.contains("UTF-8") && e.contains("line 1"), "{e}");
        // A short GBK text is decoded but flagged as a guess.
        let (short, _, _) = encoding_rs::GBK.encode("名\n");
        assert!(decode(&short, None).unwrap().unsure);
        // Short sheets with English headers, as crmfile exports them and Chinese Excel
        // saves them again: each one name, which alone fits other encodings too.
        for name in ["王芳", "李娜", "刘洋", "陈静", "吴昊", "马超"] {
            let text = format!("name,phone,company\r\n{name},13811116001,\r\n");
            let (gbk, _, _) = encoding_rs::GBK.encode(&text);
            let d = decode(&gbk, None).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (text.as_str(), "GBK"), "{name}");
        }
        // A sheet far longer than the sample the guess reads, after a long ASCII start:
        // guessed from its Chinese part, and decoded whole.
        let long = format!(
            "{}{}",
            "id,phone\n".repeat(SAMPLE / 8),
            "张伟,13800138000,北京星河科技有限公司\n".repeat(SAMPLE / 32)
        );
        let (gbk, _, _) = encoding_rs::GBK.encode(&long);
        let d = decode(&gbk, None).unwrap();
        assert_eq!((d.encoding, d.text.len()), ("GBK", long.len()));
    }

    #[test]
    fn the_header_is_the_first_row_with_two_cells_filled() {
        // A title row above the header, and a sheet of one column.
        assert_eq!(header_row(&[1, 4, 3, 3]), Some(1));
        assert_eq!(header_row(&[1, 1, 1]), Some(0));
        assert_eq!(header_row(&[2, 2]), Some(0));
        assert_eq!(header_row(&[]), None);
    }

    #[test]
    fn separators() {
        assert_eq!(delimiter("姓名\t手机\n"), b'\t');
        assert_eq!(delimiter("Name;Phone\n"), b';');
        assert_eq!(delimiter("Name,Phone;x\n"), b',');
    }

    #[test]
    fn dates_as_chinese_excel_writes_them() {
        for t in [
            "1982/3/5",
            "1982-3-5",
            "1982年3月5日",
            "1982.3.5",
            "1982.03.05",
            "19820305",
            "1982/3/5 0:00:00",
            "30015",
            "30015.5",
        ] {
            assert_eq!(sheet_date(t).as_deref(), Some("1982-03-05"), "{t}");
        }
        assert_eq!(sheet_date("10000").as_deref(), Some("1927-05-18"));
        assert_eq!(sheet_date("45000").as_deref(), Some("2023-03-15"));
        assert_eq!(sheet_date("99999").as_deref(), Some("2173-10-13"));
        for t in [
            "1982/2/30",
            "tomorrow",
            "3/5/1982",
            "",
            "0",
            "1985",
            "123456",
            "09999",
        ] {
            assert_eq!(sheet_date(t), None, "{t}");
        }
    }
}
