use leptos::prelude::*;

use crate::core::workspace::Workspace;
use crate::ui::state::use_app_state;

/// For leaders: the three questions that frame a training case, which functions commit what, and whether the case is
/// ready (a clear aim, leaders aligned before the PMs train).
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
    let check = move |id: &'static str,
                      label: &'static str,
                      get: fn(&Workspace) -> bool,
                      put: fn(&mut Workspace, bool)| {
        view! {
            <label class="check" for=id>
                <input type="checkbox" id=id prop:checked=move || state.workspace.with(get)
                    on:change=move |ev| state.workspace.update(|w| put(w, event_target_checked(&ev)))/>
                " " {label}
            </label>
        }
    };
    view! {
        <details class="card">
            <summary><strong>"Leading a team? Frame the case with three questions"</strong></summary>
            {question("leader-not", "What is not happening that should be?", |w| w.case.leader.not_happening.clone(), |w, v| w.case.leader.not_happening = v)}
            {question("leader-should-not", "What is happening that should not be?", |w| w.case.leader.should_not_happen.clone(), |w, v| w.case.leader.should_not_happen = v)}
            {question("leader-want", "What do you want to have happen?", |w| w.case.leader.want.clone(), |w, v| w.case.leader.want = v)}
            {question("leader-stakeholders",
                "Which functions commit which resources? (one a line: who, and what they commit — training works when other functions commit too)",
                |w| w.case.leader.stakeholders.join("\n"),
                |w, v| w.case.leader.stakeholders = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())}
            <fieldset class="readiness">
                <legend>"Ready for the training?"</legend>
                {check("leader-strategy", "The PMs' work has a clear strategy and goals to aim at", |w| w.case.leader.strategy_clear, |w, v| w.case.leader.strategy_clear = v)}
                {check("leader-first", "The leaders of the functions involved meet before the PMs' training, to align and commit", |w| w.case.leader.leaders_first, |w, v| w.case.leader.leaders_first = v)}
            </fieldset>
            <p class="hint" data-testid="leader-readiness">{move || state.workspace.with(|w| {
                let missing = w.case.leader.not_ready();
                if missing.is_empty() {
                    "Ready: a clear aim, committed functions, and leaders aligned first.".to_string()
                } else {
                    format!("Still to settle: {}.", missing.join("; "))
                }
            })}</p>
            <p class="hint">"Your answers go into the group proposal beside the team's largest gaps; invite the functions that commit as guests in the group case above, so their seats and time are counted."</p>
        </details>
    }
}
