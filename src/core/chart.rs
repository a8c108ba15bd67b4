//! What every chart shares. Each chart has one drawing routine, in the journey step it belongs to (the radar in
//! `compare`, progress over time in `plan`, payback in `justify`, the heat map in `team`), generic over plotters'
//! `DrawingBackend`, so the same code paints a HiDPI canvas in the browser and writes SVG for print, export and the
//! snapshot tests.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One line of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub values: Vec<Option<f32>>,
    pub color: RGBColor,
    /// Benchmarks are dashed outlines; the user's own ratings are filled.
    pub dashed: bool,
}

/// Colours for one theme. Series colours come from the Okabe–Ito palette, which stays distinct for colour-blind readers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub benchmark: RGBColor,
}

impl Palette {
    pub const KNOWLEDGE: RGBColor = RGBColor(0, 114, 178);
    pub const EXPERIENCE: RGBColor = RGBColor(230, 159, 0);
    pub const LIGHT: Palette = Palette {
        background: RGBColor(255, 255, 255),
        text: RGBColor(27, 36, 48),
        muted: RGBColor(79, 91, 106),
        grid: RGBColor(213, 219, 227),
        benchmark: RGBColor(40, 40, 40),
    };
    pub const DARK: Palette = Palette {
        background: RGBColor(27, 33, 42),
        text: RGBColor(230, 234, 240),
        muted: RGBColor(169, 180, 194),
        grid: RGBColor(60, 70, 84),
        benchmark: RGBColor(235, 235, 235),
    };
}

/// Drawing at a device scale: the charts lay out in CSS pixels, and the backend draws in device pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pen {
    pub scale: f64,
}

impl Pen {
    /// A point in device pixels.
    pub fn at(self, x: f64, y: f64) -> (i32, i32) {
        (
            (x * self.scale).round() as i32,
            (y * self.scale).round() as i32,
        )
    }

    /// A length in device pixels, never less than one.
    pub fn size(self, v: f64) -> u32 {
        ((v * self.scale).round() as u32).max(1)
    }

    /// The charts' font at `size` CSS pixels, in `color`, anchored at `h` and `v`.
    pub fn font(self, size: f64, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
        ("sans-serif", size * self.scale)
            .into_font()
            .color(&color)
            .pos(Pos::new(h, v))
    }
}

/// Renders a chart `width` × `height` to an SVG document.
pub fn to_svg<F>(width: u32, height: u32, paint: F) -> String
where
    F: FnOnce(&DrawingArea<SVGBackend, Shift>) -> Result<(), DrawingAreaErrorKind<std::io::Error>>,
{
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        // Drawing into a string cannot fail for want of a device; an error would be a bug in the routine.
        paint(&area).expect("drawing to SVG does not fail");
    }
    svg
}

/// Compares a chart's SVG with the one kept in `tests/fixtures/charts/NAME.svg`; `UPDATE_SNAPSHOTS=1 cargo test`
/// rewrites it after a deliberate change (look at the new one before committing it).
#[cfg(test)]
pub(crate) fn assert_snapshot(name: &str, svg: &str) {
    let path = format!(
        "{}/tests/fixtures/charts/{name}.svg",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, svg).unwrap();
    }
    let kept = std::fs::read_to_string(&path)
        .expect("run UPDATE_SNAPSHOTS=1 cargo test to create the snapshot");
    assert_eq!(
        svg, kept,
        "the {name} chart's SVG changed; if on purpose, run UPDATE_SNAPSHOTS=1 cargo test"
    );
}
