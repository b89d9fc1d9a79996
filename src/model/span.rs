//! Lengths of time as people type them: `14d`, `2w`, `1m`, `1y`, `2 weeks`, and in
//! Chinese `3天`, `两周`, `一个月`, `半年`, `每两周`, `一年半`.

use std::fmt;
use std::str::FromStr;

use chrono::{Days, Months, NaiveDate};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A whole number of days, weeks, months or years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub count: u32,
    pub unit: Unit,
}

impl Span {
    pub const fn days(count: u32) -> Span {
        Span {
            count,
            unit: Unit::Day,
        }
    }

    /// `date` moved forward by this span; a month step from the 31st lands on the month's
    /// last day. `None` only past the end of the calendar.
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        self.shift(date, true)
    }

    /// `date` moved back by this span.
    pub fn before(self, date: NaiveDate) -> Option<NaiveDate> {
        self.shift(date, false)
    }

    fn shift(self, date: NaiveDate, forward: bool) -> Option<NaiveDate> {
        let n = u64::from(self.count);
        match self.unit {
            Unit::Day | Unit::Week => {
                let days = Days::new(if self.unit == Unit::Week { n * 7 } else { n });
                if forward {
                    date.checked_add_days(days)
                } else {
                    date.checked_sub_days(days)
                }
            }
            Unit::Month | Unit::Year => {
                let months = if self.unit == Unit::Year {
                    self.count.checked_mul(12)?
                } else {
                    self.count
                };
                if forward {
                    date.checked_add_months(Months::new(months))
                } else {
                    date.checked_sub_months(Months::new(months))
                }
            }
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.count, self.unit_letter())
    }
}

/// A number written in digits or in Chinese numerals (`3`, `三`, `两`, `十五`, `二十`,
/// `一百`), up to 9999.
pub(crate) fn chinese_number(text: &str) -> Option<u32> {
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) {
        return text.parse().ok();
    }
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|n| n as u32)
    };
    let (mut total, mut pending, mut seen) = (0u32, None::<u32>, false);
    for c in text.chars() {
        seen = true;
        let place = match c {
            '两' | '俩' => {
                pending = Some(2);
                continue;
            }
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => {
                pending = Some(digit(c)?);
                continue;
            }
        };
        // `十五` is fifteen: a place with no digit before it counts once.
        total += pending.take().unwrap_or(1) * place;
    }
    let n = total + pending.unwrap_or(0);
    (seen && n > 0 && n < 10_000).then_some(n)
}

/// A span in Chinese: a count (digits or numerals; `半` is a half) and a unit.
fn chinese_span(text: &str) -> Option<Span> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let every = t.starts_with('每');
    let t = t.strip_prefix('每').unwrap_or(&t);
    let units: [(&str, Unit); 10] = [
        ("个星期", Unit::Week),
        ("个礼拜", Unit::Week),
        ("星期", Unit::Week),
        ("礼拜", Unit::Week),
        ("个月", Unit::Month),
        ("天", Unit::Day),
        ("日", Unit::Day),
        ("周", Unit::Week),
        ("月", Unit::Month),
        ("年", Unit::Year),
    ];
    // `一年半`, `两个半月`: a half after the unit or before it.
    let (t, half_after) = match t.strip_suffix('半') {
        Some(rest) => (rest, true),
        None => (t, false),
    };
    let (count, unit) = units.iter().find_map(|(name, unit)| {
        let count = t.strip_suffix(name)?;
        Some((count, *unit))
    })?;
    let (count, half_before) = match count.strip_suffix("个半").or_else(|| count.strip_suffix('半')) {
        Some(rest) => (rest, true),
        None => (count, false),
    };
    let half = half_after || half_before;
    if !half && count.is_empty() {
        // `每周`, `每月`: one of them.
        return every.then_some(Span { count: 1, unit });
    }
    let whole = if count.is_empty() {
        0
    } else {
        chinese_number(count)?
    };
    if !half {
        return Some(Span { count: whole, unit });
    }
    // A half is counted in the next smaller unit that divides it evenly.
    match unit {
        Unit::Year => Some(Span {
            count: whole * 12 + 6,
            unit: Unit::Month,
        }),
        Unit::Month => Some(Span::days(whole * 30 + 15)),
        Unit::Week | Unit::Day => None,
    }
}

