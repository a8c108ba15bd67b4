use leptos::prelude::*;

use crate::core::team::TeamView;
use crate::ui::state::use_model;

/// Where the team needs training: its largest gaps, who is a level or more below, and for how many each is a focus.
#[component]
pub fn TeamGaps(team: Memo<TeamView>) -> impl IntoView {
    let model = use_model();
    view! {
        <section class="card">
            <h2>"Where the team needs training"</h2>
            <ol data-testid="team-gaps">
                {move || team.with(|v| v.top_gaps().into_iter().map(|a| {
                    let name = model.area(&a.area).map_or(a.area.clone(), |x| x.name.clone());
                    let below = if a.below.is_empty() { String::new() } else { format!("; a level or more below: {}", a.below.join(", ")) };
                    view! { <li>{format!("{name} — team {:.1}, target {:.1}, gap {:.1}; in focus for {} of {}{below}", a.mean.unwrap_or(0.0), a.target.unwrap_or(0.0), a.gap.unwrap_or(0.0), a.in_focus, v.names.len())}</li> }
                }).collect_view())}
            </ol>
        </section>
    }
}
