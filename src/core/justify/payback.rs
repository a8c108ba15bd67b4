//! Cumulative benefit against the cost of training, month by month, with the payback point marked. Drawn like the
//! radar: one routine for any plotters backend.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::core::chart::{Palette, Pen};

#[derive(Clone, Debug, PartialEq)]
pub struct Payback {
    /// (month, cumulative benefit, cost) from month 0.
    pub months: Vec<(u32, f64, f64)>,
    /// When cumulative benefit reaches the cost, in months, if within the chart.
    pub payback_month: Option<f64>,
    /// Words drawn on the chart, already in the user's language and number format.
    pub benefit_label: String,
    pub cost_label: String,
    pub payback_label: Option<String>,
    pub month_label: String,
}

const FONT: f64 = 12.0;
const LEFT: f64 = 78.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 56.0;
const LEGEND_ROW: f64 = 18.0;

/// The legend's two entries as (row, x): on one row under the plot while they fit, else each on a row of its own
/// from the left edge, so a phone's narrow chart cuts no label off.
fn legend_layout(chart: &Payback, width: f64) -> [(usize, f64); 2] {
    let w = |label: &str| 28.0 + label.chars().count() as f64 * 0.56 * FONT;
    let (a, b) = (w(&chart.benefit_label), w(&chart.cost_label));
    if LEFT + a + 24.0 + b <= width - RIGHT {
        [(0, LEFT), (0, LEFT + a + 24.0)]
    } else {
        [(0, 8.0), (1, 8.0)]
    }
}

/// The plot area and scales within a picture `width` × `height` (CSS pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
    pub last_month: f64,
    pub top_value: f64,
}

impl Frame {
    pub fn of(chart: &Payback, width: f64, height: f64) -> Frame {
        let last_month = chart
            .months
            .last()
            .map_or(12.0, |m| f64::from(m.0))
            .max(1.0);
        let highest = chart
            .months
            .iter()
            .map(|m| m.1.max(m.2))
            .fold(0.0, f64::max);
        // A legend on two rows takes a row's height from the plot.
        let rows = legend_layout(chart, width)[1].0 as f64;
        Frame {
            left: LEFT,
            top: TOP,
            width: (width - LEFT - RIGHT).max(10.0),
            height: (height - TOP - BOTTOM - rows * LEGEND_ROW).max(10.0),
            last_month,
            top_value: nice_ceiling(highest),
        }
    }

    pub fn x(&self, month: f64) -> f64 {
        self.left + self.width * (month / self.last_month).clamp(0.0, 1.0)
    }

    pub fn y(&self, value: f64) -> f64 {
        self.top + self.height * (1.0 - (value / self.top_value).clamp(0.0, 1.0))
    }
}