impl Span {
    /// The span as people say it in the language of this run: `every 14d` in English,
    /// `每两周`/`每 30 天` in Chinese (an interval).
    pub fn every(self) -> String {
        self.said(crate::i18n::Lang::current(), || {
            crate::i18n::fl!("span-every", count = self.count, unit = self.unit_letter())
        })
    }

    /// A length of time in Chinese: `2 天`, `3 周`, `1 个月`, `1 年` (in English, the
    /// span's own text, `2d`).
    pub fn length_zh(self) -> String {
        let unit = match self.unit {
            Unit::Day => "天",
            Unit::Week => "周",
            Unit::Month => "个月",
            Unit::Year => "年",
        };
        format!("{} {unit}", self.count)
    }

    /// [`Span::every`] in English whatever the language of the run.
    pub fn every_en(self) -> String {
        self.said(crate::i18n::Lang::En, || {
            crate::i18n::fl_en!("span-every", count = self.count, unit = self.unit_letter())
        })
    }

    /// The span's text in `lang`, made by `say` the first time on this thread: a list of
    /// reminders says the same few cadences a hundred thousand times.
    fn said(self, lang: crate::i18n::Lang, say: impl FnOnce() -> String) -> String {
        thread_local! {
            static SAID: std::cell::RefCell<Vec<(Span, crate::i18n::Lang, String)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        SAID.with_borrow_mut(|said| {
            if let Some((.., text)) = said.iter().find(|(s, l, _)| *s == self && *l == lang) {
                return text.clone();
            }
            let text = say();
            // A store has a handful of cadences; a bound keeps an odd one from growing it.
            if said.len() < 64 {
                said.push((self, lang, text.clone()));
            }
            text
        })
    }

    fn unit_letter(self) -> &'static str {
        match self.unit {
            Unit::Day => "d",
            Unit::Week => "w",
            Unit::Month => "m",
            Unit::Year => "y",
        }
    }
}

impl FromStr for Span {
    type Err = String;
    fn from_str(s: &str) -> Result<Span, String> {
        let err = || crate::i18n::fl!("error-not-a-span", text = s);
        if !s.is_ascii() {
            return chinese_span(s)
                .filter(|span| span.count > 0 && span.count <= 10_000)
                .ok_or_else(err);
        }
        let t = s.trim().to_lowercase();
        let split = t.find(|c: char| !c.is_ascii_digit()).ok_or_else(err)?;
        let (digits, unit) = t.split_at(split);
        let count: u32 = digits.parse().map_err(|_| err())?;
        let unit = match unit.trim() {
            "d" | "day" | "days" => Unit::Day,
            "w" | "week" | "weeks" => Unit::Week,
            "m" | "month" | "months" => Unit::Month,
            "y" | "year" | "years" => Unit::Year,
            _ => return Err(err()),
        };
        if count == 0 || count > 10_000 {
            return Err(err());
        }
        Ok(Span { count, unit })
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        // A stored record's problems are said in English: audit's JSON quotes them.
        text.parse().map_err(|_| {
            serde::de::Error::custom(crate::i18n::fl_en!("error-not-a-span", text = text.as_str()))
        })
    }
}

