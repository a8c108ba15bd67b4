use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::compare::benchmark::Benchmark;
use crate::core::compare::import::Reading;
use crate::ui::state::use_model;

/// A benchmark file that names areas of its own: each is mapped onto one of the model's areas (several onto one are
/// averaged) or left out, before the benchmark is kept. Cancelling keeps nothing.
#[component]
pub fn BenchmarkMapping(
    reading: Reading,
    on_keep: Callback<Benchmark>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let model = use_model();
    let map = RwSignal::new(BTreeMap::<String, Option<String>>::new());
    let problem = RwSignal::new(None::<String>);
    let scale = format!("{}–{}", reading.scale.min, reading.scale.max);
    let rows = reading
        .theirs
        .iter()
        .enumerate()
        .map(|(i, (theirs, level))| {
            let id = format!("map-{i}");
            let key = theirs.clone();
            let options = model
                .areas
                .iter()
                .map(|a| view! { <option value=a.id.clone()>{a.name.clone()}</option> })
                .collect_view();
            view! {
                <div class="field">
                    <label for=id.clone()>{format!("“{theirs}” ({level} on {scale})")}</label>
                    <select id=id data-testid="map-area" on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        let key = key.clone();
                        map.update(|m| { m.insert(key, (!chosen.is_empty()).then_some(chosen)); });
                    }>
                        <option value="">"Leave out"</option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    let keep = move |_| match reading.benchmark(model, &map.get_untracked()) {
        Ok(b) => on_keep.run(b),
        Err(why) => problem.set(Some(why)),
    };
    view! {
        <section class="card benchmark-mapping" data-testid="benchmark-mapping">
            <h2>"Map the file's areas onto this model's"</h2>
            <p class="hint">
                {format!("The file names areas of its own. Choose the area each one measures, or leave it out; several read as \
                 one area are averaged. Levels are rescaled onto 1–{}, and the benchmark's source will say how it was read.", model.max_level())}
            </p>
            {rows}
            {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
            <button type="button" class="primary" on:click=keep data-testid="keep-mapping">"Import with this mapping"</button>
            " "
            <button type="button" on:click=move |_| on_cancel.run(())>"Cancel"</button>
        </section>
    }
}
