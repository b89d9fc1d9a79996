//! serde's messages in the language of the run. A record's problems are worded in English
//! where they are made (audit's JSON quotes them, and serde's own are English), so the
//! texts people read from an import or `--json` input are put in their language here, by
//! the shapes serde and crmfile's own readers give them. A shape not known is left as it
//! is.

use i18n_embed::fluent::FluentLanguageLoader;

use super::LOADER;

/// A message of the catalog of `$l`, a loader.
macro_rules! say {
    ($l:expr, $id:literal) => {
        i18n_embed_fl::fl!($l, $id)
    };
    ($l:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($l, $id, $($args)*)
    };
}

/// TOML's own syntax errors (the words of `toml_parser`, `toml` and `toml_datetime`,
/// before any `, expected …`), each with its catalog entry: fixed texts that quote
/// nothing of the record.
const TOML_HEADS: &[(&str, &str)] = &[
    ("unexpected key or value", "toml-unexpected-key-or-value"),
    ("unexpected content", "toml-unexpected-content"),
    (
        "unexpected content between comment and newline",
        "toml-unexpected-content-between-comment-and-newline",
    ),
    ("unexpected `=` in array", "toml-unexpected-equals-in-array"),
    ("unexpected leading zero", "toml-unexpected-leading-zero"),
    ("unexpected sign", "toml-unexpected-sign"),
    ("missing opening quote", "toml-missing-opening-quote"),
    ("missing escaped value", "toml-missing-escaped-value"),
    (
        "missing comma between array elements",
        "toml-missing-comma-between-array-elements",
    ),
    (
        "missing comma between key-value pairs",
        "toml-missing-comma-between-key-value-pairs",
    ),
    (
        "missing assignment between key-value pairs",
        "toml-missing-assignment-between-key-value-pairs",
    ),
    (
        "missing key for inline table element",
        "toml-missing-key-for-inline-table-element",
    ),
    (
        "missing inline table opening",
        "toml-missing-inline-table-opening",
    ),
    ("missing array opening", "toml-missing-array-opening"),
    ("missing table open", "toml-missing-table-open"),
    ("missing comment start", "toml-missing-comment-start"),
    ("missing value", "toml-missing-value"),
    ("missing value for key", "toml-missing-value-for-key"),
    ("key with no value", "toml-key-with-no-value"),
    ("unclosed array table", "toml-unclosed-array-table"),
    ("unclosed table", "toml-unclosed-table"),
    ("unclosed inline table", "toml-unclosed-inline-table"),
    ("unclosed array", "toml-unclosed-array"),
    ("extra comma in inline table", "toml-extra-comma-in-inline-table"),
    ("extra comma in array", "toml-extra-comma-in-array"),
    (
        "extra assignment between key-value pairs",
        "toml-extra-assignment-between-key-value-pairs",
    ),
    ("extra `=`", "toml-extra-equals"),
    ("invalid unquoted key", "toml-invalid-unquoted-key"),
    ("invalid key", "toml-invalid-key"),
    ("invalid basic string", "toml-invalid-basic-string"),
    (
        "invalid multi-line basic string",
        "toml-invalid-multi-line-basic-string",
    ),
    ("invalid literal string", "toml-invalid-literal-string"),
    (
        "invalid multi-line literal string",
        "toml-invalid-multi-line-literal-string",
    ),
    ("invalid string", "toml-invalid-string"),
    ("invalid value", "toml-invalid-value"),
    ("invalid table", "toml-invalid-table"),
    ("invalid key-value pair", "toml-invalid-key-value-pair"),
    (
        "invalid inline table element",
        "toml-invalid-inline-table-element",
    ),
    ("invalid integer number", "toml-invalid-integer-number"),
    ("invalid hexadecimal number", "toml-invalid-hexadecimal-number"),
    ("invalid octal number", "toml-invalid-octal-number"),
    ("invalid binary number", "toml-invalid-binary-number"),
    ("invalid float", "toml-invalid-float"),
    ("invalid mantissa", "toml-invalid-mantissa"),
    ("invalid fraction", "toml-invalid-fraction"),
    ("invalid exponent", "toml-invalid-exponent"),
    ("invalid boolean", "toml-invalid-boolean"),
    ("invalid comment character", "toml-invalid-comment-character"),
    ("invalid date-time", "toml-invalid-date-time"),
    ("invalid datetime", "toml-invalid-datetime"),
    ("invalid date", "toml-invalid-date"),
    ("invalid time", "toml-invalid-time"),
    ("duplicate key", "toml-duplicate-key"),
];
/// What such an error says was expected, each with its catalog entry (a quoted token,
/// `` `=` ``, is said as it is).
const TOML_TOKENS: &[(&str, &str)] = &[
    ("newline", "toml-token-newline"),
    ("nothing", "toml-token-nothing"),
    ("key", "toml-token-key"),
    ("value", "toml-token-value"),
    ("basic string", "toml-token-basic-string"),
    ("literal string", "toml-token-literal-string"),
    ("multi-line basic string", "toml-token-multi-line-basic-string"),
    ("characters", "toml-token-characters"),
    ("printable characters", "toml-token-printable-characters"),
    (
        "non-double-quote visible characters",
        "toml-token-non-double-quote-visible-characters",
    ),
    (
        "non-single-quote characters",
        "toml-token-non-single-quote-characters",
    ),
    (
        "non-single-quote visible characters",
        "toml-token-non-single-quote-visible-characters",
    ),
    ("digits", "toml-token-digits"),
    ("numbers", "toml-token-numbers"),
    ("letters", "toml-token-letters"),
    (
        "unicode hexadecimal value",
        "toml-token-unicode-hexadecimal-value",
    ),
    ("year or hour", "toml-token-year-or-hour"),
    ("month", "toml-token-month"),
    ("day", "toml-token-day"),
    ("hour", "toml-token-hour"),
    ("minute", "toml-token-minute"),
    ("second", "toml-token-second"),
    ("a four-digit year (YYYY)", "toml-token-a-four-digit-year-yyyy"),
    ("a two-digit month (MM)", "toml-token-a-two-digit-month-mm"),
    ("a two-digit day (DD)", "toml-token-a-two-digit-day-dd"),
    ("month between 01 and 12", "toml-token-month-between-01-and-12"),
    ("`T` between date and time", "toml-token-t-between-date-and-time"),
    ("a two-digit hour (HH)", "toml-token-a-two-digit-hour-hh"),
    ("a two-digit minute (MM)", "toml-token-a-two-digit-minute-mm"),
    ("a two-digit second (SS)", "toml-token-a-two-digit-second-ss"),
    ("hour between 00 and 23", "toml-token-hour-between-00-and-23"),
    ("hours between 00 and 23", "toml-token-hours-between-00-and-23"),
    ("minute between 00 and 59", "toml-token-minute-between-00-and-59"),
    (
        "minutes between 00 and 59",
        "toml-token-minutes-between-00-and-59",
    ),
    ("second between 00 and 60", "toml-token-second-between-00-and-60"),
    ("day between 01 and 28", "toml-token-day-between-01-and-28"),
    ("day between 01 and 29", "toml-token-day-between-01-and-29"),
    ("day between 01 and 30", "toml-token-day-between-01-and-30"),
    ("day between 01 and 31", "toml-token-day-between-01-and-31"),
    ("nanosecond", "toml-token-nanosecond"),
    ("nanoseconds overflowed", "toml-token-nanoseconds-overflowed"),
    ("`-` (MM-DD)", "toml-token-mm-dd"),
    ("`:` (HH:MM)", "toml-token-hh-mm"),
    ("`-` (YYYY-MM) or `:` (HH:MM)", "toml-token-yyyy-mm-or-hh-mm"),
];

