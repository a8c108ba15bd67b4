use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::chart::Palette;
use crate::core::justify::roi::{Input, Swing};
use crate::core::justify::tornado::{draw, Bar, Tornado};
use crate::core::locale::Locale;
use crate::core::words::with_unit;
use crate::ui::components::common::chart_canvas::ChartCanvas;
use crate::ui::format::{money, number, percent};

fn paint(
    area: &DrawingArea<CanvasBackend, Shift>,
    chart: &(Tornado, Locale),
    palette: &Palette,
    scale: f64,
) {
    let (tornado, l) = chart;
    // A failed drawing leaves the table under the chart as the record; there is nothing else to do with it.
    let _ = draw(area, tornado, palette, scale, &|v| percent(l, v, 0));
}

/// An input's value as the user reads it: money, hours, or a percentage.
fn value(input: Input, v: f64, l: &Locale) -> String {
    match input {
        Input::Cost | Input::BenefitPerPerson => money(l, v),
        Input::Driver(crate::core::justify::roi::BenefitModel::TimeSaved) => {
            format!("{} h", number(l, v, 1))
        }
        Input::Years => with_unit(&number(l, v, 1), "year", "years"),
        Input::RampUp => with_unit(&number(l, v, 1), "week", "weeks"),
        _ => percent(l, v, 2),
    }
}

/// Which inputs move the ROI most, as a tornado chart and the same as a table: each input swung over its range with
/// the others as expected, the reported (conservative) ROI marked, and the value at which the case would break even.
#[component]
pub fn Sensitivity(
    swings: Signal<Vec<Swing>>,
    /// The ROI on expected estimates, where every bar crosses.
    expected: Signal<Option<f64>>,
    /// The ROI reported (conservative), marked on the chart.
    reported: Signal<Option<f64>>,
    locale: Signal<Locale>,
    /// Names this chart and table apart from another on the page (the individual case, the group's).
    name: &'static str,
) -> impl IntoView {
    let chart = Signal::derive(move || {
        let l = locale.get();
        let tornado = Tornado {
            bars: swings.with(|all| {
                all.iter()
                    .map(|s| Bar {
                        label: s.input.label().into(),
                        at_low: s.roi_at_low.unwrap_or(0.0),
                        at_high: s.roi_at_high.unwrap_or(0.0),
                        low_label: value(s.input, s.low, &l),
                        high_label: value(s.input, s.high, &l),
                    })
                    .collect()
            }),
            centre: expected.get().unwrap_or(0.0),
            reported: reported.get().unwrap_or(0.0),
            axis_label: "ROI as each input moves, the others as expected".into(),
            centre_label: "Expected estimates".into(),
            reported_label: "Reported (conservative)".into(),
            break_even_label: "Break-even (ROI 0 %)".into(),
            lowers_label: "Lowers the ROI".into(),
            raises_label: "Raises the ROI".into(),
        };
        (tornado, l)
    });
    let height = Signal::derive(move || swings.with(|s| s.len() as f64 * 46.0 + 76.0));
    let label = Signal::derive(move || {
        let l = locale.get();
        swings.with(|s| match s.first() {
            Some(top) => format!(
                "Tornado chart of which inputs move the ROI most; {} moves it most, from {} to {}. The table below \
                 gives every input's figures.",
                top.input.label(),
                top.roi_at_low.map_or("–".into(), |r| percent(&l, r, 0)),
                top.roi_at_high.map_or("–".into(), |r| percent(&l, r, 0))
            ),
            None => "Tornado chart: nothing to show until there is a cost and a benefit.".into(),
        })
    });
    let rows = move || {
        let l = locale.get();
        swings
            .get()
            .into_iter()
            .map(|s| {
                let roi = |r: Option<f64>| r.map_or("–".to_string(), |r| percent(&l, r, 0));
                view! {
                    <tr>
                        <th scope="row">{s.input.label()}</th>
                        <td data-label="Low → ROI">{format!("{} → {}", value(s.input, s.low, &l), roi(s.roi_at_low))}</td>
                        <td data-label="High → ROI">{format!("{} → {}", value(s.input, s.high, &l), roi(s.roi_at_high))}</td>
                        <td data-label="Breaks even at">{s.break_even.map_or("not within its range".to_string(), |v| value(s.input, v, &l))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || !swings.with(Vec::is_empty) fallback=|| view! {
            <p class="hint">"Which inputs move the result most shows here once there is a cost and a benefit."</p>
        }>
            <ChartCanvas data=chart paint=paint label class="tornado" height/>
            // Focusable, so the keyboard can scroll it when it is wider than a phone.
            <div class="table-wrap" tabindex="0" role="region" aria-label="Sensitivity, as a table">
                <table class="stack" data-testid=format!("sensitivity-{name}")>
                    <caption>"Each input at its low and high value, the others as expected, and the value at which the case breaks even"</caption>
                    <thead><tr><th scope="col">"Input"</th><th scope="col">"Low → ROI"</th><th scope="col">"High → ROI"</th><th scope="col">"Breaks even at"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
    }
}
