//! Dates in the Chinese lunisolar calendar (农历), as birthdays are often kept: parsing
//! `农历八月十五`, `农历1975年闰四月初八` or `1975-08-15`, and finding the Gregorian day a
//! lunar date falls on in a given year, through ICU4X's Chinese calendar.

use chrono::{Datelike, NaiveDate};
use icu_calendar::Date;
use icu_calendar::types::Month;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::fl;

fn is_false(b: &bool) -> bool {
    !*b
}

/// The calendar a yearly date is kept in; only the Chinese one for now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CalendarName {
    #[default]
    Chinese,
}

/// A day of the Chinese calendar: month 1–12 (a leap month repeats the month before it),
/// day 1–30, and the year (the Gregorian year the lunar year starts in) when known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct LunarDate {
    #[serde(default)]
    pub calendar: CalendarName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[schemars(range(min = 1, max = 12))]
    pub month: u8,
    #[serde(default, skip_serializing_if = "is_false")]
    pub leap: bool,
    #[schemars(range(min = 1, max = 30))]
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊",
];
const DIGITS: [&str; 10] = ["十", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// A lunar day's traditional name: 初一…初十, 十一…十九, 二十, 廿一…廿九, 三十.
fn day_name(day: u8) -> String {
    match day {
        1..=10 => format!("初{}", DIGITS[usize::from(day % 10)]),
        11..=19 => format!("十{}", DIGITS[usize::from(day % 10)]),
        20 => "二十".into(),
        21..=29 => format!("廿{}", DIGITS[usize::from(day % 10)]),
        _ => "三十".into(),
    }
}

fn parse_day(text: &str) -> Option<u8> {
    let t = text.trim_end_matches(['日', '号']);
    if let Some(rest) = t.strip_prefix('初') {
        return super::span::chinese_number(rest)
            .filter(|d| *d <= 10)
            .map(|d| d as u8);
    }
    if let Some(rest) = t.strip_prefix('廿') {
        return super::span::chinese_number(rest)
            .filter(|d| *d <= 9)
            .map(|d| 20 + d as u8);
    }
    super::span::chinese_number(t)
        .filter(|d| (1..=30).contains(d))
        .map(|d| d as u8)
}

fn parse_month(text: &str) -> Option<u8> {
    match text {
        "正" | "元" => Some(1),
        "冬" => Some(11),
        "腊" | "臘" => Some(12),
        _ => super::span::chinese_number(text)
            .filter(|m| (1..=12).contains(m))
            .map(|m| m as u8),
    }
}

impl LunarDate {
    /// `农历八月十五`, `农历闰四月初八`, `农历1975年八月十五`, `阴历腊月廿三`, and the
    /// numeric forms `1975-08-15`, `08-15`, `1975-04L-08` (L: the leap month).
    pub fn parse(text: &str) -> Result<LunarDate, String> {
        let bad = || fl!("error-not-a-lunar-date", text = text);
        let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let date = if t.is_ascii() {
            let parts: Vec<&str> = t.split('-').collect();
            let (year, month, day) = match parts.as_slice() {
                [y, m, d] => (Some(y.parse::<i32>().map_err(|_| bad())?), *m, *d),
                [m, d] => (None, *m, *d),
                _ => return Err(bad()),
            };
            let (month, leap) = match month.strip_suffix(['L', 'l']) {
                Some(m) => (m, true),
                None => (month, false),
            };
            LunarDate {
                calendar: CalendarName::Chinese,
                year,
                month: month.parse().map_err(|_| bad())?,
                leap,
                day: day.parse().map_err(|_| bad())?,
            }
        } else {
            let t = ["农历", "阴历", "旧历"]
                .iter()
                .find_map(|p| t.strip_prefix(p))
                .unwrap_or(&t);
            let (year, rest) = match t.split_once('年') {
                Some((y, rest)) => (Some(y.parse::<i32>().map_err(|_| bad())?), rest),
                None => (None, t),
            };
            let (leap, rest) = match rest.strip_prefix('闰') {
                Some(r) => (true, r),
                None => (false, rest),
            };
            let (month, day) = rest.split_once('月').ok_or_else(bad)?;
            LunarDate {
                calendar: CalendarName::Chinese,
                year,
                month: parse_month(month).ok_or_else(bad)?,
                leap,
                day: parse_day(day).ok_or_else(bad)?,
            }
        };
        if !(1..=12).contains(&date.month) || !(1..=30).contains(&date.day) {
            return Err(bad());
        }
        if let Some(year) = date.year {
            date.exact(year)?;
        }
        Ok(date)
    }

    /// The Gregorian day this lunar date falls on in the lunar year that starts in
    /// `year`, or why there is none, naming the nearest days that exist.
    pub fn exact(self, year: i32) -> Result<NaiveDate, String> {
        let month = if self.leap {
            Month::leap(self.month)
        } else {
            Month::new(self.month)
        };
        match Date::try_new_chinese_traditional(year, month, self.day) {
            Ok(d) => iso(&d.to_calendar(icu_calendar::Iso))
                .ok_or_else(|| fl!("error-not-a-lunar-date", text = self.name())),
            Err(_) => {
                let mut nearest = Vec::new();
                for candidate in self.nearest(year) {
                    // The day after the 30th of the twelfth month is in the next year.
                    if let Ok(d) = candidate.exact(candidate.year.unwrap_or(year)) {
                        nearest.push(format!("{}（{d}）", candidate.name()));
                    }
                }
                Err(fl!(
                    "error-no-such-lunar-date",
                    date = self.with_year(year).name(),
                    nearest = nearest.join("、")
                ))
            }
        }
    }

    /// The day it is kept on in the lunar year that starts in `year`: a leap month that
    /// year lacks is kept in the ordinary month of the same number, a 30th in a month of
    /// 29 days on the 29th.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        let mut d = self;
        if d.exact(year).is_err() {
            d.leap = false;
        }
        while d.day > 28 && d.exact(year).is_err() {
            d.day -= 1;
        }
        d.exact(year).ok()
    }

    /// The next Gregorian day from `today` on (today included) that this date falls on.
    pub fn next_from(self, today: NaiveDate) -> Option<NaiveDate> {
        (today.year() - 1..=today.year() + 1)
            .filter_map(|y| self.in_year(y))
            .find(|d| *d >= today)
    }

    /// The lunar date a Gregorian day is, with its year.
    pub fn from_gregorian(day: NaiveDate) -> Option<LunarDate> {
        let iso = Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8).ok()?;
        let chinese = iso.to_calendar(icu_calendar::cal::ChineseTraditional::new());
        let month = chinese.month();
        Some(LunarDate {
            calendar: CalendarName::Chinese,
            year: Some(chinese.cyclic_year().related_iso),
            month: month.number(),
            leap: month.to_input().is_leap(),
            day: chinese.day_of_month().0,
        })
    }

    fn with_year(self, year: i32) -> LunarDate {
        LunarDate {
            year: Some(year),
            ..self
        }
    }

    /// Dates near one that does not exist: the ordinary month for a leap one; the 29th
    /// and the next month's 1st for a 30th.
    fn nearest(self, year: i32) -> Vec<LunarDate> {
        let mut out = Vec::new();
        let base = self.with_year(year);
        if self.leap {
            out.push(LunarDate { leap: false, ..base });
        }
        if self.day == 30 {
            out.push(LunarDate { day: 29, ..base });
            let next = if self.month == 12 {
                LunarDate {
                    year: Some(year + 1),
                    month: 1,
                    leap: false,
                    day: 1,
                    ..base
                }
            } else {
                LunarDate {
                    month: self.month + 1,
                    leap: false,
                    day: 1,
                    ..base
                }
            };
            out.push(next);
        }
        out
    }

    /// The date as it is written in Chinese: `农历1975年闰四月初八`.
    pub fn name(self) -> String {
        format!(
            "农历{}{}{}月{}",
            self.year.map(|y| format!("{y}年")).unwrap_or_default(),
            if self.leap { "闰" } else { "" },
            MONTHS[usize::from(self.month.clamp(1, 12) - 1)],
            day_name(self.day)
        )
    }
}

