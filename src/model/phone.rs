//! Phone numbers with their kind: read, checked and written one way with libphonenumber's
//! data (the `phonenumber` crate). A number without a country code is read in the store's
//! region (`phone_region` in config, CN unless it says otherwise).
//!
//! A record keeps `{ number = "+86 138 0013 8000", kind = "mobile" }`: the number in the
//! international form (spaced, so a spreadsheet never turns it into a float), the kind
//! one of mobile, work, home, fax, other. A plain string, as older records and other
//! systems' JSON hold, is read too; its kind is told from the number.

use std::sync::RwLock;

use phonenumber::Mode;
use phonenumber::country::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use super::record::PhoneKind;
use super::validate::mask;
use crate::i18n::fl;

/// The region of numbers written without a country code.
static REGION: RwLock<Id> = RwLock::new(Id::CN);

/// The store's region (`CN`, `HK`, `US`…), as config names it.
pub fn parse_region(text: &str) -> Result<Id, String> {
    text.trim()
        .to_ascii_uppercase()
        .parse::<Id>()
        .map_err(|_| fl!("config-phone-region", region = text))
}

/// Numbers without a country code are read in `region` from now on (the store's config
/// sets it when the store is opened).
pub fn set_region(region: Id) {
    *REGION.write().unwrap_or_else(|e| e.into_inner()) = region;
}

fn region() -> Id {
    *REGION.read().unwrap_or_else(|e| e.into_inner())
}

/// One phone number of a record.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Phone {
    pub number: String,
    pub kind: PhoneKind,
}

impl Phone {
    /// A number as a person types it or a file brings it, `[KIND:]NUMBER` (`13800138000`,
    /// `work:010-6275 1234`, `传真：010 6275 1235`): checked against the numbering plan and
    /// put in its one form. Without a kind, the number says it (a mobile number is
    /// `mobile`, any other `other`).
    pub fn parse(text: &str) -> Result<Phone, String> {
        Phone::parse_as(text, None)
    }

    /// [`Phone::parse`] of a bare number, with a kind given apart (a column's, a vCard
    /// TYPE's), which a `KIND:` in the text overrides.
    pub fn parse_as(text: &str, kind: Option<PhoneKind>) -> Result<Phone, String> {
        let (own, text) = split_kind(text)?;
        // Most numbers typed are Chinese mobiles: they are read without the numbering
        // plans, which take 60–140 ms to load in each process.
        if let Some(number) = plain_cn_mobile(text) {
            return Ok(Phone {
                number,
                kind: own.or(kind).unwrap_or(PhoneKind::Mobile),
            });
        }
        let (n, said) = parse_checked(text)?;
        // A column of mobiles (手机) may hold an office line: where the numbering plan
        // tells mobiles apart, a number that is none is not kept as one.
        let kind =
            kind.filter(|k| *k != PhoneKind::Mobile || said == PhoneKind::Mobile || !tells_mobiles_apart(&n));
        let kind = own.or(kind).unwrap_or(said);
        Ok(Phone {
            number: n.format().mode(Mode::International).to_string(),
            kind,
        })
    }

    /// A number as a record holds it, unchecked (older records may keep numbers the
    /// numbering plan does not know); its kind guessed from its digits alone, which is
    /// cheap enough for every read.
    pub fn stored(text: &str) -> Phone {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let international = text.trim_start().starts_with('+') || digits.starts_with("00");
        // A number with a country code is Chinese only with 86.
        let national = if international {
            digits.trim_start_matches("00").strip_prefix("86").unwrap_or("")
        } else {
            &digits
        };
        let mobile = is_cn_mobile(national);
        Phone {
            number: text.trim().to_string(),
            kind: if mobile {
                PhoneKind::Mobile
            } else {
                PhoneKind::Other
            },
        }
    }

    /// The number in its one form, the kind kept; as it is when the numbering plan does
    /// not know it.
    pub fn tidy(&self) -> Phone {
        match parse_checked(&self.number) {
            Ok((n, _)) => Phone {
                number: n.format().mode(Mode::International).to_string(),
                kind: self.kind,
            },
            Err(_) => self.clone(),
        }
    }

    /// The number as a spreadsheet cell or a list item shows it: bare when its kind is
    /// the one the number itself says (`+86 138 0013 8000`), else with the kind's name
    /// first (`work:+86 10 6275 1234`, `电话(公):+86 10 6275 1234`), so that
    /// [`Phone::parse`] reads it back to the same phone.
    pub fn cell(&self, chinese: bool) -> String {
        if self.kind == Phone::stored(&self.number).kind {
            return self.number.clone();
        }
        let kind = if chinese {
            crate::i18n::enum_label_in(crate::i18n::Lang::ZhCn, "PhoneKind", self.kind.as_str())
        } else {
            self.kind.as_str().to_string()
        };
        format!("{kind}:{}", self.number)
    }
}

