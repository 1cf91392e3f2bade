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

/// How far from now tutor may compute a date: the longest review interval (16 days)
/// with room to spare. A clock closer than this to the end of the calendar jiff can
/// hold would write dates that saturate or cannot be read back, so it is refused.
pub const HORIZON_DAYS: i64 = 366;

/// `TUTOR_NOW` holds something tutor cannot use as the time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadNow {
    #[error("{NOW_VARIABLE}: `{0}` is not an RFC 3339 time (like 2026-11-24T09:00:00Z)")]
    NotATime(String),
    #[error(
        "{NOW_VARIABLE}: `{0}` is too close to the edge of the calendar; tutor keeps \
         dates up to a year from now, so use a time between {first} and {last}",
        first = earliest_now(),
        last = latest_now()
    )]
    OutOfRange(String),
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
        let shown = || strip_controls(value).into_owned();
        let at: Timestamp = match value.parse() {
            Ok(at) => at,
            // A well-formed time that jiff cannot hold (`9999-12-31T23:59:59Z`) is
            // out of range, not malformed: say which, so the fix is obvious.
            Err(_) if is_well_formed(value) => return Err(BadNow::OutOfRange(shown())),
            Err(_) => return Err(BadNow::NotATime(shown())),
        };
        if at < earliest_now() || at > latest_now() {
            return Err(BadNow::OutOfRange(shown()));
        }
        Ok(Self::Fixed(at))
    }
}

/// Whether `value` reads as a date, a time and an offset, whatever their range.
fn is_well_formed(value: &str) -> bool {
    jiff::fmt::temporal::Pieces::parse(value)
        .is_ok_and(|pieces| pieces.time().is_some() && pieces.offset().is_some())
}

/// The first instant a clock may read: [`HORIZON_DAYS`] after the first day jiff holds.
pub fn earliest_now() -> Timestamp {
    edge(Date::MIN, HORIZON_DAYS)
}

/// The last instant a clock may read: [`HORIZON_DAYS`] before the last day jiff holds.
/// Timestamps end a day before dates (jiff keeps room for any offset), so the
/// earlier of the two ends counts.
pub fn latest_now() -> Timestamp {
    let last_date = utc_date(Timestamp::MAX).min(Date::MAX);
    edge(last_date, -HORIZON_DAYS)
}

/// Midnight UTC `days` days from `date`, within jiff's range by construction.
fn edge(date: Date, days: i64) -> Timestamp {
    add_days(date, days)
        .to_zoned_datetime(TimeZone::UTC)
        .map_or(Timestamp::UNIX_EPOCH, |zoned| zoned.timestamp())
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
        for edge in [
            "9999-12-31T23:59:59Z",
            "9999-12-30T12:00:00Z",
            "9999-01-01T00:00:00Z",
            "-009999-01-02T12:00:00Z",
        ] {
            assert!(
                matches!(Clock::from_setting(edge), Err(BadNow::OutOfRange(_))),
                "{edge}"
            );
        }
        let err = Clock::from_setting("x\u{1b}[2J").unwrap_err();
        assert_eq!(
            err.to_string(),
            "TUTOR_NOW: `x[2J` is not an RFC 3339 time (like 2026-11-24T09:00:00Z)"
        );
    }

    #[test]
    fn the_edges_of_the_clock_leave_every_review_date_readable() {
        for now in [latest_now(), earliest_now()] {
            let setting = now.to_string();
            assert_eq!(Clock::from_setting(&setting), Ok(Clock::Fixed(now)));
            let due = utc_date(now).checked_add(HORIZON_DAYS.days()).unwrap();
            let back: Date = due.to_string().parse().unwrap();
            assert_eq!(back, due);
        }
        assert!(latest_now() < Timestamp::MAX);
        assert_eq!(latest_now().to_string(), "9998-12-29T00:00:00Z");
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
