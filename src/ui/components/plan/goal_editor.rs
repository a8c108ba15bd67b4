use leptos::prelude::*;

use crate::core::plan::{
    first_steps, suggested_impact, Cadence, Goal, ImpactMeasure, LearningWay, MAX_TARGET,
};
use crate::ui::components::common::number_field::NumberField;
use crate::ui::state::{use_app_state, use_model};

/// One focus area's goal: a countable metric with a target and cadence, the way to learn with its trade-off, the
/// business measure it should move (from the gap to the money), and our first steps. Every change is kept in the plan
/// at once.
#[component]
pub fn GoalEditor(
    /// The goal as it stands: the user's, or our suggestion until they change it.
    goal: Signal<Goal>,
) -> impl IntoView {
    let state = use_app_state();
    let area = goal.with_untracked(|g| g.area.clone());
    let name = use_model()
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
    let suggested = suggested_impact(&area);
    // The five fields show once the goal has a measure or the user asks to write one: an empty form per goal is noise.
    let adding = RwSignal::new(false);
    let shown = move || adding.get() || goal.with(|g| !g.impact.is_empty());
    let impact_ids = ["measure", "unit", "baseline", "impact-target", "how"].map(id);
    let text_field = move |id: String,
                           label: &'static str,
                           max: u32,
                           get: fn(&ImpactMeasure) -> String,
                           set: fn(&mut ImpactMeasure, String)| {
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id type="text" maxlength=max prop:value=move || goal.with(|g| get(&g.impact))
                    on:change=move |ev| { let v = event_target_value(&ev); change(Box::new(move |g| set(&mut g.impact, v))) }/>
            </div>
        }
    };
    let number_field = move |id: String,
                             label: &'static str,
                             get: fn(&ImpactMeasure) -> Option<f64>,
                             set: fn(&mut ImpactMeasure, Option<f64>)| {
        view! {
            <NumberField id label blank="not known yet"
                value=Signal::derive(move || goal.with(|g| get(&g.impact)))
                on_set=Callback::new(move |v| change(Box::new(move |g| set(&mut g.impact, v))))
                error=Signal::derive(|| None)/>
        }
    };
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
            <fieldset class="impact" data-testid="impact">
                <legend>"Impact measure"</legend>
                <Show when=shown fallback=move || view! {
                    <p class="hint">{format!("Suggested: {}.", suggested.measure)}</p>
                    <div class="button-row">
                        <button type="button" data-testid="use-impact"
                            on:click=move |_| change(Box::new(move |g| g.impact = suggested_impact(&g.area)))>"Use it"</button>
                        <button type="button" data-testid="add-impact" on:click=move |_| adding.set(true)>"Add my own measure"</button>
                    </div>
                }>
                    <div class="row">
                        {text_field(impact_ids[0].clone(), "Measure", 120, |i| i.measure.clone(), |i, v| i.measure = v)}
                        {text_field(impact_ids[1].clone(), "Unit", 30, |i| i.unit.clone(), |i, v| i.unit = v)}
                    </div>
                    <div class="row">
                        {number_field(impact_ids[2].clone(), "Now (baseline)", |i| i.baseline, |i, v| i.baseline = v)}
                        {number_field(impact_ids[3].clone(), "After training (target)", |i| i.target, |i, v| i.target = v)}
                    </div>
                    {text_field(impact_ids[4].clone(), "How it will be measured", 160, |i| i.how.clone(), |i, v| i.how = v)}
                </Show>
            </fieldset>
            <h3>"First steps"</h3>
            <ul class="steps">{steps}</ul>
        </section>
    }
}
