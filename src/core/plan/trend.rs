//! One area's levels over time: knowledge and applied experience at each kept snapshot and now. Drawn like the
//! radar: one routine for any plotters backend, the same colours and fonts.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::core::assess::Assessment;
use crate::core::chart::{Palette, Pen};
use crate::core::date::iso_date;
use crate::core::model::CompetencyModel;

#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub area: String,
    /// (date, knowledge, experience), oldest first.
    pub points: Vec<(String, Option<f32>, Option<f32>)>,
    /// The model's top level, the top of the chart.
    pub max: u8,
}

impl Trend {
    pub fn of(model: &CompetencyModel, area: &str, over: &[&Assessment]) -> Trend {
        let level = |v: Option<u8>| v.map(f32::from);
        Trend {
            area: model
                .area(area)
                .map_or(area.to_string(), |a| a.name.clone()),
            points: over
                .iter()
                .map(|a| {
                    let r = a.rating(area);
                    let (k, e) = if r.not_relevant {
                        (None, None)
                    } else {
                        (level(r.knowledge), level(r.experience))
                    };
                    (iso_date(a.updated_at), k, e)
                })
                .collect(),
            max: model.max_level(),
        }
    }
}

const FONT: f64 = 12.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 52.0;

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Trend,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (f64::from(w) / scale, f64::from(h) / scale);
    let (pw, ph) = ((w - LEFT - RIGHT).max(10.0), (h - TOP - BOTTOM).max(10.0));
    let n = chart.points.len();
    let x = |i: usize| {
        LEFT + if n <= 1 {
            pw / 2.0
        } else {
            pw * i as f64 / (n - 1) as f64
        }
    };
    let y = |level: f32| TOP + ph * (1.0 - f64::from(level) / f64::from(chart.max));
    let pen = Pen { scale };
    area.fill(&palette.background)?;
    area.draw(&Text::new(
        chart.area.clone(),
        pen.at(LEFT, 6.0),
        pen.font(FONT, palette.text, HPos::Left, VPos::Top),
    ))?;
    for level in 1..=chart.max {
        let ly = y(f32::from(level));
        area.draw(&PathElement::new(
            vec![pen.at(LEFT, ly), pen.at(LEFT + pw, ly)],
            palette.grid.stroke_width(pen.size(1.0)),
        ))?;
        area.draw(&Text::new(
            level.to_string(),
            pen.at(LEFT - 8.0, ly),
            pen.font(FONT, palette.muted, HPos::Right, VPos::Center),
        ))?;
    }
    // Dates under the axis; with many snapshots, every other one, so they never overlap.
    let every = (n as f64 * 80.0 / pw).ceil().max(1.0) as usize;
    for (i, (date, _, _)) in chart.points.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            // The end labels line up with the plot's edges so they are never cut off.
            let anchor = match i {
                _ if n == 1 => HPos::Center,
                0 => HPos::Left,
                i if i + 1 == n => HPos::Right,
                _ => HPos::Center,
            };
            area.draw(&Text::new(
                date.clone(),
                pen.at(x(i), TOP + ph + 8.0),
                pen.font(FONT, palette.muted, anchor, VPos::Top),
            ))?;
        }
    }
    for (pick, color, label) in [
        (0usize, Palette::KNOWLEDGE, "Knowledge"),
        (1, Palette::EXPERIENCE, "Applied experience"),
    ] {
        let value = |p: &(String, Option<f32>, Option<f32>)| if pick == 0 { p.1 } else { p.2 };
        // A gap in the ratings breaks the line rather than bridging it.
        let mut run = Vec::new();
        for (i, p) in chart.points.iter().enumerate() {
            match value(p) {
                Some(v) => {
                    run.push(pen.at(x(i), y(v)));
                    area.draw(&Circle::new(
                        pen.at(x(i), y(v)),
                        pen.size(4.0),
                        color.filled(),
                    ))?;
                }
                None => {
                    area.draw(&PathElement::new(
                        std::mem::take(&mut run),
                        color.stroke_width(pen.size(2.5)),
                    ))?;
                }
            }
        }
        area.draw(&PathElement::new(run, color.stroke_width(pen.size(2.5))))?;
        let lx = LEFT + if pick == 0 { 0.0 } else { 110.0 };
        let ly = h - 12.0;
        area.draw(&Rectangle::new(
            [pen.at(lx, ly - 5.0), pen.at(lx + 18.0, ly + 5.0)],
            color.filled(),
        ))?;
        area.draw(&Text::new(
            label,
            pen.at(lx + 24.0, ly),
            pen.font(FONT, palette.text, HPos::Left, VPos::Center),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::{assert_snapshot, to_svg};

    fn at(ms: u64, k: Option<u8>, e: Option<u8>) -> Assessment {
        let mut a = Assessment::default();
        a.rate("data", ms, |r| {
            r.knowledge = k;
            r.experience = e;
        });
        a
    }

    #[test]
    fn the_trend_follows_one_area_and_leaves_gaps_where_unrated() {
        let model = CompetencyModel::builtin();
        let a = at(1_795_000_000_000, Some(2), None);
        let b = at(1_800_000_000_000, Some(3), Some(2));
        let t = Trend::of(model, "data", &[&a, &b]);
        assert_eq!(t.area, "Data fluency");
        assert_eq!(
            t.points,
            vec![
                ("2026-11-18".into(), Some(2.0), None),
                ("2027-01-15".into(), Some(3.0), Some(2.0))
            ]
        );
        let svg = to_svg(480, 260, |area| draw(area, &t, &Palette::LIGHT, 1.0));
        assert!(svg.contains("Data fluency") && svg.contains("2027-01-15"));
        assert_snapshot("trend", &svg);
        // One point or none draws without trouble.
        let _ = to_svg(300, 200, |area| {
            draw(area, &Trend::of(model, "data", &[&a]), &Palette::DARK, 2.0)
        });
        let _ = to_svg(300, 200, |area| {
            draw(area, &Trend::of(model, "data", &[]), &Palette::DARK, 1.0)
        });
    }
}
