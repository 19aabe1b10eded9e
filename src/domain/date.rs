//! Calendar dates: year-month-day, days since the Unix epoch, ISO
//! `YYYY-MM-DD`, and the user's local calendar date of an instant. The
//! calendar's rules (month lengths, leap years, day numbers) are the `time`
//! crate's; this module only says how Wayfinder writes and reads dates.
//! Stored times are instants: milliseconds since the epoch, UTC.
//! Every date a person sees ("today", "overdue", a dated result) is the
//! local calendar date of such an instant, through [`local_date`] or a
//! [`Zone`]: the UTC date is wrong for half the world for part of each day.

use super::settings::DAY_MS;
use time::{Date, Month};

/// A calendar date (proleptic Gregorian, years −9999 to 9999). Always a
/// date that exists: it is made by [`Ymd::new`], [`Ymd::parse`] or from a
/// day number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd(Date);

/// The Julian day number of 1970-01-01.
const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;

/// Days since 1970-01-01 of a date.
pub fn days_since_epoch(d: Ymd) -> i64 {
    i64::from(d.0.to_julian_day()) - UNIX_EPOCH_JULIAN_DAY
}

/// The date of a day number. Day numbers beyond the years −9999 to 9999
/// (only from damaged data) give the first or last date there is.
pub fn date_of_day(days: i64) -> Ymd {
    let first = i64::from(Date::MIN.to_julian_day());
    let last = i64::from(Date::MAX.to_julian_day());
    let julian_day = days
        .saturating_add(UNIX_EPOCH_JULIAN_DAY)
        .clamp(first, last);
    Ymd(i32::try_from(julian_day)
        .ok()
        .and_then(|day| Date::from_julian_day(day).ok())
        .unwrap_or(Date::MIN))
}

/// The UTC date of a time in ms. Only for dates that are defined in UTC
/// (a calendar file's `DTSTAMP`, synthetic data): what a person sees is
/// [`local_date`].
pub fn ymd_of_ms(ms: i64) -> Ymd {
    date_of_day(ms.div_euclid(DAY_MS))
}

/// The local calendar date of an instant (ms since the epoch) where the
/// clock is `offset_minutes` ahead of UTC (Los Angeles in winter −480,
/// Auckland in summer +780; −720 to +840 on Earth).
pub fn local_date(instant_ms: i64, offset_minutes: i32) -> Ymd {
    ymd_of_ms(instant_ms.saturating_add(i64::from(offset_minutes) * 60_000))
}

/// A time zone as far as dates need it: its offset from UTC at an instant,
/// which changes with daylight saving. The browser's zone implements it in
/// the UI; tests use [`FixedOffset`].
pub trait Zone {
    /// Minutes ahead of UTC at `instant_ms`.
    fn offset_minutes_at(&self, instant_ms: i64) -> i32;

    /// The local calendar date of `instant_ms` in this zone.
    fn date_of(&self, instant_ms: i64) -> Ymd {
        local_date(instant_ms, self.offset_minutes_at(instant_ms))
    }

    /// `YYYY-MM-DD` of the local calendar date of `instant_ms`.
    fn iso_of(&self, instant_ms: i64) -> String {
        self.date_of(instant_ms).iso()
    }
}

/// A zone whose offset never changes (UTC is `FixedOffset(0)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FixedOffset(pub i32);

impl Zone for FixedOffset {
    fn offset_minutes_at(&self, _: i64) -> i32 {
        self.0
    }
}

/// The month numbered `month` (1 to 12).
fn month_numbered(month: u32) -> Option<Month> {
    Month::try_from(u8::try_from(month).ok()?).ok()
}

impl Ymd {
    /// The date with this year, month (1 to 12) and day, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        let day = u8::try_from(day).ok()?;
        Date::from_calendar_date(year, month_numbered(month)?, day)
            .ok()
            .map(Ymd)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// 1 to 12.
    pub fn month(self) -> u32 {
        u32::from(u8::from(self.0.month()))
    }

    /// 1 to 31.
    pub fn day(self) -> u32 {
        u32::from(self.0.day())
    }

    /// Parses `YYYY-MM-DD` (a year from 1900 on), rejecting dates that do
    /// not exist.
    pub fn parse(s: &str) -> Option<Ymd> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
        (year >= 1900).then(|| Ymd::new(year, month, day))?
    }

    /// The same day `n` months later, or the last day of that month when
    /// it is shorter (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, n: u32) -> Ymd {
        let months_from_january = self.month() - 1 + n;
        let year = self.year() + (months_from_january / 12) as i32;
        let month = self.0.month().nth_next((n % 12) as u8);
        let day = self.0.day().min(month.length(year));
        Date::from_calendar_date(year, month, day).map_or(self, Ymd)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

