//! The join link as a QR code, for projecting on a screen: the `qrcode`
//! crate makes the modules (error correction level L: the largest modules
//! for the link's length), and this draws the dark ones as a single SVG
//! path, a run of modules per `h` command, inside a 4-module quiet zone.

use qrcode::{Color, EcLevel, QrCode};

/// Screen pixels per module at 1×: at least 4, so a phone camera reads the
/// code on a laptop screen and, projected, from the back of a room.
pub const MODULE_PX: usize = 4;

/// The QR code of `text`: its size in modules (with the quiet zone) and
/// the SVG path of its dark modules. `None` when the text is too long
/// for a QR code.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + 4,
                    y + 4,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some((width + 8, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_draws_as_one_path_of_dark_runs() {
        let link = format!("https://example.org/#/join/{}", "A".repeat(500));
        let (size, path) = qr_path(&link).unwrap();
        // Version n is 17 + 4n modules wide; plus 8 for the quiet zone.
        assert_eq!((size - 8 - 17) % 4, 0);
        assert!(
            path.starts_with("M4 4h7v1h-7z"),
            "finder pattern first: {}",
            &path[..20]
        );
        let dark: usize = path
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|n| n.split('v').next().unwrap().parse::<usize>().unwrap())
            .sum();
        let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::L).unwrap();
        let expected = code
            .to_colors()
            .iter()
            .filter(|c| **c == Color::Dark)
            .count();
        assert_eq!(dark, expected);
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
