//! The radar chart: the user's knowledge and applied experience against a benchmark, one spoke per area. One drawing
//! routine, generic over plotters' `DrawingBackend`: a HiDPI canvas in the browser, SVG for print, export and tests.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::benchmark::Benchmark;
use crate::core::assess::{Assessment, Rating};
use crate::core::chart::{Palette, Series};
use crate::core::model::CompetencyModel;

/// Everything the chart shows. `values` of each series follow `axes`; `None` is unrated or not relevant.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub axes: Vec<String>,
    pub series: Vec<Series>,
    pub max: f32,
    /// What the benchmark is and what kind of figures: the chart always says it.
    pub caption: String,
}

/// Font size in CSS pixels, before the device scale.
const FONT: f64 = 13.0;
/// Area names longer than this wrap onto a second line.
const WRAP: usize = 16;
/// Rough width of one character relative to the font size: enough to keep labels inside the picture.
const CHAR_WIDTH: f64 = 0.56;

/// Below this width (CSS pixels) spokes are numbered instead of named, and the page lists the names as a key.
pub const COMPACT_BELOW: f64 = 520.0;
/// Past this many spokes names touch their neighbours on a desktop chart (a test tries 3 to 30), so spokes are
/// numbered and keyed too.
pub const NAMED_SPOKES: usize = 12;

/// Where the chart and its parts go within a picture `width` × `height` (CSS pixels).
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub center: (f64, f64),
    pub radius: f64,
    /// Numbered spokes and no caption: the page around the chart says both.
    pub compact: bool,
    /// Where each series' legend entry starts.
    pub legend: Vec<(f64, f64)>,
}

/// The width of a legend entry: swatch, gap, label.
fn legend_width(label: &str) -> f64 {
    28.0 + label.chars().count() as f64 * CHAR_WIDTH * FONT
}

/// One line of a spoke's label: where it is anchored, and how.
pub struct LabelLine {
    /// The spoke it names.
    pub spoke: usize,
    pub text: String,
    pub at: (f64, f64),
    pub h: HPos,
}

impl LabelLine {
    /// The box the line takes (left, top, right, bottom), from the characters' rough width.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let w = self.text.chars().count() as f64 * CHAR_WIDTH * FONT;
        let left = match self.h {
            HPos::Left => self.at.0,
            HPos::Right => self.at.0 - w,
            HPos::Center => self.at.0 - w / 2.0,
        };
        (
            left,
            self.at.1 - FONT * 0.6,
            left + w,
            self.at.1 + FONT * 0.6,
        )
    }
}

impl Radar {
    /// Whether spokes are numbered (the page keys their names) rather than named on the chart `width` wide.
    pub fn compact(&self, width: f64) -> bool {
        width < COMPACT_BELOW || self.axes.len() > NAMED_SPOKES
    }

    /// Every spoke's label lines just beyond the outer ring, anchored away from the centre so they never cross the
    /// chart: above the point at the top, below it at the bottom, centred on it at the sides.
    pub fn label_lines(&self, layout: &Layout) -> Vec<LabelLine> {
        let n = self.axes.len();
        let max = f64::from(self.max);
        let line_height = FONT * 1.2;
        let mut out = Vec::new();
        for (i, lines) in self.labels(layout.compact).into_iter().enumerate() {
            let a = spoke_angle(i, n);
            let (x, y) = point(layout, i, n, max, max);
            let (dx, dy) = (a.cos(), a.sin());
            let h = if dx > 0.25 {
                HPos::Left
            } else if dx < -0.25 {
                HPos::Right
            } else {
                HPos::Center
            };
            let block = line_height * lines.len() as f64;
            let top = y + 8.0 * dy - block * (1.0 - dy) / 2.0;
            let x = x + 8.0 * dx;
            for (k, text) in lines.into_iter().enumerate() {
                let at = (x, top + line_height * (k as f64 + 0.5));
                out.push(LabelLine {
                    spoke: i,
                    text,
                    at,
                    h,
                });
            }
        }
        out
    }

