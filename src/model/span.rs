//! Lengths of time as people type them: `14d`, `2w`, `1m`, `1y`.

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
        let unit = match self.unit {
            Unit::Day => 'd',
            Unit::Week => 'w',
            Unit::Month => 'm',
            Unit::Year => 'y',
        };
        write!(f, "{}{}", self.count, unit)
    }
}

impl FromStr for Span {
    type Err = String;
    fn from_str(s: &str) -> Result<Span, String> {
        let err = || crate::i18n::fl!("error-not-a-span", text = s);
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