impl From<&str> for Phone {
    fn from(text: &str) -> Phone {
        Phone::stored(text)
    }
}

/// `KIND:` or `KIND：` at the start of a number (`tel:` is a URI's, no kind); a word
/// before a colon that names no kind is an error listing the kinds.
fn split_kind(text: &str) -> Result<(Option<PhoneKind>, &str), String> {
    match text.split_once([':', '：']) {
        Some((head, _)) if head.trim().eq_ignore_ascii_case("tel") => Ok((None, text.trim())),
        Some((head, rest)) => Ok((Some(head.parse::<PhoneKind>()?), rest.trim())),
        None => Ok((None, text.trim())),
    }
}

/// The first three digits of Chinese mobile numbers for which libphonenumber's plan
/// holds every number valid and a mobile (its pattern for China is decided by them; the
/// test `plain_mobiles_read_as_the_plan_reads_them` holds the two to each other).
const PLAIN_CN_MOBILE: [&str; 52] = [
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "162", "165", "166", "167", "170", "171", "172", "173", "175",
    "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "190", "191",
    "192", "193", "195", "196", "197", "198", "199",
];

/// A Chinese mobile number as it is most often typed (`13800138000`, `138 0013 8000`,
/// `138-0013-8000`, `+86 138 0013 8000`; bare only where numbers are Chinese) in its
/// international form, when its first digits are ones the plan holds valid whatever
/// follows; `None` for anything else, which the plan reads.
fn plain_cn_mobile(text: &str) -> Option<String> {
    let text = text.trim();
    let (international, rest) = match text.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if !rest.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-') {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let national = match international {
        true => digits.strip_prefix("86")?,
        false if region() == Id::CN => digits.as_str(),
        false => return None,
    };
    (national.len() == 11 && PLAIN_CN_MOBILE.contains(&&national[..3]))
        .then(|| format!("+86 {} {} {}", &national[..3], &national[3..7], &national[7..]))
}

/// Whether digits start like a Chinese mobile number: 13-19.
fn cn_mobile_prefix(digits: &str) -> bool {
    digits.len() > 1 && digits.starts_with('1') && matches!(digits.as_bytes()[1], b'3'..=b'9')
}

/// Whether national digits are a Chinese mobile number's: eleven, starting 13-19.
pub fn is_cn_mobile(digits: &str) -> bool {
    digits.len() == 11 && cn_mobile_prefix(digits)
}

/// The kind a list item names before its number (`work:010…`), if any.
pub fn named_kind(text: &str) -> Option<PhoneKind> {
    split_kind(text).ok().and_then(|(kind, _)| kind)
}

/// Whether the numbering plan knows the number, and the kind the number says of itself
/// (`mobile`, else `other`). A mobile number, what most sheets hold, is told by its
/// country's general and mobile patterns alone; any other goes through the whole check,
/// which tries every kind of number the plan has (premium, toll-free, shared cost…) and
/// costs about as much again.
/// Whether the numbering plan of `n`'s country has mobile numbers of their own (China's
/// do; the United States' share the fixed lines' pattern).
fn tells_mobiles_apart(n: &phonenumber::PhoneNumber) -> bool {
    let db = &phonenumber::metadata::DATABASE;
    n.metadata(db).is_some_and(|meta| {
        let patterns = meta.descriptors();
        patterns.mobile().is_some_and(|m| {
            patterns
                .fixed_line()
                .is_none_or(|f| f.national_number().as_str() != m.national_number().as_str())
        })
    })
}

fn kind_of(n: &phonenumber::PhoneNumber) -> Option<PhoneKind> {
    let db = &phonenumber::metadata::DATABASE;
    if let Some(meta) = n.metadata(db) {
        let national = n.national().to_string();
        let patterns = meta.descriptors();
        // Where fixed lines and mobiles share one pattern (the US), a number says neither.
        let alike = |m: &phonenumber::metadata::Descriptor| {
            patterns
                .fixed_line()
                .is_some_and(|f| f.national_number().as_str() == m.national_number().as_str())
        };
        if patterns.general().is_match(&national)
            && patterns
                .mobile()
                .is_some_and(|m| !alike(m) && m.is_match(&national))
        {
            return Some(PhoneKind::Mobile);
        }
    }
    n.is_valid().then_some(PhoneKind::Other)
}