/// The next round number at or above `v` (1, 2 or 5 times a power of ten), so axis ticks read well.
pub fn nice_ceiling(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|c| *c >= v * 0.999_999)
        .unwrap_or(10.0 * power)
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Payback,
    palette: &Palette,
    scale: f64,
    money: &dyn Fn(f64) -> String,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let frame = Frame::of(chart, f64::from(w) / scale, f64::from(h) / scale);
    let pen = Pen { scale };
    area.fill(&palette.background)?;

    // Value grid with money labels, and month ticks.
    for i in 0..=4 {
        let value = frame.top_value * f64::from(i) / 4.0;
        let y = frame.y(value);
        area.draw(&PathElement::new(
            vec![pen.at(frame.left, y), pen.at(frame.left + frame.width, y)],
            palette.grid.stroke_width(pen.size(1.0)),
        ))?;
        area.draw(&Text::new(
            money(value),
            pen.at(frame.left - 6.0, y),
            pen.font(FONT, palette.muted, HPos::Right, VPos::Center),
        ))?;
    }
    let step = if frame.last_month <= 12.0 {
        1
    } else if frame.last_month <= 24.0 {
        3
    } else {
        6
    };
    for month in (0..=frame.last_month as u32).step_by(step) {
        let x = frame.x(f64::from(month));
        let base = frame.top + frame.height;
        area.draw(&PathElement::new(
            vec![pen.at(x, base), pen.at(x, base + 4.0)],
            palette.muted.stroke_width(pen.size(1.0)),
        ))?;
        area.draw(&Text::new(
            month.to_string(),
            pen.at(x, base + 6.0),
            pen.font(FONT, palette.muted, HPos::Center, VPos::Top),
        ))?;
    }
    area.draw(&Text::new(
        chart.month_label.clone(),
        pen.at(
            frame.left + frame.width / 2.0,
            frame.top + frame.height + 22.0,
        ),
        pen.font(FONT, palette.muted, HPos::Center, VPos::Top),
    ))?;

    // The cost as a dashed level line; cumulative benefit as a rising line.
    let cost: Vec<_> = chart
        .months
        .iter()
        .map(|m| pen.at(frame.x(f64::from(m.0)), frame.y(m.2)))
        .collect();
    area.draw(&DashedPathElement::new(
        cost,
        pen.size(7.0),
        pen.size(4.0),
        palette.benchmark.stroke_width(pen.size(2.0)),
    ))?;
    let benefit: Vec<_> = chart
        .months
        .iter()
        .map(|m| pen.at(frame.x(f64::from(m.0)), frame.y(m.1)))
        .collect();
    area.draw(&PathElement::new(
        benefit,
        Palette::KNOWLEDGE.stroke_width(pen.size(2.5)),
    ))?;

    if let (Some(month), Some(cost)) = (chart.payback_month, chart.months.first().map(|m| m.2)) {
        if month <= frame.last_month {
            let at = (frame.x(month), frame.y(cost));
            area.draw(&Circle::new(
                pen.at(at.0, at.1),
                pen.size(5.0),
                Palette::EXPERIENCE.filled(),
            ))?;
            if let Some(label) = &chart.payback_label {
                // Before payback the benefit line runs under the cost line, after it above: the label goes up and
                // left of the point, where neither line is, or down and right when the point is near the left edge.
                let near_left = at.0 < frame.left + frame.width * 0.3;
                let (h, v, dx, dy) = if near_left {
                    (HPos::Left, VPos::Top, 10.0, 8.0)
                } else {
                    (HPos::Right, VPos::Bottom, -10.0, -8.0)
                };
                area.draw(&Text::new(
                    label.clone(),
                    pen.at(at.0 + dx, at.1 + dy),
                    pen.font(FONT, palette.text, h, v),
                ))?;
            }
        }
    }

    // Legend under the month axis, on one row or two.
    let placed = legend_layout(chart, f64::from(w) / scale);
    let rows = placed[1].0;
    for ((label, dashed, color), (row, x)) in [
        (&chart.benefit_label, false, Palette::KNOWLEDGE),
        (&chart.cost_label, true, palette.benchmark),
    ]
    .into_iter()
    .zip(placed)
    {
        let y = f64::from(h) / scale - 10.0 - (rows - row) as f64 * LEGEND_ROW;
        let line = vec![pen.at(x, y), pen.at(x + 22.0, y)];
        if dashed {
            area.draw(&DashedPathElement::new(
                line,
                pen.size(7.0),
                pen.size(4.0),
                color.stroke_width(pen.size(2.0)),
            ))?;
        } else {
            area.draw(&PathElement::new(line, color.stroke_width(pen.size(2.5))))?;
        }
        area.draw(&Text::new(
            label.clone(),
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

    fn example() -> Payback {
        Payback {
            months: (0..=12)
                .map(|m| (m, 1_000.0 * f64::from(m), 6_000.0))
                .collect(),
            payback_month: Some(6.0),
            benefit_label: "Cumulative benefit".into(),
            cost_label: "Cost <all in>".into(),
            payback_label: Some("Pays back in 6 months".into()),
            month_label: "Months after training".into(),
        }
    }

    /// On a phone's narrow chart the legend takes two rows from the left edge, and the plot gives up a row for it.
    #[test]
    fn a_narrow_chart_puts_its_legend_on_two_rows() {
        let chart = Payback {
            benefit_label: "Benefit so far (conservative)".into(),
            cost_label: "Total cost".into(),
            ..example()
        };
        assert_eq!(legend_layout(&chart, 640.0)[1].0, 0, "one row on a desktop");
        let narrow = legend_layout(&chart, 300.0);
        assert_eq!(narrow, [(0, 8.0), (1, 8.0)]);
        let longest = 28.0 + chart.benefit_label.chars().count() as f64 * 0.56 * FONT;
        assert!(8.0 + longest <= 300.0 - RIGHT, "the label fits");
        assert_eq!(
            Frame::of(&chart, 640.0, 320.0).height - Frame::of(&chart, 300.0, 320.0).height,
            LEGEND_ROW
        );
    }

    #[test]
    fn round_ceilings_for_the_value_axis() {
        assert_eq!(nice_ceiling(12_000.0), 20_000.0);
        assert_eq!(nice_ceiling(6_000.0), 10_000.0);
        assert_eq!(nice_ceiling(2_400.0), 2_500.0);
        assert_eq!(nice_ceiling(1_000.0), 1_000.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(f64::NAN), 1.0);
    }

    #[test]
    fn months_and_values_map_onto_the_frame() {
        let f = Frame::of(&example(), 640.0, 320.0);
        assert_eq!((f.last_month, f.top_value), (12.0, 20_000.0));
        assert_eq!(f.x(0.0), LEFT);
        assert_eq!(f.x(12.0), 640.0 - RIGHT);
        assert_eq!(f.x(6.0), LEFT + (640.0 - LEFT - RIGHT) / 2.0);
        assert_eq!(f.y(0.0), 320.0 - BOTTOM);
        assert_eq!(f.y(20_000.0), TOP);
        assert_eq!(f.y(99e9), TOP, "off-scale values stay inside");
    }

    #[test]
    fn the_svg_matches_its_snapshot() {
        let money = |v: f64| format!("€{v:.0}");
        let svg = to_svg(640, 320, |area| {
            draw(area, &example(), &Palette::LIGHT, 1.0, &money)
        });
        assert!(svg.contains("Cost &lt;all in&gt;"), "text is escaped");
        assert!(svg.contains("Pays back in 6 months"));
        assert_snapshot("payback", &svg);
    }
}
