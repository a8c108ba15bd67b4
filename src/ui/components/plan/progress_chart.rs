use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::assess::history;
use crate::core::chart::Palette;
use crate::core::plan::trend::{draw, Trend};
use crate::ui::components::common::chart_canvas::ChartCanvas;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model};

fn paint(area: &DrawingArea<CanvasBackend, Shift>, trend: &Trend, palette: &Palette, scale: f64) {
    // A failed drawing leaves the table beside it as the record.
    let _ = draw(area, trend, palette, scale);
}

/// Progress over time: one area's levels at each kept snapshot and now, with a table of the same numbers, and the way
/// to reassess.
#[component]
pub fn ProgressChart(
    /// The area shown first: the largest gap.
    first: Signal<Option<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let model = use_model();
    let chosen = RwSignal::new(None::<String>);
    let area = Memo::new(move |_| {
        chosen
            .get()
            .or_else(|| first.get())
            .unwrap_or_else(|| model.areas[0].id.clone())
    });
    let trend = Signal::derive(move || {
        state
            .workspace
            .with(|w| Trend::of(model, &area.get(), &history(&w.earlier, &w.assessment)))
    });
    let has_history = move || {
        state
            .workspace
            .with(|w| history(&w.earlier, &w.assessment).len() >= 2)
    };
    let label = Signal::derive(move || {
        trend.with(|t| {
            format!(
                "Trend of {} over {} assessments. The table below gives the same numbers.",
                t.area,
                t.points.len()
            )
        })
    });
    let level = |v: Option<f32>| v.map_or("–".to_string(), |v| format!("{v:.0}"));
    let reassess = move |_| {
        state.workspace.update(|ws| {
            let at = ws.assessment.updated_at;
            if ws.assessment.is_started() && !ws.earlier.iter().any(|a| a.updated_at == at) {
                ws.earlier.push(ws.assessment.clone());
            }
        });
        // Saved before leaving, so the snapshot is in storage whatever the next page does.
        state.save_now();
        let _ = window().location().set_href(&View::Assess.href(&base));
    };
    view! {
        <section class="card progress-over-time" data-testid="progress">
            <h2>"Progress over time"</h2>
            <p class="hint">
                "Reassess after training: your current ratings are kept as a snapshot and you rate again. For before and "
                "after on the radar, compare with “You on …” above."
            </p>
            <button on:click=reassess data-testid="reassess">"Keep today's ratings and reassess"</button>
            <Show when=has_history fallback=|| view! {
                <p>"Once you have kept a snapshot and rated again, each area's levels over time show here."</p>
            }>
                <div class="field">
                    <label for="trend-area">"Area"</label>
                    <select id="trend-area" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                        {model.areas.iter().map(|a| {
                            let id = a.id.clone();
                            let is = id.clone();
                            view! { <option value=id selected=move || area.get() == is>{a.name.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <ChartCanvas data=trend paint=paint label class="trend"/>
                // Focusable, so the keyboard can scroll it when it is wider than a phone.
                <div class="table-wrap" tabindex="0" role="region" aria-label="Levels at each assessment">
                    <table class="stack" data-testid="trend-table">
                        <caption>{move || trend.with(|t| format!("{} at each assessment", t.area))}</caption>
                        <thead><tr><th scope="col">"Date"</th><th scope="col">"Knowledge"</th><th scope="col">"Experience"</th></tr></thead>
                        <tbody>
                            {move || trend.with(|t| t.points.iter().map(|(d, k, e)| view! {
                                <tr><th scope="row">{d.clone()}</th><td data-label="Knowledge">{level(*k)}</td><td data-label="Experience">{level(*e)}</td></tr>
                            }).collect_view())}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