impl JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Span".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "pattern": "^[1-9][0-9]*[dwmy]$" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints() {
        for s in ["14d", "2w", "1m", "3y"] {
            assert_eq!(s.parse::<Span>().unwrap().to_string(), s);
        }
        assert_eq!("2 weeks".parse::<Span>().unwrap().to_string(), "2w");
        for bad in ["", "d", "0d", "3x", "-2d", "1.5d"] {
            assert!(bad.parse::<Span>().is_err(), "{bad}");
        }
    }

    #[test]
    fn spans_parse_long_unit_names_in_any_case() {
        assert_eq!(
            " 3 Months ".parse::<Span>(),
            Ok(Span {
                count: 3,
                unit: Unit::Month
            })
        );
        assert_eq!(
            "1 YEAR".parse::<Span>(),
            Ok(Span {
                count: 1,
                unit: Unit::Year
            })
        );
        assert_eq!("10days".parse::<Span>(), Ok(Span::days(10)));
    }

    #[test]
    fn a_span_is_at_most_ten_thousand_units() {
        assert_eq!("10000d".parse::<Span>(), Ok(Span::days(10_000)));
        assert!("10001d".parse::<Span>().is_err());
        assert!("99999999999d".parse::<Span>().is_err());
    }

    #[test]
    fn a_span_needs_digits_first_and_one_known_unit() {
        for bad in ["d3", "3dd", "3 fortnights", "3d4", "３d", "14"] {
            let e = bad.parse::<Span>().unwrap_err();
            assert!(e.contains(bad), "{bad}: {e}");
        }
    }

    #[test]
    fn chinese_spans_take_numerals_units_and_halves() {
        let span = |s: &str| s.parse::<Span>().map(|x| x.to_string());
        for (text, want) in [
            ("3天", "3d"),
            ("10天", "10d"),
            ("10 天", "10d"),
            ("两周", "2w"),
            ("每两周", "2w"),
            ("一周", "1w"),
            ("三个星期", "3w"),
            ("一个月", "1m"),
            ("每月", "1m"),
            ("三个月", "3m"),
            ("十五天", "15d"),
            ("二十天", "20d"),
            ("半年", "6m"),
            ("一年半", "18m"),
            ("半个月", "15d"),
            ("两年", "2y"),
            ("1年", "1y"),
        ] {
            assert_eq!(span(text).as_deref(), Ok(want), "{text}");
        }
        for bad in ["零天", "三", "天天", "半周", "一万年", "三x天", "周"] {
            assert!(bad.parse::<Span>().is_err(), "{bad}");
        }
    }

    #[test]
    fn chinese_numbers() {
        for (t, n) in [
            ("一", 1),
            ("十", 10),
            ("十二", 12),
            ("二十一", 21),
            ("一百零五", 105),
            ("两千", 2000),
            ("30", 30),
        ] {
            assert_eq!(chinese_number(t), Some(n), "{t}");
        }
        assert_eq!(chinese_number(""), None);
        assert_eq!(chinese_number("零"), None);
    }

    #[test]
    fn weeks_are_seven_days_both_ways() {
        let w = Span {
            count: 3,
            unit: Unit::Week,
        };
        assert_eq!(w.after(d("2026-12-25")), Some(d("2027-01-15")));
        assert_eq!(w.before(d("2027-01-15")), Some(d("2026-12-25")));
    }

    #[test]
    fn a_month_back_from_the_31st_clamps_too() {
        let m: Span = "1m".parse().unwrap();
        assert_eq!(m.before(d("2026-03-31")), Some(d("2026-02-28")));
        assert_eq!(m.before(d("2028-03-31")), Some(d("2028-02-29")));
    }

    #[test]
    fn a_span_past_the_end_of_the_calendar_is_none() {
        let huge = Span {
            count: 400_000_000,
            unit: Unit::Year,
        };
        assert_eq!(huge.after(d("2026-01-01")), None);
        assert_eq!(Span::days(10_000).before(NaiveDate::MIN), None);
    }

    #[test]
    fn spans_are_stored_as_text_and_bad_text_is_refused() {
        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        struct S {
            s: Span,
        }
        let v = S { s: Span::days(14) };
        assert_eq!(toml::to_string(&v).unwrap(), "s = \"14d\"\n");
        assert_eq!(toml::from_str::<S>("s = \"14d\"").unwrap(), v);
        let e = toml::from_str::<S>("s = \"2x\"").unwrap_err().to_string();
        assert!(e.contains("2x"), "{e}");
    }

    #[test]
    fn month_steps_clamp_to_month_end() {
        let m: Span = "1m".parse().unwrap();
        assert_eq!(m.after(d("2026-01-31")), Some(d("2026-02-28")));
        assert_eq!(m.after(d("2028-01-31")), Some(d("2028-02-29")));
        let y: Span = "1y".parse().unwrap();
        assert_eq!(y.after(d("2028-02-29")), Some(d("2029-02-28")));
        assert_eq!(
            "2w".parse::<Span>().unwrap().before(d("2026-03-01")),
            Some(d("2026-02-15"))
        );
    }
}
