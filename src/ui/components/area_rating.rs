use leptos::prelude::*;

use crate::core::assessment::Rating;
use crate::core::model::{Area, CompetencyModel, MAX_LEVEL};
use crate::ui::app::use_app_state;
use crate::ui::components::level_picker::LevelPicker;

const IMPORTANCE: [&str; 6] = [
    "Not needed",
    "Minor",
    "Useful",
    "Important",
    "Very important",
    "Critical",
];

/// Rating one area: what the user knows, what they have done, and how much it matters, with the behaviour of the
/// level under the pointer or focus shown beside.
#[component]
pub fn AreaRating(area: Area) -> impl IntoView {
    let state = use_app_state();
    let model = CompetencyModel::builtin();
    let id = StoredValue::new(area.id.clone());
    let rating = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.assessment.rating(&id.read_value()))
    });
    let rate = move |change: fn(&mut Rating, u8), value: u8| {
        let now = js_sys::Date::now() as u64;
        state.workspace.update(|ws| {
            ws.assessment
                .rate(&id.read_value(), now, |r| change(r, value))
        });
    };
    let preview = RwSignal::new(None::<u8>);
    let levels: Vec<(u8, String)> = (1..=MAX_LEVEL)
        .map(|l| (l, model.level_name(l).to_string()))
        .collect();
    let behaviours = StoredValue::new(area.levels.clone());
    let behaviour = move || {
        let level = preview
            .get()
            .or_else(|| rating.with(|r| r.experience.or(r.knowledge)))?;
        let text = behaviours.with_value(|b| b.get(usize::from(level) - 1).cloned())?;
        Some(format!(
            "Level {level} · {}: {text}",
            model.level_name(level)
        ))
    };
    let not_relevant = Signal::derive(move || rating.with(|r| r.not_relevant));
    let on_preview = Callback::new(move |level| preview.set(level));
    view! {
        <section class="card area" aria-labelledby="area-title">
            <p class="group-name">{model.group_name(&area.group).to_string()}</p>
            <h2 id="area-title" tabindex="-1">{area.name.clone()}</h2>
            <p class="definition">{area.definition.clone()}</p>
            <div class="pickers">
                <LevelPicker
                    legend="What you know: I know how"
                    name=format!("{}-knowledge", area.id)
                    choices=levels.clone()
                    value=Signal::derive(move || rating.with(|r| r.knowledge))
                    on_pick=Callback::new(move |l| rate(|r, l| r.knowledge = Some(l), l))
                    on_preview
                    disabled=not_relevant
                />
                <LevelPicker
                    legend="What you have done: recently, with results"
                    name=format!("{}-experience", area.id)
                    choices=levels
                    value=Signal::derive(move || rating.with(|r| r.experience))
                    on_pick=Callback::new(move |l| rate(|r, l| r.experience = Some(l), l))
                    on_preview
                    disabled=not_relevant
                />
            </div>
            <p class="behaviour" aria-live="polite" data-testid="behaviour">
                {move || behaviour().unwrap_or_else(|| "Point at a level, or move to it with the arrow keys, to read what it looks like in practice.".into())}
            </p>
            <LevelPicker
                legend="How important is this area to your role?"
                name=format!("{}-importance", area.id)
                choices=IMPORTANCE.iter().enumerate().map(|(i, l)| (i as u8, l.to_string())).collect()
                value=Signal::derive(move || rating.with(|r| r.importance))
                on_pick=Callback::new(move |l| rate(|r, l| r.importance = Some(l), l))
                disabled=not_relevant
            />
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=not_relevant
                    on:change=move |ev| rate(|r, on| r.not_relevant = on == 1, u8::from(event_target_checked(&ev)))
                />
                " Not relevant to my role (left out of scores and gaps)"
            </label>
        </section>
    }
}
