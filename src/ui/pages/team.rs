use leptos::prelude::*;

use crate::core::team::{open_members, view as team_view};
use crate::ui::components::compare::radar_chart::RadarChart;
use crate::ui::components::compare::radar_table::RadarTable;
use crate::ui::components::justify::leader_questions::LeaderQuestions;
use crate::ui::components::team::group_training::GroupTraining;
use crate::ui::components::team::team_benchmark::TeamBenchmark;
use crate::ui::components::team::team_gaps::TeamGaps;
use crate::ui::components::team::team_heat_map::TeamHeatMap;
use crate::ui::components::team::team_members::TeamMembers;
use crate::ui::components::team::team_sheet::TeamSheet;
use crate::ui::format::warm_up;
use crate::ui::idle::when_idle;
use crate::ui::state::{use_app_state, use_model};
use crate::ui::theme::use_palette;

/// The manager's team: gather links, see the team against a role, share the team benchmark, make the group case.
#[component]
pub fn Team() -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let palette = use_palette();
    // The group case shows money once the team is there: its formatters are made before the paste that needs them.
    warm_up(state.workspace.with_untracked(|w| w.locale.clone()));
    // Links decoded only when the members change, not on every edit elsewhere in the workspace.
    let links = Memo::new(move |_| state.workspace.with(|w| w.team.members.clone()));
    let members = Memo::new(move |_| links.with(|l| open_members(l, model)));
    let role = Memo::new(move |_| state.workspace.with(|w| w.team.role));
    let team = Memo::new(move |_| members.with(|m| team_view(m, role.get(), model)));
    let radar = Signal::derive(move || team.with(|v| v.radar(model, role.get(), &palette.get())));
    let group = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.team
                .group
                .outcome(w.team.members.len(), &w.case.working_time)
        })
    });
    let locale = Memo::new(move |_| state.workspace.with(|w| w.locale.clone()));
    let has_members = move || members.with(|m| !m.is_empty());
    // What lies below the list (charts, gaps, group case, print sheet) is built once the browser is idle after the
    // team first appears: the click that adds fifty links answers with the list at once, the rest follows.
    let settled = RwSignal::new(false);
    Effect::new(move |_| {
        if has_members() && !settled.get_untracked() {
            when_idle(move || settled.set(true));
        }
    });
    view! {
        <div class="no-print">
            <h1>"Your team"</h1>
            <p class="promise">"Everything you gather here stays in this browser: the links are read here and sent nowhere."</p>
            <TeamMembers members role/>
        </div>
        <Show when=move || has_members() && settled.get()>
            <div class="no-print">
                <div class="chart-block"><RadarChart radar/></div>
                <RadarTable radar/>
                <TeamHeatMap view=team/>
                <TeamGaps team/>
                <TeamBenchmark team/>
                <GroupTraining group locale/>
                <LeaderQuestions/>
            </div>
            <TeamSheet team role group locale/>
        </Show>
    }
}
