//! The QR code that takes a reader of the printed proposal back to the live report, drawn as SVG so it prints sharp.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of quiet zone around the code, as the QR standard asks.
const QUIET: i32 = 4;

/// The link as an SVG QR code (one path, dark on white), or `None` when it is too long for any QR code.
pub fn svg(text: &str) -> Option<String> {
    // Medium error correction: survives a crease or a smudge on paper.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                // One rectangle per run of dark modules keeps the SVG small.
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{},{}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    let full = size + 2 * QUIET;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\" \
         role=\"img\"><rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the dark modules back out of our own SVG, so the test checks what is drawn, not how.
    fn modules(svg: &str) -> Vec<(i32, i32)> {
        let d = svg.split("d=\"").nth(1).unwrap().split('"').next().unwrap();
        let mut out = Vec::new();
        for run in d.split('z').filter(|r| !r.is_empty()) {
            let (xy, rest) = run[1..].split_once('h').unwrap();
            let (x, y) = xy.split_once(',').unwrap();
            let len: i32 = rest.split('v').next().unwrap().parse().unwrap();
            let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
            out.extend((0..len).map(|i| (x + i - QUIET, y - QUIET)));
        }
        out
    }

    #[test]
    fn the_svg_draws_exactly_the_codes_dark_modules() {
        let link = "https://example.org/skillcase/report/#1AbCdEf-_";
        let svg = svg(link).unwrap();
        let code = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        let mut expected = Vec::new();
        for y in 0..code.size() {
            for x in 0..code.size() {
                if code.get_module(x, y) {
                    expected.push((x, y));
                }
            }
        }
        assert_eq!(modules(&svg), expected);
        let full = code.size() + 8;
        assert!(svg.contains(&format!("viewBox=\"0 0 {full} {full}\"")));
    }

    #[test]
    fn a_text_too_long_for_any_qr_code_gives_none() {
        assert!(svg(&"x".repeat(3000)).is_none());
        assert!(svg(&"x".repeat(200)).is_some());
    }
}