    /// The user's knowledge and applied experience, and the benchmark if there is one.
    pub fn of(
        model: &CompetencyModel,
        assessment: &Assessment,
        benchmark: Option<&Benchmark>,
        palette: &Palette,
    ) -> Radar {
        let per_area = |f: &dyn Fn(&str) -> Option<f32>| {
            model.areas.iter().map(|a| f(&a.id)).collect::<Vec<_>>()
        };
        let rated = |pick: fn(&Rating) -> Option<u8>| {
            per_area(&|id| {
                let r = assessment.rating(id);
                if r.not_relevant {
                    None
                } else {
                    pick(&r).map(f32::from)
                }
            })
        };
        let mut series = vec![
            Series {
                label: "Knowledge".into(),
                values: rated(|r| r.knowledge),
                color: Palette::KNOWLEDGE,
                dashed: false,
            },
            Series {
                label: "Applied experience".into(),
                values: rated(|r| r.experience),
                color: Palette::EXPERIENCE,
                dashed: false,
            },
        ];
        let caption = match benchmark {
            Some(b) => {
                series.push(Series {
                    label: b.name.clone(),
                    values: per_area(&|id| b.levels.get(id).copied()),
                    color: palette.benchmark,
                    dashed: true,
                });
                format!("Compared with: {} ({})", b.name, b.kind.label())
            }
            None => "No benchmark: choose a role or another benchmark to compare with".into(),
        };
        Radar {
            axes: model.areas.iter().map(|a| a.name.clone()).collect(),
            series,
            max: f32::from(model.max_level()),
            caption,
        }
    }

    /// The lines of each spoke's label: the area's name wrapped, or its number when compact.
    fn labels(&self, compact: bool) -> Vec<Vec<String>> {
        if compact {
            (1..=self.axes.len()).map(|i| vec![i.to_string()]).collect()
        } else {
            self.axes.iter().map(|a| wrap(a, WRAP)).collect()
        }
    }

    /// Fits the radar, its labels and the legend: the margin left and right is the widest label line, and the legend
    /// wraps onto more rows where the picture is narrow.
    pub fn layout(&self, width: f64, height: f64) -> Layout {
        let compact = self.compact(width);
        let widest = self
            .labels(compact)
            .iter()
            .flatten()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0) as f64;
        let side = widest * CHAR_WIDTH * FONT + 14.0;
        let (mut x, mut row, mut rows) = (FONT, 0usize, Vec::new());
        for series in &self.series {
            let w = legend_width(&series.label);
            if x > FONT && x + w > width - FONT {
                row += 1;
                x = FONT;
            }
            rows.push((x, row));
            x += w + 20.0;
        }
        let row_height = FONT * 1.5;
        let legend = rows
            .into_iter()
            .map(|(x, r)| (x, height - FONT * 1.2 - (row - r) as f64 * row_height))
            .collect();
        // Room above and below the rings for the labels of the spokes pointing up and down: what two lines need, or
        // more where a name there wraps onto more (the lines stand 8 px off the ring, 1.2 font sizes apart), clear of
        // the caption above and the legend below.
        let labels = self.labels(compact);
        let n = labels.len();
        let most_lines = |pointing: fn(f64) -> bool| {
            labels
                .iter()
                .enumerate()
                .filter(|(i, _)| pointing(spoke_angle(*i, n).sin()))
                .map(|(_, l)| l.len())
                .max()
                .unwrap_or(1) as f64
        };
        let room = |lines: f64| 8.0 + FONT * 1.2 * lines;
        let label_lines = if compact { 1.5 } else { 2.5 };
        let caption = if compact { 0.0 } else { 1.4 * FONT };
        let top = (if compact { FONT } else { 2.0 * FONT } + label_lines * FONT)
            .max(caption + room(most_lines(|dy| dy < -0.7)));
        let bottom = ((row + 1) as f64 * row_height + FONT + label_lines * FONT)
            .max(1.7 * FONT + row as f64 * row_height + room(most_lines(|dy| dy > 0.7)));
        let radius = ((width - 2.0 * side) / 2.0)
            .min((height - top - bottom) / 2.0)
            .max(10.0);
        Layout {
            center: (width / 2.0, top + (height - top - bottom) / 2.0),
            radius,
            compact,
            legend,
        }
    }
}