/// The catalog entry of a TOML syntax error, when `reason` is one: its words are the
/// parser's own, so they need not be hidden as a record's content would be.
pub fn toml_syntax_id(reason: &str) -> Option<&'static str> {
    let head = reason.split_once(", expected ").map_or(reason, |(head, _)| head);
    TOML_HEADS.iter().find(|(h, _)| *h == head).map(|(_, id)| *id)
}

/// A TOML syntax error in the language of `l`: what is wrong, and what was expected
/// (a token the catalog does not name is said as TOML wrote it).
fn toml_syntax(l: &FluentLanguageLoader, text: &str) -> Option<String> {
    let what = l.get(toml_syntax_id(text)?);
    let Some((_, expected)) = text.split_once(", expected ") else {
        return Some(what);
    };
    let tokens: Vec<String> = expected
        .split(", ")
        .map(|t| match TOML_TOKENS.iter().find(|(token, _)| *token == t) {
            Some((_, id)) => l.get(id),
            None => t.to_string(),
        })
        .collect();
    let expected = tokens.join(&say!(l, "list-separator"));
    Some(say!(l, "toml-expected", what = what, expected = expected))
}

/// `text` (one of serde's or a stored value's messages) in the language of this run.
pub fn serde_message(text: &str) -> String {
    serde_message_in(&LOADER, text)
}

