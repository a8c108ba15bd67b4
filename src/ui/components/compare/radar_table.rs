use leptos::prelude::*;

use crate::core::compare::radar::Radar;

/// The radar's numbers as a table: an area a row, a series a column. The chart's label promises it to readers who
/// can't see the chart.
#[component]
pub fn RadarTable(radar: Signal<Radar>) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="The chart's numbers">
            <table class="radar-table stack" data-testid="radar-table">
                <caption>{move || radar.with(|r| format!("The chart's numbers: {}", r.caption))}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        {move || radar.with(|r| r.series.iter().map(|s| view! { <th scope="col">{s.label.clone()}</th> }).collect_view())}
                    </tr>
                </thead>
                <tbody>
                    {move || radar.with(|r| r.axes.iter().enumerate().map(|(i, axis)| {
                        let cells = r.series.iter().map(|s| {
                            let value = s.values.get(i).copied().flatten().map_or("–".to_string(), |v| format!("{v:.1}"));
                            view! { <td data-label=s.label.clone()>{value}</td> }
                        }).collect_view();
                        view! { <tr><th scope="row">{axis.clone()}</th>{cells}</tr> }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}