/// A number the numbering plan knows, or the reason it is none, naming the common
/// mistakes (a Chinese mobile number one digit short, a landline without its area code).
fn parse_checked(text: &str) -> Result<(phonenumber::PhoneNumber, PhoneKind), String> {
    let shown = mask(text);
    // Full-width digits and signs (１３８…, ＋８６, （０１０）) as a Chinese input method
    // types them, and the apostrophe Excel keeps before a number stored as text.
    let narrow: String = text
        .trim()
        .trim_start_matches(['\'', '’', '‘'])
        .chars()
        .map(|c| match c {
            '０'..='９' | '＋' | '－' | '（' | '）' | '．' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            c => c,
        })
        .collect();
    let bare = narrow.trim();
    let bare = bare
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("tel:"))
        .map_or(bare, |_| &bare[4..]);
    // An extension as Chinese offices write it (`转 8001`, `分机 8001`) or as others do
    // (`x12`, `ext. 12`); before it only digits and the usual separators, so a typo is
    // no vanity number.
    let (main, extension) = match ["转", "分机", "ext.", "ext", "x", "#"]
        .iter()
        .find_map(|m| bare.to_lowercase().find(m).map(|at| (at, m.len())))
    {
        Some((at, len)) if bare.is_char_boundary(at) && bare.is_char_boundary(at + len) => {
            (&bare[..at], Some(bare[at + len..].trim()))
        }
        _ => (bare, None),
    };
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.' | '\u{3000}');
    if !main.chars().all(allowed)
        || extension.is_some_and(|e| e.is_empty() || !e.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(fl!("invalid-phone", text = shown));
    }
    let for_library = match extension {
        Some(e) => format!("{main} ext. {e}"),
        None => main.to_string(),
    };
    let international = {
        let m = main.trim_start();
        m.starts_with('+') || m.starts_with("00")
    };
    // First the digits rule every stored number is held to, for its hints at the common
    // mistakes (a Chinese mobile number a digit short, eleven digits that start like one
    // but are none); a bare number is read that way only where numbers are Chinese.
    if international || region() == Id::CN {
        super::validate::normalize_phone(main)?;
    }
    // Stored numbers may be any length; a typed one that starts like a Chinese mobile
    // number is one, so a digit short or long is said so.
    let digits: String = main.chars().filter(char::is_ascii_digit).collect();
    if !international && region() == Id::CN && cn_mobile_prefix(&digits) && digits.len() != 11 {
        return Err(fl!("invalid-phone-cn-digits", text = shown));
    }
    let n = phonenumber::parse(Some(region()), &for_library)
        .map_err(|_| fl!("invalid-phone", text = shown.clone()))?;
    let Some(kind) = kind_of(&n) else {
        return Err(if international {
            fl!("invalid-phone-abroad", text = shown)
        } else {
            let region = region();
            fl!("invalid-phone-unknown", text = shown, region = region.as_ref())
        });
    };
    Ok((n, kind))
}

/// What a record file or JSON holds: a plain string or a table.
impl<'de> Deserialize<'de> for Phone {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Phone, D::Error> {
        d.deserialize_any(PhoneVisitor)
    }
}

struct PhoneVisitor;

impl<'de> serde::de::Visitor<'de> for PhoneVisitor {
    type Value = Phone;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a phone number, or a table with `number` and `kind`")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Phone, E> {
        Ok(Phone::stored(v))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Phone, A::Error> {
        let mut number: Option<String> = None;
        let mut kind: Option<PhoneKind> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "number" => number = Some(map.next_value()?),
                "kind" => kind = Some(map.next_value()?),
                other => return Err(serde::de::Error::unknown_field(other, &["number", "kind"])),
            }
        }
        let number = number.ok_or_else(|| serde::de::Error::missing_field("number"))?;
        let guessed = Phone::stored(&number);
        Ok(Phone {
            kind: kind.unwrap_or(guessed.kind),
            number: guessed.number,
        })
    }
}

/// The schema says both forms.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code, reason = "a shape for the schema only")]
enum PhoneForms {
    /// A number; its kind is told from it.
    Plain(String),
    Full {
        /// The number, in the international form when crmfile wrote it
        /// (`+86 138 0013 8000`).
        number: String,
        /// mobile, work, home, fax or other (手机, 电话(公), 电话(家), 传真, 其他).
        #[serde(default)]
        kind: Option<PhoneKind>,
    },
}