/// [`serde_message`] in the language of `l`.
pub fn serde_message_in(l: &FluentLanguageLoader, text: &str) -> String {
    let text = text.trim();
    if let Some(field) = quoted_whole(text, "missing field ") {
        return say!(l, "serde-missing-field", field = field);
    }
    if let Some(field) = quoted_whole(text, "duplicate field ") {
        return say!(l, "serde-duplicate-field", field = field);
    }
    if let Some((field, rest)) = quoted_then(text, "unknown field ") {
        let choices = choices_in(rest).map(|c| list(l, c)).filter(|c| !c.is_empty());
        return match choices {
            Some(choices) => say!(l, "serde-unknown-field-of", field = field, choices = choices),
            None => say!(l, "serde-unknown-field", field = field),
        };
    }
    if let Some(said) = syntax(l, text) {
        return said;
    }
    if let Some(said) = toml_syntax(l, text) {
        return said;
    }
    if let Some((value, rest)) = quoted_then(text, "unknown variant ") {
        let choices = list(l, choices_in(rest).unwrap_or_default());
        return say!(l, "serde-unknown-variant", value = value, choices = choices);
    }
    if let Some((found, expected)) = split_expected(text, "invalid type: ") {
        return say!(
            l,
            "serde-invalid-type",
            found = found_value(l, found),
            expected = expected_text(l, expected)
        );
    }
    if let Some((found, expected)) = split_expected(text, "invalid value: ") {
        return say!(
            l,
            "serde-invalid-value",
            found = found_value(l, found),
            expected = expected_text(l, expected)
        );
    }
    if let Some(found) = quoted_before(text, "` is not a date (YYYY-MM-DD, years 0001 to 9999)") {
        return say!(l, "serde-not-a-date", text = found);
    }
    if let Some(found) = quoted_before(
        text,
        "` is not a date-time with offset (2026-11-20T15:00:00+08:00)",
    ) {
        return say!(l, "serde-not-a-timestamp", text = found);
    }
    if let Some(example) = text
        .strip_prefix("an amount is a decimal like \"")
        .and_then(|t| t.strip_suffix('"'))
    {
        return say!(l, "serde-not-an-amount", example = example);
    }
    if let Some(found) = quoted_before(text, "` is not a length of time (e.g. 14d, 2w, 1m, 1y)") {
        return say!(l, "error-not-a-span", text = found);
    }
    text.to_string()
}

/// The value in "`value`SUFFIX" when that is the whole text.
fn quoted_before<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    text.strip_suffix(suffix)?.strip_prefix('`')
}

/// The name in "PREFIX`name`" when that is the whole text.
fn quoted_whole<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    match quoted_then(text, prefix)? {
        (name, "") => Some(name),
        _ => None,
    }
}

/// The name in "PREFIX`name`…" and what follows it.
fn quoted_then<'a>(text: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    let rest = text.strip_prefix(prefix)?.strip_prefix('`')?;
    let end = rest.find('`')?;
    Some((&rest[..end], &rest[end + 1..]))
}

