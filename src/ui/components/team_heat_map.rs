use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::team::TeamView;

/// A level's cell class: nine steps of one blue hue from light to dark (colour-blind safe), the number always
/// written. Classes, not inline styles, so the browser shares one computed style among the many cells of a step.
fn shade(level: Option<f32>) -> &'static str {
    const STEPS: [&str; 9] = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"];
    level.map_or("", |l| {
        STEPS[((l - 1.0) * 2.0).round().clamp(0.0, 8.0) as usize]
    })
}

/// Area × member levels. Areas sort by model order or by the team's gap; members by team order, name or average.
#[component]
pub fn TeamHeatMap(view: Memo<TeamView>) -> impl IntoView {
    let model = CompetencyModel::builtin();
    let area_order = RwSignal::new("model".to_string());
    let member_order = RwSignal::new("team".to_string());
    let rows = move || {
        view.with(|v| {
            let mut areas: Vec<usize> = (0..v.areas.len()).collect();
            if area_order.get() == "gap" {
                areas.sort_by(|a, b| v.areas[*b].gap.unwrap_or(f32::MIN).total_cmp(&v.areas[*a].gap.unwrap_or(f32::MIN)));
            }
            let mut members: Vec<usize> = (0..v.names.len()).collect();
            let average = |m: usize| {
                let vals: Vec<f32> = v.heat[m].iter().flatten().copied().collect();
                if vals.is_empty() { 0.0 } else { vals.iter().sum::<f32>() / vals.len() as f32 }
            };
            match member_order.get().as_str() {
                "name" => members.sort_by(|a, b| v.names[*a].to_lowercase().cmp(&v.names[*b].to_lowercase())),
                "average" => members.sort_by(|a, b| average(*b).total_cmp(&average(*a))),
                _ => {}
            }
            let head = members.iter().map(|m| view! { <th scope="col">{v.names[*m].clone()}</th> }).collect_view();
            let body = areas
                .iter()
                .map(|&j| {
                    let a = &v.areas[j];
                    let name = model.area(&a.area).map_or(a.area.clone(), |x| x.name.clone());
                    let cells = members
                        .iter()
                        .map(|&m| {
                            let level = v.heat[m][j];
                            view! { <td class=shade(level)>{level.map_or("–".to_string(), |l| format!("{l:.1}"))}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="team-mean">{a.mean.map_or("–".to_string(), |m| format!("{m:.1}"))}</td>
                            <td>{a.target.map_or("–".to_string(), |t| format!("{t:.1}"))}</td>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <thead><tr><th scope="col">"Area"</th><th scope="col">"Team"</th><th scope="col">"Target"</th>{head}</tr></thead>
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
                    <select id="heat-areas" on:change=move |ev| area_order.set(event_target_value(&ev))>
                        <option value="model">"The model's order"</option>
                        <option value="gap">"Largest team gap first"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="heat-members">"Sort members by"</label>
                    <select id="heat-members" on:change=move |ev| member_order.set(event_target_value(&ev))>
                        <option value="team">"Team order"</option>
                        <option value="name">"Name"</option>
                        <option value="average">"Average level, highest first"</option>
                    </select>
                </div>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Heat map, scrolls sideways">
                <table class="heat-map" data-testid="heat-map">
                    <caption>"Each member's current level per area (mean of knowledge and experience; – where not rated or not relevant)"</caption>
                    {rows}
                </table>
            </div>
        </section>
    }
}
