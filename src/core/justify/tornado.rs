//! The sensitivity as a tornado chart: a bar per input from the ROI at its low value to the ROI at its high value,
//! the widest first, around the ROI on expected estimates, with the reported (conservative) ROI marked and a line
//! where the case breaks even (an ROI of 0). One routine for
//! any plotters backend, like the other charts.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::core::chart::{Palette, Pen};

/// One input's bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// The ROI (%) at the input's low and high values, and those values in words, written at each end.
    pub at_low: f64,
    pub at_high: f64,
    pub low_label: String,
    pub high_label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    /// The widest bar first.
    pub bars: Vec<Bar>,
    /// The ROI on expected estimates, where every bar crosses.
    pub centre: f64,
    /// The ROI reported (conservative), marked with a dashed line.
    pub reported: f64,
    /// Words on the chart, already in the user's language: the axis, the three lines, and the bars' two colours.
    pub axis_label: String,
    pub centre_label: String,
    pub reported_label: String,
    pub break_even_label: String,
    pub lowers_label: String,
    pub raises_label: String,
}

/// How a legend entry is drawn.
#[derive(Clone, Copy)]
enum Key {
    Line,
    Thin,
    Dashed,
    Swatch(RGBColor),
}

const LEGEND_ROW: f64 = 18.0;

/// The legend's entries placed left to right within `width`, wrapping to a new row when one would not fit: each entry
/// as (row, x). A narrow screen gets more rows rather than a cut-off label.
fn legend_layout(labels: &[&str], width: f64) -> Vec<(usize, f64)> {
    let (mut row, mut x) = (0, SIDE);
    labels
        .iter()
        .map(|label| {
            let w = 28.0 + label.chars().count() as f64 * 0.56 * FONT;
            if x > SIDE && x + w > width - SIDE {
                (row, x) = (row + 1, SIDE);
            }
            let at = (row, x);
            x += w + 20.0;
            at
        })
        .collect()
}

const FONT: f64 = 12.0;
const SIDE: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 58.0;

/// The ROI axis: from the lowest value shown to the highest, always including 0 (break-even), with room either side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub left: f64,
    pub width: f64,
    pub min: f64,
    pub max: f64,
}

impl Axis {
    pub fn of(chart: &Tornado, width: f64) -> Axis {
        let values = chart
            .bars
            .iter()
            .flat_map(|b| [b.at_low, b.at_high])
            .chain([0.0, chart.reported, chart.centre])
            .filter(|v| v.is_finite());
        let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let pad = ((hi - lo) * 0.08).max(1.0);
        // Each input's values stand outside its bar's ends: room for the longest either side, so none is cut off at
        // the chart's edge (at most a fifth of the width each side).
        let label = chart
            .bars
            .iter()
            .flat_map(|b| [&b.low_label, &b.high_label])
            .map(|l| l.chars().count() as f64 * 0.56 * FONT + 6.0)
            .fold(0.0, f64::max)
            .min(width / 5.0);
        Axis {
            left: SIDE + label,
            width: (width - 2.0 * (SIDE + label)).max(10.0),
            min: lo - pad,
            max: hi + pad,
        }
    }

    pub fn x(&self, roi: f64) -> f64 {
        let t = ((roi - self.min) / (self.max - self.min)).clamp(0.0, 1.0);
        self.left + self.width * if t.is_finite() { t } else { 0.5 }
    }
}