/// The list after a name serde did not know (`, expected one of `a`, `b``).
fn choices_in(rest: &str) -> Option<&str> {
    rest.strip_prefix(", expected one of ")
        .or_else(|| rest.strip_prefix(", expected "))
}

/// "PREFIX found, expected expected" as its two parts.
fn split_expected<'a>(text: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    text.strip_prefix(prefix)?.rsplit_once(", expected ")
}

/// serde's list of choices (`` `a`, `b` or `c` ``) as the language lists them.
fn list(l: &FluentLanguageLoader, choices: &str) -> String {
    let items: Vec<&str> = choices
        .split(", ")
        .flat_map(|c| c.split(" or "))
        .map(|c| c.trim().trim_matches('`'))
        .filter(|c| !c.is_empty())
        .collect();
    items.join(&say!(l, "list-separator"))
}

/// serde_json's reasons for a line that is not JSON at all, in the language.
fn syntax(l: &FluentLanguageLoader, text: &str) -> Option<String> {
    Some(match text {
        t if t.starts_with("EOF while parsing") => say!(l, "serde-syntax-eof"),
        "expected value" | "expected ident" => say!(l, "serde-syntax-value"),
        "trailing characters" | "trailing comma" => say!(l, "serde-syntax-trailing"),
        "key must be a string" => say!(l, "serde-syntax-key"),
        "invalid escape" => say!(l, "serde-syntax-escape"),
        "invalid number" | "number out of range" => say!(l, "serde-syntax-number"),
        t if t.starts_with("control character") => say!(l, "serde-syntax-control"),
        t => {
            let token = t.strip_prefix("expected ").filter(|k| k.starts_with('`'))?;
            say!(l, "serde-syntax-expected", token = token)
        }
    })
}

/// What serde found (`integer `5``, `string "x"`, `map`), its kind named in the language.
fn found_value(l: &FluentLanguageLoader, found: &str) -> String {
    const KINDS: [&str; 9] = [
        "floating point",
        "integer",
        "string",
        "boolean",
        "map",
        "sequence",
        "null",
        "unit value",
        "character",
    ];
    for english in KINDS {
        if let Some(rest) = found.strip_prefix(english)
            && (rest.is_empty() || rest.starts_with(' '))
        {
            let name = match english {
                "floating point" => say!(l, "serde-found-float"),
                "integer" => say!(l, "serde-found-integer"),
                "string" | "character" => say!(l, "serde-found-string"),
                "boolean" => say!(l, "serde-found-boolean"),
                "map" => say!(l, "serde-found-map"),
                "sequence" => say!(l, "serde-found-sequence"),
                _ => say!(l, "serde-found-null"),
            };
            return format!("{name}{rest}");
        }
    }
    found.to_string()
}

