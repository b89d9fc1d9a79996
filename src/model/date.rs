//! Calendar dates and instants as they are stored: native TOML dates
//! (`birthday = 1985-03-12`) and offset date-times
//! (`at = 2026-11-20T15:00:00+08:00`), read from TOML or from JSON strings.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use toml::value::Datetime;

/// A calendar date, stored as a TOML local date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// An instant with its UTC offset, stored as a TOML offset date-time, to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl Timestamp {
    /// Drops sub-second precision so that what is stored is what is shown.
    pub fn new(at: DateTime<FixedOffset>) -> Self {
        Timestamp(at.with_nanosecond(0).unwrap_or(at))
    }
    pub fn date(self) -> NaiveDate {
        self.0.date_naive()
    }
}

impl fmt::Display for Date {
    /// `%Y-%m-%d`, as chrono writes a date itself (without reading a format each time).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.to_rfc3339())
    }
}

/// The years a record can hold: what TOML and the schema write as four digits.
pub fn in_range(date: NaiveDate) -> bool {
    (1..=9999).contains(&chrono::Datelike::year(&date))
}

/// `text` read as `%Y-%m-%d`, exactly as `NaiveDate::parse_from_str(text, "%Y-%m-%d")`
/// reads it, without reading the format each time (every date of every record read).
pub fn parse_ymd(text: &str) -> Option<NaiveDate> {
    use chrono::format::{Item, Numeric, Pad, Parsed};
    const YMD: [Item<'static>; 5] = [
        Item::Numeric(Numeric::Year, Pad::Zero),
        Item::Literal("-"),
        Item::Numeric(Numeric::Month, Pad::Zero),
        Item::Literal("-"),
        Item::Numeric(Numeric::Day, Pad::Zero),
    ];
    let mut parsed = Parsed::new();
    chrono::format::parse(&mut parsed, text, YMD.iter()).ok()?;
    parsed.to_naive_date().ok()
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        parse_ymd(s.trim())
            .filter(|d| in_range(*d) && s.trim().len() == 10)
            .map(Date)
            .ok_or_else(|| format!("`{s}` is not a date (YYYY-MM-DD, years 0001 to 9999)"))
    }
}

impl FromStr for Timestamp {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        DateTime::parse_from_rfc3339(s.trim())
            .map(Timestamp::new)
            .map_err(|_| format!("`{s}` is not a date-time with offset (2026-11-20T15:00:00+08:00)"))
    }
}

fn to_toml_datetime<E: serde::ser::Error>(text: &str) -> Result<Datetime, E> {
    Datetime::from_str(text).map_err(|_| E::custom(format!("`{text}` cannot be written as a TOML date")))
}

thread_local! {
    /// Set while a record is written as JSON ([`with_dates_as_text`]).
    static AS_TEXT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with dates and times serialized as their text, as JSON holds them, instead of
/// as TOML datetimes (which any other serializer writes as a one-key table): a record is
/// then written as JSON straight from its fields.
pub fn with_dates_as_text<R>(f: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            AS_TEXT.set(self.0);
        }
    }
    let _restore = Restore(AS_TEXT.replace(true));
    f()
}

/// A date or time's text as TOML writes it: its own, when that is the same (four-digit
/// years, whole seconds), else read as a TOML datetime and written again.
fn toml_text<E: serde::ser::Error>(text: String, plain: bool) -> Result<String, E> {
    if plain {
        Ok(text)
    } else {
        Ok(to_toml_datetime::<E>(&text)?.to_string())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if AS_TEXT.get() {
            return s.serialize_str(&toml_text::<S::Error>(self.to_string(), in_range(self.0))?);
        }
        to_toml_datetime::<S::Error>(&self.to_string())?.serialize(s)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if AS_TEXT.get() {
            let plain = in_range(self.0.date_naive()) && chrono::Timelike::nanosecond(&self.0) == 0;
            return s.serialize_str(&toml_text::<S::Error>(self.to_string(), plain)?);
        }
        to_toml_datetime::<S::Error>(&self.to_string())?.serialize(s)
    }
}

/// Accepts a string (JSON, CLI) or a native TOML datetime and hands its text to `FromStr`.
struct TextVisitor<T>(std::marker::PhantomData<T>, &'static str);

impl<'de, T: FromStr<Err = String>> Visitor<'de> for TextVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.1)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        T::from_str(v).map_err(E::custom)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let dt = Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
        T::from_str(&dt.to_string()).map_err(de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor(std::marker::PhantomData, "a date (YYYY-MM-DD)"))
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor(
            std::marker::PhantomData,
            "a date-time with offset (RFC 3339)",
        ))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date" })
    }
}