/// `YYYY-MM-DD` of a time in ms (UTC); see [`ymd_of_ms`].
pub fn iso_date(ms: i64) -> String {
    ymd_of_ms(ms).iso()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_764_288_000_000), "2025-11-28");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
        assert_eq!(iso_date(-DAY_MS), "1969-12-31");
    }

    const HOUR: i64 = 3_600_000;
    /// 2026-11-30T07:30Z: 23:30 on the 29th in Los Angeles (UTC−8).
    const LA_2330: i64 = 1_796_023_800_000;

    #[test]
    fn the_local_date_is_the_date_on_the_wall_at_every_offset() {
        // 2026-11-30T12:00Z: from −12:00 to +11:59 it is the 30th; from +12 on the 1st.
        let noon = 1_796_040_000_000;
        for offset in (-12 * 60..=14 * 60).step_by(15) {
            let expected = if offset >= 12 * 60 {
                "2026-12-01"
            } else {
                "2026-11-30"
            };
            assert_eq!(
                local_date(noon, offset).iso(),
                expected,
                "offset {offset} min"
            );
        }
        // One minute before midnight UTC: a day behind nowhere west of UTC.
        let late = 1_796_083_140_000; // 2026-11-30T23:59Z
        assert_eq!(local_date(late, -12 * 60).iso(), "2026-11-30");
        assert_eq!(local_date(late, 0).iso(), "2026-11-30");
        assert_eq!(local_date(late, 1).iso(), "2026-12-01");
        assert_eq!(local_date(late, 14 * 60).iso(), "2026-12-01");
    }

    #[test]
    fn late_evening_in_los_angeles_is_still_that_day_and_early_morning_in_auckland_is_already_the_next(
    ) {
        assert_eq!(iso_date(LA_2330), "2026-11-30", "UTC says the 30th");
        assert_eq!(FixedOffset(-8 * 60).iso_of(LA_2330), "2026-11-29");
        // 00:30 on 2026-12-01 in Auckland (NZDT, UTC+13) is 11:30Z on the 30th.
        let akl_0030 = 1_796_038_200_000;
        assert_eq!(iso_date(akl_0030), "2026-11-30");
        assert_eq!(FixedOffset(13 * 60).iso_of(akl_0030), "2026-12-01");
    }

    #[test]
    fn a_zone_with_daylight_saving_takes_the_offset_of_each_instant() {
        /// Los Angeles around 2027-03-14, when clocks go from 02:00 PST to 03:00 PDT (10:00Z).
        struct LosAngeles;
        impl Zone for LosAngeles {
            fn offset_minutes_at(&self, t: i64) -> i32 {
                if t < 1_805_018_400_000 {
                    -480
                } else {
                    -420
                }
            }
        }
        let change = 1_805_018_400_000;
        assert_eq!(iso_date(change), "2027-03-14");
        // 23:30 PDT on the 14th is 06:30Z on the 15th.
        assert_eq!(
            LosAngeles.iso_of(change + 20 * HOUR + 30 * 60_000),
            "2027-03-14"
        );
        // 23:30 PST on the 13th is 07:30Z on the 14th.
        assert_eq!(
            LosAngeles.iso_of(change - 2 * HOUR - 30 * 60_000),
            "2027-03-13"
        );
    }

    #[test]
    fn day_numbers_round_trip_over_centuries() {
        for z in (-800_000..800_000).step_by(17) {
            assert_eq!(days_since_epoch(date_of_day(z)), z);
        }
    }

    #[test]
    fn damaged_day_numbers_and_instants_give_the_first_or_last_date() {
        assert_eq!(date_of_day(i64::MAX).iso(), "9999-12-31");
        assert_eq!(date_of_day(i64::MIN).year(), -9999);
        assert_eq!(local_date(i64::MAX, 14 * 60).iso(), "9999-12-31");
        assert_eq!(local_date(i64::MIN, -12 * 60).year(), -9999);
        assert_eq!(ymd_of_ms(i64::MIN + 1).year(), -9999);
    }

    #[test]
    fn new_makes_only_dates_that_exist() {
        let d = Ymd::new(2028, 2, 29).unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2028, 2, 29));
        assert_eq!(Ymd::new(2026, 2, 29), None);
        assert_eq!(Ymd::new(2026, 0, 1), None);
        assert_eq!(Ymd::new(2026, 13, 1), None);
        assert_eq!(Ymd::new(2026, 1, 0), None);
        assert_eq!(Ymd::new(2026, 1, 256), None);
        assert_eq!(Ymd::new(1900, 2, 29), None, "1900 was not a leap year");
        assert!(Ymd::new(2000, 2, 29).is_some(), "2000 was");
    }

    #[test]
    fn add_months_clamps_to_the_month_end() {
        let d = |s| Ymd::parse(s).unwrap();
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2028-01-31").add_months(1), d("2028-02-29"));
        assert_eq!(d("2026-11-15").add_months(3), d("2027-02-15"));
        assert_eq!(d("2026-12-01").add_months(12), d("2027-12-01"));
        assert_eq!(d("2026-05-31").add_months(0), d("2026-05-31"));
        assert_eq!(d("2026-08-31").add_months(6), d("2027-02-28"));
        assert_eq!(d("2026-12-31").add_months(2), d("2027-02-28"));
    }

    #[test]
    fn parse_rejects_impossible_dates() {
        assert_eq!(
            Ymd::parse("2024-02-29").map(Ymd::iso).as_deref(),
            Some("2024-02-29")
        );
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "26-1-1",
            "2026/01/01",
            "abcd-ef-gh",
            "2026-1a-01",
            "",
        ] {
            assert_eq!(Ymd::parse(bad), None, "{bad}");
        }
    }
}