/// The angle of spoke `i` of `n`: the first points up, the rest follow clockwise.
pub fn spoke_angle(i: usize, n: usize) -> f64 {
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64
}

/// Where `value` (of `max`) lies on spoke `i` of `n`.
pub fn point(layout: &Layout, i: usize, n: usize, value: f64, max: f64) -> (f64, f64) {
    let r = layout.radius * (value / max).clamp(0.0, 1.0);
    let a = spoke_angle(i, n);
    (layout.center.0 + r * a.cos(), layout.center.1 + r * a.sin())
}

/// Splits a label into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Draws `radar` filling `area`, whose size is the CSS size times `scale` (the device pixel ratio on a canvas).
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    radar: &Radar,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let layout = radar.layout(f64::from(w) / scale, f64::from(h) / scale);
    let px = |(x, y): (f64, f64)| ((x * scale).round() as i32, (y * scale).round() as i32);
    let size = |v: f64| ((v * scale).round() as u32).max(1);
    let n = radar.axes.len();
    let max = f64::from(radar.max);
    let font = |pt: f64, color: RGBColor| ("sans-serif", pt * scale).into_font().color(&color);

    area.fill(&palette.background)?;

    // Rings at every level, and the spokes.
    for level in 1..=radar.max.round() as i32 {
        let ring: Vec<_> = (0..=n)
            .map(|i| px(point(&layout, i % n, n, f64::from(level), max)))
            .collect();
        area.draw(&PathElement::new(
            ring,
            palette.grid.stroke_width(size(1.0)),
        ))?;
        let at = px(point(&layout, 0, n, f64::from(level), max));
        area.draw(&Text::new(
            level.to_string(),
            (at.0 + size(4.0) as i32, at.1),
            font(FONT * 0.8, palette.muted).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    for i in 0..n {
        let spoke = vec![px(layout.center), px(point(&layout, i, n, max, max))];
        area.draw(&PathElement::new(
            spoke,
            palette.grid.stroke_width(size(1.0)),
        ))?;
    }

    // The series: filled polygons for the user's own ratings, a dashed outline for the benchmark.
    for series in &radar.series {
        let points: Vec<_> = (0..n)
            .map(|i| {
                px(point(
                    &layout,
                    i,
                    n,
                    f64::from(series.values.get(i).copied().flatten().unwrap_or(0.0)),
                    max,
                ))
            })
            .collect();
        let mut outline = points.clone();
        outline.push(points[0]);
        if series.dashed {
            area.draw(&DashedPathElement::new(
                outline,
                size(7.0),
                size(4.0),
                series.color.stroke_width(size(2.5)),
            ))?;
        } else {
            area.draw(&Polygon::new(
                points.clone(),
                series.color.mix(0.18).filled(),
            ))?;
            area.draw(&PathElement::new(
                outline,
                series.color.stroke_width(size(2.5)),
            ))?;
        }
        for (i, p) in points.iter().enumerate() {
            if series.values.get(i).copied().flatten().is_some() {
                area.draw(&Circle::new(*p, size(3.0), series.color.filled()))?;
            }
        }
    }

    // Area labels just beyond the outer ring, anchored away from the centre so they never cross the chart.
    for line in radar.label_lines(&layout) {
        area.draw(&Text::new(
            line.text,
            px(line.at),
            font(FONT, palette.text).pos(Pos::new(line.h, VPos::Center)),
        ))?;
    }

    // What the chart compares with, at the top (the page says it beside a compact chart); the legend at the bottom.
    if !layout.compact {
        area.draw(&Text::new(
            radar.caption.clone(),
            px((FONT, FONT)),
            font(FONT, palette.text).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    for (series, &(x, y)) in radar.series.iter().zip(&layout.legend) {
        if series.dashed {
            area.draw(&DashedPathElement::new(
                vec![px((x, y)), px((x + 22.0, y))],
                size(7.0),
                size(4.0),
                series.color.stroke_width(size(2.5)),
            ))?;
        } else {
            area.draw(&Rectangle::new(
                [px((x, y - 5.0)), px((x + 22.0, y + 5.0))],
                series.color.filled(),
            ))?;
        }
        area.draw(&Text::new(
            series.label.clone(),
            px((x + 28.0, y)),
            font(FONT, palette.text).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    area.present()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::{assert_snapshot, to_svg};

    fn layout() -> Layout {
        Layout {
            center: (300.0, 200.0),
            radius: 100.0,
            compact: false,
            legend: Vec::new(),
        }
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn points_lie_on_their_spoke_at_their_radius() {
        let l = &layout();
        // Twelve spokes: the first up, the fourth right, the seventh down, the tenth left.
        assert!(close(point(l, 0, 12, 5.0, 5.0), (300.0, 100.0)));
        assert!(close(point(l, 3, 12, 5.0, 5.0), (400.0, 200.0)));
        assert!(close(point(l, 6, 12, 2.5, 5.0), (300.0, 250.0)));
        assert!(close(point(l, 9, 12, 1.0, 5.0), (280.0, 200.0)));
        // Every point is at value / max of the radius from the centre, on its spoke's angle.
        for i in 0..12 {
            for v in [0.0, 1.0, 2.5, 4.0, 5.0] {
                let (x, y) = point(l, i, 12, v, 5.0);
                let (dx, dy) = (x - 300.0, y - 200.0);
                assert!(((dx * dx + dy * dy).sqrt() - 20.0 * v).abs() < 1e-9);
                if v > 0.0 {
                    let angle = dy.atan2(dx);
                    let want = spoke_angle(i, 12);
                    assert!(
                        (angle - want).sin().abs() < 1e-9 && (angle - want).cos() > 0.0,
                        "spoke {i}"
                    );
                }
            }
        }
        // Values beyond the scale stay on it.
        assert!(close(point(l, 0, 12, 9.0, 5.0), (300.0, 100.0)));
        assert!(close(point(l, 0, 12, -1.0, 5.0), (300.0, 200.0)));
    }

    #[test]
    fn an_assessment_becomes_series_in_model_order_with_the_benchmark_named() {
        let model = CompetencyModel::builtin();
        let mut a = Assessment::default();
        a.rate("market", 1, |r| {
            r.knowledge = Some(4);
            r.experience = Some(2);
        });
        a.rate("data", 1, |r| {
            r.knowledge = Some(5);
            r.not_relevant = true;
        });
        let b = crate::core::compare::benchmark::role_benchmark(
            model,
            crate::core::model::Role::Pm,
            &Default::default(),
        )
        .unwrap();
        let radar = Radar::of(model, &a, Some(&b), &Palette::LIGHT);
        assert_eq!(radar.axes.len(), 12);
        assert_eq!(radar.axes[1], "Market, competition & domain");
        assert_eq!(radar.series[0].values[1], Some(4.0));
        assert_eq!(radar.series[1].values[1], Some(2.0));
        assert_eq!(
            radar.series[0].values[2], None,
            "not relevant is not drawn as a rating"
        );
        assert_eq!(radar.series[2].values[0], Some(3.0));
        assert!(radar.series[2].dashed);
        assert_eq!(
            radar.caption,
            "Compared with: Product Manager expectations (role expectations, not survey data)"
        );
        let alone = Radar::of(model, &a, None, &Palette::LIGHT);
        assert_eq!(alone.series.len(), 2);
        assert!(alone.caption.starts_with("No benchmark"));
    }

    #[test]
    fn long_area_names_wrap_at_spaces() {
        assert_eq!(
            wrap("Lifecycle & in-market performance", 16),
            ["Lifecycle &", "in-market", "performance"]
        );
        assert_eq!(wrap("Data fluency", 16), ["Data fluency"]);
    }

    fn example() -> Radar {
        Radar {
            axes: [
                "Customer insight",
                "Data fluency",
                "Vision & strategy",
                "Lifecycle & in-market performance",
            ]
            .map(String::from)
            .to_vec(),
            series: vec![
                Series {
                    label: "Knowledge".into(),
                    values: vec![Some(4.0), Some(2.0), None, Some(3.0)],
                    color: Palette::KNOWLEDGE,
                    dashed: false,
                },
                Series {
                    label: "Benchmark <PM>".into(),
                    values: vec![Some(3.0); 4],
                    color: Palette::LIGHT.benchmark,
                    dashed: true,
                },
            ],
            max: 5.0,
            caption: "Compared with: PM expectations & more".into(),
        }
    }

    #[test]
    fn labels_and_legend_fit_inside_the_picture() {
        let radar = example();
        for (w, h, compact, widest) in [
            (640.0, 480.0, false, "performance"),
            (360.0, 400.0, true, "4"),
        ] {
            let l = radar.layout(w, h);
            assert_eq!(l.compact, compact);
            let widest = widest.len() as f64 * CHAR_WIDTH * FONT;
            assert!(l.center.0 - l.radius - 8.0 - widest >= 0.0, "{w}x{h}");
            assert!(l.center.0 + l.radius + 8.0 + widest <= w, "{w}x{h}");
            assert!(
                l.center.1 - l.radius > FONT * 2.0,
                "clear of the caption at {w}x{h}"
            );
            let legend_top = l.legend.iter().map(|p| p.1).fold(f64::MAX, f64::min);
            assert!(
                l.center.1 + l.radius + 2.0 * FONT < legend_top,
                "clear of the legend at {w}x{h}"
            );
            for (series, (x, y)) in radar.series.iter().zip(&l.legend) {
                assert!(
                    x + legend_width(&series.label) <= w && *y < h,
                    "{} fits at {w}x{h}",
                    series.label
                );
            }
        }
    }

    #[test]
    fn a_narrow_legend_wraps_onto_rows() {
        let mut radar = example();
        radar.series[1].label = "Principal / Group PM expectations, with your edits".into();
        let l = radar.layout(360.0, 400.0);
        assert_eq!(l.legend[0].0, FONT);
        assert_eq!(l.legend[1].0, FONT, "the long entry starts a new row");
        assert!(l.legend[1].1 > l.legend[0].1);
    }

    #[test]
    fn the_svg_matches_its_snapshot() {
        let svg = to_svg(640, 480, |area| {
            draw(area, &example(), &Palette::LIGHT, 1.0)
        });
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("Benchmark &lt;PM&gt;"), "text is escaped");
        assert!(svg.contains("PM expectations &amp; more"));
        assert!(
            svg.contains("stroke-dasharray") || svg.matches("<polyline").count() > 10,
            "the benchmark is dashed"
        );
        assert_snapshot("radar", &svg);
    }

    /// A model of `n` areas with names as long as real ones, on a scale of `levels`, every area rated and benchmarked.
    fn sized(n: usize, levels: usize) -> Radar {
        let names = [
            "Customer insight",
            "Pricing & packaging",
            "Lifecycle & in-market performance",
            "Data",
        ];
        let header: Vec<String> = (1..=levels).map(|l| format!("Level {l}")).collect();
        let mut csv = format!("group,area,definition,{}\n", header.join(","));
        for i in 0..n {
            let anchors = vec!["behaviour"; levels].join(",");
            csv += &format!("G{},{} {i},d,{anchors}\n", i % 3, names[i % names.len()]);
        }
        let model = CompetencyModel::from_csv(&csv, "Sized").unwrap();
        let mut a = Assessment::default();
        for (i, area) in model.areas.iter().enumerate() {
            a.rate(&area.id, 1, |r| {
                r.knowledge = Some((i % levels) as u8 + 1);
                r.experience = Some(((i + 1) % levels) as u8 + 1);
            });
        }
        let b = Benchmark {
            name: "Acme ladder".into(),
            kind: crate::core::compare::benchmark::BenchmarkKind::Imported,
            levels: model.areas.iter().map(|a| (a.id.clone(), 2.5)).collect(),
            source: "acme.csv".into(),
        };
        Radar::of(&model, &a, Some(&b), &Palette::LIGHT)
    }

    /// Whether two boxes (left, top, right, bottom) overlap.
    fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    /// From 3 to 30 spokes, on a desktop chart and a phone's, no two labels touch and all stay in the picture: past
    /// twelve spokes they are numbers, keyed by the page.
    #[test]
    fn labels_never_collide_from_three_to_thirty_spokes() {
        for n in 3..=30 {
            let radar = sized(n, 5);
            for (w, h) in [(640.0, 480.0), (360.0, 360.0), (900.0, 560.0)] {
                let layout = radar.layout(w, h);
                assert_eq!(
                    layout.compact,
                    w < COMPACT_BELOW || n > NAMED_SPOKES,
                    "{n} at {w}"
                );
                // Each label's lines stack one on another: a label is the box around all of them.
                let mut boxes = vec![(f64::MAX, f64::MAX, f64::MIN, f64::MIN); n];
                for line in radar.label_lines(&layout) {
                    let (l, t, r, b) = line.bounds();
                    let k = &mut boxes[line.spoke];
                    *k = (k.0.min(l), k.1.min(t), k.2.max(r), k.3.max(b));
                }
                for (i, a) in boxes.iter().enumerate() {
                    assert!(
                        a.0 >= 0.0 && a.2 <= w && a.1 >= 0.0 && a.3 <= h,
                        "{n} spokes at {w}: label {i} {a:?} outside"
                    );
                    for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                        assert!(
                            !overlap(*a, *b),
                            "{n} spokes at {w}×{h}: labels {i} and {j} touch: {a:?} {b:?}"
                        );
                    }
                }
            }
        }
    }

    /// Names that wrap onto three lines at the top and bottom (the product-owner model's) stay clear of the caption
    /// and the legend.
    #[test]
    fn long_names_at_the_top_and_bottom_clear_the_caption_and_legend() {
        let po = CompetencyModel::builtin_of("skillcase-po").unwrap();
        let radar = Radar::of(po, &Assessment::default(), None, &Palette::LIGHT);
        for (w, h) in [(640.0, 480.0), (900.0, 560.0)] {
            let layout = radar.layout(w, h);
            let legend_top = layout.legend.iter().map(|p| p.1).fold(f64::MAX, f64::min);
            for line in radar.label_lines(&layout) {
                let (_, t, _, b) = line.bounds();
                assert!(
                    t >= 1.4 * FONT,
                    "{:?} clears the caption at {w}x{h}",
                    line.text
                );
                assert!(
                    b <= legend_top - FONT / 2.0,
                    "{:?} clears the legend at {w}x{h}",
                    line.text
                );
            }
        }
    }

    #[test]
    fn a_ten_level_scale_draws_ten_rings() {
        let radar = sized(8, 10);
        assert_eq!(radar.max, 10.0);
        let svg = to_svg(640, 480, |area| draw(area, &radar, &Palette::LIGHT, 1.0));
        let rings = (1..=10)
            .filter(|l| svg.contains(&format!(">\n{l}\n</text>")))
            .count();
        assert_eq!(rings, 10, "every ring is numbered, up to 10");
    }

    #[test]
    fn radars_of_three_twelve_and_thirty_areas_match_their_snapshots() {
        for (n, name) in [(3, "radar-3"), (12, "radar-12"), (30, "radar-30")] {
            let svg = to_svg(640, 480, |area| {
                draw(area, &sized(n, 5), &Palette::LIGHT, 1.0)
            });
            assert_eq!(
                svg.matches("<circle").count(),
                3 * n,
                "{n}: a dot per rated value"
            );
            assert_snapshot(name, &svg);
        }
    }
}
