//! Human dates: one parser for every flag that takes a date.
//!
//! `2026-12-01`, `today`, `tomorrow`, `yesterday`, `+3d`, `-1w`, `2w` (from today),
//! `3m`, weekday names (`monday`: the next one, never today), `eom`, `eoy`.

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

fn parse_any(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = text.trim().to_lowercase();
    let bad = || fl!("error-not-a-date", text = text);
    if t.len() == 10
        && let Ok(date) = NaiveDate::parse_from_str(&t, "%Y-%m-%d")
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

#[cfg(test)]
mod tests {
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
    fn rejects_nonsense() {
        let today = d("2026-11-23");
        for bad in ["", "2026-02-30", "next week", "+", "3", "+0d", "someday"] {
            assert!(parse_date(bad, today).is_err(), "{bad}");
        }
    }
}