/// What serde expected, named in the language when it is one crmfile's records ask for.
fn expected_text(l: &FluentLanguageLoader, expected: &str) -> String {
    match expected {
        "a string" | "a borrowed string" | "a character" => say!(l, "serde-expected-string"),
        "a sequence" => say!(l, "serde-expected-sequence"),
        "a map" => say!(l, "serde-expected-map"),
        "a boolean" => say!(l, "serde-expected-boolean"),
        "u8" | "u16" | "u32" | "u64" => say!(l, "serde-expected-unsigned"),
        "i8" | "i16" | "i32" | "i64" | "an integer" => say!(l, "serde-expected-integer"),
        "f32" | "f64" => say!(l, "serde-expected-number"),
        "a date (YYYY-MM-DD)" => say!(l, "serde-expected-date"),
        "a date-time with offset (RFC 3339)" => say!(l, "serde-expected-timestamp"),
        "a phone number, or a table with `number` and `kind`" => say!(l, "serde-expected-phone"),
        "string or map" => say!(l, "serde-expected-string-or-map"),
        e if e.starts_with("struct ") => say!(l, "serde-expected-map"),
        _ => expected.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every TOML error and token is in both catalogs: in English as TOML words it (so
    /// English messages are TOML's own), in Chinese in other words.
    #[test]
    fn toml_s_words_are_in_both_catalogs() {
        for (words, id) in TOML_HEADS.iter().chain(TOML_TOKENS) {
            assert_eq!(crate::i18n::ENGLISH.get(id), *words, "{id}");
            let chinese = crate::i18n::CHINESE.get(id);
            assert!(chinese != *words && !chinese.contains(id), "{id}: {chinese}");
        }
    }

    /// What TOML says of text that is not TOML is read as one of its errors, and said
    /// in Chinese with what was expected (a check on TOML's wording after an upgrade).
    #[test]
    fn toml_syntax_errors_are_said_in_chinese() {
        for (text, chinese) in [
            ("name = \"x\" y\n", "意外的键或值，此处应为 换行、`#`"),
            ("name \"x\"\n", "键没有值，此处应为 `=`"),
            ("name = \"x\nn = 1\n", "双引号文本不合规则，此处应为 `\"`"),
            ("a = 1\na = 2\n", "键重复"),
            ("d = 2026-13-01\n", "日期不合规则，此处应为 01 至 12 之间的月"),
        ] {
            let e = toml::from_str::<toml::Table>(text).unwrap_err();
            let reason = e.message().trim_end();
            assert!(toml_syntax_id(reason).is_some(), "{reason}");
            assert_eq!(
                serde_message_in(&crate::i18n::CHINESE, reason),
                chinese,
                "{reason}"
            );
            assert_eq!(serde_message_in(&crate::i18n::ENGLISH, reason), reason);
        }
    }

    /// The shapes of serde_json's and crmfile's messages, as the libraries make them, in
    /// Chinese; the same call in English keeps the meaning.
    #[test]
    fn serde_shapes_are_said_in_chinese() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Probe {
            name: String,
            n: u32,
            tier: Option<crate::model::record::Tier>,
            day: Option<crate::model::date::Date>,
        }
        let message = |json: &str| {
            serde_json::from_str::<Probe>(json)
                .expect_err(json)
                .to_string()
                .split(" at line ")
                .next()
                .unwrap()
                .to_string()
        };
        let cases = [
            (r#"{"n": 1}"#, "缺少字段 `name`"),
            (
                r#"{"name": "a", "n": 1, "nmae": 2}"#,
                "未知字段 `nmae`（可用字段：name、n、tier、day）",
            ),
            (r#"{"name": "a", "n": 1"#, "JSON 在行尾前没有结束"),
            (r#"{"name": "a", "n": 1} x"#, "JSON 值之后还有多余的内容"),
            (
                r#"{"name": "a", "n": "5"}"#,
                "类型不对：应为非负整数，实为文本 \"5\"",
            ),
            (r#"{"name": 5, "n": 1}"#, "类型不对：应为文本，实为整数 `5`"),
            (r#"{"name": "a", "n": -1}"#, "值不对：应为非负整数，实为整数 `-1`"),
            (
                r#"{"name": true, "n": 1}"#,
                "类型不对：应为文本，实为布尔值 `true`",
            ),
            (
                r#"{"name": "a", "n": 1, "day": "abc"}"#,
                "`abc` 不是日期（YYYY-MM-DD，年份 0001 至 9999）",
            ),
        ];
        for (json, said) in cases {
            assert_eq!(
                serde_message_in(&crate::i18n::CHINESE, &message(json)),
                said,
                "{json}"
            );
        }
        let variant = serde_message_in(
            &crate::i18n::CHINESE,
            &message(r#"{"name": "a", "n": 1, "tier": "gold"}"#),
        );
        assert!(
            variant.starts_with("`gold` 不是可选值之一：strategic、"),
            "{variant}"
        );
        assert_eq!(
            serde_message_in(&crate::i18n::CHINESE, "something else"),
            "something else"
        );
        assert_eq!(
            serde_message_in(&crate::i18n::ENGLISH, &message(r#"{"n": 1}"#)),
            "missing field `name`"
        );
        assert_eq!(
            serde_message_in(&crate::i18n::ENGLISH, &message(r#"{"name": "a", "n": "5"}"#)),
            "invalid type: expected a whole number 0 or more, found a string \"5\""
        );
    }
}
