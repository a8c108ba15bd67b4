use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::components::assess::area_rating::AreaRating;
use crate::ui::components::assess::profile_form::ProfileForm;
use crate::ui::components::compare::radar_chart::{use_radar, RadarChart};
use crate::ui::idle::after_paint;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model};

/// The assessment: the profile, then the model's areas one at a time, resuming at the first area not yet done.
#[component]
pub fn Assess() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let model = use_model();
    let start = state.workspace.with_untracked(|ws| {
        let resume = ws.assessment.resume_at(model);
        model
            .areas
            .iter()
            .position(|a| Some(a.id.as_str()) == resume)
            .unwrap_or(0)
    });
    let current = RwSignal::new(start);
    let progress = Memo::new(move |_| state.workspace.with(|ws| ws.assessment.progress(model)));
    let done = move |i: usize| {
        state
            .workspace
            .with(|ws| ws.assessment.rating(&model.areas[i].id).is_done())
    };
    let go = move |i: usize| {
        current.set(i);
        // Move focus to the new area so keyboard and screen-reader users land on it.
        request_animation_frame(|| {
            if let Some(el) = document().get_element_by_id("area-title") {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    };
    let jump_list = model
        .areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            view! {
                <li>
                    <button
                        class="area-link"
                        class:done=move || done(i)
                        aria-current=move || (current.get() == i).then_some("step")
                        on:click=move |_| go(i)
                    >
                        <span class="mark" aria-hidden="true">{move || if done(i) { "✓" } else { "" }}</span>
                        {area.name.clone()}
                        <span class="visually-hidden">{move || if done(i) { " (done)" } else { "" }}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let results = View::Results.href(&base);
    // The radar grows as the user rates. It joins the page just after the first paint, so the area to rate shows
    // without waiting for the scores, the benchmark and the chart behind it.
    let radar = use_radar();
    let radar_shown = RwSignal::new(false);
    after_paint(move || {
        radar_shown.try_set(true);
    });
    view! {
        <h1>"Assess your skills"</h1>
        <ProfileForm/>
        <div class="progress" data-testid="progress">
            <label for="assessment-progress">
                {move || format!("{} of {} areas done", progress.get().0, progress.get().1)}
            </label>
            <progress id="assessment-progress" max=move || progress.get().1 value=move || progress.get().0></progress>
        </div>
        <div class="assessment">
            <nav aria-label="Areas">
                <ol class="area-list">{jump_list}</ol>
            </nav>
            <div class="area-pane">
                {move || {
                    let area = model.areas[current.get()].clone();
                    view! { <AreaRating area/> }
                }}
                <div class="step-buttons">
                    <button disabled=move || current.get() == 0 on:click=move |_| go(current.get() - 1)>
                        "← Previous area"
                    </button>
                    <Show
                        when=move || current.get() + 1 < model.areas.len()
                        fallback=move || view! { <a class="button primary" href=results.clone()>"See your results"</a> }
                    >
                        <button class="primary" on:click=move |_| go(current.get() + 1)>"Next area →"</button>
                    </Show>
                </div>
                <Show when=move || progress.get().0 == progress.get().1>
                    <p class="notice ok" role="status">
                        {format!("All {} areas are done. ", model.areas.len())} <a href=View::Results.href(&use_base())>"See your results"</a>
                    </p>
                </Show>
            </div>
        </div>
        <section class="chart-block live-radar">
            <h2>"Your radar so far"</h2>
            <Show when=move || radar_shown.get()>
                <RadarChart radar/>
            </Show>
        </section>
    }
}
