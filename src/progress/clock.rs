//! Time as the progress file records it: UTC instants written as TOML datetimes.
//!
//! The clock is a value passed in, never read from a global, so tests (and the review
//! queue) can move time without touching the calendar.
use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Instant(pub i64);

pub trait Clock {
    fn now(&self) -> Instant;
}

/// The machine's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Instant(i64::try_from(secs).unwrap_or(i64::MAX))
    }
}

/// A clock that says what it is told: for tests and for replaying.
#[derive(Debug, Clone, Copy, Default)]
pub struct FixedClock(pub Instant);

impl Clock for FixedClock {
    fn now(&self) -> Instant {
        self.0
    }
}

const SECS_PER_DAY: i64 = 86_400;

// y, m, d, h, s are the names every calendar algorithm uses.
#[allow(clippy::many_single_char_names)]
impl Instant {
    /// Days since the epoch (the calendar day, UTC).
    pub fn day(self) -> i64 {
        self.0.div_euclid(SECS_PER_DAY)
    }

    /// The civil date and time (UTC) of this instant.
    pub fn to_civil(self) -> (i64, u32, u32, u32, u32, u32) {
        let (y, m, d) = civil_from_days(self.day());
        let rem = self.0.rem_euclid(SECS_PER_DAY);
        // rem < 86_400, so the casts below cannot truncate.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let (h, min, s) = (
            (rem / 3600) as u32,
            (rem % 3600 / 60) as u32,
            (rem % 60) as u32,
        );
        (y, m, d, h, min, s)
    }

    /// `2026-11-24T01:02:03Z`.
    pub fn rfc3339(self) -> String {
        let (y, m, d, h, min, s) = self.to_civil();
        format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}Z")
    }

    /// `20261124T010203Z`: for file names.
    pub fn compact(self) -> String {
        let (y, m, d, h, min, s) = self.to_civil();
        format!("{y:04}{m:02}{d:02}T{h:02}{min:02}{s:02}Z")
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` with `Z` or an offset (`+02:00`), optional
    /// fractional seconds; a bare date counts as midnight UTC.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let date = text.get(..10)?;
        let mut parts = date.split('-');
        let y: i64 = parts.next()?.parse().ok()?;
        let m: u32 = parts.next()?.parse().ok()?;
        let d: u32 = parts.next()?.parse().ok()?;
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let mut secs = days_from_civil(y, m, d) * SECS_PER_DAY;
        let rest = &text[10..];
        if rest.is_empty() {
            return Some(Self(secs));
        }
        let rest = rest.strip_prefix(['T', 't', ' '])?;
        let h: i64 = rest.get(0..2)?.parse().ok()?;
        let min: i64 = rest.get(3..5)?.parse().ok()?;
        let s: i64 = rest.get(6..8)?.parse().ok()?;
        secs += h * 3600 + min * 60 + s;
        let mut tail = &rest[8..];
        if let Some(frac) = tail.strip_prefix('.') {
            tail = frac.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        match tail {
            "" | "Z" | "z" => Some(Self(secs)),
            offset => {
                let sign = match offset.get(..1)? {
                    "+" => 1,
                    "-" => -1,
                    _ => return None,
                };
                let oh: i64 = offset.get(1..3)?.parse().ok()?;
                let om: i64 = offset.get(4..6)?.parse().ok()?;
                Some(Self(secs - sign * (oh * 3600 + om * 60)))
            }
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let (m, d) = (i64::from(m), i64::from(d));
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    // d is in 1..=31 and m in 1..=12 by construction.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    (if m <= 2 { y + 1 } else { y }, m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_round_trip() {
        let t = Instant(1_795_482_123); // 2026-11-24T01:02:03Z
        assert_eq!(t.rfc3339(), "2026-11-24T01:02:03Z");
        assert_eq!(t.compact(), "20261124T010203Z");
        assert_eq!(Instant::parse(&t.rfc3339()), Some(t));
    }

    #[test]
    fn parses_offsets_fractions_and_dates() {
        let t = Instant::parse("2026-11-24T03:02:03.250+02:00");
        assert_eq!(t, Some(Instant(1_795_482_123)));
        assert_eq!(Instant::parse("1970-01-02"), Some(Instant(86_400)));
        assert_eq!(Instant::parse("2026-13-01T00:00:00Z"), None);
        assert_eq!(Instant::parse("yesterday"), None);
    }

    #[test]
    fn civil_dates_round_trip_across_leap_years_and_before_the_epoch() {
        for (y, m, d) in [(2000, 2, 29), (1969, 12, 31), (2024, 12, 31), (2100, 3, 1)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(Instant(-1).day(), -1);
    }
}
