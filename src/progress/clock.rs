//! Time as the progress file records it: instants (`jiff::Timestamp`, written as RFC
//! 3339 UTC like `2026-12-02T10:00:00Z`) and UTC calendar days (`jiff::civil::Date`,
//! written `2026-12-02`), and the one clock everything reads.
//!
//! The clock is a value made once at start (from `TUTOR_NOW`, or the machine's) and
//! passed down, never read from a global, so tests and the review queue can move time
//! without touching the calendar. Times are compared as instants, never as text.
use crate::sanitize::strip_controls;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

/// The environment variable that stands in for the machine's clock.
pub const NOW_VARIABLE: &str = "TUTOR_NOW";

/// What time it is: the machine's clock, or a fixed instant (`TUTOR_NOW`, tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    #[default]
    System,
    Fixed(Timestamp),
}

/// `TUTOR_NOW` holds something that is not an RFC 3339 instant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{NOW_VARIABLE}: `{value}` is not an RFC 3339 time (like 2026-11-24T09:00:00Z)")]
pub struct BadNow {
    /// The value as given, sanitized: it is echoed to the terminal.
    pub value: String,
}

impl Clock {
    /// Now, to the whole second: the progress file has never recorded fractions, and
    /// a file written today reads the same as one written before.
    pub fn now(self) -> Timestamp {
        let now = match self {
            Self::System => Timestamp::now(),
            Self::Fixed(at) => at,
        };
        whole_seconds(now)
    }

    /// Today's date in UTC, the calendar of study days and review cards.
    pub fn today(self) -> Date {
        utc_date(self.now())
    }

    /// The clock `TUTOR_NOW` asks for: unset or blank is the machine's clock; an RFC
    /// 3339 instant (`2026-11-24T09:00:00Z`, `...+02:00`) is fixed there; anything
    /// else (`2026-02-30T00:00:00Z`, hour 24, offset `+99:99`) is an error.
    pub fn from_env() -> Result<Self, BadNow> {
        match std::env::var_os(NOW_VARIABLE) {
            None => Ok(Self::System),
            Some(value) => Self::from_setting(&value.to_string_lossy()),
        }
    }

    /// [`from_env`](Self::from_env) for a value already read.
    pub fn from_setting(value: &str) -> Result<Self, BadNow> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(Self::System);
        }
        value.parse().map(Self::Fixed).map_err(|_| BadNow {
            value: strip_controls(value).into_owned(),
        })
    }
}

fn whole_seconds(at: Timestamp) -> Timestamp {
    Timestamp::from_second(at.as_second()).unwrap_or(at)
}

/// The UTC calendar date of an instant.
pub fn utc_date(at: Timestamp) -> Date {
    at.to_zoned_datetime(TimeZone::UTC).date()
}

/// `20261124T010203Z`: an instant for file names and ids (UTC, no separators).
pub fn compact(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// `days` days after `date` (before it when negative), saturating at jiff's range.
pub fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(days.days())
        .unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
}

/// Days since 1970-01-01: the index calendars and streaks count in.
pub fn day_number(date: Date) -> i64 {
    // A difference of dates is counted in days unless asked otherwise, and any two
    // dates jiff can hold are a representable number of days apart.
    date.since(EPOCH_DAY)
        .map_or(0, |span| i64::from(span.get_days()))
}

/// The date of a [`day_number`].
pub fn date_of_day(day: i64) -> Date {
    add_days(EPOCH_DAY, day)
}

const EPOCH_DAY: Date = Date::constant(1970, 1, 1);

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a valid instant")
    }

    #[test]
    fn instants_print_as_rfc3339_utc_and_compact() {
        let t = at("2026-11-24T01:02:03Z");
        assert_eq!(t.to_string(), "2026-11-24T01:02:03Z");
        assert_eq!(compact(t), "20261124T010203Z");
        assert_eq!(utc_date(t).to_string(), "2026-11-24");
    }

    #[test]
    fn offsets_are_instants_not_text() {
        // Later as text, earlier as an instant: 10:00+02:00 is 08:00Z.
        let east = at("2026-11-24T10:00:00+02:00");
        let utc = at("2026-11-24T09:00:00Z");
        assert!(east < utc);
        assert_eq!(east.to_string(), "2026-11-24T08:00:00Z");
    }

    #[test]
    fn a_fixed_clock_keeps_whole_seconds() {
        let clock = Clock::Fixed(at("2026-11-24T03:02:03.250+02:00"));
        assert_eq!(clock.now().to_string(), "2026-11-24T01:02:03Z");
        assert_eq!(clock.today().to_string(), "2026-11-24");
    }

    #[test]
    fn tutor_now_must_be_a_real_instant() {
        assert_eq!(Clock::from_setting(""), Ok(Clock::System));
        assert_eq!(
            Clock::from_setting(" 2026-11-24T09:00:00Z "),
            Ok(Clock::Fixed(at("2026-11-24T09:00:00Z")))
        );
        for bad in [
            "2026-02-30T00:00:00Z",
            "2026-11-24T24:00:00Z",
            "2026-11-24T09:00:00+99:99",
            "2026-11-24",
            "tomorrow",
        ] {
            assert!(Clock::from_setting(bad).is_err(), "{bad}");
        }
        let err = Clock::from_setting("x\u{1b}[2J").unwrap_err();
        assert_eq!(
            err.to_string(),
            "TUTOR_NOW: `x[2J` is not an RFC 3339 time (like 2026-11-24T09:00:00Z)"
        );
    }

    #[test]
    fn day_numbers_count_from_the_epoch_both_ways() {
        let date = |y, m, d| Date::constant(y, m, d);
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(1969, 12, 31)), -1);
        assert_eq!(day_number(date(2026, 11, 24)), 20_781);
        for (y, m, d) in [(2000, 2, 29), (1969, 12, 31), (2024, 12, 31), (2100, 3, 1)] {
            assert_eq!(date_of_day(day_number(date(y, m, d))), date(y, m, d));
        }
        assert_eq!(add_days(date(2026, 12, 31), 1), date(2027, 1, 1));
    }
}
