use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::team::{AreaOrder, MemberOrder, TeamView};

/// Area × member levels, with the numbers in every cell. Areas sort by model order or by the team's gap; members by
/// team order, name or average.
#[component]
pub fn TeamHeatMap(view: Memo<TeamView>) -> impl IntoView {
    let model = CompetencyModel::builtin();
    let areas = RwSignal::new(AreaOrder::Model);
    let members = RwSignal::new(MemberOrder::Team);
    // Built as one escaped string: 700 cells for a team of 50 (see TeamView::heat_map_html).
    let html = move || {
        let body = view.with(|v| v.heat_map_html(model, areas.get(), members.get()));
        format!(
            "<table class=\"heat-map\" data-testid=\"heat-map\"><caption>Each member's current level per area (mean of \
             knowledge and experience; – where not rated or not relevant)</caption>{body}</table>"
        )
    };
    view! {
        <section class="card heat-card">
            <h2>"Heat map"</h2>
            <div class="row">
                <div class="field">
                    <label for="heat-areas">"Sort areas by"</label>
                    <select id="heat-areas" on:change=move |ev| areas.set(if event_target_value(&ev) == "gap" { AreaOrder::LargestGap } else { AreaOrder::Model })>
                        <option value="model">"The model's order"</option>
                        <option value="gap">"Largest team gap first"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="heat-members">"Sort members by"</label>
                    <select id="heat-members" on:change=move |ev| members.set(match event_target_value(&ev).as_str() {
                        "name" => MemberOrder::Name,
                        "average" => MemberOrder::Average,
                        _ => MemberOrder::Team,
                    })>
                        <option value="team">"Team order"</option>
                        <option value="name">"Name"</option>
                        <option value="average">"Average level, highest first"</option>
                    </select>
                </div>
            </div>
            <div class="table-wrap" inner_html=html></div>
        </section>
    }
}
