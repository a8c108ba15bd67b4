//! The team's heat map: one row per member, one column per area, each cell the member's level in one blue hue from
//! light to dark with the number written on it. A canvas for fifty members costs the page one element where a table
//! costs seven hundred; the same numbers are in a table on request.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{MemberOrder, TeamView};
use crate::core::chart::Palette;
use crate::core::model::CompetencyModel;

/// Nine steps for levels 1, 1.5 … 5: (cell, ink). Ink keeps WCAG AA contrast on each; the page's table uses the
/// same steps (classes h0–h8).
pub const STEPS: [(RGBColor, RGBColor); 9] = [
    (RGBColor(0xe9, 0xf4, 0xfb), RGBColor(0x11, 0x11, 0x11)),
    (RGBColor(0xc3, 0xe0, 0xf4), RGBColor(0x11, 0x11, 0x11)),
    (RGBColor(0x9d, 0xcc, 0xee), RGBColor(0x11, 0x11, 0x11)),
    (RGBColor(0x78, 0xb9, 0xe7), RGBColor(0x11, 0x11, 0x11)),
    (RGBColor(0x52, 0xa5, 0xe0), RGBColor(0x11, 0x11, 0x11)),
    (RGBColor(0x2c, 0x91, 0xda), RGBColor(0x11, 0x11, 0x11)),
    (RGBColor(0x21, 0x79, 0xb8), RGBColor(0xff, 0xff, 0xff)),
    (RGBColor(0x1a, 0x60, 0x92), RGBColor(0xff, 0xff, 0xff)),
    (RGBColor(0x13, 0x47, 0x6c), RGBColor(0xff, 0xff, 0xff)),
];

/// The step of a level on a scale topping at `top` (1 → 0, `top` → 8; on five levels each half level a step).
pub fn step(level: f32, top: u8) -> usize {
    let span = f32::from(top.max(2)) - 1.0;
    ((level - 1.0) / span * 8.0).round().clamp(0.0, 8.0) as usize
}

/// What the heat map shows, in display order.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatMap {
    pub areas: Vec<String>,
    /// "Team" and "Target" first, then the members.
    pub rows: Vec<String>,
    /// levels[row][area].
    pub levels: Vec<Vec<Option<f32>>>,
    /// The model's top level, where the darkest step is.
    pub top: u8,
}

impl HeatMap {
    pub fn of(
        view: &TeamView,
        model: &CompetencyModel,
        by_gap: bool,
        members: MemberOrder,
    ) -> HeatMap {
        let (areas, order) = view.order(by_gap, members);
        let pick =
            |row: &dyn Fn(usize) -> Option<f32>| areas.iter().map(|&j| row(j)).collect::<Vec<_>>();
        let mut rows = vec!["Team average".to_string(), "Target".to_string()];
        let mut levels = vec![
            pick(&|j| view.areas[j].mean),
            pick(&|j| view.areas[j].target),
        ];
        for &m in &order {
            rows.push(view.names[m].clone());
            levels.push(pick(&|j| view.heat[m][j]));
        }
        HeatMap {
            areas: areas
                .iter()
                .map(|&j| {
                    model
                        .area(&view.areas[j].area)
                        .map_or(view.areas[j].area.clone(), |a| a.name.clone())
                })
                .collect(),
            rows,
            levels,
            top: model.max_level(),
        }
    }

    /// The chart's height in CSS pixels: it grows with the team, the width is the page's.
    pub fn height(&self) -> f64 {
        HEAD + ROW * self.levels.len() as f64 + GAP + LEGEND
    }
}

const FONT: f64 = 12.0;
/// Room for the areas' names, written upwards above their columns.
const HEAD: f64 = 190.0;
const ROW: f64 = 24.0;
/// Between the team's two rows and the members'.
const GAP: f64 = 8.0;
/// The key: the steps on one line, what "–" means on the next (one line would not fit a phone).
const LEGEND: f64 = 56.0;

