use leptos::prelude::*;

use crate::core::fit::{key, Experience, Standing, Trait};
use crate::core::model::Role;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model};

/// Two statements a trait.
const STATEMENTS: usize = Trait::ALL.len() * 2;

const SCALE: [&str; 5] = [
    "Not like me",
    "A little",
    "Somewhat",
    "Mostly",
    "Very like me",
];

/// The fit check for someone breaking into product management: two statements per trait, the experience that carries
/// over, and an honest result, plainly self-report, with first steps.
#[component]
pub fn Fit() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let statement = move |t: Trait, i: usize, text: &'static str| {
        let k = key(t, i);
        let name = format!("fit-{k}");
        view! {
            <fieldset class="fit-statement" data-key=k.clone()>
                <legend>{text}</legend>
                <div class="scale">
                    {(1..=5u8).map(|v| {
                        let (k, k2) = (k.clone(), k.clone());
                        let id = format!("{name}-{v}");
                        view! {
                            <label class="scale-option">
                                <input type="radio" id=id name=name.clone() value=v.to_string()
                                    prop:checked=move || state.workspace.with(|w| w.fit.answers.get(&k) == Some(&v))
                                    on:change=move |_| state.workspace.update(|w| { w.fit.answers.insert(k2.clone(), v); })/>
                                {SCALE[usize::from(v) - 1]}
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        }
    };
    let traits = Trait::ALL
        .iter()
        .map(|&t| {
            let [a, b] = t.statements();
            view! {
                <section class="card">
                    <h2>{t.label()}</h2>
                    {statement(t, 0, a)}
                    {statement(t, 1, b)}
                </section>
            }
        })
        .collect_view();
    let experience = Experience::ALL
        .iter()
        .map(|&e| {
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=move || state.workspace.with(|w| w.fit.experience.contains(&e))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.workspace.update(|w| {
                                w.fit.experience.retain(|x| *x != e);
                                if on { w.fit.experience.push(e) }
                            })
                        }/>
                    " " {e.label()}
                </label>
            }
        })
        .collect_view();
    let answered = move || state.workspace.with(|w| w.fit.answered());
    let complete = move || state.workspace.with(|w| w.fit.is_complete());
    let result = Memo::new(move |_| state.workspace.with(|w| w.fit.result()));
    view! {
        <h1>"Is product management for you?"</h1>
        <p class="lead">
            "Not a PM yet? Fourteen statements about seven traits the work leans on, and the experience you already "
            "have. It is your own view of yourself, so it can only point the way: be honest, and you get honest first "
            "steps, starting with a test against the real work."
        </p>
        {traits}
        <section class="card">
            <h2>"Experience that carries over"</h2>
            <div class="experience">{experience}</div>
        </section>
        <section class="card fit-result" aria-live="polite" data-testid="fit-result">
            <h2>"Your fit"</h2>
            <Show when=complete fallback=move || view! { <p>{move || format!("{} of {STATEMENTS} statements answered. Answer all {STATEMENTS} to see your result.", answered())}</p> }>
                <p class="lead" data-testid="fit-summary">{move || result.with(|r| r.summary.clone())}</p>
                <ul class="fit-traits">
                    {move || result.with(|r| r.traits.iter().map(|(t, mean, s)| {
                        let word = match s { Standing::Strong => "strong", Standing::Growing => "growing", Standing::ToBuild => "to build" };
                        view! { <li>{format!("{}: {mean:.1} of 5 — {word}", t.label())}</li> }
                    }).collect_view())}
                </ul>
                <h3>"First steps"</h3>
                <ol data-testid="fit-steps">{move || result.with(|r| r.first_steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view())}</ol>
                <p>"When you are ready, " <a href=View::Assess.href(&base)>"take the full assessment"</a> {format!(" against the {} profile.", use_model().role_name(Role::AssociatePm))}</p>
            </Show>
        </section>
    }
}