impl JsonSchema for Phone {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Phone".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        PhoneForms::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading of a Chinese mobile gives what the numbering plan gives, for
    /// every three-digit start it takes, in every form it takes; it takes no other start.
    #[test]
    fn plain_mobiles_read_as_the_plan_reads_them() {
        let mut seed: u64 = 11;
        for start in 100..=199u32 {
            let plain = PLAIN_CN_MOBILE.contains(&start.to_string().as_str());
            for _ in 0..60 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let rest = format!("{:08}", (seed >> 33) % 100_000_000);
                let n = format!("{start}{rest}");
                let forms = [
                    n.clone(),
                    format!("{} {} {}", &n[..3], &n[3..7], &n[7..]),
                    format!("{}-{}-{}", &n[..3], &n[3..7], &n[7..]),
                    format!("+86 {} {} {}", &n[..3], &n[3..7], &n[7..]),
                    format!("+86{n}"),
                ];
                for form in forms {
                    let fast = plain_cn_mobile(&form);
                    if !plain {
                        assert_eq!(fast, None, "{form}");
                        continue;
                    }
                    let (number, kind) = parse_checked(&form).unwrap_or_else(|e| panic!("{form}: {e}"));
                    assert_eq!(kind, PhoneKind::Mobile, "{form}");
                    let planned = number.format().mode(Mode::International).to_string();
                    assert_eq!(fast.as_deref(), Some(planned.as_str()), "{form}");
                }
            }
        }
        // Anything else is the plan's to read.
        for other in [
            "１３８００１３８０００",
            "0086 138 0013 8000",
            "138 0013 8000 转 8001",
            "1380013800",
            "tel:13800138000",
        ] {
            assert_eq!(plain_cn_mobile(other), None, "{other}");
        }
    }

    fn parsed(text: &str) -> (String, PhoneKind) {
        let p = Phone::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        (p.number, p.kind)
    }

    #[test]
    fn full_width_digits_and_excels_apostrophe_are_read() {
        assert_eq!(parsed("１３６００１３６０００").0, "+86 136 0013 6000");
        assert_eq!(parsed("'13912345678").0, "+86 139 1234 5678");
        assert_eq!(parsed("（０１０）６２７５１２３４").0, "+86 10 6275 1234");
        assert_eq!(parsed("＋８６ １３８００１３８０００").0, "+86 138 0013 8000");
    }

    #[test]
    fn a_column_of_mobiles_keeps_an_office_line_as_no_mobile() {
        use PhoneKind::*;
        let kind = |text: &str| Phone::parse_as(text, Some(Mobile)).unwrap().kind;
        assert_eq!(kind("13800138000"), Mobile);
        assert_eq!(kind("(010)62751234"), Other);
        // Where mobiles share the fixed lines' numbers, the column says what it is.
        assert_eq!(kind("+1 415 555 0100"), Mobile);
        // Another kind named by the column stays.
        assert_eq!(Phone::parse_as("(010)62751234", Some(Work)).unwrap().kind, Work);
    }

    #[test]
    fn numbers_come_out_in_one_international_form_with_the_kind_they_say() {
        use PhoneKind::*;
        for (text, number, kind) in [
            ("13800138000", "+86 138 0013 8000", Mobile),
            ("138-0013-8000", "+86 138 0013 8000", Mobile),
            ("0086 13800138000", "+86 138 0013 8000", Mobile),
            ("138\u{3000}0013.8000", "+86 138 0013 8000", Mobile),
            ("tel:+86-138-0013-8000", "+86 138 0013 8000", Mobile),
            ("+86 10 8765 4321", "+86 10 8765 4321", Other),
            ("010-6275 1234", "+86 10 6275 1234", Other),
            ("(021) 1234 5678", "+86 21 1234 5678", Other),
            ("+1 (415) 555-0100", "+1 415-555-0100", Other),
            ("+49 30 1234 5678", "+49 30 12345678", Other),
            ("400-810-8888", "+86 400 810 8888", Other),
            ("010-6275 1234转8001", "+86 10 6275 1234 ext. 8001", Other),
            ("010 6275 1234 x12", "+86 10 6275 1234 ext. 12", Other),
        ] {
            assert_eq!(parsed(text), (number.to_string(), kind), "{text}");
        }
    }

    #[test]
    fn a_kind_is_named_in_english_or_chinese_before_a_colon() {
        assert_eq!(parsed("work:010-6275 1234").1, PhoneKind::Work);
        assert_eq!(parsed("传真：010 6275 1235").1, PhoneKind::Fax);
        assert_eq!(parsed("电话(家): 021 1234 5678").1, PhoneKind::Home);
        assert_eq!(parsed("座机:010 6275 1234").1, PhoneKind::Work);
        assert_eq!(parsed("other:13800138000").1, PhoneKind::Other);
        let p = Phone::parse_as("010 6275 1234", Some(PhoneKind::Home)).unwrap();
        assert_eq!(p.kind, PhoneKind::Home);
        assert!(Phone::parse("desk:010 6275 1234").is_err());
    }

    #[test]
    fn numbers_the_plan_does_not_know_are_refused_with_the_reason() {
        let e = Phone::parse("1380013800").unwrap_err();
        assert!(e.contains("11"), "{e}");
        let e = Phone::parse("+86 1380013800").unwrap_err();
        assert!(e.contains("11"), "{e}");
        let e = Phone::parse("12345678901").unwrap_err();
        assert!(e.contains("13-19"), "{e}");
        let e = Phone::parse("62751234").unwrap_err();
        assert!(e.contains("area code"), "{e}");
        for bad in [
            "",
            "abc",
            "12345",
            "+123",
            "+1234567890123456",
            "138+0013",
            "12345abc",
            "138 0013 8000 x",
        ] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_error_never_repeats_the_whole_number() {
        let e = Phone::parse("+86 1380013800").unwrap_err();
        assert!(!e.contains("1380013800"), "{e}");
    }

    #[test]
    fn stored_plain_numbers_get_the_kind_their_digits_say() {
        assert_eq!(Phone::stored("+86 138 0013 8000").kind, PhoneKind::Mobile);
        assert_eq!(Phone::stored("13800138000").kind, PhoneKind::Mobile);
        assert_eq!(Phone::stored("0086-138-0013-8000").kind, PhoneKind::Mobile);
        assert_eq!(Phone::stored("010-6275 1234").kind, PhoneKind::Other);
        assert_eq!(Phone::stored("5550100").kind, PhoneKind::Other);
        assert_eq!(Phone::stored("+1 (415) 555-0100").kind, PhoneKind::Other);
        assert_eq!(Phone::stored("+1 3455550100").kind, PhoneKind::Other);
    }

    #[test]
    fn cells_read_back_to_the_same_phone() {
        for p in [
            Phone::parse("13800138000").unwrap(),
            Phone::parse("work:010 6275 1234").unwrap(),
            Phone::parse("fax:13800138000").unwrap(),
            Phone::parse("010 6275 1234").unwrap(),
        ] {
            for chinese in [false, true] {
                assert_eq!(Phone::parse(&p.cell(chinese)).unwrap(), p, "{}", p.cell(chinese));
            }
        }
        assert_eq!(
            Phone::parse("13800138000").unwrap().cell(false),
            "+86 138 0013 8000"
        );
        assert_eq!(
            Phone::parse("work:010 6275 1234").unwrap().cell(true),
            "电话(公):+86 10 6275 1234"
        );
    }

    #[test]
    fn tidy_keeps_the_kind_and_leaves_unknown_numbers_alone() {
        let p = Phone {
            number: "010-6275 1234".into(),
            kind: PhoneKind::Work,
        };
        assert_eq!(
            p.tidy(),
            Phone {
                number: "+86 10 6275 1234".into(),
                kind: PhoneKind::Work
            }
        );
        let odd = Phone::stored("5550100");
        assert_eq!(odd.tidy(), odd);
    }

    #[test]
    fn both_forms_are_read_from_toml_and_json() {
        #[derive(Deserialize)]
        struct C {
            phones: Vec<Phone>,
        }
        let c: C = toml::from_str(
            "phones = [\"13800138000\", { number = \"+86 10 6275 1234\", kind = \"work\" }, { number = \"13900139000\" }]",
        )
        .unwrap();
        assert_eq!(
            c.phones.iter().map(|p| p.kind).collect::<Vec<_>>(),
            [PhoneKind::Mobile, PhoneKind::Work, PhoneKind::Mobile]
        );
        let e = serde_json::from_str::<C>(r#"{"phones":[{"number":"1","kind":"desk"}]}"#)
            .err()
            .unwrap();
        assert!(e.to_string().contains("desk"), "{e}");
        let e = serde_json::from_str::<C>(r#"{"phones":[7]}"#).err().unwrap();
        assert!(e.to_string().contains("phone number"), "{e}");
    }

    #[test]
    fn a_region_is_named_by_its_code() {
        assert_eq!(parse_region("cn").unwrap(), Id::CN);
        assert!(parse_region("Mars").is_err());
    }
}