impl JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date-time" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_date_is_read_as_its_format_says(
            text in "[ +0-9-]{0,6}[0-9-][0-9 -]{0,6}",
            (year, month, day) in (-20_000i32..20_000, 0u32..14, 0u32..33),
            (widths, signed, space) in ((0usize..6, 0usize..3, 0usize..3), proptest::bool::ANY, 0usize..12),
        ) {
            let sign = if signed && year >= 0 { "+" } else { "" };
            let mut near = format!("{sign}{year:0w0$}-{month:0w1$}-{day:0w2$}", w0 = widths.0, w1 = widths.1, w2 = widths.2);
            if space < near.len() && near.is_char_boundary(space) {
                near.insert(space, ' ');
            }
            for text in [text, near] {
                let by_format = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
                proptest::prop_assert_eq!(parse_ymd(&text), by_format, "{:?}", text);
            }
        }
    }

    #[test]
    fn a_date_is_written_as_its_format_says() {
        let years = [
            -262_143, -10_000, -1, 0, 1, 9, 99, 999, 1985, 9999, 10_000, 262_142,
        ];
        for year in years {
            for (month, day) in [(1, 1), (2, 28), (12, 31)] {
                let d = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                assert_eq!(Date(d).to_string(), d.format("%Y-%m-%d").to_string());
                assert_eq!(parse_ymd(&Date(d).to_string()), Some(d));
            }
        }
    }

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct T {
        d: Date,
        t: Timestamp,
    }

    proptest::proptest! {
        /// Written as text for JSON, a date or time is the text of the TOML datetime it
        /// is written as otherwise, whatever its offset, year or fraction of a second.
        #[test]
        fn dates_as_text_are_the_text_of_their_toml_datetimes(
            days in 1i32..3_652_059,
            secs in -62_000_000_000i64..250_000_000_000,
            nanos in proptest::prop_oneof![proptest::strategy::Just(0u32), 0u32..1_000_000_000],
            offset_min in -1439i32..=1439,
        ) {
            let offset = chrono::FixedOffset::east_opt(offset_min * 60).unwrap();
            let date = Date(NaiveDate::from_num_days_from_ce_opt(days).unwrap());
            let at = Timestamp(chrono::TimeZone::timestamp_opt(&offset, secs, nanos).unwrap());
            let as_toml = |text: String| to_toml_datetime::<serde_json::Error>(&text).map(|d| serde_json::to_string(&d.to_string()).unwrap());
            let as_text = |v: &dyn erased::Json| with_dates_as_text(|| v.json());
            proptest::prop_assert_eq!(as_text(&date).ok(), as_toml(date.to_string()).ok());
            proptest::prop_assert_eq!(as_text(&at).ok(), as_toml(at.to_string()).ok());
            // Control: outside of it, a date is a TOML datetime (a one-key table in JSON).
            let marked = serde_json::to_string(&date).unwrap();
            proptest::prop_assert!(marked.starts_with('{'), "{}", marked);
        }
    }

    /// A value written as JSON, for a test over values of two types.
    mod erased {
        pub trait Json {
            fn json(&self) -> serde_json::Result<String>;
        }
        impl<T: serde::Serialize> Json for T {
            fn json(&self) -> serde_json::Result<String> {
                serde_json::to_string(self)
            }
        }
    }

    #[test]
    fn toml_native_and_json_strings_round_trip() {
        let text = "d = 1985-03-12\nt = 2026-11-22T09:30:00+08:00\n";
        let v: T = toml::from_str(text).unwrap();
        assert_eq!(v.d.to_string(), "1985-03-12");
        assert_eq!(toml::to_string(&v).unwrap(), text);
        let j: T = serde_json::from_str(r#"{"d":"1985-03-12","t":"2026-11-22T09:30:00+08:00"}"#).unwrap();
        assert_eq!(j, v);
    }

    #[test]
    fn a_date_is_ten_characters_in_years_1_to_9999() {
        assert_eq!(" 1985-03-12 ".parse::<Date>().unwrap().to_string(), "1985-03-12");
        for bad in [
            "1985-3-12",
            "0000-01-01",
            "10000-01-01",
            "85-03-12",
            "1985-03-12T00:00:00",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("0001-01-01".parse::<Date>().is_ok());
        assert!("9999-12-31".parse::<Date>().is_ok());
    }

    #[test]
    fn timestamps_drop_fractions_of_a_second() {
        let t: Timestamp = "2026-11-20T15:00:00.75+08:00".parse().unwrap();
        assert_eq!(t.to_string(), "2026-11-20T15:00:00+08:00");
    }

    #[test]
    fn a_timestamp_without_an_offset_is_refused() {
        let e = "2026-11-20T15:00:00".parse::<Timestamp>().unwrap_err();
        assert!(e.contains("offset"), "{e}");
        assert!("2026-11-20".parse::<Timestamp>().is_err());
    }

    #[test]
    fn a_timestamps_date_is_the_date_where_it_happened() {
        let t: Timestamp = "2026-11-20T23:30:00-05:00".parse().unwrap();
        assert_eq!(t.date().to_string(), "2026-11-20");
    }

    #[test]
    fn timestamps_order_by_instant_not_by_text() {
        let a: Timestamp = "2026-11-20T09:00:00+08:00".parse().unwrap(); // 01:00Z
        let b: Timestamp = "2026-11-20T02:00:00Z".parse().unwrap();
        assert!(a < b);
        assert_eq!(a, "2026-11-20T01:00:00Z".parse::<Timestamp>().unwrap());
    }

    #[test]
    fn a_bad_date_in_json_is_refused_with_its_text() {
        let e = serde_json::from_str::<T>(r#"{"d":"1985-02-30","t":"2026-11-22T09:30:00+08:00"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("1985-02-30"), "{e}");
    }

    #[test]
    fn rejects_local_datetime_for_timestamp() {
        assert!(toml::from_str::<T>("d = 1985-03-12\nt = 2026-11-22T09:30:00\n").is_err());
        assert!("1985-02-30".parse::<Date>().is_err());
    }
}
