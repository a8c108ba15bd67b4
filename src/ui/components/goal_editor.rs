use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::plan::{first_steps, Cadence, Goal, LearningWay, MAX_TARGET};
use crate::ui::app::use_app_state;

/// One focus area's goal: a countable metric with a target and cadence, the way to learn with its trade-off, and our
/// first steps. Every change is kept in the plan at once.
#[component]
pub fn GoalEditor(
    /// The goal as it stands: the user's, or our suggestion until they change it.
    goal: Signal<Goal>,
) -> impl IntoView {
    let state = use_app_state();
    let area = goal.with_untracked(|g| g.area.clone());
    let name = CompetencyModel::builtin()
        .area(&area)
        .map_or(area.clone(), |a| a.name.clone());
    let change = move |f: Box<dyn FnOnce(&mut Goal)>| {
        let mut g = goal.get_untracked();
        f(&mut g);
        state.workspace.update(|w| w.plan.set(g));
    };
    let bad_target = RwSignal::new(false);
    let set_target =
        move |ev: leptos::ev::Event| match event_target_value(&ev).trim().parse::<u16>() {
            Ok(t) if t <= MAX_TARGET => {
                bad_target.set(false);
                change(Box::new(move |g| g.target = t))
            }
            _ => bad_target.set(true),
        };
    let id = |what: &str| format!("goal-{area}-{what}");
    let steps = first_steps(&area)
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    view! {
        <section class="card goal" data-area=area.clone()>
            <h2>{name}</h2>
            <p class="goal-text" data-testid="goal-text">{move || goal.with(Goal::text)}</p>
            <div class="row">
                <div class="field">
                    <label for=id("metric")>"What you will count"</label>
                    <input id=id("metric") type="text" maxlength="80" prop:value=move || goal.with(|g| g.metric.clone())
                        on:change=move |ev| { let v = event_target_value(&ev); change(Box::new(move |g| g.metric = v)) }/>
                </div>
                <div class="field narrow">
                    <label for=id("target")>"Target"</label>
                    <input id=id("target") type="number" min="0" max=MAX_TARGET inputmode="numeric"
                        prop:value=move || goal.with(|g| g.target.to_string())
                        aria-invalid=move || bad_target.get().to_string()
                        on:change=set_target/>
                    <Show when=move || bad_target.get()>
                        <p class="error" role="alert">{format!("Enter a whole number from 0 to {MAX_TARGET}.")}</p>
                    </Show>
                </div>
                <div class="field">
                    <label for=id("cadence")>"Every"</label>
                    <select id=id("cadence") on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(1);
                        change(Box::new(move |g| g.cadence = Cadence::ALL[i.min(2)]))
                    }>
                        {Cadence::ALL.iter().enumerate().map(|(i, c)| {
                            let c = *c;
                            view! { <option value=i.to_string() selected=move || goal.with(|g| g.cadence == c)>{c.per().trim_start_matches("a ").to_string()}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=id("way")>"Way to learn"</label>
                <select id=id("way") on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                    change(Box::new(move |g| g.way = LearningWay::ALL[i.min(3)]))
                }>
                    {LearningWay::ALL.iter().enumerate().map(|(i, w)| {
                        let w = *w;
                        view! { <option value=i.to_string() selected=move || goal.with(|g| g.way == w)>{w.label()}</option> }
                    }).collect_view()}
                </select>
                <p class="hint">{move || goal.with(|g| g.way.trade_off())}</p>
            </div>
            <h3>"First steps"</h3>
            <ul class="steps">{steps}</ul>
        </section>
    }
}