/// A name cut to what fits in `width` pixels at the chart's font, with "…" where cut.
fn fit(name: &str, width: f64) -> String {
    // Plotters writes FONT at about 0.8 of its size, and an average sans-serif letter is about 0.55 em wide.
    let max = ((width / (FONT * 0.45)) as usize).max(3);
    if name.chars().count() <= max {
        name.to_string()
    } else {
        format!(
            "{}…",
            name.chars().take(max - 1).collect::<String>().trim_end()
        )
    }
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    map: &HeatMap,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, _) = area.dim_in_pixel();
    let w = f64::from(w) / scale;
    let names = (w * 0.3).clamp(80.0, 200.0);
    let cols = map.areas.len().max(1) as f64;
    let cell = ((w - names) / cols).max(12.0);
    let px = |x: f64, y: f64| ((x * scale).round() as i32, (y * scale).round() as i32);
    // Numbers shrink on a phone so "3.5" still fits its cell.
    let number_font = (cell * 0.42).clamp(8.0, FONT);
    let font = |size: f64, color: RGBColor, h: HPos, v: VPos| {
        ("sans-serif", size * scale)
            .into_font()
            .color(&color)
            .pos(Pos::new(h, v))
    };
    area.fill(&palette.background)?;
    for (j, name) in map.areas.iter().enumerate() {
        let x = names + cell * (j as f64 + 0.5);
        area.draw(&Text::new(
            fit(name, HEAD - 8.0),
            px(x, HEAD - 6.0),
            font(FONT, palette.text, HPos::Left, VPos::Center).transform(FontTransform::Rotate270),
        ))?;
    }
    for (i, (row, levels)) in map.rows.iter().zip(&map.levels).enumerate() {
        let top = HEAD + ROW * i as f64 + if i >= 2 { GAP } else { 0.0 };
        let label = if i < 2 { palette.text } else { palette.muted };
        area.draw(&Text::new(
            fit(row, names - 8.0),
            px(0.0, top + ROW / 2.0),
            font(FONT, label, HPos::Left, VPos::Center),
        ))?;
        for (j, level) in levels.iter().enumerate() {
            let (x0, x1) = (names + cell * j as f64, names + cell * (j as f64 + 1.0));
            let center = px((x0 + x1) / 2.0, top + ROW / 2.0);
            match level {
                Some(l) => {
                    let (fill, ink) = STEPS[step(*l, map.top)];
                    // One pixel of page between cells keeps neighbours of the same step apart.
                    area.draw(&Rectangle::new(
                        [px(x0 + 0.5, top + 0.5), px(x1 - 0.5, top + ROW - 0.5)],
                        fill.filled(),
                    ))?;
                    area.draw(&Text::new(
                        format!("{l:.1}"),
                        center,
                        font(number_font, ink, HPos::Center, VPos::Center),
                    ))?;
                }
                None => area.draw(&Text::new(
                    "–",
                    center,
                    font(number_font, palette.muted, HPos::Center, VPos::Center),
                ))?,
            }
        }
    }
    // The key: the nine steps from level 1 to the top, and what "–" means.
    let y = HEAD + ROW * map.levels.len() as f64 + GAP + 12.0;
    area.draw(&Text::new(
        "Level 1",
        px(0.0, y + 7.0),
        font(FONT, palette.muted, HPos::Left, VPos::Center),
    ))?;
    for (k, (fill, _)) in STEPS.iter().enumerate() {
        let x = 52.0 + 16.0 * k as f64;
        area.draw(&Rectangle::new(
            [px(x, y), px(x + 15.0, y + 14.0)],
            fill.filled(),
        ))?;
    }
    area.draw(&Text::new(
        map.top.to_string(),
        px(52.0 + 16.0 * 9.0 + 6.0, y + 7.0),
        font(FONT, palette.muted, HPos::Left, VPos::Center),
    ))?;
    area.draw(&Text::new(
        "– not rated or not relevant",
        px(0.0, y + 27.0),
        font(FONT, palette.muted, HPos::Left, VPos::Center),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::{assert_snapshot, to_svg};
    use crate::core::team::AreaSpread;

    fn team() -> TeamView {
        let spread = |area: &str, mean: Option<f32>, target: f32| AreaSpread {
            area: area.into(),
            n: 3,
            mean,
            min: None,
            max: None,
            target: Some(target),
            gap: mean.map(|m| target - m),
            below: vec![],
            in_focus: 0,
        };
        TeamView {
            areas: vec![
                spread("data", Some(2.0), 3.5),
                spread("vision", Some(4.5), 3.0),
                spread("launch", None, 3.0),
            ],
            names: vec![
                "Bea".into(),
                "Al with a name far too long for its column".into(),
                "Cy".into(),
            ],
            heat: vec![
                vec![Some(1.0), Some(4.5), None],
                vec![Some(3.0), Some(5.0), None],
                vec![Some(2.0), Some(4.0), None],
            ],
        }
    }

    #[test]
    fn steps_cover_levels_one_to_five_in_halves() {
        assert_eq!(step(1.0, 5), 0);
        assert_eq!(step(1.5, 5), 1);
        assert_eq!(step(3.2, 5), 4);
        assert_eq!(step(5.0, 5), 8);
        assert_eq!(step(7.0, 5), 8, "out of range clamps");
        assert_eq!(step(0.0, 5), 0);
        assert_eq!(
            (step(4.0, 4), step(2.5, 4), step(10.0, 10), step(5.5, 10)),
            (8, 4, 8, 4),
            "other scales span the steps"
        );
    }

    #[test]
    fn rows_are_the_team_the_target_then_members_in_the_chosen_order() {
        let model = CompetencyModel::builtin();
        let map = HeatMap::of(&team(), model, true, MemberOrder::Name);
        assert_eq!(
            map.rows[..2],
            ["Team average".to_string(), "Target".to_string()]
        );
        assert_eq!(
            map.rows[2..],
            [
                "Al with a name far too long for its column".to_string(),
                "Bea".into(),
                "Cy".into()
            ]
        );
        assert_eq!(
            map.areas[0],
            model.area("data").unwrap().name,
            "largest gap first"
        );
        assert_eq!(map.levels[2][0], Some(3.0), "Al on data");
        assert_eq!(map.levels[0][0], Some(2.0), "team mean on data");
        assert_eq!(map.levels[1][0], Some(3.5), "target on data");
        assert_eq!(map.height(), HEAD + ROW * 5.0 + GAP + LEGEND);
        assert_eq!(
            fit("Al with a name far too long for its column", 60.0),
            "Al with a…"
        );
    }

    #[test]
    fn the_heat_map_draws_to_the_kept_svg() {
        let map = HeatMap::of(
            &team(),
            CompetencyModel::builtin(),
            false,
            MemberOrder::Team,
        );
        let svg = to_svg(480, map.height() as u32, |area| {
            draw(area, &map, &Palette::LIGHT, 1.0)
        });
        assert_eq!(
            svg.matches("<rect").count(),
            1 + 11 + 9,
            "background, the 11 cells with a level (the target has all three, launch is unrated), the key"
        );
        assert_snapshot("heat", &svg);
    }
}
