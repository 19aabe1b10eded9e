//! Number formatting without the float formatter: `{:.1}` on an `f64` pulls
//! about 10 kB of float-printing code into the wasm bundle, so decimals
//! are printed from integers here.

/// `value` rounded to one decimal place ("12.3", "-0.5", "7.0").
pub fn tenths(value: f64) -> String {
    let t = (value * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}

/// `part / whole` as a percentage with one decimal ("0.4").
pub fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "0.0".into();
    }
    tenths(part as f64 * 100.0 / whole as f64)
}

/// Bytes as kilobytes with one decimal ("12.3").
pub fn kilobytes(bytes: u64) -> String {
    tenths(bytes as f64 / 1000.0)
}

/// "1 mentee", "3 mentees".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_from_integers() {
        assert_eq!(tenths(12.34), "12.3");
        assert_eq!(tenths(12.35), "12.4");
        assert_eq!(tenths(-0.46), "-0.5");
        assert_eq!(tenths(7.0), "7.0");
        assert_eq!(tenths(0.04), "0.0");
        assert_eq!(percent(1, 3), "33.3");
        assert_eq!(percent(1, 0), "0.0");
        assert_eq!(kilobytes(5_242_880), "5242.9");
    }
}
