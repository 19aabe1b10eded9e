//! Geometry of the radar chart: one axis per competency around a circle,
//! level 0 at the centre and level 4 at the rim. Pure numbers; the
//! component draws them as SVG.

use super::framework::MAX_LEVEL;
use crate::domain::format::tenths;

/// The chart's square viewBox side; the centre is at half of it.
pub const SIZE: f64 = 400.0;
/// Radius of the outer ring (level 4), leaving room for labels.
pub const RADIUS: f64 = 120.0;
/// The SVG viewBox: the square plus room for the labels on each side.
pub const VIEW_BOX: &str = "-25 38 500 326";

/// Sine and cosine of `x` in [-π, π] from their Taylor series, so the
/// bundle needs no libm trigonometry (about 5 kB of wasm). Error < 1e-9.
fn sin_cos(x: f64) -> (f64, f64) {
    let (mut s, mut c) = (0.0, 0.0);
    let (mut term_s, mut term_c) = (x, 1.0);
    for k in 0..12 {
        s += term_s;
        c += term_c;
        let k = f64::from(k);
        term_s *= -x * x / ((2.0 * k + 2.0) * (2.0 * k + 3.0));
        term_c *= -x * x / ((2.0 * k + 1.0) * (2.0 * k + 2.0));
    }
    (s, c)
}

/// Direction of axis `i` of `n` (cos, sin), starting at 12 o'clock,
/// clockwise.
fn direction(i: usize, n: usize) -> (f64, f64) {
    let turn = (i % n.max(1)) as f64 / n.max(1) as f64; // 0..1
                                                        // Angle from 12 o'clock, mapped into [-π, π] for the series.
    let mut a = std::f64::consts::TAU * turn - std::f64::consts::FRAC_PI_2;
    if a > std::f64::consts::PI {
        a -= std::f64::consts::TAU;
    }
    let (s, c) = sin_cos(a);
    (c, s)
}

/// Point at `fraction` (0..=1) of the radius along axis `i` of `n`.
pub fn point(i: usize, n: usize, fraction: f64) -> (f64, f64) {
    let (dx, dy) = direction(i, n);
    let c = SIZE / 2.0;
    (c + RADIUS * fraction * dx, c + RADIUS * fraction * dy)
}

fn fmt(points: impl Iterator<Item = (f64, f64)>) -> String {
    points
        .map(|(x, y)| format!("{},{}", tenths(x), tenths(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// SVG `points` for a polygon through the given levels (None = skipped,
/// drawn at the centre).
pub fn polygon(levels: &[Option<u8>]) -> String {
    let n = levels.len();
    fmt(levels.iter().enumerate().map(|(i, l)| {
        point(
            i,
            n,
            f64::from(l.unwrap_or(0).min(MAX_LEVEL)) / f64::from(MAX_LEVEL),
        )
    }))
}

/// SVG `points` for the grid ring of a level.
pub fn ring(level: u8, n: usize) -> String {
    fmt((0..n).map(|i| point(i, n, f64::from(level) / f64::from(MAX_LEVEL))))
}

/// Where to put axis `i`'s label and how to anchor it.
pub fn label_position(i: usize, n: usize) -> (f64, f64, &'static str) {
    let (x, _) = point(i, n, 1.0);
    let dx = x - SIZE / 2.0;
    // Labels straight above or below the centre sit a little further out,
    // clear of their neighbours' labels.
    let (fraction, anchor) = if dx.abs() < 1.0 {
        (1.2, "middle")
    } else if dx > 0.0 {
        (1.12, "start")
    } else {
        (1.12, "end")
    };
    let (x, y) = point(i, n, fraction);
    (x, y, anchor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_axis_points_up_and_levels_scale_the_radius() {
        let (x, y) = point(0, 4, 1.0);
        assert!((x - 200.0).abs() < 1e-9 && (y - 80.0).abs() < 1e-9);
        assert_eq!(
            polygon(&[Some(4), Some(0), Some(2), None]),
            "200.0,80.0 200.0,200.0 200.0,260.0 200.0,200.0"
        );
        assert_eq!(ring(0, 3), "200.0,200.0 200.0,200.0 200.0,200.0");
    }

    #[test]
    fn series_trigonometry_matches_the_standard_library() {
        for n in [3usize, 4, 7, 16, 40] {
            for i in 0..n {
                let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
                let (dx, dy) = direction(i, n);
                assert!(
                    (dx - a.cos()).abs() < 1e-9 && (dy - a.sin()).abs() < 1e-9,
                    "{i}/{n}"
                );
            }
        }
    }

    #[test]
    fn labels_anchor_away_from_the_centre() {
        assert_eq!(label_position(0, 4).2, "middle");
        assert_eq!(label_position(1, 4).2, "start");
        assert_eq!(label_position(3, 4).2, "end");
    }

    #[test]
    fn levels_above_the_scale_are_clamped() {
        assert_eq!(polygon(&[Some(9)]), polygon(&[Some(4)]));
    }
}
