use leptos::prelude::*;

use crate::core::workspace::Workspace;
use crate::ui::state::use_app_state;

/// For leaders: the three questions that frame a training case, and whose support it needs.
#[component]
pub fn LeaderQuestions() -> impl IntoView {
    let state = use_app_state();
    let question = move |id: &'static str,
                         label: &'static str,
                         get: fn(&Workspace) -> String,
                         put: fn(&mut Workspace, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <textarea id=id rows="2" prop:value=move || state.workspace.with(get)
                    on:change=move |ev| state.workspace.update(|w| put(w, event_target_value(&ev)))></textarea>
            </div>
        }
    };
    view! {
        <details class="card">
            <summary><strong>"Leading a team? Frame the case with three questions"</strong></summary>
            {question("leader-not", "What is not happening that should be?", |w| w.case.leader.not_happening.clone(), |w, v| w.case.leader.not_happening = v)}
            {question("leader-should-not", "What is happening that should not be?", |w| w.case.leader.should_not_happen.clone(), |w, v| w.case.leader.should_not_happen = v)}
            {question("leader-want", "What do you want to have happen?", |w| w.case.leader.want.clone(), |w, v| w.case.leader.want = v)}
            {question("leader-stakeholders",
                "Whose support does the plan need? (one a line: who, and what you need from them — training works when other functions commit too)",
                |w| w.case.leader.stakeholders.join("\n"),
                |w, v| w.case.leader.stakeholders = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())}
        </details>
    }
}
