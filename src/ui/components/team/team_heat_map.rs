use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::chart::Palette;
use crate::core::team::heat::{draw, step, HeatMap};
use crate::core::team::{MemberOrder, TeamView};
use crate::core::words::count;
use crate::ui::components::common::chart_canvas::ChartCanvas;
use crate::ui::state::use_model;

fn paint(area: &DrawingArea<CanvasBackend, Shift>, map: &HeatMap, palette: &Palette, scale: f64) {
    // A failed drawing leaves the table under the chart as the record; there is nothing else to do with it.
    let _ = draw(area, map, palette, scale);
}

/// A level's cell class in the table: the chart's nine steps (h0–h8 in the stylesheet).
fn shade(level: Option<f32>, top: u8) -> &'static str {
    const STEPS: [&str; 9] = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"];
    level.map_or("", |l| STEPS[step(l, top)])
}

fn or_dash(level: Option<f32>) -> String {
    level.map_or("–".to_string(), |l| format!("{l:.1}"))
}

/// Member × area levels, drawn on one canvas (fifty members would be seven hundred table cells to build on every
/// change); the same numbers as a table when asked for. Areas sort by the model or the team's gap, members by team
/// order, name or average.
#[component]
pub fn TeamHeatMap(view: Memo<TeamView>) -> impl IntoView {
    let model = use_model();
    let by_gap = RwSignal::new(false);
    let members = RwSignal::new(MemberOrder::Team);
    let map = Memo::new(move |_| view.with(|v| HeatMap::of(v, model, by_gap.get(), members.get())));
    let height = Signal::derive(move || map.with(HeatMap::height));
    let label = Signal::derive(move || {
        map.with(|m| {
            format!(
                "Heat map of the levels of {} in {}, darker for higher. “Show the numbers as a table” gives them.",
                count(m.rows.len().saturating_sub(2), "member", "members"),
                count(m.areas.len(), "area", "areas")
            )
        })
    });
    let table_open = RwSignal::new(false);
    let table = move || {
        map.with(|m| {
            let head = m.areas.iter().map(|a| view! { <th scope="col">{a.clone()}</th> }).collect_view();
            let body = m
                .rows
                .iter()
                .zip(&m.levels)
                .enumerate()
                .map(|(i, (row, levels))| {
                    let cells = levels
                        .iter()
                        .zip(&m.areas)
                        .map(|(l, area)| view! { <td class=shade(*l, m.top) data-label=area.clone()>{or_dash(*l)}</td> })
                        .collect_view();
                    view! { <tr class:team-mean=i == 0><th scope="row">{row.clone()}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <thead><tr><th scope="col">"Member"</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            }
        })
    };
    view! {
        <section class="card heat-card">
            <h2>"Heat map"</h2>
            <div class="row">
                <div class="field">
                    <label for="heat-areas">"Sort areas by"</label>
                    <select id="heat-areas" on:change=move |ev| by_gap.set(event_target_value(&ev) == "gap")>
                        <option value="model">"The model's order"</option>
                        <option value="gap">"Largest team gap first"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="heat-members">"Sort members by"</label>
                    <select id="heat-members" on:change=move |ev| {
                        if let Some(o) = MemberOrder::from_code(&event_target_value(&ev)) { members.set(o) }
                    }>
                        {MemberOrder::ALL.map(|o| view! { <option value=o.code()>{o.label()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <ChartCanvas data=map.into() paint label class="heat" height/>
            <details class="heat-table" on:toggle=move |ev| table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>"Show the numbers as a table"</summary>
                <Show when=move || table_open.get()>
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Heat map as a table, scrolls sideways">
                        <table class="heat-map stack" data-testid="heat-map">
                            <caption>"Each member's current level per area (their applied experience; – where not rated or not relevant)"</caption>
                            {table}
                        </table>
                    </div>
                </Show>
            </details>
        </section>
    }
}
