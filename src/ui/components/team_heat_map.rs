use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::team::TeamView;

/// A level's cell colour: one blue hue from light to dark (colour-blind safe), with the number always written.
fn shade(level: Option<f32>) -> String {
    match level {
        None => "background: transparent".into(),
        Some(l) => {
            let t = ((l - 1.0) / 4.0).clamp(0.0, 1.0);
            let light = 95.0 - t * 60.0;
            let ink = if light < 60.0 { "#fff" } else { "#111" };
            format!("background: hsl(205 70% {light:.0}%); color: {ink}")
        }
    }
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
                            view! { <td style=shade(level)>{level.map_or("–".to_string(), |l| format!("{l:.1}"))}</td> }
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
            <div class="table-wrap">
                <table class="heat-map" data-testid="heat-map">
                    <caption>"Each member's current level per area (mean of knowledge and experience; – where not rated or not relevant)"</caption>
                    {rows}
                </table>
            </div>
        </section>
    }
}
