use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::chart::Palette;
use crate::core::compare::radar::{draw, Radar};
use crate::ui::components::common::chart_canvas::ChartCanvas;
use crate::ui::state::{use_app_state, use_model};
use crate::ui::theme::use_palette;

/// The user's radar against the benchmark they chose, in the current theme's colours.
pub fn use_radar() -> Signal<Radar> {
    let state = use_app_state();
    let benchmark = state.benchmark;
    let palette = use_palette();
    let model = use_model();
    Signal::derive(move || {
        benchmark.with(|b| {
            state
                .workspace
                .with(|ws| Radar::of(model, &ws.assessment, b.as_ref(), &palette.get()))
        })
    })
}

fn paint(area: &DrawingArea<CanvasBackend, Shift>, radar: &Radar, palette: &Palette, scale: f64) {
    // A failed drawing leaves the table beside the chart as the record; there is nothing else to do with it.
    let _ = draw(area, radar, palette, scale);
}

/// The radar, with its spokes' names listed under it when the chart is too narrow, or the spokes too many, to write
/// them on it.
#[component]
pub fn RadarChart(radar: Signal<Radar>) -> impl IntoView {
    let size = RwSignal::new(None::<(f64, f64)>);
    let compact = Memo::new(move |_| {
        size.get()
            .is_some_and(|(w, _)| radar.with(|r| r.compact(w)))
    });
    let label = Signal::derive(move || {
        radar.with(|r| {
            format!(
                "Radar chart. {} The table below gives the same numbers.",
                r.caption
            )
        })
    });
    view! {
        <ChartCanvas data=radar paint=paint label class="radar" size/>
        <Show when=move || compact.get()>
            <ol class="radar-key" aria-label="Spokes of the chart">
                {move || radar.with(|r| r.axes.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view())}
            </ol>
        </Show>
    }
}
