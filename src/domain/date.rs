//! Calendar dates without a date crate: days since the Unix epoch to and
//! from year-month-day (Howard Hinnant's civil-date algorithms), ISO
//! formatting and parsing. Times are milliseconds since the epoch, UTC.

use super::settings::DAY_MS;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(d: Ymd) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
pub fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Ymd { year, month, day }
}

/// The UTC date of a time in ms.
pub fn ymd_of_ms(ms: i64) -> Ymd {
    civil_from_days(ms.div_euclid(DAY_MS))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Ymd {
    /// Parses `YYYY-MM-DD`, rejecting dates that do not exist.
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
        (year >= 1900
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day))
        .then_some(Ymd { year, month, day })
    }

    /// The same day `n` months later, clamped to the end of a shorter
    /// month (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, n: u32) -> Ymd {
        let m0 = self.month - 1 + n;
        let (year, month) = (self.year + (m0 / 12) as i32, m0 % 12 + 1);
        Ymd {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// `YYYY-MM-DD` of a time in ms (UTC).
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

    #[test]
    fn day_numbers_round_trip_over_centuries() {
        for z in (-800_000..800_000).step_by(17) {
            assert_eq!(days_from_civil(civil_from_days(z)), z);
        }
    }

    #[test]
    fn add_months_clamps_to_the_month_end() {
        let d = |s| Ymd::parse(s).unwrap();
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2028-01-31").add_months(1), d("2028-02-29"));
        assert_eq!(d("2026-11-15").add_months(3), d("2027-02-15"));
        assert_eq!(d("2026-12-01").add_months(12), d("2027-12-01"));
        assert_eq!(d("2026-05-31").add_months(0), d("2026-05-31"));
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