/// Round steps for the ROI ticks: about five across the axis.
fn tick_step(span: f64) -> f64 {
    let raw = (span / 5.0).max(1e-9);
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power)
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Tornado,
    palette: &Palette,
    scale: f64,
    percent: &dyn Fn(f64) -> String,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w) / scale, f64::from(h) / scale);
    let axis = Axis::of(chart, w);
    let pen = Pen { scale };
    area.fill(&palette.background)?;
    let legend = [
        (
            chart.lowers_label.as_str(),
            Key::Swatch(Palette::EXPERIENCE),
        ),
        (chart.raises_label.as_str(), Key::Swatch(Palette::KNOWLEDGE)),
        (chart.break_even_label.as_str(), Key::Line),
        (chart.centre_label.as_str(), Key::Thin),
        (chart.reported_label.as_str(), Key::Dashed),
    ];
    let labels: Vec<&str> = legend.iter().map(|(label, _)| *label).collect();
    let placed = legend_layout(&labels, w);
    let legend_rows = placed.iter().map(|(row, _)| row + 1).max().unwrap_or(1);
    let plot_bottom = h - BOTTOM - (legend_rows - 1) as f64 * LEGEND_ROW;
    let rows = chart.bars.len().max(1) as f64;
    let row = ((plot_bottom - TOP) / rows).max(1.0);

    // ROI ticks and grid.
    let step = tick_step(axis.max - axis.min);
    let mut tick = (axis.min / step).ceil() * step;
    while tick <= axis.max {
        let x = axis.x(tick);
        area.draw(&PathElement::new(
            vec![pen.at(x, TOP), pen.at(x, plot_bottom)],
            palette.grid.stroke_width(pen.size(1.0)),
        ))?;
        area.draw(&Text::new(
            percent(tick),
            pen.at(x, plot_bottom + 4.0),
            pen.font(FONT, palette.muted, HPos::Center, VPos::Top),
        ))?;
        tick += step;
    }
    area.draw(&Text::new(
        chart.axis_label.clone(),
        pen.at(axis.left + axis.width / 2.0, plot_bottom + 20.0),
        pen.font(FONT, palette.muted, HPos::Center, VPos::Top),
    ))?;

    // Each input: its name above its bar, the bar split at the expected ROI into the part that lowers it and the part
    // that raises it, and the input's values at either end.
    for (i, bar) in chart.bars.iter().enumerate() {
        let top = TOP + row * i as f64;
        area.draw(&Text::new(
            bar.label.clone(),
            pen.at(axis.left, top + 2.0),
            pen.font(FONT, palette.text, HPos::Left, VPos::Top),
        ))?;
        let (y0, y1) = (top + FONT + 6.0, top + (row - 6.0).max(FONT + 10.0));
        let centre = axis.x(chart.centre);
        // What lowers the ROI is drawn left of the expected value in one colour, what raises it right in another.
        for end in [bar.at_low, bar.at_high] {
            let x = axis.x(end);
            let (a, b, color) = if x < centre {
                (x, centre, Palette::EXPERIENCE)
            } else {
                (centre, x, Palette::KNOWLEDGE)
            };
            if b - a >= 0.5 {
                area.draw(&Rectangle::new(
                    [pen.at(a, y0), pen.at(b, y1)],
                    color.filled(),
                ))?;
            }
        }
        let (low, high) = (axis.x(bar.at_low), axis.x(bar.at_high));
        for (x, other, label, is_low) in [
            (low, high, &bar.low_label, true),
            (high, low, &bar.high_label, false),
        ] {
            // Each input value stands outside its end of the bar, away from the other end.
            let left = x < other || (x == other && is_low);
            let (hpos, dx) = if left {
                (HPos::Right, -4.0)
            } else {
                (HPos::Left, 4.0)
            };
            area.draw(&Text::new(
                label.clone(),
                pen.at(x + dx, (y0 + y1) / 2.0),
                pen.font(FONT, palette.text, hpos, VPos::Center),
            ))?;
        }
    }

    // Break-even (an ROI of 0) as a solid line, the expected ROI as a thin one, the reported ROI as a dashed one.
    let zero = axis.x(0.0);
    area.draw(&PathElement::new(
        vec![pen.at(zero, TOP), pen.at(zero, plot_bottom)],
        palette.benchmark.stroke_width(pen.size(2.0)),
    ))?;
    let centre = axis.x(chart.centre);
    area.draw(&PathElement::new(
        vec![pen.at(centre, TOP), pen.at(centre, plot_bottom)],
        palette.text.stroke_width(pen.size(1.0)),
    ))?;
    let reported = axis.x(chart.reported);
    area.draw(&DashedPathElement::new(
        vec![pen.at(reported, TOP), pen.at(reported, plot_bottom)],
        pen.size(5.0),
        pen.size(4.0),
        palette.muted.stroke_width(pen.size(1.5)),
    ))?;

    // Legend under the axis, in as many rows as the width needs.
    for ((label, key), (row, x)) in legend.iter().zip(placed) {
        let y = plot_bottom + 48.0 + row as f64 * LEGEND_ROW;
        let line = vec![pen.at(x, y), pen.at(x + 22.0, y)];
        match *key {
            Key::Line => area.draw(&PathElement::new(
                line,
                palette.benchmark.stroke_width(pen.size(2.0)),
            ))?,
            Key::Thin => area.draw(&PathElement::new(
                line,
                palette.text.stroke_width(pen.size(1.0)),
            ))?,
            Key::Dashed => area.draw(&DashedPathElement::new(
                line,
                pen.size(5.0),
                pen.size(4.0),
                palette.muted.stroke_width(pen.size(1.5)),
            ))?,
            Key::Swatch(color) => area.draw(&Rectangle::new(
                [pen.at(x, y - 6.0), pen.at(x + 22.0, y + 6.0)],
                color.filled(),
            ))?,
        }
        area.draw(&Text::new(
            label.to_string(),
            pen.at(x + 28.0, y),
            pen.font(FONT, palette.text, HPos::Left, VPos::Center),
        ))?;
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::{assert_snapshot, to_svg};

    fn example() -> Tornado {
        Tornado {
            bars: vec![
                Bar {
                    label: "Improvement in decisions (%)".into(),
                    at_low: -40.0,
                    at_high: 85.0,
                    low_label: "1 %".into(),
                    high_label: "3 %".into(),
                },
                Bar {
                    label: "Share due to the training (%)".into(),
                    at_low: -70.0,
                    at_high: -10.0,
                    low_label: "25 %".into(),
                    high_label: "75 %".into(),
                },
                Bar {
                    label: "Total cost <all in>".into(),
                    at_low: -25.0,
                    at_high: -50.0,
                    low_label: "€3,200".into(),
                    high_label: "€4,800".into(),
                },
            ],
            centre: -20.0,
            reported: -40.0,
            axis_label: "ROI as each input moves, the others as expected".into(),
            centre_label: "Expected estimates".into(),
            reported_label: "Reported (conservative)".into(),
            break_even_label: "Break-even".into(),
            lowers_label: "Lowers the ROI".into(),
            raises_label: "Raises the ROI".into(),
        }
    }

    #[test]
    fn the_axis_always_shows_break_even_and_every_bar() {
        let a = Axis::of(&example(), 640.0);
        assert!(a.min < -70.0 && a.max > 85.0);
        assert!(a.x(0.0) > a.x(-40.0) && a.x(85.0) <= a.left + a.width);
        // Room for the values written outside the bars' ends, at both edges.
        let longest = "€3,200".chars().count() as f64 * 0.56 * FONT;
        assert!(a.x(-70.0) - longest >= SIDE && a.x(85.0) + longest <= 640.0 - SIDE);
        let profitable = Tornado {
            bars: vec![Bar {
                at_low: 20.0,
                at_high: 60.0,
                ..example().bars[0].clone()
            }],
            centre: 40.0,
            reported: 20.0,
            ..example()
        };
        assert!(
            Axis::of(&profitable, 640.0).min < 0.0,
            "0 stays on the axis"
        );
        assert_eq!(tick_step(125.0), 50.0);
        assert_eq!(tick_step(9.0), 2.0);
    }

    #[test]
    fn the_legend_wraps_rather_than_runs_off_a_narrow_chart() {
        let labels = [
            "Lowers the ROI",
            "Raises the ROI",
            "Break-even (ROI 0 %)",
            "Reported (conservative)",
        ];
        let wide = legend_layout(&labels, 900.0);
        assert!(wide.iter().all(|(row, _)| *row == 0), "{wide:?}");
        let narrow = legend_layout(&labels, 320.0);
        assert!(narrow.iter().any(|(row, _)| *row > 0), "{narrow:?}");
        for ((row, x), label) in narrow.iter().zip(labels) {
            let end = x + 28.0 + label.chars().count() as f64 * 0.56 * FONT;
            assert!(
                end <= 320.0 - SIDE || *x == SIDE,
                "{label} on row {row} ends at {end}"
            );
        }
    }

    #[test]
    fn the_svg_matches_its_snapshot() {
        let percent = |v: f64| format!("{v:.0} %");
        let svg = to_svg(640, 300, |area| {
            draw(area, &example(), &Palette::LIGHT, 1.0, &percent)
        });
        assert!(svg.contains("Total cost &lt;all in&gt;"), "text is escaped");
        assert!(svg.contains("Break-even") && svg.contains("€4,800"));
        assert_snapshot("tornado", &svg);
        // Narrow, dark, and with nothing to show, it still draws.
        let _ = to_svg(340, 300, |area| {
            draw(area, &example(), &Palette::DARK, 2.0, &percent)
        });
        let empty = Tornado {
            bars: Vec::new(),
            ..example()
        };
        let _ = to_svg(340, 200, |area| {
            draw(area, &empty, &Palette::LIGHT, 1.0, &percent)
        });
    }
}
