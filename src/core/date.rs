//! Calendar days, as Skillcase counts them: moments are ms since 1970 (UTC), days are days since 1970-01-01, and both
//! are written as ISO dates (YYYY-MM-DD), which is how date inputs, links and calendar files take them.

/// Milliseconds in a day.
pub const DAY_MS: u64 = 86_400_000;

/// A moment (ms since 1970) as its UTC date, YYYY-MM-DD.
pub fn iso_date(ms: u64) -> String {
    // Days since 1970 to a civil date (the proleptic Gregorian calendar), after Howard Hinnant's algorithm.
    let z = (ms / 86_400_000) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A day (days since 1970) as its ISO date.
pub fn iso_day(day: u64) -> String {
    iso_date(day.saturating_mul(DAY_MS))
}

/// Days since 1970-01-01 of an ISO date (YYYY-MM-DD), years 1970–9999; `None` for anything else.
pub fn days_from_iso(iso: &str) -> Option<u64> {
    let mut parts = iso.trim().splitn(3, '-');
    let mut num = |len: usize| {
        let p = parts.next()?;
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<i64>().ok())?
    };
    let (y, m, d) = (num(4)?, num(2)?, num(2)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if y < 1970 || !(1..=12).contains(&m) || d < 1 || d > month_days[(m - 1) as usize] {
        return None;
    }
    // The inverse of iso_date: a civil date to days, after Howard Hinnant's algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    u64::try_from(era * 146_097 + doe - 719_468).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_utc_calendar_days() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
        assert_eq!(iso_date(1_795_000_000_000), "2026-11-18");
        assert_eq!(iso_date(u64::MAX), iso_date(u64::MAX), "never panics");
        assert_eq!(iso_day(20_775), "2026-11-18");
    }

    #[test]
    fn iso_dates_convert_both_ways_and_nonsense_is_refused() {
        for day in [0u64, 59, 365, 10_957, 11_016, 20_410, 2_932_896] {
            let iso = iso_day(day);
            assert_eq!(days_from_iso(&iso), Some(day), "{iso}");
        }
        for bad in [
            "",
            "2026-13-01",
            "2026-02-29",
            "1969-12-31",
            "26-01-01",
            "2026-1-01",
            "2026-01-01x",
            "abcd-ef-gh",
        ] {
            assert_eq!(days_from_iso(bad), None, "{bad}");
        }
        assert_eq!(
            days_from_iso("2024-02-29").map(iso_day),
            Some("2024-02-29".into())
        );
    }
}
