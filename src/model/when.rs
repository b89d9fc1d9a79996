//! Human dates: one parser for every flag that takes a date.
//!
//! `2026-12-01`, `today`, `tomorrow`, `yesterday`, `+3d`, `-1w`, `2w` (from today),
//! `3m`, weekday names (`monday`: the next one, never today), `eom`, `eoy`.
//!
//! In Chinese: `今天`, `明天`, `后天`, `昨天`, `前天`, `3天后`, `两周后`, `一个月`, `3天前`;
//! `周五`/`星期五`/`礼拜五` is the next Friday, never today (said on a Friday it is a week
//! ahead, like `friday`); `本周五`/`这周五` is this week's Friday (weeks start on Monday),
//! `下周一` is the Monday of next week, `下下周一` the week after; `月底`, `年底`;
//! `上周五` the Friday of last week; `下个月`/`下月` is the first day of next month;
//! `12月1日` (or `12月1号`) is the next 1 December from today on (today included);
//! `2026年12月1日` is that day.
//!
//! The date something happened on ([`parse_past_date`]) reads a weekday alone and a day
//! of the year without its year backwards: the last such day.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::span::Span;
use crate::i18n::fl;

pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let date = parse_any(text, today)?;
    if super::date::in_range(date) {
        Ok(date)
    } else {
        Err(fl!("error-date-years", text = text))
    }
}

/// A date that names its year (`1985-03-05`, `1985/3/5`, `1985年3月5日`): a birthday. A
/// day alone (`3月5日`) or a word (`明天`) would make up a year, so it is an error.
pub fn parse_dated_with_year(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let date = parse_date(text, today)?;
    let year = format!("{:04}", date.year());
    let digits: Vec<&str> = text.split(|c: char| !c.is_ascii_digit()).collect();
    if digits.contains(&year.as_str()) {
        Ok(date)
    } else {
        Err(fl!("error-date-needs-year", text = text))
    }
}

fn parse_any(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = text.trim().to_lowercase();
    let bad = || fl!("error-not-a-date", text = text);
    if t.len() == 10
        && let Some(date) = crate::model::date::parse_ymd(&t)
    {
        return Ok(date);
    }
    let out_of_range = || fl!("error-date-calendar", text = text);
    match t.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return today.checked_add_days(Days::new(1)).ok_or_else(out_of_range),
        "yesterday" => return today.checked_sub_days(Days::new(1)).ok_or_else(out_of_range),
        "eom" => {
            let first_next = if today.month() == 12 {
                NaiveDate::from_ymd_opt(today.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(today.year(), today.month() + 1, 1)
            };
            return first_next.and_then(|d| d.pred_opt()).ok_or_else(out_of_range);
        }
        "eoy" => return NaiveDate::from_ymd_opt(today.year(), 12, 31).ok_or_else(out_of_range),
        _ => {}
    }
    if !t.is_ascii() {
        return chinese(&t, today).unwrap_or_else(|| Err(bad()));
    }
    if let Ok(weekday) = t.parse::<Weekday>() {
        let ahead =
            (7 + weekday.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64 - 1)
                % 7
                + 1;
        return today
            .checked_add_days(Days::new(ahead as u64))
            .ok_or_else(out_of_range);
    }
    let (forward, rest) = match t.strip_prefix('-') {
        Some(rest) => (false, rest),
        None => (true, t.strip_prefix('+').unwrap_or(&t)),
    };
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        let span: Span = rest.parse().map_err(|_| bad())?;
        let moved = if forward {
            span.after(today)
        } else {
            span.before(today)
        };
        return moved.ok_or_else(out_of_range);
    }
    Err(bad())
}

fn end_of_month(date: NaiveDate) -> Option<NaiveDate> {
    first_of_next_month(date)?.pred_opt()
}

fn first_of_next_month(date: NaiveDate) -> Option<NaiveDate> {
    if date.month() == 12 {
        NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
    }
}

/// A weekday named in Chinese after 周, 星期 or 礼拜: 一 to 六, and 日/天/七 for Sunday.
fn chinese_weekday(text: &str) -> Option<Weekday> {
    let day = ["星期", "礼拜", "周"].iter().find_map(|p| text.strip_prefix(p))?;
    Some(match day {
        "一" | "1" => Weekday::Mon,
        "二" | "2" => Weekday::Tue,
        "三" | "3" => Weekday::Wed,
        "四" | "4" => Weekday::Thu,
        "五" | "5" => Weekday::Fri,
        "六" | "6" => Weekday::Sat,
        "日" | "天" | "七" | "7" => Weekday::Sun,
        _ => return None,
    })
}