fn iso(d: &Date<icu_calendar::Iso>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        d.year().extended_year(),
        u32::from(d.month().number()),
        u32::from(d.day_of_month().0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn mid_autumn_falls_on_its_gregorian_days() {
        let mid_autumn = LunarDate::parse("农历八月十五").unwrap();
        assert_eq!(mid_autumn.in_year(2025), Some(d("2025-10-06")));
        assert_eq!(mid_autumn.in_year(2026), Some(d("2026-09-25")));
        assert_eq!(mid_autumn.next_from(d("2026-11-27")), Some(d("2027-09-15")));
        let new_year = LunarDate::parse("正月初一").unwrap();
        assert_eq!(new_year.in_year(2026), Some(d("2026-02-17")));
    }

    #[test]
    fn every_written_form_parses() {
        let want = LunarDate {
            calendar: CalendarName::Chinese,
            year: Some(1975),
            month: 8,
            leap: false,
            day: 15,
        };
        assert_eq!(LunarDate::parse("1975-08-15"), Ok(want));
        assert_eq!(LunarDate::parse("农历1975年八月十五"), Ok(want));
        assert_eq!(LunarDate::parse("阴历 1975年8月15日"), Ok(want));
        let leap = LunarDate::parse("农历闰四月初八").unwrap();
        assert!(leap.leap && leap.month == 4 && leap.day == 8 && leap.year.is_none());
        assert_eq!(LunarDate::parse("腊月廿三").unwrap().day, 23);
        assert_eq!(
            LunarDate::parse("2023-02L-10").unwrap().name(),
            "农历2023年闰二月初十"
        );
        for bad in ["", "农历十三月一日", "八月三十一", "1975-13-01", "十五"] {
            assert!(LunarDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_date_that_does_not_exist_names_the_nearest() {
        // 2024 has no leap fourth month (its leap month is none at all).
        let e = LunarDate::parse("农历2024年闰四月十五").unwrap_err();
        assert!(e.contains("农历2024年四月十五"), "{e}");
        // The 12th month of 2024's lunar year has 29 days.
        let e = LunarDate::parse("2024-12-30").unwrap_err();
        assert!(e.contains("农历2024年腊月廿九"), "{e}");
        assert!(e.contains("农历2025年正月初一"), "{e}");
        // Each with its own Gregorian day: the new year of 2025 fell on 29 January 2025.
        assert!(e.contains("农历2024年腊月廿九（2025-01-28）"), "{e}");
        assert!(e.contains("农历2025年正月初一（2025-01-29）"), "{e}");
    }

    #[test]
    fn a_leap_month_birthday_is_kept_in_the_ordinary_month_in_other_years() {
        let leap = LunarDate::parse("农历2020年闰四月初八").unwrap();
        assert_eq!(leap.exact(2020), Ok(d("2020-05-30")));
        let plain = LunarDate { leap: false, ..leap };
        assert_eq!(leap.in_year(2026), plain.in_year(2026));
    }

    #[test]
    fn gregorian_days_read_back_as_lunar() {
        let l = LunarDate::from_gregorian(d("2026-09-25")).unwrap();
        assert_eq!(l.name(), "农历2026年八月十五");
    }
}