/// `2026年12月1日`, `12月1日`, `12月1号` (spaces removed): the year if given, the month
/// and the day, not yet checked against the calendar.
fn month_day(t: &str) -> Option<(Option<i32>, u32, u32)> {
    let body = t.strip_suffix('日').or_else(|| t.strip_suffix('号'))?;
    let (year, month_day) = match body.split_once('年') {
        Some((y, rest)) => (Some(y.parse::<i32>().ok()?), rest),
        None => (None, body),
    };
    let (month, day) = month_day.split_once('月')?;
    Some((
        year,
        super::span::chinese_number(month)?,
        super::span::chinese_number(day)?,
    ))
}

/// The date something happened on (a contact, a purchase, a payment, feedback; the start
/// of a period): as [`parse_date`], but a day of the year without its year (`12月1日`) is
/// the latest on or before today, and a weekday alone (`friday`, `周五`, `星期五`) the
/// latest before today: said on a Friday, a week ago, as `friday` is a week ahead in
/// [`parse_date`]. `今天` is today.
pub fn parse_past_date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let weekday = if t.is_ascii() {
        t.parse::<Weekday>().ok()
    } else {
        chinese_weekday(&t)
    };
    let past = if let Some(weekday) = weekday {
        let back =
            (6 + today.weekday().num_days_from_monday() as i64 - weekday.num_days_from_monday() as i64) % 7
                + 1;
        today.checked_sub_days(Days::new(back as u64))
    } else if let Some((None, month, day)) = month_day(&t) {
        // 2月29日 is the last one there was.
        (0..8).find_map(|k| NaiveDate::from_ymd_opt(today.year() - k, month, day).filter(|d| *d <= today))
    } else {
        return parse_date(text, today);
    };
    match past {
        Some(d) if super::date::in_range(d) => Ok(d),
        _ => Err(fl!("error-not-a-date", text = text)),
    }
}

/// A date in Chinese; `None` when the text is none of the forms this module documents.
fn chinese(t: &str, today: NaiveDate) -> Option<Result<NaiveDate, String>> {
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let out = |d: Option<NaiveDate>| Some(d.ok_or_else(|| fl!("error-date-calendar", text = t.as_str())));
    let days = |n: i64| out(today.checked_add_signed(chrono::TimeDelta::days(n)));
    match t.as_str() {
        "今天" | "今日" => return days(0),
        "明天" | "明日" => return days(1),
        "后天" => return days(2),
        "大后天" => return days(3),
        "昨天" | "昨日" => return days(-1),
        "前天" => return days(-2),
        "月底" | "月末" | "本月底" => return out(end_of_month(today)),
        "年底" | "年末" | "今年底" => return out(NaiveDate::from_ymd_opt(today.year(), 12, 31)),
        "下个月" | "下月" => return out(first_of_next_month(today)),
        "下个月底" | "下月底" => return out(first_of_next_month(today).and_then(end_of_month)),
        _ => {}
    }
    if let Some(weekday) = chinese_weekday(&t) {
        let ahead =
            (6 + weekday.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64) % 7
                + 1;
        return days(ahead);
    }
    // 本周五, 下周一, 下下周一, 上周五: a day of a week counted from this one (Monday first).
    let week = if let Some(r) = t.strip_prefix("下下") {
        Some((2, r))
    } else if let Some(r) = t.strip_prefix('下') {
        Some((1, r))
    } else if let Some(r) = t.strip_prefix('本').or_else(|| t.strip_prefix('这')) {
        Some((0, r))
    } else if let Some(r) = t.strip_prefix("上上") {
        Some((-2, r))
    } else {
        t.strip_prefix('上').map(|r| (-1, r))
    };
    if let Some((weeks, rest)) = week
        && let Some(weekday) = chinese_weekday(rest.strip_prefix('个').unwrap_or(rest))
    {
        let monday = -(today.weekday().num_days_from_monday() as i64);
        return days(monday + 7 * weeks + weekday.num_days_from_monday() as i64);
    }
    // 3天后, 两周以后, 一个月之后, 3天前.
    for (suffix, forward) in [
        ("以后", true),
        ("之后", true),
        ("后", true),
        ("以前", false),
        ("之前", false),
        ("前", false),
    ] {
        if let Some(span) = t.strip_suffix(suffix).and_then(|r| r.parse::<Span>().ok()) {
            return out(if forward {
                span.after(today)
            } else {
                span.before(today)
            });
        }
    }
    if let Ok(span) = t.parse::<Span>() {
        return out(span.after(today));
    }
    let (year, month, day) = month_day(&t)?;
    let invalid = || Some(Err(fl!("error-not-a-date", text = t.as_str())));
    match year {
        Some(y) => match NaiveDate::from_ymd_opt(y, month, day) {
            Some(d) => Some(Ok(d)),
            None => invalid(),
        },
        None => {
            // The next such day from today on; 2月29日 waits for a leap year.
            (0..8)
                .find_map(|k| NaiveDate::from_ymd_opt(today.year() + k, month, day).filter(|d| *d >= today))
                .map(Ok)
                .or_else(invalid)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_birthday_names_its_year() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for (text, want) in [("1985-03-05", day(1985, 3, 5)), ("1985年3月5日", day(1985, 3, 5))] {
            assert_eq!(super::parse_dated_with_year(text, today), Ok(want), "{text}");
        }
        for text in ["3月5日", "明天", "tomorrow", "12-01"] {
            assert!(super::parse_dated_with_year(text, today).is_err(), "{text}");
        }
    }

    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn absolute_and_named() {
        let today = d("2026-11-23"); // a Monday
        assert_eq!(parse_date("2026-12-01", today), Ok(d("2026-12-01")));
        assert_eq!(parse_date("today", today), Ok(today));
        assert_eq!(parse_date("Tomorrow", today), Ok(d("2026-11-24")));
        assert_eq!(parse_date("yesterday", today), Ok(d("2026-11-22")));
        assert_eq!(parse_date("eom", today), Ok(d("2026-11-30")));
        assert_eq!(parse_date("eoy", today), Ok(d("2026-12-31")));
    }

    #[test]
    fn weekdays_are_the_next_one_never_today() {
        let monday = d("2026-11-23");
        assert_eq!(parse_date("monday", monday), Ok(d("2026-11-30")));
        assert_eq!(parse_date("tue", monday), Ok(d("2026-11-24")));
        assert_eq!(parse_date("sunday", monday), Ok(d("2026-11-29")));
    }

    #[test]
    fn relative_spans_and_month_ends() {
        let today = d("2026-01-31");
        assert_eq!(parse_date("+3d", today), Ok(d("2026-02-03")));
        assert_eq!(parse_date("2w", today), Ok(d("2026-02-14")));
        assert_eq!(parse_date("-1w", today), Ok(d("2026-01-24")));
        assert_eq!(parse_date("1m", today), Ok(d("2026-02-28")));
        assert_eq!(parse_date("1m", d("2028-01-31")), Ok(d("2028-02-29")));
        assert_eq!(parse_date("-1y", d("2028-02-29")), Ok(d("2027-02-28")));
        assert_eq!(parse_date("eom", d("2028-02-10")), Ok(d("2028-02-29")));
        assert_eq!(parse_date("eom", d("2026-12-05")), Ok(d("2026-12-31")));
    }

    #[test]
    fn words_ignore_case_and_surrounding_space() {
        let today = d("2026-11-23");
        assert_eq!(parse_date("  TODAY ", today), Ok(today));
        assert_eq!(parse_date("EOM", today), Ok(d("2026-11-30")));
        assert_eq!(parse_date(" Friday", today), Ok(d("2026-11-27")));
    }

    #[test]
    fn end_of_month_on_the_last_day_is_that_day() {
        assert_eq!(parse_date("eom", d("2026-12-31")), Ok(d("2026-12-31")));
        assert_eq!(parse_date("eom", d("2026-04-30")), Ok(d("2026-04-30")));
        assert_eq!(parse_date("eoy", d("2026-12-31")), Ok(d("2026-12-31")));
    }

    #[test]
    fn a_weekday_from_the_day_after_is_six_days_ahead() {
        let saturday = d("2026-11-28");
        assert_eq!(parse_date("friday", saturday), Ok(d("2026-12-04")));
        assert_eq!(parse_date("sat", saturday), Ok(d("2026-12-05")));
    }

    #[test]
    fn relative_dates_count_back_and_across_year_ends() {
        let today = d("2026-12-30");
        assert_eq!(parse_date("-3d", today), Ok(d("2026-12-27")));
        assert_eq!(parse_date("+3d", today), Ok(d("2027-01-02")));
        assert_eq!(parse_date("+1 month", d("2026-03-31")), Ok(d("2026-04-30")));
        assert_eq!(parse_date("tomorrow", today), Ok(d("2026-12-31")));
    }

    #[test]
    fn dates_outside_years_1_to_9999_are_refused() {
        let e = parse_date("+1y", d("9999-06-01")).unwrap_err();
        assert!(e.contains("0001 to 9999"), "{e}");
        assert!(parse_date("0000-01-01", d("2026-11-23")).is_err());
        assert!(parse_date("tomorrow", d("9999-12-31")).is_err());
    }

    #[test]
    fn a_date_must_be_written_in_full() {
        let today = d("2026-11-23");
        for bad in ["2026-1-5", "2026/01/05", "20260105", "26-01-05"] {
            let e = parse_date(bad, today).unwrap_err();
            assert!(e.contains(bad), "{bad}: {e}");
        }
    }

    #[test]
    fn chinese_words_and_relative_dates() {
        let today = d("2026-11-27"); // a Friday
        for (text, want) in [
            ("今天", "2026-11-27"),
            ("明天", "2026-11-28"),
            ("后天", "2026-11-29"),
            ("昨天", "2026-11-26"),
            ("3天后", "2026-11-30"),
            ("两周后", "2026-12-11"),
            ("一个月", "2026-12-27"),
            ("10天", "2026-12-07"),
            ("3天前", "2026-11-24"),
            ("月底", "2026-11-30"),
            ("年底", "2026-12-31"),
            ("下个月", "2026-12-01"),
            ("12月1日", "2026-12-01"),
            ("12月1号", "2026-12-01"),
            ("十二月一日", "2026-12-01"),
            ("2026年12月1日", "2026-12-01"),
            ("2025年3月5日", "2025-03-05"),
            ("11月1日", "2027-11-01"),
            ("11月27日", "2026-11-27"),
        ] {
            assert_eq!(parse_date(text, today), Ok(d(want)), "{text}");
        }
    }

    #[test]
    fn a_chinese_weekday_said_on_that_day_is_a_week_ahead() {
        let friday = d("2026-11-27");
        assert_eq!(parse_date("周五", friday), Ok(d("2026-12-04")));
        assert_eq!(parse_date("星期五", friday), Ok(d("2026-12-04")));
        assert_eq!(parse_date("礼拜六", friday), Ok(d("2026-11-28")));
        assert_eq!(parse_date("周日", friday), Ok(d("2026-11-29")));
        assert_eq!(parse_date("星期天", friday), Ok(d("2026-11-29")));
        assert_eq!(parse_date("周一", friday), Ok(d("2026-11-30")));
        // Weeks start on Monday: 下周一 is next week's Monday, 本周五 this week's Friday.
        assert_eq!(parse_date("下周一", friday), Ok(d("2026-11-30")));
        assert_eq!(parse_date("下周五", friday), Ok(d("2026-12-04")));
        assert_eq!(parse_date("下下周一", friday), Ok(d("2026-12-07")));
        assert_eq!(parse_date("本周五", friday), Ok(friday));
        let sunday = d("2026-11-29");
        assert_eq!(parse_date("下周一", sunday), Ok(d("2026-11-30")));
        assert_eq!(parse_date("下星期三", sunday), Ok(d("2026-12-02")));
    }

    #[test]
    fn what_happened_reads_days_of_the_year_and_weekdays_backwards() {
        // 2026-12-07 is a Monday.
        let today = d("2026-12-07");
        for (text, expected) in [
            ("12月1日", "2026-12-01"),
            ("12月7日", "2026-12-07"),
            ("12月8日", "2025-12-08"),
            (" 11 月 30 日 ", "2026-11-30"),
            ("十二月一号", "2026-12-01"),
            ("周五", "2026-12-04"),
            ("星期一", "2026-11-30"),
            ("friday", "2026-12-04"),
            ("Monday", "2026-11-30"),
            // Everything else reads as parse_date does.
            ("今天", "2026-12-07"),
            ("昨天", "2026-12-06"),
            ("上周五", "2026-12-04"),
            ("本周一", "2026-12-07"),
            ("2027年1月1日", "2027-01-01"),
            ("2026-12-01", "2026-12-01"),
            ("-1w", "2026-11-30"),
        ] {
            assert_eq!(parse_past_date(text, today), Ok(d(expected)), "{text}");
        }
        assert_eq!(parse_past_date("2月29日", today), Ok(d("2024-02-29")));
        assert_eq!(parse_date("上上周五", today), Ok(d("2026-11-27")));
        for bad in ["2月30日", "13月1日", "周八", "someday"] {
            assert!(parse_past_date(bad, today).is_err(), "{bad}");
        }
    }

    #[test]
    fn chinese_nonsense_is_refused_with_the_text() {
        let today = d("2026-11-27");
        for bad in ["某天", "2026年2月30日", "13月1日", "周八", "下周", "2月30日"] {
            let e = parse_date(bad, today).unwrap_err();
            assert!(e.contains(bad), "{bad}: {e}");
        }
    }

    #[test]
    fn rejects_nonsense() {
        let today = d("2026-11-23");
        for bad in ["", "2026-02-30", "next week", "+", "3", "+0d", "someday"] {
            assert!(parse_date(bad, today).is_err(), "{bad}");
        }
    }
}
